//! Recognition over a block's tokens: at each token, a preposition and the longest expression
//! after it (or the longest expression starting there); then expressions joined into ranges
//! ("from January to March 2023", "between FY2021 and FY2023") and shifts ("three days after
//! Easter"), and lengths read by their preposition ("in two weeks", "for 33 years").

use super::cursor::Toks;
use super::grammar::{self, Parsed};
use super::resolve::{Dur, Expr, Unit, YearSpec};
use super::{tense, TimeKind};

/// One recognised expression, before it is resolved.
#[derive(Debug, Clone)]
pub(super) struct Hit {
    /// First token (the preposition's, if any) and one past the last.
    pub first: usize,
    pub last: usize,
    /// First token of the expression proper.
    pub core: usize,
    /// The preposition or signal before the expression, lower case ("in", "as of").
    pub prep: Option<&'static str>,
    /// Its row in the table of prepositions.
    pub prep_row: Option<usize>,
    pub expr: Expr,
    /// The role a rule fixed ("recently" is vague), else decided from the preposition.
    pub kind: Option<TimeKind>,
    /// For a range joined from two expressions, the token ranges of its two sides.
    pub sides: Option<[(usize, usize); 2]>,
}

/// Prepositions and signals, longest first: the words, whether they belong to the expression's
/// text, and the role they give.
const PREPS: &[(&[&str], bool, Role)] = &[
    (&["as", "early", "as"], true, Role::Period),
    (&["as", "late", "as"], true, Role::Period),
    (&["no", "later", "than"], true, Role::Deadline),
    (&["no", "earlier", "than"], true, Role::Since),
    (&["as", "of"], true, Role::AsOf),
    (&["up", "to"], true, Role::Deadline),
    (&["prior", "to"], true, Role::Deadline),
    (&["starting", "in"], true, Role::Since),
    (&["starting", "on"], true, Role::Since),
    (&["beginning", "in"], true, Role::Since),
    (&["beginning", "on"], true, Role::Since),
    (&["ending", "in"], true, Role::Deadline),
    (&["compared", "with"], false, Role::Baseline),
    (&["compared", "to"], false, Role::Baseline),
    (&["relative", "to"], false, Role::Baseline),
    (&["in", "comparison", "with"], false, Role::Baseline),
    (&["in"], true, Role::Period),
    (&["during"], true, Role::Period),
    (&["since"], true, Role::Since),
    (&["by"], true, Role::Deadline),
    (&["through"], true, Role::Deadline),
    (&["thru"], true, Role::Deadline),
    (&["throughout"], true, Role::Period),
    (&["until"], true, Role::Deadline),
    (&["till"], true, Role::Deadline),
    (&["before"], true, Role::Deadline),
    (&["after"], true, Role::Since),
    (&["following"], true, Role::Since),
    (&["from"], true, Role::Period),
    (&["between"], true, Role::Period),
    (&["over"], true, Role::Period),
    (&["within"], true, Role::Period),
    (&["for"], true, Role::Period),
    (&["on"], true, Role::Period),
    (&["at"], true, Role::Period),
    (&["around"], true, Role::Period),
    (&["starting"], true, Role::Since),
    (&["beginning"], true, Role::Since),
    (&["effective"], true, Role::Since),
    (&["across"], true, Role::Period),
    (&["to"], false, Role::Period),
    (&["of"], false, Role::Period),
    (&["and"], false, Role::Period),
    (&["or"], false, Role::Period),
    (&["nor"], false, Role::Period),
    (&["than"], false, Role::Baseline),
    (&["versus"], false, Role::Baseline),
    (&["vs"], false, Role::Baseline),
    (&["against"], false, Role::Baseline),
];

/// The role a preposition gives the expression after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    Period,
    Since,
    Deadline,
    AsOf,
    Baseline,
}

/// The rows of [`PREPS`] by the lexicon's number of their first word, longest first.
static BY_FIRST: once_cell::sync::Lazy<Vec<Vec<usize>>> = once_cell::sync::Lazy::new(|| {
    let mut by: Vec<Vec<usize>> = Vec::new();
    for (k, (words, _, _)) in PREPS.iter().enumerate() {
        let id = usize::from(super::lexicon::table()[usize::from(super::lexicon::row_of(words[0]))].prep);
        if by.len() <= id {
            by.resize_with(id + 1, Vec::new);
        }
        by[id].push(k);
    }
    by
});

/// The preposition at token `i`: its row in [`PREPS`] and the token after it.
fn prep_at(t: &Toks<'_>, i: usize) -> Option<(usize, usize)> {
    let id = usize::from(t.entry(i).prep);
    if id == 0 {
        return None;
    }
    let rows = BY_FIRST.get(id)?;
    rows.iter().find_map(|&k| {
        let words = PREPS[k].0;
        let ok = words.iter().enumerate().skip(1).all(|(j, w)| t.is(i + j, w) && !t.line_break_before(i + j));
        // "vs." takes its period along.
        let mut next = i + words.len();
        if ok && t.sym(next, '.') && t.glued(next) && t.is(i, "vs") {
            next += 1;
        }
        ok.then_some((k, next))
    })
}

/// Whether the words of preposition row `k` belong to the expression's text, and the role they
/// give it.
pub(super) fn prep_role(k: usize) -> (bool, Role) {
    PREPS.get(k).map_or((true, Role::Period), |&(_, text, role)| (text, role))
}

/// The preposition row `k` as one string (static: the table's words joined).
fn prep_name(k: usize) -> &'static str {
    static NAMES: once_cell::sync::Lazy<Vec<String>> =
        once_cell::sync::Lazy::new(|| PREPS.iter().map(|(w, _, _)| w.join(" ")).collect());
    NAMES.get(k).map_or("", String::as_str)
}

/// Hedge words a length may carry after its preposition: "in over six years", "for nearly a
/// decade".
fn skip_hedge(t: &Toks<'_>, i: usize) -> usize {
    if t.entry(i).flags & super::lexicon::flag::HEDGE == 0 {
        return i;
    }
    if t.is_any(i, &["over", "nearly", "almost", "about", "around", "roughly", "some", "approximately", "just"]) {
        if t.is(i, "just") && t.is_any(i + 1, &["over", "under"]) {
            return i + 2;
        }
        return i + 1;
    }
    if t.is_any(i, &["more", "less", "fewer"]) && t.is(i + 1, "than") {
        return i + 2;
    }
    i
}

/// The widest run of white space an expression may hold: words further apart belong to
/// different expressions (a layout gap, not prose).
const MAX_GAP: usize = 64;

/// Every time expression of the block, in order, not overlapping.
pub(super) fn scan(t: &Toks<'_>) -> Vec<Hit> {
    let mut hits: Vec<Hit> = Vec::new();
    let mut memo = Memo::default();
    let mut i = 0;
    while i < t.len() {
        // Most tokens are neither a preposition nor a word of time.
        if t.classes[i] == 0 && t.entry(i).prep == 0 {
            i += 1;
            continue;
        }
        let mut found = hit_at(t, i, &mut memo);
        // An expression stretched over a wide gap is read again up to the gap.
        if let Some(gap) =
            found.as_ref().and_then(|h| (h.first + 1..h.last).find(|&j| t.start(j) - t.end(j - 1) > MAX_GAP))
        {
            let view = Toks {
                text: t.text,
                toks: &t.toks[..gap],
                lex: t.lex,
                rows: &t.rows[..gap],
                classes: &t.classes[..gap],
            };
            found = hit_at(&view, i, &mut Memo::default());
        }
        if let Some(h) = found {
            i = h.last.max(i + 1);
            hits.push(h);
        } else {
            i += 1;
        }
    }
    let hits = join_ranges(t, hits);
    let mut hits = join_shifts(t, hits);
    for h in &mut hits {
        read_length(t, h);
    }
    hits
}

/// The expression at token `i`, if one starts there (with its preposition), read alone.
pub(super) fn at(t: &Toks<'_>, i: usize) -> Option<Hit> {
    hit_at(t, i, &mut Memo::default())
}

/// The expression at token `i`: after a preposition there, or starting there. `memo` holds the
/// parse at one position, so the token after a preposition is not read twice.
fn hit_at(t: &Toks<'_>, i: usize, memo: &mut Memo) -> Option<Hit> {
    if let Some((k, after)) = prep_at(t, i) {
        if !t.line_break_before(after) || t.is_word(after.saturating_sub(1)) {
            let at = if PREPS[k].2 == Role::Period { skip_hedge(t, after) } else { after };
            let found = if at != after {
                memo.parse(t, at).or_else(|| memo.parse(t, after))
            } else {
                memo.parse(t, after).or_else(|| dated_noun(t, after, memo))
            };
            if let Some((end, p, _)) = found {
                return Some(Hit {
                    first: i,
                    last: end,
                    core: after,
                    prep: Some(prep_name(k)),
                    prep_row: Some(k),
                    expr: p.expr,
                    kind: p.kind,
                    sides: None,
                });
            }
        }
    }
    let (end, Parsed { expr, kind }, _) = memo.parse(t, i)?;
    Some(Hit { first: i, last: end, core: i, prep: None, prep_row: None, expr, kind, sides: None })
}

/// "the January 2021 peak", "the June 30, 2024 deadline" after a preposition: a dated noun, read
/// with its determiner and head noun ("since the January 2021 peak" counts from January 2021).
/// The date must name its year, and the noun must follow it at once, in lower case.
fn dated_noun(t: &Toks<'_>, i: usize, memo: &mut Memo) -> Option<(usize, Parsed, usize)> {
    if !t.is(i, "the") {
        return None;
    }
    let (end, p, x) = memo.parse(t, i + 1)?;
    let has_year = (i + 1..end).any(|j| t.digits(j).is_some_and(|(_, n)| n == 4));
    let noun = t.is_word(end)
        && !t.line_break_before(end)
        && t.s(end).starts_with(|c: char| c.is_ascii_lowercase())
        && t.classes[end] == 0
        && t.entry(end).prep == 0;
    (has_year && noun).then_some((end + 1, p, x))
}

/// The positions of the block where a parse found nothing (a bit each), so that the scan never
/// tries one twice: after a preposition, past a hedge, after "the" of a dated noun, and again as
/// the scan reaches it.
#[derive(Default)]
struct Memo(Vec<u64>);

impl Memo {
    fn parse(&mut self, t: &Toks<'_>, i: usize) -> Option<(usize, Parsed, usize)> {
        let (word, bit) = (i / 64, 1u64 << (i % 64));
        if self.0.get(word).is_some_and(|w| w & bit != 0) {
            return None;
        }
        let found = grammar::parse_at(t, i, 0);
        if found.is_none() {
            if self.0.len() <= word {
                self.0.resize(word + 1, 0);
            }
            self.0[word] |= bit;
        }
        found
    }
}

/// Joins "from January to March 2023", "between 2019 and 2022", "April 3 - May 5" into ranges.
fn join_ranges(t: &Toks<'_>, hits: Vec<Hit>) -> Vec<Hit> {
    let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
    for h in hits {
        if let Some(last) = out.last_mut() {
            if let Some(joined) = join(t, last, &h) {
                *last = joined;
                continue;
            }
        }
        out.push(h);
    }
    out
}

/// Whether an expression can be one end of a range.
fn endpoint(e: &Expr) -> bool {
    !matches!(
        e,
        Expr::Range(..)
            | Expr::Duration(_)
            | Expr::Set(_)
            | Expr::Vague
            | Expr::Present
            | Expr::Window(..)
            | Expr::UnitToDate(_)
            | Expr::UnitRest(_)
            | Expr::NextDays(_)
    )
}

fn join(t: &Toks<'_>, a: &Hit, b: &Hit) -> Option<Hit> {
    if a.kind.is_some() || b.kind.is_some() || !endpoint(&a.expr) || !endpoint(&b.expr) {
        return None;
    }
    let to = |p: &str| matches!(p, "to" | "through" | "thru" | "until" | "till");
    let ap = a.prep;
    // A period, or the compared one ("higher than July to September 2023").
    let compared = matches!(
        ap,
        Some(
            "than"
                | "compared with"
                | "compared to"
                | "versus"
                | "vs"
                | "against"
                | "relative to"
                | "in comparison with"
        )
    );
    if !compared && !matches!(ap, None | Some("from" | "between" | "in" | "during" | "over" | "for" | "throughout")) {
        return None;
    }
    let joined = match (b.first - a.last, b.prep) {
        (0, Some(p)) => to(p) || (p == "and" && ap == Some("between")),
        (1, None) => {
            let g = a.last;
            (t.dash(g) && !t.line_break_before(g) && !t.line_break_before(b.first))
                || (t.is_any(g, &["to", "through", "thru", "until", "till"]))
                || (t.is(g, "and") && ap == Some("between"))
        }
        _ => false,
    };
    if !joined {
        return None;
    }
    let (ea, eb) = inherit_years(&a.expr, &b.expr);
    Some(Hit {
        first: a.first,
        last: b.last,
        core: a.core,
        prep: a.prep,
        prep_row: a.prep_row,
        expr: Expr::Range(Box::new(ea), Box::new(eb)),
        kind: None,
        sides: Some([(a.core, a.last), (b.core, b.last)]),
    })
}

/// "from January to March 2023": a side without a year takes the other side's.
fn inherit_years(a: &Expr, b: &Expr) -> (Expr, Expr) {
    fn parts(e: &Expr) -> Option<(YearSpec, u32)> {
        match e {
            Expr::Month(y, m) | Expr::Day(y, m, _) => Some((*y, *m)),
            _ => None,
        }
    }
    fn with_year(e: &Expr, y: i32) -> Expr {
        match e {
            Expr::Month(_, m) => Expr::Month(YearSpec::Abs(y), *m),
            Expr::Day(_, m, d) => Expr::Day(YearSpec::Abs(y), *m, *d),
            other => other.clone(),
        }
    }
    match (parts(a), parts(b)) {
        (Some((YearSpec::Implied, ma)), Some((YearSpec::Abs(y), mb))) => {
            (with_year(a, if ma > mb { y - 1 } else { y }), b.clone())
        }
        (Some((YearSpec::Abs(y), ma)), Some((YearSpec::Implied, mb))) => {
            (a.clone(), with_year(b, if mb < ma { y + 1 } else { y }))
        }
        _ => (a.clone(), b.clone()),
    }
}

/// Whether an expression is a single day (what a shift moves).
fn day_level(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Day(..)
            | Expr::RelDay(_)
            | Expr::Holiday(..)
            | Expr::Weekday(..)
            | Expr::WeekdayDay(..)
            | Expr::WeekdayAfter(..)
            | Expr::NthWeekdayOf(..)
            | Expr::NthDayOf(..)
            | Expr::Event(_)
    )
}

/// "three days after Easter", "two weeks before 13 May 1999": a length right before a day it
/// moves; "for ten days from 18 December": a span starting on it.
fn join_shifts(t: &Toks<'_>, hits: Vec<Hit>) -> Vec<Hit> {
    let mut out: Vec<Hit> = Vec::with_capacity(hits.len());
    for h in hits {
        if let Some(last) = out.last_mut() {
            let adjacent = last.last == h.first;
            if let (true, Expr::Duration(Dur { n: Some(n), unit }), Some(p)) = (adjacent, &last.expr, h.prep) {
                let n = i64::try_from(*n).ok().filter(|_| n.fract().is_zero());
                if let (Some(n), true, true) = (n, day_level(&h.expr), h.kind.is_none()) {
                    let unit = *unit;
                    let base = Box::new(h.expr.clone());
                    let expr = match p {
                        "from" if last.prep == Some("for") => {
                            u32::try_from(n).ok().map(|n| Expr::SpanFrom(base, unit, n))
                        }
                        "after" | "from" => Some(Expr::Shift(base, unit, n)),
                        "before" => Some(Expr::Shift(base, unit, -n)),
                        _ => None,
                    };
                    if let Some(expr) = expr {
                        let for_prep = last.prep == Some("for") && p == "from";
                        *last = Hit {
                            first: if for_prep { last.first } else { last.core },
                            last: h.last,
                            core: last.core,
                            prep: if for_prep { last.prep } else { None },
                            prep_row: if for_prep { last.prep_row } else { None },
                            expr,
                            kind: None,
                            sides: None,
                        };
                        continue;
                    }
                }
            }
        }
        out.push(h);
    }
    let _ = t;
    out
}

/// Words that make "in six years" the window of a record: "the lowest level in six years".
const SUPERLATIVES: &[&str] = &[
    "highest",
    "lowest",
    "best",
    "worst",
    "biggest",
    "largest",
    "smallest",
    "strongest",
    "weakest",
    "sharpest",
    "steepest",
    "fastest",
    "slowest",
    "deepest",
    "greatest",
    "longest",
    "most",
    "least",
    "first",
    "record",
];

/// Whether one of `words` stands in the `n` tokens before token `i`, within the sentence.
fn before_within(t: &Toks<'_>, i: usize, n: usize, words: &[&str]) -> bool {
    (i.saturating_sub(n)..i).rev().take_while(|&j| !t.sym(j, '.') && !t.sym(j, ';')).any(|j| t.is_any(j, words))
}

/// A length read by its preposition: "in two weeks" (a future day, or a length in a sentence about
/// the past, or the window of a record: "the lowest in six years"), "for 33 years" after "has
/// been" (the window ending now), "within 30 days" (from now).
fn read_length(t: &Toks<'_>, h: &mut Hit) {
    let Expr::Duration(Dur { n, unit }) = h.expr else { return };
    let Some(prep) = h.prep else { return };
    let whole = n.filter(|n| n.fract().is_zero()).and_then(|n| u32::try_from(n).ok()).filter(|&n| n > 0);
    let at = t.start(h.first);
    let past = tense::past_context(t.text, at);
    let record = before_within(t, h.first, 8, SUPERLATIVES);
    let perfect = before_within(t, h.first, 8, &["has", "have", "had", "'ve", "been"]);
    let e = match (prep, whole) {
        // "the lowest level in six years": the window a record is set against, no claim's period.
        ("in" | "over", _) if record => {
            let (e, kind) = window(unit, whole, false);
            Some((e, kind.or(Some(TimeKind::Baseline))))
        }
        ("in", Some(n)) if !past && !matches!(unit, Unit::Decade | Unit::Century) => {
            Some((Expr::Ago(unit, n, 1), None))
        }
        ("for" | "over", _) if perfect && !tense::future_context(t.text, at) => Some(window(unit, whole, false)),
        ("within", _) if !past => Some(window(unit, whole, true)),
        _ => None,
    };
    if let Some((e, kind)) = e {
        h.expr = e;
        h.kind = kind;
    }
}

/// A window of `n` units ending (or starting) at the reference date; vague without a count.
fn window(unit: Unit, n: Option<u32>, future: bool) -> (Expr, Option<TimeKind>) {
    match n {
        Some(n) => (Expr::Window(unit, n, future), None),
        None => (Expr::Vague, Some(TimeKind::Vague)),
    }
}
