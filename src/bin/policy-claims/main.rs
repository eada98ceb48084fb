//! `policy-claims`: extracts the quantitative claims of text files or JSON-lines archives and
//! prints them as a table, JSON lines or CSV. `policy-claims --help` lists the flags; the
//! `extract` example (`cargo run --release --example extract -- --help`) is the same program.
//!
//! `--input text` (the default) reads each FILE as one document; with no FILE it runs on a
//! built-in sample readout, and `-` reads standard input. A missing or non-UTF-8 file gets one
//! line on standard error naming it, the other files are still processed, and the exit code is 2.
//!
//! `--input jsonl` reads documents as JSON lines, `{"id": "a-1" or 7, "text": "...",
//! "reference_date": "YYYY-MM-DD"}` (`reference_date` optional), from each FILE, or from standard
//! input with no FILE or `-`. It streams through the library's [`Extractor::stream_map`]: lines
//! are read in chunks of 256, parsed, extracted and rendered in parallel on `--threads N` threads
//! (default: all cores; 1 runs on the calling thread), written in input order and dropped, so
//! memory stays bounded by two chunks. A malformed line (not JSON, no `id` or `text`, a bad date)
//! gets one line on standard error naming the file and line number, in its place among the
//! output, and is skipped; every other document still comes out, and the exit code is 2 at the
//! end. Blank lines are ignored. On a terminal, standard error shows progress (documents,
//! claims, MB/s) during long runs.
//!
//! Output: `--format jsonl` writes one JSON object per claim with `"source"` (the file) and, for
//! JSON-lines input, `"id"`; `--format csv` writes a header and one RFC 4180 row per claim
//! (columns in [`CSV_HEADER`]; for text input the id is the file name). `--offsets char` counts
//! spans in characters (Python's `str` offsets) instead of bytes; `--context` adds each claim's
//! sentence as `sentence_text`.
//!
//! `--summary` adds a line per document (claims by kind) and totals by kind and hedge. It goes
//! to standard output after the tables for `--format table`, and to standard error for `jsonl`
//! and `csv`, so that standard output stays machine-readable.

use std::collections::BTreeMap;
use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use policy_claims::{CharOffsets, Claim, Document, DocumentClaims, DocumentId, Extractor, Mention, TimeRef};
use serde::{Deserialize, Serialize};

mod args;
mod closed;
mod input;
mod render;
mod report;

use args::*;
use input::*;
use render::*;
use report::*;

const SAMPLE: &str = include_str!("../../../examples/data/sample_readout.txt");

/// Mutable state of a run: the writer, standard error, the totals, whether anything failed.
struct Run<'a, W: Write> {
    o: Arc<Options>,
    ex: &'a Extractor,
    out: W,
    rep: Reporter,
    summary: Summary,
    failed: bool,
}

impl<W: Write> Run<'_, W> {
    /// Writes one document's output and accounts for it.
    fn emit(&mut self, bytes: &[u8], stats: &DocStats, input_bytes: usize) -> io::Result<()> {
        self.out.write_all(bytes)?;
        self.summary.add(stats);
        if self.o.summary {
            summary_line(&self.o, &mut self.out, &mut self.rep, &Summary::document_line(stats))?;
        }
        self.rep.bytes += input_bytes;
        Ok(())
    }

    fn fail(&mut self, msg: &str) {
        self.failed = true;
        self.rep.line(&mut self.out, msg);
    }

    /// Every text file as one document (`--input text`).
    fn text_files(&mut self) -> io::Result<()> {
        let inputs: Vec<Option<OsString>> =
            if self.o.inputs.is_empty() { vec![None] } else { self.o.inputs.iter().cloned().map(Some).collect() };
        for name in &inputs {
            let (source, text) = match name {
                None => ("sample".to_string(), SAMPLE.to_string()),
                Some(name) => match read_input(name) {
                    Ok(t) => (name.to_string_lossy().into_owned(), t),
                    Err(msg) => {
                        self.fail(&msg);
                        continue;
                    }
                },
            };
            if self.o.what != What::Claims {
                run_other(&self.o, &source, &text, self.ex, &mut self.out)?;
                continue;
            }
            let claims = self.ex.claims(&text);
            let label = self.o.summary.then(|| source.clone());
            let stats = DocStats::of(label, &claims);
            let bytes = render_claims(&self.o, &source, None, claims, &text)?;
            self.emit(&bytes, &stats, text.len())?;
        }
        Ok(())
    }

    /// Every JSON-lines input, streamed in chunks (`--input jsonl`).
    fn jsonl_files(&mut self) -> io::Result<()> {
        let inputs = if self.o.inputs.is_empty() { vec![OsString::from("-")] } else { self.o.inputs.clone() };
        for name in &inputs {
            let source = name.to_string_lossy().into_owned();
            let label = input_label(&source).to_string();
            let reader: Box<dyn BufRead> = if name == "-" {
                Box::new(io::stdin().lock())
            } else {
                match File::open(name) {
                    Ok(f) => Box::new(BufReader::with_capacity(1 << 16, f)),
                    Err(e) => {
                        self.fail(&format!("{NAME}: {label}: {e}"));
                        continue;
                    }
                }
            };
            self.jsonl_stream(reader, source, label)?;
        }
        Ok(())
    }

    /// Streams the lines of `reader` through [`Extractor::stream_map`]: parsed, extracted and
    /// rendered in parallel chunks, written here in input order, errors in their place.
    fn jsonl_stream(&mut self, reader: Box<dyn BufRead>, source: String, label: String) -> io::Result<()> {
        let lines = Lines::new(reader, label.clone());
        let o = Arc::clone(&self.o);
        let mut stream = self
            .ex
            .stream_map(lines, move |ex, line| process_line(&o, ex, &source, &label, line))
            .chunk_size(CHUNK_DOCS)
            .chunk_bytes(CHUNK_BYTES)
            .weigh(|line| line.as_ref().map_or(0, |l| l.bytes.len()));
        if let Some(n) = self.o.threads {
            stream = stream.threads(n);
        }
        for outcome in stream {
            match outcome {
                Outcome::Document { bytes, stats, input_bytes } => self.emit(&bytes, &stats, input_bytes)?,
                Outcome::Skipped(msg) => {
                    self.summary.skipped += 1;
                    self.fail(&msg);
                }
                Outcome::ReadError(msg) => self.fail(&msg),
            }
            self.rep.tick(&self.summary);
        }
        Ok(())
    }
}

/// The program: `main` of the `policy-claims` binary and of the `extract` example.
pub(crate) fn main() -> ExitCode {
    let o = match parse_args(std::env::args_os().skip(1)) {
        Ok(Command::Run(mut o)) => {
            if let Some(warning) = cap_threads(&mut o) {
                eprintln!("{warning}");
            }
            Arc::new(o)
        }
        Ok(Command::Help) => return print_and_exit(&help()),
        Ok(Command::Version) => return print_and_exit(&format!("{NAME} {}\n", env!("CARGO_PKG_VERSION"))),
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    // A closed standard output (`>&-`) is an error, as a full one is.
    if closed::stdout_was_closed() {
        eprintln!("{NAME}: writing output: standard output is closed");
        return ExitCode::from(1);
    }
    if !cfg!(feature = "parallel") {
        if let Some(n) = o.threads.filter(|&n| n > 1) {
            eprintln!("{NAME}: built without the `parallel` feature; --threads {n} runs on one thread");
        }
    }
    let mut builder = Extractor::builder();
    if let Some(d) = o.reference_date {
        builder = builder.reference_date(d);
    }
    let ex = builder.build();
    let stdout = io::stdout();
    let out = BufWriter::new(stdout.lock());
    let mut run = Run {
        o: Arc::clone(&o),
        ex: &ex,
        out,
        rep: Reporter::new(io::stderr().is_terminal()),
        summary: Summary::default(),
        failed: false,
    };
    let result = (|| {
        if o.format == Format::Csv {
            run.out.write_all(csv_header(&o).as_bytes())?;
            run.out.write_all(b"\r\n")?;
        }
        match o.input {
            Input::Text => run.text_files()?,
            Input::Jsonl => {
                // Loaded once per process: load it before the first chunk waits on it.
                ex.prepare();
                run.jsonl_files()?
            }
        }
        if o.summary {
            for line in run.summary.total_lines() {
                summary_line(&o, &mut run.out, &mut run.rep, &line)?;
            }
        }
        run.out.flush()
    })();
    run.rep.finish(&run.summary);
    match result {
        Ok(()) if run.failed => ExitCode::from(2),
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{NAME}: writing output: {e}");
            ExitCode::from(1)
        }
    }
}

/// Writes `text` to standard output (`--help`, `--version`); a closed pipe is no error.
fn print_and_exit(text: &str) -> ExitCode {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("{NAME}: writing output: {e}");
            ExitCode::from(1)
        }
        _ => ExitCode::SUCCESS,
    }
}
