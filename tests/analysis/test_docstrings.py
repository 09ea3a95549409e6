"""Every docstring Example in the analysis package runs and prints what it shows."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "coremusic.audio.analysis._stft",
    "coremusic.audio.analysis.features",
    "coremusic.audio.analysis.chroma",
    "coremusic.audio.analysis.rhythm",
    "coremusic.audio.analysis.pitch",
    "coremusic.audio.analysis.key",
    "coremusic.audio.analysis.loudness",
    "coremusic.audio.analysis.fingerprint",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0


def test_every_public_name_has_an_example() -> None:
    import coremusic.audio.analysis as pkg

    missing = [
        n
        for n in pkg.__all__
        if n.isidentifier() and not n.isupper() and "Example" not in (getattr(pkg, n).__doc__ or "")
    ]
    assert missing == []
