//! Integration tests.
mod pipeline;
