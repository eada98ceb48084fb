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
mod phrase;
mod pipeline;
mod prescan;
mod range;
mod text;
mod time;
mod units;
mod util;
mod vocab;

pub use claim::{Claim, ClaimKind, CurrencySource, Hedge, HedgeKind, Interval, Mention, MentionKind, Span};
pub use extractor::{Extractor, ExtractorBuilder};
pub use jurisdiction::{DocumentJurisdiction, FiscalCalendar, Jurisdiction, JurisdictionSource};
pub use pipeline::{Document, DocumentClaims, DocumentId};
pub use time::{Granularity, ReferenceDate, ReferenceSource, TimeKind, TimeRef};
