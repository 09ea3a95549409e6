"""Contract tests of the block-based receivers (MIDIInputPortCreateWithProtocol,
MIDIDestinationCreateWithProtocol) and the hand-built block literal: the double
checks the literal as the Block runtime relies on it and calls the block through
the ``invoke`` pointer it reads out of the struct, as CoreMIDI's receive thread
would.  Marshalling and layout, not Apple's behaviour."""

from __future__ import annotations

import gc
import queue
import sys
import weakref
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coremusic import capi
from coremusic._ffi import ffi
from coremusic.capi import _blocks, midi_io
from coremusic.exceptions import MIDIError, PlatformNotSupportedError
from tests.doubles.coremidi import IAC_SRC, INVALID_CLIENT, PAD_SRC
from tests.doubles.coremidi_blocks import BLOCK_HAS_SIGNATURE, BLOCK_IS_GLOBAL, UMPModel
from tests.doubles.framework import DoubleError


@pytest.fixture
def midi(framework_double: Any, cf: Any) -> UMPModel:
    return UMPModel(framework_double, cf)


def _inbox() -> tuple[queue.SimpleQueue[tuple[bytes, int]], Any]:
    inbox: queue.SimpleQueue[tuple[bytes, int]] = queue.SimpleQueue()
    return inbox, lambda raw, ref: inbox.put((raw, ref))


# ------------------------------------------------------------------ the literal


def test_input_port_passes_a_global_block_with_signature(midi: UMPModel) -> None:
    client = capi.midi_client_create("c")
    _, receiver = _inbox()
    port = capi.midi_input_port_create_with_protocol(client, "ump in", 2, receiver)
    (args,) = midi.double.called("MIDIInputPortCreateWithProtocol")
    assert args[0] == client and args[2] == 2
    block = capi.receive_block_of(port)
    assert block is not None
    assert int(ffi.cast("uintptr_t", args[4])) == block.address
    assert int(ffi.cast("uintptr_t", midi.blocks[port].pointer)) == block.address
    lit = midi.literal(args[4])
    assert lit.flags == BLOCK_IS_GLOBAL | BLOCK_HAS_SIGNATURE == block.flags
    assert lit.reserved == 0
    assert ffi.cast("void *", lit.isa) == ffi.cast("void *", midi.isa)
    assert lit.descriptor.reserved == 0
    assert lit.descriptor.size == ffi.sizeof("struct Block_literal_1") == 40
    assert ffi.string(lit.descriptor.signature) == _blocks.MIDI_RECEIVE_BLOCK_SIGNATURE == block.signature
    assert midi.ports[port].name == "ump in"
    assert "GlobalBlock" in repr(block) and "v24@?0" in repr(block)
    capi.midi_port_dispose(port)
    assert capi.receive_block_of(port) is None
    capi.midi_client_dispose(client)


def test_a_port_without_a_block_has_no_block(midi: UMPModel) -> None:
    client = capi.midi_client_create("c")
    port = capi.midi_input_port_create(client, "legacy", lambda raw, ref: None)
    assert capi.receive_block_of(port) is None
    capi.midi_client_dispose(client)


def test_global_block_rejects_bad_arguments(midi: UMPModel) -> None:
    invoke = ffi.callback("coremusic_MIDIReceiveBlockInvoke", lambda b, e, r: None)
    with pytest.raises(TypeError, match="invoke"):
        _blocks.GlobalBlock(lambda: None, b"v8@?0", ffi.NULL)
    with pytest.raises(TypeError, match="signature"):
        _blocks.GlobalBlock(invoke, "v8@?0", ffi.NULL)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="signature"):
        _blocks.GlobalBlock(invoke, b"v8\0@?0", ffi.NULL)
    block = _blocks.GlobalBlock(invoke, b"v8@?0", ffi.NULL)
    assert _blocks.block_context(block.pointer) == ffi.NULL


@pytest.mark.skipif(sys.platform == "darwin", reason="libSystem exists on macOS")
def test_block_isa_is_not_available_off_macos() -> None:
    with pytest.raises(PlatformNotSupportedError) as info:
        _blocks.concrete_global_block()
    assert info.value.platform == sys.platform


# ------------------------------------------------------------------ receiving through the block


def test_event_lists_arrive_through_the_block_with_conn_refcon(midi: UMPModel) -> None:
    client = capi.midi_client_create("c")
    inbox, receiver = _inbox()
    port = capi.midi_input_port_create_with_protocol(client, "in", 2, receiver)
    capi.midi_port_connect_source(port, IAC_SRC, 7)
    capi.midi_port_connect_source(port, PAD_SRC, 8)
    assert midi.deliver_events(IAC_SRC, [(100, (0x40903C00, 0xC9240000)), (101, (0x20803C00,))]) == 1
    assert midi.deliver_events(PAD_SRC, [(5, (0x10F80000,))]) == 1
    raw, ref = inbox.get_nowait()
    assert ref == 7
    assert capi.parse_event_list_bytes(raw) == (2, [capi.EventPacket(100, (0x40903C00, 0xC9240000)),
                                                    capi.EventPacket(101, (0x20803C00,))])
    raw, ref = inbox.get_nowait()
    assert ref == 8 and capi.parse_event_list_bytes(raw) == (2, [capi.EventPacket(5, (0x10F80000,))])
    assert midi.invocations == 2
    capi.midi_port_dispose(port)
    capi.midi_client_dispose(client)


def test_virtual_destination_with_protocol_receives_with_null_refcon(midi: UMPModel) -> None:
    client = capi.midi_client_create("c")
    inbox, receiver = _inbox()
    dst = capi.midi_destination_create_with_protocol(client, "coremusic UMP in", 1, receiver)
    assert midi.objects[dst].props["protocol"] == 1
    midi.deliver_events_to_destination(dst, [(0, (0x20903C64,))])
    raw, ref = inbox.get_nowait()
    assert ref == 0 and capi.parse_event_list_bytes(raw) == (1, [capi.EventPacket(0, (0x20903C64,))])
    capi.midi_endpoint_dispose(dst)
    assert dst not in midi.virtual
    capi.midi_client_dispose(client)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(protocol=st.sampled_from([1, 2]),
       lists=st.lists(st.lists(st.tuples(st.integers(0, 2**64 - 1),
                                         st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=64)
                                         .map(tuple)),
                               min_size=0, max_size=6),
                      min_size=1, max_size=5))
def test_generated_event_lists_arrive_intact_and_in_order(midi: UMPModel, protocol: int,
                                                          lists: list[list[tuple[int, tuple[int, ...]]]]) -> None:
    client = capi.midi_client_create("c")
    inbox, receiver = _inbox()
    port = capi.midi_input_port_create_with_protocol(client, "in", protocol, receiver)
    capi.midi_port_connect_source(port, IAC_SRC, 3)
    for packets in lists:
        midi.deliver_events(IAC_SRC, packets)
    got = [inbox.get_nowait() for _ in lists]
    assert inbox.empty()
    assert [ref for _, ref in got] == [3] * len(lists)
    assert [capi.parse_event_list_bytes(raw) for raw, _ in got] == [
        (protocol, [capi.EventPacket(t, w) for t, w in packets]) for packets in lists]
    capi.midi_port_dispose(port)
    capi.midi_client_dispose(client)


# ------------------------------------------------------------------ errors and lifetime


def test_create_errors_map_to_midi_error_and_leave_nothing_registered(midi: UMPModel) -> None:
    before = len(midi_io.RECEIVERS)
    with pytest.raises(MIDIError) as info:
        capi.midi_input_port_create_with_protocol(0xDEAD, "in", 2, lambda raw, ref: None)
    assert info.value.status == INVALID_CLIENT
    assert info.value.operation == "MIDIInputPortCreateWithProtocol"
    with pytest.raises(MIDIError) as info:
        capi.midi_destination_create_with_protocol(0xDEAD, "d", 1, lambda raw, ref: None)
    assert info.value.status == INVALID_CLIENT
    assert len(midi_io.RECEIVERS) == before
    client = capi.midi_client_create("c")
    with pytest.raises(ValueError, match="protocol"):
        capi.midi_input_port_create_with_protocol(client, "in", 3, lambda raw, ref: None)
    with pytest.raises(TypeError, match="receiver"):
        capi.midi_destination_create_with_protocol(client, "d", 2, "not callable")  # type: ignore[arg-type]
    capi.midi_client_dispose(client)


def test_receiver_exception_is_reraised_by_dispose(midi: UMPModel) -> None:
    client = capi.midi_client_create("c")

    def broken(raw: bytes, ref: int) -> None:
        raise KeyError("boom")

    port = capi.midi_input_port_create_with_protocol(client, "in", 2, broken)
    capi.midi_port_connect_source(port, IAC_SRC)
    midi.deliver_events(IAC_SRC, [(0, (0x20903C64,))])  # the exception stays in Python
    with pytest.raises(KeyError, match="boom"):
        capi.midi_port_dispose(port)
    capi.midi_client_dispose(client)


def test_block_and_receiver_live_while_coremidi_holds_them(midi: UMPModel) -> None:
    class Sink:
        def __init__(self) -> None:
            self.got: list[bytes] = []

        def __call__(self, raw: bytes, ref: int) -> None:
            self.got.append(raw)

    sink = Sink()
    sink_ref = weakref.ref(sink)
    client = capi.midi_client_create("c")
    port = capi.midi_input_port_create_with_protocol(client, "in", 2, sink)
    dst = capi.midi_destination_create_with_protocol(client, "d", 2, sink)
    capi.midi_port_connect_source(port, IAC_SRC)
    del sink
    gc.collect()
    midi.deliver_events(IAC_SRC, [(0, (1,))])
    midi.deliver_events_to_destination(dst, [(0, (2,))])
    assert len(sink_ref().got) == 2  # type: ignore[union-attr]
    capi.midi_port_dispose(port)
    # a late call from CoreMIDI's thread after dispose finds live memory and does nothing
    midi.call_block(port, capi.pack_event_list(2, [(0, (3,))]), 0)
    capi.midi_client_dispose(client)  # retires the destination's block too
    midi.call_block(dst, capi.pack_event_list(2, [(0, (4,))]), 0)
    gc.collect()
    assert sink_ref() is None


def test_double_refuses_a_block_that_is_not_global(midi: UMPModel) -> None:
    invoke = ffi.callback("coremusic_MIDIReceiveBlockInvoke", lambda b, e, r: None)
    block = _blocks.GlobalBlock(invoke, b"v8@?0", ffi.NULL)
    block.pointer.flags = BLOCK_HAS_SIGNATURE  # as a stack block would be
    with pytest.raises(DoubleError, match="global"):
        midi.check_block(block.pointer)


# ------------------------------------------------------------------ the block forms of the proc calls


def test_input_port_and_destination_with_read_blocks(midi: UMPModel) -> None:
    client = capi.midi_client_create("c")
    inbox, receiver = _inbox()
    port = capi.midi_input_port_create_with_block(client, "in", receiver)
    dst = capi.midi_destination_create_with_block(client, "d", receiver)
    for ref in (port, dst):
        block = capi.receive_block_of(ref)
        assert block is not None and block.signature == _blocks.MIDI_READ_BLOCK_SIGNATURE
        midi.check_block(block.pointer)
    (args,) = midi.double.called("MIDIInputPortCreateWithBlock")
    assert int(ffi.cast("uintptr_t", args[3])) == capi.receive_block_of(port).address  # type: ignore[union-attr]
    capi.midi_port_connect_source(port, PAD_SRC, 4)
    assert midi.deliver_packets(PAD_SRC, [(10, b"\x90\x3c\x64"), (11, b"\xf8")]) == 1
    midi.deliver_packets_to_destination(dst, [(12, b"\xfa")])
    raw, ref = inbox.get_nowait()
    assert ref == 4 and [tuple(p) for p in capi.parse_packet_list_bytes(raw)] == [(10, b"\x90\x3c\x64"),
                                                                                (11, b"\xf8")]
    raw, ref = inbox.get_nowait()
    assert ref == 0 and [tuple(p) for p in capi.parse_packet_list_bytes(raw)] == [(12, b"\xfa")]
    with pytest.raises(MIDIError) as info:
        capi.midi_input_port_create_with_block(0xBAD, "in", receiver)
    assert info.value.status == INVALID_CLIENT and info.value.operation == "MIDIInputPortCreateWithBlock"
    with pytest.raises(MIDIError):
        capi.midi_destination_create_with_block(0xBAD, "d", receiver)
    capi.midi_client_dispose(client)  # retires both blocks
    assert capi.receive_block_of(port) is None and capi.receive_block_of(dst) is None


def test_client_with_notify_block(midi: UMPModel) -> None:
    got: list[Any] = []
    client = capi.midi_client_create_with_block("c", got.append)
    block = capi.receive_block_of(client)
    assert block is not None and block.signature == _blocks.MIDI_NOTIFY_BLOCK_SIGNATURE
    (args,) = midi.double.called("MIDIClientCreateWithBlock")
    assert int(ffi.cast("uintptr_t", args[2])) == block.address
    midi.notify_block(client, ffi.new("MIDINotification *", {"messageID": 1, "messageSize": 8}))
    assert got == [midi_io.Notification(1, 8)]
    port = capi.midi_input_port_create(client, "in", lambda raw, ref: None)  # an ordinary client otherwise
    capi.midi_port_dispose(port)
    capi.midi_client_dispose(client)
    assert capi.receive_block_of(client) is None

    silent = capi.midi_client_create_with_block("quiet")
    assert midi.double.called("MIDIClientCreateWithBlock")[-1][2] == ffi.NULL
    capi.midi_client_dispose(silent)


def test_notify_block_exception_is_reraised_by_client_dispose(midi: UMPModel) -> None:
    def broken(notification: Any) -> None:
        raise RuntimeError("notify bug")

    client = capi.midi_client_create_with_block("c", broken)
    midi.notify_block(client, ffi.new("MIDINotification *", {"messageID": 1, "messageSize": 8}))
    with pytest.raises(RuntimeError, match="notify bug"):
        capi.midi_client_dispose(client)
    with pytest.raises(TypeError, match="notify"):
        capi.midi_client_create_with_block("c", 42)  # type: ignore[arg-type]
    before = len(midi_io.CLIENTS)
    midi.double.returns("MIDIClientCreateWithBlock", -10845)
    with pytest.raises(MIDIError) as info:
        capi.midi_client_create_with_block("c", print)
    assert info.value.status == -10845 and len(midi_io.CLIENTS) == before
