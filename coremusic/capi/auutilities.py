"""AudioUnitUtilities.h: parameter and event listeners, parameter set/notify,
linear mapping and display formatting.

One function per C function.  Listener callables are wrapped in C
trampolines owned by the :class:`~coremusic.capi._aucallbacks.AUListener`
the create function returns; dispose of it with :func:`au_listener_dispose`.
``obj`` arguments are the opaque "object" tags AudioToolbox uses to tell
listeners apart (an ``int``, 0 for none).

Example
-------
>>> from coremusic import capi                                         # doctest: +SKIP
>>> listener = capi.au_listener_create(lambda obj, p, v: print(p, v))  # doctest: +SKIP
>>> capi.au_listener_add_parameter(listener, 0, AudioUnitParameter(unit, 0))  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from coremusic._ffi import ffi, lib
from coremusic.capi import cf
from coremusic.capi._aucallbacks import (
    AUListener,
    make_event_listener,
    make_parameter_listener,
    registering,
    removing,
)
from coremusic.capi._base import call, handle_of
from coremusic.capi._toolbox import int_arg, u32
from coremusic.capi.audiounit import scope_arg

__all__ = [
    "AudioUnitEvent",
    "AudioUnitParameter",
    "au_event_listener_add_event_type",
    "au_event_listener_create",
    "au_event_listener_notify",
    "au_event_listener_remove_event_type",
    "au_listener_add_parameter",
    "au_listener_create",
    "au_listener_dispose",
    "au_listener_remove_parameter",
    "au_parameter_format_value",
    "au_parameter_listener_notify",
    "au_parameter_set",
    "au_parameter_value_from_linear",
    "au_parameter_value_to_linear",
]

ANY_PARAMETER = 0xFFFFFFFF  # kAUParameterListener_AnyParameter
PARAMETER_VALUE_CHANGE, BEGIN_GESTURE, END_GESTURE, PROPERTY_CHANGE = 0, 1, 2, 3


@dataclass(frozen=True)
class AudioUnitParameter:
    """``AudioUnitParameter``: one parameter of one unit (``unit`` is the handle).

    Example
    -------
    >>> AudioUnitParameter(0x1000, 2, scope=0).parameter_id
    2
    """

    unit: int
    parameter_id: int
    scope: int | str = 0
    element: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "scope", scope_arg(self.scope))

    def to_cdata(self) -> Any:
        return ffi.new("AudioUnitParameter *", self.to_dict())

    def to_dict(self) -> dict[str, Any]:
        return {"mAudioUnit": ffi.cast("AudioUnit", int_arg(self.unit, "unit", 0, 2**64 - 1)),
                "mParameterID": u32(self.parameter_id, "parameter_id"),
                "mScope": scope_arg(self.scope), "mElement": u32(self.element, "element")}

    @classmethod
    def from_cdata(cls, c: Any) -> AudioUnitParameter:
        return cls(handle_of(c.mAudioUnit), int(c.mParameterID), int(c.mScope), int(c.mElement))


@dataclass(frozen=True)
class AudioUnitEvent:
    """``AudioUnitEvent``: a parameter change, a gesture begin/end, or a property change.

    ``event_type`` is an ``AudioUnitEventType`` (0 value change, 1 begin
    gesture, 2 end gesture, 3 property change); ``id`` is the parameter or
    property ID.

    Example
    -------
    >>> AudioUnitEvent.property_change(0x1000, 8, scope=2).event_type
    3
    """

    event_type: int
    unit: int
    id: int
    scope: int | str = 0
    element: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "scope", scope_arg(self.scope))

    @classmethod
    def parameter_change(cls, unit: int, parameter_id: int, scope: int | str = 0,
                         element: int = 0) -> AudioUnitEvent:
        return cls(PARAMETER_VALUE_CHANGE, unit, parameter_id, scope, element)

    @classmethod
    def property_change(cls, unit: int, property_id: int, scope: int | str = 0,
                        element: int = 0) -> AudioUnitEvent:
        return cls(PROPERTY_CHANGE, unit, property_id, scope, element)

    @property
    def is_property(self) -> bool:
        return self.event_type == PROPERTY_CHANGE

    def to_cdata(self) -> Any:
        c = ffi.new("AudioUnitEvent *")
        c.mEventType = int_arg(self.event_type, "event_type", 0, 3)
        unit = ffi.cast("AudioUnit", int_arg(self.unit, "unit", 0, 2**64 - 1))
        if self.is_property:
            prop = c.mArgument.mProperty
            prop.mAudioUnit, prop.mPropertyID = unit, u32(self.id, "id")
            prop.mScope, prop.mElement = scope_arg(self.scope), u32(self.element, "element")
        else:
            par = c.mArgument.mParameter
            par.mAudioUnit, par.mParameterID = unit, u32(self.id, "id")
            par.mScope, par.mElement = scope_arg(self.scope), u32(self.element, "element")
        return c

    @classmethod
    def from_cdata(cls, c: Any) -> AudioUnitEvent:
        kind = int(c.mEventType)
        if kind == PROPERTY_CHANGE:
            p = c.mArgument.mProperty
            return cls(kind, handle_of(p.mAudioUnit), int(p.mPropertyID), int(p.mScope), int(p.mElement))
        q = c.mArgument.mParameter
        return cls(kind, handle_of(q.mAudioUnit), int(q.mParameterID), int(q.mScope), int(q.mElement))


def _param(parameter: AudioUnitParameter) -> Any:
    if not isinstance(parameter, AudioUnitParameter):
        raise TypeError(f"parameter must be an AudioUnitParameter, not {type(parameter).__name__}")
    return parameter.to_cdata()


def _event(event: AudioUnitEvent) -> Any:
    if not isinstance(event, AudioUnitEvent):
        raise TypeError(f"event must be an AudioUnitEvent, not {type(event).__name__}")
    return event.to_cdata()


def _obj(obj: int) -> Any:
    return ffi.cast("void *", int_arg(obj, "obj", 0, 2**64 - 1))


def _live(listener: Any, kinds: tuple[str, ...], what: str) -> Any:
    if not isinstance(listener, AUListener):
        raise TypeError(f"{what} takes an AUListener, not {type(listener).__name__}")
    if listener.kind not in kinds:
        raise TypeError(f"{what} needs a {' or '.join(kinds)} listener, got {listener!r}")
    if not listener.ref:
        raise ValueError(f"{what}: {listener!r} is disposed")
    return ffi.cast("AUParameterListenerRef", listener.ref)


def _sender(listener: AUListener | None) -> Any:
    return ffi.NULL if listener is None else _live(listener, ("event", "parameter"), "sending listener")


def _run_loop_args(run_loop: int | None, mode: str | None) -> tuple[Any, Any, bool]:
    loop = ffi.NULL if run_loop is None else ffi.cast("CFRunLoopRef", int_arg(run_loop, "run_loop", 1, 2**64 - 1))
    if mode is None:
        return loop, ffi.NULL, False
    if not isinstance(mode, str):
        raise TypeError(f"run_loop_mode must be a str, not {type(mode).__name__}")
    if mode in ("default", "kCFRunLoopDefaultMode"):
        return loop, lib.kCFRunLoopDefaultMode, False
    if mode in ("common", "kCFRunLoopCommonModes"):
        return loop, lib.kCFRunLoopCommonModes, False
    return loop, cf.string(mode), True


def _interval(value: float, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value >= 0:
        raise ValueError(f"{what} must be a number >= 0 (seconds), got {value!r}")
    return float(value)


def au_event_listener_create(callback: Callable[[int, AudioUnitEvent, int, float], Any], *,
                             run_loop: int | None = None, run_loop_mode: str | None = None,
                             notification_interval: float = 0.1,
                             value_change_granularity: float = 0.1) -> AUListener:
    """``AUEventListenerCreate``: a listener calling ``callback(obj, event, host_time, value)``.

    Parameters
    ----------
    run_loop : int, optional
        The ``CFRunLoopRef`` that delivers the notifications (None: AudioToolbox's choice).
    run_loop_mode : str, optional
        ``'default'``, ``'common'`` or a mode name.
    notification_interval, value_change_granularity : float
        Seconds between coalesced notifications / value samples.

    Example
    -------
    >>> listener = capi.au_event_listener_create(on_event, run_loop_mode="default")   # doctest: +SKIP
    """
    if not callable(callback):
        raise TypeError(f"callback must be callable, not {type(callback).__name__}")
    interval = _interval(notification_interval, "notification_interval")
    granularity = _interval(value_change_granularity, "value_change_granularity")
    handle = AUListener("event", callback)
    trampoline = make_event_listener(handle, callback, AudioUnitEvent.from_cdata)
    out = ffi.new("AUEventListenerRef *")
    loop, mode, owned = _run_loop_args(run_loop, run_loop_mode)
    try:
        with registering(handle, trampoline):
            call("AUEventListenerCreate", trampoline, ffi.NULL, loop, mode, interval, granularity, out)
    finally:
        if owned:
            cf.release(mode)
    handle.ref = handle_of(out[0])
    return handle


def au_listener_create(callback: Callable[[int, AudioUnitParameter, float], Any], *,
                       run_loop: int | None = None, run_loop_mode: str | None = None,
                       notification_interval: float = 0.1) -> AUListener:
    """``AUListenerCreate``: a parameter listener calling ``callback(obj, parameter, value)``.

    Example
    -------
    >>> listener = capi.au_listener_create(lambda obj, p, v: print(p.parameter_id, v))  # doctest: +SKIP
    """
    if not callable(callback):
        raise TypeError(f"callback must be callable, not {type(callback).__name__}")
    interval = _interval(notification_interval, "notification_interval")
    handle = AUListener("parameter", callback)
    trampoline = make_parameter_listener(handle, callback, AudioUnitParameter.from_cdata)
    out = ffi.new("AUParameterListenerRef *")
    loop, mode, owned = _run_loop_args(run_loop, run_loop_mode)
    try:
        with registering(handle, trampoline):
            call("AUListenerCreate", trampoline, ffi.NULL, loop, mode, interval, out)
    finally:
        if owned:
            cf.release(mode)
    handle.ref = handle_of(out[0])
    return handle


def au_listener_dispose(listener: AUListener) -> None:
    """``AUListenerDispose``: dispose of an event or parameter listener and its callback.

    Example
    -------
    >>> capi.au_listener_dispose(listener)   # doctest: +SKIP
    """
    ref = _live(listener, ("event", "parameter"), "au_listener_dispose")
    with removing(listener, AUListener, ("event", "parameter"), "au_listener_dispose"):
        call("AUListenerDispose", ref)


def au_event_listener_add_event_type(listener: AUListener, obj: int, event: AudioUnitEvent) -> None:
    """``AUEventListenerAddEventType``: listen to ``event`` (a parameter or property of a unit).

    Example
    -------
    >>> capi.au_event_listener_add_event_type(listener, 0,
    ...     AudioUnitEvent.property_change(unit, 8, "output"))   # doctest: +SKIP
    """
    call("AUEventListenerAddEventType", _live(listener, ("event",), "au_event_listener_add_event_type"),
         _obj(obj), _event(event))


def au_event_listener_remove_event_type(listener: AUListener, obj: int, event: AudioUnitEvent) -> None:
    """``AUEventListenerRemoveEventType``: stop listening to ``event``.

    Example
    -------
    >>> capi.au_event_listener_remove_event_type(listener, 0, event)   # doctest: +SKIP
    """
    call("AUEventListenerRemoveEventType",
         _live(listener, ("event",), "au_event_listener_remove_event_type"), _obj(obj), _event(event))


def au_event_listener_notify(sender: AUListener | None, sending_obj: int, event: AudioUnitEvent) -> None:
    """``AUEventListenerNotify``: tell every listener of ``event`` that it happened
    (except ``sender``/``sending_obj`` itself).

    Example
    -------
    >>> capi.au_event_listener_notify(None, 0, AudioUnitEvent.property_change(unit, 8))  # doctest: +SKIP
    """
    call("AUEventListenerNotify", _sender(sender), _obj(sending_obj), _event(event))


def au_listener_add_parameter(listener: AUListener, obj: int, parameter: AudioUnitParameter) -> None:
    """``AUListenerAddParameter``: listen to a parameter's changes.

    Example
    -------
    >>> capi.au_listener_add_parameter(listener, 0, AudioUnitParameter(unit, 0))   # doctest: +SKIP
    """
    call("AUListenerAddParameter", _live(listener, ("parameter", "event"), "au_listener_add_parameter"),
         _obj(obj), _param(parameter))


def au_listener_remove_parameter(listener: AUListener, obj: int, parameter: AudioUnitParameter) -> None:
    """``AUListenerRemoveParameter``: stop listening to a parameter.

    Example
    -------
    >>> capi.au_listener_remove_parameter(listener, 0, AudioUnitParameter(unit, 0))   # doctest: +SKIP
    """
    call("AUListenerRemoveParameter",
         _live(listener, ("parameter", "event"), "au_listener_remove_parameter"), _obj(obj), _param(parameter))


def au_parameter_set(sender: AUListener | None, sending_obj: int, parameter: AudioUnitParameter,
                     value: float, buffer_offset: int = 0) -> None:
    """``AUParameterSet``: set a parameter and notify its listeners (except the sender).

    Example
    -------
    >>> capi.au_parameter_set(None, 0, AudioUnitParameter(unit, 0), 0.25)   # doctest: +SKIP
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"value must be a number, not {type(value).__name__}")
    call("AUParameterSet", _sender(sender), _obj(sending_obj), _param(parameter), float(value),
         u32(buffer_offset, "buffer_offset"))


def au_parameter_listener_notify(sender: AUListener | None, sending_obj: int,
                                 parameter: AudioUnitParameter) -> None:
    """``AUParameterListenerNotify``: tell a parameter's listeners it changed
    (after setting it with ``AudioUnitSetParameter``).

    Example
    -------
    >>> capi.au_parameter_listener_notify(None, 0, AudioUnitParameter(unit, 0))   # doctest: +SKIP
    """
    call("AUParameterListenerNotify", _sender(sender), _obj(sending_obj), _param(parameter))


def au_parameter_value_from_linear(linear: float, parameter: AudioUnitParameter) -> float:
    """``AUParameterValueFromLinear``: a 0..1 slider position to the parameter's value
    (following its display curve: logarithmic, squared ...).

    Example
    -------
    >>> capi.au_parameter_value_from_linear(0.5, AudioUnitParameter(unit, 0))   # doctest: +SKIP
    632.45
    """
    if isinstance(linear, bool) or not isinstance(linear, (int, float)):
        raise TypeError(f"linear must be a number, not {type(linear).__name__}")
    return float(lib.AUParameterValueFromLinear(float(linear), _param(parameter)))


def au_parameter_value_to_linear(value: float, parameter: AudioUnitParameter) -> float:
    """``AUParameterValueToLinear``: a parameter value to its 0..1 slider position.

    Example
    -------
    >>> capi.au_parameter_value_to_linear(632.45, AudioUnitParameter(unit, 0))   # doctest: +SKIP
    0.5
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"value must be a number, not {type(value).__name__}")
    return float(lib.AUParameterValueToLinear(float(value), _param(parameter)))


def au_parameter_format_value(value: float, parameter: AudioUnitParameter, digits: int = 3) -> str:
    """``AUParameterFormatValue``: the value as display text with ``digits`` significant digits.

    Example
    -------
    >>> capi.au_parameter_format_value(0.123456, AudioUnitParameter(unit, 0), 3)   # doctest: +SKIP
    '0.123'
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"value must be a number, not {type(value).__name__}")
    n = int_arg(digits, "digits", 1, 20)
    buf = ffi.new("char[]", 32)  # the header documents a 32-byte text buffer
    result = lib.AUParameterFormatValue(float(value), _param(parameter), buf, n)
    text = buf if result == ffi.NULL else result
    return str(ffi.string(text).decode("utf-8", "replace"))
