"""Contract tests of MusicPlayer.h sequences: calls through the cffi-typed AudioToolbox double
(marshalling, CF ownership and the user-callback trampoline, not Apple's sequencer)."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path
from typing import Any

import pytest

from coremusic import capi
from coremusic._ffi import ffi
from coremusic.capi import musicsequence
from coremusic.exceptions import MusicPlayerError
from tests.doubles.musicplayer import MusicPlayerDouble


@pytest.fixture
def mp(framework_double: Any, cf: Any) -> MusicPlayerDouble:
    return MusicPlayerDouble(framework_double("AudioToolbox"), cf)


def test_sequence_tracks(mp: MusicPlayerDouble) -> None:
    seq = capi.new_music_sequence()
    a, b = capi.music_sequence_new_track(seq), capi.music_sequence_new_track(seq)
    assert capi.music_sequence_get_track_count(seq) == 2
    assert capi.music_sequence_get_ind_track(seq, 1) == b
    assert capi.music_sequence_get_track_index(seq, a) == 0
    tempo = capi.music_sequence_get_tempo_track(seq)
    assert tempo not in (a, b) and mp.tracks[tempo].sequence == seq
    capi.music_sequence_dispose_track(seq, a)
    assert capi.music_sequence_get_track_count(seq) == 1
    with pytest.raises(MusicPlayerError) as info:
        capi.music_sequence_get_track_index(seq, a)
    assert info.value.status == -10858 and info.value.name == "kAudioToolboxErr_TrackNotFound"
    with pytest.raises(MusicPlayerError) as info:
        capi.music_sequence_get_ind_track(seq, 5)
    assert info.value.status == -10859
    capi.dispose_music_sequence(seq)
    assert mp.disposed == [seq]


def test_destinations_and_type(mp: MusicPlayerDouble) -> None:
    seq = capi.new_music_sequence()
    t = capi.music_sequence_new_track(seq)
    capi.music_sequence_set_au_graph(seq, 0x5100_0040)
    assert capi.music_sequence_get_au_graph(seq) == 0x5100_0040
    capi.music_sequence_set_midi_endpoint(seq, 0x1000A)
    assert mp.tracks[t].endpoint == 0x1000A
    assert capi.music_sequence_get_sequence_type(seq) == "beat"
    capi.music_sequence_set_sequence_type(seq, "secs")
    assert capi.music_sequence_get_sequence_type(seq) == "secs"
    with pytest.raises(ValueError, match="'beat', 'secs' or 'samp'"):
        capi.music_sequence_set_sequence_type(seq, "midi")
    mp.double.returns("MusicSequenceSetSequenceType", -10846)
    with pytest.raises(MusicPlayerError) as info:
        capi.music_sequence_set_sequence_type(seq, "samp")
    assert info.value.name == "kAudioToolboxErr_InvalidSequenceType"
    with pytest.raises(TypeError, match="integer handle"):
        capi.music_sequence_set_au_graph(seq, "g")  # type: ignore[arg-type]
    capi.dispose_music_sequence(seq)


def test_files_round_trip_through_cf(mp: MusicPlayerDouble, tmp_path: Path) -> None:
    seq = capi.new_music_sequence()
    t = capi.music_sequence_new_track(seq)
    capi.music_track_new_midi_note_event(t, 1.0, 64, 90, 0.5)
    capi.music_track_new_extended_tempo_event(capi.music_sequence_get_tempo_track(seq), 0.0, 90.0)
    blob = capi.music_sequence_file_create_data(seq, "midi", 0, 960)
    assert blob.startswith(b"DOUBLESEQ1") and b'"resolution": 960' in blob
    path = tmp_path / "song.mid"
    capi.music_sequence_file_create(seq, path, flags=1)
    with pytest.raises(MusicPlayerError):
        capi.music_sequence_file_create(seq, path)  # exists, EraseFile not given
    other = capi.new_music_sequence()
    capi.music_sequence_file_load(other, path, "midi")
    assert capi.music_sequence_get_track_count(other) == 1
    copy = capi.new_music_sequence()
    capi.music_sequence_file_load_data(copy, blob)
    assert mp.tracks[capi.music_sequence_get_ind_track(copy, 0)].events == mp.tracks[t].events
    assert capi.music_sequence_get_seconds_for_beats(copy, 3.0) == pytest.approx(2.0)  # 90 bpm loaded
    with pytest.raises(MusicPlayerError) as info:
        capi.music_sequence_file_load(other, tmp_path / "missing.mid")
    assert info.value.status == -43 and info.value.obj == str(tmp_path / "missing.mid")
    with pytest.raises(MusicPlayerError):
        capi.music_sequence_file_load_data(other, b"not a sequence")
    for s in (seq, other, copy):
        capi.dispose_music_sequence(s)


def test_deprecated_smf_functions(mp: MusicPlayerDouble) -> None:
    seq = capi.new_music_sequence()
    capi.music_sequence_new_track(seq)
    blob = capi.music_sequence_save_smf_data(seq, 480)
    other = capi.new_music_sequence()
    capi.music_sequence_load_smf_data_with_flags(other, bytearray(blob), 1)
    assert capi.music_sequence_get_track_count(other) == 1
    folder = b"/music".ljust(80, b"\0")
    capi.music_sequence_save_midi_file(seq, folder, "take1.mid", 960)
    assert "/music/take1.mid" in mp.files
    mp.files["/music/take1.mid/x"] = mp.files["/music/take1.mid"]
    third = capi.new_music_sequence()
    capi.music_sequence_load_smf_with_flags(third, b"/music/take1.mid/x".ljust(80, b"\0"))
    assert capi.music_sequence_get_track_count(third) == 1
    with pytest.raises(ValueError, match="80 bytes"):
        capi.music_sequence_load_smf_with_flags(third, b"short")
    with pytest.raises(ValueError, match="resolution"):
        capi.music_sequence_save_smf_data(seq, 0)
    for s in (seq, other, third):
        capi.dispose_music_sequence(s)


def test_info_dictionary_is_converted_and_released(mp: MusicPlayerDouble) -> None:
    seq = capi.new_music_sequence()
    mp.sequences[seq].info = {"title": "Prelude", "tempo": 96}
    assert capi.music_sequence_get_info_dictionary(seq) == {"title": "Prelude", "tempo": 96}
    mp.double.implement("MusicSequenceGetInfoDictionary", lambda s: ffi.NULL)
    with pytest.raises(MusicPlayerError, match="NULL"):
        capi.music_sequence_get_info_dictionary(seq)
    capi.dispose_music_sequence(seq)


def test_tempo_and_bar_beat_maths(mp: MusicPlayerDouble) -> None:
    seq = capi.new_music_sequence()
    tempo = capi.music_sequence_get_tempo_track(seq)
    capi.music_track_new_extended_tempo_event(tempo, 0.0, 120.0)
    capi.music_track_new_extended_tempo_event(tempo, 4.0, 60.0)
    assert capi.music_sequence_get_seconds_for_beats(seq, 4.0) == pytest.approx(2.0)
    assert capi.music_sequence_get_seconds_for_beats(seq, 6.0) == pytest.approx(4.0)
    assert capi.music_sequence_get_beats_for_seconds(seq, 3.0) == pytest.approx(5.0)
    assert capi.music_sequence_beats_to_bar_beat_time(seq, 4.5, 4) == (2, 1, 2, 4)
    assert capi.music_sequence_bar_beat_time_to_beats(seq, 2, 1, 2, 4) == 4.5
    with pytest.raises(MusicPlayerError):
        capi.music_sequence_bar_beat_time_to_beats(seq, 2, 1, 2, 0)
    with pytest.raises(ValueError, match="beat"):
        capi.music_sequence_bar_beat_time_to_beats(seq, 1, -1)
    with pytest.raises(TypeError, match="beats"):
        capi.music_sequence_get_seconds_for_beats(seq, "4")  # type: ignore[arg-type]
    capi.music_sequence_reverse(seq)
    assert [e[0] for e in mp.tracks[tempo].events] == [0.0, 4.0]
    capi.dispose_music_sequence(seq)


def test_smpte_resolution_helpers() -> None:
    for fps in (24, 25, 29, 30):
        for ticks in (0, 4, 40, 80, 127):
            res = capi.music_sequence_set_smpte_resolution(fps, ticks)
            assert res < 0  # the high bit marks SMPTE time in an SMF header
            assert capi.music_sequence_get_smpte_resolution(res) == (-fps, ticks)
    assert capi.music_sequence_set_smpte_resolution(-25, 40) == capi.music_sequence_set_smpte_resolution(25, 40)
    assert capi.music_sequence_set_smpte_resolution(25, 40).to_bytes(2, "big", signed=True) == bytes([0xE7, 40])
    with pytest.raises(ValueError, match="24, 25, 29 or 30"):
        capi.music_sequence_set_smpte_resolution(60, 4)
    with pytest.raises(ValueError, match="ticks_per_frame"):
        capi.music_sequence_set_smpte_resolution(30, 200)


def test_user_callback_is_driven_through_its_trampoline(mp: MusicPlayerDouble) -> None:
    seq = capi.new_music_sequence()
    t = capi.music_sequence_new_track(seq)
    capi.music_track_new_user_event(t, 1.0, b"cue:verse")
    capi.music_track_new_user_event(t, 3.0, b"cue:chorus")
    got: list[tuple[Any, ...]] = []
    cb = capi.music_sequence_set_user_callback(seq, lambda *args: got.append(args))
    assert cb is not None and capi.user_callback_of(seq) is cb
    p = capi.new_music_player()
    capi.music_player_set_sequence(p, seq)
    capi.music_player_start(p)
    mp.play(p, 2.0)
    assert got == [(seq, t, 1.0, b"cue:verse", 0.0, 2.0)]
    mp.play(p, 4.0)
    assert got[-1] == (seq, t, 3.0, b"cue:chorus", 2.0, 4.0) and cb.call_count == 2
    capi.music_player_stop(p)
    capi.dispose_music_player(p)
    assert capi.music_sequence_set_user_callback(seq, None) is None
    assert mp.sequences[seq].user_callback is None and capi.user_callback_of(seq) is None
    assert not cb.registered
    capi.dispose_music_sequence(seq)


def test_user_callback_errors_and_lifetime(mp: MusicPlayerDouble) -> None:
    seq = capi.new_music_sequence()
    t = capi.music_sequence_new_track(seq)
    capi.music_track_new_user_event(t, 0.5, b"x")

    class Target:
        def __call__(self, *args: Any) -> None:
            raise LookupError("no such cue")

    target = Target()
    ref = weakref.ref(target)
    cb = capi.music_sequence_set_user_callback(seq, target)
    assert cb is not None
    del target
    gc.collect()
    assert ref() is not None
    p = capi.new_music_player()
    capi.music_player_set_sequence(p, seq)
    capi.music_player_start(p)
    mp.play(p, 1.0)
    assert mp.double.errors == [] and cb.error_count == 1
    with pytest.raises(LookupError, match="no such cue"):
        cb.check_errors()
    capi.music_player_stop(p)
    capi.music_player_set_sequence(p, 0)
    capi.dispose_music_player(p)
    capi.dispose_music_sequence(seq)  # releases the callback
    assert musicsequence.user_callback_of(seq) is None
    gc.collect()
    assert ref() is None
    with pytest.raises(TypeError, match="callable"):
        capi.music_sequence_set_user_callback(capi.new_music_sequence(), 42)  # type: ignore[arg-type]


def test_failed_callback_install_keeps_nothing(mp: MusicPlayerDouble) -> None:
    seq = capi.new_music_sequence()
    mp.double.returns("MusicSequenceSetUserCallback", -50)
    with pytest.raises(MusicPlayerError):
        capi.music_sequence_set_user_callback(seq, print)
    assert capi.user_callback_of(seq) is None
    capi.dispose_music_sequence(seq)
    mp.double.returns("NewMusicSequence", -108)
    with pytest.raises(MusicPlayerError) as info:
        capi.new_music_sequence()
    assert info.value.operation == "NewMusicSequence"
    with pytest.raises(ValueError, match="NULL handle"):
        capi.music_sequence_new_track(0)


def test_replaced_user_callback_trampoline_is_retired_not_freed(mp: MusicPlayerDouble) -> None:
    seq = capi.new_music_sequence()
    first: list[Any] = []
    capi.music_sequence_set_user_callback(seq, lambda *a: first.append(a))
    proc, client = mp.sequences[seq].user_callback  # type: ignore[misc]
    capi.music_sequence_set_user_callback(seq, lambda *a: None)
    assert len(musicsequence._retired[seq]) == 1
    data = ffi.new("char[]", bytes(8))
    proc(client, ffi.cast("MusicSequence", seq), ffi.NULL, 1.0, ffi.cast("MusicEventUserData *", data), 0.0, 2.0)
    assert first == []  # a late call from the player thread runs nothing
    capi.dispose_music_sequence(seq)
    assert seq not in musicsequence._retired
