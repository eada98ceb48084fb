"""Claims of a pandas DataFrame's texts, as a DataFrame with one row per claim.

>>> import pandas as pd
>>> from policy_claims.pandas import claims_frame
>>> df = pd.DataFrame({"id": ["a", "b"], "text": ["Exports reached $5 billion in 2023.", "No figures."]})
>>> claims_frame(df)[["id", "text", "kind", "value", "unit"]]
  id          text   kind       value unit
0  a  $5 billion  money  5000000000  USD

Also the function to give Dask's ``map_partitions`` (see the README's "At scale").
"""

from __future__ import annotations

from typing import Any, Optional

import pandas as pd

from . import Extractor, _extractor, claims_table

__all__ = ["claims_frame"]


def claims_frame(
    df: pd.DataFrame,
    text: str = "text",
    id: Optional[str] = "id",
    *,
    reference_date: Optional[str] = None,
    extractor: Optional[Extractor] = None,
    threads: Optional[int] = None,
) -> pd.DataFrame:
    """The claims of ``df[text]``, one row per claim, in row order.

    The first column is named ``id`` (or as the ``id`` argument) and holds ``df[id]`` of the
    claim's row, or the row's index label when ``id`` is ``None``; the others are
    :func:`policy_claims.claim_schema`'s. Offsets are integers (nullable ``Int64``), flags
    nullable ``boolean``, decimals exact strings (``decimal.Decimal(s)`` or
    ``pd.to_numeric`` as you need), dates ``datetime.date`` objects.

    :param df: the frame.
    :param text: the column of texts (str; None and NaN are skipped).
    :param id: the column of ids, or ``None`` to use the index.
    :param reference_date: a column of per-row reference dates (dates or ``YYYY-MM-DD``
        strings; missing ones use the extractor's), or ``None``.
    :param extractor: the :class:`policy_claims.Extractor` to use; default options if ``None``.
    :param threads: as in :func:`policy_claims.claims_table`.
    :raises KeyError: a named column is not in ``df``.
    """
    import pyarrow as pa

    for arg, column in (("text", text), ("id", id), ("reference_date", reference_date)):
        if column is not None and column not in df.columns:
            raise KeyError(f"{arg}={column!r}: no such column in the DataFrame (columns: {list(df.columns)})")
    id_name = "id" if id is None else id
    if id_name != "id" and id_name in _claim_columns():
        raise ValueError(f"id={id!r}: the output has a claim column of that name; rename the id column")
    ids = df.index if id is None else df[id]
    dates = None if reference_date is None else df[reference_date]
    table = claims_table(df[text], ids=ids, reference_dates=dates, extractor=_extractor(extractor), threads=threads)
    mapping = {pa.int64(): pd.Int64Dtype(), pa.bool_(): pd.BooleanDtype()}
    frame = table.to_pandas(types_mapper=mapping.get)
    if id_name != "id":
        frame = frame.rename(columns={"id": id_name})
    return frame


def _claim_columns() -> Any:
    """The names of the claim columns."""
    from . import claim_schema

    return claim_schema().names
