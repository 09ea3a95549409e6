"""Lock-free single-producer single-consumer ring buffers.

:class:`RingBuffer` holds audio frames (float32, ``(capacity, channels)``);
:class:`EventRing` holds variable-length byte messages with a frame stamp (MIDI).
Both sit between Python threads and an audio thread: their storage is
allocated once, a write or read copies with at most two slices (wrap-around),
and the only shared state is two monotonically increasing counters, each
written by one side only.  Under CPython an attribute store is atomic and the
GIL orders memory, so no lock is taken on the hot path.

Exactly one thread may write and exactly one thread may read at a time; that
is the contract that makes the lock-free scheme correct.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from coremusic._ffi import ffi

__all__ = ["EventRing", "PlanarRingBuffer", "RingBuffer", "next_power_of_two"]

_F32 = np.dtype(np.float32)
_memmove = ffi.memmove


def next_power_of_two(n: int) -> int:
    """The smallest power of two ``>= n`` (``n >= 1``).

    Example
    -------
    >>> next_power_of_two(1000)
    1024
    """
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        raise ValueError(f"next_power_of_two needs a positive int, got {n!r}")
    return 1 << (n - 1).bit_length()


def _check_capacity(capacity: int, what: str) -> int:
    if not isinstance(capacity, int) or isinstance(capacity, bool):
        raise TypeError(f"{what} capacity must be an int, got {type(capacity).__name__}")
    if capacity < 1 or capacity & (capacity - 1):
        raise ValueError(
            f"{what} capacity must be a positive power of two, got {capacity} "
            f"(next_power_of_two({max(capacity, 1)}) = {next_power_of_two(max(capacity, 1))})")
    return capacity


class RingBuffer:
    """A single-producer single-consumer ring of float32 audio frames.

    Parameters
    ----------
    capacity : int
        Frames the ring holds; a power of two.
    channels : int, default 1
        Samples per frame.

    Notes
    -----
    ``write`` and ``read`` never allocate arrays: they copy with at most two
    slice assignments into the preallocated storage (or into the caller's
    ``out`` array).  One thread writes, one thread reads.

    Example
    -------
    >>> import numpy as np
    >>> rb = RingBuffer(8, channels=2)
    >>> rb.write(np.ones((5, 2), np.float32))
    5
    >>> out = np.empty((8, 2), np.float32)
    >>> rb.read(out)
    5
    >>> rb.read_available, rb.write_available
    (0, 8)
    """

    __slots__ = ("_base", "_buf", "_capacity", "_channels", "_frame_bytes", "_frames", "_mask",
                 "_read", "_written")

    _PLANAR = False  # storage layout: (capacity, channels) or, planar, (channels, capacity)

    def __init__(self, capacity: int, channels: int = 1) -> None:
        self._capacity = _check_capacity(capacity, "RingBuffer")
        if not isinstance(channels, int) or isinstance(channels, bool) or channels < 1:
            raise ValueError(f"RingBuffer channels must be a positive int, got {channels!r}")
        self._channels = channels
        self._mask = capacity - 1
        shape = (channels, capacity) if self._PLANAR else (capacity, channels)
        self._buf: npt.NDArray[np.float32] = np.zeros(shape, np.float32)
        self._base = ffi.cast("char *", ffi.from_buffer(self._buf))
        # the storage as (capacity, channels) frames, whatever its layout
        self._frames: npt.NDArray[np.float32] = self._buf.T if self._PLANAR else self._buf
        self._frame_bytes = 4 * channels
        self._written = 0  # frames ever written; only the producer stores it
        self._read = 0  # frames ever read; only the consumer stores it

    # ------------------------------------------------------------ properties
    @property
    def capacity(self) -> int:
        """Frames the ring can hold."""
        return self._capacity

    @property
    def channels(self) -> int:
        """Samples per frame."""
        return self._channels

    @property
    def read_available(self) -> int:
        """Frames that can be read now."""
        return self._written - self._read

    @property
    def write_available(self) -> int:
        """Frames that can be written now."""
        return self._capacity - (self._written - self._read)

    @property
    def frames_written(self) -> int:
        """Frames written since creation (a monotonic counter)."""
        return self._written

    @property
    def frames_read(self) -> int:
        """Frames read since creation (a monotonic counter)."""
        return self._read

    def _as_frames(self, data: Any, what: str) -> npt.NDArray[Any]:
        if not isinstance(data, np.ndarray):
            raise TypeError(f"{type(self).__name__}.{what} needs a numpy array, got {type(data).__name__}")
        if data.ndim == 1 and self._channels == 1:
            return data.reshape(-1, 1)
        if data.ndim != 2 or data.shape[1] != self._channels:
            raise ValueError(
                f"{type(self).__name__}.{what}: expected shape (frames, {self._channels}), got {data.shape}")
        return data

    # ------------------------------------------------------------ producer side
    def write(self, data: npt.NDArray[Any]) -> int:
        """Copy as many frames of ``data`` as fit; return how many were written.

        Parameters
        ----------
        data : np.ndarray [shape=(frames, channels) or (frames,) when mono]
            Samples; any real dtype (converted to float32 while copying).

        Returns
        -------
        int
            Frames written (``min(len(data), write_available)``).

        Example
        -------
        >>> import numpy as np
        >>> RingBuffer(4).write(np.arange(6, dtype=np.float32))
        4
        """
        try:
            shape = data.shape
            fast = data.dtype is _F32 and (
                shape[1] == self._channels if len(shape) == 2
                else len(shape) == 1 and self._channels == 1)
        except (AttributeError, IndexError):
            fast = False
        if not fast:
            return self._write_numpy(data)
        written = self._written
        free = self._capacity - written + self._read
        n: int = shape[0] if shape[0] < free else free
        if n <= 0:
            return 0
        start = written & self._mask
        first = self._capacity - start
        fb = self._frame_bytes
        try:
            # float32 frames: plain byte copies into the storage
            if n <= first:
                ffi.memmove(self._base + start * fb, data, n * fb)
            else:
                ffi.memmove(self._base + start * fb, data, first * fb)
                ffi.memmove(self._base, data[first:n], (n - first) * fb)
        except ValueError:  # not C-contiguous: nothing was copied
            return self._write_numpy(data)
        self._written = written + n
        return n

    def _write_numpy(self, data: Any) -> int:
        data = self._as_frames(data, "write")
        written = self._written
        count: int = data.shape[0]
        n = min(count, self._capacity - (written - self._read))
        if n <= 0:
            return 0
        start = written & self._mask
        first = min(n, self._capacity - start)
        buf = self._frames
        buf[start:start + first] = data[:first]
        if n > first:
            buf[:n - first] = data[first:n]
        self._written = written + n
        return n

    # ------------------------------------------------------------ consumer side
    def read(self, out: npt.NDArray[np.float32], frames: int | None = None) -> int:
        """Copy up to ``frames`` (default ``len(out)``) frames into ``out``.

        Parameters
        ----------
        out : np.ndarray [shape=(n, channels) or (n,) when mono]
            Destination, written from its first row; rows past the returned
            count are left untouched.
        frames : int, optional
            At most this many frames (``<= len(out)``).

        Returns
        -------
        int
            Frames read (``min(frames, read_available)``).

        Example
        -------
        >>> import numpy as np
        >>> rb = RingBuffer(4)
        >>> _ = rb.write(np.array([1, 2], np.float32))
        >>> out = np.zeros(4, np.float32)
        >>> rb.read(out), out.tolist()
        (2, [1.0, 2.0, 0.0, 0.0])
        """
        try:
            shape = out.shape
            fast = out.dtype is _F32 and (
                shape[1] == self._channels if len(shape) == 2
                else len(shape) == 1 and self._channels == 1)
        except (AttributeError, IndexError):
            fast = False
        if not fast:
            return self._read_numpy(out, frames)
        rows: int = shape[0]
        limit = rows if frames is None else frames
        if limit > rows or limit < 0:
            raise ValueError(f"RingBuffer.read: frames={limit} does not fit out of {rows} rows")
        read = self._read
        available = self._written - read
        n = limit if limit < available else available
        if n <= 0:
            return 0
        start = read & self._mask
        first = self._capacity - start
        fb = self._frame_bytes
        try:
            if n <= first:
                ffi.memmove(out, self._base + start * fb, n * fb)
            else:
                ffi.memmove(out, self._base + start * fb, first * fb)
                ffi.memmove(out[first:n], self._base, (n - first) * fb)
        except ValueError:  # not C-contiguous (a transposed view): copy with numpy
            return self._read_numpy(out, frames)
        self._read = read + n
        return n

    def _read_numpy(self, out: Any, frames: int | None) -> int:
        out = self._as_frames(out, "read")
        rows: int = out.shape[0]
        limit = rows if frames is None else frames
        if limit > rows or limit < 0:
            raise ValueError(f"{type(self).__name__}.read: frames={limit} does not fit out of "
                             f"{rows} rows")
        read = self._read
        n = min(limit, self._written - read)
        if n <= 0:
            return 0
        start = read & self._mask
        first = min(n, self._capacity - start)
        buf = self._frames
        out[:first] = buf[start:start + first]
        if n > first:
            out[first:n] = buf[:n - first]
        self._read = read + n
        return n

    def read_array(self, frames: int | None = None) -> npt.NDArray[np.float32]:
        """Read up to ``frames`` (default: all available) into a new array.

        Allocates: meant for Python threads, not the audio thread.

        Example
        -------
        >>> import numpy as np
        >>> rb = RingBuffer(4, 2)
        >>> _ = rb.write(np.ones((3, 2), np.float32))
        >>> rb.read_array().shape
        (3, 2)
        """
        available = self.read_available
        n = available if frames is None else min(frames, available)
        out = np.empty((n, self._channels), np.float32)
        got = self.read(out)
        return out[:got]

    def skip(self, frames: int) -> int:
        """Drop up to ``frames`` readable frames (consumer side); return how many."""
        n = min(max(frames, 0), self._written - self._read)
        self._read += n
        return n

    def __len__(self) -> int:
        return self.read_available

    def __repr__(self) -> str:
        return (f"{type(self).__name__}(capacity={self._capacity}, channels={self._channels}, "
                f"read_available={self.read_available})")


class PlanarRingBuffer(RingBuffer):
    """A :class:`RingBuffer` that stores each channel contiguously, for audio threads.

    The Python side is the same as :class:`RingBuffer`'s: ``write`` takes and
    ``read`` fills ``(frames, channels)`` arrays (interleaving and
    de-interleaving on the calling thread).  The audio-thread side,
    :meth:`write_from` and :meth:`read_into`, copies between the ring and
    one C buffer per channel (JACK port buffers, non-interleaved CoreAudio
    buffers) with one ``memmove`` per channel: no numpy call, no view, no
    allocation on the audio thread.  The stream engine uses this ring.

    Example
    -------
    >>> import numpy as np
    >>> from coremusic._ffi import ffi
    >>> rb = PlanarRingBuffer(8, channels=2)
    >>> rb.write(np.array([[1, -1], [2, -2], [3, -3]], np.float32))
    3
    >>> left = np.zeros(3, np.float32); right = np.zeros(3, np.float32)
    >>> rb.read_into([ffi.from_buffer(left), ffi.from_buffer(right)], 3)
    3
    >>> left.tolist(), right.tolist()
    ([1.0, 2.0, 3.0], [-1.0, -2.0, -3.0])
    """

    __slots__ = ("_chan",)

    _PLANAR = True  # one contiguous row per channel

    def __init__(self, capacity: int, channels: int = 1) -> None:
        super().__init__(capacity, channels)
        row = capacity * 4
        self._chan = [self._base + c * row for c in range(channels)]

    # ------------------------------------------------------------ Python side
    def write(self, data: npt.NDArray[Any]) -> int:
        """Copy as many ``(frames, channels)`` frames of ``data`` as fit; return how many.

        Example
        -------
        >>> import numpy as np
        >>> PlanarRingBuffer(4, 2).write(np.ones((6, 2)))
        4
        """
        # the strided (capacity, channels) view of the planar storage: numpy
        # (de)interleaves while copying, on the calling thread
        return self._write_numpy(data)

    def read(self, out: npt.NDArray[np.float32], frames: int | None = None) -> int:
        """Copy up to ``frames`` (default ``len(out)``) frames into ``out`` (frames, channels).

        Example
        -------
        >>> import numpy as np
        >>> rb = PlanarRingBuffer(4, 2)
        >>> _ = rb.write(np.ones((2, 2), np.float32))
        >>> rb.read(np.zeros((4, 2), np.float32))
        2
        """
        return self._read_numpy(out, frames)

    # ------------------------------------------------------------ audio thread
    def write_from(self, pointers: list[Any], frames: int) -> int:
        """Copy up to ``frames`` frames from one C float buffer per channel; return how many.

        ``pointers[c]`` is channel ``c``'s buffer (a cffi pointer holding at
        least ``frames`` floats).  Producer side; allocates nothing.
        """
        written = self._written
        free = self._capacity - written + self._read
        n = frames if frames < free else free
        if n <= 0:
            return 0
        start = written & self._mask
        first = self._capacity - start
        offset = start * 4
        if n <= first:
            nbytes = n * 4
            for c, base in enumerate(self._chan):
                _memmove(base + offset, pointers[c], nbytes)
        else:
            head = first * 4
            tail = (n - first) * 4
            for c, base in enumerate(self._chan):
                source = ffi.cast("char *", pointers[c])
                _memmove(base + offset, source, head)
                _memmove(base, source + head, tail)
        self._written = written + n
        return n

    def read_into(self, pointers: list[Any], frames: int) -> int:
        """Copy up to ``frames`` frames into one C float buffer per channel; return how many.

        Buffers get the frames from their start; what lies past the returned
        count is left untouched.  Consumer side; allocates nothing.
        """
        read = self._read
        available = self._written - read
        n = frames if frames < available else available
        if n <= 0:
            return 0
        start = read & self._mask
        first = self._capacity - start
        offset = start * 4
        if n <= first:
            nbytes = n * 4
            for c, base in enumerate(self._chan):
                _memmove(pointers[c], base + offset, nbytes)
        else:
            head = first * 4
            tail = (n - first) * 4
            for c, base in enumerate(self._chan):
                dest = ffi.cast("char *", pointers[c])
                _memmove(dest, base + offset, head)
                _memmove(dest + head, base, tail)
        self._read = read + n
        return n


class EventRing:
    """A single-producer single-consumer ring of byte messages stamped with a frame.

    Bytes go into a preallocated byte ring, the frame stamps and sizes into
    preallocated integer arrays: pushing from an audio thread copies with
    ``ffi.memmove`` and allocates no Python buffers.

    Parameters
    ----------
    byte_capacity : int
        Bytes of message data the ring holds; a power of two.
    event_capacity : int
        Messages the ring holds; a power of two.

    Example
    -------
    >>> ring = EventRing(64, 8)
    >>> ring.push(b"\\x90\\x3c\\x64", 100)
    True
    >>> ring.pop()
    (b'\\x90<d', 100)
    """

    __slots__ = ("_aux", "_base", "_byte_mask", "_bytes", "_bytes_read", "_bytes_written",
                 "_event_capacity", "_event_mask", "_events_read", "_events_written",
                 "_frames", "_sizes")

    def __init__(self, byte_capacity: int = 65536, event_capacity: int = 4096) -> None:
        _check_capacity(byte_capacity, "EventRing byte")
        self._event_capacity = _check_capacity(event_capacity, "EventRing event")
        self._bytes: npt.NDArray[np.uint8] = np.zeros(byte_capacity, np.uint8)
        self._base = ffi.cast("unsigned char *", ffi.from_buffer(self._bytes))
        self._byte_mask = byte_capacity - 1
        self._event_mask = event_capacity - 1
        self._frames: npt.NDArray[np.int64] = np.zeros(event_capacity, np.int64)
        self._sizes: npt.NDArray[np.int64] = np.zeros(event_capacity, np.int64)
        self._aux: npt.NDArray[np.int64] = np.zeros(event_capacity, np.int64)
        self._bytes_written = 0
        self._bytes_read = 0
        self._events_written = 0
        self._events_read = 0

    @property
    def byte_capacity(self) -> int:
        """Bytes of message data the ring holds."""
        return self._byte_mask + 1

    @property
    def event_capacity(self) -> int:
        """Messages the ring holds."""
        return self._event_capacity

    @property
    def events_available(self) -> int:
        """Messages that can be popped now."""
        return self._events_written - self._events_read

    @property
    def events_pushed(self) -> int:
        """Messages pushed since creation (a monotonic counter: the producer's position)."""
        return self._events_written

    @property
    def events_popped(self) -> int:
        """Messages popped or dropped since creation (the consumer's position)."""
        return self._events_read

    def frame_at(self, position: int) -> int:
        """The frame stamp of the message pushed as number ``position`` (counting from 0).

        Only meaningful while that message is still in the ring
        (``events_popped <= position < events_pushed``); the producer may
        read it safely, since only the producer writes the slot.
        """
        return int(self._frames[position & self._event_mask])

    def __len__(self) -> int:
        return self.events_available

    def push(self, data: Any, frame: int, size: int | None = None, aux: int = 0) -> bool:
        """Append one message; return False (and store nothing) when it does not fit.

        Parameters
        ----------
        data : bytes or cffi ``unsigned char *``
            The message; with a C pointer, ``size`` is required.
        frame : int
            Its frame stamp.
        size : int, optional
            Byte count (default ``len(data)``).
        aux : int
            A second integer stamp kept with the message (e.g. microseconds).
        """
        n = len(data) if size is None else size
        ew = self._events_written
        bw = self._bytes_written
        cap = self._byte_mask + 1
        if ew - self._events_read >= self._event_capacity or n > cap - (bw - self._bytes_read):
            return False
        start = bw & self._byte_mask
        first = min(n, cap - start)
        ffi.memmove(self._base + start, data, first)
        if n > first:
            if isinstance(data, bytes | bytearray | memoryview):
                ffi.memmove(self._base, data[first:], n - first)
            else:
                ffi.memmove(self._base, data + first, n - first)
        slot = ew & self._event_mask
        self._frames[slot] = frame
        self._sizes[slot] = n
        self._aux[slot] = aux
        self._bytes_written = bw + n
        self._events_written = ew + 1
        return True

    def peek_frame(self) -> int | None:
        """The frame stamp of the oldest message, or None when empty."""
        if self._events_written == self._events_read:
            return None
        return int(self._frames[self._events_read & self._event_mask])

    def pop_into(self, dest: Any) -> int:
        """Copy the oldest message to the C buffer ``dest`` and drop it; return its size.

        Used by audio threads (no Python bytes are created).  The caller must
        have checked that a message is available and that ``dest`` is large
        enough (see :meth:`peek_size`).
        """
        er = self._events_read
        n = int(self._sizes[er & self._event_mask])
        br = self._bytes_read
        start = br & self._byte_mask
        first = min(n, self._byte_mask + 1 - start)
        ffi.memmove(dest, self._base + start, first)
        if n > first:
            ffi.memmove(dest + first, self._base, n - first)
        self._bytes_read = br + n
        self._events_read = er + 1
        return n

    def peek_size(self) -> int:
        """The byte size of the oldest message (0 when empty)."""
        if self._events_written == self._events_read:
            return 0
        return int(self._sizes[self._events_read & self._event_mask])

    def drop(self) -> None:
        """Drop the oldest message (consumer side)."""
        er = self._events_read
        if er == self._events_written:
            return
        self._bytes_read += int(self._sizes[er & self._event_mask])
        self._events_read = er + 1

    def pop(self) -> tuple[bytes, int] | None:
        """Remove and return the oldest ``(data, frame)``, or None when empty.

        Allocates a ``bytes`` object: meant for Python threads.
        """
        item = self.pop_event()
        return None if item is None else (item[0], item[1])

    def pop_event(self) -> tuple[bytes, int, int] | None:
        """Remove and return the oldest ``(data, frame, aux)``, or None when empty."""
        er = self._events_read
        if er == self._events_written:
            return None
        slot = er & self._event_mask
        n = int(self._sizes[slot])
        frame = int(self._frames[slot])
        aux = int(self._aux[slot])
        br = self._bytes_read
        start = br & self._byte_mask
        first = min(n, self._byte_mask + 1 - start)
        data = self._bytes[start:start + first].tobytes()
        if n > first:
            data += self._bytes[:n - first].tobytes()
        self._bytes_read = br + n
        self._events_read = er + 1
        return data, frame, aux

    def __repr__(self) -> str:
        return (f"EventRing(byte_capacity={self.byte_capacity}, event_capacity={self._event_capacity}, "
                f"events_available={self.events_available})")
