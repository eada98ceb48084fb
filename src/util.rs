//! Small helpers shared by the recognisers: case-insensitive table look-up, decimal parsing.

use std::collections::HashMap;

use rust_decimal::Decimal;

/// A word table keyed by lower-case text, built once from a static slice.
#[derive(Debug)]
pub(crate) struct Lexicon<T: 'static> {
    map: HashMap<&'static str, T>,
    max_len: usize,
}

impl<T: Copy> Lexicon<T> {
    pub fn new(entries: &'static [(&'static str, T)]) -> Lexicon<T> {
        let mut map = HashMap::with_capacity(entries.len());
        let mut max_len = 0;
        for &(k, v) in entries {
            debug_assert_eq!(k, k.to_lowercase(), "lexicon keys are lower case");
            max_len = max_len.max(k.len());
            map.insert(k, v);
        }
        Lexicon { map, max_len }
    }

    /// Looks `word` up, ignoring ASCII case, without allocating.
    pub fn get(&self, word: &str) -> Option<T> {
        if word.len() > self.max_len || word.len() > 32 {
            return None;
        }
        let mut buf = [0u8; 32];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        let key = std::str::from_utf8(lower).ok()?;
        self.map.get(key).copied()
    }
}

/// Parses digits with optional `,` group separators and one `.` fraction, exactly.
/// `None` when the number does not fit a `Decimal` (more than 28 significant digits).
pub(crate) fn parse_decimal(s: &str) -> Option<Decimal> {
    if s.is_empty() || s.len() > 48 {
        return None;
    }
    let mut buf = [0u8; 49];
    let mut n = 0;
    if s.starts_with('.') {
        buf[0] = b'0';
        n = 1;
    }
    for &b in s.as_bytes() {
        if b != b',' {
            buf[n] = b;
            n += 1;
        }
    }
    Decimal::from_str_exact(std::str::from_utf8(&buf[..n]).ok()?).ok()
}

/// `10^p` as a decimal (p up to 28).
pub(crate) fn pow10(p: u32) -> Option<Decimal> {
    let mut v = Decimal::ONE;
    for _ in 0..p {
        v = v.checked_mul(Decimal::TEN)?;
    }
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_parse_exactly_or_not_at_all() {
        assert_eq!(parse_decimal("1,234,567.89"), Some("1234567.89".parse().unwrap()));
        assert_eq!(parse_decimal(".5"), Some("0.5".parse().unwrap()));
        assert_eq!(parse_decimal("0033"), Some(Decimal::from(33)));
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
