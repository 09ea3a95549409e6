"""Time transforms: quantize, humanize, stretch, shift, reverse, note lengths.

All work in exact ticks.  Grids and rates are note values (beats), never
seconds; parameters in seconds (humanize timing, shifts) go through the
track's tempo map.  Note starts and ends are moved together, so no note is
ever given a zero or negative length (notes that had a length keep one).

Example
-------
>>> from coremusic.midi import MIDISequence
>>> from coremusic.midi.transforms import Quantize
>>> seq = MIDISequence(); t = seq.add_track()
>>> t.add_note_ticks(130, 60, 100, 100); t.add_note_ticks(470, 62, 100, 20)
>>> Quantize("1/8").apply(seq).notes()[["start_tick", "end_tick"]].tolist()
[(240, 480), (480, 720)]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from coremusic.midi.messages import MIDIMessage
from coremusic.midi.transforms._core import (
    NoteLength,
    TrackData,
    Transform,
    is_sounding_on,
    join_notes,
    note_value_ticks,
    split_notes,
)

__all__ = ["Humanize", "Legato", "Quantize", "Reverse", "Staccato", "TimeShift", "TimeStretch"]

I64 = npt.NDArray[np.int64]


def _rint(x: npt.ArrayLike) -> I64:
    return np.rint(np.asarray(x, dtype=np.float64)).astype(np.int64)


def _keep_lengths(start: I64, end: I64, old_start: I64, old_end: I64) -> I64:
    """Ends moved so that notes which had a length still have one."""
    return np.where((old_end > old_start) & (end <= start), start + 1, end)


class Quantize(Transform):
    """Move note starts (and ends) towards a grid of note values.

    Parameters
    ----------
    grid : note value
        Grid step as a fraction of a whole note: ``"1/16"``, ``Fraction(1, 8)``,
        ``"1/8t"`` (triplets), a ``NoteValue`` or ``Duration``.  Beats, not
        seconds: the grid follows the music through tempo changes.
    strength : float
        0..1: how far each start moves towards its nearest grid line.
    swing : float
        0 <= swing < 1: every second grid line is delayed by this fraction
        of a grid step (``1/3`` on an eighth grid gives a triplet feel).
    ends : {'grid', 'length'}
        ``'grid'``: ends are quantised to the grid too (with the same
        strength); a note whose quantised end would not be after its
        quantised start is given ``strength`` of the step to the next grid
        line plus ``1 - strength`` of its old length (at least one tick), so
        at full strength it ends on the next grid line.  ``'length'``: each note
        keeps its length and moves with its start.

    Example
    -------
    >>> from coremusic.midi import MIDITrack
    >>> t = MIDITrack(); t.add_note_ticks(100, 60, 90, 10)
    >>> Quantize("1/16").apply(t).ticks.tolist()
    [120, 240]
    >>> Quantize("1/16", strength=0.5, ends="length").apply(t).ticks.tolist()
    [110, 120]
    >>> Quantize("1/8", swing=1/3).grid_ticks(480, 1000)[:4].tolist()
    [0, 320, 480, 800]
    """

    def __init__(self, grid: NoteLength = "1/16", strength: float = 1.0, swing: float = 0.0,
                 ends: Literal["grid", "length"] = "grid") -> None:
        note_value_ticks(grid, 480)  # validates
        if not 0.0 <= strength <= 1.0:
            raise ValueError(f"strength must be 0..1, got {strength}")
        if not 0.0 <= swing < 1.0:
            raise ValueError(f"swing must be 0 <= swing < 1, got {swing}")
        if ends not in ("grid", "length"):
            raise ValueError(f"ends must be 'grid' or 'length', got {ends!r}")
        self.grid = grid
        self.strength = float(strength)
        self.swing = float(swing)
        self.ends = ends

    def grid_ticks(self, ppq: int, until: int) -> I64:
        """The grid lines from 0 up to ``until`` ticks (inclusive).

        Example
        -------
        >>> Quantize("1/8t").grid_ticks(480, 480).tolist()
        [0, 160, 320, 480]
        """
        g = float(note_value_ticks(self.grid, ppq))
        k = np.arange(int(until // g) + 2, dtype=np.int64)
        pos = self._positions(k, g)
        out: I64 = pos[pos <= until]
        return out

    def _positions(self, k: I64, g: float) -> I64:
        return _rint(k * g + (k % 2) * self.swing * g)

    def snap(self, ticks: I64, ppq: int) -> I64:
        """Nearest grid line to each tick (ties go to the earlier line).

        Example
        -------
        >>> Quantize("1/16").snap(np.array([59, 60, 61, 500]), 480).tolist()
        [0, 0, 120, 480]
        """
        g = float(note_value_ticks(self.grid, ppq))
        t = np.asarray(ticks, dtype=np.int64)
        k0 = np.floor(t / g).astype(np.int64)
        cand = np.stack([self._positions(k0 + d, g) for d in (-1, 0, 1)])
        cand = np.maximum(cand, 0)
        best = np.argmin(np.abs(cand - t[None, :]), axis=0)
        out: I64 = cand[best, np.arange(len(t))]
        return out

    def next_line(self, ticks: I64, ppq: int) -> I64:
        """The first grid line after each tick.

        Example
        -------
        >>> Quantize("1/8", swing=0.5).next_line(np.array([0, 360, 400]), 480).tolist()
        [360, 480, 480]
        """
        g = float(note_value_ticks(self.grid, ppq))
        t = np.asarray(ticks, dtype=np.int64)
        k0 = np.floor(t / g).astype(np.int64)
        cand = np.stack([self._positions(k0 + d, g) for d in (0, 1, 2)])
        cand = np.where(cand > t[None, :], cand, np.iinfo(np.int64).max)
        out: I64 = cand.min(axis=0)
        return out

    def _apply_track(self, track: TrackData, state: Any) -> TrackData:
        if self.strength == 0.0:
            return track
        notes, others = split_notes(track.events, track.end_tick)
        if not len(notes):
            return track
        ppq = track.ppq
        s, e = notes.start, notes.end
        s2 = _rint(s + self.strength * (self.snap(s, ppq) - s))
        if self.ends == "length":
            e2 = s2 + (e - s)
        else:
            e2 = _rint(e + self.strength * (self.snap(e, ppq) - e))
            qs = self.snap(s, ppq)
            step = self.next_line(qs, ppq) - qs
            fallback = np.maximum(_rint(self.strength * step + (1 - self.strength) * (e - s)), 1)
            e2 = np.where(e2 <= s2, s2 + fallback, e2)
        e2 = np.where(notes.has_off, e2, np.maximum(e, s2))
        notes.start, notes.end = s2, e2
        return track.with_events(join_notes(notes, others))


class Humanize(Transform):
    """Random, reproducible variation of note timing and velocity.

    Parameters
    ----------
    timing : float
        Largest start offset in seconds; offsets are uniform in
        ``[-timing, timing]`` (converted to ticks through the tempo map;
        each note keeps its length in ticks; starts stay >= 0).
    velocity : int
        Largest velocity change; integer offsets uniform in
        ``[-velocity, velocity]``, results kept in 1..127.
    seed : int, optional
        Same seed and input, same result.  Without one, each application
        differs.

    Example
    -------
    >>> from coremusic.midi import MIDISequence
    >>> seq = MIDISequence(); seq.add_track().add_note(1.0, 60, 100, 0.5)
    >>> a = Humanize(timing=0.02, velocity=10, seed=7).apply(seq).notes()
    >>> b = Humanize(timing=0.02, velocity=10, seed=7).apply(seq).notes()
    >>> bool((a == b).all()), abs(float(a["start"][0]) - 1.0) <= 0.02
    (True, True)
    """

    streaming = True

    def __init__(self, timing: float = 0.0, velocity: int = 0, seed: int | None = None) -> None:
        if not (np.isfinite(timing) and timing >= 0):
            raise ValueError(f"timing must be >= 0 seconds, got {timing}")
        if isinstance(velocity, bool) or not isinstance(velocity, int | np.integer) or not 0 <= velocity <= 127:
            raise ValueError(f"velocity must be an int 0..127, got {velocity!r}")
        self.timing = float(timing)
        self.velocity = int(velocity)
        self.seed = seed
        self._stream_rng = np.random.default_rng(seed)

    def _begin(self, tracks: Sequence[TrackData]) -> Any:
        return np.random.default_rng(self.seed)

    def _apply_track(self, track: TrackData, state: Any) -> TrackData:
        rng: np.random.Generator = state
        notes, others = split_notes(track.events, track.end_tick)
        n = len(notes)
        if not n or (self.timing == 0 and self.velocity == 0):
            return track
        if self.timing > 0:
            tm = track.tempo_map
            offset = rng.uniform(-self.timing, self.timing, n)
            sec = np.maximum(tm.ticks_to_seconds(notes.start) + offset, 0.0)
            s2 = tm.seconds_to_ticks(sec)
            notes.end = np.where(notes.has_off, s2 + (notes.end - notes.start), np.maximum(notes.end, s2))
            notes.start = s2
        if self.velocity > 0:
            dv = rng.integers(-self.velocity, self.velocity, n, endpoint=True)
            notes.velocity = np.clip(notes.velocity + dv, 1, 127)
        return track.with_events(join_notes(notes, others))

    def process(self, message: MIDIMessage) -> list[MIDIMessage]:
        """Vary the velocity of a sounding note-on (needs ``timing=0``).

        Example
        -------
        >>> h = Humanize(velocity=5, seed=3)
        >>> 95 <= h.process(MIDIMessage.note_on(60, 100))[0].velocity <= 105
        True
        """
        if self.timing:
            raise ValueError("Humanize timing cannot move single live messages; "
                             "use Humanize(timing=0, velocity=...) for streaming")
        if is_sounding_on(message) and self.velocity:
            dv = int(self._stream_rng.integers(-self.velocity, self.velocity, endpoint=True))
            return [message.copy(velocity=min(max(message.velocity + dv, 1), 127))]
        return [message]

    def _params(self) -> dict[str, Any]:
        return {"timing": self.timing, "velocity": self.velocity, "seed": self.seed}


class TimeStretch(Transform):
    """Scale every time (in ticks) by a factor, tempo changes and markers included.

    ``TimeStretch(2.0)`` plays twice as long; notes that had a length keep
    at least one tick.  Applied to a single track, only that track's ticks
    are scaled (its sequence's tempo map is not changed).

    Example
    -------
    >>> from coremusic.midi import MIDISequence
    >>> seq = MIDISequence(); seq.add_track().add_note(0.5, 60, 100, 0.5)
    >>> out = TimeStretch(2.0).apply(seq); out.notes()[["start", "end"]].tolist(), out.duration
    ([(1.0, 2.0)], 2.0)
    """

    conductor = True

    def __init__(self, factor: float) -> None:
        if not (np.isfinite(factor) and factor > 0):
            raise ValueError(f"factor must be > 0, got {factor}")
        self.factor = float(factor)

    def _apply_track(self, track: TrackData, state: Any) -> TrackData:
        notes, others = split_notes(track.events, track.end_tick)
        others.ticks = _rint(others.ticks * self.factor)
        s2 = _rint(notes.start * self.factor)
        notes.end = _keep_lengths(s2, _rint(notes.end * self.factor), notes.start, notes.end)
        notes.start = s2
        return track.with_events(join_notes(notes, others), end_tick=int(_rint(track.end_tick * self.factor)))


class TimeShift(Transform):
    """Move a track's events later (or earlier) in time.

    Give exactly one of ``beats`` (quarter notes), ``seconds`` (through the
    tempo map, so the shift is exact in time even across tempo changes) or
    ``ticks``.  Meta events at tick 0 (track names, instrument setup) stay
    put, and the tempo map (conductor) is not moved.  A shift that would
    move an event before the start raises ``ValueError``.

    Example
    -------
    >>> from coremusic.midi import MIDITrack
    >>> t = MIDITrack("x"); t.add_note_ticks(0, 60, 100, 480)
    >>> TimeShift(beats=1).apply(t).ticks.tolist()
    [0, 480, 960]
    >>> TimeShift(seconds=0.25).apply(t).ticks.tolist()
    [0, 240, 720]
    """

    def __init__(self, beats: float | None = None, *, seconds: float | None = None,
                 ticks: int | None = None) -> None:
        given = [v for v in (beats, seconds, ticks) if v is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of beats=, seconds= or ticks=")
        if not np.isfinite(float(given[0])):
            raise ValueError(f"the shift must be finite, got {given[0]}")
        if ticks is not None and (isinstance(ticks, bool) or not isinstance(ticks, int | np.integer)):
            raise TypeError(f"ticks must be an int, got {ticks!r}")
        self.beats = beats
        self.seconds = seconds
        self.ticks = ticks

    def _move(self, ticks: I64, track: TrackData) -> I64:
        if self.seconds is not None:
            tm = track.tempo_map
            sec = tm.ticks_to_seconds(ticks) + self.seconds
            if len(sec) and float(sec.min()) < -1e-12:
                raise ValueError(f"shifting by {self.seconds} s would move events before time 0")
            return tm.seconds_to_ticks(np.maximum(sec, 0.0))
        delta = self.ticks if self.ticks is not None else round(float(self.beats or 0) * track.ppq)
        out = ticks + delta
        if len(out) and int(out.min()) < 0:
            raise ValueError(f"shifting by {delta} ticks would move events before tick 0")
        moved: I64 = out
        return moved

    def _apply_track(self, track: TrackData, state: Any) -> TrackData:
        notes, others = split_notes(track.events, track.end_tick)
        fixed = (others.status == 0xFF) & (others.ticks == 0)
        move = np.flatnonzero(~fixed)
        others.ticks[move] = self._move(others.ticks[move], track)
        s2 = self._move(notes.start, track)
        notes.end = _keep_lengths(s2, self._move(notes.end, track), notes.start, notes.end)
        notes.start = s2
        end = int(self._move(np.array([track.end_tick], dtype=np.int64), track)[0])
        return track.with_events(join_notes(notes, others), end_tick=end)

    def _params(self) -> dict[str, Any]:
        return {k: v for k, v in (("beats", self.beats), ("seconds", self.seconds), ("ticks", self.ticks))
                if v is not None}


class Reverse(Transform):
    """Play backwards: each event at tick ``t`` moves to ``end - t``.

    ``end`` is the end of the longest track (so tracks stay aligned), or
    the track's own end when a single track is reversed.  Notes keep their
    lengths (their note-offs become the starts).  Meta events at tick 0
    stay; the tempo map is not reversed (times are mirrored in ticks).

    Example
    -------
    >>> from coremusic.midi import MIDITrack
    >>> t = MIDITrack(); t.add_note_ticks(0, 60, 100, 100); t.add_note_ticks(100, 62, 90, 300)
    >>> r = Reverse().apply(t); [(m.type, m.note, k) for k, m in r.messages()]
    [('note_on', 62, 0), ('note_off', 62, 300), ('note_on', 60, 300), ('note_off', 60, 400)]
    """

    def _begin(self, tracks: Sequence[TrackData]) -> Any:
        return max((t.end_tick for t in tracks), default=0)

    def _apply_track(self, track: TrackData, state: Any) -> TrackData:
        end = int(state)
        notes, others = split_notes(track.events, track.end_tick)
        fixed = (others.status == 0xFF) & (others.ticks == 0)
        others.ticks = np.where(fixed, 0, end - others.ticks)
        s = notes.start.copy()
        notes.start = end - notes.end
        notes.end = end - s
        notes.has_off = np.ones(len(notes), dtype=bool)
        notes.order = -notes.order
        order = -np.arange(len(others), dtype=np.int64)
        return track.with_events(join_notes(notes, others, others_order=order), end_tick=end)


class Legato(Transform):
    """Extend (or cut) each note to the next note start on its channel.

    Notes sharing a start (chords) all end at the next later start; the
    last notes keep their ends.  ``gap`` leaves that many ticks of silence
    (a note is never shorter than one tick).

    Example
    -------
    >>> from coremusic.midi import MIDITrack
    >>> t = MIDITrack(); t.add_note_ticks(0, 60, 100, 100); t.add_note_ticks(480, 62, 90, 100)
    >>> Legato().apply(t).ticks.tolist()
    [0, 480, 480, 580]
    """

    def __init__(self, gap: int = 0) -> None:
        if isinstance(gap, bool) or not isinstance(gap, int | np.integer) or gap < 0:
            raise ValueError(f"gap must be an int >= 0 ticks, got {gap!r}")
        self.gap = int(gap)

    def _apply_track(self, track: TrackData, state: Any) -> TrackData:
        notes, others = split_notes(track.events, track.end_tick)
        end = notes.end.copy()
        for ch in np.unique(notes.channel).tolist():
            m = np.flatnonzero((notes.channel == ch) & notes.has_off)
            starts = np.unique(notes.start[m])
            pos = np.searchsorted(starts, notes.start[m], side="right")
            has_next = pos < len(starts)
            nxt = starts[np.minimum(pos, len(starts) - 1)]
            end[m] = np.where(has_next, np.maximum(nxt - self.gap, notes.start[m] + 1), end[m])
        notes.end = end
        return track.with_events(join_notes(notes, others))


class Staccato(Transform):
    """Shorten (or lengthen) notes: ``length * factor``, or a fixed note value.

    Parameters
    ----------
    factor : float
        Multiplies each note's length (> 0); notes keep at least one tick.
    length : note value, optional
        Instead of ``factor``: every note lasts this long (e.g. ``"1/32"``).

    Example
    -------
    >>> from coremusic.midi import MIDITrack
    >>> t = MIDITrack(); t.add_note_ticks(0, 60, 100, 480)
    >>> Staccato(0.25).apply(t).ticks.tolist(), Staccato(length="1/16").apply(t).ticks.tolist()
    ([0, 120], [0, 120])
    """

    def __init__(self, factor: float = 0.5, *, length: NoteLength | None = None) -> None:
        if not (np.isfinite(factor) and factor > 0):
            raise ValueError(f"factor must be > 0, got {factor}")
        if length is not None:
            note_value_ticks(length, 480)
        self.factor = float(factor)
        self.length = length

    def _apply_track(self, track: TrackData, state: Any) -> TrackData:
        notes, others = split_notes(track.events, track.end_tick)
        if self.length is not None:
            new = np.full(len(notes), round(note_value_ticks(self.length, track.ppq)), dtype=np.int64)
        else:
            new = _rint((notes.end - notes.start) * self.factor)
        new = np.maximum(new, 1)
        notes.end = np.where(notes.has_off, notes.start + new, notes.end)
        return track.with_events(join_notes(notes, others))

