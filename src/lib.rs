#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]
#![deny(clippy::print_stdout, clippy::print_stderr)]

mod assemble;
mod claim;
mod count;
mod extractor;
mod figures;
mod filter;
mod hedge;
mod jurisdiction;
mod lex;
mod money;
mod numbers;
mod offsets;
mod phrase;
mod pipeline;
mod prescan;
mod range;
mod semantics;
mod stream;
mod text;
mod time;
mod units;
mod util;
mod vocab;

pub use claim::{
    Change, ChangeRole, Claim, ClaimKind, CurrencySource, Direction, Hedge, HedgeKind, Interval, Mention, MentionKind,
    Modality, Span,
};
pub use extractor::{Extractor, ExtractorBuilder};
pub use jurisdiction::{Calendar, DocumentJurisdiction, Jurisdiction, JurisdictionSource};
pub use offsets::CharOffsets;
pub use pipeline::{Document, DocumentClaims, DocumentId};
pub use stream::{ExtractStream, DEFAULT_CHUNK_BYTES, DEFAULT_CHUNK_SIZE};
pub use time::{Granularity, Modifier, ReferenceDate, ReferenceSource, TimeKind, TimeRef};
pub use util::ParseNameError;

/// The date and time crate of the public API ([`NaiveDate`] in [`TimeRef`], [`ReferenceDate`],
/// [`ExtractorBuilder::reference_date`]), re-exported so a user needs no dependency of their own
/// at a matching version.
pub use chrono;
/// The exact decimal crate of the public API ([`Decimal`] values of claims and intervals),
/// re-exported so a user needs no dependency of their own at a matching version.
pub use rust_decimal;

/// A calendar date: [`chrono::NaiveDate`], re-exported.
pub use chrono::NaiveDate;
/// An exact decimal number: [`rust_decimal::Decimal`], re-exported.
pub use rust_decimal::Decimal;
