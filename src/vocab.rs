//! What each token may be, looked up once per token: its number-word class, and which phrase
//! tables have a phrase that may start or end at it.
//!
//! The recognisers probe the tokens around every number many times ("is this a currency
//! before it? a hedge? a unit after it?"). Each probe of a [`PhraseTable`] used to lower-case and
//! hash the token. Now one look-up per token, when a document is tokenised, gives a bit per table
//! and role, and most probes end on one bit test.
//!
//! The bits must never be missing where a table would match, or a phrase would be lost. So every
//! key of every table is entered as written and, for keys of three bytes or more, with the plural
//! endings the table accepts ("dollar", "dollars", "dollares"), case ignored: a superset of what
//! [`PhraseTable`] matches.

use once_cell::sync::Lazy;

use crate::lex::{Kind, Token};
use crate::phrase::PhraseTable;
use crate::{hedge, money, numbers, units};

/// The phrase tables indexed here. Each has two bits: phrases may start at the token, and
/// phrases may end at it. A new table needs a variant here and its `add_table` line in
/// [`VOCAB`] (a test checks that every variant has keys), or it would never match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Table {
    MoneyBefore,
    MoneyMillions,
    MoneyAfter,
    Units,
    Per,
    HedgeBefore,
    HedgeAfter,
}

impl Table {
    /// The bit of tokens at which a phrase of this table may start.
    pub fn first_bit(self) -> u16 {
        1 << (2 * self as u16)
    }

    /// The bit of tokens at which a phrase of this table may end.
    pub fn last_bit(self) -> u16 {
        1 << (2 * self as u16 + 1)
    }
}

/// The bit of tokens that may make a claim without a number, or end one: "doubled", "second",
/// the "rd" of "3rd" (see `semantics/words.rs`). Above the two bits of every [`Table`].
pub(crate) const WORD_CLAIM: u16 = 1 << 14;
const _: () = assert!(Table::HedgeAfter as u16 * 2 + 1 < 14, "WORD_CLAIM overlaps a table's bits");

/// The bit of tokens that are a word of change or a cue of modality ("rose", "will", "goal"; see
/// `semantics/change.rs` and `semantics/modality.rs`): the rules that read back over a clause
/// look a token up only where it is set.
pub(crate) const SEMANTIC_CUE: u16 = 1 << 15;

/// What the vocabulary knows about one lower-case token text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Entry {
    /// The number-word id ([`numbers::word_class`] reads it), or 0.
    num_word: u8,
    /// [`Table::first_bit`] and [`Table::last_bit`] of the tables concerned.
    tables: u16,
    /// The row of the time grammar's lexicon plus one ([`crate::time::lexicon_rows`]), or 0.
    time_word: u16,
}

/// An open-addressing hash table of lower-case keys, for the one look-up every token gets. The
/// hash reads only the length and the first two and last two bytes (lower-cased), so a token
/// costs the same whatever its length, and most tokens that are no key land on an empty slot.
#[derive(Debug)]
struct Vocab {
    /// Index + 1 into `entries` (0: empty); a power of two at least four times `entries.len()`.
    slots: Vec<u32>,
    /// Each key, lower case, with its hash and what it is.
    entries: Vec<(Box<[u8]>, u32, Entry)>,
    /// Whether some key holds a digit (else number tokens are not looked up).
    digits: bool,
}

/// Longest key kept (no phrase word or number word comes near it).
const MAX_KEY: usize = 32;

/// ASCII lower case of each byte, by table.
static LOWER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).to_ascii_lowercase();
        b += 1;
    }
    t
};

/// The hash of `word`, case ignored (ASCII): its length and its first two and last two bytes,
/// mixed.
#[inline]
fn hash(word: &[u8]) -> u32 {
    let low = |b: u8| u32::from(LOWER[usize::from(b)]);
    let x = match *word {
        [a, b, .., c, d] => low(a) | low(b) << 8 | low(c) << 16 | low(d) << 24,
        [a, b, c] => low(a) | low(b) << 8 | low(c) << 16,
        [a, b] => low(a) | low(b) << 8,
        [a] => low(a),
        [] => 0,
    };
    let h = (x ^ (word.len() as u32).wrapping_mul(0x9e37_79b9)).wrapping_mul(0x85eb_ca6b);
    h ^ (h >> 15)
}

impl Vocab {
    fn new() -> Vocab {
        Vocab { slots: vec![0; 64], entries: Vec::new(), digits: false }
    }

    /// The slot of `word` (hash `h`, any case): where its key is, or the empty slot where it
    /// belongs.
    #[inline]
    fn slot(&self, h: u32, word: &[u8]) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            match self.slots[i].checked_sub(1).and_then(|e| self.entries.get(e as usize)) {
                None => return i,
                Some((k, kh, _)) if *kh == h && k.eq_ignore_ascii_case(word) => return i,
                Some(_) => i = (i + 1) & mask,
            }
        }
    }

    fn entry(&mut self, key: &[u8]) -> &mut Entry {
        assert!(!key.is_empty() && key.len() <= MAX_KEY, "vocabulary key {key:?}");
        let key = key.to_ascii_lowercase();
        self.digits |= key.iter().any(u8::is_ascii_digit);
        let h = hash(&key);
        let mut i = self.slot(h, &key);
        if self.slots[i] == 0 {
            if 4 * (self.entries.len() + 1) > self.slots.len() {
                self.grow();
                i = self.slot(h, &key);
            }
            self.entries.push((key.into_boxed_slice(), h, Entry::default()));
            self.slots[i] = self.entries.len() as u32;
        }
        let e = self.slots[i] as usize - 1;
        &mut self.entries[e].2
    }

    fn grow(&mut self) {
        self.slots = vec![0; self.slots.len() * 2];
        for (n, (k, h, _)) in self.entries.iter().enumerate() {
            let i = self.slot(*h, k);
            self.slots[i] = n as u32 + 1;
        }
    }

    /// Enters the keys of `table`'s first and last tokens with their plural forms.
    fn add_table<T: Copy>(&mut self, phrases: &PhraseTable<T>, table: Table) {
        for (keys, bit) in [(phrases.first_keys(), table.first_bit()), (phrases.last_keys(), table.last_bit())] {
            for key in keys {
                for ending in ["", "s", "es"] {
                    if ending.is_empty() || key.len() >= 3 {
                        self.entry(&[key, ending.as_bytes()].concat()).tables |= bit;
                    }
                }
            }
        }
    }

    #[inline]
    fn get(&self, word: &[u8]) -> Option<Entry> {
        if word.is_empty() || word.len() > MAX_KEY {
            return None;
        }
        let e = self.slots[self.slot(hash(word), word)].checked_sub(1)?;
        self.entries.get(e as usize).map(|&(_, _, entry)| entry)
    }
}

static VOCAB: Lazy<Vocab> = Lazy::new(|| {
    let mut v = Vocab::new();
    for (&(word, _), id) in numbers::words().iter().zip(1..=u8::MAX) {
        v.entry(word.as_bytes()).num_word = id;
    }
    v.add_table(&money::BEFORE_TABLE, Table::MoneyBefore);
    v.add_table(&money::MILLIONS_TABLE, Table::MoneyMillions);
    v.add_table(&money::AFTER_TABLE, Table::MoneyAfter);
    v.add_table(&units::UNIT_TABLE, Table::Units);
    v.add_table(&units::PER_TABLE, Table::Per);
    v.add_table(&hedge::BEFORE_TABLE, Table::HedgeBefore);
    v.add_table(&hedge::AFTER_TABLE, Table::HedgeAfter);
    for word in crate::semantics::word_claim_keys() {
        v.entry(word.as_bytes()).tables |= WORD_CLAIM;
    }
    for word in crate::semantics::cue_keys() {
        v.entry(word.as_bytes()).tables |= SEMANTIC_CUE;
    }
    for (word, row) in crate::time::lexicon_words() {
        v.entry(word.as_bytes()).time_word = row;
    }
    v
});

/// Fills in each token's number-word id and phrase-table bits.
pub(crate) fn classify(text: &str, toks: &mut [Token]) {
    let vocab = &*VOCAB;
    let bytes = text.as_bytes();
    for t in toks {
        let skip = match t.kind {
            Kind::Word | Kind::Sym => false,
            Kind::Num => !vocab.digits,
            Kind::Opaque => true,
        };
        if skip {
            continue;
        }
        if let Some(e) = bytes.get(t.start..t.end).and_then(|w| vocab.get(w)) {
            t.num_word = if t.kind == Kind::Word { e.num_word } else { 0 };
            t.tables = e.tables;
            t.time_word = if t.kind == Kind::Word { e.time_word } else { 0 };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex::Doc;

    fn bits(text: &str, i: usize) -> u16 {
        Doc::new(text).toks[i].tables
    }

    #[test]
    fn table_keys_and_their_plurals_get_the_table_bits() {
        // "dollars" ends a currency after an amount; "U" starts "U.S. dollars".
        assert_ne!(bits("5 dollars", 1) & Table::MoneyAfter.first_bit(), 0);
        assert_ne!(bits("5 DOLLARS", 1) & Table::MoneyAfter.first_bit(), 0);
        assert_ne!(bits("more than 5", 1) & Table::HedgeBefore.last_bit(), 0);
        assert_ne!(bits("more than 5", 0) & Table::HedgeBefore.first_bit(), 0);
        assert_ne!(bits("5 barrels per day", 1) & Table::Units.first_bit(), 0);
        assert_ne!(bits("USD 5", 0) & Table::MoneyBefore.last_bit(), 0);
        assert_ne!(bits("5 USD", 1) & Table::MoneyAfter.first_bit(), 0);
        // A word in no table has no bits, and never a number-word id unless it is one.
        assert_eq!(bits("the leaders", 1), 0);
        assert_eq!(Doc::new("the").toks[0].num_word, 0);
        assert_ne!(Doc::new("Million").toks[0].num_word, 0);
    }

    #[test]
    fn every_table_is_entered() {
        use Table::*;
        for table in [MoneyBefore, MoneyMillions, MoneyAfter, Units, Per, HedgeBefore, HedgeAfter] {
            for bit in [table.first_bit(), table.last_bit()] {
                assert!(VOCAB.entries.iter().any(|(_, _, e)| e.tables & bit != 0), "{table:?} has no keys");
            }
        }
    }

    #[test]
    fn every_number_word_fits_its_id() {
        // Ids are a `u8` in each token: the table must stay below 255 rows.
        assert!(numbers::words().len() < usize::from(u8::MAX));
    }
}
