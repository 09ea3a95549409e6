"""Shared plumbing of the plotters: input loading, figures without pyplot, saving."""

from __future__ import annotations

import abc
import os
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from coremusic.audio.analysis._input import _as_channels, _is_path, _read_path

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__: list[str] = []

Source = str | os.PathLike[str] | npt.ArrayLike


def _matplotlib() -> Any:
    """Import matplotlib, with a precise error if it is missing."""
    try:
        import matplotlib
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "coremusic.audio.visualization needs matplotlib (pip install matplotlib)"
        ) from exc
    return matplotlib


def _new_axes(ax: Axes | None, figsize: tuple[float, float]) -> tuple[Figure, Axes]:
    """``ax`` and its figure, or a new figure with one axes.

    New figures are plain ``matplotlib.figure.Figure`` objects, never registered with
    pyplot: no GUI backend is touched, nothing is shown, and nothing leaks between
    plots or threads.
    """
    _matplotlib()
    from matplotlib.figure import Figure

    if ax is not None:
        fig = ax.get_figure()
        if fig is None:
            raise ValueError("the axes given belong to no figure")
        return fig, ax  # type: ignore[return-value]
    fig = Figure(figsize=figsize, layout="constrained")
    return fig, fig.add_subplot()


class _Plotter(abc.ABC):
    """Loads a path or an array once; :meth:`save` renders the last (or a new) plot."""

    def __init__(
        self,
        source: Source,
        sample_rate: int | None = None,
        *,
        offset: float = 0.0,
        duration: float | None = None,
    ) -> None:
        if _is_path(source):
            self.path: str | None = os.fsdecode(source)  # type: ignore[arg-type]
            data, sr = _read_path(source, sample_rate, offset=offset, duration=duration)  # type: ignore[arg-type]
        else:
            self.path = None
            data, sr = _as_channels(source, sample_rate, dtype=np.float32)
        self._data = np.ascontiguousarray(data, dtype=np.float32)  # (channels, n)
        self._mono = self._data[0] if self._data.shape[0] == 1 else self._data.mean(axis=0, dtype=np.float32)
        self.sample_rate: int = sr
        self.start_time = float(offset) if self.path is not None else 0.0
        self.figure: Figure | None = None

    @property
    def duration(self) -> float:
        """Seconds of audio loaded."""
        return float(self._data.shape[1] / self.sample_rate)

    def __repr__(self) -> str:
        src = repr(self.path) if self.path is not None else "<array>"
        return (
            f"{type(self).__name__}({src}, sample_rate={self.sample_rate}, "
            f"channels={self._data.shape[0]}, duration={self.duration:.3f} s)"
        )

    def _span(self, time_range: tuple[float, float] | None) -> tuple[int, int]:
        if time_range is None:
            return 0, self._data.shape[1]
        t0, t1 = (float(t) - self.start_time for t in time_range)
        if not (np.isfinite(t0) and np.isfinite(t1)) or t0 < 0 or t1 <= t0:
            raise ValueError(f"time_range must be (start, end) with start < end inside the audio, got {time_range!r}")
        a = round(t0 * self.sample_rate)
        b = min(self._data.shape[1], round(t1 * self.sample_rate))
        if b - a < 2:
            raise ValueError(f"time_range {time_range!r} holds fewer than two samples")
        return a, b

    @abc.abstractmethod
    def plot(self, *args: Any, **kwargs: Any) -> Figure:
        """Draw and return the figure (each plotter documents its options)."""

    def save(self, path: str | os.PathLike[str], *, dpi: int = 100, **plot_kwargs: Any) -> str:
        """Write the figure to ``path`` (format from the extension: png, svg, pdf ...).

        With keyword arguments, or when nothing was plotted yet, :meth:`plot` is called
        with them first.

        Returns
        -------
        str
            The path written.
        """
        fig = self.plot(**plot_kwargs) if plot_kwargs or self.figure is None else self.figure
        fig.savefig(os.fspath(path), dpi=dpi)
        return os.fspath(path)
