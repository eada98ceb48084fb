//! Lengths of time and how often: durations ("three years", "a 27-year contract", "several
//! months") and sets ("every year", "annually", "$5 a month").
//!
//! A duration places nothing by itself. Where the words around it anchor it ("in the last three
//! years", "|five-year| high", "has risen for three years", "the lowest level in six years") it
//! becomes a window ending at the reference date: the window rules and the scanner see to that.

use super::class::*;
use super::{with, Parsed, Rule};
use crate::lex::Kind;
use crate::time::cursor::{Count, Cur};
use crate::time::resolve::{Dur, Expr, Unit};
use crate::time::TimeKind;

pub(super) static RULES: &[Rule] = &[
    Rule {
        name: "duration",
        first: NUM | CARD | WORD,
        parse: duration,
        examples: &[
            "three years",
            "35 days",
            "18 months",
            "for |a decade",
            "lasted |a decade",
            "two and a half years",
            "six straight days",
            "several years",
            "27-year",
            "|five-year| high",
            "24 hours",
            "two consecutive quarters",
        ],
    },
    Rule {
        name: "vague_duration",
        first: THE | UNIT | WORD,
        parse: vague_duration,
        examples: &["for |years", "for |decades", "decades-long", "over |the years", "in |years"],
    },
    Rule {
        name: "set",
        first: WORD | CARD | NUM,
        parse: set,
        examples: &[
            "every year",
            "each month",
            "every two weeks",
            "every other week",
            "annually",
            "weekly",
            "15 |a year",
            "per month",
            "twice a year",
        ],
    },
];

/// Words after a length that make it part of an age ("a 65-year-old", "five years old").
fn age_follows(c: &Cur<'_, '_>) -> bool {
    let t = c.t;
    let i = c.i;
    (t.dash(i) && t.is(i + 1, "old")) || t.is(i, "old") || (t.is(i, "of") && t.is(i + 1, "age"))
}

/// Words that make a length before them a window ending now: "|five-year| high", "12-year lows".
const EXTREMES: &[&str] =
    &["high", "highs", "low", "lows", "record", "peak", "best", "worst", "top", "bottom", "trough"];

fn duration(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let t = c.t;
    let start = c.i;
    let n = c.count()?;
    // "for a year", "nearly a decade": an article counts one only after a preposition or hedge
    // ("A second A380", "there came a day" are no lengths).
    if matches!(n, Count::Article) && !article_counts(c.t, start) {
        return None;
    }
    let adjective_form = c.dash();
    if !adjective_form {
        let _ = c.one_of(&[
            "full",
            "straight",
            "consecutive",
            "successive",
            "running",
            "long",
            "calendar",
            "trading",
            "business",
            "working",
        ]);
    }
    let u = c.unit()?;
    let plural = c.prev_plural();
    if adjective_form && (plural || !c.t.glued(c.i - 1)) {
        return None;
    }
    if age_follows(c) {
        return None;
    }
    // "two years ago", "a year earlier": another rule's.
    if t.is_any(c.i, &["ago", "hence", "earlier", "later", "back"]) {
        return None;
    }
    let count = match n {
        Count::Exact(v) => Some(v),
        Count::Article => Some(1.into()),
        Count::Vague => None,
    };
    // "15 a year", "$5 billion a month": a rate.
    if matches!(n, Count::Article) && start > 0 && rate_before(c, start) {
        return Some(with(Expr::Set(Dur { n: Some(1.into()), unit: u }), TimeKind::Set));
    }
    let single_after_number = !plural && count.is_some_and(|v| v > rust_decimal::Decimal::ONE);
    // "|five-year| high", "12-year lows", "a 20 year low": the extreme of a window ending now.
    if (adjective_form || single_after_number) && t.is_any(c.i, EXTREMES) {
        if let Some(n) = count.filter(|v| v.fract().is_zero()).and_then(|v| u32::try_from(v).ok()) {
            return Some(with(Expr::Window(u, n, false), TimeKind::Baseline));
        }
    }
    c.opt("long");
    Some(with(Expr::Duration(Dur { n: count, unit: u }), TimeKind::Duration))
}

/// Whether the article at token `at` counts one: after a preposition or a hedge ("for a year",
/// "nearly a decade"), or after a figure (a rate: "15 a year").
fn article_counts(t: &crate::time::cursor::Toks<'_>, at: usize) -> bool {
    at > 0
        && (t.is_any(
            at - 1,
            &[
                "for", "in", "over", "within", "after", "nearly", "almost", "about", "than", "only", "just", "around",
                "roughly", "past", "last", "once", "twice", "thrice", "per", "lasted", "lasting", "lasts", "took",
                "spent", "waited",
            ],
        ) || t.kind(at - 1) == Some(Kind::Num)
            || t.is_any(at - 1, &["million", "billion", "thousand", "trillion", "percent", "times"])
            || t.sym(at - 1, '%'))
        && !t.is_any(at + 1, &["second", "quarter", "half"])
}

/// Whether a figure or frequency word ends right before token `at`: "15 a year", "$5 million a
/// month", "twice a week".
fn rate_before(c: &Cur<'_, '_>, at: usize) -> bool {
    let t = c.t;
    let p = at - 1;
    t.kind(p) == Some(Kind::Num)
        || t.is_any(
            p,
            &[
                "once", "twice", "thrice", "times", "million", "billion", "thousand", "trillion", "percent", "dollars",
                "euros", "pounds",
            ],
        )
        || t.sym(p, '%')
        || t.entry(p).card > 1
}

fn vague_duration(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let t = c.t;
    let start = c.i;
    // "over the years"
    let the = c.opt("the");
    let u = c.unit()?;
    if !c.prev_plural() || matches!(u, Unit::Weekend) {
        return None;
    }
    let long = c.attempt(|c| {
        let _ = c.dash();
        c.word("long").then_some(())
    });
    let prep = start > 0 && t.is_any(start - 1, &["for", "in", "over", "within", "after", "across"]);
    let ok = if the {
        start > 0 && t.is(start - 1, "over") && matches!(u, Unit::Year | Unit::Decade)
    } else {
        long.is_some() || prep
    };
    ok.then(|| with(Expr::Duration(Dur { n: None, unit: u }), TimeKind::Duration))
}

fn set(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let t = c.t;
    let start = c.i;
    let dur = |n: i64, unit| Some(with(Expr::Set(Dur { n: Some(n.into()), unit }), TimeKind::Set));
    // "annually", "weekly", "annual"
    if let Some(k) = c.one_of(&[
        "annually",
        "yearly",
        "monthly",
        "weekly",
        "daily",
        "quarterly",
        "hourly",
        "biweekly",
        "semiannually",
        "biannually",
        "nightly",
        "annual",
    ]) {
        // Adjectives and adverbs alike; "annual" only before a noun.
        if k == 11 && !t.is_word(c.i) {
            return None;
        }
        let (n, u) = match k {
            0 | 1 | 11 => (1, Unit::Year),
            2 => (1, Unit::Month),
            3 => (1, Unit::Week),
            4 | 10 => (1, Unit::Day),
            5 => (1, Unit::Quarter),
            6 => (1, Unit::Hour),
            7 => (2, Unit::Week),
            _ => (6, Unit::Month),
        };
        return dur(n, u);
    }
    // "every year", "each month", "every two weeks", "every other week", "every Tuesday"
    if c.one_of(&["every", "each"]).is_some() {
        let n = if c.word("other") {
            2
        } else {
            match c.attempt(|c| c.count()) {
                Some(Count::Exact(v)) if v.fract().is_zero() => i64::try_from(v).ok()?,
                Some(_) => return None,
                None => 1,
            }
        };
        if c.entry().weekday != 0 && c.t.is_word(c.i) {
            c.i += 1;
            return dur(n, Unit::Week);
        }
        let u = c.unit()?;
        return dur(n, u);
    }
    // "once a year", "twice a month", "three times a year", "per month", "per annum"
    let freq = c.attempt(|c| {
        if c.one_of(&["once", "twice", "thrice"]).is_some() {
            return Some(());
        }
        c.count()?;
        c.word("times").then_some(())
    });
    let per = c.word("per");
    if !per {
        c.one_of(&["a", "an"])?;
        if freq.is_none() && !(start > 0 && rate_before(c, start)) {
            return None;
        }
    }
    if per && c.word("annum") {
        return dur(1, Unit::Year);
    }
    let u = c.unit()?;
    if c.prev_plural() {
        return None;
    }
    dur(1, u)
}
