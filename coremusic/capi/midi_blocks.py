"""MIDIServices.h, the block-based functions: ``MIDIInputPortCreateWithProtocol`` and
``MIDIDestinationCreateWithProtocol`` (MIDI 1.0 or 2.0 UMP event lists), and
``MIDIClientCreateWithBlock``, ``MIDIInputPortCreateWithBlock``,
``MIDIDestinationCreateWithBlock`` (the block forms of the proc-based calls of
:mod:`coremusic.capi.midi_io`, same callbacks).

Both take a ``MIDIReceiveBlock`` -- ``void (^)(const MIDIEventList *evtlist,
void *srcConnRefCon)`` -- which coremusic builds by hand
(:class:`coremusic.capi._blocks.GlobalBlock`): a global block whose ``invoke`` is
one shared cffi trampoline and whose captured ``context`` names the receiver's
state.  The trampoline runs on CoreMIDI's receive thread and calls
``receiver(raw, conn_refcon)`` with ``raw``, a ``bytes`` copy of the
``MIDIEventList`` (one header walk, one copy, nothing decoded; parse it on
another thread with :func:`~coremusic.capi.midi_packets.parse_event_list_bytes`)
and the ``conn_refcon`` given to :func:`~coremusic.capi.midi_port_connect_source`
(0 for a destination).

``MIDIInputPortCreateWithBlock`` / ``MIDIDestinationCreateWithBlock`` take a
``MIDIReadBlock`` and call ``receiver(raw, conn_refcon)`` with a ``bytes`` copy
of the ``MIDIPacketList`` (as :func:`~coremusic.capi.midi_input_port_create`);
``MIDIClientCreateWithBlock`` takes a ``MIDINotifyBlock`` and calls
``notify(notification)`` with the decoded notification (as
:func:`~coremusic.capi.midi_client_create`).

The block (and the state it names) lives as long as the port or endpoint:
``midi_port_dispose`` / ``midi_endpoint_dispose`` / ``midi_client_dispose``
retire it like the read-proc receivers of :mod:`coremusic.capi.midi_io` (a late
call from CoreMIDI's thread still finds live memory and does nothing).  An
exception raised by ``receiver`` never reaches C: it is re-raised by the
dispose call.

Statically verified: the declarations match the SDK's prototypes (the block
parameter as a pointer to the literal) and the contract tests call the block
through its ``invoke`` pointer as CoreMIDI would; nothing here ran on macOS.

Example
-------
>>> import queue
>>> inbox = queue.SimpleQueue()
>>> client = capi.midi_client_create("coremusic")                                   # doctest: +SKIP
>>> port = capi.midi_input_port_create_with_protocol(
...     client, "in", 2, lambda raw, ref: inbox.put((raw, ref)))                     # doctest: +SKIP
>>> capi.midi_port_connect_source(port, capi.midi_get_source(0), 1)                  # doctest: +SKIP
>>> protocol, packets = capi.parse_event_list_bytes(inbox.get()[0])                  # doctest: +SKIP
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from coremusic._ffi import ffi
from coremusic.capi._base import call
from coremusic.capi._blocks import (
    MIDI_NOTIFY_BLOCK_SIGNATURE,
    MIDI_READ_BLOCK_SIGNATURE,
    MIDI_RECEIVE_BLOCK_SIGNATURE,
    GlobalBlock,
)
from coremusic.capi._midi import cf_string_arg, obj_arg
from coremusic.capi._toolbox import CallbackState, int_arg
from coremusic.capi.midi_io import (
    CLIENTS,
    RECEIVERS,
    NotifyCallback,
    _callable,
    _owned,
    _owned_lock,
    decode_notification,
)
from coremusic.capi.midi_packets import copy_event_list, copy_packet_list, packet_rule

__all__ = [
    "midi_client_create_with_block",
    "midi_destination_create_with_block",
    "midi_destination_create_with_protocol",
    "midi_input_port_create_with_block",
    "midi_input_port_create_with_protocol",
    "receive_block_of",
]

#: ``receiver(raw, conn_refcon)``: ``raw`` is a bytes copy of the MIDIEventList
EventReceiver = Callable[[bytes, int], None]


class _BlockState(CallbackState):
    """A receiver state that also owns the block literal naming it."""

    __slots__ = ("block",)

    def __init__(self, owner: str, target: Any) -> None:
        super().__init__(owner, target)
        self.block: GlobalBlock | None = None


def _receive_invoke(block: Any, evtlist: Any, src_ref: Any) -> None:
    state: CallbackState = ffi.from_handle(block.context)
    try:
        state.target(copy_event_list(evtlist), int(ffi.cast("uintptr_t", src_ref)))
    except BaseException as exc:  # kept for the dispose call; never reaches C
        state.fail(exc)


_RULE = packet_rule()  # the running machine's MIDIPacketNext rule, picked once


def _read_invoke(block: Any, pktlist: Any, src_ref: Any) -> None:
    state: CallbackState = ffi.from_handle(block.context)
    try:
        state.target(copy_packet_list(pktlist, _RULE), int(ffi.cast("uintptr_t", src_ref)))
    except BaseException as exc:
        state.fail(exc)


def _notify_invoke(block: Any, message: Any) -> None:
    state: CallbackState = ffi.from_handle(block.context)
    try:
        state.target(decode_notification(message))
    except BaseException as exc:
        state.fail(exc)


@functools.cache
def _invoke(kind: str) -> Any:
    """The shared invoke trampoline and signature of one block type."""
    table = {
        "receive": ("coremusic_MIDIReceiveBlockInvoke", _receive_invoke, MIDI_RECEIVE_BLOCK_SIGNATURE),
        "read": ("coremusic_MIDIReadBlockInvoke", _read_invoke, MIDI_READ_BLOCK_SIGNATURE),
        "notify": ("coremusic_MIDINotifyBlockInvoke", _notify_invoke, MIDI_NOTIFY_BLOCK_SIGNATURE),
    }
    ctype, fn, signature = table[kind]
    return ffi.callback(ctype, fn), signature


def _new_block_state(what: str, target: Any, kind: str) -> _BlockState:
    state = _BlockState(what, target)
    invoke, signature = _invoke(kind)
    try:
        state.block = GlobalBlock(invoke, signature, state.c_handle)
    except BaseException:
        state.detach()
        raise
    return state


def _with_block(client: int, what: str, receiver: EventReceiver, make: Callable[[Any], int],
                kind: str = "receive") -> int:
    state = _new_block_state(what, _callable(receiver, "receiver"), kind)
    try:
        assert state.block is not None
        ref = make(ffi.cast("void *", state.block.pointer))
    except BaseException:
        state.detach()
        raise
    RECEIVERS.add(ref, state)
    with _owned_lock:
        _owned.setdefault(client, set()).add(ref)
    return ref


def midi_input_port_create_with_protocol(client: int, port_name: str, protocol: int,
                                         receiver: EventReceiver) -> int:
    """``MIDIInputPortCreateWithProtocol``: an input port receiving UMP event lists of
    ``protocol`` (1: MIDI 1.0 UMP, 2: MIDI 2.0) through a hand-built block.

    Parameters
    ----------
    client : int
        The ``MIDIClientRef``.
    port_name : str
        The port's name.
    protocol : int
        1 or 2: the protocol CoreMIDI converts incoming data to.
    receiver : callable
        ``receiver(raw, conn_refcon)`` on CoreMIDI's thread (see the module docstring).

    Returns
    -------
    int
        The ``MIDIPortRef``.

    Raises
    ------
    PlatformNotSupportedError
        Off macOS.
    MIDIError
        The call failed (``.status`` holds the OSStatus).

    Example
    -------
    >>> port = capi.midi_input_port_create_with_protocol(client, "in", 2, receiver)   # doctest: +SKIP
    """
    return _create_with_protocol("MIDIInputPortCreateWithProtocol", "MIDIPortRef *", client,
                                 port_name, "port_name", protocol, receiver, "input port")


def midi_destination_create_with_protocol(client: int, name: str, protocol: int,
                                          receiver: EventReceiver) -> int:
    """``MIDIDestinationCreateWithProtocol``: a virtual destination receiving UMP event
    lists of ``protocol`` (1 or 2) through a hand-built block; ``conn_refcon`` is 0.

    Example
    -------
    >>> dst = capi.midi_destination_create_with_protocol(client, "coremusic in", 2, receiver)   # doctest: +SKIP
    """
    return _create_with_protocol("MIDIDestinationCreateWithProtocol", "MIDIEndpointRef *", client,
                                 name, "name", protocol, receiver, "virtual destination")


def _create_with_protocol(symbol: str, out_type: str, client: int, name: str, name_arg: str,
                          protocol: int, receiver: EventReceiver, what: str) -> int:
    """The shared body of the two ``...CreateWithProtocol`` calls (port and destination)."""
    ref = obj_arg(client, "client")
    proto = int_arg(protocol, "protocol", 1, 2)
    out = ffi.new(out_type)

    def make(block: Any) -> int:
        with cf_string_arg(name, name_arg) as cfname:
            call(symbol, ref, cfname, proto, out, block, obj=name)
        return int(out[0])

    return _with_block(ref, f"MIDI {proto}.0 {what} {name!r}", receiver, make)


def midi_client_create_with_block(name: str, notify: NotifyCallback | None = None) -> int:
    """``MIDIClientCreateWithBlock``: a new client whose notify block calls
    ``notify(notification)`` (decoded as by :func:`~coremusic.capi.midi_client_create`);
    ``None`` passes a NULL block.

    Example
    -------
    >>> client = capi.midi_client_create_with_block("coremusic", print)    # doctest: +SKIP
    """
    out = ffi.new("MIDIClientRef *")
    state = None if notify is None else _new_block_state(f"MIDI client {name!r}", _callable(notify, "notify"),
                                                         "notify")
    with cf_string_arg(name, "name") as cfname:
        try:
            block = ffi.NULL if state is None or state.block is None else ffi.cast("void *", state.block.pointer)
            call("MIDIClientCreateWithBlock", cfname, out, block, obj=name)
        except BaseException:
            if state is not None:
                state.detach()
            raise
    client = int(out[0])
    if state is not None:
        CLIENTS.add(client, state)
    return client


def midi_input_port_create_with_block(client: int, port_name: str, receiver: EventReceiver) -> int:
    """``MIDIInputPortCreateWithBlock``: an input port whose read block calls
    ``receiver(raw, conn_refcon)`` with a ``bytes`` copy of the ``MIDIPacketList``.

    Example
    -------
    >>> port = capi.midi_input_port_create_with_block(client, "in", lambda raw, ref: inbox.put(raw))  # doctest: +SKIP
    """
    ref = obj_arg(client, "client")
    out = ffi.new("MIDIPortRef *")

    def make(block: Any) -> int:
        with cf_string_arg(port_name, "port_name") as cfname:
            call("MIDIInputPortCreateWithBlock", ref, cfname, out, block, obj=port_name)
        return int(out[0])

    return _with_block(ref, f"MIDI input port {port_name!r}", receiver, make, "read")


def midi_destination_create_with_block(client: int, name: str, receiver: EventReceiver) -> int:
    """``MIDIDestinationCreateWithBlock``: a virtual destination whose read block calls
    ``receiver(raw, 0)`` with a ``bytes`` copy of the ``MIDIPacketList``.

    Example
    -------
    >>> dst = capi.midi_destination_create_with_block(client, "in", lambda raw, ref: inbox.put(raw))  # doctest: +SKIP
    """
    ref = obj_arg(client, "client")
    out = ffi.new("MIDIEndpointRef *")

    def make(block: Any) -> int:
        with cf_string_arg(name, "name") as cfname:
            call("MIDIDestinationCreateWithBlock", ref, cfname, out, block, obj=name)
        return int(out[0])

    return _with_block(ref, f"MIDI virtual destination {name!r}", receiver, make, "read")


def receive_block_of(ref: int) -> GlobalBlock | None:
    """The block literal CoreMIDI holds for the port, destination or client ``ref``
    (``None`` when ``ref`` has no block, e.g. after dispose).

    Example
    -------
    >>> capi.receive_block_of(port).flags                                # doctest: +SKIP
    1342177280
    """
    handle = obj_arg(ref, "ref")
    state = RECEIVERS.get(handle) or CLIENTS.get(handle)
    return state.block if isinstance(state, _BlockState) else None
