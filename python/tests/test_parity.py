"""claims_table against the Rust `extract` example on the same 1,000 documents: the same claims,
every column (spans converted to characters). bench/compare_example.py does 10,000 and times it."""

from __future__ import annotations

import policy_claims
import support


def test_claims_table_matches_the_example(example_binary, tmp_path):
    docs = support.mixed_documents(1000)
    path = tmp_path / "docs.jsonl"
    support.write_jsonl(path, docs)
    ids = [d[0] for d in docs]
    texts = [d[1] for d in docs]
    example = list(support.example_rows(support.run_example(example_binary, path), dict(zip(ids, texts))))
    table = policy_claims.claims_table(texts, ids=ids, reference_dates=[d[2] for d in docs])
    assert support.compare(table.to_pylist(), example) == []
    assert table.num_rows == len(example) > 5000
    # Byte and character offsets differ in many of these documents, and dates of their own matter.
    assert sum(not t.isascii() for t in texts) > 300
    assert table.column("time_resolved_from").to_pylist().count("given") > 100
