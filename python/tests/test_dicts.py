"""One text at a time: dicts with the JSON schema's keys and character offsets."""

from __future__ import annotations

import datetime as dt
import json
import pickle
import subprocess

import pytest

import policy_claims
from conftest import ACCENTED, READOUT
from support import to_chars


def test_design_card_claims():
    ex = policy_claims.Extractor()
    claims = ex.claims(READOUT)
    assert [c["text"] for c in claims] == ["$863.4 billion", "300,000", "2,000"]
    trade, people, refugees = claims
    assert (trade["kind"], trade["value"], trade["unit"]) == ("money", "863400000000", "USD")
    assert trade["hedge"] == {"kind": "exact", "text": None, "span": None}
    assert (trade["time"]["text"], trade["time"]["start"], trade["time"]["end"]) == ("in 2022", "2022-01-01", "2022-12-31")
    assert (people["kind"], people["value"], people["unit"]) == ("count", "300000", "individual")
    assert people["counted"].startswith("individuals")
    assert people["hedge"]["kind"] == "nearly"
    # The last 12 months before the readout's own date (the dateline).
    assert (people["time"]["start"], people["time"]["end"]) == ("2022-11-17", "2023-11-17")
    assert people["time"]["resolved_from"] == "document"
    assert refugees["hedge"]["kind"] == "more_than"
    assert refugees["interval"] == {
        "low": "2000",
        "low_inclusive": False,
        "high": None,
        "high_inclusive": False,
        "approximate": False,
    }
    assert ex.reference(READOUT)["date"] == "2023-11-17"


def test_keys_are_the_json_schemas():
    claim = policy_claims.Extractor().claims(READOUT)[0]
    assert list(claim) == [
        "text", "span", "kind", "value", "value_high", "unit", "currency_source", "counted", "hedge", "interval", "time",
        "change", "modality", "sentence",
    ]
    assert claim["change"] is None and claim["modality"] == "reported"
    rise = policy_claims.Extractor().claims(ACCENTED)[1]
    assert rise["text"] == "12 percent" and rise["change"] == {"role": "delta", "direction": "up", "partner": 0}
    assert list(claim["time"]) == [
        "text", "span", "start", "end", "granularity", "kind", "relative", "resolved_from", "duration", "calendar", "modifier"
    ]
    json.dumps(claim)  # JSON-ready: only str, int, bool, None, dicts and lists


@pytest.mark.parametrize("method", ["claims", "mentions", "times"])
def test_spans_slice_python_strings(method):
    text = ACCENTED * 3
    items = getattr(policy_claims.Extractor(reference_date="2024-01-31"), method)(text)
    assert items
    for item in items:
        assert text[item["span"]["start"] : item["span"]["end"]] == item["text"]
        hedge = item.get("hedge")
        if hedge and hedge["span"]:
            assert text[hedge["span"]["start"] : hedge["span"]["end"]] == hedge["text"]
        time = item.get("time")
        if time:
            assert text[time["span"]["start"] : time["span"]["end"]] == time["text"]
        if "sentence" in item:
            s = item["sentence"]
            assert item["text"] in text[s["start"] : s["end"]]


def test_dicts_equal_the_rust_json(example_binary, tmp_path):
    """Every field the library serialises is in the dicts, with the same value, spans in
    characters: a field added to the library appears here without a change."""
    text = READOUT + ACCENTED + "Up to $5 million in grants, between 10 and 20 percent, 3 in 5 adults.\n"
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    for flag, method in (("", "claims"), ("--mentions", "mentions"), ("--times", "times")):
        cmd = [str(example_binary), "--format", "jsonl", "--reference-date", "2024-02-29", str(path)]
        if flag:
            cmd.insert(1, flag)
        lines = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True, encoding="utf-8").stdout.splitlines()
        rust = [json.loads(line) for line in lines]
        for item in rust:
            del item["source"]
        ours = getattr(policy_claims.Extractor(reference_date=dt.date(2024, 2, 29)), method)(text)
        assert ours == [to_chars(item, text.encode("utf-8")) for item in rust], method
        assert len(ours) >= 3


def test_reference_date_forms():
    text = "Exports rose 4 percent last year."
    for date in ("2024-03-14", dt.date(2024, 3, 14), dt.datetime(2024, 3, 14, 9, 30)):
        [c] = policy_claims.Extractor(reference_date=date).claims(text)
        assert (c["time"]["start"], c["time"]["end"]) == ("2023-01-01", "2023-12-31")
    [c] = policy_claims.Extractor().claims(text)
    assert c["time"]["start"] is None


@pytest.mark.parametrize("bad", ["2024-13-01", "14/03/2024", "2024-3-14", "yesterday"])
def test_bad_reference_date_names_the_argument(bad):
    with pytest.raises(ValueError, match="reference_date"):
        policy_claims.Extractor(reference_date=bad)


def test_bad_arguments():
    with pytest.raises(TypeError, match="reference_date"):
        policy_claims.Extractor(reference_date=20240314)
    with pytest.raises(TypeError, match="keep_non_claims"):
        policy_claims.Extractor(keep_non_claims="yes")
    ex = policy_claims.Extractor()
    for method in (ex.claims, ex.mentions, ex.times, ex.reference):
        with pytest.raises(TypeError, match="text must be a str, not bytes"):
            method(b"$5 million")
        with pytest.raises(TypeError, match="text must be a str, not NoneType"):
            method(None)
    with pytest.raises(ValueError, match="text holds a lone surrogate at index 3"):
        ex.claims("abc\ud800 $5 million")


def test_jurisdiction():
    names = policy_claims.jurisdictions()
    assert names[:2] == ["united_states", "canada"] and "united_kingdom" in names and len(names) >= 11
    for given in ("canada", "United Kingdom", "new-zealand", " HONG_KONG "):
        ex = policy_claims.Extractor(jurisdiction=given)
        assert ex.jurisdiction == given
        assert ex.claims("Exports reached $5 billion in 2023.")[0]["value"] == "5000000000"
    back = pickle.loads(pickle.dumps(policy_claims.Extractor(jurisdiction="canada")))
    assert back.jurisdiction == "canada"
    with pytest.raises(ValueError, match=r'jurisdiction: "Narnia" is not a jurisdiction \(unknown variant `narnia`, expected one of `united_states`'):
        policy_claims.Extractor(jurisdiction="Narnia")
    with pytest.raises(TypeError, match="jurisdiction"):
        policy_claims.Extractor(jurisdiction=1)
    assert policy_claims.Extractor(jurisdiction=None).jurisdiction is None


def test_keep_non_claims():
    text = "The two leaders met."
    assert policy_claims.Extractor().claims(text) == []
    [c] = policy_claims.Extractor(keep_non_claims=True).claims(text)
    assert c["text"] == "two"


def test_pickle_and_repr():
    ex = policy_claims.Extractor(reference_date="2024-03-14", keep_non_claims=True)
    back = pickle.loads(pickle.dumps(ex))
    assert (back.reference_date, back.keep_non_claims) == (dt.date(2024, 3, 14), True)
    assert back.claims("The two leaders met last year.") == ex.claims("The two leaders met last year.")
    assert repr(back) == "Extractor(reference_date=datetime.date(2024, 3, 14), jurisdiction=None, keep_non_claims=True)"


def test_edge_inputs_do_not_crash():
    ex = policy_claims.Extractor()
    assert ex.claims("") == []
    assert ex.claims("\x00\x01 $ % 9" * 1000) is not None
    assert ex.claims("9" * 5000 + " dollars") is not None
    assert len(ex.claims("more than " * 10_000 + "2,000 refugees")) == 1
