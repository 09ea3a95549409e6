"""Contract tests of MusicPlayer.h tracks: destinations, properties, editing, and every
event struct (variable-length ones allocated by computed size) read back by the double."""

from __future__ import annotations

import struct
from typing import Any

import pytest

from coremusic import capi
from coremusic.capi import _musicevents as ev
from coremusic.exceptions import MusicPlayerError
from tests.doubles.musicplayer import MusicPlayerDouble


@pytest.fixture
def mp(framework_double: Any, cf: Any) -> MusicPlayerDouble:
    return MusicPlayerDouble(framework_double("AudioToolbox"), cf)


@pytest.fixture
def track(mp: MusicPlayerDouble) -> int:
    seq = capi.new_music_sequence()
    return capi.music_sequence_new_track(seq)


def decoded(mp: MusicPlayerDouble, track: int) -> list[tuple[float, dict[str, Any]]]:
    return [(at, ev.decode(kind, raw)) for at, kind, raw in mp.tracks[track].events]


def test_track_identity_and_destinations(mp: MusicPlayerDouble, track: int) -> None:
    seq = capi.music_track_get_sequence(track)
    assert track in mp.sequences[seq].tracks
    with pytest.raises(MusicPlayerError) as info:
        capi.music_track_get_dest_node(track)
    assert info.value.status == -66720 and info.value.name == "kAudioToolboxError_NoTrackDestination"
    capi.music_track_set_dest_node(track, 3)
    assert capi.music_track_get_dest_node(track) == 3
    with pytest.raises(MusicPlayerError):
        capi.music_track_get_dest_midi_endpoint(track)
    capi.music_track_set_dest_midi_endpoint(track, 0x2000B)
    assert capi.music_track_get_dest_midi_endpoint(track) == 0x2000B


def test_track_properties(mp: MusicPlayerDouble, track: int) -> None:
    loop = struct.pack("=di4x", 4.0, 3)  # MusicTrackLoopInfo
    capi.music_track_set_property(track, 0, loop)
    assert capi.music_track_get_property(track, 0) == loop
    capi.music_track_new_midi_note_event(track, 2.0, 60, 100, 1.5)
    assert struct.unpack("=d", capi.music_track_get_property(track, 5)) == (3.5,)  # TrackLength
    capi.music_track_set_property(track, 2, b"")
    assert capi.music_track_get_property(track, 2) == b""
    with pytest.raises(MusicPlayerError) as info:
        capi.music_track_get_property(track, 99)
    assert info.value.status == -50
    with pytest.raises(TypeError, match="bytes"):
        capi.music_track_set_property(track, 0, "loop")  # type: ignore[arg-type]


def test_every_event_struct_reaches_the_track(mp: MusicPlayerDouble, track: int, cf: Any) -> None:
    capi.music_track_new_midi_note_event(track, 0.0, 60, 100, 1.0, channel=9, release_velocity=64)
    capi.music_track_new_midi_channel_event(track, 0.5, 0xB0, 7, 100)
    sysex = bytes([0xF0, 0x7E, 0x7F, 0x09, 0x01, 0xF7])
    capi.music_track_new_midi_raw_data_event(track, 1.0, sysex)
    capi.music_track_new_meta_event(track, 1.5, 0x03, b"A long track name " * 4)
    capi.music_track_new_user_event(track, 2.0, b"\x00\x01cue")
    capi.music_track_new_extended_note_event(track, 2.5, 60.5, 90.0, 0.25, 1, 2, [(7, 0.5), (10, -1.0)])
    capi.music_track_new_extended_control_event(track, 3.0, 2, 7, 64.0)
    capi.music_track_new_parameter_event(track, 3.5, 0, 1, 2, 0.75)
    capi.music_track_new_extended_tempo_event(track, 4.0, 96.0)
    capi.music_track_new_au_preset_event(track, 4.5, 0, 0, {"name": "Warm", "version": 0})
    events = decoded(mp, track)
    assert events[0] == (0.0, {"type": "midi_note", "channel": 9, "note": 60, "velocity": 100,
                               "release_velocity": 64, "duration": 1.0})
    assert events[1] == (0.5, {"type": "midi_channel", "status": 0xB0, "data1": 7, "data2": 100})
    assert events[2] == (1.0, {"type": "midi_raw_data", "data": sysex})
    assert events[3] == (1.5, {"type": "meta", "meta_type": 3, "data": b"A long track name " * 4})
    assert events[4] == (2.0, {"type": "user", "data": b"\x00\x01cue"})
    assert events[5] == (2.5, {"type": "extended_note", "instrument_id": 1, "group_id": 2, "duration": 0.25,
                               "pitch": 60.5, "velocity": 90.0, "controls": [(7, 0.5), (10, -1.0)]})
    assert events[6] == (3.0, {"type": "extended_control", "group_id": 2, "control_id": 7, "value": 64.0})
    assert events[7] == (3.5, {"type": "parameter", "parameter_id": 0, "scope": 1, "element": 2, "value": 0.75})
    assert events[8] == (4.0, {"type": "extended_tempo", "bpm": 96.0})
    assert events[9][1]["type"] == "au_preset" and mp.presets == [{"name": "Warm", "version": 0}]
    # cf fixture: the preset dictionary was released after the call


def test_event_arguments_are_checked(mp: MusicPlayerDouble, track: int) -> None:
    with pytest.raises(ValueError, match="note"):
        capi.music_track_new_midi_note_event(track, 0.0, 128, 100, 1.0)
    with pytest.raises(ValueError, match="channel"):
        capi.music_track_new_midi_note_event(track, 0.0, 60, 100, 1.0, channel=16)
    with pytest.raises(ValueError, match="status"):
        capi.music_track_new_midi_channel_event(track, 0.0, 0x40)
    with pytest.raises(ValueError, match="empty"):
        capi.music_track_new_midi_raw_data_event(track, 0.0, b"")
    with pytest.raises(TypeError, match="bytes"):
        capi.music_track_new_meta_event(track, 0.0, 3, "name")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="meta_type"):
        capi.music_track_new_meta_event(track, 0.0, 0xFF, b"")
    with pytest.raises(ValueError, match="bpm"):
        capi.music_track_new_extended_tempo_event(track, 0.0, 0.0)
    with pytest.raises(TypeError, match="mapping"):
        capi.music_track_new_au_preset_event(track, 0.0, 0, 0, [1])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="beats"):
        capi.music_track_new_user_event(track, None, b"")  # type: ignore[arg-type]
    assert mp.tracks[track].events == []
    mp.double.returns("MusicTrackNewMIDINoteEvent", -10853)
    with pytest.raises(MusicPlayerError) as info:
        capi.music_track_new_midi_note_event(track, 0.0, 60, 100, 1.0)
    assert info.value.name == "kAudioToolboxErr_InvalidEventType"


def _notes(mp: MusicPlayerDouble, track: int) -> list[tuple[float, int]]:
    return [(at, ev.decode(k, raw)["note"]) for at, k, raw in mp.tracks[track].events]


def test_editing(mp: MusicPlayerDouble, track: int) -> None:
    for i, note in enumerate((60, 62, 64, 65)):
        capi.music_track_new_midi_note_event(track, float(i), note, 100, 1.0)
    capi.music_track_move_events(track, 2.0, 4.0, 1.0)
    assert _notes(mp, track) == [(0.0, 60), (1.0, 62), (3.0, 64), (4.0, 65)]
    capi.music_track_cut(track, 1.0, 3.0)
    assert _notes(mp, track) == [(0.0, 60), (1.0, 64), (2.0, 65)]
    capi.music_track_clear(track, 1.0, 2.0)
    assert _notes(mp, track) == [(0.0, 60), (2.0, 65)]
    seq = capi.music_track_get_sequence(track)
    other = capi.music_sequence_new_track(seq)
    capi.music_track_new_midi_note_event(other, 0.0, 48, 100, 1.0)
    capi.music_track_copy_insert(track, 0.0, 4.0, other, 0.0)
    assert _notes(mp, other) == [(0.0, 60), (2.0, 65), (4.0, 48)]
    capi.music_track_merge(track, 0.0, 1.0, other, 8.0)
    assert _notes(mp, other)[-1] == (8.0, 60)
    part = capi.new_music_track_from(track, 2.0, 3.0)
    assert _notes(mp, part) == [(0.0, 65)]
    with pytest.raises(ValueError, match="before start"):
        capi.music_track_clear(track, 3.0, 1.0)
    mp.double.returns("MusicTrackCut", -10858)
    with pytest.raises(MusicPlayerError):
        capi.music_track_cut(track, 0.0, 1.0)
