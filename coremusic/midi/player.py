"""MIDIPlayer: plays a :class:`~coremusic.midi.sequence.MIDISequence` to a MIDI
output with timestamps on the output's own clock (JACK: sample frames).

No event is sent "now" from a sleeping thread.  Every event's time is the
exact rational time of its tick through the sequence's tempo map (tempo
changes included), turned into a frame once: ``frame = start + round(seconds
* rate)`` (nearest frame, ties to even).  A feeder thread keeps the
events of the next ``lookahead`` seconds (default 0.2) in the output's
queue, and the backend delivers each at its frame: on JACK the receiving
client sees it at exactly that frame.

Loops are scheduled ahead like everything else: the iteration ``k`` of a
loop region ``[start, end)`` begins at the frame of ``k`` loop lengths
after the first end, computed from exact seconds, so loops never drift
by a frame.  Notes still sounding at the loop end are released there.

Stop, pause and seek take effect at once: the player recalls from the
output what it queued from *now* plus a safety margin on (two JACK periods:
the cycle being written and the next; CoreMIDI flushes its schedule), then
sends, at that frame, a note-off for every note sounding there (note-ons
before it whose note-offs were at or after it), releases the sustain pedal
where it is down there and sends *all notes off* (CC 123) on every channel
that played, so nothing is left hanging.  Pause and seek go on from the
first event recalled.

Example
-------
>>> from coremusic.midi import MIDISequence
>>> seq = MIDISequence(tempo=120); seq.add_track("p").add_note(0.0, 60, 100, 0.5)
>>> seq.add_tempo_change(0.25, 60.0)
>>> schedule_frames(seq, 48000)
[(0, b'\\x90<d'), (36000, b'\\x80<\\x00')]
>>> # with MIDIPlayer(seq, connect=["fluidsynth:midi_00"]) as player:
>>> #     player.wait()
"""

from __future__ import annotations

import threading
import time as _time
from bisect import bisect_left
from collections import deque
from fractions import Fraction
from typing import Any, Literal

import numpy as np

from coremusic.midi.port_adapters import Backend, OutputAdapter, default_backend, open_output
from coremusic.midi.sequence import MIDISequence
from coremusic.midi.smf.merge import merge_tracks
from coremusic.midi.tempo import TempoMap

__all__ = ["MIDIPlayer", "PlayerState", "schedule_frames"]

PlayerState = Literal["stopped", "playing", "paused", "finished"]
_U32 = 0xFFFFFFFF
_MAX_ERRORS = 16


def _playable(seq: MIDISequence) -> tuple[list[int], list[bytes]]:
    """Ticks and wire bytes of every channel and sysex event, all tracks merged in one stream."""
    merged = merge_tracks([seq.conductor.event_table] + [t.event_table for t in seq.tracks])
    ticks: list[int] = []
    data: list[bytes] = []
    for t, s, a, b, payload in merged.rows():
        if s < 0xC0 or 0xE0 <= s < 0xF0:
            data.append(bytes((s, a, b)))
        elif s < 0xE0:
            data.append(bytes((s, a)))
        elif s == 0xF0 and payload is not None and payload.endswith(b"\xf7"):
            data.append(b"\xf0" + payload)
        else:
            continue  # meta events and sysex continuation packets (F7 escapes) are not played
        ticks.append(t)
    return ticks, data


def _frame_rate(rate: float) -> Fraction:
    return Fraction(int(rate)) if float(rate).is_integer() else Fraction(rate)


def schedule_frames(sequence: MIDISequence, rate: float, *, start: int = 0) -> list[tuple[int, bytes]]:
    """The frame and bytes of every event the player sends for ``sequence`` from tick 0.

    Parameters
    ----------
    sequence : MIDISequence
        What to play (all tracks, through the sequence's tempo map).
    rate : float
        Frames (clock ticks) per second.
    start : int
        Frame of tick 0.

    Returns
    -------
    list of (int, bytes)
        ``start + round(seconds(tick) * rate)`` and the message, in sending order.

    Example
    -------
    >>> seq = MIDISequence(tempo=60, ppq=3); seq.add_track().add_note_ticks(1, 64, 90, 1)
    >>> schedule_frames(seq, 48000, start=100)
    [(16100, b'\\x90@Z'), (32100, b'\\x80@\\x00')]
    """
    ticks, data = _playable(sequence)
    tm = sequence.tempo_map
    r = _frame_rate(rate)
    return [(start + round(tm.seconds_exact(t) * r), d) for t, d in zip(ticks, data, strict=True)]


class MIDIPlayer:
    """Plays a sequence to a MIDI output, sample-accurately scheduled ahead.

    Parameters
    ----------
    sequence : MIDISequence
        What to play.  Its events are read once, at construction.
    output : OutputAdapter, optional
        Where to play (see :mod:`coremusic.midi.port_adapters`); not closed
        by the player.  Default: a new port ``port_name`` of ``backend``.
    backend : {'jack', 'coremidi'}, optional
        Backend of the new port (default: CoreMIDI on macOS, JACK elsewhere).
    port_name : str
        Name of the new port.
    connect : sequence
        JACK ports to connect the new port to (CoreMIDI: one destination).
    client_name, server : str
        JACK client name and server.
    client : MIDIClient, optional
        CoreMIDI client for the new port (default: a new one, closed with the player).
    lookahead : float
        Seconds of events kept queued ahead of the clock (> 0).
    start_delay : float
        Seconds between :meth:`start` (or a seek) and the first event, to
        leave time to queue it.
    loop : (float, float), optional
        Loop region in seconds (see :meth:`set_loop`).

    Notes
    -----
    Every track plays, merged into one stream as a single-track file would
    hold them, through the sequence's :attr:`~MIDISequence.tempo_map` (for
    format 2 files: the tempo events of all tracks).  Meta events are not
    sent; sysex is.  Call :meth:`close` (or use ``with``): the feeder thread
    and an own port live until then.

    Example
    -------
    >>> # seq = MIDISequence.load("song.mid")
    >>> # with MIDIPlayer(seq, connect=["fluidsynth:midi_00"]) as player:
    >>> #     player.set_loop(8.0, 16.0)        # bars 5-8 at 120 BPM, seamlessly
    >>> #     player.wait(60)
    """

    def __init__(self, sequence: MIDISequence, output: OutputAdapter | None = None, *,
                 backend: Backend | None = None, port_name: str = "player", connect: Any = (),
                 client_name: str = "coremusic-player", server: str | None = None, client: Any = None,
                 lookahead: float = 0.2, start_delay: float = 0.05,
                 loop: tuple[float, float] | None = None) -> None:
        if not isinstance(sequence, MIDISequence):
            raise TypeError(f"MIDIPlayer plays a MIDISequence, got {type(sequence).__name__}")
        if not lookahead > 0:
            raise ValueError(f"lookahead must be > 0 seconds, got {lookahead!r}")
        if not start_delay >= 0:
            raise ValueError(f"start_delay must be >= 0 seconds, got {start_delay!r}")
        self.sequence = sequence
        self._tempo: TempoMap = sequence.tempo_map
        ticks, self._data = _playable(sequence)
        self._ticks = ticks
        self._end_tick = max([sequence.conductor.end_tick, *(t.end_tick for t in sequence.tracks)])
        self._own_output = output is None
        self._own_client: Any = None
        if output is None:
            backend = default_backend() if backend is None else backend
            if backend == "coremidi" and client is None:
                from coremusic.midi.coremidi import MIDIClient

                client = self._own_client = MIDIClient(client_name)
            try:
                output = open_output(backend, port_name, connect=tuple(connect), client=client,
                                     client_name=client_name, server=server, event_capacity=8192)
            except BaseException:
                if self._own_client is not None:
                    self._own_client.close()
                raise
        elif not isinstance(output, OutputAdapter):
            raise TypeError(f"output must implement OutputAdapter, got {type(output).__name__}")
        self.output = output
        self._rate = _frame_rate(output.rate)
        self._wrap = isinstance(getattr(output, "period", None), int)  # JACK frames wrap at 2**32
        self.lookahead = float(lookahead)
        self.start_delay = float(start_delay)
        self._cond = threading.Condition()
        self._state: PlayerState = "stopped"
        self._closed = False
        self._thread: threading.Thread | None = None
        self._seconds_cache: dict[int, Fraction] = {}
        # the playing segment: tick t sounds at frame f0 + round((offset + S(t) - S(tick0)) * rate)
        self._f0 = 0
        self._offset = Fraction(0)
        self._tick0 = 0
        # (first frame, offset, tick0) of the segment and of recent loop iterations, for positions
        self._segments: deque[tuple[int, Fraction, int]] = deque([(0, Fraction(0), 0)], maxlen=64)
        self._index = 0  # next event to send
        self._resume_index: int | None = None  # the next event when paused
        self._position = 0  # tick where playing (re)starts
        self._loop: tuple[int, int] | None = None
        self._now_u: int | None = None  # the clock, unwrapped
        self._last_sent: int | None = None
        self._sounding: dict[tuple[int, int], int] = {}  # after everything queued
        # what was queued and may not have played yet: (frame, bytes, event index or -1)
        self._log: deque[tuple[int, bytes, int]] = deque()
        self._played_sounding: dict[tuple[int, int], int] = {}  # after everything before the log
        self._played_sustain: set[int] = set()
        self._released: set[tuple[int, int]] = set()  # released early: their note-off is not sent again
        self._sustain: set[int] = set()
        self._channels: set[int] = set()
        self.sent = 0
        self.iterations = 0
        self.errors: list[BaseException] = []
        if loop is not None:
            self.set_loop(*loop)

    # -- time ----------------------------------------------------------------------------
    def _seconds(self, tick: int) -> Fraction:
        s = self._seconds_cache.get(tick)
        if s is None:
            s = self._tempo.seconds_exact(tick)
            if len(self._seconds_cache) < 1 << 16:
                self._seconds_cache[tick] = s
        return s

    def _frame(self, tick: int) -> int:
        return self._f0 + round((self._offset + self._seconds(tick) - self._seconds(self._tick0)) * self._rate)

    def _now(self) -> int:
        raw = int(self.output.now())
        if self._now_u is None or not self._wrap:
            self._now_u = raw
        else:
            delta = ((raw - self._now_u + 0x80000000) & _U32) - 0x80000000
            self._now_u += delta
        return self._now_u

    def _unwrap(self, frame: int) -> int:
        now = self._now()
        if not self._wrap:
            return int(frame)
        return now + (((int(frame) - now + 0x80000000) & _U32) - 0x80000000)

    def _tick_at(self, frame: int) -> int:
        """The tick sounding at ``frame`` (in the loop iteration that frame belongs to)."""
        _, offset, tick0 = self._segments[0]
        for first, seg_offset, seg_tick0 in reversed(self._segments):
            if first <= frame:
                offset, tick0 = seg_offset, seg_tick0
                break
        seconds = Fraction(frame - self._f0) / self._rate - offset + self._seconds(tick0)
        return max(tick0, self._tempo.seconds_to_tick(max(seconds, Fraction(0))))

    # -- sending -------------------------------------------------------------------------
    @staticmethod
    def _apply(data: bytes, sounding: dict[tuple[int, int], int], sustain: set[int]) -> None:
        """Update the sounding notes and pedals by one message."""
        status = data[0]
        kind, channel = status & 0xF0, status & 0x0F
        if kind == 0x90 and data[2] > 0:
            key = (channel, data[1])
            sounding[key] = sounding.get(key, 0) + 1
        elif kind == 0x80 or kind == 0x90:
            key = (channel, data[1])
            if sounding.get(key, 0) > 1:
                sounding[key] -= 1
            else:
                sounding.pop(key, None)
        elif kind == 0xB0 and data[1] == 64:
            if data[2] >= 64:
                sustain.add(channel)
            else:
                sustain.discard(channel)

    def _send(self, data: bytes, frame: int, index: int = -1) -> None:
        self.output.send(data, frame)
        self._last_sent = frame
        self.sent += 1
        self._log.append((frame, data, index))
        self._apply(data, self._sounding, self._sustain)
        if data[0] & 0xF0 == 0x90 and data[2] > 0:
            self._channels.add(data[0] & 0x0F)

    def _commit(self, now: int) -> None:
        """Forget the log of what played before ``now`` (kept as the played state)."""
        log = self._log
        while log and log[0][0] < now:
            self._apply(log.popleft()[1], self._played_sounding, self._played_sustain)

    def _cut(self) -> tuple[int, int | None]:
        """Recall what was queued from now + a margin on (lock held).

        Returns that frame and the index of the first sequence event recalled
        (None: none was).  Afterwards the sounding notes and pedals are those
        at that frame, so :meth:`_release` there ends exactly what sounds.
        """
        now = self._now()
        period = getattr(self.output, "period", None)
        at = now + (2 * period if isinstance(period, int) else 0)
        self._commit(now)
        self.output.cancel(at)
        sounding = dict(self._played_sounding)
        sustain = set(self._played_sustain)
        kept: deque[tuple[int, bytes, int]] = deque()
        first: int | None = None
        for frame, data, index in self._log:
            if frame < at:
                kept.append((frame, data, index))
                self._apply(data, sounding, sustain)
            elif first is None and index >= 0:
                first = index
        self._log = kept
        self._sounding = sounding
        self._sustain = sustain
        self._last_sent = kept[-1][0] if kept else None
        while len(self._segments) > 1 and self._segments[-1][0] >= at:
            self._segments.pop()  # a loop end that was recalled
            self.iterations -= 1
        return at, first

    def _release(self, frame: int, *, all_notes_off: bool) -> None:
        """Note-offs for sounding notes (and pedal up, CC 123) at ``frame``."""
        sounding = sorted(self._sounding)
        for (channel, note) in sounding:
            self._send(bytes((0x80 | channel, note, 0)), frame)
        self._released.update(sounding)
        self._sounding.clear()
        for channel in sorted(self._sustain):
            self._send(bytes((0xB0 | channel, 64, 0)), frame)
        self._sustain.clear()
        if all_notes_off:
            for channel in sorted(self._channels):
                self._send(bytes((0xB0 | channel, 123, 0)), frame)

    def _skip_released(self, data: bytes) -> bool:
        """True for the note-off of a note that a release ended already."""
        kind = data[0] & 0xF0
        if kind != 0x80 and kind != 0x90:
            return False
        key = (data[0] & 0x0F, data[1])
        if key not in self._released:
            return False
        self._released.discard(key)
        return kind == 0x80 or data[2] == 0

    def _feed(self) -> None:
        """Queue every event due before now + lookahead (called with the lock held)."""
        now = self._now()
        self._commit(now)
        horizon = now + round(self.lookahead * self._rate)
        ticks, data = self._ticks, self._data
        n = len(ticks)
        while self._state == "playing":
            i = self._index
            loop = self._loop
            if loop is not None and self._tick0 < loop[1] and (i >= n or ticks[i] >= loop[1]):
                end_frame = self._frame(loop[1])
                if end_frame > horizon:
                    return
                self._release(end_frame, all_notes_off=False)
                self._offset += self._seconds(loop[1]) - self._seconds(self._tick0)
                self._tick0 = loop[0]
                self._segments.append((end_frame, self._offset, self._tick0))
                self._index = bisect_left(ticks, loop[0])
                self.iterations += 1
                continue
            if i >= n:
                # notes without a note-off (hanging in the file) end with the track
                end = self._frame(max(self._end_tick, self._tick0))
                if self._last_sent is not None:
                    end = max(end, self._last_sent)
                self._release(end, all_notes_off=False)
                self._last_sent = end
                self._state = "finished"
                self._position = 0
                self._cond.notify_all()
                return
            frame = self._frame(ticks[i])
            if frame > horizon:
                return
            if self._released and self._skip_released(data[i]):
                self._index = i + 1
                continue
            try:
                self._send(data[i], frame, i)
            except Exception as exc:  # e.g. a full queue: keep it, retry on the next round
                if len(self.errors) < _MAX_ERRORS:
                    self.errors.append(exc)
                return
            self._index = i + 1

    def _run(self) -> None:
        interval = min(self.lookahead / 4, 0.05)
        with self._cond:
            while not self._closed:
                if self._state == "playing":
                    self._feed()
                    self._cond.wait(interval)
                else:
                    self._cond.wait()

    def _begin(self, start_frame: int | None, index: int | None = None) -> int:
        """Start a segment at ``self._position`` (lock held); returns its first frame.

        ``index``: the next event to send (default: the first at or after the position).
        """
        earliest = self._now() + round(self.start_delay * self._rate)
        if start_frame is None:
            start_frame = earliest if self._last_sent is None else max(earliest, self._last_sent)
        self._f0 = start_frame
        self._offset = Fraction(0)
        self._tick0 = self._position
        self._segments.clear()
        self._segments.append((start_frame, self._offset, self._tick0))
        self._index = bisect_left(self._ticks, self._position) if index is None else index
        self._state = "playing"
        self._feed()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="coremusic-midi-player", daemon=True)
            self._thread.start()
        self._cond.notify_all()
        return start_frame

    # -- transport -------------------------------------------------------------------------
    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("the MIDIPlayer is closed")

    def start(self, *, at_frame: int | None = None) -> int:
        """Play from the current position (resume when paused); returns the frame of that position.

        Parameters
        ----------
        at_frame : int, optional
            The output-clock stamp at which the position sounds (JACK: a
            frame time as :meth:`JackMIDIOutput.frame_time` gives; it must
            be in the future).  Default: ``start_delay`` from now.

        Example
        -------
        >>> # first = player.start()     # frame of tick 0 on the JACK clock
        """
        with self._cond:
            self._check_open()
            if self._state == "playing":
                raise RuntimeError("the MIDIPlayer is playing already (stop, pause or seek first)")
            resume = self._resume_index if self._state == "paused" else None
            if self._state == "finished":
                self._position = 0
            return self._begin(None if at_frame is None else self._unwrap(at_frame), resume)

    play = start

    def pause(self) -> None:
        """Stop sending and release sounding notes; :meth:`start` resumes from here.

        Example
        -------
        >>> # player.pause(); ...; player.start()
        """
        with self._cond:
            if self._state != "playing":
                return
            at, first = self._cut()
            self._position = self._tick_at(at)
            index = self._index if first is None else first
            if index < len(self._ticks) and self._ticks[index] < self._position:
                index = bisect_left(self._ticks, self._position)  # a recalled loop end: go on to it
            if index < len(self._ticks):
                self._position = min(self._position, self._ticks[index])
            self._release(at, all_notes_off=True)
            self._resume_index = index
            self._state = "paused"

    def stop(self) -> None:
        """Stop, release every sounding note and go back to the start (idempotent).

        Example
        -------
        >>> # player.stop()
        """
        with self._cond:
            if self._state == "playing" or (self._state == "finished" and self._log
                                            and self._log[-1][0] >= self._now()):
                at, _ = self._cut()
                self._release(at, all_notes_off=True)
            self._released.clear()
            self._state = "stopped"
            self._position = 0
            self._cond.notify_all()

    def seek(self, seconds: float | None = None, *, tick: int | None = None) -> int | None:
        """Move to a position in seconds or ticks.

        While playing, sounding notes are released and playing goes on from
        the new position without a gap; returns the frame where the new
        position sounds (None when not playing).

        Example
        -------
        >>> # player.seek(30.0); player.seek(tick=960)
        """
        if (seconds is None) == (tick is None):
            raise ValueError("give exactly one of seconds or tick")
        if tick is None:
            assert seconds is not None
            if not seconds >= 0:
                raise ValueError(f"seconds must be >= 0, got {seconds!r}")
            target = self._tempo.seconds_to_tick(seconds)
        else:
            if isinstance(tick, bool) or not isinstance(tick, int | np.integer) or tick < 0:
                raise ValueError(f"tick must be an int >= 0, got {tick!r}")
            target = int(tick)
        with self._cond:
            self._check_open()
            self._position = target
            self._resume_index = None  # start from the new position, not the paused one
            if self._state != "playing":
                if self._state == "finished":
                    self._state = "stopped"
                return None
            at, _ = self._cut()
            self._release(at, all_notes_off=True)
            self._released.clear()  # nothing before the new position plays again
            return self._begin(max(at, self._now() + round(self.start_delay * self._rate)))

    def set_loop(self, start: float | None, end: float | None = None, *, ticks: bool = False) -> None:
        """Loop ``[start, end)`` (seconds, or ticks with ``ticks=True``); ``set_loop(None)`` ends looping.

        The loop applies while the position is before ``end``; it is picked
        up by the feeder at the next loop end.

        Example
        -------
        >>> # player.set_loop(2.0, 4.0); player.set_loop(0, 1920, ticks=True); player.set_loop(None)
        """
        if start is None:
            with self._cond:
                self._loop = None
            return
        if end is None:
            raise ValueError("a loop needs an end")
        if ticks:
            lo, hi = int(start), int(end)
        else:
            if not (start >= 0 and end >= 0):
                raise ValueError(f"loop times must be >= 0 seconds, got {start!r}, {end!r}")
            lo, hi = self._tempo.seconds_to_tick(start), self._tempo.seconds_to_tick(end)
        if not 0 <= lo < hi:
            raise ValueError(f"a loop needs 0 <= start < end, got {start!r}..{end!r}")
        with self._cond:
            self._loop = (lo, hi)

    @property
    def loop(self) -> tuple[int, int] | None:
        """The loop region in ticks, or None."""
        return self._loop

    # -- state -----------------------------------------------------------------------------
    @property
    def state(self) -> PlayerState:
        """'stopped', 'playing', 'paused' or 'finished' (every event queued)."""
        return self._state

    @property
    def is_playing(self) -> bool:
        """Whether events are being scheduled or still sounding."""
        with self._cond:
            if self._state == "playing":
                return True
            return self._state == "finished" and self._last_sent is not None and self._now() < self._last_sent

    @property
    def position_ticks(self) -> int:
        """The tick sounding now (the resume point when paused or stopped)."""
        with self._cond:
            if self._state != "playing":
                return self._position
            now = self._now()
            return self._tick_at(now) if now >= self._f0 else self._tick0

    @property
    def position(self) -> float:
        """:attr:`position_ticks` in seconds."""
        return float(self._seconds(self.position_ticks))

    @property
    def duration(self) -> float:
        """Length of the sequence in seconds."""
        return float(self._seconds(self._end_tick))

    @property
    def late(self) -> int:
        """Messages the output sent after their frame."""
        return int(self.output.late)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the end has sounded (False if ``timeout`` passes first, or when looping).

        Example
        -------
        >>> # player.start(); player.wait()
        """
        deadline = None if timeout is None else _time.monotonic() + timeout
        with self._cond:
            while self._state == "playing":
                remaining = None if deadline is None else deadline - _time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                self._cond.wait(remaining if remaining is not None else 0.5)
            if self._state != "finished" or self._last_sent is None:
                return self._state != "paused"
            end = self._last_sent
        while (left := end - self._locked_now()) > 0:
            if deadline is not None and _time.monotonic() > deadline:
                return False
            _time.sleep(min(0.01, left / float(self._rate)))
        return True

    def _locked_now(self) -> int:
        with self._cond:
            return self._now()

    # -- lifetime --------------------------------------------------------------------------
    def close(self) -> None:
        """Stop (releasing notes), end the feeder, close an own output (idempotent).

        Example
        -------
        >>> # player.close(); player.closed   -> True
        """
        if self._closed:
            return
        self.stop()
        with self._cond:
            self._closed = True
            self._cond.notify_all()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()
        if self._own_output:
            self.output.close()
        if self._own_client is not None:
            self._own_client.close()

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` ran."""
        return self._closed

    def __enter__(self) -> MIDIPlayer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        if self._closed:
            return "MIDIPlayer(<closed>)"
        loop = "" if self._loop is None else f", loop={self._loop}"
        return (f"MIDIPlayer({self.output.name!r}, {self._state}, events={len(self._ticks)}, "
                f"duration={self.duration:.2f}s, sent={self.sent}{loop})")
