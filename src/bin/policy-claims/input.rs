//! Input: text files, and JSON-lines documents, numbered and parsed line by line.

use super::*;

/// Documents per chunk of JSON-lines input: read, extracted in parallel, written, dropped.
pub(crate) const CHUNK_DOCS: usize = policy_claims::DEFAULT_CHUNK_SIZE;
/// A chunk is also cut once its lines reach this many bytes, whatever their number.
pub(crate) const CHUNK_BYTES: usize = policy_claims::DEFAULT_CHUNK_BYTES;

/// How messages name input `name`: "standard input" for `-`.
pub(crate) fn input_label(name: &str) -> &str {
    if name == "-" {
        "standard input"
    } else {
        name
    }
}

/// Reads one input: a file, or standard input for `-`. The error names it.
pub(crate) fn read_input(name: &OsStr) -> Result<String, String> {
    let mut bytes = Vec::new();
    let res = if name == "-" {
        io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(name).and_then(|mut f| f.read_to_end(&mut bytes)).map(|_| ())
    };
    let name = name.to_string_lossy();
    let label = input_label(&name);
    res.map_err(|e| format!("{NAME}: {label}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!("{NAME}: {label}: not UTF-8 text (invalid byte at offset {})", e.utf8_error().valid_up_to())
    })
}

/// One non-blank line of JSON-lines input.
#[derive(Debug)]
pub(crate) struct Line {
    pub(crate) number: usize,
    pub(crate) bytes: Vec<u8>,
}

/// The non-blank lines of a JSON-lines input, numbered. A read error ends the input: its
/// message comes last, after the lines read before it.
pub(crate) struct Lines {
    reader: Box<dyn BufRead>,
    label: String,
    /// The last line read, or `None` once the input has ended.
    number: Option<usize>,
}

impl Lines {
    pub(crate) fn new(reader: Box<dyn BufRead>, label: String) -> Lines {
        Lines { reader, label, number: Some(0) }
    }
}

impl Iterator for Lines {
    type Item = Result<Line, String>;

    fn next(&mut self) -> Option<Result<Line, String>> {
        while let Some(n) = self.number.as_mut() {
            let mut bytes = Vec::new();
            match self.reader.read_until(b'\n', &mut bytes) {
                Ok(0) => self.number = None,
                Ok(_) => {
                    *n += 1;
                    if !bytes.iter().all(u8::is_ascii_whitespace) {
                        return Some(Ok(Line { number: *n, bytes }));
                    }
                }
                Err(e) => {
                    let msg = format!("{NAME}: {}: line {}: {e}; the rest of it is not read", self.label, *n + 1);
                    self.number = None;
                    return Some(Err(msg));
                }
            }
        }
        None
    }
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

/// What became of one line of input.
pub(crate) enum Outcome {
    /// A document: its rendered output, its stats, and the bytes of its line.
    Document { bytes: Vec<u8>, stats: DocStats, input_bytes: usize },
    /// A malformed line, skipped: the error line to print.
    Skipped(String),
    /// The input could not be read further: the error line to print.
    ReadError(String),
}

/// Parses, extracts and renders one line of `label` (on a worker thread).
pub(crate) fn process_line(
    o: &Options,
    ex: &Extractor,
    source: &str,
    label: &str,
    line: Result<Line, String>,
) -> Outcome {
    let line = match line {
        Ok(line) => line,
        Err(msg) => return Outcome::ReadError(msg),
    };
    let at = |e: String| format!("{NAME}: {label}: line {}: {e}", line.number);
    let doc = match parse_line(&line.bytes) {
        Ok(doc) => doc,
        Err(e) => return Outcome::Skipped(at(e)),
    };
    let DocumentClaims { id, claims, .. } = ex.extract_document(&doc);
    let stats_label = o.summary.then(|| format!("{label} id {}", id_label(&id)));
    let stats = DocStats::of(stats_label, &claims);
    match render_claims(o, source, Some(&id), claims, &doc.text) {
        Ok(bytes) => Outcome::Document { bytes, stats, input_bytes: line.bytes.len() },
        Err(e) => Outcome::Skipped(at(format!("rendering output: {e}"))),
    }
}
