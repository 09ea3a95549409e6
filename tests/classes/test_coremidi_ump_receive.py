"""MIDI 2.0 / UMP receiving through the hand-built MIDIReceiveBlock and the bounded input
queue, driven through the CoreMIDI double (which calls the block through its invoke
pointer as CoreMIDI's thread would).  Statically verified: marshalling, layout and
the delivery paths, not Apple's behaviour."""

from __future__ import annotations

import asyncio
import gc
import struct
import threading
import weakref
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coremusic.constants import MIDIProtocolID
from coremusic.midi import coremidi as cm
from coremusic.midi.coremidi import _common
from coremusic.midi.messages import MIDIMessage
from coremusic.midi.ump import to_ump
from tests.doubles.coremidi import IAC_SRC, PAD_SRC
from tests.doubles.coremidi_blocks import UMPModel, build_event_list
from tests.doubles.coremidi_model import TICKS_PER_SECOND

NOTE_ON_2 = (0x40903C00, 0xC9240000)  # MIDI 2.0 note on 60, velocity 0xC924 (100 scaled up)


@pytest.fixture
def midi(framework_double: Any, cf: Any) -> Any:
    _common._ticks_per_second.cache_clear()
    yield UMPModel(framework_double, cf)
    _common._ticks_per_second.cache_clear()


@pytest.fixture
def client(midi: UMPModel) -> Any:
    with cm.MIDIClient("coremusic tests") as c:
        yield c


def _drain(port: Any, timeout: float = 0.5) -> list[Any]:
    out = []
    while (item := port.receive(timeout=timeout)) is not None:
        out.append(item)
    return out


# ------------------------------------------------------------------ MIDI 2.0 through the block


def test_midi2_port_receives_ump_packets_in_order_with_translation(midi: UMPModel, client: Any) -> None:
    port = client.create_input_port("ump in", protocol=MIDIProtocolID.MIDI_2_0)
    assert port.receive_protocol == 2 and "MIDI 2.0 UMP" in repr(port)
    port.connect_source(cm.MIDISource(PAD_SRC))
    stamp = int(TICKS_PER_SECOND * 3)
    per_note = (0x40003C01, 0x12345678)  # registered per-note controller: no MIDI 1.0 equivalent
    cc = tuple(to_ump(MIDIMessage.control_change(7, 64, channel=2), midi2=True)[0])
    assert midi.deliver_events(PAD_SRC, [(stamp, NOTE_ON_2 + per_note), (stamp + 24, cc)]) == 1
    first, second, third = (port.receive(timeout=10) for _ in range(3))
    assert [first.words, second.words, third.words] == [NOTE_ON_2, per_note, cc]
    assert first.message == MIDIMessage.note_on(60, 100) and second.message is None
    assert third.message == MIDIMessage.control_change(7, 64, channel=2)
    assert [first.host_time, third.host_time] == [stamp, stamp + 24] and first.timestamp == 3.0
    assert first.protocol == 2 and first.message_type == 4 and first.group == 0
    assert first.source == cm.MIDISource(PAD_SRC) and "40903C00 C9240000" in repr(first)
    assert midi.invocations == 1 and port.lost == 0
    port.close()


def test_midi1_ump_sysex_is_reassembled_across_packets(midi: UMPModel, client: Any) -> None:
    port = client.create_input_port("ump1", protocol=1)
    port.connect_source(IAC_SRC)
    body = bytes(range(20))
    packets = [tuple(p) for p in to_ump(MIDIMessage.sysex(body), group=5)]
    assert len(packets) == 4
    midi.deliver_events(IAC_SRC, [(0, packets[0] + packets[1]), (1, packets[2] + packets[3])])
    got = [port.receive(timeout=10) for _ in packets]
    assert [g.words for g in got] == packets
    assert [g.message for g in got[:3]] == [None, None, None]
    assert got[3].message == MIDIMessage.sysex(body) and got[3].group == 5
    port.close()


def test_virtual_destination_with_protocol_callback_on_a_thread(midi: UMPModel, client: Any) -> None:
    got: list[Any] = []
    arrived = threading.Event()

    def on_ump(item: Any) -> None:
        got.append((item, threading.current_thread()))
        arrived.set()

    dst = cm.VirtualDestination("coremusic UMP in", on_ump, client=client, protocol=2)
    assert midi.objects[dst.ref].props["protocol"] == 2 and "MIDI 2.0 UMP" in repr(dst)
    midi.deliver_events_to_destination(dst.ref, [(9, NOTE_ON_2)])
    assert arrived.wait(10)
    (item, thread), = got
    assert item.words == NOTE_ON_2 and item.source is None and item.host_time == 9
    assert thread is not threading.main_thread()
    dst.close()
    assert dst.closed


def test_async_iteration_of_ump(midi: UMPModel, client: Any) -> None:
    port = client.create_input_port("ump in", protocol=2)
    port.connect_source(PAD_SRC)
    midi.deliver_events(PAD_SRC, [(1, NOTE_ON_2)])

    async def main() -> list[Any]:
        loop = asyncio.get_running_loop()
        got: list[Any] = []

        async def consume() -> None:
            async for item in port:
                got.append(item.words)

        task = asyncio.create_task(consume())
        await asyncio.sleep(0)
        await loop.run_in_executor(None, midi.deliver_events, PAD_SRC, [(2, (0x10F80000,))])
        while len(got) < 2:
            await asyncio.sleep(0.01)
        await loop.run_in_executor(None, port.close)
        await asyncio.wait_for(task, 10)
        return got

    assert asyncio.run(main()) == [NOTE_ON_2, (0x10F80000,)]


def test_bad_ump_becomes_input_errors_and_ignore_filters(midi: UMPModel, client: Any) -> None:
    port = client.create_input_port("ump in", protocol=2, ignore={"clock"})
    port.connect_source(PAD_SRC)
    sysex_end = tuple(to_ump(MIDIMessage.sysex(bytes(range(8))))[1])  # an end without a start
    midi.deliver_events(PAD_SRC, [(1, (0x10F80000,)), (2, sysex_end), (3, (0x40903C00,)), (4, (0x20903C64,))])
    with pytest.raises(cm.MIDIInputError, match="without a start") as info:
        port.receive(timeout=10)
    assert info.value.data == struct.pack(">2I", *sysex_end) and info.value.host_time == 2
    with pytest.raises(cm.MIDIInputError, match="ends inside"):
        port.receive(timeout=10)
    assert port.receive(timeout=10).message == MIDIMessage.note_on(60, 100)
    start = tuple(to_ump(MIDIMessage.sysex(bytes(range(8))))[0])
    midi.deliver_events(PAD_SRC, [(5, start), (6, start)])  # a start interrupting a start
    opened = port.receive(timeout=10)
    assert opened.words == start and opened.message is None
    with pytest.raises(cm.IncompleteSysexError) as err:
        port.receive(timeout=10)
    assert err.value.data == b"\xf0" + bytes(range(6))
    port.close()


def test_protocol_argument_is_checked(midi: UMPModel, client: Any) -> None:
    with pytest.raises(ValueError, match="protocol"):
        client.create_input_port("x", protocol=3)
    with pytest.raises(ValueError, match="protocol"):
        cm.VirtualDestination("x", client=client, protocol=True)
    assert client.ports == []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lists=st.lists(st.lists(st.tuples(
    st.integers(0, 2**63), st.lists(st.one_of(
        st.integers(0, 0x0FFFFFFF).map(lambda w: (w,)),                                   # utility
        st.tuples(st.integers(0x80, 0xEF), st.integers(0, 0x7F), st.integers(0, 0x7F),
                  st.integers(0, 15)).map(lambda t: ((0x2 << 28) | (t[3] << 24) | (t[0] << 16)
                                                     | (t[1] << 8) | t[2],)),               # MIDI 1.0 voice
        st.tuples(st.integers(0, 0x0FFFFFFF), st.integers(0, 2**32 - 1))
        .map(lambda t: ((0x4 << 28) | t[0], t[1])),                                          # MIDI 2.0 voice
        st.lists(st.integers(0, 2**32 - 1), min_size=3, max_size=3)
        .map(lambda ws: ((0x5 << 28) | (ws[0] & 0x0FFFFFFF), ws[0], ws[1], ws[2]))),        # data 128
        min_size=1, max_size=16)), min_size=1, max_size=4), min_size=1, max_size=4))
def test_generated_event_lists_arrive_intact_and_in_order(midi: UMPModel, lists: Any) -> None:
    with cm.MIDIClient("prop") as client:
        port = client.create_input_port("ump in", protocol=2)
        port.connect_source(IAC_SRC)
        sent = []
        for event_list in lists:
            packets = []
            for stamp, umps in event_list:
                packets.append((stamp, tuple(w for p in umps for w in p)))
                sent.extend((stamp, p) for p in umps)
            midi.deliver_events(IAC_SRC, packets)
        got = [port.receive(timeout=10) for _ in sent]
        assert [(g.host_time, g.words) for g in got] == sent
        assert port.receive(timeout=0) is None and port.lost == 0


# ------------------------------------------------------------------ the bounded input queue


@pytest.mark.parametrize("protocol", [None, 2])
def test_pull_mode_overrun_is_counted_never_blocking(midi: UMPModel, client: Any, protocol: int | None) -> None:
    port = client.create_input_port("in", protocol=protocol, queue_events=4, queue_bytes=1024)
    assert port.queue_capacity == (4, 1024)
    port.connect_source(PAD_SRC)
    sent = 100
    for i in range(sent):  # nobody reads: CoreMIDI's thread must never wait
        if protocol is None:
            midi.deliver(PAD_SRC, [(i, bytes((0x90, i, 100)))])
        else:
            midi.deliver_events(PAD_SRC, [(i, (0x20900064 | (i << 8),))])
    # at most 4 decoded items wait for the reader (plus one list's overshoot) and 4 lists in the ring
    assert port.lost >= sent - 4 - 1 - 4
    got = _drain(port)
    assert len(got) + port.lost == sent
    notes = [g.message.note for g in got]
    assert notes == sorted(notes) and notes[0] == 0  # in order, the oldest kept
    assert f"lost={port.lost}" in repr(port)
    port.close()


def test_callback_mode_overrun_when_the_callback_stalls(midi: UMPModel, client: Any) -> None:
    release, entered = threading.Event(), threading.Event()
    got: list[Any] = []

    def slow(msg: Any) -> None:
        entered.set()
        release.wait(10)
        got.append(msg.message.note)

    dst = client.create_virtual_destination("slow", slow, queue_events=2, queue_bytes=256)
    midi.deliver_to_destination(dst.ref, [(0, b"\x90\x00\x64")])
    assert entered.wait(10)  # the dispatcher is now stuck in the callback
    for i in range(1, 20):
        midi.deliver_to_destination(dst.ref, [(i, bytes((0x90, i, 100)))])
    assert dst.lost == 19 - 2
    release.set()
    dst.close()  # finishes what was queued
    assert got == [0, 1, 2]


def test_queue_sizes_are_checked(midi: UMPModel, client: Any) -> None:
    with pytest.raises(ValueError, match="queue_events"):
        client.create_input_port("x", queue_events=3)
    with pytest.raises(ValueError, match="queue_bytes"):
        client.create_input_port("x", queue_bytes=0)
    with pytest.raises(TypeError, match="queue_events"):
        client.create_input_port("x", queue_events=4.0)
    assert client.ports == []


def test_a_list_larger_than_the_queue_is_lost_not_truncated(midi: UMPModel, client: Any) -> None:
    port = client.create_input_port("in", queue_bytes=64)
    port.connect_source(PAD_SRC)
    midi.deliver(PAD_SRC, [(0, MIDIMessage.sysex(bytes(100)).bytes())])
    midi.deliver(PAD_SRC, [(1, b"\xf8")])
    assert port.receive(timeout=10).message == MIDIMessage.clock()
    assert port.lost == 1
    port.close()


_VOICE = st.one_of(
    st.builds(MIDIMessage.note_on, st.integers(0, 127), st.integers(1, 127), st.integers(0, 15)),
    st.builds(MIDIMessage.note_off, st.integers(0, 127), st.integers(0, 127), st.integers(0, 15)),
    st.builds(MIDIMessage.poly_aftertouch, st.integers(0, 127), st.integers(0, 127), st.integers(0, 15)),
    st.builds(MIDIMessage.control_change, st.integers(0, 127), st.integers(0, 127), st.integers(0, 15)),
    st.builds(MIDIMessage.program_change, st.integers(0, 127), st.integers(0, 15)),
    st.builds(MIDIMessage.channel_aftertouch, st.integers(0, 127), st.integers(0, 15)),
    st.builds(MIDIMessage.pitch_bend, st.integers(-8192, 8191), st.integers(0, 15)),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(messages=st.lists(_VOICE, min_size=1, max_size=20), midi2=st.booleans())
def test_voice_messages_convert_back_to_midi1_exactly(midi: UMPModel, messages: list[MIDIMessage],
                                                      midi2: bool) -> None:
    """MIDI 1.0 -> UMP (MIDI 2.0 scaled up, or MIDI 1.0 in UMP) -> block -> .message is exact."""
    with cm.MIDIClient("conv") as client:
        dst = client.create_virtual_destination("conv", protocol=2 if midi2 else 1)
        words = tuple(w for m in messages for p in to_ump(m, midi2=midi2) for w in p)
        for at in range(0, len(words), 64):
            midi.deliver_events_to_destination(dst.ref, [(at, words[at:at + 64])])
        got = [dst.receive(timeout=10) for _ in messages]
        assert [g.message for g in got] == messages
        assert {g.protocol for g in got} == {2 if midi2 else 1}
        dst.close()


def test_closed_ump_port_frees_its_callback_and_ignores_late_block_calls(midi: UMPModel, client: Any) -> None:
    class Callback:
        def __call__(self, item: Any) -> None:
            raise AssertionError("no delivery after close")

    callback = Callback()
    alive = weakref.ref(callback)
    port = client.create_input_port("in", callback, protocol=2)
    port.connect_source(PAD_SRC)
    ref = port.ref
    del callback
    port.close()
    midi.call_block(ref, build_event_list(2, [(0, NOTE_ON_2)]), 1)  # CoreMIDI's thread racing the close
    gc.collect()
    assert alive() is None
    port.check_errors()  # nothing was delivered, nothing failed
