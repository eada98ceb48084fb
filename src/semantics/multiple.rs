//! Multiples: a ratio with unit `"times"`. "two to three times as much" (a range, 2 to 3),
//! "three times the national average", "a sixfold increase", "a 10-fold rise".

use crate::lex::Doc;

/// Words after "times" that make it a multiple ("3 times as many", "3 times the average"), not
/// a count of occasions ("three times a week", "five times since 2020").
const COMPARED: &[&str] = &[
    "as", "more", "larger", "higher", "greater", "bigger", "faster", "lower", "smaller", "the", "than", "that", "what",
    "over",
];

/// The last token of the multiple whose number ends at `last`: "times" or "fold".
pub(super) fn multiple(doc: &Doc, last: usize) -> Option<usize> {
    if doc.is(last + 1, "times") && doc.same_line(last + 1) && doc.is_any(last + 2, COMPARED) {
        return Some(last + 1);
    }
    (doc.dash(last + 1) && doc.glued(last + 1) && doc.glued(last + 2) && doc.is(last + 2, "fold")).then_some(last + 2)
}

#[cfg(test)]
mod tests {
    use crate::Extractor;

    fn multiples(text: &str) -> Vec<String> {
        Extractor::new()
            .claims(text)
            .iter()
            .map(|c| {
                let v = c.value_high.map_or(c.value.to_string(), |h| format!("{}..{}", c.value, h));
                format!("{} {} {v} {}", c.text, c.kind, c.unit.as_deref().unwrap_or("-"))
            })
            .collect()
    }

    #[test]
    fn multiples_are_ratios_in_times() {
        assert_eq!(multiples("They paid two to three times as much."), ["two to three times ratio 2..3 times"]);
        assert_eq!(multiples("Rents are 3 times the national average."), ["3 times ratio 3 times"]);
        assert_eq!(multiples("Sales saw a 10-fold rise."), ["10-fold ratio 10 times"]);
    }

    #[test]
    fn occasions_are_no_multiples() {
        assert!(multiples("They met three times a week.").is_empty());
        assert!(multiples("It flooded five times since 2020.").is_empty());
    }
}
