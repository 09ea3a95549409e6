"""Arpeggiate, TrackMerge, Pipeline, the function forms and purity."""

from __future__ import annotations

import inspect

import pytest

import coremusic.midi.transforms as tf
from coremusic.midi import MIDIMessage, MIDISequence, MIDITrack
from coremusic.midi.transforms import (
    Arpeggiate,
    Humanize,
    Pipeline,
    Quantize,
    StreamingNotSupported,
    TrackMerge,
    Transpose,
    VelocityScale,
    arpeggiate,
    merge_tracks,
)
from coremusic.music.theory import Key

from .helpers import note_list, seq_of


def chord_seq() -> MIDISequence:
    return seq_of((0, 60, 100, 480), (0, 64, 90, 480), (0, 67, 80, 480))


def test_arpeggiate_up_by_hand() -> None:
    out = Arpeggiate("up", rate="1/16").apply(chord_seq())
    assert note_list(out) == [(0, 120, 60, 100, 0), (120, 240, 64, 90, 0),
                              (240, 360, 67, 80, 0), (360, 480, 60, 100, 0)]


def test_arpeggiate_modes_octaves_gate() -> None:
    seq = chord_seq()
    down = [n[2] for n in note_list(arpeggiate(seq, "down", "1/16"))]
    assert down == [67, 64, 60, 67]
    updown = sorted(note_list(arpeggiate(seq, "updown", "1/32", octaves=2)))
    assert [n[2] for n in updown] == [60, 64, 67, 72, 76, 79, 76, 72]  # 8 steps of 1/32 in a quarter
    assert updown[3][3] == 100  # octave copies take the velocity of their source note
    gated = note_list(arpeggiate(seq, "up", "1/8", gate=0.5))
    assert [(n[0], n[1]) for n in gated] == [(0, 120), (240, 360)]


def test_arpeggiate_random_is_seeded_and_stops_at_next_chord() -> None:
    seq = seq_of((0, 60, 100, 960), (0, 64, 100, 960), (480, 72, 100, 240))
    a = note_list(Arpeggiate("random", "1/16", seed=3).apply(seq))
    b = note_list(Arpeggiate("random", "1/16", seed=3).apply(seq))
    assert a == b
    first = [n for n in a if n[0] < 480]
    assert len(first) == 4 and {n[2] for n in first} <= {60, 64}
    assert [n[2] for n in a if n[0] >= 480] == [72, 72]  # single note repeated until its end


def test_arpeggiate_triplet_rate() -> None:
    out = Arpeggiate("up", rate="1/8t").apply(seq_of((0, 60, 100, 480), (0, 67, 100, 480)))
    assert [(n[0], n[2]) for n in note_list(out)] == [(0, 60), (160, 67), (320, 60)]


def test_track_merge() -> None:
    seq = MIDISequence()
    seq.add_track("a").add_note_ticks(0, 60, 90, 10)
    seq.add_track("b").add_note_ticks(5, 64, 90, 10, channel=1)
    seq.add_track("c").add_note_ticks(0, 36, 90, 10, channel=9)
    out = merge_tracks(seq, [0, 1], name="keys")
    assert [t.name for t in out.tracks] == ["keys", "c"]
    assert note_list(out) == [(0, 10, 36, 90, 9), (0, 10, 60, 90, 0), (5, 15, 64, 90, 1)]
    assert out.notes()["track"].tolist() == [0, 1, 0]
    assert [t.name for t in TrackMerge().apply(seq).tracks] == ["a + b + c"]
    with pytest.raises(IndexError):
        TrackMerge([5]).apply(seq)
    assert len(seq.tracks) == 3  # input untouched


def test_pipeline_equals_sequential_application() -> None:
    seq = seq_of((10, 60, 100, 100), (250, 62, 80, 300))
    steps = [Transpose(5), Quantize("1/8"), VelocityScale(0.5), Humanize(timing=0.01, velocity=3, seed=9)]
    piped = Pipeline(steps).apply(seq)
    manual = seq
    for s in steps:
        manual = s.apply(manual)
    assert [list(t.event_table.rows()) for t in piped.tracks] == [list(t.event_table.rows())
                                                                  for t in manual.tracks]
    assert len(Pipeline(steps)) == 4 and not Pipeline(steps).streaming


def test_pipeline_process_and_nesting() -> None:
    p = Pipeline([Transpose(12), Pipeline([VelocityScale(0.5), Transpose(-1)])])
    assert p.streaming
    assert p.process(MIDIMessage.note_on(60, 100)) == [MIDIMessage.note_on(71, 50)]
    assert Pipeline([tf.Harmonize([7]), Transpose(1)]).process(MIDIMessage.note_on(60)) == [
        MIDIMessage.note_on(61), MIDIMessage.note_on(68)]
    with pytest.raises(StreamingNotSupported, match="Quantize"):
        Pipeline([Transpose(1), Quantize()]).process(MIDIMessage.note_on(60))
    with pytest.raises(TypeError, match="Transform"):
        Pipeline([lambda s: s])  # type: ignore[list-item]


def test_pipeline_on_lone_track_and_call() -> None:
    tr = MIDITrack()
    tr.add_note_ticks(7, 60, 100, 100)
    out = Pipeline([Transpose(2), Quantize("1/4")])(tr)
    assert isinstance(out, MIDITrack)
    assert out.event_table.ticks.tolist() == [0, 480] and out.event_table.data1.tolist() == [62, 62]


def test_apply_rejects_other_types() -> None:
    with pytest.raises(TypeError, match="MIDISequence or MIDITrack"):
        Transpose(1).apply([1, 2, 3])  # type: ignore[call-overload]


def test_results_are_independent_copies() -> None:
    seq = chord_seq()
    out = Transpose(0).apply(seq)
    out.tracks[0].name = "renamed"
    out.tempo = 90.0
    out.tracks[0].add_note_ticks(0, 1, 1, 1)
    assert seq.tracks[0].name == "t" and seq.tempo == 120.0 and len(seq.tracks[0]) == 7


FUNCTIONS = {
    "transpose": "Transpose", "invert": "Invert", "harmonize": "Harmonize", "quantize": "Quantize",
    "humanize": "Humanize", "time_stretch": "TimeStretch", "time_shift": "TimeShift",
    "reverse": "Reverse", "legato": "Legato", "staccato": "Staccato",
    "velocity_scale": "VelocityScale", "velocity_curve": "VelocityCurve",
    "velocity_compress": "VelocityCompress", "filter_notes": "NoteFilter",
    "filter_channels": "ChannelFilter", "filter_event_types": "EventTypeFilter",
    "filter_scale": "ScaleFilter", "channel_remap": "ChannelRemap", "arpeggiate": "Arpeggiate",
    "merge_tracks": "TrackMerge",
}


@pytest.mark.parametrize(("func", "cls"), sorted(FUNCTIONS.items()))
def test_function_form_has_the_class_signature(func: str, cls: str) -> None:
    f = inspect.signature(getattr(tf, func))
    init = getattr(tf, cls).__init__
    fp = [(p.name, p.kind, p.default) for p in list(f.parameters.values())[1:]]
    cp = ([] if init is object.__init__ else
          [(p.name, p.kind, p.default) for p in list(inspect.signature(init).parameters.values())[1:]])
    assert fp == cp


def test_reprs_name_the_parameters() -> None:
    assert repr(Transpose(3)) == "Transpose(semitones=3, mode='clamp')"
    assert repr(tf.Harmonize([4, 7])) == "Harmonize(intervals=[4, 7], scale=None, degrees=[2], mode='drop')"
    assert repr(tf.VelocityScale(0.5)) == "VelocityScale(factor=0.5, offset=0.0)"
    assert "seed=1" in repr(Humanize(velocity=10, seed=1))
    assert repr(Pipeline([Transpose(1)])).startswith("Pipeline([Transpose(")
    assert "ticks=5" in repr(tf.TimeShift(ticks=5))


ALL = [tf.Transpose(2), tf.Invert(60), tf.Harmonize([4]), tf.VelocityScale(0.5), tf.VelocityCurve(),
       tf.VelocityCompress(), tf.Quantize(), tf.Humanize(0.01, 5, seed=1), tf.TimeStretch(1.5),
       tf.TimeShift(1), tf.Reverse(), tf.Legato(), tf.Staccato(), tf.Arpeggiate(),
       tf.NoteFilter(10, 20), tf.ChannelFilter([1]), tf.EventTypeFilter(drop=["meta"]),
       tf.ScaleFilter(Key("C")), tf.ChannelRemap({0: 1}), tf.TrackMerge()]


@pytest.mark.parametrize("transform", ALL, ids=lambda t: type(t).__name__)
def test_empty_and_meta_only_sequences(transform: tf.Transform) -> None:
    empty = MIDISequence()
    assert transform.apply(empty).notes().size == 0
    meta = MIDISequence()
    meta.add_track("only a name").add_text(0.5, "marker")
    out = transform.apply(meta)
    assert out.notes().size == 0 and out.tempo == 120.0


@pytest.mark.parametrize("transform", ALL, ids=lambda t: type(t).__name__)
def test_saved_result_loads_back_with_the_same_notes(transform: tf.Transform) -> None:
    seq = seq_of((10, 60, 100, 470), (10, 64, 90, 470), (500, 67, 80, 200))
    seq.tracks[0].add_sysex(0.2, b"\x7e\x00")
    out = transform.apply(seq)
    again = MIDISequence.from_bytes(out.to_bytes())
    assert note_list(again) == note_list(out)


def test_note_values_need_ppq_time() -> None:
    seq = MIDISequence.from_bytes(seq_of((0, 60, 100, 10)).to_bytes())
    seq.smpte = (25, 40)
    with pytest.raises(ValueError, match="SMPTE"):
        Quantize().apply(seq)
    assert note_list(Transpose(1).apply(seq)) == [(0, 10, 61, 100, 0)]
