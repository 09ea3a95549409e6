"""AudioFormat.h functions of the AudioToolbox double."""

from __future__ import annotations

import sys
from typing import Any

from coremusic._ffi import ffi
from coremusic.formats import AudioFormat
from coremusic.utils.fourcc import as_fourcc_int
from tests.doubles.audiotoolbox._common import (
    ASBD_SIZE,
    BAD_PROPERTY_SIZE,
    FORMAT_UNSUPPORTED_PROPERTY,
    ToolboxState,
    fourcc,
    u32_bytes,
)


class FormatFunctions(ToolboxState):
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


