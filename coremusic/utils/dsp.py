"""Signal utilities on numpy arrays: filters, resampling, spectra, envelopes, gain, fades, mixing.

Thin, checked wrappers around ``scipy.signal`` with audio-friendly parameters (Hz,
dB, seconds).  scipy is imported inside each function that needs it, so importing
this module costs only numpy.  Time runs along ``axis`` (default: the last axis, so
``(channels, n)`` arrays work as they are; pass ``axis=0`` for ``(n, channels)``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

__all__ = [
    "apply_filter",
    "bandpass",
    "db_to_gain",
    "design_filter",
    "envelope",
    "fade_in",
    "fade_out",
    "gain_to_db",
    "highpass",
    "lowpass",
    "mix",
    "normalize_peak",
    "normalize_rms",
    "resample",
    "welch",
]

F64 = npt.NDArray[np.float64]
FilterKind = Literal["butter", "cheby1", "cheby2", "ellip"]
BandType = Literal["lowpass", "highpass", "bandpass", "bandstop"]
FadeShape = Literal["linear", "exponential", "logarithmic", "equal_power", "s_curve"]


def _signal(y: npt.ArrayLike, name: str = "y") -> F64:
    arr = np.asarray(y)
    if arr.dtype.kind not in "fiu" or arr.dtype.kind == "b":
        raise TypeError(f"{name} must be a real numeric array, got dtype {arr.dtype}")
    out = arr.astype(np.float64, copy=False)
    if out.size == 0:
        raise ValueError(f"{name} is empty")
    if not np.all(np.isfinite(out)):
        raise ValueError(f"{name} contains NaN or infinite samples")
    return out


def _rate(sr: Any, name: str = "sr") -> float:
    if isinstance(sr, bool) or not isinstance(sr, (int, float, np.integer, np.floating)):
        raise TypeError(f"{name} must be a number, got {type(sr).__name__}")
    if not math.isfinite(sr) or sr <= 0:
        raise ValueError(f"{name} must be a positive sample rate in Hz, got {sr}")
    return float(sr)


def db_to_gain(db: npt.ArrayLike) -> Any:
    """Decibels to linear amplitude gain: ``10 ** (db / 20)``.

    Example
    -------
    >>> from coremusic.utils.dsp import db_to_gain
    >>> round(float(db_to_gain(-6.0)), 4)
    0.5012
    """
    return np.power(10.0, np.asarray(db, dtype=np.float64) / 20.0)


def gain_to_db(gain: npt.ArrayLike, *, floor_db: float = -240.0) -> Any:
    """Linear amplitude to decibels, ``20 log10(|gain|)``, never below ``floor_db``.

    Example
    -------
    >>> from coremusic.utils.dsp import gain_to_db
    >>> round(float(gain_to_db(0.5)), 2), float(gain_to_db(0.0))
    (-6.02, -240.0)
    """
    g = np.abs(np.asarray(gain, dtype=np.float64))
    with np.errstate(divide="ignore"):
        return np.maximum(20.0 * np.log10(g), floor_db)


# ----------------------------------------------------------------------------- filters
def design_filter(
    cutoff: float | tuple[float, float],
    sr: float,
    *,
    btype: BandType = "lowpass",
    kind: FilterKind = "butter",
    order: int = 4,
    ripple_db: float = 1.0,
    attenuation_db: float = 60.0,
) -> F64:
    """Design an IIR filter as second-order sections.

    Parameters
    ----------
    cutoff : float or (float, float)
        Edge frequency in Hz; a pair for band-pass / band-stop.
    sr : float
        Sample rate in Hz.
    btype : 'lowpass', 'highpass', 'bandpass' or 'bandstop'
    kind : 'butter', 'cheby1', 'cheby2' or 'ellip'
        Butterworth (flat), Chebyshev I (pass-band ripple), Chebyshev II (stop-band
        ripple) or elliptic (both; steepest).
    order : int
        Filter order (band filters have twice as many poles).
    ripple_db : float
        Pass-band ripple for cheby1 / ellip.
    attenuation_db : float
        Stop-band attenuation for cheby2 / ellip.

    Returns
    -------
    np.ndarray [shape=(n_sections, 6)]
        ``sos`` for :func:`apply_filter` (or ``scipy.signal.sosfilt``).

    Example
    -------
    >>> from coremusic.utils.dsp import design_filter
    >>> design_filter(1000.0, 48000, order=4).shape
    (2, 6)
    """
    import scipy.signal

    fs = _rate(sr)
    if isinstance(order, bool) or not isinstance(order, int) or order < 1:
        raise ValueError(f"order must be a positive integer, got {order!r}")
    edges = np.atleast_1d(np.asarray(cutoff, dtype=np.float64))
    band = btype in ("bandpass", "bandstop")
    if btype not in ("lowpass", "highpass", "bandpass", "bandstop"):
        raise ValueError(f"btype must be lowpass, highpass, bandpass or bandstop, got {btype!r}")
    if band and (edges.size != 2 or not edges[0] < edges[1]):
        raise ValueError(f"{btype} needs cutoff=(low, high) with low < high, got {cutoff!r}")
    if not band and edges.size != 1:
        raise ValueError(f"{btype} needs a single cutoff frequency, got {cutoff!r}")
    if np.any(edges <= 0) or np.any(edges >= fs / 2):
        raise ValueError(
            f"cutoff {cutoff!r} Hz must lie strictly between 0 and Nyquist ({fs / 2} Hz)"
        )
    wn: Any = edges if band else float(edges[0])
    if kind == "butter":
        sos = scipy.signal.butter(order, wn, btype=btype, fs=fs, output="sos")
    elif kind == "cheby1":
        sos = scipy.signal.cheby1(order, ripple_db, wn, btype=btype, fs=fs, output="sos")
    elif kind == "cheby2":
        sos = scipy.signal.cheby2(order, attenuation_db, wn, btype=btype, fs=fs, output="sos")
    elif kind == "ellip":
        sos = scipy.signal.ellip(
            order, ripple_db, attenuation_db, wn, btype=btype, fs=fs, output="sos"
        )
    else:
        raise ValueError(f"kind must be butter, cheby1, cheby2 or ellip, got {kind!r}")
    return np.asarray(sos, dtype=np.float64)


def apply_filter(
    y: npt.ArrayLike, sos: npt.ArrayLike, *, zero_phase: bool = False, axis: int = -1
) -> F64:
    """Filter with second-order sections; ``zero_phase`` runs it forwards and backwards.

    Zero-phase filtering doubles the attenuation (squares the magnitude response)
    and removes the phase delay; it needs the whole signal (offline only).

    Returns
    -------
    np.ndarray [shape=y.shape]

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.utils.dsp import apply_filter, design_filter
    >>> sos = design_filter(100.0, 8000, btype="highpass")
    >>> out = apply_filter(np.ones(4000), sos, zero_phase=True)
    >>> float(np.abs(out[1000:3000]).max()) < 1e-3   # DC removed
    True
    """
    import scipy.signal

    x = _signal(y)
    s = np.asarray(sos, dtype=np.float64)
    if s.ndim != 2 or s.shape[1] != 6:
        raise ValueError(f"sos must have shape (n_sections, 6), got {s.shape}")
    if zero_phase:
        return np.asarray(scipy.signal.sosfiltfilt(s, x, axis=axis))
    return np.asarray(scipy.signal.sosfilt(s, x, axis=axis))


def lowpass(
    y: npt.ArrayLike,
    sr: float,
    cutoff: float,
    *,
    order: int = 4,
    kind: FilterKind = "butter",
    zero_phase: bool = False,
    axis: int = -1,
) -> F64:
    """Low-pass filter ``y`` at ``cutoff`` Hz.

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.utils.dsp import lowpass
    >>> sr = 8000
    >>> t = np.arange(sr) / sr
    >>> out = lowpass(np.sin(2 * np.pi * 3000 * t), sr, 500.0, order=6)
    >>> float(np.abs(out[1000:]).max()) < 1e-3
    True
    """
    return apply_filter(
        y,
        design_filter(cutoff, sr, btype="lowpass", kind=kind, order=order),
        zero_phase=zero_phase,
        axis=axis,
    )


def highpass(
    y: npt.ArrayLike,
    sr: float,
    cutoff: float,
    *,
    order: int = 4,
    kind: FilterKind = "butter",
    zero_phase: bool = False,
    axis: int = -1,
) -> F64:
    """High-pass filter ``y`` at ``cutoff`` Hz.

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.utils.dsp import highpass
    >>> out = highpass(np.ones(8000), 8000, 50.0)
    >>> float(abs(out[-1])) < 1e-3
    True
    """
    return apply_filter(
        y,
        design_filter(cutoff, sr, btype="highpass", kind=kind, order=order),
        zero_phase=zero_phase,
        axis=axis,
    )


def bandpass(
    y: npt.ArrayLike,
    sr: float,
    low: float,
    high: float,
    *,
    order: int = 4,
    kind: FilterKind = "butter",
    zero_phase: bool = False,
    axis: int = -1,
) -> F64:
    """Band-pass filter ``y`` between ``low`` and ``high`` Hz.

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.utils.dsp import bandpass
    >>> sr = 8000
    >>> t = np.arange(sr) / sr
    >>> keep = bandpass(np.sin(2 * np.pi * 1000 * t), sr, 800.0, 1200.0)
    >>> round(float(np.abs(keep[4000:]).max()), 1)
    1.0
    """
    return apply_filter(
        y,
        design_filter((low, high), sr, btype="bandpass", kind=kind, order=order),
        zero_phase=zero_phase,
        axis=axis,
    )


# ----------------------------------------------------------------------------- resampling, spectra
def resample(y: npt.ArrayLike, orig_sr: int, target_sr: int, *, axis: int = -1) -> F64:
    """Polyphase resampling by the exact rational ratio ``target_sr / orig_sr``.

    Uses ``scipy.signal.resample_poly`` (Kaiser-windowed FIR anti-aliasing filter).

    Returns
    -------
    np.ndarray
        ``ceil(n * target_sr / orig_sr)`` samples along ``axis``.

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.utils.dsp import resample
    >>> resample(np.zeros(44100), 44100, 48000).shape
    (48000,)
    """
    import scipy.signal

    for name, v in (("orig_sr", orig_sr), ("target_sr", target_sr)):
        if isinstance(v, bool) or not isinstance(v, (int, np.integer)) or v <= 0:
            raise ValueError(f"{name} must be a positive integer, got {v!r}")
    x = _signal(y)
    if orig_sr == target_sr:
        return x.copy()
    g = math.gcd(int(orig_sr), int(target_sr))
    return np.asarray(
        scipy.signal.resample_poly(x, int(target_sr) // g, int(orig_sr) // g, axis=axis)
    )


def welch(
    y: npt.ArrayLike,
    sr: float,
    *,
    nperseg: int = 2048,
    noverlap: int | None = None,
    window: str = "hann",
    scaling: Literal["density", "spectrum"] = "density",
    axis: int = -1,
) -> tuple[F64, F64]:
    """Power spectral density (or power spectrum) by Welch's averaged periodograms.

    Returns
    -------
    freqs : np.ndarray [shape=(nperseg // 2 + 1,)]
    psd : np.ndarray [shape=(..., nperseg // 2 + 1)]
        V²/Hz for ``'density'``, V² for ``'spectrum'``.

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.utils.dsp import welch
    >>> sr = 8000
    >>> f, p = welch(np.sin(2 * np.pi * 1000 * np.arange(sr) / sr), sr, nperseg=256)
    >>> float(f[p.argmax()])
    1000.0
    """
    import scipy.signal

    x = _signal(y)
    fs = _rate(sr)
    n = min(int(nperseg), x.shape[axis])
    f, p = scipy.signal.welch(
        x, fs=fs, window=window, nperseg=n, noverlap=noverlap, scaling=scaling, axis=axis
    )
    return np.asarray(f), np.asarray(p)


# ----------------------------------------------------------------------------- envelopes, gain
def envelope(
    y: npt.ArrayLike,
    *,
    method: Literal["hilbert", "rms", "peak"] = "hilbert",
    window: int = 1024,
    axis: int = -1,
) -> F64:
    """Amplitude envelope with the same length as ``y``.

    ``'hilbert'``: magnitude of the analytic signal; ``'rms'``: centred moving RMS over
    ``window`` samples; ``'peak'``: centred moving maximum of ``|y|``.

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.utils.dsp import envelope
    >>> t = np.arange(8000) / 8000
    >>> y = np.sin(2 * np.pi * 440 * t) * np.linspace(0, 1, t.size)
    >>> env = envelope(y)
    >>> round(float(env[4000]), 2)
    0.5
    """
    x = _signal(y)
    if method == "hilbert":
        import scipy.signal

        return np.asarray(np.abs(scipy.signal.hilbert(x, axis=axis)))
    if isinstance(window, bool) or not isinstance(window, int) or window < 1:
        raise ValueError(f"window must be a positive integer, got {window!r}")
    moved = np.moveaxis(x, axis, -1)
    half = window // 2
    if method == "rms":
        sq = np.pad(moved * moved, [(0, 0)] * (moved.ndim - 1) + [(half, window - half - 1)])
        csum = np.concatenate((np.zeros((*sq.shape[:-1], 1)), np.cumsum(sq, axis=-1)), axis=-1)
        out = np.sqrt(np.maximum((csum[..., window:] - csum[..., :-window]) / window, 0.0))
    elif method == "peak":
        from numpy.lib.stride_tricks import sliding_window_view

        a = np.pad(np.abs(moved), [(0, 0)] * (moved.ndim - 1) + [(half, window - half - 1)])
        out = sliding_window_view(a, window, axis=-1).max(axis=-1)
    else:
        raise ValueError(f"method must be 'hilbert', 'rms' or 'peak', got {method!r}")
    return np.asarray(np.moveaxis(out, -1, axis))


def normalize_peak(y: npt.ArrayLike, *, target_db: float = 0.0) -> F64:
    """Scale so the largest absolute sample is ``target_db`` dBFS.

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.utils.dsp import normalize_peak
    >>> normalize_peak(np.array([0.1, -0.25]), target_db=-6.0).round(3).tolist()
    [0.2, -0.501]
    """
    x = _signal(y)
    peak = float(np.max(np.abs(x)))
    if peak == 0.0:
        raise ValueError("cannot peak-normalise a silent signal")
    return np.asarray(x * (db_to_gain(target_db) / peak))


def normalize_rms(y: npt.ArrayLike, *, target_db: float = -20.0) -> F64:
    """Scale so the RMS level (all channels together) is ``target_db`` dBFS.

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.utils.dsp import normalize_rms
    >>> y = normalize_rms(np.random.default_rng(0).standard_normal(1000), target_db=-20.0)
    >>> round(float(20 * np.log10(np.sqrt(np.mean(y ** 2)))), 6)
    -20.0
    """
    x = _signal(y)
    level = float(np.sqrt(np.mean(x * x)))
    if level == 0.0:
        raise ValueError("cannot RMS-normalise a silent signal")
    return np.asarray(x * (db_to_gain(target_db) / level))


# ----------------------------------------------------------------------------- fades, mixing
def _fade_curve(n: int, shape: FadeShape) -> F64:
    t = np.linspace(0.0, 1.0, n)
    if shape == "linear":
        return t
    if shape == "exponential":  # -60 dB to 0 dB, linear in dB
        return np.where(t > 0, 10.0 ** (3.0 * (t - 1.0)), 0.0)
    if shape == "logarithmic":
        return np.log1p(9.0 * t) / math.log(10.0)
    if shape == "equal_power":
        return np.sin(0.5 * np.pi * t)
    if shape == "s_curve":
        return 0.5 - 0.5 * np.cos(np.pi * t)
    raise ValueError(
        f"shape must be linear, exponential, logarithmic, equal_power or s_curve, got {shape!r}"
    )


def _fade(
    y: npt.ArrayLike, sr: float, duration: float, shape: FadeShape, axis: int, out: bool
) -> F64:
    x = _signal(y).copy()
    fs = _rate(sr)
    if duration < 0:
        raise ValueError(f"fade duration must be non-negative, got {duration}")
    n = min(round(duration * fs), x.shape[axis])
    if n == 0:
        return x
    curve = _fade_curve(n, shape)
    if out:
        curve = curve[::-1]
    moved = np.moveaxis(x, axis, -1)
    if out:
        moved[..., -n:] *= curve
    else:
        moved[..., :n] *= curve
    return x


def fade_in(
    y: npt.ArrayLike, sr: float, duration: float, *, shape: FadeShape = "linear", axis: int = -1
) -> F64:
    """Fade in over the first ``duration`` seconds.

    ``shape``: ``'linear'``, ``'exponential'`` (linear in dB from -60), ``'logarithmic'``,
    ``'equal_power'`` (sine; constant power when crossfading with :func:`fade_out`),
    ``'s_curve'`` (raised cosine).

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.utils.dsp import fade_in
    >>> fade_in(np.ones(5), 4, 1.0).tolist()
    [0.0, 0.3333333333333333, 0.6666666666666666, 1.0, 1.0]
    """
    return _fade(y, sr, duration, shape, axis, out=False)


def fade_out(
    y: npt.ArrayLike, sr: float, duration: float, *, shape: FadeShape = "linear", axis: int = -1
) -> F64:
    """Fade out over the last ``duration`` seconds (see :func:`fade_in` for shapes).

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.utils.dsp import fade_out
    >>> fade_out(np.ones(5), 4, 1.0).tolist()
    [1.0, 1.0, 0.6666666666666666, 0.3333333333333333, 0.0]
    """
    return _fade(y, sr, duration, shape, axis, out=True)


def mix(
    signals: Sequence[npt.ArrayLike],
    *,
    gains_db: Sequence[float] | None = None,
    offsets: Sequence[int] | None = None,
    axis: int = -1,
    normalize: bool = False,
) -> F64:
    """Sum signals (zero-padded to the longest), with per-signal gains and start offsets.

    Parameters
    ----------
    signals : sequence of np.ndarray
        All with the same shape apart from ``axis`` (e.g. all mono, or all stereo).
    gains_db : sequence of float, optional
    offsets : sequence of int, optional
        Start of each signal in samples.
    axis : int
        Time axis.
    normalize : bool
        Scale the mix so its peak is at most 0 dBFS (never louder).

    Returns
    -------
    np.ndarray

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.utils.dsp import mix
    >>> mix([np.ones(3), np.ones(2)], gains_db=[0.0, -6.0206], offsets=[0, 2]).round(3).tolist()
    [1.0, 1.0, 1.5, 0.5]
    """
    if len(signals) == 0:
        raise ValueError("mix needs at least one signal")
    arrays = [np.moveaxis(_signal(s, f"signals[{i}]"), axis, -1) for i, s in enumerate(signals)]
    lead = arrays[0].shape[:-1]
    for i, a in enumerate(arrays):
        if a.shape[:-1] != lead:
            raise ValueError(f"signals[{i}] has shape {a.shape} apart from time; expected {lead}")
    gains = [0.0] * len(arrays) if gains_db is None else list(gains_db)
    starts = [0] * len(arrays) if offsets is None else [int(o) for o in offsets]
    if len(gains) != len(arrays) or len(starts) != len(arrays):
        raise ValueError("gains_db and offsets need one entry per signal")
    if any(o < 0 for o in starts):
        raise ValueError(f"offsets must be non-negative, got {starts}")
    length = max(o + a.shape[-1] for o, a in zip(starts, arrays, strict=True))
    out = np.zeros((*lead, length))
    for a, g, o in zip(arrays, gains, starts, strict=True):
        out[..., o : o + a.shape[-1]] += a * db_to_gain(g)
    if normalize:
        peak = float(np.max(np.abs(out)))
        if peak > 1.0:
            out /= peak
    return np.asarray(np.moveaxis(out, -1, axis))
