"""Many texts at a time: claims_table and claims_arrow."""

from __future__ import annotations

import datetime as dt
import math
import threading
import time

import pandas as pd
import pyarrow as pa
import pytest

import policy_claims
from conftest import ACCENTED, READOUT
from support import flatten, mixed_documents, normalise_row

TEXTS = [READOUT, ACCENTED, "No figures here.", "Up to $5 million in 2023; between 10 and 20 percent."]


def dict_rows(texts, ids, extractor=None):
    """What claims_table should give: each dict claim, flattened, after its text's id."""
    ex = extractor or policy_claims.Extractor()
    rows = []
    for id_, text in zip(ids, texts):
        for claim in ex.claims(text):
            rows.append({"id": id_, **flatten(claim)})
    return rows


def table_rows(table):
    """claims_table's rows with the leaves of null objects left out, as in flattened dicts."""
    out = []
    for row in table.to_pylist():
        row = normalise_row(row)
        if row["time_text"] is None:
            row = {k: v for k, v in row.items() if not k.startswith("time_")}
            row["time"] = None
        if row["change_role"] is None:
            row = {k: v for k, v in row.items() if not k.startswith("change_")}
            row["change"] = None
        if row["hedge_span_start"] is None:
            del row["hedge_span_start"], row["hedge_span_end"]
            row["hedge_span"] = None
        out.append(row)
    return out


def test_columns_are_the_json_leaves():
    """A field added to the library's Claim without a column here fails this test."""
    table = policy_claims.claims_table(TEXTS)
    assert table.schema.names == ["id"] + policy_claims.claim_schema().names
    leaves, objects = set(), set()

    def walk(value, prefix):
        for key, v in value.items():
            if isinstance(v, dict):
                objects.add(prefix + key)
                walk(v, prefix + key + "_")
            else:
                leaves.add(prefix + key)

    for claim in policy_claims.Extractor().claims(READOUT + ACCENTED + TEXTS[3]):
        walk(claim, "")
    # An object null in one claim (`time`, `hedge.span`, `change`) is present, with its leaves, in another.
    assert "time" in objects and "hedge_span" in objects and "change" in objects
    assert leaves - objects == set(policy_claims.claim_schema().names)


def test_types():
    schema = policy_claims.claims_table(TEXTS).schema
    assert schema.field("id").type == pa.int64()
    assert schema.field("value").type == pa.string()
    assert schema.field("interval_low").type == pa.string()
    assert schema.field("time_start").type == pa.date32()
    assert schema.field("span_start").type == pa.int64()
    assert schema.field("interval_approximate").type == pa.bool_()
    assert policy_claims.claims_list_type() == pa.list_(pa.field("item", pa.struct(policy_claims.claim_schema()), nullable=False))


def test_rows_equal_the_dicts():
    docs = mixed_documents(60)
    texts = [t for _, t, _ in docs]
    ids = [i for i, _, _ in docs]
    table = policy_claims.claims_table(texts, ids=ids)
    assert table_rows(table) == dict_rows(texts, ids)
    assert table.num_rows > 300


def test_claims_arrow_lists_per_text():
    texts = TEXTS + [None]
    lists = policy_claims.claims_arrow(texts)
    assert isinstance(lists, pa.Array) and lists.type == policy_claims.claims_list_type()
    assert len(lists) == len(texts)
    assert lists[4].as_py() is None and lists[2].as_py() == []
    table = policy_claims.claims_table(texts)
    for i, claims in enumerate(lists.to_pylist()):
        expected = [{k: v for k, v in row.items() if k != "id"} for row in table.to_pylist() if row["id"] == i]
        assert (claims or []) == expected


def test_spans_slice_the_texts():
    table = policy_claims.claims_table([ACCENTED * 2, READOUT])
    texts = [ACCENTED * 2, READOUT]
    for row in table.to_pylist():
        text = texts[row["id"]]
        assert text[row["span_start"] : row["span_end"]] == row["text"]
        if row["time_text"] is not None:
            assert text[row["time_span_start"] : row["time_span_end"]] == row["time_text"]


def test_ids_of_any_type():
    texts = [READOUT, "Nothing.", ACCENTED]
    for ids, expected in (
        (["a", "b", "c"], "a"),
        ([10, 20, 30], 10),
        (pa.array([1.5, 2.5, 3.5]), 1.5),
        (pd.Series(["x", "y", "z"], index=[7, 8, 9]), "x"),
        (pd.RangeIndex(5, 8), 5),
    ):
        table = policy_claims.claims_table(texts, ids=ids)
        assert table.column("id")[0].as_py() == expected
        assert set(table.column("id").to_pylist()) == {expected, list(pa.array(ids).to_pylist())[2]}
    table = policy_claims.claims_table(texts)
    assert set(table.column("id").to_pylist()) == {0, 2}


def test_texts_in_every_form():
    expected = policy_claims.claims_table(TEXTS).to_pylist()
    for texts in (
        tuple(TEXTS),
        pa.array(TEXTS),
        pa.array(TEXTS, pa.large_string()),
        pa.array(TEXTS, pa.string_view()),
        pa.chunked_array([TEXTS[:1], TEXTS[1:]]),
        pa.array(TEXTS).dictionary_encode(),
        pd.Series(TEXTS),
        pd.Series(TEXTS, dtype="string[pyarrow]"),
        iter(TEXTS),
    ):
        assert policy_claims.claims_table(texts).to_pylist() == expected, type(texts)
    # Missing texts have no claims.
    table = policy_claims.claims_table([None, READOUT, math.nan, pd.NA])
    assert set(table.column("id").to_pylist()) == {1}
    assert policy_claims.claims_table(pa.nulls(3)).num_rows == 0


def test_polars_series_in():
    import polars as pl

    expected = policy_claims.claims_arrow(TEXTS)
    assert policy_claims.claims_arrow(pl.Series(TEXTS)).to_pylist() == expected.to_pylist()


def test_reference_dates():
    text = "Exports rose 4 percent last year."
    dates = ["2024-03-14", None, dt.date(2020, 6, 1), dt.datetime(2011, 1, 1, 12), pd.NaT]
    table = policy_claims.claims_table([text] * 5, reference_dates=dates)
    starts = [d.isoformat() if d else None for d in table.column("time_start").to_pylist()]
    assert starts == ["2023-01-01", None, "2019-01-01", "2010-01-01", None]
    # The extractor's date where a text has none of its own.
    ex = policy_claims.Extractor(reference_date="2001-05-05")
    table = ex.claims_table([text] * 2, reference_dates=[None, "2024-03-14"])
    assert [d.year for d in table.column("time_start").to_pylist()] == [2000, 2023]
    # Arrow dates and timestamps.
    for array in (pa.array([dt.date(2024, 3, 14)]), pa.array([dt.datetime(2024, 3, 14, 23)]), pa.array(["2024-03-14"])):
        table = policy_claims.claims_table([text], reference_dates=array)
        assert table.column("time_start")[0].as_py() == dt.date(2023, 1, 1)


def test_bad_input_names_the_argument():
    with pytest.raises(TypeError, match=r"texts\[2\] must be a str \(or None\), not int"):
        policy_claims.claims_table(["a", "b", 3])
    with pytest.raises(TypeError, match=r"texts\[0\] must be a str \(or None\), not bytes"):
        policy_claims.claims_table([b"$5 million"])
    with pytest.raises(TypeError, match="texts must be a sequence of texts or an Arrow string array, not a single str"):
        policy_claims.claims_table("one text")
    with pytest.raises(TypeError, match="texts must hold strings, not Arrow int64"):
        policy_claims.claims_table(pa.array([1, 2]))
    with pytest.raises(TypeError, match="array must hold strings"):
        policy_claims.claims_arrow(pa.array([1.0]))
    with pytest.raises(TypeError, match="texts must be a sequence of str"):
        policy_claims.claims_table(5)
    with pytest.raises(ValueError, match=r"texts\[1\] holds a lone surrogate"):
        policy_claims.claims_table(["ok", "\udc80"])
    with pytest.raises(ValueError, match=r"reference_dates\[1\]: '2024-02-30' is not a valid date"):
        policy_claims.claims_table(["a", "b"], reference_dates=["2024-03-01", "2024-02-30"])
    with pytest.raises(ValueError, match=r"reference_dates\[0\]: 'March 1' is not a YYYY-MM-DD date"):
        policy_claims.claims_table(["a"], reference_dates=["March 1"])
    with pytest.raises(TypeError, match=r"reference_dates\[0\] must be a datetime.date"):
        policy_claims.claims_table(["a"], reference_dates=[20240301])
    with pytest.raises(TypeError, match="reference_dates must be a sequence"):
        policy_claims.claims_table(["a"], reference_dates="2024-03-01")
    with pytest.raises(ValueError, match="reference_dates has 1 values for 2 texts"):
        policy_claims.claims_table(["a", "b"], reference_dates=["2024-03-01"])
    with pytest.raises(ValueError, match="ids has 3 values for 2 texts"):
        policy_claims.claims_table(["a", "b"], ids=[1, 2, 3])
    with pytest.raises(TypeError, match="ids must all be of one type"):
        policy_claims.claims_table(["a", "b"], ids=[1, "b"])
    with pytest.raises(ValueError, match="threads must be a positive int"):
        policy_claims.claims_table(["a"], threads=0)
    with pytest.raises(TypeError, match="extractor must be an Extractor"):
        policy_claims.claims_table(["a"], extractor="fast")


def test_threads_give_the_same_table():
    texts = [t for _, t, _ in mixed_documents(300)]
    one = policy_claims.claims_table(texts, threads=1)
    assert policy_claims.claims_table(texts, threads=3).equals(one)
    assert policy_claims.claims_table(texts).equals(one)


def test_empty_input():
    table = policy_claims.claims_table([])
    assert table.num_rows == 0 and table.schema.names[0] == "id"
    table = policy_claims.claims_table([], ids=pa.array([], pa.string()))
    assert table.schema.field("id").type == pa.string()
    assert len(policy_claims.claims_arrow([])) == 0


def test_gil_is_released():
    """Another Python thread keeps running while a batch is extracted."""
    texts = [t for _, t, _ in mixed_documents(4000)]
    ticks = []
    done = threading.Event()

    def ticker():
        while not done.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.002)

    thread = threading.Thread(target=ticker)
    thread.start()
    start = time.perf_counter()
    policy_claims.claims_table(pa.array(texts), threads=1)
    end = time.perf_counter()
    done.set()
    thread.join()
    during = [t for t in ticks if start <= t <= end]
    gaps = [b - a for a, b in zip([start] + during, during + [end])]
    assert max(gaps) < (end - start) / 4, (max(gaps), end - start, len(during))
