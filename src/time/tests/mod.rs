//! Tests of `find_times`: recognition and resolution together. Sentences are our own.
//!
//! - this file: the shapes the grammar has long read (dates, years, ranges, relative units);
//! - [`classes`]: one test per class of the time issue (present references, lengths, sets,
//!   quarters without a year, composed windows, comparison periods, seasons, events, fiscal
//!   calendars);
//! - [`document`]: what the document decides (tense, frames, anaphora, titles, datelines).

mod classes;
mod document;

use super::*;

pub(super) fn given(date: &str) -> ReferenceDate {
    ReferenceDate::given(NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("test date"))
}

/// (text, start, end) of every time in `text`.
pub(super) fn times(text: &str, reference: &str) -> Vec<(String, Option<String>, Option<String>)> {
    find_times(text, &given(reference))
        .into_iter()
        .map(|t| (t.text, t.start.map(|d| d.to_string()), t.end.map(|d| d.to_string())))
        .collect()
}

/// Every time in `text`, resolved against `reference`.
pub(super) fn all(text: &str, reference: &str) -> Vec<TimeRef> {
    find_times(text, &given(reference))
}

/// The single time in `text`.
pub(super) fn one(text: &str, reference: &str) -> TimeRef {
    let mut v = find_times(text, &given(reference));
    assert_eq!(v.len(), 1, "{text:?}: {v:?}");
    v.remove(0)
}

pub(super) fn iv(t: &TimeRef) -> (String, String) {
    (t.start.map_or("-".into(), |d| d.to_string()), t.end.map_or("-".into(), |d| d.to_string()))
}

pub(super) fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

/// Every time of `text` in a document of `jurisdiction`, resolved against `reference`.
pub(super) fn times_in(text: &str, reference: &str, jurisdiction: Jurisdiction) -> Vec<TimeRef> {
    all_times(text, given(reference), jurisdiction).into_iter().map(|l| l.time).collect()
}

/// The single time of `text` in a document of `jurisdiction`.
pub(super) fn one_in(text: &str, reference: &str, jurisdiction: Jurisdiction) -> TimeRef {
    let mut v = times_in(text, reference, jurisdiction);
    assert_eq!(v.len(), 1, "{text:?}: {v:?}");
    v.remove(0)
}

/// The time whose text is `what` among the times of `text`.
pub(super) fn find<'a>(v: &'a [TimeRef], what: &str) -> &'a TimeRef {
    v.iter()
        .find(|t| t.text == what)
        .unwrap_or_else(|| panic!("no {what:?} in {:?}", v.iter().map(|t| &t.text).collect::<Vec<_>>()))
}

#[test]
fn years_need_a_time_context() {
    let t = one("Shipments of wheat rose sharply in 2022.", "2023-11-17");
    assert_eq!((t.text.as_str(), iv(&t)), ("in 2022", pair("2022-01-01", "2022-12-31")));
    assert_eq!(
        (t.granularity, t.kind, t.relative, t.resolved_from),
        (Granularity::Year, TimeKind::Period, false, ReferenceSource::None)
    );
    let none = "The camp hosts 2,000 refugees, 1500 troops guard it, a $2022 fee applies, and 2019 families left.";
    assert_eq!(times(none, "2023-11-17"), vec![]);
    let names = "COVID-19 relief, the G7 summit, Title 42, Section 301, 5G networks and H-2B visas; call 202-456-1111.";
    assert_eq!(times(names, "2023-11-17"), vec![]);
}

#[test]
fn years_in_names_are_not_times() {
    assert_eq!(
        times("The Inflation Reduction Act of 2022 and the 2021 Agreement set new rules.", "2023-11-17"),
        vec![]
    );
    // "of" still licenses a year outside names.
    assert_eq!(times("the spring of 2021", "2023-11-17").len(), 1);
}

#[test]
fn since_by_through_and_decades() {
    let t = one("Since 2021, arrivals have doubled.", "2023-11-17");
    assert_eq!(
        (t.kind, iv(&t), t.resolved_from),
        (TimeKind::Since, pair("2021-01-01", "2023-11-17"), ReferenceSource::Given)
    );
    let t = one("Emissions will be halved by 2030.", "2023-11-17");
    assert_eq!((t.text.as_str(), t.kind, iv(&t)), ("by 2030", TimeKind::Deadline, pair("-", "2030-12-31")));
    let t = one("The waiver runs through 2025.", "2023-11-17");
    assert_eq!((t.kind, iv(&t)), (TimeKind::Deadline, pair("-", "2025-12-31")));
    let t = one("Trade tripled in the 1990s.", "2023-11-17");
    assert_eq!(
        (t.text.as_str(), t.granularity, iv(&t)),
        ("in the 1990s", Granularity::Decade, pair("1990-01-01", "1999-12-31"))
    );
    // Without a reference, "since" has a start and no end.
    let t = find_times("since 2021", &ReferenceDate::default()).remove(0);
    assert_eq!((iv(&t), t.resolved_from), (pair("2021-01-01", "-"), ReferenceSource::None));
}

#[test]
fn fiscal_years() {
    for text in ["FY 2024", "FY24", "FY2024", "fiscal year 2024", "fiscal 2024", "in FY'24"] {
        let t = one(text, "2023-11-17");
        assert_eq!((t.granularity, iv(&t)), (Granularity::FiscalYear, pair("2023-10-01", "2024-09-30")), "{text}");
    }
    assert_eq!(iv(&one("this fiscal year", "2023-09-30")), pair("2022-10-01", "2023-09-30"));
    assert_eq!(iv(&one("this fiscal year", "2023-10-01")), pair("2023-10-01", "2024-09-30"));
    assert_eq!(iv(&one("last fiscal year", "2023-10-01")), pair("2022-10-01", "2023-09-30"));
    let t = one("since the beginning of the fiscal year", "2024-01-01");
    assert_eq!((t.kind, iv(&t)), (TimeKind::Since, pair("2023-10-01", "2024-01-01")));
    let t = one("in fiscal years 2022-2024", "2024-01-01");
    assert_eq!(iv(&t), pair("2021-10-01", "2024-09-30"));
    assert_eq!(iv(&one("the first quarter of fiscal year 2024", "2020-01-01")), pair("2023-10-01", "2023-12-31"));
}

#[test]
fn months_and_days() {
    let t = one("Crossings fell in April 2023.", "2023-11-17");
    assert_eq!(
        (t.text.as_str(), t.granularity, iv(&t)),
        ("in April 2023", Granularity::Month, pair("2023-04-01", "2023-04-30"))
    );
    assert_eq!(iv(&one("last April", "2023-11-17")), pair("2023-04-01", "2023-04-30"));
    assert_eq!(iv(&one("last April", "2024-01-01")), pair("2023-04-01", "2023-04-30"));
    assert_eq!(iv(&one("last April", "2023-03-01")), pair("2022-04-01", "2022-04-30"));
    for text in ["November 17, 2023", "17 November 2023", "2023-11-17", "11/17/2023", "Friday, November 17, 2023"] {
        let t = one(text, "2020-01-01");
        assert_eq!(
            (t.text.as_str(), t.granularity, iv(&t)),
            (text, Granularity::Day, pair("2023-11-17", "2023-11-17"))
        );
    }
    let t = one("On Nov. 17 the ministers met.", "2023-12-31");
    assert_eq!((t.text.as_str(), iv(&t), t.relative), ("On Nov. 17", pair("2023-11-17", "2023-11-17"), true));
    assert_eq!(iv(&one("the 3rd of March", "2024-01-01")), pair("2024-03-03", "2024-03-03"));
    assert_eq!(iv(&one("on March 3rd", "2024-01-01")), pair("2024-03-03", "2024-03-03"));
    // A month name alone needs a preposition unless it cannot be a verb or modal.
    assert_eq!(times("Officials may march on. We may act.", "2024-01-01"), vec![]);
    assert_eq!(iv(&one("deliveries resumed in May", "2024-06-01")), pair("2024-05-01", "2024-05-31"));
}

#[test]
fn parts_of_a_period() {
    // A period is its whole base period with a modifier (TimeML's "mod").
    let t = one("mid-2023", "2020-01-01");
    assert_eq!(
        (iv(&t), t.modifier, t.granularity),
        (pair("2023-01-01", "2023-12-31"), Some(Modifier::Mid), Granularity::Year)
    );
    assert_eq!(one("early 2024", "2020-01-01").modifier, Some(Modifier::Start));
    let t = one("late last year", "2024-01-01");
    assert_eq!((iv(&t), t.modifier), (pair("2023-01-01", "2023-12-31"), Some(Modifier::End)));
    assert_eq!(iv(&one("late last year", "2023-12-31")), pair("2022-01-01", "2022-12-31"));
    // A bound keeps the part's own bound: thirds of a year, of a month.
    let t = one("by the end of 2024", "2020-01-01");
    assert_eq!((t.kind, iv(&t), t.modifier), (TimeKind::Deadline, pair("-", "2024-12-31"), Some(Modifier::End)));
    let t = one("since mid-2023", "2024-01-01");
    assert_eq!((t.kind, iv(&t)), (TimeKind::Since, pair("2023-05-01", "2024-01-01")));
    let t = one("by early June", "2024-03-01");
    assert_eq!((iv(&t), t.granularity), (pair("-", "2024-06-10"), Granularity::Month));
    let t = one("in mid-November", "2023-01-05");
    assert_eq!((iv(&t), t.modifier), (pair("2022-11-01", "2022-11-30"), Some(Modifier::Mid)));
}

#[test]
fn quarters_and_halves() {
    let t = one("in the third quarter of 2023", "2020-01-01");
    assert_eq!((t.granularity, iv(&t)), (Granularity::Quarter, pair("2023-07-01", "2023-09-30")));
    assert_eq!(iv(&one("Q3 2023", "2020-01-01")), pair("2023-07-01", "2023-09-30"));
    assert_eq!(iv(&one("2023 Q4", "2020-01-01")), pair("2023-10-01", "2023-12-31"));
    let t = one("the first half of 2024", "2020-01-01");
    assert_eq!((t.granularity, iv(&t)), (Granularity::Half, pair("2024-01-01", "2024-06-30")));
    assert_eq!(iv(&one("the second half of last year", "2024-01-01")), pair("2023-07-01", "2023-12-31"));
    assert_eq!(iv(&one("H1 2024", "2020-01-01")), pair("2024-01-01", "2024-06-30"));
    assert_eq!(iv(&one("last quarter", "2024-02-29")), pair("2023-10-01", "2023-12-31"));
}

#[test]
fn ranges() {
    for text in ["between 2019 and 2022", "2019–2022", "2019-2022", "from 2019 to 2022", "from 2019 through 2022"] {
        let t = one(text, "2024-01-01");
        assert_eq!(
            (t.text.as_str(), t.granularity, iv(&t)),
            (text, Granularity::Span, pair("2019-01-01", "2022-12-31"))
        );
    }
    assert_eq!(iv(&one("from January to March 2023", "2020-01-01")), pair("2023-01-01", "2023-03-31"));
    assert_eq!(iv(&one("from November 2022 to February", "2020-01-01")), pair("2022-11-01", "2023-02-28"));
    assert_eq!(iv(&one("in 2022-23", "2020-01-01")), pair("2022-01-01", "2023-12-31"));
    assert_eq!(iv(&one("March 3-5, 2024", "2020-01-01")), pair("2024-03-03", "2024-03-05"));
    // Two years joined by "and" without "between" stay two.
    assert_eq!(times("in 2022 and 2023", "2024-01-01").len(), 2);
    // A phone number is not a range.
    assert_eq!(times("Call +1 138-2010-2015 today.", "2024-01-01").len(), 1);
}

#[test]
fn since_and_to_date() {
    let t = one("since April 2023", "2023-11-17");
    assert_eq!((t.kind, iv(&t)), (TimeKind::Since, pair("2023-04-01", "2023-11-17")));
    assert_eq!(iv(&one("since January 2021", "2024-02-29")), pair("2021-01-01", "2024-02-29"));
    let t = one("To date, partners have pledged $2 billion.", "2023-11-17");
    assert_eq!((t.text.as_str(), t.kind, iv(&t)), ("To date", TimeKind::AsOf, pair("2023-11-17", "2023-11-17")));
    assert_eq!(times("the most up to date figures", "2023-11-17"), vec![]);
    assert_eq!(iv(&one("so far this year", "2023-11-17")), pair("2023-01-01", "2023-11-17"));
    assert_eq!(iv(&one("year to date", "2024-01-01")), pair("2024-01-01", "2024-01-01"));
    assert_eq!(iv(&one("year-to-date", "2023-12-31")), pair("2023-01-01", "2023-12-31"));
}

#[test]
fn relative_to_the_reference() {
    let r = "2023-11-17";
    assert_eq!(iv(&one("this year", r)), pair("2023-01-01", "2023-12-31"));
    assert_eq!(iv(&one("last year", "2024-01-01")), pair("2023-01-01", "2023-12-31"));
    assert_eq!(iv(&one("last year", "2023-12-31")), pair("2022-01-01", "2022-12-31"));
    assert_eq!(iv(&one("earlier this year", r)), pair("2023-01-01", "2023-11-17"));
    assert_eq!(iv(&one("this month", r)), pair("2023-11-01", "2023-11-30"));
    assert_eq!(iv(&one("last month", "2024-01-01")), pair("2023-12-01", "2023-12-31"));
    let t = one("in the last 12 months", r);
    assert_eq!(
        (t.text.as_str(), t.granularity, t.relative, iv(&t)),
        ("in the last 12 months", Granularity::Span, true, pair("2022-11-17", "2023-11-17"))
    );
    assert_eq!(iv(&one("in the last 12 months", "2024-02-29")), pair("2023-02-28", "2024-02-29"));
    assert_eq!(iv(&one("over the past decade", r)), pair("2013-11-17", "2023-11-17"));
    assert_eq!(iv(&one("in the past 11 days", r)), pair("2023-11-06", "2023-11-17"));
    assert_eq!(iv(&one("over the next five years", r)), pair("2023-11-17", "2028-11-17"));
    assert_eq!(iv(&one("the past two years", r)), pair("2021-11-17", "2023-11-17"));
    assert_eq!(iv(&one("next year", "2023-12-31")), pair("2024-01-01", "2024-12-31"));
    assert_eq!(iv(&one("today", "2024-02-29")), pair("2024-02-29", "2024-02-29"));
    assert_eq!(iv(&one("yesterday", "2024-01-01")), pair("2023-12-31", "2023-12-31"));
    // 2023-11-17 is a Friday; weeks start on Monday.
    assert_eq!(iv(&one("last week", r)), pair("2023-11-06", "2023-11-12"));
    assert_eq!(iv(&one("this week", r)), pair("2023-11-13", "2023-11-19"));
    assert_eq!(iv(&one("On Tuesday", r)), pair("2023-11-14", "2023-11-14"));
    assert_eq!(iv(&one("two weeks ago", r)), pair("2023-11-03", "2023-11-03"));
    let t = one("Arrivals have recently slowed.", r);
    assert_eq!((t.kind, t.granularity, iv(&t)), (TimeKind::Vague, Granularity::Unknown, pair("-", "-")));
    let t = one("over the past few years", r);
    assert_eq!((t.kind, iv(&t)), (TimeKind::Vague, pair("-", "-")));
}

#[test]
fn no_reference_leaves_relative_unresolved() {
    let v = find_times("Last year and in 2022 and in the last 12 months.", &ReferenceDate::default());
    assert_eq!(v.len(), 3);
    assert_eq!((v[0].start, v[0].end, v[0].relative, v[0].resolved_from), (None, None, true, ReferenceSource::None));
    assert_eq!(v[1].start, NaiveDate::from_ymd_opt(2022, 1, 1));
    assert_eq!((v[2].start, v[2].end), (None, None));
    let doc = ReferenceDate { source: ReferenceSource::Document, ..given("2023-11-17") };
    assert_eq!(find_times("last year", &doc)[0].resolved_from, ReferenceSource::Document);
}

#[test]
fn spans_are_byte_offsets_into_the_input() {
    let text = "Über 40 % — seit März? In April 2023, Geflüchtete… since 2021.";
    for t in find_times(text, &given("2023-11-17")) {
        assert_eq!(&text[t.span.start..t.span.end], t.text);
    }
    assert_eq!(times(text, "2023-11-17").len(), 2);
}

#[test]
fn hostile_inputs_do_not_panic() {
    let r = given("2023-11-17");
    let t = one("February 30, 2023", "2023-11-17");
    assert_eq!((t.start, t.end), (None, None));
    for text in [
        "99/99/9999",
        "1234567890123456789012345678901234567890",
        "FY99999",
        "the past 999 decades",
        "in 2100 and 1900",
        "Q9 2023",
        "32/13/2023",
        "2023-02-29",
        "the last 0 days",
        "\u{0}\u{feff}2022",
    ] {
        let _ = find_times(text, &r);
    }
    let big = "In 2022 the fund disbursed $4 billion to 300,000 people. ".repeat(200_000);
    assert_eq!(find_times(&big, &r).len(), 200_000);
}

#[test]
fn expressions_do_not_cross_paragraphs() {
    let v = times("They met last week\n\nTuesday talks resumed. Data for\nMarch 2023 came in.", "2023-11-17");
    let texts: Vec<&str> = v.iter().map(|t| t.0.as_str()).collect();
    assert_eq!(texts, vec!["last week", "Tuesday", "for\nMarch 2023"]);
    assert_eq!(iv(&one("at the end of next week", "2023-11-17")).1, "2023-11-26");
}

#[test]
fn holidays_resolve_by_rule() {
    // 2024-02-10 is a Saturday.
    let r = "2024-02-10";
    assert_eq!(iv(&one("The shipment arrives at Christmas.", r)), pair("2024-12-25", "2024-12-25"));
    assert_eq!(iv(&one("Thanksgiving 2025", r)), pair("2025-11-27", "2025-11-27"));
    assert_eq!(iv(&one("by Memorial Day", r)).1, "2024-05-27");
    assert_eq!(iv(&one("Easter 2025", r)), pair("2025-04-20", "2025-04-20"));
    assert_eq!(iv(&one("on Good Friday", r)), pair("2024-03-29", "2024-03-29"));
    assert_eq!(iv(&one("Mardi Gras", r)), pair("2024-02-13", "2024-02-13"));
    assert_eq!(iv(&one("last Easter", r)), pair("2023-04-09", "2023-04-09"));
    assert_eq!(iv(&one("next Labor Day", r)), pair("2024-09-02", "2024-09-02"));
    assert_eq!(iv(&one("Orthodox Easter 2024", r)), pair("2024-05-05", "2024-05-05"));
    assert_eq!(iv(&one("MLK Day of last year", r)), pair("2023-01-16", "2023-01-16"));
    assert_eq!(iv(&one("during Lent 2024", r)), pair("2024-02-14", "2024-03-30"));
    // "lent" the verb is not a season.
    assert_eq!(times("The bank lent $5 million to farmers.", r), vec![]);
    // Other calendars' new years are not January 1.
    assert_eq!(times("Chinese New Year celebrations", r), vec![]);
}

#[test]
fn nth_weekdays_weeks_and_days_of_a_period() {
    let r = "2024-02-10";
    assert_eq!(iv(&one("the second Tuesday of March 2024", r)), pair("2024-03-12", "2024-03-12"));
    assert_eq!(iv(&one("the last Friday in May 2024", r)), pair("2024-05-31", "2024-05-31"));
    assert_eq!(iv(&one("the first Monday of next month", r)), pair("2024-03-04", "2024-03-04"));
    // Weeks belong to the month holding their Thursday.
    assert_eq!(iv(&one("the first week of August 2024", r)), pair("2024-07-29", "2024-08-04"));
    assert_eq!(iv(&one("the last week of June 2024", r)), pair("2024-06-24", "2024-06-30"));
    assert_eq!(iv(&one("the second last week of 2024", r)), pair("2024-12-16", "2024-12-22"));
    assert_eq!(iv(&one("the last day of February 2024", r)), pair("2024-02-29", "2024-02-29"));
    assert_eq!(iv(&one("the 10th of next month", r)), pair("2024-03-10", "2024-03-10"));
    assert_eq!(iv(&one("the fourth month of 2025", r)), pair("2025-04-01", "2025-04-30"));
}

#[test]
fn weekday_counts_and_shifts() {
    let r = "2024-02-10"; // Saturday
    assert_eq!(iv(&one("Wednesday the 14th", r)), pair("2024-02-14", "2024-02-14"));
    assert_eq!(iv(&one("Monday after next", r)), pair("2024-02-19", "2024-02-19"));
    assert_eq!(iv(&one("two Mondays from now", r)), pair("2024-02-19", "2024-02-19"));
    assert_eq!(iv(&one("three Fridays ago", r)), pair("2024-01-26", "2024-01-26"));
    assert_eq!(iv(&one("ten days after Easter 2024", r)), pair("2024-04-10", "2024-04-10"));
    assert_eq!(iv(&one("two weeks before July 4, 2024", r)), pair("2024-06-20", "2024-06-20"));
    assert_eq!(iv(&one("for five days from March 3", r)), pair("2024-03-03", "2024-03-07"));
    assert_eq!(iv(&one("The talks will resume in three weeks.", r)), pair("2024-03-02", "2024-03-02"));
    // In a past-tense sentence "in two years" is a length, not a date.
    let t = one("Exports doubled in two years.", r);
    assert_eq!((t.kind, t.duration.as_deref(), iv(&t)), (TimeKind::Duration, Some("P2Y"), pair("-", "-")));
    assert_eq!(iv(&one("over the next 3 days", r)), pair("2024-02-11", "2024-02-13"));
}

#[test]
fn more_date_shapes() {
    let r = "2024-02-10";
    assert_eq!(iv(&one("the report of 5 Jun 1999", r)), pair("1999-06-05", "1999-06-05"));
    assert_eq!(iv(&one("07-Aug-2021", r)), pair("2021-08-07", "2021-08-07"));
    assert_eq!(iv(&one("2021/aug/07", r)), pair("2021-08-07", "2021-08-07"));
    assert_eq!(iv(&one("Aug-07-2021", r)), pair("2021-08-07", "2021-08-07"));
    assert_eq!(iv(&one("2021-08", r)), pair("2021-08-01", "2021-08-31"));
    // A day without a year is the nearest one.
    assert_eq!(iv(&one("on 25/12", r)), pair("2023-12-25", "2023-12-25"));
    assert_eq!(iv(&one("in March two thousand and nine", r)), pair("2009-03-01", "2009-03-31"));
    assert_eq!(iv(&one("since nineteen ninety-eight", r)).0, "1998-01-01");
    assert_eq!(iv(&one("in the 19th century", r)), pair("1800-01-01", "1899-12-31"));
    assert_eq!(iv(&one("in the eighties", r)), pair("1980-01-01", "1989-12-31"));
    // Fractions and counts stay numbers; "2011-12" stays a range of years.
    assert_eq!(times("Turnout was 3/4 of the 2/3 needed; 2015-32 is a code.", r), vec![]);
    assert_eq!(iv(&one("in 2011-12", r)), pair("2011-01-01", "2012-12-31"));
    assert_eq!(times("On 3 March 20 people were hurt.", r).len(), 1);
}

#[test]
fn tense_picks_the_direction_of_bare_days() {
    let r = "2024-02-10"; // Saturday
    assert_eq!(iv(&one("The delegation met on Tuesday.", r)), pair("2024-02-06", "2024-02-06"));
    assert_eq!(iv(&one("The delegation will meet on Tuesday.", r)), pair("2024-02-13", "2024-02-13"));
    assert_eq!(iv(&one("The rules will take effect on January 5.", r)), pair("2025-01-05", "2025-01-05"));
    assert_eq!(iv(&one("The rules took effect on January 5.", r)), pair("2024-01-05", "2024-01-05"));
    let t = one("early next week", r);
    assert_eq!((iv(&t), t.modifier), (pair("2024-02-12", "2024-02-18"), Some(Modifier::Start)));
}

#[test]
fn a_compared_range_is_one_range() {
    let v = all("The rate was 0.2 points higher than July to September 2023.", "2024-02-13");
    let t = find(&v, "July to September 2023");
    assert_eq!((t.kind, iv(t)), (TimeKind::Baseline, pair("2023-07-01", "2023-09-30")));
}
