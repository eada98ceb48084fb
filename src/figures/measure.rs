//! Quantities that take more than one number and unit: mixed quantities ("7 feet 10
//! inches"), feet and inches in primes, ages, temperatures below zero.

use rust_decimal::Decimal;

use crate::claim::{HedgeKind, MentionKind};
use crate::hedge;
use crate::lex::{Doc, Kind};
use crate::numbers;
use crate::units;

use super::Figure;

/// "7 feet 10 inches", "2 km and 1 meter", "10 kms, 8 meters and 6 cm": smaller units of the
/// same quantity after the first, read into the smallest unit, exactly ("7 feet 10 inches" is 94
/// inches). Units must come larger first, and each part be less than ten of the unit before.
pub(super) fn composite(doc: &Doc, f: &mut Figure) {
    for _ in 0..3 {
        let Some(larger) = f.unit.filter(|_| f.per.is_none() && f.kind == MentionKind::Quantity) else { return };
        if !f.value.fract().is_zero() || f.value.is_sign_negative() {
            return;
        }
        let mut k = f.last + 1;
        if doc.sym(k, ',') && doc.glued(k) {
            k += 1;
        }
        if doc.is(k, "and") {
            k += 1;
        }
        if !doc.same_line(k) {
            return;
        }
        let Some(m) = numbers::number_at(doc, k) else { return };
        if m.scaled || m.value.is_sign_negative() || m.glued_word.is_some_and(|w| w != m.last + 1) {
            return;
        }
        // "6 foot 2": inches left unsaid, at the end of the clause.
        let unsaid = larger == "foot"
            && k == f.last + 1
            && m.value < Decimal::from(12)
            && (!doc.same_line(m.last + 1)
                || matches!(doc.kind(m.last + 1), None | Some(Kind::Sym))
                || crate::count::is_function_word(doc.s(m.last + 1)));
        // After "ft" or "yd", "in" is inches ("6 ft 4 in forward"); after "foot" it may be a
        // preposition ("6 foot 2 in socks").
        let inches = doc.is(m.last + 1, "in") && matches!(larger, "foot" | "yard");
        let symbol = matches!(doc.s(f.last), "ft" | "yd" | "yds");
        let u = match units::at(doc, m.last + 1) {
            Some(u) if u.per.is_none() => (u.name, u.last),
            _ if inches && symbol => ("inch", m.last + 1),
            _ if unsaid => ("inch", m.last),
            // Inside a mixed quantity "in" is inches and a prime is feet: "12 ft 2 in", "2 yd 7'".
            _ if inches => ("inch", m.last + 1),
            _ if doc.sym(m.last + 1, '\'') && doc.glued(m.last + 1) && larger == "yard" => ("foot", m.last + 1),
            _ => return,
        };
        let Some(factor) = units::composite_factor(larger, u.0).map(Decimal::from) else { return };
        // "2 yards 7 feet" is 13 feet; "2 km and 1,500,000 cm" no mixed quantity.
        if m.value >= factor * Decimal::TEN {
            return;
        }
        let Some(v) = f.value.checked_mul(factor).and_then(|v| v.checked_add(m.value)) else { return };
        f.value = v;
        f.unit = Some(u.0);
        f.last = u.1;
        f.num_last = m.last;
    }
}

/// "6'2\"": feet and inches written with primes. The last token, with the value in inches.
pub(super) fn feet_and_inches(doc: &Doc, f: &mut Figure) -> Option<usize> {
    let n = f.num;
    let (q, i) = (n.last + 1, n.last + 2);
    if !(doc.sym(q, '\'') && doc.glued(q) && doc.glued(i) && doc.kind(i) == Some(Kind::Num)) {
        return None;
    }
    if !(doc.sym(i + 1, '"') && doc.glued(i + 1) && n.plain) {
        return None;
    }
    let inches = crate::util::parse_decimal(doc.s(i)).filter(|v| *v < Decimal::from(12))?;
    f.value = n.value.checked_mul(Decimal::from(12))?.checked_add(inches)?;
    f.kind = MentionKind::Quantity;
    f.unit = Some("inch");
    Some(i + 1)
}

/// Nouns of people an age after them describes: "children under 5", "adults 65 and older".
const PEOPLE: &[&str] = &[
    "children",
    "kids",
    "babies",
    "infants",
    "toddlers",
    "adults",
    "people",
    "persons",
    "individuals",
    "those",
    "anyone",
    "everyone",
    "women",
    "men",
    "girls",
    "boys",
    "teens",
    "teenagers",
    "youths",
    "youth",
    "seniors",
    "patients",
    "residents",
    "students",
    "workers",
    "americans",
    "canadians",
    "australians",
    "citizens",
];

/// An age: "a 65-year-old man", "she is 34 years old", "34 years of age" (a person's age), or
/// "children under 5", "people aged 65 and over", "5- to 11-year-olds" (a group's). Unit
/// `year_of_age`; a group's age is marked [`Figure::age_group`].
pub(super) fn age(doc: &Doc, f: &mut Figure) {
    let n = f.num;
    let plausible = n.value > Decimal::ZERO && n.value <= Decimal::from(130) && !n.scaled && !n.fraction;
    if !plausible || n.glued_word.is_some() {
        return;
    }
    let j = n.last + 1;
    // Most numbers are no age: one byte says so before any word is compared.
    let starts_y =
        |k: usize| doc.kind(k) == Some(Kind::Word) && doc.s(k).as_bytes().first().is_some_and(|b| b | 0x20 == b'y');
    let p = n.first.wrapping_sub(1);
    let word_before = doc.kind(p) == Some(Kind::Word) && doc.same_line(n.first);
    if !(starts_y(j) || (doc.dash(j) && starts_y(j + 1)) || word_before) {
        return;
    }
    let years = |k: usize| starts_y(k) && doc.is_any(k, &["year", "years", "yr", "yrs"]);
    // "65-year-old", "11-year-olds", "34-years-old".
    let hyphenated = doc.dash(j) && doc.glued(j) && years(j + 1) && doc.glued(j + 1) && doc.dash(j + 2);
    let last = if hyphenated && doc.glued(j + 3) && doc.is_any(j + 3, &["old", "olds"]) {
        Some((j + 3, doc.is(j + 3, "olds")))
    } else if years(j) && doc.is(j + 1, "old") && doc.same_line(j + 1) {
        Some((j + 1, false))
    } else if years(j) && doc.is(j + 1, "of") && doc.is(j + 2, "age") && doc.same_line(j + 2) {
        Some((j + 2, false))
    } else {
        None
    };
    if let Some((last, plural)) = last {
        f.kind = MentionKind::Quantity;
        f.unit = Some("year_of_age");
        f.last = last;
        f.age_group = plural;
        return;
    }
    if !word_before {
        return;
    }
    // Before the number: "aged 65", "ages 5 to 11", "children under 5", "adults over 65".
    let mut p = p;
    let hedged = hedge::may_end_at(doc, p)
        .then(|| hedge::before(doc, n.first))
        .flatten()
        .filter(|h| matches!(h.kind, HedgeKind::LessThan | HedgeKind::MoreThan));
    if let Some(h) = hedged {
        p = h.first.wrapping_sub(1);
    }
    let aged = doc.s(p).as_bytes().first().is_some_and(|b| b | 0x20 == b'a')
        && doc.is_any(p, &["aged", "age", "ages"])
        && doc.same_line(p + 1);
    let group = hedged.is_some() && doc.is_any(p, PEOPLE) && doc.same_line(p + 1);
    // "children under 5." or "aged 65 and over"; not "people under 5 programs".
    let next_word = doc.same_line(j) && doc.kind(j) == Some(Kind::Word) && !crate::count::is_function_word(doc.s(j));
    if (aged || group) && !next_word {
        f.kind = MentionKind::Quantity;
        f.unit = Some("year_of_age");
        f.age_group = true;
    }
}

/// "2 degrees below zero", "minus 130 degrees Fahrenheit", "2 below zero": a temperature under
/// zero.
pub(super) fn below_zero(doc: &Doc, f: &mut Figure) {
    let degrees = f.unit.is_some_and(|u| u.starts_with("degree")) && f.kind == MentionKind::Quantity;
    if !(degrees || f.kind == MentionKind::Number) || !doc.is(f.last + 1, "below") || !doc.is(f.last + 2, "zero") {
        return;
    }
    if f.value.is_sign_negative() || !doc.same_line(f.last + 2) {
        return;
    }
    f.value = -f.value;
    f.last += 2;
    if f.kind == MentionKind::Number {
        f.kind = MentionKind::Quantity;
        f.unit = Some("degree");
    }
}
