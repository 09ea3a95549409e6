"""Keys: signatures, relative/parallel keys, the circle of fifths, diatonic chords.

A key's signature is its position on the line of fifths: C major is 0,
G major +1 (one sharp), F major -1 (one flat), A minor 0, D minor -1.  Keys
past seven sharps or flats (G# major) are allowed and use double sharps/flats
in their signature (:attr:`Key.is_theoretical`).

Example
-------
>>> from coremusic.music.keys import Key
>>> k = Key('D', 'minor')
>>> k.flats, k.signature, k.relative()
(1, ['Bb'], Key('F', 'major'))
>>> [c.symbol for c in k.diatonic_chords()]
['Dm', 'Edim', 'F', 'Gm', 'Am', 'Bb', 'C']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from coremusic.music.chords import Chord
from coremusic.music.notes import Note
from coremusic.music.scales import Scale, ScaleType, coerce_note

__all__ = ["Key", "KeyMode", "circle_of_fifths"]

KeyMode = Literal["major", "minor"]

_MODE_ALIASES: dict[str, KeyMode] = {
    "major": "major", "maj": "major", "ionian": "major", "M": "major", "": "major",
    "minor": "minor", "min": "minor", "aeolian": "minor", "m": "minor",
}
# line-of-fifths position of each natural letter (C = 0)
_LETTER_FIFTHS = {"F": -1, "C": 0, "G": 1, "D": 2, "A": 3, "E": 4, "B": 5}
_SHARP_ORDER = "FCGDAEB"
_FLAT_ORDER = "BEADGCF"
_KEY_RE = re.compile(r"^\s*([A-Ga-g](?:##|bb|#|b|x)?)\s*(.*?)\s*$")


def _fifths_of(name: str) -> int:
    note = Note(name, 4)
    return _LETTER_FIFTHS[note.letter] + 7 * note.alter


def _name_from_fifths(fifths: int) -> str:
    letter = "FCGDAEB"[(fifths + 1) % 7]
    alter = (fifths + 1) // 7
    if abs(alter) > 2:
        raise ValueError(f"position {fifths} on the line of fifths needs more than two accidentals")
    return letter + ("#" * alter if alter > 0 else "b" * -alter)


def _normalise_mode(mode: str) -> KeyMode:
    if not isinstance(mode, str):
        raise TypeError(f"key mode must be a str, got {mode!r}")
    key = mode.strip()
    found = _MODE_ALIASES.get(key) if key in ("M", "m", "") else _MODE_ALIASES.get(key.lower())
    if found is None:
        raise ValueError(f"unknown key mode {mode!r}: use 'major' or 'minor'")
    return found


@dataclass(frozen=True, init=False)
class Key:
    """A major or minor key.

    Parameters
    ----------
    tonic : str or Note
        Tonic name (``'D'``, ``'F#'``, ``'Bb'``); a Note's octave is ignored.
    mode : {'major', 'minor'}
        Also accepts ``'maj'``, ``'min'``, ``'m'``, ``'ionian'``, ``'aeolian'``.

    Example
    -------
    >>> Key('A').sharps, Key('Eb', 'minor').flats
    (3, 6)
    >>> Key('E', 'minor').scale.note_names
    ['E', 'F#', 'G', 'A', 'B', 'C', 'D']
    """

    tonic: str
    mode: KeyMode = "major"

    def __init__(self, tonic: str | Note, mode: KeyMode | str = "major") -> None:
        object.__setattr__(self, "tonic", tonic)
        object.__setattr__(self, "mode", mode)
        self.__post_init__()

    def __post_init__(self) -> None:
        tonic = self.tonic.name if isinstance(self.tonic, Note) else self.tonic
        if not isinstance(tonic, str):
            raise TypeError(f"key tonic must be a note name or Note, got {self.tonic!r}")
        object.__setattr__(self, "tonic", Note(tonic, 4).name)
        object.__setattr__(self, "mode", _normalise_mode(self.mode))

    # -- construction ---------------------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> Key:
        """Parse ``'C'``, ``'Am'``, ``'F# minor'``, ``'Bb major'``, ``'c#m'``.

        Example
        -------
        >>> Key.parse('F#m'), Key.parse('Bb major')
        (Key('F#', 'minor'), Key('Bb', 'major'))
        """
        if not isinstance(text, str):
            raise TypeError(f"key text must be a str, got {text!r}")
        match = _KEY_RE.match(text)
        if match is None:
            raise ValueError(f"invalid key {text!r}: expected a tonic A-G and optional mode")
        try:
            return cls(match.group(1), _normalise_mode(match.group(2)))
        except ValueError as exc:
            raise ValueError(f"invalid key {text!r}: {exc}") from None

    @classmethod
    def from_signature(cls, accidentals: int, mode: KeyMode | str = "major") -> Key:
        """The key with a signed number of sharps (+) or flats (-).

        Example
        -------
        >>> Key.from_signature(-3), Key.from_signature(2, 'minor')
        (Key('Eb', 'major'), Key('B', 'minor'))
        """
        if isinstance(accidentals, bool) or not isinstance(accidentals, int):
            raise TypeError(f"accidentals must be an int, got {accidentals!r}")
        normal = _normalise_mode(mode)
        return cls(_name_from_fifths(accidentals + (3 if normal == "minor" else 0)), normal)

    # -- signature ------------------------------------------------------------------
    @property
    def accidentals(self) -> int:
        """Signed signature: number of sharps, or minus the number of flats.

        Example
        -------
        >>> Key('Ab').accidentals
        -4
        """
        return _fifths_of(self.tonic) - (3 if self.mode == "minor" else 0)

    @property
    def sharps(self) -> int:
        """Number of sharps in the signature (0 for flat keys).

        Example
        -------
        >>> Key('B').sharps
        5
        """
        return max(0, self.accidentals)

    @property
    def flats(self) -> int:
        """Number of flats in the signature (0 for sharp keys).

        Example
        -------
        >>> Key('G', 'minor').flats
        2
        """
        return max(0, -self.accidentals)

    @property
    def signature(self) -> list[str]:
        """The altered notes in signature order (``['F#', 'C#']`` for D major).

        Example
        -------
        >>> Key('G#').signature
        ['F##', 'C#', 'G#', 'D#', 'A#', 'E#', 'B#']
        """
        n = self.accidentals
        order, sign = (_SHARP_ORDER, "#") if n >= 0 else (_FLAT_ORDER, "b")
        count = abs(n)
        altered: dict[str, int] = {}
        for i in range(count):
            letter = order[i % 7]
            altered[letter] = altered.get(letter, 0) + 1
        return [letter + sign * altered[letter] for letter in order if letter in altered]

    @property
    def is_theoretical(self) -> bool:
        """True for keys past seven sharps or flats (their signature needs doubles).

        Example
        -------
        >>> Key('D#').is_theoretical, Key('C#').is_theoretical
        (True, False)
        """
        return abs(self.accidentals) > 7

    # -- related keys ---------------------------------------------------------------
    def relative(self) -> Key:
        """The relative key (same signature, other mode).

        Example
        -------
        >>> Key('Eb').relative(), Key('F#', 'minor').relative()
        (Key('C', 'minor'), Key('A', 'major'))
        """
        if self.mode == "major":
            return Key(_name_from_fifths(self.accidentals + 3), "minor")
        return Key(_name_from_fifths(self.accidentals), "major")

    def parallel(self) -> Key:
        """The parallel key (same tonic, other mode).

        Example
        -------
        >>> Key('C').parallel()
        Key('C', 'minor')
        """
        return Key(self.tonic, "minor" if self.mode == "major" else "major")

    def dominant(self) -> Key:
        """The key a fifth above, same mode.

        Example
        -------
        >>> Key('F').dominant()
        Key('C', 'major')
        """
        return Key(_name_from_fifths(_fifths_of(self.tonic) + 1), self.mode)

    def subdominant(self) -> Key:
        """The key a fifth below, same mode.

        Example
        -------
        >>> Key('A', 'minor').subdominant()
        Key('D', 'minor')
        """
        return Key(_name_from_fifths(_fifths_of(self.tonic) - 1), self.mode)

    def closely_related(self) -> list[Key]:
        """The five keys whose signatures differ by at most one accidental.

        Example
        -------
        >>> [str(k) for k in Key('C').closely_related()]
        ['A minor', 'G major', 'E minor', 'F major', 'D minor']
        """
        dom, sub = self.dominant(), self.subdominant()
        return [self.relative(), dom, dom.relative(), sub, sub.relative()]

    def distance(self, other: Key) -> int:
        """Steps around the circle of fifths between the two signatures (0-6).

        Enharmonic signatures count as equal (F# major and Gb major are 0 apart).

        Example
        -------
        >>> Key('C').distance(Key('E')), Key('C').distance(Key('Ab'))
        (4, 4)
        """
        diff = (self.accidentals - other.accidentals) % 12
        return min(diff, 12 - diff)

    # -- content --------------------------------------------------------------------
    @property
    def scale(self) -> Scale:
        """The key's scale (major, or natural minor) from the tonic in octave 4.

        Example
        -------
        >>> Key('F').scale.note_names
        ['F', 'G', 'A', 'Bb', 'C', 'D', 'E']
        """
        kind = ScaleType.MAJOR if self.mode == "major" else ScaleType.NATURAL_MINOR
        return Scale(Note(self.tonic, 4), kind)

    @property
    def note_names(self) -> list[str]:
        """The seven spelled scale-note names.

        Example
        -------
        >>> Key('B', 'minor').note_names
        ['B', 'C#', 'D', 'E', 'F#', 'G', 'A']
        """
        return self.scale.note_names

    @property
    def pitch_classes(self) -> frozenset[int]:
        """Pitch classes of the key's scale.

        Example
        -------
        >>> sorted(Key('G').pitch_classes)
        [0, 2, 4, 6, 7, 9, 11]
        """
        return self.scale.pitch_classes

    def contains(self, note: Note | str | int) -> bool:
        """True if the note's pitch class is in the key's scale.

        Example
        -------
        >>> Key('G').contains('F#'), Key('G').contains('F')
        (True, False)
        """
        return self.scale.contains(note)

    def diatonic_chords(self, sevenths: bool = False, harmonic: bool = False) -> list[Chord]:
        """The chords built on each degree of the key's scale.

        Parameters
        ----------
        sevenths : bool
            Seventh chords instead of triads.
        harmonic : bool
            For minor keys, use the harmonic minor (raised leading tone).

        Example
        -------
        >>> [c.symbol for c in Key('A', 'minor').diatonic_chords(sevenths=True, harmonic=True)]
        ['AmMaj7', 'Bm7b5', 'Cmaj7#5', 'Dm7', 'E7', 'Fmaj7', 'G#dim7']
        """
        scale = self.scale
        if harmonic and self.mode == "minor":
            scale = scale.parallel(ScaleType.HARMONIC_MINOR)
        return [scale.harmonize(d, seventh=sevenths) for d in range(1, 8)]

    def spell(self, pitch: int | Note, octave: int | None = None) -> Note:
        """Name a pitch class or MIDI number as this key would write it.

        Scale notes get the key's spelling; other pitches get sharps in sharp
        keys and flats in flat keys (C major counts as a sharp key).

        Parameters
        ----------
        pitch : int or Note
            A MIDI number (octave kept) or a Note (its pitch is respelled).
        octave : int, optional
            Octave for the result when ``pitch`` is a MIDI number: by default
            the octave of the MIDI number.

        Example
        -------
        >>> Key('F').spell(70), Key('A').spell(Note('Db', 4))
        (Note('Bb', 4), Note('C#', 4))
        """
        midi = pitch.midi if isinstance(pitch, Note) else coerce_note(pitch).midi
        pc = midi % 12
        for name in self.note_names:
            candidate = Note(name, 4)
            if candidate.pitch_class == pc:
                break
        else:
            candidate = Note.from_midi(60 + pc, use_flats=self.accidentals < 0)
        # choose the octave that reproduces the MIDI number
        base = candidate.with_octave(4)
        result = base.with_octave(4 + (midi - base.midi) // 12)
        if octave is not None:
            result = result.with_octave(octave)
        return result

    def __str__(self) -> str:
        return f"{self.tonic} {self.mode}"

    def __repr__(self) -> str:
        return f"Key({self.tonic!r}, {self.mode!r})"


def circle_of_fifths(mode: KeyMode | str = "major") -> list[Key]:
    """The twelve keys clockwise from no accidentals (C major or A minor).

    Six sharps is written with sharps (F# major / D# minor); five to one flats
    follow.

    Example
    -------
    >>> [k.tonic for k in circle_of_fifths()]
    ['C', 'G', 'D', 'A', 'E', 'B', 'F#', 'Db', 'Ab', 'Eb', 'Bb', 'F']
    >>> [k.tonic for k in circle_of_fifths('minor')][:4]
    ['A', 'E', 'B', 'F#']
    """
    normal = _normalise_mode(mode)
    return [Key.from_signature(n, normal) for n in (0, 1, 2, 3, 4, 5, 6, -5, -4, -3, -2, -1)]
