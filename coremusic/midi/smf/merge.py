"""Merging several tracks into one stream without re-pairing their notes.

A single-track (format 0) file holds every track in one event stream, and a
reader pairs note-ons with note-offs per channel and key, first in, first
out.  Merging tracks by tick alone can make one track's note-off close
another track's note: a note ending at tick T in one track and a note of the
same key starting at T in another; or a zero-length note (on and off on the
same tick) beside a note of the same key starting at that tick.

:func:`merge_tracks` orders the events of one tick in three classes:

0. note-offs that close notes begun at an earlier tick (a key is released
   before it is struck again);
1. every other event: channel, sysex and meta events, and the note-on and
   note-off of zero-length notes (the on always before its off);
2. note-ons of notes that sound past this tick.

Within a class, events keep the order of the tracks, then their order in
the track.  The classes come from each track's own first-in-first-out
pairing, and moving an event to its class never changes that pairing, so
each track's notes are exactly the notes the merged stream pairs back,
unless two tracks sound the same key at once (overlapping notes of one key
cannot be told apart in one stream by any rule).

Example
-------
>>> a = TrackEvents.from_rows([(0, 0x90, 60, 90, None), (10, 0x80, 60, 0, None)])
>>> b = TrackEvents.from_rows([(10, 0x90, 60, 70, None), (10, 0x80, 60, 0, None)])
>>> [(t, s, v) for t, s, _, v, _ in merge_tracks([b, a]).rows()]
[(0, 144, 90), (10, 128, 0), (10, 144, 70), (10, 128, 0)]
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from coremusic.midi.smf.events import TrackEvents

__all__ = ["merge_tracks", "note_classes"]


def note_classes(events: TrackEvents) -> npt.NDArray[np.int8]:
    """The class (0, 1 or 2, see the module notes) of every event of one track.

    Parameters
    ----------
    events : TrackEvents
        One track, sorted by tick.

    Returns
    -------
    np.ndarray [shape=(len(events),), dtype=int8]
        0 for note-offs closing a note from an earlier tick, 2 for note-ons
        of notes that end after their tick (or never), 1 for the rest.

    Example
    -------
    >>> ev = TrackEvents.from_rows([(0, 0x90, 60, 90, None), (5, 0x90, 62, 90, None),
    ...                             (5, 0x80, 62, 0, None), (5, 0x80, 60, 0, None)])
    >>> note_classes(ev).tolist()
    [2, 1, 1, 0]
    """
    out = np.ones(len(events), dtype=np.int8)
    hi = events.status & 0xF0
    sel = np.flatnonzero((hi == 0x90) | (hi == 0x80))
    if not len(sel):
        return out
    open_: dict[int, deque[tuple[int, int]]] = {}
    ticks = events.ticks[sel].tolist()
    status = events.status[sel].tolist()
    keys = events.data1[sel].tolist()
    vel = events.data2[sel].tolist()
    for i, t, s, k, v in zip(sel.tolist(), ticks, status, keys, vel, strict=True):
        key = ((s & 0x0F) << 7) | k
        if s >= 0x90 and v > 0:
            open_.setdefault(key, deque()).append((i, t))
            out[i] = 2  # until its off turns up on the same tick
            continue
        q = open_.get(key)
        if not q:
            continue  # an off without a note: an ordinary event
        on_index, on_tick = q.popleft()
        if on_tick < t:
            out[i] = 0
        else:
            out[on_index] = 1  # a zero-length note: on and off stay in place
    return out


def merge_tracks(parts: Sequence[TrackEvents]) -> TrackEvents:
    """Merge tracks into one stream, keeping every track's note pairing.

    With at most one non-empty part the events are returned in their own
    order (a single-track file read and written again stays byte-exact).

    Parameters
    ----------
    parts : sequence of TrackEvents
        Tracks sorted by tick, in the order their events should follow each
        other within a class of one tick.

    Returns
    -------
    TrackEvents
        The merged events (see the module notes for the order).

    Example
    -------
    >>> a = TrackEvents.from_rows([(0, 0x90, 60, 90, None), (0, 0x80, 60, 0, None)])
    >>> b = TrackEvents.from_rows([(0, 0x90, 60, 70, None), (9, 0x80, 60, 0, None)])
    >>> [(t, s, v) for t, s, _, v, _ in merge_tracks([b, a]).rows()]
    [(0, 144, 90), (0, 128, 0), (0, 144, 70), (9, 128, 0)]
    """
    if sum(1 for p in parts if len(p)) <= 1:
        return TrackEvents.concat(list(parts))
    merged = TrackEvents.concat(list(parts), sort=False)
    klass = np.concatenate([note_classes(p) for p in parts])
    order = np.arange(len(merged), dtype=np.int64)  # track order, then row order
    idx = np.lexsort((order, klass, merged.ticks))
    return TrackEvents(merged.ticks[idx], merged.status[idx], merged.data1[idx], merged.data2[idx],
                       merged.blob[idx], merged.blobs)
