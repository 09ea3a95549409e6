"""``LinkMIDISequencer``: a MIDISequence played on the Link beat grid."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from coremusic.link._state import SessionState, check_number
from coremusic.midi.link._scheduler import LinkScheduler, first_multiple

if TYPE_CHECKING:
    from coremusic.link import LinkSession
    from coremusic.midi.link._targets import JackLinkTimebase
    from coremusic.midi.sequence import MIDISequence

__all__ = ["LinkMIDISequencer", "SequencerStats", "sequence_events"]


def _is_note_on(data: bytes) -> bool:
    return len(data) == 3 and data[0] & 0xF0 == 0x90 and data[2] > 0


def _is_note_off(data: bytes) -> bool:
    return len(data) == 3 and (data[0] & 0xF0 == 0x80 or (data[0] & 0xF0 == 0x90 and data[2] == 0))


def sequence_events(sequence: MIDISequence) -> tuple[list[tuple[float, bytes]], float]:
    """The playable events of ``sequence`` in beats, and its length in beats.

    Channel messages and complete sysex messages of every track, as
    ``(beat, bytes)`` with ``beat = tick / ppq`` (the sequence's own tempo map is
    not used: the Link session sets the tempo), sorted by beat with note-offs
    before note-ons at the same beat. Meta events are left out. The length is the
    end of the longest track.

    Example
    -------
    >>> from coremusic.midi import MIDISequence
    >>> seq = MIDISequence(tempo=120.0)
    >>> t = seq.add_track("bass")
    >>> t.add_note(0.0, 36, 100, 0.5)        # seconds at 120 bpm: beat 0 to 1
    >>> t.add_note(0.5, 38, 100, 0.25)
    >>> events, length = sequence_events(seq)
    >>> [(b, d.hex()) for b, d in events]
    [(0.0, '902464'), (1.0, '802400'), (1.0, '902664'), (1.5, '802600')]
    >>> length
    1.5
    """
    from coremusic.midi.sequence import MIDISequence

    if not isinstance(sequence, MIDISequence):
        raise TypeError(f"sequence must be a MIDISequence, got {type(sequence).__name__}")
    ppq = sequence.ppq
    rows: list[tuple[int, int, int, int, bytes]] = []
    end = 0
    for index, track in enumerate(sequence.tracks):
        end = max(end, track.end_tick)
        for order, event in enumerate(track.events):
            assert event.tick is not None
            if event.status < 0xF0:
                data = event.to_bytes()
            elif event.status == 0xF0 and event.data.endswith(b"\xf7"):
                data = event.to_bytes()
            else:
                continue
            rows.append((event.tick, 1 if _is_note_on(data) else 0, index, order, data))
    rows.sort(key=lambda row: row[:4])
    return [(tick / ppq, data) for tick, _, _, _, data in rows], end / ppq


@dataclass(frozen=True)
class SequencerStats:
    """What a :class:`LinkMIDISequencer` has sent.

    Attributes
    ----------
    events : int
        Messages queued (including the note-offs of stops and loop ends).
    notes_on, notes_off : int
        Note-on / note-off messages among them.
    loops : int
        Passes through the sequence completed.
    skipped : int
        Note-ons not sent because their time had passed (joining a running
        session mid-loop, or a stalled scheduler), with their note-offs.
    late, errors : int
        Messages queued after their time (JACK targets); exceptions in the thread.
    playing : bool
        Whether the sequence is playing.
    start_beat : float or None
        The Link beat at which the current pass began.
    """

    events: int
    notes_on: int
    notes_off: int
    loops: int
    skipped: int
    late: int
    errors: int
    playing: bool
    start_beat: float | None


class LinkMIDISequencer(LinkScheduler):
    """Plays a :class:`~coremusic.midi.MIDISequence` in time with a Link session.

    Sequence beat ``b`` (tick / ppq) plays where the Link timeline reaches
    ``start + b``, with ``start`` on a quantum boundary: the first one after
    :meth:`start`, or, with ``follow_transport``, the first one at or after Link's
    start time (joining a session that is already playing plays from the current
    position of the loop). The session's tempo rules, not the sequence's tempo map;
    a tempo change by any peer applies to everything later than the look-ahead.
    Link's stop (when following) sends a note-off for every note still sounding
    at Link's stop time; :meth:`stop` does so at once on a JACK target (what was
    queued from then on is recalled), after the messages already queued on others.

    Parameters
    ----------
    session : LinkSession
        The Link session.
    sequence : MIDISequence
        What to play (channel messages and sysex; meta events are skipped).
    port, dest
        The output, as for :class:`~coremusic.midi.link.LinkMIDIClock`.
    loop : bool
        Loop (else play once and stop, see :attr:`finished`).
    loop_beats : float, optional
        Loop length in beats (events at or after it are cut, notes held over it
        released at its end). Default: the sequence length rounded up to a whole
        number of quanta, so every pass starts on a bar.
    follow_transport : bool
        Start and stop with Link's transport.
    quantum, lookahead, interval, timebase
        As for :class:`~coremusic.midi.link.LinkMIDIClock`.

    Example
    -------
    >>> from coremusic.link import LinkSession
    >>> from coremusic.midi import MIDISequence
    >>> from coremusic.midi.link import LinkMIDITarget
    >>> class Recorder(LinkMIDITarget):
    ...     def __init__(self): self.sent = []
    ...     def refresh(self): pass
    ...     def timestamp(self, time): return round(time)
    ...     def send(self, data, time): self.sent.append((data.hex(), time))
    >>> seq = MIDISequence()
    >>> seq.add_track().add_note(0.0, 60, 100, 0.25)     # beat 0, half a beat long
    >>> s = LinkSession(bpm=120.0)
    >>> rec = Recorder()
    >>> player = LinkMIDISequencer(s, seq, rec, lookahead=2.5)
    >>> player.run_once()                                # queues 2.5 s: 5 beats
    >>> [d for d, _ in rec.sent[:2]]
    ['903c64', '803c00']
    >>> beat = s.capture_app_session_state().beat_at_time(round(rec.sent[0][1]))
    >>> round(beat, 3) % 4.0                             # on a bar line of the session
    0.0
    >>> s.close()
    """

    _thread_name = "coremusic-link-midi-sequencer"

    def __init__(self, session: LinkSession, sequence: MIDISequence, port: Any, dest: Any = None, *,
                 loop: bool = True, loop_beats: float | None = None,
                 follow_transport: bool = False, quantum: float | None = None,
                 lookahead: float = 0.1, interval: float | None = None,
                 timebase: JackLinkTimebase | None = None) -> None:
        for name, flag in (("loop", loop), ("follow_transport", follow_transport)):
            if not isinstance(flag, bool):
                raise TypeError(f"{name} must be a bool, got {type(flag).__name__}")
        super().__init__(session, port, dest, timebase=timebase, quantum=quantum,
                         lookahead=lookahead, interval=interval)
        self.loop = loop
        self.follow_transport = follow_transport
        self._loop_beats: float | None = None
        if loop_beats is not None:
            beats = check_number(loop_beats, "loop_beats")
            if beats <= 0:
                raise ValueError(f"loop_beats must be > 0, got {loop_beats!r}")
            self._loop_beats = beats
        self._events: list[tuple[float, bytes]] = []
        self._length = 0.0
        self.sequence = sequence
        self._counts = Counter({"events": 0, "notes_on": 0, "notes_off": 0, "loops": 0,
                                "skipped": 0})
        self._active: Counter[tuple[int, int]] = Counter()
        self._skipped_keys: Counter[tuple[int, int]] = Counter()
        self._reset_run()

    def _reset_run(self) -> None:
        self._start_beat: float | None = None
        self._pass = 0
        self._index = 0
        self._seen_change: int | None = None
        self._finished = False

    def _on_start(self) -> None:
        super()._on_start()
        self._reset_run()

    # -- public state -------------------------------------------------------------

    @property
    def sequence(self) -> MIDISequence:
        """The sequence played (settable while stopped)."""
        return self._sequence

    @sequence.setter
    def sequence(self, sequence: MIDISequence) -> None:
        if self.running:
            raise RuntimeError("change the sequence while the sequencer is stopped")
        self._events, self._length = sequence_events(sequence)
        self._sequence = sequence

    @property
    def loop_beats(self) -> float:
        """Beats per pass (see the ``loop_beats`` parameter)."""
        if self._loop_beats is not None:
            return self._loop_beats
        return max(first_multiple(self._length, self.quantum), self.quantum)

    @property
    def playing(self) -> bool:
        """Whether a pass is under way (or about to begin on its quantum boundary)."""
        return self._start_beat is not None

    @property
    def finished(self) -> bool:
        """True when a non-looping sequence has played through."""
        return self._finished

    @property
    def stats(self) -> SequencerStats:
        """Counters of what was sent (see :class:`SequencerStats`)."""
        late = getattr(self.target, "late", 0)
        start = None if self._start_beat is None else self._start_beat + self._pass * self.loop_beats
        return SequencerStats(late=late if isinstance(late, int) else 0, errors=len(self.errors),
                              playing=self.playing, start_beat=start, **self._counts)

    # -- scheduling ---------------------------------------------------------------

    def _begin(self, state: SessionState, start_beat: float, now: int) -> None:
        """Start playing with pass 0 at ``start_beat``; join mid-loop if that is past."""
        q = self.quantum
        length = self.loop_beats
        passes = math.floor((state.beat_at_time(now, q) - start_beat) / length)
        self._start_beat = start_beat
        self._finished = False
        self._pass = max(0, passes)
        self._index = 0

    def _emit(self, data: bytes, time: float, now: int) -> None:
        key = (data[0] & 0x0F, data[1]) if len(data) == 3 else (-1, -1)
        if _is_note_on(data):
            if time < now:
                self._counts["skipped"] += 1
                self._skipped_keys[key] += 1
                return
            self._active[key] += 1
            self._counts["notes_on"] += 1
        elif _is_note_off(data):
            if self._skipped_keys[key] > 0 and self._active[key] == 0:
                self._skipped_keys[key] -= 1
                return
            if self._active[key] > 0:
                self._active[key] -= 1
            self._counts["notes_off"] += 1
        self._send(data, time)
        self._counts["events"] += 1

    def _release(self, time: float) -> None:
        """A note-off for every note still sounding, at ``time`` (or after what was sent last)."""
        for (channel, note), count in sorted(self._active.items()):
            if count > 0:
                self._send(bytes((0x80 | channel, note, 0)), time)
                self._counts["events"] += 1
                self._counts["notes_off"] += 1
        self._active.clear()
        self._skipped_keys.clear()

    def _follow(self, state: SessionState, now: int) -> None:
        change = state.time_for_is_playing
        if change == self._seen_change:
            return
        self._seen_change = change
        if self._start_beat is not None:
            self._release(float(change))
            self._start_beat = None
        if state.is_playing:
            q = self.quantum
            self._begin(state, first_multiple(state.beat_at_time(change, q), q), now)

    def _schedule(self, state: SessionState, now: int, horizon: float) -> None:
        q = self.quantum
        if self.follow_transport:
            self._follow(state, now)
        elif self._start_beat is None and not self._finished:
            self._begin(state, first_multiple(state.beat_at_time(now + self._margin, q), q), now)
        length = self.loop_beats
        events = self._events
        if self._start_beat is not None:
            behind = math.floor((state.beat_at_time(now, q) - self._start_beat) / length)
            if behind > self._pass + 1:  # the timeline jumped ahead: go to the current pass
                self._release(float(now))
                self._pass = behind
                self._index = 0
        while self._start_beat is not None:
            base = self._start_beat + self._pass * length
            if self._index < len(events) and events[self._index][0] < length:
                beat, data = events[self._index]
                t = float(state.time_at_beat(base + beat, q))
                if t > horizon:
                    return
                self._emit(data, t, now)
                self._index += 1
                continue
            end = float(state.time_at_beat(base + length, q))
            if end > horizon:
                return
            self._release(end)
            self._counts["loops"] += 1
            self._index = 0
            if self.loop:
                self._pass += 1
            else:
                self._start_beat = None
                self._finished = True

    def _recalled(self, messages: list[tuple[float, bytes]]) -> None:
        # the notes recalled before they started do not sound; those whose note-off
        # was recalled still do (the release that follows ends them)
        for _, data in reversed(messages):
            key = (data[0] & 0x0F, data[1]) if len(data) == 3 else (-1, -1)
            if _is_note_on(data):
                if self._active[key] > 0:
                    self._active[key] -= 1
                self._counts["notes_on"] -= 1
            elif _is_note_off(data):
                self._active[key] += 1
                self._counts["notes_off"] -= 1
            self._counts["events"] -= 1

    def _finish(self, time: float) -> None:
        self._release(time)
        self._start_beat = None

    def __repr__(self) -> str:
        if self.closed:
            return "<LinkMIDISequencer closed>"
        s = self.stats
        return (f"<LinkMIDISequencer {'running' if self.running else 'stopped'} "
                f"{len(self._events)} events loop={self.loop_beats:g} beats "
                f"playing={s.playing} passes={s.loops} target={self.target!r}>")
