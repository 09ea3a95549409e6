"""Markers drawn on top of a waveform or spectrogram: onsets, beats, pitch tracks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from coremusic.audio.analysis.pitch import PitchInfo
from coremusic.audio.analysis.rhythm import BeatInfo

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["add_beats", "add_onsets", "add_pitch"]


def _times(values: npt.ArrayLike, name: str) -> npt.NDArray[np.float64]:
    t = np.asarray(values, dtype=np.float64).ravel()
    if not np.all(np.isfinite(t)):
        raise ValueError(f"{name} contain NaN or infinite times")
    return t


def add_onsets(
    ax: Axes, times: npt.ArrayLike, *, color: str = "tab:red", label: str | None = "onsets", **kwargs: Any
) -> Any:
    """Vertical lines at onset times (seconds); returns the ``LineCollection``.

    Example
    -------
    >>> from matplotlib.figure import Figure
    >>> ax = Figure().add_subplot()
    >>> len(add_onsets(ax, [0.5, 1.0]).get_segments())
    2
    """
    t = _times(times, "onsets")
    opts: dict[str, Any] = {"linewidth": 1.0, **kwargs}
    if label is not None:
        opts["label"] = label
    return ax.vlines(t, 0, 1, transform=ax.get_xaxis_transform(), colors=color, **opts)


def add_beats(
    ax: Axes,
    beats: BeatInfo | npt.ArrayLike,
    downbeats: npt.ArrayLike | None = None,
    *,
    color: str = "tab:green",
    label: str | None = "beats",
) -> list[Any]:
    """Dashed lines at beats and solid, thicker ones at downbeats.

    Parameters
    ----------
    beats : BeatInfo or array of seconds
        A ``BeatInfo`` brings its own downbeats.
    downbeats : array of seconds, optional

    Returns
    -------
    list
        The ``LineCollection`` objects drawn (beats, then downbeats if any).

    Example
    -------
    >>> import numpy as np
    >>> from matplotlib.figure import Figure
    >>> from coremusic.audio.analysis import BeatInfo
    >>> ax = Figure().add_subplot()
    >>> info = BeatInfo(120.0, np.arange(8) * 0.5, np.array([0.0, 2.0]), 0.9)
    >>> len(add_beats(ax, info))
    2
    """
    if isinstance(beats, BeatInfo):
        if downbeats is None:
            downbeats = beats.downbeats
        beats = beats.beats
    t = _times(beats, "beats")
    tr = ax.get_xaxis_transform()
    beat_opts: dict[str, Any] = {"label": label} if label is not None else {}
    drawn = [ax.vlines(t, 0, 1, transform=tr, colors=color, linestyles="--", linewidth=0.8, **beat_opts)]
    if downbeats is not None and np.size(downbeats):
        d = _times(downbeats, "downbeats")
        down_opts: dict[str, Any] = {"label": "downbeats"} if label is not None else {}
        drawn.append(ax.vlines(d, 0, 1, transform=tr, colors=color, linewidth=2.0, **down_opts))
    return drawn


def add_pitch(
    ax: Axes,
    pitches: Sequence[PitchInfo] | tuple[npt.ArrayLike, npt.ArrayLike],
    *,
    color: str = "cyan",
    label: str | None = "f0",
    size: float = 4.0,
) -> Any:
    """A pitch track (frequency in Hz against time) as dots; returns the ``PathCollection``.

    Parameters
    ----------
    pitches : list of PitchInfo, or (times, frequencies)
        Dots are shaded by confidence for ``PitchInfo`` input.

    Example
    -------
    >>> from matplotlib.figure import Figure
    >>> from coremusic.audio.analysis import PitchInfo
    >>> ax = Figure().add_subplot()
    >>> p = [PitchInfo.from_frequency(440.0, confidence=0.9, time=t / 10) for t in range(5)]
    >>> add_pitch(ax, p).get_offsets().shape
    (5, 2)
    """
    if isinstance(pitches, tuple) and len(pitches) == 2 and not isinstance(pitches[0], PitchInfo):
        t = _times(pitches[0], "pitch times")
        f = _times(pitches[1], "pitch frequencies")
        if t.shape != f.shape:
            raise ValueError(f"times and frequencies differ in length: {t.size} vs {f.size}")
        alpha: npt.NDArray[np.float64] | float = 1.0
    else:
        items = list(pitches)
        for p in items:
            if not isinstance(p, PitchInfo):
                raise TypeError(f"pitches must be PitchInfo objects or (times, frequencies), got {type(p).__name__}")
        t = np.array([p.time for p in items], dtype=np.float64)
        f = np.array([p.frequency for p in items], dtype=np.float64)
        alpha = np.clip(np.array([p.confidence for p in items]), 0.2, 1.0) if items else 1.0
    opts: dict[str, Any] = {"alpha": alpha}
    if label is not None:
        opts["label"] = label
    return ax.scatter(t, f, s=size, c=color, linewidths=0, **opts)
