//! Breadth (issue 13): the units, currencies and number forms of news and statistics, which
//! dollar `$` is, and what in ordinary prose is no claim. One check per form, through the public
//! API.

use policy_claims::{
    Claim, ClaimKind, CurrencySource, Extractor, HedgeKind, Jurisdiction, JurisdictionSource, MentionKind,
};
use rust_decimal::Decimal;

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn claims(text: &str) -> Vec<Claim> {
    Extractor::new().claims(text)
}

/// The only claim of `text`.
fn one(text: &str) -> Claim {
    let c = claims(text);
    assert_eq!(c.len(), 1, "{text:?} gave {:?}", c.iter().map(|c| &c.text).collect::<Vec<_>>());
    c.into_iter().next().unwrap()
}

/// The only claim of `text` as (text, value, unit).
fn vu(text: &str) -> (String, Decimal, String) {
    let c = one(text);
    (c.text, c.value, c.unit.unwrap_or_default())
}

fn none(text: &str) {
    let c = claims(text);
    assert!(c.is_empty(), "{text:?} gave {:?}", c.iter().map(|c| (&c.text, &c.unit)).collect::<Vec<_>>());
}

#[test]
fn units_of_engines_data_and_electricity() {
    for (text, figure, value, unit) in [
        ("The engine makes 296 hp.", "296 hp", "296", "horsepower"),
        ("The diesel makes 300 PS.", "300 PS", "300", "metric_horsepower"),
        ("Torque peaks at 450 Nm.", "450 Nm", "450", "newton_meter"),
        ("It idles at 3,000 rpm.", "3,000 rpm", "3000", "revolution_per_minute"),
        ("The phone ships with 256GB.", "256GB", "256", "gigabyte"),
        ("Links run at 1,000 megabits per second.", "1,000 megabits per second", "1000", "megabit_per_second"),
        ("The backbone carries 5 Gbps.", "5 Gbps", "5", "gigabit_per_second"),
        ("The radio works at 2.4GHz.", "2.4GHz", "2.4", "gigahertz"),
        ("Its battery holds 4,500 mAh.", "4,500 mAh", "4500", "milliampere_hour"),
        ("The grid runs at 12 V.", "12 V", "12", "volt"),
        ("The plant adds 500 MW.", "500 MW", "500", "megawatt"),
        ("Households used 2.1 TWh.", "2.1 TWh", "2.1", "terawatt_hour"),
        ("Exports reached 5 PJ.", "5 PJ", "5", "petajoule"),
    ] {
        assert_eq!(vu(text), (figure.into(), d(value), unit.into()), "{text}");
    }
}

#[test]
fn units_of_concentration_length_area_volume_and_speed() {
    for (text, figure, value, unit) in [
        ("Water held 4 ppb of lead.", "4 ppb", "4", "part_per_billion"),
        ("The fibres measure 352 μm.", "352 μm", "352", "micrometer"),
        ("Each vial holds 50mL.", "50mL", "50", "milliliter"),
        ("The steel is rated 9 ksi.", "9 ksi", "9", "kilopound_per_square_inch"),
        ("Winds reached 87 mph.", "87 mph", "87", "mile_per_hour"),
        ("Trains reach 140 km/h.", "140 km/h", "140", "kilometer_per_hour"),
        ("The ship made 30 knots.", "30 knots", "30", "knot"),
        ("The flat has 75 sq m.", "75 sq m", "75", "square_meter"),
        ("The store has 1,200 sq ft.", "1,200 sq ft", "1200", "square_foot"),
        ("Brewers sold 15,000 hL.", "15,000 hL", "15000", "hectoliter"),
        ("Dams hold 450 GL.", "450 GL", "450", "gigaliter"),
        ("The fleet burns 2 tons per day.", "2 tons per day", "2", "ton_per_day"),
        ("Emissions fell to 5.2 tonnes per capita.", "5.2 tonnes per capita", "5.2", "metric_ton_per_capita"),
    ] {
        assert_eq!(vu(text), (figure.into(), d(value), unit.into()), "{text}");
    }
}

#[test]
fn temperatures() {
    for (text, figure, value) in [
        ("It was 12 C at noon.", "12 C", "12"),
        ("The probe read 2.14degF.", "2.14degF", "2.14"),
        ("Water boils at 100 °C.", "100 °C", "100"),
        ("It felt like 37 ° celsius.", "37 ° celsius", "37"),
    ] {
        let c = one(text);
        assert_eq!((c.text.as_str(), c.value), (figure, d(value)), "{text}");
        assert!(c.unit.as_deref().unwrap().starts_with("degree_"), "{text}");
    }
    let c = one("It hit minus 130 degrees Fahrenheit.");
    assert_eq!((c.value, c.unit.as_deref()), (d("-130"), Some("degree_fahrenheit")));
    let c = one("It fell to 2 degrees below zero.");
    assert_eq!((c.text.as_str(), c.value), ("2 degrees below zero", d("-2")));
}

#[test]
fn mixed_quantities_are_read_into_the_smaller_unit() {
    assert_eq!(vu("The wall is 7 feet 10 inches tall."), ("7 feet 10 inches".into(), d("94"), "inch".into()));
    assert_eq!(vu("The route is 2 km and 1 meter long."), ("2 km and 1 meter".into(), d("2001"), "meter".into()));
    assert_eq!(vu("He is 6'2\" tall."), ("6'2\"".into(), d("74"), "inch".into()));
    assert_eq!(vu("He stood 6 foot 2 in socks."), ("6 foot 2".into(), d("74"), "inch".into()));
}

#[test]
fn currency_forms() {
    for (text, figure, value, code) in [
        ("It reported $US55,931,000 in sales.", "$US55,931,000", "55931000", "USD"),
        ("The grant is $A82 million.", "$A82 million", "82000000", "AUD"),
        ("The grant is A$82 million.", "A$82 million", "82000000", "AUD"),
        ("Revenue was NZ$4.5 billion.", "NZ$4.5 billion", "4500000000", "NZD"),
        ("The fund holds S$3 billion.", "S$3 billion", "3000000000", "SGD"),
        ("The bond raised USD10m.", "USD10m", "10000000", "USD"),
        ("The bond raised EUR50m.", "EUR50m", "50000000", "EUR"),
        ("The bond raised AUD1.5m.", "AUD1.5m", "1500000", "AUD"),
        ("Shares closed at 164p.", "164p", "1.64", "GBP"),
        ("The firm lost -$50.8bn.", "-$50.8bn", "-50800000000", "USD"),
        ("The firm lost $-50.8bn.", "$-50.8bn", "-50800000000", "USD"),
    ] {
        assert_eq!(vu(text), (figure.into(), d(value), code.into()), "{text}");
    }
    // "pc" is per cent, as the British press writes it.
    assert_eq!(vu("It offered a 24pc discount."), ("24pc".into(), d("24"), "%".into()));
}

#[test]
fn pounds_are_money_or_weight() {
    assert_eq!(vu("He lost 25 pounds."), ("25 pounds".into(), d("25"), "pound".into()));
    assert_eq!(vu("It shipped two pounds of meat."), ("two pounds".into(), d("2"), "pound".into()));
    assert_eq!(
        vu("Operating profit rose to 361 million pounds."),
        ("361 million pounds".into(), d("361000000"), "GBP".into())
    );
    let uk = Extractor::builder().jurisdiction(Jurisdiction::UnitedKingdom).build();
    let c = uk.claims("The ticket was 50 pounds.");
    assert_eq!((c[0].unit.as_deref(), c[0].currency_source), (Some("GBP"), Some(CurrencySource::Given)));
}

#[test]
fn a_unit_shared_by_two_numbers() {
    for (text, figure, low, high, unit) in [
        ("A ticket costs eight or nine euros.", "eight or nine euros", "8", "9", "EUR"),
        ("A ticket costs about 8 or $9.", "8 or $9", "8", "9", "USD"),
        ("Buy a 7- or 8-inch tablet.", "7- or 8-inch", "7", "8", "inch"),
        ("About four to five thousand people came.", "four to five thousand", "4000", "5000", "person"),
    ] {
        let c = one(text);
        assert_eq!(
            (c.text.as_str(), c.value, c.value_high, c.unit.as_deref(), c.hedge.kind),
            (figure, d(low), Some(d(high)), Some(unit), HedgeKind::Range),
            "{text}"
        );
    }
}

#[test]
fn counts_with_a_modifier_between_number_and_noun() {
    let c = one("The club has 14 first-team players.");
    assert_eq!((c.value, c.unit.as_deref()), (d("14"), Some("player")));
    let c = one("Tesla delivered 63,000 Model 3 sedans.");
    assert_eq!((c.value, c.unit.as_deref()), (d("63000"), Some("sedan")));
    let c = one("The airline bought two new 737 Max jets.");
    assert_eq!((c.value, c.unit.as_deref(), c.counted.as_deref()), (d("2"), Some("jet"), Some("new 737 Max jets")));
}

#[test]
fn suffix_letters() {
    assert_eq!(vu("The drill bit is 1.5mm wide."), ("1.5mm".into(), d("1.5"), "millimeter".into()));
    assert_eq!(vu("The deal is worth $1.5mm."), ("$1.5mm".into(), d("1500000"), "USD".into()));
    assert_eq!(vu("They shipped 1.2m tons of coal."), ("1.2m tons".into(), d("1200000"), "ton".into()));
    let c = one("Apple sold 35m of its devices.");
    assert_eq!((c.value, c.unit.as_deref()), (d("35000000"), Some("device")));
    let c = one("There are 8 B people.");
    assert_eq!((c.value, c.unit.as_deref()), (d("8000000000"), Some("person")));
    assert_eq!(vu("The crane reaches 48m."), ("48m".into(), d("48"), "meter".into()));
    assert_eq!(vu("She is 1.8m tall."), ("1.8m".into(), d("1.8"), "meter".into()));
    assert_eq!(vu("She won the 400m hurdles."), ("400m".into(), d("400"), "meter".into()));
}

#[test]
fn a_percentage_to_a_level_is_a_change_and_a_level() {
    let c = claims("The index gained 0.7 percent to 6,327.80.");
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!((c[0].value, c[0].value_high), (d("0.7"), None));
    // The level reached: an index's points.
    assert_eq!((c[1].value, c[1].value_high, c[1].unit.as_deref()), (d("6327.80"), None, Some("point")));
    let c = claims("Unemployment rose 0.3 percent to 4.1 percent.");
    assert_eq!(c.iter().map(|c| c.value).collect::<Vec<_>>(), [d("0.3"), d("4.1")]);
    assert!(c.iter().all(|c| c.value_high.is_none()));
}

#[test]
fn negative_values() {
    assert_eq!(vu("The team lost minus 5 yards."), ("minus 5 yards".into(), d("-5"), "yard".into()));
    assert_eq!(vu("It fell -3.2 percent."), ("-3.2 percent".into(), d("-3.2"), "%".into()));
}

#[test]
fn number_forms() {
    assert_eq!(vu("About 167 000 people voted."), ("167 000".into(), d("167000"), "person".into()));
    assert_eq!(vu("About 167\u{2009}000 people voted."), ("167\u{2009}000".into(), d("167000"), "person".into()));
    assert_eq!(
        vu("Output was 5.46** million tonnes."),
        ("5.46** million tonnes".into(), d("5460000"), "metric_ton".into())
    );
    assert_eq!(vu("The share was 12.3* percent."), ("12.3* percent".into(), d("12.3"), "%".into()));
    assert_eq!(vu("The gap is 1⁄32 inch."), ("1⁄32 inch".into(), d("0.03125"), "inch".into()));
    assert_eq!(
        vu("Earth weighs 5.97×10^24 kg."),
        ("5.97×10^24 kg".into(), d("5970000000000000000000000"), "kilogram".into())
    );
    assert_eq!(vu("It moved 3×10⁶ tons."), ("3×10⁶ tons".into(), d("3000000"), "ton".into()));
    // Beyond what a decimal holds: no figure, and no range "10−31" either.
    none("The electron weighs 9.1×10−31 kg.");
}

#[test]
fn hedges_of_news() {
    let c = one("Attendance was over\n15 million people.");
    assert_eq!((c.value, c.hedge.kind), (d("15000000"), HedgeKind::MoreThan));
    let c = one("Costs are not to exceed $5 million.");
    assert_eq!(c.hedge.kind, HedgeKind::AtMost);
    let c = one("Unemployment was inching back up to 4.8 percent.");
    assert_eq!(c.hedge.kind, HedgeKind::Exact);
    let c = one("The agency announced up to $500 million in aid.");
    assert_eq!(c.hedge.kind, HedgeKind::AtMost);
    let c = one("More than 10 and less than 20 percent agreed.");
    let iv = &c.interval;
    assert_eq!((iv.low, iv.low_inclusive, iv.high, iv.high_inclusive), (Some(d("10")), false, Some(d("20")), false));
    let c = one("Sales of 5,000+ units were booked.");
    assert_eq!(c.hedge.kind, HedgeKind::AtLeast);
}

#[test]
fn ages_of_people_are_claims_and_ages_of_groups_are_not() {
    let c = one("A 65-year-old man was hurt.");
    assert_eq!((c.value, c.unit.as_deref(), c.kind), (d("65"), Some("year_of_age"), ClaimKind::Quantity));
    assert_eq!(vu("She is 34 years old."), ("34 years old".into(), d("34"), "year_of_age".into()));
    none("Vaccines are free for children under 5.");
    none("People aged 65 and over are eligible.");
    none("Doses for 5- to 11-year-olds arrived.");
    // Still visible as mentions.
    let m = Extractor::new().mentions("Vaccines are free for children under 5.");
    assert_eq!((m[0].kind, m[0].unit.as_deref()), (MentionKind::Quantity, Some("year_of_age")));
}

#[test]
fn not_claims_of_news_prose() {
    none("The 1988 film was a hit.");
    none("His 2007 campaign raised funds.");
    none("Funding rose over 2021 levels and stayed above 2019 figures.");
    none("On Mar 9 2018 researchers found it.");
    none("S&P 500 utilities were flat.");
    none("iPhone 11 cameras are good.");
    none("The FTSE 100 and Nikkei 225 closed.");
    none("1. Other pages\n2. Main points");
    none("It is what 1) explains and 2) predicts.");
    none("Prices of 720p and 1080p screens were cut.");
    none("Book the call at 9p.");
}

#[test]
fn short_symbols_stay_words_in_prose() {
    none("She scored 5 in the first round.");
    none("The Air Force bought 12 C-130s.");
    none("He lives at 1600 W Main Street.");
    none("Students in Grade 12 C met.");
    none("It was a ton of work, to a degree.");
    none("A dollar store closed and a smart meter was installed.");
    let c = claims("The 2 TB cases were reviewed.");
    assert_eq!(c.iter().map(|c| c.unit.as_deref()).collect::<Vec<_>>(), [Some("case")]);
    none("He said \"the answer is 10\" and left.");
    none("The ``Big Three'' automakers met.");
    let c = claims("The lab lists 2 C programs.");
    assert_eq!(c.iter().map(|c| c.unit.as_deref()).collect::<Vec<_>>(), [Some("program")]);
    let c = claims("They plan 5 PS things.");
    assert_eq!(c.iter().map(|c| c.unit.as_deref()).collect::<Vec<_>>(), [Some("thing")]);
}

#[test]
fn dollar_of_the_jurisdiction() {
    let text = "The program will provide $40 million.";
    // By default, US dollars, and the output says so.
    let c = one(text);
    assert_eq!((c.unit.as_deref(), c.currency_source), (Some("USD"), Some(CurrencySource::Default)));
    // Given to the builder.
    for (j, code) in [
        (Jurisdiction::Canada, "CAD"),
        (Jurisdiction::Australia, "AUD"),
        (Jurisdiction::NewZealand, "NZD"),
        (Jurisdiction::Singapore, "SGD"),
        (Jurisdiction::HongKong, "HKD"),
        (Jurisdiction::Mexico, "MXN"),
        (Jurisdiction::UnitedKingdom, "USD"),
        (Jurisdiction::EuropeanUnion, "USD"),
        (Jurisdiction::India, "USD"),
    ] {
        let c = Extractor::builder().jurisdiction(j).build().claims(text);
        assert_eq!((c[0].unit.as_deref(), c[0].currency_source), (Some(code), Some(CurrencySource::Given)), "{j:?}");
    }
    // "dollars" in Mexico are US dollars; "$" is the peso.
    let mx = Extractor::builder().jurisdiction(Jurisdiction::Mexico).build();
    assert_eq!(mx.claims("It costs 20 dollars.")[0].unit.as_deref(), Some("USD"));
    // A written currency is written, whatever the jurisdiction.
    let c = Extractor::builder().jurisdiction(Jurisdiction::Canada).build().claims("It costs US$5.");
    assert_eq!((c[0].unit.as_deref(), c[0].currency_source), (Some("USD"), Some(CurrencySource::Written)));
}

#[test]
fn dollar_inferred_from_the_document() {
    let release = "OTTAWA, ON, March 28, 2023 — The Government of Canada announced $40 million for \
                   housing.";
    let c = one(release);
    assert_eq!((c.unit.as_deref(), c.currency_source), (Some("CAD"), Some(CurrencySource::Inferred)));
    let ex = Extractor::new();
    let j = ex.document_jurisdiction(release);
    assert_eq!(
        (j.jurisdiction, j.source, j.cue.as_deref()),
        (Jurisdiction::Canada, JurisdictionSource::Inferred, Some("OTTAWA"))
    );
    assert_eq!(ex.jurisdiction(release), Jurisdiction::Canada);
    let span = j.span.unwrap();
    assert_eq!(&release[span.start..span.end], "OTTAWA");

    let australian = "Media release, treasury.gov.au\n\nThe Government will invest $1.2 billion.";
    assert_eq!(one(australian).unit.as_deref(), Some("AUD"));
    let bits = "Canadians will get C$500, and $40 million goes to provinces.";
    assert_eq!(claims(bits).iter().map(|c| c.unit.as_deref()).collect::<Vec<_>>(), [Some("CAD"), Some("CAD")]);
    // Given beats inferred.
    let us = Extractor::builder().jurisdiction(Jurisdiction::UnitedStates).build();
    assert_eq!(us.claims(release)[0].unit.as_deref(), Some("USD"));
    assert_eq!(us.document_jurisdiction(release).source, JurisdictionSource::Given);
    // A readout from Washington about Canada stays in US dollars.
    let readout = "The White House said the U.S. and the Government of Canada agreed to spend $5 billion.";
    let c = one(readout);
    assert_eq!(c.unit.as_deref(), Some("USD"));
}
