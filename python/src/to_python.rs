//! Any `Serialize` value to Python objects: structs and maps become dicts, sequences lists,
//! unit variants their snake_case names, `None` None.
//!
//! The output therefore has exactly the keys of the JSON schema, and a field the library adds later
//! appears here without a change. One thing differs from JSON: every [`Span`](policy_claims::Span),
//! wherever it stands, has its `start` and `end` turned from byte offsets into character offsets
//! (a struct serialised under the name `"Span"`), so that they index a Python `str`.

use std::fmt;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyList, PyString};
use pyo3::IntoPyObjectExt;
use serde::ser::{self, Serialize};

use crate::offsets::CharIndex;

/// `value` as Python objects, with spans in characters of the text `index` was built over.
pub(crate) fn to_python<'py, T: Serialize + ?Sized>(
    py: Python<'py>,
    value: &T,
    index: &CharIndex<'_>,
) -> PyResult<Bound<'py, PyAny>> {
    value.serialize(ToPython { py, index, span: false }).map_err(|e| e.0)
}

/// A Python error raised while converting.
pub(crate) struct Error(PyErr);

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Error {
        Error(PyValueError::new_err(msg.to_string()))
    }
}

impl From<PyErr> for Error {
    fn from(e: PyErr) -> Error {
        Error(e)
    }
}

/// The serializer. `span` is set for the fields of a `Span`, whose integers are byte offsets.
#[derive(Clone, Copy)]
struct ToPython<'py, 'a> {
    py: Python<'py>,
    index: &'a CharIndex<'a>,
    span: bool,
}

type Out<'py> = Result<Bound<'py, PyAny>, Error>;

impl<'py> ToPython<'py, '_> {
    fn int<T: IntoPyObjectExt<'py>>(self, v: T) -> Out<'py> {
        Ok(v.into_bound_py_any(self.py)?)
    }

    fn plain(self) -> Self {
        ToPython { span: false, ..self }
    }

    /// `{variant: value}`, serde's external tagging.
    fn tagged(self, variant: &'static str, value: Bound<'py, PyAny>) -> Out<'py> {
        let dict = PyDict::new(self.py);
        dict.set_item(variant, value)?;
        Ok(dict.into_any())
    }
}

impl<'py, 'a> ser::Serializer for ToPython<'py, 'a> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    type SerializeSeq = Seq<'py, 'a>;
    type SerializeTuple = Seq<'py, 'a>;
    type SerializeTupleStruct = Seq<'py, 'a>;
    type SerializeTupleVariant = Seq<'py, 'a>;
    type SerializeMap = Map<'py, 'a>;
    type SerializeStruct = Map<'py, 'a>;
    type SerializeStructVariant = Map<'py, 'a>;

    fn serialize_bool(self, v: bool) -> Out<'py> {
        Ok(PyBool::new(self.py, v).to_owned().into_any())
    }
    fn serialize_i8(self, v: i8) -> Out<'py> {
        self.int(v)
    }
    fn serialize_i16(self, v: i16) -> Out<'py> {
        self.int(v)
    }
    fn serialize_i32(self, v: i32) -> Out<'py> {
        self.int(v)
    }
    fn serialize_i64(self, v: i64) -> Out<'py> {
        self.int(v)
    }
    fn serialize_i128(self, v: i128) -> Out<'py> {
        self.int(v)
    }
    fn serialize_u8(self, v: u8) -> Out<'py> {
        self.int(v)
    }
    fn serialize_u16(self, v: u16) -> Out<'py> {
        self.int(v)
    }
    fn serialize_u32(self, v: u32) -> Out<'py> {
        self.serialize_u64(u64::from(v))
    }
    fn serialize_u64(self, v: u64) -> Out<'py> {
        if self.span {
            return self.int(self.index.chars(usize::try_from(v).unwrap_or(usize::MAX)));
        }
        self.int(v)
    }
    fn serialize_u128(self, v: u128) -> Out<'py> {
        self.int(v)
    }
    fn serialize_f32(self, v: f32) -> Out<'py> {
        self.serialize_f64(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Out<'py> {
        Ok(PyFloat::new(self.py, v).into_any())
    }
    fn serialize_char(self, v: char) -> Out<'py> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Out<'py> {
        Ok(PyString::new(self.py, v).into_any())
    }
    fn serialize_bytes(self, v: &[u8]) -> Out<'py> {
        Ok(PyBytes::new(self.py, v).into_any())
    }
    fn serialize_none(self) -> Out<'py> {
        Ok(self.py.None().into_bound(self.py))
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Out<'py> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Out<'py> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Out<'py> {
        self.serialize_none()
    }
    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Out<'py> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _name: &'static str, value: &T) -> Out<'py> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Out<'py> {
        let inner = value.serialize(self.plain())?;
        self.tagged(variant, inner)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Seq<'py, 'a>, Error> {
        Ok(Seq { ser: self.plain(), items: Vec::with_capacity(len.unwrap_or(0)), variant: None })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'py, 'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Seq<'py, 'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Seq<'py, 'a>, Error> {
        Ok(Seq { variant: Some(variant), ..self.serialize_seq(Some(len))? })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Map<'py, 'a>, Error> {
        Ok(Map { ser: self.plain(), dict: PyDict::new(self.py), key: None, variant: None })
    }
    fn serialize_struct(self, name: &'static str, _len: usize) -> Result<Map<'py, 'a>, Error> {
        let ser = ToPython { span: name == "Span", ..self };
        Ok(Map { ser, dict: PyDict::new(self.py), key: None, variant: None })
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Map<'py, 'a>, Error> {
        Ok(Map { variant: Some(variant), ..self.serialize_map(Some(len))? })
    }
}

/// A sequence or tuple in the making.
struct Seq<'py, 'a> {
    ser: ToPython<'py, 'a>,
    items: Vec<Bound<'py, PyAny>>,
    variant: Option<&'static str>,
}

impl<'py> Seq<'py, '_> {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.items.push(value.serialize(self.ser)?);
        Ok(())
    }

    fn done(self) -> Out<'py> {
        let list = PyList::new(self.ser.py, self.items)?.into_any();
        match self.variant {
            Some(v) => self.ser.tagged(v, list),
            None => Ok(list),
        }
    }
}

/// The four sequence-like serde traits, all one list.
macro_rules! seq_traits {
    ($($trait:ident::$method:ident),*) => {$(
        impl<'py> ser::$trait for Seq<'py, '_> {
            type Ok = Bound<'py, PyAny>;
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.push(value)
            }
            fn end(self) -> Out<'py> {
                self.done()
            }
        }
    )*};
}

seq_traits!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

/// A map, struct or struct variant in the making. `ser.span` is set for a `Span`'s fields.
struct Map<'py, 'a> {
    ser: ToPython<'py, 'a>,
    dict: Bound<'py, PyDict>,
    key: Option<Bound<'py, PyAny>>,
    variant: Option<&'static str>,
}

impl<'py> Map<'py, '_> {
    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.dict.set_item(key, value.serialize(self.ser)?)?;
        Ok(())
    }

    fn done(self) -> Out<'py> {
        let dict = self.dict.into_any();
        match self.variant {
            Some(v) => self.ser.tagged(v, dict),
            None => Ok(dict),
        }
    }
}

impl<'py> ser::SerializeMap for Map<'py, '_> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.key = Some(key.serialize(self.ser.plain())?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let key = self.key.take().ok_or_else(|| <Error as ser::Error>::custom("a map value without a key"))?;
        self.dict.set_item(key, value.serialize(self.ser.plain())?)?;
        Ok(())
    }
    fn end(self) -> Out<'py> {
        self.done()
    }
}

/// Structs and struct variants: both a dict of fields.
macro_rules! struct_traits {
    ($($trait:ident),*) => {$(
        impl<'py> ser::$trait for Map<'py, '_> {
            type Ok = Bound<'py, PyAny>;
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
                self.field(key, value)
            }
            fn end(self) -> Out<'py> {
                self.done()
            }
        }
    )*};
}

struct_traits!(SerializeStruct, SerializeStructVariant);
