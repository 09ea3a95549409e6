"""The hand-off from CoreMIDI's threads to Python.

Received data: the capi receivers copy each packet list / event list into the
port's :class:`InputQueue` -- a bounded single-producer single-consumer
:class:`~coremusic.realtime.EventRing` (byte and event capacity) -- and ring a
doorbell; nothing else runs on CoreMIDI's thread, which never blocks: when the
ring is full the list is dropped and counted in ``lost``.  A dispatcher thread
drains the ring, decodes and delivers, so a slow user callback never blocks
CoreMIDI's receive thread.  In pull mode the dispatcher stops draining while
the reader has ``events`` decoded items waiting, so a reader that falls behind
makes the ring fill and overruns show in ``lost`` (memory stays bounded).

Client notifications use the :class:`Dispatcher` inbox directly (they are rare)."""

from __future__ import annotations

import asyncio
import queue
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from coremusic import capi
from coremusic.midi.coremidi._common import (
    IncompleteSysexError,
    MIDIInputError,
    ReceivedMessage,
    host_time_to_seconds,
    split_messages,
)
from coremusic.midi.messages import MIDIMessage

__all__ = ["Dispatcher", "InputDecoder", "InputQueue", "Sink"]

_STOP = object()


class Dispatcher:
    """A daemon thread running ``handle(item)`` for each item put on :attr:`inbox`;
    ``idle()`` runs every ``tick`` seconds without items (``tick=None``: never)."""

    def __init__(self, name: str, handle: Callable[[Any], None],
                 idle: Callable[[], None] | None = None, tick: float | None = None) -> None:
        self.inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._handle = handle
        self._idle = idle
        self._tick = tick
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        get, handle, idle, tick = self.inbox.get, self._handle, self._idle, self._tick
        while True:
            try:
                item = get(timeout=tick) if tick is not None else get()
            except queue.Empty:
                if idle is not None:
                    idle()
                continue
            if item is _STOP:
                return
            handle(item)
            if idle is not None:
                idle()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def stop(self) -> None:
        """Finish the queued items, then end the thread (joined unless called from it)."""
        self.inbox.put(_STOP)
        if threading.current_thread() is not self._thread:
            self._thread.join()


def _no_doorbell(token: Any) -> None:
    """The doorbell of an InputQueue nobody waits on yet: the items stay in the ring."""


class InputQueue:
    """The bounded queue from CoreMIDI's receive thread to a port's dispatcher.

    Parameters
    ----------
    events : int
        Packet lists / event lists it holds (a power of two).
    nbytes : int
        Bytes of copied lists it holds (a power of two).
    wake : callable, optional
        Called with ``None`` after each successful :meth:`put` (the dispatcher's
        doorbell); settable later as :attr:`wake` (before CoreMIDI can call :meth:`put`).

    Example
    -------
    >>> import queue
    >>> bell = queue.SimpleQueue()
    >>> q = InputQueue(2, 64, bell.put)
    >>> q.put(b"abc", 1); q.put(b"de", 2); q.put(b"f", 3)
    >>> q.lost, q.get(), bell.qsize()
    (1, (b'abc', 1), 2)
    """

    def __init__(self, events: int, nbytes: int, wake: Callable[[Any], None] | None = None) -> None:
        # numpy comes in with the first port, not with ``import coremusic``
        from coremusic.realtime.ringbuffer import EventRing

        for value, what in ((events, "queue_events"), (nbytes, "queue_bytes")):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"{what} must be an int, not {type(value).__name__}")
            if value < 1 or value & (value - 1):
                raise ValueError(f"{what} must be a power of two >= 1, got {value}")
        self.ring = EventRing(nbytes, events)
        self.events = events
        self.nbytes = nbytes
        self.lost = 0  # written by the producer (CoreMIDI's thread) only
        self.wake: Callable[[Any], None] = wake if wake is not None else _no_doorbell

    def put(self, raw: bytes, ref: int) -> None:
        """CoreMIDI's thread: copy ``raw`` in, or count it lost; never blocks."""
        if self.ring.push(raw, 0, None, ref):
            self.wake(None)
        else:
            self.lost += 1

    def get(self) -> tuple[bytes, int] | None:
        """The dispatcher: the oldest ``(raw, conn_refcon)``, or None when empty."""
        item = self.ring.pop_event()
        return None if item is None else (item[0], item[2])

    def __len__(self) -> int:
        return self.ring.events_available

    def __repr__(self) -> str:
        return f"<InputQueue {len(self)}/{self.events} lists, {self.nbytes} bytes, lost={self.lost}>"


class Sink:
    """Where decoded items go, chosen at construction: a callback (on the dispatcher
    thread, or on an asyncio loop), or a pull queue that ``async for`` can move to a loop."""

    def __init__(self, callback: Callable[[Any], Any] | None, loop: asyncio.AbstractEventLoop | None) -> None:
        self.callback = callback
        self.pull = callback is None  # the delivery mode, fixed at construction
        self.errors: list[BaseException] = []
        self._lock = threading.Lock()
        self._loop = loop
        self._aqueue: asyncio.Queue[Any] | None = None
        self.pulled: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def detach(self) -> None:
        """Drop the user's callable once nothing can deliver any more (on a loop, the
        calls already scheduled keep the sink and run the callable)."""
        if self._loop is None:
            self.callback = None

    def _call(self, item: Any) -> None:
        if isinstance(item, BaseException):
            self.errors.append(item)
            return
        callback = self.callback
        if callback is None:
            return
        try:
            callback(item)
        except BaseException as exc:  # kept; re-raised by check_errors()/close()
            self.errors.append(exc)

    def put(self, item: Any) -> None:
        """Deliver one item (a decoded value or an exception to raise to the consumer)."""
        if not self.pull:
            if self._loop is None:
                self._call(item)
            else:
                self._to_loop(self._loop, self._call, item)
            return
        with self._lock:
            loop, aqueue = self._loop, self._aqueue
            if loop is None or aqueue is None:
                self.pulled.put(item)
                return
        self._to_loop(loop, aqueue.put_nowait, item)

    def _to_loop(self, loop: asyncio.AbstractEventLoop, fn: Callable[[Any], None], item: Any) -> None:
        try:
            loop.call_soon_threadsafe(fn, item)
        except RuntimeError as exc:  # the loop is closed: keep the item and say why
            self.errors.append(RuntimeError(f"asyncio loop closed before delivery of {item!r}"))
            self.errors[-1].__cause__ = exc

    def backlog(self) -> int:
        """Decoded items waiting for the reader (pull mode; 0 in callback mode)."""
        if not self.pull:
            return 0
        aqueue = self._aqueue
        return aqueue.qsize() if aqueue is not None else self.pulled.qsize()

    def bind_loop(self) -> asyncio.Queue[Any]:
        """Route pulled items to the running asyncio loop (``async for``); items already
        waiting move over first."""
        loop = asyncio.get_running_loop()
        with self._lock:
            if self._aqueue is not None:
                if self._loop is not loop:
                    raise RuntimeError("this port already delivers to another asyncio loop")
                return self._aqueue
            self._loop, self._aqueue = loop, asyncio.Queue()
            while True:
                try:
                    self._aqueue.put_nowait(self.pulled.get_nowait())
                except queue.Empty:
                    break
            return self._aqueue

    def raise_pending(self) -> None:
        """Re-raise the first kept exception (then forget them all)."""
        if self.errors:
            first = self.errors[0]
            self.errors.clear()
            try:
                raise first
            finally:
                del first


class InputDecoder:
    """Turns copied packet lists into :class:`ReceivedMessage` values: one
    :class:`~coremusic.capi.SysexAssembler` per connection (sysex of any length),
    every message kept (``ignore`` is the caller's explicit filter), bad bytes
    and incomplete sysex turned into :class:`MIDIInputError` items."""

    def __init__(self, sources: Callable[[int], Any], ignore: Iterable[str] = (),
                 sysex_timeout: float | None = 2.0) -> None:
        self._sources = sources
        self.ignore = frozenset(ignore)
        if sysex_timeout is not None and sysex_timeout <= 0:
            raise ValueError(f"sysex_timeout must be > 0 seconds or None, got {sysex_timeout}")
        self.sysex_timeout = sysex_timeout
        self._assemblers: dict[int, capi.SysexAssembler] = {}
        self._opened: dict[int, float] = {}

    def decode(self, raw: bytes, ref: int) -> list[ReceivedMessage | MIDIInputError]:
        source = self._sources(ref)
        out: list[ReceivedMessage | MIDIInputError] = []
        try:
            packets = capi.parse_packet_list_bytes(raw)
        except ValueError as exc:
            return [MIDIInputError(f"corrupt packet list: {exc}", bytes(raw), 0, source)]
        asm = self._assemblers.get(ref)
        if asm is None:
            asm = self._assemblers[ref] = capi.SysexAssembler()
        seen = len(asm.abandoned)
        finished = asm.feed(packets)
        for partial in asm.abandoned[seen:]:
            out.append(IncompleteSysexError("system-exclusive message interrupted by a status byte",
                                            partial, 0, source))
        del asm.abandoned[:]
        if asm.pending_since is None:
            self._opened.pop(ref, None)
        elif ref not in self._opened:
            self._opened[ref] = time.monotonic()
        for stamp, data in finished:
            seconds = host_time_to_seconds(stamp)
            pending_error: str | None = None
            for item in split_messages(data):
                if isinstance(item, str):
                    pending_error = item
                    continue
                if pending_error is not None:
                    out.append(MIDIInputError(pending_error, item, stamp, source))
                    pending_error = None
                    continue
                try:
                    message = MIDIMessage.from_bytes(item)
                except ValueError as exc:
                    out.append(MIDIInputError(str(exc), item, stamp, source))
                    continue
                if message.type not in self.ignore:
                    out.append(ReceivedMessage(message, stamp, seconds, source))
        return out

    def expire(self) -> list[IncompleteSysexError]:
        """Abandon sysex messages open for longer than ``sysex_timeout``."""
        if self.sysex_timeout is None or not self._opened:
            return []
        now, out = time.monotonic(), []
        for ref, opened in list(self._opened.items()):
            if now - opened >= self.sysex_timeout:
                asm = self._assemblers[ref]
                stamp = asm.pending_since or 0
                partial = asm.abandon()
                del asm.abandoned[:]
                del self._opened[ref]
                out.append(IncompleteSysexError(
                    f"system-exclusive message without 0xF7 after {self.sysex_timeout} s "
                    f"({len(partial)} bytes)", partial, stamp, self._sources(ref)))
        return out
