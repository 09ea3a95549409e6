"""Voice leading: move between chords with the least motion, inside voice ranges.

Voicings are lists of MIDI numbers, one per voice, lowest voice first.

Example
-------
>>> from coremusic.music.chords import Chord
>>> from coremusic.music.voice_leading import voice_lead, smooth_voice_leading
>>> voice_lead([60, 64, 67], Chord.from_symbol('F'))
[60, 65, 69]
>>> smooth_voice_leading([Chord.from_symbol(s) for s in ['C', 'Am', 'F', 'G']])
[[60, 64, 67], [60, 64, 69], [60, 65, 69], [62, 67, 71]]
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar, Literal

from coremusic.music.chords import Chord
from coremusic.music.notes import Note, midi_to_note_name

__all__ = [
    "SATB",
    "VoiceRange",
    "closest_inversion",
    "find_parallels",
    "out_of_range",
    "smooth_voice_leading",
    "voice_lead",
    "voice_leading_distance",
]

_MAX_VOICES = 8
# which chord degrees to keep first when there are fewer voices than tones
_KEEP_ORDER = ("3", "b3", "7", "b7", "bb7", "1", "b5", "#5", "b9", "#9", "#11", "13", "9",
               "11", "6", "2", "4", "b13", "5", "8")


@dataclass(frozen=True)
class VoiceRange:
    """A singable (or playable) MIDI range for one voice.

    Parameters
    ----------
    name : str
        Voice name.
    low, high : int
        Lowest and highest MIDI note, inclusive.

    Example
    -------
    >>> VoiceRange.SOPRANO.contains(72), VoiceRange.BASS.contains(72)
    (True, False)
    >>> VoiceRange.TENOR
    VoiceRange('tenor', C3-A4)
    """

    name: str
    low: int
    high: int

    SOPRANO: ClassVar[VoiceRange]
    ALTO: ClassVar[VoiceRange]
    TENOR: ClassVar[VoiceRange]
    BASS: ClassVar[VoiceRange]

    def __post_init__(self) -> None:
        for label, value in (("low", self.low), ("high", self.high)):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"voice range {label} must be an int MIDI note, got {value!r}")
            if not 0 <= value <= 127:
                raise ValueError(f"voice range {label} {value} is outside MIDI 0-127")
        if self.low > self.high:
            raise ValueError(f"voice range low ({self.low}) is above high ({self.high})")

    def contains(self, midi: int) -> bool:
        """True when ``midi`` lies inside the range.

        Example
        -------
        >>> VoiceRange('x', 60, 72).contains(73)
        False
        """
        return self.low <= midi <= self.high

    def __repr__(self) -> str:
        return (
            f"VoiceRange({self.name!r}, {midi_to_note_name(self.low)}-"
            f"{midi_to_note_name(self.high)})"
        )


VoiceRange.SOPRANO = VoiceRange("soprano", 60, 81)
VoiceRange.ALTO = VoiceRange("alto", 55, 74)
VoiceRange.TENOR = VoiceRange("tenor", 48, 69)
VoiceRange.BASS = VoiceRange("bass", 40, 62)

SATB: tuple[VoiceRange, ...] = (VoiceRange.BASS, VoiceRange.TENOR, VoiceRange.ALTO, VoiceRange.SOPRANO)
"""Four-part ranges, lowest voice first (bass, tenor, alto, soprano)."""


def _check_voicing(voicing: Sequence[int], what: str) -> list[int]:
    if isinstance(voicing, (str, bytes)):
        raise TypeError(f"{what} must be a sequence of MIDI numbers")
    result = list(voicing)
    if not result:
        raise ValueError(f"{what} is empty")
    for v in result:
        if isinstance(v, bool) or not isinstance(v, int):
            raise TypeError(f"{what} must hold int MIDI numbers, got {v!r}")
        if not 0 <= v <= 127:
            raise ValueError(f"{what} holds MIDI {v}, outside 0-127")
    return result


def voice_leading_distance(first: Sequence[int], second: Sequence[int]) -> int:
    """Total semitones moved when voice ``i`` goes from ``first[i]`` to ``second[i]``.

    Example
    -------
    >>> voice_leading_distance([60, 64, 67], [60, 65, 69])
    3
    """
    a = _check_voicing(first, "first voicing")
    b = _check_voicing(second, "second voicing")
    if len(a) != len(b):
        raise ValueError(f"voicings have different sizes ({len(a)} and {len(b)} voices)")
    return sum(abs(x - y) for x, y in zip(a, b, strict=True))


def out_of_range(voicing: Sequence[int], ranges: Sequence[VoiceRange] = SATB) -> list[int]:
    """Indices of voices outside their range (voice ``i`` checks ``ranges[i]``).

    Example
    -------
    >>> out_of_range([36, 55, 64, 72])
    [0]
    """
    notes = _check_voicing(voicing, "voicing")
    if len(notes) != len(ranges):
        raise ValueError(f"{len(notes)} voices but {len(ranges)} voice ranges")
    return [i for i, (n, r) in enumerate(zip(notes, ranges, strict=True)) if not r.contains(n)]


def _target_pitch_classes(target: Chord | Iterable[int | Note], voices: int) -> list[int]:
    """Pitch classes to sound, most important first, cut to the number of voices."""
    if isinstance(target, Chord):
        tones = list(zip(target.chord_type.formula, (n.pitch_class for n in target._tones()),
                         strict=True))
        if target.bass is not None:
            tones.insert(0, ("bass", target.bass.pitch_class))
        rank = {d: i for i, d in enumerate(("bass", *_KEEP_ORDER))}
        tones.sort(key=lambda t: rank.get(t[0], len(rank)))
        ordered = list(dict.fromkeys(pc for _, pc in tones))
    else:
        ordered = []
        for item in target:
            pc = item.pitch_class if isinstance(item, Note) else int(item) % 12
            if pc not in ordered:
                ordered.append(pc)
        if not ordered:
            raise ValueError("target chord has no notes")
    return ordered[:voices]


def _placements(pc: int, around: int, voice_range: VoiceRange | None) -> list[int]:
    """Notes of pitch class ``pc`` within an octave of ``around`` (inside the range)."""
    low, high = (0, 127) if voice_range is None else (voice_range.low, voice_range.high)
    base = around - ((around - pc) % 12)  # the pitch class at or below ``around``
    options = [m for m in (base - 12, base, base + 12, base + 24)
               if low <= m <= high and abs(m - around) <= 12]
    if not options:  # range far from the previous note: take the nearest in range
        inside = [m for m in range(low, high + 1) if m % 12 == pc]
        options = sorted(inside, key=lambda m: (abs(m - around), m))[:1]
    return options


def voice_lead(
    previous: Sequence[int],
    target: Chord | Iterable[int | Note],
    *,
    ranges: Sequence[VoiceRange] | None = None,
    allow_crossing: bool = False,
    bass: Literal["any", "root"] = "any",
) -> list[int]:
    """Voice ``target`` for the voices of ``previous`` with the least total motion.

    Every chord pitch class is used when there are enough voices (extra voices
    double, the root first); with fewer voices the fifth is dropped first.
    Each voice moves to a note within an octave of where it was.  Ties are
    broken by fewer doubled non-root tones, then by smaller individual leaps
    (sum of squared moves), then by lower notes.

    Parameters
    ----------
    previous : sequence of int
        The current voicing, lowest voice first (at most 8 voices).
    target : Chord or iterable of int/Note
        The next chord, or its notes (only their pitch classes count).
    ranges : sequence of VoiceRange, optional
        One range per voice (e.g. :data:`SATB`).
    allow_crossing : bool
        Allow a voice to move above a voice that was higher.
    bass : {'any', 'root'}
        ``'root'`` keeps the target's bass note (root, or inversion/slash bass)
        in the lowest voice.

    Returns
    -------
    list of int
        The new voicing, voice ``i`` moving from ``previous[i]``.

    Raises
    ------
    ValueError
        If no voicing satisfies the ranges and crossing rules.

    Example
    -------
    >>> voice_lead([55, 59, 62, 65], Chord.from_symbol('C'))
    [55, 60, 60, 64]
    >>> voice_lead([48, 55, 64, 67], Chord.from_symbol('G7'), ranges=SATB, bass='root')
    [43, 53, 62, 71]
    """
    prev = _check_voicing(previous, "previous voicing")
    if len(prev) > _MAX_VOICES:
        raise ValueError(f"voice_lead handles at most {_MAX_VOICES} voices, got {len(prev)}")
    if ranges is not None and len(ranges) != len(prev):
        raise ValueError(f"{len(prev)} voices but {len(ranges)} voice ranges")
    if bass not in ("any", "root"):
        raise ValueError(f"bass must be 'any' or 'root', got {bass!r}")
    pcs = _target_pitch_classes(target, len(prev))
    root_pc = target.root.pitch_class if isinstance(target, Chord) else pcs[0]
    bass_pc: int | None = None
    if bass == "root":
        bass_pc = target.bass_note.pitch_class if isinstance(target, Chord) else pcs[0]
    full = (1 << len(pcs)) - 1
    order = sorted(range(len(prev)), key=lambda i: (prev[i], i))

    # Dynamic programming over the voices from the lowest previous note up.
    # State: (pitch classes covered so far, floor for the next voice).
    # Value: ((total motion, doubled non-root tones, squared motion), notes so far).
    Cost = tuple[int, int, int]
    states: dict[tuple[int, int], tuple[Cost, tuple[int, ...]]] = {(0, -1): ((0, 0, 0), ())}
    for position, voice in enumerate(order):
        voice_range = None if ranges is None else ranges[voice]
        nxt: dict[tuple[int, int], tuple[Cost, tuple[int, ...]]] = {}
        for (mask, floor), (cost, notes) in states.items():
            for index, pc in enumerate(pcs):
                if position == 0 and bass_pc is not None and pc != bass_pc:
                    continue
                for note in _placements(pc, prev[voice], voice_range):
                    if note < floor:
                        continue
                    move = abs(note - prev[voice])
                    doubled = 1 if mask >> index & 1 and pc != root_pc else 0
                    new_cost = (cost[0] + move, cost[1] + doubled, cost[2] + move * move)
                    if not allow_crossing:
                        new_floor = note  # voices stay in their previous order
                    elif bass_pc is not None:
                        new_floor = notes[0] if notes else note  # nothing below the bass
                    else:
                        new_floor = -1
                    key = (mask | 1 << index, new_floor)
                    candidate = (new_cost, (*notes, note))
                    if key not in nxt or candidate < nxt[key]:
                        nxt[key] = candidate
        states = nxt
    finals = [value for (mask, _), value in states.items() if mask == full]
    if not finals:
        raise ValueError("no voicing of the target chord fits the voice ranges and crossing rules")
    _, notes = min(finals)
    result = [0] * len(prev)
    for voice, note in zip(order, notes, strict=True):
        result[voice] = note
    return result


def smooth_voice_leading(
    chords: Sequence[Chord],
    start: Sequence[int] | None = None,
    *,
    ranges: Sequence[VoiceRange] | None = None,
    allow_crossing: bool = False,
    bass: Literal["any", "root"] = "any",
) -> list[list[int]]:
    """Voice a whole progression, each chord moving minimally from the last.

    Parameters
    ----------
    chords : sequence of Chord
        The progression.
    start : sequence of int, optional
        Voicing of the first chord (default: its close-position notes).
    ranges, allow_crossing, bass
        As in :func:`voice_lead`.

    Example
    -------
    >>> from coremusic.music.progressions import ChordProgression
    >>> prog = ChordProgression.from_numerals('C', ['ii7', 'V7', 'Imaj7'])
    >>> smooth_voice_leading(prog.chords)
    [[62, 65, 69, 72], [62, 65, 67, 71], [60, 64, 67, 71]]
    """
    items = list(chords)
    if not items:
        return []
    first = _check_voicing(start, "start voicing") if start is not None else items[0].get_midi_notes()
    result = [first]
    for chord in items[1:]:
        result.append(
            voice_lead(result[-1], chord, ranges=ranges, allow_crossing=allow_crossing, bass=bass)
        )
    return result


def _set_distance(a: Sequence[int], b: Sequence[int]) -> int:
    return sum(min(abs(x - y) for y in b) for x in a) + sum(min(abs(x - y) for x in a) for y in b)


def closest_inversion(chord: Chord, reference: Sequence[int] | int) -> Chord:
    """The inversion and octave of ``chord`` whose notes lie closest to ``reference``.

    Distance is measured note-set to note-set (each note to its nearest
    partner, both ways), so the reference may have a different size.

    Parameters
    ----------
    chord : Chord
        The chord to place (a foreign slash bass is kept).
    reference : sequence of int or int
        The previous voicing, or a single MIDI note to gather around.

    Example
    -------
    >>> closest_inversion(Chord.from_symbol('F'), [60, 64, 67]).get_midi_notes()
    [60, 65, 69]
    >>> closest_inversion(Chord.from_symbol('G'), 60).get_midi_notes()
    [55, 59, 62]
    """
    ref = [reference] if isinstance(reference, int) else reference
    ref_notes = _check_voicing(ref, "reference")
    size = len(chord.chord_type.formula)
    best: tuple[tuple[int, int, int], Chord] | None = None
    for octave in range(-1, 10):
        for inversion in range(size if chord.bass is None else 1):
            try:
                candidate = Chord(
                    chord.root.with_octave(octave), chord.chord_type, inversion, chord.bass
                )
            except ValueError:
                continue
            notes = candidate.get_midi_notes()
            key = (_set_distance(notes, ref_notes), abs(notes[0] - min(ref_notes)), inversion)
            if best is None or key < best[0]:
                best = (key, candidate)
    if best is None:
        raise ValueError(f"no octave places {chord.symbol} inside MIDI 0-127")
    return best[1]


def find_parallels(first: Sequence[int], second: Sequence[int]) -> list[tuple[int, int, str]]:
    """Pairs of voices moving in parallel perfect fifths or octaves/unisons.

    Returns
    -------
    list of (int, int, str)
        ``(lower_voice, upper_voice, 'fifths' | 'octaves')``.

    Example
    -------
    >>> find_parallels([48, 55, 64], [50, 57, 65])
    [(0, 1, 'fifths')]
    """
    a = _check_voicing(first, "first voicing")
    b = _check_voicing(second, "second voicing")
    if len(a) != len(b):
        raise ValueError(f"voicings have different sizes ({len(a)} and {len(b)} voices)")
    found = []
    for i, j in itertools.combinations(range(len(a)), 2):
        if a[i] == b[i] or a[j] == b[j]:
            continue
        if (b[i] - a[i] > 0) != (b[j] - a[j] > 0):
            continue
        before, after = abs(a[j] - a[i]) % 12, abs(b[j] - b[i]) % 12
        if before == after == 7:
            found.append((min(i, j), max(i, j), "fifths"))
        elif before == after == 0:
            found.append((min(i, j), max(i, j), "octaves"))
    return found
