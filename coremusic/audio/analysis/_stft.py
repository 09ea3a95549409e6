"""Short-time Fourier transform, windows, framing and decibel helpers.

The STFT frames the signal as rows (one row per frame), runs a real FFT per row and
returns the librosa-shaped ``(1 + n_fft // 2, t)`` view.  Internal callers use the
row-major helpers directly to fuse power and filterbank products without building
the complex matrix twice.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view

from ._input import _as_1d, _as_mono, _positive_int
from ._threads import _matmul_rows, _parallel

__all__ = [
    "amplitude_to_db",
    "db_to_amplitude",
    "db_to_power",
    "fft_frequencies",
    "frames_to_time",
    "get_window",
    "istft",
    "magphase",
    "power_to_db",
    "stft",
    "time_to_frames",
]

PadMode = Literal["constant", "edge", "reflect", "symmetric", "wrap", "linear_ramp", "mean"]
WindowSpec = str | npt.ArrayLike

#: samples per FFT block: a block's frames, spectra and reductions stay in the CPU cache
_BLOCK_SAMPLES = 1 << 18
F32 = npt.NDArray[np.float32]
_DB_PER_NEPER_POWER = 10.0 / math.log(10.0)


class _NumpyFFT:
    """numpy.fft with the scipy.fft keywords used here (``overwrite_x`` is a hint only)."""

    @staticmethod
    def rfft(x: Any, n: int | None = None, axis: int = -1, overwrite_x: bool = False) -> Any:
        return np.fft.rfft(x, n=n, axis=axis)

    @staticmethod
    def irfft(x: Any, n: int | None = None, axis: int = -1, overwrite_x: bool = False) -> Any:
        return np.fft.irfft(x, n=n, axis=axis)


#: below this many input samples an FFT job runs on numpy.fft unless scipy.fft is
#: already imported: importing scipy.fft costs more than such a job saves
_SMALL_FFT_WORK = 1 << 21


def _fft(work: int = _SMALL_FFT_WORK + 1) -> Any:
    """The FFT module for a job over ``work`` samples.

    scipy.fft is about 4x faster than numpy.fft on float32 rows but takes ~0.25 s to
    import; small first calls stay on numpy.fft, and numpy.fft is the fallback when
    scipy is not installed.
    """
    mod = sys.modules.get("scipy.fft")
    if mod is not None:
        return mod
    if work <= _SMALL_FFT_WORK:
        return _NumpyFFT
    try:
        import scipy.fft
    except ImportError:
        return _NumpyFFT
    return scipy.fft


def _fast_len(n: int) -> int:
    """Smallest ``2**a * 3**b * 5**c >= n``: FFT lengths that the FFTs handle fastest."""
    best = 1 << max(0, (n - 1).bit_length())
    p5 = 1
    while p5 < best:
        p35 = p5
        while p35 < best:
            m = p35
            while m < n:
                m *= 2
            best = min(best, m)
            p35 *= 3
        p5 *= 5
    return best


def get_window(window: WindowSpec, n: int) -> npt.NDArray[np.float32]:
    """Return a periodic (DFT-even) analysis window of length ``n``.

    Parameters
    ----------
    window : str or np.ndarray [shape=(n,)]
        ``'hann'``, ``'hamming'``, ``'blackman'``, ``'ones'``/``'boxcar'``/``'rectangular'``
        (computed here), any other name understood by ``scipy.signal.get_window``,
        or the window samples themselves.
    n : int > 0
        Window length in samples.

    Returns
    -------
    np.ndarray [shape=(n,), dtype=float32]

    Example
    -------
    >>> from coremusic.audio.analysis import get_window
    >>> w = get_window("hann", 4)
    >>> [round(float(v), 3) for v in w]
    [0.0, 0.5, 1.0, 0.5]
    """
    n = _positive_int(n, "window length")
    if not isinstance(window, str):
        arr = np.asarray(window, dtype=np.float32)
        if arr.shape != (n,):
            raise ValueError(f"window array must have shape ({n},), got {arr.shape}")
        return arr
    k = np.arange(n, dtype=np.float64) * (2.0 * np.pi / n)
    name = window.lower()
    if name in ("hann", "hanning"):
        w = 0.5 - 0.5 * np.cos(k)
    elif name == "hamming":
        w = 0.54 - 0.46 * np.cos(k)
    elif name == "blackman":
        w = 0.42 - 0.5 * np.cos(k) + 0.08 * np.cos(2.0 * k)
    elif name in ("ones", "boxcar", "rectangular", "rect"):
        w = np.ones(n)
    else:
        import scipy.signal

        try:
            w = scipy.signal.get_window(window, n, fftbins=True)
        except ValueError as exc:
            raise ValueError(f"unknown window {window!r}: {exc}") from None
    return np.asarray(w, dtype=np.float32)


def _padded_window(window: WindowSpec, win_length: int, n_fft: int) -> npt.NDArray[np.float32]:
    if win_length > n_fft:
        raise ValueError(f"win_length ({win_length}) must not exceed n_fft ({n_fft})")
    w = get_window(window, win_length)
    if win_length == n_fft:
        return w
    out = np.zeros(n_fft, dtype=np.float32)
    start = (n_fft - win_length) // 2
    out[start : start + win_length] = w
    return out


def _frame_rows(
    y: npt.NDArray[np.float32], n_fft: int, hop: int, center: bool, pad_mode: str
) -> npt.NDArray[np.float32]:
    """Frames as a read-only ``(t, n_fft)`` view (no copy)."""
    if center:
        pad = n_fft // 2
        if pad_mode in ("reflect", "symmetric") and y.size <= pad:
            raise ValueError(
                f"pad_mode={pad_mode!r} needs a signal longer than n_fft // 2 = {pad} samples"
            )
        y = np.pad(y, pad, mode=pad_mode)  # type: ignore[call-overload]
    if y.size < n_fft:
        raise ValueError(
            f"signal of {y.size} samples is shorter than n_fft={n_fft}; "
            "use center=True or a smaller n_fft"
        )
    return sliding_window_view(y, n_fft)[::hop]


def _stft_params(
    n_fft: int, hop_length: int | None, win_length: int | None
) -> tuple[int, int, int]:
    n_fft = _positive_int(n_fft, "n_fft")
    win = n_fft if win_length is None else _positive_int(win_length, "win_length")
    hop = win // 4 if hop_length is None else _positive_int(hop_length, "hop_length")
    return n_fft, max(hop, 1), win


def _stft_rows(
    y: npt.NDArray[np.float32],
    n_fft: int,
    hop: int,
    window: npt.NDArray[np.float32],
    center: bool,
    pad_mode: str,
    reduce: Callable[[npt.NDArray[np.complex64]], npt.NDArray[Any]] | None = None,
    out_cols: int | None = None,
    out_dtype: npt.DTypeLike = np.complex64,
) -> npt.NDArray[Any]:
    """Row-major STFT ``(t, n_fft // 2 + 1)``; ``reduce`` maps each block of spectra.

    Frames are windowed into a reused buffer, transformed and reduced one
    cache-sized block at a time, so no full-size temporary is built; large jobs are
    split over threads (``reduce`` must be thread-safe: pure numpy on its argument).
    """
    frames = _frame_rows(y, n_fft, hop, center, pad_mode)
    n_frames = frames.shape[0]
    fft = _fft(n_frames * n_fft)
    n_bins = n_fft // 2 + 1
    block = max(1, _BLOCK_SAMPLES // n_fft)
    out = np.empty((n_frames, n_bins if out_cols is None else out_cols), dtype=out_dtype)
    win = window.astype(frames.dtype, copy=False)

    def run(start: int, stop: int) -> None:
        buf = np.empty((min(block, stop - start), n_fft), dtype=frames.dtype)
        for s in range(start, stop, block):
            e = min(s + block, stop)
            x = buf[: e - s]
            np.multiply(frames[s:e], win, out=x)
            spec = fft.rfft(x, axis=-1, overwrite_x=True)
            out[s:e] = spec if reduce is None else reduce(spec)

    _parallel(n_frames, block, n_frames * n_fft, run)
    return out


#: (output rows r0:r1, input columns c0:c1, basis[r0:r1, c0:c1].T made contiguous)
BasisPlan = list[tuple[int, int, int, int, F32]]


def _band_groups(basis: F32, size: int = 16) -> BasisPlan:
    """How to compute ``mag @ basis.T``: by blocks of ``size`` basis rows and their band.

    Filterbanks such as the mel bank are zero outside a narrow, moving band of FFT
    bins; multiplying only each block's band of columns skips the zeros.  When the
    bands would cover more than half of the matrix, one dense block is used.  The
    transposed blocks are contiguous copies (faster products than strided views).
    """
    nz = basis != 0
    any_nz = nz.any(axis=1)
    first = np.where(any_nz, nz.argmax(axis=1), 0)
    last = np.where(any_nz, nz.shape[1] - nz[:, ::-1].argmax(axis=1), 0)
    groups = []
    for g in range(0, basis.shape[0], size):
        a, b = int(first[g : g + size].min()), int(last[g : g + size].max())
        groups.append((g, min(g + size, basis.shape[0]), a, max(a, b)))
    band_cost = sum((r1 - r0) * (c1 - c0) for r0, r1, c0, c1 in groups)
    if band_cost > 0.5 * basis.size:
        groups = [(0, basis.shape[0], 0, basis.shape[1])]
    return [
        (r0, r1, c0, c1, np.ascontiguousarray(basis[r0:r1, c0:c1].T))
        for r0, r1, c0, c1 in groups
        if c1 > c0
    ]


def _apply_basis(mag: npt.NDArray[Any], n_out: int, plan: BasisPlan) -> F32:
    """``mag @ basis.T`` following a :func:`_band_groups` plan."""
    mag = mag.astype(np.float32, copy=False)
    out = np.zeros((mag.shape[0], n_out), dtype=np.float32)
    for r0, r1, c0, c1, block_t in plan:
        _matmul_rows(mag[:, c0:c1], block_t, out[:, r0:r1])
    return out


def _spectrum_power(spec: npt.NDArray[Any], power: float) -> F32:
    """``|spec| ** power`` in float32 (squares of the real and imaginary parts, no hypot)."""
    if power == 1.0:
        return np.asarray(np.abs(spec), dtype=np.float32)
    mag = np.square(spec.real, dtype=np.float32)
    mag += np.square(spec.imag, dtype=np.float32)
    if power != 2.0:
        mag **= power / 2.0
    return np.asarray(mag, dtype=np.float32)


def _power_rows(
    y: npt.NDArray[np.float32],
    n_fft: int,
    hop: int,
    window: npt.NDArray[np.float32],
    center: bool,
    pad_mode: str,
    power: float,
    basis: npt.NDArray[np.float32] | None = None,
) -> npt.NDArray[np.float32]:
    """``|STFT|**power`` as rows, optionally multiplied by ``basis.T`` block by block."""

    plan = _band_groups(basis) if basis is not None else []

    def reduce(spec: npt.NDArray[np.complex64]) -> npt.NDArray[Any]:
        mag = _spectrum_power(spec, power)
        return mag if basis is None else _apply_basis(mag, basis.shape[0], plan)

    cols = None if basis is None else basis.shape[0]
    return _stft_rows(y, n_fft, hop, window, center, pad_mode, reduce, cols, np.float32)


def _normalize_columns(x: F32, norm: float | None) -> F32:
    if norm is None:
        return x
    if norm == np.inf:
        length = np.max(np.abs(x), axis=0, keepdims=True)
    else:
        length = np.sum(np.abs(x) ** norm, axis=0, keepdims=True) ** (1.0 / norm)
    small = length <= np.finfo(np.float32).tiny
    return np.asarray(x / np.where(small, 1.0, length), dtype=np.float32)


def _spectrogram_rows(
    y: Any,
    sr: Any,
    S: npt.ArrayLike | None,
    n_fft: int,
    hop_length: int | None,
    win_length: int | None,
    window: WindowSpec,
    center: bool,
    pad_mode: str,
    power: float,
    basis: F32 | None = None,
) -> tuple[F32, int, int]:
    """``|STFT| ** power`` (optionally times ``basis.T``) as rows ``(t, bins)``; also sr, n_fft."""
    if S is not None:
        spec = np.asarray(S, dtype=np.float32)
        if spec.ndim != 2:
            raise ValueError(f"S must be 2-D (bins, frames), got shape {spec.shape}")
        if np.iscomplexobj(S):
            raise TypeError("S must be a real (magnitude or power) spectrogram")
        sr_v = _positive_int(sr, "sr") if sr is not None else 22050
        n_fft_v = 2 * (spec.shape[0] - 1)
        rows = spec.T
        return (
            (
                _apply_basis(rows, basis.shape[0], _band_groups(basis))
                if basis is not None
                else rows
            ),
            sr_v,
            n_fft_v,
        )
    if y is None:
        raise ValueError("give either the signal y or a spectrogram S")
    sig, sr_v = _as_mono(y, sr)
    n_fft, hop, win = _stft_params(n_fft, hop_length, win_length)
    w = _padded_window(window, win, n_fft)
    return _power_rows(sig, n_fft, hop, w, center, pad_mode, power, basis), sr_v, n_fft


def _spectrogram_reduce(
    y: Any,
    sr: Any,
    S: npt.ArrayLike | None,
    n_fft: int,
    hop_length: int | None,
    win_length: int | None,
    window: WindowSpec,
    center: bool,
    pad_mode: str,
    power: float,
    make_reducer: Callable[[int, int], Callable[[F32], npt.NDArray[np.float64]]],
    n_out: int,
) -> npt.NDArray[np.float64]:
    """Per-frame statistics ``(t, n_out)`` of ``|STFT| ** power`` (or of ``S``).

    ``make_reducer(sr, n_fft)`` returns a function from magnitude rows ``(frames, bins)``
    to ``(frames, n_out)``; with a signal it runs on each block right after its FFT, so
    the full spectrogram is never stored.
    """
    if S is not None:
        rows, sr_v, n_fft_v = _spectrogram_rows(
            None, sr, S, n_fft, hop_length, win_length, window, center, pad_mode, power
        )
        return np.asarray(make_reducer(sr_v, n_fft_v)(rows), dtype=np.float64)
    if y is None:
        raise ValueError("give either the signal y or a spectrogram S")
    sig, sr_v = _as_mono(y, sr)
    n_fft, hop, win = _stft_params(n_fft, hop_length, win_length)
    w = _padded_window(window, win, n_fft)
    fn = make_reducer(sr_v, n_fft)

    def reduce(spec: npt.NDArray[np.complex64]) -> npt.NDArray[Any]:
        return fn(_spectrum_power(spec, power))

    out: npt.NDArray[np.float64] = _stft_rows(
        sig, n_fft, hop, w, center, pad_mode, reduce, n_out, np.float64
    )
    return out


def stft(
    y: npt.ArrayLike,
    *,
    n_fft: int = 2048,
    hop_length: int | None = None,
    win_length: int | None = None,
    window: WindowSpec = "hann",
    center: bool = True,
    pad_mode: PadMode = "constant",
) -> npt.NDArray[np.complex64]:
    """Short-time Fourier transform.

    Parameters
    ----------
    y : np.ndarray [shape=(n,)]
        Mono signal (float, or integer PCM scaled to [-1, 1)).
    n_fft : int > 0
        FFT size; the output has ``1 + n_fft // 2`` frequency rows.
    hop_length : int > 0, optional
        Samples between frames; defaults to ``win_length // 4``.
    win_length : int <= n_fft, optional
        Window length, zero-padded on both sides to ``n_fft``; defaults to ``n_fft``.
    window : str or np.ndarray
        See :func:`get_window`.
    center : bool
        Pad ``n_fft // 2`` samples on both sides so frame ``k`` is centred on sample
        ``k * hop_length``.
    pad_mode : str
        ``numpy.pad`` mode for centring (``'constant'`` = zeros, ``'reflect'``, ``'edge'`` ...).

    Returns
    -------
    np.ndarray [shape=(1 + n_fft // 2, t), dtype=complex64]
        ``t = 1 + len(y) // hop_length`` when centred.

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import stft
    >>> y = np.sin(2 * np.pi * 440 * np.arange(22050) / 22050)
    >>> D = stft(y, n_fft=1024, hop_length=256)
    >>> D.shape
    (513, 87)
    >>> int(np.abs(D[:, 40]).argmax())  # bin of 440 Hz: 440 * 1024 / 22050
    20
    """
    sig = _as_1d(y)
    n_fft, hop, win = _stft_params(n_fft, hop_length, win_length)
    w = _padded_window(window, win, n_fft)
    rows: npt.NDArray[np.complex64] = _stft_rows(sig, n_fft, hop, w, center, pad_mode)
    return rows.T


def istft(
    stft_matrix: npt.ArrayLike,
    *,
    hop_length: int | None = None,
    win_length: int | None = None,
    n_fft: int | None = None,
    window: WindowSpec = "hann",
    center: bool = True,
    length: int | None = None,
) -> npt.NDArray[np.float32]:
    """Inverse STFT by weighted overlap-add (least-squares, window-sum-square normalised).

    Parameters
    ----------
    stft_matrix : np.ndarray [shape=(1 + n_fft // 2, t), complex]
    hop_length, win_length, window, center
        As given to :func:`stft`.
    n_fft : int, optional
        Defaults to ``2 * (stft_matrix.shape[0] - 1)``.
    length : int, optional
        Trim or zero-pad the output to exactly this many samples.

    Returns
    -------
    np.ndarray [shape=(n,), dtype=float32]

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import stft, istft
    >>> y = np.random.default_rng(0).standard_normal(8000).astype(np.float32)
    >>> y2 = istft(stft(y, n_fft=512), length=len(y))
    >>> bool(np.allclose(y, y2, atol=1e-4))
    True
    """
    D = np.asarray(stft_matrix)
    if D.ndim != 2:
        raise ValueError(f"stft_matrix must be 2-D (bins, frames), got shape {D.shape}")
    if D.shape[1] == 0:
        raise ValueError("stft_matrix has no frames")
    n_fft = 2 * (D.shape[0] - 1) if n_fft is None else _positive_int(n_fft, "n_fft")
    if D.shape[0] != n_fft // 2 + 1:
        raise ValueError(
            f"stft_matrix has {D.shape[0]} bins, expected {n_fft // 2 + 1} for n_fft={n_fft}"
        )
    n_fft, hop, win = _stft_params(n_fft, hop_length, win_length)
    w = _padded_window(window, win, n_fft)
    n_frames = D.shape[1]
    total = n_fft + hop * (n_frames - 1)
    rows = D.T  # (frames, bins): contiguous for the column-major output of stft
    real_dtype = np.float64 if rows.dtype in (np.complex128, np.float64) else np.float32
    y = _overlap_add(rows, n_fft, hop, w.astype(real_dtype), total, _fft(D.size * 2))
    start = n_fft // 2 if center else 0
    if length is None:
        end = total - n_fft // 2 if center else total
    else:
        end = start + _positive_int(length, "length")
    _normalize_overlap(y, w, hop, n_frames)
    out = np.zeros(end - start, dtype=np.float32)
    m = max(0, min(end, total) - start)
    out[:m] = y[start : start + m]
    return out


def _overlap_add(
    rows: npt.NDArray[Any], n_fft: int, hop: int, w: npt.NDArray[Any], total: int, fft: Any
) -> npt.NDArray[Any]:
    """Sum of the windowed inverse FFTs of ``rows`` placed ``hop`` apart (threaded blocks)."""
    n_frames = rows.shape[0]
    block = max(1, _BLOCK_SAMPLES // n_fft)
    y = np.zeros(total, dtype=w.dtype)
    extra: list[tuple[int, npt.NDArray[Any]]] = []

    def run(first: int, last: int) -> None:
        # the first run writes into y; others into their own buffer, added afterwards
        # (neighbouring runs overlap by n_fft - hop samples)
        origin = first * hop
        if first == 0:
            acc = y
        else:
            acc = np.zeros((last - 1 - first) * hop + n_fft, dtype=w.dtype)
        for s in range(first, last, block):
            e = min(s + block, last)
            frames = fft.irfft(rows[s:e], n=n_fft, axis=-1)
            frames = frames.astype(w.dtype, copy=False)
            frames *= w
            off = s * hop - origin
            if n_fft % hop == 0:
                k = n_fft // hop
                acc_b = acc[off : off + (e - s + k - 1) * hop].reshape(-1, hop)
                fr = frames.reshape(e - s, k, hop)
                for j in range(k):
                    acc_b[j : j + e - s] += fr[:, j, :]
            else:
                for i in range(e - s):
                    acc[off + i * hop : off + i * hop + n_fft] += frames[i]
        if first != 0:
            extra.append((origin, acc))

    _parallel(n_frames, block, n_frames * n_fft, run)
    for origin, acc in extra:
        y[origin : origin + acc.size] += acc
    return y


def _normalize_overlap(
    y: npt.NDArray[Any], w: npt.NDArray[np.float32], hop: int, n_frames: int
) -> None:
    """Divide the overlap-added ``y`` in place by the window-sum-square (where it is > 0)."""
    w2 = w.astype(np.float64) ** 2
    n_fft = w.size
    tiny = np.finfo(np.float32).tiny

    def inverse(wss: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        ok = wss > tiny
        return np.asarray(np.where(ok, 1.0 / np.where(ok, wss, 1.0), 1.0))

    if n_fft % hop == 0:
        # block b of hop samples gets w2 segment j from frame b - j, for the frames that
        # exist: every block between the first and last k - 1 sees all k segments
        k = n_fft // hop
        seg = np.concatenate((np.zeros((1, hop)), np.cumsum(w2.reshape(k, hop), axis=0)))
        yb = y.reshape(-1, hop)
        n_blocks = yb.shape[0]
        if n_frames >= k:
            yb[k - 1 : n_frames] *= inverse(seg[k] - seg[0]).astype(y.dtype)
            edges = np.r_[0 : k - 1, n_frames:n_blocks]
        else:
            edges = np.arange(n_blocks)
        hi = np.minimum(edges, k - 1) + 1
        lo = np.maximum(edges - n_frames + 1, 0)
        yb[edges] *= inverse(seg[hi] - seg[lo]).astype(y.dtype)
        return
    wss = np.zeros(y.size)
    for i in range(n_frames):
        wss[i * hop : i * hop + n_fft] += w2
    y *= inverse(wss).astype(y.dtype)


def magphase(
    D: npt.ArrayLike, *, power: float = 1.0
) -> tuple[npt.NDArray[np.floating[Any]], npt.NDArray[np.complexfloating[Any, Any]]]:
    """Split a complex spectrogram into magnitude (``|D| ** power``) and unit phase.

    Returns
    -------
    magnitude : np.ndarray [shape=D.shape, real]
    phase : np.ndarray [shape=D.shape, complex]
        ``exp(1j * angle(D))`` (1 where ``D == 0``), so ``D == magnitude ** (1/power) * phase``.

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import magphase
    >>> mag, ph = magphase(np.array([3 + 4j, 0j]))
    >>> mag.tolist(), np.round(ph, 3).tolist()
    ([5.0, 0.0], [(0.6+0.8j), (1+0j)])
    """
    arr = np.asarray(D)
    mag = np.abs(arr)
    safe = np.where(mag > 0, mag, 1.0)
    phase = np.where(mag > 0, arr / safe, 1.0 + 0j)
    if power != 1.0:
        mag = mag**power
    return mag, phase


def power_to_db(
    S: npt.ArrayLike,
    *,
    ref: float | Callable[[npt.NDArray[Any]], Any] = 1.0,
    amin: float = 1e-10,
    top_db: float | None = 80.0,
) -> npt.NDArray[np.floating[Any]]:
    """Convert a power spectrogram to decibels: ``10 * log10(S / ref)``.

    Parameters
    ----------
    S : np.ndarray
        Non-negative power values.
    ref : float or callable
        Reference power (``np.max`` to make the loudest value 0 dB).
    amin : float > 0
        Floor applied to ``S`` and ``ref`` before the logarithm.
    top_db : float >= 0 or None
        Clip the output at ``max - top_db``.

    Returns
    -------
    np.ndarray [shape=S.shape]

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import power_to_db
    >>> power_to_db(np.array([1.0, 0.1, 1e-12]), top_db=None).round(1).tolist()
    [0.0, -10.0, -100.0]
    """
    if amin <= 0:
        raise ValueError(f"amin must be positive, got {amin}")
    arr = np.asarray(S)
    if np.iscomplexobj(arr):
        raise TypeError("power_to_db expects real power values; use np.abs(D) ** 2 first")
    ref_value = float(ref(arr)) if callable(ref) else float(ref)
    # natural log times 10 / ln 10: numpy's log is vectorised, its log10 is not
    out = np.log(np.maximum(amin, arr))
    out *= _DB_PER_NEPER_POWER
    out -= 10.0 * np.log10(max(amin, abs(ref_value)))
    if top_db is not None:
        if top_db < 0:
            raise ValueError(f"top_db must be non-negative, got {top_db}")
        np.maximum(out, out.max() - top_db, out=out)
    return np.asarray(out)


def amplitude_to_db(
    S: npt.ArrayLike,
    *,
    ref: float | Callable[[npt.NDArray[Any]], Any] = 1.0,
    amin: float = 1e-5,
    top_db: float | None = 80.0,
) -> npt.NDArray[np.floating[Any]]:
    """Convert an amplitude (magnitude) spectrogram to decibels: ``20 * log10(S / ref)``.

    Example
    -------
    >>> import numpy as np
    >>> from coremusic.audio.analysis import amplitude_to_db
    >>> amplitude_to_db(np.array([1.0, 0.1])).round(1).tolist()
    [0.0, -20.0]
    """
    arr = np.abs(np.asarray(S))
    ref_value = float(ref(arr)) if callable(ref) else float(ref)
    return power_to_db(arr * arr, ref=ref_value**2, amin=amin**2, top_db=top_db)


def db_to_power(S_db: npt.ArrayLike, *, ref: float = 1.0) -> npt.NDArray[np.floating[Any]]:
    """Inverse of :func:`power_to_db`: ``ref * 10 ** (S_db / 10)``.

    Example
    -------
    >>> from coremusic.audio.analysis import db_to_power
    >>> float(db_to_power(-10.0))
    0.1
    """
    return ref * np.power(10.0, 0.1 * np.asarray(S_db))


def db_to_amplitude(S_db: npt.ArrayLike, *, ref: float = 1.0) -> npt.NDArray[np.floating[Any]]:
    """Inverse of :func:`amplitude_to_db`: ``ref * 10 ** (S_db / 20)``.

    Example
    -------
    >>> from coremusic.audio.analysis import db_to_amplitude
    >>> float(db_to_amplitude(-20.0))
    0.1
    """
    return ref * np.power(10.0, 0.05 * np.asarray(S_db))


def fft_frequencies(*, sr: float, n_fft: int) -> npt.NDArray[np.float64]:
    """Centre frequency in Hz of each STFT row, shape ``(1 + n_fft // 2,)``.

    Example
    -------
    >>> from coremusic.audio.analysis import fft_frequencies
    >>> fft_frequencies(sr=8000, n_fft=8).tolist()
    [0.0, 1000.0, 2000.0, 3000.0, 4000.0]
    """
    n_fft = _positive_int(n_fft, "n_fft")
    return np.linspace(0.0, float(sr) / 2.0, n_fft // 2 + 1)


def frames_to_time(
    frames: npt.ArrayLike, *, sr: float, hop_length: int = 512
) -> npt.NDArray[np.float64]:
    """Frame indices to seconds (frame ``k`` starts ``k * hop_length`` samples in).

    Example
    -------
    >>> from coremusic.audio.analysis import frames_to_time
    >>> frames_to_time([0, 43], sr=22050, hop_length=512).round(3).tolist()
    [0.0, 0.998]
    """
    return np.asarray(frames, dtype=np.float64) * (hop_length / float(sr))


def time_to_frames(
    times: npt.ArrayLike, *, sr: float, hop_length: int = 512
) -> npt.NDArray[np.int64]:
    """Seconds to the index of the frame that contains them.

    Example
    -------
    >>> from coremusic.audio.analysis import time_to_frames
    >>> time_to_frames([0.0, 1.0], sr=22050, hop_length=512).tolist()
    [0, 43]
    """
    return np.floor(np.asarray(times, dtype=np.float64) * float(sr) / hop_length).astype(np.int64)
