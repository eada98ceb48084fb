//! The public API: the design card's three claims, the JSON schema, builder options.

use policy_claims::{Claim, ClaimKind, Extractor, HedgeKind};
use rust_decimal::Decimal;

/// Prose in the style of the seed readout, in our own words, with the same facts.
const READOUT: &str = "Mexico is now the largest trading partner of the United States, with two-way \
commerce in goods and services totaling $863.4 billion in 2022. The leaders noted that nearly \
300,000 individuals from these four countries have arrived through lawful pathways in the last 12 \
months. Since the office opened, the United States has welcomed more than 2,000 refugees.";

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn claims() -> Vec<Claim> {
    Extractor::new().claims(READOUT)
}

#[test]
fn design_card_claims_come_out_right() {
    let c = claims();
    assert_eq!(c.len(), 3, "{c:#?}");

    let trade = &c[0];
    assert_eq!((trade.kind, trade.text.as_str()), (ClaimKind::Money, "$863.4 billion"));
    assert_eq!(trade.value, d("863400000000"));
    assert_eq!(trade.unit.as_deref(), Some("USD"));
    assert_eq!(trade.hedge.kind, HedgeKind::Exact);
    assert_eq!(&READOUT[trade.span.start..trade.span.end], "$863.4 billion");
    assert_eq!((trade.interval.low, trade.interval.high), (Some(d("863400000000")), Some(d("863400000000"))));

    let people = &c[1];
    assert_eq!((people.kind, people.value), (ClaimKind::Count, d("300000")));
    assert_eq!(people.unit.as_deref(), Some("individual"));
    assert_eq!(people.counted.as_deref(), Some("individuals from these four countries"));
    assert_eq!(people.hedge.kind, HedgeKind::Nearly);
    assert_eq!(people.hedge.text.as_deref(), Some("nearly"));
    let h = people.hedge.span.unwrap();
    assert_eq!(&READOUT[h.start..h.end], "nearly");
    assert_eq!((people.interval.low, people.interval.high), (None, Some(d("300000"))));
    assert!(people.interval.high_inclusive && people.interval.approximate);

    let refugees = &c[2];
    assert_eq!((refugees.kind, refugees.value), (ClaimKind::Count, d("2000")));
    assert_eq!(refugees.unit.as_deref(), Some("refugee"));
    assert_eq!(refugees.hedge.kind, HedgeKind::MoreThan);
    assert_eq!(
        (refugees.interval.low, refugees.interval.low_inclusive, refugees.interval.high),
        (Some(d("2000")), false, None)
    );
}

#[test]
fn sentences_hold_their_claims() {
    for c in claims() {
        assert!(c.sentence.contains(c.span), "{c:?}");
        let s = &READOUT[c.sentence.start..c.sentence.end];
        assert!(s.ends_with('.'), "{s}");
    }
}

#[test]
fn json_schema_of_a_claim() {
    let c = Extractor::new().claims("Officials said up to $5 million in aid arrived in 2023.");
    insta::assert_json_snapshot!(c);
}

/// The JSON of a change with both ends and of a commitment: `change` with its role, direction
/// and partner, and `modality`.
#[test]
fn json_schema_of_a_change() {
    let c =
        Extractor::new().claims("Exports rose from $10 billion to $12 billion. The ministry will provide $3 million.");
    let said: Vec<_> =
        c.iter().map(|c| serde_json::json!({"text": c.text, "change": c.change, "modality": c.modality})).collect();
    insta::assert_json_snapshot!(said);
}

#[test]
fn json_round_trips() {
    let c = claims();
    let json = serde_json::to_string(&c).unwrap();
    let back: Vec<Claim> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, c);
}

#[test]
fn mentions_include_what_claims_leave_out() {
    let ex = Extractor::new();
    let text = "The two leaders met in 2022 and discussed the G7.";
    assert!(ex.claims(text).is_empty());
    let m: Vec<String> = ex.mentions(text).iter().map(|m| format!("{}={}", m.text, m.value)).collect();
    assert_eq!(m, ["two=2", "2022=2022", "7=7"]);
}

#[test]
fn keep_non_claims_keeps_determiner_counts() {
    let text = "The two leaders met.";
    assert!(Extractor::new().claims(text).is_empty());
    let kept = Extractor::builder().keep_non_claims(true).build().claims(text);
    assert_eq!(kept.len(), 1);
    assert_eq!((kept[0].kind, kept[0].unit.as_deref()), (ClaimKind::Count, Some("leader")));
}

#[test]
fn extractor_is_send_sync_and_shared_across_threads() {
    fn assert_send_sync<T: Send + Sync + Clone>() {}
    assert_send_sync::<Extractor>();
    let ex = Extractor::new();
    let counts: Vec<usize> = std::thread::scope(|s| {
        let hs: Vec<_> = (0..2).map(|_| s.spawn(|| ex.claims(READOUT).len())).collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(counts, [3, 3]);
}
