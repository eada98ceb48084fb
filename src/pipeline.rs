//! Pipelines: one document at a time, or a whole batch spread over all cores.
//!
//! A [`Document`] is an id, a text and an optional reference date; [`Extractor::extract_document`]
//! turns it into [`DocumentClaims`]. [`Extractor::extract_all`] does that for a slice of documents
//! and returns the results in input order, in parallel when the `parallel` feature (on by
//! default) is enabled. Neither keeps anything from one document to the next, so a stream of
//! documents processed in chunks needs memory for one chunk only.

use std::fmt;

use chrono::NaiveDate;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::claim::Claim;
use crate::extractor::Extractor;
use crate::time::ReferenceDate;

/// The identifier of a [`Document`]: a string or a non-negative integer, kept as given.
///
/// In JSON it is written and read as a plain string or number (`"doc-17"`, `17`).
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocumentId {
    /// A numeric id.
    Number(u64),
    /// A textual id.
    Text(String),
}

impl fmt::Display for DocumentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocumentId::Number(n) => write!(f, "{n}"),
            DocumentId::Text(s) => f.write_str(s),
        }
    }
}

impl From<u64> for DocumentId {
    fn from(n: u64) -> DocumentId {
        DocumentId::Number(n)
    }
}

impl From<String> for DocumentId {
    fn from(s: String) -> DocumentId {
        DocumentId::Text(s)
    }
}

impl From<&str> for DocumentId {
    fn from(s: &str) -> DocumentId {
        DocumentId::Text(s.to_string())
    }
}

impl Serialize for DocumentId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            DocumentId::Number(n) => s.serialize_u64(*n),
            DocumentId::Text(t) => s.serialize_str(t),
        }
    }
}

impl<'de> Deserialize<'de> for DocumentId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<DocumentId, D::Error> {
        d.deserialize_any(IdVisitor)
    }
}

struct IdVisitor;

impl Visitor<'_> for IdVisitor {
    type Value = DocumentId;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string or a non-negative integer")
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<DocumentId, E> {
        Ok(DocumentId::Number(n))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<DocumentId, E> {
        u64::try_from(n).map(DocumentId::Number).map_err(|_| E::invalid_value(de::Unexpected::Signed(n), &self))
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<DocumentId, E> {
        Ok(DocumentId::Text(s.to_string()))
    }

    fn visit_string<E: de::Error>(self, s: String) -> Result<DocumentId, E> {
        Ok(DocumentId::Text(s))
    }
}

/// One document of a batch or stream: an id, its text, and optionally the date its relative time
/// expressions ("last year") resolve against.
///
/// JSON: `{"id": "doc-1", "text": "...", "reference_date": "2024-03-14"}`; `reference_date` may
/// be left out or `null`.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// The caller's identifier, returned unchanged in [`DocumentClaims::id`].
    pub id: DocumentId,
    /// The text to extract from.
    pub text: String,
    /// The reference date for this document. It overrides the extractor's own
    /// ([`ExtractorBuilder::reference_date`](crate::ExtractorBuilder::reference_date)) and the
    /// date the document states.
    #[serde(default)]
    pub reference_date: Option<NaiveDate>,
}

impl Document {
    /// A document with no reference date of its own.
    pub fn new(id: impl Into<DocumentId>, text: impl Into<String>) -> Document {
        Document { id: id.into(), text: text.into(), reference_date: None }
    }

    /// Sets the document's own reference date.
    pub fn with_reference_date(mut self, date: NaiveDate) -> Document {
        self.reference_date = Some(date);
        self
    }
}

/// The claims of one [`Document`], with its id and the reference date used.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentClaims {
    /// The document's id.
    pub id: DocumentId,
    /// The reference date its relative time expressions were resolved against, and where it came
    /// from: `given` for the document's own date or the extractor's, `document` for a date found
    /// in the text, `none` when there was none.
    pub reference: ReferenceDate,
    /// The claims, in text order (as [`Extractor::claims`] returns them).
    pub claims: Vec<Claim>,
}

impl Extractor {
    /// The claims of one document. The reference date is the document's own if it has one, else
    /// the extractor's, else the date the text states (see [`Extractor::reference`]).
    pub fn extract_document(&self, doc: &Document) -> DocumentClaims {
        let text = doc.text.as_str();
        let reference = match doc.reference_date {
            Some(date) => ReferenceDate::given(date),
            None => self.reference(text),
        };
        let claims = self.claims_with_reference(text, &reference);
        DocumentClaims { id: doc.id.clone(), reference, claims }
    }

    /// The claims of every document, in input order.
    ///
    /// With the `parallel` feature (on by default) documents are spread over the threads of the
    /// current rayon pool: all cores, or the pool this is called from inside (rayon's
    /// `ThreadPool::install`). Without it they are processed one after another. The
    /// results are the same either way.
    pub fn extract_all(&self, docs: &[Document]) -> Vec<DocumentClaims> {
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            docs.par_iter().map(|d| self.extract_document(d)).collect()
        }
        #[cfg(not(feature = "parallel"))]
        {
            docs.iter().map(|d| self.extract_document(d)).collect()
        }
    }

    /// The claims of every text of `texts` (`&str`s, `String`s, anything that reads as text),
    /// in input order, in parallel as [`Extractor::extract_all`] is: for a batch without ids or
    /// dates of its own, with no copy of the texts.
    ///
    /// ```
    /// let texts = ["Exports reached $5 billion.", "No figures here.", "Prices rose 4 percent."];
    /// let claims = policy_claims::Extractor::new().claims_all(&texts);
    /// assert_eq!(claims.iter().map(Vec::len).collect::<Vec<_>>(), [1, 0, 1]);
    /// ```
    pub fn claims_all<T: AsRef<str> + Sync>(&self, texts: &[T]) -> Vec<Vec<Claim>> {
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            texts.par_iter().map(|t| self.claims(t.as_ref())).collect()
        }
        #[cfg(not(feature = "parallel"))]
        {
            texts.iter().map(|t| self.claims(t.as_ref())).collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::ReferenceSource;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn per_document_date_keeps_other_options() {
        let text = "The two leaders met in April.";
        let ex = Extractor::builder().keep_non_claims(true).build();
        let out = ex.extract_document(&Document::new("a", text).with_reference_date(date("2024-03-14")));
        assert_eq!(out.claims.len(), 1, "keep_non_claims kept: {:?}", out.claims);
        assert_eq!(out.reference.date, Some(date("2024-03-14")));
    }

    #[test]
    fn document_date_overrides_extractor_date() {
        let ex = Extractor::builder().reference_date(date("2020-01-01")).build();
        let doc = Document::new("a", "Exports grew 4 percent.").with_reference_date(date("2024-03-14"));
        let out = ex.extract_document(&doc);
        assert_eq!(out.reference.date, Some(date("2024-03-14")));
        assert_eq!(out.reference.source, ReferenceSource::Given);
        let out = ex.extract_document(&Document::new("b", "Exports grew 4 percent."));
        assert_eq!(out.reference.date, Some(date("2020-01-01")));
    }

    #[test]
    fn id_json_forms() {
        let doc: Document = serde_json::from_str(r#"{"id": 7, "text": "x"}"#).unwrap();
        assert_eq!((doc.id.clone(), doc.reference_date), (DocumentId::Number(7), None));
        let doc: Document = serde_json::from_str(r#"{"id":"d-1","text":"x","reference_date":"2024-03-14"}"#).unwrap();
        assert_eq!((doc.id.to_string(), doc.reference_date), ("d-1".to_string(), Some(date("2024-03-14"))));
        assert_eq!(serde_json::to_string(&DocumentId::Number(7)).unwrap(), "7");
        let err = serde_json::from_str::<Document>(r#"{"id": -3, "text": "x"}"#).unwrap_err().to_string();
        assert!(err.contains("a string or a non-negative integer"), "{err}");
        assert!(serde_json::from_str::<Document>(r#"{"id": 1.5, "text": "x"}"#).is_err());
    }
}
