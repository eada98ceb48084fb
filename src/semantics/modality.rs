//! Whether a claim is a fact, a promise, a goal, a forecast or a supposition, from cue words.
//!
//! The nearest cue before the figure in its clause decides ("will provide up to $1.2 billion",
//! "has provided $2 billion"); a figure that is the subject takes the auxiliary just after it
//! ("7,000 jobs are expected", "$5 million will go"). "could", "might" and "may" are
//! hypothetical in a sentence with "if" or "unless", a forecast otherwise; "would" is
//! hypothetical unless it reports a pledge ("said it would provide"). Without a cue a claim is
//! `reported`.

use once_cell::sync::Lazy;

use super::{clause_end, word, Place};
use crate::claim::Modality;
use crate::lex::Doc;
use crate::util::{words, Lexicon, WordSet};

/// What a cue word says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// A plain modality.
    Is(Modality),
    /// "could", "might", "may": hypothetical with a condition in the sentence, else a forecast.
    Possible,
    /// "would": hypothetical, unless it reports a pledge.
    Would,
    /// "to be" + participle ("to be provided"): committed.
    ToBe,
}

use Modality::{Committed, Forecast, Reported, Target};

/// Every cue word and what it says. To teach the extractor a new one, add a row.
#[rustfmt::skip]
static CUES: &[(&str, Cue)] = &[
    // Committed: future, pledged, announced, allocated, requested.
    ("will", Cue::Is(Committed)), ("shall", Cue::Is(Committed)), ("plans", Cue::Is(Committed)), ("plan", Cue::Is(Committed)),
    ("planned", Cue::Is(Committed)), ("planning", Cue::Is(Committed)), ("intends", Cue::Is(Committed)), ("intend", Cue::Is(Committed)),
    ("announce", Cue::Is(Committed)), ("announces", Cue::Is(Committed)), ("announced", Cue::Is(Committed)), ("announcing", Cue::Is(Committed)),
    ("allocate", Cue::Is(Committed)), ("allocates", Cue::Is(Committed)), ("allocated", Cue::Is(Committed)), ("allocating", Cue::Is(Committed)),
    ("pledge", Cue::Is(Committed)), ("pledges", Cue::Is(Committed)), ("pledged", Cue::Is(Committed)), ("pledging", Cue::Is(Committed)),
    ("commit", Cue::Is(Committed)), ("commits", Cue::Is(Committed)), ("committed", Cue::Is(Committed)), ("committing", Cue::Is(Committed)),
    ("request", Cue::Is(Committed)), ("requests", Cue::Is(Committed)), ("requested", Cue::Is(Committed)), ("requesting", Cue::Is(Committed)),
    ("propose", Cue::Is(Committed)), ("proposes", Cue::Is(Committed)), ("proposed", Cue::Is(Committed)), ("proposing", Cue::Is(Committed)),
    ("earmarks", Cue::Is(Committed)), ("earmarked", Cue::Is(Committed)), ("promise", Cue::Is(Committed)), ("promises", Cue::Is(Committed)),
    ("promised", Cue::Is(Committed)), ("be", Cue::ToBe),
    // Target.
    ("goal", Cue::Is(Target)), ("goals", Cue::Is(Target)), ("target", Cue::Is(Target)), ("targets", Cue::Is(Target)),
    ("targeted", Cue::Is(Target)), ("targeting", Cue::Is(Target)), ("aim", Cue::Is(Target)), ("aims", Cue::Is(Target)),
    ("aimed", Cue::Is(Target)), ("aiming", Cue::Is(Target)), ("objective", Cue::Is(Target)), ("ambition", Cue::Is(Target)),
    // Forecast.
    ("projected", Cue::Is(Forecast)), ("projection", Cue::Is(Forecast)), ("projections", Cue::Is(Forecast)),
    ("expected", Cue::Is(Forecast)), ("expects", Cue::Is(Forecast)), ("expect", Cue::Is(Forecast)), ("expecting", Cue::Is(Forecast)),
    ("forecast", Cue::Is(Forecast)), ("forecasts", Cue::Is(Forecast)), ("forecasted", Cue::Is(Forecast)), ("forecasting", Cue::Is(Forecast)),
    ("anticipated", Cue::Is(Forecast)), ("anticipates", Cue::Is(Forecast)), ("predicted", Cue::Is(Forecast)), ("predicts", Cue::Is(Forecast)),
    ("likely", Cue::Is(Forecast)), ("outlook", Cue::Is(Forecast)),
    ("could", Cue::Possible), ("might", Cue::Possible), ("may", Cue::Possible),
    // Hypothetical.
    ("would", Cue::Would),
    // Reported: an achieved fact ends the reach of an earlier cue ("which will ..., has provided").
    ("has", Cue::Is(Reported)), ("have", Cue::Is(Reported)), ("had", Cue::Is(Reported)), ("did", Cue::Is(Reported)),
    ("totaled", Cue::Is(Reported)), ("totalled", Cue::Is(Reported)),
];

static CUE_TABLE: Lazy<Lexicon<Cue>> = Lazy::new(|| Lexicon::new(CUES));

fn cue_at(doc: &Doc, k: usize) -> Option<Cue> {
    let w = word(doc, k);
    if w.is_empty() {
        return None;
    }
    let cue = CUE_TABLE.get(w)?;
    // "to be provided" only; a "be" elsewhere says nothing. "may" as a month says nothing.
    match cue {
        Cue::ToBe if !doc.is(k.wrapping_sub(1), "to") => None,
        Cue::Possible if doc.capitalized(k) && doc.is(k, "may") && k > 0 => None,
        // "a goal"/"the target" are targets, but "have" as in "have a goal" is no report.
        Cue::Is(Reported) if doc.is_any(k, &["has", "have", "had"]) && doc.is_any(k + 1, &["to", "a", "an"]) => None,
        // "would have saved", "will have built": the modal decides.
        Cue::Is(Reported)
            if doc.is(k, "have") && doc.is_any(k.wrapping_sub(1), &["would", "could", "might", "will", "may"]) =>
        {
            None
        }
        _ => Some(cue),
    }
}

/// Reporting verbs that make a following "would" a pledge: "said it would provide $5 million".
const REPORTING: &[&str] = &["said", "announced", "pledged", "promised", "agreed", "confirmed", "stated", "committed"];

/// What cue `cue` at token `k` means in its sentence, which starts at `start` and holds the
/// figure ending at `last`.
fn meaning(doc: &Doc, cue: Cue, k: usize, start: usize, last: usize) -> Modality {
    match cue {
        Cue::Is(m) => m,
        Cue::ToBe => Committed,
        Cue::Possible | Cue::Would => {
            let end = clause_end(doc, last);
            let conditional = (start..=end).any(|j| doc.is_any(j, &["if", "unless", "otherwise"]));
            if cue == Cue::Would {
                let reported = (k.saturating_sub(4).max(start)..k).any(|j| doc.is_any(j, REPORTING));
                if reported && !conditional {
                    Committed
                } else {
                    Modality::Hypothetical
                }
            } else if conditional {
                Modality::Hypothetical
            } else {
                Forecast
            }
        }
    }
}

/// Words that end the look forward from a figure for its own auxiliary.
static FORWARD_STOPS: Lazy<WordSet> =
    Lazy::new(|| WordSet::new(words!["and", "or", "but", "which", "that", "who", "than", "while", "of", "from", "to"]));

/// The modality of the claim at `p`, if a cue says it (`None`: no cue, reported unless its time
/// lies ahead; see [`super::settle`]).
pub(super) fn modality(doc: &Doc, p: Place, start: usize) -> Option<Modality> {
    // The figure as subject: "7,000 jobs are expected", "$5 million will go" (punctuation, and
    // so the end of the clause, ends the look).
    // An auxiliary of fact after the subject ("45 states have signed on") speaks for it unless a
    // cue follows it ("had been expected").
    let mut fact = false;
    for k in p.end + 1..=p.end + 4 {
        if doc.is(k, "to") && doc.is(k + 1, "be") {
            return Some(Committed);
        }
        if doc.kind(k) != Some(crate::lex::Kind::Word) {
            break;
        }
        match cue_at(doc, k) {
            Some(Cue::Is(Reported)) => fact = true,
            Some(Cue::Is(Target)) | None => {}
            Some(cue) => return Some(meaning(doc, cue, k, start, p.end)),
        }
        if FORWARD_STOPS.contains(doc.s(k)) {
            break;
        }
    }
    if fact {
        return Some(Reported);
    }
    (start..p.first).rev().find_map(|k| cue_at(doc, k).map(|cue| meaning(doc, cue, k, start, p.end)))
}

#[cfg(test)]
mod tests {
    use super::super::tests::said;

    #[test]
    fn committed() {
        assert_eq!(said("The program will provide up to $1.2 billion."), ["$1.2 billion [committed]"]);
        assert_eq!(said("The minister announces $50 million in new funding."), ["$50 million [committed]"]);
        assert_eq!(said("The budget allocates £2.5 billion to rail."), ["£2.5 billion [committed]"]);
        assert_eq!(said("The department requests $3.4 billion."), ["$3.4 billion [committed]"]);
        assert_eq!(said("Officials said they would send 300 doctors."), ["300 [committed]"]);
        assert_eq!(said("$5 million is to be provided next year."), ["$5 million [committed]"]);
    }

    #[test]
    fn target_forecast_hypothetical() {
        assert_eq!(said("It set a goal of 500,000 chargers by 2030."), ["500,000 [target]"]);
        assert_eq!(said("The plan aims to cut emissions by 50 percent."), ["50 percent delta down [target]"]);
        assert_eq!(said("Output is projected to grow 3 percent."), ["3 percent delta up [forecast]"]);
        assert_eq!(said("The plant is expected to create 7,000 jobs."), ["7,000 [forecast]"]);
        assert_eq!(said("Some 7,000 jobs are expected at the plant."), ["7,000 [forecast]"]);
        assert_eq!(said("Families would have saved $800."), ["$800 [hypothetical]"]);
        assert_eq!(said("Drivers could save up to $300 if they switch."), ["$300 [hypothetical]"]);
    }

    #[test]
    fn reported_by_default_and_after_a_fact() {
        assert_eq!(said("The agency has provided $2 billion."), ["$2 billion"]);
        assert_eq!(said("An estimated 15.7 million people need aid."), ["15.7 million"]);
        assert_eq!(said("The fund, which will close in May, has provided $2 billion."), ["$2 billion"]);
        assert_eq!(said("Funds will be open through 2026, and 45 states have signed on."), ["45"]);
        assert_eq!(said("Some 7,000 jobs had been expected at the plant."), ["7,000 [forecast]"]);
        assert_eq!(said("In May 2023, 400 people arrived."), ["400"]);
    }

    #[test]
    fn a_time_ahead_without_a_cue() {
        use crate::{Extractor, Modality, NaiveDate};
        let ex = Extractor::builder().reference_date(NaiveDate::from_ymd_opt(2024, 3, 1).unwrap()).build();
        let m = |text: &str| ex.claims(text).iter().map(|c| c.modality).collect::<Vec<_>>();
        // A goal by a deadline ahead; a figure for a period ahead.
        assert_eq!(m("The order directs agencies to conserve 30 percent of lands by 2030."), [Modality::Target]);
        assert_eq!(m("Exports are set to reach $5 billion in 2027."), [Modality::Forecast]);
        // Past periods and deadlines stay reported; a cue still decides.
        assert_eq!(m("Exports reached $5 billion in 2023."), [Modality::Reported]);
        assert_eq!(m("By 2023, 400 plants had opened."), [Modality::Reported]);
        assert_eq!(m("The plan will spend $5 billion in 2027."), [Modality::Committed]);
    }
}
