//! One test per class of time expression the grammar reads, with reference dates on both sides of
//! calendar and fiscal year boundaries and on leap days. Sentences are our own.

use super::*;

#[test]
fn present_references_are_the_reference_date() {
    for text in [
        "Reserves now stand at $4 billion.",
        "The fund currently holds $4 billion.",
        "To date, $4 billion has been paid.",
        "So far, 40 projects have started.",
        "As of today, 12 ports are open.",
        "At present 12 ports are open.",
    ] {
        let v = find_times(text, &given("2024-02-29"));
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        assert_eq!(
            (v[0].kind, iv(&v[0]), v[0].relative),
            (TimeKind::AsOf, pair("2024-02-29", "2024-02-29"), true),
            "{text}"
        );
    }
    // "as of" a stated day is that day.
    let t = one("as of June 30, 2024", "2025-01-01");
    assert_eq!((t.kind, iv(&t)), (TimeKind::AsOf, pair("2024-06-30", "2024-06-30")));
    // "up to date" and "so far away" are no times.
    assert_eq!(times("The list is kept up to date; the port is so far away.", "2024-01-01"), vec![]);
}

#[test]
fn lengths_are_durations() {
    for (text, iso) in [
        ("The shutdown lasted 35 days.", "P35D"),
        ("Applicants waited three years.", "P3Y"),
        ("a 27-year contract", "P27Y"),
        ("It ran for 18 months.", "P18M"),
        ("The program ran for a decade.", "P10Y"),
        ("Crews worked 12 hours.", "PT12H"),
        ("over two and a half years", "P2.5Y"),
        ("It took several years.", "PXY"),
    ] {
        let t = one(text, "2024-01-01");
        assert_eq!(
            (t.kind, t.duration.as_deref(), t.start, t.end),
            (TimeKind::Duration, Some(iso), None, None),
            "{text}"
        );
    }
    // A rolling window carries its length too.
    let t = one("in the last 12 months", "2024-02-29");
    assert_eq!(
        (t.kind, t.duration.as_deref(), iv(&t)),
        (TimeKind::Period, Some("P12M"), pair("2023-02-28", "2024-02-29"))
    );
    // "for 33 years" in the present perfect is the window ending now.
    let t = one("She has worked here for 33 years.", "2024-01-01");
    assert_eq!((t.kind, iv(&t)), (TimeKind::Period, pair("1991-01-01", "2024-01-01")));
    // Ages are no lengths.
    assert_eq!(times("a 65-year-old farmer, five years old", "2024-01-01"), vec![]);
}

#[test]
fn sets_are_frequencies() {
    for (text, iso) in [
        ("every year", "P1Y"),
        ("annually", "P1Y"),
        ("each month", "P1M"),
        ("every two weeks", "P2W"),
        ("weekly", "P1W"),
        ("twice a year", "P1Y"),
    ] {
        let t = one(text, "2024-01-01");
        assert_eq!((t.kind, t.duration.as_deref(), t.start), (TimeKind::Set, Some(iso), None), "{text}");
    }
    let t = one("The grants pay $500 a month.", "2024-01-01");
    assert_eq!((t.text.as_str(), t.kind), ("a month", TimeKind::Set));
}

#[test]
fn quarters_and_halves_without_a_year() {
    // In a sentence about the past: the latest begun; about the future: the next not yet over.
    let t = one("Output rose in the fourth quarter.", "2024-01-15");
    assert_eq!((t.granularity, iv(&t)), (Granularity::Quarter, pair("2023-10-01", "2023-12-31")));
    let t = one("Output will rise in the fourth quarter.", "2024-01-15");
    assert_eq!(iv(&t), pair("2024-10-01", "2024-12-31"));
    // Either side of the turn of the year.
    assert_eq!(iv(&one("Sales fell in the first quarter.", "2023-12-31")), pair("2023-01-01", "2023-03-31"));
    assert_eq!(iv(&one("Sales fell in the first quarter.", "2024-01-01")), pair("2024-01-01", "2024-03-31"));
    let t = one("third-quarter output fell", "2023-11-17");
    assert_eq!((t.text.as_str(), iv(&t)), ("third-quarter", pair("2023-07-01", "2023-09-30")));
    let t = one("first-half revenue grew", "2023-11-17");
    assert_eq!((t.granularity, iv(&t)), (Granularity::Half, pair("2023-01-01", "2023-06-30")));
    let t = one("Prices rose in the second half.", "2024-03-01");
    assert_eq!(iv(&t), pair("2023-07-01", "2023-12-31"));
    // Fiscal quarters of the fiscal year in force.
    assert_eq!(iv(&one("in the first fiscal quarter", "2023-10-02")), pair("2023-10-01", "2023-12-31"));
}

#[test]
fn a_determiner_before_a_date() {
    let t = one("The March 2023 report found gains.", "2024-06-01");
    assert_eq!((t.text.as_str(), iv(&t)), ("March 2023", pair("2023-03-01", "2023-03-31")));
    let t = one("Prices fell since the January 2021 peak.", "2024-06-01");
    assert_eq!((t.kind, iv(&t)), (TimeKind::Since, pair("2021-01-01", "2024-06-01")));
    let t = one("Bids are due by the June 30, 2024 deadline.", "2024-01-01");
    assert_eq!((t.kind, iv(&t)), (TimeKind::Deadline, pair("-", "2024-06-30")));
    let t = one("Half of farms took part in the 2023 survey.", "2024-06-01");
    assert_eq!((t.text.as_str(), iv(&t)), ("in the 2023 survey", pair("2023-01-01", "2023-12-31")));
    // A year as a count stays a count; a year in a name stays a name.
    assert_eq!(times("The 2000 troops left; the 2021 Agreement holds.", "2024-01-01"), vec![]);
    // "the month of March" is March, not the month in focus.
    let t = one("Approvals fell in the month of March.", "2024-05-03");
    assert_eq!((t.text.as_str(), iv(&t)), ("in the month of March", pair("2024-03-01", "2024-03-31")));
}

#[test]
fn composed_windows() {
    let r = "2024-05-10";
    let t = one("Prices rose 3% in the 12 months through March.", r);
    assert_eq!((t.text.as_str(), iv(&t)), ("in the 12 months through March", pair("2023-04-01", "2024-03-31")));
    let t = one("in the first eight months of the fiscal year", r);
    assert_eq!(iv(&t), pair("2023-10-01", "2024-05-31"));
    let t = one("in the year ended June 30, 2024", r);
    assert_eq!(iv(&t), pair("2023-07-01", "2024-06-30"));
    let t = one("between the fourth quarters of 2022 and 2023", r);
    assert_eq!(iv(&t), pair("2022-10-01", "2023-12-31"));
    let t = one("in FYs 2017 through 2020", r);
    assert_eq!((t.calendar, iv(&t)), (Calendar::UsFederalFiscal, pair("2016-10-01", "2020-09-30")));
    let t = one("between FY2021 and FY2023", r);
    assert_eq!(iv(&t), pair("2020-10-01", "2023-09-30"));
    // "the fiscal year to date" is one window, not "the fiscal year" and "to date".
    let t = one("For the fiscal year to date, encounters fell.", r);
    assert_eq!((t.text.as_str(), iv(&t)), ("For the fiscal year to date", pair("2023-10-01", r)));
    let t = one("in the three months to September 2023", r);
    assert_eq!(iv(&t), pair("2023-07-01", "2023-09-30"));
}

#[test]
fn comparison_periods_are_baselines() {
    let v = times_in("Exports rose 5% in March from a year earlier.", "2024-05-10", Jurisdiction::UnitedStates);
    let t = find(&v, "from a year earlier");
    assert_eq!((t.kind, iv(t)), (TimeKind::Baseline, pair("2023-03-01", "2023-03-31")));
    let v = times_in(
        "Visits reached 1.2 million in May, compared with 900,000 in the same period last year.",
        "2024-06-10",
        Jurisdiction::UnitedStates,
    );
    let t = find(&v, "in the same period last year");
    assert_eq!((t.kind, iv(t)), (TimeKind::Baseline, pair("2023-05-01", "2023-05-31")));
    let v = times_in(
        "Earnings beat the year-ago quarter in the second quarter of 2024.",
        "2024-08-01",
        Jurisdiction::UnitedStates,
    );
    let t = find(&v, "the year-ago quarter");
    assert_eq!((t.kind, iv(t)), (TimeKind::Baseline, pair("2023-04-01", "2023-06-30")));
    let t = one("Sales were up 12 percent from last year.", "2024-02-29");
    assert_eq!((t.kind, iv(&t)), (TimeKind::Baseline, pair("2023-01-01", "2023-12-31")));
    // Without a period of its own, "a year earlier" counts from the reference: the year before.
    let t = one("Shipments rose from a year earlier.", "2024-02-29");
    assert_eq!((t.kind, iv(&t)), (TimeKind::Baseline, pair("2023-01-01", "2023-12-31")));
    let t = one("Sales were flat from a year earlier.", "2024-02-29");
    assert_eq!(t.kind, TimeKind::Baseline);
    // A year before "levels" after "over" is the period compared with, and no focus.
    let v = all(
        "Funding grew 30 percent over 2021 levels. By the end of the year, 2,800 bridges will be repaired.",
        "2024-10-02",
    );
    assert_eq!(find(&v, "over 2021").kind, TimeKind::Baseline);
    assert_eq!(iv(find(&v, "By the end of the year")).1, "2024-12-31");
    // After a change, a named year is compared with too.
    let v = all("Installations rose last year, a 55% increase over 2022.", "2024-02-29");
    assert_eq!(find(&v, "over 2022").kind, TimeKind::Baseline);
    assert_eq!(find(&all("Sales were up 12 percent from 2022.", "2024-02-29"), "from 2022").kind, TimeKind::Baseline);
    assert_eq!(find(&all("Sales grew from 2022 to 2023.", "2024-02-29"), "from 2022 to 2023").kind, TimeKind::Period);
    // "last year" alone is no comparison.
    assert_eq!(one("Arrivals doubled last year.", "2024-02-29").kind, TimeKind::Period);
}

#[test]
fn seasons_are_their_months() {
    // Northern meteorological seasons, either side of the season's end.
    assert_eq!(iv(&one("last summer", "2023-11-17")), pair("2023-06-01", "2023-08-31"));
    assert_eq!(iv(&one("last summer", "2023-07-15")), pair("2022-06-01", "2022-08-31"));
    assert_eq!(iv(&one("this spring", "2024-02-29")), pair("2023-03-01", "2023-05-31"));
    assert_eq!(iv(&one("next winter", "2024-02-29")), pair("2024-12-01", "2025-02-28"));
    let t = one("in summer 2023", "2020-01-01");
    assert_eq!((t.granularity, iv(&t)), (Granularity::Season, pair("2023-06-01", "2023-08-31")));
    assert_eq!(iv(&one("the winter of 2023", "2020-01-01")), pair("2023-12-01", "2024-02-29"));
    // "fall" the verb, "the fall of Kabul" a name.
    assert_eq!(times("Prices may fall. Since the fall of the regime, exports grew.", "2024-01-01"), vec![]);
    // A season's word inside a name is no season.
    assert_eq!(times("The Canada Summer Jobs program grew. It moved to Spring Street.", "2024-01-01"), vec![]);
}

#[test]
fn events_and_tenures() {
    let r = "2023-11-17";
    for text in [
        "since the President took office",
        "since I took office",
        "since taking office",
        "since the start of this Administration",
    ] {
        let t = one(text, r);
        assert_eq!((t.kind, iv(&t)), (TimeKind::Since, pair("2021-01-20", r)), "{text}");
    }
    // A second consecutive term counts from the first; a president's tenure is the one in office
    // at the reference date.
    assert_eq!(iv(&one("since the President took office", "2014-05-01")).0, "2009-01-20");
    assert_eq!(iv(&one("since the President took office", "2025-06-01")).0, "2025-01-20");
    let t = one("since Russia's full-scale invasion of Ukraine", r);
    assert_eq!(iv(&t), pair("2022-02-24", r));
    let t = one("since the Bipartisan Infrastructure Law was signed", r);
    assert_eq!(iv(&t).0, "2021-11-15");
    let t = one("before the pandemic began", r);
    assert_eq!((t.kind, iv(&t)), (TimeKind::Deadline, pair("-", "2020-03-10")));
    // An event not in the table stays unrecognised rather than wrongly dated.
    assert_eq!(times("since the merger of the two agencies", r), vec![]);
    // "the beginning of" an event is the event's date.
    let t = one("since the beginning of Russia's full-scale invasion", r);
    assert_eq!((t.kind, iv(&t)), (TimeKind::Since, pair("2022-02-24", r)));
    // "since it was signed": the law named before it in the paragraph.
    let v = all("The Bipartisan Infrastructure Law has funded 60,000 projects since it was signed.", r);
    let t = find(&v, "since it was signed");
    assert_eq!((t.kind, iv(t)), (TimeKind::Since, pair("2021-11-15", r)));
    assert!(times("The plan has worked since it was signed.", r).is_empty());
}

#[test]
fn fiscal_calendars_follow_the_jurisdiction() {
    let ca = Jurisdiction::Canada;
    let t = one_in("Spending in 2023-24 rose 4%.", "2024-06-01", ca);
    assert_eq!(
        (t.calendar, t.granularity, iv(&t)),
        (Calendar::AprilFiscal, Granularity::FiscalYear, pair("2023-04-01", "2024-03-31"))
    );
    // The same text in a US document is the two calendar years.
    let t = one_in("Spending in 2023-24 rose 4%.", "2024-06-01", Jurisdiction::UnitedStates);
    assert_eq!((t.calendar, iv(&t)), (Calendar::Gregorian, pair("2023-01-01", "2024-12-31")));
    let t = one_in("in FY2024", "2024-06-01", Jurisdiction::Australia);
    assert_eq!((t.calendar, iv(&t)), (Calendar::JulyFiscal, pair("2023-07-01", "2024-06-30")));
    let t = one_in("in financial year 2023 to 2024", "2024-06-01", Jurisdiction::UnitedKingdom);
    assert_eq!(iv(&t), pair("2023-04-01", "2024-03-31"));
    let t = one_in("in FY2023-24", "2024-06-01", Jurisdiction::India);
    assert_eq!(iv(&t), pair("2023-04-01", "2024-03-31"));
    // Japan names its fiscal year after the year it starts in.
    let t = one_in("in fiscal 2023", "2024-06-01", Jurisdiction::Japan);
    assert_eq!(iv(&t), pair("2023-04-01", "2024-03-31"));
    // The current fiscal year either side of its first day.
    assert_eq!(iv(&one_in("this fiscal year", "2024-03-31", ca)), pair("2023-04-01", "2024-03-31"));
    assert_eq!(iv(&one_in("this fiscal year", "2024-04-01", ca)), pair("2024-04-01", "2025-03-31"));
    assert_eq!(
        iv(&one_in("this financial year", "2024-02-29", Jurisdiction::Australia)),
        pair("2023-07-01", "2024-06-30")
    );
    // The US federal year stays the default.
    let t = one("FY 2024", "2024-06-01");
    assert_eq!((t.calendar, iv(&t)), (Calendar::UsFederalFiscal, pair("2023-10-01", "2024-09-30")));
}

#[test]
fn units_ago_keep_their_granularity() {
    let t = one("Two years ago, exports stalled.", "2024-02-29");
    assert_eq!((t.granularity, iv(&t)), (Granularity::Year, pair("2022-01-01", "2022-12-31")));
    let t = one("three months ago", "2024-05-31");
    assert_eq!((t.granularity, iv(&t)), (Granularity::Month, pair("2024-02-01", "2024-02-29")));
    assert_eq!(iv(&one("ten days ago", "2024-03-01")), pair("2024-02-20", "2024-02-20"));
}

#[test]
fn vague_times_are_recognised_but_unplaced() {
    for text in ["Arrivals have recently slowed.", "in recent years", "in the near future", "over the past few years"] {
        let t = one(text, "2024-01-01");
        assert_eq!((t.kind, t.start, t.end), (TimeKind::Vague, None, None), "{text}");
    }
}

#[test]
fn reference_dates_on_both_sides_of_year_and_fiscal_boundaries() {
    // The calendar year.
    assert_eq!(iv(&one("last year", "2023-12-31")), pair("2022-01-01", "2022-12-31"));
    assert_eq!(iv(&one("last year", "2024-01-01")), pair("2023-01-01", "2023-12-31"));
    assert_eq!(iv(&one("this quarter", "2024-03-31")), pair("2024-01-01", "2024-03-31"));
    assert_eq!(iv(&one("this quarter", "2024-04-01")), pair("2024-04-01", "2024-06-30"));
    // A leap day: a window of twelve months back, and "a year ago".
    assert_eq!(iv(&one("in the last 12 months", "2024-02-29")), pair("2023-02-28", "2024-02-29"));
    assert_eq!(iv(&one("next month", "2024-01-31")), pair("2024-02-01", "2024-02-29"));
    // An April fiscal year, either side of 1 April.
    let uk = Jurisdiction::UnitedKingdom;
    assert_eq!(iv(&one_in("this financial year", "2024-03-31", uk)), pair("2023-04-01", "2024-03-31"));
    assert_eq!(iv(&one_in("this financial year", "2024-04-01", uk)), pair("2024-04-01", "2025-03-31"));
    // A July fiscal year, either side of 1 July.
    let au = Jurisdiction::Australia;
    assert_eq!(iv(&one_in("last financial year", "2024-06-30", au)), pair("2022-07-01", "2023-06-30"));
    assert_eq!(iv(&one_in("last financial year", "2024-07-01", au)), pair("2023-07-01", "2024-06-30"));
}
