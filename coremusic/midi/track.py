"""MIDITrack: one track of a :class:`~coremusic.midi.sequence.MIDISequence`.

Events are held in exact ticks as compact numpy columns; times in seconds go
through the owning sequence's tempo map.

Example
-------
>>> from coremusic.midi.track import MIDITrack
>>> tr = MIDITrack("Lead")
>>> tr.add_note(0.0, 60, 100, 0.5)
>>> tr.ticks.tolist()
[0, 0, 480]
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from coremusic.midi.messages import MetaType, MIDIEvent, MIDIMessage
from coremusic.midi.smf.events import EventRow, TrackEvents
from coremusic.midi.tempo import TempoMap

if TYPE_CHECKING:
    from coremusic.midi.sequence import MIDISequence

__all__ = ["MIDITrack"]

# unique ids for tracks (tempo-map cache keys; ids of dead objects can be reused)
_TRACK_SERIAL = itertools.count()



def _check7(name: str, value: int) -> int:
    if not isinstance(value, int | np.integer) or isinstance(value, bool) or not 0 <= value <= 127:
        raise ValueError(f"{name} must be an int 0..127, got {value!r}")
    return int(value)


class MIDITrack:
    """One track: a time-ordered list of channel, sysex and meta events.

    Create tracks with :meth:`MIDISequence.add_track`; a track made on its
    own uses a 120 BPM, 480 PPQ tempo map for its times.

    Parameters
    ----------
    name : str
        Track name (stored as a track-name meta event at tick 0).
    channel : int
        Default channel of the ``add_*`` methods.

    Attributes
    ----------
    channel : int
        Default channel 0..15 for ``add_*`` calls with ``channel=None``.

    Example
    -------
    >>> tr = MIDITrack("Lead")
    >>> tr.add_note(0.0, 60, 100, 0.5)
    >>> tr.add_control_change(0.0, 7, 90)
    >>> len(tr), tr.ticks.tolist()
    (4, [0, 0, 0, 480])
    """

    def __init__(self, name: str = "", *, channel: int = 0,
                 _sequence: MIDISequence | None = None) -> None:
        if not 0 <= channel <= 15:
            raise ValueError(f"channel must be 0..15, got {channel}")
        self.channel = channel
        self._seq = _sequence
        self._store = TrackEvents.empty()
        self._pending: list[EventRow] = []
        self._end_tick = 0
        self._standalone_map: TempoMap | None = None
        self._uid = next(_TRACK_SERIAL)
        self._tempo_version = 0
        if name:
            self.name = name

    # -- internal storage --------------------------------------------------
    @classmethod
    def _from_events(cls, events: TrackEvents, seq: MIDISequence | None) -> MIDITrack:
        tr = cls(_sequence=seq)
        if len(events) and events.status[-1] == 0xFF and events.data1[-1] == 0x2F:
            tr._end_tick = int(events.ticks[-1])
            events = events.take(np.arange(len(events) - 1))
        tr._store = events
        return tr

    @property
    def event_table(self) -> TrackEvents:
        """The events as numpy columns (without the end-of-track event)."""
        if self._pending:
            self._store = TrackEvents.concat([self._store, TrackEvents.from_rows(self._pending)])
            self._pending.clear()
        return self._store

    def _file_events(self) -> TrackEvents:
        ev = self.event_table
        eot = TrackEvents.from_rows([(max(self._end_tick, ev.end_tick), 0xFF, 0x2F, 0, b"")])
        return TrackEvents.concat([ev, eot], sort=False)

    @property
    def tempo_map(self) -> TempoMap:
        """The tempo map used for this track's times in seconds."""
        if self._seq is not None:
            return self._seq._tempo_map_for(self)
        if self._standalone_map is None:
            self._standalone_map = TempoMap(480)
        return self._standalone_map

    def _tick(self, time: float) -> int:
        if not np.isfinite(time) or time < 0:
            raise ValueError(f"time must be a finite number of seconds >= 0, got {time!r}")
        return self.tempo_map.seconds_to_tick(time)

    def _channel(self, channel: int | None) -> int:
        ch = self.channel if channel is None else channel
        if not isinstance(ch, int) or not 0 <= ch <= 15:
            raise ValueError(f"channel must be 0..15, got {ch!r}")
        return ch

    # -- adding events -------------------------------------------------------
    def add_note(self, time: float, note: int, velocity: int, duration: float,
                 channel: int | None = None) -> None:
        """Add a note (note on at ``time``, note off ``duration`` seconds later).

        Example
        -------
        >>> t = MIDITrack(); t.add_note(1.0, 60, 80, 0.25); t.ticks.tolist()
        [960, 1200]
        """
        _check7("note", note)
        _check7("velocity", velocity)
        if not duration >= 0:
            raise ValueError(f"duration must be >= 0 seconds, got {duration}")
        ch = self._channel(channel)
        start = self._tick(time)
        end = self._tick(time + duration)
        self._pending.append((start, 0x90 | ch, note, velocity, None))
        self._pending.append((end, 0x80 | ch, note, 0, None))

    def add_note_ticks(self, tick: int, note: int, velocity: int, duration_ticks: int,
                       channel: int | None = None) -> None:
        """Add a note with start and duration in ticks.

        Example
        -------
        >>> t = MIDITrack(); t.add_note_ticks(10, 60, 80, 5); t.ticks.tolist()
        [10, 15]
        """
        _check7("note", note)
        _check7("velocity", velocity)
        if tick < 0 or duration_ticks < 0:
            raise ValueError("tick and duration_ticks must be >= 0")
        ch = self._channel(channel)
        self._pending.append((int(tick), 0x90 | ch, note, velocity, None))
        self._pending.append((int(tick + duration_ticks), 0x80 | ch, note, 0, None))

    def add_control_change(self, time: float, controller: int, value: int,
                           channel: int | None = None) -> None:
        """Add a control change. Example: ``track.add_control_change(0.0, 64, 127)``."""
        self._pending.append((self._tick(time), 0xB0 | self._channel(channel),
                              _check7("controller", controller), _check7("value", value), None))

    def add_program_change(self, time: float, program: int, channel: int | None = None) -> None:
        """Add a program change. Example: ``track.add_program_change(0.0, 40)``."""
        self._pending.append((self._tick(time), 0xC0 | self._channel(channel),
                              _check7("program", program), 0, None))

    def add_pitch_bend(self, time: float, value: int, channel: int | None = None) -> None:
        """Add a pitch bend; ``value`` is 0..16383 with 8192 the centre.

        Example
        -------
        >>> t = MIDITrack(); t.add_pitch_bend(0.0, 8192); t.events[0].to_bytes().hex()
        'e00040'
        """
        if not isinstance(value, int) or not 0 <= value <= 16383:
            raise ValueError(f"pitch bend value must be 0..16383, got {value!r}")
        self._pending.append((self._tick(time), 0xE0 | self._channel(channel),
                              value & 0x7F, value >> 7, None))

    def add_aftertouch(self, time: float, pressure: int, channel: int | None = None) -> None:
        """Add channel pressure (aftertouch). Example: ``track.add_aftertouch(0.5, 70)``."""
        self._pending.append((self._tick(time), 0xD0 | self._channel(channel),
                              _check7("pressure", pressure), 0, None))

    def add_poly_aftertouch(self, time: float, note: int, pressure: int,
                            channel: int | None = None) -> None:
        """Add polyphonic key pressure. Example: ``track.add_poly_aftertouch(0.5, 60, 70)``."""
        self._pending.append((self._tick(time), 0xA0 | self._channel(channel),
                              _check7("note", note), _check7("pressure", pressure), None))

    def add_sysex(self, time: float, data: bytes | bytearray | Sequence[int]) -> None:
        """Add a system exclusive message (``data`` without F0/F7, any length).

        Example
        -------
        >>> t = MIDITrack(); t.add_sysex(0.0, b"\\x7e\\x7f\\x09\\x01"); t.events[0].message.type
        'sysex'
        """
        msg = MIDIMessage.sysex(bytes(data))
        self._pending.append((self._tick(time), 0xF0, 0, 0, msg.bytes()[1:]))

    def add_meta(self, time: float, meta_type: int, data: bytes = b"") -> None:
        """Add a meta event of any type (0..127) with a raw payload.

        Example
        -------
        >>> t = MIDITrack(); t.add_meta(0.0, MetaType.MARKER, b"Verse"); t.events[0].data
        b'Verse'
        """
        if not isinstance(meta_type, int) or not 0 <= meta_type <= 0x7F:
            raise ValueError(f"meta type must be 0..127, got {meta_type!r}")
        if meta_type == MetaType.END_OF_TRACK:
            raise ValueError("end_of_track is written automatically; set end_tick instead")
        tick = self._tick(time)
        self._pending.append((tick, 0xFF, meta_type, 0, bytes(data)))
        if meta_type == MetaType.SET_TEMPO:
            self._tempo_version += 1

    def add_text(self, time: float, text: str, meta_type: int = MetaType.TEXT) -> None:
        """Add a text-like meta event (text, lyric, marker, cue point ...), UTF-8 encoded.

        Example
        -------
        >>> t = MIDITrack(); t.add_text(0.0, "la", MetaType.LYRIC); t.events[0].data1
        5
        """
        self.add_meta(time, meta_type, text.encode("utf-8"))

    def add_message(self, message: MIDIMessage, time: float | None = None, *,
                    tick: int | None = None) -> None:
        """Add a channel or sysex message at ``time`` seconds or at ``tick``.

        Example
        -------
        >>> t = MIDITrack(); t.add_message(MIDIMessage.note_on(60), tick=5); t.ticks.tolist()
        [5]
        """
        if time is not None and tick is None:
            at = self._tick(time)
        elif tick is not None and time is None:
            at = int(tick)
        else:
            raise ValueError("give exactly one of time (seconds) or tick")
        if at < 0:
            raise ValueError(f"tick must be >= 0, got {at}")
        raw = message.bytes()
        s = raw[0]
        if s == 0xF0:
            self._pending.append((at, 0xF0, 0, 0, raw[1:]))
        elif s < 0xF0:
            self._pending.append((at, s, raw[1], raw[2] if len(raw) > 2 else 0, None))
        else:
            raise ValueError(f"{message.type!r} messages cannot be stored in a MIDI file track")

    def add_event(self, event: MIDIEvent) -> None:
        """Add a :class:`MIDIEvent` (at ``event.tick`` if set, else ``event.time``).

        Example
        -------
        >>> t = MIDITrack(); t.add_event(MIDIEvent(0.5, 0x90, 1, 60, 99)); t.events[0].channel
        1
        """
        at = event.tick if event.tick is not None else self._tick(event.time)
        s = event.status
        if s < 0xF0:
            self._pending.append((at, s | event.channel, event.data1, event.data2, None))
        elif s in (0xF0, 0xF7):
            self._pending.append((at, s, 0, 0, event.data))
        elif s == 0xFF:
            if event.data1 == MetaType.END_OF_TRACK:
                self._end_tick = max(self._end_tick, at)
            else:
                self._pending.append((at, 0xFF, event.data1, 0, event.data))
                if event.data1 == MetaType.SET_TEMPO:
                    self._tempo_version += 1
        else:
            raise ValueError(f"status {s:#04x} cannot be stored in a MIDI file track")

    def clear(self) -> None:
        """Remove all events (including the name)."""
        self._store = TrackEvents.empty()
        self._pending = []
        self._end_tick = 0
        self._tempo_version += 1

    # -- views -------------------------------------------------------------
    @property
    def name(self) -> str:
        """The first track-name meta event's text ('' if none); setting it edits that event."""
        ev = self.event_table
        idx = np.flatnonzero((ev.status == 0xFF) & (ev.data1 == MetaType.TRACK_NAME))
        if len(idx) == 0:
            return ""
        payload = ev.payload(int(idx[0])) or b""
        return payload.decode("utf-8", errors="replace")

    @name.setter
    def name(self, value: str) -> None:
        ev = self.event_table
        idx = np.flatnonzero((ev.status == 0xFF) & (ev.data1 == MetaType.TRACK_NAME))
        if len(idx):
            ev.blobs[int(ev.blob[idx[0]])] = value.encode("utf-8")
        else:
            row = TrackEvents.from_rows([(0, 0xFF, MetaType.TRACK_NAME, 0, value.encode("utf-8"))])
            self._store = TrackEvents.concat([row, ev], sort=False)

    @property
    def program(self) -> int:
        """Program of the first program change (0 if none)."""
        ev = self.event_table
        idx = np.flatnonzero((ev.status & 0xF0) == 0xC0)
        return int(ev.data1[idx[0]]) if len(idx) else 0

    @property
    def ticks(self) -> npt.NDArray[np.int64]:
        """Exact event times in ticks (numpy int64)."""
        return self.event_table.ticks

    @property
    def times(self) -> npt.NDArray[np.float64]:
        """Event times in seconds (numpy float64)."""
        return self.tempo_map.ticks_to_seconds(self.event_table.ticks)

    @property
    def end_tick(self) -> int:
        """Tick of the end-of-track event (at least the last event's tick)."""
        return max(self._end_tick, self.event_table.end_tick)

    @end_tick.setter
    def end_tick(self, value: int) -> None:
        if value < 0:
            raise ValueError(f"end_tick must be >= 0, got {value}")
        self._end_tick = int(value)

    @property
    def events(self) -> list[MIDIEvent]:
        """The events as :class:`MIDIEvent` objects (a new list; times in seconds, ticks exact)."""
        ev = self.event_table
        times = self.tempo_map.ticks_to_seconds(ev.ticks).tolist()
        out: list[MIDIEvent] = []
        for (t, s, a, b, p), sec in zip(ev.rows(), times, strict=True):
            if s < 0xF0:
                out.append(MIDIEvent(sec, s & 0xF0, s & 0x0F, a, b, tick=t))
            else:
                out.append(MIDIEvent(sec, s, 0, a, 0, tick=t, data=p or b""))
        return out

    def messages(self) -> Iterator[tuple[int, MIDIMessage | MIDIEvent]]:
        """Iterate ``(tick, item)``: a :class:`MIDIMessage` for channel/sysex events, else the meta :class:`MIDIEvent`.

        Example
        -------
        >>> t = MIDITrack(); t.add_program_change(0.0, 3)
        >>> list(t.messages())
        [(0, MIDIMessage('program_change', channel=0, program=3))]
        """
        for ev in self.events:
            assert ev.tick is not None
            if ev.status < 0xF0 or (ev.status == 0xF0 and ev.data.endswith(b"\xf7")):
                yield ev.tick, MIDIMessage.from_bytes(ev.to_bytes())
            else:
                yield ev.tick, ev

    @property
    def duration(self) -> float:
        """Time of the last event (or end of track) in seconds."""
        return self.tempo_map.tick_to_seconds(self.end_tick)

    def __len__(self) -> int:
        return len(self.event_table)

    def __iter__(self) -> Iterator[MIDIEvent]:
        return iter(self.events)

    def __repr__(self) -> str:
        return f"MIDITrack(name={self.name!r}, events={len(self)}, duration={self.duration:.2f}s)"
