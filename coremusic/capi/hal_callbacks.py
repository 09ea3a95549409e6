"""Python callables as HAL property listeners and IOProcs: trampolines and their owner.

Every Python callable handed to the HAL is wrapped in an ``ffi.callback`` of
the C function type the header declares (``AudioObjectPropertyListenerProc``,
``AudioDeviceIOProc`` ...).  The handle object returned to the caller
(:class:`PropertyListener` or :class:`IOProc`) owns that trampoline, and a
registry owned by this module keeps the handle alive while C holds the
trampoline, so neither is collected under C's feet.  Removal takes the handle,
drops it from the registry and releases the trampoline and the callable.

Exceptions raised by the callable never cross into C: the trampoline returns
``0`` (``kAudioHardwareNoError``), counts the exception on the handle
(``error_count``) and keeps it for :meth:`CallbackHandle.check_errors`, which
re-raises it later on the caller's thread.  An IOProc that raises also
silences its output buffers for that cycle.

Example
-------
>>> from coremusic.capi import hal                              # doctest: +SKIP
>>> def changed(object_id, addresses):                          # doctest: +SKIP
...     print(object_id, addresses)
>>> listener = hal.audio_object_add_property_listener(1, "dev#", changed)  # doctest: +SKIP
>>> hal.audio_object_remove_property_listener(listener)         # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Any, Literal

from coremusic._ffi import ffi
from coremusic.structs import AudioBufferList, AudioObjectPropertyAddress, AudioTimeStamp
from coremusic.utils.fourcc import int_to_fourcc

__all__ = [
    "CallbackHandle",
    "IOProc",
    "ListenerKind",
    "PropertyListener",
    "active_callbacks",
    "make_device_listener",
    "make_hardware_listener",
    "make_io_proc",
    "make_object_listener",
    "make_stream_listener",
    "register",
    "registering",
    "removing",
    "unregister",
]

ListenerKind = Literal["object", "device", "stream", "hardware"]

_PENDING_LIMIT = 16  # exceptions kept per handle for check_errors()


class CallbackHandle:
    """What a registered Python callback is known by, until it is removed.

    Attributes
    ----------
    call_count : int
        How many times C called the trampoline.
    error_count : int
        How many of those calls raised in Python (the exception did not reach C).

    Example
    -------
    >>> from coremusic.capi import hal                                  # doctest: +SKIP
    >>> listener = hal.audio_object_add_property_listener(1, "dev#", print)  # doctest: +SKIP
    >>> listener.registered, listener.error_count                       # doctest: +SKIP
    (True, 0)
    """

    def __init__(self, callback: Callable[..., Any]) -> None:
        self._callback: Callable[..., Any] | None = callback
        self._trampoline: Any = None
        self._pending: deque[BaseException] = deque(maxlen=_PENDING_LIMIT)
        self._depth = 0  # calls in progress (C -> Python), on any thread
        self._removing = False  # a removal call is in progress
        self.call_count = 0
        self.error_count = 0

    @property
    def callback(self) -> Callable[..., Any] | None:
        """The Python callable, or ``None`` once removed (the handle lets go of it)."""
        return self._callback

    @property
    def registered(self) -> bool:
        """Whether C still holds this callback."""
        return self._trampoline is not None

    @property
    def c_pointer(self) -> Any:
        """The C function pointer handed to the HAL (``ffi.NULL`` once removed)."""
        return self._trampoline if self._trampoline is not None else ffi.NULL

    @property
    def exceptions(self) -> tuple[BaseException, ...]:
        """The exceptions the callable raised and :meth:`check_errors` has not yet reported."""
        return tuple(self._pending)

    def check_errors(self) -> None:
        """Re-raise, on this thread, the oldest exception the callable raised
        since the last check (the rest are dropped); do nothing if there was none.

        Example
        -------
        >>> listener.check_errors()          # doctest: +SKIP
        """
        if not self._pending:
            return
        first = self._pending.popleft()
        self._pending.clear()
        raise first

    def _onerror(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.error_count += 1
        if exc is not None:
            self._pending.append(exc.with_traceback(tb))

    def _state(self) -> str:
        state = "registered" if self.registered else "removed"
        return f"{state}, {self.call_count} calls, {self.error_count} errors"

    def _released(self) -> None:
        """Forget what C's registration gave the handle (an id, a reference);
        called by :meth:`CallbackRegistry.unregister`.  Nothing by default."""


class PropertyListener(CallbackHandle):
    """A Python callable registered as a HAL property listener.

    ``kind`` says which C function registered it, and so which removal
    function takes it: ``'object'`` (``audio_object_add_property_listener``),
    ``'device'``, ``'stream'`` or ``'hardware'`` (the deprecated
    ``audio_device/stream/hardware_add_property_listener``).

    Attributes
    ----------
    kind : str
        ``'object'``, ``'device'``, ``'stream'`` or ``'hardware'``.
    object_id : int or None
        The object, device or stream listened to (``None`` for ``'hardware'``).
    address : AudioObjectPropertyAddress
        The property (for the deprecated kinds: the selector with the global
        scope, and the channel as element).
    channel : int or None
        The channel of a ``'device'`` or ``'stream'`` listener.
    is_input : bool or None
        The direction of a ``'device'`` listener.

    Example
    -------
    >>> listener = hal.audio_object_add_property_listener(73, ("nsrt", "glob", 0), cb)  # doctest: +SKIP
    >>> listener                                            # doctest: +SKIP
    <PropertyListener object 73 'nsrt'/'glob'/0: registered, 0 calls, 0 errors>
    """

    def __init__(self, kind: ListenerKind, callback: Callable[..., Any], *,
                 object_id: int | None, address: AudioObjectPropertyAddress,
                 channel: int | None = None, is_input: bool | None = None) -> None:
        super().__init__(callback)
        self.kind: ListenerKind = kind
        self.object_id = object_id
        self.address = address
        self.channel = channel
        self.is_input = is_input
        self._c_address: Any = address.to_cdata() if kind == "object" else None

    @property
    def property_id(self) -> int:
        """The property selector listened to."""
        return self.address.selector

    def __repr__(self) -> str:
        sel = int_to_fourcc(self.address.selector)
        if self.kind == "object":
            where = (f"object {self.object_id} '{sel}'/'{int_to_fourcc(self.address.scope)}'/"
                     f"{self.address.element}")
        elif self.kind == "device":
            where = (f"device {self.object_id} channel {self.channel} "
                     f"{'input' if self.is_input else 'output'} '{sel}'")
        elif self.kind == "stream":
            where = f"stream {self.object_id} channel {self.channel} '{sel}'"
        else:
            where = f"hardware '{sel}'"
        return f"<PropertyListener {where}: {self._state()}>"


class IOProc(CallbackHandle):
    """A Python callable registered as an ``AudioDeviceIOProc`` of one device.

    ``kind`` is ``'id'`` for one made by ``audio_device_create_io_proc_id``
    (destroy it with ``audio_device_destroy_io_proc_id``) and ``'legacy'`` for
    one added by the deprecated ``audio_device_add_io_proc`` (remove it with
    ``audio_device_remove_io_proc``).

    Attributes
    ----------
    device_id : int
        The device whose IO cycle calls it.
    raw : bool
        Whether the callable receives the raw cffi pointers instead of decoded values.

    Example
    -------
    >>> proc = hal.audio_device_create_io_proc_id(73, render)   # doctest: +SKIP
    >>> hal.audio_device_start(73, proc)                        # doctest: +SKIP
    """

    def __init__(self, kind: Literal["id", "legacy"], device_id: int,
                 callback: Callable[..., Any], raw: bool) -> None:
        super().__init__(callback)
        self.kind = kind
        self.device_id = device_id
        self.raw = raw
        self._proc_id: Any = ffi.NULL

    @property
    def proc_id(self) -> int:
        """The ``AudioDeviceIOProcID`` as an integer (0 once removed)."""
        return int(ffi.cast("uintptr_t", self._proc_id))

    def _released(self) -> None:
        self._proc_id = ffi.NULL

    def __repr__(self) -> str:
        return (f"<IOProc {self.kind} of device {self.device_id} "
                f"id={self.proc_id:#x}{' raw' if self.raw else ''}: {self._state()}>")


# ------------------------------------------------------------------ the registry


class CallbackRegistry:
    """The callbacks one framework holds, and the protocol to add and remove them.

    Each framework that keeps our trampolines (the HAL, AudioUnit) has one.  A
    handle stays registered, its trampoline alive, while C may call it; a
    trampoline removed while one of its calls is still running (a listener
    that removes itself, or a removal racing a framework thread) is retired
    and freed by a later registry operation once idle.

    Example
    -------
    >>> registry = CallbackRegistry()
    >>> registry.active()
    ()
    """

    def __init__(self) -> None:
        # re-entrant: freeing a callable may run its __del__, which may call back here
        self.lock = threading.RLock()
        self.handles: dict[int, CallbackHandle] = {}
        self.retired: list[tuple[CallbackHandle, Any]] = []

    def _flush_retired(self) -> None:
        self.retired[:] = [(h, t) for h, t in self.retired if h._depth > 0]

    def register(self, handle: CallbackHandle, trampoline: Any) -> None:
        """Keep ``handle`` (and through it ``trampoline``) alive while C holds it."""
        with self.lock:
            self._flush_retired()
            handle._trampoline = trampoline
            self.handles[id(handle)] = handle

    def unregister(self, handle: CallbackHandle) -> None:
        """Drop ``handle`` and let go of its trampoline and callable (a running
        trampoline is retired, not freed under its own feet)."""
        with self.lock:
            self._flush_retired()
            self.handles.pop(id(handle), None)
            if handle._depth > 0 and handle._trampoline is not None:
                self.retired.append((handle, handle._trampoline))
            handle._trampoline = None
            handle._callback = None
            handle._removing = False
            handle._released()

    @contextlib.contextmanager
    def registering(self, handle: CallbackHandle, trampoline: Any) -> Iterator[None]:
        """Register ``handle`` for the C call in the block; undo it if the call fails."""
        self.register(handle, trampoline)
        try:
            yield
        except BaseException:
            self.unregister(handle)
            raise

    @contextlib.contextmanager
    def removing(self, handle: object, cls: type[CallbackHandle], kinds: tuple[str, ...],
                 remover: str) -> Iterator[None]:
        """Claim a live handle of the right class and kind for the C removal call
        in the block; unregister it when the call succeeds, keep it when it fails.

        A handle that is not of ``cls`` or not of one of ``kinds`` raises
        ``TypeError``; one that was removed (or is being removed on another
        thread) raises ``ValueError``.
        """
        if not isinstance(handle, cls):
            raise TypeError(f"{remover} takes the {cls.__name__} its add function returned, "
                            f"not {type(handle).__name__}")
        kind = getattr(handle, "kind", None)
        if kind not in kinds:
            raise TypeError(f"{remover} cannot remove a {kind!r} {cls.__name__}: {handle!r}")
        with self.lock:
            known = self.handles.get(id(handle)) is handle
            busy = handle._removing
            if known and not busy:
                handle._removing = True
        if not known:
            raise ValueError(f"{remover}: {handle!r} is not registered "
                             "(already removed, or never registered by coremusic)")
        if busy:
            raise ValueError(f"{remover}: {handle!r} is being removed by another thread")
        try:
            yield
        except BaseException:
            handle._removing = False
            raise
        self.unregister(handle)

    def active(self) -> tuple[CallbackHandle, ...]:
        """Every handle registered now, oldest first."""
        with self.lock:
            self._flush_retired()
            return tuple(self.handles.values())

    def __repr__(self) -> str:
        return f"CallbackRegistry({len(self.handles)} registered, {len(self.retired)} retired)"


_REGISTRY = CallbackRegistry()
_retired = _REGISTRY.retired
register = _REGISTRY.register
unregister = _REGISTRY.unregister
registering = _REGISTRY.registering
removing = _REGISTRY.removing


def active_callbacks() -> tuple[CallbackHandle, ...]:
    """Every listener and IOProc currently registered with the HAL, oldest first.

    Example
    -------
    >>> from coremusic.capi import hal
    >>> isinstance(hal.active_callbacks(), tuple)
    True
    """
    return _REGISTRY.active()


# ------------------------------------------------------------------ trampolines


def make_object_listener(handle: PropertyListener, callback: Callable[..., Any]) -> Any:
    """``AudioObjectPropertyListenerProc`` calling ``callback(object_id, addresses)``."""

    def trampoline(object_id: int, count: int, addresses: Any, client_data: Any) -> int:
        handle.call_count += 1
        handle._depth += 1
        try:
            decoded = tuple(
                AudioObjectPropertyAddress(int(a.mSelector), int(a.mScope), int(a.mElement))
                for a in (addresses[0:count] if count else ()))
            callback(int(object_id), decoded)
        finally:
            handle._depth -= 1
        return 0

    return ffi.callback("AudioObjectPropertyListenerProc", trampoline,
                        error=0, onerror=handle._onerror)


def make_device_listener(handle: PropertyListener, callback: Callable[..., Any]) -> Any:
    """``AudioDevicePropertyListenerProc`` calling ``callback(device_id, channel, is_input, property_id)``."""

    def trampoline(device_id: int, channel: int, is_input: int, property_id: int,
                   client_data: Any) -> int:
        handle.call_count += 1
        handle._depth += 1
        try:
            callback(int(device_id), int(channel), bool(is_input), int(property_id))
        finally:
            handle._depth -= 1
        return 0

    return ffi.callback("AudioDevicePropertyListenerProc", trampoline,
                        error=0, onerror=handle._onerror)


def make_stream_listener(handle: PropertyListener, callback: Callable[..., Any]) -> Any:
    """``AudioStreamPropertyListenerProc`` calling ``callback(stream_id, channel, property_id)``."""

    def trampoline(stream_id: int, channel: int, property_id: int, client_data: Any) -> int:
        handle.call_count += 1
        handle._depth += 1
        try:
            callback(int(stream_id), int(channel), int(property_id))
        finally:
            handle._depth -= 1
        return 0

    return ffi.callback("AudioStreamPropertyListenerProc", trampoline,
                        error=0, onerror=handle._onerror)


def make_hardware_listener(handle: PropertyListener, callback: Callable[..., Any]) -> Any:
    """``AudioHardwarePropertyListenerProc`` calling ``callback(property_id)``."""

    def trampoline(property_id: int, client_data: Any) -> int:
        handle.call_count += 1
        handle._depth += 1
        try:
            callback(int(property_id))
        finally:
            handle._depth -= 1
        return 0

    return ffi.callback("AudioHardwarePropertyListenerProc", trampoline,
                        error=0, onerror=handle._onerror)


def _timestamp(pointer: Any) -> AudioTimeStamp | None:
    return None if pointer == ffi.NULL else AudioTimeStamp.from_cdata(pointer)


def _buffers(pointer: Any) -> AudioBufferList | None:
    return None if pointer == ffi.NULL else AudioBufferList.from_pointer(pointer)


def _silence(pointer: Any) -> None:
    """Zero every buffer of an output ``AudioBufferList`` (after a failed IOProc)."""
    if pointer == ffi.NULL:
        return
    buffers = ffi.cast("AudioBuffer *", ffi.addressof(pointer.mBuffers[0]))
    for i in range(int(pointer.mNumberBuffers)):
        size = int(buffers[i].mDataByteSize)
        if buffers[i].mData != ffi.NULL and size:
            ffi.memmove(buffers[i].mData, bytes(size), size)


def make_io_proc(handle: IOProc, callback: Callable[..., Any], raw: bool) -> Any:
    """``AudioDeviceIOProc`` calling ``callback(device_id, now, input_data,
    input_time, output_data, output_time)``.

    Decoded (``raw=False``): the times are :class:`AudioTimeStamp` and the
    buffer lists :class:`AudioBufferList` views over C's memory (``None`` where
    C passes NULL).  Raw: the cffi pointers as C passed them, nothing decoded
    or allocated.  The choice is made here, once, not on every cycle.
    """
    if raw:
        def trampoline(device_id: int, now: Any, input_data: Any, input_time: Any,
                       output_data: Any, output_time: Any, client_data: Any) -> int:
            handle.call_count += 1
            handle._depth += 1
            try:
                callback(device_id, now, input_data, input_time, output_data, output_time)
            except BaseException:
                _silence(output_data)
                raise
            finally:
                handle._depth -= 1
            return 0
    else:
        def trampoline(device_id: int, now: Any, input_data: Any, input_time: Any,
                       output_data: Any, output_time: Any, client_data: Any) -> int:
            handle.call_count += 1
            handle._depth += 1
            try:
                callback(int(device_id), _timestamp(now), _buffers(input_data),
                         _timestamp(input_time), _buffers(output_data), _timestamp(output_time))
            except BaseException:
                _silence(output_data)
                raise
            finally:
                handle._depth -= 1
            return 0

    return ffi.callback("AudioDeviceIOProc", trampoline, error=0, onerror=handle._onerror)
