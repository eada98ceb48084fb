"""Documents per second through each Python route, on the Rust batch bench's documents (the
1.6 KB sample readout with its figures varied):

    python python/bench/engines.py [--docs 10000] [--rounds 3] [--skip spark,dask]

dicts (Extractor.claims in a loop), claims_table, claims_arrow, pandas claims_frame, Polars
map_batches, Dask map_partitions (threaded scheduler, 2 partitions per core) and Spark
mapInArrow (local[N] with N cores, the DataFrame cached first so only the extraction and the
collection of the claims are timed). Each is the best of --rounds, after one warm-up.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import support  # noqa: E402

import policy_claims  # noqa: E402


def best(f, rounds):
    f()
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--skip", default="")
    args = ap.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    n = args.docs
    texts = support.readout_documents(n)
    ids = list(range(n))
    cores = os.cpu_count() or 1
    print(f"{n} documents, {sum(map(len, texts)) / 1e6:.1f} MB, {cores} cores, load average {os.getloadavg()}")
    ex = policy_claims.Extractor()

    def report(name, seconds, docs=n):
        print(f"{name:<34} {docs / seconds:9,.0f} docs/s")

    k = min(n, 2000)
    report("dicts (Extractor.claims, a loop)", best(lambda: [ex.claims(t) for t in texts[:k]], args.rounds), k)
    report("claims_table", best(lambda: policy_claims.claims_table(texts, ids=ids), args.rounds))
    report("claims_arrow", best(lambda: policy_claims.claims_arrow(texts), args.rounds))

    import pandas as pd

    from policy_claims.pandas import claims_frame

    df = pd.DataFrame({"id": ids, "text": texts})
    report("pandas claims_frame", best(lambda: claims_frame(df), args.rounds))

    import polars as pl

    from policy_claims.polars import claims_dtype

    pdf = pl.DataFrame({"id": ids, "text": texts})
    expr = pl.col("text").map_batches(lambda s: pl.Series(policy_claims.claims_arrow(s)), return_dtype=claims_dtype())
    report("Polars map_batches", best(lambda: pdf.with_columns(claims=expr), args.rounds))

    if "dask" not in skip:
        import dask.dataframe as dd

        ddf = dd.from_pandas(df, npartitions=2 * cores).persist()
        meta = claims_frame(df.head(0))
        report(
            "Dask map_partitions (threads)",
            best(lambda: ddf.map_partitions(claims_frame, threads=1, meta=meta).compute(scheduler="threads"), args.rounds),
        )

    if "spark" not in skip:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        from pyspark.sql import SparkSession

        from policy_claims.spark import claims

        spark = (
            SparkSession.builder.master(f"local[{cores}]")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.driver.memory", "2g")
            .getOrCreate()
        )
        spark.sparkContext.setLogLevel("ERROR")
        sdf = spark.createDataFrame(list(zip(ids, texts)), "id long, text string").repartition(2 * cores).cache()
        sdf.count()
        report(f"Spark mapInArrow (local[{cores}])", best(lambda: claims(sdf).toArrow(), args.rounds))
        spark.stop()
    print(f"load average after: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
