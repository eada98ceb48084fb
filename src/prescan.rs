//! Stage 0: whether a paragraph may hold a figure at all, read straight from its bytes.
//!
//! Most paragraphs of a real readout state no figure. Tokenising them, looking every token up
//! and scanning the tokens for numbers costs most of the time spent on such text, and finds
//! nothing. Every figure starts from an ASCII digit, a vulgar fraction or a number word that can
//! make a figure of its own, so a paragraph with none of these is passed over whole.

use once_cell::sync::Lazy;

use crate::numbers;
use crate::util::{bytes_between, next_digit, Lexicon};

/// The words that let a paragraph through: number words that make a figure of their own
/// ([`numbers::is_figure_word`]) and words that make a claim without a number ("doubled",
/// "second"; see `semantics/words.rs`), in one table so that a word costs one look-up.
static STARTERS: Lazy<Lexicon<()>> = Lazy::new(|| Lexicon::new(STARTER_ROWS.iter()));

/// The rows of [`STARTERS`], built once per process and kept for the life of the program (a
/// static, not a leaked box, so that a leak checker sees it is still held).
static STARTER_ROWS: Lazy<Vec<(&'static str, ())>> = Lazy::new(|| {
    let figure_words = numbers::words().iter().map(|&(w, _)| w).filter(|w| numbers::is_figure_word(w.as_bytes()));
    figure_words.chain(crate::semantics::word_claim_starters()).map(|w| (w, ())).collect()
});

/// Whether `text` may hold a figure: whether it has an ASCII digit, a vulgar fraction ("½"), a
/// number word that can make a figure of its own ("two", "millions", "half"; see
/// [`NumWord::only_joins`](crate::numbers::NumWord::only_joins)) or a word that makes a claim
/// without a number ("doubled", "second"; see `semantics/words.rs`). Where there is none,
/// [`find_into`](crate::figures::find_into) finds nothing (a test checks it), and the paragraph
/// need not be tokenised. Words are read as runs of ASCII letters: a superset of the lexer's
/// number-word tokens, as every number word is ASCII letters.
pub(crate) fn may_hold(text: &str) -> bool {
    let b = text.as_bytes();
    // Digits first, eight bytes at a time: most paragraphs with a figure have one.
    if next_digit(b, 0).is_some() {
        return true;
    }
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        if c.is_ascii_alphabetic() {
            let start = i;
            i = letters_end(b, i + 1);
            if STARTERS.get(&b[start..i]).is_some() {
                return true;
            }
            if is_article(&b[start..i]) && article_head_follows(b, i) {
                return true;
            }
        } else if matches!(c, 0xC2 | 0xE2) && numbers::vulgar_at(&text[i..]) {
            // The lead bytes of the vulgar fractions: "½" is C2 BD, "⅓" is E2 85 93.
            return true;
        } else {
            i += 1;
        }
    }
    false
}

/// Whether `word` is "a" or "an", which make a figure before some units and currencies ("a
/// liter", "a dollar"; see [`is_article_head`](crate::figures::is_article_head)).
fn is_article(word: &[u8]) -> bool {
    match word {
        [a] => a | 0x20 == b'a',
        [a, n] => a | 0x20 == b'a' && n | 0x20 == b'n',
        _ => false,
    }
}

/// Whether the word after the spaces at `i` makes a figure with the "a" or "an" before it ("a
/// liter", "a dollar"). Out of line: most words are no article.
#[inline(never)]
fn article_head_follows(b: &[u8], mut i: usize) -> bool {
    while matches!(b.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    let end = letters_end(b, i);
    end > i && crate::figures::is_article_head(&b[i..end])
}

/// The end of the run of ASCII letters at `i` in `b`: the first position from `i` on that holds
/// no ASCII letter. Eight bytes at a time, so a word usually costs one step.
fn letters_end(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        // With case folded, a letter lies between '`' and '{'.
        let letters = bytes_between(x | 0x2020_2020_2020_2020, b'`', b'{');
        let not_letter = !letters & 0x8080_8080_8080_8080;
        if not_letter != 0 {
            return i + not_letter.trailing_zeros() as usize / 8;
        }
        i += 8;
    }
    while b.get(i).is_some_and(u8::is_ascii_alphabetic) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::find;
    use crate::lex::Doc;

    /// Texts built from pieces that make figures, pieces that only join them, prose and
    /// punctuation: where [`find`] finds a figure, [`may_hold`] must say so.
    #[test]
    fn may_hold_wherever_a_figure_is_found() {
        let pieces = [
            "a",
            "an",
            "A",
            "point",
            "minus",
            "negative",
            "several",
            "many",
            "few",
            "multiple",
            "countless",
            "of",
            "and",
            "the",
            "percent",
            "per",
            "cent",
            "dozen",
            "Dozens",
            "half",
            "third",
            "a quarter",
            "couple",
            "pair",
            "two",
            "Twenty",
            "-",
            "five",
            "hundred",
            "thousands",
            "MILLIONS",
            "tens",
            "cr",
            "lakh",
            "nil",
            "1",
            "7",
            ".5",
            "2,000",
            "$",
            "US$",
            "€",
            "£",
            "¥",
            "%",
            "½",
            "⅓",
            "¾",
            "−",
            "“",
            "”",
            "’",
            "'",
            "é",
            "naïve",
            "x",
            "dollars",
            "euros",
            "dollar",
            "liter",
            "kg",
            "percentage point",
            "tons",
            "barrels",
            "per day",
            "more than",
            "nearly",
            "up to",
            "between",
            "to",
            ",",
            ".",
            ";",
            "(",
            ")",
            "\n",
            " ",
            "  ",
            "http://x.gov/two",
            "twofold",
            "threes",
            "Fifth",
            "seconds",
        ];
        let mut seed: u64 = 99;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let (mut with, mut without) = (0, 0);
        for _ in 0..60_000 {
            let n = next() % 10;
            let mut t = String::new();
            for _ in 0..n {
                t.push_str(pieces[(next() % pieces.len() as u64) as usize]);
                if next() % 3 > 0 {
                    t.push(' ');
                }
            }
            let found = !find(&Doc::new(&t)).is_empty();
            assert!(!found || may_hold(&t), "{t:?} holds a figure");
            if may_hold(&t) {
                with += 1;
            } else {
                without += 1;
            }
        }
        // Both sides are exercised.
        assert!(with > 10_000 && without > 10_000, "{with} / {without}");
    }

    #[test]
    fn letter_runs_end_where_a_byte_by_byte_scan_ends_them() {
        let scalar = |b: &[u8], mut i: usize| {
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            i
        };
        // Every byte, at every place in and after a run of letters long enough for two chunks.
        for stop in 0..=255u8 {
            for k in 0..20 {
                let mut b = vec![b'q'; k];
                b.push(stop);
                b.extend_from_slice(b"ZaZa zz");
                for i in 0..b.len() {
                    assert_eq!(letters_end(&b, i), scalar(&b, i), "{b:?} from {i}");
                }
            }
        }
    }

    #[test]
    fn may_hold_reads_digits_fractions_and_number_words() {
        for t in ["in 2022", "x7", "½ of it", "a ⅓ share", "two leaders", "Millions of jobs", "half the cost"] {
            assert!(may_hold(t), "{t:?}");
        }
        for t in ["", "The leaders met.", "a few of many", "point taken", "“quoted” — text’s", "attwo"] {
            assert!(!may_hold(t), "{t:?}");
        }
        // Every number word is ASCII letters, so a run of them holds each one whole.
        for (w, _) in numbers::words() {
            assert!(w.bytes().all(|b| b.is_ascii_alphabetic()), "{w:?}");
        }
        // Every vulgar fraction starts with a byte `may_hold` stops at.
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let s = c.to_string();
            assert!(!numbers::vulgar_at(&s) || matches!(s.as_bytes()[0], 0xC2 | 0xE2), "{c:?}");
        }
    }
}
