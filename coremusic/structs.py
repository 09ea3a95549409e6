"""Small typed wrappers of the everyday CoreAudio structs.

Each is an immutable dataclass with ``from_cdata`` (a cffi struct or pointer)
and ``to_cdata`` (a new cffi pointer holding the values), so the functional
layer can take and return plain Python values.

Example
-------
>>> from coremusic.structs import AudioValueRange
>>> AudioValueRange(44100.0, 96000.0).contains(48000.0)
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from coremusic.utils.fourcc import as_fourcc_int, int_to_fourcc

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = [
    "AudioBufferList",
    "AudioComponentDescription",
    "AudioObjectPropertyAddress",
    "AudioStreamPacketDescription",
    "AudioTimeStamp",
    "AudioValueRange",
    "SMPTETime",
]


def _ffi() -> Any:
    from coremusic._ffi import ffi

    return ffi


@dataclass(frozen=True)
class SMPTETime:
    """``SMPTETime``: a SMPTE time code.

    Example
    -------
    >>> SMPTETime(hours=1, minutes=2, seconds=3, frames=4).hours
    1
    """

    subframes: int = 0
    subframe_divisor: int = 0
    counter: int = 0
    type: int = 0
    flags: int = 0
    hours: int = 0
    minutes: int = 0
    seconds: int = 0
    frames: int = 0

    _FIELDS = (("subframes", "mSubframes"), ("subframe_divisor", "mSubframeDivisor"),
               ("counter", "mCounter"), ("type", "mType"), ("flags", "mFlags"),
               ("hours", "mHours"), ("minutes", "mMinutes"), ("seconds", "mSeconds"),
               ("frames", "mFrames"))

    @classmethod
    def from_cdata(cls, c: Any) -> SMPTETime:
        return cls(**{py: int(getattr(c, cn)) for py, cn in cls._FIELDS})

    def to_dict(self) -> dict[str, int]:
        """The C field names and values (for ``ffi.new`` initialisers)."""
        return {cn: getattr(self, py) for py, cn in self._FIELDS}

    def to_cdata(self) -> Any:
        return _ffi().new("SMPTETime *", self.to_dict())


@dataclass(frozen=True)
class AudioTimeStamp:
    """``AudioTimeStamp``: a time in samples, host ticks, rate, word clock and SMPTE.

    ``flags`` says which fields are valid (``kAudioTimeStamp*Valid``): use the
    ``has_*`` properties.

    Example
    -------
    >>> ts = AudioTimeStamp.from_sample_time(512.0)
    >>> ts.has_sample_time, ts.has_host_time
    (True, False)
    """

    sample_time: float = 0.0
    host_time: int = 0
    rate_scalar: float = 0.0
    word_clock_time: int = 0
    smpte_time: SMPTETime = SMPTETime()
    flags: int = 0

    SAMPLE_TIME_VALID = 1 << 0
    HOST_TIME_VALID = 1 << 1
    RATE_SCALAR_VALID = 1 << 2
    WORD_CLOCK_TIME_VALID = 1 << 3
    SMPTE_TIME_VALID = 1 << 4

    @classmethod
    def from_sample_time(cls, sample_time: float) -> AudioTimeStamp:
        return cls(sample_time=float(sample_time), flags=cls.SAMPLE_TIME_VALID)

    @classmethod
    def from_host_time(cls, host_time: int) -> AudioTimeStamp:
        return cls(host_time=int(host_time), flags=cls.HOST_TIME_VALID)

    @property
    def has_sample_time(self) -> bool:
        return bool(self.flags & self.SAMPLE_TIME_VALID)

    @property
    def has_host_time(self) -> bool:
        return bool(self.flags & self.HOST_TIME_VALID)

    @property
    def has_rate_scalar(self) -> bool:
        return bool(self.flags & self.RATE_SCALAR_VALID)

    @classmethod
    def from_cdata(cls, c: Any) -> AudioTimeStamp:
        return cls(float(c.mSampleTime), int(c.mHostTime), float(c.mRateScalar),
                   int(c.mWordClockTime), SMPTETime.from_cdata(c.mSMPTETime), int(c.mFlags))

    def to_cdata(self) -> Any:
        return _ffi().new("AudioTimeStamp *", {
            "mSampleTime": self.sample_time, "mHostTime": self.host_time,
            "mRateScalar": self.rate_scalar, "mWordClockTime": self.word_clock_time,
            "mSMPTETime": self.smpte_time.to_dict(), "mFlags": self.flags,
        })


@dataclass(frozen=True)
class AudioValueRange:
    """``AudioValueRange``: an inclusive range of Float64 values (sample rates ...).

    Example
    -------
    >>> AudioValueRange(8000.0, 192000.0).contains(44100.0)
    True
    """

    minimum: float
    maximum: float

    def contains(self, value: float) -> bool:
        return self.minimum <= value <= self.maximum

    @classmethod
    def from_cdata(cls, c: Any) -> AudioValueRange:
        return cls(float(c.mMinimum), float(c.mMaximum))

    def to_cdata(self) -> Any:
        return _ffi().new("AudioValueRange *", {"mMinimum": self.minimum, "mMaximum": self.maximum})


@dataclass(frozen=True)
class AudioObjectPropertyAddress:
    """``AudioObjectPropertyAddress``: selector, scope and element of a HAL property.

    Selector and scope accept FourCC strings or ints and are stored as ints.

    Example
    -------
    >>> AudioObjectPropertyAddress('dev#')
    AudioObjectPropertyAddress(selector='dev#', scope='glob', element=0)
    """

    selector: int
    scope: int = 0x676C6F62  # 'glob'
    element: int = 0  # kAudioObjectPropertyElementMain

    def __post_init__(self) -> None:
        object.__setattr__(self, "selector", as_fourcc_int(self.selector))
        object.__setattr__(self, "scope", as_fourcc_int(self.scope))
        if isinstance(self.element, bool) or not isinstance(self.element, int):
            raise TypeError(f"element must be an int, not {type(self.element).__name__}")
        if not 0 <= self.element <= 0xFFFFFFFF:
            raise ValueError(f"element must fit in UInt32, got {self.element}")

    def __repr__(self) -> str:
        return (f"AudioObjectPropertyAddress(selector={int_to_fourcc(self.selector)!r}, "
                f"scope={int_to_fourcc(self.scope)!r}, element={self.element})")

    @classmethod
    def from_cdata(cls, c: Any) -> AudioObjectPropertyAddress:
        return cls(int(c.mSelector), int(c.mScope), int(c.mElement))

    def to_cdata(self) -> Any:
        return _ffi().new("AudioObjectPropertyAddress *", {
            "mSelector": self.selector, "mScope": self.scope, "mElement": self.element})


@dataclass(frozen=True)
class AudioComponentDescription:
    """``AudioComponentDescription``: what identifies an AudioUnit or codec.

    Example
    -------
    >>> AudioComponentDescription('aufx', 'dely', 'appl')
    AudioComponentDescription(type='aufx', subtype='dely', manufacturer='appl')
    """

    type: int | str
    subtype: int | str = 0
    manufacturer: int | str = 0
    flags: int = 0
    flags_mask: int = 0

    def __post_init__(self) -> None:
        for name in ("type", "subtype", "manufacturer"):
            object.__setattr__(self, name, as_fourcc_int(getattr(self, name)))

    def __repr__(self) -> str:
        extra = f", flags={self.flags:#x}" if self.flags or self.flags_mask else ""
        return (f"AudioComponentDescription(type={int_to_fourcc(int(self.type))!r}, "
                f"subtype={int_to_fourcc(int(self.subtype))!r}, "
                f"manufacturer={int_to_fourcc(int(self.manufacturer))!r}{extra})")

    @classmethod
    def from_cdata(cls, c: Any) -> AudioComponentDescription:
        return cls(int(c.componentType), int(c.componentSubType), int(c.componentManufacturer),
                   int(c.componentFlags), int(c.componentFlagsMask))

    def to_dict(self) -> dict[str, int]:
        return {"componentType": int(self.type), "componentSubType": int(self.subtype),
                "componentManufacturer": int(self.manufacturer), "componentFlags": self.flags,
                "componentFlagsMask": self.flags_mask}


@dataclass(frozen=True)
class AudioStreamPacketDescription:
    """``AudioStreamPacketDescription``: where one compressed packet lies in a buffer.

    Example
    -------
    >>> AudioStreamPacketDescription(0, 0, 371).data_byte_size
    371
    """

    start_offset: int
    variable_frames_in_packet: int
    data_byte_size: int

    @classmethod
    def from_cdata(cls, c: Any) -> AudioStreamPacketDescription:
        return cls(int(c.mStartOffset), int(c.mVariableFramesInPacket), int(c.mDataByteSize))

    def to_dict(self) -> dict[str, int]:
        return {"mStartOffset": self.start_offset,
                "mVariableFramesInPacket": self.variable_frames_in_packet,
                "mDataByteSize": self.data_byte_size}


class AudioBufferList:
    """An ``AudioBufferList`` allocated by its true byte size, seen as numpy views.

    ``AudioBufferList`` is variable-length (``mBuffers[1]`` is a C idiom for
    "as many as ``mNumberBuffers``"), so it is allocated as raw bytes of the
    computed size and walked by pointer, never copied by value.

    Parameters
    ----------
    buffers : int
        Number of ``AudioBuffer`` entries (one per channel for non-interleaved
        audio, one for interleaved).
    frames : int
        Frames of storage per buffer.
    channels_per_buffer : int
        Interleaved channels in each buffer.
    dtype : str
        Sample type of the storage (``'float32'`` by default).

    Example
    -------
    >>> abl = AudioBufferList.allocate(2, 256)       # non-interleaved stereo
    >>> [a.shape for a in abl.arrays()]
    [(256, 1), (256, 1)]
    """

    def __init__(self, pointer: Any, storage: list[Any], dtype: str, channels_per_buffer: int) -> None:
        self._ptr = pointer
        self._storage = storage  # keeps the sample memory alive
        self._dtype = dtype
        self._channels = channels_per_buffer

    @classmethod
    def allocate(cls, buffers: int, frames: int, channels_per_buffer: int = 1,
                 dtype: str = "float32") -> AudioBufferList:
        import numpy as np

        if buffers < 1:
            raise ValueError(f"buffers must be >= 1, got {buffers}")
        if frames < 0 or channels_per_buffer < 1:
            raise ValueError("frames must be >= 0 and channels_per_buffer >= 1")
        ffi = _ffi()
        size = ffi.offsetof("AudioBufferList", "mBuffers") + buffers * ffi.sizeof("AudioBuffer")
        raw = ffi.new("char[]", size)
        ptr = ffi.cast("AudioBufferList *", raw)
        ptr.mNumberBuffers = buffers
        buffers_ptr = ffi.cast("AudioBuffer *", ffi.addressof(ptr.mBuffers[0]))
        storage: list[Any] = [raw]
        itemsize = np.dtype(dtype).itemsize
        for i in range(buffers):
            arr = np.zeros((frames, channels_per_buffer), dtype=dtype)
            storage.append(arr)
            buffers_ptr[i].mNumberChannels = channels_per_buffer
            buffers_ptr[i].mDataByteSize = frames * channels_per_buffer * itemsize
            buffers_ptr[i].mData = ffi.cast("void *", arr.ctypes.data)
        return cls(ptr, storage, dtype, channels_per_buffer)

    @classmethod
    def from_pointer(cls, pointer: Any, dtype: str = "float32") -> AudioBufferList:
        """Wrap a list C owns (e.g. inside a render callback); views borrow its memory."""
        return cls(pointer, [], dtype, 0)

    @property
    def pointer(self) -> Any:
        """The ``AudioBufferList *`` to hand to C."""
        return self._ptr

    def __len__(self) -> int:
        return int(self._ptr.mNumberBuffers)

    def arrays(self) -> list[np.ndarray[Any, Any]]:
        """One ``(frames, channels)`` numpy view per buffer, over the buffer's own memory."""
        import numpy as np

        ffi = _ffi()
        out = []
        buffers_ptr = ffi.cast("AudioBuffer *", ffi.addressof(self._ptr.mBuffers[0]))
        dtype = np.dtype(self._dtype)
        for i in range(len(self)):
            b = buffers_ptr[i]
            channels = max(int(b.mNumberChannels), 1)
            nbytes = int(b.mDataByteSize)
            if b.mData == ffi.NULL or nbytes == 0:
                out.append(np.zeros((0, channels), dtype=dtype))
                continue
            flat = np.frombuffer(ffi.buffer(b.mData, nbytes), dtype=dtype)
            out.append(flat.reshape(-1, channels))
        return out

    def __repr__(self) -> str:
        shapes = ", ".join(str(a.shape) for a in self.arrays())
        return f"<AudioBufferList {len(self)} buffers: {shapes} {self._dtype}>"
