//! Batches: Arrow string arrays in, Arrow record batches of claims out, spread over threads with
//! the GIL released.
//!
//! Documents are cut into chunks; each chunk is extracted and built into one record batch on one
//! thread, so building the Arrow columns is parallel too and memory holds one chunk's claims per
//! thread. Batches come back in input order.

use std::sync::{Arc, Mutex};

use arrow_array::cast::AsArray;
use arrow_array::types::Date32Type;
use arrow_array::{make_array, Array, ArrayRef, Int64Array, ListArray, RecordBatch, StructArray};
use arrow_buffer::{NullBuffer, OffsetBuffer};
use arrow_data::ArrayData;
use arrow_schema::{ArrowError, DataType, Field, Fields, Schema, SchemaRef};
use chrono::NaiveDate;
use policy_claims::{Extractor, Jurisdiction};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::PyResult;
use rayon::prelude::*;

use crate::offsets::CharIndex;
use crate::table::{from_date32, ClaimColumns};

/// What a batch returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// One row per claim: `doc_index` (the document's position in the input) and the claim columns.
    Rows,
    /// One row per document: a `claims` column of `list<struct>`, null for a null text.
    Lists,
}

/// The struct type of one claim.
pub(crate) fn claim_fields() -> Fields {
    Fields::from(ClaimColumns::fields())
}

/// The schema of the batches a [`Shape`] gives.
pub(crate) fn schema(shape: Shape) -> SchemaRef {
    let fields = match shape {
        Shape::Rows => {
            let mut fields = vec![Field::new("doc_index", DataType::Int64, false)];
            fields.extend(ClaimColumns::fields());
            fields
        }
        Shape::Lists => vec![Field::new("claims", list_type(), true)],
    };
    Arc::new(Schema::new(fields))
}

/// The items of the `claims` lists: one claim each, never null.
fn item_field() -> Arc<Field> {
    Arc::new(Field::new_list_field(DataType::Struct(claim_fields()), false))
}

fn list_type() -> DataType {
    DataType::List(item_field())
}

/// The texts of string arrays (`utf8`, `large_utf8` or `utf8_view`), chunk after chunk; `None`
/// for a null. `arg` names the argument in errors.
pub(crate) fn texts<'a>(arrays: &'a [ArrayRef], arg: &str) -> PyResult<Vec<Option<&'a str>>> {
    let mut out = Vec::with_capacity(arrays.iter().map(|a| a.len()).sum());
    for array in arrays {
        match array.data_type() {
            DataType::Utf8 => out.extend(array.as_string::<i32>().iter()),
            DataType::LargeUtf8 => out.extend(array.as_string::<i64>().iter()),
            DataType::Utf8View => out.extend(array.as_string_view().iter()),
            other => return Err(PyTypeError::new_err(format!("{arg} must hold strings, not Arrow {other}"))),
        }
    }
    Ok(out)
}

/// The dates of a `date32` array aligned with `n` documents.
pub(crate) fn dates(array: &ArrayRef, n: usize, arg: &str) -> PyResult<Vec<Option<NaiveDate>>> {
    if array.data_type() != &DataType::Date32 {
        return Err(PyTypeError::new_err(format!("{arg} must hold dates, not Arrow {}", array.data_type())));
    }
    if array.len() != n {
        return Err(PyValueError::new_err(format!("{arg} has {} values for {n} texts", array.len())));
    }
    array
        .as_primitive::<Date32Type>()
        .iter()
        .enumerate()
        .map(|(i, d)| match d {
            None => Ok(None),
            Some(days) => from_date32(days)
                .map(Some)
                .ok_or_else(|| PyValueError::new_err(format!("{arg}[{i}] is out of range ({days} days from 1970)"))),
        })
        .collect()
}

/// An imported array, as arrow-rs's dynamic array.
pub(crate) fn array(data: ArrayData) -> ArrayRef {
    make_array(data)
}

/// Options of an extractor, kept so that one with a document's own reference date can be made.
#[derive(Debug, Clone, Default)]
pub(crate) struct Options {
    pub(crate) reference_date: Option<NaiveDate>,
    pub(crate) jurisdiction: Option<Jurisdiction>,
    pub(crate) keep_non_claims: bool,
}

impl Options {
    /// The extractor for a document whose own reference date is `date` (it overrides the
    /// extractor's, as in `Extractor::extract_document`).
    pub(crate) fn extractor(&self, date: Option<NaiveDate>) -> Extractor {
        let mut b = Extractor::builder().keep_non_claims(self.keep_non_claims);
        if let Some(d) = date.or(self.reference_date) {
            b = b.reference_date(d);
        }
        if let Some(j) = self.jurisdiction {
            b = b.jurisdiction(j);
        }
        b.build()
    }
}

/// Extracts every document and returns the batches in input order. Runs on the calling thread
/// when `threads` is 1, on rayon's global pool (one thread per core) when it is `None`, and on a
/// pool of that many threads otherwise.
pub(crate) fn run(
    options: &Options,
    texts: &[Option<&str>],
    dates: Option<&[Option<NaiveDate>]>,
    shape: Shape,
    threads: Option<usize>,
) -> Result<Vec<RecordBatch>, ArrowError> {
    let workers = threads.unwrap_or_else(rayon::current_num_threads).max(1);
    // A few chunks per thread balance uneven documents; a chunk of at most 512 bounds memory.
    let size = (texts.len() / (workers * 4)).clamp(16, 512);
    let base = options.extractor(None);
    let one = |(k, chunk): (usize, &[Option<&str>])| {
        let first = k * size;
        let dates = dates.map(|d| &d[first..first + chunk.len()]);
        chunk_batch(options, &base, first, chunk, dates, shape)
    };
    match threads {
        Some(1) => texts.chunks(size).enumerate().map(one).collect(),
        None => texts.par_chunks(size).enumerate().map(one).collect(),
        Some(n) => pool(n)?.install(|| texts.par_chunks(size).enumerate().map(one).collect()),
    }
}

/// A pool of `n` threads, made once per size and kept.
fn pool(n: usize) -> Result<Arc<rayon::ThreadPool>, ArrowError> {
    static POOLS: Mutex<Vec<(usize, Arc<rayon::ThreadPool>)>> = Mutex::new(Vec::new());
    let mut pools = POOLS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, p)) = pools.iter().find(|(size, _)| *size == n) {
        return Ok(p.clone());
    }
    let p = rayon::ThreadPoolBuilder::new()
        .num_threads(n)
        .build()
        .map(Arc::new)
        .map_err(|e| ArrowError::ComputeError(format!("cannot start {n} threads: {e}")))?;
    pools.push((n, p.clone()));
    Ok(p)
}

/// One chunk of documents as one record batch.
fn chunk_batch(
    options: &Options,
    base: &Extractor,
    first: usize,
    texts: &[Option<&str>],
    dates: Option<&[Option<NaiveDate>]>,
    shape: Shape,
) -> Result<RecordBatch, ArrowError> {
    let mut columns = ClaimColumns::with_capacity(texts.len() * 4);
    let mut doc_index = Vec::new();
    let mut lengths = Vec::with_capacity(texts.len());
    let mut valid = Vec::with_capacity(texts.len());
    for (i, text) in texts.iter().enumerate() {
        let Some(text) = text else {
            lengths.push(0);
            valid.push(false);
            continue;
        };
        let claims = match dates.and_then(|d| d[i]) {
            Some(date) => options.extractor(Some(date)).claims(text),
            None => base.claims(text),
        };
        let offsets = CharIndex::new(text);
        for c in &claims {
            columns.push(c, &offsets);
        }
        lengths.push(claims.len());
        valid.push(true);
        doc_index.extend(std::iter::repeat_n((first + i) as i64, claims.len()));
    }
    let claim_columns = columns.finish();
    match shape {
        Shape::Rows => {
            let mut all: Vec<ArrayRef> = vec![Arc::new(Int64Array::from(doc_index))];
            all.extend(claim_columns);
            RecordBatch::try_new(schema(shape), all)
        }
        Shape::Lists => {
            let values = StructArray::try_new(claim_fields(), claim_columns, None)?;
            let nulls = valid.contains(&false).then(|| NullBuffer::from(valid));
            let list = ListArray::try_new(item_field(), OffsetBuffer::from_lengths(lengths), Arc::new(values), nulls)?;
            RecordBatch::try_new(schema(shape), vec![Arc::new(list)])
        }
    }
}
