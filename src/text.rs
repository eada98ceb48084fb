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
    ])
});

/// Longest block, in bytes, before it is cut at a line break or sentence end.
const MAX_BLOCK: usize = 64 * 1024;

/// Splits `text` into blocks that no figure crosses: paragraphs (at blank lines), and long
/// paragraphs at a line break or a sentence end after [`MAX_BLOCK`] bytes. Processing a block
/// at a time keeps the token buffer small and in cache.
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
        let cut = if bytes[i] == b'\n' && bytes.get(i + 1) == Some(&b'\n') {
            Some(i + 2)
        } else if i - start >= MAX_BLOCK && (bytes[i] == b'\n' || (bytes[i] == b' ' && i > 0 && bytes[i - 1] == b'.'))
            || i - start >= 4 * MAX_BLOCK && bytes[i].is_ascii_whitespace()
        {
            Some(i + 1)
        } else {
            None
        };
        match cut {
            Some(end) => {
                out.push(start..end);
                start = end;
                i = end;
            }
            None => i += 1,
        }
    }
    if start < bytes.len() {
        out.push(start..bytes.len());
    }
    out
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
    let before = text[..i].trim_end_matches([' ', '\t', '\r']);
    let after = &text[i + 1..];
    if after.starts_with(['\n', '\r']) || before.ends_with('\n') {
        return true;
    }
    let wrapped = before.ends_with(|c: char| c.is_alphanumeric() || c == ',')
        && after.trim_start_matches([' ', '\t']).starts_with(|c: char| c.is_lowercase());
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
            assert!(b.len() <= 4 * MAX_BLOCK + 16);
        }
        assert!(blocks("").is_empty());
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
    }
}
