"""The examples of docs/slicing.md, docs/visualization.md and docs/batch.md run."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = ["slicing.md", "visualization.md", "batch.md"]


def _blocks(page: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", (DOCS / page).read_text(), flags=re.S)


@pytest.mark.parametrize("page", PAGES)
def test_page_examples_run(page: str) -> None:
    if page == "visualization.md":
        pytest.importorskip("matplotlib")
    blocks = _blocks(page)
    assert blocks
    for code in blocks:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            exec(compile(code, f"{page}", "exec"), {"__name__": "__docs__"})
