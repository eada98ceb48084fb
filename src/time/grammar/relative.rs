//! Expressions placed from the reference date ("last year", "the past 12 months", "two years
//! ago", "now", "earlier this year") or from another time of the document ("that year", "the
//! following month", "a year earlier", "the same period last year"), and dated events ("since the
//! President took office").

use super::class::*;
use super::{unit_in_focus, with, Parsed, Rule};
use crate::time::cursor::{Count, Cur};
use crate::time::events::{self, Named};
use crate::time::resolve::{Expr, Unit, YearSpec};
use crate::time::TimeKind;

pub(super) static RULES: &[Rule] = &[
    Rule {
        name: "relative_unit",
        first: THE | REL | WORD | UNIT,
        parse: relative_unit,
        examples: &[
            "last year",
            "this month",
            "the past decade",
            "next quarter",
            "the previous year",
            "the following month",
            "last fiscal year",
            "the current fiscal year",
            "this weekend",
            "the week after next",
        ],
    },
    Rule {
        name: "rolling_window",
        first: THE | REL | WORD | NUM | CARD,
        parse: rolling_window,
        examples: &[
            "the last 12 months",
            "the past two years",
            "the next five years",
            "the past five trading days",
            "the past few years",
            "the 12 previous months",
            "the next 3 days",
        ],
    },
    Rule {
        name: "units_ago",
        first: NUM | CARD | WORD,
        parse: units_ago,
        examples: &[
            "two years ago",
            "a year ago",
            "three weeks from now",
            "a year earlier",
            "two days later",
            "several years ago",
        ],
    },
    Rule {
        name: "present",
        first: THE | WORD | REL,
        parse: present,
        examples: &[
            "now",
            "currently",
            "at |present",
            "to date",
            "so far",
            "right now",
            "at |the moment",
            "these days",
            "nowadays",
        ],
    },
    Rule {
        name: "vague",
        first: THE | WORD | REL | CONT,
        parse: vague,
        examples: &[
            "recently",
            "lately",
            "in |recent years",
            "recent months",
            "the past",
            "the future",
            "the near future",
            "soon",
        ],
    },
    Rule {
        name: "to_date",
        first: THE | WORD | UNIT,
        parse: to_date,
        examples: &[
            "year to date",
            "the fiscal year to date",
            "year-to-date",
            "YTD",
            "fiscal year to date",
            "so far this year",
            "earlier this year",
            "later this month",
            "so far in the current fiscal year",
        ],
    },
    Rule {
        name: "anaphor",
        first: THE | WORD | UNIT,
        parse: anaphor,
        examples: &[
            "that year",
            "the same month",
            "that time",
            "the year before",
            "the same period",
            "that day",
            "the year previous",
        ],
    },
    Rule {
        name: "baseline",
        first: THE | WORD | UNIT,
        parse: baseline,
        examples: &[
            "the same period last year",
            "the same month a year earlier",
            "the year-ago quarter",
            "year-ago",
            "the same period of the last year",
            "the year-earlier period",
        ],
    },
    Rule {
        name: "event",
        first: THE | NAME | WORD,
        parse: event,
        examples: &[
            "since |the President took office",
            "since |Russia's full-scale invasion of Ukraine",
            "since |taking office",
            "since |the start of this Administration",
        ],
    },
    Rule {
        name: "nth_in_a_row",
        first: THE | WORD | ORD | CARD,
        parse: nth_in_a_row,
        examples: &["a second consecutive day", "the third straight month", "fourth week in a row"],
    },
    Rule {
        name: "unit_after_preposition",
        first: THE | WORD | UNIT | CONT,
        parse: unit_after_prep,
        examples: &["during |the quarter", "in |the fiscal year"],
    },
];

fn relative_unit(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    // "the week after next"
    if let Some(u) = c.attempt(|c| {
        c.opt("the");
        let u = c.unit()?;
        (!c.prev_plural() && c.word("after") && c.word("next")).then_some(u)
    }) {
        return Some(Expr::RelUnit(u, 2).into());
    }
    let the = c.opt("the");
    let word = c.s().to_ascii_lowercase();
    let k = c.rel()?;
    if word == "present" && !the {
        return None;
    }
    let fiscal = c.one_of(&["fiscal", "financial"]).is_some();
    if !fiscal {
        c.opt("calendar");
    }
    let u = c.unit()?;
    if c.prev_plural() || matches!(u, Unit::Second | Unit::Minute | Unit::Hour | Unit::Century) {
        return None;
    }
    let k = i32::from(k);
    if fiscal {
        if u != Unit::Year {
            return None;
        }
        return Some(
            match word.as_str() {
                "previous" | "prior" | "preceding" | "following" | "subsequent" => Expr::Anaphor(Unit::FiscalYear, k),
                _ => Expr::FiscalYear(YearSpec::Rel(k)),
            }
            .into(),
        );
    }
    let e = match word.as_str() {
        "past" if u != Unit::Weekend => Expr::Window(u, 1, false),
        // "over the last year" is the twelve months to now; "the last quarter" the previous one.
        "last" if the && matches!(u, Unit::Year | Unit::Decade) => Expr::Window(u, 1, false),
        "previous" | "prior" | "preceding" | "following" | "subsequent" => Expr::Anaphor(u, k),
        "next" if the && u == Unit::Day => Expr::Anaphor(u, 1),
        _ if u == Unit::Decade && k != 0 => Expr::Window(u, 1, k > 0),
        _ => Expr::RelUnit(u, k),
    };
    Some(e.into())
}

/// Words allowed between a count and its unit: "five trading days", "two full years".
fn unit_adjective(c: &mut Cur<'_, '_>) {
    let _ = c.one_of(&["full", "calendar", "trading", "business", "working", "consecutive", "straight", "successive"]);
}

fn rolling_window(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    c.opt("the");
    let (k, n) = match c.attempt(|c| {
        let w = c.s().to_ascii_lowercase();
        let k = c.rel()?;
        (k != 0 && w != "current").then_some(k)
    }) {
        Some(k) => (k, c.count()?),
        None => {
            // "the 12 previous months"
            if !c.t.is(c.i.saturating_sub(1), "the") {
                return None;
            }
            let n = c.count()?;
            let k = c.rel().filter(|&k| k != 0)?;
            (k, n)
        }
    };
    unit_adjective(c);
    let u = c.unit()?;
    if matches!(n, Count::Article) {
        return None;
    }
    let future = k > 0;
    let Some(n) = n.whole().filter(|&n| n <= 10_000) else {
        return Some(with(Expr::Vague, TimeKind::Vague));
    };
    if n == 0 || (n == 1 && !c.prev_plural()) && !matches!(u, Unit::Hour | Unit::Minute) {
        return (n == 1).then(|| Expr::Window(u, 1, future).into());
    }
    // "the next 3 days" starts tomorrow (as both peer suites read it).
    if future && u == Unit::Day {
        return Some(Expr::NextDays(n).into());
    }
    Some(Expr::Window(u, n, future).into())
}

fn units_ago(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let n = c.count()?;
    unit_adjective(c);
    let u = c.unit()?;
    let dir = c.one_of(&["ago", "back", "from", "hence", "earlier", "later", "before", "prior", "after"])?;
    // "three days later than planned" compares lengths.
    if matches!(dir, 4 | 5) && c.t.is(c.i, "than") {
        return None;
    }
    let t = c.t;
    // "before", "prior", "after" end the expression only where nothing follows them ("a year
    // before"; "two weeks before the vote" is a shift of another time, or a length).
    let bare_end = |c: &Cur<'_, '_>| {
        let i = c.i;
        i >= t.len() || t.kind(i) != Some(crate::lex::Kind::Word) || t.entry(i).prep != 0 && !t.is(i, "the")
    };
    let sign = match dir {
        0 | 1 => -1,
        2 => {
            c.one_of(&["now", "today"])?;
            1
        }
        3 => 1,
        4 => -2,
        5 => 2,
        6 | 7 if bare_end(c) => -2,
        8 if bare_end(c) => 2,
        _ => return None,
    };
    let Some(n) = n.whole() else {
        return Some(with(Expr::Vague, TimeKind::Vague));
    };
    Some(match sign {
        -2 => Expr::Earlier(None, u, n).into(),
        2 => Expr::Anaphor(u, i32::try_from(n).ok()?).into(),
        s => Expr::Ago(u, n, s).into(),
    })
}

fn present(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let t = c.t;
    let start = c.i;
    let after_at = start > 0 && t.is(start - 1, "at");
    let ok = match c.one_of(&[
        "now",
        "currently",
        "presently",
        "nowadays",
        "present",
        "the",
        "right",
        "these",
        "to",
        "so",
        "thus",
        "as",
    ])? {
        0 => {
            // "from now on", "two weeks from now" are other rules'; "now that" is a conjunction;
            // "the now-cancelled deal": an adjective.
            let from = start > 0 && t.is(start - 1, "from");
            let adjective = t.dash(c.i) && t.glued(c.i);
            !from && !adjective && !t.is(c.i, "that")
        }
        1..=3 => true,
        // "at present", "at the moment", "at the present time"
        4 => after_at,
        5 => {
            let ok = after_at && (c.word("moment") || c.word("present"));
            if ok {
                c.opt("time");
            }
            ok
        }
        6 => c.word("now"),
        7 => c.word("days"),
        8 => {
            // "to date", not "up to date", "up-to-date" or "to-date"
            c.word("date")
                && !(start > 0 && t.is(start - 1, "up"))
                && !(t.glued(start) && start > 0 && t.dash(start - 1))
                && !(t.dash(c.i) && t.glued(c.i))
        }
        9 | 10 => {
            c.word("far")
                && !t.is_any(
                    c.i,
                    &["away", "as", "from", "behind", "ahead", "beyond", "too", "more", "less", "short", "removed"],
                )
        }
        _ => c.word("yet"),
    };
    ok.then(|| with(Expr::Present, TimeKind::AsOf))
}

fn vague(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let t = c.t;
    let start = c.i;
    if c.one_of(&["recently", "lately", "soon"]).is_some() {
        // "the soon-to-open terminal": part of an adjective.
        if t.dash(c.i) && t.glued(c.i) {
            return None;
        }
        return Some(with(Expr::Vague, TimeKind::Vague));
    }
    // "in |recent years", "recent months", "recent history"
    let recent = c.attempt(|c| {
        c.opt("in");
        c.opt("more");
        c.word("recent").then_some(())?;
        c.one_of(&["days", "weeks", "months", "years", "decades", "times", "history", "memory"])?;
        Some(())
    });
    if recent.is_some() {
        return Some(with(Expr::Vague, TimeKind::Vague));
    }
    // "the recent downturn", "recent U.S. history": the adjective alone (it governs no claim).
    if c.word("recent") {
        let noun = t.is_word(c.i) || t.capital(c.i);
        return noun.then(|| with(Expr::Vague, TimeKind::Vague));
    }
    // "the past", "the future", "the near future", "the coming months"
    c.word("the").then_some(())?;
    match c.one_of(&["past", "future", "near", "coming", "distant", "foreseeable", "long", "short"])? {
        0 => {
            // "the past" alone: not "the past year", "the past 12 months", "the past few years".
            let next = c.entry();
            if next.unit.is_some() || next.card != 0 || next.vague || t.kind(c.i) == Some(crate::lex::Kind::Num) {
                return None;
            }
        }
        1 => {}
        2 => {
            c.one_of(&["future", "term"])?;
        }
        4 | 5 => {
            c.word("future").then_some(())?;
        }
        3 => {
            c.one_of(&["days", "weeks", "months", "years", "decades"])?;
        }
        _ => {
            c.word("term").then_some(())?;
        }
    }
    let _ = start;
    Some(with(Expr::Vague, TimeKind::Vague))
}

fn to_date(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    // "year-to-date", "the fiscal year to date", "YTD"
    if let Some(u) = c.attempt(|c| {
        if c.opt("the") {
            c.opt("current");
        }
        let fiscal = c.one_of(&["fiscal", "financial"]).is_some();
        let u = if fiscal && !c.t.is_any(c.i, &["year", "yr"]) {
            Unit::FiscalYear
        } else {
            c.opt("calendar");
            let u = c.unit()?;
            if fiscal {
                Unit::FiscalYear
            } else {
                u
            }
        };
        let _ = c.dash();
        c.word("to").then_some(())?;
        let _ = c.dash();
        c.word("date").then_some(u)
    }) {
        return Some(with(Expr::UnitToDate(u), TimeKind::Period));
    }
    if let Some(k) = c.one_of(&["ytd", "fytd"]) {
        let u = if k == 0 { Unit::Year } else { Unit::FiscalYear };
        return Some(with(Expr::UnitToDate(u), TimeKind::Period));
    }
    // "so far this year", "so far in the current fiscal year", "earlier this year", "later this month"
    let how = c.one_of(&["so", "thus", "earlier", "later"])?;
    if how < 2 {
        c.word("far").then_some(())?;
    }
    if !c.opt("this") {
        c.word("in").then_some(())?;
        c.word("the").then_some(())?;
        c.opt("current");
    }
    let fiscal = c.one_of(&["fiscal", "financial"]).is_some();
    let u = c.unit()?;
    if c.prev_plural() || !matches!(u, Unit::Year | Unit::Month | Unit::Quarter | Unit::Week | Unit::Decade) {
        return None;
    }
    let u = if fiscal { Unit::FiscalYear } else { u };
    let e = if how == 3 { Expr::UnitRest(u) } else { Expr::UnitToDate(u) };
    Some(with(e, TimeKind::Period))
}

fn anaphor(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    // "that year", "the same month", "that time", "the same period"
    if let Some(e) = c.attempt(|c| {
        let that = match c.one_of(&["that", "the"])? {
            0 => true,
            _ => {
                c.word("same").then_some(())?;
                false
            }
        };
        // "at the same time" is as often "meanwhile" as a time; "that time" refers.
        if c.one_of(&["time", "period", "date", "moment", "point"]).is_some() {
            let time = c.t.is(c.i - 1, "time");
            return (that || !time).then_some(Expr::Same);
        }
        let fiscal = c.one_of(&["fiscal", "financial"]).is_some();
        let u = c.unit()?;
        if c.prev_plural() {
            return None;
        }
        Some(if fiscal { Expr::Anaphor(Unit::FiscalYear, 0) } else { Expr::Anaphor(u, 0) })
    }) {
        return Some(e.into());
    }
    // "the year before", "the day after"
    c.word("the").then_some(())?;
    let u = c.unit()?;
    if c.prev_plural() {
        return None;
    }
    let dir = c.one_of(&["before", "after", "earlier", "later", "prior", "previous"])?;
    // "the day after the vote" is a shift of another time; only "the day after." ends here.
    let t = c.t;
    let bare = c.i >= t.len() || !t.is_word(c.i) || (t.entry(c.i).prep != 0 && !t.is(c.i, "the"));
    if matches!(dir, 0 | 1 | 4) && !bare {
        return None;
    }
    match dir {
        0 | 2 | 4 | 5 => Some(Expr::Earlier(Some(u), u, 1).into()),
        _ => Some(Expr::Anaphor(u, 1).into()),
    }
}

/// "last year", "a year earlier", "a year ago", "the previous year": the comparison year.
fn last_year(c: &mut Cur<'_, '_>) -> Option<()> {
    c.attempt(|c| {
        if c.word("last") {
            return c.word("year").then_some(());
        }
        if c.one_of(&["a", "one"]).is_some() {
            c.word("year").then_some(())?;
            return c.one_of(&["earlier", "ago", "before", "prior"]).map(|_| ());
        }
        c.word("the").then_some(())?;
        if c.word("year") {
            return c.one_of(&["before", "earlier", "prior"]).map(|_| ());
        }
        c.one_of(&["previous", "prior", "preceding", "last"])?;
        c.word("year").then_some(())
    })
}

fn baseline(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    // "the same period last year", "the same month a year earlier", "the same quarter of the last year"
    if let Some(g) = c.attempt(|c| {
        c.word("the").then_some(())?;
        c.word("same").then_some(())?;
        let g = match c.one_of(&["period", "time", "season"]) {
            Some(_) => None,
            None => {
                let u = c.unit()?;
                (!c.prev_plural()).then_some(u)?;
                Some(u)
            }
        };
        let _ = c.one_of(&["of", "in"]);
        last_year(c)?;
        Some(g)
    }) {
        return Some(with(Expr::Earlier(g, Unit::Year, 1), TimeKind::Baseline));
    }
    // "year-ago", "the year-ago quarter", "year-earlier levels"
    c.opt("the");
    c.word("year").then_some(())?;
    if !c.dash() {
        return None;
    }
    c.one_of(&["ago", "earlier"])?;
    let g = c.attempt(|c| {
        if c.one_of(&["period", "levels", "level", "figure", "figures"]).is_some() {
            return Some(None);
        }
        let u = c.unit()?;
        (!c.prev_plural()).then_some(Some(u))
    });
    Some(with(Expr::Earlier(g.flatten(), Unit::Year, 1), TimeKind::Baseline))
}

fn event(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let t = c.t;
    let start = c.i;
    let after_signal = start > 0 && t.is_any(start - 1, super::EVENT_SIGNALS);
    if !after_signal {
        return None;
    }
    // "since the beginning of Russia's full-scale invasion": the event's own date.
    let (end, named) = events::name_at(t, start).or_else(|| {
        let onset = t.is(start, "the")
            && t.is_any(start + 1, &["beginning", "start", "onset", "outset"])
            && t.is(start + 2, "of");
        onset.then(|| events::name_at(t, start + 3)).flatten().filter(|(_, n)| matches!(n, Named::Event(_)))
    })?;
    let expr = match named {
        Named::Tenure => Expr::Tenure,
        Named::Event(k) => Expr::Event(k),
        Named::Signed => Expr::Event(events::law_before(t, start)?),
    };
    c.i = end;
    Some(expr.into())
}

/// "during the quarter", "in the fiscal year": a unit of the time in focus, after a preposition.
fn unit_after_prep(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let t = c.t;
    let start = c.i;
    let prep = start > 0
        && t.is_any(
            start - 1,
            &["in", "during", "for", "over", "through", "throughout", "within", "by", "since", "until", "till", "at"],
        );
    // "to end the day at 7,114", "closed the day down 3%": the trading day in focus.
    let day_verb = start > 0
        && t.is_any(
            start - 1,
            &[
                "end",
                "ended",
                "ending",
                "ends",
                "finish",
                "finished",
                "finishing",
                "close",
                "closed",
                "closing",
                "start",
                "started",
                "starting",
                "begin",
                "began",
                "open",
                "opened",
                "opening",
            ],
        );
    if !(prep || day_verb) || !t.is(start, "the") {
        return None;
    }
    let e = unit_in_focus(c)?;
    let day = matches!(e, Expr::Anaphor(Unit::Day, _));
    // "in the day" and "for the week" are idioms as often as times: the day only after a verb
    // of trading, "for the day" or "later in the day".
    let day_ok = day_verb
        || t.is(start - 1, "for")
        || (t.is(start - 1, "in") && start > 1 && t.is_any(start - 2, &["later", "late", "earlier", "early"]));
    if (day && !day_ok) || (!day && day_verb) || matches!(e, Expr::Anaphor(Unit::Week, _)) {
        return None;
    }
    Some(e.into())
}

/// "a second consecutive day", "the third straight month", "(for the) fourth week in a row": the
/// unit containing the reference date, the latest of a run.
fn nth_in_a_row(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let _ = c.one_of(&["a", "an", "the"]);
    let n = c.ordinal()?;
    if n < 2 {
        return None;
    }
    let adjective = c.one_of(&["consecutive", "straight", "successive", "running"]).is_some();
    let u = c.unit()?;
    if c.prev_plural() || !matches!(u, Unit::Day | Unit::Week | Unit::Month | Unit::Quarter | Unit::Year) {
        return None;
    }
    if !adjective {
        c.attempt(|c| (c.word("in") && c.word("a") && c.word("row")).then_some(()))?;
    }
    Some(Expr::RelUnit(u, 0).into())
}
