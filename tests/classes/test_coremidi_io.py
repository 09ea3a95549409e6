"""CoreMIDI client, ports and virtual endpoints: sending, receiving through the read-proc
trampoline (the double calls it as CoreMIDI's thread would), notifications, teardown order
and lifetime -- driven through the CoreMIDI double."""

from __future__ import annotations

import asyncio
import gc
import threading
import weakref
from typing import Any

import pytest

from coremusic.capi import midi_io
from coremusic.exceptions import MIDIError
from coremusic.midi import coremidi as cm
from coremusic.midi.coremidi import _common
from coremusic.midi.messages import MIDIMessage
from coremusic.midi.ump import to_ump
from tests.doubles.coremidi import IAC_DST, IAC_SRC, INVALID_CLIENT, PAD, PAD_DST, PAD_SRC
from tests.doubles.coremidi_model import TICKS_PER_SECOND, MIDIModel


@pytest.fixture
def midi(framework_double: Any, cf: Any) -> MIDIModel:
    _common._ticks_per_second.cache_clear()
    model = MIDIModel(framework_double, cf)
    yield model
    _common._ticks_per_second.cache_clear()


@pytest.fixture
def client(midi: MIDIModel) -> Any:
    with cm.MIDIClient("coremusic tests") as c:
        yield c


def _names(midi: MIDIModel) -> list[str]:
    return [n for n, _ in midi.double.calls]


# ------------------------------------------------------------------ sending


def test_output_port_sends_messages_bytes_and_schedules(midi: MIDIModel, client: Any) -> None:
    out = client.create_output_port("out")
    assert out.ref in midi.ports and midi.ports[out.ref].name == "out"
    out.send(cm.MIDIDestination(PAD_DST), MIDIMessage.note_on(60, 100, channel=2))
    out.send_data(IAC_DST, b"\x80\x3c\x00", timestamp=48_000)
    out.send(PAD_DST, b"\xf8", timestamp=2**40)
    out.send_messages(PAD_DST, [(10, MIDIMessage.start()), (20, b"\xf8")])
    assert midi.sent[0] == (out.ref, PAD_DST, [(0, b"\x92\x3c\x64")])
    assert midi.sent[1] == (out.ref, IAC_DST, [(48_000, b"\x80\x3c\x00")])
    assert midi.sent[2][2] == [(2**40, b"\xf8")]
    assert midi.sent[3][2] == [(10, b"\xfa"), (20, b"\xf8")]


def test_sysex_longer_than_a_packet_is_split_over_packets(midi: MIDIModel, client: Any) -> None:
    out = client.create_output_port("out")
    body = bytes(i % 128 for i in range(70_000))
    out.send(PAD_DST, MIDIMessage.sysex(body), timestamp=5)
    packets = midi.sent[0][2]
    assert len(packets) == 2 and all(t == 5 for t, _ in packets)
    assert b"".join(d for _, d in packets) == b"\xf0" + body + b"\xf7"


def test_send_ump_event_lists_with_protocol_selection(midi: MIDIModel, client: Any) -> None:
    out = client.create_output_port("out")
    note = MIDIMessage.note_on(60, 100)
    out.send_ump(PAD_DST, note, timestamp=7)
    out.send_ump(PAD_DST, note, protocol=1, group=3)
    out.send_ump(PAD_DST, (0x10F80000,), protocol=1)
    out.send_ump(PAD_DST, MIDIMessage.sysex(bytes(range(10))), protocol=1)
    (p1, d1, proto1, ev1), (_, _, proto2, ev2), (_, _, _, ev3), (_, _, _, ev4) = midi.sent_events
    assert (p1, d1, proto1) == (out.ref, PAD_DST, 2)
    assert ev1 == [(7, tuple(to_ump(note, midi2=True)[0]))]
    assert proto2 == 1 and ev2 == [(0, tuple(to_ump(note, 3)[0]))]
    assert ev3 == [(0, (0x10F80000,))]
    assert [w for _, w in ev4] == [tuple(p) for p in to_ump(MIDIMessage.sysex(bytes(range(10))))]


def test_send_errors_name_the_problem(midi: MIDIModel, client: Any) -> None:
    out = client.create_output_port("out")
    with pytest.raises(TypeError, match="MIDIMessage or bytes"):
        out.send(PAD_DST, "note on")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="empty"):
        out.send_data(PAD_DST, b"")
    with pytest.raises(TypeError, match="timestamp"):
        out.send(PAD_DST, b"\xf8", timestamp=1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="protocol"):
        out.send_ump(PAD_DST, MIDIMessage.clock(), protocol=3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="endpoint"):
        out.send(None, b"\xf8")  # type: ignore[arg-type]
    with pytest.raises(MIDIError) as info:
        out.send(PAD_SRC, b"\xf8")  # a source is no destination
    assert info.value.status == -10832
    out.close()
    out.close()
    assert out.closed and "closed" in repr(out)
    with pytest.raises(ValueError, match="closed"):
        out.send(PAD_DST, b"\xf8")


def test_send_sysex_asynchronously(midi: MIDIModel, client: Any) -> None:
    out = client.create_output_port("out")
    done: list[Any] = []
    req = out.send_sysex(PAD_DST, MIDIMessage.sysex(b"\x7e\x7f\x06\x01"), done.append)
    assert midi.complete_sysex() == 1
    assert done == [req] and req.finished


# ------------------------------------------------------------------ receiving


def test_callback_runs_on_a_dispatcher_thread_with_times_and_source(midi: MIDIModel, client: Any) -> None:
    got: list[Any] = []
    threads: list[threading.Thread] = []
    arrived = threading.Event()

    def on_message(msg: Any) -> None:
        got.append(msg)
        threads.append(threading.current_thread())
        if len(got) == 3:
            arrived.set()

    port = client.create_input_port("in", on_message)
    port.connect_source(cm.MIDISource(PAD_SRC))
    stamp = int(TICKS_PER_SECOND * 2)
    assert midi.deliver(PAD_SRC, [(stamp, b"\x90\x3c\x64\x3e\x50"), (stamp + 24, b"\xf8")]) == 1
    assert arrived.wait(10)
    assert [m.message for m in got] == [MIDIMessage.note_on(60, 100), MIDIMessage.note_on(62, 80),
                                        MIDIMessage.clock()]
    assert [m.host_time for m in got] == [stamp, stamp, stamp + 24]
    assert got[0].timestamp == 2.0 and got[2].timestamp == pytest.approx(2.000001)
    assert got[0].source == cm.MIDISource(PAD_SRC) and got[0].bytes() == b"\x90\x3c\x64"
    assert threads[0] is not threading.main_thread()
    assert port.sources == [cm.MIDISource(PAD_SRC)]
    port.close()


def test_a_slow_callback_never_blocks_the_read_proc(midi: MIDIModel, client: Any) -> None:
    release = threading.Event()
    seen: list[Any] = []

    def slow(msg: Any) -> None:
        release.wait(10)
        seen.append(msg.message)

    port = client.create_input_port("in", slow)
    port.connect_source(PAD_SRC)
    for note in range(5):
        midi.deliver(PAD_SRC, [(1, bytes((0x90, note, 1)))])  # returns while the callback waits
    assert seen == []
    release.set()
    port.close()  # queued messages are delivered before the dispatcher stops
    assert seen == [MIDIMessage.note_on(n, 1) for n in range(5)]


def test_pull_mode_receive_and_iteration(midi: MIDIModel, client: Any) -> None:
    port = client.create_input_port("in")
    port.connect_source(PAD_SRC)
    port.connect_source(cm.MIDISource(IAC_SRC))
    assert port.receive(timeout=0.01) is None
    midi.deliver(PAD_SRC, [(5, b"\xb0\x07\x64")])
    midi.deliver(IAC_SRC, [(6, b"\xc1\x05"), (7, b"\xfe")])  # active sensing is kept
    first = port.receive(timeout=10)
    assert first is not None and first.message == MIDIMessage.control_change(7, 100)
    assert first.source == cm.MIDISource(PAD_SRC)
    collected: list[Any] = []
    reader = threading.Thread(target=lambda: collected.extend(port))
    reader.start()
    midi.deliver(IAC_SRC, [(8, b"\xe0\x00\x40")])
    while len(collected) < 3:
        threading.Event().wait(0.01)
    port.close()  # ends the iteration
    reader.join(10)
    assert not reader.is_alive()
    assert [m.message.type for m in collected] == ["program_change", "active_sensing", "pitch_bend"]
    assert {m.source for m in collected} == {cm.MIDISource(IAC_SRC)}
    assert port.receive(timeout=0) is None
    with pytest.raises(RuntimeError, match="callback"):
        client.create_input_port("cb", print).receive()


def test_sysex_split_over_read_proc_calls_is_reassembled(midi: MIDIModel, client: Any) -> None:
    port = client.create_input_port("in")
    port.connect_source(PAD_SRC)
    body = bytes(i % 128 for i in range(1000))
    midi.deliver(PAD_SRC, [(100, b"\xf0" + body[:300])])
    midi.deliver(PAD_SRC, [(101, body[300:600]), (102, b"\xf8")])  # clock interleaved
    midi.deliver(PAD_SRC, [(103, body[600:] + b"\xf7"), (104, b"\x90\x3c\x64")])
    clock, sysex, note = port.receive(10), port.receive(10), port.receive(10)
    assert clock is not None and clock.message == MIDIMessage.clock() and clock.host_time == 102
    assert sysex is not None and sysex.message == MIDIMessage.sysex(body) and sysex.host_time == 100
    assert note is not None and note.message.type == "note_on"
    port.close()


def test_explicit_filter_and_running_status(midi: MIDIModel, client: Any) -> None:
    port = client.create_input_port("in", ignore={"clock", "active_sensing"})
    port.connect_source(PAD_SRC)
    midi.deliver(PAD_SRC, [(1, b"\xf8\x90\x3c\x64\x3e\x00\xfe")])
    a, b = port.receive(10), port.receive(10)
    assert a is not None and b is not None
    assert (a.message, b.message) == (MIDIMessage.note_on(60, 100), MIDIMessage.note_on(62, 0))
    assert port.receive(0.05) is None
    port.close()


def test_bad_bytes_and_interrupted_sysex_are_raised_not_dropped(midi: MIDIModel, client: Any) -> None:
    port = client.create_input_port("in")
    port.connect_source(PAD_SRC)
    midi.deliver(PAD_SRC, [(1, b"\x40\x41")])
    with pytest.raises(cm.MIDIInputError, match="without a status byte") as info:
        port.receive(10)
    assert info.value.data == b"\x40" and info.value.source == cm.MIDISource(PAD_SRC)
    with pytest.raises(cm.MIDIInputError):
        port.receive(10)  # the second stray byte
    midi.deliver(PAD_SRC, [(2, b"\xf0\x01\x02")])
    midi.deliver(PAD_SRC, [(3, b"\x90\x3c\x64")])
    with pytest.raises(cm.IncompleteSysexError, match="interrupted") as sinfo:
        port.receive(10)
    assert sinfo.value.data == b"\xf0\x01\x02"
    note = port.receive(10)
    assert note is not None and note.message.type == "note_on"
    midi.deliver(PAD_SRC, [(4, b"\xf4")])  # undefined status
    with pytest.raises(cm.MIDIInputError, match="undefined"):
        port.receive(10)
    port.close()


def test_unterminated_sysex_raises_after_the_timeout(midi: MIDIModel, client: Any) -> None:
    port = client.create_input_port("in", sysex_timeout=0.05)
    port.connect_source(PAD_SRC)
    midi.deliver(PAD_SRC, [(9, b"\xf0\x01\x02\x03")])
    with pytest.raises(cm.IncompleteSysexError, match="without 0xF7") as info:
        port.receive(10)
    assert info.value.data == b"\xf0\x01\x02\x03" and info.value.host_time == 9
    port.close()
    with pytest.raises(ValueError, match="sysex_timeout"):
        client.create_input_port("bad", sysex_timeout=0)


def test_async_iteration_and_loop_callbacks(midi: MIDIModel, client: Any) -> None:
    port = client.create_input_port("in")
    port.connect_source(PAD_SRC)
    midi.deliver(PAD_SRC, [(1, b"\xfa")])  # waiting before the loop binds: moved over

    async def main() -> tuple[list[Any], list[Any]]:
        loop = asyncio.get_running_loop()
        on_loop: list[Any] = []
        done = asyncio.Event()

        def cb(msg: Any) -> None:
            assert asyncio.get_running_loop() is loop
            on_loop.append(msg.message)
            done.set()

        cb_port = client.create_input_port("cb", cb, loop=loop)
        cb_port.connect_source(PAD_SRC)
        got: list[Any] = []

        async def consume() -> None:
            async for msg in port:
                got.append(msg.message)

        task = asyncio.create_task(consume())
        await asyncio.sleep(0)
        await loop.run_in_executor(None, midi.deliver, PAD_SRC, [(2, b"\xfc")])
        await done.wait()
        while len(got) < 2:
            await asyncio.sleep(0.01)
        await loop.run_in_executor(None, port.close)
        await asyncio.wait_for(task, 10)
        cb_port.close()
        return got, on_loop

    got, on_loop = asyncio.run(main())
    assert got == [MIDIMessage.start(), MIDIMessage.stop()]
    assert on_loop == [MIDIMessage.stop()]
    with pytest.raises(ValueError, match="pass a callback"):
        client.create_input_port("x", loop=asyncio.new_event_loop())


def test_callback_errors_are_kept_and_reraised_by_close(midi: MIDIModel, client: Any) -> None:
    def boom(msg: Any) -> None:
        raise KeyError("user bug")

    port = client.create_input_port("in", boom)
    port.connect_source(PAD_SRC)
    midi.deliver(PAD_SRC, [(1, b"\xf8")])
    with pytest.raises(KeyError, match="user bug"):
        port.close()
    assert port.closed
    port.close()  # idempotent, the error was reported once


def test_connect_and_disconnect_sources(midi: MIDIModel, client: Any) -> None:
    port = client.create_input_port("in")
    port.connect_source(PAD_SRC)
    with pytest.raises(ValueError, match="already connected"):
        port.connect_source(PAD_SRC)
    port.disconnect_source(cm.MIDISource(PAD_SRC))
    assert midi.deliver(PAD_SRC, [(1, b"\xf8")]) == 0
    with pytest.raises(ValueError, match="not connected"):
        port.disconnect_source(PAD_SRC)
    with pytest.raises(MIDIError) as info:
        port.connect_source(PAD)  # a device is no source
    assert info.value.status == -10832
    assert port.sources == []
    port.close()


# ------------------------------------------------------------------ notifications


def test_notifications_are_decoded_and_delivered_off_coremidi_thread(midi: MIDIModel) -> None:
    got: list[Any] = []
    threads: list[threading.Thread] = []
    four = threading.Event()

    def notify(n: Any) -> None:
        got.append(n)
        threads.append(threading.current_thread())
        if len(got) == 4:
            four.set()

    with cm.MIDIClient("watcher", notify) as client:
        midi.notify_setup_changed(client.ref)
        midi.notify_added(client.ref, PAD, PAD_SRC)
        midi.notify_property_changed(client.ref, PAD_SRC, "name")
        midi.notify_io_error(client.ref, PAD, -10838)
        assert four.wait(10)
    assert [n.message_id for n in got] == [1, 2, 4, 7]
    assert got[1].child == PAD_SRC and got[2].property_name == "name" and got[3].error_code == -10838
    assert threading.main_thread() not in threads
    assert client.closed and "closed" in repr(client)


def test_notify_errors_and_asyncio_delivery(midi: MIDIModel) -> None:
    def bad(n: Any) -> None:
        raise RuntimeError("notify bug")

    client = cm.MIDIClient("bad", bad)
    midi.notify_setup_changed(client.ref)
    with pytest.raises(RuntimeError, match="notify bug"):
        client.close()

    async def main() -> list[Any]:
        got: list[Any] = []
        event = asyncio.Event()
        c = cm.MIDIClient("aio", lambda n: (got.append(n), event.set()), loop=asyncio.get_running_loop())
        await asyncio.get_running_loop().run_in_executor(None, midi.notify_setup_changed, c.ref)
        await event.wait()
        c.close()
        return got

    assert [n.message_id for n in asyncio.run(main())] == [1]
    with pytest.raises(ValueError, match="pass notify"):
        cm.MIDIClient("x", loop=asyncio.new_event_loop())
    with pytest.raises(TypeError, match="callable"):
        cm.MIDIClient("x", 5)  # type: ignore[arg-type]


def test_client_create_failure_leaves_nothing_running(midi: MIDIModel) -> None:
    before = threading.active_count()
    midi.double.returns("MIDIClientCreate", INVALID_CLIENT)
    with pytest.raises(MIDIError):
        cm.MIDIClient("x", print)
    assert threading.active_count() == before


# ------------------------------------------------------------------ virtual endpoints


def test_virtual_source_sends_and_persists_its_unique_id(midi: MIDIModel) -> None:
    with cm.VirtualSource("coremusic out", unique_id=777) as src:
        assert midi.objects[src.ref].props["uniqueID"] == 777 and src.unique_id == 777
        assert src.virtual and src.entity is None and src.name == "coremusic out"
        assert isinstance(src, cm.MIDISource) and src in cm.sources()
        src.send(MIDIMessage.note_on(60, 100), timestamp=3)
        src.send_data(b"\xfa")
        src.send_messages([(1, MIDIMessage.clock()), (2, b"\xfc")])
        src.send_ump(MIDIMessage.note_on(60, 100))
        assert midi.received[0] == (src.ref, [(3, b"\x90\x3c\x64")])
        assert midi.received[1] == (src.ref, [(0, b"\xfa")])
        assert midi.received[2] == (src.ref, [(1, b"\xf8"), (2, b"\xfc")])
        assert midi.received[3] == (src.ref, (1, [(0, (0x20903C64,))]))
        own = src.client
        assert own.ref in midi.clients
    assert src.closed and own.closed and midi.clients == {}
    assert src.ref not in midi.objects
    with pytest.raises(ValueError, match="closed"):
        src.send(b"\xf8")


def test_midi2_virtual_source_and_client_owned_endpoints(midi: MIDIModel, client: Any) -> None:
    src = client.create_virtual_source("ump out", protocol=2)
    assert midi.objects[src.ref].props["protocol"] == 2 and src.protocol == 2
    src.send_ump(MIDIMessage.control_change(7, 127))
    assert midi.received[0][1][0] == 2
    port = client.create_input_port("in")
    port.connect_source(src)  # our own virtual source is a source like any other
    midi.deliver(src.ref, [(1, b"\xf8")])
    msg = port.receive(10)
    assert msg is not None and msg.source == src
    dst = client.create_virtual_destination("in2")
    assert set(client.ports) == {src, port, dst}
    client.close()  # closes all three first
    assert src.closed and port.closed and dst.closed and midi.virtual == {} and midi.ports == {}


def test_virtual_destination_receives(midi: MIDIModel) -> None:
    got: list[Any] = []
    ready = threading.Event()
    dst = cm.VirtualDestination("coremusic in", lambda m: (got.append(m), ready.set()), unique_id=55)
    assert isinstance(dst, cm.MIDIDestination) and dst.unique_id == 55
    midi.deliver_to_destination(dst.ref, [(int(TICKS_PER_SECOND), b"\x91\x40\x20")])
    assert ready.wait(10)
    assert got[0].message == MIDIMessage.note_on(64, 32, channel=1)
    assert got[0].source is None and got[0].timestamp == 1.0
    out_client = cm.MIDIClient("sender")
    out_client.create_output_port("o").send(dst, MIDIMessage.stop())
    assert midi.sent[-1][1] == dst.ref
    out_client.close()
    dst.close()
    dst.close()
    assert dst.closed and midi.clients == {}
    pull = cm.VirtualDestination("pull")
    midi.deliver_to_destination(pull.ref, [(0, b"\xf0\x01\xf7")])
    msg = pull.receive(10)
    assert msg is not None and msg.message == MIDIMessage.sysex(b"\x01")
    pull.close()


# ------------------------------------------------------------------ teardown and lifetime


def test_close_order_stop_sources_dispose_port_then_client(midi: MIDIModel) -> None:
    client = cm.MIDIClient("order", print)
    port = client.create_input_port("in", lambda m: None)
    port.connect_source(PAD_SRC)
    port.connect_source(IAC_SRC)
    ref = port.ref
    start = len(midi.double.calls)
    client.close()
    names = [n for n in _names(midi)[start:] if n.startswith("MIDI")]
    assert names == ["MIDIPortDisconnectSource", "MIDIPortDisconnectSource", "MIDIPortDispose",
                     "MIDIClientDispose"]
    assert midi_io.RECEIVERS.get(ref) is None  # the trampoline state was retired
    assert not port._dispatcher.alive and not client._dispatcher.alive


def test_forgotten_port_is_disposed_by_its_finalizer(midi: MIDIModel, client: Any) -> None:
    port = client.create_input_port("in", lambda m: None)
    port.connect_source(PAD_SRC)
    ref, dispatcher = port.ref, port._dispatcher
    del port
    gc.collect()
    assert ref not in midi.ports and not dispatcher.alive
    assert "MIDIPortDisconnectSource" in _names(midi)


def test_callbacks_are_freed_after_close(midi: MIDIModel, client: Any) -> None:
    class Handler:
        def __call__(self, msg: Any) -> None:
            pass

    handler = Handler()
    probe = weakref.ref(handler)
    port = client.create_input_port("in", handler)
    port.connect_source(PAD_SRC)
    del handler
    gc.collect()
    assert probe() is not None  # kept while CoreMIDI may call back
    midi.deliver(PAD_SRC, [(1, b"\xf8")])
    port.close()
    del port
    gc.collect()
    assert probe() is None


def test_open_close_200_ports_with_callbacks_under_gc(midi: MIDIModel) -> None:
    threads_before = threading.active_count()
    received: list[int] = []
    probes = []
    with cm.MIDIClient("stress", lambda n: None) as client:
        for i in range(200):
            def cb(msg: Any, i: int = i) -> None:
                received.append(i)

            probes.append(weakref.ref(cb))
            port = client.create_input_port(f"p{i}", cb)
            port.connect_source(PAD_SRC)
            midi.deliver(PAD_SRC, [(i, b"\xf8")])
            if i % 3 == 0:
                del port  # left to the finalizer
            else:
                port.close()
            del cb
            if i % 10 == 0:
                gc.collect()
        gc.collect()
    gc.collect()
    assert midi.ports == {} and midi.clients == {}
    assert sorted(received) == list(range(200))
    assert all(p() is None for p in probes)
    assert threading.active_count() == threads_before


def test_port_create_failure_stops_its_dispatcher(midi: MIDIModel, client: Any) -> None:
    before = threading.active_count()
    midi.double.returns("MIDIInputPortCreate", INVALID_CLIENT)
    with pytest.raises(MIDIError) as info:
        client.create_input_port("in", print)
    assert info.value.status == INVALID_CLIENT
    assert threading.active_count() == before and client.ports == []
    midi.double.returns("MIDIDestinationCreate", INVALID_CLIENT)
    with pytest.raises(MIDIError):
        cm.VirtualDestination("v")
    assert threading.active_count() == before and midi.clients.keys() == {client.ref}


def test_host_time_conversions_and_reprs(midi: MIDIModel, client: Any) -> None:
    assert cm.host_time_to_seconds(int(TICKS_PER_SECOND * 3)) == 3.0
    assert cm.seconds_to_host_time(0.5) == int(TICKS_PER_SECOND / 2)
    with pytest.raises(ValueError, match=">= 0"):
        cm.seconds_to_host_time(-1.0)
    port = client.create_input_port("in", print)
    port.connect_source(PAD_SRC)
    assert repr(port) == "<MIDIInputPort 'in' callback, 1 sources>"
    assert "coremusic tests" in repr(client) and "1 ports" in repr(client)
    port.close()
    assert repr(port) == "<MIDIInputPort 'in' callback, closed>"
    with pytest.raises(ValueError, match="closed"):
        port.connect_source(PAD_SRC)
    src = cm.VirtualSource("v", client)
    assert repr(src).startswith("<VirtualSource 'v' ref=")
    src.close()
    assert client.ports == []
