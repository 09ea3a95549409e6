"""A small, independent writer of PCM WAV/RF64/BW64, AIFF/AIFF-C and CAF bytes for the tests.

It writes what ``soundfile`` cannot be asked for directly (CAF with chosen
flags, RF64/BW64 with a ``ds64`` chunk, AIFF-C ``sowt``, WAVE_FORMAT_EXTENSIBLE
with any GUID, deliberately wrong sizes) and computes the expected float32
decode independently of the code under test.
"""

from __future__ import annotations

import math
import struct
from typing import Any

import numpy as np

WIDTH = {"uint8": 1, "int8": 1, "int16": 2, "int24": 3, "int32": 4, "float32": 4, "float64": 8}
BITS = {k: v * 8 for k, v in WIDTH.items()}
PCM_GUID_TAIL = bytes.fromhex("000000001000800000aa00389b71")


def random_samples(rng: np.random.Generator, encoding: str, frames: int, channels: int) -> np.ndarray[Any, Any]:
    """Raw sample values: ints in the encoding's full range, or floats in [-1, 1]."""
    shape = (frames, channels)
    if encoding == "uint8":
        return rng.integers(0, 256, shape, dtype=np.int64)
    if encoding.startswith("int"):
        bits = BITS[encoding]
        return rng.integers(-(2 ** (bits - 1)), 2 ** (bits - 1), shape, dtype=np.int64)
    return rng.uniform(-1.0, 1.0, shape)


def expected_float32(values: np.ndarray[Any, Any], encoding: str) -> np.ndarray[Any, Any]:
    """libsndfile's float scaling, computed in float64 then rounded once."""
    if encoding == "uint8":
        return ((values - 128) / 128.0).astype(np.float32)
    if encoding.startswith("int"):
        return (values / float(2 ** (BITS[encoding] - 1))).astype(np.float32)
    if encoding == "float32":
        return values.astype(np.float32)
    return values.astype(np.float64).astype(np.float32)


def encode(values: np.ndarray[Any, Any], encoding: str, big_endian: bool) -> bytes:
    """Interleaved sample bytes."""
    order = ">" if big_endian else "<"
    flat = np.ascontiguousarray(values).reshape(-1)
    if encoding == "uint8":
        return flat.astype(np.uint8).tobytes()
    if encoding == "int8":
        return flat.astype(np.int8).tobytes()
    if encoding == "int24":
        le = flat.astype("<i4").view(np.uint8).reshape(-1, 4)[:, :3]
        return (le[:, ::-1] if big_endian else le).tobytes()
    dtype = {"int16": "i2", "int32": "i4", "float32": "f4", "float64": "f8"}[encoding]
    return flat.astype(order + dtype).tobytes()


def _chunk_le(cid: bytes, body: bytes) -> bytes:
    return cid + struct.pack("<I", len(body)) + body + (b"\0" if len(body) % 2 else b"")


def wav_bytes(data: bytes, channels: int, rate: int, encoding: str, *, container: bytes = b"RIFF",
              extensible: bool = False, guid_tail: bytes = PCM_GUID_TAIL, extra: bytes = b"",
              data_size: int | None = None) -> bytes:
    """A WAV file (RIFF, RF64 or BW64); RF64/BW64 get a ds64 chunk and 0xFFFFFFFF sizes."""
    width = WIDTH[encoding]
    tag = 3 if encoding.startswith("float") else 1
    block = width * channels
    if extensible:
        fmt = struct.pack("<HHIIHHHHI", 0xFFFE, channels, rate, rate * block, block, width * 8, 22, width * 8, 0)
        fmt += struct.pack("<H", tag) + guid_tail
    else:
        fmt = struct.pack("<HHIIHH", tag, channels, rate, rate * block, block, width * 8)
    size = len(data) if data_size is None else data_size
    if container == b"RIFF":
        data_chunk = b"data" + struct.pack("<I", size) + data + (b"\0" if len(data) % 2 else b"")
        body = b"WAVE" + _chunk_le(b"fmt ", fmt) + extra + data_chunk
        return b"RIFF" + struct.pack("<I", len(body)) + body
    frames = len(data) // block if block else 0
    ds64 = struct.pack("<QQQI", 0, size, frames, 0)
    data_chunk = b"data" + struct.pack("<I", 0xFFFFFFFF) + data
    body = b"WAVE" + _chunk_le(b"ds64", ds64) + _chunk_le(b"fmt ", fmt) + extra + data_chunk
    riff_size = len(body)
    body = body.replace(ds64, struct.pack("<QQQI", riff_size, size, frames, 0), 1)
    return container + struct.pack("<I", 0xFFFFFFFF) + body


def float80(value: float) -> bytes:
    """An IEEE 754 80-bit extended float (AIFF's sample rate)."""
    if value == 0:
        return b"\0" * 10
    mant, exp = math.frexp(value)  # value = mant * 2**exp, 0.5 <= mant < 1
    mantissa = int(mant * (1 << 64))
    return struct.pack(">HQ", exp - 1 + 16383, mantissa)


def _chunk_be(cid: bytes, body: bytes) -> bytes:
    return cid + struct.pack(">I", len(body)) + body + (b"\0" if len(body) % 2 else b"")


def aiff_bytes(data: bytes, frames: int, channels: int, rate: float, bits: int, *,
               compression: bytes | None = None, ssnd_offset: int = 0, comm_frames: int | None = None) -> bytes:
    """AIFF (``compression=None``) or AIFF-C with the given compression type."""
    nframes = frames if comm_frames is None else comm_frames
    comm = struct.pack(">hIh", channels, nframes, bits) + float80(rate)
    kind = b"AIFF"
    chunks = b""
    if compression is not None:
        kind = b"AIFC"
        comm += compression + b"\x00\x00"  # empty pascal string, padded
        chunks += _chunk_be(b"FVER", struct.pack(">I", 0xA2805140))
    chunks += _chunk_be(b"COMM", comm)
    chunks += _chunk_be(b"SSND", struct.pack(">II", ssnd_offset, 0) + b"\0" * ssnd_offset + data)
    body = kind + chunks
    return b"FORM" + struct.pack(">I", len(body)) + body


def caf_bytes(data: bytes, channels: int, rate: float, encoding: str, *, big_endian: bool = True,
              unknown_size: bool = False, format_id: bytes = b"lpcm") -> bytes:
    """A CAF file with 'desc', a 'free' chunk and 'data' (size -1 when ``unknown_size``)."""
    width = WIDTH[encoding]
    flags = (1 if encoding.startswith("float") else 0) | (0 if big_endian else 2)
    desc = struct.pack(">d4sIIIII", float(rate), format_id, flags, width * channels, 1, channels, width * 8)
    out = b"caff" + struct.pack(">HH", 1, 0)
    out += b"desc" + struct.pack(">q", len(desc)) + desc
    out += b"free" + struct.pack(">q", 6) + b"\0" * 6
    size = -1 if unknown_size else len(data) + 4
    out += b"data" + struct.pack(">q", size) + struct.pack(">I", 0) + data
    return out
