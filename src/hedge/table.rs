//! Hedge words as data.
//!
//! # How to add a hedge
//! Add a row to [`BEFORE`] (written before the figure) or [`AFTER`] (after it) with the words, as
//! lower case, and the [`HedgeKind`] they mean. Matching is on whole tokens, longest first.

use crate::claim::HedgeKind::{self, *};
use crate::phrase::Row;

/// Hedges written before a figure: "nearly 300,000", "more than 2,000".
pub(crate) static BEFORE: &[Row<HedgeKind>] = &[
    ("about", false, Approximate),
    ("approximately", false, Approximate),
    ("approx.", false, Approximate),
    ("approx", false, Approximate),
    ("around", false, Approximate),
    ("roughly", false, Approximate),
    ("some", false, Approximate),
    ("an estimated", false, Approximate),
    ("estimated", false, Approximate),
    ("an approximate", false, Approximate),
    ("circa", false, Approximate),
    ("on the order of", false, Approximate),
    ("~", false, Approximate),
    ("nearly", false, Nearly),
    ("almost", false, Nearly),
    ("close to", false, Nearly),
    ("just under", false, Nearly),
    ("just shy of", false, Nearly),
    ("just below", false, Nearly),
    ("more than", false, MoreThan),
    ("over", false, MoreThan),
    ("well over", false, MoreThan),
    ("just over", false, MoreThan),
    ("above", false, MoreThan),
    ("in excess of", false, MoreThan),
    ("upwards of", false, MoreThan),
    ("upward of", false, MoreThan),
    ("exceeding", false, MoreThan),
    ("exceeded", false, MoreThan),
    ("exceeds", false, MoreThan),
    ("surpassed", false, MoreThan),
    ("topped", false, MoreThan),
    ("greater than", false, MoreThan),
    ("higher than", false, MoreThan),
    ("at least", false, AtLeast),
    ("no fewer than", false, AtLeast),
    ("no less than", false, AtLeast),
    ("not less than", false, AtLeast),
    ("not fewer than", false, AtLeast),
    ("a minimum of", false, AtLeast),
    ("less than", false, LessThan),
    ("fewer than", false, LessThan),
    ("under", false, LessThan),
    ("below", false, LessThan),
    ("lower than", false, LessThan),
    ("up to", false, AtMost),
    ("at most", false, AtMost),
    ("no more than", false, AtMost),
    ("not more than", false, AtMost),
    ("a maximum of", false, AtMost),
    ("as many as", false, AtMost),
    ("as much as", false, AtMost),
    ("between", false, Range),
    ("from", false, Range),
];

/// Hedges written after a figure: "2,000 or more", "300 or so".
pub(crate) static AFTER: &[Row<HedgeKind>] = &[
    ("or more", false, AtLeast),
    ("or greater", false, AtLeast),
    ("-plus", false, AtLeast),
    ("or so", false, Approximate),
    ("or fewer", false, AtMost),
    ("or less", false, AtMost),
];

/// Vague magnitudes: the word, its value, and the next magnitude's value.
/// "millions of jobs" is at least a million and less than a billion.
pub(crate) static MAGNITUDES: &[(&str, u64, u64)] = &[
    ("tens", 10, 100),
    ("dozens", 12, 144),
    ("hundreds", 100, 1_000),
    ("thousands", 1_000, 1_000_000),
    ("millions", 1_000_000, 1_000_000_000),
    ("billions", 1_000_000_000, 1_000_000_000_000),
    ("trillions", 1_000_000_000_000, 1_000_000_000_000_000),
];

/// Words that make the scale after them vague: "several million", "a few thousand".
pub(crate) static VAGUE: &[&str] = &["several", "many", "few", "multiple", "countless"];
