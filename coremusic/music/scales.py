"""Scales and modes with correct note spelling.

Each :class:`ScaleType` is defined by a *degree formula* measured against the
major scale (``'1 2 b3 4 5 b6 b7'`` is the natural minor).  The formula fixes
both the semitones and the letter of every note, so ``Scale('F', MAJOR)``
spells ``Bb`` (not ``A#``) and ``Scale('G#', HARMONIC_MINOR)`` spells ``F##``.

Example
-------
>>> from coremusic.music.scales import Scale, ScaleType
>>> Scale('F', ScaleType.MAJOR).note_names
['F', 'G', 'A', 'Bb', 'C', 'D', 'E']
>>> Scale('E', ScaleType.PHRYGIAN_DOMINANT).note_names
['E', 'F', 'G#', 'A', 'B', 'C', 'D']
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from itertools import pairwise
from typing import TYPE_CHECKING

from coremusic.music.intervals import Interval
from coremusic.music.notes import Note

if TYPE_CHECKING:  # pragma: no cover
    from coremusic.music.chords import Chord

__all__ = ["Scale", "ScaleType", "coerce_note"]


@functools.cache
def _analyse(
    value: str,
) -> tuple[tuple[str, ...], tuple[Interval, ...], tuple[int, ...], frozenset[int]]:
    """Formula, intervals, semitones and pitch-class offsets of a degree formula."""
    formula = tuple(value.split())
    degrees = tuple(Interval.from_degree(d) for d in formula)
    semitones = tuple(i.semitones for i in degrees)
    return formula, degrees, semitones, frozenset(x % 12 for x in semitones)


class ScaleType(Enum):
    """Scale and mode formulas (degrees relative to the major scale).

    Aliases share one member: ``IONIAN is MAJOR``, ``AEOLIAN is NATURAL_MINOR``
    (also ``MINOR``), ``SUPER_LOCRIAN is ALTERED``, ``DIMINISHED`` is the
    whole-half diminished scale and ``OCTATONIC`` the half-whole one.

    Example
    -------
    >>> ScaleType.DORIAN.intervals
    (0, 2, 3, 5, 7, 9, 10)
    >>> ScaleType.BLUES.formula
    ('1', 'b3', '4', 'b5', '5', 'b7')
    >>> len(ScaleType)
    40
    """

    # diatonic major / minor family
    MAJOR = "1 2 3 4 5 6 7"
    NATURAL_MINOR = "1 2 b3 4 5 b6 b7"
    HARMONIC_MINOR = "1 2 b3 4 5 b6 7"
    MELODIC_MINOR = "1 2 b3 4 5 6 7"
    HARMONIC_MAJOR = "1 2 3 4 5 b6 7"
    # church modes (IONIAN and AEOLIAN are aliases, see below)
    DORIAN = "1 2 b3 4 5 6 b7"
    PHRYGIAN = "1 b2 b3 4 5 b6 b7"
    LYDIAN = "1 2 3 #4 5 6 7"
    MIXOLYDIAN = "1 2 3 4 5 6 b7"
    LOCRIAN = "1 b2 b3 4 b5 b6 b7"
    # modes of melodic minor
    DORIAN_FLAT_2 = "1 b2 b3 4 5 6 b7"
    LYDIAN_AUGMENTED = "1 2 3 #4 #5 6 7"
    LYDIAN_DOMINANT = "1 2 3 #4 5 6 b7"
    MIXOLYDIAN_FLAT_6 = "1 2 3 4 5 b6 b7"
    LOCRIAN_NATURAL_2 = "1 2 b3 4 b5 b6 b7"
    ALTERED = "1 b2 b3 b4 b5 b6 b7"
    # pentatonic and blues
    MAJOR_PENTATONIC = "1 2 3 5 6"
    MINOR_PENTATONIC = "1 b3 4 5 b7"
    EGYPTIAN = "1 2 4 5 b7"
    BLUES = "1 b3 4 b5 5 b7"
    MAJOR_BLUES = "1 2 b3 3 5 6"
    # symmetric
    WHOLE_TONE = "1 2 3 #4 #5 b7"
    DIMINISHED_WHOLE_HALF = "1 2 b3 4 b5 b6 6 7"
    DIMINISHED_HALF_WHOLE = "1 b2 b3 3 #4 5 6 b7"
    CHROMATIC = "1 #1 2 #2 3 4 #4 5 #5 6 #6 7"
    # bebop
    BEBOP_DOMINANT = "1 2 3 4 5 6 b7 7"
    BEBOP_MAJOR = "1 2 3 4 5 #5 6 7"
    BEBOP_DORIAN = "1 2 b3 3 4 5 6 b7"
    # other heptatonic scales
    HUNGARIAN_MINOR = "1 2 b3 #4 5 b6 7"
    HUNGARIAN_MAJOR = "1 #2 3 #4 5 6 b7"
    PHRYGIAN_DOMINANT = "1 b2 3 4 5 b6 b7"
    DOUBLE_HARMONIC = "1 b2 3 4 5 b6 7"
    NEAPOLITAN_MAJOR = "1 b2 b3 4 5 6 7"
    NEAPOLITAN_MINOR = "1 b2 b3 4 5 b6 7"
    PERSIAN = "1 b2 3 4 b5 b6 7"
    ENIGMATIC = "1 b2 3 #4 #5 #6 7"
    # Japanese and other pentatonic / hexatonic colours
    HIRAJOSHI = "1 2 b3 5 b6"
    IN_SEN = "1 b2 4 5 b7"
    IWATO = "1 b2 4 b5 b7"
    PROMETHEUS = "1 2 3 #4 6 b7"

    # aliases
    IONIAN = "1 2 3 4 5 6 7"
    AEOLIAN = "1 2 b3 4 5 b6 b7"
    MINOR = "1 2 b3 4 5 b6 b7"
    SUPER_LOCRIAN = "1 b2 b3 b4 b5 b6 b7"
    DIMINISHED = "1 2 b3 4 b5 b6 6 7"
    OCTATONIC = "1 b2 b3 3 #4 5 6 b7"
    SPANISH = "1 b2 3 4 5 b6 b7"

    @property
    def formula(self) -> tuple[str, ...]:
        """Degrees relative to the major scale, e.g. ``('1', '2', 'b3', ...)``.

        Example
        -------
        >>> ScaleType.LYDIAN.formula[3]
        '#4'
        """
        return _analyse(self.value)[0]

    @property
    def degrees(self) -> tuple[Interval, ...]:
        """The interval from the root to each degree.

        Example
        -------
        >>> [iv.short_name for iv in ScaleType.MAJOR_PENTATONIC.degrees]
        ['P1', 'M2', 'M3', 'P5', 'M6']
        """
        return _analyse(self.value)[1]

    @property
    def intervals(self) -> tuple[int, ...]:
        """Semitones from the root to each degree.

        Example
        -------
        >>> ScaleType.WHOLE_TONE.intervals
        (0, 2, 4, 6, 8, 10)
        """
        return _analyse(self.value)[2]

    @property
    def steps(self) -> tuple[int, ...]:
        """Semitones between successive degrees, closing at the octave.

        Example
        -------
        >>> ScaleType.MAJOR.steps
        (2, 2, 1, 2, 2, 2, 1)
        """
        iv = (*self.intervals, 12)
        return tuple(b - a for a, b in pairwise(iv))

    @property
    def display_name(self) -> str:
        """Readable name such as ``'harmonic minor'``.

        Example
        -------
        >>> ScaleType.BEBOP_DOMINANT.display_name
        'bebop dominant'
        """
        return self.name.lower().replace("_", " ")

    @classmethod
    def from_intervals(cls, intervals: tuple[int, ...] | list[int]) -> ScaleType:
        """The scale type with exactly these semitone offsets from the root.

        Example
        -------
        >>> ScaleType.from_intervals([0, 2, 3, 5, 7, 9, 10])
        <ScaleType.DORIAN: '1 2 b3 4 5 6 b7'>
        """
        wanted = tuple(intervals)
        for member in cls:
            if member.intervals == wanted:
                return member
        raise ValueError(f"no scale type has the intervals {wanted}")


def coerce_note(value: Note | str | int, octave: int = 4) -> Note:
    """Accept a :class:`Note`, a name (``'C'``, ``'Eb3'``) or a MIDI number.

    Example
    -------
    >>> coerce_note('Eb'), coerce_note('Eb3'), coerce_note(61)
    (Note('Eb', 4), Note('Eb', 3), Note('C#', 4))
    """
    if isinstance(value, Note):
        return value
    if isinstance(value, str):
        text = value.strip()
        if text and text[-1].isdigit():
            return Note.parse(text)
        return Note(text, octave)
    if isinstance(value, int) and not isinstance(value, bool):
        return Note.from_midi(value)
    raise TypeError(f"expected a Note, a note name or a MIDI number, got {value!r}")


@dataclass(frozen=True, init=False)
class Scale:
    """A scale built on a root note.

    Parameters
    ----------
    root : Note or str
        Root note; a name such as ``'D'`` means octave 4, ``'D3'`` is explicit.
    scale_type : ScaleType
        The formula (default major).
    octaves : int
        Octaves returned by :meth:`get_notes` when not given there.

    Example
    -------
    >>> s = Scale(Note('C', 4), ScaleType.MAJOR)
    >>> [str(n) for n in s.get_notes()]
    ['C4', 'D4', 'E4', 'F4', 'G4', 'A4', 'B4']
    >>> s.get_midi_notes()
    [60, 62, 64, 65, 67, 69, 71]
    >>> s.degree(9)
    Note('D', 5)
    >>> Note('F#', 2) in Scale('G', ScaleType.MAJOR)
    True
    """

    root: Note
    scale_type: ScaleType = ScaleType.MAJOR
    octaves: int = 1

    def __init__(
        self,
        root: Note | str | int,
        scale_type: ScaleType = ScaleType.MAJOR,
        octaves: int = 1,
    ) -> None:
        object.__setattr__(self, "root", root)
        object.__setattr__(self, "scale_type", scale_type)
        object.__setattr__(self, "octaves", octaves)
        self.__post_init__()

    def __post_init__(self) -> None:
        object.__setattr__(self, "root", coerce_note(self.root))
        if not isinstance(self.scale_type, ScaleType):
            raise TypeError(f"scale_type must be a ScaleType, got {self.scale_type!r}")
        if isinstance(self.octaves, bool) or not isinstance(self.octaves, int):
            raise TypeError(f"octaves must be an int, got {self.octaves!r}")
        if self.octaves < 1:
            raise ValueError(f"octaves must be >= 1, got {self.octaves}")

    @property
    def intervals(self) -> tuple[int, ...]:
        """Semitones from the root to each degree (one octave).

        Example
        -------
        >>> Scale('A', ScaleType.MINOR_PENTATONIC).intervals
        (0, 3, 5, 7, 10)
        """
        return self.scale_type.intervals

    @property
    def note_names(self) -> list[str]:
        """Spelled names of one octave of the scale.

        Example
        -------
        >>> Scale('Eb', ScaleType.DORIAN).note_names
        ['Eb', 'F', 'Gb', 'Ab', 'Bb', 'C', 'Db']
        """
        return [self.root.transpose(iv).name for iv in self.scale_type.degrees]

    @property
    def pitch_classes(self) -> frozenset[int]:
        """The set of pitch classes (0-11) in the scale.

        Example
        -------
        >>> sorted(Scale('C', ScaleType.WHOLE_TONE).pitch_classes)
        [0, 2, 4, 6, 8, 10]
        """
        return frozenset((self.root.pitch_class + s) % 12 for s in self.intervals)

    def get_notes(self, octaves: int | None = None) -> list[Note]:
        """Spelled notes ascending from the root, one or more octaves.

        Parameters
        ----------
        octaves : int, optional
            Octaves to generate (default :attr:`octaves`).

        Raises
        ------
        ValueError
            If a note would fall outside MIDI 0-127.

        Example
        -------
        >>> [str(n) for n in Scale('A3', ScaleType.HARMONIC_MINOR).get_notes()]
        ['A3', 'B3', 'C4', 'D4', 'E4', 'F4', 'G#4']
        """
        count = self.octaves if octaves is None else octaves
        if count < 1:
            raise ValueError(f"octaves must be >= 1, got {count}")
        degrees = self.scale_type.degrees
        return [
            self.root.transpose(iv.compound(o)) for o in range(count) for iv in degrees
        ]

    def get_midi_notes(self, octaves: int | None = None) -> list[int]:
        """MIDI numbers of :meth:`get_notes`.

        Example
        -------
        >>> Scale('C', ScaleType.BLUES).get_midi_notes()
        [60, 63, 65, 66, 67, 70]
        """
        return [n.midi for n in self.get_notes(octaves)]

    def degree(self, number: int) -> Note:
        """The note on a 1-based degree; degrees past the top continue upwards.

        Example
        -------
        >>> Scale('D', ScaleType.MAJOR).degree(3)
        Note('F#', 4)
        """
        if isinstance(number, bool) or not isinstance(number, int):
            raise TypeError(f"degree must be an int, got {number!r}")
        if number < 1:
            raise ValueError(f"scale degrees start at 1, got {number}")
        degrees = self.scale_type.degrees
        octave, index = divmod(number - 1, len(degrees))
        return self.root.transpose(degrees[index].compound(octave))

    def degree_of(self, note: Note | str | int) -> int | None:
        """The 1-based degree of a note's pitch class, or ``None`` if absent.

        Example
        -------
        >>> Scale('G', ScaleType.MAJOR).degree_of('F#')
        7
        """
        pc = coerce_note(note).pitch_class
        for i, semis in enumerate(self.intervals, start=1):
            if (self.root.pitch_class + semis) % 12 == pc:
                return i
        return None

    def contains(self, note: Note | str | int) -> bool:
        """True when the note's pitch class belongs to the scale.

        Example
        -------
        >>> Scale('C', ScaleType.MAJOR).contains(61)
        False
        """
        return coerce_note(note).pitch_class in self.pitch_classes

    def __contains__(self, note: object) -> bool:
        if not isinstance(note, (Note, str, int)):
            return False
        return self.contains(note)

    def harmonize(self, degree: int, seventh: bool = False) -> Chord:
        """The chord stacked in thirds from the scale on a degree.

        Only for seven-note scales.  The chord type is recognised from its
        intervals and the notes keep the scale's spelling.

        Parameters
        ----------
        degree : int
            1-based scale degree.
        seventh : bool
            Build a seventh chord instead of a triad.

        Example
        -------
        >>> Scale('C', ScaleType.MAJOR).harmonize(5, seventh=True).symbol
        'G7'
        >>> Scale('A', ScaleType.HARMONIC_MINOR).harmonize(3).symbol
        'Caug'
        """
        from coremusic.music.chords import Chord, ChordType

        if len(self.intervals) != 7:
            raise ValueError(
                f"harmonize needs a seven-note scale; {self.scale_type.display_name} "
                f"has {len(self.intervals)} notes"
            )
        root = self.degree(degree)
        offsets = (2, 4, 6) if seventh else (2, 4)
        intervals = [Interval.between(root, self.degree(degree + k)) for k in offsets]
        return Chord(root, ChordType.from_degree_intervals(intervals))

    def triads(self) -> list[Chord]:
        """The diatonic triads on every degree.

        Example
        -------
        >>> [c.symbol for c in Scale('C', ScaleType.MAJOR).triads()]
        ['C', 'Dm', 'Em', 'F', 'G', 'Am', 'Bdim']
        """
        return [self.harmonize(d) for d in range(1, 8)]

    def seventh_chords(self) -> list[Chord]:
        """The diatonic seventh chords on every degree.

        Example
        -------
        >>> [c.symbol for c in Scale('C', ScaleType.MAJOR).seventh_chords()]
        ['Cmaj7', 'Dm7', 'Em7', 'Fmaj7', 'G7', 'Am7', 'Bm7b5']
        """
        return [self.harmonize(d, seventh=True) for d in range(1, 8)]

    def parallel(self, scale_type: ScaleType) -> Scale:
        """Same root, another scale type.

        Example
        -------
        >>> Scale('C', ScaleType.MAJOR).parallel(ScaleType.NATURAL_MINOR).note_names[2]
        'Eb'
        """
        return Scale(self.root, scale_type, self.octaves)

    def relative_minor(self) -> Scale:
        """The natural minor scale on the 6th degree (of a major scale).

        Example
        -------
        >>> Scale('Eb', ScaleType.MAJOR).relative_minor().root
        Note('C', 5)
        """
        if self.scale_type is not ScaleType.MAJOR:
            raise ValueError(f"relative_minor needs a major scale, not {self.scale_type.display_name}")
        return Scale(self.degree(6), ScaleType.NATURAL_MINOR, self.octaves)

    def relative_major(self) -> Scale:
        """The major scale on the 3rd degree (of a natural minor scale).

        Example
        -------
        >>> Scale('C', ScaleType.NATURAL_MINOR).relative_major().note_names[0]
        'Eb'
        """
        if self.scale_type is not ScaleType.NATURAL_MINOR:
            raise ValueError(
                f"relative_major needs a natural minor scale, not {self.scale_type.display_name}"
            )
        return Scale(self.degree(3), ScaleType.MAJOR, self.octaves)

    def mode(self, degree: int) -> Scale:
        """The scale obtained by starting this one on another degree.

        Raises
        ------
        ValueError
            If the rotation is not one of the known scale types.

        Example
        -------
        >>> m = Scale('C', ScaleType.MAJOR).mode(2)
        >>> m.root.name, m.scale_type.name
        ('D', 'DORIAN')
        """
        root = self.degree(degree)
        count = len(self.intervals)
        offset = self.intervals[(degree - 1) % count]
        rotated = sorted((s - offset) % 12 for s in self.intervals)
        return Scale(root, ScaleType.from_intervals(rotated), self.octaves)

    def transpose(self, amount: int | Interval) -> Scale:
        """The same scale type on a transposed root.

        Example
        -------
        >>> Scale('C', ScaleType.MAJOR).transpose(Interval.MAJOR_SECOND).note_names[2]
        'F#'
        """
        return Scale(self.root.transpose(amount), self.scale_type, self.octaves)

    def __iter__(self) -> Iterator[Note]:
        return iter(self.get_notes())

    def __len__(self) -> int:
        return len(self.intervals)

    def __str__(self) -> str:
        return f"{self.root.name} {self.scale_type.display_name}"

    def __repr__(self) -> str:
        return f"Scale({self.root!r}, ScaleType.{self.scale_type.name})"
