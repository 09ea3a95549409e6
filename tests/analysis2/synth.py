"""Synthesised signals with known ground truth for the analysis2 tests."""

from __future__ import annotations

import os

import numpy as np
import numpy.typing as npt

from coremusic.audio.file import AudioFile

__all__ = ["plucks", "write"]


def plucks(
    sr: int,
    onsets: list[float],
    length: float,
    *,
    freqs: tuple[float, ...] = (330.0, 440.0, 550.0, 660.0),
    decay: float = 0.08,
    noise_db: float = -80.0,
    channels: int = 1,
    seed: int = 0,
) -> npt.NDArray[np.float32]:
    """Decaying sine notes starting exactly at ``onsets`` (seconds), shape (n,) or (n, channels)."""
    n = round(length * sr)
    rng = np.random.default_rng(seed)
    y = rng.standard_normal(n) * 10 ** (noise_db / 20)
    for k, t in enumerate(onsets):
        a = round(t * sr)
        m = min(n - a, round(6 * decay * sr))
        tt = np.arange(m) / sr
        y[a : a + m] += 0.6 * np.sin(2 * np.pi * freqs[k % len(freqs)] * tt) * np.exp(-tt / decay)
    y32 = y.astype(np.float32)
    if channels == 1:
        return y32
    return np.stack([y32 * (1.0 - 0.2 * c) for c in range(channels)], axis=1)


def write(path: str | os.PathLike[str], y: npt.ArrayLike, sr: int, subtype: str = "FLOAT") -> str:
    """Write ``(n,)`` or ``(n, channels)`` samples with AudioFile."""
    arr = np.asarray(y)
    ch = 1 if arr.ndim == 1 else arr.shape[1]
    with AudioFile(path, mode="w", samplerate=sr, channels=ch, subtype=subtype) as f:
        f.write(arr)
    return os.fspath(path)
