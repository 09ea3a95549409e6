"""Transpose, Invert and Harmonize: exact results, range handling, streaming."""

from __future__ import annotations

import pytest

from coremusic.midi import MIDIMessage, MIDISequence
from coremusic.midi.transforms import Harmonize, Invert, Transpose, transpose
from coremusic.music.theory import Key, Scale, ScaleType

from .helpers import note_list, seq_of, stream


def test_transpose_moves_notes_and_poly_aftertouch_only() -> None:
    seq = seq_of((0, 60, 100, 480), (480, 64, 90, 240))
    tr = seq.tracks[0]
    tr.add_control_change(0.0, 7, 100)
    tr.add_poly_aftertouch(0.1, 60, 50)
    out = Transpose(3).apply(seq)
    assert note_list(out) == [(0, 480, 63, 100, 0), (480, 720, 67, 90, 0)]
    ev = out.tracks[0].event_table
    cc = [(r[1], r[2], r[3]) for r in ev.rows() if r[1] == 0xB0]
    pat = [(r[1], r[2]) for r in ev.rows() if r[1] == 0xA0]
    assert cc == [(0xB0, 7, 100)] and pat == [(0xA0, 63)]
    assert out.tracks[0].name == "t"


def test_transpose_does_not_touch_input() -> None:
    seq = seq_of((0, 60, 100, 480))
    before = list(seq.tracks[0].event_table.rows())
    transpose(seq, 12)
    assert list(seq.tracks[0].event_table.rows()) == before


@pytest.mark.parametrize(("mode", "expected"), [("clamp", [127, 127]), ("drop", [127])])
def test_transpose_range_modes(mode: str, expected: list[int]) -> None:
    seq = seq_of((0, 120, 100, 10), (20, 125, 100, 10))
    out = Transpose(7, mode=mode).apply(seq)  # type: ignore[arg-type]
    assert [n[2] for n in note_list(out)] == expected
    # dropped notes leave no orphan note-offs behind
    assert len(out.tracks[0]) == 1 + 2 * len(expected)


def test_transpose_raise_names_the_pitch() -> None:
    with pytest.raises(ValueError, match="132"):
        Transpose(7, mode="raise").apply(seq_of((0, 125, 100, 10)))
    with pytest.raises(ValueError, match="range mode"):
        Transpose(1, mode="wrap")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Transpose(1.5)  # type: ignore[arg-type]


def test_transpose_streaming() -> None:
    t = Transpose(-2)
    assert t.process(MIDIMessage.note_off(60, 30, channel=3)) == [MIDIMessage.note_off(58, 30, channel=3)]
    cc = MIDIMessage.control_change(1, 2)
    assert t.process(cc) == [cc]
    assert Transpose(-61, mode="drop").process(MIDIMessage.note_on(60)) == []
    assert Transpose(-61).process(MIDIMessage.note_on(60)) == [MIDIMessage.note_on(0)]


def test_invert_around_pivot_and_half_step_axis() -> None:
    seq = seq_of((0, 60, 100, 10), (0, 67, 100, 10))
    assert [n[2] for n in note_list(Invert(64).apply(seq))] == [61, 68]
    assert [n[2] for n in note_list(Invert("C4", pivot2="C#4").apply(seq))] == [54, 61]
    assert Invert(0, mode="drop").process(MIDIMessage.note_on(1)) == []


def test_harmonize_fixed_intervals() -> None:
    seq = seq_of((0, 60, 100, 480))
    out = Harmonize([4, 7]).apply(seq)
    assert note_list(out) == [(0, 480, 60, 100, 0), (0, 480, 64, 100, 0), (0, 480, 67, 100, 0)]


def test_harmonize_diatonic_thirds_in_key() -> None:
    # C major: C->E (major third), D->F (minor third), B->D (over the octave)
    seq = seq_of((0, 60, 100, 10), (10, 62, 100, 10), (20, 71, 100, 10), (30, 61, 100, 10))
    out = Harmonize(scale=Key("C"), degrees=[2]).apply(seq)
    assert [n[2] for n in note_list(out)] == [60, 64, 62, 65, 71, 74, 61]
    minor = Harmonize(scale=Scale("A", ScaleType.NATURAL_MINOR), degrees=[2, 4])
    assert minor.voices(57) == [60, 64] and minor.voices(64) == [67, 71]
    assert Harmonize(scale=Key("C"), degrees=[-2]).voices(60) == [57]


def test_harmonize_range_and_arguments() -> None:
    assert Harmonize([12]).voices(120) == []
    with pytest.raises(ValueError, match="outside"):
        Harmonize([12], mode="raise").apply(seq_of((0, 120, 100, 10)))
    with pytest.raises(ValueError, match="either"):
        Harmonize()
    with pytest.raises(ValueError, match="either"):
        Harmonize([4], scale=Key("C"))


@pytest.mark.parametrize("transform", [Transpose(5), Invert(62), Harmonize([3, 7]),
                                       Harmonize(scale=Key("D"), degrees=[2, 4])])
def test_streaming_matches_sequence_form(transform: object) -> None:
    seq = MIDISequence()
    tr = seq.add_track()
    for i, p in enumerate([60, 62, 64, 65, 61, 67]):
        tr.add_note_ticks(i * 100, p, 80 + i, 150, channel=i % 2)
    out = transform.apply(seq)  # type: ignore[attr-defined]
    from .helpers import tick_messages
    assert sorted(stream(transform, tr)) == sorted(tick_messages(out.tracks[0]))
