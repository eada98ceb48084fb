//! Ranks: a position in an ordering, [`ClaimKind::Rank`](crate::ClaimKind::Rank). "the
//! third-largest trading partner", "the 3rd largest market", "the No. 1 exporter", "ranked
//! 12th": the value is the position, `counted` what is ranked.

use crate::count::{is_function_word, Counted};
use crate::lex::{Doc, Kind};

/// Superlatives that make an ordinal before them a rank. Add a row to teach one.
pub(super) const SUPERLATIVES: &[&str] = &[
    "largest",
    "biggest",
    "highest",
    "lowest",
    "smallest",
    "most",
    "least",
    "fastest",
    "slowest",
    "best",
    "worst",
    "busiest",
    "richest",
    "poorest",
    "oldest",
    "strongest",
    "greatest",
    "deadliest",
    "costliest",
    "leading",
    "top",
];

/// Verbs of ranking before an ordinal: "ranked 12th", "ranks third".
const RANK_VERBS: &[&str] = &["ranked", "ranks", "rank", "ranking", "placed", "finished"];

/// Ordinal suffixes written against digits: "3rd", "12th".
pub(super) const SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];

/// "No. 1 exporter", "#1 market": a number after "No." or "#" before what it ranks; its last
/// token and what is ranked.
pub(super) fn numbered(doc: &Doc, first: usize, last: usize) -> Option<(usize, Option<Counted>)> {
    let p = first.checked_sub(1)?;
    let numbered = (doc.sym(p, '.') && doc.is(p.wrapping_sub(1), "no")) || doc.sym(p, '#');
    if !numbered || doc.glued(last + 1) {
        return None;
    }
    let what = ranked(doc, last + 1)?;
    Some((last, Some(what)))
}

/// An ordinal ending at token `end` that is a rank: before a superlative ("third-largest", "3rd
/// largest market") or after a verb of ranking ("ranked 12th"). Its last token and what is
/// ranked.
pub(super) fn after_ordinal(doc: &Doc, first: usize, end: usize) -> Option<(usize, Option<Counted>)> {
    let mut s = end + 1;
    if doc.dash(s) && doc.glued(s) {
        s += 1;
    }
    if doc.is_any(s, SUPERLATIVES) && doc.same_line(s) {
        return Some((s, ranked(doc, s + 1)));
    }
    doc.is_any(first.wrapping_sub(1), RANK_VERBS).then_some((end, None))
}

/// Whether token `k` is an ordinal suffix written against the number before it: "3rd".
pub(super) fn is_suffix(doc: &Doc, k: usize) -> bool {
    doc.glued(k) && doc.is_any(k, SUFFIXES)
}

/// What is ranked: the words from `k` up to a function word or punctuation, at most four.
pub(super) fn ranked(doc: &Doc, k: usize) -> Option<Counted> {
    let mut last = None;
    let mut j = k;
    while j < k + 4 && doc.same_line(j) && doc.kind(j) == Some(Kind::Word) && !is_function_word(doc.s(j)) {
        last = Some(j);
        j += 1;
    }
    last.map(|l| Counted { head: l, first: k, last: l })
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    fn ranks(text: &str) -> Vec<String> {
        Extractor::new()
            .claims(text)
            .iter()
            .map(|c| format!("{} {} {} {:?}", c.text, c.kind, c.value, c.counted.as_deref().unwrap_or("-")))
            .collect()
    }

    #[test]
    fn ranks_from_ordinals_and_numbers() {
        assert_eq!(
            ranks("Canada is the third-largest trading partner of the United States."),
            ["third-largest rank 3 \"trading partner\""]
        );
        assert_eq!(ranks("Ohio ranked third in output."), ["third rank 3 \"-\""]);
        assert_eq!(ranks("It is the 3rd largest market in Asia."), ["3rd largest rank 3 \"market\""]);
        assert_eq!(ranks("Brazil is the No. 1 exporter of soybeans."), ["1 rank 1 \"exporter\""]);
        assert_eq!(ranks("The port ranked 12th last year."), ["12th rank 12 \"-\""]);
    }

    #[test]
    fn fractions_stay_fractions() {
        assert_eq!(ranks("A third of the budget went to roads."), ["A third ratio 0.333333333333333 \"-\""]);
    }
}
