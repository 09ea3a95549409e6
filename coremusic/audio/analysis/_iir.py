"""Cascaded biquad (SOS) filtering in numpy, without scipy.signal.

A cascade of second-order sections is a linear state-space system
``s[n+1] = A s[n] + B x[n]``, ``y[n] = C s[n] + D x[n]``.  The signal is cut into
blocks of ``L`` samples: inside a block the output is the block's own input convolved
with the first ``L`` impulse-response taps (one matrix product for all blocks) plus the
response to the state at the block start.  Those states obey the same kind of
recurrence one level up (``S[k+1] = A^L S[k] + U[k]``), which is solved by the same
blocking recursively, so only a few dozen steps run in Python whatever the length.
Every power of ``A`` decays (the filter is stable), so the blocking is numerically as
benign as the sample-by-sample recursion.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from ._threads import _matmul_rows, _parallel

F64 = npt.NDArray[np.float64]

_BLOCK = 16  # samples per first-level block
_BLOCK2 = 16  # steps per block in the state recursion
_DIRECT = 16  # at most this many recurrence steps run as a Python loop
_CHUNK = 1 << 16  # samples per channel filtered at a time (keeps temporaries in cache)


def _state_space(sos: tuple[tuple[float, ...], ...]) -> tuple[F64, F64, F64, float]:
    """(A, B, C, D) of the cascade, each section in transposed direct form II."""
    a_mat = np.zeros((0, 0))
    b_vec = np.zeros(0)
    c_vec = np.zeros(0)
    d = 1.0
    for b0, b1, b2, a0, a1, a2 in sos:
        b0, b1, b2, a1, a2 = b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0
        a_s = np.array([[-a1, 1.0], [-a2, 0.0]])
        b_s = np.array([b1 - a1 * b0, b2 - a2 * b0])
        c_s = np.array([1.0, 0.0])
        # series connection: this section's input is the cascade so far
        n = a_mat.shape[0]
        new_a = np.zeros((n + 2, n + 2))
        new_a[:n, :n] = a_mat
        new_a[n:, :n] = np.outer(b_s, c_vec)
        new_a[n:, n:] = a_s
        a_mat = new_a
        b_vec = np.concatenate((b_vec, b_s * d))
        c_vec = np.concatenate((b0 * c_vec, c_s))
        d = b0 * d
    return a_mat, b_vec, c_vec, d


def _powers(a_mat: F64, count: int) -> F64:
    """``A**0 .. A**(count - 1)`` stacked, shape (count, N, N)."""
    out = np.empty((count, *a_mat.shape))
    out[0] = np.eye(a_mat.shape[0])
    for k in range(1, count):
        out[k] = out[k - 1] @ a_mat
    return out


@lru_cache(maxsize=16)
def _block_matrices(sos: tuple[tuple[float, ...], ...]) -> tuple[F64, F64, F64]:
    """Input map ``[T^T | G^T]`` (L, L + N), state-to-output map ``O^T`` (N, L) and ``A``."""
    a_mat, b_vec, c_vec, d = _state_space(sos)
    n = a_mat.shape[0]
    pw = _powers(a_mat, _BLOCK + 1)
    h = np.empty(_BLOCK)
    h[0] = d
    h[1:] = pw[: _BLOCK - 1] @ b_vec @ c_vec  # C A^(k-1) B
    i = np.arange(_BLOCK)
    lag = i[:, None] - i[None, :]
    toeplitz = np.where(lag >= 0, h[np.clip(lag, 0, None)], 0.0)  # T[i, j] = h[i - j]
    gain = (pw[_BLOCK - 1 - i] @ b_vec).T  # G[:, j] = A^(L-1-j) B
    inp = np.empty((_BLOCK, _BLOCK + n))
    inp[:, :_BLOCK] = toeplitz.T
    inp[:, _BLOCK:] = gain.T
    obs = np.einsum("j,ijk->ik", c_vec, pw[:_BLOCK])  # O[i] = C A^i
    for arr in (inp, obs, a_mat):
        arr.flags.writeable = False
    return inp, np.ascontiguousarray(obs.T), a_mat


def _mm(a: F64, b: F64) -> F64:
    """``a @ b`` through single-threaded BLAS calls (the callers run channels in parallel)."""
    out = np.empty((a.shape[0], b.shape[1]))
    _matmul_rows(a, b, out)
    return out


def _recurrence(m_mat: F64, u: F64, s0: F64) -> F64:
    """States with ``S[:, 0] = s0`` and ``S[:, k+1] = M S[:, k] + U[:, k]`` (rows are batches)."""
    batch, steps, n = u.shape
    if steps <= _DIRECT:
        out = np.empty_like(u)
        s = s0
        m_t = m_mat.T
        for k in range(steps):
            out[:, k] = s
            s = s @ m_t + u[:, k]
        return out
    k2 = _BLOCK2
    n_sup = -(-steps // k2)
    padded = np.zeros((batch, n_sup * k2, n))
    padded[:, :steps] = u
    m_k2, spread, w2 = _recurrence_matrices(m_mat.tobytes(), n)
    # local[i] = sum_{j < i} M^(i-1-j) U[j] for i = 0..k2 (i = k2: the block's end state)
    local = _mm(padded.reshape(batch * n_sup, k2 * n), w2).reshape(batch, n_sup, k2 + 1, n)
    starts = _recurrence(m_k2, np.ascontiguousarray(local[:, :, k2]), s0)
    # S[K k2 + i] = M^i S_K + local[K, i]
    full = _mm(starts.reshape(-1, n), spread).reshape(batch, n_sup, k2, n)
    full += local[:, :, :k2]
    return full.reshape(batch, n_sup * k2, n)[:, :steps]


@lru_cache(maxsize=64)
def _recurrence_matrices(m_bytes: bytes, n: int) -> tuple[F64, F64, F64]:
    """For ``M``: ``M^k2``; the map from a start state (row) to the ``k2`` states of its
    block, ``(n, k2 n)``; and the map from a block's inputs to its local sums,
    ``(k2 n, (k2 + 1) n)``."""
    m_mat = np.frombuffer(m_bytes).reshape(n, n)
    k2 = _BLOCK2
    pw = _powers(m_mat, k2 + 1)
    w = np.zeros((k2 + 1, n, k2, n))
    for i in range(1, k2 + 1):
        for j in range(i):
            w[i, :, j, :] = pw[i - 1 - j]
    w2 = np.ascontiguousarray(w.reshape((k2 + 1) * n, k2 * n).T)
    spread = np.ascontiguousarray(pw[:k2].transpose(2, 0, 1).reshape(n, k2 * n))
    m_k2 = np.ascontiguousarray(pw[k2])
    return m_k2, spread, w2


def sos_filter(sos: npt.ArrayLike, x: npt.ArrayLike) -> F64:
    """Filter every row of ``x`` through the cascade of second-order sections ``sos``.

    Equivalent to ``scipy.signal.sosfilt(sos, x, axis=-1)`` from rest (to rounding).

    Parameters
    ----------
    sos : array_like [shape=(n_sections, 6)]
        Rows ``(b0, b1, b2, a0, a1, a2)`` of stable sections (``a0 != 0``).
    x : array_like [shape=(n,) or (channels, n)]

    Returns
    -------
    np.ndarray [shape=x.shape, dtype=float64]
    """
    arr = np.asarray(x, dtype=np.float64)
    sections = _check_sos(sos)
    rows = arr.reshape(-1, arr.shape[-1]) if arr.ndim else arr.reshape(1, 1)
    out = np.empty(rows.shape)

    def store(ch: int, start: int, y: F64) -> None:
        out[ch, start : start + y.size] = y

    _run_channels(sections, rows, _CHUNK, store)
    return out.reshape(arr.shape)


def sos_filter_energy(sos: npt.ArrayLike, x: npt.ArrayLike, step: int) -> F64:
    """Sums of squares of the filtered rows over consecutive runs of ``step`` samples.

    Same as ``(sos_filter(sos, x)[..., : m * step] ** 2).reshape(rows, m, step).sum(-1)``
    with ``m = n // step``, without storing the filtered signal.

    Parameters
    ----------
    sos : array_like [shape=(n_sections, 6)]
    x : array_like [shape=(channels, n)]
    step : int > 0

    Returns
    -------
    np.ndarray [shape=(channels, n // step), dtype=float64]
    """
    rows = np.asarray(x, dtype=np.float64)
    if rows.ndim != 2:
        raise ValueError(f"x must be 2-D (channels, n), got shape {rows.shape}")
    if step < 1:
        raise ValueError(f"step must be >= 1, got {step}")
    sections = _check_sos(sos)
    n_steps = rows.shape[1] // step
    out = np.zeros((rows.shape[0], n_steps))
    unit = math.lcm(step, _BLOCK)
    chunk = unit * max(1, _CHUNK // unit)

    def accumulate(ch: int, start: int, y: F64) -> None:
        first = start // step  # chunks start on step boundaries
        whole = min(y.size // step, n_steps - first)
        if whole > 0:
            seg = y[: whole * step].reshape(whole, step)
            out[ch, first : first + whole] = np.einsum("ij,ij->i", seg, seg)

    _run_channels(sections, rows, chunk, accumulate)
    return out


def _check_sos(sos: npt.ArrayLike) -> F64:
    sections = np.asarray(sos, dtype=np.float64)
    if sections.ndim != 2 or sections.shape[1] != 6 or sections.shape[0] == 0:
        raise ValueError(f"sos must have shape (n_sections, 6), got {sections.shape}")
    if np.any(sections[:, 3] == 0):
        raise ValueError("sos sections need a0 != 0")
    return sections


def _run_channels(
    sections: F64, rows: F64, chunk: int, sink: Callable[[int, int, F64], None]
) -> None:
    """Filter every row (channels in parallel), handing each output chunk to ``sink``."""
    key = tuple(tuple(float(v) for v in row) for row in sections)
    inp, obs_t, a_mat = _block_matrices(key)
    m_mat = np.linalg.matrix_power(a_mat, _BLOCK)

    def run(first: int, last: int) -> None:
        for ch in range(first, last):
            _filter_row(rows[ch], inp, obs_t, m_mat, chunk, functools.partial(sink, ch))

    _parallel(rows.shape[0], 1, rows.size, run)


def _filter_row(
    x: F64,
    inp: F64,
    obs_t: F64,
    m_mat: F64,
    chunk: int,
    sink: Callable[[int, F64], None],
) -> None:
    """Filter one channel chunk by chunk (``chunk`` a multiple of the block length),
    carrying the state across chunks."""
    n = x.size
    n_state = m_mat.shape[0]
    state = np.zeros((1, n_state))
    buf = np.zeros(chunk)
    prod = np.empty((chunk // _BLOCK, inp.shape[1]))
    y = np.empty((chunk // _BLOCK, _BLOCK))
    for start in range(0, n, chunk):
        m = min(chunk, n - start)
        n_blocks = -(-m // _BLOCK)
        xb = buf[: n_blocks * _BLOCK]
        xb[:m] = x[start : start + m]
        xb[m:] = 0.0
        p = prod[:n_blocks]
        _matmul_rows(xb.reshape(n_blocks, _BLOCK), inp, p)  # zero-state outputs, state inputs
        u = p[:, _BLOCK:].reshape(1, n_blocks, n_state)
        states = _recurrence(m_mat, u, state)
        state = states[:, -1] @ m_mat.T + u[:, -1]
        yb = y[:n_blocks]
        _matmul_rows(states[0], obs_t, yb)
        yb += p[:, :_BLOCK]
        sink(start, yb.reshape(-1)[:m])
