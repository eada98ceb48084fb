//! Numbers written in words: "two million", "three hundred thousand", "twenty-five",
//! "half a million", "one and a half billion", "two-thirds", "a dozen", "two point five".
//!
//! The grammar is an accumulator in the style of text2num: `cur` holds the group being built
//! (below a thousand, or a fraction), `total` the closed groups; each word class is one `match`
//! arm that checks what may precede it (`last`) and applies a small operation.

use rust_decimal::Decimal;

use super::table::NumWord::{self, *};
use super::{word_class, Form, Num};
use crate::lex::{Doc, Kind};
use crate::util::{div, fraction_digits, pow10, round15, significant_digits};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Last {
    Start,
    Minus,
    A,
    Unit,
    Teen,
    Ten,
    TenUnit,
    Hundred,
    Scale(u32),
    And,
    /// A fraction ("two-thirds", "a half") or a decimal ("two point five").
    Part,
}

struct Acc {
    total: Decimal,
    cur: Decimal,
    /// Value of `cur` when "and" was read: a fraction after "and" applies to what follows only.
    and_mark: Option<Decimal>,
    /// The scale just before "and": "a million and a half" is a million and half a million.
    and_scale: Option<u32>,
    last: Last,
    negative: bool,
    scaled: bool,
    fraction: bool,
    /// Last token index that belongs to the number.
    end: usize,
}

/// Reads a number in words starting at token `i`.
pub(super) fn words_at(doc: &Doc, i: usize) -> Option<Num> {
    let mut a = Acc {
        total: Decimal::ZERO,
        cur: Decimal::ZERO,
        and_mark: None,
        and_scale: None,
        last: Last::Start,
        negative: false,
        scaled: false,
        fraction: false,
        end: i,
    };
    let mut j = i;
    // A bound on the words one number may take keeps adversarial input linear.
    while j < doc.len() && j < i + 40 {
        if j > i && !doc.same_line(j) {
            break;
        }
        // Connectors: "twenty-five", "one-third", "fifty - two".
        if doc.dash(j) && j > i && word_class(doc, j + 1).is_some() {
            let tight = doc.glued(j) && doc.glued(j + 1);
            let spaced_tens = a.last == Last::Ten && matches!(word_class(doc, j + 1), Some(Unit(u)) if u < 10);
            let spaced_fraction = matches!(a.last, Last::Unit | Last::Teen | Last::TenUnit)
                && matches!(word_class(doc, j + 1), Some(Denominator(_) | Quarter));
            if tight || spaced_tens || spaced_fraction {
                j += 1;
                continue;
            }
            break;
        }
        if doc.is(j, "and") {
            if connects_after_and(doc, &a, j) {
                a.and_mark = Some(a.cur);
                a.and_scale = match a.last {
                    Last::Scale(p) => Some(p),
                    _ => None,
                };
                a.last = Last::And;
                j += 1;
                continue;
            }
            break;
        }
        if doc.is(j, "of") && matches!(a.last, Last::Part) && doc.is_any(j + 1, &["a", "an"]) {
            if let Some(Scale(p)) = word_class(doc, j + 2) {
                a.cur = a.cur.checked_mul(pow10(p)?)?;
                a.scaled = true;
                a.end = j + 2;
                a.last = Last::Scale(p);
                j += 3;
                continue;
            }
            break;
        }
        let Some(w) = word_class(doc, j) else { break };
        let taken = step(doc, &mut a, w, j)?;
        if taken == 0 {
            break;
        }
        if !matches!(a.last, Last::A | Last::And | Last::Minus) {
            a.end = j + taken - 1;
        }
        j += taken;
    }
    if matches!(a.last, Last::Start | Last::Minus) || a.end < i || (a.end == i && a.last == Last::A) {
        return None;
    }
    if a.end == i && matches!(doc.s(i).len(), 1 | 2) && word_class(doc, i) == Some(A) {
        return None;
    }
    let mut value = a.total.checked_add(a.cur)?;
    // A sum with an inexact fraction in it ("forty-two and a third") to 15 significant digits.
    if a.fraction && significant_digits(value) > 15 {
        value = round15(value);
    }
    if a.negative {
        value = -value;
    }
    let first = i;
    if is_pronoun_one(doc, first, a.end, value) {
        return None;
    }
    Some(Num {
        first,
        last: a.end,
        value,
        form: Form::Words,
        scaled: a.scaled,
        fraction: a.fraction && !a.scaled,
        plain: false,
        glued_word: None,
        mult: match a.last {
            Last::Scale(p) => pow10(p)?,
            _ => Decimal::ONE,
        },
    })
}

/// Applies the number word at `j`: the number of tokens it takes (more than one after "point"),
/// 0 when it ends the number before it, `None` on overflow.
fn step(doc: &Doc, a: &mut Acc, w: NumWord, j: usize) -> Option<usize> {
    use Last as L;
    match w {
        Vague => return Some(0),
        Couple => {
            if a.last != L::A {
                return Some(0);
            }
            a.cur = Decimal::TWO;
            a.last = L::Unit;
        }
        Minus => {
            if a.last != L::Start {
                return Some(0);
            }
            a.negative = true;
            a.last = L::Minus;
        }
        A => {
            // "half a million": the half waits for its scale.
            let half_of = a.last == L::Part && matches!(word_class(doc, j + 1), Some(Scale(_) | Dozen));
            if !matches!(a.last, L::Start | L::And) && !half_of {
                return Some(0);
            }
            // "a" counts only before a scale, a dozen, "couple" or a fraction word.
            let next = word_class(doc, j + 1);
            let compound_ordinal = matches!(next, Some(Ten(_)))
                && (ordinal_unit(doc, j + 2).is_some() || (doc.dash(j + 2) && ordinal_unit(doc, j + 3).is_some()));
            if !compound_ordinal
                && !matches!(next, Some(Hundred | Scale(_) | Dozen | Half | Quarter | Denominator(_) | Couple))
            {
                return Some(0);
            }
            match a.last {
                L::Start => a.cur = Decimal::ONE,
                L::And => a.cur = a.cur.checked_add(Decimal::ONE)?,
                _ => {}
            }
            a.last = L::A;
        }
        Unit(u) => {
            let ok = if u < 10 {
                matches!(a.last, L::Start | L::Minus | L::Hundred | L::Scale(_) | L::And | L::Ten)
            } else {
                matches!(a.last, L::Start | L::Minus | L::Hundred | L::Scale(_) | L::And)
            };
            if !ok {
                return Some(0);
            }
            a.cur = a.cur.checked_add(Decimal::from(u))?;
            a.last = match (a.last, u) {
                (L::Ten, _) => L::TenUnit,
                (_, 10..) => L::Teen,
                _ => L::Unit,
            };
        }
        Ten(t) => {
            // A compound ordinal as denominator: "one twenty-fifth", "three twenty-firsts".
            if matches!(a.last, L::A | L::Unit | L::Teen) {
                let k = if doc.dash(j + 1) { j + 2 } else { j + 1 };
                if let Some(u @ 1..=9) = ordinal_unit(doc, k) {
                    fraction(doc, a, k, Decimal::from(u32::from(t) + u))?;
                    return Some(k + 1 - j);
                }
            }
            if !matches!(a.last, L::Start | L::Minus | L::Hundred | L::Scale(_) | L::And) {
                return Some(0);
            }
            a.cur = a.cur.checked_add(Decimal::from(t))?;
            a.last = L::Ten;
        }
        Hundred => {
            let group = match a.last {
                L::Start | L::Minus => Decimal::ONE,
                L::A | L::Unit | L::Teen | L::Ten | L::TenUnit => a.cur,
                _ => return Some(0),
            };
            a.cur = group.checked_mul(Decimal::ONE_HUNDRED)?;
            a.last = L::Hundred;
        }
        Scale(p) | Scales(p) => {
            let plural = matches!(w, Scales(_));
            let m = pow10(p)?;
            match a.last {
                L::Scale(q) if q < p && a.cur.is_zero() => {
                    a.total = a.total.checked_mul(m)?;
                }
                L::Start | L::Minus if !plural && p == 3 && doc.is(j.wrapping_sub(1), "hundred") => {
                    a.cur = Decimal::ONE;
                    a.total = a.total.checked_add(m)?;
                }
                L::A | L::Unit | L::Teen | L::Ten | L::TenUnit | L::Hundred | L::Part => {
                    if plural && a.last == L::A {
                        return Some(0);
                    }
                    let group = if a.cur.is_zero() { Decimal::ONE } else { a.cur };
                    a.total = a.total.checked_add(group.checked_mul(m)?)?;
                    a.cur = Decimal::ZERO;
                }
                _ => return Some(0),
            }
            a.scaled = true;
            a.last = L::Scale(p);
        }
        Dozen => {
            let group = match a.last {
                L::A | L::Unit | L::Teen | L::Ten | L::TenUnit | L::Hundred | L::Part => a.cur,
                _ => return Some(0),
            };
            // "three hundred and two dozens": only the group after "and" is in dozens.
            let base = a.and_mark.filter(|m| *m < group).unwrap_or(Decimal::ZERO);
            a.cur = base.checked_add(group.checked_sub(base)?.checked_mul(Decimal::from(12))?)?;
            a.scaled = true;
            a.last = L::Hundred;
        }
        Half | Quarter => {
            let d = Decimal::from(if w == Half { 2 } else { 4 });
            fraction(doc, a, j, d)?;
            if a.last != L::Part {
                return Some(0);
            }
        }
        Denominator(d) => {
            // Only after a numerator: "the third" is an ordinal, "two thirds" a fraction,
            // "ninety-five hundred fifths" a fraction of hundreds.
            if !matches!(a.last, L::A | L::Unit | L::Teen | L::Ten | L::TenUnit | L::Hundred) {
                return Some(0);
            }
            // "a third term" is an ordinal; "a third of", "by a third since" are fractions.
            if a.last == L::A && doc.kind(j + 1) == Some(Kind::Word) && !crate::count::is_function_word(doc.s(j + 1)) {
                return Some(0);
            }
            fraction(doc, a, j, Decimal::from(d))?;
        }
        Point => {
            if !matches!(a.last, L::Start | L::Unit | L::Teen | L::Ten | L::TenUnit | L::Hundred) {
                return Some(0);
            }
            let mut k = j + 1;
            let mut scale = Decimal::ONE;
            let mut frac = Decimal::ZERO;
            while let Some(Unit(u @ 0..=9)) = word_class(doc, k) {
                scale = scale.checked_div(Decimal::TEN)?;
                frac = frac.checked_add(scale.checked_mul(Decimal::from(u))?)?;
                k += 1;
            }
            // "point seventy-one", "point eleven": the digits of one number.
            if k == j + 1 {
                if let Some(Unit(u) | Ten(u)) = word_class(doc, k) {
                    let mut two = u32::from(u);
                    if matches!(word_class(doc, k), Some(Ten(_))) {
                        if let Some(Unit(d @ 1..=9)) = word_class(doc, k + 2).filter(|_| doc.dash(k + 1)) {
                            two += u32::from(d);
                            k += 2;
                        }
                    }
                    frac = div(Decimal::from(two), if two < 10 { Decimal::TEN } else { Decimal::ONE_HUNDRED })?;
                    k += 1;
                }
            }
            // "point 77" (on one line: a number never spans a line break).
            if k == j + 1 && doc.kind(k) == Some(Kind::Num) && doc.same_line(k) {
                if let Some(f) = fraction_digits(doc.s(k)) {
                    frac = f;
                    k += 1;
                }
            }
            if k == j + 1 {
                return Some(0);
            }
            a.cur = a.cur.checked_add(frac)?;
            a.last = L::Part;
            return Some(k - j);
        }
    }
    Some(1)
}

/// "and a half", "and one half", "and three quarters", "and two thirds" after token `j - 1`:
/// the fraction and its last token.
pub(super) fn and_fraction(doc: &Doc, j: usize) -> Option<(Decimal, usize)> {
    if !doc.is(j, "and") || !doc.same_line(j + 1) {
        return None;
    }
    let numerator = match word_class(doc, j + 1)? {
        A => Decimal::ONE,
        Unit(u @ 1..=19) => Decimal::from(u),
        _ => return None,
    };
    let d = match word_class(doc, j + 2)? {
        Half => Decimal::TWO,
        Quarter => Decimal::from(4),
        Denominator(d) => Decimal::from(d),
        _ => return None,
    };
    Some((div(numerator, d)?, j + 2))
}

/// Applies a fraction word with denominator `d` to the numerator read so far.
fn fraction(doc: &Doc, a: &mut Acc, j: usize, d: Decimal) -> Option<()> {
    use Last as L;
    match a.last {
        // "half a million", "quarter million", "half" alone; not "the first half of 2024".
        L::Start | L::Minus => {
            let ordinal_before = j > 0
                && doc
                    .is_any(j - 1, &["first", "second", "third", "fourth", "last", "latter", "final", "back", "front"]);
            if ordinal_before {
                return Some(());
            }
            let next_scaled = matches!(word_class(doc, j + 1), Some(Scale(_) | Dozen))
                || (doc.is_any(j + 1, &["a", "an"]) && matches!(word_class(doc, j + 2), Some(Scale(_) | Dozen)));
            if !next_scaled && !doc.is(j + 1, "of") && d != Decimal::TWO {
                return Some(());
            }
            a.cur = div(Decimal::ONE, d)?;
            if doc.is_any(j + 1, &["a", "an"]) && next_scaled {
                // Let "a" pass: the scale after it applies to the half.
                a.last = L::Part;
                return Some(());
            }
        }
        // "a half", "one third", "two-thirds", "three quarters", "five hundred fifths".
        L::A | L::Unit | L::Teen | L::Ten | L::TenUnit | L::Hundred => {
            let base = a.and_mark.unwrap_or(Decimal::ZERO);
            let part = div(a.cur.checked_sub(base)?, d)?;
            // "a billion and a half million": the half belongs to the smaller scale that follows.
            let smaller_scale_next =
                matches!((word_class(doc, j + 1), a.and_scale), (Some(Scale(q)), Some(p)) if q < p);
            match a.and_scale.filter(|_| !smaller_scale_next) {
                // "a million and a half": half of the scale.
                Some(p) => {
                    a.total = a.total.checked_add(part.checked_mul(pow10(p)?)?)?;
                    a.cur = base;
                    a.scaled = true;
                }
                None => a.cur = base.checked_add(part)?,
            }
        }
        // "one and a half": "and" then "a" was read; the half adds to the group.
        L::And => {
            a.cur = a.cur.checked_add(div(Decimal::ONE, d)?)?;
        }
        _ => return Some(()),
    }
    a.fraction = true;
    a.last = L::Part;
    Some(())
}

/// The unit of an ordinal at `k` used as a denominator: "first(s)" 1, "second(s)" 2, "fifth(s)" 5.
fn ordinal_unit(doc: &Doc, k: usize) -> Option<u32> {
    match word_class(doc, k) {
        Some(Denominator(d @ 3..=9)) => Some(d),
        _ if doc.is_any(k, &["first", "firsts"]) => Some(1),
        _ if doc.is_any(k, &["second", "seconds"]) => Some(2),
        _ => None,
    }
}

/// Whether "and" at `j` continues the number: "one hundred and six", "one and a half",
/// "two million and three quarters", "twenty and three fifths".
fn connects_after_and(doc: &Doc, a: &Acc, j: usize) -> bool {
    use Last as L;
    let next = word_class(doc, j + 1);
    match a.last {
        L::Hundred | L::Scale(_) => {
            matches!(next, Some(Unit(_) | Ten(_)))
                || (doc.is_any(j + 1, &["a", "an"]) && matches!(word_class(doc, j + 2), Some(Half | Quarter)))
        }
        L::Unit | L::Teen | L::Ten | L::TenUnit => {
            let fraction_at = |k: usize| matches!(word_class(doc, k), Some(Half | Quarter | Denominator(_)));
            (matches!(next, Some(A | Unit(_) | Ten(_))) && fraction_at(j + 2))
                // "two and fifty-four hundredths".
                || (matches!(next, Some(Ten(_))) && doc.dash(j + 2) && fraction_at(j + 4))
        }
        _ => false,
    }
}

/// "one" used as a pronoun or determiner: "the one you mentioned", "one of the", "which one".
fn is_pronoun_one(doc: &Doc, first: usize, last: usize, value: Decimal) -> bool {
    if first != last || value != Decimal::ONE || !doc.is(first, "one") {
        return false;
    }
    // "that one mile": one of a unit is a number.
    if crate::units::at(doc, first + 1).is_some() {
        return false;
    }
    let before = first.checked_sub(1).filter(|&p| doc.kind(p) == Some(Kind::Word));
    let det = ["the", "this", "that", "which", "each", "every", "no", "any", "another", "some", "someone"];
    before.is_some_and(|p| doc.is_any(p, &det))
        || doc.is_any(first + 1, &["of", "another", "by", "day", "side"])
        || (doc.dash(first + 1) && doc.glued(first + 1))
}

#[cfg(test)]
mod tests {
    use crate::numbers::tests::v;

    #[test]
    fn ok_cardinals() {
        assert_eq!(v("two million"), ["two million=2000000"]);
        assert_eq!(v("three hundred thousand"), ["three hundred thousand=300000"]);
        assert_eq!(v("twenty-five"), ["twenty-five=25"]);
        assert_eq!(v("one hundred and six"), ["one hundred and six=106"]);
        assert_eq!(v("a hundred"), ["a hundred=100"]);
        assert_eq!(v("seven hundred twenty-one thousand twelve"), ["seven hundred twenty-one thousand twelve=721012"]);
        assert_eq!(v("three thousand millions"), ["three thousand millions=3000000000"]);
        assert_eq!(v("negative five hundred and four"), ["negative five hundred and four=-504"]);
    }

    #[test]
    fn ok_halves_quarters_dozens() {
        assert_eq!(v("a dozen"), ["a dozen=12"]);
        assert_eq!(v("half a million"), ["half a million=500000"]);
        assert_eq!(v("half a dozen"), ["half a dozen=6"]);
        assert_eq!(v("a quarter of a million"), ["a quarter of a million=250000"]);
        assert_eq!(v("one and a half billion"), ["one and a half billion=1500000000"]);
        assert_eq!(v("two and a half million"), ["two and a half million=2500000"]);
        assert_eq!(v("three quarters"), ["three quarters=0.75"]);
        assert_eq!(v("a million and a half"), ["a million and a half=1500000"]);
        assert_eq!(v("five billion and three quarters"), ["five billion and three quarters=5750000000"]);
        assert_eq!(v("three hundred and two dozens"), ["three hundred and two dozens=324"]);
        assert_eq!(v("a couple hundred"), ["a couple hundred=200"]);
    }

    #[test]
    fn ok_fractions_and_points() {
        assert_eq!(v("one-third of"), ["one-third=0.333333333333333"]);
        assert_eq!(v("two-thirds of"), ["two-thirds=0.666666666666667"]);
        assert_eq!(v("one - fourth"), ["one - fourth=0.25"]);
        assert_eq!(v("two hundred point seventy-one"), ["two hundred point seventy-one=200.71"]);
        assert_eq!(v("point 77"), ["point 77=0.77"]);
        assert_eq!(v("a fifth of"), ["a fifth=0.2"]);
        assert_eq!(v("twenty and three fifths"), ["twenty and three fifths=20.6"]);
        assert_eq!(v("two point five million"), ["two point five million=2500000"]);
        assert_eq!(v("nine point nought four"), ["nine point nought four=9.04"]);
    }

    #[test]
    fn no_number_in_ordinals_pronouns_and_articles() {
        assert!(v("the third quarter").is_empty());
        assert!(v("a third term").is_empty());
        assert!(v("Which one do you prefer").is_empty());
        assert!(v("one of the leaders").is_empty());
        assert!(v("a plan").is_empty());
        assert!(v("a").is_empty());
    }

    #[test]
    fn repeated_words_do_not_chain() {
        assert_eq!(v("one one"), ["one=1", "one=1"]);
        assert_eq!(v("twenty twenty"), ["twenty=20", "twenty=20"]);
    }
}
