"""The README's Python and At scale sections: every Python block runs as written, in order, and
the shell one-liner prints the design card's three claims."""

from __future__ import annotations

import re
import subprocess
import sys

import support
from conftest import READOUT


def sections():
    readme = (support.REPO / "README.md").read_text(encoding="utf-8")
    start = readme.index("\n## Python\n")
    end = readme.index("\n## ", readme.index("\n## At scale\n") + 1)
    return readme[start:end]


def test_python_blocks_run(spark, capsys):
    blocks = re.findall(r"```python\n(.*?)```", sections(), re.S)
    assert len(blocks) == 5
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "$863.4 billion money 863400000000 USD exact 2022-01-01 2022-12-31" in out
    assert "300,000 count 300000 individual nearly 2022-11-17 2023-11-17" in out
    assert "5000000000" in out  # the Spark block's show()


def test_shell_one_liner(tmp_path):
    [line] = [l for l in sections().splitlines() if l.startswith("python -c ")]
    code = re.match(r"python -c '(.*)' readout.txt$", line).group(1)
    (tmp_path / "readout.txt").write_text(READOUT, encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", code, "readout.txt"], cwd=tmp_path, check=True, stdout=subprocess.PIPE, text=True).stdout
    assert out.splitlines() == [
        "$863.4 billion money 863400000000 USD exact",
        "300,000 count 300000 individual nearly",
        "2,000 count 2000 refugee more_than",
    ]
