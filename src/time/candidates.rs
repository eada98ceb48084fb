//! The candidate automaton: where a time expression may start, and which rule matches there.
//!
//! Every rule, without its groups, is one pattern of an anchored multi-pattern DFA. [`Candidates::find`]
//! tries it at each position where a pattern can start (all begin with `\b`) and returns the
//! first position with a match, so it finds exactly what an unanchored leftmost-first search would:
//! the leftmost start, and there the first rule in priority order, with that rule's end.
//!
//! Determinizing the rules takes a few hundred milliseconds, and a lazy DFA pays much of that again
//! on every thread as it warms up. So both DFAs are built ahead of time from the grammar and
//! embedded: loading them costs a validation pass over their bytes and nothing per thread. A test
//! rebuilds them from the rules and fails if the embedded bytes differ (it says how to regenerate
//! them). Where the embedded bytes cannot be used (a big-endian target, or a `regex-automata` that
//! no longer reads this format), they are built at run time instead, with the same results.
//!
//! - `scan`: all rules, anchored, leftmost-first; dense, as it takes a transition per byte read.
//! - `each`: the same rules with a start state per rule, for "does rule `i` match here"; sparse, and
//!   loaded on first use, as it is asked rarely (when the first rule at a candidate declines, and
//!   for the period inside "the end of ..."; policy prose seldom needs it at all).

use once_cell::sync::OnceCell;
use regex_automata::dfa::{dense, sparse, Automaton, StartKind};
use regex_automata::nfa::thompson::{self, WhichCaptures, NFA};
use regex_automata::util::primitives::StateID;
use regex_automata::util::start;
use regex_automata::util::wire::AlignAs;
use regex_automata::{Anchored, PatternID};
use regex_syntax::hir::Hir;

/// Where the embedded DFAs are, from the crate root (the staleness test writes them there).
#[cfg(test)]
pub(super) const SCAN_FILE: &str = "src/time/dfa/scan.littleendian.dfa";
#[cfg(test)]
pub(super) const EACH_FILE: &str = "src/time/dfa/each.littleendian.dfa";

#[cfg(target_endian = "little")]
static SCAN_BYTES: &AlignAs<[u8], u32> = &AlignAs { _align: [], bytes: *include_bytes!("dfa/scan.littleendian.dfa") };
#[cfg(target_endian = "little")]
static EACH_BYTES: &[u8] = include_bytes!("dfa/each.littleendian.dfa");
#[cfg(not(target_endian = "little"))]
static SCAN_BYTES: &AlignAs<[u8], u32> = &AlignAs { _align: [], bytes: [] };
#[cfg(not(target_endian = "little"))]
static EACH_BYTES: &[u8] = &[];

/// The two DFAs, and the scan DFA's first step from each start state.
pub(super) struct Candidates {
    scan: dense::DFA<&'static [u32]>,
    /// Loaded on first use: most texts never ask (checking its bytes costs more than the scan
    /// DFA's).
    each: OnceCell<sparse::DFA<&'static [u8]>>,
    /// The rules' candidate expressions, to build a DFA the embedded bytes cannot give.
    hirs: fn() -> Vec<Hir>,
    /// For each byte before a position (256: none, the start of the text), which of `first`'s rows
    /// applies.
    start_row: [u8; 257],
    /// For each distinct start state of `scan`, the state after each first byte.
    first: Vec<[StateID; 256]>,
}

impl Candidates {
    /// The embedded scan DFA, or (if it cannot be read here) one built from `hirs()`, the rules'
    /// candidate expressions in rule order.
    pub(super) fn load(hirs: fn() -> Vec<Hir>) -> Candidates {
        let scan = match dense::DFA::from_bytes(&SCAN_BYTES.bytes) {
            Ok((scan, _)) => scan,
            // Built once per process and kept for its life, like the embedded bytes.
            Err(_) => Box::leak(Box::new(build_scan(&nfa(&hirs())))).as_ref(),
        };
        Candidates::with_scan(scan, hirs)
    }

    fn with_scan(scan: dense::DFA<&'static [u32]>, hirs: fn() -> Vec<Hir>) -> Candidates {
        let mut start_row = [0u8; 257];
        let mut starts: Vec<StateID> = Vec::new();
        for (prev, row) in start_row.iter_mut().enumerate() {
            let behind = u8::try_from(prev).ok();
            let config = start::Config::new().anchored(Anchored::Yes).look_behind(behind);
            let sid = scan.start_state(&config).unwrap_or_else(|e| panic!("time automaton: {e}"));
            let k = starts.iter().position(|&s| s == sid).unwrap_or_else(|| {
                starts.push(sid);
                starts.len() - 1
            });
            *row = u8::try_from(k).expect("a handful of start states");
        }
        let first = starts
            .iter()
            .map(|&sid| {
                let mut row = [StateID::ZERO; 256];
                for (b, next) in row.iter_mut().enumerate() {
                    *next = scan.next_state(sid, b as u8);
                }
                row
            })
            .collect();
        Candidates { scan, each: OnceCell::new(), hirs, start_row, first }
    }

    /// The per-rule DFA: embedded, or built.
    fn each(&self) -> &sparse::DFA<&'static [u8]> {
        self.each.get_or_init(|| match sparse::DFA::from_bytes(EACH_BYTES) {
            Ok((each, _)) => each,
            Err(_) => Box::leak(Box::new(build_each(&nfa(&(self.hirs)())))).as_ref(),
        })
    }

    /// The leftmost match at or after `from` in `hay`: its start, its end, and the rule that
    /// matched (the first in priority order matching there).
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
            let behind = p.checked_sub(1).map_or(256, |q| usize::from(hay[q]));
            let sid = self.first[usize::from(self.start_row[behind])][usize::from(b)];
            if !dfa.is_dead_state(sid) {
                if let Some((end, pattern)) = walk(dfa, hay, p, sid, false) {
                    return Some((p, end, pattern.as_usize()));
                }
            }
            p += 1;
        }
    }

    /// Whether rule `i` matches at `s` in `hay` (reading up to the end of `hay`, no further).
    pub(super) fn matches_at(&self, i: usize, hay: &[u8], s: usize) -> bool {
        let each = self.each();
        let Some(pattern) = PatternID::new(i).ok().filter(|p| p.as_usize() < each.pattern_len()) else {
            return false;
        };
        let behind = s.checked_sub(1).map(|p| hay[p]);
        let config = start::Config::new().anchored(Anchored::Pattern(pattern)).look_behind(behind);
        let Ok(sid) = each.start_state(&config) else { return false };
        if s >= hay.len() {
            return each.is_match_state(each.next_eoi_state(sid));
        }
        let sid = each.next_state(sid, hay[s]);
        walk(each, hay, s, sid, true).is_some()
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

/// Runs `dfa` on, from the state `sid` it reached on `hay[p]`: the end and rule of the last match
/// seen before it dies (the leftmost-first match, as matches are reported one byte late), or of the
/// first one with `earliest`.
#[inline]
fn walk<A: Automaton>(dfa: &A, hay: &[u8], p: usize, mut sid: StateID, earliest: bool) -> Option<(usize, PatternID)> {
    let mut found = None;
    let mut at = p;
    loop {
        if dfa.is_special_state(sid) {
            if dfa.is_match_state(sid) {
                found = Some((at, dfa.match_pattern(sid, 0)));
                if earliest {
                    return found;
                }
            } else if dfa.is_dead_state(sid) || dfa.is_quit_state(sid) {
                return found;
            }
        }
        at += 1;
        match hay.get(at) {
            Some(&b) => sid = dfa.next_state(sid, b),
            None => {
                let eoi = dfa.next_eoi_state(sid);
                if dfa.is_match_state(eoi) {
                    found = Some((hay.len(), dfa.match_pattern(eoi, 0)));
                }
                return found;
            }
        }
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

/// All rules, with a start state for each.
fn build_each(nfa: &NFA) -> sparse::DFA<Vec<u8>> {
    let dfa = dense::Builder::new()
        .configure(dense_config().starts_for_each_pattern(true))
        .build_from_nfa(nfa)
        .unwrap_or_else(|e| panic!("time automaton: {e}"));
    dfa.to_sparse().unwrap_or_else(|e| panic!("time automaton: {e}"))
}

/// The bytes of the two DFAs as they are embedded (little-endian), built from `hirs`.
#[cfg(test)]
pub(super) fn serialized(hirs: &[Hir]) -> (Vec<u8>, Vec<u8>) {
    let nfa = nfa(hirs);
    let (scan, pad) = build_scan(&nfa).to_bytes_little_endian();
    (scan[pad..].to_vec(), build_each(&nfa).to_bytes_little_endian())
}

/// The embedded bytes, for the staleness test.
#[cfg(test)]
pub(super) fn embedded() -> (&'static [u8], &'static [u8]) {
    (&SCAN_BYTES.bytes, EACH_BYTES)
}

/// Candidates with both DFAs built from `hirs()` rather than read from the embedded bytes: what a
/// target that cannot read them runs.
#[cfg(test)]
pub(super) fn built(hirs: fn() -> Vec<Hir>) -> Candidates {
    let nfa = nfa(&hirs());
    let c = Candidates::with_scan(Box::leak(Box::new(build_scan(&nfa))).as_ref(), hirs);
    let _ = c.each.set(Box::leak(Box::new(build_each(&nfa))).as_ref());
    c
}
