"""Chroma features: STFT chroma, the constant-Q transform and CQT chroma (row 0 = C)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import numpy.typing as npt

from ._input import _as_mono, _positive_int
from ._stft import (
    PadMode,
    WindowSpec,
    _fast_len,
    _fft,
    _normalize_columns,
    _spectrogram_rows,
    _stft_rows,
    fft_frequencies,
)
from ._threads import _matmul_rows

__all__ = ["chroma_cqt", "chroma_filterbank", "chroma_stft", "cqt"]

F32 = npt.NDArray[np.float32]
_C1_HZ = 32.70319566257483  # MIDI note 24


@lru_cache(maxsize=16)
def _chroma_basis(
    sr: int, n_fft: int, n_chroma: int, tuning: float, ctroct: float, octwidth: float | None
) -> F32:
    freqs = fft_frequencies(sr=sr, n_fft=n_fft)[1:]
    # position of every FFT bin in chroma steps above A0 (27.5 Hz, shifted by tuning)
    ref = 27.5 * 2.0 ** (tuning / 12.0)
    steps = n_chroma * np.log2(freqs / ref)
    width = np.maximum(np.diff(steps, append=steps[-1] + (steps[-1] - steps[-2])), 1.0)
    dist = steps[np.newaxis, :] - np.arange(n_chroma)[:, np.newaxis]
    half = n_chroma / 2.0
    dist = np.remainder(dist + half, n_chroma) - half  # wrap to the nearest octave copy
    w = np.exp(-0.5 * (2.0 * dist / width[np.newaxis, :]) ** 2)
    w /= np.linalg.norm(w, axis=0, keepdims=True)
    if octwidth is not None:
        octs = np.log2(freqs / ref)
        w *= np.exp(-0.5 * ((octs - ctroct) / octwidth) ** 2)[np.newaxis, :]
    # row 0 is A; rotate so that row 0 is C (3 semitones above A)
    w = np.roll(w, -3 * n_chroma // 12, axis=0)
    out = np.zeros((n_chroma, freqs.size + 1), dtype=np.float32)
    out[:, 1:] = w
    out.flags.writeable = False
    return out


def chroma_filterbank(
    *,
    sr: int,
    n_fft: int,
    n_chroma: int = 12,
    tuning: float = 0.0,
    ctroct: float = 5.0,
    octwidth: float | None = 2.0,
) -> F32:
    """Map STFT bins onto ``n_chroma`` pitch classes (row 0 = C).

    Each bin contributes to the pitch classes nearest to it in log frequency through a
    Gaussian as wide as the bin, weighted by a Gaussian over octaves centred at
    ``ctroct`` octaves above A0 (``octwidth=None`` disables that weighting).

    Returns
    -------
    np.ndarray [shape=(n_chroma, 1 + n_fft // 2), dtype=float32] (read-only, cached)

    Example
    -------
    >>> from coremusic.audio.analysis import chroma_filterbank
    >>> chroma_filterbank(sr=22050, n_fft=4096).shape
    (12, 2049)
    """
    sr = _positive_int(sr, "sr")
    n_fft = _positive_int(n_fft, "n_fft")
    n_chroma = _positive_int(n_chroma, "n_chroma")
    if n_chroma % 12:
        raise ValueError(f"n_chroma must be a multiple of 12, got {n_chroma}")
    return _chroma_basis(sr, n_fft, n_chroma, float(tuning), float(ctroct), octwidth)


def chroma_stft(
    y: npt.ArrayLike | None = None,
    sr: int = 22050,
    *,
    S: npt.ArrayLike | None = None,
    norm: float | None = np.inf,
    n_fft: int = 2048,
    hop_length: int = 512,
    win_length: int | None = None,
    window: WindowSpec = "hann",
    center: bool = True,
    pad_mode: PadMode = "constant",
    tuning: float = 0.0,
    n_chroma: int = 12,
) -> F32:
    """Chromagram from a power spectrogram.

    Parameters
    ----------
    y : np.ndarray [shape=(n,)], optional
        Signal.
    sr : int
        Sample rate.
    S : np.ndarray [shape=(1 + n_fft // 2, t)], optional
        Power spectrogram to use instead of ``y``.
    norm : float or None
        Per-frame normalisation (``np.inf``: loudest class = 1).
    tuning : float
        Deviation from A440 in fractions of a semitone.
    n_fft, hop_length, win_length, window, center, pad_mode
        STFT parameters.
    n_chroma : int
        Pitch classes (multiple of 12).

    Returns
    -------
    np.ndarray [shape=(n_chroma, t), dtype=float32], row 0 = C

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import chroma_stft
    >>> sr = 22050
    >>> y = np.sin(2 * np.pi * 261.63 * np.arange(sr) / sr)  # C4
    >>> int(chroma_stft(y, sr, n_fft=4096).mean(axis=1).argmax())
    0
    """
    if S is not None:
        n_fft = 2 * (np.asarray(S).shape[0] - 1)
    basis = chroma_filterbank(sr=sr, n_fft=n_fft, n_chroma=n_chroma, tuning=tuning)
    rows, _, _ = _spectrogram_rows(
        y, sr, S, n_fft, hop_length, win_length, window, center, pad_mode, 2.0, basis
    )
    return _normalize_columns(np.ascontiguousarray(rows.T), norm)


# ----------------------------------------------------------------------------- CQT
def _octave_signals(y: F32, n_levels: int) -> list[F32]:
    """``y`` and ``n_levels - 1`` successive halvings of its rate (FFT brick-wall low-pass).

    Level ``o`` keeps the spectrum below its own Nyquist frequency with the top 5 % of
    it tapered (to limit ringing) and has ``even(len(level o-1)) // 2`` samples.  All
    levels come from one FFT of the signal, zero-padded to a fast length that every
    level divides exactly.
    """
    lengths = [y.size]
    for _ in range(1, n_levels):
        lengths.append((lengths[-1] - lengths[-1] % 2) // 2)
    levels = [y]
    if n_levels == 1:
        return levels
    unit = 1 << n_levels
    n_pad = unit * _fast_len(-(-y.size // unit))
    fft = _fft(n_pad)
    spec = fft.rfft(y, n=n_pad)
    for o in range(1, n_levels):
        n_o = n_pad >> o
        keep = spec[: n_o // 2 + 1].copy()
        taper = max(1, keep.size // 20)
        keep[-taper:] *= np.linspace(1.0, 0.0, taper, dtype=np.float32)
        level = fft.irfft(keep, n=n_o)[: lengths[o]]
        levels.append(np.asarray(level * np.float32(0.5**o), dtype=np.float32))
    return levels


@lru_cache(maxsize=32)
def _cqt_kernels(
    freqs_key: tuple[float, ...], sr: float, q: float
) -> tuple[npt.NDArray[np.complex64], int, int, int]:
    """Conjugated kernel spectra ``(c1 - c0, n_bins)`` over FFT bins ``[c0, c1)``, and n_fft.

    The FFT only needs to cover the longest kernel (a 2^a 3^b 5^c length, not the next
    power of two); outside the band ``[c0, c1)`` every kernel's spectrum is below 1e-7
    of its peak (float32 resolution), so those bins are not multiplied at all.
    """
    freqs = np.asarray(freqs_key)
    lengths = q * sr / freqs
    n_fft = _fast_len(2 * int(np.ceil(lengths.max() / 2.0)) + 2)
    t = np.arange(n_fft) - n_fft // 2
    kernels = np.zeros((freqs.size, n_fft), dtype=np.complex128)
    for i, (f, length) in enumerate(zip(freqs, lengths, strict=True)):
        inside = np.abs(t) < length / 2.0
        win = np.where(inside, 0.5 + 0.5 * np.cos(2.0 * np.pi * t / length), 0.0)
        kernels[i] = win * np.exp(2j * np.pi * f * t / sr) / win.sum()
    spec = np.fft.fft(kernels, axis=1)[:, : n_fft // 2 + 1]
    mag = np.abs(spec)
    keep = (mag > 1e-7 * mag.max(axis=1, keepdims=True)).any(axis=0)
    cols = np.flatnonzero(keep)
    c0, c1 = int(cols[0]), int(cols[-1]) + 1
    out = np.ascontiguousarray(np.conj(spec[:, c0:c1]).T / n_fft).astype(np.complex64)
    out.flags.writeable = False
    return out, n_fft, c0, c1


def cqt(
    y: npt.ArrayLike,
    sr: int = 22050,
    *,
    hop_length: int = 512,
    fmin: float | None = None,
    n_bins: int = 84,
    bins_per_octave: int = 12,
    filter_scale: float = 1.0,
) -> npt.NDArray[np.complex64]:
    """Constant-Q transform (multirate: one octave at a time, halving the rate between).

    Each bin is the inner product of the frame with a Hann-windowed complex sinusoid
    ``filter_scale / (2 ** (1 / bins_per_octave) - 1)`` periods long, normalised so a
    sinusoid of amplitude ``a`` at a bin's centre gives ``|C| = a / 2``.

    Parameters
    ----------
    y : np.ndarray [shape=(n,)]
    sr : int
    hop_length : int
        Must be divisible by ``2 ** (n_octaves - 1)``.
    fmin : float
        Lowest bin frequency, default C1 (32.70 Hz).
    n_bins, bins_per_octave : int
    filter_scale : float > 0
        Filter length multiplier (smaller: better time resolution).

    Returns
    -------
    np.ndarray [shape=(n_bins, t), dtype=complex64]

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import cqt
    >>> sr = 22050
    >>> y = np.sin(2 * np.pi * 440.0 * np.arange(2 * sr) / sr)
    >>> C = cqt(y, sr)
    >>> C.shape, int(np.abs(C[:, 40]).argmax())  # A4 is 45 semitones above C1
    ((84, 87), 45)
    """
    sig, sr_v = _as_mono(y, sr)
    hop = _positive_int(hop_length, "hop_length")
    n_bins = _positive_int(n_bins, "n_bins")
    bpo = _positive_int(bins_per_octave, "bins_per_octave")
    if filter_scale <= 0:
        raise ValueError(f"filter_scale must be positive, got {filter_scale}")
    f0 = _C1_HZ if fmin is None else float(fmin)
    freqs = f0 * 2.0 ** (np.arange(n_bins) / bpo)
    q = filter_scale / (2.0 ** (1.0 / bpo) - 1.0)
    if freqs[-1] * (1.0 + 0.5 / q) > sr_v / 2.0:
        raise ValueError(
            f"highest CQT bin {freqs[-1]:.1f} Hz is too close to the Nyquist frequency {sr_v / 2} Hz"
        )
    n_oct = int(np.ceil(n_bins / bpo))
    if hop % (2 ** (n_oct - 1)):
        raise ValueError(
            f"hop_length={hop} must be divisible by 2**(n_octaves - 1) = {2 ** (n_oct - 1)}"
        )
    n_frames = 1 + sig.size // hop
    out = np.zeros((n_bins, n_frames), dtype=np.complex64)
    levels = _octave_signals(sig, n_oct)
    cur_sr, cur_hop = float(sr_v), hop
    ones = np.ones(1, dtype=np.float32)
    for octave in range(n_oct):
        cur = levels[octave]
        hi = n_bins - octave * bpo
        lo = max(0, hi - bpo)
        kern, n_fft, c0, c1 = _cqt_kernels(tuple(freqs[lo:hi].tolist()), cur_sr, q)
        if cur.size < 2:
            break
        win = np.broadcast_to(ones, (n_fft,)).astype(np.float32)

        def reduce(
            spec: npt.NDArray[np.complex64],
            kern: npt.NDArray[np.complex64] = kern,
            c0: int = c0,
            c1: int = c1,
        ) -> npt.NDArray[np.complex64]:
            band = spec[:, c0:c1]
            res = np.empty((band.shape[0], kern.shape[1]), dtype=np.complex64)
            _matmul_rows(band, kern, res)
            return res

        resp = _stft_rows(cur, n_fft, cur_hop, win, True, "constant", reduce, hi - lo)
        m = min(n_frames, resp.shape[0])
        out[lo:hi, :m] = resp[:m].T
        cur_sr /= 2.0
        cur_hop //= 2
    return out


def chroma_cqt(
    y: npt.ArrayLike,
    sr: int = 22050,
    *,
    hop_length: int = 512,
    fmin: float | None = None,
    norm: float | None = np.inf,
    n_chroma: int = 12,
    n_octaves: int = 7,
    bins_per_octave: int = 36,
) -> F32:
    """Chromagram from a constant-Q magnitude spectrum (sharper in the bass than STFT chroma).

    Parameters
    ----------
    y : np.ndarray [shape=(n,)]
    sr : int
    hop_length : int
        Divisible by ``2 ** (n_octaves - 1)``.
    fmin : float
        Lowest frequency; default C1. Should be a C so that bin 0 is pitch class C.
    norm : float or None
        Per-frame normalisation.
    n_chroma : int
        12 (one row per pitch class).
    n_octaves, bins_per_octave : int
        CQT range and resolution (``bins_per_octave`` a multiple of ``n_chroma``).

    Returns
    -------
    np.ndarray [shape=(n_chroma, t), dtype=float32], row 0 = C

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import chroma_cqt
    >>> sr = 22050
    >>> y = np.sin(2 * np.pi * 196.0 * np.arange(sr) / sr)  # G3
    >>> int(chroma_cqt(y, sr).mean(axis=1).argmax())
    7
    """
    n_chroma = _positive_int(n_chroma, "n_chroma")
    bpo = _positive_int(bins_per_octave, "bins_per_octave")
    if bpo % n_chroma:
        raise ValueError(f"bins_per_octave ({bpo}) must be a multiple of n_chroma ({n_chroma})")
    mag = np.abs(
        cqt(y, sr, hop_length=hop_length, fmin=fmin, n_bins=n_octaves * bpo, bins_per_octave=bpo)
    )
    per = bpo // n_chroma
    # fold: each pitch class takes the `per` bins centred on it, in every octave
    folded = mag.reshape(n_octaves, bpo, -1).sum(axis=0)
    shift = per // 2
    folded = np.roll(folded, shift, axis=0)
    chroma = folded.reshape(n_chroma, per, -1).sum(axis=1)
    return _normalize_columns(np.asarray(chroma, dtype=np.float32), norm)
