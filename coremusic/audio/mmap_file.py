"""Memory-mapped, zero-copy access to PCM WAV (RIFF, RF64, BW64), AIFF/AIFF-C and CAF files.

:class:`MMapAudioFile` maps the file, parses its header with
:mod:`coremusic.audio.file_headers`, and converts samples to float32 with
vectorised numpy only for the frames asked for: ``f[a:b:step]`` touches only
the pages that hold those frames, so a few seconds of a multi-gigabyte
recording cost a few seconds' worth of I/O.

Example
-------
>>> import numpy as np, soundfile as sf, tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), 'tone.wav')
>>> sf.write(path, np.zeros((1000, 2), np.float32), 8000, subtype='PCM_16')
>>> with MMapAudioFile(path) as f:
...     len(f), f[100:200:10].shape, f.view.dtype
(1000, (10, 2), dtype('int16'))
"""

from __future__ import annotations

import mmap
import os
import stat
import weakref
from typing import Any, overload

import numpy as np

from coremusic.audio.file_convert import pcm_to_float
from coremusic.audio.file_headers import PCMLayout, parse_pcm_header
from coremusic.exceptions import AudioFileError, CoreAudioError, error_class_for
from coremusic.formats import AudioFormat

__all__ = ["MMapAudioFile"]

_HAVE_PREADV = hasattr(os, "preadv")  # not on Windows: there floats go through the mapping too


def _open_error(path: str, exc: OSError) -> CoreAudioError:
    builtin = ("FileNotFoundError" if isinstance(exc, FileNotFoundError)
               else "FileExistsError" if isinstance(exc, FileExistsError)
               else "PermissionError" if isinstance(exc, PermissionError) else None)
    cls = error_class_for("audiofile", builtin)
    return cls(f"cannot open audio file {path!r}: {exc.strerror or exc}", obj=path)


_PCM_MAGICS = (b"RIFF", b"RF64", b"BW64", b"FORM", b"caff")


def _open_for_reading(path: str) -> Any:
    """Open a regular file for reading; FIFOs, sockets and devices are refused before ``open`` could block."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise _open_error(path, exc) from exc
    if stat.S_ISDIR(mode):
        raise AudioFileError(f"cannot open audio file {path!r}: it is a directory", obj=path)
    if not stat.S_ISREG(mode):
        raise AudioFileError(f"cannot open audio file {path!r}: not a regular file (a pipe, socket or device)",
                             obj=path)
    try:
        return open(path, "rb")
    except OSError as exc:
        raise _open_error(path, exc) from exc


def _closed_error(kind: str, path: str) -> CoreAudioError:
    return error_class_for("audiofile", "ValueError")(f"I/O operation on closed {kind} {path!r}", obj=path)


def _release_map(mm: mmap.mmap, fh: Any) -> None:
    """Close a mapping unless numpy views still use it (then the views keep it alive)."""
    try:
        mm.close()
    except BufferError:
        pass  # exported views hold the mapping; it is unmapped when the last one dies
    fh.close()


class MMapAudioFile:
    """A read-only memory-mapped PCM file with numpy access.

    Parameters
    ----------
    path : str or os.PathLike
        A WAV (RIFF, RF64, BW64), AIFF, AIFF-C (``'NONE'``, ``'twos'``, ``'sowt'``,
        ``'fl32'``, ``'fl64'``) or CAF (``'lpcm'``) file with 8/16/24/32-bit
        integer or 32/64-bit float samples.

    Raises
    ------
    AudioFileError
        The file is malformed, truncated or not PCM (the message says which);
        it is also a ``FileNotFoundError`` / ``PermissionError`` when the file
        cannot be opened.

    Notes
    -----
    Arrays returned by :attr:`view` and :meth:`read_frames` share memory with
    the mapping. After :meth:`close` they stay valid (the mapping lives until
    the last of them is gone), but the file object refuses further calls.

    As with every memory map, another process must not truncate the file while
    it is mapped: touching pages past the new end makes the OS kill the process
    (``SIGBUS``). Appending is harmless (the mapping keeps its original length).

    Example
    -------
    >>> import numpy as np, soundfile as sf, tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), 'x.aiff')
    >>> sf.write(path, np.full((4, 1), 0.5), 44100, subtype='PCM_24')
    >>> f = MMapAudioFile(path)
    >>> f.read_as_numpy()[:, 0].tolist()
    [0.5, 0.5, 0.5, 0.5]
    >>> f.close(); f.closed
    True
    """

    _mm: mmap.mmap | None = None

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self._layout: PCMLayout | None = None
        self._raw: np.ndarray[Any, Any] | None = None
        self._src: np.ndarray[Any, Any] | None = None  # what the converter reads (see _make_source)
        self._fd = -1
        self._finalizer: weakref.finalize[Any, Any] | None = None
        self.open()

    # ----------------------------------------------------------------- lifetime
    def open(self) -> MMapAudioFile:
        """Map the file (done by the constructor; reopens after :meth:`close`).

        Example
        -------
        >>> import numpy as np, soundfile as sf, tempfile, os
        >>> p = os.path.join(tempfile.mkdtemp(), 'o.wav'); sf.write(p, np.zeros(3), 8000)
        >>> f = MMapAudioFile(p); f.close(); f.open().closed
        False
        """
        if self._mm is not None:
            return self
        fh = _open_for_reading(self.path)
        try:
            size = os.fstat(fh.fileno()).st_size
            if size == 0:
                raise AudioFileError(f"{self.path!r}: file is empty (0 bytes)", obj=self.path)
            head = fh.read(12)
            if len(head) == 12 and head[:4] not in _PCM_MAGICS:
                # not a PCM container (FLAC, MP3 ...): the header parser says so
                # from these 12 bytes, without mapping the file
                parse_pcm_header(head, name=self.path)
            mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except OSError as exc:
            fh.close()
            raise AudioFileError(f"cannot map {self.path!r}: {exc}", obj=self.path) from exc
        except BaseException:
            fh.close()
            raise
        try:
            layout = parse_pcm_header(mm, name=self.path)
            raw = self._make_raw(mm, layout)
            src = self._make_source(mm, layout, raw)
        except BaseException:
            _release_map(mm, fh)
            raise
        self._mm = mm
        self._layout = layout
        self._raw = raw
        self._src = src
        self._fd = fh.fileno()
        self._finalizer = weakref.finalize(self, _release_map, mm, fh)
        return self

    @staticmethod
    def _make_raw(mm: mmap.mmap, layout: PCMLayout) -> np.ndarray[Any, Any]:
        """A read-only ndarray over the sample data: (frames, channels) or (frames, channels, 3) bytes."""
        nsamples = layout.frames * layout.channels
        if layout.frames == 0:
            shape: tuple[int, ...] = (0, layout.channels) if layout.numpy_dtype else (0, layout.channels, 3)
            return np.empty(shape, layout.numpy_dtype or np.uint8)
        if layout.numpy_dtype is None:  # packed 24-bit
            flat = np.frombuffer(mm, np.uint8, nsamples * 3, layout.data_offset)
            return flat.reshape(layout.frames, layout.channels, 3)
        flat = np.frombuffer(mm, layout.numpy_dtype, nsamples, layout.data_offset)
        return flat.reshape(layout.frames, layout.channels)

    @staticmethod
    def _make_source(mm: mmap.mmap, layout: PCMLayout, raw: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        """The array the float conversion reads.

        For packed 24-bit samples this is a strided view of 4-byte words, one per
        sample, each starting one byte *before* its sample (stride 3 bytes): the
        sample's three bytes land in the word's upper 24 bits (little-endian) or
        lower 24 bits (big-endian), so one vectorised mask or shift yields
        ``sample << 8`` without assembling bytes. The byte before the first
        sample always exists (it is part of the header).
        """
        if layout.encoding != "int24" or layout.frames == 0:
            return raw
        if layout.data_offset < 1:  # pragma: no cover - every container has a header
            raise AudioFileError("24-bit data at offset 0")
        dtype = ">i4" if layout.big_endian else "<i4"
        return np.ndarray((layout.frames, layout.channels), dtype, buffer=mm, offset=layout.data_offset - 1,
                          strides=(layout.block_align, 3))

    def close(self) -> None:
        """Release the mapping and the file (idempotent).

        Example
        -------
        >>> import numpy as np, soundfile as sf, tempfile, os
        >>> p = os.path.join(tempfile.mkdtemp(), 'c.wav'); sf.write(p, np.zeros(3), 8000)
        >>> f = MMapAudioFile(p); f.close(); f.close(); f.closed
        True
        """
        if self._mm is None:
            return
        self._raw = None
        self._src = None
        self._fd = -1
        self._mm = None
        if self._finalizer is not None:
            self._finalizer()
            self._finalizer = None

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._mm is None

    def __enter__(self) -> MMapAudioFile:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check(self) -> PCMLayout:
        if self._mm is None or self._layout is None:
            raise _closed_error("MMapAudioFile", self.path)
        return self._layout

    def _raw_array(self) -> np.ndarray[Any, Any]:
        self._check()
        assert self._raw is not None
        return self._raw

    def _source(self) -> np.ndarray[Any, Any]:
        self._check()
        assert self._src is not None
        return self._src

    # ----------------------------------------------------------------- info
    @property
    def layout(self) -> PCMLayout:
        """The parsed header: data offset, sample encoding, byte order."""
        return self._check()

    @property
    def format(self) -> AudioFormat:
        """The samples' :class:`~coremusic.formats.AudioFormat` as stored in the file."""
        return self._check().audio_format()

    @property
    def frame_count(self) -> int:
        """Number of frames."""
        return self._check().frames

    @property
    def sample_rate(self) -> float:
        """Frames per second."""
        return self._check().sample_rate

    @property
    def channels(self) -> int:
        """Channels per frame."""
        return self._check().channels

    @property
    def duration(self) -> float:
        """Length in seconds."""
        layout = self._check()
        return layout.frames / layout.sample_rate

    def __len__(self) -> int:
        return self.frame_count

    @property
    def view(self) -> np.ndarray[Any, Any]:
        """The samples in their file dtype, shape ``(frames, channels)``, zero-copy and read-only.

        Packed 24-bit files have no numpy dtype: their view is ``uint8`` of shape
        ``(frames, channels, 3)`` (the three bytes in file order).
        """
        return self._raw_array()

    # ----------------------------------------------------------------- reading
    def _range(self, start: int, n: int | None) -> tuple[int, int]:
        frames = self._check().frames
        if isinstance(start, bool) or not isinstance(start, (int, np.integer)):
            raise TypeError(f"start must be an int, not {type(start).__name__}")
        if not 0 <= start <= frames:
            raise ValueError(f"start {start} is outside the file's {frames} frames")
        if n is None:
            return int(start), frames - int(start)
        if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
            raise TypeError(f"n must be an int or None, not {type(n).__name__}")
        if n < 0:
            raise ValueError(f"n must be >= 0, got {n}")
        return int(start), min(int(n), frames - int(start))

    def read_frames(self, start: int, n: int) -> bytes:
        """The raw bytes of ``n`` frames from frame ``start`` (fewer at the end of the file).

        Example
        -------
        >>> import numpy as np, soundfile as sf, tempfile, os
        >>> p = os.path.join(tempfile.mkdtemp(), 'r.wav'); sf.write(p, np.zeros(8), 8000, subtype='PCM_16')
        >>> len(MMapAudioFile(p).read_frames(2, 3))
        6
        """
        layout = self._check()
        start, count = self._range(start, n)
        assert self._mm is not None
        begin = layout.data_offset + start * layout.block_align
        return self._mm[begin:begin + count * layout.block_align]

    def read_as_numpy(self, start: int = 0, n: int | None = None, *,
                      out: np.ndarray[Any, Any] | None = None) -> np.ndarray[Any, Any]:
        """``n`` frames from ``start`` (default: to the end) as float32 ``(frames, channels)``.

        Parameters
        ----------
        start : int
            First frame.
        n : int, optional
            Frame count (clipped at the end of the file).
        out : np.ndarray [shape=(>= n, channels), dtype=float32 or float64], optional
            Where to write; with ``n=None`` as many frames as fit are read. The
            result is ``out`` itself, or its first rows when fewer frames remain.

        Example
        -------
        >>> import numpy as np, soundfile as sf, tempfile, os
        >>> p = os.path.join(tempfile.mkdtemp(), 'n.caf'); sf.write(p, np.full((5, 2), -0.25), 8000, subtype='PCM_16')
        >>> MMapAudioFile(p).read_as_numpy(1, 2).tolist()
        [[-0.25, -0.25], [-0.25, -0.25]]
        """
        start, count = self._range(start, n)
        if out is None:
            return self.convert_into(start, np.empty((count, self._check().channels), np.float32))
        if not isinstance(out, np.ndarray) or out.ndim != 2:
            raise ValueError("out must be a C-contiguous 2-D float32 or float64 array")
        if n is None:
            count = min(count, out.shape[0])
        elif out.shape[0] < count:
            raise ValueError(f"out has room for {out.shape[0]} frames, {count} were asked for")
        return self.convert_into(start, out if out.shape[0] == count else out[:count])

    def convert_into(self, start: int, out: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        """Convert ``len(out)`` frames from frame ``start`` into float ``out`` (the readers' fast path).

        Native float samples whose dtype equals ``out``'s are read with one
        ``preadv`` straight into ``out`` (the kernel copies once, no page
        faults on the mapping); everything else is converted from the mapping.

        Example
        -------
        >>> import numpy as np, soundfile as sf, tempfile, os
        >>> p = os.path.join(tempfile.mkdtemp(), 'c.wav'); sf.write(p, np.full(6, 0.25), 8000, subtype='FLOAT')
        >>> MMapAudioFile(p).convert_into(2, np.empty((3, 1), np.float32))[:, 0].tolist()
        [0.25, 0.25, 0.25]
        """
        layout = self._check()
        if not isinstance(out, np.ndarray) or out.ndim != 2 or not out.flags.c_contiguous:
            raise ValueError("out must be a C-contiguous 2-D float32 or float64 array")
        count = out.shape[0]
        if start < 0 or start + count > layout.frames:
            raise ValueError(f"frames {start}..{start + count} are outside the file's {layout.frames} frames")
        if (count and _HAVE_PREADV and layout.encoding in ("float32", "float64")
                and np.dtype(layout.numpy_dtype) == out.dtype and out.shape[1] == layout.channels):
            self._pread(layout.data_offset + start * layout.block_align, out)
            return out
        return self._convert(self._source()[start:start + count], out)

    def _pread(self, offset: int, out: np.ndarray[Any, Any]) -> None:
        view = out.data.cast("B")
        done = 0
        while done < len(view):
            got = os.preadv(self._fd, [view[done:]], offset + done)
            if got <= 0:
                raise AudioFileError(f"{self.path!r}: file shrank while reading (short read at byte "
                                     f"{offset + done})", obj=self.path)
            done += got

    def _convert(self, src: np.ndarray[Any, Any], out: np.ndarray[Any, Any] | None) -> np.ndarray[Any, Any]:
        layout = self._check()
        if out is None:
            out = np.empty(src.shape[:2], np.float32)
        elif not isinstance(out, np.ndarray) or not out.flags.c_contiguous or out.ndim != 2:
            raise ValueError("out must be a C-contiguous 2-D float32 or float64 array")
        return pcm_to_float(src, layout.encoding, out, big_endian=layout.big_endian)

    @overload
    def __getitem__(self, key: int) -> np.ndarray[Any, Any]: ...

    @overload
    def __getitem__(self, key: slice) -> np.ndarray[Any, Any]: ...

    def __getitem__(self, key: int | slice) -> np.ndarray[Any, Any]:
        """``f[i]`` -> one frame ``(channels,)``; ``f[a:b:step]`` -> float32 ``(frames, channels)``.

        Only the frames selected are read and converted.
        """
        raw = self._source()
        if isinstance(key, slice):
            return self._convert(raw[key], None)
        if isinstance(key, bool) or not isinstance(key, (int, np.integer)):
            raise TypeError(f"MMapAudioFile indices must be ints or slices, not {type(key).__name__}")
        frames = raw.shape[0]
        index = int(key) + frames if key < 0 else int(key)
        if not 0 <= index < frames:
            raise IndexError(f"frame {key} is out of range for a file of {frames} frames")
        frame: np.ndarray[Any, Any] = self._convert(raw[index:index + 1], None)[0]
        return frame

    def __repr__(self) -> str:
        if self._layout is None or self._mm is None:
            return f"MMapAudioFile({self.path!r}, closed)"
        lay = self._layout
        return (f"MMapAudioFile({self.path!r}, {lay.container}, {lay.sample_rate:g} Hz, {lay.channels} ch, "
                f"{lay.encoding}{' big-endian' if lay.big_endian and lay.sample_bytes > 1 else ''}, "
                f"{lay.frames} frames)")
