//! Byte offsets to character offsets, so that Python's `text[start:end]` is the span's text.
//!
//! The library reports byte offsets into UTF-8; a Python `str` is indexed by code point. For an
//! ASCII text the two are the same and nothing is built. Otherwise one pass over the text records
//! how many characters precede every [`STRIDE`]-th byte, and a look-up counts the characters of at
//! most `STRIDE` bytes after the nearest mark: linear to build, constant per offset, in any order.

/// Bytes between two marks.
const STRIDE: usize = 256;

/// Converts byte offsets into one text to character (code point) offsets.
#[derive(Debug)]
pub(crate) struct CharIndex<'t> {
    bytes: &'t [u8],
    /// `marks[k]` is the number of characters in `bytes[..k * STRIDE]`; empty for ASCII text.
    marks: Vec<usize>,
}

impl<'t> CharIndex<'t> {
    /// The index of `text`.
    pub(crate) fn new(text: &'t str) -> CharIndex<'t> {
        let bytes = text.as_bytes();
        if text.is_ascii() {
            return CharIndex { bytes, marks: Vec::new() };
        }
        let mut marks = Vec::with_capacity(bytes.len() / STRIDE + 1);
        let mut count = 0;
        for block in bytes.chunks(STRIDE) {
            marks.push(count);
            count += chars_in(block);
        }
        marks.push(count);
        CharIndex { bytes, marks }
    }

    /// The character offset of byte offset `byte` (offsets past the end are clamped to it).
    pub(crate) fn chars(&self, byte: usize) -> usize {
        if self.marks.is_empty() {
            return byte.min(self.bytes.len());
        }
        let byte = byte.min(self.bytes.len());
        let k = byte / STRIDE;
        self.marks[k] + chars_in(&self.bytes[k * STRIDE..byte])
    }
}

/// The number of characters that start in `bytes`: every byte but UTF-8 continuation bytes.
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}
