//! Multi-word names matched token by token: holidays ("Martin Luther King Jr. Day") and events
//! ("Russia's full-scale invasion of Ukraine"). Each name is split into tokens the way the lexer
//! splits text, once; matching compares tokens, ignoring ASCII case and the kind of apostrophe.

use crate::lex::{self, Kind};
use crate::util::FxMap;

use super::cursor::Toks;

/// A table of names, each with a value, found by their first token.
#[derive(Debug)]
pub(super) struct Phrases<V: Copy> {
    /// Lower-case first token → (the name's tokens, lower case, straight apostrophes; value).
    by_first: FxMap<String, Vec<(Vec<String>, V)>>,
    /// The same lists by the first token's lexicon row (every first token has one), so a token
    /// is matched without folding its text.
    by_row: FxMap<u16, Vec<(Vec<String>, V)>>,
}

/// `s` in lower case with curly apostrophes straightened.
fn fold(s: &str) -> String {
    s.to_lowercase().replace('\u{2019}', "'")
}

/// The tokens of a name, as the lexer splits them.
fn split(name: &str) -> Vec<String> {
    lex::tokenize(name).iter().filter(|t| t.kind != Kind::Opaque).map(|t| fold(t.text(name))).collect()
}

impl<V: Copy> Phrases<V> {
    /// A table of the names, indexed by their first token.
    pub fn new_indexed<'a>(rows: impl IntoIterator<Item = (&'a str, V)>) -> Phrases<V> {
        let mut p = Phrases::new(rows);
        p.index();
        p
    }

    pub fn new<'a>(rows: impl IntoIterator<Item = (&'a str, V)>) -> Phrases<V> {
        let mut by_first: FxMap<String, Vec<(Vec<String>, V)>> = FxMap::default();
        for (name, v) in rows {
            let toks = split(name);
            if let Some(first) = toks.first().cloned() {
                by_first.entry(first).or_default().push((toks, v));
            }
        }
        Phrases { by_first, by_row: FxMap::default() }
    }

    /// Indexes the names by the lexicon row of their first token (once the lexicon is built).
    fn index(&mut self) {
        for (first, names) in &self.by_first {
            let row = super::lexicon::row_of(first);
            if row != 0 {
                self.by_row.entry(row).or_default().extend(names.iter().cloned());
            }
        }
    }

    /// The longest name starting at token `i`: the token after it, and its value. A name may
    /// not run across a line break.
    pub fn longest(&self, t: &Toks<'_>, i: usize) -> Option<(usize, V)> {
        let first = t.s(i);
        if first.is_empty() || first.len() > 40 {
            return None;
        }
        let row = t.row(i);
        let cands = match self.by_row.get(&row) {
            Some(c) if row != 0 => c,
            _ => self.by_first.get(&fold(first))?,
        };
        let mut best: Option<(usize, V)> = None;
        for (toks, v) in cands {
            let n = toks.len();
            if best.is_some_and(|(e, _)| e >= i + n) || i + n > t.len() {
                continue;
            }
            // The first token matched by its row (or its folded text); the rest by their text.
            let ok = toks.iter().enumerate().skip(1).all(|(k, w)| {
                let s = t.s(i + k);
                !t.line_break_before(i + k) && same(s, w)
            });
            if ok {
                best = Some((i + n, *v));
            }
        }
        best
    }
}

/// Whether token text `s` equals the folded name token `w`.
fn same(s: &str, w: &str) -> bool {
    if s.len() == w.len() && s.eq_ignore_ascii_case(w) {
        return true;
    }
    !s.is_ascii() && fold(s) == w
}

/// The first tokens of `names`, lower case, for the lexicon to know where names may start.
///
/// After "the", "a" or "an" the second token is entered too: the grammar looks past an article
/// only at a word it knows.
pub(super) fn first_tokens<'a>(names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut v: Vec<String> = names
        .flat_map(|n| {
            let toks = split(n);
            let article = toks.first().is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an"));
            toks.into_iter().take(if article { 2 } else { 1 })
        })
        .collect();
    v.sort();
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::cursor::Buf;

    #[test]
    fn longest_name_wins_and_case_is_ignored() {
        let table = Phrases::new([("new year", 1), ("new year's day", 2), ("st. patrick's day", 3)]);
        let text = "On New Year’s Day and St. Patrick's day; new year";
        let toks = crate::time::cursor::tokens(text);
        let mut buf = Buf::default();
        let t = buf.toks(text, &toks);
        // "Year’s" is one token.
        assert_eq!(table.longest(&t, 1), Some((4, 2)));
        let st = toks.iter().position(|x| x.text(text) == "St").unwrap();
        assert_eq!(table.longest(&t, st).map(|(_, v)| v), Some(3));
        assert_eq!(table.longest(&t, toks.len() - 2), Some((toks.len(), 1)));
        assert_eq!(table.longest(&t, 0), None);
    }
}
