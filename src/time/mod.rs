//! Time expressions: recognition, resolution against a reference date, and attachment to claims.
//!
//! (Placeholder: recognition lands with the time issue. The types below are the public contract.)

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::claim::Span;

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
pub(crate) fn find_times(_text: &str, _reference: &ReferenceDate) -> Vec<TimeRef> {
    Vec::new()
}

/// The document's own date, if it states one (dateline, "Released on", URL path).
pub(crate) fn document_date(_text: &str) -> Option<(NaiveDate, Span)> {
    None
}

/// Which of `times` governs the figure at `figure` in the sentence `sentence`; `figures` are the
/// spans of all figures of that sentence (including `figure`), in text order.
pub(crate) fn governing_time(
    _text: &str,
    _times: &[TimeRef],
    _figure: Span,
    _sentence: Span,
    _figures: &[Span],
) -> Option<usize> {
    None
}
