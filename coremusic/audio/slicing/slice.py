"""``Slice``: one piece of audio cut from a longer signal, with its edits and export."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, replace
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

__all__ = ["Slice", "write_audio"]

F32 = npt.NDArray[np.float32]
FadeShape = Literal["linear", "equal_power"]


def _db(x: float) -> float:
    return float(20.0 * np.log10(x)) if x > 0 else float("-inf")


def _frames_2d(data: Any) -> F32:
    arr = np.asarray(data)
    if arr.dtype.kind != "f":
        raise TypeError(f"slice samples must be a float array, got dtype {arr.dtype}")
    if arr.ndim == 1:
        arr = arr[:, np.newaxis]
    if arr.ndim != 2:
        raise ValueError(f"slice samples must have shape (frames,) or (frames, channels), got {arr.shape}")
    if not np.all(np.isfinite(arr)):
        raise ValueError("slice samples contain NaN or infinite values")
    out = np.ascontiguousarray(arr, dtype=np.float32)
    out.flags.writeable = False
    return out


def write_audio(
    path: str | os.PathLike[str],
    data: npt.ArrayLike,
    sample_rate: int,
    *,
    subtype: str | None = None,
    format: str | None = None,
) -> str:
    """Write ``(frames,)`` or ``(frames, channels)`` samples to ``path`` with ``AudioFile``.

    The container comes from the extension unless ``format`` is given; ``subtype``
    defaults to the container's usual encoding (``'PCM_16'`` for WAV).

    Returns
    -------
    str
        The path written.

    Example
    -------
    >>> import numpy as np, tempfile, os
    >>> from coremusic.audio.file import AudioFile
    >>> p = write_audio(os.path.join(tempfile.mkdtemp(), 'w.wav'), np.zeros((80, 2)), 8000)
    >>> AudioFile(p).read().shape
    (80, 2)
    """
    from coremusic.audio.file import AudioFile

    arr = _frames_2d(np.asarray(data, dtype=np.float64) if np.asarray(data).dtype.kind != "f" else data)
    if arr.shape[0] == 0:
        raise ValueError("nothing to write: no frames")
    with AudioFile(
        path, mode="w", samplerate=int(sample_rate), channels=arr.shape[1], subtype=subtype, format=format
    ) as f:
        f.write(arr)
    return os.fspath(path)


def _fade_curve(n: int, shape: FadeShape) -> npt.NDArray[np.float64]:
    """Rising gain from 0 to 1 over ``n`` samples (0 at the first, 1 after the last)."""
    ramp = np.arange(n, dtype=np.float64) / n
    if shape == "linear":
        return ramp
    if shape == "equal_power":
        return np.sin(0.5 * np.pi * ramp)
    raise ValueError(f"fade shape must be 'linear' or 'equal_power', got {shape!r}")


@dataclass(frozen=True, eq=False)
class Slice:
    """A piece of audio with its position in the source.

    Slices are immutable: every edit returns a new ``Slice``.

    Attributes
    ----------
    data : np.ndarray [shape=(frames, channels), dtype=float32]
        The samples (read-only).
    sample_rate : int
    start : float
        Start in the source, seconds.
    end : float
        End in the source, seconds (default ``start + duration``).
    index : int
        Position in the source's slice order.
    label : str
        Free text (e.g. the detection method).

    Example
    -------
    >>> import numpy as np
    >>> s = Slice(np.ones(800, np.float32) * 0.5, 8000, start=1.0, end=1.1)
    >>> s.duration, round(s.peak_db, 2), s.reverse().start
    (0.1, -6.02, 1.0)
    """

    data: npt.NDArray[Any]
    sample_rate: int
    start: float = 0.0
    end: float = math.nan
    index: int = 0
    label: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "data", _frames_2d(self.data))
        if isinstance(self.sample_rate, bool) or not isinstance(self.sample_rate, (int, np.integer)) or self.sample_rate <= 0:
            raise ValueError(f"sample_rate must be a positive integer, got {self.sample_rate!r}")
        object.__setattr__(self, "sample_rate", int(self.sample_rate))
        if not math.isfinite(self.start) or self.start < 0:
            raise ValueError(f"start must be a finite number of seconds >= 0, got {self.start!r}")
        if math.isnan(self.end):
            object.__setattr__(self, "end", self.start + self.data.shape[0] / self.sample_rate)
        elif not math.isfinite(self.end) or self.end < self.start:
            raise ValueError(f"end must be a finite number of seconds >= start, got {self.end!r}")

    # ---------------------------------------------------------------- facts
    @property
    def n_frames(self) -> int:
        """Frames in the slice."""
        return int(self.data.shape[0])

    def __len__(self) -> int:
        return self.n_frames

    @property
    def channels(self) -> int:
        """Channel count."""
        return int(self.data.shape[1])

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return self.n_frames / self.sample_rate

    @property
    def mono(self) -> F32:
        """Channels averaged, shape ``(frames,)``."""
        return np.asarray(self.data.mean(axis=1, dtype=np.float32))

    @property
    def peak(self) -> float:
        """Largest absolute sample (linear)."""
        return float(np.max(np.abs(self.data))) if self.n_frames else 0.0

    @property
    def peak_db(self) -> float:
        """Peak in dBFS (``-inf`` for silence)."""
        return _db(self.peak)

    @property
    def rms(self) -> float:
        """RMS over all samples (linear)."""
        return float(np.sqrt(np.mean(self.data.astype(np.float64) ** 2))) if self.n_frames else 0.0

    @property
    def rms_db(self) -> float:
        """RMS in dBFS (``-inf`` for silence)."""
        return _db(self.rms)

    def loudness(self) -> float:
        """Integrated loudness in LUFS (EBU R128 gating).

        Slices shorter than one 400 ms gating block are measured as one block of
        their own length (K-weighted mean square), since the gated measure is
        undefined for them.

        Example
        -------
        >>> import numpy as np
        >>> sr = 48000
        >>> y = 0.1 * np.sin(2 * np.pi * 1000 * np.arange(2 * sr) / sr)
        >>> round(Slice(y, sr).loudness(), 1)
        -23.0
        """
        from coremusic.audio.analysis.loudness import _weights, integrated_loudness, k_weighting

        x = self.data.T.astype(np.float64)
        if self.duration >= 0.4:
            return float(integrated_loudness(x, self.sample_rate))
        z = np.atleast_2d(k_weighting(x, self.sample_rate))
        power = float((_weights(self.channels) * np.mean(z**2, axis=1)).sum())
        return float(-0.691 + 10.0 * np.log10(power)) if power > 0 else float("-inf")

    def __repr__(self) -> str:
        return (
            f"Slice(index={self.index}, start={self.start:.3f} s, duration={self.duration:.3f} s, "
            f"channels={self.channels}, sample_rate={self.sample_rate}, peak={self.peak_db:.1f} dBFS"
            + (f", label={self.label!r})" if self.label else ")")
        )

    # ---------------------------------------------------------------- edits
    def with_data(self, data: npt.ArrayLike) -> Slice:
        """A copy with other samples (position and label kept).

        Example
        -------
        >>> import numpy as np
        >>> Slice(np.zeros(10, np.float32), 100).with_data(np.ones(5, np.float32)).n_frames
        5
        """
        return replace(self, data=np.asarray(data, dtype=np.float32))

    def normalize(self, peak_db: float = 0.0) -> Slice:
        """Scale so the peak sits at ``peak_db`` dBFS (silence is returned unchanged).

        Example
        -------
        >>> import numpy as np
        >>> round(Slice(np.full(10, 0.25, np.float32), 100).normalize(-6.0).peak_db, 3)
        -6.0
        """
        if not np.isfinite(peak_db):
            raise ValueError(f"peak_db must be finite, got {peak_db!r}")
        if self.peak == 0.0:
            return self
        return self.with_data(self.data * (10.0 ** (peak_db / 20.0) / self.peak))

    def fade(
        self, fade_in: float = 0.0, fade_out: float = 0.0, *, shape: FadeShape = "linear"
    ) -> Slice:
        """Fade in and/or out over the given seconds (each clipped to the slice length).

        Example
        -------
        >>> import numpy as np
        >>> s = Slice(np.ones(100, np.float32), 100).fade(0.1, 0.1)
        >>> float(s.data[0, 0]), float(s.data[50, 0]), float(s.data[-1, 0])
        (0.0, 1.0, 0.0)
        """
        for name, v in (("fade_in", fade_in), ("fade_out", fade_out)):
            if not np.isfinite(v) or v < 0:
                raise ValueError(f"{name} must be >= 0 seconds, got {v!r}")
        out = self.data.astype(np.float64)
        n_in = min(self.n_frames, round(fade_in * self.sample_rate))
        n_out = min(self.n_frames, round(fade_out * self.sample_rate))
        if n_in:
            out[:n_in] *= _fade_curve(n_in, shape)[:, None]
        if n_out:
            out[self.n_frames - n_out :] *= _fade_curve(n_out, shape)[::-1, None]
        return self.with_data(out)

    def reverse(self) -> Slice:
        """The samples backwards.

        Example
        -------
        >>> import numpy as np
        >>> Slice(np.array([1, 2, 3], np.float32), 100).reverse().data[:, 0].tolist()
        [3.0, 2.0, 1.0]
        """
        return self.with_data(self.data[::-1])

    def repeat(self, times: int) -> Slice:
        """The slice played ``times`` times back to back.

        Example
        -------
        >>> import numpy as np
        >>> Slice(np.ones(10, np.float32), 100).repeat(3).n_frames
        30
        """
        if isinstance(times, bool) or not isinstance(times, (int, np.integer)) or times < 1:
            raise ValueError(f"times must be an integer >= 1, got {times!r}")
        return self.with_data(np.tile(self.data, (int(times), 1)))

    def trim(self, threshold_db: float = -60.0) -> Slice:
        """Drop leading and trailing samples quieter than ``threshold_db`` dBFS.

        ``start`` moves forward by the frames removed at the front. An entirely quiet
        slice raises ``ValueError`` (nothing would be left).

        Example
        -------
        >>> import numpy as np
        >>> y = np.concatenate([np.zeros(20), np.ones(10), np.zeros(5)]).astype(np.float32)
        >>> t = Slice(y, 100, start=1.0, end=1.35).trim()
        >>> t.n_frames, t.start
        (10, 1.2)
        """
        loud = np.flatnonzero(np.max(np.abs(self.data), axis=1) > 10.0 ** (threshold_db / 20.0))
        if loud.size == 0:
            raise ValueError(f"the slice is entirely below {threshold_db} dBFS; nothing is left to keep")
        a, b = int(loud[0]), int(loud[-1]) + 1
        return replace(
            self,
            data=self.data[a:b],
            start=self.start + a / self.sample_rate,
            end=self.start + b / self.sample_rate,
        )

    def gain(self, db: float) -> Slice:
        """Change the level by ``db`` decibels.

        Example
        -------
        >>> import numpy as np
        >>> round(Slice(np.full(4, 0.5, np.float32), 100).gain(6.0206).peak, 3)
        1.0
        """
        if not np.isfinite(db):
            raise ValueError(f"gain must be finite, got {db!r}")
        return self.with_data(self.data * 10.0 ** (db / 20.0))

    # ---------------------------------------------------------------- export
    def export(
        self, path: str | os.PathLike[str], *, subtype: str | None = None, format: str | None = None
    ) -> str:
        """Write the slice to an audio file (container from the extension).

        Example
        -------
        >>> import numpy as np, tempfile, os
        >>> from coremusic.audio.file import AudioFile
        >>> s = Slice(np.full(400, 0.5, np.float32), 8000)
        >>> p = s.export(os.path.join(tempfile.mkdtemp(), 's.wav'), subtype='FLOAT')
        >>> AudioFile(p).read()[:2, 0].tolist()
        [0.5, 0.5]
        """
        return write_audio(path, self.data, self.sample_rate, subtype=subtype, format=format)
