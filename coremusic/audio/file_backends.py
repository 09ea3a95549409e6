"""The backend seam of :class:`~coremusic.audio.file.AudioFile`.

An ``AudioFile`` delegates to a small private reader/writer object that
implements :class:`FileBackend`: it opens a file, describes it
(:class:`FileInfo`), reads frames from its current position into a
preallocated float array, seeks, returns raw PCM bytes, writes, and reads or
writes string metadata. Two portable backends live here:

* :class:`MMapBackend` -- memory-mapped PCM WAV/RF64/AIFF/CAF (own header parser,
  zero-copy, vectorised conversion); read-only.
* :class:`SoundFileBackend` -- libsndfile through the ``soundfile`` package: every
  other format, compressed files, and all writing.

The macOS backend (ExtAudioFile) implements the same protocol.

Example
-------
>>> import numpy as np, soundfile as sf, tempfile, os
>>> p = os.path.join(tempfile.mkdtemp(), 'b.wav'); sf.write(p, np.zeros((10, 2)), 8000)
>>> b = MMapBackend(p)
>>> out = np.empty((4, 2), np.float32)
>>> b.read_into(out), b.tell()
(4, 4)
>>> b.close()
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from coremusic.audio.mmap_file import MMapAudioFile, _open_error, _open_for_reading
from coremusic.exceptions import AudioFileError, error_class_for
from coremusic.formats import AudioFormat, LinearPCMFlags

__all__ = ["METADATA_FIELDS", "FileBackend", "FileInfo", "MMapBackend", "SoundFileBackend"]

#: libsndfile's string fields, the keys of ``AudioFile.metadata``.
METADATA_FIELDS = ("title", "copyright", "software", "artist", "comment", "date", "album", "license",
                   "tracknumber", "genre")

_ENCODING_SUBTYPES = {"uint8": "PCM_U8", "int8": "PCM_S8", "int16": "PCM_16", "int24": "PCM_24",
                      "int32": "PCM_32", "float32": "FLOAT", "float64": "DOUBLE"}
_CONTAINERS = {"WAV": "WAV", "RF64": "RF64", "BW64": "RF64", "AIFF": "AIFF", "AIFC": "AIFF", "CAF": "CAF"}


@dataclass(frozen=True)
class FileInfo:
    """What a backend knows about an open file.

    Attributes
    ----------
    frames, sample_rate, channels
        Length in frames, frames per second, channels per frame.
    format : AudioFormat
        The encoding of the samples in the file.
    container : str
        libsndfile's major format name: ``'WAV'``, ``'AIFF'``, ``'CAF'``, ``'FLAC'``, ``'MP3'`` ...
    subtype : str
        libsndfile's subtype name: ``'PCM_16'``, ``'FLOAT'``, ``'VORBIS'`` ...
    backend : str
        ``'mmap'`` or ``'libsndfile'`` (``'extaudiofile'`` on macOS).

    Example
    -------
    >>> import numpy as np, soundfile as sf, tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), 'i.flac'); sf.write(p, np.zeros((10, 2)), 8000)
    >>> info = SoundFileBackend(p).info
    >>> info.container, info.subtype, info.format.format_id, info.frames
    ('FLAC', 'PCM_16', 'flac', 10)
    """

    frames: int
    sample_rate: float
    channels: int
    format: AudioFormat
    container: str
    subtype: str
    backend: str


class FileBackend(Protocol):
    """What :class:`~coremusic.audio.file.AudioFile` needs from a platform backend.

    The read path is ``seek`` + ``read_into`` a preallocated float32/float64
    ``(frames, channels)`` array, so a backend never allocates per call.

    Example
    -------
    >>> import numpy as np, soundfile as sf, tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), 'p.wav'); sf.write(p, np.zeros((10, 2)), 8000)
    >>> backend: FileBackend = MMapBackend(p)
    >>> backend.seek(8); backend.read_into(np.empty((4, 2), np.float32))
    2
    """

    @property
    def info(self) -> FileInfo:
        """The file's description (``frames`` grows while writing)."""
        ...

    def seek(self, frame: int) -> None:
        """Move the read/write position to an absolute frame (0 <= frame <= frames)."""
        ...

    def tell(self) -> int:
        """The current frame position."""
        ...

    def read_into(self, out: np.ndarray[Any, Any]) -> int:
        """Decode up to ``len(out)`` frames into float ``out`` (frames, channels); return frames read."""
        ...

    def read_raw(self, start: int, count: int) -> tuple[bytes, int]:
        """Raw PCM bytes of ``count`` frames from ``start`` in the byte layout of ``info.format``."""
        ...

    def write(self, data: np.ndarray[Any, Any]) -> None:
        """Append frames ``(frames, channels)`` at the current position."""
        ...

    def metadata(self) -> dict[str, str]:
        """The file's string metadata (empty strings dropped)."""
        ...

    def set_metadata(self, values: dict[str, str]) -> None:
        """Write string metadata (writable files only)."""
        ...

    def close(self) -> None:
        """Release the file (idempotent)."""
        ...


def _sf_metadata(path: str) -> dict[str, str]:
    import soundfile as sf

    try:
        with sf.SoundFile(path) as f:
            return {k: v for k, v in f.copy_metadata().items() if v}
    except sf.LibsndfileError as exc:
        raise AudioFileError(f"cannot read metadata of {path!r}: {exc}", obj=path) from exc


class MMapBackend:
    """Read-only backend over :class:`~coremusic.audio.mmap_file.MMapAudioFile`.

    Example
    -------
    >>> import numpy as np, soundfile as sf, tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), 'm.aiff'); sf.write(p, np.zeros((6, 1)), 8000)
    >>> MMapBackend(p).read_raw(0, 2)
    (b'\\x00\\x00\\x00\\x00', 2)
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self._file = MMapAudioFile(path)
        lay = self._file.layout
        self._info = FileInfo(lay.frames, lay.sample_rate, lay.channels, lay.audio_format(),
                              _CONTAINERS[lay.container], _ENCODING_SUBTYPES[lay.encoding], "mmap")
        self._pos = 0

    @property
    def info(self) -> FileInfo:
        return self._info

    @property
    def mmap_file(self) -> MMapAudioFile:
        """The underlying memory-mapped file."""
        return self._file

    def seek(self, frame: int) -> None:
        self._pos = frame

    def tell(self) -> int:
        return self._pos

    def read_into(self, out: np.ndarray[Any, Any]) -> int:
        count: int = max(0, min(int(out.shape[0]), self._info.frames - self._pos))
        self._file.convert_into(self._pos, out[:count])
        self._pos += count
        return count

    def read_raw(self, start: int, count: int) -> tuple[bytes, int]:
        data = self._file.read_frames(start, count)
        return data, len(data) // self._file.layout.block_align

    def write(self, data: np.ndarray[Any, Any]) -> None:
        raise AudioFileError(f"{self.path!r} is open read-only (memory-mapped)", obj=self.path)

    def metadata(self) -> dict[str, str]:
        return _sf_metadata(self.path)

    def set_metadata(self, values: dict[str, str]) -> None:
        raise AudioFileError(f"{self.path!r} is open read-only; open it with writable=True", obj=self.path)

    def close(self) -> None:
        self._file.close()


# libsndfile subtype -> (FourCC, flags) for encodings that are not linear PCM
_CODEC_IDS: dict[str, str] = {
    "VORBIS": "vorb", "OPUS": "opus", "MPEG_LAYER_I": ".mp1", "MPEG_LAYER_II": ".mp2",
    "MPEG_LAYER_III": ".mp3", "ULAW": "ulaw", "ALAW": "alaw", "IMA_ADPCM": "ima4", "MS_ADPCM": "msad",
    "GSM610": "agsm", "VOX_ADPCM": "vox ", "G721_32": "g721", "G723_24": "g723", "G723_40": "g723",
    "NMS_ADPCM_16": "nms ", "NMS_ADPCM_24": "nms ", "NMS_ADPCM_32": "nms ",
}
_LOSSLESS_BITS = {"PCM_S8": 8, "PCM_U8": 8, "PCM_16": 16, "PCM_24": 24, "PCM_32": 32}
_PCM_SUBTYPES = {"PCM_S8": (8, False), "PCM_U8": (8, False), "PCM_16": (16, False), "PCM_24": (24, False),
                 "PCM_32": (32, False), "FLOAT": (32, True), "DOUBLE": (64, True)}
_BIT_FLAG = {16: 1, 20: 2, 24: 3, 32: 4}
_WRITE_BLOCK = 1 << 16  # frames per libsndfile write call


def _sf_format(container: str, subtype: str, rate: float, channels: int) -> AudioFormat:
    if container == "FLAC" and subtype in _LOSSLESS_BITS:
        return AudioFormat(rate, "flac", _BIT_FLAG.get(_LOSSLESS_BITS[subtype], 0), 0, 0, 0, channels, 0)
    if subtype.startswith("ALAC_"):
        bits = int(subtype[5:])
        return AudioFormat(rate, "alac", _BIT_FLAG.get(bits, 0), 0, 0, 0, channels, 0)
    pcm = _PCM_SUBTYPES.get(subtype)
    if pcm is not None:
        bits, is_float = pcm
        fmt = AudioFormat.pcm(rate, channels, bits, is_float)
        if subtype == "PCM_U8":
            fmt = fmt.replace(format_flags=LinearPCMFlags.IS_PACKED)
        return fmt
    fourcc = _CODEC_IDS.get(subtype, (subtype.lower() + "    ")[:4])
    return AudioFormat(rate, fourcc, 0, 0, 0, 0, channels, 0)


class SoundFileBackend:
    """libsndfile backend (``soundfile``): every format libsndfile knows, reading and writing.

    Example
    -------
    >>> import numpy as np, tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), 'w.ogg')
    >>> b = SoundFileBackend(p, 'w', samplerate=8000, channels=1)
    >>> b.write(np.zeros((100, 1), np.float32)); b.info.subtype
    'VORBIS'
    >>> b.close()
    """

    def __init__(self, path: str, mode: str = "r", *, samplerate: int | None = None,
                 channels: int | None = None, format: str | None = None, subtype: str | None = None,
                 endian: str | None = None) -> None:
        try:
            import soundfile as sf
        except ImportError as exc:  # pragma: no cover - soundfile is a dependency on Linux
            raise error_class_for("audiofile", "NotImplementedError")(
                "reading this file needs the 'soundfile' package (libsndfile)") from exc
        self.path = path
        if mode in ("r", "r+"):
            _open_for_reading(path).close()
        elif mode == "x" and os.path.lexists(path):
            raise error_class_for("audiofile", "FileExistsError")(
                f"cannot create {path!r}: the file exists (mode 'x' never overwrites)", obj=path)
        try:
            self._sf = sf.SoundFile(path, mode, samplerate, channels, subtype, endian, format)
        except sf.LibsndfileError as exc:
            raise AudioFileError(f"cannot open {path!r} with libsndfile: {exc.error_string}", obj=path) from exc
        except OSError as exc:  # mode 'x' on an existing file, unwritable directory ...
            raise _open_error(path, exc) from exc
        except (TypeError, ValueError) as exc:
            raise error_class_for("audiofile", "ValueError")(f"cannot open {path!r}: {exc}", obj=path) from exc
        self._module = sf
        # a file opened read-only cannot change under us: its facts are read once
        self._fixed_info: FileInfo | None = None
        self._read_only = mode == "r"
        self._pos = 0  # frame position, kept in read-only mode

    @property
    def info(self) -> FileInfo:
        if self._fixed_info is not None:
            return self._fixed_info
        f = self._sf
        info = FileInfo(f.frames, float(f.samplerate), f.channels,
                        _sf_format(f.format, f.subtype, float(f.samplerate), f.channels), f.format, f.subtype,
                        "libsndfile")
        if self._read_only:
            self._fixed_info = info
        return info

    def seek(self, frame: int) -> None:
        try:
            self._sf.seek(frame)
        except self._module.LibsndfileError as exc:
            raise AudioFileError(f"cannot seek {self.path!r} to frame {frame}: {exc.error_string}") from exc
        self._pos = frame

    def tell(self) -> int:
        # read-only: the position we moved to (asking libsndfile costs a seek,
        # which for FLAC/Ogg/MP3 is not free); otherwise libsndfile's
        if self._read_only:
            return self._pos
        return int(self._sf.tell())

    def read_into(self, out: np.ndarray[Any, Any]) -> int:
        try:
            got = self._sf.read(out.shape[0], dtype=out.dtype.name, always_2d=True, out=out)
        except self._module.LibsndfileError as exc:
            self._pos = int(self._sf.tell())
            raise AudioFileError(f"cannot decode {self.path!r}: {exc.error_string}", obj=self.path) from exc
        frames: int = got.shape[0]
        self._pos += frames
        return frames

    def read_raw(self, start: int, count: int) -> tuple[bytes, int]:
        subtype = self._sf.subtype
        if subtype not in _PCM_SUBTYPES or self._sf.format in ("FLAC", "OGG", "MP3", "MPEG"):
            raise AudioFileError(
                f"{self.path!r} is {self._sf.format}/{subtype}: raw packets of compressed files need the "
                "macOS backend; read_as_numpy() decodes them", obj=self.path)
        here = self._sf.tell()
        try:
            self._sf.seek(start)
            if subtype in ("FLOAT", "DOUBLE", "PCM_16", "PCM_32"):
                dtype = {"FLOAT": "float32", "DOUBLE": "float64", "PCM_16": "int16", "PCM_32": "int32"}[subtype]
                arr = self._sf.read(count, dtype=dtype, always_2d=True)
                return arr.astype(arr.dtype.newbyteorder("<"), copy=False).tobytes(), arr.shape[0]
            wide = self._sf.read(count, dtype="int32", always_2d=True)
        finally:
            self._sf.seek(here)
        n = wide.shape[0]
        as_bytes = wide.astype("<i4", copy=False).view(np.uint8).reshape(n, wide.shape[1], 4)
        if subtype == "PCM_24":
            return as_bytes[..., 1:4].tobytes(), n
        top = as_bytes[..., 3]
        if subtype == "PCM_U8":
            return (top ^ 0x80).tobytes(), n
        return top.tobytes(), n

    def write(self, data: np.ndarray[Any, Any]) -> None:
        # In blocks: libsndfile's Vorbis encoder crashes the process on single writes of ~2 M frames.
        try:
            for start in range(0, data.shape[0], _WRITE_BLOCK):
                self._sf.write(data[start:start + _WRITE_BLOCK])
        except self._module.LibsndfileError as exc:
            raise AudioFileError(f"cannot write {self.path!r}: {exc.error_string}", obj=self.path) from exc

    def metadata(self) -> dict[str, str]:
        return {k: v for k, v in self._sf.copy_metadata().items() if v}

    def set_metadata(self, values: dict[str, str]) -> None:
        if self._sf.mode == "r":
            raise AudioFileError(f"{self.path!r} is open read-only; open it with writable=True", obj=self.path)
        for key, value in values.items():
            try:
                setattr(self._sf, key, value)
            except self._module.LibsndfileError as exc:
                hint = (" (FLAC and Ogg files take metadata only before the first write)"
                        if self._sf.format in ("FLAC", "OGG") else "")
                raise AudioFileError(
                    f"{self.path!r} ({self._sf.format}) cannot store metadata {key!r}: "
                    f"{exc.error_string.strip()}{hint}", obj=self.path) from exc

    def close(self) -> None:
        self._sf.close()


def resolve_path(path: str | os.PathLike[str]) -> str:
    """``os.fspath`` with a type check that names the problem.

    Example
    -------
    >>> from pathlib import Path
    >>> resolve_path(Path('a') / 'b.wav')
    'a/b.wav'
    """
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"path must be a str or os.PathLike, not {type(path).__name__}")
    return os.fspath(path)
