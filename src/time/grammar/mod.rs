//! The time grammar: named rules over tokens, in tables by concept.
//!
//! - [`dates`]: calendar dates, months, years, weekdays, decades, holidays.
//! - [`periods`]: quarters, halves, fiscal years, seasons, parts of periods ("early 2024", "the
//!   end of the year"), composed windows ("the 12 months through March").
//! - [`relative`]: expressions placed from the reference date or from another time in the
//!   document: "last year", "the past 12 months", "two years ago", "now", "that year", "a year
//!   earlier", "since the President took office".
//! - [`lengths`]: durations ("three years", "a 27-year contract") and sets ("every month").
//!
//! A rule is a name, the classes of token it may start at, a parse function written with the
//! reads of [`Cur`], and examples. At each token the rules that may start there are tried and the
//! longest match wins (the first rule in table order among equals). A test parses every example
//! with its own rule, so each rule is known to fire.
//!
//! **How to add a rule:** write its parse function beside the rules of its concept, add a
//! [`Rule`] row with two or three examples to that file's `RULES`, and a test of what it resolves
//! to in `time/tests.rs`. A new word goes in [`super::lexicon`].

mod dates;
mod lengths;
mod periods;
mod relative;

use once_cell::sync::Lazy;

use super::cursor::{Cur, Toks};
use super::lexicon::flag;
use super::resolve::{Expr, Unit, YearSpec};
use super::TimeKind;
use crate::lex::Kind;

/// What a rule read: the expression, and the role it fixes if any (most roles come from the
/// preposition before the expression).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Parsed {
    pub expr: Expr,
    pub kind: Option<TimeKind>,
}

impl From<Expr> for Parsed {
    fn from(expr: Expr) -> Parsed {
        Parsed { expr, kind: None }
    }
}

fn with(expr: Expr, kind: TimeKind) -> Parsed {
    Parsed { expr, kind: Some(kind) }
}

/// Token classes a rule may start at (bits).
pub(super) mod class {
    pub const MONTH: u16 = 1;
    pub const WEEKDAY: u16 = 1 << 1;
    /// One or two plain digits ("17", "3").
    pub const NUM2: u16 = 1 << 2;
    pub const CARD: u16 = 1 << 3;
    pub const ORD: u16 = 1 << 4;
    pub const REL: u16 = 1 << 5;
    pub const UNIT: u16 = 1 << 6;
    pub const SEASON: u16 = 1 << 7;
    pub const PART: u16 = 1 << 8;
    /// A word listed as a starter in the lexicon ("the", "fy", "every", a holiday's first word).
    pub const WORD: u16 = 1 << 9;
    /// An apostrophe ("'90s", "'22").
    pub const APOS: u16 = 1 << 10;
    /// Four plain digits ("2023").
    pub const NUM4: u16 = 1 << 11;
    /// Any other number ("150", "2,000", "1.5").
    pub const NUMX: u16 = 1 << 12;
    /// Any number.
    pub const NUM: u16 = NUM2 | NUM4 | NUMX;
    /// The first word of a holiday's or event's name ("Memorial", "Russia's").
    pub const NAME: u16 = 1 << 13;
    /// The rule may begin with "the": at "the", it is tried when the next word's classes meet
    /// its own ("the third quarter": a rule with `THE | ORD`).
    pub const THE: u16 = 1 << 14;
    /// A word that continues an expression after "the" without being a word of time itself
    /// ("the very beginning", "the near future", "the rest of the year").
    pub const CONT: u16 = 1 << 15;
}

/// A named rule of the grammar. Its name and examples are read by the tests.
#[cfg_attr(not(test), allow(dead_code))]
pub(super) struct Rule {
    pub name: &'static str,
    /// The token classes ([`class`]) the rule may start at.
    pub first: u16,
    pub parse: fn(&mut Cur<'_, '_>) -> Option<Parsed>,
    /// Texts the rule reads whole (checked by a test).
    pub examples: &'static [&'static str],
}

/// Every rule, in priority order (the first among matches of equal length wins).
static RULES: Lazy<Vec<&'static Rule>> = Lazy::new(|| {
    [dates::RULES, periods::RULES, relative::RULES, lengths::RULES].iter().flat_map(|t| t.iter()).collect()
});

/// For each class bit, the rules (bits by rule index) that may start at a token of that class.
static MASKS: Lazy<[u64; 16]> = Lazy::new(|| {
    assert!(RULES.len() <= 64, "rule masks hold 64 rules");
    let mut m = [0u64; 16];
    for (k, rule) in RULES.iter().enumerate() {
        for (b, bits) in m.iter_mut().enumerate() {
            if rule.first & (1 << b) != 0 {
                *bits |= 1 << k;
            }
        }
    }
    m
});

/// The rules that read a count of units ("12 months", "two Mondays ago").
static COUNT_RULES: Lazy<u64> =
    Lazy::new(|| rules_named(&["units_through", "rolling_window", "units_ago", "duration", "set", "weekday_count"]));

/// The rules of named events.
static EVENT_RULES: Lazy<u64> = Lazy::new(|| rules_named(&["event"]));

/// The words an event's name follows ("since the President took office").
pub(super) const EVENT_SIGNALS: &[&str] = &["since", "before", "after", "until", "following", "from", "till"];

/// The bits of the rules named.
fn rules_named(names: &[&str]) -> u64 {
    RULES.iter().enumerate().filter(|(_, r)| names.contains(&r.name)).fold(0, |m, (k, _)| m | 1 << k)
}

/// The classes of token `i`, as computed for the block.
#[inline]
fn class_of(t: &Toks<'_>, i: usize) -> u16 {
    t.class(i)
}

/// The classes of a word with lexicon entry `e`.
pub(super) fn word_class(e: &super::lexicon::Entry) -> u16 {
    let bit = |yes: bool, b: u16| if yes { b } else { 0 };
    bit(e.month != 0, class::MONTH)
        | bit(e.weekday != 0, class::WEEKDAY)
        | bit(e.card != 0 || e.vague, class::CARD)
        | bit(e.ord != 0, class::ORD)
        | bit(e.rel.is_some(), class::REL)
        | bit(e.unit.is_some(), class::UNIT)
        | bit(e.season != 0, class::SEASON)
        | bit(e.part.is_some(), class::PART)
        | bit(e.starter, class::WORD)
        | bit(e.name, class::NAME)
}

/// The classes of token `i`.
pub(super) fn classes(t: &Toks<'_>, i: usize) -> u16 {
    match t.kind(i) {
        Some(Kind::Num) => match t.digits(i) {
            Some((_, 1 | 2)) => class::NUM2,
            Some((_, 4)) => class::NUM4,
            _ => class::NUMX,
        },
        Some(Kind::Sym) if t.sym(i, '\'') || t.sym(i, '\u{2019}') => class::APOS,
        Some(Kind::Word) => t.entry(i).class,
        _ => 0,
    }
}

/// The deepest nesting of expressions inside expressions.
const MAX_DEPTH: u8 = 3;

/// The longest expression starting at token `i`: the token after it, what it says, and the
/// rule's index.
pub(super) fn parse_at(t: &Toks<'_>, i: usize, depth: u8) -> Option<(usize, Parsed, usize)> {
    let c = class_of(t, i);
    if c == 0 || depth > MAX_DEPTH {
        return None;
    }
    // "the", "a", "that", "last" start an expression only before a word of time or a number
    // ("the third quarter", "a year ago"): most are passed over on one look at the next token.
    // Before a name only, only the rules of names are tried ("the United States" is none).
    let mut c = c;
    // At "the", the rules that may begin with it, by the class of the word after it.
    let the = t.is(i, "the");
    if the {
        let n = class_of(t, i + 1) | if t.entry(i + 1).flags & flag::CONTINUES != 0 { class::CONT } else { 0 };
        if n == 0 {
            return None;
        }
        c = n;
    } else if t.entry(i).only_before.is_some_and(|next| !t.is_any(i + 1, next)) {
        // "to", "as": only "to date", "as yet".
        return None;
    } else if t.entry(i).needs_next {
        match class_of(t, i + 1) {
            0 if t.entry(i + 1).flags & flag::CONTINUES == 0 => return None,
            class::NAME => c = class::NAME,
            _ => {}
        }
    }
    // A count in words before no word of time: "two governments", "ten clinics".
    if c & !class::NAME == class::CARD && !t.entry(i).needs_next {
        let n = class_of(t, i + 1);
        if n == 0 && !t.dash(i + 1) && t.entry(i + 1).flags & flag::CONTINUES == 0 {
            return None;
        }
    }
    if c & class::NUM != 0 {
        // "$863.4", "5%": money and percentages are no times; nor is "2,000 refugees" (a count
        // before no word of time).
        let money = i > 0 && t.glued(i) && matches!(t.s(i - 1), "$" | "€" | "£" | "¥");
        let percent = (t.glued(i + 1) && t.sym(i + 1, '%')) || t.entry(i + 1).flags & flag::PERCENT != 0;
        if money || percent || (c == class::NUMX && class_of(t, i + 1) == 0 && !t.dash(i + 1) && !t.sym(i + 1, '.')) {
            return None;
        }
        // One or two digits start a date, a count of units or a decade only before the word or
        // sign that continues it ("17 November", "3-5", "21st", "the 80s", "12 months").
        if c == class::NUM2 && class_of(t, i + 1) == 0 && t.kind(i + 1) != Some(Kind::Sym) {
            const NEXT: &[&str] = &[
                "st", "nd", "rd", "th", "d", "of", "q", "h", "s", "to", "and", "through", "thru", "until", "till", "or",
            ];
            if !t.is_any(i + 1, NEXT) {
                return None;
            }
        }
    }
    let mut best: Option<(usize, Parsed, usize)> = None;
    // The rules that may start here: the union of those of each class, in rule order.
    let masks = &*MASKS;
    let mut mask = (0..16).filter(|b| c & (1 << b) != 0).fold(0u64, |m, b| m | masks[b]);
    if the {
        mask &= masks[14];
    }
    // A number counts units only before a unit (or a word between: "12 full months", "15 a
    // year", "12 previous months", "six-year").
    if c & class::NUM != 0 {
        let at = i + usize::from(the) + 1;
        let n = class_of(t, at);
        let counts = n & (class::UNIT | class::CARD | class::WEEKDAY | class::REL) != 0
            || t.dash(at)
            || t.entry(at).flags & flag::CONTINUES != 0;
        if !counts {
            mask &= !*COUNT_RULES;
        }
    }
    // An event is named only after "since", "before", "after", "until", "following", "from".
    if c & class::NAME != 0 && !(i > 0 && t.is_any(i - 1, EVENT_SIGNALS)) {
        mask &= !*EVENT_RULES;
    }
    while mask != 0 {
        let k = mask.trailing_zeros() as usize;
        mask &= mask - 1;
        let rule = RULES[k];
        let mut cur = Cur { t, i, depth };
        if let Some(p) = (rule.parse)(&mut cur) {
            if cur.i > i && best.as_ref().map_or(true, |(e, _, _)| cur.i > *e) {
                best = Some((cur.i, p, k));
            }
        }
    }
    best
}

/// A period nested in a rule ("the end of <period>", "the first quarter of <period>"): one that
/// can be placed on the calendar. "year", "the month", "the fiscal year" are the unit of the time
/// in focus (see [`Expr::Anaphor`]).
pub(super) fn period(c: &mut Cur<'_, '_>) -> Option<Expr> {
    let mut unit = *c;
    let focus = unit_in_focus(&mut unit);
    let found = parse_at(c.t, c.i, c.depth + 1).filter(|(end, _, _)| focus.is_none() || *end > unit.i);
    let Some((end, p, _)) = found else {
        c.i = unit.i;
        return focus;
    };
    let placeable = !matches!(
        p.expr,
        Expr::Duration(_) | Expr::Set(_) | Expr::Vague | Expr::Present | Expr::Earlier(..) | Expr::Same
    ) && p.kind.is_none();
    if !placeable {
        return None;
    }
    c.i = end;
    Some(p.expr)
}

/// "(the) year", "(the) fiscal year", "(the) month", "(the) quarter", "(the) decade", "(the)
/// week": the unit of the time in focus ("this year" and "that year" are other rules').
pub(super) fn unit_in_focus(c: &mut Cur<'_, '_>) -> Option<Expr> {
    c.opt("the");
    // "the entire year", "the whole month"
    let _ = c.one_of(&["entire", "whole", "full"]);
    let fiscal = c.one_of(&["fiscal", "financial"]).is_some();
    if !fiscal {
        c.opt("calendar");
    }
    let u = c.unit()?;
    if c.prev_plural() {
        return None;
    }
    match u {
        Unit::Year if fiscal => Some(Expr::FiscalYear(YearSpec::Implied)),
        Unit::Year | Unit::Month | Unit::Quarter | Unit::Week | Unit::Decade | Unit::Day => Some(Expr::Anaphor(u, 0)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::cursor::Buf;

    /// Every example of every rule is read whole, by that rule or a longer-matching one that
    /// starts at the same token (the example then documents the rule's reach).
    #[test]
    fn every_rule_reads_its_examples() {
        let mut failures = Vec::new();
        for rule in RULES.iter() {
            assert!(!rule.examples.is_empty(), "rule {} has no example", rule.name);
            for ex in rule.examples {
                // "in |2022| survey": context before and after the text the rule must read.
                let parts: Vec<&str> = ex.split('|').collect();
                let (pre, body) = if parts.len() > 1 { (parts[0], parts[1]) } else { ("", parts[0]) };
                let text = parts.concat();
                let toks = crate::time::cursor::tokens(&text);
                let mut buf = Buf::default();
                let t = buf.toks(&text, &toks);
                let from = toks.iter().position(|x| x.start >= pre.len()).unwrap_or(toks.len());
                let to = toks.iter().position(|x| x.start >= pre.len() + body.len()).unwrap_or(toks.len());
                let mut cur = Cur::new(&t, from);
                let own = (rule.parse)(&mut cur).is_some() && cur.i == to;
                if !own {
                    failures.push(format!("{}: {ex:?} (read to token {} of {from}..{to})", rule.name, cur.i));
                }
                // The dispatch reaches the rule too: the classes and gates let it be tried.
                let dispatched = parse_at(&t, from, 0).is_some_and(|(end, _, _)| end >= to);
                if own && !dispatched {
                    failures.push(format!("{}: {ex:?} is not reached by the dispatch", rule.name));
                }
            }
        }
        assert!(failures.is_empty(), "rules that do not read their examples:\n{}", failures.join("\n"));
    }

    #[test]
    fn rule_names_are_unique() {
        let mut names: Vec<&str> = RULES.iter().map(|r| r.name).collect();
        names.sort_unstable();
        let n = names.len();
        names.dedup();
        assert_eq!(n, names.len());
    }
}
