//! Calendar arithmetic: what a recognised expression means as an inclusive date interval.
//!
//! Conventions (documented here because they are choices):
//! - Weeks start on Monday; a weekend is that week's Saturday and Sunday.
//! - Fiscal year N is the one that ends in calendar year N: US federal FY 2024 runs from
//!   1 October 2023 to 30 September 2024, an April fiscal year 2024 (UK, Canada, India) from
//!   1 April 2023 to 31 March 2024, a July one (Australia, New Zealand) from 1 July 2023 to
//!   30 June 2024. Japan names its fiscal year after the year it starts in. "2023-24" is the fiscal
//!   year that starts in 2023 where fiscal years straddle calendar years, else the two years.
//! - "early/mid/late" split a period into thirds: a year into January–April, May–August and
//!   September–December (any whole number of months divisible by three likewise, e.g. a fiscal
//!   year or a decade), a month into days 1–10, 11–20 and 21–end.
//! - Rolling windows ("the last 12 months", "over the next five years") run from the reference
//!   date minus (plus) the length to the reference date, both inclusive; month arithmetic clamps to
//!   the month's end (2024-02-29 minus 12 months is 2023-02-28).
//! - "The 12 months through March 2024" ends with the last day of March 2024 and starts 12 months
//!   earlier, the day after (2023-04-01); "the year ended June 30, 2024" is 2023-07-01..2024-06-30.
//! - "N years ago" is the year N years before the reference year (the unit's granularity: "two
//!   months ago" is a month, "three days ago" a day).
//! - Seasons are the northern meteorological ones: spring is March–May, summer June–August,
//!   autumn September–November, winter December to February (winter 2023 starts in December 2023).
//! - The early/mid/late part of a week is Monday–Wednesday, Wednesday–Friday, Friday–Sunday.
//! - "The next 3 days" starts the day after the reference date (both peer suites read it so); other
//!   rolling windows include the reference date ("in the last 12 months" with reference 2023-11-17
//!   is 2022-11-17..2023-11-17).
//! - "Three days after Easter", "two weeks before 13 May 1999" shift the anchor day; "for ten days
//!   from 18 December" covers ten days starting on it.
//! - The nth week of a month or year counts the Monday-Sunday weeks whose Thursday falls in it
//!   (ISO 8601): the first week of October 2014 is 29 September - 5 October.
//! - Holidays: see [`super::holiday`] (a bare name is the next occurrence on or after the
//!   reference date). Events ("since the President took office"): see [`super::events`].
//!
//! Which year a month or weekday without one belongs to is decided before this module, by the
//! sentence's tense and the document's own dates (see [`super::context`]).

use chrono::{Datelike, Days, Months, NaiveDate};
use rust_decimal::Decimal;

use crate::jurisdiction::Calendar;

/// A calendar unit used by relative expressions and durations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Year,
    FiscalYear,
    Decade,
    Century,
}

/// Which year a month, day or season belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum YearSpec {
    /// Written out: "April 2023".
    Abs(i32),
    /// Relative to the reference year: "this year" (0), "last year" (-1).
    Rel(i32),
    /// Not written: "Nov. 17". The document context decides (see [`super::context`]); unresolved,
    /// it takes the reference year.
    Implied,
    /// Not written, in a sentence about the future: the next occurrence ending on or after the
    /// reference date.
    Upcoming,
    /// Not written, in a sentence about the past: the latest occurrence starting on or before the
    /// reference date.
    Latest,
    /// Not written, in a sentence that says neither: the occurrence nearest the reference date
    /// (the earlier one when two are as near).
    Nearest,
}

/// Whether `e` is a month, day or season whose year is not written.
fn year_free(e: &Expr) -> bool {
    let free = |y: &YearSpec| !matches!(y, YearSpec::Abs(_) | YearSpec::Rel(_));
    match e {
        Expr::Month(y, _) | Expr::Day(y, _, _) | Expr::Season(y, _) => free(y),
        _ => false,
    }
}

/// One third of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    Early,
    Mid,
    Late,
}

/// A length of time: `n` units, or an unknown number of them ("several years").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Dur {
    pub n: Option<Decimal>,
    pub unit: Unit,
}

impl Dur {
    /// The duration in ISO 8601 form, with TimeML's extensions for what ISO cannot write: `X` for
    /// an unknown count ("PXY"), `Q` for quarters ("P2Q"). Decades and centuries are written in
    /// years ("P10Y").
    pub fn iso(&self) -> String {
        let (n, letter, time) = match self.unit {
            Unit::Second => (self.n, "S", true),
            Unit::Minute => (self.n, "M", true),
            Unit::Hour => (self.n, "H", true),
            Unit::Day => (self.n, "D", false),
            Unit::Week | Unit::Weekend => (self.n, "W", false),
            Unit::Fortnight => (self.n.map(|n| n * Decimal::TWO), "W", false),
            Unit::Month => (self.n, "M", false),
            Unit::Quarter => (self.n, "Q", false),
            Unit::Year | Unit::FiscalYear => (self.n, "Y", false),
            Unit::Decade => match self.n {
                Some(n) => (Some(n * Decimal::TEN), "Y", false),
                None => (None, "DE", false),
            },
            Unit::Century => match self.n {
                Some(n) => (Some(n * Decimal::ONE_HUNDRED), "Y", false),
                None => (None, "CE", false),
            },
        };
        let count = n.map_or_else(|| "X".to_string(), |n| n.normalize().to_string());
        format!("P{}{count}{letter}", if time { "T" } else { "" })
    }
}

/// A recognised time expression before resolution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Expr {
    Year(i32),
    /// A calendar year given by a [`YearSpec`]: the year of "the fourth quarter" (without a
    /// year), of "the second half".
    CalYear(YearSpec),
    Decade(i32),
    Month(YearSpec, u32),
    /// "last April" (-1), "this April" (0), "next April" (+1).
    MonthRel(u32, i32),
    Day(YearSpec, u32, u32),
    /// "on the 15th": a day of the reference month.
    DayOfRefMonth(u32),
    /// Fiscal year given by its label ("FY 2024") or relative to the one containing the reference
    /// date.
    FiscalYear(YearSpec),
    /// "2023-24": the fiscal year starting in that calendar year where fiscal years straddle
    /// calendar years; elsewhere the two calendar years, or (`true`: written as a fiscal year,
    /// "FY2023-24") the two fiscal years.
    SplitYear(i32, bool),
    /// A season (first month 3, 6, 9 or 12) of a year.
    Season(YearSpec, u32),
    /// "last summer" (-1), "this spring" (0), "next winter" (+1).
    SeasonRel(u32, i32),
    /// The calendar unit containing the reference date, shifted by `k` units.
    RelUnit(Unit, i32),
    /// A rolling window of `n` units ending (`future == false`) or starting at the reference.
    Window(Unit, u32, bool),
    /// The unit `n` units before (`sign < 0`) or after the reference: "two years ago" (a year),
    /// "in three weeks" (a day: weeks and shorter give the day).
    Ago(Unit, u32, i32),
    /// A day relative to the reference: today (0), yesterday (-1).
    RelDay(i64),
    /// A weekday (0 = Monday) in the week `k` weeks from the reference week; `None` for bare
    /// weekdays (the most recent on or before the reference date, or the next one in a sentence
    /// about the future: see [`YearSpec::Upcoming`]).
    Weekday(u32, Option<i32>),
    /// From the start of the unit containing the reference date to the reference date.
    UnitToDate(Unit),
    /// From the reference date to the end of the unit containing it.
    UnitRest(Unit),
    /// The reference date itself: "now", "currently", "at present".
    Present,
    /// Recognised, not placed ("recently").
    Vague,
    /// A length of time that places nothing ("a 27-year contract", "three years").
    Duration(Dur),
    /// How often: "every year", "annually" (the period between occurrences).
    Set(Dur),
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
    /// A dated event of [`super::events::EVENTS`] (by row).
    Event(usize),
    /// The day the US president in office at the reference date took office ("since I took
    /// office"), from [`super::events::TERMS`].
    Tenure,
    /// The `n`th (1-based; negative counts from the end) weekday (0 = Monday) within a period.
    NthWeekdayOf(i32, u32, Box<Expr>),
    /// The `n`th day (negative from the end) of a period: "the 20th of next month".
    NthDayOf(i32, Box<Expr>),
    /// The `n`th Monday-to-Sunday week (negative from the end) of a period, counting the weeks
    /// whose Thursday falls inside it (the ISO 8601 rule): "the first week of October".
    NthWeekOf(i32, Box<Expr>),
    /// The `n`th month (negative from the end) of a period.
    NthMonthOf(i32, Box<Expr>),
    /// The first (`n > 0`) or last (`n < 0`) `|n|` units of a period: "the first eight months of
    /// 2023".
    FirstN(Unit, i32, Box<Expr>),
    /// `n` units ending with the last day of a period: "the 12 months through March 2024", "the
    /// year ended June 30, 2024".
    WindowEnding(Unit, u32, Box<Expr>),
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
    /// A unit of an earlier time in the document: "that year" (0), "the following year" (1), "the
    /// previous month" (-1). Replaced by what it refers to before resolution
    /// ([`super::context`]); unresolved, it places nothing.
    Anaphor(Unit, i32),
    /// The time of an earlier expression itself: "that time", "the same period". Replaced before
    /// resolution; unresolved, it places nothing.
    Same,
    /// A comparison period: the period the sentence speaks of (or, when it names one, a unit of
    /// it: "the same month"), `n` units of the second field earlier ("a year earlier", "the same
    /// period last year", "year-ago"). Replaced before resolution; without a period to compare
    /// with, the unit containing the reference date, `n` units earlier.
    Earlier(Option<Unit>, Unit, u32),
    /// An interval the document context placed ("that year" after "in 2019").
    Fixed(NaiveDate, NaiveDate),
}

/// What expressions resolve against: the reference date, and the fiscal calendar in force.
#[derive(Debug, Clone, Copy)]
pub(super) struct Ctx {
    pub r: Option<NaiveDate>,
    pub cal: Calendar,
    /// Fiscal years are named after the calendar year they start in (Japan).
    pub start_named: bool,
}

impl Ctx {
    pub fn new(r: Option<NaiveDate>) -> Ctx {
        Ctx { r, cal: Calendar::UsFederalFiscal, start_named: false }
    }
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

/// The fiscal year labelled `fy` in `ctx`'s calendar.
pub(super) fn fiscal_span(fy: i32, ctx: &Ctx) -> Option<(NaiveDate, NaiveDate)> {
    let m = ctx.cal.start_month();
    if m == 1 {
        return year_span(fy);
    }
    let start_year = if ctx.start_named { fy } else { fy.checked_sub(1)? };
    let s = ymd(start_year, m, 1)?;
    Some((s, s.checked_add_months(Months::new(12))?.pred_opt()?))
}

/// The label of the fiscal year containing `d` in `ctx`'s calendar.
pub(super) fn fiscal_year_of(d: NaiveDate, ctx: &Ctx) -> i32 {
    let m = ctx.cal.start_month();
    let starts_in = if d.month() >= m { d.year() } else { d.year() - 1 };
    match (m, ctx.start_named) {
        (1, _) => d.year(),
        (_, true) => starts_in,
        (_, false) => starts_in + 1,
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

/// `d` moved by `n` units (clamping month ends; hours and shorter move whole days only).
pub(super) fn shift(d: NaiveDate, unit: Unit, n: i64) -> Option<NaiveDate> {
    match unit {
        Unit::Second | Unit::Minute => Some(d),
        Unit::Hour => shift_days(d, n / 24),
        Unit::Day => shift_days(d, n),
        Unit::Week | Unit::Weekend => shift_days(d, n.checked_mul(7)?),
        Unit::Fortnight => shift_days(d, n.checked_mul(14)?),
        Unit::Month => shift_months(d, n),
        Unit::Quarter => shift_months(d, n.checked_mul(3)?),
        Unit::Year | Unit::FiscalYear => shift_months(d, n.checked_mul(12)?),
        Unit::Decade => shift_months(d, n.checked_mul(120)?),
        Unit::Century => shift_months(d, n.checked_mul(1200)?),
    }
}

/// The calendar unit containing `d`.
pub(super) fn unit_span(d: NaiveDate, unit: Unit, ctx: &Ctx) -> Option<(NaiveDate, NaiveDate)> {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Some((d, d)),
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
        Unit::FiscalYear => fiscal_span(fiscal_year_of(d, ctx), ctx),
        Unit::Decade => {
            let y0 = d.year().div_euclid(10) * 10;
            Some((ymd(y0, 1, 1)?, ymd(y0 + 9, 12, 31)?))
        }
        Unit::Century => {
            let y0 = d.year().div_euclid(100) * 100;
            Some((ymd(y0, 1, 1)?, ymd(y0 + 99, 12, 31)?))
        }
    }
}

fn year_of(spec: YearSpec, r: Option<NaiveDate>) -> Option<i32> {
    match spec {
        YearSpec::Abs(y) => Some(y),
        YearSpec::Rel(k) => r?.year().checked_add(k),
        YearSpec::Implied | YearSpec::Upcoming | YearSpec::Latest | YearSpec::Nearest => r.map(|d| d.year()),
    }
}

/// Whether resolving `e` needs the reference date.
pub(super) fn needs_ref(e: &Expr) -> bool {
    match e {
        Expr::Year(_) | Expr::Decade(_) | Expr::SplitYear(..) | Expr::Event(_) => false,
        Expr::Month(y, _) | Expr::Day(y, _, _) | Expr::FiscalYear(y) | Expr::Season(y, _) | Expr::CalYear(y) => {
            !matches!(y, YearSpec::Abs(_))
        }
        Expr::Sub(_, _, b) | Expr::Third(_, b) | Expr::WeekOf(b) => needs_ref(b),
        Expr::Range(a, b) => needs_ref(a) || needs_ref(b),
        Expr::Holiday(_, w) => !matches!(w, super::holiday::Which::Year(_)),
        Expr::NthWeekdayOf(_, _, b)
        | Expr::NthDayOf(_, b)
        | Expr::NthWeekOf(_, b)
        | Expr::NthMonthOf(_, b)
        | Expr::FirstN(_, _, b)
        | Expr::WindowEnding(_, _, b)
        | Expr::Shift(b, _, _)
        | Expr::SpanFrom(b, _, _) => needs_ref(b),
        Expr::Vague | Expr::Duration(_) | Expr::Set(_) | Expr::Anaphor(..) | Expr::Same | Expr::Fixed(..) => false,
        _ => true,
    }
}

/// The occurrence of a yearly period (`span(y)` for year `y`) that `spec` picks: the written
/// year, the latest starting on or before the reference, or the next ending on or after it.
fn yearly(
    spec: YearSpec,
    r: Option<NaiveDate>,
    span: impl Fn(i32) -> Option<(NaiveDate, NaiveDate)>,
) -> Option<(NaiveDate, NaiveDate)> {
    match spec {
        YearSpec::Latest => {
            let r = r?;
            let this = span(r.year());
            match this {
                Some((s, e)) if s <= r => Some((s, e)),
                _ => span(r.year() - 1),
            }
        }
        YearSpec::Upcoming => {
            let r = r?;
            match span(r.year()) {
                Some((s, e)) if e >= r => Some((s, e)),
                _ => span(r.year() + 1),
            }
        }
        YearSpec::Nearest => {
            let r = r?;
            let distance = |(s, e): (NaiveDate, NaiveDate)| {
                if r < s {
                    (s - r).num_days()
                } else if r > e {
                    (r - e).num_days()
                } else {
                    0
                }
            };
            // Earlier first, so the past wins a tie.
            [r.year() - 1, r.year(), r.year() + 1].into_iter().filter_map(&span).min_by_key(|&iv| distance(iv))
        }
        _ => span(year_of(spec, r)?),
    }
}

/// The months of a season starting in month `first` of year `y` (winter runs into `y + 1`).
fn season_span(y: i32, first: u32) -> Option<(NaiveDate, NaiveDate)> {
    let s = ymd(y, first, 1)?;
    Some((s, shift_months(s, 3)?.pred_opt()?))
}

/// The inclusive interval `e` covers, if it can be placed on the calendar.
pub(super) fn interval(e: &Expr, ctx: &Ctx) -> Option<(NaiveDate, NaiveDate)> {
    let r = ctx.r;
    match e {
        Expr::Year(y) => year_span(*y),
        Expr::CalYear(spec) => yearly(*spec, r, year_span),
        Expr::Decade(y) => Some((ymd(*y, 1, 1)?, ymd(y.checked_add(9)?, 12, 31)?)),
        Expr::Month(spec, m) => yearly(*spec, r, |y| month_span(y, *m)),
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
        Expr::Day(spec, m, d) => yearly(*spec, r, |y| ymd(y, *m, *d).map(|x| (x, x))),
        Expr::DayOfRefMonth(d) => {
            let r = r?;
            let day = ymd(r.year(), r.month(), *d)?;
            Some((day, day))
        }
        Expr::FiscalYear(spec) => match spec {
            YearSpec::Abs(y) => fiscal_span(*y, ctx),
            YearSpec::Rel(k) => fiscal_span(fiscal_year_of(r?, ctx).checked_add(*k)?, ctx),
            _ => fiscal_span(fiscal_year_of(r?, ctx), ctx),
        },
        Expr::SplitYear(y, fiscal) => {
            if ctx.cal == Calendar::UsFederalFiscal && *fiscal {
                Some((fiscal_span(*y, ctx)?.0, fiscal_span(y.checked_add(1)?, ctx)?.1))
            } else if matches!(ctx.cal, Calendar::UsFederalFiscal | Calendar::Gregorian) {
                Some((ymd(*y, 1, 1)?, ymd(y.checked_add(1)?, 12, 31)?))
            } else {
                let s = ymd(*y, ctx.cal.start_month(), 1)?;
                Some((s, s.checked_add_months(Months::new(12))?.pred_opt()?))
            }
        }
        Expr::Season(spec, first) => yearly(*spec, r, |y| season_span(y, *first)),
        Expr::SeasonRel(first, k) => {
            let r = r?;
            // The season containing or last ending before the reference, then shifted.
            let mut y = r.year();
            let mut cur = season_span(y, *first)?;
            if cur.0 > r {
                y -= 1;
                cur = season_span(y, *first)?;
            }
            match k.cmp(&0) {
                std::cmp::Ordering::Equal => Some(cur),
                // "last summer": the latest one that has ended.
                std::cmp::Ordering::Less if cur.1 < r => season_span(y + 1 + k, *first),
                std::cmp::Ordering::Less => season_span(y + k, *first),
                std::cmp::Ordering::Greater => season_span(y + k, *first),
            }
        }
        Expr::RelUnit(unit, k) => unit_span(shift(r?, *unit, i64::from(*k))?, *unit, ctx),
        Expr::Window(unit, n, future) => {
            let r = r?;
            let other = shift(r, *unit, if *future { i64::from(*n) } else { -i64::from(*n) })?;
            Some(if *future { (r, other) } else { (other, r) })
        }
        Expr::Ago(unit, n, sign) => {
            let d = shift(r?, *unit, i64::from(*n) * i64::from(*sign))?;
            match unit {
                Unit::Month | Unit::Quarter | Unit::Year | Unit::Decade | Unit::Century => unit_span(d, *unit, ctx),
                _ => Some((d, d)),
            }
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
            Some((unit_span(r, *unit, ctx)?.0, r))
        }
        Expr::UnitRest(unit) => {
            let r = r?;
            Some((r, unit_span(r, *unit, ctx)?.1))
        }
        Expr::Present => r.map(|r| (r, r)),
        Expr::Fixed(s, e) => Some((*s, *e)),
        Expr::Vague | Expr::Duration(_) | Expr::Set(_) | Expr::Anaphor(..) | Expr::Same => None,
        Expr::Earlier(gran, unit, n) => unit_span(shift(r?, *unit, -i64::from(*n))?, gran.unwrap_or(*unit), ctx),
        Expr::Sub(n, idx, base) => match base.as_ref() {
            // "the fourth quarter" without a year: the occurrence the year's reading picks.
            Expr::CalYear(spec @ (YearSpec::Latest | YearSpec::Upcoming | YearSpec::Nearest)) => {
                yearly(*spec, r, |y| split(year_span(y)?.0, year_span(y)?.1, *n, *idx))
            }
            Expr::FiscalYear(spec @ (YearSpec::Latest | YearSpec::Upcoming)) => {
                let label = fiscal_year_of(r?, ctx);
                let part = |fy: i32| {
                    let (s, e) = fiscal_span(fy, ctx)?;
                    split(s, e, *n, *idx)
                };
                let this = part(label)?;
                match spec {
                    YearSpec::Latest if this.0 > r? => part(label - 1),
                    YearSpec::Upcoming if this.1 < r? => part(label + 1),
                    _ => Some(this),
                }
            }
            _ => {
                let (s, e) = interval(base, ctx)?;
                split(s, e, *n, *idx)
            }
        },
        Expr::Third(part, base) => {
            let (s, e) = interval(base, ctx)?;
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
            if s == e {
                // "late Friday": a day is not split.
                return Some((s, e));
            }
            if (e - s).num_days() == 6 {
                // A week: Monday-Wednesday, Wednesday-Friday, Friday-Sunday.
                let a = 2 * i64::from(idx);
                return Some((shift_days(s, a)?, shift_days(s, a + 2)?));
            }
            split(s, e, 3, idx)
        }
        Expr::WeekOf(base) => {
            let (s, _) = interval(base, ctx)?;
            unit_span(s, Unit::Week, ctx)
        }
        Expr::Range(a, b) => {
            let (s, _) = interval(a, ctx)?;
            let (_, e) = interval(b, ctx)?;
            // Sides without a written year read apart ("between April and June", each the nearest
            // to the reference) may land in different years: the start is then the year before.
            let s = if s > e && year_free(a) { shift(s, Unit::Year, -1)? } else { s };
            (s <= e).then_some((s, e))
        }
        Expr::Holiday(idx, which) => super::holiday::resolve(*idx, *which, r),
        Expr::Event(idx) => super::events::date(*idx).map(|d| (d, d)),
        Expr::Tenure => super::events::tenure_start(r?).map(|d| (d, d)),
        Expr::NthWeekdayOf(n, wd, base) => {
            let (s, e) = interval(base, ctx)?;
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
            let (s, e) = interval(base, ctx)?;
            let d = if *n > 0 { shift_days(s, i64::from(n - 1))? } else { shift_days(e, i64::from(n + 1))? };
            (s <= d && d <= e).then_some((d, d))
        }
        Expr::NthWeekOf(n, base) => {
            let (s, e) = interval(base, ctx)?;
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
            let (s, e) = interval(base, ctx)?;
            let first = if *n > 0 {
                shift_months(ymd(s.year(), s.month(), 1)?, i64::from(n - 1))?
            } else {
                shift_months(ymd(e.year(), e.month(), 1)?, i64::from(n + 1))?
            };
            (s <= first && first <= e).then(|| month_span(first.year(), first.month()))?
        }
        Expr::FirstN(unit, n, base) => {
            let (s, e) = interval(base, ctx)?;
            let len = i64::from(n.unsigned_abs());
            let (a, b) =
                if *n > 0 { (s, shift(s, *unit, len)?.pred_opt()?) } else { (shift(e.succ_opt()?, *unit, -len)?, e) };
            (s <= a && b <= e && a <= b).then_some((a, b))
        }
        Expr::WindowEnding(unit, n, base) => {
            let (_, e) = interval(base, ctx)?;
            let s = shift(e.succ_opt()?, *unit, -i64::from(*n))?;
            Some((s, e))
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
            let (s, _) = interval(base, ctx)?;
            let d = shift(s, *unit, *n)?;
            Some((d, d))
        }
        Expr::SpanFrom(base, unit, n) => {
            let (s, _) = interval(base, ctx)?;
            Some((s, shift(s, *unit, i64::from(*n))?.pred_opt()?))
        }
        Expr::NextDays(n) => {
            let r = r?;
            Some((shift_days(r, 1)?, shift_days(r, i64::from(*n))?))
        }
    }
}

/// The granularity an interval has by its shape: a day, a Monday-Sunday week, a month, a quarter,
/// a half, a year or a decade; else a span.
pub(super) fn granularity_of(s: NaiveDate, e: NaiveDate) -> super::Granularity {
    use super::Granularity as G;
    if s == e {
        return G::Day;
    }
    if (e - s).num_days() == 6 && s.weekday() == chrono::Weekday::Mon {
        return G::Week;
    }
    match whole_months(s, e) {
        Some(1) => G::Month,
        Some(3) if s.month() % 3 == 1 => G::Quarter,
        Some(6) if s.month() % 6 == 1 => G::Half,
        Some(12) if s.month() == 1 => G::Year,
        Some(12) => G::FiscalYear,
        Some(120) if s.month() == 1 && s.year() % 10 == 0 => G::Decade,
        _ => G::Span,
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
    use crate::jurisdiction::Calendar;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn iv(e: Expr, r: &str) -> Option<(String, String)> {
        interval(&e, &Ctx::new(Some(d(r)))).map(|(a, b)| (a.to_string(), b.to_string()))
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

    fn at(e: Expr, r: &str, cal: Calendar, start_named: bool) -> Option<(String, String)> {
        let ctx = Ctx { r: Some(d(r)), cal, start_named };
        interval(&e, &ctx).map(|(a, b)| (a.to_string(), b.to_string()))
    }

    #[test]
    fn fiscal_calendars() {
        let fy = |y| Expr::FiscalYear(YearSpec::Abs(y));
        assert_eq!(at(fy(2024), "2020-01-01", Calendar::AprilFiscal, false), pair("2023-04-01", "2024-03-31"));
        assert_eq!(at(fy(2024), "2020-01-01", Calendar::JulyFiscal, false), pair("2023-07-01", "2024-06-30"));
        assert_eq!(at(fy(2023), "2020-01-01", Calendar::AprilFiscal, true), pair("2023-04-01", "2024-03-31"));
        assert_eq!(at(fy(2024), "2020-01-01", Calendar::Gregorian, false), pair("2024-01-01", "2024-12-31"));
        // "2023-24" starts in 2023 whatever the naming.
        let split = || Expr::SplitYear(2023, false);
        assert_eq!(at(split(), "2020-01-01", Calendar::AprilFiscal, true), pair("2023-04-01", "2024-03-31"));
        assert_eq!(at(split(), "2020-01-01", Calendar::JulyFiscal, false), pair("2023-07-01", "2024-06-30"));
        assert_eq!(at(split(), "2020-01-01", Calendar::UsFederalFiscal, false), pair("2023-01-01", "2024-12-31"));
        let fy_split = Expr::SplitYear(2023, true);
        assert_eq!(at(fy_split, "2020-01-01", Calendar::UsFederalFiscal, false), pair("2022-10-01", "2024-09-30"));
        // A quarter without a year: the latest begun, or the next not yet over.
        let q4 = |spec| Expr::Sub(4, 3, Box::new(Expr::CalYear(spec)));
        assert_eq!(
            at(q4(YearSpec::Latest), "2007-03-13", Calendar::UsFederalFiscal, false),
            pair("2006-10-01", "2006-12-31")
        );
        assert_eq!(
            at(q4(YearSpec::Upcoming), "2007-03-13", Calendar::UsFederalFiscal, false),
            pair("2007-10-01", "2007-12-31")
        );
        let fq1 = |spec| Expr::Sub(4, 0, Box::new(Expr::FiscalYear(spec)));
        assert_eq!(
            at(fq1(YearSpec::Latest), "2023-09-30", Calendar::UsFederalFiscal, false),
            pair("2022-10-01", "2022-12-31")
        );
        assert_eq!(
            at(fq1(YearSpec::Upcoming), "2023-09-30", Calendar::UsFederalFiscal, false),
            pair("2023-10-01", "2023-12-31")
        );
        // The current fiscal year either side of its first day, and on a leap day.
        let this = || Expr::FiscalYear(YearSpec::Rel(0));
        assert_eq!(at(this(), "2024-03-31", Calendar::AprilFiscal, false), pair("2023-04-01", "2024-03-31"));
        assert_eq!(at(this(), "2024-04-01", Calendar::AprilFiscal, false), pair("2024-04-01", "2025-03-31"));
        assert_eq!(at(this(), "2024-02-29", Calendar::JulyFiscal, false), pair("2023-07-01", "2024-06-30"));
        assert_eq!(at(this(), "2024-07-01", Calendar::JulyFiscal, false), pair("2024-07-01", "2025-06-30"));
    }

    #[test]
    fn seasons_windows_and_parts() {
        let r = "2023-11-17";
        assert_eq!(iv(Expr::Season(YearSpec::Abs(2023), 12), r), pair("2023-12-01", "2024-02-29"));
        assert_eq!(iv(Expr::SeasonRel(6, -1), r), pair("2023-06-01", "2023-08-31"));
        assert_eq!(iv(Expr::SeasonRel(6, -1), "2023-07-15"), pair("2022-06-01", "2022-08-31"));
        assert_eq!(iv(Expr::SeasonRel(3, 0), r), pair("2023-03-01", "2023-05-31"));
        assert_eq!(iv(Expr::SeasonRel(3, 1), r), pair("2024-03-01", "2024-05-31"));
        let march = Box::new(Expr::Month(YearSpec::Abs(2024), 3));
        assert_eq!(iv(Expr::WindowEnding(Unit::Month, 12, march), r), pair("2023-04-01", "2024-03-31"));
        let june30 = Box::new(Expr::Day(YearSpec::Abs(2024), 6, 30));
        assert_eq!(iv(Expr::WindowEnding(Unit::Year, 1, june30), r), pair("2023-07-01", "2024-06-30"));
        let y = || Box::new(Expr::Year(2023));
        assert_eq!(iv(Expr::FirstN(Unit::Month, 8, y()), r), pair("2023-01-01", "2023-08-31"));
        assert_eq!(iv(Expr::FirstN(Unit::Month, -3, y()), r), pair("2023-10-01", "2023-12-31"));
        assert_eq!(iv(Expr::FirstN(Unit::Month, 13, y()), r), None);
        // Past and future readings of a month without a year, either side of New Year.
        assert_eq!(iv(Expr::Month(YearSpec::Latest, 11), "2024-01-05"), pair("2023-11-01", "2023-11-30"));
        assert_eq!(iv(Expr::Month(YearSpec::Latest, 1), "2024-01-05"), pair("2024-01-01", "2024-01-31"));
        assert_eq!(iv(Expr::Month(YearSpec::Upcoming, 1), "2024-01-05"), pair("2024-01-01", "2024-01-31"));
        assert_eq!(iv(Expr::Month(YearSpec::Upcoming, 11), "2024-12-05"), pair("2025-11-01", "2025-11-30"));
        assert_eq!(iv(Expr::Day(YearSpec::Latest, 2, 29), "2024-03-01"), pair("2024-02-29", "2024-02-29"));
        assert_eq!(iv(Expr::Day(YearSpec::Nearest, 10, 12), "2005-10-04"), pair("2005-10-12", "2005-10-12"));
        assert_eq!(iv(Expr::Month(YearSpec::Nearest, 12), "2024-01-05"), pair("2023-12-01", "2023-12-31"));
        assert_eq!(iv(Expr::Month(YearSpec::Nearest, 1), "2023-12-20"), pair("2024-01-01", "2024-01-31"));
        // Units ago keep their granularity.
        assert_eq!(iv(Expr::Ago(Unit::Year, 2, -1), r), pair("2021-01-01", "2021-12-31"));
        assert_eq!(iv(Expr::Ago(Unit::Day, 3, -1), r), pair("2023-11-14", "2023-11-14"));
    }

    #[test]
    fn durations_in_iso_form() {
        let dur = |n: Option<i64>, unit| Dur { n: n.map(Decimal::from), unit }.iso();
        assert_eq!(dur(Some(3), Unit::Year), "P3Y");
        assert_eq!(dur(Some(18), Unit::Month), "P18M");
        assert_eq!(dur(Some(30), Unit::Minute), "PT30M");
        assert_eq!(dur(Some(1), Unit::Decade), "P10Y");
        assert_eq!(dur(None, Unit::Year), "PXY");
        assert_eq!(dur(Some(2), Unit::Quarter), "P2Q");
        assert_eq!(Dur { n: Some(Decimal::new(25, 1)), unit: Unit::Year }.iso(), "P2.5Y");
    }

    #[test]
    fn invalid_dates_do_not_resolve() {
        assert_eq!(iv(Expr::Day(YearSpec::Abs(2023), 2, 30), "2023-01-01"), None);
        assert_eq!(iv(Expr::Year(i32::MAX), "2023-01-01"), None);
        assert_eq!(iv(Expr::Window(Unit::Decade, u32::MAX, true), "2023-01-01"), None);
        assert_eq!(interval(&Expr::RelUnit(Unit::Year, 0), &Ctx::new(None)), None);
    }
}
