//! Computable holidays as data: each row maps name variants to a rule that gives its date(s) in a
//! given year. Only holidays with a fixed algorithm are here: fixed dates, nth weekdays of a month,
//! and feasts tied to (Gregorian or Julian) Easter. Lunar and lunisolar holidays (Diwali, Eid,
//! Chinese New Year, Hebrew-calendar feasts) are deliberately absent.
//!
//! A holiday named without a year resolves to its next occurrence on or after the reference date
//! ("Christmas" in February 2013 is 2013-12-25; "Mardi Gras" on Mardi Gras is that day); "next X"
//! to the first one after the reference date, "last X" to the last one before it, "X 2014" and
//! "X of next year" to that year's.
//!
//! How to add a holiday: a row in [`HOLIDAYS`] with its names as written (lower case; both
//! spellings where an apostrophe is optional) and its [`Rule`].

use chrono::{Datelike, Days, NaiveDate, Weekday};
use once_cell::sync::Lazy;

use super::phrases::{first_tokens, Phrases};

use super::resolve::{shift_days, ymd};

/// How a holiday's date is found in a year.
#[derive(Debug, Clone, Copy)]
pub(super) enum Rule {
    /// A fixed month and day.
    Fixed(u32, u32),
    /// A fixed date moved to the nearest weekday when it falls on a weekend (Boss's Day).
    FixedNearestWeekday(u32, u32),
    /// A fixed date moved to the day before when it falls on a Sunday (King's Day).
    FixedSundayBack(u32, u32),
    /// The `n`th (1-based; -1 = last) weekday (0 = Monday) of a month, plus `shift` days.
    NthWeekday { month: u32, wd: u32, n: i32, shift: i64 },
    /// Days from (Gregorian) Easter Sunday; a span when the two offsets differ.
    Easter(i64, i64),
    /// Days from Orthodox (Julian computus) Easter, as a Gregorian date; a span when they differ.
    Orthodox(i64, i64),
}

/// Name variants (lower case, spaces as written; apostrophes optional where shown twice) and rules.
pub(super) const HOLIDAYS: &[(&[&str], Rule)] = &[
    (&["christmas day", "christmas", "xmas", "x-mas"], Rule::Fixed(12, 25)),
    (&["christmas eve", "xmas eve"], Rule::Fixed(12, 24)),
    (&["boxing day"], Rule::Fixed(12, 26)),
    (&["new year's eve", "new years eve", "new year eve"], Rule::Fixed(12, 31)),
    (&["new year's day", "new years day", "new year day", "new year's", "new years", "new year"], Rule::Fixed(1, 1)),
    (
        &[
            "valentine's day",
            "valentines day",
            "valentine day",
            "saint valentine's day",
            "st. valentine's day",
            "st valentine's day",
        ],
        Rule::Fixed(2, 14),
    ),
    (&["halloween", "hallowe'en", "all hallows eve", "all hallows' eve"], Rule::Fixed(10, 31)),
    (&["all saints day", "all saints' day", "all saint's day"], Rule::Fixed(11, 1)),
    (
        &[
            "st patrick's day",
            "st. patrick's day",
            "saint patrick's day",
            "st patricks day",
            "saint patricks day",
            "st paddy's day",
            "saint paddy's day",
            "st. paddy's day",
            "st patrick",
            "saint patrick",
        ],
        Rule::Fixed(3, 17),
    ),
    (&["independence day", "fourth of july", "4th of july"], Rule::Fixed(7, 4)),
    (&["juneteenth"], Rule::Fixed(6, 19)),
    (&["veterans day", "veterans' day", "veteran's day", "armistice day", "remembrance day"], Rule::Fixed(11, 11)),
    (&["earth day"], Rule::Fixed(4, 22)),
    (&["april fools' day", "april fools day", "april fool's day"], Rule::Fixed(4, 1)),
    (&["groundhog day", "groundhog's day"], Rule::Fixed(2, 2)),
    (
        &["international workers' day", "international workers day", "international worker's day", "workers' day"],
        Rule::Fixed(5, 1),
    ),
    (&["world vegan day"], Rule::Fixed(11, 1)),
    (&["flag day"], Rule::Fixed(6, 14)),
    (&["cinco de mayo"], Rule::Fixed(5, 5)),
    (
        &["boss's day", "bosses' day", "bosses day", "boss day", "national boss day", "national boss's day"],
        Rule::FixedNearestWeekday(10, 16),
    ),
    (&["king's day", "kings day", "koningsdag"], Rule::FixedSundayBack(4, 27)),
    (&["thanksgiving day", "thanksgiving"], Rule::NthWeekday { month: 11, wd: 3, n: 4, shift: 0 }),
    (&["black friday"], Rule::NthWeekday { month: 11, wd: 3, n: 4, shift: 1 }),
    (&["cyber monday"], Rule::NthWeekday { month: 11, wd: 3, n: 4, shift: 4 }),
    (
        &[
            "martin luther king jr. day",
            "martin luther king jr day",
            "martin luther king's day",
            "martin luther kings day",
            "martin luther king day",
            "mlk jr. day",
            "mlk jr day",
            "mlk day",
            "civil rights day",
        ],
        Rule::NthWeekday { month: 1, wd: 0, n: 3, shift: 0 },
    ),
    (
        &["presidents' day", "presidents day", "president's day", "washington's birthday"],
        Rule::NthWeekday { month: 2, wd: 0, n: 3, shift: 0 },
    ),
    (&["memorial day", "decoration day"], Rule::NthWeekday { month: 5, wd: 0, n: -1, shift: 0 }),
    (&["labor day"], Rule::NthWeekday { month: 9, wd: 0, n: 1, shift: 0 }),
    (
        &["columbus day", "indigenous peoples' day", "indigenous peoples day"],
        Rule::NthWeekday { month: 10, wd: 0, n: 2, shift: 0 },
    ),
    (
        &["mother's day", "mothers day", "mothers' day", "mother day"],
        Rule::NthWeekday { month: 5, wd: 6, n: 2, shift: 0 },
    ),
    (
        &["father's day", "fathers day", "fathers' day", "father day"],
        Rule::NthWeekday { month: 6, wd: 6, n: 3, shift: 0 },
    ),
    (&["orthodox easter sunday", "orthodox easter", "orthodox pascha"], Rule::Orthodox(0, 0)),
    (&["orthodox easter monday"], Rule::Orthodox(1, 1)),
    (&["orthodox good friday", "orthodox great friday"], Rule::Orthodox(-2, -2)),
    (&["orthodox holy saturday", "lazarus saturday"], Rule::Orthodox(-8, -8)),
    (&["orthodox palm sunday"], Rule::Orthodox(-7, -7)),
    (&["clean monday", "orthodox shrove monday", "ash monday", "pure monday"], Rule::Orthodox(-48, -48)),
    (&["great lent", "great fast", "orthodox lent"], Rule::Orthodox(-48, -9)),
    (&["easter sunday", "easter day", "easter"], Rule::Easter(0, 0)),
    (&["easter monday", "easter mon"], Rule::Easter(1, 1)),
    (&["good friday", "holy friday"], Rule::Easter(-2, -2)),
    (&["holy saturday", "easter saturday", "easter eve"], Rule::Easter(-1, -1)),
    (
        &[
            "maundy thursday",
            "holy thursday",
            "covenant thursday",
            "covenant thu",
            "thursday of mysteries",
            "thu of mysteries",
        ],
        Rule::Easter(-3, -3),
    ),
    (&["palm sunday", "branch sunday"], Rule::Easter(-7, -7)),
    (&["ash wednesday"], Rule::Easter(-46, -46)),
    (&["shrove tuesday", "mardi gras", "pancake day", "fat tuesday", "pancake tuesday"], Rule::Easter(-47, -47)),
    (&["lent"], Rule::Easter(-46, -1)),
    (&["ascension day", "ascension thursday", "feast of the ascension"], Rule::Easter(39, 39)),
    (&["pentecost", "pentecost sunday", "whitsunday", "whit sunday", "white sunday", "whitsun"], Rule::Easter(49, 49)),
    (&["whit monday", "whitmonday", "pentecost monday", "monday of the holy spirit"], Rule::Easter(50, 50)),
    (&["trinity sunday"], Rule::Easter(56, 56)),
    (&["corpus christi"], Rule::Easter(60, 60)),
];

/// Gregorian Easter Sunday (anonymous Gregorian algorithm, "Meeus/Jones/Butcher").
pub(super) fn easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(y, month as u32, day as u32)
}

/// Orthodox Easter Sunday: the Julian computus (Meeus), converted to the Gregorian calendar.
pub(super) fn orthodox_easter(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(4);
    let b = y.rem_euclid(7);
    let c = y.rem_euclid(19);
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let month = (d + e + 114) / 31;
    let day = (d + e + 114) % 31 + 1;
    // Julian to Gregorian: the calendars drift apart by one day in each century year not divisible
    // by 400 (13 days in 1900-2099).
    let century = y.div_euclid(100);
    let drift = century - century.div_euclid(4) - 2;
    let julian = ymd(y, month as u32, day as u32)?;
    julian.checked_add_days(Days::new(u64::try_from(drift).ok()?))
}

/// The `n`th (1-based; negative counts from the end) weekday `wd` (0 = Monday) of a month.
pub(super) fn nth_weekday(y: i32, month: u32, wd: u32, n: i32) -> Option<NaiveDate> {
    let wd = Weekday::try_from(u8::try_from(wd).ok()?).ok()?;
    if n > 0 {
        NaiveDate::from_weekday_of_month_opt(y, month, wd, u8::try_from(n).ok()?)
    } else if n < 0 {
        let last = super::resolve::month_end(y, month)?;
        let back = (7 + last.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
        let d = shift_days(last, -i64::from(back) - 7 * i64::from(-n - 1))?;
        (d.month() == month).then_some(d)
    } else {
        None
    }
}

/// The dates a holiday covers in year `y`.
pub(super) fn in_year(rule: Rule, y: i32) -> Option<(NaiveDate, NaiveDate)> {
    let one = |d: NaiveDate| Some((d, d));
    match rule {
        Rule::Fixed(m, d) => one(ymd(y, m, d)?),
        Rule::FixedNearestWeekday(m, d) => {
            let day = ymd(y, m, d)?;
            one(match day.weekday() {
                Weekday::Sat => shift_days(day, -1)?,
                Weekday::Sun => shift_days(day, 1)?,
                _ => day,
            })
        }
        Rule::FixedSundayBack(m, d) => {
            let day = ymd(y, m, d)?;
            one(if day.weekday() == Weekday::Sun { shift_days(day, -1)? } else { day })
        }
        Rule::NthWeekday { month, wd, n, shift: s } => one(shift_days(nth_weekday(y, month, wd, n)?, s)?),
        Rule::Easter(a, b) => {
            let e = easter(y)?;
            Some((shift_days(e, a)?, shift_days(e, b)?))
        }
        Rule::Orthodox(a, b) => {
            let e = orthodox_easter(y)?;
            Some((shift_days(e, a)?, shift_days(e, b)?))
        }
    }
}

/// Which occurrence of a holiday is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Which {
    /// That year's.
    Year(i32),
    /// The reference year shifted by `k`.
    RelYear(i32),
    /// The next one on or after the reference date (a bare name, "this X").
    Upcoming,
    /// The first one after the reference date.
    Next,
    /// The last one before the reference date.
    Last,
}

/// The holiday `idx` of [`HOLIDAYS`], as `which` picks it relative to `r`.
pub(super) fn resolve(idx: usize, which: Which, r: Option<NaiveDate>) -> Option<(NaiveDate, NaiveDate)> {
    let rule = HOLIDAYS.get(idx)?.1;
    match which {
        Which::Year(y) => in_year(rule, y),
        Which::RelYear(k) => in_year(rule, r?.year().checked_add(k)?),
        Which::Upcoming | Which::Next => {
            let r = r?;
            (r.year()..=r.year() + 1).filter_map(|y| in_year(rule, y)).find(|&(s, e)| match which {
                Which::Upcoming => e >= r,
                _ => s > r,
            })
        }
        Which::Last => {
            let r = r?;
            (r.year() - 1..=r.year()).rev().filter_map(|y| in_year(rule, y)).find(|&(s, _)| s < r)
        }
    }
}

static NAMES: Lazy<Phrases<usize>> = Lazy::new(|| {
    Phrases::new_indexed(HOLIDAYS.iter().enumerate().flat_map(|(i, (names, _))| names.iter().map(move |n| (*n, i))))
});

static FIRST: Lazy<Vec<String>> = Lazy::new(|| first_tokens(HOLIDAYS.iter().flat_map(|(n, _)| n.iter().copied())));

/// The first words of the holiday names, for the lexicon.
pub(super) fn first_words() -> impl Iterator<Item = &'static str> {
    FIRST.iter().map(String::as_str)
}

/// The longest holiday name starting at token `i`: the token after it, and its row.
pub(super) fn name_at(t: &super::cursor::Toks<'_>, i: usize) -> Option<(usize, usize)> {
    NAMES.longest(t, i)
}

/// The row of [`HOLIDAYS`] whose variant is `name` (any case, any spacing).
#[cfg(test)]
fn lookup(name: &str) -> Option<usize> {
    let norm = name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    HOLIDAYS.iter().position(|(names, _)| names.iter().any(|n| *n == norm))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn computus() {
        for (y, e) in [
            (2000, "2000-04-23"),
            (2013, "2013-03-31"),
            (2019, "2019-04-21"),
            (2024, "2024-03-31"),
            (2038, "2038-04-25"),
            (1961, "1961-04-02"),
        ] {
            assert_eq!(easter(y), Some(d(e)), "{y}");
        }
        for (y, e) in [
            (2013, "2013-05-05"),
            (2018, "2018-04-08"),
            (2020, "2020-04-19"),
            (2024, "2024-05-05"),
            (2008, "2008-04-27"),
        ] {
            assert_eq!(orthodox_easter(y), Some(d(e)), "{y}");
        }
    }

    #[test]
    fn rules_and_occurrences() {
        let row = |n: &str| lookup(n).unwrap();
        assert_eq!(in_year(HOLIDAYS[row("Thanksgiving")].1, 2023), Some((d("2023-11-23"), d("2023-11-23"))));
        assert_eq!(in_year(HOLIDAYS[row("memorial  day")].1, 2024), Some((d("2024-05-27"), d("2024-05-27"))));
        assert_eq!(in_year(HOLIDAYS[row("boss's day")].1, 2022), Some((d("2022-10-17"), d("2022-10-17"))));
        assert_eq!(in_year(HOLIDAYS[row("lent")].1, 2024), Some((d("2024-02-14"), d("2024-03-30"))));
        let r = Some(d("2024-03-31"));
        let easter = row("easter");
        assert_eq!(resolve(easter, Which::Upcoming, r), Some((d("2024-03-31"), d("2024-03-31"))));
        assert_eq!(resolve(easter, Which::Next, r), Some((d("2025-04-20"), d("2025-04-20"))));
        assert_eq!(resolve(easter, Which::Last, r), Some((d("2023-04-09"), d("2023-04-09"))));
        assert_eq!(resolve(row("christmas"), Which::RelYear(-1), r), Some((d("2023-12-25"), d("2023-12-25"))));
        assert_eq!(nth_weekday(2024, 2, 3, -1), Some(d("2024-02-29")));
    }
}
