//! Time expressions: recognition, resolution against a reference date, and attachment to claims.
//!
//! The grammar reads the lexer's tokens (no regex engine, no generated automaton):
//! - [`lexicon`]: the words and their roles (months, units, counts, relative words), as data.
//! - [`grammar`]: named rules by concept, each a parse function over tokens with examples; the
//!   longest match at a token wins. Its module docs say how to add a rule.
//! - [`scan`]: prepositions, and expressions joined into ranges and shifts.
//! - [`context`]: the document as context: frames ("In 2019, ..."), tense, anaphora ("that
//!   year"), comparison periods ("a year earlier"); and the public [`TimeRef`].
//! - [`resolve`]: calendar arithmetic (fiscal calendars, thirds, windows); its module docs list
//!   the conventions.
//! - [`holiday`], [`events`]: holidays and dated events, as data with their sources.
//! - [`tense`]: whether a sentence reads as past or future.
//! - [`docdate`]: the document's own date (dateline, "Released on", URL path, date line).
//! - [`attach`]: which time expression governs a figure.
//!
//! Nothing here reads the clock: relative expressions resolve only against the given reference.

mod attach;
mod context;
mod cursor;
mod docdate;
mod events;
mod grammar;
mod holiday;
mod lexicon;
mod phrases;
mod resolve;
mod scan;
mod tense;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::claim::Span;
use crate::jurisdiction::{Calendar, Jurisdiction};
use crate::util::snake_names;
use resolve::{Ctx, Expr, Unit};

pub(crate) use attach::{governing_times, heading_time};
pub(crate) use context::{DocTimes, Located};
pub(crate) use docdate::dateline_at;

snake_names!(ReferenceSource { Given => "given", Document => "document", None => "none" });
snake_names!(Granularity {
    Day => "day",
    Week => "week",
    Month => "month",
    Quarter => "quarter",
    Half => "half",
    Season => "season",
    Year => "year",
    FiscalYear => "fiscal_year",
    Decade => "decade",
    Span => "span",
    Unknown => "unknown",
});
snake_names!(TimeKind {
    Period => "period",
    Since => "since",
    Deadline => "deadline",
    AsOf => "as_of",
    Baseline => "baseline",
    Duration => "duration",
    Set => "set",
    Vague => "vague",
});

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
    /// A season: "summer 2023" (June to August), "last winter" (December to February).
    Season,
    /// A calendar year: "2022".
    Year,
    /// A fiscal year, in the calendar `calendar` names: "FY 2024" (US federal: 1 October 2023 to
    /// 30 September 2024), "2023-24" (April or July fiscal years).
    FiscalYear,
    /// A decade: "the 1990s".
    Decade,
    /// A span between two points of differing granularity, or a relative period ("the last 12 months").
    Span,
    /// Recognised but not placed on the calendar ("recently").
    Unknown,
}

snake_names!(Modifier { Start => "start", Mid => "mid", End => "end" });

/// Which part of its period an expression names, as TimeML's `mod` does: "early 2024" is 2024
/// with `start`, "mid-2023" 2023 with `mid`, "the end of last year" last year with `end`.
///
/// A period keeps the whole of its base period as `start`..`end`, and the modifier says which part
/// is meant. A bound keeps the part's own bound: "since mid-2023" starts on 1 May 2023 and "by early
/// June" ends on 10 June (the thirds convention of the README).
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modifier {
    /// "early", "the beginning of", "the start of".
    Start,
    /// "mid", "the middle of".
    Mid,
    /// "late", "the end of", "the close of", "year-end".
    End,
}

/// What role a time expression plays.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeKind {
    /// The figure holds at or over this period: "in 2022", "in the last 12 months".
    Period,
    /// From this point until the reference date: "since April 2023", "since the President took
    /// office".
    Since,
    /// A deadline or target: "by 2030" (`start` is `None`, `end` the deadline).
    Deadline,
    /// At the reference date or a stated date: "now", "currently", "to date", "so far", "as of
    /// June 30, 2024" (`start` and `end` are that day).
    AsOf,
    /// A comparison period, not the period the claim is about: "up 12 percent from last year",
    /// "compared with the same period last year", "a year earlier". `start` and `end` are the
    /// period compared with.
    Baseline,
    /// A length of time that places nothing: "a 27-year contract", "three years" (`duration` is
    /// its ISO 8601 form; `start` and `end` are `None`).
    Duration,
    /// How often: "every year", "annually", "monthly" (`duration` is the period; `start` and `end`
    /// are `None`).
    Set,
    /// Recognised but vague: "recently", "in recent years", "the past few years".
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
    /// What role it plays (period, since, deadline, as of, baseline, duration, set, vague).
    pub kind: TimeKind,
    /// Whether it is relative to the reference date ("last year", "in the past 11 days").
    pub relative: bool,
    /// Where the reference date used to resolve it came from; [`ReferenceSource::None`] for
    /// absolute expressions that needed none.
    pub resolved_from: ReferenceSource,
    /// For a length of time, a set, or a rolling window, its length in ISO 8601 form ("P3Y",
    /// "P18M", "PT30M"), with TimeML's extensions where ISO has no form: `X` for an unknown count
    /// ("PXY": "several years"), `Q` for quarters ("P2Q").
    pub duration: Option<String>,
    /// The calendar the expression was resolved in: `gregorian`, or for fiscal years the fiscal
    /// calendar in force (`us_federal_fiscal`, `april_fiscal`, `july_fiscal`).
    pub calendar: Calendar,
    /// Which part of the period is meant ("early 2024": `start`), or `None` for the whole.
    pub modifier: Option<Modifier>,
}

/// Every time expression in `text`, in text order, resolved against `reference` (US conventions).
#[cfg(test)]
pub(crate) fn find_times(text: &str, reference: &ReferenceDate) -> Vec<TimeRef> {
    find_times_located(text, reference).into_iter().map(|l| l.time).collect()
}

/// Every time expression in `text`, with the sides of ranges, resolved against `reference`.
#[cfg(test)]
pub(crate) fn find_times_located(text: &str, reference: &ReferenceDate) -> Vec<Located> {
    all_times(text, *reference, Jurisdiction::UnitedStates)
}

/// Every time expression of a whole document, block by block in order, resolved in its context.
pub(crate) fn all_times(text: &str, reference: ReferenceDate, jurisdiction: Jurisdiction) -> Vec<Located> {
    let mut doc = DocTimes::new(reference, jurisdiction);
    let mut out = Vec::new();
    let mut toks = Vec::new();
    for block in crate::text::blocks(text) {
        if reference.source != ReferenceSource::Given {
            if let Some(r) = dateline_at(text, block.clone()) {
                doc.set_reference(r);
            }
        }
        toks.clear();
        crate::lex::tokenize_into(text, block.clone(), &mut toks);
        crate::vocab::classify(text, &mut toks);
        doc.block(text, block, &toks, &mut out);
    }
    out
}

/// The words of the time grammar's lexicon with their rows (see [`lexicon::words`]).
pub(crate) fn lexicon_words() -> impl Iterator<Item = (&'static str, u16)> {
    lexicon::words()
}

/// The document's own date, if it states one (dateline, "Released on", URL path).
pub(crate) fn document_date(text: &str) -> Option<(NaiveDate, Span)> {
    docdate::document_date(text)
}

/// Builds the word tables now rather than on first use.
pub(crate) fn prepare() {
    lexicon::prepare();
    docdate::prepare();
}

/// How fine an expression is.
fn granularity(e: &Expr, ctx: &Ctx) -> Granularity {
    match e {
        Expr::Year(_) | Expr::CalYear(_) => Granularity::Year,
        Expr::Decade(_) => Granularity::Decade,
        Expr::Month(..) | Expr::MonthRel(..) | Expr::NthMonthOf(..) => Granularity::Month,
        Expr::Season(..) | Expr::SeasonRel(..) => Granularity::Season,
        Expr::Day(..)
        | Expr::DayOfRefMonth(_)
        | Expr::RelDay(_)
        | Expr::Weekday(..)
        | Expr::Present
        | Expr::Holiday(..)
        | Expr::Event(_)
        | Expr::Tenure
        | Expr::NthWeekdayOf(..)
        | Expr::NthDayOf(..)
        | Expr::WeekdayDay(..)
        | Expr::WeekdayAfter(..)
        | Expr::Shift(..) => Granularity::Day,
        Expr::FiscalYear(_) => Granularity::FiscalYear,
        Expr::SplitYear(_, fiscal) => {
            if *fiscal || !matches!(ctx.cal, Calendar::UsFederalFiscal | Calendar::Gregorian) {
                if matches!(ctx.cal, Calendar::UsFederalFiscal) && *fiscal {
                    Granularity::Span
                } else {
                    Granularity::FiscalYear
                }
            } else {
                Granularity::Span
            }
        }
        Expr::RelUnit(u, _)
        | Expr::Ago(u, _, _)
        | Expr::Duration(resolve::Dur { unit: u, .. })
        | Expr::Set(resolve::Dur { unit: u, .. })
        | Expr::Earlier(None, u, _)
        | Expr::Earlier(Some(u), _, _) => unit_granularity(*u),
        Expr::Sub(4, _, _) => Granularity::Quarter,
        Expr::Sub(2, _, _) => Granularity::Half,
        Expr::WeekOf(_) | Expr::NthWeekOf(..) => Granularity::Week,
        Expr::Fixed(s, e) => resolve::granularity_of(*s, *e),
        Expr::Vague | Expr::Same | Expr::Anaphor(..) => Granularity::Unknown,
        _ => Granularity::Span,
    }
}

fn unit_granularity(u: Unit) -> Granularity {
    match u {
        Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Granularity::Day,
        Unit::Week | Unit::Weekend | Unit::Fortnight => Granularity::Week,
        Unit::Month => Granularity::Month,
        Unit::Quarter => Granularity::Quarter,
        Unit::Year => Granularity::Year,
        Unit::FiscalYear => Granularity::FiscalYear,
        Unit::Decade | Unit::Century => Granularity::Decade,
    }
}

#[cfg(test)]
mod tests;
