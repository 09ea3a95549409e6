"""A thread-safe pool of reusable numpy buffers.

Readers that work block by block (``AudioFile.blocks``, the libsndfile backend's
scratch buffers) take their buffers from a :class:`BufferPool` so that a long
loop allocates once instead of once per block.

Example
-------
>>> from coremusic.audio.buffer_pool import BufferPool
>>> pool = BufferPool(max_buffers_per_size=4)
>>> a = pool.acquire((1024, 2), 'float32')
>>> pool.release(a)
>>> b = pool.acquire((1024, 2), 'float32')
>>> b is a, pool.stats.hits
(True, 1)
"""

from __future__ import annotations

import threading
import weakref
from collections import defaultdict
from dataclasses import dataclass
from functools import partial
from typing import Any

import numpy as np

__all__ = ["BufferPool", "BufferPoolStats"]

_Key = tuple[tuple[int, ...], str]


@dataclass(frozen=True)
class BufferPoolStats:
    """Counters of a :class:`BufferPool`.

    Attributes
    ----------
    hits : int
        Acquisitions served by a pooled buffer.
    misses : int
        Acquisitions that allocated a new buffer.
    released : int
        Buffers handed back.
    dropped : int
        Released buffers discarded because their size class was full.
    pooled : int
        Buffers currently held by the pool.

    Example
    -------
    >>> BufferPoolStats(hits=3, misses=1, released=4, dropped=0, pooled=1).hit_rate
    0.75
    """

    hits: int
    misses: int
    released: int
    dropped: int
    pooled: int

    @property
    def hit_rate(self) -> float:
        """``hits / (hits + misses)``, 0.0 before the first acquisition."""
        total = self.hits + self.misses
        return self.hits / total if total else 0.0


class BufferPool:
    """Reusable numpy arrays, pooled per (shape, dtype).

    Parameters
    ----------
    max_buffers_per_size : int
        How many free buffers of one shape and dtype the pool keeps (>= 1);
        buffers released beyond that are left to the garbage collector.

    Notes
    -----
    All methods are thread-safe. A buffer must not be used after it is
    released; the pool checks that it only takes back buffers it handed out
    and that no buffer is released twice.

    Example
    -------
    >>> pool = BufferPool()
    >>> with pool.borrow(256, 'int16') as buf:
    ...     buf.shape
    (256,)
    >>> pool.stats.misses
    1
    """

    def __init__(self, max_buffers_per_size: int = 16) -> None:
        if isinstance(max_buffers_per_size, bool) or not isinstance(max_buffers_per_size, int):
            raise TypeError(f"max_buffers_per_size must be an int, not {type(max_buffers_per_size).__name__}")
        if max_buffers_per_size < 1:
            raise ValueError(f"max_buffers_per_size must be >= 1, got {max_buffers_per_size}")
        self.max_buffers_per_size = max_buffers_per_size
        self._lock = threading.RLock()  # re-entrant: a weakref callback may run inside a locked section
        self._free: dict[_Key, list[np.ndarray[Any, Any]]] = defaultdict(list)
        # buffers handed out: id -> (size class, weak reference); forgotten buffers drop out
        self._out: dict[int, tuple[_Key, weakref.ref[np.ndarray[Any, Any]]]] = {}
        self._hits = 0
        self._misses = 0
        self._released = 0
        self._dropped = 0

    @staticmethod
    def _key(shape: int | tuple[int, ...], dtype: Any) -> _Key:
        if isinstance(shape, (int, np.integer)) and not isinstance(shape, bool):
            dims: tuple[int, ...] = (int(shape),)
        elif isinstance(shape, tuple) and all(isinstance(d, (int, np.integer)) and not isinstance(d, bool)
                                              for d in shape):
            dims = tuple(int(d) for d in shape)
        else:
            raise TypeError(f"size must be an int or a tuple of ints, not {shape!r}")
        if any(d < 0 for d in dims):
            raise ValueError(f"buffer dimensions must be >= 0, got {dims}")
        return dims, np.dtype(dtype).str

    def acquire(self, size: int | tuple[int, ...], dtype: Any = np.float32) -> np.ndarray[Any, Any]:
        """A C-contiguous array of shape ``size`` (an int or a shape tuple) and ``dtype``.

        Its contents are undefined (like ``np.empty``).

        Example
        -------
        >>> BufferPool().acquire(8).dtype
        dtype('float32')
        """
        key = self._key(size, dtype)
        with self._lock:
            free = self._free.get(key)
            if free:
                buf = free.pop()
                self._hits += 1
            else:
                buf = np.empty(key[0], np.dtype(key[1]))
                self._misses += 1
            ident = id(buf)
            self._out[ident] = (key, weakref.ref(buf, partial(self._forget, ident)))
        return buf

    def _forget(self, ident: int, ref: weakref.ref[np.ndarray[Any, Any]]) -> None:
        with self._lock:
            entry = self._out.get(ident)
            if entry is not None and entry[1] is ref:
                del self._out[ident]

    def release(self, buf: np.ndarray[Any, Any]) -> None:
        """Hand a buffer from :meth:`acquire` back to the pool.

        Raises
        ------
        ValueError
            ``buf`` did not come from this pool's ``acquire`` or was already released.

        Example
        -------
        >>> pool = BufferPool()
        >>> pool.release(pool.acquire(4))
        >>> pool.stats.pooled
        1
        """
        with self._lock:
            entry = self._out.get(id(buf))
            if entry is None or entry[1]() is not buf:
                raise ValueError("this buffer was not acquired from this pool, or was already released")
            del self._out[id(buf)]
            key = entry[0]
            self._released += 1
            free = self._free[key]
            if len(free) < self.max_buffers_per_size:
                free.append(buf)
            else:
                self._dropped += 1

    def borrow(self, size: int | tuple[int, ...], dtype: Any = np.float32) -> _Borrowed:
        """Context manager: acquire on entry, release on exit.

        Example
        -------
        >>> pool = BufferPool()
        >>> with pool.borrow((2, 2)) as b:
        ...     b.shape
        (2, 2)
        """
        return _Borrowed(self, self.acquire(size, dtype))

    def clear(self) -> None:
        """Drop every pooled buffer (counters are kept).

        Example
        -------
        >>> pool = BufferPool(); pool.release(pool.acquire(4)); pool.clear(); pool.stats.pooled
        0
        """
        with self._lock:
            self._free.clear()

    @property
    def stats(self) -> BufferPoolStats:
        """A snapshot of the counters."""
        with self._lock:
            pooled = sum(len(v) for v in self._free.values())
            return BufferPoolStats(self._hits, self._misses, self._released, self._dropped, pooled)

    def __repr__(self) -> str:
        s = self.stats
        return (f"BufferPool(max_buffers_per_size={self.max_buffers_per_size}, pooled={s.pooled}, "
                f"hits={s.hits}, misses={s.misses}, hit_rate={s.hit_rate:.2f})")


class _Borrowed:
    def __init__(self, pool: BufferPool, buf: np.ndarray[Any, Any]) -> None:
        self._pool = pool
        self._buf = buf

    def __enter__(self) -> np.ndarray[Any, Any]:
        return self._buf

    def __exit__(self, *exc: object) -> None:
        self._pool.release(self._buf)


#: The pool the file readers share for their block buffers.
default_pool = BufferPool()
