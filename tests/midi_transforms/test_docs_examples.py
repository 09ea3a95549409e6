"""Every python code block in docs/midi-transforms.md runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "midi-transforms.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


def test_doc_has_examples() -> None:
    assert len(BLOCKS) >= 8


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_doc_example_runs(index: int, capsys: pytest.CaptureFixture[str]) -> None:
    namespace: dict[str, object] = {}
    # blocks build on each other in page order (like a reader typing them in)
    for code in BLOCKS[: index + 1]:
        exec(compile(code, f"{DOC.name}[block {index}]", "exec"), namespace)
    assert capsys.readouterr().err == ""
