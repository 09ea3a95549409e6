"""Virtual MIDI endpoints other applications see: `VirtualSource` (you send, they
receive) and `VirtualDestination` (they send, you receive).

Keep the ``unique_id`` of a virtual endpoint you create and pass it again on
the next run: DAWs remember connections by unique ID, so they reconnect.

Example
-------
>>> from coremusic.midi.coremidi import VirtualSource                      # doctest: +SKIP
>>> with VirtualSource("coremusic out", unique_id=settings.get("uid")) as src:  # doctest: +SKIP
...     settings["uid"] = src.unique_id
...     src.send(MIDIMessage.note_on(60, 100))
"""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Iterable, Sequence
from types import TracebackType
from typing import Literal

from coremusic import capi
from coremusic.midi.coremidi._common import require_coremidi
from coremusic.midi.coremidi._dispatch import Dispatcher
from coremusic.midi.coremidi.client import MIDIClient
from coremusic.midi.coremidi.endpoints import MIDIDestination, MIDISource
from coremusic.midi.coremidi.ports import (
    QUEUE_BYTES,
    QUEUE_EVENTS,
    MessageCallback,
    Receiving,
    encode_events,
    encode_packets,
    protocol_arg,
)
from coremusic.midi.messages import MIDIMessage

__all__ = ["VirtualDestination", "VirtualSource"]


def _client_for(name: str, client: MIDIClient | None, what: str) -> tuple[MIDIClient, MIDIClient | None]:
    require_coremidi(what)
    if client is None:
        own = MIDIClient(name)
        return own, own
    if not isinstance(client, MIDIClient):
        raise TypeError(f"client must be a MIDIClient, not {type(client).__name__}")
    return client, None


def _dispose_endpoint(ref: int, own_client: MIDIClient | None, dispatcher: Dispatcher | None) -> None:
    try:
        capi.midi_endpoint_dispose(ref)
    finally:
        if dispatcher is not None:
            dispatcher.stop()
        if own_client is not None:
            own_client.close()


class VirtualSource(MIDISource):
    """A virtual source: MIDI you ``send`` reaches every app connected to it.

    Parameters
    ----------
    name : str
        The name other apps show.
    client : MIDIClient, optional
        The owning client (default: a private client named ``name``).
    unique_id : int, optional
        Set ``kMIDIPropertyUniqueID`` (persist the one you got last time).
    protocol : {1, 2}
        ``2`` creates a MIDI 2.0 source (``MIDISourceCreateWithProtocol``).

    Example
    -------
    >>> src = VirtualSource("coremusic out")                               # doctest: +SKIP
    >>> src.send(MIDIMessage.note_on(60, 100))                            # doctest: +SKIP
    >>> src.close()                                                       # doctest: +SKIP
    """

    __slots__ = ("__dict__", "__weakref__")

    def __init__(self, name: str, client: MIDIClient | None = None, *, unique_id: int | None = None,
                 protocol: Literal[1, 2] = 1) -> None:
        if protocol not in (1, 2):
            raise ValueError(f"protocol must be 1 or 2, got {protocol!r}")
        self.client, self._own_client = _client_for(name, client, "VirtualSource")
        self.endpoint_name = name
        self.protocol_version = protocol
        try:
            if protocol == 1:
                ref = capi.midi_source_create(self.client.ref, name)
            else:
                ref = capi.midi_source_create_with_protocol(self.client.ref, name, protocol)
        except BaseException:
            if self._own_client is not None:
                self._own_client.close()
            raise
        super().__init__(ref)
        self._open = True
        self._finalizer = weakref.finalize(self, _dispose_endpoint, ref, self._own_client, None)
        self.client._adopt(self)
        if unique_id is not None:
            self.unique_id = unique_id

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` ran."""
        return not self._open

    def _checked(self) -> int:
        if not self._open:
            raise ValueError(f"virtual source {self.endpoint_name!r} is closed")
        return self.ref

    def send(self, message: MIDIMessage | bytes, timestamp: int = 0) -> None:
        """``MIDIReceived``: distribute one message to the apps listening.

        Example
        -------
        >>> src.send(MIDIMessage.clock())                                  # doctest: +SKIP
        """
        capi.midi_received(self._checked(), encode_packets([(timestamp, message)]))

    def send_data(self, data: bytes, timestamp: int = 0) -> None:
        """Distribute raw MIDI bytes.

        Example
        -------
        >>> src.send_data(b"\\xfa")                                       # doctest: +SKIP
        """
        capi.midi_received(self._checked(), encode_packets([(timestamp, data)]))

    def send_messages(self, items: Iterable[tuple[int, MIDIMessage | bytes]]) -> None:
        """Distribute ``(host_time, message)`` pairs in one packet list.

        Example
        -------
        >>> src.send_messages([(t0, MIDIMessage.start()), (t1, MIDIMessage.clock())])   # doctest: +SKIP
        """
        packets = encode_packets(items)
        if not packets:
            raise ValueError("no messages to send")
        capi.midi_received(self._checked(), packets)

    def send_ump(self, message: MIDIMessage | Sequence[int], timestamp: int = 0, *,
                 protocol: Literal[1, 2] | None = None, group: int = 0) -> None:
        """``MIDIReceivedEventList``: distribute a message as UMP (``protocol`` defaults
        to the source's).

        Example
        -------
        >>> src.send_ump(MIDIMessage.note_on(60, 100))                     # doctest: +SKIP
        """
        proto = self.protocol_version if protocol is None else protocol
        capi.midi_received_event_list(self._checked(), encode_events([(timestamp, message)], proto, group), proto)

    def close(self) -> None:
        """Dispose the endpoint (and the private client); idempotent.

        Example
        -------
        >>> src.close()                                                    # doctest: +SKIP
        """
        if not self._open:
            return
        self._open = False
        self._finalizer.detach()
        self.client._forget(self)
        try:
            capi.midi_endpoint_dispose(self.ref)
        finally:
            if self._own_client is not None:
                self._own_client.close()

    def __enter__(self) -> VirtualSource:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else f"ref={self.ref:#x}"
        return f"<VirtualSource {self.endpoint_name!r} {state}>"


class VirtualDestination(MIDIDestination, Receiving):
    """A virtual destination: what other apps send to it arrives here.

    Received like an input port: ``callback(msg)`` on a dispatcher thread (or
    ``loop``), or ``receive()`` / ``for msg in dst`` / ``async for msg in dst``
    without one.  ``msg.source`` is ``None`` (senders are anonymous).

    Parameters
    ----------
    name : str
        The name other apps show.
    callback : callable, optional
        ``callback(received)`` per message.
    client : MIDIClient, optional
        The owning client (default: a private client named ``name``).
    loop, ignore, sysex_timeout, queue_events, queue_bytes
        As for :meth:`MIDIClient.create_input_port`.
    unique_id : int, optional
        Set ``kMIDIPropertyUniqueID``.
    protocol : {None, 1, 2}
        ``None``: ``MIDIDestinationCreate`` (MIDI 1.0 packet lists,
        :class:`ReceivedMessage` items); 1 or 2: ``MIDIDestinationCreateWithProtocol``
        through a hand-built block (UMP event lists of that protocol,
        :class:`ReceivedUMP` items; statically verified).

    Example
    -------
    >>> with VirtualDestination("coremusic in") as dst:                   # doctest: +SKIP
    ...     for msg in dst:
    ...         print(msg.message, msg.timestamp)
    >>> with VirtualDestination("coremusic UMP in", protocol=2) as dst:   # doctest: +SKIP
    ...     for ump in dst:
    ...         print(ump.words, ump.message)
    """

    __slots__ = ("__dict__", "__weakref__")

    def __init__(self, name: str, callback: MessageCallback | None = None, client: MIDIClient | None = None, *,
                 loop: asyncio.AbstractEventLoop | None = None, ignore: Iterable[str] = (),
                 sysex_timeout: float | None = 2.0, unique_id: int | None = None, protocol: int | None = None,
                 queue_events: int = QUEUE_EVENTS, queue_bytes: int = QUEUE_BYTES) -> None:
        proto = protocol_arg(protocol)
        self.client, self._own_client = _client_for(name, client, "VirtualDestination")
        self.name_given = self._label = name
        try:
            receiver = self._start_receiving(callback, loop, ignore, sysex_timeout, proto, queue_events,
                                             queue_bytes)
            try:
                if proto is None:
                    ref = capi.midi_destination_create(self.client.ref, name, receiver)
                else:
                    ref = capi.midi_destination_create_with_protocol(self.client.ref, name, proto, receiver)
            except BaseException:
                self._dispatcher.stop()
                raise
        except BaseException:
            if self._own_client is not None:
                self._own_client.close()
            raise
        MIDIDestination.__init__(self, ref)
        self._ref = ref
        self._finalizer = weakref.finalize(self, _dispose_endpoint, ref, self._own_client, self._dispatcher)
        self.client._adopt(self)
        if unique_id is not None:
            self.unique_id = unique_id

    def close(self) -> None:
        """Dispose the endpoint (CoreMIDI retires the trampoline state), stop the
        dispatcher after queued messages, close the private client; idempotent.

        Example
        -------
        >>> dst.close()                                                    # doctest: +SKIP
        """
        if not self._ref:
            return
        ref, self._ref = self._ref, 0
        self._finalizer.detach()
        self.client._forget(self)
        errors: list[BaseException] = []
        try:
            capi.midi_endpoint_dispose(ref)
        except BaseException as exc:
            errors.append(exc)
        self._stop_receiving()
        if self._own_client is not None:
            try:
                self._own_client.close()
            except BaseException as exc:
                errors.append(exc)
        if errors:
            raise errors[0]
        self.check_errors()

    def __enter__(self) -> VirtualDestination:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else f"ref={self.ref:#x}"
        proto = "" if self.receive_protocol is None else f" MIDI {self.receive_protocol}.0 UMP"
        lost = f", lost={self.lost}" if self.lost else ""
        return f"<VirtualDestination {self.name_given!r}{proto} {state}{lost}>"
