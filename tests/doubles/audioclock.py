"""CoreAudioClock.h implemented over Python state, on a cffi-typed AudioToolbox FrameworkDouble.

A clock here is a constant tempo, a play rate, a 48 kHz sample timeline, a host
clock of 1e9 ticks per second and 30 fps non-drop SMPTE; listener pointers
coremusic installs are called through libffi on transport and property
changes.  It proves marshalling and callback plumbing, not Apple's clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from coremusic._ffi import ffi
from coremusic.utils.fourcc import as_fourcc_int, int_to_fourcc
from tests.doubles.framework import FrameworkDouble

UNKNOWN_PROPERTY = -66816
INVALID_PROPERTY_SIZE = -66815
INVALID_TIME_FORMAT = -66814
INVALID_PLAY_RATE = -66806
CANNOT_SET_TIME = -66805
SAMPLE_RATE = 48000.0
HOST_TICKS = 1_000_000_000
FPS = 30


def addr(ptr: Any) -> int:
    return int(ffi.cast("uintptr_t", ptr))


@dataclass
class Clock:
    seconds: float = 0.0  # the current time
    start_seconds: float = 0.0
    running: bool = False
    armed: bool = False
    rate: float = 1.0
    tempo: float = 120.0
    tempo_at_beats: float = 0.0
    listeners: list[tuple[Any, Any]] = field(default_factory=list)
    properties: dict[str, bytes] = field(default_factory=dict)
    parsed: list[tuple[int, bytes]] = field(default_factory=list)


class AudioClockDouble:
    """The CAClock functions of the AudioToolbox double."""

    def __init__(self, double: FrameworkDouble) -> None:
        self.double = double
        self.clocks: dict[int, Clock] = {}
        self.disposed: list[int] = []
        self.notified: list[tuple[int, str]] = []
        self._next = 0x5300_0000
        self._install()

    def _handle(self) -> int:
        self._next += 0x40
        return self._next

    def notify(self, clock: int, message: str, param: Any = ffi.NULL) -> None:
        """Call every listener of ``clock`` through its C pointer."""
        self.notified.append((clock, message))
        for proc, user in list(self.clocks[clock].listeners):
            proc(user, as_fourcc_int(message), param)

    # ------------------------------------------------------------ time maths
    def to_seconds(self, c: Clock, t: Any) -> float:
        fmt = int_to_fourcc(int(t.format))
        if fmt in ("secs", "smps", "asec"):
            return float(t.time.seconds)
        if fmt == "beat":
            return float(t.time.beats) * 60.0 / c.tempo
        if fmt == "samp":
            return float(t.time.samples) / SAMPLE_RATE
        if fmt == "host":
            return int(t.time.hostTime) / HOST_TICKS
        if fmt == "smpt":
            s = t.time.smpte
            return s.mHours * 3600 + s.mMinutes * 60 + s.mSeconds + s.mFrames / FPS
        raise ValueError(fmt)

    def from_seconds(self, c: Clock, seconds: float, fmt_code: int, out: Any) -> bool:
        fmt = int_to_fourcc(fmt_code)
        out.format = fmt_code
        if fmt in ("secs", "smps", "asec"):
            out.time.seconds = seconds
        elif fmt == "beat":
            out.time.beats = seconds * c.tempo / 60.0
        elif fmt == "samp":
            out.time.samples = seconds * SAMPLE_RATE
        elif fmt == "host":
            out.time.hostTime = round(seconds * HOST_TICKS)
        elif fmt == "smpt":
            self.smpte(seconds, 80, out.time.smpte)
        else:
            return False
        return True

    @staticmethod
    def smpte(seconds: float, divisor: int, out: Any) -> None:
        frames_total = seconds * FPS
        whole = int(frames_total)
        out.mSubframeDivisor = divisor
        out.mSubframes = round((frames_total - whole) * divisor)
        out.mType = 3  # kSMPTETimeType30
        out.mHours, rest = divmod(whole, 3600 * FPS)
        out.mMinutes, rest = divmod(rest, 60 * FPS)
        out.mSeconds, out.mFrames = divmod(rest, FPS)

    # ------------------------------------------------------------ the functions
    def _install(self) -> None:
        imp = self.double.implement

        def clock(ptr: Any) -> Clock:
            c = self.clocks.get(addr(ptr))
            if c is None:
                raise LookupError(f"{hex(addr(ptr))} is not a live CAClock")
            return c

        @imp("CAClockNew")
        def _new(flags: int, out: Any) -> int:
            handle = self._handle()
            self.clocks[handle] = Clock(properties={"synm": as_fourcc_int("intr").to_bytes(4, "little"),
                                                    "smpf": (3).to_bytes(4, "little")})
            out[0] = ffi.cast("CAClockRef", handle)
            return 0

        @imp("CAClockDispose")
        def _dispose(ptr: Any) -> int:
            clock(ptr)
            del self.clocks[addr(ptr)]
            self.disposed.append(addr(ptr))
            return 0

        def transport(name: str, attr: str, value: bool, message: str) -> None:
            def fn(ptr: Any) -> int:
                c = clock(ptr)
                setattr(c, attr, value)
                if name == "CAClockStart":
                    c.start_seconds = c.seconds
                self.notify(addr(ptr), message)
                return 0
            imp(name, fn)

        transport("CAClockStart", "running", True, "strt")
        transport("CAClockStop", "running", False, "stop")
        transport("CAClockArm", "armed", True, "armd")
        transport("CAClockDisarm", "armed", False, "darm")

        @imp("CAClockSetPlayRate")
        def _set_rate(ptr: Any, rate: float) -> int:
            if rate <= 0:
                return INVALID_PLAY_RATE
            clock(ptr).rate = rate
            return 0

        @imp("CAClockGetPlayRate")
        def _get_rate(ptr: Any, out: Any) -> int:
            out[0] = clock(ptr).rate
            return 0

        @imp("CAClockGetPropertyInfo")
        def _info(ptr: Any, pid: int, size: Any, writable: Any) -> int:
            value = clock(ptr).properties.get(int_to_fourcc(pid))
            if value is None:
                return UNKNOWN_PROPERTY
            if size != ffi.NULL:
                size[0] = len(value)
            if writable != ffi.NULL:
                writable[0] = True
            return 0

        @imp("CAClockGetProperty")
        def _get(ptr: Any, pid: int, io_size: Any, out: Any) -> int:
            value = clock(ptr).properties.get(int_to_fourcc(pid))
            if value is None:
                return UNKNOWN_PROPERTY
            if int(io_size[0]) < len(value):
                return INVALID_PROPERTY_SIZE
            ffi.memmove(out, value, len(value))
            io_size[0] = len(value)
            return 0

        @imp("CAClockSetProperty")
        def _set(ptr: Any, pid: int, size: int, data: Any) -> int:
            c = clock(ptr)
            name = int_to_fourcc(pid)
            if name in c.properties and len(c.properties[name]) != size and name != "name":
                return INVALID_PROPERTY_SIZE
            c.properties[name] = bytes(ffi.buffer(data, size)) if size else b""
            self.notify(addr(ptr), "pchg", ffi.new("CAClockPropertyID *", pid))
            return 0

        @imp("CAClockSetCurrentTime")
        def _set_time(ptr: Any, t: Any) -> int:
            c = clock(ptr)
            if c.running:
                return CANNOT_SET_TIME
            c.seconds = self.to_seconds(c, t)
            return 0

        @imp("CAClockGetCurrentTime")
        def _get_time(ptr: Any, fmt: int, out: Any) -> int:
            c = clock(ptr)
            return 0 if self.from_seconds(c, c.seconds, fmt, out) else INVALID_TIME_FORMAT

        @imp("CAClockGetStartTime")
        def _start_time(ptr: Any, fmt: int, out: Any) -> int:
            c = clock(ptr)
            return 0 if self.from_seconds(c, c.start_seconds, fmt, out) else INVALID_TIME_FORMAT

        @imp("CAClockTranslateTime")
        def _translate(ptr: Any, t: Any, fmt: int, out: Any) -> int:
            c = clock(ptr)
            return 0 if self.from_seconds(c, self.to_seconds(c, t), fmt, out) else INVALID_TIME_FORMAT

        @imp("CAClockSetCurrentTempo")
        def _set_tempo(ptr: Any, bpm: float, at: Any) -> int:
            c = clock(ptr)
            c.tempo = bpm
            c.tempo_at_beats = 0.0 if at == ffi.NULL else self.to_seconds(c, at) * bpm / 60.0
            return 0

        @imp("CAClockGetCurrentTempo")
        def _get_tempo(ptr: Any, tempo: Any, at: Any) -> int:
            c = clock(ptr)
            tempo[0] = c.tempo
            at.format = as_fourcc_int("beat")
            at.time.beats = c.tempo_at_beats
            return 0

        @imp("CAClockSecondsToSMPTETime")
        def _to_smpte(ptr: Any, seconds: float, divisor: int, out: Any) -> int:
            clock(ptr)
            self.smpte(seconds, divisor, out)
            return 0

        @imp("CAClockSMPTETimeToSeconds")
        def _from_smpte(ptr: Any, s: Any, out: Any) -> int:
            clock(ptr)
            sub = s.mSubframes / s.mSubframeDivisor if s.mSubframeDivisor else 0.0
            out[0] = s.mHours * 3600 + s.mMinutes * 60 + s.mSeconds + (s.mFrames + sub) / FPS
            return 0

        @imp("CAClockBeatsToBarBeatTime")
        def _to_bbt(ptr: Any, beats: float, divisor: int, out: Any) -> int:
            clock(ptr)
            whole = int(beats // 1)
            out.bar, out.beat = whole // 4 + 1, whole % 4 + 1
            out.subbeat = round((beats - whole) * divisor)
            out.subbeatDivisor = divisor
            return 0

        @imp("CAClockBarBeatTimeToBeats")
        def _from_bbt(ptr: Any, bbt: Any, out: Any) -> int:
            clock(ptr)
            sub = bbt.subbeat / bbt.subbeatDivisor if bbt.subbeatDivisor else 0.0
            out[0] = (bbt.bar - 1) * 4 + (bbt.beat - 1) + sub
            return 0

        @imp("CAClockParseMIDI")
        def _parse(ptr: Any, plist: Any) -> int:
            c = clock(ptr)
            base = ffi.cast("char *", plist)
            at = int(ffi.offsetof("MIDIPacketList", "packet"))
            header = int(ffi.offsetof("MIDIPacket", "data"))
            import platform

            align = platform.machine().lower() in ("arm64", "aarch64")
            for _ in range(int(plist.numPackets)):
                pkt = ffi.cast("MIDIPacket *", base + at)
                n = int(pkt.length)
                stamp = int(pkt.timeStamp[0]) | (int(pkt.timeStamp[1]) << 32)
                c.parsed.append((stamp, bytes(ffi.buffer(base + at + header, n))))
                at += header + n
                if align:
                    at = (at + 3) & ~3
            return 0

        @imp("CAClockAddListener")
        def _add(ptr: Any, proc: Any, user: Any) -> int:
            clock(ptr).listeners.append((proc, user))
            return 0

        @imp("CAClockRemoveListener")
        def _remove(ptr: Any, proc: Any, user: Any) -> int:
            c = clock(ptr)
            for i, (p, u) in enumerate(c.listeners):
                if addr(p) == addr(proc) and addr(u) == addr(user):
                    del c.listeners[i]
                    return 0
            return -50
