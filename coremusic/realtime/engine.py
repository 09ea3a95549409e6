"""The backend-agnostic realtime callback engine.

A backend (JACK's process callback, a CoreAudio render callback ...) owns the C
trampoline.  On every cycle it stores the C buffer pointers of the cycle into
the engine's preallocated ``input_pointers`` / ``output_pointers`` lists and
calls :meth:`CallbackEngine.process` with the frame count and the frame time.
Without a user callback the engine copies between those C buffers and its
:class:`~coremusic.realtime.PlanarRingBuffer` rings with one ``ffi.memmove``
per channel (no numpy call on the audio thread).  With a callback it copies
between the C buffers and preallocated planar scratch arrays, and hands the
callback numpy views of those.  The scratch arrays and views are made once
per buffer-size change.

Exceptions never cross into C: the backend passes :meth:`CallbackEngine.onerror`
as the cffi ``onerror`` handler, which writes silence, counts the error and
keeps the exception for the Python side.
"""

from __future__ import annotations

import enum
import inspect
import threading
import time as _time
from collections.abc import Callable
from typing import Any

import numpy as np
import numpy.typing as npt

from coremusic._ffi import ffi
from coremusic.audio.buffer_pool import BufferPool
from coremusic.realtime.ringbuffer import PlanarRingBuffer
from coremusic.realtime.stats import CallbackTimer, StreamStats

__all__ = [
    "CallbackAbort",
    "CallbackEngine",
    "CallbackStop",
    "CallbackTime",
    "StreamStatus",
    "is_c_function",
]

_F32 = 4  # bytes per sample
_now = _time.perf_counter_ns
_MAX_KEPT_ERRORS = 16


class CallbackStop(Exception):
    """Raise in a stream callback to stop after the current block has played.

    Example
    -------
    >>> def callback(outdata, frames, time, status):
    ...     raise CallbackStop
    """


class CallbackAbort(Exception):
    """Raise in a stream callback to stop at once; the current block is silenced.

    Example
    -------
    >>> def callback(outdata, frames, time, status):
    ...     raise CallbackAbort
    """


class StreamStatus(enum.IntFlag):
    """Flags passed to a user callback as ``status``: what went wrong since the last call.

    Example
    -------
    >>> StreamStatus.OUTPUT_UNDERFLOW in StreamStatus(3)
    True
    """

    INPUT_OVERFLOW = 1
    OUTPUT_UNDERFLOW = 2
    BACKEND_XRUN = 4


_STATUS = tuple(StreamStatus(i) for i in range(8))


class CallbackTime:
    """The time of the current callback, handed to user callbacks as ``time``.

    One object per stream, updated in place every cycle.

    Attributes
    ----------
    frame : int
        The backend's frame clock at the first frame of this buffer (JACK's
        ``jack_last_frame_time``).

    Example
    -------
    >>> t = CallbackTime(lambda frame: frame / 48000)
    >>> t.frame = 96000
    >>> t.seconds
    2.0
    """

    __slots__ = ("_to_seconds", "frame")

    def __init__(self, to_seconds: Callable[[int], float]) -> None:
        self.frame = 0
        self._to_seconds = to_seconds

    @property
    def seconds(self) -> float:
        """``frame`` on the backend's clock in seconds (computed on access)."""
        return self._to_seconds(self.frame)

    def __repr__(self) -> str:
        return f"CallbackTime(frame={self.frame})"


def is_c_function(obj: object) -> bool:
    """Whether ``obj`` is a raw C function pointer (a cffi function cdata).

    A numba ``cfunc`` is passed as ``ffi.cast('JackProcessCallback', f.address)``.

    Example
    -------
    >>> is_c_function(print)
    False
    """
    if isinstance(obj, ffi.CData):
        return bool(ffi.typeof(obj).kind == "function")
    return False


def _accepts(fn: Callable[..., Any], n: int) -> bool | None:
    """Whether ``fn`` can be called with ``n`` positional arguments (None: unknown)."""
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return None
    required = total = 0
    for p in sig.parameters.values():
        if p.kind is p.VAR_POSITIONAL:
            return required <= n
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            total += 1
            if p.default is p.empty:
                required += 1
    return required <= n <= total



# Planar channel buffers come from one shared pool: a stream that is reconfigured
# (buffer-size change) or reopened reuses the arrays of the same size instead of
# allocating new ones.
_PLANAR_POOL = BufferPool(max_buffers_per_size=8)


def _planar(channels: int, frames: int) -> npt.NDArray[np.float32]:
    """Zeroed ``(channels, frames)`` float32 storage, from the pool when it has some."""
    if channels == 0:
        return np.zeros((0, frames), np.float32)
    buf = _PLANAR_POOL.acquire((channels, frames), np.float32)
    buf.fill(0.0)
    return buf


def _recycle(buf: npt.NDArray[np.float32]) -> None:
    """Hand a planar buffer from :func:`_planar` back to the pool (empty ones are dropped)."""
    if buf.size:
        _PLANAR_POOL.release(buf)

class CallbackEngine:
    """Copies between a backend's C buffers and rings or a user callback, and keeps score.

    Parameters
    ----------
    input_channels, output_channels : int
        Channels of each direction (0 for none).
    sample_rate : float
        The stream's rate (for the time budget in the statistics).
    callback : callable, optional
        Runs on the audio thread every cycle with numpy views (float32,
        ``(frames, channels)``) of preallocated buffers:

        - output only: ``fn(outdata, frames, time, status)``
        - input only: ``fn(indata, frames, time, status)``
        - duplex: ``fn(indata, outdata, frames, time, status)``, or the
          simple form ``fn(indata) -> array`` (one positional parameter),
          whose result is copied to the output.

        Without a callback, output is read from :attr:`output_ring` and input
        written to :attr:`input_ring`.
    ring_frames : int
        Ring capacity in frames (a power of two) when there is no callback.
    to_seconds : callable, optional
        Converts a frame time of the backend to seconds (``time.seconds``).
    timer_window : int
        Recent callback durations kept for the statistics.

    Example
    -------
    >>> import numpy as np
    >>> engine = CallbackEngine(output_channels=2, sample_rate=48000, ring_frames=1024)
    >>> engine.configure(64)
    >>> _ = engine.output_ring.write(np.ones((64, 2), np.float32))
    >>> left = np.zeros(64, np.float32); right = np.zeros(64, np.float32)
    >>> engine.output_pointers[:] = [ffi.from_buffer(left), ffi.from_buffer(right)]
    >>> engine.process(64, 0, CallbackTimer.now())
    >>> float(left.sum()), engine.stats().callbacks
    (64.0, 1)
    """

    def __init__(
        self,
        *,
        input_channels: int = 0,
        output_channels: int = 0,
        sample_rate: float,
        callback: Callable[..., Any] | None = None,
        ring_frames: int = 0,
        to_seconds: Callable[[int], float] | None = None,
        timer_window: int = 8192,
    ) -> None:
        if input_channels < 0 or output_channels < 0 or input_channels + output_channels == 0:
            raise ValueError(
                f"a stream needs input or output channels (got input={input_channels}, "
                f"output={output_channels})")
        if sample_rate <= 0:
            raise ValueError(f"sample_rate must be positive, got {sample_rate}")
        self.input_channels = input_channels
        self.output_channels = output_channels
        self.sample_rate = float(sample_rate)
        self.input_pointers: list[Any] = [ffi.NULL] * input_channels
        self.output_pointers: list[Any] = [ffi.NULL] * output_channels
        self.input_ring: PlanarRingBuffer | None = None
        self.output_ring: PlanarRingBuffer | None = None
        self.timer = CallbackTimer(timer_window)
        self.time = CallbackTime(to_seconds or (lambda frame: frame / self.sample_rate))
        self.finished = threading.Event()
        self.callback = callback
        self.frames = 0
        self.frames_processed = 0
        self.underruns = 0
        self.overruns = 0
        self.frames_dropped = 0
        self.backend_xruns = 0
        self.errors = 0
        self.input_first_frame_time: int | None = None
        self.output_first_frame_time: int | None = None
        self.output_anchor: tuple[int, int] | None = None
        self.discontinuities = 0
        self._input_shift = 0
        self._next_frame: int | None = None
        self.draining = False
        # True while the backend runs but is still connecting our ports:
        # cycles write silence and neither read nor write the rings, so the
        # first samples are not played into unconnected ports
        self.holding = False
        self._status = 0
        self._primed = False
        self._stopping = False
        self._in_cycle = False
        self._started_ns = 0
        self._kept_errors: list[BaseException] = []
        self._in_planar: npt.NDArray[np.float32] = np.zeros((input_channels, 0), np.float32)
        self._out_planar: npt.NDArray[np.float32] = np.zeros((output_channels, 0), np.float32)
        self._in_view = self._in_planar.T
        self._out_view = self._out_planar.T
        self._in_chan: list[Any] = []
        self._out_chan: list[Any] = []
        self._zeros: npt.NDArray[np.float32] = np.zeros(0, np.float32)
        self._zero_ptr: Any = ffi.NULL
        self._nbytes = 0
        self._process: Callable[[int, int], None]
        if callback is None:
            if ring_frames < 1:
                raise ValueError("a stream without a callback needs ring_frames >= 1")
            if input_channels:
                self.input_ring = PlanarRingBuffer(ring_frames, input_channels)
            if output_channels:
                self.output_ring = PlanarRingBuffer(ring_frames, output_channels)
            self._process = self._process_rings
        else:
            if not callable(callback):
                raise TypeError(f"callback must be callable, got {type(callback).__name__}")
            self._process = self._pick_callback(callback)

    # ------------------------------------------------------------------ setup
    def _pick_callback(self, fn: Callable[..., Any]) -> Callable[[int, int], None]:
        if self.input_channels and self.output_channels:
            if _accepts(fn, 5) is False:
                if _accepts(fn, 1):
                    return self._process_simple_duplex
                raise TypeError(
                    "a duplex callback takes (indata, outdata, frames, time, status) "
                    f"or (indata) -> outdata; {fn!r} takes neither")
            return self._process_duplex
        if _accepts(fn, 4) is False:
            what = "outdata" if self.output_channels else "indata"
            raise TypeError(f"a stream callback takes ({what}, frames, time, status); "
                            f"{fn!r} does not")
        return self._process_output_cb if self.output_channels else self._process_input_cb

    def configure(self, frames: int) -> None:
        """Allocate the scratch buffers and views for ``frames`` per cycle.

        Called by the backend before starting and whenever the buffer size
        changes (and, as a fallback, from the callback if a cycle arrives with
        an unexpected size).
        """
        if frames < 1:
            raise ValueError(f"buffer size must be positive, got {frames}")
        previous = (self._in_planar, self._out_planar)
        self._in_planar = _planar(self.input_channels, frames)
        self._out_planar = _planar(self.output_channels, frames)
        self._in_view = self._in_planar.T
        self._out_view = self._out_planar.T
        nbytes = frames * _F32
        in_base = ffi.cast("char *", ffi.from_buffer(self._in_planar)) if self.input_channels else ffi.NULL
        out_base = ffi.cast("char *", ffi.from_buffer(self._out_planar)) if self.output_channels else ffi.NULL
        self._in_chan = [in_base + c * nbytes for c in range(self.input_channels)]
        self._out_chan = [out_base + c * nbytes for c in range(self.output_channels)]
        self._zeros = np.zeros(frames, np.float32)
        self._zero_ptr = ffi.from_buffer(self._zeros)
        self._nbytes = nbytes
        self.frames = frames
        for old in previous:  # the C pointers now point into the new buffers
            _recycle(old)

    @property
    def budget_us(self) -> float:
        """Microseconds per buffer at the configured size (the callback deadline)."""
        return self.frames / self.sample_rate * 1e6 if self.frames else 0.0

    # -------------------------------------------------------------- hot path
    def process(self, frames: int, frame_time: int, started_ns: int) -> None:
        """Run one cycle (audio thread).

        Parameters
        ----------
        frames : int
            Frames in this cycle's buffers.
        frame_time : int
            The backend frame clock at the first frame of the buffers.
        started_ns : int
            ``CallbackTimer.now()`` when the backend's callback began.
        """
        if frames != self.frames:
            self.configure(frames)
        if self._stopping or self.holding:
            # stopping, or started but not yet connected: consume nothing
            self._silence()
            self._next_frame = (frame_time + frames) & 0xFFFFFFFF
            self.timer.record(_now() - started_ns)
            return
        self._started_ns = started_ns
        expected = self._next_frame
        self._next_frame = (frame_time + frames) & 0xFFFFFFFF
        if expected is not None and frame_time != expected:
            self._discontinuity(frame_time, expected, frames)
        self._in_cycle = True
        self._process(frames, frame_time)
        self._in_cycle = False
        self.frames_processed += frames
        self.timer.record(_now() - started_ns)

    def _fetch_input(self) -> None:
        memmove = ffi.memmove
        nbytes = self._nbytes
        chan = self._in_chan
        ptrs = self.input_pointers
        for c in range(self.input_channels):
            memmove(chan[c], ptrs[c], nbytes)

    def _emit_output(self) -> None:
        memmove = ffi.memmove
        nbytes = self._nbytes
        chan = self._out_chan
        ptrs = self.output_pointers
        for c in range(self.output_channels):
            memmove(ptrs[c], chan[c], nbytes)

    def _silence(self, start: int = 0) -> None:
        # zero the output buffers (from frame ``start`` on: a partial ring read)
        memmove = ffi.memmove
        zero = self._zero_ptr
        if start:
            offset = start * _F32
            nbytes = self._nbytes - offset
            for ptr in self.output_pointers:
                memmove(ffi.cast("char *", ptr) + offset, zero, nbytes)
            return
        nbytes = self._nbytes
        for ptr in self.output_pointers:
            memmove(ptr, zero, nbytes)

    def _process_rings(self, frames: int, frame_time: int) -> None:
        # planar rings: one memmove per channel between the ring and the C
        # buffers, no numpy call on this thread
        ring = self.input_ring
        if ring is not None:
            n = ring.write_from(self.input_pointers, frames)
            if n < frames:
                self.overruns += 1
                self.frames_dropped += frames - n
                self._status |= 1
            if self.input_first_frame_time is None and n:
                self.input_first_frame_time = frame_time
        ring = self.output_ring
        if ring is not None:
            position = ring.frames_read
            n = ring.read_into(self.output_pointers, frames)
            if n and not self._primed:
                # data flows again after silence: ring position -> frame time
                self.output_anchor = (frame_time, position)
            if n == frames:
                self._primed = True
                if self.output_first_frame_time is None:
                    self.output_first_frame_time = frame_time
            elif n == 0:
                if self._primed and not self.draining:
                    self.underruns += 1
                    self._status |= 2
                self._primed = False
                self._silence()
            else:
                if self.output_first_frame_time is None:
                    self.output_first_frame_time = frame_time
                if self._primed and not self.draining:
                    self.underruns += 1
                    self._status |= 2
                self._primed = False
                self._silence(n)

    def _discontinuity(self, frame_time: int, expected: int, frames: int) -> None:
        # Cycles were skipped (the backend dropped this stream for a cycle, e.g.
        # during a graph change).  Input rings get silence for the missing
        # frames so that ring positions stay aligned with the frame clock.
        self.discontinuities += 1
        self._status |= 4
        ring = self.input_ring
        if ring is None or self.input_first_frame_time is None:
            return
        gap = ((frame_time - expected + 0x80000000) & 0xFFFFFFFF) - 0x80000000
        if gap < 0:
            # The clock went back: an earlier callback ran late and read the
            # next cycle's frame time, so silence was padded for a gap that was
            # not there.  Positions after it are ahead of the clock by -gap.
            self._input_shift += gap
            return
        if gap > ring.capacity:
            return
        zeros = self._in_view
        self._in_planar.fill(0.0)
        while gap > 0:
            step = min(gap, frames)
            n = ring.write(zeros[:step])
            if n < step:
                self.overruns += 1
                self.frames_dropped += gap - n
                return
            gap -= step

    def _take_status(self) -> StreamStatus:
        status = self._status
        self._status = 0
        return _STATUS[status]

    def _process_output_cb(self, frames: int, frame_time: int) -> None:
        self.time.frame = frame_time
        self.callback(self._out_view, frames, self.time, self._take_status())  # type: ignore[misc]
        self._emit_output()

    def _process_input_cb(self, frames: int, frame_time: int) -> None:
        self._fetch_input()
        self.time.frame = frame_time
        self.callback(self._in_view, frames, self.time, self._take_status())  # type: ignore[misc]

    def _process_duplex(self, frames: int, frame_time: int) -> None:
        self._fetch_input()
        self.time.frame = frame_time
        self.callback(self._in_view, self._out_view, frames, self.time,  # type: ignore[misc]
                      self._take_status())
        self._emit_output()

    def _process_simple_duplex(self, frames: int, frame_time: int) -> None:
        self._fetch_input()
        result = self.callback(self._in_view)  # type: ignore[misc]
        np.copyto(self._out_view, result, casting="same_kind")
        self._emit_output()

    # --------------------------------------------------------------- errors
    def onerror(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                tb: object) -> None:
        """The cffi ``onerror`` handler of the backend trampoline (audio thread).

        ``CallbackStop`` plays the current block and stops; ``CallbackAbort``
        silences it and stops; any other exception is counted and kept, and
        the block is silenced: the stream keeps running.
        """
        in_cycle = self._in_cycle
        self._in_cycle = False
        if in_cycle:
            self.timer.record(CallbackTimer.now() - self._started_ns)
        if exc_type is not None and issubclass(exc_type, CallbackStop):
            if in_cycle and self.output_channels and self._out_chan:
                self._emit_output()
            self._stopping = True
            self.finished.set()
            return
        if self._nbytes:
            self._silence()
        if exc_type is not None and issubclass(exc_type, CallbackAbort):
            self._stopping = True
            self.finished.set()
            return
        self.errors += 1
        if exc is not None and len(self._kept_errors) < _MAX_KEPT_ERRORS:
            self._kept_errors.append(exc)

    def note_backend_xrun(self) -> None:
        """Count an xrun reported by the backend (its xrun notification)."""
        self.backend_xruns += 1
        self._status |= 4

    # --------------------------------------------------------------- queries
    def output_frame_time_of(self, position: int) -> int | None:
        """Frame time at which output ring position ``position`` (a ``frames_written``
        count) played, if it was written after the latest resumption of playback."""
        if self.output_anchor is None:
            return None
        frame, start = self.output_anchor
        return (frame + position - start) & 0xFFFFFFFF

    def input_frame_time_of(self, position: int) -> int | None:
        """Frame time at which input ring position ``position`` (a ``frames_read``
        count) was recorded (skipped cycles are padded, so positions stay aligned)."""
        if self.input_first_frame_time is None:
            return None
        return (self.input_first_frame_time + position + self._input_shift) & 0xFFFFFFFF

    @property
    def first_frame_time(self) -> int | None:
        """Frame time of the first ring frame played (output rings) or recorded (input only)."""
        if self.output_ring is not None:
            return self.output_first_frame_time
        return self.input_first_frame_time

    @property
    def stopped_by_callback(self) -> bool:
        """Whether the callback raised ``CallbackStop`` or ``CallbackAbort``."""
        return self._stopping

    @property
    def callback_errors(self) -> tuple[BaseException, ...]:
        """The first exceptions raised on the audio thread (at most 16 are kept)."""
        return tuple(self._kept_errors)

    def stats(self) -> StreamStats:
        """A snapshot of the counters and callback-time statistics."""
        median, p99, peak = self.timer.summary()
        return StreamStats(
            callbacks=self.timer.count,
            frames=self.frames_processed,
            underruns=self.underruns,
            overruns=self.overruns,
            backend_xruns=self.backend_xruns,
            errors=self.errors,
            discontinuities=self.discontinuities,
            callback_median_us=median,
            callback_p99_us=p99,
            callback_max_us=peak,
            budget_us=self.budget_us,
            window=min(self.timer.count, self.timer.window),
        )

    def reset_for_start(self) -> None:
        """Clear the stop state before (re)starting a stream."""
        self._stopping = False
        self.finished.clear()
        self.draining = False
        self.holding = False
        self._next_frame = None

    def __repr__(self) -> str:
        mode = "callback" if self.callback is not None else "rings"
        return (f"CallbackEngine(in={self.input_channels}, out={self.output_channels}, "
                f"mode={mode}, frames={self.frames}, callbacks={self.timer.count})")
