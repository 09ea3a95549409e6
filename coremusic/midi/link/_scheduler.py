"""The scheduler thread shared by the Link MIDI clock and sequencer.

A scheduler wakes every ``interval`` seconds, refreshes its target's time map,
captures the Link session state and queues every message whose time falls before
``now + lookahead``. Messages carry their exact Link time, so a wake-up that comes
late changes nothing as long as it comes within the look-ahead; and as nothing is
queued further ahead than the look-ahead, a tempo change from any peer applies to
every message later than that.
"""

from __future__ import annotations

import math
import threading
from abc import ABC, abstractmethod
from collections import deque
from types import TracebackType
from typing import TYPE_CHECKING, Any

from coremusic.link._state import SessionState, check_quantum
from coremusic.midi.link._targets import (
    JackLinkTimebase,
    LinkMIDITarget,
    check_seconds,
    check_session,
    make_target,
)

if TYPE_CHECKING:
    from typing import Self

    from coremusic.link import LinkSession

__all__ = ["LinkScheduler", "first_multiple"]

#: Beats within this of a grid point count as on it (Link's beat math is in doubles).
EPSILON = 1e-6


def first_multiple(beat: float, step: float) -> float:
    """The first multiple of ``step`` at or after ``beat`` (within :data:`EPSILON`).

    Example
    -------
    >>> first_multiple(4.0000000001, 4.0), first_multiple(4.1, 4.0), first_multiple(-1.5, 4.0)
    (4.0, 8.0, 0.0)
    """
    return math.ceil(beat / step - EPSILON) * step


class LinkScheduler(ABC):
    """Base of the Link MIDI schedulers: target, thread, lifetime, errors.

    Subclasses implement :meth:`_schedule` (queue what falls before ``horizon``)
    and :meth:`_finish` (what to send when stopping).
    """

    _thread_name = "coremusic-link-midi"

    def __init__(self, session: LinkSession, port: Any, dest: Any = None, *,
                 timebase: JackLinkTimebase | None = None, quantum: float | None = None,
                 lookahead: float = 0.1, interval: float | None = None) -> None:
        self.session = check_session(session)
        self.lookahead = check_seconds(lookahead, "lookahead", low=0.001, high=5.0)
        self.target: LinkMIDITarget = make_target(session, port, dest, timebase=timebase,
                                                  lookahead=self.lookahead)
        self._quantum = None if quantum is None else check_quantum(quantum)
        self.interval = (self.lookahead / 4.0 if interval is None
                         else check_seconds(interval, "interval", low=0.0005, high=self.lookahead))
        tb = getattr(self.target, "timebase", None)
        if isinstance(tb, JackLinkTimebase) and tb.horizon < self.lookahead:
            raise ValueError(f"the timebase's horizon ({tb.horizon:g} s) must be at least the "
                             f"look-ahead ({self.lookahead:g} s)")
        self._lock = threading.RLock()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._closed = False
        self._last_time: float | None = None
        # what was sent and may not have played yet: (Link time, message), for a stop to recall
        self._log: deque[tuple[float, bytes]] = deque()
        self.errors: list[BaseException] = []

    # -- parameters ---------------------------------------------------------------

    @property
    def quantum(self) -> float:
        """Beats per phase cycle used for quantizing (default: the session's)."""
        return self.session.quantum if self._quantum is None else self._quantum

    @property
    def running(self) -> bool:
        """Whether the scheduler thread runs."""
        return self._thread is not None

    @property
    def closed(self) -> bool:
        """True after :meth:`close`."""
        return self._closed

    # -- lifetime -----------------------------------------------------------------

    def start(self) -> None:
        """Start the scheduler thread (no-op when running)."""
        with self._lock:
            if self._closed:
                raise RuntimeError(f"this {type(self).__name__} is closed")
            if self.session.closed:
                raise RuntimeError("the LinkSession is closed")
            if self._thread is not None:
                return
            self._on_start()
            self._wake.clear()
            self._thread = threading.Thread(target=self._run, name=self._thread_name, daemon=True)
            self._thread.start()

    def stop(self) -> None:
        """Stop the thread, then send what ends playback (no-op when stopped).

        Takes effect at once where the target can recall queued messages
        (JACK): what was queued from now plus a small margin (a few JACK
        cycles) on is recalled, and what ends playback (note-offs for the
        notes sounding then, or MIDI Stop) is sent at that time.  Other
        targets (CoreMIDI) keep what they hold, up to the look-ahead, and what
        :meth:`stop` sends comes after it.
        """
        with self._lock:
            thread, self._thread = self._thread, None
            if thread is None:
                return
            self._wake.set()
        thread.join()
        with self._lock:
            if not self.session.closed:
                try:
                    cut = float(self.session.clock.micros() + self._margin)
                    self._recall(cut)
                    self._finish(self._send_time(cut))
                except Exception as exc:  # kept like the thread's errors, and raised
                    self.errors.append(exc)
                    raise

    def close(self) -> None:
        """Stop; the port and session stay open (they belong to the caller). Idempotent."""
        if self._closed:
            return
        self.stop()
        self._closed = True

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- the thread ---------------------------------------------------------------

    def _run(self) -> None:
        while not self._wake.is_set():
            try:
                self.run_once()
            except Exception as exc:  # reported through .errors; the thread keeps going
                if len(self.errors) < 64:
                    self.errors.append(exc)
            self._wake.wait(self.interval)

    def run_once(self) -> None:
        """One wake-up: refresh the time map and queue up to the look-ahead.

        The thread calls it every ``interval``; tests and custom loops may call it
        directly (without :meth:`start`).
        """
        with self._lock:
            if self.session.closed:
                raise RuntimeError("the LinkSession was closed under the scheduler")
            self.target.refresh()
            now = self.session.clock.micros()
            log = self._log
            while log and log[0][0] < now:
                log.popleft()
            state = self.session.capture_app_session_state()
            self._schedule(state, now, now + self.lookahead * 1e6)

    @property
    def _margin(self) -> int:
        """Microseconds a first message keeps from now, for the backend to take it in
        time (a JACK cycle or two)."""
        return round(min(self.lookahead / 2.0, 0.02) * 1e6)

    def _send(self, data: bytes, time: float) -> float:
        """Send at ``time`` or right after the previous message; the time used."""
        at = self._send_time(time)
        self.target.send(data, at)
        self._last_time = at
        self._log.append((at, data))
        return at

    def _recall(self, cut: float) -> None:
        """Recall what was queued at ``cut`` or later, if the target can (lock held)."""
        if not self._log or not self.target.cancel(cut):
            return
        kept = [(t, d) for t, d in self._log if t < cut]
        recalled = [(t, d) for t, d in self._log if t >= cut]
        self._log = deque(kept)
        self._last_time = kept[-1][0] if kept else None
        if recalled:
            self._recalled(recalled)

    def _send_time(self, time: float) -> float:
        return time if self._last_time is None else max(time, self._last_time)

    # -- subclass hooks -----------------------------------------------------------

    def _on_start(self) -> None:
        """Reset per-run state (called by :meth:`start`, under the lock)."""
        self._last_time = None

    @abstractmethod
    def _schedule(self, state: SessionState, now: int, horizon: float) -> None:
        """Queue every message whose Link time is before ``horizon``."""

    @abstractmethod
    def _recalled(self, messages: list[tuple[float, bytes]]) -> None:
        """Undo the bookkeeping of ``messages`` (time order), which the target recalled."""

    @abstractmethod
    def _finish(self, time: float) -> None:
        """Send what ends playback, at ``time`` (after everything still queued)."""
