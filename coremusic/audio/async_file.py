"""``AsyncAudioFile``: :class:`~coremusic.audio.file.AudioFile` for asyncio.

Every operation runs on one worker thread that belongs to the file, and its
result comes back through a future, so decoding a long MP3 or writing a big
FLAC never blocks the event loop. Operations on one file run in the order
they were awaited; different files run in parallel. It works wherever
``AudioFile`` works and uses whichever backend ``AudioFile`` picks (memory
map, libsndfile, or ExtAudioFile on macOS).

Example
-------
>>> import asyncio, os, tempfile
>>> import numpy as np
>>> from coremusic.audio.async_file import AsyncAudioFile
>>> path = os.path.join(tempfile.mkdtemp(), 'a.flac')
>>> async def main():
...     async with await AsyncAudioFile.open(path, mode='w', samplerate=8000, channels=1) as f:
...         await f.write(np.zeros(800, np.float32))
...     async with await AsyncAudioFile.open(path) as f:
...         return [block.shape async for block in f.blocks(300)]
>>> asyncio.run(main())
[(300, 1), (300, 1), (200, 1)]
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from types import TracebackType
from typing import Any, TypeVar

import numpy as np

from coremusic.audio.file import AudioFile, FloatDType
from coremusic.audio.file_backends import FileInfo
from coremusic.exceptions import error_class_for
from coremusic.formats import AudioFormat

__all__ = ["AsyncAudioFile"]

T = TypeVar("T")


class AsyncAudioFile:
    """An audio file whose I/O runs on a worker thread; every method is awaitable.

    Create it with ``await AsyncAudioFile.open(path, **kwargs)`` (the keyword
    arguments are :class:`~coremusic.audio.file.AudioFile`'s). Descriptive
    attributes (:attr:`info`, :attr:`frames`, :attr:`format` ...) are a snapshot
    refreshed after every operation, so reading them never waits.

    Notes
    -----
    :meth:`close` is idempotent and stops the worker thread; afterwards every
    method raises an ``AudioFileError`` that is also a ``ValueError``.

    Example
    -------
    >>> async def peak(path):                                                # doctest: +SKIP
    ...     async with await AsyncAudioFile.open(path) as f:
    ...         return max([float(abs(b).max()) async for b in f.blocks(65536)])
    """

    _executor: ThreadPoolExecutor | None = None

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path) if isinstance(path, (str, os.PathLike)) else path
        if not isinstance(self.path, str):
            raise TypeError(f"path must be a str or os.PathLike, not {type(path).__name__}")
        self._file: AudioFile | None = None
        self._info: FileInfo | None = None

    @classmethod
    async def open(cls, path: str | os.PathLike[str], **kwargs: Any) -> AsyncAudioFile:
        """Open ``path`` on a new worker thread (``AudioFile(path, **kwargs)`` runs there).

        Example
        -------
        >>> f = await AsyncAudioFile.open("song.mp3")                           # doctest: +SKIP
        """
        self = cls(path)
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"coremusic-file {self.path}")
        try:
            loop = asyncio.get_running_loop()
            self._file = await loop.run_in_executor(executor, lambda: AudioFile(self.path, **kwargs))
            self._info = await loop.run_in_executor(executor, lambda: self._f().info)
        except BaseException:
            executor.shutdown(wait=False)
            raise
        self._executor = executor
        return self

    def _f(self) -> AudioFile:
        if self._file is None:
            raise error_class_for("audiofile", "ValueError")(
                f"I/O operation on closed AsyncAudioFile {self.path!r}", obj=self.path)
        return self._file

    async def _run(self, fn: Callable[[AudioFile], T]) -> T:
        """Run ``fn(file)`` on the worker thread; refresh the snapshot after it."""
        file = self._f()
        executor = self._executor
        assert executor is not None

        def job() -> tuple[T, FileInfo | None]:
            result = fn(file)
            return result, (file.info if not file.closed else None)

        result, info = await asyncio.get_running_loop().run_in_executor(executor, job)
        if info is not None:
            self._info = info
        return result

    # ----------------------------------------------------------------- lifetime
    async def close(self) -> None:
        """Close the file on its worker thread and stop the thread (idempotent).

        Example
        -------
        >>> await f.close()                                                     # doctest: +SKIP
        """
        file, executor = self._file, self._executor
        if file is None or executor is None:
            return
        self._file, self._executor = None, None
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(executor, file.close)
        finally:  # join the worker without blocking the loop
            await loop.run_in_executor(None, executor.shutdown)

    @property
    def closed(self) -> bool:
        """Whether the file is closed."""
        return self._file is None

    async def __aenter__(self) -> AsyncAudioFile:
        self._f()
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        await self.close()

    # ----------------------------------------------------------------- snapshot
    @property
    def info(self) -> FileInfo:
        """Frames, rate, channels, format, container, subtype and backend (after the last operation)."""
        self._f()
        assert self._info is not None
        return self._info

    @property
    def format(self) -> AudioFormat:
        """The file's sample encoding."""
        return self.info.format

    @property
    def frames(self) -> int:
        """Length in frames."""
        return self.info.frames

    @property
    def sample_rate(self) -> float:
        """Frames per second."""
        return self.info.sample_rate

    @property
    def channels(self) -> int:
        """Channels per frame."""
        return self.info.channels

    @property
    def duration(self) -> float:
        """Length in seconds."""
        info = self.info
        return info.frames / info.sample_rate

    @property
    def backend(self) -> str:
        """The backend ``AudioFile`` picked: ``'mmap'``, ``'libsndfile'`` or ``'extaudiofile'``."""
        return self.info.backend

    # ----------------------------------------------------------------- I/O
    async def read(self, frames: int = -1, *, dtype: FloatDType = "float32",
                   out: np.ndarray[Any, Any] | None = None) -> np.ndarray[Any, Any]:
        """Decode frames from the current position (see :meth:`AudioFile.read`).

        Example
        -------
        >>> block = await f.read(4096)                                          # doctest: +SKIP
        """
        return await self._run(lambda f: f.read(frames, dtype=dtype, out=out))

    async def read_as_numpy(self, start_packet: int = 0, packet_count: int | None = None) -> np.ndarray[Any, Any]:
        """Decode packets from ``start_packet`` (see :meth:`AudioFile.read_as_numpy`)."""
        return await self._run(lambda f: f.read_as_numpy(start_packet, packet_count))

    async def read_packets(self, start_packet: int, packet_count: int) -> tuple[bytes, int]:
        """Raw packets (see :meth:`AudioFile.read_packets`)."""
        return await self._run(lambda f: f.read_packets(start_packet, packet_count))

    async def write(self, data: Any) -> None:
        """Append frames at the current position (see :meth:`AudioFile.write`).

        Example
        -------
        >>> await f.write(np.zeros((1024, 2), np.float32))                      # doctest: +SKIP
        """
        await self._run(lambda f: f.write(data))

    async def seek(self, frames: int, whence: int = os.SEEK_SET) -> int:
        """Move the position; return the new absolute frame."""
        return await self._run(lambda f: f.seek(frames, whence))

    async def tell(self) -> int:
        """The current frame position."""
        return await self._run(lambda f: f.tell())

    async def metadata(self) -> dict[str, str]:
        """The file's string metadata."""
        return await self._run(lambda f: f.metadata)

    async def set_metadata(self, values: Mapping[str, str]) -> None:
        """Store string metadata (see :meth:`AudioFile.set_metadata`)."""
        await self._run(lambda f: f.set_metadata(values))

    async def blocks(self, blocksize: int, overlap: int = 0, *, frames: int = -1,
                     dtype: FloatDType = "float32") -> AsyncIterator[np.ndarray[Any, Any]]:
        """Iterate over the file in blocks; each block is decoded on the worker thread.

        Every block is a new array (safe to keep). See :meth:`AudioFile.blocks`.

        Example
        -------
        >>> async for block in f.blocks(4096, overlap=1024):                    # doctest: +SKIP
        ...     process(block)
        """
        iterator: Iterator[np.ndarray[Any, Any]] = await self._run(
            lambda f: f.blocks(blocksize, overlap, frames=frames, copy=True, dtype=dtype))
        done = object()
        while True:
            block = await self._run(lambda f: next(iterator, done))
            if block is done:
                return
            assert isinstance(block, np.ndarray)
            yield block

    def __repr__(self) -> str:
        if self._file is None or self._info is None:
            return f"AsyncAudioFile({self.path!r}, closed)"
        i = self._info
        return (f"AsyncAudioFile({self.path!r}, {i.container}/{i.subtype}, {i.sample_rate:g} Hz, {i.channels} ch, "
                f"{i.frames} frames, backend={i.backend!r})")
