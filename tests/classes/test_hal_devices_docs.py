"""The device classes' runnable docstring examples pass, and the code blocks of
docs/audio-devices-macos.md run against the HAL double's device graph."""

from __future__ import annotations

import contextlib
import doctest
import importlib
import io
import re
from pathlib import Path
from typing import Any

import pytest

from coremusic.audio.hal_devices import active_subscriptions, drain_events
from tests.doubles.coreaudio_devices import DeviceGraphModel

DOC = Path(__file__).resolve().parents[2] / "docs" / "audio-devices-macos.md"


@pytest.mark.parametrize("module_name", ["coremusic.audio.hal_device", "coremusic.audio.hal_devices",
                                         "coremusic.audio.hal_listeners"])
def test_docstring_examples_that_run_anywhere(module_name: str) -> None:
    """Examples not marked ``+SKIP`` (they need macOS) run here and must hold."""
    module = importlib.import_module(module_name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_doc_page_blocks_run_through_the_double(framework_double: Any, cf: Any) -> None:
    """Every block but the endless asyncio one and the one showing raised errors runs."""
    graph = DeviceGraphModel(framework_double("CoreAudio"), cf)
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)
    runnable = [b for b in blocks if "asyncio.run(" not in b and "\n# ValueError" not in b]
    assert len(runnable) >= 6
    namespace: dict[str, Any] = {}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        for block in runnable:
            exec(compile(block, str(DOC), "exec"), namespace)  # our own docs page
    graph.join()
    assert drain_events(5.0)
    printed = out.getvalue()
    assert "<AudioDevice 73 'MacBook Pro Speakers'" in printed
    assert "<AudioTransportType.USB: 'usb '> [44100.0, 48000.0" in printed
    assert "Scarlett 2i2 USB runs at 48000.0" in printed
    assert active_subscriptions() == ()
