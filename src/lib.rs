//! Quantitative claims from policy prose.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]
#![deny(clippy::print_stdout, clippy::print_stderr)]

mod claim;
mod extractor;
pub mod time;

pub use claim::{Claim, ClaimKind, Hedge, HedgeKind, Interval, Mention, MentionKind, Span};
pub use extractor::{Extractor, ExtractorBuilder};
pub use time::{Granularity, ReferenceDate, ReferenceSource, TimeKind, TimeRef};
