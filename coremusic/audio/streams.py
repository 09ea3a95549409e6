"""Portable audio streams: output, input, duplex, one-liners and a loopback.

Every stream is a client of the platform backend (JACK on Linux; on macOS the
AUHAL output unit of :mod:`coremusic.backends.coreaudio`, statically verified)
driven by the backend-agnostic :class:`~coremusic.realtime.CallbackEngine`:

- **ring mode** (no callback): the audio thread only copies between the
  backend's buffers and a preallocated lock-free ring; Python threads fill it
  (:meth:`AudioOutputStream.write`, :meth:`AudioOutputStream.set_generator`)
  or drain it (:meth:`AudioInputStream.read`, :meth:`AudioInputStream.add_callback`).
- **callback mode** (``callback=``): your function runs on the audio thread
  with numpy views of preallocated float32 buffers.  Keep it short: no
  allocation, no locks, no I/O, no logging.  Exceptions give silence and are
  counted (``stats.errors``, ``callback_errors``); raise
  :class:`~coremusic.realtime.CallbackStop` / ``CallbackAbort`` to end.
  A raw C function pointer (cffi, numba ``cfunc``) is registered as the
  backend's process function directly, with no Python on the audio thread.

The sample rate and the period are the audio server's (JACK) or the device's
(CoreAudio): a ``sample_rate`` that differs raises
:class:`~coremusic.exceptions.AudioDeviceError` (JACK clients cannot change
it; on macOS set the device's rate first).  ``buffer_size`` is the block size of the Python side
(generator calls, input callbacks); the audio callback gets the server's period.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import numpy as np
import numpy.typing as npt

from coremusic.audio._stream_base import DeviceSpec as DeviceSpec
from coremusic.audio._stream_base import Generator, _as_block, _Stream
from coremusic.exceptions import AudioDeviceError
from coremusic.realtime.ringbuffer import RingBuffer, next_power_of_two

__all__ = [
    "AudioInputStream",
    "AudioOutputStream",
    "AudioProcessor",
    "Loopback",
    "create_loopback",
    "play",
    "playrec",
    "record",
]

class AudioOutputStream(_Stream):
    """Play audio: blocking writes, a generator, or a realtime callback.

    Parameters
    ----------
    channels : int, default 2
        Output channels.
    sample_rate : float, optional
        Must match the audio server's rate when given.
    buffer_size : int, optional
        Frames per generator call (default: the server's period).
    callback : callable or C function pointer, optional
        ``callback(outdata, frames, time, status)`` on the audio thread;
        ``outdata`` is a float32 ``(frames, channels)`` view to fill.
    device : AudioDevice, str or list of port names, optional
        Where to connect (default: the default output device).  On macOS a
        device name, UID, id or ``AudioDevice``, bound when the stream is made.
    connect : bool, default True
        Connect to ``device`` on :meth:`start`.
    name : str
        The JACK client name (a label on macOS).
    server : str, optional
        JACK server (default: ``JACK_DEFAULT_SERVER`` or 'default'); None on macOS.
    backend : {'jack', 'coreaudio'}, optional
        The platform backend (default: ``COREMUSIC_AUDIO_BACKEND``, else the platform's).
    ring_frames : int, optional
        Ring capacity in frames (a power of two).

    Example
    -------
    >>> import numpy as np
    >>> # with AudioOutputStream(channels=2) as out:
    >>> #     out.write(np.zeros((48000, 2), np.float32))
    >>> #     out.drain()
    """

    _direction = "output"

    def __init__(self, channels: int = 2, sample_rate: float | None = None,
                 buffer_size: int | None = None, *, callback: Any = None, device: DeviceSpec = None,
                 connect: bool = True, name: str = "coremusic-out", server: str | None = None,
                 ring_frames: int | None = None, backend: str | None = None) -> None:
        if not isinstance(channels, int) or channels < 1:
            raise ValueError(f"channels must be a positive int, got {channels!r}")
        super().__init__(input_channels=0, output_channels=channels, sample_rate=sample_rate,
                         buffer_size=buffer_size, callback=callback, device=device,
                         connect=connect, name=name, server=server, ring_frames=ring_frames,
                         backend=backend)
        self._generator: Generator | None = None
        self._producer: threading.Thread | None = None
        self._stop_producer = threading.Event()
        self.generator_error: BaseException | None = None

    @property
    def ring(self) -> RingBuffer:
        """The output ring (ring mode only)."""
        ring = self._engine.output_ring
        if ring is None or self._raw:
            raise AudioDeviceError("this stream has a callback and no ring")
        return ring

    @property
    def buffered_frames(self) -> int:
        """Frames written but not yet handed to the audio server."""
        ring = self._engine.output_ring
        return ring.read_available if ring is not None else 0

    def write(self, data: Any, timeout: float | None = None) -> int:
        """Queue ``data`` for playback, blocking while the ring is full.

        Parameters
        ----------
        data : array_like [shape=(frames, channels) or (frames,)]
            Samples in [-1, 1]; mono data is copied to every channel.
        timeout : float, optional
            Give up after this many seconds (the frames written so far stay queued).

        Returns
        -------
        int
            Frames queued.
        """
        self._check_open()
        ring = self.ring
        block = _as_block(data, self.output_channels, "AudioOutputStream.write")
        self._engine.draining = False
        done = ring.write(block)
        deadline = None if timeout is None else time.monotonic() + timeout
        interval = self._poll_interval()
        while done < block.shape[0]:
            if not self._started:
                raise AudioDeviceError(
                    f"AudioOutputStream.write: the ring is full ({ring.capacity} frames) and the "
                    f"stream is not started; call start() first or write less")
            if deadline is not None and time.monotonic() >= deadline:
                break
            self._check_alive()
            time.sleep(interval)
            done += ring.write(block[done:])
        return done

    def drain(self, timeout: float | None = None) -> bool:
        """Wait until everything written has been played; False on timeout.

        The stream is marked as draining, so running dry at the end does not
        count as an underrun.
        """
        self._check_open()
        self._engine.draining = True
        ring = self._engine.output_ring
        if ring is None or not self._started:
            return ring is None or ring.read_available == 0
        deadline = None if timeout is None else time.monotonic() + timeout
        interval = self._poll_interval()
        while ring.read_available:
            if deadline is not None and time.monotonic() >= deadline:
                return False
            if self._engine.stopped_by_callback or not self._started:
                return False
            self._check_alive()
            time.sleep(interval)
        # the last block is in the server's buffer now: let one more cycle pass
        time.sleep(self.period / self._engine.sample_rate)
        return True

    def set_generator(self, generator: Generator | None) -> None:
        """Feed the stream from ``generator`` on a Python producer thread.

        ``generator`` is either a callable ``gen(frames) -> array`` asked for
        ``buffer_size`` frames at a time, or an iterable of arrays (any
        lengths).  Returning None or exhausting the iterable ends the sound;
        an exception stops the producer and is kept in ``generator_error``.
        The producer keeps the ring full, so the audio thread only copies.
        """
        self._check_open()
        self.ring  # noqa: B018 - raises in callback mode
        self._halt_producer()
        self._generator = generator
        if generator is not None and self._started:
            self._spawn_producer()

    def start(self) -> None:
        """Start streaming (and the generator's producer thread)."""
        super().start()
        if self._generator is not None and (self._producer is None or not self._producer.is_alive()):
            self._spawn_producer()

    def stop(self) -> None:
        """Stop the producer and the stream."""
        self._halt_producer()
        super().stop()

    def _spawn_producer(self) -> None:
        self._stop_producer.clear()
        self._producer = threading.Thread(target=self._produce, name="coremusic-producer",
                                          daemon=True)
        self._producer.start()

    def _halt_producer(self) -> None:
        self._stop_producer.set()
        if self._producer is not None and self._producer is not threading.current_thread():
            self._producer.join()
        self._producer = None

    def _produce(self) -> None:
        gen = self._generator
        ring = self.ring
        block_frames = self.buffer_size
        channels = self.output_channels
        interval = self._poll_interval()
        iterator: Iterator[Any] | None = None
        if gen is not None and not callable(gen):
            iterator = iter(gen)
        pending: npt.NDArray[Any] | None = None
        try:
            while not self._stop_producer.is_set():
                if pending is None:
                    if iterator is not None:
                        item = next(iterator, None)
                    else:
                        item = gen(block_frames)  # type: ignore[operator,misc]
                    if item is None:
                        self._engine.draining = True
                        return
                    pending = _as_block(item, channels, "generator")
                    self._engine.draining = False
                n = ring.write(pending)
                pending = pending[n:] if n < pending.shape[0] else None
                if pending is not None:
                    self._stop_producer.wait(interval)
        except Exception as exc:
            self.generator_error = exc
            self._engine.draining = True


class AudioInputStream(_Stream):
    """Record audio: blocking reads, Python-thread callbacks, or a realtime callback.

    Parameters
    ----------
    channels : int, default 2
        Input channels.
    sample_rate, buffer_size, device, connect, name, server, ring_frames
        As for :class:`AudioOutputStream` (``device`` defaults to the default
        input device; ``buffer_size`` is the block size handed to
        :meth:`add_callback` functions).
    callback : callable or C function pointer, optional
        ``callback(indata, frames, time, status)`` on the audio thread.

    Example
    -------
    >>> # with AudioInputStream(channels=1) as mic:
    >>> #     block = mic.read(4800)     # (4800, 1) float32
    """

    _direction = "input"

    def __init__(self, channels: int = 2, sample_rate: float | None = None,
                 buffer_size: int | None = None, *, callback: Any = None, device: DeviceSpec = None,
                 connect: bool = True, name: str = "coremusic-in", server: str | None = None,
                 ring_frames: int | None = None, backend: str | None = None) -> None:
        if not isinstance(channels, int) or channels < 1:
            raise ValueError(f"channels must be a positive int, got {channels!r}")
        super().__init__(input_channels=channels, output_channels=0, sample_rate=sample_rate,
                         buffer_size=buffer_size, callback=callback, device=device,
                         connect=connect, name=name, server=server, ring_frames=ring_frames,
                         backend=backend)
        self._callbacks: list[Callable[[npt.NDArray[np.float32]], Any]] = []
        self._dispatcher: threading.Thread | None = None
        self._stop_dispatch = threading.Event()
        self.dispatch_errors: list[BaseException] = []

    @property
    def ring(self) -> RingBuffer:
        """The input ring (ring mode only)."""
        ring = self._engine.input_ring
        if ring is None or self._raw:
            raise AudioDeviceError("this stream has a callback and no ring")
        return ring

    @property
    def available(self) -> int:
        """Frames recorded and not read yet."""
        ring = self._engine.input_ring
        return ring.read_available if ring is not None else 0

    def read(self, frames: int, timeout: float | None = None) -> npt.NDArray[np.float32]:
        """Block until ``frames`` frames are recorded and return them, float32 ``(frames, channels)``.

        With a ``timeout`` (seconds), returns what arrived by then (possibly fewer frames).
        """
        self._check_open()
        if self._callbacks:
            raise AudioDeviceError("AudioInputStream.read: input is delivered to add_callback "
                                   "functions; remove them to read directly")
        if not isinstance(frames, int) or frames < 0:
            raise ValueError(f"frames must be a non-negative int, got {frames!r}")
        ring = self.ring
        out = np.empty((frames, self.input_channels), np.float32)
        done = 0
        deadline = None if timeout is None else time.monotonic() + timeout
        interval = self._poll_interval()
        while done < frames:
            done += ring.read(out[done:])
            if done >= frames:
                break
            if not self._started:
                raise AudioDeviceError(f"AudioInputStream.read: the stream is not started and "
                                       f"only {done} of {frames} frames are recorded")
            if deadline is not None and time.monotonic() >= deadline:
                return out[:done]
            self._check_alive()
            time.sleep(interval)
        return out

    async def blocks(self, frames: int | None = None) -> AsyncIterator[npt.NDArray[np.float32]]:
        """``async for block in stream.blocks()``: recorded blocks, read on a worker thread."""
        size = frames or self.buffer_size
        while self._started and not self._closed:
            yield await asyncio.to_thread(self.read, size)

    def add_callback(self, fn: Callable[[npt.NDArray[np.float32]], Any]) -> None:
        """Call ``fn(block)`` with each recorded float32 ``(buffer_size, channels)`` block.

        The functions run on a Python dispatcher thread, not the audio thread,
        so they may allocate and take their time (the ring absorbs the delay;
        if it fills, ``overruns`` counts the dropped blocks).  Exceptions are
        kept in ``dispatch_errors``.
        """
        self._check_open()
        if not callable(fn):
            raise TypeError(f"add_callback needs a callable, got {type(fn).__name__}")
        self.ring  # noqa: B018 - raises in callback mode
        self._callbacks.append(fn)
        if self._started and self._dispatcher is None:
            self._spawn_dispatcher()

    def remove_callback(self, fn: Callable[[npt.NDArray[np.float32]], Any]) -> None:
        """Stop calling ``fn``."""
        self._callbacks.remove(fn)

    def start(self) -> None:
        """Start streaming (and the dispatcher thread when callbacks were added)."""
        super().start()
        if self._callbacks and self._dispatcher is None:
            self._spawn_dispatcher()

    def stop(self) -> None:
        """Stop the dispatcher and the stream."""
        self._stop_dispatch.set()
        if self._dispatcher is not None:
            self._dispatcher.join()
            self._dispatcher = None
        super().stop()

    def _spawn_dispatcher(self) -> None:
        self._stop_dispatch.clear()
        self._dispatcher = threading.Thread(target=self._dispatch, name="coremusic-dispatch",
                                            daemon=True)
        self._dispatcher.start()

    def _dispatch(self) -> None:
        ring = self.ring
        block = np.empty((self.buffer_size, self.input_channels), np.float32)
        interval = self._poll_interval()
        while not self._stop_dispatch.is_set():
            if ring.read_available < block.shape[0]:
                self._stop_dispatch.wait(interval)
                continue
            ring.read(block)
            for fn in tuple(self._callbacks):
                try:
                    fn(block.copy())
                except Exception as exc:
                    if len(self.dispatch_errors) < 16:
                        self.dispatch_errors.append(exc)


class AudioProcessor(_Stream):
    """A duplex stream: input -> ``process_func`` -> output, on the audio thread.

    Parameters
    ----------
    process_func : callable or C function pointer
        ``process_func(indata) -> outdata`` (simple form), or
        ``process_func(indata, outdata, frames, time, status)`` filling ``outdata``.
    channels : int, default 2
        Channels of input and output (override with ``input_channels`` /
        ``output_channels``).
    sample_rate, device, connect, name, server
        As for :class:`AudioOutputStream`.

    Example
    -------
    >>> # with AudioProcessor(lambda x: 0.5 * x) as fx:
    >>> #     fx.wait(10)
    """

    _direction = "output"

    def __init__(self, process_func: Any, channels: int = 2, sample_rate: float | None = None,
                 buffer_size: int | None = None, *, input_channels: int | None = None,
                 output_channels: int | None = None, device: DeviceSpec = None,
                 connect: bool = True, name: str = "coremusic-fx", server: str | None = None,
                 backend: str | None = None) -> None:
        if process_func is None:
            raise TypeError("AudioProcessor needs a process_func")
        super().__init__(input_channels=channels if input_channels is None else input_channels,
                         output_channels=channels if output_channels is None else output_channels,
                         sample_rate=sample_rate, buffer_size=buffer_size, callback=process_func,
                         device=device, connect=connect, name=name, server=server,
                         ring_frames=None, backend=backend)


class _DuplexRings(_Stream):
    """Duplex stream in ring mode (used by :func:`playrec`)."""

    _direction = "output"


def play(data: Any, samplerate: float | None = None, *, blocking: bool = True,
         device: DeviceSpec = None, server: str | None = None,
         timeout: float | None = None) -> AudioOutputStream | None:
    """Play a numpy array.

    Parameters
    ----------
    data : array_like [shape=(frames, channels) or (frames,)]
        Samples in [-1, 1].
    samplerate : float, optional
        The data's rate; must match the server's (no resampling is done).
    blocking : bool
        Wait until it has played and close; otherwise return the running
        stream (close it when done).

    Example
    -------
    >>> import numpy as np
    >>> # play(np.zeros((4800, 2)), 48000)
    """
    block = np.asarray(data)
    channels = 1 if block.ndim == 1 else int(block.shape[1])
    stream = AudioOutputStream(channels, samplerate, device=device, server=server,
                               name="coremusic-play",
                               ring_frames=next_power_of_two(max(block.shape[0], 4096)))
    try:
        stream.write(block)
        stream.start()
        if not blocking:
            return stream
        stream.drain(timeout)
    except BaseException:
        stream.close()
        raise
    stream.close()
    return None


def record(frames: int, samplerate: float | None = None, channels: int = 2, *,
           device: DeviceSpec = None, server: str | None = None,
           timeout: float | None = None) -> npt.NDArray[np.float32]:
    """Record ``frames`` frames and return them, float32 ``(frames, channels)``.

    Example
    -------
    >>> # take = record(48000, channels=1)
    """
    with AudioInputStream(channels, samplerate, device=device, server=server,
                          name="coremusic-record",
                          ring_frames=next_power_of_two(max(frames, 4096))) as stream:
        taken: npt.NDArray[np.float32] = stream.read(frames, timeout)
    return taken


def playrec(data: Any, samplerate: float | None = None, channels: int | None = None, *,
            device: DeviceSpec = None, server: str | None = None, connect: bool = True,
            loop: bool = False, timeout: float | None = None) -> npt.NDArray[np.float32]:
    """Play ``data`` and record at the same time, aligned on the backend's frame clock.

    Parameters
    ----------
    data : array_like [shape=(frames, channels) or (frames,)]
        What to play.
    channels : int, optional
        Input channels (default: as many as ``data`` has).
    loop : bool
        Connect the stream's outputs to its own inputs instead of a device
        (measures the server's own round trip).

    Returns
    -------
    np.ndarray [shape=(frames, channels), dtype=float32]
        The input during the frames in which ``data`` played: row ``k`` was
        recorded at the frame time at which row ``k`` of ``data`` was played.

    Example
    -------
    >>> # response = playrec(np.eye(1, 4800)[0], 48000, channels=1)
    """
    block = np.asarray(data)
    out_channels = 1 if block.ndim == 1 else int(block.shape[1])
    in_channels = channels or out_channels
    frames = int(block.shape[0])
    ring = next_power_of_two(max(frames + 65536, 4096))
    stream = _DuplexRings(input_channels=in_channels, output_channels=out_channels,
                          sample_rate=samplerate, buffer_size=None, callback=None, device=device,
                          connect=connect and not loop, name="coremusic-playrec",
                          server=server, ring_frames=ring, backend=None)
    engine = stream._engine
    out_ring = engine.output_ring
    in_ring = engine.input_ring
    assert out_ring is not None and in_ring is not None
    deadline = None if timeout is None else time.monotonic() + timeout
    interval = stream._poll_interval()

    def expired() -> bool:
        stream._check_alive()
        return deadline is not None and time.monotonic() >= deadline

    try:
        stream.start()
        if loop:
            stream.connect(stream.input_ports, "output")
        out_ring.write(_as_block(block, out_channels, "playrec"))
        engine.draining = True
        while engine.output_first_frame_time is None or engine.input_first_frame_time is None:
            if expired():
                return np.empty((0, in_channels), np.float32)
            time.sleep(interval)
        lead = (engine.output_first_frame_time - engine.input_first_frame_time) & 0xFFFFFFFF
        while lead:
            lead -= in_ring.skip(lead)
            if lead:
                if expired():
                    return np.empty((0, in_channels), np.float32)
                time.sleep(interval)
        result = np.empty((frames, in_channels), np.float32)
        done = 0
        while done < frames:
            done += in_ring.read(result[done:])
            if done < frames:
                if expired():
                    return result[:done]
                time.sleep(interval)
        return result
    finally:
        stream.close()


class Loopback:
    """An output stream connected to an input stream through the audio server.

    What is written to :attr:`output` arrives at :attr:`input` after
    :attr:`latency_frames` frames (0 within one JACK cycle: the server runs the
    writer before the reader).

    Example
    -------
    >>> # with create_loopback(channels=2) as lb:
    >>> #     lb.write(signal); lb.read(len(signal))
    """

    def __init__(self, output: AudioOutputStream, input: AudioInputStream) -> None:
        self.output = output
        self.input = input

    @property
    def latency_frames(self) -> int:
        """Frames between writing and reading: our ports' latency ranges (0 within one cycle)."""
        return self.output.latency_frames + self.input.latency_frames

    def start(self) -> None:
        """Start both streams and connect output -> input."""
        self.input.start()
        self.output.start()
        self.output.connect(self.input.input_ports)

    def stop(self) -> None:
        """Stop both streams."""
        self.output.stop()
        self.input.stop()

    def close(self) -> None:
        """Close both streams (idempotent)."""
        self.output.close()
        self.input.close()

    @property
    def closed(self) -> bool:
        """Whether both streams are closed."""
        return self.output.closed and self.input.closed

    def write(self, data: Any, timeout: float | None = None) -> int:
        """Write to the output side."""
        return self.output.write(data, timeout)

    def read(self, frames: int, timeout: float | None = None) -> npt.NDArray[np.float32]:
        """Read from the input side."""
        return self.input.read(frames, timeout)

    def __enter__(self) -> Loopback:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Loopback({self.output!r} -> {self.input!r})"


def create_loopback(channels: int = 2, *, server: str | None = None,
                    ring_frames: int | None = None, name: str = "coremusic-loop") -> Loopback:
    """An :class:`AudioOutputStream` wired to an :class:`AudioInputStream` (not started).

    Example
    -------
    >>> # with create_loopback(2) as lb:
    >>> #     lb.write(x); y = lb.read(len(x))
    """
    out = AudioOutputStream(channels, connect=False, name=f"{name}-out", server=server,
                            ring_frames=ring_frames)
    try:
        inp = AudioInputStream(channels, connect=False, name=f"{name}-in", server=server,
                               ring_frames=ring_frames)
    except BaseException:
        out.close()
        raise
    return Loopback(out, inp)
