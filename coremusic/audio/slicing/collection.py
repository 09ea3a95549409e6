"""``SliceCollection``: an ordered list of slices with filtering, sorting, stats and export."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import Literal, overload

import numpy as np

from .slice import Slice

__all__ = ["SliceCollection"]

SortKey = Literal["start", "duration", "peak", "rms", "loudness", "index"]


class SliceCollection:
    """An ordered, immutable sequence of :class:`Slice` objects.

    Parameters
    ----------
    slices : iterable of Slice
        All with the same sample rate and channel count.

    Example
    -------
    >>> import numpy as np
    >>> sr = 100
    >>> c = SliceCollection(Slice(np.ones(n, np.float32), sr, index=i) for i, n in enumerate([10, 50, 30]))
    >>> len(c), [s.n_frames for s in c.sort('duration')], c.filter(min_duration=0.2).stats()['count']
    (3, [10, 30, 50], 2)
    """

    def __init__(self, slices: Iterable[Slice]) -> None:
        items = tuple(slices)
        for s in items:
            if not isinstance(s, Slice):
                raise TypeError(f"a SliceCollection holds Slice objects, got {type(s).__name__}")
        rates = {s.sample_rate for s in items}
        chans = {s.channels for s in items}
        if len(rates) > 1:
            raise ValueError(f"slices have different sample rates: {sorted(rates)}")
        if len(chans) > 1:
            raise ValueError(f"slices have different channel counts: {sorted(chans)}")
        self._slices = items

    # ---------------------------------------------------------------- sequence
    def __len__(self) -> int:
        return len(self._slices)

    def __iter__(self) -> Iterator[Slice]:
        return iter(self._slices)

    @overload
    def __getitem__(self, i: int) -> Slice: ...
    @overload
    def __getitem__(self, i: slice) -> SliceCollection: ...
    def __getitem__(self, i: int | slice) -> Slice | SliceCollection:
        if isinstance(i, slice):
            return SliceCollection(self._slices[i])
        return self._slices[i]

    @property
    def sample_rate(self) -> int:
        """Sample rate of the slices (``ValueError`` when empty)."""
        if not self._slices:
            raise ValueError("an empty SliceCollection has no sample rate")
        return self._slices[0].sample_rate

    @property
    def slices(self) -> list[Slice]:
        """The slices as a new list."""
        return list(self._slices)

    def __repr__(self) -> str:
        if not self._slices:
            return "SliceCollection(0 slices)"
        return (
            f"SliceCollection({len(self)} slices, total={sum(s.duration for s in self):.3f} s, "
            f"sample_rate={self.sample_rate})"
        )

    # ---------------------------------------------------------------- selection
    def filter(
        self,
        predicate: Callable[[Slice], bool] | None = None,
        *,
        min_duration: float | None = None,
        max_duration: float | None = None,
        min_peak_db: float | None = None,
        min_rms_db: float | None = None,
    ) -> SliceCollection:
        """Keep the slices that pass every given condition.

        Example
        -------
        >>> import numpy as np
        >>> c = SliceCollection([Slice(np.full(10, a, np.float32), 100) for a in (0.01, 0.5)])
        >>> len(c.filter(min_peak_db=-20)), len(c.filter(lambda s: s.peak < 0.1))
        (1, 1)
        """
        def keep(s: Slice) -> bool:
            return (
                (min_duration is None or s.duration >= min_duration)
                and (max_duration is None or s.duration <= max_duration)
                and (min_peak_db is None or s.peak_db >= min_peak_db)
                and (min_rms_db is None or s.rms_db >= min_rms_db)
                and (predicate is None or bool(predicate(s)))
            )

        return SliceCollection(s for s in self._slices if keep(s))

    def sort(
        self, by: SortKey | Callable[[Slice], float] = "start", *, reverse: bool = False
    ) -> SliceCollection:
        """Sorted copy, by a named property or a key function.

        Example
        -------
        >>> import numpy as np
        >>> c = SliceCollection([Slice(np.full(10, a, np.float32), 100, index=i) for i, a in enumerate((0.2, 0.9, 0.5))])
        >>> [s.index for s in c.sort('peak', reverse=True)]
        [1, 2, 0]
        """
        if callable(by):
            key = by
        elif by in ("start", "duration", "peak", "rms", "index"):
            def key(s: Slice) -> float:
                return float(getattr(s, by))
        elif by == "loudness":
            def key(s: Slice) -> float:
                return s.loudness()
        else:
            raise ValueError(
                f"sort key must be 'start', 'duration', 'peak', 'rms', 'loudness', 'index' or a function, got {by!r}"
            )
        return SliceCollection(sorted(self._slices, key=key, reverse=reverse))

    # ---------------------------------------------------------------- summary
    def stats(self) -> dict[str, float]:
        """Count, total/mean/min/max duration (s), mean and max peak (dBFS), mean RMS (dBFS).

        Example
        -------
        >>> import numpy as np
        >>> c = SliceCollection([Slice(np.ones(n, np.float32), 100) for n in (10, 30)])
        >>> c.stats()['mean_duration'], c.stats()['total_duration']
        (0.2, 0.4)
        """
        if not self._slices:
            return {"count": 0, "total_duration": 0.0}
        d = np.array([s.duration for s in self._slices])
        peaks = np.array([s.peak for s in self._slices])
        rmss = np.array([s.rms for s in self._slices])

        def db(x: float) -> float:
            return float(20 * np.log10(x)) if x > 0 else float("-inf")

        return {
            "count": len(self._slices),
            "total_duration": round(float(d.sum()), 9),
            "mean_duration": round(float(d.mean()), 9),
            "min_duration": float(d.min()),
            "max_duration": float(d.max()),
            "std_duration": float(d.std()),
            "mean_peak_db": db(float(peaks.mean())),
            "max_peak_db": db(float(peaks.max())),
            "mean_rms_db": db(float(rmss.mean())),
        }

    # ---------------------------------------------------------------- export
    def export(
        self,
        directory: str | os.PathLike[str],
        *,
        prefix: str = "slice",
        extension: str = "wav",
        subtype: str | None = None,
    ) -> list[str]:
        """Write every slice to ``directory/{prefix}_{nnn}.{extension}``; return the paths.

        The directory is created if needed; numbering follows the collection order.

        Example
        -------
        >>> import numpy as np, tempfile
        >>> c = SliceCollection([Slice(np.ones(10, np.float32) * 0.5, 8000) for _ in range(2)])
        >>> [os.path.basename(p) for p in c.export(tempfile.mkdtemp())]
        ['slice_000.wav', 'slice_001.wav']
        """
        os.makedirs(directory, exist_ok=True)
        width = max(3, len(str(len(self._slices) - 1)))
        paths = []
        for i, s in enumerate(self._slices):
            path = os.path.join(os.fspath(directory), f"{prefix}_{i:0{width}d}.{extension.lstrip('.')}")
            paths.append(s.export(path, subtype=subtype))
        return paths
