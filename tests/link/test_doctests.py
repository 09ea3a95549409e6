"""The docstring examples of coremusic.link (disabled sessions: no network)."""

from __future__ import annotations

import doctest
import importlib

import pytest

pytestmark = pytest.mark.usefixtures("no_sockets")

MODULES = [
    "coremusic.link",
    "coremusic.link._session",
    "coremusic.link._state",
    "coremusic.link.audio",
    "coremusic.link.metronome",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, report=True)
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0
