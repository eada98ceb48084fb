//! Integration tests: one binary, a module per concern.

mod api;
mod breadth;
#[cfg(feature = "cli")]
mod cli;
mod corpus;
mod non_claims;
mod pipeline;
mod readme;
mod robustness;
mod varied;
