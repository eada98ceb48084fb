//! Periods: quarters, halves, fiscal years, seasons, parts of periods ("early 2024", "the end of
//! the year") and windows composed from them ("the first eight months of 2023", "the 12 months
//! through March", "the year ended June 30, 2024").

use super::class::*;
use super::{period, Parsed, Rule};
use crate::time::cursor::{two_digit_year, Cur};
use crate::time::resolve::{Expr, Part, Unit, YearSpec};

pub(super) static RULES: &[Rule] = &[
    Rule {
        name: "quarter",
        first: THE | ORD | WORD | NUM2 | NUM4 | UNIT,
        parse: quarter,
        examples: &[
            "the third quarter of 2023",
            "Q3 2023",
            "2023 Q4",
            "Q1 FY2024",
            "FY24 Q3",
            "the fourth quarter",
            "third-quarter",
            "the first fiscal quarter",
            "3Q 2023",
            "the fourth quarters of 2022 and 2023",
            "the final quarter of last year",
        ],
    },
    Rule {
        name: "half",
        first: THE | ORD | WORD | NUM2 | NUM4 | PART,
        parse: half,
        examples: &[
            "the first half of 2024",
            "the second half of last year",
            "H1 2024",
            "2024 H2",
            "first-half",
            "the second half",
        ],
    },
    Rule {
        name: "fiscal_year",
        first: THE | WORD | NUM4,
        parse: fiscal_year,
        examples: &[
            "FY 2024",
            "FY24",
            "FY'24",
            "fiscal year 2024",
            "fiscal 2024",
            "FY2023-24",
            "financial year 2023 to 2024",
            "fiscal years 2022-2024",
            "FYs 2017 through 2020",
            "the 2023-24 fiscal year",
            "the 2024 fiscal year",
        ],
    },
    Rule {
        name: "season",
        first: THE | SEASON | REL | WORD,
        parse: season,
        examples: &[
            "summer 2023",
            "the summer of 2021",
            "last summer",
            "this spring",
            "the winter",
            "Fall 2024",
            "this past summer",
        ],
    },
    Rule {
        name: "part_of_period",
        first: THE | PART | WORD | UNIT | ORD | CONT,
        parse: part_of_period,
        examples: &[
            "early 2024",
            "mid-2023",
            "late last year",
            "the end of the year",
            "the beginning of March",
            "the very beginning of the financial year",
            "early next week",
            "the early 1990s",
            "year-end",
            "the rest of the year",
            "the latter part of 2022",
        ],
    },
    Rule {
        name: "first_units_of",
        first: THE | WORD | ORD,
        parse: first_units_of,
        examples: &[
            "the first eight months of 2023",
            "the first two weeks of March",
            "the last three months of the year",
        ],
    },
    Rule {
        name: "units_through",
        first: THE | WORD | NUM | CARD | UNIT,
        parse: units_through,
        examples: &[
            "the 12 months through March",
            "the 12 months ending June 2024",
            "the three months to September",
            "the year ended June 30, 2024",
            "the fiscal year ending September 30, 2023",
            "the quarter ended March 31",
            "12 months to March 2024",
        ],
    },
];

/// "first" (0) to "fourth" (3), "last"/"final" (`parts - 1`), as a part index.
fn part_index(n: i32, parts: u32) -> Option<u32> {
    match n {
        -1 => Some(parts - 1),
        1..=4 if n as u32 <= parts => Some(n as u32 - 1),
        _ => None,
    }
}

/// The year after "Q3", "H1": " 2023", "/2023", "-23", " FY2024", " '23" (None: no year).
fn year_of_part(c: &mut Cur<'_, '_>) -> Option<Expr> {
    c.attempt(|c| {
        let _ = c.sym('/') || c.dash() || c.comma() || c.opt("of");
        if let Some(fy) = c.attempt(fiscal_label) {
            return Some(fy);
        }
        if let Some(y) = c.year4_start().or_else(|| c.short_year()) {
            return Some(Expr::Year(y));
        }
        // "Q3-23", "Q3/23"
        let (yy, n) = c.t.digits(c.i).filter(|&(_, n)| n == 2)?;
        let glued = c.glued() && c.i > 0 && (c.t.dash(c.i - 1) || c.t.sym(c.i - 1, '/'));
        let _ = n;
        glued.then(|| {
            c.i += 1;
            Expr::Year(two_digit_year(yy as i32))
        })
    })
}

/// "FY2024", "FY 24", "fiscal year 2024", "fiscal 2024": a fiscal year by its label.
fn fiscal_label(c: &mut Cur<'_, '_>) -> Option<Expr> {
    let words = match c.one_of(&["fy", "fiscal", "financial"])? {
        0 => false,
        _ => {
            c.one_of(&["year", "yr"]);
            true
        }
    };
    let _ = c.sym('\'') || c.sym('\u{2019}');
    let (v, n) = c.t.digits(c.i)?;
    if c.continues_number(c.i) && !c.glued() {
        return None;
    }
    let y = match n {
        4 if (1900..=2100).contains(&v) => v as i32,
        2 if !words || c.t.is_any(c.i - 1, &["year", "yr", "'", "\u{2019}"]) => 2000 + v as i32,
        _ => return None,
    };
    c.i += 1;
    Some(Expr::FiscalYear(YearSpec::Abs(y)))
}

fn quarter(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let t = c.t;
    // "Q3 2023", "Q1 FY2024"
    if let Some(q) = c.attempt(|c| {
        c.word("q").then_some(())?;
        let (q, n) = t.digits(c.i).filter(|_| c.glued())?;
        (n == 1 && (1..=4).contains(&q)).then(|| c.i += 1)?;
        Some(q - 1)
    }) {
        let base = year_of_part(c).unwrap_or(Expr::CalYear(YearSpec::Implied));
        return Some(Expr::Sub(4, q, Box::new(base)).into());
    }
    // "2023 Q4", "FY24 Q3", "3Q 2023"
    if let Some(p) = c.attempt(|c| {
        let base = match c.attempt(fiscal_label) {
            Some(fy) => fy,
            None => {
                let (v, n) = t.digits(c.i)?;
                if n == 1 && (1..=4).contains(&v) && c.t.glued(c.i + 1) && c.t.is(c.i + 1, "q") {
                    // "3Q 2023"
                    c.i += 2;
                    let base = year_of_part(c)?;
                    return Some(Expr::Sub(4, v - 1, Box::new(base)).into());
                }
                Expr::Year(c.year4()?)
            }
        };
        let _ = c.dash() || c.sym('/');
        c.word("q").then_some(())?;
        let (q, n) = t.digits(c.i).filter(|_| c.glued())?;
        (n == 1 && (1..=4).contains(&q)).then(|| c.i += 1)?;
        Some(Expr::Sub(4, q - 1, Box::new(base)).into())
    }) {
        return Some(p);
    }
    // "the third quarter of 2023", "third-quarter", "the first fiscal quarter"
    let the = c.opt("the");
    let n = c.ordinal()?;
    let q = part_index(n, 4)?;
    let hyphen = c.dash();
    let fiscal = c.one_of(&["fiscal", "financial", "calendar"]).map(|k| k < 2).unwrap_or(false);
    let plural = c.one_of(&["quarter", "qtr", "quarters"])? == 2;
    if hyphen && !c.t.glued(c.i - 1) {
        return None;
    }
    if plural {
        // "the fourth quarters of 2022 and 2023"
        c.word("of").then_some(())?;
        let y1 = c.year4()?;
        c.one_of(&["and", "to", "through"])?;
        let y2 = c.year4().filter(|&y2| y2 > y1)?;
        let a = Expr::Sub(4, q, Box::new(Expr::Year(y1)));
        let b = Expr::Sub(4, q, Box::new(Expr::Year(y2)));
        return Some(Expr::Range(Box::new(a), Box::new(b)).into());
    }
    let base = c.attempt(|c| {
        if c.word("of") {
            return period(c);
        }
        c.comma();
        c.year4().map(Expr::Year)
    });
    let base = match base {
        Some(Expr::Year(y)) if fiscal => Expr::FiscalYear(YearSpec::Abs(y)),
        Some(b) => b,
        // "the last quarter" alone is the previous quarter (a relative rule).
        None if n == -1 => return None,
        None if fiscal => Expr::FiscalYear(YearSpec::Implied),
        None => Expr::CalYear(YearSpec::Implied),
    };
    let _ = the;
    Some(Expr::Sub(4, q, Box::new(base)).into())
}

fn half(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let t = c.t;
    // "H1 2024"
    if let Some(h) = c.attempt(|c| {
        c.word("h").then_some(())?;
        let (h, n) = t.digits(c.i).filter(|_| c.glued())?;
        (n == 1 && (1..=2).contains(&h)).then(|| c.i += 1)?;
        Some(h - 1)
    }) {
        let base = year_of_part(c)?;
        return Some(Expr::Sub(2, h, Box::new(base)).into());
    }
    // "2024 H1", "1H 2024"
    if let Some(p) = c.attempt(|c| {
        let (v, n) = t.digits(c.i)?;
        if n == 1 && (1..=2).contains(&v) && t.glued(c.i + 1) && t.is(c.i + 1, "h") {
            c.i += 2;
            let base = year_of_part(c)?;
            return Some(Expr::Sub(2, v - 1, Box::new(base)).into());
        }
        let base = match c.attempt(fiscal_label) {
            Some(fy) => fy,
            None => Expr::Year(c.year4()?),
        };
        let _ = c.dash() || c.sym('/');
        c.word("h").then_some(())?;
        let (h, n) = t.digits(c.i).filter(|_| c.glued())?;
        (n == 1 && (1..=2).contains(&h)).then(|| c.i += 1)?;
        Some(Expr::Sub(2, h - 1, Box::new(base)).into())
    }) {
        return Some(p);
    }
    c.opt("the");
    let h = match c.one_of(&["first", "second", "1st", "2nd", "latter", "last", "back", "final", "front"])? {
        0 | 2 | 8 => 0,
        _ => 1,
    };
    let hyphen = c.dash();
    c.word("half").then_some(())?;
    if hyphen && !c.t.glued(c.i - 1) {
        return None;
    }
    let base = c.attempt(|c| {
        c.opt("of");
        period(c)
    });
    let base = base.unwrap_or(Expr::CalYear(YearSpec::Implied));
    Some(Expr::Sub(2, h, Box::new(base)).into())
}

/// The second year of "2023-24", "2017 through 2020": its value, and whether it is the year after.
fn second_year(c: &mut Cur<'_, '_>, y1: i32) -> Option<i32> {
    let (v, n) = c.t.digits(c.i)?;
    let y2 = match n {
        4 => v as i32,
        2 => y1 / 100 * 100 + v as i32,
        _ => return None,
    };
    (y2 > y1 && y2 - y1 <= 50).then(|| {
        c.i += 1;
        y2
    })
}

fn fiscal_year(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    // "the 2023-24 fiscal year", "the 2024 fiscal year"
    if let Some(p) = c.attempt(|c| {
        c.opt("the");
        let y1 = c.year4_start()?;
        let split = c.attempt(|c| {
            let _ = c.dash() || c.sym('/');
            second_year(c, y1).filter(|&y2| y2 == y1 + 1)
        });
        c.one_of(&["fiscal", "financial", "budget"])?;
        c.one_of(&["year", "yr"])?;
        Some(match split {
            Some(_) => Expr::SplitYear(y1, true).into(),
            None => Expr::FiscalYear(YearSpec::Abs(y1)).into(),
        })
    }) {
        return Some(p);
    }
    // "FYs 2017 through 2020", "fiscal years 2022-2024"
    let plural = c.attempt(|c| {
        match c.one_of(&["fys", "fiscal", "financial"])? {
            0 => {}
            _ => {
                c.word("years").then_some(())?;
            }
        }
        Some(())
    });
    let Some(Expr::FiscalYear(YearSpec::Abs(y1))) = (match plural {
        Some(()) => c.attempt(|c| {
            let _ = c.sym('\'');
            let (v, n) = c.t.digits(c.i)?;
            c.i += 1;
            Some(Expr::FiscalYear(YearSpec::Abs(if n == 2 { 2000 + v as i32 } else { v as i32 })))
        }),
        None => fiscal_label(c),
    }) else {
        return None;
    };
    // "FY2023-24", "FY2017-FY2020", "FY 2022 to 2024", "financial year 2023 to 2024"
    let second = c.attempt(|c| {
        let dash = c.dash() || c.sym('/');
        let word = !dash && c.one_of(&["to", "through", "thru", "and", "until"]).is_some();
        if !dash && !word {
            return None;
        }
        if c.one_of(&["fy", "fiscal"]).is_some() {
            c.opt("year");
        }
        let _ = c.sym('\'');
        second_year(c, y1)
    });
    let fy = |y| Expr::FiscalYear(YearSpec::Abs(y));
    match second {
        None if plural.is_some() => None,
        None => Some(fy(y1).into()),
        // "FY2023-24", "financial year 2023 to 2024": one fiscal year, named by both its years.
        Some(y2) if y2 == y1 + 1 && plural.is_none() => Some(Expr::SplitYear(y1, true).into()),
        Some(y2) => Some(Expr::Range(Box::new(fy(y1)), Box::new(fy(y2))).into()),
    }
}

fn season(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    let start = c.i;
    // "last summer", "this past summer", "next winter"
    if let Some(k) = c.attempt(|c| {
        let k = match c.one_of(&["this", "last", "next", "past", "coming", "previous"])? {
            0 => match c.one_of(&["past", "coming"]) {
                Some(0) => -1,
                Some(_) => 1,
                None => 0,
            },
            1 | 3 | 5 => -1,
            _ => 1,
        };
        Some(k)
    }) {
        let m = c.season()?;
        return Some(Expr::SeasonRel(m, k).into());
    }
    let the = c.opt("the");
    let word_at = c.i;
    let m = c.season()?;
    let fall = c.t.is(word_at, "fall");
    // "summer 2023", "the summer of 2021"
    if let Some(y) = c.attempt(|c| {
        let _ = c.opt("of") || c.comma();
        c.year().or_else(|| c.short_year())
    }) {
        return Some(Expr::Season(YearSpec::Abs(y), m).into());
    }
    // "the fall of Kabul", "the spring of discontent": "of" after a season names something else.
    if c.t.is(c.i, "of") {
        return None;
    }
    // A capital alone ("Summer travel rose") makes a season, not one inside a name ("the Canada
    // Summer Jobs program", "Spring Street").
    let in_name = (word_at > 0 && c.t.capital(word_at - 1)) || c.t.capital(c.i);
    let capital = c.t.capital(word_at) && !(start == 0 || c.t.sym(start - 1, '.')) && !in_name;
    let prep = start > 0
        && c.t.is_any(
            start - 1,
            &[
                "in",
                "during",
                "since",
                "by",
                "until",
                "through",
                "over",
                "this",
                "last",
                "next",
                "early",
                "late",
                "mid",
                "throughout",
            ],
        );
    let ok = if fall { the && prep || capital } else { the || prep || capital };
    ok.then(|| Expr::Season(YearSpec::Implied, m).into())
}

fn part_of_period(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    // "year-end", "year end", "month-end"
    if let Some(u) = c.attempt(|c| {
        let u = c.unit()?;
        if c.prev_plural() || !matches!(u, Unit::Year | Unit::Month | Unit::Quarter) {
            return None;
        }
        let _ = c.dash();
        c.word("end").then_some(u)
    }) {
        return Some(Expr::Third(Part::Late, Box::new(Expr::Anaphor(u, 0))).into());
    }
    let the = c.opt("the");
    c.opt("very");
    // "the rest of the year"
    if the && c.one_of(&["rest", "remainder", "balance"]).is_some() {
        c.word("of").then_some(())?;
        return match period(c)? {
            Expr::Anaphor(u, 0) | Expr::RelUnit(u, 0) => Some(Expr::UnitRest(u).into()),
            Expr::FiscalYear(YearSpec::Implied | YearSpec::Rel(0)) => Some(Expr::UnitRest(Unit::FiscalYear).into()),
            _ => None,
        };
    }
    // "the early/latter/last part of", "the first part of"
    let part = match c.part() {
        Some(p) => {
            c.opt("part");
            p
        }
        None => match c.one_of(&["first", "last"])? {
            0 => {
                c.word("part").then_some(())?;
                Part::Early
            }
            _ => {
                c.word("part").then_some(())?;
                Part::Late
            }
        },
    };
    let word = c.t.s(c.i - 1).to_ascii_lowercase();
    let of = c.opt("of");
    let noun = matches!(word.as_str(), "beginning" | "start" | "outset" | "end" | "close" | "middle" | "part");
    if noun && !of {
        return None;
    }
    if !noun {
        // "mid-2023", "early in 2024"
        let _ = c.dash() || c.opt("in");
    }
    let base = period(c)?;
    Some(Expr::Third(part, Box::new(base)).into())
}

/// A count of units: "eight months", "two weeks", "12 months".
fn count_units(c: &mut Cur<'_, '_>) -> Option<(u32, Unit)> {
    let n = c.count()?.whole().filter(|&n| n > 0)?;
    if c.t.is_any(c.i - 1, &["a", "an"]) && c.i > 0 {
        return None;
    }
    let _ = c.one_of(&["full", "calendar", "consecutive", "straight"]);
    let u = c.unit()?;
    Some((n, u))
}

fn first_units_of(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    c.word("the").then_some(())?;
    let first = matches!(c.one_of(&["first", "last", "final", "opening", "closing"])?, 0 | 3);
    let (n, u) = count_units(c)?;
    c.word("of").then_some(())?;
    let base = period(c)?;
    let n = i32::try_from(n).ok()?;
    Some(Expr::FirstN(u, if first { n } else { -n }, Box::new(base)).into())
}

fn units_through(c: &mut Cur<'_, '_>) -> Option<Parsed> {
    c.opt("the");
    // "the 12 months", "the year", "the fiscal year"
    let (n, u) = match c.attempt(count_units) {
        Some(x) => x,
        None => {
            let fiscal = c.one_of(&["fiscal", "financial"]).is_some();
            let u = c.unit()?;
            if c.prev_plural() || !matches!(u, Unit::Year | Unit::Quarter | Unit::Month | Unit::Week) {
                return None;
            }
            (1, if fiscal { Unit::Year } else { u })
        }
    };
    let through = c.one_of(&["through", "thru", "to", "ending", "ended", "until", "til"])?;
    if through == 2 && n == 1 {
        // "the year to March" reads as a window, but "the year to date" is year-to-date.
        if c.t.is(c.i, "date") {
            return None;
        }
    }
    if through == 4 {
        c.opt("in");
    }
    let _ = c.attempt(|c| (c.opt("the") && c.word("end") && c.word("of")).then_some(()));
    let base = period(c)?;
    if matches!(base, Expr::Anaphor(..)) {
        return None;
    }
    Some(Expr::WindowEnding(u, n, Box::new(base)).into())
}
