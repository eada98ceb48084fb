//! Reading a rule's groups into values: years in digits or words, ordinals, relative offsets,
//! day ranges, holidays. The rules in `rules.rs` call these.

use super::resolve::{Expr, Unit, YearSpec};
use super::rules::M;
use super::table;
use super::TimeKind;

pub(super) fn rel_offset(rel: &str) -> i32 {
    match rel.split_whitespace().last().unwrap_or("") {
        "last" | "past" | "previous" | "prior" | "preceding" => -1,
        "next" | "coming" | "upcoming" | "following" => 1,
        _ => 0,
    }
}

pub(super) fn window(m: &M<'_>) -> Option<(Expr, Option<TimeKind>)> {
    let unit = table::unit_of(m.s("u")?)?;
    let future = rel_offset(&m.lower("dir")?) > 0;
    match table::number_of(m.s("n")?) {
        // "the next 3 days" starts tomorrow (as both peer suites read it).
        Some(n) if future && unit == Unit::Day => Some((Expr::NextDays(n), None)),
        Some(n) => Some((Expr::Window(unit, n, future), None)),
        None => Some((Expr::Vague, Some(TimeKind::Vague))),
    }
}

pub(super) fn year_num(s: &str) -> Option<i32> {
    s.trim_start_matches('\'').parse().ok().filter(|y| (1900..=2100).contains(y))
}

/// The second year of a range: "2019-22" gives 2022.
pub(super) fn second_year(y1: i32, s: &str) -> Option<i32> {
    let y2 = if s.len() == 2 { y1 / 100 * 100 + s.parse::<i32>().ok()? } else { s.parse().ok()? };
    // "2015-32" is not a range of years: two-digit ends are close to the start.
    (y2 > y1 && y2 <= 2100 && (s.len() == 4 || y2 - y1 <= 10)).then_some(y2)
}

/// The `n`th of `parts` equal parts of `base`, with `n` read from group `name` ("H2", "Q3").
pub(super) fn nth_part(m: &M<'_>, name: &str, parts: u32, base: Expr) -> Option<(Expr, Option<TimeKind>)> {
    let n = m.s(name)?.parse::<u32>().ok()?;
    Some((Expr::Sub(parts, n.checked_sub(1)?, Box::new(base)), None))
}

/// The year a half or quarter belongs to: "FY24", "'23", "2023".
pub(super) fn year_base(m: &M<'_>) -> Option<Expr> {
    if let Some(y) = m.s("fyy") {
        let y = if y.len() == 2 { 2000 + y.parse::<i32>().ok()? } else { year_num(y)? };
        return Some(Expr::FiscalYear(YearSpec::Abs(y)));
    }
    if let Some(y) = m.s("yy") {
        return Some(Expr::Year(2000 + y.parse::<i32>().ok()?));
    }
    Some(Expr::Year(year_num(m.s("y")?)?))
}

pub(super) fn day_expr(y: YearSpec, month: u32, day: u32) -> Option<(Expr, Option<TimeKind>)> {
    // Days 29-31 that a month lacks ("February 30, 2023") are kept as written and simply do not
    // resolve, rather than falling back to the bare month.
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((Expr::Day(y, month, day), None))
}

pub(super) fn day_range(m: &M<'_>) -> Option<(Expr, Option<TimeKind>)> {
    let month = table::month_of(m.s("mon")?)?;
    if m.s("mon")? == "may" {
        return None;
    }
    let y = match m.s("y") {
        Some(y) => YearSpec::Abs(year_num(y)?),
        None => YearSpec::Implied,
    };
    let (d1, d2) = (table::day_of(m.s("d1")?)?, table::day_of(m.s("d2")?)?);
    if d2 <= d1 {
        return None;
    }
    let (a, _) = day_expr(y, month, d1)?;
    let (b, _) = day_expr(y, month, d2)?;
    Some((Expr::Range(Box::new(a), Box::new(b)), None))
}

/// A year in digits or words.
pub(super) fn yearx(s: &str) -> Option<i32> {
    year_num(s).or_else(|| table::year_value(s).filter(|y| (1000..=2999).contains(y)))
}

pub(super) fn two_digit_year(yy: &str) -> Option<i32> {
    let yy: i32 = yy.parse().ok()?;
    Some(if yy < 50 { 2000 + yy } else { 1900 + yy })
}

/// "first" (1), "3rd" (3), "last" (-1), "second last" (-2).
pub(super) fn nth(m: &M<'_>) -> Option<i32> {
    let w = m.lower("nth")?;
    let n = if w == "last" { -1 } else { table::day_of(&w)? as i32 };
    match (m.has("lst"), n) {
        (true, n) if n > 0 => Some(-n),
        (true, _) => None,
        (false, n) => Some(n),
    }
}

/// The word that ends (white space aside) right before byte `at`: the trailing run of chars
/// `is_word` accepts.
pub(super) fn word_before(text: &str, at: usize, is_word: impl Fn(char) -> bool) -> &str {
    let before = text[..at].trim_end();
    &before[before.trim_end_matches(is_word).len()..]
}

pub(super) fn holiday(m: &M<'_>) -> Option<(Expr, Option<TimeKind>)> {
    use super::holiday::{lookup, Which};
    let name = m.s("hol")?;
    let idx = lookup(name)?;
    let prev = word_before(m.text, m.abs_start("hol")?, |c| c.is_ascii_alphabetic());
    if [
        "chinese",
        "lunar",
        "islamic",
        "hijri",
        "jewish",
        "parsi",
        "persian",
        "tamil",
        "thai",
        "vietnamese",
        "hindu",
        "sikh",
        "orthodox",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(prev))
    {
        return None;
    }
    let which = if let Some(y) = m.s("y") {
        Which::Year(yearx(y)?)
    } else if let Some(r) = m.lower("yrel") {
        Which::RelYear(rel_offset(&r))
    } else {
        match m.lower("hrel").as_deref() {
            None | Some("this" | "coming" | "upcoming") => Which::Upcoming,
            Some("next" | "following") => Which::Next,
            Some(_) => Which::Last,
        }
    };
    // "lent" is also a verb; "Lent" alone needs a capital or a year.
    if name.eq_ignore_ascii_case("lent") && !name.starts_with('L') && m.s("y").is_none() {
        return None;
    }
    Some((Expr::Holiday(idx, which), None))
}
