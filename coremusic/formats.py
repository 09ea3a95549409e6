"""Audio stream formats: :class:`AudioFormat`, the Pythonic ``AudioStreamBasicDescription``.

An :class:`AudioFormat` is immutable and hashable, validates its fields, and
converts to and from the C struct (``to_cdata`` / ``from_cdata``) and its 40
raw bytes (``to_bytes`` / ``from_asbd_bytes``).  ``format_id`` is shown and
accepted as a FourCC string (``'lpcm'``) and also accepted as an int.

Example
-------
>>> from coremusic.formats import AudioFormat
>>> fmt = AudioFormat.pcm(48000.0, channels=2, bits=24)
>>> fmt
AudioFormat(48000 Hz, 'lpcm', 2 ch, 24-bit int, interleaved)
>>> fmt.bytes_per_frame
6
>>> AudioFormat.from_asbd_bytes(fmt.to_bytes()) == fmt
True
"""

from __future__ import annotations

import struct
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any

from coremusic.utils.fourcc import as_fourcc_int, int_to_fourcc

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = ["AudioFormat", "LinearPCMFlags"]

_ASBD = struct.Struct("=dIIIIIIII")  # 40 bytes, the same on arm64 and x86_64


class LinearPCMFlags:
    """The ``kAudioFormatFlag*`` / ``kLinearPCMFormatFlag*`` bits (values from the SDK)."""

    IS_FLOAT = 1 << 0
    IS_BIG_ENDIAN = 1 << 1
    IS_SIGNED_INTEGER = 1 << 2
    IS_PACKED = 1 << 3
    IS_ALIGNED_HIGH = 1 << 4
    IS_NON_INTERLEAVED = 1 << 5
    IS_NON_MIXABLE = 1 << 6
    NATIVE_FLOAT_PACKED = IS_FLOAT | IS_PACKED  # kAudioFormatFlagsNativeFloatPacked (little endian)


_COMPRESSED_DEFAULTS = {
    # format: frames per packet
    "aac ": 1024,
    "alac": 4096,
    "flac": 0,  # variable
    ".mp3": 1152,
    "opus": 960,
}


@dataclass(frozen=True)
class AudioFormat:
    """An audio stream format (Apple's ``AudioStreamBasicDescription``).

    Parameters
    ----------
    sample_rate : float
        Frames per second (> 0, or 0 for "any rate" where Apple allows it).
    format_id : str or int
        FourCC of the encoding: ``'lpcm'``, ``'aac '``, ``'alac'``, ``'flac'`` ...
    format_flags : int
        Format-specific flags (:class:`LinearPCMFlags` for PCM).
    bytes_per_packet, frames_per_packet, bytes_per_frame : int
        Packet geometry (0 where variable or unknown for compressed formats).
    channels_per_frame : int
        Channel count.
    bits_per_channel : int
        Sample width for PCM (0 for compressed formats).

    Example
    -------
    >>> AudioFormat.pcm_float32_stereo(44100.0).is_float
    True
    """

    sample_rate: float
    format_id: str = "lpcm"
    format_flags: int = 0
    bytes_per_packet: int = 0
    frames_per_packet: int = 0
    bytes_per_frame: int = 0
    channels_per_frame: int = 2
    bits_per_channel: int = 16
    reserved: int = field(default=0, repr=False, compare=False)

    def __post_init__(self) -> None:
        sr = self.sample_rate
        if isinstance(sr, bool) or not isinstance(sr, (int, float)):
            raise TypeError(f"sample_rate must be a number, not {type(sr).__name__}")
        if not sr >= 0 or sr != sr or sr == float("inf"):
            raise ValueError(f"sample_rate must be a finite number >= 0, got {sr}")
        object.__setattr__(self, "sample_rate", float(sr))
        object.__setattr__(self, "format_id", int_to_fourcc(as_fourcc_int(self.format_id)))
        for name in ("format_flags", "bytes_per_packet", "frames_per_packet", "bytes_per_frame",
                     "channels_per_frame", "bits_per_channel", "reserved"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"{name} must be an int, not {type(value).__name__}")
            if not 0 <= value <= 0xFFFFFFFF:
                raise ValueError(f"{name} must fit in UInt32, got {value}")
        if self.is_pcm:
            if self.channels_per_frame == 0:
                raise ValueError("a PCM format needs at least one channel")
            if self.bits_per_channel == 0:
                raise ValueError("a PCM format needs bits_per_channel > 0")

    # ------------------------------------------------------------ factories
    @classmethod
    def pcm(cls, sample_rate: float = 44100.0, channels: int = 2, bits: int = 16,
            is_float: bool = False, *, interleaved: bool = True, big_endian: bool = False) -> AudioFormat:
        """Packed linear PCM.

        Example
        -------
        >>> AudioFormat.pcm(44100.0, 1, 16).bytes_per_frame
        2
        """
        if channels < 1:
            raise ValueError(f"channels must be >= 1, got {channels}")
        allowed = (32, 64) if is_float else (8, 16, 24, 32)
        if bits not in allowed:
            raise ValueError(f"bits must be one of {allowed} for {'float' if is_float else 'integer'} PCM, got {bits}")
        flags = LinearPCMFlags.IS_PACKED
        flags |= LinearPCMFlags.IS_FLOAT if is_float else LinearPCMFlags.IS_SIGNED_INTEGER
        if not interleaved:
            flags |= LinearPCMFlags.IS_NON_INTERLEAVED
        if big_endian:
            flags |= LinearPCMFlags.IS_BIG_ENDIAN
        sample_bytes = bits // 8
        per_frame = sample_bytes if not interleaved else sample_bytes * channels
        return cls(sample_rate, "lpcm", flags, per_frame, 1, per_frame, channels, bits)

    @classmethod
    def pcm_float32_stereo(cls, sample_rate: float = 44100.0) -> AudioFormat:
        """Interleaved native float32 stereo."""
        return cls.pcm(sample_rate, 2, 32, True)

    @classmethod
    def pcm_int16_stereo(cls, sample_rate: float = 44100.0) -> AudioFormat:
        """Interleaved native signed 16-bit stereo (CD format)."""
        return cls.pcm(sample_rate, 2, 16, False)

    @classmethod
    def _compressed(cls, fourcc: str, sample_rate: float, channels: int, flags: int = 0) -> AudioFormat:
        if channels < 1:
            raise ValueError(f"channels must be >= 1, got {channels}")
        return cls(sample_rate, fourcc, flags, 0, _COMPRESSED_DEFAULTS.get(fourcc, 0), 0, channels, 0)

    @classmethod
    def aac(cls, sample_rate: float = 44100.0, channels: int = 2) -> AudioFormat:
        """MPEG-4 AAC-LC (``'aac '``), 1024 frames per packet."""
        return cls._compressed("aac ", sample_rate, channels)

    @classmethod
    def alac(cls, sample_rate: float = 44100.0, channels: int = 2, bits: int = 16) -> AudioFormat:
        """Apple Lossless; ``bits`` (16, 20, 24, 32) is encoded in the format flags."""
        flag = {16: 1, 20: 2, 24: 3, 32: 4}.get(bits)
        if flag is None:
            raise ValueError(f"ALAC source bit depth must be 16, 20, 24 or 32, got {bits}")
        return cls._compressed("alac", sample_rate, channels, flag)

    @classmethod
    def flac(cls, sample_rate: float = 44100.0, channels: int = 2, bits: int = 16) -> AudioFormat:
        """FLAC; ``bits`` (16, 20, 24, 32) is encoded in the format flags."""
        flag = {16: 1, 20: 2, 24: 3, 32: 4}.get(bits)
        if flag is None:
            raise ValueError(f"FLAC source bit depth must be 16, 20, 24 or 32, got {bits}")
        return cls._compressed("flac", sample_rate, channels, flag)

    # ------------------------------------------------------------ conversion
    @classmethod
    def from_asbd_bytes(cls, data: bytes | bytearray | memoryview) -> AudioFormat:
        """From the 40 raw bytes of an ``AudioStreamBasicDescription`` (native endian)."""
        raw = bytes(data)
        if len(raw) != _ASBD.size:
            raise ValueError(f"an AudioStreamBasicDescription is {_ASBD.size} bytes, got {len(raw)}")
        sr, fid, flags, bpp, fpp, bpf, ch, bits, res = _ASBD.unpack(raw)
        return cls(sr, int_to_fourcc(fid), flags, bpp, fpp, bpf, ch, bits, res)

    def to_bytes(self) -> bytes:
        """The 40 raw bytes of the C struct (native endian)."""
        return _ASBD.pack(self.sample_rate, as_fourcc_int(self.format_id), self.format_flags,
                          self.bytes_per_packet, self.frames_per_packet, self.bytes_per_frame,
                          self.channels_per_frame, self.bits_per_channel, self.reserved)

    @classmethod
    def from_cdata(cls, asbd: Any) -> AudioFormat:
        """From a cffi ``AudioStreamBasicDescription`` (struct or pointer)."""
        return cls(asbd.mSampleRate, int_to_fourcc(int(asbd.mFormatID)), asbd.mFormatFlags, asbd.mBytesPerPacket,
                   asbd.mFramesPerPacket, asbd.mBytesPerFrame, asbd.mChannelsPerFrame,
                   asbd.mBitsPerChannel, asbd.mReserved)

    def to_cdata(self) -> Any:
        """A new cffi ``AudioStreamBasicDescription *`` holding this format."""
        from coremusic._ffi import ffi

        return ffi.new("AudioStreamBasicDescription *", {
            "mSampleRate": self.sample_rate,
            "mFormatID": as_fourcc_int(self.format_id),
            "mFormatFlags": self.format_flags,
            "mBytesPerPacket": self.bytes_per_packet,
            "mFramesPerPacket": self.frames_per_packet,
            "mBytesPerFrame": self.bytes_per_frame,
            "mChannelsPerFrame": self.channels_per_frame,
            "mBitsPerChannel": self.bits_per_channel,
            "mReserved": self.reserved,
        })

    def to_dict(self) -> dict[str, Any]:
        """The fields as a plain dict (``format_id`` as its FourCC string)."""
        return asdict(self)

    def replace(self, **changes: Any) -> AudioFormat:
        """A copy with some fields changed."""
        return replace(self, **changes)

    # ------------------------------------------------------------ properties
    @property
    def format_id_int(self) -> int:
        """``format_id`` as the UInt32 C uses."""
        return as_fourcc_int(self.format_id)

    @property
    def is_pcm(self) -> bool:
        return self.format_id == "lpcm"

    @property
    def is_compressed(self) -> bool:
        return not self.is_pcm

    @property
    def is_float(self) -> bool:
        return self.is_pcm and bool(self.format_flags & LinearPCMFlags.IS_FLOAT)

    @property
    def is_signed_integer(self) -> bool:
        return self.is_pcm and bool(self.format_flags & LinearPCMFlags.IS_SIGNED_INTEGER)

    @property
    def is_big_endian(self) -> bool:
        return bool(self.format_flags & LinearPCMFlags.IS_BIG_ENDIAN)

    @property
    def is_interleaved(self) -> bool:
        return not self.format_flags & LinearPCMFlags.IS_NON_INTERLEAVED

    @property
    def is_packed(self) -> bool:
        return bool(self.format_flags & LinearPCMFlags.IS_PACKED)

    @property
    def is_stereo(self) -> bool:
        return self.channels_per_frame == 2

    @property
    def is_mono(self) -> bool:
        return self.channels_per_frame == 1

    @property
    def channels(self) -> int:
        """Alias of ``channels_per_frame``."""
        return self.channels_per_frame

    @property
    def bytes_per_sample(self) -> int:
        """Bytes of one sample of one channel (PCM only; 0 when unknown)."""
        if not self.is_pcm or not self.bytes_per_frame:
            return 0
        return self.bytes_per_frame if not self.is_interleaved else self.bytes_per_frame // self.channels_per_frame

    def bytes_for_frames(self, frames: int) -> int:
        """Bytes that ``frames`` frames occupy (all channels; constant-bit-rate formats)."""
        if frames < 0:
            raise ValueError(f"frames must be >= 0, got {frames}")
        if self.bytes_per_frame:
            per = self.bytes_per_frame * (self.channels_per_frame if not self.is_interleaved else 1)
            return frames * per
        raise ValueError(f"{self.format_id!r} has no fixed bytes per frame")

    def frames_for_bytes(self, nbytes: int) -> int:
        """Whole frames contained in ``nbytes`` bytes (constant-bit-rate formats)."""
        if nbytes < 0:
            raise ValueError(f"nbytes must be >= 0, got {nbytes}")
        return nbytes // self.bytes_for_frames(1)

    def duration_for_frames(self, frames: int) -> float:
        """Seconds that ``frames`` frames last."""
        if self.sample_rate <= 0:
            raise ValueError("the format has no sample rate")
        return frames / self.sample_rate

    def to_numpy_dtype(self) -> np.dtype[Any]:
        """The numpy dtype of one sample (PCM only).

        24-bit packed integers have no numpy dtype: they raise ``ValueError``
        (read them as ``uint8`` triples or ask for a 32-bit client format).
        """
        import numpy as np

        if not self.is_pcm:
            raise ValueError(f"{self.format_id!r} is compressed; it has no sample dtype")
        order = ">" if self.is_big_endian else "<"
        bits = self.bits_per_channel
        width = self.bytes_per_sample or bits // 8
        if self.is_float:
            if width in (4, 8):
                return np.dtype(f"{order}f{width}")
        elif width in (1, 2, 4, 8):
            if width == 1:
                return np.dtype("i1" if self.is_signed_integer else "u1")
            kind = "i" if self.is_signed_integer else "u"
            return np.dtype(f"{order}{kind}{width}")
        raise ValueError(f"no numpy dtype for {bits}-bit samples in {width}-byte containers")

    def __repr__(self) -> str:
        if self.is_pcm:
            kind = "float" if self.is_float else ("int" if self.is_signed_integer else "uint")
            layout = "interleaved" if self.is_interleaved else "non-interleaved"
            extra = ", big-endian" if self.is_big_endian else ""
            return (f"AudioFormat({self.sample_rate:g} Hz, 'lpcm', {self.channels_per_frame} ch, "
                    f"{self.bits_per_channel}-bit {kind}, {layout}{extra})")
        return (f"AudioFormat({self.sample_rate:g} Hz, {self.format_id!r}, {self.channels_per_frame} ch, "
                f"{self.frames_per_packet} frames/packet, flags={self.format_flags:#x})")
