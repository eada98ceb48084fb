//! A cursor over a block's tokens, with the small reads the grammar's rules are written in:
//! "a word", "one of these words", "a month", "a four-digit year", "a count", "a dash".
//!
//! Every read either consumes what it matched and returns it, or leaves the cursor where it was
//! and returns `None`/`false`, so a rule is a straight sequence of reads joined with `?`.

use crate::lex::{Kind, Token};

use super::lexicon::{self, Entry};
use super::resolve::{Part, Unit};

/// The tokens of one block with their lexicon rows, shared by every rule run over it.
pub(super) struct Toks<'t> {
    pub text: &'t str,
    pub toks: &'t [Token],
    /// The lexicon's entries by row.
    pub lex: &'static [Entry],
    /// The lexicon row of each token plus one (0: none).
    pub rows: &'t [u16],
    /// The grammar's classes of each token ([`super::grammar::class`]).
    pub classes: &'t [u16],
}

impl<'t> Toks<'t> {
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The text of token `i` ("" past the end).
    pub fn s(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    /// The lexicon row of token `i` plus one (0: none).
    #[inline]
    pub fn row(&self, i: usize) -> u16 {
        self.rows.get(i).copied().unwrap_or(0)
    }

    /// The tokens from `i` on (offsets stay those of the text).
    pub fn from(&self, i: usize) -> Toks<'t> {
        let i = i.min(self.toks.len());
        Toks {
            text: self.text,
            toks: &self.toks[i..],
            lex: self.lex,
            rows: &self.rows[i..],
            classes: &self.classes[i..],
        }
    }

    /// The grammar's classes of token `i` (0 past the end).
    #[inline]
    pub fn class(&self, i: usize) -> u16 {
        self.classes.get(i).copied().unwrap_or(0)
    }

    #[inline]
    pub fn entry(&self, i: usize) -> Entry {
        self.lex.get(usize::from(self.row(i))).copied().unwrap_or_default()
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    /// Whether token `i` is the word `w` (ASCII case ignored).
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.is_word(i) && self.s(i).eq_ignore_ascii_case(w)
    }

    pub fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.is_word(i) && ws.iter().any(|w| self.s(i).eq_ignore_ascii_case(w))
    }

    /// Whether token `i` is the symbol `c`.
    pub fn sym(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(Kind::Sym) && self.s(i).starts_with(c) && self.s(i).len() == c.len_utf8()
    }

    /// Whether token `i` is a dash or hyphen of any kind.
    pub fn dash(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Sym) && crate::lex::is_dash(self.s(i))
    }

    /// Whether token `i` follows the previous one with no white space between.
    pub fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before) && i > 0
    }

    /// Whether a line break stands between token `i - 1` and token `i`.
    pub fn line_break_before(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.breaks > 0)
    }

    /// Whether token `i` starts with an upper-case letter.
    pub fn capital(&self, i: usize) -> bool {
        self.s(i).starts_with(|c: char| c.is_uppercase())
    }

    /// The value of token `i` if it is a run of plain digits (no separators), with its length.
    pub fn digits(&self, i: usize) -> Option<(u32, usize)> {
        if self.kind(i) != Some(Kind::Num) {
            return None;
        }
        let s = self.s(i);
        (s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit())).then(|| (s.parse().unwrap_or(0), s.len()))
    }

    pub fn start(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.start)
    }

    pub fn end(&self, i: usize) -> usize {
        self.toks.get(i).map_or(self.text.len(), |t| t.end)
    }
}

/// A position in [`Toks`] that rules read forward from.
#[derive(Clone, Copy)]
pub(super) struct Cur<'a, 't> {
    pub t: &'a Toks<'t>,
    pub i: usize,
    /// How deep nested expressions go here ("the end of the first half of ..."): bounded, so no
    /// text can make the recursion deep.
    pub depth: u8,
}

impl<'a, 't> Cur<'a, 't> {
    #[cfg(test)]
    pub fn new(t: &'a Toks<'t>, i: usize) -> Cur<'a, 't> {
        Cur { t, i, depth: 0 }
    }

    pub fn s(&self) -> &'t str {
        self.t.s(self.i)
    }

    pub fn entry(&self) -> Entry {
        self.t.entry(self.i)
    }

    /// Reads the word `w`.
    pub fn word(&mut self, w: &str) -> bool {
        let ok = self.t.is(self.i, w);
        self.i += usize::from(ok);
        ok
    }

    /// Reads one of `ws`; gives its index.
    pub fn one_of(&mut self, ws: &[&str]) -> Option<usize> {
        if !self.t.is_word(self.i) {
            return None;
        }
        let s = self.s();
        let k = ws.iter().position(|w| s.eq_ignore_ascii_case(w))?;
        self.i += 1;
        Some(k)
    }

    /// Reads an optional word.
    pub fn opt(&mut self, w: &str) -> bool {
        self.word(w)
    }

    /// Reads the symbol `c`.
    pub fn sym(&mut self, c: char) -> bool {
        let ok = self.t.sym(self.i, c);
        self.i += usize::from(ok);
        ok
    }

    /// Reads a dash or hyphen.
    pub fn dash(&mut self) -> bool {
        let ok = self.t.dash(self.i);
        self.i += usize::from(ok);
        ok
    }

    /// Reads a period glued to the word before ("Jan.", "Tues.").
    pub fn abbrev_dot(&mut self) -> bool {
        let ok = self.t.sym(self.i, '.') && self.t.glued(self.i);
        self.i += usize::from(ok);
        ok
    }

    /// Reads a comma.
    pub fn comma(&mut self) -> bool {
        self.sym(',')
    }

    /// Whether the next token is glued to the one before.
    pub fn glued(&self) -> bool {
        self.t.glued(self.i)
    }

    /// A month name (with an optional abbreviation period): its number.
    pub fn month(&mut self) -> Option<u32> {
        self.month_in(false)
    }

    /// A month name where the words around make it one ("14 nov", "in dec"): abbreviations in
    /// lower case count too, but "mar" (a verb).
    pub fn month_strong(&mut self) -> Option<u32> {
        self.month_in(true)
    }

    fn month_in(&mut self, strong: bool) -> Option<u32> {
        let m = self.entry().month;
        if m == 0 || !self.t.is_word(self.i) {
            return None;
        }
        let s = self.s();
        // Abbreviations need a capital or a period ("Jan", "jan.") unless the context is strong.
        if s.len() <= 4 && !s.eq_ignore_ascii_case("june") && !s.eq_ignore_ascii_case("july") {
            let dotted = self.t.sym(self.i + 1, '.') && self.t.glued(self.i + 1);
            let short = s.len() <= 3 || s.eq_ignore_ascii_case("sept");
            let lower_ok = strong && !s.eq_ignore_ascii_case("mar");
            if short && !(self.t.capital(self.i) || dotted || lower_ok) && !s.eq_ignore_ascii_case("may") {
                return None;
            }
        }
        self.i += 1;
        if s.len() <= 4
            && !s.eq_ignore_ascii_case("june")
            && !s.eq_ignore_ascii_case("july")
            && !s.eq_ignore_ascii_case("may")
        {
            self.abbrev_dot();
        }
        Some(u32::from(m))
    }

    /// A month name in a numeric date ("2021/aug/07"), any case.
    pub fn month_any_case(&mut self) -> Option<u32> {
        let m = self.entry().month;
        if m == 0 || !self.t.is_word(self.i) {
            return None;
        }
        self.i += 1;
        Some(u32::from(m))
    }

    /// A weekday name: its number (0 = Monday). Plurals ("Tuesdays") are not read here.
    pub fn weekday(&mut self) -> Option<u32> {
        let d = self.entry().weekday;
        if d == 0 || !self.t.is_word(self.i) {
            return None;
        }
        let s = self.s();
        let stem = crate::lex::possessive_stem(s);
        if s.ends_with(['s', 'S']) && s.len() > 6 && stem.is_none() {
            return None;
        }
        let s = stem.unwrap_or(s);
        if s.len() < 6 {
            // "Wed", "sat", "sun": abbreviations need a capital and a period or comma, or a day
            // after them ("Mon 13th").
            let dotted = (self.t.sym(self.i + 1, '.') || self.t.sym(self.i + 1, ',')) && self.t.glued(self.i + 1);
            let dated =
                self.t.kind(self.i + 1) == Some(Kind::Num) && self.t.digits(self.i + 1).is_some_and(|(_, n)| n <= 2);
            if !(self.t.capital(self.i) && (dotted || dated || s.len() >= 4)) {
                return None;
            }
        }
        self.i += 1;
        if s.len() < 6 {
            self.abbrev_dot();
        }
        Some(u32::from(d) - 1)
    }

    /// A four-digit year, 1000-2999, not part of a larger number or identifier.
    pub fn year4(&mut self) -> Option<i32> {
        let save = self.i;
        let y = self.year4_start()?;
        if self.glued_after(save) {
            self.i = save;
            return None;
        }
        Some(y)
    }

    /// A four-digit year that may be followed by more digits glued on ("2022/23", "2023-11-17"):
    /// the rules reading such forms check what follows themselves.
    pub fn year4_start(&mut self) -> Option<i32> {
        let (y, n) = self.t.digits(self.i)?;
        if n != 4 || !(1000..=2999).contains(&y) || self.glued_before(self.i) {
            return None;
        }
        // "1990s" is a decade.
        if self.t.is_word(self.i + 1) && self.t.glued(self.i + 1) && self.t.s(self.i + 1).eq_ignore_ascii_case("s") {
            return None;
        }
        self.i += 1;
        Some(y as i32)
    }

    /// A year in digits (1000-2999) or words ("nineteen ninety-eight", "two thousand and nine").
    pub fn year(&mut self) -> Option<i32> {
        if let Some(y) = self.year4() {
            return Some(y);
        }
        self.year_words()
    }

    /// "'22", an apostrophe and two digits: 2022 (or 1999 for "'99").
    pub fn short_year(&mut self) -> Option<i32> {
        let save = self.i;
        if !(self.sym('\'') || self.sym('\u{2019}')) {
            return None;
        }
        match self.t.digits(self.i) {
            Some((yy, 2)) if !self.continues_number(self.i) => {
                self.i += 1;
                Some(two_digit_year(yy as i32))
            }
            _ => {
                self.i = save;
                None
            }
        }
    }

    /// Whether the digits of token `i` continue into a larger number or identifier: "$2022",
    /// "2022.5", "138-2010-2015", "2022%".
    pub fn continues_number(&self, i: usize) -> bool {
        self.glued_before(i) || self.glued_after(i)
    }

    /// Whether something glued before the digits of token `i` makes them part of a larger
    /// number, amount or identifier: "$2022", "G20", "H-2B", "COVID-19", "3.2022".
    pub fn glued_before(&self, i: usize) -> bool {
        let t = self.t;
        if i == 0 || !t.glued(i) {
            return false;
        }
        let p = t.s(i - 1);
        if matches!(p, "$" | "#" | "+" | "@" | "_" | "£" | "€" | "¥" | "№") {
            return true;
        }
        // "COVID-19", "3.2022": a joiner glued between alphanumerics.
        if matches!(p, "." | "," | ":") && i > 1 && t.glued(i - 1) && t.kind(i - 2) != Some(Kind::Sym) {
            return true;
        }
        if t.kind(i - 1) == Some(Kind::Word) {
            // "G2022", but "FY2022", "Q3", "H1" and "mid-" are read by their rules.
            return !t.is_any(i - 1, &["fy", "fys", "cy", "q", "h", "mid", "s"]);
        }
        if crate::lex::is_dash(p) && i > 1 && t.glued(i - 1) {
            match t.kind(i - 2) {
                // "H-2B", "COVID-19"
                Some(Kind::Word) => return !t.is_any(i - 2, &["mid", "fy", "q", "h"]),
                // "138-2010": a year would have started the range; a number glued before by a
                // dash makes this one part of an identifier.
                Some(Kind::Num) => return true,
                _ => {}
            }
        }
        false
    }

    /// Whether something glued after the digits of token `i` makes them part of a larger number
    /// or identifier: "2022%", "2022.5", "2022/23" (read by the rules that know such forms).
    pub fn glued_after(&self, i: usize) -> bool {
        let t = self.t;
        if !t.glued(i + 1) {
            return false;
        }
        let n = t.s(i + 1);
        if matches!(n, "%" | "_") {
            return true;
        }
        (matches!(n, "." | "," | ":" | "/") || crate::lex::is_dash(n))
            && t.glued(i + 2)
            && t.kind(i + 2) == Some(Kind::Num)
    }

    /// A year in words: "nineteen ninety-eight", "two thousand and fifteen", "twenty twenty-two".
    pub fn year_words(&mut self) -> Option<i32> {
        let save = self.i;
        let r = self.year_words_inner();
        if r.is_none() {
            self.i = save;
        }
        r
    }

    fn year_words_inner(&mut self) -> Option<i32> {
        let first = self.entry().card;
        if self.is_word_any(&["two"]) && self.t.is(self.i + 1, "thousand") {
            self.i += 2;
            let save = self.i;
            self.opt("and");
            match self.small_words(true) {
                Some(n) if n < 100 => return Some(2000 + n as i32),
                _ => {
                    self.i = save;
                    return Some(2000);
                }
            }
        }
        let century = match first {
            17..=19 => first,
            20 if !self.t.is(self.i + 1, "percent") => 20,
            _ => return None,
        };
        self.i += 1;
        if self.word("hundred") {
            self.opt("and");
        }
        if self.dash() && !self.t.is_word(self.i) {
            return None;
        }
        let tail = if self.word("oh") {
            let u = self.entry().card;
            (1..=9).contains(&u).then(|| self.i += 1)?;
            u
        } else {
            self.small_words(false)?
        };
        (tail < 100 && (tail >= 10 || century == 20)).then_some(i32::from(century) * 100 + i32::from(tail))
    }

    fn is_word_any(&self, ws: &[&str]) -> bool {
        self.t.is_any(self.i, ws)
    }

    /// A count under 100 in words: "seven", "twenty", "twenty-four", "twenty four". With
    /// `units_alone`, one to nine count too.
    fn small_words(&mut self, units_alone: bool) -> Option<u16> {
        let n = self.entry().card;
        if n == 0 || n >= 100 || self.t.is_any(self.i, &["a", "an", "dozen"]) {
            return None;
        }
        if n < 10 && !units_alone {
            return None;
        }
        self.i += 1;
        if (20..=90).contains(&n) && n % 10 == 0 {
            let save = self.i;
            let hyphen = self.dash();
            let u = self.entry().card;
            if (1..=9).contains(&u) && self.t.is_word(self.i) && !self.t.is_any(self.i, &["a", "an"]) {
                self.i += 1;
                return Some(n + u);
            }
            let _ = hyphen;
            self.i = save;
        }
        Some(n)
    }

    /// A count: digits ("12", "1.5"), words ("twelve", "twenty-four", "a", "a couple of"), with an
    /// optional "and a half"; or a vague count ("several", "a few"), given as `Count::Vague`.
    pub fn count(&mut self) -> Option<Count> {
        let save = self.i;
        let r = self.count_inner();
        if r.is_none() {
            self.i = save;
        }
        r
    }

    fn count_inner(&mut self) -> Option<Count> {
        let t = self.t;
        if t.kind(self.i) == Some(Kind::Num) {
            let s = self.s();
            if self.continues_number(self.i) || s.contains(',') && s.len() > 7 {
                return None;
            }
            let v = crate::util::parse_decimal(s)?;
            self.i += 1;
            let v = v + self.and_a_half();
            return Some(Count::Exact(v));
        }
        let e = self.entry();
        if e.vague {
            self.i += 1;
            // "a couple of", "a number of".
            self.opt("of");
            return Some(Count::Vague);
        }
        if self.t.is_any(self.i, &["a", "an"]) {
            let next = t.entry(self.i + 1);
            if next.vague {
                // "a few", "a couple (of)", "a number of".
                self.i += 2;
                if t.is(self.i - 1, "couple") {
                    self.opt("of");
                    return Some(Count::Exact(2.into()));
                }
                self.opt("of");
                return Some(Count::Vague);
            }
            if t.is(self.i + 1, "dozen") {
                self.i += 2;
                return Some(Count::Exact(12.into()));
            }
            if t.is(self.i + 1, "half") {
                // "a half year", "a half-hour"
                self.i += 2;
                self.dash();
                return Some(Count::Exact(rust_decimal::Decimal::new(5, 1)));
            }
            self.i += 1;
            return Some(Count::Article);
        }
        let n = self.small_words(true).or_else(|| {
            let n = self.entry().card;
            (n == 100 || n == 12).then(|| {
                self.i += 1;
                n
            })
        })?;
        let v = rust_decimal::Decimal::from(n) + self.and_a_half();
        Some(Count::Exact(v))
    }

    /// "and a half" after a count: 0.5, else 0.
    fn and_a_half(&mut self) -> rust_decimal::Decimal {
        let t = self.t;
        if t.is(self.i, "and") && t.is_any(self.i + 1, &["a", "one"]) && t.is(self.i + 2, "half") {
            self.i += 3;
            return rust_decimal::Decimal::new(5, 1);
        }
        rust_decimal::Decimal::ZERO
    }

    /// A calendar unit word (singular or plural).
    pub fn unit(&mut self) -> Option<Unit> {
        let u = self.entry().unit?;
        if !self.t.is_word(self.i) {
            return None;
        }
        self.i += 1;
        Some(u)
    }

    /// Whether the unit word just read was plural ("years").
    pub fn prev_plural(&self) -> bool {
        let w = self.t.s(self.i.saturating_sub(1));
        self.i > 0 && w.ends_with(['s', 'S']) && !w.ends_with("'s") && !w.ends_with("\u{2019}s")
    }

    /// A relative word (last, next, this, ...): its offset.
    pub fn rel(&mut self) -> Option<i8> {
        let k = self.entry().rel?;
        if !self.t.is_word(self.i) {
            return None;
        }
        self.i += 1;
        Some(k)
    }

    /// A day of the month: "17", "17th", "third", "twenty-first", "the 3rd" (without "the").
    pub fn day_num(&mut self) -> Option<u32> {
        let save = self.i;
        if let Some((d, n)) = self.t.digits(self.i) {
            let sign = self.i > 0
                && self.t.glued(self.i)
                && matches!(self.t.s(self.i - 1), "$" | "#" | "+" | "@" | "£" | "€" | "¥");
            if n > 2 || !(1..=31).contains(&d) || sign || self.t.sym(self.i + 1, '%') {
                return None;
            }
            self.i += 1;
            self.ordinal_suffix(d);
            return Some(d);
        }
        let r = self.ord_words().filter(|&n| (1..=31).contains(&n)).map(|n| n as u32);
        if r.is_none() {
            self.i = save;
        }
        r
    }

    /// An ordinal suffix glued to the digits just read ("st", "nd", "rd", "th").
    fn ordinal_suffix(&mut self, _n: u32) -> bool {
        let ok = self.glued() && self.t.is_any(self.i, &["st", "nd", "rd", "th", "d"]);
        self.i += usize::from(ok);
        ok
    }

    /// An ordinal: "third", "3rd", "twenty-first", "last" (-1). Digits need a suffix.
    pub fn ordinal(&mut self) -> Option<i32> {
        let save = self.i;
        if let Some((d, n)) = self.t.digits(self.i) {
            if n <= 3 && self.t.glued(self.i + 1) && self.t.is_any(self.i + 1, &["st", "nd", "rd", "th"]) {
                self.i += 2;
                return Some(d as i32);
            }
            return None;
        }
        let r = self.ord_words();
        if r.is_none() {
            self.i = save;
        }
        r
    }

    /// An ordinal in words, "twenty-first" included.
    fn ord_words(&mut self) -> Option<i32> {
        let e = self.entry();
        if !self.t.is_word(self.i) {
            return None;
        }
        if e.ord != 0 {
            self.i += 1;
            return Some(i32::from(e.ord));
        }
        if matches!(e.card, 20 | 30) {
            let save = self.i;
            self.i += 1;
            let _ = self.dash();
            let o = self.entry().ord;
            if (1..=9).contains(&o) && self.t.is_word(self.i) {
                self.i += 1;
                return Some(i32::from(e.card) + i32::from(o));
            }
            self.i = save;
        }
        None
    }

    /// A part word (early, mid, late, beginning, end).
    pub fn part(&mut self) -> Option<Part> {
        let p = self.entry().part?;
        if !self.t.is_word(self.i) {
            return None;
        }
        self.i += 1;
        Some(p)
    }

    /// A season word: its first month.
    pub fn season(&mut self) -> Option<u32> {
        let m = self.entry().season;
        if m == 0 || !self.t.is_word(self.i) {
            return None;
        }
        self.i += 1;
        Some(u32::from(m))
    }

    /// Runs `f` from here; on `None`, puts the cursor back.
    pub fn attempt<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        let save = self.i;
        let r = f(self);
        if r.is_none() {
            self.i = save;
        }
        r
    }
}

/// A count read by [`Cur::count`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Count {
    /// A number: "12", "twelve", "two and a half".
    Exact(rust_decimal::Decimal),
    /// "a" or "an" before a unit: one, but also the article of a rate ("15 a year").
    Article,
    /// "several", "a few", "many": unknown.
    Vague,
}

impl Count {
    /// The count as a whole number, if it is one (the article counts as one).
    pub fn whole(self) -> Option<u32> {
        match self {
            Count::Exact(v) if v.fract().is_zero() => u32::try_from(v.mantissa() / 10i128.pow(v.scale())).ok(),
            Count::Article => Some(1),
            _ => None,
        }
    }
}

/// A two-digit year: "'22" is 2022, "'99" 1999, "'40" 1940 (years 00-29 are this century's).
pub(super) fn two_digit_year(yy: i32) -> i32 {
    if yy < 30 {
        2000 + yy
    } else {
        1900 + yy
    }
}

/// The tokens of `text`, each with its vocabulary look-up (which gives its time-lexicon row).
pub(super) fn tokens(text: &str) -> Vec<Token> {
    let mut toks = crate::lex::tokenize(text);
    crate::vocab::classify(text, &mut toks);
    toks
}

/// The lexicon rows and grammar classes of a block's tokens, kept from block to block.
#[derive(Debug, Default)]
pub(super) struct Buf {
    rows: Vec<u16>,
    classes: Vec<u16>,
}

impl Buf {
    /// The tokens `toks` of `text` with their rows and classes.
    pub fn toks<'t>(&'t mut self, text: &'t str, toks: &'t [Token]) -> Toks<'t> {
        let lex = lexicon::table();
        self.rows.clear();
        self.rows.extend(toks.iter().map(|t| row_of_token(text, t)));
        self.classes.clear();
        let t = Toks { text, toks, lex, rows: &self.rows, classes: &[] };
        let classes = toks.iter().enumerate().map(|(i, _)| super::grammar::classes(&t, i)).collect::<Vec<u16>>();
        self.classes = classes;
        Toks { text, toks, lex, rows: &self.rows, classes: &self.classes }
    }
}

/// The lexicon row of a token plus one (0: none). Tokens carry it from the vocabulary look-up
/// ([`crate::vocab::classify`]); only a possessive ("Monday's") not in the lexicon is looked up
/// again, as its stem.
#[inline]
fn row_of_token(text: &str, t: &Token) -> u16 {
    if t.time_word != 0 || t.kind != Kind::Word {
        return t.time_word;
    }
    match crate::lex::possessive_stem(&text[t.start..t.end]) {
        Some(stem) if !stem.is_empty() => lexicon::row_of(stem),
        _ => 0,
    }
}
