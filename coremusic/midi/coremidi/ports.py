"""Output and input ports of a :class:`~coremusic.midi.coremidi.MIDIClient`, and the
receiving machinery shared with virtual destinations.

Receiving: CoreMIDI's read proc (the capi trampoline) copies each packet list
into ``bytes`` and puts it on a queue -- nothing else happens on CoreMIDI's
high-priority thread.  A dispatcher thread per port decodes it (sysex of any
length reassembled, nothing filtered unless you pass ``ignore=``) into
:class:`~coremusic.midi.coremidi.ReceivedMessage` values and delivers them:

* to ``callback(msg)`` on the dispatcher thread (a slow callback delays only
  later messages, never CoreMIDI), or on ``loop`` when one is given;
* otherwise to a queue read by ``port.receive(timeout)``, ``for msg in port``
  or ``async for msg in port``.

Bytes that form no message and sysex messages interrupted or unterminated
after ``sysex_timeout`` seconds become :class:`~coremusic.midi.coremidi.MIDIInputError`
values: raised by ``receive``/iteration, kept and re-raised by
``check_errors()``/``close()`` in callback mode.

MIDI 2.0: with ``protocol=1`` or ``protocol=2`` the port (or virtual
destination) is created with ``MIDIInputPortCreateWithProtocol`` /
``MIDIDestinationCreateWithProtocol`` and receives UMP event lists through a
hand-built block (:mod:`coremusic.capi.midi_blocks`); items are then
:class:`~coremusic.midi.coremidi.ReceivedUMP` values (one per Universal MIDI
Packet, with its MIDI 1.0 translation in ``.message`` where one exists).

The queue between CoreMIDI's thread and the dispatcher is bounded
(``queue_events`` lists, ``queue_bytes`` bytes); ``port.lost`` counts the
lists dropped because it was full (see :class:`~coremusic.midi.coremidi._dispatch.InputQueue`).
"""

from __future__ import annotations

import asyncio
import queue
import threading
import weakref
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

from coremusic import capi
from coremusic.exceptions import MIDIError
from coremusic.midi.coremidi._common import ReceivedMessage
from coremusic.midi.coremidi._dispatch import Dispatcher, InputDecoder, InputQueue, Sink
from coremusic.midi.coremidi._umpin import ReceivedUMP, UMPDecoder
from coremusic.midi.coremidi.endpoints import MIDIDestination, MIDIObject, MIDISource
from coremusic.midi.messages import MIDIMessage
from coremusic.midi.ump import to_ump

if TYPE_CHECKING:
    from coremusic.midi.coremidi.client import MIDIClient

__all__ = ["QUEUE_BYTES", "QUEUE_EVENTS", "MIDIInputPort", "MIDIOutputPort", "MessageCallback", "Received",
           "Receiving", "encode_events", "encode_packets", "endpoint_ref", "protocol_arg"]

#: ``callback(received)``: a ReceivedMessage (MIDI 1.0 ports) or ReceivedUMP (protocol ports)
MessageCallback = Callable[[Any], Any]
Received = ReceivedMessage | ReceivedUMP
_CLOSED = object()
#: default capacity of the queue from CoreMIDI's thread: lists, bytes (powers of two)
QUEUE_EVENTS = 1024
QUEUE_BYTES = 1 << 18


def protocol_arg(protocol: Any) -> int | None:
    """``None`` (MIDI 1.0 packet lists, the read-proc API) or 1 / 2 (UMP event lists).

    Example
    -------
    >>> protocol_arg(2), protocol_arg(None)
    (2, None)
    """
    if protocol is None:
        return None
    if isinstance(protocol, bool) or not isinstance(protocol, int) or protocol not in (1, 2):
        raise ValueError(f"protocol must be None, 1 (MIDI 1.0 UMP) or 2 (MIDI 2.0), got {protocol!r}")
    return int(protocol)
_MAX_PACKET = 65535


def endpoint_ref(endpoint: Any, what: str) -> int:
    """The ``MIDIEndpointRef`` of a :class:`MIDIObject` (or virtual endpoint) or an int."""
    if isinstance(endpoint, MIDIObject):
        return endpoint.ref
    if isinstance(endpoint, bool) or not isinstance(endpoint, int):
        raise TypeError(f"{what} must be a MIDI endpoint object or an int ref, not {type(endpoint).__name__}")
    if not 0 < endpoint <= 0xFFFFFFFF:
        raise ValueError(f"{what} must be a non-zero UInt32 ref, got {endpoint}")
    return endpoint


def _timestamp(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"timestamp must be an int host time (0 = now), not {type(value).__name__}")
    if not 0 <= value < 2**64:
        raise ValueError(f"timestamp must be in 0..2**64-1, got {value}")
    return value


def _wire(message: MIDIMessage | bytes | bytearray | memoryview) -> bytes:
    if isinstance(message, MIDIMessage):
        return message.bytes()
    if isinstance(message, str) or not isinstance(message, (bytes, bytearray, memoryview)):
        raise TypeError(f"expected a MIDIMessage or bytes, not {type(message).__name__}")
    raw = bytes(message)
    if not raw:
        raise ValueError("cannot send an empty MIDI message")
    return raw


def encode_packets(items: Iterable[tuple[int, MIDIMessage | bytes]]) -> list[tuple[int, bytes]]:
    """``(timestamp, message_or_bytes)`` pairs -> MIDI 1.0 packets; sysex longer than a
    packet (65535 bytes) is split over consecutive packets.

    Example
    -------
    >>> encode_packets([(0, MIDIMessage.note_on(60, 100))])
    [(0, b'\\x90<d')]
    """
    out: list[tuple[int, bytes]] = []
    for stamp, message in items:
        raw, t = _wire(message), _timestamp(stamp)
        if len(raw) > _MAX_PACKET and raw[0] == 0xF0:
            out.extend((t, chunk) for chunk in capi.split_sysex(raw, _MAX_PACKET))
        elif len(raw) > _MAX_PACKET:
            raise ValueError(f"{len(raw)} bytes do not fit one packet (65535) and are no sysex message")
        else:
            out.append((t, raw))
    return out


def encode_events(items: Iterable[tuple[int, MIDIMessage | Sequence[int]]], protocol: int,
                  group: int = 0) -> list[tuple[int, tuple[int, ...]]]:
    """``(timestamp, message_or_words)`` pairs -> UMP event packets for ``protocol``
    (1: MIDI 1.0 UMP, type 2; 2: MIDI 2.0, type 4), through :func:`coremusic.midi.ump.to_ump`.

    Example
    -------
    >>> [(t, [hex(w) for w in ws]) for t, ws in encode_events([(5, MIDIMessage.note_on(60, 100))], 1)]
    [(5, ['0x20903c64'])]
    """
    if protocol not in (1, 2):
        raise ValueError(f"protocol must be 1 (MIDI 1.0) or 2 (MIDI 2.0), got {protocol!r}")
    out: list[tuple[int, tuple[int, ...]]] = []
    for stamp, message in items:
        t = _timestamp(stamp)
        if isinstance(message, MIDIMessage):
            out.extend((t, tuple(int(w) for w in p)) for p in to_ump(message, group, midi2=protocol == 2))
        elif isinstance(message, (str, bytes)) or not isinstance(message, Sequence):
            raise TypeError(f"expected a MIDIMessage or a sequence of UMP words, not {type(message).__name__}")
        else:
            words = tuple(int(w) for w in message)
            if not 1 <= len(words) <= 64:
                raise ValueError(f"an event packet holds 1..64 words, got {len(words)}")
            out.append((t, words))
    return out


# ------------------------------------------------------------------ output


class MIDIOutputPort:
    """An output port: send MIDI 1.0 packets or UMP event lists to destinations.

    Timestamps are absolute host times (``0`` = now): a future one lets CoreMIDI
    deliver on time instead of a sleeping Python thread.

    Example
    -------
    >>> out = client.create_output_port("out")                          # doctest: +SKIP
    >>> out.send(dest, MIDIMessage.note_on(60, 100))                    # doctest: +SKIP
    >>> out.send_data(dest, b"\\x80\\x3c\\x00", timestamp=later)        # doctest: +SKIP
    >>> out.send_ump(dest, MIDIMessage.note_on(60, 100), protocol=2)    # doctest: +SKIP
    """

    _ref: int = 0

    def __init__(self, client: MIDIClient, name: str) -> None:
        self.client = client
        self.name = name
        self._ref = capi.midi_output_port_create(client.ref, name)
        self._finalizer = weakref.finalize(self, capi.midi_port_dispose, self._ref)

    @property
    def ref(self) -> int:
        """The ``MIDIPortRef`` (``ValueError`` once closed)."""
        if not self._ref:
            raise ValueError(f"MIDI output port {self.name!r} is closed")
        return self._ref

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` ran."""
        return not self._ref

    def send(self, dest: MIDIDestination | int, message: MIDIMessage | bytes, timestamp: int = 0) -> None:
        """Send one message (a :class:`MIDIMessage` or its bytes) at host time ``timestamp``.

        Example
        -------
        >>> out.send(dest, MIDIMessage.control_change(7, 100))          # doctest: +SKIP
        """
        capi.midi_send(self.ref, endpoint_ref(dest, "dest"), encode_packets([(timestamp, message)]))

    def send_data(self, dest: MIDIDestination | int, data: bytes, timestamp: int = 0) -> None:
        """Send raw MIDI bytes (one or more complete messages) at host time ``timestamp``.

        Example
        -------
        >>> out.send_data(dest, b"\\x90\\x3c\\x64")                     # doctest: +SKIP
        """
        capi.midi_send(self.ref, endpoint_ref(dest, "dest"), encode_packets([(timestamp, _wire(data))]))

    def send_messages(self, dest: MIDIDestination | int,
                      items: Iterable[tuple[int, MIDIMessage | bytes]]) -> None:
        """Send ``(host_time, message_or_bytes)`` pairs in one packet list (a scheduled phrase).

        Example
        -------
        >>> out.send_messages(dest, [(t0, MIDIMessage.note_on(60)), (t1, MIDIMessage.note_off(60))])  # doctest: +SKIP
        """
        packets = encode_packets(items)
        if not packets:
            raise ValueError("no messages to send")
        capi.midi_send(self.ref, endpoint_ref(dest, "dest"), packets)

    def send_ump(self, dest: MIDIDestination | int, message: MIDIMessage | Sequence[int], timestamp: int = 0,
                 *, protocol: Literal[1, 2] = 2, group: int = 0) -> None:
        """``MIDISendEventList``: send a message as UMP of ``protocol`` (2 = MIDI 2.0 voice
        messages, 1 = MIDI 1.0 in UMP), or explicit UMP words.

        Example
        -------
        >>> out.send_ump(dest, MIDIMessage.note_on(60, 100))            # doctest: +SKIP
        """
        events = encode_events([(timestamp, message)], protocol, group)
        capi.midi_send_event_list(self.ref, endpoint_ref(dest, "dest"), events, protocol)

    def send_sysex(self, dest: MIDIDestination | int, data: bytes | MIDIMessage,
                   completion: Callable[[Any], None] | None = None) -> Any:
        """``MIDISendSysex``: send one sysex message asynchronously (slowly, for old gear);
        returns the :class:`~coremusic.capi.SysexRequest`.

        Example
        -------
        >>> req = out.send_sysex(dest, MIDIMessage.sysex(b"\\x7e\\x7f\\x06\\x01"))   # doctest: +SKIP
        """
        return capi.midi_send_sysex(endpoint_ref(dest, "dest"), _wire(data), completion)

    def close(self) -> None:
        """Dispose the port (idempotent).

        Example
        -------
        >>> out.close(); out.closed                                     # doctest: +SKIP
        True
        """
        if not self._ref:
            return
        ref, self._ref = self._ref, 0
        self._finalizer.detach()
        self.client._forget(self)
        capi.midi_port_dispose(ref)

    def __enter__(self) -> MIDIOutputPort:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<MIDIOutputPort {self.name!r} {'closed' if self.closed else f'ref={self._ref:#x}'}>"


# ------------------------------------------------------------------ receiving


class Receiving:
    """Receiving machinery shared by :class:`MIDIInputPort` and virtual destinations."""

    _label: str = ""
    _ref: int = 0

    def _start_receiving(self, callback: MessageCallback | None, loop: asyncio.AbstractEventLoop | None,
                         ignore: Iterable[str], sysex_timeout: float | None, protocol: int | None = None,
                         queue_events: int = QUEUE_EVENTS,
                         queue_bytes: int = QUEUE_BYTES) -> Callable[[bytes, int], None]:
        if callback is not None and not callable(callback):
            raise TypeError(f"callback must be callable, not {type(callback).__name__}")
        if loop is not None and callback is None:
            raise ValueError("loop= delivers callbacks on an asyncio loop: pass a callback "
                             "(or use 'async for msg in port' without one)")
        self.receive_protocol = protocol
        self._inq = inq = InputQueue(queue_events, queue_bytes)  # checks the sizes first
        self._connections: dict[int, MIDISource] = {}
        self._sink = sink = Sink(callback, loop)  # the thread holds these, not the port
        decode: Callable[[bytes, int], list[Any]]
        idle: Callable[[], None] | None = None
        tick: float | None = None
        if protocol is None:
            decoder = InputDecoder(self._connections.get, ignore, sysex_timeout)
            decode = decoder.decode

            def expire() -> None:
                for error in decoder.expire():
                    sink.put(error)

            idle = expire
            tick = None if sysex_timeout is None else min(sysex_timeout / 4, 0.5)
        else:
            decode = UMPDecoder(self._connections.get, ignore).decode

        def handle(token: Any) -> None:  # drain the ring; in pull mode only while the reader keeps up
            while not sink.pull or sink.backlog() < queue_events:
                item = inq.get()
                if item is None:
                    return
                for value in decode(*item):
                    sink.put(value)

        self._dispatcher = Dispatcher(f"coremusic MIDI {self._label}", handle, idle, tick)
        inq.wake = self._dispatcher.inbox.put
        return inq.put  # CoreMIDI's thread: one copy into the ring, one doorbell put

    @property
    def lost(self) -> int:
        """Received packet/event lists dropped because the input queue was full (CoreMIDI's
        thread never waits; in pull mode the queue fills when the reader falls behind).

        Example
        -------
        >>> port.lost                                                   # doctest: +SKIP
        0
        """
        return self._inq.lost

    @property
    def queue_capacity(self) -> tuple[int, int]:
        """``(lists, bytes)`` the input queue from CoreMIDI's thread holds.

        Example
        -------
        >>> port.queue_capacity                                         # doctest: +SKIP
        (1024, 262144)
        """
        return self._inq.events, self._inq.nbytes

    def _rearm(self) -> None:
        """The reader took an item: let a dispatcher that paused for it drain the ring again."""
        if len(self._inq):
            self._dispatcher.inbox.put(None)

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` ran."""
        return not self._ref

    @property
    def callback(self) -> MessageCallback | None:
        """The callback chosen at construction (``None``: pull mode, or closed)."""
        return self._sink.callback

    def _stop_receiving(self) -> None:
        """After the C object is disposed: finish queued items, end the thread, wake readers."""
        self._dispatcher.stop()
        if self._sink.pull:
            self._sink.put(_CLOSED)
        else:
            self._sink.detach()

    def check_errors(self) -> None:
        """Re-raise the first error a callback raised or a :class:`MIDIInputError` kept in callback mode.

        Example
        -------
        >>> port.check_errors()                                         # doctest: +SKIP
        """
        self._sink.raise_pending()

    def _pull(self, item: Any) -> Received | None:
        if item is _CLOSED:
            self._sink.pulled.put(_CLOSED)  # every later reader sees the end too
            return None
        self._rearm()
        if isinstance(item, BaseException):
            raise item
        assert isinstance(item, ReceivedMessage | ReceivedUMP)
        return item

    def receive(self, timeout: float | None = None) -> Received | None:
        """The next message; ``None`` after ``timeout`` seconds (``None`` waits) or once closed.

        Raises
        ------
        MIDIInputError
            The next item was undecodable bytes or an incomplete sysex.
        RuntimeError
            The port delivers to a callback.

        Example
        -------
        >>> msg = port.receive(timeout=1.0)                             # doctest: +SKIP
        >>> msg.message, msg.timestamp, msg.source                      # doctest: +SKIP

        A port created with ``protocol=2`` returns :class:`ReceivedUMP` values:

        >>> ump = port2.receive(timeout=1.0)                            # doctest: +SKIP
        >>> ump.words, ump.message                                      # doctest: +SKIP
        """
        if not self._sink.pull:
            raise RuntimeError(f"{self._label!r} delivers to its callback; receive() is for ports without one")
        try:
            item = self._sink.pulled.get(timeout=timeout)
        except queue.Empty:
            return None
        return self._pull(item)

    def __iter__(self) -> Iterator[Received]:
        """Block for messages until the port is closed (from another thread).

        Example
        -------
        >>> for msg in port:                                            # doctest: +SKIP
        ...     print(msg.message)
        """
        while (item := self.receive()) is not None:
            yield item

    def __aiter__(self) -> AsyncIterator[Received]:
        """``async for msg in port``: messages delivered on the running loop.

        Example
        -------
        >>> async for msg in port:                                      # doctest: +SKIP
        ...     print(msg.message)
        """
        if not self._sink.pull:
            raise RuntimeError(f"{self._label!r} delivers to its callback; async iteration is for ports without one")
        return self._aiter()

    async def _aiter(self) -> AsyncIterator[Received]:
        aqueue = self._sink.bind_loop()
        while True:
            item = await aqueue.get()
            if item is _CLOSED:
                aqueue.put_nowait(_CLOSED)
                return
            self._rearm()
            if isinstance(item, BaseException):
                raise item
            yield item


def _dispose_input(ref: int, sources: list[int], dispatcher: Dispatcher) -> None:
    """Finalizer of a forgotten input port: same order as close()."""
    try:
        for src in sources:
            capi.midi_port_disconnect_source(ref, src)
        capi.midi_port_dispose(ref)
    finally:
        dispatcher.stop()


class MIDIInputPort(Receiving):
    """An input port: connect sources, then receive by callback, iteration or ``async for``.

    Created by :meth:`MIDIClient.create_input_port`.  Everything is received
    (sysex, clock, active sensing); ``ignore={'clock', 'active_sensing'}`` is the
    explicit filter.  ``protocol=2`` (or 1) receives UMP event lists as
    :class:`~coremusic.midi.coremidi.ReceivedUMP` values (statically verified:
    the block mechanism is checked against the SDK facts and the CoreMIDI double).

    Example
    -------
    >>> port = client.create_input_port("in", print)                     # doctest: +SKIP
    >>> port.connect_source(find_source("LPX MIDI Out"))                # doctest: +SKIP
    >>> port.close()                                                    # doctest: +SKIP
    >>> ump_in = client.create_input_port("ump in", protocol=MIDIProtocolID.MIDI_2_0)  # doctest: +SKIP
    >>> ump_in.connect_source(find_source("LPX MIDI Out"))              # doctest: +SKIP
    >>> [hex(w) for w in ump_in.receive(timeout=1.0).words]             # doctest: +SKIP
    ['0x40903c00', '0xc9240000']
    """

    def __init__(self, client: MIDIClient, name: str, callback: MessageCallback | None = None, *,
                 loop: asyncio.AbstractEventLoop | None = None, ignore: Iterable[str] = (),
                 sysex_timeout: float | None = 2.0, protocol: int | None = None,
                 queue_events: int = QUEUE_EVENTS, queue_bytes: int = QUEUE_BYTES) -> None:
        self.client = client
        self.name = self._label = name
        self._next_refcon = 0
        self._lock = threading.Lock()
        proto = protocol_arg(protocol)
        receiver = self._start_receiving(callback, loop, ignore, sysex_timeout, proto, queue_events, queue_bytes)
        try:
            if proto is None:
                self._ref = capi.midi_input_port_create(client.ref, name, receiver)
            else:
                self._ref = capi.midi_input_port_create_with_protocol(client.ref, name, proto, receiver)
        except BaseException:
            self._dispatcher.stop()
            raise
        self._by_source: dict[int, int] = {}  # source ref -> conn refcon
        self._connected: list[int] = []  # what the finalizer disconnects
        self._finalizer = weakref.finalize(self, _dispose_input, self._ref, self._connected, self._dispatcher)

    @property
    def ref(self) -> int:
        """The ``MIDIPortRef`` (``ValueError`` once closed)."""
        if not self._ref:
            raise ValueError(f"MIDI input port {self.name!r} is closed")
        return self._ref

    @property
    def sources(self) -> list[MIDISource]:
        """The connected sources."""
        return [self._connections[r] for r in self._by_source.values()]

    def connect_source(self, source: MIDISource | int) -> None:
        """Receive from ``source`` (a :class:`MIDISource`, a virtual source or a ref).

        Example
        -------
        >>> port.connect_source(sources()[0])                            # doctest: +SKIP
        """
        src = source if isinstance(source, MIDISource) else MIDISource(endpoint_ref(source, "source"))
        with self._lock:
            if src.ref in self._by_source:
                raise ValueError(f"{src!r} is already connected to {self.name!r}")
            self._next_refcon += 1
            refcon = self._next_refcon
            self._connections[refcon] = src  # before CoreMIDI may deliver
        try:
            capi.midi_port_connect_source(self.ref, src.ref, refcon)
        except BaseException:
            del self._connections[refcon]
            raise
        self._by_source[src.ref] = refcon
        self._connected.append(src.ref)

    def disconnect_source(self, source: MIDISource | int) -> None:
        """Stop receiving from ``source``.

        Example
        -------
        >>> port.disconnect_source(sources()[0])                         # doctest: +SKIP
        """
        ref = endpoint_ref(source, "source")
        if ref not in self._by_source:
            raise ValueError(f"source {ref:#x} is not connected to {self.name!r}")
        capi.midi_port_disconnect_source(self.ref, ref)
        del self._by_source[ref]  # the refcon keeps naming the source for packets still queued
        self._connected.remove(ref)

    def close(self) -> None:
        """Stop the sources, dispose the port, drop the trampoline state, stop the
        dispatcher (queued messages are delivered first); idempotent.  Re-raises an
        error kept from the callback.

        Example
        -------
        >>> port.close(); port.closed                                    # doctest: +SKIP
        True
        """
        if not self._ref:
            return
        ref, self._ref = self._ref, 0
        self._finalizer.detach()
        errors: list[BaseException] = []
        for src in list(self._by_source):
            try:
                capi.midi_port_disconnect_source(ref, src)
            except MIDIError as exc:
                errors.append(exc)
        self._by_source.clear()
        try:
            capi.midi_port_dispose(ref)  # retires the receiver: CoreMIDI drops the trampoline
        except BaseException as exc:
            errors.append(exc)
        self._stop_receiving()
        self.client._forget(self)
        if errors:
            raise errors[0]
        self.check_errors()

    def __enter__(self) -> MIDIInputPort:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        mode = "queue" if self._sink.pull else "callback"
        state = "closed" if self.closed else f"{len(self._by_source)} sources"
        proto = "" if self.receive_protocol is None else f" MIDI {self.receive_protocol}.0 UMP,"
        lost = f", lost={self.lost}" if self.lost else ""
        return f"<MIDIInputPort {self.name!r}{proto} {mode}, {state}{lost}>"

