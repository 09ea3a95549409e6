"""State and helpers shared by the AudioToolbox double's function groups."""

from __future__ import annotations

import os
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



class Status(Exception):
    """A non-zero status from a callback the double called."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = int(status)


class ToolboxState:
    """The in-memory "disk", open objects and what C received."""

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
            raise Status(status)
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
            raise Status(status)
        f.data[start:start + actual[0]] = raw[:actual[0]]
        return int(actual[0])

