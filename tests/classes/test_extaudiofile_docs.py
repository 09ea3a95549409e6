"""The runnable (```python, >>>) examples of docs/extaudiofile.md and the docstring examples of
the ExtAudioFile, backend, stream and asyncio modules (those that need no Mac) pass."""

from __future__ import annotations

import doctest
import importlib
import re
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("soundfile")

DOC = Path(__file__).resolve().parents[2] / "docs" / "extaudiofile.md"


def test_docs_page_examples_run() -> None:
    doc = DOC.read_text(encoding="utf-8")
    blocks = list(re.finditer(r"```python\n(>>> .*?)```", doc, re.DOTALL))
    assert len(blocks) >= 3
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    namespace: dict[str, Any] = {}
    for block in blocks:
        line = doc.count("\n", 0, block.start(1))
        test = parser.get_doctest(block.group(1), namespace, DOC.name, str(DOC), line)
        runner.run(test, clear_globs=False)
        namespace.update(test.globs)
    result = runner.summarize(verbose=False)
    assert result.attempted >= 10 and result.failed == 0


@pytest.mark.parametrize("module", ["extaudiofile", "file_backend_macos", "file_stream", "async_file"])
def test_module_examples_run(module: str) -> None:
    result = doctest.testmod(importlib.import_module(f"coremusic.audio.{module}"), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
