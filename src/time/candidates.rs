//! The candidate automaton: where a time expression may start, and which rule matches there.
//!
//! Every rule, without its groups, is one pattern of an anchored multi-pattern DFA.
//! [`Candidates::find`] runs it at each position where a pattern can start (all begin with `\b`)
//! and returns the first position with a match, so it finds exactly what an unanchored
//! leftmost-first search would: the leftmost start, and there the first rule in priority order,
//! with that rule's end.
//!
//! Determinizing the rules takes a few hundred milliseconds, and a lazy DFA pays much of that
//! again on every thread as it warms up. So the DFAs are built ahead of time from the grammar and
//! embedded (`src/time/dfa/`). A test rebuilds them from the rules and fails if the embedded bytes
//! differ (it says how to regenerate them). Where the embedded bytes cannot be used (a future
//! `regex-automata` that no longer reads its own format, or a big-endian target for `each`),
//! they are built at run time instead, with the same results.
//!
//! - `scan`: all rules, anchored, leftmost-first, walked by [`Table`] (our own compact form of
//!   `regex-automata`'s dense DFA: loading it costs nothing, and a step is one table read).
//! - `each`: the same rules with a start state per rule, for "does rule `i` match here"; a
//!   `regex-automata` sparse DFA, loaded on first use, as it is asked rarely (when the first rule
//!   at a candidate declines, and for the period inside "the end of ..."; policy prose seldom
//!   needs it at all).

use once_cell::sync::OnceCell;
use regex_automata::dfa::{dense, sparse, Automaton, StartKind};
use regex_automata::nfa::thompson::{self, WhichCaptures, NFA};
use regex_automata::util::primitives::StateID;
use regex_automata::util::start;
use regex_automata::{Anchored, PatternID};
use regex_syntax::hir::Hir;

/// Where the embedded DFAs are, from the crate root (the staleness test writes them there).
#[cfg(test)]
pub(super) const SCAN_FILE: &str = "src/time/dfa/scan.table";
#[cfg(test)]
pub(super) const EACH_FILE: &str = "src/time/dfa/each.littleendian.dfa";

static SCAN_BYTES: &[u8] = include_bytes!("dfa/scan.table");
#[cfg(target_endian = "little")]
static EACH_BYTES: &[u8] = include_bytes!("dfa/each.littleendian.dfa");
#[cfg(not(target_endian = "little"))]
static EACH_BYTES: &[u8] = &[];

/// The scan DFA, and the per-rule one once asked for.
pub(super) struct Candidates {
    scan: Table,
    /// Loaded on first use: most texts never ask (checking its bytes costs more than loading
    /// `scan`).
    each: OnceCell<sparse::DFA<&'static [u8]>>,
    /// The rules' candidate expressions, to build a DFA the embedded bytes cannot give.
    hirs: fn() -> Vec<Hir>,
}

impl Candidates {
    /// The embedded scan DFA, or (if it cannot be read here) one built from `hirs()`, the rules'
    /// candidate expressions in rule order.
    pub(super) fn load(hirs: fn() -> Vec<Hir>) -> Candidates {
        let scan = Table::from_bytes(SCAN_BYTES).unwrap_or_else(|| built_scan(&nfa(&hirs())));
        Candidates { scan, each: OnceCell::new(), hirs }
    }

    /// The per-rule DFA: embedded, or built.
    fn each(&self) -> &sparse::DFA<&'static [u8]> {
        self.each.get_or_init(|| match sparse::DFA::from_bytes(EACH_BYTES) {
            Ok((each, _)) => each,
            Err(_) => built_each(&nfa(&(self.hirs)())),
        })
    }

    /// The leftmost match at or after `from` in `hay` (any case: ASCII capitals read as lower
    /// case): its start, its end, and the rule that matched (the first in priority order matching
    /// there).
    ///
    /// Every rule starts with `\b`, so only positions between a word byte and a non-word byte
    /// (ASCII, as the rules are compiled) can start a match; elsewhere the DFA is not run.
    pub(super) fn find(&self, hay: &[u8], from: usize) -> Option<(usize, usize, usize)> {
        let dfa = &self.scan;
        let mut p = from;
        let mut word = p.checked_sub(1).and_then(|q| hay.get(q)).is_some_and(|&b| is_word(b));
        loop {
            // The next boundary: the end of this run of word (or non-word) bytes.
            while p < hay.len() && is_word(hay[p]) == word {
                p += 1;
            }
            let &b = hay.get(p)?;
            word = !word;
            let behind = p.checked_sub(1).map_or(NO_BYTE, |q| usize::from(hay[q]));
            let s = dfa.next(usize::from(dfa.starts[behind]), b);
            if s != DEAD {
                if let Some((end, pattern)) = dfa.walk(hay, p, s) {
                    return Some((p, end, pattern));
                }
            }
            p += 1;
        }
    }

    /// Whether rule `i` matches at the start of `window` (lower-cased, read to its end and no
    /// further), after the byte `behind` (`None`: the start of the text).
    pub(super) fn matches_at(&self, i: usize, window: &[u8], behind: Option<u8>) -> bool {
        let each = self.each();
        let Some(pattern) = PatternID::new(i).ok().filter(|p| p.as_usize() < each.pattern_len()) else {
            return false;
        };
        let config = start::Config::new().anchored(Anchored::Pattern(pattern)).look_behind(behind);
        let Ok(mut sid) = each.start_state(&config) else { return false };
        for &b in window {
            sid = each.next_state(sid, b);
            if each.is_match_state(sid) {
                return true;
            }
            if each.is_dead_state(sid) || each.is_quit_state(sid) {
                return false;
            }
        }
        each.is_match_state(each.next_eoi_state(sid))
    }
}

/// Whether `b` is a word byte for `\b` as the rules are compiled (ASCII, Unicode off).
#[inline]
fn is_word(b: u8) -> bool {
    WORD[usize::from(b)]
}

/// The word bytes of `\b` with Unicode off: ASCII letters, digits and `_`.
static WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    t
};

/// The dead state of a [`Table`]: no match can follow.
const DEAD: usize = 0;
/// The index of [`Table::starts`] for "no byte before" (the start of the haystack).
const NO_BYTE: usize = 256;

/// An anchored DFA as plain tables, read in place from its bytes: loading it costs nothing, and a
/// step is one table read. A malformed table cannot make it panic, only give wrong answers: an
/// index out of range reads as the dead state (the staleness test checks the embedded bytes).
///
/// States are numbered `0` (dead), then `1..=matches` (match states: the match ended one byte
/// before, as in `regex-automata`), then the rest. Bytes (little-endian):
///
/// ```text
/// magic "PCDFA\x01\0\0", states u32, classes u32, matches u32,
/// class of each byte [u8; 256], start state for each byte before (and none) [u16; 257],
/// transitions [u16; states * classes], end-of-input transitions [u16; states],
/// rule of each match state [u16; matches]
/// ```
#[derive(Debug)]
struct Table {
    classes: [u8; 256],
    n_classes: usize,
    matches: usize,
    starts: [u16; 257],
    trans: &'static [u8],
    eoi: &'static [u8],
    pattern: &'static [u8],
}

const MAGIC: &[u8; 8] = b"PCDFA\x01\0\0";

/// The `i`-th little-endian `u16` of `bytes` as an index, or `DEAD` past the end.
#[inline]
fn u16_at(bytes: &[u8], i: usize) -> usize {
    bytes.get(2 * i..2 * i + 2).map_or(DEAD, |w| usize::from(u16::from_le_bytes([w[0], w[1]])))
}

impl Table {
    /// The state after byte `b` from state `s`.
    #[inline]
    fn next(&self, s: usize, b: u8) -> usize {
        u16_at(self.trans, s * self.n_classes + usize::from(self.classes[usize::from(b)]))
    }

    /// Runs on from state `s`, reached on `hay[p]`: the end and rule of the last match seen
    /// before the DFA dies (the leftmost-first match, as matches are reported one byte late).
    #[inline]
    fn walk(&self, hay: &[u8], p: usize, mut s: usize) -> Option<(usize, usize)> {
        let mut found = None;
        let mut at = p;
        loop {
            if s <= self.matches {
                if s == DEAD {
                    return found;
                }
                found = Some((at, u16_at(self.pattern, s - 1)));
            }
            at += 1;
            match hay.get(at) {
                Some(&b) => s = self.next(s, b),
                None => {
                    let e = u16_at(self.eoi, s);
                    if e != DEAD && e <= self.matches {
                        found = Some((hay.len(), u16_at(self.pattern, e - 1)));
                    }
                    return found;
                }
            }
        }
    }

    /// The tables of `dfa` (anchored; its start states chosen by the byte before), as bytes in the
    /// format [`Table::from_bytes`] reads.
    fn bytes_of(dfa: &dense::DFA<Vec<u32>>) -> Vec<u8> {
        let byte_classes = dfa.byte_classes();
        let n_classes = byte_classes.alphabet_len() - 1;
        let mut classes = [0u8; 256];
        let mut reps = vec![0u8; n_classes];
        for b in 0..=255u8 {
            classes[usize::from(b)] = byte_classes.get(b);
            reps[usize::from(byte_classes.get(b))] = b;
        }
        // The rules are compiled lower-cased; an ASCII capital reads as its lower case, so the
        // scan runs on the text as written (no lower-cased copy).
        for b in b'A'..=b'Z' {
            classes[usize::from(b)] = classes[usize::from(b.to_ascii_lowercase())];
        }
        let start_of = |behind: Option<u8>| {
            let config = start::Config::new().anchored(Anchored::Yes).look_behind(behind);
            dfa.start_state(&config).unwrap_or_else(|e| panic!("time automaton: {e}"))
        };
        // Every state reachable from a start, in the order found.
        let mut seen: Vec<StateID> = Vec::new();
        let mut known = std::collections::HashSet::new();
        let mut visit = |sid: StateID, seen: &mut Vec<StateID>| {
            if !dfa.is_dead_state(sid) && known.insert(sid) {
                seen.push(sid);
            }
        };
        for behind in (0..=255u8).map(Some).chain([None]) {
            visit(start_of(behind), &mut seen);
        }
        let mut k = 0;
        while k < seen.len() {
            let sid = seen[k];
            assert!(!dfa.is_quit_state(sid), "time automaton: a quit state");
            for &b in &reps {
                visit(dfa.next_state(sid, b), &mut seen);
            }
            visit(dfa.next_eoi_state(sid), &mut seen);
            k += 1;
        }
        // Dead first, then match states, then the rest.
        let (matching, other): (Vec<StateID>, Vec<StateID>) = seen.iter().partition(|&&s| dfa.is_match_state(s));
        let order: Vec<StateID> = matching.iter().chain(&other).copied().collect();
        let number: std::collections::HashMap<StateID, u16> = order
            .iter()
            .enumerate()
            .map(|(i, &s)| (s, u16::try_from(i + 1).expect("time automaton: more than 65,535 states")))
            .collect();
        let id = |sid: StateID| if dfa.is_dead_state(sid) { 0 } else { number[&sid] };
        let mut trans = vec![0u16; (order.len() + 1) * n_classes];
        let mut eoi = vec![0u16; order.len() + 1];
        for (i, &sid) in order.iter().enumerate() {
            for (c, &b) in reps.iter().enumerate() {
                trans[(i + 1) * n_classes + c] = id(dfa.next_state(sid, b));
            }
            eoi[i + 1] = id(dfa.next_eoi_state(sid));
        }
        let pattern: Vec<u16> = matching
            .iter()
            .map(|&s| u16::try_from(dfa.match_pattern(s, 0).as_usize()).expect("time automaton: rule id"))
            .collect();
        let starts = (0..=256).map(|behind| id(start_of(u8::try_from(behind).ok())));
        let mut out = Vec::with_capacity(8 + 12 + 256 + 2 * (257 + trans.len() + eoi.len() + matching.len()));
        out.extend_from_slice(MAGIC);
        for n in [eoi.len(), n_classes, matching.len()] {
            out.extend_from_slice(&u32::try_from(n).expect("small").to_le_bytes());
        }
        out.extend_from_slice(&classes);
        for v in starts.chain(trans).chain(eoi).chain(pattern) {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out
    }

    /// The tables in `bytes`, if its header is ours and its sizes add up.
    fn from_bytes(bytes: &'static [u8]) -> Option<Table> {
        let rest = bytes.strip_prefix(MAGIC)?;
        let (head, rest) = rest.split_at_checked(12)?;
        let word = |i: usize| usize::try_from(u32::from_le_bytes(head[4 * i..4 * i + 4].try_into().ok()?)).ok();
        let (states, n_classes, matches) = (word(0)?, word(1)?, word(2)?);
        let (class_bytes, rest) = rest.split_at_checked(256)?;
        let (start_bytes, rest) = rest.split_at_checked(2 * 257)?;
        let (trans, rest) = rest.split_at_checked(2 * states.checked_mul(n_classes)?)?;
        let (eoi, pattern) = rest.split_at_checked(2 * states)?;
        if pattern.len() != 2 * matches || n_classes == 0 {
            return None;
        }
        let mut starts = [0u16; 257];
        for (i, s) in starts.iter_mut().enumerate() {
            *s = u16::try_from(u16_at(start_bytes, i)).ok()?;
        }
        let mut classes: [u8; 256] = class_bytes.try_into().ok()?;
        // A class out of range would index past a state's row: read it as class 0.
        classes.iter_mut().filter(|c| usize::from(**c) >= n_classes).for_each(|c| *c = 0);
        Some(Table { classes, n_classes, matches, starts, trans, eoi, pattern })
    }
}

/// The rules' candidate expressions (groups stripped), in rule order, as one NFA.
fn nfa(hirs: &[Hir]) -> NFA {
    thompson::Compiler::new()
        .configure(thompson::Config::new().which_captures(WhichCaptures::None).nfa_size_limit(Some(256 << 20)))
        .build_many_from_hir(hirs)
        .unwrap_or_else(|e| panic!("time automaton: {e}"))
}

/// How both DFAs are built: anchored searches only, no minimisation (so the staleness test can
/// rebuild them in well under a second), no acceleration (the scan walks states itself).
fn dense_config() -> dense::Config {
    dense::Config::new()
        .start_kind(StartKind::Anchored)
        .accelerate(false)
        .minimize(false)
        .byte_classes(true)
        .dfa_size_limit(None)
        .determinize_size_limit(None)
}

/// All rules, leftmost-first.
fn build_scan(nfa: &NFA) -> dense::DFA<Vec<u32>> {
    dense::Builder::new()
        .configure(dense_config())
        .build_from_nfa(nfa)
        .unwrap_or_else(|e| panic!("time automaton: {e}"))
}

/// The scan table built from `nfa` at run time, kept for the life of the process like the
/// embedded bytes it stands in for.
fn built_scan(nfa: &NFA) -> Table {
    Table::from_bytes(Box::leak(Table::bytes_of(&build_scan(nfa)).into_boxed_slice())).expect("a table just written")
}

/// The per-rule DFA built from `nfa` at run time, kept for the life of the process.
fn built_each(nfa: &NFA) -> sparse::DFA<&'static [u8]> {
    Box::leak(Box::new(build_each(nfa))).as_ref()
}

/// All rules, with a start state for each.
fn build_each(nfa: &NFA) -> sparse::DFA<Vec<u8>> {
    let dfa = dense::Builder::new()
        .configure(dense_config().starts_for_each_pattern(true))
        .build_from_nfa(nfa)
        .unwrap_or_else(|e| panic!("time automaton: {e}"));
    dfa.to_sparse().unwrap_or_else(|e| panic!("time automaton: {e}"))
}

/// The bytes of the two DFAs as they are embedded, built from `hirs`.
#[cfg(test)]
pub(super) fn serialized(hirs: &[Hir]) -> (Vec<u8>, Vec<u8>) {
    let nfa = nfa(hirs);
    (Table::bytes_of(&build_scan(&nfa)), build_each(&nfa).to_bytes_little_endian())
}

/// The embedded bytes, for the staleness test.
#[cfg(test)]
pub(super) fn embedded() -> (&'static [u8], &'static [u8]) {
    (SCAN_BYTES, EACH_BYTES)
}

/// Candidates with both DFAs built from `hirs()` rather than read from the embedded bytes: what a
/// target that cannot read them runs.
#[cfg(test)]
pub(super) fn built(hirs: fn() -> Vec<Hir>) -> Candidates {
    let nfa = nfa(&hirs());
    let c = Candidates { scan: built_scan(&nfa), each: OnceCell::new(), hirs };
    let _ = c.each.set(built_each(&nfa));
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_read_as_lower_case() {
        let c = Candidates::load(Vec::new);
        for (upper, lower) in [("Since January 2021", "since january 2021"), ("IN FY2024, Q3", "in fy2024, q3")] {
            let mut from = 0;
            while let Some(hit) = c.find(lower.as_bytes(), from) {
                assert_eq!(c.find(upper.as_bytes(), from), Some(hit), "{upper:?}");
                from = hit.0 + 1;
            }
            assert_eq!(c.find(upper.as_bytes(), from), None);
            assert!(from > 0, "{lower:?} has a candidate");
        }
    }

    #[test]
    fn malformed_tables_are_refused_or_harmless() {
        assert!(Table::from_bytes(SCAN_BYTES).is_some());
        assert!(Table::from_bytes(&SCAN_BYTES[..SCAN_BYTES.len() - 1]).is_none());
        assert!(Table::from_bytes(b"").is_none());
        // Every transition to a state that does not exist: reads as dead, never panics.
        let mut bad = SCAN_BYTES.to_vec();
        let trans = 8 + 12 + 256 + 2 * 257;
        for b in &mut bad[trans..] {
            *b = 0xff;
        }
        let table = Table::from_bytes(Box::leak(bad.into_boxed_slice())).expect("sizes unchanged");
        let c = Candidates { scan: table, each: OnceCell::new(), hirs: Vec::new };
        assert_eq!(c.find(b"in 2022 and on may 5", 0), None);
    }
}
