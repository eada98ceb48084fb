//! Standard error and the summary: progress line, error lines, per-document and total counts.

use super::*;

/// What the summary and the progress line need of one document.
#[derive(Debug, Default)]
pub(crate) struct DocStats {
    pub(crate) label: String,
    pub(crate) claims: usize,
    pub(crate) kinds: BTreeMap<String, usize>,
    pub(crate) hedges: BTreeMap<String, usize>,
}

impl DocStats {
    /// The stats of a document's `claims`. Only `--summary` reads the label and the counts by
    /// kind and hedge, so without it (`label` is `None`) only the claims are counted.
    pub(crate) fn of(label: Option<String>, claims: &[Claim]) -> DocStats {
        let mut s = DocStats { claims: claims.len(), ..DocStats::default() };
        if let Some(label) = label {
            s.label = label;
            for c in claims {
                *s.kinds.entry(c.kind.as_str().to_string()).or_default() += 1;
                *s.hedges.entry(c.hedge.kind.as_str().to_string()).or_default() += 1;
            }
        }
        s
    }
}

/// "count 3, money 2"
pub(crate) fn counts(m: &BTreeMap<String, usize>) -> String {
    m.iter().map(|(k, n)| format!("{k} {n}")).collect::<Vec<_>>().join(", ")
}

/// Totals over the run; fixed size, whatever the number of documents.
#[derive(Debug, Default)]
pub(crate) struct Summary {
    pub(crate) documents: usize,
    pub(crate) claims: usize,
    pub(crate) skipped: usize,
    pub(crate) kinds: BTreeMap<String, usize>,
    pub(crate) hedges: BTreeMap<String, usize>,
}

impl Summary {
    pub(crate) fn add(&mut self, s: &DocStats) {
        self.documents += 1;
        self.claims += s.claims;
        for (k, n) in &s.kinds {
            *self.kinds.entry(k.clone()).or_default() += n;
        }
        for (k, n) in &s.hedges {
            *self.hedges.entry(k.clone()).or_default() += n;
        }
    }

    pub(crate) fn document_line(s: &DocStats) -> String {
        match s.claims {
            0 => format!("summary: {}: 0 claims", s.label),
            n => format!("summary: {}: {n} claims ({})", s.label, counts(&s.kinds)),
        }
    }

    pub(crate) fn total_lines(&self) -> [String; 3] {
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
pub(crate) struct Reporter {
    pub(crate) tty: bool,
    pub(crate) start: Instant,
    pub(crate) last: Option<Instant>,
    pub(crate) shown: bool,
    /// Input bytes read so far (documents and claims are counted in the [`Summary`]).
    pub(crate) bytes: usize,
}

impl Reporter {
    pub(crate) fn new(tty: bool) -> Reporter {
        Reporter { tty, start: Instant::now(), last: None, shown: false, bytes: 0 }
    }

    /// One line on standard error, after what standard output has so far and without the
    /// progress line in the way.
    pub(crate) fn line(&mut self, out: &mut impl Write, msg: &str) {
        let _ = out.flush();
        if self.shown {
            eprint!("\r\x1b[2K");
            self.shown = false;
        }
        eprintln!("{msg}");
    }

    pub(crate) fn progress_text(&self, s: &Summary) -> String {
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        format!("{NAME}: {} documents, {} claims, {:.1} MB/s", s.documents, s.claims, self.bytes as f64 / 1e6 / secs)
    }

    pub(crate) fn tick(&mut self, s: &Summary) {
        let now = Instant::now();
        let due =
            self.last.map_or(now - self.start >= Duration::from_secs(1), |t| now - t >= Duration::from_millis(250));
        if self.tty && due {
            eprint!("\r\x1b[2K{}", self.progress_text(s));
            self.shown = true;
            self.last = Some(now);
        }
    }

    /// The final progress line, if progress was ever drawn.
    pub(crate) fn finish(&mut self, s: &Summary) {
        if self.last.is_some() {
            eprintln!("\r\x1b[2K{}", self.progress_text(s));
        }
    }
}

/// Where the summary goes: standard output for tables, standard error otherwise.
pub(crate) fn summary_line(o: &Options, out: &mut impl Write, rep: &mut Reporter, line: &str) -> io::Result<()> {
    if o.format == Format::Table {
        writeln!(out, "{line}")
    } else {
        rep.line(out, line);
        Ok(())
    }
}
