"""Buffer-queue playback and recording of numpy audio with Apple's AudioQueue (macOS).

:class:`AudioQueue` owns an ``AudioQueueRef`` and a fixed set of buffers,
each with a numpy view over its memory made once.  The C callbacks run on
AudioQueue's thread and only copy: an output queue copies the next frames of
the array being played into the buffer it was handed back and enqueues *that*
buffer; an input queue copies the recorded frames into a preallocated array
and hands the buffer back.  A buffer is never enqueued while it is still
queued (the flaw of coremusic 0.2's AudioQueue, which re-enqueued one buffer):
the buffers go round in turn.

It needs AudioToolbox: on other platforms the constructor raises
:class:`~coremusic.exceptions.PlatformNotSupportedError` (use the portable
``AudioOutputStream`` / ``AudioInputStream`` there).

Example
-------
>>> import numpy as np                                                      # doctest: +SKIP
>>> from coremusic.audio.queue import AudioQueue
>>> from coremusic.formats import AudioFormat
>>> tone = (0.2 * np.sin(np.arange(48000) * 2 * np.pi * 440 / 48000)).astype(np.float32)
>>> fmt = AudioFormat.pcm(48000.0, 1, 32, is_float=True)
>>> with AudioQueue.output(fmt) as q:                                       # doctest: +SKIP
...     q.play(tone)
...     q.wait()
"""

from __future__ import annotations

import struct
import threading
import weakref
from types import TracebackType
from typing import Any, Literal

import numpy as np

from coremusic import capi
from coremusic.capi.audioqueue_callbacks import queue_state
from coremusic.formats import AudioFormat

__all__ = ["AudioQueue"]

QueueKind = Literal["output", "input"]
_VOLUME = 1  # kAudioQueueParam_Volume


class _Engine:
    """What the C callbacks touch; it holds no reference to the AudioQueue
    object, so a dropped AudioQueue can be collected (its finalizer disposes
    the queue, which releases this engine)."""

    __slots__ = ("__weakref__", "bytes_per_frame", "channels", "data", "done", "loop", "position",
                 "queued", "recording", "stopping", "views")

    def __init__(self, fmt: AudioFormat) -> None:
        self.bytes_per_frame = fmt.bytes_per_frame
        self.channels = fmt.channels_per_frame
        self.views: dict[int, np.ndarray[Any, Any]] = {}
        self.data: np.ndarray[Any, Any] | None = None
        self.recording: np.ndarray[Any, Any] | None = None
        self.position = 0
        self.loop = False
        self.queued: set[int] = set()
        self.done = threading.Event()
        self.stopping = False

    def enqueue(self, queue: int, buffer: int) -> None:
        if buffer in self.queued:  # cannot happen by construction; refuse rather than corrupt
            raise RuntimeError(f"buffer {buffer:#x} is still queued; it is not enqueued twice")
        self.queued.add(buffer)
        capi.audio_queue_enqueue_buffer(queue, buffer)

    # -- output ----------------------------------------------------------------
    def fill(self, buffer: int) -> int:
        """Copy the next frames into ``buffer``; return the frames copied."""
        data = self.data
        view = self.views[buffer]
        if data is None or len(data) == 0:
            return 0
        room = len(view)
        written = 0
        while written < room:
            if self.position >= len(data):
                if not self.loop:
                    break
                self.position = 0
            n = min(room - written, len(data) - self.position)
            view[written:written + n] = data[self.position:self.position + n]
            self.position += n
            written += n
        capi.audio_queue_buffer_set_byte_size(buffer, written * self.bytes_per_frame)
        return written

    def on_output(self, queue: int, buffer: int) -> None:
        self.queued.discard(buffer)
        if not self.stopping and self.fill(buffer):
            self.enqueue(queue, buffer)
        elif not self.queued:
            self.done.set()

    # -- input -----------------------------------------------------------------
    def on_input(self, queue: int, buffer: int, start_time: Any, packets: int, descriptions: Any) -> None:
        self.queued.discard(buffer)
        recording = self.recording
        if recording is None or self.stopping or self.position >= len(recording):
            return
        filled = capi.audio_queue_buffer_info(buffer).byte_size // self.bytes_per_frame
        n = min(filled, len(recording) - self.position)
        recording[self.position:self.position + n] = self.views[buffer][:n]
        self.position += n
        if self.position < len(recording):
            self.enqueue(queue, buffer)
        else:
            self.done.set()


def _dispose(handle: int, engine: _Engine) -> None:
    engine.stopping = True
    capi.audio_queue_dispose(handle, True)


class AudioQueue:
    """Play numpy audio through, or record it from, an AudioQueue.

    Parameters
    ----------
    fmt : AudioFormat
        Interleaved linear PCM with a numpy dtype (int16, int32, float32 ...).
    kind : {'output', 'input'}
        Playback or recording.
    buffer_frames : int
        Frames per queue buffer (the latency step).
    buffer_count : int
        Buffers in rotation (at least 2; 3 is usual).

    Raises
    ------
    PlatformNotSupportedError
        Outside macOS.
    AudioQueueError
        AudioQueue refused the format or the buffers.

    Example
    -------
    >>> q = AudioQueue(AudioFormat.pcm_float32_stereo(48000.0), kind="input")  # doctest: +SKIP
    >>> q.record(48000)                                                    # doctest: +SKIP
    >>> q.wait(); take = q.recording                                       # doctest: +SKIP
    """

    _handle: int = 0  # 0 when closed
    _engine_type: type[_Engine] = _Engine  # what the C callbacks drive (AsyncAudioQueue extends it)

    def __init__(self, fmt: AudioFormat, *, kind: QueueKind = "output", buffer_frames: int = 2048,
                 buffer_count: int = 3) -> None:
        if not isinstance(fmt, AudioFormat):
            raise TypeError(f"fmt must be an AudioFormat, not {type(fmt).__name__}")
        if not fmt.is_pcm or not fmt.is_interleaved:
            raise ValueError(f"AudioQueue plays and records interleaved linear PCM here, not {fmt!r}")
        self._dtype = fmt.to_numpy_dtype()
        if kind not in ("output", "input"):
            raise ValueError(f"kind must be 'output' or 'input', not {kind!r}")
        for what, value, low in (("buffer_frames", buffer_frames, 1), ("buffer_count", buffer_count, 2)):
            if isinstance(value, bool) or not isinstance(value, int) or value < low:
                raise ValueError(f"{what} must be an int >= {low}, got {value!r}")
        self._format = fmt
        self._kind: QueueKind = kind
        self._buffer_frames = buffer_frames
        engine = self._engine_type(fmt)
        self._engine = engine
        if kind == "output":
            handle = capi.audio_queue_new_output(fmt, engine.on_output)
        else:
            handle = capi.audio_queue_new_input(fmt, engine.on_input)
        try:
            for _ in range(buffer_count):
                buffer = capi.audio_queue_allocate_buffer(handle, buffer_frames * fmt.bytes_per_frame)
                memory = capi.audio_queue_buffer_memory(buffer)
                engine.views[buffer] = np.frombuffer(memory, dtype=self._dtype).reshape(-1, engine.channels)
        except BaseException:
            capi.audio_queue_dispose(handle, True)
            raise
        self._buffers = tuple(engine.views)
        self._handle = handle
        self._finalizer = weakref.finalize(self, _dispose, handle, engine)

    @classmethod
    def output(cls, fmt: AudioFormat, *, buffer_frames: int = 2048, buffer_count: int = 3) -> AudioQueue:
        """A playback queue.

        Example
        -------
        >>> q = AudioQueue.output(AudioFormat.pcm_int16_stereo())             # doctest: +SKIP
        """
        return cls(fmt, kind="output", buffer_frames=buffer_frames, buffer_count=buffer_count)

    @classmethod
    def input(cls, fmt: AudioFormat, *, buffer_frames: int = 2048, buffer_count: int = 3) -> AudioQueue:
        """A recording queue.

        Example
        -------
        >>> q = AudioQueue.input(AudioFormat.pcm(44100.0, 1, 16))              # doctest: +SKIP
        """
        return cls(fmt, kind="input", buffer_frames=buffer_frames, buffer_count=buffer_count)

    @classmethod
    def new_output(cls, fmt: AudioFormat, *, buffer_frames: int = 2048, buffer_count: int = 3) -> AudioQueue:
        """coremusic 0.2's name of :meth:`output`.

        Example
        -------
        >>> q = AudioQueue.new_output(AudioFormat.pcm_int16_stereo())         # doctest: +SKIP
        """
        return cls.output(fmt, buffer_frames=buffer_frames, buffer_count=buffer_count)

    @classmethod
    def new_input(cls, fmt: AudioFormat, *, buffer_frames: int = 2048, buffer_count: int = 3) -> AudioQueue:
        """The recording counterpart of :meth:`new_output` (see :meth:`input`).

        Example
        -------
        >>> q = AudioQueue.new_input(AudioFormat.pcm(44100.0, 1, 16))          # doctest: +SKIP
        """
        return cls.input(fmt, buffer_frames=buffer_frames, buffer_count=buffer_count)

    # ------------------------------------------------------------ state
    @property
    def format(self) -> AudioFormat:
        return self._format

    @property
    def is_input(self) -> bool:
        """Whether this queue records (coremusic 0.2's flag)."""
        return self._kind == "input"

    @property
    def kind(self) -> QueueKind:
        return self._kind

    @property
    def buffer_frames(self) -> int:
        return self._buffer_frames

    @property
    def buffers(self) -> tuple[int, ...]:
        """The ``AudioQueueBufferRef`` handles in rotation."""
        return self._buffers

    @property
    def handle(self) -> int:
        """The ``AudioQueueRef`` handle (0 once closed)."""
        return self._handle

    @property
    def closed(self) -> bool:
        return self._handle == 0

    def _live(self) -> int:
        if not self._handle:
            raise ValueError("the AudioQueue is closed")
        return self._handle

    @property
    def is_running(self) -> bool:
        """Whether the queue is running (``kAudioQueueProperty_IsRunning``)."""
        raw = capi.audio_queue_get_property(self._live(), "aqrn", 4)
        return bool(struct.unpack("=I", raw)[0])

    @property
    def position(self) -> int:
        """Frames handed to the queue (output) or recorded (input) since the last play/record."""
        return self._engine.position

    @property
    def current_time(self) -> float:
        """The queue's time in seconds (``AudioQueueGetCurrentTime``)."""
        stamp, _jumped = capi.audio_queue_get_current_time(self._live())
        return stamp.sample_time / self._format.sample_rate

    @property
    def volume(self) -> float:
        """The queue's volume, 0.0 to 1.0."""
        return capi.audio_queue_get_parameter(self._live(), _VOLUME)

    @volume.setter
    def volume(self, value: float) -> None:
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
            raise ValueError(f"volume must be a number in 0.0..1.0, got {value!r}")
        capi.audio_queue_set_parameter(self._live(), _VOLUME, float(value))

    @property
    def callback_count(self) -> int:
        """How many times AudioQueue called back."""
        state = queue_state(self._handle) if self._handle else None
        return state.target.call_count if state is not None else 0

    @property
    def error_count(self) -> int:
        """How many callbacks raised (the exceptions wait for :meth:`check_errors`)."""
        state = queue_state(self._handle) if self._handle else None
        return state.target.error_count if state is not None else 0

    def check_errors(self) -> None:
        """Re-raise the first exception a callback raised since the last check.

        Example
        -------
        >>> q.check_errors()                                                 # doctest: +SKIP
        """
        capi.audio_queue_check_callback_errors(self._live())

    # ------------------------------------------------------------ playing and recording
    def _samples(self, data: Any) -> np.ndarray[Any, Any]:
        if not isinstance(data, np.ndarray):
            raise TypeError(f"data must be a numpy array, not {type(data).__name__}")
        arr = data.reshape(-1, 1) if data.ndim == 1 else data
        channels = self._engine.channels
        if arr.ndim != 2 or arr.shape[1] != channels:
            raise ValueError(f"data must have shape (frames, {channels}), got {data.shape}")
        if arr.dtype != self._dtype:
            raise TypeError(f"data dtype {arr.dtype} does not match the queue format's {self._dtype}")
        return arr

    def play(self, data: np.ndarray[Any, Any], *, loop: bool = False) -> None:
        """Start playing ``data`` (``(frames, channels)`` of the format's dtype).

        The buffers are filled and enqueued, then the queue starts; the
        callback keeps them going round until the data ends (or forever with
        ``loop=True``).  :meth:`wait` blocks until every buffer has come back.

        Example
        -------
        >>> q.play(np.zeros((48000, 2), np.float32)); q.wait()               # doctest: +SKIP
        """
        handle = self._live()
        if self._kind != "output":
            raise RuntimeError("play() needs an output queue; this one records")
        samples = self._samples(data)
        engine = self._engine
        if engine.queued:
            raise RuntimeError("the queue is still playing; stop() it first")
        engine.data = samples
        engine.loop = bool(loop)
        engine.position = 0
        engine.stopping = False
        engine.done.clear()
        for buffer in self._buffers:
            if engine.fill(buffer):
                engine.enqueue(handle, buffer)
        if not engine.queued:
            engine.done.set()
            return
        capi.audio_queue_start(handle)

    def record(self, frames: int) -> None:
        """Start recording ``frames`` frames into :attr:`recording`.

        Example
        -------
        >>> q.record(44100); q.wait()                                         # doctest: +SKIP
        """
        handle = self._live()
        if self._kind != "input":
            raise RuntimeError("record() needs an input queue; this one plays")
        if isinstance(frames, bool) or not isinstance(frames, int) or frames < 1:
            raise ValueError(f"frames must be an int >= 1, got {frames!r}")
        engine = self._engine
        if engine.queued:
            raise RuntimeError("the queue is still recording; stop() it first")
        engine.recording = np.zeros((frames, engine.channels), dtype=self._dtype)
        engine.position = 0
        engine.stopping = False
        engine.done.clear()
        for buffer in self._buffers:
            engine.enqueue(handle, buffer)
        capi.audio_queue_start(handle)

    @property
    def recording(self) -> np.ndarray[Any, Any]:
        """The frames recorded so far (a view of the preallocated array)."""
        rec = self._engine.recording
        if rec is None:
            return np.zeros((0, self._engine.channels), dtype=self._dtype)
        return rec[:self._engine.position]

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until playback has drained (or the recording is complete);
        then re-raise a callback's exception, if any.  Returns False on timeout.

        Example
        -------
        >>> q.wait(timeout=5.0)                                               # doctest: +SKIP
        True
        """
        self._live()
        finished = self._engine.done.wait(timeout)
        self.check_errors()
        return finished

    def start(self) -> None:
        """Start (or resume after :meth:`pause`).

        Example
        -------
        >>> q.start()                                                         # doctest: +SKIP
        """
        self._engine.stopping = False
        capi.audio_queue_start(self._live())

    def pause(self) -> None:
        """Pause; :meth:`start` resumes.

        Example
        -------
        >>> q.pause()                                                         # doctest: +SKIP
        """
        capi.audio_queue_pause(self._live())

    def stop(self, immediate: bool = True) -> None:
        """Stop now, or after the queued buffers (``immediate=False``).

        Example
        -------
        >>> q.stop()                                                          # doctest: +SKIP
        """
        handle = self._live()
        if immediate:
            self._engine.stopping = True
        capi.audio_queue_stop(handle, immediate)
        if immediate:
            self._engine.queued.clear()
            self._engine.done.set()

    def close(self) -> None:
        """Stop and dispose the queue and its buffers (idempotent).  A callback
        exception not yet reported is raised after disposing.

        Example
        -------
        >>> q.close()                                                         # doctest: +SKIP
        """
        if self._handle:
            self._handle = 0
            self._finalizer()

    def __enter__(self) -> AudioQueue:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        if self.closed:
            return f"<AudioQueue {self._kind} {self._format!r}: closed>"
        return (f"<AudioQueue {self._kind} {self._format!r}: {len(self._buffers)} x {self._buffer_frames} "
                f"frames, position {self._engine.position}, {len(self._engine.queued)} queued>")
