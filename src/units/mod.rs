//! Percentages and units of measure written after a number.
//!
//! A unit is a row of [`table::UNITS`]; short symbols carry a [`Guard`] that says when they are
//! units and when ordinary letters or words ("in", "C", "m"). After a physical unit, "per", "/",
//! "a" or "an" and a denominator of [`table::PER`] compose: "50 meters per second",
//! "10km/h", "500,000 barrels a day".

mod table;

use once_cell::sync::Lazy;

use crate::lex::{Doc, Kind};
use crate::phrase::{PhraseTable, Row};
use crate::vocab::Table;
pub(crate) use table::Measure;
use table::{Guard, UnitDef, COMPOSITES, PER, UNITS};

pub(crate) static UNIT_TABLE: Lazy<PhraseTable<UnitDef>> = Lazy::new(|| PhraseTable::indexed(UNITS, Table::Units));

/// The denominators of "per" units, with their name and whether "a"/"an" may introduce them.
pub(crate) static PER_TABLE: Lazy<PhraseTable<(&str, bool)>> = Lazy::new(|| {
    let rows: Vec<Row<(&str, bool)>> = PER.iter().map(|&(p, cs, name, a)| (p, cs, (name, a))).collect();
    PhraseTable::indexed(&rows, Table::Per)
});

/// A unit found after a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unit {
    pub name: &'static str,
    /// The denominator of a composed unit: "hour" in "km/h" (the unit's name is then
    /// `<name>_per_<per>`).
    pub per: Option<&'static str>,
    pub measure: Measure,
    /// Its last token.
    pub last: usize,
}

/// Words of measure that may follow a spaced one-letter symbol: "5 m long", "2 g of salt".
const MEASURE_WORDS: &[&str] = &[
    "of", "x", "by", "long", "high", "tall", "wide", "deep", "thick", "away", "across", "in", "per", "each", "and",
    "or", "to",
];

/// Words after "in" that still make it inches: "5 in x 7 in", "10 in long".
const AFTER_INCH: &[&str] = &["x", "by", "long", "high", "tall", "wide", "deep", "thick", "across", "diameter"];

/// The unit starting at token `j`, if any.
#[inline]
pub(crate) fn at(doc: &Doc, j: usize) -> Option<Unit> {
    if j >= doc.len() || !doc.same_line(j) {
        return None;
    }
    // A unit in brackets, as table headings write it: "20 (kg)", "20 [kg]".
    if doc.kind(j) == Some(Kind::Sym) && matches!(doc.s(j), "(" | "[" | "{" | "<") {
        return bracketed(doc, j);
    }
    let (def, last) = UNIT_TABLE.at(doc, j)?;
    // A unit must end at a word boundary: "5 Fed" is not 5 degrees, "10 ms" not metres.
    if doc.glued(last + 1) && matches!(doc.kind(last + 1), Some(Kind::Word | Kind::Num)) {
        return None;
    }
    if !guard_holds(doc, j, last, def.guard) {
        return None;
    }
    let mut unit = Unit { name: def.name, per: None, measure: def.measure, last };
    if def.measure == Measure::Physical {
        if let Some((per, end)) = denominator(doc, last + 1) {
            unit.per = Some(per);
            unit.last = end;
        }
    }
    Some(unit)
}

/// Whether the unit's guard lets the phrase `j..=last` be a unit here.
fn guard_holds(doc: &Doc, j: usize, last: usize, guard: Guard) -> bool {
    let next = last + 1;
    let next_word = doc.same_line(next) && doc.kind(next) == Some(Kind::Word);
    match guard {
        Guard::Free => true,
        Guard::Glued => doc.glued(j),
        Guard::Letter => {
            // "C-130", "F-35": a name, not a unit.
            if doc.dash(next) && doc.glued(next) {
                return false;
            }
            if doc.glued(j) {
                return true;
            }
            if next_word && (doc.capitalized(next) || crate::count::is_plural(doc.s(next))) {
                return false;
            }
            let lower = doc.s(j).starts_with(|c: char| c.is_ascii_lowercase());
            !lower || !next_word || doc.is_any(next, MEASURE_WORDS)
        }
        Guard::Inch => {
            let next_num = doc.same_line(next) && doc.kind(next) == Some(Kind::Num);
            // "10 in long", but not "496,000 in long-term unemployment".
            let compound = doc.dash(next + 1) && doc.glued(next + 1);
            !next_num && (!next_word || (doc.is_any(next, AFTER_INCH) && !compound))
        }
        Guard::Mark => {
            let digits = doc.kind(j.wrapping_sub(1)) == Some(Kind::Num);
            digits && !quote_open(doc, j) && (doc.glued(j) || next_word)
        }
        Guard::NotBeforePlural => !(next_word && crate::count::is_plural(doc.s(next))),
    }
}

/// Whether a quotation is open before token `j` on its line: an odd number of straight double
/// quotes, or a TeX-style opening "``", within the 40 tokens before it.
fn quote_open(doc: &Doc, j: usize) -> bool {
    let mut open = false;
    let mut k = j;
    while k > 0 && j - k < 40 && doc.same_line(k) {
        k -= 1;
        if doc.sym(k, '"') {
            open = !open;
        } else if doc.sym(k, '`') {
            return true;
        }
    }
    open
}

/// A unit in brackets at `j`: `(kg)`, `[kg]`.
fn bracketed(doc: &Doc, j: usize) -> Option<Unit> {
    let close = match doc.s(j) {
        "(" => ')',
        "[" => ']',
        "{" => '}',
        _ => '>',
    };
    let (def, last) = UNIT_TABLE.at(doc, j + 1)?;
    let bare_letter = def.guard != Guard::Free && doc.s(j + 1).len() == 1;
    if !doc.glued(j + 1) || !doc.sym(last + 1, close) || !doc.glued(last + 1) || bare_letter {
        return None;
    }
    Some(Unit { name: def.name, per: None, measure: def.measure, last: last + 1 })
}

/// A denominator after a unit, from token `j`: "per hour", "/h", "a day". Its name and last
/// token.
fn denominator(doc: &Doc, j: usize) -> Option<(&'static str, usize)> {
    if !doc.same_line(j) {
        return None;
    }
    let (slash, article) = (doc.sym(j, '/') && doc.glued(j), doc.is_any(j, &["a", "an"]));
    if !(slash || article || doc.is(j, "per")) || !doc.same_line(j + 1) {
        return None;
    }
    if slash && !doc.glued(j + 1) {
        return None;
    }
    let ((name, after_article), last) = PER_TABLE.at(doc, j + 1)?;
    if article && !after_article {
        return None;
    }
    // "400 MW a year ago" is no rate.
    if doc.is_any(last + 1, &["ago", "earlier", "later", "before", "after", "from"]) {
        return None;
    }
    if doc.glued(last + 1) && matches!(doc.kind(last + 1), Some(Kind::Word | Kind::Num)) {
        return None;
    }
    Some((name, last))
}

/// How many of unit `smaller` make one `larger`, if the two make mixed quantities ("7 feet 10
/// inches").
pub(crate) fn composite_factor(larger: &str, smaller: &str) -> Option<u32> {
    COMPOSITES.iter().find(|(l, s, _)| *l == larger && *s == smaller).map(|&(_, _, f)| f)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(text: &str, j: usize) -> Option<String> {
        at(&Doc::new(text), j).map(|u| match u.per {
            Some(p) => format!("{}_per_{p}", u.name),
            None => u.name.to_string(),
        })
    }

    #[test]
    fn ok_units() {
        assert_eq!(u("5%", 1).as_deref(), Some("%"));
        assert_eq!(u("5 per cent", 1).as_deref(), Some("%"));
        assert_eq!(u("24pc", 1).as_deref(), Some("%"));
        assert_eq!(u("2 percentage points", 1).as_deref(), Some("percentage_point"));
        assert_eq!(u("5 metric tons", 1).as_deref(), Some("metric_ton"));
        assert_eq!(u("9 barrels per day", 1).as_deref(), Some("barrel_per_day"));
        assert_eq!(u("100 MW", 1).as_deref(), Some("megawatt"));
        assert_eq!(u("3 gigawatts", 1).as_deref(), Some("gigawatt"));
        assert_eq!(u("90.5 F", 1).as_deref(), Some("degree_fahrenheit"));
        assert_eq!(u("40 acres", 1).as_deref(), Some("acre"));
    }

    /// The units of the breadth issue, one form each.
    #[test]
    fn ok_news_and_statistics_units() {
        for (text, name) in [
            ("296 hp", "horsepower"),
            ("300 PS", "metric_horsepower"),
            ("450 Nm", "newton_meter"),
            ("3,000 rpm", "revolution_per_minute"),
            ("256GB", "gigabyte"),
            ("1,000 megabits per second", "megabit_per_second"),
            ("5 Gbps", "gigabit_per_second"),
            ("2.4GHz", "gigahertz"),
            ("4,500 mAh", "milliampere_hour"),
            ("10W", "watt"),
            ("12 V", "volt"),
            ("4 ppb", "part_per_billion"),
            ("352 μm", "micrometer"),
            ("352 µm", "micrometer"),
            ("50mL", "milliliter"),
            ("9 ksi", "kilopound_per_square_inch"),
            ("87 mph", "mile_per_hour"),
            ("140 km/h", "kilometer_per_hour"),
            ("30 knots", "knot"),
            ("200 sq m", "square_meter"),
            ("1,200 sq ft", "square_foot"),
            ("15,000 hL", "hectoliter"),
            ("12 C", "degree_celsius"),
            ("2.14degF", "degree_fahrenheit"),
            ("130 degrees Fahrenheit", "degree_fahrenheit"),
            ("37 ° celsius", "degree_celsius"),
            ("45°", "degree"),
            ("1.5mm", "millimeter"),
            ("48m", "meter"),
            ("100t", "metric_ton"),
            ("2l", "liter"),
            ("500g", "gram"),
            ("120 μg", "microgram"),
            ("24703m2", "square_meter"),
            ("190 km²", "square_kilometer"),
            ("3 tablespoons", "tablespoon"),
            ("½ teaspoon", "teaspoon"),
            ("3 Cups", "cup"),
            ("3 hectoliters", "hectoliter"),
            ("10 kms", "kilometer"),
            ("8 mi", "mile"),
            ("5 yds", "yard"),
            ("50 meters per millisecond", "meter_per_millisecond"),
            ("50 centimeters/millisecond", "centimeter_per_millisecond"),
            ("188 miles an hour", "mile_per_hour"),
            ("500,000 barrels a day", "barrel_per_day"),
            ("2 tons per capita", "ton_per_capita"),
            ("20 mg/L", "milligram_per_liter"),
            ("5 PJ", "petajoule"),
            ("450 GL", "gigaliter"),
            ("5 Mt", "megaton"),
            ("30 dB", "decibel"),
            ("2 mSv", "millisievert"),
        ] {
            // Every text is a number (one token) and its unit.
            assert_eq!(u(text, 1).as_deref(), Some(name), "{text}");
        }
    }

    #[test]
    fn units_in_brackets_and_marks() {
        assert_eq!(u("20 (kg)", 1).as_deref(), Some("kilogram"));
        assert_eq!(u("20 [kg]", 1).as_deref(), Some("kilogram"));
        assert_eq!(u("a 10\" pen", 2).as_deref(), Some("inch"));
        assert_eq!(u("5''", 1).as_deref(), Some("inch"));
        assert_eq!(u("a 13.3'' display", 2).as_deref(), Some("inch"));
        assert_eq!(u("the ``Big 3'' automakers", 3), None);
        assert_eq!(u("above 5 in", 2).as_deref(), Some("inch"));
        assert_eq!(u("5 in x 7 in", 1).as_deref(), Some("inch"));
    }

    /// Short symbols that are also words or letters stay words in prose.
    #[test]
    fn no_unit_in_ordinary_words_and_letters() {
        assert_eq!(u("100 mw", 1), None);
        assert_eq!(u("5 Fed", 1), None);
        assert_eq!(u("5 tonnage", 1), None);
        assert_eq!(u("rose to 5 in 2022", 3), None);
        assert_eq!(u("5 in the", 1), None);
        assert_eq!(u("bought 12 C-130 aircraft", 2), None);
        assert_eq!(u("at 1600 W Main Street", 2), None);
        assert_eq!(u("5 m people", 1), None);
        assert_eq!(u("100 t", 1), None);
        assert_eq!(u("he said \"the answer is 10\" and left", 6), None);
        assert_eq!(u("1,500 TB cases", 1), None);
        assert_eq!(u("2 TB drive", 1).as_deref(), Some("terabyte"));
        assert_eq!(u("capacity of 400 MW a year ago", 3).as_deref(), Some("megawatt"));
        assert_eq!(u("20 (m)", 1), None);
        assert_eq!(u("grade 12 A", 2), None);
        assert_eq!(u("lists 2 C programs", 2), None);
        assert_eq!(u("5 PS things", 1), None);
        assert_eq!(u("12 V battery", 1).as_deref(), Some("volt"));
    }

    #[test]
    fn composites() {
        assert_eq!(composite_factor("foot", "inch"), Some(12));
        assert_eq!(composite_factor("inch", "foot"), None);
        assert_eq!(composite_factor("meter", "foot"), None);
    }
}
