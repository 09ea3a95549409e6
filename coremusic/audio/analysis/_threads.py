"""Splitting large analysis jobs over a small thread pool, and BLAS calls that stay
single-threaded.

numpy's ufuncs, its matrix products and the FFTs release the GIL, so the blocks of a
long STFT (or of any blockwise job) run truly in parallel on a few threads.  OpenBLAS
would split a large product over its own threads as well, which then compete with
ours (and spin for a while after each call), so products inside those jobs are issued
in pieces below its threading threshold.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import numpy as np
import numpy.typing as npt

#: below this many samples of work a job runs on the calling thread only
_PARALLEL_WORK = 1 << 20

_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()
_local = threading.local()


def _n_workers() -> int:
    """Threads to split large jobs over: the CPUs this process may run on, at most 4."""
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        n = os.cpu_count() or 1
    return max(1, min(4, n))


def _parallel(n_items: int, block: int, work: int, fn: Callable[[int, int], None]) -> None:
    """Call ``fn(start, stop)`` over ``range(n_items)`` split into runs of whole blocks.

    Jobs of at least ``_PARALLEL_WORK`` samples are shared between the calling thread and
    a small pool (numpy and the FFTs release the GIL); calls made from a pool thread,
    and small jobs, run inline.
    """
    global _pool
    n_threads = _n_workers()
    n_blocks = -(-n_items // block)
    if n_threads == 1 or work < _PARALLEL_WORK or n_blocks < 2 or getattr(_local, "worker", False):
        fn(0, n_items)
        return
    n_threads = min(n_threads, n_blocks)
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(
                max_workers=_n_workers() - 1,
                thread_name_prefix="coremusic-analysis",
                initializer=_mark_worker,
            )
    bounds = [min(n_items, (n_blocks * k // n_threads) * block) for k in range(n_threads + 1)]
    futures: list[Future[None]] = [
        _pool.submit(fn, bounds[k], bounds[k + 1]) for k in range(1, n_threads)
    ]
    try:
        fn(bounds[0], bounds[1])
    finally:
        for f in futures:
            f.result()


def _mark_worker() -> None:
    _local.worker = True


def _forget_pool_after_fork() -> None:
    """A forked child has none of the parent's pool threads: start a fresh pool there."""
    global _pool, _pool_lock
    _pool = None
    _pool_lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_pool_after_fork)


#: OpenBLAS splits a product over threads above m*n*k = 2**18 and then serialises
#: concurrent callers on one lock; products are kept below that size because the
#: callers already run in parallel
_BLAS_SINGLE_MNK = 1 << 18


def _matmul_rows(a: npt.NDArray[Any], b: npt.NDArray[Any], out: npt.NDArray[Any]) -> None:
    """``out[:] = a @ b`` in runs of rows small enough for a single-threaded BLAS call."""
    step = max(1, _BLAS_SINGLE_MNK // max(1, a.shape[1] * b.shape[1]))
    for r in range(0, a.shape[0], step):
        np.matmul(a[r : r + step], b, out=out[r : r + step])
