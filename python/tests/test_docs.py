"""The examples in the package's docstrings run and print what they show."""

from __future__ import annotations

import doctest

import pytest

import policy_claims
import policy_claims.pandas
import policy_claims.polars
import policy_claims.spark


@pytest.mark.parametrize("module", [policy_claims, policy_claims.pandas, policy_claims.polars, policy_claims.spark])
def test_docstring_examples(module):
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
    if module is not policy_claims.spark:
        assert result.attempted > 0


def test_typed_package():
    from pathlib import Path

    root = Path(policy_claims.__file__).parent
    assert (root / "py.typed").exists() and (root / "_native.pyi").exists()
