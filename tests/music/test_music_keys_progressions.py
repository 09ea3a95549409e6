"""Keys, the circle of fifths and roman-numeral progressions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.music.theory import (
    Chord,
    ChordProgression,
    ChordType,
    Interval,
    Key,
    Note,
    ScaleType,
    analyze,
    chord_to_roman,
    circle_of_fifths,
    roman_to_chord,
)

MAJOR_SIGNATURES = {
    "C": 0, "G": 1, "D": 2, "A": 3, "E": 4, "B": 5, "F#": 6, "C#": 7,
    "F": -1, "Bb": -2, "Eb": -3, "Ab": -4, "Db": -5, "Gb": -6, "Cb": -7,
}
MINOR_SIGNATURES = {
    "A": 0, "E": 1, "B": 2, "F#": 3, "C#": 4, "G#": 5, "D#": 6, "A#": 7,
    "D": -1, "G": -2, "C": -3, "F": -4, "Bb": -5, "Eb": -6, "Ab": -7,
}


@pytest.mark.parametrize(("tonic", "count"), MAJOR_SIGNATURES.items())
def test_major_signatures(tonic: str, count: int) -> None:
    key = Key(tonic)
    assert key.accidentals == count
    assert key.sharps == max(0, count) and key.flats == max(0, -count)
    assert Key.from_signature(count) == key
    # the signature lists exactly the altered notes of the scale
    altered = sorted(n for n in key.note_names if len(n) > 1)
    assert sorted(key.signature) == altered


@pytest.mark.parametrize(("tonic", "count"), MINOR_SIGNATURES.items())
def test_minor_signatures(tonic: str, count: int) -> None:
    key = Key(tonic, "minor")
    assert key.accidentals == count
    assert Key.from_signature(count, "minor") == key
    assert key.relative().accidentals == count and key.relative().mode == "major"


def test_signature_order_and_theoretical_keys() -> None:
    assert Key("D").signature == ["F#", "C#"]
    assert Key("Ab").signature == ["Bb", "Eb", "Ab", "Db"]
    assert Key("G#").signature[0] == "F##" and Key("G#").is_theoretical
    assert not Key("Cb").is_theoretical
    assert Key("Fb").accidentals == -8


def test_related_keys_and_circle() -> None:
    assert Key("Eb").relative() == Key("C", "minor")
    assert Key("C").parallel() == Key("C", "minor")
    assert Key("F").dominant() == Key("C") and Key("A", "minor").subdominant() == Key("D", "minor")
    assert [str(k) for k in Key("C").closely_related()] == [
        "A minor", "G major", "E minor", "F major", "D minor"]
    assert [k.tonic for k in circle_of_fifths()] == [
        "C", "G", "D", "A", "E", "B", "F#", "Db", "Ab", "Eb", "Bb", "F"]
    assert [k.tonic for k in circle_of_fifths("minor")] == [
        "A", "E", "B", "F#", "C#", "G#", "D#", "Bb", "F", "C", "G", "D"]
    assert Key("C").distance(Key("E")) == 4 and Key("F#").distance(Key("Gb")) == 0
    assert Key("C").distance(Key("A", "minor")) == 0


def test_parse_and_validation() -> None:
    assert Key.parse("F#m") == Key("F#", "minor")
    assert Key.parse("Bb major") == Key("Bb")
    assert Key.parse("c# minor") == Key("C#", "minor")
    assert Key.parse("D") == Key("D", "maj")
    assert Key(Note("E", 2), "aeolian") == Key("E", "minor")
    assert repr(Key("D", "minor")) == "Key('D', 'minor')" and str(Key("D", "m")) == "D minor"
    with pytest.raises(ValueError, match="unknown key mode"):
        Key("C", "lydian")
    with pytest.raises(ValueError, match="invalid key"):
        Key.parse("H minor")
    with pytest.raises(ValueError, match="invalid note"):
        Key("X")
    with pytest.raises(ValueError, match="more than two accidentals"):
        Key.from_signature(30)


def test_key_content_and_spelling() -> None:
    d_minor = Key("D", "minor")
    assert d_minor.note_names == ["D", "E", "F", "G", "A", "Bb", "C"]
    assert [c.symbol for c in d_minor.diatonic_chords()] == ["Dm", "Edim", "F", "Gm", "Am", "Bb", "C"]
    assert [c.symbol for c in Key("G").diatonic_chords(sevenths=True)] == [
        "Gmaj7", "Am7", "Bm7", "Cmaj7", "D7", "Em7", "F#m7b5"]
    assert Key("A", "minor").diatonic_chords(harmonic=True)[4].symbol == "E"
    assert Key("G").contains("F#") and not Key("G").contains("F")
    assert Key("F").spell(70) == Note("Bb", 4)
    assert Key("A").spell(Note("Db", 4)) == Note("C#", 4)
    assert Key("Gb").spell(71) == Note("Cb", 5)
    assert Key("C").spell(61) == Note("C#", 4) and Key("F").spell(61) == Note("Db", 4)
    assert Key("C").spell(61, octave=2) == Note("C#", 2)


@settings(max_examples=100)
@given(st.integers(-7, 7), st.sampled_from(["major", "minor"]))
def test_signature_round_trip(count: int, mode: str) -> None:
    key = Key.from_signature(count, mode)
    assert key.accidentals == count
    assert Key.parse(str(key)) == key
    assert key.relative().relative() == key
    assert key.dominant().subdominant() == key
    assert len(key.signature) == abs(count)


# -- roman numerals ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "numeral", "symbol"),
    [
        ("C", "I", "C"), ("C", "ii", "Dm"), ("C", "iii", "Em"), ("C", "IV", "F"),
        ("C", "V", "G"), ("C", "vi", "Am"), ("C", "viio", "Bdim"), ("C", "vii°", "Bdim"),
        ("C", "V7", "G7"), ("C", "ii7", "Dm7"), ("C", "Imaj7", "Cmaj7"), ("C", "IM7", "Cmaj7"),
        ("C", "viiø7", "Bm7b5"), ("C", "viiø", "Bm7b5"), ("C", "viio7", "Bdim7"),
        ("C", "I6", "C/E"), ("C", "I64", "C/G"), ("C", "V65", "G7/B"), ("C", "V43", "G7/D"),
        ("C", "V42", "G7/F"), ("C", "V2", "G7/F"), ("C", "V6/5", "G7/B"),
        ("C", "bVII", "Bb"), ("C", "bVI", "Ab"), ("C", "bIII", "Eb"), ("C", "iv", "Fm"),
        ("C", "bII6", "Db/F"), ("C", "#ivø7", "F#m7b5"), ("C", "III+", "Eaug"),
        ("C", "V/V", "D"), ("C", "V7/V", "D7"), ("C", "V7/ii", "A7"), ("C", "V/vi", "E"),
        ("C", "V7/IV", "C7"), ("C", "viio7/V", "F#dim7"), ("C", "V65/V", "D7/F#"),
        ("C", "V/V/V", "A"), ("C", "V9", "G9"), ("C", "ii11", "Dm11"), ("C", "V13", "G13"),
        ("A minor", "i", "Am"), ("A minor", "iio", "Bdim"), ("A minor", "III", "C"),
        ("A minor", "iv", "Dm"), ("A minor", "v", "Em"), ("A minor", "V7", "E7"),
        ("A minor", "VI", "F"), ("A minor", "VII", "G"), ("A minor", "viio7", "G#dim7"),
        ("A minor", "bviio7", "Gdim7"), ("A minor", "imaj7", "AmMaj7"), ("Am", "bII6", "Bb/D"),
        ("Eb", "IV", "Ab"), ("F#", "vi", "D#m"), ("Db", "V7/V", "Eb7"),
    ],
)
def test_numerals_to_chords(key: str, numeral: str, symbol: str) -> None:
    assert roman_to_chord(numeral, key).symbol == symbol


@pytest.mark.parametrize(
    "numeral",
    ["VIII", "iiv", "Vx", "V/", "I65x", "V/viio", "", "i+maj9"],
)
def test_bad_numerals(numeral: str) -> None:
    with pytest.raises(ValueError, match="roman numeral"):
        roman_to_chord(numeral, "C")


def test_analysis_names() -> None:
    symbols = ["C", "A7", "Dm", "G7", "C", "Bb", "Fm", "D7/F#", "G", "Ab", "Bdim7"]
    chords = [Chord.from_symbol(s) for s in symbols]
    assert analyze(chords, "C") == [
        "I", "V7/ii", "ii", "V7", "I", "bVII", "iv", "V65/V", "V", "bVI", "viio7"]
    assert chord_to_roman(Chord.from_symbol("E7"), "A minor") == "V7"
    assert chord_to_roman(Chord.from_symbol("G#dim7"), "A minor") == "viio7"
    assert chord_to_roman(Chord.from_symbol("A#"), "C") == "#VI"
    with pytest.raises(ValueError, match="no roman numeral"):
        chord_to_roman(Chord.from_symbol("Csus4"), "C")
    with pytest.raises(ValueError, match="bass outside"):
        chord_to_roman(Chord.from_symbol("C/D"), "C")


NUMERALS = [
    f"{acc}{num}{qual}{maj}{fig}"
    for acc in ("", "b", "#")
    for num in ("I", "ii", "III", "iv", "V", "vi", "VII", "i", "II", "v", "vii")
    for qual in ("", "o", "+", "ø")
    for maj in ("", "maj")
    for fig in ("", "6", "64", "7", "65", "43", "42", "9", "11", "13")
]


@settings(max_examples=300)
@given(st.sampled_from(NUMERALS), st.sampled_from(
    [Key(t, m) for t in ("C", "G", "F#", "Db", "A", "Eb", "B") for m in ("major", "minor")]))
def test_numerals_round_trip_through_analysis(numeral: str, key: Key) -> None:
    try:
        chord = roman_to_chord(numeral, key)
    except ValueError:
        return  # not a valid combination (e.g. 'i+maj9') or unspellable in this key
    written = chord_to_roman(chord, key)
    assert roman_to_chord(written, key) == chord


@settings(max_examples=100)
@given(st.sampled_from(["V", "V7", "viio", "viio7", "V65", "V9"]),
       st.sampled_from(["ii", "iii", "IV", "V", "vi"]),
       st.sampled_from(["C", "G", "Bb", "E", "Ab"]))
def test_secondary_functions_round_trip(head: str, target: str, tonic: str) -> None:
    key = Key(tonic)
    numeral = f"{head}/{target}"
    chord = roman_to_chord(numeral, key)
    written = chord_to_roman(chord, key)
    assert roman_to_chord(written, key) == chord
    tonicized = roman_to_chord(target, key).root
    leading = 7 if head.startswith("V") else 11
    assert (chord.root.pitch_class - tonicized.pitch_class) % 12 == leading


def test_chord_progression() -> None:
    prog = ChordProgression.from_numerals("C", ["I", "IV", "V"])
    assert [c.symbol for c in prog] == ["C", "F", "G"]
    assert prog.key == Key("C") and len(prog) == 3 and prog[1].symbol == "F"
    assert prog.analyze() == ["I", "IV", "V"]
    assert prog.symbols == ["C", "F", "G"]
    assert repr(prog) == "ChordProgression(['C', 'F', 'G'], key=Key('C', 'major'))"
    up = prog.transpose(Interval.MINOR_THIRD)
    assert up.key == Key("Eb") and up.symbols == ["Eb", "Ab", "Bb"]
    assert up.analyze() == ["I", "IV", "V"]
    minor = ChordProgression.from_numerals("A", ["i", "iv", "V7"], scale_type=ScaleType.NATURAL_MINOR)
    assert minor.symbols == ["Am", "Dm", "E7"] and minor.key == Key("A", "minor")
    jazz = ChordProgression.from_symbols(["Dm7", "G7", "Cmaj7"], key="C")
    assert jazz.analyze() == ["ii7", "V7", "Imaj7"]
    assert ChordProgression.from_symbols(["C", "E7", "Am"]).analyze("C") == ["I", "V7/vi", "vi"]
    assert ChordProgression.from_numerals(Key("D", "minor"), ["i"], octave=3)[0].root == Note("D", 3)
    with pytest.raises(ValueError, match="no key"):
        ChordProgression.from_symbols(["C"]).analyze()
    with pytest.raises(TypeError):
        ChordProgression.from_numerals("C", "I IV V")
    with pytest.raises(TypeError):
        ChordProgression(("C",))  # type: ignore[arg-type]
    assert hash(prog) == hash(ChordProgression.from_numerals(Key("C"), ["I", "IV", "V"]))
    assert Chord("C", ChordType.MAJOR) in prog.chords
