"""Loudness per ITU-R BS.1770-4 / EBU R128: integrated, momentary, short-term, LRA, true peak.

The K-weighting filters (a high-shelf "head" filter and the RLB high-pass) are derived
from their analogue prototypes by the bilinear transform at the signal's own sample
rate, so every rate gets the same response (at 48 kHz the coefficients equal the ones
tabulated in BS.1770).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from ._iir import sos_filter, sos_filter_energy
from ._input import _as_channels
from ._threads import _matmul_rows

__all__ = [
    "LoudnessInfo",
    "integrated_loudness",
    "k_weighting",
    "loudness_range",
    "measure_loudness",
    "momentary_loudness",
    "normalize_loudness",
    "short_term_loudness",
    "true_peak",
]

F64 = npt.NDArray[np.float64]
_ABS_GATE = -70.0
_OFFSET = -0.691


@dataclass(frozen=True)
class LoudnessInfo:
    """Loudness summary of a signal.

    Attributes
    ----------
    integrated : float
        Gated programme loudness in LUFS (``-inf`` if everything is below the gate).
    loudness_range : float
        LRA in LU (EBU Tech 3342).
    true_peak : float
        Maximum 4x-oversampled peak in dBTP.
    sample_peak : float
        Maximum absolute sample in dBFS.
    momentary_max : float
        Loudest 400 ms block in LUFS.
    short_term_max : float
        Loudest 3 s window in LUFS.

    Example
    -------
    >>> LoudnessInfo(-23.0, 5.0, -1.2, -1.5, -18.0, -20.0)
    LoudnessInfo(integrated=-23.00 LUFS, LRA=5.00 LU, true_peak=-1.20 dBTP, sample_peak=-1.50 dBFS, momentary_max=-18.00, short_term_max=-20.00)
    """

    integrated: float
    loudness_range: float
    true_peak: float
    sample_peak: float
    momentary_max: float
    short_term_max: float

    def __repr__(self) -> str:
        return (
            f"LoudnessInfo(integrated={self.integrated:.2f} LUFS, LRA={self.loudness_range:.2f} LU, "
            f"true_peak={self.true_peak:.2f} dBTP, sample_peak={self.sample_peak:.2f} dBFS, "
            f"momentary_max={self.momentary_max:.2f}, short_term_max={self.short_term_max:.2f})"
        )


def _biquad_coeffs(sr: int) -> tuple[tuple[F64, F64], tuple[F64, F64]]:
    # stage 1: high shelf (+4 dB above ~1.7 kHz), modelling the head
    f0, gain_db, q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    k = math.tan(math.pi * f0 / sr)
    vh = 10.0 ** (gain_db / 20.0)
    vb = vh**0.4996667741545416
    a0 = 1.0 + k / q + k * k
    b_shelf = np.array(
        [(vh + vb * k / q + k * k) / a0, 2.0 * (k * k - vh) / a0, (vh - vb * k / q + k * k) / a0]
    )
    a_shelf = np.array([1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0])
    # stage 2: RLB high-pass (~38 Hz)
    f0, q = 38.13547087602444, 0.5003270373238773
    k = math.tan(math.pi * f0 / sr)
    a0 = 1.0 + k / q + k * k
    b_hp = np.array([1.0, -2.0, 1.0])
    a_hp = np.array([1.0, 2.0 * (k * k - 1.0) / a0, (1.0 - k / q + k * k) / a0])
    return (b_shelf, a_shelf), (b_hp, a_hp)


def k_weighting(y: npt.ArrayLike, sr: int) -> F64:
    """Apply the BS.1770 K-weighting filter to every channel.

    Parameters
    ----------
    y : np.ndarray [shape=(n,), (channels, n) or (n, channels)]
    sr : int

    Returns
    -------
    np.ndarray [shape=(channels, n)]

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import k_weighting
    >>> sr = 48000
    >>> y = np.sin(2 * np.pi * 1000 * np.arange(sr) / sr)
    >>> gain = np.sqrt(np.mean(k_weighting(y, sr)[0, sr // 2 :] ** 2) / 0.5)
    >>> round(float(20 * np.log10(gain)), 1)  # +0.7 dB at 1 kHz, cancelled by the -0.691 offset
    0.7
    """
    x, sr_v = _as_channels(y, sr)
    return sos_filter(_k_sos(sr_v), x)


def _weights(n_channels: int) -> F64:
    """Channel weights: 1.0 for L, R, C; 1.41 for surrounds; LFE (4th of 6) excluded."""
    if n_channels == 6:  # L R C LFE Ls Rs
        return np.array([1.0, 1.0, 1.0, 0.0, 1.41, 1.41])
    if n_channels == 5:  # L R C Ls Rs
        return np.array([1.0, 1.0, 1.0, 1.41, 1.41])
    return np.ones(n_channels)


class _KWeighted:
    """A signal's K-weighted channels, computed only as far as each caller needs:
    per-step energies (never storing the filtered signal) or the filtered signal."""

    def __init__(self, x: F64, sr: int) -> None:
        self.x = x
        self.sr = sr
        self._energies: dict[int, F64] = {}
        self._filtered: F64 | None = None

    @property
    def n_channels(self) -> int:
        return int(self.x.shape[0])

    @property
    def n_samples(self) -> int:
        return int(self.x.shape[1])

    def step_energies(self, step: int) -> F64:
        if step not in self._energies:
            self._energies[step] = sos_filter_energy(_k_sos(self.sr), self.x, step)
        return self._energies[step]

    def filtered(self) -> F64:
        if self._filtered is None:
            self._filtered = sos_filter(_k_sos(self.sr), self.x)
        return self._filtered


def _k_sos(sr: int) -> F64:
    (b1, a1), (b2, a2) = _biquad_coeffs(sr)
    return np.array([np.concatenate((b1, a1)), np.concatenate((b2, a2))])


def _block_power(kw: _KWeighted, block_s: float, step_s: float, weights: F64) -> tuple[F64, F64]:
    """Weighted mean-square per block: returns (per-channel (c, m), weighted sum (m,))."""
    block = round(block_s * kw.sr)
    step = round(step_s * kw.sr)
    n = kw.n_samples
    if n < block:
        return np.zeros((kw.n_channels, 0)), np.zeros(0)
    n_blocks = 1 + (n - block) // step
    if block % step == 0:
        # energies of whole steps, then sums of block // step neighbouring steps
        k = block // step
        seg = kw.step_energies(step)[:, : n_blocks + k - 1]
        csum = np.concatenate((np.zeros((kw.n_channels, 1)), np.cumsum(seg, axis=1)), axis=1)
        per_ch = (csum[:, k:] - csum[:, :-k]) / block
    else:
        z = kw.filtered()
        csum = np.concatenate((np.zeros((z.shape[0], 1)), np.cumsum(z * z, axis=1)), axis=1)
        starts = np.arange(n_blocks) * step
        per_ch = (csum[:, starts + block] - csum[:, starts]) / block
    return per_ch, weights @ per_ch


def _lufs(power: F64 | float) -> Any:
    with np.errstate(divide="ignore"):
        return _OFFSET + 10.0 * np.log10(power)


def _prepare(
    y: npt.ArrayLike, sr: int, channel_weights: npt.ArrayLike | None
) -> tuple[_KWeighted, int, F64]:
    x, sr_v = _as_channels(y, sr)
    z = _KWeighted(x, sr_v)
    w = (
        _weights(x.shape[0])
        if channel_weights is None
        else np.asarray(channel_weights, dtype=np.float64)
    )
    if w.shape != (x.shape[0],):
        raise ValueError(
            f"channel_weights must have one weight per channel ({x.shape[0]}), got {w.shape}"
        )
    return z, sr_v, w


def _integrated_from_blocks(per_ch: F64, total: F64, weights: F64) -> float:
    if total.size == 0:
        return -math.inf
    loud = _lufs(total)
    gated = loud > _ABS_GATE
    if not gated.any():
        return -math.inf
    rel_gate = _lufs(float(weights @ per_ch[:, gated].mean(axis=1))) - 10.0
    keep = gated & (loud > rel_gate)
    return float(_lufs(float(weights @ per_ch[:, keep].mean(axis=1))))


def integrated_loudness(
    y: npt.ArrayLike, sr: int, *, channel_weights: npt.ArrayLike | None = None
) -> float:
    """Gated integrated loudness (BS.1770-4) in LUFS.

    400 ms blocks with 75 % overlap; blocks below -70 LUFS are discarded, then blocks
    more than 10 LU below the loudness of the remaining ones.

    Parameters
    ----------
    y : np.ndarray [shape=(n,), (channels, n) or (n, channels)]
        Mono, stereo or 5/5.1-channel (L R C [LFE] Ls Rs) audio.
    sr : int
    channel_weights : np.ndarray [shape=(channels,)], optional
        Override the BS.1770 channel weights.

    Returns
    -------
    float
        LUFS; ``-inf`` for signals shorter than 400 ms or entirely below the gate.

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import integrated_loudness
    >>> sr = 48000
    >>> tone = 10 ** (-23 / 20) * np.sin(2 * np.pi * 1000 * np.arange(10 * sr) / sr)
    >>> round(integrated_loudness(np.stack([tone, tone]), sr), 1)   # EBU Tech 3341 case 1
    -23.0
    """
    z, _, w = _prepare(y, sr, channel_weights)
    per_ch, total = _block_power(z, 0.4, 0.1, w)
    return _integrated_from_blocks(per_ch, total, w)


def momentary_loudness(
    y: npt.ArrayLike, sr: int, *, step: float = 0.1, channel_weights: npt.ArrayLike | None = None
) -> tuple[F64, F64]:
    """Momentary loudness (400 ms window) every ``step`` seconds.

    Returns
    -------
    times : np.ndarray [shape=(m,)]
        End time of each window in seconds.
    lufs : np.ndarray [shape=(m,)]

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import momentary_loudness
    >>> t, m = momentary_loudness(np.zeros(48000), 48000)
    >>> t.shape == m.shape, bool(np.isneginf(m).all())
    (True, True)
    """
    z, sr_v, w = _prepare(y, sr, channel_weights)
    _, total = _block_power(z, 0.4, step, w)
    times = 0.4 + np.arange(total.size) * (round(step * sr_v) / sr_v)
    return np.asarray(times, dtype=np.float64), np.asarray(_lufs(total), dtype=np.float64)


def short_term_loudness(
    y: npt.ArrayLike, sr: int, *, step: float = 0.1, channel_weights: npt.ArrayLike | None = None
) -> tuple[F64, F64]:
    """Short-term loudness (3 s window) every ``step`` seconds.

    Returns
    -------
    times : np.ndarray [shape=(m,)]
        End time of each window in seconds.
    lufs : np.ndarray [shape=(m,)]

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import short_term_loudness
    >>> sr = 48000
    >>> y = 0.1 * np.sin(2 * np.pi * 1000 * np.arange(5 * sr) / sr)
    >>> t, s = short_term_loudness(y, sr)
    >>> len(t), round(float(s[0]), 1)
    (21, -23.0)
    """
    z, sr_v, w = _prepare(y, sr, channel_weights)
    _, total = _block_power(z, 3.0, step, w)
    times = 3.0 + np.arange(total.size) * (round(step * sr_v) / sr_v)
    return np.asarray(times, dtype=np.float64), np.asarray(_lufs(total), dtype=np.float64)


def _lra_from_short_term(st: F64) -> float:
    st = st[st > _ABS_GATE]
    if st.size == 0:
        return 0.0
    power = 10.0 ** ((st - _OFFSET) / 10.0)
    rel = _lufs(float(power.mean())) - 20.0
    st = st[st > rel]
    if st.size == 0:
        return 0.0
    lo, hi = np.percentile(st, [10.0, 95.0])
    return float(hi - lo)


def loudness_range(
    y: npt.ArrayLike, sr: int, *, channel_weights: npt.ArrayLike | None = None
) -> float:
    """Loudness range (LRA, EBU Tech 3342) in LU.

    The spread (10th to 95th percentile) of short-term loudness values, after an
    absolute gate at -70 LUFS and a relative gate 20 LU below their power mean.

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import loudness_range
    >>> sr = 16000
    >>> t = np.arange(20 * sr) / sr
    >>> a = np.sin(2 * np.pi * 1000 * t)
    >>> y = np.concatenate([10 ** (-20 / 20) * a, 10 ** (-30 / 20) * a])
    >>> round(loudness_range(y, sr))   # EBU Tech 3342 case 1
    10
    """
    z, _, w = _prepare(y, sr, channel_weights)
    _, total = _block_power(z, 3.0, 0.1, w)
    return _lra_from_short_term(np.asarray(_lufs(total)))


def _interpolation_taps(factor: int, taps: int) -> F64:
    """Kaiser-windowed sinc coefficients for the points ``p / factor`` (p = 1..factor-1)
    between ``x[n]`` and ``x[n + 1]``; row p-1 multiplies ``x[n - taps//2 + 1 : n + taps//2 + 1]``."""
    m = np.arange(-taps // 2 + 1, taps // 2 + 1)
    rows = []
    for p in range(1, factor):
        t = p / factor - m
        arg = np.clip(1.0 - (t / (taps / 2.0)) ** 2, 0.0, 1.0)
        w = np.i0(8.0 * np.sqrt(arg)) / np.i0(8.0)
        c = np.sinc(t) * w
        rows.append(c / c.sum())
    return np.asarray(rows)


def _channel_true_peak(x: F64, factor: int, taps: int = 32) -> float:
    peak = float(np.max(np.abs(x)))
    if peak == 0.0 or factor == 1:
        return peak
    # intersample peaks sit between samples near the peak level: interpolate only
    # around samples within 6 dB of the sample peak (exact there, and cheap)
    cand = np.flatnonzero(np.abs(x) >= peak * 0.5)
    starts = np.unique(np.concatenate((cand - 1, cand)))
    starts = starts[(starts >= 0) & (starts < x.size - 1)]
    if starts.size == 0:
        return peak
    half = taps // 2
    padded = np.pad(x, (half, half))
    window = padded[starts[:, None] + np.arange(1, taps + 1)]
    vals = np.empty((window.shape[0], factor - 1))
    _matmul_rows(window, _interpolation_taps(factor, taps).T, vals)
    return max(peak, float(np.max(np.abs(vals))))


def true_peak(y: npt.ArrayLike, sr: int, *, oversample: int | None = None) -> float:
    """Maximum true-peak level in dBTP (4x oversampling below 96 kHz).

    Intersample values are computed with a 32-tap Kaiser-windowed sinc interpolator
    between every pair of samples where one is within 6 dB of the sample peak; an
    intersample peak cannot reach the true peak elsewhere unless it overshoots both
    neighbouring samples by more than 6 dB.

    Parameters
    ----------
    y : np.ndarray [shape=(n,), (channels, n) or (n, channels)]
    sr : int
    oversample : int, optional
        Oversampling factor; default 4 below 96 kHz, 2 below 192 kHz, else 1.

    Returns
    -------
    float
        dBTP (``-inf`` for digital silence).

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import true_peak
    >>> sr = 48000
    >>> n = np.arange(sr)
    >>> y = np.sin(2 * np.pi * (sr / 4) * n / sr + np.pi / 4)   # samples miss the crests
    >>> round(float(np.max(np.abs(y))), 3), abs(true_peak(y, sr)) < 0.2
    (0.707, True)
    """
    x, sr_v = _as_channels(y, sr)
    if oversample is None:
        oversample = 4 if sr_v < 96000 else 2 if sr_v < 192000 else 1
    if isinstance(oversample, bool) or not isinstance(oversample, int) or oversample < 1:
        raise ValueError(f"oversample must be an integer >= 1, got {oversample!r}")
    peak = max(_channel_true_peak(ch, oversample) for ch in x)
    with np.errstate(divide="ignore"):
        return float(20.0 * np.log10(peak)) if peak > 0 else -math.inf


def measure_loudness(
    y: npt.ArrayLike, sr: int, *, channel_weights: npt.ArrayLike | None = None
) -> LoudnessInfo:
    """All loudness measures in one pass over the K-weighted signal.

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import measure_loudness
    >>> sr = 48000
    >>> y = 0.1 * np.sin(2 * np.pi * 1000 * np.arange(5 * sr) / sr)
    >>> info = measure_loudness(y, sr)
    >>> round(info.integrated, 1), round(info.sample_peak, 1)
    (-23.0, -20.0)
    """
    x, sr_v = _as_channels(y, sr)
    z, _, w = _prepare(x, sr_v, channel_weights)
    per_ch, total = _block_power(z, 0.4, 0.1, w)
    _, st_total = _block_power(z, 3.0, 0.1, w)
    st = np.asarray(_lufs(st_total))
    mom = np.asarray(_lufs(total))
    peak = float(np.max(np.abs(x)))
    with np.errstate(divide="ignore"):
        sample_peak = float(20.0 * np.log10(peak)) if peak > 0 else -math.inf
    return LoudnessInfo(
        integrated=_integrated_from_blocks(per_ch, total, w),
        loudness_range=_lra_from_short_term(st),
        true_peak=true_peak(x, sr_v),
        sample_peak=sample_peak,
        momentary_max=float(mom.max()) if mom.size else -math.inf,
        short_term_max=float(st.max()) if st.size else -math.inf,
    )


def normalize_loudness(
    y: npt.ArrayLike,
    sr: int,
    *,
    target_lufs: float = -23.0,
    true_peak_limit: float | None = None,
) -> tuple[F64, float]:
    """Scale ``y`` to ``target_lufs`` integrated loudness.

    Parameters
    ----------
    y : np.ndarray
        Any layout accepted by :func:`integrated_loudness`; the output keeps it.
    sr : int
    target_lufs : float
    true_peak_limit : float, optional
        If given (dBTP), lower the gain so that the true peak stays at or below it;
        the result is then quieter than the target.

    Returns
    -------
    y_out : np.ndarray [shape=y.shape]
    gain_db : float
        Gain that was applied.

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import integrated_loudness, normalize_loudness
    >>> sr = 48000
    >>> y = 0.5 * np.sin(2 * np.pi * 440 * np.arange(3 * sr) / sr)
    >>> out, gain = normalize_loudness(y, sr, target_lufs=-16.0)
    >>> round(integrated_loudness(out, sr), 2)
    -16.0
    """
    arr = np.asarray(y, dtype=np.float64)
    current = integrated_loudness(arr, sr)
    if not math.isfinite(current):
        raise ValueError(
            "cannot normalise: the signal is silent or shorter than 400 ms (loudness is -inf)"
        )
    gain_db = target_lufs - current
    if true_peak_limit is not None:
        gain_db = min(gain_db, true_peak_limit - true_peak(arr, sr))
    return arr * 10.0 ** (gain_db / 20.0), float(gain_db)
