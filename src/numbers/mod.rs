//! Numbers in digits and in words, with scale words and suffixes.
//!
//! Grammar (ASCII case ignored):
//!
//! ```text
//! number  := sign? digits suffix? scale*        "-3.2", "1.2B", "$5bn", "2.5 million", "322 hundred"
//!          | digits "/" digits                  "3/4" (not part of a date "11/17/2023")
//!          | words                              see words.rs
//! digits  := [0-9]{1,3} ("," [0-9]{3})* ("." [0-9]+)? | [0-9]+ ("." [0-9]+)? | "." [0-9]+
//! suffix  := k | M | mn | mm | mil | B | bn | tn ...  (written against the digits; see table.rs)
//! scale   := hundred | thousand | million | billion | trillion | lakh | crore | dozen
//! ```
//!
//! Ordinals ("21st", "third") are not numbers. A number that does not fit a `Decimal` (more
//! than 28 significant digits, or a scale that overflows) is not a number either.

mod table;
mod words;

use once_cell::sync::Lazy;
use rust_decimal::Decimal;

use crate::lex::{Doc, Kind};
use crate::util::{parse_decimal, pow10, Lexicon};
pub(crate) use table::NumWord;
use table::{ORDINAL_SUFFIXES, SUFFIXES, WORDS};

static NUM_WORDS: Lazy<Lexicon<NumWord>> = Lazy::new(|| Lexicon::new(WORDS));

/// How a number was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    Digits,
    Words,
}

/// A number found in the tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Num {
    /// First and last token (inclusive).
    pub first: usize,
    pub last: usize,
    pub value: Decimal,
    pub form: Form,
    /// Whether a scale word or suffix multiplied it ("2.5 million", "1.2B").
    pub scaled: bool,
    /// Whether it is a fraction ("two-thirds", "3/4", "half").
    pub fraction: bool,
    /// A single run of bare digits: no separators, sign, fraction or scale ("2022", "42").
    pub plain: bool,
    /// A word written against the digits that is not a scale suffix: "5G", "180ml", "3D".
    pub glued_word: Option<usize>,
    /// What the scale words or suffix multiplied the number by (1 without one).
    pub mult: Decimal,
}

/// The class of the number word at token `i`, if it is one.
pub(crate) fn word_class(doc: &Doc, i: usize) -> Option<NumWord> {
    if doc.kind(i) != Some(Kind::Word) {
        return None;
    }
    NUM_WORDS.get(doc.s(i))
}

/// Every number in the document, in order, not overlapping.
#[cfg(test)]
pub(crate) fn find_numbers(doc: &Doc) -> Vec<Num> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.len() {
        match number_at(doc, i) {
            Some(n) => {
                i = n.last + 1;
                out.push(n);
            }
            None => i += 1,
        }
    }
    out
}

/// The number starting at token `i`, if any.
pub(crate) fn number_at(doc: &Doc, i: usize) -> Option<Num> {
    match doc.kind(i)? {
        Kind::Num => digits_at(doc, i, false),
        Kind::Sym if is_minus(doc, i) && doc.glued(i + 1) && doc.kind(i + 1) == Some(Kind::Num) => {
            // A sign, not a hyphen: nothing written against it on the left ("COVID-19", "10-20").
            if i > 0 && doc.glued(i) && !doc.sym(i - 1, '(') {
                return None;
            }
            let mut n = digits_at(doc, i + 1, true)?;
            n.first = i;
            n.value = -n.value;
            n.plain = false;
            Some(n)
        }
        Kind::Word => {
            let w = word_class(doc, i)?;
            if w == NumWord::Minus && doc.kind(i + 1) == Some(Kind::Num) {
                let mut n = digits_at(doc, i + 1, true)?;
                n.first = i;
                n.value = -n.value;
                n.plain = false;
                return Some(n);
            }
            words::words_at(doc, i)
        }
        _ => None,
    }
}

fn is_minus(doc: &Doc, i: usize) -> bool {
    doc.sym(i, '-') || doc.sym(i, '−')
}

/// Digits at token `i`, with their suffix and scale words.
fn digits_at(doc: &Doc, i: usize, signed: bool) -> Option<Num> {
    let raw = doc.s(i);
    let mut value = parse_decimal(raw)?;
    let mut n = Num {
        first: i,
        last: i,
        value,
        form: Form::Digits,
        scaled: false,
        fraction: false,
        plain: !signed && raw.bytes().all(|b| b.is_ascii_digit()),
        glued_word: None,
        mult: Decimal::ONE,
    };
    // "3/4", but not "11/17/2023" or "24/7/365".
    if doc.sym(i + 1, '/') && doc.glued(i + 1) && doc.kind(i + 2) == Some(Kind::Num) && doc.glued(i + 2) {
        let in_chain = (doc.sym(i + 3, '/') && doc.glued(i + 3)) || (i > 0 && doc.sym(i - 1, '/') && doc.glued(i));
        let den = parse_decimal(doc.s(i + 2))?;
        if !in_chain && n.plain && !den.is_zero() && doc.s(i + 2).bytes().all(|b| b.is_ascii_digit()) {
            n.value = value.checked_div(den)?;
            n.fraction = true;
            n.plain = false;
            n.last = i + 2;
        }
        // A date ("11/17/2023") is three numbers; the claim filter knows them for what they are.
        return Some(n);
    }
    // A word against the digits: a scale suffix, an ordinal suffix, or something else ("5G").
    if doc.kind(i + 1) == Some(Kind::Word) && doc.glued(i + 1) {
        let w = doc.s(i + 1);
        if ORDINAL_SUFFIXES.iter().any(|s| w.eq_ignore_ascii_case(s)) {
            return None;
        }
        match suffix_power(doc, i, w) {
            Some(p) => {
                n.mult = pow10(p)?;
                value = value.checked_mul(n.mult)?;
                n.scaled = true;
                n.plain = false;
                n.last = i + 1;
            }
            None => n.glued_word = Some(i + 1),
        }
    }
    // Scale words after a space: "2.5 million", "322 hundred", "3 dozen", "10 bn".
    if n.glued_word.is_none() {
        let mut j = n.last + 1;
        while doc.kind(j) == Some(Kind::Word) && doc.same_line(j) && j <= n.last + 3 {
            let m = match word_class(doc, j) {
                Some(NumWord::Scale(p)) => pow10(p)?,
                Some(NumWord::Scales(p)) if value < Decimal::from(1000) && !n.plain => pow10(p)?,
                Some(NumWord::Scales(p)) if value < Decimal::from(100) => pow10(p)?,
                Some(NumWord::Hundred) if !n.scaled => Decimal::ONE_HUNDRED,
                Some(NumWord::Dozen) if !n.scaled => Decimal::from(12),
                _ => match SUFFIXES.iter().find(|(s, _, spaced)| *spaced && doc.s(j).eq_ignore_ascii_case(s)) {
                    Some(&(_, p, _)) if !n.scaled => pow10(p)?,
                    _ => break,
                },
            };
            value = value.checked_mul(m)?;
            n.mult = n.mult.checked_mul(m)?;
            n.scaled = true;
            n.plain = false;
            n.last = j;
            j += 1;
        }
    }
    n.value = value;
    Some(n)
}

/// The power of ten of a suffix written against the digits at `i`, if `w` is one. Lower-case
/// "m" and "b" count only after a currency symbol ("$5m"): "5m" alone is five metres.
fn suffix_power(doc: &Doc, i: usize, w: &str) -> Option<u32> {
    let &(s, p, _) = SUFFIXES.iter().find(|(s, _, _)| w.eq_ignore_ascii_case(s))?;
    if (s == "m" || s == "b") && w.starts_with(|c: char| c.is_ascii_lowercase()) {
        let currency_before = i > 0 && doc.kind(i - 1) == Some(Kind::Sym) && crate::money::is_symbol(doc.s(i - 1));
        if !currency_before && s == "m" {
            return None;
        }
    }
    Some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        find_numbers(&doc)
            .iter()
            .map(|n| format!("{}={}", &text[doc.start(n.first)..doc.end(n.last)], n.value.normalize()))
            .collect()
    }

    #[test]
    fn ok_digits() {
        assert_eq!(v("2,000 and 300,000"), ["2,000=2000", "300,000=300000"]);
        assert_eq!(v("863.4"), ["863.4=863.4"]);
        assert_eq!(v("1,234,567.89"), ["1,234,567.89=1234567.89"]);
        assert_eq!(v("fell -3.2 points"), ["-3.2=-3.2"]);
        assert_eq!(v(".5"), [".5=0.5"]);
    }

    #[test]
    fn ok_scales_and_suffixes() {
        assert_eq!(v("2.5 million"), ["2.5 million=2500000"]);
        assert_eq!(v("$1.2B"), ["1.2B=1200000000"]);
        assert_eq!(v("$5bn"), ["5bn=5000000000"]);
        assert_eq!(v("$5m"), ["5m=5000000"]);
        assert_eq!(v("10k"), ["10k=10000"]);
        assert_eq!(v("3 dozen"), ["3 dozen=36"]);
        assert_eq!(v("1 trillion"), ["1 trillion=1000000000000"]);
    }

    #[test]
    fn ok_digit_fractions_but_not_dates() {
        assert_eq!(v("3/4"), ["3/4=0.75"]);
        assert_eq!(v("11/17/2023"), ["11=11", "17=17", "2023=2023"]);
    }

    #[test]
    fn no_number_in_ordinals_and_hyphen_names() {
        assert!(v("the 21st century").is_empty());
        assert_eq!(v("COVID-19"), ["19=19"]);
        assert_eq!(v("5G"), ["5=5"]);
    }

    #[test]
    fn overflow_is_no_number() {
        assert!(v(&format!("1{} trillion", "0".repeat(40))).is_empty());
        assert!(v("90000000000000000000000000 trillion").is_empty());
    }
}
