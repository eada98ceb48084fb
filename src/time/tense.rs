//! Tense: whether the sentence around a time expression reads as past or future. Some readings
//! depend on it ("in two weeks" is a future point only when the sentence is not about the past;
//! "rose 5% in two years" is a duration).

/// Whether the sentence around byte `at` reads as past tense (a past-tense marker and no future
/// marker). Used where a reading depends on tense ("in two weeks" is a future point only when the
/// sentence is not about the past: "rose 5% in two years" is a duration).
pub(super) fn past_context(text: &str, at: usize) -> bool {
    let (past, future) = tense(text, at);
    past && !future
}

/// Whether the sentence around byte `at` reads as future (a future marker and no past marker).
pub(super) fn future_context(text: &str, at: usize) -> bool {
    let (past, future) = tense(text, at);
    future && !past
}

/// How far from `at` the sentence around it is read, each way. Bounds the work per call, so text
/// without sentence punctuation cannot make the scan quadratic.
const TENSE_WINDOW: usize = 300;

/// (past, future): whether the sentence around byte `at` has past-tense / future markers.
fn tense(text: &str, at: usize) -> (bool, bool) {
    let b = text.as_bytes();
    let at = at.min(b.len());
    let lo = at.saturating_sub(TENSE_WINDOW);
    let hi = (at + TENSE_WINDOW).min(b.len());
    let mut s = at;
    while s > lo
        && !(matches!(b[s - 1], b'.' | b'!' | b'?' | b';') || (b[s - 1] == b'\n' && s > 1 && b[s - 2] == b'\n'))
    {
        s -= 1;
    }
    let mut e = at;
    while e < hi && !matches!(b[e], b'.' | b'!' | b'?' | b';') {
        e += 1;
    }
    while !text.is_char_boundary(s) {
        s += 1;
    }
    while !text.is_char_boundary(e) {
        e -= 1;
    }
    // Read as bytes: words are runs of ASCII letters and apostrophes, so no char need be decoded.
    let sentence = &b[s..e.max(s)];
    let (mut past, mut future) = (false, false);
    let mut i = 0;
    // Once both are found, no other word can change the answer.
    while i < sentence.len() && !(past && future) {
        let start = i;
        while let Some(n) = word_char_len(&sentence[i..]) {
            i += n;
        }
        match word_tense(&sentence[start..i]) {
            Some(Tense::Past) => past = true,
            Some(Tense::Future) => future = true,
            None => {}
        }
        // Past the char ending the word; through a multi-byte char byte by byte, as none of its
        // later bytes can start a word char.
        i += 1;
    }
    (past, future)
}

/// The curly apostrophe, as in "we’ll".
const CURLY_APOSTROPHE: &[u8] = "\u{2019}".as_bytes();

/// The length of the word char (ASCII letter or apostrophe, straight or curly) `rest` starts
/// with, if it starts with one.
fn word_char_len(rest: &[u8]) -> Option<usize> {
    match rest.first()? {
        c if c.is_ascii_alphabetic() || *c == b'\'' => Some(1),
        _ if rest.starts_with(CURLY_APOSTROPHE) => Some(CURLY_APOSTROPHE.len()),
        _ => None,
    }
}

/// What a word says of its sentence's tense.
enum Tense {
    Past,
    Future,
}

/// The tense `word` marks, if any. Cheapest tests first: most words are short or long, and only
/// words of three to eight letters need a look in the lists.
fn word_tense(word: &[u8]) -> Option<Tense> {
    let n = word.len();
    let ends_with = |suffix: &[u8]| n >= suffix.len() && word[n - suffix.len()..].eq_ignore_ascii_case(suffix);
    if n > 4 && ends_with(b"ed") {
        return Some(Tense::Past);
    }
    // A word over 16 bytes is read only as an "-ed" form, not as a "'ll" contraction.
    if n > 16 {
        return None;
    }
    if ends_with(b"'ll") || ends_with("\u{2019}ll".as_bytes()) {
        return Some(Tense::Future);
    }
    // The listed words have three to eight letters.
    if !(3..=8).contains(&n) {
        return None;
    }
    let mut buf = [0u8; 8];
    let lower = &mut buf[..n];
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    match &*lower {
        b"will" | b"shall" | b"would" | b"going" | b"plan" | b"plans" | b"expect" | b"expects" | b"aim" | b"aims"
        | b"intend" | b"next" | b"upcoming" | b"coming" | b"within" | b"soon" => Some(Tense::Future),
        b"was" | b"were" | b"had" | b"did" | b"ago" | b"rose" | b"fell" | b"grew" | b"went" | b"saw" | b"took"
        | b"made" | b"came" | b"spent" | b"met" | b"said" | b"began" | b"left" | b"sold" | b"paid" | b"built"
        | b"won" | b"lost" => Some(Tense::Past),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tense_reads_runs_of_ascii_letters_and_apostrophes() {
        assert_eq!(tense("We’ll see", 0), (false, true));
        assert_eq!(tense("They'LL go", 0), (false, true));
        assert_eq!(tense("It REOPENED and will grow", 3), (true, true));
        // Any other char ends a word: "na" and "vehanded".
        assert_eq!(tense("naïvehanded", 0), (true, false));
        // A word longer than any marker counts only as an "-ed" form.
        assert_eq!(tense("internationalized", 0), (true, false));
        assert_eq!(tense("counterproposals’ll", 0), (false, false));
        // Only the sentence around `at` is read.
        assert_eq!(tense("It was over. Now we will see", 20), (false, true));
        assert_eq!(tense("It was over\n\nNow we will see", 20), (false, true));
        assert_eq!(tense("It was over\nNow we will see", 20), (true, true));
    }
}
