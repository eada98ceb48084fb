//! Stage 0: whether a paragraph may hold a figure at all, read straight from its bytes.
//!
//! Most paragraphs of a real readout state no figure. Tokenising them, looking every token up
//! and scanning the tokens for numbers costs most of the time spent on such text, and finds
//! nothing. Every figure starts from an ASCII digit, a vulgar fraction or a number word that can
//! make a figure of its own, so a paragraph with none of these is passed over whole.

use crate::numbers;
use crate::util::next_digit;
use crate::vocab;

/// Whether `text` may hold a figure: whether it has an ASCII digit, a vulgar fraction ("½") or a
/// number word that can make a figure of its own ("two", "millions", "half"; see
/// [`NumWord::only_joins`](crate::numbers::NumWord::only_joins)). Where there is none,
/// [`find`](crate::figures::find) finds nothing (a test checks it), and the paragraph need not be
/// tokenised. Words are read as runs of ASCII letters: a superset of the lexer's number-word
/// tokens, as every number word is ASCII letters.
pub(crate) fn may_hold(text: &str) -> bool {
    let b = text.as_bytes();
    // Digits first, eight bytes at a time: most paragraphs with a figure have one.
    if next_digit(b, 0).is_some() {
        return true;
    }
    let mut i = 0;
    while i < b.len() {
        match HOLD[usize::from(b[i])] {
            HOLD_LETTER => {
                let start = i;
                i += 1;
                while i < b.len() && HOLD[usize::from(b[i])] == HOLD_LETTER {
                    i += 1;
                }
                if vocab::is_figure_word(&b[start..i]) {
                    return true;
                }
            }
            HOLD_LEAD if numbers::vulgar_at(&text[i..]) => return true,
            _ => i += 1,
        }
    }
    false
}

const HOLD_OTHER: u8 = 0;
const HOLD_LETTER: u8 = 1;
/// The first byte of a vulgar fraction ("½" is C2 BD, "⅓" is E2 85 93; a test checks them all).
const HOLD_LEAD: u8 = 2;

/// What each byte is to [`may_hold`] once it knows there is no digit.
static HOLD: [u8; 256] = {
    let mut t = [HOLD_OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphabetic() {
            HOLD_LETTER
        } else if c == 0xC2 || c == 0xE2 {
            HOLD_LEAD
        } else {
            HOLD_OTHER
        };
        b += 1;
    }
    t
};

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
    fn may_hold_reads_digits_fractions_and_number_words() {
        for t in ["in 2022", "x7", "½ of it", "a ⅓ share", "two leaders", "Millions of jobs", "half the cost"] {
            assert!(may_hold(t), "{t:?}");
        }
        for t in ["", "The leaders met.", "a few of many", "point taken", "“quoted” — text’s", "attwo"] {
            assert!(!may_hold(t), "{t:?}");
        }
        // Every vulgar fraction starts with a byte `may_hold` stops at.
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let s = c.to_string();
            assert!(!numbers::vulgar_at(&s) || matches!(s.as_bytes()[0], 0xC2 | 0xE2), "{c:?}");
        }
    }
}
