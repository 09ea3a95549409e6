"""The transforms are reachable lazily from coremusic.midi, and only from there on use."""

from __future__ import annotations

import subprocess
import sys

import coremusic.midi as midi
import coremusic.midi.transforms as tf


def test_lazy_exports_resolve_to_the_transforms() -> None:
    for name in midi._TRANSFORMS:
        assert getattr(midi, name) is getattr(tf, name)
        assert name in tf.__all__ and name in midi.__all__


def test_importing_coremusic_midi_does_not_load_the_transforms() -> None:
    code = ("import sys, coremusic.midi; "
            "print('coremusic.midi.transforms' in sys.modules); "
            "coremusic.midi.Pipeline; print('coremusic.midi.transforms' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]
