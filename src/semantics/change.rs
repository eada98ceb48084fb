//! The part a figure plays in a change: its size (`delta`), where it started (`from`), where it
//! ended (`to`), and which way it went.
//!
//! | rule | words around the figure | role |
//! |---|---|---|
//! | [`verb_before`] | a word of change just before: "rose 2.5 percent", "up 12 percent", "cut 40 percent" | delta |
//! | [`by_after_verb`] | "by" after one: "increased by $9.4 billion", "were cut by 40 percent" | delta |
//! | [`noun_after`] | a noun of change just after: "a 97 percent increase", "a $5 billion cut" | delta |
//! | [`of_after_noun`] | "of" after one: "an increase of 5 percent", "a drop of 496,000" | delta |
//! | [`than_after`] | "more/less/higher/lower/fewer than" just after: "$1.7 billion less than February" | delta |
//! | [`from_after_change`] | "from" after a word of change: "fell from $36,040", "up from 2.4 million" | from |
//! | [`compared_with`] | "compared with", "compared to", "versus", "vs.": "compared with 13" | from, no direction |
//! | [`to_after_change`] | "to" after a word of change, directly or past the change's other figures: "fell to 3.5 percent", "rose from 14.3% to 21.0%", "increased $38.0 billion, or 7.1 percent, to $574.6 billion" | to |
//! | restated | ", or" or "(" after a delta: "$38.0 billion, or 7.1 percent" | delta |
//! | level before its change | a figure, a comma, then the change of the next figure: "was 71.0 per cent, up 0.4 on the quarter" | to |
//!
//! Direction comes from the word of change ([`WORDS`]); "compared with" names none. A figure's
//! partner is the claim at the other end of its change in the same clause: `from` and `to` pair
//! with each other, a `delta` with the level it leads to (`to`), a `to` without a `from` with the
//! first `delta`. "from X to Y" after a word of change is never a range (see `range.rs`); "from 3
//! to 5 percent" without one stays a range.

use once_cell::sync::Lazy;

use super::{clause_start, word, Place};
use crate::claim::{Change, ChangeRole, Claim, Direction};
use crate::lex::{Doc, Kind};
use crate::util::{words, Lexicon, WordSet};

/// How a word of change can be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Use {
    /// A verb or adverb: "rose 5 percent", "up 5 percent", "increased by".
    Verb,
    /// A noun: "a 5 percent increase", "a drop of 496,000".
    Noun,
    /// Both: "increase", "drop", "cut", "rise".
    Both,
}

/// A word of change: the direction it gives and how it is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct ChangeWord {
    direction: Option<Direction>,
    usage: Use,
}

const fn up(usage: Use) -> ChangeWord {
    ChangeWord { direction: Some(Direction::Up), usage }
}
const fn down(usage: Use) -> ChangeWord {
    ChangeWord { direction: Some(Direction::Down), usage }
}
const fn neutral(usage: Use) -> ChangeWord {
    ChangeWord { direction: None, usage }
}

/// Every word of change, its direction and its use. To teach the extractor a new one, add a row.
#[rustfmt::skip]
static WORDS: &[(&str, ChangeWord)] = &[
    // Up.
    ("rise", up(Use::Both)), ("rises", up(Use::Both)), ("rose", up(Use::Verb)), ("risen", up(Use::Verb)), ("rising", up(Use::Verb)),
    ("increase", up(Use::Both)), ("increases", up(Use::Both)), ("increased", up(Use::Verb)), ("increasing", up(Use::Verb)),
    ("grow", up(Use::Verb)), ("grows", up(Use::Verb)), ("grew", up(Use::Verb)), ("grown", up(Use::Verb)), ("growing", up(Use::Verb)), ("growth", up(Use::Noun)),
    ("gain", up(Use::Both)), ("gains", up(Use::Both)), ("gained", up(Use::Verb)), ("gaining", up(Use::Verb)),
    ("climb", up(Use::Both)), ("climbs", up(Use::Verb)), ("climbed", up(Use::Verb)), ("climbing", up(Use::Verb)),
    ("jump", up(Use::Both)), ("jumps", up(Use::Verb)), ("jumped", up(Use::Verb)), ("jumping", up(Use::Verb)),
    ("surge", up(Use::Both)), ("surges", up(Use::Verb)), ("surged", up(Use::Verb)), ("surging", up(Use::Verb)),
    ("soar", up(Use::Verb)), ("soars", up(Use::Verb)), ("soared", up(Use::Verb)), ("soaring", up(Use::Verb)),
    ("expand", up(Use::Verb)), ("expands", up(Use::Verb)), ("expanded", up(Use::Verb)), ("expanding", up(Use::Verb)), ("expansion", up(Use::Noun)),
    ("double", up(Use::Verb)), ("doubled", up(Use::Verb)), ("tripled", up(Use::Verb)),
    ("advance", up(Use::Both)), ("advanced", up(Use::Verb)), ("rebounded", up(Use::Verb)),
    ("add", up(Use::Verb)), ("adds", up(Use::Verb)), ("added", up(Use::Verb)), ("adding", up(Use::Verb)),
    ("raise", up(Use::Both)), ("raises", up(Use::Verb)), ("raised", up(Use::Verb)), ("raising", up(Use::Verb)),
    ("lift", up(Use::Both)), ("lifts", up(Use::Verb)), ("lifted", up(Use::Verb)), ("boost", up(Use::Both)), ("boosts", up(Use::Verb)), ("boosted", up(Use::Verb)), ("hike", up(Use::Noun)), ("widened", up(Use::Verb)), ("widening", up(Use::Verb)), ("uptick", up(Use::Noun)),
    ("up", up(Use::Verb)),
    // Down.
    ("fall", down(Use::Both)), ("falls", down(Use::Both)), ("fell", down(Use::Verb)), ("fallen", down(Use::Verb)), ("falling", down(Use::Verb)),
    ("decrease", down(Use::Both)), ("decreases", down(Use::Both)), ("decreased", down(Use::Verb)), ("decreasing", down(Use::Verb)),
    ("drop", down(Use::Both)), ("drops", down(Use::Both)), ("dropped", down(Use::Verb)), ("dropping", down(Use::Verb)),
    ("decline", down(Use::Both)), ("declines", down(Use::Both)), ("declined", down(Use::Verb)), ("declining", down(Use::Verb)),
    ("cut", down(Use::Both)), ("cuts", down(Use::Both)), ("cutting", down(Use::Verb)),
    ("shrink", down(Use::Verb)), ("shrinks", down(Use::Verb)), ("shrank", down(Use::Verb)), ("shrunk", down(Use::Verb)), ("shrinking", down(Use::Verb)),
    ("reduce", down(Use::Verb)), ("reduces", down(Use::Verb)), ("reduced", down(Use::Verb)), ("reducing", down(Use::Verb)), ("reduction", down(Use::Noun)),
    ("slip", down(Use::Both)), ("slips", down(Use::Verb)), ("slipped", down(Use::Verb)),
    ("plunge", down(Use::Both)), ("plunged", down(Use::Verb)), ("tumbled", down(Use::Verb)), ("slid", down(Use::Verb)), ("sank", down(Use::Verb)),
    ("dip", down(Use::Both)), ("dipped", down(Use::Verb)), ("eased", down(Use::Verb)), ("slumped", down(Use::Verb)),
    ("contracted", down(Use::Verb)), ("contraction", down(Use::Noun)), ("shed", down(Use::Verb)), ("halved", down(Use::Verb)),
    ("narrowed", down(Use::Verb)), ("narrowing", down(Use::Verb)),
    ("lowered", down(Use::Verb)), ("lost", down(Use::Verb)), ("lose", down(Use::Verb)), ("losing", down(Use::Verb)),
    ("down", down(Use::Verb)),
    // No direction of their own ("edged up", "ticked down" take the next word's).
    ("change", neutral(Use::Both)), ("changed", neutral(Use::Verb)), ("moved", neutral(Use::Verb)),
    ("shifted", neutral(Use::Verb)),
];

/// Comparatives that make the figure before them the size of a difference: "$1.7 billion less
/// than February", "5 percent more than last year".
#[rustfmt::skip]
static COMPARATIVES: &[(&str, Direction)] = &[
    ("more", Direction::Up), ("higher", Direction::Up), ("greater", Direction::Up), ("larger", Direction::Up),
    ("bigger", Direction::Up), ("above", Direction::Up),
    ("less", Direction::Down), ("fewer", Direction::Down), ("lower", Direction::Down), ("smaller", Direction::Down),
    ("below", Direction::Down),
];

static WORD_TABLE: Lazy<Lexicon<ChangeWord>> = Lazy::new(|| Lexicon::new(WORDS));
static COMPARATIVE_TABLE: Lazy<Lexicon<Direction>> = Lazy::new(|| Lexicon::new(COMPARATIVES));

/// Verbs that make "up" or "down" after them part of a phrasal verb, no change: "made up 18.6
/// percent", "set up", "broke down".
const PHRASAL: &[&str] = &[
    "made", "make", "makes", "making", "set", "sets", "take", "takes", "took", "end", "ends", "ended", "shut", "broke",
    "break", "breaks", "broken", "sum", "sums", "summed", "pick", "picked", "signed", "sign", "signs", "put", "puts",
];

/// The word of change at token `k`, if it is one.
fn change_word(doc: &Doc, k: usize) -> Option<ChangeWord> {
    let w = word(doc, k);
    if w.is_empty() {
        return None;
    }
    let found = WORD_TABLE.get(w)?;
    if (w.eq_ignore_ascii_case("up") || w.eq_ignore_ascii_case("down")) && doc.is_any(k.wrapping_sub(1), PHRASAL) {
        return None;
    }
    Some(found)
}

/// Whether `w` (any case) is a noun of change in the table: "increase", "growth", "drop".
pub(crate) fn is_change_noun(w: &str) -> bool {
    WORD_TABLE.get(w).is_some_and(|c| c.usage != Use::Verb)
}

fn verb_at(doc: &Doc, k: usize) -> Option<ChangeWord> {
    change_word(doc, k).filter(|w| w.usage != Use::Noun)
}

fn noun_at(doc: &Doc, k: usize) -> Option<ChangeWord> {
    change_word(doc, k).filter(|w| w.usage != Use::Verb)
}

/// A role the words give one figure, with the token of the word of change that gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Found {
    role: ChangeRole,
    direction: Option<Direction>,
    /// The token of the word of change (or of "compared").
    cue: usize,
}

fn found(role: ChangeRole, w: ChangeWord, cue: usize) -> Found {
    Found { role, direction: w.direction, cue }
}

/// "rose 2.5 percent", "up 12 percent": a verb or adverb of change just before the figure. "the
/// lower 48" is no change (comparatives are not in the table); "a cut 40" has an article.
fn verb_before(doc: &Doc, p: Place) -> Option<Found> {
    let k = lead_before(doc, p.first)?;
    let w = verb_at(doc, k)?;
    // A noun-or-verb after an article or a possessive is a noun ("the increase 5,000 ..." is none).
    if w.usage == Use::Both && doc.is_any(k.wrapping_sub(1), &["a", "an", "the", "its", "their", "this"]) {
        return None;
    }
    Some(found(ChangeRole::Delta, w, k))
}

/// The token before the figure at `first`, past "an average of" or "a total of" ("increased by
/// an average of 194,000 per month", "rose a total of 3 percent").
fn lead_before(doc: &Doc, first: usize) -> Option<usize> {
    let k = first.checked_sub(1)?;
    if k >= 2 && doc.is(k, "of") && doc.is_any(k - 1, &["average", "total"]) && doc.is_any(k - 2, &["a", "an"]) {
        return k.checked_sub(3);
    }
    Some(k)
}

/// "increased by $9.4 billion", "were cut by 40 percent", "has grown sharply by 5 percent".
fn by_after_verb(doc: &Doc, p: Place) -> Option<Found> {
    let by = lead_before(doc, p.first)?;
    if !doc.is(by, "by") {
        return None;
    }
    (by.saturating_sub(3)..by).rev().find_map(|k| verb_at(doc, k).map(|w| found(ChangeRole::Delta, w, k)))
}

/// Words that may stand between a figure and its noun of change: "a 5 percent annual increase",
/// "a 2.3% year-over-year rise".
static NOUN_MODIFIERS: Lazy<WordSet> = Lazy::new(|| {
    WordSet::new(words![
        "annual",
        "annualized",
        "annualised",
        "monthly",
        "quarterly",
        "yearly",
        "weekly",
        "overall",
        "net",
        "sharp",
        "further",
        "total",
        "cumulative",
        "real",
        "nominal",
    ])
});

/// "a 97 percent increase", "a $5 billion cut", "a 0.3 percentage point decline", "a 5 percent
/// annual increase", "a 2.3% year-over-year rise".
fn noun_after(doc: &Doc, p: Place) -> Option<Found> {
    let mut k = p.last + 1;
    for _ in 0..2 {
        if NOUN_MODIFIERS.contains(word(doc, k)) {
            k += 1;
        } else if doc.kind(k) == Some(Kind::Word) && doc.dash(k + 1) && doc.glued(k + 1) && doc.glued(k + 2) {
            // A hyphenated modifier of up to three words: "year-over-year", "month-on-month".
            let mut j = k;
            while doc.dash(j + 1)
                && doc.glued(j + 1)
                && doc.glued(j + 2)
                && doc.kind(j + 2) == Some(Kind::Word)
                && j < k + 4
            {
                j += 2;
            }
            k = j + 1;
        }
    }
    noun_at(doc, k).filter(|_| doc.same_line(k)).map(|w| found(ChangeRole::Delta, w, k))
}

/// "an increase of 5 percent", "a drop of 496,000".
fn of_after_noun(doc: &Doc, p: Place) -> Option<Found> {
    let of = p.first.checked_sub(1)?;
    if !doc.is(of, "of") {
        return None;
    }
    let k = of.checked_sub(1)?;
    noun_at(doc, k).map(|w| found(ChangeRole::Delta, w, k))
}

/// Words after a comparative that make the figure before it a difference: "5 percent higher
/// than", "5 percent higher on the year", "12 percent lower from a year earlier".
static AFTER_COMPARATIVE: Lazy<WordSet> =
    Lazy::new(|| WordSet::new(words!["than", "on", "from", "compared", "over", "year", "in", "versus", "vs"]));

/// "$1.7 billion less than February", "5 percent higher than a year earlier", "3 percent lower
/// on the month", "6.1 million barrels lower."
fn than_after(doc: &Doc, p: Place) -> Option<Found> {
    let k = p.end + 1;
    let ends = doc.sym(k + 1, '.') || doc.sym(k + 1, ',') || doc.sym(k + 1, ';') || k + 1 >= doc.len();
    if !(AFTER_COMPARATIVE.contains(word(doc, k + 1)) || ends) || !doc.same_line(k) {
        return None;
    }
    let d = COMPARATIVE_TABLE.get(word(doc, k))?;
    Some(Found { role: ChangeRole::Delta, direction: Some(d), cue: k })
}

/// Nouns of a named level between "from" and its figure: "from a peak of 7.8 per cent".
const LEVELS: &[&str] = &["peak", "high", "low", "record", "level", "total", "base"];

/// The token before the figure, past "only" or "just" ("compared with only 13") and a named
/// level ("from a peak of 7.8 per cent").
fn before(doc: &Doc, p: Place) -> Option<usize> {
    let k = p.first.checked_sub(1)?;
    if doc.is_any(k, &["only", "just"]) {
        k.checked_sub(1)
    } else if doc.is(k, "of") && doc.is_any(k.wrapping_sub(1), LEVELS) {
        let k = k.checked_sub(2)?;
        let k = if doc.is_any(k, &["a", "an", "the", "its", "their"]) { k.checked_sub(1)? } else { k };
        Some(k)
    } else {
        Some(k)
    }
}

/// "fell from $36,040", "up from 2.4 million", "an increase from 5 percent": "from" after a word
/// of change earlier in the clause.
fn from_after_change(doc: &Doc, p: Place, start: usize) -> Option<Found> {
    let from = before(doc, p)?;
    if !doc.is(from, "from") {
        return None;
    }
    (start.max(from.saturating_sub(14))..from)
        .rev()
        .find_map(|k| change_word(doc, k).map(|w| found(ChangeRole::From, w, k)))
}

/// "compared with 13 the year before", "compared to $5 billion", "versus 4.1 percent".
fn compared_with(doc: &Doc, p: Place) -> Option<Found> {
    let k = before(doc, p)?;
    let cue = if doc.is_any(k, &["with", "to"]) && doc.is_any(k.wrapping_sub(1), &["compared", "comparison"]) {
        k - 1
    } else if doc.is_any(k, &["versus", "vs"]) {
        k
    } else if doc.sym(k, '.') && doc.is(k.wrapping_sub(1), "vs") {
        k - 1
    } else {
        return None;
    };
    Some(Found { role: ChangeRole::From, direction: None, cue })
}

/// "to" after a word of change earlier in the clause: a candidate `to`, confirmed in
/// [`changes`] when the word is just before "to" or the change's other figures stand between.
fn to_after_change(doc: &Doc, p: Place, start: usize) -> Option<Found> {
    let to = before(doc, p)?;
    if !doc.is(to, "to") {
        return None;
    }
    (start.max(to.saturating_sub(20))..to).rev().find_map(|k| verb_at(doc, k).map(|w| found(ChangeRole::To, w, k)))
}

/// What the words next to one figure say, before the figures of a clause are read together.
fn read(doc: &Doc, p: Place, start: usize) -> Option<Found> {
    // "doubled", "halved": the figure is its own word of change.
    if let Some(Some(d)) = p.multiple {
        return Some(Found { role: ChangeRole::Delta, direction: Some(d), cue: p.first });
    }
    verb_before(doc, p)
        .or_else(|| by_after_verb(doc, p))
        .or_else(|| of_after_noun(doc, p))
        .or_else(|| from_after_change(doc, p, start))
        .or_else(|| compared_with(doc, p))
        .or_else(|| to_after_change(doc, p, start))
        .or_else(|| noun_after(doc, p))
        .or_else(|| than_after(doc, p))
}

/// The token after a short phrase of time at `k` ("in 2023", "in the quarter", "in June"), or
/// `k` when there is none.
fn past_time_phrase(doc: &Doc, k: usize) -> usize {
    if !doc.is_any(k, &["in", "on", "during", "for", "at"]) {
        return k;
    }
    let mut j = k + 1;
    if doc.is_any(j, &["the", "this", "that", "last"]) {
        j += 1;
    }
    let mut read = 0;
    while read < 3 && (doc.kind(j) == Some(Kind::Num) || crate::count::is_time_word(word(doc, j))) {
        j += 1;
        read += 1;
    }
    if read == 0 {
        k
    } else {
        j
    }
}

/// Whether only punctuation and articles stand between tokens `a` and `b` (exclusive).
fn only_punctuation_between(doc: &Doc, a: usize, b: usize) -> bool {
    (a + 1..b).all(|k| doc.kind(k) == Some(Kind::Sym) || doc.is_any(k, &["a", "an", "or"]))
}

/// The change of every claim of a paragraph (`places` in text order), partners as indices from
/// `base`.
pub(super) fn changes(doc: &Doc, places: &[Place], found: &mut Vec<Option<Found>>, claims: &mut [Claim], base: usize) {
    found.clear();
    found.extend(places.iter().map(|&p| read(doc, p, p.start)));
    let clause = |i: usize| places[i].start;
    // A `to` holds when its word of change is just before "to", or the change's other figures
    // stand between the word and "to" ("increased $38.0 billion, or 7.1 percent, to ...").
    for i in 0..found.len() {
        let Some(f) = found[i] else { continue };
        if f.role != ChangeRole::To {
            continue;
        }
        let to = before(doc, places[i]).unwrap_or(0);
        let direct = f.cue + 1 == to;
        // Figures after the cue, nearest first; the cue is at most a clause back.
        let between = (0..i).rev().take_while(|&j| places[j].first > f.cue).any(|j| {
            clause(j) == clause(i) && found[j].is_some_and(|g| matches!(g.role, ChangeRole::Delta | ChangeRole::From))
        });
        if !(direct || between) {
            found[i] = None;
        }
    }
    // The same change restated: "$38.0 billion, or 7.1 percent", "$5 billion (4 percent)".
    for i in 1..found.len() {
        if let (Some(g), None) = (found[i - 1], found[i]) {
            let gap = places[i - 1].end + 1..places[i].first;
            let restated = !gap.is_empty()
                && gap.len() <= 3
                && gap.clone().all(|k| doc.sym(k, ',') || doc.sym(k, '(') || doc.is(k, "or"))
                && (doc.is(gap.end - 1, "or") || doc.sym(gap.start, '('));
            if restated && g.role == ChangeRole::Delta {
                found[i] = Some(g);
            }
        }
    }
    // A level just before the next figure's change is the level reached: "was 71.0 per cent, up
    // 0.4 on the quarter", "$574.6 billion, an increase of 7.1 percent".
    for i in 0..found.len().saturating_sub(1) {
        let (Some(g), None) = (found[i + 1], found[i]) else { continue };
        // Past a phrase of time: "reached $4.5 billion in 2023, up 12 percent".
        let next = past_time_phrase(doc, places[i].end + 1);
        let after_comma = doc.sym(next, ',') || doc.sym(next, '(') || doc.dash(next);
        if clause(i) == clause(i + 1)
            && g.role != ChangeRole::To
            && g.cue > places[i].end
            && g.cue < places[i + 1].first
            && after_comma
            && only_punctuation_between(doc, next - 1, g.cue)
        {
            found[i] = Some(Found { role: ChangeRole::To, direction: g.direction, cue: g.cue });
        }
    }
    for (c, f) in claims.iter_mut().zip(found.iter()) {
        c.change = f.map(|f| Change::new(f.role, f.direction));
    }
    link(found, claims, base);
}

/// Sets each change's partner: the other end of the same change, the figure whose role the
/// same word of change gave ("eased to 5.6 per cent, from a peak of 7.8 per cent, and is
/// forecast to fall to 3.25 per cent" pairs 5.6 with 7.8, both read from "eased").
fn link(found: &[Option<Found>], claims: &mut [Claim], base: usize) {
    // Only figures of one word of change are partners: each group is linked on its own, so
    // that a paragraph of many changes costs linear time.
    let mut by_cue: Vec<(usize, usize)> = found.iter().enumerate().filter_map(|(i, f)| f.map(|f| (f.cue, i))).collect();
    by_cue.sort_unstable();
    let mut group = Vec::new();
    for same in by_cue.chunk_by(|a, b| a.0 == b.0) {
        group.clear();
        group.extend(same.iter().map(|&(_, i)| (i, found[i].map(|f| f.role))));
        link_group(&group, claims, base);
    }
}

/// [`link`] for the figures of one word of change: their indices, in order, and roles.
fn link_group(group: &[(usize, Option<ChangeRole>)], claims: &mut [Claim], base: usize) {
    let n = group.len();
    let role = |p: usize| group[p].1;
    // For each position, the nearest other position after and before it with a given role.
    let nearest = |want: ChangeRole| {
        let mut after = vec![None; n];
        let mut next = None;
        for (p, slot) in after.iter_mut().enumerate().rev() {
            *slot = next;
            if role(p) == Some(want) {
                next = Some(p);
            }
        }
        let mut before = vec![None; n];
        let mut last = None;
        for (p, slot) in before.iter_mut().enumerate() {
            *slot = last;
            if role(p) == Some(want) {
                last = Some(p);
            }
        }
        (after, before)
    };
    let (to_after, to_before) = nearest(ChangeRole::To);
    let (from_after, from_before) = nearest(ChangeRole::From);
    // The first `delta` of the change ("$38.0 billion" in "$38.0 billion, or 7.1 percent").
    let deltas: Vec<usize> = (0..n).filter(|&p| role(p) == Some(ChangeRole::Delta)).take(2).collect();
    let first_delta = |p: usize| deltas.iter().copied().find(|&q| q != p);
    // The nearest such figure, after before before (a `to` follows its `from`).
    let pick = |p: usize, after: Option<usize>, before: Option<usize>| {
        let i = group[p].0;
        match (after.map(|q| group[q].0), before.map(|q| group[q].0)) {
            (Some(a), Some(b)) if i - b < a - i => before,
            _ => after.or(before),
        }
    };
    for p in 0..n {
        let partner = match role(p) {
            Some(ChangeRole::From) => pick(p, to_after[p], to_before[p]),
            Some(ChangeRole::To) => pick(p, from_after[p], from_before[p]).or_else(|| first_delta(p)),
            Some(ChangeRole::Delta) => pick(p, to_after[p], to_before[p]),
            None => None,
        };
        if let Some(c) = claims[group[p].0].change.as_mut() {
            c.partner = partner.map(|q| base + group[q].0);
        }
    }
}

/// The word of change that makes the bare number at `first..=last` the size of a change, and
/// whether what changed is named after the figure ("a drop of 496,000 in ...") rather than
/// before the verb ("employment rose by 252,000").
pub(crate) fn cue_of_delta(doc: &Doc, first: usize, last: usize) -> Option<(usize, bool)> {
    let p = Place { first, last, end: last, multiple: None, start: 0 };
    if let Some(f) = verb_before(doc, p).or_else(|| by_after_verb(doc, p)) {
        return Some((f.cue, false));
    }
    of_after_noun(doc, p).map(|f| (f.cue, true))
}

/// Whether the figure starting at `first` is what another is compared with: "compared with
/// 900,000", "versus 13".
pub(crate) fn is_compared(doc: &Doc, first: usize, last: usize) -> bool {
    let p = Place { first, last, end: last, multiple: None, start: 0 };
    compared_with(doc, p).is_some() || up_from(doc, p)
}

/// "..., up from 2.2 million", "down from 13": the earlier level of what the figure before
/// counts.
fn up_from(doc: &Doc, p: Place) -> bool {
    before(doc, p).is_some_and(|k| doc.is(k, "from") && doc.is_any(k.wrapping_sub(1), &["up", "down"]))
}

/// Whether a bare number from tokens `first..=last` is "from" a change whose other end, just
/// after "to", counts a noun: "grew from 9 million to 21 million households" (the 9 million
/// counts households too).
pub(crate) fn shares_noun(doc: &Doc, first: usize, last: usize, next_first: usize) -> bool {
    let p = Place { first, last, end: last, multiple: None, start: 0 };
    doc.is(last + 1, "to") && next_first == last + 2 && from_after_change(doc, p, clause_start(doc, first)).is_some()
}

/// The word of change a bare number at `first` is the level reached of, after "to" and a
/// percentage or points the change moved by: "gained 0.7 percent to 6,327.80", "fell 120 points
/// to 4,512".
pub(crate) fn level_reached(doc: &Doc, first: usize, last: usize) -> Option<usize> {
    let p = Place { first, last, end: last, multiple: None, start: 0 };
    let to = before(doc, p)?;
    if !doc.is(to, "to") {
        return None;
    }
    let by = to.checked_sub(1)?;
    let moved = doc.is_any(by, &["percent", "per", "cent", "%", "points", "point", "pct", "pc"]);
    if !moved {
        return None;
    }
    to_after_change(doc, p, clause_start(doc, first)).map(|f| f.cue)
}

/// Words of a rate: a bare number that is the size of its change counts percentage points ("the
/// unemployment rate fell 0.3").
const RATE_WORDS: &[&str] = &["rate", "rates", "ratio", "share", "yield", "yields"];

/// Whether a bare number at tokens `first..=last` is the change of a rate, in percentage points:
/// "the unemployment rate fell 0.3", "was 71.0 per cent, up 0.4 on the quarter" (`level_before`
/// is the last token of a percentage just before in the clause, if any).
pub(crate) fn rate_delta(doc: &Doc, first: usize, last: usize, level_before: Option<usize>) -> bool {
    let p = Place { first, last, end: last, multiple: None, start: 0 };
    let Some(f) = verb_before(doc, p).or_else(|| by_after_verb(doc, p)) else { return false };
    // "up 0.4" just after a percentage and a comma.
    if let Some(l) = level_before {
        if doc.sym(l + 1, ',') && only_punctuation_between(doc, l, f.cue) {
            return true;
        }
    }
    // "the unemployment rate fell 0.3": a rate word among the few words before the verb.
    let start = clause_start(doc, f.cue);
    (start.max(f.cue.saturating_sub(4))..f.cue).any(|k| doc.is_any(k, RATE_WORDS))
}

#[cfg(test)]
mod tests {
    use super::super::tests::said;

    #[test]
    fn deltas_with_verbs_and_nouns() {
        assert_eq!(said("Prices rose 2.5 percent."), ["2.5 percent delta up"]);
        assert_eq!(said("Imports were cut by 40 percent."), ["40 percent delta down"]);
        assert_eq!(said("Spending increased by $9.4 billion."), ["$9.4 billion delta up"]);
        assert_eq!(said("It was a 97 percent increase."), ["97 percent delta up"]);
        assert_eq!(said("Sales posted an increase of 5 percent."), ["5 percent delta up"]);
        assert_eq!(said("Exports were $1.7 billion less than February."), ["$1.7 billion delta down"]);
        assert_eq!(said("Sales are up 12 percent from last year."), ["12 percent delta up"]);
        assert_eq!(said("The index changed 3 percent."), ["3 percent delta"]);
        assert_eq!(said("It was a 5 percent annual increase."), ["5 percent delta up"]);
        assert_eq!(said("Sales saw a 2.3% year-over-year rise."), ["2.3% delta up"]);
        assert_eq!(said("Output was 3 percent lower on the month."), ["3 percent delta down"]);
        assert_eq!(said("Stocks were 6.1 million barrels higher."), ["6.1 million barrels delta up"]);
        assert_eq!(said("It hired 5 percent more staff."), ["5 percent"]);
        assert_eq!(said("Wages rose by an average of 4 percent a year."), ["4 percent delta up"]);
    }

    #[test]
    fn from_and_to_are_two_claims() {
        assert_eq!(said("Rent fell from $36,040 to $34,935."), ["$36,040 from down ->1", "$34,935 to down ->0"]);
        assert_eq!(said("The share rose from 14.3% to 21.0%."), ["14.3% from up ->1", "21.0% to up ->0"]);
        assert_eq!(
            said("Exports increased $38.0 billion, or 7.1 percent, to $574.6 billion."),
            ["$38.0 billion delta up ->2", "7.1 percent delta up ->2", "$574.6 billion to up ->0"]
        );
        assert_eq!(said("The rate fell to 3.5 percent."), ["3.5 percent to down"]);
        assert_eq!(
            said("Households grew from 9 million to 21 million households."),
            ["9 million from up ->1", "21 million to up ->0"]
        );
    }

    #[test]
    fn comparisons_and_levels_before_their_change() {
        assert_eq!(
            said("There were 40 cases, compared with only 13 cases the year before."),
            ["40 to ->1", "13 from ->0"]
        );
        assert_eq!(
            said("The rate was 71.0 per cent, up 0.4 on the quarter."),
            ["71.0 per cent to up ->1", "0.4 delta up ->0"]
        );
        assert_eq!(
            said("Exports reached $4.5 billion in 2023, up 12 percent."),
            ["$4.5 billion to up ->1", "12 percent delta up ->0"]
        );
        assert_eq!(
            said("Inflation eased to 5.6 per cent, from a peak of 7.8 per cent."),
            ["5.6 per cent to down ->1", "7.8 per cent from down ->0"]
        );
        assert_eq!(
            said("Output reached 5 million tons, up from 2.4 million tons in 2017."),
            ["5 million tons to up ->1", "2.4 million tons from up ->0"]
        );
    }

    #[test]
    fn ranges_stay_ranges_and_levels_stay_levels() {
        assert_eq!(said("It will cost between $3 and $5 billion."), ["$3 and $5 billion [committed]"]);
        assert_eq!(said("Rates ranging from 3 to 5 percent apply."), ["3 to 5 percent"]);
        assert_eq!(
            said("It sent $5 million to 20 countries and cut funding to 3 agencies."),
            ["$5 million", "20", "3"]
        );
        assert_eq!(said("Exports totaled $5 billion."), ["$5 billion"]);
        assert_eq!(said("The lower 48 states saw rain."), ["48"]);
        assert_eq!(said("Children made up 18.6 percent of the population."), ["18.6 percent"]);
    }

    #[test]
    fn text_edges_do_not_panic() {
        for text in ["peak of 7.8 percent", "of 5", "from 5 to 6", "up 5", "5 less than", "vs. 4", "to 9", "by 3"] {
            let _ = said(text);
        }
    }

    #[test]
    fn rate_changes_are_in_points() {
        assert_eq!(said("The unemployment rate fell 0.3 in March."), ["0.3 delta down"]);
        let c = crate::Extractor::new().claims("The unemployment rate fell 0.3 in March.");
        assert_eq!((c[0].kind, c[0].unit.as_deref()), (crate::ClaimKind::Percent, Some("percentage_point")));
        assert!(crate::Extractor::new().claims("Prices fell 0.3 in March.").is_empty());
        // A rate moves by points to a level: two claims, not a range.
        assert_eq!(
            said("The unemployment rate fell 0.3 to 3.9 percent."),
            ["0.3 delta down ->1", "3.9 percent to down ->0"]
        );
        assert_eq!(said("The jobless rate edged up 0.1 to 3.7%."), ["0.1 delta up ->1", "3.7% to up ->0"]);
        // Without a rate, "rose 3 to 5 percent" is the range of a rise.
        assert_eq!(said("Sales rose 3 to 5 percent last year."), ["3 to 5 percent delta up"]);
    }
}
