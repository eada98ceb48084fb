//! The `policy-claims` command line program, run as an example:
//!
//! ```text
//! cargo run --release --example extract -- --help
//! ```
//!
//! It is the same program as the binary (`cargo install policy-claims`); its source is in
//! `src/bin/policy-claims/`.

#[path = "../src/bin/policy-claims/main.rs"]
mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
