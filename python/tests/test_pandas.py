"""policy_claims.pandas.claims_frame, and the Dask recipe of the README built on it."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import policy_claims
from conftest import ACCENTED, READOUT
from policy_claims.pandas import claims_frame


def frame():
    return pd.DataFrame(
        {
            "doc": ["r-1", "r-2", "r-3", "r-4"],
            "body": [READOUT, None, ACCENTED, "Exports rose 4 percent last year."],
            "date": [None, None, "2020-01-01", dt.date(2024, 3, 14)],
        },
        index=[10, 11, 12, 13],
    )


def test_claims_frame():
    df = frame()
    out = claims_frame(df, text="body", id="doc", reference_date="date")
    table = policy_claims.claims_table(df["body"], ids=df["doc"], reference_dates=df["date"])
    assert list(out.columns) == ["doc"] + policy_claims.claim_schema().names
    assert out["doc"].tolist() == table.column("id").to_pylist()
    assert out["text"].tolist() == table.column("text").to_pylist()
    assert out["value"].tolist() == table.column("value").to_pylist()
    assert out.loc[out["doc"] == "r-1", "text"].tolist() == ["$863.4 billion", "300,000", "2,000"]
    assert str(out["span_start"].dtype) == "Int64" and str(out["interval_approximate"].dtype) == "boolean"
    assert out["time_span_start"].isna().any()
    last = out[out["doc"] == "r-4"].iloc[0]
    assert last["time_start"] == dt.date(2023, 1, 1)
    for _, row in out.iterrows():
        text = df.set_index("doc").loc[row["doc"], "body"]
        assert text[row["span_start"] : row["span_end"]] == row["text"]


def test_claims_frame_uses_the_index_without_id():
    out = claims_frame(frame(), text="body", id=None)
    assert out.columns[0] == "id"
    assert set(out["id"]) == {10, 12, 13}


def test_claims_frame_errors():
    with pytest.raises(KeyError, match="text='text': no such column"):
        claims_frame(frame())
    with pytest.raises(KeyError, match="id='id': no such column"):
        claims_frame(frame(), text="body")
    with pytest.raises(ValueError, match="id='unit'"):
        claims_frame(frame().rename(columns={"doc": "unit"}), text="body", id="unit")
    with pytest.raises(TypeError, match=r"texts\[1\] must be a str"):
        claims_frame(pd.DataFrame({"id": [1, 2], "text": ["ok", 5]}))


def test_empty_frame_keeps_the_schema():
    out = claims_frame(frame().head(0), text="body", id="doc")
    assert len(out) == 0 and list(out.columns) == ["doc"] + policy_claims.claim_schema().names


def test_dask_map_partitions():
    import dask.dataframe as dd

    df = pd.DataFrame({"id": range(40), "text": [READOUT, ACCENTED, None, "Nothing."] * 10})
    ddf = dd.from_pandas(df, npartitions=4)
    out = ddf.map_partitions(claims_frame, threads=1, meta=claims_frame(df.head(0))).compute()
    expected = claims_frame(df)
    assert out.reset_index(drop=True).equals(expected.reset_index(drop=True))
    assert len(out) == 10 * 6
