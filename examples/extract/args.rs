//! The command line: flags, their values, and the one-line errors for bad ones.

use super::*;

pub(crate) const USAGE: &str =
    "usage: extract [--input text|jsonl] [--format table|jsonl|csv] [--reference-date YYYY-MM-DD] \
                     [--mentions | --times] [--threads N] [--summary] [FILE|-]...";

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

#[derive(Debug)]
pub(crate) struct Options {
    pub(crate) input: Input,
    pub(crate) format: Format,
    pub(crate) what: What,
    pub(crate) reference_date: Option<NaiveDate>,
    /// Worker threads for JSON-lines input; `None` means all cores.
    pub(crate) threads: Option<usize>,
    pub(crate) summary: bool,
    pub(crate) inputs: Vec<String>,
}

/// Parses the command line; the error is the one line to print.
pub(crate) fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut o = Options {
        input: Input::Text,
        format: Format::Table,
        what: What::Claims,
        reference_date: None,
        threads: None,
        summary: false,
        inputs: Vec::new(),
    };
    let mut only_files = false;
    while let Some(a) = args.next() {
        if only_files || a == "-" || !a.starts_with('-') {
            o.inputs.push(a);
            continue;
        }
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) => (f.to_string(), Some(v.to_string())),
            None => (a.clone(), None),
        };
        let mut value = |name: &str| {
            inline.clone().or_else(|| args.next()).ok_or_else(|| format!("extract: {name} needs a value\n{USAGE}"))
        };
        match flag.as_str() {
            "--" => only_files = true,
            "--format" => {
                o.format = match value("--format")?.as_str() {
                    "table" => Format::Table,
                    "jsonl" | "json" => Format::Jsonl,
                    "csv" => Format::Csv,
                    other => {
                        return Err(format!(
                            "extract: --format: unknown format {other:?} (expected table, jsonl or csv)"
                        ))
                    }
                }
            }
            "--input" => {
                o.input = match value("--input")?.as_str() {
                    "text" => Input::Text,
                    "jsonl" => Input::Jsonl,
                    other => return Err(format!("extract: --input: unknown input {other:?} (expected text or jsonl)")),
                }
            }
            "--threads" => {
                let v = value("--threads")?;
                match v.parse::<usize>() {
                    Ok(n) if n > 0 => o.threads = Some(n),
                    _ => return Err(format!("extract: --threads: {v:?} is not a whole number of threads, 1 or more")),
                }
            }
            "--summary" => o.summary = true,
            "--reference-date" => {
                let v = value("--reference-date")?;
                let d = NaiveDate::parse_from_str(&v, "%Y-%m-%d")
                    .map_err(|_| format!("extract: --reference-date: {v:?} is not a date of the form YYYY-MM-DD"))?;
                o.reference_date = Some(d);
            }
            "--mentions" => o.what = What::Mentions,
            "--times" => o.what = What::Times,
            "-h" | "--help" => return Err(USAGE.to_string()),
            other => return Err(format!("extract: unknown flag {other}\n{USAGE}")),
        }
    }
    if o.what != What::Claims {
        let flag = if o.what == What::Mentions { "--mentions" } else { "--times" };
        if o.input == Input::Jsonl {
            return Err(format!("extract: {flag} works on --input text only; --input jsonl extracts claims"));
        }
        if o.format == Format::Csv {
            return Err(format!("extract: {flag} has no CSV form; use --format table or jsonl"));
        }
        if o.summary {
            return Err(format!("extract: --summary counts claims and cannot be combined with {flag}"));
        }
    }
    Ok(o)
}
