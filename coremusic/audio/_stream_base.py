"""What every portable stream shares: backend client, engine, lifetime, statistics.

The public stream classes and one-liners are in :mod:`coremusic.audio.streams`;
this module holds their common base (:class:`_Stream`) and input checks.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from coremusic.audio.devices import AudioDevice
from coremusic.backends import audio_backend
from coremusic.exceptions import AudioDeviceError
from coremusic.realtime.engine import CallbackEngine, is_c_function
from coremusic.realtime.ringbuffer import next_power_of_two
from coremusic.realtime.stats import StreamStats

__all__ = ["DeviceSpec", "Generator"]

DeviceSpec = AudioDevice | str | Sequence[str] | None
Generator = Callable[[int], Any] | Iterable[Any]


def _as_block(data: Any, channels: int, what: str) -> npt.NDArray[Any]:
    arr = np.asarray(data)
    if arr.ndim == 1:
        if channels != 1:
            arr = np.repeat(arr[:, None], channels, axis=1) if arr.size else arr.reshape(0, channels)
        else:
            arr = arr[:, None]
    if arr.ndim != 2 or arr.shape[1] != channels:
        raise ValueError(f"{what}: expected shape (frames, {channels}), got {arr.shape}")
    if not np.issubdtype(arr.dtype, np.number):
        raise TypeError(f"{what}: expected numeric samples, got dtype {arr.dtype}")
    return arr


class _Stream:
    """What every stream shares: backend client, engine, lifetime, statistics."""

    _direction = "output"

    def __init__(self, *, input_channels: int, output_channels: int, sample_rate: float | None,
                 buffer_size: int | None, callback: Any, device: DeviceSpec, connect: bool,
                 name: str, server: str | None, ring_frames: int | None,
                 backend: str | None) -> None:
        for label, value in (("input_channels", input_channels), ("output_channels", output_channels)):
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"{label} must be a non-negative int, got {value!r}")
        if buffer_size is not None and (not isinstance(buffer_size, int) or buffer_size < 1):
            raise ValueError(f"buffer_size must be a positive int, got {buffer_size!r}")
        module = audio_backend(backend)
        self._backend = module.open_stream_backend(name, input_channels, output_channels,
                                                   server=server, device=device)
        self._finalizer = weakref.finalize(self, self._backend.close)
        try:
            rate = self._backend.sample_rate
            self._backend.check_sample_rate(sample_rate)
            self.period = self._backend.buffer_size
            self.buffer_size = buffer_size or self.period
            self.input_channels = input_channels
            self.output_channels = output_channels
            self._raw = is_c_function(callback)
            if ring_frames is None:
                ring_frames = next_power_of_two(max(4 * self.period, 4 * self.buffer_size, 4096))
            self._engine = CallbackEngine(
                input_channels=input_channels, output_channels=output_channels,
                sample_rate=rate, callback=None if self._raw else callback,
                ring_frames=ring_frames if callback is None else (1 if self._raw else 0),
                to_seconds=self._backend.frames_to_seconds)
            if self._raw:
                self._backend.attach_c_callback(callback)
            else:
                self._backend.attach(self._engine)
            self._targets_out: list[str] = []
            self._targets_in: list[str] = []
            if connect:
                if output_channels:
                    self._targets_out = self._backend.resolve_targets(device, "output",
                                                                      output_channels)
                if input_channels:
                    self._targets_in = self._backend.resolve_targets(device, "input",
                                                                     input_channels)
        except BaseException:
            self._finalizer()
            raise
        self._closed = False
        self._started = False

    # ------------------------------------------------------------ lifetime
    def _check_open(self) -> None:
        if self._closed:
            raise AudioDeviceError(f"{type(self).__name__} is closed")

    def _check_alive(self) -> None:
        # inside blocking loops: the server may shut us down (or zombify a late client)
        reason = self._backend.shutdown_reason
        if reason is not None:
            raise AudioDeviceError(
                f"{type(self).__name__}: the audio server shut this stream's client down: {reason}")

    def start(self) -> None:
        """Start streaming (connects to the device ports); idempotent while running."""
        self._check_open()
        if self._started:
            return
        self._engine.reset_for_start()
        self._backend.start(self._targets_out, self._targets_in)
        self._started = True

    def stop(self) -> None:
        """Stop streaming; buffered output that has not played yet is kept."""
        if self._closed or not self._started:
            return
        self._backend.stop()
        self._started = False

    def close(self) -> None:
        """Stop, close the backend client and release the trampolines (idempotent)."""
        if self._closed:
            return
        self.stop()
        self._closed = True
        self._finalizer()

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._closed

    @property
    def active(self) -> bool:
        """Whether the stream is running and its callback has not stopped it."""
        return self._started and not self._closed and not self._engine.stopped_by_callback

    def __enter__(self) -> Any:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ facts
    @property
    def sample_rate(self) -> int:
        """The stream's (the server's) sample rate in Hz."""
        self._check_open()
        return int(self._backend.sample_rate)

    @property
    def channels(self) -> int:
        """Channels of the stream's direction (output for duplex streams)."""
        return self.output_channels or self.input_channels

    @property
    def latency_frames(self) -> int:
        """The backend's latency of this stream's ports in frames.

        For output, the playback latency JACK computed for our output ports
        (from what they connect to); for input, the capture latency.
        Buffered ring frames are not included (see ``buffered_frames``).
        """
        self._check_open()
        return int(self._backend.latency_frames(self._direction))

    @property
    def latency(self) -> float:
        """:attr:`latency_frames` in seconds."""
        return self.latency_frames / self.sample_rate

    @property
    def stats(self) -> StreamStats:
        """Callbacks, xruns, errors and callback-time statistics (a snapshot)."""
        return self._engine.stats()

    @property
    def overruns(self) -> int:
        """Input blocks that did not fit the ring (frames were dropped)."""
        return self._engine.overruns

    @property
    def underruns(self) -> int:
        """Times the output ring ran dry while data was flowing."""
        return self._engine.underruns

    @property
    def callback_errors(self) -> tuple[BaseException, ...]:
        """Exceptions raised by the callback on the audio thread (the first 16)."""
        return self._engine.callback_errors

    @property
    def cpu_load(self) -> float:
        """The audio server's DSP load in percent."""
        self._check_open()
        return float(self._backend.cpu_load)

    @property
    def first_frame_time(self) -> int | None:
        """Backend frame time of the first ring frame played or recorded (None before)."""
        return self._engine.first_frame_time

    @property
    def input_ports(self) -> list[str]:
        """Full names of the stream's input ports."""
        return list(self._backend.port_names("input"))

    @property
    def output_ports(self) -> list[str]:
        """Full names of the stream's output ports."""
        return list(self._backend.port_names("output"))

    def connect(self, ports: Sequence[str], direction: str | None = None) -> None:
        """Connect our ports, in channel order, to the named ports (the stream must be started).

        ``direction`` is ``'output'`` (our outputs -> ``ports``) or ``'input'``
        (``ports`` -> our inputs); the default is the stream's direction.
        """
        self._check_open()
        direction = direction or self._direction
        ours_all = self.output_ports if direction == "output" else self.input_ports
        for ours, theirs in zip(ours_all, ports, strict=False):
            self._backend.connect_ports(ours, theirs, direction)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the callback raised ``CallbackStop``/``CallbackAbort``; False on timeout."""
        return self._engine.finished.wait(timeout)

    def _poll_interval(self) -> float:
        return max(float(self.period) / self._engine.sample_rate / 4.0, 0.0005)

    def __repr__(self) -> str:
        state = "closed" if self._closed else ("active" if self.active else "stopped")
        return (f"{type(self).__name__}(in={self.input_channels}, out={self.output_channels}, "
                f"{self._engine.sample_rate:.0f} Hz, period={self.period}, {state})")
