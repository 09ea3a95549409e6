"""Fixtures of the file tests: a factory of small audio files written with soundfile."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

sf = pytest.importorskip("soundfile")

EXTENSIONS = {"WAV": "wav", "WAVEX": "wav", "AIFF": "aiff", "CAF": "caf", "RF64": "wav", "FLAC": "flac",
              "OGG": "ogg", "MP3": "mp3", "W64": "w64", "AU": "au"}


def signal(frames: int, channels: int, seed: int = 0) -> np.ndarray[Any, Any]:
    """Deterministic noise in [-1, 1) with a few full-scale samples."""
    rng = np.random.default_rng(seed)
    data = rng.uniform(-1.0, 1.0, (frames, channels))
    if frames:
        data[0, :] = -1.0
    return data


@pytest.fixture
def make_file(tmp_path: Path) -> Callable[..., Path]:
    """``make_file(format, subtype, frames=257, channels=2, rate=44100, endian='FILE')`` -> path."""
    counter = iter(range(10**6))

    def make(fmt: str, subtype: str | None = None, frames: int = 257, channels: int = 2, rate: int = 44100,
             endian: str = "FILE", seed: int = 0) -> Path:
        path = tmp_path / f"f{next(counter)}_{subtype or 'default'}.{EXTENSIONS[fmt]}"
        sf.write(path, signal(frames, channels, seed), rate, subtype=subtype, format=fmt, endian=endian)
        return path

    return make


@pytest.fixture
def write_bytes(tmp_path: Path) -> Callable[[bytes, str], Path]:
    """Write raw bytes to a fresh file and return its path."""
    counter = iter(range(10**6))

    def write(data: bytes, suffix: str = ".bin") -> Path:
        path = tmp_path / f"raw{next(counter)}{suffix}"
        path.write_bytes(data)
        return path

    return write
