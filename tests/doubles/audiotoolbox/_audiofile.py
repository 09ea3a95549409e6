"""AudioFile.h functions of the AudioToolbox double."""

from __future__ import annotations

import sys
from typing import Any

from coremusic._ffi import ffi
from coremusic.formats import AudioFormat
from coremusic.utils.fourcc import as_fourcc_int
from tests.doubles.audiotoolbox._common import (
    ASBD_SIZE,
    BAD_PROPERTY_SIZE,
    END_OF_FILE,
    FILE_NOT_FOUND,
    FSREF_SIZE,
    NOT_OPEN,
    PERMISSIONS,
    UNSUPPORTED_PROPERTY,
    FakeFile,
    Status,
    ToolboxState,
    addr,
    fourcc,
    u32_bytes,
)


class AudioFileFunctions(ToolboxState):
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
            except Status as s:
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
            except Status as s:
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
                except Status as s:
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

