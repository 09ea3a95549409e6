"""Pitch transforms: transposition, inversion and harmonisation.

Example
-------
>>> from coremusic.midi import MIDIMessage
>>> from coremusic.midi.transforms import Transpose, Invert, Harmonize
>>> Transpose(-12).process(MIDIMessage.note_on(60))[0].note
48
>>> Invert(pivot=60).process(MIDIMessage.note_on(64))[0].note
56
>>> [m.note for m in Harmonize([4, 7]).process(MIDIMessage.note_on(60))]
[60, 64, 67]
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Iterable
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from coremusic.midi.messages import MIDIMessage
from coremusic.midi.transforms._core import (
    Notes,
    RangeMode,
    TrackData,
    Transform,
    check_range_mode,
    fit_pitches,
    join_notes,
    note_field,
    split_notes,
)
from coremusic.music.keys import Key
from coremusic.music.notes import Note
from coremusic.music.scales import Scale, coerce_note

__all__ = ["Harmonize", "Invert", "PitchMap", "Transpose"]


class PitchMap(Transform):
    """Base of transforms that map every note number through a fixed function.

    Note on/off and polyphonic aftertouch change pitch; every other event
    passes through unchanged.  Subclasses define :meth:`map_pitch`.

    Example
    -------
    >>> Transpose(3).map_pitch(60)
    63
    """

    streaming = True

    def __init__(self, mode: RangeMode = "clamp") -> None:
        self.mode: RangeMode = check_range_mode(mode)

    def map_pitch(self, pitch: int) -> int:
        """The new note number of ``pitch`` (may be outside 0..127)."""
        return int(self._map_array(np.array([pitch], dtype=np.int64))[0])

    @abstractmethod
    def _map_array(self, pitches: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """The new note numbers of ``pitches``."""

    def _what(self) -> str:
        return repr(self)

    def _apply_track(self, track: TrackData, state: Any) -> TrackData:
        ev = track.events
        hi = ev.status & 0xF0
        sel = np.flatnonzero((hi == 0x80) | (hi == 0x90) | (hi == 0xA0))
        new, keep = fit_pitches(self._map_array(ev.data1[sel].astype(np.int64)), self.mode, self._what())
        ev.data1[sel[keep]] = new[keep]
        if not bool(keep.all()):
            mask = np.ones(len(ev), dtype=bool)
            mask[sel[~keep]] = False
            ev = ev.take(mask)
        return track.with_events(ev)

    def process(self, message: MIDIMessage) -> list[MIDIMessage]:
        """Map the note of a note on/off or poly aftertouch message.

        Example
        -------
        >>> Transpose(5, mode="drop").process(MIDIMessage.note_on(125))
        []
        """
        if not note_field(message):
            return [message]
        new, keep = fit_pitches(self._map_array(np.array([message.note], dtype=np.int64)),
                                self.mode, self._what())
        return [message.copy(note=int(new[0]))] if bool(keep[0]) else []


class Transpose(PitchMap):
    """Shift notes by a number of semitones.

    Parameters
    ----------
    semitones : int
        Positive shifts up, negative down.
    mode : {'clamp', 'drop', 'raise'}
        Notes pushed outside 0..127: clamp them to the edge, drop them
        (with their note-offs and aftertouch), or raise ``ValueError``.

    Example
    -------
    >>> from coremusic.midi import MIDISequence
    >>> seq = MIDISequence(); seq.add_track().add_note_ticks(0, 60, 100, 480)
    >>> Transpose(7).apply(seq).notes()["pitch"].tolist()
    [67]
    >>> Transpose(100, mode="drop").apply(seq).notes().size
    0
    """

    def __init__(self, semitones: int, mode: RangeMode = "clamp") -> None:
        if isinstance(semitones, bool) or not isinstance(semitones, int | np.integer):
            raise TypeError(f"semitones must be an int, got {semitones!r}")
        self.semitones = int(semitones)
        super().__init__(mode)

    def _map_array(self, pitches: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        return pitches + self.semitones

    def _what(self) -> str:
        return f"transposing by {self.semitones}"


class Invert(PitchMap):
    """Mirror pitches around a pivot: ``new = 2 * pivot - pitch``.

    Parameters
    ----------
    pivot : int, str or Note
        The axis, e.g. ``60`` or ``'C4'``; ``pivot2`` (below) allows axes
        between two semitones.
    mode : {'clamp', 'drop', 'raise'}
        Out-of-range handling as in :class:`Transpose`.
    pivot2 : int, str or Note, optional
        Second pivot: the axis is halfway between ``pivot`` and ``pivot2``
        (``new = pivot + pivot2 - pitch``).

    Example
    -------
    >>> Invert('E4').map_pitch(60), Invert(60, pivot2=61).map_pitch(60)
    (68, 61)
    """

    def __init__(self, pivot: int | str | Note = 60, mode: RangeMode = "clamp",
                 pivot2: int | str | Note | None = None) -> None:
        self.pivot = _midi(pivot)
        self.pivot2 = self.pivot if pivot2 is None else _midi(pivot2)
        super().__init__(mode)

    def _map_array(self, pitches: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        return self.pivot + self.pivot2 - pitches

    def _what(self) -> str:
        return f"inverting around {(self.pivot + self.pivot2) / 2:g}"


def _midi(value: int | str | Note) -> int:
    if isinstance(value, int | np.integer) and not isinstance(value, bool):
        if not 0 <= value <= 127:
            raise ValueError(f"a pivot note must be 0..127, got {value}")
        return int(value)
    return coerce_note(value).midi


class Harmonize(Transform):
    """Add voices to every note: fixed intervals or diatonic steps in a scale.

    Parameters
    ----------
    intervals : iterable of int, optional
        Semitones above (negative: below) each note, e.g. ``[4, 7]``.
    scale : Scale or Key, optional
        With ``degrees``: voices are scale steps away from the note within
        this scale (``degrees=[2]`` a diatonic third above, ``[2, 4]`` a
        triad, ``[-2]`` a third below).  Notes outside the scale are kept
        without added voices.
    degrees : iterable of int
        Scale steps (default ``[2]``, used with ``scale``).
    mode : {'drop', 'raise'}
        Voices outside 0..127 are dropped or raise ``ValueError``.

    Example
    -------
    >>> from coremusic.music.theory import Key
    >>> h = Harmonize(scale=Key('C'), degrees=[2, 4])
    >>> h.voices(60), h.voices(62), h.voices(61)
    ([64, 67], [65, 69], [])
    """

    streaming = True

    def __init__(self, intervals: Iterable[int] | None = None, *, scale: Scale | Key | None = None,
                 degrees: Iterable[int] = (2,), mode: Literal["drop", "raise"] = "drop") -> None:
        if (intervals is None) == (scale is None):
            raise ValueError("give either intervals (semitones) or scale (with degrees)")
        if mode not in ("drop", "raise"):
            raise ValueError(f"mode must be 'drop' or 'raise', got {mode!r}")
        self.intervals = None if intervals is None else [int(i) for i in intervals]
        self.scale = scale.scale if isinstance(scale, Key) else scale
        if scale is not None and not isinstance(self.scale, Scale):
            raise TypeError(f"scale must be a Scale or Key, got {scale!r}")
        self.degrees = [int(d) for d in degrees]
        self.mode = mode
        # table[p] = voice pitches of p; -1: no voice; 128: out of range
        steps = self.intervals if self.intervals is not None else self.degrees
        table = np.full((128, len(steps)), -1, dtype=np.int64)
        for p in range(128):
            for k, v in enumerate(self._voices_raw(p)):
                table[p, k] = v if 0 <= v <= 127 else 128
        self._table = table

    def _voices_raw(self, pitch: int) -> list[int]:
        if self.intervals is not None:
            return [pitch + i for i in self.intervals]
        assert self.scale is not None
        root = self.scale.root.pitch_class
        ivs = self.scale.intervals
        octave, rem = divmod(pitch - root, 12)
        if rem not in ivs:
            return []
        i = ivs.index(rem)
        n = len(ivs)
        return [root + 12 * (octave + (i + d) // n) + ivs[(i + d) % n] for d in self.degrees]

    def voices(self, pitch: int) -> list[int]:
        """The added voices of ``pitch`` (without it; out-of-range voices dropped or raised).

        Example
        -------
        >>> Harmonize([4, 7]).voices(62), Harmonize([12]).voices(120)
        ([66, 69], [])
        """
        row = self._table[pitch]
        self._check(row)
        return [int(v) for v in row if 0 <= v <= 127]

    def _check(self, values: npt.NDArray[np.int64]) -> None:
        if self.mode == "raise" and bool((values == 128).any()):
            raise ValueError(f"{self!r} gives a voice outside 0..127")

    def _apply_track(self, track: TrackData, state: Any) -> TrackData:
        notes, others = split_notes(track.events, track.end_tick)
        if not len(notes):
            return track
        table = self._table[notes.pitch]
        self._check(table)
        parts = [notes]
        for k in range(table.shape[1]):
            ok = np.flatnonzero((table[:, k] >= 0) & (table[:, k] <= 127))
            voice = notes.take(ok)
            voice.pitch = table[ok, k]
            parts.append(voice)
        return track.with_events(join_notes(Notes.concat(parts), others))

    def process(self, message: MIDIMessage) -> list[MIDIMessage]:
        """A note on/off becomes the note plus its voices; other messages pass.

        Example
        -------
        >>> [m.note for m in Harmonize([-12]).process(MIDIMessage.note_off(60))]
        [60, 48]
        """
        if message.type not in ("note_on", "note_off"):
            return [message]
        return [message, *(message.copy(note=v) for v in self.voices(message.note))]
