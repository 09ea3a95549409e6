"""``AudioSlicer``: cut a signal into slices at onsets, transients, a grid or given times."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from coremusic.audio.analysis._input import _as_channels, _is_path, _read_path

from .collection import SliceCollection
from .slice import Slice

__all__ = ["AudioSlicer", "SliceMethod"]

SliceMethod = Literal["onset", "transient", "zero_crossing", "grid", "manual"]
_METHODS = ("onset", "transient", "zero_crossing", "grid", "manual")
I64 = npt.NDArray[np.int64]


def _trailing_max(x: npt.NDArray[np.float32], width: int) -> npt.NDArray[np.float32]:
    """``out[i] = max(x[i - width + 1 : i + 1])`` (fewer at the start)."""
    from numpy.lib.stride_tricks import sliding_window_view

    padded = np.concatenate([np.zeros(width - 1, x.dtype), x])
    return np.asarray(sliding_window_view(padded, width).max(axis=1))


def _attack_start(mono: npt.NDArray[np.float32], guess: int, before: int, after: int, sr: int) -> int:
    """Sample where the attack around ``guess`` begins.

    Within ``[guess - before, guess + after)`` the 1 ms trailing-max envelope is taken;
    from its minimum before the peak, the first sample reaching 10 % of the rise is the
    attack start.
    """
    a, b = max(0, guess - before), min(mono.size, guess + after)
    if b - a < 2:
        return guess
    env = _trailing_max(np.abs(mono[a:b]), max(1, sr // 1000))
    peak = int(np.argmax(env))
    low = int(np.argmin(env[: peak + 1]))
    base, top = float(env[low]), float(env[peak])
    if top <= base:
        return guess
    above = np.flatnonzero(env[low : peak + 1] >= base + 0.1 * (top - base))
    return a + low + int(above[0])


class AudioSlicer:
    """Find slice boundaries in a signal and cut it into a :class:`SliceCollection`.

    Parameters
    ----------
    source : path or np.ndarray
        A file, or samples ``(n,)`` / ``(channels, n)`` / ``(n, channels)``.
    sample_rate : int, optional
        Required with an array; with a path, resample to it (``None``: the file's rate).
    method : {'onset', 'transient', 'zero_crossing', 'grid', 'manual'}
        ``'onset'``: spectral-flux onsets (:func:`~coremusic.audio.analysis.onset_detect`)
        moved to the sample where each attack starts. ``'transient'``: a time-domain
        detector (energy of the last 5 ms against the 50 ms before it), sample
        accurate, good for drums. ``'zero_crossing'``: onsets moved to the nearest zero
        crossing (click-free cuts). ``'grid'``: equal slices (``bpm`` and ``division``
        in beats, or ``slice_duration`` seconds; without either the tempo is detected).
        ``'manual'``: the ``positions`` (seconds) you give.
    sensitivity : float
        In [0, 1]; higher finds more onsets/transients.
    min_slice_duration : float
        Boundaries closer than this (seconds) to the previous one are dropped.

    Notes
    -----
    Slices always tile the whole signal: the first starts at 0 and each ends where the
    next begins, so concatenating them gives the source back.

    Example
    -------
    >>> import numpy as np
    >>> sr = 22050
    >>> y = np.zeros(2 * sr, np.float32)
    >>> for t in (0.5, 1.0, 1.5):
    ...     i = int(t * sr); y[i:i + 2000] = np.sin(np.arange(2000) * 0.3) * np.exp(-np.arange(2000) / 400)
    >>> s = AudioSlicer(y, sr, method='transient').detect_slices()
    >>> [round(x.start, 3) for x in s]
    [0.0, 0.5, 1.0, 1.5]
    """

    def __init__(
        self,
        source: str | os.PathLike[str] | npt.ArrayLike,
        sample_rate: int | None = None,
        method: SliceMethod = "onset",
        sensitivity: float = 0.5,
        *,
        min_slice_duration: float = 0.05,
        offset: float = 0.0,
        duration: float | None = None,
    ) -> None:
        if method not in _METHODS:
            raise ValueError(f"method must be one of {', '.join(map(repr, _METHODS))}, got {method!r}")
        if isinstance(sensitivity, bool) or not isinstance(sensitivity, (int, float)) or not 0 <= sensitivity <= 1:
            raise ValueError(f"sensitivity must be a number in [0, 1], got {sensitivity!r}")
        if not np.isfinite(min_slice_duration) or min_slice_duration < 0:
            raise ValueError(f"min_slice_duration must be >= 0 seconds, got {min_slice_duration!r}")
        if _is_path(source):
            self.path: str | None = os.fsdecode(source)  # type: ignore[arg-type]
            data, sr = _read_path(source, sample_rate, offset=offset, duration=duration)  # type: ignore[arg-type]
        else:
            self.path = None
            data, sr = _as_channels(source, sample_rate, dtype=np.float32)
        self._frames = np.ascontiguousarray(data.T, dtype=np.float32)  # (n, channels)
        self._mono = np.ascontiguousarray(self._frames.mean(axis=1, dtype=np.float32))
        self.sample_rate: int = sr
        self.method: SliceMethod = method
        self.sensitivity = float(sensitivity)
        self.min_slice_duration = float(min_slice_duration)

    def __repr__(self) -> str:
        src = repr(self.path) if self.path is not None else "<array>"
        return (
            f"AudioSlicer({src}, sample_rate={self.sample_rate}, method={self.method!r}, "
            f"sensitivity={self.sensitivity}, duration={self._mono.size / self.sample_rate:.3f} s)"
        )

    # ---------------------------------------------------------------- detectors
    def _onsets(self) -> I64:
        from coremusic.audio.analysis.rhythm import onset_detect

        hop = 512
        delta = 0.005 + 0.3 * (1.0 - self.sensitivity) ** 2
        frames = onset_detect(self._mono, self.sample_rate, hop_length=hop, delta=delta, backtrack=True)
        guesses = np.asarray(frames, dtype=np.int64) * hop
        return np.array(
            [_attack_start(self._mono, int(g), hop, 3 * hop, self.sample_rate) for g in guesses],
            dtype=np.int64,
        )

    def _transients(self) -> I64:
        sr = self.sample_rate
        step = max(1, sr // 1000)  # 1 ms
        n_steps = self._mono.size // step
        if n_steps < 8:
            return np.zeros(0, np.int64)
        e = (self._mono[: n_steps * step].astype(np.float64) ** 2).reshape(n_steps, step).sum(axis=1)
        c = np.concatenate([[0.0], np.cumsum(e)])
        k = np.arange(n_steps)
        short = (c[np.minimum(k + 5, n_steps)] - c[k]) / np.minimum(5, n_steps - k)
        lo = np.maximum(k - 50, 0)
        long = (c[k] - c[lo]) / np.maximum(k - lo, 1)
        floor = 1e-6 * step  # -60 dBFS mean square per step
        thr_db = 20.0 - 17.0 * self.sensitivity
        with np.errstate(divide="ignore"):
            rise = 10 * np.log10(np.maximum(short, 1e-30) / np.maximum(long, floor))
        hits = np.flatnonzero((rise > thr_db) & (short > floor))
        out: list[int] = []
        gap = max(1, round(max(self.min_slice_duration, 0.02) * 1000))
        for h in hits:
            if not out or h * step - out[-1] >= gap * step:
                out.append(_attack_start(self._mono, int(h) * step, 2 * step, 8 * step, sr))
        return np.array(out, dtype=np.int64)

    def _zero_crossings(self, search_window: float) -> I64:
        onsets = self._onsets()
        w = max(1, round(search_window * self.sample_rate))
        sign = np.signbit(self._mono)
        zc = np.flatnonzero(sign[1:] != sign[:-1]) + 1
        zc = np.concatenate([zc, np.flatnonzero(self._mono == 0)])
        zc.sort()
        out = []
        for o in onsets:
            i = int(np.searchsorted(zc, o))
            cands = [int(zc[j]) for j in (i - 1, i) if 0 <= j < zc.size and abs(int(zc[j]) - int(o)) <= w]
            out.append(min(cands, key=lambda z: abs(z - int(o))) if cands else int(o))
        return np.array(out, dtype=np.int64)

    def _grid(self, bpm: float | None, division: float, slice_duration: float | None, grid_offset: float) -> I64:
        if slice_duration is None:
            if bpm is None:
                from coremusic.audio.analysis.rhythm import beat_track

                bpm = beat_track(self._mono, self.sample_rate).tempo
                if bpm <= 0:
                    raise ValueError("no tempo found for the grid; pass bpm or slice_duration")
            if not np.isfinite(bpm) or bpm <= 0:
                raise ValueError(f"bpm must be positive, got {bpm!r}")
            if not np.isfinite(division) or division <= 0:
                raise ValueError(f"division must be a positive number of beats, got {division!r}")
            slice_duration = 60.0 / bpm * division
        if not np.isfinite(slice_duration) or slice_duration <= 0:
            raise ValueError(f"slice_duration must be positive seconds, got {slice_duration!r}")
        if not np.isfinite(grid_offset) or grid_offset < 0:
            raise ValueError(f"grid_offset must be >= 0 seconds, got {grid_offset!r}")
        times = np.arange(grid_offset, self._mono.size / self.sample_rate, slice_duration)
        return np.round(times * self.sample_rate).astype(np.int64)

    def _manual(self, positions: Sequence[float] | npt.ArrayLike | None) -> I64:
        if positions is None:
            raise ValueError("method='manual' needs positions (slice start times in seconds)")
        t = np.asarray(positions, dtype=np.float64).ravel()
        dur = self._mono.size / self.sample_rate
        bad = t[~np.isfinite(t) | (t < 0) | (t >= dur)]
        if bad.size:
            raise ValueError(f"positions must be within [0, {dur:.3f}) s, got {bad.tolist()}")
        return np.round(t * self.sample_rate).astype(np.int64)

    # ---------------------------------------------------------------- public
    def boundaries(
        self,
        *,
        bpm: float | None = None,
        division: float = 1.0,
        slice_duration: float | None = None,
        grid_offset: float = 0.0,
        positions: Sequence[float] | npt.ArrayLike | None = None,
        search_window: float = 0.01,
    ) -> npt.NDArray[np.int64]:
        """Slice start positions in samples (sorted, first 0), for the chosen method.

        Parameters
        ----------
        bpm, division, slice_duration, grid_offset
            For ``'grid'``: tempo and beats per slice, or seconds per slice; grid start.
        positions : sequence of float
            For ``'manual'``: start times in seconds.
        search_window : float
            For ``'zero_crossing'``: how far (seconds) to look for a zero crossing.

        Example
        -------
        >>> import numpy as np
        >>> AudioSlicer(np.ones(1000), 100, method='grid').boundaries(slice_duration=2.5).tolist()
        [0, 250, 500, 750]
        """
        if self.method == "onset":
            b = self._onsets()
        elif self.method == "transient":
            b = self._transients()
        elif self.method == "zero_crossing":
            b = self._zero_crossings(search_window)
        elif self.method == "grid":
            b = self._grid(bpm, division, slice_duration, grid_offset)
        else:
            b = self._manual(positions)
        b = np.unique(np.clip(b, 0, self._mono.size - 1))
        min_gap = round(self.min_slice_duration * self.sample_rate)
        kept = [0]
        for x in b.tolist():
            if x - kept[-1] >= max(min_gap, 1):
                kept.append(int(x))
        if len(kept) > 1 and self._mono.size - kept[-1] < min_gap:
            kept.pop()  # the last slice would be too short: it joins the previous one
        return np.array(kept, dtype=np.int64)

    def detect_slices(self, **options: Any) -> SliceCollection:
        """Cut the signal at :meth:`boundaries` (same keyword options).

        Example
        -------
        >>> import numpy as np
        >>> c = AudioSlicer(np.ones(1000), 100, method='manual').detect_slices(positions=[2.0, 5.0])
        >>> [(s.start, s.end) for s in c]
        [(0.0, 2.0), (2.0, 5.0), (5.0, 10.0)]
        """
        starts = self.boundaries(**options)
        ends = np.append(starts[1:], self._mono.size)
        sr = self.sample_rate
        return SliceCollection(
            Slice(self._frames[a:b], sr, start=a / sr, end=b / sr, index=i, label=self.method)
            for i, (a, b) in enumerate(zip(starts.tolist(), ends.tolist(), strict=True))
        )
