"""``ExtendedAudioFile``: any audio file the OS decodes, read and written as PCM (macOS).

Apple's ExtAudioFile pairs an audio file with a converter: the file keeps its
own encoding (:attr:`ExtendedAudioFile.file_format`: AAC, ALAC, MP3, linear
PCM ...) while reads and writes use a linear PCM *client format*
(:attr:`ExtendedAudioFile.client_format`, float32 of the file's channel count
and sample rate unless you set another). Decoding, encoding, sample-rate and
channel conversion happen inside AudioToolbox.

The file is opened as an ``AudioFileID`` and wrapped
(``ExtAudioFileWrapAudioFileID``), so its metadata (the AudioFile info
dictionary) is available too. On platforms without AudioToolbox the
constructor raises :class:`~coremusic.exceptions.PlatformNotSupportedError`
that names :class:`coremusic.AudioFile` (libsndfile) as the portable
alternative.

Example
-------
>>> from coremusic.audio.extaudiofile import ExtendedAudioFile              # doctest: +SKIP
>>> with ExtendedAudioFile("song.m4a") as f:                                # doctest: +SKIP
...     f.file_format.format_id, f.frame_count
...     block = f.read_numpy(4096)                                         # float32 (4096, 2)
('aac ', 7938048)
"""

from __future__ import annotations

import os
import sys
import weakref
from types import TracebackType
from typing import Any

import numpy as np

from coremusic import capi
from coremusic._ffi import load_library
from coremusic.capi import cf
from coremusic.exceptions import CoreAudioError, error_class_for
from coremusic.formats import AudioFormat, LinearPCMFlags

__all__ = ["ExtendedAudioFile"]

_ALTERNATIVE = "coremusic.AudioFile (libsndfile backend) for files"
_POINTER = 8 if sys.maxsize > 2**32 else 4
_FRAMES = "#frm"  # kExtAudioFileProperty_FileLengthFrames
_CONVERTER = "acnv"  # kExtAudioFileProperty_AudioConverter
_CONVERTER_CONFIG = "acfg"  # kExtAudioFileProperty_ConverterConfig
_ENCODE_BITRATE = "brat"  # kAudioConverterEncodeBitRate
_INFO = "info"  # kAudioFilePropertyInfoDictionary


def _value_error(message: str, path: str) -> CoreAudioError:
    return error_class_for("audiofile", "ValueError")(message, obj=path)


def _dispose(ext: int, audio_file: int) -> None:
    """Finalizer: dispose the ExtAudioFile (flushing writes), then close its AudioFileID."""
    try:
        capi.ext_audio_file_dispose(ext)
    finally:
        capi.audio_file_close(audio_file)


def require_audiotoolbox() -> None:
    """Raise :class:`~coremusic.exceptions.PlatformNotSupportedError` without AudioToolbox.

    The error names ``coremusic.AudioFile`` (libsndfile) as the portable alternative.

    Example
    -------
    >>> import sys
    >>> from coremusic.exceptions import PlatformNotSupportedError
    >>> try:
    ...     require_audiotoolbox()
    ... except PlatformNotSupportedError as exc:
    ...     'AudioFile' in str(exc)
    True
    """
    load_library("AudioToolbox")


def default_client_format(file_format: AudioFormat) -> AudioFormat:
    """Interleaved float32 with the channel count and sample rate of ``file_format``.

    Example
    -------
    >>> default_client_format(AudioFormat.aac(48000.0, 1))
    AudioFormat(48000 Hz, 'lpcm', 1 ch, 32-bit float, interleaved)
    """
    return AudioFormat.pcm(file_format.sample_rate, file_format.channels_per_frame, 32, True)


def to_float32(samples: np.ndarray[Any, Any], fmt: AudioFormat) -> np.ndarray[Any, Any]:
    """Client-format samples ``(frames, channels)`` as float32 in [-1.0, 1.0).

    Integers are scaled by ``2**(bits - 1)`` (libsndfile's convention).

    Example
    -------
    >>> to_float32(np.array([[16384, -32768]], np.int16), AudioFormat.pcm(8000.0, 2, 16)).tolist()
    [[0.5, -1.0]]
    """
    if samples.dtype == np.float32:
        return samples
    if samples.dtype.kind == "f":
        return samples.astype(np.float32)
    bits = _significant_bits(samples.dtype, fmt)
    if samples.dtype.kind == "u":  # offset binary (8-bit WAV style)
        half = float(2 ** (bits - 1))
        return ((samples.astype(np.float64) - half) / half).astype(np.float32)
    scaled: np.ndarray[Any, Any] = samples.astype(np.float64) * (1.0 / 2 ** (bits - 1))
    return scaled.astype(np.float32)


def _significant_bits(dtype: np.dtype[Any], fmt: AudioFormat) -> int:
    """Bits that carry the sample: fewer than the container for low-aligned (e.g. 24-in-32) samples."""
    container = dtype.itemsize * 8
    bits = fmt.bits_per_channel
    if 0 < bits < container and not fmt.format_flags & LinearPCMFlags.IS_ALIGNED_HIGH:
        return bits
    return container


def _unpack24(raw: bytes, fmt: AudioFormat) -> np.ndarray[Any, Any]:
    """Packed 24-bit client samples -> float32 (frames, channels)."""
    channels = fmt.channels_per_frame
    triples = np.frombuffer(raw, np.uint8).reshape(-1, 3)
    if fmt.is_big_endian:
        triples = triples[:, ::-1]
    wide = np.zeros((triples.shape[0], 4), np.uint8)
    wide[:, 1:] = triples
    values = wide.view("<i4").reshape(-1) >> 8
    out = (values.astype(np.float32) / np.float32(2**23)).astype(np.float32)
    if fmt.is_interleaved:
        return out.reshape(-1, channels)
    return np.ascontiguousarray(out.reshape(channels, -1).T)


def from_float(data: np.ndarray[Any, Any], fmt: AudioFormat) -> np.ndarray[Any, Any]:
    """Float samples in [-1.0, 1.0] as the client format's integer or float dtype.

    Example
    -------
    >>> from_float(np.array([[0.5, -1.0]]), AudioFormat.pcm(8000.0, 2, 16)).tolist()
    [[16384, -32768]]
    """
    dtype = fmt.to_numpy_dtype()
    if dtype.kind == "f":
        return data.astype(dtype)
    scale = float(2 ** (_significant_bits(dtype, fmt) - 1))
    scaled = np.clip(np.rint(np.asarray(data, np.float64) * scale), -scale, scale - 1)
    if dtype.kind == "u":
        scaled = scaled + scale
    return scaled.astype(dtype)


class ExtendedAudioFile:
    """An audio file read or written through a PCM client format (Apple ExtAudioFile).

    Parameters
    ----------
    path : str or os.PathLike
        The file to open for reading. Use :meth:`create` to write a new file.

    Raises
    ------
    PlatformNotSupportedError
        Outside macOS (use :class:`coremusic.AudioFile`, libsndfile, instead).
    AudioFileError
        The file is missing (also a ``FileNotFoundError``) or not a format the
        OS reads.

    Notes
    -----
    :meth:`close` is idempotent; after it every method raises an
    ``AudioFileError`` that is also a ``ValueError``. A dropped object is
    closed by a finalizer.

    Example
    -------
    >>> with ExtendedAudioFile("song.mp3") as f:                             # doctest: +SKIP
    ...     f.client_format = AudioFormat.pcm(22050.0, 1, 16)   # decode + resample + downmix
    ...     data, frames = f.read(1024)
    """

    _ext: int | None = None
    _audio_file: int | None = None
    _finalizer: Any = None

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = self._check_path(path)
        require_audiotoolbox()
        audio_file = capi.audio_file_open_url(self.path, "r")
        self._adopt(audio_file, for_writing=False)

    @staticmethod
    def _check_path(path: Any) -> str:
        if not isinstance(path, (str, os.PathLike)):
            raise TypeError(f"path must be a str or os.PathLike, not {type(path).__name__}")
        return os.fspath(path)

    def _adopt(self, audio_file: int, *, for_writing: bool) -> None:
        try:
            ext = capi.ext_audio_file_wrap_audio_file_id(audio_file, for_writing)
        except BaseException:
            capi.audio_file_close(audio_file)
            raise
        self._audio_file, self._ext = audio_file, ext
        self._finalizer = weakref.finalize(self, _dispose, ext, audio_file)
        self.writable = for_writing
        try:
            self._file_format = capi.ext_audio_file_get_data_format(ext)
            self._client = default_client_format(self._file_format)
            capi.ext_audio_file_set_client_format(ext, self._client)
        except BaseException:
            self.close()
            raise

    @classmethod
    def create(cls, path: str | os.PathLike[str], file_type: str | int, format: AudioFormat, *,
               overwrite: bool = True) -> ExtendedAudioFile:
        """Create a file of ``file_type`` whose data is in ``format``; open it for writing.

        Parameters
        ----------
        path : str or os.PathLike
            The new file.
        file_type : str or int
            AudioToolbox file type FourCC: ``'WAVE'``, ``'AIFF'``, ``'caff'``,
            ``'m4af'`` (MPEG-4 audio), ``'adts'`` (AAC stream) ...
        format : AudioFormat
            The file's data format: linear PCM, ``AudioFormat.aac()``,
            ``AudioFormat.alac()`` ... (the OS has no MP3 encoder).
        overwrite : bool
            Replace an existing file (``kAudioFileFlags_EraseFile``); otherwise
            an existing file is an error.

        Example
        -------
        >>> out = ExtendedAudioFile.create("out.m4a", "m4af", AudioFormat.aac(44100.0, 2))  # doctest: +SKIP
        >>> out.write(len(block), block); out.close()                                        # doctest: +SKIP
        """
        if not isinstance(format, AudioFormat):
            raise TypeError(f"format must be an AudioFormat, not {type(format).__name__}")
        if format.format_id in (".mp3", ".mp2", ".mp1"):
            raise error_class_for("audiofile", "ValueError")(
                f"cannot write {format.format_id!r}: macOS has no MP3 encoder; write AAC (AudioFormat.aac()), "
                "ALAC (AudioFormat.alac()) or linear PCM instead")
        self = cls.__new__(cls)
        self.path = cls._check_path(path)
        require_audiotoolbox()
        audio_file = capi.audio_file_create_with_url(self.path, file_type, format, 1 if overwrite else 0)
        self._adopt(audio_file, for_writing=True)
        return self

    # ----------------------------------------------------------------- lifetime
    def close(self) -> None:
        """Dispose the ExtAudioFile (flushing pending writes) and close the file (idempotent).

        Example
        -------
        >>> f.close(); f.close(); f.closed                                     # doctest: +SKIP
        True
        """
        finalizer, self._finalizer = self._finalizer, None
        self._ext = self._audio_file = None
        if finalizer is not None:
            finalizer()

    @property
    def closed(self) -> bool:
        """Whether the file is closed."""
        return self._ext is None

    def __enter__(self) -> ExtendedAudioFile:
        self._handle()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def _handle(self) -> int:
        if self._ext is None:
            raise _value_error(f"I/O operation on closed ExtendedAudioFile {self.path!r}", self.path)
        return self._ext

    @property
    def handle(self) -> int:
        """The ``ExtAudioFileRef`` handle (for :mod:`coremusic.capi` calls)."""
        return self._handle()

    @property
    def audio_file_id(self) -> int:
        """The wrapped ``AudioFileID`` handle (owned by this object)."""
        self._handle()
        assert self._audio_file is not None
        return self._audio_file

    # ----------------------------------------------------------------- formats
    @property
    def file_format(self) -> AudioFormat:
        """The encoding of the data in the file (``'ffmt'``)."""
        self._handle()
        return self._file_format

    @property
    def client_format(self) -> AudioFormat:
        """The linear PCM format reads return and writes take (``'cfmt'``).

        Setting it makes AudioToolbox convert sample type, rate and channel
        count between it and the file.
        """
        self._handle()
        return self._client

    @client_format.setter
    def client_format(self, fmt: AudioFormat) -> None:
        ext = self._handle()
        if not isinstance(fmt, AudioFormat):
            raise TypeError(f"client_format must be an AudioFormat, not {type(fmt).__name__}")
        if not fmt.is_pcm:
            raise _value_error(f"the client format must be linear PCM, not {fmt.format_id!r}", self.path)
        if fmt.bytes_per_frame == 0:
            raise _value_error("the client format has bytes_per_frame = 0", self.path)
        capi.ext_audio_file_set_client_format(ext, fmt)
        self._client = fmt

    @property
    def frame_count(self) -> int:
        """Length in frames of the file's sample rate (``kExtAudioFileProperty_FileLengthFrames``)."""
        raw = capi.ext_audio_file_get_property(self._handle(), _FRAMES, 8)
        return int.from_bytes(raw, sys.byteorder, signed=True)

    @property
    def duration(self) -> float:
        """Length in seconds."""
        rate = self.file_format.sample_rate
        if not rate > 0:
            raise error_class_for("audiofile")(f"{self.path!r} declares sample rate {rate}; no duration",
                                               obj=self.path)
        return self.frame_count / rate

    # ----------------------------------------------------------------- position
    def seek(self, frame: int) -> None:
        """Move to ``frame`` (in file frames).

        Example
        -------
        >>> f.seek(44100); f.tell()                                            # doctest: +SKIP
        44100
        """
        ext = self._handle()
        if isinstance(frame, bool) or not isinstance(frame, (int, np.integer)):
            raise TypeError(f"frame must be an int, not {type(frame).__name__}")
        if frame < 0:
            raise _value_error(f"frame must be >= 0, got {frame}", self.path)
        capi.ext_audio_file_seek(ext, int(frame))

    def tell(self) -> int:
        """The current frame position."""
        return capi.ext_audio_file_tell(self._handle())

    # ----------------------------------------------------------------- reading
    def _frames_arg(self, num_frames: Any) -> int:
        if isinstance(num_frames, bool) or not isinstance(num_frames, (int, np.integer)):
            raise TypeError(f"num_frames must be an int, not {type(num_frames).__name__}")
        if num_frames < 0:
            raise _value_error(f"num_frames must be >= 0, got {num_frames}", self.path)
        return int(num_frames)

    def _buffers(self) -> int:
        fmt = self._client
        return 1 if fmt.is_interleaved else fmt.channels_per_frame

    def read(self, num_frames: int) -> tuple[bytes, int]:
        """Read up to ``num_frames`` frames as raw client-format bytes.

        Returns
        -------
        (bytes, int)
            The samples (for a non-interleaved client format, one channel's
            buffer after another) and the frames read (0 at the end of the file).

        Example
        -------
        >>> data, frames = f.read(1024)                                        # doctest: +SKIP
        """
        ext = self._handle()
        count = self._frames_arg(num_frames)
        raw = capi.ext_audio_file_read(ext, count, self._client, as_bytes=True)
        assert isinstance(raw, bytes)
        return raw, len(raw) // (self._client.bytes_per_frame * self._buffers())

    def read_numpy(self, frames: int) -> np.ndarray[Any, Any]:
        """Read up to ``frames`` frames as float32 ``(frames_read, channels)``.

        Integer client formats are scaled to [-1.0, 1.0); non-interleaved
        buffers become columns.

        Example
        -------
        >>> f.read_numpy(4096).dtype                                           # doctest: +SKIP
        dtype('float32')
        """
        ext = self._handle()
        count = self._frames_arg(frames)
        fmt = self._client
        if (fmt.bytes_per_frame // self._channels_per_buffer()) == 3 and not fmt.is_float:
            raw, _n = self.read(count)
            return _unpack24(raw, fmt)
        block = capi.ext_audio_file_read(ext, count, fmt)
        assert isinstance(block, np.ndarray)
        return to_float32(block, fmt)

    def _channels_per_buffer(self) -> int:
        return self._client.channels_per_frame if self._client.is_interleaved else 1

    # ----------------------------------------------------------------- writing
    def write(self, num_frames: int, data: Any) -> None:
        """Write the first ``num_frames`` frames of ``data`` (files from :meth:`create`).

        Parameters
        ----------
        num_frames : int
            Frames to write; ``data`` must hold at least that many.
        data : np.ndarray [shape=(frames, channels) or (frames,)] or bytes-like
            Samples of the client format's dtype, float samples (converted to
            the client format, integers scaled from [-1.0, 1.0]), or raw
            interleaved client-format bytes.

        Example
        -------
        >>> out.write(2, np.zeros((2, 2), np.float32))                          # doctest: +SKIP
        """
        ext = self._handle()
        count = self._frames_arg(num_frames)
        if not self.writable:
            raise error_class_for("audiofile")(f"{self.path!r} is open for reading; create a file with "
                                               "ExtendedAudioFile.create() to write", obj=self.path)
        fmt = self._client
        channels = fmt.channels_per_frame
        if isinstance(data, np.ndarray):
            arr = data.reshape(-1, 1) if data.ndim == 1 else data
            if arr.ndim != 2 or arr.shape[1] != channels:
                raise _value_error(f"data of shape {data.shape} does not fit the {channels}-channel client format",
                                   self.path)
            if arr.shape[0] < count:
                raise _value_error(f"num_frames is {count} but data holds {arr.shape[0]} frames", self.path)
            dtype = fmt.to_numpy_dtype()
            if arr.dtype != dtype:
                if arr.dtype.kind != "f":
                    raise TypeError(f"data dtype {arr.dtype} does not match the client format's {dtype}; "
                                    "pass that dtype or floats in [-1.0, 1.0]")
                arr = from_float(arr, fmt)
            payload: Any = np.ascontiguousarray(arr[:count])
        else:
            if isinstance(data, str) or not isinstance(data, (bytes, bytearray, memoryview)):
                raise TypeError(f"data must be a numpy array or bytes-like, not {type(data).__name__}")
            frame_bytes = fmt.bytes_per_frame
            nbytes = memoryview(data).nbytes
            if nbytes < count * frame_bytes:
                raise _value_error(f"num_frames is {count} ({count * frame_bytes} bytes) but data holds "
                                   f"{nbytes} bytes", self.path)
            payload = memoryview(data).cast("B")[:count * frame_bytes]
        capi.ext_audio_file_write(ext, payload, fmt)

    def set_encode_bitrate(self, bps: int) -> None:
        """Set the encoder's bit rate (bits per second) for a compressed file format.

        Call it after setting :attr:`client_format` and before the first write.

        Raises
        ------
        AudioFileError
            The file is not being written, or its format is linear PCM (no encoder).

        Example
        -------
        >>> out = ExtendedAudioFile.create("a.m4a", "m4af", AudioFormat.aac())  # doctest: +SKIP
        >>> out.set_encode_bitrate(256_000)                                      # doctest: +SKIP
        """
        ext = self._handle()
        if isinstance(bps, bool) or not isinstance(bps, (int, np.integer)):
            raise TypeError(f"bps must be an int, not {type(bps).__name__}")
        if not 0 < bps < 2**32:
            raise _value_error(f"bps must be in 1 .. 2**32-1, got {bps}", self.path)
        if not self.writable or self._file_format.is_pcm:
            what = "is open for reading" if not self.writable else "is linear PCM (no encoder)"
            raise error_class_for("audiofile", "ValueError")(
                f"cannot set an encode bit rate: {self.path!r} {what}", obj=self.path)
        raw = capi.ext_audio_file_get_property(ext, _CONVERTER, _POINTER)
        converter = int.from_bytes(raw, sys.byteorder)
        capi.audio_converter_set_property(converter, _ENCODE_BITRATE, int(bps).to_bytes(4, sys.byteorder))
        # a NULL converter configuration makes ExtAudioFile pick up the converter's new settings
        capi.ext_audio_file_set_property(ext, _CONVERTER_CONFIG, bytes(_POINTER))

    # ----------------------------------------------------------------- metadata
    @property
    def metadata(self) -> dict[str, Any]:
        """The AudioFile info dictionary (``'title'``, ``'artist'``, ``'approximate duration in seconds'`` ...)."""
        self._handle()
        assert self._audio_file is not None
        return capi.audio_file_get_info_dictionary(self._audio_file)

    def set_metadata(self, values: dict[str, str]) -> None:
        """Store an info dictionary (string keys and values) in a file being written.

        Example
        -------
        >>> out.set_metadata({'title': 'Take 3'})                               # doctest: +SKIP
        """
        self._handle()
        if not isinstance(values, dict):
            raise TypeError(f"metadata must be a dict, not {type(values).__name__}")
        for key, value in values.items():
            if not isinstance(key, str) or not isinstance(value, str):
                raise TypeError(f"metadata keys and values must be str, got {key!r}: {value!r}")
        if not self.writable:
            raise error_class_for("audiofile")(f"{self.path!r} is open for reading", obj=self.path)
        assert self._audio_file is not None
        with cf.owned(cf.dictionary(values)) as ref:
            pointer = _address(ref).to_bytes(_POINTER, sys.byteorder)
            capi.audio_file_set_property(self._audio_file, _INFO, pointer)

    def __repr__(self) -> str:
        if self._ext is None:
            return f"ExtendedAudioFile({self.path!r}, closed)"
        mode = "write" if self.writable else "read"
        return (f"ExtendedAudioFile({self.path!r}, file_format={self._file_format!r}, "
                f"client_format={self._client!r}, mode={mode!r})")


def _address(ref: Any) -> int:
    from coremusic._ffi import ffi

    return int(ffi.cast("uintptr_t", ref))
