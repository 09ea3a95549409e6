"""Every python block of docs/midi-routing-playback.md runs against the test JACK server."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "midi-routing-playback.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)

pytestmark = pytest.mark.jack


def test_doc_examples_run_in_order(jack_server: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert len(BLOCKS) >= 4
    namespace: dict[str, object] = {}
    # blocks build on each other in page order (like a reader typing them in)
    for index, code in enumerate(BLOCKS):
        exec(compile(code, f"{DOC.name}[block {index}]", "exec"), namespace)
    out = capsys.readouterr()
    assert out.err == ""
    assert "RouterStats(received=4, routed=4" in out.out
