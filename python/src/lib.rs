//! `policy_claims._native`: the compiled half of the Python package `policy_claims`.
//!
//! The Python half (`python/policy_claims/`) checks and converts arguments and gives the public
//! API; this module does the work:
//!
//! - `Core`, an extractor: `claims`, `mentions`, `times` and `reference` of one text as dicts and
//!   lists (the JSON schema's keys, spans in characters; see [`to_python`]), and `batch`, which
//!   takes Arrow string arrays and returns a `pyarrow.RecordBatchReader` of claims, extracted with
//!   the GIL released on all cores (see [`batch`]).
//! - `schema(lists)`, the schema of what `batch` returns (see [`table`]).

use arrow_array::{RecordBatchIterator, RecordBatchReader};
use arrow_data::ArrayData;
use arrow_pyarrow::PyArrowType;
use arrow_schema::{DataType, Schema};
use chrono::NaiveDate;
use policy_claims::{Extractor, Jurisdiction};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;

mod batch;
mod offsets;
mod table;
mod to_python;

use batch::{Options, Shape};
use offsets::CharIndex;
use to_python::to_python;

/// An extractor with its options (the Python class `Extractor` wraps it).
#[pyclass(frozen, module = "policy_claims._native")]
struct Core {
    options: Options,
    extractor: Extractor,
}

/// A `YYYY-MM-DD` date; `arg` names the argument in the error.
fn parse_date(s: &str, arg: &str) -> PyResult<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|e| PyValueError::new_err(format!("{arg}: {s:?} is not a YYYY-MM-DD date ({e})")))
}

/// A jurisdiction by its JSON name (`"canada"`, `"united_kingdom"`), read through serde so that
/// a jurisdiction the library adds is accepted here without a change. Case, spaces and hyphens
/// are forgiven: `"United Kingdom"` is `united_kingdom`.
fn parse_jurisdiction(s: &str) -> PyResult<Jurisdiction> {
    use serde::de::{value::Error, IntoDeserializer};
    use serde::Deserialize;
    let name = s.trim().to_lowercase().replace([' ', '-'], "_");
    Jurisdiction::deserialize(name.as_str().into_deserializer())
        .map_err(|e: Error| PyValueError::new_err(format!("jurisdiction: {s:?} is not a jurisdiction ({e})")))
}

/// The JSON names of the jurisdictions, for error messages and docs.
#[pyfunction]
fn jurisdictions() -> Vec<String> {
    // serde's error for an unknown name lists them all: "expected one of `a`, `b`".
    use serde::de::{value::Error, IntoDeserializer};
    use serde::Deserialize;
    let err = match Jurisdiction::deserialize(IntoDeserializer::<Error>::into_deserializer("")) {
        Ok(_) => return Vec::new(),
        Err(e) => e.to_string(),
    };
    err.split('`').skip(3).step_by(2).map(str::to_string).collect()
}

#[pymethods]
impl Core {
    #[new]
    #[pyo3(signature = (reference_date=None, keep_non_claims=false, jurisdiction=None))]
    fn new(reference_date: Option<String>, keep_non_claims: bool, jurisdiction: Option<String>) -> PyResult<Core> {
        let reference_date = reference_date.map(|s| parse_date(&s, "reference_date")).transpose()?;
        let jurisdiction = jurisdiction.map(|s| parse_jurisdiction(&s)).transpose()?;
        let options = Options { reference_date, jurisdiction, keep_non_claims };
        Ok(Core { extractor: options.extractor(None), options })
    }

    /// The claims of `text`, as dicts.
    fn claims<'py>(&self, py: Python<'py>, text: PyBackedStr) -> PyResult<Bound<'py, PyAny>> {
        let claims = py.detach(|| self.extractor.claims(&text));
        to_python(py, &claims, &CharIndex::new(&text))
    }

    /// Every numeric expression in `text`, as dicts.
    fn mentions<'py>(&self, py: Python<'py>, text: PyBackedStr) -> PyResult<Bound<'py, PyAny>> {
        let mentions = py.detach(|| self.extractor.mentions(&text));
        to_python(py, &mentions, &CharIndex::new(&text))
    }

    /// Every time expression in `text`, as dicts.
    fn times<'py>(&self, py: Python<'py>, text: PyBackedStr) -> PyResult<Bound<'py, PyAny>> {
        let times = py.detach(|| self.extractor.times(&text));
        to_python(py, &times, &CharIndex::new(&text))
    }

    /// The reference date used for `text` and where it came from, as a dict.
    fn reference<'py>(&self, py: Python<'py>, text: PyBackedStr) -> PyResult<Bound<'py, PyAny>> {
        to_python(py, &self.extractor.reference(&text), &CharIndex::new(&text))
    }

    /// The claims of every text of `texts` (string arrays, read one after another), with
    /// `reference_dates` (a `date32` array as long as all of them) overriding the extractor's date
    /// where not null. Rows of claims, or one list of claims per text with `lists`.
    #[pyo3(signature = (texts, reference_dates=None, lists=false, threads=None))]
    fn batch(
        &self,
        py: Python<'_>,
        texts: Vec<PyArrowType<ArrayData>>,
        reference_dates: Option<PyArrowType<ArrayData>>,
        lists: bool,
        threads: Option<usize>,
    ) -> PyResult<PyArrowType<Box<dyn RecordBatchReader + Send>>> {
        if threads == Some(0) {
            return Err(PyValueError::new_err("threads must be at least 1 (or None for one per core)"));
        }
        let shape = if lists { Shape::Lists } else { Shape::Rows };
        let arrays: Vec<_> = texts.into_iter().map(|a| batch::array(a.0)).collect();
        let texts = batch::texts(&arrays, "texts")?;
        let dates_array = reference_dates.map(|d| batch::array(d.0));
        let dates = dates_array.as_ref().map(|a| batch::dates(a, texts.len(), "reference_dates")).transpose()?;
        let batches = py
            .detach(|| batch::run(&self.options, &texts, dates.as_deref(), shape, threads))
            .map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
        let reader = RecordBatchIterator::new(batches.into_iter().map(Ok), batch::schema(shape));
        Ok(PyArrowType(Box::new(reader)))
    }
}

/// The schema of `Core.batch`'s output: rows of claims, or (`lists`) a `claims` list column.
#[pyfunction]
#[pyo3(signature = (lists=false))]
fn schema(lists: bool) -> PyArrowType<Schema> {
    let shape = if lists { Shape::Lists } else { Shape::Rows };
    PyArrowType(batch::schema(shape).as_ref().clone())
}

/// The struct type of one claim (the items of `Core.batch(lists=True)`).
#[pyfunction]
fn claim_type() -> PyArrowType<DataType> {
    PyArrowType(DataType::Struct(batch::claim_fields()))
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Core>()?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    m.add_function(wrap_pyfunction!(claim_type, m)?)?;
    m.add_function(wrap_pyfunction!(jurisdictions, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
