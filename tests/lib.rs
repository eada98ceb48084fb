//! Integration tests: one binary, a module per concern.

mod api;
mod corpus;
mod non_claims;
mod pipeline;
mod robustness;
mod varied;
