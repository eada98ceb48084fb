//! Hedges: the words that qualify a figure ("nearly", "more than", "between ... and"), and
//! vague magnitudes ("millions of", "hundreds of thousands of", "several million").

mod table;

use once_cell::sync::Lazy;
use rust_decimal::Decimal;

use crate::claim::HedgeKind;
use crate::lex::Doc;
use crate::phrase::PhraseTable;
use crate::vocab::Table;
use table::{AFTER, BEFORE, MAGNITUDES, VAGUE};

pub(crate) static BEFORE_TABLE: Lazy<PhraseTable<HedgeKind>> =
    Lazy::new(|| PhraseTable::indexed(BEFORE, Table::HedgeBefore));
pub(crate) static AFTER_TABLE: Lazy<PhraseTable<HedgeKind>> =
    Lazy::new(|| PhraseTable::indexed(AFTER, Table::HedgeAfter));

/// A hedge found around a figure: its kind and first and last tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    pub kind: HedgeKind,
    pub first: usize,
    pub last: usize,
}

/// Whether a hedge may end at token `p`: one bit of the vocabulary.
pub(crate) fn may_end_at(doc: &Doc, p: usize) -> bool {
    doc.toks.get(p).is_some_and(|t| t.tables & Table::HedgeBefore.last_bit() != 0)
}

/// The hedge written just before the figure whose first token is `first`.
/// "between" and "from" are returned as [`HedgeKind::Range`]; they count only if a range follows.
pub(crate) fn before(doc: &Doc, first: usize) -> Option<Found> {
    let p = first.checked_sub(1)?;
    // A hedge may end the line before a figure in wrapped text ("over\n15 million").
    if !doc.toks.get(first).is_some_and(|t| t.breaks <= 1) {
        return None;
    }
    let (kind, k) = BEFORE_TABLE.ending_at(doc, p, 5)?;
    // "inching back up to 4.8 percent", "ticked up to": a movement to a level, not a bound.
    if kind == HedgeKind::AtMost && doc.is(k, "up") && k > 0 && is_movement(doc, k - 1) {
        return None;
    }
    Some(Found { kind, first: k, last: p })
}

/// Whether the word at `i` moves something "up to" a level: "back", "inched", "climbing" (but
/// "announced up to $500 million" is a bound).
fn is_movement(doc: &Doc, i: usize) -> bool {
    doc.is_any(i, MOVEMENTS)
}

/// Words that move a figure "up to" a level.
const MOVEMENTS: &[&str] = &[
    "back",
    "way",
    "inched",
    "inching",
    "inches",
    "crept",
    "creeping",
    "creeps",
    "ticked",
    "ticking",
    "ticks",
    "edged",
    "edging",
    "edges",
    "moved",
    "moving",
    "moves",
    "climbed",
    "climbing",
    "climbs",
    "rose",
    "rising",
    "risen",
    "rises",
    "jumped",
    "jumping",
    "jumps",
    "went",
    "going",
    "gone",
    "goes",
    "shot",
    "shooting",
    "bounced",
    "bouncing",
    "came",
    "coming",
    "crawled",
    "crawling",
    "bumped",
    "ratcheted",
    "ratcheting",
    "stepped",
    "ramped",
    "ramping",
    "grew",
    "growing",
    "surged",
    "surging",
    "soared",
    "soaring",
    "rebounded",
    "rebounding",
    "spiked",
    "swung",
    "revised",
    "marked",
    "pushed",
    "pushing",
    "trending",
];

/// The hedge written just after the figure whose last token is `last`: "or more", "or so".
pub(crate) fn after(doc: &Doc, last: usize) -> Option<Found> {
    let (kind, end) = AFTER_TABLE.at(doc, last + 1)?;
    // "5000 or less than 6000": the words belong to the next figure's hedge.
    if doc.is(end + 1, "than") {
        return None;
    }
    // "5,000+" is written against the figure; "5 + 3" is arithmetic.
    if doc.sym(last + 1, '+') && (!doc.glued(last + 1) || doc.kind(end + 1) == Some(crate::lex::Kind::Num)) {
        return None;
    }
    Some(Found { kind, first: last + 1, last: end })
}

/// A vague magnitude starting at token `i`: "millions", "hundreds of thousands", "tens of
/// billions", "several million", "a few hundred". Returns the magnitude, the next magnitude
/// (the exclusive upper bound) and the last token.
pub(crate) fn magnitude_at(doc: &Doc, i: usize) -> Option<(Decimal, Decimal, usize)> {
    if let Some((value, high)) = magnitude_word(doc, i) {
        let (mut value, mut last) = (value, i);
        // "hundreds of thousands", "tens of millions of".
        while doc.is(last + 1, "of") {
            match magnitude_word(doc, last + 2) {
                Some((v, _)) => {
                    value = value.checked_mul(v)?;
                    last += 2;
                }
                None => break,
            }
        }
        let high = value.checked_mul(high.checked_div(magnitude_word(doc, i)?.0)?)?;
        return Some((value, high, last));
    }
    // "several million", "a few thousand", "many thousands".
    let start = if doc.is(i, "a") && doc.is(i + 1, "few") { i + 1 } else { i };
    if !doc.is_any(start, VAGUE) {
        return None;
    }
    let scale = start + 1;
    let value = match crate::numbers::word_class(doc, scale)? {
        crate::numbers::NumWord::Scale(p) | crate::numbers::NumWord::Scales(p) => crate::util::pow10(p)?,
        crate::numbers::NumWord::Hundred => Decimal::ONE_HUNDRED,
        crate::numbers::NumWord::Dozen => Decimal::from(12),
        _ => return None,
    };
    Some((value, value.checked_mul(Decimal::TEN)?, scale))
}

fn magnitude_word(doc: &Doc, i: usize) -> Option<(Decimal, Decimal)> {
    let w = doc.s(i);
    MAGNITUDES.iter().find(|(m, _, _)| w.eq_ignore_ascii_case(m)).map(|&(_, v, h)| (Decimal::from(v), Decimal::from(h)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(text: &str, first: usize) -> Option<(HedgeKind, String)> {
        let doc = Doc::new(text);
        before(&doc, first).map(|f| (f.kind, doc.text[doc.start(f.first)..doc.end(f.last)].to_string()))
    }

    fn m(text: &str) -> Option<(String, String)> {
        let doc = Doc::new(text);
        magnitude_at(&doc, 0).map(|(v, hi, _)| (v.to_string(), hi.to_string()))
    }

    #[test]
    fn ok_hedges_before() {
        assert_eq!(h("nearly 300,000", 1), Some((HedgeKind::Nearly, "nearly".into())));
        assert_eq!(h("more than 2,000", 2), Some((HedgeKind::MoreThan, "more than".into())));
        assert_eq!(h("no more than 5", 3), Some((HedgeKind::AtMost, "no more than".into())));
        assert_eq!(h("up to $5", 2), Some((HedgeKind::AtMost, "up to".into())));
        assert_eq!(h("an estimated 40", 2), Some((HedgeKind::Approximate, "an estimated".into())));
        assert_eq!(h("in excess of 9", 3), Some((HedgeKind::MoreThan, "in excess of".into())));
        assert_eq!(h("the 9", 1), None);
        assert_eq!(h("not to exceed $5", 3), Some((HedgeKind::AtMost, "not to exceed".into())));
        assert_eq!(h("less than or equal to 30", 5), Some((HedgeKind::AtMost, "less than or equal to".into())));
        assert_eq!(h("when >= 30", 3), Some((HedgeKind::AtLeast, ">=".into())));
        assert_eq!(h("x<20", 2), Some((HedgeKind::LessThan, "<".into())));
        assert_eq!(h("surpass 3000", 1), Some((HedgeKind::MoreThan, "surpass".into())));
        // A hedge may end the previous line of wrapped text.
        assert_eq!(h("over\n15 million", 1), Some((HedgeKind::MoreThan, "over".into())));
        assert_eq!(h("over\n\n15 million", 1), None);
        // Moving up to a level bounds nothing.
        assert_eq!(h("inching back up to 4.8 percent", 4), None);
        assert_eq!(h("ticked up to 4.8 percent", 3), None);
        assert_eq!(h("will cost up to $5", 4), Some((HedgeKind::AtMost, "up to".into())));
        assert_eq!(h("announced up to $5", 3), Some((HedgeKind::AtMost, "up to".into())));
    }

    fn a(text: &str, last: usize) -> Option<HedgeKind> {
        after(&Doc::new(text), last).map(|f| f.kind)
    }

    #[test]
    fn ok_hedges_after() {
        assert_eq!(a("500 or more", 0), Some(HedgeKind::AtLeast));
        assert_eq!(a("65 and over", 0), Some(HedgeKind::AtLeast));
        assert_eq!(a("5,000+ jobs", 0), Some(HedgeKind::AtLeast));
        assert_eq!(a("5000 or less than 6000", 0), None);
        assert_eq!(a("5 + 3", 0), None);
        assert_eq!(a("5+3", 0), None);
    }

    #[test]
    fn ok_magnitudes() {
        assert_eq!(m("millions of jobs"), Some(("1000000".into(), "1000000000".into())));
        assert_eq!(m("hundreds of thousands of people"), Some(("100000".into(), "1000000".into())));
        assert_eq!(m("tens of billions of dollars"), Some(("10000000000".into(), "100000000000".into())));
        assert_eq!(m("several million people"), Some(("1000000".into(), "10000000".into())));
        assert_eq!(m("a few thousand"), Some(("1000".into(), "10000".into())));
        assert_eq!(m("millionaires"), None);
    }
}
