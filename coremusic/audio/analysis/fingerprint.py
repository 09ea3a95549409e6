"""Audio fingerprints from spectral-peak constellations, and clip matching.

Peaks of the log spectrogram (local maxima in a time-frequency neighbourhood, limited
to the strongest few per second) are paired with the next peaks after them; each
pair hashes ``(f_anchor, f_target, Δt)`` into 32 bits together with the anchor time.
A clip matches a recording where many of its hashes agree on the same time offset,
which survives noise, level changes and cutting.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

from ._input import _as_mono, _positive_int
from ._stft import _fft, _padded_window, _power_rows

__all__ = ["Fingerprint", "MatchResult", "fingerprint", "match"]

_SR = 11025
_N_FFT = 1024
_HOP = 256
_FREQ_BITS = 10
_DT_BITS = 6


@dataclass(frozen=True, eq=False)
class Fingerprint:
    """Constellation hashes of a signal.

    Attributes
    ----------
    hashes : np.ndarray [shape=(n,), dtype=uint32]
    times : np.ndarray [shape=(n,), dtype=int32]
        Anchor frame of each hash.
    frame_duration : float
        Seconds per frame.
    duration : float
        Length of the fingerprinted signal in seconds.
    n_peaks : int
        Spectral peaks the hashes were built from.

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import fingerprint
    >>> fp = fingerprint(np.random.default_rng(0).standard_normal(22050 * 3), 22050)
    >>> len(fp) > 100, fp.frame_duration
    (True, 0.023219954648526078)
    """

    hashes: npt.NDArray[np.uint32]
    times: npt.NDArray[np.int32]
    frame_duration: float
    duration: float
    n_peaks: int

    def __len__(self) -> int:
        return int(self.hashes.size)

    def __repr__(self) -> str:
        return (
            f"Fingerprint(<{self.hashes.size} hashes from {self.n_peaks} peaks>, "
            f"duration={self.duration:.2f} s)"
        )


@dataclass(frozen=True)
class MatchResult:
    """Where a clip sits inside a reference recording.

    Attributes
    ----------
    offset : float
        Start of the clip inside the reference, in seconds.
    score : int
        Number of hashes agreeing on that offset (within one frame).
    fraction : float
        ``score`` over the number of clip hashes.
    confidence : float
        In [0, 1]: ``1 - runner_up / score``, where ``runner_up`` is the best score at
        any clearly different offset (0 when nothing matches).

    Example
    -------
    >>> MatchResult(12.5, 340, 0.3, 0.97)
    MatchResult(offset=12.5, score=340, fraction=0.3, confidence=0.97)
    """

    offset: float
    score: int
    fraction: float
    confidence: float


def _resample(y: npt.NDArray[np.float32], sr: int) -> npt.NDArray[np.float32]:
    """Band-limited resampling to 11025 Hz through one real FFT (no scipy.signal import)."""
    if sr == _SR:
        return y
    fft = _fft(y.size)
    n_out = max(1, round(y.size * _SR / sr))
    spec = fft.rfft(y)
    keep = min(spec.size, n_out // 2 + 1)
    out = fft.irfft(spec[:keep], n=n_out) * (n_out / y.size)
    return np.asarray(out, dtype=np.float32)


def _max_filter(a: npt.NDArray[np.float32], df: int, dt: int) -> npt.NDArray[np.float32]:
    """Maximum over a (2*df+1) x (2*dt+1) neighbourhood (separable)."""
    p = np.pad(a, ((df, df), (0, 0)), constant_values=-np.inf)
    m = sliding_window_view(p, 2 * df + 1, axis=0).max(axis=-1)
    p = np.pad(m, ((0, 0), (dt, dt)), constant_values=-np.inf)
    return np.asarray(sliding_window_view(p, 2 * dt + 1, axis=1).max(axis=-1))


def fingerprint(
    y: npt.ArrayLike,
    sr: int,
    *,
    peaks_per_second: int = 30,
    fan_out: int = 10,
    neighborhood: tuple[int, int] = (15, 8),
    max_dt: int = 63,
) -> Fingerprint:
    """Fingerprint a signal (resampled to 11025 Hz internally).

    Parameters
    ----------
    y : np.ndarray [shape=(n,) or multichannel]
    sr : int
    peaks_per_second : int
        Keep at most this many of the strongest peaks per second.
    fan_out : int
        Each anchor peak is paired with this many following peaks.
    neighborhood : (int, int)
        Half-size in (bins, frames) of the local-maximum window.
    max_dt : int
        Longest anchor-target distance in frames (at most 63).

    Returns
    -------
    Fingerprint

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import fingerprint
    >>> fp = fingerprint(np.random.default_rng(1).standard_normal(11025 * 2), 11025)
    >>> fp.hashes.dtype, fp.times.dtype
    (dtype('uint32'), dtype('int32'))
    """
    sig, sr_v = _as_mono(y, sr)
    peaks_per_second = _positive_int(peaks_per_second, "peaks_per_second")
    fan_out = _positive_int(fan_out, "fan_out")
    if not 1 <= max_dt < 2**_DT_BITS:
        raise ValueError(f"max_dt must be in [1, {2**_DT_BITS - 1}], got {max_dt}")
    duration = sig.size / sr_v
    x = _resample(sig, sr_v)
    frame_duration = _HOP / _SR
    empty = Fingerprint(np.zeros(0, np.uint32), np.zeros(0, np.int32), frame_duration, duration, 0)
    if x.size < _N_FFT // 2 + 1:
        return empty
    window = _padded_window("hann", _N_FFT, _N_FFT)
    power = _power_rows(x, _N_FFT, _HOP, window, True, "constant", 2.0).T  # (bins, frames)
    spec = (10.0 * np.log10(np.maximum(power, 1e-10))).astype(np.float32)
    # peaks within 70 dB of the loudest bin and above an absolute floor (-80 dB power)
    floor = max(float(spec.max()) - 70.0, -80.0)
    is_peak = (spec == _max_filter(spec, *neighborhood)) & (spec > floor)
    f_idx, t_idx = np.nonzero(is_peak)
    if f_idx.size == 0:
        return empty
    # strongest peaks_per_second in every second
    fps = 1.0 / frame_duration
    sec = (t_idx / fps).astype(np.intp)
    vals = spec[f_idx, t_idx]
    order = np.lexsort((-vals, sec))
    sec_sorted = sec[order]
    first = np.searchsorted(sec_sorted, sec_sorted, side="left")
    keep = order[(np.arange(order.size) - first) < peaks_per_second]
    f_idx, t_idx = f_idx[keep], t_idx[keep]
    order = np.lexsort((f_idx, t_idx))
    f_idx, t_idx = f_idx[order], t_idx[order]
    n = f_idx.size
    anchors, targets = [], []
    for k in range(1, fan_out + 1):
        if k >= n:
            break
        i = np.arange(n - k)
        anchors.append(i)
        targets.append(i + k)
    if not anchors:
        return Fingerprint(
            np.zeros(0, np.uint32), np.zeros(0, np.int32), frame_duration, duration, n
        )
    a = np.concatenate(anchors)
    b = np.concatenate(targets)
    dt = t_idx[b] - t_idx[a]
    ok = (dt >= 1) & (dt <= max_dt)
    a, b, dt = a[ok], b[ok], dt[ok]
    mask = (1 << _FREQ_BITS) - 1
    hashes = np.asarray(
        ((f_idx[a] & mask) << (_FREQ_BITS + _DT_BITS)) | ((f_idx[b] & mask) << _DT_BITS) | dt,
        dtype=np.uint32,
    )
    return Fingerprint(hashes, t_idx[a].astype(np.int32), frame_duration, duration, n)


def match(
    clip: Fingerprint | npt.ArrayLike,
    reference: Fingerprint | npt.ArrayLike,
    sr: int | None = None,
) -> MatchResult:
    """Find where ``clip`` occurs inside ``reference``.

    Parameters
    ----------
    clip, reference : Fingerprint or np.ndarray
        Fingerprints, or signals (then ``sr`` is required) that are fingerprinted here.
    sr : int, optional
        Sample rate of signal arguments.

    Returns
    -------
    MatchResult

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import fingerprint, match
    >>> sr = 11025
    >>> ref = np.random.default_rng(2).standard_normal(sr * 20)
    >>> clip = ref[5 * sr : 9 * sr] + 0.3 * np.random.default_rng(3).standard_normal(4 * sr)
    >>> result = match(clip, ref, sr)
    >>> round(result.offset, 1), result.confidence > 0.5
    (5.0, True)
    """
    fps: list[Fingerprint] = []
    for arg in (clip, reference):
        if isinstance(arg, Fingerprint):
            fps.append(arg)
        else:
            if sr is None:
                raise ValueError("sr is required when clip or reference is a signal")
            fps.append(fingerprint(arg, sr))
    q, r = fps
    if q.frame_duration != r.frame_duration:
        raise ValueError("fingerprints were made with different frame durations")
    if len(q) == 0 or len(r) == 0:
        return MatchResult(0.0, 0, 0.0, 0.0)
    order = np.argsort(r.hashes, kind="stable")
    r_sorted = r.hashes[order]
    lo = np.searchsorted(r_sorted, q.hashes, side="left")
    hi = np.searchsorted(r_sorted, q.hashes, side="right")
    counts = hi - lo
    total = int(counts.sum())
    if total == 0:
        return MatchResult(0.0, 0, 0.0, 0.0)
    q_rep = np.repeat(np.arange(q.hashes.size), counts)
    starts = np.repeat(lo, counts)
    within = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts)
    offsets = r.times[order[starts + within]].astype(np.int64) - q.times[q_rep]
    base = int(offsets.min())
    hist = np.bincount(offsets - base)
    smooth = hist.copy()
    smooth[1:] += hist[:-1]
    smooth[:-1] += hist[1:]
    best = int(np.argmax(smooth))
    score = int(smooth[best])
    rest = smooth.copy()
    rest[max(0, best - 3) : best + 4] = 0
    runner_up = int(rest.max()) if rest.size else 0
    confidence = 1.0 - runner_up / score if score > 0 else 0.0
    # weighted centre of the three bins for sub-frame offset
    lo_b, hi_b = max(0, best - 1), min(hist.size, best + 2)
    w = hist[lo_b:hi_b].astype(np.float64)
    centre = float((np.arange(lo_b, hi_b) * w).sum() / w.sum()) if w.sum() > 0 else float(best)
    offset = (centre + base) * q.frame_duration
    return MatchResult(float(offset), score, score / len(q), float(confidence))
