//! Number vocabulary as data.
//!
//! # How to add a number word
//! Add a row to [`WORDS`] with the lower-case word and its class. The grammar in `words.rs`
//! gives each class its meaning (a unit adds, `Hundred` multiplies the current group, a
//! `Scale` closes the group, ...); a new class needs a new `match` arm there.

/// What a number word does in the word grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumWord {
    /// zero to nineteen.
    Unit(u8),
    /// twenty, thirty, ... ninety.
    Ten(u8),
    /// hundred.
    Hundred,
    /// thousand, million, ...: multiplies by 10^n and closes the group.
    Scale(u32),
    /// thousands, millions, ...: a scale after a number ("3 billions"), a vague magnitude alone.
    Scales(u32),
    /// dozen, dozens: times 12.
    Dozen,
    /// "a couple", "a pair": two.
    Couple,
    /// half, halves.
    Half,
    /// quarter, quarters.
    Quarter,
    /// third(s), fifth(s), ... as a fraction's denominator (only after a numerator).
    Denominator(u32),
    /// "a" or "an" standing for one before a scale or fraction.
    A,
    /// "point" in "two point five".
    Point,
    /// "minus", "negative".
    Minus,
    /// "several", "many", "few": a vague count before a scale ("several million").
    Vague,
}

use NumWord::*;

impl NumWord {
    /// Whether the word only ever joins a number that another word or digits make: "a" and "an"
    /// ("a dozen"), "point", "minus" and the vague counts ("several million"). Every other number
    /// word can make a figure of its own ("two", "half", "millions").
    pub(crate) fn only_joins(self) -> bool {
        matches!(self, A | Point | Minus | Vague)
    }
}

/// Every number word, lower case.
pub(crate) static WORDS: &[(&str, NumWord)] = &[
    ("zero", Unit(0)),
    ("nil", Unit(0)),
    ("nought", Unit(0)),
    ("naught", Unit(0)),
    ("one", Unit(1)),
    ("two", Unit(2)),
    ("three", Unit(3)),
    ("four", Unit(4)),
    ("five", Unit(5)),
    ("six", Unit(6)),
    ("seven", Unit(7)),
    ("eight", Unit(8)),
    ("nine", Unit(9)),
    ("ten", Unit(10)),
    ("eleven", Unit(11)),
    ("twelve", Unit(12)),
    ("thirteen", Unit(13)),
    ("fourteen", Unit(14)),
    ("fifteen", Unit(15)),
    ("sixteen", Unit(16)),
    ("seventeen", Unit(17)),
    ("eighteen", Unit(18)),
    ("nineteen", Unit(19)),
    ("twenty", Ten(20)),
    ("thirty", Ten(30)),
    ("forty", Ten(40)),
    ("fourty", Ten(40)),
    ("fifty", Ten(50)),
    ("sixty", Ten(60)),
    ("seventy", Ten(70)),
    ("eighty", Ten(80)),
    ("ninety", Ten(90)),
    ("hundred", Hundred),
    ("thousand", Scale(3)),
    ("million", Scale(6)),
    ("billion", Scale(9)),
    ("trillion", Scale(12)),
    ("lakh", Scale(5)),
    ("lac", Scale(5)),
    ("lkh", Scale(5)),
    ("crore", Scale(7)),
    ("krore", Scale(7)),
    ("koti", Scale(7)),
    ("cr", Scale(7)),
    ("hundreds", Scales(2)),
    ("thousands", Scales(3)),
    ("millions", Scales(6)),
    ("billions", Scales(9)),
    ("trillions", Scales(12)),
    ("lakhs", Scales(5)),
    ("lacs", Scales(5)),
    ("lkhs", Scales(5)),
    ("crores", Scales(7)),
    ("krores", Scales(7)),
    ("dozen", Dozen),
    ("dozens", Dozen),
    ("doz", Dozen),
    ("dozs", Dozen),
    ("dz", Dozen),
    ("dzs", Dozen),
    ("couple", Couple),
    ("pair", Couple),
    ("half", Half),
    ("halves", Half),
    ("quarter", Quarter),
    ("quarters", Quarter),
    ("third", Denominator(3)),
    ("thirds", Denominator(3)),
    ("fourth", Denominator(4)),
    ("fourths", Denominator(4)),
    ("fifth", Denominator(5)),
    ("fifths", Denominator(5)),
    ("sixth", Denominator(6)),
    ("sixths", Denominator(6)),
    ("seventh", Denominator(7)),
    ("sevenths", Denominator(7)),
    ("eighth", Denominator(8)),
    ("eighths", Denominator(8)),
    ("ninth", Denominator(9)),
    ("ninths", Denominator(9)),
    ("tenth", Denominator(10)),
    ("tenths", Denominator(10)),
    ("twentieth", Denominator(20)),
    ("twentieths", Denominator(20)),
    ("thirtieth", Denominator(30)),
    ("thirtieths", Denominator(30)),
    ("fortieth", Denominator(40)),
    ("fortieths", Denominator(40)),
    ("fiftieth", Denominator(50)),
    ("fiftieths", Denominator(50)),
    ("sixtieth", Denominator(60)),
    ("sixtieths", Denominator(60)),
    ("seventieth", Denominator(70)),
    ("seventieths", Denominator(70)),
    ("eightieth", Denominator(80)),
    ("eightieths", Denominator(80)),
    ("ninetieth", Denominator(90)),
    ("ninetieths", Denominator(90)),
    ("hundredth", Denominator(100)),
    ("hundredths", Denominator(100)),
    ("thousandth", Denominator(1000)),
    ("thousandths", Denominator(1000)),
    ("millionth", Denominator(1_000_000)),
    ("millionths", Denominator(1_000_000)),
    ("billionth", Denominator(1_000_000_000)),
    ("billionths", Denominator(1_000_000_000)),
    ("a", A),
    ("an", A),
    ("point", Point),
    ("minus", Minus),
    ("negative", Minus),
    ("tens", Scales(1)),
    ("several", Vague),
    ("many", Vague),
    ("few", Vague),
    ("multiple", Vague),
    ("countless", Vague),
];

/// Scale suffixes written against the digits or after them: "1.2B", "$5bn", "10 k".
/// The flag says whether the suffix may stand after a space.
pub(crate) static SUFFIXES: &[(&str, u32, bool)] = &[
    ("k", 3, true),
    ("m", 6, false),
    ("mm", 6, true),
    ("mn", 6, true),
    ("mln", 6, true),
    ("mil", 6, true),
    ("b", 9, false),
    ("bn", 9, true),
    ("bln", 9, true),
    ("tn", 12, true),
    ("tln", 12, true),
    ("trn", 12, true),
];

/// Unicode vulgar fractions: "½", "¾".
pub(crate) static VULGAR: &[(&str, u32, u32)] = &[
    ("½", 1, 2),
    ("⅓", 1, 3),
    ("⅔", 2, 3),
    ("¼", 1, 4),
    ("¾", 3, 4),
    ("⅕", 1, 5),
    ("⅖", 2, 5),
    ("⅗", 3, 5),
    ("⅘", 4, 5),
    ("⅙", 1, 6),
    ("⅚", 5, 6),
    ("⅐", 1, 7),
    ("⅛", 1, 8),
    ("⅜", 3, 8),
    ("⅝", 5, 8),
    ("⅞", 7, 8),
    ("⅑", 1, 9),
    ("⅒", 1, 10),
];

/// Ordinal suffixes after digits: "21st", "2nd", "3rd", "4th".
pub(crate) static ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];
