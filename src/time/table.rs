//! Word tables (data) and the regex fragments built from them.

use super::resolve::Unit;

pub(super) const MONTHS: &[(&str, u32)] = &[
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

/// Weekdays, 0 = Monday. Abbreviations are only accepted capitalised or followed by a dot/comma.
pub(super) const WEEKDAYS: &[(&str, u32)] = &[
    ("monday", 0),
    ("tuesday", 1),
    ("wednesday", 2),
    ("thursday", 3),
    ("friday", 4),
    ("saturday", 5),
    ("sunday", 6),
    ("mon", 0),
    ("tues", 1),
    ("tue", 1),
    ("weds", 2),
    ("wed", 2),
    ("thurs", 3),
    ("thur", 3),
    ("thu", 3),
    ("fri", 4),
    ("sat", 5),
    ("sun", 6),
];

pub(super) const SMALL_NUMBERS: &[(&str, u32)] = &[
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
    ("a couple of", 2),
    ("a couple", 2),
    ("couple of", 2),
];

pub(super) const TENS: &[(&str, u32)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Quantities that make a relative expression vague ("the past few years").
pub(super) const VAGUE_NUMBERS: &[&str] = &["a few", "few", "several", "many", "some"];

pub(super) const ORDINALS: &[(&str, u32)] = &[
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
];

pub(super) const UNITS: &[(&str, Unit)] = &[
    ("days", Unit::Day),
    ("day", Unit::Day),
    ("weeks", Unit::Week),
    ("week", Unit::Week),
    ("weekends", Unit::Weekend),
    ("weekend", Unit::Weekend),
    ("fortnights", Unit::Fortnight),
    ("fortnight", Unit::Fortnight),
    ("months", Unit::Month),
    ("month", Unit::Month),
    ("quarters", Unit::Quarter),
    ("quarter", Unit::Quarter),
    ("qtrs", Unit::Quarter),
    ("qtr", Unit::Quarter),
    ("years", Unit::Year),
    ("year", Unit::Year),
    ("yrs", Unit::Year),
    ("yr", Unit::Year),
    ("fiscal years", Unit::FiscalYear),
    ("fiscal year", Unit::FiscalYear),
    ("decades", Unit::Decade),
    ("decade", Unit::Decade),
];

/// Prepositions that belong to the expression's text ("in 2022", "since April 2023").
pub(super) const SPAN_PREPS: &[&str] = &[
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
    "as of",
    "as early as",
    "starting in",
    "beginning in",
    "ending in",
    "no later than",
    "up to",
    "around",
    "in early",
];

/// Words that license a bare year without being part of its text ("2019 and 2022").
pub(super) const CONTEXT_WORDS: &[&str] = &["and", "or", "to", "of", "nor", "than", "versus", "vs."];

/// Capitalised words that make `"<Word> of 2022"` a name ("the Inflation Reduction Act of 2022").
pub(super) const NAME_HEADS: &[&str] = &[
    "act",
    "acts",
    "law",
    "bill",
    "treaty",
    "agreement",
    "accord",
    "accords",
    "amendment",
    "amendments",
    "code",
    "resolution",
    "protocol",
    "convention",
    "declaration",
    "order",
    "directive",
    "ordinance",
    "statute",
    "regulation",
    "rule",
    "program",
    "initiative",
    "plan",
    "strategy",
    "framework",
    "report",
    "budget",
    "class",
];

pub(super) fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|&(_, v)| v)
}

pub(super) fn month_of(word: &str) -> Option<u32> {
    lookup(MONTHS, word.trim_end_matches('.'))
}

pub(super) fn weekday_of(word: &str) -> Option<u32> {
    lookup(WEEKDAYS, word.trim_end_matches(['.', ',']))
}

/// A count written in digits or words ("12", "two", "twenty-four"); `None` for anything else.
pub(super) fn number_of(text: &str) -> Option<u32> {
    let t = text.trim();
    if t.bytes().all(|b| b.is_ascii_digit()) {
        return t.parse().ok();
    }
    let t = normalize(t);
    if let Some(n) = lookup(SMALL_NUMBERS, &t) {
        return Some(n);
    }
    let (tens, units) = match t.split_once(['-', ' ']) {
        Some((a, b)) => (a, Some(b)),
        None => (t.as_str(), None),
    };
    let tens = lookup(TENS, tens)?;
    match units {
        None => Some(tens),
        Some(u) => lookup(SMALL_NUMBERS, u).filter(|&n| n < 10).map(|n| tens + n),
    }
}

/// A day ordinal ("17", "17th", "third", "twenty-first") as a number.
pub(super) fn day_of(text: &str) -> Option<u32> {
    let t = text.trim().trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        return t.parse().ok().filter(|d| (1..=31).contains(d));
    }
    let t = text.trim().to_ascii_lowercase();
    if let Some(n) = lookup(ORDINALS, &t) {
        return Some(n);
    }
    let (tens, unit) = t.split_once(['-', ' '])?;
    let tens = lookup(TENS, tens).filter(|&n| n <= 30)?;
    let unit = lookup(ORDINALS, unit).filter(|&n| n < 10)?;
    Some(tens + unit).filter(|d| *d <= 31)
}

pub(super) fn unit_of(text: &str) -> Option<Unit> {
    let t = normalize(text);
    let t = t.strip_prefix("calendar ").unwrap_or(&t);
    lookup(UNITS, t)
}

/// `s` in ASCII lower case, trimmed, each run of white space one space: one allocation.
pub(super) fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out.make_ascii_lowercase();
    out
}

/// `a|b|c` of the words, longest first, escaped.
pub(super) fn alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut v: Vec<&str> = words.into_iter().collect();
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v.dedup();
    v.iter().map(|w| regex::escape(w).replace(' ', r"\s+")).collect::<Vec<_>>().join("|")
}

/// Ordinal days in words, including "twenty-first".
pub(super) fn ordinal_day_words() -> String {
    let units: Vec<&str> = ORDINALS.iter().filter(|(_, n)| *n < 10).map(|(w, _)| *w).collect();
    let single = alternation(ORDINALS.iter().map(|(w, _)| *w));
    format!("(?:twenty|thirty)[- ]?(?:{})|{single}", alternation(units))
}

/// Counts in digits or words: "12", "two", "twenty-four", "a couple of", "a few".
pub(super) fn number_words() -> String {
    let units: Vec<&str> =
        SMALL_NUMBERS.iter().filter(|(w, n)| *n < 10 && !w.starts_with('a')).map(|(w, _)| *w).collect();
    format!(
        "[0-9]{{1,3}}|(?:{})(?:[- ](?:{}))?|{}|{}",
        alternation(TENS.iter().map(|(w, _)| *w)),
        alternation(units),
        alternation(SMALL_NUMBERS.iter().map(|(w, _)| *w)),
        alternation(VAGUE_NUMBERS.iter().copied()),
    )
}

/// Years written in words: "nineteen eighty-six", "two thousand and fifteen", "twenty twenty",
/// "nineteen hundred ninety three". `bare_thousand` also allows "two thousand" alone.
pub(super) fn year_words(bare_thousand: bool) -> String {
    let units = "one|two|three|four|five|six|seven|eight|nine";
    let teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    let tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    let two_digits = format!(r"(?:(?:{tens})(?:[\s-]+(?:{units}))?|{teens}|oh[\s-]+(?:{units}))");
    let thousand_tail = if bare_thousand { "?" } else { "" };
    format!(
        r"(?:seventeen|eighteen|nineteen|twenty)(?:\s+hundred(?:\s+and)?)?[\s-]+{two_digits}|two\s+thousand(?:(?:\s+and)?\s+(?:{two_digits}|{units})){thousand_tail}\b"
    )
}

/// The value of a year in words (see [`year_words`]), or of digits.
pub(super) fn year_value(text: &str) -> Option<i32> {
    let t = text.trim().to_ascii_lowercase();
    if t.bytes().all(|b| b.is_ascii_digit()) {
        return t.parse().ok();
    }
    let words: Vec<&str> =
        t.split(|c: char| c.is_whitespace() || c == '-').filter(|w| !w.is_empty() && *w != "and").collect();
    let two = |ws: &[&str]| -> Option<i32> {
        match ws {
            [] => Some(0),
            ["oh", u] => lookup(SMALL_NUMBERS, u).map(|n| n as i32).filter(|n| *n < 10),
            [w] => lookup(SMALL_NUMBERS, w).filter(|&n| n < 20).or_else(|| lookup(TENS, w)).map(|n| n as i32),
            [t, u] => Some(lookup(TENS, t)? as i32 + lookup(SMALL_NUMBERS, u).filter(|&n| n < 10)? as i32),
            _ => None,
        }
    };
    match words.as_slice() {
        ["two", "thousand", rest @ ..] => Some(2000 + two(rest)?),
        [c, "hundred", rest @ ..] | [c, rest @ ..] => {
            let century = lookup(SMALL_NUMBERS, c)
                .filter(|&n| (17..=19).contains(&n))
                .or_else(|| (*c == "twenty").then_some(20))?;
            let tail = two(rest)?;
            (!rest.is_empty()).then_some(century as i32 * 100 + tail)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_to_numbers() {
        assert_eq!(number_of("12"), Some(12));
        assert_eq!(number_of("two"), Some(2));
        assert_eq!(number_of("Twenty-four"), Some(24));
        assert_eq!(number_of("a couple of"), Some(2));
        assert_eq!(number_of("several"), None);
        assert_eq!(number_of("99999999999999999999999"), None);
        assert_eq!(day_of("17th"), Some(17));
        assert_eq!(day_of("twenty-first"), Some(21));
        assert_eq!(day_of("third"), Some(3));
        assert_eq!(day_of("45"), None);
        assert_eq!(month_of("Sept."), Some(9));
        assert_eq!(weekday_of("Tues."), Some(1));
        assert_eq!(unit_of("Fiscal  Years"), Some(Unit::FiscalYear));
        assert_eq!(year_value("nineteen eighty-six"), Some(1986));
        assert_eq!(year_value("two thousand and fifteen"), Some(2015));
        assert_eq!(year_value("two thousand"), Some(2000));
        assert_eq!(year_value("twenty twenty-two"), Some(2022));
        assert_eq!(year_value("seventeen hundred thirty three"), Some(1733));
        assert_eq!(year_value("nineteen oh five"), Some(1905));
        assert_eq!(year_value("two thousand forty"), Some(2040));
    }
}
