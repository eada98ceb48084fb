//! The per-rule capture engine: a rule re-run anchored at a candidate's start to read its groups.
//!
//! Candidates are short and a rule is run on each of them once, so the cost is per search, not
//! per byte: a full `regex::Regex` would run a lazy DFA over the candidate before the capture
//! engine, allocate fresh capture storage each time, and at build time compile a reverse NFA and
//! DFA caches that these searches never need. Here each rule is just a bounded backtracker (with
//! a PikeVM for haystacks too long for it), and the capture storage and the backtracker's scratch
//! space are kept per thread.
//!
//! Two rewrites make the backtracker's work smaller, without changing any match:
//!
//! - The rules are case-insensitive. Instead of every letter being a two-byte class, the pattern
//!   is lower-cased and compiled case-sensitively, and searches are given the haystack
//!   lower-cased (ASCII only, so byte offsets are unchanged; the scan lower-cases each text once
//!   for the candidate automaton and the rules). Word alternations then become plain literals.
//! - Alternatives that start with the same byte share that byte ([`factor`]), so the
//!   backtracker tries one branch per distinct first byte instead of one per word.

use std::cell::RefCell;

use regex_automata::nfa::thompson;
use regex_automata::nfa::thompson::backtrack::{self, BoundedBacktracker};
use regex_automata::nfa::thompson::pikevm::PikeVM;
use regex_automata::util::captures::Captures;
use regex_automata::util::primitives::NonMaxUsize;
use regex_automata::{Anchored, Input, PatternID};
use regex_syntax::hir::{Hir, HirKind};

/// One rule, compiled for anchored searches that report its groups.
pub(super) struct RuleRegex {
    backtrack: BoundedBacktracker,
    /// For haystacks longer than the backtracker's visited set allows (very long runs of spaces).
    pikevm: PikeVM,
}

thread_local! {
    /// The backtracker's stack and visited set, reused across searches of every rule on this
    /// thread (reset for each search, as rules differ).
    static BACKTRACK: RefCell<Option<backtrack::Cache>> = const { RefCell::new(None) };
}

impl RuleRegex {
    /// Compiles a rule's expression, as [`parse`] gives it, [`factor`]ed.
    pub(super) fn new(hir: &Hir) -> Result<RuleRegex, String> {
        let nfa = thompson::Compiler::new()
            .configure(thompson::Config::new().nfa_size_limit(Some(64 << 20)))
            .build_from_hir(hir)
            .map_err(|e| e.to_string())?;
        let pikevm = PikeVM::new_from_nfa(nfa.clone()).map_err(|e| e.to_string())?;
        let backtrack = BoundedBacktracker::new_from_nfa(nfa).map_err(|e| e.to_string())?;
        Ok(RuleRegex { backtrack, pikevm })
    }

    /// Storage for this rule's groups.
    pub(super) fn create_captures(&self) -> Captures {
        self.backtrack.create_captures()
    }

    /// The leftmost-first match starting at the start of `lower` (a haystack ASCII lower-cased),
    /// with its groups, into `caps` (no match leaves `caps.is_match()` false).
    pub(super) fn captures(&self, lower: &[u8], caps: &mut Captures) {
        self.with_cache(lower, |input, cache| {
            if self.backtrack.try_search(cache, input, caps).is_err() {
                // Too long for the backtracker's visited set.
                self.pikevm.search(&mut self.pikevm.create_cache(), input, caps);
            }
        });
    }

    /// The length of the leftmost-first match starting at the start of `lower` (a haystack ASCII
    /// lower-cased), if any.
    pub(super) fn match_len(&self, lower: &[u8]) -> Option<usize> {
        let mut slots: [Option<NonMaxUsize>; 2] = [None, None];
        self.with_cache(lower, |input, cache| {
            if self.backtrack.try_search_slots(cache, input, &mut slots).is_err() {
                self.pikevm.search_slots(&mut self.pikevm.create_cache(), input, &mut slots);
            }
        });
        slots[1].map(NonMaxUsize::get)
    }

    /// Runs `search` on `lower`, anchored, with this thread's backtracker cache reset for this
    /// rule.
    fn with_cache(&self, lower: &[u8], search: impl FnOnce(&Input<'_>, &mut backtrack::Cache)) {
        BACKTRACK.with(|cache| {
            let mut cache = cache.borrow_mut();
            let cache = cache.get_or_insert_with(|| self.backtrack.create_cache());
            cache.reset(&self.backtrack);
            search(&Input::new(lower).anchored(Anchored::Yes), cache);
        });
    }
}

/// Byte offsets of group `name` of a match, if it took part.
pub(super) fn group(caps: &Captures, name: &str) -> Option<(usize, usize)> {
    // A linear scan: rules have a handful of groups, and it saves hashing the name.
    let index = caps.group_info().pattern_names(PatternID::ZERO).position(|n| n == Some(name))?;
    caps.get_group(index).map(|s| (s.start, s.end))
}

/// Parses `pattern`, written to be matched case-insensitively with Unicode classes off, for a
/// lower-cased haystack (see [`lowercase_pattern`]).
pub(super) fn parse(pattern: &str) -> Result<Hir, String> {
    regex_syntax::ParserBuilder::new()
        .unicode(false)
        .build()
        .parse(&lowercase_pattern(pattern))
        .map_err(|e| e.to_string())
}

/// `pattern` with its ASCII letters lower-cased, except in escapes (`\A`, `\b`, `\s`) and group
/// names. On a lower-cased haystack it matches, case-sensitively, exactly what `pattern` matches
/// case-insensitively (a test checks that the two parse to the same expression for every rule).
fn lowercase_pattern(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(c) = rest.chars().next() {
        let verbatim = if c == '\\' {
            rest.char_indices().nth(2).map_or(rest.len(), |(i, _)| i)
        } else if rest.starts_with("(?P<") {
            rest.find('>').map_or(rest.len(), |i| i + 1)
        } else {
            out.push(c.to_ascii_lowercase());
            rest = &rest[c.len_utf8()..];
            continue;
        };
        out.push_str(&rest[..verbatim]);
        rest = &rest[verbatim..];
    }
    out
}

/// Rewrites every alternation so alternatives starting with the same ASCII byte share it:
/// `march|may|june` becomes `ma(?:rch|y)|june`. Reordering alternatives is safe only between
/// alternatives that cannot match at the same position, so it happens only within runs of
/// alternatives that start with a literal byte (which one is then known), and alternatives
/// sharing a byte keep their order: leftmost-first priorities, hence matches and groups, are
/// unchanged.
pub(super) fn factor(hir: Hir) -> Hir {
    if hir.kind().subs().is_empty() {
        return hir;
    }
    match hir.into_kind() {
        HirKind::Alternation(alts) => alternation(alts.into_iter().map(factor).collect()),
        kind => rebuild(kind, factor),
    }
}

/// `kind` as an expression again, with `f` applied to each of its sub-expressions. The
/// constructors of regex-syntax simplify the result just as its parser does.
pub(super) fn rebuild(kind: HirKind, mut f: impl FnMut(Hir) -> Hir) -> Hir {
    match kind {
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(l) => Hir::literal(l.0),
        HirKind::Class(c) => Hir::class(c),
        HirKind::Look(l) => Hir::look(l),
        HirKind::Repetition(mut r) => {
            r.sub = Box::new(f(*r.sub));
            Hir::repetition(r)
        }
        HirKind::Capture(mut c) => {
            c.sub = Box::new(f(*c.sub));
            Hir::capture(c)
        }
        HirKind::Concat(subs) => Hir::concat(subs.into_iter().map(f).collect()),
        HirKind::Alternation(alts) => Hir::alternation(alts.into_iter().map(f).collect()),
    }
}

/// The alternation of `alts` (each already factored), with alternatives sharing a first byte
/// grouped behind it.
fn alternation(alts: Vec<Hir>) -> Hir {
    let mut out = Vec::with_capacity(alts.len());
    // Groups by first byte, in order of first appearance, since the last alternative that does
    // not start with a literal.
    let mut run: Vec<(u8, Vec<Hir>)> = Vec::new();
    for alt in alts {
        match first_byte(&alt) {
            Some(b) => match run.iter_mut().find(|(c, _)| *c == b) {
                Some((_, group)) => group.push(alt),
                None => run.push((b, vec![alt])),
            },
            None => {
                flush(&mut run, &mut out);
                out.push(alt);
            }
        }
    }
    flush(&mut run, &mut out);
    Hir::alternation(out)
}

/// Appends the groups of `run` to `out`, each as its byte followed by the alternation of the rests.
fn flush(run: &mut Vec<(u8, Vec<Hir>)>, out: &mut Vec<Hir>) {
    for (b, mut group) in run.drain(..) {
        if group.len() == 1 {
            out.append(&mut group);
        } else {
            let rests = group.into_iter().map(drop_first_byte).collect();
            out.push(Hir::concat(vec![Hir::literal([b]), alternation(rests)]));
        }
    }
}

/// The first byte of `hir` if it starts with a literal and that byte is ASCII (so what follows
/// it stays valid UTF-8).
fn first_byte(hir: &Hir) -> Option<u8> {
    let lit = match hir.kind() {
        HirKind::Literal(l) => l,
        HirKind::Concat(subs) => match subs.first()?.kind() {
            HirKind::Literal(l) => l,
            _ => return None,
        },
        _ => return None,
    };
    lit.0.first().copied().filter(u8::is_ascii)
}

/// `hir` without the byte [`first_byte`] found.
fn drop_first_byte(hir: Hir) -> Hir {
    match hir.into_kind() {
        HirKind::Literal(l) => Hir::literal(&l.0[1..]),
        HirKind::Concat(mut subs) => {
            if let Some(HirKind::Literal(l)) = subs.first().map(Hir::kind) {
                subs[0] = Hir::literal(&l.0[1..]);
            }
            Hir::concat(subs)
        }
        kind => rebuild(kind, |h| h),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_syntax::hir::{Class, ClassBytes, ClassBytesRange, ClassUnicode, ClassUnicodeRange};

    /// `hir` (parsed case-insensitively) as it must read on a lower-cased haystack: upper-case
    /// letters dropped from every class. Panics if a class or literal is not closed under ASCII
    /// case, as it then could not match a lower-cased haystack the same way.
    fn fold(hir: Hir) -> Hir {
        let closed = |ranges: Vec<(u32, u32)>| {
            let has = |c: u8| ranges.iter().any(|&(a, b)| (a..=b).contains(&u32::from(c)));
            assert!((b'a'..=b'z').all(|c| has(c) == has(c.to_ascii_uppercase())), "not case-closed");
        };
        match hir.into_kind() {
            HirKind::Class(Class::Bytes(mut c)) => {
                closed(c.ranges().iter().map(|r| (r.start().into(), r.end().into())).collect());
                c.difference(&ClassBytes::new([ClassBytesRange::new(b'A', b'Z')]));
                Hir::class(Class::Bytes(c))
            }
            HirKind::Class(Class::Unicode(mut c)) => {
                closed(c.ranges().iter().map(|r| (r.start().into(), r.end().into())).collect());
                c.difference(&ClassUnicode::new([ClassUnicodeRange::new('A', 'Z')]));
                Hir::class(Class::Unicode(c))
            }
            HirKind::Literal(l) => {
                assert!(!l.0.iter().any(u8::is_ascii_alphabetic), "case-sensitive literal");
                Hir::literal(l.0)
            }
            kind => rebuild(kind, fold),
        }
    }

    #[test]
    fn lowercased_patterns_match_what_the_rules_match_case_insensitively() {
        for pattern in super::super::recognize::anchored_patterns() {
            let insensitive = regex_syntax::ParserBuilder::new()
                .case_insensitive(true)
                .unicode(false)
                .build()
                .parse(&pattern)
                .expect("rule pattern");
            assert_eq!(factor(parse(&pattern).expect("lowered pattern")), factor(fold(insensitive)), "{pattern}");
        }
    }

    #[test]
    fn factoring_keeps_priorities_and_groups() {
        let re =
            RuleRegex::new(&factor(parse(r"(?P<w>march|may|ma|june)(?P<x>s?)").expect("pattern"))).expect("pattern");
        let mut caps = re.create_captures();
        for (hay, end) in [("Mayday", 3), ("MARCHES", 5), ("Marchs", 6), ("mad", 2), ("June", 4), ("july", 0)] {
            re.captures(hay.to_ascii_lowercase().as_bytes(), &mut caps);
            assert_eq!(caps.get_match().map_or(0, |m| m.end()), end, "{hay}");
        }
        assert_eq!(re.match_len(b"mays"), Some(4));
        assert_eq!(lowercase_pattern(r"\AFY(?P<fyY>\s+)[A-Z]"), r"\Afy(?P<fyY>\s+)[a-z]");
    }

    #[test]
    fn long_haystacks_fall_back_to_the_pikevm() {
        let re = RuleRegex::new(&factor(parse(r"in\s+(?P<y>[0-9]{4})").expect("pattern"))).expect("pattern");
        let hay = format!("In{}2024", " ".repeat(1 << 20));
        let mut caps = re.create_captures();
        let hay = hay.to_ascii_lowercase();
        re.captures(hay.as_bytes(), &mut caps);
        assert_eq!(group(&caps, "y"), Some((hay.len() - 4, hay.len())));
        assert_eq!(re.match_len(hay.as_bytes()), Some(hay.len()));
    }
}
