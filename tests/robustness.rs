//! No input panics or hangs the library.

use std::time::{Duration, Instant};

use policy_claims::Extractor;

/// A small deterministic generator, so failures reproduce.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

fn run_all(text: &str) {
    let ex = Extractor::new();
    let claims = ex.claims(text);
    let mentions = ex.mentions(text);
    let _ = ex.times(text);
    for c in &claims {
        assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
        assert!(c.sentence.start <= c.span.start && c.span.end <= c.sentence.end, "{c:?}");
    }
    for m in &mentions {
        assert_eq!(&text[m.span.start..m.span.end], m.text);
    }
}

#[test]
fn empty_and_tiny_inputs() {
    for t in ["", " ", "\n", "$", "%", "-", ".", "a", "1", "$.", "-.5", "between", "more than", "nearly $", "1-", "½"]
    {
        run_all(t);
    }
}

/// Two figures on different lines are never one range, and a claim never runs past its sentence.
#[test]
fn no_range_across_a_line_break() {
    let text = "Highlights: total aid $4 million\n- $7 million for food\n";
    let claims = Extractor::new().claims(text);
    let got: Vec<(&str, String, Option<String>, &str)> = claims
        .iter()
        .map(|c| {
            (
                c.text.as_str(),
                c.value.to_string(),
                c.value_high.map(|v| v.to_string()),
                &text[c.sentence.start..c.sentence.end],
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("$4 million", "4000000".to_string(), None, "Highlights: total aid $4 million"),
            ("$7 million", "7000000".to_string(), None, "- $7 million for food"),
        ]
    );
    run_all(text);
    // A scale word past a blank line joins no number (found by the `grammar` fuzz target).
    let text = "Aid: ¥ 2023-24 \n \n thousand people.";
    let claims = Extractor::new().claims(text);
    assert!(claims.iter().all(|c| !c.text.contains('\n')), "{claims:?}");
    run_all(text);
    // No-break spaces about a line break are white space to the sentences as to the tokens.
    run_all("It cost 10k\r\n \u{a0} \u{a0} billion \u{a0} EUR in all.");
    run_all("It cost 15\u{a0}\nmillion euros. Then\n\u{a0}Million more.");
}

/// A currency abbreviation that ends in a full stop ("Rs.") does not end the sentence before its
/// amount (found by the `bytes` fuzz target).
#[test]
fn currency_abbreviation_keeps_its_amount_in_the_sentence() {
    run_all("l-Rs. 2t\u{fffd}\u{fffd}");
    let text = "The grant is Rs. 2 crore in all.";
    let claims = Extractor::new().claims(text);
    assert_eq!(claims.len(), 1, "{claims:?}");
    assert_eq!(&text[claims[0].sentence.start..claims[0].sentence.end], text);
    run_all(text);
}

#[test]
fn multibyte_characters_against_expressions() {
    // A curly quote or dash right before a time expression ("“progress” to date") must not be
    // cut inside its bytes.
    for t in ["The “progress” to date.", "growth—to date", "€ to date", "’ to date", "“up” to date", "—in 2022"]
    {
        run_all(t);
        let times = Extractor::new().times(t);
        assert!(times.iter().all(|x| t.is_char_boundary(x.span.start) && t.is_char_boundary(x.span.end)), "{t}");
    }
    let times = Extractor::new().times("The “progress” to date.");
    assert_eq!(times.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(), ["to date"]);
}

#[test]
fn binary_junk_decoded_lossily() {
    let mut g = Lcg(7);
    let bytes: Vec<u8> = (0..2_000_000).map(|_| g.next() as u8).collect();
    let text = String::from_utf8_lossy(&bytes);
    run_all(&text);
}

#[test]
fn junk_made_of_grammar_pieces() {
    let pieces = [
        "$",
        "US",
        "€",
        "1,000",
        ".5",
        "-",
        "–",
        "/",
        "million",
        "billion",
        "half",
        "a",
        "of",
        "and",
        "between",
        "more than",
        "nearly",
        "percent",
        "%",
        "metric tons",
        "one",
        "in",
        "five",
        "2022",
        "\n",
        "\n\n",
        ". ",
        "G7",
        "COVID-19",
        "up to",
        "or more",
        "tens",
        "of",
        "dozens",
        "~",
        "9999999999999999999999999999",
        "point",
        "U.S.",
        // Breadth: symbols, suffixes, marks and cues.
        "C$",
        "$US",
        "m",
        "mm",
        "5m",
        "in",
        "\"",
        "''",
        "'",
        "×10",
        "−",
        "⁻³",
        "*",
        "**",
        "⁄",
        "liter",
        "pounds",
        "kg",
        "km/h",
        "per",
        "feet",
        "-year-old",
        "aged",
        "children under",
        "OTTAWA,",
        "canada.ca",
        "Canadians",
        "through",
        "or",
        "<",
        ">=",
        "1)",
        "000",
        "\u{2009}",
        "rose",
        "fell from",
        "compared with",
        "up",
        "by",
        "will",
        "would",
        "if",
        "doubled",
        "third-largest",
        "3rd",
        "No.",
        "times as",
        "-fold",
        "lasted",
        "days",
        "totaled",
        "a drop of",
        "in long-term",
        "employment",
    ];
    let mut g = Lcg(11);
    let mut text = String::new();
    while text.len() < 3_000_000 {
        text.push_str(pieces[g.next() as usize % pieces.len()]);
        if g.next() % 3 != 0 {
            text.push(' ');
        }
    }
    run_all(&text);
}

/// Long runs of what the breadth rules look back or ahead over: symbols before a list number,
/// quotes before an inch mark, qualifiers and cues.
#[test]
fn breadth_rules_stay_linear() {
    let start = Instant::now();
    run_all(&format!("{}1. Heading", "*".repeat(2_000_000)));
    run_all(&"\" 5\" ".repeat(300_000));
    run_all(&"5 ft 2 in 3 ft ".repeat(200_000));
    run_all(&"OTTAWA, C$5 canada.ca Canadians ".repeat(100_000));
    run_all(&"a liter a dollar a ".repeat(200_000));
    run_all(&"more than 10 and less than 20 or ".repeat(100_000));
    run_all(&"167 000 ".repeat(300_000));
    assert!(start.elapsed() < Duration::from_secs(60), "took {:?}", start.elapsed());
}

/// Long runs of what the rules of what a claim says read together: changes with both ends,
/// restated deltas, comparisons, word claims. Partners are looked for within a clause, so a
/// paragraph of many changes costs linear time.
#[test]
fn changes_and_word_claims_stay_linear() {
    let start = Instant::now();
    run_all(&"rose from 5 percent to 6 percent, or 2 percent, compared with 4 percent and ".repeat(40_000));
    run_all(&"doubled tripled the second-largest 3rd largest halved ".repeat(60_000));
    run_all(&"employment rose by 252,000 and apprehensions totaled 8,024 and ".repeat(40_000));
    let n = Extractor::new().claims(&"prices rose 5 percent to $6 and ".repeat(20_000)).len();
    assert_eq!(n, 40_000);
    assert!(start.elapsed() < Duration::from_secs(60), "took {:?}", start.elapsed());
}

/// A line of vulgar fractions: the page-furniture check ("alone on its line") once walked the
/// whole line for every fraction (a megabyte took two and a half minutes).
#[test]
fn runs_of_vulgar_fractions_on_one_line() {
    let start = Instant::now();
    for unit in ["½ ", "½, ", "½%", "(½) ", "$½ "] {
        let text = unit.repeat(1_000_000 / unit.len());
        run_all(&text);
    }
    // Linear, these take seconds; the quadratic walk took minutes per megabyte.
    assert!(start.elapsed() < Duration::from_secs(60), "took {:?}", start.elapsed());
    // Side by side, neither fraction stands alone; a fraction with only bullets beside it does.
    let ex = Extractor::new();
    let m = ex.mentions("½ of it\n• ½ •\n");
    assert_eq!(m.iter().map(|m| m.text.as_str()).collect::<Vec<_>>(), ["½", "½"]);
    assert!(ex.claims("• ½ •\n").is_empty());
}

#[test]
fn numbers_too_large_for_decimal() {
    let forty = format!("1{}", "0".repeat(40));
    run_all(&format!("It cost ${forty} trillion, or {forty} people, or {forty}% of all."));
    run_all("79228162514264337593543950335 trillion trillion dollars");
    run_all(&"9".repeat(100_000));
    let c = Extractor::new().claims(&format!("about ${forty} trillion"));
    assert!(c.is_empty(), "{c:?}");
}

/// One "sentence" of a megabyte: no sentence punctuation, thousands of figures and times. Each
/// of these once took minutes (tense read back to the start of the text for every weekday;
/// every figure compared with every time of its sentence).
#[test]
fn long_unpunctuated_sentences_run_in_linear_time() {
    let start = Instant::now();
    let weekdays = "officials will meet on Monday and ".repeat(30_000);
    assert_eq!(Extractor::new().times(&weekdays).len(), 30_000);
    let figures = "2,000 refugees arrived in 2022 and ".repeat(30_000);
    let claims = Extractor::new().claims(&figures);
    assert_eq!(claims.len(), 30_000);
    // The paragraph is cut into blocks every 80 KB (at white space); a claim whose time falls on
    // the far side of a cut loses it. Every other claim keeps its own year.
    let timed = claims.iter().filter(|c| c.time.as_ref().is_some_and(|t| t.text == "in 2022")).count();
    assert!(timed >= 30_000 - 16, "{timed} of 30000 timed");
    assert!(start.elapsed() < Duration::from_secs(60), "took {:?}", start.elapsed());
}

/// Words far apart belong to different expressions: an expression never holds a run of more than
/// 64 white-space bytes, however long the run between its words (a megabyte of spaces once cost
/// a second per expression).
#[test]
fn expressions_stretched_by_long_runs_of_spaces() {
    let start = Instant::now();
    let spaces = " ".repeat(2_000_000);
    let text = format!("Exports rose since January{spaces}2021. They fell in the last{spaces}12 months.");
    let times = Extractor::new().times(&text);
    let texts: Vec<&str> = times.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(texts.first(), Some(&"since January"), "{texts:?}");
    assert!(times.iter().all(|t| !t.text.contains(&" ".repeat(65))), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("last")), "{texts:?}");
    run_all(&text);
    assert!(start.elapsed() < Duration::from_secs(20), "took {:?}", start.elapsed());
}

#[test]
fn ten_megabytes_of_repeated_hedges_run_in_linear_time() {
    let start = Instant::now();
    let hedges = "nearly more than up to between about ".repeat(10_000_000 / 38);
    run_all(&hedges);
    run_all(&format!("{hedges} 5 refugees"));
    let digits = "1234567890".repeat(1_000_000);
    run_all(&digits);
    run_all(&"1,000,".repeat(1_500_000));
    run_all(&"one and a half ".repeat(700_000));
    assert!(start.elapsed() < Duration::from_secs(120), "took {:?}", start.elapsed());
}
