"""The docstring examples of coremusic.midi run and give the output they show."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "coremusic.midi",
    "coremusic.midi.errors",
    "coremusic.midi.messages",
    "coremusic.midi.ump",
    "coremusic.midi.tempo",
    "coremusic.midi.track",
    "coremusic.midi.sequence",
    "coremusic.midi.smf",
    "coremusic.midi.smf.events",
    "coremusic.midi.smf.reader",
    "coremusic.midi.smf.writer",
    "coremusic.midi.smf.merge",
    "coremusic.midi.port_adapters",
    "coremusic.midi.router",
    "coremusic.midi.player",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0
