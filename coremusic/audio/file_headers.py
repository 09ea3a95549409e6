"""Header parsing for uncompressed PCM files: WAV (RIFF, RF64, BW64), AIFF/AIFF-C and CAF.

:func:`parse_pcm_header` walks the chunks of a file held in memory (a ``bytes``
object or an ``mmap``), validates every chunk size against the file size, and
returns a :class:`PCMLayout`: where the samples are and how they are encoded.

* A malformed or truncated header raises :class:`~coremusic.exceptions.AudioFileError`
  saying which chunk is wrong and why.
* A well-formed file whose encoding is not plain PCM (ADPCM, u-law, a CAF ``'aac '``
  stream, an unknown ``WAVE_FORMAT_EXTENSIBLE`` sub-format ...) raises
  :class:`UnsupportedEncodingError`, a subclass, so that callers can fall back to a
  decoder (libsndfile, ExtAudioFile).

Example
-------
>>> import io, struct
>>> fmt = struct.pack('<HHIIHH', 1, 1, 8000, 16000, 2, 16)
>>> body = b'WAVE' + b'fmt ' + struct.pack('<I', 16) + fmt + b'data' + struct.pack('<I', 4) + b'\\x00\\x01\\x00\\x02'
>>> wav = b'RIFF' + struct.pack('<I', len(body)) + body
>>> layout = parse_pcm_header(wav)
>>> layout.frames, layout.channels, layout.encoding
(2, 1, 'int16')
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass
from typing import Any, Literal

from coremusic.exceptions import AudioFileError
from coremusic.formats import AudioFormat, LinearPCMFlags

# anything indexable and sliceable to bytes that struct.unpack_from accepts (bytes, mmap ...)
_Buffer = Any

__all__ = ["Encoding", "PCMLayout", "UnsupportedEncodingError", "parse_pcm_header"]

#: Sample encodings the memory-mapped reader converts itself.
Encoding = Literal["uint8", "int8", "int16", "int24", "int32", "float32", "float64"]

_U16LE = struct.Struct("<H")
_U32LE = struct.Struct("<I")
_U32BE = struct.Struct(">I")
_I64BE = struct.Struct(">q")

# the 14 bytes that follow the format code in the standard WAVE_FORMAT_EXTENSIBLE GUIDs
_KSDATAFORMAT_TAIL = bytes.fromhex("000000001000800000aa00389b71")
_WAVE_FORMAT_PCM = 0x0001
_WAVE_FORMAT_IEEE_FLOAT = 0x0003
_WAVE_FORMAT_EXTENSIBLE = 0xFFFE
_MAX_SAMPLE_RATE = 100_000_000.0


class UnsupportedEncodingError(AudioFileError):
    """A well-formed file whose encoding the PCM reader does not decode (use a decoder instead).

    Example
    -------
    >>> try:
    ...     parse_pcm_header(b'fLaC' + bytes(40))
    ... except UnsupportedEncodingError as exc:
    ...     isinstance(exc, AudioFileError)
    True
    """


@dataclass(frozen=True)
class PCMLayout:
    """Where the samples of a PCM file are and how they are encoded.

    Attributes
    ----------
    container : str
        ``'WAV'``, ``'RF64'``, ``'BW64'``, ``'AIFF'``, ``'AIFC'`` or ``'CAF'``.
    data_offset, data_bytes : int
        Byte offset and byte length of the sample data in the file (whole frames only).
    frames, channels : int
        Frame count and channels per frame.
    sample_rate : float
        Frames per second.
    encoding : Encoding
        The sample encoding (``'int24'`` is packed 3-byte integers).
    big_endian : bool
        Byte order of multi-byte samples.
    bits : int
        Valid bits per sample as the header states (may be less than the container).

    Example
    -------
    >>> lay = PCMLayout('AIFF', 54, 12, 2, 2, 44100.0, 'int24', True, 24)
    >>> lay.block_align, lay.numpy_dtype, lay.audio_format().is_big_endian
    (6, None, True)
    """

    container: str
    data_offset: int
    data_bytes: int
    frames: int
    channels: int
    sample_rate: float
    encoding: Encoding
    big_endian: bool
    bits: int

    @property
    def sample_bytes(self) -> int:
        """Bytes of one sample of one channel."""
        return _WIDTH[self.encoding]

    @property
    def block_align(self) -> int:
        """Bytes of one frame (all channels)."""
        return self.sample_bytes * self.channels

    @property
    def numpy_dtype(self) -> str | None:
        """The numpy dtype string of one sample, or ``None`` for packed 24-bit samples."""
        if self.encoding == "int24":
            return None
        if self.sample_bytes == 1:
            return "u1" if self.encoding == "uint8" else "i1"
        order = ">" if self.big_endian else "<"
        kind = "f" if self.encoding.startswith("float") else "i"
        return f"{order}{kind}{self.sample_bytes}"

    def audio_format(self) -> AudioFormat:
        """The :class:`~coremusic.formats.AudioFormat` describing the file's samples.

        Example
        -------
        >>> PCMLayout('WAV', 44, 8, 2, 2, 8000.0, 'int16', False, 16).audio_format()
        AudioFormat(8000 Hz, 'lpcm', 2 ch, 16-bit int, interleaved)
        """
        flags = 0
        if self.bits == self.sample_bytes * 8:
            flags |= LinearPCMFlags.IS_PACKED
        if self.encoding.startswith("float"):
            flags |= LinearPCMFlags.IS_FLOAT
        elif self.encoding != "uint8":
            flags |= LinearPCMFlags.IS_SIGNED_INTEGER
        if self.big_endian and self.sample_bytes > 1:
            flags |= LinearPCMFlags.IS_BIG_ENDIAN
        return AudioFormat(self.sample_rate, "lpcm", flags, self.block_align, 1, self.block_align,
                           self.channels, self.bits)


_WIDTH: dict[str, int] = {"uint8": 1, "int8": 1, "int16": 2, "int24": 3, "int32": 4, "float32": 4, "float64": 8}


def _int_encoding(width: int, *, unsigned8: bool) -> Encoding:
    if width == 1:
        return "uint8" if unsigned8 else "int8"
    enc = {2: "int16", 3: "int24", 4: "int32"}.get(width)
    if enc is None:
        raise UnsupportedEncodingError(f"{width * 8}-bit integer samples are not handled by the PCM reader")
    return enc  # type: ignore[return-value]


def _float_encoding(width: int, where: str) -> Encoding:
    if width == 4:
        return "float32"
    if width == 8:
        return "float64"
    raise AudioFileError(f"{where}: floating-point samples must be 32 or 64 bits, got {width * 8}")


def _check_rate(rate: float, where: str) -> float:
    if not (rate > 0 and math.isfinite(rate)) or rate > _MAX_SAMPLE_RATE:
        raise AudioFileError(f"{where}: implausible sample rate {rate!r}")
    return float(rate)


def _check_channels(channels: int, where: str) -> int:
    if channels <= 0:
        raise AudioFileError(f"{where}: channel count must be >= 1, got {channels}")
    return channels


def parse_pcm_header(buf: _Buffer, *, name: str = "<memory>") -> PCMLayout:
    """Parse the header of a WAV/RF64/BW64, AIFF/AIFF-C or CAF file.

    Parameters
    ----------
    buf : bytes-like
        The whole file (an ``mmap`` works and is not copied beyond the chunk headers).
    name : str
        Shown in error messages (usually the path).

    Returns
    -------
    PCMLayout

    Raises
    ------
    AudioFileError
        The header is malformed or truncated; the message names the chunk and the reason.
    UnsupportedEncodingError
        The file is well formed but its encoding is not plain PCM.

    Example
    -------
    >>> parse_pcm_header(b'RIFF')
    Traceback (most recent call last):
    ...
    coremusic.exceptions.AudioFileError: '<memory>': file too short (4 bytes) to hold an audio header
    """
    size = len(buf)
    if size < 12:
        raise AudioFileError(f"{name!r}: file too short ({size} bytes) to hold an audio header")
    magic = bytes(buf[0:4])
    kind = bytes(buf[8:12])
    if magic in (b"RIFF", b"RF64", b"BW64") and kind == b"WAVE":
        return _parse_wave(buf, name, magic.decode())
    if magic == b"FORM" and kind in (b"AIFF", b"AIFC"):
        return _parse_aiff(buf, name, kind.decode())
    if magic == b"caff":
        return _parse_caf(buf, name)
    if magic in (b"RIFF", b"RF64", b"BW64", b"FORM"):
        raise UnsupportedEncodingError(f"{name!r}: {magic.decode()} container of type {kind!r} is not a PCM audio file")
    raise UnsupportedEncodingError(f"{name!r}: not a WAV, AIFF or CAF file (starts with {magic!r})")


# ------------------------------------------------------------------ WAV / RF64 / BW64

def _riff_data_size(declared: int, body: int, size: int) -> int:
    """The real size of a plain-RIFF 'data' chunk whose 32-bit size field could not hold it.

    * ``0xFFFFFFFF`` is the placeholder recorders write before they know the size;
      a file left so (an unfinished recording) holds data up to its end.
    * A writer that ignored the 4 GiB limit leaves the size modulo 2**32; when
      at least 4 GiB follow the declared end, the data wrapped that many times
      (no real file has gigabytes of other chunks after its samples).
    """
    if declared == 0xFFFFFFFF and body + declared > size:
        return size - body
    if body + declared <= size:
        wraps = (size - body - declared) >> 32
        return declared + (wraps << 32)
    return declared


def _parse_wave(buf: _Buffer, name: str, container: str) -> PCMLayout:
    size = len(buf)
    pos = 12
    fmt: bytes | None = None
    data: tuple[int, int] | None = None  # (offset, declared size)
    ds64_data_size: int | None = None
    while pos + 8 <= size:
        cid = bytes(buf[pos:pos + 4])
        csize = _U32LE.unpack_from(buf, pos + 4)[0]
        body = pos + 8
        if cid == b"ds64":
            if container == "RIFF":
                raise AudioFileError(f"{name!r}: 'ds64' chunk in a plain RIFF file")
            if csize < 24 or body + csize > size:
                raise AudioFileError(f"{name!r}: 'ds64' chunk at byte {pos} is truncated ({csize} bytes declared)")
            ds64_data_size = struct.unpack_from("<Q", buf, body + 8)[0]
        elif cid == b"data":
            if container != "RIFF" and csize == 0xFFFFFFFF:
                if ds64_data_size is None:
                    raise AudioFileError(f"{name!r}: {container} 'data' chunk needs a preceding 'ds64' chunk")
                csize = ds64_data_size
            elif container == "RIFF":
                csize = _riff_data_size(csize, body, size)
            if body + csize > size:
                raise AudioFileError(
                    f"{name!r}: 'data' chunk at byte {pos} declares {csize} bytes but only "
                    f"{size - body} remain (truncated file?)")
            data = (body, csize)
            if fmt is not None:
                break
        else:
            if body + csize > size:
                raise AudioFileError(
                    f"{name!r}: chunk {cid!r} at byte {pos} declares {csize} bytes but only "
                    f"{size - body} remain (truncated or corrupt file)")
            if cid == b"fmt ":
                fmt = bytes(buf[body:body + csize])
                if data is not None:
                    break
        pos = body + csize + (csize & 1)
    if fmt is None:
        raise AudioFileError(f"{name!r}: WAV file has no 'fmt ' chunk")
    if data is None:
        raise AudioFileError(f"{name!r}: WAV file has no 'data' chunk")
    where = f"{name!r}: 'fmt ' chunk"
    if len(fmt) < 16:
        raise AudioFileError(f"{where} is {len(fmt)} bytes, needs at least 16")
    tag, channels, rate, _byte_rate, block_align, bits = struct.unpack_from("<HHIIHH", fmt, 0)
    channels = _check_channels(channels, where)
    sample_rate = _check_rate(float(rate), where)
    if tag == _WAVE_FORMAT_EXTENSIBLE:
        if len(fmt) < 40:
            raise AudioFileError(f"{where}: WAVE_FORMAT_EXTENSIBLE needs 40 bytes, got {len(fmt)}")
        tail = fmt[26:40]
        subformat = _U16LE.unpack_from(fmt, 24)[0]
        if tail != _KSDATAFORMAT_TAIL:
            raise UnsupportedEncodingError(f"{where}: WAVE_FORMAT_EXTENSIBLE sub-format GUID {fmt[24:40].hex()} is not PCM or float")
        valid_bits = _U16LE.unpack_from(fmt, 18)[0]
        tag = subformat
    else:
        valid_bits = bits
    if bits == 0 or block_align == 0:
        raise AudioFileError(f"{where}: bits per sample ({bits}) and block align ({block_align}) must be > 0")
    width = (bits + 7) // 8
    if tag == _WAVE_FORMAT_PCM:
        encoding = _int_encoding(width, unsigned8=True)
    elif tag == _WAVE_FORMAT_IEEE_FLOAT:
        encoding = _float_encoding(width, where)
    else:
        raise UnsupportedEncodingError(f"{where}: WAVE format tag {tag:#06x} is not PCM or float")
    if block_align != width * channels:
        raise AudioFileError(
            f"{where}: block align {block_align} does not match {channels} channels of {width}-byte samples")
    if not 0 < valid_bits <= bits:
        valid_bits = bits
    offset, nbytes = data
    frames = nbytes // block_align
    return PCMLayout(container if container != "RIFF" else "WAV", offset, frames * block_align, frames,
                     channels, sample_rate, encoding, False, valid_bits)


# ------------------------------------------------------------------ AIFF / AIFF-C

def _extended_to_float(raw: bytes, where: str) -> float:
    """The IEEE 754 80-bit extended float of AIFF's sample rate."""
    sign_exp, mantissa = struct.unpack(">HQ", raw)
    exp = sign_exp & 0x7FFF
    if sign_exp & 0x8000:
        raise AudioFileError(f"{where}: negative sample rate")
    if exp == 0x7FFF:
        raise AudioFileError(f"{where}: sample rate is infinite or NaN")
    if mantissa == 0:
        return 0.0
    e = exp - 16383 - 63
    if e > 64:  # beyond any audio rate; avoids float overflow
        raise AudioFileError(f"{where}: implausible sample rate (exponent {exp})")
    return math.ldexp(float(mantissa), e)


_AIFC_COMPRESSIONS: dict[bytes, tuple[str, bool]] = {
    # compression type -> (sample kind, big endian)
    b"NONE": ("int", True),
    b"twos": ("int", True),
    b"sowt": ("int", False),
    b"in24": ("int", True),
    b"42ni": ("int", False),
    b"42n1": ("int", False),
    b"in32": ("int", True),
    b"23ni": ("int", False),
    b"raw ": ("uint", True),
    b"fl32": ("float32", True),
    b"FL32": ("float32", True),
    b"fl64": ("float64", True),
    b"FL64": ("float64", True),
}
# compressions that fix the sample width whatever COMM's sample size says
_AIFC_WIDTH = {b"in24": 24, b"42ni": 24, b"42n1": 24, b"in32": 32, b"23ni": 32, b"raw ": 8,
               b"fl32": 32, b"FL32": 32, b"fl64": 64, b"FL64": 64}


def _parse_aiff(buf: _Buffer, name: str, kind: str) -> PCMLayout:
    size = len(buf)
    pos = 12
    comm: bytes | None = None
    ssnd: tuple[int, int] | None = None  # (body offset, chunk size)
    while pos + 8 <= size:
        cid = bytes(buf[pos:pos + 4])
        csize = _U32BE.unpack_from(buf, pos + 4)[0]
        body = pos + 8
        if body + csize > size:
            raise AudioFileError(
                f"{name!r}: chunk {cid!r} at byte {pos} declares {csize} bytes but only "
                f"{size - body} remain (truncated or corrupt file)")
        if cid == b"COMM":
            comm = bytes(buf[body:body + csize])
        elif cid == b"SSND":
            ssnd = (body, csize)
        if comm is not None and ssnd is not None:
            break
        pos = body + csize + (csize & 1)
    if comm is None:
        raise AudioFileError(f"{name!r}: {kind} file has no 'COMM' chunk")
    where = f"{name!r}: 'COMM' chunk"
    need = 22 if kind == "AIFC" else 18
    if len(comm) < need:
        raise AudioFileError(f"{where} is {len(comm)} bytes, needs at least {need}")
    channels, frames, bits = struct.unpack_from(">hIh", comm, 0)
    channels = _check_channels(channels, where)
    sample_rate = _check_rate(_extended_to_float(comm[8:18], where), where)
    compression = comm[18:22] if kind == "AIFC" else b"NONE"
    entry = _AIFC_COMPRESSIONS.get(compression)
    if entry is None:
        raise UnsupportedEncodingError(f"{where}: AIFF-C compression {compression!r} is not PCM")
    sample_kind, big_endian = entry
    if bits <= 0:
        raise AudioFileError(f"{where}: bits per sample must be > 0, got {bits}")
    bits = _AIFC_WIDTH.get(compression, bits)
    if sample_kind in ("float32", "float64"):
        encoding: Encoding = sample_kind  # type: ignore[assignment]
    elif sample_kind == "uint":
        encoding = "uint8"
    else:
        encoding = _int_encoding((bits + 7) // 8, unsigned8=False)
    block_align = _WIDTH[encoding] * channels
    if frames == 0 and ssnd is None:
        return PCMLayout(kind, size, 0, 0, channels, sample_rate, encoding, big_endian, bits)
    if ssnd is None:
        raise AudioFileError(f"{name!r}: {kind} file declares {frames} frames but has no 'SSND' chunk")
    body, csize = ssnd
    if csize < 8:
        raise AudioFileError(f"{name!r}: 'SSND' chunk is {csize} bytes, needs at least 8")
    offset = _U32BE.unpack_from(buf, body)[0]
    if offset > csize - 8:
        raise AudioFileError(f"{name!r}: 'SSND' data offset {offset} lies beyond the chunk ({csize} bytes)")
    data_offset = body + 8 + offset
    available = csize - 8 - offset
    if frames * block_align > available:
        raise AudioFileError(
            f"{name!r}: 'COMM' declares {frames} frames ({frames * block_align} bytes) but 'SSND' holds "
            f"only {available} bytes (truncated file?)")
    return PCMLayout(kind, data_offset, frames * block_align, frames, channels, sample_rate, encoding,
                     big_endian, bits)


# ------------------------------------------------------------------ CAF

_CAF_FLOAT = 1
_CAF_LITTLE_ENDIAN = 2


def _parse_caf(buf: _Buffer, name: str) -> PCMLayout:
    size = len(buf)
    version = struct.unpack_from(">H", buf, 4)[0]
    if version != 1:
        raise AudioFileError(f"{name!r}: CAF file version {version} (only version 1 exists)")
    pos = 8
    desc: bytes | None = None
    data: tuple[int, int] | None = None
    while pos + 12 <= size:
        cid = bytes(buf[pos:pos + 4])
        csize = _I64BE.unpack_from(buf, pos + 4)[0]
        body = pos + 12
        if csize == -1 and cid == b"data":
            csize = size - body  # "until the end of the file", allowed for the last chunk
        if csize < 0:
            raise AudioFileError(f"{name!r}: CAF chunk {cid!r} at byte {pos} has negative size {csize}")
        if body + csize > size:
            raise AudioFileError(
                f"{name!r}: CAF chunk {cid!r} at byte {pos} declares {csize} bytes but only "
                f"{size - body} remain (truncated or corrupt file)")
        if cid == b"desc":
            desc = bytes(buf[body:body + csize])
        elif cid == b"data":
            if csize < 4:
                raise AudioFileError(f"{name!r}: CAF 'data' chunk is {csize} bytes, needs the 4-byte edit count")
            data = (body + 4, csize - 4)
        if desc is not None and data is not None:
            break
        pos = body + csize
    if desc is None:
        raise AudioFileError(f"{name!r}: CAF file has no 'desc' chunk")
    if data is None:
        raise AudioFileError(f"{name!r}: CAF file has no 'data' chunk")
    where = f"{name!r}: CAF 'desc' chunk"
    if len(desc) < 32:
        raise AudioFileError(f"{where} is {len(desc)} bytes, needs 32")
    rate, fid, flags, bpp, fpp, channels, bits = struct.unpack_from(">d4sIIIII", desc, 0)
    sample_rate = _check_rate(rate, where)
    if fid != b"lpcm":
        raise UnsupportedEncodingError(f"{where}: format {fid!r} is not linear PCM")
    channels = _check_channels(channels, where)
    if bits == 0 or fpp != 1:
        raise AudioFileError(f"{where}: linear PCM needs bits > 0 and 1 frame per packet (got {bits}, {fpp})")
    width = (bits + 7) // 8
    if bpp != width * channels:
        raise AudioFileError(f"{where}: {bpp} bytes per packet does not match {channels} channels of {bits}-bit samples")
    if flags & _CAF_FLOAT:
        encoding = _float_encoding(width, where)
    else:
        encoding = _int_encoding(width, unsigned8=False)
    offset, nbytes = data
    frames = nbytes // bpp
    return PCMLayout("CAF", offset, frames * bpp, frames, channels, sample_rate, encoding,
                     not flags & _CAF_LITTLE_ENDIAN, bits)
