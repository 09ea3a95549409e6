"""Meter: note values and time signatures.

Example
-------
>>> from coremusic.music.meter import TimeSignature, NoteValue
>>> TimeSignature(6, 8).beat_value is NoteValue.EIGHTH
True
>>> TimeSignature(12, 8).meter_type.value
'compound quadruple'
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:  # pragma: no cover
    from coremusic.music.rhythm import Duration

__all__ = ["DEFAULT_PPQ", "MeterType", "NoteValue", "TimeSignature"]

DEFAULT_PPQ = 480


def _check_tempo(tempo: float) -> float:
    if isinstance(tempo, bool) or not isinstance(tempo, (int, float)):
        raise TypeError(f"tempo must be a number of quarter notes per minute, got {tempo!r}")
    if not math.isfinite(tempo) or tempo <= 0:
        raise ValueError(f"tempo must be a positive BPM, got {tempo}")
    return float(tempo)


def _check_ppq(ppq: int) -> int:
    if isinstance(ppq, bool) or not isinstance(ppq, int) or ppq < 1:
        raise ValueError(f"ppq must be a positive int (ticks per quarter note), got {ppq!r}")
    return ppq


def _exact_ticks(quarters: Fraction, ppq: int, what: str) -> int:
    ticks = quarters * _check_ppq(ppq)
    if ticks.denominator != 1:
        raise ValueError(f"{what} is {ticks} ticks at {ppq} PPQ, not a whole number of ticks")
    return int(ticks)


class NoteValue(Enum):
    """Written note values, valued as exact fractions of a whole note.

    British names are aliases (``CROTCHET is QUARTER``).

    Example
    -------
    >>> NoteValue.EIGHTH.fraction, NoteValue.EIGHTH.beats
    (Fraction(1, 8), 0.5)
    >>> NoteValue.from_denominator(16)
    <NoteValue.SIXTEENTH: Fraction(1, 16)>
    """

    DOUBLE_WHOLE = Fraction(2)
    WHOLE = Fraction(1)
    HALF = Fraction(1, 2)
    QUARTER = Fraction(1, 4)
    EIGHTH = Fraction(1, 8)
    SIXTEENTH = Fraction(1, 16)
    THIRTY_SECOND = Fraction(1, 32)
    SIXTY_FOURTH = Fraction(1, 64)
    HUNDRED_TWENTY_EIGHTH = Fraction(1, 128)

    BREVE = Fraction(2)
    SEMIBREVE = Fraction(1)
    MINIM = Fraction(1, 2)
    CROTCHET = Fraction(1, 4)
    QUAVER = Fraction(1, 8)
    SEMIQUAVER = Fraction(1, 16)
    DEMISEMIQUAVER = Fraction(1, 32)
    HEMIDEMISEMIQUAVER = Fraction(1, 64)

    @property
    def fraction(self) -> Fraction:
        """Length as a fraction of a whole note.

        Example
        -------
        >>> NoteValue.HALF.fraction
        Fraction(1, 2)
        """
        return Fraction(self.value)

    @property
    def quarters(self) -> Fraction:
        """Length in quarter notes, exact.

        Example
        -------
        >>> NoteValue.WHOLE.quarters
        Fraction(4, 1)
        """
        return self.fraction * 4

    @property
    def beats(self) -> float:
        """Length in quarter-note beats.

        Example
        -------
        >>> NoteValue.SIXTEENTH.beats
        0.25
        """
        return float(self.quarters)

    @classmethod
    def from_denominator(cls, denominator: int) -> NoteValue:
        """The note value a time-signature denominator names (4 -> QUARTER).

        Example
        -------
        >>> NoteValue.from_denominator(2)
        <NoteValue.HALF: Fraction(1, 2)>
        """
        for member in cls:
            if member.fraction == Fraction(1, denominator):
                return member
        raise ValueError(f"no note value is 1/{denominator} of a whole note")


class MeterType(Enum):
    """Meter classification of a time signature.

    Example
    -------
    >>> TimeSignature(9, 8).meter_type
    <MeterType.COMPOUND_TRIPLE: 'compound triple'>
    """

    SIMPLE_DUPLE = "simple duple"
    SIMPLE_TRIPLE = "simple triple"
    SIMPLE_QUADRUPLE = "simple quadruple"
    COMPOUND_DUPLE = "compound duple"
    COMPOUND_TRIPLE = "compound triple"
    COMPOUND_QUADRUPLE = "compound quadruple"
    IRREGULAR = "irregular"


_TS_RE = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


@dataclass(frozen=True)
class TimeSignature:
    """A time signature such as 4/4 or 6/8.

    Parameters
    ----------
    numerator : int
        Beats (in denominator units) per measure, 1-255.
    denominator : int
        The beat unit, a power of two from 1 to 128 (4 = quarter).

    Example
    -------
    >>> ts = TimeSignature(3, 4)
    >>> ts.quarters_per_measure, ts.measure_seconds(tempo=120)
    (Fraction(3, 1), 1.5)
    >>> TimeSignature.parse('7/8').meter_type
    <MeterType.IRREGULAR: 'irregular'>
    """

    numerator: int
    denominator: int

    COMMON_TIME: ClassVar[TimeSignature]
    CUT_TIME: ClassVar[TimeSignature]
    WALTZ_TIME: ClassVar[TimeSignature]

    def __post_init__(self) -> None:
        for label, value in (("numerator", self.numerator), ("denominator", self.denominator)):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"time signature {label} must be an int, got {value!r}")
        if not 1 <= self.numerator <= 255:
            raise ValueError(f"time signature numerator must be 1-255, got {self.numerator}")
        d = self.denominator
        if d < 1 or d > 128 or d & (d - 1):
            raise ValueError(
                f"time signature denominator must be a power of two from 1 to 128, got {d}"
            )

    @classmethod
    def parse(cls, text: str) -> TimeSignature:
        """Parse ``'3/4'``, ``'6/8'`` ...

        Example
        -------
        >>> TimeSignature.parse(' 12 / 8 ')
        TimeSignature(12, 8)
        """
        match = _TS_RE.match(text) if isinstance(text, str) else None
        if match is None:
            raise ValueError(f"invalid time signature {text!r}: expected e.g. '4/4'")
        return cls(int(match.group(1)), int(match.group(2)))

    @property
    def beats_per_measure(self) -> int:
        """The numerator.

        Example
        -------
        >>> TimeSignature(5, 4).beats_per_measure
        5
        """
        return self.numerator

    @property
    def beat_value(self) -> NoteValue:
        """The note value of one counted beat (the denominator).

        Example
        -------
        >>> TimeSignature(6, 8).beat_value
        <NoteValue.EIGHTH: Fraction(1, 8)>
        """
        return NoteValue.from_denominator(self.denominator)

    @property
    def measure_length(self) -> Fraction:
        """Length of a measure as a fraction of a whole note.

        Example
        -------
        >>> TimeSignature(6, 8).measure_length
        Fraction(3, 4)
        """
        return Fraction(self.numerator, self.denominator)

    @property
    def quarters_per_measure(self) -> Fraction:
        """Length of a measure in quarter notes.

        Example
        -------
        >>> TimeSignature(7, 8).quarters_per_measure
        Fraction(7, 2)
        """
        return self.measure_length * 4

    @property
    def is_compound(self) -> bool:
        """True for compound meters: numerator a multiple of 3 above 3 (6/8, 9/8, 12/8, 6/4).

        Example
        -------
        >>> TimeSignature(6, 4).is_compound, TimeSignature(3, 8).is_compound
        (True, False)
        """
        return self.numerator > 3 and self.numerator % 3 == 0

    @property
    def is_simple(self) -> bool:
        """True for simple duple, triple or quadruple meters (2, 3 or 4 beats).

        Example
        -------
        >>> TimeSignature(2, 2).is_simple
        True
        """
        return self.numerator in (2, 3, 4)

    @property
    def beat_groups(self) -> int:
        """Main pulses per measure: numerator / 3 in compound meters.

        Example
        -------
        >>> TimeSignature(12, 8).beat_groups, TimeSignature(3, 4).beat_groups
        (4, 3)
        """
        return self.numerator // 3 if self.is_compound else self.numerator

    @property
    def pulse(self) -> Duration:
        """The felt beat: the beat value, dotted in compound meters.

        Example
        -------
        >>> TimeSignature(6, 8).pulse
        Duration(NoteValue.QUARTER, dots=1)
        """
        from coremusic.music.rhythm import Duration

        if self.is_compound:
            return Duration(NoteValue.from_denominator(self.denominator // 2), dots=1) \
                if self.denominator > 1 else Duration(NoteValue.DOUBLE_WHOLE, dots=1)
        return Duration(self.beat_value)

    @property
    def meter_type(self) -> MeterType:
        """Simple/compound duple/triple/quadruple, or irregular.

        Example
        -------
        >>> TimeSignature(4, 4).meter_type
        <MeterType.SIMPLE_QUADRUPLE: 'simple quadruple'>
        """
        kinds = {2: "DUPLE", 3: "TRIPLE", 4: "QUADRUPLE"}
        if self.is_compound and self.beat_groups in kinds:
            return MeterType[f"COMPOUND_{kinds[self.beat_groups]}"]
        if self.is_simple:
            return MeterType[f"SIMPLE_{kinds[self.numerator]}"]
        return MeterType.IRREGULAR

    @property
    def midi_denominator(self) -> int:
        """The denominator as the power of two a MIDI time-signature event stores.

        Example
        -------
        >>> TimeSignature(6, 8).midi_denominator
        3
        """
        return self.denominator.bit_length() - 1

    def measure_seconds(self, tempo: float) -> float:
        """Seconds per measure at ``tempo`` quarter notes per minute.

        Example
        -------
        >>> TimeSignature(6, 8).measure_seconds(90)
        2.0
        """
        return float(self.quarters_per_measure) * 60.0 / _check_tempo(tempo)

    def measure_ticks(self, ppq: int = DEFAULT_PPQ) -> int:
        """Ticks per measure at ``ppq`` ticks per quarter note.

        Example
        -------
        >>> TimeSignature(3, 4).measure_ticks(480)
        1440
        """
        return _exact_ticks(self.quarters_per_measure, ppq, f"a {self} measure")

    def beats_to_seconds(self, beats: float, tempo: float) -> float:
        """Seconds for ``beats`` counted in this signature's beat unit.

        Example
        -------
        >>> TimeSignature(6, 8).beats_to_seconds(3, tempo=60)
        1.5
        """
        return float(beats) * 4.0 / self.denominator * 60.0 / _check_tempo(tempo)

    def seconds_to_beats(self, seconds: float, tempo: float) -> float:
        """Beats (in this signature's beat unit) in ``seconds``.

        Example
        -------
        >>> TimeSignature(6, 8).seconds_to_beats(1.5, tempo=60)
        3.0
        """
        return float(seconds) * _check_tempo(tempo) / 60.0 * self.denominator / 4.0

    def beat_positions(self, measures: int = 1) -> list[Fraction]:
        """Onsets of every counted beat, in quarter notes from the start.

        Example
        -------
        >>> [float(p) for p in TimeSignature(3, 8).beat_positions(2)]
        [0.0, 0.5, 1.0, 1.5, 2.0, 2.5]
        """
        step = Fraction(4, self.denominator)
        return [m * self.quarters_per_measure + b * step
                for m in range(measures) for b in range(self.numerator)]

    def downbeats(self, measures: int = 1) -> list[Fraction]:
        """Onsets of each measure's first beat, in quarter notes.

        Example
        -------
        >>> [int(p) for p in TimeSignature(3, 4).downbeats(3)]
        [0, 3, 6]
        """
        return [m * self.quarters_per_measure for m in range(measures)]

    def __str__(self) -> str:
        return f"{self.numerator}/{self.denominator}"

    def __repr__(self) -> str:
        return f"TimeSignature({self.numerator}, {self.denominator})"


TimeSignature.COMMON_TIME = TimeSignature(4, 4)
TimeSignature.CUT_TIME = TimeSignature(2, 2)
TimeSignature.WALTZ_TIME = TimeSignature(3, 4)
