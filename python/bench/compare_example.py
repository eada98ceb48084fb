"""claims_table against the Rust `extract` example on the same documents: the same claims
(count and every value), and both rates, measured in alternation in one run.

    python python/bench/compare_example.py [--docs 10000] [--rounds 5]

Builds the example in release mode first. Two corpora: `readout` (the Rust batch bench's
documents: the 1.6 KB sample readout with its figures varied) and `mixed` (the sample and the
six fixture documents, two in five with non-ASCII text before the figures, a quarter with their
own reference date). Both sides use every core: the example its default thread count,
claims_table `threads=None`. The example's time is the whole process (start-up, reading and
parsing JSON lines, writing JSON lines to /dev/null); claims_table's starts from a Python list of
str and ends with the pyarrow.Table.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import support  # noqa: E402

import policy_claims  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    binary = support.example_binary(release=True)
    print(f"cores: {os.cpu_count()}, load average before: {os.getloadavg()}")
    failed = False
    for corpus in ("readout", "mixed"):
        if corpus == "readout":
            docs = [(f"doc-{k}", t, None) for k, t in enumerate(support.readout_documents(args.docs))]
        else:
            docs = support.mixed_documents(args.docs)
        size = sum(len(t.encode("utf-8")) for _, t, _ in docs)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "docs.jsonl"
            support.write_jsonl(path, docs)
            ids = [d[0] for d in docs]
            texts = [d[1] for d in docs]
            dates = [d[2] for d in docs] if corpus == "mixed" else None
            # The same claims?
            table = policy_claims.claims_table(texts, ids=ids, reference_dates=dates)
            example = list(support.example_rows(support.run_example(binary, path), dict(zip(ids, texts))))
            problems = support.compare(table.to_pylist(), example)
            verdict = "same claims, every column" if not problems else f"DIFFERENT: {problems[:5]}"
            print(f"{corpus}: {len(docs)} documents, {size / 1e6:.1f} MB, {table.num_rows} claims "
                  f"(example: {len(example)}): {verdict}")
            failed |= bool(problems)
            # Rates, alternated.
            ours, theirs = [], []
            for _ in range(args.rounds):
                t = time.perf_counter()
                subprocess.run([str(binary), "--input", "jsonl", "--format", "jsonl", str(path)],
                               check=True, stdout=subprocess.DEVNULL)
                theirs.append(time.perf_counter() - t)
                t = time.perf_counter()
                policy_claims.claims_table(texts, ids=ids, reference_dates=dates)
                ours.append(time.perf_counter() - t)
            n = len(docs)
            print(f"  claims_table:    median {n / statistics.median(ours):8,.0f} docs/s, best {n / min(ours):8,.0f}")
            print(f"  extract example: median {n / statistics.median(theirs):8,.0f} docs/s, best {n / min(theirs):8,.0f}")
    print(f"load average after: {os.getloadavg()}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
