"""MIDIServices.h: clients, ports, virtual endpoints, sending and receiving.

Callbacks (see ``docs/capi-coremidi.md`` for the threading story):

- **notify** -- ``midi_client_create(name, notify)``: ``notify(notification)``
  receives a decoded :class:`Notification`, :class:`ObjectAddRemoveNotification`,
  :class:`PropertyChangeNotification` or :class:`IOErrorNotification`, on the
  run loop of the thread that created the client.
- **receivers** -- ``midi_input_port_create(client, name, receiver)`` and
  ``midi_destination_create(client, name, receiver)``: ``receiver(raw,
  conn_refcon)`` runs on CoreMIDI's high-priority receive thread with
  ``raw``, a ``bytes`` copy of the ``MIDIPacketList`` (one header walk and one
  copy, nothing decoded), and the ``conn_refcon`` int given to
  :func:`midi_port_connect_source` (0 for a destination).  Hand ``raw`` to
  another thread (``queue.SimpleQueue.put``) and decode it there with
  :func:`~coremusic.capi.midi_packets.parse_packet_list_bytes` and
  :func:`~coremusic.capi.midi_packets.join_sysex`.
- **sysex completion** -- :func:`midi_send_sysex` returns a
  :class:`SysexRequest` that keeps the C request and its data alive until
  CoreMIDI calls the completion proc, then calls ``completion(request)``.

An exception raised by a callback never reaches C: it is kept on the
callback's state and re-raised by the dispose call (``midi_client_dispose``,
``midi_port_dispose``, ``midi_endpoint_dispose``), or on demand through
``CLIENTS.get(ref).raise_pending()`` / ``RECEIVERS.get(ref).raise_pending()``.
MIDI 2.0 (UMP event list) input needs the block-based
``MIDIInputPortCreateWithProtocol`` / ``MIDIDestinationCreateWithProtocol``:
see :mod:`coremusic.capi.midi_blocks`.  The read procs here receive MIDI 1.0
packet lists (CoreMIDI converts MIDI 2.0 sources for them).

Example
-------
>>> from coremusic import capi                                            # doctest: +SKIP
>>> import queue
>>> inbox = queue.SimpleQueue()
>>> client = capi.midi_client_create("coremusic")                       # doctest: +SKIP
>>> port = capi.midi_input_port_create(client, "in", lambda raw, ref: inbox.put((raw, ref)))  # doctest: +SKIP
>>> capi.midi_port_connect_source(port, capi.midi_get_source(0), 1)     # doctest: +SKIP
"""

from __future__ import annotations

import functools
import threading
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal, NamedTuple

from coremusic._ffi import ffi
from coremusic.capi import cf
from coremusic.capi._base import call
from coremusic.capi._midi import cf_string_arg, obj_arg, refcon
from coremusic.capi._toolbox import CallbackState, Registry, int_arg
from coremusic.capi.midi_packets import (
    copy_packet_list,
    pack_event_list,
    pack_packet_list,
    packet_rule,
)
from coremusic.constants.coremidi import MIDINotificationMessageID

__all__ = [
    "CLIENTS",
    "RECEIVERS",
    "IOErrorNotification",
    "Notification",
    "ObjectAddRemoveNotification",
    "PropertyChangeNotification",
    "SysexRequest",
    "decode_notification",
    "midi_client_create",
    "midi_client_dispose",
    "midi_destination_create",
    "midi_endpoint_dispose",
    "midi_flush_output",
    "midi_input_port_create",
    "midi_output_port_create",
    "midi_port_connect_source",
    "midi_port_disconnect_source",
    "midi_port_dispose",
    "midi_received",
    "midi_received_event_list",
    "midi_restart",
    "midi_send",
    "midi_send_event_list",
    "midi_send_sysex",
    "midi_send_ump_sysex",
    "midi_send_ump_sysex8",
    "midi_source_create",
    "midi_source_create_with_protocol",
    "pending_sysex_requests",
]

Receiver = Callable[[bytes, int], None]
NotifyCallback = Callable[[Any], None]


def _ignore(*args: Any) -> None:
    """The target of a closed receiver: a late read proc call does nothing."""


class _ReceiverRegistry(Registry):
    """Receiver states by port/endpoint ref.  A disposed receiver is *retired*, not
    freed: CoreMIDI's receive thread may be inside (or about to enter) the read
    proc while the dispose call runs on another thread, and the ``void *``
    refcon it holds must still name a live state.  The retired state drops the
    user's callable at once and is freed after ``RETIRED_LIMIT`` later disposals.
    """

    RETIRED_LIMIT = 256

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self._retired: deque[CallbackState] = deque(maxlen=self.RETIRED_LIMIT)

    def discard(self, handle: int) -> None:
        with self._lock:
            state = self._states.pop(handle, None)
            if state is not None:
                state.target = _ignore
                self._retired.append(state)


#: notify states of open clients, by MIDIClientRef
CLIENTS = Registry("MIDIClient notify")
#: receiver states of input ports and virtual destinations, by MIDIObjectRef
RECEIVERS = _ReceiverRegistry("MIDI receiver")


# ------------------------------------------------------------------ notifications


def _message_id(value: int) -> int:
    try:
        return MIDINotificationMessageID(value)
    except ValueError:
        return value


class Notification(NamedTuple):
    """A notification without a payload (setup changed, thru connections changed ...).

    Example
    -------
    >>> Notification(1, 8).message_id
    1
    """

    message_id: int
    message_size: int


class ObjectAddRemoveNotification(NamedTuple):
    """``kMIDIMsgObjectAdded`` / ``kMIDIMsgObjectRemoved``: ``child`` added to or removed from ``parent``.

    Example
    -------
    >>> ObjectAddRemoveNotification(2, 24, 0, -1, 7, 2).child
    7
    """

    message_id: int
    message_size: int
    parent: int
    parent_type: int
    child: int
    child_type: int


class PropertyChangeNotification(NamedTuple):
    """``kMIDIMsgPropertyChanged``: ``property_name`` (the key text, e.g. ``'name'``) of ``obj`` changed.

    Example
    -------
    >>> PropertyChangeNotification(4, 24, 7, 2, "name").property_name
    'name'
    """

    message_id: int
    message_size: int
    obj: int
    object_type: int
    property_name: str


class IOErrorNotification(NamedTuple):
    """``kMIDIMsgIOError``: a driver I/O error on ``driver_device``.

    Example
    -------
    >>> IOErrorNotification(7, 16, 3, -10838).error_code
    -10838
    """

    message_id: int
    message_size: int
    driver_device: int
    error_code: int


def decode_notification(message: Any) -> Any:
    """Decode a ``const MIDINotification *`` into its variant (by ``messageID``).

    Example
    -------
    >>> raw = ffi.new("MIDIIOErrorNotification *", {"messageID": 7, "messageSize": 16,
    ...                                            "driverDevice": 3, "errorCode": -10838})
    >>> decode_notification(ffi.cast("MIDINotification *", raw)).error_code
    -10838
    """
    if not isinstance(message, ffi.CData) or message == ffi.NULL:
        raise ValueError("decode_notification needs a non-NULL MIDINotification pointer")
    msg_id = _message_id(int(message.messageID))
    size = int(message.messageSize)
    if msg_id in (2, 3):
        m = ffi.cast("MIDIObjectAddRemoveNotification *", message)
        return ObjectAddRemoveNotification(msg_id, size, int(m.parent), int(m.parentType),
                                           int(m.child), int(m.childType))
    if msg_id == 4:
        p = ffi.cast("MIDIObjectPropertyChangeNotification *", message)
        name = cf.to_python(p.propertyName)  # borrowed: CoreMIDI owns it
        return PropertyChangeNotification(msg_id, size, int(p.object), int(p.objectType), str(name))
    if msg_id == 7:
        e = ffi.cast("MIDIIOErrorNotification *", message)
        return IOErrorNotification(msg_id, size, int(e.driverDevice), int(e.errorCode))
    return Notification(msg_id, size)


def _notify_proc(message: Any, ref: Any) -> None:
    state: CallbackState = ffi.from_handle(ref)
    try:
        state.target(decode_notification(message))
    except BaseException as exc:  # kept for raise_pending(); never reaches C
        state.fail(exc)


_RULE = packet_rule()  # the running machine's MIDIPacketNext rule, picked once


def _read_proc(pktlist: Any, read_ref: Any, src_ref: Any) -> None:
    state: CallbackState = ffi.from_handle(read_ref)
    try:
        state.target(copy_packet_list(pktlist, _RULE), int(ffi.cast("uintptr_t", src_ref)))
    except BaseException as exc:
        state.fail(exc)


@functools.cache
def _trampolines() -> tuple[Any, Any, Any, Any]:
    return (ffi.callback("MIDINotifyProc", _notify_proc),
            ffi.callback("MIDIReadProc", _read_proc),
            ffi.callback("MIDICompletionProc", _sysex_done),
            ffi.callback("MIDICompletionProcUMP", _sysex_done))


def _callable(fn: Any, what: str) -> Any:
    if not callable(fn):
        raise TypeError(f"{what} must be callable, not {type(fn).__name__}")
    return fn


# ------------------------------------------------------------------ clients


def midi_client_create(name: str, notify: NotifyCallback | None = None) -> int:
    """``MIDIClientCreate``: a new client; ``notify(notification)`` receives setup changes.

    Parameters
    ----------
    name : str
        The client's name.
    notify : callable, optional
        Called with a decoded notification (see the module docstring); ``None``
        passes no notify proc.

    Returns
    -------
    int
        The ``MIDIClientRef``.

    Example
    -------
    >>> client = capi.midi_client_create("coremusic", print)     # doctest: +SKIP
    """
    state = CallbackState(f"MIDI client {name!r}", _callable(notify, "notify")) if notify is not None else None
    out = ffi.new("MIDIClientRef *")
    with cf_string_arg(name, "name") as cfname:
        try:
            if state is None:
                call("MIDIClientCreate", cfname, ffi.cast("MIDINotifyProc", 0), ffi.NULL, out, obj=name)
            else:
                call("MIDIClientCreate", cfname, _trampolines()[0], state.c_handle, out, obj=name)
        except BaseException:
            if state is not None:
                state.detach()
            raise
    client = int(out[0])
    if state is not None:
        CLIENTS.add(client, state)
    return client


def midi_client_dispose(client: int) -> None:
    """``MIDIClientDispose``: dispose the client, its ports and virtual endpoints (their receivers
    are retired); re-raises a pending notify or receiver error.

    Example
    -------
    >>> capi.midi_client_dispose(client)                          # doctest: +SKIP
    """
    ref = obj_arg(client, "client")
    state = CLIENTS.get(ref)
    call("MIDIClientDispose", ref)
    CLIENTS.discard(ref)
    # CoreMIDI disposed the client's ports and endpoints with it: retire their receivers too
    with _owned_lock:
        children = _owned.pop(ref, set())
    states = [state] + [RECEIVERS.get(child) for child in sorted(children)]
    for child in children:
        RECEIVERS.discard(child)
    for pending in states:
        if pending is not None:
            pending.raise_pending()


# ------------------------------------------------------------------ ports


_owned_lock = threading.Lock()
_owned: dict[int, set[int]] = {}  # client -> its ports/endpoints with a receiver


def _with_receiver(client: int, what: str, receiver: Receiver, make: Callable[[Any], int]) -> int:
    state = CallbackState(what, _callable(receiver, "receiver"))
    try:
        ref = make(state.c_handle)
    except BaseException:
        state.detach()
        raise
    RECEIVERS.add(ref, state)
    with _owned_lock:
        _owned.setdefault(client, set()).add(ref)
    return ref


def _disown(ref: int) -> None:
    with _owned_lock:
        for children in _owned.values():
            children.discard(ref)


def midi_input_port_create(client: int, port_name: str, receiver: Receiver) -> int:
    """``MIDIInputPortCreate`` with a read proc calling ``receiver(raw, conn_refcon)``.

    ``raw`` is a ``bytes`` copy of the ``MIDIPacketList``; the call happens on
    CoreMIDI's receive thread, so ``receiver`` should only enqueue it.

    Example
    -------
    >>> port = capi.midi_input_port_create(client, "in", lambda raw, ref: inbox.put((raw, ref)))  # doctest: +SKIP
    """
    ref = obj_arg(client, "client")
    out = ffi.new("MIDIPortRef *")

    def make(handle: Any) -> int:
        with cf_string_arg(port_name, "port_name") as cfname:
            call("MIDIInputPortCreate", ref, cfname, _trampolines()[1], handle, out)
        return int(out[0])

    return _with_receiver(ref, f"MIDI input port {port_name!r}", receiver, make)


def midi_output_port_create(client: int, port_name: str) -> int:
    """``MIDIOutputPortCreate``.

    Example
    -------
    >>> out_port = capi.midi_output_port_create(client, "out")    # doctest: +SKIP
    """
    ref = obj_arg(client, "client")
    out = ffi.new("MIDIPortRef *")
    with cf_string_arg(port_name, "port_name") as cfname:
        call("MIDIOutputPortCreate", ref, cfname, out)
    return int(out[0])


def midi_port_dispose(port: int) -> None:
    """``MIDIPortDispose``; re-raises an exception the port's receiver raised.

    Example
    -------
    >>> capi.midi_port_dispose(port)                              # doctest: +SKIP
    """
    ref = obj_arg(port, "port")
    state = RECEIVERS.get(ref)
    call("MIDIPortDispose", ref)
    RECEIVERS.discard(ref)
    _disown(ref)
    if state is not None:
        state.raise_pending()


def midi_port_connect_source(port: int, source: int, conn_refcon: int = 0) -> None:
    """``MIDIPortConnectSource``: receive from ``source``; ``conn_refcon`` comes back to the receiver.

    Example
    -------
    >>> capi.midi_port_connect_source(port, src, 1)               # doctest: +SKIP
    """
    call("MIDIPortConnectSource", obj_arg(port, "port"), obj_arg(source, "source"),
         refcon(conn_refcon, "conn_refcon"))


def midi_port_disconnect_source(port: int, source: int) -> None:
    """``MIDIPortDisconnectSource``.

    Example
    -------
    >>> capi.midi_port_disconnect_source(port, src)               # doctest: +SKIP
    """
    call("MIDIPortDisconnectSource", obj_arg(port, "port"), obj_arg(source, "source"))


# ------------------------------------------------------------------ virtual endpoints


def midi_source_create(client: int, name: str) -> int:
    """``MIDISourceCreate``: a virtual source other apps can receive from (:func:`midi_received`).

    Example
    -------
    >>> src = capi.midi_source_create(client, "coremusic out")    # doctest: +SKIP
    """
    ref = obj_arg(client, "client")
    out = ffi.new("MIDIEndpointRef *")
    with cf_string_arg(name, "name") as cfname:
        call("MIDISourceCreate", ref, cfname, out, obj=name)
    return int(out[0])


def midi_source_create_with_protocol(client: int, name: str, protocol: int) -> int:
    """``MIDISourceCreateWithProtocol``: a virtual source speaking ``protocol`` (1 or 2).

    Example
    -------
    >>> src = capi.midi_source_create_with_protocol(client, "coremusic UMP", 2)   # doctest: +SKIP
    """
    ref = obj_arg(client, "client")
    proto = int_arg(protocol, "protocol", 1, 2)
    out = ffi.new("MIDIEndpointRef *")
    with cf_string_arg(name, "name") as cfname:
        call("MIDISourceCreateWithProtocol", ref, cfname, proto, out, obj=name)
    return int(out[0])


def midi_destination_create(client: int, name: str, receiver: Receiver) -> int:
    """``MIDIDestinationCreate``: a virtual destination whose read proc calls ``receiver(raw, 0)``.

    Example
    -------
    >>> dst = capi.midi_destination_create(client, "coremusic in", lambda raw, ref: inbox.put(raw))  # doctest: +SKIP
    """
    ref = obj_arg(client, "client")
    out = ffi.new("MIDIEndpointRef *")

    def make(handle: Any) -> int:
        with cf_string_arg(name, "name") as cfname:
            call("MIDIDestinationCreate", ref, cfname, _trampolines()[1], handle, out, obj=name)
        return int(out[0])

    return _with_receiver(ref, f"MIDI virtual destination {name!r}", receiver, make)


def midi_endpoint_dispose(endpt: int) -> None:
    """``MIDIEndpointDispose``: dispose a virtual source or destination.

    Example
    -------
    >>> capi.midi_endpoint_dispose(src)                            # doctest: +SKIP
    """
    ref = obj_arg(endpt, "endpt")
    state = RECEIVERS.get(ref)
    call("MIDIEndpointDispose", ref)
    RECEIVERS.discard(ref)
    _disown(ref)
    if state is not None:
        state.raise_pending()


# ------------------------------------------------------------------ sending


def _packet_list(packets: Any) -> Any:
    if isinstance(packets, ffi.CData):
        if ffi.typeof(packets) is not ffi.typeof("MIDIPacketList *") or packets == ffi.NULL:
            raise TypeError(f"expected a non-NULL MIDIPacketList *, got {packets!r}")
        return packets
    return pack_packet_list(packets)


def _event_list(events: Any, protocol: int) -> Any:
    if isinstance(events, ffi.CData):
        if ffi.typeof(events) is not ffi.typeof("MIDIEventList *") or events == ffi.NULL:
            raise TypeError(f"expected a non-NULL MIDIEventList *, got {events!r}")
        return events
    return pack_event_list(protocol, events)


def midi_send(port: int, dest: int, packets: Any) -> None:
    """``MIDISend``: send a ``MIDIPacketList *`` or ``(timestamp, bytes)`` packets to ``dest``.

    Timestamps are host times (0 = now); CoreMIDI schedules future ones.

    Example
    -------
    >>> capi.midi_send(out_port, dst, [(0, b"\\x90\\x3c\\x64")])   # doctest: +SKIP
    """
    call("MIDISend", obj_arg(port, "port"), obj_arg(dest, "dest"), _packet_list(packets))


def midi_send_event_list(port: int, dest: int, events: Any, protocol: int = 2) -> None:
    """``MIDISendEventList``: send a ``MIDIEventList *`` or ``(timestamp, words)`` packets of ``protocol``.

    Example
    -------
    >>> capi.midi_send_event_list(out_port, dst, [(0, capi.midi2_note_on(0, 0, 60, 0, 0, 0xFFFF))])  # doctest: +SKIP
    """
    call("MIDISendEventList", obj_arg(port, "port"), obj_arg(dest, "dest"), _event_list(events, protocol))


def midi_received(src: int, packets: Any) -> None:
    """``MIDIReceived``: distribute packets from a virtual source to its clients.

    Example
    -------
    >>> capi.midi_received(src, [(0, b"\\xf8")])                   # doctest: +SKIP
    """
    call("MIDIReceived", obj_arg(src, "src"), _packet_list(packets))


def midi_received_event_list(src: int, events: Any, protocol: int = 2) -> None:
    """``MIDIReceivedEventList``: distribute UMP packets from a virtual source.

    Example
    -------
    >>> capi.midi_received_event_list(src, [(0, (0x10F80000,))], protocol=1)   # doctest: +SKIP
    """
    call("MIDIReceivedEventList", obj_arg(src, "src"), _event_list(events, protocol))


def midi_flush_output(dest: int = 0) -> None:
    """``MIDIFlushOutput``: drop scheduled events for ``dest`` (0 = every destination).

    Example
    -------
    >>> capi.midi_flush_output(dst)                                # doctest: +SKIP
    """
    call("MIDIFlushOutput", int_arg(dest, "dest", 0, 0xFFFFFFFF))


def midi_restart() -> None:
    """``MIDIRestart``: stop and restart the MIDI drivers (rescans hardware).

    Example
    -------
    >>> capi.midi_restart()                                        # doctest: +SKIP
    """
    call("MIDIRestart")


# ------------------------------------------------------------------ sysex


_sysex_lock = threading.Lock()
_in_flight: dict[int, SysexRequest] = {}  # request address -> owner, until CoreMIDI completes it


class SysexRequest:
    """An asynchronous sysex send in flight: owns the C request and its data until completion.

    Attributes
    ----------
    destination : int
        The ``MIDIEndpointRef`` sent to.
    kind : str
        ``'bytes'`` (``MIDISendSysex``), ``'ump'`` (``MIDISendUMPSysex``) or
        ``'ump8'`` (``MIDISendUMPSysex8``).
    finished : bool
        Whether CoreMIDI called the completion proc.
    exception : BaseException or None
        What the ``completion`` callable raised, if anything.

    Example
    -------
    >>> req = capi.midi_send_sysex(dst, b"\\xf0\\x7e\\x7f\\x06\\x01\\xf7")  # doctest: +SKIP
    >>> req.finished, req.remaining                                 # doctest: +SKIP
    (False, 6)
    """

    def __init__(self, kind: Literal["bytes", "ump", "ump8"], destination: int, payload: Any,
                 count: int, completion: Callable[[SysexRequest], None] | None) -> None:
        self.kind = kind
        self.destination = destination
        self.finished = False
        self.exception: BaseException | None = None
        self._completion = completion
        self._payload = payload  # the bytes/words C reads until completion
        self._handle = ffi.new_handle(self)
        if kind == "bytes":
            self._request = ffi.new("MIDISysexSendRequest *", {
                "destination": destination, "data": payload, "bytesToSend": count,
                "complete": False, "completionProc": _trampolines()[2], "completionRefCon": self._handle})
        else:
            self._request = ffi.new("MIDISysexSendRequestUMP *", {
                "destination": destination, "words": payload, "wordsToSend": count,
                "complete": False, "completionProc": _trampolines()[3], "completionRefCon": self._handle})

    @property
    def request(self) -> Any:
        """The C ``MIDISysexSendRequest *`` (or ``MIDISysexSendRequestUMP *``)."""
        return self._request

    @property
    def remaining(self) -> int:
        """Bytes (or words) CoreMIDI has not sent yet."""
        r = self._request
        return int(r.bytesToSend if self.kind == "bytes" else r.wordsToSend)

    @property
    def complete(self) -> bool:
        """The request's ``complete`` flag (set by CoreMIDI when done, or by :meth:`cancel`)."""
        return bool(self._request.complete)

    def cancel(self) -> None:
        """Ask CoreMIDI to stop sending (sets ``complete``; the completion proc still runs).

        Example
        -------
        >>> req.cancel()                                             # doctest: +SKIP
        """
        self._request.complete = True

    def __repr__(self) -> str:
        state = "finished" if self.finished else f"{self.remaining} left"
        return f"<SysexRequest {self.kind} to {self.destination}: {state}>"


def _sysex_done(request: Any) -> None:
    with _sysex_lock:
        owner = _in_flight.pop(int(ffi.cast("uintptr_t", request)), None)
    if owner is None:
        return
    owner.finished = True
    if owner._completion is not None:
        try:
            owner._completion(owner)
        except BaseException as exc:  # never reaches C; kept on the request
            owner.exception = exc
    owner._handle = None
    owner._completion = None


def _start_sysex(name: str, owner: SysexRequest) -> SysexRequest:
    key = int(ffi.cast("uintptr_t", owner._request))
    with _sysex_lock:
        _in_flight[key] = owner
    try:
        call(name, owner._request)
    except BaseException:
        with _sysex_lock:
            _in_flight.pop(key, None)
        owner._handle = None
        raise
    return owner


def _completion_arg(completion: Any) -> Any:
    return None if completion is None else _callable(completion, "completion")


def midi_send_sysex(destination: int, data: bytes | bytearray | memoryview,
                    completion: Callable[[SysexRequest], None] | None = None) -> SysexRequest:
    """``MIDISendSysex``: send one system-exclusive message asynchronously.

    The returned :class:`SysexRequest` (kept by coremusic until CoreMIDI calls
    the completion proc) owns a copy of ``data``; ``completion(request)``
    runs on CoreMIDI's thread when the send finishes.

    Example
    -------
    >>> req = capi.midi_send_sysex(dst, b"\\xf0\\x7e\\x7f\\x06\\x01\\xf7", print)   # doctest: +SKIP
    """
    dest = obj_arg(destination, "destination")
    if isinstance(data, str) or not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"data must be bytes, not {type(data).__name__}")
    raw = bytes(data)
    if not raw or raw[0] != 0xF0:
        raise ValueError("a system-exclusive message starts with 0xF0")
    if len(raw) > 0xFFFFFFFF:
        raise ValueError("sysex longer than 4 GiB")
    owner = SysexRequest("bytes", dest, ffi.new("Byte[]", raw), len(raw), _completion_arg(completion))
    return _start_sysex("MIDISendSysex", owner)


def _words_arg(words: Any) -> list[int]:
    if isinstance(words, (str, bytes)) or not isinstance(words, (Sequence, Iterable)):
        raise TypeError(f"words must be a sequence of UInt32, not {type(words).__name__}")
    out = [int_arg(w, "word", 0, 0xFFFFFFFF) for w in words]
    if not out:
        raise ValueError("words is empty")
    return out


def midi_send_ump_sysex(destination: int, words: Sequence[int],
                        completion: Callable[[SysexRequest], None] | None = None) -> SysexRequest:
    """``MIDISendUMPSysex``: send 7-bit sysex UMP words (message type 3) asynchronously.

    Example
    -------
    >>> req = capi.midi_send_ump_sysex(dst, capi.midi1_up_sys_ex_array(0, 0, b"\\x7e\\x7f\\x09"))  # doctest: +SKIP
    """
    dest = obj_arg(destination, "destination")
    items = _words_arg(words)
    owner = SysexRequest("ump", dest, ffi.new("UInt32[]", items), len(items), _completion_arg(completion))
    return _start_sysex("MIDISendUMPSysex", owner)


def midi_send_ump_sysex8(destination: int, words: Sequence[int],
                         completion: Callable[[SysexRequest], None] | None = None) -> SysexRequest:
    """``MIDISendUMPSysex8``: send 8-bit sysex UMP words (message type 5) asynchronously.

    Example
    -------
    >>> req = capi.midi_send_ump_sysex8(dst, [0x50010000, 0, 0, 0])   # doctest: +SKIP
    """
    dest = obj_arg(destination, "destination")
    items = _words_arg(words)
    owner = SysexRequest("ump8", dest, ffi.new("UInt32[]", items), len(items), _completion_arg(completion))
    return _start_sysex("MIDISendUMPSysex8", owner)


def pending_sysex_requests() -> tuple[SysexRequest, ...]:
    """The sysex requests CoreMIDI has not completed yet.

    Example
    -------
    >>> from coremusic.capi import midi_io
    >>> midi_io.pending_sysex_requests()
    ()
    """
    with _sysex_lock:
        return tuple(_in_flight.values())
