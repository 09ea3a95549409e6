"""Contract tests of MusicPlayer.h players and event iterators through the cffi-typed
AudioToolbox double (marshalling, not Apple's sequencer)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic import capi
from coremusic.capi import _musicevents as ev
from coremusic.exceptions import MusicPlayerError
from tests.doubles.musicplayer import HOST_TICKS_PER_SECOND, MusicPlayerDouble


@pytest.fixture
def mp(framework_double: Any, cf: Any) -> MusicPlayerDouble:
    return MusicPlayerDouble(framework_double("AudioToolbox"), cf)


def test_player_transport(mp: MusicPlayerDouble) -> None:
    seq = capi.new_music_sequence()
    p = capi.new_music_player()
    with pytest.raises(MusicPlayerError) as info:
        capi.music_player_get_sequence(p)
    assert info.value.name == "kAudioToolboxErr_NoSequence"
    with pytest.raises(MusicPlayerError):
        capi.music_player_preroll(p)
    capi.music_player_set_sequence(p, seq)
    assert capi.music_player_get_sequence(p) == seq
    capi.music_player_set_time(p, 8.0)
    assert capi.music_player_get_time(p) == 8.0
    capi.music_player_preroll(p)
    assert mp.players[p].prerolled
    assert not capi.music_player_is_playing(p)
    capi.music_player_start(p)
    assert capi.music_player_is_playing(p)
    capi.music_player_set_play_rate_scalar(p, 2.0)
    assert capi.music_player_get_play_rate_scalar(p) == 2.0
    host = capi.music_player_get_host_time_for_beats(p, 4.0)  # 4 beats at 120 bpm, twice as fast
    assert host == mp.players[p].start_host + HOST_TICKS_PER_SECOND
    assert capi.music_player_get_beats_for_host_time(p, host) == pytest.approx(4.0)
    with pytest.raises(MusicPlayerError) as info:
        capi.music_player_set_sequence(p, seq)  # not while playing
    assert info.value.status == -10852
    capi.music_player_stop(p)
    with pytest.raises(MusicPlayerError):
        capi.music_player_get_host_time_for_beats(p, 1.0)
    with pytest.raises(ValueError, match="rate"):
        capi.music_player_set_play_rate_scalar(p, 0.0)
    with pytest.raises(ValueError, match="host_time"):
        capi.music_player_get_beats_for_host_time(p, -1)
    with pytest.raises(TypeError, match="integer handle"):
        capi.music_player_set_sequence(p, None)  # type: ignore[arg-type]
    capi.music_player_set_sequence(p, 0)
    capi.dispose_music_player(p)
    capi.dispose_music_sequence(seq)
    assert mp.disposed == [p, seq]
    mp.double.returns("NewMusicPlayer", -108)
    with pytest.raises(MusicPlayerError) as info:
        capi.new_music_player()
    assert info.value.operation == "NewMusicPlayer"


def _track_with_notes(notes: list[tuple[float, int]]) -> int:
    seq = capi.new_music_sequence()
    t = capi.music_sequence_new_track(seq)
    for at, note in notes:
        capi.music_track_new_midi_note_event(t, at, note, 100, 0.5)
    return t


def test_iterator_walks_and_edits(mp: MusicPlayerDouble) -> None:
    t = _track_with_notes([(0.0, 60), (1.0, 62), (2.0, 64)])
    it = capi.new_music_event_iterator(t)
    assert capi.music_event_iterator_has_current_event(it)
    assert not capi.music_event_iterator_has_previous_event(it)
    assert capi.music_event_iterator_has_next_event(it)
    at, kind, raw = capi.music_event_iterator_get_event_info(it)
    assert (at, kind) == (0.0, 6) and ev.decode(kind, raw)["note"] == 60
    capi.music_event_iterator_next_event(it)
    assert capi.music_event_iterator_get_event(it)[1]["note"] == 62
    capi.music_event_iterator_previous_event(it)
    with pytest.raises(MusicPlayerError) as info:
        capi.music_event_iterator_previous_event(it)
    assert info.value.name == "kAudioToolboxErr_StartOfTrack"
    capi.music_event_iterator_seek(it, 1.5)
    assert capi.music_event_iterator_get_event(it) == (2.0, {
        "type": "midi_note", "channel": 0, "note": 64, "velocity": 100, "release_velocity": 0, "duration": 0.5})
    # replace the event with a CC, then move it
    cc = ev.channel_message(0xB0, 1, 99)
    capi.music_event_iterator_set_event_info(it, cc.event_type, cc.to_bytes())
    capi.music_event_iterator_set_event_time(it, 3.0)
    assert capi.music_event_iterator_get_event(it) == (3.0, {"type": "midi_channel", "status": 0xB0,
                                                             "data1": 1, "data2": 99})
    capi.music_event_iterator_seek(it, 0.0)
    capi.music_event_iterator_delete_event(it)
    assert [e[0] for e in mp.tracks[t].events] == [1.0, 3.0]
    capi.music_event_iterator_seek(it, 10.0)
    assert not capi.music_event_iterator_has_current_event(it)
    with pytest.raises(MusicPlayerError) as info:
        capi.music_event_iterator_get_event_info(it)
    assert info.value.name == "kAudioToolboxErr_EndOfTrack"
    with pytest.raises(MusicPlayerError):
        capi.music_event_iterator_next_event(it)
    capi.dispose_music_event_iterator(it)
    assert it not in mp.iterators


def test_iterator_set_event_info_checks_payloads(mp: MusicPlayerDouble) -> None:
    t = _track_with_notes([(0.0, 60)])
    it = capi.new_music_event_iterator(t)
    with pytest.raises(ValueError, match="event_type"):
        capi.music_event_iterator_set_event_info(it, 0, b"")
    with pytest.raises(ValueError, match="needs at least"):
        capi.music_event_iterator_set_event_info(it, 6, b"\x00\x3c")
    with pytest.raises(ValueError, match="says 50 data bytes"):
        capi.music_event_iterator_set_event_info(it, 5, bytes([3, 0, 0, 0, 50, 0, 0, 0]) + b"abc")
    meta = ev.meta_event(0x03, b"Lead")
    capi.music_event_iterator_set_event_info(it, meta.event_type, meta.to_bytes())
    assert capi.music_event_iterator_get_event(it)[1] == {"type": "meta", "meta_type": 3, "data": b"Lead"}
    mp.double.returns("MusicEventIteratorSetEventInfo", -10853)
    with pytest.raises(MusicPlayerError):
        capi.music_event_iterator_set_event_info(it, meta.event_type, meta.to_bytes())
    capi.dispose_music_event_iterator(it)
    with pytest.raises(ValueError, match="NULL handle"):
        capi.new_music_event_iterator(0)


payloads = st.one_of(
    st.builds(ev.note_message, st.integers(0, 127), st.integers(0, 127),
              st.floats(0, 64, width=32), st.integers(0, 15), st.integers(0, 127)),
    st.builds(ev.channel_message, st.integers(0x80, 0xEF), st.integers(0, 127), st.integers(0, 127)),
    st.builds(ev.raw_data, st.binary(min_size=1, max_size=300)),
    st.builds(ev.meta_event, st.integers(0, 0x7F), st.binary(max_size=300)),
    st.builds(ev.user_data, st.binary(max_size=300)),
    st.builds(ev.extended_note, st.floats(0, 127, width=32), st.floats(0, 127, width=32),
              st.floats(0, 8, width=32), st.integers(0, 2**32 - 1), st.integers(0, 2**32 - 1),
              st.lists(st.tuples(st.integers(0, 2**32 - 1), st.floats(-1, 1, width=32)), max_size=5)),
    st.builds(ev.tempo_event, st.floats(1, 999)),
)


@settings(max_examples=60, deadline=None)
@given(payload=payloads)
def test_event_payloads_round_trip_through_bytes(payload: ev.EventPayload) -> None:
    raw = payload.to_bytes()
    fields = ev.decode(payload.event_type, raw)
    rebuilt = {
        "midi_note": lambda f: ev.note_message(f["note"], f["velocity"], f["duration"], f["channel"],
                                               f["release_velocity"]),
        "midi_channel": lambda f: ev.channel_message(f["status"], f["data1"], f["data2"]),
        "midi_raw_data": lambda f: ev.raw_data(f["data"]),
        "meta": lambda f: ev.meta_event(f["meta_type"], f["data"]),
        "user": lambda f: ev.user_data(f["data"]),
        "extended_note": lambda f: ev.extended_note(f["pitch"], f["velocity"], f["duration"],
                                                    f["instrument_id"], f["group_id"], f["controls"]),
        "extended_tempo": lambda f: ev.tempo_event(f["bpm"]),
    }[fields["type"]](fields)
    assert rebuilt.to_bytes() == raw
