"""Chords: qualities, inversions, slash chords, symbols and identification."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.music.theory import (
    Chord,
    ChordMatch,
    ChordType,
    Interval,
    Note,
    find_root,
    identify_chord,
)

ROOTS = ["C", "C#", "Db", "D", "Eb", "E", "F", "F#", "Gb", "G", "Ab", "A", "Bb", "B"]


def test_at_least_30_qualities_with_unique_sounds() -> None:
    assert len(ChordType) >= 30
    sounds = {t.pitch_class_offsets for t in ChordType if t is not ChordType.POWER_OCTAVE}
    assert len(sounds) == len(ChordType) - 1
    assert ChordType["DOMINANT_7_SHARP_5"] is ChordType.AUGMENTED_7


@pytest.mark.parametrize(
    ("symbol", "chord_type", "midi"),
    [
        ("C", ChordType.MAJOR, [60, 64, 67]),
        ("Cm", ChordType.MINOR, [60, 63, 67]),
        ("C-", ChordType.MINOR, [60, 63, 67]),
        ("Cdim", ChordType.DIMINISHED, [60, 63, 66]),
        ("C°", ChordType.DIMINISHED, [60, 63, 66]),
        ("C+", ChordType.AUGMENTED, [60, 64, 68]),
        ("Csus", ChordType.SUS4, [60, 65, 67]),
        ("Csus2", ChordType.SUS2, [60, 62, 67]),
        ("C5", ChordType.POWER, [60, 67]),
        ("C6", ChordType.MAJOR_6, [60, 64, 67, 69]),
        ("C6/9", ChordType.SIX_NINE, [60, 64, 67, 69, 74]),
        ("C7", ChordType.DOMINANT_7, [60, 64, 67, 70]),
        ("Cmaj7", ChordType.MAJOR_7, [60, 64, 67, 71]),
        ("CΔ7", ChordType.MAJOR_7, [60, 64, 67, 71]),
        ("Cm7", ChordType.MINOR_7, [60, 63, 67, 70]),
        ("CmMaj7", ChordType.MINOR_MAJOR_7, [60, 63, 67, 71]),
        ("Cm(maj7)", ChordType.MINOR_MAJOR_7, [60, 63, 67, 71]),
        ("Cdim7", ChordType.DIMINISHED_7, [60, 63, 66, 69]),
        ("Cø7", ChordType.HALF_DIMINISHED_7, [60, 63, 66, 70]),
        ("Cm7b5", ChordType.HALF_DIMINISHED_7, [60, 63, 66, 70]),
        ("C7#5", ChordType.AUGMENTED_7, [60, 64, 68, 70]),
        ("C7sus4", ChordType.DOMINANT_7_SUS4, [60, 65, 67, 70]),
        ("C9", ChordType.DOMINANT_9, [60, 64, 67, 70, 74]),
        ("Cmaj9", ChordType.MAJOR_9, [60, 64, 67, 71, 74]),
        ("Cm9", ChordType.MINOR_9, [60, 63, 67, 70, 74]),
        ("Cadd9", ChordType.ADD9, [60, 64, 67, 74]),
        ("C7(b9)", ChordType.DOMINANT_7_FLAT_9, [60, 64, 67, 70, 73]),
        ("C7♯9", ChordType.DOMINANT_7_SHARP_9, [60, 64, 67, 70, 75]),
        ("C7#11", ChordType.DOMINANT_7_SHARP_11, [60, 64, 67, 70, 78]),
        ("C11", ChordType.DOMINANT_11, [60, 64, 67, 70, 74, 77]),
        ("C13", ChordType.DOMINANT_13, [60, 64, 67, 70, 74, 77, 81]),
        ("Cm13", ChordType.MINOR_13, [60, 63, 67, 70, 74, 77, 81]),
        ("C(b5)", ChordType.MAJOR_FLAT_5, [60, 64, 66]),
    ],
)
def test_symbol_parsing(symbol: str, chord_type: ChordType, midi: list[int]) -> None:
    chord = Chord.from_symbol(symbol)
    assert chord.chord_type is chord_type
    assert chord.get_midi_notes() == midi


def test_roots_and_slash_chords_from_symbols() -> None:
    assert Chord.from_symbol("Bbmaj7").note_names == ["Bb", "D", "F", "A"]
    assert Chord.from_symbol("F#m7b5").note_names == ["F#", "A", "C", "E"]
    assert Chord.from_symbol("Ebdim7").note_names == ["Eb", "Gb", "Bbb", "Dbb"]
    inv = Chord.from_symbol("C/E")
    assert inv.inversion_number == 1 and inv.bass is None and inv.get_midi_notes() == [64, 67, 72]
    slash = Chord.from_symbol("C/Bb")
    assert slash.bass == Note("Bb", 3) and slash.get_midi_notes() == [58, 60, 64, 67]
    assert slash.symbol == "C/Bb" and slash.name == "C major over Bb"
    assert Chord.from_symbol("Am/G").get_midi_notes() == [67, 69, 72, 76]
    assert Chord.from_symbol("G7", octave=2).get_midi_notes()[0] == 43


@pytest.mark.parametrize(
    ("symbol", "message"),
    [("H7", "must start with a root"), ("Cfoo", "unknown chord quality"), ("", "root"),
     ("C/H", "unknown chord quality")],
)
def test_bad_symbols(symbol: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Chord.from_symbol(symbol)


def test_validation_errors() -> None:
    with pytest.raises(ValueError, match="out of range"):
        Chord("C", ChordType.MAJOR, 3)
    with pytest.raises(ValueError, match="not both"):
        Chord("C", ChordType.MAJOR, 1, bass="G")
    with pytest.raises(ValueError, match="cannot also be inverted"):
        Chord("C", ChordType.MAJOR, 1, bass="D")
    with pytest.raises(TypeError):
        Chord("C", "maj7")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="MIDI"):
        Chord("G9", ChordType.DOMINANT_13)


@pytest.mark.parametrize("chord_type", list(ChordType))
def test_every_quality_symbol_round_trips_in_every_inversion(chord_type: ChordType) -> None:
    for root in ROOTS:
        base = Chord(Note(root, 3), chord_type)
        for k in range(len(chord_type.formula)):
            chord = base.inversion(k)
            parsed = Chord.from_symbol(chord.symbol, octave=3)
            assert parsed.pitch_classes == chord.pitch_classes
            assert parsed.bass_note.pitch_class == chord.bass_note.pitch_class
            assert parsed.root == chord.root


def test_inversions_voicings_and_transposition() -> None:
    c7 = Chord("C", ChordType.MAJOR_7)
    assert [c7.inversion(k).get_midi_notes() for k in range(4)] == [
        [60, 64, 67, 71], [64, 67, 71, 72], [67, 71, 72, 76], [71, 72, 76, 79]]
    assert c7.inversion(5).inversion_number == 1
    assert c7.inversion(2).root_position() == c7
    assert c7.inversion(1).name == "C major 7, first inversion"
    assert c7.inversion(1).symbol == "Cmaj7/E"
    assert Chord("C", ChordType.DOMINANT_9).inversion(1).get_midi_notes() == [64, 67, 70, 72, 74]
    assert [str(n) for n in c7.get_voicing([0, 2, 3, 5])] == ["C4", "G4", "B4", "E5"]
    assert [str(n) for n in c7.get_voicing([-1, 0])] == ["B3", "C4"]
    moved = Chord.from_symbol("Dm7/C").transpose(Interval.MAJOR_SECOND)
    assert moved.symbol == "Em7/D"
    assert Chord.from_symbol("Bb7").transpose(2).symbol == "C7"
    assert Chord("D", ChordType.MINOR_7).with_bass("C").symbol == "Dm7/C"
    assert "E" in Chord("C") and 61 not in Chord("C") and len(Chord("C")) == 3
    assert repr(Chord("C", ChordType.MAJOR, bass="G")) == (
        "Chord(Note('C', 4), ChordType.MAJOR, inversion_number=2)")


def test_identify_all_qualities_in_all_inversions() -> None:
    for chord_type in ChordType:
        for root in ("C", "F#", "Bb", "E", "Ab"):
            base = Chord(Note(root, 3), chord_type)
            for k in range(len(chord_type.formula)):
                chord = base.inversion(k)
                matches = identify_chord(chord.get_midi_notes())
                assert matches, chord.symbol
                # the best reading always explains every note with the same bass
                best = matches[0].chord
                assert best.pitch_classes == chord.pitch_classes
                assert best.bass_note.midi == chord.bass_note.midi
                found = [
                    m for m in matches
                    if m.chord.root.pitch_class == chord.root.pitch_class
                    and m.chord.chord_type.pitch_class_offsets == chord_type.pitch_class_offsets
                    and m.chord.bass_note.midi == chord.bass_note.midi
                    and (m.chord.get_midi_notes() == chord.get_midi_notes()
                         or chord_type is ChordType.POWER_OCTAVE)
                    and not m.missing
                ]
                assert found, (chord.symbol, [m.chord.symbol for m in matches[:4]])
                if chord_type is not ChordType.POWER_OCTAVE:
                    assert found[0].chord.inversion_number == k


UNAMBIGUOUS = [
    ChordType.MAJOR, ChordType.MINOR, ChordType.DIMINISHED, ChordType.DOMINANT_7,
    ChordType.MAJOR_7, ChordType.MINOR_7, ChordType.MINOR_MAJOR_7, ChordType.HALF_DIMINISHED_7,
    ChordType.DOMINANT_9, ChordType.MAJOR_9, ChordType.MINOR_9, ChordType.DOMINANT_7_FLAT_9,
    ChordType.DOMINANT_7_SHARP_9, ChordType.ADD9, ChordType.DOMINANT_11, ChordType.MAJOR_6,
    ChordType.SUS4, ChordType.SUS2, ChordType.POWER, ChordType.DOMINANT_13,
]


@pytest.mark.parametrize("chord_type", UNAMBIGUOUS)
def test_root_position_is_the_top_candidate(chord_type: ChordType) -> None:
    for root in ROOTS:
        chord = Chord(Note(root, 3), chord_type)
        best = identify_chord(chord.get_midi_notes())[0]
        assert best.chord.chord_type is chord_type
        assert best.chord.root.pitch_class == chord.root.pitch_class
        assert best.chord.inversion_number == 0 and best.is_exact and best.score == max(
            m.score for m in identify_chord(chord.get_midi_notes()))


def test_identification_details() -> None:
    ambiguous = [m.chord.symbol for m in identify_chord([57, 60, 64, 67])]
    assert ambiguous[:2] == ["Am7", "C6/A"]
    no_fifth = identify_chord([60, 64, 70])[0]
    assert no_fifth.chord.symbol == "C7" and no_fifth.missing == ("5",) and not no_fifth.is_exact
    assert no_fifth.score < 1.0
    slash = identify_chord([*[62, 67, 71, 74, 77][:1], 60, 64, 67, 71])
    assert any(m.chord.bass is not None for m in slash)
    spelled = identify_chord([Note("E#", 4), Note("G#", 4), Note("C#", 5)])
    assert spelled[0].chord.root.name == "C#" and spelled[0].chord.inversion_number == 1
    assert identify_chord([61, 65, 68])[0].chord.root.name == "Db"
    assert identify_chord([60, 62]) == []
    assert find_root([52, 55, 60]) == Note("C", 3)
    assert Chord.from_notes(["E3", "G3", "C4"]).symbol == "C/E"
    assert isinstance(identify_chord([60, 64, 67])[0], ChordMatch)
    assert "score=1.00" in repr(identify_chord([60, 64, 67])[0])
    with pytest.raises(ValueError, match="two different pitch classes"):
        identify_chord([60, 72])
    with pytest.raises(TypeError):
        identify_chord("C E G")
    with pytest.raises(ValueError, match="no chord quality"):
        Chord.from_notes([60, 61, 62])
    with pytest.raises(ValueError, match="no root"):
        find_root([60, 61])


@settings(max_examples=100)
@given(st.sampled_from(list(ChordType)), st.integers(36, 60), st.data())
def test_identification_of_transposed_voicings(chord_type: ChordType, bass_root: int, data: st.DataObject) -> None:
    chord = Chord(bass_root, chord_type)
    k = data.draw(st.integers(0, len(chord_type.formula) - 1))
    notes = chord.inversion(k).get_midi_notes()
    best = identify_chord(notes)[0]
    assert best.chord.pitch_classes == set(n % 12 for n in notes)
    assert best.chord.bass_note.midi == min(notes)


@settings(max_examples=100)
@given(st.sampled_from(list(ChordType)), st.integers(40, 55), st.data())
def test_identification_of_spread_voicings(chord_type: ChordType, root: int, data: st.DataObject) -> None:
    """Upper tones moved by octaves keep the reading: same sound, same bass."""
    notes = Chord(root, chord_type).get_midi_notes()
    spread = [notes[0]] + [n + 12 * data.draw(st.integers(0, 2)) for n in notes[1:]]
    matches = identify_chord(spread)
    assert matches
    assert any(
        m.chord.root.pitch_class == root % 12
        and m.chord.chord_type.pitch_class_offsets == chord_type.pitch_class_offsets
        and m.chord.inversion_number == 0
        for m in matches
    )
    assert matches[0].chord.bass_note.midi == min(spread)
