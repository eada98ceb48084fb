//! The document's own date: a dateline, "Released on ...", a date alone on a line near the top,
//! or a date in a URL path. Only the first [`HEAD`] bytes are read for the first three, and only
//! when they hold a year's digits; URLs are searched in the whole text with a literal-led regex
//! (cheap).
//!
//! The patterns are searched on at most [`HEAD`] bytes, so they are built without the literal
//! prefilters `regex` would analyse them for: with their case-insensitive month names, that
//! analysis cost more (about 20M instructions, once per process) than a prefilter could save.

use chrono::NaiveDate;
use once_cell::sync::Lazy;
use regex::Regex;
use regex_automata::meta;
use regex_automata::util::syntax;

use super::resolve::{self, Expr};
use super::table;
use crate::claim::Span;
use crate::util::next_digit;

/// How much of the start of a document can hold its date.
const HEAD: usize = 2048;
/// How many lines from the top a date line may stand on.
const HEAD_LINES: usize = 12;

fn date_pattern() -> String {
    let months = table::alternation(table::MONTHS.iter().map(|(w, _)| *w));
    let weekdays = table::alternation(table::WEEKDAYS.iter().map(|(w, _)| *w));
    format!(
        r"(?:(?i:{weekdays})\.?,?[ \t]+)?(?P<date>(?i:{months})\.?[ \t]+[0-3]?[0-9](?i:st|nd|rd|th)?,?[ \t]+(?:19|20)[0-9]{{2}}|[0-3]?[0-9][ \t]+(?i:{months})\.?,?[ \t]+(?:19|20)[0-9]{{2}}|(?:19|20)[0-9]{{2}}-[01][0-9]-[0-3][0-9]|[01]?[0-9]/[0-3]?[0-9]/(?:19|20)[0-9]{{2}})\b"
    )
}

fn build(p: &str) -> meta::Regex {
    meta::Regex::builder()
        .syntax(syntax::Config::new().unicode(false))
        .configure(meta::Config::new().auto_prefilter(false))
        .build(p)
        .unwrap_or_else(|e| panic!("docdate regex: {e}"))
}

/// "WASHINGTON, November 17, 2023 —", "GENEVA (UNHCR) – 17 November 2023 –".
static DATELINE: Lazy<meta::Regex> = Lazy::new(|| {
    build(&format!(
        r"(?m)^[ \t]*[A-Z][A-Za-z.'\- ]{{1,40}}(?:\([A-Za-z .]{{1,30}}\))?(?:,[ \t]*[A-Z][A-Za-z. ]{{1,30}})?(?:,|[ \t]*[-:]+)?[ \t]+{}[ \t]*(?:-|--|—|–|:|\()",
        date_pattern()
    ))
});

static RELEASED: Lazy<meta::Regex> = Lazy::new(|| {
    build(&format!(
        r"(?i:\b(?:released|published|posted|issued|dated|date|updated|for release)(?:[ \t]+on)?)[ \t]*:?[ \t]*{}",
        date_pattern()
    ))
});

static LINE: Lazy<meta::Regex> = Lazy::new(|| build(&format!(r"(?m)^[ \t]*{}[ \t]*\.?[ \t]*\r?$", date_pattern())));

static URL: Lazy<Regex> = Lazy::new(|| {
    regex::RegexBuilder::new(r"/(?P<y>(?:19|20)[0-9]{2})/(?P<m>[01]?[0-9])/(?P<d>[0-3]?[0-9])(?:/|\b)")
        .unicode(false)
        .build()
        .unwrap_or_else(|e| panic!("docdate regex: {e}"))
});

/// A single calendar day written in `date`.
fn parse_day(date: &str) -> Option<NaiveDate> {
    let hits = super::recognize::scan(date);
    let hit = hits.first()?;
    if !matches!(hit.expr, Expr::Day(..)) {
        return None;
    }
    resolve::interval(&hit.expr, None).map(|(s, _)| s)
}

fn head(text: &str) -> &str {
    let mut end = text.len().min(HEAD);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Whether `text` has a year of the form every date pattern holds ("19dd" or "20dd"): most
/// document heads have none, and then none of the head's patterns needs to run.
fn has_year_digits(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    // From digit to digit (most of a head has none).
    while let Some(at) = next_digit(bytes, i) {
        if let Some([a, b, c, d]) = bytes.get(at..at + 4).and_then(|w| <[u8; 4]>::try_from(w).ok()) {
            if matches!([a, b], [b'1', b'9'] | [b'2', b'0']) && c.is_ascii_digit() && d.is_ascii_digit() {
                return true;
            }
        }
        i = at + 1;
    }
    false
}

pub(super) fn document_date(text: &str) -> Option<(NaiveDate, Span)> {
    let top = head(text);
    if has_year_digits(top) {
        let lines_end = top.match_indices('\n').nth(HEAD_LINES - 1).map_or(top.len(), |(i, _)| i);
        let heads: [(&meta::Regex, &str); 3] = [(&DATELINE, top), (&RELEASED, top), (&LINE, &top[..lines_end])];
        for (re, hay) in heads {
            for caps in re.captures_iter(hay) {
                let Some(m) = caps.get_group_by_name("date") else { continue };
                if let Some(d) = parse_day(&hay[m.range()]) {
                    return Some((d, Span::new(m.start, m.end)));
                }
            }
        }
    }
    for caps in URL.captures_iter(text) {
        let (Some(y), Some(mo), Some(d)) = (caps.name("y"), caps.name("m"), caps.name("d")) else {
            continue;
        };
        let date = resolve::ymd(y.as_str().parse().ok()?, mo.as_str().parse().ok()?, d.as_str().parse().ok()?);
        if let Some(date) = date {
            return Some((date, Span::new(y.start(), d.end())));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dd(text: &str) -> Option<(String, String)> {
        document_date(text).map(|(d, s)| (d.to_string(), text[s.start..s.end].to_string()))
    }

    fn pair(a: &str, b: &str) -> Option<(String, String)> {
        Some((a.to_string(), b.to_string()))
    }

    #[test]
    fn dateline() {
        let t = "Readout of the Trade Ministers' Meeting\n\nWASHINGTON, March 4, 2024 — Officials agreed to \
                 expand grain shipments by 2 million tonnes in 2025.";
        assert_eq!(dd(t), pair("2024-03-04", "March 4, 2024"));
        let t = "GENEVA (UNHCR) - 5 June 2023 - Arrivals rose sharply.";
        assert_eq!(dd(t), pair("2023-06-05", "5 June 2023"));
    }

    #[test]
    fn released_on() {
        let t = "Fact sheet on border processing\nReleased on January 9, 2024\n\nIn fiscal year 2023, the agency...";
        assert_eq!(dd(t), pair("2024-01-09", "January 9, 2024"));
        let t = "Humanitarian update. Published: 2023-12-31. Deliveries continued.";
        assert_eq!(dd(t), pair("2023-12-31", "2023-12-31"));
    }

    #[test]
    fn date_line_under_title() {
        let t = "Joint Statement on Refugee Resettlement\nFebruary 29, 2024\n\nThe partners pledged $40 million.";
        assert_eq!(dd(t), pair("2024-02-29", "February 29, 2024"));
        let t = "Statement\nThursday, November 16, 2023\nText.";
        assert_eq!(dd(t), pair("2023-11-16", "November 16, 2023"));
    }

    #[test]
    fn url_path() {
        let t = "Source: https://www.example.gov/briefing-room/2023/11/17/fact-sheet-on-aid/\nThe package totals $1 billion.";
        assert_eq!(dd(t), pair("2023-11-17", "2023/11/17"));
    }

    #[test]
    fn year_digits_anywhere_in_the_head() {
        for (text, yes) in
            [("", false), ("2019", true), ("x 1998.", true), ("1899 2100 20", false), ("12019", true), ("201", false)]
        {
            assert_eq!(has_year_digits(text), yes, "{text:?}");
        }
    }

    #[test]
    fn none_or_invalid() {
        assert_eq!(dd("Exports rose 4% in 2022 compared with the previous year."), None);
        assert_eq!(dd("Statement\nFebruary 30, 2023\nText."), None);
        assert_eq!(dd("see /2023/13/45/ and 99/99/9999"), None);
        assert_eq!(dd(""), None);
        // A long multi-byte head does not split a character.
        let t = "é".repeat(3000);
        assert_eq!(dd(&t), None);
    }
}
