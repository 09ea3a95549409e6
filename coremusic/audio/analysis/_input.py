"""The one place where analysis inputs are checked and normalised.

Every public analysis entry point passes its signal through :func:`_as_mono`
(or :func:`_as_channels` when channels matter, e.g. loudness), so accepting new
kinds of input (file paths through the portable ``AudioFile``) is a change here only.
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np
import numpy.typing as npt

__all__: list[str] = []

#: Largest channel count we accept; used to tell ``(channels, n)`` from ``(n, channels)``.
_MAX_CHANNELS = 16


def _check_sr(sr: Any) -> int:
    if isinstance(sr, bool) or not isinstance(sr, (int, np.integer, float, np.floating)):
        raise TypeError(f"sample rate must be a number, got {type(sr).__name__}")
    if not np.isfinite(sr) or sr <= 0 or float(sr) != int(sr):
        raise ValueError(f"sample rate must be a positive integer number of Hz, got {sr!r}")
    return int(sr)


def _to_float(y: Any, dtype: type[np.floating[Any]]) -> npt.NDArray[Any]:
    if isinstance(y, (str, bytes, os.PathLike)):
        raise TypeError(
            f"expected a numpy array of samples, got the path {os.fsdecode(y)!r}; "
            "read the file first (AudioFile / AudioAnalyzer accept paths)"
        )
    arr = np.asarray(y)
    if arr.dtype.kind in "iu":
        info = np.iinfo(arr.dtype)
        # integer PCM: map the full range to [-1, 1)
        scale = float(-int(info.min)) if info.min < 0 else float(info.max + 1) / 2.0
        offset = 0.0 if info.min < 0 else scale
        arr = (arr.astype(np.float64) - offset) / scale
    elif arr.dtype.kind == "b" or arr.dtype.kind not in "f":
        raise TypeError(
            f"audio samples must be a real float or integer array, got dtype {arr.dtype}"
        )
    arr = arr.astype(dtype, copy=False)
    if arr.size == 0:
        raise ValueError("audio signal is empty")
    if not np.all(np.isfinite(arr)):
        raise ValueError("audio signal contains NaN or infinite samples")
    return arr


def _channels_first(arr: npt.NDArray[Any]) -> npt.NDArray[Any]:
    if arr.ndim == 1:
        return arr[np.newaxis, :]
    if arr.ndim != 2:
        raise ValueError(f"audio must be 1-D (mono) or 2-D (multichannel), got shape {arr.shape}")
    rows, cols = arr.shape
    if rows <= _MAX_CHANNELS < cols or (
        rows <= _MAX_CHANNELS and cols <= _MAX_CHANNELS and rows < cols
    ):
        return arr
    if cols <= _MAX_CHANNELS < rows or (
        rows <= _MAX_CHANNELS and cols <= _MAX_CHANNELS and cols < rows
    ):
        return arr.T
    raise ValueError(
        f"cannot tell channels from samples in shape {arr.shape}: one axis must have "
        f"at most {_MAX_CHANNELS} channels"
    )


def _as_channels(
    y: Any, sr: Any, *, dtype: type[np.floating[Any]] = np.float64
) -> tuple[npt.NDArray[Any], int]:
    """Return ``(y, sr)`` with ``y`` as a float array of shape ``(channels, n)``.

    Accepts ``(n,)``, ``(channels, n)`` and ``(n, channels)`` (the axis with at
    most 16 entries is the channel axis), float or integer PCM.
    """
    sr_int = _check_sr(sr)
    return _channels_first(_to_float(y, dtype)), sr_int


def _as_mono(
    y: Any, sr: Any, *, dtype: type[np.floating[Any]] = np.float32
) -> tuple[npt.NDArray[Any], int]:
    """Return ``(y, sr)`` with ``y`` a contiguous 1-D float array (channels averaged)."""
    chans, sr_int = _as_channels(y, sr, dtype=dtype)
    mono = chans[0] if chans.shape[0] == 1 else chans.mean(axis=0, dtype=dtype)
    return np.ascontiguousarray(mono), sr_int


def _as_1d(y: Any, name: str = "y") -> npt.NDArray[np.float32]:
    """A 1-D signal without a sample rate (STFT-level helpers that do not need one)."""
    arr = _to_float(y, np.float32)
    if arr.ndim != 1:
        raise ValueError(f"{name} must be 1-D (mono), got shape {arr.shape}")
    return np.ascontiguousarray(arr)


def _positive_int(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise TypeError(f"{name} must be an integer, got {type(value).__name__}")
    if value <= 0:
        raise ValueError(f"{name} must be positive, got {value}")
    return int(value)
