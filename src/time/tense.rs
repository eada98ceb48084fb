//! Tense: whether a time expression stands in a clause about the past or the future. Some
//! readings depend on it ("in two weeks" is a future point only when the sentence is not about the
//! past; "rose 5% in two years" is a duration; "in March" is the latest March in a sentence about
//! the past, the next one in a sentence about the future).
//!
//! The tense is that of the nearest marker before the expression in its sentence ("The trial is
//! set to begin on Wednesday, located ..." reads "set to"), else of the first one after it.

/// The tense of the expression at byte `at`, if its sentence marks one.
pub(super) fn at(text: &str, at: usize) -> Option<Tense> {
    tense(text, at)
}

/// Whether the expression at byte `at` reads as past tense.
pub(super) fn past_context(text: &str, at: usize) -> bool {
    matches!(tense(text, at), Some(Tense::Past))
}

/// Whether the expression at byte `at` reads as future.
pub(super) fn future_context(text: &str, at: usize) -> bool {
    matches!(tense(text, at), Some(Tense::Future))
}

/// How far from `at` the sentence around it is read, each way. Bounds the work per call, so text
/// without sentence punctuation cannot make the scan quadratic.
const TENSE_WINDOW: usize = 300;

/// The tense of the marker nearest before byte `at` in its sentence, else of the first after it.
fn tense(text: &str, at: usize) -> Option<Tense> {
    let b = text.as_bytes();
    let at = at.min(b.len());
    let lo = at.saturating_sub(TENSE_WINDOW);
    let hi = (at + TENSE_WINDOW).min(b.len());
    // A stop ends a sentence unless a letter or digit follows at once ("0.9%", "U.S", "e.g").
    let ends = |k: usize| match b[k] {
        b'!' | b'?' | b';' => true,
        b'.' => !b.get(k + 1).is_some_and(u8::is_ascii_alphanumeric),
        _ => false,
    };
    let mut s = at;
    while s > lo && !(ends(s - 1) || (b[s - 1] == b'\n' && s > 1 && b[s - 2] == b'\n')) {
        s -= 1;
    }
    let mut e = at;
    while e < hi && !ends(e) {
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
    let at = at - s;
    let mut before = None;
    let mut i = 0;
    let mut prev: &[u8] = &[];
    while i < sentence.len() {
        let start = i;
        while let Some(n) = word_char_len(&sentence[i..]) {
            i += n;
        }
        let word = &sentence[start..i];
        // A verb of saying dates the saying, not what is said: it marks the tense only of a time
        // right after it ("announced in January"), not of one in what it reports ("has announced
        // the closure of ten plants during the fourth quarter").
        let reported = reporting(word) && !(i <= at && at <= i + 8);
        if let Some(t) = word_tense(word, prev).filter(|_| !reported) {
            if start >= at {
                // The first marker after the expression counts only where none stands before.
                return before.or(Some(t));
            }
            before = Some(t);
        }
        if !word.is_empty() {
            prev = word;
        }
        // Past the char ending the word; through a multi-byte char byte by byte, as none of its
        // later bytes can start a word char.
        i += 1;
    }
    before
}

/// Whether `word` is a past form of a verb of saying ("said", "announced", "reported").
fn reporting(word: &[u8]) -> bool {
    const SAYING: &[&[u8]] = &[
        b"said",
        b"announced",
        b"reported",
        b"stated",
        b"told",
        b"unveiled",
        b"declared",
        b"noted",
        b"explained",
        b"confirmed",
        b"revealed",
        b"added",
    ];
    (4..=9).contains(&word.len()) && SAYING.iter().any(|w| w.eq_ignore_ascii_case(word))
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tense {
    Past,
    Future,
}

/// Words after which an "-ed" form is a participle of the present or future ("is expected",
/// "will be completed", "to be signed"), not a past tense.
fn auxiliary(w: &[u8]) -> bool {
    const AUX: &[&[u8]] = &[
        b"is", b"are", b"am", b"be", b"being", b"will", b"would", b"should", b"could", b"may", b"might", b"must",
        b"can", b"shall", b"to", b"not", b"get", b"gets",
    ];
    AUX.iter().any(|a| a.eq_ignore_ascii_case(w))
}

/// The tense `word` marks, if any, given the word before it. Cheapest tests first: most words
/// are short or long, and only words of two to nine letters need a look in the lists.
fn word_tense(word: &[u8], prev: &[u8]) -> Option<Tense> {
    let n = word.len();
    let ends_with = |suffix: &[u8]| n >= suffix.len() && word[n - suffix.len()..].eq_ignore_ascii_case(suffix);
    // A word over 16 bytes is read only as an "-ed" form, not as a "'ll" contraction.
    if n <= 16 && (ends_with(b"'ll") || ends_with("\u{2019}ll".as_bytes())) {
        return Some(Tense::Future);
    }
    if (2..=11).contains(&n) {
        let mut buf = [0u8; 11];
        let lower = &mut buf[..n];
        lower.copy_from_slice(word);
        lower.make_ascii_lowercase();
        match &*lower {
            b"will" | b"shall" | b"going" | b"next" | b"upcoming" | b"coming" | b"within" | b"soon" | b"should"
            | b"might" | b"expected" | b"scheduled" | b"planned" | b"slated" | b"projected" | b"poised"
            | b"anticipated" | b"intended" | b"forthcoming" => return Some(Tense::Future),
            // "may" in lower case is the modal; "set to", "due to", "about to" look ahead.
            b"may" if word[0].is_ascii_lowercase() => return Some(Tense::Future),
            // "plans to", "aims to": "plans" alone is as often a noun.
            b"to"
                if [
                    &b"set"[..],
                    b"due",
                    b"poised",
                    b"about",
                    b"going",
                    b"plan",
                    b"plans",
                    b"aim",
                    b"aims",
                    b"intend",
                    b"intends",
                    b"expect",
                    b"expects",
                    b"want",
                    b"wants",
                    b"seek",
                    b"seeks",
                    b"hope",
                    b"hopes",
                ]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(prev)) =>
            {
                return Some(Tense::Future)
            }
            b"was" | b"were" | b"had" | b"did" | b"ago" | b"rose" | b"fell" | b"grew" | b"went" | b"saw" | b"took"
            | b"made" | b"came" | b"spent" | b"met" | b"said" | b"began" | b"left" | b"sold" | b"paid" | b"built"
            | b"won" | b"lost" | b"been" => return Some(Tense::Past),
            _ => {}
        }
    }
    if n > 4 && ends_with(b"ed") && !auxiliary(prev) {
        return Some(Tense::Past);
    }
    // The present perfect: "have fallen", "has grown", "'ve risen".
    let perfect = [&b"has"[..], b"have", b"had", b"'ve"].iter().any(|w| w.eq_ignore_ascii_case(prev));
    if perfect
        && n > 2
        && (ends_with(b"en") || ends_with(b"wn") || ends_with(b"ne") || ends_with(b"de") || ends_with(b"id"))
    {
        return Some(Tense::Past);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tense_reads_runs_of_ascii_letters_and_apostrophes() {
        use Tense::*;
        assert_eq!(tense("We’ll see", 9), Some(Future));
        assert_eq!(tense("They'LL go", 10), Some(Future));
        // The nearest marker before the expression wins.
        assert_eq!(tense("It REOPENED and will grow", 25), Some(Future));
        assert_eq!(tense("It will say it REOPENED then", 28), Some(Past));
        // Any other char ends a word: "na" and "vehanded".
        assert_eq!(tense("naïvehanded x", 13), Some(Past));
        // A word longer than any marker counts only as an "-ed" form.
        assert_eq!(tense("internationalized", 0), Some(Past));
        assert_eq!(tense("counterproposals’ll", 0), None);
        // Only the sentence around `at` is read.
        assert_eq!(tense("It was over. Now we will see", 20), Some(Future));
        assert_eq!(tense("It was over\n\nNow we will see", 20), Some(Future));
        // Without a marker before, the first after counts.
        assert_eq!(tense("On Tuesday the delegation met", 0), Some(Past));
        // A participle after an auxiliary is no past tense; modals and "set to" look ahead.
        assert_eq!(tense("The sale should be completed in October", 32), Some(Future));
        assert_eq!(tense("The trial is set to begin on Wednesday, located in London", 26), Some(Future));
        assert_eq!(tense("Arrivals have fallen since November", 21), Some(Past));
        assert_eq!(tense("In May the talks resumed", 0), Some(Past));
        // A verb of saying marks only the time right after it.
        let s = "Ford has announced the closure of ten plants during the fourth quarter";
        assert_eq!(tense(s, s.find("fourth").unwrap()), None);
        let s = "plans announced in January cut jobs";
        assert_eq!(tense(s, s.find("January").unwrap()), Some(Past));
        // A decimal point ends no sentence.
        assert_eq!(tense("Output contracted by 0.9% between April and June", 26), Some(Past));
    }
}
