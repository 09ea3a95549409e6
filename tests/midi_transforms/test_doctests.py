"""The docstring examples of coremusic.midi.transforms run and give the output they show."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "coremusic.midi.transforms",
    "coremusic.midi.transforms._core",
    "coremusic.midi.transforms.pitch",
    "coremusic.midi.transforms.velocity",
    "coremusic.midi.transforms.filters",
    "coremusic.midi.transforms.timing",
    "coremusic.midi.transforms.generate",
    "coremusic.midi.transforms.functions",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted > 0
