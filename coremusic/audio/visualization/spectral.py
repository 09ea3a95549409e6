"""Spectrogram, frequency-spectrum and chromagram plotters."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

import numpy as np
import numpy.typing as npt

from coremusic.audio.analysis import _stft as S
from coremusic.audio.analysis.chroma import chroma_cqt, chroma_stft
from coremusic.audio.analysis.features import hz_to_mel, mel_frequencies, mel_to_hz, melspectrogram
from coremusic.audio.analysis.key import PITCH_CLASSES
from coremusic.audio.analysis.pitch import PitchInfo
from coremusic.audio.analysis.rhythm import BeatInfo

from ._base import _new_axes, _Plotter
from .overlays import add_beats, add_onsets, add_pitch

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["ChromagramPlotter", "FrequencySpectrumPlotter", "SpectrogramPlotter"]


def _check_range(db_range: float) -> None:
    if not np.isfinite(db_range) or db_range <= 0:
        raise ValueError(f"db_range must be a positive number of dB, got {db_range!r}")


class SpectrogramPlotter(_Plotter):
    """Time-frequency plot (STFT magnitude in dB) of a file or an array.

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
    >>> y = np.sin(2 * np.pi * 1000 * np.arange(sr) / sr)
    >>> fig = SpectrogramPlotter(y, sr).plot(scale='mel', n_fft=512, hop_length=128)
    >>> fig.axes[0].get_ylabel()
    'Frequency (Hz, mel scale)'
    """

    def plot(
        self,
        *,
        scale: Literal["linear", "log", "mel"] = "linear",
        n_fft: int = 2048,
        hop_length: int = 512,
        n_mels: int = 128,
        fmax: float | None = None,
        db_range: float = 80.0,
        cmap: str = "magma",
        time_range: tuple[float, float] | None = None,
        pitch: Sequence[PitchInfo] | None = None,
        onsets: npt.ArrayLike | None = None,
        beats: BeatInfo | npt.ArrayLike | None = None,
        colorbar: bool = True,
        ax: Axes | None = None,
        figsize: tuple[float, float] = (10.0, 4.0),
        title: str | None = None,
    ) -> Figure:
        """Draw the spectrogram and return the figure.

        Parameters
        ----------
        scale : {'linear', 'log', 'mel'}
            Frequency axis: linear Hz, logarithmic Hz, or a mel spectrogram on a mel axis.
        n_fft, hop_length : int
        n_mels : int
            Mel bands for ``scale='mel'``.
        fmax : float, optional
            Top of the frequency axis (default: Nyquist).
        db_range : float
            Colours span the loudest value down to ``db_range`` dB below it.
        cmap : str
            Matplotlib colormap name.
        time_range : (start, end), optional
        pitch, onsets, beats : optional
            Overlays (a ``PitchInfo`` list, onset times, beat times or ``BeatInfo``).
        colorbar : bool
        ax, figsize, title

        Example
        -------
        >>> import numpy as np
        >>> p = SpectrogramPlotter(np.random.default_rng(0).standard_normal(8000), 8000)
        >>> p.plot(scale='log', db_range=60).axes[0].get_yscale()
        'log'
        """
        if scale not in ("linear", "log", "mel"):
            raise ValueError(f"scale must be 'linear', 'log' or 'mel', got {scale!r}")
        _check_range(db_range)
        sr = self.sample_rate
        top = sr / 2 if fmax is None else float(fmax)
        if not 0 < top <= sr / 2:
            raise ValueError(f"fmax must be in (0, {sr / 2}] Hz, got {fmax!r}")
        a, b = self._span(time_range)
        y = self._mono[a:b]
        t0 = self.start_time + a / sr
        fig, ax = _new_axes(ax, figsize)
        if scale == "mel":
            power = melspectrogram(y, sr, n_fft=n_fft, hop_length=hop_length, n_mels=n_mels, fmax=top)
            db = S.power_to_db(power, ref=np.max, top_db=db_range)
            freqs = mel_frequencies(n_mels + 2, fmax=top)[1:-1]
        else:
            mag = np.abs(S.stft(y, n_fft=n_fft, hop_length=hop_length))
            db = S.amplitude_to_db(mag, ref=np.max, top_db=db_range)
            freqs = S.fft_frequencies(sr=sr, n_fft=n_fft)
            keep = freqs <= top
            if scale == "log":
                keep &= freqs > 0
            db, freqs = db[keep], freqs[keep]
        times = t0 + S.frames_to_time(np.arange(db.shape[1]), sr=sr, hop_length=hop_length)
        mesh = ax.pcolormesh(times, freqs, db, shading="nearest", cmap=cmap,
                             vmin=float(db.max()) - db_range, vmax=float(db.max()), rasterized=True)
        if scale == "log":
            ax.set_yscale("log")
            ax.set_ylabel("Frequency (Hz, log scale)")
        elif scale == "mel":
            ax.set_yscale("function", functions=(
                lambda f: hz_to_mel(np.maximum(f, 0.0)), lambda m: mel_to_hz(np.maximum(m, 0.0))))
            ticks = [f for f in (0, 250, 500, 1000, 2000, 4000, 8000, 16000) if f <= top]
            ax.set_yticks(ticks, [str(f) for f in ticks])
            ax.set_ylabel("Frequency (Hz, mel scale)")
        else:
            ax.set_ylabel("Frequency (Hz)")
        if pitch is not None:
            add_pitch(ax, pitch)
        if onsets is not None:
            add_onsets(ax, onsets, color="white")
        if beats is not None:
            add_beats(ax, beats, color="white")
        ax.set_xlabel("Time (s)")
        ax.set_title(title if title is not None else (self.path or "Spectrogram"))
        if colorbar:
            fig.colorbar(mesh, ax=ax, label="dB", format="%+.0f")
        self.figure = fig
        return fig

    def save(self, path: str | os.PathLike[str], *, dpi: int = 100, **plot_kwargs: Any) -> str:
        """Render to a file; see :meth:`plot` for the options.

        Example
        -------
        >>> import numpy as np, tempfile, os
        >>> p = SpectrogramPlotter(np.zeros(4000), 8000).save(os.path.join(tempfile.mkdtemp(), 's.png'))
        >>> os.path.getsize(p) > 0
        True
        """
        return super().save(path, dpi=dpi, **plot_kwargs)


class FrequencySpectrumPlotter(_Plotter):
    """Magnitude spectrum: of one moment (``'instant'``) or averaged over time (``'average'``).

    Example
    -------
    >>> import numpy as np
    >>> sr = 8000
    >>> y = 0.5 * np.sin(2 * np.pi * 440 * np.arange(sr) / sr)
    >>> fig = FrequencySpectrumPlotter(y, sr).plot(mode='average')
    >>> fig.axes[0].get_xscale()
    'log'
    """

    def spectrum(
        self,
        *,
        mode: Literal["instant", "average"] = "instant",
        time: float = 0.0,
        window_size: float = 0.1,
        n_fft: int = 4096,
        time_range: tuple[float, float] | None = None,
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        """``(frequencies, magnitude_db)``; 0 dB is full-scale sine amplitude.

        ``'instant'``: a Hann-windowed segment of ``window_size`` seconds starting at
        ``time``. ``'average'``: power averaged over all STFT frames (``n_fft``) of
        ``time_range``.

        Example
        -------
        >>> import numpy as np
        >>> sr = 8000
        >>> y = 0.5 * np.sin(2 * np.pi * 1000 * np.arange(sr) / sr)
        >>> f, db = FrequencySpectrumPlotter(y, sr).spectrum(time=0.2)
        >>> round(float(f[np.argmax(db)])), round(float(db.max()))
        (1000, -6)
        """
        sr = self.sample_rate
        if mode == "instant":
            if not np.isfinite(time) or not 0 <= time - self.start_time < self.duration:
                raise ValueError(f"time {time!r} is outside the audio")
            if not np.isfinite(window_size) or window_size <= 0:
                raise ValueError(f"window_size must be positive seconds, got {window_size!r}")
            a = round((time - self.start_time) * sr)
            seg = self._mono[a : a + max(2, round(window_size * sr))].astype(np.float64)
            w = np.hanning(seg.size + 2)[1:-1]
            nfft = max(int(n_fft), 1 << int(np.ceil(np.log2(seg.size))))
            mag = np.abs(np.fft.rfft(seg * w, n=nfft)) * (2.0 / w.sum())
            freqs = np.fft.rfftfreq(nfft, 1.0 / sr)
        elif mode == "average":
            a, b = self._span(time_range)
            D = S.stft(self._mono[a:b], n_fft=n_fft, hop_length=n_fft // 4)
            w = np.hanning(n_fft + 1)[:-1]
            mag = np.sqrt(np.mean(np.abs(D) ** 2, axis=1)) * (2.0 / w.sum())
            freqs = S.fft_frequencies(sr=sr, n_fft=n_fft)
        else:
            raise ValueError(f"mode must be 'instant' or 'average', got {mode!r}")
        db = 20.0 * np.log10(np.maximum(mag, 1e-10))
        return np.asarray(freqs, dtype=np.float64), np.asarray(db, dtype=np.float64)

    def plot(
        self,
        *,
        mode: Literal["instant", "average"] = "instant",
        time: float = 0.0,
        window_size: float = 0.1,
        n_fft: int = 4096,
        time_range: tuple[float, float] | None = None,
        log_freq: bool = True,
        fmin: float = 20.0,
        db_range: float = 100.0,
        n_peaks: int = 0,
        ax: Axes | None = None,
        figsize: tuple[float, float] = (8.0, 3.5),
        title: str | None = None,
    ) -> Figure:
        """Draw the spectrum (see :meth:`spectrum`) and return the figure.

        Parameters
        ----------
        log_freq : bool
            Logarithmic frequency axis from ``fmin``.
        db_range : float
            The y axis spans the maximum down to ``db_range`` dB below it.
        n_peaks : int
            Annotate this many strongest local maxima with their frequency.

        Example
        -------
        >>> import numpy as np
        >>> y = np.sin(2 * np.pi * 440 * np.arange(8000) / 8000)
        >>> ax = FrequencySpectrumPlotter(y, 8000).plot(n_peaks=1).axes[0]
        >>> ax.texts[0].get_text()
        '440 Hz'
        """
        _check_range(db_range)
        freqs, db = self.spectrum(mode=mode, time=time, window_size=window_size, n_fft=n_fft,
                                  time_range=time_range)
        fig, ax = _new_axes(ax, figsize)
        keep = freqs >= (fmin if log_freq else 0.0)
        ax.plot(freqs[keep], db[keep], linewidth=0.8)
        if log_freq:
            ax.set_xscale("log")
        ax.set_xlim(float(freqs[keep][0]), float(freqs[-1]))
        ax.set_ylim(float(db.max()) - db_range, float(db.max()) + (18.0 if n_peaks > 0 else 3.0))
        if n_peaks > 0:
            inner = np.flatnonzero((db[1:-1] > db[:-2]) & (db[1:-1] >= db[2:])) + 1
            inner = inner[keep[inner]]
            for k in inner[np.argsort(db[inner])[::-1][:n_peaks]]:
                la, lb, lc = db[k - 1], db[k], db[k + 1]  # parabolic refinement in dB
                shift = 0.5 * (la - lc) / (la - 2 * lb + lc) if la - 2 * lb + lc != 0 else 0.0
                f_peak = float(freqs[k] + shift * (freqs[1] - freqs[0]))
                ax.annotate(f"{f_peak:.0f} Hz", (f_peak, float(db[k])),
                            textcoords="offset points", xytext=(0, 4), fontsize="small",
                            rotation=90, ha="center", va="bottom")
        ax.set_xlabel("Frequency (Hz)")
        ax.set_ylabel("Magnitude (dBFS)")
        label = f"at {time:.2f} s" if mode == "instant" else "average"
        ax.set_title(title if title is not None else f"Spectrum ({label})")
        ax.grid(True, which="both", alpha=0.3)
        self.figure = fig
        return fig


class ChromagramPlotter(_Plotter):
    """Pitch-class energy over time (12 rows, C at the bottom).

    Example
    -------
    >>> import numpy as np
    >>> sr = 22050
    >>> y = np.sin(2 * np.pi * 440 * np.arange(sr) / sr)
    >>> ax = ChromagramPlotter(y, sr).plot().axes[0]
    >>> [t.get_text() for t in ax.get_yticklabels()][9]
    'A'
    """

    def plot(
        self,
        *,
        method: Literal["stft", "cqt"] = "stft",
        hop_length: int = 512,
        cmap: str = "viridis",
        time_range: tuple[float, float] | None = None,
        beats: BeatInfo | npt.ArrayLike | None = None,
        colorbar: bool = True,
        ax: Axes | None = None,
        figsize: tuple[float, float] = (10.0, 3.0),
        title: str | None = None,
    ) -> Figure:
        """Draw the chromagram (:func:`~coremusic.audio.analysis.chroma_stft` or ``chroma_cqt``).

        Example
        -------
        >>> import numpy as np
        >>> fig = ChromagramPlotter(np.random.default_rng(0).standard_normal(22050), 22050).plot(method='cqt')
        >>> len(fig.axes)  # the plot and its colorbar
        2
        """
        sr = self.sample_rate
        a, b = self._span(time_range)
        y = self._mono[a:b]
        if method == "stft":
            chroma = chroma_stft(y, sr, hop_length=hop_length)
        elif method == "cqt":
            chroma = chroma_cqt(y, sr, hop_length=hop_length)
        else:
            raise ValueError(f"method must be 'stft' or 'cqt', got {method!r}")
        fig, ax = _new_axes(ax, figsize)
        t0 = self.start_time + a / sr
        times = t0 + S.frames_to_time(np.arange(chroma.shape[1]), sr=sr, hop_length=hop_length)
        mesh = ax.pcolormesh(times, np.arange(12), chroma, shading="nearest", cmap=cmap, vmin=0.0,
                             vmax=1.0, rasterized=True)
        ax.set_yticks(range(12), list(PITCH_CLASSES))
        if beats is not None:
            add_beats(ax, beats, color="white")
        ax.set_xlabel("Time (s)")
        ax.set_ylabel("Pitch class")
        ax.set_title(title if title is not None else (self.path or "Chromagram"))
        if colorbar:
            fig.colorbar(mesh, ax=ax)
        self.figure = fig
        return fig
