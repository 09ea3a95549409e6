"""Notes, MIDI numbers and frequencies."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.music.theory import (
    Note,
    cents_between,
    frequency_to_midi,
    frequency_to_note,
    midi_to_frequency,
    midi_to_note_name,
    note_name_to_midi,
    pitch_class_name,
)

spelled_notes = st.builds(
    lambda letter, acc, octave: (letter + acc, octave),
    st.sampled_from("CDEFGAB"),
    st.sampled_from(["", "#", "b", "##", "bb"]),
    st.integers(0, 8),
)


@pytest.mark.parametrize(
    ("name", "octave", "midi"),
    [
        ("C", 4, 60), ("A", 4, 69), ("C", -1, 0), ("G", 9, 127), ("B#", 3, 60),
        ("Cb", 4, 59), ("E#", 4, 65), ("Fb", 4, 64), ("C##", 4, 62), ("Dbb", 4, 60),
        ("Bb", 3, 58), ("F#", 2, 42),
    ],
)
def test_known_midi_numbers(name: str, octave: int, midi: int) -> None:
    assert Note(name, octave).midi == midi
    assert note_name_to_midi(f"{name}{octave}") == midi
    assert note_name_to_midi(name, octave) == midi


@pytest.mark.parametrize(
    ("given_name", "stored"),
    [("c", "C"), ("f#", "F#"), ("Cx", "C##"), ("E♭", "Eb"), ("G♯", "G#"),
     ("A𝄫", "Abb"), ("D𝄪", "D##"), ("bb", "Bb")],
)
def test_names_are_normalised(given_name: str, stored: str) -> None:
    assert Note(given_name, 4).name == stored


@pytest.mark.parametrize(
    ("name", "message"),
    [("H", "invalid note name"), ("C###", "at most two"), ("Cb#", "mixes"), ("", "invalid"),
     ("C4", "includes an octave"), ("Do", "invalid"), ("BB", "invalid note name")],
)
def test_bad_names_raise_value_error_naming_the_problem(name: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Note(name, 4)


def test_out_of_range_notes_are_rejected() -> None:
    with pytest.raises(ValueError, match="MIDI 128"):
        Note("G#", 9)
    with pytest.raises(ValueError, match="MIDI -1"):
        Note("Cb", -1)
    with pytest.raises(ValueError, match="out of range"):
        Note.from_midi(128)
    with pytest.raises(ValueError, match="out of range"):
        midi_to_note_name(-1)
    with pytest.raises(TypeError):
        Note.from_midi(60.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Note("C", True)


def test_properties_and_repr() -> None:
    n = Note("Ebb", 3)
    assert (n.letter, n.alter, n.accidental, n.pitch_class) == ("E", -2, "bb", 2)
    assert repr(n) == "Note('Ebb', 3)"
    assert str(n) == "Ebb3"
    assert Note.parse("F##-1") == Note("F##", -1)
    assert Note.parse("g") == Note("G", 4)
    with pytest.raises(ValueError, match="invalid note"):
        Note.parse("X4")


def test_equality_is_by_spelling_and_ordering_by_pitch() -> None:
    assert Note("C#", 4) != Note("Db", 4)
    assert Note("C#", 4).is_enharmonic(Note("Db", 4))
    assert sorted([Note("D", 4), Note("Db", 4), Note("C#", 4), Note("C", 4)]) == [
        Note("C", 4), Note("C#", 4), Note("Db", 4), Note("D", 4)]
    assert len({Note("C", 4), Note("C", 4), Note("B#", 3)}) == 2
    with pytest.raises(AttributeError):
        Note("C", 4).name = "D"  # type: ignore[misc]


def test_enharmonics_and_respelling() -> None:
    assert Note("C", 4).enharmonics() == [Note("B#", 3), Note("Dbb", 4)]
    assert Note("G#", 4).enharmonics() == [Note("Ab", 4)]
    assert Note("E#", 4).respell() == Note("F", 4)
    assert Note("A#", 4).respell("flat") == Note("Bb", 4)
    with pytest.raises(ValueError, match="prefer"):
        Note("C", 4).respell("double")  # type: ignore[arg-type]


def test_transpose_by_semitones_keeps_flat_spelling() -> None:
    assert Note("Bb", 4).transpose(-2) == Note("Ab", 4)
    assert Note("C#", 4).transpose(2) == Note("D#", 4)
    with pytest.raises(ValueError, match="outside 0-127"):
        Note("G", 9).transpose(1)


def test_frequencies_with_any_reference() -> None:
    assert Note("A", 4).frequency == 440.0
    assert Note("A", 5).to_frequency(a4=432.0) == pytest.approx(864.0)
    assert midi_to_frequency(60) == pytest.approx(261.6255653, rel=1e-9)
    assert midi_to_frequency(69, a4=415.3) == pytest.approx(415.3)
    assert frequency_to_midi(415.3, a4=415.3) == pytest.approx(69.0)
    assert midi_to_frequency(60.5) == pytest.approx(midi_to_frequency(60) * 2 ** (1 / 24))
    for bad in (0.0, -1.0, math.inf, math.nan):
        with pytest.raises(ValueError, match="positive finite"):
            frequency_to_midi(bad)
        with pytest.raises(ValueError, match="a4"):
            midi_to_frequency(60, a4=bad)


def test_cents_offsets() -> None:
    note, cents = frequency_to_note(445.0)
    assert note == Note("A", 4)
    assert cents == pytest.approx(1200 * math.log2(445 / 440))
    note, cents = frequency_to_note(277.18, use_flats=True)
    assert note == Note("Db", 4)
    assert abs(cents) < 1
    assert cents_between(880.0, 440.0) == pytest.approx(1200.0)
    assert cents_between(440.0, 880.0) == pytest.approx(-1200.0)
    with pytest.raises(ValueError, match="outside the MIDI range"):
        frequency_to_note(30000.0)


def test_pitch_class_names() -> None:
    assert [pitch_class_name(i) for i in (0, 1, 6)] == ["C", "C#", "F#"]
    assert pitch_class_name(3, use_flats=True) == "Eb"
    with pytest.raises(ValueError, match="0-11"):
        pitch_class_name(12)


@settings(max_examples=150)
@given(st.integers(0, 127), st.booleans())
def test_midi_name_midi_round_trip(midi: int, flats: bool) -> None:
    name = midi_to_note_name(midi, use_flats=flats)
    assert note_name_to_midi(name) == midi
    assert Note.from_midi(midi, use_flats=flats).midi == midi


@settings(max_examples=150)
@given(st.floats(8.2, 12000.0), st.floats(380.0, 470.0))
def test_frequency_midi_frequency_round_trip(freq: float, a4: float) -> None:
    midi = frequency_to_midi(freq, a4=a4)
    assert midi_to_frequency(midi, a4=a4) == pytest.approx(freq, rel=1e-9)


@settings(max_examples=150)
@given(st.integers(0, 127), st.floats(-49.0, 49.0), st.floats(400.0, 460.0))
def test_frequency_to_note_recovers_note_and_cents(midi: int, cents: float, a4: float) -> None:
    freq = midi_to_frequency(midi + cents / 100.0, a4=a4)
    note, measured = frequency_to_note(freq, a4=a4)
    assert note.midi == midi
    assert measured == pytest.approx(cents, abs=1e-6)


@settings(max_examples=150)
@given(spelled_notes)
def test_spelled_note_round_trips(spec: tuple[str, int]) -> None:
    name, octave = spec
    try:
        note = Note(name, octave)
    except ValueError:
        return  # outside MIDI 0-127
    assert Note.parse(str(note)) == note
    for other in note.enharmonics():
        assert other.midi == note.midi and other != note
