//! Output: tables, JSON lines and RFC 4180 CSV rows for claims, mentions and times.

use super::*;

/// The CSV columns, one row per claim. Spans are two columns each; empty fields are `None`.
pub(crate) const CSV_HEADER: &str = "source,id,text,start,end,kind,value,value_high,unit,counted,hedge,hedge_text,\
                          low,low_inclusive,high,high_inclusive,approximate,time_text,time_start,time_end,\
                          change_role,change_direction,change_partner,modality,sentence_start,sentence_end";

/// The CSV header for `o`: [`CSV_HEADER`], and `sentence_text` last with `--context`.
pub(crate) fn csv_header(o: &Options) -> String {
    if o.context {
        format!("{CSV_HEADER},sentence_text")
    } else {
        CSV_HEADER.to_string()
    }
}

/// An item with the input it came from and, for JSON-lines input, the document id; with
/// `--context`, the text of its sentence after its own fields.
#[derive(Serialize)]
pub(crate) struct Sourced<'a, T> {
    pub(crate) source: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) id: Option<&'a DocumentId>,
    #[serde(flatten)]
    pub(crate) item: &'a T,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) sentence_text: Option<&'a str>,
}

/// One JSON line per item, each with `source` (and `id`, when given) before its own fields, and
/// the item's entry of `sentences` (when given) after them.
pub(crate) fn write_jsonl<T: Serialize>(
    out: &mut impl Write,
    source: &str,
    id: Option<&DocumentId>,
    items: &[T],
    sentences: Option<&[&str]>,
) -> io::Result<()> {
    for (k, item) in items.iter().enumerate() {
        let sentence_text = sentences.and_then(|s| s.get(k).copied());
        serde_json::to_writer(&mut *out, &Sourced { source, id, item, sentence_text })?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// The text of each claim's sentence (taken before the spans are converted to characters).
pub(crate) fn sentences<'t>(text: &'t str, claims: &[Claim]) -> Vec<&'t str> {
    claims.iter().map(|c| text.get(c.sentence.start..c.sentence.end).unwrap_or_default()).collect()
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

pub(crate) fn claim_row(c: &Claim) -> Vec<String> {
    let value = match c.value_high {
        Some(h) => format!("{}..{}", c.value, h),
        None => c.value.to_string(),
    };
    let hedge = match &c.hedge.text {
        Some(t) => format!("{} ({t})", c.hedge.kind.as_str()),
        None => c.hedge.kind.as_str().to_string(),
    };
    vec![
        c.text.replace('\n', " "),
        c.kind.as_str().to_string(),
        value,
        c.unit.clone().unwrap_or_default(),
        hedge,
        change_label(c),
        c.modality.as_str().to_string(),
        time_label(&c.time),
        c.counted.clone().unwrap_or_default().replace('\n', " "),
    ]
}

/// A claim's change for a table: "delta up", "from down", "to"; empty for a level.
fn change_label(c: &Claim) -> String {
    match c.change {
        Some(ch) => match ch.direction {
            Some(d) => format!("{} {}", ch.role.as_str(), d.as_str()),
            None => ch.role.as_str().to_string(),
        },
        None => String::new(),
    }
}

pub(crate) fn mention_row(m: &Mention) -> Vec<String> {
    let value = match m.value_high {
        Some(h) => format!("{}..{}", m.value, h),
        None => m.value.to_string(),
    };
    vec![
        m.text.replace('\n', " "),
        m.kind.as_str().to_string(),
        value,
        m.unit.clone().unwrap_or_default(),
        m.hedge.kind.as_str().to_string(),
    ]
}

pub(crate) fn time_row(t: &TimeRef) -> Vec<String> {
    let dates = match (t.start, t.end) {
        (Some(s), Some(e)) => format!("{s}..{e}"),
        (None, Some(e)) => format!("..{e}"),
        (Some(s), None) => format!("{s}.."),
        (None, None) => String::new(),
    };
    vec![
        t.text.replace('\n', " "),
        dates,
        t.granularity.as_str().to_string(),
        t.kind.as_str().to_string(),
        t.resolved_from.as_str().to_string(),
    ]
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
    let chars = (o.offsets == Offsets::Char).then(|| CharOffsets::new(text));
    match (o.what, o.format) {
        (What::Mentions, Format::Jsonl) => {
            let mut mentions = ex.mentions(text);
            if let Some(chars) = &chars {
                mentions.iter_mut().for_each(|m| chars.convert_mention(m));
            }
            write_jsonl(out, source, None, &mentions, None)
        }
        (What::Times, Format::Jsonl) => {
            let mut times = ex.times(text);
            if let Some(chars) = &chars {
                times.iter_mut().for_each(|t| chars.convert_time(t));
            }
            write_jsonl(out, source, None, &times, None)
        }
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

/// Appends `field` to `out` as one RFC 4180 CSV field: quoted when it holds a comma, quote, CR or
/// LF, with inner quotes doubled.
pub(crate) fn csv_field(out: &mut Vec<u8>, field: &str) {
    if field.bytes().any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n')) {
        out.push(b'"');
        for part in field.split_inclusive('"') {
            out.extend_from_slice(part.as_bytes());
            if part.ends_with('"') {
                out.push(b'"');
            }
        }
        out.push(b'"');
    } else {
        out.extend_from_slice(field.as_bytes());
    }
}

/// One CSV field's value: text as it is, a value to format, or nothing.
enum Field<'a> {
    Text(&'a str),
    Shown(&'a dyn std::fmt::Display),
    Empty,
}

/// A value to format, if there is one.
fn shown<T: std::fmt::Display>(v: Option<&T>) -> Field<'_> {
    v.map_or(Field::Empty, |v| Field::Shown(v))
}

/// One CSV row (with its CRLF) for `c`, in the order of [`CSV_HEADER`]. Fields are written
/// straight into `out`; `scratch` holds the ones that must be formatted first.
pub(crate) fn write_csv_row(
    out: &mut Vec<u8>,
    scratch: &mut String,
    source: &str,
    id: &str,
    c: &Claim,
    sentence: Option<&str>,
) {
    use std::fmt::Write as _;
    use Field::{Empty, Shown, Text};
    let time = c.time.as_ref();
    let partner = c.change.and_then(|ch| ch.partner);
    let fields = [
        Text(source),
        Text(id),
        Text(&c.text),
        shown(Some(&c.span.start)),
        shown(Some(&c.span.end)),
        Text(c.kind.as_str()),
        shown(Some(&c.value)),
        shown(c.value_high.as_ref()),
        c.unit.as_deref().map_or(Empty, Text),
        c.counted.as_deref().map_or(Empty, Text),
        Text(c.hedge.kind.as_str()),
        c.hedge.text.as_deref().map_or(Empty, Text),
        shown(c.interval.low.as_ref()),
        shown(Some(&c.interval.low_inclusive)),
        shown(c.interval.high.as_ref()),
        shown(Some(&c.interval.high_inclusive)),
        shown(Some(&c.interval.approximate)),
        time.map_or(Empty, |t| Text(&t.text)),
        shown(time.and_then(|t| t.start.as_ref())),
        shown(time.and_then(|t| t.end.as_ref())),
        c.change.map_or(Empty, |ch| Text(ch.role.as_str())),
        c.change.and_then(|ch| ch.direction).map_or(Empty, |d| Text(d.as_str())),
        shown(partner.as_ref()),
        Text(c.modality.as_str()),
        shown(Some(&c.sentence.start)),
        shown(Some(&c.sentence.end)),
    ];
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        match f {
            Text(t) => csv_field(out, t),
            Shown(v) => {
                scratch.clear();
                let _ = write!(scratch, "{v}");
                csv_field(out, scratch);
            }
            Empty => {}
        }
    }
    if let Some(sentence) = sentence {
        out.push(b',');
        csv_field(out, sentence);
    }
    out.extend_from_slice(b"\r\n");
}

/// The output for the claims of one document of `text`, in `o.format`, with spans in
/// `o.offsets` and, with `--context`, their sentences. `id` is `None` for a text file.
pub(crate) fn render_claims(
    o: &Options,
    source: &str,
    id: Option<&DocumentId>,
    mut claims: Vec<Claim>,
    text: &str,
) -> io::Result<Vec<u8>> {
    let sentences = o.context.then(|| sentences(text, &claims));
    if o.offsets == Offsets::Char && o.format != Format::Table {
        let chars = CharOffsets::new(text);
        claims.iter_mut().for_each(|c| chars.convert_claim(c));
    }
    let mut out = Vec::new();
    match o.format {
        Format::Jsonl => write_jsonl(&mut out, source, id, &claims, sentences.as_deref())?,
        Format::Csv => {
            let id = id.map_or_else(|| source.to_string(), ToString::to_string);
            let mut scratch = String::new();
            for (k, c) in claims.iter().enumerate() {
                let sentence = sentences.as_ref().and_then(|s| s.get(k).copied());
                write_csv_row(&mut out, &mut scratch, source, &id, c, sentence);
            }
        }
        Format::Table => {
            let title = id.map_or_else(|| source.to_string(), |id| format!("{source} id {}", id_label(id)));
            let rows: Vec<_> = claims.iter().map(claim_row).collect();
            write_table(
                &mut out,
                &title,
                &["figure", "kind", "value", "unit", "hedge", "change", "modality", "time", "counted"],
                &rows,
            )?;
        }
    }
    Ok(out)
}

/// An id as JSON (`42`, `"a-1"`), so that one with a comma or a newline still reads as one.
pub(crate) fn id_label(id: &DocumentId) -> String {
    serde_json::to_string(id).unwrap_or_else(|_| id.to_string())
}
