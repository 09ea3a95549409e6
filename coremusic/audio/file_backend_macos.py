"""The macOS backend of :class:`~coremusic.audio.file.AudioFile`: Apple's ExtAudioFile.

:class:`ExtAudioFileBackend` implements
:class:`~coremusic.audio.file_backends.FileBackend` over
:class:`~coremusic.audio.extaudiofile.ExtendedAudioFile`. It reads every format
the OS decodes -- MP3, AAC, HE-AAC, ALAC, M4A/MP4, CAF, AIFF, WAV, FLAC, AC-3
... -- to float32 through an ExtAudioFile client format, and writes WAV, AIFF,
CAF, M4A (AAC or ALAC) and ADTS AAC. macOS has no MP3 encoder: asking for MP3
raises an error that says so. :func:`available_formats` lists the file types
the OS reads (``kAudioFileGlobalInfo_ReadableTypes``).

On macOS, ``AudioFile`` memory-maps PCM WAV/AIFF/CAF first (fastest) and uses
this backend for the rest; :func:`select_backend` is that choice.

Example
-------
>>> from coremusic.audio.file_backend_macos import ExtAudioFileBackend       # doctest: +SKIP
>>> b = ExtAudioFileBackend("song.m4a")                                      # doctest: +SKIP
>>> b.info.container, b.info.subtype, b.info.backend                         # doctest: +SKIP
('M4A', 'AAC', 'extaudiofile')
"""

from __future__ import annotations

import os
import sys
from typing import Any

import numpy as np

from coremusic import capi
from coremusic.audio.extaudiofile import ExtendedAudioFile
from coremusic.audio.file_backends import METADATA_FIELDS, FileInfo
from coremusic.exceptions import AudioFileError, error_class_for
from coremusic.formats import AudioFormat
from coremusic.utils.fourcc import int_to_fourcc

__all__ = ["FILE_TYPES", "ExtAudioFileBackend", "available_formats", "select_backend", "writable_formats"]

#: AudioToolbox file type FourCC -> (container name as AudioFile reports it, description)
FILE_TYPES: dict[str, tuple[str, str]] = {
    "WAVE": ("WAV", "WAVE (Microsoft)"), "RF64": ("RF64", "RF64 (64-bit WAVE)"),
    "BW64": ("RF64", "BW64 (broadcast 64-bit WAVE)"), "W64f": ("W64", "Wave64 (Sony)"),
    "AIFF": ("AIFF", "AIFF (Apple/SGI)"), "AIFC": ("AIFC", "AIFF-C (compressed AIFF)"),
    "caff": ("CAF", "Core Audio Format"), "m4af": ("M4A", "MPEG-4 audio (AAC, ALAC)"),
    "m4bf": ("M4B", "MPEG-4 audio book"), "mp4f": ("MP4", "MPEG-4"), "adts": ("AAC", "AAC ADTS stream"),
    "MPG3": ("MP3", "MPEG layer 3"), "MPG2": ("MP2", "MPEG layer 2"), "MPG1": ("MP1", "MPEG layer 1"),
    "flac": ("FLAC", "Free Lossless Audio Codec"), "NeXT": ("AU", "NeXT/Sun audio"),
    "Sd2f": ("SD2", "Sound Designer II"), "ac-3": ("AC3", "Dolby AC-3"), "ec-3": ("EC3", "Dolby E-AC-3"),
    "3gpp": ("3GP", "3GPP"), "3gp2": ("3G2", "3GPP2"), "amrf": ("AMR", "AMR narrow band"),
    "loas": ("LOAS", "LATM/LOAS AAC stream"),
}
_NAME_TO_TYPE = {"WAV": "WAVE", "RF64": "RF64", "AIFF": "AIFF", "AIFC": "AIFC", "CAF": "caff", "M4A": "m4af",
                 "MP4": "mp4f", "AAC": "adts", "MP3": "MPG3", "FLAC": "flac", "AU": "NeXT", "W64": "W64f"}
_EXTENSIONS = {".wav": "WAV", ".wave": "WAV", ".rf64": "RF64", ".aif": "AIFF", ".aiff": "AIFF", ".aifc": "AIFC",
               ".caf": "CAF", ".m4a": "M4A", ".mp4": "MP4", ".aac": "AAC", ".adts": "AAC", ".mp3": "MP3",
               ".flac": "FLAC", ".au": "AU", ".snd": "AU", ".w64": "W64"}
_DEFAULT_SUBTYPE = {"M4A": "AAC", "MP4": "AAC", "AAC": "AAC"}
_PCM_SUBTYPES = {"PCM_S8": (8, False), "PCM_16": (16, False), "PCM_24": (24, False), "PCM_32": (32, False),
                 "FLOAT": (32, True), "DOUBLE": (64, True)}
_PCM_CONTAINERS = ("WAV", "RF64", "W64", "AIFF", "AIFC", "CAF", "AU")
_BIG_ENDIAN = ("AIFF", "AIFC", "AU")
_MP3 = (".mp3", ".mp2", ".mp1")
# Apple info-dictionary keys (kAFInfoDictionary_*) <-> AudioFile's metadata names
_APPLE_KEYS = {"title": "title", "artist": "artist", "album": "album", "comments": "comment",
               "copyright": "copyright", "genre": "genre", "year": "date", "track number": "tracknumber",
               "encoding application": "software"}
_OUR_KEYS = {ours: apple for apple, ours in _APPLE_KEYS.items()}
_FILE_FORMAT = "ffmt"  # kAudioFilePropertyFileFormat
_READABLE = "afrf"  # kAudioFileGlobalInfo_ReadableTypes
_WRITABLE = "afwf"  # kAudioFileGlobalInfo_WritableTypes


def _value_error(message: str, path: str | None = None) -> AudioFileError:
    err = error_class_for("audiofile", "ValueError")(message, obj=path)
    assert isinstance(err, AudioFileError)
    return err


def _type_list(property_id: str) -> list[str]:
    raw = capi.audio_file_get_global_info(property_id)
    values = np.frombuffer(raw, dtype=f"{'<' if sys.byteorder == 'little' else '>'}u4")
    return [int_to_fourcc(int(v)) for v in values]


def _describe(types: list[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for code in types:
        name, description = FILE_TYPES.get(code, (code.strip().upper(), f"file type {code!r}"))
        found.setdefault(name, description)
    return found


def available_formats() -> dict[str, str]:
    """The file formats macOS reads: ``{'WAV': 'WAVE (Microsoft)', 'MP3': 'MPEG layer 3', ...}``.

    From ``kAudioFileGlobalInfo_ReadableTypes``; names are the containers
    ``AudioFile.file_format`` reports.

    Example
    -------
    >>> 'MP3' in available_formats()                                         # doctest: +SKIP
    True
    """
    return _describe(_type_list(_READABLE))


def writable_formats() -> dict[str, str]:
    """The file formats macOS writes (``kAudioFileGlobalInfo_WritableTypes``).

    MP3 files are readable, not writable: the OS has no MP3 encoder.

    Example
    -------
    >>> 'M4A' in writable_formats(), 'MP3' in writable_formats()             # doctest: +SKIP
    (True, False)
    """
    return _describe(_type_list(_WRITABLE))


def _subtype_of(fmt: AudioFormat) -> str:
    if fmt.is_pcm:
        if fmt.is_float:
            return "DOUBLE" if fmt.bits_per_channel == 64 else "FLOAT"
        if fmt.bits_per_channel == 8:
            return "PCM_S8" if fmt.is_signed_integer else "PCM_U8"
        return f"PCM_{fmt.bits_per_channel}"
    fid = fmt.format_id
    bits = {1: 16, 2: 20, 3: 24, 4: 32}.get(fmt.format_flags)
    if fid == "alac":
        return f"ALAC_{bits or 16}"
    if fid == "flac":
        return f"PCM_{bits or 16}"
    named = {"aac ": "AAC", "aach": "HE_AAC", "aacp": "HE_AAC_V2", ".mp3": "MPEG_LAYER_III",
             ".mp2": "MPEG_LAYER_II", ".mp1": "MPEG_LAYER_I", "ulaw": "ULAW", "alaw": "ALAW",
             "ima4": "IMA_ADPCM", "ac-3": "AC3", "ec-3": "EC3", "opus": "OPUS"}
    return named.get(fid, fid.strip().upper())


def _container_for(path: str, format: str | None) -> str:
    if format is not None:
        name = format.upper()
    else:
        ext = os.path.splitext(path)[1].lower()
        if ext not in _EXTENSIONS:
            raise _value_error(f"cannot tell the file type of {path!r} from its extension; pass format= "
                               f"({', '.join(sorted(_NAME_TO_TYPE))})", path)
        name = _EXTENSIONS[ext]
    if name == "MP3":
        raise _value_error(f"cannot write {path!r} as MP3: macOS has no MP3 encoder (it decodes MP3 only); "
                           "write M4A (AAC or ALAC), CAF, WAV or AIFF instead", path)
    if name not in _NAME_TO_TYPE:
        raise _value_error(f"the macOS backend cannot write {name!r} files; it writes "
                           f"{', '.join(sorted(n for n in _NAME_TO_TYPE if n != 'MP3'))}", path)
    return name


def _data_format(container: str, subtype: str | None, rate: float, channels: int, path: str) -> AudioFormat:
    sub = (subtype or _DEFAULT_SUBTYPE.get(container, "PCM_16")).upper()
    if sub in ("MPEG_LAYER_III", "MP3"):
        raise _value_error(f"cannot encode {path!r} as MP3: macOS has no MP3 encoder; use AAC or ALAC", path)
    if sub in _PCM_SUBTYPES:
        if container not in _PCM_CONTAINERS:
            raise _value_error(f"{container} files hold compressed audio (AAC or ALAC), not {sub}", path)
        bits, is_float = _PCM_SUBTYPES[sub]
        return AudioFormat.pcm(rate, channels, bits, is_float, big_endian=container in _BIG_ENDIAN)
    if sub == "AAC":
        if container not in ("M4A", "MP4", "AAC", "CAF"):
            raise _value_error(f"AAC goes in M4A, MP4, AAC (ADTS) or CAF files, not {container}", path)
        return AudioFormat.aac(rate, channels)
    if sub == "ALAC" or sub.startswith("ALAC_"):
        if container not in ("M4A", "MP4", "CAF"):
            raise _value_error(f"ALAC goes in M4A, MP4 or CAF files, not {container}", path)
        bits = int(sub[5:]) if sub.startswith("ALAC_") else 16
        return AudioFormat.alac(rate, channels, bits)
    raise _value_error(f"the macOS backend cannot write subtype {sub!r}; use PCM_16, PCM_24, PCM_32, FLOAT, "
                       "DOUBLE, AAC or ALAC_16/20/24/32", path)


class ExtAudioFileBackend:
    """:class:`~coremusic.audio.file_backends.FileBackend` over Apple's ExtAudioFile.

    Parameters
    ----------
    path : str
        The file.
    mode : {'r', 'w', 'x'}
        Read, create (replacing) or create a new file. Existing files are read-only here.
    samplerate, channels : int, optional
        Required when writing.
    format : str, optional
        Container when writing: ``'WAV'``, ``'AIFF'``, ``'CAF'``, ``'M4A'``, ``'AAC'`` ...
        (default from the extension).
    subtype : str, optional
        ``'PCM_16'`` (default for WAV/AIFF/CAF), ``'PCM_24'``, ``'FLOAT'``, ``'AAC'``
        (default for M4A), ``'ALAC_16'`` ... ``'ALAC_32'``.

    Example
    -------
    >>> b = ExtAudioFileBackend("out.m4a", "w", samplerate=44100, channels=2)  # doctest: +SKIP
    >>> b.write(np.zeros((44100, 2), np.float32)); b.close()                   # doctest: +SKIP
    """

    def __init__(self, path: str, mode: str = "r", *, samplerate: int | None = None, channels: int | None = None,
                 format: str | None = None, subtype: str | None = None, endian: str | None = None) -> None:
        self.path = path
        self.mode = mode
        if mode == "r":
            self._file = ExtendedAudioFile(path)
            self._frames = self._file.frame_count
        elif mode in ("w", "x"):
            if samplerate is None or channels is None:
                raise _value_error(f"mode {mode!r} needs samplerate and channels", path)
            if mode == "x" and os.path.lexists(path):
                raise error_class_for("audiofile", "FileExistsError")(
                    f"cannot create {path!r}: the file exists (mode 'x' never overwrites)", obj=path)
            container = _container_for(path, format)
            data_format = _data_format(container, subtype, float(samplerate), int(channels), path)
            self._file = ExtendedAudioFile.create(path, _NAME_TO_TYPE[container], data_format)
            self._file.client_format = AudioFormat.pcm(float(samplerate), int(channels), 32, True)
            self._frames = 0
        else:
            raise _value_error(f"the macOS backend opens files with mode 'r', 'w' or 'x', not {mode!r} "
                               "(use backend='libsndfile' to modify an existing file)", path)
        self._container = self._read_container()
        self._pos = 0

    def _read_container(self) -> str:
        raw = capi.audio_file_get_property(self._file.audio_file_id, _FILE_FORMAT, 4)
        code = int_to_fourcc(int.from_bytes(raw, sys.byteorder))
        return FILE_TYPES.get(code, (code.strip().upper(), ""))[0]

    @property
    def extended_file(self) -> ExtendedAudioFile:
        """The underlying :class:`~coremusic.audio.extaudiofile.ExtendedAudioFile`."""
        return self._file

    @property
    def info(self) -> FileInfo:
        fmt = self._file.file_format
        return FileInfo(self._frames, fmt.sample_rate, fmt.channels_per_frame, fmt, self._container,
                        _subtype_of(fmt), "extaudiofile")

    def seek(self, frame: int) -> None:
        self._file.seek(frame)
        self._pos = frame

    def tell(self) -> int:
        return self._pos

    def read_into(self, out: np.ndarray[Any, Any]) -> int:
        want = int(out.shape[0])
        filled = 0
        while filled < want:
            block = self._file.read_numpy(want - filled)
            got = block.shape[0]
            if got == 0:  # end of file (a decoder may return short blocks before it)
                break
            out[filled:filled + got] = block
            filled += got
        self._pos += filled
        return filled

    def read_raw(self, start: int, count: int) -> tuple[bytes, int]:
        packets = capi.audio_file_read_packet_data(self._file.audio_file_id, start, count)
        return bytes(packets.data), packets.packet_count

    def write(self, data: np.ndarray[Any, Any]) -> None:
        if self.mode == "r":
            raise AudioFileError(f"{self.path!r} is open read-only", obj=self.path)
        block = np.ascontiguousarray(data, dtype=np.float32) if data.dtype.kind == "f" else data
        self._file.write(block.shape[0], block)
        self._pos += block.shape[0]
        self._frames = max(self._frames, self._pos)

    def metadata(self) -> dict[str, str]:
        info = self._file.metadata
        return {ours: str(info[apple]) for apple, ours in _APPLE_KEYS.items() if info.get(apple)}

    def set_metadata(self, values: dict[str, str]) -> None:
        if self.mode == "r":
            raise AudioFileError(f"{self.path!r} is open read-only; write metadata when creating the file",
                                 obj=self.path)
        unknown = [k for k in values if k not in _OUR_KEYS]
        if unknown:
            known = ", ".join(k for k in METADATA_FIELDS if k in _OUR_KEYS)
            raise _value_error(f"AudioToolbox files have no {unknown[0]!r} field; they store {known}", self.path)
        self._file.set_metadata({_OUR_KEYS[k]: v for k, v in values.items()})

    def close(self) -> None:
        self._file.close()

    def __repr__(self) -> str:
        if self._file.closed:
            return f"ExtAudioFileBackend({self.path!r}, closed)"
        i = self.info
        return f"ExtAudioFileBackend({self.path!r}, {i.container}/{i.subtype}, {i.frames} frames, mode={self.mode!r})"


def select_backend(path: str, mode: str, *, format: str | None, subtype: str | None,
                   samplerate: int | None, channels: int | None) -> ExtAudioFileBackend | None:
    """The macOS backend for a file ``AudioFile`` did not memory-map, or None for libsndfile.

    Reading: every file without an explicit ``format`` (ExtAudioFile decodes
    MP3, AAC, ALAC ...); a file the OS cannot read falls back to libsndfile
    when it is installed. Writing: M4A/MP4/AAC containers and AAC/ALAC
    subtypes (libsndfile writes the rest, and FLAC/Ogg).

    Example
    -------
    >>> select_backend("a.flac", "w", format=None, subtype=None, samplerate=8000, channels=1) is None
    True
    """
    if mode == "r":
        if format is not None:
            return None
        try:
            return ExtAudioFileBackend(path)
        except AudioFileError as exc:
            if isinstance(exc, (FileNotFoundError, PermissionError)) or not _soundfile_available():
                raise
            return None
    if mode in ("w", "x"):
        ext_name = _EXTENSIONS.get(os.path.splitext(path)[1].lower())
        container = (format or ext_name or "").upper()
        sub = (subtype or "").upper()
        wants_apple = container in ("M4A", "MP4", "AAC") or sub == "AAC" or sub.startswith("ALAC")
        if container == "MP3" or sub == "MPEG_LAYER_III":
            wants_apple = not _soundfile_available()
        if wants_apple:
            return ExtAudioFileBackend(path, mode, samplerate=samplerate, channels=channels, format=format,
                                       subtype=subtype)
    return None


def _soundfile_available() -> bool:
    try:
        import soundfile  # noqa: F401
    except (ImportError, OSError):
        return False
    return True
