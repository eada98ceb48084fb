"""Quantitative claims in government readouts, statements and fact sheets, as typed data.

>>> import policy_claims
>>> ex = policy_claims.Extractor(reference_date="2023-11-17")
>>> text = "Two-way trade totaled $863.4 billion in 2022."
>>> [c] = ex.claims(text)
>>> c["kind"], c["value"], c["unit"], c["time"]["start"]
('money', '863400000000', 'USD', '2022-01-01')
>>> text[c["span"]["start"]:c["span"]["end"]]
'$863.4 billion'

One text at a time, :class:`Extractor` returns dicts with the keys of the library's JSON schema
(decimals as exact strings, dates as ISO strings). Many texts at a time, :func:`claims_table` and
:func:`claims_arrow` return Arrow data, extracted on all cores with the GIL released; they need
``pyarrow``. Offsets are always Python string indices (characters), so ``text[start:end]`` is the
span's text. Helpers for pandas, Polars and Spark live in :mod:`policy_claims.pandas`,
:mod:`policy_claims.polars` and :mod:`policy_claims.spark`.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Union

from . import _native

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow

__version__: str = _native.__version__

__all__ = [
    "Extractor",
    "claims_table",
    "claims_arrow",
    "claim_schema",
    "claims_list_type",
    "jurisdictions",
    "DateLike",
]

#: A reference date: a :class:`datetime.date` (a ``datetime`` counts as its date) or a
#: ``"YYYY-MM-DD"`` string.
DateLike = Union[_dt.date, str]

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class Extractor:
    """Extracts claims, mentions and time expressions from text.

    Build it once and reuse it; it is cheap, thread-safe and picklable (so Spark and Dask can
    ship it to workers).

    :param reference_date: the date relative time expressions ("last year", "in the last 12
        months") resolve against. Without it, each document's own date is used when it states
        one (a dateline, "Released on ...", a date in a URL).
    :param jurisdiction: whose conventions the documents follow (which dollar a bare ``$`` is,
        which fiscal calendar "FY 2024" follows), by the library's name for it: ``"canada"``,
        ``"united_kingdom"``, ... (see :func:`jurisdictions`; case, spaces and hyphens are
        forgiven). ``None`` means the United States.
    :param keep_non_claims: also return counts that assert nothing ("the two leaders") and bare
        numbers as claims.
    :raises ValueError: ``reference_date`` is a string but not a ``YYYY-MM-DD`` date, or
        ``jurisdiction`` names no jurisdiction.
    :raises TypeError: an argument has the wrong type.
    """

    __slots__ = ("_core", "_reference_date", "_jurisdiction", "_keep_non_claims")

    def __init__(
        self,
        reference_date: Optional[DateLike] = None,
        jurisdiction: Optional[str] = None,
        keep_non_claims: bool = False,
    ) -> None:
        date = _date_arg(reference_date, "reference_date")
        if jurisdiction is not None and not isinstance(jurisdiction, str):
            raise TypeError(f"jurisdiction must be a str or None, not {type(jurisdiction).__name__}")
        if not isinstance(keep_non_claims, bool):
            raise TypeError(f"keep_non_claims must be a bool, not {type(keep_non_claims).__name__}")
        self._core = _native.Core(
            date.isoformat() if date is not None else None, keep_non_claims, jurisdiction
        )
        self._reference_date = date
        self._jurisdiction = jurisdiction
        self._keep_non_claims = keep_non_claims

    @property
    def reference_date(self) -> Optional[_dt.date]:
        """The reference date given, or ``None``."""
        return self._reference_date

    @property
    def jurisdiction(self) -> Optional[str]:
        """The jurisdiction given (as given), or ``None``."""
        return self._jurisdiction

    @property
    def keep_non_claims(self) -> bool:
        """Whether counts that assert nothing are kept."""
        return self._keep_non_claims

    def __repr__(self) -> str:
        return (
            f"Extractor(reference_date={self._reference_date!r}, "
            f"jurisdiction={self._jurisdiction!r}, keep_non_claims={self._keep_non_claims!r})"
        )

    def __reduce__(self) -> Any:
        return (Extractor, (self._reference_date, self._jurisdiction, self._keep_non_claims))

    # One text: dicts.

    def claims(self, text: str) -> List[Dict[str, Any]]:
        """The quantitative claims in ``text``, in text order, as dicts.

        Each dict has the keys of the JSON schema: ``text``, ``span``, ``kind``, ``value``,
        ``value_high``, ``unit``, ``currency_source``, ``counted``, ``hedge``, ``interval``, ``time``, ``sentence``.
        Decimals are exact strings (``"863400000000"``), dates ISO strings, spans
        ``{"start": i, "end": j}`` in characters: ``text[i:j]``.
        """
        return _one_text(self._core.claims, text)

    def mentions(self, text: str) -> List[Dict[str, Any]]:
        """Every numeric expression in ``text`` before claim filtering (years, numbers inside
        names, bare numbers included), as dicts: ``text``, ``span``, ``kind``, ``value``,
        ``value_high``, ``unit``, ``currency_source``, ``hedge``, ``interval``."""
        return _one_text(self._core.mentions, text)

    def times(self, text: str) -> List[Dict[str, Any]]:
        """Every time expression in ``text``, resolved against the reference date, as dicts:
        ``text``, ``span``, ``start``, ``end`` (ISO dates, end inclusive, or ``None``),
        ``granularity``, ``kind``, ``relative``, ``resolved_from``, ``duration`` (ISO 8601, for
        durations and sets), ``calendar``, ``modifier``."""
        return _one_text(self._core.times, text)

    def reference(self, text: str) -> Dict[str, Any]:
        """The reference date used for ``text`` and where it came from: ``{"date": ISO string or
        None, "source": "given" | "document" | "none", "span": where the text states it}``."""
        return _one_text(self._core.reference, text)

    # Many texts: Arrow.

    def claims_table(
        self,
        texts: Any,
        ids: Any = None,
        reference_dates: Any = None,
        *,
        threads: Optional[int] = None,
    ) -> "pyarrow.Table":
        """The claims of many texts as a ``pyarrow.Table``, one row per claim.

        The first column, ``id``, holds the text's id from ``ids`` (any Arrow type), or its
        position in ``texts`` (``int64``) when ``ids`` is ``None``; the other columns are the
        claim's fields flattened (see :func:`claim_schema`). Rows come in input order, each
        text's claims in text order.

        :param texts: the texts: a sequence of ``str`` (``None`` and NaN count as missing), a
            pandas Series, or an Arrow string array (pyarrow ``Array`` or ``ChunkedArray``, a
            Polars Series, anything with the Arrow PyCapsule interface).
        :param ids: one id per text, or ``None``.
        :param reference_dates: one reference date per text (``datetime.date``, ``"YYYY-MM-DD"``,
            or ``None`` for the extractor's), or an Arrow date array, or ``None``.
        :param threads: worker threads; ``None`` uses one per core, ``1`` the calling thread.
        :raises TypeError: a text is not a string, or an argument has the wrong type; the
            message names the argument and the position.
        :raises ValueError: a date is malformed, or ``ids``/``reference_dates`` are not as long
            as ``texts``.
        """
        pa = _pyarrow("claims_table")
        chunks = _string_chunks(pa, texts, "texts")
        n = sum(len(c) for c in chunks)
        id_array = _ids_arg(pa, ids, n)
        dates = _dates_arg(pa, reference_dates, n)
        table = self._core.batch(chunks, dates, False, _threads_arg(threads)).read_all()
        doc_index = table.column(0)
        if id_array is None:
            ids_column: Any = doc_index
        elif table.num_rows == 0:
            ids_column = pa.array([], type=id_array.type)
        else:
            ids_column = id_array.take(doc_index)
        return table.set_column(0, "id", ids_column)

    def claims_arrow(
        self,
        array: Any,
        reference_dates: Any = None,
        *,
        threads: Optional[int] = None,
    ) -> "pyarrow.Array":
        """The claims of each text of ``array``, as one ``pyarrow`` list array: element ``i`` is
        the list of text ``i``'s claims (structs of :func:`claim_schema`'s fields), null where
        the text is null. For Polars ``map_batches``, Spark ``mapInArrow`` and Arrow tables.

        Takes the same ``texts``, ``reference_dates`` and ``threads`` as :meth:`claims_table`.
        """
        pa = _pyarrow("claims_arrow")
        chunks = _string_chunks(pa, array, "array")
        n = sum(len(c) for c in chunks)
        dates = _dates_arg(pa, reference_dates, n)
        column = self._core.batch(chunks, dates, True, _threads_arg(threads)).read_all().column(0)
        return column.chunk(0) if column.num_chunks == 1 else column.combine_chunks()


_DEFAULT: Optional[Extractor] = None


def _extractor(extractor: Optional[Extractor]) -> Extractor:
    global _DEFAULT
    if extractor is not None:
        if not isinstance(extractor, Extractor):
            raise TypeError(f"extractor must be an Extractor, not {type(extractor).__name__}")
        return extractor
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT


def claims_table(
    texts: Any,
    ids: Any = None,
    reference_dates: Any = None,
    *,
    extractor: Optional[Extractor] = None,
    threads: Optional[int] = None,
) -> "pyarrow.Table":
    """:meth:`Extractor.claims_table` with ``extractor``, or with default options."""
    return _extractor(extractor).claims_table(texts, ids, reference_dates, threads=threads)


def claims_arrow(
    array: Any,
    reference_dates: Any = None,
    *,
    extractor: Optional[Extractor] = None,
    threads: Optional[int] = None,
) -> "pyarrow.Array":
    """:meth:`Extractor.claims_arrow` with ``extractor``, or with default options."""
    return _extractor(extractor).claims_arrow(array, reference_dates, threads=threads)


def claim_schema() -> "pyarrow.Schema":
    """The columns of a claim in :func:`claims_table` (after ``id``) and the fields of the
    structs of :func:`claims_arrow`: the JSON schema's leaves, named by their path joined with
    ``_`` (``hedge.kind`` is ``hedge_kind``). Decimals are strings (exact), dates ``date32``,
    offsets ``int64`` characters."""
    _pyarrow("claim_schema")
    schema = _native.schema(False)
    return schema.remove(0)


def claims_list_type() -> "pyarrow.DataType":
    """The type :func:`claims_arrow` returns: ``list<struct<...>>`` of :func:`claim_schema`."""
    _pyarrow("claims_list_type")
    return _native.schema(True).field(0).type


def jurisdictions() -> List[str]:
    """The names ``Extractor(jurisdiction=...)`` accepts: ``["united_states", "canada", ...]``."""
    return list(_native.jurisdictions())


# Arguments.


def _pyarrow(what: str) -> Any:
    try:
        import pyarrow
    except ImportError as e:  # pragma: no cover - pyarrow is installed wherever the tests run
        raise ImportError(
            f"policy_claims.{what} needs pyarrow: pip install 'policy-claims[arrow]'"
        ) from e
    return pyarrow


def _missing(v: Any) -> bool:
    """None, NaN, pandas' NaT and NA."""
    if v is None:
        return True
    if isinstance(v, float):
        return math.isnan(v)
    try:
        return bool(v != v)
    except Exception:  # pandas.NA refuses bool()
        return type(v).__name__ in ("NAType", "NaTType")


def _one_text(method: Any, text: Any) -> Any:
    """``method(text)``, with errors that name the argument ``text``."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    try:
        return method(text)
    except UnicodeEncodeError as e:  # a lone surrogate cannot be UTF-8
        raise ValueError(f"text holds a lone surrogate at index {e.start}, which is not Unicode text") from None


def _lone_surrogate(text: str) -> Optional[int]:
    try:
        text.encode("utf-8")
        return None
    except UnicodeEncodeError as e:
        return e.start


def _date_arg(v: Any, name: str) -> Optional[_dt.date]:
    if _missing(v):
        return None
    if isinstance(v, _dt.datetime):
        return v.date()
    if isinstance(v, _dt.date):
        return v
    if isinstance(v, str):
        if not _ISO_DATE.fullmatch(v):
            raise ValueError(f"{name}: {v!r} is not a YYYY-MM-DD date")
        try:
            return _dt.date.fromisoformat(v)
        except ValueError as e:
            raise ValueError(f"{name}: {v!r} is not a valid date ({e})") from None
    raise TypeError(f"{name} must be a datetime.date, a 'YYYY-MM-DD' string or None, not {type(v).__name__}")


def _threads_arg(threads: Any) -> Optional[int]:
    if threads is None:
        return None
    if isinstance(threads, bool) or not isinstance(threads, int) or threads < 1:
        raise ValueError(f"threads must be a positive int or None, not {threads!r}")
    return threads


def _is_string_type(pa: Any, t: Any) -> bool:
    view = getattr(pa.types, "is_string_view", lambda _t: False)
    return bool(pa.types.is_string(t) or pa.types.is_large_string(t) or view(t))


def _arrow_chunks(pa: Any, obj: Any) -> Optional[List[Any]]:
    """The chunks of an Arrow array-like, or None if ``obj`` is not one."""
    if isinstance(obj, pa.ChunkedArray):
        return list(obj.chunks)
    if isinstance(obj, pa.Array):
        return [obj]
    if hasattr(obj, "__arrow_c_stream__"):
        try:
            return list(pa.chunked_array(obj).chunks)
        except TypeError:
            if hasattr(obj, "to_arrow"):  # Polars, with a pyarrow that predates the protocol here
                return _arrow_chunks(pa, obj.to_arrow())
            raise
    if hasattr(obj, "__arrow_c_array__"):
        return [pa.array(obj)]
    return None


def _string_chunks(pa: Any, texts: Any, name: str) -> List[Any]:
    """``texts`` as a list of Arrow string arrays (``utf8``, ``large_utf8`` or ``utf8_view``)."""
    if isinstance(texts, (str, bytes)):
        raise TypeError(f"{name} must be a sequence of texts or an Arrow string array, not a single {type(texts).__name__}")
    chunks = _arrow_chunks(pa, texts)
    if chunks is None:
        try:
            values = list(texts)
        except TypeError:
            raise TypeError(f"{name} must be a sequence of str or an Arrow string array, not {type(texts).__name__}") from None
        for i, v in enumerate(values):
            if not isinstance(v, str):
                if not _missing(v):
                    raise TypeError(f"{name}[{i}] must be a str (or None), not {type(v).__name__}")
                values[i] = None
        try:
            chunks = [pa.array(values, type=pa.large_string())]
        except (UnicodeEncodeError, pa.ArrowException):
            for i, v in enumerate(values):
                bad = None if v is None else _lone_surrogate(v)
                if bad is not None:
                    raise ValueError(f"{name}[{i}] holds a lone surrogate at index {bad}, which is not Unicode text") from None
            raise
    out = []
    for c in chunks:
        t = c.type
        if _is_string_type(pa, t):
            out.append(c)
        elif pa.types.is_null(t):
            out.append(c.cast(pa.string()))
        elif pa.types.is_dictionary(t) and _is_string_type(pa, t.value_type):
            out.append(c.dictionary_decode())
        else:
            raise TypeError(f"{name} must hold strings, not Arrow {t}")
    return out


def _ids_arg(pa: Any, ids: Any, n: int) -> Any:
    if ids is None:
        return None
    if isinstance(ids, (str, bytes)):
        raise TypeError("ids must be a sequence (one id per text), not a single " + type(ids).__name__)
    chunks = _arrow_chunks(pa, ids)
    if chunks is not None:
        array = pa.chunked_array(chunks).combine_chunks() if len(chunks) != 1 else chunks[0]
    else:
        try:
            array = pa.array(ids, from_pandas=True)
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError) as e:
            raise TypeError(f"ids must all be of one type (all str or all int, say): {e}") from None
    if len(array) != n:
        raise ValueError(f"ids has {len(array)} values for {n} texts")
    # pyarrow's `take` has no kernel for the view types (Polars exports strings as views).
    if getattr(pa.types, "is_string_view", lambda _t: False)(array.type):
        array = array.cast(pa.large_string())
    elif getattr(pa.types, "is_binary_view", lambda _t: False)(array.type):
        array = array.cast(pa.large_binary())
    return array


def _dates_arg(pa: Any, dates: Any, n: int) -> Any:
    if dates is None:
        return None
    if isinstance(dates, (str, bytes, _dt.date)):
        raise TypeError(
            "reference_dates must be a sequence (one date per text), not a single "
            f"{type(dates).__name__}; for one date for every text use Extractor(reference_date=...)"
        )
    chunks = _arrow_chunks(pa, dates)
    if chunks is not None:
        array = pa.chunked_array(chunks).combine_chunks() if len(chunks) != 1 else chunks[0]
        if pa.types.is_date32(array.type):
            values = None
        elif pa.types.is_date64(array.type) or pa.types.is_timestamp(array.type):
            array, values = array.cast(pa.date32()), None
        else:
            values = array.to_pylist()
    else:
        try:
            values = list(dates)
        except TypeError:
            raise TypeError(f"reference_dates must be a sequence of dates, not {type(dates).__name__}") from None
    if values is not None:
        parsed = [_date_arg(v, f"reference_dates[{i}]") for i, v in enumerate(values)]
        array = pa.array(parsed, type=pa.date32())
    if len(array) != n:
        raise ValueError(f"reference_dates has {len(array)} values for {n} texts")
    return array
