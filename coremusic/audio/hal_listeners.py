"""HAL property listeners delivered to Python safely (macOS CoreAudio).

The HAL calls property listeners on its own threads.  The classes in
:mod:`coremusic.audio.hal_devices` never run user code there: the C-level
listener (a :class:`coremusic.capi.hal.PropertyListener`) only hands the event
on, either to one shared Python *dispatcher thread* or, when ``loop=`` is
given, to an asyncio event loop through ``loop.call_soon_threadsafe``.  The
value the user callback receives (the new device list, the new default device,
the new sample rate) is queried live at delivery time, on that thread.

Exceptions a user callback raises are counted on its :class:`DeviceSubscription`
(``error_count``) and kept for :meth:`DeviceSubscription.check_errors`; they
never cross into C.

A subscription stays active (and keeps its callback alive) until
:meth:`DeviceSubscription.remove` is called, also when you drop your reference
to it: use it as a context manager to tie it to a block.

All subscriptions without ``loop=`` share one dispatcher thread, in order: a
callback that blocks delays the others, so hand long work elsewhere.
"""

from __future__ import annotations

import atexit
import queue
import threading
import warnings
from collections import deque
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any

from coremusic.capi import hal
from coremusic.capi.hal_callbacks import PropertyListener

if TYPE_CHECKING:
    import asyncio

__all__ = ["DeviceSubscription", "active_subscriptions", "drain_events", "remove_all_subscriptions"]

_PENDING_LIMIT = 64  # exceptions kept per subscription until check_errors()


class _Dispatcher:
    """One daemon thread running queued deliveries in order."""

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def submit(self, job: Callable[[], None]) -> None:
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="coremusic-hal-events",
                                                daemon=True)
                self._thread.start()
        self._queue.put(job)

    def _run(self) -> None:
        while True:
            self._queue.get()()

    def drain(self, timeout: float | None) -> bool:
        done = threading.Event()
        self.submit(done.set)
        return done.wait(timeout)


_dispatcher = _Dispatcher()
_active: set[DeviceSubscription] = set()
_active_lock = threading.Lock()


def drain_events(timeout: float | None = 5.0) -> bool:
    """Wait until the dispatcher thread has delivered every event queued so far.

    Returns ``False`` when ``timeout`` seconds passed first.  Events for
    subscriptions with ``loop=`` are delivered by their loop, not waited for here.

    Example
    -------
    >>> drain_events(1.0)
    True
    """
    return _dispatcher.drain(timeout)


def active_subscriptions() -> tuple[DeviceSubscription, ...]:
    """The subscriptions not yet removed.

    Example
    -------
    >>> isinstance(active_subscriptions(), tuple)
    True
    """
    with _active_lock:
        return tuple(_active)


def remove_all_subscriptions() -> int:
    """Remove every active subscription; returns how many were removed.

    Runs at interpreter exit too, so the HAL never calls into a finalizing
    interpreter.  A removal the HAL refuses is reported as a ``RuntimeWarning``
    and the others still proceed.

    Example
    -------
    >>> remove_all_subscriptions()
    0
    """
    removed = 0
    for sub in active_subscriptions():
        try:
            sub.remove()
        except Exception as exc:  # keep removing the others; say which one failed
            warnings.warn(f"could not remove {sub!r}: {exc}", RuntimeWarning, stacklevel=2)
        removed += 1
    return removed


atexit.register(remove_all_subscriptions)


class DeviceSubscription:
    """A user callback subscribed to HAL property changes; :meth:`remove` ends it.

    Attributes
    ----------
    description : str
        What is listened to, e.g. ``"default output device"``.
    call_count : int
        Deliveries made, including those that raised.
    error_count : int
        Deliveries that raised (in the callback, or while querying the new value).

    Example
    -------
    >>> from coremusic.audio.hal_devices import AudioDeviceManager       # doctest: +SKIP
    >>> sub = AudioDeviceManager.on_devices_changed(print)              # doctest: +SKIP
    >>> sub.active                                                      # doctest: +SKIP
    True
    >>> sub.remove(); sub.check_errors()                                # doctest: +SKIP
    """

    def __init__(self, description: str, callback: Callable[..., object],
                 produce: Callable[[], tuple[Any, ...]], *,
                 loop: asyncio.AbstractEventLoop | None = None) -> None:
        if not callable(callback):
            raise TypeError(f"callback must be callable, got {type(callback).__name__}")
        if loop is not None and not callable(getattr(loop, "call_soon_threadsafe", None)):
            raise TypeError(f"loop must be an asyncio event loop, got {type(loop).__name__}")
        self.description = description
        self._callback: Callable[..., object] | None = callback
        self._produce: Callable[[], tuple[Any, ...]] | None = produce
        self._loop = loop
        self._listeners: list[PropertyListener] = []
        self._pending: deque[BaseException] = deque(maxlen=_PENDING_LIMIT)
        self._lock = threading.Lock()
        self.call_count = 0
        self.error_count = 0

    # ------------------------------------------------------------ registration
    def _listen(self, targets: Sequence[tuple[int, tuple[str, str, int]]]) -> None:
        """Add one HAL listener per ``(object_id, (selector, scope, element))``;
        on failure remove those already added and re-raise."""
        try:
            for object_id, address in targets:
                self._listeners.append(
                    hal.audio_object_add_property_listener(object_id, address, self._on_hal))
        except BaseException:
            self._remove_listeners()
            raise
        with _active_lock:
            _active.add(self)

    def _remove_listeners(self) -> None:
        errors: list[BaseException] = []
        while self._listeners:
            listener = self._listeners.pop()
            try:
                hal.audio_object_remove_property_listener(listener)
            except Exception as exc:  # the HAL refused: C keeps that one; report after the rest
                errors.append(exc)
        if errors:
            raise errors[0]

    @property
    def active(self) -> bool:
        """Whether the subscription still receives events."""
        return self._callback is not None

    @property
    def callback(self) -> Callable[..., object] | None:
        """The user callback, or ``None`` once removed."""
        return self._callback

    def remove(self) -> None:
        """Stop delivery and let go of the callback (idempotent).

        Events already queued are dropped.  Raises
        :class:`~coremusic.exceptions.AudioDeviceError` when the HAL refuses to
        remove a listener (the subscription is inactive all the same).

        Example
        -------
        >>> sub.remove()                                    # doctest: +SKIP
        """
        with self._lock:
            if self._callback is None:
                return
            self._callback = None
            self._produce = None
        with _active_lock:
            _active.discard(self)
        self._remove_listeners()

    def __enter__(self) -> DeviceSubscription:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.remove()

    # ------------------------------------------------------------ delivery
    def _on_hal(self, object_id: int, addresses: tuple[Any, ...]) -> None:
        """Runs on a HAL thread: hand the event on, run nothing of the user's."""
        if self._callback is None:
            return
        if self._loop is None:
            _dispatcher.submit(self._deliver)
            return
        try:
            self._loop.call_soon_threadsafe(self._deliver)
        except RuntimeError as exc:  # the loop is closed: count it, keep C out of it
            self._record(exc)

    def _deliver(self) -> None:
        with self._lock:
            callback, produce = self._callback, self._produce
        if callback is None or produce is None:
            return
        try:
            args = produce()
            callback(*args)
        except Exception as exc:
            self._record(exc)
        finally:
            self.call_count += 1

    def _record(self, exc: BaseException) -> None:
        with self._lock:
            self.error_count += 1
            self._pending.append(exc)

    @property
    def exceptions(self) -> tuple[BaseException, ...]:
        """Exceptions raised since the last :meth:`check_errors`."""
        return tuple(self._pending)

    def check_errors(self) -> None:
        """Re-raise the oldest exception a delivery raised since the last check
        (the rest are dropped); do nothing if there was none.

        Example
        -------
        >>> sub.check_errors()                              # doctest: +SKIP
        """
        with self._lock:
            if not self._pending:
                return
            first = self._pending.popleft()
            self._pending.clear()
        raise first

    def __repr__(self) -> str:
        state = "active" if self.active else "removed"
        where = "asyncio loop" if self._loop is not None else "dispatcher thread"
        return (f"<DeviceSubscription {self.description}: {state}, on the {where}, "
                f"{self.call_count} calls, {self.error_count} errors>")
