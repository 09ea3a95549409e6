"""BufferPool: reuse, stats, limits, misuse and thread safety."""

from __future__ import annotations

import gc
import threading

import numpy as np
import pytest

from coremusic.audio.buffer_pool import BufferPool


def test_reuse_and_stats() -> None:
    pool = BufferPool(max_buffers_per_size=2)
    assert pool.stats.hit_rate == 0.0
    a = pool.acquire(1024)
    assert a.shape == (1024,) and a.dtype == np.float32 and a.flags.c_contiguous
    pool.release(a)
    b = pool.acquire(1024)
    assert b is a
    c = pool.acquire((1024,), "float32")  # same size class, but a is out: new buffer
    assert c is not a
    d = pool.acquire((1024, 2), np.int16)
    assert d.shape == (1024, 2) and d.dtype == np.int16
    s = pool.stats
    assert (s.hits, s.misses, s.hit_rate) == (1, 3, 0.25)
    for buf in (b, c, d):
        pool.release(buf)
    assert pool.stats.pooled == 3 and pool.stats.released == 4
    assert "hit_rate=0.25" in repr(pool)


def test_limit_per_size_drops_extra_buffers() -> None:
    pool = BufferPool(max_buffers_per_size=1)
    bufs = [pool.acquire(8) for _ in range(3)]
    for buf in bufs:
        pool.release(buf)
    s = pool.stats
    assert (s.pooled, s.dropped, s.released) == (1, 2, 3)
    pool.clear()
    assert pool.stats.pooled == 0


def test_misuse_is_rejected() -> None:
    pool = BufferPool()
    with pytest.raises(ValueError, match="not acquired from this pool"):
        pool.release(np.empty(4, np.float32))
    buf = pool.acquire(4)
    pool.release(buf)
    with pytest.raises(ValueError, match="already released"):
        pool.release(buf)
    with pytest.raises(TypeError):
        pool.acquire("big")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=">= 0"):
        pool.acquire((-1, 2))
    with pytest.raises(TypeError):
        pool.acquire(4, "not-a-dtype")
    with pytest.raises(ValueError, match=">= 1"):
        BufferPool(0)
    with pytest.raises(TypeError):
        BufferPool(2.5)  # type: ignore[arg-type]


def test_forgotten_buffers_do_not_leak_or_alias() -> None:
    pool = BufferPool()
    buf = pool.acquire(16)
    ident = id(buf)
    del buf
    gc.collect()
    assert ident not in pool._out  # the weak reference dropped the record
    stranger = np.empty(16, np.float32)
    with pytest.raises(ValueError):
        pool.release(stranger)  # even if it reuses the forgotten buffer's id


def test_borrow_context_manager() -> None:
    pool = BufferPool()
    with pool.borrow((3, 3), np.float64) as buf:
        assert buf.shape == (3, 3) and buf.dtype == np.float64
    assert pool.stats.pooled == 1


def test_thread_safety() -> None:
    pool = BufferPool(max_buffers_per_size=4)
    errors: list[BaseException] = []
    rounds = 2000

    def work(seed: int) -> None:
        try:
            for i in range(rounds):
                buf = pool.acquire((64 + (i + seed) % 3,), np.float32)
                buf[:] = seed  # a buffer is never handed to two threads at once
                if not np.all(buf == seed):
                    raise AssertionError("buffer shared between threads")
                pool.release(buf)
        except BaseException as exc:  # reported on the main thread below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    s = pool.stats
    assert s.hits + s.misses == 8 * rounds == s.released
    assert s.pooled <= 3 * 4 and s.hit_rate > 0.5
