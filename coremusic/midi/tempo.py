"""Exact tick <-> seconds conversion over a tempo map.

Tempo changes are stored as integer microseconds per quarter note, so the
time of a tick is the exact rational number
``(sum of ticks * microseconds per segment) / (ppq * 1_000_000)``; floats are
only produced at the very end.

Example
-------
>>> tm = TempoMap(480, [(0, 500_000), (960, 1_000_000)])
>>> tm.tick_to_seconds(960), tm.tick_to_seconds(1440)
(1.0, 2.0)
>>> tm.seconds_to_tick(1.5)
1200
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from fractions import Fraction

import numpy as np
import numpy.typing as npt

__all__ = ["DEFAULT_TEMPO_USEC", "TempoMap", "bpm_to_usec", "usec_to_bpm"]

#: 120 beats per minute
DEFAULT_TEMPO_USEC = 500_000

_SMPTE_FPS = {24: Fraction(24), 25: Fraction(25), 29: Fraction(30000, 1001), 30: Fraction(30)}


def bpm_to_usec(bpm: float) -> int:
    """Beats per minute to whole microseconds per quarter note (as stored in files).

    Example
    -------
    >>> bpm_to_usec(120.0)
    500000
    """
    if not bpm > 0:
        raise ValueError(f"tempo must be > 0 BPM, got {bpm}")
    usec = round(60_000_000 / bpm)
    if not 1 <= usec <= 0xFFFFFF:
        raise ValueError(f"tempo {bpm} BPM does not fit a MIDI file's 24-bit tempo")
    return usec


def usec_to_bpm(usec: int) -> float:
    """Microseconds per quarter note to beats per minute.

    Example
    -------
    >>> usec_to_bpm(600_000)
    100.0
    """
    return 60_000_000 / usec


class TempoMap:
    """Piecewise-constant tempo over ticks, with exact conversions.

    Parameters
    ----------
    ppq : int
        Ticks per quarter note (ignored when ``smpte`` is given).
    changes : iterable of (tick, microseconds per quarter)
        Tempo changes; sorted here (stable, so of two changes at the same
        tick the later one wins).  Before the first change the tempo is
        120 BPM.
    smpte : (fps, ticks per frame), optional
        SMPTE division: ticks are fixed fractions of a second (fps 29 means
        29.97 drop-frame) and tempo changes do not affect time.

    Example
    -------
    >>> TempoMap(96).tick_to_seconds(96)
    0.5
    >>> TempoMap(0, smpte=(25, 40)).tick_to_seconds(1000)
    1.0
    """

    __slots__ = ("_acc", "_ppq", "_smpte", "_ticks", "_usec")

    def __init__(
        self,
        ppq: int,
        changes: Iterable[tuple[int, int]] = (),
        *,
        smpte: tuple[int, int] | None = None,
    ) -> None:
        if smpte is None and ppq <= 0:
            raise ValueError(f"ppq must be > 0, got {ppq}")
        if smpte is not None and (smpte[0] not in _SMPTE_FPS or smpte[1] <= 0):
            raise ValueError(f"invalid SMPTE division {smpte}")
        self._ppq = ppq
        self._smpte = smpte
        pts = sorted(((int(t), int(u)) for t, u in changes), key=lambda x: x[0])
        ticks = [0]
        usec = [DEFAULT_TEMPO_USEC]
        for t, u in pts:
            if t < 0 or u <= 0:
                raise ValueError(f"invalid tempo change (tick {t}, {u} usec/quarter)")
            if t == ticks[-1]:
                usec[-1] = u
            else:
                ticks.append(t)
                usec.append(u)
        acc = [0]
        for i in range(1, len(ticks)):
            acc.append(acc[-1] + (ticks[i] - ticks[i - 1]) * usec[i - 1])
        self._ticks = ticks
        self._usec = usec
        self._acc = acc  # exact numerator: seconds = acc / (ppq * 1e6)

    @property
    def ppq(self) -> int:
        """Ticks per quarter note."""
        return self._ppq

    @property
    def changes(self) -> list[tuple[int, int]]:
        """``(tick, microseconds per quarter)`` segments, starting at tick 0."""
        return list(zip(self._ticks, self._usec, strict=True))

    def tempo_at(self, tick: int) -> float:
        """Tempo in BPM in effect at ``tick``.

        Example
        -------
        >>> TempoMap(480, [(480, 250_000)]).tempo_at(480)
        240.0
        """
        return usec_to_bpm(self._usec[bisect_right(self._ticks, tick) - 1])

    def seconds_exact(self, tick: int) -> Fraction:
        """The exact time of ``tick`` in seconds.

        Example
        -------
        >>> TempoMap(3).seconds_exact(1)
        Fraction(1, 6)
        """
        if tick < 0:
            raise ValueError(f"tick must be >= 0, got {tick}")
        if self._smpte is not None:
            fps, tpf = self._smpte
            return Fraction(tick) / (_SMPTE_FPS[fps] * tpf)
        i = bisect_right(self._ticks, tick) - 1
        num = self._acc[i] + (tick - self._ticks[i]) * self._usec[i]
        return Fraction(num, self._ppq * 1_000_000)

    def tick_to_seconds(self, tick: int) -> float:
        """Time of ``tick`` in seconds (correctly rounded from the exact value)."""
        return float(self.seconds_exact(tick))

    def seconds_to_tick(self, seconds: float | Fraction) -> int:
        """The nearest tick to a time in seconds (ties to even).

        Example
        -------
        >>> TempoMap(480, [(0, 1_000_000)]).seconds_to_tick(0.25)
        120
        """
        if isinstance(seconds, float | int) and self._smpte is None:
            if not seconds >= 0:
                raise ValueError(f"time must be >= 0 seconds, got {seconds}")
            fnum = seconds * self._ppq * 1_000_000
            i = bisect_right(self._acc, fnum) - 1
            q = (fnum - self._acc[i]) / self._usec[i]
            if abs(q - int(q) - 0.5) > 1e-6:  # not near a tie: float rounding is exact enough
                return self._ticks[i] + round(q)
        s = Fraction(seconds)
        if s < 0:
            raise ValueError(f"time must be >= 0 seconds, got {seconds}")
        if self._smpte is not None:
            fps, tpf = self._smpte
            return round(s * _SMPTE_FPS[fps] * tpf)
        num = s * self._ppq * 1_000_000
        i = bisect_right(self._acc, num) - 1
        # acc is non-decreasing; pick the last segment starting at or before num
        while i + 1 < len(self._acc) and self._acc[i + 1] <= num:
            i += 1
        return self._ticks[i] + round((num - self._acc[i]) / self._usec[i])

    def ticks_to_seconds(self, ticks: npt.ArrayLike) -> npt.NDArray[np.float64]:
        """Vectorised tick -> seconds (float64).

        Example
        -------
        >>> TempoMap(480).ticks_to_seconds([0, 480, 960]).tolist()
        [0.0, 0.5, 1.0]
        """
        t = np.asarray(ticks, dtype=np.int64)
        if self._smpte is not None:
            fps, tpf = self._smpte
            rate = _SMPTE_FPS[fps] * tpf
            return (t * rate.denominator / rate.numerator).astype(np.float64)
        idx = np.searchsorted(np.asarray(self._ticks, dtype=np.int64), t, side="right") - 1
        acc = np.asarray(self._acc, dtype=np.float64)
        usec = np.asarray(self._usec, dtype=np.float64)
        seg = np.asarray(self._ticks, dtype=np.int64)
        num = acc[idx] + (t - seg[idx]).astype(np.float64) * usec[idx]
        out: npt.NDArray[np.float64] = num / (self._ppq * 1_000_000.0)
        return out

    def seconds_to_ticks(self, seconds: npt.ArrayLike) -> npt.NDArray[np.int64]:
        """Vectorised seconds -> nearest ticks.

        Example
        -------
        >>> TempoMap(480).seconds_to_ticks([0.5, 1.0]).tolist()
        [480, 960]
        """
        s = np.asarray(seconds, dtype=np.float64)
        if self._smpte is not None:
            fps, tpf = self._smpte
            return np.rint(s * float(_SMPTE_FPS[fps] * tpf)).astype(np.int64)
        num = s * (self._ppq * 1_000_000.0)
        acc = np.asarray(self._acc, dtype=np.float64)
        idx = np.searchsorted(acc, num, side="right") - 1
        idx = np.clip(idx, 0, len(acc) - 1)
        seg = np.asarray(self._ticks, dtype=np.int64)
        usec = np.asarray(self._usec, dtype=np.float64)
        return seg[idx] + np.rint((num - acc[idx]) / usec[idx]).astype(np.int64)

    def __repr__(self) -> str:
        if self._smpte is not None:
            return f"TempoMap(smpte={self._smpte})"
        return f"TempoMap(ppq={self._ppq}, changes={len(self._ticks)}, start_bpm={usec_to_bpm(self._usec[0]):g})"
