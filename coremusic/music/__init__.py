"""Music theory, portable pure Python: notes, intervals, scales, chords, keys,
roman-numeral progressions, voice leading and rhythm.

Everything users import lives in :mod:`coremusic.music.theory`; the submodules
(``notes``, ``intervals``, ``scales``, ``chords``, ``identify``, ``keys``,
``progressions``, ``voice_leading``, ``rhythm``) hold the implementations.

Example
-------
>>> from coremusic.music.theory import Chord
>>> Chord.from_symbol('Cmaj7').get_midi_notes()
[60, 64, 67, 71]
"""
