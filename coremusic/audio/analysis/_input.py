"""The one place where analysis inputs are checked and normalised.

Every public analysis entry point passes its signal through :func:`_as_mono`
(or :func:`_as_channels` when channels matter, e.g. loudness), so accepting new
kinds of input is a change here only.

A file path (``str``, ``bytes`` or ``os.PathLike``) is read with the portable
:class:`~coremusic.audio.file.AudioFile`. The entry points' ``sr`` argument then
means "analyse at this rate": when it differs from the file's rate the signal is
resampled to it (librosa's ``load`` does the same), so every rate a function derives
from ``sr`` (mel bases, frames per second) stays right. ``sr=None`` keeps the file's
rate. The sample-rate-free helpers (``rms``, ``zero_crossing_rate``) pass
:data:`_RATE_FREE_SR`, which also keeps the file's rate.
"""

from __future__ import annotations

import math
import os
from typing import Any

import numpy as np
import numpy.typing as npt

__all__: list[str] = []

#: What callers that need no sample rate pass as ``sr``; a file is then read at its own rate.
_RATE_FREE_SR = 1

#: Largest channel count we accept; used to tell ``(channels, n)`` from ``(n, channels)``.
_MAX_CHANNELS = 16


def _is_path(y: Any) -> bool:
    return isinstance(y, (str, bytes, os.PathLike))


def _resample(x: npt.NDArray[Any], sr_from: int, sr_to: int) -> npt.NDArray[Any]:
    """Resample ``(channels, n)`` from ``sr_from`` to ``sr_to`` (band-limited)."""
    if sr_from == sr_to:
        return x
    g = math.gcd(sr_from, sr_to)
    up, down = sr_to // g, sr_from // g
    n_out = max(1, -(-x.shape[-1] * up // down))
    try:
        from scipy.signal import resample_poly
    except ImportError:  # no scipy: one real FFT per channel
        spec = np.fft.rfft(x, axis=-1)
        keep = min(spec.shape[-1], n_out // 2 + 1)
        out = np.fft.irfft(spec[..., :keep], n=n_out, axis=-1) * (n_out / x.shape[-1])
    else:
        out = resample_poly(x, up, down, axis=-1)[..., :n_out]
    return np.asarray(out, dtype=x.dtype)


def _read_path(
    path: str | bytes | os.PathLike[Any],
    sr: Any,
    *,
    offset: float = 0.0,
    duration: float | None = None,
    dtype: type[np.floating[Any]] = np.float32,
) -> tuple[npt.NDArray[Any], int]:
    """Read ``path`` as ``(channels, n)`` floats at ``sr`` (``None``: the file's rate).

    ``offset`` and ``duration`` (seconds) select a part of the file; only that part is
    decoded (the reader seeks).
    """
    from coremusic.audio.file import AudioFile

    for name, value in (("offset", offset), ("duration", duration)):
        if value is None and name == "duration":
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
            raise TypeError(f"{name} must be a number of seconds, got {type(value).__name__}")
        if not math.isfinite(value) or value < 0:
            raise ValueError(f"{name} must be a finite number of seconds >= 0, got {value!r}")
    with AudioFile(os.fsdecode(path)) as f:
        file_sr = round(f.sample_rate)
        start = min(round(float(offset) * file_sr), f.frames)
        n = -1 if duration is None else round(float(duration) * file_sr)
        if start:
            f.seek(start)
        data = f.read(n, dtype="float64" if dtype == np.float64 else "float32")
    if data.shape[0] == 0:
        where = f" from {offset} s" if offset else ""
        raise ValueError(f"no audio samples in {os.fsdecode(path)!r}{where}")
    x = np.ascontiguousarray(data.T)
    if not np.all(np.isfinite(x)):
        raise ValueError(f"{os.fsdecode(path)!r} contains NaN or infinite samples")
    if sr is None or (not isinstance(sr, bool) and isinstance(sr, (int, np.integer)) and sr == _RATE_FREE_SR):
        return x, file_sr
    target = _check_sr(sr)
    return _resample(x, file_sr, target), target


def _check_sr(sr: Any) -> int:
    if sr is None:
        raise TypeError("a numpy array of samples needs its sample rate (got sr=None)")
    if isinstance(sr, bool) or not isinstance(sr, (int, np.integer, float, np.floating)):
        raise TypeError(f"sample rate must be a number, got {type(sr).__name__}")
    if not np.isfinite(sr) or sr <= 0 or float(sr) != int(sr):
        raise ValueError(f"sample rate must be a positive integer number of Hz, got {sr!r}")
    return int(sr)


def _to_float(y: Any, dtype: type[np.floating[Any]]) -> npt.NDArray[Any]:
    if _is_path(y):
        raise TypeError(f"expected a numpy array of samples here, got the path {os.fsdecode(y)!r}")
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
    most 16 entries is the channel axis), float or integer PCM, or a file path (read
    at ``sr``; see the module docstring).
    """
    if _is_path(y):
        return _read_path(y, sr, dtype=dtype)
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
    """A 1-D signal without a sample rate (STFT-level helpers that do not need one).

    A path is read at the file's own rate and its channels averaged.
    """
    if _is_path(y):
        return _as_mono(y, _RATE_FREE_SR)[0]
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
