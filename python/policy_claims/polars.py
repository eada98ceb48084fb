"""Claims in Polars: an expression giving each text's claims as a ``List(Struct)``.

>>> import polars as pl
>>> from policy_claims.polars import claims
>>> df = pl.DataFrame({"id": [1, 2], "text": ["Exports reached $5 billion in 2023.", "No figures."]})
>>> out = df.select("id", claims=claims("text"))
>>> out.explode("claims").unnest("claims").drop_nulls("value").select("id", "text", "value", "unit")
shape: (1, 4)
┌─────┬────────────┬────────────┬──────┐
│ id  ┆ text       ┆ value      ┆ unit │
│ --- ┆ ---        ┆ ---        ┆ ---  │
│ i64 ┆ str        ┆ str        ┆ str  │
╞═════╪════════════╪════════════╪══════╡
│ 1   ┆ $5 billion ┆ 5000000000 ┆ USD  │
└─────┴────────────┴────────────┴──────┘

The expression runs :func:`policy_claims.claims_arrow` through ``Expr.map_batches``: Arrow in,
Arrow out, on all cores with the GIL released, no Python object per claim.
"""

from __future__ import annotations

from typing import Optional, Union, cast

import polars as pl

from . import Extractor, _extractor, claims_list_type, claims_table

__all__ = ["claims", "claims_dtype", "claims_frame"]


def claims_dtype() -> pl.DataType:
    """The Polars type of :func:`claims`' column: ``List(Struct(...))`` of
    :func:`policy_claims.claim_schema`'s fields."""
    import pyarrow as pa

    return pl.Series(pa.array([], type=claims_list_type())).dtype


def claims(
    column: Union[str, pl.Expr] = "text",
    *,
    extractor: Optional[Extractor] = None,
    threads: Optional[int] = None,
) -> pl.Expr:
    """An expression with the claims of each text of ``column`` (a column name or a string
    expression): a list of structs per row, null where the text is null.

    ``df.with_columns(claims=claims("text"))`` adds the column; ``df.select("id",
    claims=claims("text")).explode("claims").unnest("claims")`` gives one row per claim (a text
    without claims keeps one row of nulls: ``.drop_nulls("value")`` drops it; the claim's own
    ``text`` column would clash with a ``text`` column left beside it).
    """
    expr = pl.col(column) if isinstance(column, str) else column
    ex = _extractor(extractor)

    def run(texts: pl.Series) -> pl.Series:
        return pl.Series(texts.name, ex.claims_arrow(texts, threads=threads))

    return expr.map_batches(run, return_dtype=claims_dtype(), is_elementwise=True)


def claims_frame(
    df: pl.DataFrame,
    text: str = "text",
    id: Optional[str] = "id",
    *,
    extractor: Optional[Extractor] = None,
    threads: Optional[int] = None,
) -> pl.DataFrame:
    """One row per claim: ``id`` (``df[id]``, or the row number when ``id`` is ``None``) and
    the claim's columns, as :func:`policy_claims.claims_table` gives them."""
    ids = None if id is None else df[id]
    table = claims_table(df[text], ids=ids, extractor=_extractor(extractor), threads=threads)
    out = cast(pl.DataFrame, pl.from_arrow(table))
    return out if id is None or id == "id" else out.rename({"id": id})
