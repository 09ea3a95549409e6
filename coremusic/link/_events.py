"""Delivering Link's events to Python: a dispatcher thread and a beat scheduler.

Link calls its callbacks on its own thread.  The shim never enters Python there: it
stores the latest values and counters and signals a condition.  ``EventDispatcher``
is a Python thread that waits on that condition (the GIL released while it waits)
and calls the user's callbacks, directly or on an asyncio loop through
``loop.call_soon_threadsafe``.  ``BeatScheduler`` is a Python thread that resolves
``await session.sync(...)`` futures when the beat grid is reached.
"""

from __future__ import annotations

import asyncio
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from coremusic.link._shim import NativeLink

# Longest the scheduler sleeps before re-reading the timeline, so that a tempo change
# made by a peer during a wait delays a wake-up by at most this much.
_RESCHEDULE_S = 0.01


@dataclass
class Subscription:
    """A user callback and where to run it (its own thread, or an asyncio loop)."""

    function: Callable[[Any], object]
    loop: asyncio.AbstractEventLoop | None = None


class EventDispatcher:
    """The Python thread that turns the shim's event counters into callback calls."""

    def __init__(self, native: NativeLink, name: str) -> None:
        self._native = native
        self._lock = threading.Lock()
        self._subs: dict[str, Subscription | None] = {
            "num_peers": None, "tempo": None, "start_stop": None,
        }
        self.errors: list[BaseException] = []
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._started = False
        self._seen = (0, 0, 0)
        self.on_tempo_change: Callable[[], None] | None = None

    def subscribe(self, kind: str, sub: Subscription | None) -> None:
        with self._lock:
            self._subs[kind] = sub
            if sub is not None:
                self._start_locked()

    def ensure_running(self) -> None:
        with self._lock:
            self._start_locked()

    def _start_locked(self) -> None:
        if self._started:
            return
        # Counters read here, in the subscribing thread: events from before the first
        # subscription are history, and every later one is delivered.
        peers_seq, _, tempo_seq, _, ss_seq, _, _ = self._native.wait_events(0, 0.0)
        self._seen = (peers_seq, tempo_seq, ss_seq)
        self._started = True
        self._thread.start()

    def _run(self) -> None:
        seen = self._seen
        while True:
            peers_seq, peers, tempo_seq, tempo, ss_seq, playing, closed = (
                self._native.wait_events(sum(seen), 1.0)
            )
            if closed:
                return
            fired: list[tuple[str, object]] = []
            if peers_seq != seen[0]:
                fired.append(("num_peers", peers))
            if tempo_seq != seen[1]:
                fired.append(("tempo", tempo))
                hook = self.on_tempo_change
                if hook is not None:
                    hook()
            if ss_seq != seen[2]:
                fired.append(("start_stop", playing))
            seen = (peers_seq, tempo_seq, ss_seq)
            for kind, value in fired:
                with self._lock:
                    sub = self._subs[kind]
                if sub is not None:
                    self._deliver(sub, value)

    def _deliver(self, sub: Subscription, value: object) -> None:
        if sub.loop is None:
            self._call(sub.function, value)
            return
        try:
            sub.loop.call_soon_threadsafe(self._call, sub.function, value)
        except RuntimeError as exc:  # the loop was closed: nothing can receive it
            self.errors.append(exc)

    def _call(self, function: Callable[[Any], object], value: object) -> None:
        try:
            function(value)
        except Exception as exc:  # a user bug must not stop event delivery
            self.errors.append(exc)

    def stop(self) -> None:
        """Wake the thread through the shim and join it (call ``close_events`` first)."""
        with self._lock:
            started = self._started
        if started and self._thread is not threading.current_thread():
            self._thread.join()


@dataclass(order=True)
class _Waiter:
    target: float
    seq: int
    quantum: float = field(compare=False)
    loop: asyncio.AbstractEventLoop = field(compare=False)
    future: asyncio.Future[float] = field(compare=False)


def _resolve(future: asyncio.Future[float], beat: float) -> None:
    if not future.done():
        future.set_result(beat)


def _fail(future: asyncio.Future[float], exc: BaseException) -> None:
    if not future.done():
        future.set_exception(exc)


class BeatScheduler:
    """The Python thread that completes ``sync`` futures on the Link beat grid."""

    def __init__(self, native: NativeLink, name: str) -> None:
        self._native = native
        self._cond = threading.Condition()
        self._waiters: list[_Waiter] = []
        self._seq = 0
        self._closed = False
        self._thread: threading.Thread | None = None
        self._name = name
        self.undeliverable = 0  # results whose event loop was already closed

    def add(self, target: float, quantum: float, loop: asyncio.AbstractEventLoop,
            future: asyncio.Future[float]) -> _Waiter:
        with self._cond:
            if self._closed:
                raise RuntimeError("the LinkSession is closed")
            self._seq += 1
            waiter = _Waiter(target, self._seq, quantum, loop, future)
            self._waiters.append(waiter)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
                self._thread.start()
            self._cond.notify_all()
            return waiter

    def remove(self, waiter: _Waiter) -> None:
        with self._cond:
            if waiter in self._waiters:
                self._waiters.remove(waiter)

    def poke(self) -> None:
        """Re-read the timeline now (a peer changed the tempo)."""
        with self._cond:
            self._cond.notify_all()

    def _run(self) -> None:
        with self._cond:
            while not self._closed:
                if not self._waiters:
                    self._cond.wait()
                    continue
                state = self._native.capture_app_session_state()
                now = self._native.micros()
                due: list[_Waiter] = []
                wake_at = math.inf
                for waiter in self._waiters:
                    if state.beat_at_time(now, waiter.quantum) >= waiter.target:
                        due.append(waiter)
                    else:
                        at = state.time_at_beat(waiter.target, waiter.quantum)
                        wake_at = min(wake_at, float(at))
                for waiter in due:
                    self._waiters.remove(waiter)
                    self._send(waiter, _resolve, waiter.target)
                if self._waiters:
                    delay = max(0.0, (wake_at - now) / 1e6)
                    self._cond.wait(min(delay, _RESCHEDULE_S))
            pending, self._waiters = self._waiters, []
        for waiter in pending:
            self._send(waiter, _fail, RuntimeError("the LinkSession was closed"))

    def _send(self, waiter: _Waiter, how: Callable[[asyncio.Future[float], Any], None],
              value: object) -> None:
        try:
            waiter.loop.call_soon_threadsafe(how, waiter.future, value)
        except RuntimeError:  # the waiting loop is closed: its future can never be awaited
            self.undeliverable += 1

    def close(self) -> None:
        with self._cond:
            self._closed = True
            thread = self._thread
            self._cond.notify_all()
        if thread is not None and thread is not threading.current_thread():
            thread.join()
