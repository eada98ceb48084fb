//! Money: a currency written before or after an amount.
//!
//! Forms: "$863.4 billion", "US$ 4.7 billion", "C$16.4 million", "$US55,931,000", "$A82
//! million", "€2 million", "USD 200", "USD10m", "Rs. 20", "5 million euros", "20 Canadian
//! dollars", "115USD", "20€", "50 cents", "164p".
//!
//! A bare "$" (and "dollars", "cents", "pounds", "pennies") depends on whose document it is: the
//! currency found carries a [`Local`] mark, and [`Jurisdiction`](crate::Jurisdiction) resolves it
//! once the document's jurisdiction is known (US dollars when nothing says otherwise).

mod table;

use once_cell::sync::Lazy;

use crate::lex::{Doc, Kind};
use crate::phrase::PhraseTable;
use crate::vocab::Table;
use table::{AFTER, BEFORE, DOLLAR_PREFIXES, DOLLAR_SIGN, DOLLAR_WORD, HUNDREDTHS, MILLIONS, PENNY, POUND_WORD};
use table::{SUBUNITS, SYMBOLS};

/// What a currency word written after an amount stands for: code, subunits per unit, scale.
type After = (&'static str, u32, u32);

pub(crate) static BEFORE_TABLE: Lazy<PhraseTable<&str>> =
    Lazy::new(|| PhraseTable::indexed(BEFORE, Table::MoneyBefore));
pub(crate) static MILLIONS_TABLE: Lazy<PhraseTable<&str>> =
    Lazy::new(|| PhraseTable::indexed(MILLIONS, Table::MoneyMillions));
/// Names, codes, subunits and million-codes after an amount, in one table: one look-up.
pub(crate) static AFTER_TABLE: Lazy<PhraseTable<After>> = Lazy::new(|| {
    let rows: Vec<crate::phrase::Row<After>> = AFTER
        .iter()
        .map(|&(p, cs, code)| (p, cs, (code, 1, 0)))
        .chain(SUBUNITS.iter().map(|&(p, cs, (code, per))| (p, cs, (code, per, 0))))
        .chain(MILLIONS.iter().map(|&(p, cs, code)| (p, cs, (code, 1, 6))))
        .collect();
    PhraseTable::indexed(&rows, Table::MoneyAfter)
});

/// Whether token `i` names the hundredth part of a currency: "cents", "pence", "c".
pub(crate) fn is_hundredth(doc: &Doc, i: usize) -> bool {
    HUNDREDTHS.iter().any(|h| doc.s(i).eq_ignore_ascii_case(h))
}

/// Whether `s` is a currency symbol.
pub(crate) fn is_symbol(s: &str) -> bool {
    SYMBOLS.iter().any(|(sym, _)| *sym == s)
}

/// A currency whose code depends on the document's jurisdiction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Local {
    /// A bare "$".
    DollarSign,
    /// "dollars", "bucks", "cents".
    DollarWord,
    /// "pounds" with nothing around them that says money or weight.
    PoundWord,
    /// "penny", "pennies".
    Penny,
}

/// The ISO code a placeholder of the table stands for until the jurisdiction says otherwise, and
/// its [`Local`] mark.
fn resolve_placeholder(code: &'static str) -> (&'static str, Option<Local>) {
    match code {
        DOLLAR_SIGN => ("USD", Some(Local::DollarSign)),
        DOLLAR_WORD => ("USD", Some(Local::DollarWord)),
        POUND_WORD => ("GBP", Some(Local::PoundWord)),
        PENNY => ("USD", Some(Local::Penny)),
        _ => (code, None),
    }
}

/// A currency found around an amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Currency {
    pub code: &'static str,
    /// Whether the code depends on the jurisdiction (a bare "$", "dollars", "pounds").
    pub local: Option<Local>,
    /// Its first and last token.
    pub first: usize,
    pub last: usize,
    /// How many of the written unit make one of `code` (100 for cents).
    pub per_unit: u32,
    /// The power of ten the code itself carries (6 for "MUSD").
    pub scale: u32,
}

/// The currency written just before the amount whose first token is `first`.
pub(crate) fn before(doc: &Doc, first: usize) -> Option<Currency> {
    let p = first.checked_sub(1)?;
    if !doc.same_line(first) {
        return None;
    }
    if let Some(&(_, code)) = SYMBOLS.iter().find(|(s, _)| doc.kind(p) == Some(Kind::Sym) && *s == doc.s(p)) {
        let (code, k) = if code == DOLLAR_SIGN { dollar_prefix(doc, p).unwrap_or((code, p)) } else { (code, p) };
        let (code, local) = resolve_placeholder(code);
        return Some(Currency { code, local, first: k, last: first - 1, per_unit: 1, scale: 0 });
    }
    // "$US55,931,000", "$A82 million": the qualifier after the sign, against the digits.
    if let Some(code) = dollar_suffix(doc, p, first) {
        return Some(Currency { code, local: None, first: p - 1, last: p, per_unit: 1, scale: 0 });
    }
    if let Some((code, k)) = MILLIONS_TABLE.ending_at(doc, p, 1) {
        return Some(Currency { code, local: None, first: k, last: p, per_unit: 1, scale: 6 });
    }
    let (code, k) = BEFORE_TABLE.ending_at(doc, p, 2)?;
    // A code glued to a word before it is part of that word.
    if k > 0 && doc.glued(k) && doc.kind(k - 1) == Some(Kind::Word) {
        return None;
    }
    Some(Currency { code, local: None, first: k, last: p, per_unit: 1, scale: 0 })
}

/// The code of an upper-case qualifier at token `p` written between a "$" and the digits at
/// `first`, all together: "$US", "$A", "$NZ".
fn dollar_suffix(doc: &Doc, p: usize, first: usize) -> Option<&'static str> {
    let q = doc.s(p);
    let qualifier = doc.kind(p) == Some(Kind::Word) && q.len() <= 3 && q.bytes().all(|b| b.is_ascii_uppercase());
    if !qualifier || !doc.glued(first) || !doc.glued(p) || p == 0 || !doc.sym(p - 1, '$') {
        return None;
    }
    DOLLAR_PREFIXES.iter().find(|(s, _)| q.eq_ignore_ascii_case(s)).map(|&(_, code)| code)
}

/// Letters that qualify the "$" at token `p`: "US$", "C$", "U.S.$", "HK $". Returns the code
/// and the first token of the prefix.
fn dollar_prefix(doc: &Doc, p: usize) -> Option<(&'static str, usize)> {
    // Written against the "$": up to four tokens ("U", ".", "S", ".").
    let mut best = None;
    let mut k = p;
    while k > 0 && p - k < 4 && doc.glued(k) {
        k -= 1;
        let prefix = &doc.text[doc.start(k)..doc.start(p)];
        if let Some(&(_, code)) = DOLLAR_PREFIXES.iter().find(|(s, _)| prefix.eq_ignore_ascii_case(s)) {
            best = Some((code, k));
        }
    }
    if best.is_some() {
        return best;
    }
    // Apart from it, only unambiguous qualifiers ("a $5 grant" is not Australian).
    let q = p.checked_sub(1)?;
    if doc.kind(q) == Some(Kind::Word) && doc.is_any(q, &["us", "c", "hk", "mex", "nz"]) && doc.same_line(p) {
        let &(_, code) = DOLLAR_PREFIXES.iter().find(|(s, _)| doc.s(q).eq_ignore_ascii_case(s))?;
        return Some((code, q));
    }
    None
}

/// The currency written just after an amount, starting at token `j`.
pub(crate) fn after(doc: &Doc, j: usize) -> Option<Currency> {
    if j >= doc.len() || !doc.same_line(j) {
        return None;
    }
    let ((code, per_unit, scale), last) = AFTER_TABLE.at(doc, j)?;
    // A code takes no plural: "5 Gbps" is a bandwidth, not pounds sterling.
    let w = doc.s(j);
    if last == j && w.len() == 4 && w.ends_with(['s', 'S']) && w.as_bytes()[..3].iter().any(u8::is_ascii_uppercase) {
        return None;
    }
    // "5 pounds of rice" is a weight.
    if code == POUND_WORD && doc.is(last + 1, "of") {
        return None;
    }
    if doc.s(j) == "p" && !is_pence(doc, j) {
        return None;
    }
    // A code must stand alone: "20 USDC" is not US dollars.
    if doc.glued(last + 1) && doc.kind(last + 1) == Some(Kind::Word) {
        return None;
    }
    let (code, local) = resolve_placeholder(code);
    Some(Currency { code, local, first: j, last, per_unit, scale })
}

/// Whether the "p" at `j` is pence ("rose 6.5% to 164p"): only against the digits, and not a
/// video resolution ("1080p") or a time ("at 9p", "8p.m.", "3:15p").
fn is_pence(doc: &Doc, j: usize) -> bool {
    let n = j.wrapping_sub(1);
    let digits = doc.s(n);
    if !doc.glued(j) || RESOLUTIONS.contains(&digits) {
        return false;
    }
    let pm = doc.sym(j + 1, '.') && doc.glued(j + 1) && doc.is(j + 2, "m");
    let clock = n > 0 && doc.sym(n - 1, ':') && doc.glued(n);
    let hour = digits.len() <= 2 && digits.parse::<u8>().is_ok_and(|h| h <= 12);
    let at = doc.is_any(n.wrapping_sub(1), &["at", "by", "until", "till", "from", "before", "after", "around"]);
    !(pm || clock || (hour && at))
}

/// Video resolutions written like pence: "720p", "1080p".
const RESOLUTIONS: &[&str] = &["240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"];

#[cfg(test)]
mod tests {
    use super::*;

    fn b(text: &str, first: usize) -> Option<(&'static str, String)> {
        let doc = Doc::new(text);
        before(&doc, first).map(|c| (c.code, doc.text[doc.start(c.first)..doc.end(c.last)].to_string()))
    }

    fn a(text: &str, j: usize) -> Option<(&'static str, u32)> {
        let doc = Doc::new(text);
        after(&doc, j).map(|c| (c.code, c.per_unit))
    }

    #[test]
    fn ok_before() {
        assert_eq!(b("$5", 1), Some(("USD", "$".into())));
        assert_eq!(b("US$5", 2), Some(("USD", "US$".into())));
        assert_eq!(b("U.S.$5", 5), Some(("USD", "U.S.$".into())));
        assert_eq!(b("C$ 16.4", 2), Some(("CAD", "C$".into())));
        assert_eq!(b("€2", 1), Some(("EUR", "€".into())));
        assert_eq!(b("USD 200", 1), Some(("USD", "USD".into())));
        assert_eq!(b("Rs. 20", 2), Some(("INR", "Rs.".into())));
        assert_eq!(b("a $5 grant", 2), Some(("USD", "$".into())));
        assert_eq!(b("the 5", 1), None);
        assert_eq!(b("$US55,931,000", 2), Some(("USD", "$US".into())));
        assert_eq!(b("$A82 million", 2), Some(("AUD", "$A".into())));
        assert_eq!(b("NZ$5", 2), Some(("NZD", "NZ$".into())));
        assert_eq!(b("S$5", 2), Some(("SGD", "S$".into())));
        assert_eq!(b("A$5", 2), Some(("AUD", "A$".into())));
        assert_eq!(b("USD10m", 1), Some(("USD", "USD".into())));
        assert_eq!(b("EUR50m", 1), Some(("EUR", "EUR".into())));
    }

    #[test]
    fn ok_after() {
        assert_eq!(a("5 euros", 1), Some(("EUR", 1)));
        assert_eq!(a("5 U.S. dollars", 1), Some(("USD", 1)));
        assert_eq!(a("5 Canadian dollars", 1), Some(("CAD", 1)));
        assert_eq!(a("5 Mexican pesos", 1), Some(("MXN", 1)));
        assert_eq!(a("50 cents", 1), Some(("USD", 100)));
        assert_eq!(a("115USD", 1), Some(("USD", 1)));
        assert_eq!(a("5 pounds of rice", 1), None);
        assert_eq!(a("5 pounds", 1), Some(("GBP", 1)));
        assert_eq!(a("5 people", 1), None);
        assert_eq!(a("5 Gbps", 1), None);
        assert_eq!(a("164p", 1), Some(("GBP", 100)));
        assert_eq!(a("164 p", 1), None);
        assert_eq!(a("1080p", 1), None);
        assert_eq!(a("at 9p", 2), None);
        assert_eq!(a("8p.m.", 1), None);
        assert_eq!(a("3:15p", 3), None);
        assert_eq!(a("fell to 9p", 3), Some(("GBP", 100)));
    }

    #[test]
    fn local_currencies_are_marked() {
        let doc = Doc::new("$5 and 5 dollars and 5 pounds and US$5 and 5 cents");
        let marks: Vec<Option<Local>> = (0..doc.len())
            .filter(|&i| doc.kind(i) == Some(Kind::Num))
            .map(|i| before(&doc, i).or_else(|| after(&doc, i + 1)).and_then(|c| c.local))
            .collect();
        use Local::*;
        assert_eq!(marks, [Some(DollarSign), Some(DollarWord), Some(PoundWord), None, Some(DollarWord)]);
    }
}
