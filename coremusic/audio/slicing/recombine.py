"""``SliceRecombinator``: put slices back together in a new order, with crossfades."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from .collection import SliceCollection
from .slice import FadeShape, Slice, _fade_curve, write_audio

__all__ = ["RecombineMethod", "SliceRecombinator"]

RecombineMethod = Literal["original", "random", "reverse", "pattern", "custom"]
_METHODS = ("original", "random", "reverse", "pattern", "custom")
CustomOrder = Callable[[list[Slice]], Sequence[Slice | int]]


class SliceRecombinator:
    """Arrange slices into a new signal.

    Parameters
    ----------
    slices : SliceCollection or iterable of Slice
        Same sample rate and channel count (checked).

    Example
    -------
    >>> import numpy as np
    >>> sr = 100
    >>> parts = [Slice(np.full(50, v, np.float32), sr, index=i) for i, v in enumerate((0.1, 0.2, 0.3))]
    >>> r = SliceRecombinator(parts)
    >>> [round(float(v), 1) for v in r.recombine('reverse')[::50, 0]]
    [0.3, 0.2, 0.1]
    >>> r.recombine('pattern', pattern=[0, 0, 2]).shape
    (150, 1)
    """

    def __init__(self, slices: SliceCollection | Iterable[Slice]) -> None:
        self.slices = slices if isinstance(slices, SliceCollection) else SliceCollection(slices)
        if len(self.slices) == 0:
            raise ValueError("SliceRecombinator needs at least one slice")

    @property
    def sample_rate(self) -> int:
        """Sample rate of the slices."""
        return self.slices.sample_rate

    def __repr__(self) -> str:
        return f"SliceRecombinator({len(self.slices)} slices, sample_rate={self.sample_rate})"

    def order(
        self,
        method: RecombineMethod = "original",
        *,
        seed: int | np.random.Generator | None = None,
        pattern: Sequence[int] | None = None,
        custom: CustomOrder | None = None,
    ) -> list[Slice]:
        """The slices in the order ``method`` puts them (see :meth:`recombine`).

        Example
        -------
        >>> import numpy as np
        >>> r = SliceRecombinator(Slice(np.ones(5, np.float32), 100, index=i) for i in range(4))
        >>> [s.index for s in r.order('random', seed=1)] == [s.index for s in r.order('random', seed=1)]
        True
        """
        items = self.slices.slices
        if method == "original":
            return items
        if method == "reverse":
            return items[::-1]
        if method == "random":
            rng = seed if isinstance(seed, np.random.Generator) else np.random.default_rng(seed)
            return [items[i] for i in rng.permutation(len(items))]
        if method == "pattern":
            if pattern is None or len(pattern) == 0:
                raise ValueError("method='pattern' needs a non-empty pattern of slice indices")
            out = []
            for p in pattern:
                if isinstance(p, bool) or not isinstance(p, (int, np.integer)):
                    raise TypeError(f"pattern entries must be slice indices (int), got {p!r}")
                if not -len(items) <= p < len(items):
                    raise IndexError(f"pattern index {p} out of range for {len(items)} slices")
                out.append(items[p])
            return out
        if method == "custom":
            if custom is None or not callable(custom):
                raise ValueError("method='custom' needs custom=function(list_of_slices) -> slices or indices")
            chosen = [items[c] if isinstance(c, (int, np.integer)) else c for c in custom(items)]
            for c in chosen:
                if not isinstance(c, Slice):
                    raise TypeError(f"the custom order must give Slice objects or indices, got {type(c).__name__}")
            if not chosen:
                raise ValueError("the custom order gave no slices")
            return chosen
        raise ValueError(f"method must be one of {', '.join(map(repr, _METHODS))}, got {method!r}")

    def recombine(
        self,
        method: RecombineMethod = "original",
        *,
        crossfade_duration: float = 0.0,
        crossfade_shape: FadeShape = "linear",
        normalize: bool = False,
        peak_db: float = -1.0,
        seed: int | np.random.Generator | None = None,
        pattern: Sequence[int] | None = None,
        custom: CustomOrder | None = None,
    ) -> npt.NDArray[np.float32]:
        """Concatenate the slices in a new order, overlapping neighbours by a crossfade.

        Parameters
        ----------
        method : {'original', 'random', 'reverse', 'pattern', 'custom'}
            ``'random'`` shuffles (reproducibly with ``seed``); ``'pattern'`` plays the
            slice indices in ``pattern`` (repeats allowed); ``'custom'`` calls
            ``custom(list_of_slices)``, which returns slices or indices.
        crossfade_duration : float
            Seconds of overlap at each junction, shortened to half of the shorter
            neighbour where needed. The output has ``sum(lengths) - sum(overlaps)`` frames.
        crossfade_shape : {'linear', 'equal_power'}
            Linear gains sum to one (right for correlated material); equal-power gains
            keep the power of uncorrelated material.
        normalize : bool
            Scale the result so its peak is ``peak_db`` dBFS.
        peak_db : float
        seed, pattern, custom
            See ``method``.

        Returns
        -------
        np.ndarray [shape=(frames, channels), dtype=float32]

        Example
        -------
        >>> import numpy as np
        >>> parts = [Slice(np.ones(100, np.float32), 1000) for _ in range(3)]
        >>> y = SliceRecombinator(parts).recombine(crossfade_duration=0.01)
        >>> y.shape, float(y.min()), float(y.max())
        ((280, 1), 1.0, 1.0)
        """
        if not np.isfinite(crossfade_duration) or crossfade_duration < 0:
            raise ValueError(f"crossfade_duration must be >= 0 seconds, got {crossfade_duration!r}")
        if not np.isfinite(peak_db):
            raise ValueError(f"peak_db must be finite, got {peak_db!r}")
        chosen = self.order(method, seed=seed, pattern=pattern, custom=custom)
        xf = round(crossfade_duration * self.sample_rate)
        overlaps = [
            min(xf, len(a) // 2, len(b) // 2) for a, b in itertools.pairwise(chosen)
        ]
        total = sum(len(s) for s in chosen) - sum(overlaps)
        out = np.zeros((total, chosen[0].channels), dtype=np.float64)
        pos = 0
        for i, s in enumerate(chosen):
            data = s.data.astype(np.float64)
            lap = overlaps[i - 1] if i else 0
            start = pos - lap
            if lap:
                rise = _fade_curve(lap, crossfade_shape)[:, None]
                fall = (1.0 - rise) if crossfade_shape == "linear" else np.sqrt(1.0 - rise**2)
                out[start:pos] = out[start:pos] * fall + data[:lap] * rise
            out[pos : start + len(s)] = data[lap:]
            pos = start + len(s)
        if normalize:
            peak = float(np.max(np.abs(out)))
            if peak > 0:
                out *= 10.0 ** (peak_db / 20.0) / peak
        return out.astype(np.float32)

    def export(
        self,
        path: str | os.PathLike[str],
        method: RecombineMethod = "original",
        *,
        subtype: str | None = None,
        **options: Any,
    ) -> str:
        """:meth:`recombine` and write the result to ``path``; return the path.

        Example
        -------
        >>> import numpy as np, tempfile, os
        >>> from coremusic.audio.file import AudioFile
        >>> r = SliceRecombinator([Slice(np.full(100, 0.5, np.float32), 8000)] * 2)
        >>> p = r.export(os.path.join(tempfile.mkdtemp(), 'r.wav'), 'original')
        >>> AudioFile(p).frames
        200
        """
        y = self.recombine(method, **options)
        return write_audio(path, y, self.sample_rate, subtype=subtype)
