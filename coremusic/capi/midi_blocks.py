"""MIDIServices.h, the block-based receivers: ``MIDIInputPortCreateWithProtocol`` and
``MIDIDestinationCreateWithProtocol`` (MIDI 1.0 or 2.0 UMP event lists).

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
from coremusic.capi._blocks import MIDI_RECEIVE_BLOCK_SIGNATURE, GlobalBlock
from coremusic.capi._midi import cf_string_arg, obj_arg
from coremusic.capi._toolbox import CallbackState, int_arg
from coremusic.capi.midi_io import RECEIVERS, _callable, _owned, _owned_lock
from coremusic.capi.midi_packets import copy_event_list

__all__ = [
    "midi_destination_create_with_protocol",
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


@functools.cache
def _invoke() -> Any:
    return ffi.callback("coremusic_MIDIReceiveBlockInvoke", _receive_invoke)


def _with_block(client: int, what: str, receiver: EventReceiver, make: Callable[[Any], int]) -> int:
    state = _BlockState(what, _callable(receiver, "receiver"))
    try:
        state.block = GlobalBlock(_invoke(), MIDI_RECEIVE_BLOCK_SIGNATURE, state.c_handle)
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
    ref = obj_arg(client, "client")
    proto = int_arg(protocol, "protocol", 1, 2)
    out = ffi.new("MIDIPortRef *")

    def make(block: Any) -> int:
        with cf_string_arg(port_name, "port_name") as cfname:
            call("MIDIInputPortCreateWithProtocol", ref, cfname, proto, out, block, obj=port_name)
        return int(out[0])

    return _with_block(ref, f"MIDI {proto}.0 input port {port_name!r}", receiver, make)


def midi_destination_create_with_protocol(client: int, name: str, protocol: int,
                                          receiver: EventReceiver) -> int:
    """``MIDIDestinationCreateWithProtocol``: a virtual destination receiving UMP event
    lists of ``protocol`` (1 or 2) through a hand-built block; ``conn_refcon`` is 0.

    Example
    -------
    >>> dst = capi.midi_destination_create_with_protocol(client, "coremusic in", 2, receiver)   # doctest: +SKIP
    """
    ref = obj_arg(client, "client")
    proto = int_arg(protocol, "protocol", 1, 2)
    out = ffi.new("MIDIEndpointRef *")

    def make(block: Any) -> int:
        with cf_string_arg(name, "name") as cfname:
            call("MIDIDestinationCreateWithProtocol", ref, cfname, proto, out, block, obj=name)
        return int(out[0])

    return _with_block(ref, f"MIDI {proto}.0 virtual destination {name!r}", receiver, make)


def receive_block_of(ref: int) -> GlobalBlock | None:
    """The block literal CoreMIDI holds for the port or destination ``ref`` (``None``
    when ``ref`` has no block-based receiver, e.g. after dispose).

    Example
    -------
    >>> capi.receive_block_of(port).flags                                # doctest: +SKIP
    1342177280
    """
    state = RECEIVERS.get(obj_arg(ref, "ref"))
    return state.block if isinstance(state, _BlockState) else None
