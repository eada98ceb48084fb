//! Recognition: one combined regex finds candidate expressions in a single pass; the rule that
//! matched (and, if it declines, the rules after it) is re-run anchored to read its parts.

use once_cell::sync::Lazy;
use regex::{Captures, Regex, RegexBuilder, RegexSet, RegexSetBuilder};

use super::resolve::{Expr, Part, Unit, YearSpec};
use super::table::{self, CONTEXT_WORDS, NAME_HEADS, SPAN_PREPS};
use super::TimeKind;

/// One recognised expression, before merging ranges and resolving.
#[derive(Debug, Clone)]
pub(super) struct Hit {
    /// Start of the text including a span preposition ("in 2022").
    pub start: usize,
    /// Start of the expression proper ("2022").
    pub core_start: usize,
    pub end: usize,
    /// The preposition or context word before it, lower case.
    pub prep: Option<String>,
    pub expr: Expr,
    /// Set by rules that fix the role ("since the start of the year", "recently").
    pub kind: Option<TimeKind>,
}

impl Hit {
    /// Where the expression's text starts: with its preposition unless that is a mere context word.
    pub fn text_start(&self) -> usize {
        match &self.prep {
            Some(p) if is_span_prep(p) => self.start,
            _ => self.core_start,
        }
    }
}

pub(super) fn is_span_prep(p: &str) -> bool {
    SPAN_PREPS.iter().any(|s| s.eq_ignore_ascii_case(p))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Prep {
    /// A preposition may precede it and is read.
    Optional,
    /// Only recognised after a preposition or context word (bare years).
    Required,
    /// The rule starts with its own fixed words.
    No,
}

type Build = fn(&M<'_>) -> Option<(Expr, Option<TimeKind>)>;

struct Rule {
    prep: Prep,
    core: &'static str,
    build: Build,
}

/// A rule's captures with access to the surrounding text.
pub(super) struct M<'t> {
    caps: Captures<'t>,
    text: &'t str,
    off: usize,
}

impl<'t> M<'t> {
    fn s(&self, name: &str) -> Option<&'t str> {
        self.caps.name(name).map(|m| m.as_str())
    }
    fn has(&self, name: &str) -> bool {
        self.caps.name(name).is_some()
    }
    fn lower(&self, name: &str) -> Option<String> {
        self.s(name).map(|s| s.split_whitespace().collect::<Vec<_>>().join(" ").to_ascii_lowercase())
    }
    fn abs_start(&self, name: &str) -> Option<usize> {
        self.caps.name(name).map(|m| m.start() + self.off)
    }
    fn end(&self) -> usize {
        self.caps.get(0).map_or(self.off, |m| m.end() + self.off)
    }
    fn prep(&self) -> Option<String> {
        self.lower("prep")
    }
    /// The next char after the match.
    fn next_char(&self) -> Option<char> {
        self.text[self.end()..].chars().next()
    }
}

const RULES: &[Rule] = &[
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
            Some((Expr::Sub(2, m.s("h")?.parse::<u32>().ok()? - 1, Box::new(base)), None))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"%YEAR%\s*[-/]?\s*H(?P<h>[12])\b",
        build: |m| {
            let y = year_num(m.s("y")?)?;
            Some((Expr::Sub(2, m.s("h")?.parse::<u32>().ok()? - 1, Box::new(Expr::Year(y))), None))
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
            Some((Expr::Sub(4, m.s("q")?.parse::<u32>().ok()? - 1, Box::new(base)), None))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"Q(?P<q>[1-4])\b(?:\s*(?:of\s+|[-,/]\s*)?(?:(?P<fy>FY|fiscal\s+year|fiscal)\s*'?(?P<fyy>(?:19|20)[0-9]{2}|[0-9]{2})|'(?P<yy>[0-9]{2})|%YEAR%)\b)?",
        build: |m| {
            let base =
                if m.has("fy") || m.has("yy") || m.has("y") { year_base(m)? } else { Expr::RelUnit(Unit::Year, 0) };
            Some((Expr::Sub(4, m.s("q")?.parse::<u32>().ok()? - 1, Box::new(base)), None))
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"%YEAR%\s*[-/]?\s*Q(?P<q>[1-4])\b",
        build: |m| {
            let y = year_num(m.s("y")?)?;
            Some((Expr::Sub(4, m.s("q")?.parse::<u32>().ok()? - 1, Box::new(Expr::Year(y))), None))
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
        core: r"(?:%WD%,?\s*(?:the\s+)?)?%MON%\s*(?:the\s+)?(?P<d>%DAYN%)(?:\s*,\s*|\s+)(?:of\s+|in\s+)?%YEAR%",
        build: |m| {
            day_expr(YearSpec::Abs(year_num(m.s("y")?)?), table::month_of(m.s("mon")?)?, table::day_of(m.s("d")?)?)
        },
    },
    Rule {
        prep: Prep::Optional,
        core: r"(?:%WD%,?\s*(?:the\s+)?)?(?:the\s+)?(?P<d>%DAYN%)\s*(?:of\s+)?%MON%\s*,?\s*(?:of\s+|in\s+)?%YEAR%",
        build: |m| {
            day_expr(YearSpec::Abs(year_num(m.s("y")?)?), table::month_of(m.s("mon")?)?, table::day_of(m.s("d")?)?)
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
        core: r"%MON%\s*(?:[-/,]\s*|\s+of\s+|\s+in\s+)?%YEAR%",
        build: |m| Some((Expr::Month(YearSpec::Abs(year_num(m.s("y")?)?), table::month_of(m.s("mon")?)?), None)),
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
            if before.len() >= 2 && before[before.len() - 2..].eq_ignore_ascii_case("up") {
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
            let k = match m.lower("rel").as_deref() {
                None | Some("past") | Some("this past") => None,
                Some("coming") | Some("this coming") => Some(i32::MIN),
                Some(rel) => Some(rel_offset(rel)),
            };
            let e = match k {
                Some(i32::MIN) => Expr::Weekday(wd, Some(i32::MIN)),
                k => Expr::Weekday(wd, k),
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

/// The bare-year rule, parsed without a capture engine (it is the most frequent hit):
/// `matched` is "<prep> <year>" starting at `s` in `text`.
fn year_after_prep(text: &str, s: usize, matched: &str) -> Option<Hit> {
    let split = matched.rfind(|c: char| c.is_ascii_whitespace())?;
    let year = year_num(&matched[split + 1..])?;
    let prep = matched[..split].split_whitespace().collect::<Vec<_>>().join(" ").to_ascii_lowercase();
    if prep == "of" {
        // "the Inflation Reduction Act of 2022" is a name, not a time.
        let before = text[..s].trim_end();
        let w = &before[before.rfind(|c: char| !c.is_ascii_alphanumeric()).map_or(0, |i| i + 1)..];
        let capital = w.starts_with(|c: char| c.is_ascii_uppercase());
        if capital && NAME_HEADS.iter().any(|h| h.eq_ignore_ascii_case(w)) {
            return None;
        }
    }
    let end = s + matched.len();
    if CONTEXT_WORDS.contains(&prep.as_str()) {
        // After a weak context word, "2019 families" is a count, not a year.
        let next = text[end..].strip_prefix(' ').unwrap_or("");
        let word = &next[..next.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(next.len())];
        if word.len() > 3 && word.ends_with('s') && word.starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
    }
    Some(Hit { start: s, core_start: s + split + 1, end, prep: Some(prep), expr: Expr::Year(year), kind: None })
}

fn rel_offset(rel: &str) -> i32 {
    match rel.split_whitespace().last().unwrap_or("") {
        "last" | "past" | "previous" | "prior" | "preceding" => -1,
        "next" | "coming" | "upcoming" | "following" => 1,
        _ => 0,
    }
}

fn window(m: &M<'_>) -> Option<(Expr, Option<TimeKind>)> {
    let unit = table::unit_of(m.s("u")?)?;
    let future = rel_offset(&m.lower("dir")?) > 0;
    match table::number_of(m.s("n")?) {
        Some(n) => Some((Expr::Window(unit, n, future), None)),
        None => Some((Expr::Vague, Some(TimeKind::Vague))),
    }
}

fn year_num(s: &str) -> Option<i32> {
    s.trim_start_matches('\'').parse().ok().filter(|y| (1900..=2100).contains(y))
}

/// The second year of a range: "2019-22" gives 2022.
fn second_year(y1: i32, s: &str) -> Option<i32> {
    let y2 = if s.len() == 2 { y1 / 100 * 100 + s.parse::<i32>().ok()? } else { s.parse().ok()? };
    (y2 > y1 && y2 <= 2100).then_some(y2)
}

/// The year a half or quarter belongs to: "FY24", "'23", "2023".
fn year_base(m: &M<'_>) -> Option<Expr> {
    if let Some(y) = m.s("fyy") {
        let y = if y.len() == 2 { 2000 + y.parse::<i32>().ok()? } else { year_num(y)? };
        return Some(Expr::FiscalYear(YearSpec::Abs(y)));
    }
    if let Some(y) = m.s("yy") {
        return Some(Expr::Year(2000 + y.parse::<i32>().ok()?));
    }
    Some(Expr::Year(year_num(m.s("y")?)?))
}

fn day_expr(y: YearSpec, month: u32, day: u32) -> Option<(Expr, Option<TimeKind>)> {
    // Days 29-31 that a month lacks ("February 30, 2023") are kept as written and simply do not
    // resolve, rather than falling back to the bare month.
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((Expr::Day(y, month, day), None))
}

fn day_range(m: &M<'_>) -> Option<(Expr, Option<TimeKind>)> {
    let month = table::month_of(m.s("mon")?)?;
    if m.s("mon")? == "may" {
        return None;
    }
    let y = match m.s("y") {
        Some(y) => YearSpec::Abs(year_num(y)?),
        None => YearSpec::Implied,
    };
    let (d1, d2) = (table::day_of(m.s("d1")?)?, table::day_of(m.s("d2")?)?);
    if d2 <= d1 {
        return None;
    }
    let (a, _) = day_expr(y, month, d1)?;
    let (b, _) = day_expr(y, month, d2)?;
    Some((Expr::Range(Box::new(a), Box::new(b)), None))
}

/// Parses the period inside "the end of ...", "the first half of ...".
fn parse_base(text: &str) -> Option<Expr> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    match lower {
        "year" | "calendar year" => return Some(Expr::RelUnit(Unit::Year, 0)),
        "fiscal year" => return Some(Expr::FiscalYear(YearSpec::Rel(0))),
        "month" => return Some(Expr::RelUnit(Unit::Month, 0)),
        "decade" => return Some(Expr::RelUnit(Unit::Decade, 0)),
        "quarter" => return Some(Expr::RelUnit(Unit::Quarter, 0)),
        _ => {}
    }
    if let Some(y) = year_num(lower) {
        return Some(Expr::Year(y));
    }
    if let Some(m) = table::month_of(lower) {
        return Some(Expr::Month(YearSpec::Implied, m));
    }
    let c = &*COMPILED;
    for (rule, re) in RULES.iter().zip(&c.anchored) {
        if rule.prep == Prep::Required {
            continue;
        }
        if let Some(caps) = re.captures(t) {
            if caps.get(0).is_some_and(|m| m.end() == t.len()) && caps.name("prep").is_none() {
                let m = M { caps, text: t, off: 0 };
                if let Some((e, _)) = (rule.build)(&m) {
                    return Some(e);
                }
            }
        }
    }
    None
}

struct Compiled {
    /// All rules in one regex: finds where candidates are, in one pass.
    all: Regex,
    /// All rules anchored, as a set: tells which rules match at a candidate's start.
    set: RegexSet,
    /// Each rule anchored, with its groups.
    anchored: Vec<Regex>,
}

fn expand(core: &str) -> String {
    // Full names never take a dot ("in February."); abbreviations may ("Nov. 17").
    let full_abbr = |table: &[(&'static str, u32)], n_full: usize| {
        let full = table::alternation(table[..n_full].iter().map(|(w, _)| *w));
        let abbr = table::alternation(table[n_full..].iter().map(|(w, _)| *w));
        format!(r"(?:{full})\b|(?:{abbr})\b\.?")
    };
    let months = full_abbr(table::MONTHS, 12);
    let weekdays = full_abbr(table::WEEKDAYS, 7);
    let units = table::alternation(table::UNITS.iter().map(|(w, _)| *w));
    let year = r"(?:19|20)[0-9]{2}|2100";
    let base = format!(
        r"(?P<base>(?:FY|fiscal\s+year|fiscal)\s*'?(?:(?:19|20)[0-9]{{2}}|[0-9]{{2}})\b|(?:this|last|next|the\s+previous|the\s+current|the\s+coming|the\s+following|the\s+past|the\s+following|current|previous|coming|past|following)\s+(?:fiscal\s+year|year|month|decade|quarter|week)\b|(?:calendar\s+|fiscal\s+)?year\b|month\b|decade\b|(?:{months})(?:\s*,?\s*(?:{year})\b)?|(?:{year})\b|(?:19|20)[0-9]0'?s\b)"
    );
    core.replace("%BASE%", &base)
        .replace("%MONW%", &format!(r"(?:{months})"))
        .replace("%MON%", &format!(r"(?P<mon>{months})"))
        .replace("%WD%", &format!(r"(?P<wd>{weekdays})"))
        .replace("%YEARW%", &format!(r"(?:{year})\b"))
        .replace("%YEAR%", &format!(r"(?P<y>{year})\b"))
        .replace("%DAYN%", &format!(r"[0-3]?[0-9](?:st|nd|rd|th)?|{}", table::ordinal_day_words()))
        .replace("%NUM%", &format!(r"(?P<n>{})", table::number_words()))
        .replace("%UNIT%", &format!(r"(?P<u>(?:calendar\s+)?(?:{units}))\b"))
}

/// Whitespace inside an expression may hold one line break, never a blank line (a paragraph break).
fn single_line_spaces(p: &str) -> String {
    p.replace(r"\s+", r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)").replace(r"\s*", r"[ \t]*(?:\r?\n[ \t]*)?")
}

fn full_pattern(rule: &Rule) -> String {
    let preps = table::alternation(SPAN_PREPS.iter().chain(CONTEXT_WORDS).copied());
    let prefix = match rule.prep {
        Prep::Optional => format!(r"(?:(?P<prep>{preps})\s+)?"),
        Prep::Required => format!(r"(?P<prep>{preps})\s+"),
        Prep::No => String::new(),
    };
    single_line_spaces(&format!(r"\b{prefix}(?P<core>{})", expand(rule.core)))
}

fn build_regex(p: &str) -> Regex {
    RegexBuilder::new(p)
        .case_insensitive(true)
        .unicode(false)
        .size_limit(64 << 20)
        .dfa_size_limit(64 << 20)
        .build()
        .unwrap_or_else(|e| panic!("time regex: {e}"))
}

static COMPILED: Lazy<Compiled> = Lazy::new(|| {
    let strip = Regex::new(r"\(\?P<[a-z0-9_]+>").expect("strip regex");
    let mut alts = Vec::new();
    let mut plain = Vec::new();
    let mut anchored = Vec::new();
    for rule in RULES {
        let full = full_pattern(rule);
        let stripped = strip.replace_all(&full, "(?:").into_owned();
        alts.push(format!("(?:{stripped})"));
        plain.push(format!(r"\A(?:{stripped})"));
        anchored.push(build_regex(&format!(r"\A(?:{full})")));
    }
    let set = RegexSetBuilder::new(plain)
        .case_insensitive(true)
        .unicode(false)
        .size_limit(64 << 20)
        .dfa_size_limit(64 << 20)
        .build()
        .unwrap_or_else(|e| panic!("time regex set: {e}"));
    Compiled { all: build_regex(&alts.join("|")), set, anchored }
});

/// Whether digits at the edges of `start..end` continue into a larger number or identifier
/// ("138-2010-2015", "$2022", "2022.5").
fn digits_continue(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let digit_at = |i: usize| b.get(i).is_some_and(|c| c.is_ascii_digit());
    if digit_at(start) && start > 0 {
        let p = b[start - 1];
        if matches!(p, b'$' | b'#' | b'+' | b'@' | b'_')
            || text[..start].ends_with(['£', '€', '¥'])
            || (matches!(p, b'.' | b',' | b'/' | b'-' | b':') && start > 1 && b[start - 2].is_ascii_alphanumeric())
        {
            return true;
        }
    }
    if end > 0 && digit_at(end - 1) {
        if let Some(&n) = b.get(end) {
            if n == b'%' || n == b'_' || (matches!(n, b'.' | b',' | b'/' | b'-' | b':') && digit_at(end + 1)) {
                return true;
            }
        }
    }
    false
}

/// Every time expression in `text`, in order, non-overlapping.
pub(super) fn scan(text: &str) -> Vec<Hit> {
    let c = &*COMPILED;
    let mut hits = Vec::new();
    let mut pos = 0;
    while pos < text.len() {
        let Some(whole) = c.all.find_at(text, pos) else {
            break;
        };
        let s = whole.start();
        // Rules are re-run on a short window (keeps the capture engines on their fast paths); a
        // match reaching the window's cut is discarded, as the cut may fake a word boundary.
        let mut cut = (whole.end() + 96).min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let window = &text[..cut];
        let mut found = None;
        for i in c.set.matches(&window[s..]).iter() {
            let (rule, re) = (&RULES[i], &c.anchored[i]);
            if rule.prep == Prep::Required {
                let Some(m) = re.find(&window[s..]) else {
                    continue;
                };
                let end = s + m.end();
                if (cut < text.len() && end == cut) || digits_continue(text, end - 4, end) {
                    continue;
                }
                if let Some(h) = year_after_prep(text, s, m.as_str()) {
                    found = Some(h);
                    break;
                }
                continue;
            }
            let Some(rc) = re.captures(&window[s..]) else {
                continue;
            };
            if cut < text.len() && rc.get(0).is_some_and(|m| s + m.end() == cut) {
                continue;
            }
            let m = M { caps: rc, text, off: s };
            let core_start = m.abs_start("core").unwrap_or(s);
            let end = m.end();
            if digits_continue(text, core_start, end) {
                continue;
            }
            if let Some((expr, kind)) = (rule.build)(&m) {
                found = Some(Hit { start: s, core_start, end, prep: m.prep(), expr, kind });
                break;
            }
        }
        match found {
            Some(h) => {
                pos = h.end.max(s + 1);
                hits.push(h);
            }
            None => {
                pos = s + text[s..].chars().next().map_or(1, char::len_utf8);
            }
        }
    }
    hits
}

#[cfg(test)]
mod perf_probe {
    #[test]
    #[ignore]
    fn probe() {
        let mut out = String::new();
        for f in ["/tmp/perf/readout.txt", "/tmp/perf/seed5mb.txt"] {
            let text = std::fs::read_to_string(f).unwrap();
            let c = &*super::COMPILED;
            let t = std::time::Instant::now();
            let n = c.all.find_iter(&text).count();
            let dt = t.elapsed().as_secs_f64();
            let trig = super::build_regex(
                r"[0-9]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|yesterday|tomorrow|year|years|month|months|week|weeks|decade|decades|day|days|quarter|fiscal|fy|q[1-4]|h[12]|recent|recently|date|half)",
            );
            let t3 = std::time::Instant::now();
            let k = trig.find_iter(&text).count();
            let dt3 = t3.elapsed().as_secs_f64();
            let t2 = std::time::Instant::now();
            let m = super::scan(&text).len();
            let dt2 = t2.elapsed().as_secs_f64();
            let mb = text.len() as f64 / 1e6;
            out += &format!(
                "{f}: all {n} {:.0} MB/s; trig {k} {:.0} MB/s; scan {m} {:.0} MB/s\n",
                mb / dt,
                mb / dt3,
                mb / dt2
            );
        }
        std::fs::write("/tmp/perf/probe.txt", out).unwrap();
    }
}
