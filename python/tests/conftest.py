"""Fixtures shared by the Python tests. They run on the installed wheel (see .ci/run)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

# Our own words, with the facts of the seed readout: the design card's three claims.
READOUT = (
    "November 17, 2023\n\n"
    "The two leaders noted that two-way trade totaled $863.4 billion in 2022, a record. "
    "Nearly 300,000 individuals from these countries arrived lawfully in the last 12 months, "
    "and more than 2,000 refugees were resettled.\n"
)

# Characters of two, three and four UTF-8 bytes before the figures.
ACCENTED = "Résumé — “Joint readout” 🙂: exports reached €4.5 billion in 2023, up 12 percent. Café owners hired about 1,200 workers.\n"


@pytest.fixture(scope="session")
def example_binary() -> Path:
    """The Rust `extract` example, built once per session (dev profile)."""
    import support

    return support.example_binary()


@pytest.fixture(scope="session")
def spark():
    """A local Spark session on two cores, with this interpreter on the workers."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("policy-claims tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "1g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
