"""MIDISequence / MIDITrack: established API, tempo maps, lossless round trips, views."""

from __future__ import annotations

import io
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.midi import (
    MetaType,
    MIDIEvent,
    MIDIFileFormat,
    MIDIMessage,
    MIDISequence,
    MIDIStatus,
    MIDITrack,
    TempoMap,
)


def test_established_api(tmp_path: Path) -> None:
    seq = MIDISequence(tempo=120.0, time_signature=(4, 4))
    assert seq.ppq == 480 and seq.tempo == 120.0
    tr = seq.add_track("Piano")
    tr.add_note(0.0, 60, 100, 0.5)
    tr.add_note(0.5, 64, 90, 0.5, channel=2)
    tr.add_control_change(0.0, 7, 100)
    tr.add_program_change(0.0, 5)
    tr.add_pitch_bend(0.25, 8192)
    path = tmp_path / "out.mid"
    seq.save(str(path), format=MIDIFileFormat.MULTI_TRACK)
    back = MIDISequence.load(str(path))
    assert len(back.tracks) == 1
    t = back.tracks[0]
    assert t.name == "Piano" and t.program == 5
    evs = [e for e in t.events if not e.is_meta]
    assert [(e.time, e.status, e.channel, e.data1, e.data2) for e in evs] == [
        (0.0, MIDIStatus.NOTE_ON, 0, 60, 100),
        (0.0, MIDIStatus.CONTROL_CHANGE, 0, 7, 100),
        (0.0, MIDIStatus.PROGRAM_CHANGE, 0, 5, 0),
        (0.25, MIDIStatus.PITCH_BEND, 0, 0, 64),
        (0.5, MIDIStatus.NOTE_OFF, 0, 60, 0),
        (0.5, MIDIStatus.NOTE_ON, 2, 64, 90),
        (1.0, MIDIStatus.NOTE_OFF, 2, 64, 0),
    ]
    assert [e.tick for e in evs] == [0, 0, 0, 240, 480, 480, 960]
    assert back.duration == 1.0 and t.duration == 1.0


def test_no_track_added_per_round_trip() -> None:
    seq = MIDISequence()
    seq.add_track("a").add_note(0, 60, 90, 1)
    seq.add_track("b")
    raw = seq.to_bytes()
    for _ in range(3):
        seq = MIDISequence.from_bytes(raw)
        assert [t.name for t in seq.tracks] == ["a", "b"]
        again = seq.to_bytes()
        assert again == raw
        raw = again


def test_tempo_map_exact_seconds_across_changes() -> None:
    seq = MIDISequence(tempo=120.0, ppq=480)
    seq.add_tempo_change(1.0, 60.0)   # tick 960
    seq.add_tempo_change(3.0, 240.0)  # tick 960 + 960 = 1920
    tr = seq.add_track("t")
    tr.add_note(0.5, 60, 90, 3.0)  # 0.5 s -> tick 480; 3.5 s -> 1920 + 960 = 2880
    assert [e.tick for e in tr.events if not e.is_meta] == [480, 2880]
    back = MIDISequence.from_bytes(seq.to_bytes())
    evs = [e for e in back.tracks[0].events if not e.is_meta]
    assert [e.time for e in evs] == [0.5, 3.5]
    tm = back.tempo_map
    assert tm.seconds_exact(2881) == Fraction(3 * 480 * 10**6 + 960 * 250_000 + 961 * 250_000 -
                                              960 * 250_000, 480 * 10**6)
    assert tm.tempo_at(2000) == 240.0
    # one global tempo would have put the note-off at 2.5 s (the old flaw)
    assert back.notes()["end"].tolist() == [3.5]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 10**6), st.integers(1, 0xFFFFFF)), max_size=6),
       st.integers(1, 960), st.lists(st.integers(0, 10**7), max_size=20))
def test_tempo_map_conversions_are_inverse(changes: list[tuple[int, int]], ppq: int,
                                           ticks: list[int]) -> None:
    tm = TempoMap(ppq, changes)
    arr = tm.ticks_to_seconds(ticks)
    for t, s in zip(ticks, arr.tolist(), strict=True):
        exact = tm.seconds_exact(t)
        assert tm.seconds_to_tick(exact) == t
        assert abs(s - float(exact)) <= 1e-9 * max(1.0, float(exact))
        assert tm.tick_to_seconds(t) == float(exact)
    assert tm.seconds_to_ticks(arr).tolist() == ticks


def test_smpte_division_round_trip() -> None:
    seq = MIDISequence()
    seq.smpte = (25, 40)
    seq.add_track("s").add_note(1.0, 60, 90, 0.5)
    back = MIDISequence.from_bytes(seq.to_bytes())
    assert back.smpte == (25, 40)
    assert back.tracks[0].ticks.tolist() == [0, 1000, 1500]
    assert back.notes()["start"].tolist() == [1.0]
    assert TempoMap(0, smpte=(29, 4)).seconds_exact(30000 * 4) == 1001


def test_sysex_and_every_meta_survive() -> None:
    seq = MIDISequence()
    tr = seq.add_track("all")
    tr.add_sysex(0.0, bytes(range(128)) * 40)
    tr.add_event(MIDIEvent(0.0, 0xF7, data=b"\x01\x02\xf7"))
    for mtype, payload in [
        (MetaType.SEQUENCE_NUMBER, b"\x00\x07"), (MetaType.TEXT, b"t"), (MetaType.COPYRIGHT, b"c"),
        (MetaType.INSTRUMENT_NAME, b"i"), (MetaType.LYRIC, b"l"), (MetaType.MARKER, b"m"),
        (MetaType.CUE_POINT, b"q"), (MetaType.PROGRAM_NAME, b"p"), (MetaType.DEVICE_NAME, b"d"),
        (MetaType.CHANNEL_PREFIX, b"\x03"), (MetaType.MIDI_PORT, b"\x01"),
        (MetaType.SMPTE_OFFSET, b"\x01\x02\x03\x04\x05"), (MetaType.KEY_SIGNATURE, b"\xfd\x01"),
        (MetaType.SEQUENCER_SPECIFIC, b"\x00\x00\x41abc"), (0x4B, b"unknown meta"),
    ]:
        tr.add_meta(0.1, mtype, payload)
    tr.add_aftertouch(0.2, 50)
    tr.add_poly_aftertouch(0.2, 60, 51)
    raw = seq.to_bytes()
    back = MIDISequence.from_bytes(raw)
    assert list(back.tracks[0].event_table.rows()) == list(tr.event_table.rows())
    kinds = {(e.status, e.data1) for e in back.tracks[0].events}
    assert (0xFF, 0x4B) in kinds and (0xF7, 0) in kinds
    sysex = [m for _, m in back.tracks[0].messages() if isinstance(m, MIDIMessage) and m.type == "sysex"]
    assert sysex[0].data == bytes(range(128)) * 40
    assert back.to_bytes() == raw


def test_formats_zero_and_two() -> None:
    seq = MIDISequence(tempo=100.0)
    seq.add_track("a").add_note(0, 60, 90, 1)
    seq.add_track("b").add_note(0.5, 64, 90, 1, channel=1)
    zero = MIDISequence.from_bytes(seq.to_bytes(MIDIFileFormat.SINGLE_TRACK))
    assert zero.format == MIDIFileFormat.SINGLE_TRACK and len(zero.tracks) == 1
    assert zero.tempo == 100.0
    assert sorted(zero.notes()["pitch"].tolist()) == [60, 64]
    assert zero.to_bytes() == seq.to_bytes(MIDIFileFormat.SINGLE_TRACK)
    two = MIDISequence.from_bytes(seq.to_bytes(MIDIFileFormat.MULTI_SONG))
    assert two.format == MIDIFileFormat.MULTI_SONG and [t.name for t in two.tracks] == ["a", "b"]
    # format 2: a pattern's own tempo changes apply to that pattern only
    two.tracks[1].add_meta(0.0, MetaType.SET_TEMPO, (1_000_000).to_bytes(3, "big"))
    assert two.tracks[0].tempo_map.tempo_at(0) == 100.0
    assert two.tracks[1].tempo_map.tempo_at(0) == 60.0


def test_foreign_track0_with_notes_is_not_a_conductor() -> None:
    mido = pytest.importorskip("mido")
    mf = mido.MidiFile(type=1)
    t0 = mido.MidiTrack([mido.MetaMessage("set_tempo", tempo=400000), mido.Message("note_on", note=1)])
    mf.tracks.append(t0)
    mf.tracks.append(mido.MidiTrack([mido.MetaMessage("lyrics", text="x")]))
    seq = MIDISequence.from_mido(mf)
    assert len(seq.tracks) == 2 and len(seq.conductor) == 0
    assert seq.tempo == 150.0
    again = MIDISequence.from_bytes(seq.to_bytes())
    assert len(again.tracks) == 2
    m2 = seq.to_mido()
    assert [len(t) for t in m2.tracks] == [len(t) + 1 for t in mf.tracks]  # + end_of_track


def test_notes_array_and_piano_roll() -> None:
    seq = MIDISequence()
    a = seq.add_track("a")
    a.add_note(0.0, 60, 100, 1.0)
    a.add_note(0.5, 60, 80, 1.0)  # overlapping same pitch: FIFO pairing
    b = seq.add_track("b")
    b.add_message(MIDIMessage.note_on(40, 70, 9), tick=480)
    b.add_message(MIDIMessage.note_on(40, 0, 9), tick=960)  # velocity-0 note off
    b.add_message(MIDIMessage.note_on(41, 70, 9), tick=960)  # never released
    b.end_tick = 1440
    notes = seq.notes()
    assert notes.dtype.names == ("start", "end", "pitch", "velocity", "channel", "track",
                                 "start_tick", "end_tick")
    got = [(n["start"], n["end"], n["pitch"], n["velocity"], n["channel"], n["track"]) for n in notes]
    assert got == [(0.0, 1.0, 60, 100, 0, 0), (0.5, 1.5, 60, 80, 0, 0), (0.5, 1.0, 40, 70, 9, 1),
                   (1.0, 1.5, 41, 70, 9, 1)]
    roll = seq.piano_roll(fs=10)
    assert roll.shape == (128, 16)
    assert roll[60, 0] == 100 and roll[60, 7] == 100 and roll[60, 12] == 80 and roll[60, 15] == 0
    assert roll[40, 5] == 70 and roll[40, 10] == 0
    assert seq.piano_roll(fs=10, track=1)[60].max() == 0


def test_merge_and_slice() -> None:
    a = MIDISequence(tempo=120.0)
    a.add_track("a").add_note(1.0, 60, 90, 1.0)
    b = MIDISequence(tempo=60.0, ppq=96)
    b.add_track("b").add_note(1.0, 64, 90, 0.5)
    m = a.merge(b)
    assert m.ppq == 480 and [t.name for t in m.tracks] == ["a", "b"]
    assert m.notes()[["pitch", "start", "end"]].tolist() == [(60, 1.0, 2.0), (64, 1.0, 1.5)]
    assert len(a.tracks) == 1  # inputs unchanged
    part = m.slice(0.5, 1.75)
    assert part.notes()[["pitch", "start", "end"]].tolist() == [(60, 0.5, 1.25), (64, 0.5, 1.0)]
    assert part.duration == 1.25
    assert [t.name for t in part.tracks] == ["a", "b"]
    with pytest.raises(ValueError, match="start < end"):
        m.slice(2.0, 1.0)


def test_validation_errors() -> None:
    tr = MIDITrack("x")
    with pytest.raises(ValueError, match="note"):
        tr.add_note(0, 128, 1, 1)
    with pytest.raises(ValueError, match="velocity"):
        tr.add_note(0, 1, -1, 1)
    with pytest.raises(ValueError, match="duration"):
        tr.add_note(0, 1, 1, -1)
    with pytest.raises(ValueError, match="channel"):
        tr.add_control_change(0, 1, 1, channel=16)
    with pytest.raises(ValueError, match="pitch bend"):
        tr.add_pitch_bend(0, 16384)
    with pytest.raises(ValueError, match="time"):
        tr.add_program_change(-1.0, 1)
    with pytest.raises(ValueError, match="time"):
        tr.add_program_change(float("nan"), 1)
    with pytest.raises(ValueError, match="end_of_track"):
        tr.add_meta(0, MetaType.END_OF_TRACK)
    with pytest.raises(ValueError, match="cannot be stored"):
        tr.add_message(MIDIMessage.clock(), tick=0)
    with pytest.raises(ValueError, match="exactly one"):
        tr.add_message(MIDIMessage.clock())
    with pytest.raises(ValueError, match="tempo"):
        MIDISequence(tempo=0)
    with pytest.raises(ValueError, match="time signature"):
        MIDISequence(time_signature=(4, 3))
    with pytest.raises(ValueError, match="ppq"):
        MIDISequence(ppq=0)


def test_tempo_setter_and_repr() -> None:
    seq = MIDISequence()
    seq.tempo = 90.0
    assert seq.tempo == 90.0
    assert MIDISequence.from_bytes(seq.to_bytes()).tempo == 90.0
    seq.add_track("r").add_note(0, 60, 1, 2.0)
    assert repr(seq) == "MIDISequence(tracks=1, tempo=90, ppq=480, duration=2.00s)"
    assert repr(seq.tracks[0]) == "MIDITrack(name='r', events=3, duration=2.00s)"
    seq.tracks[0].name = "renamed"
    assert MIDISequence.from_bytes(seq.to_bytes()).tracks[0].name == "renamed"


# Durations from zero: notes that round to zero ticks put their note-on and note-off on
# one tick; they keep their order (on, then off) and their pairing through write/read.
# Few distinct keys, so that notes of one key meet at a tick often.
rows = st.lists(st.tuples(st.floats(0, 30, allow_nan=False) | st.sampled_from([0.0, 1.0, 2.0]),
                          st.integers(0, 127) | st.integers(60, 61), st.integers(1, 127),
                          st.floats(0, 5, allow_nan=False) | st.sampled_from([0.0, 1e-4, 1.0]),
                          st.integers(0, 15) | st.just(0)), max_size=40)


def _cross_track_overlap(notes: np.ndarray) -> bool:
    """True if two tracks sound one key at once (no single stream can tell those notes apart).

    Notes that only touch (one ends where the other starts) and zero-length
    notes at another note's start do not count: a format 0 file keeps them apart.
    """
    for key in set(zip(notes["channel"].tolist(), notes["pitch"].tolist(), strict=True)):
        sel = notes[(notes["channel"] == key[0]) & (notes["pitch"] == key[1])]
        for i in range(len(sel)):
            for j in range(i + 1, len(sel)):
                a, b = sel[i], sel[j]
                if a["track"] != b["track"] and (a["start_tick"] < b["end_tick"]
                                                 and b["start_tick"] < a["end_tick"]):
                    return True
    return False


@settings(max_examples=80, deadline=None)
@given(st.lists(rows, min_size=1, max_size=4), st.sampled_from([96, 480, 960]),
       st.floats(20, 300), st.sampled_from(list(MIDIFileFormat)))
def test_random_sequences_round_trip(tracks: list[list[tuple[float, int, int, float, int]]], ppq: int,
                                     bpm: float, fmt: MIDIFileFormat) -> None:
    seq = MIDISequence(tempo=bpm, ppq=ppq)
    for i, notes in enumerate(tracks):
        tr = seq.add_track(f"t{i}")
        for t, p, v, d, c in notes:
            tr.add_note(t, p, v, d, channel=c)
    raw = seq.to_bytes(fmt)
    back = MIDISequence.from_bytes(raw)
    assert back.to_bytes() == raw
    assert back.ppq == ppq and back.tempo == seq.tempo
    if fmt != MIDIFileFormat.SINGLE_TRACK:
        assert len(back.tracks) == len(tracks)
        for a, b in zip(seq.tracks, back.tracks, strict=True):
            assert list(a.event_table.rows()) == list(b.event_table.rows())
    want = seq.notes()
    key = ["start_tick", "end_tick", "pitch", "velocity", "channel"]
    # every event survives; in one stream the notes pair back as written
    # unless two tracks overlap on one key
    events = sorted(r[:4] for tr in seq._all_tracks() for r in tr.event_table.rows())
    got_events = sorted(r[:4] for tr in back._all_tracks() for r in tr.event_table.rows())
    if fmt != MIDIFileFormat.SINGLE_TRACK:
        assert got_events == events
    else:
        assert [e for e in got_events if e[1] != 0xFF] == [e for e in events if e[1] != 0xFF]
    if fmt == MIDIFileFormat.SINGLE_TRACK and _cross_track_overlap(want):
        return
    got = back.notes()
    assert sorted(got[key].tolist()) == sorted(want[key].tolist())
    np.testing.assert_allclose(np.sort(got["start"]), np.sort(want["start"]))


def test_zero_length_notes_keep_order_and_pairing_in_one_stream() -> None:
    """Touching notes and zero-length notes of one key in different tracks, merged into format 0."""
    seq = MIDISequence(ppq=96)
    a, b = seq.add_track("a"), seq.add_track("b")
    b.add_note_ticks(0, 60, 10, 96)      # ends at 96 ...
    a.add_note_ticks(96, 60, 20, 96)     # ... where this one starts (a is the earlier track)
    a.add_note_ticks(192, 60, 30, 0)     # zero-length at the start of ...
    b.add_note_ticks(192, 60, 40, 48)    # ... a note of the same key in a later track
    back = MIDISequence.from_bytes(seq.to_bytes(MIDIFileFormat.SINGLE_TRACK))
    rows = [(t, s, v) for t, s, _, v, _ in back.tracks[0].event_table.rows() if s != 0xFF]
    assert rows == [(0, 0x90, 10), (96, 0x80, 0), (96, 0x90, 20), (192, 0x80, 0),
                    (192, 0x90, 30), (192, 0x80, 0), (192, 0x90, 40), (240, 0x80, 0)]
    key = ["start_tick", "end_tick", "velocity"]
    assert back.notes()[key].tolist() == seq.notes()[key].tolist() == [
        (0, 96, 10), (96, 192, 20), (192, 192, 30), (192, 240, 40)]


def test_save_to_file_object_and_load_from_path(tmp_path: Path) -> None:
    seq = MIDISequence()
    seq.add_track("f").add_note(0, 60, 60, 0.1)
    buf = io.BytesIO()
    seq.save(buf)
    p = tmp_path / "x.mid"
    p.write_bytes(buf.getvalue())
    assert MIDISequence.load(p).tracks[0].name == "f"


@settings(max_examples=200, deadline=None)
@given(st.floats(0, 1000, allow_nan=False), st.sampled_from([24, 96, 480, 960]),
       st.lists(st.tuples(st.integers(1, 10**5), st.integers(1, 0xFFFFFF)), max_size=4))
def test_float_seconds_to_tick_matches_exact(seconds: float, ppq: int,
                                             changes: list[tuple[int, int]]) -> None:
    tm = TempoMap(ppq, changes)
    assert tm.seconds_to_tick(seconds) == tm.seconds_to_tick(Fraction(seconds))
