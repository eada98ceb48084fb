//! Output: tables, JSON lines and RFC 4180 CSV rows for claims, mentions and times.

use super::*;

/// The CSV columns, one row per claim. Spans are two columns each; empty fields are `None`.
pub(crate) const CSV_HEADER: &str = "source,id,text,start,end,kind,value,value_high,unit,counted,hedge,hedge_text,\
                          low,low_inclusive,high,high_inclusive,approximate,time_text,time_start,time_end,\
                          sentence_start,sentence_end";

/// An item with the input it came from and, for JSON-lines input, the document id.
#[derive(Serialize)]
pub(crate) struct Sourced<'a, T> {
    pub(crate) source: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) id: Option<&'a DocumentId>,
    #[serde(flatten)]
    pub(crate) item: &'a T,
}

/// One JSON line per item, each with `source` (and `id`, when given) before its own fields.
pub(crate) fn write_jsonl<T: Serialize>(
    out: &mut impl Write,
    source: &str,
    id: Option<&DocumentId>,
    items: &[T],
) -> io::Result<()> {
    for item in items {
        serde_json::to_writer(&mut *out, &Sourced { source, id, item })?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

pub(crate) fn time_label(t: &Option<TimeRef>) -> String {
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

pub(crate) fn snake<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

pub(crate) fn claim_row(c: &Claim) -> Vec<String> {
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

pub(crate) fn mention_row(m: &Mention) -> Vec<String> {
    let value = match m.value_high {
        Some(h) => format!("{}..{}", m.value, h),
        None => m.value.to_string(),
    };
    vec![m.text.replace('\n', " "), snake(&m.kind), value, m.unit.clone().unwrap_or_default(), snake(&m.hedge.kind)]
}

pub(crate) fn time_row(t: &TimeRef) -> Vec<String> {
    let dates = match (t.start, t.end) {
        (Some(s), Some(e)) => format!("{s}..{e}"),
        (None, Some(e)) => format!("..{e}"),
        (Some(s), None) => format!("{s}.."),
        (None, None) => String::new(),
    };
    vec![t.text.replace('\n', " "), dates, snake(&t.granularity), snake(&t.kind), snake(&t.resolved_from)]
}

pub(crate) fn write_table(out: &mut impl Write, source: &str, header: &[&str], rows: &[Vec<String>]) -> io::Result<()> {
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
pub(crate) fn run_other(o: &Options, source: &str, text: &str, ex: &Extractor, out: &mut impl Write) -> io::Result<()> {
    match (o.what, o.format) {
        (What::Mentions, Format::Jsonl) => write_jsonl(out, source, None, &ex.mentions(text)),
        (What::Times, Format::Jsonl) => write_jsonl(out, source, None, &ex.times(text)),
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

/// `field` as one RFC 4180 CSV field: quoted when it holds a comma, quote, CR or LF, with inner
/// quotes doubled.
pub(crate) fn csv_field(field: &str) -> std::borrow::Cow<'_, str> {
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\"")).into()
    } else {
        field.into()
    }
}

pub(crate) fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// One CSV row (with its CRLF) for `c`, in the order of [`CSV_HEADER`].
pub(crate) fn write_csv_row(out: &mut Vec<u8>, source: &str, id: &str, c: &Claim) {
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
pub(crate) fn render_claims(
    o: &Options,
    source: &str,
    id: Option<&DocumentId>,
    claims: &[Claim],
) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    match (o.format, id) {
        (Format::Jsonl, _) => write_jsonl(&mut out, source, id, claims)?,
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
pub(crate) fn id_label(id: &DocumentId) -> String {
    serde_json::to_string(id).unwrap_or_else(|_| id.to_string())
}
