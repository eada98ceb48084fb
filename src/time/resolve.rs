//! Calendar arithmetic: what a recognised expression means as an inclusive date interval.
//!
//! Conventions (documented here because they are choices):
//! - Weeks start on Monday; a weekend is that week's Saturday and Sunday.
//! - US federal fiscal year N runs from 1 October N-1 to 30 September N.
//! - "early/mid/late" split a period into thirds: a year into January–April, May–August and
//!   September–December (any whole number of months divisible by three likewise, e.g. a fiscal
//!   year or a decade), a month into days 1–10, 11–20 and 21–end.
//! - Rolling windows ("the last 12 months", "over the next five years") run from the reference
//!   date minus (plus) the length to the reference date, both inclusive; month arithmetic clamps to
//!   the month's end (2024-02-29 minus 12 months is 2023-02-28).
//! - A bare weekday ("on Tuesday") is the most recent such day on or before the reference date,
//!   unless its sentence speaks of the future ("will", "'ll", "next", ...; see
//!   `tense::future_context`): then it is the next such day after the reference date. Likewise a month
//!   or day without a year ("January 15") in a future sentence is its next occurrence, otherwise
//!   the reference year's.
//! - The early/mid/late part of a week is Monday–Wednesday, Wednesday–Friday, Friday–Sunday.
//! - "The next 3 days" starts the day after the reference date (both peer suites read it so); other
//!   rolling windows include the reference date ("in the last 12 months" with reference 2023-11-17
//!   is 2022-11-17..2023-11-17).
//! - "In two weeks" is a single future day, except in a past-tense sentence ("rose 5% in two
//!   years" is a duration and is not reported).
//! - "Three days after Easter", "two weeks before 13 May 1999" shift the anchor day; "for ten days
//!   from 18 December" covers ten days starting on it.
//! - The nth week of a month or year counts the Monday-Sunday weeks whose Thursday falls in it
//!   (ISO 8601): the first week of October 2014 is 29 September - 5 October.
//! - Holidays: see [`super::holiday`] (a bare name is the next occurrence on or after the
//!   reference date).

use chrono::{Datelike, Days, Months, NaiveDate};

/// A calendar unit used by relative expressions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Year,
    FiscalYear,
    Decade,
}

/// Which year a month or day belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum YearSpec {
    /// Written out: "April 2023".
    Abs(i32),
    /// Relative to the reference year: "this year" (0), "last year" (-1).
    Rel(i32),
    /// Not written: "Nov. 17" takes the reference year (or a neighbour's year in a range).
    Implied,
    /// Not written, in a sentence about the future: the next occurrence on or after the reference.
    Upcoming,
}

/// One third of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    Early,
    Mid,
    Late,
}

/// A recognised time expression before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Expr {
    Year(i32),
    Decade(i32),
    Month(YearSpec, u32),
    /// "last April" (-1), "this April" (0), "next April" (+1).
    MonthRel(u32, i32),
    Day(YearSpec, u32, u32),
    /// "on the 15th": a day of the reference month.
    DayOfRefMonth(u32),
    /// Fiscal year given by its number or relative to the one containing the reference date.
    FiscalYear(YearSpec),
    /// The calendar unit containing the reference date, shifted by `k` units.
    RelUnit(Unit, i32),
    /// A rolling window of `n` units ending (`future == false`) or starting at the reference.
    Window(Unit, u32, bool),
    /// A single day `n` units before (`sign < 0`) or after the reference: "two weeks ago".
    Ago(Unit, u32, i32),
    /// A day relative to the reference: today (0), yesterday (-1).
    RelDay(i64),
    /// A weekday (0 = Monday) in the week `k` weeks from the reference week; `None` for bare
    /// weekdays (the most recent on or before the reference date).
    Weekday(u32, Option<i32>),
    /// From the start of the unit containing the reference date to the reference date.
    UnitToDate(Unit),
    /// From the reference date to the end of the unit containing it.
    UnitRest(Unit),
    /// Up to the reference date, start unknown ("to date").
    ToDate,
    /// Recognised, not placed ("recently").
    Vague,
    /// Part `idx` (0-based) of `n` equal parts of a period (quarters, halves).
    Sub(u32, u32, Box<Expr>),
    /// Early / mid / late part of a period.
    Third(Part, Box<Expr>),
    /// The Monday-to-Sunday week containing a day.
    WeekOf(Box<Expr>),
    /// From the start of the first to the end of the second.
    Range(Box<Expr>, Box<Expr>),
    /// A holiday of [`super::holiday::HOLIDAYS`] (by row) and which occurrence.
    Holiday(usize, super::holiday::Which),
    /// The `n`th (1-based; negative counts from the end) weekday (0 = Monday) within a period.
    NthWeekdayOf(i32, u32, Box<Expr>),
    /// The `n`th day (negative from the end) of a period: "the 20th of next month".
    NthDayOf(i32, Box<Expr>),
    /// The `n`th Monday-to-Sunday week (negative from the end) of a period, counting the weeks
    /// whose Thursday falls inside it (the ISO 8601 rule): "the first week of October".
    NthWeekOf(i32, Box<Expr>),
    /// The `n`th month (negative from the end) of a period.
    NthMonthOf(i32, Box<Expr>),
    /// The first day on or after the reference date that is weekday `wd` and day-of-month `d`:
    /// "Tuesday the 19th".
    WeekdayDay(u32, u32),
    /// The `n`th weekday `wd` after (`n > 0`) or before (`n < 0`) the reference date, strictly:
    /// "Friday after next" (2), "three Fridays from now" (3), "two Thursdays ago" (-2).
    WeekdayAfter(u32, i32),
    /// The first day of a period moved by `n` units: "three days after Easter".
    Shift(Box<Expr>, Unit, i64),
    /// `n` units starting at the first day of a period: "for ten days from 18 December".
    SpanFrom(Box<Expr>, Unit, u32),
    /// The next `n` days, starting the day after the reference date.
    NextDays(u32),
}

pub(super) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

pub(super) fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let first = ymd(y, m, 1)?;
    first.checked_add_months(Months::new(1))?.pred_opt()
}

pub(super) fn month_span(y: i32, m: u32) -> Option<(NaiveDate, NaiveDate)> {
    Some((ymd(y, m, 1)?, month_end(y, m)?))
}

fn year_span(y: i32) -> Option<(NaiveDate, NaiveDate)> {
    Some((ymd(y, 1, 1)?, ymd(y, 12, 31)?))
}

pub(super) fn fiscal_span(fy: i32) -> Option<(NaiveDate, NaiveDate)> {
    Some((ymd(fy.checked_sub(1)?, 10, 1)?, ymd(fy, 9, 30)?))
}

/// The fiscal year containing `d`.
pub(super) fn fiscal_year_of(d: NaiveDate) -> i32 {
    if d.month() >= 10 {
        d.year() + 1
    } else {
        d.year()
    }
}

fn week_start(d: NaiveDate) -> Option<NaiveDate> {
    d.checked_sub_days(Days::new(u64::from(d.weekday().num_days_from_monday())))
}

pub(super) fn shift_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

fn shift_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let m = u32::try_from(n.unsigned_abs()).ok()?;
    if n >= 0 {
        d.checked_add_months(Months::new(m))
    } else {
        d.checked_sub_months(Months::new(m))
    }
}

/// `d` moved by `n` units (clamping month ends).
fn shift(d: NaiveDate, unit: Unit, n: i64) -> Option<NaiveDate> {
    match unit {
        Unit::Day => shift_days(d, n),
        Unit::Week | Unit::Weekend => shift_days(d, n.checked_mul(7)?),
        Unit::Fortnight => shift_days(d, n.checked_mul(14)?),
        Unit::Month => shift_months(d, n),
        Unit::Quarter => shift_months(d, n.checked_mul(3)?),
        Unit::Year | Unit::FiscalYear => shift_months(d, n.checked_mul(12)?),
        Unit::Decade => shift_months(d, n.checked_mul(120)?),
    }
}

/// The calendar unit containing `d`.
fn unit_span(d: NaiveDate, unit: Unit) -> Option<(NaiveDate, NaiveDate)> {
    match unit {
        Unit::Day => Some((d, d)),
        Unit::Week => {
            let s = week_start(d)?;
            Some((s, shift_days(s, 6)?))
        }
        Unit::Weekend => {
            let s = shift_days(week_start(d)?, 5)?;
            Some((s, shift_days(s, 1)?))
        }
        Unit::Fortnight => {
            let s = week_start(d)?;
            Some((s, shift_days(s, 13)?))
        }
        Unit::Month => month_span(d.year(), d.month()),
        Unit::Quarter => {
            let q0 = (d.month() - 1) / 3 * 3 + 1;
            Some((ymd(d.year(), q0, 1)?, month_end(d.year(), q0 + 2)?))
        }
        Unit::Year => year_span(d.year()),
        Unit::FiscalYear => fiscal_span(fiscal_year_of(d)),
        Unit::Decade => {
            let y0 = d.year().div_euclid(10) * 10;
            Some((ymd(y0, 1, 1)?, ymd(y0 + 9, 12, 31)?))
        }
    }
}

fn year_of(spec: YearSpec, r: Option<NaiveDate>) -> Option<i32> {
    match spec {
        YearSpec::Abs(y) => Some(y),
        YearSpec::Rel(k) => r?.year().checked_add(k),
        YearSpec::Implied | YearSpec::Upcoming => r.map(|d| d.year()),
    }
}

/// Whether resolving `e` needs the reference date.
pub(super) fn needs_ref(e: &Expr) -> bool {
    match e {
        Expr::Year(_) | Expr::Decade(_) => false,
        Expr::Month(y, _) | Expr::Day(y, _, _) | Expr::FiscalYear(y) => !matches!(y, YearSpec::Abs(_)),
        Expr::Sub(_, _, b) | Expr::Third(_, b) | Expr::WeekOf(b) => needs_ref(b),
        Expr::Range(a, b) => needs_ref(a) || needs_ref(b),
        Expr::Holiday(_, w) => !matches!(w, super::holiday::Which::Year(_)),
        Expr::NthWeekdayOf(_, _, b)
        | Expr::NthDayOf(_, b)
        | Expr::NthWeekOf(_, b)
        | Expr::NthMonthOf(_, b)
        | Expr::Shift(b, _, _)
        | Expr::SpanFrom(b, _, _) => needs_ref(b),
        Expr::Vague => false,
        _ => true,
    }
}

/// The inclusive interval `e` covers, if it can be placed on the calendar.
pub(super) fn interval(e: &Expr, r: Option<NaiveDate>) -> Option<(NaiveDate, NaiveDate)> {
    match e {
        Expr::Year(y) => year_span(*y),
        Expr::Decade(y) => Some((ymd(*y, 1, 1)?, ymd(y.checked_add(9)?, 12, 31)?)),
        Expr::Month(YearSpec::Upcoming, m) => {
            let r = r?;
            month_span(if *m < r.month() { r.year() + 1 } else { r.year() }, *m)
        }
        Expr::Day(YearSpec::Upcoming, m, d) => {
            let r = r?;
            let day = ymd(r.year(), *m, *d).filter(|&x| x >= r).or_else(|| ymd(r.year() + 1, *m, *d))?;
            Some((day, day))
        }
        Expr::Month(spec, m) => month_span(year_of(*spec, r)?, *m),
        Expr::MonthRel(m, k) => {
            let r = r?;
            let y = match k.cmp(&0) {
                std::cmp::Ordering::Less if *m < r.month() => r.year() + 1 + k,
                std::cmp::Ordering::Less => r.year() + k,
                std::cmp::Ordering::Greater if *m > r.month() => r.year() + k - 1,
                std::cmp::Ordering::Greater => r.year() + k,
                std::cmp::Ordering::Equal => r.year(),
            };
            month_span(y, *m)
        }
        Expr::Day(spec, m, d) => {
            let day = ymd(year_of(*spec, r)?, *m, *d)?;
            Some((day, day))
        }
        Expr::DayOfRefMonth(d) => {
            let r = r?;
            let day = ymd(r.year(), r.month(), *d)?;
            Some((day, day))
        }
        Expr::FiscalYear(spec) => match spec {
            YearSpec::Abs(y) => fiscal_span(*y),
            YearSpec::Rel(k) => fiscal_span(fiscal_year_of(r?).checked_add(*k)?),
            YearSpec::Implied | YearSpec::Upcoming => fiscal_span(fiscal_year_of(r?)),
        },
        Expr::RelUnit(unit, k) => unit_span(shift(r?, *unit, i64::from(*k))?, *unit),
        Expr::Window(unit, n, future) => {
            let r = r?;
            let other = shift(r, *unit, if *future { i64::from(*n) } else { -i64::from(*n) })?;
            Some(if *future { (r, other) } else { (other, r) })
        }
        Expr::Ago(unit, n, sign) => {
            let d = shift(r?, *unit, i64::from(*n) * i64::from(*sign))?;
            Some((d, d))
        }
        Expr::RelDay(k) => {
            let d = shift_days(r?, *k)?;
            Some((d, d))
        }
        Expr::Weekday(wd, k) => {
            let r = r?;
            let d = match k {
                Some(k) => shift_days(week_start(shift_days(r, i64::from(*k) * 7)?)?, i64::from(*wd))?,
                None => {
                    let back = (7 + r.weekday().num_days_from_monday() - wd) % 7;
                    shift_days(r, -i64::from(back))?
                }
            };
            Some((d, d))
        }
        Expr::UnitToDate(unit) => {
            let r = r?;
            Some((unit_span(r, *unit)?.0, r))
        }
        Expr::UnitRest(unit) => {
            let r = r?;
            Some((r, unit_span(r, *unit)?.1))
        }
        Expr::ToDate | Expr::Vague => None,
        Expr::Sub(n, idx, base) => {
            let (s, e) = interval(base, r)?;
            split(s, e, *n, *idx)
        }
        Expr::Third(part, base) => {
            let (s, e) = interval(base, r)?;
            let idx = match part {
                Part::Early => 0,
                Part::Mid => 1,
                Part::Late => 2,
            };
            if whole_months(s, e) == Some(1) {
                let (a, b) = match part {
                    Part::Early => (1, 10),
                    Part::Mid => (11, 20),
                    Part::Late => (21, e.day()),
                };
                return Some((ymd(s.year(), s.month(), a)?, ymd(s.year(), s.month(), b)?));
            }
            if (e - s).num_days() == 6 {
                // A week: Monday-Wednesday, Wednesday-Friday, Friday-Sunday.
                let a = 2 * i64::from(idx);
                return Some((shift_days(s, a)?, shift_days(s, a + 2)?));
            }
            split(s, e, 3, idx)
        }
        Expr::WeekOf(base) => {
            let (s, _) = interval(base, r)?;
            unit_span(s, Unit::Week)
        }
        Expr::Range(a, b) => {
            let (s, _) = interval(a, r)?;
            let (_, e) = interval(b, r)?;
            (s <= e).then_some((s, e))
        }
        Expr::Holiday(idx, which) => super::holiday::resolve(*idx, *which, r),
        Expr::NthWeekdayOf(n, wd, base) => {
            let (s, e) = interval(base, r)?;
            let d = if *n > 0 {
                let ahead = (7 + wd - s.weekday().num_days_from_monday()) % 7;
                shift_days(s, i64::from(ahead) + 7 * i64::from(n - 1))?
            } else {
                let back = (7 + e.weekday().num_days_from_monday() - wd) % 7;
                shift_days(e, -i64::from(back) - 7 * i64::from(-n - 1))?
            };
            (s <= d && d <= e).then_some((d, d))
        }
        Expr::NthDayOf(n, base) => {
            let (s, e) = interval(base, r)?;
            let d = if *n > 0 { shift_days(s, i64::from(n - 1))? } else { shift_days(e, i64::from(n + 1))? };
            (s <= d && d <= e).then_some((d, d))
        }
        Expr::NthWeekOf(n, base) => {
            let (s, e) = interval(base, r)?;
            // Weeks belong to the period holding their Thursday.
            let first_thu = shift_days(s, i64::from((7 + 3 - s.weekday().num_days_from_monday()) % 7))?;
            let last_thu = shift_days(e, -i64::from((7 + e.weekday().num_days_from_monday() - 3) % 7))?;
            let thu = if *n > 0 {
                shift_days(first_thu, 7 * i64::from(n - 1))?
            } else {
                shift_days(last_thu, 7 * i64::from(n + 1))?
            };
            (s <= thu && thu <= e).then(|| Some((shift_days(thu, -3)?, shift_days(thu, 3)?)))?
        }
        Expr::NthMonthOf(n, base) => {
            let (s, e) = interval(base, r)?;
            let first = if *n > 0 {
                shift_months(ymd(s.year(), s.month(), 1)?, i64::from(n - 1))?
            } else {
                shift_months(ymd(e.year(), e.month(), 1)?, i64::from(n + 1))?
            };
            (s <= first && first <= e).then(|| month_span(first.year(), first.month()))?
        }
        Expr::WeekdayDay(wd, d) => {
            let r = r?;
            let (mut y, mut m) = (r.year(), r.month());
            for _ in 0..400 {
                if let Some(day) = ymd(y, m, *d) {
                    if day >= r && day.weekday().num_days_from_monday() == *wd {
                        return Some((day, day));
                    }
                }
                (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            }
            None
        }
        Expr::WeekdayAfter(wd, n) => {
            let r = r?;
            let cur = r.weekday().num_days_from_monday();
            let d = if *n > 0 {
                let ahead = match (7 + wd - cur) % 7 {
                    0 => 7,
                    a => a,
                };
                shift_days(r, i64::from(ahead) + 7 * i64::from(n - 1))?
            } else {
                let back = match (7 + cur - wd) % 7 {
                    0 => 7,
                    b => b,
                };
                shift_days(r, -i64::from(back) - 7 * i64::from(-n - 1))?
            };
            Some((d, d))
        }
        Expr::Shift(base, unit, n) => {
            let (s, _) = interval(base, r)?;
            let d = shift(s, *unit, *n)?;
            Some((d, d))
        }
        Expr::SpanFrom(base, unit, n) => {
            let (s, _) = interval(base, r)?;
            Some((s, shift(s, *unit, i64::from(*n))?.pred_opt()?))
        }
        Expr::NextDays(n) => {
            let r = r?;
            Some((shift_days(r, 1)?, shift_days(r, i64::from(*n))?))
        }
    }
}

/// Number of whole months from `s` (a first of month) to `e` (a month end), if it is that shape.
fn whole_months(s: NaiveDate, e: NaiveDate) -> Option<u32> {
    if s.day() != 1 || e.succ_opt()?.day() != 1 {
        return None;
    }
    let months = (e.year() - s.year()) * 12 + e.month() as i32 - s.month() as i32 + 1;
    u32::try_from(months).ok()
}

/// Part `idx` of `n` equal parts of `s..=e`: by whole months when they divide evenly, else by days.
fn split(s: NaiveDate, e: NaiveDate, n: u32, idx: u32) -> Option<(NaiveDate, NaiveDate)> {
    if n == 0 || idx >= n {
        return None;
    }
    if let Some(months) = whole_months(s, e) {
        if months % n == 0 {
            let per = i64::from(months / n);
            let a = shift_months(s, per * i64::from(idx))?;
            let b = shift_months(s, per * i64::from(idx + 1))?.pred_opt()?;
            return Some((a, b));
        }
    }
    let days = (e - s).num_days() + 1;
    let per = days / i64::from(n);
    let a = shift_days(s, per * i64::from(idx))?;
    let b = if idx + 1 == n { e } else { shift_days(s, per * i64::from(idx + 1) - 1)? };
    Some((a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn iv(e: Expr, r: &str) -> Option<(String, String)> {
        interval(&e, Some(d(r))).map(|(a, b)| (a.to_string(), b.to_string()))
    }

    fn pair(a: &str, b: &str) -> Option<(String, String)> {
        Some((a.to_string(), b.to_string()))
    }

    #[test]
    fn fiscal_year_boundaries() {
        assert_eq!(iv(Expr::FiscalYear(YearSpec::Rel(0)), "2023-09-30"), pair("2022-10-01", "2023-09-30"));
        assert_eq!(iv(Expr::FiscalYear(YearSpec::Rel(0)), "2023-10-01"), pair("2023-10-01", "2024-09-30"));
        assert_eq!(iv(Expr::FiscalYear(YearSpec::Rel(-1)), "2023-10-01"), pair("2022-10-01", "2023-09-30"));
    }

    #[test]
    fn windows_clamp_on_leap_days() {
        assert_eq!(iv(Expr::Window(Unit::Month, 12, false), "2024-02-29"), pair("2023-02-28", "2024-02-29"));
        assert_eq!(iv(Expr::Window(Unit::Year, 1, true), "2024-02-29"), pair("2024-02-29", "2025-02-28"));
        assert_eq!(iv(Expr::Window(Unit::Day, 11, false), "2024-03-01"), pair("2024-02-19", "2024-03-01"));
    }

    #[test]
    fn thirds_and_parts() {
        let y = || Box::new(Expr::Year(2023));
        assert_eq!(iv(Expr::Third(Part::Early, y()), "2000-01-01"), pair("2023-01-01", "2023-04-30"));
        assert_eq!(iv(Expr::Third(Part::Mid, y()), "2000-01-01"), pair("2023-05-01", "2023-08-31"));
        assert_eq!(iv(Expr::Third(Part::Late, y()), "2000-01-01"), pair("2023-09-01", "2023-12-31"));
        let feb = Box::new(Expr::Month(YearSpec::Abs(2024), 2));
        assert_eq!(iv(Expr::Third(Part::Late, feb), "2000-01-01"), pair("2024-02-21", "2024-02-29"));
        assert_eq!(iv(Expr::Sub(4, 2, y()), "2000-01-01"), pair("2023-07-01", "2023-09-30"));
        let fy = Box::new(Expr::FiscalYear(YearSpec::Abs(2024)));
        assert_eq!(iv(Expr::Sub(4, 0, fy), "2000-01-01"), pair("2023-10-01", "2023-12-31"));
    }

    #[test]
    fn relative_units_and_weekdays() {
        assert_eq!(iv(Expr::RelUnit(Unit::Year, -1), "2024-01-01"), pair("2023-01-01", "2023-12-31"));
        assert_eq!(iv(Expr::RelUnit(Unit::Year, 0), "2023-12-31"), pair("2023-01-01", "2023-12-31"));
        assert_eq!(iv(Expr::RelUnit(Unit::Month, -1), "2024-01-15"), pair("2023-12-01", "2023-12-31"));
        assert_eq!(iv(Expr::RelUnit(Unit::Week, -1), "2013-02-12"), pair("2013-02-04", "2013-02-10"));
        assert_eq!(iv(Expr::RelUnit(Unit::Quarter, 1), "2023-11-17"), pair("2024-01-01", "2024-03-31"));
        // 2023-11-17 is a Friday.
        assert_eq!(iv(Expr::Weekday(1, None), "2023-11-17"), pair("2023-11-14", "2023-11-14"));
        assert_eq!(iv(Expr::Weekday(4, None), "2023-11-17"), pair("2023-11-17", "2023-11-17"));
        assert_eq!(iv(Expr::Weekday(0, Some(1)), "2023-11-17"), pair("2023-11-20", "2023-11-20"));
        assert_eq!(iv(Expr::MonthRel(4, -1), "2023-11-17"), pair("2023-04-01", "2023-04-30"));
        assert_eq!(iv(Expr::MonthRel(4, -1), "2023-03-01"), pair("2022-04-01", "2022-04-30"));
        assert_eq!(iv(Expr::MonthRel(4, 1), "2023-03-01"), pair("2023-04-01", "2023-04-30"));
        assert_eq!(iv(Expr::MonthRel(4, 1), "2023-05-01"), pair("2024-04-01", "2024-04-30"));
    }

    #[test]
    fn invalid_dates_do_not_resolve() {
        assert_eq!(iv(Expr::Day(YearSpec::Abs(2023), 2, 30), "2023-01-01"), None);
        assert_eq!(iv(Expr::Year(i32::MAX), "2023-01-01"), None);
        assert_eq!(iv(Expr::Window(Unit::Decade, u32::MAX, true), "2023-01-01"), None);
        assert_eq!(interval(&Expr::RelUnit(Unit::Year, 0), None), None);
    }
}
