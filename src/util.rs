//! Small helpers shared by the recognisers: case-insensitive table look-up, decimal parsing.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use rust_decimal::Decimal;

/// A fast hash for the short keys of word tables (SipHash costs more than the look-up): eight
/// bytes at a time, each word rotated into the state and multiplied (as rustc's FxHash does).
/// Keys are known words, not attacker-chosen, so collision resistance is not needed.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Fx(u64);

const FX_K: u64 = 0x517c_c1b7_2722_0a95;

impl Fx {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(FX_K);
    }
}

impl Hasher for Fx {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or_default()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
        }
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

/// For each (lower-case first byte, last byte) bucket, a bit per key length (up to 31) that some
/// key has. Most words of prose fail this test ("the" shares first letter and length with "ten",
/// not its last letter), and skip hashing altogether.
#[derive(Debug, Clone)]
pub(crate) struct Prefilter(Box<[u32; 1024]>);

impl Prefilter {
    pub fn new() -> Prefilter {
        Prefilter(Box::new([0; 1024]))
    }

    /// The bucket of `key`: its first and last bytes with ASCII case folded (`| 0x20` folds
    /// letters, and merges a few symbol pairs, which only lets more keys through).
    #[inline]
    fn bucket(key: &[u8]) -> Option<usize> {
        let (&f, &l) = (key.first()?, key.last()?);
        Some((usize::from(f | 0x20) * 31 + usize::from(l | 0x20)) & 1023)
    }

    pub fn add(&mut self, key: &[u8]) {
        if let Some(b) = Prefilter::bucket(key) {
            self.0[b] |= 1 << key.len().min(31);
        }
    }

    #[inline]
    pub fn may_contain(&self, key: &[u8]) -> bool {
        match Prefilter::bucket(key) {
            Some(b) => self.0[b] & (1 << key.len().min(31)) != 0,
            None => false,
        }
    }
}

/// A hash map with [`Fx`] hashing.
pub(crate) type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

/// A word table keyed by lower-case text, built once from static rows.
#[derive(Debug)]
pub(crate) struct Lexicon<T: 'static> {
    map: FxMap<&'static [u8], T>,
    filter: Prefilter,
    max_len: usize,
}

impl<T: Copy> Lexicon<T> {
    /// A table of `entries`: a static slice of rows, or some of them.
    pub fn new(entries: impl IntoIterator<Item = &'static (&'static str, T)>) -> Lexicon<T> {
        let mut map = FxMap::default();
        let mut filter = Prefilter::new();
        let mut max_len = 0;
        for &(k, v) in entries {
            debug_assert_eq!(k, k.to_lowercase(), "lexicon keys are lower case");
            max_len = max_len.max(k.len());
            filter.add(k.as_bytes());
            map.insert(k.as_bytes(), v);
        }
        Lexicon { map, filter, max_len }
    }

    /// Looks `word` (text or its bytes) up, ignoring ASCII case, without allocating.
    #[inline]
    pub fn get(&self, word: impl AsRef<[u8]>) -> Option<T> {
        let word = word.as_ref();
        let n = word.len();
        if n == 0 || n > self.max_len || n > 32 || !self.filter.may_contain(word) {
            return None;
        }
        let mut buf = [0u8; 32];
        let lower = &mut buf[..n];
        lower.copy_from_slice(word);
        lower.make_ascii_lowercase();
        self.map.get(&*lower).copied()
    }
}

/// A set of lower-case words.
#[derive(Debug)]
pub(crate) struct WordSet(Lexicon<()>);

impl WordSet {
    pub fn new(words: &'static [(&'static str, ())]) -> WordSet {
        WordSet(Lexicon::new(words))
    }

    /// Whether `word` is in the set, ignoring ASCII case.
    pub fn contains(&self, word: &str) -> bool {
        self.0.get(word).is_some()
    }
}

/// Builds the rows of a [`WordSet`] from a list of words: `words!["a", "b"]`.
macro_rules! words {
    ($($w:literal),* $(,)?) => { &[$(($w, ())),*] };
}
pub(crate) use words;

/// `as_str()`, `Display` and `FromStr` for a public enum: each variant's name as its JSON (serde
/// snake_case) has it. The match is exhaustive, so a new variant needs its name here; a test in
/// `claim.rs` checks every name against serde, and that `FromStr` reads back what `Display` writes.
macro_rules! snake_names {
    ($ty:ty { $($variant:ident => $name:literal),* $(,)? }) => {
        impl $ty {
            /// The name as JSON writes it (snake_case), for display without going through serde.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $name,)*
                }
            }

            /// Every variant, for the test of the names.
            #[cfg(test)]
            pub(crate) const VARIANTS: &'static [Self] = &[$(Self::$variant),*];
        }

        /// Writes the snake_case name, as JSON does (`as_str`); width and alignment apply.
        impl ::std::fmt::Display for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.pad(self.as_str())
            }
        }

        /// Reads the snake_case name, exactly as `Display` writes it and JSON has it.
        impl ::std::str::FromStr for $ty {
            type Err = $crate::util::ParseNameError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($name => Ok(Self::$variant),)*
                    _ => Err($crate::util::ParseNameError::new(stringify!($ty), s, &[$($name),*])),
                }
            }
        }
    };
}
pub(crate) use snake_names;

/// The error of `FromStr` on the public enums ([`ClaimKind`](crate::ClaimKind),
/// [`HedgeKind`](crate::HedgeKind), [`TimeKind`](crate::TimeKind), ...): the text is none of the
/// type's snake_case names. Its message names the type and lists the names it takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseNameError {
    type_name: &'static str,
    given: String,
    expected: &'static [&'static str],
}

impl ParseNameError {
    pub(crate) fn new(type_name: &'static str, given: &str, expected: &'static [&'static str]) -> ParseNameError {
        let given = given.chars().take(64).collect();
        ParseNameError { type_name, given, expected }
    }

    /// The type that was being parsed (`"HedgeKind"`).
    pub fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// The names the type takes, in declaration order.
    pub fn expected(&self) -> &'static [&'static str] {
        self.expected
    }
}

impl std::fmt::Display for ParseNameError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?} is not a {} (expected one of: {})", self.given, self.type_name, self.expected.join(", "))
    }
}

impl std::error::Error for ParseNameError {}

/// Parses digits with optional `,` group separators and one `.` fraction, exactly.
/// `None` when the number does not fit a `Decimal` (more than 28 significant digits).
pub(crate) fn parse_decimal(s: &str) -> Option<Decimal> {
    if s.is_empty() || s.len() > 48 {
        return None;
    }
    if let Some(d) = parse_short(s.as_bytes()) {
        return Some(d);
    }
    let mut buf = [0u8; 49];
    let mut n = 0;
    if s.starts_with('.') {
        buf[0] = b'0';
        n = 1;
    }
    // Group separators: ",", " ", and the bytes of U+00A0 / U+202F (the only non-ASCII the
    // lexer lets into a number).
    for &b in s.as_bytes() {
        if b.is_ascii_digit() || b == b'.' {
            buf[n] = b;
            n += 1;
        }
    }
    Decimal::from_str_exact(std::str::from_utf8(&buf[..n]).ok()?).ok()
}

/// `a / b`. A quotient that does not terminate (2/3) is rounded to 15 significant digits, the
/// precision of a double, rather than carrying 28 digits of noise.
pub(crate) fn div(a: Decimal, b: Decimal) -> Option<Decimal> {
    a.checked_div(b).map(tidy)
}

/// Rounds a value that carries more than 20 significant digits (the trace of a fraction that
/// does not terminate, such as 2/3 or 42 and a third) to 15 significant digits.
pub(crate) fn tidy(v: Decimal) -> Decimal {
    let digits = significant_digits(v);
    if digits > 20 || (digits > 15 && v.scale() > 0 && v.normalize().scale() >= 12) {
        round15(v)
    } else {
        v
    }
}

/// How many significant digits `v` carries (trailing zeros aside).
pub(crate) fn significant_digits(v: Decimal) -> u32 {
    v.normalize().mantissa().unsigned_abs().checked_ilog10().map_or(1, |d| d + 1)
}

/// `v` to 15 significant digits, the precision of a double.
pub(crate) fn round15(v: Decimal) -> Decimal {
    v.round_sf(15).map_or(v, |r| r.normalize())
}

/// The decimal fraction that the digits `d` stand for after a point: "77" is 0.77.
pub(crate) fn fraction_digits(d: &str) -> Option<Decimal> {
    if d.is_empty() || d.len() > 20 || !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    div(parse_decimal(d)?, pow10(u32::try_from(d.len()).ok()?)?)
}

/// [`parse_decimal`] without text conversion, for the common case: at most 18 digits, with
/// group separators and at most one `.` followed by digits. `None` for anything else.
fn parse_short(s: &[u8]) -> Option<Decimal> {
    let (mut mantissa, mut digits, mut scale, mut point) = (0u64, 0u32, 0u32, false);
    for &b in s {
        match b {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                digits += 1;
                scale += u32::from(point);
                if digits > 18 {
                    return None;
                }
            }
            b'.' if !point => point = true,
            b'.' => return None,
            _ => {}
        }
    }
    if digits == 0 || (point && scale == 0) {
        return None;
    }
    Decimal::try_from_i128_with_scale(i128::from(mantissa), scale).ok()
}

/// `10^p` as a decimal (p up to 28).
pub(crate) fn pow10(p: u32) -> Option<Decimal> {
    let v = 10i128.checked_pow(p)?;
    Decimal::try_from_i128_with_scale(v, 0).ok()
}

/// The high bit of each of the eight bytes of `x` that is ASCII and lies strictly between `lo`
/// and `hi`. Each byte is tested with its high bit cleared, so no step carries into the next byte.
#[inline]
pub(crate) fn bytes_between(x: u64, lo: u8, hi: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low7 = x & (ONES * 0x7f);
    let above = low7 + ONES * (127 - u64::from(lo));
    let below = ONES * (127 + u64::from(hi)) - low7;
    above & below & !x & (ONES << 7)
}

/// The first position from `i` on that holds an ASCII digit, eight bytes at a time.
pub(crate) fn next_digit(bytes: &[u8], mut i: usize) -> Option<usize> {
    while let Some(chunk) = bytes.get(i..i + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        if bytes_between(x, b'/', b':') != 0 {
            break;
        }
        i += 8;
    }
    bytes.get(i..)?.iter().position(u8::is_ascii_digit).map(|k| i + k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_digit_at_every_alignment() {
        for k in 0..20 {
            let text = format!("{}7 and more text after it", "x/:".repeat(k));
            assert_eq!(next_digit(text.as_bytes(), 0), Some(3 * k), "{text:?}");
        }
        for b in 0..=255u8 {
            let bytes = [b'a', b'b', b, b'c', b'd', b'e', b'f', b'g', b'h'];
            assert_eq!(next_digit(&bytes, 0), b.is_ascii_digit().then_some(2), "byte {b:#x}");
        }
        assert_eq!(next_digit(b"abc", 5), None);
    }

    #[test]
    fn decimals_parse_exactly_or_not_at_all() {
        assert_eq!(parse_decimal("1,234,567.89"), Some("1234567.89".parse().unwrap()));
        assert_eq!(parse_decimal(".5"), Some("0.5".parse().unwrap()));
        assert_eq!(parse_decimal("0033"), Some(Decimal::from(33)));
        // The short path keeps the scale the text has, as the long one does.
        for t in ["12.50", "0.5", "7", "1,000.000", "123456789012345678", "1234567890123456789.5", "5.", "1.2.3"] {
            let long = || Decimal::from_str_exact(&t.replace(',', "")).ok();
            assert_eq!(parse_decimal(t).map(|d| d.to_string()), long().map(|d| d.to_string()), "{t}");
        }
        assert_eq!(pow10(0), Some(Decimal::ONE));
        assert_eq!(pow10(28).map(|d| d.to_string()), Some(format!("1{}", "0".repeat(28))));
        assert_eq!(pow10(29), None);
        assert_eq!(parse_decimal(&"9".repeat(40)), None);
        assert_eq!(parse_decimal(""), None);
    }

    #[test]
    fn lexicon_ignores_case() {
        static T: &[(&str, u8)] = &[("million", 6)];
        let l = Lexicon::new(T);
        assert_eq!(l.get("Million"), Some(6));
        assert_eq!(l.get("MILLIONS"), None);
    }
}
