"""AudioConverter.h implemented over numpy, on a cffi-typed AudioToolbox FrameworkDouble.

:class:`ConverterModel` installs typed implementations of every AudioConverter
function.  Its "converters" really convert linear PCM (sample type, channel
count 1 <-> N, interleaving, and sample rate by nearest-neighbour picking), so
tests can check values end to end, and they pull input through the C
trampoline pointers coremusic hands over, exactly as AudioToolbox would.  Its
one "codec" is its own: a compressed packet holds ``frames_per_packet``
interleaved little-endian int16 frames.  It proves marshalling and callback
plumbing, not Apple's converters.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from coremusic._ffi import ffi
from coremusic.formats import AudioFormat
from tests.doubles.framework import DoubleError, FrameworkDouble

__all__ = ["BAD_PROPERTY_SIZE", "INVALID_OUTPUT_SIZE", "PROPERTY_NOT_SUPPORTED", "ConverterModel",
           "FakeConverter", "decode_pcm", "encode_pcm"]


def _code(text: str) -> int:
    return int.from_bytes(text.encode("ascii"), "big")


PROPERTY_NOT_SUPPORTED = _code("prop")
BAD_PROPERTY_SIZE = _code("!siz")
INVALID_OUTPUT_SIZE = _code("otsz")
FORMAT_NOT_SUPPORTED = _code("fmt?")
ASBD_SIZE = 40
PULL_PACKETS = 256  # what the double asks an input proc for at a time


def decode_pcm(buffers: list[bytes], fmt: AudioFormat, frames: int | None = None) -> np.ndarray[Any, Any]:
    """Samples as float64 ``(frames, channels)`` in -1..1 from PCM buffers (or fake-codec packets)."""
    if not fmt.is_pcm:
        raw = np.frombuffer(b"".join(buffers), dtype="<i2").reshape(-1, fmt.channels_per_frame)
        return raw.astype(np.float64) / 32768.0
    dtype = fmt.to_numpy_dtype()
    arrays = [np.frombuffer(b, dtype=dtype) for b in buffers]
    if fmt.is_interleaved:
        data = arrays[0].reshape(-1, fmt.channels_per_frame)
    else:
        data = np.stack(arrays, axis=1)
    if frames is not None:
        data = data[:frames]
    if fmt.is_float:
        return data.astype(np.float64)
    return data.astype(np.float64) / float(2 ** (fmt.bits_per_channel - 1))


def encode_pcm(samples: np.ndarray[Any, Any], fmt: AudioFormat) -> list[bytes]:
    """PCM buffers (one interleaved, or one per channel) from float64 samples."""
    if not fmt.is_pcm:
        return [np.clip(np.round(samples * 32768.0), -32768, 32767).astype("<i2").tobytes()]
    dtype = fmt.to_numpy_dtype()
    if fmt.is_float:
        values = samples.astype(dtype)
    else:
        scale = float(2 ** (fmt.bits_per_channel - 1))
        values = np.clip(np.round(samples * scale), -scale, scale - 1).astype(dtype)
    if fmt.is_interleaved:
        return [np.ascontiguousarray(values).tobytes()]
    return [np.ascontiguousarray(values[:, c]).tobytes() for c in range(values.shape[1])]


def map_channels(samples: np.ndarray[Any, Any], channels: int) -> np.ndarray[Any, Any]:
    have = samples.shape[1]
    if have == channels:
        return samples
    if have == 1:
        return np.repeat(samples, channels, axis=1)
    if channels == 1:
        return samples.mean(axis=1, keepdims=True)
    raise DoubleError(f"the converter double maps 1 <-> N channels only, not {have} -> {channels}")


@dataclass
class FakeConverter:
    src: AudioFormat
    dst: AudioFormat
    codecs: list[tuple[int, int, int]] = field(default_factory=list)
    props: dict[int, bytes] = field(default_factory=dict)
    pending: np.ndarray[Any, Any] = field(default_factory=lambda: np.zeros((0, 1)))
    consumed: int = 0  # stream index of pending[0]
    produced: int = 0  # output frames produced so far
    ended: bool = False
    resets: int = 0
    disposed: bool = False

    @property
    def ratio(self) -> float:
        return self.src.sample_rate / self.dst.sample_rate

    def reset(self) -> None:
        self.pending = np.zeros((0, self.src.channels_per_frame))
        self.consumed = self.produced = 0
        self.ended = False
        self.resets += 1


def _buffers_of(abl: Any) -> Any:
    return ffi.cast("AudioBuffer *", ffi.addressof(abl.mBuffers[0]))


class ConverterModel:
    """The in-memory AudioConverter used by the converter contract tests.

    Attributes
    ----------
    converters : dict[int, FakeConverter]
        Every converter made, by handle (disposed ones stay, flagged).
    pulls : list[tuple[int, int]]
        ``(packets asked, packets supplied)`` of every input-proc call.
    before_pull : callable or None
        Run before each input-proc call (tests use it to collect garbage
        while C holds the callback).
    """

    def __init__(self, double: FrameworkDouble) -> None:
        self.double = double
        self.converters: dict[int, FakeConverter] = {}
        self.pulls: list[tuple[int, int]] = []
        self.pull_statuses: list[int] = []
        self.complex_calls: list[tuple[int, list[int], list[int]]] = []  # frames, in/out buffer sizes
        self.before_pull: Callable[[], None] | None = None
        self.pull_size = PULL_PACKETS
        self._cells: list[Any] = []
        self._install()

    # -- helpers ---------------------------------------------------------------
    def _get(self, ref: Any) -> FakeConverter:
        conv = self.converters.get(int(ffi.cast("uintptr_t", ref)))
        if conv is None or conv.disposed:
            raise DoubleError(f"unknown or disposed converter {ref}")
        return conv

    def _make(self, src: Any, dst: Any, out: Any) -> int:
        cell = ffi.new("char[1]")
        self._cells.append(cell)
        handle = int(ffi.cast("uintptr_t", cell))
        source = AudioFormat.from_cdata(src)
        conv = FakeConverter(source, AudioFormat.from_cdata(dst))
        conv.pending = np.zeros((0, source.channels_per_frame))
        conv.props[_code("srcq")] = struct.pack("=I", 64)
        conv.props[_code("prim")] = struct.pack("=2I", 0, 0)
        self.converters[handle] = conv
        out[0] = ffi.cast("AudioConverterRef", handle)
        return conv

    def _max_packet(self, conv: FakeConverter) -> int:
        if conv.dst.is_pcm:
            return conv.dst.bytes_per_packet
        return conv.dst.frames_per_packet * conv.dst.channels_per_frame * 2

    def _pull(self, conv: FakeConverter, ref: Any, proc: Any, user: Any) -> int:
        """One input-proc call; returns its status."""
        src = conv.src
        nbuf = 1 if not src.is_pcm or src.is_interleaved else src.channels_per_frame
        raw = ffi.new("char[]", ffi.offsetof("AudioBufferList", "mBuffers") + nbuf * ffi.sizeof("AudioBuffer"))
        abl = ffi.cast("AudioBufferList *", raw)
        abl.mNumberBuffers = nbuf
        io = ffi.new("UInt32 *", self.pull_size)
        desc_pp = ffi.new("AudioStreamPacketDescription **") if not src.is_pcm else ffi.NULL
        if self.before_pull is not None:
            self.before_pull()
        status = int(proc(ref, io, abl, desc_pp, user))
        self.pull_statuses.append(status)
        got = int(io[0])
        self.pulls.append((self.pull_size, got))
        if status != 0:
            return status
        if got == 0:
            conv.ended = True
            return 0
        buffers = _buffers_of(abl)
        chunks = [bytes(ffi.buffer(buffers[i].mData, buffers[i].mDataByteSize)) for i in range(nbuf)]
        if src.is_pcm:
            samples = decode_pcm(chunks, src, got)
        else:
            if desc_pp[0] == ffi.NULL:
                raise DoubleError("compressed input came without packet descriptions")
            descs = desc_pp[0]
            payload = b"".join(chunks[0][int(descs[i].mStartOffset):
                                         int(descs[i].mStartOffset) + int(descs[i].mDataByteSize)]
                               for i in range(got))
            samples = decode_pcm([payload], src)
        conv.pending = np.concatenate([conv.pending, samples])
        return 0

    def _produce(self, conv: FakeConverter, ref: Any, proc: Any, user: Any, frames: int) -> tuple[int, Any]:
        """Up to ``frames`` output frames (float64, dst channels), pulling input as needed."""
        out = []
        while len(out) < frames:
            index = math.floor((conv.produced + len(out)) * conv.ratio)
            while index - conv.consumed >= len(conv.pending) and not conv.ended:
                status = self._pull(conv, ref, proc, user)
                if status:
                    return status, None
            if index - conv.consumed >= len(conv.pending):
                break
            out.append(conv.pending[index - conv.consumed])
        conv.produced += len(out)
        # drop what no later output frame reads, but never more than was pulled:
        # input not yet delivered must still be counted when it arrives
        keep_from = min(math.floor(conv.produced * conv.ratio) - conv.consumed, len(conv.pending))
        if keep_from > 0:
            conv.pending = conv.pending[keep_from:]
            conv.consumed += keep_from
        samples = np.array(out).reshape(-1, conv.src.channels_per_frame)
        return 0, map_channels(samples, conv.dst.channels_per_frame)

    # -- the C functions -----------------------------------------------------------
    def _install(self) -> None:
        d = self.double

        @d.implement("AudioConverterNew")
        def _new(src: Any, dst: Any, out: Any) -> int:
            for fmt in (AudioFormat.from_cdata(src), AudioFormat.from_cdata(dst)):
                if fmt.format_id not in ("lpcm", "fake"):
                    return FORMAT_NOT_SUPPORTED
            self._make(src, dst, out)
            return 0

        @d.implement("AudioConverterNewSpecific")
        def _new_specific(src: Any, dst: Any, count: int, classes: Any, out: Any) -> int:
            conv = self._make(src, dst, out)
            conv.codecs = [(int(classes[i].mType), int(classes[i].mSubType), int(classes[i].mManufacturer))
                           for i in range(count)]
            return 0

        @d.implement("AudioConverterDispose")
        def _dispose(ref: Any) -> int:
            self._get(ref).disposed = True
            return 0

        @d.implement("AudioConverterReset")
        def _reset(ref: Any) -> int:
            self._get(ref).reset()
            return 0

        def _info(conv: FakeConverter, pid: int) -> tuple[int, bool] | None:
            if pid in (_code("acid"), _code("acod")):
                return ASBD_SIZE, False
            if pid in (_code("cobs"), _code("xops")):
                return 4, False
            if pid in conv.props:
                return len(conv.props[pid]), True
            return None

        @d.implement("AudioConverterGetPropertyInfo")
        def _get_info(ref: Any, pid: int, size: Any, writable: Any) -> int:
            info = _info(self._get(ref), pid)
            if info is None:
                return PROPERTY_NOT_SUPPORTED
            if size != ffi.NULL:
                size[0] = info[0]
            if writable != ffi.NULL:
                writable[0] = info[1]
            return 0

        @d.implement("AudioConverterGetProperty")
        def _get(ref: Any, pid: int, io_size: Any, out: Any) -> int:
            conv = self._get(ref)
            if pid == _code("acid"):
                value = conv.src.to_bytes()
            elif pid == _code("acod"):
                value = conv.dst.to_bytes()
            elif pid == _code("xops"):
                value = struct.pack("=I", self._max_packet(conv))
            elif pid == _code("cobs"):
                (in_bytes,) = struct.unpack("=I", bytes(ffi.buffer(out, 4)))
                frames = in_bytes // conv.src.bytes_per_frame
                value = struct.pack("=I", frames * conv.dst.bytes_per_frame)
            elif pid in conv.props:
                value = conv.props[pid]
            else:
                return PROPERTY_NOT_SUPPORTED
            if int(io_size[0]) < len(value):
                return BAD_PROPERTY_SIZE
            ffi.memmove(out, value, len(value))
            io_size[0] = len(value)
            return 0

        @d.implement("AudioConverterSetProperty")
        def _set(ref: Any, pid: int, size: int, data: Any) -> int:
            conv = self._get(ref)
            if pid not in conv.props:
                return PROPERTY_NOT_SUPPORTED
            if pid != _code("dmgc") and size != len(conv.props[pid]):
                return BAD_PROPERTY_SIZE
            conv.props[pid] = bytes(ffi.buffer(data, size))
            return 0

        @d.implement("AudioConverterConvertBuffer")
        def _convert_buffer(ref: Any, in_size: int, data: Any, io_out: Any, out: Any) -> int:
            conv = self._get(ref)
            if conv.ratio != 1.0:
                return FORMAT_NOT_SUPPORTED
            samples = decode_pcm([bytes(ffi.buffer(data, in_size))], conv.src)
            (encoded,) = encode_pcm(map_channels(samples, conv.dst.channels_per_frame), conv.dst)
            if len(encoded) > int(io_out[0]):
                return INVALID_OUTPUT_SIZE
            ffi.memmove(out, encoded, len(encoded))
            io_out[0] = len(encoded)
            return 0

        @d.implement("AudioConverterConvertComplexBuffer")
        def _convert_complex(ref: Any, frames: int, in_abl: Any, out_abl: Any) -> int:
            conv = self._get(ref)
            ins = _buffers_of(in_abl)
            outs = _buffers_of(out_abl)
            self.complex_calls.append((frames, [int(ins[i].mDataByteSize) for i in range(in_abl.mNumberBuffers)],
                                       [int(outs[i].mDataByteSize) for i in range(out_abl.mNumberBuffers)]))
            chunks = [bytes(ffi.buffer(ins[i].mData, ins[i].mDataByteSize)) for i in range(in_abl.mNumberBuffers)]
            samples = decode_pcm(chunks, conv.src, frames)
            encoded = encode_pcm(map_channels(samples, conv.dst.channels_per_frame), conv.dst)
            if len(encoded) != int(out_abl.mNumberBuffers):
                raise DoubleError(f"{len(encoded)} output buffers expected, got {out_abl.mNumberBuffers}")
            for i, chunk in enumerate(encoded):
                if len(chunk) > int(outs[i].mDataByteSize):
                    return INVALID_OUTPUT_SIZE
                ffi.memmove(outs[i].mData, chunk, len(chunk))
                outs[i].mDataByteSize = len(chunk)
            return 0

        @d.implement("AudioConverterFillComplexBuffer")
        def _fill_complex(ref: Any, proc: Any, user: Any, io_packets: Any, abl: Any, descs: Any) -> int:
            conv = self._get(ref)
            wanted = int(io_packets[0])
            fpp = 1 if conv.dst.is_pcm else conv.dst.frames_per_packet
            status, samples = self._produce(conv, ref, proc, user, wanted * fpp)
            if status:
                io_packets[0] = 0
                return status
            outs = _buffers_of(abl)
            if conv.dst.is_pcm:
                for i, chunk in enumerate(encode_pcm(samples, conv.dst)):
                    if len(chunk) > int(outs[i].mDataByteSize):
                        return INVALID_OUTPUT_SIZE
                    ffi.memmove(outs[i].mData, chunk, len(chunk))
                    outs[i].mDataByteSize = len(chunk)
                io_packets[0] = len(samples)
                return 0
            if descs == ffi.NULL:
                raise DoubleError("compressed output needs an AudioStreamPacketDescription array")
            offset = packets = 0
            for start in range(0, len(samples), fpp):
                (chunk,) = encode_pcm(samples[start:start + fpp], conv.dst)
                if offset + len(chunk) > int(outs[0].mDataByteSize):
                    return INVALID_OUTPUT_SIZE
                ffi.memmove(outs[0].mData + offset, chunk, len(chunk))
                frames_here = len(samples[start:start + fpp])
                descs[packets].mStartOffset = offset
                descs[packets].mVariableFramesInPacket = frames_here if frames_here != fpp else 0
                descs[packets].mDataByteSize = len(chunk)
                offset += len(chunk)
                packets += 1
            outs[0].mDataByteSize = offset
            io_packets[0] = packets
            return 0

        @d.implement("AudioConverterFillBuffer")
        def _fill_buffer(ref: Any, proc: Any, user: Any, io_size: Any, out: Any) -> int:
            conv = self._get(ref)
            room = int(io_size[0])
            in_frame, out_frame = conv.src.bytes_per_frame, conv.dst.bytes_per_frame
            written = 0
            while written + out_frame <= room:
                want = (room - written) // out_frame * in_frame
                size = ffi.new("UInt32 *", want)
                data = ffi.new("void **")
                if self.before_pull is not None:
                    self.before_pull()
                status = int(proc(ref, size, data, user))
                self.pulls.append((want, int(size[0])))
                if status:
                    io_size[0] = written
                    return status
                if int(size[0]) == 0:
                    break
                samples = decode_pcm([bytes(ffi.buffer(data[0], size[0]))], conv.src)
                (chunk,) = encode_pcm(map_channels(samples, conv.dst.channels_per_frame), conv.dst)
                chunk = chunk[:room - written]
                ffi.memmove(ffi.cast("char *", out) + written, chunk, len(chunk))
                written += len(chunk)
            io_size[0] = written
            return 0
