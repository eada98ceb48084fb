//! Counts whose noun is elsewhere in the clause: the object of a change ("Payroll employment
//! rose by 252,000", "a drop of 496,000 in long-term unemployment") or the complement of a
//! measured subject ("apprehensions totaled 8,024", "The number of new encounters in June was
//! 123,838", "unemployed persons numbered 5.5 million").
//!
//! The unit is the head of what is counted, singular ("apprehension"), or what a mass noun
//! counts ("employment" counts jobs: [`MASS`]); `counted` is the phrase as written.

use super::change;
use crate::count::{is_function_word, is_plural, is_time_word, Counted};
use crate::lex::{Doc, Kind};

/// Mass nouns that count something, and the unit they count in. Add a row to teach one.
const MASS: &[(&str, &str)] = &[
    ("employment", "job"),
    ("payroll", "job"),
    ("payrolls", "job"),
    ("jobs", "job"),
    ("unemployment", "unemployed"),
    // "the number of long-term unemployed": the adjective as a noun.
    ("unemployed", "unemployed"),
    ("enrollment", "student"),
    ("enrolment", "student"),
    ("attendance", "person"),
    ("population", "person"),
    ("migration", "person"),
    ("immigration", "person"),
    ("emigration", "person"),
];

/// Verbs that make the figure after them the measure of their subject: "apprehensions totaled
/// 8,024", "encounters were 123,838".
const MEASURE_VERBS: &[&str] = &[
    "totaled",
    "totalled",
    "totaling",
    "totalling",
    "numbered",
    "averaged",
    "averaging",
    "was",
    "were",
    "reached",
    "hit",
    "topped",
    "exceeded",
    "surpassed",
];

/// Auxiliaries between a subject and its verb: "have risen", "was cut".
const AUXILIARIES: &[&str] = &["has", "have", "had", "was", "were", "is", "are", "been", "be", "also"];

fn mass(w: &str) -> Option<&'static str> {
    MASS.iter().find(|(m, _)| m.eq_ignore_ascii_case(w)).map(|&(_, u)| u)
}

/// Plurals that name measures, not things counted: "Temperatures reached 105", "Scores averaged
/// 72" say no count of temperatures or scores.
const MEASURES: &[&str] = &[
    "temperatures",
    "temps",
    "scores",
    "ratings",
    "readings",
    "prices",
    "rates",
    "yields",
    "levels",
    "values",
    "speeds",
    "costs",
    "wages",
    "salaries",
    "earnings",
    "incomes",
    "margins",
    "averages",
    "balances",
    "sizes",
    "weights",
    "heights",
    "lengths",
    "distances",
    "ages",
    "percentages",
    "shares",
    "odds",
    "points",
];

/// Whether the word at `k` can head a counted noun: a plural, or a mass noun that counts.
fn countable(doc: &Doc, k: usize) -> bool {
    doc.kind(k) == Some(Kind::Word)
        && (mass(doc.s(k)).is_some()
            || (is_plural(doc.s(k)) && !is_function_word(doc.s(k)) && !doc.is_any(k, MEASURES)))
}

/// What a bare number at tokens `first..=last` counts, when its noun is elsewhere: the phrase,
/// and the unit when a mass noun names it.
pub(crate) fn elided(doc: &Doc, first: usize, last: usize) -> Option<(Counted, Option<&'static str>)> {
    let (verb, after_noun) =
        change::cue_of_delta(doc, first, last).or_else(|| measure_verb(doc, first).map(|v| (v, false)))?;
    let counted = if after_noun { in_phrase(doc, last) } else { subject(doc, verb) }?;
    Some((counted, mass(doc.s(counted.head))))
}

/// Words naming a market index: the level a change reaches is in points ("The index gained 0.7
/// percent to 6,327.80", "the Dow fell 2 percent to 38,100").
const INDEX_WORDS: &[&str] = &[
    "index",
    "indices",
    "indexes",
    "average",
    "composite",
    "dow",
    "nasdaq",
    "s&p",
    "ftse",
    "dax",
    "cac",
    "nikkei",
    "hang",
    "seng",
    "asx",
    "tsx",
    "sensex",
    "nifty",
    "kospi",
    "stoxx",
    "benchmark",
    "gauge",
];

/// Things with a price, besides the plurals of [`MEASURES`] and the currencies: the level their
/// change reaches is a price, no count ("the stock gained 2.4 percent to 1,472.50", "crude rose 3
/// percent to 81.20").
const PRICED: &[&str] = &[
    "share", "stock", "stocks", "price", "rate", "yield", "bond", "bonds", "futures", "crude", "oil", "gold", "silver",
    "bitcoin", "currency",
];

/// What a bare number at tokens `first..=last` that is the level a change reached counts: the
/// subject's noun ("Enrollment rose 4 percent to 61,200": students), or points where the
/// subject is a market index.
pub(crate) fn level_of(doc: &Doc, first: usize, last: usize) -> Option<(Option<Counted>, Option<&'static str>)> {
    let verb = change::level_reached(doc, first, last)?;
    let start = super::clause_start(doc, verb).max(verb.saturating_sub(6));
    // "The company's shares gained 2.4 percent to 1,472.50", "the dollar rose 1 percent to 1.08":
    // a price, in a currency not written.
    let priced =
        |k: usize| doc.is_any(k, PRICED) || doc.is_any(k, MEASURES) || crate::money::AFTER_TABLE.at(doc, k).is_some();
    if (start..verb).any(priced) {
        return None;
    }
    if let Some(c) = subject(doc, verb) {
        let unit = mass(doc.s(c.head));
        return Some((Some(c), unit));
    }
    (start..verb).any(|k| doc.is_any(k, INDEX_WORDS)).then_some((None, Some("point")))
}

/// The unit a mass noun heading `c` counts in ("employment" counts jobs), if it is one.
pub(crate) fn mass_unit(doc: &Doc, c: &Counted) -> Option<&'static str> {
    mass(doc.s(c.head))
}

/// Words that say a measure held at a level: "stood at", "was little changed at", "held
/// steady at".
const HELD_AT: &[&str] = &[
    "stood",
    "stands",
    "remained",
    "remains",
    "held",
    "holds",
    "changed",
    "unchanged",
    "steady",
    "stable",
    "flat",
    "little",
    "essentially",
    "largely",
    "about",
    "roughly",
];

/// The verb that measures: "totaled 8,024", "stood at 5.5 million", "was little changed at 1.6
/// million" (the word after the auxiliary), or the comma of an appositive measure ("the number
/// of unemployed people, at 7.0 million,").
fn measure_verb(doc: &Doc, first: usize) -> Option<usize> {
    // A verb that is the figure's hedge: "sales topped 1.4 million" (more than 1.4 million).
    if doc.is_any(first, MEASURE_VERBS) {
        return Some(first);
    }
    let p = first.checked_sub(1)?;
    if doc.is_any(p, MEASURE_VERBS) {
        return Some(p);
    }
    if !doc.is(p, "at") {
        return None;
    }
    if doc.sym(p.wrapping_sub(1), ',') {
        return Some(p - 1);
    }
    let mut k = p;
    while k > 0 && p - k < 4 && doc.is_any(k - 1, HELD_AT) {
        k -= 1;
    }
    (k < p).then_some(k)
}

/// The subject before verb `verb`, past auxiliaries and a phrase of time ("encounters in June
/// was"): its head a plural or counting mass noun, with up to two modifiers before it.
fn subject(doc: &Doc, verb: usize) -> Option<Counted> {
    let mut k = verb.checked_sub(1)?;
    while doc.is_any(k, AUXILIARIES) {
        k = k.checked_sub(1)?;
    }
    // "in June", "in 2023", "last year".
    if (doc.kind(k) == Some(Kind::Num) || is_time_word(doc.s(k)))
        && doc.is_any(k.wrapping_sub(1), &["in", "during", "for", "last", "this"])
    {
        k = k.checked_sub(2)?;
    }
    if !countable(doc, k) || !doc.same_line(k) {
        return None;
    }
    // "Visits to national parks reached": the head is before the preposition.
    let k = (k.saturating_sub(4)..k)
        .rev()
        .find(|&p| doc.is_any(p, &["to", "at", "in", "from", "for"]) && p > 0 && countable(doc, p - 1))
        .map_or(k, |p| p - 1)
        .max(k.saturating_sub(4));
    let last = if k < verb - 1 { subject_end(doc, k, verb) } else { k };
    let head = k;
    let mut first = k;
    while first > 0
        && head - first < 2
        && doc.kind(first - 1) == Some(Kind::Word)
        && !is_function_word(doc.s(first - 1))
        && !is_time_word(doc.s(first - 1))
        && doc.same_line(first)
        && !doc.is_any(first - 1, &["number", "total"])
    {
        first -= 1;
        // A hyphenated modifier counts as one word: "long-term", "part-time".
        if first > 1
            && doc.dash(first - 1)
            && doc.glued(first - 1)
            && doc.glued(first)
            && doc.kind(first - 2) == Some(Kind::Word)
        {
            first -= 2;
        }
    }
    Some(Counted { head, first, last })
}

/// The last word of a subject headed at `head` that runs to the verb at `verb`, auxiliaries and
/// a phrase of time left out.
fn subject_end(doc: &Doc, head: usize, verb: usize) -> usize {
    let mut last = head;
    for k in head + 1..verb {
        if doc.is_any(k, AUXILIARIES)
            || (doc.is_any(k, &["in", "during", "last", "this"]) && is_time_word(doc.s(k + 1)))
        {
            break;
        }
        last = k;
    }
    last
}

/// "a drop of 496,000 in long-term unemployment": what the change is in, after the figure.
fn in_phrase(doc: &Doc, last: usize) -> Option<Counted> {
    let mut k = last + 1;
    if !doc.is(k, "in") {
        return None;
    }
    k += 1;
    let first = k;
    let mut head = None;
    while k < first + 5 && doc.same_line(k) {
        if doc.dash(k) && doc.glued(k) {
            k += 1;
            continue;
        }
        if doc.kind(k) != Some(Kind::Word) || is_function_word(doc.s(k)) || is_time_word(doc.s(k)) {
            break;
        }
        head = Some(k);
        k += 1;
    }
    let head = head.filter(|&h| countable(doc, h))?;
    Some(Counted { head, first, last: head })
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    fn counts(text: &str) -> Vec<String> {
        Extractor::new()
            .claims(text)
            .iter()
            .map(|c| {
                format!("{} {} {:?}", c.text, c.unit.as_deref().unwrap_or("-"), c.counted.as_deref().unwrap_or("-"))
            })
            .collect()
    }

    #[test]
    fn objects_of_a_change() {
        assert_eq!(counts("Payroll employment rose by 252,000 in September."), ["252,000 job \"Payroll employment\""]);
        assert_eq!(
            counts("There was a drop of 496,000 in long-term unemployment."),
            ["496,000 unemployed \"long-term unemployment\""]
        );
        assert_eq!(counts("Apprehensions have fallen 8,000 since May."), ["8,000 apprehension \"Apprehensions\""]);
        assert_eq!(
            counts("Employment has grown by an average of 186,000 per month this year."),
            ["186,000 job \"Employment\""]
        );
    }

    #[test]
    fn complements_of_a_measured_subject() {
        assert_eq!(counts("Apprehensions totaled 8,024 in June."), ["8,024 apprehension \"Apprehensions\""]);
        assert_eq!(
            counts("The number of new encounters in June was 123,838."),
            ["123,838 encounter \"new encounters\""]
        );
        assert_eq!(counts("Unemployed persons numbered 5.5 million."), ["5.5 million person \"Unemployed persons\""]);
        assert_eq!(
            counts("Net migration was 685,000, down from 764,000 a year before."),
            ["685,000 person \"Net migration\"", "764,000 person \"Net migration\""]
        );
        assert_eq!(
            counts("The number of long-term unemployed was little changed at 1.4 million in March."),
            ["1.4 million unemployed \"long-term unemployed\""]
        );
        assert_eq!(counts("Job openings held steady at 8.1 million."), ["8.1 million opening \"Job openings\""]);
        assert_eq!(counts("Car sales topped 1.4 million in 2023."), ["1.4 million sale \"Car sales\""]);
        assert_eq!(
            counts("Daily apprehensions averaged 3,800, compared with 8,500 in December."),
            ["3,800 apprehension \"Daily apprehensions\"", "8,500 apprehension \"Daily apprehensions\""]
        );
        assert_eq!(
            counts("The number of unemployed people, at 6.8 million, was little changed."),
            ["6.8 million person \"unemployed people\""]
        );
        assert_eq!(
            counts("Visits to national parks reached 1.2 million in May, compared with 900,000 a year earlier."),
            ["1.2 million visit \"Visits to national parks\"", "900,000 visit \"Visits to national parks\""]
        );
        assert_eq!(
            counts("Agents recorded 2.4 million encounters in 2023, up from 2.2 million in 2022."),
            ["2.4 million encounter \"encounters\"", "2.2 million encounter \"encounters\""]
        );
    }

    #[test]
    fn levels_a_change_reached() {
        assert_eq!(
            counts("The index gained 0.7 percent to 6,327.80."),
            ["0.7 percent % \"-\"", "6,327.80 point \"-\""]
        );
        assert_eq!(
            counts("Enrollment rose 4 percent to 61,200 in the fall."),
            ["4 percent % \"-\"", "61,200 student \"Enrollment\""]
        );
        assert_eq!(counts("The score rose 4 percent to 612."), ["4 percent % \"-\""]);
        assert_eq!(counts("Shares gained 2.4 percent to 1,472.50."), ["2.4 percent % \"-\""]);
        assert_eq!(counts("The dollar index rose 1 percent to 104.20."), ["1 percent % \"-\""]);
        assert_eq!(counts("Crude futures rose 3 percent to 81.20."), ["3 percent % \"-\""]);
    }

    #[test]
    fn no_count_without_a_countable_subject() {
        assert!(counts("The index rose 300 points.").iter().all(|c| !c.contains("index")));
        assert_eq!(counts("The index rose 312."), Vec::<String>::new());
        assert_eq!(counts("The score was 12."), Vec::<String>::new());
        assert_eq!(counts("The year was 2022."), Vec::<String>::new());
        assert_eq!(counts("Temperatures reached 105 in July."), Vec::<String>::new());
        assert_eq!(counts("Scores averaged 72."), Vec::<String>::new());
        assert_eq!(counts("Mortgage rates held steady at 6.8 in May."), Vec::<String>::new());
        assert_eq!(counts("The meeting, at 10 Downing Street, was short."), Vec::<String>::new());
    }
}
