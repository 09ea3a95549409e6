"""``LinkSession``: one Ableton Link participant."""

from __future__ import annotations

import asyncio
import math
import threading
import warnings
import weakref
from collections.abc import Callable
from types import TracebackType
from typing import Any

from coremusic.link._events import BeatScheduler, EventDispatcher, Subscription
from coremusic.link._shim import NativeLink, native
from coremusic.link._state import (
    LinkClock,
    SessionState,
    check_number,
    check_quantum,
    check_tempo,
    check_time,
)

__all__ = ["LinkSession"]


def _shutdown(link: NativeLink, events: EventDispatcher, scheduler: BeatScheduler) -> None:
    """Leave the session and stop both threads (also the safety net of a lost session)."""
    link.enable(False)
    link.close_events()
    scheduler.close()
    events.stop()


class LinkSession:
    """A participant in an Ableton Link session (tempo, beat phase and transport).

    Creating or enabling a session never changes the session on the network:
    ``bpm`` is only the tempo used while no peer is found, and joining adopts the
    tempo and beat phase of the peers already playing (aalink#7). Change the session
    explicitly (:attr:`tempo`, :meth:`commit_app_session_state`).

    Parameters
    ----------
    bpm : float
        Tempo of the local timeline until peers are found (20 to 999).
    quantum : float
        Beats per phase cycle (a bar of 4/4 is 4.0); the default of every method
        that takes a quantum.
    enabled : bool
        Join the network session now (``with`` also enables, and ``close`` leaves).
    start_stop_sync : bool
        Share start/stop of the transport with peers that enable it too.

    Example
    -------
    >>> from coremusic.link import LinkSession
    >>> s = LinkSession(bpm=120.0)        # not enabled yet: nothing on the network
    >>> s.tempo, s.num_peers, s.enabled
    (120.0, 0, False)
    >>> s.tempo = 96.0
    >>> t = s.clock.micros()
    >>> s.request_beat_at_time(0.0, t)    # alone, a request is granted exactly
    >>> abs(s.beat_at_time(t)) < 1e-9
    True
    >>> s.close()

    Joining the network session (enabled on entry, left on exit):

    >>> with LinkSession(bpm=120.0) as s:                     # doctest: +SKIP
    ...     state = s.capture_app_session_state()
    ...     beat = state.beat_at_time(s.clock.micros(), quantum=4.0)
    """

    _native: NativeLink | None = None

    def __init__(
        self,
        bpm: float = 120.0,
        *,
        quantum: float = 4.0,
        enabled: bool = False,
        start_stop_sync: bool = False,
    ) -> None:
        bpm = check_tempo(bpm)
        self._quantum = check_quantum(quantum)
        for name, flag in (("enabled", enabled), ("start_stop_sync", start_stop_sync)):
            if not isinstance(flag, bool):
                raise TypeError(f"{name} must be a bool, got {type(flag).__name__}")
        self._native = native.Link(bpm)
        self._clock = LinkClock(self._native)
        self._close_lock = threading.Lock()
        self._events = EventDispatcher(self._native, "coremusic-link-events")
        self._scheduler = BeatScheduler(self._native, "coremusic-link-beats")
        self._events.on_tempo_change = self._scheduler.poke
        self._finalizer = weakref.finalize(
            self, _shutdown, self._native, self._events, self._scheduler
        )
        if start_stop_sync:
            self._native.enable_start_stop_sync(True)
        if enabled:
            self._native.enable(True)

    # -- lifetime ---------------------------------------------------------------------

    def _link(self) -> NativeLink:
        link = self._native
        if link is None:
            raise RuntimeError("this LinkSession is closed")
        return link

    @property
    def closed(self) -> bool:
        """True after :meth:`close`."""
        return self._native is None

    def close(self) -> None:
        """Leave the session, stop the event threads and free Link. Idempotent.

        Pending ``sync`` awaits fail with RuntimeError. If user callbacks raised,
        a RuntimeWarning reports them (they are also in :attr:`callback_errors`).
        """
        with self._close_lock:
            if self._native is None:
                return
            self._finalizer()
            self._native = None
        errors = self._events.errors
        if errors:
            warnings.warn(
                f"{len(errors)} Link callback error(s); first: {errors[0]!r}",
                RuntimeWarning,
                stacklevel=2,
            )

    def __enter__(self) -> LinkSession:
        self.enable()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- network ----------------------------------------------------------------------

    @property
    def enabled(self) -> bool:
        """Whether this participant is connected to the network session."""
        return self._link().is_enabled()

    @enabled.setter
    def enabled(self, value: bool) -> None:
        if not isinstance(value, bool):
            raise TypeError(f"enabled must be a bool, got {type(value).__name__}")
        self._link().enable(value)

    def enable(self) -> None:
        """Join the network session (adopting its tempo and phase; pushes nothing)."""
        self._link().enable(True)

    def disable(self) -> None:
        """Leave the network session; the local timeline continues."""
        self._link().enable(False)

    @property
    def num_peers(self) -> int:
        """How many other participants share this session."""
        return self._link().num_peers()

    @property
    def start_stop_sync_enabled(self) -> bool:
        """Whether transport start/stop is shared with peers."""
        return self._link().is_start_stop_sync_enabled()

    @start_stop_sync_enabled.setter
    def start_stop_sync_enabled(self, value: bool) -> None:
        if not isinstance(value, bool):
            raise TypeError(
                f"start_stop_sync_enabled must be a bool, got {type(value).__name__}"
            )
        self._link().enable_start_stop_sync(value)

    @property
    def clock(self) -> LinkClock:
        """The host clock of the timeline (``micros()``, ``ticks()``)."""
        self._link()
        return self._clock

    @property
    def quantum(self) -> float:
        """Beats per phase cycle, the default quantum of every method."""
        return self._quantum

    @quantum.setter
    def quantum(self, value: float) -> None:
        self._quantum = check_quantum(value)

    def _q(self, quantum: float | None) -> float:
        return self._quantum if quantum is None else check_quantum(quantum)

    def _t(self, time: int | None) -> int:
        return self._link().micros() if time is None else check_time(time)

    # -- session states ---------------------------------------------------------------

    def capture_app_session_state(self) -> SessionState:
        """A snapshot of the session for use on an application (non-audio) thread."""
        return SessionState(self._link().capture_app_session_state(), self._quantum, "app")

    def commit_app_session_state(self, state: SessionState) -> None:
        """Apply the changes made to ``state`` (captured by either capture method)."""
        if not isinstance(state, SessionState):
            raise TypeError(f"state must be a SessionState, got {type(state).__name__}")
        self._link().commit_app_session_state(state.native)

    def capture_audio_session_state(self) -> SessionState:
        """A snapshot for the audio thread (realtime-safe in Link; no allocation)."""
        return SessionState(
            self._link().capture_audio_session_state(), self._quantum, "audio"
        )

    def commit_audio_session_state(self, state: SessionState) -> None:
        """Apply ``state`` from the audio thread (the one that captured it)."""
        if not isinstance(state, SessionState):
            raise TypeError(f"state must be a SessionState, got {type(state).__name__}")
        self._link().commit_audio_session_state(state.native)

    # -- shortcuts (capture, change, commit) ------------------------------------------

    @property
    def tempo(self) -> float:
        """The session tempo in bpm; setting it proposes a tempo to every peer."""
        return self._link().capture_app_session_state().tempo()

    @tempo.setter
    def tempo(self, bpm: float) -> None:
        self.set_tempo(bpm)

    def set_tempo(self, bpm: float, time: int | None = None) -> None:
        """Propose ``bpm`` from host ``time`` (default: now)."""
        link = self._link()
        state = link.capture_app_session_state()
        state.set_tempo(check_tempo(bpm), self._t(time))
        link.commit_app_session_state(state)

    def beat_at_time(self, time: int | None = None, quantum: float | None = None) -> float:
        """The beat at host ``time`` (default: now)."""
        return self._link().capture_app_session_state().beat_at_time(
            self._t(time), self._q(quantum)
        )

    def phase_at_time(self, time: int | None = None, quantum: float | None = None) -> float:
        """The phase within ``quantum`` at host ``time`` (default: now)."""
        return self._link().capture_app_session_state().phase_at_time(
            self._t(time), self._q(quantum)
        )

    def time_at_beat(self, beat: float, quantum: float | None = None) -> int:
        """The host time in microseconds of ``beat``."""
        return self._link().capture_app_session_state().time_at_beat(
            check_number(beat, "beat"), self._q(quantum)
        )

    def request_beat_at_time(
        self, beat: float, time: int | None = None, quantum: float | None = None
    ) -> None:
        """Ask for ``beat`` at ``time`` (quantised to the session's phase when joined)."""
        link = self._link()
        state = link.capture_app_session_state()
        state.request_beat_at_time(check_number(beat, "beat"), self._t(time), self._q(quantum))
        link.commit_app_session_state(state)

    def force_beat_at_time(
        self, beat: float, time: int | None = None, quantum: float | None = None
    ) -> None:
        """Force ``beat`` at ``time`` for the whole session (use sparingly)."""
        link = self._link()
        state = link.capture_app_session_state()
        state.force_beat_at_time(check_number(beat, "beat"), self._t(time), self._q(quantum))
        link.commit_app_session_state(state)

    def request_beat_at_start_playing_time(
        self, beat: float = 0.0, quantum: float | None = None
    ) -> None:
        """Map ``beat`` to the moment the transport started (no-op while stopped)."""
        link = self._link()
        state = link.capture_app_session_state()
        state.request_beat_at_start_playing_time(check_number(beat, "beat"), self._q(quantum))
        link.commit_app_session_state(state)

    @property
    def is_playing(self) -> bool:
        """The transport state; setting it starts/stops now (shared with sync on)."""
        return self._link().capture_app_session_state().is_playing()

    @is_playing.setter
    def is_playing(self, value: bool) -> None:
        self.set_is_playing(value)

    def set_is_playing(self, is_playing: bool, time: int | None = None) -> None:
        """Start or stop the transport at host ``time`` (default: now)."""
        if not isinstance(is_playing, bool):
            raise TypeError(f"is_playing must be a bool, got {type(is_playing).__name__}")
        link = self._link()
        state = link.capture_app_session_state()
        state.set_is_playing(is_playing, self._t(time))
        link.commit_app_session_state(state)

    # -- callbacks --------------------------------------------------------------------

    def _subscribe(
        self,
        kind: str,
        callback: Callable[[Any], object] | None,
        loop: asyncio.AbstractEventLoop | None,
    ) -> None:
        self._link()
        if callback is None:
            self._events.subscribe(kind, None)
            return
        if not callable(callback):
            raise TypeError(f"callback must be callable or None, got {type(callback).__name__}")
        if loop is not None and not isinstance(loop, asyncio.AbstractEventLoop):
            raise TypeError(f"loop must be an asyncio event loop, got {type(loop).__name__}")
        self._events.subscribe(kind, Subscription(callback, loop))

    def set_num_peers_callback(
        self,
        callback: Callable[[int], object] | None,
        *,
        loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        """Call ``callback(num_peers)`` when the peer count changes.

        It runs on the session's event thread, or on ``loop`` when given. An
        exception in it is kept in :attr:`callback_errors` (delivery continues).
        ``None`` removes the callback.
        """
        self._subscribe("num_peers", callback, loop)

    def set_tempo_callback(
        self,
        callback: Callable[[float], object] | None,
        *,
        loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        """Call ``callback(bpm)`` when the session tempo changes (see above)."""
        self._subscribe("tempo", callback, loop)

    def set_start_stop_callback(
        self,
        callback: Callable[[bool], object] | None,
        *,
        loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        """Call ``callback(is_playing)`` when the transport starts or stops."""
        self._subscribe("start_stop", callback, loop)

    @property
    def callback_errors(self) -> tuple[BaseException, ...]:
        """Exceptions raised by user callbacks so far."""
        return tuple(self._events.errors)

    # -- asyncio ----------------------------------------------------------------------

    async def sync(self, beat: float = 1.0, quantum: float | None = None) -> float:
        """Wait for the next beat that is a multiple of ``beat``; return that beat.

        aalink's semantics: ``await s.sync(1)`` resumes on the next whole beat,
        ``await s.sync(4)`` on the next beat divisible by 4 (a bar start when the
        quantum is 4), ``await s.sync(0.5)`` on the next eighth note. It is not
        "sleep ``beat`` beats": two calls in a row resume on consecutive grid points.
        Beats are read with ``quantum`` (default: the session's), so grid points are
        phase-aligned with every peer. Tempo changes during the wait are followed.
        """
        step = check_number(beat, "beat")
        if step <= 0.0:
            raise ValueError(f"beat must be > 0, got {beat!r}")
        q = self._q(quantum)
        link = self._link()
        current = link.capture_app_session_state().beat_at_time(link.micros(), q)
        target = (math.floor(current / step) + 1.0) * step
        loop = asyncio.get_running_loop()
        future: asyncio.Future[float] = loop.create_future()
        self._events.ensure_running()  # tempo changes wake the scheduler early
        waiter = self._scheduler.add(target, q, loop, future)
        try:
            return await future
        finally:
            self._scheduler.remove(waiter)

    async def next_beat(self) -> float:
        """Wait for the next whole beat (``sync(1)``); return it."""
        return await self.sync(1.0)

    async def next_bar(self) -> float:
        """Wait for the next multiple of the quantum (``sync(quantum)``); return it."""
        return await self.sync(self._quantum)

    def __repr__(self) -> str:
        if self._native is None:
            return "<LinkSession closed>"
        state = self._native.capture_app_session_state()
        return (
            f"<LinkSession {'enabled' if self._native.is_enabled() else 'disabled'} "
            f"tempo={state.tempo():.3f} bpm peers={self._native.num_peers()} "
            f"playing={state.is_playing()} quantum={self._quantum:g}>"
        )
