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

/// For each of `figures` (the figures of the sentence `sentence`, in text order, not
/// overlapping), the index in `times` (in text order) of the time that governs it.
///
/// One sweep: clause boundaries are found once, and "a boundary between", "overlaps a figure"
/// and "the nearest figure before" are binary searches, so a sentence with thousands of figures
/// and times costs little more than reading it.
pub(crate) fn governing_times(text: &str, times: &[TimeRef], sentence: Span, figures: &[Span]) -> Vec<Option<usize>> {
    let mut out = vec![None; figures.len()];
    // Only times inside the sentence govern, and boundaries matter only between its first figure
    // and its last time: the rest of the sentence is not searched.
    let Some(to) = times.iter().filter(|t| sentence.contains(t.span)).map(|t| t.span.start).max() else {
        return out;
    };
    let Some(body) = text.get(sentence.start..sentence.end) else { return out };
    let from = figures.first().map_or(sentence.start, |f| f.end).clamp(sentence.start, sentence.end);
    let mut bounds: Vec<(usize, usize)> = Vec::new();
    let mut at = from - sentence.start;
    while let Some(m) = BOUNDARY.find_at(body, at).filter(|m| sentence.start + m.start() < to) {
        bounds.push((sentence.start + m.start(), sentence.start + m.end()));
        if m.end() == at {
            break;
        }
        at = m.end();
    }
    // Matches are sorted and disjoint: if the first one starting at `from` ends past `to`, all do.
    let boundary_between = |from: usize, to: usize| {
        let k = bounds.partition_point(|&(s, _)| s < from);
        from < to && bounds.get(k).is_some_and(|&(_, e)| e <= to)
    };
    // Times that can govern (inside the sentence, not inside a figure), with their owner: the
    // nearest figure ending before them, unless a clause boundary stands between.
    let mut eligible: Vec<(usize, Option<usize>)> = Vec::new();
    for (i, t) in times.iter().enumerate() {
        let before = figures.partition_point(|f| f.end <= t.span.start);
        let overlaps = figures.get(before).is_some_and(|f| f.start < t.span.end);
        if !sentence.contains(t.span) || overlaps {
            continue;
        }
        let owner = before.checked_sub(1).filter(|&j| !boundary_between(figures[j].end, t.span.start));
        eligible.push((i, owner));
    }
    // 1. A figure's own time: the nearest after it that it owns.
    for &(i, owner) in &eligible {
        if let Some(j) = owner {
            out[j].get_or_insert(i);
        }
    }
    // 2. Otherwise the nearest unowned time ending before it.
    let mut nearest = None;
    let mut e = 0;
    for (j, f) in figures.iter().enumerate() {
        while e < eligible.len() && times[eligible[e].0].span.end <= f.start {
            if eligible[e].1.is_none() {
                nearest = Some(eligible[e].0);
            }
            e += 1;
        }
        if out[j].is_none() {
            out[j] = nearest;
        }
    }
    out
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
        governing_times(text, &times, sentence, &spans).into_iter().map(|k| k.map(|i| times[i].text.clone())).collect()
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
