//! The one public entry point: [`Extractor`].

use chrono::NaiveDate;

use crate::claim::{Claim, Mention};
use crate::jurisdiction::{self, DocumentJurisdiction, Jurisdiction, JurisdictionSource};
use crate::lex::Doc;
use crate::time::{self, DocTimes, ReferenceDate, ReferenceSource, TimeRef};
use crate::{assemble, figures, prescan, text};

/// A short text that reaches every table and rule built on first use (see [`Extractor::prepare`]):
/// a dateline, digits and number words, money, percentages, quantities, ratios, every kind of
/// hedge, ranges, and time expressions of each kind.
const WARM_UP: &str = "WASHINGTON, March 3, 2024 - Nearly 300,000 people arrived in the last 12 months, \
    more than $2.5 billion (about 4 percent of the total) was spent in FY 2023, and at least two-thirds \
    of households, between 10 and 20 million, received up to 1,200 metric tons of wheat since April. \
    Exports rose from 41 percent to 58 percent by 2030; one in five firms paid less than €3 million \
    last year, and millions of jobs, some 2.4 gigawatts and 50 cents a gallon followed in Q3 2022.";

/// Extracts claims, mentions and time expressions from text.
///
/// Build it once and share it: it is `Send + Sync` and cheap to clone. Its rules are compiled
/// once per process, the first time any extractor is used.
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    reference_date: Option<NaiveDate>,
    jurisdiction: Option<Jurisdiction>,
    keep_non_claims: bool,
}

/// Options for an [`Extractor`], set with chained calls.
#[derive(Debug, Clone, Default)]
pub struct ExtractorBuilder {
    reference_date: Option<NaiveDate>,
    jurisdiction: Option<Jurisdiction>,
    keep_non_claims: bool,
}

impl ExtractorBuilder {
    /// A builder with default options: no reference date, non-claim mentions dropped.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The date relative time expressions ("last year") resolve against. When not set, the
    /// document's own date is used if it states one.
    pub fn reference_date(mut self, date: NaiveDate) -> ExtractorBuilder {
        self.reference_date = Some(date);
        self
    }

    /// Whose conventions the documents follow: which dollar a bare `$` is, whether "pounds" are
    /// money or a weight, and which fiscal calendar fiscal years follow. When not set, each
    /// document's own cues decide (a dateline, a government web domain, "C$" elsewhere in the
    /// text; see [`Extractor::document_jurisdiction`]), and without cues the United States is
    /// assumed.
    pub fn jurisdiction(mut self, jurisdiction: Jurisdiction) -> ExtractorBuilder {
        self.jurisdiction = Some(jurisdiction);
        self
    }

    /// Whether [`Extractor::claims`] also returns counts that assert nothing ("the two leaders")
    /// and bare numbers. Off by default.
    pub fn keep_non_claims(mut self, yes: bool) -> ExtractorBuilder {
        self.keep_non_claims = yes;
        self
    }

    /// Builds the extractor.
    pub fn build(self) -> Extractor {
        Extractor {
            reference_date: self.reference_date,
            jurisdiction: self.jurisdiction,
            keep_non_claims: self.keep_non_claims,
        }
    }
}

impl Extractor {
    /// An extractor with default options.
    pub fn new() -> Extractor {
        Extractor::default()
    }

    /// Builds now, instead of on first use, everything the extractor builds once per process:
    /// the time grammar's word tables and rules, and the number, money, unit and hedge tables. It runs one
    /// short text that reaches all of them. Useful before timing or serving requests, so that the
    /// first real call costs what every later one does; never needed for correct results.
    pub fn prepare(&self) {
        time::prepare();
        let _ = self.claims(WARM_UP);
        let _ = self.mentions(WARM_UP);
    }

    /// A builder for an extractor with options.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// The reference date for `text`: the one given to the builder, else the document's own.
    pub fn reference(&self, text: &str) -> ReferenceDate {
        if let Some(date) = self.reference_date {
            return ReferenceDate::given(date);
        }
        match time::document_date(text) {
            Some((date, span)) => {
                ReferenceDate { date: Some(date), source: ReferenceSource::Document, span: Some(span) }
            }
            None => ReferenceDate::default(),
        }
    }

    /// The jurisdiction whose conventions apply to `text`: the one given to the builder, else the
    /// one its cues point to, else the United States. [`Extractor::document_jurisdiction`] also
    /// says which of these it is and which cue decided.
    pub fn jurisdiction(&self, text: &str) -> Jurisdiction {
        self.document_jurisdiction(text).jurisdiction
    }

    /// The jurisdiction of `text`, whether it was given, inferred or assumed, and the cue that
    /// decided it when inferred ("OTTAWA" at the start of a line, "canada.ca" in a URL, "C$" and
    /// "Canadians" in the text). One pass over the first 64 KB of the text when not given.
    ///
    /// ```
    /// use policy_claims::{Extractor, Jurisdiction, JurisdictionSource};
    ///
    /// let text = "OTTAWA, Ontario — The Government of Canada will invest $40 million.";
    /// let j = Extractor::new().document_jurisdiction(text);
    /// assert_eq!((j.jurisdiction, j.source), (Jurisdiction::Canada, JurisdictionSource::Inferred));
    /// assert_eq!(j.cue.as_deref(), Some("OTTAWA"));
    /// ```
    pub fn document_jurisdiction(&self, text: &str) -> DocumentJurisdiction {
        if let Some(j) = self.jurisdiction {
            return DocumentJurisdiction::given(j);
        }
        jurisdiction::infer(text).unwrap_or(DocumentJurisdiction {
            jurisdiction: Jurisdiction::UnitedStates,
            source: JurisdictionSource::Default,
            cue: None,
            span: None,
        })
    }

    /// Resolves the figures' currencies that depend on the jurisdiction, working the
    /// jurisdiction out the first time a paragraph needs it.
    fn localize(&self, text: &str, figs: &mut [figures::Figure], known: &mut Option<DocumentJurisdiction>) {
        if figs.iter().all(|f| f.local.is_none()) {
            return;
        }
        let j = known.get_or_insert_with(|| self.document_jurisdiction(text));
        figures::localize(figs, j.jurisdiction, j.source.currency_source());
    }

    /// Every time expression in `text`, in text order, resolved in the context of the whole text
    /// (see the README's "Time expressions").
    pub fn times(&self, text: &str) -> Vec<TimeRef> {
        time::all_times(text, self.reference(text), self.jurisdiction(text)).into_iter().map(|l| l.time).collect()
    }

    /// Every numeric expression in `text`, before claim filtering, in text order.
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut toks = Vec::new();
        let mut figs = Vec::new();
        let mut known = None;
        for block in text::blocks(text) {
            if !prescan::may_hold(&text[block.clone()]) {
                continue;
            }
            let doc = Doc::over(text, block, toks);
            figures::find_into(&doc, &mut figs);
            self.localize(text, &mut figs, &mut known);
            out.extend(figs.iter().map(|f| assemble::mention(&doc, f)));
            toks = doc.toks;
        }
        out
    }

    /// The quantitative claims in `text`, in text order.
    pub fn claims(&self, text: &str) -> Vec<Claim> {
        self.claims_with_reference(text, &self.reference(text))
    }

    /// The claims of `text`, with relative times resolved against `reference`.
    pub(crate) fn claims_with_reference(&self, text: &str, reference: &ReferenceDate) -> Vec<Claim> {
        let mut out = Vec::new();
        let mut toks = Vec::new();
        let mut figs = Vec::new();
        let mut sentences = Vec::new();
        let mut times = Vec::new();
        let mut scratch = crate::semantics::Scratch::default();
        // The jurisdiction decides which dollar "$" is and which fiscal calendar "FY 2024" follows.
        let mut known = Some(self.document_jurisdiction(text));
        let mut doc_times =
            DocTimes::new(*reference, known.as_ref().map_or_else(Jurisdiction::default, |j| j.jurisdiction));
        let listing = reference.source == ReferenceSource::Document;
        // A paragraph at a time; a paragraph with no number in it is not even tokenised. Times are
        // read in every paragraph with a number, so that years, frames and earlier times are known
        // where claims stand; sentences only where claims stand.
        for block in text::blocks(text) {
            if !prescan::may_hold(&text[block.clone()]) {
                doc_times.skip();
                continue;
            }
            if listing {
                if let Some(r) = time::dateline_at(text, block.clone()) {
                    doc_times.set_reference(r);
                }
            }
            let doc = Doc::over(text, block.clone(), toks);
            figures::find_into(&doc, &mut figs);
            self.localize(text, &mut figs, &mut known);
            let first = out.len();
            assemble::claims_into(&doc, &figs, self.keep_non_claims, &mut out, &mut scratch);
            times.clear();
            if out.len() == first {
                // No claim here: only what later paragraphs refer to is read.
                doc_times.context(text, block.clone(), &doc.toks);
                toks = doc.toks;
                continue;
            }
            doc_times.block(text, block.clone(), &doc.toks, &mut times);
            toks = doc.toks;
            sentences.clear();
            text::sentences_into(&text[block.clone()], block.start, &mut sentences);
            assemble::situate(text, &mut out[first..], &sentences, &times);
            crate::semantics::settle(&mut out[first..], &scratch.uncued, doc_times.reference_date());
        }
        out
    }
}
