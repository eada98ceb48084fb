//! Input: text files, and JSON-lines documents read in chunks and run on a worker pool.

use super::*;

/// Documents per chunk of JSON-lines input: read, extracted in parallel, written, dropped.
pub(crate) const CHUNK_DOCS: usize = 256;
/// A chunk is also cut once its lines reach this many bytes, whatever their number.
pub(crate) const CHUNK_BYTES: usize = 16 << 20;

/// How messages name input `name`: "standard input" for `-`.
pub(crate) fn input_label(name: &str) -> &str {
    if name == "-" {
        "standard input"
    } else {
        name
    }
}

/// Reads one input: a file, or standard input for `-`. The error names it.
pub(crate) fn read_input(name: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let res = if name == "-" {
        io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(name).and_then(|mut f| f.read_to_end(&mut bytes)).map(|_| ())
    };
    let label = input_label(name);
    res.map_err(|e| format!("extract: {label}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!("extract: {label}: not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to())
    })
}

/// One non-blank line of JSON-lines input.
#[derive(Debug)]
pub(crate) struct Line {
    pub(crate) number: usize,
    pub(crate) bytes: Vec<u8>,
}

/// The next chunk of non-blank lines: [`CHUNK_DOCS`] of them or [`CHUNK_BYTES`], or fewer at
/// the end of the input (none: the input is done). A read error ends the input; its message
/// comes back with the lines read before it, to be reported after the output before them.
pub(crate) fn read_chunk(
    reader: &mut impl BufRead,
    label: &str,
    number: &mut Option<usize>,
) -> (Vec<Line>, Option<String>) {
    let mut chunk: Vec<Line> = Vec::with_capacity(CHUNK_DOCS);
    let mut chunk_bytes = 0;
    let mut error = None;
    // `number` is the last line read, or `None` once the input has ended.
    while let Some(n) = number.as_mut().filter(|_| chunk.len() < CHUNK_DOCS && chunk_bytes < CHUNK_BYTES) {
        let mut bytes = Vec::new();
        match reader.read_until(b'\n', &mut bytes) {
            Ok(0) => *number = None,
            Ok(_) => {
                *n += 1;
                if bytes.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                chunk_bytes += bytes.len();
                chunk.push(Line { number: *n, bytes });
            }
            Err(e) => {
                error = Some(format!("extract: {label}: line {}: {e}; the rest of it is not read", *n + 1));
                *number = None;
            }
        }
    }
    (chunk, error)
}

/// The fields of an input line, checked one by one so that the error can name the bad one.
#[derive(Deserialize)]
pub(crate) struct RawDocument {
    pub(crate) id: Option<DocumentId>,
    pub(crate) text: Option<String>,
    pub(crate) reference_date: Option<String>,
}

/// A serde_json error without its "at line 1 column N", which is always line 1 here.
pub(crate) fn json_error(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let msg = msg.rsplit_once(" at line ").map_or(msg.as_str(), |(m, _)| m);
    match e.classify() {
        serde_json::error::Category::Data => format!("{msg} (column {})", e.column()),
        _ => format!("not valid JSON: {msg} (column {})", e.column()),
    }
}

/// A document from one JSON line; the error says what is wrong with it.
pub(crate) fn parse_line(bytes: &[u8]) -> Result<Document, String> {
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
pub(crate) type Outcome = Result<(Vec<u8>, DocStats), String>;

/// Parses, extracts and renders one line of `label`.
pub(crate) fn process_line(o: &Options, ex: &Extractor, source: &str, label: &str, line: &Line) -> Outcome {
    let at = |e: String| format!("extract: {label}: line {}: {e}", line.number);
    let doc = parse_line(&line.bytes).map_err(at)?;
    let DocumentClaims { id, claims, .. } = ex.extract_document(&doc);
    let bytes = render_claims(o, source, Some(&id), &claims).map_err(|e| at(format!("rendering output: {e}")))?;
    let stats_label = o.summary.then(|| format!("{label} id {}", id_label(&id)));
    Ok((bytes, DocStats::of(stats_label, &claims)))
}

/// Runs a function over a chunk of lines: on the calling thread, or on a rayon pool.
#[derive(Debug)]
pub(crate) enum Workers {
    Serial,
    #[cfg(feature = "parallel")]
    Pool(rayon::ThreadPool),
}

impl Workers {
    pub(crate) fn new(threads: Option<usize>) -> Workers {
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

    /// Whether work runs on a pool of threads (else on the calling thread).
    pub(crate) fn is_parallel(&self) -> bool {
        !matches!(self, Workers::Serial)
    }

    /// `f` over `items`, results in input order.
    pub(crate) fn map<T: Sync, R: Send>(&self, items: &[T], f: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
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
