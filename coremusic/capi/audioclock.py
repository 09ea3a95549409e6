"""CoreAudioClock.h: the CAClock, a musical/SMPTE clock synced to host time, audio or MIDI.

A clock is a ``CAClockRef`` handle (``int``).  Times cross the boundary as
:class:`ClockTime` values: a format FourCC (``'host'``, ``'samp'``, ``'beat'``,
``'secs'``, ``'smps'``, ``'smpt'``, ``'asec'``) and the value in that format
(an int of host ticks, a float, or a :class:`~coremusic.structs.SMPTETime`).

Listeners (:func:`ca_clock_add_listener`) are called as ``listener(message,
param)`` with the ``CAClockMessage`` FourCC (``'strt'``, ``'stop'``,
``'armd'``, ``'darm'``, ``'pchg'``, ``'stim'``, ``'?smp'``) and the message's
parameter pointer as an int address (0 for NULL).  They run on whatever
thread the clock notifies from; exceptions are kept from C, counted on the
returned :class:`ClockListener` and re-raised by its ``check_errors()``.

Example
-------
>>> from coremusic import capi                                    # doctest: +SKIP
>>> clock = capi.ca_clock_new()                                   # doctest: +SKIP
>>> capi.ca_clock_start(clock)                                    # doctest: +SKIP
>>> capi.ca_clock_get_current_time(clock, "secs")                 # doctest: +SKIP
ClockTime(format='secs', value=0.25)
"""

from __future__ import annotations

import platform
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from coremusic._ffi import ffi
from coremusic.capi._base import as_pointer, call, handle_of
from coremusic.capi._toolbox import fourcc_arg, int_arg, property_bytes, u32
from coremusic.capi.hal_callbacks import CallbackHandle
from coremusic.capi.musicsequence import _bar_beat_time
from coremusic.structs import SMPTETime
from coremusic.utils.fourcc import int_to_fourcc

__all__ = [
    "ClockListener",
    "ClockTime",
    "ca_clock_add_listener",
    "ca_clock_arm",
    "ca_clock_bar_beat_time_to_beats",
    "ca_clock_beats_to_bar_beat_time",
    "ca_clock_disarm",
    "ca_clock_dispose",
    "ca_clock_get_current_tempo",
    "ca_clock_get_current_time",
    "ca_clock_get_play_rate",
    "ca_clock_get_property",
    "ca_clock_get_property_info",
    "ca_clock_get_start_time",
    "ca_clock_new",
    "ca_clock_parse_midi",
    "ca_clock_remove_listener",
    "ca_clock_seconds_to_smpte_time",
    "ca_clock_set_current_tempo",
    "ca_clock_set_current_time",
    "ca_clock_set_play_rate",
    "ca_clock_set_property",
    "ca_clock_smpte_time_to_seconds",
    "ca_clock_start",
    "ca_clock_stop",
    "ca_clock_translate_time",
    "clock_listeners",
]

_FLOAT_FORMATS = {"samp", "beat", "secs", "smps", "asec"}
TIME_FORMATS = frozenset(_FLOAT_FORMATS | {"host", "smpt"})


@dataclass(frozen=True)
class ClockTime:
    """A ``CAClockTime``: a format FourCC and the value in that format.

    Example
    -------
    >>> ClockTime("beat", 4.0)
    ClockTime(format='beat', value=4.0)
    >>> ClockTime("host", 1_000_000).value
    1000000
    """

    format: str
    value: int | float | SMPTETime

    def __post_init__(self) -> None:
        fmt = self.format if isinstance(self.format, str) else int_to_fourcc(fourcc_arg(self.format, "format"))
        if fmt not in TIME_FORMATS:
            raise ValueError(f"format must be one of {sorted(TIME_FORMATS)}, got {fmt!r}")
        object.__setattr__(self, "format", fmt)
        v = self.value
        if fmt == "host":
            object.__setattr__(self, "value", int_arg(v, "host time", 0, 2**64 - 1))
        elif fmt == "smpt":
            if not isinstance(v, SMPTETime):
                raise TypeError(f"an 'smpt' ClockTime takes an SMPTETime, not {type(v).__name__}")
        else:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise TypeError(f"a {fmt!r} ClockTime takes a number, not {type(v).__name__}")
            object.__setattr__(self, "value", float(v))

    def to_cdata(self) -> Any:
        """A new ``CAClockTime *``."""
        c = ffi.new("CAClockTime *")
        c.format = fourcc_arg(self.format, "format")
        if self.format == "host":
            c.time.hostTime = int(self.value)  # type: ignore[arg-type]
        elif self.format == "smpt":
            assert isinstance(self.value, SMPTETime)
            for name, cvalue in self.value.to_dict().items():
                setattr(c.time.smpte, name, cvalue)
        elif self.format == "samp":
            c.time.samples = self.value
        elif self.format == "beat":
            c.time.beats = self.value
        else:
            c.time.seconds = self.value
        return c

    @classmethod
    def from_cdata(cls, c: Any) -> ClockTime:
        fmt = int_to_fourcc(int(c.format))
        if fmt == "host":
            return cls(fmt, int(c.time.hostTime))
        if fmt == "smpt":
            return cls(fmt, SMPTETime.from_cdata(c.time.smpte))
        if fmt == "samp":
            return cls(fmt, float(c.time.samples))
        if fmt == "beat":
            return cls(fmt, float(c.time.beats))
        return cls(fmt, float(c.time.seconds))


def _clock(handle: int) -> Any:
    return as_pointer("CAClockRef", handle, "clock")


def _time_arg(value: Any, what: str = "time") -> Any:
    if not isinstance(value, ClockTime):
        raise TypeError(f"{what} must be a ClockTime, not {type(value).__name__}")
    return value.to_cdata()


def _format(value: Any) -> int:
    code = fourcc_arg(value, "time_format")
    if int_to_fourcc(code) not in TIME_FORMATS:
        raise ValueError(f"time_format must be one of {sorted(TIME_FORMATS)}, got {int_to_fourcc(code)!r}")
    return code


def _number(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{what} must be a number, not {type(value).__name__}")
    return float(value)


# ------------------------------------------------------------------ lifetime and transport


def ca_clock_new(reserved_flags: int = 0) -> int:
    """``CAClockNew``: a new clock (internal sync, host-time timebase).

    Example
    -------
    >>> clock = ca_clock_new()                                # doctest: +SKIP
    """
    out = ffi.new("CAClockRef *")
    call("CAClockNew", u32(reserved_flags, "reserved_flags"), out)
    return handle_of(out[0])


def ca_clock_dispose(clock: int) -> None:
    """``CAClockDispose``; listeners coremusic added are released.

    Example
    -------
    >>> ca_clock_dispose(clock)                               # doctest: +SKIP
    """
    call("CAClockDispose", _clock(clock))
    with _lock:
        gone = _listeners.pop(clock, [])
    for h in gone:
        h._release()
    with _lock:
        _retired.pop(clock, None)


def ca_clock_start(clock: int) -> None:
    """``CAClockStart``: start moving (internal sync) from the current time.

    Example
    -------
    >>> ca_clock_start(clock)                                 # doctest: +SKIP
    """
    call("CAClockStart", _clock(clock))


def ca_clock_stop(clock: int) -> None:
    """``CAClockStop``.

    Example
    -------
    >>> ca_clock_stop(clock)                                  # doctest: +SKIP
    """
    call("CAClockStop", _clock(clock))


def ca_clock_arm(clock: int) -> None:
    """``CAClockArm``: follow the external sync source (MIDI clock / MTC) when it starts.

    Example
    -------
    >>> ca_clock_arm(clock)                                   # doctest: +SKIP
    """
    call("CAClockArm", _clock(clock))


def ca_clock_disarm(clock: int) -> None:
    """``CAClockDisarm``.

    Example
    -------
    >>> ca_clock_disarm(clock)                                # doctest: +SKIP
    """
    call("CAClockDisarm", _clock(clock))


def ca_clock_set_play_rate(clock: int, rate: float) -> None:
    """``CAClockSetPlayRate``: the speed relative to the tempo map (1.0 = as written).

    Example
    -------
    >>> ca_clock_set_play_rate(clock, 0.5)                    # doctest: +SKIP
    """
    value = _number(rate, "rate")
    if not value > 0.0:
        raise ValueError(f"rate must be > 0, got {value}")
    call("CAClockSetPlayRate", _clock(clock), value)


def ca_clock_get_play_rate(clock: int) -> float:
    """``CAClockGetPlayRate``.

    Example
    -------
    >>> ca_clock_get_play_rate(clock)                         # doctest: +SKIP
    0.5
    """
    out = ffi.new("Float64 *")
    call("CAClockGetPlayRate", _clock(clock), out)
    return float(out[0])


# ------------------------------------------------------------------ properties


def ca_clock_get_property_info(clock: int, property_id: str | int) -> tuple[int, bool]:
    """``CAClockGetPropertyInfo``: ``(size, writable)``.

    Example
    -------
    >>> ca_clock_get_property_info(clock, "tmpo")             # doctest: +SKIP
    (16, True)
    """
    size = ffi.new("UInt32 *")
    writable = ffi.new("Boolean *")
    call("CAClockGetPropertyInfo", _clock(clock), fourcc_arg(property_id, "property_id"), size, writable)
    return int(size[0]), bool(writable[0])


def ca_clock_get_property(clock: int, property_id: str | int) -> bytes:
    """``CAClockGetProperty``: the property's bytes (size from ``CAClockGetPropertyInfo``).

    Example
    -------
    >>> import struct
    >>> struct.unpack("I", ca_clock_get_property(clock, "synm"))   # doctest: +SKIP
    (1768846450,)
    """
    ptr = _clock(clock)
    pid = fourcc_arg(property_id, "property_id")
    size, _writable = ca_clock_get_property_info(clock, pid)
    return property_bytes(lambda io_size, buf: call("CAClockGetProperty", ptr, pid, io_size, buf), size)


def ca_clock_set_property(clock: int, property_id: str | int, data: bytes | bytearray) -> None:
    """``CAClockSetProperty``: set a property from its bytes.

    Example
    -------
    >>> import struct
    >>> ca_clock_set_property(clock, "synm", struct.pack("I", 0x6d636c6b))   # doctest: +SKIP
    """
    ptr = _clock(clock)
    pid = fourcc_arg(property_id, "property_id")
    if isinstance(data, str) or not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"data must be bytes, not {type(data).__name__}")
    raw = bytes(data)
    buf = ffi.new("char[]", raw) if raw else ffi.NULL
    call("CAClockSetProperty", ptr, pid, len(raw), buf)


# ------------------------------------------------------------------ time


def ca_clock_set_current_time(clock: int, time: ClockTime) -> None:
    """``CAClockSetCurrentTime``: move the clock (only while stopped).

    Example
    -------
    >>> ca_clock_set_current_time(clock, ClockTime("beat", 8.0))   # doctest: +SKIP
    """
    call("CAClockSetCurrentTime", _clock(clock), _time_arg(time))


def ca_clock_get_current_time(clock: int, time_format: str | int) -> ClockTime:
    """``CAClockGetCurrentTime`` in ``time_format``.

    Example
    -------
    >>> ca_clock_get_current_time(clock, "beat")              # doctest: +SKIP
    ClockTime(format='beat', value=8.0)
    """
    out = ffi.new("CAClockTime *")
    call("CAClockGetCurrentTime", _clock(clock), _format(time_format), out)
    return ClockTime.from_cdata(out)


def ca_clock_get_start_time(clock: int, time_format: str | int) -> ClockTime:
    """``CAClockGetStartTime``: where the clock started (or will start), in ``time_format``.

    Example
    -------
    >>> ca_clock_get_start_time(clock, "secs")                # doctest: +SKIP
    ClockTime(format='secs', value=0.0)
    """
    out = ffi.new("CAClockTime *")
    call("CAClockGetStartTime", _clock(clock), _format(time_format), out)
    return ClockTime.from_cdata(out)


def ca_clock_translate_time(clock: int, time: ClockTime, output_format: str | int) -> ClockTime:
    """``CAClockTranslateTime``: express ``time`` in ``output_format``.

    Example
    -------
    >>> ca_clock_translate_time(clock, ClockTime("beat", 4.0), "secs")   # doctest: +SKIP
    ClockTime(format='secs', value=2.0)
    """
    out = ffi.new("CAClockTime *")
    call("CAClockTranslateTime", _clock(clock), _time_arg(time), _format(output_format), out)
    return ClockTime.from_cdata(out)


def ca_clock_set_current_tempo(clock: int, bpm: float, at: ClockTime | None = None) -> None:
    """``CAClockSetCurrentTempo``: change the tempo at ``at`` (``None``: now).

    Example
    -------
    >>> ca_clock_set_current_tempo(clock, 100.0)              # doctest: +SKIP
    """
    value = _number(bpm, "bpm")
    if not value > 0.0:
        raise ValueError(f"bpm must be > 0, got {value}")
    stamp = ffi.NULL if at is None else _time_arg(at, "at")
    call("CAClockSetCurrentTempo", _clock(clock), value, stamp)


def ca_clock_get_current_tempo(clock: int) -> tuple[float, ClockTime]:
    """``CAClockGetCurrentTempo``: ``(bpm, when)``.

    Example
    -------
    >>> ca_clock_get_current_tempo(clock)                     # doctest: +SKIP
    (100.0, ClockTime(format='beat', value=0.0))
    """
    tempo = ffi.new("CAClockTempo *")
    stamp = ffi.new("CAClockTime *")
    call("CAClockGetCurrentTempo", _clock(clock), tempo, stamp)
    return float(tempo[0]), ClockTime.from_cdata(stamp)


def ca_clock_seconds_to_smpte_time(clock: int, seconds: float, subframe_divisor: int = 80) -> SMPTETime:
    """``CAClockSecondsToSMPTETime`` (in the clock's SMPTE format and offset).

    Example
    -------
    >>> ca_clock_seconds_to_smpte_time(clock, 3661.5)         # doctest: +SKIP
    SMPTETime(subframes=0, subframe_divisor=80, ..., hours=1, minutes=1, seconds=1, frames=15)
    """
    out = ffi.new("SMPTETime *")
    call("CAClockSecondsToSMPTETime", _clock(clock), _number(seconds, "seconds"),
         int_arg(subframe_divisor, "subframe_divisor", 0, 0xFFFF), out)
    return SMPTETime.from_cdata(out)


def ca_clock_smpte_time_to_seconds(clock: int, smpte: SMPTETime) -> float:
    """``CAClockSMPTETimeToSeconds``.

    Example
    -------
    >>> ca_clock_smpte_time_to_seconds(clock, SMPTETime(hours=1))   # doctest: +SKIP
    3600.0
    """
    if not isinstance(smpte, SMPTETime):
        raise TypeError(f"smpte must be an SMPTETime, not {type(smpte).__name__}")
    out = ffi.new("CAClockSeconds *")
    call("CAClockSMPTETimeToSeconds", _clock(clock), smpte.to_cdata(), out)
    return float(out[0])


def ca_clock_beats_to_bar_beat_time(clock: int, beats: float,
                                    subbeat_divisor: int = 480) -> tuple[int, int, int, int]:
    """``CAClockBeatsToBarBeatTime``: ``(bar, beat, subbeat, subbeat_divisor)`` (meter track).

    Example
    -------
    >>> ca_clock_beats_to_bar_beat_time(clock, 4.5, 4)        # doctest: +SKIP
    (2, 1, 2, 4)
    """
    out = ffi.new("CABarBeatTime *")
    call("CAClockBeatsToBarBeatTime", _clock(clock), _number(beats, "beats"),
         int_arg(subbeat_divisor, "subbeat_divisor", 0, 0xFFFF), out)
    return int(out.bar), int(out.beat), int(out.subbeat), int(out.subbeatDivisor)


def ca_clock_bar_beat_time_to_beats(clock: int, bar: int, beat: int, subbeat: int = 0,
                                    subbeat_divisor: int = 480) -> float:
    """``CAClockBarBeatTimeToBeats``.

    Example
    -------
    >>> ca_clock_bar_beat_time_to_beats(clock, 2, 1, 2, 4)    # doctest: +SKIP
    4.5
    """
    box = _bar_beat_time(bar, beat, subbeat, subbeat_divisor)
    out = ffi.new("CAClockBeats *")
    call("CAClockBarBeatTimeToBeats", _clock(clock), box, out)
    return float(out[0])


# ------------------------------------------------------------------ MIDI


def _packet_stride(length: int) -> int:
    """Bytes from one MIDIPacket to the next: 4-byte aligned on arm64 (MIDIPacketNext)."""
    header = int(ffi.offsetof("MIDIPacket", "data"))
    size = header + length
    if platform.machine().lower() in ("arm64", "aarch64"):
        size = (size + 3) & ~3
    return size


def _midi_packet_list(packets: Sequence[tuple[int, bytes]]) -> tuple[Any, Any]:
    """A ``MIDIPacketList *`` of ``(timestamp, data)`` packets allocated by computed size;
    returns ``(pointer, storage)`` (keep ``storage`` alive while C reads it)."""
    items = []
    for i, item in enumerate(packets):
        if not isinstance(item, tuple) or len(item) != 2:
            raise TypeError(f"packet {i} must be a (timestamp, bytes) tuple, not {item!r}")
        stamp, data = item
        stamp = int_arg(stamp, f"packet {i} timestamp", 0, 2**64 - 1)
        if isinstance(data, str) or not isinstance(data, (bytes, bytearray)):
            raise TypeError(f"packet {i} data must be bytes, not {type(data).__name__}")
        if not 0 < len(data) <= 0xFFFF:
            raise ValueError(f"packet {i} must hold 1..65535 bytes, got {len(data)}")
        items.append((stamp, bytes(data)))
    if not items:
        raise ValueError("a MIDI packet list needs at least one packet")
    first = ffi.offsetof("MIDIPacketList", "packet")
    total = first + sum(_packet_stride(len(d)) for _, d in items)
    storage = ffi.new("char[]", max(total, ffi.sizeof("MIDIPacketList")))
    plist = ffi.cast("MIDIPacketList *", storage)
    plist.numPackets = len(items)
    at = first
    header = ffi.offsetof("MIDIPacket", "data")
    for stamp, data in items:
        pkt = ffi.cast("MIDIPacket *", storage + at)
        pkt.timeStamp[0] = stamp & 0xFFFFFFFF
        pkt.timeStamp[1] = stamp >> 32
        pkt.length = len(data)
        ffi.memmove(storage + at + header, data, len(data))
        at += _packet_stride(len(data))
    return plist, storage


def ca_clock_parse_midi(clock: int, packets: Sequence[tuple[int, bytes]]) -> None:
    """``CAClockParseMIDI``: feed MIDI clock / MTC / SPP messages to a clock synced to MIDI.

    Parameters
    ----------
    packets : sequence of (int, bytes)
        ``(host_time_stamp, message_bytes)`` per packet; the ``MIDIPacketList`` is
        allocated by its computed size.

    Example
    -------
    >>> ca_clock_parse_midi(clock, [(0, b"\\xfa"), (0, b"\\xf8")])   # start, clock tick  # doctest: +SKIP
    """
    ptr = _clock(clock)
    plist, _storage = _midi_packet_list(packets)
    call("CAClockParseMIDI", ptr, plist)


# ------------------------------------------------------------------ listeners

ListenerFunction = Callable[[str, int], Any]


class ClockListener(CallbackHandle):
    """A Python callable added as a ``CAClockListenerProc`` of a clock.

    Example
    -------
    >>> h = ca_clock_add_listener(clock, lambda msg, param: print(msg))   # doctest: +SKIP
    >>> h                                                                  # doctest: +SKIP
    <ClockListener of clock 0x...: registered, 0 calls, 0 errors>
    """

    def __init__(self, clock: int, callback: ListenerFunction) -> None:
        super().__init__(callback)
        self.clock = clock
        self.user_data = ffi.new_handle(self)
        handle = self

        def trampoline(user: Any, message: int, param: Any) -> None:
            callback = handle._callback
            if callback is None:  # removed while the clock still notified it
                return
            handle.call_count += 1
            handle._depth += 1
            try:
                callback(int_to_fourcc(int(message)), handle_of(param))
            finally:
                handle._depth -= 1

        self._trampoline = ffi.callback("CAClockListenerProc", trampoline, onerror=self._onerror)

    def _release(self) -> None:
        """Drop the callable; retire the trampoline until the clock is disposed (a
        notification thread may still be inside it)."""
        if self._trampoline is not None:
            with _lock:
                _retired.setdefault(self.clock, []).append((self._trampoline, self.user_data))
        self._trampoline = None
        self._callback = None

    def __repr__(self) -> str:
        return f"<ClockListener of clock {self.clock:#x}: {self._state()}>"


_lock = threading.Lock()
_listeners: dict[int, list[ClockListener]] = {}
_retired: dict[int, list[tuple[Any, Any]]] = {}  # clock -> (trampoline, user data) C may still call


def clock_listeners(clock: int) -> tuple[ClockListener, ...]:
    """The listeners coremusic added to ``clock`` that C still holds.

    Example
    -------
    >>> clock_listeners(12345)
    ()
    """
    with _lock:
        return tuple(_listeners.get(clock, ()))


def ca_clock_add_listener(clock: int, listener: ListenerFunction) -> ClockListener:
    """``CAClockAddListener``: call ``listener(message, param)`` on clock notifications.

    Returns
    -------
    ClockListener
        Owns the trampoline until :func:`ca_clock_remove_listener` or the clock is disposed.

    Example
    -------
    >>> h = ca_clock_add_listener(clock, lambda msg, param: print(msg))   # doctest: +SKIP
    """
    if not callable(listener):
        raise TypeError(f"listener must be callable, not {type(listener).__name__}")
    ptr = _clock(clock)
    handle = ClockListener(clock, listener)
    call("CAClockAddListener", ptr, handle._trampoline, handle.user_data)
    with _lock:
        _listeners.setdefault(clock, []).append(handle)
    return handle


def ca_clock_remove_listener(clock: int, handle: ClockListener) -> None:
    """``CAClockRemoveListener``: remove a listener :func:`ca_clock_add_listener` returned.

    Example
    -------
    >>> ca_clock_remove_listener(clock, h)                    # doctest: +SKIP
    """
    if not isinstance(handle, ClockListener):
        raise TypeError(f"ca_clock_remove_listener takes the ClockListener ca_clock_add_listener returned, "
                        f"not {type(handle).__name__}")
    if handle.clock != clock or handle not in clock_listeners(clock):
        raise ValueError(f"{handle!r} is not registered on clock {clock:#x}")
    call("CAClockRemoveListener", _clock(clock), handle._trampoline, handle.user_data)
    with _lock:
        live = _listeners.get(clock, [])
        live.remove(handle)
        if not live:
            _listeners.pop(clock, None)
    handle._release()
