"""Transforms that create or combine notes: arpeggios and track merging.

Example
-------
>>> from coremusic.midi import MIDITrack
>>> from coremusic.midi.transforms import Arpeggiate
>>> t = MIDITrack()
>>> for p in (60, 64, 67): t.add_note_ticks(0, p, 100, 480)
>>> out = Arpeggiate("up", rate="1/16").apply(t)
>>> [(k, m.note) for k, m in out.messages() if m.type == "note_on"]
[(0, 60), (120, 64), (240, 67), (360, 60)]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Literal

import numpy as np

from coremusic.midi.messages import MetaType
from coremusic.midi.sequence import MIDIFileFormat, MIDISequence
from coremusic.midi.smf.events import TrackEvents
from coremusic.midi.transforms._core import (
    NoteLength,
    Notes,
    TrackData,
    Transform,
    _data,
    join_notes,
    note_value_ticks,
    rebuild_sequence,
    split_notes,
)

__all__ = ["Arpeggiate", "TrackMerge"]

ArpMode = Literal["up", "down", "updown", "random"]


class Arpeggiate(Transform):
    """Turn chords (notes starting together on a channel) into arpeggios.

    Each chord is replaced by a run of notes every ``rate``, cycling
    through its pitches, from the chord's start until its longest note ends
    (or the next chord on the channel starts, whichever is first).  Single
    notes are chords of one.

    Parameters
    ----------
    mode : {'up', 'down', 'updown', 'random'}
        Order of the pitches; ``'updown'`` does not repeat the top and
        bottom notes; ``'random'`` picks a pitch each step (``seed``).
    rate : note value
        Step length (``"1/16"``, ``"1/8t"``, ``NoteValue`` ...).
    octaves : int
        The chord's pitches are repeated this many octaves up (pitches
        above 127 are left out).
    gate : float
        Note length as a fraction of a step (0 < gate <= 1).
    seed : int, optional
        Random generator seed for ``mode='random'``.

    Example
    -------
    >>> from coremusic.midi import MIDITrack
    >>> t = MIDITrack(); t.add_note_ticks(0, 60, 100, 480); t.add_note_ticks(0, 64, 100, 480)
    >>> out = Arpeggiate("updown", rate="1/8", octaves=2, gate=0.5).apply(t)
    >>> [(k, m.note) for k, m in out.messages() if m.type == "note_on"]
    [(0, 60), (240, 64)]
    >>> [m.note for _, m in Arpeggiate("down", "1/16", 2).apply(t).messages() if m.type == "note_on"]
    [76, 72, 64, 60]
    """

    def __init__(self, mode: ArpMode = "up", rate: NoteLength = "1/16", octaves: int = 1,
                 gate: float = 1.0, seed: int | None = None) -> None:
        if mode not in ("up", "down", "updown", "random"):
            raise ValueError(f"mode must be 'up', 'down', 'updown' or 'random', got {mode!r}")
        note_value_ticks(rate, 480)
        if isinstance(octaves, bool) or not isinstance(octaves, int) or not 1 <= octaves <= 10:
            raise ValueError(f"octaves must be an int 1..10, got {octaves!r}")
        if not 0 < gate <= 1:
            raise ValueError(f"gate must be 0 < gate <= 1, got {gate}")
        self.mode: ArpMode = mode
        self.rate = rate
        self.octaves = octaves
        self.gate = float(gate)
        self.seed = seed

    def pattern(self, pitches: Iterable[int]) -> list[int]:
        """One cycle of the pitch order for a chord (not used for ``'random'``).

        Example
        -------
        >>> Arpeggiate("updown", octaves=2).pattern([60, 64, 67])
        [60, 64, 67, 72, 76, 79, 76, 72, 67, 64]
        """
        base = sorted(set(pitches))
        ext = sorted({p + 12 * o for o in range(self.octaves) for p in base if p + 12 * o <= 127})
        if self.mode == "down":
            return ext[::-1]
        if self.mode == "updown":
            return ext + ext[-2:0:-1]
        return ext

    def _begin(self, tracks: Sequence[TrackData]) -> Any:
        return np.random.default_rng(self.seed)

    def _apply_track(self, track: TrackData, state: Any) -> TrackData:
        rng: np.random.Generator = state
        notes, others = split_notes(track.events, track.end_tick)
        if not len(notes):
            return track
        step = note_value_ticks(self.rate, track.ppq)
        length = max(round(step * self.gate), 1)
        rows: list[tuple[int, int, int, int, int, int]] = []  # start, end, pitch, vel, channel, order
        srt = np.lexsort((notes.start, notes.channel))
        ch_l = notes.channel[srt].tolist()
        st_l = notes.start[srt].tolist()
        en_l = notes.end[srt].tolist()
        p_l = notes.pitch[srt].tolist()
        v_l = notes.velocity[srt].tolist()
        o_l = notes.order[srt].tolist()
        n_notes = len(st_l)
        g0 = 0
        while g0 < n_notes:  # one chord: equal channel and start
            ch, t0 = ch_l[g0], st_l[g0]
            g1 = g0 + 1
            while g1 < n_notes and ch_l[g1] == ch and st_l[g1] == t0:
                g1 += 1
            stop = max(en_l[g0:g1])
            if g1 < n_notes and ch_l[g1] == ch:
                stop = min(stop, st_l[g1])
            vel_of: dict[int, int] = {}
            for p, v in zip(p_l[g0:g1], v_l[g0:g1], strict=True):
                vel_of[p] = max(v, vel_of.get(p, 0))
            cycle = self.pattern(vel_of)
            base = sorted(vel_of, reverse=True)
            order = min(o_l[g0:g1])
            if step.denominator == 1:
                times = list(range(t0, max(stop, t0 + 1), int(step)))
            else:
                times = [t0]
                while (t := t0 + round(step * len(times))) < stop:
                    times.append(t)
            if self.mode == "random":
                picks = [cycle[j] for j in rng.integers(len(cycle), size=len(times)).tolist()]
            else:
                picks = [cycle[i % len(cycle)] for i in range(len(times))]
            for t, pitch in zip(times, picks, strict=True):
                src = next(b for b in base if b <= pitch and (pitch - b) % 12 == 0)
                rows.append((t, max(min(t + length, stop), t + 1), pitch, vel_of[src], ch, order))
            g0 = g1
        arr = np.asarray(rows, dtype=np.int64)
        n = len(arr)
        arp = Notes(arr[:, 0], arr[:, 1], arr[:, 2], arr[:, 3], arr[:, 4],
                    np.full(n, 0x80, dtype=np.int64), np.zeros(n, dtype=np.int64),
                    np.ones(n, dtype=bool), arr[:, 5])
        return track.with_events(join_notes(arp, others))


class TrackMerge(Transform):
    """Merge tracks of a sequence into one.

    Parameters
    ----------
    tracks : iterable of int, optional
        Indices in ``seq.tracks`` to merge (default all).  The merged track
        takes the place of the first of them; the others are removed.
    name : str, optional
        Name of the merged track (default: the names joined by ``" + "``).

    Applied to a single :class:`~coremusic.midi.MIDITrack`, it returns a
    copy.  Events keep their exact ticks; at equal ticks the earlier
    track's events come first.

    Example
    -------
    >>> from coremusic.midi import MIDISequence
    >>> seq = MIDISequence(); seq.add_track("a").add_note_ticks(0, 60, 90, 10)
    >>> seq.add_track("b").add_note_ticks(5, 64, 90, 10)
    >>> out = TrackMerge().apply(seq); [t.name for t in out.tracks], out.tracks[0].ticks.tolist()
    (['a + b'], [0, 0, 5, 10, 15])
    """

    def __init__(self, tracks: Iterable[int] | None = None, name: str | None = None) -> None:
        self.tracks = None if tracks is None else sorted({int(i) for i in tracks})
        self.name = name

    def _apply_track(self, track: TrackData, state: Any) -> TrackData:
        return track

    def _apply_sequence(self, seq: MIDISequence) -> MIDISequence:
        if seq.format == MIDIFileFormat.MULTI_SONG:
            raise ValueError("tracks of a format-2 (multi-song) file have separate tempo maps; "
                             "they cannot be merged")
        chosen = list(range(len(seq.tracks))) if self.tracks is None else self.tracks
        for i in chosen:
            if not 0 <= i < len(seq.tracks):
                raise IndexError(f"track index {i} out of range for {len(seq.tracks)} tracks")
        datas = [_data(tr, i) for i, tr in enumerate(seq.tracks)]
        if not chosen:
            return rebuild_sequence(seq, _data(seq.conductor, -1), datas, seq.tracks)
        name = self.name if self.name is not None else " + ".join(
            seq.tracks[i].name for i in chosen if seq.tracks[i].name)
        parts = []
        for i in chosen:
            ev = datas[i].events
            parts.append(ev.take(~((ev.status == 0xFF) & (ev.data1 == MetaType.TRACK_NAME))))
        head = TrackEvents.from_rows([(0, 0xFF, MetaType.TRACK_NAME, 0, name.encode("utf-8"))] if name else [])
        merged = TrackEvents.concat([head, *parts])
        first = chosen[0]
        merged_data = datas[first].with_events(merged, end_tick=max(datas[i].end_tick for i in chosen))
        keep = [i for i in range(len(seq.tracks)) if i == first or i not in chosen]
        out_datas = [merged_data if i == first else datas[i] for i in keep]
        return rebuild_sequence(seq, _data(seq.conductor, -1), out_datas, [seq.tracks[i] for i in keep])
