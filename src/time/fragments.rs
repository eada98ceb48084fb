//! Pattern text the rules share, parsed once instead of once per copy.
//!
//! The rules repeat large pieces of text: every `\s+` stands for a 35-byte expansion (over a
//! thousand copies), and the preposition list, month names or number words appear in many rules.
//! Parsing that text again for every copy was most of the
//! time the grammar took to build. Instead, each rule is written with a short marker in place of
//! each shared fragment, parsed, and each marker in the parsed expression is replaced by the
//! fragment's expression, parsed once.
//!
//! The result must be exactly the expression that parsing the full text would give, as the
//! compiled automata (and so every match) follow from it. regex-syntax simplifies as it builds
//! (adjacent literals merge, nested concatenations and alternations flatten, an alternation's
//! common prefix is lifted out, single characters merge into a class), so a marker must take part
//! in those simplifications exactly as its fragment would. The marker is `K+` for a control
//! character `K`: a repetition, which never merges, flattens or is lifted, and never matches
//! empty. Its fragment must then behave the same way in any context ([`splices_exactly`]), and
//! the splice rebuilds every expression around a marker with regex-syntax's own constructors, so
//! the simplifications the fragment allows (an alternation flattening into an enclosing one)
//! happen just as when parsing. A test checks, for every rule, that the spliced expression equals
//! the parsed full text.

use regex_syntax::hir::{Hir, HirKind};

use super::anchored::rebuild;

/// The first marker character; fragment `i` is marked by this plus `i`. Control characters that
/// no pattern contains, and that have no case.
const FIRST_MARKER: u8 = 0x10;
/// How many markers there are (up to 0x1f).
const MARKERS: usize = 16;

/// Shared fragments, in order: each fragment's text may contain the markers of earlier ones.
#[derive(Default)]
pub(super) struct Fragments {
    texts: Vec<String>,
}

impl Fragments {
    /// Adds a fragment and returns its marker, to write in its place in later text. The fragment
    /// must be free of groups (it is spliced into rules whose groups are numbered around it).
    pub(super) fn add(&mut self, text: String) -> String {
        let i = self.texts.len();
        assert!(i < MARKERS, "too many shared fragments");
        self.texts.push(text);
        format!("{}+", char::from(FIRST_MARKER + i as u8))
    }

    /// Every fragment's expression, each parsed with `parse` (so in the same way as the rules they
    /// are spliced into), with earlier fragments spliced in. Panics if a fragment cannot be
    /// parsed or could not be spliced exactly.
    pub(super) fn parse_all<E: std::fmt::Display>(&self, parse: impl Fn(&str) -> Result<Hir, E>) -> Vec<Hir> {
        let mut parsed = Vec::with_capacity(self.texts.len());
        for text in &self.texts {
            let hir = parse(text).unwrap_or_else(|e| panic!("time regex fragment: {e}"));
            let hir = splice(hir, &parsed);
            assert!(splices_exactly(&hir), "fragment cannot stand for its text: {text}");
            parsed.push(hir);
        }
        parsed
    }

    /// `text` with every marker replaced by its fragment's full text: the pattern it stands for.
    #[cfg(test)]
    pub(super) fn unmark(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match fragment_of(c).filter(|&i| i < self.texts.len() && chars.peek() == Some(&'+')) {
                Some(i) => {
                    chars.next();
                    out.push_str(&self.unmark(&self.texts[i]));
                }
                None => out.push(c),
            }
        }
        out
    }
}

/// The fragment that character `c` marks, if it is a marker character.
fn fragment_of(c: char) -> Option<usize> {
    let i = usize::from(u8::try_from(c).ok()?.checked_sub(FIRST_MARKER)?);
    (i < MARKERS).then_some(i)
}

/// The fragment `hir` marks, if it is a marker (`K+`).
fn marker(hir: &Hir) -> Option<usize> {
    let HirKind::Repetition(r) = hir.kind() else { return None };
    let HirKind::Literal(lit) = r.sub.kind() else { return None };
    match *lit.0 {
        [b] if r.min == 1 && r.max.is_none() && r.greedy => fragment_of(char::from(b)),
        _ => None,
    }
}

/// Whether `hir` contains a marker.
fn has_marker(hir: &Hir) -> bool {
    marker(hir).is_some() || hir.kind().subs().iter().any(has_marker)
}

/// `hir` with every marker replaced by its fragment in `parsed`. Expressions around a marker
/// are rebuilt with regex-syntax's constructors, which simplify just as the parser does.
pub(super) fn splice(hir: Hir, parsed: &[Hir]) -> Hir {
    if let Some(i) = marker(&hir) {
        return parsed[i].clone();
    }
    if !has_marker(&hir) {
        return hir;
    }
    rebuild(hir.into_kind(), |h| splice(h, parsed))
}

/// Whether a marker (a repetition) can stand for `hir` in any context: `hir` has no groups and
/// takes part in regex-syntax's simplifications no differently from a repetition.
///
/// - An alternation always can: it flattens into an enclosing alternation, but its alternatives
///   then neither all collapse into one class (it would already be a class) nor share a prefix
///   with the others (it would already have been lifted out of them).
/// - A concatenation can if it neither starts with an expression whose prefix could be lifted
///   out of an alternation (a literal, class or assertion) nor ends with a literal (which would
///   merge with a literal after it).
/// - A repetition can if it cannot only match empty (which would bound one around it).
fn splices_exactly(hir: &Hir) -> bool {
    let liftable = |h: &Hir| matches!(h.kind(), HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_));
    hir.properties().explicit_captures_len() == 0
        && match hir.kind() {
            HirKind::Alternation(_) => true,
            HirKind::Concat(subs) => {
                !subs.first().is_some_and(liftable)
                    && !subs.last().is_some_and(|h| matches!(h.kind(), HirKind::Literal(_)))
            }
            HirKind::Repetition(_) => hir.properties().maximum_len() != Some(0),
            _ => false,
        }
}
