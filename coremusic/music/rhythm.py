"""Rhythm and meter: note values, durations, time signatures, rhythm patterns.

Durations are exact (:class:`fractions.Fraction`), so triplets and dots add up
without rounding.  *Beats* here are quarter notes, the unit MIDI tempo (BPM)
and PPQ ticks use: ``Duration(NoteValue.QUARTER).beats == 1.0``.  (The earlier
coremusic API returned fractions of a whole note from ``.beats``; that value
is now :attr:`Duration.fraction`.)

Example
-------
>>> from coremusic.music.rhythm import Duration, NoteValue, TimeSignature, RhythmPattern
>>> Duration(NoteValue.QUARTER, dots=1).beats
1.5
>>> Duration.triplet(NoteValue.EIGHTH).to_seconds(tempo=120)
0.16666666666666666
>>> TimeSignature(6, 8).is_compound, TimeSignature(6, 8).beat_groups
(True, 2)
>>> RhythmPattern.straight_eighths(8).fits_measure(TimeSignature(4, 4))
True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fractions import Fraction

from coremusic.music.meter import (
    DEFAULT_PPQ,
    MeterType,
    NoteValue,
    TimeSignature,
    _check_tempo,
    _exact_ticks,
)

__all__ = ["Duration", "MeterType", "NoteValue", "RhythmPattern", "TimeSignature"]


@dataclass(frozen=True)
class Duration:
    """A written duration: note value, dots and an optional tuplet ratio.

    Parameters
    ----------
    value : NoteValue
        The base note value.
    dots : int
        0-4 augmentation dots (each adds half of the previous addition).
    tuplet : tuple of (int, int), optional
        ``(n, in_space_of)``: ``n`` notes in the time of ``in_space_of``;
        a triplet is ``(3, 2)``.

    Example
    -------
    >>> Duration(NoteValue.QUARTER, dots=2).quarters
    Fraction(7, 4)
    >>> Duration(NoteValue.SIXTEENTH, tuplet=(5, 4)).ticks
    96
    """

    value: NoteValue
    dots: int = 0
    tuplet: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.value, NoteValue):
            raise TypeError(f"duration value must be a NoteValue, got {self.value!r}")
        if isinstance(self.dots, bool) or not isinstance(self.dots, int):
            raise TypeError(f"dots must be an int, got {self.dots!r}")
        if not 0 <= self.dots <= 4:
            raise ValueError(f"dots must be 0-4, got {self.dots}")
        if self.tuplet is not None:
            tup = tuple(self.tuplet)
            if len(tup) != 2 or not all(isinstance(x, int) and not isinstance(x, bool) for x in tup):
                raise TypeError(f"tuplet must be a pair of ints (n, in_space_of), got {self.tuplet!r}")
            if tup[0] < 1 or tup[1] < 1:
                raise ValueError(f"tuplet numbers must be positive, got {tup}")
            object.__setattr__(self, "tuplet", (tup[0], tup[1]))

    @classmethod
    def triplet(cls, value: NoteValue) -> Duration:
        """Three of ``value`` in the time of two.

        Example
        -------
        >>> Duration.triplet(NoteValue.EIGHTH).quarters
        Fraction(1, 3)
        """
        return cls(value, tuplet=(3, 2))

    @classmethod
    def dotted(cls, value: NoteValue, dots: int = 1) -> Duration:
        """A dotted (or double-dotted ...) duration.

        Example
        -------
        >>> Duration.dotted(NoteValue.HALF).beats
        3.0
        """
        return cls(value, dots=dots)

    @classmethod
    def from_quarters(cls, quarters: Fraction | int | float) -> Duration:
        """The simplest written duration lasting exactly ``quarters`` beats.

        Tries plain and dotted values, then (at most single-dotted) triplets,
        quintuplets and septuplets.

        Raises
        ------
        ValueError
            If no single written duration has that length.

        Example
        -------
        >>> Duration.from_quarters(Fraction(3, 2))
        Duration(NoteValue.QUARTER, dots=1)
        >>> Duration.from_quarters(Fraction(1, 3))
        Duration(NoteValue.EIGHTH, tuplet=(3, 2))
        """
        target = Fraction(quarters).limit_denominator(10_000) if isinstance(quarters, float) \
            else Fraction(quarters)
        if target <= 0:
            raise ValueError(f"a duration must be positive, got {quarters} quarter notes")
        for tuplet in (None, (3, 2), (5, 4), (7, 4)):
            for dots in range(5 if tuplet is None else 2):
                for value in NoteValue:  # iteration skips the British aliases
                    candidate = cls(value, dots, tuplet)
                    if candidate.quarters == target:
                        return candidate
        raise ValueError(f"{quarters} quarter notes is not a single written duration")

    @property
    def fraction(self) -> Fraction:
        """Length as an exact fraction of a whole note.

        Example
        -------
        >>> Duration(NoteValue.QUARTER, dots=1).fraction
        Fraction(3, 8)
        """
        length = self.value.fraction * (2 - Fraction(1, 2**self.dots))
        if self.tuplet is not None:
            n, space = self.tuplet
            length = length * space / n
        return length

    @property
    def quarters(self) -> Fraction:
        """Length in quarter notes, exact.

        Example
        -------
        >>> Duration(NoteValue.HALF, tuplet=(3, 2)).quarters
        Fraction(4, 3)
        """
        return self.fraction * 4

    @property
    def beats(self) -> float:
        """Length in quarter-note beats.

        Example
        -------
        >>> Duration(NoteValue.EIGHTH, dots=1).beats
        0.75
        """
        return float(self.quarters)

    @property
    def ticks(self) -> int:
        """Length in ticks at 480 PPQ (see :meth:`to_ticks`).

        Example
        -------
        >>> Duration(NoteValue.QUARTER).ticks
        480
        """
        return self.to_ticks(DEFAULT_PPQ)

    def to_ticks(self, ppq: int = DEFAULT_PPQ) -> int:
        """Length in ticks at ``ppq`` ticks per quarter note.

        Raises
        ------
        ValueError
            If the length is not a whole number of ticks at that resolution.

        Example
        -------
        >>> Duration.triplet(NoteValue.EIGHTH).to_ticks(96)
        32
        """
        return _exact_ticks(self.quarters, ppq, f"a {self}")

    def to_seconds(self, tempo: float) -> float:
        """Seconds at ``tempo`` quarter notes per minute.

        Example
        -------
        >>> Duration(NoteValue.HALF).to_seconds(120)
        1.0
        """
        return float(self.quarters) * 60.0 / _check_tempo(tempo)

    def beats_in(self, time_signature: TimeSignature) -> Fraction:
        """Length counted in a time signature's beat unit (eighths in 6/8).

        Example
        -------
        >>> Duration(NoteValue.QUARTER, dots=1).beats_in(TimeSignature(6, 8))
        Fraction(3, 1)
        """
        return self.fraction * time_signature.denominator

    def __str__(self) -> str:
        words = ["double-dotted" if self.dots == 2 else "dotted" if self.dots == 1 else
                 f"{self.dots}-dotted" if self.dots else "", self.value.name.lower().replace("_", " ")]
        if self.tuplet == (3, 2):
            words.append("triplet")
        elif self.tuplet is not None:
            words.append(f"{self.tuplet[0]}:{self.tuplet[1]} tuplet")
        return " ".join(w for w in words if w)

    def __repr__(self) -> str:
        text = f"Duration(NoteValue.{self.value.name}"
        if self.dots:
            text += f", dots={self.dots}"
        if self.tuplet is not None:
            text += f", tuplet={self.tuplet}"
        return text + ")"


@dataclass(frozen=True, init=False)
class RhythmPattern:
    """A sequence of durations, each a note or a rest.

    Parameters
    ----------
    durations : sequence of Duration
        The steps, in order (stored as a tuple).
    name : str, optional
        A label.
    rests : sequence of bool, optional
        ``True`` where a step is a rest (default: no rests).

    Example
    -------
    >>> p = RhythmPattern.from_string('x.xx', NoteValue.EIGHTH)
    >>> [float(o) for o in p.onsets], p.total_beats
    ([0.0, 1.0, 1.5], 2.0)
    >>> p.onset_times(tempo=120)
    [0.0, 0.5, 0.75]
    """

    durations: tuple[Duration, ...]
    name: str | None = None
    rests: tuple[bool, ...] | None = None

    def __init__(
        self,
        durations: Iterable[Duration],
        name: str | None = None,
        rests: Iterable[bool] | None = None,
    ) -> None:
        object.__setattr__(self, "durations", durations)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "rests", rests)
        self.__post_init__()

    def __post_init__(self) -> None:
        if isinstance(self.durations, Duration):
            raise TypeError("durations must be a sequence of Duration objects")
        durations = tuple(self.durations)
        for d in durations:
            if not isinstance(d, Duration):
                raise TypeError(f"RhythmPattern steps must be Duration objects, got {d!r}")
        rests = (False,) * len(durations) if self.rests is None else tuple(bool(r) for r in self.rests)
        if len(rests) != len(durations):
            raise ValueError(f"{len(durations)} durations but {len(rests)} rest flags")
        object.__setattr__(self, "durations", durations)
        object.__setattr__(self, "rests", rests)

    # -- constructors ---------------------------------------------------------------
    @classmethod
    def from_string(
        cls, pattern: str, base_value: NoteValue = NoteValue.EIGHTH, name: str | None = None
    ) -> RhythmPattern:
        """Parse a step string: ``x`` a note, ``.`` a rest, ``-`` holds the previous step.

        Each character lasts ``base_value``; spaces and ``|`` are ignored.

        Raises
        ------
        ValueError
            For other characters, a leading ``-``, or a held length that is not
            a single written duration (five eighths).

        Example
        -------
        >>> p = RhythmPattern.from_string('x--x .x-x', NoteValue.EIGHTH)
        >>> [str(d) for d in p.durations]
        ['dotted quarter', 'eighth', 'eighth', 'quarter', 'eighth']
        >>> p.rests
        (False, False, True, False, False)
        """
        if not isinstance(pattern, str):
            raise TypeError(f"pattern must be a str, got {pattern!r}")
        counts: list[int] = []
        rests: list[bool] = []
        for i, ch in enumerate(pattern):
            if ch in " |":
                continue
            if ch in "xX1.0":
                counts.append(1)
                rests.append(ch in ".0")
            elif ch == "-":
                if not counts:
                    raise ValueError(f"pattern {pattern!r} starts with '-' (nothing to hold)")
                counts[-1] += 1
            else:
                raise ValueError(
                    f"invalid character {ch!r} at position {i} in rhythm {pattern!r}: "
                    "use x (note), . (rest), - (hold)"
                )
        durations = tuple(Duration.from_quarters(base_value.quarters * c) for c in counts)
        return cls(durations, name, tuple(rests))

    @classmethod
    def straight_eighths(cls, count: int = 8) -> RhythmPattern:
        """``count`` straight eighth notes.

        Example
        -------
        >>> RhythmPattern.straight_eighths(8).total_beats
        4.0
        """
        return cls((Duration(NoteValue.EIGHTH),) * _check_count(count), "straight_eighths")

    @classmethod
    def straight_quarters(cls, count: int = 4) -> RhythmPattern:
        """``count`` quarter notes.

        Example
        -------
        >>> len(RhythmPattern.straight_quarters())
        4
        """
        return cls((Duration(NoteValue.QUARTER),) * _check_count(count), "straight_quarters")

    @classmethod
    def straight_sixteenths(cls, count: int = 16) -> RhythmPattern:
        """``count`` sixteenth notes.

        Example
        -------
        >>> RhythmPattern.straight_sixteenths().total_beats
        4.0
        """
        return cls((Duration(NoteValue.SIXTEENTH),) * _check_count(count), "straight_sixteenths")

    @classmethod
    def swing_eighths(cls, pairs: int = 4, ratio: Fraction | float = Fraction(2, 3)) -> RhythmPattern:
        """Swung eighth-note pairs, long-short, written exactly.

        ``ratio`` is the long note's share of the beat: 2/3 is triplet swing
        (triplet quarter + triplet eighth), 3/4 is dotted swing (dotted eighth
        + sixteenth), 1/2 is straight.

        Raises
        ------
        ValueError
            For ratios that cannot be written as two single durations.

        Example
        -------
        >>> p = RhythmPattern.swing_eighths(2)
        >>> [round(float(o), 3) for o in p.onsets]
        [0.0, 0.667, 1.0, 1.667]
        """
        share = Fraction(ratio).limit_denominator(1000) if isinstance(ratio, float) else Fraction(ratio)
        if not 0 < share < 1:
            raise ValueError(f"swing ratio must be between 0 and 1, got {ratio}")
        try:
            long, short = Duration.from_quarters(share), Duration.from_quarters(1 - share)
        except ValueError:
            raise ValueError(
                f"swing ratio {ratio} cannot be written exactly; use e.g. 2/3, 3/4 or 1/2"
            ) from None
        return cls((long, short) * _check_count(pairs), "swing_eighths")

    @classmethod
    def euclidean(
        cls, pulses: int, steps: int, value: NoteValue = NoteValue.SIXTEENTH
    ) -> RhythmPattern:
        """``pulses`` onsets spread as evenly as possible over ``steps`` steps.

        Example
        -------
        >>> RhythmPattern.euclidean(3, 8).rests
        (False, True, True, False, True, True, False, True)
        """
        if not 0 <= pulses <= steps or steps < 1:
            raise ValueError(f"need 0 <= pulses <= steps and steps >= 1, got {pulses}, {steps}")
        rests = tuple((i * pulses) % steps >= pulses for i in range(steps))
        return cls((Duration(value),) * steps, f"euclidean_{pulses}_{steps}", rests)

    # -- properties -----------------------------------------------------------------
    @property
    def total_quarters(self) -> Fraction:
        """Total length in quarter notes, exact.

        Example
        -------
        >>> RhythmPattern.swing_eighths(4).total_quarters
        Fraction(4, 1)
        """
        return sum((d.quarters for d in self.durations), Fraction(0))

    @property
    def total_beats(self) -> float:
        """Total length in quarter-note beats.

        Example
        -------
        >>> RhythmPattern.straight_eighths(3).total_beats
        1.5
        """
        return float(self.total_quarters)

    @property
    def onsets(self) -> list[Fraction]:
        """Start of every sounding (non-rest) step, in quarter notes.

        Example
        -------
        >>> [float(o) for o in RhythmPattern.euclidean(3, 8, NoteValue.EIGHTH).onsets]
        [0.0, 1.5, 3.0]
        """
        result, position = [], Fraction(0)
        for duration, rest in zip(self.durations, self.rests or (), strict=True):
            if not rest:
                result.append(position)
            position += duration.quarters
        return result

    def onset_times(self, tempo: float) -> list[float]:
        """Sounding onsets in seconds at ``tempo`` quarter notes per minute.

        Example
        -------
        >>> RhythmPattern.straight_quarters(3).onset_times(60)
        [0.0, 1.0, 2.0]
        """
        bpm = _check_tempo(tempo)
        return [float(o) * 60.0 / bpm for o in self.onsets]

    def onset_ticks(self, ppq: int = DEFAULT_PPQ) -> list[int]:
        """Sounding onsets in ticks.

        Example
        -------
        >>> RhythmPattern.straight_eighths(3).onset_ticks(96)
        [0, 48, 96]
        """
        return [_exact_ticks(o, ppq, "an onset") for o in self.onsets]

    def fits_measure(self, time_signature: TimeSignature) -> bool:
        """True when the pattern lasts exactly one measure.

        Example
        -------
        >>> RhythmPattern.straight_eighths(6).fits_measure(TimeSignature(6, 8))
        True
        >>> RhythmPattern.straight_eighths(6).fits_measure(TimeSignature(4, 4))
        False
        """
        return self.total_quarters == time_signature.quarters_per_measure

    def measures(self, time_signature: TimeSignature) -> Fraction:
        """Length in measures of ``time_signature``.

        Example
        -------
        >>> RhythmPattern.straight_quarters(6).measures(TimeSignature(4, 4))
        Fraction(3, 2)
        """
        return self.total_quarters / time_signature.quarters_per_measure

    def repeat(self, times: int) -> RhythmPattern:
        """The pattern played ``times`` times in a row.

        Example
        -------
        >>> len(RhythmPattern.straight_quarters(2).repeat(3))
        6
        """
        count = _check_count(times)
        name = f"{self.name}_x{count}" if self.name else None
        return RhythmPattern(self.durations * count, name, (self.rests or ()) * count)

    def __add__(self, other: object) -> RhythmPattern:
        if not isinstance(other, RhythmPattern):
            return NotImplemented
        return RhythmPattern(
            self.durations + other.durations, None, (self.rests or ()) + (other.rests or ())
        )

    def __len__(self) -> int:
        return len(self.durations)

    def __iter__(self) -> Iterator[Duration]:
        return iter(self.durations)

    def __repr__(self) -> str:
        name = f", name={self.name!r}" if self.name else ""
        rests = sum(1 for r in self.rests or () if r)
        return (f"RhythmPattern({len(self.durations)} steps, {rests} rests, "
                f"{self.total_beats:g} beats{name})")


def _check_count(count: int) -> int:
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise ValueError(f"count must be a positive int, got {count!r}")
    return count
