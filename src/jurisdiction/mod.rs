//! Whose conventions a document follows: which dollar `$` is, and which fiscal calendar "FY 2024"
//! or "2023-24" names.
//!
//! The caller may fix it ([`ExtractorBuilder::jurisdiction`](crate::ExtractorBuilder::jurisdiction));
//! otherwise it is inferred from cues in the document ([`infer`]): a government web domain
//! ("canada.ca", "gov.uk"), a dateline ("OTTAWA, Ontario —"), a government naming itself
//! ("Australian Government"), a currency written with its country ("C$", "£") or a people
//! ("Canadians"). Without cues, the United States is assumed. Money and time read the same
//! setting, so a Canadian release gets Canadian dollars and April-to-March fiscal years together.

mod cues;

use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};

use crate::claim::{CurrencySource, Span};
use crate::util::{snake_names, FxMap};
use cues::{Cue, CUES};

/// Every jurisdiction, in declaration order (the order of its discriminants).
impl Jurisdiction {
    const ALL: [Jurisdiction; 11] = [
        Jurisdiction::UnitedStates,
        Jurisdiction::Canada,
        Jurisdiction::UnitedKingdom,
        Jurisdiction::Australia,
        Jurisdiction::NewZealand,
        Jurisdiction::Singapore,
        Jurisdiction::HongKong,
        Jurisdiction::EuropeanUnion,
        Jurisdiction::India,
        Jurisdiction::Japan,
        Jurisdiction::Mexico,
    ];
    const COUNT: usize = Jurisdiction::ALL.len();
}

snake_names!(Jurisdiction {
    UnitedStates => "united_states",
    Canada => "canada",
    UnitedKingdom => "united_kingdom",
    Australia => "australia",
    NewZealand => "new_zealand",
    Singapore => "singapore",
    HongKong => "hong_kong",
    EuropeanUnion => "european_union",
    India => "india",
    Japan => "japan",
    Mexico => "mexico",
});
snake_names!(JurisdictionSource { Given => "given", Inferred => "inferred", Default => "default" });

/// A government whose conventions a document follows.
///
/// It decides what a bare `$` means (US, Canadian, Australian dollars, ...; see
/// [`Jurisdiction::dollar_sign`]), whether "pounds" are money, and which fiscal calendar fiscal
/// years follow (see [`Calendar`]). Given to the builder or inferred from the document
/// ([`Extractor::document_jurisdiction`](crate::Extractor::document_jurisdiction)).
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Jurisdiction {
    /// The United States (the default): `$` is USD; fiscal years run October to September.
    #[default]
    UnitedStates,
    /// Canada: `$` is CAD; fiscal years run April to March.
    Canada,
    /// The United Kingdom: `$` is USD and "pounds" are sterling; fiscal (financial) years run
    /// April to March.
    UnitedKingdom,
    /// Australia: `$` is AUD; financial years run July to June.
    Australia,
    /// New Zealand: `$` is NZD; fiscal years run July to June.
    NewZealand,
    /// Singapore: `$` is SGD; financial years run April to March.
    Singapore,
    /// Hong Kong: `$` is HKD; financial years run April to March.
    HongKong,
    /// The European Union: `$` is USD; budgets follow the calendar year.
    EuropeanUnion,
    /// India: `$` is USD; fiscal years run April to March.
    India,
    /// Japan: `$` is USD; fiscal years run April to March.
    Japan,
    /// Mexico: `$` is MXN ("dollars" are USD); fiscal years follow the calendar year.
    Mexico,
}

snake_names!(Calendar {
    UsFederalFiscal => "us_federal_fiscal",
    AprilFiscal => "april_fiscal",
    JulyFiscal => "july_fiscal",
    Gregorian => "gregorian",
});

/// The calendar a time expression was resolved in: the Gregorian calendar, or a fiscal calendar.
///
/// Fiscal year N is named after the calendar year it ends in (US federal FY 2024 runs from
/// 1 October 2023 to 30 September 2024; Australian FY2024 from 1 July 2023 to 30 June 2024),
/// except in Japan, where fiscal 2023 starts on 1 April 2023. "2023-24" names the April or July
/// fiscal year that starts in 2023.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Calendar {
    /// The US federal fiscal year: 1 October to 30 September.
    UsFederalFiscal,
    /// A fiscal year from 1 April to 31 March (UK, Canada, India, Japan, Singapore, Hong Kong).
    AprilFiscal,
    /// A fiscal year from 1 July to 30 June (Australia, New Zealand).
    JulyFiscal,
    /// The calendar year (January to December).
    Gregorian,
}

impl Calendar {
    /// The month (1-12) a fiscal year of this calendar starts in.
    pub const fn start_month(self) -> u32 {
        match self {
            Calendar::UsFederalFiscal => 10,
            Calendar::AprilFiscal => 4,
            Calendar::JulyFiscal => 7,
            Calendar::Gregorian => 1,
        }
    }
}

impl Jurisdiction {
    /// The ISO 4217 code of the dollar "dollars" and "cents" mean in this jurisdiction's
    /// documents: CAD in Canada, AUD in Australia, USD where the local currency is no dollar
    /// (the United Kingdom, the euro area, India, Japan, Mexico).
    pub const fn dollar(self) -> &'static str {
        match self {
            Jurisdiction::Canada => "CAD",
            Jurisdiction::Australia => "AUD",
            Jurisdiction::NewZealand => "NZD",
            Jurisdiction::Singapore => "SGD",
            Jurisdiction::HongKong => "HKD",
            _ => "USD",
        }
    }

    /// The ISO 4217 code a bare `$` stands for: [`Jurisdiction::dollar`], except in Mexico, where
    /// `$` is the peso (MXN).
    pub const fn dollar_sign(self) -> &'static str {
        match self {
            Jurisdiction::Mexico => "MXN",
            _ => self.dollar(),
        }
    }

    /// The fiscal calendar this government's budget years follow.
    pub const fn fiscal_calendar(self) -> Calendar {
        match self {
            Jurisdiction::UnitedStates => Calendar::UsFederalFiscal,
            Jurisdiction::Canada
            | Jurisdiction::UnitedKingdom
            | Jurisdiction::Singapore
            | Jurisdiction::HongKong
            | Jurisdiction::India
            | Jurisdiction::Japan => Calendar::AprilFiscal,
            Jurisdiction::Australia | Jurisdiction::NewZealand => Calendar::JulyFiscal,
            Jurisdiction::EuropeanUnion | Jurisdiction::Mexico => Calendar::Gregorian,
        }
    }
}

/// Where a document's jurisdiction came from.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JurisdictionSource {
    /// Given to the builder ([`ExtractorBuilder::jurisdiction`](crate::ExtractorBuilder::jurisdiction)).
    Given,
    /// Inferred from cues in the document (`cue` says which).
    Inferred,
    /// Neither given nor inferred: the United States, by default.
    Default,
}

impl JurisdictionSource {
    /// How a currency that depends on the jurisdiction (a bare `$`) was decided under this
    /// source.
    pub(crate) const fn currency_source(self) -> CurrencySource {
        match self {
            JurisdictionSource::Given => CurrencySource::Given,
            JurisdictionSource::Inferred => CurrencySource::Inferred,
            JurisdictionSource::Default => CurrencySource::Default,
        }
    }
}

/// A document's jurisdiction, where it came from and, when inferred, the cue that decided it.
///
/// [`Extractor::document_jurisdiction`](crate::Extractor::document_jurisdiction) returns it.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentJurisdiction {
    /// The jurisdiction whose conventions apply.
    pub jurisdiction: Jurisdiction,
    /// Whether it was given, inferred or assumed.
    pub source: JurisdictionSource,
    /// For an inferred jurisdiction, the strongest cue for it, as written ("OTTAWA",
    /// "canada.ca", "Australian Government").
    pub cue: Option<String>,
    /// Where `cue` is in the text.
    pub span: Option<Span>,
}

impl DocumentJurisdiction {
    /// A jurisdiction given by the caller.
    pub(crate) const fn given(jurisdiction: Jurisdiction) -> DocumentJurisdiction {
        DocumentJurisdiction { jurisdiction, source: JurisdictionSource::Given, cue: None, span: None }
    }
}

/// The cue texts, in one automaton (the regex crate's literal search), and each text's rows.
static CUE_SEARCH: Lazy<(regex::bytes::Regex, FxMap<&'static [u8], usize>)> = Lazy::new(|| {
    let mut texts: Vec<&str> = CUES.iter().map(|&(t, _, _)| t).collect();
    // Longest first, so "Canadians" is found whole and "U.S. Government" before "U.S.".
    texts.sort_by_key(|t| std::cmp::Reverse(t.len()));
    texts.dedup();
    let pattern = texts.iter().map(|t| regex::escape(t)).collect::<Vec<_>>().join("|");
    let re = regex::bytes::Regex::new(&pattern).unwrap_or_else(|e| panic!("cue table: {e}"));
    let rows = CUES.iter().enumerate().map(|(k, &(t, _, _))| (t.as_bytes(), k)).collect();
    (re, rows)
});

/// How much of a document is read for cues to its jurisdiction.
const CUE_WINDOW: usize = 64 * 1024;

/// The jurisdiction `text`'s cues point to, if they point anywhere clearly. Reads the first
/// 64 KB.
///
/// Each kind of cue counts once per jurisdiction with its weight (see `cues.rs`): domains and
/// datelines 3, a government naming itself or a country's currency 2, a people 1, and a
/// country's own currency written out ("US$") −1 for that country. The jurisdiction with the
/// highest score wins if the score is at least 3 and higher than every other's: a document that
/// only names a government ("the European Commission ruled") or only a people is not inferred to
/// be that government's. One pass over the text.
pub(crate) fn infer(text: &str) -> Option<DocumentJurisdiction> {
    let (re, rows) = &*CUE_SEARCH;
    // The cues of a document stand near its top (a dateline, the source's address) or recur
    // through it; its first 64 KB say whose it is, and a long archive costs no more than that.
    let mut cut = text.len().min(CUE_WINDOW);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let bytes = &text.as_bytes()[..cut];
    // Per jurisdiction: the kinds seen (a bit each), its score, and its strongest cue.
    let mut seen = [0u8; Jurisdiction::COUNT];
    let mut score = [0i32; Jurisdiction::COUNT];
    let mut best: [Option<(i32, usize, usize)>; Jurisdiction::COUNT] = [None; Jurisdiction::COUNT];
    let mut pos = 0;
    while let Some(m) = re.find_at(bytes, pos) {
        // A cue that does not stand may hide one inside it ("treasury.gov" in "treasury.gov.au").
        pos = m.start() + 1;
        let Some(&row) = rows.get(m.as_bytes()) else { continue };
        let (_, cue, j) = CUES[row];
        if !stands(bytes, m.start(), m.end(), cue) {
            continue;
        }
        pos = m.end();
        let k = j as usize;
        let bit = 1u8 << (cue as u8);
        if seen[k] & bit == 0 {
            seen[k] |= bit;
            score[k] += cue.weight();
        }
        if !best[k].is_some_and(|(w, _, _)| cue.weight() <= w) {
            best[k] = Some((cue.weight(), m.start(), m.end()));
        }
    }
    let (k, &top) = score.iter().enumerate().max_by_key(|&(k, s)| (*s, std::cmp::Reverse(k)))?;
    let clear = top >= 3 && score.iter().enumerate().all(|(o, &s)| o == k || s < top);
    let (_, start, end) = best[k].filter(|_| clear)?;
    Some(DocumentJurisdiction {
        jurisdiction: Jurisdiction::ALL[k],
        source: JurisdictionSource::Inferred,
        cue: Some(text[start..end].to_string()),
        span: Some(Span::new(start, end)),
    })
}

/// Whether the cue found at `start..end` stands as its kind requires.
fn stands(b: &[u8], start: usize, end: usize, cue: Cue) -> bool {
    let alnum = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
    let before = start.checked_sub(1).map(|i| b[i]);
    let after = b.get(end).copied();
    match cue {
        // The end of a host name: "www.canada.ca/en", "https://gov.uk".
        Cue::Domain => {
            let host_start = matches!(before, None | Some(b'.' | b'/' | b' ' | b'\n' | b'(' | b'@' | b':'));
            // Followed by a path, punctuation or a sentence's period, not more host name.
            let host_end = !alnum(end) && after != Some(b'-') && !(after == Some(b'.') && alnum(end + 1));
            host_start && host_end
        }
        // At the start of a line, before a comma, a dash or a bracket.
        Cue::Dateline => {
            let mut i = start;
            while i > 0 && matches!(b[i - 1], b' ' | b'\t') {
                i -= 1;
            }
            let line_start = i == 0 || b[i - 1] == b'\n';
            let rest = &b[end..b.len().min(end + 5)];
            let next = rest.iter().position(|&c| c != b' ').map(|p| &rest[p..]);
            line_start
                && next.is_some_and(|r| {
                    r.starts_with(b",")
                        || r.starts_with(b"(")
                        || r.starts_with(b"-")
                        || r.starts_with("—".as_bytes())
                        || r.starts_with("–".as_bytes())
                })
        }
        // Written against the amount ("C$40", "$A82"), not inside a word.
        Cue::Currency | Cue::Foreign => !(b[start].is_ascii_alphabetic() && alnum(start.wrapping_sub(1)) && start > 0),
        // A whole word, not part of a longer one.
        _ => {
            let word_start = b[start].is_ascii_alphanumeric();
            let word_end = b[end - 1].is_ascii_alphanumeric();
            let inside_before = word_start && start > 0 && alnum(start - 1);
            let inside_after = word_end && alnum(end);
            !(inside_before || inside_after)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendars() {
        assert_eq!(Jurisdiction::default(), Jurisdiction::UnitedStates);
        assert_eq!(Jurisdiction::Canada.fiscal_calendar().start_month(), 4);
        assert_eq!(Jurisdiction::Australia.fiscal_calendar(), Calendar::JulyFiscal);
        assert_eq!(Jurisdiction::UnitedStates.fiscal_calendar().as_str(), "us_federal_fiscal");
        for j in Jurisdiction::VARIANTS {
            assert_eq!(serde_json::to_value(j).unwrap(), j.as_str());
        }
        for c in Calendar::VARIANTS {
            assert_eq!(serde_json::to_value(c).unwrap(), c.as_str());
        }
        for s in JurisdictionSource::VARIANTS {
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str());
        }
        // `ALL` is in declaration order: the inference indexes it by discriminant.
        assert_eq!(Jurisdiction::ALL.len(), Jurisdiction::VARIANTS.len());
        for (k, j) in Jurisdiction::ALL.iter().enumerate() {
            assert_eq!(*j as usize, k);
            assert_eq!(Jurisdiction::VARIANTS[k], *j);
        }
    }

    fn inferred(text: &str) -> Option<(Jurisdiction, String)> {
        infer(text).map(|d| (d.jurisdiction, d.cue.unwrap_or_default()))
    }

    #[test]
    fn dollars() {
        assert_eq!(Jurisdiction::Canada.dollar(), "CAD");
        assert_eq!(Jurisdiction::UnitedKingdom.dollar(), "USD");
        assert_eq!(Jurisdiction::Mexico.dollar(), "USD");
        assert_eq!(Jurisdiction::Mexico.dollar_sign(), "MXN");
        assert_eq!(Jurisdiction::Australia.dollar_sign(), "AUD");
    }

    #[test]
    fn strong_cues_decide() {
        use Jurisdiction::*;
        let canada = "OTTAWA, ON, March 28, 2023 /CNW/ - The Government of Canada announced $40 million.";
        assert_eq!(inferred(canada), Some((Canada, "OTTAWA".into())));
        let url = "Source: https://www.canada.ca/en/department-finance/news.html\nFunding of $5 million.";
        assert_eq!(inferred(url), Some((Canada, "canada.ca".into())));
        assert_eq!(
            inferred("See https://www.gov.uk/government/news for details."),
            Some((UnitedKingdom, "gov.uk".into()))
        );
        assert_eq!(inferred("Published at treasury.gov.au."), Some((Australia, "gov.au".into())));
        // A government naming itself, with its people.
        assert_eq!(inferred("The Government of Canada will help Canadians.").map(|c| c.0), Some(Canada));
        assert_eq!(inferred("WELLINGTON — The Government said"), Some((NewZealand, "WELLINGTON".into())));
        assert_eq!(
            inferred("London, 14 March 2024\n\nThe NHS will get £2.5 billion."),
            Some((UnitedKingdom, "London".into()))
        );
        assert_eq!(
            inferred("The Australian Government will spend $2 billion on Australians."),
            Some((Australia, "Australian Government".into()))
        );
        assert_eq!(
            inferred("Official news published at https://www.whitehouse.gov/briefing-room/"),
            Some((UnitedStates, "whitehouse.gov".into()))
        );
    }

    #[test]
    fn weak_cues_need_company_and_lose_ties() {
        use Jurisdiction::*;
        // One people, one currency or one government named alone is not enough.
        assert_eq!(inferred("Canadian officials attended."), None);
        assert_eq!(inferred("The UK pledged £100 million."), None);
        assert_eq!(inferred("The European Commission has forced Apple to lower its prices."), None);
        // Together they are.
        assert_eq!(inferred("Canadians will receive C$500 each.").map(|c| c.0), Some(Canada));
        assert_eq!(inferred("It raised $A82 million from Australian investors.").map(|c| c.0), Some(Australia));
        // A readout from Washington about Canada stays American.
        let readout = "The White House said the U.S. and the Government of Canada agreed; Canadian firms welcomed it.";
        assert_eq!(inferred(readout), None);
        // Cues inside other words do not count.
        assert_eq!(inferred("NOTTAWA, x — Canadianism in the gov.ukraine file"), None);
        assert_eq!(inferred("mid-sentence OTTAWA, then"), None);
    }
}
