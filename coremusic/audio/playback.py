"""File playback for :mod:`coremusic.shortcuts`: :class:`PlaybackHandle`.

A file is decoded with the portable :class:`~coremusic.audio.file.AudioFile`,
resampled to the stream's rate when they differ
(:func:`coremusic.utils.dsp.resample`), scaled by ``volume`` and fed to a
portable :class:`~coremusic.audio.streams.AudioOutputStream` by its producer
thread: on Linux that stream is a JACK client, on macOS an AUHAL output unit
(statically verified only).  Mono files play on two channels.

Example
-------
>>> from coremusic.audio.playback import PlaybackHandle          # doctest: +SKIP
>>> with PlaybackHandle.from_file("song.wav") as h:              # doctest: +SKIP
...     h.start(); h.wait()
"""

from __future__ import annotations

import math
import os
import threading
import time
from typing import Any

import numpy as np
import numpy.typing as npt

from coremusic.audio.streams import AudioOutputStream, DeviceSpec

__all__ = ["PlaybackHandle", "load_for_playback"]


def load_for_playback(path: str | os.PathLike[str], volume: float = 1.0
                      ) -> tuple[npt.NDArray[np.float32], int]:
    """Decode ``path`` to float32 ``(frames, channels)`` scaled by ``volume``, and its rate.

    Example
    -------
    >>> data, rate = load_for_playback("song.wav", 0.5)           # doctest: +SKIP
    """
    from coremusic.audio.file import AudioFile

    if isinstance(volume, bool) or not isinstance(volume, int | float) or not math.isfinite(volume) \
            or volume < 0:
        raise ValueError(f"volume must be a finite number >= 0, got {volume!r}")
    with AudioFile(path) as f:
        data = f.read()
        rate = int(f.samplerate)
    samples = np.asarray(data, np.float32)
    if samples.ndim == 1:
        samples = samples[:, None]
    if volume != 1.0:
        samples = samples * np.float32(volume)
    return np.ascontiguousarray(samples, np.float32), rate


class PlaybackHandle:
    """A file (or array) playing on an :class:`AudioOutputStream` in the background.

    Parameters
    ----------
    data : np.ndarray [shape=(frames, channels)]
        Samples in [-1, 1] at ``sample_rate``.
    sample_rate : int
        The data's rate; resampled to the stream's when they differ.
    loop : bool
        Start again at the end until :meth:`stop`.
    device, server, backend
        Passed to :class:`AudioOutputStream`.

    Example
    -------
    >>> import numpy as np
    >>> h = PlaybackHandle(np.zeros((4800, 2), np.float32), 48000)   # doctest: +SKIP
    >>> h.start(); h.wait(); h.close()                              # doctest: +SKIP
    """

    def __init__(self, data: Any, sample_rate: int, *, loop: bool = False, device: DeviceSpec = None,
                 server: str | None = None, backend: str | None = None) -> None:
        samples = np.asarray(data, np.float32)
        if samples.ndim == 1:
            samples = samples[:, None]
        if samples.ndim != 2 or samples.shape[1] < 1:
            raise ValueError(f"data must have shape (frames, channels), got {samples.shape}")
        if isinstance(sample_rate, bool) or not isinstance(sample_rate, int) or sample_rate < 1:
            raise ValueError(f"sample_rate must be a positive int, got {sample_rate!r}")
        if samples.shape[1] == 1:
            samples = np.repeat(samples, 2, axis=1)
        self._stream = AudioOutputStream(int(samples.shape[1]), device=device, server=server,
                                         name="coremusic-play", backend=backend)
        try:
            rate = self._stream.sample_rate
            if rate != sample_rate and samples.shape[0]:
                from coremusic.utils.dsp import resample

                samples = resample(samples, sample_rate, rate, axis=0).astype(np.float32)
        except BaseException:
            self._stream.close()
            raise
        self._data = np.ascontiguousarray(samples, np.float32)
        self.sample_rate = rate
        self.loop = bool(loop)
        self._fed = 0
        self._exhausted = threading.Event()
        self._stream.set_generator(self._next_block)

    @classmethod
    def from_file(cls, path: str | os.PathLike[str], *, loop: bool = False, volume: float = 1.0,
                  device: DeviceSpec = None, server: str | None = None,
                  backend: str | None = None) -> PlaybackHandle:
        """Decode ``path`` and make a handle (not started).

        Example
        -------
        >>> h = PlaybackHandle.from_file("song.flac", volume=0.5)      # doctest: +SKIP
        """
        data, rate = load_for_playback(path, volume)
        return cls(data, rate, loop=loop, device=device, server=server, backend=backend)

    def _next_block(self, frames: int) -> npt.NDArray[np.float32] | None:
        data = self._data
        if self._fed >= len(data):
            if not self.loop or not len(data):
                self._exhausted.set()
                return None
            self._fed = 0
        block = data[self._fed:self._fed + frames]
        self._fed += len(block)
        return block

    # ------------------------------------------------------------ control
    @property
    def stream(self) -> AudioOutputStream:
        """The output stream carrying the sound."""
        return self._stream

    @property
    def frames(self) -> int:
        """Length of the sound in frames at the stream's rate."""
        return len(self._data)

    @property
    def duration(self) -> float:
        """Length of the sound in seconds."""
        return len(self._data) / self.sample_rate

    def start(self) -> None:
        """Start playing (the stream and its producer thread)."""
        self._stream.start()

    def pause(self) -> None:
        """Pause; buffered audio is kept and :meth:`resume` continues from there."""
        self._stream.stop()

    def resume(self) -> None:
        """Continue after :meth:`pause`."""
        self._stream.start()

    def stop(self) -> None:
        """Stop for good and release the stream (idempotent)."""
        self._stream.close()

    close = stop

    @property
    def finished(self) -> bool:
        """Whether the whole sound has been handed to the device (never, while looping)."""
        if self._stream.closed:
            return True
        return self._exhausted.is_set() and self._stream.buffered_frames == 0

    @property
    def is_playing(self) -> bool:
        """Whether it is running: started, not paused, stopped or finished."""
        return self._stream.active and not self.finished

    @property
    def position(self) -> float:
        """Seconds into the sound of the frames handed to the device so far."""
        if self._stream.closed:
            return self.duration
        played = self._stream.ring.frames_read
        if self.loop and len(self._data):
            played %= len(self._data)
        return min(played, len(self._data)) / self.sample_rate

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the sound has played (False on timeout; a looping sound waits
        until :meth:`stop` from another thread or the timeout).

        Example
        -------
        >>> h.wait(timeout=10.0)                                      # doctest: +SKIP
        True
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        interval = self._stream._poll_interval()
        while not self._exhausted.is_set():
            if self._stream.closed:
                return True
            if deadline is not None and time.monotonic() >= deadline:
                return False
            time.sleep(interval)
        if self._stream.closed:
            return True
        remaining = None if deadline is None else max(deadline - time.monotonic(), 0.0)
        return self._stream.drain(remaining)

    def __enter__(self) -> PlaybackHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._stream.closed else ("playing" if self.is_playing else "idle")
        return (f"PlaybackHandle({self.frames} frames x {self._data.shape[1]} ch, "
                f"{self.sample_rate} Hz, loop={self.loop}, {state})")
