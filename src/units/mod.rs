//! Percentages and units of measure written after a number.

mod table;

use once_cell::sync::Lazy;

use crate::lex::{Doc, Kind};
use crate::phrase::PhraseTable;
use crate::vocab::Table;
pub(crate) use table::Measure;
use table::UNITS;

pub(crate) static UNIT_TABLE: Lazy<PhraseTable<(&str, Measure)>> =
    Lazy::new(|| PhraseTable::indexed(UNITS, Table::Units));

/// A unit found after a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unit {
    pub name: &'static str,
    pub measure: Measure,
    /// Its last token.
    pub last: usize,
}

/// The unit starting at token `j`, if any.
#[inline]
pub(crate) fn at(doc: &Doc, j: usize) -> Option<Unit> {
    if j >= doc.len() || !doc.same_line(j) {
        return None;
    }
    let ((name, measure), last) = UNIT_TABLE.at(doc, j)?;
    // A unit must end at a word boundary: "5 Fed" is not 5 degrees, "10 ms" not metres.
    if doc.glued(last + 1) && matches!(doc.kind(last + 1), Some(Kind::Word | Kind::Num)) {
        return None;
    }
    // A one-letter lower-case symbol only against the digits: "5m" yes, "5 m" no.
    if doc.s(last).len() == 1 && doc.kind(last) == Some(Kind::Word) && !doc.capitalized(last) && !doc.glued(j) {
        return None;
    }
    Some(Unit { name, measure, last })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(text: &str, j: usize) -> Option<&'static str> {
        at(&Doc::new(text), j).map(|u| u.name)
    }

    #[test]
    fn ok_units() {
        assert_eq!(u("5%", 1), Some("%"));
        assert_eq!(u("5 per cent", 1), Some("%"));
        assert_eq!(u("2 percentage points", 1), Some("percentage_point"));
        assert_eq!(u("5 metric tons", 1), Some("metric_ton"));
        assert_eq!(u("9 barrels per day", 1), Some("barrel_per_day"));
        assert_eq!(u("100 MW", 1), Some("megawatt"));
        assert_eq!(u("3 gigawatts", 1), Some("gigawatt"));
        assert_eq!(u("90.5 F", 1), Some("degree_fahrenheit"));
        assert_eq!(u("40 acres", 1), Some("acre"));
    }

    #[test]
    fn no_unit_inside_words() {
        assert_eq!(u("100 mw", 1), None);
        assert_eq!(u("5 Fed", 1), None);
        assert_eq!(u("5 tonnage", 1), None);
    }
}
