"""Note values, durations, time signatures and rhythm patterns."""

from __future__ import annotations

import itertools
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.music.theory import Duration, MeterType, NoteValue, RhythmPattern, TimeSignature


def test_note_values() -> None:
    assert NoteValue.QUARTER.beats == 1.0 and NoteValue.WHOLE.quarters == 4
    assert NoteValue["CROTCHET"] is NoteValue.QUARTER
    assert NoteValue["BREVE"] is NoteValue.DOUBLE_WHOLE
    assert NoteValue.from_denominator(8) is NoteValue.EIGHTH
    with pytest.raises(ValueError, match="1/3"):
        NoteValue.from_denominator(3)


@pytest.mark.parametrize(
    ("duration", "quarters"),
    [
        (Duration(NoteValue.QUARTER), Fraction(1)),
        (Duration(NoteValue.QUARTER, dots=1), Fraction(3, 2)),
        (Duration(NoteValue.QUARTER, dots=2), Fraction(7, 4)),
        (Duration(NoteValue.HALF, dots=3), Fraction(15, 4)),
        (Duration.triplet(NoteValue.EIGHTH), Fraction(1, 3)),
        (Duration(NoteValue.SIXTEENTH, tuplet=(5, 4)), Fraction(1, 5)),
        (Duration(NoteValue.EIGHTH, dots=1, tuplet=(3, 2)), Fraction(1, 2)),
        (Duration.dotted(NoteValue.WHOLE), Fraction(6)),
    ],
)
def test_duration_lengths(duration: Duration, quarters: Fraction) -> None:
    assert duration.quarters == quarters
    assert duration.fraction == quarters / 4
    assert duration.beats == float(quarters)
    assert duration.to_seconds(60) == pytest.approx(float(quarters))
    assert duration.to_seconds(120) == pytest.approx(float(quarters) / 2)


def test_duration_ticks_and_text() -> None:
    assert Duration(NoteValue.QUARTER).ticks == 480
    assert Duration.triplet(NoteValue.EIGHTH).to_ticks(96) == 32
    with pytest.raises(ValueError, match="not a whole number of ticks"):
        Duration(NoteValue.SIXTEENTH, tuplet=(7, 4)).to_ticks(96)
    assert str(Duration(NoteValue.QUARTER, dots=1)) == "dotted quarter"
    assert str(Duration.triplet(NoteValue.EIGHTH)) == "eighth triplet"
    assert str(Duration(NoteValue.HALF, dots=2)) == "double-dotted half"
    assert repr(Duration(NoteValue.EIGHTH, tuplet=(3, 2))) == "Duration(NoteValue.EIGHTH, tuplet=(3, 2))"
    assert Duration(NoteValue.QUARTER, dots=1).beats_in(TimeSignature(6, 8)) == 3


def test_duration_validation() -> None:
    with pytest.raises(ValueError, match="dots"):
        Duration(NoteValue.QUARTER, dots=5)
    with pytest.raises(TypeError):
        Duration("quarter")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="positive"):
        Duration(NoteValue.QUARTER, tuplet=(0, 2))
    with pytest.raises(TypeError):
        Duration(NoteValue.QUARTER, tuplet=(3,))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="positive BPM"):
        Duration(NoteValue.QUARTER).to_seconds(0)
    with pytest.raises(ValueError, match="not a single written duration"):
        Duration.from_quarters(Fraction(5, 2))
    with pytest.raises(ValueError, match="positive"):
        Duration.from_quarters(0)


@settings(max_examples=150)
@given(st.sampled_from(list(NoteValue)), st.integers(0, 1),
       st.sampled_from([None, (3, 2), (5, 4), (7, 4)]))
def test_from_quarters_finds_a_duration_of_the_same_length(
    value: NoteValue, dots: int, tuplet: tuple[int, int] | None
) -> None:
    original = Duration(value, dots, tuplet)
    found = Duration.from_quarters(original.quarters)
    assert found.quarters == original.quarters


@pytest.mark.parametrize(
    ("sig", "compound", "groups", "meter", "quarters"),
    [
        ((4, 4), False, 4, MeterType.SIMPLE_QUADRUPLE, 4),
        ((3, 4), False, 3, MeterType.SIMPLE_TRIPLE, 3),
        ((2, 2), False, 2, MeterType.SIMPLE_DUPLE, 4),
        ((6, 8), True, 2, MeterType.COMPOUND_DUPLE, 3),
        ((9, 8), True, 3, MeterType.COMPOUND_TRIPLE, Fraction(9, 2)),
        ((12, 8), True, 4, MeterType.COMPOUND_QUADRUPLE, 6),
        ((5, 4), False, 5, MeterType.IRREGULAR, 5),
        ((7, 8), False, 7, MeterType.IRREGULAR, Fraction(7, 2)),
    ],
)
def test_time_signatures(sig: tuple[int, int], compound: bool, groups: int, meter: MeterType,
                         quarters: Fraction) -> None:
    ts = TimeSignature(*sig)
    assert ts.is_compound is compound
    assert ts.beat_groups == groups and ts.meter_type is meter
    assert ts.quarters_per_measure == quarters
    assert ts.measure_seconds(60) == pytest.approx(float(quarters))
    assert TimeSignature.parse(str(ts)) == ts
    assert ts.pulse.quarters * ts.beat_groups == ts.quarters_per_measure


def test_time_signature_conversions_and_errors() -> None:
    ts = TimeSignature(6, 8)
    assert ts.beat_value is NoteValue.EIGHTH and ts.midi_denominator == 3
    assert ts.measure_ticks(480) == 1440
    assert ts.beats_to_seconds(3, tempo=60) == 1.5 and ts.seconds_to_beats(1.5, tempo=60) == 3.0
    assert [float(p) for p in TimeSignature(3, 4).beat_positions(2)] == [0, 1, 2, 3, 4, 5]
    assert TimeSignature(3, 4).downbeats(3) == [0, 3, 6]
    assert TimeSignature.COMMON_TIME == TimeSignature(4, 4) and repr(ts) == "TimeSignature(6, 8)"
    for bad in ((4, 3), (0, 4), (4, 256)):
        with pytest.raises(ValueError, match="time signature"):
            TimeSignature(*bad)
    with pytest.raises(ValueError, match="invalid time signature"):
        TimeSignature.parse("4-4")
    with pytest.raises(TypeError):
        TimeSignature(4.0, 4)  # type: ignore[arg-type]


def test_rhythm_patterns() -> None:
    eighths = RhythmPattern.straight_eighths(8)
    assert len(eighths) == 8 and eighths.total_beats == 4.0
    assert eighths.fits_measure(TimeSignature(4, 4))
    assert eighths.onset_times(120) == [i * 0.25 for i in range(8)]
    assert eighths.onset_ticks(480) == [i * 240 for i in range(8)]
    p = RhythmPattern.from_string("x--x .x-x", NoteValue.EIGHTH)
    assert [d.quarters for d in p.durations] == [Fraction(3, 2), Fraction(1, 2), Fraction(1, 2), 1,
                                                  Fraction(1, 2)]
    assert p.rests == (False, False, True, False, False)
    assert p.onsets == [0, Fraction(3, 2), Fraction(5, 2), Fraction(7, 2)]
    assert p.fits_measure(TimeSignature(4, 4))
    swing = RhythmPattern.swing_eighths(2)
    assert swing.durations[0] == Duration(NoteValue.QUARTER, tuplet=(3, 2))
    assert swing.total_quarters == 2
    dotted = RhythmPattern.swing_eighths(1, ratio=0.75)
    assert dotted.durations == (Duration(NoteValue.EIGHTH, dots=1), Duration(NoteValue.SIXTEENTH))
    assert RhythmPattern.swing_eighths(1, ratio=Fraction(1, 2)).durations[0] == Duration(NoteValue.EIGHTH)
    combined = RhythmPattern.straight_quarters(2) + RhythmPattern.straight_eighths(4)
    assert combined.total_quarters == 4 and combined.measures(TimeSignature(2, 4)) == 2
    assert len(RhythmPattern.straight_quarters(2).repeat(3)) == 6
    assert RhythmPattern.straight_sixteenths().total_beats == 4.0
    assert "8 steps" in repr(eighths) and list(eighths) == list(eighths.durations)


def test_rhythm_pattern_errors() -> None:
    with pytest.raises(ValueError, match="invalid character"):
        RhythmPattern.from_string("x?x")
    with pytest.raises(ValueError, match="starts with '-'"):
        RhythmPattern.from_string("-x")
    with pytest.raises(ValueError, match="not a single written duration"):
        RhythmPattern.from_string("x----", NoteValue.EIGHTH)
    with pytest.raises(ValueError, match="cannot be written exactly"):
        RhythmPattern.swing_eighths(2, ratio=0.55)
    with pytest.raises(ValueError, match="rest flags"):
        RhythmPattern((Duration(NoteValue.QUARTER),), rests=(True, False))
    with pytest.raises(TypeError):
        RhythmPattern((NoteValue.QUARTER,))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="positive int"):
        RhythmPattern.straight_eighths(0)
    with pytest.raises(ValueError, match="pulses"):
        RhythmPattern.euclidean(5, 4)


@settings(max_examples=100)
@given(st.integers(1, 32), st.data())
def test_euclidean_rhythms_spread_pulses_evenly(steps: int, data: st.DataObject) -> None:
    pulses = data.draw(st.integers(0, steps))
    pattern = RhythmPattern.euclidean(pulses, steps, NoteValue.SIXTEENTH)
    assert len(pattern) == steps
    assert len(pattern.onsets) == pulses
    if pulses >= 2:
        positions = [int(o * 4) for o in pattern.onsets] + [steps + int(pattern.onsets[0] * 4)]
        gaps = {b - a for a, b in itertools.pairwise(positions)}
        assert max(gaps) - min(gaps) <= 1
    assert RhythmPattern.euclidean(3, 8).rests == (False, True, True, False, True, True, False, True)
