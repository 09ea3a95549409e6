"""Spectral features with librosa-shaped parameters and outputs.

Every function takes ``y`` (a numpy array; multichannel is averaged to mono) and its
sample rate ``sr``, or a precomputed spectrogram ``S``.  Outputs are
``(n_features, t)`` with ``t = 1 + len(y) // hop_length`` for centred frames.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from ._input import _as_mono, _positive_int
from ._stft import (
    PadMode,
    WindowSpec,
    _spectrogram_reduce,
    _spectrogram_rows,
    fft_frequencies,
    power_to_db,
)
from ._threads import _matmul_rows
from .chroma import chroma_cqt, chroma_filterbank, chroma_stft, cqt

__all__ = [
    "chroma_cqt",
    "chroma_filterbank",
    "chroma_stft",
    "cqt",
    "hz_to_mel",
    "mel_filterbank",
    "mel_frequencies",
    "mel_to_hz",
    "melspectrogram",
    "mfcc",
    "rms",
    "spectral_bandwidth",
    "spectral_centroid",
    "spectral_contrast",
    "spectral_flatness",
    "spectral_rolloff",
    "zero_crossing_rate",
]

F32 = npt.NDArray[np.float32]
_ROLL_CHUNK = 32  # bins per chunk of the two-level cumulative sum in spectral_rolloff


# ----------------------------------------------------------------------------- mel scale
def hz_to_mel(frequencies: npt.ArrayLike, *, htk: bool = False) -> npt.NDArray[np.float64]:
    """Hz to mels: HTK (``2595 log10(1 + f/700)``) or Slaney (linear below 1 kHz, log above).

    Example
    -------
    >>> from coremusic.audio.analysis import hz_to_mel
    >>> float(hz_to_mel(1000.0)), round(float(hz_to_mel(1000.0, htk=True)), 1)
    (15.0, 1000.0)
    """
    f = np.asarray(frequencies, dtype=np.float64)
    if htk:
        return np.asarray(2595.0 * np.log10(1.0 + f / 700.0))
    lin = f / (200.0 / 3.0)
    log_step = np.log(6.4) / 27.0
    return np.asarray(
        np.where(f >= 1000.0, 15.0 + np.log(np.maximum(f, 1e-10) / 1000.0) / log_step, lin)
    )


def mel_to_hz(mels: npt.ArrayLike, *, htk: bool = False) -> npt.NDArray[np.float64]:
    """Inverse of :func:`hz_to_mel`.

    Example
    -------
    >>> from coremusic.audio.analysis import mel_to_hz
    >>> float(mel_to_hz(15.0))
    1000.0
    """
    m = np.asarray(mels, dtype=np.float64)
    if htk:
        return np.asarray(700.0 * (10.0 ** (m / 2595.0) - 1.0))
    log_step = np.log(6.4) / 27.0
    return np.asarray(
        np.where(m >= 15.0, 1000.0 * np.exp(log_step * (m - 15.0)), m * (200.0 / 3.0))
    )


def mel_frequencies(
    n_mels: int = 128, *, fmin: float = 0.0, fmax: float = 11025.0, htk: bool = False
) -> npt.NDArray[np.float64]:
    """``n_mels`` frequencies (Hz) evenly spaced on the mel scale from ``fmin`` to ``fmax``.

    Example
    -------
    >>> from coremusic.audio.analysis import mel_frequencies
    >>> mel_frequencies(3, fmin=0.0, fmax=2000.0, htk=True).round(1).tolist()
    [0.0, 674.8, 2000.0]
    """
    n_mels = _positive_int(n_mels, "n_mels")
    lo, hi = hz_to_mel(fmin, htk=htk), hz_to_mel(fmax, htk=htk)
    return mel_to_hz(np.linspace(lo, hi, n_mels), htk=htk)


@lru_cache(maxsize=32)
def _mel_basis(
    sr: int, n_fft: int, n_mels: int, fmin: float, fmax: float, htk: bool, norm: Any
) -> F32:
    if fmax > sr / 2.0 + 1e-9 or fmin < 0 or fmin >= fmax:
        raise ValueError(f"need 0 <= fmin < fmax <= sr/2, got fmin={fmin}, fmax={fmax}, sr={sr}")
    fftfreqs = fft_frequencies(sr=sr, n_fft=n_fft)
    edges = mel_frequencies(n_mels + 2, fmin=fmin, fmax=fmax, htk=htk)
    widths = np.diff(edges)
    rising = (fftfreqs[np.newaxis, :] - edges[:-2, np.newaxis]) / widths[:-1, np.newaxis]
    falling = (edges[2:, np.newaxis] - fftfreqs[np.newaxis, :]) / widths[1:, np.newaxis]
    weights = np.maximum(0.0, np.minimum(rising, falling))
    if norm == "slaney":
        weights *= (2.0 / (edges[2:] - edges[:-2]))[:, np.newaxis]
    elif norm is not None:
        lengths = np.linalg.norm(weights, ord=float(norm), axis=1, keepdims=True)
        weights /= np.where(lengths > 0, lengths, 1.0)
    out = weights.astype(np.float32)
    out.flags.writeable = False
    return out


def mel_filterbank(
    *,
    sr: int,
    n_fft: int,
    n_mels: int = 128,
    fmin: float = 0.0,
    fmax: float | None = None,
    htk: bool = False,
    norm: Literal["slaney"] | float | None = "slaney",
) -> F32:
    """Triangular mel filterbank (librosa's ``filters.mel``).

    Parameters
    ----------
    sr : int
        Sample rate.
    n_fft : int
        FFT size of the spectrogram it will multiply.
    n_mels : int
        Number of bands.
    fmin, fmax : float
        Band range in Hz; ``fmax`` defaults to ``sr / 2``.
    htk : bool
        HTK mel formula instead of Slaney's.
    norm : 'slaney', number or None
        ``'slaney'`` scales each triangle to unit area (constant energy per band);
        a number p normalises each band to unit p-norm.

    Returns
    -------
    np.ndarray [shape=(n_mels, 1 + n_fft // 2), dtype=float32] (read-only, cached)

    Example
    -------
    >>> from coremusic.audio.analysis import mel_filterbank
    >>> mel_filterbank(sr=22050, n_fft=2048, n_mels=40).shape
    (40, 1025)
    """
    sr = _positive_int(sr, "sr")
    n_fft = _positive_int(n_fft, "n_fft")
    n_mels = _positive_int(n_mels, "n_mels")
    fmax_v = sr / 2.0 if fmax is None else float(fmax)
    return _mel_basis(sr, n_fft, n_mels, float(fmin), fmax_v, bool(htk), norm)


def melspectrogram(
    y: npt.ArrayLike | None = None,
    sr: int = 22050,
    *,
    S: npt.ArrayLike | None = None,
    n_fft: int = 2048,
    hop_length: int = 512,
    win_length: int | None = None,
    window: WindowSpec = "hann",
    center: bool = True,
    pad_mode: PadMode = "constant",
    power: float = 2.0,
    n_mels: int = 128,
    fmin: float = 0.0,
    fmax: float | None = None,
    htk: bool = False,
    norm: Literal["slaney"] | float | None = "slaney",
) -> F32:
    """Mel-scaled power spectrogram.

    Parameters
    ----------
    y : np.ndarray [shape=(n,) or (channels, n)], optional
        Signal; channels are averaged.
    sr : int
        Sample rate of ``y``.
    S : np.ndarray [shape=(1 + n_fft // 2, t)], optional
        Precomputed ``|STFT| ** power`` used instead of ``y``.
    n_fft, hop_length, win_length, window, center, pad_mode
        STFT parameters (see :func:`stft`).
    power : float
        Exponent of the magnitude (2 = power, 1 = energy).
    n_mels, fmin, fmax, htk, norm
        Filterbank parameters (see :func:`mel_filterbank`).

    Returns
    -------
    np.ndarray [shape=(n_mels, t), dtype=float32]

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import melspectrogram
    >>> y = np.random.default_rng(0).standard_normal(22050)
    >>> melspectrogram(y, 22050, n_mels=64).shape
    (64, 44)
    """
    if S is not None:
        n_fft = 2 * (np.asarray(S).shape[0] - 1)
    basis = mel_filterbank(
        sr=sr, n_fft=n_fft, n_mels=n_mels, fmin=fmin, fmax=fmax, htk=htk, norm=norm
    )
    rows, _, _ = _spectrogram_rows(
        y, sr, S, n_fft, hop_length, win_length, window, center, pad_mode, power, basis
    )
    return rows.T


@lru_cache(maxsize=16)
def _dct_matrix(n_out: int, n_in: int, ortho: bool) -> F32:
    k = np.arange(n_out)[:, np.newaxis]
    n = np.arange(n_in)[np.newaxis, :]
    basis = np.cos(np.pi / n_in * (n + 0.5) * k)
    if ortho:
        basis *= np.sqrt(2.0 / n_in)
        basis[0] /= np.sqrt(2.0)
    else:
        basis *= 2.0
    out = basis.astype(np.float32)
    out.flags.writeable = False
    return np.asarray(out)


def mfcc(
    y: npt.ArrayLike | None = None,
    sr: int = 22050,
    *,
    S: npt.ArrayLike | None = None,
    n_mfcc: int = 20,
    dct_type: int = 2,
    norm: Literal["ortho"] | None = "ortho",
    lifter: float = 0.0,
    **mel_kwargs: Any,
) -> F32:
    """Mel-frequency cepstral coefficients.

    Parameters
    ----------
    y : np.ndarray [shape=(n,)], optional
        Signal.
    sr : int
        Sample rate.
    S : np.ndarray [shape=(n_mels, t)], optional
        Log-power mel spectrogram (dB) to use instead of ``y``.
    n_mfcc : int
        Number of coefficients.
    dct_type : 2
        Only the DCT-II is provided.
    norm : 'ortho' or None
        Orthonormal DCT (``'ortho'``) or the unnormalised ``2 * sum`` form.
    lifter : float >= 0
        Sinusoidal liftering ``1 + (lifter / 2) sin(pi (k + 1) / lifter)``; 0 disables.
    **mel_kwargs
        Passed to :func:`melspectrogram` (``n_fft``, ``hop_length``, ``n_mels`` ...).

    Returns
    -------
    np.ndarray [shape=(n_mfcc, t), dtype=float32]

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import mfcc
    >>> y = np.random.default_rng(0).standard_normal(22050)
    >>> mfcc(y, 22050, n_mfcc=13).shape
    (13, 44)
    """
    if dct_type != 2:
        raise ValueError(f"only dct_type=2 is supported, got {dct_type}")
    if norm not in ("ortho", None):
        raise ValueError(f"norm must be 'ortho' or None, got {norm!r}")
    if lifter < 0:
        raise ValueError(f"lifter must be non-negative, got {lifter}")
    n_mfcc = _positive_int(n_mfcc, "n_mfcc")
    if S is None:
        log_s = power_to_db(melspectrogram(y, sr, **mel_kwargs))
    else:
        log_s = np.asarray(S, dtype=np.float32)
        if log_s.ndim != 2:
            raise ValueError(f"S must be 2-D (n_mels, t), got shape {log_s.shape}")
    if n_mfcc > log_s.shape[0]:
        raise ValueError(f"n_mfcc={n_mfcc} exceeds the number of mel bands {log_s.shape[0]}")
    # (t, n_mels) @ (n_mels, n_mfcc) in small single-threaded BLAS calls: a threaded
    # BLAS call leaves its threads spinning, competing with the next STFT's workers
    out_t = np.empty((log_s.shape[1], n_mfcc), dtype=np.float32)
    _matmul_rows(log_s.T, _dct_matrix(n_mfcc, log_s.shape[0], norm == "ortho").T, out_t)
    out = out_t.T
    if lifter > 0:
        lift = 1.0 + (lifter / 2.0) * np.sin(np.pi * np.arange(1, n_mfcc + 1) / lifter)
        out *= lift.astype(np.float32)[:, np.newaxis]
    return np.asarray(out, dtype=np.float32)


# ----------------------------------------------------------------------------- descriptors
def spectral_centroid(
    y: npt.ArrayLike | None = None,
    sr: int = 22050,
    *,
    S: npt.ArrayLike | None = None,
    n_fft: int = 2048,
    hop_length: int = 512,
    win_length: int | None = None,
    window: WindowSpec = "hann",
    center: bool = True,
    pad_mode: PadMode = "constant",
) -> npt.NDArray[np.float64]:
    """Magnitude-weighted mean frequency of each frame, in Hz.

    Returns
    -------
    np.ndarray [shape=(1, t)]

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import spectral_centroid
    >>> sr = 22050
    >>> y = np.sin(2 * np.pi * 1000 * np.arange(sr) / sr)
    >>> round(float(np.median(spectral_centroid(y, sr))), -1)
    1000.0
    """

    def make(sr_v: int, n_fft_v: int) -> Any:
        freqs = fft_frequencies(sr=sr_v, n_fft=n_fft_v).astype(np.float32)

        def fn(rows: F32) -> npt.NDArray[np.float64]:
            total = rows.sum(axis=1, dtype=np.float64)
            weighted = np.einsum("ij,j->i", rows, freqs)
            return np.asarray(
                (weighted / np.where(total > 0, total, 1.0))[:, np.newaxis], dtype=np.float64
            )

        return fn

    out = _spectrogram_reduce(
        y, sr, S, n_fft, hop_length, win_length, window, center, pad_mode, 1.0, make, 1
    )
    return np.ascontiguousarray(out.T)


def spectral_bandwidth(
    y: npt.ArrayLike | None = None,
    sr: int = 22050,
    *,
    S: npt.ArrayLike | None = None,
    n_fft: int = 2048,
    hop_length: int = 512,
    win_length: int | None = None,
    window: WindowSpec = "hann",
    center: bool = True,
    pad_mode: PadMode = "constant",
    p: float = 2.0,
) -> npt.NDArray[np.float64]:
    """p-th order spread of the spectrum around its centroid, in Hz.

    Returns
    -------
    np.ndarray [shape=(1, t)]

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import spectral_bandwidth
    >>> y = np.random.default_rng(0).standard_normal(22050)
    >>> spectral_bandwidth(y, 22050).shape
    (1, 44)
    """

    def make(sr_v: int, n_fft_v: int) -> Any:
        freqs = fft_frequencies(sr=sr_v, n_fft=n_fft_v)

        def fn(rows: F32) -> npt.NDArray[np.float64]:
            total = rows.sum(axis=1, keepdims=True, dtype=np.float64)
            weights = rows / np.where(total > 0, total, 1.0)
            cent = np.einsum("ij,j->i", weights, freqs)
            dev = np.subtract(freqs[np.newaxis, :], cent[:, np.newaxis])
            np.abs(dev, out=dev)
            if p == 2.0:
                np.square(dev, out=dev)
            else:
                np.power(dev, p, out=dev)
            dev *= weights
            return np.asarray((dev.sum(axis=1) ** (1.0 / p))[:, np.newaxis], dtype=np.float64)

        return fn

    out = _spectrogram_reduce(
        y, sr, S, n_fft, hop_length, win_length, window, center, pad_mode, 1.0, make, 1
    )
    return np.ascontiguousarray(out.T)


def spectral_rolloff(
    y: npt.ArrayLike | None = None,
    sr: int = 22050,
    *,
    S: npt.ArrayLike | None = None,
    n_fft: int = 2048,
    hop_length: int = 512,
    win_length: int | None = None,
    window: WindowSpec = "hann",
    center: bool = True,
    pad_mode: PadMode = "constant",
    roll_percent: float = 0.85,
) -> npt.NDArray[np.float64]:
    """Lowest frequency below which ``roll_percent`` of the frame's magnitude lies.

    Returns
    -------
    np.ndarray [shape=(1, t)], Hz

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import spectral_rolloff
    >>> sr = 22050
    >>> y = np.sin(2 * np.pi * 2000 * np.arange(sr) / sr)
    >>> 1900 < float(np.median(spectral_rolloff(y, sr))) < 2100
    True
    """
    if not 0.0 < roll_percent < 1.0:
        raise ValueError(f"roll_percent must be in (0, 1), got {roll_percent}")

    def make(sr_v: int, n_fft_v: int) -> Any:
        freqs = fft_frequencies(sr=sr_v, n_fft=n_fft_v)

        n_bins = freqs.size
        n_chunks = -(-n_bins // _ROLL_CHUNK)

        def fn(rows: F32) -> npt.NDArray[np.float64]:
            # cumulative sums of chunks first, then only inside the chunk that crosses
            padded = np.zeros((rows.shape[0], n_chunks * _ROLL_CHUNK), dtype=np.float32)
            padded[:, :n_bins] = rows
            blocks = padded.reshape(rows.shape[0], n_chunks, _ROLL_CHUNK)
            chunk = blocks.sum(axis=2, dtype=np.float64)
            ccum = np.cumsum(chunk, axis=1)
            threshold = roll_percent * ccum[:, -1:]
            ci = np.argmax(ccum >= threshold, axis=1)
            r = np.arange(rows.shape[0])
            inner = np.cumsum(blocks[r, ci], axis=1, dtype=np.float64)
            inner += (ccum[r, ci] - chunk[r, ci])[:, np.newaxis]
            hit = inner >= threshold
            # rounding can leave the chunk total a hair below its cumulative sum
            j = np.where(hit.any(axis=1), np.argmax(hit, axis=1), _ROLL_CHUNK - 1)
            idx = np.minimum(ci * _ROLL_CHUNK + j, n_bins - 1)
            return np.asarray(freqs[idx][:, np.newaxis], dtype=np.float64)

        return fn

    out = _spectrogram_reduce(
        y, sr, S, n_fft, hop_length, win_length, window, center, pad_mode, 1.0, make, 1
    )
    return np.ascontiguousarray(out.T)


def spectral_flatness(
    y: npt.ArrayLike | None = None,
    sr: int = 22050,
    *,
    S: npt.ArrayLike | None = None,
    n_fft: int = 2048,
    hop_length: int = 512,
    win_length: int | None = None,
    window: WindowSpec = "hann",
    center: bool = True,
    pad_mode: PadMode = "constant",
    amin: float = 1e-10,
    power: float = 2.0,
) -> npt.NDArray[np.float64]:
    """Geometric over arithmetic mean of ``max(amin, |S| ** power)``: 1 for white noise, ~0 for tones.

    Returns
    -------
    np.ndarray [shape=(1, t)]

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import spectral_flatness
    >>> y = np.random.default_rng(0).standard_normal(22050)
    >>> float(np.median(spectral_flatness(y, 22050))) > 0.4
    True
    """
    if amin <= 0:
        raise ValueError(f"amin must be positive, got {amin}")

    # from a signal the blocks arrive as |STFT| ** power already; a given S is a magnitude
    exponent = 1.0 if S is None else power

    def make(sr_v: int, n_fft_v: int) -> Any:
        def fn(rows: F32) -> npt.NDArray[np.float64]:
            p = rows**exponent if exponent != 1.0 else rows.copy()
            np.maximum(p, np.float32(amin), out=p)
            amean = np.mean(p, axis=1, dtype=np.float64)
            # log of the geometric mean from products of 8 neighbours (in float64 they
            # cannot overflow or underflow for values in [amin, 1e30]): 1/8 of the logs
            n = p.shape[1]
            n8 = n - n % 8
            prod = p[:, 0:n8:2].astype(np.float64)
            prod *= p[:, 1:n8:2]
            prod = prod[:, 0::2] * prod[:, 1::2]
            prod = prod[:, 0::2] * prod[:, 1::2]
            logsum = np.log(prod).sum(axis=1)
            if n8 < n:
                logsum += np.log(p[:, n8:].astype(np.float64)).sum(axis=1)
            gmean = np.exp(logsum / n)
            return np.asarray((gmean / amean)[:, np.newaxis], dtype=np.float64)

        return fn

    out = _spectrogram_reduce(
        y, sr, S, n_fft, hop_length, win_length, window, center, pad_mode, power, make, 1
    )
    return np.ascontiguousarray(out.T)


def spectral_contrast(
    y: npt.ArrayLike | None = None,
    sr: int = 22050,
    *,
    S: npt.ArrayLike | None = None,
    n_fft: int = 2048,
    hop_length: int = 512,
    win_length: int | None = None,
    window: WindowSpec = "hann",
    center: bool = True,
    pad_mode: PadMode = "constant",
    fmin: float = 200.0,
    n_bands: int = 6,
    quantile: float = 0.02,
    linear: bool = False,
) -> npt.NDArray[np.float64]:
    """Peak-to-valley difference in octave sub-bands.

    Band 0 spans ``[0, fmin]``, band k spans ``[fmin 2^(k-1), fmin 2^k]``, and the last
    band extends to Nyquist.  Peak and valley are the means of the top and bottom
    ``quantile`` of each band's magnitudes.

    Returns
    -------
    np.ndarray [shape=(n_bands + 1, t)]
        dB difference (or linear difference with ``linear=True``).

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import spectral_contrast
    >>> y = np.random.default_rng(0).standard_normal(22050)
    >>> spectral_contrast(y, 22050).shape
    (7, 44)
    """
    n_bands = _positive_int(n_bands, "n_bands")
    if not 0.0 < quantile < 1.0:
        raise ValueError(f"quantile must be in (0, 1), got {quantile}")
    if fmin <= 0:
        raise ValueError(f"fmin must be positive, got {fmin}")
    n_out = n_bands + 1

    def make(sr_v: int, n_fft_v: int) -> Any:
        freqs = fft_frequencies(sr=sr_v, n_fft=n_fft_v)
        edges = np.zeros(n_bands + 2)
        edges[1:] = fmin * 2.0 ** np.arange(n_bands + 1)
        if edges[-2] >= freqs[-1]:
            raise ValueError(
                f"fmin={fmin} Hz with n_bands={n_bands} puts band edges above Nyquist "
                f"({freqs[-1]} Hz)"
            )
        bands = []
        for k in range(n_out):
            band = (freqs >= edges[k]) & (freqs <= edges[k + 1])
            idx = np.flatnonzero(band)
            if k > 0 and idx.size:
                band[idx[0] - 1] = True  # share the lower edge bin with the band below
            if k == n_bands and idx.size:
                band[idx[0] + 1 :] = True
            cols = np.flatnonzero(band)
            n_q = max(1, int(np.rint(quantile * cols.size)))
            if k < n_bands and cols.size > 1:
                cols = cols[:-1]  # the upper edge bin belongs to the next band
            bands.append((int(cols[0]), int(cols[-1]) + 1, n_q) if cols.size else (0, 0, n_q))

        def fn(rows: F32) -> npt.NDArray[np.float64]:
            res = np.zeros((rows.shape[0], 2 * n_out))
            for k, (c0, c1, n_q) in enumerate(bands):
                sub = rows[:, c0:c1]
                if n_q == 1 and c1 > c0:  # extremes: no sort needed
                    res[:, k] = sub.max(axis=1)
                    res[:, n_out + k] = sub.min(axis=1)
                    continue
                srt = np.sort(sub, axis=1)
                res[:, k] = srt[:, -n_q:].mean(axis=1)
                res[:, n_out + k] = srt[:, :n_q].mean(axis=1)
            return res

        return fn

    both = _spectrogram_reduce(
        y, sr, S, n_fft, hop_length, win_length, window, center, pad_mode, 1.0, make, 2 * n_out
    ).T
    peak, valley = both[:n_out], both[n_out:]
    if linear:
        return peak - valley
    return np.asarray(power_to_db(peak) - power_to_db(valley))


def _frame_sums(
    values: npt.NDArray[np.float64], frame_length: int, hop: int
) -> npt.NDArray[np.float64]:
    """Sum of ``values[i*hop : i*hop+frame_length]`` for every whole frame."""
    n_frames = 1 + (values.size - frame_length) // hop
    if frame_length % hop == 0:
        # sum hop-sized blocks, then add frame_length // hop neighbouring blocks
        k = frame_length // hop
        n_blocks = n_frames + k - 1
        blocks = values[: n_blocks * hop].reshape(n_blocks, hop).sum(axis=1)
        bsum = np.concatenate(([0.0], np.cumsum(blocks)))
        return np.asarray(bsum[k:] - bsum[:-k])
    csum = np.concatenate(([0.0], np.cumsum(values)))
    starts = np.arange(n_frames) * hop
    return np.asarray(csum[starts + frame_length] - csum[starts])


def zero_crossing_rate(
    y: npt.ArrayLike,
    *,
    frame_length: int = 2048,
    hop_length: int = 512,
    center: bool = True,
    threshold: float = 1e-10,
) -> npt.NDArray[np.float64]:
    """Fraction of sign changes between consecutive samples in each frame.

    Samples with ``|y| <= threshold`` count as zero (positive sign).  Frames are
    centred by edge padding when ``center`` is true.

    Returns
    -------
    np.ndarray [shape=(1, t)]

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import zero_crossing_rate
    >>> sr = 22050
    >>> y = np.sin(2 * np.pi * 1000 * np.arange(sr) / sr + 0.1)
    >>> round(float(np.median(zero_crossing_rate(y))) * sr, -1)  # 2 crossings per period
    2000.0
    """
    sig, _ = _as_mono(y, 1)
    frame_length = _positive_int(frame_length, "frame_length")
    hop = _positive_int(hop_length, "hop_length")
    if center:
        sig = np.pad(sig, frame_length // 2, mode="edge")
    if sig.size < frame_length:
        raise ValueError(
            f"signal of {sig.size} samples is shorter than frame_length={frame_length}"
        )
    clipped = np.where(np.abs(sig) <= threshold, 0.0, sig)
    neg = np.signbit(clipped)
    change = np.zeros(sig.size, dtype=np.float64)
    change[1:] = neg[1:] != neg[:-1]
    # a frame counts changes between its own consecutive samples: drop each frame's first entry
    sums = _frame_sums(change, frame_length, hop)
    firsts = change[np.arange(sums.size) * hop]
    return ((sums - firsts) / frame_length)[np.newaxis, :]


def rms(
    y: npt.ArrayLike | None = None,
    *,
    S: npt.ArrayLike | None = None,
    frame_length: int = 2048,
    hop_length: int = 512,
    center: bool = True,
    pad_mode: PadMode = "constant",
) -> npt.NDArray[np.float64]:
    """Root-mean-square level of each frame (from samples, or from a magnitude spectrogram).

    Returns
    -------
    np.ndarray [shape=(1, t)]

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import rms
    >>> sr = 22050
    >>> y = 0.5 * np.sin(2 * np.pi * 440 * np.arange(sr) / sr)
    >>> round(float(np.median(rms(y))), 2)  # 0.5 / sqrt(2)
    0.35
    """
    frame_length = _positive_int(frame_length, "frame_length")
    hop = _positive_int(hop_length, "hop_length")
    if S is not None:
        mag = np.asarray(S, dtype=np.float64)
        if mag.ndim != 2:
            raise ValueError(f"S must be 2-D (bins, frames), got shape {mag.shape}")
        n_fft = 2 * (mag.shape[0] - 1)
        power = mag**2
        power[0] *= 0.5
        if n_fft % 2 == 0:
            power[-1] *= 0.5
        return np.asarray(np.sqrt(2.0 * power.sum(axis=0) / n_fft**2)[np.newaxis, :])
    if y is None:
        raise ValueError("give either the signal y or a spectrogram S")
    sig, _ = _as_mono(y, 1)
    if center:
        sig = np.pad(sig, frame_length // 2, mode=pad_mode)
    if sig.size < frame_length:
        raise ValueError(
            f"signal of {sig.size} samples is shorter than frame_length={frame_length}"
        )
    n_frames = 1 + (sig.size - frame_length) // hop
    if frame_length % hop == 0:
        # energies of hop-sized blocks (one vectorised pass over the float32 samples),
        # then each frame adds its frame_length // hop blocks
        k = frame_length // hop
        blocks = sig[: (n_frames + k - 1) * hop].reshape(-1, hop)
        block_energy = np.einsum("ij,ij->i", blocks, blocks).astype(np.float64)
        energy = block_energy[:n_frames].copy()
        for j in range(1, k):
            energy += block_energy[j : j + n_frames]
    else:
        sig64 = sig.astype(np.float64)
        energy = _frame_sums(sig64 * sig64, frame_length, hop)
    return np.asarray(np.sqrt(np.maximum(energy, 0.0) / frame_length)[np.newaxis, :])
