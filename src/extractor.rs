//! The one public entry point: [`Extractor`].

use chrono::NaiveDate;

use crate::claim::{Claim, Mention, Span};
use crate::jurisdiction::Jurisdiction;
use crate::lex::Doc;
use crate::time::{self, ReferenceDate, ReferenceSource, TimeRef};
use crate::{assemble, figures, prescan, text};

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

    /// Whose conventions the documents follow: which dollar a bare `$` is and which fiscal
    /// calendar fiscal years follow. When not set, the United States is assumed.
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

    /// Loads the time grammar's candidate automaton now instead of on first use (it is built
    /// ahead of time and embedded; loading it takes about half a millisecond, once per process).
    /// Useful before timing or serving requests; never needed for correct results.
    pub fn prepare(&self) {
        time::prepare();
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
    /// United States.
    pub fn jurisdiction(&self, _text: &str) -> Jurisdiction {
        self.jurisdiction.unwrap_or_default()
    }

    /// Every time expression in `text`, in text order.
    pub fn times(&self, text: &str) -> Vec<TimeRef> {
        time::find_times(text, &self.reference(text))
    }

    /// Every numeric expression in `text`, before claim filtering, in text order.
    pub fn mentions(&self, text: &str) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut toks = Vec::new();
        let mut figs = Vec::new();
        for block in text::blocks(text) {
            if !prescan::may_hold(&text[block.clone()]) {
                continue;
            }
            let doc = Doc::over(text, block, toks);
            figures::find_into(&doc, &mut figs);
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
        // A paragraph at a time; sentences and times are only worked out where claims stand, and a
        // paragraph with no number in it is not even tokenised.
        for block in text::blocks(text) {
            if !prescan::may_hold(&text[block.clone()]) {
                continue;
            }
            let doc = Doc::over(text, block.clone(), toks);
            figures::find_into(&doc, &mut figs);
            let first = out.len();
            assemble::claims_into(&doc, &figs, self.keep_non_claims, &mut out);
            toks = doc.toks;
            if out.len() == first {
                continue;
            }
            let slice = &text[block.clone()];
            sentences.clear();
            text::sentences_into(slice, block.start, &mut sentences);
            let mut times = time::find_times(slice, reference);
            for t in &mut times {
                t.span = Span::new(t.span.start + block.start, t.span.end + block.start);
            }
            assemble::situate(text, &mut out[first..], &sentences, &times);
        }
        out
    }
}
