"""Intervals: names, semitones, inversion, compound intervals, spelling."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.music.theory import Interval, IntervalQuality, Note

TABLE = [
    ("P1", 0), ("A1", 1), ("d2", 0), ("m2", 1), ("M2", 2), ("A2", 3), ("d3", 2), ("m3", 3),
    ("M3", 4), ("A3", 5), ("d4", 4), ("P4", 5), ("A4", 6), ("d5", 6), ("P5", 7), ("A5", 8),
    ("d6", 7), ("m6", 8), ("M6", 9), ("A6", 10), ("d7", 9), ("m7", 10), ("M7", 11),
    ("d8", 11), ("P8", 12), ("m9", 13), ("M9", 14), ("A9", 15), ("m10", 15), ("M10", 16),
    ("P11", 17), ("A11", 18), ("P12", 19), ("m13", 20), ("M13", 21), ("P15", 24),
    ("AA4", 7), ("dd7", 8),
]


@pytest.mark.parametrize(("name", "semitones"), TABLE)
def test_semitones_of_named_intervals(name: str, semitones: int) -> None:
    interval = Interval.from_name(name)
    assert interval.semitones == semitones
    assert interval.short_name == name
    assert Interval.from_number_and_semitones(interval.number, semitones) == interval


def test_long_names_and_repr() -> None:
    assert Interval.from_name("P5").name == "perfect fifth"
    assert Interval.from_name("AA4").name == "doubly augmented fourth"
    assert Interval.from_name("M9").name == "major ninth"
    assert Interval.from_name("P15").name == "perfect double octave"
    assert Interval.from_name("M16").name == "major 16th"
    assert repr(Interval.MINOR_SEVENTH) == "Interval.from_name('m7')"
    assert str(Interval.TRITONE) == "A4"


@pytest.mark.parametrize(
    ("bad", "message"),
    [("M5", "cannot be major"), ("P3", "cannot be perfect"), ("d1", "-1 semitones"),
     ("X5", "invalid interval name"), ("P0", "must be >= 1")],
)
def test_invalid_intervals(bad: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Interval.from_name(bad)


def test_constructor_type_checks() -> None:
    with pytest.raises(TypeError):
        Interval("P", 5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Interval(IntervalQuality.PERFECT, 5.0)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="no interval quality"):
        Interval.from_number_and_semitones(3, 9)


@pytest.mark.parametrize(
    ("name", "inverted"),
    [("M3", "m6"), ("P4", "P5"), ("A4", "d5"), ("m2", "M7"), ("P1", "P8"), ("P8", "P1"),
     ("M9", "m7"), ("AA3", "dd6")],
)
def test_inversion(name: str, inverted: str) -> None:
    assert Interval.from_name(name).inversion() == Interval.from_name(inverted)


def test_compound_and_simple() -> None:
    ninth = Interval.MAJOR_SECOND.compound()
    assert ninth == Interval.MAJOR_NINTH and ninth.is_compound and ninth.octaves == 1
    assert Interval.from_name("M16").simple == Interval.MAJOR_SECOND
    assert Interval.from_name("M16").octaves == 2
    assert not Interval.OCTAVE.is_compound and Interval.OCTAVE.simple == Interval.OCTAVE
    assert Interval.from_name("A11").is_perfect_class
    with pytest.raises(ValueError):
        Interval.UNISON.compound(-1)


def test_from_semitones_and_degrees() -> None:
    names = [Interval.from_semitones(s).short_name for s in range(0, 25)]
    assert names[:13] == ["P1", "m2", "M2", "m3", "M3", "P4", "A4", "P5", "m6", "M6", "m7",
                          "M7", "P8"]
    assert names[13:] == ["m9", "M9", "m10", "M10", "P11", "A11", "P12", "m13", "M13", "m14",
                          "M14", "P15"]
    assert Interval.from_degree("bb7") == Interval.DIMINISHED_SEVENTH
    assert Interval.from_degree("#9") == Interval.AUGMENTED_NINTH
    with pytest.raises(ValueError, match="invalid scale degree"):
        Interval.from_degree("#b3")
    with pytest.raises(ValueError):
        Interval.from_semitones(-1)


def test_addition() -> None:
    assert Interval.MAJOR_THIRD + Interval.MINOR_THIRD == Interval.PERFECT_FIFTH
    assert Interval.PERFECT_FIFTH + Interval.PERFECT_FOURTH == Interval.OCTAVE
    assert Interval.MAJOR_SEVENTH + Interval.MAJOR_THIRD == Interval.from_name("A9")
    assert Interval.OCTAVE + Interval.MAJOR_THIRD == Interval.MAJOR_TENTH
    assert Interval.MAJOR_THIRD.__add__(3) is NotImplemented


def test_spelled_intervals_between_notes() -> None:
    assert Interval.between(Note("C", 4), Note("E", 4)) == Interval.MAJOR_THIRD
    assert Interval.between(Note("C", 4), Note("Fb", 4)) == Interval.from_name("d4")
    assert Interval.between(Note("E", 4), Note("C", 4)) == Interval.MAJOR_THIRD
    assert Interval.between(Note("B#", 3), Note("C", 4)) == Interval.from_name("d2")
    assert Note("C", 4).interval_to(Note("E", 5)) == Interval.MAJOR_TENTH
    assert Note("E", 4).transpose(Interval.from_name("A2")) == Note("F##", 4)
    assert Note("C", 4).transpose(Interval.PERFECT_FIFTH, down=True) == Note("F", 3)
    with pytest.raises(ValueError, match="two sharps or flats"):
        Note("B#", 4).transpose(Interval.from_name("A2"))


intervals = st.builds(
    lambda number, quality: (number, quality),
    st.integers(1, 15),
    st.sampled_from(list(IntervalQuality)),
)


@settings(max_examples=200)
@given(intervals)
def test_inversion_is_an_involution_and_completes_the_octave(spec: tuple[int, IntervalQuality]) -> None:
    number, quality = spec
    try:
        interval = Interval(quality, number)
    except ValueError:
        return
    try:
        simple = interval.simple
    except ValueError:  # e.g. a doubly diminished ninth has no simple form (-1 semitones)
        assert interval.semitones - 12 * interval.octaves < 0
        return
    if simple.semitones > 12:  # e.g. an augmented octave: its inversion would be negative
        with pytest.raises(ValueError, match="semitones"):
            simple.inversion()
        return
    inverted = simple.inversion()
    assert inverted.inversion() == simple
    assert simple.semitones + inverted.semitones == 12
    assert simple.number + inverted.number == 9


@settings(max_examples=200)
@given(st.sampled_from("CDEFGAB"), st.sampled_from(["", "#", "b"]), st.integers(1, 4),
       st.sampled_from([name for name, _ in TABLE]))
def test_transposing_by_an_interval_reproduces_it(letter: str, acc: str, octave: int, name: str) -> None:
    interval = Interval.from_name(name)
    start = Note(letter + acc, octave)
    try:
        end = start.transpose(interval)
    except ValueError:
        return  # would need a triple accidental
    assert end.midi - start.midi == interval.semitones
    if interval.semitones > 0 or interval.number == 1:
        assert Interval.between(start, end) == interval
    back = end.transpose(interval, down=True)
    assert back == start
