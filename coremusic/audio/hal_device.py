"""`AudioDevice`: one CoreAudio HAL device, every property queried live (macOS).

Every attribute reads the HAL anew (nothing is cached but the name, which
error messages use when the device has gone away).  HAL errors raise
:class:`~coremusic.exceptions.AudioDeviceError` naming the device, the
property and the C function; values are validated before they reach C, and
the errors list what the device supports.

CoreAudio exists only on macOS: elsewhere the constructor raises
:class:`~coremusic.exceptions.PlatformNotSupportedError` naming the portable
alternative, ``coremusic.audio.devices`` (JACK backend).
"""

from __future__ import annotations

import math
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from coremusic._ffi import load_library
from coremusic.capi import hal
from coremusic.constants import AudioTransportType
from coremusic.exceptions import AudioDeviceError, PlatformNotSupportedError
from coremusic.formats import AudioFormat
from coremusic.structs import AudioValueRange

from .hal_listeners import DeviceSubscription

if TYPE_CHECKING:
    import asyncio

__all__ = ["AudioDevice", "AudioStream", "Scope", "require_coreaudio"]

Scope = Literal["input", "output"]
PORTABLE_ALTERNATIVE = "coremusic.audio.devices (JACK backend)"
SYSTEM_OBJECT = 1
_SCOPES: dict[str, str] = {"input": "inpt", "output": "outp"}
_HOG_FREE = -1
_T = TypeVar("_T")


def require_coreaudio(what: str) -> None:
    """Raise :class:`PlatformNotSupportedError` naming ``what`` when CoreAudio is missing.

    Example
    -------
    >>> import sys
    >>> if sys.platform != "darwin":
    ...     try:
    ...         require_coreaudio("AudioDevice")
    ...     except PlatformNotSupportedError as e:
    ...         print(e.alternative)
    ... else:
    ...     print("coremusic.audio.devices (JACK backend)")
    coremusic.audio.devices (JACK backend)
    """
    try:
        load_library("CoreAudio")
    except PlatformNotSupportedError as exc:
        raise PlatformNotSupportedError(
            f"{what} needs Apple's CoreAudio framework, which exists only on macOS "
            f"(this platform is {exc.platform!r}). Use {PORTABLE_ALTERNATIVE} instead.",
            framework="CoreAudio", platform=exc.platform,
            alternative=PORTABLE_ALTERNATIVE) from None


def check_scope(scope: object) -> str:
    """The HAL scope FourCC of ``'input'``/``'output'``; anything else raises ``ValueError``.

    Example
    -------
    >>> check_scope("input")
    'inpt'
    """
    if not isinstance(scope, str) or scope not in _SCOPES:
        raise ValueError(f"scope must be 'input' or 'output', got {scope!r}")
    return _SCOPES[scope]


def _check_channel(channel: object) -> int:
    if isinstance(channel, bool) or not isinstance(channel, int):
        raise TypeError(f"channel must be an int (0 is the main element), got {type(channel).__name__}")
    if not 0 <= channel <= 0xFFFF:
        raise ValueError(f"channel must be 0 (main) or a channel number from 1, got {channel}")
    return channel


def _format_rates(ranges: list[AudioValueRange]) -> str:
    parts = []
    for r in ranges:
        if r.minimum == r.maximum:
            parts.append(f"{r.minimum:g}")
        else:
            parts.append(f"{r.minimum:g}-{r.maximum:g}")
    return ", ".join(dict.fromkeys(parts)) + " Hz" if parts else "none"


class _Reader:
    """Reads one object's properties, re-raising HAL errors with a label."""

    def __init__(self, object_id: int, label: Callable[[], str]) -> None:
        self.object_id = object_id
        self._label = label

    def __call__(self, what: str, fn: Callable[..., _T], *args: Any) -> _T:
        try:
            return fn(self.object_id, *args)
        except AudioDeviceError as exc:
            label = self._label()
            raise AudioDeviceError(
                f"{label}: {what} failed: {exc.message}", exc.status, operation=exc.operation,
                obj=label, name=exc.name, suggestion=exc.suggestion) from exc


@dataclass(frozen=True)
class AudioStream:
    """One stream of a device (``kAudioDevicePropertyStreams``), read live.

    Attributes
    ----------
    stream_id : int
        The ``AudioStreamID``.
    scope : str
        ``'input'`` or ``'output'``.
    channels : int
        Channels of this stream in the device's stream configuration.

    Example
    -------
    >>> s = AudioStream(120, "output", 2)
    >>> s.stream_id, s.scope, s.channels
    (120, 'output', 2)
    """

    stream_id: int
    scope: str
    channels: int

    def _read(self) -> _Reader:
        return _Reader(self.stream_id, lambda: f"audio stream {self.stream_id}")

    @property
    def latency(self) -> int:
        """``kAudioStreamPropertyLatency`` in frames."""
        return self._read()("reading the stream latency", hal.audio_object_get_property_uint32,
                            "ltnc")

    @property
    def format(self) -> AudioFormat:
        """The virtual format (``kAudioStreamPropertyVirtualFormat``)."""
        return self._read()("reading the stream format", hal.audio_object_get_property_format,
                            "sfmt")


class AudioDevice:
    """A CoreAudio device, identified by its ``AudioObjectID``.

    Get devices from :class:`~coremusic.audio.hal_devices.AudioDeviceManager`
    rather than by id.  Two objects for the same id compare equal.

    Parameters
    ----------
    device_id : int
        The ``AudioDeviceID``.

    Raises
    ------
    PlatformNotSupportedError
        Off macOS.
    AudioDeviceError
        No device has this id (``'!obj'``).

    Example
    -------
    >>> from coremusic.audio.hal_devices import AudioDeviceManager     # doctest: +SKIP
    >>> out = AudioDeviceManager.get_default_output_device()          # doctest: +SKIP
    >>> out.name, out.transport_type, out.channel_count("output")     # doctest: +SKIP
    ('MacBook Pro Speakers', <AudioTransportType.BUILT_IN: 'bltn'>, 2)
    >>> out.sample_rate = 44100.0                                     # doctest: +SKIP
    >>> out.set_volume(0.5)                                           # doctest: +SKIP
    """

    def __init__(self, device_id: int) -> None:
        require_coreaudio("AudioDevice")
        if isinstance(device_id, bool) or not isinstance(device_id, int):
            raise TypeError(f"device_id must be an int, got {type(device_id).__name__}")
        if not 0 < device_id <= 0xFFFFFFFF or device_id == SYSTEM_OBJECT:
            raise ValueError(f"device_id must be an AudioDeviceID (not 0 or the system object 1), "
                             f"got {device_id}")
        self._id = device_id
        self._label = f"audio device {device_id}"
        self._read = _Reader(device_id, lambda: self._label)
        self._name = self._read("reading the name", hal.audio_object_get_property_cfstring, "lnam")
        self._label = f"audio device {self._name!r} (id {device_id})"

    # ------------------------------------------------------------ identity
    @property
    def device_id(self) -> int:
        """The ``AudioDeviceID``."""
        return self._id

    @property
    def name(self) -> str:
        """``kAudioObjectPropertyName``."""
        name = self._read("reading the name", hal.audio_object_get_property_cfstring, "lnam")
        self._name = name
        self._label = f"audio device {name!r} (id {self._id})"
        return name

    @property
    def manufacturer(self) -> str:
        """``kAudioObjectPropertyManufacturer``."""
        return self._read("reading the manufacturer", hal.audio_object_get_property_cfstring,
                          "lmak")

    @property
    def uid(self) -> str:
        """``kAudioDevicePropertyDeviceUID``: stable across reboots and reconnections."""
        return self._read("reading the UID", hal.audio_object_get_property_cfstring, "uid ")

    @property
    def model_uid(self) -> str:
        """``kAudioDevicePropertyModelUID``: the same for every unit of one model."""
        return self._read("reading the model UID", hal.audio_object_get_property_cfstring, "muid")

    @property
    def transport_type(self) -> AudioTransportType | int:
        """``kAudioDevicePropertyTransportType`` as :class:`AudioTransportType`
        (a plain ``int`` for a value Apple has not named)."""
        value = self._read("reading the transport type", hal.audio_object_get_property_uint32,
                           "tran")
        try:
            return AudioTransportType(value)
        except ValueError:
            return value

    @property
    def is_physical(self) -> bool:
        """Whether the device is hardware (not an aggregate or virtual device)."""
        return self.transport_type not in (AudioTransportType.AGGREGATE,
                                           AudioTransportType.AUTO_AGGREGATE,
                                           AudioTransportType.VIRTUAL)

    @property
    def is_alive(self) -> bool:
        """``kAudioDevicePropertyDeviceIsAlive``."""
        return bool(self._read("reading is-alive", hal.audio_object_get_property_uint32, "livn"))

    @property
    def is_running(self) -> bool:
        """``kAudioDevicePropertyDeviceIsRunning``: whether any IOProc runs on it."""
        return bool(self._read("reading is-running", hal.audio_object_get_property_uint32, "goin"))

    @property
    def is_default_output(self) -> bool:
        """Whether this is the default output device now."""
        return self._system_device("dOut") == self._id

    @property
    def is_default_input(self) -> bool:
        """Whether this is the default input device now."""
        return self._system_device("dIn ") == self._id

    def _system_device(self, selector: str) -> int:
        return _Reader(SYSTEM_OBJECT, lambda: "the audio system")(
            f"reading the default device {selector!r}", hal.audio_object_get_property_uint32,
            selector)

    # ------------------------------------------------------------ sample rate
    @property
    def sample_rate_ranges(self) -> list[AudioValueRange]:
        """``kAudioDevicePropertyAvailableNominalSampleRates`` as ranges."""
        return self._read("reading the available sample rates",
                          hal.audio_object_get_property_value_ranges, "nsr#")

    @property
    def available_sample_rates(self) -> list[float]:
        """The nominal rates the device offers, ascending (both ends of a continuous range)."""
        rates = {v for r in self.sample_rate_ranges for v in (r.minimum, r.maximum)}
        return sorted(rates)

    @property
    def sample_rate(self) -> float:
        """``kAudioDevicePropertyNominalSampleRate`` in Hz.

        Setting validates against :attr:`sample_rate_ranges` first; an
        unsupported rate raises ``ValueError`` listing the supported ones.
        The HAL applies the change asynchronously (see :meth:`on_sample_rate_changed`).
        """
        return self._read("reading the sample rate", hal.audio_object_get_property_float64, "nsrt")

    @sample_rate.setter
    def sample_rate(self, rate: float) -> None:
        if isinstance(rate, bool) or not isinstance(rate, int | float):
            raise TypeError(f"sample rate must be a number, got {type(rate).__name__}")
        rate = float(rate)
        if not math.isfinite(rate) or rate <= 0:
            raise ValueError(f"sample rate must be a positive finite number, got {rate}")
        ranges = self.sample_rate_ranges
        if not any(r.contains(rate) for r in ranges):
            raise ValueError(f"{self._label} does not support a sample rate of {rate:g} Hz; "
                             f"supported: {_format_rates(ranges)}")
        self._read("setting the sample rate", hal.audio_object_set_property_float64, "nsrt", rate)

    # ------------------------------------------------------------ buffer size
    @property
    def buffer_frame_size_range(self) -> tuple[int, int]:
        """``kAudioDevicePropertyBufferFrameSizeRange``: (minimum, maximum) frames."""
        ranges = self._read("reading the buffer frame size range",
                            hal.audio_object_get_property_value_ranges, "fsz#")
        if len(ranges) != 1:
            raise AudioDeviceError(f"{self._label}: the buffer frame size range holds "
                                   f"{len(ranges)} ranges, not 1", obj=self._label)
        return int(ranges[0].minimum), int(ranges[0].maximum)

    @property
    def buffer_frame_size(self) -> int:
        """``kAudioDevicePropertyBufferFrameSize`` in frames; setting validates
        against :attr:`buffer_frame_size_range`."""
        return self._read("reading the buffer frame size", hal.audio_object_get_property_uint32,
                          "fsiz")

    @buffer_frame_size.setter
    def buffer_frame_size(self, frames: int) -> None:
        if isinstance(frames, bool) or not isinstance(frames, int):
            raise TypeError(f"buffer frame size must be an int, got {type(frames).__name__}")
        low, high = self.buffer_frame_size_range
        if not low <= frames <= high:
            raise ValueError(f"{self._label} supports buffer frame sizes {low}-{high}, "
                             f"got {frames}")
        self._read("setting the buffer frame size", hal.audio_object_set_property_uint32,
                   "fsiz", frames)

    @property
    def buffer_size(self) -> int:
        """Alias of :attr:`buffer_frame_size` (the portable backend's name)."""
        return self.buffer_frame_size

    @buffer_size.setter
    def buffer_size(self, frames: int) -> None:
        self.buffer_frame_size = frames

    # ------------------------------------------------------------ streams, channels, latency
    def stream_channels(self, scope: Scope = "output") -> list[int]:
        """Channels per buffer of the stream configuration (``'slay'``) in ``scope``.

        Example
        -------
        >>> device.stream_channels("input")                         # doctest: +SKIP
        [2]
        """
        return self._read(f"reading the {scope} stream configuration",
                          hal.audio_object_get_property_buffer_list_channels,
                          ("slay", check_scope(scope), 0))

    def channel_count(self, scope: Scope = "output") -> int:
        """Channels in ``scope`` (``'input'`` or ``'output'``), from the stream configuration.

        Example
        -------
        >>> device.channel_count("output")                          # doctest: +SKIP
        2
        """
        return sum(self.stream_channels(scope))

    @property
    def input_channels(self) -> int:
        """Channels the device records."""
        return self.channel_count("input")

    @property
    def output_channels(self) -> int:
        """Channels the device plays."""
        return self.channel_count("output")

    def get_streams(self, scope: Scope = "output") -> list[AudioStream]:
        """The streams in ``scope``, with their channel counts.

        Example
        -------
        >>> device.get_streams("output")                            # doctest: +SKIP
        [AudioStream(stream_id=120, scope='output', channels=2)]
        """
        code = check_scope(scope)
        ids = self._read(f"reading the {scope} streams", hal.audio_object_get_property_array_uint32,
                         ("stm#", code, 0))
        channels = self.stream_channels(scope)
        if len(channels) != len(ids):
            raise AudioDeviceError(f"{self._label}: {len(ids)} {scope} streams but "
                                   f"{len(channels)} buffers in the stream configuration",
                                   obj=self._label)
        return [AudioStream(sid, scope, n) for sid, n in zip(ids, channels, strict=True)]

    @property
    def streams(self) -> list[AudioStream]:
        """Every stream: input streams first, then output streams."""
        return self.get_streams("input") + self.get_streams("output")

    def latency(self, scope: Scope = "output") -> int:
        """Total latency in frames in ``scope``: the device latency, its safety
        offset and the first stream's latency (0 without streams).

        Example
        -------
        >>> device.latency("output")                                # doctest: +SKIP
        62
        """
        code = check_scope(scope)
        device = self._read(f"reading the {scope} latency", hal.audio_object_get_property_uint32,
                            ("ltnc", code, 0))
        safety = self._read(f"reading the {scope} safety offset",
                            hal.audio_object_get_property_uint32, ("saft", code, 0))
        streams = self.get_streams(scope)
        return device + safety + (streams[0].latency if streams else 0)

    def latency_seconds(self, scope: Scope = "output") -> float:
        """:meth:`latency` in seconds at the current sample rate.

        Example
        -------
        >>> device.latency_seconds("output")                        # doctest: +SKIP
        0.00129...
        """
        return self.latency(scope) / self.sample_rate

    # ------------------------------------------------------------ hog mode
    @property
    def hog_mode_owner(self) -> int | None:
        """The pid of the process holding exclusive access, or ``None`` when free."""
        raw = self._read("reading hog mode", hal.audio_object_get_property_data, "oink")
        if len(raw) != 4:
            raise AudioDeviceError(f"{self._label}: hog mode returned {len(raw)} bytes, not a pid_t",
                                   obj=self._label)
        (pid,) = struct.unpack("=i", raw)
        return None if pid == _HOG_FREE else int(pid)

    def acquire_hog_mode(self) -> None:
        """Take exclusive access for this process.

        Raises :class:`AudioDeviceError` when another process holds it.

        Example
        -------
        >>> device.acquire_hog_mode()                              # doctest: +SKIP
        >>> device.hog_mode_owner == os.getpid()                   # doctest: +SKIP
        True
        """
        owner = self.hog_mode_owner
        me = os.getpid()
        if owner == me:
            return
        if owner is not None:
            raise AudioDeviceError(f"{self._label} is hogged by process {owner}", obj=self._label)
        self._read("taking hog mode", hal.audio_object_set_property_data, "oink",
                   struct.pack("=i", me))

    def release_hog_mode(self) -> None:
        """Give up exclusive access (nothing to do when this process does not hold it).

        Raises :class:`AudioDeviceError` when another process holds it.

        Example
        -------
        >>> device.release_hog_mode()                              # doctest: +SKIP
        """
        owner = self.hog_mode_owner
        if owner is None:
            return
        if owner != os.getpid():
            raise AudioDeviceError(f"{self._label} is hogged by process {owner}, not this one",
                                   obj=self._label)
        self._read("releasing hog mode", hal.audio_object_set_property_data, "oink",
                   struct.pack("=i", _HOG_FREE))

    # ------------------------------------------------------------ volume and mute
    def _control(self, selector: str, scope: Scope, channel: int, what: str) -> tuple[str, str, int]:
        address = (selector, check_scope(scope), _check_channel(channel))
        if not hal.audio_object_has_property(self._id, address):
            present = self.control_channels(selector, scope)
            where = "the main element" if channel == 0 else f"channel {channel}"
            raise AudioDeviceError(
                f"{self._label} has no {scope} {what} control on {where}; "
                f"elements with one: {present or 'none'} (0 is the main element)",
                0x77686F3F, obj=self._label)  # 'who?' kAudioHardwareUnknownPropertyError
        return address

    def control_channels(self, selector: str, scope: Scope = "output") -> list[int]:
        """Elements (0 = main, then channels) that have property ``selector``
        (``'volm'``, ``'mute'`` ...) in ``scope``.

        Example
        -------
        >>> device.control_channels("volm", "output")               # doctest: +SKIP
        [1, 2]
        """
        code = check_scope(scope)
        last = self.channel_count(scope)
        return [ch for ch in range(last + 1) if hal.audio_object_has_property(self._id,
                                                                              (selector, code, ch))]

    def has_volume(self, scope: Scope = "output", channel: int = 0) -> bool:
        """Whether ``scope`` has a volume control on ``channel`` (0: main).

        Example
        -------
        >>> device.has_volume("output", 1)                          # doctest: +SKIP
        True
        """
        return hal.audio_object_has_property(
            self._id, ("volm", check_scope(scope), _check_channel(channel)))

    def get_volume(self, scope: Scope = "output", channel: int = 0) -> float:
        """``kAudioDevicePropertyVolumeScalar`` (0.0-1.0) of ``channel`` (0: main).

        Example
        -------
        >>> device.get_volume("output", 1)                          # doctest: +SKIP
        0.8
        """
        address = self._control("volm", scope, channel, "volume")
        raw = self._read("reading the volume", hal.audio_object_get_property_data, address)
        if len(raw) != 4:
            raise AudioDeviceError(f"{self._label}: volume returned {len(raw)} bytes, not a Float32",
                                   obj=self._label)
        return float(struct.unpack("=f", raw)[0])

    def set_volume(self, volume: float, scope: Scope = "output", channel: int = 0) -> None:
        """Set the volume scalar (0.0-1.0) of ``channel`` (0: main).

        Example
        -------
        >>> device.set_volume(0.5, "output", 1)                     # doctest: +SKIP
        """
        if isinstance(volume, bool) or not isinstance(volume, int | float):
            raise TypeError(f"volume must be a number, got {type(volume).__name__}")
        if not 0.0 <= float(volume) <= 1.0:
            raise ValueError(f"volume must be between 0.0 and 1.0, got {volume}")
        address = self._control("volm", scope, channel, "volume")
        self._read("setting the volume", hal.audio_object_set_property_data, address,
                   struct.pack("=f", float(volume)))

    def get_mute(self, scope: Scope = "output", channel: int = 0) -> bool:
        """``kAudioDevicePropertyMute`` of ``channel`` (0: main).

        Example
        -------
        >>> device.get_mute()                                       # doctest: +SKIP
        False
        """
        address = self._control("mute", scope, channel, "mute")
        return bool(self._read("reading mute", hal.audio_object_get_property_uint32, address))

    def set_mute(self, mute: bool, scope: Scope = "output", channel: int = 0) -> None:
        """Mute or unmute ``channel`` (0: main).

        Example
        -------
        >>> device.set_mute(True)                                   # doctest: +SKIP
        """
        if not isinstance(mute, bool):
            raise TypeError(f"mute must be a bool, got {type(mute).__name__}")
        address = self._control("mute", scope, channel, "mute")
        self._read("setting mute", hal.audio_object_set_property_uint32, address, int(mute))

    # ------------------------------------------------------------ listeners
    def on_sample_rate_changed(self, callback: Callable[[AudioDevice, float], object], *,
                               loop: asyncio.AbstractEventLoop | None = None) -> DeviceSubscription:
        """Call ``callback(device, new_rate)`` when the nominal sample rate changes.

        Delivered on coremusic's dispatcher thread, or on ``loop`` via
        ``call_soon_threadsafe``; never on the HAL's thread.

        Example
        -------
        >>> sub = device.on_sample_rate_changed(lambda d, rate: print(d, rate))  # doctest: +SKIP
        >>> sub.remove()                                                         # doctest: +SKIP
        """
        device_id = self._id
        name = self._name

        def produce() -> tuple[AudioDevice, float]:
            device = AudioDevice(device_id)
            return device, device.sample_rate

        sub = DeviceSubscription(f"sample rate of {name!r}", callback, produce, loop=loop)
        sub._listen([(device_id, ("nsrt", "glob", 0))])
        return sub

    # ------------------------------------------------------------ dunder
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AudioDevice):
            return NotImplemented
        return self._id == other._id

    def __hash__(self) -> int:
        return hash(("AudioDevice", self._id))

    def __str__(self) -> str:
        """The device name: ``AudioDeviceManager.find_device(str(device))`` finds it again."""
        return self._name

    def __repr__(self) -> str:
        try:
            details = (f"uid={self.uid!r} {getattr(self.transport_type, 'name', 'unknown').lower()}, "
                       f"{self.input_channels} in / {self.output_channels} out, "
                       f"{self.sample_rate:g} Hz")
        except (AudioDeviceError, ValueError, TypeError) as exc:
            details = f"unavailable: {exc}"
        return f"<AudioDevice {self._id} {self._name!r} {details}>"
