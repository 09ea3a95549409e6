"""Chords: qualities, spelled tones, inversions, slash chords and symbols.

A :class:`ChordType` is a degree formula (``'1 3 5 b7'`` is a dominant
seventh); a :class:`Chord` puts one on a root, optionally inverted or over a
foreign bass note (``C/Bb``).  :meth:`Chord.from_symbol` reads lead-sheet
symbols; :func:`coremusic.music.identify.identify_chord` goes the other way,
from notes to chord names.

Example
-------
>>> from coremusic.music.chords import Chord, ChordType
>>> c = Chord('C', ChordType.MAJOR_7)
>>> c.get_midi_notes(), c.symbol
([60, 64, 67, 71], 'Cmaj7')
>>> Chord.from_symbol('F#m7b5').note_names
['F#', 'A', 'C', 'E']
>>> Chord.from_symbol('C/E').inversion_number
1
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum

from coremusic.music.intervals import Interval
from coremusic.music.notes import Note
from coremusic.music.scales import coerce_note

__all__ = ["Chord", "ChordType"]


@functools.cache
def _analyse(
    value: str,
) -> tuple[tuple[str, ...], tuple[Interval, ...], tuple[int, ...], frozenset[int]]:
    """Formula, intervals, semitones and pitch-class offsets of a degree formula."""
    formula = tuple(value.split())
    degrees = tuple(Interval.from_degree(d) for d in formula)
    semitones = tuple(i.semitones for i in degrees)
    return formula, degrees, semitones, frozenset(x % 12 for x in semitones)


class ChordType(Enum):
    """Chord qualities as degree formulas relative to the major scale.

    ``DOMINANT_7_SHARP_5`` is an alias of ``AUGMENTED_7``.

    Example
    -------
    >>> ChordType.DOMINANT_7.intervals
    (0, 4, 7, 10)
    >>> ChordType.HALF_DIMINISHED_7.formula
    ('1', 'b3', 'b5', 'b7')
    >>> ChordType.MINOR_9.symbol
    'm9'
    """

    # triads and dyads
    MAJOR = "1 3 5"
    MINOR = "1 b3 5"
    DIMINISHED = "1 b3 b5"
    AUGMENTED = "1 3 #5"
    SUS2 = "1 2 5"
    SUS4 = "1 4 5"
    MAJOR_FLAT_5 = "1 3 b5"
    POWER = "1 5"
    POWER_OCTAVE = "1 5 8"
    # sixths
    MAJOR_6 = "1 3 5 6"
    MINOR_6 = "1 b3 5 6"
    SIX_NINE = "1 3 5 6 9"
    MINOR_SIX_NINE = "1 b3 5 6 9"
    # sevenths
    DOMINANT_7 = "1 3 5 b7"
    MAJOR_7 = "1 3 5 7"
    MINOR_7 = "1 b3 5 b7"
    MINOR_MAJOR_7 = "1 b3 5 7"
    DIMINISHED_7 = "1 b3 b5 bb7"
    HALF_DIMINISHED_7 = "1 b3 b5 b7"
    AUGMENTED_7 = "1 3 #5 b7"
    AUGMENTED_MAJOR_7 = "1 3 #5 7"
    DOMINANT_7_FLAT_5 = "1 3 b5 b7"
    DOMINANT_7_SUS4 = "1 4 5 b7"
    MAJOR_7_SHARP_11 = "1 3 5 7 #11"
    # ninths and added tones
    DOMINANT_9 = "1 3 5 b7 9"
    MAJOR_9 = "1 3 5 7 9"
    MINOR_9 = "1 b3 5 b7 9"
    MINOR_MAJOR_9 = "1 b3 5 7 9"
    DOMINANT_9_SUS4 = "1 4 5 b7 9"
    ADD9 = "1 3 5 9"
    MINOR_ADD9 = "1 b3 5 9"
    ADD11 = "1 3 5 11"
    # altered dominants
    DOMINANT_7_FLAT_9 = "1 3 5 b7 b9"
    DOMINANT_7_SHARP_9 = "1 3 5 b7 #9"
    DOMINANT_7_FLAT_5_FLAT_9 = "1 3 b5 b7 b9"
    DOMINANT_7_FLAT_5_SHARP_9 = "1 3 b5 b7 #9"
    DOMINANT_7_SHARP_5_FLAT_9 = "1 3 #5 b7 b9"
    DOMINANT_7_SHARP_5_SHARP_9 = "1 3 #5 b7 #9"
    DOMINANT_7_SHARP_11 = "1 3 5 b7 #11"
    DOMINANT_9_SHARP_11 = "1 3 5 b7 9 #11"
    # elevenths and thirteenths
    DOMINANT_11 = "1 3 5 b7 9 11"
    MAJOR_11 = "1 3 5 7 9 11"
    MINOR_11 = "1 b3 5 b7 9 11"
    DOMINANT_13 = "1 3 5 b7 9 11 13"
    MAJOR_13 = "1 3 5 7 9 11 13"
    MINOR_13 = "1 b3 5 b7 9 11 13"

    # aliases
    DOMINANT_7_SHARP_5 = "1 3 #5 b7"

    @property
    def formula(self) -> tuple[str, ...]:
        """Chord degrees relative to the major scale, root first.

        Example
        -------
        >>> ChordType.DIMINISHED_7.formula
        ('1', 'b3', 'b5', 'bb7')
        """
        return _analyse(self.value)[0]

    @property
    def degrees(self) -> tuple[Interval, ...]:
        """The interval from the root to each chord tone.

        Example
        -------
        >>> [i.short_name for i in ChordType.AUGMENTED.degrees]
        ['P1', 'M3', 'A5']
        """
        return _analyse(self.value)[1]

    @property
    def intervals(self) -> tuple[int, ...]:
        """Semitones from the root to each chord tone.

        Example
        -------
        >>> ChordType.DOMINANT_13.intervals
        (0, 4, 7, 10, 14, 17, 21)
        """
        return _analyse(self.value)[2]

    @property
    def pitch_class_offsets(self) -> frozenset[int]:
        """Chord tones as pitch classes relative to the root (0-11).

        Example
        -------
        >>> sorted(ChordType.DOMINANT_9.pitch_class_offsets)
        [0, 2, 4, 7, 10]
        """
        return _analyse(self.value)[3]

    @property
    def symbol(self) -> str:
        """The canonical symbol suffix (``''`` for major, ``'m7'`` ...).

        Example
        -------
        >>> ChordType.AUGMENTED_MAJOR_7.symbol
        'maj7#5'
        """
        return _SYMBOLS[self][0]

    @property
    def aliases(self) -> tuple[str, ...]:
        """Every suffix :meth:`Chord.from_symbol` accepts for this quality.

        Example
        -------
        >>> 'ø7' in ChordType.HALF_DIMINISHED_7.aliases
        True
        """
        return _SYMBOLS[self]

    @property
    def display_name(self) -> str:
        """Readable name such as ``'dominant 7 flat 9'``.

        Example
        -------
        >>> ChordType.MINOR_MAJOR_7.display_name
        'minor major 7'
        """
        return self.name.lower().replace("_", " ")

    @classmethod
    def from_symbol(cls, suffix: str) -> ChordType:
        """The quality named by a symbol suffix (``'m7'``, ``'maj9'``, ``'7#9'`` ...).

        Parentheses, commas and spaces are ignored (``'7(b9)'`` is ``'7b9'``).

        Example
        -------
        >>> ChordType.from_symbol('-7')
        <ChordType.MINOR_7: '1 b3 5 b7'>
        """
        key = _normalise_suffix(suffix)
        found = _SUFFIX_TO_TYPE.get(key)
        if found is None:
            raise ValueError(
                f"unknown chord quality {suffix!r}; known suffixes include "
                "'', m, dim, aug, sus2, sus4, 5, 6, m6, 6/9, 7, maj7, m7, mMaj7, dim7, "
                "m7b5, 7#5, 7b5, 7sus4, 9, maj9, m9, add9, 7b9, 7#9, 7#11, 11, 13"
            )
        return found

    @classmethod
    def from_degree_intervals(cls, intervals: Sequence[Interval]) -> ChordType:
        """The quality whose tones above the root are these intervals.

        Spelled intervals are matched first, then semitone sizes.

        Example
        -------
        >>> ChordType.from_degree_intervals([Interval.MINOR_THIRD, Interval.DIMINISHED_FIFTH])
        <ChordType.DIMINISHED: '1 b3 b5'>
        """
        wanted = tuple(intervals)
        for member in cls:
            if member.degrees[1:] == wanted:
                return member
        semis = tuple(i.semitones for i in wanted)
        for member in cls:
            if member.intervals[1:] == semis:
                return member
        names = ", ".join(i.short_name for i in wanted)
        raise ValueError(f"no chord quality has the intervals {names} above its root")


_SYMBOLS: dict[ChordType, tuple[str, ...]] = {
    ChordType.MAJOR: ("", "maj", "M", "major", "Maj"),
    ChordType.MINOR: ("m", "min", "-", "mi", "minor", "Min"),
    ChordType.DIMINISHED: ("dim", "o", "°", "mb5", "mo"),
    ChordType.AUGMENTED: ("aug", "+", "+5", "#5"),
    ChordType.SUS2: ("sus2",),
    ChordType.SUS4: ("sus4", "sus"),
    ChordType.MAJOR_FLAT_5: ("(b5)", "b5", "majb5", "Mb5"),
    ChordType.POWER: ("5",),
    ChordType.POWER_OCTAVE: ("5(8)", "58"),
    ChordType.MAJOR_6: ("6", "maj6", "M6"),
    ChordType.MINOR_6: ("m6", "min6", "-6"),
    ChordType.SIX_NINE: ("6/9", "69", "6add9"),
    ChordType.MINOR_SIX_NINE: ("m6/9", "m69", "-69", "min69"),
    ChordType.DOMINANT_7: ("7", "dom7"),
    ChordType.MAJOR_7: ("maj7", "M7", "Δ7", "Δ", "ma7", "j7", "Maj7", "MAJ7"),
    ChordType.MINOR_7: ("m7", "min7", "-7", "mi7", "Min7"),
    ChordType.MINOR_MAJOR_7: ("mMaj7", "mM7", "mmaj7", "minmaj7", "-maj7", "-Δ7", "mΔ7", "-M7"),
    ChordType.DIMINISHED_7: ("dim7", "o7", "°7"),
    ChordType.HALF_DIMINISHED_7: ("m7b5", "ø7", "ø", "-7b5", "min7b5", "mi7b5"),
    ChordType.AUGMENTED_7: ("7#5", "aug7", "+7", "7+5", "7+", "7aug"),
    ChordType.AUGMENTED_MAJOR_7: ("maj7#5", "augmaj7", "+maj7", "+M7", "M7#5", "Δ7#5", "maj7+5"),
    ChordType.DOMINANT_7_FLAT_5: ("7b5", "7-5"),
    ChordType.DOMINANT_7_SUS4: ("7sus4", "7sus"),
    ChordType.MAJOR_7_SHARP_11: ("maj7#11", "M7#11", "Δ7#11", "Δ#11"),
    ChordType.DOMINANT_9: ("9", "dom9"),
    ChordType.MAJOR_9: ("maj9", "M9", "Δ9", "Maj9"),
    ChordType.MINOR_9: ("m9", "min9", "-9", "mi9"),
    ChordType.MINOR_MAJOR_9: ("mMaj9", "mM9", "mmaj9", "-maj9"),
    ChordType.DOMINANT_9_SUS4: ("9sus4", "9sus"),
    ChordType.ADD9: ("add9", "add2", "2"),
    ChordType.MINOR_ADD9: ("madd9", "minadd9", "-add9", "madd2"),
    ChordType.ADD11: ("add11", "add4"),
    ChordType.DOMINANT_7_FLAT_9: ("7b9", "7-9"),
    ChordType.DOMINANT_7_SHARP_9: ("7#9", "7+9"),
    ChordType.DOMINANT_7_FLAT_5_FLAT_9: ("7b5b9",),
    ChordType.DOMINANT_7_FLAT_5_SHARP_9: ("7b5#9",),
    ChordType.DOMINANT_7_SHARP_5_FLAT_9: ("7#5b9", "7+5b9"),
    ChordType.DOMINANT_7_SHARP_5_SHARP_9: ("7#5#9", "7+5#9"),
    ChordType.DOMINANT_7_SHARP_11: ("7#11", "7+11"),
    ChordType.DOMINANT_9_SHARP_11: ("9#11", "9+11"),
    ChordType.DOMINANT_11: ("11", "dom11"),
    ChordType.MAJOR_11: ("maj11", "M11", "Δ11"),
    ChordType.MINOR_11: ("m11", "min11", "-11"),
    ChordType.DOMINANT_13: ("13", "dom13"),
    ChordType.MAJOR_13: ("maj13", "M13", "Δ13"),
    ChordType.MINOR_13: ("m13", "min13", "-13"),
}


def _normalise_suffix(suffix: str) -> str:
    if not isinstance(suffix, str):
        raise TypeError(f"chord suffix must be a str, got {suffix!r}")
    text = suffix.replace("♭", "b").replace("♯", "#")
    return re.sub(r"[\s(),]", "", text)


_SUFFIX_TO_TYPE: dict[str, ChordType] = {}
for _type, _aliases in _SYMBOLS.items():
    for _alias in _aliases:
        _key = _normalise_suffix(_alias)
        if _key in _SUFFIX_TO_TYPE and _SUFFIX_TO_TYPE[_key] is not _type:
            raise RuntimeError(f"chord suffix {_alias!r} is ambiguous")
        _SUFFIX_TO_TYPE[_key] = _type

_SYMBOL_RE = re.compile(r"^\s*([A-Ga-g][#b♯♭]?)(.*?)\s*$")
_SLASH_RE = re.compile(r"^(.*)/\s*([A-Ga-g](?:##|bb|x|[#b♯♭])?)\s*$")


@dataclass(frozen=True, init=False)
class Chord:
    """A chord: a quality on a root, optionally inverted or over another bass.

    Parameters
    ----------
    root : Note or str or int
        Root note (``'C'`` is C4; a MIDI number is spelled with sharps).
    chord_type : ChordType
        The quality (default major triad).
    inversion_number : int
        0 = root position, 1 = the second chord tone (usually the third) in
        the bass, 2 = the third tone (the fifth) ... up to the number of tones - 1.
    bass : Note or str, optional
        A bass note *outside* the chord (``C/Bb``).  A bass that is a chord
        tone is turned into the matching inversion; the bass is placed in the
        octave just below the chord.

    Raises
    ------
    ValueError
        For an inversion outside the chord, both an inversion and a foreign
        bass, or notes outside MIDI 0-127.

    Example
    -------
    >>> Chord('C', ChordType.MAJOR).inversion(1).get_midi_notes()
    [64, 67, 72]
    >>> Chord('C', ChordType.DOMINANT_7, bass='F').symbol
    'C7/F'
    >>> Chord('C', ChordType.MAJOR, bass='G')
    Chord(Note('C', 4), ChordType.MAJOR, inversion_number=2)
    """

    root: Note
    chord_type: ChordType = ChordType.MAJOR
    inversion_number: int = 0
    bass: Note | None = None

    def __init__(
        self,
        root: Note | str | int,
        chord_type: ChordType = ChordType.MAJOR,
        inversion_number: int = 0,
        bass: Note | str | None = None,
    ) -> None:
        object.__setattr__(self, "root", root)
        object.__setattr__(self, "chord_type", chord_type)
        object.__setattr__(self, "inversion_number", inversion_number)
        object.__setattr__(self, "bass", bass)
        self.__post_init__()

    def __post_init__(self) -> None:
        object.__setattr__(self, "root", coerce_note(self.root))
        if not isinstance(self.chord_type, ChordType):
            raise TypeError(f"chord_type must be a ChordType, got {self.chord_type!r}")
        n = self.inversion_number
        if isinstance(n, bool) or not isinstance(n, int):
            raise TypeError(f"inversion_number must be an int, got {n!r}")
        size = len(self.chord_type.formula)
        if not 0 <= n < size:
            raise ValueError(
                f"inversion_number {n} is out of range for a {size}-note "
                f"{self.chord_type.display_name} chord (0-{size - 1})"
            )
        if self.bass is not None:
            bass = coerce_note(self.bass)
            offset = (bass.pitch_class - self.root.pitch_class) % 12
            offsets = [s % 12 for s in self.chord_type.intervals]
            if offset in offsets:
                if n:
                    raise ValueError("give either inversion_number or bass, not both")
                object.__setattr__(self, "inversion_number", offsets.index(offset))
                object.__setattr__(self, "bass", None)
            else:
                if n:
                    raise ValueError("a chord over a foreign bass cannot also be inverted")
                object.__setattr__(self, "bass", _place_below(bass, self._tones()[0]))
        self.get_notes()  # validate the MIDI range once

    # -- construction ---------------------------------------------------------------
    @classmethod
    def from_symbol(cls, symbol: str, octave: int = 4) -> Chord:
        """Parse a lead-sheet symbol: root, quality suffix, optional ``/bass``.

        Parameters
        ----------
        symbol : str
            ``'C'``, ``'F#m'``, ``'Bbmaj7'``, ``'Dm7b5'``, ``'G7(b9)'``,
            ``'C6/9'``, ``'Am/G'``, ``'Cø7'``, ``'E7#9'`` ...
        octave : int
            Octave of the root.

        Raises
        ------
        ValueError
            If the root or the quality is not recognised.

        Example
        -------
        >>> Chord.from_symbol('Cmaj7')
        Chord(Note('C', 4), ChordType.MAJOR_7)
        >>> Chord.from_symbol('Am/G').get_midi_notes()
        [67, 69, 72, 76]
        """
        if not isinstance(symbol, str):
            raise TypeError(f"chord symbol must be a str, got {symbol!r}")
        match = _SYMBOL_RE.match(symbol)
        if match is None:
            raise ValueError(
                f"invalid chord symbol {symbol!r}: it must start with a root A-G"
            )
        root = Note(match.group(1), octave)
        rest = match.group(2)
        bass: Note | None = None
        slash = _SLASH_RE.match(rest)
        if slash is not None:
            rest = slash.group(1)
            bass = Note(slash.group(2), octave)
        try:
            chord_type = ChordType.from_symbol(rest)
        except ValueError as exc:
            raise ValueError(f"in chord symbol {symbol!r}: {exc}") from None
        return cls(root, chord_type, bass=bass)

    @classmethod
    def from_notes(cls, notes: Iterable[Note | int | str]) -> Chord:
        """The best-matching chord for a set of notes or MIDI numbers.

        See :func:`coremusic.music.identify.identify_chord` for all candidates.

        Raises
        ------
        ValueError
            If no chord quality fits the notes.

        Example
        -------
        >>> Chord.from_notes([64, 67, 72]).symbol
        'C/E'
        """
        from coremusic.music.identify import identify_chord

        matches = identify_chord(notes)
        if not matches:
            raise ValueError("no chord quality matches these notes")
        return matches[0].chord

    # -- tones ----------------------------------------------------------------------
    def _tones(self) -> list[Note]:
        return [self.root.transpose(iv) for iv in self.chord_type.degrees]

    def get_notes(self) -> list[Note]:
        """Spelled notes from the bass up (close position above the bass).

        Example
        -------
        >>> [str(n) for n in Chord('D', ChordType.DOMINANT_7).get_notes()]
        ['D4', 'F#4', 'A4', 'C5']
        """
        tones = self._tones()
        k = self.inversion_number
        bass = tones[k]
        upper = tones[k + 1 :]
        for tone in tones[:k]:
            while tone.midi <= bass.midi:
                tone = tone.transpose(Interval.OCTAVE)
            upper.append(tone)
        upper.sort()
        lowest = [bass] if self.bass is None else [self.bass, bass]
        return lowest + upper

    def get_midi_notes(self) -> list[int]:
        """MIDI numbers of :meth:`get_notes`, ascending.

        Example
        -------
        >>> Chord('A3', ChordType.MINOR).get_midi_notes()
        [57, 60, 64]
        """
        return [n.midi for n in self.get_notes()]

    @property
    def notes(self) -> tuple[Note, ...]:
        """The notes as a tuple (see :meth:`get_notes`).

        Example
        -------
        >>> len(Chord('C', ChordType.DOMINANT_13).notes)
        7
        """
        return tuple(self.get_notes())

    @property
    def note_names(self) -> list[str]:
        """Spelled chord-tone names in formula order (root first, bass excluded).

        Example
        -------
        >>> Chord('Eb', ChordType.DIMINISHED_7).note_names
        ['Eb', 'Gb', 'Bbb', 'Dbb']
        """
        return [t.name for t in self._tones()]

    @property
    def pitch_classes(self) -> frozenset[int]:
        """Pitch classes sounding in the chord (including a foreign bass).

        Example
        -------
        >>> sorted(Chord('G', ChordType.DOMINANT_7).pitch_classes)
        [2, 5, 7, 11]
        """
        return frozenset(n.pitch_class for n in self.get_notes())

    @property
    def bass_note(self) -> Note:
        """The lowest note (foreign bass, or the inverted chord tone).

        Example
        -------
        >>> Chord('C', ChordType.MAJOR, inversion_number=2).bass_note
        Note('G', 4)
        """
        return self.get_notes()[0]

    @property
    def intervals(self) -> tuple[int, ...]:
        """Semitones from the root to each chord tone.

        Example
        -------
        >>> Chord('C', ChordType.MINOR_7).intervals
        (0, 3, 7, 10)
        """
        return self.chord_type.intervals

    @property
    def symbol(self) -> str:
        """Lead-sheet symbol such as ``'Cmaj7'``, ``'Am/C'`` or ``'C/Bb'``.

        Example
        -------
        >>> Chord('E', ChordType.MINOR_7, inversion_number=1).symbol
        'Em7/G'
        """
        text = self.root.name + self.chord_type.symbol
        if self.bass is not None:
            return f"{text}/{self.bass.name}"
        if self.inversion_number:
            return f"{text}/{self._tones()[self.inversion_number].name}"
        return text

    @property
    def name(self) -> str:
        """Long name, e.g. ``'C dominant 7, first inversion'``.

        Example
        -------
        >>> Chord('C', ChordType.MAJOR, inversion_number=1).name
        'C major, first inversion'
        """
        text = f"{self.root.name} {self.chord_type.display_name}"
        if self.bass is not None:
            return f"{text} over {self.bass.name}"
        if self.inversion_number:
            ordinals = ("first", "second", "third", "fourth", "fifth", "sixth")
            return f"{text}, {ordinals[self.inversion_number - 1]} inversion"
        return text

    # -- transformations ------------------------------------------------------------
    def inversion(self, n: int) -> Chord:
        """The same chord in inversion ``n`` (taken modulo the number of tones).

        Example
        -------
        >>> Chord('C', ChordType.MAJOR_7).inversion(3).get_midi_notes()
        [71, 72, 76, 79]
        """
        size = len(self.chord_type.formula)
        return Chord(self.root, self.chord_type, n % size)

    def root_position(self) -> Chord:
        """The chord in root position without a foreign bass.

        Example
        -------
        >>> Chord.from_symbol('C/E').root_position().symbol
        'C'
        """
        return Chord(self.root, self.chord_type)

    def with_bass(self, bass: Note | str) -> Chord:
        """The chord over a bass note (an inversion if it is a chord tone).

        Example
        -------
        >>> Chord('D', ChordType.MINOR_7).with_bass('C').symbol
        'Dm7/C'
        """
        return Chord(self.root, self.chord_type, bass=coerce_note(bass))

    def transpose(self, amount: int | Interval) -> Chord:
        """The chord moved by semitones or a spelled interval.

        Example
        -------
        >>> Chord.from_symbol('Dm7/C').transpose(Interval.MAJOR_SECOND).symbol
        'Em7/D'
        """
        bass = None if self.bass is None else self.bass.transpose(amount)
        return Chord(self.root.transpose(amount), self.chord_type, self.inversion_number, bass)

    def get_voicing(self, voicing: Sequence[int]) -> list[Note]:
        """Notes picked by chord-tone index; indices past the top add octaves.

        Index 0 is the root, 1 the second tone ...; ``len(tones)`` is the root
        an octave up, negative indices go below the root.

        Example
        -------
        >>> [str(n) for n in Chord('C', ChordType.MAJOR_7).get_voicing([0, 2, 3, 5])]
        ['C4', 'G4', 'B4', 'E5']
        """
        tones = self._tones()
        result = []
        for index in voicing:
            octave, i = divmod(index, len(tones))
            tone = tones[i]
            if octave > 0:
                tone = tone.transpose(Interval.OCTAVE.compound(octave - 1))
            elif octave < 0:
                tone = tone.transpose(Interval.OCTAVE.compound(-octave - 1), down=True)
            result.append(tone)
        return result

    def __iter__(self) -> Iterator[Note]:
        return iter(self.get_notes())

    def __len__(self) -> int:
        return len(self.get_notes())

    def __contains__(self, note: object) -> bool:
        if not isinstance(note, (Note, str, int)):
            return False
        return coerce_note(note).pitch_class in self.pitch_classes

    def __str__(self) -> str:
        return self.symbol

    def __repr__(self) -> str:
        text = f"Chord({self.root!r}, ChordType.{self.chord_type.name}"
        if self.inversion_number:
            text += f", inversion_number={self.inversion_number}"
        if self.bass is not None:
            text += f", bass={self.bass!r}"
        return text + ")"


def _place_below(bass: Note, lowest: Note) -> Note:
    """``bass`` respelled into the highest octave strictly below ``lowest``."""
    octave = lowest.octave + 1
    while True:
        try:
            candidate = bass.with_octave(octave)
        except ValueError:
            candidate = None
        if candidate is not None and candidate.midi < lowest.midi:
            return candidate
        octave -= 1
        if octave < -2:
            raise ValueError(f"no octave puts the bass {bass.name} below {lowest} within MIDI 0-127")
