//! Time expressions: recognition, resolution against a reference date, and attachment to claims.
//!
//! - [`table`]: word tables (months, weekdays, number words, prepositions) as data.
//! - [`rules`]: the grammar, one rule per expression shape, in priority order.
//! - [`recognize`]: one pass of the candidate automaton over the text, then per-rule parsing.
//! - [`candidates`]: the candidate automaton, a DFA built ahead of time from the rules and
//!   embedded (`src/time/dfa/`; a test fails when it is stale and says how to rebuild it).
//! - [`fragments`]: pattern text the rules share, parsed once and spliced into each rule.
//! - [`anchored`]: the per-rule capture engine that parsing re-runs a rule with.
//! - [`read`]: helpers the rules read their groups with; [`holiday`]: holidays and their dates.
//! - [`tense`]: whether a sentence reads as past or future.
//! - [`resolve`]: calendar arithmetic (fiscal years, thirds, rolling windows); its module docs
//!   list the conventions.
//! - [`docdate`]: the document's own date (dateline, "Released on", date line, URL path).
//! - [`attach`]: which time expression governs a figure.
//!
//! Nothing here reads the clock: relative expressions resolve only against the given reference.

mod anchored;
mod attach;
mod candidates;
mod docdate;
mod fragments;
mod holiday;
mod read;
mod recognize;
mod resolve;
mod rules;
mod table;
mod tense;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::claim::Span;
use crate::util::snake_names;
use resolve::{Expr, Unit, YearSpec};

snake_names!(ReferenceSource { Given => "given", Document => "document", None => "none" });
snake_names!(Granularity {
    Day => "day",
    Week => "week",
    Month => "month",
    Quarter => "quarter",
    Half => "half",
    Year => "year",
    FiscalYear => "fiscal_year",
    Decade => "decade",
    Span => "span",
    Unknown => "unknown",
});
snake_names!(TimeKind { Period => "period", Since => "since", Deadline => "deadline", Vague => "vague" });

/// Where the reference date that relative expressions resolve against came from.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceSource {
    /// The caller gave it ([`ExtractorBuilder::reference_date`](crate::ExtractorBuilder::reference_date)).
    Given,
    /// The document states it (a dateline, "Released on ...", a date in a URL path).
    Document,
    /// There was none: relative expressions are recognised but left unresolved.
    #[default]
    None,
}

/// The reference date used for a document, and where it came from.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ReferenceDate {
    /// The date, if one was given or found.
    pub date: Option<NaiveDate>,
    /// Where it came from.
    pub source: ReferenceSource,
    /// For a date found in the document, where it stands.
    pub span: Option<Span>,
}

impl ReferenceDate {
    /// A reference date given by the caller.
    pub(crate) fn given(date: NaiveDate) -> ReferenceDate {
        ReferenceDate { date: Some(date), source: ReferenceSource::Given, span: None }
    }
}

/// How fine a time expression is.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    /// A calendar day: "November 17, 2023".
    Day,
    /// A week.
    Week,
    /// A calendar month: "April 2023".
    Month,
    /// A quarter: "Q3 2023".
    Quarter,
    /// A half year: "the first half of 2024".
    Half,
    /// A calendar year: "2022".
    Year,
    /// A US federal fiscal year (1 October to 30 September): "FY 2024".
    FiscalYear,
    /// A decade: "the 1990s".
    Decade,
    /// A span between two points of differing granularity, or a relative period ("the last 12 months").
    Span,
    /// Recognised but not placed on the calendar ("recently").
    Unknown,
}

/// What role a time expression plays.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeKind {
    /// The figure holds at or over this period: "in 2022", "in the last 12 months".
    Period,
    /// From this point until the reference date: "since April 2023".
    Since,
    /// A deadline or target: "by 2030" (`start` is `None`, `end` the deadline).
    Deadline,
    /// Recognised but vague: "recently".
    Vague,
}

/// A time expression, resolved to calendar dates where possible.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeRef {
    /// The expression as written ("in the last 12 months").
    pub text: String,
    /// Where it is in the input.
    pub span: Span,
    /// First day it covers, if resolved.
    pub start: Option<NaiveDate>,
    /// Last day it covers (inclusive), if resolved.
    pub end: Option<NaiveDate>,
    /// How fine it is.
    pub granularity: Granularity,
    /// What role it plays (period, since, deadline).
    pub kind: TimeKind,
    /// Whether it is relative to the reference date ("last year", "in the past 11 days").
    pub relative: bool,
    /// Where the reference date used to resolve it came from; [`ReferenceSource::None`] for
    /// absolute expressions that needed none.
    pub resolved_from: ReferenceSource,
}

/// Every time expression in `text`, in text order, resolved against `reference`.
pub(crate) fn find_times(text: &str, reference: &ReferenceDate) -> Vec<TimeRef> {
    let mut hits = merge_ranges(text, recognize::scan(text));
    future_readings(text, &mut hits);
    shift_anchors(text, &mut hits);
    hits.into_iter().map(|h| to_time_ref(text, h, reference)).collect()
}

/// The document's own date, if it states one (dateline, "Released on", URL path).
pub(crate) fn document_date(text: &str) -> Option<(NaiveDate, Span)> {
    docdate::document_date(text)
}

pub(crate) use attach::governing_times;
pub(crate) use recognize::prepare;

/// In a sentence about the future, a bare weekday is the next one and a date without a year its
/// next occurrence.
fn future_readings(text: &str, hits: &mut [recognize::Hit]) {
    for h in hits.iter_mut() {
        let future = match h.expr {
            Expr::Weekday(wd, None) => Expr::WeekdayAfter(wd, 1),
            Expr::Day(YearSpec::Implied, m, d) => Expr::Day(YearSpec::Upcoming, m, d),
            Expr::Month(YearSpec::Implied, m) => Expr::Month(YearSpec::Upcoming, m),
            _ => continue,
        };
        if tense::future_context(text, h.core_start) {
            h.expr = future;
        }
    }
}

/// "three days after Easter", "two weeks before 13 May 1999", "four months from tomorrow": a
/// count of units before an anchored day moves it; "for ten days from 18 December" spans from it.
fn shift_anchors(text: &str, hits: &mut [recognize::Hit]) {
    use once_cell::sync::Lazy;
    static BEFORE: Lazy<regex::Regex> = Lazy::new(|| {
        let num = table::number_words();
        regex::Regex::new(&format!(
            r"(?i)(?:\b(?P<for>for)\s+)?\b(?P<n>{num})\s+(?P<u>days?|weeks?|fortnights?|months?|years?)\s*,?\s*$"
        ))
        .expect("shift regex")
    });
    let mut prev_end = 0;
    for h in hits.iter_mut() {
        let day_level = matches!(
            h.expr,
            Expr::Day(..)
                | Expr::RelDay(_)
                | Expr::Holiday(..)
                | Expr::Weekday(..)
                | Expr::WeekdayDay(..)
                | Expr::WeekdayAfter(..)
                | Expr::NthWeekdayOf(..)
                | Expr::NthDayOf(..)
        );
        let prep = h.prep.as_deref();
        if day_level && h.kind.is_none() && matches!(prep, Some("after" | "before" | "from")) {
            let mut lo = h.start.saturating_sub(48).max(prev_end);
            while !text.is_char_boundary(lo) {
                lo += 1;
            }
            if let Some(c) = BEFORE.captures(&text[lo..h.start]) {
                let n = c.name("n").and_then(|n| table::number_of(n.as_str()));
                let u = c.name("u").and_then(|u| table::unit_of(u.as_str().trim_end_matches(['s', 'S'])));
                if let (Some(n), Some(u)) = (n, u) {
                    let whole = c.get(0).map_or(h.start, |m| m.start() + lo);
                    let base = Box::new(h.expr.clone());
                    if c.name("for").is_some() && prep == Some("from") {
                        h.expr = Expr::SpanFrom(base, u, n);
                    } else {
                        let sign = if prep == Some("before") { -1 } else { 1 };
                        h.expr = Expr::Shift(base, u, i64::from(n) * sign);
                    }
                    h.start = whole;
                    h.core_start = whole;
                    h.prep = None;
                }
            }
        }
        prev_end = h.end;
    }
}

/// Joins "from January to March 2023", "between 2019 and 2022", "April 3 - May 5" into one range.
fn merge_ranges(text: &str, hits: Vec<recognize::Hit>) -> Vec<recognize::Hit> {
    let mut out: Vec<recognize::Hit> = Vec::with_capacity(hits.len());
    for h in hits {
        if let Some(last) = out.last_mut() {
            if let Some(joined) = try_merge(text, last, &h) {
                *last = joined;
                continue;
            }
        }
        out.push(h);
    }
    out
}

fn try_merge(text: &str, a: &recognize::Hit, b: &recognize::Hit) -> Option<recognize::Hit> {
    if a.kind.is_some() || b.kind.is_some() || matches!(a.expr, Expr::Range(..)) {
        return None;
    }
    let gap = text.get(a.end..b.start)?;
    if gap.len() > 12 || gap.matches('\n').count() > 1 {
        return None;
    }
    let (ap, bp) = (a.prep.as_deref(), b.prep.as_deref());
    if !matches!(ap, None | Some("from" | "between" | "in" | "during" | "over" | "for" | "throughout")) {
        return None;
    }
    let to = |p: &str| matches!(p, "to" | "through" | "thru" | "until" | "till");
    let gap = gap.trim();
    let joined = match (gap, bp) {
        ("", Some(p)) => to(p) || (p == "and" && ap == Some("between")),
        ("-" | "–" | "—", None) => true,
        (g, None) => to(g) || (g == "and" && ap == Some("between")),
        _ => false,
    };
    if !joined {
        return None;
    }
    let (ea, eb) = inherit_years(&a.expr, &b.expr);
    Some(recognize::Hit {
        start: a.start,
        core_start: a.core_start,
        end: b.end,
        prep: a.prep.clone(),
        expr: Expr::Range(Box::new(ea), Box::new(eb)),
        kind: None,
    })
}

/// "from January to March 2023": a side without a year takes the other side's.
fn inherit_years(a: &Expr, b: &Expr) -> (Expr, Expr) {
    fn parts(e: &Expr) -> Option<(YearSpec, u32)> {
        match e {
            Expr::Month(y, m) | Expr::Day(y, m, _) => Some((*y, *m)),
            _ => None,
        }
    }
    fn with_year(e: &Expr, y: i32) -> Expr {
        match e {
            Expr::Month(_, m) => Expr::Month(YearSpec::Abs(y), *m),
            Expr::Day(_, m, d) => Expr::Day(YearSpec::Abs(y), *m, *d),
            other => other.clone(),
        }
    }
    match (parts(a), parts(b)) {
        (Some((YearSpec::Implied, ma)), Some((YearSpec::Abs(y), mb))) => {
            (with_year(a, if ma > mb { y - 1 } else { y }), b.clone())
        }
        (Some((YearSpec::Abs(y), ma)), Some((YearSpec::Implied, mb))) => {
            (a.clone(), with_year(b, if mb < ma { y + 1 } else { y }))
        }
        _ => (a.clone(), b.clone()),
    }
}

fn granularity(e: &Expr) -> Granularity {
    match e {
        Expr::Year(_) => Granularity::Year,
        Expr::Decade(_) => Granularity::Decade,
        Expr::Month(..) | Expr::MonthRel(..) => Granularity::Month,
        Expr::Day(..) | Expr::DayOfRefMonth(_) | Expr::Ago(..) | Expr::RelDay(_) | Expr::Weekday(..) => {
            Granularity::Day
        }
        Expr::FiscalYear(_) => Granularity::FiscalYear,
        Expr::RelUnit(u, _) => match u {
            Unit::Day => Granularity::Day,
            Unit::Week | Unit::Weekend | Unit::Fortnight => Granularity::Week,
            Unit::Month => Granularity::Month,
            Unit::Quarter => Granularity::Quarter,
            Unit::Year => Granularity::Year,
            Unit::FiscalYear => Granularity::FiscalYear,
            Unit::Decade => Granularity::Decade,
        },
        Expr::Sub(4, _, _) => Granularity::Quarter,
        Expr::Sub(2, _, _) => Granularity::Half,
        Expr::WeekOf(_) | Expr::NthWeekOf(..) => Granularity::Week,
        Expr::NthMonthOf(..) => Granularity::Month,
        Expr::Holiday(..)
        | Expr::NthWeekdayOf(..)
        | Expr::NthDayOf(..)
        | Expr::WeekdayDay(..)
        | Expr::WeekdayAfter(..)
        | Expr::Shift(..) => Granularity::Day,
        Expr::Vague => Granularity::Unknown,
        _ => Granularity::Span,
    }
}

fn to_time_ref(text: &str, h: recognize::Hit, reference: &ReferenceDate) -> TimeRef {
    let r = reference.date;
    let prep = h.prep.as_deref().filter(|p| recognize::is_span_prep(p));
    let kind = h.kind.unwrap_or(match prep {
        Some("since" | "after") => TimeKind::Since,
        Some("by" | "until" | "till" | "through" | "thru" | "before" | "no later than" | "up to" | "ending in") => {
            TimeKind::Deadline
        }
        _ => TimeKind::Period,
    });
    let iv = resolve::interval(&h.expr, r);
    let mut used_ref = resolve::needs_ref(&h.expr);
    let (start, end) = match (kind, &h.expr) {
        (TimeKind::Vague, _) | (_, Expr::Vague) => (None, None),
        (_, Expr::ToDate) => {
            used_ref = true;
            (None, r)
        }
        (TimeKind::Since, _) => {
            used_ref = true;
            let start = match prep {
                Some("after") => iv.and_then(|(_, e)| e.checked_add_days(Days::new(1))),
                _ => iv.map(|(s, _)| s),
            };
            let end = match (h.expr.clone(), start) {
                (Expr::UnitToDate(_), _) => iv.map(|(_, e)| e),
                (_, Some(s)) => r.filter(|&r| r >= s),
                (_, None) => None,
            };
            (start, end)
        }
        (TimeKind::Deadline, _) => {
            let end = match prep {
                Some("before") => iv.and_then(|(s, _)| s.pred_opt()),
                _ => iv.map(|(_, e)| e),
            };
            (None, end)
        }
        (TimeKind::Period, _) => (iv.map(|(s, _)| s), iv.map(|(_, e)| e)),
    };
    let span = Span::new(h.text_start(), h.end);
    TimeRef {
        text: text[span.start..span.end].to_string(),
        span,
        start,
        end,
        granularity: granularity(&h.expr),
        kind,
        relative: used_ref || matches!(h.expr, Expr::Vague),
        resolved_from: if used_ref { reference.source } else { ReferenceSource::None },
    }
}

#[cfg(test)]
mod tests;
