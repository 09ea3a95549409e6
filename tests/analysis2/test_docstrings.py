"""Every docstring Example in the analysis2 modules runs and prints what it shows."""

from __future__ import annotations

import doctest
import importlib
import inspect

import pytest

MODULES = [
    "coremusic.audio.analysis.analyzer",
    "coremusic.shortcuts",
    "coremusic.audio.slicing",
    "coremusic.audio.slicing.slice",
    "coremusic.audio.slicing.collection",
    "coremusic.audio.slicing.slicer",
    "coremusic.audio.slicing.recombine",
    "coremusic.utils.batch",
    "coremusic.audio.visualization",
    "coremusic.audio.visualization.overlays",
    "coremusic.audio.visualization.waveform",
    "coremusic.audio.visualization.spectral",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    if "visualization" in name:
        pytest.importorskip("matplotlib")
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize("name", MODULES)
def test_every_public_name_has_an_example(name: str) -> None:
    if "visualization" in name:
        pytest.importorskip("matplotlib")
    module = importlib.import_module(name)
    for public in getattr(module, "__all__", []):
        obj = getattr(module, public)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            assert obj.__doc__ and "Example" in obj.__doc__, f"{name}.{public} has no Example"
