//! What a number counts: "300,000 individuals from these countries" counts individuals.
//!
//! Without a part-of-speech tagger, the counted noun is found by shape: after the figure (and an
//! "of" for "millions of jobs" or "2,000 of these refugees"), up to four words of the same
//! clause are read; the first that looks like a plural noun ("refugees", "people") is the head.
//! The phrase then runs on through a prepositional phrase ("from these countries") and stops at
//! a verb, a conjunction, punctuation or a time expression.

use once_cell::sync::Lazy;

use crate::lex::{Doc, Kind};
use crate::util::{words, Lexicon, WordSet};

/// Words that end a counted noun phrase: function words, auxiliaries, pronouns.
static STOP: Lazy<WordSet> = Lazy::new(|| {
    WordSet::new(words![
        "a",
        "an",
        "and",
        "or",
        "but",
        "nor",
        "to",
        "for",
        "by",
        "with",
        "at",
        "on",
        "as",
        "than",
        "of",
        "from",
        "in",
        "into",
        "onto",
        "over",
        "under",
        "per",
        "since",
        "until",
        "during",
        "after",
        "before",
        "between",
        "through",
        "across",
        "within",
        "without",
        "who",
        "which",
        "that",
        "whom",
        "whose",
        "where",
        "when",
        "while",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "shall",
        "should",
        "must",
        "do",
        "does",
        "did",
        "not",
        "also",
        "each",
        "every",
        "this",
        "these",
        "those",
        "it",
        "its",
        "their",
        "they",
        "them",
        "we",
        "our",
        "you",
        "your",
        "he",
        "she",
        "his",
        "her",
        "there",
        "here",
        "if",
        "so",
        "such",
        "more",
        "most",
        "less",
        "fewer",
        "only",
        "just",
        "about",
        "all",
        "both",
        "yet",
        "because",
        "against",
        "toward",
        "towards",
        "upon",
        "via",
        "including",
        "plus",
        "minus",
        "times",
        "percent",
        "the",
        "thus",
        "whereas",
        "whether",
        "either",
        "neither",
        "ago",
        "later",
        "earlier",
        "alone",
        "combined",
        "total",
        "overall",
        "last",
        "past",
        "next",
        "previous",
        "coming",
        "first",
        "recent",
    ])
});

/// Determiners allowed inside the prepositional phrase ("from these countries").
static PP_DETERMINERS: &[&str] =
    &["the", "these", "those", "this", "that", "our", "their", "its", "both", "all", "each"];

/// Prepositions whose phrase belongs to the counted noun.
static PP_PREPOSITIONS: &[&str] = &["of", "from", "in", "across"];

/// Plural nouns that do not end in "s", and their singular.
static IRREGULAR_ROWS: &[(&str, &str)] = &[
    ("people", "person"),
    ("children", "child"),
    ("men", "man"),
    ("women", "woman"),
    ("personnel", "personnel"),
    ("staff", "staff"),
    ("police", "police"),
    ("aircraft", "aircraft"),
    ("livestock", "livestock"),
    ("cattle", "cattle"),
    ("sheep", "sheep"),
    ("fish", "fish"),
    ("feet", "foot"),
    ("lives", "life"),
    ("series", "series"),
    ("species", "species"),
    ("headquarters", "headquarters"),
    ("crises", "crisis"),
    ("analyses", "analysis"),
    ("data", "data"),
];
static IRREGULAR: Lazy<Lexicon<&str>> = Lazy::new(|| Lexicon::new(IRREGULAR_ROWS));

/// Words ending in "s" that are not plural nouns.
static NOT_PLURAL: Lazy<WordSet> = Lazy::new(|| {
    WordSet::new(words![
        "was",
        "is",
        "has",
        "his",
        "its",
        "this",
        "us",
        "as",
        "across",
        "less",
        "plus",
        "thus",
        "various",
        "previous",
        "serious",
        "numerous",
        "famous",
        "nervous",
        "obvious",
        "does",
        "news",
        "always",
        "perhaps",
        "towards",
        "besides",
        "whereas",
        "yes",
        "gas",
        "bus",
        "status",
        "basis",
        "crisis",
        "analysis",
        "emphasis",
        "thesis",
        "campus",
        "consensus",
        "census",
        "bonus",
        "virus",
        "focus",
        "surplus",
        "process",
        "progress",
        "access",
        "success",
        "business",
        "address",
        "congress",
        "express",
        "unless",
        "regardless",
        "nevertheless",
        "afterwards",
    ])
});

/// A counted noun phrase: the token of its head noun, and its first and last tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Counted {
    pub head: usize,
    pub first: usize,
    pub last: usize,
}

impl Counted {
    /// The head noun, singular and lower case: "refugees" gives "refugee". Only claims need it,
    /// so it is built here rather than for every figure tried.
    pub fn head_noun(&self, doc: &Doc) -> String {
        singular(doc.s(self.head))
    }
}

/// The noun phrase counted by a figure whose last token is `last`.
pub(crate) fn counted(doc: &Doc, last: usize) -> Option<Counted> {
    let mut j = last + 1;
    if !doc.same_line(j) {
        return None;
    }
    // "millions of jobs", "2,000 of these refugees".
    if doc.is(j, "of") {
        j += 1;
        if doc.is_any(j, PP_DETERMINERS) {
            j += 1;
        }
    }
    let first = j;
    let mut k = j;
    let mut head = None;
    let mut words = 0;
    while k < doc.len() && words < 4 && k < first + 8 && doc.same_line(k) {
        // Hyphenated modifiers and names: "low-income", "U.S.-born", "COVID-19".
        if doc.dash(k) && doc.glued(k) && doc.glued(k + 1) && k > first {
            k += if doc.kind(k + 1) == Some(Kind::Num) { 2 } else { 1 };
            continue;
        }
        if doc.kind(k) != Some(Kind::Word) {
            // "U.S." inside a noun phrase: "2,000 U.S. troops".
            if doc.sym(k, '.') && doc.glued(k) && doc.s(k - 1).len() == 1 {
                k += 1;
                continue;
            }
            // A model number inside the phrase: "63,000 Model 3 sedans", "two new 737 Max jets".
            if doc.kind(k) == Some(Kind::Num) && k > first && (doc.capitalized(k - 1) || name_after(doc, k)) {
                k += 1;
                continue;
            }
            break;
        }
        let w = doc.s(k);
        // A hyphenated modifier, whatever its first word: "14 first-team players".
        let compound = doc.dash(k + 1) && doc.glued(k + 1) && doc.glued(k + 2) && doc.kind(k + 2) == Some(Kind::Word);
        if (STOP.contains(doc.s(k)) && !compound) || is_time_word(w) {
            break;
        }
        if is_plural(w) {
            head = Some(k);
            break;
        }
        words += 1;
        k += 1;
    }
    let h = head?;
    let mut end = h;
    // The prepositional phrase: "from these countries", "of COVID-19 vaccine".
    if doc.is_any(h + 1, PP_PREPOSITIONS) && doc.same_line(h + 1) {
        let mut p = h + 2;
        let mut last_word = None;
        while p < doc.len() && p < h + 7 && doc.same_line(p) {
            // "units in the third quarter": a phrase of time is no part of what is counted.
            if doc.kind(p) == Some(Kind::Word) && is_time_word(doc.s(p)) {
                last_word = None;
                break;
            }
            match doc.kind(p) {
                Some(Kind::Word) if doc.is_any(p, PP_DETERMINERS) && last_word.is_none() => {}
                Some(Kind::Word)
                    if !STOP.contains(doc.s(p)) && !is_time_word(doc.s(p)) && !doc.s(p).ends_with("ly") =>
                {
                    last_word = Some(p);
                }
                Some(Kind::Sym) if doc.dash(p) && doc.glued(p) => {}
                Some(Kind::Num) if last_word.is_some() && doc.glued(p) => last_word = Some(p),
                _ => break,
            }
            p += 1;
        }
        if let Some(l) = last_word {
            end = l;
        }
    }
    Some(Counted { head: h, first, last: end })
}

/// Whether the number at `k` is followed by a capitalised word on its line, as a model name is
/// ("737 Max").
fn name_after(doc: &Doc, k: usize) -> bool {
    doc.same_line(k + 1) && doc.capitalized(k + 1) && !doc.glued(k + 1)
}

/// Whether `w` is a function word (preposition, auxiliary, pronoun, conjunction).
pub(crate) fn is_function_word(w: &str) -> bool {
    STOP.contains(w)
}

/// The "of" phrase after a quantity: "35,000 metric tons of wheat" -> "wheat".
pub(crate) fn of_phrase(doc: &Doc, last: usize) -> Option<Counted> {
    if !doc.is(last + 1, "of") || !doc.same_line(last + 1) {
        return None;
    }
    let first = last + 2;
    let mut end = None;
    let mut p = first;
    while p < doc.len() && p < first + 5 && doc.same_line(p) {
        match doc.kind(p) {
            Some(Kind::Word) if !STOP.contains(doc.s(p)) && !is_time_word(doc.s(p)) => end = Some(p),
            Some(Kind::Sym) if doc.dash(p) && doc.glued(p) => {}
            Some(Kind::Num) if end.is_some() && doc.glued(p) => end = Some(p),
            _ => break,
        }
        p += 1;
    }
    let end = end?;
    Some(Counted { head: end, first, last: end })
}

/// Whether `w` looks like a plural noun.
pub(crate) fn is_plural(w: &str) -> bool {
    if IRREGULAR.get(w).is_some() {
        return true;
    }
    if w.len() < 3 || !w.is_ascii() {
        return false;
    }
    let lower = w.as_bytes();
    let n = lower.len();
    let last = lower[n - 1].to_ascii_lowercase();
    let prev = lower[n - 2].to_ascii_lowercase();
    if last != b's' || matches!(prev, b's' | b'u' | b'i' | b'\'') {
        return false;
    }
    !NOT_PLURAL.contains(w)
}

/// Words that make a number a duration or a date, not a count.
static TIME: Lazy<WordSet> = Lazy::new(|| {
    WordSet::new(words![
        "second",
        "seconds",
        "minute",
        "minutes",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "weekend",
        "weekends",
        "month",
        "months",
        "year",
        "years",
        "decade",
        "decades",
        "century",
        "centuries",
        "night",
        "nights",
        "quarter",
        "quarters",
        "semester",
        "semesters",
        "am",
        "pm",
        "a.m",
        "p.m",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "times",
        "fy",
        "bc",
        "ad",
        "bce",
        "ce",
    ])
});

/// Whether `w` is a unit of time, a month or a weekday.
pub(crate) fn is_time_word(w: &str) -> bool {
    TIME.contains(w)
}

/// The singular, lower case, of a plural noun.
pub(crate) fn singular(w: &str) -> String {
    let mut buf = [0u8; 32];
    if w.is_ascii() && w.len() <= buf.len() {
        // One allocation, for the result: lower-case into a stack buffer, then cut the stem.
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        let lower = std::str::from_utf8(lower).unwrap_or_default();
        return singular_of_lower(lower);
    }
    singular_of_lower(&w.to_lowercase())
}

/// [`singular`] of a word already in lower case.
fn singular_of_lower(lower: &str) -> String {
    if let Some(s) = IRREGULAR.get(lower) {
        return s.to_string();
    }
    let n = lower.len();
    if n > 4 && lower.ends_with("ies") {
        return format!("{}y", &lower[..n - 3]);
    }
    for suffix in ["sses", "ches", "shes", "xes", "zes"] {
        if lower.ends_with(suffix) {
            return lower[..n - 2].to_string();
        }
    }
    lower.strip_suffix('s').unwrap_or(lower).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(text: &str, last: usize) -> Option<(String, String)> {
        let doc = Doc::new(text);
        counted(&doc, last).map(|c| (c.head_noun(&doc), text[doc.start(c.first)..doc.end(c.last)].to_string()))
    }

    #[test]
    fn ok_counted_noun_phrases() {
        assert_eq!(
            c("300,000 individuals from these countries have come", 0),
            Some(("individual".into(), "individuals from these countries".into()))
        );
        assert_eq!(c("2,000 refugees to the United States", 0), Some(("refugee".into(), "refugees".into())));
        assert_eq!(c("2,000 new jobs.", 0), Some(("job".into(), "new jobs".into())));
        assert_eq!(c("millions of jobs in both countries", 0), Some(("job".into(), "jobs in both countries".into())));
        assert_eq!(
            c("5 million doses of COVID-19 vaccine", 1),
            Some(("dose".into(), "doses of COVID-19 vaccine".into()))
        );
        assert_eq!(c("1,000 people", 0), Some(("person".into(), "people".into())));
        assert_eq!(c("40 Syrian refugee families", 0), Some(("family".into(), "Syrian refugee families".into())));
        assert_eq!(c("2,000 U.S. troops", 0), Some(("troop".into(), "U.S. troops".into())));
        assert_eq!(c("268 units in the third quarter", 0), Some(("unit".into(), "units".into())));
        assert_eq!(c("14 first-team players", 0), Some(("player".into(), "first-team players".into())));
        assert_eq!(c("63,000 Model 3 sedans", 0), Some(("sedan".into(), "Model 3 sedans".into())));
        assert_eq!(c("two new 737 Max jets", 0), Some(("jet".into(), "new 737 Max jets".into())));
    }

    #[test]
    fn no_counted_noun_for_durations_and_verbs() {
        assert_eq!(c("12 months", 0), None);
        assert_eq!(c("5 times", 0), None);
        assert_eq!(c("4,500 in March", 0), None);
        assert_eq!(c("2022 was", 0), None);
    }

    #[test]
    fn singulars() {
        assert_eq!(singular("Countries"), "country");
        assert_eq!(singular("businesses"), "business");
        assert_eq!(singular("taxes"), "tax");
        assert_eq!(singular("doses"), "dose");
        assert_eq!(singular("women"), "woman");
    }
}
