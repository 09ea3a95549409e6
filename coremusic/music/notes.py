"""Notes: spelled pitches, MIDI numbers and frequencies.

A :class:`Note` is a *spelled* pitch: a letter, up to two sharps or flats and an
octave, with scientific octave numbering (middle C is ``C4`` = MIDI 60; the
octave number belongs to the letter, so ``B#3`` is also MIDI 60).  Spelling is
kept because it carries meaning (``C#`` is the third of A major, ``Db`` the
fourth of Ab major); compare pitches with :attr:`Note.midi` or
:meth:`Note.is_enharmonic`.

Frequencies use twelve-tone equal temperament around a configurable reference
(``a4=440.0`` by default, any positive frequency accepted).

Example
-------
>>> from coremusic.music.notes import Note, note_name_to_midi, midi_to_note_name
>>> Note('C', 4).midi
60
>>> Note.parse('Bb3').frequency
233.08188075904496
>>> note_name_to_midi('C#4'), midi_to_note_name(61, use_flats=True)
(61, 'Db4')
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from typing import Literal

from coremusic.music.intervals import Interval

__all__ = [
    "A4_FREQUENCY",
    "FLAT_NAMES",
    "SHARP_NAMES",
    "Note",
    "cents_between",
    "frequency_to_midi",
    "frequency_to_note",
    "midi_to_frequency",
    "midi_to_note_name",
    "note_name_to_midi",
    "pitch_class_name",
]

A4_FREQUENCY = 440.0
"""Default tuning reference: the frequency of A4 (MIDI 69) in Hz."""

LETTERS = "CDEFGAB"
NATURAL_PITCH_CLASSES = (0, 2, 4, 5, 7, 9, 11)
SHARP_NAMES = ("C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B")
FLAT_NAMES = ("C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B")

_ACCIDENTAL_ALIASES = {
    "#": 1, "♯": 1, "b": -1, "♭": -1, "x": 2, "𝄪": 2, "𝄫": -2, "♮": 0,
}
_NAME_RE = re.compile(r"^\s*([A-Ga-g])([#b♯♭x𝄪𝄫♮]*)\s*$")
_NAME_OCTAVE_RE = re.compile(r"^\s*([A-Ga-g])([#b♯♭x𝄪𝄫♮]*)(-?\d+)\s*$")


def _parse_accidentals(text: str, original: str) -> int:
    alter = sum(_ACCIDENTAL_ALIASES[ch] for ch in text)
    mixed = any(_ACCIDENTAL_ALIASES[c] > 0 for c in text) and any(
        _ACCIDENTAL_ALIASES[c] < 0 for c in text
    )
    if mixed:
        raise ValueError(f"invalid note name {original!r}: mixes sharps and flats")
    if abs(alter) > 2:
        raise ValueError(
            f"invalid note name {original!r}: at most two sharps or flats are supported"
        )
    return alter


def _accidental_text(alter: int) -> str:
    return "#" * alter if alter > 0 else "b" * -alter


def _check_midi(midi: object, what: str = "MIDI note") -> int:
    if isinstance(midi, bool) or not isinstance(midi, int):
        raise TypeError(f"{what} must be an int, got {midi!r}")
    if not 0 <= midi <= 127:
        raise ValueError(f"{what} {midi} is out of range (0-127)")
    return midi


def _check_frequency(value: float, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{what} must be a number, got {value!r}")
    value = float(value)
    if not math.isfinite(value) or value <= 0.0:
        raise ValueError(f"{what} must be a positive finite frequency in Hz, got {value}")
    return value


@functools.total_ordering
@dataclass(frozen=True)
class Note:
    """A spelled pitch: letter, accidentals and octave (middle C = ``Note('C', 4)``).

    Parameters
    ----------
    name : str
        Letter ``A``-``G`` (any case) with up to two sharps or flats: ``'C'``,
        ``'f#'``, ``'Bb'``, ``'C##'`` (or ``'Cx'``), ``'Ebb'``; Unicode ``♯ ♭ 𝄪 𝄫``
        are accepted.  Stored normalised (``'F#'``, ``'Bb'``, ``'C##'``).
    octave : int
        Scientific octave number; C4 is MIDI 60.

    Raises
    ------
    ValueError
        If the name is not a note name, or the pitch lies outside MIDI 0-127.

    Notes
    -----
    Notes compare equal only when spelled the same (``C#4 != Db4``); they sort
    by pitch, then by letter.  Use :meth:`is_enharmonic` to compare sounding
    pitch.

    Example
    -------
    >>> n = Note('F#', 4)
    >>> n.midi, n.pitch_class, str(n)
    (66, 6, 'F#4')
    >>> n.transpose(Interval.MINOR_THIRD)
    Note('A', 4)
    >>> Note('C', 4) < Note('C#', 4)
    True
    """

    name: str
    octave: int = 4

    def __post_init__(self) -> None:
        if not isinstance(self.name, str):
            raise TypeError(f"note name must be a str, got {self.name!r}")
        if isinstance(self.octave, bool) or not isinstance(self.octave, int):
            raise TypeError(f"octave must be an int, got {self.octave!r}")
        match = _NAME_RE.match(self.name)
        if match is None:
            if _NAME_OCTAVE_RE.match(self.name):
                raise ValueError(
                    f"note name {self.name!r} includes an octave: use "
                    f"Note.parse({self.name!r}) or Note(name, octave)"
                )
            raise ValueError(
                f"invalid note name {self.name!r}: expected a letter A-G followed by "
                "up to two sharps (#) or flats (b)"
            )
        alter = _parse_accidentals(match.group(2), self.name)
        normalised = match.group(1).upper() + _accidental_text(alter)
        object.__setattr__(self, "name", normalised)
        midi = (self.octave + 1) * 12 + NATURAL_PITCH_CLASSES[LETTERS.index(normalised[0])] + alter
        if not 0 <= midi <= 127:
            raise ValueError(
                f"note {normalised}{self.octave} is MIDI {midi}, outside the MIDI range 0-127"
            )

    # -- construction ---------------------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> Note:
        """Parse a name with octave such as ``'C4'``, ``'Bb3'``, ``'F##-1'``.

        A name without an octave gets octave 4.

        Example
        -------
        >>> Note.parse('Eb5')
        Note('Eb', 5)
        >>> Note.parse('g')
        Note('G', 4)
        """
        if not isinstance(text, str):
            raise TypeError(f"note text must be a str, got {text!r}")
        match = _NAME_OCTAVE_RE.match(text)
        if match is None:
            if _NAME_RE.match(text):
                return cls(text, 4)
            raise ValueError(
                f"invalid note {text!r}: expected a letter A-G, up to two sharps or "
                "flats and an octave number, e.g. 'C#4'"
            )
        return cls(match.group(1) + match.group(2), int(match.group(3)))

    @classmethod
    def from_midi(cls, midi: int, use_flats: bool = False) -> Note:
        """The note for a MIDI number, spelled with sharps (default) or flats.

        Parameters
        ----------
        midi : int
            MIDI note number 0-127.
        use_flats : bool
            Spell black keys as flats (``Db``) instead of sharps (``C#``).

        Example
        -------
        >>> Note.from_midi(60)
        Note('C', 4)
        >>> Note.from_midi(70, use_flats=True)
        Note('Bb', 4)
        """
        _check_midi(midi)
        names = FLAT_NAMES if use_flats else SHARP_NAMES
        return cls(names[midi % 12], midi // 12 - 1)

    @classmethod
    def from_frequency(
        cls, frequency: float, a4: float = A4_FREQUENCY, use_flats: bool = False
    ) -> Note:
        """The nearest equal-tempered note to a frequency.

        Use :func:`frequency_to_note` to also get the cents offset.

        Example
        -------
        >>> Note.from_frequency(261.0)
        Note('C', 4)
        >>> Note.from_frequency(432.0, a4=432.0)
        Note('A', 4)
        """
        return frequency_to_note(frequency, a4=a4, use_flats=use_flats)[0]

    @classmethod
    def _from_step_and_midi(cls, step: int, midi: int) -> Note:
        letter = step % 7
        octave = step // 7 - 1
        natural = (octave + 1) * 12 + NATURAL_PITCH_CLASSES[letter]
        alter = midi - natural
        if abs(alter) > 2:
            raise ValueError(
                f"MIDI {midi} cannot be spelled on the letter {LETTERS[letter]} "
                "with at most two sharps or flats"
            )
        if not 0 <= midi <= 127:
            raise ValueError(f"resulting note is MIDI {midi}, outside the MIDI range 0-127")
        return cls(LETTERS[letter] + _accidental_text(alter), octave)

    # -- properties -----------------------------------------------------------------
    @property
    def letter(self) -> str:
        """The letter name without accidentals (``'C'`` for ``C#``).

        Example
        -------
        >>> Note('Ebb', 3).letter
        'E'
        """
        return self.name[0]

    @property
    def alter(self) -> int:
        """Chromatic alteration: +1 per sharp, -1 per flat.

        Example
        -------
        >>> Note('Ebb', 3).alter, Note('F#', 3).alter
        (-2, 1)
        """
        return len(self.name) - 1 if "#" in self.name else -(len(self.name) - 1)

    @property
    def accidental(self) -> str:
        """The accidental text (``''``, ``'#'``, ``'b'``, ``'##'``, ``'bb'``).

        Example
        -------
        >>> Note('Bb', 3).accidental
        'b'
        """
        return self.name[1:]

    @property
    def step(self) -> int:
        """Diatonic position counted in letters from C-1 (C4 is 35, D4 is 36).

        Example
        -------
        >>> Note('D', 4).step - Note('C', 4).step
        1
        """
        return (self.octave + 1) * 7 + LETTERS.index(self.letter)

    @property
    def midi(self) -> int:
        """MIDI note number (C4 = 60).

        Example
        -------
        >>> Note('B#', 3).midi
        60
        """
        return (self.octave + 1) * 12 + NATURAL_PITCH_CLASSES[LETTERS.index(self.letter)] + self.alter

    @property
    def pitch_class(self) -> int:
        """Pitch class 0-11 (C = 0).

        Example
        -------
        >>> Note('Cb', 4).pitch_class
        11
        """
        return self.midi % 12

    @property
    def frequency(self) -> float:
        """Frequency in Hz at A4 = 440 Hz (see :meth:`to_frequency`).

        Example
        -------
        >>> Note('A', 4).frequency
        440.0
        """
        return midi_to_frequency(self.midi)

    @property
    def name_with_octave(self) -> str:
        """Name and octave, e.g. ``'C#4'`` (same as ``str(note)``).

        Example
        -------
        >>> Note('C#', 4).name_with_octave
        'C#4'
        """
        return f"{self.name}{self.octave}"

    # -- methods --------------------------------------------------------------------
    def to_frequency(self, a4: float = A4_FREQUENCY) -> float:
        """Frequency in Hz for a given A4 reference.

        Example
        -------
        >>> round(Note('C', 4).to_frequency(a4=415.0), 3)
        246.76
        """
        return midi_to_frequency(self.midi, a4=a4)

    def transpose(self, amount: int | Interval, *, down: bool = False) -> Note:
        """Transpose by semitones or by a spelled interval.

        An :class:`Interval` keeps correct spelling (``E`` up a minor third is
        ``G``, ``E`` up an augmented second is ``F##``).  An ``int`` moves by
        semitones and respells: flats stay flats, otherwise sharps are used.

        Parameters
        ----------
        amount : int or Interval
            Semitones (negative moves down) or an ascending interval.
        down : bool
            Apply an :class:`Interval` downwards.

        Raises
        ------
        ValueError
            If the result leaves MIDI 0-127 or needs more than two accidentals.

        Example
        -------
        >>> Note('E', 4).transpose(Interval.from_name('A2'))
        Note('F##', 4)
        >>> Note('C', 4).transpose(Interval.PERFECT_FIFTH, down=True)
        Note('F', 3)
        >>> Note('Bb', 4).transpose(1)
        Note('B', 4)
        """
        if isinstance(amount, Interval):
            sign = -1 if down else 1
            return Note._from_step_and_midi(
                self.step + sign * (amount.number - 1), self.midi + sign * amount.semitones
            )
        if isinstance(amount, bool) or not isinstance(amount, int):
            raise TypeError(f"transpose amount must be an int or Interval, got {amount!r}")
        if down:
            amount = -amount
        target = self.midi + amount
        if not 0 <= target <= 127:
            raise ValueError(
                f"{self} transposed by {amount} semitones is MIDI {target}, outside 0-127"
            )
        return Note.from_midi(target, use_flats=self.alter < 0)

    def interval_to(self, other: Note) -> Interval:
        """The interval between this note and another (lower to higher).

        Example
        -------
        >>> Note('C', 4).interval_to(Note('E', 5)).name
        'major tenth'
        """
        return Interval.between(self, other)

    def is_enharmonic(self, other: Note) -> bool:
        """True when both notes sound the same pitch (``C#4`` and ``Db4``).

        Example
        -------
        >>> Note('C#', 4).is_enharmonic(Note('Db', 4))
        True
        """
        return self.midi == other.midi

    def enharmonics(self) -> list[Note]:
        """Every other spelling of this pitch with at most two accidentals.

        Example
        -------
        >>> Note('C', 4).enharmonics()
        [Note('B#', 3), Note('Dbb', 4)]
        """
        result = []
        for delta in (-2, -1, 1, 2):
            try:
                candidate = Note._from_step_and_midi(self.step + delta, self.midi)
            except ValueError:
                continue
            result.append(candidate)
        return sorted(result)

    def respell(self, prefer: Literal["sharp", "flat"] = "sharp") -> Note:
        """The simplest spelling: natural if possible, else one sharp or flat.

        Example
        -------
        >>> Note('E#', 4).respell()
        Note('F', 4)
        >>> Note('A#', 4).respell('flat')
        Note('Bb', 4)
        """
        if prefer not in ("sharp", "flat"):
            raise ValueError(f"prefer must be 'sharp' or 'flat', got {prefer!r}")
        return Note.from_midi(self.midi, use_flats=prefer == "flat")

    def with_octave(self, octave: int) -> Note:
        """The same spelling in another octave.

        Example
        -------
        >>> Note('G', 4).with_octave(2)
        Note('G', 2)
        """
        return Note(self.name, octave)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Note):
            return NotImplemented
        return (self.midi, self.step) < (other.midi, other.step)

    def __str__(self) -> str:
        return self.name_with_octave

    def __repr__(self) -> str:
        return f"Note({self.name!r}, {self.octave})"


# -- module functions ----------------------------------------------------------------
def note_name_to_midi(name: str, octave: int = 4) -> int:
    """MIDI number of a note name; an octave in the name wins over ``octave``.

    Parameters
    ----------
    name : str
        ``'C'``, ``'C#4'``, ``'Db'``, ``'B#3'``, ``'Fbb2'`` ...
    octave : int
        Octave used when the name has none (default 4).

    Raises
    ------
    ValueError
        For an invalid name or a pitch outside MIDI 0-127.

    Example
    -------
    >>> note_name_to_midi('C', 4), note_name_to_midi('A4'), note_name_to_midi('C#', 5)
    (60, 69, 73)
    """
    if not isinstance(name, str):
        raise TypeError(f"note name must be a str, got {name!r}")
    if _NAME_OCTAVE_RE.match(name):
        return Note.parse(name).midi
    return Note(name, octave).midi


def midi_to_note_name(midi: int, use_flats: bool = False) -> str:
    """Name with octave for a MIDI number (``60 -> 'C4'``).

    Example
    -------
    >>> midi_to_note_name(61), midi_to_note_name(61, use_flats=True)
    ('C#4', 'Db4')
    """
    return str(Note.from_midi(midi, use_flats=use_flats))


def pitch_class_name(pitch_class: int, use_flats: bool = False) -> str:
    """Name of a pitch class 0-11 (``1 -> 'C#'`` or ``'Db'``).

    Example
    -------
    >>> pitch_class_name(10, use_flats=True)
    'Bb'
    """
    if isinstance(pitch_class, bool) or not isinstance(pitch_class, int):
        raise TypeError(f"pitch class must be an int, got {pitch_class!r}")
    if not 0 <= pitch_class <= 11:
        raise ValueError(f"pitch class {pitch_class} is out of range (0-11)")
    return (FLAT_NAMES if use_flats else SHARP_NAMES)[pitch_class]


def midi_to_frequency(midi: float, a4: float = A4_FREQUENCY) -> float:
    """Equal-tempered frequency in Hz of a (possibly fractional) MIDI number.

    Parameters
    ----------
    midi : float
        MIDI number; fractions are allowed (60.5 is a quarter tone above C4).
    a4 : float
        Frequency of A4 (MIDI 69) in Hz.

    Example
    -------
    >>> midi_to_frequency(69), midi_to_frequency(81, a4=442.0)
    (440.0, 884.0)
    """
    if isinstance(midi, bool) or not isinstance(midi, (int, float)):
        raise TypeError(f"MIDI number must be a number, got {midi!r}")
    if not math.isfinite(midi):
        raise ValueError(f"MIDI number must be finite, got {midi}")
    reference = _check_frequency(a4, "a4")
    return reference * math.pow(2.0, (midi - 69) / 12.0)


def frequency_to_midi(frequency: float, a4: float = A4_FREQUENCY) -> float:
    """Fractional MIDI number of a frequency (440 Hz -> 69.0).

    Round it for the nearest note; the fraction times 100 is the cents offset.

    Example
    -------
    >>> frequency_to_midi(440.0), round(frequency_to_midi(450.0), 3)
    (69.0, 69.389)
    """
    freq = _check_frequency(frequency, "frequency")
    reference = _check_frequency(a4, "a4")
    return 69.0 + 12.0 * math.log2(freq / reference)


def frequency_to_note(
    frequency: float, a4: float = A4_FREQUENCY, use_flats: bool = False
) -> tuple[Note, float]:
    """Nearest note to a frequency and the offset from it in cents (-50..+50].

    Raises
    ------
    ValueError
        If the nearest note lies outside MIDI 0-127.

    Example
    -------
    >>> note, cents = frequency_to_note(445.0)
    >>> note, round(cents, 2)
    (Note('A', 4), 19.56)
    """
    exact = frequency_to_midi(frequency, a4=a4)
    nearest = math.floor(exact + 0.5)
    cents = (exact - nearest) * 100.0
    if cents <= -50.0:  # keep the offset in (-50, 50]
        nearest -= 1
        cents += 100.0
    if not 0 <= nearest <= 127:
        raise ValueError(
            f"{frequency} Hz is nearest to MIDI {nearest}, outside the MIDI range 0-127"
        )
    return Note.from_midi(nearest, use_flats=use_flats), cents


def cents_between(frequency: float, reference: float) -> float:
    """Distance in cents from ``reference`` to ``frequency`` (positive = sharper).

    Example
    -------
    >>> cents_between(880.0, 440.0)
    1200.0
    """
    freq = _check_frequency(frequency, "frequency")
    ref = _check_frequency(reference, "reference")
    return 1200.0 * math.log2(freq / ref)
