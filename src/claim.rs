//! The public data model: what the extractor returns.
//!
//! Every type here derives `Serialize` and `Deserialize` with stable snake_case names. Decimal
//! values are serialised as strings (`"863400000000"`), never as floats, whatever features a
//! downstream crate turns on for `rust_decimal`.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::time::TimeRef;
use crate::util::snake_names;

snake_names!(ClaimKind {
    Money => "money",
    Count => "count",
    Percent => "percent",
    Quantity => "quantity",
    Ratio => "ratio",
    Rank => "rank",
});
snake_names!(ChangeRole { Delta => "delta", From => "from", To => "to" });
snake_names!(Direction { Up => "up", Down => "down" });
snake_names!(Modality {
    Reported => "reported",
    Committed => "committed",
    Target => "target",
    Forecast => "forecast",
    Hypothetical => "hypothetical",
});
snake_names!(MentionKind {
    Number => "number",
    Money => "money",
    Percent => "percent",
    Quantity => "quantity",
    Ratio => "ratio",
});
snake_names!(CurrencySource { Written => "written", Given => "given", Inferred => "inferred", Default => "default" });
snake_names!(HedgeKind {
    Exact => "exact",
    Approximate => "approximate",
    Nearly => "nearly",
    MoreThan => "more_than",
    AtLeast => "at_least",
    LessThan => "less_than",
    AtMost => "at_most",
    Range => "range",
    Indefinite => "indefinite",
});

/// A half-open byte range `start..end` into the text given to the extractor.
///
/// Offsets are byte offsets into the original `&str`, so `&text[span.start..span.end]` is always
/// the exact source text (both ends lie on `char` boundaries).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Builds a span from its two ends.
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The length of the span in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Whether two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether `other` lies entirely inside `self`.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// What a claim measures.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// An amount of money; `unit` is an ISO 4217 code such as `"USD"`.
    Money,
    /// A number of things; `unit` is the counted noun's head, singular and lower case
    /// (`"refugee"`), and `counted` the noun phrase as written.
    Count,
    /// A percentage (`unit` `"%"`) or a change in percentage points (`unit` `"percentage_point"`).
    Percent,
    /// A physical quantity; `unit` is a singular snake_case unit name such as `"metric_ton"`.
    Quantity,
    /// A proportion written as a fraction or "N in M": "two-thirds of", "one in five".
    /// `value` is the proportion as a decimal (0.2 for "one in five"). A multiple ("three
    /// times as much", "a 10-fold rise") is a ratio with unit `"times"`.
    Ratio,
    /// A position in an ordering: "the third-largest trading partner", "No. 1 exporter",
    /// "ranked 12th". `value` is the position and `counted` what is ranked.
    Rank,
}

/// What a numeric mention is, before claim filtering.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    /// A bare number: "2,000", "two million", "1.5". Years, ordinals-free numbers and numbers
    /// inside identifiers are reported here too; the claim filter decides what they are.
    Number,
    /// A number with a currency.
    Money,
    /// A number with a percent sign or word.
    Percent,
    /// A number with a unit of measure.
    Quantity,
    /// A fraction or "N in M" proportion.
    Ratio,
}

/// How the currency of an amount of money was decided.
///
/// Most amounts name their currency: a code ("CAD 5"), a qualified symbol ("C$5", "$US5", "A$"),
/// a name ("5 euros", "Canadian dollars") or a symbol only one currency uses ("€", "£"). A bare
/// `$`, "dollars", "cents" or "pounds" depends on whose document it is: the document's
/// [`Jurisdiction`](crate::Jurisdiction) decides, and this says where that came from.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CurrencySource {
    /// The text names the currency ("C$5", "CAD 5", "5 euros", "£5").
    Written,
    /// A bare `$` (or "dollars", "pounds") read in the jurisdiction given to the builder.
    Given,
    /// A bare `$` (or "dollars", "pounds") read in the jurisdiction inferred from the document's
    /// cues (a dateline, a government domain, "C$" elsewhere): check it when it matters.
    Inferred,
    /// A bare `$` (or "dollars") with no jurisdiction given or inferred: the US dollar.
    Default,
}

/// How the text qualifies a figure.
///
/// | kind | words | interval implied for value `v` |
/// |---|---|---|
/// | `exact` | (none) | `[v, v]` |
/// | `approximate` | about, approximately, around, roughly, some, an estimated, ~ | `[v, v]`, approximate |
/// | `nearly` | nearly, almost, close to, just under, just shy of | `(.., v]`, approximate |
/// | `more_than` | more than, over, above, in excess of, upwards of, exceeding, greater than | `(v, ..)` |
/// | `at_least` | at least, no fewer than, no less than, a minimum of | `[v, ..)` |
/// | `less_than` | less than, fewer than, under, below | `(.., v)` |
/// | `at_most` | up to, at most, no more than, a maximum of, as many as | `(.., v]` |
/// | `range` | between X and Y, from X to Y, X–Y, X-Y, $3-5 billion | `[v, value_high]` |
/// | `indefinite` | millions of, hundreds of thousands of, dozens of, tens of billions of | `[v, next magnitude)`, approximate |
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HedgeKind {
    /// No qualifier: the figure is stated as is.
    Exact,
    /// "about", "approximately", "around", "roughly", "some", "an estimated", "~".
    Approximate,
    /// "nearly", "almost", "close to", "just under", "just shy of": approximately, and at most
    /// the value.
    Nearly,
    /// "more than", "over", "above", "in excess of", "upwards of", "exceeding", "greater than":
    /// an exclusive lower bound.
    MoreThan,
    /// "at least", "no fewer than", "no less than", "a minimum of": an inclusive lower bound.
    AtLeast,
    /// "less than", "fewer than", "under", "below": an exclusive upper bound.
    LessThan,
    /// "up to", "at most", "no more than", "a maximum of", "as many as": an inclusive upper bound.
    AtMost,
    /// "between X and Y", "from X to Y", "X–Y": `value` is the low end and `value_high` the high end.
    Range,
    /// A vague magnitude ("millions of jobs"): `value` is the magnitude named (1000000).
    Indefinite,
}

/// The hedge of a figure: its kind, and the words that express it.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hedge {
    /// What the hedge means.
    pub kind: HedgeKind,
    /// The hedge words as written ("nearly", "between ... and"), or `None` for `exact` and for
    /// forms carried by the figure itself ("10-20", "millions").
    pub text: Option<String>,
    /// Where the hedge words are (for a range, from its first to its last word), or `None` with
    /// `text`.
    pub span: Option<Span>,
}

impl Hedge {
    /// The hedge of a figure stated without qualification.
    pub const fn exact() -> Hedge {
        Hedge { kind: HedgeKind::Exact, text: None, span: None }
    }
}

/// The numeric interval a hedged figure stands for. An open side is `None` (JSON `null`).
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interval {
    /// Lower bound, or `None` when unbounded below.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub low: Option<Decimal>,
    /// Whether `low` itself belongs to the interval.
    pub low_inclusive: bool,
    /// Upper bound, or `None` when unbounded above.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub high: Option<Decimal>,
    /// Whether `high` itself belongs to the interval.
    pub high_inclusive: bool,
    /// Whether the bounds are themselves approximate ("about", "nearly", "millions of").
    pub approximate: bool,
}

impl Interval {
    /// The interval a figure with `value` (and `value_high` for a range) means under `hedge`.
    pub fn from_hedge(hedge: HedgeKind, value: Decimal, value_high: Option<Decimal>) -> Interval {
        let (low, low_inclusive, high, high_inclusive, approximate) = match hedge {
            HedgeKind::Exact => (Some(value), true, Some(value), true, false),
            HedgeKind::Approximate => (Some(value), true, Some(value), true, true),
            HedgeKind::Nearly => (None, false, Some(value), true, true),
            HedgeKind::MoreThan => (Some(value), false, None, false, false),
            HedgeKind::AtLeast => (Some(value), true, None, false, false),
            HedgeKind::LessThan => (None, false, Some(value), false, false),
            HedgeKind::AtMost => (None, false, Some(value), true, false),
            HedgeKind::Range => (Some(value), true, Some(value_high.unwrap_or(value)), true, false),
            HedgeKind::Indefinite => {
                let high = value_high.or_else(|| value.checked_mul(Decimal::from(10)));
                (Some(value), true, high, false, true)
            }
        };
        Interval { low, low_inclusive, high, high_inclusive, approximate }
    }
}

/// One numeric expression found in the text, before claim filtering.
///
/// [`Extractor::mentions`](crate::Extractor::mentions) returns these, so the number grammar can
/// be tested and reused on its own. A mention may be a year, a number inside a name ("G7") or a
/// duration; [`Claim`]s are the mentions that assert a quantity.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The expression as written, hedge words excluded ("$863.4 billion").
    pub text: String,
    /// Where `text` is in the input.
    pub span: Span,
    /// What kind of expression it is.
    pub kind: MentionKind,
    /// The value (for a range, its low end).
    #[serde(with = "rust_decimal::serde::str")]
    pub value: Decimal,
    /// For a range, its high end.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub value_high: Option<Decimal>,
    /// ISO 4217 code for money, `"%"` or `"percentage_point"` for percentages, a unit name for
    /// quantities; `None` for bare numbers and ratios.
    pub unit: Option<String>,
    /// For money, how its currency was decided (see [`CurrencySource`]); `None` otherwise.
    pub currency_source: Option<CurrencySource>,
    /// The hedge that qualifies the expression.
    pub hedge: Hedge,
    /// The interval implied by `value`, `value_high` and `hedge`.
    pub interval: Interval,
}

/// The part a figure plays in a change the text states.
///
/// In "Exports increased $38.0 billion, or 7.1 percent, to $574.6 billion", the first two
/// figures are the size of the rise (`delta`) and the third the level reached (`to`). In "fell
/// from $36,040 to $34,935" the first is where the change started (`from`).
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeRole {
    /// The size of a change: "increased by $9.4 billion", "rose 2.5 percent", "a 97 percent
    /// increase", "a drop of 496,000", "$1.7 billion less than February".
    Delta,
    /// The starting or comparison value: "fell from $36,040", "compared with 13 the year
    /// before", "up from 2.4 million in 2017".
    From,
    /// The value reached: "to $34,935"; "was 71.0 per cent, up 0.4 on the quarter" (71.0).
    To,
}

/// Which way a change goes, as the words say.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// rise, increase, grow, gain, up, climb, jump, surge, soar, double, expand, more than.
    Up,
    /// fall, decrease, drop, decline, cut, down, shrink, reduce, slip, plunge, less than.
    Down,
}

/// What a figure says about a change: its role, the direction the words give, and the claim at
/// the other end.
///
/// JSON: `{"role": "delta", "direction": "up", "partner": 2}`. A level (the plain case) has no
/// `change` at all (`null`).
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Change {
    /// The part the figure plays.
    pub role: ChangeRole,
    /// Up or down, or `None` where the text names no direction ("compared with 13").
    pub direction: Option<Direction>,
    /// The index, in the same result, of the claim at the other end of the change: for `from`
    /// the `to` claim and back; for a `delta` the level it leads to (`to`), and for a `to`
    /// without a `from` the first `delta`. `None` when the text states no other end.
    pub partner: Option<usize>,
}

impl Change {
    /// A change of `role` going `direction`, with no partner.
    pub const fn new(role: ChangeRole, direction: Option<Direction>) -> Change {
        Change { role, direction, partner: None }
    }
}

/// Whether a claim states a fact, a promise, a goal, a forecast or a supposition.
///
/// | modality | cue words | example |
/// |---|---|---|
/// | `reported` | (none), has provided, totaled, was, an estimated | "has provided $2 billion" |
/// | `committed` | will, shall, plans to, announces, allocates, pledges, commits, requests, proposes, to be provided | "will provide up to $1.2 billion" |
/// | `target` | goal, target, aims, aiming, objective, ambition | "a goal of 500,000 chargers" |
/// | `forecast` | projected, expected, forecast, anticipated, predicted, on track to, could, might | "is projected to grow 3 percent" |
/// | `hypothetical` | would, could ... if, might ... if | "would have saved $800" |
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// An observed or achieved fact, or an estimate of one ("an estimated 15.7 million people
    /// need aid"): the default.
    #[default]
    Reported,
    /// Money or action pledged, announced for the future, allocated, requested or to be
    /// provided: "will provide up to $1.2 billion", "the budget allocates £2.5 billion".
    Committed,
    /// A goal: "a goal of 500,000 chargers by 2030", "aims to cut emissions 50 percent".
    Target,
    /// A projection: "is projected to grow 3 percent", "expected to create 7,000 jobs".
    Forecast,
    /// A counterfactual or condition: "would have saved $800", "could save up to $300 if".
    Hypothetical,
}

/// A quantitative claim: a figure the text asserts, with what it measures, how it is hedged,
/// when it holds and where it stands.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// The figure as written, hedge words excluded ("$863.4 billion", "300,000").
    pub text: String,
    /// Where `text` is in the input.
    pub span: Span,
    /// What the claim measures.
    pub kind: ClaimKind,
    /// The point value, or a range's low end. Normalised: no trailing zeros.
    #[serde(with = "rust_decimal::serde::str")]
    pub value: Decimal,
    /// A range's high end.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub value_high: Option<Decimal>,
    /// The unit: ISO 4217 code for money ("USD"); the counted noun's head, singular and lower
    /// case, for a count ("refugee"); `"%"` or `"percentage_point"` for a percentage; a singular
    /// snake_case unit name for a quantity ("barrel_per_day"); `None` for a ratio.
    pub unit: Option<String>,
    /// For money, how its currency was decided: written in the text, or a bare `$` read in a
    /// jurisdiction given, inferred or assumed (see [`CurrencySource`]); `None` otherwise.
    pub currency_source: Option<CurrencySource>,
    /// For counts, the counted noun phrase as written ("individuals from these countries").
    pub counted: Option<String>,
    /// How the figure is qualified.
    pub hedge: Hedge,
    /// The numeric interval `value`, `value_high` and `hedge` imply: "more than 2,000" is
    /// `(2000, ..)`, "nearly 300,000" is `(.., 300000]` and approximate, "between 10 and 20" is
    /// `[10, 20]`.
    pub interval: Interval,
    /// When the claim holds, if the text says.
    pub time: Option<TimeRef>,
    /// The part the figure plays in a change ("rose 5 percent", "from $10 to $12"), or `None`
    /// for a level. See [`Change`].
    pub change: Option<Change>,
    /// Whether the claim is reported fact, a commitment, a target, a forecast or hypothetical.
    pub modality: Modality,
    /// The sentence the claim stands in.
    pub sentence: Span,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `as_str` and `Display` give each variant's JSON name, and `FromStr` reads it back.
    fn names_match_serde<T>(variants: &[T], as_str: fn(T) -> &'static str)
    where
        T: Copy + Serialize + std::fmt::Display + std::str::FromStr<Err = crate::util::ParseNameError> + PartialEq,
        T: std::fmt::Debug,
    {
        for &v in variants {
            assert_eq!(serde_json::to_value(v).unwrap(), as_str(v));
            assert_eq!(v.to_string(), as_str(v));
            assert_eq!(as_str(v).parse::<T>(), Ok(v));
        }
    }

    #[test]
    fn as_str_is_the_json_name() {
        use crate::time::{Granularity, ReferenceSource, TimeKind};
        names_match_serde(ClaimKind::VARIANTS, ClaimKind::as_str);
        names_match_serde(MentionKind::VARIANTS, MentionKind::as_str);
        names_match_serde(HedgeKind::VARIANTS, HedgeKind::as_str);
        names_match_serde(CurrencySource::VARIANTS, CurrencySource::as_str);
        names_match_serde(ChangeRole::VARIANTS, ChangeRole::as_str);
        names_match_serde(Direction::VARIANTS, Direction::as_str);
        names_match_serde(Modality::VARIANTS, Modality::as_str);
        names_match_serde(Granularity::VARIANTS, Granularity::as_str);
        names_match_serde(TimeKind::VARIANTS, TimeKind::as_str);
        names_match_serde(crate::time::Modifier::VARIANTS, crate::time::Modifier::as_str);
        names_match_serde(ReferenceSource::VARIANTS, ReferenceSource::as_str);
        use crate::jurisdiction::{Calendar, Jurisdiction};
        names_match_serde(Jurisdiction::VARIANTS, Jurisdiction::as_str);
        names_match_serde(Calendar::VARIANTS, Calendar::as_str);
        assert_eq!(HedgeKind::MoreThan.as_str(), "more_than");
    }

    #[test]
    fn display_pads_and_from_str_names_the_type() {
        assert_eq!(format!("[{:<10}]", HedgeKind::Nearly), "[nearly    ]");
        let err = "MoreThan".parse::<HedgeKind>().unwrap_err();
        assert_eq!(err.type_name(), "HedgeKind");
        assert_eq!(
            err.to_string(),
            "\"MoreThan\" is not a HedgeKind (expected one of: exact, approximate, nearly, more_than, at_least, \
             less_than, at_most, range, indefinite)"
        );
        assert!("".parse::<ClaimKind>().is_err());
    }

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn interval_per_hedge() {
        let v = d("2000");
        let iv = Interval::from_hedge(HedgeKind::MoreThan, v, None);
        assert_eq!((iv.low, iv.low_inclusive, iv.high), (Some(v), false, None));
        let iv = Interval::from_hedge(HedgeKind::Nearly, v, None);
        assert_eq!((iv.low, iv.high, iv.high_inclusive, iv.approximate), (None, Some(v), true, true));
        let iv = Interval::from_hedge(HedgeKind::AtMost, v, None);
        assert_eq!((iv.low, iv.high, iv.high_inclusive), (None, Some(v), true));
        let iv = Interval::from_hedge(HedgeKind::LessThan, v, None);
        assert_eq!((iv.high, iv.high_inclusive), (Some(v), false));
        let iv = Interval::from_hedge(HedgeKind::Range, d("10"), Some(d("20")));
        assert_eq!((iv.low, iv.high), (Some(d("10")), Some(d("20"))));
        let iv = Interval::from_hedge(HedgeKind::Indefinite, d("1000000"), Some(d("1000000000")));
        assert_eq!((iv.low, iv.high, iv.high_inclusive), (Some(d("1000000")), Some(d("1000000000")), false));
        let iv = Interval::from_hedge(HedgeKind::Exact, v, None);
        assert_eq!((iv.low, iv.high, iv.approximate), (Some(v), Some(v), false));
    }

    #[test]
    fn span_relations() {
        let a = Span::new(0, 5);
        assert!(a.overlaps(Span::new(4, 9)));
        assert!(!a.overlaps(Span::new(5, 9)));
        assert!(a.contains(Span::new(1, 5)));
        assert_eq!(a.len(), 5);
    }

    #[test]
    fn json_names_are_snake_case() {
        let iv = Interval::from_hedge(HedgeKind::MoreThan, d("2000"), None);
        let json = serde_json::to_string(&iv).unwrap();
        assert_eq!(
            json,
            r#"{"low":"2000","low_inclusive":false,"high":null,"high_inclusive":false,"approximate":false}"#
        );
        assert_eq!(serde_json::to_string(&HedgeKind::MoreThan).unwrap(), r#""more_than""#);
    }
}
