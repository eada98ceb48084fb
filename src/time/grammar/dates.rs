//! Calendar dates: days, months, years, weekdays, decades, centuries and holidays.

use super::class::*;
use super::{Parsed, Rule};
use crate::time::cursor::{two_digit_year, Cur, Toks};
use crate::time::holiday::{self, Which};
use crate::time::resolve::{Dur, Expr, Unit, YearSpec};

pub(super) static RULES: &[Rule] = &[
    Rule {
        name: "month_day",
        first: MONTH | WEEKDAY,
        parse: month_day,
        examples: &[
            "November 17, 2023",
            "Friday, Nov. 17, 2023",
            "Nov 17 2023",
            "March 3-5, 2024",
            "Nov. 17",
            "June 8th",
        ],
    },
    Rule {
        name: "day_month",
        first: THE | NUM2 | ORD | WEEKDAY | WORD,
        parse: day_month,
        examples: &[
            "17 November 2023",
            "the 3rd of March 2024",
            "5 Jun 1999",
            "3-5 March 2024",
            "11 December",
            "the 3rd of March",
        ],
    },
    Rule {
        name: "month_year",
        first: MONTH,
        parse: month_year,
        examples: &["April 2023", "Jan. 2021", "March of 2022", "May '22", "December, 2019", "October of next year"],
    },
    Rule {
        name: "numeric_date",
        first: NUM | MONTH,
        parse: numeric_date,
        examples: &["2023-11-17", "11/17/2023", "17.11.2023", "07-Aug-2021", "2021/aug/07", "Aug-07-2021", "11/17/23"],
    },
    Rule {
        name: "year_range",
        first: NUM4,
        parse: year_range,
        examples: &["2019-2022", "2019–22", "2022/23", "2023-24"],
    },
    Rule {
        name: "numeric_month",
        first: NUM2 | NUM4,
        parse: numeric_month,
        examples: &["03/2024", "2021-08", "3/2024"],
    },
    Rule {
        name: "slash_day",
        first: NUM2 | WEEKDAY,
        parse: slash_day,
        examples: &["on |4/22", "by |12/31", "Friday 7/6"],
    },
    Rule {
        name: "weekday",
        first: WEEKDAY | REL | WORD,
        parse: weekday,
        examples: &[
            "Tuesday",
            "last Friday",
            "Tuesday morning",
            "Wednesday of next week",
            "next week's Monday",
            "Tuesday the 19th",
            "Monday after next",
            "this coming Friday",
            "Tuesdays",
        ],
    },
    Rule {
        name: "weekday_count",
        first: NUM2 | CARD,
        parse: weekday_count,
        examples: &["two Mondays from now", "three Fridays ago"],
    },
    Rule {
        name: "relative_day",
        first: THE | WORD | REL | UNIT,
        parse: relative_day,
        examples: &["today", "yesterday morning", "the day after tomorrow", "last night", "this morning", "tonight"],
    },
    Rule {
        name: "named_year",
        first: THE | WORD | UNIT,
        parse: named_year,
        examples: &["the year 2008", "the calendar year of 2008", "CY 2008", "calendar year 2024"],
    },
    Rule {
        name: "year",
        first: NUM4 | CARD | APOS,
        parse: year,
        examples: &[
            "in |2022",
            "since |nineteen ninety-eight",
            "in |two thousand and nine",
            "the |2023| survey",
            "since |'82",
        ],
    },
    Rule {
        name: "decade",
        first: THE | WORD | NUM2 | NUM4 | APOS,
        parse: decade,
        examples: &["the 1990s", "the '90s", "the nineties", "1980s", "the 80s", "the 2000s", "the 1990's"],
    },
    Rule {
        name: "century",
        first: THE | WORD | ORD | NUM2 | CARD,
        parse: century,
        examples: &["the 19th century", "the twenty-first century"],
    },
    Rule {
        name: "month_relative",
        first: REL | MONTH,
        parse: month_relative,
        examples: &["last April", "this past November", "next March", "this coming June", "March after next"],
    },
    Rule { name: "month", first: MONTH, parse: month_alone, examples: &["in |March", "since |November", "December"] },
    Rule {
        name: "month_of",
        first: THE | UNIT,
        parse: month_of,
        examples: &["in |the month of March", "the month of May 2023"],
    },
    Rule {
        name: "nth_of_period",
        first: THE | WORD | ORD | NUM2,
        parse: nth_of_period,
        examples: &[
            "the second Tuesday of March 2024",
            "the last Friday in May",
            "the first week of August 2024",
            "the fourth month of 2025",
            "the last day of February 2024",
            "the 10th of next month",
            "the second last week of 2024",
        ],
    },
    Rule { name: "day_of_month", first: THE | WORD | NUM2, parse: day_of_month, examples: &["on |the 15th"] },
    Rule {
        name: "week_of",
        first: THE | WORD | UNIT,
        parse: week_of,
        examples: &["the week of March 3", "the week beginning 5 June 2023"],
    },
    Rule {
        name: "holiday",
        first: NAME | REL,
        parse: holiday_rule,
        examples: &[
            "Christmas",
            "Thanksgiving 2025",
            "last Easter",
            "MLK Day of last year",
            "Memorial Day",
            "Christmas, 2023",
        ],
    },
];

/// A day of a month, if both are possible.
fn day(y: YearSpec, m: u32, d: u32) -> Option<Expr> {
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some(Expr::Day(y, m, d))
}

/// A day, or a range of days of one month ("March 3-5").
fn days(y: YearSpec, m: u32, d1: u32, d2: Option<u32>) -> Option<Parsed> {
    let a = day(y, m, d1)?;
    Some(match d2 {
        Some(d2) => Expr::Range(Box::new(a), Box::new(day(y, m, d2)?)).into(),
        None => a.into(),
    })
}

/// "Friday, ", "Tues. ": a weekday before a date (it adds nothing the date does not say).
fn weekday_prefix(c: &mut Cur<'_, '_>) {
    let _ = c.attempt(|c| {
        c.weekday()?;
        c.comma();
        c.opt("the");
        // A weekday ending a title line is not the date on the line below.
        (!c.t.line_break_before(c.i)).then_some(())
    });
}

/// The word joining two days or years of a range: a dash, "to", "through", "until", "and".
fn joiner(c: &mut Cur<'_, '_>) -> bool {
    c.dash() || c.one_of(&["to", "through", "thru", "until", "till", "and"]).is_some()
}

/// The second day of a range after the first: "-5", " to the 5th" (later than the first).
fn second_day(c: &mut Cur<'_, '_>, d1: u32) -> Option<u32> {
    c.attempt(|c| {
        if !joiner(c) {
            return None;
        }
        c.opt("the");
        c.day_num().filter(|&d2| d2 > d1)
    })
}

/// ", 2023", " of 2023", " 2023", " '23": the year after a day or month.
fn year_after(c: &mut Cur<'_, '_>) -> Option<i32> {
    c.attempt(|c| {
        c.comma();
        if !c.opt("of") {
            c.opt("in");
        }
        c.year().or_else(|| c.short_year())
    })
}

/// Whether the month word just read could be a verb or modal ("may", "march" in lower case).
fn verb_month(c: &Cur<'_, '_>) -> bool {
    let w = c.t.s(c.i.saturating_sub(1));
    !c.t.capital(c.i - 1) && (w.eq_ignore_ascii_case("may") || w.eq_ignore_ascii_case("march"))
}

fn month_day(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    weekday_prefix(c);
    let m = c.month()?;
    let month_at = c.i - 1;
    c.opt("the");
    let d1 = c.day_num()?;
    // "March 5 2024-2025" or "May 5:30" are not dates.
    if c.t.sym(c.i, ':') && c.t.glued(c.i) {
        return None;
    }
    let d2 = second_day(c, d1);
    match year_after(c) {
        Some(y) => days(YearSpec::Abs(y), m, d1, d2),
        None => {
            let w = c.t.s(month_at);
            if w.eq_ignore_ascii_case("may") && !c.t.capital(month_at) {
                return None;
            }
            days(YearSpec::Implied, m, d1, d2)
        }
    }
}

fn day_month(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    weekday_prefix(c);
    let the = c.opt("the");
    let words = c.t.kind(c.i) == Some(crate::lex::Kind::Word);
    let d1 = c.day_num()?;
    let d2 = second_day(c, d1);
    let of = c.opt("of");
    // "the first March after ..." is not a date: ordinals in words need "of".
    if words && !of {
        return None;
    }
    let m = c.month_strong()?;
    let y = year_after(c);
    if y.is_none() && !of && verb_month(c) {
        return None;
    }
    let _ = the;
    days(y.map_or(YearSpec::Implied, YearSpec::Abs), m, d1, d2)
}

fn month_year(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let m = c.month()?;
    // "October of next year"
    if let Some(k) = c.attempt(|c| {
        c.word("of").then_some(())?;
        let k = match c.one_of(&["this", "last", "next"])? {
            0 => 0,
            1 => -1,
            _ => 1,
        };
        c.word("year").then_some(k)
    }) {
        return Some(Expr::Month(YearSpec::Rel(k), m).into());
    }
    c.attempt(|c| {
        let _ = c.comma() || c.dash() || c.sym('/') || c.opt("of") || c.opt("in");
        Some(())
    });
    let y = c.year().or_else(|| c.short_year())?;
    Some(Expr::Month(YearSpec::Abs(y), m).into())
}

/// The digits of token `i` as a number, if they are 1-2 digits.
fn small(t: &Toks<'_>, i: usize) -> Option<u32> {
    t.digits(i).filter(|&(_, n)| n <= 2).map(|(v, _)| v)
}

/// A glued separator ("-", "/", "."): which one.
fn sep(c: &mut Cur<'_, '_>) -> Option<char> {
    if !c.glued() {
        return None;
    }
    ['-', '/', '.'].into_iter().find(|&s| c.sym(s))
}

fn numeric_date(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let t = c.t;
    // "17.11.2023": the lexer reads "17.11" as one number.
    let s = c.s();
    if let Some((a, b)) = s.split_once('.').filter(|_| t.kind(c.i) == Some(crate::lex::Kind::Num)) {
        let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
        c.i += 1;
        if !(c.glued() && c.sym('.') && c.glued()) {
            return None;
        }
        let (y, n) = t.digits(c.i)?;
        c.i += 1;
        if s.split_once('.')?.0.len() == 4 {
            // "2009.12.15"
            let d = (n <= 2).then_some(y)?;
            return day(YearSpec::Abs(a as i32), b, d).map(Into::into);
        }
        let y = if n == 4 { y as i32 } else { return None };
        let (m, d) = if a > 12 { (b, a) } else { (a, b) };
        return day(YearSpec::Abs(y), m, d).map(Into::into);
    }
    // "Aug-07-2021", "Nov/2"
    if let Some(m) = c.attempt(|c| c.month_any_case()) {
        let s1 = sep(c)?;
        let d = small(t, c.i)?;
        c.i += 1;
        if let Some(y) = c.attempt(|c| {
            sep(c)?;
            year_digits(c)
        }) {
            return day(YearSpec::Abs(y), m, d).map(Into::into);
        }
        // "Nov/2": a month and a day, not followed by more digits.
        if s1 != '/' || (c.t.glued(c.i) && c.t.kind(c.i + 1) == Some(crate::lex::Kind::Num)) {
            return None;
        }
        return day(YearSpec::Implied, m, d).map(Into::into);
    }
    let (a, n) = t.digits(c.i)?;
    if c.glued_before(c.i) {
        return None;
    }
    c.i += 1;
    let s1 = sep(c)?;
    if n == 4 {
        // "2023-11-17", "2021/aug/07"
        let m = match small(t, c.i) {
            Some(m) => {
                c.i += 1;
                m
            }
            None => c.month_any_case()?,
        };
        if sep(c)? != s1 {
            return None;
        }
        let d = small(t, c.i)?;
        c.i += 1;
        if c.t.glued(c.i)
            && (c.t.sym(c.i, '-') || c.t.sym(c.i, '/'))
            && c.t.kind(c.i + 1) == Some(crate::lex::Kind::Num)
        {
            return None;
        }
        return day(YearSpec::Abs(a as i32), m, d).map(Into::into);
    }
    if n > 2 {
        return None;
    }
    // "07-Aug-2021", "31-Oct-74"
    if let Some(m) = c.attempt(|c| c.month_any_case()) {
        sep(c)?;
        let y = match c.attempt(year_digits) {
            Some(y) => y,
            None => {
                let (yy, n) = t.digits(c.i).filter(|&(_, n)| n == 2)?;
                c.i += 1;
                let _ = n;
                two_digit_year(yy as i32)
            }
        };
        return day(YearSpec::Abs(y), m, a).map(Into::into);
    }
    let b = small(t, c.i)?;
    c.i += 1;
    if sep(c)? != s1 {
        return None;
    }
    let (y, yn) = t.digits(c.i)?;
    c.i += 1;
    if c.glued_after(c.i - 1) {
        return None;
    }
    let y = match yn {
        4 => y as i32,
        2 if s1 == '/' => two_digit_year(y as i32),
        _ => return None,
    };
    let (m, d) = if a > 12 && b <= 12 { (b, a) } else { (a, b) };
    day(YearSpec::Abs(y), m, d).map(Into::into)
}

/// Four digits of a year ending a numeric date ("07-Aug-2021"), not continued by more digits.
fn year_digits(c: &mut Cur<'_, '_>) -> Option<i32> {
    let (y, n) = c.t.digits(c.i)?;
    if n != 4 || !(1000..=2999).contains(&y) || c.glued_after(c.i) {
        return None;
    }
    c.i += 1;
    Some(y as i32)
}

/// "2019-2022", "2019–22", "2022/23": a range of years, or a split year ("2023-24": the fiscal
/// year starting in 2023 where fiscal years straddle calendar years).
fn year_range(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let y1 = c.year4_start()?;
    let slash = c.sym('/');
    if !slash && !c.dash() {
        return None;
    }
    let (v, n) = c.t.digits(c.i)?;
    if c.glued_after(c.i) {
        return None;
    }
    c.i += 1;
    let y2 = match n {
        4 => v as i32,
        2 => y1 / 100 * 100 + v as i32,
        _ => return None,
    };
    if y2 <= y1 || y2 > 2100 || (n == 2 && y2 - y1 > 10) {
        return None;
    }
    if y2 == y1 + 1 {
        return Some(Expr::SplitYear(y1, false).into());
    }
    if slash {
        return None;
    }
    Some(Expr::Range(Box::new(Expr::Year(y1)), Box::new(Expr::Year(y2))).into())
}

/// "03/2024", "2021-08": a month of a year.
fn numeric_month(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let t = c.t;
    let (a, n) = t.digits(c.i)?;
    if c.glued_before(c.i) {
        return None;
    }
    c.i += 1;
    sep(c).filter(|&s| s != '.')?;
    if n == 4 {
        let m = small(t, c.i).filter(|m| (1..=12).contains(m))?;
        c.i += 1;
        if c.glued_after(c.i - 1) || (c.t.glued(c.i) && c.t.dash(c.i)) {
            return None;
        }
        return Some(Expr::Month(YearSpec::Abs(a as i32), m).into());
    }
    if !(1..=12).contains(&a) || n > 2 {
        return None;
    }
    let y = year_digits(c)?;
    Some(Expr::Month(YearSpec::Abs(y), a).into())
}

/// "on 4/22": a month and day in digits, only after a preposition of time or a weekday.
fn slash_day(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let t = c.t;
    // "Friday 7/6"
    if c.attempt(|c| {
        c.weekday()?;
        c.comma();
        (t.kind(c.i) == Some(crate::lex::Kind::Num)).then_some(())
    })
    .is_some()
    {
        let (a, b) = c.attempt(|c| {
            let a = small(t, c.i)?;
            c.i += 1;
            (c.glued() && c.sym('/') && c.glued()).then_some(())?;
            let b = small(t, c.i)?;
            c.i += 1;
            Some((a, b))
        })?;
        if c.t.glued(c.i) && c.t.sym(c.i, '/') {
            return None;
        }
        let (m, d) = if a > 12 { (b, a) } else { (a, b) };
        return day(YearSpec::Implied, m, d).map(Into::into);
    }
    let start = c.i;
    let timey = start > 0
        && (t.is_any(
            start - 1,
            &["on", "by", "until", "till", "since", "from", "before", "after", "through", "thru", "of"],
        ) || t.entry(start - 1).weekday != 0
            || (start > 1 && t.sym(start - 1, ',') && t.entry(start - 2).weekday != 0));
    if !timey || c.glued_before(start) {
        return None;
    }
    let a = small(t, c.i)?;
    c.i += 1;
    if !(c.glued() && c.sym('/') && c.glued()) {
        return None;
    }
    let b = small(t, c.i)?;
    c.i += 1;
    if c.t.glued(c.i) && c.t.sym(c.i, '/') {
        return None;
    }
    let (m, d) = if a > 12 { (b, a) } else { (a, b) };
    day(YearSpec::Implied, m, d).map(Into::into)
}

/// Words for a part of a day after a day ("Tuesday morning"): read and dropped (days are the
/// finest unit).
fn part_of_day(c: &mut Cur<'_, '_>) {
    let _ = c.one_of(&["morning", "afternoon", "evening", "night", "noon"]);
}

fn weekday(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let t = c.t;
    // "this past", "this coming", "last", "next", ...
    let rel = c.attempt(|c| {
        let first = c.one_of(&["this", "last", "next", "past", "coming", "previous", "upcoming"])?;
        let second = if first == 0 { c.one_of(&["past", "coming"]) } else { None };
        Some(match (first, second) {
            (0, Some(0)) | (3, _) => "past",
            (0, Some(_)) | (4, _) | (6, _) => "coming",
            (0, None) => "this",
            (1, _) | (5, _) => "last",
            _ => "next",
        })
    });
    // "next week's Monday", "next week Wednesday"
    if rel.is_some() && (c.word("week's") || c.word("week")) {
        let wd = c.weekday()?;
        return Some(Expr::Weekday(wd, Some(offset(rel?))).into());
    }
    // "Tuesdays": every Tuesday.
    let e = c.entry();
    let w = c.s();
    let plural = w.len() > 6 && w.ends_with(['s', 'S']) && !w.ends_with("'s") && !w.ends_with("\u{2019}s");
    if rel.is_none() && e.weekday != 0 && plural && c.t.capital(c.i) {
        c.i += 1;
        return Some(Expr::Set(Dur { n: Some(1.into()), unit: Unit::Week }).into());
    }
    let wd = c.weekday()?;
    part_of_day(c);
    if let Some(rel) = rel {
        let e = match rel {
            "past" => Expr::Weekday(wd, None),
            "coming" => Expr::WeekdayAfter(wd, 1),
            r => Expr::Weekday(wd, Some(offset(r))),
        };
        return Some(e.into());
    }
    // "Monday after next"
    if c.attempt(|c| (c.word("after") && c.word("next")).then_some(())).is_some() {
        return Some(Expr::WeekdayAfter(wd, 2).into());
    }
    // "Wednesday of next week", "Friday this week"
    let week = c.attempt(|c| {
        c.opt("of");
        let k = match c.one_of(&["this", "last", "next", "the"])? {
            0 => 0,
            1 => -1,
            2 => 1,
            _ => match c.one_of(&["previous", "following", "coming"])? {
                0 => -1,
                _ => 1,
            },
        };
        c.word("week").then_some(k)
    });
    if let Some(k) = week {
        return Some(Expr::Weekday(wd, Some(k)).into());
    }
    // "Tuesday the 19th", "Tuesday, the 19th"
    let dated = c.attempt(|c| {
        c.comma();
        let the = c.opt("the");
        let words = t.kind(c.i) == Some(crate::lex::Kind::Word);
        let d = c.day_num()?;
        // "Tuesday the first generation": an ordinal word before a noun is no day.
        if words && t.is_word(c.i) {
            return None;
        }
        // "Friday 31" without "the" only at a clause end.
        if !the && !words {
            let end = c.i >= t.len() || t.line_break_before(c.i) || [".", ",", ";", "!", "?", ")"].contains(&t.s(c.i));
            if !end || (t.s(c.i) == "." && t.kind(c.i + 1) == Some(crate::lex::Kind::Num) && t.glued(c.i + 1)) {
                return None;
            }
        }
        Some(d)
    });
    if let Some(d) = dated {
        return Some(Expr::WeekdayDay(wd, d).into());
    }
    Some(Expr::Weekday(wd, None).into())
}

fn offset(rel: &str) -> i32 {
    match rel {
        "last" | "past" => -1,
        "this" => 0,
        _ => 1,
    }
}

fn weekday_count(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let n = c.count()?.whole()? as i32;
    let e = c.entry();
    if e.weekday == 0 || !c.s().ends_with(['s', 'S']) || n == 0 {
        return None;
    }
    let wd = u32::from(e.weekday) - 1;
    c.i += 1;
    let sign = match c.one_of(&["from", "hence", "ago", "back"])? {
        0 => c.word("now").then_some(1)?,
        1 => 1,
        _ => -1,
    };
    Some(Expr::WeekdayAfter(wd, n * sign).into())
}

fn relative_day(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    // "the day before yesterday", "the day after tomorrow"
    if let Some(k) = c.attempt(|c| {
        c.opt("the");
        c.word("day").then_some(())?;
        let k = match (c.one_of(&["before", "after"])?, c.one_of(&["yesterday", "tomorrow"])?) {
            (0, 0) => -2,
            (1, 1) => 2,
            _ => return None,
        };
        Some(k)
    }) {
        return Some(Expr::RelDay(k).into());
    }
    // "this morning", "last night"
    if let Some(k) = c.attempt(|c| {
        let k = match c.one_of(&["this", "last", "tomorrow", "yesterday"])? {
            0 => 0,
            1 => -1,
            2 => 1,
            _ => -1,
        };
        c.one_of(&["morning", "afternoon", "evening", "night"])?;
        Some(k)
    }) {
        return Some(Expr::RelDay(k).into());
    }
    let k = match c.one_of(&[
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "tmrw",
        "today's",
        "yesterday's",
        "tomorrow's",
    ])? {
        0 | 1 | 5 => 0,
        2 | 6 => -1,
        _ => 1,
    };
    part_of_day(c);
    Some(Expr::RelDay(k).into())
}

/// Words after which "2019" is a count: "about 2019 people".
const NAME_HEADS: &[&str] = &[
    "act",
    "acts",
    "law",
    "bill",
    "treaty",
    "agreement",
    "accord",
    "accords",
    "amendment",
    "amendments",
    "code",
    "resolution",
    "protocol",
    "convention",
    "declaration",
    "order",
    "directive",
    "ordinance",
    "statute",
    "regulation",
    "rule",
    "program",
    "initiative",
    "plan",
    "strategy",
    "framework",
    "report",
    "budget",
    "class",
];

/// Plural nouns a year commonly modifies ("2020 levels", "the 2022 elections").
const YEAR_PLURALS: &[&str] = &[
    "levels",
    "figures",
    "numbers",
    "results",
    "elections",
    "games",
    "olympics",
    "estimates",
    "rates",
    "prices",
    "totals",
    "projections",
    "forecasts",
    "guidelines",
    "rules",
    "standards",
    "targets",
    "goals",
    "sales",
    "earnings",
    "highs",
    "lows",
    "midterms",
    "statistics",
];

/// Whether the year just read (tokens `start..end`) is a time: after a preposition or a
/// determiner, at the start of a sentence, but not "2019 families" (a count) or "the Act of 2022"
/// (a name).
pub(super) fn year_licensed(t: &Toks<'_>, start: usize, end: usize) -> bool {
    let next = t.s(end);
    let next_plural = t.is_word(end)
        && !t.glued(end)
        && next.len() > 3
        && next.ends_with('s')
        && next.starts_with(|c: char| c.is_lowercase())
        && !YEAR_PLURALS.iter().any(|w| w.eq_ignore_ascii_case(next));
    if start == 0 || t.line_break_before(start) {
        return !next_plural;
    }
    // A title ending in its event's year: "Apple keynote at WWDC 2005".
    let name = t.s(start - 1);
    let named = name.chars().filter(|c| c.is_lowercase()).count() >= 2
        || (name.len() >= 4 && name.chars().all(|c| c.is_uppercase()));
    if (end >= t.len() || t.line_break_before(end)) && t.capital(start - 1) && t.is_word(start - 1) && named {
        return true;
    }
    let p = start - 1;
    let prev = t.s(p);
    if [".", "!", "?", ":", ";", "(", "[", "\u{201c}", "\""].contains(&prev) {
        return !next_plural;
    }
    if t.is(p, "of") {
        // "the Inflation Reduction Act of 2022" is a name.
        let name = p > 0 && t.capital(p - 1) && NAME_HEADS.iter().any(|h| t.is(p - 1, h));
        return !name && !next_plural;
    }
    if t.entry(p).prep != 0 {
        let weak = t.is_any(p, &["and", "or", "to", "than", "versus", "vs", "nor", "per", "up", "no", "as"]);
        return !(weak && next_plural);
    }
    let determiner = t
        .is_any(p, &["the", "its", "his", "her", "their", "our", "this", "that", "whose", "a", "an", "your", "my"])
        || prev.ends_with("'s")
        || prev.ends_with("\u{2019}s");
    if determiner {
        // "the 2021 Agreement", "the 2022 Act" are names.
        let name = t.capital(end) && NAME_HEADS.iter().any(|h| t.is(end, h));
        return t.is_word(end) && !next_plural && !name;
    }
    false
}

fn year(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let start = c.i;
    // "since '82"
    if let Some(y) = c.attempt(|c| {
        let y = c.short_year()?;
        let prep = start > 0
            && c.t.is_any(start - 1, &["since", "in", "by", "until", "of", "from", "to", "through", "before", "after"]);
        (prep && !c.t.is(c.i, "s")).then_some(y)
    }) {
        return Some(Expr::Year(y).into());
    }
    let y = c.year4().or_else(|| c.year_words())?;
    // Inside another expression ("early 2024", "the end of 2023") a year needs no licence.
    if c.depth == 0 && !year_licensed(c.t, start, c.i) {
        return None;
    }
    // "2023 Q4" and "2024 H1" are read by the quarter rules; "2019 to 2022" by ranges.
    Some(Expr::Year(y).into())
}

fn decade(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let the = c.opt("the");
    // "the nineties"
    if let Some(k) =
        c.one_of(&["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"])
    {
        if !the {
            return None;
        }
        return Some(Expr::Decade(1920 + 10 * k as i32).into());
    }
    let apos = c.sym('\'') || c.sym('\u{2019}');
    let (v, n) = c.t.digits(c.i)?;
    if c.continues_number(c.i) && !apos {
        return None;
    }
    c.i += 1;
    let y = match n {
        4 if v % 10 == 0 && (1000..=2990).contains(&v) => v as i32,
        // "the '90s", "the 80s" (without "the", "his 50s" is an age).
        2 if v % 10 == 0 && v >= 20 && (apos || the) => 1900 + v as i32,
        2 if v == 0 && apos => 2000,
        _ => return None,
    };
    // "1990s", "1990's"
    if !c.glued() {
        return None;
    }
    let _ = c.attempt(|c| (c.sym('\'') || c.sym('\u{2019}')).then_some(()));
    if !(c.glued() && c.word("s")) {
        return None;
    }
    Some(Expr::Decade(y).into())
}

fn century(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let start = c.i;
    let after_prep = start > 0 && c.t.entry(start - 1).prep != 0;
    if !(c.word("the") || after_prep) {
        return None;
    }
    let n = c.ordinal()?;
    c.word("century").then_some(())?;
    let y = (n - 1) * 100;
    (5..=22).contains(&n).then(|| Expr::Range(Box::new(Expr::Year(y)), Box::new(Expr::Year(y + 99))).into())
}

/// Words before a holiday's name that make it another calendar's ("Chinese New Year").
const OTHER_CALENDARS: &[&str] = &[
    "chinese",
    "lunar",
    "islamic",
    "hijri",
    "jewish",
    "parsi",
    "persian",
    "tamil",
    "thai",
    "vietnamese",
    "hindu",
    "sikh",
    "orthodox",
];

fn holiday_rule(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let start = c.i;
    let rel = c.one_of(&["this", "next", "last", "previous", "following", "coming", "upcoming"]);
    let (end, idx) = holiday::name_at(c.t, c.i)?;
    let name_at = c.i;
    if start > 0 && c.t.is_any(start - 1, OTHER_CALENDARS) {
        return None;
    }
    c.i = end;
    let mut which = match rel {
        None | Some(0 | 5 | 6) => Which::Upcoming,
        Some(1 | 4) => Which::Next,
        Some(_) => Which::Last,
    };
    let year = c.attempt(|c| {
        c.comma();
        if !c.opt("of") {
            c.opt("in");
        }
        c.year()
    });
    if let Some(y) = year {
        which = Which::Year(y);
    } else if let Some(k) = c.attempt(|c| {
        c.word("of").then_some(())?;
        let k = match c.one_of(&["this", "next", "last", "the"])? {
            0 => 0,
            1 => 1,
            2 => -1,
            _ => match c.one_of(&["previous", "following"])? {
                0 => -1,
                _ => 1,
            },
        };
        c.word("year").then_some(k)
    }) {
        which = Which::RelYear(k);
    }
    // "lent" is also a verb: "Lent" alone needs a capital or a year.
    if c.t.is(name_at, "lent") && !c.t.capital(name_at) && year.is_none() {
        return None;
    }
    Some(Expr::Holiday(idx, which).into())
}

fn month_relative(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    // "March after next"
    if let Some(m) = c.attempt(|c| {
        let m = c.month()?;
        (c.word("after") && c.word("next")).then_some(m)
    }) {
        return Some(Expr::MonthRel(m, 2).into());
    }
    let k = match c.one_of(&["last", "this", "next", "past", "coming", "previous"])? {
        1 => match c.one_of(&["past", "coming"]) {
            Some(0) => -1,
            Some(_) => 1,
            None => 0,
        },
        0 | 3 | 5 => -1,
        _ => 1,
    };
    let m = c.month()?;
    if verb_month(c) {
        return None;
    }
    Some(Expr::MonthRel(m, k).into())
}

/// A month name alone: after a preposition ("in March", "since November"), or a capitalised
/// full name that cannot be a verb or modal ("December").
fn month_alone(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let t = c.t;
    let start = c.i;
    let after_prep = start > 0
        && t.is_any(start - 1, &["in", "since", "until", "by", "during", "through", "before", "after", "from"]);
    let m = if after_prep { c.month_strong()? } else { c.month()? };
    let word = t.s(start);
    let prep =
        start > 0 && t.entry(start - 1).prep != 0 && !t.is_any(start - 1, &["and", "or", "to", "of", "than", "per"]);
    let ok = if c.depth > 0 {
        !verb_month(c)
    } else if prep {
        !verb_month(c)
            || t.is_any(start - 1, &["in", "since", "until", "by", "during", "through", "before", "after", "from"])
    } else {
        word.len() > 3 && t.capital(start) && !matches!(m, 3 | 5) && !(start > 0 && t.is(start - 1, "the"))
    };
    // "May" opening a sentence is a modal as often as a month.
    if word.eq_ignore_ascii_case("may") && !prep {
        return None;
    }
    ok.then(|| Expr::Month(YearSpec::Implied, m).into())
}

/// "the month of March", "the month of May 2023": the month named, not the month in focus.
fn month_of(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    c.opt("the");
    c.word("month").then_some(())?;
    c.word("of").then_some(())?;
    let (end, p, _) = super::parse_at(c.t, c.i, c.depth + 1)?;
    if !matches!(p.expr, Expr::Month(..)) {
        return None;
    }
    c.i = end;
    Some(p.expr.into())
}

/// "the second Tuesday of March", "the first week of August", "the 10th of next month".
fn nth_of_period(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    c.opt("the");
    let n = match c.ordinal() {
        Some(n) => n,
        None => {
            // "the 20th", "20 of next month": a day number.
            let (d, _) = c.t.digits(c.i).filter(|&(d, n)| n <= 2 && (1..=31).contains(&d))?;
            c.i += 1;
            if c.t.is_any(c.i, &["st", "nd", "rd", "th"]) && c.t.glued(c.i) {
                c.i += 1;
            } else if !c.t.is(c.i, "of") {
                return None;
            }
            d as i32
        }
    };
    // "the second last week": counting from the end.
    let n = if n > 0 && c.word("last") { -n } else { n };
    enum What {
        Weekday(u32),
        Week,
        Month,
        Day,
    }
    let what = match c.attempt(|c| c.weekday()) {
        Some(wd) => What::Weekday(wd),
        None => match c.one_of(&["week", "month", "day"]) {
            Some(0) => What::Week,
            Some(1) => What::Month,
            Some(_) => What::Day,
            // "the 1st of May", "the second of March": a day, named by "of" and counted from the
            // start ("final in November" is no date).
            None if n > 0 && c.t.is(c.i, "of") => What::Day,
            None => return None,
        },
    };
    c.one_of(&["of", "in"])?;
    let base = Box::new(super::period(c)?);
    Some(
        match what {
            What::Weekday(wd) => Expr::NthWeekdayOf(n, wd, base),
            What::Week => Expr::NthWeekOf(n, base),
            What::Month => Expr::NthMonthOf(n, base),
            What::Day => Expr::NthDayOf(n, base),
        }
        .into(),
    )
}

/// "on the 15th": a day of the reference month.
fn day_of_month(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let start = c.i;
    if !(start > 0 && c.t.is(start - 1, "on")) {
        return None;
    }
    c.word("the").then_some(())?;
    let (d, n) = c.t.digits(c.i)?;
    if n > 2 || !(1..=31).contains(&d) {
        return None;
    }
    c.i += 1;
    c.t.is_any(c.i, &["st", "nd", "rd", "th"]).then(|| c.i += 1)?;
    if c.t.is(c.i, "of") {
        return None;
    }
    Some(Expr::DayOfRefMonth(d).into())
}

/// "the week of March 3", "the week beginning 5 June 2023".
fn week_of(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    c.opt("the");
    c.word("week").then_some(())?;
    c.one_of(&["of", "beginning", "starting", "commencing"])?;
    c.opt("the");
    let base = super::period(c)?;
    if !matches!(base, Expr::Day(..)) {
        return None;
    }
    Some(Expr::WeekOf(Box::new(base)).into())
}

/// "the year 2008", "the calendar year of 2008", "CY 2008".
fn named_year(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    c.opt("the");
    if !c.word("cy") {
        c.opt("calendar");
        c.word("year").then_some(())?;
        c.opt("of");
    }
    let y = c.year4()?;
    Some(Expr::Year(y).into())
}
