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

use rust_decimal::Decimal;

use once_cell::sync::Lazy;

use crate::lex::{is_dash, Doc, Kind};
use crate::util::{div, fraction_digits, parse_decimal, pow10, Lexicon};
pub(crate) use table::NumWord;
use table::{ORDINAL_SUFFIXES, SUFFIXES, VULGAR, WORDS};

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

/// Every number word and its class. A word's id, which the vocabulary stores in its tokens
/// (see [`crate::vocab`]), is its row here plus one.
pub(crate) fn words() -> &'static [(&'static str, NumWord)] {
    WORDS
}

/// The class of the number word at token `i`, if it is one.
pub(crate) fn word_class(doc: &Doc, i: usize) -> Option<NumWord> {
    let t = doc.toks.get(i)?;
    let id = usize::from(t.num_word).checked_sub(1)?;
    WORDS.get(id).map(|&(_, class)| class)
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
        Kind::Sym => {
            if let Some(value) = vulgar(doc, i) {
                return Some(Num {
                    first: i,
                    last: i,
                    value,
                    form: Form::Digits,
                    scaled: false,
                    fraction: true,
                    plain: false,
                    glued_word: None,
                    mult: Decimal::ONE,
                });
            }
            if !(is_minus(doc, i) && doc.glued(i + 1) && doc.kind(i + 1) == Some(Kind::Num)) {
                return None;
            }
            // A sign, not a hyphen: nothing written against it on the left ("COVID-19", "10-20")
            // but a bracket, a comparison or a currency ("(-3)", "<-30", "$-50.8bn").
            if i > 0
                && doc.glued(i)
                && !matches!(doc.s(i - 1), "(" | "<" | ">" | "=" | "≤" | "≥" | "~")
                && !crate::money::is_symbol(doc.s(i - 1))
            {
                return None;
            }
            // "2 -7 g": after a number on the line, a dash joins a range rather than signs.
            if i > 0 && !doc.glued(i) && doc.same_line(i) && doc.kind(i - 1) == Some(Kind::Num) {
                return None;
            }
            negated(doc, i)
        }
        Kind::Word => {
            let w = word_class(doc, i)?;
            if w == NumWord::Minus && doc.kind(i + 1) == Some(Kind::Num) {
                return negated(doc, i);
            }
            words::words_at(doc, i)
        }
        _ => None,
    }
}

/// The digits after the sign at `i` ("-3.2", "minus 5"), negated, starting at the sign.
fn negated(doc: &Doc, i: usize) -> Option<Num> {
    let mut n = digits_at(doc, i + 1, true)?;
    n.first = i;
    n.value = -n.value;
    n.plain = false;
    Some(n)
}

/// The value of a vulgar fraction symbol at `i`: "½" is 0.5.
fn vulgar(doc: &Doc, i: usize) -> Option<Decimal> {
    let s = doc.s(i);
    if s.is_ascii() {
        return None;
    }
    let &(_, a, b) = VULGAR.iter().find(|(v, _, _)| *v == s)?;
    div(Decimal::from(a), Decimal::from(b))
}

/// The number words that can make a figure of their own (see [`NumWord::only_joins`]).
static FIGURE_WORDS: Lazy<Lexicon<NumWord>> =
    Lazy::new(|| Lexicon::new(WORDS.iter().filter(|(_, class)| !class.only_joins())));

/// Whether `word` (any case) is a number word that can make a figure of its own: "two",
/// "million", "half", but not "a", "several" or "point".
pub(crate) fn is_figure_word(word: &[u8]) -> bool {
    FIGURE_WORDS.get(word).is_some()
}

/// Whether `rest` starts with a vulgar fraction ("½").
pub(crate) fn vulgar_at(rest: &str) -> bool {
    VULGAR.iter().any(|(v, _, _)| rest.starts_with(v))
}

fn is_minus(doc: &Doc, i: usize) -> bool {
    doc.sym(i, '-') || doc.sym(i, '−')
}

/// Digits at token `i`, with their suffix and scale words.
fn digits_at(doc: &Doc, i: usize, signed: bool) -> Option<Num> {
    let raw = doc.s(i);
    let mut value = parse_decimal(raw)?;
    let integer = raw.bytes().all(|b| b.is_ascii_digit());
    let mut n = Num {
        first: i,
        last: i,
        value,
        form: Form::Digits,
        scaled: false,
        fraction: false,
        plain: !signed && integer,
        glued_word: None,
        mult: Decimal::ONE,
    };
    // Footnote markers written against the digits: "5.46** million", "12.3*".
    let marked = footnote_end(doc, i);
    if marked > i {
        n.last = marked;
        n.plain = false;
        return scale_words(doc, n, value);
    }
    // "3/4" (or with the fraction slash, "1⁄32"), but not "11/17/2023", "24/7/365" or the end of a
    // phone number "222-2222/2222".
    if is_slash(doc, i + 1) && doc.glued(i + 1) && doc.kind(i + 2) == Some(Kind::Num) && doc.glued(i + 2) {
        let in_chain = (is_slash(doc, i + 3) && doc.glued(i + 3))
            || (i > 0 && is_slash(doc, i - 1) && doc.glued(i))
            || doc.joined_before(i, is_dash);
        let den = parse_decimal(doc.s(i + 2))?;
        if !in_chain && integer && !den.is_zero() && doc.s(i + 2).bytes().all(|b| b.is_ascii_digit()) {
            n.value = div(value, den)?;
            n.fraction = true;
            n.plain = false;
            n.last = i + 2;
        }
        // A date ("11/17/2023") is three numbers; the claim filter knows them for what they are.
        return Some(n);
    }
    // A mixed number: "2 1/4", "7 3/4".
    if integer && doc.same_line(i + 1) {
        if let Some(frac) = proper_fraction(doc, i + 1) {
            n.value = value.checked_add(frac)?;
            n.plain = false;
            n.last = i + 3;
            return Some(n);
        }
    }
    // "2½".
    if doc.glued(i + 1) {
        if let Some(frac) = vulgar(doc, i + 1) {
            n.value = value.checked_add(frac)?;
            n.plain = false;
            n.last = i + 1;
            return Some(n);
        }
    }
    // Scientific notation: "1.3e6", "12.32e+14", "6.23x10^-4" (none beyond what a decimal holds:
    // "9.1×10−31" is no number, and no range "10−31" either; see [`unreadable_end`]).
    if let Some((exp, last)) = exponent(doc, i) {
        let m = pow10(exp.unsigned_abs())?;
        n.value = if exp < 0 { div(value, m)? } else { value.checked_mul(m)? };
        n.plain = false;
        n.last = last;
        return Some(n);
    }
    // "1 point 1".
    if integer && doc.is(i + 1, "point") && doc.kind(i + 2) == Some(Kind::Num) {
        if let Some(frac) = fraction_digits(doc.s(i + 2)) {
            n.value = value.checked_add(frac)?;
            n.plain = false;
            n.last = i + 2;
            return Some(n);
        }
    }
    // A word against the digits: a scale suffix, an ordinal suffix, or something else ("5G").
    if doc.kind(i + 1) == Some(Kind::Word) && doc.glued(i + 1) {
        let w = doc.s(i + 1);
        if ORDINAL_SUFFIXES.iter().any(|s| w.eq_ignore_ascii_case(s)) {
            return None;
        }
        match suffix_power(doc, i, i + 1) {
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
    scale_words(doc, n, value)
}

/// The scale words after the number `n` (whose value so far is `value`), and what continues a
/// scaled number: "2.5 million", "322 hundred", "3 dozen", "10 bn", "3 million and a half".
fn scale_words(doc: &Doc, mut n: Num, mut value: Decimal) -> Option<Num> {
    if n.glued_word.is_none() {
        let mut j = n.last + 1;
        // A scale may start the next line of wrapped text: "15\nmillion" (one line break, a
        // word in lower case, as the sentence goes on there; not past a blank line).
        let after = n.last + 1;
        let wrapped = |j: usize| {
            j == after
                && doc.toks.get(j).is_some_and(|t| t.breaks == 1)
                && doc.s(j).starts_with(|c: char| c.is_lowercase())
        };
        while doc.kind(j) == Some(Kind::Word) && (doc.same_line(j) || wrapped(j)) && j <= n.last + 3 {
            if !doc.same_line(j) && !matches!(word_class(doc, j), Some(NumWord::Scale(_))) {
                break;
            }
            let m = match word_class(doc, j) {
                Some(NumWord::Scale(p)) => pow10(p)?,
                Some(NumWord::Scales(p)) if value < Decimal::from(1000) && !n.plain => pow10(p)?,
                Some(NumWord::Scales(p)) if value < Decimal::from(100) => pow10(p)?,
                Some(NumWord::Hundred) if !n.scaled => Decimal::ONE_HUNDRED,
                Some(NumWord::Dozen) if !n.scaled => Decimal::from(12),
                // "1,674,200.5 M", "8 B people": an upper-case M or B after a space is a million
                // or a billion (never a metre) unless a name follows ("5 M Street").
                _ if matches!(doc.s(j), "M" | "B") && !n.scaled && !name_follows(doc, j) => {
                    pow10(if doc.s(j) == "M" { 6 } else { 9 })?
                }
                _ => match SUFFIXES.iter().find(|(s, _, spaced)| *spaced && doc.s(j).eq_ignore_ascii_case(s)) {
                    Some(_) if n.scaled => break,
                    Some(_) => match suffix_power(doc, n.first, j) {
                        Some(p) => pow10(p)?,
                        None => break,
                    },
                    // "5 m people": a lower-case m after a space is a million before what it counts.
                    None if doc.s(j) == "m" && !n.scaled && million_follows(doc, j) => pow10(6)?,
                    None => break,
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
    if n.scaled && n.glued_word.is_none() {
        // "3 million and a half".
        if let Some((frac, last)) = words::and_fraction(doc, n.last + 1) {
            value = value.checked_add(frac.checked_mul(n.mult)?)?;
            n.last = last;
        }
        // "4 thousand 3 hundred and 21", "6 crore and two hundred": smaller groups after a scale.
        while let Some((more, last, mult)) = continuation(doc, n.last + 1, n.mult) {
            value = value.checked_add(more)?;
            n.last = last;
            n.mult = mult;
        }
    }
    n.value = value;
    Some(n)
}

/// A group smaller than `below` continuing a scaled number at token `j`: with "and" any such
/// number, without it only one with its own scale ("5 million 2022" is two numbers).
fn continuation(doc: &Doc, j: usize, below: Decimal) -> Option<(Decimal, usize, Decimal)> {
    let and = doc.is(j, "and");
    let k = if and { j + 1 } else { j };
    if !doc.same_line(k) || below <= Decimal::ONE {
        return None;
    }
    let m = if doc.kind(k) == Some(Kind::Num) { digits_at(doc, k, false)? } else { words::words_at(doc, k)? };
    let ok = m.value < below && !m.fraction && m.glued_word.is_none() && m.value > Decimal::ZERO;
    (ok && (and || (m.scaled && m.mult < below))).then_some((m.value, m.last, m.mult.max(Decimal::ONE)))
}

/// A fraction "a/b" with a < b at token `i` (and no date around it).
fn proper_fraction(doc: &Doc, i: usize) -> Option<Decimal> {
    let plain = |k: usize| doc.kind(k) == Some(Kind::Num) && doc.s(k).bytes().all(|b| b.is_ascii_digit());
    if !(plain(i) && is_slash(doc, i + 1) && doc.glued(i + 1) && plain(i + 2) && doc.glued(i + 2)) {
        return None;
    }
    if is_slash(doc, i + 3) && doc.glued(i + 3) {
        return None;
    }
    let (a, b) = (parse_decimal(doc.s(i))?, parse_decimal(doc.s(i + 2))?);
    (a < b).then(|| div(a, b)).flatten()
}

/// An exponent written against the digits at `i`: "e6", "e+14", "E-1", "x10^6", "x10^-4",
/// "×10−30", "×10⁻³⁰". Returns it and the last token.
fn exponent(doc: &Doc, i: usize) -> Option<(i32, usize)> {
    if !doc.glued(i + 1) {
        return None;
    }
    let w = doc.s(i + 1);
    let times = (doc.kind(i + 1) == Some(Kind::Word) && w.eq_ignore_ascii_case("x")) || doc.sym(i + 1, '×');
    let mut k = if doc.kind(i + 1) == Some(Kind::Word) && w.eq_ignore_ascii_case("e") {
        i + 2
    } else if times && doc.s(i + 2) == "10" && doc.glued(i + 2) && doc.glued(i + 3) {
        // "×10" must be followed by a caret, a sign or a superscript: "3×10" is a product.
        if doc.sym(i + 3, '^') {
            i + 4
        } else if is_minus(doc, i + 3) || doc.sym(i + 3, '+') || superscript(doc.s(i + 3)).is_some() {
            i + 3
        } else {
            return None;
        }
    } else {
        return None;
    };
    // Superscripts: "10⁻³⁰", "10⁶".
    if let Some(first) = superscript(doc.s(k)).filter(|_| doc.glued(k)) {
        let (mut sign, mut e, mut digits) = (1, 0i32, 0);
        match first {
            Sup::Minus => sign = -1,
            Sup::Digit(d) => {
                e = i32::from(d);
                digits = 1;
            }
        }
        while let Some(Sup::Digit(d)) = superscript(doc.s(k + 1)).filter(|_| doc.glued(k + 1)) {
            e = e * 10 + i32::from(d);
            digits += 1;
            k += 1;
            if digits > 2 {
                return None;
            }
        }
        return (digits > 0 && e <= 99).then_some((sign * e, k));
    }
    let mut sign = 1;
    if doc.glued(k) && (doc.sym(k, '+') || is_minus(doc, k)) {
        sign = if doc.sym(k, '+') { 1 } else { -1 };
        k += 1;
    }
    if !doc.glued(k) || doc.kind(k) != Some(Kind::Num) || doc.s(k).len() > 2 {
        return None;
    }
    let e: i32 = doc.s(k).parse().ok()?;
    Some((sign * e, k))
}

/// The last token of a number at `i` too large or too small for a decimal ("9.1×10−31",
/// "1.99×10^30"), which the figure scan passes over whole.
pub(crate) fn unreadable_end(doc: &Doc, i: usize) -> Option<usize> {
    if doc.kind(i) != Some(Kind::Num) {
        return None;
    }
    exponent(doc, i).map(|(_, last)| last)
}

/// A superscript character of an exponent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sup {
    Minus,
    Digit(u8),
}

fn superscript(s: &str) -> Option<Sup> {
    let d = match s {
        "⁻" => return Some(Sup::Minus),
        "⁰" => 0,
        "¹" => 1,
        "²" => 2,
        "³" => 3,
        "⁴" => 4,
        "⁵" => 5,
        "⁶" => 6,
        "⁷" => 7,
        "⁸" => 8,
        "⁹" => 9,
        _ => return None,
    };
    Some(Sup::Digit(d))
}

/// The power of ten of the suffix at token `j` after the digits at `i` ("1.2B", "$5m", "10 bn"),
/// if it is one. Without a currency before the digits, "mm" is millimetres ("1.5mm"; "$1.5mm"
/// is a million) and a lower-case "m" is a million only before what it counts or measures
/// ("1.2m tons", "35m of its devices"); otherwise metres ("48m", "1.8m tall").
fn suffix_power(doc: &Doc, i: usize, j: usize) -> Option<u32> {
    let w = doc.s(j);
    let &(s, p, _) = SUFFIXES.iter().find(|(s, _, _)| w.eq_ignore_ascii_case(s))?;
    if matches!(s, "m" | "mm") && (s == "mm" || w == "m") && !currency_before(doc, i) {
        return (s == "m" && million_follows(doc, j)).then_some(p);
    }
    Some(p)
}

/// Whether a currency stands before the number whose digits are at token `i` (after its sign).
fn currency_before(doc: &Doc, i: usize) -> bool {
    let first = if i > 0 && is_minus(doc, i - 1) && doc.glued(i) { i - 1 } else { i };
    crate::money::before(doc, first).is_some()
}

/// Whether what follows the "m" at token `j` makes it a million: a unit or currency ("1.2m
/// tons", "5m euros") or a counted noun ("35m of its devices", "5 m people").
fn million_follows(doc: &Doc, j: usize) -> bool {
    // "the 400m hurdles", "a 100m sprint": races are run in metres.
    if doc.is_any(j + 1, RACES) {
        return false;
    }
    crate::units::at(doc, j + 1).is_some_and(|u| u.measure == crate::units::Measure::Physical)
        || crate::money::after(doc, j + 1).is_some()
        || crate::count::counted(doc, j).is_some()
}

/// Races named by their distance in metres: "400m hurdles".
const RACES: &[&str] = &[
    "hurdles",
    "relay",
    "relays",
    "freestyle",
    "sprint",
    "sprints",
    "dash",
    "backstroke",
    "breaststroke",
    "butterfly",
    "medley",
    "race",
    "races",
    "steeplechase",
    "final",
    "finals",
    "heats",
    "individual",
];

/// Whether a capitalised word or a number follows token `j` on its line ("5 M Street").
fn name_follows(doc: &Doc, j: usize) -> bool {
    doc.same_line(j + 1) && (doc.capitalized(j + 1) || doc.kind(j + 1) == Some(Kind::Num) || doc.dash(j + 1))
}

/// Whether token `i` is a slash or the fraction slash: "3/4", "1⁄32".
fn is_slash(doc: &Doc, i: usize) -> bool {
    doc.sym(i, '/') || doc.sym(i, '\u{2044}')
}

/// The last token of the footnote markers written against the digits at `i` ("12.3*",
/// "5.46**", "40†"), or `i` without any. A marker followed by digits is arithmetic ("5*3").
fn footnote_end(doc: &Doc, i: usize) -> usize {
    let mut k = i;
    while doc.glued(k + 1) && k < i + 3 && matches!(doc.s(k + 1), "*" | "†" | "‡") {
        k += 1;
    }
    if k > i && doc.glued(k + 1) && doc.kind(k + 1) == Some(Kind::Num) {
        return i;
    }
    k
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn every_number_word_has_an_id() {
        for &(w, class) in WORDS {
            let doc = Doc::new(w);
            assert_eq!(word_class(&doc, 0), Some(class), "{w}");
        }
        assert_eq!(word_class(&Doc::new("Thousands"), 0), Some(NumWord::Scales(3)));
        assert_eq!(word_class(&Doc::new("the 5"), 0), None);
        assert_eq!(word_class(&Doc::new("the 5"), 1), None);
    }

    /// Each number in `text` as "as written=value".
    pub(crate) fn v(text: &str) -> Vec<String> {
        let doc = Doc::new(text);
        find_numbers(&doc)
            .iter()
            .map(|n| format!("{}={}", &text[doc.start(n.first)..doc.end(n.last)], n.value.normalize()))
            .collect()
    }

    #[test]
    fn scale_on_the_next_line_only_where_the_sentence_goes_on() {
        // Wrapped text: one line break, the scale in lower case.
        assert_eq!(v("15\nmillion"), ["15\nmillion=15000000"]);
        // Past a blank line, or before a capital, the sentence has ended: no scale.
        assert_eq!(v("15 \n \nthousand"), ["15=15"]);
        assert_eq!(v("15\nMillion"), ["15=15"]);
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
        assert_eq!(v("-4/5"), ["-4/5=-0.8"]);
        assert_eq!(v("2 1/4"), ["2 1/4=2.25"]);
        assert_eq!(v("¾ and 2½"), ["¾=0.75", "2½=2.5"]);
    }

    #[test]
    fn ok_scientific_and_grouped() {
        assert_eq!(v("1.3e6"), ["1.3e6=1300000"]);
        assert_eq!(v("-12e-1"), ["-12e-1=-1.2"]);
        assert_eq!(v("6.23x10^-4"), ["6.23x10^-4=0.000623"]);
        assert_eq!(v("1 234 567"), ["1 234 567=1234567"]);
        assert_eq!(v("12,34,567.89"), ["12,34,567.89=1234567.89"]);
        assert_eq!(v("1 point 5"), ["1 point 5=1.5"]);
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
