"""A model of the CoreAudio HAL installed on the cffi-typed CoreAudio double.

``HALModel(framework_double("CoreAudio"), cf)`` implements every function of
``cdefs/CoreAudio.h`` except HostTime as typed trampolines over a small table
of objects and properties.  It fills out-parameters through the cdata
pointers coremusic passes, hands out CF objects made in the CoreFoundation
double (so the ``cf`` fixture catches leaks and over-releases), keeps the
listener and IOProc pointers it receives, and can call them back with typed
arguments (``notify``, ``run_io_cycle`` ...) the way the HAL's threads would.

It proves marshalling and ownership, not Apple's behaviour: the property
values, the error codes and the time arithmetic are chosen here.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from coremusic._ffi import ffi
from tests.doubles.corefoundation import CoreFoundationDouble
from tests.doubles.framework import FrameworkDouble


def fourcc(code: str) -> int:
    return int.from_bytes(code.encode("latin-1"), "big")


GLOB, INPT, OUTP = fourcc("glob"), fourcc("inpt"), fourcc("outp")
BAD_OBJECT = fourcc("!obj")  # kAudioHardwareBadObjectError
UNKNOWN_PROPERTY = fourcc("who?")  # kAudioHardwareUnknownPropertyError
BAD_SIZE = fourcc("!siz")  # kAudioHardwareBadPropertySizeError
ILLEGAL = fourcc("nope")  # kAudioHardwareIllegalOperationError
NOT_RUNNING = fourcc("stop")  # kAudioHardwareNotRunningError
SYSTEM = 1
SPEAKERS, MICROPHONE, AGGREGATE = 73, 81, 91
OUTPUT_STREAM = 120
TICKS_PER_SAMPLE = 500  # a 24 MHz host clock at 48 kHz


@dataclass
class Prop:
    """One property: raw bytes, a CF value (a fresh +1 object per read), or a
    function of the qualifier returning bytes."""

    value: Any
    cf: bool = False
    settable: bool = False
    writes: list[bytes] = field(default_factory=list)


Key = tuple[int, int, int, int]  # object, selector, scope, element


class HALModel:
    """The HAL, as far as coremusic's contract tests need it."""

    def __init__(self, double: FrameworkDouble, cf: CoreFoundationDouble | None = None) -> None:
        self.double = double
        self.cf = cf
        self.props: dict[Key, Prop] = {}
        self.objects = {SYSTEM, SPEAKERS, MICROPHONE, OUTPUT_STREAM}
        self.listeners: list[tuple[int, Key, Any, Any]] = []  # object, key, proc, client data
        self.legacy_listeners: list[tuple[str, tuple[Any, ...], Any, Any]] = []
        self.io_procs: dict[int, tuple[int, Any, Any]] = {}  # proc id -> device, proc, client
        self.running: set[tuple[int, int]] = set()  # (device, proc id or 0)
        self.aggregates: dict[int, Any] = {}
        self.run_loop_sources: list[int] = []
        self.shown: list[int] = []
        self.fail: dict[str, int] = {}  # function name -> OSStatus to return
        self._next_proc_id = 0x1D000
        self._populate()
        self._install()

    # -- the table -------------------------------------------------------------
    def add(self, object_id: int, selector: str, value: Any, *, scope: str = "glob",
            element: int = 0, cf: bool = False, settable: bool = False) -> Prop:
        prop = Prop(value, cf, settable)
        self.props[(object_id, fourcc(selector), fourcc(scope), element)] = prop
        return prop

    def _populate(self) -> None:
        def u32(*values: int) -> bytes:
            return struct.pack(f"={len(values)}I", *values)

        self.add(SYSTEM, "dev#", u32(SPEAKERS, MICROPHONE))
        self.add(SYSTEM, "dOut", u32(SPEAKERS), settable=True)
        self.add(SYSTEM, "dIn ", u32(MICROPHONE), settable=True)
        self.add(SYSTEM, "tmg#", b"")
        self.add(SYSTEM, "uidd", self._translate_uid)
        self.add(SPEAKERS, "lnam", "MacBook Pro Speakers", cf=True)
        self.add(MICROPHONE, "lnam", "MacBook Pro Microphone", cf=True)
        self.add(SPEAKERS, "uid ", "BuiltInSpeakerDevice", cf=True)
        self.add(SPEAKERS, "nsrt", struct.pack("=d", 48000.0), settable=True)
        self.add(SPEAKERS, "nsr#", struct.pack("=4d", 44100.0, 44100.0, 48000.0, 48000.0))
        self.add(SPEAKERS, "fsiz", u32(512), settable=True)
        self.add(SPEAKERS, "stm#", u32(OUTPUT_STREAM), scope="outp")
        abl = struct.pack("=II", 2, 0) + struct.pack("=IIQ", 2, 0, 0) + struct.pack("=IIQ", 1, 0, 0)
        self.add(SPEAKERS, "slay", abl, scope="outp")
        asbd = struct.pack("=dIIIIIIII", 48000.0, fourcc("lpcm"), 9, 8, 1, 8, 2, 32, 0)
        self.add(OUTPUT_STREAM, "sfmt", asbd, settable=True)
        self.add(SPEAKERS, "acom", {"uid": "agg", "name": "Aggregate", "subdevices": [1, 2]}, cf=True)
        self.add(SPEAKERS, "lmak", 7, cf=True)  # a CFNumber where a CFString is expected
        self.add(SPEAKERS, "lmod", None, cf=True)  # a NULL CF object
        self.add(SPEAKERS, "odd!", b"\x01\x02\x03")  # 3 bytes: no UInt32 fits
        # the deprecated calls see device properties per direction and channel
        self.add(SPEAKERS, "nsrt", struct.pack("=d", 48000.0), scope="outp", settable=True)
        self.add(OUTPUT_STREAM, "sfmt", asbd, scope="glob", element=1, settable=True)

    def _translate_uid(self, qsize: int, qdata: Any) -> bytes:
        assert self.cf is not None, "the uidd property needs the CF double"
        assert qsize == ffi.sizeof("CFStringRef"), f"qualifier of {qsize} bytes is not a CFStringRef"
        uid = self.cf.value_of(ffi.cast("CFStringRef *", qdata)[0])
        return struct.pack("=I", SPEAKERS if uid == "BuiltInSpeakerDevice" else 0)

    def _lookup(self, object_id: int, key: Key) -> tuple[int, Prop | None]:
        if object_id not in self.objects:
            return BAD_OBJECT, None
        prop = self.props.get(key)
        return (0, prop) if prop is not None else (UNKNOWN_PROPERTY, None)

    def _bytes_of(self, prop: Prop, qsize: int, qdata: Any) -> bytes:
        if prop.cf:
            return b"\0" * int(ffi.sizeof("void *"))
        if callable(prop.value):
            raw: bytes = prop.value(qsize, qdata)
            return bytes(raw)
        return bytes(prop.value)

    def _write(self, prop: Prop, qsize: int, qdata: Any, io_size: Any, out: Any) -> int:
        if prop.cf:
            if io_size[0] < ffi.sizeof("void *"):
                return BAD_SIZE
            if prop.value is None:
                ffi.cast("void **", out)[0] = ffi.NULL
            else:
                assert self.cf is not None, "CF-valued properties need the CF double"
                ffi.cast("void **", out)[0] = ffi.cast("void *", self.cf.make_python(prop.value))
            io_size[0] = ffi.sizeof("void *")
            return 0
        raw = self._bytes_of(prop, qsize, qdata)
        n = min(len(raw), int(io_size[0]))
        if n:
            ffi.memmove(out, raw[:n], n)
        io_size[0] = n
        return 0

    def _store(self, prop: Prop, raw: bytes) -> int:
        if not prop.settable:
            return ILLEGAL
        prop.writes.append(raw)
        prop.value = raw
        return 0

    @staticmethod
    def _key(object_id: int, address: Any) -> Key:
        return (int(object_id), int(address.mSelector), int(address.mScope), int(address.mElement))

    # -- driving callbacks as the HAL's threads would ---------------------------------
    def notify(self, object_id: int, addresses: Sequence[tuple[str, str, int]]) -> list[int]:
        """Call every listener of ``object_id`` whose address is among ``addresses``."""
        arr = ffi.new("AudioObjectPropertyAddress[]",
                      [{"mSelector": fourcc(s), "mScope": fourcc(sc), "mElement": e}
                       for s, sc, e in addresses])
        wanted = {(object_id, fourcc(s), fourcc(sc), e) for s, sc, e in addresses}
        return [int(proc(object_id, len(addresses), arr, client))
                for oid, key, proc, client in list(self.listeners)
                if oid == object_id and key in wanted]

    def notify_legacy(self, kind: str, *args: Any) -> list[int]:
        """Call the deprecated listeners of ``kind`` registered with exactly ``args``."""
        return [int(proc(*args, client)) for k, a, proc, client in list(self.legacy_listeners)
                if k == kind and a == args]

    def run_io_cycle(self, device: int, frames: int = 4, channels: int = 2,
                     input_value: float = 0.25) -> dict[int, list[float]]:
        """One IO cycle: call every running IOProc of ``device``; returns each
        proc's output samples (interleaved float32)."""
        results = {}
        for proc_id, (dev, proc, client) in list(self.io_procs.items()):
            if dev != device or (device, proc_id) not in self.running:
                continue
            nbytes = frames * channels * 4
            in_samples = ffi.new("float[]", [input_value] * (frames * channels))
            out_samples = ffi.new("float[]", [0.5] * (frames * channels))  # stale data
            lists = []
            for samples in (in_samples, out_samples):
                abl = ffi.new("AudioBufferList *")
                abl.mNumberBuffers = 1
                abl.mBuffers[0].mNumberChannels = channels
                abl.mBuffers[0].mDataByteSize = nbytes
                abl.mBuffers[0].mData = samples
                lists.append(abl)
            now = ffi.new("AudioTimeStamp *", {"mSampleTime": 1024.0, "mHostTime": 512_000,
                                               "mRateScalar": 1.0, "mFlags": 7})
            in_time = ffi.new("AudioTimeStamp *", {"mSampleTime": 512.0, "mFlags": 1})
            out_time = ffi.new("AudioTimeStamp *", {"mSampleTime": 1536.0, "mFlags": 1})
            status = proc(device, now, lists[0], in_time, lists[1], out_time, client)
            assert status == 0, f"the IOProc returned {status}"
            results[proc_id] = list(out_samples)
        return results

    # -- the functions ------------------------------------------------------------
    def _install(self) -> None:
        imp = self.double.implement

        def failing(name: str, fn: Callable[..., Any]) -> None:
            def impl(*args: Any) -> Any:
                status = self.fail.get(name)
                return status if status is not None else fn(*args)
            imp(name, impl)

        # ---- AudioObject
        def has(oid: int, addr: Any) -> int:
            return int(oid in self.objects and self._key(oid, addr) in self.props)

        imp("AudioObjectHasProperty", has)

        def settable(oid: int, addr: Any, out: Any) -> int:
            status, prop = self._lookup(oid, self._key(oid, addr))
            if prop is None:
                return status
            out[0] = prop.settable
            return 0

        failing("AudioObjectIsPropertySettable", settable)

        def size(oid: int, addr: Any, qsize: int, qdata: Any, out: Any) -> int:
            status, prop = self._lookup(oid, self._key(oid, addr))
            if prop is None:
                return status
            out[0] = len(self._bytes_of(prop, qsize, qdata))
            return 0

        failing("AudioObjectGetPropertyDataSize", size)

        def get(oid: int, addr: Any, qsize: int, qdata: Any, io_size: Any, out: Any) -> int:
            status, prop = self._lookup(oid, self._key(oid, addr))
            if prop is None:
                return status
            return self._write(prop, qsize, qdata, io_size, out)

        failing("AudioObjectGetPropertyData", get)

        def set_(oid: int, addr: Any, qsize: int, qdata: Any, n: int, data: Any) -> int:
            status, prop = self._lookup(oid, self._key(oid, addr))
            if prop is None:
                return status
            return self._store(prop, bytes(ffi.buffer(data, n)) if n else b"")

        failing("AudioObjectSetPropertyData", set_)
        imp("AudioObjectShow", lambda oid: self.shown.append(int(oid)))

        def add_listener(oid: int, addr: Any, proc: Any, client: Any) -> int:
            if oid not in self.objects:
                return BAD_OBJECT
            self.listeners.append((oid, self._key(oid, addr), proc, client))
            return 0

        failing("AudioObjectAddPropertyListener", add_listener)

        def remove_listener(oid: int, addr: Any, proc: Any, client: Any) -> int:
            key = self._key(oid, addr)
            for entry in self.listeners:
                if entry[0] == oid and entry[1] == key and entry[2] == proc and entry[3] == client:
                    self.listeners.remove(entry)
                    return 0
            return ILLEGAL

        failing("AudioObjectRemovePropertyListener", remove_listener)

        # ---- AudioDevice IOProcs and time
        def create_io_proc(dev: int, proc: Any, client: Any, out: Any) -> int:
            if dev not in self.objects:
                return BAD_OBJECT
            self._next_proc_id += 0x10
            self.io_procs[self._next_proc_id] = (dev, proc, client)
            out[0] = ffi.cast("AudioDeviceIOProcID", self._next_proc_id)
            return 0

        failing("AudioDeviceCreateIOProcID", create_io_proc)

        def pid_of(proc_id: Any) -> int:
            return int(ffi.cast("uintptr_t", proc_id))

        def destroy_io_proc(dev: int, proc_id: Any) -> int:
            entry = self.io_procs.get(pid_of(proc_id))
            if entry is None or entry[0] != dev:
                return BAD_OBJECT
            del self.io_procs[pid_of(proc_id)]
            self.running.discard((dev, pid_of(proc_id)))
            return 0

        failing("AudioDeviceDestroyIOProcID", destroy_io_proc)

        def start(dev: int, proc_id: Any) -> int:
            if dev not in self.objects:
                return BAD_OBJECT
            self.running.add((dev, pid_of(proc_id)))
            return 0

        failing("AudioDeviceStart", start)

        def stop(dev: int, proc_id: Any) -> int:
            if (dev, pid_of(proc_id)) not in self.running:
                return NOT_RUNNING
            self.running.discard((dev, pid_of(proc_id)))
            return 0

        failing("AudioDeviceStop", stop)

        def start_at(dev: int, proc_id: Any, when: Any, flags: int) -> int:
            when.mSampleTime = -(-when.mSampleTime // 512) * 512
            return start(dev, proc_id)

        failing("AudioDeviceStartAtTime", start_at)

        def current_time(dev: int, out: Any) -> int:
            if not any(d == dev for d, _ in self.running):
                return NOT_RUNNING
            out.mSampleTime = 4096.0
            out.mHostTime = 4096 * TICKS_PER_SAMPLE
            out.mRateScalar = 1.0
            out.mFlags = 7
            return 0

        failing("AudioDeviceGetCurrentTime", current_time)

        def nearest(dev: int, io: Any, flags: int) -> int:
            if dev not in self.objects:
                return BAD_OBJECT
            io.mSampleTime = -(-io.mSampleTime // 512) * 512 + (512 if flags & 1 else 0)
            return 0

        failing("AudioDeviceGetNearestStartTime", nearest)

        def translate(dev: int, src: Any, out: Any) -> int:
            if dev not in self.objects:
                return BAD_OBJECT
            if src.mFlags & 2:  # host time valid
                sample = src.mHostTime / TICKS_PER_SAMPLE
            else:
                sample = src.mSampleTime
            wanted = out.mFlags
            if wanted & 1:
                out.mSampleTime = sample
            if wanted & 2:
                out.mHostTime = int(sample * TICKS_PER_SAMPLE)
            out.mFlags = wanted & 3
            return 0

        failing("AudioDeviceTranslateTime", translate)

        # ---- AudioHardware
        def create_aggregate(desc: Any, out: Any) -> int:
            assert self.cf is not None, "aggregate devices need the CF double"
            self.aggregates[AGGREGATE] = self.cf.value_of(desc)
            self.objects.add(AGGREGATE)
            out[0] = AGGREGATE
            return 0

        failing("AudioHardwareCreateAggregateDevice", create_aggregate)

        def destroy_aggregate(dev: int) -> int:
            if dev not in self.aggregates:
                return BAD_OBJECT
            del self.aggregates[dev]
            self.objects.discard(dev)
            return 0

        failing("AudioHardwareDestroyAggregateDevice", destroy_aggregate)
        failing("AudioHardwareUnload", lambda: 0)

        # ---- deprecated: properties per device direction/channel, stream channel, system
        def device_key(dev: int, ch: int, is_input: int, pid: int) -> Key:
            return (dev, pid, INPT if is_input else OUTP, ch)

        def stream_key(sid: int, ch: int, pid: int) -> Key:
            return (sid, pid, GLOB, ch)

        def info(key: Key, out_size: Any, out_writable: Any) -> int:
            status, prop = self._lookup(key[0], key)
            if prop is None:
                return status
            out_size[0] = len(self._bytes_of(prop, 0, ffi.NULL))
            out_writable[0] = prop.settable
            return 0

        def read(key: Key, io_size: Any, out: Any) -> int:
            status, prop = self._lookup(key[0], key)
            if prop is None:
                return status
            return self._write(prop, 0, ffi.NULL, io_size, out)

        def write(key: Key, n: int, data: Any) -> int:
            status, prop = self._lookup(key[0], key)
            if prop is None:
                return status
            return self._store(prop, bytes(ffi.buffer(data, n)) if n else b"")

        failing("AudioDeviceGetPropertyInfo",
                lambda d, c, i, p, s, w: info(device_key(d, c, i, p), s, w))
        failing("AudioDeviceGetProperty",
                lambda d, c, i, p, s, o: read(device_key(d, c, i, p), s, o))
        failing("AudioDeviceSetProperty",
                lambda d, when, c, i, p, n, data: write(device_key(d, c, i, p), n, data))
        failing("AudioStreamGetPropertyInfo",
                lambda sid, c, p, s, w: info(stream_key(sid, c, p), s, w))
        failing("AudioStreamGetProperty",
                lambda sid, c, p, s, o: read(stream_key(sid, c, p), s, o))
        failing("AudioStreamSetProperty",
                lambda sid, when, c, p, n, data: write(stream_key(sid, c, p), n, data))
        failing("AudioHardwareGetPropertyInfo",
                lambda p, s, w: info((SYSTEM, p, GLOB, 0), s, w))
        failing("AudioHardwareGetProperty", lambda p, s, o: read((SYSTEM, p, GLOB, 0), s, o))
        failing("AudioHardwareSetProperty", lambda p, n, data: write((SYSTEM, p, GLOB, 0), n, data))

        def legacy_add(kind: str, args: tuple[Any, ...], proc: Any, client: Any) -> int:
            if kind != "hardware" and args[0] not in self.objects:
                return BAD_OBJECT
            self.legacy_listeners.append((kind, args, proc, client))
            return 0

        def legacy_remove(kind: str, args: tuple[Any, ...], proc: Any) -> int:
            for entry in self.legacy_listeners:
                if entry[0] == kind and entry[1] == args and entry[2] == proc:
                    self.legacy_listeners.remove(entry)
                    return 0
            return ILLEGAL

        failing("AudioDeviceAddPropertyListener",
                lambda d, c, i, p, proc, cl: legacy_add("device", (d, c, bool(i), p), proc, cl))
        failing("AudioDeviceRemovePropertyListener",
                lambda d, c, i, p, proc: legacy_remove("device", (d, c, bool(i), p), proc))
        failing("AudioStreamAddPropertyListener",
                lambda s, c, p, proc, cl: legacy_add("stream", (s, c, p), proc, cl))
        failing("AudioStreamRemovePropertyListener",
                lambda s, c, p, proc: legacy_remove("stream", (s, c, p), proc))
        failing("AudioHardwareAddPropertyListener",
                lambda p, proc, cl: legacy_add("hardware", (p,), proc, cl))
        failing("AudioHardwareRemovePropertyListener",
                lambda p, proc: legacy_remove("hardware", (p,), proc))

        def add_io_proc(dev: int, proc: Any, client: Any) -> int:
            if dev not in self.objects:
                return BAD_OBJECT
            self.io_procs[pid_of(proc)] = (dev, proc, client)
            return 0

        def remove_io_proc(dev: int, proc: Any) -> int:
            entry = self.io_procs.get(pid_of(proc))
            if entry is None or entry[0] != dev:
                return BAD_OBJECT
            del self.io_procs[pid_of(proc)]
            return 0

        failing("AudioDeviceAddIOProc", add_io_proc)
        failing("AudioDeviceRemoveIOProc", remove_io_proc)

        def device_read(dev: int, when: Any, abl: Any) -> int:
            if dev not in self.objects:
                return BAD_OBJECT
            buffers = ffi.cast("AudioBuffer *", ffi.addressof(abl.mBuffers[0]))
            for i in range(abl.mNumberBuffers):
                n = buffers[i].mDataByteSize // 4
                samples = ffi.cast("float *", buffers[i].mData)
                for j in range(n):
                    samples[j] = (when.mSampleTime + j) / 1000.0
            return 0

        failing("AudioDeviceRead", device_read)

        def run_loop(add: bool) -> Callable[[Any], int]:
            def impl(source: Any) -> int:
                addr = int(ffi.cast("uintptr_t", source))
                if self.cf is not None:
                    self.cf._obj(source, "runloopsource")
                if add:
                    self.run_loop_sources.append(addr)
                elif addr in self.run_loop_sources:
                    self.run_loop_sources.remove(addr)
                else:
                    return ILLEGAL
                return 0
            return impl

        failing("AudioHardwareAddRunLoopSource", run_loop(True))
        failing("AudioHardwareRemoveRunLoopSource", run_loop(False))
