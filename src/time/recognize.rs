//! Recognition: one candidate automaton (the rules as one multi-pattern DFA, see
//! [`super::candidates`]) finds candidate expressions in a single pass and says which rule
//! matched; that rule (and, if it declines, the others matching there) is re-run anchored to
//! read its parts.

use std::cell::RefCell;

use once_cell::sync::{Lazy, OnceCell};
use regex_automata::util::captures::Captures;
use regex_syntax::hir::Hir;

use super::anchored::{self, RuleRegex};
use super::candidates::Candidates;
use super::fragments::{splice, Fragments};
use super::read::{word_before, year_num};
use super::resolve::{Expr, Unit, YearSpec};
use super::rules::{Prep, M, RULES};
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
/// `matched` is `"<prep> <year>"` starting at `s` in `text`.
fn year_after_prep(text: &str, s: usize, matched: &str) -> Option<Hit> {
    let split = matched.rfind(|c: char| c.is_ascii_whitespace())?;
    let year = year_num(&matched[split + 1..])?;
    let prep = table::normalize(&matched[..split]);
    if prep == "of" {
        // "the Inflation Reduction Act of 2022" is a name, not a time.
        let w = word_before(text, s, |c| c.is_ascii_alphanumeric());
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
    let t_lower = t.to_ascii_lowercase();
    let lower = t_lower.strip_prefix("the ").unwrap_or(&t_lower);
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
        // The candidate automaton holds each rule without its groups: a rule it does not match
        // here cannot match with them, and is neither compiled nor run.
        if rule.prep == Prep::Required || !c.candidates().matches_at(i, t_lower.as_bytes(), None) {
            continue;
        }
        let found = with_captures(c, i, |caps| {
            c.anchored(i).captures(t_lower.as_bytes(), caps);
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
    /// The fragments the rules share, and each rule's pattern written with their markers.
    grammar: Grammar,
    /// Every rule as one pattern of an anchored multi-pattern DFA (groups stripped), built ahead
    /// of time ([`super::candidates`]): finds where candidates are in one pass, and which rule
    /// matched there (the first in rule order). Like the anchored rules it is lower-cased; it
    /// reads ASCII capitals as lower case.
    candidates: OnceCell<Candidates>,
    /// The shared fragments, parsed and factored as the rules are ([`Self::rule_hir`]).
    fragments: OnceCell<Vec<Hir>>,
    /// Each rule anchored, with its groups: compiled on first use, as most documents need few.
    anchored: Vec<OnceCell<RuleRegex>>,
}

impl Compiled {
    fn candidates(&self) -> &Candidates {
        // A plain `fn` (it reaches the rules through the static) builds the DFAs only where the
        // embedded ones cannot be read.
        self.candidates.get_or_init(|| Candidates::load(|| COMPILED.candidate_hirs()))
    }

    /// Every rule as the candidate automaton has it, in rule order.
    fn candidate_hirs(&self) -> Vec<Hir> {
        (0..RULES.len()).map(|i| self.candidate_hir(i)).collect()
    }

    /// Rule `i` as the candidate automaton has it: as its anchored regex ([`Self::rule_hir`]),
    /// without groups.
    fn candidate_hir(&self, i: usize) -> Hir {
        self.rule_hir(&strip_groups(&self.grammar.patterns[i]))
    }

    /// Rule `i` as its anchored regex has it ([`Self::rule_hir`]).
    fn anchored_hir(&self, i: usize) -> Hir {
        self.rule_hir(&self.grammar.patterns[i])
    }

    /// A rule's `pattern`, lower-cased ([`anchored::parse`]) and factored ([`anchored::factor`]),
    /// with the fragments spliced in. Each fragment is factored once rather than in every rule
    /// that has it; that gives the same expression because a marker, like each alternative of
    /// the fragments it stands for here, starts with no literal byte, so factoring the rule
    /// groups nothing across it (a test checks).
    fn rule_hir(&self, pattern: &str) -> Hir {
        let fragments = self.fragments.get_or_init(|| {
            self.grammar.fragments.parse_all(anchored::parse).into_iter().map(anchored::factor).collect()
        });
        let rule = anchored::parse(pattern).unwrap_or_else(|e| panic!("time regex: {e}"));
        splice(anchored::factor(rule), fragments)
    }

    fn anchored(&self, i: usize) -> &RuleRegex {
        self.anchored[i]
            .get_or_init(|| RuleRegex::new(&self.anchored_hir(i)).unwrap_or_else(|e| panic!("time regex: {e}")))
    }
}

/// `pattern` with its named groups (`(?P<name>`, names as the rules write them: lower case,
/// digits, `_`) made non-capturing, for the candidate automaton.
fn strip_groups(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(at) = rest.find("(?P<") {
        let name_len = rest[at + 4..].find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'));
        match name_len {
            Some(n) if n > 0 && rest[at + 4 + n..].starts_with('>') => {
                out.push_str(&rest[..at]);
                out.push_str("(?:");
                rest = &rest[at + 5 + n..];
            }
            _ => {
                out.push_str(&rest[..at + 4]);
                rest = &rest[at + 4..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The rules' patterns, with the text many of them share written as fragment markers.
struct Grammar {
    fragments: Fragments,
    /// Rule `i`'s pattern, with its groups.
    patterns: Vec<String>,
}

impl Grammar {
    fn new() -> Grammar {
        let mut fragments = Fragments::default();
        // Whitespace inside an expression may hold one line break, never a blank line (a
        // paragraph break): every `\s+` and `\s*` of the rules stands for one of these.
        let space = fragments.add(r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)".to_string());
        let opt_space = fragments.add(r"[ \t]*(?:\r?\n[ \t]*)?".to_string());
        let single_line = |p: &str| p.replace(r"\s+", &space).replace(r"\s*", &opt_space);
        let mut share = |text: String| fragments.add(single_line(&text));
        let preps = share(table::alternation(SPAN_PREPS.iter().chain(CONTEXT_WORDS).copied()));
        let placeholders = placeholders(&mut share);
        let patterns = RULES
            .iter()
            .map(|rule| {
                let prefix = match rule.prep {
                    Prep::Optional => format!(r"(?:(?P<prep>{preps})\s+)?"),
                    Prep::Required => format!(r"(?P<prep>{preps})\s+"),
                    Prep::No => String::new(),
                };
                let mut core = rule.core.to_string();
                for (name, value) in &placeholders {
                    if core.contains(name) {
                        core = core.replace(name, value);
                    }
                }
                single_line(&format!(r"\b{prefix}(?P<core>{core})"))
            })
            .collect();
        Grammar { fragments, patterns }
    }
}

/// The placeholders of the rules' cores and what they stand for; `share` makes a fragment of
/// text that several rules or placeholders repeat and returns its marker.
fn placeholders(share: &mut impl FnMut(String) -> String) -> Vec<(&'static str, String)> {
    // Full names never take a dot ("in February."); abbreviations may ("Nov. 17").
    let full_abbr = |table: &[(&'static str, u32)], n_full: usize| {
        let full = table::alternation(table[..n_full].iter().map(|(w, _)| *w));
        let abbr = table::alternation(table[n_full..].iter().map(|(w, _)| *w));
        format!(r"(?:{full})\b|(?:{abbr})\b\.?")
    };
    let months = share(full_abbr(table::MONTHS, 12));
    let weekdays = share(full_abbr(table::WEEKDAYS, 7));
    let units = share(table::alternation(table::UNITS.iter().map(|(w, _)| *w)));
    let year = r"(?:19|20)[0-9]{2}|2100";
    let base = share(format!(
        r"(?:FY|fiscal\s+year|fiscal)\s*'?(?:(?:19|20)[0-9]{{2}}|[0-9]{{2}})\b|(?:this|last|next|the\s+previous|the\s+current|the\s+coming|the\s+following|the\s+past|current|previous|coming|past|following)\s+(?:fiscal\s+year|year|month|decade|quarter|week)\b|(?:calendar\s+|fiscal\s+)?year\b|month\b|decade\b|(?:{months})(?:\s*,?\s*(?:{year})\b)?|(?:{year})\b|(?:19|20)[0-9]0'?s\b"
    ));
    let year_words = share(table::year_words(true));
    let ord = share(
        "last|[0-9]{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
            .to_string(),
    );
    let weekdays_plural = r"(?P<wds>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)";
    vec![
        ("%BASE%", format!("(?P<base>{base})")),
        ("%HOL%", format!(r"(?P<hol>{})", super::holiday::alternation())),
        ("%YEARX%", format!(r"(?P<y>(?:{year})\b|{year_words})")),
        ("%YEARW2%", format!(r"(?P<yw>{})", table::year_words(false))),
        ("%ORD%", format!("(?P<nth>{ord})")),
        ("%WDS%", weekdays_plural.to_string()),
        ("%MONW%", format!(r"(?:{months})")),
        ("%MON%", format!(r"(?P<mon>{months})")),
        ("%WD%", format!(r"(?P<wd>{weekdays})")),
        ("%YEARW%", format!(r"(?:{year})\b")),
        ("%YEAR%", format!(r"(?P<y>{year})\b")),
        ("%DAYN%", share(format!(r"[0-3]?[0-9](?:st|nd|rd|th)?|{}", table::ordinal_day_words()))),
        ("%NUM%", format!(r"(?P<n>{})", share(table::number_words()))),
        ("%UNIT%", format!(r"(?P<u>(?:calendar\s+)?(?:{units}))\b")),
    ]
}

static COMPILED: Lazy<Compiled> = Lazy::new(|| Compiled {
    grammar: Grammar::new(),
    candidates: OnceCell::new(),
    fragments: OnceCell::new(),
    anchored: RULES.iter().map(|_| OnceCell::new()).collect(),
});

/// Every rule's full pattern (fragments written out), as its anchored regex is built from.
#[cfg(test)]
pub(super) fn anchored_patterns() -> Vec<String> {
    let g = &COMPILED.grammar;
    g.patterns.iter().map(|p| g.fragments.unmark(p)).collect()
}

thread_local! {
    /// Each rule's capture storage, reused by every search with that rule on this thread.
    static CAPTURES: RefCell<Vec<Option<Captures>>> = const { RefCell::new(Vec::new()) };
    /// The buffer [`scan`] lower-cases a candidate's window into, reused by the next one.
    static WINDOW: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
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
            all.resize_with(RULES.len(), || None);
        }
        all[i] = Some(caps);
    });
    r
}

/// Loads the candidate automaton now rather than on first use.
pub(crate) fn prepare() {
    COMPILED.candidates();
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

/// Rule `i` anchored at `s` on the window `text[s..cut]` (`window` is it lower-cased); a match
/// reaching the cut (before the end of the text) is discarded, as the cut may fake a word boundary.
///
/// `known_end` is where the candidate automaton's match ends when rule `i` is the one it found:
/// the bare-year rule, which has no groups to read, then needs no capture engine at all (its match
/// ends after the year's four digits, whatever the window).
fn try_rule(
    c: &Compiled,
    i: usize,
    text: &str,
    window: &[u8],
    s: usize,
    cut: usize,
    known_end: Option<usize>,
) -> Option<Hit> {
    let rule = &RULES[i];
    if rule.prep == Prep::Required {
        let end = match known_end {
            Some(end) => end,
            None => s + c.anchored(i).match_len(window)?,
        };
        if (cut < text.len() && end == cut) || digits_continue(text, end - 4, end) {
            return None;
        }
        return year_after_prep(text, s, &text[s..end]);
    }
    let re = c.anchored(i);
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
    let bytes = text.as_bytes();
    let mut hits = Vec::new();
    let mut pos = 0;
    let mut window = WINDOW.take();
    while pos < text.len() {
        let Some((s, whole_end, first)) = c.candidates().find(bytes, pos) else {
            break;
        };
        // Rules are re-run on a short window (keeps the capture engines on their fast paths), read
        // lower-cased as they are compiled (ASCII only: offsets are unchanged); a match reaching
        // the window's cut is discarded, as the cut may fake a word boundary. First on a window
        // ending one char after the combined match: the lowest-numbered rule matching there is
        // the one the combined automaton matched, and a short haystack keeps the capture engine
        // cheap. If that rule declines, retry every rule on a longer window.
        let mut short = whole_end;
        if let Some(ch) = text[short..].chars().next() {
            short += ch.len_utf8();
        }
        // No window is longer than MAX_WINDOW: the rules allow any run of spaces inside an
        // expression, and a capture engine over a megabyte of them takes a second. A candidate
        // that long is only retried on a window of that size, where each rule, the one that
        // found it too, may read a shorter expression ("since January" of "since January",
        // a megabyte of spaces, "2021").
        let fits = short - s <= MAX_WINDOW;
        let mut found = None;
        if fits {
            lower_into(&mut window, &bytes[s..short]);
            found = try_rule(c, first, text, &window, s, short, Some(whole_end));
        }
        if found.is_none() {
            let mut cut = (whole_end + 96).min(s + MAX_WINDOW).min(text.len());
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            lower_into(&mut window, &bytes[s..cut]);
            let behind = s.checked_sub(1).map(|p| bytes[p]);
            let retry = |i: usize| (i != first || !fits) && c.candidates().matches_at(i, &window, behind);
            for i in (0..RULES.len()).filter(|&i| retry(i)) {
                found = try_rule(c, i, text, &window, s, cut, None);
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
    window.clear();
    WINDOW.set(window);
    hits
}

/// The longest window a rule's capture engine reads (bytes): no real time expression comes near.
const MAX_WINDOW: usize = 512;

/// `out` becomes `bytes` with ASCII capitals lower-cased.
fn lower_into(out: &mut Vec<u8>, bytes: &[u8]) {
    out.clear();
    out.extend_from_slice(bytes);
    out.make_ascii_lowercase();
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fragments are an optimisation only: each rule, in both forms it is compiled in, must
    /// be exactly the expression its full text parses to, both as spliced and once factored (as
    /// fragments are factored on their own). Both forms are lower-cased; that this matches what
    /// the full text matches case-insensitively is checked in `anchored`.
    #[test]
    fn spliced_rules_equal_their_full_text() {
        let c = &*COMPILED;
        let fragments = c.grammar.fragments.parse_all(anchored::parse);
        for (i, full) in anchored_patterns().iter().enumerate() {
            for (form, pattern, compiled) in [
                ("candidate", strip_groups(&c.grammar.patterns[i]), c.candidate_hir(i)),
                ("anchored", c.grammar.patterns[i].clone(), c.anchored_hir(i)),
            ] {
                let expected = anchored::parse(&c.grammar.fragments.unmark(&pattern)).expect("rule pattern");
                let spliced = splice(anchored::parse(&pattern).expect("rule pattern"), &fragments);
                assert_eq!(spliced, expected, "{form} form of {full}");
                assert_eq!(compiled, anchored::factor(expected), "factored {form} form of {full}");
            }
        }
    }

    /// The embedded candidate automaton must be the one the rules build (see [`super::super::candidates`]).
    /// `REGENERATE_TIME_DFA=1 cargo test embedded_candidate_automaton` rewrites it after a change
    /// to the rules.
    #[cfg(target_endian = "little")]
    #[test]
    fn embedded_candidate_automaton_is_current() {
        use super::super::candidates::{embedded, serialized, EACH_FILE, SCAN_FILE};
        let (scan, each) = serialized(&COMPILED.candidate_hirs());
        if (scan.as_slice(), each.as_slice()) == embedded() {
            return;
        }
        if std::env::var_os("REGENERATE_TIME_DFA").is_some() {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
            std::fs::write(dir.join(SCAN_FILE), &scan).expect("write the scan DFA");
            std::fs::write(dir.join(EACH_FILE), &each).expect("write the per-rule DFA");
            return;
        }
        panic!(
            "the embedded time automaton is stale (the rules changed): run \
             `REGENERATE_TIME_DFA=1 cargo test embedded_candidate_automaton` and commit {SCAN_FILE} and {EACH_FILE}"
        );
    }

    /// Without the embedded bytes (a big-endian target, a future `regex-automata`), the automaton
    /// is built at run time and finds the same candidates.
    #[test]
    fn built_candidate_automaton_finds_what_the_embedded_one_does() {
        let built = super::super::candidates::built(|| COMPILED.candidate_hirs());
        let embedded = COMPILED.candidates();
        let text = "in the first half of 2024, since May 5, the day after tomorrow, fy24 q3, the 1990s, \
                    two weeks ago, christmas eve 2023, 3/4/2021 and 2019-2022, mid-march, so far this year";
        let mut pos = 0;
        let mut found = 0;
        while let Some(hit) = embedded.find(text.as_bytes(), pos) {
            assert_eq!(built.find(text.as_bytes(), pos), Some(hit));
            let (window, behind) = (&text.as_bytes()[hit.0..], hit.0.checked_sub(1).map(|p| text.as_bytes()[p]));
            for i in 0..RULES.len() {
                assert_eq!(built.matches_at(i, window, behind), embedded.matches_at(i, window, behind));
            }
            pos = hit.0 + 1;
            found += 1;
        }
        assert_eq!(built.find(text.as_bytes(), pos), None);
        assert!(found >= 12, "{found} candidates");
    }

    #[test]
    fn strip_groups_keeps_other_groups() {
        assert_eq!(strip_groups(r"(?P<a_1>x)(?:y)(?P<b>(z))(?P<"), r"(?:x)(?:y)(?:(z))(?P<");
    }
}
