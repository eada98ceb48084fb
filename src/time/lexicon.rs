//! The time grammar's words, as data: what each word can be (a month, a weekday, a calendar unit,
//! a count, an ordinal, a relative word, ...), looked up once per token.
//!
//! How to add a word: add a row to the table of its role below. A word may appear in several
//! tables ("second" is an ordinal and a unit, "fall" a season); its roles are merged. Multi-word
//! names (holidays, events) live in their own tables ([`super::holiday`], [`super::events`]); only
//! their first word is entered here, so the grammar knows where to look for them.

use once_cell::sync::Lazy;

use super::resolve::{Part, Unit};
use crate::util::Lexicon;

/// Months, 1-12. "may" and "march" are also a modal and a verb: the rules ask for a capital or a
/// following day or year before reading them as months.
pub(super) const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sept", 9),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Weekdays, 1 = Monday. Abbreviations count only when capitalised or followed by a period.
pub(super) const WEEKDAYS: &[(&str, u8)] = &[
    ("monday", 1),
    ("tuesday", 2),
    ("wednesday", 3),
    ("thursday", 4),
    ("friday", 5),
    ("saturday", 6),
    ("sunday", 7),
    ("mondays", 1),
    ("tuesdays", 2),
    ("wednesdays", 3),
    ("thursdays", 4),
    ("fridays", 5),
    ("saturdays", 6),
    ("sundays", 7),
    ("mon", 1),
    ("tues", 2),
    ("tue", 2),
    ("weds", 3),
    ("wed", 3),
    ("thurs", 4),
    ("thur", 4),
    ("thu", 4),
    ("fri", 5),
    ("sat", 6),
    ("sun", 7),
];

/// Calendar units, singular and plural.
const UNITS: &[(&str, Unit)] = &[
    ("second", Unit::Second),
    ("seconds", Unit::Second),
    ("minute", Unit::Minute),
    ("minutes", Unit::Minute),
    ("mins", Unit::Minute),
    ("hour", Unit::Hour),
    ("hours", Unit::Hour),
    ("hrs", Unit::Hour),
    ("day", Unit::Day),
    ("days", Unit::Day),
    ("week", Unit::Week),
    ("weeks", Unit::Week),
    ("weekend", Unit::Weekend),
    ("weekends", Unit::Weekend),
    ("fortnight", Unit::Fortnight),
    ("fortnights", Unit::Fortnight),
    ("month", Unit::Month),
    ("months", Unit::Month),
    ("quarter", Unit::Quarter),
    ("quarters", Unit::Quarter),
    ("qtr", Unit::Quarter),
    ("qtrs", Unit::Quarter),
    ("year", Unit::Year),
    ("years", Unit::Year),
    ("yr", Unit::Year),
    ("yrs", Unit::Year),
    ("decade", Unit::Decade),
    ("decades", Unit::Decade),
    ("century", Unit::Century),
    ("centuries", Unit::Century),
];

/// Counts in words. "a" and "an" are one only before a unit ("a year ago").
const CARDINALS: &[(&str, u16)] = &[
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("dozen", 12),
];

/// Quantities that leave a count unknown ("several years", "the past few months").
const VAGUE_COUNTS: &[&str] = &["several", "few", "many", "some", "couple", "number", "various", "multiple"];

/// Ordinals as words. "last" and "final" are -1 ("the last week of June").
const ORDINALS: &[(&str, i8)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("last", -1),
    ("final", -1),
];

/// Words that place a unit relative to the reference ("last year", "next month"): the offset,
/// and whether "the past N years" style rolling windows read it.
const RELATIVE: &[(&str, i8)] = &[
    ("last", -1),
    ("past", -1),
    ("previous", -1),
    ("prior", -1),
    ("preceding", -1),
    ("this", 0),
    ("current", 0),
    ("present", 0),
    ("next", 1),
    ("coming", 1),
    ("upcoming", 1),
    ("following", 1),
    ("subsequent", 1),
];

/// Seasons: the first month of each (northern meteorological seasons; winter starts in December).
const SEASONS: &[(&str, u8)] =
    &[("spring", 3), ("summer", 6), ("autumn", 9), ("fall", 9), ("winter", 12), ("springtime", 3), ("summertime", 6)];

/// Parts of a period: "early 2024", "the end of the year", "mid-2023".
const PARTS: &[(&str, Part)] = &[
    ("early", Part::Early),
    ("beginning", Part::Early),
    ("start", Part::Early),
    ("outset", Part::Early),
    ("mid", Part::Mid),
    ("middle", Part::Mid),
    ("late", Part::Late),
    ("end", Part::Late),
    ("close", Part::Late),
    ("latter", Part::Late),
];

/// Prepositions and signals that may stand before a time expression and belong to its text.
const PREPS: &[&str] = &[
    "in",
    "during",
    "since",
    "by",
    "through",
    "thru",
    "throughout",
    "until",
    "till",
    "before",
    "after",
    "from",
    "between",
    "over",
    "within",
    "for",
    "on",
    "at",
    "as",
    "starting",
    "beginning",
    "ending",
    "no",
    "up",
    "around",
    "of",
    "to",
    "and",
    "or",
    "than",
    "versus",
    "vs",
    "nor",
    "into",
    "across",
    "effective",
    "per",
    "compared",
    "relative",
    "prior",
];

/// Words that start rules of the grammar (besides months, weekdays, units, counts, ordinals,
/// relative words, seasons and parts, which have tables of their own).
const STARTERS: &[&str] = &[
    "the",
    "fy",
    "fys",
    "fiscal",
    "financial",
    "q",
    "h",
    "cy",
    "calendar",
    "so",
    "thus",
    "to",
    "ytd",
    "fytd",
    "earlier",
    "later",
    "every",
    "each",
    "per",
    "once",
    "twice",
    "thrice",
    "annually",
    "yearly",
    "monthly",
    "weekly",
    "daily",
    "quarterly",
    "hourly",
    "biweekly",
    "semiannually",
    "biannually",
    "nightly",
    "annual",
    "that",
    "same",
    "today",
    "today's",
    "tonight",
    "yesterday",
    "yesterday's",
    "tomorrow",
    "tomorrow's",
    "tmrw",
    "now",
    "currently",
    "presently",
    "nowadays",
    "right",
    "these",
    "as",
    "recently",
    "lately",
    "soon",
    "recent",
    "more",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
    "morning",
    "afternoon",
    "evening",
    "night",
    "noon",
    "far",
    "yet",
    "date",
    "moment",
    "days",
];

/// Words that begin an expression only before one of a few words: "to date", "as yet", "so far",
/// "thus far". Where the next word is none of these, no rule is tried at them (they are common:
/// "to" alone is a quarter of the words rules would otherwise be tried at).
const ONLY_BEFORE: &[(&str, &[&str])] = &[("to", &["date"]), ("as", &["yet"]), ("so", &["far"]), ("thus", &["far"])];

/// Words that begin an expression only before another word of the grammar or a number: "the
/// third quarter", "a year ago", "that year", "last year". Most of them, in prose, are followed by
/// something else and are passed over on one look at the next token.
const NEEDS_NEXT: &[&str] = &[
    "the",
    "a",
    "an",
    "that",
    "this",
    "these",
    "to",
    "so",
    "thus",
    "as",
    "each",
    "every",
    "per",
    "earlier",
    "later",
    "last",
    "next",
    "past",
    "current",
    "coming",
    "previous",
    "prior",
    "preceding",
    "following",
    "same",
    "right",
    "more",
    "once",
    "twice",
    "thrice",
    "calendar",
    "fiscal",
    "financial",
];

/// Roles the scanner tests with one bit.
pub(super) mod flag {
    /// A hedge a length may carry after its preposition: "in over six years", "for nearly a decade".
    pub const HEDGE: u8 = 1;
    /// Says a number before it is a percentage: "5 percent".
    pub const PERCENT: u8 = 1 << 1;
    /// May continue one or two digits into a date or count: "21st", "3 to 5", "the 80s".
    pub const AFTER_DIGITS: u8 = 1 << 2;
    /// May continue an expression after an article, a count or a relative word without being a
    /// word of time itself: "two and a half", "every other week", "six straight days", "the very
    /// beginning", "the near future", "that time".
    pub const CONTINUES: u8 = 1 << 3;
}

/// Words of each [`flag`].
const FLAGGED: &[(&[&str], u8)] = &[
    (
        &[
            "over",
            "nearly",
            "almost",
            "about",
            "around",
            "roughly",
            "some",
            "approximately",
            "just",
            "more",
            "less",
            "fewer",
        ],
        flag::HEDGE,
    ),
    (&["percent", "per", "pct", "percentage"], flag::PERCENT),
    (
        &["st", "nd", "rd", "th", "d", "of", "q", "h", "s", "to", "and", "through", "thru", "until", "till", "or"],
        flag::AFTER_DIGITS,
    ),
    (
        &[
            "and",
            "of",
            "a",
            "other",
            "very",
            "straight",
            "consecutive",
            "successive",
            "running",
            "full",
            "trading",
            "business",
            "working",
            "near",
            "distant",
            "foreseeable",
            "long",
            "short",
            "future",
            "rest",
            "remainder",
            "balance",
            "entire",
            "whole",
            "thousand",
            "time",
            "period",
            "point",
            "calendar",
        ],
        flag::CONTINUES,
    ),
];

/// What the grammar knows about one word (lower case). Zero fields: no such role.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Entry {
    /// A month, 1-12.
    pub month: u8,
    /// A weekday, 1 = Monday.
    pub weekday: u8,
    /// A calendar unit.
    pub unit: Option<Unit>,
    /// A count in words (one, twenty, dozen).
    pub card: u16,
    /// An ordinal in words (first = 1, last = -1).
    pub ord: i8,
    /// A relative word and its offset (last = -1, this = 0, next = 1).
    pub rel: Option<i8>,
    /// A season's first month.
    pub season: u8,
    /// A part of a period.
    pub part: Option<Part>,
    /// A vague count (several, few).
    pub vague: bool,
    /// A preposition or signal that may precede an expression: its place in the table of
    /// prepositions plus one (0: none).
    pub prep: u8,
    /// A word some rule starts with (or the first word of a holiday or event name).
    pub starter: bool,
    /// Starts an expression only before another word of the grammar or a number.
    pub needs_next: bool,
    /// The first word of a holiday's or an event's name (or the second, after "the").
    pub name: bool,
    /// The only words an expression this word begins may go on with ([`ONLY_BEFORE`]).
    pub only_before: Option<&'static [&'static str]>,
    /// Other roles the scanner asks about ([`flag`]).
    pub flags: u8,
    /// The token classes of the word, for the grammar's dispatch (computed once per word).
    pub class: u16,
}

/// The owned rows of the lexicon, built once: every table above merged by word.
static ROWS: Lazy<Vec<(&'static str, Entry)>> = Lazy::new(|| {
    let mut rows: Vec<(&'static str, Entry)> = Vec::new();
    let mut add = |w: &'static str, f: &dyn Fn(&mut Entry)| match rows.iter_mut().find(|(k, _)| *k == w) {
        Some((_, e)) => f(e),
        None => {
            let mut e = Entry::default();
            f(&mut e);
            rows.push((w, e));
        }
    };
    for &(w, m) in MONTHS {
        add(w, &|e| e.month = m);
    }
    for &(w, d) in WEEKDAYS {
        add(w, &|e| e.weekday = d);
    }
    for &(w, u) in UNITS {
        add(w, &|e| e.unit = Some(u));
    }
    for &(w, n) in CARDINALS {
        add(w, &|e| e.card = n);
    }
    for &w in VAGUE_COUNTS {
        add(w, &|e| e.vague = true);
    }
    for &(w, n) in ORDINALS {
        add(w, &|e| e.ord = n);
    }
    for &(w, k) in RELATIVE {
        add(w, &|e| e.rel = Some(k));
    }
    for &(w, m) in SEASONS {
        add(w, &|e| e.season = m);
    }
    for &(w, p) in PARTS {
        add(w, &|e| e.part = Some(p));
    }
    for (k, &w) in PREPS.iter().enumerate() {
        add(w, &|e| e.prep = k as u8 + 1);
    }
    for &w in STARTERS {
        add(w, &|e| e.starter = true);
    }
    for &w in NEEDS_NEXT {
        add(w, &|e| e.needs_next = true);
    }
    for &(w, next) in ONLY_BEFORE {
        add(w, &|e| e.only_before = Some(next));
    }
    for &(words, f) in FLAGGED {
        for &w in words {
            add(w, &|e| e.flags |= f);
        }
    }
    // "the" of "the Fourth of July" is read by the rules that begin with "the".
    for w in
        super::holiday::first_words().chain(super::events::first_words()).filter(|w| !matches!(*w, "the" | "a" | "an"))
    {
        add(w, &|e| e.name = true);
    }
    for (_, e) in rows.iter_mut() {
        e.class = super::grammar::word_class(e);
    }
    rows
});

/// Each word with its row plus one, which [`LEXICON`] borrows for the life of the process (a
/// static, not a leaked box, so that a leak checker sees it is still held).
static ROW_IDS: Lazy<Vec<(&'static str, u16)>> =
    Lazy::new(|| ROWS.iter().enumerate().map(|(k, (w, _))| (*w, k as u16 + 1)).collect());

/// The rows by word, for words the vocabulary did not give a row (possessives' stems).
static LEXICON: Lazy<Lexicon<u16>> = Lazy::new(|| Lexicon::new(ROW_IDS.iter()));

/// Every entry by row plus one; row 0 is the empty entry.
static TABLE: Lazy<Vec<Entry>> =
    Lazy::new(|| std::iter::once(Entry::default()).chain(ROWS.iter().map(|(_, e)| *e)).collect());

/// The roles of `word` (any case), or the empty entry.
#[cfg(test)]
pub(super) fn entry(word: &str) -> Entry {
    table()[usize::from(row_of(word))]
}

/// The row plus one of `word` (any case), or 0.
#[inline]
pub(super) fn row_of(word: &str) -> u16 {
    LEXICON.get(word.as_bytes()).unwrap_or(0)
}

/// Every word of the lexicon with its row plus one, for the vocabulary every token is looked up
/// in once ([`crate::vocab`]): a token then carries its row, and no second look-up is made.
pub(crate) fn words() -> impl Iterator<Item = (&'static str, u16)> {
    ROWS.iter().enumerate().map(|(k, (w, _))| (*w, k as u16 + 1))
}

/// The entries by row plus one (index 0: the empty entry).
pub(super) fn table() -> &'static [Entry] {
    TABLE.as_slice()
}

/// Builds the lexicon now rather than on first use.
pub(super) fn prepare() {
    Lazy::force(&LEXICON);
    Lazy::force(&TABLE);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_merge() {
        let second = entry("Second");
        assert_eq!((second.ord, second.unit), (2, Some(Unit::Second)));
        let last = entry("LAST");
        assert_eq!((last.ord, last.rel, last.prep), (-1, Some(-1), 0));
        assert_eq!(entry("fall").season, 9);
        assert_eq!(entry("Sept").month, 9);
        assert_eq!(entry("thursday").weekday, 4);
        assert!(entry("several").vague);
        assert_ne!(entry("since").prep, 0);
        assert_eq!(entry("government"), Entry::default());
    }

    #[test]
    fn keys_are_lower_case_ascii() {
        for (w, _) in ROWS.iter() {
            assert!(w.bytes().all(|b| !b.is_ascii_uppercase()), "{w}");
        }
    }
}
