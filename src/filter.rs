//! What is not a claim: numbers inside names and identifiers, determiner counts, compounds,
//! years, and page furniture.
//!
//! Each rule is a small predicate over a figure; [`not_a_claim`] says which rule, if any, holds.

use rust_decimal::Decimal;

use crate::claim::MentionKind;
use crate::figures::{is_year_like, Figure};
use once_cell::sync::Lazy;

use crate::lex::{is_id_joiner, Doc, Kind};
use crate::numbers::Form;
use crate::util::{words, WordSet};

/// Words that make the number after them part of a name: "Title 42", "Section 301", "Page 2".
static NAME_HEADS: Lazy<WordSet> = Lazy::new(|| {
    WordSet::new(words![
        "title",
        "section",
        "sections",
        "part",
        "parts",
        "article",
        "articles",
        "chapter",
        "phase",
        "step",
        "level",
        "tier",
        "category",
        "grade",
        "flight",
        "room",
        "suite",
        "item",
        "items",
        "no",
        "nos",
        "vol",
        "volume",
        "page",
        "pages",
        "paragraph",
        "clause",
        "amendment",
        "docket",
        "annex",
        "appendix",
        "exhibit",
        "table",
        "figure",
        "fig",
        "version",
        "episode",
        "season",
        "covid",
        "fy",
        "q",
        "route",
        "interstate",
        "highway",
        "iphone",
        "ipad",
        "ftse",
        "nikkei",
        "asx",
        "nzx",
        "tsx",
        "stoxx",
        "kospi",
        "sensex",
        "nifty",
    ])
});

/// Words that do the same only when capitalised: "Executive Order 14028", "Public Law 117".
static CAPITALISED_NAME_HEADS: Lazy<WordSet> = Lazy::new(|| {
    WordSet::new(words![
        "order",
        "law",
        "act",
        "bill",
        "rule",
        "resolution",
        "form",
        "schedule",
        "model",
        "generation",
        "group",
        "unit",
        "division",
        "district",
        "ward",
        "box",
        "line",
        "gate",
        "pier",
        "terminal",
        "platform",
        "lane",
        "building",
        "block",
        "sector",
        "zone",
        "region",
        "area",
        "class",
        "lot",
        "number",
        "proposition",
        "measure",
        "boeing",
        "airbus",
        "pixel",
        "windows",
        "xbox",
        "playstation",
        "galaxy",
        "russell",
        "dax",
        "cac",
        "series",
    ])
});

/// Words before a small number that make it a determiner, not a count: "the two leaders".
static DETERMINERS: Lazy<WordSet> = Lazy::new(|| {
    WordSet::new(words![
        "the", "these", "those", "our", "their", "its", "his", "her", "my", "your", "both", "all", "each", "every",
        "other", "first", "last", "next", "same", "whose", "which", "what", "any",
    ])
});

/// Words before a year that make it one: "in 2022", "since 2021".
static TIME_PREPOSITIONS: Lazy<WordSet> = Lazy::new(|| {
    WordSet::new(words![
        "in",
        "since",
        "by",
        "through",
        "until",
        "till",
        "from",
        "during",
        "of",
        "before",
        "after",
        "to",
        "between",
        "and",
        "year",
        "early",
        "mid",
        "late",
        "fiscal",
        "fy",
        "circa",
        "around",
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
        "end",
        "beginning",
        "start",
    ])
});

/// Why a figure is not a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rule {
    /// A number in a name or identifier: "G7", "COVID-19", "Title 42", "5G", a phone number.
    Name,
    /// A small number used as a determiner: "the two leaders".
    Determiner,
    /// A number in a hyphenated modifier: "two-way trade", "12-month period".
    Compound,
    /// A year or date part.
    Date,
    /// Page furniture: a figure alone on its line ("90.5 F"), or the number of a heading or list
    /// item ("1. Other pages", "2) cautions that").
    Furniture,
    /// An age that describes a group: "children under 5", "people aged 65 and over".
    AgeGroup,
}

/// The rule that makes figure `f` no claim, if any. `has_noun` says whether it counts a noun.
pub(crate) fn not_a_claim(doc: &Doc, f: &Figure, has_noun: bool) -> Option<Rule> {
    if alone_on_line(doc, f) {
        return Some(Rule::Furniture);
    }
    if matches!(f.kind, MentionKind::Money | MentionKind::Percent) {
        return None;
    }
    if f.age_group {
        return Some(Rule::AgeGroup);
    }
    if is_name(doc, f) {
        return Some(Rule::Name);
    }
    if f.kind == MentionKind::Number || f.kind == MentionKind::Ratio {
        if is_list_marker(doc, f) {
            return Some(Rule::Furniture);
        }
        if is_compound(doc, f) {
            return Some(Rule::Compound);
        }
        // "in 2022", and years used as modifiers: "his 2007 campaign", "Mar 9 2018 researchers".
        if is_year_like(&f.num)
            && (!has_noun
                || preceded_by(doc, f.first, &TIME_PREPOSITIONS)
                || preceded_by(doc, f.first, &DETERMINERS)
                || after_date(doc, f.first)
                || after_name_word(doc, f)
                || after_possessive(doc, f.first)
                || before_level(doc, f.last))
        {
            return Some(Rule::Date);
        }
        if is_determiner_count(doc, f) {
            return Some(Rule::Determiner);
        }
        if is_date_part(doc, f) {
            return Some(Rule::Date);
        }
    }
    None
}

fn preceded_by(doc: &Doc, first: usize, set: &WordSet) -> bool {
    first > 0 && doc.same_line(first) && doc.kind(first - 1) == Some(Kind::Word) && set.contains(doc.s(first - 1))
}

/// A figure with nothing but symbols (bullets, brackets) beside it on its line.
///
/// A vulgar fraction ("½") is a symbol token that is a figure of its own: the walk stops there,
/// so that it never reads past the next figure and a line of them ("½ ½ ½ …") costs linear time.
fn alone_on_line(doc: &Doc, f: &Figure) -> bool {
    let start = f.hedge_toks.map_or(f.first, |(h, _)| h.min(f.first));
    let end = f.hedge_toks.map_or(f.last, |(_, h)| h.max(f.last));
    let mere_symbol = |k: usize| doc.kind(k) == Some(Kind::Sym) && !crate::numbers::vulgar_at(doc.s(k));
    let mut k = start;
    while k > 0 && doc.same_line(k) {
        k -= 1;
        if !mere_symbol(k) {
            return false;
        }
    }
    let mut k = end + 1;
    while k < doc.len() && doc.same_line(k) {
        if !mere_symbol(k) {
            return false;
        }
        k += 1;
    }
    true
}

/// Whether the word after `last` makes the year before it a period compared with: "over 2021
/// levels", "above 2019 figures".
fn before_level(doc: &Doc, last: usize) -> bool {
    let k = last + 1;
    k < doc.len()
        && doc.same_line(k)
        && doc.kind(k) == Some(Kind::Word)
        && ["level", "levels", "figure", "figures", "average", "averages", "baseline"]
            .iter()
            .any(|w| doc.s(k).eq_ignore_ascii_case(w))
}

/// Whether the token before `first` is a possessive: "the firm's 2024 forecast".
fn after_possessive(doc: &Doc, first: usize) -> bool {
    let p = first.wrapping_sub(1);
    doc.same_line(first) && doc.kind(p) == Some(Kind::Word) && crate::lex::possessive_stem(doc.s(p)).is_some()
}

/// Whether a year is named by the capitalised word before it: "Budget 2024 provides", "Vision
/// 2030 targets", "the Horizon 2020 programme" (not after a hedge, a determiner or a function
/// word: "Some 2000 troops", "About 1950 people").
fn after_name_word(doc: &Doc, f: &Figure) -> bool {
    let p = f.first.wrapping_sub(1);
    f.hedge_toks.is_none()
        && doc.same_line(f.first)
        && doc.capitalized(p)
        && !DETERMINERS.contains(doc.s(p))
        && !crate::count::is_function_word(doc.s(p))
        && !crate::count::is_time_word(doc.s(p))
}

/// Whether the token before `first` is a month or a day of one ("Mar 9 2018", "March 2018").
fn after_date(doc: &Doc, first: usize) -> bool {
    let p = first.wrapping_sub(1);
    let month = |k: usize| doc.capitalized(k) && crate::count::is_time_word(doc.s(k));
    doc.same_line(first)
        && (month(p)
            || (doc.kind(p) == Some(Kind::Num)
                && doc.s(p).len() <= 2
                && (month(p.wrapping_sub(1)) || doc.sym(p.wrapping_sub(1), ','))))
}

/// The number of a heading or list item: first on its line (after any bullet) and followed by a
/// "." or ")" ("1. Other pages", "2) Main points"), or a ")" without "(" inside a sentence
/// ("what 1) explains").
fn is_list_marker(doc: &Doc, f: &Figure) -> bool {
    let (first, last) = (f.num.first, f.num_last);
    if f.value_high.is_some() || !f.num.plain || f.last != last {
        return false;
    }
    let mut k = first;
    while k > 0 && doc.same_line(k) && doc.kind(k - 1) == Some(Kind::Sym) && !doc.sym(k - 1, '(') {
        k -= 1;
    }
    let line_start = k == 0 || !doc.same_line(k);
    let closes = doc.glued(last + 1) && (doc.sym(last + 1, '.') || doc.sym(last + 1, ')'));
    let word_after = doc.same_line(last + 2) && doc.kind(last + 2) == Some(Kind::Word);
    let bracket = doc.sym(last + 1, ')') && !doc.sym(first.wrapping_sub(1), '(');
    closes && word_after && (line_start || bracket)
}

/// A number inside a name or identifier.
fn is_name(doc: &Doc, f: &Figure) -> bool {
    if f.glued_name {
        return true;
    }
    let i = f.num.first;
    let last = f.num_last;
    // After a product or index name: "iPhone 11", "PlayStation 5", "S&P 500".
    if i > 0 && doc.same_line(i) && !doc.glued(i) && doc.kind(i - 1) == Some(Kind::Word) {
        let w = doc.s(i - 1).as_bytes();
        let camel = w.windows(2).any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase());
        let ampersand = w.len() == 1 && w[0].is_ascii_uppercase() && i > 1 && doc.sym(i - 2, '&') && doc.glued(i - 1);
        if camel || ampersand {
            return true;
        }
    }
    // Written against a word: "G7", "H2".
    if i > 0 && doc.glued(i) && doc.kind(i - 1) == Some(Kind::Word) {
        return true;
    }
    // A word, a hyphen, the number: "COVID-19", "H-2B", "F-35".
    if i > 1 && doc.glued(i) && doc.dash(i - 1) && doc.glued(i - 1) && doc.kind(i - 2) == Some(Kind::Word) {
        return true;
    }
    // "Title 42", "Section 301", "Page 2", "No. 5", "#3".
    let before = if i > 0 && doc.sym(i - 1, '.') && doc.glued(i - 1) { i.saturating_sub(2) } else { i.wrapping_sub(1) };
    let word = doc.kind(before) == Some(Kind::Word);
    let head = word
        && (NAME_HEADS.contains(doc.s(before))
            || (doc.capitalized(before) && CAPITALISED_NAME_HEADS.contains(doc.s(before))));
    if i > 0 && doc.same_line(i) && (head || doc.sym(i - 1, '#')) {
        return true;
    }
    // Chains of numbers: phone numbers, IP addresses, times, dates ("202-456-1111", "10:30").
    if f.value_high.is_none() && (doc.joined_after(last, is_id_joiner) || doc.joined_before(i, is_id_joiner)) {
        return true;
    }
    // A ZIP code after a state: "DC 20500".
    if f.num.plain && doc.s(i).len() == 5 && i > 0 {
        let st = doc.s(i - 1);
        if st.len() == 2 && st.chars().all(|c| c.is_ascii_uppercase()) {
            return true;
        }
    }
    // "(202) 456-1111".
    doc.sym(i.wrapping_sub(1), '(')
        && doc.sym(last + 1, ')')
        && doc.s(i).len() == 3
        && doc.kind(last + 2) == Some(Kind::Num)
}

/// A number in a hyphenated modifier: "two-way", "12-month", "once-in-a-generation".
fn is_compound(doc: &Doc, f: &Figure) -> bool {
    let last = f.last;
    f.value_high.is_none()
        && doc.dash(last + 1)
        && doc.glued(last + 1)
        && doc.glued(last + 2)
        && doc.kind(last + 2) == Some(Kind::Word)
}

/// A small number in words after a determiner ("the two leaders"), or a lone "one"/"a".
fn is_determiner_count(doc: &Doc, f: &Figure) -> bool {
    let n = &f.num;
    if n.form != Form::Words || n.scaled || f.value_high.is_some() || f.kind != MentionKind::Number {
        return false;
    }
    if n.value == Decimal::ONE {
        return true;
    }
    n.value <= Decimal::from(12) && preceded_by(doc, f.first, &DETERMINERS)
}

/// A day of a month: "November 17", "17 November".
fn is_date_part(doc: &Doc, f: &Figure) -> bool {
    let n = &f.num;
    if !n.plain || n.value > Decimal::from(31) {
        return false;
    }
    let month =
        |k: usize| doc.kind(k) == Some(Kind::Word) && crate::count::is_time_word(doc.s(k)) && doc.capitalized(k);
    (n.first > 0 && (month(n.first - 1) || (doc.sym(n.first - 1, '.') && month(n.first.saturating_sub(2)))))
        || month(f.num_last + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures;

    fn rules(text: &str) -> Vec<Option<Rule>> {
        let doc = Doc::new(text);
        figures::find(&doc)
            .iter()
            .map(|f| not_a_claim(&doc, f, crate::count::counted(&doc, f.last).is_some()))
            .collect()
    }

    #[test]
    fn names_and_identifiers() {
        assert_eq!(rules("the G7 and G20"), [Some(Rule::Name), Some(Rule::Name)]);
        assert_eq!(rules("during COVID-19 here"), [Some(Rule::Name)]);
        assert_eq!(rules("under Title 42 expulsions"), [Some(Rule::Name)]);
        assert_eq!(rules("Budget 2024 provides new funds"), [Some(Rule::Date)]);
        assert_eq!(rules("the Vision 2030 targets"), [Some(Rule::Date)]);
        assert_eq!(rules("Some 2000 troops arrived"), [None]);
        assert_eq!(rules("The firm's 2024 forecast calls for growth"), [Some(Rule::Date)]);
        assert_eq!(rules("The firm’s 2024 forecast calls for growth"), [Some(Rule::Date)]);
        assert_eq!(rules("5G networks"), [Some(Rule::Name)]);
        assert_eq!(rules("call 202-456-1111 now"), [Some(Rule::Name); 3]);
        assert_eq!(rules("Washington, DC 20500 now"), [Some(Rule::Name)]);
        assert_eq!(rules("H-2B visas"), [Some(Rule::Name)]);
    }

    #[test]
    fn determiners_compounds_dates_furniture() {
        assert_eq!(rules("the two leaders"), [Some(Rule::Determiner)]);
        assert_eq!(rules("two-way trade"), [Some(Rule::Compound)]);
        assert_eq!(rules("in 2022 it"), [Some(Rule::Date)]);
        assert_eq!(rules("on November 17, 2023, it"), [Some(Rule::Date), Some(Rule::Date)]);
        assert_eq!(rules("x\n90.5 F\ny"), [Some(Rule::Furniture)]);
        assert_eq!(rules("Page 2 of 5 here"), [Some(Rule::Name), None]);
        assert_eq!(rules("$5 billion in aid"), [None]);
    }
}
