"""`MIDIClient`: a CoreMIDI client, its notifications, ports and virtual endpoints.

Notifications (setup changed, object added/removed, property changed, I/O
error) are decoded by :mod:`coremusic.capi` and handed to ``notify`` on a
Python dispatcher thread -- or on ``loop`` (asyncio) when one is given --
never on CoreMIDI's thread.  ``close()`` tears down in order: each input port
(stop its sources, dispose it, drop its trampoline state, stop its
dispatcher), each output port and virtual endpoint, then the client and its
notification dispatcher.

CoreMIDI exists only on macOS: elsewhere the constructor raises
:class:`~coremusic.exceptions.PlatformNotSupportedError` naming the portable
alternative, the JACK backend's MIDI ports (``coremusic.backends.jack``).
"""

from __future__ import annotations

import asyncio
import threading
import weakref
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Any, Literal

from coremusic import capi
from coremusic.midi.coremidi._common import require_coremidi
from coremusic.midi.coremidi._dispatch import Dispatcher, Sink
from coremusic.midi.coremidi.ports import (
    QUEUE_BYTES,
    QUEUE_EVENTS,
    MessageCallback,
    MIDIInputPort,
    MIDIOutputPort,
)

__all__ = ["MIDIClient", "NotifyCallback"]

#: receives a decoded notification (coremusic.capi.Notification and its variants)
NotifyCallback = Callable[[Any], Any]


def _dispose_client(ref: int, dispatcher: Dispatcher | None) -> None:
    try:
        capi.midi_client_dispose(ref)
    finally:
        if dispatcher is not None:
            dispatcher.stop()


class MIDIClient:
    """A CoreMIDI client.

    Parameters
    ----------
    name : str
        The client's name (shown by other apps).
    notify : callable, optional
        ``notify(notification)`` for setup changes: a
        :class:`~coremusic.capi.Notification`,
        :class:`~coremusic.capi.ObjectAddRemoveNotification`,
        :class:`~coremusic.capi.PropertyChangeNotification` or
        :class:`~coremusic.capi.IOErrorNotification`, called on a dispatcher
        thread (or on ``loop``).  Exceptions are kept and re-raised by
        :meth:`check_errors` / :meth:`close`.
    loop : asyncio.AbstractEventLoop, optional
        Deliver notifications on this loop (``call_soon_threadsafe``).

    Example
    -------
    >>> from coremusic.midi.coremidi import MIDIClient, find_destination   # doctest: +SKIP
    >>> with MIDIClient("coremusic") as client:                           # doctest: +SKIP
    ...     out = client.create_output_port("out")
    ...     out.send(find_destination("Bus 1"), MIDIMessage.note_on(60, 100))
    """

    _ref: int = 0

    def __init__(self, name: str, notify: NotifyCallback | None = None, *,
                 loop: asyncio.AbstractEventLoop | None = None) -> None:
        require_coremidi("MIDIClient")
        if not isinstance(name, str):
            raise TypeError(f"name must be a str, not {type(name).__name__}")
        if notify is not None and not callable(notify):
            raise TypeError(f"notify must be callable, not {type(notify).__name__}")
        if loop is not None and notify is None:
            raise ValueError("loop= delivers notifications: pass notify too")
        self.name = name
        self._sink = Sink(notify, loop)
        self._dispatcher: Dispatcher | None = None
        c_notify = None
        if notify is not None:
            self._dispatcher = Dispatcher(f"coremusic MIDI client {name}", self._sink.put)
            c_notify = self._dispatcher.inbox.put  # CoreMIDI's thread: one put
        try:
            self._ref = capi.midi_client_create(name, c_notify)
        except BaseException:
            if self._dispatcher is not None:
                self._dispatcher.stop()
            raise
        self._children: weakref.WeakSet[Any] = weakref.WeakSet()
        self._lock = threading.Lock()
        self._finalizer = weakref.finalize(self, _dispose_client, self._ref, self._dispatcher)

    @property
    def ref(self) -> int:
        """The ``MIDIClientRef`` (``ValueError`` once closed)."""
        if not self._ref:
            raise ValueError(f"MIDI client {self.name!r} is closed")
        return self._ref

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` ran."""
        return not self._ref

    @property
    def ports(self) -> list[Any]:
        """The open ports and virtual endpoints of this client."""
        with self._lock:
            return list(self._children)

    def _adopt(self, child: Any) -> Any:
        with self._lock:
            self._children.add(child)
        return child

    def _forget(self, child: Any) -> None:
        with self._lock:
            self._children.discard(child)

    def create_output_port(self, name: str) -> MIDIOutputPort:
        """A new :class:`MIDIOutputPort`.

        Example
        -------
        >>> out = client.create_output_port("out")                       # doctest: +SKIP
        """
        return self._adopt(MIDIOutputPort(self, name))  # type: ignore[no-any-return]

    def create_input_port(self, name: str, callback: MessageCallback | None = None, *,
                          loop: asyncio.AbstractEventLoop | None = None, ignore: Iterable[str] = (),
                          sysex_timeout: float | None = 2.0, protocol: int | None = None,
                          queue_events: int = QUEUE_EVENTS, queue_bytes: int = QUEUE_BYTES) -> MIDIInputPort:
        """A new :class:`MIDIInputPort`.

        Parameters
        ----------
        name : str
            The port's name.
        callback : callable, optional
            ``callback(received)`` per :class:`~coremusic.midi.coremidi.ReceivedMessage`,
            on the port's dispatcher thread (or on ``loop``).  Without one, read
            with ``receive()``, ``for msg in port`` or ``async for msg in port``.
        loop : asyncio.AbstractEventLoop, optional
            Call ``callback`` on this loop instead.
        ignore : iterable of str
            Message types to drop explicitly (``{'clock', 'active_sensing'}``);
            nothing is dropped by default.
        sysex_timeout : float or None
            Seconds after which an unterminated sysex is reported as
            :class:`~coremusic.midi.coremidi.IncompleteSysexError` (``None``: wait forever).
        protocol : {None, 1, 2}
            ``None``: MIDI 1.0 packet lists (``MIDIInputPortCreate``), items are
            :class:`~coremusic.midi.coremidi.ReceivedMessage`.  1 or 2
            (:class:`~coremusic.constants.MIDIProtocolID`): UMP event lists of that
            protocol through ``MIDIInputPortCreateWithProtocol`` and a hand-built
            block, items are :class:`~coremusic.midi.coremidi.ReceivedUMP`
            (statically verified).
        queue_events, queue_bytes : int
            Capacity (powers of two) of the queue from CoreMIDI's thread; lists
            that do not fit are dropped and counted in ``port.lost``.

        Example
        -------
        >>> port = client.create_input_port("in", lambda m: print(m.message))   # doctest: +SKIP
        >>> ump = client.create_input_port("ump in", protocol=2)                 # doctest: +SKIP
        """
        port = MIDIInputPort(self, name, callback, loop=loop, ignore=ignore, sysex_timeout=sysex_timeout,
                             protocol=protocol, queue_events=queue_events, queue_bytes=queue_bytes)
        return self._adopt(port)  # type: ignore[no-any-return]

    def create_virtual_source(self, name: str, *, unique_id: int | None = None,
                              protocol: Literal[1, 2] = 1) -> Any:
        """A :class:`~coremusic.midi.coremidi.VirtualSource` owned by this client.

        Example
        -------
        >>> src = client.create_virtual_source("coremusic out", unique_id=saved_id)  # doctest: +SKIP
        """
        from coremusic.midi.coremidi.virtual import VirtualSource

        return VirtualSource(name, client=self, unique_id=unique_id, protocol=protocol)

    def create_virtual_destination(self, name: str, callback: MessageCallback | None = None,
                                   **options: Any) -> Any:
        """A :class:`~coremusic.midi.coremidi.VirtualDestination` owned by this client.

        Example
        -------
        >>> dst = client.create_virtual_destination("coremusic in", print)  # doctest: +SKIP
        """
        from coremusic.midi.coremidi.virtual import VirtualDestination

        return VirtualDestination(name, callback, client=self, **options)

    def check_errors(self) -> None:
        """Re-raise the first exception the ``notify`` callback raised.

        Example
        -------
        >>> client.check_errors()                                        # doctest: +SKIP
        """
        self._sink.raise_pending()

    def close(self) -> None:
        """Close every port and virtual endpoint, dispose the client, stop the
        notification dispatcher (idempotent); re-raises the first error kept.

        Example
        -------
        >>> client.close(); client.closed                                # doctest: +SKIP
        True
        """
        if not self._ref:
            return
        errors: list[BaseException] = []
        for child in self.ports:
            try:
                child.close()
            except BaseException as exc:
                errors.append(exc)
        ref, self._ref = self._ref, 0
        self._finalizer.detach()
        try:
            capi.midi_client_dispose(ref)
        except BaseException as exc:
            errors.append(exc)
        if self._dispatcher is not None:
            self._dispatcher.stop()
        self._sink.detach()
        if errors:
            raise errors[0]
        self.check_errors()

    def __enter__(self) -> MIDIClient:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else f"ref={self._ref:#x}, {len(self.ports)} ports"
        return f"<MIDIClient {self.name!r} {state}>"
