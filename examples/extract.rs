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
//! in input order and dropped, so memory stays bounded by one chunk. A malformed line (not JSON,
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

const SAMPLE: &str = include_str!("data/sample_readout.txt");

const USAGE: &str = "usage: extract [--input text|jsonl] [--format table|jsonl|csv] [--reference-date YYYY-MM-DD] \
                     [--mentions | --times] [--threads N] [--summary] [FILE|-]...";

/// Documents per chunk of JSON-lines input: read, extracted in parallel, written, dropped.
const CHUNK_DOCS: usize = 256;
/// A chunk is also cut once its lines reach this many bytes, whatever their number.
const CHUNK_BYTES: usize = 16 << 20;

/// The CSV columns, one row per claim. Spans are two columns each; empty fields are `None`.
const CSV_HEADER: &str = "source,id,text,start,end,kind,value,value_high,unit,counted,hedge,hedge_text,\
                          low,low_inclusive,high,high_inclusive,approximate,time_text,time_start,time_end,\
                          sentence_start,sentence_end";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Table,
    Jsonl,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Input {
    Text,
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
    input: Input,
    format: Format,
    what: What,
    reference_date: Option<NaiveDate>,
    /// Worker threads for JSON-lines input; `None` means all cores.
    threads: Option<usize>,
    summary: bool,
    inputs: Vec<String>,
}

/// Parses the command line; the error is the one line to print.
fn parse_args(args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut o = Options {
        input: Input::Text,
        format: Format::Table,
        what: What::Claims,
        reference_date: None,
        threads: None,
        summary: false,
        inputs: Vec::new(),
    };
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

/// Mentions or times of one text file (claims go through [`render_claims`]).
fn run_other(o: &Options, source: &str, text: &str, ex: &Extractor, out: &mut impl Write) -> io::Result<()> {
    match (o.what, o.format) {
        (What::Mentions, Format::Jsonl) => write_jsonl(out, source, &ex.mentions(text)),
        (What::Times, Format::Jsonl) => write_jsonl(out, source, &ex.times(text)),
        (What::Times, _) => {
            let rows: Vec<_> = ex.times(text).iter().map(time_row).collect();
            write_table(out, source, &["time", "dates", "granularity", "kind", "resolved_from"], &rows)
        }
        _ => {
            let rows: Vec<_> = ex.mentions(text).iter().map(mention_row).collect();
            write_table(out, source, &["figure", "kind", "value", "unit", "hedge"], &rows)
        }
    }
}

/// A claim with the file and the document id it came from, for JSON-lines input.
#[derive(Serialize)]
struct WithId<'a> {
    source: &'a str,
    id: &'a DocumentId,
    #[serde(flatten)]
    claim: &'a Claim,
}

/// `field` as one RFC 4180 CSV field: quoted when it holds a comma, quote, CR or LF, with inner
/// quotes doubled.
fn csv_field(field: &str) -> std::borrow::Cow<'_, str> {
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\"")).into()
    } else {
        field.into()
    }
}

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// One CSV row (with its CRLF) for `c`, in the order of [`CSV_HEADER`].
fn write_csv_row(out: &mut Vec<u8>, source: &str, id: &str, c: &Claim) {
    let time = c.time.as_ref();
    let fields = [
        source.to_string(),
        id.to_string(),
        c.text.clone(),
        c.span.start.to_string(),
        c.span.end.to_string(),
        snake(&c.kind),
        c.value.to_string(),
        opt(&c.value_high),
        opt(&c.unit),
        opt(&c.counted),
        snake(&c.hedge.kind),
        opt(&c.hedge.text),
        opt(&c.interval.low),
        c.interval.low_inclusive.to_string(),
        opt(&c.interval.high),
        c.interval.high_inclusive.to_string(),
        c.interval.approximate.to_string(),
        time.map(|t| t.text.clone()).unwrap_or_default(),
        opt(&time.and_then(|t| t.start)),
        opt(&time.and_then(|t| t.end)),
        c.sentence.start.to_string(),
        c.sentence.end.to_string(),
    ];
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(csv_field(f).as_bytes());
    }
    out.extend_from_slice(b"\r\n");
}

/// The output for the claims of one document, in `o.format`. `id` is `None` for a text file.
fn render_claims(o: &Options, source: &str, id: Option<&DocumentId>, claims: &[Claim]) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    match (o.format, id) {
        (Format::Jsonl, None) => write_jsonl(&mut out, source, claims)?,
        (Format::Jsonl, Some(id)) => {
            for claim in claims {
                serde_json::to_writer(&mut out, &WithId { source, id, claim })?;
                out.push(b'\n');
            }
        }
        (Format::Csv, _) => {
            let id = id.map_or_else(|| source.to_string(), ToString::to_string);
            claims.iter().for_each(|c| write_csv_row(&mut out, source, &id, c));
        }
        (Format::Table, _) => {
            let title = id.map_or_else(|| source.to_string(), |id| format!("{source} id {}", id_label(id)));
            let rows: Vec<_> = claims.iter().map(claim_row).collect();
            write_table(&mut out, &title, &["figure", "kind", "value", "unit", "hedge", "time", "counted"], &rows)?;
        }
    }
    Ok(out)
}

/// An id as JSON (`42`, `"a-1"`), so that one with a comma or a newline still reads as one.
fn id_label(id: &DocumentId) -> String {
    serde_json::to_string(id).unwrap_or_else(|_| id.to_string())
}

/// What the summary and the progress line need of one document.
#[derive(Debug, Default)]
struct DocStats {
    label: String,
    claims: usize,
    kinds: BTreeMap<String, usize>,
    hedges: BTreeMap<String, usize>,
}

impl DocStats {
    fn of(label: String, claims: &[Claim]) -> DocStats {
        let mut s = DocStats { label, claims: claims.len(), ..DocStats::default() };
        for c in claims {
            *s.kinds.entry(snake(&c.kind)).or_default() += 1;
            *s.hedges.entry(snake(&c.hedge.kind)).or_default() += 1;
        }
        s
    }
}

/// "count 3, money 2"
fn counts(m: &BTreeMap<String, usize>) -> String {
    m.iter().map(|(k, n)| format!("{k} {n}")).collect::<Vec<_>>().join(", ")
}

/// Totals over the run; fixed size, whatever the number of documents.
#[derive(Debug, Default)]
struct Summary {
    documents: usize,
    claims: usize,
    skipped: usize,
    kinds: BTreeMap<String, usize>,
    hedges: BTreeMap<String, usize>,
}

impl Summary {
    fn add(&mut self, s: &DocStats) {
        self.documents += 1;
        self.claims += s.claims;
        for (k, n) in &s.kinds {
            *self.kinds.entry(k.clone()).or_default() += n;
        }
        for (k, n) in &s.hedges {
            *self.hedges.entry(k.clone()).or_default() += n;
        }
    }

    fn document_line(s: &DocStats) -> String {
        match s.claims {
            0 => format!("summary: {}: 0 claims", s.label),
            n => format!("summary: {}: {n} claims ({})", s.label, counts(&s.kinds)),
        }
    }

    fn total_lines(&self) -> [String; 3] {
        [
            format!(
                "summary: total: {} documents, {} claims, {} input lines skipped",
                self.documents, self.claims, self.skipped
            ),
            format!("summary: by kind: {}", counts(&self.kinds)),
            format!("summary: by hedge: {}", counts(&self.hedges)),
        ]
    }
}

/// Standard error: error lines, summary lines (for jsonl and csv), and the progress line, which is
/// drawn only when standard error is a terminal and the run has lasted a second.
#[derive(Debug)]
struct Reporter {
    tty: bool,
    start: Instant,
    last: Option<Instant>,
    shown: bool,
    documents: usize,
    claims: usize,
    bytes: usize,
}

impl Reporter {
    fn new(tty: bool) -> Reporter {
        Reporter { tty, start: Instant::now(), last: None, shown: false, documents: 0, claims: 0, bytes: 0 }
    }

    /// One line on standard error, after what standard output has so far and without the
    /// progress line in the way.
    fn line(&mut self, out: &mut impl Write, msg: &str) {
        let _ = out.flush();
        if self.shown {
            eprint!("\r\x1b[2K");
            self.shown = false;
        }
        eprintln!("{msg}");
    }

    fn progress_text(&self) -> String {
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        format!(
            "extract: {} documents, {} claims, {:.1} MB/s",
            self.documents,
            self.claims,
            self.bytes as f64 / 1e6 / secs
        )
    }

    fn tick(&mut self) {
        let now = Instant::now();
        let due =
            self.last.map_or(now - self.start >= Duration::from_secs(1), |t| now - t >= Duration::from_millis(250));
        if self.tty && due {
            eprint!("\r\x1b[2K{}", self.progress_text());
            self.shown = true;
            self.last = Some(now);
        }
    }

    /// The final progress line, if progress was ever drawn.
    fn finish(&mut self) {
        if self.last.is_some() {
            eprintln!("\r\x1b[2K{}", self.progress_text());
        }
    }
}

/// Where the summary goes: standard output for tables, standard error otherwise.
fn summary_line(o: &Options, out: &mut impl Write, rep: &mut Reporter, line: &str) -> io::Result<()> {
    if o.format == Format::Table {
        writeln!(out, "{line}")
    } else {
        rep.line(out, line);
        Ok(())
    }
}

/// One non-blank line of JSON-lines input.
#[derive(Debug)]
struct Line {
    number: usize,
    bytes: Vec<u8>,
}

/// The fields of an input line, checked one by one so that the error can name the bad one.
#[derive(Deserialize)]
struct RawDocument {
    id: Option<DocumentId>,
    text: Option<String>,
    reference_date: Option<String>,
}

/// A serde_json error without its "at line 1 column N", which is always line 1 here.
fn json_error(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let msg = msg.rsplit_once(" at line ").map_or(msg.as_str(), |(m, _)| m);
    match e.classify() {
        serde_json::error::Category::Data => format!("{msg} (column {})", e.column()),
        _ => format!("not valid JSON: {msg} (column {})", e.column()),
    }
}

/// A document from one JSON line; the error says what is wrong with it.
fn parse_line(bytes: &[u8]) -> Result<Document, String> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
    let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Err("not a JSON object (expected {\"id\": ..., \"text\": ...})".to_string());
    }
    let raw: RawDocument = serde_json::from_slice(bytes).map_err(|e| json_error(&e))?;
    let id = raw.id.ok_or("missing \"id\"")?;
    let text = raw.text.ok_or("missing \"text\"")?;
    let doc = Document::new(id, text);
    match raw.reference_date {
        None => Ok(doc),
        Some(d) => NaiveDate::parse_from_str(&d, "%Y-%m-%d")
            .map(|date| doc.with_reference_date(date))
            .map_err(|_| format!("reference_date {d:?} is not a valid date of the form YYYY-MM-DD")),
    }
}

/// One line's result: its rendered output and stats, or the error line to print.
type Outcome = Result<(Vec<u8>, DocStats), String>;

/// Parses, extracts and renders one line of `label`.
fn process_line(o: &Options, ex: &Extractor, source: &str, label: &str, line: &Line) -> Outcome {
    let at = |e: String| format!("extract: {label}: line {}: {e}", line.number);
    let doc = parse_line(&line.bytes).map_err(at)?;
    let DocumentClaims { id, claims, .. } = ex.extract_document(&doc);
    let bytes = render_claims(o, source, Some(&id), &claims).map_err(|e| at(format!("rendering output: {e}")))?;
    Ok((bytes, DocStats::of(format!("{label} id {}", id_label(&id)), &claims)))
}

/// Runs a function over a chunk of lines: on the calling thread, or on a rayon pool.
#[derive(Debug)]
enum Workers {
    Serial,
    #[cfg(feature = "parallel")]
    Pool(rayon::ThreadPool),
}

impl Workers {
    fn new(threads: Option<usize>) -> Workers {
        let n = threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
        if n <= 1 {
            return Workers::Serial;
        }
        #[cfg(feature = "parallel")]
        match rayon::ThreadPoolBuilder::new().num_threads(n).build() {
            Ok(pool) => Workers::Pool(pool),
            Err(e) => {
                eprintln!("extract: --threads {n}: cannot start threads ({e}); running on one thread");
                Workers::Serial
            }
        }
        #[cfg(not(feature = "parallel"))]
        {
            if threads.is_some() {
                eprintln!("extract: built without the `parallel` feature; --threads {n} runs on one thread");
            }
            Workers::Serial
        }
    }

    /// Compiles the extractor's rules on the pool's threads at once, before the first chunk
    /// (on one thread they compile on first use, at the same cost).
    fn prepare(&self, ex: &Extractor) {
        #[cfg(feature = "parallel")]
        if let Workers::Pool(pool) = self {
            pool.install(|| ex.prepare());
        }
        let _ = ex;
    }

    /// `f` over `items`, results in input order.
    fn map<T: Sync, R: Send>(&self, items: &[T], f: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
        match self {
            Workers::Serial => items.iter().map(f).collect(),
            #[cfg(feature = "parallel")]
            Workers::Pool(pool) => {
                use rayon::prelude::*;
                pool.install(|| items.par_iter().map(f).collect())
            }
        }
    }
}

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
        self.rep.documents += 1;
        self.rep.claims += stats.claims;
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
            self.emit(&bytes, &DocStats::of(source.to_string(), &claims), text.len())?;
        }
        Ok(())
    }

    /// Every JSON-lines input, streamed in chunks (`--input jsonl`).
    fn jsonl_files(&mut self, workers: &Workers) -> io::Result<()> {
        let inputs: Vec<String> = if self.o.inputs.is_empty() { vec!["-".to_string()] } else { self.o.inputs.clone() };
        for name in &inputs {
            let label = if name == "-" { "standard input" } else { name.as_str() };
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

    fn jsonl_stream(
        &mut self,
        mut reader: impl BufRead,
        source: &str,
        label: &str,
        workers: &Workers,
    ) -> io::Result<()> {
        let mut chunk: Vec<Line> = Vec::with_capacity(CHUNK_DOCS);
        let mut chunk_bytes = 0;
        let mut number = 0;
        loop {
            let mut bytes = Vec::new();
            match reader.read_until(b'\n', &mut bytes) {
                Ok(0) => break,
                Ok(_) => {
                    number += 1;
                    if bytes.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    chunk_bytes += bytes.len();
                    chunk.push(Line { number, bytes });
                    if chunk.len() >= CHUNK_DOCS || chunk_bytes >= CHUNK_BYTES {
                        self.chunk(&chunk, source, label, workers)?;
                        chunk.clear();
                        chunk_bytes = 0;
                    }
                }
                Err(e) => {
                    self.fail(&format!("extract: {label}: line {}: {e}; the rest of it is not read", number + 1));
                    break;
                }
            }
        }
        self.chunk(&chunk, source, label, workers)
    }

    /// Extracts a chunk in parallel and writes it in input order.
    fn chunk(&mut self, chunk: &[Line], source: &str, label: &str, workers: &Workers) -> io::Result<()> {
        let (o, ex) = (self.o, self.ex);
        let outcomes: Vec<Outcome> = workers.map(chunk, |line| process_line(o, ex, source, label, line));
        for (line, outcome) in chunk.iter().zip(outcomes) {
            match outcome {
                Ok((bytes, stats)) => self.emit(&bytes, &stats, line.bytes.len())?,
                Err(msg) => {
                    self.summary.skipped += 1;
                    self.fail(&msg);
                }
            }
        }
        self.rep.tick();
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
                let workers = Workers::new(o.threads);
                workers.prepare(&ex);
                run.jsonl_files(&workers)?
            }
        }
        if o.summary {
            for line in run.summary.total_lines() {
                summary_line(&o, &mut run.out, &mut run.rep, &line)?;
            }
        }
        run.out.flush()
    })();
    run.rep.finish();
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
