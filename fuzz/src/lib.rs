//! What the fuzz targets share: the invariants every output keeps on any text ([`check`]), and
//! the structure-aware generator that strings pieces of the grammar together ([`assemble`]).

use policy_claims::{Claim, Extractor, Hedge, Interval, Mention, Span, TimeRef};

/// Panics unless `span` lies inside `text` on `char` boundaries and `slice` is its text.
fn span_in(text: &str, span: Span, slice: Option<&str>, what: &str) {
    assert!(span.start <= span.end && span.end <= text.len(), "{what}: span {span:?} outside {}", text.len());
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end), "{what}: {span:?} off a char");
    if let Some(s) = slice {
        assert_eq!(&text[span.start..span.end], s, "{what}: text is not the slice at its span");
    }
}

fn hedge(text: &str, h: &Hedge) {
    if let Some(sp) = h.span {
        span_in(text, sp, h.text.as_deref(), "hedge");
    }
}

fn interval(iv: &Interval, what: &str) {
    if let (Some(low), Some(high)) = (iv.low, iv.high) {
        assert!(low <= high, "{what}: interval {low}..{high}");
    }
}

fn time(text: &str, t: &TimeRef) {
    span_in(text, t.span, Some(&t.text), "time");
    if let (Some(s), Some(e)) = (t.start, t.end) {
        assert!(s <= e, "time {:?}: start {s} after end {e}", t.text);
    }
}

/// Serialises `v` to JSON and back: the same value.
fn round_trip<T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(v: &T) {
    let json = serde_json::to_string(v).expect("serialises");
    let back: T = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(&back, v, "serde round trip through {json}");
}

fn claim(text: &str, c: &Claim, count: usize) {
    span_in(text, c.span, Some(&c.text), "claim");
    span_in(text, c.sentence, None, "sentence");
    assert!(
        c.sentence.start <= c.span.start && c.span.end <= c.sentence.end,
        "claim {:?} {:?} outside its sentence {:?}",
        c.text,
        c.span,
        c.sentence
    );
    if let Some(h) = c.value_high {
        assert!(c.value <= h, "claim {:?}: value {} above value_high {h}", c.text, c.value);
    }
    interval(&c.interval, &c.text);
    hedge(text, &c.hedge);
    if let Some(t) = &c.time {
        time(text, t);
    }
    if let Some(p) = c.change.and_then(|ch| ch.partner) {
        assert!(p < count, "claim {:?}: partner {p} of {count}", c.text);
    }
    round_trip(c);
}

fn mention(text: &str, m: &Mention) {
    span_in(text, m.span, Some(&m.text), "mention");
    if let Some(h) = m.value_high {
        assert!(m.value <= h, "mention {:?}: value {} above value_high {h}", m.text, m.value);
    }
    interval(&m.interval, &m.text);
    hedge(text, &m.hedge);
    round_trip(m);
}

/// Runs `claims`, `mentions` and `times` on `text` and checks what they return: spans inside the
/// text on `char` boundaries, each `text` the slice at its `span`, each claim inside its sentence,
/// intervals low ≤ high, times start ≤ end, and a serde round trip of every item.
pub fn check(text: &str) {
    let ex = Extractor::new();
    let claims = ex.claims(text);
    for c in &claims {
        claim(text, c, claims.len());
    }
    for m in &ex.mentions(text) {
        mention(text, m);
    }
    for t in &ex.times(text) {
        time(text, t);
        round_trip(t);
    }
}

/// The pieces [`assemble`] strings together.
const PIECES: &[&str] = &[
    // Number words and scales.
    "one",
    "two",
    "three",
    "twelve",
    "twenty",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "half",
    "a third",
    "two-thirds",
    "quarter",
    "dozen",
    "dozens",
    "tens",
    "hundreds",
    "millions",
    "point",
    "and",
    "a",
    // Digits with separators.
    "0",
    "1",
    "7",
    "42",
    "1,000",
    "1,234,567.89",
    "2.5",
    ".5",
    "3/4",
    "½",
    "¾",
    "1 000",
    "1.000,5",
    "10k",
    "5bn",
    "9999999999999999999999999999",
    "2\u{2009}500",
    "-",
    "−",
    // Currencies.
    "$",
    "US$",
    "C$",
    "€",
    "£",
    "¥",
    "USD",
    "EUR",
    "MUSD",
    "dollars",
    "euros",
    "pesos",
    "cents",
    // Hedges.
    "about",
    "nearly",
    "more than",
    "less than",
    "at least",
    "up to",
    "between",
    "from",
    "to",
    "over",
    "under",
    "or more",
    "some",
    "roughly",
    "~",
    "almost",
    // Units and percentages.
    "%",
    "percent",
    "per cent",
    "percentage points",
    "metric tons",
    "tonnes",
    "km",
    "km/h",
    "kg",
    "barrels",
    "gigawatts",
    "people",
    "refugees",
    "jobs",
    "households",
    "-year-old",
    "children under",
    // Time.
    "January",
    "Feb.",
    "March",
    "May",
    "in",
    "since",
    "by",
    "last year",
    "next month",
    "Q3",
    "FY",
    "FY2024",
    "fiscal year",
    "2019",
    "2023",
    "1999",
    "2023-24",
    "the quarter",
    "Monday",
    "today",
    "early",
    "mid-",
    "ago",
    // Dashes and punctuation.
    "-",
    "–",
    "—",
    "‑",
    "/",
    ".",
    ",",
    ";",
    ":",
    "(",
    ")",
    "\"",
    "“",
    "”",
    "'",
    "’",
    "!",
    "?",
    "*",
    "•",
    "#",
    // Line breaks, white space, URLs and names.
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\u{a0}",
    "\u{3000}",
    "https://example.gov/2023/11/17/a-1.html",
    "www.example.org",
    "COVID-19",
    "G7",
    "Title 42",
    "U.S.",
    "WASHINGTON,",
    "rose",
    "fell",
    "increased by",
    "compared with",
];

/// A text strung together from the pieces of the grammar, chosen by `data`: each byte picks a
/// piece (or, at the top of its range, a run of digits from the next bytes), and every other
/// byte's low bit whether a space follows.
pub fn assemble(data: &[u8]) -> String {
    let mut out = String::new();
    let mut bytes = data.iter().copied();
    while let Some(b) = bytes.next() {
        let k = usize::from(b);
        if k < PIECES.len() {
            out.push_str(PIECES[k]);
        } else {
            // Digits from the next byte: up to eight of them.
            let n = bytes.next().unwrap_or(0);
            for d in 0..(n % 8 + 1) {
                out.push(char::from(b'0' + (n.rotate_left(u32::from(d)) % 10)));
            }
        }
        if bytes.next().is_none_or(|s| s & 1 == 1) {
            out.push(' ');
        }
    }
    out
}
