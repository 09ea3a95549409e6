"""Shared machinery of the MIDI transforms: the base class, pipelines, note
pairing, and rebuilding tracks and sequences without touching the input.

Every transform works on a track's event columns in exact ticks
(:class:`~coremusic.midi.smf.events.TrackEvents`).  Transforms that move
notes in time split a track into a note table (note-on/note-off pairs) and
the other events, change the note table with numpy, and put both back
together in a canonical order.

Example
-------
>>> from coremusic.midi import MIDISequence
>>> from coremusic.midi.transforms import Pipeline, Transpose
>>> seq = MIDISequence(); seq.add_track("t").add_note_ticks(0, 60, 100, 480)
>>> Pipeline([Transpose(2), Transpose(3)]).apply(seq).notes()["pitch"].tolist()
[65]
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypeVar, overload

import numpy as np
import numpy.typing as npt

from coremusic.midi.messages import MIDIMessage
from coremusic.midi.sequence import MIDISequence
from coremusic.midi.smf.events import TrackEvents
from coremusic.midi.tempo import TempoMap
from coremusic.midi.track import MIDITrack

if TYPE_CHECKING:
    from coremusic.music.meter import NoteValue
    from coremusic.music.rhythm import Duration

__all__ = [
    "NoteLength",
    "Pipeline",
    "RangeMode",
    "StreamingNotSupported",
    "Transform",
    "note_value_ticks",
]

#: how transforms treat pitches pushed outside 0..127
RangeMode = Literal["clamp", "drop", "raise"]
_RANGE_MODES = ("clamp", "drop", "raise")

#: a note value: a fraction of a whole note (``Fraction(1, 16)``, ``0.0625``,
#: ``"1/16"``, ``"1/8t"`` triplet, ``"1/8."`` dotted), a
#: :class:`~coremusic.music.meter.NoteValue` or a :class:`~coremusic.music.rhythm.Duration`
NoteLength: TypeAlias = "Fraction | float | int | str | NoteValue | Duration"

I64 = npt.NDArray[np.int64]
BoolArr = npt.NDArray[np.bool_]
Target = TypeVar("Target", MIDISequence, MIDITrack)


class StreamingNotSupported(TypeError):
    """Raised by :meth:`Transform.process` for transforms that need a whole track.

    Example
    -------
    >>> from coremusic.midi.transforms import Quantize
    >>> try:
    ...     Quantize().process(MIDIMessage.note_on(60))
    ... except StreamingNotSupported as exc:
    ...     print(exc)
    Quantize needs whole tracks and cannot process single messages
    """


def note_value_ticks(value: Any, ppq: int) -> Fraction:
    """Length of a note value in ticks (exact, possibly fractional).

    Parameters
    ----------
    value : Fraction, float, int, str, NoteValue or Duration
        A fraction of a whole note (``Fraction(1, 16)`` is a sixteenth; a
        quarter note is one beat of ``ppq`` ticks), a string ``"1/16"``,
        ``"1/8t"`` (triplet) or ``"1/8."`` (dotted), a ``NoteValue`` or a
        ``Duration``.
    ppq : int
        Ticks per quarter note.

    Returns
    -------
    Fraction
        Ticks (> 0).

    Example
    -------
    >>> note_value_ticks("1/16", 480), note_value_ticks("1/8t", 480), note_value_ticks("1/4.", 480)
    (Fraction(120, 1), Fraction(160, 1), Fraction(720, 1))
    """
    if ppq <= 0:
        raise ValueError("note values need a tick resolution in pulses per quarter (not SMPTE time)")
    whole = _whole_fraction(value)
    if whole <= 0:
        raise ValueError(f"a note value must be > 0, got {value!r}")
    return whole * 4 * ppq


def _whole_fraction(value: Any) -> Fraction:
    if isinstance(value, bool):
        raise TypeError(f"expected a note value, got {value!r}")
    if isinstance(value, Fraction | int):
        return Fraction(value)
    if isinstance(value, float):
        if not np.isfinite(value):
            raise ValueError(f"a note value must be finite, got {value!r}")
        return Fraction(value).limit_denominator(1 << 20)
    if isinstance(value, str):
        text = value.strip().lower()
        factor = Fraction(1)
        while text and text[-1] in "t.":
            factor *= Fraction(2, 3) if text[-1] == "t" else Fraction(3, 2)
            text = text[:-1]
        try:
            return Fraction(text) * factor
        except (ValueError, ZeroDivisionError):
            raise ValueError(f"cannot read note value {value!r}; use e.g. '1/16', '1/8t' or '1/4.'") from None
    frac = getattr(value, "fraction", None)  # NoteValue
    if isinstance(frac, Fraction):
        return frac
    quarters = getattr(value, "quarters", None)  # Duration
    if isinstance(quarters, Fraction):
        return quarters / 4
    raise TypeError(f"expected a note value (Fraction, str, NoteValue, Duration), got {value!r}")


def check_range_mode(mode: str) -> RangeMode:
    if mode not in _RANGE_MODES:
        raise ValueError(f"range mode must be one of {_RANGE_MODES}, got {mode!r}")
    return mode  # type: ignore[return-value]


def fit_pitches(pitches: I64, mode: RangeMode, what: str) -> tuple[I64, BoolArr]:
    """Pitches brought into 0..127 by ``mode``; returns (pitches, keep mask)."""
    bad = (pitches < 0) | (pitches > 127)
    if not bool(bad.any()):
        return pitches, np.ones(len(pitches), dtype=bool)
    if mode == "raise":
        p = int(pitches[np.flatnonzero(bad)[0]])
        raise ValueError(f"{what} gives pitch {p}, outside 0..127 (use mode='clamp' or 'drop')")
    if mode == "clamp":
        return np.clip(pitches, 0, 127), np.ones(len(pitches), dtype=bool)
    return pitches, ~bad


def copy_events(ev: TrackEvents) -> TrackEvents:
    """A deep copy of the columns (payload bytes are immutable and shared)."""
    return TrackEvents(ev.ticks.copy(), ev.status.copy(), ev.data1.copy(), ev.data2.copy(),
                       ev.blob.copy(), list(ev.blobs))


# -- tracks as seen by transforms -------------------------------------------------
@dataclass(frozen=True)
class TrackData:
    """What a transform sees of one track: events, end tick and tempo map."""

    events: TrackEvents
    end_tick: int
    tempo_map: TempoMap
    index: int  # position in the sequence's tracks (-1: conductor or a lone track)

    @property
    def ppq(self) -> int:
        """Ticks per quarter note (note values have no meaning in SMPTE time)."""
        if self.tempo_map._smpte is not None:
            raise ValueError("note values need a tick resolution in pulses per quarter; "
                             "this sequence uses SMPTE time (give times in seconds or ticks)")
        return self.tempo_map.ppq

    def with_events(self, events: TrackEvents, end_tick: int | None = None) -> TrackData:
        end = self.end_tick if end_tick is None else end_tick
        return replace(self, events=events, end_tick=max(end, events.end_tick))


# -- notes ------------------------------------------------------------------------
@dataclass
class Notes:
    """Paired notes of a track as columns (one row per note-on)."""

    start: I64
    end: I64  # for hanging notes: the track's end tick
    pitch: I64
    velocity: I64
    channel: I64
    off_status: I64  # 0x80 or 0x90 (note-on with velocity 0)
    off_velocity: I64
    has_off: BoolArr
    order: I64  # original position, keeps simultaneous events in their order

    def __len__(self) -> int:
        return len(self.start)

    def take(self, index: npt.ArrayLike) -> Notes:
        i = np.asarray(index)
        return Notes(self.start[i], self.end[i], self.pitch[i], self.velocity[i], self.channel[i],
                     self.off_status[i], self.off_velocity[i], self.has_off[i], self.order[i])

    @staticmethod
    def concat(parts: Sequence[Notes]) -> Notes:
        def cat(name: str) -> Any:
            return np.concatenate([getattr(p, name) for p in parts])
        return Notes(cat("start"), cat("end"), cat("pitch"), cat("velocity"), cat("channel"),
                     cat("off_status"), cat("off_velocity"), cat("has_off"), cat("order"))


def pair_fifo(keys: I64, is_on: BoolArr) -> tuple[I64, BoolArr]:
    """First-in-first-out pairing of note-ons and note-offs, vectorised.

    Parameters
    ----------
    keys : int array
        ``channel * 128 + pitch`` of each note event, in time order.
    is_on : bool array
        True for sounding note-ons, False for note-offs.

    Returns
    -------
    off_of : int array
        For each event that is a note-on, the position of its note-off
        (-1 if none); -1 for note-offs.
    orphan : bool array
        Note-offs with no open note-on (they are kept as plain events).

    Per key, the k-th note-off that finds a note open closes the k-th
    note-on.  An off finds a note open when the running count
    ``ons - offs`` clamped at zero (offs with nothing open are ignored) is
    positive just before it; the clamped count is ``S - min(0, running min
    of S)`` for the raw per-key cumulative sum ``S``.

    Example
    -------
    >>> off_of, orphan = pair_fifo(np.array([60, 60, 60, 60, 61]),
    ...                            np.array([False, True, True, False, True]))
    >>> off_of.tolist(), orphan.tolist()
    ([-1, 3, -1, -1, -1], [True, False, False, False, False])
    """
    n = len(keys)
    off_of = np.full(n, -1, dtype=np.int64)
    if n == 0:
        return off_of, np.zeros(0, dtype=bool)
    order = np.argsort(keys, kind="stable")
    k = keys[order]
    on = is_on[order]
    first = np.ones(n, dtype=bool)
    first[1:] = k[1:] != k[:-1]
    group = np.cumsum(first) - 1
    starts = np.flatnonzero(first)
    step = np.where(on, 1, -1).astype(np.int64)
    csum = np.cumsum(step)
    base = np.concatenate(([0], csum[starts[1:] - 1]))[group]
    raw = csum - base  # per-key cumulative sum S
    # per-key running minimum: shift each key's values below all earlier keys
    shift = group * (2 * n + 2)
    runmin = np.minimum.accumulate(raw - shift) + shift
    open_after = raw - np.minimum(runmin, 0)
    open_before = np.concatenate(([0], open_after[:-1]))
    open_before[first] = 0
    matched = ~on & (open_before > 0)
    orphan_sorted = ~on & ~matched
    # rank of each matched off within its key
    def rank(flag: BoolArr) -> I64:
        c = np.cumsum(flag)
        before = np.concatenate(([0], c[starts[1:] - 1]))[group]
        out: I64 = c - before - 1
        return out
    off_rank = rank(matched)
    ons_before_group = np.concatenate(([0], np.cumsum(on)[starts[1:] - 1]))
    on_positions = np.flatnonzero(on)  # sorted positions of ons, by key then time
    target = on_positions[ons_before_group[group[matched]] + off_rank[matched]]
    off_of[order[target]] = order[np.flatnonzero(matched)]
    orphan = np.zeros(n, dtype=bool)
    orphan[order[orphan_sorted]] = True
    return off_of, orphan


def split_notes(ev: TrackEvents, end_tick: int) -> tuple[Notes, TrackEvents]:
    """Pair note-ons with note-offs (first on with first off per channel and pitch).

    Returns the notes and the remaining events (everything else, including
    note-offs without a note-on).  Notes without a note-off are "hanging":
    their ``end`` is ``end_tick`` and no note-off is written back.
    """
    hi = ev.status & 0xF0
    is_note = (hi == 0x90) | (hi == 0x80)
    sel = np.flatnonzero(is_note)
    ticks = ev.ticks[sel]
    status = ev.status[sel].astype(np.int64)
    pitch = ev.data1[sel].astype(np.int64)
    vel = ev.data2[sel].astype(np.int64)
    is_on = ((status & 0xF0) == 0x90) & (vel > 0)
    off_of, orphan = pair_fifo(((status & 0x0F) << 7) | pitch, is_on)
    on = np.flatnonzero(is_on)
    off = off_of[on]
    has_off = off >= 0
    off_safe = np.where(has_off, off, 0)
    hang_end = max(end_tick, ev.end_tick)
    notes = Notes(
        start=ticks[on],
        end=np.where(has_off, ticks[off_safe] if len(ticks) else 0, hang_end).astype(np.int64),
        pitch=pitch[on],
        velocity=vel[on],
        channel=status[on] & 0x0F,
        off_status=np.where(has_off, status[off_safe] & 0xF0 if len(ticks) else 0, 0x80).astype(np.int64),
        off_velocity=np.where(has_off, vel[off_safe] if len(ticks) else 0, 0).astype(np.int64),
        has_off=has_off,
        order=sel[on].astype(np.int64),
    )
    keep = ~is_note
    keep[sel[orphan]] = True
    return notes, ev.take(keep)


def join_notes(notes: Notes, others: TrackEvents, *, others_order: I64 | None = None) -> TrackEvents:
    """Put notes and other events back together in a canonical order.

    At one tick: note-offs of notes with a length come first (a repeated
    pitch is released before it is struck again), then other events (so
    program and control changes precede the notes they affect), then
    note-ons, then note-offs of zero-length notes.  Ties keep the original
    order (``notes.order`` and ``others_order``, default the row order).
    """
    n = len(notes)
    if n and (int(notes.pitch.min()) < 0 or int(notes.pitch.max()) > 127):
        raise ValueError("note pitches must be 0..127")
    start = notes.start
    if n and int(min(start.min(), notes.end.min())) < 0:
        raise ValueError("transformed notes would start before tick 0")
    offs = np.flatnonzero(notes.has_off)
    zero = notes.end[offs] == start[offs]
    if others_order is None:
        others_order = np.arange(len(others), dtype=np.int64)
    ticks = np.concatenate([others.ticks, start, notes.end[offs]])
    status = np.concatenate([others.status.astype(np.int64), 0x90 | notes.channel,
                             notes.off_status[offs] | notes.channel[offs]])
    d1 = np.concatenate([others.data1.astype(np.int64), notes.pitch, notes.pitch[offs]])
    d2 = np.concatenate([others.data2.astype(np.int64), notes.velocity, notes.off_velocity[offs]])
    blob = np.concatenate([others.blob, np.full(n + len(offs), -1, dtype=np.int32)])
    klass = np.concatenate([np.ones(len(others), dtype=np.int64), np.full(n, 2, dtype=np.int64),
                            np.where(zero, 3, 0)])
    order = np.concatenate([others_order, notes.order, notes.order[offs]])
    idx = np.lexsort((order, klass, ticks))
    return TrackEvents(ticks[idx], status[idx], d1[idx], d2[idx], blob[idx], list(others.blobs))


# -- the base class -----------------------------------------------------------------
class Transform(ABC):
    """Base class of all MIDI transforms.

    A transform is applied to a whole :class:`~coremusic.midi.MIDISequence`
    or :class:`~coremusic.midi.MIDITrack` with :meth:`apply` (a new object
    is returned; the input is never changed), or to single live messages
    with :meth:`process` when :attr:`streaming` is true.  Calling a
    transform is the same as :meth:`apply`.

    Example
    -------
    >>> from coremusic.midi import MIDIMessage
    >>> from coremusic.midi.transforms import Transpose
    >>> Transpose(12).process(MIDIMessage.note_on(60))
    [MIDIMessage('note_on', channel=0, note=72, velocity=64)]
    """

    #: True if :meth:`process` works on single messages
    streaming: bool = False
    #: True if the transform also applies to the conductor track (time-map changes)
    conductor: bool = False

    @overload
    def apply(self, target: MIDISequence) -> MIDISequence: ...
    @overload
    def apply(self, target: MIDITrack) -> MIDITrack: ...

    def apply(self, target: MIDISequence | MIDITrack) -> MIDISequence | MIDITrack:
        """Return a transformed copy of a sequence or track.

        Example
        -------
        >>> from coremusic.midi import MIDITrack
        >>> from coremusic.midi.transforms import Transpose
        >>> t = MIDITrack(); t.add_note_ticks(0, 60, 90, 10)
        >>> Transpose(-1).apply(t).event_table.data1.tolist(), t.event_table.data1.tolist()
        ([59, 59], [60, 60])
        """
        if isinstance(target, MIDISequence):
            return self._apply_sequence(target)
        if isinstance(target, MIDITrack):
            return self._apply_lone_track(target)
        raise TypeError(f"transforms apply to a MIDISequence or MIDITrack, got {type(target).__name__}")

    def __call__(self, target: Target) -> Target:
        return self.apply(target)

    def process(self, message: MIDIMessage) -> list[MIDIMessage]:
        """Transform one live message; returns zero or more messages.

        Raises
        ------
        StreamingNotSupported
            If the transform needs a whole track (time and note-length
            changes, arpeggios, merging).
        """
        raise StreamingNotSupported(
            f"{type(self).__name__} needs whole tracks and cannot process single messages")

    # -- hooks for subclasses ------------------------------------------------------
    def _begin(self, tracks: Sequence[TrackData]) -> Any:
        """Per-application state (e.g. a random generator), given every track to transform."""
        return None

    @abstractmethod
    def _apply_track(self, track: TrackData, state: Any) -> TrackData:
        """Transform one track's events (the events are a private copy)."""

    def _apply_conductor(self, track: TrackData, state: Any) -> TrackData:
        return self._apply_track(track, state) if self.conductor else track

    def _apply_lone_track(self, track: MIDITrack) -> MIDITrack:
        data = _data(track, -1)
        out = self._apply_track(data, self._begin([data]))
        return _make_track(out, track, track._seq)

    def _apply_sequence(self, seq: MIDISequence) -> MIDISequence:
        datas = [_data(tr, i) for i, tr in enumerate(seq.tracks)]
        state = self._begin(datas)
        tracks = [self._apply_track(d, state) for d in datas]
        conductor = self._apply_conductor(_data(seq.conductor, -1), state)
        return rebuild_sequence(seq, conductor, tracks, seq.tracks)

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self._params().items())
        return f"{type(self).__name__}({args})"

    def _params(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}


def _data(tr: MIDITrack, index: int) -> TrackData:
    return TrackData(copy_events(tr.event_table), tr.end_tick, tr.tempo_map, index)


def _make_track(data: TrackData, like: MIDITrack, seq: MIDISequence | None) -> MIDITrack:
    tr = MIDITrack._from_events(data.events, seq)
    tr._end_tick = data.end_tick
    tr.channel = like.channel
    return tr


def rebuild_sequence(seq: MIDISequence, conductor: TrackData, tracks: Sequence[TrackData],
                     like: Sequence[MIDITrack]) -> MIDISequence:
    """A new sequence with ``seq``'s settings and the given track contents."""
    out = MIDISequence.__new__(MIDISequence)
    out.ppq = seq.ppq
    out.smpte = seq.smpte
    out.format = seq.format
    out.warnings = list(seq.warnings)
    out._write_conductor = seq._write_conductor
    out.conductor = _make_track(conductor, seq.conductor, out)
    out.tracks = [_make_track(d, tr, out) for d, tr in zip(tracks, like, strict=True)]
    return out


class Pipeline(Transform):
    """Transforms applied one after another.

    Parameters
    ----------
    transforms : iterable of Transform
        Applied in order; pipelines nest.

    Example
    -------
    >>> from coremusic.midi import MIDISequence, MIDIMessage
    >>> from coremusic.midi.transforms import Pipeline, Transpose, Quantize, Humanize
    >>> seq = MIDISequence(); seq.add_track().add_note_ticks(130, 60, 100, 200)
    >>> p = Pipeline([Transpose(5), Quantize("1/16"), Humanize(velocity=10, seed=1)])
    >>> out = p.apply(seq); out.notes()[["pitch", "start_tick", "end_tick"]].tolist()
    [(65, 120, 360)]
    >>> Pipeline([Transpose(5)]).process(MIDIMessage.note_on(60))
    [MIDIMessage('note_on', channel=0, note=65, velocity=64)]
    """

    def __init__(self, transforms: Iterable[Transform]) -> None:
        self.transforms: list[Transform] = list(transforms)
        for t in self.transforms:
            if not isinstance(t, Transform):
                raise TypeError(f"Pipeline items must be Transform objects, got {t!r}")

    @property
    def streaming(self) -> bool:  # type: ignore[override]
        """True if every transform in the pipeline can process single messages."""
        return all(t.streaming for t in self.transforms)

    def _apply_sequence(self, seq: MIDISequence) -> MIDISequence:
        for t in self.transforms:
            seq = t.apply(seq)
        return seq

    def _apply_lone_track(self, track: MIDITrack) -> MIDITrack:
        for t in self.transforms:
            track = t.apply(track)
        return track

    def _apply_track(self, track: TrackData, state: Any) -> TrackData:
        for t in self.transforms:
            track = t._apply_track(track, t._begin([track]))
        return track

    def process(self, message: MIDIMessage) -> list[MIDIMessage]:
        """Run a message through every transform (each output feeds the next)."""
        msgs = [message]
        for t in self.transforms:
            msgs = [out for m in msgs for out in t.process(m)]
        return msgs

    def __len__(self) -> int:
        return len(self.transforms)

    def __repr__(self) -> str:
        return f"Pipeline({self.transforms!r})"


# -- helpers shared by the streaming forms -----------------------------------------
def note_field(message: MIDIMessage) -> bool:
    """True for messages with a ``note`` field (note on/off, poly aftertouch)."""
    return message.type in ("note_on", "note_off", "poly_aftertouch")


def is_sounding_on(message: MIDIMessage) -> bool:
    return message.type == "note_on" and message.velocity > 0
