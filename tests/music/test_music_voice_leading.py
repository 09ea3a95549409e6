"""Voice leading helpers."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.music.theory import (
    SATB,
    Chord,
    ChordProgression,
    ChordType,
    VoiceRange,
    closest_inversion,
    find_parallels,
    out_of_range,
    smooth_voice_leading,
    voice_lead,
    voice_leading_distance,
)


def _brute_force_cost(prev: list[int], pcs: set[int]) -> int:
    """Least total motion over every voicing that uses all pitch classes, no crossing."""
    best = None
    candidates = [[p + d for d in range(-12, 13) if (p + d) % 12 in pcs] for p in prev]
    order = sorted(range(len(prev)), key=lambda i: prev[i])
    for choice in itertools.product(*candidates):
        if {c % 12 for c in choice} != pcs:
            continue
        if any(choice[a] > choice[b] for a, b in itertools.pairwise(order)):
            continue
        cost = sum(abs(c - p) for c, p in zip(choice, prev, strict=True))
        best = cost if best is None else min(best, cost)
    assert best is not None
    return best


def test_basic_moves() -> None:
    assert voice_lead([60, 64, 67], Chord.from_symbol("F")) == [60, 65, 69]
    assert voice_lead([60, 64, 67], Chord.from_symbol("Am")) == [60, 64, 69]
    g7 = voice_lead([60, 64, 67, 72], Chord.from_symbol("G7"))
    assert {n % 12 for n in g7} == {7, 11, 2, 5}
    assert voice_leading_distance([60, 64, 67, 72], g7) == _brute_force_cost([60, 64, 67, 72], {7, 11, 2, 5})
    # targets may be plain note numbers too
    assert voice_lead([60, 64, 67], [65, 69, 72]) == [60, 65, 69]


def test_fewer_voices_than_tones_drops_the_fifth_first() -> None:
    result = voice_lead([60, 64, 70], Chord.from_symbol("F7"))  # F A C Eb in three voices
    assert {n % 12 for n in result} == {5, 9, 3}


def test_bass_root_and_ranges() -> None:
    result = voice_lead([48, 55, 64, 67], Chord.from_symbol("G7"), ranges=SATB, bass="root")
    assert result[0] % 12 == 7 and min(result) == result[0]
    assert out_of_range(result) == []
    inverted = voice_lead([48, 55, 64, 67], Chord.from_symbol("G7/B"), bass="root")
    assert inverted[0] % 12 == 11
    tight = [VoiceRange("low", 40, 50), VoiceRange("high", 70, 80)]
    placed = voice_lead([45, 75], Chord.from_symbol("C5"), ranges=tight)
    assert all(r.contains(n) for r, n in zip(tight, placed, strict=True))


def test_crossing_rule() -> None:
    # the ranges force the voices to swap: only allowed when crossing is allowed
    ranges = [VoiceRange("upper-ranged", 65, 70), VoiceRange("lower-ranged", 55, 60)]
    crossed = voice_lead([60, 62], [67, 60], ranges=ranges, allow_crossing=True)
    assert crossed == [67, 60]
    with pytest.raises(ValueError, match="crossing"):
        voice_lead([60, 62], [67, 60], ranges=ranges)


def test_errors() -> None:
    with pytest.raises(ValueError, match="empty"):
        voice_lead([], Chord.from_symbol("C"))
    with pytest.raises(ValueError, match="at most 8"):
        voice_lead(list(range(60, 69)), Chord.from_symbol("C"))
    with pytest.raises(ValueError, match="voice ranges"):
        voice_lead([60, 64], Chord.from_symbol("C"), ranges=SATB)
    with pytest.raises(ValueError, match="no voicing"):
        voice_lead([60, 64], Chord.from_symbol("C"), ranges=[VoiceRange("a", 61, 61), VoiceRange("b", 61, 61)])
    with pytest.raises(ValueError, match="bass"):
        voice_lead([60], Chord.from_symbol("C"), bass="top")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="outside 0-127"):
        voice_leading_distance([60, 200], [60, 61])
    with pytest.raises(ValueError, match="different sizes"):
        voice_leading_distance([60], [60, 61])
    with pytest.raises(ValueError, match="above high"):
        VoiceRange("x", 70, 60)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(48, 72), min_size=3, max_size=4).map(sorted),
       st.sampled_from(["C", "Dm", "G7", "Fmaj7", "Bdim", "E", "Abmaj7", "C#m7"]))
def test_voice_lead_is_minimal(prev: list[int], symbol: str) -> None:
    chord = Chord.from_symbol(symbol)
    pcs = {n.pitch_class for n in chord.get_notes()}
    if len(pcs) > len(prev):
        return
    result = voice_lead(prev, chord)
    assert {n % 12 for n in result} == pcs
    assert voice_leading_distance(prev, result) == _brute_force_cost(prev, pcs)


def test_smooth_progression_and_closest_inversion() -> None:
    prog = ChordProgression.from_numerals("C", ["ii7", "V7", "Imaj7"])
    voicings = smooth_voice_leading(prog.chords)
    assert voicings == [[62, 65, 69, 72], [62, 65, 67, 71], [60, 64, 67, 71]]
    assert all(len(v) == 4 for v in voicings)
    assert smooth_voice_leading([]) == []
    started = smooth_voice_leading(prog.chords, start=[50, 65, 69, 72], bass="root")
    assert started[1][0] % 12 == 7
    assert closest_inversion(Chord.from_symbol("F"), [60, 64, 67]).get_midi_notes() == [60, 65, 69]
    assert closest_inversion(Chord.from_symbol("G"), 60).get_midi_notes() == [55, 59, 62]
    near = closest_inversion(Chord("C", ChordType.MAJOR_7), [76, 79, 83])
    assert near.get_midi_notes()[0] >= 71


def test_parallels_and_ranges() -> None:
    assert find_parallels([48, 55, 64], [50, 57, 65]) == [(0, 1, "fifths")]
    assert find_parallels([48, 60], [50, 62]) == [(0, 1, "octaves")]
    assert find_parallels([48, 55], [48, 57]) == []  # oblique motion
    assert find_parallels([48, 55], [50, 53]) == []  # contrary motion
    assert out_of_range([36, 55, 64, 72]) == [0]
    assert repr(VoiceRange.TENOR) == "VoiceRange('tenor', C3-A4)"
    with pytest.raises(ValueError, match="voice ranges"):
        out_of_range([60, 64])


def test_many_voices_and_crossing_with_bass() -> None:
    prev = [40, 47, 52, 55, 59, 64, 67, 71]
    result = voice_lead(prev, Chord.from_symbol("A13"))
    assert len(result) == 8 and result == sorted(result)
    assert {n % 12 for n in result} == {n.pitch_class for n in Chord.from_symbol("A13").get_notes()}
    crossed = voice_lead([50, 60, 64], Chord.from_symbol("G"), allow_crossing=True, bass="root")
    assert crossed[0] % 12 == 7 and min(crossed) == crossed[0]
