"""AUComponent.h and AudioOutputUnit.h: AudioUnit lifecycle, properties,
parameters, rendering, listeners and render notifications.

One function per C function.  An ``AudioUnit`` is an ``int`` handle (from
:func:`~coremusic.capi.audiocomponent.audio_component_instance_new`); scopes
accept ``AudioUnitScope`` values or the names ``'global'``, ``'input'``,
``'output'`` ...; property getters return ``bytes`` (the typed helpers are in
:mod:`coremusic.capi.audiounit_props`); rendering takes
:class:`~coremusic.structs.AudioBufferList` objects.

Listeners and render notifications are Python callables wrapped in C
trampolines owned by the handle the add function returns (see
:mod:`coremusic.capi._aucallbacks`): an exception inside one never reaches
C; it is kept on the handle and re-raised by ``handle.check_errors()``.
Property calls belong on the owner thread; only rendering runs on a render thread.

Example
-------
>>> from coremusic import capi                                     # doctest: +SKIP
>>> capi.audio_unit_initialize(unit)                               # doctest: +SKIP
>>> capi.audio_unit_set_parameter(unit, 0, "global", 0, 0.5)       # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from coremusic._ffi import ffi, lib
from coremusic.capi import cf
from coremusic.capi._aucallbacks import (
    AUPropertyListener,
    RenderCallback,
    make_property_listener,
    make_render_callback,
    registering,
    removing,
)
from coremusic.capi._base import as_pointer, buffer_from, call
from coremusic.capi._toolbox import int_arg, u32
from coremusic.constants import AudioUnitScope
from coremusic.structs import AudioBufferList, AudioTimeStamp

__all__ = [
    "ParameterEvent",
    "audio_output_unit_start",
    "audio_output_unit_stop",
    "audio_unit_add_property_listener",
    "audio_unit_add_render_notify",
    "audio_unit_extension_copy_component_list",
    "audio_unit_extension_set_component_list",
    "audio_unit_get_parameter",
    "audio_unit_get_property",
    "audio_unit_get_property_info",
    "audio_unit_initialize",
    "audio_unit_process",
    "audio_unit_process_multiple",
    "audio_unit_remove_property_listener_with_user_data",
    "audio_unit_remove_render_notify",
    "audio_unit_render",
    "audio_unit_reset",
    "audio_unit_schedule_parameters",
    "audio_unit_set_parameter",
    "audio_unit_set_property",
    "audio_unit_uninitialize",
    "get_audio_unit_parameter_display_type",
    "set_audio_unit_parameter_display_type",
]

_SCOPE_NAMES = {m.name.lower(): int(m) for m in AudioUnitScope}
_DISPLAY_MASK = 0x470000  # kAudioUnitParameterFlag_DisplayMask


# ------------------------------------------------------------------ arguments


def unit_arg(unit: int, what: str = "unit") -> Any:
    """The ``AudioUnit`` pointer of a handle."""
    return as_pointer("AudioUnit", unit, what)


def scope_arg(scope: int | str) -> int:
    """An ``AudioUnitScope`` from its value or name (``'global'``, ``'input'``, ``'output'`` ...)."""
    if isinstance(scope, str):
        key = scope.lower().replace("-", "_")
        if key not in _SCOPE_NAMES:
            raise ValueError(f"unknown AudioUnit scope {scope!r}; expected one of {sorted(_SCOPE_NAMES)}")
        return _SCOPE_NAMES[key]
    return u32(scope, "scope")


def time_arg(time: AudioTimeStamp | float | int | None) -> Any:
    """An ``AudioTimeStamp *`` from a timestamp or a sample time (None: sample time 0)."""
    if time is None:
        return AudioTimeStamp.from_sample_time(0.0).to_cdata()
    if isinstance(time, AudioTimeStamp):
        return time.to_cdata()
    if isinstance(time, bool) or not isinstance(time, (int, float)):
        raise TypeError(f"time must be an AudioTimeStamp or a sample time, not {type(time).__name__}")
    return AudioTimeStamp.from_sample_time(float(time)).to_cdata()


def buffers_arg(buffers: Any, what: str = "buffers") -> Any:
    """The ``AudioBufferList *`` of an :class:`AudioBufferList` (or a cffi pointer to one)."""
    if isinstance(buffers, AudioBufferList):
        return buffers.pointer
    if isinstance(buffers, ffi.CData) and ffi.typeof(buffers) is ffi.typeof("AudioBufferList *"):
        if buffers == ffi.NULL:
            raise ValueError(f"{what} is a NULL AudioBufferList")
        return buffers
    raise TypeError(f"{what} must be an AudioBufferList, not {type(buffers).__name__}")


def _flags_box(flags: int) -> Any:
    return ffi.new("AudioUnitRenderActionFlags *", u32(flags, "flags"))


# ------------------------------------------------------------------ lifecycle


def audio_unit_initialize(unit: int) -> None:
    """``AudioUnitInitialize``: allocate the unit's render resources (formats are then fixed).

    Example
    -------
    >>> capi.audio_unit_initialize(unit)   # doctest: +SKIP
    """
    call("AudioUnitInitialize", unit_arg(unit))


def audio_unit_uninitialize(unit: int) -> None:
    """``AudioUnitUninitialize``: release the render resources (formats may change again).

    Example
    -------
    >>> capi.audio_unit_uninitialize(unit)   # doctest: +SKIP
    """
    call("AudioUnitUninitialize", unit_arg(unit))


def audio_unit_reset(unit: int, scope: int | str = 0, element: int = 0) -> None:
    """``AudioUnitReset``: clear the unit's state (delay lines, reverb tails ...).

    Example
    -------
    >>> capi.audio_unit_reset(unit, "global", 0)   # doctest: +SKIP
    """
    call("AudioUnitReset", unit_arg(unit), scope_arg(scope), u32(element, "element"))


def audio_output_unit_start(unit: int) -> None:
    """``AudioOutputUnitStart``: start an output unit's I/O cycle.

    Example
    -------
    >>> capi.audio_output_unit_start(output_unit)   # doctest: +SKIP
    """
    call("AudioOutputUnitStart", unit_arg(unit))


def audio_output_unit_stop(unit: int) -> None:
    """``AudioOutputUnitStop``: stop an output unit's I/O cycle.

    Example
    -------
    >>> capi.audio_output_unit_stop(output_unit)   # doctest: +SKIP
    """
    call("AudioOutputUnitStop", unit_arg(unit))


# ------------------------------------------------------------------ properties


def audio_unit_get_property_info(unit: int, property_id: int, scope: int | str = 0,
                                 element: int = 0) -> tuple[int, bool]:
    """``AudioUnitGetPropertyInfo``: the property's size in bytes and whether it is writable.

    Example
    -------
    >>> capi.audio_unit_get_property_info(unit, 8, "output", 0)   # StreamFormat  # doctest: +SKIP
    (40, True)
    """
    size = ffi.new("UInt32 *")
    writable = ffi.new("Boolean *")
    call("AudioUnitGetPropertyInfo", unit_arg(unit), u32(property_id, "property_id"),
         scope_arg(scope), u32(element, "element"), size, writable)
    return int(size[0]), bool(writable[0])


def audio_unit_get_property(unit: int, property_id: int, scope: int | str = 0, element: int = 0,
                            size: int | None = None) -> bytes:
    """``AudioUnitGetProperty``: the property's raw bytes.

    The size is asked with ``AudioUnitGetPropertyInfo`` unless given.

    Example
    -------
    >>> raw = capi.audio_unit_get_property(unit, 8, "output", 0)   # an ASBD  # doctest: +SKIP
    >>> len(raw)                                                   # doctest: +SKIP
    40
    """
    c_unit = unit_arg(unit)
    pid, sc, el = u32(property_id, "property_id"), scope_arg(scope), u32(element, "element")
    if size is None:
        size, _ = audio_unit_get_property_info(unit, pid, sc, el)
    nbytes = u32(size, "size")
    io_size = ffi.new("UInt32 *", nbytes)
    buf = ffi.new("char[]", max(nbytes, 1))
    call("AudioUnitGetProperty", c_unit, pid, sc, el, buf, io_size)
    return bytes(ffi.buffer(buf, min(int(io_size[0]), nbytes)))


def audio_unit_set_property(unit: int, property_id: int, scope: int | str, element: int,
                            data: Any) -> None:
    """``AudioUnitSetProperty``: set a property from its raw bytes (``None`` passes NULL,
    which some properties take to mean "clear").

    Example
    -------
    >>> import struct
    >>> capi.audio_unit_set_property(unit, 14, "global", 0, struct.pack("=I", 4096))  # doctest: +SKIP
    """
    c_unit = unit_arg(unit)
    pid, sc, el = u32(property_id, "property_id"), scope_arg(scope), u32(element, "element")
    if data is None:
        call("AudioUnitSetProperty", c_unit, pid, sc, el, ffi.NULL, 0)
        return
    ptr, nbytes = buffer_from(data, "data")
    call("AudioUnitSetProperty", c_unit, pid, sc, el, ptr, nbytes)


def audio_unit_add_property_listener(unit: int, property_id: int,
                                     callback: Callable[[int, int, int, int], Any]
                                     ) -> AUPropertyListener:
    """``AudioUnitAddPropertyListener``: call ``callback(unit, property_id, scope, element)``
    when the property changes.

    Returns
    -------
    AUPropertyListener
        Give it to :func:`audio_unit_remove_property_listener_with_user_data`.
        It keeps the trampoline alive while AudioToolbox holds it.

    Example
    -------
    >>> listener = capi.audio_unit_add_property_listener(unit, 8, print)   # doctest: +SKIP
    """
    if not callable(callback):
        raise TypeError(f"callback must be callable, not {type(callback).__name__}")
    c_unit = unit_arg(unit)
    pid = u32(property_id, "property_id")
    handle = AUPropertyListener(unit, pid, callback)
    trampoline = make_property_listener(handle, callback)
    with registering(handle, trampoline):
        call("AudioUnitAddPropertyListener", c_unit, pid, trampoline, handle.user_data)
    return handle


def audio_unit_remove_property_listener_with_user_data(listener: AUPropertyListener) -> None:
    """``AudioUnitRemovePropertyListenerWithUserData``: stop a listener and let go of its callback.

    Raises
    ------
    TypeError, ValueError
        Not a handle from :func:`audio_unit_add_property_listener`, or already removed.
    AudioUnitError
        AudioToolbox refused; the listener then stays registered.

    Example
    -------
    >>> capi.audio_unit_remove_property_listener_with_user_data(listener)   # doctest: +SKIP
    """
    with removing(listener, AUPropertyListener, ("property",),
                  "audio_unit_remove_property_listener_with_user_data"):
        call("AudioUnitRemovePropertyListenerWithUserData", unit_arg(listener.unit),
             listener.property_id, listener._trampoline, listener.user_data)


def audio_unit_add_render_notify(unit: int, callback: Callable[..., Any], *,
                                 raw: bool = False) -> RenderCallback:
    """``AudioUnitAddRenderNotify``: call ``callback(flags, time, bus, frames, data)``
    before and after each render (``flags`` has ``PRE_RENDER`` or ``POST_RENDER``).

    It runs on the render thread: keep it short, allocate nothing (``raw=True``
    passes the cffi pointers undecoded).

    Example
    -------
    >>> notify = capi.audio_unit_add_render_notify(unit, on_render)   # doctest: +SKIP
    """
    if not callable(callback):
        raise TypeError(f"callback must be callable, not {type(callback).__name__}")
    c_unit = unit_arg(unit)
    handle = RenderCallback("render_notify", unit, callback, raw)
    trampoline = make_render_callback(handle, callback)
    with registering(handle, trampoline):
        call("AudioUnitAddRenderNotify", c_unit, trampoline, handle.user_data)
    return handle


def audio_unit_remove_render_notify(notify: RenderCallback) -> None:
    """``AudioUnitRemoveRenderNotify``: stop a render notification.

    Example
    -------
    >>> capi.audio_unit_remove_render_notify(notify)   # doctest: +SKIP
    """
    with removing(notify, RenderCallback, ("render_notify",), "audio_unit_remove_render_notify"):
        call("AudioUnitRemoveRenderNotify", unit_arg(notify.unit), notify._trampoline, notify.user_data)


# ------------------------------------------------------------------ parameters


def audio_unit_get_parameter(unit: int, parameter_id: int, scope: int | str = 0,
                             element: int = 0) -> float:
    """``AudioUnitGetParameter``: a parameter's current value.

    Example
    -------
    >>> capi.audio_unit_get_parameter(unit, 0, "global", 0)   # doctest: +SKIP
    50.0
    """
    out = ffi.new("AudioUnitParameterValue *")
    call("AudioUnitGetParameter", unit_arg(unit), u32(parameter_id, "parameter_id"),
         scope_arg(scope), u32(element, "element"), out)
    return float(out[0])


def audio_unit_set_parameter(unit: int, parameter_id: int, scope: int | str, element: int,
                             value: float, buffer_offset: int = 0) -> None:
    """``AudioUnitSetParameter``: set a parameter, ``buffer_offset`` frames into the next render.

    Example
    -------
    >>> capi.audio_unit_set_parameter(unit, 0, "global", 0, 25.0)   # doctest: +SKIP
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"value must be a number, not {type(value).__name__}")
    call("AudioUnitSetParameter", unit_arg(unit), u32(parameter_id, "parameter_id"),
         scope_arg(scope), u32(element, "element"), float(value), u32(buffer_offset, "buffer_offset"))


@dataclass(frozen=True)
class ParameterEvent:
    """One ``AudioUnitParameterEvent``: an immediate change, or a ramp when
    ``end_value`` is given.

    Example
    -------
    >>> ParameterEvent(0, 0.5).ramped
    False
    >>> ParameterEvent(0, 0.0, end_value=1.0, duration=512).ramped
    True
    """

    parameter: int
    value: float
    scope: int | str = 0
    element: int = 0
    offset: int = 0
    end_value: float | None = None
    duration: int = 0

    @property
    def ramped(self) -> bool:
        """Whether this is a ``kParameterEvent_Ramped`` event."""
        return self.end_value is not None

    def fill(self, c: Any) -> None:
        """Write the event into a cffi ``AudioUnitParameterEvent``."""
        c.scope = scope_arg(self.scope)
        c.element = u32(self.element, "element")
        c.parameter = u32(self.parameter, "parameter")
        if self.end_value is None:
            c.eventType = 1  # kParameterEvent_Immediate
            c.eventValues.immediate.bufferOffset = u32(self.offset, "offset")
            c.eventValues.immediate.value = float(self.value)
        else:
            c.eventType = 2  # kParameterEvent_Ramped
            c.eventValues.ramp.startBufferOffset = int_arg(self.offset, "offset", -(2**31), 2**31 - 1)
            c.eventValues.ramp.durationInFrames = u32(self.duration, "duration")
            c.eventValues.ramp.startValue = float(self.value)
            c.eventValues.ramp.endValue = float(self.end_value)


def audio_unit_schedule_parameters(unit: int, events: Sequence[ParameterEvent]) -> None:
    """``AudioUnitScheduleParameters``: schedule immediate and ramped changes for the next render.

    Example
    -------
    >>> capi.audio_unit_schedule_parameters(unit, [ParameterEvent(0, 0.0, end_value=1.0,
    ...                                                            duration=512)])   # doctest: +SKIP
    """
    items = list(events)
    for ev in items:
        if not isinstance(ev, ParameterEvent):
            raise TypeError(f"events must be ParameterEvent objects, not {type(ev).__name__}")
    c_events = ffi.new("AudioUnitParameterEvent[]", max(len(items), 1))
    for i, ev in enumerate(items):
        ev.fill(c_events[i])
    call("AudioUnitScheduleParameters", unit_arg(unit), c_events if items else ffi.NULL, len(items))


# ------------------------------------------------------------------ rendering


def audio_unit_render(unit: int, flags: int, time: AudioTimeStamp | float | None, bus: int,
                      frames: int, buffers: AudioBufferList) -> int:
    """``AudioUnitRender``: render ``frames`` frames of output bus ``bus`` into ``buffers``.

    Returns
    -------
    int
        The action flags after the call (``OUTPUT_IS_SILENCE`` ...).

    Example
    -------
    >>> abl = AudioBufferList.allocate(2, 512)
    >>> capi.audio_unit_render(unit, 0, 0.0, 0, 512, abl)   # doctest: +SKIP
    0
    """
    box = _flags_box(flags)
    call("AudioUnitRender", unit_arg(unit), box, time_arg(time), u32(bus, "bus"),
         u32(frames, "frames"), buffers_arg(buffers))
    return int(box[0])


def audio_unit_process(unit: int, flags: int, time: AudioTimeStamp | float | None, frames: int,
                       buffers: AudioBufferList) -> int:
    """``AudioUnitProcess``: process ``buffers`` in place (for units that support it).

    Example
    -------
    >>> capi.audio_unit_process(unit, 0, 0.0, 512, abl)   # doctest: +SKIP
    0
    """
    box = _flags_box(flags)
    call("AudioUnitProcess", unit_arg(unit), box, time_arg(time), u32(frames, "frames"),
         buffers_arg(buffers))
    return int(box[0])


def audio_unit_process_multiple(unit: int, flags: int, time: AudioTimeStamp | float | None,
                                frames: int, inputs: Sequence[AudioBufferList],
                                outputs: Sequence[AudioBufferList]) -> int:
    """``AudioUnitProcessMultiple``: process several input buffer lists into several outputs.

    Example
    -------
    >>> capi.audio_unit_process_multiple(unit, 0, 0.0, 512, [a, b], [out])   # doctest: +SKIP
    0
    """
    ins = [buffers_arg(b, "inputs") for b in inputs]
    outs = [buffers_arg(b, "outputs") for b in outputs]
    c_ins = ffi.new("AudioBufferList *[]", ins) if ins else ffi.NULL
    c_outs = ffi.new("AudioBufferList *[]", outs) if outs else ffi.NULL
    box = _flags_box(flags)
    call("AudioUnitProcessMultiple", unit_arg(unit), box, time_arg(time), u32(frames, "frames"),
         len(ins), ffi.cast("const AudioBufferList * *", c_ins), len(outs), c_outs)
    return int(box[0])


# ------------------------------------------------------------------ extensions


def audio_unit_extension_copy_component_list(extension_identifier: str) -> list[Any]:
    """``AudioUnitExtensionCopyComponentList``: the component descriptions an
    AUv3 app extension publishes (a list of dictionaries; empty when none).

    Example
    -------
    >>> capi.audio_unit_extension_copy_component_list("com.example.MyAU.ext")   # doctest: +SKIP
    [{'type': 'aufx', 'subtype': 'gain', ...}]
    """
    if not isinstance(extension_identifier, str):
        raise TypeError(f"extension_identifier must be a str, not {type(extension_identifier).__name__}")
    with cf.owned(cf.string(extension_identifier)) as ident:
        ref = lib.AudioUnitExtensionCopyComponentList(ident)
    with cf.owned(ref):
        value = cf.to_python(ref)
    return [] if value is None else list(value)


def audio_unit_extension_set_component_list(extension_identifier: str,
                                            components: Sequence[Any]) -> None:
    """``AudioUnitExtensionSetComponentList``: replace the components an AUv3
    extension publishes (each a dictionary like Info.plist's ``AudioComponents``).

    Example
    -------
    >>> capi.audio_unit_extension_set_component_list("com.example.MyAU.ext", comps)  # doctest: +SKIP
    """
    if not isinstance(extension_identifier, str):
        raise TypeError(f"extension_identifier must be a str, not {type(extension_identifier).__name__}")
    if isinstance(components, (str, bytes)) or not isinstance(components, Sequence):
        raise TypeError(f"components must be a sequence, not {type(components).__name__}")
    with cf.owned(cf.string(extension_identifier)) as ident, cf.owned(cf.array(list(components))) as arr:
        call("AudioUnitExtensionSetComponentList", ident, arr)


# ------------------------------------------------------------------ static inline helpers


def get_audio_unit_parameter_display_type(flags: int) -> int:
    """``GetAudioUnitParameterDisplayType`` (static inline in the SDK): the
    ``kAudioUnitParameterFlag_Display*`` bits of a parameter's flags.

    Example
    -------
    >>> get_audio_unit_parameter_display_type(0x400000 | 0x40000000)   # logarithmic, readable
    4194304
    """
    return u32(flags, "flags") & _DISPLAY_MASK


def set_audio_unit_parameter_display_type(flags: int, display_type: int) -> int:
    """``SetAudioUnitParameterDisplayType`` (static inline in the SDK): ``flags``
    with its display bits replaced by ``display_type``.

    Example
    -------
    >>> set_audio_unit_parameter_display_type(0x40000000 | 0x10000, 0x400000) == 0x40400000
    True
    """
    dt = u32(display_type, "display_type")
    if dt & ~_DISPLAY_MASK:
        raise ValueError(f"display_type {dt:#x} has bits outside kAudioUnitParameterFlag_DisplayMask")
    return (u32(flags, "flags") & ~_DISPLAY_MASK & 0xFFFFFFFF) | dt
