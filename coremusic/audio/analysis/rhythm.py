"""Onsets, tempo, beats and downbeats from an onset-strength envelope.

The pipeline: log-mel spectral flux (:func:`onset_strength`) → a windowed
autocorrelation tempogram weighted by a log-normal tempo prior
(:func:`estimate_tempo`, which returns ranked candidates) → Ellis-style dynamic
programming over the envelope (:func:`beat_track`) → downbeats from beat-synchronous
accent and bass-energy patterns.  Every confidence is computed from the signal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

from ._input import _as_mono, _positive_int
from ._stft import _fast_len, _fft, frames_to_time, power_to_db
from ._threads import _parallel
from .features import melspectrogram

__all__ = [
    "BeatInfo",
    "TempoInfo",
    "beat_track",
    "estimate_tempo",
    "onset_detect",
    "onset_strength",
    "peak_pick",
]

F64 = npt.NDArray[np.float64]


# ----------------------------------------------------------------------------- results
@dataclass(frozen=True)
class TempoInfo:
    """Global tempo estimate with ranked alternatives.

    Attributes
    ----------
    tempo : float
        Best tempo in BPM (0.0 when the signal has no onsets).
    confidence : float
        In [0, 1]: the best candidate's share of the prior-weighted periodicity of all
        candidates, times the periodicity strength (normalised autocorrelation) at its lag.
    candidates : tuple of (bpm, confidence)
        Local maxima of the weighted tempogram, best first; confidences sum to <= 1.

    Example
    -------
    >>> TempoInfo(120.0, 0.8, ((120.0, 0.8), (60.0, 0.2)))
    TempoInfo(tempo=120.0, confidence=0.8, candidates=((120.0, 0.8), (60.0, 0.2)))
    """

    tempo: float
    confidence: float
    candidates: tuple[tuple[float, float], ...] = ()


@dataclass(frozen=True, eq=False)
class BeatInfo:
    """Beats and downbeats of a signal.

    Attributes
    ----------
    tempo : float
        BPM from a least-squares fit of the beat times (0.0 with fewer than two beats).
    beats : np.ndarray [shape=(n_beats,)]
        Beat times in seconds.
    downbeats : np.ndarray [shape=(n_bars,)]
        Times of the first beat of each bar.
    confidence : float
        In [0, 1]: how much more onset strength falls on the beats than half-way
        between them, times the regularity of the inter-beat intervals.
    beats_per_bar : int
        Meter chosen for the downbeats (or the one given).
    downbeat_confidence : float
        In [0, 1]: ``d**2 / (1 + d**2)`` where ``d`` is the difference between the median
        accent on the chosen downbeats and on the other beats, in standard deviations.
    tempo_candidates : tuple of (bpm, confidence)
        From :func:`estimate_tempo`.

    Example
    -------
    >>> import numpy as np
    >>> info = BeatInfo(120.0, np.array([0.5, 1.0]), np.array([0.5]), 0.9)
    >>> info.tempo, len(info.beats)
    (120.0, 2)
    """

    tempo: float
    beats: F64
    downbeats: F64
    confidence: float
    beats_per_bar: int = 4
    downbeat_confidence: float = 0.0
    tempo_candidates: tuple[tuple[float, float], ...] = field(default=())

    def __repr__(self) -> str:
        return (
            f"BeatInfo(tempo={self.tempo:.2f}, beats=<{self.beats.size} beats>, "
            f"downbeats=<{self.downbeats.size} downbeats>, confidence={self.confidence:.3f}, "
            f"beats_per_bar={self.beats_per_bar})"
        )


# ----------------------------------------------------------------------------- onsets
def _sliding_max(x: F64, before: int, after: int) -> F64:
    """max(x[n - before : n + after + 1]) with the window clipped at the ends."""
    padded = np.pad(x, (before, after), constant_values=-np.inf)
    return np.asarray(sliding_window_view(padded, before + after + 1).max(axis=-1))


def _sliding_mean(x: F64, before: int, after: int) -> F64:
    """mean(x[n - before : n + after + 1]) over the samples that exist."""
    n = x.size
    csum = np.concatenate(([0.0], np.cumsum(x)))
    idx = np.arange(n)
    lo = np.clip(idx - before, 0, n)
    hi = np.clip(idx + after + 1, 0, n)
    return np.asarray((csum[hi] - csum[lo]) / np.maximum(hi - lo, 1))


def onset_strength(
    y: npt.ArrayLike | None = None,
    sr: int = 22050,
    *,
    S: npt.ArrayLike | None = None,
    n_fft: int = 2048,
    hop_length: int = 512,
    n_mels: int = 128,
    fmax: float | None = None,
    lag: int = 1,
    max_size: int = 1,
    center: bool = True,
    aggregate: Callable[..., Any] = np.mean,
) -> F64:
    """Spectral flux of the log-power mel spectrogram.

    ``o[t] = aggregate_f max(0, S_dB[f, t] - ref[f, t - lag])``, where ``ref`` is
    ``S_dB`` max-filtered over ``max_size`` mel bands (``max_size > 1`` suppresses
    vibrato, as in SuperFlux).

    Parameters
    ----------
    y : np.ndarray [shape=(n,)], optional
    sr : int
    S : np.ndarray [shape=(n_mels, t)], optional
        Log-power (dB) mel spectrogram to use instead of ``y``.
    n_fft, hop_length, n_mels, fmax
        Mel spectrogram parameters.
    lag : int >= 1
        Frames between the compared spectra.
    max_size : int >= 1
        Width of the frequency max filter.
    center : bool
        Shift the envelope so that frame ``t`` refers to the centred STFT frame ``t``.
    aggregate : callable
        Reduction over frequency (``np.mean``, ``np.median`` ...).

    Returns
    -------
    np.ndarray [shape=(t,)]

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import onset_strength
    >>> sr = 22050
    >>> y = np.zeros(sr)
    >>> y[11025] = 1.0
    >>> env = onset_strength(y, sr)
    >>> int(env.argmax()) in (21, 22)   # 11025 / 512 = 21.5
    True
    """
    lag = _positive_int(lag, "lag")
    max_size = _positive_int(max_size, "max_size")
    if S is None:
        if y is None:
            raise ValueError("give either the signal y or a log-mel spectrogram S")
        S_db = power_to_db(
            melspectrogram(y, sr, n_fft=n_fft, hop_length=hop_length, n_mels=n_mels, fmax=fmax)
        )
    else:
        S_db = np.asarray(S, dtype=np.float32)
        if S_db.ndim != 2:
            raise ValueError(f"S must be 2-D (n_mels, t), got shape {S_db.shape}")
    return _flux(np.asarray(S_db), lag, max_size, center, n_fft, hop_length, aggregate)


def _flux(
    S_db: npt.NDArray[Any],
    lag: int,
    max_size: int,
    center: bool,
    n_fft: int,
    hop: int,
    aggregate: Callable[..., Any],
) -> F64:
    n_frames = S_db.shape[1]
    if n_frames <= lag:
        return np.zeros(n_frames)
    ref = S_db
    if max_size > 1:
        half = max_size // 2
        padded = np.pad(S_db, ((half, max_size - 1 - half), (0, 0)), mode="edge")
        ref = sliding_window_view(padded, max_size, axis=0).max(axis=-1)
    diff = np.maximum(0.0, S_db[:, lag:] - ref[:, :-lag])
    env = np.asarray(aggregate(diff, axis=0), dtype=np.float64)
    pad = lag + (n_fft // (2 * hop) if center else 0)
    env = np.concatenate((np.zeros(pad), env))
    return env[:n_frames] if center else env


def peak_pick(
    x: npt.ArrayLike,
    *,
    pre_max: int,
    post_max: int,
    pre_avg: int,
    post_avg: int,
    delta: float,
    wait: int,
) -> npt.NDArray[np.intp]:
    """Indices of peaks of ``x``.

    ``n`` is a peak when ``x[n] == max(x[n - pre_max : n + post_max])``,
    ``x[n] >= mean(x[n - pre_avg : n + post_avg]) + delta`` and ``n`` is more than
    ``wait`` samples after the previous peak.

    Returns
    -------
    np.ndarray [shape=(n_peaks,), dtype=int]

    Example
    -------
    >>> from coremusic.audio.analysis import peak_pick
    >>> x = [0, 1, 0, 0, 0, 3, 0, 0, 1, 0]
    >>> peak_pick(x, pre_max=1, post_max=2, pre_avg=2, post_avg=3, delta=0.5, wait=1).tolist()
    [1, 5, 8]
    """
    arr = np.asarray(x, dtype=np.float64)
    if arr.ndim != 1:
        raise ValueError(f"x must be 1-D, got shape {arr.shape}")
    for name, v in (("pre_max", pre_max), ("pre_avg", pre_avg), ("wait", wait)):
        if v < 0:
            raise ValueError(f"{name} must be >= 0, got {v}")
    for name, v in (("post_max", post_max), ("post_avg", post_avg)):
        if v < 1:
            raise ValueError(f"{name} must be >= 1, got {v}")
    if arr.size == 0:
        return np.zeros(0, dtype=np.intp)
    is_max = arr == _sliding_max(arr, pre_max, post_max - 1)
    above = arr >= _sliding_mean(arr, pre_avg, post_avg - 1) + delta
    cand = np.flatnonzero(is_max & above)
    if wait == 0 or cand.size < 2:
        return cand
    keep: list[int] = []
    last = -wait - 1
    for c in cand.tolist():
        if c > last + wait:
            keep.append(c)
            last = c
    return np.asarray(keep, dtype=np.intp)


def _backtrack(events: npt.NDArray[np.intp], energy: F64) -> npt.NDArray[np.intp]:
    """Move each event back to the nearest preceding local minimum of ``energy``."""
    minima = np.flatnonzero((energy[1:-1] <= energy[:-2]) & (energy[1:-1] < energy[2:])) + 1
    minima = np.concatenate(([0], minima))
    pos = np.searchsorted(minima, events, side="right") - 1
    return np.asarray(minima[np.clip(pos, 0, None)], dtype=np.intp)


def onset_detect(
    y: npt.ArrayLike | None = None,
    sr: int = 22050,
    *,
    onset_envelope: npt.ArrayLike | None = None,
    hop_length: int = 512,
    backtrack: bool = False,
    energy: npt.ArrayLike | None = None,
    units: Literal["frames", "time", "samples"] = "frames",
    normalize: bool = True,
    delta: float = 0.07,
    wait: float = 0.03,
    pre_max: float = 0.03,
    post_max: float = 0.0,
    pre_avg: float = 0.10,
    post_avg: float = 0.10,
) -> npt.NDArray[Any]:
    """Detect note onsets by peak-picking the onset-strength envelope.

    Parameters
    ----------
    y : np.ndarray [shape=(n,)], optional
    sr : int
    onset_envelope : np.ndarray [shape=(t,)], optional
        Precomputed :func:`onset_strength`.
    hop_length : int
    backtrack : bool
        Move each onset to the preceding local minimum of ``energy`` (default: the
        onset envelope) — good cut points for slicing.
    energy : np.ndarray [shape=(t,)], optional
        Curve to backtrack on (e.g. :func:`rms`).
    units : 'frames', 'time' or 'samples'
    normalize : bool
        Scale the envelope to [0, 1] first (``delta`` is then relative).
    delta : float
        Threshold above the local mean.
    wait, pre_max, post_max, pre_avg, post_avg : float
        Peak-picking windows in seconds (``post_max`` and ``post_avg`` get one frame added).

    Returns
    -------
    np.ndarray [shape=(n_onsets,)]

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import onset_detect
    >>> sr = 22050
    >>> y = np.zeros(2 * sr)
    >>> for t in (0.5, 1.0, 1.5):
    ...     y[int(t * sr)] = 1.0
    >>> onset_detect(y, sr, units="time").round(1).tolist()
    [0.5, 1.0, 1.5]
    """
    hop = _positive_int(hop_length, "hop_length")
    if onset_envelope is None:
        if y is None:
            raise ValueError("give either the signal y or onset_envelope")
        env = onset_strength(y, sr, hop_length=hop)
    else:
        env = np.asarray(onset_envelope, dtype=np.float64)
        if env.ndim != 1:
            raise ValueError(f"onset_envelope must be 1-D, got shape {env.shape}")
    if units not in ("frames", "time", "samples"):
        raise ValueError(f"units must be 'frames', 'time' or 'samples', got {units!r}")
    if env.size == 0 or not np.any(env > 0):
        onsets = np.zeros(0, dtype=np.intp)
    else:
        if normalize:
            env = env - env.min()
            env = env / env.max()
        fps = sr / hop
        onsets = peak_pick(
            env,
            pre_max=int(pre_max * fps),
            post_max=int(post_max * fps) + 1,
            pre_avg=int(pre_avg * fps),
            post_avg=int(post_avg * fps) + 1,
            delta=delta,
            wait=int(wait * fps),
        )
        if backtrack and onsets.size:
            curve = env if energy is None else np.asarray(energy, dtype=np.float64)
            onsets = _backtrack(onsets, curve)
    if units == "frames":
        return onsets
    if units == "samples":
        return onsets * hop
    return frames_to_time(onsets, sr=sr, hop_length=hop)


# ----------------------------------------------------------------------------- tempo
def _global_autocorrelation(env: F64, win: int) -> F64:
    """Mean over frames of the Hann-windowed local autocorrelation (each normalised at lag 0).

    The inverse FFT is linear, so the normalised autocorrelations are averaged as
    power spectra (weighted by each frame's inverse lag-0 energy) and transformed back
    once; frames are transformed in blocks shared between threads.
    """
    win = min(win, env.size)
    padded = np.pad(env, (win // 2, win - win // 2 - 1), mode="constant")
    frames = sliding_window_view(padded, win)
    hann = 0.5 - 0.5 * np.cos(2.0 * np.pi * np.arange(win) / win)
    n_frames = frames.shape[0]
    lag0 = np.correlate(padded * padded, hann * hann, mode="valid")
    ok = lag0 > 1e-12 * max(float(lag0.max()), 1e-30)
    weight = np.where(ok, 1.0 / np.maximum(lag0, 1e-30), 0.0)
    n_fft = _fast_len(2 * win - 1)  # no circular wrap for lags < win
    fft = _fft(n_frames * n_fft)
    hann32 = hann.astype(np.float32)
    block = max(1, (1 << 17) // n_fft)
    partial: list[F64] = []

    def run(start: int, stop: int) -> None:
        buf = np.zeros((min(block, stop - start), n_fft), dtype=np.float32)
        acc = np.zeros(n_fft // 2 + 1)
        for s in range(start, stop, block):
            e = min(s + block, stop)
            x = buf[: e - s]
            np.multiply(frames[s:e], hann32, out=x[:, :win])
            x[:, win:] = 0.0
            spec = fft.rfft(x, axis=-1)
            power = np.square(spec.real, dtype=np.float64)
            power += np.square(spec.imag, dtype=np.float64)
            acc += np.einsum("i,ij->j", weight[s:e], power)
        partial.append(acc)

    _parallel(n_frames, block, n_frames * n_fft, run)
    mean_power = np.sum(partial, axis=0) / n_frames
    return np.asarray(fft.irfft(mean_power, n=n_fft)[:win], dtype=np.float64)


def _onset_envelope(
    y: npt.ArrayLike | None, sr: int, onset_envelope: npt.ArrayLike | None, hop: int
) -> F64:
    if onset_envelope is not None:
        env = np.asarray(onset_envelope, dtype=np.float64)
        if env.ndim != 1:
            raise ValueError(f"onset_envelope must be 1-D, got shape {env.shape}")
        if not np.all(np.isfinite(env)):
            raise ValueError("onset_envelope contains NaN or infinite values")
        return env
    if y is None:
        raise ValueError("give either the signal y or onset_envelope")
    return onset_strength(y, sr, hop_length=hop)


def estimate_tempo(
    y: npt.ArrayLike | None = None,
    sr: int = 22050,
    *,
    onset_envelope: npt.ArrayLike | None = None,
    hop_length: int = 512,
    start_bpm: float = 120.0,
    std_bpm: float | None = 1.0,
    ac_size: float = 8.0,
    min_bpm: float = 30.0,
    max_bpm: float = 320.0,
    n_candidates: int = 5,
) -> TempoInfo:
    """Estimate the global tempo from the autocorrelation of onset strength.

    The tempogram (autocorrelation in ``ac_size``-second Hann windows, averaged over
    time) is weighted by a log-normal prior
    ``exp(-0.5 * (log2(bpm / start_bpm) / std_bpm) ** 2)``; its local maxima, refined by
    parabolic interpolation, are the candidates.

    Parameters
    ----------
    y : np.ndarray [shape=(n,)], optional
    sr : int
    onset_envelope : np.ndarray [shape=(t,)], optional
    hop_length : int
        Hop of the onset envelope (smaller = finer tempo resolution).
    start_bpm : float > 0
        Centre of the prior.
    std_bpm : float > 0 or None
        Width of the prior in octaves; ``None`` = flat prior.
    ac_size : float > 0
        Autocorrelation window in seconds.
    min_bpm, max_bpm : float
        Range of tempi considered.
    n_candidates : int
        How many candidates to return.

    Returns
    -------
    TempoInfo

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import estimate_tempo
    >>> sr = 22050
    >>> y = np.zeros(20 * sr)
    >>> y[:: sr // 2] = 1.0            # a click every 0.5 s = 120 BPM
    >>> round(estimate_tempo(y, sr).tempo)
    120
    """
    hop = _positive_int(hop_length, "hop_length")
    if start_bpm <= 0:
        raise ValueError(f"start_bpm must be positive, got {start_bpm}")
    if std_bpm is not None and std_bpm <= 0:
        raise ValueError(f"std_bpm must be positive or None, got {std_bpm}")
    if not 0 < min_bpm < max_bpm:
        raise ValueError(f"need 0 < min_bpm < max_bpm, got {min_bpm}, {max_bpm}")
    if ac_size <= 0:
        raise ValueError(f"ac_size must be positive, got {ac_size}")
    n_candidates = _positive_int(n_candidates, "n_candidates")
    env = _onset_envelope(y, sr, onset_envelope, hop)
    fps = sr / hop
    if env.size < 4 or not np.any(env > 0):
        return TempoInfo(0.0, 0.0, ())
    ac = _global_autocorrelation(env - env.mean(), max(4, round(ac_size * fps)))
    lags = np.arange(ac.size, dtype=np.float64)
    with np.errstate(divide="ignore"):
        bpms = 60.0 * fps / lags
    valid = (lags >= 1) & (bpms >= min_bpm) & (bpms <= max_bpm)
    if std_bpm is None:
        prior = np.ones_like(bpms)
    else:
        with np.errstate(divide="ignore", invalid="ignore"):
            prior = np.exp(-0.5 * (np.log2(bpms / start_bpm) / std_bpm) ** 2)
    weighted = np.where(valid, np.maximum(ac, 0.0) * prior, 0.0)
    inner = np.arange(1, weighted.size - 1)
    peaks = inner[
        (weighted[inner] > weighted[inner - 1]) & (weighted[inner] >= weighted[inner + 1])
    ]
    peaks = peaks[weighted[peaks] > 0]
    if peaks.size == 0:
        return TempoInfo(0.0, 0.0, ())
    # rescore the strongest periodicities by how well a single pulse explains them:
    # folding the envelope at the true period leaves one peak and a quiet half-period
    # opposite it, while a multiple or a 2/3 period folds two pulses together
    top = peaks[np.argsort(weighted[peaks])[::-1][: max(2 * n_candidates, 8)]]
    refined = np.empty(top.size)
    scores = np.empty(top.size)
    for i, lag in enumerate(top):
        a, b, c = ac[lag - 1], ac[lag], ac[lag + 1]
        denom = a - 2.0 * b + c
        shift = 0.5 * (a - c) / denom if denom < 0 else 0.0
        refined[i] = lag + float(np.clip(shift, -0.5, 0.5))
        scores[i] = weighted[lag] * (0.05 + _pulse_contrast(env, refined[i]))
    order = np.argsort(scores)[::-1]
    total = float(scores.sum())
    cands = tuple(
        (float(60.0 * fps / refined[i]), float(scores[i] / total)) for i in order[:n_candidates]
    )
    strength = float(np.clip(ac[top[order[0]]], 0.0, 1.0))
    return TempoInfo(cands[0][0], cands[0][1] * strength, cands)


def _pulse_contrast(env: F64, period: float, n_bins: int = 24) -> float:
    """(peak - opposite) / (peak + opposite) of the envelope folded at ``period`` frames."""
    phase = np.floor((np.arange(env.size) / period % 1.0) * n_bins).astype(np.intp)
    counts = np.bincount(phase, minlength=n_bins)
    prof = np.bincount(phase, weights=env, minlength=n_bins) / np.maximum(counts, 1)
    prof = 0.5 * prof + 0.25 * (np.roll(prof, 1) + np.roll(prof, -1))
    k = int(np.argmax(prof))
    on, off = float(prof[k]), float(prof[(k + n_bins // 2) % n_bins])
    return max(0.0, (on - off) / (on + off)) if on + off > 0 else 0.0


# ----------------------------------------------------------------------------- beats
def _local_score(env: F64, period: float) -> F64:
    std = env.std()
    norm = env / std if std > 0 else env
    half = round(period)
    k = np.arange(-half, half + 1)
    kernel = np.exp(-0.5 * (k * 32.0 / max(period, 1e-9)) ** 2)
    return np.convolve(norm, kernel, mode="same")


def _dp_beats(score: F64, period: float, tightness: float) -> npt.NDArray[np.intp]:
    n = score.size
    lo = round(2.0 * period)
    hi = max(1, round(period / 2.0))
    offsets = np.arange(-lo, -hi + 1)  # candidate previous beats relative to now
    penalty = -tightness * np.log(-offsets / period) ** 2
    # a beat's predecessors lie at least `hi` frames back, so `hi` consecutive frames
    # depend only on frames already scored and are scored together
    padded = np.full(n + lo, -np.inf)
    padded[lo:] = score
    cum = padded[lo:]
    windows = sliding_window_view(padded, offsets.size)  # row i: cum[i - lo : i - hi + 1]
    back = np.full(n, -1, dtype=np.intp)
    threshold = 0.01 * float(score.max())
    # until the first real onset, do not chain from silence
    loud = np.flatnonzero(score[hi:] >= threshold)
    first = hi + int(loud[0]) if loud.size else n
    for a in range(first, n, hi):
        b = min(a + hi, n)
        cand = windows[a:b] + penalty
        j = np.argmax(cand, axis=1)
        cum[a:b] = score[a:b] + cand[np.arange(b - a), j]
        back[a:b] = np.arange(a - lo, b - lo) + j
    # the best path ends at the highest cumulative score within the last 1.5 periods
    tail_start = max(0, n - round(1.5 * period))
    tail = tail_start + int(np.argmax(cum[tail_start:]))
    if back[tail] < 0 and score[tail] <= 0:
        return np.zeros(0, dtype=np.intp)
    path = [tail]
    while back[path[-1]] >= 0:
        path.append(int(back[path[-1]]))
    beats = np.asarray(path[::-1], dtype=np.intp)
    return beats


def _trim(beats: npt.NDArray[np.intp], score: F64) -> npt.NDArray[np.intp]:
    if beats.size == 0:
        return beats
    vals = score[beats]
    threshold = 0.5 * float(np.sqrt(np.mean(vals**2)))
    keep = np.flatnonzero(vals > threshold)
    if keep.size == 0:
        return beats[:0]
    return beats[keep[0] : keep[-1] + 1]


def _beat_confidence(beats: npt.NDArray[np.intp], score: F64) -> float:
    if beats.size < 3:
        return 0.0
    mids = ((beats[:-1] + beats[1:]) // 2).astype(np.intp)
    on = float(np.mean(np.maximum(score[beats], 0.0)))
    off = float(np.mean(np.maximum(score[mids], 0.0)))
    contrast = (on - off) / (on + off) if on + off > 0 else 0.0
    ibi = np.diff(beats).astype(np.float64)
    regularity = 1.0 - min(1.0, float(ibi.std() / ibi.mean()))
    return float(np.clip(contrast, 0.0, 1.0) * regularity)


def _zscore(x: F64) -> F64:
    sd = x.std()
    return (x - x.mean()) / sd if sd > 0 else np.zeros_like(x)


def _downbeats(
    beats: npt.NDArray[np.intp], env: F64, bass: F64 | None, meters: tuple[int, ...]
) -> tuple[npt.NDArray[np.intp], int, float]:
    """Choose meter and phase whose beats carry the strongest accent + bass pattern."""
    if beats.size < 2 * min(meters):
        return beats[:1], meters[0], 0.0
    half = max(1, int(np.median(np.diff(beats))) // 8)
    idx = np.clip(beats[:, None] + np.arange(-half, half + 1)[None, :], 0, env.size - 1)
    feature = _zscore(env[idx].max(axis=1))
    if bass is not None:
        feature = feature + _zscore(bass[idx].mean(axis=1))
    spread = float(feature.std()) + 1e-9
    best: tuple[float, int, int] = (-np.inf, meters[0], 0)
    for m in meters:
        if beats.size < 2 * m:
            continue
        for p in range(m):
            sel = np.arange(beats.size) % m == p
            # medians: a few missing accents (dropouts, fills) must not flip the meter
            d = float(np.median(feature[sel]) - np.median(feature[~sel])) / spread
            if d > best[0]:
                best = (float(d), m, p)
    d, m, p = best
    confidence = float(d * d / (1.0 + d * d)) if d > 0 else 0.0
    return beats[p::m], m, confidence


def beat_track(
    y: npt.ArrayLike | None = None,
    sr: int = 22050,
    *,
    onset_envelope: npt.ArrayLike | None = None,
    hop_length: int = 512,
    start_bpm: float = 120.0,
    std_bpm: float | None = 1.0,
    bpm: float | None = None,
    tightness: float = 100.0,
    trim: bool = True,
    beats_per_bar: int | tuple[int, ...] = (3, 4),
) -> BeatInfo:
    """Track beats by dynamic programming (Ellis 2007) and estimate downbeats.

    The best beat sequence maximises onset strength at the beats minus
    ``tightness * log(interval / period) ** 2`` for every interval.  Downbeats are
    the phase (and meter, if several are allowed) whose beats have the most
    distinctive onset accent and low-frequency energy.

    Parameters
    ----------
    y : np.ndarray [shape=(n,)], optional
        Signal (enables the bass-energy cue for downbeats).
    sr : int
    onset_envelope : np.ndarray [shape=(t,)], optional
    hop_length : int
    start_bpm, std_bpm
        Tempo prior (see :func:`estimate_tempo`).
    bpm : float, optional
        Use this tempo instead of estimating it.
    tightness : float > 0
        How strictly beats follow the tempo.
    trim : bool
        Drop weak leading and trailing beats.
    beats_per_bar : int or tuple of int
        Meter, or meters to choose from.

    Returns
    -------
    BeatInfo

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import beat_track
    >>> sr = 22050
    >>> y = np.zeros(20 * sr)
    >>> y[:: sr // 2] = 1.0
    >>> info = beat_track(y, sr)
    >>> round(info.tempo), bool(np.allclose(np.diff(info.beats), 0.5, atol=0.03))
    (120, True)
    """
    hop = _positive_int(hop_length, "hop_length")
    if tightness <= 0:
        raise ValueError(f"tightness must be positive, got {tightness}")
    meters = (beats_per_bar,) if isinstance(beats_per_bar, int) else tuple(beats_per_bar)
    if not meters or any(not isinstance(m, int) or m < 1 for m in meters):
        raise ValueError(
            f"beats_per_bar must be a positive int or tuple of them, got {beats_per_bar!r}"
        )
    bass: F64 | None = None
    if onset_envelope is None:
        if y is None:
            raise ValueError("give either the signal y or onset_envelope")
        sig, sr = _as_mono(y, sr)
        S_db = np.asarray(power_to_db(melspectrogram(sig, sr, hop_length=hop)))
        env = _flux(S_db, 1, 1, True, 2048, hop, np.mean)
        n_low = max(1, int(np.searchsorted(_mel_centres(sr), 150.0)))
        bass = S_db[:n_low].mean(axis=0).astype(np.float64)
    else:
        env = _onset_envelope(None, sr, onset_envelope, hop)
    if bpm is None:
        est = estimate_tempo(
            onset_envelope=env, sr=sr, hop_length=hop, start_bpm=start_bpm, std_bpm=std_bpm
        )
        tempo, cands, tempo_conf = est.tempo, est.candidates, est.confidence
    else:
        if bpm <= 0:
            raise ValueError(f"bpm must be positive, got {bpm}")
        tempo, cands, tempo_conf = float(bpm), ((float(bpm), 1.0),), 1.0
    empty = np.zeros(0)
    if tempo <= 0 or not np.any(env > 0):
        return BeatInfo(0.0, empty, empty, 0.0, meters[0], 0.0, cands)
    period = 60.0 * sr / hop / tempo
    score = _local_score(env, period)
    beats = _dp_beats(score, period, tightness)
    if trim:
        beats = _trim(beats, score)
    confidence = _beat_confidence(beats, score) * (0.5 + 0.5 * min(1.0, tempo_conf * 2.0))
    times = frames_to_time(beats, sr=sr, hop_length=hop)
    if times.size >= 2:
        k = np.arange(times.size)
        slope = float(np.polyfit(k, times, 1)[0])
        fitted_tempo = 60.0 / slope if slope > 0 else tempo
    else:
        fitted_tempo = 0.0
    down, meter, d_conf = _downbeats(beats, env, bass, meters)
    return BeatInfo(
        fitted_tempo,
        times,
        frames_to_time(down, sr=sr, hop_length=hop),
        float(confidence),
        meter,
        d_conf,
        cands,
    )


def _mel_centres(sr: int, n_mels: int = 128) -> F64:
    from .features import mel_frequencies

    return mel_frequencies(n_mels + 2, fmin=0.0, fmax=sr / 2.0)[1:-1]
