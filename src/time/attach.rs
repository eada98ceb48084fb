//! Which time expression governs a figure. Within a sentence, in this order:
//!
//! 1. **Its own time.** A time right after a figure, with no other figure and no clause boundary
//!    between, is that figure's: "from $10 billion in 2020 to $15 billion in 2023" gives each
//!    figure its year. A comparison period ("from last year", "a year earlier") is a figure's own
//!    only when the figure stands inside the comparison: "compared with 900,000 in the same period
//!    last year", "up from 2.4 million a year earlier".
//! 2. **Its clause's time.** Otherwise the time of its clause, after the figure or before it: "Exports
//!    increased $38.0 billion, or 7.1 percent, to $574.6 billion in January" gives all three
//!    January. A "since" after the figure does not reach back: in "new funding of $250 million
//!    brings the total to $2.6 billion since February 2022" it is the total's window only. Where the clause's time is a range and two figures of a change precede it ("rose from
//!    14.3% to 21.0% between December 2022 and December 2023"), each figure takes its end.
//! 3. **The sentence's time.** Otherwise the nearest time before it in the sentence ("In fiscal
//!    year 2023, the agency resettled 60,014 refugees, ..., and disbursed $4.1 billion"); past a
//!    semicolon, only a time opening the sentence.
//! 4. **A heading's time.** Otherwise, in a list under a heading that is a time ("In fiscal year
//!    2023:"), the heading's.
//!
//! Semicolons, dashes and "while"/"but"/"whereas"/"although" end clauses; ", and" does too. Comparison
//! periods govern no other figure, and lengths ("for five years") and frequencies ("every year")
//! govern none.

use once_cell::sync::Lazy;
use regex::{Regex, RegexBuilder};

use super::context::Located;
use super::{TimeKind, TimeRef};
use crate::claim::Span;

/// A clause boundary: a semicolon, a dash aside, a comma and a conjunction, a contrast.
static BOUNDARY: Lazy<Regex> = Lazy::new(|| {
    RegexBuilder::new(
        r";|—|(?:^|\s)--\s|,\s*(?:and|but|while|whereas|although|though|yet)\b|\b(?:while|whereas|although|but)\b",
    )
    .case_insensitive(true)
    .unicode(false)
    .build()
    .unwrap_or_else(|e| panic!("boundary regex: {e}"))
});

/// "both", which makes the ", and" after it a join of two noun phrases.
static BOTH: Lazy<Regex> = Lazy::new(|| {
    RegexBuilder::new(r"\bboth\b")
        .case_insensitive(true)
        .unicode(false)
        .build()
        .unwrap_or_else(|e| panic!("both regex: {e}"))
});

/// Words that open a comparison: a figure after one of them, before its time, is the compared
/// value and takes the comparison period as its own.
static COMPARISON: Lazy<Regex> = Lazy::new(|| {
    RegexBuilder::new(r"\b(?:compared\s+(?:with|to)|from|than|versus|vs\.?|against|relative\s+to)\b")
        .case_insensitive(true)
        .unicode(false)
        .build()
        .unwrap_or_else(|e| panic!("comparison regex: {e}"))
});

/// Words after which a time is the compared value's, not that of a figure before them: "7,500
/// chargers were open, compared with 3,800 in January 2023", "12,400 homes, up from 9,100 in the
/// previous fiscal year". ("from" alone is left out: it also opens the start of a change, "rose 5
/// percent from a year earlier to $30 billion in January".)
static COMPARED_AFTER: Lazy<Regex> = Lazy::new(|| {
    RegexBuilder::new(r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?|relative\s+to|against|(?:up|down)\s+from)\b")
        .case_insensitive(true)
        .unicode(false)
        .build()
        .unwrap_or_else(|e| panic!("comparison regex: {e}"))
});

/// Whether a time may govern a figure: lengths, frequencies and the adjective "recent" ("recent
/// data show ...") place no figure.
fn governs(t: &TimeRef) -> bool {
    let places = !matches!(t.kind, TimeKind::Duration | TimeKind::Set);
    let adjective = t.kind == TimeKind::Vague && t.text.eq_ignore_ascii_case("recent");
    places && !adjective
}

/// For each of `figures` (the figures of the sentence `sentence`, in text order, not
/// overlapping), the time that governs it, from `times` (the block's, in text order).
///
/// One sweep per rule: clause boundaries are found once, and every look-up is a binary search,
/// so a sentence with thousands of figures and times costs little more than reading it.
pub(crate) fn governing_times(text: &str, times: &[Located], sentence: Span, figures: &[Span]) -> Vec<Option<TimeRef>> {
    let mut out: Vec<Option<TimeRef>> = vec![None; figures.len()];
    let lo = times.partition_point(|t| t.time.span.end <= sentence.start);
    let hi = times.partition_point(|t| t.time.span.start < sentence.end).max(lo);
    let local: Vec<&Located> = times[lo..hi]
        .iter()
        .filter(|t| sentence.contains(t.time.span) && governs(&t.time))
        .filter(|t| {
            let k = figures.partition_point(|f| f.end <= t.time.span.start);
            !figures.get(k).is_some_and(|f| f.start < t.time.span.end)
        })
        .filter(|t| !aside_alone(text, sentence, t.time.span, figures))
        .collect();
    let Some(body) = text.get(sentence.start..sentence.end) else { return out };
    if local.is_empty() {
        return out;
    }
    let mut bounds: Vec<(usize, usize)> = Vec::new();
    let last =
        local.iter().map(|t| t.time.span.end).max().unwrap_or(sentence.start).max(figures.last().map_or(0, |f| f.end));
    let mut at = 0;
    // "Both the number of unemployed, at 7.0 million, and the rate were little changed in
    // October": after "both", ", and" joins two subjects, not two clauses.
    // Looked for only at such a ", and".
    let mut both: Option<Option<usize>> = None;
    while let Some(m) = BOUNDARY.find_at(body, at).filter(|m| sentence.start + m.start() < last) {
        let comma_and = m.as_str().starts_with(',') && m.as_str()[1..].trim().eq_ignore_ascii_case("and");
        let joins_both =
            comma_and && both.get_or_insert_with(|| BOTH.find(body).map(|b| b.end())).is_some_and(|b| b <= m.start());
        if !joins_both {
            bounds.push((sentence.start + m.start(), sentence.start + m.end()));
        }
        if m.end() == at {
            break;
        }
        at = m.end();
    }
    let boundary_between = |from: usize, to: usize| {
        let k = bounds.partition_point(|&(s, _)| s < from);
        from < to && bounds.get(k).is_some_and(|&(_, e)| e <= to)
    };
    let clause_of = |pos: usize| bounds.partition_point(|&(s, _)| s <= pos);
    let compared_between = |from: usize, to: usize| text.get(from..to).is_some_and(|s| COMPARED_AFTER.is_match(s));
    let baseline = |t: &Located| t.time.kind == TimeKind::Baseline;
    // 1. Own times.
    let mut owned = vec![false; local.len()];
    for (j, f) in figures.iter().enumerate() {
        let k = local.partition_point(|t| t.time.span.start < f.end);
        let Some(t) = local.get(k) else { continue };
        let next_fig = figures.get(j + 1).map_or(usize::MAX, |g| g.start);
        if t.time.span.start > next_fig || boundary_between(f.end, t.time.span.start) {
            continue;
        }
        if compared_between(f.end, t.time.span.start) {
            continue;
        }
        if baseline(t) {
            // The compared value: a comparison word between the previous figure (or the
            // sentence start) and this figure.
            let from = if j > 0 { figures[j - 1].end } else { sentence.start };
            let inside = text.get(from..f.start).is_some_and(|s| COMPARISON.is_match(s));
            if !inside {
                continue;
            }
        }
        // "from 14.3% to 21.0% between December 2022 and December 2023": each end its figure.
        if let (Some(a), Some(b)) =
            (side_for(t, text, figures, j - usize::from(j > 0), &out), side_for(t, text, figures, j, &out))
        {
            if j > 0 && out[j - 1].is_none() {
                out[j - 1] = Some(a);
                out[j] = Some(b);
                owned[k] = true;
                continue;
            }
        }
        out[j] = Some(t.time.clone());
        owned[k] = true;
    }
    // 2. The clause's time: after the figure first ("..., to $574.6 billion in January"), then
    // before it.
    for j in 0..figures.len() {
        if out[j].is_some() {
            continue;
        }
        let f = figures[j];
        let c = clause_of(f.start);
        let k = local.partition_point(|t| t.time.span.start < f.end);
        // "since X" marks the window of the total it follows, not of figures before that.
        let after = local[k..]
            .iter()
            .take_while(|t| clause_of(t.time.span.start) == c)
            .find(|t| !baseline(t) && !compared_between(f.end, t.time.span.start))
            .filter(|t| t.time.kind != TimeKind::Since);
        if let Some(t) = after {
            out[j] = Some(side_for(t, text, figures, j, &out).unwrap_or_else(|| t.time.clone()));
            continue;
        }
        let before = local[..k].iter().rev().take_while(|t| clause_of(t.time.span.start) == c).find(|t| !baseline(t));
        if let Some(t) = before {
            out[j] = Some(t.time.clone());
        }
    }
    // 3. The nearest time before the figure in the sentence; past a semicolon, only a time that
    // opens the sentence ("In 2023, exports rose 5%; imports fell 3%").
    let opens = |t: &Located| text.get(sentence.start..t.time.span.start).is_some_and(|s| s.trim().is_empty());
    let semicolon_between = |from: usize, to: usize| text.get(from..to).is_some_and(|s| s.contains(';'));
    for j in 0..figures.len() {
        if out[j].is_some() {
            continue;
        }
        let f = figures[j];
        let k = local.partition_point(|t| t.time.span.end <= f.start);
        let found = local[..k]
            .iter()
            .rev()
            .filter(|t| !baseline(t))
            .find(|t| opens(t) || !semicolon_between(t.time.span.end, f.start));
        if let Some(t) = found {
            out[j] = Some(t.time.clone());
        }
    }
    out
}

/// Participles that open an aside about what a noun is: "The program, launched in 2022, has
/// reached 5 million students" (2022 is when it was launched, not when it reached them).
const ASIDE_PARTICIPLES: &[&str] = &[
    "launched",
    "created",
    "established",
    "founded",
    "introduced",
    "enacted",
    "signed",
    "passed",
    "opened",
    "built",
    "started",
    "begun",
    "adopted",
    "formed",
    "announced",
    "unveiled",
    "approved",
];

/// The text before the last word of `s` (letters only) and that word.
fn last_word(s: &str) -> (&str, &str) {
    let t = s.trim_end();
    let start =
        t.rfind(|c: char| !c.is_ascii_alphabetic()).map_or(0, |k| k + t[k..].chars().next().map_or(1, char::len_utf8));
    (&t[..start], &t[start..])
}

/// Whether the time at `span` stands in an aside between commas after a participle (", launched
/// in 2022,") that holds no figure: such a time dates the noun, not the sentence's figures.
fn aside_alone(text: &str, sentence: Span, span: Span, figures: &[Span]) -> bool {
    let Some(before) = text.get(sentence.start..span.start) else { return false };
    let Some(after) = text.get(span.end..sentence.end) else { return false };
    let (mut rest, mut w) = last_word(before);
    if ["in", "on", "during"].iter().any(|p| p.eq_ignore_ascii_case(w)) {
        (rest, w) = last_word(rest);
    }
    if !ASIDE_PARTICIPLES.iter().any(|p| p.eq_ignore_ascii_case(w)) || !rest.trim_end().ends_with(',') {
        return false;
    }
    if !after.trim_start().starts_with(',') {
        return false;
    }
    // The aside runs from its opening comma to its closing one.
    let open = sentence.start + rest.trim_end().len() - 1;
    let close = span.end + (after.len() - after.trim_start().len());
    !figures.iter().any(|f| f.start > open && f.end <= close)
}

/// Where figure `j` is the second figure of a change ("from 14.3% to 21.0%") or the first, and
/// `t` a range joined from two times ("between December 2022 and December 2023"), the range's
/// end that belongs to it.
fn side_for(t: &Located, text: &str, figures: &[Span], j: usize, out: &[Option<TimeRef>]) -> Option<TimeRef> {
    let sides = t.sides.as_ref()?;
    let free = |k: usize| out.get(k).is_some_and(Option::is_none) || k == j;
    // The two figures before the range: a pair joined by "to".
    let (a, b) = {
        let k = figures.partition_point(|f| f.end <= t.time.span.start);
        if k < 2 || !(free(k - 2) && free(k - 1)) {
            return None;
        }
        (k - 2, k - 1)
    };
    let between = text.get(figures[a].end..figures[b].start)?;
    if !between.split_whitespace().any(|w| w.eq_ignore_ascii_case("to")) {
        return None;
    }
    match j {
        _ if j == a => Some(sides[0].clone()),
        _ if j == b => Some(sides[1].clone()),
        _ => None,
    }
}

/// The time of a heading that is a time ("In fiscal year 2023:", "FY 2024 highlights:"), if the
/// sentence `s` is one: a line ending in a colon whose words are mostly its time.
pub(crate) fn heading_time<'a>(text: &str, s: Span, times: &'a [Located]) -> Option<&'a TimeRef> {
    let body = text.get(s.start..s.end)?.trim_end();
    if !body.ends_with(':') {
        return None;
    }
    let k = times.partition_point(|t| t.time.span.end <= s.start);
    let t = times.get(k).filter(|t| s.contains(t.time.span) && t.time.kind == TimeKind::Period)?;
    let rest = format!("{}{}", &text[s.start..t.time.span.start], &text[t.time.span.end..s.end]);
    let words = rest.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count();
    (words <= 2).then_some(&t.time)
}

#[cfg(test)]
mod tests {
    use super::super::{find_times_located, ReferenceDate};
    use super::*;

    /// The governing time's text for each figure (given by its text) in a one-sentence `text`.
    fn govern(text: &str, figs: &[&str]) -> Vec<Option<String>> {
        let times = find_times_located(text, &ReferenceDate::default());
        let mut spans = Vec::new();
        let mut from = 0;
        for f in figs {
            let s = from + text[from..].find(f).expect("figure in text");
            spans.push(Span::new(s, s + f.len()));
            from = s + f.len();
        }
        let sentence = Span::new(0, text.len());
        governing_times(text, &times, sentence, &spans).into_iter().map(|t| t.map(|t| t.text)).collect()
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
    fn a_time_governs_its_clause_figures_before_it_included() {
        let t = "Exports increased $38.0 billion, or 7.1 percent, to $574.6 billion in January.";
        assert_eq!(govern(t, &["$38.0 billion", "7.1 percent", "$574.6 billion"]), some(&["in January"; 3]));
        // A time in an aside about a noun dates the noun only.
        let t = "The program, launched in 2022, has reached 5 million students.";
        assert_eq!(govern(t, &["5 million"]), some(&[""]));
        assert_eq!(super::last_word("a “launched"), ("a “", "launched"));
        let t = "The fund, created in 2021 with $5 million, has grown.";
        assert_eq!(govern(t, &["$5 million"]), some(&["in 2021"]));
        // After "both", ", and" joins two subjects of one clause.
        let t = "Both the number of unemployed, at 6.8 million, and the rate were little changed in May.";
        assert_eq!(govern(t, &["6.8 million"]), some(&["in May"]));
        let t = "Imports rose 5 percent, and exports fell 2 percent in May.";
        assert_eq!(govern(t, &["5 percent", "2 percent"]), some(&["", "in May"]));
        let t = "Payrolls rose by 252,000 in September to 151.4 million.";
        assert_eq!(govern(t, &["252,000", "151.4 million"]), some(&["in September", "in September"]));
    }

    #[test]
    fn range_ends_go_to_the_ends_of_a_change() {
        let t = "The rate rose from 14.3% to 21.0% between December 2022 and December 2023.";
        assert_eq!(govern(t, &["14.3%", "21.0%"]), some(&["December 2022", "December 2023"]));
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
    fn a_comparison_period_is_not_the_claims_period() {
        let t = "Imports in 2022 reached $3.2 trillion, up 16 percent from the previous year.";
        assert_eq!(govern(t, &["$3.2 trillion", "16 percent"]), some(&["in 2022", "in 2022"]));
        let t = "Sales were up 12 percent from last year.";
        assert_eq!(govern(t, &["12 percent"]), some(&[""]));
        let t = "Visits reached 1.2 million in May, compared with 900,000 in the same period last year.";
        assert_eq!(govern(t, &["1.2 million", "900,000"]), some(&["in May", "in the same period last year"]));
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

    #[test]
    fn a_time_after_a_comparison_is_the_compared_values() {
        let t = "As of February 29, 7,500 chargers were open, compared with 3,800 in January 2023.";
        assert_eq!(govern(t, &["7,500"]), some(&["As of February 29"]));
        let t = "In 2023, the program built 12,400 homes, up from 9,100 in the previous year.";
        assert_eq!(govern(t, &["12,400"]), some(&["In 2023"]));
        let t = "Exports rose 5 percent from a year earlier to $30 billion in January.";
        assert_eq!(govern(t, &["5 percent", "$30 billion"]), some(&["in January", "in January"]));
    }

    #[test]
    fn a_semicolon_stops_all_but_an_opening_time() {
        let t = "Inspections climbed to 4,200 in the fourth quarter; the backlog stood at 310 cases.";
        assert_eq!(govern(t, &["4,200", "310"]), some(&["in the fourth quarter", ""]));
        let t = "In 2023, exports rose 5 percent; imports fell 3 percent.";
        assert_eq!(govern(t, &["5 percent", "3 percent"]), some(&["In 2023", "In 2023"]));
    }
}
