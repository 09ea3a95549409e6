"""AudioToolbox file APIs implemented over Python state, on a cffi-typed FrameworkDouble.

:class:`AudioToolboxFiles` installs typed implementations of AudioFile,
AudioFileStream, ExtAudioFile and AudioFormat functions on an ``AudioToolbox``
:class:`~tests.doubles.framework.FrameworkDouble`.  It keeps "files" in
memory, fills out-parameters with plausible values, and drives the callback
pointers coremusic hands to C (read/write/size procs, stream listeners) by
calling them through libffi.  It proves marshalling and callback plumbing,
not Apple's behaviour: its container format is its own (a 40-byte ASBD header
followed by the audio data) and its codec "knowledge" is a small table.
"""

from __future__ import annotations

import os
import struct
import sys
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from coremusic._ffi import ffi
from coremusic.formats import AudioFormat
from coremusic.utils.fourcc import as_fourcc_int
from tests.doubles.corefoundation import CoreFoundationDouble
from tests.doubles.framework import FrameworkDouble

ASBD_SIZE = 40
FSREF_SIZE = 80

# statuses the double returns (values from the SDK facts)
FILE_NOT_FOUND = -43  # kAudioFileFileNotFoundError
END_OF_FILE = -39  # kAudioFileEndOfFileError
NOT_OPEN = -38  # kAudioFileNotOpenError
UNSUPPORTED_PROPERTY = as_fourcc_int("pty?")  # kAudioFileUnsupportedPropertyError
BAD_PROPERTY_SIZE = as_fourcc_int("!siz")
PERMISSIONS = as_fourcc_int("prm?")
FORMAT_UNSUPPORTED_PROPERTY = as_fourcc_int("prop")  # kAudioFormatUnsupportedPropertyError
EXT_INVALID_PROPERTY = -66561
EXT_NON_PCM_CLIENT = -66563


def fourcc(code: str) -> int:
    return as_fourcc_int(code)


def u32_bytes(value: int) -> bytes:
    return int(value).to_bytes(4, sys.byteorder)


def u64_bytes(value: int) -> bytes:
    return int(value).to_bytes(8, sys.byteorder)


def addr(ptr: Any) -> int:
    return int(ffi.cast("uintptr_t", ptr))


@dataclass
class FakeFile:
    """One audio file: a format, audio bytes (or VBR packets), user data and properties."""

    path: str
    file_type: int
    format: AudioFormat
    data: bytearray = field(default_factory=bytearray)
    packets: list[bytes] | None = None  # VBR packets; None for constant-size packets
    user_data: dict[int, list[bytes]] = field(default_factory=dict)
    properties: dict[int, bytes] = field(default_factory=dict)
    writable: bool = True
    optimized: bool = False
    callbacks: tuple[Any, ...] | None = None  # (client, read, write, get_size, set_size)
    info: dict[str, Any] = field(default_factory=dict)  # what 'info' returns (a new CFDictionary)

    @property
    def bytes_per_packet(self) -> int:
        return self.format.bytes_per_packet

    def packet_count(self) -> int:
        if self.packets is not None:
            return len(self.packets)
        return len(self.data) // self.bytes_per_packet if self.bytes_per_packet else 0


@dataclass
class ExtFile:
    file: FakeFile
    client: AudioFormat | None = None
    position: int = 0  # frames
    for_writing: bool = False
    async_primed: bool = False


@dataclass
class Stream:
    client: Any
    listener: Any
    packets_proc: Any
    hint: int
    buffered: bytearray = field(default_factory=bytearray)
    format: AudioFormat | None = None
    packet_index: int = 0
    listener_flags: list[tuple[str, int]] = field(default_factory=list)


def _samples(raw: bytes, fmt: AudioFormat) -> np.ndarray[Any, Any]:
    """File/client bytes -> float64 samples shaped (frames, channels), interleaved formats."""
    dtype = fmt.to_numpy_dtype()
    values = np.frombuffer(raw, dtype=dtype).astype(np.float64)
    if dtype.kind == "i":
        values /= float(2 ** (dtype.itemsize * 8 - 1))
    return values.reshape(-1, fmt.channels_per_frame)


def _encode(samples: np.ndarray[Any, Any], fmt: AudioFormat) -> bytes:
    dtype = fmt.to_numpy_dtype()
    if dtype.kind == "i":
        scale = float(2 ** (dtype.itemsize * 8 - 1))
        ints = np.clip(np.round(samples * scale), -scale, scale - 1).astype(dtype)
        return ints.tobytes()
    return samples.astype(dtype).tobytes()


class AudioToolboxFiles:
    """The in-memory AudioToolbox used by the file contract tests.

    Parameters
    ----------
    double : FrameworkDouble
        The installed ``AudioToolbox`` double to implement functions on.
    cf : CoreFoundationDouble
        The installed CF double (URLs and names come from it).
    """

    def __init__(self, double: FrameworkDouble, cf: CoreFoundationDouble) -> None:
        self.double = double
        self.cf = cf
        self.disk: dict[str, FakeFile] = {}
        self.fsrefs: dict[bytes, str] = {}
        self.open_files: dict[int, FakeFile] = {}
        self.ext_files: dict[int, ExtFile] = {}
        self.streams: dict[int, Stream] = {}
        self.closed: list[int] = []
        # what C received, recorded during the call (the memory is gone afterwards)
        self.buffer_lists: list[tuple[str, list[tuple[int, int]]]] = []
        self.layout_tags: list[int | None] = []
        self._next = 0x5A00_0000
        self._install_audiofile()
        self._install_stream()
        self._install_ext()
        self._install_format()

    # ------------------------------------------------------------ helpers for tests
    def add_file(self, path: str, fmt: AudioFormat, data: bytes = b"", file_type: str = "WAVE",
                 packets: list[bytes] | None = None) -> FakeFile:
        """Put a file "on disk"."""
        f = FakeFile(path, fourcc(file_type), fmt, bytearray(data), packets)
        self.disk[path] = f
        return f

    def fsref_for(self, path: str) -> bytes:
        """Mint the 80 opaque FSRef bytes naming ``path``."""
        raw = (b"FSRF" + os.fsencode(path)).ljust(FSREF_SIZE, b"\0")[:FSREF_SIZE]
        self.fsrefs[raw] = path
        return raw

    def _handle(self) -> int:
        self._next += 0x100
        return self._next

    def _file(self, ptr: Any) -> FakeFile:
        f = self.open_files.get(addr(ptr))
        if f is None:
            raise LookupError(f"{hex(addr(ptr))} is not an open AudioFileID")
        return f

    def _register(self, f: FakeFile, out: Any) -> int:
        handle = self._handle()
        self.open_files[handle] = f
        out[0] = ffi.cast("AudioFileID", handle)
        return 0

    @staticmethod
    def _fill(io_size: Any, out: Any, value: bytes) -> int:
        if io_size[0] < len(value):
            return BAD_PROPERTY_SIZE
        ffi.memmove(out, value, len(value))
        io_size[0] = len(value)
        return 0

    # ------------------------------------------------------------ AudioFile
    def _properties(self, f: FakeFile) -> dict[int, tuple[bytes, bool]]:
        max_packet = max((len(p) for p in f.packets), default=0) if f.packets is not None else f.bytes_per_packet
        props = {
            fourcc("dfmt"): (f.format.to_bytes(), True),
            fourcc("ffmt"): (u32_bytes(f.file_type), False),
            fourcc("pcnt"): (u64_bytes(f.packet_count()), False),
            fourcc("bcnt"): (u64_bytes(len(f.data) if f.packets is None else sum(map(len, f.packets))), False),
            fourcc("psze"): (u32_bytes(max_packet), False),
            fourcc("optm"): (u32_bytes(int(f.optimized)), False),
        }
        props.update({k: (v, True) for k, v in f.properties.items()})
        return props

    def _read_audio(self, f: FakeFile, start: int, count: int) -> bytes:
        if f.callbacks is None:
            return bytes(f.data[start:start + count])
        client, read, _w, _g, _s = f.callbacks
        buf = ffi.new("char[]", max(count, 1))
        actual = ffi.new("UInt32 *")
        status = read(client, ASBD_SIZE + start, count, buf, actual)
        if status:
            raise _Status(status)
        return bytes(ffi.buffer(buf, actual[0]))

    def _write_audio(self, f: FakeFile, start: int, raw: bytes) -> int:
        if f.callbacks is None:
            if len(f.data) < start:
                f.data.extend(b"\0" * (start - len(f.data)))
            f.data[start:start + len(raw)] = raw
            return len(raw)
        client, _r, write, _g, _s = f.callbacks
        actual = ffi.new("UInt32 *")
        status = write(client, ASBD_SIZE + start, len(raw), raw, actual)
        if status:
            raise _Status(status)
        f.data[start:start + actual[0]] = raw[:actual[0]]
        return int(actual[0])

    def _install_audiofile(self) -> None:
        imp = self.double.implement

        @imp("AudioFileOpenURL")
        def _open_url(url: Any, perm: int, hint: int, out: Any) -> int:
            path = self.cf.value_of(url)
            f = self.disk.get(path)
            if f is None:
                return FILE_NOT_FOUND
            f.writable = bool(perm & 2)
            return self._register(f, out)

        @imp("AudioFileOpen")
        def _open_fsref(ref: Any, perm: int, hint: int, out: Any) -> int:
            path = self.fsrefs.get(bytes(ffi.buffer(ffi.cast("char *", ref), FSREF_SIZE)))
            if path is None or path not in self.disk:
                return FILE_NOT_FOUND
            return self._register(self.disk[path], out)

        @imp("AudioFileCreateWithURL")
        def _create_url(url: Any, ftype: int, asbd: Any, flags: int, out: Any) -> int:
            path = self.cf.value_of(url)
            if path in self.disk and not flags & 1:
                return PERMISSIONS
            self.disk[path] = f = FakeFile(path, ftype, AudioFormat.from_cdata(asbd))
            return self._register(f, out)

        @imp("AudioFileCreate")
        def _create_fsref(parent: Any, name: Any, ftype: int, asbd: Any, flags: int,
                          new_ref: Any, out: Any) -> int:
            folder = self.fsrefs.get(bytes(ffi.buffer(ffi.cast("char *", parent), FSREF_SIZE)))
            if folder is None:
                return FILE_NOT_FOUND
            path = folder.rstrip("/") + "/" + self.cf.value_of(name)
            self.disk[path] = f = FakeFile(path, ftype, AudioFormat.from_cdata(asbd))
            ffi.memmove(ffi.cast("char *", new_ref), self.fsref_for(path), FSREF_SIZE)
            return self._register(f, out)

        @imp("AudioFileInitialize")
        def _initialize(ref: Any, ftype: int, asbd: Any, flags: int, out: Any) -> int:
            path = self.fsrefs.get(bytes(ffi.buffer(ffi.cast("char *", ref), FSREF_SIZE)))
            if path is None:
                return FILE_NOT_FOUND
            self.disk[path] = f = FakeFile(path, ftype, AudioFormat.from_cdata(asbd))
            return self._register(f, out)

        @imp("AudioFileOpenWithCallbacks")
        def _open_cb(client: Any, read: Any, write: Any, get_size: Any, set_size: Any,
                     hint: int, out: Any) -> int:
            size = get_size(client)
            if size < ASBD_SIZE:
                return as_fourcc_int("dta?")  # kAudioFileInvalidFileError
            buf = ffi.new("char[]", size)
            actual = ffi.new("UInt32 *")
            status = read(client, 0, size, buf, actual)
            if status:
                return int(status)
            raw = bytes(ffi.buffer(buf, actual[0]))
            f = FakeFile("<callbacks>", hint, AudioFormat.from_asbd_bytes(raw[:ASBD_SIZE]),
                         bytearray(raw[ASBD_SIZE:]), writable=write != ffi.NULL)
            f.callbacks = (client, read, write, get_size, set_size)
            return self._register(f, out)

        @imp("AudioFileInitializeWithCallbacks")
        def _init_cb(client: Any, read: Any, write: Any, get_size: Any, set_size: Any,
                     ftype: int, asbd: Any, flags: int, out: Any) -> int:
            if write == ffi.NULL or set_size == ffi.NULL:
                return PERMISSIONS
            status = set_size(client, 0)
            if status:
                return int(status)
            header = bytes(ffi.buffer(asbd, ASBD_SIZE))
            actual = ffi.new("UInt32 *")
            status = write(client, 0, ASBD_SIZE, header, actual)
            if status:
                return int(status)
            f = FakeFile("<callbacks>", ftype, AudioFormat.from_cdata(asbd))
            f.callbacks = (client, read, write, get_size, set_size)
            return self._register(f, out)

        @imp("AudioFileClose")
        def _close(ptr: Any) -> int:
            handle = addr(ptr)
            if handle not in self.open_files:
                return NOT_OPEN
            del self.open_files[handle]
            self.closed.append(handle)
            return 0

        @imp("AudioFileOptimize")
        def _optimize(ptr: Any) -> int:
            self._file(ptr).optimized = True
            return 0

        @imp("AudioFileReadBytes")
        def _read_bytes(ptr: Any, cache: int, start: int, io: Any, out: Any) -> int:
            f = self._file(ptr)
            try:
                raw = self._read_audio(f, start, io[0])
            except _Status as s:
                return s.status
            ffi.memmove(out, raw, len(raw))
            short = len(raw) < io[0]
            io[0] = len(raw)
            return END_OF_FILE if short else 0

        def read_packets(ptr: Any, cache: int, io_bytes: Any, descs: Any, start: int,
                         io_packets: Any, out: Any) -> int:
            f = self._file(ptr)
            wanted = io_packets[0]
            if f.packets is None:
                bpp = f.bytes_per_packet
                available = max(0, min(wanted, f.packet_count() - start))
                n = min(available, io_bytes[0] // bpp)
                chunks = [self._read_audio(f, (start + i) * bpp, bpp) for i in range(n)]
            else:
                chunks = []
                used = 0
                for p in f.packets[start:start + wanted]:
                    if used + len(p) > io_bytes[0]:
                        break
                    chunks.append(p)
                    used += len(p)
            offset = 0
            for i, chunk in enumerate(chunks):
                ffi.memmove(out + offset, chunk, len(chunk))
                if descs != ffi.NULL:
                    descs[i].mStartOffset = offset
                    descs[i].mVariableFramesInPacket = 0 if f.packets is None else f.format.frames_per_packet
                    descs[i].mDataByteSize = len(chunk)
                offset += len(chunk)
            io_bytes[0] = offset
            io_packets[0] = len(chunks)
            return END_OF_FILE if len(chunks) < wanted else 0

        imp("AudioFileReadPacketData", read_packets)

        @imp("AudioFileReadPackets")
        def _read_packets_old(ptr: Any, cache: int, out_bytes: Any, descs: Any, start: int,
                              io_packets: Any, out: Any) -> int:
            # C assumes room for io_packets maximum-size packets: emulate with a large capacity
            f = self._file(ptr)
            max_packet = int.from_bytes(self._properties(f)[fourcc("psze")][0], sys.byteorder)
            out_bytes[0] = io_packets[0] * max_packet
            return read_packets(ptr, cache, out_bytes, descs, start, io_packets, out)

        @imp("AudioFileWriteBytes")
        def _write_bytes(ptr: Any, cache: int, start: int, io: Any, data: Any) -> int:
            f = self._file(ptr)
            if not f.writable:
                return PERMISSIONS
            try:
                io[0] = self._write_audio(f, start, bytes(ffi.buffer(data, io[0])))
            except _Status as s:
                return s.status
            return 0

        @imp("AudioFileWritePackets")
        def _write_packets(ptr: Any, cache: int, nbytes: int, descs: Any, start: int,
                           io_packets: Any, data: Any) -> int:
            f = self._file(ptr)
            if not f.writable:
                return PERMISSIONS
            raw = bytes(ffi.buffer(data, nbytes))
            count = io_packets[0]
            if descs == ffi.NULL:
                bpp = f.bytes_per_packet
                if not bpp or nbytes < count * bpp:
                    return as_fourcc_int("pck?")
                try:
                    self._write_audio(f, start * bpp, raw[:count * bpp])
                except _Status as s:
                    return s.status
            else:
                if f.packets is None:
                    f.packets = []
                new = [raw[descs[i].mStartOffset: descs[i].mStartOffset + descs[i].mDataByteSize]
                       for i in range(count)]
                f.packets[start:start + count] = new
            return 0

        # user data
        def chunks(ptr: Any, uid: int) -> list[bytes]:
            return self._file(ptr).user_data.setdefault(uid, [])

        @imp("AudioFileCountUserData")
        def _count_ud(ptr: Any, uid: int, out: Any) -> int:
            out[0] = len(chunks(ptr, uid))
            return 0

        def chunk(ptr: Any, uid: int, index: int) -> bytes | None:
            items = chunks(ptr, uid)
            return items[index] if index < len(items) else None

        @imp("AudioFileGetUserDataSize")
        def _ud_size(ptr: Any, uid: int, index: int, out: Any) -> int:
            c = chunk(ptr, uid, index)
            if c is None:
                return UNSUPPORTED_PROPERTY
            out[0] = len(c)
            return 0

        @imp("AudioFileGetUserDataSize64")
        def _ud_size64(ptr: Any, uid: int, index: int, out: Any) -> int:
            c = chunk(ptr, uid, index)
            if c is None:
                return UNSUPPORTED_PROPERTY
            out[0] = len(c)
            return 0

        @imp("AudioFileGetUserData")
        def _ud_get(ptr: Any, uid: int, index: int, io: Any, out: Any) -> int:
            c = chunk(ptr, uid, index)
            if c is None:
                return UNSUPPORTED_PROPERTY
            return self._fill(io, out, c)

        @imp("AudioFileGetUserDataAtOffset")
        def _ud_get_at(ptr: Any, uid: int, index: int, offset: int, io: Any, out: Any) -> int:
            c = chunk(ptr, uid, index)
            if c is None:
                return UNSUPPORTED_PROPERTY
            piece = c[offset: offset + io[0]]
            ffi.memmove(out, piece, len(piece))
            io[0] = len(piece)
            return 0

        @imp("AudioFileSetUserData")
        def _ud_set(ptr: Any, uid: int, index: int, size: int, data: Any) -> int:
            items = chunks(ptr, uid)
            raw = bytes(ffi.buffer(data, size))
            if index < len(items):
                items[index] = raw
            else:
                items.append(raw)
            return 0

        @imp("AudioFileRemoveUserData")
        def _ud_remove(ptr: Any, uid: int, index: int) -> int:
            items = chunks(ptr, uid)
            if index >= len(items):
                return UNSUPPORTED_PROPERTY
            del items[index]
            return 0

        # properties
        @imp("AudioFileGetPropertyInfo")
        def _prop_info(ptr: Any, pid: int, size: Any, writable: Any) -> int:
            props = self._properties(self._file(ptr))
            if pid not in props:
                return UNSUPPORTED_PROPERTY
            if size != ffi.NULL:
                size[0] = len(props[pid][0])
            if writable != ffi.NULL:
                writable[0] = int(props[pid][1])
            return 0

        @imp("AudioFileGetProperty")
        def _prop_get(ptr: Any, pid: int, io: Any, out: Any) -> int:
            if pid == fourcc("info"):  # a CFDictionaryRef the caller must release
                if io[0] != ffi.sizeof("void *"):
                    return BAD_PROPERTY_SIZE
                ref = self.cf.make_python(self._file(ptr).info)
                ffi.cast("void **", out)[0] = ffi.cast("void *", ref)
                return 0
            props = self._properties(self._file(ptr))
            if pid not in props:
                return UNSUPPORTED_PROPERTY
            return self._fill(io, out, props[pid][0])

        @imp("AudioFileSetProperty")
        def _prop_set(ptr: Any, pid: int, size: int, data: Any) -> int:
            f = self._file(ptr)
            raw = bytes(ffi.buffer(data, size))
            if pid == fourcc("dfmt"):
                if size != ASBD_SIZE:
                    return BAD_PROPERTY_SIZE
                f.format = AudioFormat.from_asbd_bytes(raw)
            else:
                f.properties[pid] = raw
            return 0

        readable = [fourcc(t) for t in ("WAVE", "AIFF", "caff", "m4af", "MPG3")]
        global_info = {
            fourcc("afrf"): lambda spec: b"".join(u32_bytes(t) for t in readable),
            fourcc("afwf"): lambda spec: b"".join(u32_bytes(t) for t in readable[:4]),
            # available formats for a file type (specifier: the UInt32 type)
            fourcc("fmid"): lambda spec: (b"".join(u32_bytes(fourcc(x)) for x in ("lpcm", "ulaw"))
                                          if spec == u32_bytes(fourcc("WAVE")) else b""),
        }

        @imp("AudioFileGetGlobalInfoSize")
        def _global_size(pid: int, spec_size: int, spec: Any, out: Any) -> int:
            fn = global_info.get(pid)
            if fn is None:
                return UNSUPPORTED_PROPERTY
            out[0] = len(fn(bytes(ffi.buffer(spec, spec_size)) if spec_size else b""))
            return 0

        @imp("AudioFileGetGlobalInfo")
        def _global(pid: int, spec_size: int, spec: Any, io: Any, out: Any) -> int:
            fn = global_info.get(pid)
            if fn is None:
                return UNSUPPORTED_PROPERTY
            return self._fill(io, out, fn(bytes(ffi.buffer(spec, spec_size)) if spec_size else b""))

    # ------------------------------------------------------------ AudioFileStream
    def _install_stream(self) -> None:
        imp = self.double.implement

        def stream(ptr: Any) -> Stream:
            s = self.streams.get(addr(ptr))
            if s is None:
                raise LookupError(f"{hex(addr(ptr))} is not an open AudioFileStreamID")
            return s

        @imp("AudioFileStreamOpen")
        def _open(client: Any, listener: Any, packets: Any, hint: int, out: Any) -> int:
            handle = self._handle()
            self.streams[handle] = Stream(client, listener, packets, hint)
            out[0] = ffi.cast("AudioFileStreamID", handle)
            return 0

        @imp("AudioFileStreamParseBytes")
        def _parse(ptr: Any, size: int, data: Any, flags: int) -> int:
            s = stream(ptr)
            s.buffered.extend(ffi.buffer(data, size))
            if s.format is None:
                if len(s.buffered) < ASBD_SIZE:
                    return 0
                s.format = AudioFormat.from_asbd_bytes(bytes(s.buffered[:ASBD_SIZE]))
                del s.buffered[:ASBD_SIZE]
                for pid in ("dfmt", "redy"):
                    io_flags = ffi.new("AudioFileStreamPropertyFlags *", 0)
                    s.listener(s.client, ptr, fourcc(pid), io_flags)
                    s.listener_flags.append((pid, int(io_flags[0])))
            bpp = s.format.bytes_per_packet
            if bpp:  # constant-size packets: whole packets, no descriptions
                n = len(s.buffered) // bpp
                if n:
                    raw = bytes(s.buffered[:n * bpp])
                    del s.buffered[:n * bpp]
                    s.packets_proc(s.client, len(raw), n, raw, ffi.NULL)
                    s.packet_index += n
            else:  # variable-size packets: each prefixed by a UInt16 length
                sizes = []
                pos = 0
                while pos + 2 <= len(s.buffered):
                    (length,) = struct.unpack_from("<H", s.buffered, pos)
                    if pos + 2 + length > len(s.buffered):
                        break
                    sizes.append((pos + 2, length))
                    pos += 2 + length
                if sizes:
                    payload = b"".join(bytes(s.buffered[a:a + n]) for a, n in sizes)
                    descs = ffi.new("AudioStreamPacketDescription[]", len(sizes))
                    offset = 0
                    for i, (_a, n) in enumerate(sizes):
                        descs[i].mStartOffset = offset
                        descs[i].mVariableFramesInPacket = s.format.frames_per_packet
                        descs[i].mDataByteSize = n
                        offset += n
                    del s.buffered[:pos]
                    s.packets_proc(s.client, len(payload), len(sizes), payload, descs)
                    s.packet_index += len(sizes)
            return 0

        @imp("AudioFileStreamSeek")
        def _seek(ptr: Any, packet: int, out_offset: Any, io_flags: Any) -> int:
            s = stream(ptr)
            if s.format is None:
                return as_fourcc_int("nope")  # kAudioFileStreamError_IllegalOperation
            bpp = s.format.bytes_per_packet
            out_offset[0] = ASBD_SIZE + packet * (bpp or 256)
            io_flags[0] = 0 if bpp else 1  # VBR offsets are estimates
            return 0

        def props(s: Stream) -> dict[int, tuple[bytes, bool]]:
            if s.format is None:
                return {}
            return {fourcc("dfmt"): (s.format.to_bytes(), True),
                    fourcc("redy"): (u32_bytes(1), False),
                    fourcc("pcnt"): (u64_bytes(s.packet_index), False)}

        @imp("AudioFileStreamGetPropertyInfo")
        def _info(ptr: Any, pid: int, size: Any, writable: Any) -> int:
            p = props(stream(ptr))
            if pid not in p:
                return as_fourcc_int("unk?")  # kAudioFileStreamError_ValueUnknown
            size[0] = len(p[pid][0])
            writable[0] = int(p[pid][1])
            return 0

        @imp("AudioFileStreamGetProperty")
        def _get(ptr: Any, pid: int, io: Any, out: Any) -> int:
            p = props(stream(ptr))
            if pid not in p:
                return as_fourcc_int("unk?")
            return self._fill(io, out, p[pid][0])

        @imp("AudioFileStreamSetProperty")
        def _set(ptr: Any, pid: int, size: int, data: Any) -> int:
            s = stream(ptr)
            if pid != fourcc("dfmt") or size != ASBD_SIZE:
                return as_fourcc_int("pty?")
            s.format = AudioFormat.from_asbd_bytes(bytes(ffi.buffer(data, size)))
            return 0

        @imp("AudioFileStreamClose")
        def _close(ptr: Any) -> int:
            stream(ptr)
            del self.streams[addr(ptr)]
            self.closed.append(addr(ptr))
            return 0

    # ------------------------------------------------------------ ExtAudioFile
    def _install_ext(self) -> None:
        imp = self.double.implement

        def ext(ptr: Any) -> ExtFile:
            e = self.ext_files.get(addr(ptr))
            if e is None:
                raise LookupError(f"{hex(addr(ptr))} is not an open ExtAudioFileRef")
            return e

        def register(e: ExtFile, out: Any) -> int:
            handle = self._handle()
            self.ext_files[handle] = e
            out[0] = ffi.cast("ExtAudioFileRef", handle)
            return 0

        @imp("ExtAudioFileOpenURL")
        def _open_url(url: Any, out: Any) -> int:
            f = self.disk.get(self.cf.value_of(url))
            return FILE_NOT_FOUND if f is None else register(ExtFile(f), out)

        @imp("ExtAudioFileOpen")
        def _open(ref: Any, out: Any) -> int:
            path = self.fsrefs.get(bytes(ffi.buffer(ffi.cast("char *", ref), FSREF_SIZE)))
            f = self.disk.get(path or "")
            return FILE_NOT_FOUND if f is None else register(ExtFile(f), out)

        @imp("ExtAudioFileWrapAudioFileID")
        def _wrap(file_ptr: Any, for_writing: int, out: Any) -> int:
            return register(ExtFile(self._file(file_ptr), for_writing=bool(for_writing)), out)

        def layout_ok(layout: Any) -> bool:
            self.layout_tags.append(None if layout == ffi.NULL else int(layout.mChannelLayoutTag))
            return layout == ffi.NULL or layout.mChannelLayoutTag != 0 or layout.mNumberChannelDescriptions > 0

        @imp("ExtAudioFileCreateWithURL")
        def _create_url(url: Any, ftype: int, asbd: Any, layout: Any, flags: int, out: Any) -> int:
            if not layout_ok(layout):
                return as_fourcc_int("!siz")
            path = self.cf.value_of(url)
            self.disk[path] = f = FakeFile(path, ftype, AudioFormat.from_cdata(asbd))
            return register(ExtFile(f, for_writing=True), out)

        @imp("ExtAudioFileCreateNew")
        def _create_new(parent: Any, name: Any, ftype: int, asbd: Any, layout: Any, out: Any) -> int:
            folder = self.fsrefs.get(bytes(ffi.buffer(ffi.cast("char *", parent), FSREF_SIZE)))
            if folder is None or not layout_ok(layout):
                return FILE_NOT_FOUND
            path = folder.rstrip("/") + "/" + self.cf.value_of(name)
            self.disk[path] = f = FakeFile(path, ftype, AudioFormat.from_cdata(asbd))
            return register(ExtFile(f, for_writing=True), out)

        @imp("ExtAudioFileDispose")
        def _dispose(ptr: Any) -> int:
            ext(ptr)
            del self.ext_files[addr(ptr)]
            self.closed.append(addr(ptr))
            return 0

        def buffers(abl: Any, name: str) -> list[Any]:
            first = ffi.cast("AudioBuffer *", ffi.addressof(abl.mBuffers[0]))
            found = [first[i] for i in range(abl.mNumberBuffers)]
            self.buffer_lists.append((name, [(int(b.mNumberChannels), int(b.mDataByteSize)) for b in found]))
            return found

        @imp("ExtAudioFileRead")
        def _read(ptr: Any, io_frames: Any, abl: Any) -> int:
            e = ext(ptr)
            if e.client is None:
                return as_fourcc_int("fmt?")
            ffmt, cfmt = e.file.format, e.client
            try:  # a Python-backed AudioFile is read through its callbacks
                stored = self._read_audio(e.file, 0, len(e.file.data))
            except _Status as status:
                return status.status
            samples = _samples(stored, ffmt)[e.position: e.position + io_frames[0]]
            n = samples.shape[0]
            bufs = buffers(abl, "ExtAudioFileRead")
            interleaved = cfmt.is_interleaved
            if (len(bufs) != 1) if interleaved else (len(bufs) != cfmt.channels_per_frame):
                return as_fourcc_int("!buf")
            mono = cfmt.replace(channels_per_frame=1, bytes_per_frame=cfmt.bytes_per_frame,
                                bytes_per_packet=cfmt.bytes_per_packet,
                                format_flags=cfmt.format_flags & ~0x20)
            for i, b in enumerate(bufs):
                raw = _encode(samples if interleaved else samples[:, i:i + 1], cfmt if interleaved else mono)
                if len(raw) > b.mDataByteSize:
                    return as_fourcc_int("!siz")
                ffi.memmove(b.mData, raw, len(raw))
                b.mDataByteSize = len(raw)
            e.position += n
            io_frames[0] = n
            return 0

        def write(ptr: Any, frames: int, abl: Any) -> int:
            e = ext(ptr)
            if e.client is None:
                return as_fourcc_int("fmt?")
            cfmt = e.client
            if frames == 0:
                return 0
            bufs = buffers(abl, "ExtAudioFileWrite")
            if cfmt.is_interleaved:
                samples = _samples(bytes(ffi.buffer(bufs[0].mData, bufs[0].mDataByteSize)), cfmt)
            else:
                mono = cfmt.replace(channels_per_frame=1, format_flags=cfmt.format_flags & ~0x20)
                samples = np.concatenate(
                    [_samples(bytes(ffi.buffer(b.mData, b.mDataByteSize)), mono) for b in bufs], axis=1)
            if samples.shape[0] != frames:
                return as_fourcc_int("!siz")
            e.file.data.extend(_encode(samples, e.file.format))
            e.position += frames
            return 0

        imp("ExtAudioFileWrite", write)

        @imp("ExtAudioFileWriteAsync")
        def _write_async(ptr: Any, frames: int, abl: Any) -> int:
            e = ext(ptr)
            if abl == ffi.NULL:
                e.async_primed = True
                return 0
            return write(ptr, frames, abl)

        @imp("ExtAudioFileSeek")
        def _seek(ptr: Any, frame: int) -> int:
            e = ext(ptr)
            if frame > len(e.file.data) // e.file.format.bytes_per_frame:
                return -66568  # kExtAudioFileError_InvalidSeek
            e.position = frame
            return 0

        @imp("ExtAudioFileTell")
        def _tell(ptr: Any, out: Any) -> int:
            out[0] = ext(ptr).position
            return 0

        def props(e: ExtFile) -> dict[int, tuple[bytes, bool]]:
            p = {fourcc("ffmt"): (e.file.format.to_bytes(), True),
                 fourcc("#frm"): (u64_bytes(len(e.file.data) // e.file.format.bytes_per_frame), True)}
            if e.client is not None:
                p[fourcc("cfmt")] = (e.client.to_bytes(), True)
            return p

        @imp("ExtAudioFileGetPropertyInfo")
        def _info(ptr: Any, pid: int, size: Any, writable: Any) -> int:
            p = props(ext(ptr))
            if pid == fourcc("cfmt"):
                size[0], writable[0] = ASBD_SIZE, 1
                return 0
            if pid not in p:
                return EXT_INVALID_PROPERTY
            size[0], writable[0] = len(p[pid][0]), int(p[pid][1])
            return 0

        @imp("ExtAudioFileGetProperty")
        def _get(ptr: Any, pid: int, io: Any, out: Any) -> int:
            p = props(ext(ptr))
            if pid not in p:
                return EXT_INVALID_PROPERTY
            return self._fill(io, out, p[pid][0])

        @imp("ExtAudioFileSetProperty")
        def _set(ptr: Any, pid: int, size: int, data: Any) -> int:
            e = ext(ptr)
            if pid != fourcc("cfmt"):
                return EXT_INVALID_PROPERTY
            if size != ASBD_SIZE:
                return -66562  # kExtAudioFileError_InvalidPropertySize
            fmt = AudioFormat.from_asbd_bytes(bytes(ffi.buffer(data, size)))
            if not fmt.is_pcm:
                return EXT_NON_PCM_CLIENT
            e.client = fmt
            return 0

    # ------------------------------------------------------------ AudioFormat
    def _install_format(self) -> None:
        imp = self.double.implement
        frames_per_packet = {"aac ": 1024, ".mp3": 1152, "alac": 4096, "ima4": 64}
        vbr = {"aac ", ".mp3", "alac", "flac", "opus"}
        encoders = ["lpcm", "aac ", "alac", "ima4", "ulaw"]
        decoders = [*encoders, ".mp3", "flac", "opus"]

        def answer(pid: int, spec: bytes) -> bytes | int | None:
            """The property value for a specifier; None = unsupported; int = a status."""
            if pid == fourcc("acof"):
                return b"".join(u32_bytes(fourcc(x)) for x in encoders)
            if pid == fourcc("acif"):
                return b"".join(u32_bytes(fourcc(x)) for x in decoders)
            if pid in (fourcc("fvbr"), fourcc("fnam")):
                if len(spec) != ASBD_SIZE:
                    return as_fourcc_int("!spc")
                fmt = AudioFormat.from_asbd_bytes(spec)
                if pid == fourcc("fvbr"):
                    return u32_bytes(int(fmt.format_id in vbr))
                name = f"{fmt.format_id.strip()}, {fmt.channels_per_frame} channels, {fmt.sample_rate:g} Hz"
                return ffi.buffer(ffi.new("void **", ffi.cast("void *", self.cf.make_python(name))))[:]
            if pid == fourcc("flst"):
                if len(spec) != ffi.sizeof("AudioFormatInfo"):
                    return as_fourcc_int("!spc")
                fmt = AudioFormat.from_asbd_bytes(spec[:ASBD_SIZE])
                items = ffi.new("AudioFormatListItem[2]")
                for i, fid in enumerate(("aach", fmt.format_id)):  # HE-AAC layer, then the base layer
                    ffi.memmove(ffi.addressof(items[i].mASBD), fmt.replace(format_id=fid).to_bytes(), ASBD_SIZE)
                    items[i].mChannelLayoutTag = (101 << 16) | fmt.channels_per_frame  # kAudioChannelLayoutTag_Stereo
                return ffi.buffer(items)[:]
            return None

        @imp("AudioFormatGetPropertyInfo")
        def _info(pid: int, spec_size: int, spec: Any, out: Any) -> int:
            if pid == fourcc("fmti"):
                out[0] = ASBD_SIZE
                return 0
            value = answer(pid, bytes(ffi.buffer(spec, spec_size)) if spec_size else b"")
            if value is None:
                return FORMAT_UNSUPPORTED_PROPERTY
            if isinstance(value, int):
                return value
            if pid == fourcc("fnam"):  # don't leak the name made only to measure it
                self.cf._release_addr(int.from_bytes(value, sys.byteorder))
            out[0] = len(value)
            return 0

        @imp("AudioFormatGetProperty")
        def _get(pid: int, spec_size: int, spec: Any, io: Any, out: Any) -> int:
            raw_spec = bytes(ffi.buffer(spec, spec_size)) if spec_size else b""
            if pid == fourcc("fmti"):  # in/out: complete the ASBD already in the buffer
                if io[0] != ASBD_SIZE:
                    return BAD_PROPERTY_SIZE
                fmt = AudioFormat.from_asbd_bytes(bytes(ffi.buffer(out, ASBD_SIZE)))
                if fmt.format_id in frames_per_packet:
                    fmt = fmt.replace(frames_per_packet=frames_per_packet[fmt.format_id])
                return self._fill(io, out, fmt.to_bytes())
            value = answer(pid, raw_spec)
            if value is None:
                return FORMAT_UNSUPPORTED_PROPERTY
            if isinstance(value, int):
                return value
            return self._fill(io, out, value)


class _Status(Exception):
    """A non-zero status from a callback the double called."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = int(status)
