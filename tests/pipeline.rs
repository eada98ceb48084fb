//! Pipelines: `Extractor::extract_document`, `extract_all` and `extract_stream` (the command
//! line program, which streams, is tested in `cli.rs`).

use chrono::NaiveDate;
use policy_claims::{CharOffsets, Document, DocumentClaims, DocumentId, Extractor, ReferenceSource};

use crate::varied::varied;

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

// ---------------------------------------------------------------------------------------------
// Library

#[test]
fn extract_all_keeps_input_order_and_matches_one_by_one() {
    let ex = Extractor::new();
    let docs: Vec<Document> = (0..300).map(|k| Document::new(format!("d{k}"), varied(k))).collect();
    let all = ex.extract_all(&docs);
    assert_eq!(all.len(), 300);
    for (doc, got) in docs.iter().zip(&all) {
        assert_eq!(got, &ex.extract_document(doc));
        assert_eq!(got.claims, ex.claims(&doc.text));
    }
    let ids: Vec<String> = all.iter().map(|d| d.id.to_string()).collect();
    assert_eq!(ids[..3], ["d0", "d1", "d2"]);
    assert_eq!(ids[299], "d299");
    // The figures really vary from one document to the next.
    assert_ne!(all[0].claims[0].value, all[1].claims[0].value);
    assert!(ex.extract_all(&[]).is_empty());
    // Borrowed texts, without documents.
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    let claims = ex.claims_all(&texts);
    assert!(claims.iter().zip(&all).all(|(c, d)| *c == d.claims));
}

#[test]
fn reference_date_precedence() {
    // A relative time, so that the date used shows in the claims, not only in `reference`.
    let text = "Exports of farm goods reached $2.4 billion last year.";
    let year_start = |out: &DocumentClaims| out.claims[0].time.as_ref().and_then(|t| t.start);
    let given = Extractor::builder().reference_date(date("2021-06-30")).build();
    let plain = Extractor::new();

    let own = Document::new("a", text).with_reference_date(date("2024-03-14"));
    for ex in [&given, &plain] {
        let out = ex.extract_document(&own);
        assert_eq!((out.reference.date, out.reference.source), (Some(date("2024-03-14")), ReferenceSource::Given));
        assert_eq!(out.claims, Extractor::builder().reference_date(date("2024-03-14")).build().claims(text));
        assert_eq!(year_start(&out), Some(date("2023-01-01")));
    }

    let bare = Document::new("b", text);
    let out = given.extract_document(&bare);
    assert_eq!((out.reference.date, out.reference.source), (Some(date("2021-06-30")), ReferenceSource::Given));
    assert_eq!(year_start(&out), Some(date("2020-01-01")));
    // Without either, the extractor's own rule (the date the text states, if any) decides.
    let out = plain.extract_document(&bare);
    assert_eq!(out.reference, plain.reference(text));
    assert_eq!(out.claims, plain.claims(text));
}

#[test]
fn per_document_date_keeps_keep_non_claims() {
    let text = "The two leaders met with 3 delegations and 40 refugees.";
    let ex = Extractor::builder().keep_non_claims(true).build();
    let doc = Document::new(1, text).with_reference_date(date("2024-03-14"));
    let want = Extractor::builder().keep_non_claims(true).reference_date(date("2024-03-14")).build().claims(text);
    assert_eq!(ex.extract_document(&doc).claims, want);
}

#[test]
fn document_and_result_json() {
    let doc: Document =
        serde_json::from_str(r#"{"id": 42, "text": "Exports reached $2.4 billion.", "reference_date": "2024-03-14"}"#)
            .unwrap();
    assert_eq!(doc, Document::new(42, "Exports reached $2.4 billion.").with_reference_date(date("2024-03-14")));
    let out = Extractor::new().extract_document(&doc);
    assert_eq!(out.id, DocumentId::Number(42));
    let json = serde_json::to_value(&out).unwrap();
    insta::assert_json_snapshot!("document_claims", json);
    let back: DocumentClaims = serde_json::from_value(json).unwrap();
    assert_eq!(back, out);
}

#[test]
fn extract_stream_matches_extract_all_from_a_lazy_iterator() {
    let ex = Extractor::new();
    let docs: Vec<Document> = (0..600).map(|k| Document::new(k as u64, varied(k))).collect();
    let want = ex.extract_all(&docs);
    // Documents made as the stream pulls them: nothing is collected up front.
    let lazy = (0..600).map(|k| Document::new(k as u64, varied(k)));
    let got: Vec<DocumentClaims> = ex.extract_stream(lazy).collect();
    assert_eq!(got, want);
    let serial: Vec<DocumentClaims> = ex.extract_stream(docs.clone()).threads(1).collect();
    assert_eq!(serial, want);
}

#[test]
fn stream_map_keeps_errors_in_place_and_converts_offsets() {
    let lines = ["Prices rose 4 percent.", "not a document", "Le café — about 1,500 firms — ships $2 billion."];
    let items = lines.iter().enumerate().map(|(k, t)| match t.starts_with("not") {
        true => Err(format!("line {}", k + 1)),
        false => Ok(Document::new(k as u64, *t)),
    });
    /// Each claim's character span and text.
    type Spans = Vec<(usize, usize, String)>;
    let out: Vec<Result<Spans, String>> = Extractor::new()
        .stream_map(items, |ex, doc| {
            let doc = doc?;
            let offsets = CharOffsets::new(&doc.text);
            let mut claims = ex.extract_document(&doc).claims;
            claims.iter_mut().for_each(|c| offsets.convert_claim(c));
            Ok(claims.into_iter().map(|c| (c.span.start, c.span.end, c.text)).collect())
        })
        .chunk_size(2)
        .collect();
    assert_eq!(out[0], Ok(vec![(12, 21, "4 percent".to_string())]));
    assert_eq!(out[1], Err("line 2".to_string()));
    // Character offsets: "é" and "—" count one each, as Python's str does.
    assert_eq!(out[2], Ok(vec![(16, 21, "1,500".to_string()), (36, 46, "$2 billion".to_string())]));
    let chars: Vec<char> = lines[2].chars().collect();
    assert_eq!(chars[36..46].iter().collect::<String>(), "$2 billion");
}
