//! Stage 1: text to tokens with byte spans.
//!
//! One pass over the bytes. Tokens borrow nothing and allocate nothing but the `Vec` that holds
//! them. Ordering constraints of the sub-lexers, in the order they are tried at each position:
//!
//! 1. URLs (`http://`, `https://`, `www.`) and e-mail addresses become one [`Kind::Opaque`] token, so
//!    the digits in ".../2023/11/17/..." never reach the number grammar.
//! 2. Digit runs become [`Kind::Num`], taking `,ddd` groups and one `.d+` fraction with them, so
//!    "1,234,567.89" is one token; a leading `.5` is a number only where no word or digit precedes.
//! 3. Letter runs (any alphabetic `char`, with inner apostrophes) become [`Kind::Word`].
//! 4. Anything else that is not white space is one [`Kind::Sym`] token per `char`.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters: "million", "López", "don't".
    Word,
    /// Digits with optional `,ddd` groups and `.ddd` fraction: "1,234.5", ".5".
    Num,
    /// One other character: "$", "%", "-", "–", ".".
    Sym,
    /// A URL or e-mail address, never looked into.
    Opaque,
}

/// One token: its kind, byte span, and the white space before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    /// Number of line breaks between the previous token and this one.
    pub breaks: u8,
    /// Whether any white space separates this token from the previous one.
    pub space_before: bool,
    /// For a word, its number-word id (0: none), and the phrase tables that may start or end a
    /// phrase here: looked up once by [`crate::vocab::classify`], because the recognisers ask
    /// about most tokens several times. Zero until then.
    pub num_word: u8,
    pub tables: u16,
    /// For a word of the time grammar, its row in the time lexicon plus one (0: none), from the
    /// same look-up.
    pub time_word: u16,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Whether `s` is a dash or hyphen of any kind.
pub(crate) fn is_dash(s: &str) -> bool {
    matches!(s, "-" | "–" | "—" | "‑" | "−")
}

/// Whether `s` joins the numbers of an identifier: a dash, ".", ":" or "/" ("10:30", "192.168").
pub(crate) fn is_id_joiner(s: &str) -> bool {
    is_dash(s) || matches!(s, "." | ":" | "/")
}

/// The stem of a possessive word ("Monday's" -> "Monday", "firm’s" -> "firm"), if it is one.
/// The lexer keeps an apostrophe between letters inside the word, so a possessive is one token.
pub(crate) fn possessive_stem(w: &str) -> Option<&str> {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s"))
}

/// Splits `text` into tokens.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut toks = Vec::with_capacity(text.len() / 5 + 1);
    tokenize_into(text, 0..text.len(), &mut toks);
    toks
}

/// Byte classes of the lexer's fast paths.
const OTHER: u8 = 0;
const SPACE: u8 = 1;
const NEWLINE: u8 = 2;
const LETTER: u8 = 3;
const DIGIT: u8 = 4;
/// The lead or continuation byte of a non-ASCII `char`.
const HIGH: u8 = 5;

/// The class of each byte: one table read per byte in the lexer's inner loops.
static CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b' ' | b'\t' | b'\r' => SPACE,
            b'\n' => NEWLINE,
            b'a'..=b'z' | b'A'..=b'Z' => LETTER,
            b'0'..=b'9' => DIGIT,
            0x80..=0xff => HIGH,
            _ => OTHER,
        };
        b += 1;
    }
    t
};

fn class(b: u8) -> u8 {
    CLASS[usize::from(b)]
}

/// Appends the tokens of `text[range]` to `toks`, with offsets into the whole `text`.
/// `range` must start and end on `char` boundaries.
pub(crate) fn tokenize_into(text: &str, range: std::ops::Range<usize>, toks: &mut Vec<Token>) {
    let bytes = &text.as_bytes()[..range.end];
    let text = &text[..range.end];
    let mut i = range.start;
    let mut breaks: u8 = 0;
    let mut space = false;
    while i < bytes.len() {
        let b = bytes[i];
        let start = i;
        let (kind, end) = match class(b) {
            SPACE => {
                space = true;
                i += 1;
                continue;
            }
            NEWLINE => {
                breaks = breaks.saturating_add(1);
                space = true;
                i += 1;
                continue;
            }
            LETTER => {
                let mut end = i + 1;
                while end < bytes.len() && class(bytes[end]) == LETTER {
                    end += 1;
                }
                // Past the ASCII letters: an apostrophe or a non-ASCII letter may continue the word.
                if end < bytes.len() && (bytes[end] >= 0x80 || bytes[end] == b'\'') {
                    end = word_end(text, end);
                }
                // Only "http", "https" or "www" can start a URL.
                let url = matches!(b | 0x20, b'h' | b'w') && matches!(end - i, 3..=5);
                match url.then(|| opaque_end(bytes, i)).flatten() {
                    Some(url_end) => (Kind::Opaque, url_end),
                    None => (Kind::Word, end),
                }
            }
            DIGIT => (Kind::Num, number_end(bytes, i)),
            OTHER if b == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) && !prev_is_alnum(bytes, i) => {
                (Kind::Num, number_end(bytes, i))
            }
            OTHER => (Kind::Sym, i + 1),
            _ => {
                let c = text[i..].chars().next().unwrap_or(' ');
                let w = c.len_utf8();
                if c.is_alphabetic() {
                    (Kind::Word, word_end(text, i))
                } else if c.is_whitespace() {
                    if c == '\u{2028}' || c == '\u{2029}' {
                        breaks = breaks.saturating_add(1);
                    }
                    space = true;
                    i += w;
                    continue;
                } else {
                    (Kind::Sym, i + w)
                }
            }
        };
        toks.push(Token { kind, start, end, breaks, space_before: space, num_word: 0, tables: 0, time_word: 0 });
        breaks = 0;
        space = false;
        i = end;
    }
}

fn prev_is_alnum(bytes: &[u8], i: usize) -> bool {
    i > 0 && (bytes[i - 1].is_ascii_alphanumeric())
}

/// End of a digit run starting at `start` (or at a `.` before digits).
fn number_end(bytes: &[u8], start: usize) -> usize {
    let digits = |mut j: usize| {
        while j < bytes.len() && bytes[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    if bytes[start] == b'.' {
        return digits(start + 1);
    }
    let mut i = digits(start);
    let lead = i - start;
    // Thousands groups (a group is exactly three digits): "1,234,567", "40\u{202f}000",
    // "167\u{2009}000", and with plain spaces "1 234 567" or "167 000" (one group only where
    // nothing but a space, a word or punctuation follows: not "3 100-page reports", "3 100m"
    // or the "555 123 4567" of a phone number).
    if lead <= 3 {
        let before = i;
        i = groups(bytes, i, b",");
        for sep in ["\u{202f}", "\u{a0}", "\u{2009}", "\u{2007}"] {
            if i == before {
                i = groups(bytes, i, sep.as_bytes());
            }
        }
        if i == before {
            let spaced = groups(bytes, i, b" ");
            let lone = spaced == i + 4 && lone_group_ends(bytes, spaced) && !after_month(bytes, start);
            if spaced >= i + 8 || lone {
                i = spaced;
            }
        }
        // Indian grouping: "12,34,567.89" (pairs, then a final group of three).
        if i == before && lead <= 2 {
            let mut j = i;
            while j + 2 < bytes.len() && bytes[j] == b',' && bytes[j + 1..j + 3].iter().all(u8::is_ascii_digit) {
                if bytes.get(j + 3).is_some_and(u8::is_ascii_digit) {
                    break;
                }
                j += 3;
            }
            if j > i && groups(bytes, j, b",") == j + 4 {
                i = j + 4;
            }
        }
    }
    // One decimal fraction, unless the number is part of a dotted chain ("192.168.1.2", "v1.2.3").
    let in_chain = start >= 2 && bytes[start - 1] == b'.' && bytes[start - 2].is_ascii_digit();
    if !in_chain && i + 1 < bytes.len() && bytes[i] == b'.' && bytes[i + 1].is_ascii_digit() {
        let end = digits(i + 1);
        let chained = end + 1 < bytes.len() && bytes[end] == b'.' && bytes[end + 1].is_ascii_digit();
        if !chained {
            i = end;
        }
    }
    i
}

/// Whether a single space-separated group ending at `end` ("167 000") may close a number:
/// what follows is not glued to it ("100-page", "100m", "000/5") and is not another number
/// after a space ("555 123 4567").
fn lone_group_ends(bytes: &[u8], end: usize) -> bool {
    match bytes.get(end) {
        None => true,
        Some(b' ') => !bytes.get(end + 1).is_some_and(u8::is_ascii_digit),
        Some(&b) => {
            matches!(b, b',' | b';' | b':' | b')' | b'\n' | b'\r' | b'\t' | b'%')
                || (b == b'.' && !bytes.get(end + 1).is_some_and(u8::is_ascii_digit))
        }
    }
}

/// Whether the number at `start` follows a month name ("March 3 100 people" is a date and a
/// count, not 3,100).
fn after_month(bytes: &[u8], start: usize) -> bool {
    let mut k = start;
    while k > 0 && bytes[k - 1] == b' ' && start - k < 3 {
        k -= 1;
    }
    let end = k;
    while k > 0 && bytes[k - 1].is_ascii_alphabetic() && end - k < 12 {
        k -= 1;
    }
    let word = &bytes[k..end];
    const MONTHS: [&[u8; 3]; 12] =
        [b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov", b"dec"];
    word.len() >= 3 && word[0].is_ascii_uppercase() && MONTHS.iter().any(|m| word[..3].eq_ignore_ascii_case(&m[..]))
}

/// The end of thousands groups `"<sep>ddd"` from `i` (each not followed by a fourth digit).
#[inline]
fn groups(bytes: &[u8], mut i: usize, sep: &[u8]) -> usize {
    let n = sep.len();
    while i + n + 2 < bytes.len()
        && bytes[i..].starts_with(sep)
        && bytes[i + n..i + n + 3].iter().all(u8::is_ascii_digit)
        && !bytes.get(i + n + 3).is_some_and(u8::is_ascii_digit)
    {
        i += n + 3;
    }
    i
}

/// End of a word, read from `i` on (a word's start, or the end of its ASCII letters): letters, and
/// apostrophes between letters.
fn word_end(text: &str, i: usize) -> usize {
    let mut end = i;
    let mut chars = text[i..].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        if c.is_alphabetic() {
            end = i + off + c.len_utf8();
        } else if (c == '\'' || c == '’') && chars.peek().is_some_and(|&(_, n)| n.is_alphabetic()) {
            continue;
        } else {
            break;
        }
    }
    end
}

/// If a URL or e-mail address starts at `i`, its end.
fn opaque_end(bytes: &[u8], i: usize) -> Option<usize> {
    let rest = &bytes[i..];
    let starts = |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
    let url = starts(b"http://") || starts(b"https://") || starts(b"www.");
    if !url {
        return None;
    }
    if i > 0 && bytes[i - 1].is_ascii_alphanumeric() {
        return None;
    }
    let mut end = i;
    while end < bytes.len() && !bytes[end].is_ascii_whitespace() && bytes[end] != b'"' && bytes[end] != b'<' {
        end += 1;
    }
    // A sentence-final period or closing bracket is not part of the URL.
    while end > i && matches!(bytes[end - 1], b'.' | b',' | b')' | b';' | b':') {
        end -= 1;
    }
    Some(end)
}

/// A text with its tokens, and the small queries every recogniser asks of them.
#[derive(Debug)]
pub(crate) struct Doc<'t> {
    pub text: &'t str,
    pub toks: Vec<Token>,
}

impl<'t> Doc<'t> {
    #[cfg(test)]
    pub fn new(text: &'t str) -> Doc<'t> {
        Doc::over(text, 0..text.len(), Vec::new())
    }

    /// A document over `text` whose tokens are those of `text[range]` (offsets stay absolute).
    /// Reuses `toks`' allocation.
    pub fn over(text: &'t str, range: std::ops::Range<usize>, mut toks: Vec<Token>) -> Doc<'t> {
        toks.clear();
        tokenize_into(text, range, &mut toks);
        crate::vocab::classify(text, &mut toks);
        Doc { text, toks }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The text of token `i`, or "" past the end.
    pub fn s(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// Whether token `i` is a word equal to `w` (ASCII case-insensitive).
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.kind(i) == Some(Kind::Word) && self.s(i).eq_ignore_ascii_case(w)
    }

    /// Whether token `i` is one of the words in `ws`.
    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.kind(i) == Some(Kind::Word) && ws.iter().any(|w| self.s(i).eq_ignore_ascii_case(w))
    }

    /// Whether token `i` is the symbol `c`.
    pub fn sym(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(Kind::Sym) && self.s(i).starts_with(c)
    }

    /// Whether token `i` is a dash or hyphen of any kind.
    pub fn dash(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Sym) && is_dash(self.s(i))
    }

    /// Whether token `i` is joined to a number on its left by a symbol `joiner` accepts, all
    /// written together: the "-" before 456 in "202-456".
    pub fn joined_before(&self, i: usize, joiner: fn(&str) -> bool) -> bool {
        i > 1
            && self.kind(i - 1) == Some(Kind::Sym)
            && joiner(self.s(i - 1))
            && self.glued(i)
            && self.glued(i - 1)
            && self.kind(i - 2) == Some(Kind::Num)
    }

    /// Whether token `last` is joined to a number on its right the same way: "202-456".
    pub fn joined_after(&self, last: usize, joiner: fn(&str) -> bool) -> bool {
        self.kind(last + 1) == Some(Kind::Sym)
            && joiner(self.s(last + 1))
            && self.glued(last + 1)
            && self.glued(last + 2)
            && self.kind(last + 2) == Some(Kind::Num)
    }

    /// Whether token `i` follows token `i - 1` with no white space between.
    pub fn glued(&self, i: usize) -> bool {
        i > 0 && i < self.toks.len() && !self.toks[i].space_before
    }

    /// Whether token `i` follows `i - 1` on the same line.
    pub fn same_line(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].breaks == 0
    }

    /// Whether no line break comes before any of the tokens `from..=to` (none past the end).
    pub fn one_line(&self, from: usize, to: usize) -> bool {
        self.toks.get(from..=to).is_some_and(|ts| ts.iter().all(|t| t.breaks == 0))
    }

    pub fn start(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.start)
    }

    pub fn end(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.end)
    }

    /// Whether token `i` is a word starting with an upper-case letter.
    pub fn capitalized(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word) && self.s(i).chars().next().is_some_and(char::is_uppercase)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<String> {
        tokenize(text)
            .iter()
            .map(|t| {
                let k = match t.kind {
                    Kind::Word => "w",
                    Kind::Num => "n",
                    Kind::Sym => "s",
                    Kind::Opaque => "o",
                };
                format!("{k}:{}", t.text(text))
            })
            .collect()
    }

    #[test]
    fn numbers_keep_groups_and_fraction() {
        assert_eq!(show("$1,234,567.89 and .5"), ["s:$", "n:1,234,567.89", "w:and", "n:.5"]);
        assert_eq!(show("863.4 billion."), ["n:863.4", "w:billion", "s:."]);
        assert_eq!(show("1,2345"), ["n:1", "s:,", "n:2345"]);
        assert_eq!(show("2,000,"), ["n:2,000", "s:,"]);
        assert_eq!(
            show("1 234 567 and 40\u{202f}000 and 3 100-page"),
            ["n:1 234 567", "w:and", "n:40\u{202f}000", "w:and", "n:3", "n:100", "s:-", "w:page"]
        );
        assert_eq!(show("167 000 people"), ["n:167 000", "w:people"]);
        assert_eq!(show("167\u{2009}000."), ["n:167\u{2009}000", "s:."]);
        assert_eq!(show("call 555 123 4567"), ["w:call", "n:555", "n:123", "n:4567"]);
        assert_eq!(show("3 100m"), ["n:3", "n:100", "w:m"]);
        assert_eq!(show("March 3 100 people"), ["w:March", "n:3", "n:100", "w:people"]);
        assert_eq!(show("12,34,567.89"), ["n:12,34,567.89"]);
        assert_eq!(show("192.168.1.2"), ["n:192", "s:.", "n:168", "s:.", "n:1", "s:.", "n:2"]);
    }

    #[test]
    fn words_and_symbols() {
        assert_eq!(show("COVID-19 López’s"), ["w:COVID", "s:-", "n:19", "w:López’s"]);
        assert_eq!(show("US$4.7bn"), ["w:US", "s:$", "n:4.7", "w:bn"]);
    }

    #[test]
    fn urls_are_opaque() {
        assert_eq!(
            show("at https://example.gov/2023/11/17/x. Next"),
            ["w:at", "o:https://example.gov/2023/11/17/x", "s:.", "w:Next"]
        );
    }

    #[test]
    fn line_breaks_are_counted() {
        let t = tokenize("a\n\nb c");
        assert_eq!((t[1].breaks, t[2].breaks, t[2].space_before), (2, 0, true));
        assert!(!tokenize("$5")[1].space_before);
    }
}
