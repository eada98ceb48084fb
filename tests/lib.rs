//! Integration tests: one binary, a module per concern.

mod api;
mod breadth;
mod corpus;
mod non_claims;
mod pipeline;
mod robustness;
mod varied;
