//! Every class of non-claim named in the design yields no claim.

use policy_claims::Extractor;

fn none(text: &str) {
    let c = Extractor::new().claims(text);
    assert!(c.is_empty(), "{text:?} gave {:?}", c.iter().map(|c| &c.text).collect::<Vec<_>>());
}

#[test]
fn no_claim_in_years_and_dates() {
    none("The program launched in April 2023.");
    none("In 2022 the office opened.");
    none("The leaders met on November 17, 2023, in San Francisco.");
    none("They met on 17 November 2023.");
    none("The agreement runs from 2019-2022 and was signed on 11/17/2023.");
}

#[test]
fn no_claim_in_ordinals() {
    none("It was the first meeting of the 21st century and the third this year.");
    none("Results for the third quarter and the first half of 2024 were reviewed.");
}

#[test]
fn no_claim_in_durations() {
    none("Arrivals were counted in the last 12 months.");
    none("The plan will be phased in over five years.");
    none("The review takes 90 days and repeats every 3 weeks.");
}

#[test]
fn no_claim_in_names_and_identifiers() {
    none("The G7 and the G20 discussed COVID-19.");
    none("Expulsions under Title 42 ended.");
    none("The H-2B program and Section 301 tariffs were discussed.");
    none("Both sides will deploy 5G networks.");
    none("See Part 2 of the plan.");
    none("Call 202-456-1111 for details.");
    none("Details are at https://www.example.gov/2023/11/17/readout-2000-refugees/ today.");
    none("Write to The White House, Washington, DC 20500.");
    none("Executive Order 14028 applies.");
}

#[test]
fn no_claim_in_determiner_counts() {
    none("The two leaders reaffirmed their partnership.");
    none("Both countries agreed to continue two-way trade talks.");
    none("It is one of the largest partnerships.");
    none("This is a once-in-a-generation opportunity.");
    none("The three ministers met again.");
}

#[test]
fn no_claim_in_page_furniture() {
    none("90.5 F\nReadout of the meeting");
    none("Page 2 of 5");
    none("- Part of the digital marketing network");
}
