//! Sentences and lines.
//!
//! A sentence ends at `.`, `!` or `?` (and any closing quotes or brackets) before white space
//! and an upper-case letter, digit, quote or bullet, unless the word before the period is an
//! abbreviation ("U.S.", "Mr.", "Nov.") or an initial ("Joseph R. Biden"). A line break ends a
//! sentence too, except inside a wrapped line (a line ending in a word or comma, followed by one
//! starting in lower case). A blank line always does.

use once_cell::sync::Lazy;

use crate::claim::Span;
use crate::util::{words, WordSet};

/// Words after which a period does not end a sentence (lower case, without the period).
static ABBREVIATIONS: Lazy<WordSet> = Lazy::new(|| {
    WordSet::new(words![
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "no", "nos", "gen", "sen", "rep", "reps", "gov", "lt", "col", "sgt",
        "capt", "adm", "amb", "pres", "prof", "hon", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "e.g", "i.e", "etc", "vs", "approx", "est", "inc", "corp", "co", "ltd", "dept", "fig",
        "vol", "art", "sec", "u.s", "u.k", "u.n", "d.c", "p.m", "a.m",
        // Currencies written with a full stop before the amount: "Rs. 2 crore", "L.E. 500".
        "rs", "l.e",
    ])
});

/// Longest block, in bytes, before it is cut at a line break or sentence end.
const MAX_BLOCK: usize = 64 * 1024;

/// Past this many bytes a block is cut at white space, ASCII or not (a no-break space), not
/// next to a digit.
const HARD_BLOCK: usize = MAX_BLOCK + MAX_BLOCK / 4;

/// Past this many bytes a block is cut after any ASCII byte that is no letter or digit, and
/// past [`MAX_RUN`] at any `char` boundary: text without white space ("1.1.1.…") is no prose,
/// and its tokens and figures are what a block holds in memory, one per byte or two.
const PUNCT_BLOCK: usize = HARD_BLOCK + MAX_BLOCK / 4;

/// The longest block of all (see [`PUNCT_BLOCK`]).
const MAX_RUN: usize = HARD_BLOCK + MAX_BLOCK / 2;

/// Splits `text` into blocks that no figure crosses: paragraphs (at blank lines), and long
/// paragraphs at a line break or a sentence end after [`MAX_BLOCK`] bytes, at white space after
/// [`HARD_BLOCK`], and, in text without white space, after punctuation or at last anywhere, so
/// that no block is longer than [`MAX_RUN`] bytes (plus a `char`). Processing a block at a time
/// keeps the token buffer small and in cache, and memory bounded whatever the text.
pub(crate) fn blocks(text: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    // Paragraphs short enough are found with a fast search for line breaks (`memchr`).
    let mut from = start;
    while let Some(k) = text[from..].find('\n') {
        let nl = from + k;
        if nl - start > MAX_BLOCK {
            break;
        }
        if bytes.get(nl + 1) == Some(&b'\n') {
            out.push(start..nl + 2);
            start = nl + 2;
            from = start;
        } else {
            from = nl + 1;
        }
    }
    let mut i = start;
    while i < bytes.len() {
        let b = bytes[i];
        let len = i - start;
        let cut = if b == b'\n' && bytes.get(i + 1) == Some(&b'\n') {
            Some(i + 2)
        } else if len >= MAX_BLOCK && (b == b'\n' || (b == b' ' && i > 0 && bytes[i - 1] == b'.'))
            || len >= HARD_BLOCK && b.is_ascii_whitespace() && !beside_digit(bytes, i)
        {
            Some(i + 1)
        } else if let Some(w) = (len >= HARD_BLOCK && b >= 0x80 && text.is_char_boundary(i))
            .then(|| text[i..].chars().next().filter(|c| c.is_whitespace()).map(char::len_utf8))
            .flatten()
            .filter(|&w| !beside_digit(bytes, i) && !beside_digit(bytes, i + w - 1))
        {
            Some(i + w)
        } else if (len >= PUNCT_BLOCK && b < 0x80 && !b.is_ascii_alphanumeric())
            || (len >= MAX_RUN && text.is_char_boundary(i))
        {
            // After the punctuation; at the limit, before the `char` that starts here.
            Some(if b < 0x80 && len < MAX_RUN { i + 1 } else { i })
        } else {
            None
        };
        match cut {
            Some(end) if end > start => {
                out.push(start..end);
                start = end;
                i = end;
            }
            _ => i += 1,
        }
    }
    if start < bytes.len() {
        out.push(start..bytes.len());
    }
    out
}

/// Whether the byte before or after `i` is a digit: white space there may part a number from
/// its scale or noun ("2,000 refugees", "5 million"), so no block is cut there but at last.
fn beside_digit(bytes: &[u8], i: usize) -> bool {
    (i > 0 && bytes[i - 1].is_ascii_digit()) || bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
}

/// The bytes at which a sentence may end: `.`, `!`, `?` and a line break.
static MAY_END: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[b'\n' as usize] = true;
    t
};

/// The first position from `i` on whose byte may end a sentence ([`MAY_END`]), or the end.
/// Eight bytes at a time: most of a text ends nothing.
fn next_may_end(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // Whether some byte of `x` is `b` (the classic test for a zero byte in a word).
    let has = |x: u64, b: u8| {
        let y = x ^ (ONES * u64::from(b));
        y.wrapping_sub(ONES) & !y & HIGHS != 0
    };
    while let Some(chunk) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let x = u64::from_le_bytes(*chunk);
        if has(x, b'.') || has(x, b'!') || has(x, b'?') || has(x, b'\n') {
            break;
        }
        i += 8;
    }
    while i < bytes.len() && !MAY_END[usize::from(bytes[i])] {
        i += 1;
    }
    i
}

/// The sentences of `text`, in order (see [`sentences_into`]).
#[cfg(test)]
pub(crate) fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    sentences_into(text, 0, &mut out);
    out
}

/// The sentences of `text`, in order, trimmed of surrounding white space, each shifted by
/// `offset` (where `text` starts in the whole input), appended to `out`.
pub(crate) fn sentences_into(text: &str, offset: usize, out: &mut Vec<Span>) {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        i = next_may_end(bytes, i);
        let Some(&b) = bytes.get(i) else { break };
        let end_here = match b {
            b'.' | b'!' | b'?' => {
                let mut j = i + 1;
                while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')' | b']') {
                    j += 1;
                }
                // Curly closing quote.
                if text[j..].starts_with('”') || text[j..].starts_with('’') {
                    j += 3;
                }
                if ends_sentence(text, i, j) {
                    Some(j)
                } else {
                    None
                }
            }
            b'\n' if line_break_ends(text, i) => Some(i),
            _ => None,
        };
        if let Some(end) = end_here {
            push_trimmed(text, start, end, offset, out);
            start = end;
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    push_trimmed(text, start, text.len(), offset, out);
}

fn push_trimmed(text: &str, start: usize, end: usize, offset: usize, out: &mut Vec<Span>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Span::new(offset + start + lead, offset + end - trail));
    }
}

/// Whether the `.`/`!`/`?` at `i`, with closing marks up to `j`, ends a sentence.
fn ends_sentence(text: &str, i: usize, j: usize) -> bool {
    let bytes = text.as_bytes();
    // Must be followed by white space, then a sentence start (or the end).
    if j >= bytes.len() {
        return true;
    }
    if !text[j..].starts_with(char::is_whitespace) {
        return false;
    }
    let rest = text[j..].trim_start();
    let Some(next) = rest.chars().next() else { return true };
    if !(next.is_uppercase() || next.is_ascii_digit() || matches!(next, '"' | '“' | '‘' | '(' | '•' | '-' | '*'))
    {
        return false;
    }
    if bytes[i] != b'.' {
        return true;
    }
    // The word before the period: an abbreviation or an initial does not end the sentence.
    let before = &text[..i];
    let word_start = before
        .char_indices()
        .rev()
        .take(16)
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.')
        .last()
        .map_or(i, |(k, _)| k);
    let word = &before[word_start..];
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return false;
    }
    !ABBREVIATIONS.contains(word)
}

/// Whether the line break at `i` ends a sentence.
fn line_break_ends(text: &str, i: usize) -> bool {
    // White space other than line breaks (a no-break space too) is passed over, as the lexer
    // passes over it: a number and a scale word either side of the break agree with the sentence.
    let blank = |c: char| c.is_whitespace() && c != '\n';
    let before = text[..i].trim_end_matches(blank);
    let after = &text[i + 1..];
    if after.starts_with(['\n', '\r']) || before.ends_with('\n') {
        return true;
    }
    let wrapped = before.ends_with(|c: char| c.is_alphanumeric() || c == ',')
        && after.trim_start_matches(|c: char| blank(c) && c != '\r').starts_with(|c: char| c.is_lowercase());
    !wrapped
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|sp| &text[sp.start..sp.end]).collect()
    }

    #[test]
    fn blocks_split_at_blank_lines_and_stay_on_char_boundaries() {
        let t = "a b\n\nc d\ne";
        assert_eq!(blocks(t), [0..5, 5..10]);
        // A run of line breaks: each pair closes a block, as a scan byte by byte would cut it.
        assert_eq!(blocks("a\n\n\nb\n\n\n\nc"), [0..3, 3..7, 7..9, 9..10]);
        let long = "é word. ".repeat(30_000);
        for b in blocks(&long) {
            assert!(long.is_char_boundary(b.start) && long.is_char_boundary(b.end));
            assert!(b.len() <= MAX_RUN + 4);
        }
        assert!(blocks("").is_empty());
    }

    /// Text without white space is cut too: at a no-break space, after punctuation, at last
    /// anywhere (on a `char` boundary), so that no block, and nothing a block holds, grows
    /// with the input.
    #[test]
    fn blocks_without_white_space_are_bounded() {
        for unit in ["1.", "é", "½%", "abc", "5\u{a0}million\u{a0}", "1\u{3000}", "€"] {
            let text = unit.repeat(3 * MAX_RUN / unit.len());
            let bs = blocks(&text);
            assert!(bs.len() >= 3, "{unit:?}: {} blocks", bs.len());
            assert_eq!(bs.first().map(|b| b.start), Some(0));
            assert_eq!(bs.last().map(|b| b.end), Some(text.len()));
            for w in bs.windows(2) {
                assert_eq!(w[0].end, w[1].start);
            }
            for b in &bs {
                assert!(text.is_char_boundary(b.start) && text.is_char_boundary(b.end), "{unit:?}");
                assert!(b.len() <= MAX_RUN + 4, "{unit:?}: {}", b.len());
            }
        }
        // A no-break space is where it is cut, and the space stays with the block before it;
        // but not one beside a digit ("5\u{a0}million").
        let text = "aid\u{a0}arrived\u{a0}".repeat(HARD_BLOCK / 8);
        let first = blocks(&text)[0].clone();
        assert!(first.len() < PUNCT_BLOCK && text[first].ends_with('\u{a0}'));
        let text = "5\u{a0}".repeat(HARD_BLOCK / 2);
        assert!(blocks(&text)[0].len() >= MAX_RUN);
    }

    #[test]
    fn splits_on_periods_before_capitals() {
        assert_eq!(s("Trade grew. Jobs rose! Did it? Yes."), ["Trade grew.", "Jobs rose!", "Did it?", "Yes."]);
    }

    #[test]
    fn finds_ends_at_every_alignment() {
        // The search reads eight bytes at a time: each end must be found wherever it falls.
        for k in 0..17 {
            let pad = "w".repeat(k);
            let text = format!("{pad} ends here. Next one! And? Yes.\nNew line {pad}");
            assert_eq!(
                s(&text),
                [
                    format!("{pad} ends here.").trim_start(),
                    "Next one!",
                    "And?",
                    "Yes.",
                    format!("New line {pad}").trim_end()
                ]
            );
        }
    }

    #[test]
    fn keeps_abbreviations_and_initials() {
        assert_eq!(
            s("Joseph R. Biden met the U.S. Trade Representative on Nov. 17. Then he left."),
            ["Joseph R. Biden met the U.S. Trade Representative on Nov. 17.", "Then he left."]
        );
        assert_eq!(s("It rose 2.5 percent. It fell."), ["It rose 2.5 percent.", "It fell."]);
        assert_eq!(s("It rose.\u{a0} It fell."), ["It rose.", "It fell."]);
    }

    #[test]
    fn lines_end_sentences_unless_wrapped() {
        assert_eq!(s("90.5 F\nReadout of the meeting"), ["90.5 F", "Readout of the meeting"]);
        assert_eq!(s("trade worth\nbillions of dollars."), ["trade worth\nbillions of dollars."]);
        assert_eq!(s("a\n\nb"), ["a", "b"]);
        // A no-break space about the break is white space there too.
        assert_eq!(s("trade worth\u{a0}\n\u{a0}billions."), ["trade worth\u{a0}\n\u{a0}billions."]);
        assert_eq!(s("90.5 F\u{a0}\n\u{a0}Readout"), ["90.5 F", "Readout"]);
    }
}
