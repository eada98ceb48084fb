//! The document's own date: a dateline, "Released on ...", a date in a URL path, or a date alone
//! on a line near the top, in that order of trust. Only the first [`HEAD`] bytes are read for the
//! dateline, "Released" and date-line forms, and only when they hold a year's digits; URLs are
//! searched in the whole text with a literal-led regex (cheap).
//!
//! A date alone on a line is the weakest sign: page furniture ("Sunday, October 6, 2024" in a
//! weather box) looks the same, so it counts only when no dateline, "Released"/"Published" line
//! or URL date is found. On a page of several dated items (a newsroom listing), a dateline opening
//! a paragraph dates the text after it ([`dateline_at`]).
//!
//! The patterns are searched on at most [`HEAD`] bytes, so they are built without the literal
//! prefilters `regex` would analyse them for: with their case-insensitive month names, that
//! analysis cost more (about 20M instructions, once per process) than a prefilter could save.

use chrono::NaiveDate;
use once_cell::sync::Lazy;
use regex::Regex;
use regex_automata::meta;
use regex_automata::util::captures::Captures;
use regex_automata::util::syntax;

use super::cursor::Buf;
use super::lexicon::{MONTHS, WEEKDAYS};
use super::resolve::{self, Ctx, Expr, YearSpec};
use super::{ReferenceDate, ReferenceSource};
use crate::claim::Span;
use crate::util::next_digit;

/// How much of the start of a document can hold its date.
const HEAD: usize = 2048;
/// How many lines from the top a date line may stand on.
const HEAD_LINES: usize = 12;

/// A date with its year, as the group `date`: "March 7, 2024", "7 March 2024", "2024-03-07",
/// "3/7/2024".
fn day_pattern() -> String {
    let months = alternation(MONTHS.iter().map(|(w, _)| *w));
    format!(
        r"(?P<date>(?i:{months})\.?[ \t]+[0-3]?[0-9](?i:st|nd|rd|th)?,?[ \t]+(?:19|20)[0-9]{{2}}|[0-3]?[0-9][ \t]+(?i:{months})\.?,?[ \t]+(?:19|20)[0-9]{{2}}|(?:19|20)[0-9]{{2}}-[01][0-9]-[0-3][0-9]|[01]?[0-9]/[0-3]?[0-9]/(?:19|20)[0-9]{{2}})\b"
    )
}

/// [`day_pattern`], after a weekday if any: "Friday, October 4, 2024".
fn date_pattern() -> String {
    let weekdays = alternation(WEEKDAYS.iter().map(|(w, _)| *w));
    format!(r"(?:(?i:{weekdays})\.?,?[ \t]+)?{}", day_pattern())
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

/// A dateline alone on its line, its place in capitals: "WASHINGTON, March 7, 2024",
/// "OTTAWA, Ontario, June 12, 2024".
static DATELINE_ALONE: Lazy<meta::Regex> = Lazy::new(|| {
    build(&format!(
        r"(?m)^[ \t]*[A-Z][A-Z.'\- ]{{1,40}}(?:,[ \t]*[A-Z][A-Za-z. ]{{1,30}})?,[ \t]+{}[ \t]*\.?[ \t]*\r?$",
        date_pattern()
    ))
});

/// A dateline alone on its line with its place in mixed case: "Canberra, 3 May 2024", "Ottawa,
/// Ontario, June 14, 2024". Weaker than a line saying when the document was released, and its
/// place is never a weekday ("Weather, Sunday, October 6, 2024" is page furniture).
static PLACE_DATE_ALONE: Lazy<meta::Regex> = Lazy::new(|| {
    build(&format!(
        r"(?m)^[ \t]*(?P<place>[A-Z][A-Za-z.'\- ]{{1,40}}(?:,[ \t]*[A-Z][A-Za-z. ]{{1,30}})?),[ \t]+{}[ \t]*\.?[ \t]*\r?$",
        day_pattern()
    ))
});

/// Whether the `place` group of `caps` names a weekday ("Weather, Sunday").
fn place_is_weekday(hay: &str, caps: &Captures) -> bool {
    let Some(place) = caps.get_group_by_name("place") else { return false };
    hay[place.range()]
        .split([',', ' '])
        .any(|w| WEEKDAYS.iter().any(|(d, _)| d.eq_ignore_ascii_case(w.trim_end_matches('.'))))
}

static RELEASED: Lazy<meta::Regex> = Lazy::new(|| {
    build(&format!(
        r"(?i:\b(?:released|published|posted|issued|dated|date|updated|for release|embargoed until)(?:[ \t]+on)?)[ \t]*:?[ \t]*(?:[0-9]{{1,2}}(?::[0-9]{{2}})?[ \t]*(?i:[ap]\.?m\.?)[ \t]*(?:\([A-Za-z]{{1,5}}\))?,?[ \t]*)?{}",
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

/// `a|b|c` of the words, longest first, escaped.
fn alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut v: Vec<&str> = words.into_iter().collect();
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v.dedup();
    v.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|")
}

/// A single calendar day written in `date`, with its year.
fn parse_day(date: &str) -> Option<NaiveDate> {
    let toks = super::cursor::tokens(date);
    let mut buf = Buf::default();
    let t = buf.toks(date, &toks);
    let hit = super::scan::scan(&t).into_iter().next()?;
    if !matches!(hit.expr, Expr::Day(YearSpec::Abs(_), ..)) {
        return None;
    }
    resolve::interval(&hit.expr, &Ctx::new(None)).map(|(s, _)| s)
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

/// The first date `re` finds in `hay` (its `date` group), with its span.
fn first_date(re: &meta::Regex, hay: &str) -> Option<(NaiveDate, Span)> {
    first_date_unless(re, hay, |_, _| false)
}

/// [`first_date`], passing over the matches `skip` turns away.
fn first_date_unless(re: &meta::Regex, hay: &str, skip: impl Fn(&str, &Captures) -> bool) -> Option<(NaiveDate, Span)> {
    re.captures_iter(hay).find_map(|caps| {
        if skip(hay, &caps) {
            return None;
        }
        let m = caps.get_group_by_name("date")?;
        parse_day(&hay[m.range()]).map(|d| (d, Span::new(m.start, m.end)))
    })
}

/// The date in a URL path of `text`, with its span.
fn url_date(text: &str) -> Option<(NaiveDate, Span)> {
    URL.captures_iter(text).find_map(|caps| {
        let (y, mo, d) = (caps.name("y")?, caps.name("m")?, caps.name("d")?);
        let date = resolve::ymd(y.as_str().parse().ok()?, mo.as_str().parse().ok()?, d.as_str().parse().ok()?)?;
        Some((date, Span::new(y.start(), d.end())))
    })
}

/// Builds the patterns now rather than on the first document that needs them.
pub(super) fn prepare() {
    for re in [&*DATELINE, &*DATELINE_ALONE, &*PLACE_DATE_ALONE, &*RELEASED, &*LINE] {
        let _ = re.is_match("");
    }
    let _ = URL.is_match("");
}

pub(super) fn document_date(text: &str) -> Option<(NaiveDate, Span)> {
    let top = head(text);
    let dated = has_year_digits(top);
    if dated {
        for re in [&*DATELINE, &*DATELINE_ALONE, &*RELEASED] {
            if let Some(found) = first_date(re, top) {
                return Some(found);
            }
        }
    }
    if let Some(found) = url_date(text) {
        return Some(found);
    }
    if !dated {
        return None;
    }
    let lines = &top[..top.match_indices('\n').nth(HEAD_LINES - 1).map_or(top.len(), |(i, _)| i)];
    first_date_unless(&PLACE_DATE_ALONE, lines, place_is_weekday).or_else(|| first_date(&LINE, lines))
}

/// The date of a dateline opening the block `text[block]` ("WASHINGTON, March 4, 2024 —"), as
/// a reference date for the text after it.
pub(crate) fn dateline_at(text: &str, block: std::ops::Range<usize>) -> Option<ReferenceDate> {
    let slice = text.get(block.clone())?;
    let first_line = &slice[..slice.find('\n').map_or(slice.len(), |i| i + 1)];
    // An item's dateline opens with its place in capitals ("OTTAWA,", "GENEVA (UNHCR) –").
    let place = first_line.trim_start().bytes().take_while(u8::is_ascii_alphabetic);
    let (n, upper) = place.fold((0, true), |(n, up), b| (n + 1, up && b.is_ascii_uppercase()));
    if n < 3 || !upper {
        return None;
    }
    if first_line.len() > 400 || !has_year_digits(first_line) {
        return None;
    }
    let (date, at) = first_date(&DATELINE, first_line).or_else(|| first_date(&DATELINE_ALONE, first_line))?;
    let span = Span::new(block.start + at.start, block.start + at.end);
    Some(ReferenceDate { date: Some(date), source: ReferenceSource::Document, span: Some(span) })
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
        // On a line of its own, with the place in capitals.
        let t = "Monthly Trade Notes\nWASHINGTON, March 7, 2024\n\nExports rose in January.";
        assert_eq!(dd(t), pair("2024-03-07", "March 7, 2024"));
        let t = "Weather, Sunday, October 6, 2024\nHeadline\nReleased on October 3, 2024\nText.";
        assert_eq!(dd(t), pair("2024-10-03", "October 3, 2024"));
        // In mixed case, on a line of its own.
        let t = "Canberra, 3 May 2024\n\nAustralian Government media release\n\nJobs grew in March.";
        assert_eq!(dd(t), pair("2024-05-03", "3 May 2024"));
        let t = "Ottawa, Ontario, June 14, 2024\nFunding rose.";
        assert_eq!(dd(t), pair("2024-06-14", "June 14, 2024"));
        // A weekday is no place: a weather box is furniture.
        assert_eq!(dd("Weather, Sunday, October 6, 2024\nMenu\nText."), None);
    }

    #[test]
    fn released_on() {
        let t = "Fact sheet on border processing\nReleased on January 9, 2024\n\nIn fiscal year 2023, the agency...";
        assert_eq!(dd(t), pair("2024-01-09", "January 9, 2024"));
        let t = "Jobs report\nThis release is embargoed until 8:30 a.m. (ET) Friday, October 4, 2024\n\nPayrolls rose.";
        assert_eq!(dd(t), pair("2024-10-04", "October 4, 2024"));
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
    fn page_furniture_never_beats_a_dateline_a_released_line_or_the_url() {
        let t = "Weather\nSunday, October 6, 2024\n\nStatement on flood relief\nReleased on October 3, 2024\nText.";
        assert_eq!(dd(t), pair("2024-10-03", "October 3, 2024"));
        let t = "Sunday, October 6, 2024\nhttps://www.example.gov/news/2024/10/02/relief/\nThe fund grew.";
        assert_eq!(dd(t), pair("2024-10-02", "2024/10/02"));
        let t = "[November 2022]\nMenu\nBRUSSELS, 12 March 2023 - Ministers agreed.";
        assert_eq!(dd(t), pair("2023-03-12", "12 March 2023"));
    }

    #[test]
    fn a_dateline_opening_a_paragraph() {
        let t = "News\n\nOTTAWA, June 5, 2024 - The ministry announced funding.";
        let blocks = crate::text::blocks(t);
        assert!(dateline_at(t, blocks[0].clone()).is_none());
        let r = dateline_at(t, blocks[1].clone()).unwrap();
        assert_eq!(r.date.unwrap().to_string(), "2024-06-05");
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
