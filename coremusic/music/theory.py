"""Music theory: the public names of :mod:`coremusic.music` in one module.

This is the module users import (``from coremusic.music.theory import Note,
Scale, Chord``); the implementations live in focused submodules: ``notes``,
``intervals``, ``scales``, ``chords``, ``identify``, ``keys``,
``progressions``, ``voice_leading``, ``meter`` and ``rhythm``.  Everything is
pure Python and immutable where it is a value.

Example
-------
>>> from coremusic.music.theory import Note, Scale, ScaleType, Chord, ChordProgression
>>> Note('C', 4).midi, Note.from_midi(60)
(60, Note('C', 4))
>>> Scale(Note('D', 4), ScaleType.MAJOR).note_names
['D', 'E', 'F#', 'G', 'A', 'B', 'C#']
>>> Chord.from_symbol('Cmaj7').get_midi_notes()
[60, 64, 67, 71]
>>> [c.symbol for c in ChordProgression.from_numerals('C', ['I', 'IV', 'V'])]
['C', 'F', 'G']
"""

from coremusic.music.chords import Chord, ChordType
from coremusic.music.identify import ChordMatch, find_root, identify_chord
from coremusic.music.intervals import Interval, IntervalQuality
from coremusic.music.keys import Key, KeyMode, circle_of_fifths
from coremusic.music.meter import DEFAULT_PPQ, MeterType, NoteValue, TimeSignature
from coremusic.music.notes import (
    A4_FREQUENCY,
    FLAT_NAMES,
    SHARP_NAMES,
    Note,
    cents_between,
    frequency_to_midi,
    frequency_to_note,
    midi_to_frequency,
    midi_to_note_name,
    note_name_to_midi,
    pitch_class_name,
)
from coremusic.music.progressions import ChordProgression, analyze, chord_to_roman, roman_to_chord
from coremusic.music.rhythm import Duration, RhythmPattern
from coremusic.music.scales import Scale, ScaleType
from coremusic.music.voice_leading import (
    SATB,
    VoiceRange,
    closest_inversion,
    find_parallels,
    out_of_range,
    smooth_voice_leading,
    voice_lead,
    voice_leading_distance,
)

__all__ = [
    "A4_FREQUENCY",
    "DEFAULT_PPQ",
    "FLAT_NAMES",
    "SATB",
    "SHARP_NAMES",
    "Chord",
    "ChordMatch",
    "ChordProgression",
    "ChordType",
    "Duration",
    "Interval",
    "IntervalQuality",
    "Key",
    "KeyMode",
    "MeterType",
    "Note",
    "NoteValue",
    "RhythmPattern",
    "Scale",
    "ScaleType",
    "TimeSignature",
    "VoiceRange",
    "analyze",
    "cents_between",
    "chord_to_roman",
    "circle_of_fifths",
    "closest_inversion",
    "find_parallels",
    "find_root",
    "frequency_to_midi",
    "frequency_to_note",
    "identify_chord",
    "midi_to_frequency",
    "midi_to_note_name",
    "note_name_to_midi",
    "out_of_range",
    "pitch_class_name",
    "roman_to_chord",
    "smooth_voice_leading",
    "voice_lead",
    "voice_leading_distance",
]
