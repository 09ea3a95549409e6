"""Intervals: quality + number, semitones, inversion and compound intervals.

An interval is named by its *quality* (perfect, major, minor, augmented,
diminished) and its *number* (1 = unison, 2 = second, ... 8 = octave,
9 = ninth ...).  The number counts letter names, the semitones count keys, so
``C -> E`` is a major third (4 semitones) while ``C -> Fb`` is a diminished
fourth (also 4 semitones).

Example
-------
>>> from coremusic.music.intervals import Interval
>>> Interval.from_name('P5').semitones
7
>>> Interval.from_name('M3').inversion()
Interval.from_name('m6')
>>> Interval.from_name('M9').simple
Interval.from_name('M2')
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:  # pragma: no cover
    from coremusic.music.notes import Note

__all__ = ["Interval", "IntervalQuality"]

# semitones of the major / perfect interval for simple numbers 1..7
_BASE_SEMITONES = (0, 2, 4, 5, 7, 9, 11)
_PERFECT_NUMBERS = frozenset({1, 4, 5})

_ORDINALS = {
    1: "unison", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
    7: "seventh", 8: "octave", 9: "ninth", 10: "tenth", 11: "eleventh",
    12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "double octave",
}


class IntervalQuality(Enum):
    """The quality of an interval.

    The value is the short symbol used in interval names (``'P5'``, ``'m3'``).

    Example
    -------
    >>> IntervalQuality('m').name
    'MINOR'
    """

    DOUBLY_DIMINISHED = "dd"
    DIMINISHED = "d"
    MINOR = "m"
    PERFECT = "P"
    MAJOR = "M"
    AUGMENTED = "A"
    DOUBLY_AUGMENTED = "AA"

    @property
    def label(self) -> str:
        """Lower-case English word, e.g. ``'doubly augmented'``.

        Example
        -------
        >>> IntervalQuality.DOUBLY_AUGMENTED.label
        'doubly augmented'
        """
        return self.name.lower().replace("_", " ")


# semitone offset of each quality from the perfect (perfect-class) or
# major (imperfect-class) interval of the same number
_PERFECT_OFFSETS = {
    IntervalQuality.DOUBLY_DIMINISHED: -2,
    IntervalQuality.DIMINISHED: -1,
    IntervalQuality.PERFECT: 0,
    IntervalQuality.AUGMENTED: 1,
    IntervalQuality.DOUBLY_AUGMENTED: 2,
}
_IMPERFECT_OFFSETS = {
    IntervalQuality.DOUBLY_DIMINISHED: -3,
    IntervalQuality.DIMINISHED: -2,
    IntervalQuality.MINOR: -1,
    IntervalQuality.MAJOR: 0,
    IntervalQuality.AUGMENTED: 1,
    IntervalQuality.DOUBLY_AUGMENTED: 2,
}
_INVERTED_QUALITY = {
    IntervalQuality.DOUBLY_DIMINISHED: IntervalQuality.DOUBLY_AUGMENTED,
    IntervalQuality.DIMINISHED: IntervalQuality.AUGMENTED,
    IntervalQuality.MINOR: IntervalQuality.MAJOR,
    IntervalQuality.PERFECT: IntervalQuality.PERFECT,
    IntervalQuality.MAJOR: IntervalQuality.MINOR,
    IntervalQuality.AUGMENTED: IntervalQuality.DIMINISHED,
    IntervalQuality.DOUBLY_AUGMENTED: IntervalQuality.DOUBLY_DIMINISHED,
}
# the name each semitone count gets by default (within one octave)
_DEFAULT_SIMPLE = (
    ("P", 1), ("m", 2), ("M", 2), ("m", 3), ("M", 3), ("P", 4),
    ("A", 4), ("P", 5), ("m", 6), ("M", 6), ("m", 7), ("M", 7),
)
_NAME_RE = re.compile(r"^(AA|dd|P|M|m|A|d)(\d+)$")
_DEGREE_RE = re.compile(r"^(#{0,2}|b{0,2})(\d+)$")


def _simple_number(number: int) -> int:
    return (number - 1) % 7 + 1


@dataclass(frozen=True)
class Interval:
    """An ascending interval: a quality and a number (1 = unison, 8 = octave).

    Parameters
    ----------
    quality : IntervalQuality
        Perfect, major, minor, augmented, diminished (or doubly so).
    number : int
        Generic size counted in letter names, ``>= 1``; numbers above 8 are
        compound intervals (9 = ninth = octave + second).

    Raises
    ------
    ValueError
        If the quality does not exist for the number (a "major fifth", a
        "perfect third") or the interval would be smaller than zero semitones.

    Example
    -------
    >>> iv = Interval(IntervalQuality.MINOR, 7)
    >>> iv.semitones, iv.short_name, iv.name
    (10, 'm7', 'minor seventh')
    >>> Interval.PERFECT_FIFTH + Interval.MAJOR_THIRD
    Interval.from_name('M7')
    """

    quality: IntervalQuality
    number: int

    UNISON: ClassVar[Interval]
    MINOR_SECOND: ClassVar[Interval]
    MAJOR_SECOND: ClassVar[Interval]
    MINOR_THIRD: ClassVar[Interval]
    MAJOR_THIRD: ClassVar[Interval]
    PERFECT_FOURTH: ClassVar[Interval]
    TRITONE: ClassVar[Interval]
    AUGMENTED_FOURTH: ClassVar[Interval]
    DIMINISHED_FIFTH: ClassVar[Interval]
    PERFECT_FIFTH: ClassVar[Interval]
    AUGMENTED_FIFTH: ClassVar[Interval]
    MINOR_SIXTH: ClassVar[Interval]
    MAJOR_SIXTH: ClassVar[Interval]
    DIMINISHED_SEVENTH: ClassVar[Interval]
    MINOR_SEVENTH: ClassVar[Interval]
    MAJOR_SEVENTH: ClassVar[Interval]
    OCTAVE: ClassVar[Interval]
    MINOR_NINTH: ClassVar[Interval]
    MAJOR_NINTH: ClassVar[Interval]
    AUGMENTED_NINTH: ClassVar[Interval]
    MINOR_TENTH: ClassVar[Interval]
    MAJOR_TENTH: ClassVar[Interval]
    PERFECT_ELEVENTH: ClassVar[Interval]
    AUGMENTED_ELEVENTH: ClassVar[Interval]
    PERFECT_TWELFTH: ClassVar[Interval]
    MINOR_THIRTEENTH: ClassVar[Interval]
    MAJOR_THIRTEENTH: ClassVar[Interval]

    def __post_init__(self) -> None:
        if not isinstance(self.quality, IntervalQuality):
            raise TypeError(
                f"interval quality must be an IntervalQuality, got {self.quality!r}"
            )
        if isinstance(self.number, bool) or not isinstance(self.number, int):
            raise TypeError(f"interval number must be an int, got {self.number!r}")
        if self.number < 1:
            raise ValueError(f"interval number must be >= 1 (1 = unison), got {self.number}")
        simple = _simple_number(self.number)
        table = _PERFECT_OFFSETS if simple in _PERFECT_NUMBERS else _IMPERFECT_OFFSETS
        if self.quality not in table:
            kind = "perfect" if simple in _PERFECT_NUMBERS else "major/minor"
            raise ValueError(
                f"a {_ordinal(self.number)} is a {kind} interval and cannot be "
                f"{self.quality.label}"
            )
        if self.semitones < 0:
            raise ValueError(
                f"{self.quality.label} {_ordinal(self.number)} would span "
                f"{self.semitones} semitones"
            )

    # -- construction ---------------------------------------------------------------
    @classmethod
    def from_name(cls, name: str) -> Interval:
        """Parse a short name such as ``'P5'``, ``'m3'``, ``'A4'``, ``'d7'``, ``'M9'``.

        Parameters
        ----------
        name : str
            Quality symbol (``P M m A d AA dd``) followed by the number.

        Returns
        -------
        Interval

        Example
        -------
        >>> Interval.from_name('A11').semitones
        18
        """
        if not isinstance(name, str):
            raise TypeError(f"interval name must be a str, got {name!r}")
        match = _NAME_RE.match(name.strip())
        if match is None:
            raise ValueError(
                f"invalid interval name {name!r}: expected a quality "
                "(P, M, m, A, d, AA, dd) followed by a number, e.g. 'P5' or 'm3'"
            )
        return cls(IntervalQuality(match.group(1)), int(match.group(2)))

    @classmethod
    def from_degree(cls, degree: str) -> Interval:
        """The interval from the tonic to a scale degree written as in chord formulas.

        ``'3'`` is the major third, ``'b3'`` the minor third, ``'#11'`` the
        augmented eleventh, ``'bb7'`` the diminished seventh: degrees are
        measured against the major scale.

        Example
        -------
        >>> Interval.from_degree('b7').short_name, Interval.from_degree('#11').short_name
        ('m7', 'A11')
        """
        if not isinstance(degree, str):
            raise TypeError(f"scale degree must be a str, got {degree!r}")
        return _interval_for_degree(degree.strip())

    @classmethod
    def _parse_degree(cls, degree: str) -> Interval:
        match = _DEGREE_RE.match(degree)
        if match is None:
            raise ValueError(
                f"invalid scale degree {degree!r}: expected optional sharps/flats "
                "followed by a number, e.g. 'b3' or '#11'"
            )
        accidentals, digits = match.group(1), int(match.group(2))
        if digits < 1:
            raise ValueError(f"invalid scale degree {degree!r}: numbers start at 1")
        alter = accidentals.count("#") - accidentals.count("b")
        base = _BASE_SEMITONES[_simple_number(digits) - 1] + 12 * ((digits - 1) // 7)
        return cls.from_number_and_semitones(digits, base + alter)

    @classmethod
    def from_semitones(cls, semitones: int) -> Interval:
        """The usual name for a semitone distance (6 is an augmented fourth).

        Compound distances stay compound: 14 semitones is a major ninth.

        Parameters
        ----------
        semitones : int
            Distance in semitones, ``>= 0``.

        Returns
        -------
        Interval

        Example
        -------
        >>> Interval.from_semitones(7)
        Interval.from_name('P5')
        >>> Interval.from_semitones(14).name
        'major ninth'
        """
        if isinstance(semitones, bool) or not isinstance(semitones, int):
            raise TypeError(f"semitones must be an int, got {semitones!r}")
        if semitones < 0:
            raise ValueError(f"semitones must be >= 0, got {semitones}")
        octaves, rest = divmod(semitones, 12)
        symbol, number = _DEFAULT_SIMPLE[rest]
        if rest == 0 and octaves > 0:
            return cls(IntervalQuality.PERFECT, 7 * octaves + 1)
        return cls(IntervalQuality(symbol), number + 7 * octaves)

    @classmethod
    def from_number_and_semitones(cls, number: int, semitones: int) -> Interval:
        """The interval with a given number that spans a given number of semitones.

        Parameters
        ----------
        number : int
            Generic interval size (1 = unison).
        semitones : int
            Exact size in semitones.

        Returns
        -------
        Interval

        Raises
        ------
        ValueError
            If no quality (up to doubly augmented/diminished) fits.

        Example
        -------
        >>> Interval.from_number_and_semitones(4, 4)
        Interval.from_name('d4')
        """
        if number < 1:
            raise ValueError(f"interval number must be >= 1, got {number}")
        simple = _simple_number(number)
        base = _BASE_SEMITONES[simple - 1] + 12 * ((number - 1) // 7)
        offset = semitones - base
        table = _PERFECT_OFFSETS if simple in _PERFECT_NUMBERS else _IMPERFECT_OFFSETS
        for quality, value in table.items():
            if value == offset:
                return cls(quality, number)
        raise ValueError(
            f"no interval quality makes a {_ordinal(number)} span {semitones} semitones"
        )

    @classmethod
    def between(cls, first: Note, second: Note) -> Interval:
        """The interval from the lower to the higher of two spelled notes.

        Spelling matters: ``C4 -> E4`` is a major third, ``C4 -> Fb4`` a
        diminished fourth.

        Parameters
        ----------
        first, second : Note
            The two notes, in either order.

        Returns
        -------
        Interval

        Example
        -------
        >>> from coremusic.music.notes import Note
        >>> Interval.between(Note('C', 4), Note('Fb', 4)).short_name
        'd4'
        >>> Interval.between(Note('G', 4), Note('C', 4)).short_name
        'P5'
        """
        low, high = sorted((first, second), key=lambda n: (n.midi, n.step))
        number = high.step - low.step + 1
        if number < 1:
            raise ValueError(
                f"{low} and {high} are spelled in opposite order to their pitch; "
                "no ascending interval joins them"
            )
        return cls.from_number_and_semitones(number, high.midi - low.midi)

    # -- properties -----------------------------------------------------------------
    @property
    def semitones(self) -> int:
        """Size in semitones.

        Example
        -------
        >>> Interval.from_name('d7').semitones
        9
        """
        simple = _simple_number(self.number)
        table = _PERFECT_OFFSETS if simple in _PERFECT_NUMBERS else _IMPERFECT_OFFSETS
        octaves = (self.number - 1) // 7
        return _BASE_SEMITONES[simple - 1] + 12 * octaves + table[self.quality]

    @property
    def short_name(self) -> str:
        """Symbol such as ``'P5'`` or ``'m3'``.

        Example
        -------
        >>> Interval.MAJOR_SIXTH.short_name
        'M6'
        """
        return f"{self.quality.value}{self.number}"

    @property
    def name(self) -> str:
        """English name such as ``'perfect fifth'``.

        Example
        -------
        >>> Interval.from_name('A4').name
        'augmented fourth'
        """
        return f"{self.quality.label} {_ordinal(self.number)}"

    @property
    def is_compound(self) -> bool:
        """True when the interval is larger than an octave (number > 8).

        Example
        -------
        >>> Interval.from_name('M9').is_compound, Interval.OCTAVE.is_compound
        (True, False)
        """
        return self.number > 8

    @property
    def octaves(self) -> int:
        """Whole octaves contained in a compound interval (0 for simple ones).

        Example
        -------
        >>> Interval.from_name('P12').octaves
        1
        """
        if self.number <= 8:
            return 0
        return (self.number - 2) // 7

    @property
    def simple(self) -> Interval:
        """The interval reduced to within an octave (a ninth becomes a second).

        Example
        -------
        >>> Interval.from_name('A11').simple
        Interval.from_name('A4')
        """
        if self.number <= 8:
            return self
        return Interval(self.quality, self.number - 7 * self.octaves)

    @property
    def is_perfect_class(self) -> bool:
        """True for unisons, fourths, fifths, octaves (and their compounds).

        Example
        -------
        >>> Interval.from_name('A4').is_perfect_class
        True
        """
        return _simple_number(self.number) in _PERFECT_NUMBERS

    # -- operations -----------------------------------------------------------------
    def inversion(self) -> Interval:
        """The interval that completes this one to an octave.

        Compound intervals are reduced first.  Major <-> minor, augmented <->
        diminished, perfect stays perfect; a unison inverts to an octave.

        Returns
        -------
        Interval

        Example
        -------
        >>> Interval.from_name('A4').inversion()
        Interval.from_name('d5')
        >>> Interval.from_name('M10').inversion()
        Interval.from_name('m6')
        """
        simple = self.simple
        return Interval(_INVERTED_QUALITY[simple.quality], 9 - simple.number)

    def compound(self, octaves: int = 1) -> Interval:
        """This interval widened by whole octaves.

        Parameters
        ----------
        octaves : int
            Octaves to add, ``>= 0``.

        Example
        -------
        >>> Interval.MAJOR_SECOND.compound()
        Interval.from_name('M9')
        """
        if octaves < 0:
            raise ValueError(f"octaves must be >= 0, got {octaves}")
        return Interval(self.quality, self.number + 7 * octaves)

    def __add__(self, other: object) -> Interval:
        if not isinstance(other, Interval):
            return NotImplemented
        return Interval.from_number_and_semitones(
            self.number + other.number - 1, self.semitones + other.semitones
        )

    def __str__(self) -> str:
        return self.short_name

    def __repr__(self) -> str:
        return f"Interval.from_name({self.short_name!r})"


@functools.lru_cache(maxsize=256)
def _interval_for_degree(degree: str) -> Interval:
    return Interval._parse_degree(degree)


def _ordinal(number: int) -> str:
    if number in _ORDINALS:
        return _ORDINALS[number]
    suffix = "th"
    if number % 100 not in (11, 12, 13):
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


Interval.UNISON = Interval.from_name("P1")
Interval.MINOR_SECOND = Interval.from_name("m2")
Interval.MAJOR_SECOND = Interval.from_name("M2")
Interval.MINOR_THIRD = Interval.from_name("m3")
Interval.MAJOR_THIRD = Interval.from_name("M3")
Interval.PERFECT_FOURTH = Interval.from_name("P4")
Interval.AUGMENTED_FOURTH = Interval.from_name("A4")
Interval.TRITONE = Interval.AUGMENTED_FOURTH
Interval.DIMINISHED_FIFTH = Interval.from_name("d5")
Interval.PERFECT_FIFTH = Interval.from_name("P5")
Interval.AUGMENTED_FIFTH = Interval.from_name("A5")
Interval.MINOR_SIXTH = Interval.from_name("m6")
Interval.MAJOR_SIXTH = Interval.from_name("M6")
Interval.DIMINISHED_SEVENTH = Interval.from_name("d7")
Interval.MINOR_SEVENTH = Interval.from_name("m7")
Interval.MAJOR_SEVENTH = Interval.from_name("M7")
Interval.OCTAVE = Interval.from_name("P8")
Interval.MINOR_NINTH = Interval.from_name("m9")
Interval.MAJOR_NINTH = Interval.from_name("M9")
Interval.AUGMENTED_NINTH = Interval.from_name("A9")
Interval.MINOR_TENTH = Interval.from_name("m10")
Interval.MAJOR_TENTH = Interval.from_name("M10")
Interval.PERFECT_ELEVENTH = Interval.from_name("P11")
Interval.AUGMENTED_ELEVENTH = Interval.from_name("A11")
Interval.PERFECT_TWELFTH = Interval.from_name("P12")
Interval.MINOR_THIRTEENTH = Interval.from_name("m13")
Interval.MAJOR_THIRTEENTH = Interval.from_name("M13")
