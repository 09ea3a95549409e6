"""Python-backed audio files: :class:`FileCallbacks` and the C trampolines that call it.

The four trampolines (read, write, get size, set size) are made once; each
open file passes its own :class:`~coremusic.capi._toolbox.CallbackState` as
the client-data pointer, and :data:`FILES` keeps that state alive, keyed by
the ``AudioFileID`` handle, until the file is closed.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import Any, Protocol

from coremusic._ffi import ffi
from coremusic.capi._base import handle_of
from coremusic.capi._toolbox import CallbackState, Registry, call_guarded, nonneg64

__all__ = ["FILES", "FileCallbacks", "open_with_callbacks"]

# What a trampoline returns to AudioToolbox when the Python callback raised
# (kAudioFileUnspecifiedError 'wht?'); the exception itself is re-raised in Python.
UNSPECIFIED_ERROR = 0x7768743F

FILES = Registry("AudioFile")


class _ReadFn(Protocol):
    def __call__(self, position: int, count: int) -> bytes | bytearray | memoryview: ...


class FileCallbacks:
    """The four procedures of a Python-backed audio file.

    Parameters
    ----------
    read : callable ``(position, count) -> bytes``
        Return at most ``count`` bytes starting at byte ``position`` (fewer at
        the end of the data).
    get_size : callable ``() -> int``
        The current size of the data in bytes.
    write : callable ``(position, data) -> int``, optional
        Store ``data`` at ``position``; return the number of bytes written.
        Needed for writable files.
    set_size : callable ``(size) -> None``, optional
        Truncate or extend the data to ``size`` bytes.  Needed for writable files.

    Example
    -------
    >>> import io
    >>> cbs = FileCallbacks.from_file(io.BytesIO(b"RIFF...."))
    >>> cbs.read(0, 4), cbs.get_size()
    (b'RIFF', 8)
    """

    __slots__ = ("__weakref__", "get_size", "read", "set_size", "write")

    def __init__(self, read: _ReadFn, get_size: Callable[[], int],
                 write: Callable[[int, bytes], int] | None = None,
                 set_size: Callable[[int], None] | None = None) -> None:
        for what, fn, required in (("read", read, True), ("get_size", get_size, True),
                                   ("write", write, False), ("set_size", set_size, False)):
            if fn is None and not required:
                continue
            if not callable(fn):
                raise TypeError(f"{what} must be callable, not {type(fn).__name__}")
        self.read = read
        self.get_size = get_size
        self.write = write
        self.set_size = set_size

    @property
    def writable(self) -> bool:
        """Whether ``write`` and ``set_size`` are both provided."""
        return self.write is not None and self.set_size is not None

    @classmethod
    def from_file(cls, fileobj: Any, *, writable: bool = False) -> FileCallbacks:
        """Callbacks over a seekable binary file object (``io.BytesIO``, ``open(p, 'rb')`` ...).

        Example
        -------
        >>> import io
        >>> FileCallbacks.from_file(io.BytesIO(), writable=True).writable
        True
        """
        for attr in ("read", "seek", "tell"):
            if not callable(getattr(fileobj, attr, None)):
                raise TypeError(f"the file object has no {attr}() method: {type(fileobj).__name__}")
        if writable:
            for attr in ("write", "truncate"):
                if not callable(getattr(fileobj, attr, None)):
                    raise TypeError(f"a writable file object needs {attr}(): {type(fileobj).__name__}")

        def read(position: int, count: int) -> bytes:
            fileobj.seek(position)
            return bytes(fileobj.read(count))

        def get_size() -> int:
            here = fileobj.tell()
            fileobj.seek(0, os.SEEK_END)
            size = int(fileobj.tell())
            fileobj.seek(here)
            return size

        def write(position: int, data: bytes) -> int:
            fileobj.seek(position)
            written = fileobj.write(data)
            return len(data) if written is None else int(written)

        def set_size(size: int) -> None:
            fileobj.truncate(size)

        if writable:
            return cls(read, get_size, write, set_size)
        return cls(read, get_size)

    def __repr__(self) -> str:
        return f"<FileCallbacks {'read-write' if self.writable else 'read-only'}>"


def _as_callbacks(source: Any, writable: bool) -> FileCallbacks:
    if isinstance(source, FileCallbacks):
        if writable and not source.writable:
            raise ValueError("a writable file needs FileCallbacks with write and set_size")
        return source
    if callable(getattr(source, "read", None)) and callable(getattr(source, "seek", None)):
        return FileCallbacks.from_file(source, writable=writable)
    raise TypeError(f"expected FileCallbacks or a seekable binary file object, not {type(source).__name__}")


def _read_proc(client: Any, position: int, request: int, buffer: Any, actual: Any) -> int:
    state: CallbackState = ffi.from_handle(client)
    try:
        data = state.target.read(int(position), int(request))
        view = memoryview(data).cast("B")
        if view.nbytes > request:
            raise ValueError(f"read callback returned {view.nbytes} bytes for a request of {request}")
        if view.nbytes:
            ffi.memmove(buffer, view, view.nbytes)
        actual[0] = view.nbytes
        return 0
    except BaseException as exc:  # never let it reach C; re-raised after the C call
        state.fail(exc)
        actual[0] = 0
        return UNSPECIFIED_ERROR


def _write_proc(client: Any, position: int, request: int, buffer: Any, actual: Any) -> int:
    state: CallbackState = ffi.from_handle(client)
    try:
        written = state.target.write(int(position), bytes(ffi.buffer(buffer, request)))
        if isinstance(written, bool) or not isinstance(written, int) or not 0 <= written <= request:
            raise ValueError(f"write callback must return the bytes written (0..{request}), got {written!r}")
        actual[0] = written
        return 0
    except BaseException as exc:
        state.fail(exc)
        actual[0] = 0
        return UNSPECIFIED_ERROR


def _get_size_proc(client: Any) -> int:
    state: CallbackState = ffi.from_handle(client)
    try:
        size = state.target.get_size()
        return nonneg64(size, "get_size() result")
    except BaseException as exc:
        state.fail(exc)
        return 0


def _set_size_proc(client: Any, size: int) -> int:
    state: CallbackState = ffi.from_handle(client)
    try:
        state.target.set_size(int(size))
        return 0
    except BaseException as exc:
        state.fail(exc)
        return UNSPECIFIED_ERROR


@functools.cache
def _file_trampolines() -> tuple[Any, Any, Any, Any]:
    """The four C trampolines, made once; the per-file state travels as client data."""
    return (ffi.callback("AudioFile_ReadProc", _read_proc, error=UNSPECIFIED_ERROR),
            ffi.callback("AudioFile_WriteProc", _write_proc, error=UNSPECIFIED_ERROR),
            ffi.callback("AudioFile_GetSizeProc", _get_size_proc, error=0),
            ffi.callback("AudioFile_SetSizeProc", _set_size_proc, error=UNSPECIFIED_ERROR))


def open_with_callbacks(name: str, source: Any, writable: bool, *tail: Any) -> int:
    """Call ``name`` (``AudioFileOpenWithCallbacks`` or ``...InitializeWithCallbacks``)
    with the trampolines and ``*tail``; register the state under the new handle."""
    callbacks = _as_callbacks(source, writable)
    state = CallbackState(name, callbacks)
    read, write, get_size, set_size = _file_trampolines()
    if not callbacks.writable:
        write = set_size = ffi.NULL
    out = ffi.new("AudioFileID *")
    try:
        call_guarded(state, name, state.c_handle, read, write, get_size, set_size, *tail, out)
    except BaseException:
        state.detach()
        raise
    handle = handle_of(out[0])
    FILES.add(handle, state)
    return handle
