//! Extracts quantitative claims from text files and prints them as a table or as JSON lines.
//!
//! ```text
//! cargo run --release --example extract -- [--format table|jsonl] [--reference-date YYYY-MM-DD]
//!                                          [--mentions | --times] [FILE|-]...
//! ```
//!
//! With no FILE it runs on a built-in sample readout; `-` reads standard input. A missing or
//! non-UTF-8 file gets one line on standard error naming it, the other files are still
//! processed, and the exit code is 2.

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use chrono::NaiveDate;
use policy_claims::{Claim, Extractor, Mention, TimeRef};
use serde::Serialize;

const SAMPLE: &str = include_str!("data/sample_readout.txt");

const USAGE: &str =
    "usage: extract [--format table|jsonl] [--reference-date YYYY-MM-DD] [--mentions | --times] [FILE|-]...";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Table,
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum What {
    Claims,
    Mentions,
    Times,
}

#[derive(Debug)]
struct Options {
    format: Format,
    what: What,
    reference_date: Option<NaiveDate>,
    inputs: Vec<String>,
}

/// Parses the command line; the error is the one line to print.
fn parse_args(args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut o = Options { format: Format::Table, what: What::Claims, reference_date: None, inputs: Vec::new() };
    let mut args = args.peekable();
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
                    other => {
                        return Err(format!("extract: --format: unknown format {other:?} (expected table or jsonl)"))
                    }
                }
            }
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
    Ok(o)
}

/// Reads one input: a file, or standard input for `-`. The error names it.
fn read_input(name: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let res = if name == "-" {
        io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(name).and_then(|mut f| f.read_to_end(&mut bytes)).map(|_| ())
    };
    let label = if name == "-" { "standard input" } else { name };
    res.map_err(|e| format!("extract: {label}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!("extract: {label}: not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to())
    })
}

#[derive(Serialize)]
struct Sourced<'a, T> {
    source: &'a str,
    #[serde(flatten)]
    item: &'a T,
}

fn write_jsonl<T: Serialize>(out: &mut impl Write, source: &str, items: &[T]) -> io::Result<()> {
    for item in items {
        serde_json::to_writer(&mut *out, &Sourced { source, item })?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

fn time_label(t: &Option<TimeRef>) -> String {
    match t {
        Some(t) => match (t.start, t.end) {
            (Some(s), Some(e)) if s == e => format!("{s}"),
            (Some(s), Some(e)) => format!("{s}..{e}"),
            (None, Some(e)) => format!("..{e}"),
            _ => t.text.clone(),
        },
        None => String::new(),
    }
}

fn snake<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

fn claim_row(c: &Claim) -> Vec<String> {
    let value = match c.value_high {
        Some(h) => format!("{}..{}", c.value, h),
        None => c.value.to_string(),
    };
    let hedge = match &c.hedge.text {
        Some(t) => format!("{} ({t})", snake(&c.hedge.kind)),
        None => snake(&c.hedge.kind),
    };
    vec![
        c.text.replace('\n', " "),
        snake(&c.kind),
        value,
        c.unit.clone().unwrap_or_default(),
        hedge,
        time_label(&c.time),
        c.counted.clone().unwrap_or_default().replace('\n', " "),
    ]
}

fn mention_row(m: &Mention) -> Vec<String> {
    let value = match m.value_high {
        Some(h) => format!("{}..{}", m.value, h),
        None => m.value.to_string(),
    };
    vec![m.text.replace('\n', " "), snake(&m.kind), value, m.unit.clone().unwrap_or_default(), snake(&m.hedge.kind)]
}

fn time_row(t: &TimeRef) -> Vec<String> {
    let dates = match (t.start, t.end) {
        (Some(s), Some(e)) => format!("{s}..{e}"),
        (None, Some(e)) => format!("..{e}"),
        (Some(s), None) => format!("{s}.."),
        (None, None) => String::new(),
    };
    vec![t.text.replace('\n', " "), dates, snake(&t.granularity), snake(&t.kind), snake(&t.resolved_from)]
}

fn write_table(out: &mut impl Write, source: &str, header: &[&str], rows: &[Vec<String>]) -> io::Result<()> {
    writeln!(out, "== {source}: {} found", rows.len())?;
    if rows.is_empty() {
        return Ok(());
    }
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (w, cell) in widths.iter_mut().zip(r) {
            *w = (*w).max(cell.chars().count().min(48));
        }
    }
    let line = |cells: &mut dyn Iterator<Item = &str>| {
        let mut s = String::new();
        for (cell, w) in cells.zip(&widths) {
            let cell: String = cell.chars().take(48).collect();
            s += &format!("{cell:<w$}  ", w = *w);
        }
        s.trim_end().to_string()
    };
    writeln!(out, "{}", line(&mut header.iter().copied()))?;
    for r in rows {
        writeln!(out, "{}", line(&mut r.iter().map(String::as_str)))?;
    }
    writeln!(out)
}

fn run(o: &Options, source: &str, text: &str, ex: &Extractor, out: &mut impl Write) -> io::Result<()> {
    match (o.what, o.format) {
        (What::Claims, Format::Jsonl) => write_jsonl(out, source, &ex.claims(text)),
        (What::Mentions, Format::Jsonl) => write_jsonl(out, source, &ex.mentions(text)),
        (What::Times, Format::Jsonl) => write_jsonl(out, source, &ex.times(text)),
        (What::Claims, Format::Table) => {
            let rows: Vec<_> = ex.claims(text).iter().map(claim_row).collect();
            write_table(out, source, &["figure", "kind", "value", "unit", "hedge", "time", "counted"], &rows)
        }
        (What::Mentions, Format::Table) => {
            let rows: Vec<_> = ex.mentions(text).iter().map(mention_row).collect();
            write_table(out, source, &["figure", "kind", "value", "unit", "hedge"], &rows)
        }
        (What::Times, Format::Table) => {
            let rows: Vec<_> = ex.times(text).iter().map(time_row).collect();
            write_table(out, source, &["time", "dates", "granularity", "kind", "resolved_from"], &rows)
        }
    }
}

fn main() -> ExitCode {
    let o = match parse_args(std::env::args().skip(1)) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    let mut builder = Extractor::builder();
    if let Some(d) = o.reference_date {
        builder = builder.reference_date(d);
    }
    let ex = builder.build();
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = false;
    let inputs: Vec<String> = if o.inputs.is_empty() { vec![String::new()] } else { o.inputs.clone() };
    for name in &inputs {
        let (source, text) = if name.is_empty() {
            ("sample", SAMPLE.to_string())
        } else {
            match read_input(name) {
                Ok(t) => (name.as_str(), t),
                Err(msg) => {
                    let _ = out.flush();
                    eprintln!("{msg}");
                    failed = true;
                    continue;
                }
            }
        };
        if let Err(e) = run(&o, source, &text, &ex, &mut out) {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("extract: writing output: {e}");
            return ExitCode::from(1);
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(1);
    }
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}
