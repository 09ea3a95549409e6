"""``AudioFile``: read and write audio files as numpy arrays, on every platform.

Reading uses the fastest backend that handles the file: PCM WAV/RF64/AIFF/CAF
are memory-mapped and converted with vectorised numpy
(:class:`~coremusic.audio.mmap_file.MMapAudioFile`); everything else -- FLAC,
Ogg Vorbis/Opus, MP3, WAVE_FORMAT_EXTENSIBLE sub-formats other than PCM/float,
ADPCM ... -- and all writing go through libsndfile (the ``soundfile`` package).
On macOS an ExtAudioFile backend implements the same private protocol
(:class:`~coremusic.audio.file_backends.FileBackend`).

Example
-------
>>> import numpy as np, tempfile, os
>>> from coremusic.audio.file import AudioFile
>>> path = os.path.join(tempfile.mkdtemp(), 'demo.wav')
>>> with AudioFile(path, mode='w', samplerate=8000, channels=2, subtype='PCM_16') as f:
...     f.write(np.zeros((800, 2), np.float32))
>>> with AudioFile(path) as f:
...     f.duration, f.read(100).shape, f.tell()
(0.1, (100, 2), 100)
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from typing import Any, Literal, NamedTuple

import numpy as np

from coremusic.audio.buffer_pool import BufferPool, default_pool
from coremusic.audio.file_backends import (
    METADATA_FIELDS,
    FileBackend,
    FileInfo,
    MMapBackend,
    SoundFileBackend,
    resolve_path,
)
from coremusic.audio.file_headers import UnsupportedEncodingError
from coremusic.exceptions import (
    AudioFileError,
    CoreAudioError,
    PlatformNotSupportedError,
    error_class_for,
)
from coremusic.formats import AudioFormat

__all__ = ["AudioFile", "available_formats", "available_subtypes"]

Mode = Literal["r", "r+", "w", "x"]
Backend = Literal["auto", "mmap", "libsndfile", "extaudiofile"]
FloatDType = Literal["float32", "float64"]
_MODES = ("r", "r+", "w", "x")
_RIFF_LIMIT = 0xFFFFFFFF - 4096  # sample bytes a 32-bit RIFF/FORM size can describe, with room for chunks


def available_formats() -> dict[str, str]:
    """The file formats this platform reads and writes: ``{'WAV': 'WAV (Microsoft)', ...}``.

    Example
    -------
    >>> 'WAV' in available_formats()
    True
    """
    import soundfile as sf

    return dict(sf.available_formats())


def available_subtypes(format: str | None = None) -> dict[str, str]:
    """The sample encodings (subtypes), all or those valid for ``format``.

    Example
    -------
    >>> 'PCM_24' in available_subtypes('WAV')
    True
    """
    import soundfile as sf

    return dict(sf.available_subtypes(format))


def _value_error(message: str, path: str | None = None) -> CoreAudioError:
    return error_class_for("audiofile", "ValueError")(message, obj=path)


class _WriteOptions(NamedTuple):
    format: str | None
    subtype: str | None
    samplerate: int | None
    channels: int | None
    endian: str | None


def _check_int(name: str, value: Any, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {value}")
    return int(value)


class AudioFile:
    """An audio file: metadata, seekable reading to float arrays, writing.

    Parameters
    ----------
    path : str or os.PathLike
        The file.
    writable : bool
        Open an existing file for reading and writing (mode ``'r+'``). The
        position starts at frame 0: ``seek(0, os.SEEK_END)`` before appending.
    mode : {'r', 'r+', 'w', 'x'}, optional
        ``'w'`` creates or truncates, ``'x'`` creates a new file; both need
        ``samplerate`` and ``channels``. Default ``'r'`` (``'r+'`` when ``writable``).
    format : str, optional
        Container when writing (``'WAV'``, ``'FLAC'``, ``'CAF'`` ...); default from the extension.
        Reading with a ``format`` uses libsndfile; ``format='RAW'`` with ``samplerate``,
        ``channels`` and ``subtype`` reads headerless files.
    subtype : str, optional
        Sample encoding when writing (``'PCM_16'``, ``'PCM_24'``, ``'FLOAT'``, ``'VORBIS'`` ...).
    samplerate : int, optional
        Frames per second when writing.
    channels : int, optional
        Channels when writing.
    endian : {'FILE', 'LITTLE', 'BIG', 'CPU'}, optional
        Byte order when writing.
    backend : {'auto', 'mmap', 'libsndfile', 'extaudiofile'}
        ``'auto'`` memory-maps PCM WAV/AIFF/CAF and uses libsndfile for the rest;
        on macOS ExtAudioFile reads the rest (MP3, AAC, ALAC ...) and writes
        M4A/AAC/ALAC. ``'extaudiofile'`` forces Apple's ExtAudioFile (macOS only).

    Raises
    ------
    AudioFileError
        The file is corrupt, truncated or in a format no backend reads (the
        message says why); it is also a ``FileNotFoundError`` or
        ``PermissionError`` when the file cannot be opened, and a ``ValueError``
        for inconsistent arguments.

    Notes
    -----
    The file is opened by the constructor. :meth:`close` is idempotent; after
    it every method raises an ``AudioFileError`` that is also a ``ValueError``.

    Example
    -------
    >>> import numpy as np, tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), 'song.flac')
    >>> with AudioFile(p, mode='w', samplerate=44100, channels=1) as f:
    ...     f.set_metadata({'title': 'ramp'})  # FLAC and Ogg: before the first write
    ...     f.write(np.linspace(-0.5, 0.5, 4410))
    >>> with AudioFile(p) as f:
    ...     f.format.format_id, f.frames, f.metadata['title']
    ('flac', 4410, 'ramp')
    """

    _backend: FileBackend | None = None

    def __init__(self, path: str | os.PathLike[str], *, writable: bool = False, mode: Mode | None = None,
                 format: str | None = None, subtype: str | None = None, samplerate: int | None = None,
                 channels: int | None = None, endian: str | None = None, backend: Backend = "auto") -> None:
        self.path = resolve_path(path)
        if mode is None:
            mode = "r+" if writable else "r"
        elif mode not in _MODES:
            raise _value_error(f"mode must be one of {_MODES}, got {mode!r}", self.path)
        elif writable and mode == "r":
            raise _value_error("writable=True conflicts with mode='r'", self.path)
        if backend not in ("auto", "mmap", "libsndfile", "extaudiofile"):
            raise _value_error(f"backend must be 'auto', 'mmap', 'libsndfile' or 'extaudiofile', got {backend!r}",
                               self.path)
        if mode in ("w", "x"):
            if samplerate is None or channels is None:
                raise _value_error(f"mode {mode!r} needs samplerate and channels", self.path)
            _check_int("samplerate", samplerate, 1)
            _check_int("channels", channels, 1)
        else:
            if backend == "mmap" and mode != "r":
                raise _value_error("the memory-mapped backend is read-only", self.path)
            given = [name for name, value in (("samplerate", samplerate), ("channels", channels),
                                              ("subtype", subtype), ("endian", endian)) if value is not None]
            if given and (format or "").upper() != "RAW":
                raise _value_error(f"{', '.join(given)} describe a new file (mode 'w' or 'x') or a headerless "
                                   f"format='RAW' file; an existing file's header gives them", self.path)
        self.mode: Mode = mode
        self._options = _WriteOptions(format, subtype, samplerate, channels, endian)
        self._backend_choice: Backend = backend
        self._pool: BufferPool = default_pool
        self.open()

    # ----------------------------------------------------------------- lifetime
    def open(self) -> AudioFile:
        """Open the file (the constructor does; after :meth:`close` this reopens it).

        A file created with mode ``'w'`` or ``'x'`` is reopened with ``'r+'``.

        Example
        -------
        >>> import numpy as np, soundfile as sf, tempfile, os
        >>> p = os.path.join(tempfile.mkdtemp(), 'o.wav'); sf.write(p, np.zeros(3), 8000)
        >>> f = AudioFile(p); f.close(); f.open().closed
        False
        """
        if self._backend is not None:
            return self
        if self.mode == "r" and self._backend_choice in ("auto", "mmap") and self._options.format is None:
            try:
                self._backend = MMapBackend(self.path)
                return self
            except UnsupportedEncodingError:
                if self._backend_choice == "mmap":
                    raise
        opts = self._options
        platform_backend = self._platform_backend()
        if platform_backend is not None:
            self._backend = platform_backend
        else:
            self._backend = SoundFileBackend(self.path, self.mode, samplerate=opts.samplerate,
                                             channels=opts.channels, format=opts.format,
                                             subtype=opts.subtype, endian=opts.endian)
        if self.mode in ("w", "x"):  # reopening must not truncate what was written
            self.mode = "r+"
            self._options = _WriteOptions(None, None, None, None, None)
        return self

    def _platform_backend(self) -> FileBackend | None:
        """The ExtAudioFile backend where AudioToolbox serves the file (macOS), else None."""
        if self._backend_choice == "libsndfile" or (self._backend_choice == "auto" and sys.platform != "darwin"):
            return None
        from coremusic.audio import file_backend_macos as macos

        opts = self._options
        if self._backend_choice == "extaudiofile":
            return macos.ExtAudioFileBackend(self.path, self.mode, samplerate=opts.samplerate,
                                             channels=opts.channels, format=opts.format, subtype=opts.subtype)
        return macos.select_backend(self.path, self.mode, format=opts.format, subtype=opts.subtype,
                                    samplerate=opts.samplerate, channels=opts.channels)

    def close(self) -> None:
        """Close the file (idempotent).

        Example
        -------
        >>> import numpy as np, soundfile as sf, tempfile, os
        >>> p = os.path.join(tempfile.mkdtemp(), 'c.wav'); sf.write(p, np.zeros(3), 8000)
        >>> f = AudioFile(p); f.close(); f.close(); f.closed
        True
        """
        backend, self._backend = self._backend, None
        if backend is not None:
            backend.close()

    @property
    def closed(self) -> bool:
        """Whether the file is closed."""
        return self._backend is None

    def __enter__(self) -> AudioFile:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _b(self) -> FileBackend:
        if self._backend is None:
            raise _value_error(f"I/O operation on closed AudioFile {self.path!r}", self.path)
        return self._backend

    # ----------------------------------------------------------------- description
    @property
    def info(self) -> FileInfo:
        """Frames, rate, channels, format, container, subtype and backend in one record."""
        return self._b().info

    @property
    def format(self) -> AudioFormat:
        """The encoding of the samples in the file as an :class:`~coremusic.formats.AudioFormat`."""
        return self.info.format

    @property
    def frames(self) -> int:
        """Length in frames."""
        return self.info.frames

    def __len__(self) -> int:
        return self.frames

    @property
    def sample_rate(self) -> float:
        """Frames per second."""
        return self.info.sample_rate

    @property
    def samplerate(self) -> int:
        """Frames per second as an int (``soundfile``'s name)."""
        return round(self.info.sample_rate)

    @property
    def channels(self) -> int:
        """Channels per frame."""
        return self.info.channels

    @property
    def file_format(self) -> str:
        """The container: ``'WAV'``, ``'AIFF'``, ``'CAF'``, ``'FLAC'``, ``'OGG'``, ``'MP3'`` ..."""
        return self.info.container

    @property
    def subtype(self) -> str:
        """The sample encoding: ``'PCM_16'``, ``'FLOAT'``, ``'VORBIS'`` ..."""
        return self.info.subtype

    @property
    def backend(self) -> str:
        """Which backend serves the file: ``'mmap'``, ``'libsndfile'`` or ``'extaudiofile'``."""
        return self.info.backend

    @property
    def duration(self) -> float:
        """Length in seconds.

        Raises
        ------
        AudioFileError
            The file declares no sample rate (never a silent 0.0).
        """
        info = self.info
        if not info.sample_rate > 0:
            raise AudioFileError(f"{self.path!r} declares sample rate {info.sample_rate}; no duration",
                                 obj=self.path)
        return info.frames / info.sample_rate

    # ----------------------------------------------------------------- position
    def seek(self, frames: int, whence: int = os.SEEK_SET) -> int:
        """Move the read/write position; return the new absolute frame.

        Parameters
        ----------
        frames : int
            Offset in frames.
        whence : {os.SEEK_SET, os.SEEK_CUR, os.SEEK_END}
            Relative to the start, the current position or the end.

        Example
        -------
        >>> import numpy as np, soundfile as sf, tempfile, os
        >>> p = os.path.join(tempfile.mkdtemp(), 's.wav'); sf.write(p, np.zeros(100), 8000)
        >>> AudioFile(p).seek(-10, os.SEEK_END)
        90
        """
        b = self._b()
        if isinstance(frames, bool) or not isinstance(frames, (int, np.integer)):
            raise TypeError(f"frames must be an int, not {type(frames).__name__}")
        base = {os.SEEK_SET: 0, os.SEEK_CUR: b.tell(), os.SEEK_END: b.info.frames}.get(whence)
        if base is None:
            raise _value_error(f"whence must be os.SEEK_SET, SEEK_CUR or SEEK_END, got {whence!r}", self.path)
        target = base + int(frames)
        if not 0 <= target <= b.info.frames:
            raise _value_error(f"cannot seek to frame {target}: the file has {b.info.frames} frames", self.path)
        b.seek(target)
        return target

    def tell(self) -> int:
        """The current frame position.

        Example
        -------
        >>> import numpy as np, soundfile as sf, tempfile, os
        >>> p = os.path.join(tempfile.mkdtemp(), 't.wav'); sf.write(p, np.zeros(10), 8000)
        >>> f = AudioFile(p); _ = f.read(3); f.tell()
        3
        """
        return self._b().tell()

    # ----------------------------------------------------------------- reading
    def read(self, frames: int = -1, *, out: np.ndarray[Any, Any] | None = None,
             dtype: FloatDType = "float32") -> np.ndarray[Any, Any]:
        """Decode frames from the current position.

        Parameters
        ----------
        frames : int
            How many (``-1``: to the end; ``len(out)`` when ``out`` is given).
        out : np.ndarray [shape=(n, channels), dtype=float32 or float64], optional
            Preallocated C-contiguous output; the returned array is ``out[:frames_read]``.
        dtype : {'float32', 'float64'}
            Sample type when ``out`` is not given.

        Returns
        -------
        np.ndarray [shape=(frames_read, channels)]
            Samples scaled to [-1.0, 1.0) (float files are returned as stored).

        Example
        -------
        >>> import numpy as np, soundfile as sf, tempfile, os
        >>> p = os.path.join(tempfile.mkdtemp(), 'r.wav'); sf.write(p, np.full(10, 0.5), 8000)
        >>> f = AudioFile(p); f.read(4)[:, 0].tolist(), f.read().shape
        ([0.5, 0.5, 0.5, 0.5], (6, 1))
        """
        b = self._b()
        info = b.info
        remaining = info.frames - b.tell()
        if out is not None:
            if not isinstance(out, np.ndarray) or out.dtype not in (np.float32, np.float64):
                raise TypeError("out must be a float32 or float64 numpy array")
            if out.ndim != 2 or out.shape[1] != info.channels or not out.flags.c_contiguous:
                raise _value_error(f"out must be C-contiguous with shape (n, {info.channels}), got {out.shape}",
                                   self.path)
            n = out.shape[0] if frames < 0 else min(_check_int("frames", frames, 0), out.shape[0])
            target = out
        else:
            if dtype not in ("float32", "float64"):
                raise _value_error(f"dtype must be 'float32' or 'float64', got {dtype!r}", self.path)
            n = remaining if frames == -1 else _check_int("frames", frames, 0)
            target = np.empty((min(n, max(remaining, 0)), info.channels), dtype)
        got = b.read_into(target[:min(n, target.shape[0])])
        return target[:got]

    def read_as_numpy(self, start_packet: int = 0, packet_count: int | None = None) -> np.ndarray[Any, Any]:
        """Decode ``packet_count`` packets from ``start_packet`` to float32 ``(frames, channels)``.

        For PCM a packet is a frame. Compressed files are decoded too; where the
        format has no fixed frames per packet (every libsndfile-decoded codec)
        packets count frames. The read position is left unchanged.

        Example
        -------
        >>> import numpy as np, soundfile as sf, tempfile, os
        >>> p = os.path.join(tempfile.mkdtemp(), 'n.ogg'); sf.write(p, np.zeros((4410, 2)), 44100)
        >>> AudioFile(p).read_as_numpy(0, 100).shape
        (100, 2)
        """
        b = self._b()
        start = _check_int("start_packet", start_packet, 0)
        fpp = b.info.format.frames_per_packet or 1
        first = start * fpp
        if first > b.info.frames:
            raise _value_error(f"start_packet {start} is beyond the end of the file", self.path)
        count = b.info.frames - first if packet_count is None else _check_int("packet_count", packet_count, 0) * fpp
        here = b.tell()
        try:
            b.seek(first)
            return self.read(count)
        finally:
            b.seek(here)

    def read_packets(self, start_packet: int, packet_count: int) -> tuple[bytes, int]:
        """Raw packets: the file's PCM bytes as :attr:`format` describes them.

        Returns
        -------
        (bytes, int)
            The data and the number of packets in it (fewer at the end of the file).

        Raises
        ------
        AudioFileError
            For compressed files on the portable backend (use :meth:`read_as_numpy`).

        Example
        -------
        >>> import numpy as np, soundfile as sf, tempfile, os
        >>> p = os.path.join(tempfile.mkdtemp(), 'p.wav'); sf.write(p, np.zeros((8, 2)), 8000, subtype='PCM_24')
        >>> data, n = AudioFile(p).read_packets(2, 4); len(data), n
        (24, 4)
        """
        b = self._b()
        start = _check_int("start_packet", start_packet, 0)
        count = _check_int("packet_count", packet_count, 0)
        if start > b.info.frames:
            raise _value_error(f"start_packet {start} is beyond the end of the file ({b.info.frames})", self.path)
        return b.read_raw(start, min(count, b.info.frames - start))

    def blocks(self, blocksize: int, overlap: int = 0, *, frames: int = -1, copy: bool = True,
               dtype: FloatDType = "float32") -> Iterator[np.ndarray[Any, Any]]:
        """Iterate over the file from the current position in blocks of ``blocksize`` frames.

        Consecutive blocks start ``blocksize - overlap`` frames apart; the last one
        may be shorter.

        Parameters
        ----------
        blocksize : int
            Frames per block (>= 1).
        overlap : int
            Frames each block shares with the previous one (0 <= overlap < blocksize).
        frames : int
            Stop after this many new frames (-1: the end of the file).
        copy : bool
            ``True`` yields a new array per block; ``False`` yields views into one
            buffer taken from the shared :class:`~coremusic.audio.buffer_pool.BufferPool`
            that the next block overwrites (faster; copy what you keep).
        dtype : {'float32', 'float64'}

        Example
        -------
        >>> import numpy as np, soundfile as sf, tempfile, os
        >>> p = os.path.join(tempfile.mkdtemp(), 'b.wav'); sf.write(p, np.zeros(10), 8000)
        >>> [len(b) for b in AudioFile(p).blocks(4, overlap=1)]
        [4, 4, 4]
        """
        b = self._b()
        size = _check_int("blocksize", blocksize, 1)
        lap = _check_int("overlap", overlap, 0)
        if lap >= size:
            raise _value_error(f"overlap ({lap}) must be smaller than blocksize ({size})", self.path)
        if dtype not in ("float32", "float64"):
            raise _value_error(f"dtype must be 'float32' or 'float64', got {dtype!r}", self.path)
        return self._blocks(b, size, lap, frames, copy, dtype)

    def _blocks(self, b: FileBackend, size: int, lap: int, frames: int, copy: bool,
                dtype: str) -> Iterator[np.ndarray[Any, Any]]:
        remaining = b.info.frames - b.tell() if frames < 0 else frames
        if copy:
            yield from self._fresh_blocks(b, size, lap, remaining, dtype)
            return
        buf = self._pool.acquire((size, b.info.channels), dtype)
        try:
            filled = 0
            while remaining > 0:
                if self._backend is not b:
                    raise _value_error(f"AudioFile {self.path!r} was closed during iteration", self.path)
                want = min(size - filled, remaining)
                got = b.read_into(buf[filled:filled + want])
                if got == 0:
                    return
                remaining -= got
                total = filled + got
                yield buf[:total]
                if total < size:
                    return
                buf[:lap] = buf[size - lap:size]
                filled = lap
        finally:
            self._pool.release(buf)

    def _fresh_blocks(self, b: FileBackend, size: int, lap: int, remaining: int,
                      dtype: str) -> Iterator[np.ndarray[Any, Any]]:
        """One new array per block, decoded straight into it (the overlap is copied from the previous one)."""
        prev: np.ndarray[Any, Any] | None = None
        while remaining > 0:
            if self._backend is not b:
                raise _value_error(f"AudioFile {self.path!r} was closed during iteration", self.path)
            filled = lap if prev is not None else 0
            want = min(size - filled, remaining)
            block = np.empty((filled + want, b.info.channels), dtype)
            if prev is not None:
                block[:lap] = prev[size - lap:]
            got = b.read_into(block[filled:])
            if got == 0:
                return
            remaining -= got
            total = filled + got
            yield block if total == block.shape[0] else block[:total].copy()
            if total < size:
                return
            prev = block

    # ----------------------------------------------------------------- writing
    def write(self, data: Any) -> None:
        """Append frames at the current position (files opened writable).

        Parameters
        ----------
        data : array_like [shape=(frames, channels) or (frames,) for mono]
            Float samples in [-1.0, 1.0] or integer samples (int16/int32 full scale).

        Example
        -------
        >>> import numpy as np, tempfile, os
        >>> p = os.path.join(tempfile.mkdtemp(), 'w.wav')
        >>> with AudioFile(p, mode='w', samplerate=8000, channels=1) as f:
        ...     f.write(np.zeros(10)); f.frames
        10
        """
        b = self._b()
        if self.mode == "r":
            raise AudioFileError(f"{self.path!r} is open read-only; open it with writable=True or mode='w'",
                                 obj=self.path)
        arr = np.asarray(data)
        if arr.dtype.kind not in "iuf":
            raise TypeError(f"audio data must be numeric, not {arr.dtype}")
        if arr.ndim == 1:
            arr = arr[:, None]
        if arr.ndim != 2 or arr.shape[1] != b.info.channels:
            raise _value_error(f"data of shape {np.shape(data)} does not fit a {b.info.channels}-channel file",
                               self.path)
        self._check_wav_limit(b.info, arr.shape[0])
        b.write(np.ascontiguousarray(arr))

    def _check_wav_limit(self, info: FileInfo, new_frames: int) -> None:
        """Refuse writes that would take a plain WAV/AIFF past its 32-bit size fields."""
        per_frame = info.format.bytes_per_frame
        if info.container not in ("WAV", "AIFF") or not per_frame:
            return
        total = (info.frames + new_frames) * per_frame
        if total > _RIFF_LIMIT:
            raise AudioFileError(
                f"writing {new_frames} more frames would take {self.path!r} to {total / 2**30:.2f} GiB of samples, "
                f"past the 4 GiB limit of {info.container} files; write RF64 (format='RF64'), W64 or CAF instead",
                obj=self.path)

    # ----------------------------------------------------------------- metadata
    @property
    def metadata(self) -> dict[str, str]:
        """libsndfile's string fields present in the file (``title``, ``artist``, ``date`` ...)."""
        return self._b().metadata()

    def set_metadata(self, values: Mapping[str, str]) -> None:
        """Store string metadata (files opened writable; keys from ``METADATA_FIELDS``).

        FLAC and Ogg files take metadata only before the first :meth:`write`.

        Example
        -------
        >>> import numpy as np, tempfile, os
        >>> p = os.path.join(tempfile.mkdtemp(), 'm.wav')
        >>> with AudioFile(p, mode='w', samplerate=8000, channels=1) as f:
        ...     f.set_metadata({'artist': 'me'}); f.write(np.zeros(8))
        >>> AudioFile(p).metadata
        {'artist': 'me'}
        """
        b = self._b()
        if not isinstance(values, Mapping):
            raise TypeError(f"metadata must be a mapping, not {type(values).__name__}")
        clean: dict[str, str] = {}
        for key, value in values.items():
            if key not in METADATA_FIELDS:
                raise _value_error(f"unknown metadata field {key!r}; known: {', '.join(METADATA_FIELDS)}",
                                   self.path)
            if not isinstance(value, str):
                raise TypeError(f"metadata value for {key!r} must be a str, not {type(value).__name__}")
            clean[key] = value
        if self.mode == "r":
            raise AudioFileError(f"{self.path!r} is open read-only; open it with writable=True", obj=self.path)
        b.set_metadata(clean)

    def get_property(self, property_id: int | str) -> bytes:
        """An AudioToolbox ``AudioFile`` property (macOS backend only).

        Raises
        ------
        PlatformNotSupportedError
            On the portable backends, which have no AudioFile properties.

        Example
        -------
        >>> import sys, numpy as np, soundfile as sf, tempfile, os
        >>> p = os.path.join(tempfile.mkdtemp(), 'g.wav'); sf.write(p, np.zeros(10), 8000)
        >>> try:
        ...     AudioFile(p).get_property('dfmt')
        ... except PlatformNotSupportedError as exc:
        ...     exc.framework
        'AudioToolbox'
        """
        self._b()
        raise PlatformNotSupportedError.for_framework(
            "AudioToolbox", alternative="AudioFile.format, .frames, .metadata")

    def set_property(self, property_id: int | str, data: bytes) -> None:
        """Set an AudioToolbox ``AudioFile`` property (macOS backend only).

        Raises
        ------
        PlatformNotSupportedError
            On the portable backends.

        Example
        -------
        >>> import numpy as np, soundfile as sf, tempfile, os
        >>> p = os.path.join(tempfile.mkdtemp(), 's.wav'); sf.write(p, np.zeros(10), 8000)
        >>> try:
        ...     AudioFile(p, writable=True).set_property('info', b'')
        ... except PlatformNotSupportedError as exc:
        ...     exc.alternative
        'AudioFile.set_metadata()'
        """
        self._b()
        raise PlatformNotSupportedError.for_framework("AudioToolbox", alternative="AudioFile.set_metadata()")

    available_formats = staticmethod(available_formats)
    available_subtypes = staticmethod(available_subtypes)

    def __repr__(self) -> str:
        if self._backend is None:
            return f"AudioFile({self.path!r}, closed)"
        i = self._backend.info
        return (f"AudioFile({self.path!r}, {i.container}/{i.subtype}, {i.sample_rate:g} Hz, {i.channels} ch, "
                f"{i.frames} frames, mode={self.mode!r}, backend={i.backend!r})")
