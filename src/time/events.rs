//! Events that readouts date figures from: "since the President took office", "since Russia's
//! full-scale invasion of Ukraine", "since the Bipartisan Infrastructure Law was signed".
//!
//! Two tables, both data:
//! - [`TERMS`]: US presidential terms. "Since I took office" and "since the start of this
//!   Administration" ([`TENURE`]) mean the first day of the continuous tenure of the president in
//!   office at the reference date (a second consecutive term counts from the first).
//! - [`EVENTS`]: dated events, each with its names and a source for the date.
//!
//! How to add an event: a row in [`EVENTS`] with the names as readouts write them (lower case; the
//! match ignores case and the kind of apostrophe) and where the date comes from. A name is matched
//! after "since", "before", "after", "until" or "following"; an event not in the table stays
//! unrecognised, so it never gets a wrong date.

use chrono::NaiveDate;
use once_cell::sync::Lazy;

use super::phrases::{first_tokens, Phrases};

/// US presidents' terms: the president's name and the first day of each term (inauguration day,
/// 20 January). A term ends where the next begins.
pub(super) const TERMS: &[(&str, (i32, u32, u32))] = &[
    ("Clinton", (1993, 1, 20)),
    ("Clinton", (1997, 1, 20)),
    ("Bush", (2001, 1, 20)),
    ("Bush", (2005, 1, 20)),
    ("Obama", (2009, 1, 20)),
    ("Obama", (2013, 1, 20)),
    ("Trump", (2017, 1, 20)),
    ("Biden", (2021, 1, 20)),
    ("Trump", (2025, 1, 20)),
];

/// Phrases that mean "the day the president in office took office".
pub(super) const TENURE: &[&str] = &[
    "the president took office",
    "the president came into office",
    "the president was sworn in",
    "the president was inaugurated",
    "i took office",
    "i came into office",
    "i was sworn in",
    "he took office",
    "taking office",
    "coming into office",
    "the administration took office",
    "this administration took office",
    "this administration began",
    "the administration began",
    "the start of this administration",
    "the start of the administration",
    "the start of my administration",
    "the beginning of this administration",
    "the beginning of the administration",
    "the beginning of my administration",
    "the first day of this administration",
    "the first day of my administration",
    "day one of this administration",
];

/// A dated event: the names readouts give it (lower case), its date, and where the date comes
/// from.
pub(super) type Event = (&'static [&'static str], (i32, u32, u32), &'static str);

/// Dated events.
pub(super) const EVENTS: &[Event] = &[
    (
        &[
            "russia's full-scale invasion of ukraine",
            "russia's full scale invasion of ukraine",
            "russia's invasion of ukraine",
            "russia's full-scale invasion",
            "russia's further invasion of ukraine",
            "russia invaded ukraine",
            "the full-scale invasion",
            "the full-scale invasion of ukraine",
            "the russian invasion of ukraine",
            "the invasion of ukraine",
            "russia's war against ukraine began",
            "russia launched its full-scale invasion of ukraine",
            "russia launched its full-scale invasion",
        ],
        (2022, 2, 24),
        "Russia's full-scale invasion of Ukraine began on 24 February 2022",
    ),
    (
        &[
            "the bipartisan infrastructure law was signed",
            "the bipartisan infrastructure law was signed into law",
            "the bipartisan infrastructure law became law",
            "the bipartisan infrastructure law was enacted",
            "the president signed the bipartisan infrastructure law",
            "the infrastructure investment and jobs act was signed",
            "the passage of the bipartisan infrastructure law",
            "the bipartisan infrastructure law passed",
        ],
        (2021, 11, 15),
        "Infrastructure Investment and Jobs Act, Pub. L. 117-58, signed 15 November 2021",
    ),
    (
        &[
            "the inflation reduction act was signed",
            "the inflation reduction act was signed into law",
            "the inflation reduction act became law",
            "the inflation reduction act was enacted",
            "the inflation reduction act passed",
            "the president signed the inflation reduction act",
            "the passage of the inflation reduction act",
        ],
        (2022, 8, 16),
        "Inflation Reduction Act of 2022, Pub. L. 117-169, signed 16 August 2022",
    ),
    (
        &[
            "the chips and science act was signed",
            "the chips and science act was signed into law",
            "the chips and science act became law",
            "the chips and science act passed",
            "the president signed the chips and science act",
            "the passage of the chips and science act",
        ],
        (2022, 8, 9),
        "CHIPS and Science Act, Pub. L. 117-167, signed 9 August 2022",
    ),
    (
        &[
            "the american rescue plan was signed",
            "the american rescue plan was signed into law",
            "the american rescue plan became law",
            "the american rescue plan passed",
            "the passage of the american rescue plan",
        ],
        (2021, 3, 11),
        "American Rescue Plan Act of 2021, Pub. L. 117-2, signed 11 March 2021",
    ),
    (
        &[
            "the affordable care act was signed",
            "the affordable care act was signed into law",
            "the affordable care act became law",
            "the passage of the affordable care act",
        ],
        (2010, 3, 23),
        "Patient Protection and Affordable Care Act, Pub. L. 111-148, signed 23 March 2010",
    ),
    (
        &["the tax cuts and jobs act was signed", "the tax cuts and jobs act became law", "the 2017 tax cuts"],
        (2017, 12, 22),
        "Tax Cuts and Jobs Act, Pub. L. 115-97, signed 22 December 2017",
    ),
    (
        &[
            "the start of the pandemic",
            "the beginning of the pandemic",
            "the onset of the pandemic",
            "the pandemic began",
            "the pandemic started",
            "the covid-19 pandemic began",
            "the start of the covid-19 pandemic",
            "the beginning of the covid-19 pandemic",
            "the onset of the covid-19 pandemic",
        ],
        (2020, 3, 11),
        "the World Health Organization characterised COVID-19 as a pandemic on 11 March 2020",
    ),
    (
        &["the fall of kabul", "the taliban takeover of afghanistan", "the taliban takeover"],
        (2021, 8, 15),
        "Kabul fell to the Taliban on 15 August 2021",
    ),
    (
        &["the dobbs decision", "the supreme court overturned roe v. wade", "roe v. wade was overturned"],
        (2022, 6, 24),
        "Dobbs v. Jackson Women's Health Organization, 597 U.S. 215, decided 24 June 2022",
    ),
    (
        &["brexit", "the united kingdom left the european union", "the uk left the eu"],
        (2020, 1, 31),
        "the United Kingdom left the European Union on 31 January 2020",
    ),
    (
        &["the paris agreement was adopted", "the adoption of the paris agreement"],
        (2015, 12, 12),
        "the Paris Agreement was adopted on 12 December 2015 (UNFCCC COP21)",
    ),
    (
        &["hurricane maria", "hurricane maria hit puerto rico", "hurricane maria made landfall"],
        (2017, 9, 20),
        "Hurricane Maria made landfall in Puerto Rico on 20 September 2017 (NOAA)",
    ),
    (
        &[
            "the september 11 attacks",
            "the september 11th attacks",
            "the september 11 terrorist attacks",
            "the september 11th terrorist attacks",
            "the 9/11 attacks",
            "the 9/11 terrorist attacks",
            "9/11",
        ],
        (2001, 9, 11),
        "the attacks of 11 September 2001",
    ),
    (
        &["hamas's october 7 attack", "hamas' october 7 attack", "the october 7 attack", "the october 7 attacks"],
        (2023, 10, 7),
        "the Hamas attack on Israel of 7 October 2023",
    ),
];

/// Phrases that date from a law named earlier in the paragraph: "The Bipartisan Infrastructure Law
/// has funded 60,000 projects since it was signed". The law is the nearest name before it that an
/// [`EVENTS`] row gives as "the ... was signed"; with none, the phrase stays unrecognised.
pub(super) const SIGNED: &[&str] =
    &["it was signed", "it was signed into law", "it was enacted", "it became law", "its passage", "its enactment"];

/// How far back, in tokens, the law [`SIGNED`] refers to may be named.
const SIGNED_REACH: usize = 60;

/// What a matched name means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Named {
    /// The start of the current president's tenure.
    Tenure,
    /// A row of [`EVENTS`].
    Event(usize),
    /// A law named earlier ([`SIGNED`]).
    Signed,
}

static NAMES: Lazy<Phrases<Named>> = Lazy::new(|| {
    let tenure = TENURE.iter().map(|n| (*n, Named::Tenure));
    let events =
        EVENTS.iter().enumerate().flat_map(|(i, (names, _, _))| names.iter().map(move |n| (*n, Named::Event(i))));
    let signed = SIGNED.iter().map(|n| (*n, Named::Signed));
    Phrases::new_indexed(tenure.chain(events).chain(signed))
});

/// The laws of [`EVENTS`] by their names alone ("the bipartisan infrastructure law", "inflation
/// reduction act"), from the rows' "the ... was signed".
static LAWS: Lazy<Phrases<usize>> = Lazy::new(|| {
    let stems: Vec<(String, usize)> = EVENTS
        .iter()
        .enumerate()
        .flat_map(|(i, (names, _, _))| names.iter().filter_map(move |n| n.strip_suffix(" was signed").map(|s| (s, i))))
        .flat_map(|(s, i)| {
            let bare = s.strip_prefix("the ").map(|b| (b.to_string(), i));
            std::iter::once((s.to_string(), i)).chain(bare)
        })
        .collect();
    Phrases::new(stems.iter().map(|(s, i)| (s.as_str(), *i)))
});

static FIRST: Lazy<Vec<String>> = Lazy::new(|| {
    first_tokens(
        TENURE
            .iter()
            .copied()
            .chain(EVENTS.iter().flat_map(|(n, _, _)| n.iter().copied()))
            .chain(SIGNED.iter().copied()),
    )
});

/// The law named nearest before token `i` (within [`SIGNED_REACH`] tokens), as a row of
/// [`EVENTS`].
pub(super) fn law_before(t: &super::cursor::Toks<'_>, i: usize) -> Option<usize> {
    (i.saturating_sub(SIGNED_REACH)..i)
        .rev()
        .find_map(|k| LAWS.longest(t, k).filter(|&(end, _)| end <= i).map(|(_, row)| row))
}

/// The first words of the names, for the lexicon.
pub(super) fn first_words() -> impl Iterator<Item = &'static str> {
    FIRST.iter().map(String::as_str)
}

/// The longest event name starting at token `i`.
pub(super) fn name_at(t: &super::cursor::Toks<'_>, i: usize) -> Option<(usize, Named)> {
    NAMES.longest(t, i)
}

/// The date of event `idx`.
pub(super) fn date(idx: usize) -> Option<NaiveDate> {
    let (_, (y, m, d), _) = EVENTS.get(idx)?;
    NaiveDate::from_ymd_opt(*y, *m, *d)
}

/// The first day of the continuous tenure of the US president in office on `r` (the start of
/// their first of consecutive terms).
pub(super) fn tenure_start(r: NaiveDate) -> Option<NaiveDate> {
    let day = |(y, m, d): (i32, u32, u32)| NaiveDate::from_ymd_opt(y, m, d);
    let k = TERMS.iter().rposition(|&(_, start)| day(start).is_some_and(|s| s <= r))?;
    let name = TERMS[k].0;
    let mut first = k;
    while first > 0 && TERMS[first - 1].0 == name {
        first -= 1;
    }
    day(TERMS[first].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn tenure_counts_consecutive_terms_from_the_first() {
        assert_eq!(tenure_start(d("2023-11-17")), Some(d("2021-01-20")));
        assert_eq!(tenure_start(d("2014-05-01")), Some(d("2009-01-20")));
        // Inauguration day belongs to the new president; a non-consecutive term starts anew.
        assert_eq!(tenure_start(d("2021-01-20")), Some(d("2021-01-20")));
        assert_eq!(tenure_start(d("2021-01-19")), Some(d("2017-01-20")));
        assert_eq!(tenure_start(d("2025-06-01")), Some(d("2025-01-20")));
        assert_eq!(tenure_start(d("1980-01-01")), None);
    }

    #[test]
    fn every_event_has_a_valid_date_and_a_source() {
        for (i, (names, _, source)) in EVENTS.iter().enumerate() {
            assert!(date(i).is_some(), "{names:?}");
            assert!(!source.is_empty() && !names.is_empty());
        }
    }
}
