//! Character offsets: spans counted in Unicode scalar values instead of UTF-8 bytes.

use crate::claim::{Claim, Mention, Span};
use crate::time::{ReferenceDate, TimeRef};

/// Bytes between two checkpoints of the character count.
const BLOCK: usize = 256;

/// Converts the byte offsets the extractor returns into character offsets: counts of Unicode
/// scalar values (Rust `char`s), which is how Python's `str`, Java's `codePointCount`, and
/// `text.chars()` count.
///
/// Every [`Span`] the library returns is in UTF-8 bytes, so that `&text[span.start..span.end]`
/// slices a Rust `&str` directly. A Python or pandas user slicing `text[start:end]` needs
/// character offsets instead as soon as a dash ("—"), a curly quote or an accented letter stands
/// before a figure. Build one `CharOffsets` per text and convert what you output:
///
/// ```
/// use policy_claims::{CharOffsets, Extractor};
///
/// let text = "Le ministère — dans un communiqué — a annoncé more than $2 million in aid.";
/// let mut claims = Extractor::new().claims(text);
/// assert_eq!(&text[claims[0].span.start..claims[0].span.end], "$2 million");
///
/// let offsets = CharOffsets::new(text);
/// for claim in &mut claims {
///     offsets.convert_claim(claim);
/// }
/// let span = claims[0].span;
/// let sliced: String = text.chars().skip(span.start).take(span.end - span.start).collect();
/// assert_eq!(sliced, "$2 million"); // as Python's text[start:end]
/// assert_eq!(span.start, text.chars().position(|c| c == '$').unwrap());
/// ```
///
/// The conversion costs one pass over the text when it is built (none for ASCII text) and memory
/// of one `usize` per 256 bytes; each offset is then found in constant time (at most 256 bytes
/// counted). A converted span no longer slices the Rust string: keep converted values for output.
#[derive(Debug, Clone)]
pub struct CharOffsets<'t> {
    text: &'t str,
    /// The number of characters before each multiple of [`BLOCK`]; empty for ASCII text.
    before_block: Vec<usize>,
}

impl<'t> CharOffsets<'t> {
    /// A converter for offsets into `text`.
    pub fn new(text: &'t str) -> CharOffsets<'t> {
        let mut before_block = Vec::new();
        if !text.is_ascii() {
            before_block.reserve(text.len() / BLOCK + 1);
            let mut chars = 0;
            for block in text.as_bytes().chunks(BLOCK) {
                before_block.push(chars);
                chars += count_chars(block);
            }
        }
        CharOffsets { text, before_block }
    }

    /// The character offset of byte offset `byte`: the number of characters that start before
    /// it. A byte offset past the end of the text gives the number of characters in it.
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if self.before_block.is_empty() {
            return byte;
        }
        let block = byte / BLOCK;
        let start = block * BLOCK;
        match self.before_block.get(block) {
            Some(&before) => before + count_chars(&self.text.as_bytes()[start..byte]),
            // `byte` is the end of a text whose length is a multiple of BLOCK.
            None => self.before_block.last().map_or(0, |&b| b + count_chars(&self.text.as_bytes()[start - BLOCK..])),
        }
    }

    /// `span` in characters.
    pub fn convert_span(&self, span: Span) -> Span {
        Span::new(self.char_offset(span.start), self.char_offset(span.end))
    }

    /// Converts every span of `claim` in place: the figure, the hedge words, the time
    /// expression and the sentence.
    pub fn convert_claim(&self, claim: &mut Claim) {
        claim.span = self.convert_span(claim.span);
        claim.sentence = self.convert_span(claim.sentence);
        claim.hedge.span = claim.hedge.span.map(|s| self.convert_span(s));
        if let Some(t) = &mut claim.time {
            self.convert_time(t);
        }
    }

    /// Converts the spans of `mention` (the figure and the hedge words) in place.
    pub fn convert_mention(&self, mention: &mut Mention) {
        mention.span = self.convert_span(mention.span);
        mention.hedge.span = mention.hedge.span.map(|s| self.convert_span(s));
    }

    /// Converts the span of a time expression in place.
    pub fn convert_time(&self, time: &mut TimeRef) {
        time.span = self.convert_span(time.span);
    }

    /// Converts the span of the date a document states, if any, in place.
    pub fn convert_reference(&self, reference: &mut ReferenceDate) {
        reference.span = reference.span.map(|s| self.convert_span(s));
    }
}

/// The number of characters that start in `bytes`: every byte but UTF-8 continuation bytes.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every char boundary of `text`, against a plain count.
    fn check(text: &str) {
        let offsets = CharOffsets::new(text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(offsets.char_offset(byte), chars, "byte {byte} of {} bytes", text.len());
        }
        let n = text.chars().count();
        assert_eq!(offsets.char_offset(text.len()), n);
        assert_eq!(offsets.char_offset(text.len() + 7), n);
    }

    #[test]
    fn counts_scalar_values_across_blocks() {
        check("");
        check("plain ASCII, $5 million");
        check("é");
        for k in [0, 1, 2, 3, 100, 255, 256, 257, 511, 512] {
            let pad = "a".repeat(k);
            check(&format!("{pad}—é𝔸 rose 4%"));
            check(&format!("{}{pad}", "—".repeat(k)));
            check(&"é".repeat(k));
        }
    }

    #[test]
    fn claims_slice_like_python() {
        let text = "Le ministère—dans un communiqué—a annoncé: nearly 300,000 refugees arrived in 2023, \
                    and “more than 2,000 families” came later. ¿Y el café? Exports rose 4 percent.";
        let ex = crate::Extractor::new();
        let offsets = CharOffsets::new(text);
        let chars: Vec<char> = text.chars().collect();
        let slice = |s: Span| chars[s.start..s.end].iter().collect::<String>();
        let claims = ex.claims(text);
        assert_eq!(claims.len(), 3, "{claims:?}");
        for mut c in claims {
            offsets.convert_claim(&mut c);
            assert_eq!(slice(c.span), c.text);
            assert_eq!(c.hedge.span.map(slice), c.hedge.text.clone());
            if let Some(t) = &c.time {
                assert_eq!(slice(t.span), t.text);
            }
            assert!(slice(c.sentence).contains(&c.text));
        }
        for mut m in ex.mentions(text) {
            offsets.convert_mention(&mut m);
            assert_eq!(slice(m.span), m.text);
        }
    }
}
