//! Extracts quantitative claims from text files or JSON-lines archives and prints them as a
//! table, JSON lines or CSV.
//!
//! ```text
//! cargo run --release --example extract -- [--input text|jsonl] [--format table|jsonl|csv]
//!     [--reference-date YYYY-MM-DD] [--mentions | --times] [--threads N] [--summary] [FILE|-]...
//! ```
//!
//! `--input text` (the default) reads each FILE as one document; with no FILE it runs on a
//! built-in sample readout, and `-` reads standard input. A missing or non-UTF-8 file gets one
//! line on standard error naming it, the other files are still processed, and the exit code is 2.
//!
//! `--input jsonl` reads documents as JSON lines, `{"id": "a-1" or 7, "text": "...",
//! "reference_date": "YYYY-MM-DD"}` (`reference_date` optional), from each FILE, or from standard
//! input with no FILE or `-`. It streams: documents are read in chunks of 256, extracted in
//! parallel on `--threads N` threads (default: all cores; 1 runs on the calling thread), written
//! in input order and dropped; the next chunk is read, and the previous one written, while one is
//! extracted, so memory stays bounded by two chunks. A malformed line (not JSON,
//! no `id` or `text`, a bad date) gets one line on standard error naming the file and line
//! number and is skipped; every other document still comes out, and the exit code is 2 at the
//! end. Blank lines are ignored. On a terminal, standard error shows progress (documents,
//! claims, MB/s) during long runs.
//!
//! Output: `--format jsonl` writes one JSON object per claim with `"source"` (the file) and, for
//! JSON-lines input, `"id"`; `--format csv` writes a header and one RFC 4180 row per claim
//! (columns in [`CSV_HEADER`]; for text input the id is the file name).
//!
//! `--summary` adds a line per document (claims by kind) and totals by kind and hedge. It goes
//! to standard output after the tables for `--format table`, and to standard error for `jsonl`
//! and `csv`, so that standard output stays machine-readable.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use policy_claims::{Claim, Document, DocumentClaims, DocumentId, Extractor, Mention, TimeRef};
use serde::{Deserialize, Serialize};

mod args;
mod input;
mod render;
mod report;

use args::*;
use input::*;
use render::*;
use report::*;

const SAMPLE: &str = include_str!("../data/sample_readout.txt");

/// Mutable state of a run: the writer, standard error, the totals, whether anything failed.
struct Run<'a, W: Write> {
    o: &'a Options,
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
            summary_line(self.o, &mut self.out, &mut self.rep, &Summary::document_line(stats))?;
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
        let inputs: Vec<String> = if self.o.inputs.is_empty() { vec![String::new()] } else { self.o.inputs.clone() };
        for name in &inputs {
            let (source, text) = if name.is_empty() {
                ("sample", SAMPLE.to_string())
            } else {
                match read_input(name) {
                    Ok(t) => (name.as_str(), t),
                    Err(msg) => {
                        self.fail(&msg);
                        continue;
                    }
                }
            };
            if self.o.what != What::Claims {
                run_other(self.o, source, &text, self.ex, &mut self.out)?;
                continue;
            }
            let claims = self.ex.claims(&text);
            let bytes = render_claims(self.o, source, None, &claims)?;
            let label = self.o.summary.then(|| source.to_string());
            self.emit(&bytes, &DocStats::of(label, &claims), text.len())?;
        }
        Ok(())
    }

    /// Every JSON-lines input, streamed in chunks (`--input jsonl`).
    fn jsonl_files(&mut self, workers: &Workers) -> io::Result<()> {
        let inputs: Vec<String> = if self.o.inputs.is_empty() { vec!["-".to_string()] } else { self.o.inputs.clone() };
        for name in &inputs {
            let label = input_label(name);
            let reader: Box<dyn BufRead> = if name == "-" {
                Box::new(io::stdin().lock())
            } else {
                match File::open(name) {
                    Ok(f) => Box::new(BufReader::with_capacity(1 << 16, f)),
                    Err(e) => {
                        self.fail(&format!("extract: {label}: {e}"));
                        continue;
                    }
                }
            };
            self.jsonl_stream(reader, name, label, workers)?;
        }
        Ok(())
    }

    /// Reads `reader` chunk by chunk. On a pool, a chunk is extracted on a helper thread while
    /// this one reads the next chunk and writes the previous one's output, so the workers seldom
    /// wait for input or output; at most two chunks are in memory.
    fn jsonl_stream(
        &mut self,
        mut reader: impl BufRead,
        source: &str,
        label: &str,
        workers: &Workers,
    ) -> io::Result<()> {
        let mut number = Some(0);
        let (o, ex) = (self.o, self.ex);
        let extract = |chunk: Vec<Line>| {
            let outcomes = workers.map(&chunk, |line| process_line(o, ex, source, label, line));
            (chunk, outcomes)
        };
        if !workers.is_parallel() {
            loop {
                let (chunk, error) = read_chunk(&mut reader, label, &mut number);
                if let Some(msg) = error {
                    self.fail(&msg);
                }
                if chunk.is_empty() {
                    return Ok(());
                }
                let (chunk, outcomes) = extract(chunk);
                self.write_chunk(&chunk, outcomes)?;
            }
        }
        std::thread::scope(|scope| {
            let mut in_flight: Option<std::thread::ScopedJoinHandle<'_, (Vec<Line>, Vec<Outcome>)>> = None;
            loop {
                let (next, error) = read_chunk(&mut reader, label, &mut number);
                let done = in_flight.take().map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
                if !next.is_empty() {
                    in_flight = Some(scope.spawn(|| extract(next)));
                }
                if let Some((chunk, outcomes)) = done {
                    self.write_chunk(&chunk, outcomes)?;
                }
                if let Some(msg) = error {
                    self.fail(&msg);
                }
                if in_flight.is_none() {
                    return Ok(());
                }
            }
        })
    }

    /// Writes a chunk's outcomes in input order, and accounts for them.
    fn write_chunk(&mut self, chunk: &[Line], outcomes: Vec<Outcome>) -> io::Result<()> {
        for (line, outcome) in chunk.iter().zip(outcomes) {
            match outcome {
                Ok((bytes, stats)) => self.emit(&bytes, &stats, line.bytes.len())?,
                Err(msg) => {
                    self.summary.skipped += 1;
                    self.fail(&msg);
                }
            }
        }
        self.rep.tick(&self.summary);
        Ok(())
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
    let out = BufWriter::new(stdout.lock());
    let mut run = Run {
        o: &o,
        ex: &ex,
        out,
        rep: Reporter::new(io::stderr().is_terminal()),
        summary: Summary::default(),
        failed: false,
    };
    let result = (|| {
        if o.format == Format::Csv {
            run.out.write_all(CSV_HEADER.as_bytes())?;
            run.out.write_all(b"\r\n")?;
        }
        match o.input {
            Input::Text => run.text_files()?,
            Input::Jsonl => {
                // Loaded once per process: load it before the first chunk waits on it.
                ex.prepare();
                run.jsonl_files(&Workers::new(o.threads))?
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
            eprintln!("extract: writing output: {e}");
            ExitCode::from(1)
        }
    }
}
