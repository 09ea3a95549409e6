"""``AsyncAudioQueue``: :class:`~coremusic.audio.queue.AudioQueue` for asyncio (macOS).

AudioQueue calls back on its own thread.  Here every callback also posts a
:class:`BufferCompletion` to the event loop with ``call_soon_threadsafe``, so
coroutines can ``await`` the completion of the next buffer, the end of
playback or of a recording, without a thread blocked on their behalf and
without ever blocking the loop.

Besides playing one array (:meth:`AsyncAudioQueue.play`), an output queue can
be **streamed**: :meth:`AsyncAudioQueue.write` appends blocks to a queue of
pending frames that the callback copies into the buffers as they come back;
when more than ``max_pending`` frames wait, ``write`` awaits buffer
completions (back-pressure) instead of blocking.  :meth:`AsyncAudioQueue.drain`
awaits the end of the stream.

Needs AudioToolbox: elsewhere construction raises
:class:`~coremusic.exceptions.PlatformNotSupportedError` (use
:class:`~coremusic.audio.streams.AudioOutputStream` and its ``blocks()``
async iterator there).  Statically verified only: contract tests drive it
through the cffi-typed AudioQueue double with a real asyncio loop.

Example
-------
>>> import asyncio, numpy as np                                          # doctest: +SKIP
>>> from coremusic.formats import AudioFormat
>>> async def main():                                                    # doctest: +SKIP
...     fmt = AudioFormat.pcm(48000.0, 2, 32, is_float=True)
...     async with AsyncAudioQueue.output(fmt, buffer_frames=1024) as q:
...         for block in np.array_split(np.zeros((48000, 2), np.float32), 10):
...             await q.write(block)
...         await q.drain()
>>> asyncio.run(main())                                                  # doctest: +SKIP
"""

from __future__ import annotations

import asyncio
import collections
import threading
import weakref
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Literal

import numpy as np

from coremusic import capi
from coremusic.audio.queue import AudioQueue, QueueKind, _Engine
from coremusic.formats import AudioFormat

__all__ = ["AsyncAudioQueue", "BufferCompletion"]

_KEPT_COMPLETIONS = 256


@dataclass(frozen=True)
class BufferCompletion:
    """One buffer AudioQueue handed back.

    Attributes
    ----------
    kind : {'output', 'input'}
        Played (output) or recorded (input).
    buffer : int
        The ``AudioQueueBufferRef`` handle.
    frames : int
        Frames the buffer carried.
    position : int
        Frames played (handed to the queue) or recorded so far, after this buffer.

    Example
    -------
    >>> BufferCompletion("output", 0x1000, 512, 1536).frames
    512
    """

    kind: Literal["output", "input"]
    buffer: int
    frames: int
    position: int


class _AsyncEngine(_Engine):
    """AudioQueue's callback engine, plus streaming writes and a completion hook.

    The hook (``notify``) runs on AudioQueue's thread; it only schedules work
    on the event loop.  ``lock`` guards the pending frames and the idle
    buffers, which the loop thread and the callback thread both touch.
    """

    def __init__(self, fmt: AudioFormat) -> None:
        super().__init__(fmt)
        self.notify: Callable[[str, int, int, int, bool], None] | None = None
        self.lock = threading.Lock()
        self.streaming = False
        self.ending = False
        self.pending: collections.deque[np.ndarray[Any, Any]] = collections.deque()
        self.pending_offset = 0
        self.pending_frames = 0
        self.idle: list[int] = []
        self.filled: dict[int, int] = {}

    def fill(self, buffer: int) -> int:
        if not self.streaming:
            written = super().fill(buffer)
            self.filled[buffer] = written
            return written
        view = self.views[buffer]
        room = len(view)
        written = 0
        while written < room and self.pending:
            chunk = self.pending[0]
            n = min(room - written, len(chunk) - self.pending_offset)
            view[written:written + n] = chunk[self.pending_offset:self.pending_offset + n]
            written += n
            self.pending_offset += n
            if self.pending_offset == len(chunk):
                self.pending.popleft()
                self.pending_offset = 0
        self.pending_frames -= written
        self.position += written
        if written:
            capi.audio_queue_buffer_set_byte_size(buffer, written * self.bytes_per_frame)
        self.filled[buffer] = written
        return written

    def on_output(self, queue: int, buffer: int) -> None:
        frames = self.filled.get(buffer, 0)
        if self.streaming:
            with self.lock:
                self.queued.discard(buffer)
                if not self.stopping and self.fill(buffer):
                    self.enqueue(queue, buffer)
                else:
                    self.idle.append(buffer)
                    if not self.queued and (self.ending or self.stopping):
                        self.done.set()
        else:
            super().on_output(queue, buffer)
        notify = self.notify
        if notify is not None:
            notify("output", buffer, frames, self.position, self.done.is_set())

    def on_input(self, queue: int, buffer: int, start_time: Any, packets: int, descriptions: Any) -> None:
        before = self.position
        super().on_input(queue, buffer, start_time, packets, descriptions)
        notify = self.notify
        if notify is not None:
            notify("input", buffer, self.position - before, self.position, self.done.is_set())


class _Queue(AudioQueue):
    _engine_type = _AsyncEngine


class AsyncAudioQueue:
    """An AudioQueue whose completions are awaitable and whose writes never block the loop.

    Construct it inside a running event loop (the callbacks post to that loop).

    Parameters
    ----------
    fmt : AudioFormat
        Interleaved linear PCM with a numpy dtype.
    kind : {'output', 'input'}
        Playback or recording.
    buffer_frames, buffer_count : int
        As for :class:`~coremusic.audio.queue.AudioQueue`.
    max_pending : int, optional
        Frames :meth:`write` lets wait before it awaits completions (default:
        ``buffer_frames * buffer_count * 2``).

    Raises
    ------
    PlatformNotSupportedError
        Outside macOS.
    RuntimeError
        No event loop is running.

    Example
    -------
    >>> async def record_one_second(fmt):                                  # doctest: +SKIP
    ...     async with AsyncAudioQueue.input(fmt) as q:
    ...         return await q.record(int(fmt.sample_rate))
    """

    def __init__(self, fmt: AudioFormat, *, kind: QueueKind = "output", buffer_frames: int = 2048,
                 buffer_count: int = 3, max_pending: int | None = None) -> None:
        try:
            self._loop = asyncio.get_running_loop()
        except RuntimeError:
            raise RuntimeError("AsyncAudioQueue must be created inside a running asyncio event "
                               "loop (its callbacks post to that loop)") from None
        if max_pending is not None and (isinstance(max_pending, bool) or not isinstance(max_pending, int)
                                        or max_pending < 1):
            raise ValueError(f"max_pending must be an int >= 1, got {max_pending!r}")
        self._queue = _Queue(fmt, kind=kind, buffer_frames=buffer_frames, buffer_count=buffer_count)
        engine = self._queue._engine
        assert isinstance(engine, _AsyncEngine)
        self._engine = engine
        self.max_pending = max_pending or buffer_frames * buffer_count * 2
        self._completions: collections.deque[BufferCompletion] = collections.deque(
            maxlen=_KEPT_COMPLETIONS)
        self.completions_dropped = 0
        self.completion_count = 0
        self._waiters: list[asyncio.Future[None]] = []
        self._started = False
        self._finished = False  # the loop has seen the last completion (or stop())
        # the engine outlives us inside the queue's finalizer: it must not keep us alive,
        # or a dropped AsyncAudioQueue would never be collected and disposed
        ref = weakref.ref(self)

        def notify(kind: str, buffer: int, frames: int, position: int, finished: bool) -> None:
            owner = ref()
            if owner is not None:
                owner._from_callback(kind, buffer, frames, position, finished)

        engine.notify = notify

    @classmethod
    def output(cls, fmt: AudioFormat, *, buffer_frames: int = 2048, buffer_count: int = 3,
               max_pending: int | None = None) -> AsyncAudioQueue:
        """A playback queue.

        Example
        -------
        >>> q = AsyncAudioQueue.output(AudioFormat.pcm_int16_stereo())     # doctest: +SKIP
        """
        return cls(fmt, kind="output", buffer_frames=buffer_frames, buffer_count=buffer_count,
                   max_pending=max_pending)

    @classmethod
    def input(cls, fmt: AudioFormat, *, buffer_frames: int = 2048, buffer_count: int = 3) -> AsyncAudioQueue:
        """A recording queue.

        Example
        -------
        >>> q = AsyncAudioQueue.input(AudioFormat.pcm(44100.0, 1, 16))     # doctest: +SKIP
        """
        return cls(fmt, kind="input", buffer_frames=buffer_frames, buffer_count=buffer_count)

    # ------------------------------------------------------------ the bridge
    def _from_callback(self, kind: str, buffer: int, frames: int, position: int,
                       finished: bool) -> None:
        # AudioQueue's thread: only schedule work on the loop
        loop = self._loop
        if not loop.is_closed():
            loop.call_soon_threadsafe(self._post, kind, buffer, frames, position, finished)

    def _post(self, kind: str, buffer: int, frames: int, position: int, finished: bool) -> None:
        # the loop sees completions in callback order; `finished` marks the last one
        self._finished = self._finished or finished
        if len(self._completions) == self._completions.maxlen:
            self.completions_dropped += 1
        self._completions.append(BufferCompletion(kind, buffer, frames, position))  # type: ignore[arg-type]
        self.completion_count += 1
        self._wake()

    def _wake(self) -> None:
        waiters, self._waiters = self._waiters, []
        for fut in waiters:
            if not fut.done():
                fut.set_result(None)

    async def _changed(self) -> None:
        fut: asyncio.Future[None] = self._loop.create_future()
        self._waiters.append(fut)
        await fut

    async def _until(self, predicate: Callable[[], bool], timeout: float | None) -> bool:
        async def loop() -> None:
            while not predicate():
                self._check_open()
                await self._changed()
        try:
            await asyncio.wait_for(loop(), timeout)
        except TimeoutError:
            return False
        return True

    # ------------------------------------------------------------ state
    @property
    def queue(self) -> AudioQueue:
        """The underlying :class:`~coremusic.audio.queue.AudioQueue`."""
        return self._queue

    @property
    def format(self) -> AudioFormat:
        """The queue's format."""
        return self._queue.format

    @property
    def kind(self) -> QueueKind:
        """``'output'`` or ``'input'``."""
        return self._queue.kind

    @property
    def position(self) -> int:
        """Frames handed to the queue (output) or recorded (input)."""
        return self._engine.position

    @property
    def pending_frames(self) -> int:
        """Frames written and not yet copied into a queue buffer."""
        return self._engine.pending_frames

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` disposed the queue."""
        return self._queue.closed

    def _check_open(self) -> None:
        if self._queue.closed:
            raise ValueError("the AsyncAudioQueue is closed")

    def _check_output(self, what: str) -> None:
        self._check_open()
        if self._queue.kind != "output":
            raise RuntimeError(f"{what} needs an output queue; this one records")

    # ------------------------------------------------------------ completions
    async def next_completion(self, timeout: float | None = None) -> BufferCompletion:
        """The oldest buffer completion not yet taken; awaits the next one if there is none.

        Raises
        ------
        TimeoutError
            Nothing completed within ``timeout`` seconds.

        Example
        -------
        >>> done = await q.next_completion(timeout=1.0)                    # doctest: +SKIP
        >>> done.frames                                                    # doctest: +SKIP
        2048
        """
        self._check_open()
        if not await self._until(lambda: bool(self._completions), timeout):
            raise TimeoutError(f"no buffer completed within {timeout} s")
        return self._completions.popleft()

    async def completions(self) -> AsyncIterator[BufferCompletion]:
        """``async for done in q.completions()``: every buffer completion, until the
        queue has finished (playback drained / recording complete) or is closed.

        Example
        -------
        >>> async for done in q.completions():                             # doctest: +SKIP
        ...     print(done.position)
        """
        while True:
            if self._completions:
                yield self._completions.popleft()
                continue
            if self._queue.closed or self._finished:
                return
            await self._changed()

    # ------------------------------------------------------------ output
    async def play(self, data: np.ndarray[Any, Any], *, loop: bool = False) -> None:
        """Start playing ``data`` (see :meth:`AudioQueue.play`) and return at once;
        :meth:`wait` awaits the end.

        Example
        -------
        >>> await q.play(tone); await q.wait()                             # doctest: +SKIP
        """
        self._check_output("play()")
        self._engine.streaming = False
        self._finished = False
        self._queue.play(data, loop=loop)
        self._started = True
        if self._engine.done.is_set():  # nothing to play: no completion will come
            self._finished = True

    async def write(self, data: np.ndarray[Any, Any], timeout: float | None = None) -> int:
        """Append ``data`` to the stream; awaits buffer completions while more than
        ``max_pending`` frames wait (the loop keeps running meanwhile).

        The first write starts the queue.  Returns the frames accepted (all of
        them, unless ``timeout`` seconds passed first; then the rest was not queued).

        Example
        -------
        >>> await q.write(np.zeros((4800, 2), np.int16))                   # doctest: +SKIP
        4800
        """
        self._check_output("write()")
        samples = self._queue._samples(data)
        engine = self._engine
        if not engine.streaming:
            if engine.queued:
                raise RuntimeError("the queue is playing an array; await wait() or stop() first")
            engine.streaming = True
            engine.idle = list(self._queue.buffers)
            engine.position = 0
        engine.ending = False
        engine.stopping = False
        engine.done.clear()
        self._finished = False
        accepted = 0
        step = self._queue.buffer_frames
        while accepted < len(samples):
            if engine.pending_frames >= self.max_pending:
                if not await self._until(lambda: engine.pending_frames < self.max_pending, timeout):
                    break
            n = min(len(samples) - accepted, max(self.max_pending - engine.pending_frames, step))
            chunk = np.array(samples[accepted:accepted + n], copy=True)
            with engine.lock:
                engine.pending.append(chunk)
                engine.pending_frames += n
            accepted += n
            self._prime()
        return accepted

    def _prime(self) -> None:
        """Fill and enqueue idle buffers from the pending frames; start the queue once."""
        engine = self._engine
        handle = self._queue.handle
        with engine.lock:
            while engine.idle and engine.pending_frames:
                buffer = engine.idle.pop(0)
                if engine.fill(buffer):
                    engine.enqueue(handle, buffer)
                else:
                    engine.idle.insert(0, buffer)
                    break
        if not self._started and engine.queued:
            capi.audio_queue_start(handle)
            self._started = True

    async def drain(self, timeout: float | None = None) -> bool:
        """Mark the end of the written stream and await until it has played; False on timeout.

        A callback's exception is re-raised afterwards.

        Example
        -------
        >>> await q.drain()                                                # doctest: +SKIP
        True
        """
        self._check_output("drain()")
        engine = self._engine
        with engine.lock:
            engine.ending = True
            if not engine.queued and not engine.pending_frames:
                engine.done.set()
                self._finished = True
        return await self.wait(timeout)

    # ------------------------------------------------------------ input
    async def record(self, frames: int, timeout: float | None = None) -> np.ndarray[Any, Any]:
        """Record ``frames`` frames and return them (a copy), awaiting completions meanwhile.

        With a ``timeout``, returns what arrived by then.

        Example
        -------
        >>> take = await q.record(44100)                                  # doctest: +SKIP
        """
        self._check_open()
        self._finished = False
        self._queue.record(frames)
        self._started = True
        await self.wait(timeout)
        return np.array(self._queue.recording, copy=True)

    # ------------------------------------------------------------ both
    async def wait(self, timeout: float | None = None) -> bool:
        """Await the end of playback (or of the recording); False on timeout.
        A callback's exception is re-raised.

        Example
        -------
        >>> await q.wait(timeout=5.0)                                      # doctest: +SKIP
        True
        """
        self._check_open()
        engine = self._engine
        # the loop has processed the last completion (so every earlier one is counted),
        # or the queue was stopped at once
        finished = await self._until(
            lambda: self._finished or (engine.done.is_set() and engine.stopping), timeout)
        self._queue.check_errors()
        return finished

    def stop(self, immediate: bool = True) -> None:
        """Stop now, or after the queued buffers (``immediate=False``).

        Example
        -------
        >>> q.stop()                                                      # doctest: +SKIP
        """
        self._queue.stop(immediate)
        self._started = False
        if immediate:
            self._finished = True
        if immediate:
            with self._engine.lock:
                self._engine.pending.clear()
                self._engine.pending_frames = 0
                self._engine.pending_offset = 0
                self._engine.idle = list(self._queue.buffers)
        self._wake()

    def close(self) -> None:
        """Dispose the queue (idempotent); coroutines awaiting it raise ``ValueError``.

        Example
        -------
        >>> q.close()                                                     # doctest: +SKIP
        """
        if self._queue.closed:
            return
        self._engine.notify = None
        self._queue.close()
        self._wake()

    async def __aenter__(self) -> AsyncAudioQueue:
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        if self.closed:
            return f"<AsyncAudioQueue {self.kind}: closed>"
        return (f"<AsyncAudioQueue {self.kind} {self.format!r}: position {self.position}, "
                f"{self.pending_frames} pending, {self.completion_count} completions>")
