"""Naming chords from notes: candidates, root detection, inversion detection.

:func:`identify_chord` compares the pitch-class set of the input with every
:class:`~coremusic.music.chords.ChordType` on every possible root and returns
ranked :class:`ChordMatch` candidates.  The score is computed from the fit:

* start at 1.0 for a candidate whose tones are exactly the input's pitch classes;
* minus 0.15 per chord tone the input leaves out (only the fifth, and the
  ninth/eleventh of thirteenth chords, may be left out);
* minus 0.25 when the lowest note is not a chord tone (a slash chord ``C/D``);
* minus 0.05 when the chord is inverted (its root is not in the bass);
* minus 0.01 per chord tone beyond three (simpler names first).

Example
-------
>>> from coremusic.music.identify import identify_chord
>>> best = identify_chord([64, 67, 72])[0]
>>> best.chord.symbol, best.chord.inversion_number
('C/E', 1)
>>> [m.chord.symbol for m in identify_chord([57, 60, 64, 67])][:2]
['Am7', 'C6/A']
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from coremusic.music.chords import Chord, ChordType
from coremusic.music.notes import FLAT_NAMES, SHARP_NAMES, Note
from coremusic.music.scales import coerce_note

__all__ = ["ChordMatch", "find_root", "identify_chord"]

_MISSING_PENALTY = 0.15
_SLASH_PENALTY = 0.25
_INVERSION_PENALTY = 0.05
_SIZE_PENALTY = 0.01

# degrees that may be left out of a voicing without changing the chord's name
_OMITTABLE = {"5"}
_OMITTABLE_IN_THIRTEENTHS = {"5", "9", "11"}


@dataclass(frozen=True)
class ChordMatch:
    """One candidate name for a set of notes.

    Attributes
    ----------
    chord : Chord
        The chord, with its inversion or foreign bass.
    score : float
        Fit in ``(0, 1]``, higher is better (see the module docs).
    missing : tuple of str
        Chord degrees (``'5'``, ``'9'`` ...) absent from the input.

    Example
    -------
    >>> m = identify_chord([60, 64, 70])[0]
    >>> m.chord.symbol, m.missing
    ('C7', ('5',))
    """

    chord: Chord
    score: float
    missing: tuple[str, ...] = ()

    @property
    def is_exact(self) -> bool:
        """True when every chord tone is present and nothing else sounds.

        Example
        -------
        >>> identify_chord([60, 64, 67])[0].is_exact
        True
        """
        return not self.missing and self.chord.bass is None

    def __repr__(self) -> str:
        return f"ChordMatch({self.chord.symbol!r}, score={self.score:.2f}, missing={self.missing})"


def _distinct_types() -> list[ChordType]:
    seen: set[frozenset[int]] = set()
    result = []
    for member in ChordType:
        offsets = member.pitch_class_offsets
        if offsets in seen:  # e.g. POWER_OCTAVE sounds like POWER
            continue
        seen.add(offsets)
        result.append(member)
    return result


_TYPES = _distinct_types()
_TYPE_DATA = [(t, t.pitch_class_offsets, t.formula, t.intervals) for t in _TYPES]


def _coerce_notes(notes: Iterable[Note | int | str]) -> list[tuple[Note, bool]]:
    """Notes with a flag telling whether their spelling was given (Note or name)."""
    if isinstance(notes, (str, bytes)):
        raise TypeError("identify_chord needs a collection of notes, not a single string")
    result = [(coerce_note(n), not isinstance(n, int)) for n in notes]
    if len({n.pitch_class for n, _ in result}) < 2:
        raise ValueError("identify_chord needs at least two different pitch classes")
    return result


@functools.lru_cache(maxsize=1024)
def _spell_root(pitch_class: int, chord_type: ChordType) -> Note | None:
    """The root name whose chord needs the fewest accidentals (octave 4)."""
    best: tuple[int, Note] | None = None
    for name in dict.fromkeys((SHARP_NAMES[pitch_class], FLAT_NAMES[pitch_class])):
        root = Note(name, 4)
        try:
            cost = sum(abs(root.transpose(iv).alter) for iv in chord_type.degrees)
        except ValueError:
            continue
        if best is None or cost < best[0]:
            best = (cost, root)
    return None if best is None else best[1]


def _candidate(
    root: Note, chord_type: ChordType, bass: Note, bass_rel: int, slash: bool, root_midi: int
) -> Chord:
    """The chord with its root moved to the octave that reproduces the input bass."""
    if slash:
        target = root_midi
    else:
        inversion = [s % 12 for s in chord_type.intervals].index(bass_rel)
        target = bass.midi - chord_type.intervals[inversion]
    placed = root.with_octave(root.octave + (target - root.midi) // 12)
    if slash:
        return Chord(placed, chord_type, bass=bass)
    return Chord(placed, chord_type, inversion)


def identify_chord(notes: Iterable[Note | int | str]) -> list[ChordMatch]:
    """Ranked chord names for a set of notes or MIDI numbers.

    Parameters
    ----------
    notes : iterable of Note, int or str
        The sounding notes in any order; the lowest one is the bass.
        Spelled input (:class:`Note` or names) keeps its spelling for the
        root; MIDI numbers get the spelling with the fewest accidentals.

    Returns
    -------
    list of ChordMatch
        Best first (by score, then fewer tones); empty when nothing fits.

    Raises
    ------
    ValueError
        If fewer than two distinct pitch classes are given.

    Example
    -------
    >>> [m.chord.symbol for m in identify_chord([55, 59, 62, 65])][:1]
    ['G7']
    >>> identify_chord(['E3', 'G3', 'C4'])[0].chord.name
    'C major, first inversion'
    """
    played = sorted(_coerce_notes(notes), key=lambda item: (item[0].midi, item[0].step))
    bass = played[0][0]
    lowest_by_pc: dict[int, tuple[Note, bool]] = {}
    for item in played:
        lowest_by_pc.setdefault(item[0].pitch_class, item)
    pcs = frozenset(lowest_by_pc)

    candidates: list[tuple[float, int, int, int, ChordMatch]] = []
    for root_pc in sorted(pcs):
        relative = frozenset((pc - root_pc) % 12 for pc in pcs)
        bass_rel = (bass.pitch_class - root_pc) % 12
        lowest_root, spelled = lowest_by_pc[root_pc]
        for order, (chord_type, offsets, formula, semis) in enumerate(_TYPE_DATA):
            slash = False
            missing: tuple[str, ...] = ()
            if relative < offsets:  # some degrees left out
                if len(relative) < 3:
                    continue
                allowed = _OMITTABLE_IN_THIRTEENTHS if "13" in formula else _OMITTABLE
                missing = tuple(
                    d
                    for d, s in zip(formula, semis, strict=True)
                    if s % 12 not in relative
                )
                if not set(missing) <= allowed:
                    continue
            elif relative != offsets:  # only a foreign bass note makes it a slash chord
                if bass_rel in offsets or len(pcs) < 4 or relative - {bass_rel} != offsets:
                    continue
                slash = True
            root = lowest_root if spelled else _spell_root(root_pc, chord_type)
            if root is None:
                continue
            try:
                chord = _candidate(root, chord_type, bass, bass_rel, slash, lowest_root.midi)
            except ValueError:  # unspellable or outside MIDI 0-127: not a usable name
                continue
            score = 1.0 - _MISSING_PENALTY * len(missing)
            if slash:
                score -= _SLASH_PENALTY
            elif bass_rel != 0:
                score -= _INVERSION_PENALTY
            score -= _SIZE_PENALTY * max(0, len(formula) - 3)
            match = ChordMatch(chord, round(score, 4), missing)
            candidates.append((-match.score, len(formula), order, root_pc, match))
    candidates.sort(key=lambda c: c[:4])
    return [c[4] for c in candidates]


def find_root(notes: Iterable[Note | int | str]) -> Note:
    """The root of the best-matching chord.

    Raises
    ------
    ValueError
        If no chord quality fits the notes.

    Example
    -------
    >>> find_root([52, 55, 60])
    Note('C', 3)
    """
    matches = identify_chord(notes)
    if not matches:
        raise ValueError("no chord quality matches these notes, so no root can be named")
    return matches[0].chord.root
