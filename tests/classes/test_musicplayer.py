"""MusicSequence / MusicTrack / MusicPlayer classes: construction fails off macOS; building,
saving, loading, seeking, tempo and loops are driven through the MusicPlayer double
(marshalling and ownership, not Apple's sequencer or its SMF codec)."""

from __future__ import annotations

import gc
import sys
import weakref
from pathlib import Path
from typing import Any

import pytest

from coremusic.audio.augraph import AUGraph
from coremusic.audio.musicplayer import MusicEvent, MusicPlayer, MusicSequence, MusicTrack
from coremusic.exceptions import MusicPlayerError, PlatformNotSupportedError
from tests.doubles.augraph import AUGraphDouble
from tests.doubles.musicplayer import MusicPlayerDouble


@pytest.mark.skipif(sys.platform == "darwin", reason="AudioToolbox exists on macOS")
@pytest.mark.parametrize("cls", [MusicSequence, MusicPlayer])
def test_construction_raises_platform_not_supported_off_macos(cls: type) -> None:
    with pytest.raises(PlatformNotSupportedError, match=cls.__name__):
        cls()


@pytest.fixture
def mp(framework_double: Any, cf: Any) -> MusicPlayerDouble:
    return MusicPlayerDouble(framework_double("AudioToolbox"), cf)


def build() -> MusicSequence:
    seq = MusicSequence()
    seq.set_tempo(90.0)
    piano = seq.new_track()
    piano.name = "Piano"
    for i, note in enumerate((60, 64, 67)):
        piano.add_note(float(i), note, 90, 1.0)
    piano.add_control_change(0.0, 64, 127)
    piano.add_program_change(0.0, 5, channel=1)
    piano.add_pitch_bend(2.5, -8192)
    piano.add_sysex(3.0, bytes([0xF0, 0x7E, 0x7F, 0x09, 0x01, 0xF7]))
    piano.add_parameter(3.5, 0, 0.25)
    return seq


def test_build_a_sequence(mp: MusicPlayerDouble) -> None:
    with build() as seq:
        assert seq.tempo == 90.0 and seq.track_count == 1
        (piano,) = seq.tracks
        assert piano.name == "Piano"
        events = piano.events()
        assert [e.type for e in events] == ["meta", "midi_note", "midi_channel", "midi_channel", "midi_note",
                                            "midi_note", "midi_channel", "midi_raw_data", "parameter"]
        assert events[2] == MusicEvent(0.0, "midi_channel", {"status": 0xB0, "data1": 64, "data2": 127})
        assert events[3].fields == {"status": 0xC1, "data1": 5, "data2": 0}
        assert events[6].fields == {"status": 0xE0, "data1": 0, "data2": 0}  # full bend down
        assert [e.time for e in piano.events(1.0, 3.0)] == [1.0, 2.0, 2.5]
        assert piano.event_count == 9
        assert piano.length == 3.5
        assert seq.duration == pytest.approx(3.5 * 60 / 90)
        assert seq.seconds_for_beats(3.0) == pytest.approx(2.0)
        assert seq.beats_for_seconds(2.0) == pytest.approx(3.0)
        assert seq.beats_to_bar_beat(5.5, 2) == (2, 2, 1, 2)
        assert seq.bar_beat_to_beats(2, 2, 1, 2) == 5.5
        assert "1 tracks" in repr(seq) and "90 bpm" in repr(seq)


def test_track_arguments_are_checked(mp: MusicPlayerDouble) -> None:
    with MusicSequence() as seq:
        t = seq.new_track()
        with pytest.raises(ValueError, match="channel"):
            t.add_control_change(0.0, 7, 100, channel=16)
        with pytest.raises(ValueError, match=r"-8192\.\.8191"):
            t.add_pitch_bend(0.0, 9000)
        with pytest.raises(ValueError, match="velocity"):
            t.add_note(0.0, 60, 200)
        with pytest.raises(TypeError, match="name"):
            t.name = 3  # type: ignore[assignment]
        assert t.events() == [] and t.name is None


def test_save_and_load_through_the_framework(mp: MusicPlayerDouble, tmp_path: Path) -> None:
    path = tmp_path / "song.mid"
    with build() as seq:
        seq.save(path, resolution=960)
        with pytest.raises(FileExistsError):
            seq.save(path, overwrite=False)
        blob = seq.to_bytes()
        original = [(e.time, e.type, e.fields) for e in seq.tracks[0]]
    with MusicSequence().load_from_file(path) as loaded:
        assert [(e.time, e.type, e.fields) for e in loaded.tracks[0]] == original
        assert loaded.tempo == 90.0
    with MusicSequence.from_file(path) as again, MusicSequence().load_from_bytes(blob) as from_bytes:
        assert again.track_count == from_bytes.track_count == 1
    with pytest.raises(FileNotFoundError):
        MusicSequence().load_from_file(tmp_path / "missing.mid")
    with pytest.raises(MusicPlayerError):
        MusicSequence().load_from_bytes(b"garbage")


def test_track_editing_loop_mute_and_tracks(mp: MusicPlayerDouble) -> None:
    with build() as seq:
        piano = seq.tracks[0]
        bass = seq.add_track()
        bass.add_note(0.0, 36, 100, 4.0)
        piano.copy_to(bass, 0.0, 1.0, 8.0, merge=True)
        assert [(e.time, e.fields["note"]) for e in bass if e.type == "midi_note"] == [(0.0, 36), (8.0, 60)]
        piano.clear(2.0, 4.0)
        piano.cut(0.5, 1.0)
        piano.move_events(0.0, 10.0, 1.0)
        assert [e.time for e in piano if e.type == "midi_note"] == [1.0, 1.5]
        piano.set_loop(4.0, 3)
        assert piano.loop == (4.0, 3)
        with pytest.raises(ValueError, match="loop duration"):
            piano.set_loop(0.0)
        piano.muted = True
        assert piano.muted
        piano.solo = False
        assert not piano.solo
        piano.offset = 0.5
        assert piano.offset == 0.5
        piano.dest_node = 2
        assert piano.dest_node == 2
        piano.dest_endpoint = 0x10001
        assert piano.dest_endpoint == 0x10001
        seq.set_midi_endpoint(0x10002)
        assert bass.dest_endpoint == 0x10002
        seq.remove_track(bass)
        assert seq.tracks == [piano] and "gone" in repr(bass)
        with pytest.raises(ValueError, match="removed"):
            bass.add_note(0.0, 60)
        with pytest.raises(ValueError, match="removed"):
            seq.remove_track(bass)
        with MusicSequence() as other, pytest.raises(ValueError, match="not a track of this sequence"):
            seq.remove_track(other.new_track())
        seq.reverse()
        assert seq.info == {}


def test_sequence_plays_into_a_graph(mp: MusicPlayerDouble, framework_double: Any) -> None:
    graphs = AUGraphDouble(mp.double)
    with AUGraph() as graph, MusicSequence() as seq:
        synth = graph.add_node(("aumu", "dls ", "appl"))
        seq.graph = graph
        assert seq.graph == graph.handle
        t = seq.new_track()
        t.dest_node = synth
        assert t.dest_node == synth
        assert graphs.graphs[graph.handle].nodes[synth]


def test_player_transport_seek_rate(mp: MusicPlayerDouble) -> None:
    seq = build()
    with MusicPlayer() as player:
        with pytest.raises(ValueError, match="needs a sequence"):
            player.start()
        player.sequence = seq
        assert player.sequence is seq
        player.preroll()
        player.seek(2.0)
        assert player.time == 2.0
        player.start()
        assert player.is_playing and "playing at beat 2" in repr(player)
        player.play_rate = 2.0
        assert player.play_rate == 2.0
        host = player.host_time_for_beats(3.0)
        assert player.beats_for_host_time(host) == pytest.approx(3.0)
        with pytest.raises(MusicPlayerError):
            player.sequence = seq  # not while playing
        player.stop()
        player.time = 0.0
        with pytest.raises(TypeError, match="MusicSequence"):
            player.sequence = 5  # type: ignore[assignment]
    assert player.closed and repr(player) == "<MusicPlayer closed>"
    seq.close()  # the player let go of it on close
    assert seq.closed


def test_user_events_reach_the_callback_during_play(mp: MusicPlayerDouble) -> None:
    with MusicSequence() as seq:
        t = seq.new_track()
        t.add_user_event(1.0, b"verse")
        got: list[bytes] = []
        seq.set_user_callback(lambda s, track, at, data, a, b: got.append(data))
        with MusicPlayer(seq) as player:
            player.start()
            mp.play(player.handle, 2.0)
            assert got == [b"verse"]
            seq.set_user_callback(lambda *a: 1 / 0)
            player.time = 0.0
            mp.play(player.handle, 2.0)
            with pytest.raises(ZeroDivisionError):
                seq.check_errors()


def test_objects_are_disposed_when_collected(mp: MusicPlayerDouble) -> None:
    seq, player = MusicSequence(), MusicPlayer()
    handles = [player.handle, seq.handle]
    refs = [weakref.ref(player), weakref.ref(seq)]
    track = seq.new_track()
    assert isinstance(track, MusicTrack)
    del seq, player, track
    gc.collect()
    assert [r() for r in refs] == [None, None]
    assert sorted(mp.disposed) == sorted(handles)
