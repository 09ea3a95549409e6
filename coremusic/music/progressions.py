"""Roman-numeral harmony: numerals -> chords, chords -> numerals, progressions.

Numeral syntax (jazz-style sevenths, classical figures for inversions)::

    [b|#] NUMERAL [o|°|ø|+] [maj] [7|65|43|42|2|6|64|9|11|13] [/ NUMERAL ...]

* Case gives the third: ``IV`` is major, ``iv`` minor; ``o`` diminished,
  ``+`` augmented, ``ø7`` half-diminished seventh.
* ``7`` adds the seventh that matches the case: ``V7`` dominant, ``ii7``
  minor seventh, ``viio7`` diminished, ``viiø7`` half-diminished; ``maj7``
  asks for a major seventh (``Imaj7``, ``imaj7`` = minor-major).
* ``6``/``64`` invert a triad, ``65``/``43``/``42`` (or ``2``) a seventh.
* ``b``/``#`` alter the root against the key's scale (``bVII``, ``bII6``).
* ``/X`` tonicizes degree ``X`` (``V7/V``, ``viio7/ii``), recursively.
* In minor keys, diminished numerals on degrees 6 and 7 use the raised degree
  (``viio7`` in A minor is G#dim7, ``bviio7`` is Gdim7); ``VII`` is the
  subtonic (G).

Example
-------
>>> from coremusic.music.keys import Key, KeyMode
>>> from coremusic.music.progressions import ChordProgression, roman_to_chord
>>> roman_to_chord('V7/V', Key('C')).symbol
'D7'
>>> p = ChordProgression.from_numerals('C', ['I', 'vi', 'ii7', 'V7', 'bVII'])
>>> [c.symbol for c in p]
['C', 'Am', 'Dm7', 'G7', 'Bb']
>>> p.analyze()
['I', 'vi', 'ii7', 'V7', 'bVII']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from coremusic.music.chords import Chord, ChordType
from coremusic.music.intervals import Interval, IntervalQuality
from coremusic.music.keys import Key, KeyMode
from coremusic.music.notes import Note
from coremusic.music.scales import ScaleType

__all__ = ["ChordProgression", "analyze", "chord_to_roman", "roman_to_chord"]

_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII")
_NUMERAL_RE = re.compile(
    r"^(?P<acc>bb|##|b|#|♭|♯)?"
    r"(?P<num>VII|VI|V|IV|III|II|I|vii|vi|v|iv|iii|ii|i)"
    r"(?P<qual>o|°|ø|\+)?"
    r"(?P<maj>maj|M|Δ)?"
    r"(?P<fig>65|6/5|43|4/3|42|4/2|64|6/4|13|11|9|7|6|2)?$"
)
_AUG_UNISON = Interval(IntervalQuality.AUGMENTED, 1)

# (case, quality mark, maj flag, size) -> chord type; size 3 = triad, 7/9/11/13
_TYPES: dict[tuple[str, str, bool, int], ChordType] = {
    ("upper", "", False, 3): ChordType.MAJOR,
    ("lower", "", False, 3): ChordType.MINOR,
    ("lower", "o", False, 3): ChordType.DIMINISHED,
    ("upper", "o", False, 3): ChordType.DIMINISHED,
    ("upper", "+", False, 3): ChordType.AUGMENTED,
    ("lower", "+", False, 3): ChordType.AUGMENTED,
    ("upper", "", False, 7): ChordType.DOMINANT_7,
    ("upper", "", True, 7): ChordType.MAJOR_7,
    ("lower", "", False, 7): ChordType.MINOR_7,
    ("lower", "", True, 7): ChordType.MINOR_MAJOR_7,
    ("lower", "o", False, 7): ChordType.DIMINISHED_7,
    ("upper", "o", False, 7): ChordType.DIMINISHED_7,
    ("lower", "ø", False, 7): ChordType.HALF_DIMINISHED_7,
    ("upper", "ø", False, 7): ChordType.HALF_DIMINISHED_7,
    ("upper", "+", False, 7): ChordType.AUGMENTED_7,
    ("upper", "+", True, 7): ChordType.AUGMENTED_MAJOR_7,
    ("upper", "", False, 9): ChordType.DOMINANT_9,
    ("upper", "", True, 9): ChordType.MAJOR_9,
    ("lower", "", False, 9): ChordType.MINOR_9,
    ("lower", "", True, 9): ChordType.MINOR_MAJOR_9,
    ("upper", "", False, 11): ChordType.DOMINANT_11,
    ("upper", "", True, 11): ChordType.MAJOR_11,
    ("lower", "", False, 11): ChordType.MINOR_11,
    ("upper", "", False, 13): ChordType.DOMINANT_13,
    ("upper", "", True, 13): ChordType.MAJOR_13,
    ("lower", "", False, 13): ChordType.MINOR_13,
}
# figure -> (size, inversion)
_FIGURES: dict[str, tuple[int, int]] = {
    "": (3, 0), "6": (3, 1), "64": (3, 2), "6/4": (3, 2),
    "7": (7, 0), "65": (7, 1), "6/5": (7, 1), "43": (7, 2), "4/3": (7, 2),
    "42": (7, 3), "4/2": (7, 3), "2": (7, 3),
    "9": (9, 0), "11": (11, 0), "13": (13, 0),
}
_TRIAD_FIGURES = ("", "6", "64")
_SEVENTH_FIGURES = ("7", "65", "43", "42")


def _as_key(key: Key | str) -> Key:
    if isinstance(key, Key):
        return key
    if isinstance(key, str):
        return Key.parse(key)
    raise TypeError(f"key must be a Key or a key name such as 'C' or 'Am', got {key!r}")


def _place_in_key_octave(root: Note, tonic: Note) -> Note:
    """``root`` moved to the diatonic octave starting at ``tonic``."""
    letter_diff = ("CDEFGAB".index(root.letter) - "CDEFGAB".index(tonic.letter)) % 7
    octave = (tonic.step + letter_diff) // 7 - 1
    return root.with_octave(octave)


def roman_to_chord(numeral: str, key: Key | str, octave: int = 4) -> Chord:
    """The chord a roman numeral names in a key.

    Parameters
    ----------
    numeral : str
        See the module documentation for the syntax (``'ii7'``, ``'V65'``,
        ``'bVII'``, ``'V7/V'``, ``'viiø7'``, ``'Imaj7'``).
    key : Key or str
        The key (``Key('C')``, ``'C'``, ``'Am'``, ``'F# minor'``).
    octave : int
        Octave of the key's tonic; chord roots lie in the octave above it.

    Raises
    ------
    ValueError
        For unknown numerals or quality/figure combinations.

    Example
    -------
    >>> roman_to_chord('viio7', 'A minor').symbol
    'G#dim7'
    >>> roman_to_chord('V65', 'C').get_midi_notes()
    [71, 74, 77, 79]
    >>> roman_to_chord('bII6', 'C').symbol
    'Db/F'
    """
    if not isinstance(numeral, str):
        raise TypeError(f"roman numeral must be a str, got {numeral!r}")
    key_obj = _as_key(key)
    text = numeral.strip()
    head, slash, target = text.partition("/")
    # a figure like 6/5 or 4/2 also contains a slash
    if slash and re.fullmatch(r"[5432](/.*)?", target) and re.search(r"[64]$", head):
        fig_tail, slash, target = target.partition("/")
        head = f"{head}/{fig_tail}"
    if slash:
        if not target:
            raise ValueError(f"invalid roman numeral {numeral!r}: nothing after '/'")
        tonicized = roman_to_chord(target, key_obj, octave)
        third = tonicized.chord_type.formula[1] if len(tonicized.chord_type.formula) > 1 else "3"
        mode: KeyMode = "minor" if third == "b3" else "major"
        if tonicized.chord_type in (ChordType.DIMINISHED, ChordType.DIMINISHED_7,
                                    ChordType.HALF_DIMINISHED_7):
            raise ValueError(
                f"invalid roman numeral {numeral!r}: a diminished chord ({target}) "
                "cannot be tonicized"
            )
        local_key = Key(tonicized.root.name, mode)
        chord = _simple_numeral(head, local_key, tonicized.root.octave, numeral)
        tonic = Note(key_obj.tonic, octave)
        root = _place_in_key_octave(chord.root, tonic)
        return Chord(root, chord.chord_type, chord.inversion_number)
    return _simple_numeral(head, key_obj, octave, numeral)


def _simple_numeral(text: str, key: Key, octave: int, original: str) -> Chord:
    match = _NUMERAL_RE.match(text)
    if match is None:
        raise ValueError(
            f"invalid roman numeral {original!r}: expected e.g. 'I', 'ii7', 'V65', "
            "'bVII', 'viio7', 'V7/V'"
        )
    numeral = match.group("num")
    degree = _NUMERALS.index(numeral.upper()) + 1
    case = "upper" if numeral.isupper() else "lower"
    qual = {"°": "o"}.get(match.group("qual") or "", match.group("qual") or "")
    is_maj = match.group("maj") is not None
    figure = (match.group("fig") or "").replace("/", "")
    if qual == "ø" and figure == "":
        figure = "7"
    size, inversion = _FIGURES[figure]
    chord_type = _TYPES.get((case, qual, is_maj, size))
    if chord_type is None:
        raise ValueError(f"invalid roman numeral {original!r}: unsupported quality or figure")

    tonic = Note(key.tonic, octave)
    root = key.scale.degree(degree)
    if key.mode == "minor" and degree in (6, 7) and qual in ("o", "ø"):
        root = root.transpose(_AUG_UNISON)  # raised 6th / leading tone
    acc = {"♭": "b", "♯": "#"}.get(match.group("acc") or "", match.group("acc") or "")
    for ch in acc:
        root = root.transpose(_AUG_UNISON, down=ch == "b")
    return Chord(_place_in_key_octave(root, tonic), chord_type, inversion)


# -- analysis ------------------------------------------------------------------------
# relative semitone -> (degree, accidental) for roots outside the key's scale
_CHROMATIC_MAJOR = {1: (2, "b"), 3: (3, "b"), 6: (4, "#"), 8: (6, "b"), 10: (7, "b")}
_CHROMATIC_MINOR = {1: (2, "b"), 4: (3, "#"), 6: (4, "#"), 9: (6, "#"), 11: (7, "#")}
_REVERSE_TYPES: dict[ChordType, tuple[str, str, bool, int]] = {}
for _k, _v in _TYPES.items():
    _REVERSE_TYPES.setdefault(_v, _k)
_FIGURE_FOR = {(3, 0): "", (3, 1): "6", (3, 2): "64", (7, 0): "7", (7, 1): "65",
               (7, 2): "43", (7, 3): "42"}


def _numeral_text(chord: Chord, degree: int, accidental: str) -> str:
    case, qual, is_maj, size = _REVERSE_TYPES[chord.chord_type]
    numeral = _NUMERALS[degree - 1]
    if case == "lower":
        numeral = numeral.lower()
    if chord.bass is not None:
        raise ValueError(f"{chord.symbol} has a bass outside the chord; no roman numeral names it")
    if (size, chord.inversion_number) in _FIGURE_FOR:
        figure = _FIGURE_FOR[(size, chord.inversion_number)]
    elif chord.inversion_number == 0:
        figure = str(size)
    else:
        raise ValueError(f"inverted {chord.chord_type.display_name} chords have no figure")
    return f"{accidental}{numeral}{qual}{'maj' if is_maj else ''}{figure}"


def _direct(chord: Chord, key: Key) -> tuple[str, bool]:
    """Numeral without tonicization and whether the root is a plain scale degree.

    The degree follows the root's letter (so a spelled chord keeps its
    meaning: ``A#`` in C is ``#VI``, ``Bb`` is ``bVII``); roots whose spelling is
    more than two semitones off their degree fall back to the usual choice per
    pitch class.
    """
    qual = _REVERSE_TYPES[chord.chord_type][1]
    tonic = Note(key.tonic, 4)
    degree = ("CDEFGAB".index(chord.root.letter) - "CDEFGAB".index(tonic.letter)) % 7 + 1
    expected = key.scale.degree(degree)
    if key.mode == "minor" and degree in (6, 7) and qual in ("o", "ø"):
        expected = expected.transpose(_AUG_UNISON)
    diff = (chord.root.pitch_class - expected.pitch_class + 6) % 12 - 6
    if diff == 0:
        return _numeral_text(chord, degree, ""), True
    if abs(diff) <= 2:
        return _numeral_text(chord, degree, ("#" if diff > 0 else "b") * abs(diff)), False
    rel = (chord.root.pitch_class - tonic.pitch_class) % 12
    if rel in key.scale.intervals:
        return _numeral_text(chord, key.scale.intervals.index(rel) + 1, ""), True
    table = _CHROMATIC_MAJOR if key.mode == "major" else _CHROMATIC_MINOR
    degree, acc = table[rel]
    return _numeral_text(chord, degree, acc), False


def _fits_key(chord: Chord, key: Key) -> bool:
    allowed = set(key.pitch_classes)
    if key.mode == "minor":  # raised 6th and 7th of the melodic/harmonic minor
        tonic = Note(key.tonic, 4).pitch_class
        allowed |= {(tonic + 9) % 12, (tonic + 11) % 12}
    return chord.pitch_classes <= allowed


def chord_to_roman(chord: Chord, key: Key | str) -> str:
    """The roman numeral of a chord in a key (inverse of :func:`roman_to_chord`).

    Diatonic chords get plain numerals; non-diatonic dominant-function chords
    are written as secondary (``V/V``, ``V7/IV``, ``viio7/ii``), other
    chromatic chords with an altered root (``bVII``, ``bII6``, ``iv``).

    Raises
    ------
    ValueError
        For qualities that have no numeral (sus, add9, altered dominants ...).

    Example
    -------
    >>> from coremusic.music.chords import Chord
    >>> chord_to_roman(Chord.from_symbol('D7'), 'C')
    'V7/V'
    >>> chord_to_roman(Chord.from_symbol('Ab'), 'C')
    'bVI'
    >>> chord_to_roman(Chord.from_symbol('G7/B'), 'C')
    'V65'
    """
    key_obj = _as_key(key)
    if chord.chord_type not in _REVERSE_TYPES:
        raise ValueError(
            f"{chord.symbol}: a {chord.chord_type.display_name} chord has no roman numeral"
        )
    direct, plain_root = _direct(chord, key_obj)
    if plain_root and _fits_key(chord, key_obj):
        return direct
    secondary = _secondary(chord, key_obj)
    return secondary if secondary is not None else direct


_DOMINANT_TYPES = {ChordType.MAJOR, ChordType.DOMINANT_7, ChordType.DOMINANT_9}
_LEADING_TYPES = {ChordType.DIMINISHED, ChordType.DIMINISHED_7, ChordType.HALF_DIMINISHED_7}


def _secondary(chord: Chord, key: Key) -> str | None:
    if chord.chord_type in _DOMINANT_TYPES:
        offset, head_degree = 7, 5
    elif chord.chord_type in _LEADING_TYPES:
        offset, head_degree = 11, 7
    else:
        return None
    target_pc = (chord.root.pitch_class - offset) % 12
    for degree, target in enumerate(key.diatonic_chords(), start=1):
        if degree == 1 or target.root.pitch_class != target_pc:
            continue
        if target.chord_type not in (ChordType.MAJOR, ChordType.MINOR):
            return None
        head = _numeral_text(chord, head_degree, "")
        target_text = _numeral_text(Chord(target.root, target.chord_type), degree, "")
        candidate = f"{head}/{target_text}"
        rebuilt = roman_to_chord(candidate, key)
        if (rebuilt.root.name, rebuilt.chord_type, rebuilt.inversion_number) == (
            chord.root.name, chord.chord_type, chord.inversion_number
        ):
            return candidate
    return None


def analyze(chords: Iterable[Chord], key: Key | str) -> list[str]:
    """Roman numerals for a sequence of chords in a key.

    Example
    -------
    >>> from coremusic.music.chords import Chord
    >>> analyze([Chord.from_symbol(s) for s in ['C', 'A7', 'Dm', 'G7', 'C']], 'C')
    ['I', 'V7/ii', 'ii', 'V7', 'I']
    """
    key_obj = _as_key(key)
    return [chord_to_roman(c, key_obj) for c in chords]


@dataclass(frozen=True, init=False)
class ChordProgression:
    """An immutable sequence of chords, optionally in a key.

    Parameters
    ----------
    chords : sequence of Chord
        The chords (stored as a tuple).
    key : Key, optional
        The key used by :meth:`analyze` and kept by :meth:`transpose` (a key
        name such as ``'Am'`` is converted).

    Example
    -------
    >>> p = ChordProgression.from_numerals('C', ['I', 'V', 'vi', 'IV'])
    >>> [str(c) for c in p.chords]
    ['C', 'G', 'Am', 'F']
    >>> [c.symbol for c in p.transpose(2)]
    ['D', 'A', 'Bm', 'G']
    """

    chords: tuple[Chord, ...]
    key: Key | None = None

    def __init__(self, chords: Iterable[Chord], key: Key | str | None = None) -> None:
        object.__setattr__(self, "chords", chords)
        object.__setattr__(self, "key", key)
        self.__post_init__()

    def __post_init__(self) -> None:
        chords = tuple(self.chords)
        for c in chords:
            if not isinstance(c, Chord):
                raise TypeError(f"ChordProgression holds Chord objects, got {c!r}")
        object.__setattr__(self, "chords", chords)
        if self.key is not None:
            object.__setattr__(self, "key", _as_key(self.key))

    @classmethod
    def from_numerals(
        cls,
        key: Key | str,
        numerals: Sequence[str],
        octave: int = 4,
        scale_type: ScaleType | None = None,
    ) -> ChordProgression:
        """Build chords from roman numerals in a key.

        Parameters
        ----------
        key : Key or str
            ``Key('C')``, ``'C'``, ``'Am'``, ``'F# minor'``.
        numerals : sequence of str
            Roman numerals (see :func:`roman_to_chord`).
        octave : int
            Octave of the tonic.
        scale_type : ScaleType, optional
            For compatibility: a minor scale type makes the key minor.

        Example
        -------
        >>> p = ChordProgression.from_numerals('A', ['i', 'iv', 'V7', 'i'], scale_type=ScaleType.NATURAL_MINOR)
        >>> [c.symbol for c in p]
        ['Am', 'Dm', 'E7', 'Am']
        """
        key_obj = _as_key(key)
        if scale_type is not None:
            minor = scale_type in (ScaleType.NATURAL_MINOR, ScaleType.HARMONIC_MINOR,
                                   ScaleType.MELODIC_MINOR)
            key_obj = Key(key_obj.tonic, "minor" if minor else "major")
        if isinstance(numerals, str):
            raise TypeError("numerals must be a sequence of strings, e.g. ['I', 'IV', 'V']")
        return cls(tuple(roman_to_chord(n, key_obj, octave) for n in numerals), key_obj)

    @classmethod
    def from_symbols(
        cls, symbols: Sequence[str], octave: int = 4, key: Key | str | None = None
    ) -> ChordProgression:
        """Build chords from lead-sheet symbols.

        Example
        -------
        >>> ChordProgression.from_symbols(['Dm7', 'G7', 'Cmaj7'], key='C').analyze()
        ['ii7', 'V7', 'Imaj7']
        """
        if isinstance(symbols, str):
            raise TypeError("symbols must be a sequence of strings, e.g. ['Dm7', 'G7']")
        key_obj = None if key is None else _as_key(key)
        return cls(tuple(Chord.from_symbol(s, octave) for s in symbols), key_obj)

    @property
    def symbols(self) -> list[str]:
        """Lead-sheet symbols of the chords.

        Example
        -------
        >>> ChordProgression.from_numerals('G', ['I', 'IV6']).symbols
        ['G', 'C/E']
        """
        return [c.symbol for c in self.chords]

    def analyze(self, key: Key | str | None = None) -> list[str]:
        """Roman numerals of the chords in ``key`` (default: the progression's key).

        Example
        -------
        >>> ChordProgression.from_symbols(['C', 'E7', 'Am']).analyze('C')
        ['I', 'V7/vi', 'vi']
        """
        chosen = key if key is not None else self.key
        if chosen is None:
            raise ValueError("this progression has no key; pass one to analyze()")
        return analyze(self.chords, chosen)

    def transpose(self, amount: int | Interval) -> ChordProgression:
        """All chords (and the key) moved by semitones or an interval.

        Example
        -------
        >>> p = ChordProgression.from_numerals('C', ['I', 'IV'])
        >>> p.transpose(Interval.MINOR_THIRD).key
        Key('Eb', 'major')
        """
        key = None
        if self.key is not None:
            key = Key(Note(self.key.tonic, 4).transpose(amount).name, self.key.mode)
        return ChordProgression(tuple(c.transpose(amount) for c in self.chords), key)

    def __iter__(self) -> Iterator[Chord]:
        return iter(self.chords)

    def __len__(self) -> int:
        return len(self.chords)

    def __getitem__(self, index: int) -> Chord:
        return self.chords[index]

    def __repr__(self) -> str:
        key = "" if self.key is None else f", key={self.key!r}"
        return f"ChordProgression({self.symbols!r}{key})"
