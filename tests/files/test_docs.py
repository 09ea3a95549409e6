"""Every ```python block of docs/audio-files.md (they start with >>>) runs as a passing doctest."""

from __future__ import annotations

import doctest
import re
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("soundfile")

DOC = Path(__file__).resolve().parents[2] / "docs" / "audio-files.md"


def test_docs_examples_run() -> None:
    doc = DOC.read_text(encoding="utf-8")
    blocks = list(re.finditer(r"```python\n(>>> .*?)```", doc, re.DOTALL))
    assert len(blocks) >= 8
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    namespace: dict[str, Any] = {}  # one page: later blocks use earlier names
    for block in blocks:
        line = doc.count("\n", 0, block.start(1))
        test = parser.get_doctest(block.group(1), namespace, "audio-files.md", str(DOC), line)
        runner.run(test, clear_globs=False)
        namespace.update(test.globs)
    result = runner.summarize(verbose=False)
    assert result.attempted > 20
    assert result.failed == 0


@pytest.mark.parametrize("module", ["buffer_pool", "file", "file_backends", "file_convert", "file_headers",
                                    "mmap_file"])
def test_module_examples_run(module: str) -> None:
    """The Example sections of the file modules' docstrings are passing doctests."""
    import importlib

    mod = importlib.import_module(f"coremusic.audio.{module}")
    result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
