//! The grammar: one rule per expression shape, in priority order (earlier rules win at the same
//! start). Each rule is a regex core (with `%MON%`, `%YEAR%`, ... placeholders, which
//! `recognize::placeholders` lists) and a function reading its groups into an [`Expr`].

use regex_automata::util::captures::Captures;

use super::anchored;
use super::read::*;
use super::recognize::parse_base;
use super::resolve::{Expr, Part, Unit, YearSpec};
use super::table;
use super::TimeKind;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Prep {
    /// A preposition may precede it and is read.
    Optional,
    /// Only recognised after a preposition or context word (bare years).
    Required,
    /// The rule starts with its own fixed words.
    No,
}

pub(super) type Build = fn(&M<'_>) -> Option<(Expr, Option<TimeKind>)>;

pub(super) struct Rule {
    pub(super) prep: Prep,
    pub(super) core: &'static str,
    pub(super) build: Build,
}

/// A rule's captures with access to the surrounding text: the match starts at `off` in `text`.
pub(super) struct M<'t> {
    pub(super) caps: &'t Captures,
    pub(super) text: &'t str,
    pub(super) off: usize,
}

impl<'t> M<'t> {
    /// Where group `name` is in `text`, if it took part in the match.
    fn span(&self, name: &str) -> Option<(usize, usize)> {
        anchored::group(self.caps, name).map(|(a, b)| (a + self.off, b + self.off))
    }
    pub(super) fn s(&self, name: &str) -> Option<&'t str> {
        self.span(name).and_then(|(a, b)| self.text.get(a..b))
    }
    pub(super) fn has(&self, name: &str) -> bool {
        self.span(name).is_some()
    }
    pub(super) fn lower(&self, name: &str) -> Option<String> {
        self.s(name).map(table::normalize)
    }
    pub(super) fn abs_start(&self, name: &str) -> Option<usize> {
        self.span(name).map(|(a, _)| a)
    }
    pub(super) fn end(&self) -> usize {
        self.caps.get_match().map_or(self.off, |m| m.end() + self.off)
    }
    pub(super) fn prep(&self) -> Option<String> {
        self.lower("prep")
    }
    /// The next char after the match.
    pub(super) fn next_char(&self) -> Option<char> {
        self.text[self.end()..].chars().next()
    }
}

pub(super) const RULES: &[Rule] = &[
    Rule {
        prep: Prep::Optional,
        core: r"(?:(?P<hrel>this|next|last|previous|following|coming|upcoming)\s+)?%HOL%\b(?:\s+of\s+(?P<yrel>this|next|last|the\s+previous|the\s+following|previous|following)\s+year\b|\s*,?\s*(?:of\s+|in\s+)?%YEARX%)?",
        build: holiday,
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:the\s+)?%ORD%\s+(?P<lst>last\s+)?%WD%\s+(?:of|in)\s+(?:the\s+)?%BASE%",
        build: |m| {
            let n = nth(m)?;
            Some((Expr::NthWeekdayOf(n, table::weekday_of(m.s("wd")?)?, Box::new(parse_base(m.s("base")?)?)), None))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:the\s+)?%ORD%\s+(?P<lst>last\s+)?week\s+(?:of|in)\s+(?:the\s+)?%BASE%",
        build: |m| Some((Expr::NthWeekOf(nth(m)?, Box::new(parse_base(m.s("base")?)?)), None)),
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:the\s+)?%ORD%\s+(?P<lst>last\s+)?month\s+of\s+(?:the\s+)?%BASE%",
        build: |m| Some((Expr::NthMonthOf(nth(m)?, Box::new(parse_base(m.s("base")?)?)), None)),
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:the\s+)?(?:%ORD%\s+(?P<lst>last\s+)?|(?P<d>%DAYN%)\s+)day\s+(?:of|in)\s+(?:the\s+)?%BASE%",
        build: |m| {
            let n = match m.s("d") {
                Some(d) => table::day_of(d)? as i32,
                None => nth(m)?,
            };
            Some((Expr::NthDayOf(n, Box::new(parse_base(m.s("base")?)?)), None))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:the\s+)?(?P<d>%DAYN%)\s+of\s+(?:the\s+)?(?P<rel>this|next|last|previous|current|following|coming)\s+month\b",
        build: |m| {
            let k = rel_offset(&m.lower("rel")?);
            Some((Expr::NthDayOf(table::day_of(m.s("d")?)? as i32, Box::new(Expr::RelUnit(Unit::Month, k))), None))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:%WD%|%MON%|(?:the\s+)?(?P<u>week|month|year))\s+after\s+next\b",
        build: |m| {
            if let Some(wd) = m.s("wd") {
                return Some((Expr::WeekdayAfter(table::weekday_of(wd)?, 2), None));
            }
            if let Some(mon) = m.s("mon") {
                return Some((Expr::MonthRel(table::month_of(mon)?, 2), None));
            }
            Some((Expr::RelUnit(table::unit_of(m.s("u")?)?, 2), None))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"%NUM%\s+%WDS%\s+(?P<dir>from\s+now|hence|ago|back)\b",
        build: |m| {
            let n = table::number_of(m.s("n")?)? as i32;
            let wd = table::weekday_of(m.s("wds")?.trim_end_matches(['s', 'S']))?;
            let sign = if matches!(m.lower("dir")?.as_str(), "ago" | "back") { -1 } else { 1 };
            (n > 0).then_some((Expr::WeekdayAfter(wd, n * sign), None))
        },
    },
    Rule {
        prep: Prep::No,
        core: r"in\s+%NUM%\s+%UNIT%(?:'s?\s+time)?",
        build: |m| {
            let n = table::number_of(m.s("n")?)?;
            if n == 0 || super::tense::past_context(m.text, m.off) {
                return None;
            }
            Some((Expr::Ago(table::unit_of(m.s("u")?)?, n, 1), None))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?P<c>%DAYN%)\s+century\b",
        build: |m| {
            let c = table::day_of(m.s("c")?)? as i32;
            let y = (c - 1) * 100;
            (5..=22).contains(&c).then_some((Expr::Range(Box::new(Expr::Year(y)), Box::new(Expr::Year(y + 99))), None))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:the\s+(?:(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|'?(?P<yy>[2-9]0)'?s)|'(?P<yy2>[2-9]0)s)\b",
        build: |m| {
            let tens = match (m.lower("dw"), m.s("yy").or(m.s("yy2"))) {
                // "twenties" is "twenty" in the plural.
                (Some(w), _) => table::lookup(table::TENS, &format!("{}y", w.trim_end_matches("ies")))? as i32,
                (None, Some(yy)) => yy.parse().ok()?,
                _ => return None,
            };
            Some((Expr::Decade(1900 + tens), None))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"%YEAR%[-/]%MON%[-/](?P<d>[0-3]?[0-9])\b",
        build: |m| {
            day_expr(YearSpec::Abs(year_num(m.s("y")?)?), table::month_of(m.s("mon")?)?, m.s("d")?.parse().ok()?)
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?P<d>[0-3]?[0-9])(?P<s1>[-/ ])%MON%(?P<s2>[-/ ])(?P<y>(?:19|20)[0-9]{2}|[0-9]{2})\b",
        build: |m| {
            if m.s("s1") != m.s("s2") {
                return None;
            }
            let y = m.s("y")?;
            let y = if y.len() == 2 { two_digit_year(y)? } else { year_num(y)? };
            day_expr(YearSpec::Abs(y), table::month_of(m.s("mon")?)?, m.s("d")?.parse().ok()?)
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"%MON%-(?P<d>[0-3]?[0-9])-%YEAR%",
        build: |m| {
            day_expr(YearSpec::Abs(year_num(m.s("y")?)?), table::month_of(m.s("mon")?)?, m.s("d")?.parse().ok()?)
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?P<mon2>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?P<d>[0-3]?[0-9])\b(?:\s*,\s*%YEAR%)?",
        build: |m| {
            let y = match m.s("y") {
                Some(y) => YearSpec::Abs(year_num(y)?),
                None => YearSpec::Implied,
            };
            day_expr(y, table::month_of(m.s("mon2")?)?, m.s("d")?.parse().ok()?)
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"%MON%/(?P<d>[0-3]?[0-9])\b",
        build: |m| day_expr(YearSpec::Implied, table::month_of(m.s("mon")?)?, m.s("d")?.parse().ok()?),
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:%WD%,?\s*)?(?P<a>[0-3]?[0-9])/(?P<b>[0-3]?[0-9])\b",
        build: |m| {
            // Only in a time context: after a preposition of time or a weekday ("on 4/22").
            let prep = m.prep();
            let timey = matches!(
                prep.as_deref(),
                Some(
                    "on" | "by"
                        | "until"
                        | "till"
                        | "since"
                        | "from"
                        | "before"
                        | "after"
                        | "through"
                        | "thru"
                        | "as of"
                )
            );
            if !(timey || m.has("wd")) {
                return None;
            }
            let (a, b): (u32, u32) = (m.s("a")?.parse().ok()?, m.s("b")?.parse().ok()?);
            let (mo, d) = if a > 12 { (b, a) } else { (a, b) };
            day_expr(YearSpec::Implied, mo, d)
        },
    },
    Rule {
        prep: Prep::No,
        core: r"(?:in|during|since|by|until|before|after|of|from|to)\s+%YEARW2%\b",
        build: |m| Some((Expr::Year(table::year_value(m.s("yw")?)?), None)),
    },
    Rule {
        prep: Prep::No,
        core: r"since\s+the\s+(?:beginning|start|outset)\s+of\s+(?:the\s+|this\s+)?(?P<u>(?:fiscal\s+|calendar\s+)?year|month|quarter|week)\b",
        build: |m| Some((Expr::UnitToDate(table::unit_of(m.s("u")?)?), Some(TimeKind::Since))),
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:(?:the\s+)?(?P<u>(?:fiscal\s+|calendar\s+)?year|month|quarter|fiscal)[\s-]+to[\s-]+date|(?P<ytd>ytd|fytd))\b",
        build: |m| {
            let unit = match m.lower("ytd").as_deref() {
                Some("fytd") => Unit::FiscalYear,
                Some(_) => Unit::Year,
                None if m.lower("u")? == "fiscal" => Unit::FiscalYear,
                None => table::unit_of(m.s("u")?)?,
            };
            Some((Expr::UnitToDate(unit), Some(TimeKind::Period)))
        },
    },
    Rule {
        prep: Prep::No,
        core: r"(?:so|thus)\s+far\s+(?:this|in\s+the\s+current|in\s+the)\s+(?P<u>(?:fiscal\s+)?year|month|quarter|week)\b",
        build: |m| Some((Expr::UnitToDate(table::unit_of(m.s("u")?)?), Some(TimeKind::Period))),
    },
    Rule {
        prep: Prep::No,
        core: r"(?P<el>earlier|later)\s+(?:this|in\s+the)\s+(?P<u>(?:fiscal\s+)?year|month|quarter|week)\b",
        build: |m| {
            let unit = table::unit_of(m.s("u")?)?;
            let e = if m.lower("el")? == "earlier" { Expr::UnitToDate(unit) } else { Expr::UnitRest(unit) };
            Some((e, Some(TimeKind::Period)))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:the\s+)?(?P<p>very\s+beginning|beginning|start|middle|end|close|early\s+part|first\s+part|latter\s+part|last\s+part)\s+of\s+(?:the\s+)?%BASE%",
        build: |m| {
            let part = match m.lower("p")?.trim_start_matches("very ") {
                "beginning" | "start" | "early part" | "first part" => Part::Early,
                "middle" => Part::Mid,
                _ => Part::Late,
            };
            Some((Expr::Third(part, Box::new(parse_base(m.s("base")?)?)), None))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?P<p>early|mid|middle|late)(?:\s*-\s*|\s+)(?:in\s+)?%BASE%",
        build: |m| {
            let part = match m.lower("p")?.as_str() {
                "early" => Part::Early,
                "late" => Part::Late,
                _ => Part::Mid,
            };
            Some((Expr::Third(part, Box::new(parse_base(m.s("base")?)?)), None))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:the\s+)?(?P<h>first|second|1st|2nd|latter|last|back|final|front)\s+half\s+(?:of\s+)?(?:the\s+)?%BASE%",
        build: |m| {
            let idx = u32::from(!matches!(m.lower("h")?.as_str(), "first" | "1st" | "front"));
            Some((Expr::Sub(2, idx, Box::new(parse_base(m.s("base")?)?)), None))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"H(?P<h>[12])\s*(?:of\s+)?(?:(?P<fy>FY|fiscal\s+year)\s*'?(?P<fyy>(?:19|20)[0-9]{2}|[0-9]{2})|'(?P<yy>[0-9]{2})|%YEAR%)\b",
        build: |m| {
            let base = year_base(m)?;
            nth_part(m, "h", 2, base)
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"%YEAR%\s*[-/]?\s*H(?P<h>[12])\b",
        build: |m| {
            let y = year_num(m.s("y")?)?;
            nth_part(m, "h", 2, Expr::Year(y))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:the\s+)?(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(?P<fis>fiscal\s+|calendar\s+)?(?:quarter|qtr)\b(?:\s+of\s+(?:the\s+)?%BASE%|,?\s+(?P<y>(?:19|20)[0-9]{2})\b)?",
        build: |m| {
            let q = match m.lower("q")?.as_str() {
                "first" | "1st" => 0,
                "second" | "2nd" => 1,
                "third" | "3rd" => 2,
                _ => 3,
            };
            let fiscal = m.lower("fis").is_some_and(|f| f.starts_with("fiscal"));
            let base = match (m.s("base"), m.s("y")) {
                (Some(b), _) => parse_base(b)?,
                (None, Some(y)) => Expr::Year(year_num(y)?),
                (None, None) if matches!(m.lower("q")?.as_str(), "last" | "final") => return None,
                (None, None) if fiscal => Expr::FiscalYear(YearSpec::Rel(0)),
                (None, None) => Expr::RelUnit(Unit::Year, 0),
            };
            let base = match base {
                Expr::Year(y) if fiscal => Expr::FiscalYear(YearSpec::Abs(y)),
                b => b,
            };
            Some((Expr::Sub(4, q, Box::new(base)), None))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?P<fy>FY|fiscal\s+year)\s*'?(?P<fyy>(?:19|20)[0-9]{2}|[0-9]{2})\s*[-/,]?\s*Q(?P<q>[1-4])\b",
        build: |m| {
            let base = year_base(m)?;
            nth_part(m, "q", 4, base)
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"Q(?P<q>[1-4])\b(?:\s*(?:of\s+|[-,/]\s*)?(?:(?P<fy>FY|fiscal\s+year|fiscal)\s*'?(?P<fyy>(?:19|20)[0-9]{2}|[0-9]{2})|'(?P<yy>[0-9]{2})|%YEAR%)\b)?",
        build: |m| {
            let base =
                if m.has("fy") || m.has("yy") || m.has("y") { year_base(m)? } else { Expr::RelUnit(Unit::Year, 0) };
            nth_part(m, "q", 4, base)
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"%YEAR%\s*[-/]?\s*Q(?P<q>[1-4])\b",
        build: |m| {
            let y = year_num(m.s("y")?)?;
            nth_part(m, "q", 4, Expr::Year(y))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?P<fy>FY|fiscal\s+years?|fiscal)\s*'?(?P<fyy>(?:19|20)[0-9]{2}|[0-9]{2})\b(?:\s*(?P<conn>-|–|—|to|through|thru|and)\s*(?:FY\s*'?)?(?P<y2>(?:19|20)[0-9]{2}|[0-9]{2})\b)?",
        build: |m| {
            let fy = m.lower("fy")?;
            if fy == "fiscal" && m.s("fyy")?.len() == 2 {
                return None;
            }
            let first = year_base(m)?;
            let Some(y2) = m.s("y2") else {
                return Some((first, None));
            };
            if m.lower("conn")? == "and" && !fy.ends_with('s') {
                return None;
            }
            let Expr::FiscalYear(YearSpec::Abs(y1)) = first else {
                return None;
            };
            let y2 = second_year(y1, y2)?;
            let last = Expr::FiscalYear(YearSpec::Abs(y2));
            Some((Expr::Range(Box::new(first), Box::new(last)), None))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:the\s+)?week\s+(?:of|beginning|starting|commencing)\s+(?:the\s+)?(?P<base>%MONW%\s*[0-3]?[0-9](?:st|nd|rd|th)?(?:,?\s*%YEARW%)?|[0-3]?[0-9](?:st|nd|rd|th)?\s+(?:of\s+)?%MONW%(?:,?\s*%YEARW%)?)\b",
        build: |m| Some((Expr::WeekOf(Box::new(parse_base(m.s("base")?)?)), None)),
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?P<y>(?:19|20)[0-9]{2})(?P<s1>[-/.])(?P<mo>[01]?[0-9])(?P<s2>[-/.])(?P<d>[0-3]?[0-9])\b",
        build: |m| {
            if m.s("s1") != m.s("s2") {
                return None;
            }
            day_expr(YearSpec::Abs(year_num(m.s("y")?)?), m.s("mo")?.parse().ok()?, m.s("d")?.parse().ok()?)
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?P<mo>[0-3]?[0-9])(?P<s1>[-/.])(?P<d>[0-3]?[0-9])(?P<s2>[-/.])(?P<y>(?:19|20)[0-9]{2}|[0-9]{2})\b",
        build: |m| {
            let sep = m.s("s1")?;
            if Some(sep) != m.s("s2") {
                return None;
            }
            let y = m.s("y")?;
            let y = if y.len() == 2 {
                if sep != "/" {
                    return None;
                }
                let yy: i32 = y.parse().ok()?;
                if yy < 30 {
                    2000 + yy
                } else {
                    1900 + yy
                }
            } else {
                year_num(y)?
            };
            let (mut mo, mut d): (u32, u32) = (m.s("mo")?.parse().ok()?, m.s("d")?.parse().ok()?);
            if mo > 12 && d <= 12 {
                std::mem::swap(&mut mo, &mut d);
            }
            day_expr(YearSpec::Abs(y), mo, d)
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"%MON%\s*(?P<d1>%DAYN%)\s*(?:-|–|—|to|through|thru|until|till|and)\s*(?:the\s+)?(?P<d2>%DAYN%)\b(?:(?:\s*,\s*|\s+)%YEAR%)?",
        build: |m| day_range(m),
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:the\s+)?(?P<d1>%DAYN%)\s*(?:-|–|—|to|through|thru|until|till|and)\s*(?:the\s+)?(?P<d2>%DAYN%)\s*(?:of\s+)?%MON%(?:(?:\s*,\s*|\s+)%YEAR%)?",
        build: |m| day_range(m),
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:%WD%,?\s*(?:the\s+)?)?%MON%\s*(?:the\s+)?(?P<d>%DAYN%)(?:\s*,\s*|\s+)(?:of\s+|in\s+)?%YEARX%",
        build: |m| day_expr(YearSpec::Abs(yearx(m.s("y")?)?), table::month_of(m.s("mon")?)?, table::day_of(m.s("d")?)?),
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:%WD%,?\s*(?:the\s+)?)?(?:the\s+)?(?P<d>%DAYN%)\s*(?:of\s+)?%MON%\s*,?\s*(?:of\s+|in\s+)?(?:%YEARX%|'(?P<yy>[0-9]{2})\b)",
        build: |m| {
            let y = match m.s("yy") {
                Some(yy) => two_digit_year(yy)?,
                None => yearx(m.s("y")?)?,
            };
            day_expr(YearSpec::Abs(y), table::month_of(m.s("mon")?)?, table::day_of(m.s("d")?)?)
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:%WD%,?\s*(?:the\s+)?)?%MON%\s*(?:the\s+)?(?P<d>%DAYN%)\b",
        build: |m| {
            if m.s("mon")? == "may" || m.next_char() == Some('%') {
                return None;
            }
            day_expr(YearSpec::Implied, table::month_of(m.s("mon")?)?, table::day_of(m.s("d")?)?)
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:%WD%,?\s*(?:the\s+)?)?(?:the\s+)?(?P<d>%DAYN%)\s*(?:of\s+)?%MON%",
        build: |m| {
            if m.s("mon")? == "may" {
                return None;
            }
            day_expr(YearSpec::Implied, table::month_of(m.s("mon")?)?, table::day_of(m.s("d")?)?)
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"%MON%\s*(?:[-/,]\s*|\s+of\s+|\s+in\s+)?(?:%YEARX%|'(?P<yy>[0-9]{2})\b)",
        build: |m| {
            let y = match m.s("yy") {
                Some(yy) => two_digit_year(yy)?,
                None => yearx(m.s("y")?)?,
            };
            Some((Expr::Month(YearSpec::Abs(y), table::month_of(m.s("mon")?)?), None))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?P<mo>0?[1-9]|1[0-2])[/-]%YEAR%",
        build: |m| Some((Expr::Month(YearSpec::Abs(year_num(m.s("y")?)?), m.s("mo")?.parse().ok()?), None)),
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?P<rel>last|this\s+past|this\s+coming|this|next|past|coming|previous)\s+%MON%",
        build: |m| {
            if m.s("mon")? == "may" {
                return None;
            }
            let k = match m.lower("rel")?.as_str() {
                "last" | "past" | "previous" | "this past" => -1,
                "this" => 0,
                _ => 1,
            };
            Some((Expr::MonthRel(table::month_of(m.s("mon")?)?, k), None))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:the\s+)?(?P<y>(?:19|20)[0-9]0)'?s\b",
        build: |m| Some((Expr::Decade(year_num(m.s("y")?)?), None)),
    },
    Rule {
        prep: Prep::Optional,
        core: r"%YEAR%\s*(?P<conn>-|–|—|/|~|to|through|thru|until|till|and)\s*(?P<y2>(?:19|20)[0-9]{2}|[0-9]{2})\b",
        build: |m| {
            let y1 = year_num(m.s("y")?)?;
            let y2 = second_year(y1, m.s("y2")?)?;
            let conn = m.lower("conn")?;
            let prep = m.prep();
            if conn == "and" && prep.as_deref() != Some("between") {
                return None;
            }
            if conn == "/" && y2 != y1 + 1 {
                return None;
            }
            Some((Expr::Range(Box::new(Expr::Year(y1)), Box::new(Expr::Year(y2))), None))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"%YEAR%[-/](?P<mo>0?[1-9]|1[0-2])\b",
        build: |m| {
            // "2011-12" is a range of years (tried first); "2014-10" cannot be one.
            let mo: u32 = m.s("mo")?.parse().ok()?;
            Some((Expr::Month(YearSpec::Abs(year_num(m.s("y")?)?), mo), None))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:(?:the\s+)?(?:calendar\s+)?year\s+|CY\s*)%YEAR%",
        build: |m| Some((Expr::Year(year_num(m.s("y")?)?), None)),
    },
    Rule {
        prep: Prep::Required,
        core: r"%YEAR%",
        // Never called: `scan` parses this rule's matches directly (see `year_after_prep`).
        build: |_| None,
    },
    Rule {
        prep: Prep::Optional,
        core: r"%WD%\s*(?:of\s+)?(?P<rel>this|last|next|the\s+previous|the\s+following|the\s+coming|previous|coming)\s+week\b",
        build: |m| Some((Expr::Weekday(table::weekday_of(m.s("wd")?)?, Some(rel_offset(&m.lower("rel")?))), None)),
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?P<rel>this|last|next)\s+week(?:'s)?\s+%WD%",
        build: |m| Some((Expr::Weekday(table::weekday_of(m.s("wd")?)?, Some(rel_offset(&m.lower("rel")?))), None)),
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:the\s+)?(?P<dir>last|past|previous|preceding|prior|next|coming|upcoming|following)\s+%NUM%\s+(?:full\s+|calendar\s+)?%UNIT%",
        build: window,
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:the\s+)?%NUM%\s+(?P<dir>past|previous|preceding|prior|upcoming|coming|following|next)\s+%UNIT%",
        build: window,
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?P<the>the\s+)?(?P<dir>this|last|past|previous|prior|preceding|next|coming|upcoming|following|current)\s+(?P<u>fiscal\s+year|calendar\s+year|year|month|week|weekend|quarter|qtr|decade|fortnight|yr)\b",
        build: |m| {
            let unit = table::unit_of(m.s("u")?)?;
            let dir = m.lower("dir")?;
            let k = rel_offset(&dir);
            let rolling = dir == "past" || (m.has("the") && dir == "last");
            let e = match unit {
                Unit::FiscalYear => Expr::FiscalYear(YearSpec::Rel(k)),
                Unit::Decade if k != 0 => Expr::Window(unit, 1, k > 0),
                _ if rolling && unit != Unit::Weekend => Expr::Window(unit, 1, false),
                _ => Expr::RelUnit(unit, k),
            };
            Some((e, None))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"%NUM%\s+%UNIT%\s+(?P<dir>ago|from\s+now|hence|from\s+today|before\s+now)\b",
        build: |m| {
            let sign = if m.lower("dir")? == "ago" || m.lower("dir")? == "before now" { -1 } else { 1 };
            let unit = table::unit_of(m.s("u")?)?;
            match table::number_of(m.s("n")?) {
                Some(n) => Some((Expr::Ago(unit, n, sign), None)),
                None => Some((Expr::Vague, Some(TimeKind::Vague))),
            }
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:(?P<dby>(?:the\s+)?day\s+before\s+yesterday)|(?P<dat>(?:the\s+)?day\s+after\s+tomorrow)|(?P<tod>today|tonight)|(?P<yes>yesterday)|(?P<tom>tomorrow|tmrw))\b",
        build: |m| {
            let k = if m.has("dby") {
                -2
            } else if m.has("dat") {
                2
            } else if m.has("yes") {
                -1
            } else if m.has("tom") {
                1
            } else {
                0
            };
            Some((Expr::RelDay(k), None))
        },
    },
    Rule {
        prep: Prep::No,
        core: r"to\s+date\b",
        build: |m| {
            let before = m.text[..m.off].trim_end();
            if before.as_bytes().last_chunk::<2>().is_some_and(|w| w.eq_ignore_ascii_case(b"up")) {
                return None;
            }
            if m.next_char() == Some('-') {
                return None;
            }
            Some((Expr::ToDate, Some(TimeKind::Since)))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:recently|lately|(?:in\s+)?recent\s+(?:days|weeks|months|years|decades))\b",
        build: |_| Some((Expr::Vague, Some(TimeKind::Vague))),
    },
    Rule {
        prep: Prep::No,
        core: r"on\s+the\s+(?P<d>[0-3]?[0-9](?:st|nd|rd|th))\b",
        build: |m| Some((Expr::DayOfRefMonth(table::day_of(m.s("d")?)?), None)),
    },
    Rule {
        prep: Prep::Optional,
        core: r"%WD%,?\s+(?:(?P<the>the\s+)?(?P<d>%DAYN%))\b",
        build: |m| {
            let word = m.s("wd")?.trim_end_matches(['.', ',']);
            if word.len() < 6 && !word.starts_with(|c: char| c.is_ascii_uppercase()) {
                return None;
            }
            let d = m.s("d")?;
            if d.bytes().all(|b| b.is_ascii_digit()) && !m.has("the") {
                // A bare number after a weekday is a day only at a clause end ("on Friday 31!").
                let rest = m.text[m.end()..].trim_start_matches([' ', '\t']);
                if !(rest.is_empty() || rest.starts_with(['.', ',', ';', '!', '?', ')', '\n']))
                    || rest.starts_with(".0")
                {
                    return None;
                }
            }
            Some((Expr::WeekdayDay(table::weekday_of(m.s("wd")?)?, table::day_of(d)?), None))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:(?P<rel>last|this\s+past|this\s+coming|this|next|past|coming|previous)\s+)?%WD%",
        build: |m| {
            let wd = table::weekday_of(m.s("wd")?)?;
            let word = m.s("wd")?.trim_end_matches(['.', ',']);
            if word.len() < 6 {
                let dotted = m.s("wd")?.len() > word.len();
                let capital = word.starts_with(|c: char| c.is_ascii_uppercase());
                if !(capital && (dotted || m.has("rel"))) {
                    return None;
                }
            }
            let e = match m.lower("rel").as_deref() {
                None | Some("past") | Some("this past") => Expr::Weekday(wd, None),
                // The next one after the reference date.
                Some("coming") | Some("this coming") => Expr::WeekdayAfter(wd, 1),
                Some(rel) => Expr::Weekday(wd, Some(rel_offset(rel))),
            };
            Some((e, None))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?P<the>the\s+)?%MON%",
        build: |m| {
            let word = m.s("mon")?.trim_end_matches('.');
            let month = table::month_of(word)?;
            if word == "may" {
                return None;
            }
            let ok = match m.prep() {
                Some(p) => p != "and" && p != "or",
                None => {
                    !m.has("the")
                        && word.len() > 3
                        && word.starts_with(|c: char| c.is_ascii_uppercase())
                        && !matches!(month, 3 | 5)
                }
            };
            ok.then_some((Expr::Month(YearSpec::Implied, month), None))
        },
    },
];
