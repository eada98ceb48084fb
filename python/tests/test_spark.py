"""Spark: policy_claims.spark.claims in local[2] matches claims_table on the same texts."""

from __future__ import annotations

import time

import pytest

import policy_claims
import support
from policy_claims.spark import claims


def test_spark_matches_claims_table(spark):
    docs = support.mixed_documents(1000)
    rows = [(k, id_, text, date) for k, (id_, text, date) in enumerate(docs)]
    df = spark.createDataFrame(rows, "n long, id string, text string, reference_date string").repartition(4)
    start = time.perf_counter()
    out = claims(df, reference_date="reference_date").toArrow()
    elapsed = time.perf_counter() - start
    expected = policy_claims.claims_table(
        [d[1] for d in docs], ids=[d[0] for d in docs], reference_dates=[d[2] for d in docs]
    )
    assert out.schema.names == expected.schema.names
    # Spark returns rows in partition order; claims_table in input order.
    key = lambda r: (int(r["id"].split("-")[1]), r["span_start"])  # noqa: E731
    assert sorted(out.to_pylist(), key=key) == sorted(expected.to_pylist(), key=key)
    assert out.num_rows > 5000
    print(f"spark local[2]: 1,000 documents in {elapsed:.1f} s")


def test_spark_types_and_options(spark):
    df = spark.createDataFrame(
        [(1, "Exports rose 4 percent last year."), (2, None), (3, "The two leaders met.")], "doc long, body string"
    )
    ex = policy_claims.Extractor(reference_date="2024-03-14", keep_non_claims=True)
    out = claims(df, text="body", id="doc", extractor=ex)
    types = dict(out.dtypes)
    assert (types["doc"], types["value"], types["span_start"], types["time_start"]) == ("bigint", "string", "bigint", "date")
    got = sorted((r.doc, r.text, str(r.time_start)) for r in out.collect())
    assert got == [(1, "4 percent", "2023-01-01"), (3, "two", "None")]
    assert claims(df, text="body", id=None).columns == policy_claims.claim_schema().names


def test_spark_errors(spark):
    df = spark.createDataFrame([(1, "x")], "id long, body string")
    with pytest.raises(KeyError, match="text='text': no such column"):
        claims(df)
    with pytest.raises(ValueError, match="id='kind'"):
        claims(df.withColumnRenamed("id", "kind"), text="body", id="kind")


def test_spark_large_var_types(spark):
    spark.conf.set("spark.sql.execution.arrow.useLargeVarTypes", "true")
    try:
        df = spark.createDataFrame([("a", "Exports of $5 billion.")], "id string, text string")
        assert [r.value for r in claims(df).collect()] == ["5000000000"]
    finally:
        spark.conf.unset("spark.sql.execution.arrow.useLargeVarTypes")
