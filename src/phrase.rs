//! Multi-word phrase tables matched against tokens: "U.S. dollars", "barrels per day",
//! "more than", "percentage points".
//!
//! Each phrase is tokenised with the crate's own lexer when the table is built, and indexed by
//! its first token (lower case), so matching at a position costs one hash look-up. A word of
//! three letters or more also matches its plural in "s" or "es" ("dollar" matches "dollars").
//! Tokens written together in the phrase ("U.S.", "b/d") must be written together in the text.

use crate::lex::{tokenize, Doc, Kind};
use crate::util::{FxMap, Prefilter};
use crate::vocab::Table;

#[derive(Debug)]
struct Entry<T> {
    /// Lower-case token texts, and whether each is written against the one before.
    toks: Vec<(String, bool)>,
    case_sensitive: bool,
    value: T,
}

/// A table of phrases, each with a value, matched longest first.
#[derive(Debug)]
pub(crate) struct PhraseTable<T: 'static> {
    by_first: FxMap<Box<[u8]>, Vec<Entry<T>>>,
    filter: Prefilter,
    /// Phrase lengths (in tokens) by lower-case last token, so `ending_at` tries only the
    /// starts that can work.
    by_last: FxMap<Box<[u8]>, Vec<usize>>,
    last_filter: Prefilter,
    /// The vocabulary's name for this table: tokens without its bits are rejected at once.
    table: Option<Table>,
}

/// One row of a phrase table: the phrase, whether case matters, and its value.
pub(crate) type Row<T> = (&'static str, bool, T);

impl<T: Copy> PhraseTable<T> {
    /// A table the vocabulary indexes as `table` (see [`crate::vocab`]): probes at tokens that
    /// cannot start or end one of its phrases cost one bit test.
    pub fn indexed(rows: &[Row<T>], table: Table) -> PhraseTable<T> {
        PhraseTable { table: Some(table), ..PhraseTable::new(rows) }
    }

    /// A table probed without the vocabulary's bits.
    pub fn new(rows: &[Row<T>]) -> PhraseTable<T> {
        let mut by_first: FxMap<Box<[u8]>, Vec<Entry<T>>> = FxMap::default();
        let mut filter = Prefilter::new();
        let mut last_filter = Prefilter::new();
        let mut by_last: FxMap<Box<[u8]>, Vec<usize>> = FxMap::default();
        for &(phrase, case_sensitive, value) in rows {
            let toks: Vec<(String, bool)> = tokenize(phrase)
                .iter()
                .map(|t| {
                    let s = t.text(phrase);
                    (if case_sensitive { s.to_string() } else { s.to_lowercase() }, !t.space_before)
                })
                .collect();
            let Some(first) = toks.first() else { continue };
            if let Some(last) = toks.last() {
                let key = last.0.to_lowercase().into_bytes().into_boxed_slice();
                last_filter.add(&key);
                let lens = by_last.entry(key).or_default();
                if !lens.contains(&toks.len()) {
                    lens.push(toks.len());
                }
            }
            let key = first.0.to_lowercase().into_bytes().into_boxed_slice();
            filter.add(&key);
            by_first.entry(key).or_default().push(Entry { toks, case_sensitive, value });
        }
        for entries in by_first.values_mut() {
            entries.sort_by_key(|e| std::cmp::Reverse(e.toks.len()));
        }
        PhraseTable { by_first, filter, by_last, last_filter, table: None }
    }

    /// The lower-case first tokens of the phrases.
    pub fn first_keys(&self) -> Vec<&[u8]> {
        self.by_first.keys().map(|k| &**k).collect()
    }

    /// The lower-case last tokens of the phrases.
    pub fn last_keys(&self) -> Vec<&[u8]> {
        self.by_last.keys().map(|k| &**k).collect()
    }

    /// Whether token `i` has the vocabulary bit `bit` of this table (always, if not indexed).
    fn may_hold(&self, doc: &Doc, i: usize, bit: fn(Table) -> u16) -> bool {
        match (self.table, doc.toks.get(i)) {
            (Some(t), Some(tok)) => tok.tables & bit(t) != 0,
            (None, Some(_)) => true,
            (_, None) => false,
        }
    }

    /// The longest phrase starting at token `i`: its value and the index of its last token.
    pub fn at(&self, doc: &Doc, i: usize) -> Option<(T, usize)> {
        if !self.may_hold(doc, i, Table::first_bit) {
            return None;
        }
        let word = doc.s(i);
        // The word as written, then its plural stems, each looked up only if the one before gave
        // no match.
        (0..KEYS)
            .filter_map(|k| lookup(&self.by_first, &self.filter, word, k))
            .flat_map(|entries| entries.iter())
            .find_map(|e| matches(doc, i, e).map(|last| (e.value, last)))
    }

    /// The longest phrase that ends at token `end` (inclusive), starting at most `max_toks`
    /// tokens before it: its value and its first token.
    pub fn ending_at(&self, doc: &Doc, end: usize, max_toks: usize) -> Option<(T, usize)> {
        if !self.may_hold(doc, end, Table::last_bit) {
            return None;
        }
        let mut lens = [0usize; 8];
        let mut count = 0;
        let word = doc.s(end);
        for &n in (0..KEYS).filter_map(|k| lookup(&self.by_last, &self.last_filter, word, k)).flatten() {
            if count < lens.len() {
                lens[count] = n;
                count += 1;
            }
        }
        let lens = &mut lens[..count];
        lens.sort_unstable_by(|a, b| b.cmp(a));
        lens.iter().copied().filter(|&n| n <= max_toks && n <= end + 1).find_map(|n| {
            let i = end + 1 - n;
            match self.at(doc, i) {
                Some((v, l)) if l == end => Some((v, i)),
                _ => None,
            }
        })
    }
}

/// How many keys a word is looked up under: as written, and its two plural stems.
const KEYS: usize = 3;

/// The entries of `map` for key `k` of `word`: 0 is `word` in lower case, 1 and 2 its plural
/// stems ("dollars" is indexed as "dollar", "pounds sterling" as "pounds"). Each key is tested
/// against `filter` (which ignores case) before it is lower-cased and hashed, so most words cost a
/// few table reads.
fn lookup<'m, V>(map: &'m FxMap<Box<[u8]>, V>, filter: &Prefilter, word: &str, k: usize) -> Option<&'m V> {
    let w = word.as_bytes();
    let stem = |suffix: &[u8]| {
        let n = w.len().checked_sub(suffix.len())?;
        w[n..].eq_ignore_ascii_case(suffix).then(|| &w[..n])
    };
    let key = match k {
        0 => Some(w),
        1 => stem(b"es").filter(|_| w.len() > 4),
        _ => stem(b"s"),
    };
    let key = key.filter(|key| !key.is_empty() && key.len() <= 24 && filter.may_contain(key))?;
    let mut buf = [0u8; 24];
    let lower = &mut buf[..key.len()];
    lower.copy_from_slice(key);
    lower.make_ascii_lowercase();
    map.get(&*lower)
}

/// Whether entry `e` matches at token `i`; the index of its last token.
fn matches<T>(doc: &Doc, i: usize, e: &Entry<T>) -> Option<usize> {
    for (k, (want, glued)) in e.toks.iter().enumerate() {
        let t = i + k;
        if t >= doc.len() || (k > 0 && !doc.same_line(t)) {
            return None;
        }
        if *glued && k > 0 && !doc.glued(t) {
            return None;
        }
        let got = doc.s(t);
        let ok = if e.case_sensitive {
            got == want
        } else if doc.kind(t) == Some(Kind::Word) && want.len() >= 3 {
            plural_of(got, want)
        } else {
            got.eq_ignore_ascii_case(want)
        };
        if !ok {
            return None;
        }
    }
    Some(i + e.toks.len() - 1)
}

/// Whether `got` is `want` or its plural in "s"/"es", ignoring ASCII case.
fn plural_of(got: &str, want: &str) -> bool {
    if got.len() < want.len() || !got.is_char_boundary(want.len()) {
        return false;
    }
    let (head, tail) = got.split_at(want.len());
    head.eq_ignore_ascii_case(want)
        && (tail.is_empty() || tail.eq_ignore_ascii_case("s") || tail.eq_ignore_ascii_case("es"))
}

#[cfg(test)]
mod tests {
    use super::*;

    static ROWS: &[Row<u8>] = &[
        ("dollar", false, 1),
        ("u.s. dollar", false, 2),
        ("barrel per day", false, 3),
        ("MW", true, 4),
        ("more than", false, 5),
    ];

    #[test]
    fn longest_phrase_with_plurals() {
        let t = PhraseTable::new(ROWS);
        let doc = Doc::new("5 U.S. dollars, 9 barrels per day, 7 MW, 7 mw, more than");
        let hits: Vec<_> = (0..doc.len()).filter_map(|i| t.at(&doc, i).map(|(v, l)| (v, doc.s(i), doc.s(l)))).collect();
        assert_eq!(
            hits,
            [
                (2, "U", "dollars"),
                (1, "dollars", "dollars"),
                (3, "barrels", "day"),
                (4, "MW", "MW"),
                (5, "more", "than")
            ]
        );
    }

    #[test]
    fn ending_at_finds_the_phrase_before_a_token() {
        let t = PhraseTable::new(ROWS);
        let doc = Doc::new("more than 2,000");
        assert_eq!(t.ending_at(&doc, 1, 4), Some((5, 0)));
        // A plural last word is found under its stem.
        let doc = Doc::new("U.S. dollars 5");
        assert_eq!(t.ending_at(&doc, 4, 5), Some((2, 0)));
        assert_eq!(t.ending_at(&doc, 4, 4), Some((1, 4)));
    }
}
