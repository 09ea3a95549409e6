"""Private helpers shared by the AudioToolbox file modules of :mod:`coremusic.capi`:
argument checks with precise exceptions, ASBD/FSRef/path marshalling, property
buffers, and the registry that keeps Python callback state alive while C holds it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Any

from coremusic._ffi import ffi
from coremusic.capi._base import buffer_from, call, fourcc
from coremusic.exceptions import CoreAudioError
from coremusic.formats import AudioFormat

__all__ = [
    "FSREF_SIZE",
    "CallbackState",
    "Registry",
    "asbd_arg",
    "buffer_arg",
    "call_guarded",
    "fourcc_arg",
    "fsref_arg",
    "int_arg",
    "nonneg64",
    "path_arg",
    "property_bytes",
    "s64",
    "u32",
]

FSREF_SIZE = 80  # sizeof(FSRef) on every Apple target
_U32_MAX = 0xFFFF_FFFF
_S64_MIN, _S64_MAX = -(2**63), 2**63 - 1


# ------------------------------------------------------------------ argument checks


def int_arg(value: Any, what: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, not {type(value).__name__}")
    if not low <= value <= high:
        if low == 0 and value < 0:
            raise ValueError(f"{what} must be >= 0, got {value}")
        raise ValueError(f"{what} must be in {low}..{high}, got {value}")
    return value


def u32(value: Any, what: str) -> int:
    return int_arg(value, what, 0, _U32_MAX)


def s64(value: Any, what: str) -> int:
    return int_arg(value, what, _S64_MIN, _S64_MAX)


def nonneg64(value: Any, what: str) -> int:
    return int_arg(value, what, 0, _S64_MAX)


def fourcc_arg(code: Any, what: str) -> int:
    if isinstance(code, bool) or not isinstance(code, (str, bytes, int)):
        raise TypeError(f"{what} must be a FourCC str or an int, not {type(code).__name__}")
    try:
        return fourcc(code)
    except ValueError as exc:
        raise ValueError(f"{what}: {exc}") from None


def asbd_arg(fmt: Any, what: str = "fmt") -> Any:
    """A new ``AudioStreamBasicDescription *`` from an AudioFormat or its 40 bytes."""
    if isinstance(fmt, AudioFormat):
        return fmt.to_cdata()
    if isinstance(fmt, (bytes, bytearray, memoryview)):
        raw = bytes(fmt)
        size = ffi.sizeof("AudioStreamBasicDescription")
        if len(raw) != size:
            raise ValueError(f"{what} as bytes must be the {size} bytes of an AudioStreamBasicDescription, "
                             f"got {len(raw)}")
        box = ffi.new("AudioStreamBasicDescription *")
        ffi.memmove(box, raw, size)
        return box
    raise TypeError(f"{what} must be an AudioFormat or ASBD bytes, not {type(fmt).__name__}")


def fsref_arg(data: Any, what: str) -> tuple[Any, Any]:
    """A ``struct FSRef *`` over a copy of the 80 bytes; returns (pointer, storage)."""
    if isinstance(data, str) or not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"{what} must be the {FSREF_SIZE} raw bytes of an FSRef, not {type(data).__name__}")
    raw = bytes(data)
    if len(raw) != FSREF_SIZE:
        raise ValueError(f"{what} must be exactly {FSREF_SIZE} bytes (an FSRef), got {len(raw)}")
    storage = ffi.new(f"char[{FSREF_SIZE}]", raw)
    return ffi.cast("struct FSRef *", storage), storage


def path_arg(path: Any, what: str = "path") -> str | os.PathLike[str]:
    if not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"{what} must be a str or os.PathLike, not {type(path).__name__}")
    return path


buffer_arg = buffer_from


def property_bytes(getter: Callable[[Any, Any], None], size: int) -> bytes:
    """Run a ``(ioDataSize, outData)`` getter with a buffer of ``size`` bytes."""
    io_size = ffi.new("UInt32 *", size)
    buf = ffi.new("char[]", max(size, 1))
    getter(io_size, buf)
    return bytes(ffi.buffer(buf, min(int(io_size[0]), size)))


# ------------------------------------------------------------------ callback registry


class CallbackState:
    """What C holds while a callback-backed object is open: the user's callables
    (``target``), the ``void *`` handle C passes back as client data
    (``c_handle``), and exceptions waiting to be re-raised in Python."""

    __slots__ = ("__weakref__", "c_handle", "errors", "owner", "target")

    def __init__(self, owner: str, target: Any) -> None:
        self.owner = owner
        self.target = target
        self.errors: list[BaseException] = []
        self.c_handle = ffi.new_handle(self)

    def fail(self, exc: BaseException) -> None:
        self.errors.append(exc)

    def raise_pending(self) -> None:
        """Re-raise the first exception a callback raised (then forget them all)."""
        if self.errors:
            first = self.errors[0]
            self.errors.clear()
            try:
                raise first
            finally:
                del first  # no frame -> exception -> traceback -> frame cycle

    def detach(self) -> None:
        """Drop the C handle once C can no longer call back (after close or a failed
        open), so the state and the user's callables are freed without waiting
        for the cycle collector."""
        self.c_handle = None

    def __repr__(self) -> str:
        return f"<callback state of {self.owner}: {self.target!r}, {len(self.errors)} pending errors>"


class Registry:
    """Callback states keyed by the handle of the C object that holds them."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._states: dict[int, CallbackState] = {}
        self._lock = threading.Lock()

    def add(self, handle: int, state: CallbackState) -> None:
        with self._lock:
            self._states[handle] = state

    def get(self, handle: int) -> CallbackState | None:
        return self._states.get(handle)

    def discard(self, handle: int) -> None:
        """Forget the state of a closed object (and detach it)."""
        with self._lock:
            state = self._states.pop(handle, None)
        if state is not None:
            state.detach()

    def __contains__(self, handle: object) -> bool:
        return handle in self._states

    def __len__(self) -> int:
        return len(self._states)

    def __repr__(self) -> str:
        return f"<{self.kind} callback registry: {len(self._states)} open>"


def call_guarded(state: CallbackState | None, name: str, *args: Any) -> None:
    """``call`` that re-raises, after C returns, what a Python callback raised during it."""
    if state is None:
        call(name, *args)
        return
    try:
        call(name, *args)
    except CoreAudioError:
        state.raise_pending()  # the callback's exception, with the status error as context
        raise
    state.raise_pending()
