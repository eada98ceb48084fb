"""Polars: the README's map_batches example, and the helpers."""

from __future__ import annotations

import polars as pl

import policy_claims
import support
from policy_claims.polars import claims, claims_dtype, claims_frame


def test_map_batches_example():
    docs = support.mixed_documents(300)
    df = pl.DataFrame({"id": [d[0] for d in docs], "text": [d[1] for d in docs]})
    # The README's example, as written there.
    out = df.with_columns(
        claims=pl.col("text").map_batches(
            lambda s: pl.Series(policy_claims.claims_arrow(s)), return_dtype=claims_dtype()
        )
    )
    assert out.schema["claims"] == claims_dtype()
    rows = out.select("id", "claims").explode("claims").unnest("claims").drop_nulls("value")
    table = policy_claims.claims_table(df["text"], ids=df["id"])
    assert rows.to_arrow().to_pylist() == table.to_pylist()
    assert rows.height == table.num_rows > 1000


def test_claims_expression_lazy_and_nulls():
    df = pl.DataFrame({"id": [1, 2, 3], "text": ["Up to $5 million in 2023.", None, "Nothing."]})
    out = df.lazy().with_columns(claims=claims("text")).collect()
    assert out["claims"].dtype == claims_dtype()
    first, missing, empty = out["claims"].to_list()
    assert [c["value"] for c in first] == ["5000000"] and first[0]["hedge_kind"] == "at_most"
    assert missing is None and empty == []


def test_claims_frame():
    df = pl.DataFrame({"doc": ["a", "b"], "text": ["More than 2,000 refugees.", "Exports of $5 billion."]})
    out = claims_frame(df, id="doc")
    assert out.columns[0] == "doc" and out["doc"].to_list() == ["a", "b"]
    assert out["value"].to_list() == ["2000", "5000000000"]
    assert out["time_start"].dtype == pl.Date
