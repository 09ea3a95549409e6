"""MusicPlayer.h, tracks: destinations, properties, editing and new events.

A track is a ``MusicTrack`` handle (``int``) from
:func:`~coremusic.capi.musicsequence.music_sequence_new_track`.  Times are
beats (``MusicTimeStamp``).  Each ``music_track_new_*_event`` takes the
event's fields as Python values and builds the C struct; the variable-length
ones (meta, raw MIDI data, user data, extended notes) are allocated by their
computed size.

Example
-------
>>> from coremusic import capi                                       # doctest: +SKIP
>>> t = capi.music_sequence_new_track(seq)                           # doctest: +SKIP
>>> capi.music_track_new_midi_note_event(t, 0.0, 60, 100, 1.0)       # doctest: +SKIP
>>> capi.music_track_new_meta_event(t, 0.0, 0x03, b"Piano")          # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from coremusic._ffi import ffi
from coremusic.capi import _musicevents as ev
from coremusic.capi import cf
from coremusic.capi._base import as_pointer, call, handle_of
from coremusic.capi._toolbox import int_arg, u32

__all__ = [
    "music_track_clear",
    "music_track_copy_insert",
    "music_track_cut",
    "music_track_get_dest_midi_endpoint",
    "music_track_get_dest_node",
    "music_track_get_property",
    "music_track_get_sequence",
    "music_track_merge",
    "music_track_move_events",
    "music_track_new_au_preset_event",
    "music_track_new_extended_control_event",
    "music_track_new_extended_note_event",
    "music_track_new_extended_tempo_event",
    "music_track_new_meta_event",
    "music_track_new_midi_channel_event",
    "music_track_new_midi_note_event",
    "music_track_new_midi_raw_data_event",
    "music_track_new_parameter_event",
    "music_track_new_user_event",
    "music_track_set_dest_midi_endpoint",
    "music_track_set_dest_node",
    "music_track_set_property",
    "new_music_track_from",
]


def _track(handle: int, what: str = "track") -> Any:
    return as_pointer("MusicTrack", handle, what)


def _time(value: Any, what: str = "time") -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{what} must be a number of beats, not {type(value).__name__}")
    return float(value)


def _range(start: Any, end: Any) -> tuple[float, float]:
    a, b = _time(start, "start"), _time(end, "end")
    if b < a:
        raise ValueError(f"end ({b}) must not be before start ({a})")
    return a, b


# ------------------------------------------------------------------ identity and destinations


def music_track_get_sequence(track: int) -> int:
    """``MusicTrackGetSequence``: the sequence that owns ``track``.

    Example
    -------
    >>> music_track_get_sequence(t) == seq                  # doctest: +SKIP
    True
    """
    out = ffi.new("MusicSequence *")
    call("MusicTrackGetSequence", _track(track), out)
    return handle_of(out[0])


def music_track_set_dest_node(track: int, node: int) -> None:
    """``MusicTrackSetDestNode``: play the track into a node of the sequence's graph.

    Example
    -------
    >>> music_track_set_dest_node(t, synth)                 # doctest: +SKIP
    """
    call("MusicTrackSetDestNode", _track(track), int_arg(node, "node", -(2**31), 2**31 - 1))


def music_track_get_dest_node(track: int) -> int:
    """``MusicTrackGetDestNode``.

    Example
    -------
    >>> music_track_get_dest_node(t)                        # doctest: +SKIP
    3
    """
    out = ffi.new("AUNode *")
    call("MusicTrackGetDestNode", _track(track), out)
    return int(out[0])


def music_track_set_dest_midi_endpoint(track: int, endpoint: int) -> None:
    """``MusicTrackSetDestMIDIEndpoint``: send the track to a CoreMIDI endpoint.

    Example
    -------
    >>> music_track_set_dest_midi_endpoint(t, dest)         # doctest: +SKIP
    """
    call("MusicTrackSetDestMIDIEndpoint", _track(track), u32(endpoint, "endpoint"))


def music_track_get_dest_midi_endpoint(track: int) -> int:
    """``MusicTrackGetDestMIDIEndpoint``.

    Example
    -------
    >>> music_track_get_dest_midi_endpoint(t)               # doctest: +SKIP
    0x1000a
    """
    out = ffi.new("MIDIEndpointRef *")
    call("MusicTrackGetDestMIDIEndpoint", _track(track), out)
    return int(out[0])


# ------------------------------------------------------------------ properties


def music_track_get_property(track: int, property_id: int) -> bytes:
    """``MusicTrackGetProperty``: a property's bytes (size query with NULL data, then read).

    ``property_id``: ``kSequenceTrackProperty_LoopInfo`` (0), ``OffsetTime`` (1),
    ``MuteStatus`` (2), ``SoloStatus`` (3), ``AutomatedParameters`` (4),
    ``TrackLength`` (5), ``TimeResolution`` (6).

    Example
    -------
    >>> import struct
    >>> struct.unpack("d", music_track_get_property(t, 5))  # doctest: +SKIP
    (16.0,)
    """
    ptr = _track(track)
    pid = u32(property_id, "property_id")
    size = ffi.new("UInt32 *", 0)
    call("MusicTrackGetProperty", ptr, pid, ffi.NULL, size)
    n = int(size[0])
    buf = ffi.new("char[]", max(n, 1))
    size[0] = n
    call("MusicTrackGetProperty", ptr, pid, buf, size)
    return bytes(ffi.buffer(buf, min(int(size[0]), n)))


def music_track_set_property(track: int, property_id: int, data: bytes | bytearray) -> None:
    """``MusicTrackSetProperty``: set a property from its bytes.

    Example
    -------
    >>> music_track_set_property(t, 2, (1).to_bytes(1, "little"))   # doctest: +SKIP
    """
    ptr = _track(track)
    if isinstance(data, str) or not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"data must be bytes, not {type(data).__name__}")
    raw = bytes(data)
    buf = ffi.new("char[]", raw) if raw else ffi.NULL
    call("MusicTrackSetProperty", ptr, u32(property_id, "property_id"), buf, len(raw))


# ------------------------------------------------------------------ editing


def music_track_move_events(track: int, start: float, end: float, move_by: float) -> None:
    """``MusicTrackMoveEvents``: shift the events in ``[start, end)`` by ``move_by`` beats.

    Example
    -------
    >>> music_track_move_events(t, 0.0, 4.0, 1.0)           # doctest: +SKIP
    """
    a, b = _range(start, end)
    call("MusicTrackMoveEvents", _track(track), a, b, _time(move_by, "move_by"))


def music_track_clear(track: int, start: float, end: float) -> None:
    """``MusicTrackClear``: remove the events in ``[start, end)``; later events stay put.

    Example
    -------
    >>> music_track_clear(t, 4.0, 8.0)                      # doctest: +SKIP
    """
    a, b = _range(start, end)
    call("MusicTrackClear", _track(track), a, b)


def music_track_cut(track: int, start: float, end: float) -> None:
    """``MusicTrackCut``: remove ``[start, end)`` and move later events earlier by its length.

    Example
    -------
    >>> music_track_cut(t, 4.0, 8.0)                        # doctest: +SKIP
    """
    a, b = _range(start, end)
    call("MusicTrackCut", _track(track), a, b)


def music_track_copy_insert(source: int, start: float, end: float, dest: int, insert_at: float) -> None:
    """``MusicTrackCopyInsert``: insert a copy of ``source[start, end)`` into ``dest`` at
    ``insert_at``, moving ``dest``'s later events later.

    Example
    -------
    >>> music_track_copy_insert(t, 0.0, 4.0, t2, 0.0)       # doctest: +SKIP
    """
    a, b = _range(start, end)
    call("MusicTrackCopyInsert", _track(source, "source"), a, b, _track(dest, "dest"),
         _time(insert_at, "insert_at"))


def music_track_merge(source: int, start: float, end: float, dest: int, insert_at: float) -> None:
    """``MusicTrackMerge``: merge a copy of ``source[start, end)`` into ``dest`` at ``insert_at``.

    Example
    -------
    >>> music_track_merge(t, 0.0, 4.0, t2, 4.0)             # doctest: +SKIP
    """
    a, b = _range(start, end)
    call("MusicTrackMerge", _track(source, "source"), a, b, _track(dest, "dest"), _time(insert_at, "insert_at"))


def new_music_track_from(source: int, start: float, end: float) -> int:
    """``NewMusicTrackFrom`` (deprecated since macOS 10.6): a new track holding a copy of
    ``source[start, end)``.

    Example
    -------
    >>> part = new_music_track_from(t, 0.0, 4.0)            # doctest: +SKIP
    """
    a, b = _range(start, end)
    out = ffi.new("MusicTrack *")
    call("NewMusicTrackFrom", _track(source, "source"), a, b, out)
    return handle_of(out[0])


# ------------------------------------------------------------------ new events


def music_track_new_midi_note_event(track: int, time: float, note: int, velocity: int, duration: float,
                                    channel: int = 0, release_velocity: int = 0) -> None:
    """``MusicTrackNewMIDINoteEvent``: a note of ``duration`` beats (``MIDINoteMessage``).

    Example
    -------
    >>> music_track_new_midi_note_event(t, 0.0, 60, 100, 1.0, channel=9)   # doctest: +SKIP
    """
    payload = ev.note_message(note, velocity, duration, channel, release_velocity)
    call("MusicTrackNewMIDINoteEvent", _track(track), _time(time), payload.pointer)


def music_track_new_midi_channel_event(track: int, time: float, status: int, data1: int = 0,
                                       data2: int = 0) -> None:
    """``MusicTrackNewMIDIChannelEvent``: a channel message (CC, program change, bend ...).

    Example
    -------
    >>> music_track_new_midi_channel_event(t, 0.0, 0xB0, 7, 100)  # volume CC  # doctest: +SKIP
    """
    payload = ev.channel_message(status, data1, data2)
    call("MusicTrackNewMIDIChannelEvent", _track(track), _time(time), payload.pointer)


def music_track_new_midi_raw_data_event(track: int, time: float, data: bytes) -> None:
    """``MusicTrackNewMIDIRawDataEvent``: raw MIDI bytes (SysEx), a ``MIDIRawData`` sized to them.

    Example
    -------
    >>> music_track_new_midi_raw_data_event(t, 0.0, bytes([0xF0, 0x7E, 0x7F, 0x09, 0x01, 0xF7]))  # doctest: +SKIP
    """
    payload = ev.raw_data(data)
    call("MusicTrackNewMIDIRawDataEvent", _track(track), _time(time), payload.pointer)


def music_track_new_meta_event(track: int, time: float, meta_type: int, data: bytes) -> None:
    """``MusicTrackNewMetaEvent``: a meta event (``0x03`` track name, ``0x58`` time signature ...).

    Example
    -------
    >>> music_track_new_meta_event(t, 0.0, 0x03, b"Bass")    # doctest: +SKIP
    """
    payload = ev.meta_event(meta_type, data)
    call("MusicTrackNewMetaEvent", _track(track), _time(time), payload.pointer)


def music_track_new_user_event(track: int, time: float, data: bytes) -> None:
    """``MusicTrackNewUserEvent``: opaque bytes delivered to the sequence's user callback.

    Example
    -------
    >>> music_track_new_user_event(t, 4.0, b"cue:chorus")    # doctest: +SKIP
    """
    payload = ev.user_data(data)
    call("MusicTrackNewUserEvent", _track(track), _time(time), payload.pointer)


def music_track_new_extended_note_event(track: int, time: float, pitch: float, velocity: float,
                                        duration: float, instrument_id: int = 0, group_id: int = 0,
                                        controls: Sequence[tuple[int, float]] = ()) -> None:
    """``MusicTrackNewExtendedNoteEvent``: a note with fractional pitch and extra note parameters.

    Parameters
    ----------
    controls : sequence of (int, float)
        Extra ``NoteParamsControlValue`` pairs (``argCount`` becomes ``2 + len(controls)``).

    Example
    -------
    >>> music_track_new_extended_note_event(t, 0.0, 60.5, 90.0, 1.0)   # doctest: +SKIP
    """
    payload = ev.extended_note(pitch, velocity, duration, instrument_id, group_id, controls)
    call("MusicTrackNewExtendedNoteEvent", _track(track), _time(time), payload.pointer)


def music_track_new_extended_control_event(track: int, time: float, group_id: int, control_id: int,
                                           value: float) -> None:
    """``MusicTrackNewExtendedControlEvent`` (deprecated since macOS 10.7).

    Example
    -------
    >>> music_track_new_extended_control_event(t, 0.0, 0, 7, 100.0)   # doctest: +SKIP
    """
    payload = ev.extended_control(group_id, control_id, value)
    call("MusicTrackNewExtendedControlEvent", _track(track), _time(time), payload.pointer)


def music_track_new_parameter_event(track: int, time: float, parameter_id: int, scope: int, element: int,
                                    value: float) -> None:
    """``MusicTrackNewParameterEvent``: set an AudioUnit parameter of the track's node.

    Example
    -------
    >>> music_track_new_parameter_event(t, 2.0, 0, 0, 0, 0.5)   # doctest: +SKIP
    """
    payload = ev.parameter_event(parameter_id, scope, element, value)
    call("MusicTrackNewParameterEvent", _track(track), _time(time), payload.pointer)


def music_track_new_extended_tempo_event(track: int, time: float, bpm: float) -> None:
    """``MusicTrackNewExtendedTempoEvent``: a tempo change (on the tempo track).

    Example
    -------
    >>> music_track_new_extended_tempo_event(tempo, 0.0, 96.0)   # doctest: +SKIP
    """
    if isinstance(bpm, bool) or not isinstance(bpm, (int, float)):
        raise TypeError(f"bpm must be a number, not {type(bpm).__name__}")
    if not bpm > 0:
        raise ValueError(f"bpm must be > 0, got {bpm}")
    call("MusicTrackNewExtendedTempoEvent", _track(track), _time(time), float(bpm))


def music_track_new_au_preset_event(track: int, time: float, scope: int, element: int,
                                    preset: Mapping[str, Any]) -> None:
    """``MusicTrackNewAUPresetEvent``: load an AudioUnit preset (a class-info dictionary).

    The preset is converted to a ``CFDictionary`` for the call and released after it
    (the framework retains what it keeps).

    Example
    -------
    >>> music_track_new_au_preset_event(t, 0.0, 0, 0, {"name": "Warm", "version": 0})  # doctest: +SKIP
    """
    if not isinstance(preset, Mapping):
        raise TypeError(f"preset must be a mapping (an AU class-info dictionary), not {type(preset).__name__}")
    ptr = _track(track)
    at = _time(time)
    with cf.owned(cf.dictionary(preset)) as ref:
        payload = ev.au_preset(scope, element, ref)
        call("MusicTrackNewAUPresetEvent", ptr, at, payload.pointer)
