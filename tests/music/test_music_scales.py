"""Scales and modes: spelling, degrees, harmonization."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.music.theory import Chord, ChordType, Interval, Note, Scale, ScaleType

SPELLINGS = [
    ("C", ScaleType.MAJOR, "C D E F G A B"),
    ("F", ScaleType.MAJOR, "F G A Bb C D E"),
    ("F#", ScaleType.MAJOR, "F# G# A# B C# D# E#"),
    ("Gb", ScaleType.MAJOR, "Gb Ab Bb Cb Db Eb F"),
    ("C#", ScaleType.MAJOR, "C# D# E# F# G# A# B#"),
    ("A", ScaleType.NATURAL_MINOR, "A B C D E F G"),
    ("Eb", ScaleType.NATURAL_MINOR, "Eb F Gb Ab Bb Cb Db"),
    ("A", ScaleType.HARMONIC_MINOR, "A B C D E F G#"),
    ("G#", ScaleType.HARMONIC_MINOR, "G# A# B C# D# E F##"),
    ("C", ScaleType.MELODIC_MINOR, "C D Eb F G A B"),
    ("D", ScaleType.DORIAN, "D E F G A B C"),
    ("E", ScaleType.PHRYGIAN, "E F G A B C D"),
    ("F", ScaleType.LYDIAN, "F G A B C D E"),
    ("G", ScaleType.MIXOLYDIAN, "G A B C D E F"),
    ("B", ScaleType.LOCRIAN, "B C D E F G A"),
    ("Bb", ScaleType.IONIAN, "Bb C D Eb F G A"),
    ("C", ScaleType.AEOLIAN, "C D Eb F G Ab Bb"),
    ("C", ScaleType.MAJOR_PENTATONIC, "C D E G A"),
    ("A", ScaleType.MINOR_PENTATONIC, "A C D E G"),
    ("A", ScaleType.BLUES, "A C D Eb E G"),
    ("C", ScaleType.MAJOR_BLUES, "C D Eb E G A"),
    ("C", ScaleType.WHOLE_TONE, "C D E F# G# Bb"),
    ("C", ScaleType.DIMINISHED_HALF_WHOLE, "C Db Eb E F# G A Bb"),
    ("C", ScaleType.DIMINISHED_WHOLE_HALF, "C D Eb F Gb Ab A B"),
    ("C", ScaleType.CHROMATIC, "C C# D D# E F F# G G# A A# B"),
    ("C", ScaleType.BEBOP_DOMINANT, "C D E F G A Bb B"),
    ("C", ScaleType.BEBOP_MAJOR, "C D E F G G# A B"),
    ("A", ScaleType.HUNGARIAN_MINOR, "A B C D# E F G#"),
    ("E", ScaleType.PHRYGIAN_DOMINANT, "E F G# A B C D"),
    ("C", ScaleType.DOUBLE_HARMONIC, "C Db E F G Ab B"),
    ("G", ScaleType.ALTERED, "G Ab Bb Cb Db Eb F"),
    ("F", ScaleType.LYDIAN_DOMINANT, "F G A B C D Eb"),
    ("C", ScaleType.HARMONIC_MAJOR, "C D E F G Ab B"),
    ("D", ScaleType.LOCRIAN_NATURAL_2, "D E F G Ab Bb C"),
    ("C", ScaleType.HIRAJOSHI, "C D Eb G Ab"),
]


@pytest.mark.parametrize(("root", "scale_type", "expected"), SPELLINGS)
def test_known_spellings(root: str, scale_type: ScaleType, expected: str) -> None:
    assert Scale(root, scale_type).note_names == expected.split()


def test_at_least_25_distinct_scales_and_aliases() -> None:
    assert len(ScaleType) >= 25
    # aliases (looked up by name: type checkers do not model enum aliases)
    assert ScaleType["IONIAN"] is ScaleType.MAJOR
    assert ScaleType["AEOLIAN"] is ScaleType.NATURAL_MINOR
    assert ScaleType["MINOR"] is ScaleType.NATURAL_MINOR
    assert ScaleType["DIMINISHED"] is ScaleType.DIMINISHED_WHOLE_HALF
    assert len({m.intervals for m in ScaleType}) == len(ScaleType)


@pytest.mark.parametrize("scale_type", list(ScaleType))
def test_every_scale_type_is_well_formed(scale_type: ScaleType) -> None:
    iv = scale_type.intervals
    assert iv[0] == 0 and all(a < b for a, b in itertools.pairwise(iv)) and iv[-1] < 12
    assert sum(scale_type.steps) == 12
    if len(iv) == 7:  # heptatonic scales use every letter once
        for root in ("C", "Eb", "F#", "A"):
            letters = [n[0] for n in Scale(root, scale_type).note_names]
            assert sorted(letters) == sorted("ABCDEFG")
    assert ScaleType.from_intervals(iv) is scale_type


@settings(max_examples=150)
@given(st.sampled_from(list(ScaleType)),
       st.sampled_from(["C", "G", "D", "A", "E", "B", "F#", "F", "Bb", "Eb", "Ab", "Db"]),
       st.integers(1, 6))
def test_scale_notes_match_intervals(scale_type: ScaleType, root: str, octave: int) -> None:
    scale = Scale(Note(root, octave), scale_type)
    midi = scale.get_midi_notes()
    assert [m - scale.root.midi for m in midi] == list(scale_type.intervals)
    assert {m % 12 for m in midi} == scale.pitch_classes
    two = scale.get_midi_notes(octaves=2)
    assert two[len(midi):] == [m + 12 for m in midi]


def test_get_notes_degrees_and_membership() -> None:
    s = Scale(Note("C", 4), ScaleType.MAJOR)
    assert [str(n) for n in s.get_notes()] == ["C4", "D4", "E4", "F4", "G4", "A4", "B4"]
    assert s.get_midi_notes() == [60, 62, 64, 65, 67, 69, 71]
    assert s.degree(1) == Note("C", 4) and s.degree(8) == Note("C", 5) and s.degree(10) == Note("E", 5)
    assert s.degree_of("B") == 7 and s.degree_of("Bb") is None
    assert "E" in s and 61 not in s and Note("F", 2) in s and 3.5 not in s
    assert len(s) == 7 and list(s) == s.get_notes()
    assert repr(s) == "Scale(Note('C', 4), ScaleType.MAJOR)" and str(s) == "C major"
    with pytest.raises(ValueError, match="start at 1"):
        s.degree(0)
    with pytest.raises(ValueError, match="MIDI"):
        Scale("G9", ScaleType.MAJOR).get_notes()


def test_validation() -> None:
    with pytest.raises(TypeError):
        Scale("C", "major")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="octaves"):
        Scale("C", ScaleType.MAJOR, octaves=0)
    with pytest.raises(ValueError, match="invalid note"):
        Scale("H", ScaleType.MAJOR)


def test_harmonize_triads_and_sevenths() -> None:
    major = Scale("C", ScaleType.MAJOR)
    assert [c.symbol for c in major.triads()] == ["C", "Dm", "Em", "F", "G", "Am", "Bdim"]
    assert [c.symbol for c in major.seventh_chords()] == [
        "Cmaj7", "Dm7", "Em7", "Fmaj7", "G7", "Am7", "Bm7b5"]
    harmonic = Scale("A", ScaleType.HARMONIC_MINOR)
    assert [c.symbol for c in harmonic.seventh_chords()] == [
        "AmMaj7", "Bm7b5", "Cmaj7#5", "Dm7", "E7", "Fmaj7", "G#dim7"]
    assert Scale("Eb", ScaleType.MAJOR).harmonize(7).note_names == ["D", "F", "Ab"]
    with pytest.raises(ValueError, match="seven-note"):
        Scale("C", ScaleType.MAJOR_PENTATONIC).harmonize(1)


def test_related_scales_and_modes() -> None:
    c = Scale("C", ScaleType.MAJOR)
    assert c.relative_minor().note_names[0] == "A"
    assert Scale("C", ScaleType.NATURAL_MINOR).relative_major().root.name == "Eb"
    assert c.parallel(ScaleType.NATURAL_MINOR).note_names[2] == "Eb"
    modes = [c.mode(d).scale_type for d in range(1, 8)]
    assert modes == [ScaleType.MAJOR, ScaleType.DORIAN, ScaleType.PHRYGIAN, ScaleType.LYDIAN,
                     ScaleType.MIXOLYDIAN, ScaleType.NATURAL_MINOR, ScaleType.LOCRIAN]
    assert Scale("A", ScaleType.HARMONIC_MINOR).mode(5).scale_type is ScaleType.PHRYGIAN_DOMINANT
    assert c.transpose(Interval.MAJOR_SECOND).note_names == ["D", "E", "F#", "G", "A", "B", "C#"]
    with pytest.raises(ValueError, match="major scale"):
        Scale("A", ScaleType.DORIAN).relative_minor()
    with pytest.raises(ValueError, match="natural minor"):
        c.relative_major()


def test_scales_are_hashable_values() -> None:
    assert Scale("C", ScaleType.MAJOR) == Scale(Note("C", 4), ScaleType.IONIAN)
    assert len({Scale("C"), Scale("C", ScaleType.MAJOR), Scale("D")}) == 2
    assert isinstance(hash(Chord("C", ChordType.MAJOR)), int)
