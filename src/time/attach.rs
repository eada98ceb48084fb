//! Which time expression governs a figure.
//!
//! 1. A time in the same clause right after a figure belongs to that figure ("$863.4 billion in
//!    2022"): each time after a figure, with no other figure and no clause boundary in between, is
//!    owned by the nearest figure before it, and never governs another figure.
//! 2. Otherwise the nearest unowned time before the figure in the sentence governs it: "exports in
//!    2022 reached $X", or a sentence-initial "In fiscal year 2023, ..." for every figure of a list.
//! 3. Times after a clause boundary that follows the figure govern nothing for it.
//!
//! Years inside names ("the CHIPS and Science Act of 2022", "the 2022 Act") are never returned by
//! `find_times`, so they cannot govern anything.

use once_cell::sync::Lazy;
use regex::{Regex, RegexBuilder};

use super::TimeRef;
use crate::claim::Span;

/// A clause boundary: a semicolon, a dash aside, or a comma followed by a conjunction.
static BOUNDARY: Lazy<Regex> = Lazy::new(|| {
    RegexBuilder::new(
        r";|—|(?:^|\s)--\s|,\s*(?:and|but|while|whereas|although|though|yet|or|compared)\b|\b(?:while|whereas|although|but)\b",
    )
    .case_insensitive(true)
    .unicode(false)
    .build()
    .unwrap_or_else(|e| panic!("boundary regex: {e}"))
});

fn boundary_between(text: &str, from: usize, to: usize) -> bool {
    from < to && text.get(from..to).is_some_and(|gap| BOUNDARY.is_match(gap))
}

/// Which of `times` governs the figure at `figure` in the sentence `sentence`; `figures` are the
/// spans of all figures of that sentence (including `figure`), in text order.
pub(crate) fn governing_time(
    text: &str,
    times: &[TimeRef],
    figure: Span,
    sentence: Span,
    figures: &[Span],
) -> Option<usize> {
    let in_sentence = |t: &TimeRef| sentence.contains(t.span) && !figures.iter().any(|f| f.overlaps(t.span));
    // The figure owning a time: the nearest figure ending before it, in the same clause.
    let owner = |t: &TimeRef| -> Option<Span> {
        let f = figures.iter().rev().find(|f| f.end <= t.span.start)?;
        (!boundary_between(text, f.end, t.span.start)).then_some(*f)
    };
    let candidates = || times.iter().enumerate().filter(|(_, t)| in_sentence(t));
    // 1. Owned by this figure: the nearest after it.
    if let Some((i, _)) = candidates()
        .filter(|(_, t)| t.span.start >= figure.end && owner(t) == Some(figure))
        .min_by_key(|(_, t)| t.span.start)
    {
        return Some(i);
    }
    // 2. The nearest unowned time before it.
    candidates()
        .filter(|(_, t)| t.span.end <= figure.start && owner(t).is_none())
        .max_by_key(|(_, t)| t.span.end)
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::super::{find_times, ReferenceDate};
    use super::*;

    /// The governing time's text for each figure (given by its text) in a one-sentence `text`.
    fn govern(text: &str, figs: &[&str]) -> Vec<Option<String>> {
        let times = find_times(text, &ReferenceDate::default());
        let mut spans = Vec::new();
        let mut from = 0;
        for f in figs {
            let s = from + text[from..].find(f).expect("figure in text");
            spans.push(Span::new(s, s + f.len()));
            from = s + f.len();
        }
        let sentence = Span::new(0, text.len());
        spans
            .iter()
            .map(|&f| governing_time(text, &times, f, sentence, &spans).map(|i| times[i].text.clone()))
            .collect()
    }

    fn some(v: &[&str]) -> Vec<Option<String>> {
        v.iter().map(|s| if s.is_empty() { None } else { Some(s.to_string()) }).collect()
    }

    #[test]
    fn each_figure_keeps_its_own_year() {
        let t = "Grain exports grew from $10 billion in 2020 to $15 billion in 2023.";
        assert_eq!(govern(t, &["$10 billion", "$15 billion"]), some(&["in 2020", "in 2023"]));
        let t = "Arrivals fell to 41,000 in March, from 60,000 in January and 52,000 in February.";
        assert_eq!(govern(t, &["41,000", "60,000", "52,000"]), some(&["in March", "in January", "in February"]));
    }

    #[test]
    fn sentence_initial_time_governs_a_list() {
        let t = "In fiscal year 2023, the agency resettled 60,014 refugees, processed 1.2 million \
                 applications and disbursed $4.1 billion.";
        assert_eq!(
            govern(t, &["60,014", "1.2 million", "$4.1 billion"]),
            some(&["In fiscal year 2023", "In fiscal year 2023", "In fiscal year 2023"])
        );
    }

    #[test]
    fn time_before_figure_in_clause() {
        let t = "Imports in 2022 reached $3.2 trillion, up 16 percent from the previous year.";
        assert_eq!(govern(t, &["$3.2 trillion", "16 percent"]), some(&["in 2022", "from the previous year"]));
    }

    #[test]
    fn years_in_names_govern_nothing() {
        let t = "The CHIPS and Science Act of 2022 provides $52.7 billion for semiconductor research.";
        assert_eq!(govern(t, &["$52.7 billion"]), some(&[""]));
        let t = "Under the 2021 Agreement, partners pledged $300 million.";
        assert_eq!(govern(t, &["$300 million"]), some(&[""]));
    }

    #[test]
    fn clause_boundary_stops_ownership() {
        let t = "The fund holds $2 billion; its charter was signed in 2019.";
        assert_eq!(govern(t, &["$2 billion"]), some(&[""]));
        let t = "In 2021 the program served 9,000 families, and since 2022 it has served 12,000 more.";
        assert_eq!(govern(t, &["9,000", "12,000"]), some(&["In 2021", "since 2022"]));
    }
}
