"""Shared by the tests and bench/compare_example.py: a corpus of documents made from the
repository's own fixtures, the Rust `extract` example run on it, and the flattening rule that
turns a claim's JSON into claims_table's columns.

The corpus needs nothing outside the repository (CI runs without ../shared).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "examples" / "data" / "sample_readout.txt"
FIXTURES = sorted((REPO / "tests" / "fixtures").glob("*.txt"))


def varied(text: str, k: int) -> str:
    """``text`` with the first digit of every number but four-digit years changed by ``k``, as
    tests/varied.rs does for the Rust batch bench, so neighbouring documents differ."""
    out: List[str] = []
    i, n = 0, 0
    while i < len(text):
        if not text[i].isdigit() or not text[i].isascii():
            out.append(text[i])
            i += 1
            continue
        j = i
        while j < len(text) and text[j].isascii() and text[j].isdigit():
            j += 1
        run = text[i:j]
        if len(run) == 4 and run[:2] in ("19", "20"):
            out.append(run)
        else:
            first = int(run[0])
            out.append(str(1 + (first + k + n) % 9) + run[1:])
        n += 1
        i = j
    return "".join(out)


# Prefixes that put characters of two, three and four UTF-8 bytes before every figure, so byte
# and character offsets differ (the corpus's other documents are ASCII).
PREFIXES = ["", "Déclaration conjointe — ", "", "Résumé: “Joint readout” 🙂 ", ""]


def readout_documents(n: int) -> List[str]:
    """The Rust batch bench's documents: the example's 1.6 KB sample readout, varied by k."""
    base = SAMPLE.read_text(encoding="utf-8")
    return [varied(base, k) for k in range(n)]


def mixed_documents(n: int) -> List[Tuple[str, str, Optional[str]]]:
    """(id, text, reference date or None): the sample readout and the six fixture documents in
    turn, varied by k; two in five with non-ASCII text put before the figures (some fixtures
    have non-ASCII of their own), and every fourth with a reference date of its own."""
    bases = [SAMPLE.read_text(encoding="utf-8")] + [p.read_text(encoding="utf-8") for p in FIXTURES]
    docs = []
    for k in range(n):
        text = PREFIXES[k % len(PREFIXES)] + varied(bases[k % len(bases)], k)
        date = (dt.date(2023, 1, 1) + dt.timedelta(days=k % 700)).isoformat() if k % 4 == 0 else None
        docs.append((f"doc-{k}", text, date))
    return docs


def write_jsonl(path: Path, docs: List[Tuple[str, str, Optional[str]]]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for id_, text, date in docs:
            row: Dict[str, Any] = {"id": id_, "text": text}
            if date is not None:
                row["reference_date"] = date
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def example_binary(release: bool = False) -> Path:
    """Builds the Rust `extract` example (dev profile unless ``release``) and returns its path.
    $POLICY_CLAIMS_EXTRACT names a binary already built instead."""
    given = os.environ.get("POLICY_CLAIMS_EXTRACT")
    if given:
        return Path(given)
    cmd = ["cargo", "build", "--example", "extract", "--message-format=json-render-diagnostics"]
    if release:
        cmd.insert(2, "--release")
    out = subprocess.run(cmd, cwd=REPO, check=True, stdout=subprocess.PIPE, text=True).stdout
    for line in out.splitlines():
        msg = json.loads(line)
        if msg.get("reason") == "compiler-artifact" and msg["target"]["name"] == "extract" and msg.get("executable"):
            return Path(msg["executable"])
    raise RuntimeError("cargo built no `extract` executable")


def run_example(binary: Path, jsonl: Path, args: Tuple[str, ...] = ()) -> str:
    cmd = [str(binary), "--input", "jsonl", "--format", "jsonl", *args, str(jsonl)]
    return subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True, encoding="utf-8").stdout


def flatten(value: Any, prefix: str = "") -> Dict[str, Any]:
    """A claim's JSON as claims_table's columns: nested keys joined with ``_``; a null object
    (``time``, ``hedge.span``) stands for all its leaves, left out here."""
    out: Dict[str, Any] = {}
    for key, v in value.items():
        name = f"{prefix}{key}"
        if isinstance(v, dict):
            out.update(flatten(v, name + "_"))
        else:
            out[name] = v
    return out


def is_span(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {"start", "end"} and all(isinstance(x, int) for x in value.values())


def to_chars(value: Any, text_bytes: bytes) -> Any:
    """``value`` (a claim's JSON) with every span's byte offsets turned into characters."""
    if is_span(value):
        return {k: len(text_bytes[:b].decode("utf-8")) for k, b in value.items()}
    if isinstance(value, dict):
        return {k: to_chars(v, text_bytes) for k, v in value.items()}
    return value


def normalise_row(row: Dict[str, Any]) -> Dict[str, Any]:
    """A claims_table row (``to_pylist``) as JSON would write it: dates as ISO strings, and
    the leaves of a null object left out."""
    out = {}
    for k, v in row.items():
        if isinstance(v, dt.date):
            v = v.isoformat()
        out[k] = v
    return out


def example_rows(output: str, texts: Dict[str, str]) -> Iterator[Tuple[str, Dict[str, Any]]]:
    """(id, flattened claim with character offsets) for each line the example wrote."""
    encoded: Dict[str, bytes] = {}
    for line in output.splitlines():
        claim = json.loads(line)
        id_ = claim.pop("id")
        claim.pop("source")
        if id_ not in encoded:
            encoded[id_] = texts[id_].encode("utf-8")
        yield id_, flatten(to_chars(claim, encoded[id_]))


def compare(table_rows: List[Dict[str, Any]], example: List[Tuple[str, Dict[str, Any]]]) -> List[str]:
    """Differences between claims_table's rows and the example's claims, in order; [] if none.
    A column the example leaves out (inside a null object) must be null in the table."""
    problems = []
    if len(table_rows) != len(example):
        problems.append(f"{len(table_rows)} rows from claims_table, {len(example)} claims from the example")
    for i, (row, (id_, claim)) in enumerate(zip(table_rows, example)):
        row = normalise_row(row)
        if row.pop("id") != id_:
            problems.append(f"row {i}: id {row.get('id')!r} != {id_!r}")
            continue
        for k, v in row.items():
            if claim.get(k) != v:
                problems.append(f"row {i} ({id_}): {k} = {v!r} in the table, {claim.get(k)!r} in the example")
        # A null object (`time`, `hedge.span`) is one null in JSON and null leaves in the table.
        extra = {k for k in set(claim) - set(row) if not (claim[k] is None and any(c.startswith(k + "_") for c in row))}
        if extra:
            problems.append(f"row {i} ({id_}): JSON fields without a column: {sorted(extra)}")
        if len(problems) > 20:
            break
    return problems
