//! The command line: flags, their values, `--help`, and the one-line errors for bad ones.

use std::ffi::OsString;

use lexopt::prelude::*;

use super::*;

/// The program's name, as its messages start.
pub(crate) const NAME: &str = "policy-claims";

/// What `--help` prints (to standard output).
pub(crate) fn help() -> String {
    format!(
        "{NAME} {version}
Extracts the quantitative claims of text (money, counts, percentages, quantities, ratios), with
their hedges, times and spans, from text files or JSON-lines archives.

Usage: {NAME} [OPTIONS] [FILE|-]...

With no FILE, text input runs on a built-in sample readout and JSON-lines input reads standard
input. `-` reads standard input.

Input:
      --input text|jsonl           each FILE is one document (text, the default), or JSON lines:
                                   {{\"id\": \"a-1\" or 7, \"text\": \"...\", \"reference_date\": \"YYYY-MM-DD\"}}
                                   (reference_date optional), read and written in chunks of 256
      --reference-date YYYY-MM-DD  the date relative times (\"last year\") resolve against; default:
                                   the document's own date (a dateline, \"Released on ...\")

Output:
      --format table|jsonl|csv     a table per document (default), one JSON object per claim, or
                                   RFC 4180 CSV with a header; jsonl and csv name the source and id
      --offsets byte|char          spans as UTF-8 byte offsets (default) or as character offsets,
                                   the ones Python's str slicing takes: text[start:end]
      --context                    add each claim's sentence (\"sentence_text\") to jsonl and csv
      --mentions                   every numeric expression instead of the claims (text input,
                                   table or jsonl)
      --times                      every time expression instead of the claims (text input, table
                                   or jsonl)
      --summary                    claims per document and totals by kind and hedge (after the
                                   tables, or on standard error for jsonl and csv)

Run:
      --threads N                  worker threads for --input jsonl (default: all cores; 1 runs on
                                   the calling thread)
  -h, --help                       print this help and exit
  -V, --version                    print the version and exit

A missing or unreadable file, a bad JSON line or a bad flag value gets one line on standard error
naming it; the other inputs are still processed and the exit code is 2 (1 if output fails).

Examples:
  {NAME}                                        # the built-in sample, as a table
  {NAME} --format jsonl --offsets char --context readout.txt statement.txt
  {NAME} --input jsonl --format csv --summary archive.jsonl > claims.csv
  zcat archive.jsonl.gz | {NAME} --input jsonl --format jsonl --threads 4 -
",
        version = env!("CARGO_PKG_VERSION")
    )
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Table,
    Jsonl,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Input {
    Text,
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum What {
    Claims,
    Mentions,
    Times,
}

/// How spans are counted in the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Offsets {
    /// UTF-8 bytes, as the library returns them.
    Byte,
    /// Unicode scalar values, as Python's `str` counts them.
    Char,
}

#[derive(Debug)]
pub(crate) struct Options {
    pub(crate) input: Input,
    pub(crate) format: Format,
    pub(crate) what: What,
    pub(crate) offsets: Offsets,
    /// Whether claims carry their sentence's text (`sentence_text`).
    pub(crate) context: bool,
    pub(crate) reference_date: Option<NaiveDate>,
    /// Worker threads for JSON-lines input; `None` means all cores.
    pub(crate) threads: Option<usize>,
    pub(crate) summary: bool,
    pub(crate) inputs: Vec<OsString>,
}

/// What the command line asks for.
#[derive(Debug)]
pub(crate) enum Command {
    Run(Options),
    Help,
    Version,
}

/// A flag's value as text; the error names the flag.
fn text_value(p: &mut lexopt::Parser, flag: &str) -> Result<String, String> {
    match p.value() {
        Ok(v) => v.into_string().map_err(|v| format!("{NAME}: {flag}: {v:?} is not UTF-8 text")),
        Err(_) => Err(format!("{NAME}: {flag} needs a value (see {NAME} --help)")),
    }
}

/// Parses the command line (without the program name); the error is the one line to print.
pub(crate) fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut o = Options {
        input: Input::Text,
        format: Format::Table,
        what: What::Claims,
        offsets: Offsets::Byte,
        context: false,
        reference_date: None,
        threads: None,
        summary: false,
        inputs: Vec::new(),
    };
    let mut p = lexopt::Parser::from_args(args);
    loop {
        let arg = match p.next() {
            Ok(Some(arg)) => arg,
            Ok(None) => break,
            Err(e) => return Err(format!("{NAME}: {e} (see {NAME} --help)")),
        };
        match arg {
            Value(v) => o.inputs.push(v),
            Short('h') | Long("help") => return Ok(Command::Help),
            Short('V') | Long("version") => return Ok(Command::Version),
            Long("format") => {
                o.format = match text_value(&mut p, "--format")?.as_str() {
                    "table" => Format::Table,
                    "jsonl" | "json" => Format::Jsonl,
                    "csv" => Format::Csv,
                    other => {
                        return Err(format!(
                            "{NAME}: --format: unknown format {other:?} (expected table, jsonl or csv)"
                        ))
                    }
                }
            }
            Long("input") => {
                o.input = match text_value(&mut p, "--input")?.as_str() {
                    "text" => Input::Text,
                    "jsonl" => Input::Jsonl,
                    other => return Err(format!("{NAME}: --input: unknown input {other:?} (expected text or jsonl)")),
                }
            }
            Long("offsets") => {
                o.offsets = match text_value(&mut p, "--offsets")?.as_str() {
                    "byte" | "bytes" => Offsets::Byte,
                    "char" | "chars" => Offsets::Char,
                    other => {
                        return Err(format!("{NAME}: --offsets: unknown offsets {other:?} (expected byte or char)"))
                    }
                }
            }
            Long("threads") => {
                let v = text_value(&mut p, "--threads")?;
                match v.parse::<usize>() {
                    Ok(n) if n > 0 => o.threads = Some(n),
                    _ => return Err(format!("{NAME}: --threads: {v:?} is not a whole number of threads, 1 or more")),
                }
            }
            Long("reference-date") => {
                let v = text_value(&mut p, "--reference-date")?;
                let d = NaiveDate::parse_from_str(&v, "%Y-%m-%d")
                    .map_err(|_| format!("{NAME}: --reference-date: {v:?} is not a date of the form YYYY-MM-DD"))?;
                o.reference_date = Some(d);
            }
            Long("summary") => o.summary = true,
            Long("context") => o.context = true,
            Long("mentions") => o.what = What::Mentions,
            Long("times") => o.what = What::Times,
            Short(c) => return Err(format!("{NAME}: unknown flag -{c} (see {NAME} --help)")),
            Long(other) => return Err(format!("{NAME}: unknown flag --{other} (see {NAME} --help)")),
        }
    }
    check(&o)?;
    Ok(Command::Run(o))
}

/// Flags that cannot go together.
/// The most threads `--threads` starts: four per core. More only cost memory and time (ten
/// thousand took a minute and a half on 300 documents).
pub(crate) fn max_threads() -> usize {
    4 * std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
}

/// Lowers `--threads` to [`max_threads`], with the warning to print, if it asks for more.
pub(crate) fn cap_threads(o: &mut Options) -> Option<String> {
    let n = o.threads?;
    let cap = max_threads();
    if n <= cap || !cfg!(feature = "parallel") {
        return None;
    }
    o.threads = Some(cap);
    Some(format!("{NAME}: --threads {n} is more than 4 per core ({} cores); running {cap} threads", cap / 4))
}

fn check(o: &Options) -> Result<(), String> {
    if o.what != What::Claims {
        let flag = if o.what == What::Mentions { "--mentions" } else { "--times" };
        if o.input == Input::Jsonl {
            return Err(format!("{NAME}: {flag} works on --input text only; --input jsonl extracts claims"));
        }
        if o.format == Format::Csv {
            return Err(format!("{NAME}: {flag} has no CSV form; use --format table or jsonl"));
        }
        if o.summary {
            return Err(format!("{NAME}: --summary counts claims and cannot be combined with {flag}"));
        }
        if o.context {
            return Err(format!("{NAME}: --context adds the sentences of claims and cannot be combined with {flag}"));
        }
    }
    if o.context && o.format == Format::Table {
        return Err(format!("{NAME}: --context adds a column to jsonl and csv output; use --format jsonl or csv"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, String> {
        parse_args(args.iter().map(OsString::from))
    }

    fn options(args: &[&str]) -> Options {
        match parse(args) {
            Ok(Command::Run(o)) => o,
            other => panic!("{args:?}: {other:?}"),
        }
    }

    #[test]
    fn flags_and_values() {
        let o = options(&["--format=csv", "--offsets", "char", "--context", "a.txt", "-", "--", "--odd"]);
        assert_eq!((o.format, o.offsets, o.context), (Format::Csv, Offsets::Char, true));
        assert_eq!(o.inputs, ["a.txt", "-", "--odd"]);
        assert!(matches!(parse(&["-h"]), Ok(Command::Help)));
        assert!(matches!(parse(&["x", "--version"]), Ok(Command::Version)));
    }

    #[test]
    fn one_line_errors_name_the_flag() {
        for (args, want) in [
            (&["--format"][..], "policy-claims: --format needs a value (see policy-claims --help)"),
            (&["--offsets", "utf16"], "policy-claims: --offsets: unknown offsets \"utf16\" (expected byte or char)"),
            (&["--bogus"], "policy-claims: unknown flag --bogus (see policy-claims --help)"),
            (&["-x"], "policy-claims: unknown flag -x (see policy-claims --help)"),
            (
                &["--summary=yes"],
                "policy-claims: unexpected argument for option '--summary': \"yes\" (see policy-claims --help)",
            ),
            (
                &["--context"],
                "policy-claims: --context adds a column to jsonl and csv output; use --format jsonl or csv",
            ),
        ] {
            assert_eq!(parse(args).unwrap_err(), want, "{args:?}");
        }
    }

    #[test]
    fn help_names_every_flag() {
        let help = help();
        for flag in
            ["--input", "--reference-date", "--format", "--offsets", "--context", "--mentions", "--times", "--summary"]
        {
            assert!(help.contains(flag), "{flag}");
        }
        assert!(help.contains("--threads") && help.contains("--version") && help.contains("Examples:"));
    }
}
