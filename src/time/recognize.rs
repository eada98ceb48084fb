//! Recognition: one candidate automaton (the rules as one multi-pattern regex) finds candidate
//! expressions in a single pass and says which rule matched; that rule (and, if it declines, the
//! others matching there) is re-run anchored to read its parts.

use std::cell::RefCell;

use once_cell::sync::{Lazy, OnceCell};
use regex::Regex;
use regex_automata::meta;
use regex_automata::nfa::thompson::WhichCaptures;
use regex_automata::util::captures::Captures;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, PatternID};

use super::anchored::RuleRegex;
use super::read::year_num;
use super::resolve::{Expr, Unit, YearSpec};
use super::rules::{Prep, Rule, M, RULES};
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

/// The bare-year rule, parsed without a capture engine (it is the most frequent hit):
/// `matched` is "<prep> <year>" starting at `s` in `text`.
fn year_after_prep(text: &str, s: usize, matched: &str) -> Option<Hit> {
    let split = matched.rfind(|c: char| c.is_ascii_whitespace())?;
    let year = year_num(&matched[split + 1..])?;
    let prep = table::normalize(&matched[..split]);
    if prep == "of" {
        // "the Inflation Reduction Act of 2022" is a name, not a time.
        let before = text[..s].trim_end();
        let start =
            before.char_indices().rev().find(|&(_, c)| !c.is_ascii_alphanumeric()).map_or(0, |(i, c)| i + c.len_utf8());
        let w = &before[start..];
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

/// Parses the period inside "the end of ...", "the first half of ...".
pub(super) fn parse_base(text: &str) -> Option<Expr> {
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
    for (i, rule) in RULES.iter().enumerate() {
        if rule.prep == Prep::Required {
            continue;
        }
        let found = with_captures(c, i, |caps| {
            c.anchored(i).captures(t, caps);
            let m = M { caps, text: t, off: 0 };
            let whole = caps.get_match().is_some_and(|w| w.end() == t.len());
            if whole && !m.has("prep") {
                return (rule.build)(&m).map(|(e, _)| e);
            }
            None
        });
        if found.is_some() {
            return found;
        }
    }
    None
}

struct Compiled {
    /// Every rule as one pattern of a multi-pattern regex (groups stripped): finds where
    /// candidates are in one pass, and which rule matched there (the first in rule order).
    all: (Vec<String>, OnceCell<meta::Regex>),
    /// Each rule anchored, with its groups: compiled on first use, as most documents need few.
    anchored: Vec<(String, OnceCell<RuleRegex>)>,
}

impl Compiled {
    fn all(&self) -> &meta::Regex {
        self.all.1.get_or_init(|| {
            // Only match bounds and pattern ids are read from it, so it skips the engines that
            // report groups, and the automatic prefilter, whose literal analysis of these large
            // alternations would cost more than the lazy DFA saves.
            meta::Regex::builder()
                .syntax(syntax::Config::new().case_insensitive(true).unicode(false))
                .configure(
                    meta::Config::new()
                        .auto_prefilter(false)
                        .which_captures(WhichCaptures::Implicit)
                        .onepass(false)
                        .backtrack(false)
                        .nfa_size_limit(Some(64 << 20))
                        .hybrid_cache_capacity(8 << 20),
                )
                .build_many(&self.all.0)
                .unwrap_or_else(|e| panic!("time regex: {e}"))
        })
    }

    /// Whether rule `i` matches at the start of `text[s..]`.
    fn matches_at(&self, i: usize, text: &str, s: usize) -> bool {
        let input = Input::new(text).span(s..text.len()).anchored(Anchored::Pattern(PatternID::must(i)));
        self.all().search_half(&input).is_some()
    }

    fn anchored(&self, i: usize) -> &RuleRegex {
        let (src, cell) = &self.anchored[i];
        cell.get_or_init(|| RuleRegex::new(src).unwrap_or_else(|e| panic!("time regex: {e}")))
    }
}

/// The placeholders of the rules' cores and what they stand for, built once.
static PLACEHOLDERS: Lazy<Vec<(&'static str, String)>> = Lazy::new(|| {
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
    let ord = r"(?P<nth>last|[0-9]{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)";
    let weekdays_plural = r"(?P<wds>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)";
    vec![
        ("%BASE%", base),
        ("%HOL%", format!(r"(?P<hol>{})", super::holiday::alternation())),
        ("%YEARX%", format!(r"(?P<y>(?:{year})\b|{})", table::year_words(true))),
        ("%YEARW2%", format!(r"(?P<yw>{})", table::year_words(false))),
        ("%ORD%", ord.to_string()),
        ("%WDS%", weekdays_plural.to_string()),
        ("%MONW%", format!(r"(?:{months})")),
        ("%MON%", format!(r"(?P<mon>{months})")),
        ("%WD%", format!(r"(?P<wd>{weekdays})")),
        ("%YEARW%", format!(r"(?:{year})\b")),
        ("%YEAR%", format!(r"(?P<y>{year})\b")),
        ("%DAYN%", format!(r"[0-3]?[0-9](?:st|nd|rd|th)?|{}", table::ordinal_day_words())),
        ("%NUM%", format!(r"(?P<n>{})", table::number_words())),
        ("%UNIT%", format!(r"(?P<u>(?:calendar\s+)?(?:{units}))\b")),
    ]
});

fn expand(core: &str) -> String {
    let mut out = core.to_string();
    for (name, value) in PLACEHOLDERS.iter() {
        if out.contains(name) {
            out = out.replace(name, value);
        }
    }
    out
}

/// Whitespace inside an expression may hold one line break, never a blank line (a paragraph break).
fn single_line_spaces(p: &str) -> String {
    p.replace(r"\s+", r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)").replace(r"\s*", r"[ \t]*(?:\r?\n[ \t]*)?")
}

/// The prepositions and context words that may precede an expression, as one alternation.
static PREPS: Lazy<String> = Lazy::new(|| table::alternation(SPAN_PREPS.iter().chain(CONTEXT_WORDS).copied()));

fn full_pattern(rule: &Rule) -> String {
    let preps = &*PREPS;
    let prefix = match rule.prep {
        Prep::Optional => format!(r"(?:(?P<prep>{preps})\s+)?"),
        Prep::Required => format!(r"(?P<prep>{preps})\s+"),
        Prep::No => String::new(),
    };
    single_line_spaces(&format!(r"\b{prefix}(?P<core>{})", expand(rule.core)))
}

static COMPILED: Lazy<Compiled> = Lazy::new(|| {
    let strip = Regex::new(r"\(\?P<[a-z0-9_]+>").expect("strip regex");
    let mut alts = Vec::new();
    let mut anchored = Vec::new();
    for rule in RULES {
        let full = full_pattern(rule);
        alts.push(strip.replace_all(&full, "(?:").into_owned());
        anchored.push((full, OnceCell::new()));
    }
    Compiled { all: (alts, OnceCell::new()), anchored }
});

/// Every rule's pattern as its anchored regex is built from.
#[cfg(test)]
pub(super) fn anchored_patterns() -> Vec<String> {
    COMPILED.anchored.iter().map(|(p, _)| p.clone()).collect()
}

thread_local! {
    /// Each rule's capture storage, reused by every search with that rule on this thread.
    static CAPTURES: RefCell<Vec<Option<Captures>>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` with capture storage for rule `i`: this thread's, or a fresh one if a rule's build
/// (through [`parse_base`]) re-enters the same rule.
fn with_captures<R>(c: &Compiled, i: usize, f: impl FnOnce(&mut Captures) -> R) -> R {
    let taken = CAPTURES.with(|all| all.borrow_mut().get_mut(i).and_then(Option::take));
    let mut caps = taken.unwrap_or_else(|| c.anchored(i).create_captures());
    let r = f(&mut caps);
    CAPTURES.with(|all| {
        let mut all = all.borrow_mut();
        if all.len() <= i {
            all.resize_with(RULES.len().max(i + 1), || None);
        }
        all[i] = Some(caps);
    });
    r
}

/// Builds the candidate automaton now rather than on first use.
pub(crate) fn prepare() {
    COMPILED.all();
}

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

/// Rule `i` anchored at `s` on the window `text[..cut]`; a match reaching the cut (before the end
/// of the text) is discarded, as the cut may fake a word boundary.
fn try_rule(c: &Compiled, i: usize, text: &str, s: usize, cut: usize) -> Option<Hit> {
    let (rule, re) = (&RULES[i], c.anchored(i));
    let window = &text[s..cut];
    if rule.prep == Prep::Required {
        let end = s + re.match_len(window)?;
        if (cut < text.len() && end == cut) || digits_continue(text, end - 4, end) {
            return None;
        }
        return year_after_prep(text, s, &text[s..end]);
    }
    with_captures(c, i, |caps| {
        re.captures(window, caps);
        let end = s + caps.get_match()?.end();
        if cut < text.len() && end == cut {
            return None;
        }
        let m = M { caps, text, off: s };
        let core_start = m.abs_start("core").unwrap_or(s);
        if digits_continue(text, core_start, end) {
            return None;
        }
        let (expr, kind) = (rule.build)(&m)?;
        Some(Hit { start: s, core_start, end, prep: m.prep(), expr, kind })
    })
}

/// Every time expression in `text`, in order, non-overlapping.
pub(super) fn scan(text: &str) -> Vec<Hit> {
    let c = &*COMPILED;
    let mut hits = Vec::new();
    let mut pos = 0;
    while pos < text.len() {
        let Some(whole) = c.all().search(&Input::new(text).span(pos..text.len())) else {
            break;
        };
        let s = whole.start();
        // Rules are re-run on a short window (keeps the capture engines on their fast paths); a
        // match reaching the window's cut is discarded, as the cut may fake a word boundary.
        // First on a window ending one char after the combined match: the lowest-numbered rule
        // matching there is the one the combined regex matched, and a short haystack keeps the
        // capture engine cheap. If that rule declines, retry every rule on a longer window.
        let mut short = whole.end();
        if let Some(ch) = text[short..].chars().next() {
            short += ch.len_utf8();
        }
        let first = whole.pattern().as_usize();
        let mut found = try_rule(c, first, text, s, short);
        if found.is_none() {
            let mut cut = (whole.end() + 96).min(text.len());
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            for i in (0..RULES.len()).filter(|&i| i != first && c.matches_at(i, &text[..cut], s)) {
                found = try_rule(c, i, text, s, cut);
                if found.is_some() {
                    break;
                }
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

/// Whether the sentence around byte `at` reads as past tense (a past-tense marker and no future
/// marker). Used where a reading depends on tense ("in two weeks" is a future point only when the
/// sentence is not about the past: "rose 5% in two years" is a duration).
pub(super) fn past_context(text: &str, at: usize) -> bool {
    let (past, future) = tense(text, at);
    past && !future
}

/// Whether the sentence around byte `at` reads as future (a future marker and no past marker).
pub(super) fn future_context(text: &str, at: usize) -> bool {
    let (past, future) = tense(text, at);
    future && !past
}

/// How far from `at` the sentence around it is read, each way. Bounds the work per call, so text
/// without sentence punctuation cannot make the scan quadratic.
const TENSE_WINDOW: usize = 300;

/// (past, future): whether the sentence around byte `at` has past-tense / future markers.
pub(super) fn tense(text: &str, at: usize) -> (bool, bool) {
    let b = text.as_bytes();
    let at = at.min(b.len());
    let lo = at.saturating_sub(TENSE_WINDOW);
    let hi = (at + TENSE_WINDOW).min(b.len());
    let mut s = at;
    while s > lo
        && !(matches!(b[s - 1], b'.' | b'!' | b'?' | b';') || (b[s - 1] == b'\n' && s > 1 && b[s - 2] == b'\n'))
    {
        s -= 1;
    }
    let mut e = at;
    while e < hi && !matches!(b[e], b'.' | b'!' | b'?' | b';') {
        e += 1;
    }
    while !text.is_char_boundary(s) {
        s += 1;
    }
    while !text.is_char_boundary(e) {
        e -= 1;
    }
    let (mut past, mut future) = (false, false);
    let mut buf = [0u8; 16];
    for w in text[s..e.max(s)].split(|c: char| !(c.is_ascii_alphabetic() || c == '\'' || c == '’')) {
        // No listed marker is longer than 16 bytes; a longer word can only be an "-ed" form.
        if w.len() > buf.len() {
            past |= w.is_char_boundary(w.len() - 2) && w[w.len() - 2..].eq_ignore_ascii_case("ed");
            continue;
        }
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        let lw = std::str::from_utf8(lower).unwrap_or("");
        match lw {
            "will" | "shall" | "would" | "going" | "plan" | "plans" | "expect" | "expects" | "aim" | "aims"
            | "intend" | "next" | "upcoming" | "coming" | "within" | "soon" => future = true,
            "was" | "were" | "had" | "did" | "ago" | "rose" | "fell" | "grew" | "went" | "saw" | "took" | "made"
            | "came" | "spent" | "met" | "said" | "began" | "left" | "sold" | "paid" | "built" | "won" | "lost" => {
                past = true
            }
            _ if lw.ends_with("'ll") || lw.ends_with("’ll") => future = true,
            _ if lw.len() > 4 && lw.ends_with("ed") => past = true,
            _ => {}
        }
    }
    (past, future)
}
