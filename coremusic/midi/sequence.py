"""MIDI sequences and tracks: the editable, file-backed data model.

Events are stored per track in exact ticks (compact numpy columns, see
:class:`~coremusic.midi.smf.events.TrackEvents`); times in seconds are
computed through the sequence's tempo map, so files with tempo changes keep
their timing.  Sysex and every meta event survive load/save unchanged.

Example
-------
>>> seq = MIDISequence(tempo=120.0)
>>> piano = seq.add_track("Piano")
>>> piano.add_note(0.0, 60, 100, 0.5)
>>> piano.add_note(0.5, 64, 100, 0.5)
>>> seq.duration
1.0
>>> again = MIDISequence.from_bytes(seq.to_bytes())
>>> [t.name for t in again.tracks], again.tempo
(['Piano'], 120.0)
"""

from __future__ import annotations

import io
import os
from collections import deque
from collections.abc import Sequence
from enum import IntEnum
from typing import Any, BinaryIO

import numpy as np
import numpy.typing as npt

from coremusic.midi.messages import MetaType
from coremusic.midi.smf.events import EventRow, TrackEvents
from coremusic.midi.smf.merge import merge_tracks
from coremusic.midi.smf.reader import MIDIFileData, MIDIFileWarning, read_smf
from coremusic.midi.smf.writer import write_smf
from coremusic.midi.tempo import TempoMap, bpm_to_usec, usec_to_bpm
from coremusic.midi.track import MIDITrack

__all__ = ["NOTE_DTYPE", "MIDIFileFormat", "MIDISequence", "MIDITrack"]


#: dtype of :meth:`MIDISequence.notes`
NOTE_DTYPE = np.dtype(
    [
        ("start", np.float64),
        ("end", np.float64),
        ("pitch", np.uint8),
        ("velocity", np.uint8),
        ("channel", np.uint8),
        ("track", np.int32),
        ("start_tick", np.int64),
        ("end_tick", np.int64),
    ]
)


class MIDIFileFormat(IntEnum):
    """Standard MIDI File format types.

    Example
    -------
    >>> MIDIFileFormat.MULTI_TRACK.value
    1
    """

    SINGLE_TRACK = 0
    MULTI_TRACK = 1
    MULTI_SONG = 2


class MIDISequence:
    """A MIDI composition: tracks plus a conductor track with the tempo map.

    Parameters
    ----------
    tempo : float
        Initial tempo in beats per minute.
    time_signature : (int, int)
        Initial time signature (numerator, denominator power of two).
    ppq : int
        Ticks per quarter note.

    Attributes
    ----------
    tracks : list of MIDITrack
        The music tracks (the conductor is separate).
    conductor : MIDITrack
        Tempo, time/key signature, markers and other global meta events;
        written as the first track of format 1 and 2 files.
    format : MIDIFileFormat
        The format of the loaded file (default MULTI_TRACK).
    warnings : list of MIDIFileWarning
        What a lenient :meth:`load` skipped or repaired.

    Example
    -------
    >>> seq = MIDISequence(tempo=90.0, time_signature=(3, 4))
    >>> drums = seq.add_track("Drums")
    >>> drums.add_note(0.0, 36, 120, 0.1, channel=9)
    >>> seq.add_tempo_change(2.0, 150.0)
    >>> seq.tempo_map.tempo_at(seq.ppq * 3), seq.time_signature
    (150.0, (3, 4))
    """

    def __init__(self, tempo: float = 120.0, time_signature: tuple[int, int] = (4, 4),
                 ppq: int = 480) -> None:
        if not isinstance(ppq, int) or not 0 < ppq <= 0x7FFF:
            raise ValueError(f"ppq must be 1..32767, got {ppq!r}")
        num, den = time_signature
        if num <= 0 or den <= 0 or den & (den - 1) or num > 255:
            raise ValueError(f"invalid time signature {time_signature}: numerator 1..255, "
                             "denominator a power of two")
        self.ppq = ppq
        self.smpte: tuple[int, int] | None = None
        self.format = MIDIFileFormat.MULTI_TRACK
        self.tracks: list[MIDITrack] = []
        self.warnings: list[MIDIFileWarning] = []
        self.conductor = MIDITrack(_sequence=self)
        self._write_conductor = True
        usec = bpm_to_usec(tempo)
        self.conductor._pending.append((0, 0xFF, MetaType.TIME_SIGNATURE, 0,
                                        bytes((num, den.bit_length() - 1, 24, 8))))
        self.conductor._pending.append((0, 0xFF, MetaType.SET_TEMPO, 0, usec.to_bytes(3, "big")))

    # -- tracks and tempo ------------------------------------------------------
    def add_track(self, name: str = "") -> MIDITrack:
        """Append a new track and return it. Example: ``seq.add_track("Bass")``."""
        tr = MIDITrack(name, _sequence=self)
        self.tracks.append(tr)
        return tr

    def _all_tracks(self) -> list[MIDITrack]:
        return [self.conductor, *self.tracks]

    def _tempo_changes(self, tracks: Sequence[MIDITrack]) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for tr in tracks:
            ev = tr.event_table
            for i in np.flatnonzero((ev.status == 0xFF) & (ev.data1 == MetaType.SET_TEMPO)).tolist():
                p = ev.payload(i) or b""
                if len(p) == 3 and int.from_bytes(p, "big") > 0:
                    out.append((int(ev.ticks[i]), int.from_bytes(p, "big")))
        out.sort(key=lambda x: x[0])
        return out

    def _cached_map(self, tracks: Sequence[MIDITrack]) -> TempoMap:
        key = (self.ppq, self.smpte, tuple((t._uid, t._tempo_version) for t in tracks))
        cache: dict[tuple[Any, ...], TempoMap] = self.__dict__.setdefault("_tm_cache", {})
        tm = cache.get(key)
        if tm is None:
            if len(cache) > 64:
                cache.clear()
            tm = TempoMap(self.ppq, self._tempo_changes(tracks), smpte=self.smpte)
            cache[key] = tm
        return tm

    @property
    def tempo_map(self) -> TempoMap:
        """The tempo map from every track's tempo events (formats 0 and 1)."""
        return self._cached_map(self._all_tracks())

    def _tempo_map_for(self, track: MIDITrack) -> TempoMap:
        if self.format == MIDIFileFormat.MULTI_SONG and track is not self.conductor:
            return self._cached_map([self.conductor, track])
        return self.tempo_map

    @property
    def tempo(self) -> float:
        """Initial tempo in BPM; setting it changes the tempo event at tick 0.

        Files store whole microseconds per quarter note, so the value read
        back is rounded to 4 decimals (90 BPM is stored as 666667 us and
        reads back as 90.0); :attr:`tempo_map` has the exact values.
        """
        return round(usec_to_bpm(self.tempo_map.changes[0][1]), 4)

    @tempo.setter
    def tempo(self, bpm: float) -> None:
        usec = bpm_to_usec(bpm).to_bytes(3, "big")
        for tr in self._all_tracks():
            ev = tr.event_table
            idx = np.flatnonzero((ev.status == 0xFF) & (ev.data1 == MetaType.SET_TEMPO) & (ev.ticks == 0))
            if len(idx):
                ev.blobs[int(ev.blob[idx[-1]])] = usec
                tr._tempo_version += 1
                return
        self.conductor._pending.append((0, 0xFF, MetaType.SET_TEMPO, 0, usec))
        self.conductor._tempo_version += 1

    def add_tempo_change(self, time: float, bpm: float) -> None:
        """Change the tempo from ``time`` seconds on (placed on the conductor track)."""
        tick = self.tempo_map.seconds_to_tick(time)
        self.conductor._pending.append((tick, 0xFF, MetaType.SET_TEMPO, 0, bpm_to_usec(bpm).to_bytes(3, "big")))
        self.conductor._tempo_version += 1

    @property
    def time_signature(self) -> tuple[int, int]:
        """The first time signature (4/4 when the file has none)."""
        for tr in self._all_tracks():
            ev = tr.event_table
            idx = np.flatnonzero((ev.status == 0xFF) & (ev.data1 == MetaType.TIME_SIGNATURE))
            if len(idx):
                p = ev.payload(int(idx[0])) or b""
                if len(p) == 4:
                    return (p[0], 1 << p[1])
        return (4, 4)

    @property
    def duration(self) -> float:
        """Length in seconds (the latest end of track)."""
        return max((tr.duration for tr in self._all_tracks()), default=0.0)

    # -- files -------------------------------------------------------------
    @classmethod
    def from_file_data(cls, data: MIDIFileData) -> MIDISequence:
        """Build a sequence from :func:`~coremusic.midi.smf.read_smf` output."""
        seq = cls.__new__(cls)
        seq.ppq = data.ppq if data.ppq is not None else 480
        seq.smpte = data.smpte
        seq.format = MIDIFileFormat(data.format)
        seq.warnings = list(data.warnings)
        tracks = list(data.tracks)
        seq._write_conductor = False
        if data.format in (1, 2) and tracks and bool(np.all(tracks[0].status == 0xFF)):
            seq.conductor = MIDITrack._from_events(tracks.pop(0), seq)
            seq._write_conductor = True
        else:
            seq.conductor = MIDITrack(_sequence=seq)
        seq.tracks = [MIDITrack._from_events(t, seq) for t in tracks]
        return seq

    @classmethod
    def load(cls, path: str | os.PathLike[str] | BinaryIO, *, strict: bool = True) -> MIDISequence:
        """Read a Standard MIDI File (see :func:`~coremusic.midi.smf.read_smf` for ``strict``).

        Example
        -------
        >>> import tempfile, os
        >>> seq = MIDISequence(); seq.add_track("x").add_note(0, 60, 90, 1.0)
        >>> p = os.path.join(tempfile.mkdtemp(), "a.mid"); seq.save(p)
        >>> MIDISequence.load(p).tracks[0].name
        'x'
        """
        return cls.from_file_data(read_smf(path, strict=strict))

    @classmethod
    def from_bytes(cls, data: bytes, *, strict: bool = True) -> MIDISequence:
        """Parse a Standard MIDI File held in memory."""
        return cls.from_file_data(read_smf(data, strict=strict))

    def to_file_data(self, format: MIDIFileFormat | int | None = None) -> MIDIFileData:
        """The chunk-level file contents for ``format`` (default: the sequence's format)."""
        fmt = MIDIFileFormat(self.format if format is None else format)
        if self.smpte is not None:
            fps, tpf = self.smpte
            division = ((256 - fps) << 8) | tpf
        else:
            division = self.ppq
        cond = self.conductor._file_events()
        if fmt == MIDIFileFormat.SINGLE_TRACK:
            parts = [self.conductor.event_table] + [t.event_table for t in self.tracks]
            merged = merge_tracks(parts)
            end = max((t.end_tick for t in self._all_tracks()), default=0)
            eot = TrackEvents.from_rows([(max(end, merged.end_tick), 0xFF, 0x2F, 0, b"")])
            return MIDIFileData(0, division, [TrackEvents.concat([merged, eot], sort=False)])
        tracks = [t._file_events() for t in self.tracks]
        first_meta_only = bool(self.tracks) and bool(np.all(self.tracks[0].event_table.status == 0xFF))
        if len(self.conductor) or self._write_conductor or first_meta_only:
            tracks.insert(0, cond)
        return MIDIFileData(int(fmt), division, tracks)

    def to_bytes(self, format: MIDIFileFormat | int | None = None) -> bytes:
        """Encode as a Standard MIDI File."""
        return write_smf(self.to_file_data(format))

    def save(self, path: str | os.PathLike[str] | BinaryIO,
             format: MIDIFileFormat | int | None = None) -> None:
        """Write a Standard MIDI File (format 0 merges all tracks into one).

        ``format`` defaults to the sequence's :attr:`format`: MULTI_TRACK for
        new sequences, the file's format for loaded ones.

        Example
        -------
        >>> import io
        >>> buf = io.BytesIO(); MIDISequence().save(buf); buf.getvalue()[:4]
        b'MThd'
        """
        data = self.to_bytes(format)
        if isinstance(path, str | os.PathLike):
            with open(path, "wb") as fh:
                fh.write(data)
        else:
            path.write(data)

    # -- mido ----------------------------------------------------------------
    def to_mido(self, format: MIDIFileFormat | int | None = None) -> Any:
        """Return a ``mido.MidiFile`` with the same events (needs mido)."""
        import mido

        return mido.MidiFile(file=io.BytesIO(self.to_bytes(format)))

    @classmethod
    def from_mido(cls, midi_file: Any) -> MIDISequence:
        """Build a sequence from a ``mido.MidiFile``."""
        buf = io.BytesIO()
        midi_file.save(file=buf)
        return cls.from_bytes(buf.getvalue())

    # -- analysis views ------------------------------------------------------
    def notes(self) -> npt.NDArray[Any]:
        """All notes as a structured array (:data:`NOTE_DTYPE`), sorted by start.

        Note-ons pair with the earliest unmatched note-off of the same
        channel and pitch; notes still sounding end at their track's end.
        ``track`` is the index in :attr:`tracks` (the conductor is not
        counted); ``start``/``end`` are seconds, ``start_tick``/``end_tick``
        exact ticks.

        Example
        -------
        >>> seq = MIDISequence(); t = seq.add_track(); t.add_note(0.5, 62, 70, 0.5)
        >>> n = seq.notes(); n["pitch"].tolist(), n["start"].tolist(), n["end"].tolist()
        ([62], [0.5], [1.0])
        """
        rows: list[tuple[int, int, int, int, int, int]] = []
        for ti, tr in enumerate(self.tracks):
            ev = tr.event_table
            hi = ev.status & 0xF0
            sel = np.flatnonzero((hi == 0x90) | (hi == 0x80))
            if not len(sel):
                continue
            open_: dict[int, deque[tuple[int, int]]] = {}
            ticks = ev.ticks[sel].tolist()
            st = ev.status[sel].tolist()
            p = ev.data1[sel].tolist()
            v = ev.data2[sel].tolist()
            for t, s, pitch, vel in zip(ticks, st, p, v, strict=True):
                key = ((s & 0x0F) << 7) | pitch
                if s >= 0x90 and vel > 0:
                    open_.setdefault(key, deque()).append((t, vel))
                else:
                    q = open_.get(key)
                    if q:
                        t0, v0 = q.popleft()
                        rows.append((t0, t, pitch, v0, s & 0x0F, ti))
            end = tr.end_tick
            for key, q in open_.items():
                for t0, v0 in q:
                    rows.append((t0, end, key & 0x7F, v0, key >> 7, ti))
        out = np.zeros(len(rows), dtype=NOTE_DTYPE)
        if not rows:
            return out
        arr = np.array(rows, dtype=np.int64)
        out["start_tick"] = arr[:, 0]
        out["end_tick"] = arr[:, 1]
        out["pitch"] = arr[:, 2]
        out["velocity"] = arr[:, 3]
        out["channel"] = arr[:, 4]
        out["track"] = arr[:, 5]
        if self.format == MIDIFileFormat.MULTI_SONG:
            for ti, tr in enumerate(self.tracks):
                m = out["track"] == ti
                out["start"][m] = tr.tempo_map.ticks_to_seconds(out["start_tick"][m])
                out["end"][m] = tr.tempo_map.ticks_to_seconds(out["end_tick"][m])
        else:
            tm = self.tempo_map
            out["start"] = tm.ticks_to_seconds(out["start_tick"])
            out["end"] = tm.ticks_to_seconds(out["end_tick"])
        return out[np.argsort(out["start_tick"], kind="stable")]

    def piano_roll(self, fs: float = 100.0, *, track: int | None = None) -> npt.NDArray[np.uint8]:
        """Piano roll, ``np.ndarray [shape=(128, frames)]`` of velocities, ``fs`` frames per second.

        Example
        -------
        >>> seq = MIDISequence(); seq.add_track().add_note(0.0, 60, 100, 0.05)
        >>> roll = seq.piano_roll(fs=100); roll.shape, int(roll[60, :5].max()), int(roll[60, 5])
        ((128, 6), 100, 0)
        """
        if not fs > 0:
            raise ValueError(f"fs must be > 0, got {fs}")
        notes = self.notes()
        if track is not None:
            notes = notes[notes["track"] == track]
        frames = int(np.ceil(self.duration * fs)) + 1
        roll = np.zeros((128, frames), dtype=np.uint8)
        starts = np.rint(notes["start"] * fs).astype(np.int64)
        ends = np.rint(notes["end"] * fs).astype(np.int64)
        for s, e, p, v in zip(starts.tolist(), ends.tolist(), notes["pitch"].tolist(),
                              notes["velocity"].tolist(), strict=True):
            seg = roll[p, s:max(e, s + 1)]
            np.maximum(seg, v, out=seg)
        return roll

    # -- editing -----------------------------------------------------------
    def merge(self, other: MIDISequence) -> MIDISequence:
        """A new sequence playing ``self`` and ``other`` together.

        ``other``'s events keep their times in seconds: they are moved onto
        this sequence's tempo map and resolution.  Its conductor meta events
        other than tempo are added to the conductor.

        Example
        -------
        >>> a = MIDISequence(); a.add_track("a").add_note(0, 60, 90, 1)
        >>> b = MIDISequence(tempo=60); b.add_track("b").add_note(1, 64, 90, 1)
        >>> m = a.merge(b); [t.name for t in m.tracks], m.notes()["start"].tolist()
        (['a', 'b'], [0.0, 1.0])
        """
        out = MIDISequence.from_file_data(read_smf(self.to_bytes(MIDIFileFormat.MULTI_TRACK)))
        tm_self = out.tempo_map
        for src, dst_list in ((other.conductor, None), *((t, out.tracks) for t in other.tracks)):
            ev = src.event_table
            if dst_list is None:
                keep = ~((ev.status == 0xFF) & (ev.data1 == MetaType.SET_TEMPO))
                ev = ev.take(keep)
            new_ticks = tm_self.seconds_to_ticks(src.tempo_map.ticks_to_seconds(ev.ticks))
            moved = TrackEvents(new_ticks, ev.status, ev.data1, ev.data2, ev.blob, list(ev.blobs))
            if dst_list is None:
                out.conductor._store = TrackEvents.concat([out.conductor.event_table, moved])
                out.conductor._tempo_version += 1
            else:
                tr = MIDITrack._from_events(moved, out)
                tr._end_tick = int(tm_self.seconds_to_ticks([src.duration])[0])
                dst_list.append(tr)
        return out

    def slice(self, start: float, end: float) -> MIDISequence:
        """A new sequence with the events in ``[start, end)`` seconds, shifted to 0.

        Notes starting in the range are kept (ending at ``end`` at the
        latest); tempo and time signature in effect at ``start`` are kept.

        Example
        -------
        >>> s = MIDISequence(); t = s.add_track("t")
        >>> t.add_note(0.0, 60, 90, 1.0); t.add_note(1.0, 62, 90, 2.0)
        >>> part = s.slice(0.5, 2.0); part.notes()[["pitch", "start", "end"]].tolist()
        [(62, 0.5, 1.5)]
        """
        if not 0 <= start < end:
            raise ValueError(f"need 0 <= start < end, got start={start}, end={end}")
        tm = self.tempo_map
        t0 = tm.seconds_to_tick(start)
        t1 = tm.seconds_to_tick(end)
        out = MIDISequence.__new__(MIDISequence)
        out.ppq = self.ppq
        out.smpte = self.smpte
        out.format = self.format
        out.warnings = []
        out._write_conductor = True
        out.tracks = []
        # conductor: state at t0 (last tempo/time/key signature before it), then events in range
        cev = self.conductor.event_table
        carry: list[EventRow] = []
        for mtype in (MetaType.TIME_SIGNATURE, MetaType.KEY_SIGNATURE):
            idx = np.flatnonzero((cev.status == 0xFF) & (cev.data1 == mtype) & (cev.ticks <= t0))
            if len(idx):
                carry.append((0, 0xFF, int(mtype), 0, cev.payload(int(idx[-1]))))
        carry.append((0, 0xFF, MetaType.SET_TEMPO, 0, bpm_to_usec(tm.tempo_at(t0)).to_bytes(3, "big")))
        out.conductor = MIDITrack._from_events(
            TrackEvents.concat([TrackEvents.from_rows(carry), _shift(cev, t0, t1, keep_state=True)]), out)
        notes = self.notes()
        for ti, tr in enumerate(self.tracks):
            ev = tr.event_table
            hi = ev.status & 0xF0
            not_note = (hi != 0x80) & (hi != 0x90)
            part = _shift(ev.take(not_note), t0, t1, keep_state=False)
            new = MIDITrack._from_events(part, out)
            sel = notes[(notes["track"] == ti) & (notes["start_tick"] >= t0) & (notes["start_tick"] < t1)]
            for n in sel.tolist():
                st, en = n[6] - t0, min(n[7], t1) - t0
                new._pending.append((st, 0x90 | n[4], n[2], n[3], None))
                new._pending.append((en, 0x80 | n[4], n[2], 0, None))
            new._end_tick = t1 - t0
            out.tracks.append(new)
        return out

    def __repr__(self) -> str:
        return (f"MIDISequence(tracks={len(self.tracks)}, tempo={self.tempo:g}, ppq={self.ppq}, "
                f"duration={self.duration:.2f}s)")


def _shift(ev: TrackEvents, t0: int, t1: int, *, keep_state: bool) -> TrackEvents:
    """Events with ``t0 <= tick < t1`` moved by ``-t0`` (track names at tick 0 are always kept)."""
    name = (ev.status == 0xFF) & (ev.data1 == MetaType.TRACK_NAME) & (ev.ticks == 0)
    tempo = (ev.status == 0xFF) & np.isin(ev.data1, (MetaType.SET_TEMPO, MetaType.TIME_SIGNATURE,
                                                    MetaType.KEY_SIGNATURE))
    inside = (ev.ticks >= t0) & (ev.ticks < t1)
    if keep_state:
        inside &= ~(tempo & (ev.ticks == t0))
    part = ev.take(inside | name)
    part.ticks = np.maximum(part.ticks - t0, 0)
    return part
