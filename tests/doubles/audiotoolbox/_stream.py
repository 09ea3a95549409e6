"""AudioFileStream.h functions of the AudioToolbox double."""

from __future__ import annotations

import struct
from typing import Any

from coremusic._ffi import ffi
from coremusic.formats import AudioFormat
from coremusic.utils.fourcc import as_fourcc_int
from tests.doubles.audiotoolbox._common import (
    ASBD_SIZE,
    Stream,
    ToolboxState,
    addr,
    fourcc,
    u32_bytes,
    u64_bytes,
)


class StreamFunctions(ToolboxState):
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

