"""``LinkMIDIClock``: a MIDI clock master that follows the Link timeline."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from coremusic.link._state import SessionState, check_number
from coremusic.midi.link._scheduler import LinkScheduler, first_multiple

if TYPE_CHECKING:
    from coremusic.link import LinkSession
    from coremusic.midi.link._targets import JackLinkTimebase

__all__ = ["PPQN", "ClockStats", "LinkMIDIClock", "song_position_pointer"]

#: MIDI clock resolution: clock messages per quarter note (a Link beat).
PPQN = 24
CLOCK = b"\xf8"
START = b"\xfa"
CONTINUE = b"\xfb"
STOP = b"\xfc"
#: Ticks per MIDI beat (the sixteenth note Song Position Pointer counts in).
_SPP_TICKS = 6
_SPP_RANGE = 1 << 14


def song_position_pointer(sixteenths: int) -> bytes:
    """The Song Position Pointer message (``F2 lsb msb``) for a position in sixteenths.

    Positions past the 14-bit range (16383 sixteenths, 4096 beats) wrap around.

    Example
    -------
    >>> song_position_pointer(0).hex(), song_position_pointer(200).hex()
    ('f20000', 'f24801')
    """
    if isinstance(sixteenths, bool) or not isinstance(sixteenths, int) or sixteenths < 0:
        raise ValueError(f"a song position is an int number of sixteenths >= 0, got {sixteenths!r}")
    value = sixteenths % _SPP_RANGE
    return bytes((0xF2, value & 0x7F, value >> 7))


@dataclass(frozen=True)
class ClockStats:
    """What a :class:`LinkMIDIClock` has sent.

    Attributes
    ----------
    ticks : int
        Clock messages (``F8``) queued.
    starts, continues, stops, song_positions : int
        ``FA``, ``FB``, ``FC`` and ``F2`` messages queued.
    resyncs : int
        Times the Link timeline jumped by more than a beat (a peer forced a beat,
        or the scheduler stalled) and the clock re-aligned to it.
    late : int
        Messages whose time had passed when queued (JACK targets only; 0 otherwise).
    errors : int
        Exceptions caught in the scheduler thread (see ``clock.errors``).
    playing : bool
        Whether the MIDI transport runs (a Start or Continue went out).
    position : float
        The song position in beats (clock ticks since the song start / 24).
    """

    ticks: int
    starts: int
    continues: int
    stops: int
    song_positions: int
    resyncs: int
    late: int
    errors: int
    playing: bool
    position: float


class LinkMIDIClock(LinkScheduler):
    """A MIDI clock master (24 ppqn) locked to an Ableton Link session.

    Clock messages (``F8``) are placed where the Link timeline crosses each 1/24
    beat, each at its exact frame (JACK) or host time (CoreMIDI), queued at most
    ``lookahead`` seconds ahead by a scheduler thread, so tempo changes made by any
    peer reach the clock within the look-ahead.

    Transport: with ``follow_transport`` the MIDI transport follows Link's
    start/stop (enable ``start_stop_sync`` on the session to share it with peers).
    A Link start sends Start (``FA``) on the first quantum boundary at or after the
    start time, together with the clock message of that instant; a Link stop sends
    Stop (``FC``) at the stop time. Joining a session that is already playing, or a
    start that comes too late for its boundary, sends a Song Position Pointer and
    Continue (``F2``, ``FB``) on the next sixteenth, so MIDI devices land on the
    same position of the bar as the Link peers. Without ``follow_transport`` the
    MIDI transport starts on the first quantum boundary after :meth:`start` and
    stops with :meth:`stop`.

    Parameters
    ----------
    session : LinkSession
        The Link session to follow.
    port : JackMIDIOutput, MIDIOutputPort or LinkMIDITarget
        Where the clock goes: a JACK output port, a CoreMIDI output port (with
        ``dest``), or a custom :class:`~coremusic.midi.link.LinkMIDITarget`.
    dest : MIDIDestination, optional
        The CoreMIDI destination.
    follow_transport : bool
        Follow Link's start/stop (else start/stop with the clock object).
    clock_while_stopped : bool
        Keep sending ``F8`` while the transport is stopped (devices keep their tempo).
    rewind_on_stop : bool
        A stop rewinds the song position to 0 (the next start is a Start); else the
        next start continues from the stop position (rounded up to a sixteenth).
    quantum : float, optional
        Beats per bar for quantizing starts (default: the session's quantum).
    lookahead : float
        Seconds queued ahead (bounds how late a tempo change takes effect).
    interval : float, optional
        Seconds between scheduler wake-ups (default ``lookahead / 4``).
    timebase : JackLinkTimebase, optional
        A Link-to-frames map shared with other JACK targets (exact agreement).

    Example
    -------
    >>> from coremusic.link import LinkSession
    >>> from coremusic.midi.link import LinkMIDITarget
    >>> class Recorder(LinkMIDITarget):          # any backend: here a list
    ...     def __init__(self): self.sent = []
    ...     def refresh(self): pass
    ...     def timestamp(self, time): return round(time)
    ...     def send(self, data, time): self.sent.append((data, time))
    >>> s = LinkSession(bpm=120.0)
    >>> rec = Recorder()
    >>> clock = LinkMIDIClock(s, rec, follow_transport=False)
    >>> clock.run_once()                         # what the thread does every interval
    >>> rec.sent[0][0] in (b"\\xf8", b"\\xfa")
    True
    >>> gaps = {round(b[1] - a[1]) for a, b in zip(rec.sent, rec.sent[1:]) if b[0] == b"\\xf8"}
    >>> gaps <= {0, 20833, 20834}                # 60 s / 120 / 24, in microseconds
    True
    >>> s.close()

    On JACK (a real port; the thread runs while the ``with`` block does):

    >>> with LinkMIDIClock(session, JackMIDIOutput("clock")) as clock:  # doctest: +SKIP
    ...     session.is_playing = True        # Start on the next bar
    """

    _thread_name = "coremusic-link-midi-clock"

    def __init__(self, session: LinkSession, port: Any, dest: Any = None, *,
                 follow_transport: bool = True, clock_while_stopped: bool = True,
                 rewind_on_stop: bool = True, quantum: float | None = None,
                 lookahead: float = 0.1, interval: float | None = None,
                 timebase: JackLinkTimebase | None = None) -> None:
        for name, flag in (("follow_transport", follow_transport),
                           ("clock_while_stopped", clock_while_stopped),
                           ("rewind_on_stop", rewind_on_stop)):
            if not isinstance(flag, bool):
                raise TypeError(f"{name} must be a bool, got {type(flag).__name__}")
        super().__init__(session, port, dest, timebase=timebase, quantum=quantum,
                         lookahead=lookahead, interval=interval)
        self.follow_transport = follow_transport
        self.clock_while_stopped = clock_while_stopped
        self.rewind_on_stop = rewind_on_stop
        self._position = 0            # song position in ticks
        self._playing = False
        self._counts = {"ticks": 0, "starts": 0, "continues": 0, "stops": 0,
                        "song_positions": 0, "resyncs": 0}
        self._seek_pending = False
        self._reset_run()

    def _reset_run(self) -> None:
        self._next_tick: int | None = None
        self._join: tuple[int, Literal["start", "continue"], int] | None = None
        self._stop_at: float | None = None
        self._seen_change: int | None = None

    def _on_start(self) -> None:
        super()._on_start()
        self._reset_run()

    # -- public state -------------------------------------------------------------

    @property
    def playing(self) -> bool:
        """Whether the MIDI transport runs (Start or Continue sent, no Stop since)."""
        return self._playing

    @property
    def position(self) -> float:
        """The song position in beats (quarter notes) since the song start."""
        return self._position / PPQN

    def seek(self, beat: float) -> None:
        """Set the song position (in beats, on a sixteenth) while the transport is stopped.

        The position goes out as a Song Position Pointer at once (if the clock
        runs), and the next start continues from it (``F2`` then ``FB``).

        Example
        -------
        >>> from coremusic.link import LinkSession
        >>> from coremusic.midi.link import LinkMIDITarget
        >>> class Recorder(LinkMIDITarget):
        ...     def __init__(self): self.sent = []
        ...     def refresh(self): pass
        ...     def timestamp(self, time): return round(time)
        ...     def send(self, data, time): self.sent.append(data)
        >>> s = LinkSession()
        >>> rec = Recorder()
        >>> clock = LinkMIDIClock(s, rec)
        >>> clock.seek(16.0)                 # bar 5 of 4/4: sixteenth 64
        >>> clock.run_once()
        >>> rec.sent[0].hex()
        'f24000'
        >>> s.close()
        """
        value = check_number(beat, "beat")
        ticks = value * PPQN
        if value < 0 or abs(ticks / _SPP_TICKS - round(ticks / _SPP_TICKS)) > 1e-9:
            raise ValueError(f"a song position is a sixteenth (beat * 4 a whole number) >= 0, "
                             f"got {beat!r}")
        with self._lock:
            if self._playing or self._join is not None:
                raise RuntimeError("seek only while the MIDI transport is stopped")
            self._position = round(ticks)
            self._seek_pending = True

    @property
    def stats(self) -> ClockStats:
        """Counters of what was sent (see :class:`ClockStats`)."""
        late = getattr(self.target, "late", 0)
        return ClockStats(late=late if isinstance(late, int) else 0, errors=len(self.errors),
                          playing=self._playing, position=self.position, **self._counts)

    # -- scheduling ---------------------------------------------------------------

    def _plan_join(self, origin: int, position: int) -> None:
        """Plan Start (or SPP + Continue) for the song position ``position`` at tick ``origin``."""
        assert self._next_tick is not None
        tick = max(self._next_tick, origin)
        misaligned = (position + tick - origin) % _SPP_TICKS
        if misaligned:
            tick += _SPP_TICKS - misaligned
        at = position + tick - origin
        self._join = (tick, "start" if at == 0 else "continue", at)

    def _stop_transport(self, time: float) -> None:
        self._send(STOP, time)
        self._counts["stops"] += 1
        self._playing = False
        if self.rewind_on_stop:
            self._position = 0
        else:
            self._position = math.ceil(self._position / _SPP_TICKS) * _SPP_TICKS

    def _follow(self, state: SessionState, q: float, now: int) -> None:
        """Turn Link's transport into a planned start or stop."""
        change = state.time_for_is_playing
        if not self.follow_transport:
            if self._join is None and not self._playing and self._seen_change is None:
                self._seen_change = change
                origin = first_multiple(state.beat_at_time(now, q), q)
                self._plan_join(round(origin * PPQN), self._position)
            return
        if change == self._seen_change:
            return
        if self._seen_change is None and not state.is_playing:
            self._seen_change = change  # stopped when the clock started: nothing to do
            return
        self._seen_change = change
        if self._playing:
            self._stop_at = float(change)
        self._join = None
        if state.is_playing and self._stop_at is None:  # (else planned after the Stop)
            origin = first_multiple(state.beat_at_time(change, q), q)
            self._plan_join(round(origin * PPQN), self._position)

    def _schedule(self, state: SessionState, now: int, horizon: float) -> None:
        q = self.quantum
        beat_now = state.beat_at_time(now, q)
        if self._next_tick is None:
            self._next_tick = math.floor(state.beat_at_time(now + self._margin, q) * PPQN) + 1
        elif not (beat_now - 1.0 <= self._next_tick / PPQN
                  <= state.beat_at_time(round(horizon), q) + 1.0):
            frontier = round(self._send_time(float(now + self._margin)))  # after the queue
            self._resync(state.beat_at_time(frontier, q), frontier)
        if self._seek_pending and not self._playing:
            self._seek_pending = False
            self._send(song_position_pointer(self._position // _SPP_TICKS), now + self._margin)
            self._counts["song_positions"] += 1
        self._follow(state, q, now)
        while True:
            tick = self._next_tick
            t = float(state.time_at_beat(tick / PPQN, q))
            if self._stop_at is not None and self._stop_at <= min(t, horizon):
                self._stop_transport(self._stop_at)
                self._stop_at = None
                if state.is_playing:  # stopped and started again since the last wake-up
                    origin = first_multiple(state.beat_at_time(state.time_for_is_playing, q), q)
                    self._plan_join(round(origin * PPQN), self._position)
                continue
            if t > horizon:
                return
            if self._join is not None and self._join[0] == tick:
                _, kind, position = self._join
                self._join = None
                if kind == "start":
                    self._send(START, t)
                    self._counts["starts"] += 1
                else:
                    self._send(song_position_pointer(position // _SPP_TICKS), t)
                    self._send(CONTINUE, t)
                    self._counts["song_positions"] += 1
                    self._counts["continues"] += 1
                self._position = position
                self._playing = True
            if self._playing or self.clock_while_stopped:
                self._send(CLOCK, t)
                self._counts["ticks"] += 1
                if self._playing:
                    self._position += 1
            self._next_tick = tick + 1

    def _resync(self, beat_now: float, now: int) -> None:
        """The timeline jumped: tick on from ``now`` (at beat ``beat_now`` of the new
        timeline, after everything queued), and relocate a running transport.

        Following Link, the song is re-placed from Link's start on the new timeline
        (SPP + Continue); otherwise it continues from where it was.
        """
        self._counts["resyncs"] += 1
        self._next_tick = math.floor(beat_now * PPQN) + 1
        self._join = None
        was_playing = self._playing
        if was_playing:
            self._stop_transport(float(now))
        if self.follow_transport:
            self._seen_change = None
            self._position = 0
        elif was_playing:
            self._position = math.ceil(self._position / _SPP_TICKS) * _SPP_TICKS
            self._plan_join(self._next_tick, self._position)
        else:
            self._seen_change = None  # a start was pending: plan it on the new timeline

    def _recalled(self, messages: list[tuple[float, bytes]]) -> None:
        # recalled ticks were never heard: the song position goes back by those played
        transport = any(d in (START, CONTINUE, STOP) for _, d in messages)
        for _, data in messages:
            if data == CLOCK:
                self._counts["ticks"] -= 1
                if self._playing and not transport:
                    self._position -= 1

    def _finish(self, time: float) -> None:
        self._join = None
        self._stop_at = None
        if self._playing:
            self._stop_transport(time)

    def __repr__(self) -> str:
        if self.closed:
            return "<LinkMIDIClock closed>"
        s = self.stats
        return (f"<LinkMIDIClock {'running' if self.running else 'stopped'} "
                f"transport={'playing' if s.playing else 'stopped'} position={s.position:g} beats "
                f"ticks={s.ticks} lookahead={self.lookahead:g} s target={self.target!r}>")
