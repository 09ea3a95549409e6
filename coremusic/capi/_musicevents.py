"""MusicTrack event payloads: build the C structs (variable-length ones by computed size)
and decode the bytes an iterator returns.

``MIDIMetaEvent``, ``MIDIRawData`` and ``MusicEventUserData`` end in a
``data[1]`` array, and ``ExtendedNoteOnEvent`` ends in a
``MusicDeviceNoteParams`` whose ``mControls[1]`` is variable too: each is
allocated as raw bytes of header size + payload size and filled through a
cast pointer, never by value.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from coremusic._ffi import ffi
from coremusic.capi._toolbox import int_arg, u32

__all__ = [
    "EVENT_TYPES",
    "EventPayload",
    "au_preset",
    "channel_message",
    "decode",
    "extended_control",
    "extended_note",
    "meta_event",
    "note_message",
    "parameter_event",
    "raw_data",
    "tempo_event",
    "user_data",
]

# kMusicEventType_* values (MusicPlayer.h)
EVENT_TYPES = {
    0: "null", 1: "extended_note", 2: "extended_control", 3: "extended_tempo", 4: "user",
    5: "meta", 6: "midi_note", 7: "midi_channel", 8: "midi_raw_data", 9: "parameter", 10: "au_preset",
}


class EventPayload:
    """A C event struct and its true byte size; ``pointer`` is what the framework takes."""

    __slots__ = ("event_type", "pointer", "size", "storage")

    def __init__(self, event_type: int, storage: Any, ctype: str, size: int) -> None:
        self.event_type = event_type
        self.storage = storage
        self.pointer = ffi.cast(f"{ctype} *", storage)
        self.size = size

    def to_bytes(self) -> bytes:
        return bytes(ffi.buffer(self.storage, self.size))

    def __repr__(self) -> str:
        return f"<EventPayload {EVENT_TYPES.get(self.event_type, self.event_type)} {self.size} bytes>"


def _u8(value: Any, what: str) -> int:
    return int_arg(value, what, 0, 0xFF)


def _float(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{what} must be a number, not {type(value).__name__}")
    return float(value)


def _bytes(value: Any, what: str) -> bytes:
    if isinstance(value, str) or not isinstance(value, (bytes, bytearray, memoryview)):
        raise TypeError(f"{what} must be bytes, not {type(value).__name__}")
    return bytes(value)


def _fixed(event_type: int, ctype: str, init: dict[str, Any]) -> EventPayload:
    storage = ffi.new(f"{ctype} *", init)
    return EventPayload(event_type, storage, ctype, ffi.sizeof(ctype))


def _variable(event_type: int, ctype: str, header: int, payload: bytes) -> EventPayload:
    size = max(header + len(payload), ffi.sizeof(ctype))
    storage = ffi.new("char[]", size)
    if payload:
        ffi.memmove(storage + header, payload, len(payload))
    return EventPayload(event_type, storage, ctype, header + len(payload))


def note_message(note: int, velocity: int, duration: float, channel: int = 0,
                 release_velocity: int = 0) -> EventPayload:
    """A ``MIDINoteMessage``: ``duration`` in beats, ``channel`` 0-15."""
    return _fixed(6, "MIDINoteMessage", {
        "channel": int_arg(channel, "channel", 0, 15), "note": int_arg(note, "note", 0, 127),
        "velocity": int_arg(velocity, "velocity", 0, 127),
        "releaseVelocity": int_arg(release_velocity, "release_velocity", 0, 127),
        "duration": _float(duration, "duration")})


def channel_message(status: int, data1: int = 0, data2: int = 0) -> EventPayload:
    """A ``MIDIChannelMessage``: ``status`` is the full status byte (0x80-0xEF)."""
    return _fixed(7, "MIDIChannelMessage", {
        "status": int_arg(status, "status", 0x80, 0xEF), "data1": int_arg(data1, "data1", 0, 127),
        "data2": int_arg(data2, "data2", 0, 127)})


def raw_data(data: Any) -> EventPayload:
    """A ``MIDIRawData`` (e.g. a SysEx message), sized to ``data``."""
    raw = _bytes(data, "data")
    if not raw:
        raise ValueError("raw MIDI data must not be empty")
    header = ffi.offsetof("MIDIRawData", "data")
    payload = _variable(8, "MIDIRawData", header, raw)
    payload.pointer.length = len(raw)
    return payload


def meta_event(meta_type: int, data: Any) -> EventPayload:
    """A ``MIDIMetaEvent`` (``meta_type`` 0x00-0x7F: 0x03 track name, 0x51 tempo ...)."""
    raw = _bytes(data, "data")
    header = ffi.offsetof("MIDIMetaEvent", "data")
    payload = _variable(5, "MIDIMetaEvent", header, raw)
    payload.pointer.metaEventType = int_arg(meta_type, "meta_type", 0, 0x7F)
    payload.pointer.dataLength = len(raw)
    return payload


def user_data(data: Any) -> EventPayload:
    """A ``MusicEventUserData`` holding ``data``."""
    raw = _bytes(data, "data")
    header = ffi.offsetof("MusicEventUserData", "data")
    payload = _variable(4, "MusicEventUserData", header, raw)
    payload.pointer.length = len(raw)
    return payload


def extended_note(pitch: float, velocity: float, duration: float, instrument_id: int = 0,
                  group_id: int = 0, controls: Sequence[tuple[int, float]] = ()) -> EventPayload:
    """An ``ExtendedNoteOnEvent`` with ``2 + len(controls)`` note parameters."""
    pairs = [(u32(cid, "control id"), _float(value, "control value")) for cid, value in controls]
    params = ffi.offsetof("ExtendedNoteOnEvent", "extendedParams")
    controls_at = params + ffi.offsetof("MusicDeviceNoteParams", "mControls")
    size = controls_at + len(pairs) * ffi.sizeof("NoteParamsControlValue")
    payload = _variable(1, "ExtendedNoteOnEvent", size, b"")
    p = payload.pointer
    p.instrumentID = u32(instrument_id, "instrument_id")
    p.groupID = u32(group_id, "group_id")
    p.duration = _float(duration, "duration")
    p.extendedParams.argCount = 2 + len(pairs)
    p.extendedParams.mPitch = _float(pitch, "pitch")
    p.extendedParams.mVelocity = _float(velocity, "velocity")
    table = ffi.cast("NoteParamsControlValue *", payload.storage + controls_at)
    for i, (cid, value) in enumerate(pairs):
        table[i].mID = cid
        table[i].mValue = value
    return payload


def extended_control(group_id: int, control_id: int, value: float) -> EventPayload:
    """An ``ExtendedControlEvent``."""
    return _fixed(2, "ExtendedControlEvent", {"groupID": u32(group_id, "group_id"),
                                              "controlID": u32(control_id, "control_id"),
                                              "value": _float(value, "value")})


def parameter_event(parameter_id: int, scope: int, element: int, value: float) -> EventPayload:
    """A ``ParameterEvent`` (an AudioUnit parameter change)."""
    return _fixed(9, "ParameterEvent", {"parameterID": u32(parameter_id, "parameter_id"),
                                        "scope": u32(scope, "scope"), "element": u32(element, "element"),
                                        "value": _float(value, "value")})


def tempo_event(bpm: float) -> EventPayload:
    """An ``ExtendedTempoEvent``."""
    value = _float(bpm, "bpm")
    if not value > 0.0:
        raise ValueError(f"bpm must be > 0, got {value}")
    return _fixed(3, "ExtendedTempoEvent", {"bpm": value})


def au_preset(scope: int, element: int, preset_ref: Any) -> EventPayload:
    """An ``AUPresetEvent`` over a borrowed ``CFPropertyListRef``."""
    return _fixed(10, "AUPresetEvent", {"scope": u32(scope, "scope"), "element": u32(element, "element"),
                                        "preset": preset_ref})


def decode(event_type: int, raw: bytes) -> dict[str, Any]:
    """The fields of an event's bytes as a dict with a ``'type'`` name.

    Unknown types give ``{'type': <int>, 'data': raw}``.
    """
    kind = EVENT_TYPES.get(event_type)
    if kind is None or kind == "null":
        return {"type": event_type if kind is None else kind, "data": raw}
    ctype = {"extended_note": "ExtendedNoteOnEvent", "extended_control": "ExtendedControlEvent",
             "extended_tempo": "ExtendedTempoEvent", "user": "MusicEventUserData", "meta": "MIDIMetaEvent",
             "midi_note": "MIDINoteMessage", "midi_channel": "MIDIChannelMessage",
             "midi_raw_data": "MIDIRawData", "parameter": "ParameterEvent", "au_preset": "AUPresetEvent"}[kind]
    header = {"user": ffi.offsetof("MusicEventUserData", "data"), "meta": ffi.offsetof("MIDIMetaEvent", "data"),
              "midi_raw_data": ffi.offsetof("MIDIRawData", "data")}.get(kind, ffi.sizeof(ctype))
    if kind == "extended_note":
        header = ffi.offsetof("ExtendedNoteOnEvent", "extendedParams") + ffi.offsetof("MusicDeviceNoteParams",
                                                                                    "mControls")
    if len(raw) < header:
        raise ValueError(f"a {kind} event needs at least {header} bytes, got {len(raw)}")
    storage = ffi.new("char[]", max(len(raw), ffi.sizeof(ctype)))
    ffi.memmove(storage, raw, len(raw))
    p = ffi.cast(f"{ctype} *", storage)
    out: dict[str, Any] = {"type": kind}
    if kind == "midi_note":
        out.update(channel=int(p.channel), note=int(p.note), velocity=int(p.velocity),
                   release_velocity=int(p.releaseVelocity), duration=float(p.duration))
    elif kind == "midi_channel":
        out.update(status=int(p.status), data1=int(p.data1), data2=int(p.data2))
    elif kind in ("midi_raw_data", "user"):
        n = int(p.length)
        if header + n > len(raw):
            raise ValueError(f"a {kind} event says {n} data bytes but carries {len(raw) - header}")
        out["data"] = raw[header:header + n]
    elif kind == "meta":
        n = int(p.dataLength)
        if header + n > len(raw):
            raise ValueError(f"a meta event says {n} data bytes but carries {len(raw) - header}")
        out.update(meta_type=int(p.metaEventType), data=raw[header:header + n])
    elif kind == "extended_tempo":
        out["bpm"] = float(p.bpm)
    elif kind == "extended_control":
        out.update(group_id=int(p.groupID), control_id=int(p.controlID), value=float(p.value))
    elif kind == "parameter":
        out.update(parameter_id=int(p.parameterID), scope=int(p.scope), element=int(p.element),
                   value=float(p.value))
    elif kind == "au_preset":
        out.update(scope=int(p.scope), element=int(p.element), preset=int(ffi.cast("uintptr_t", p.preset)))
    else:  # extended_note
        count = int(p.extendedParams.argCount)
        n_controls = max(count - 2, 0)
        need = header + n_controls * ffi.sizeof("NoteParamsControlValue")
        if need > len(raw):
            raise ValueError(f"an extended note with {count} parameters needs {need} bytes, got {len(raw)}")
        table = ffi.cast("NoteParamsControlValue *", storage + header)
        out.update(instrument_id=int(p.instrumentID), group_id=int(p.groupID), duration=float(p.duration),
                   pitch=float(p.extendedParams.mPitch), velocity=float(p.extendedParams.mVelocity),
                   controls=[(int(table[i].mID), float(table[i].mValue)) for i in range(n_controls)])
    return out
