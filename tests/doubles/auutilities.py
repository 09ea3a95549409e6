"""The AudioUnitUtilities.h part of the AudioToolbox model (tests/doubles/audiounit.py):
parameter and event listeners, AUParameterSet/notify, linear mapping and formatting.

The listener procs it receives are called back with typed arguments, as
AudioToolbox's notification machinery would; a sender is not told of its own
changes.  It proves marshalling, not Apple's behaviour.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from coremusic._ffi import ffi

if TYPE_CHECKING:
    from tests.doubles.audiounit import AUModel, Param

BAD_INSTANCE = -66749
INVALID_PARAMETER = -10878
PARAM_ERR = -50


def install_utilities(model: AUModel, failing: Callable[[str], Callable[[Callable[..., Any]], Any]]) -> None:
    """Implement every function of AudioUnitUtilities.h on ``model.double``."""
    def param_info(c: Any) -> Param | None:
        inst = model.inst(c.mAudioUnit)
        return None if inst is None else model.comp_of(inst).params.get(int(c.mParameterID))

    def create(kind: str, proc: Any, refcon: Any, loop: Any, mode: Any, interval: float,
               out: Any, granularity: float = 0.0) -> int:
        model._next_listener += 0x10
        model.listeners[model._next_listener] = {
            "kind": kind, "proc": proc, "refcon": refcon, "loop": model.addr(loop),
            "mode": None if mode == ffi.NULL else model.cf.value_of(mode), "interval": interval,
            "granularity": granularity, "params": [], "events": []}
        out[0] = ffi.cast("AUParameterListenerRef", model._next_listener)
        return 0

    @failing("AUEventListenerCreate")
    def _ev_create(proc: Any, refcon: Any, loop: Any, mode: Any, interval: float, gran: float,
                   out: Any) -> int:
        return create("event", proc, refcon, loop, mode, interval, out, gran)

    @failing("AUListenerCreate")
    def _create(proc: Any, refcon: Any, loop: Any, mode: Any, interval: float, out: Any) -> int:
        return create("parameter", proc, refcon, loop, mode, interval, out)

    @failing("AUListenerDispose")
    def _dispose(ref: Any) -> int:
        return 0 if model.listeners.pop(model.addr(ref), None) is not None else PARAM_ERR

    def event_key(e: Any) -> tuple[int, ...]:
        a = e.mArgument.mProperty if e.mEventType == 3 else e.mArgument.mParameter
        ident = a.mPropertyID if e.mEventType == 3 else a.mParameterID
        return (int(e.mEventType), model.addr(a.mAudioUnit), int(ident), int(a.mScope), int(a.mElement))

    def param_key(p: Any) -> tuple[int, ...]:
        return (model.addr(p.mAudioUnit), int(p.mParameterID), int(p.mScope), int(p.mElement))

    def listener(ref: Any) -> dict[str, Any] | None:
        return model.listeners.get(model.addr(ref))

    @failing("AUEventListenerAddEventType")
    def _add_ev(ref: Any, obj: Any, e: Any) -> int:
        entry = listener(ref)
        if entry is None:
            return PARAM_ERR
        entry["events"].append((model.addr(obj), event_key(e)))
        return 0

    @failing("AUEventListenerRemoveEventType")
    def _rm_ev(ref: Any, obj: Any, e: Any) -> int:
        entry = listener(ref)
        item = (model.addr(obj), event_key(e))
        if entry is None or item not in entry["events"]:
            return PARAM_ERR
        entry["events"].remove(item)
        return 0

    @failing("AUListenerAddParameter")
    def _add_p(ref: Any, obj: Any, p: Any) -> int:
        entry = listener(ref)
        if entry is None:
            return PARAM_ERR
        entry["params"].append((model.addr(obj), param_key(p)))
        return 0

    @failing("AUListenerRemoveParameter")
    def _rm_p(ref: Any, obj: Any, p: Any) -> int:
        entry = listener(ref)
        item = (model.addr(obj), param_key(p))
        if entry is None or item not in entry["params"]:
            return PARAM_ERR
        entry["params"].remove(item)
        return 0

    def deliver_param(sender: Any, sobj: Any, p: Any, value: float) -> None:
        key = param_key(p)
        ev_key = (0, *key)
        for ref, entry in list(model.listeners.items()):
            for obj, k in list(entry["params"]) + list(entry["events"]):
                if k not in (key, ev_key):
                    continue
                if ref == model.addr(sender) and obj == model.addr(sobj):
                    continue  # the sender is not told about its own change
                if entry["kind"] == "parameter":
                    entry["proc"](entry["refcon"], ffi.cast("void *", obj), p, value)
                else:
                    e = ffi.new("AudioUnitEvent *", {"mEventType": 0})
                    e.mArgument.mParameter = p[0]
                    entry["proc"](entry["refcon"], ffi.cast("void *", obj), e, 12345, value)

    @failing("AUParameterSet")
    def _set(sender: Any, sobj: Any, p: Any, value: float, offset: int) -> int:
        inst = model.inst(p.mAudioUnit)
        if inst is None:
            return BAD_INSTANCE
        if int(p.mParameterID) not in inst.params:
            return INVALID_PARAMETER
        inst.params[int(p.mParameterID)] = value
        deliver_param(sender, sobj, p, value)
        return 0

    @failing("AUParameterListenerNotify")
    def _notify(sender: Any, sobj: Any, p: Any) -> int:
        inst = model.inst(p.mAudioUnit)
        if inst is None:
            return BAD_INSTANCE
        deliver_param(sender, sobj, p, inst.params.get(int(p.mParameterID), 0.0))
        return 0

    @failing("AUEventListenerNotify")
    def _ev_notify(sender: Any, sobj: Any, e: Any) -> int:
        key = event_key(e)
        for ref, entry in list(model.listeners.items()):
            if entry["kind"] != "event":
                continue
            for obj, k in list(entry["events"]):
                if k == key and not (ref == model.addr(sender) and obj == model.addr(sobj)):
                    entry["proc"](entry["refcon"], ffi.cast("void *", obj), e, 777, 0.0)
        return 0

    def _from_linear(x: float, p: Any) -> float:
        info = param_info(p)
        return 0.0 if info is None else info.min + x * (info.max - info.min)

    def _to_linear(v: float, p: Any) -> float:
        info = param_info(p)
        return 0.0 if info is None or info.max == info.min else (v - info.min) / (info.max - info.min)

    model.double.implement("AUParameterValueFromLinear", _from_linear)
    model.double.implement("AUParameterValueToLinear", _to_linear)

    @model.double.implement("AUParameterFormatValue")
    def _format(value: float, p: Any, buf: Any, digits: int) -> Any:
        text = f"{value:.{digits}g}".encode()[:31]
        ffi.memmove(buf, text + b"\0", len(text) + 1)
        return buf

