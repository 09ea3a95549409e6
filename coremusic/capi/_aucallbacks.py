"""Python callables as AudioUnit callbacks: trampolines, their handles and their registry.

Every Python callable handed to AudioToolbox's AudioUnit API is wrapped in an
``ffi.callback`` of the C function type the header declares
(``AudioUnitPropertyListenerProc``, ``AURenderCallback``,
``AUEventListenerProc``, ``AUParameterListenerProc``,
``AudioComponentFactoryFunction``).  The handle returned to the caller owns
the trampoline, and this module's registry keeps the handle alive while C
holds the trampoline; removal takes the handle, drops it from the registry and
lets go of the trampoline and the callable.

Exceptions raised by a callable never cross into C: the trampoline returns
``0``, counts the exception on the handle (``error_count``) and keeps it for
:meth:`~coremusic.capi.hal_callbacks.CallbackHandle.check_errors`, which
re-raises it later on the caller's thread.  A render callback that raises
also silences the buffers it was asked to fill.

Example
-------
>>> from coremusic.capi import _aucallbacks
>>> isinstance(_aucallbacks.active_au_callbacks(), tuple)
True
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from coremusic._ffi import ffi
from coremusic.capi.hal_callbacks import CallbackHandle, CallbackRegistry
from coremusic.structs import AudioBufferList, AudioComponentDescription, AudioTimeStamp

__all__ = [
    "AUListener",
    "AUPropertyListener",
    "ComponentFactory",
    "RenderCallback",
    "active_au_callbacks",
    "silence",
]

RenderKind = Literal["render_notify", "input"]


class AUPropertyListener(CallbackHandle):
    """A Python callable registered with ``AudioUnitAddPropertyListener``.

    It is called as ``callback(unit, property_id, scope, element)`` (all ints).

    Example
    -------
    >>> listener = capi.audio_unit_add_property_listener(unit, 8, changed)   # doctest: +SKIP
    >>> listener                                                            # doctest: +SKIP
    <AUPropertyListener unit=0x... property 8: registered, 0 calls, 0 errors>
    """

    def __init__(self, unit: int, property_id: int, callback: Callable[..., Any]) -> None:
        super().__init__(callback)
        self.kind = "property"
        self.unit = unit
        self.property_id = property_id
        self.user_data: Any = ffi.new_handle(self)

    def __repr__(self) -> str:
        return f"<AUPropertyListener unit={self.unit:#x} property {self.property_id}: {self._state()}>"


class RenderCallback(CallbackHandle):
    """A Python callable as an ``AURenderCallback``.

    ``kind`` is ``'render_notify'`` (``AudioUnitAddRenderNotify``: called before
    and after every render) or ``'input'`` (installed with
    ``kAudioUnitProperty_SetRenderCallback``: the unit pulls its input from it).

    The decoded callable is called as ``callback(flags, time, bus, frames, data)``
    with ``time`` an :class:`~coremusic.structs.AudioTimeStamp` and ``data`` an
    :class:`~coremusic.structs.AudioBufferList` view over C's buffers; a raw one
    gets the cffi pointers.  An ``int`` it returns replaces ``*ioActionFlags``.

    Example
    -------
    >>> def fill(flags, time, bus, frames, data):                           # doctest: +SKIP
    ...     for a in data.arrays(): a[:] = 0.0
    >>> cb = capi.audio_unit_set_render_callback(unit, fill)                # doctest: +SKIP
    """

    def __init__(self, kind: RenderKind, unit: int, callback: Callable[..., Any], raw: bool,
                 scope: int = 0, element: int = 0) -> None:
        super().__init__(callback)
        self.kind = kind
        self.unit = unit
        self.raw = raw
        self.scope = scope
        self.element = element
        self.user_data: Any = ffi.new_handle(self)

    def __repr__(self) -> str:
        where = "" if self.kind == "render_notify" else f" scope {self.scope} element {self.element}"
        return (f"<RenderCallback {self.kind} unit={self.unit:#x}{where}"
                f"{' raw' if self.raw else ''}: {self._state()}>")


class AUListener(CallbackHandle):
    """A Python callable behind an ``AUEventListenerRef`` or ``AUParameterListenerRef``.

    ``kind`` is ``'event'`` (``AUEventListenerCreate``; called as
    ``callback(obj, event, host_time, value)``) or ``'parameter'``
    (``AUListenerCreate``; called as ``callback(obj, parameter, value)``).
    ``ref`` is the listener reference as an int, 0 once disposed.

    Example
    -------
    >>> listener = capi.au_listener_create(lambda obj, p, v: print(p, v))  # doctest: +SKIP
    >>> capi.au_listener_dispose(listener)                                 # doctest: +SKIP
    """

    def __init__(self, kind: Literal["event", "parameter"], callback: Callable[..., Any]) -> None:
        super().__init__(callback)
        self.kind = kind
        self.ref = 0

    def _released(self) -> None:
        self.ref = 0

    def __repr__(self) -> str:
        return f"<AUListener {self.kind} ref={self.ref:#x}: {self._state()}>"


class ComponentFactory(CallbackHandle):
    """A Python callable registered with ``AudioComponentRegister`` as the
    ``AudioComponentFactoryFunction`` of an in-process component.

    It is called as ``callback(description)`` and returns the address (an int)
    or cffi pointer of an ``AudioComponentPlugInInterface``.  AudioToolbox has
    no call that unregisters a component, so the factory lives as long as the
    process.

    Example
    -------
    >>> factory = capi.audio_component_register(desc, "Me: Gain", 0x10000, make)  # doctest: +SKIP
    """

    def __init__(self, description: AudioComponentDescription, name: str,
                 callback: Callable[..., Any]) -> None:
        super().__init__(callback)
        self.kind = "factory"
        self.description = description
        self.name = name
        self.component = 0

    def __repr__(self) -> str:
        return f"<ComponentFactory {self.name!r} {self.description!r}: {self._state()}>"


# ------------------------------------------------------------------ the registry

_REGISTRY = CallbackRegistry()
register = _REGISTRY.register
unregister = _REGISTRY.unregister
registering = _REGISTRY.registering
removing = _REGISTRY.removing


def active_au_callbacks() -> tuple[CallbackHandle, ...]:
    """Every AudioUnit callback currently held by AudioToolbox, oldest first.

    Example
    -------
    >>> from coremusic.capi._aucallbacks import active_au_callbacks
    >>> all(h.registered for h in active_au_callbacks())
    True
    """
    return _REGISTRY.active()


# ------------------------------------------------------------------ trampolines


def silence(pointer: Any) -> None:
    """Zero every buffer of an ``AudioBufferList *`` (NULL is ignored)."""
    if pointer == ffi.NULL:
        return
    buffers = ffi.cast("AudioBuffer *", ffi.addressof(pointer.mBuffers[0]))
    for i in range(int(pointer.mNumberBuffers)):
        size = int(buffers[i].mDataByteSize)
        if buffers[i].mData != ffi.NULL and size:
            ffi.memmove(buffers[i].mData, bytes(size), size)


def make_property_listener(handle: AUPropertyListener, callback: Callable[..., Any]) -> Any:
    """``AudioUnitPropertyListenerProc`` calling ``callback(unit, property_id, scope, element)``."""

    def trampoline(user_data: Any, unit: Any, property_id: int, scope: int, element: int) -> None:
        handle.call_count += 1
        handle._depth += 1
        try:
            callback(int(ffi.cast("uintptr_t", unit)), int(property_id), int(scope), int(element))
        finally:
            handle._depth -= 1

    return ffi.callback("AudioUnitPropertyListenerProc", trampoline, onerror=handle._onerror)


def make_render_callback(handle: RenderCallback, callback: Callable[..., Any]) -> Any:
    """``AURenderCallback`` calling ``callback(flags, time, bus, frames, data)``;
    the decoding (or not, for a raw callable) is chosen here, once."""
    if handle.raw:
        def trampoline(user_data: Any, flags: Any, time: Any, bus: int, frames: int, data: Any) -> int:
            handle.call_count += 1
            handle._depth += 1
            try:
                status = callback(flags, time, bus, frames, data)
            except BaseException:
                silence(data)
                raise
            finally:
                handle._depth -= 1
            return int(status or 0)
    else:
        def trampoline(user_data: Any, flags: Any, time: Any, bus: int, frames: int, data: Any) -> int:
            handle.call_count += 1
            handle._depth += 1
            try:
                stamp = None if time == ffi.NULL else AudioTimeStamp.from_cdata(time)
                buffers = None if data == ffi.NULL else AudioBufferList.from_pointer(data)
                current = 0 if flags == ffi.NULL else int(flags[0])
                new_flags = callback(current, stamp, int(bus), int(frames), buffers)
                if new_flags is not None and flags != ffi.NULL:
                    flags[0] = int(new_flags)
            except BaseException:
                silence(data)
                raise
            finally:
                handle._depth -= 1
            return 0

    return ffi.callback("AURenderCallback", trampoline, error=0, onerror=handle._onerror)


def make_event_listener(handle: AUListener, callback: Callable[..., Any],
                        decode: Callable[[Any], Any]) -> Any:
    """``AUEventListenerProc`` calling ``callback(obj, event, host_time, value)``."""

    def trampoline(user_data: Any, obj: Any, event: Any, host_time: int, value: float) -> None:
        handle.call_count += 1
        handle._depth += 1
        try:
            callback(int(ffi.cast("uintptr_t", obj)), decode(event), int(host_time), float(value))
        finally:
            handle._depth -= 1

    return ffi.callback("AUEventListenerProc", trampoline, onerror=handle._onerror)


def make_parameter_listener(handle: AUListener, callback: Callable[..., Any],
                            decode: Callable[[Any], Any]) -> Any:
    """``AUParameterListenerProc`` calling ``callback(obj, parameter, value)``."""

    def trampoline(user_data: Any, obj: Any, parameter: Any, value: float) -> None:
        handle.call_count += 1
        handle._depth += 1
        try:
            callback(int(ffi.cast("uintptr_t", obj)), decode(parameter), float(value))
        finally:
            handle._depth -= 1

    return ffi.callback("AUParameterListenerProc", trampoline, onerror=handle._onerror)


def make_factory(handle: ComponentFactory, callback: Callable[..., Any]) -> Any:
    """``AudioComponentFactoryFunction`` calling ``callback(description)``; a
    failure (exception or a result that is no pointer) returns NULL to C."""

    def trampoline(desc: Any) -> Any:
        handle.call_count += 1
        handle._depth += 1
        try:
            result = callback(AudioComponentDescription.from_cdata(desc))
            if isinstance(result, ffi.CData):
                return ffi.cast("AudioComponentPlugInInterface *", result)
            if isinstance(result, int) and not isinstance(result, bool):
                return ffi.cast("AudioComponentPlugInInterface *", result)
            raise TypeError("a component factory must return the address or cffi pointer of an "
                            f"AudioComponentPlugInInterface, not {type(result).__name__}")
        finally:
            handle._depth -= 1

    return ffi.callback("AudioComponentFactoryFunction", trampoline, onerror=handle._onerror)
