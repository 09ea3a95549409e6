"""AudioQueue.h implemented over Python state, on a cffi-typed AudioToolbox FrameworkDouble.

:class:`QueueModel` installs typed implementations of every AudioQueue
function.  Its queues hold real ``AudioQueueBuffer`` structs with C memory,
refuse a buffer enqueued twice (``kAudioQueueErr_BufferEnqueuedTwice``, as
AudioQueue does), and the test drives the "device": :meth:`QueueModel.play`
plays the oldest enqueued buffer of an output queue and calls the output
callback pointer with it; :meth:`QueueModel.record` fills the oldest enqueued
buffer of an input queue and calls the input callback; :meth:`QueueModel.notify`
calls property listeners; :meth:`QueueModel.run_tap` calls a processing tap.
It proves marshalling and callback plumbing, not Apple's behaviour.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any

from coremusic._ffi import ffi
from coremusic.formats import AudioFormat
from tests.doubles.corefoundation import CoreFoundationDouble
from tests.doubles.framework import DoubleError, FrameworkDouble

__all__ = ["BUFFER_ENQUEUED_TWICE", "INVALID_BUFFER", "INVALID_PARAMETER", "INVALID_PROPERTY",
           "INVALID_PROPERTY_SIZE", "FakeBuffer", "FakeQueue", "QueueModel"]

INVALID_BUFFER = -66687
INVALID_PROPERTY = -66684
INVALID_PROPERTY_SIZE = -66683
INVALID_PARAMETER = -66682
BUFFER_ENQUEUED_TWICE = -66666
PARAM_ERR = -50


def _code(text: str) -> int:
    return int.from_bytes(text.encode("ascii"), "big")


def _addr(ptr: Any) -> int:
    return int(ffi.cast("uintptr_t", ptr))


@dataclass
class FakeBuffer:
    struct: Any
    memory: Any
    descriptions: Any


@dataclass
class Enqueued:
    buffer: int
    data: bytes
    descriptions: list[tuple[int, int, int]]
    trim: tuple[int, int] = (0, 0)
    parameters: dict[int, float] = field(default_factory=dict)


@dataclass
class FakeQueue:
    kind: str
    fmt: AudioFormat
    callback: Any
    user: Any
    run_loop: int
    run_loop_mode: str | None
    buffers: dict[int, FakeBuffer] = field(default_factory=dict)
    enqueued: list[Enqueued] = field(default_factory=list)
    played: list[Enqueued] = field(default_factory=list)
    log: list[str] = field(default_factory=list)
    running: bool = False
    params: dict[int, float] = field(default_factory=lambda: {1: 1.0, 2: 1.0, 3: 0.0, 4: 0.0, 13: 0.0})
    props: dict[int, bytes] = field(default_factory=dict)
    listeners: list[tuple[int, Any, Any]] = field(default_factory=list)
    timelines: set[int] = field(default_factory=set)
    discontinuity: bool = False
    sample_time: float = 0.0
    offline: AudioFormat | None = None
    offline_layout: bytes | None = None
    start_time: float | None = None
    disposed: bool | None = None  # the `immediate` flag once disposed


@dataclass
class FakeTap:
    queue: int
    callback: Any
    client: Any
    flags: int
    pulls: int = 0
    disposed: bool = False


class QueueModel:
    """The in-memory AudioQueue used by the queue contract and class tests."""

    MAX_TAP_FRAMES = 512

    def __init__(self, double: FrameworkDouble, cf: CoreFoundationDouble | None = None) -> None:
        self.double = double
        self.cf = cf
        self.queues: dict[int, FakeQueue] = {}
        self.taps: dict[int, FakeTap] = {}
        self._cells: list[Any] = []
        self._install()

    # -- helpers ---------------------------------------------------------------
    def _cell(self) -> int:
        cell = ffi.new("char[1]")
        self._cells.append(cell)
        return _addr(cell)

    def queue(self, ref: Any) -> FakeQueue:
        q = self.queues.get(_addr(ref) if not isinstance(ref, int) else ref)
        if q is None or q.disposed is not None:
            raise DoubleError(f"unknown or disposed queue {ref}")
        return q

    def _buffer(self, q: FakeQueue, buf: Any) -> FakeBuffer | None:
        return q.buffers.get(_addr(buf))

    def _snapshot(self, fb: FakeBuffer, count: int, descs: Any) -> Enqueued:
        size = int(fb.struct.mAudioDataByteSize)
        data = bytes(ffi.buffer(fb.struct.mAudioData, size)) if size else b""
        if count and descs != ffi.NULL:
            source = descs
        else:
            count = int(fb.struct.mPacketDescriptionCount)
            source = fb.struct.mPacketDescriptions
        listed = [(int(source[i].mStartOffset), int(source[i].mVariableFramesInPacket),
                   int(source[i].mDataByteSize)) for i in range(count)]
        return Enqueued(_addr(fb.struct), data, listed)

    # -- driving the "device" ----------------------------------------------------
    def play(self, handle: int) -> Enqueued:
        """Play the oldest enqueued buffer of an output queue and hand it back through the callback."""
        q = self.queue(handle)
        if q.kind != "output":
            raise DoubleError("play() is for output queues")
        if not q.enqueued:
            raise DoubleError("nothing is enqueued")
        item = q.enqueued.pop(0)
        q.played.append(item)
        q.sample_time += len(item.data) / max(q.fmt.bytes_per_frame, 1)
        q.callback(q.user, ffi.cast("AudioQueueRef", handle), ffi.cast("AudioQueueBufferRef", item.buffer))
        return item

    def record(self, handle: int, data: bytes, descriptions: list[tuple[int, int, int]] | None = None,
               sample_time: float = 0.0) -> int:
        """Fill the oldest enqueued buffer of an input queue and hand it to the callback."""
        q = self.queue(handle)
        if q.kind != "input":
            raise DoubleError("record() is for input queues")
        if not q.enqueued:
            raise DoubleError("no buffer is enqueued to record into")
        item = q.enqueued.pop(0)
        fb = q.buffers[item.buffer]
        capacity = int(fb.struct.mAudioDataBytesCapacity)
        chunk = data[:capacity]
        ffi.memmove(fb.struct.mAudioData, chunk, len(chunk))
        fb.struct.mAudioDataByteSize = len(chunk)
        ts = ffi.new("AudioTimeStamp *", {"mSampleTime": sample_time, "mFlags": 1})
        if descriptions:
            descs = ffi.new("AudioStreamPacketDescription[]", len(descriptions))
            for i, (offset, frames, size) in enumerate(descriptions):
                descs[i] = {"mStartOffset": offset, "mVariableFramesInPacket": frames, "mDataByteSize": size}
            packets = len(descriptions)
        else:
            descs = ffi.NULL
            packets = len(chunk) // max(q.fmt.bytes_per_packet, 1)
        q.callback(q.user, ffi.cast("AudioQueueRef", handle), fb.struct, ts, packets, descs)
        return len(chunk)

    def notify(self, handle: int, property_id: str) -> int:
        """Call every listener of ``property_id``; returns how many were called."""
        q = self.queue(handle)
        pid = _code(property_id)
        called = 0
        for listened, proc, user in list(q.listeners):
            if listened == pid:
                proc(user, ffi.cast("AudioQueueRef", handle), pid)
                called += 1
        return called

    def run_tap(self, tap: int, frames: int) -> tuple[int, int, list[bytes]]:
        """Call a tap's callback with a fresh float32 buffer list; returns
        ``(frames produced, flags, buffer contents)``."""
        t = self.taps[tap]
        q = self.queue(t.queue)
        channels = q.fmt.channels_per_frame
        size = ffi.offsetof("AudioBufferList", "mBuffers") + channels * ffi.sizeof("AudioBuffer")
        raw = ffi.new("char[]", size)
        abl = ffi.cast("AudioBufferList *", raw)
        abl.mNumberBuffers = channels
        memories = [ffi.new("float[]", frames) for _ in range(channels)]
        buffers = ffi.cast("AudioBuffer *", ffi.addressof(abl.mBuffers[0]))
        for i, mem in enumerate(memories):
            for k in range(frames):
                mem[k] = 1.0  # garbage the tap must overwrite or silence
            buffers[i].mNumberChannels = 1
            buffers[i].mDataByteSize = frames * 4
            buffers[i].mData = mem
        ts = ffi.new("AudioTimeStamp *", {"mSampleTime": q.sample_time, "mFlags": 1})
        flags = ffi.new("AudioQueueProcessingTapFlags *", t.flags)
        out = ffi.new("UInt32 *", 0xFFFF)
        t.callback(t.client, ffi.cast("AudioQueueProcessingTapRef", tap), frames, ts, flags, out, abl)
        contents = [bytes(ffi.buffer(buffers[i].mData, buffers[i].mDataByteSize)) for i in range(channels)]
        return int(out[0]), int(flags[0]), contents

    # -- the C functions -----------------------------------------------------------
    def _install(self) -> None:
        d = self.double

        def new(kind: str, asbd: Any, cb: Any, user: Any, loop: Any, mode: Any, flags: int, out: Any) -> int:
            if cb == ffi.NULL:
                return PARAM_ERR
            handle = self._cell()
            mode_text = self.cf.value_of(mode) if (mode != ffi.NULL and self.cf is not None) else None
            fmt = AudioFormat.from_cdata(asbd)
            q = FakeQueue(kind, fmt, cb, user, _addr(loop), mode_text)
            q.props[_code("aqft")] = fmt.to_bytes()
            q.props[_code("aqme")] = struct.pack("=I", 0)
            self.queues[handle] = q
            out[0] = ffi.cast("AudioQueueRef", handle)
            return 0

        d.implement("AudioQueueNewOutput", lambda *a: new("output", *a))
        d.implement("AudioQueueNewInput", lambda *a: new("input", *a))

        @d.implement("AudioQueueDispose")
        def _dispose(aq: Any, immediate: int) -> int:
            self.queue(aq).disposed = bool(immediate)
            return 0

        def allocate(aq: Any, size: int, descriptions: int, out: Any) -> int:
            q = self.queue(aq)
            memory = ffi.new("char[]", max(size, 1))
            descs = ffi.new("AudioStreamPacketDescription[]", descriptions) if descriptions else ffi.NULL
            buf = ffi.new("AudioQueueBuffer *", {"mAudioDataBytesCapacity": size, "mAudioData": memory,
                                                 "mPacketDescriptionCapacity": descriptions,
                                                 "mPacketDescriptions": descs})
            q.buffers[_addr(buf)] = FakeBuffer(buf, memory, descs)
            out[0] = buf
            return 0

        d.implement("AudioQueueAllocateBuffer", lambda aq, size, out: allocate(aq, size, 0, out))
        d.implement("AudioQueueAllocateBufferWithPacketDescriptions", allocate)

        @d.implement("AudioQueueFreeBuffer")
        def _free(aq: Any, buf: Any) -> int:
            q = self.queue(aq)
            if q.buffers.pop(_addr(buf), None) is None:
                return INVALID_BUFFER
            return 0

        def enqueue(aq: Any, buf: Any, count: int, descs: Any) -> Enqueued | int:
            q = self.queue(aq)
            fb = self._buffer(q, buf)
            if fb is None:
                return INVALID_BUFFER
            if any(e.buffer == _addr(buf) for e in q.enqueued):
                return BUFFER_ENQUEUED_TWICE
            item = self._snapshot(fb, count, descs)
            q.enqueued.append(item)
            return item

        @d.implement("AudioQueueEnqueueBuffer")
        def _enqueue(aq: Any, buf: Any, count: int, descs: Any) -> int:
            result = enqueue(aq, buf, count, descs)
            return result if isinstance(result, int) else 0

        @d.implement("AudioQueueEnqueueBufferWithParameters")
        def _enqueue_params(aq: Any, buf: Any, count: int, descs: Any, trim_start: int, trim_end: int,
                            nparams: int, params: Any, start: Any, actual: Any) -> int:
            result = enqueue(aq, buf, count, descs)
            if isinstance(result, int):
                return result
            result.trim = (trim_start, trim_end)
            result.parameters = {int(params[i].mID): float(params[i].mValue) for i in range(nparams)}
            when = float(start.mSampleTime) if start != ffi.NULL else self.queue(aq).sample_time
            if actual != ffi.NULL:
                actual.mSampleTime = when
                actual.mFlags = 1
            return 0

        def logged(name: str, action: Any = None) -> None:
            def impl(aq: Any, *args: Any) -> int:
                q = self.queue(aq)
                q.log.append(name)
                if action is not None:
                    action(q, *args)
                return 0
            d.implement(f"AudioQueue{name}", impl)

        def start(q: FakeQueue, ts: Any) -> None:
            q.running = True
            q.start_time = float(ts.mSampleTime) if ts != ffi.NULL else None

        def stop(q: FakeQueue, immediate: int) -> None:
            q.running = False
            q.log[-1] = f"Stop(immediate={bool(immediate)})"
            if immediate:
                q.enqueued.clear()  # an immediate stop resets the queue

        def reset(q: FakeQueue) -> None:
            q.enqueued.clear()

        logged("Start", start)
        logged("Stop", stop)
        logged("Pause", lambda q: setattr(q, "running", False))
        logged("Flush")
        logged("Reset", reset)

        @d.implement("AudioQueuePrime")
        def _prime(aq: Any, frames: int, out: Any) -> int:
            q = self.queue(aq)
            q.log.append(f"Prime({frames})")
            queued = sum(len(e.data) for e in q.enqueued) // max(q.fmt.bytes_per_frame, 1)
            if out != ffi.NULL:
                out[0] = min(frames, queued) if frames else queued
            return 0

        @d.implement("AudioQueueGetParameter")
        def _get_param(aq: Any, pid: int, out: Any) -> int:
            q = self.queue(aq)
            if pid not in q.params:
                return INVALID_PARAMETER
            out[0] = q.params[pid]
            return 0

        @d.implement("AudioQueueSetParameter")
        def _set_param(aq: Any, pid: int, value: float) -> int:
            q = self.queue(aq)
            if pid not in q.params:
                return INVALID_PARAMETER
            q.params[pid] = value
            return 0

        def prop_value(q: FakeQueue, pid: int) -> bytes | None:
            if pid == _code("aqrn"):
                return struct.pack("=I", int(q.running))
            return q.props.get(pid)

        @d.implement("AudioQueueGetPropertySize")
        def _prop_size(aq: Any, pid: int, out: Any) -> int:
            value = prop_value(self.queue(aq), pid)
            if value is None:
                return INVALID_PROPERTY
            out[0] = len(value)
            return 0

        @d.implement("AudioQueueGetProperty")
        def _get_prop(aq: Any, pid: int, data: Any, io: Any) -> int:
            value = prop_value(self.queue(aq), pid)
            if value is None:
                return INVALID_PROPERTY
            if int(io[0]) < len(value):
                return INVALID_PROPERTY_SIZE
            ffi.memmove(data, value, len(value))
            io[0] = len(value)
            return 0

        @d.implement("AudioQueueSetProperty")
        def _set_prop(aq: Any, pid: int, data: Any, size: int) -> int:
            q = self.queue(aq)
            if pid != _code("aqme"):
                return INVALID_PROPERTY
            if size != 4:
                return INVALID_PROPERTY_SIZE
            q.props[pid] = bytes(ffi.buffer(data, size))
            return 0

        @d.implement("AudioQueueAddPropertyListener")
        def _add_listener(aq: Any, pid: int, proc: Any, user: Any) -> int:
            q = self.queue(aq)
            if pid not in (_code("aqrn"), _code("aqcd"), _code("aqft")):
                return INVALID_PROPERTY
            q.listeners.append((pid, proc, user))
            return 0

        @d.implement("AudioQueueRemovePropertyListener")
        def _remove_listener(aq: Any, pid: int, proc: Any, user: Any) -> int:
            q = self.queue(aq)
            for i, (listened, p, u) in enumerate(q.listeners):
                if listened == pid and p == proc and u == user:
                    del q.listeners[i]
                    return 0
            return PARAM_ERR

        @d.implement("AudioQueueCreateTimeline")
        def _create_timeline(aq: Any, out: Any) -> int:
            handle = self._cell()
            self.queue(aq).timelines.add(handle)
            out[0] = ffi.cast("AudioQueueTimelineRef", handle)
            return 0

        @d.implement("AudioQueueDisposeTimeline")
        def _dispose_timeline(aq: Any, tl: Any) -> int:
            q = self.queue(aq)
            if _addr(tl) not in q.timelines:
                return PARAM_ERR
            q.timelines.discard(_addr(tl))
            return 0

        @d.implement("AudioQueueGetCurrentTime")
        def _current(aq: Any, tl: Any, out: Any, jumped: Any) -> int:
            q = self.queue(aq)
            if tl != ffi.NULL and _addr(tl) not in q.timelines:
                return PARAM_ERR
            out.mSampleTime = q.sample_time
            out.mFlags = 1
            if jumped != ffi.NULL:
                jumped[0] = q.discontinuity if tl != ffi.NULL else False
                q.discontinuity = False
            return 0

        @d.implement("AudioQueueDeviceGetCurrentTime")
        def _device_now(aq: Any, out: Any) -> int:
            q = self.queue(aq)
            out.mSampleTime = q.sample_time
            out.mHostTime = int(q.sample_time * 1000)
            out.mFlags = 3
            return 0

        @d.implement("AudioQueueDeviceGetNearestStartTime")
        def _nearest(aq: Any, io: Any, flags: int) -> int:
            self.queue(aq)
            if flags:
                return PARAM_ERR
            io.mSampleTime = float(-(-int(io.mSampleTime) // 512) * 512)
            io.mFlags = 1
            return 0

        @d.implement("AudioQueueDeviceTranslateTime")
        def _translate(aq: Any, time: Any, out: Any) -> int:
            self.queue(aq)
            out.mSampleTime = time.mSampleTime
            out.mHostTime = int(time.mSampleTime * 1000)
            out.mFlags = 3
            return 0

        @d.implement("AudioQueueSetOfflineRenderFormat")
        def _offline_format(aq: Any, asbd: Any, layout: Any) -> int:
            q = self.queue(aq)
            q.offline = None if asbd == ffi.NULL else AudioFormat.from_cdata(asbd)
            q.offline_layout = (None if layout == ffi.NULL else
                                bytes(ffi.buffer(layout, ffi.sizeof("AudioChannelLayout"))))
            return 0

        @d.implement("AudioQueueOfflineRender")
        def _offline_render(aq: Any, ts: Any, buf: Any, frames: int) -> int:
            q = self.queue(aq)
            fb = self._buffer(q, buf)
            if fb is None:
                return INVALID_BUFFER
            if q.offline is None:
                return -66626  # kAudioQueueErr_InvalidOfflineMode
            want = frames * q.offline.bytes_per_frame
            data = b"".join(e.data for e in q.enqueued)[:want]
            ffi.memmove(fb.struct.mAudioData, data, len(data))
            fb.struct.mAudioDataByteSize = len(data)
            q.sample_time = float(ts.mSampleTime) + frames
            return 0

        @d.implement("AudioQueueProcessingTapNew")
        def _tap_new(aq: Any, cb: Any, client: Any, flags: int, max_frames: Any, fmt: Any, out: Any) -> int:
            q = self.queue(aq)
            if not flags & 3:
                return -66667  # kAudioQueueErr_InvalidTapType
            handle = self._cell()
            self.taps[handle] = FakeTap(_addr(aq), cb, client, flags)
            max_frames[0] = self.MAX_TAP_FRAMES
            processing = AudioFormat.pcm(q.fmt.sample_rate, q.fmt.channels_per_frame, 32, True, interleaved=False)
            ffi.memmove(fmt, processing.to_bytes(), 40)
            out[0] = ffi.cast("AudioQueueProcessingTapRef", handle)
            return 0

        @d.implement("AudioQueueProcessingTapDispose")
        def _tap_dispose(tap: Any) -> int:
            t = self.taps.get(_addr(tap))
            if t is None or t.disposed:
                return -66669  # kAudioQueueErr_InvalidTapContext
            t.disposed = True
            return 0

        @d.implement("AudioQueueProcessingTapGetSourceAudio")
        def _tap_source(tap: Any, frames: int, ts: Any, flags: Any, out_frames: Any, abl: Any) -> int:
            t = self.taps.get(_addr(tap))
            if t is None or t.disposed:
                return -66669
            buffers = ffi.cast("AudioBuffer *", ffi.addressof(abl.mBuffers[0]))
            for i in range(int(abl.mNumberBuffers)):
                samples = ffi.cast("float *", buffers[i].mData)
                for k in range(frames):
                    samples[k] = 0.5 * (i + 1)  # channel c holds 0.5 * (c + 1)
            out_frames[0] = frames
            flags[0] = 256 if t.pulls == 0 else 0  # kAudioQueueProcessingTap_StartOfStream
            ts.mSampleTime = 4096.0 + t.pulls * frames
            ts.mFlags = 1
            t.pulls += 1
            return 0

        @d.implement("AudioQueueProcessingTapGetQueueTime")
        def _tap_time(tap: Any, sample_time: Any, frame_count: Any) -> int:
            t = self.taps.get(_addr(tap))
            if t is None:
                return -66669
            sample_time[0] = self.queue(t.queue).sample_time
            frame_count[0] = self.MAX_TAP_FRAMES
            return 0
