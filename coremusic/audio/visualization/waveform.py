"""``WaveformPlotter``: amplitude against time, with RMS and peak envelopes."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from coremusic.audio.analysis.rhythm import BeatInfo

from ._base import _new_axes, _Plotter
from .overlays import add_beats, add_onsets

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["WaveformPlotter"]

#: Above this many samples per channel the waveform is drawn as a min/max band.
_MAX_LINE_POINTS = 20_000


def _envelopes(x: npt.NDArray[np.float32], window: int) -> tuple[npt.NDArray[np.float64], ...]:
    """Per non-overlapping window: centre index, RMS, peak."""
    n = x.size // window
    if n == 0:
        n, window = 1, x.size
    blocks = x[: n * window].astype(np.float64).reshape(n, window)
    centres = np.arange(n) * window + window / 2
    return (
        centres.astype(np.float64),
        np.sqrt((blocks**2).mean(axis=1)),
        np.abs(blocks).max(axis=1),
    )


class WaveformPlotter(_Plotter):
    """Plot a waveform from a file or an array.

    Parameters
    ----------
    source : path or np.ndarray
    sample_rate : int, optional
        Required with an array.
    offset, duration : float
        With a path: the part of the file to load (seconds).

    Example
    -------
    >>> import numpy as np
    >>> sr = 8000
    >>> y = np.sin(2 * np.pi * 5 * np.arange(sr) / sr)
    >>> fig = WaveformPlotter(y, sr).plot(show_rms=True)
    >>> fig.axes[0].get_xlabel()
    'Time (s)'
    """

    def plot(
        self,
        *,
        time_range: tuple[float, float] | None = None,
        show_rms: bool = False,
        show_peak: bool = False,
        envelope_window: float = 0.05,
        channels: str = "each",
        onsets: npt.ArrayLike | None = None,
        beats: BeatInfo | npt.ArrayLike | None = None,
        ax: Axes | None = None,
        figsize: tuple[float, float] = (10.0, 3.0),
        title: str | None = None,
    ) -> Figure:
        """Draw the waveform and return the figure.

        Parameters
        ----------
        time_range : (start, end), optional
            Seconds.
        show_rms, show_peak : bool
            Draw ± the RMS / peak envelope over ``envelope_window`` seconds.
        channels : {'each', 'mono'}
            One trace per channel, or the mono mix.
        onsets, beats : optional
            Times (or a ``BeatInfo``) to mark.
        ax : matplotlib Axes, optional
            Draw into these axes instead of a new figure.
        figsize, title

        Example
        -------
        >>> import numpy as np
        >>> w = WaveformPlotter(np.zeros((2, 800)), 8000)
        >>> len(w.plot(channels='each').axes[0].get_legend().get_texts())
        2
        """
        a, b = self._span(time_range)
        mode = channels
        if mode not in ("each", "mono"):
            raise ValueError(f"channels must be 'each' or 'mono', got {mode!r}")
        if not np.isfinite(envelope_window) or envelope_window <= 0:
            raise ValueError(f"envelope_window must be positive seconds, got {envelope_window!r}")
        fig, ax = _new_axes(ax, figsize)
        from matplotlib.colors import to_rgb

        sr = self.sample_rate
        t0 = self.start_time + a / sr
        traces = [("mono", self._mono[a:b])] if mode == "mono" or self._data.shape[0] == 1 else [
            (f"ch {c + 1}", self._data[c, a:b]) for c in range(self._data.shape[0])
        ]
        win = max(1, round(envelope_window * sr))
        for i, (name, x) in enumerate(traces):
            color = f"C{i}"
            dark = tuple(0.55 * c for c in to_rgb(color))  # envelopes: the channel's colour, darker
            if x.size > _MAX_LINE_POINTS:
                step = -(-x.size // (_MAX_LINE_POINTS // 2))
                n = x.size // step
                blk = x[: n * step].reshape(n, step)
                tt = t0 + (np.arange(n) * step + step / 2) / sr
                ax.fill_between(tt, blk.min(axis=1), blk.max(axis=1), color=color, linewidth=0, label=name, alpha=0.8)
            else:
                ax.plot(t0 + np.arange(x.size) / sr, x, color=color, linewidth=0.6, label=name)
            if show_rms or show_peak:
                centres, rms, peak = _envelopes(x, win)
                tt = t0 + centres / sr
                if show_peak:
                    ax.plot(tt, peak, color=dark, linewidth=0.9, linestyle="--", label=f"{name} peak")
                    ax.plot(tt, -peak, color=dark, linewidth=0.9, linestyle="--")
                if show_rms:
                    ax.plot(tt, rms, color=dark, linewidth=1.6, label=f"{name} RMS")
                    ax.plot(tt, -rms, color=dark, linewidth=1.6)
        if onsets is not None:
            add_onsets(ax, onsets)
        if beats is not None:
            add_beats(ax, beats)
        ax.set_xlim(t0, t0 + (b - a) / sr)
        lim = max(1.0, float(np.max(np.abs(self._data[:, a:b]))))
        ax.set_ylim(-lim, lim)
        ax.set_xlabel("Time (s)")
        ax.set_ylabel("Amplitude")
        ax.set_title(title if title is not None else (self.path or "Waveform"))
        ax.legend(loc="upper right", fontsize="small")
        self.figure = fig
        return fig

    def save(self, path: str | os.PathLike[str], *, dpi: int = 100, **plot_kwargs: Any) -> str:
        """Render to a file (``png``, ``svg``, ``pdf`` ...); see :meth:`plot` for options.

        Example
        -------
        >>> import numpy as np, tempfile, os
        >>> p = WaveformPlotter(np.zeros(800), 8000).save(os.path.join(tempfile.mkdtemp(), 'w.png'))
        >>> os.path.getsize(p) > 0
        True
        """
        return super().save(path, dpi=dpi, **plot_kwargs)
