"""Invariants of the transforms, checked with hypothesis."""

from __future__ import annotations

from collections import Counter

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.midi import MIDISequence
from coremusic.midi.transforms import (
    ChannelRemap,
    Harmonize,
    Humanize,
    Invert,
    NoteFilter,
    Pipeline,
    Quantize,
    Reverse,
    TimeShift,
    TimeStretch,
    Transform,
    Transpose,
    VelocityCurve,
    VelocityScale,
)

from .helpers import note_list, stream, tick_messages

NOTE = st.tuples(st.integers(0, 4000), st.integers(0, 127), st.integers(1, 127),
                 st.integers(0, 700), st.integers(0, 15))
NoteRows = list[tuple[int, int, int, int, int]]
NOTES = st.lists(NOTE, min_size=0, max_size=25)
PPQ = st.sampled_from([96, 480, 960])
GRID = st.sampled_from(["1/4", "1/8", "1/16", "1/8t", "1/16t", "1/32", "1/4."])
SETTINGS = settings(max_examples=60, deadline=None)


def build(notes: list[tuple[int, int, int, int, int]], ppq: int = 480, *, ccs: bool = True) -> MIDISequence:
    seq = MIDISequence(ppq=ppq)
    tr = seq.add_track("p")
    for tick, pitch, vel, length, ch in notes:
        tr.add_note_ticks(tick, pitch, vel, length, channel=ch)
        if ccs and pitch % 5 == 0:
            tr.add_control_change(tick / 1000, pitch % 120, vel, channel=ch)
    return seq


def others(seq: MIDISequence) -> Counter[tuple[int, int, int, int, bytes | None]]:
    return Counter(r for t in seq.tracks for r in t.event_table.rows() if r[1] & 0xE0 != 0x80)


@SETTINGS
@given(NOTES, st.integers(-40, 40))
def test_transpose_there_and_back_is_identity_within_range(notes: NoteRows, n: int) -> None:
    notes = [x for x in notes if 0 <= x[1] + n <= 127]
    seq = build(notes)
    back = Transpose(-n).apply(Transpose(n).apply(seq))
    assert list(back.tracks[0].event_table.rows()) == list(seq.tracks[0].event_table.rows())


@SETTINGS
@given(NOTES, PPQ, GRID, st.sampled_from([0.0, 0.25, 1 / 3, 0.6]))
def test_quantize_full_strength_on_grid_and_positive_lengths(notes: NoteRows, ppq: int, grid: str,
                                                             swing: float) -> None:
    seq = build(notes, ppq)
    q = Quantize(grid, strength=1.0, swing=swing)
    out = q.apply(seq)
    n_in, n_out = seq.notes(), out.notes()
    assert len(n_out) == len(n_in)
    starts = n_out["start_tick"]
    assert (q.snap(starts, ppq) == starts).all()  # every start is a grid line
    assert sorted(starts.tolist()) == sorted(q.snap(n_in["start_tick"], ppq).tolist())
    assert ((n_out["end_tick"] - starts) > 0).all()
    assert others(out) == others(seq)  # CCs and metas untouched
    # quantising again changes nothing
    assert note_list(q.apply(out)) == note_list(out)


@SETTINGS
@given(NOTES, GRID, st.floats(0.0, 1.0), st.sampled_from(["grid", "length"]))
def test_quantize_any_strength_keeps_lengths_positive(notes: NoteRows, grid: str, strength: float,
                                                      ends: str) -> None:
    notes = [x for x in notes if x[3] > 0]
    out = Quantize(grid, strength=strength, ends=ends).apply(build(notes))  # type: ignore[arg-type]
    n = out.notes()
    assert ((n["end_tick"] - n["start_tick"]) > 0).all() and len(n) == len(notes)


@SETTINGS
@given(NOTES, st.integers(0, 2**32 - 1), st.floats(0.0, 0.05), st.integers(0, 30))
def test_humanize_with_seed_is_reproducible(notes: NoteRows, seed: int, timing: float, vel: int) -> None:
    seq = build(notes)
    a = Humanize(timing, vel, seed).apply(seq)
    b = Humanize(timing, vel, seed).apply(seq)
    assert list(a.tracks[0].event_table.rows()) == list(b.tracks[0].event_table.rows())
    na = a.notes()
    assert len(na) == len(notes)
    assert ((na["velocity"] >= 1) & (na["velocity"] <= 127)).all()


@SETTINGS
@given(NOTES)
def test_reverse_twice_is_identity(notes: NoteRows) -> None:
    seq = build(notes)
    twice = Reverse().apply(Reverse().apply(seq))
    assert note_list(twice) == note_list(seq)
    assert others(twice) == others(seq)
    assert twice.tracks[0].end_tick == seq.tracks[0].end_tick


@SETTINGS
@given(NOTES, st.integers(0, 2000))
def test_stretch_and_shift_invert_exactly(notes: NoteRows, k: int) -> None:
    seq = build(notes)
    assert note_list(TimeStretch(0.5).apply(TimeStretch(2.0).apply(seq))) == note_list(seq)
    there = TimeShift(ticks=k).apply(seq)
    assert note_list(TimeShift(ticks=-k).apply(there)) == note_list(seq)
    assert others(TimeShift(ticks=-k).apply(there)) == others(seq)


POOL: list[Transform] = [Transpose(3), Transpose(-5, mode="drop"), Invert(64), Quantize("1/8"),
                         Quantize("1/16", 0.5, 0.2), Humanize(0.01, 5, seed=2), VelocityScale(0.8),
                         VelocityCurve("log", 1.5), Reverse(), TimeStretch(1.5), NoteFilter(40, 90),
                         Harmonize([7]), ChannelRemap({0: 3})]


@SETTINGS
@given(NOTES, st.lists(st.sampled_from(POOL), min_size=1, max_size=5))
def test_pipeline_equals_sequential_application(notes: NoteRows, steps: list[Transform]) -> None:
    seq = build(notes)
    manual = seq
    for s in steps:
        manual = s.apply(manual)
    piped = Pipeline(steps).apply(seq)
    assert list(piped.tracks[0].event_table.rows()) == list(manual.tracks[0].event_table.rows())
    assert piped.tracks[0].end_tick == manual.tracks[0].end_tick


STREAMING = st.sampled_from([Transpose(7), Transpose(-3, mode="drop"), Invert(60), VelocityScale(1.3, -4),
                             VelocityCurve("s-curve", 2), NoteFilter(30, 80, invert=True),
                             ChannelRemap({1: 2, 2: 1}), Harmonize([4, 7]), Harmonize([-12], mode="drop")])


@SETTINGS
@given(NOTES, STREAMING)
def test_streaming_agrees_with_sequence_form(notes: NoteRows, transform: Transform) -> None:
    seq = build(notes)
    out = transform.apply(seq)
    assert Counter(stream(transform, seq.tracks[0])) == Counter(tick_messages(out.tracks[0]))


@SETTINGS
@given(NOTES)
def test_transforms_never_change_their_input(notes: NoteRows) -> None:
    seq = build(notes)
    before = [list(t.event_table.rows()) for t in seq.tracks]
    for t in POOL:
        t.apply(seq)
    assert [list(t.event_table.rows()) for t in seq.tracks] == before
    assert np.array_equal(seq.notes(), build(notes).notes())


def _reference_pairs(keys: list[int], is_on: list[bool]) -> tuple[list[int], list[bool]]:
    """Plain first-in-first-out pairing, one event at a time."""
    from collections import deque

    open_: dict[int, deque[int]] = {}
    off_of = [-1] * len(keys)
    orphan = [False] * len(keys)
    for i, (k, on) in enumerate(zip(keys, is_on, strict=True)):
        if on:
            open_.setdefault(k, deque()).append(i)
        elif open_.get(k):
            off_of[open_[k].popleft()] = i
        else:
            orphan[i] = True
    return off_of, orphan


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 3), st.booleans()), max_size=60))
def test_vectorised_pairing_matches_reference(events: list[tuple[int, bool]]) -> None:
    from coremusic.midi.transforms._core import pair_fifo

    keys = [k for k, _ in events]
    ons = [o for _, o in events]
    off_of, orphan = pair_fifo(np.array(keys, dtype=np.int64), np.array(ons, dtype=bool))
    ref_off, ref_orphan = _reference_pairs(keys, ons)
    assert off_of.tolist() == ref_off and orphan.tolist() == ref_orphan
