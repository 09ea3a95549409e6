"""Quantize, Humanize, TimeStretch, TimeShift, Reverse, Legato, Staccato by hand."""

from __future__ import annotations

from fractions import Fraction

import pytest

from coremusic.midi import MIDIMessage, MIDISequence, MIDITrack
from coremusic.midi.transforms import (
    Humanize,
    Legato,
    Quantize,
    Reverse,
    Staccato,
    StreamingNotSupported,
    TimeShift,
    TimeStretch,
    humanize,
    note_value_ticks,
    quantize,
    reverse,
    time_shift,
)
from coremusic.music.theory import Duration, NoteValue

from .helpers import note_list, seq_of


def test_note_values() -> None:
    assert note_value_ticks("1/16", 480) == 120
    assert note_value_ticks(NoteValue.EIGHTH, 96) == 48
    assert note_value_ticks(Duration.triplet(NoteValue.QUARTER), 480) == 320
    assert note_value_ticks(Fraction(1, 12), 100) == Fraction(100, 3)
    assert note_value_ticks("1/8.", 480) == 360
    assert note_value_ticks(0.25, 480) == 480
    for bad in ("x", "0", -1):
        with pytest.raises(ValueError):
            note_value_ticks(bad, 480)
    with pytest.raises(TypeError):
        note_value_ticks(None, 480)


def test_quantize_grid_is_in_beats_not_seconds() -> None:
    # at 60 BPM a sixteenth is 0.25 s; the grid must follow the beat, not a seconds value
    seq = MIDISequence(tempo=60.0)
    seq.add_track().add_note_ticks(110, 60, 100, 250)
    assert note_list(Quantize("1/16").apply(seq)) == [(120, 360, 60, 100, 0)]
    assert Quantize("1/16").apply(seq).notes()["start"].tolist() == [0.25]


def test_quantize_ends_with_starts_never_zero_length() -> None:
    # a 20-tick note straddling a grid line: starts and ends snap to the same line
    seq = seq_of((470, 60, 100, 20), (0, 62, 100, 50))
    out = quantize(seq, "1/8")
    # 470..490 -> start 480, end 480 -> gets one grid step: 480..720; 0..50 -> 0..240
    assert note_list(out) == [(0, 240, 62, 100, 0), (480, 720, 60, 100, 0)]


def test_quantize_strength_and_length_mode() -> None:
    seq = seq_of((100, 60, 100, 100))
    # start 100 -> 120 on a 1/16 grid; half strength -> 110; end 200 -> 240 -> 220
    assert note_list(Quantize("1/16", strength=0.5).apply(seq)) == [(110, 220, 60, 100, 0)]
    assert note_list(Quantize("1/16", ends="length").apply(seq)) == [(120, 220, 60, 100, 0)]
    assert note_list(Quantize("1/16", strength=0.0).apply(seq)) == [(100, 200, 60, 100, 0)]


def test_quantize_swing() -> None:
    q = Quantize("1/8", swing=0.5)
    # off-beat eighths delayed by half an eighth: 0, 360, 480, 840 ...
    assert q.grid_ticks(480, 960).tolist() == [0, 360, 480, 840, 960]
    seq = seq_of((250, 60, 100, 100), (700, 62, 100, 100))
    # 250 -> 360 (nearer than 0 at distance 250); 700 -> 840 (140 vs 220 to 480)
    assert [n[0] for n in note_list(q.apply(seq))] == [360, 840]


def test_quantize_leaves_other_events_and_tempo_alone() -> None:
    seq = seq_of((100, 60, 100, 100))
    seq.tracks[0].add_control_change(0.1, 64, 127)
    seq.add_tempo_change(0.5, 90.0)
    out = quantize(seq, "1/4")
    cc = [r for r in out.tracks[0].event_table.rows() if r[1] == 0xB0]
    assert cc == [(seq.tempo_map.seconds_to_tick(0.1), 0xB0, 64, 127, None)]
    assert out.tempo_map.changes == seq.tempo_map.changes


def test_quantize_repeated_pitch_keeps_both_notes() -> None:
    # two notes of the same pitch end/start at the same quantised tick: off comes first
    seq = seq_of((0, 60, 100, 230), (250, 60, 90, 200))
    out = quantize(seq, "1/8")
    assert note_list(out) == [(0, 240, 60, 100, 0), (240, 480, 60, 90, 0)]
    ticks_status = [(r[0], r[1]) for r in out.tracks[0].event_table.rows() if r[1] != 0xFF]
    assert ticks_status == [(0, 0x90), (240, 0x80), (240, 0x90), (480, 0x80)]


def test_humanize_reproducible_and_bounded() -> None:
    seq = seq_of(*[(i * 240, 60 + i % 12, 64, 120) for i in range(40)])
    a = humanize(seq, timing=0.01, velocity=10, seed=42)
    b = humanize(seq, timing=0.01, velocity=10, seed=42)
    c = humanize(seq, timing=0.01, velocity=10, seed=43)
    assert note_list(a) == note_list(b) != note_list(c)
    na, n0 = a.notes(), seq.notes()
    assert abs(na["start"] - n0["start"]).max() <= 0.01 + 1 / 960
    assert ((na["end_tick"] - na["start_tick"]) == 120).all()  # lengths kept
    assert abs(na["velocity"].astype(int) - 64).max() <= 10
    assert len(set(na["velocity"].tolist())) > 5


def test_humanize_streaming_velocity_only() -> None:
    with pytest.raises(ValueError, match="timing"):
        Humanize(timing=0.01).process(MIDIMessage.note_on(60))
    h1, h2 = Humanize(velocity=20, seed=5), Humanize(velocity=20, seed=5)
    msgs = [MIDIMessage.note_on(60, 64)] * 10
    assert [h1.process(m) for m in msgs] == [h2.process(m) for m in msgs]
    off = MIDIMessage.note_off(60)
    assert h1.process(off) == [off]


def test_time_stretch_scales_tempo_map_positions_too() -> None:
    seq = seq_of((100, 60, 100, 1))
    seq.add_tempo_change(1.0, 60.0)  # at tick 960
    out = TimeStretch(2.0).apply(seq)
    assert note_list(out) == [(200, 202, 60, 100, 0)]
    assert out.tempo_map.changes == [(0, 500_000), (1920, 1_000_000)]
    tiny = TimeStretch(0.1).apply(seq)
    assert note_list(tiny) == [(10, 11, 60, 100, 0)]  # 0.1 tick length -> at least 1 tick
    assert tiny.tracks[0].end_tick == 10 + 1


def test_time_shift_units() -> None:
    seq = seq_of((0, 60, 100, 480))
    seq.add_tempo_change(0.5, 60.0)  # 120 BPM for 480 ticks, then 60 BPM
    assert note_list(time_shift(seq, 1)) == [(480, 960, 60, 100, 0)]
    assert note_list(time_shift(seq, ticks=7)) == [(7, 487, 60, 100, 0)]
    # 1 s later: start 0 s -> 1 s = 480 ticks (0.5 s at 120 BPM) + 240 (0.5 s at 60 BPM);
    # end 0.5 s -> 1.5 s = 480 + 480: the shift is exact in seconds, the length in ticks changes
    shifted = TimeShift(seconds=1.0).apply(seq)
    assert note_list(shifted) == [(720, 960, 60, 100, 0)]
    assert shifted.notes()["start"].tolist() == [1.0]
    assert shifted.tracks[0].name == "t"  # name meta stays at tick 0
    with pytest.raises(ValueError, match="before tick 0"):
        time_shift(seq, -1)
    with pytest.raises(ValueError, match="exactly one"):
        TimeShift(1, ticks=3)


def test_reverse_by_hand() -> None:
    seq = seq_of((0, 60, 100, 100), (150, 62, 90, 50))
    seq.tracks[0].add_control_change(0.0, 1, 5)  # tick 0 -> tick 200 (the end)
    out = reverse(seq)
    assert note_list(out) == [(0, 50, 62, 90, 0), (100, 200, 60, 100, 0)]
    cc = [r[0] for r in out.tracks[0].event_table.rows() if r[1] == 0xB0]
    assert cc == [200] and out.tracks[0].name == "t"


def test_reverse_aligns_tracks_on_the_longest() -> None:
    seq = seq_of((0, 60, 100, 960))
    seq.add_track("short").add_note_ticks(0, 70, 100, 240)
    out = Reverse().apply(seq)
    assert note_list(out) == [(0, 960, 60, 100, 0), (720, 960, 70, 100, 0)]


def test_legato_and_staccato() -> None:
    seq = seq_of((0, 60, 100, 100), (0, 64, 100, 50), (480, 62, 100, 600), (960, 65, 100, 100))
    assert note_list(Legato().apply(seq)) == [
        (0, 480, 60, 100, 0), (0, 480, 64, 100, 0), (480, 960, 62, 100, 0), (960, 1060, 65, 100, 0)]
    assert [n[1] for n in note_list(Legato(gap=10).apply(seq))] == [470, 470, 950, 1060]
    assert [n[1] - n[0] for n in note_list(Staccato(0.5).apply(seq))] == [25, 50, 300, 50]
    assert [n[1] - n[0] for n in note_list(Staccato(length="1/32").apply(seq))] == [60] * 4


def test_time_transforms_do_not_stream() -> None:
    for t in (Quantize(), TimeStretch(2), TimeShift(1), Reverse(), Legato(), Staccato()):
        with pytest.raises(StreamingNotSupported, match=type(t).__name__):
            t.process(MIDIMessage.note_on(60))
        assert not t.streaming


def test_lone_track_keeps_its_sequence_tempo_map() -> None:
    seq = MIDISequence(tempo=60.0)
    tr = seq.add_track()
    tr.add_note(1.0, 60, 100, 0.5)
    out = Quantize("1/4").apply(tr)
    assert isinstance(out, MIDITrack) and out is not tr
    assert out.times.tolist() == [1.0, 1.5 + 0.5]  # 480 ticks/s; end 720 -> snaps to 960


def test_hanging_notes_and_orphan_note_offs_are_kept() -> None:
    tr = MIDITrack()
    tr.add_message(MIDIMessage.note_off(50), tick=5)            # note-off without a note-on
    tr.add_message(MIDIMessage.note_on(60, 100), tick=130)      # note-on never released
    tr.end_tick = 1000
    out = Quantize("1/8").apply(tr)
    msgs = [(t, m) for t, m in out.messages() if isinstance(m, MIDIMessage)]
    assert [(t, m.type, m.note) for t, m in msgs] == [(5, "note_off", 50), (240, "note_on", 60)]
    assert out.end_tick == 1000
    rev = Reverse().apply(tr)  # a hanging note gets an explicit end when reversed
    assert [(t, m.type) for t, m in rev.messages() if isinstance(m, MIDIMessage)] == [
        (0, "note_on"), (870, "note_off"), (995, "note_off")]
