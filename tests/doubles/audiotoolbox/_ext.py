"""ExtendedAudioFile.h functions of the AudioToolbox double."""

from __future__ import annotations

from typing import Any

import numpy as np

from coremusic._ffi import ffi
from coremusic.formats import AudioFormat
from coremusic.utils.fourcc import as_fourcc_int
from tests.doubles.audiotoolbox._common import (
    ASBD_SIZE,
    EXT_INVALID_PROPERTY,
    EXT_NON_PCM_CLIENT,
    FILE_NOT_FOUND,
    FSREF_SIZE,
    ExtFile,
    FakeFile,
    Status,
    ToolboxState,
    _encode,
    _samples,
    addr,
    fourcc,
    u64_bytes,
)


class ExtFunctions(ToolboxState):
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
            except Status as status:
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

