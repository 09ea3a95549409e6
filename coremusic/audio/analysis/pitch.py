"""Fundamental frequency: YIN, probabilistic YIN (pYIN) and a streaming detector.

All frame-wise work is vectorised: the difference function of every frame comes from
one batched FFT, pYIN's trough probabilities are computed for all frames and
thresholds at once, and its Viterbi decoding exploits the banded pitch transitions and
the sparsity of voiced observations instead of a dense ``(2 n_bins)²`` matrix.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

from ._input import _as_mono, _check_sr, _positive_int
from ._stft import PadMode, _fast_len, _fft, _frame_rows
from ._threads import _parallel

__all__ = ["LivePitchDetector", "PitchInfo", "pyin", "track_pitch", "yin"]

F64 = npt.NDArray[np.float64]


@dataclass(frozen=True)
class PitchInfo:
    """One pitch estimate.

    Attributes
    ----------
    frequency : float
        Fundamental frequency in Hz.
    midi_note : int
        Nearest MIDI note number (69 = A4 = 440 Hz).
    cents_offset : float
        Deviation from ``midi_note`` in cents, in [-50, 50).
    confidence : float
        In [0, 1]: ``1 - d'(τ)`` of YIN's normalised difference at the chosen period,
        or pYIN's voicing probability.
    time : float
        Seconds from the start of the signal (centre of the frame).

    Example
    -------
    >>> PitchInfo.from_frequency(446.0, confidence=0.9)
    PitchInfo(frequency=446.000 Hz, note=A4, cents=+23.4, confidence=0.900, time=0.000)
    """

    frequency: float
    midi_note: int
    cents_offset: float
    confidence: float
    time: float = 0.0

    @classmethod
    def from_frequency(cls, frequency: float, *, confidence: float, time: float = 0.0) -> PitchInfo:
        """Build from a frequency in Hz (must be positive and finite).

        Example
        -------
        >>> PitchInfo.from_frequency(261.63, confidence=1.0).midi_note
        60
        """
        if not math.isfinite(frequency) or frequency <= 0:
            raise ValueError(f"frequency must be positive and finite, got {frequency}")
        midi = 69.0 + 12.0 * math.log2(frequency / 440.0)
        note = math.floor(midi + 0.5)
        return cls(float(frequency), note, 100.0 * (midi - note), float(confidence), float(time))

    @property
    def note_name(self) -> str:
        """Scientific pitch name of ``midi_note``, e.g. ``'C#4'``."""
        names = ("C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B")
        return f"{names[self.midi_note % 12]}{self.midi_note // 12 - 1}"

    def __repr__(self) -> str:
        return (
            f"PitchInfo(frequency={self.frequency:.3f} Hz, note={self.note_name}, "
            f"cents={self.cents_offset:+.1f}, confidence={self.confidence:.3f}, time={self.time:.3f})"
        )


# ----------------------------------------------------------------------------- YIN core
def _periods(
    sr: int, fmin: float, fmax: float, frame_length: int, win_length: int
) -> tuple[int, int]:
    if not 0 < fmin < fmax:
        raise ValueError(f"need 0 < fmin < fmax, got fmin={fmin}, fmax={fmax}")
    if fmax > sr / 2:
        raise ValueError(f"fmax={fmax} Hz is above the Nyquist frequency {sr / 2} Hz")
    min_period = max(int(np.floor(sr / fmax)), 1)
    max_period = int(np.ceil(sr / fmin))
    limit = frame_length - win_length - 1
    if max_period > limit:
        raise ValueError(
            f"fmin={fmin} Hz needs periods up to {max_period} samples but frame_length={frame_length} "
            f"with win_length={win_length} allows {limit}; raise frame_length or fmin"
        )
    if min_period >= max_period:
        raise ValueError(f"fmin={fmin} and fmax={fmax} leave no period range at sr={sr}")
    return min_period, max_period


def _cmndf_blocks(
    frames: npt.NDArray[Any],
    win_length: int,
    max_period: int,
    consume: Callable[[int, int, F64], None],
) -> None:
    """Cumulative mean normalised difference ``d'(τ)``, τ = 0..max_period, block by block.

    ``consume(start, stop, d)`` receives the rows ``d[start:stop]`` (frames × lags) of
    each block; blocks run in parallel on large jobs, so ``consume`` must only write
    its own rows.  Correlations come from float32 FFTs of a fast length (no circular
    wrap for the lags needed); energies and the cumulative mean run in float64 along
    the lag axis laid out as rows, where numpy's running sums vectorise.
    """
    n_frames = frames.shape[0]
    # integrate over the middle of the frame so the estimate is centred on the frame
    span = win_length + max_period + 1
    start = (frames.shape[1] - span) // 2
    n_fft = _fast_len(span)
    fft = _fft(n_frames * frames.shape[1])
    block = max(1, (1 << 17) // n_fft)
    tau = np.arange(1, max_period + 1, dtype=np.float64)[:, np.newaxis]

    def run(first: int, last: int) -> None:
        buf = np.zeros((min(block, last - first), n_fft), dtype=np.float32)
        for s in range(first, last, block):
            e = min(s + block, last)
            x = frames[s:e, start : start + span]
            xb = buf[: e - s]
            xb[:, :win_length] = x[:, :win_length]
            xb[:, win_length:] = 0.0
            spec_w = fft.rfft(xb, axis=1)
            xb[:, :span] = x
            spec = fft.rfft(xb, axis=1)
            spec *= np.conj(spec_w)
            corr = fft.irfft(spec, n=n_fft, axis=1)[:, : max_period + 1]
            # lags as rows from here on
            xt = np.ascontiguousarray(x.T, dtype=np.float64)
            energy = np.zeros((span + 1, e - s))
            np.cumsum(xt * xt, axis=0, out=energy[1:])
            diff = energy[win_length : win_length + max_period + 1] - energy[: max_period + 1]
            diff += energy[win_length]
            diff -= 2.0 * corr.T
            np.maximum(diff, 0.0, out=diff)
            d = diff[1:]
            csum = np.cumsum(d, axis=0)
            out = np.ones((max_period + 1, e - s))
            with np.errstate(divide="ignore", invalid="ignore"):
                np.divide(d * tau, csum, out=out[1:])
            out[~np.isfinite(out)] = 1.0
            consume(s, e, np.ascontiguousarray(out.T))

    _parallel(n_frames, block, n_frames * n_fft, run)


def _cmndf(frames: npt.NDArray[Any], win_length: int, max_period: int) -> F64:
    """Cumulative mean normalised difference ``d'(τ)`` for τ = 0..max_period, rows = frames."""
    out = np.empty((frames.shape[0], max_period + 1))

    def store(start: int, stop: int, d: F64) -> None:
        out[start:stop] = d

    _cmndf_blocks(frames, win_length, max_period, store)
    return out


def _parabolic_shift(d: F64) -> F64:
    """Sub-sample offset of the vertex through (τ-1, τ, τ+1) for every interior τ."""
    shift = np.zeros_like(d)
    a, b, c = d[:, :-2], d[:, 1:-1], d[:, 2:]
    denom = a - 2.0 * b + c
    with np.errstate(divide="ignore", invalid="ignore"):
        s = np.where(np.abs(denom) > 1e-12, 0.5 * (a - c) / denom, 0.0)
    shift[:, 1:-1] = np.clip(s, -1.0, 1.0)
    return shift


def _frames(
    y: Any, sr: Any, frame_length: int, hop_length: int | None, center: bool, pad_mode: str
) -> tuple[npt.NDArray[np.float32], int, int]:
    sig, sr_v = _as_mono(y, sr)
    frame_length = _positive_int(frame_length, "frame_length")
    hop = frame_length // 4 if hop_length is None else _positive_int(hop_length, "hop_length")
    return _frame_rows(sig, frame_length, hop, center, pad_mode), sr_v, hop


def _troughs(d: F64) -> npt.NDArray[np.bool_]:
    """Local minima of each row (the first lag counts when it is below its neighbour)."""
    t = np.zeros(d.shape, dtype=bool)
    t[:, 1:-1] = (d[:, 1:-1] < d[:, :-2]) & (d[:, 1:-1] <= d[:, 2:])
    t[:, 0] = d[:, 0] < d[:, 1]
    return t


def yin(
    y: npt.ArrayLike,
    *,
    fmin: float,
    fmax: float,
    sr: int = 22050,
    frame_length: int = 2048,
    win_length: int | None = None,
    hop_length: int | None = None,
    trough_threshold: float = 0.1,
    center: bool = True,
    pad_mode: PadMode = "constant",
) -> F64:
    """Fundamental frequency per frame with YIN (de Cheveigné & Kawahara 2002).

    The first trough of the cumulative mean normalised difference below
    ``trough_threshold`` (or its global minimum, when none is) gives the period,
    refined by parabolic interpolation.

    Parameters
    ----------
    y : np.ndarray [shape=(n,)]
    fmin, fmax : float
        Search range in Hz.
    sr : int
    frame_length : int
        Samples per analysis frame.
    win_length : int, optional
        Integration window of the difference function (default ``frame_length // 2``).
    hop_length : int, optional
        Default ``frame_length // 4``.
    trough_threshold : float
        Absolute threshold on ``d'``.
    center, pad_mode
        Frame centring as in :func:`stft`.

    Returns
    -------
    np.ndarray [shape=(t,)]
        f0 in Hz for every frame.

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import yin
    >>> sr = 22050
    >>> y = np.sin(2 * np.pi * 220.0 * np.arange(sr) / sr)
    >>> round(float(np.median(yin(y, fmin=80, fmax=1000, sr=sr))), 1)
    220.0
    """
    frames, sr_v, _ = _frames(y, sr, frame_length, hop_length, center, pad_mode)
    win = frame_length // 2 if win_length is None else _positive_int(win_length, "win_length")
    pmin, pmax = _periods(sr_v, fmin, fmax, frame_length, win)
    period = np.empty(frames.shape[0])

    def pick(start: int, stop: int, d: F64) -> None:
        band = d[:, pmin : pmax + 1]
        below = _troughs(band) & (band < trough_threshold)
        has = below.any(axis=1)
        idx = np.where(has, np.argmax(below, axis=1), np.argmin(band, axis=1)) + pmin
        # parabolic refinement at the chosen lag only (none at the first and last lag)
        rows = np.arange(d.shape[0])
        inner = (idx > 0) & (idx < d.shape[1] - 1)
        i = np.clip(idx, 1, d.shape[1] - 2)
        a, b, c = d[rows, i - 1], d[rows, i], d[rows, i + 1]
        denom = a - 2.0 * b + c
        with np.errstate(divide="ignore", invalid="ignore"):
            shift = np.where(np.abs(denom) > 1e-12, 0.5 * (a - c) / denom, 0.0)
        period[start:stop] = idx + np.where(inner, np.clip(shift, -1.0, 1.0), 0.0)

    _cmndf_blocks(frames, win, pmax, pick)
    return np.asarray(sr_v / period, dtype=np.float64)


# ----------------------------------------------------------------------------- pYIN
def _beta_cdf(x: F64, a: float, b: float) -> F64:
    """Regularised incomplete beta function by trapezoidal integration of the density."""
    grid = np.linspace(0.0, 1.0, 20001)
    with np.errstate(divide="ignore"):
        logpdf = (a - 1) * np.log(grid) + (b - 1) * np.log1p(-grid)
    logpdf -= math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)
    pdf = np.nan_to_num(np.exp(logpdf), nan=0.0, posinf=0.0)
    cdf = np.concatenate(([0.0], np.cumsum(0.5 * (pdf[1:] + pdf[:-1]) * np.diff(grid))))
    cdf /= cdf[-1]
    return np.asarray(np.interp(x, grid, cdf))


def _trough_probabilities(
    band: F64, n_thresholds: int, beta: tuple[float, float], boltzmann: float, no_trough_prob: float
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp], F64]:
    """(frame, lag, probability) of every trough that any threshold selects."""
    thresholds = np.linspace(0.0, 1.0, n_thresholds + 1)
    beta_probs = np.diff(_beta_cdf(thresholds, *beta))
    # thresholds whose remaining prior mass is negligible (< 1e-12) cannot change a
    # probability; dropping them also drops the many troughs near 1 in noisy frames
    tail = np.cumsum(beta_probs[::-1])[::-1]
    n_used = max(1, int(np.count_nonzero(tail > 1e-12)))
    thr = thresholds[1 : n_used + 1]
    bp = beta_probs[:n_used]
    n_frames = band.shape[0]
    trough = _troughs(band)
    # global minimum trough of every frame (for thresholds with no trough below them)
    gmin = np.argmin(np.where(trough, band, np.inf), axis=1)
    has_trough = trough.any(axis=1)
    f_idx, l_idx = np.nonzero(trough & (band < thr[-1]))
    counts = np.bincount(f_idx, minlength=n_frames)
    k_max = int(counts.max()) if counts.size else 0
    probs_sel = np.zeros(f_idx.size)
    n_below_any = np.zeros((n_frames, n_used), dtype=np.intp)
    if k_max > 0:
        # rank of every trough inside its frame, to pack them into (frames, k_max)
        starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
        rank = np.arange(f_idx.size) - starts[f_idx]
        vals = np.full((n_frames, k_max), np.inf)
        vals[f_idx, rank] = band[f_idx, l_idx]
        below = vals[:, :, None] < thr[None, None, :]  # (frames, k, thresholds)
        order = np.cumsum(below, axis=1, dtype=np.int32) - 1  # rank among troughs below
        n_below_any = below.sum(axis=1)
        decay = math.exp(-boltzmann)
        norm = (1.0 - decay) / (1.0 - decay ** np.maximum(n_below_any, 1))
        pmf = np.where(below, decay**order * norm[:, None, :], 0.0)
        probs_sel = (pmf @ bp)[f_idx, rank]
    no_trough = np.where(n_below_any == 0, bp, 0.0).sum(axis=1) * no_trough_prob
    extra = np.flatnonzero(has_trough & (no_trough > 0))
    return (
        np.concatenate((f_idx, extra)),
        np.concatenate((l_idx, gmin[extra])),
        np.concatenate((probs_sel, no_trough[extra])),
    )


def _viterbi_banded(
    obs_v: list[tuple[npt.NDArray[np.intp], F64]],
    log_unvoiced: F64,
    n_bins: int,
    width: int,
    switch_prob: float,
) -> npt.NDArray[np.intp]:
    """Most likely state path; states < n_bins are voiced pitch bins, others unvoiced."""
    half = width // 2
    k = np.arange(-half, half + 1)
    tri = 1.0 - np.abs(k) / (half + 1.0)
    log_tri = np.log(tri)
    # each source row i is normalised over the targets that exist
    rowsum = np.array(
        [tri[max(0, half - i) : half + min(half, n_bins - 1 - i) + 1].sum() for i in range(n_bins)]
    )
    log_row = np.log(rowsum)
    log_stay, log_switch = math.log(1.0 - switch_prob), math.log(switch_prob)
    n_frames = len(obs_v)
    back_v = np.zeros((n_frames, n_bins), dtype=np.int32)
    back_u = np.zeros((n_frames, n_bins), dtype=np.int32)
    init = -math.log(2.0 * n_bins)
    bins0, lp0 = obs_v[0]
    dv = np.full(n_bins, -np.inf)
    dv[bins0] = init + lp0
    du = np.full(n_bins, init + log_unvoiced[0])
    pad = np.full(n_bins + 2 * half, -np.inf)
    rows = np.arange(n_bins)
    for t in range(1, n_frames):
        # unvoiced predecessors: dense banded max
        pad[half : half + n_bins] = du - log_row
        cand = sliding_window_view(pad, width) + log_tri
        arg_u = np.argmax(cand, axis=1)
        m_u = cand[rows, arg_u]
        src_u = rows + arg_u - half
        # voiced predecessors: only bins that had an observation are finite
        m_v = np.full(n_bins, -np.inf)
        src_v = np.zeros(n_bins, dtype=np.intp)
        for i in np.flatnonzero(np.isfinite(dv)).tolist():
            lo, hi = max(0, i - half), min(n_bins, i + half + 1)
            val = dv[i] - log_row[i] + log_tri[lo - i + half : hi - i + half]
            better = val > m_v[lo:hi]
            m_v[lo:hi][better] = val[better]
            src_v[lo:hi][better] = i
        # voiced targets
        from_v = m_v + log_stay
        from_u = m_u + log_switch
        use_v = from_v >= from_u
        back_v[t] = np.where(use_v, src_v, src_u + n_bins)
        best_v = np.maximum(from_v, from_u)
        bins, lp = obs_v[t]
        dv_new = np.full(n_bins, -np.inf)
        dv_new[bins] = best_v[bins] + lp
        # unvoiced targets
        uv_from_u = m_u + log_stay
        uv_from_v = m_v + log_switch
        use_u = uv_from_u >= uv_from_v
        back_u[t] = np.where(use_u, src_u + n_bins, src_v)
        du = np.maximum(uv_from_u, uv_from_v) + log_unvoiced[t]
        dv = dv_new
    states = np.empty(n_frames, dtype=np.intp)
    final = np.concatenate((dv, du))
    states[-1] = int(np.argmax(final))
    for t in range(n_frames - 1, 0, -1):
        s = states[t]
        states[t - 1] = back_v[t, s] if s < n_bins else back_u[t, s - n_bins]
    return states


def pyin(
    y: npt.ArrayLike,
    *,
    fmin: float,
    fmax: float,
    sr: int = 22050,
    frame_length: int = 2048,
    win_length: int | None = None,
    hop_length: int | None = None,
    n_thresholds: int = 100,
    beta_parameters: tuple[float, float] = (2.0, 18.0),
    boltzmann_parameter: float = 2.0,
    resolution: float = 0.1,
    max_transition_rate: float = 35.92,
    switch_prob: float = 0.01,
    no_trough_prob: float = 0.01,
    fill_na: float | None = np.nan,
    center: bool = True,
    pad_mode: PadMode = "constant",
) -> tuple[F64, npt.NDArray[np.bool_], F64]:
    """Probabilistic YIN (Mauch & Dixon 2014) with HMM smoothing.

    Thresholds drawn from a Beta prior select troughs of YIN's normalised difference;
    each trough's probability (Boltzmann-weighted by its order) goes to its pitch bin;
    a hidden Markov model over ``resolution``-semitone bins and voiced/unvoiced states,
    decoded with Viterbi, smooths the track.  Voiced frames report the interpolated
    frequency of the trough in the chosen bin (not the bin centre).

    Parameters
    ----------
    y : np.ndarray [shape=(n,)]
    fmin, fmax : float
        Pitch range in Hz.
    sr, frame_length, win_length, hop_length, center, pad_mode
        As for :func:`yin`.
    n_thresholds : int
        Threshold grid size.
    beta_parameters : (float, float)
        Shape of the Beta prior over thresholds.
    boltzmann_parameter : float
        Preference for earlier troughs.
    resolution : float
        Pitch-bin width in semitones.
    max_transition_rate : float
        Maximum pitch change in octaves per second.
    switch_prob : float
        Probability of switching between voiced and unvoiced per frame.
    no_trough_prob : float
        Mass given to the global minimum when no trough is below a threshold.
    fill_na : float or None
        Value of f0 for unvoiced frames; ``None`` keeps the best pitch guess.

    Returns
    -------
    f0 : np.ndarray [shape=(t,)]
    voiced_flag : np.ndarray [shape=(t,), dtype=bool]
    voiced_prob : np.ndarray [shape=(t,)]

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import pyin
    >>> sr = 22050
    >>> y = np.sin(2 * np.pi * 330.0 * np.arange(sr) / sr)
    >>> f0, voiced, prob = pyin(y, fmin=80, fmax=1000, sr=sr)
    >>> round(float(np.nanmedian(f0)), 1), bool(voiced[5:-5].all())
    (330.0, True)
    """
    frames, sr_v, hop = _frames(y, sr, frame_length, hop_length, center, pad_mode)
    win = frame_length // 2 if win_length is None else _positive_int(win_length, "win_length")
    pmin, pmax = _periods(sr_v, fmin, fmax, frame_length, win)
    n_thresholds = _positive_int(n_thresholds, "n_thresholds")
    if resolution <= 0 or resolution > 1:
        raise ValueError(f"resolution must be in (0, 1] semitones, got {resolution}")
    if not 0 < switch_prob < 1:
        raise ValueError(f"switch_prob must be in (0, 1), got {switch_prob}")
    if min(beta_parameters) <= 0:
        raise ValueError(f"beta_parameters must be positive, got {beta_parameters}")
    d = _cmndf(frames, win, pmax)
    shift = _parabolic_shift(d)
    band = d[:, pmin : pmax + 1]
    f_idx, l_idx, probs = _trough_probabilities(
        band, n_thresholds, beta_parameters, boltzmann_parameter, no_trough_prob
    )
    periods = l_idx + pmin + shift[f_idx, l_idx + pmin]
    freqs_c = sr_v / periods
    per_semitone = round(1.0 / resolution)
    n_bins = int(np.floor(12 * per_semitone * np.log2(fmax / fmin))) + 1
    bin_freqs = fmin * 2.0 ** (np.arange(n_bins) / (12.0 * per_semitone))
    bins = np.clip(
        np.rint(12 * per_semitone * np.log2(freqs_c / fmin)).astype(np.intp), 0, n_bins - 1
    )
    n_frames = band.shape[0]
    # merge troughs that land in the same (frame, bin); keep the most probable one's frequency
    key = f_idx * n_bins + bins
    order = np.lexsort((-probs, key))
    key_s = key[order]
    first = np.concatenate(([True], key_s[1:] != key_s[:-1]))
    uniq = key_s[first]
    summed = np.add.reduceat(probs[order], np.flatnonzero(first)) if uniq.size else np.zeros(0)
    best_freq = freqs_c[order][first]
    u_frame, u_bin = uniq // n_bins, uniq % n_bins
    voiced_prob = np.clip(np.bincount(u_frame, weights=summed, minlength=n_frames), 0.0, 1.0)
    with np.errstate(divide="ignore"):
        log_unvoiced = np.log((1.0 - voiced_prob) / n_bins)
        log_p = np.log(summed)
    splits = np.searchsorted(u_frame, np.arange(1, n_frames))
    obs = []
    for b_arr, p_arr in zip(np.split(u_bin, splits), np.split(log_p, splits), strict=True):
        ok = np.isfinite(p_arr)
        obs.append((b_arr[ok], p_arr[ok]))
    max_semitones = round(max_transition_rate * 12 * hop / sr_v)
    width = max(1, max_semitones * per_semitone) * 2 + 1
    width = min(width, 2 * n_bins - 1)
    states = _viterbi_banded(obs, log_unvoiced, n_bins, width, switch_prob)
    voiced = states < n_bins
    pitch_bin = states % n_bins
    f0 = bin_freqs[pitch_bin].astype(np.float64)
    exact = np.full(n_frames * n_bins, np.nan)
    exact[uniq] = best_freq
    refined = exact[np.arange(n_frames) * n_bins + pitch_bin]
    have = voiced & np.isfinite(refined)
    f0[have] = refined[have]
    if fill_na is not None:
        f0[~voiced] = fill_na
    return f0, voiced, np.asarray(voiced_prob, dtype=np.float64)


def track_pitch(
    y: npt.ArrayLike,
    sr: int = 22050,
    *,
    fmin: float = 65.0,
    fmax: float = 2093.0,
    method: str = "pyin",
    frame_length: int = 2048,
    hop_length: int | None = None,
) -> list[PitchInfo]:
    """Pitch of every voiced frame as :class:`PitchInfo` records.

    Parameters
    ----------
    y : np.ndarray [shape=(n,)]
    sr : int
    fmin, fmax : float
        Pitch range in Hz (default C2–C7).
    method : 'pyin' or 'yin'
        pYIN reports voiced frames with their voicing probability as confidence; YIN
        reports frames whose normalised difference is below 0.1, with ``1 - d'``.
    frame_length, hop_length : int

    Returns
    -------
    list of PitchInfo

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import track_pitch
    >>> sr = 22050
    >>> y = np.sin(2 * np.pi * 440.0 * np.arange(sr // 2) / sr)
    >>> notes = {p.midi_note for p in track_pitch(y, sr)}
    >>> notes
    {69}
    """
    hop = frame_length // 4 if hop_length is None else _positive_int(hop_length, "hop_length")
    if method == "pyin":
        f0, voiced, prob = pyin(
            y, fmin=fmin, fmax=fmax, sr=sr, frame_length=frame_length, hop_length=hop
        )
        conf = prob
    elif method == "yin":
        frames, sr_v, _ = _frames(y, sr, frame_length, hop, True, "constant")
        win = frame_length // 2
        pmin, pmax = _periods(sr_v, fmin, fmax, frame_length, win)
        band = _cmndf(frames, win, pmax)[:, pmin : pmax + 1]
        f0 = yin(y, fmin=fmin, fmax=fmax, sr=sr, frame_length=frame_length, hop_length=hop)
        conf = 1.0 - band.min(axis=1)
        voiced = band.min(axis=1) < 0.1
    else:
        raise ValueError(f"method must be 'pyin' or 'yin', got {method!r}")
    rate = _check_sr(sr)
    return [
        PitchInfo.from_frequency(
            float(f0[i]), confidence=float(np.clip(conf[i], 0, 1)), time=i * hop / rate
        )
        for i in np.flatnonzero(voiced & np.isfinite(f0))
    ]


# ----------------------------------------------------------------------------- streaming
class LivePitchDetector:
    """YIN pitch detection for audio streams, with fixed preallocated buffers.

    ``process(chunk)`` appends the chunk to a ring of the last ``buffer_size`` samples
    and analyses it.  All working arrays (ring, FFT spectra, difference function) are
    allocated once in the constructor; with numpy >= 2 the FFTs write into them too.

    Parameters
    ----------
    sample_rate : int
    buffer_size : int
        Analysis window in samples (periods up to ``buffer_size // 2 - 1``).
    fmin, fmax : float
        Search range in Hz.
    threshold : float
        YIN threshold on the normalised difference; frames with no trough below it
        are reported as unpitched (``None``).
    silence_db : float
        Frames whose RMS is below this level (dBFS) are unpitched.

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import LivePitchDetector
    >>> det = LivePitchDetector(44100, 2048)
    >>> chunk = np.sin(2 * np.pi * 440 * np.arange(2048) / 44100)
    >>> info = det.process(chunk)
    >>> info.midi_note, abs(info.cents_offset) < 1.0
    (69, True)
    """

    def __init__(
        self,
        sample_rate: int,
        buffer_size: int = 2048,
        *,
        fmin: float = 50.0,
        fmax: float = 2000.0,
        threshold: float = 0.15,
        silence_db: float = -60.0,
    ) -> None:
        self.sample_rate = _check_sr(sample_rate)
        self.buffer_size = _positive_int(buffer_size, "buffer_size")
        if self.buffer_size < 64:
            raise ValueError(f"buffer_size must be at least 64 samples, got {buffer_size}")
        if not 0 < threshold < 1:
            raise ValueError(f"threshold must be in (0, 1), got {threshold}")
        self.fmin, self.fmax, self.threshold = float(fmin), float(fmax), float(threshold)
        self._win = self.buffer_size // 2
        self._pmin, self._pmax = _periods(self.sample_rate, fmin, fmax, self.buffer_size, self._win)
        self._silence = 10.0 ** (silence_db / 10.0) * self._win  # energy floor over the window
        n_fft = 1 << int(np.ceil(np.log2(self.buffer_size)))
        self._n_fft = n_fft
        self._ring = np.zeros(self.buffer_size)
        self._pos = 0
        self._filled = 0
        self._work = np.zeros(self.buffer_size)
        self._spec = np.zeros(n_fft // 2 + 1, dtype=np.complex128)
        self._spec_w = np.zeros(n_fft // 2 + 1, dtype=np.complex128)
        self._corr = np.zeros(n_fft)
        self._sq = np.zeros(self.buffer_size + 1)
        self._diff = np.zeros(self._pmax + 1)
        self._cum = np.zeros(self._pmax + 1)
        self._tmp = np.zeros(self._pmax + 1)
        self._tau = np.arange(self._pmax + 1, dtype=np.float64)
        self._mask = np.zeros(self._pmax + 1, dtype=bool)
        self._out_ok = np.lib.NumpyVersion(np.__version__) >= "2.0.0"

    def __repr__(self) -> str:
        return (
            f"LivePitchDetector(sample_rate={self.sample_rate}, buffer_size={self.buffer_size}, "
            f"fmin={self.fmin:g}, fmax={self.fmax:g}, threshold={self.threshold:g})"
        )

    def reset(self) -> None:
        """Forget buffered audio.

        Example
        -------
        >>> LivePitchDetector(44100, 1024, fmin=100).reset()
        """
        self._ring.fill(0.0)
        self._pos = 0
        self._filled = 0

    def _push(self, chunk: npt.NDArray[Any]) -> None:
        n, size = chunk.shape[0], self.buffer_size
        if n >= size:
            self._ring[:] = chunk[n - size :]
            self._pos = 0
        else:
            first = min(n, size - self._pos)
            self._ring[self._pos : self._pos + first] = chunk[:first]
            self._ring[: n - first] = chunk[first:]
            self._pos = (self._pos + n) % size
        self._filled = min(size, self._filled + n)

    def process(self, chunk: npt.ArrayLike) -> PitchInfo | None:
        """Add ``chunk`` (1-D float samples) and return the pitch of the latest buffer.

        Returns
        -------
        PitchInfo or None
            ``None`` while the buffer is still filling, for silence, or when no period
            in ``[fmin, fmax]`` is clear enough (normalised difference above ``threshold``).

        Example
        -------
        >>> import numpy as np
        >>> det = LivePitchDetector(16000, 1024, fmin=80)
        >>> det.process(np.zeros(256)) is None
        True
        """
        arr = np.asarray(chunk)
        if arr.ndim != 1:
            raise ValueError(f"chunk must be 1-D (mono), got shape {arr.shape}")
        if arr.dtype.kind not in "fiu":
            raise TypeError(f"chunk must contain real samples, got dtype {arr.dtype}")
        if arr.size == 0:
            return None
        self._push(arr)
        if self._filled < self.buffer_size:
            return None
        x = self._work
        size, pos = self.buffer_size, self._pos
        x[: size - pos] = self._ring[pos:]
        x[size - pos :] = self._ring[:pos]
        win, pmax, n_fft = self._win, self._pmax, self._n_fft
        sq = self._sq
        np.multiply(x, x, out=sq[1:])
        np.cumsum(sq, out=sq)
        if sq[win] < self._silence:
            return None
        if self._out_ok:
            np.fft.rfft(x, n=n_fft, out=self._spec)
            np.fft.rfft(x[:win], n=n_fft, out=self._spec_w)
            np.conjugate(self._spec_w, out=self._spec_w)
            np.multiply(self._spec, self._spec_w, out=self._spec)
            np.fft.irfft(self._spec, n=n_fft, out=self._corr)
        else:
            self._corr[:] = np.fft.irfft(
                np.fft.rfft(x, n=n_fft) * np.conj(np.fft.rfft(x[:win], n=n_fft)), n=n_fft
            )
        d, cum, tmp = self._diff, self._cum, self._tmp
        # d(τ) = e(0) + e(τ) - 2 r(τ), with e(τ) = energy of x[τ : τ + win]
        np.subtract(sq[win : win + pmax + 1], sq[: pmax + 1], out=d)
        d += sq[win]
        np.multiply(self._corr[: pmax + 1], 2.0, out=tmp)
        d -= tmp
        np.maximum(d, 0.0, out=d)
        d[0] = 0.0
        np.cumsum(d, out=cum)
        cum[0] = 1.0
        np.multiply(d, self._tau, out=d)
        np.divide(d, np.maximum(cum, 1e-300, out=cum), out=d)
        d[0] = 1.0
        np.less(d, self.threshold, out=self._mask)
        self._mask[: self._pmin] = False
        tau = int(np.argmax(self._mask))
        if not self._mask[tau]:
            return None
        while tau + 1 <= pmax and d[tau + 1] < d[tau]:
            tau += 1
        if tau >= pmax:
            return None
        a, b, c = d[tau - 1], d[tau], d[tau + 1]
        denom = a - 2.0 * b + c
        shift = 0.5 * (a - c) / denom if denom > 1e-12 else 0.0
        period = tau + min(max(shift, -1.0), 1.0)
        return PitchInfo.from_frequency(
            self.sample_rate / period, confidence=float(min(1.0, max(0.0, 1.0 - b)))
        )
