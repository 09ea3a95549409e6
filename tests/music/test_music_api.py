"""The public surface: names users already write, doc examples, immutability."""

from __future__ import annotations

import doctest
import importlib
from dataclasses import FrozenInstanceError
from typing import Any

import pytest

import coremusic.music.theory as theory

MODULES = [
    "coremusic.music", "coremusic.music.notes", "coremusic.music.intervals",
    "coremusic.music.scales", "coremusic.music.chords", "coremusic.music.identify",
    "coremusic.music.keys", "coremusic.music.progressions", "coremusic.music.voice_leading",
    "coremusic.music.meter", "coremusic.music.rhythm", "coremusic.music.theory",
]


def test_established_names_work_as_users_write_them() -> None:
    from coremusic.music.theory import (
        Chord,
        ChordProgression,
        ChordType,
        Duration,
        Note,
        NoteValue,
        RhythmPattern,
        Scale,
        ScaleType,
        TimeSignature,
        midi_to_note_name,
        note_name_to_midi,
    )

    root = Note("C", 4)
    assert Note.from_midi(60) == root
    scale = Scale(root, ScaleType.MAJOR)
    assert [n.name for n in scale.get_notes()] == ["C", "D", "E", "F", "G", "A", "B"]
    assert scale.get_midi_notes() == [60, 62, 64, 65, 67, 69, 71]
    assert Chord(root, ChordType.MAJOR_7).get_midi_notes() == [60, 64, 67, 71]
    assert Chord.from_symbol("Cmaj7") == Chord(root, ChordType.MAJOR_7)
    assert len(ChordProgression.from_numerals("C", ["I", "IV", "V"])) == 3
    assert TimeSignature(4, 4).beats_per_measure == 4
    assert Duration(NoteValue.QUARTER, dots=1).beats == 1.5
    assert Duration.triplet(NoteValue.EIGHTH).tuplet == (3, 2)
    assert len(RhythmPattern.straight_eighths(8)) == 8
    assert note_name_to_midi("C4") == 60 and midi_to_note_name(60) == "C4"


def test_all_names_resolve() -> None:
    for name in theory.__all__:
        assert getattr(theory, name) is not None


@pytest.mark.parametrize("module_name", MODULES)
def test_docstring_examples_run(module_name: str) -> None:
    module = importlib.import_module(module_name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


def test_values_are_frozen_and_hashable() -> None:
    values: list[Any] = [
        theory.Note("C", 4), theory.Interval.PERFECT_FIFTH, theory.Scale("C"),
        theory.Chord("C"), theory.Key("C"), theory.TimeSignature(4, 4),
        theory.Duration(theory.NoteValue.QUARTER), theory.RhythmPattern.straight_eighths(2),
        theory.ChordProgression.from_numerals("C", ["I"]), theory.VoiceRange.SOPRANO,
    ]
    for value in values:
        assert hash(value) == hash(value)
        field = next(iter(value.__dataclass_fields__))
        with pytest.raises(FrozenInstanceError):
            setattr(value, field, None)


def test_no_numpy_needed() -> None:
    import sys

    for name in MODULES:
        module = importlib.import_module(name)
        assert "numpy" not in getattr(module, "__dict__", {})
    assert all(not m.startswith("coremusic.music") or "numpy" not in m for m in sys.modules)


def test_values_pickle_copy_and_replace() -> None:
    import copy
    import dataclasses
    import pickle

    values: list[Any] = [
        theory.Note("F#", 3), theory.Chord.from_symbol("C7/Bb"), theory.Scale("Eb", theory.ScaleType.DORIAN),
        theory.Key("D", "minor"), theory.Duration.triplet(theory.NoteValue.EIGHTH),
        theory.RhythmPattern.from_string("x.x-"), theory.ChordProgression.from_numerals("C", ["ii7", "V7"]),
    ]
    for value in values:
        assert pickle.loads(pickle.dumps(value)) == value
        assert copy.deepcopy(value) == value
    chord = theory.Chord.from_symbol("Cmaj7")
    assert dataclasses.replace(chord, inversion_number=2).symbol == "Cmaj7/G"
    assert dataclasses.replace(theory.Note("C", 4), octave=2) == theory.Note("C", 2)
    with pytest.raises(ValueError, match="out of range"):
        dataclasses.replace(chord, inversion_number=9)
