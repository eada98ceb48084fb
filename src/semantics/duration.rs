//! Durations that are the fact asserted: "the shutdown lasted 35 days", "applicants waited more
//! than two years", "a 30-day comment period", "extends the program by 18 months". A duration
//! that only locates a claim ("in the last 12 months", "over a 12-month period", "over the next
//! five years") is left to the time grammar.

use crate::lex::Doc;
use crate::util::{words, WordSet};
use once_cell::sync::Lazy;

/// Units of time a duration is counted in, singular and plural, with the unit's name.
const UNITS: &[(&str, &str)] = &[
    ("hour", "hour"),
    ("hours", "hour"),
    ("day", "day"),
    ("days", "day"),
    ("week", "week"),
    ("weeks", "week"),
    ("month", "month"),
    ("months", "month"),
    ("year", "year"),
    ("years", "year"),
];

/// Verbs whose object is a duration: "lasted 35 days", "waited two years".
static VERBS: Lazy<WordSet> = Lazy::new(|| {
    WordSet::new(words![
        "lasted", "lasting", "lasts", "waited", "waiting", "wait", "waits", "took", "spent", "spanned", "spans",
        "served",
    ])
});

/// Verbs that change a duration "by" one: "extends the program by 18 months".
const BY_VERBS: &[&str] = &[
    "extend",
    "extends",
    "extended",
    "extending",
    "lengthen",
    "lengthens",
    "lengthened",
    "shorten",
    "shortens",
    "shortened",
    "delay",
    "delays",
    "delayed",
    "postpone",
    "postpones",
    "postponed",
];

/// Nouns that a compound duration measures: "a 30-day comment period", "the 35-day shutdown".
const SPANS: &[&str] = &[
    "period",
    "window",
    "pause",
    "moratorium",
    "extension",
    "freeze",
    "shutdown",
    "strike",
    "ban",
    "suspension",
    "delay",
    "trial",
    "closure",
    "lockdown",
    "wait",
    "ceasefire",
    "truce",
    "review",
];

/// Prepositions that make a compound duration locate a claim: "over a 12-month period".
const LOCATING: &[&str] = &["over", "in", "during", "within", "across", "throughout", "for", "per", "each", "every"];

fn unit(doc: &Doc, k: usize) -> Option<&'static str> {
    UNITS.iter().find(|(w, _)| doc.is(k, w)).map(|&(_, u)| u)
}

/// The unit and last token of an asserted duration whose number is `first..=last` (`first`
/// includes hedge words before it).
pub(super) fn asserted(doc: &Doc, first: usize, last: usize) -> Option<(&'static str, usize)> {
    // "a 30-day comment period", "the 35-day shutdown".
    if doc.dash(last + 1) && doc.glued(last + 1) && doc.glued(last + 2) {
        let u = unit(doc, last + 2)?;
        let spans = doc.is_any(last + 3, SPANS) || doc.is_any(last + 4, SPANS);
        let article = first.checked_sub(1).filter(|&a| doc.is_any(a, &["a", "an", "the", "its", "their"]));
        let locating = article.is_some_and(|a| doc.is_any(a.wrapping_sub(1), LOCATING));
        return (spans && article.is_some() && !locating).then_some((u, last + 2));
    }
    let p = first.checked_sub(1)?;
    if doc.kind(p) != Some(crate::lex::Kind::Word) {
        return None;
    }
    let by = doc.is(p, "by") && (p.saturating_sub(4)..p).any(|k| doc.is_any(k, BY_VERBS));
    if !(by || VERBS.contains(doc.s(p))) {
        return None;
    }
    Some((unit(doc, last + 1)?, last + 1))
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    fn durations(text: &str) -> Vec<String> {
        Extractor::new()
            .claims(text)
            .iter()
            .map(|c| format!("{} {} {} {}", c.text, c.kind, c.value, c.unit.as_deref().unwrap_or("-")))
            .collect()
    }

    #[test]
    fn asserted_durations() {
        assert_eq!(durations("The shutdown lasted 35 days."), ["35 days quantity 35 day"]);
        assert_eq!(durations("Applicants waited more than two years."), ["two years quantity 2 year"]);
        assert_eq!(durations("It opens a 30-day comment period."), ["30-day quantity 30 day"]);
        assert_eq!(durations("The order extends the program by 18 months."), ["18 months quantity 18 month"]);
    }

    #[test]
    fn locating_durations_stay_out() {
        assert!(durations("Prices rose in the last 12 months.").is_empty());
        assert!(durations("Output grew over a 12-month period.").is_empty());
        assert!(durations("It will be built over the next five years.").is_empty());
        assert!(durations("The two-way trade grew.").is_empty());
    }
}
