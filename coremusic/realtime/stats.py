"""Per-stream realtime statistics: callback counts, xruns and time in the callback."""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

__all__ = ["CallbackTimer", "StreamStats"]


@dataclass(frozen=True)
class StreamStats:
    """A snapshot of a stream's realtime health.

    Attributes
    ----------
    callbacks : int
        Audio callbacks run.
    frames : int
        Frames processed.
    underruns : int
        Times the output ring ran dry while data was flowing (counted once
        per dry spell, silence was played instead), unless the stream was
        draining its last data.
        Remedy: write sooner or use a larger ``ring_frames``.
    overruns : int
        Input callbacks that found the ring too full to take the whole block
        (frames were dropped).  Remedy: read more often or use a larger ring.
    backend_xruns : int
        Xruns reported by the audio system itself (JACK's xrun callback):
        some client in the graph, not necessarily this one, missed its deadline.
    discontinuities : int
        Cycles this stream did not see (the frame clock jumped between two
        callbacks); input rings are padded with silence to stay aligned.
    errors : int
        Exceptions raised by the user callback (silence was played instead).
    callback_median_us, callback_p99_us, callback_max_us : float
        Time spent in the callback, in microseconds, over the most recent
        ``window`` callbacks (``max`` is over the whole stream).
    budget_us : float
        The duration of one buffer at the stream's sample rate: the deadline.
    window : int
        How many recent callbacks the median and p99 cover.

    Example
    -------
    >>> s = StreamStats(10, 2560, 0, 0, 0, 0, 0, 20.0, 40.0, 50.0, 5333.3, 10)
    >>> s.xruns, round(s.load, 4)
    (0, 0.0038)
    """

    callbacks: int
    frames: int
    underruns: int
    overruns: int
    backend_xruns: int
    errors: int
    discontinuities: int
    callback_median_us: float
    callback_p99_us: float
    callback_max_us: float
    budget_us: float
    window: int

    @property
    def xruns(self) -> int:
        """``underruns + overruns + backend_xruns``."""
        return self.underruns + self.overruns + self.backend_xruns

    @property
    def load(self) -> float:
        """Median callback time as a fraction of the buffer duration."""
        return self.callback_median_us / self.budget_us if self.budget_us else 0.0

    def __str__(self) -> str:
        return (f"{self.callbacks} callbacks, {self.xruns} xruns "
                f"({self.underruns} underruns, {self.overruns} overruns, {self.backend_xruns} backend), "
                f"{self.errors} errors, callback median {self.callback_median_us:.1f} us, "
                f"p99 {self.callback_p99_us:.1f} us, max {self.callback_max_us:.1f} us "
                f"of {self.budget_us:.0f} us")


class CallbackTimer:
    """Durations of the most recent callbacks, kept in a preallocated array.

    The audio thread calls :meth:`record` with a duration in nanoseconds; the
    statistics are computed on demand by :meth:`summary` on another thread.

    Parameters
    ----------
    window : int
        Durations kept (a power of two).

    Example
    -------
    >>> t = CallbackTimer(8)
    >>> for d in (1000, 2000, 3000):
    ...     t.record(d)
    >>> t.summary()
    (2.0, 2.98, 3.0)
    """

    __slots__ = ("_count", "_durations", "_mask", "_max")

    def __init__(self, window: int = 8192) -> None:
        if window < 1 or window & (window - 1):
            raise ValueError(f"CallbackTimer window must be a power of two, got {window}")
        self._durations: npt.NDArray[np.int64] = np.zeros(window, np.int64)
        self._mask = window - 1
        self._count = 0
        self._max = 0

    @staticmethod
    def now() -> int:
        """The clock the callers use (``time.perf_counter_ns``)."""
        return time.perf_counter_ns()

    def record(self, nanoseconds: int) -> None:
        """Store one callback duration (called on the audio thread)."""
        count = self._count
        self._durations[count & self._mask] = nanoseconds
        if nanoseconds > self._max:
            self._max = nanoseconds
        self._count = count + 1

    @property
    def count(self) -> int:
        """Durations recorded since creation."""
        return self._count

    @property
    def window(self) -> int:
        """Durations kept."""
        return self._mask + 1

    def recent(self) -> npt.NDArray[np.int64]:
        """A copy of the kept durations in nanoseconds (oldest first is not guaranteed)."""
        n = min(self._count, self._mask + 1)
        return self._durations[:n].copy()

    def summary(self) -> tuple[float, float, float]:
        """``(median, p99, max)`` in microseconds (zeros before the first callback)."""
        values = self.recent()
        if values.size == 0:
            return 0.0, 0.0, 0.0
        median, p99 = np.percentile(values, [50.0, 99.0])
        return float(median) / 1000.0, float(p99) / 1000.0, self._max / 1000.0

    def __repr__(self) -> str:
        return f"CallbackTimer(window={self.window}, count={self._count}, max_ns={self._max})"
