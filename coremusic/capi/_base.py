"""Shared machinery of the functional layer: calling, checking, marshalling.

Conventions of :mod:`coremusic.capi` (every area module follows them):

- one snake_case function per C function (``AudioFileOpenURL`` ->
  ``audio_file_open_url``), taking and returning Python values;
- a non-zero ``OSStatus`` raises through :func:`call` (the one checking helper);
- out-parameters become return values (a tuple when there are several);
- opaque OS objects (``AudioFileID``, ``ExtAudioFileRef`` ...) are passed around
  as ``int`` handles (the pointer's address); ``0`` is never a valid handle;
- FourCC arguments accept ``str`` or ``int``;
- property getters return ``bytes`` (size query, then read); typed helpers in
  the object layer decode them.
"""

from __future__ import annotations

from typing import Any

from coremusic._ffi import ffi, lib
from coremusic.exceptions import check_status
from coremusic.utils.fourcc import as_fourcc_int

__all__ = [
    "as_handle",
    "as_pointer",
    "buffer_from",
    "call",
    "fourcc",
    "handle_of",
    "new",
]


def call(name: str, *args: Any, obj: str | None = None) -> None:
    """Call the C function ``name`` and raise on a non-zero ``OSStatus``."""
    check_status(getattr(lib, name)(*args), name, obj=obj)


def new(ctype: str, init: Any = None) -> Any:
    """``ffi.new`` for an out-parameter or a struct."""
    return ffi.new(ctype, init)


def fourcc(code: str | bytes | int) -> int:
    """A FourCC argument as the unsigned 32-bit integer C wants."""
    return as_fourcc_int(code)


def handle_of(pointer: Any) -> int:
    """The integer handle of an opaque pointer (0 for NULL)."""
    return int(ffi.cast("uintptr_t", pointer))


def as_pointer(ctype: str, handle: int, what: str) -> Any:
    """An opaque pointer from a handle, refusing 0 and non-integers."""
    if isinstance(handle, bool) or not isinstance(handle, int):
        raise TypeError(f"{what} must be an integer handle, not {type(handle).__name__}")
    if handle == 0:
        raise ValueError(f"{what} is a NULL handle (closed or never opened)")
    return ffi.cast(ctype, handle)


as_handle = handle_of


def buffer_from(data: Any, what: str = "data", *, writable: bool = False) -> tuple[Any, int]:
    """A ``char *`` over a bytes-like object (bytes, bytearray, memoryview, numpy
    array) and its size in bytes; NULL for an empty buffer.

    The pointer borrows ``data``: keep ``data`` alive while C uses it.  The
    check uses a memoryview that is released at once, and the pointer is taken
    from ``data`` itself: a cdata exporting the buffer of a private memoryview
    crashes the interpreter when the cycle collector clears both together.
    """
    if isinstance(data, str):
        raise TypeError(f"{what} must be a bytes-like object (bytes, bytearray, memoryview or numpy array), not str")
    try:
        view = memoryview(data)
    except TypeError:
        raise TypeError(f"{what} must be a bytes-like object, not {type(data).__name__}") from None
    with view:
        if not view.c_contiguous:
            raise ValueError(f"{what} must be a C-contiguous buffer")
        if writable and view.readonly:
            raise ValueError(f"{what} must be a writable buffer (bytearray, numpy array ...)")
        nbytes = view.nbytes
    if nbytes == 0:
        return ffi.NULL, 0
    return ffi.from_buffer("char[]", data, require_writable=writable), nbytes
