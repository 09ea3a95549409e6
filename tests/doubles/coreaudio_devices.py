"""A richer HAL device graph on the cffi-typed CoreAudio double.

``DeviceGraphModel(framework_double("CoreAudio"), cf)`` is a
:class:`tests.doubles.coreaudio.HALModel` whose table holds a small studio:
built-in speakers and microphone, a USB interface with inputs and outputs, and
an aggregate device.  On top of HALModel it

- validates nominal sample rates against each device's available rates and
  buffer frame sizes against their range (as the HAL refuses others),
- calls the property listeners of a property that was set, from another
  thread, as the HAL's notification thread would,
- hot-plugs devices (``plug``/``unplug``) and changes defaults from "outside"
  (``change_default``), notifying from another thread too.

The property values and the error codes are chosen here; it proves that
coremusic's device classes marshal, validate and deliver correctly, not what
Apple's HAL answers.
"""

from __future__ import annotations

import struct
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from coremusic._ffi import ffi
from tests.doubles.coreaudio import (
    BAD_OBJECT,
    GLOB,
    ILLEGAL,
    SYSTEM,
    HALModel,
    fourcc,
)
from tests.doubles.corefoundation import CoreFoundationDouble
from tests.doubles.framework import FrameworkDouble

UNSUPPORTED_FORMAT = fourcc("!dat")  # kAudioDeviceUnsupportedFormatError
BUILTIN_OUT, BUILTIN_MIC, USB, AGGREGATE_DEV = 73, 81, 101, 91
HOG_FREE = -1


@dataclass
class DeviceSpec:
    """What the model needs to know to put a device in its table."""

    device_id: int
    name: str
    uid: str
    manufacturer: str = "Apple Inc."
    model_uid: str = ""
    transport: str = "bltn"
    rates: Sequence[tuple[float, float]] = ((44100.0, 44100.0), (48000.0, 48000.0))
    rate: float = 48000.0
    frames: int = 512
    frame_range: tuple[float, float] = (15.0, 4096.0)
    inputs: Sequence[int] = ()  # channels per input stream
    outputs: Sequence[int] = ()  # channels per output stream
    latency: dict[str, int] = field(default_factory=lambda: {"inpt": 40, "outp": 30})
    safety: dict[str, int] = field(default_factory=lambda: {"inpt": 10, "outp": 20})
    stream_latency: int = 12
    volume: dict[tuple[str, int], float] = field(default_factory=dict)  # (scope, element) -> scalar
    mute: dict[tuple[str, int], bool] = field(default_factory=dict)


def studio() -> list[DeviceSpec]:
    """Built-in speakers and microphone, a USB interface, an aggregate device."""
    return [
        DeviceSpec(BUILTIN_OUT, "MacBook Pro Speakers", "BuiltInSpeakerDevice",
                   model_uid="Speakers:0", outputs=(2,),
                   volume={("outp", 0): 0.5}, mute={("outp", 0): False}),
        DeviceSpec(BUILTIN_MIC, "MacBook Pro Microphone", "BuiltInMicrophoneDevice",
                   model_uid="Mic:0", inputs=(1,), volume={("inpt", 0): 0.75}),
        DeviceSpec(USB, "Scarlett 2i2 USB", "AppleUSBAudioEngine:Focusrite:Scarlett 2i2:1",
                   manufacturer="Focusrite", model_uid="Scarlett 2i2:1235:8006", transport="usb ",
                   rates=[(r, r) for r in (44100.0, 48000.0, 88200.0, 96000.0, 176400.0, 192000.0)],
                   rate=44100.0, frames=256, frame_range=(16.0, 2048.0), inputs=(2,), outputs=(2,),
                   volume={("outp", 1): 0.8, ("outp", 2): 0.6}, mute={("outp", 0): True}),
        DeviceSpec(AGGREGATE_DEV, "Speakers + Mic", "com.example.aggregate",
                   manufacturer="Apple Inc.", model_uid="com.apple.audio.CoreAudio",
                   transport="grup", rates=[(44100.0, 48000.0)], inputs=(1,), outputs=(2,)),
    ]


class DeviceGraphModel(HALModel):
    """HALModel with a device graph, validation, hot-plug and threaded notifications."""

    def __init__(self, double: FrameworkDouble, cf: CoreFoundationDouble | None = None,
                 devices: Sequence[DeviceSpec] | None = None) -> None:
        self._specs = list(devices) if devices is not None else studio()
        self.threads: list[threading.Thread] = []
        self.statuses: list[int] = []  # what listeners returned to the "HAL"
        self._next_stream = 200
        self._rate_ranges: dict[int, list[tuple[float, float]]] = {}
        self._frame_ranges: dict[int, tuple[float, float]] = {}
        super().__init__(double, cf)
        self._install_graph()

    # -- the table -------------------------------------------------------------
    def _populate(self) -> None:
        self.objects = {SYSTEM}
        devices = [spec.device_id for spec in self._specs]
        self.add(SYSTEM, "dev#", struct.pack(f"={len(devices)}I", *devices))
        first_out = next((s.device_id for s in self._specs if s.outputs), 0)
        first_in = next((s.device_id for s in self._specs if s.inputs), 0)
        self.add(SYSTEM, "dOut", struct.pack("=I", first_out), settable=True)
        self.add(SYSTEM, "dIn ", struct.pack("=I", first_in), settable=True)
        self.add(SYSTEM, "sOut", struct.pack("=I", first_out), settable=True)
        self.add(SYSTEM, "uidd", self._translate)
        for spec in self._specs:
            self._add_device(spec)

    def _add_device(self, spec: DeviceSpec) -> None:
        dev = spec.device_id
        self.objects.add(dev)
        self.add(dev, "lnam", spec.name, cf=True)
        self.add(dev, "lmak", spec.manufacturer, cf=True)
        self.add(dev, "uid ", spec.uid, cf=True)
        self.add(dev, "muid", spec.model_uid or spec.uid, cf=True)
        self.add(dev, "tran", struct.pack("=I", fourcc(spec.transport)))
        self.add(dev, "nsrt", struct.pack("=d", spec.rate), settable=True)
        self.add(dev, "nsr#", b"".join(struct.pack("=dd", lo, hi) for lo, hi in spec.rates))
        self._rate_ranges[dev] = list(spec.rates)
        self.add(dev, "fsiz", struct.pack("=I", spec.frames), settable=True)
        self.add(dev, "fsz#", struct.pack("=dd", *spec.frame_range))
        self._frame_ranges[dev] = spec.frame_range
        self.add(dev, "livn", struct.pack("=I", 1))
        self.add(dev, "goin", struct.pack("=I", 0))
        self.add(dev, "oink", struct.pack("=i", HOG_FREE), settable=True)
        for scope, channels in (("inpt", spec.inputs), ("outp", spec.outputs)):
            streams = []
            for _ in channels:
                self._next_stream += 1
                sid = self._next_stream
                streams.append(sid)
                self.objects.add(sid)
                self.add(sid, "ltnc", struct.pack("=I", spec.stream_latency))
            self.add(dev, "stm#", struct.pack(f"={len(streams)}I", *streams), scope=scope)
            self.add(dev, "slay", self._buffer_list(channels), scope=scope)
            self.add(dev, "ltnc", struct.pack("=I", spec.latency[scope]), scope=scope)
            self.add(dev, "saft", struct.pack("=I", spec.safety[scope]), scope=scope)
        for (scope, element), value in spec.volume.items():
            self.add(dev, "volm", struct.pack("=f", value), scope=scope, element=element,
                     settable=True)
        for (scope, element), muted in spec.mute.items():
            self.add(dev, "mute", struct.pack("=I", int(muted)), scope=scope, element=element,
                     settable=True)

    @staticmethod
    def _buffer_list(channels: Sequence[int]) -> bytes:
        head = ffi.offsetof("AudioBufferList", "mBuffers")
        raw = struct.pack("=I", len(channels)).ljust(head, b"\0")
        for n in channels:
            raw += struct.pack("=II", n, 0).ljust(ffi.sizeof("AudioBuffer"), b"\0")
        return raw

    def _translate(self, qsize: int, qdata: Any) -> bytes:
        assert self.cf is not None, "the uidd property needs the CF double"
        assert qsize == ffi.sizeof("CFStringRef"), f"qualifier of {qsize} bytes is not a CFStringRef"
        uid = self.cf.value_of(ffi.cast("CFStringRef *", qdata)[0])
        for spec in self._specs:
            if spec.uid == uid and spec.device_id in self.objects:
                return struct.pack("=I", spec.device_id)
        return struct.pack("=I", 0)

    def value(self, object_id: int, selector: str, scope: str = "glob", element: int = 0) -> bytes:
        """The raw bytes stored for a property."""
        return bytes(self.props[(object_id, fourcc(selector), fourcc(scope), element)].value)

    # -- notifications from another thread -------------------------------------
    def fire(self, object_id: int, addresses: Sequence[tuple[str, str, int]]) -> threading.Thread:
        """Call the listeners of ``addresses`` from a new thread (like the HAL); their
        return values are appended to ``statuses``."""
        def run() -> None:
            self.statuses.extend(self.notify(object_id, addresses))

        thread = threading.Thread(target=run, name="hal-notification")
        self.threads.append(thread)
        thread.start()
        return thread

    def join(self) -> None:
        """Wait for every notification thread started so far."""
        for thread in self.threads:
            thread.join(5.0)
        self.threads.clear()

    def plug(self, spec: DeviceSpec) -> None:
        """A device appears; the device list listeners hear of it."""
        self._specs.append(spec)
        self._add_device(spec)
        self._store_devices()
        self.fire(SYSTEM, [("dev#", "glob", 0)])

    def unplug(self, device_id: int) -> None:
        """A device disappears: its properties answer '!obj' from now on."""
        self.objects.discard(device_id)
        self._store_devices()
        self.fire(SYSTEM, [("dev#", "glob", 0)])

    def _store_devices(self) -> None:
        ids = [s.device_id for s in self._specs if s.device_id in self.objects]
        self.props[(SYSTEM, fourcc("dev#"), GLOB, 0)].value = struct.pack(f"={len(ids)}I", *ids)

    def change_default(self, selector: str, device_id: int) -> None:
        """The user picks another default device in System Settings."""
        self.props[(SYSTEM, fourcc(selector), GLOB, 0)].value = struct.pack("=I", device_id)
        self.fire(SYSTEM, [(selector, "glob", 0)])

    # -- validation and notifying setter -----------------------------------------
    def _install_graph(self) -> None:
        def set_(oid: int, addr: Any, qsize: int, qdata: Any, n: int, data: Any) -> int:
            status = self.fail.get("AudioObjectSetPropertyData")
            if status is not None:
                return status
            if oid not in self.objects:
                return BAD_OBJECT
            key = self._key(oid, addr)
            prop = self.props.get(key)
            if prop is None:
                return fourcc("who?")
            raw = bytes(ffi.buffer(data, n)) if n else b""
            selector = int(addr.mSelector)
            if selector == fourcc("nsrt"):
                (rate,) = struct.unpack("=d", raw)
                if not any(lo <= rate <= hi for lo, hi in self._rate_ranges[oid]):
                    return UNSUPPORTED_FORMAT
            elif selector == fourcc("fsiz"):
                (frames,) = struct.unpack("=I", raw)
                lo, hi = self._frame_ranges[oid]
                if not lo <= frames <= hi:
                    return ILLEGAL
            elif selector in (fourcc("dOut"), fourcc("dIn "), fourcc("sOut")):
                (dev,) = struct.unpack("=I", raw)
                if dev not in self.objects:
                    return BAD_OBJECT
            status = self._store(prop, raw)
            if status == 0:
                self.fire(oid, [(addr_code(selector), addr_code(int(addr.mScope)),
                                 int(addr.mElement))])
            return status

        self.double.implement("AudioObjectSetPropertyData", set_)


def addr_code(value: int) -> str:
    """A FourCC int as its four characters."""
    return value.to_bytes(4, "big").decode("latin-1")
