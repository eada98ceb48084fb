//! What the document decides: the tense of a sentence, a frame opening a sentence, anaphora, a
//! title's period, datelines of a page of several items. Sentences are our own.

use super::*;

#[test]
fn tense_picks_the_occurrence_of_a_month_without_a_year() {
    let r = "2024-01-05";
    // About the past: the latest begun; about the future: the next not yet over.
    assert_eq!(iv(&one("In November, arrivals fell by a third.", r)), pair("2023-11-01", "2023-11-30"));
    assert_eq!(iv(&one("The port will reopen in March.", r)), pair("2024-03-01", "2024-03-31"));
    assert_eq!(iv(&one("The rules should be final in November.", r)), pair("2024-11-01", "2024-11-30"));
    // "since November" is always the latest past.
    let t = one("Prices have doubled since November.", r);
    assert_eq!((t.kind, iv(&t)), (TimeKind::Since, pair("2023-11-01", r)));
    // "Starting in May" reads the tense like any month: a future start has no end yet.
    let t = one("Starting in May, fees will rise.", r);
    assert_eq!((t.kind, iv(&t)), (TimeKind::Since, pair("2024-05-01", "-")));
    let t = one("Starting in May, fees rose.", r);
    assert_eq!((t.kind, iv(&t)), (TimeKind::Since, pair("2023-05-01", r)));
    // Otherwise the nearest: a month around the reference date.
    assert_eq!(iv(&one("Budget talks in December", r)), pair("2023-12-01", "2023-12-31"));
    // A day without a year is the nearest one unless the sentence looks ahead.
    assert_eq!(iv(&one("A June 3 hearing has been scheduled.", "2024-05-14")), pair("2024-06-03", "2024-06-03"));
    let v = all("The agency announced today an event to be held on October 12.", "2024-10-04");
    assert_eq!(iv(find(&v, "on October 12")), pair("2024-10-12", "2024-10-12"));
    // The sides of a range read apart stay in order: the nearest June is 2008's, the nearest
    // April 2009's, so the start goes back a year.
    assert_eq!(iv(&one("Output between April and June", "2008-11-18")), pair("2008-04-01", "2008-06-30"));
    // A decimal point does not hide the verb: "contracted" is past.
    let v = all("The economy contracted by 0.9% in April and 0.1% in October.", "2008-11-18");
    assert_eq!(iv(find(&v, "in April")), pair("2008-04-01", "2008-04-30"));
    // On a leap day, either side.
    assert_eq!(iv(&one("Shipments resumed on February 29.", "2024-03-02")), pair("2024-02-29", "2024-02-29"));
    // A weekday: the latest, or the next where the sentence looks ahead or sets a deadline.
    assert_eq!(iv(&one("The trial is set to begin on Wednesday.", "2024-03-26")), pair("2024-03-27", "2024-03-27"));
    assert_eq!(iv(&one("Markets stay closed until Friday.", "2024-03-28")), pair("-", "2024-03-29"));
    assert_eq!(iv(&one("Officials met on Tuesday.", "2024-03-28")), pair("2024-03-26", "2024-03-26"));
}

#[test]
fn a_year_opening_a_sentence_frames_what_follows() {
    let v = all("In 2019, exports rose by a fifth. In March, they fell 3%.", "2024-06-01");
    assert_eq!(iv(find(&v, "In March")), pair("2019-03-01", "2019-03-31"));
    // A fiscal year frames the months of its own span.
    let v = all("In fiscal year 2023, encounters rose. In November, they fell.", "2024-06-01");
    assert_eq!(iv(find(&v, "In November")), pair("2022-11-01", "2022-11-30"));
    // A year in passing frames nothing.
    let v = all("The store, open since its launch in 2003, grew. In February, it sold 5 million songs.", "2008-04-09");
    assert_eq!(iv(find(&v, "In February")), pair("2008-02-01", "2008-02-29"));
    // The frame reaches the next paragraph, not further.
    let v = all("In 2019, exports rose.\n\nIn March, they fell.\n\nNothing here.\n\nIn May, they rose.", "2024-06-01");
    assert_eq!(iv(find(&v, "In March")).0, "2019-03-01");
    assert_eq!(iv(find(&v, "In May")).0, "2024-05-01");
}

#[test]
fn anaphora_count_from_the_time_in_focus() {
    let v = all("Exports peaked in 2019. That year, imports fell; the following year they rose.", "2024-06-01");
    assert_eq!(iv(find(&v, "That year")), pair("2019-01-01", "2019-12-31"));
    assert_eq!(iv(find(&v, "the following year")), pair("2020-01-01", "2020-12-31"));
    let v = all("Talks began on March 3, 2023. Two days later, they ended.", "2024-06-01");
    assert_eq!(iv(find(&v, "Two days later")), pair("2023-03-05", "2023-03-05"));
    let v = all("Sales rose in April 2023. In the same month, prices fell.", "2024-06-01");
    assert_eq!(iv(find(&v, "In the same month")), pair("2023-04-01", "2023-04-30"));
    // "the day" is the latest day named, though a longer period came after it.
    let v = all("Shares rose on Tuesday, up from a year ago, before falling later in the day.", "2010-03-03");
    assert_eq!(iv(find(&v, "in the day")), pair("2010-03-02", "2010-03-02"));
    // With nothing in focus, the unit containing the reference date.
    assert_eq!(iv(&one("That year, costs rose.", "2024-06-01")), pair("2024-01-01", "2024-12-31"));
    // A sentence about what is to come does not refer back to a year already over.
    let v = all("Cases rose in 2023. The agency plans to reach 7 million people by the end of the year.", "2024-04-12");
    assert_eq!(iv(find(&v, "by the end of the year")), pair("-", "2024-12-31"));
}

#[test]
fn a_title_names_the_period_anaphora_fall_back_to() {
    let text = "Retail Sales, Third Quarter 2023\nReleased 15 November 2023\n\nMain points\n\nSales grew 0.3 percent in the quarter.";
    let v = all_times(text, ReferenceDate::default(), Jurisdiction::UnitedKingdom);
    let t = v.iter().map(|l| &l.time).find(|t| t.text == "in the quarter").expect("the quarter");
    assert_eq!(iv(t), pair("2023-07-01", "2023-09-30"));
    // "over the quarter" after a change is the quarter the change spans, no comparison period.
    let text = "Retail Sales, Third Quarter 2023\n\nSales changed little over the quarter.";
    let v = all_times(text, ReferenceDate::default(), Jurisdiction::UnitedKingdom);
    let t = v.iter().map(|l| &l.time).find(|t| t.text == "over the quarter").expect("the quarter");
    assert_eq!((t.kind, iv(t)), (TimeKind::Period, pair("2023-07-01", "2023-09-30")));
    // A dateline on the first line is the document's own date, no title: with no period to
    // compare with, "the same period last year" is last year, not the dateline's day a year back.
    let text = "WASHINGTON, March 14, 2024\n\nThere were 1.2 million crossings, compared with 900,000 in the same period last year.";
    let v = all_times(text, ReferenceDate::default(), Jurisdiction::UnitedStates);
    let t = v.iter().map(|l| &l.time).find(|t| t.text == "in the same period last year").expect("baseline");
    assert_eq!(
        (t.kind, t.granularity, iv(t)),
        (TimeKind::Baseline, Granularity::Year, pair("2023-01-01", "2023-12-31"))
    );
}

#[test]
fn a_page_of_items_dates_each_by_its_dateline() {
    let text = "News releases\n\nOTTAWA, March 4, 2024 - Officials said funding rose last year.\n\n\
                OTTAWA, January 9, 2025 - The agency said arrivals fell last year.";
    let v = all_times(text, ReferenceDate::default(), Jurisdiction::Canada);
    let last: Vec<(String, String)> = v.iter().filter(|l| l.time.text == "last year").map(|l| iv(&l.time)).collect();
    assert_eq!(last, vec![pair("2023-01-01", "2023-12-31"), pair("2024-01-01", "2024-12-31")]);
    // A given reference date holds for the whole page.
    let v = all_times(text, given("2025-06-01"), Jurisdiction::Canada);
    assert!(v.iter().filter(|l| l.time.text == "last year").all(|l| iv(&l.time).0 == "2024-01-01"));
}

#[test]
fn range_sides_are_kept_for_attachment() {
    let v =
        find_times_located("rose from 14.3% to 21.0% between December 2022 and December 2023", &given("2024-06-01"));
    let r = v.iter().find(|l| l.time.text.starts_with("between")).expect("the range");
    let sides = r.sides.as_ref().expect("sides");
    assert_eq!((sides[0].text.as_str(), sides[1].text.as_str()), ("December 2022", "December 2023"));
    assert_eq!(iv(&r.time), pair("2022-12-01", "2023-12-31"));
}

#[test]
fn a_clause_opened_by_since_counts_from_its_date() {
    let r = "2024-05-22";
    let t = one("Since the conflict began in April 2023, 8.8 million people have fled.", r);
    assert_eq!((t.kind, iv(&t)), (TimeKind::Since, pair("2023-04-01", r)));
    let t = one("since the plant opened in 2021", r);
    assert_eq!((t.kind, iv(&t)), (TimeKind::Since, pair("2021-01-01", r)));
    // Punctuation or another time closes the clause first.
    assert_eq!(one("Since then, prices rose in March.", r).kind, TimeKind::Period);
    let v = all("Since 2019 exports rose in March.", r);
    assert_eq!(find(&v, "in March").kind, TimeKind::Period);
}

#[test]
fn a_fiscal_year_placed_against_the_focus_keeps_its_calendar() {
    let v = times_in(
        "In 2023-24, 12,400 homes were built; in the previous fiscal year, 9,100.",
        "2025-01-15",
        Jurisdiction::Canada,
    );
    let t = find(&v, "in the previous fiscal year");
    assert_eq!((t.calendar, iv(t)), (Calendar::AprilFiscal, pair("2022-04-01", "2023-03-31")));
}
