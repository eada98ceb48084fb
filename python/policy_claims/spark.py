"""Claims of a Spark DataFrame's texts, as a Spark DataFrame with one row per claim.

``claims(df)`` runs :func:`policy_claims.claims_table` on each Arrow batch of ``df`` through
``DataFrame.mapInArrow``: Arrow in and out, no Python object per row or claim. It runs on the
executors, so **policy_claims must be importable there**: install the wheel on every node
(a cluster-wide ``pip install``, a cluster library, or the node image), or ship a packed
virtual environment with ``spark-submit --archives env.tar.gz#env`` and
``PYSPARK_PYTHON=./env/bin/python`` (Spark's "Python Package Management" guide). ``--py-files``
does not work for it: Python cannot import a compiled extension from a zip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator, Optional

from . import Extractor, _extractor, claim_schema

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow
    from pyspark.sql import DataFrame

__all__ = ["claims", "claims_schema"]


def claims_schema(id_field: Any = None) -> Any:
    """The Spark schema of :func:`claims`' output: ``id_field`` (a ``StructField``) if given,
    then the claim columns of :func:`policy_claims.claim_schema` (strings, longs, booleans,
    dates)."""
    from pyspark.sql.pandas.types import from_arrow_schema
    from pyspark.sql.types import StructType

    fields = list(from_arrow_schema(claim_schema()).fields)
    return StructType(([id_field] if id_field is not None else []) + fields)


def claims(
    df: "DataFrame",
    text: str = "text",
    id: Optional[str] = "id",
    *,
    reference_date: Optional[str] = None,
    extractor: Optional[Extractor] = None,
    threads: Optional[int] = 1,
) -> "DataFrame":
    """The claims of ``df[text]``: a DataFrame with one row per claim, the ``id`` column of the
    claim's row first (same name and type), then the claim columns. Lazy, like any
    transformation.

    :param df: the DataFrame.
    :param text: the column of texts (strings; null texts have no claims).
    :param id: the column identifying a row, or ``None`` for no id column.
    :param reference_date: a column of per-row reference dates (date, or ``YYYY-MM-DD``
        strings), or ``None``.
    :param extractor: the :class:`policy_claims.Extractor` to use (pickled to the executors);
        default options if ``None``.
    :param threads: threads per Python worker. Spark already runs one worker per task slot, so
        the default is 1; ``None`` uses every core of the node in each worker.
    :raises KeyError: a named column is not in ``df``.
    :raises ValueError: the id column is named like a claim column.
    """
    from pyspark.sql.pandas.types import to_arrow_schema
    from pyspark.sql.types import StructField

    for arg, column in (("text", text), ("id", id), ("reference_date", reference_date)):
        if column is not None and column not in df.columns:
            raise KeyError(f"{arg}={column!r}: no such column in the DataFrame (columns: {df.columns})")
    claim_names = claim_schema().names
    if id is not None and id in claim_names:
        raise ValueError(f"id={id!r}: the output has a claim column of that name; rename the id column")
    ex = _extractor(extractor)
    id_field = None
    if id is not None:
        source = df.schema[id]
        id_field = StructField(id, source.dataType, source.nullable)
    schema = claims_schema(id_field)
    large = df.sparkSession.conf.get("spark.sql.execution.arrow.useLargeVarTypes", "false") == "true"
    arrow_schema = to_arrow_schema(schema, prefers_large_types=large)
    columns = [c for c in (text, id, reference_date) if c is not None]

    def run(batches: Iterator["pyarrow.RecordBatch"]) -> Iterator["pyarrow.RecordBatch"]:
        for batch in batches:
            dates = batch.column(reference_date) if reference_date is not None else None
            ids = batch.column(id) if id is not None else None
            table = ex.claims_table(batch.column(text), ids=ids, reference_dates=dates, threads=threads)
            if id is None:
                table = table.drop_columns(["id"])
            table = table.rename_columns(arrow_schema.names).cast(arrow_schema)
            yield from table.to_batches()

    return df.select(*columns).mapInArrow(run, schema)
