"""MIDIRouter on a real JACK server: frame-exact routing, channel maps, filters, transforms,
fan-out and merge, sysex, counters and errors."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from coremusic.backends.jack.midi import JackMIDIInput, JackMIDIOutput, MIDIEventData
from coremusic.midi.messages import MIDIMessage
from coremusic.midi.router import MIDIRouter, MIDIRouterError, Route
from coremusic.midi.transforms import Pipeline, Quantize, Transpose, VelocityScale

from ._frames import Xruns, receive
from .conftest import PERIOD, SAMPLE_RATE, wait_until

pytestmark = pytest.mark.jack

LATENCY = 12000  # 250 ms: generous, so that a busy machine still routes every frame on time
U32 = 0xFFFFFFFF


@pytest.fixture
def router(jack_server: str) -> Iterator[MIDIRouter]:
    r = MIDIRouter(backend="jack", client_name="rt", latency=LATENCY / SAMPLE_RATE)
    try:
        yield r
    finally:
        r.close()


def _source(router: MIDIRouter, input_name: str) -> JackMIDIOutput:
    src = JackMIDIOutput("src", client_name=f"rt-src-{input_name}")
    src.connect(router.inputs[input_name].name)
    return src


def _sink(router: MIDIRouter, output_name: str) -> JackMIDIInput:
    sink = JackMIDIInput("sink", client_name=f"rt-sink-{output_name}")
    router.connect(output_name, sink.name)
    return sink


def _collect(sink: JackMIDIInput, count: int, xruns: Xruns | None = None) -> list[MIDIEventData]:
    return [receive(sink, xruns, f"message {k + 1} of {count}") for k in range(count)]


def _send_all(src: JackMIDIOutput, messages: list[bytes], spacing: int = 61) -> list[int]:
    base = src.frame_time() + 2400
    frames = []
    for k, data in enumerate(messages):
        frame = (base + k * spacing) & U32
        src.send(data, frame=frame)
        frames.append(frame)
    return frames


def test_route_keeps_every_frame_plus_latency_and_maps_channels(router: MIDIRouter) -> None:
    route = router.add_route("in", "out", channel_map={0: 5, 1: 0})
    router.start()
    src, sink = _source(router, "in"), _sink(router, "out")
    xruns = Xruns(sink)
    try:
        sysex = bytes([0xF0, 0x7E, 0x7F, 0x09, 0x01, 0xF7])
        sent = [bytes([0x90 | (k % 3), 40 + k, 100]) for k in range(30)] + [sysex, b"\xf8"]
        frames = _send_all(src, sent)
        got = _collect(sink, len(sent), xruns)
        xruns.check([e.frame for e in got], [(f + LATENCY) & U32 for f in frames])
        table = {0: 5, 1: 0, 2: 2}
        want = [bytes([0x90 | table[k % 3], 40 + k, 100]) for k in range(30)] + [sysex, b"\xf8"]
        assert [e.data for e in got] == want
        assert router.latency_of("out") == LATENCY
        stats = router.stats
        assert (stats.received, stats.routed, stats.dropped, stats.errors) == (32, 32, 0, 0)
        assert stats.late == 0 or xruns.count > 0
        assert route.routed == 32
    finally:
        src.close()
        sink.close()


def test_default_latency_is_one_period(jack_server: str) -> None:
    with MIDIRouter(backend="jack", client_name="rt-default") as router:
        router.add_route("in", "out")
        assert router.latency_of("out") == PERIOD
        src, sink = _source(router, "in"), _sink(router, "out")
        xruns = Xruns(sink)
        try:
            frames = _send_all(src, [bytes([0x90, 60 + k, 90]) for k in range(10)], spacing=300)
            got = _collect(sink, 10, xruns)
            delays = [((e.frame - f) & U32) for e, f in zip(got, frames, strict=True)]
            # on time: exactly one period; a busy machine may hand a message over late,
            # and then the router says so in stats.late
            assert all(d >= PERIOD for d in delays)
            if xruns.count == 0:
                assert sum(d != PERIOD for d in delays) <= router.stats.late
        finally:
            src.close()
            sink.close()


def test_fan_out_with_note_ranges_transposition_and_merge(router: MIDIRouter) -> None:
    low = router.add_route("keys", "bass", note_range=(0, 59), channel_map={0: 1})
    high = router.add_route("keys", "lead", note_range=(60, 127), transform=Transpose(12))
    router.add_route("pads", "lead", transform=Pipeline([VelocityScale(0.5)]))
    router.start()
    keys, pads = _source(router, "keys"), _source(router, "pads")
    bass, lead = _sink(router, "bass"), _sink(router, "lead")
    xruns = Xruns(bass)
    try:
        notes = [48, 72, 59, 60, 100]
        frames = _send_all(keys, [bytes([0x90, n, 80]) for n in notes], spacing=500)
        # the pad plays between the keys' notes, so the merged output keeps one time order
        pad_frame = (frames[1] + 250) & U32
        pads.send(bytes([0x91, 64, 100]), frame=pad_frame)
        got_bass = _collect(bass, 2, xruns)
        got_lead = _collect(lead, 4, xruns)
        assert [e.data for e in got_bass] == [bytes([0x91, 48, 80]), bytes([0x91, 59, 80])]
        xruns.check([e.frame for e in got_bass], [(frames[k] + LATENCY) & U32 for k in (0, 2)])
        assert [e.data for e in got_lead] == [bytes([0x90, 84, 80]), bytes([0x91, 64, 50]),
                                              bytes([0x90, 72, 80]), bytes([0x90, 112, 80])]
        xruns.check([e.frame for e in got_lead],
                    [(f + LATENCY) & U32 for f in (frames[1], pad_frame, frames[3], frames[4])])
        assert (low.routed, low.dropped, high.routed, high.dropped) == (2, 3, 3, 2)
        stats = router.stats
        assert (stats.received, stats.routed, stats.dropped) == (6, 6, 5)
    finally:
        for port in (keys, pads, bass, lead):
            port.close()


def test_filters_channels_and_sysex_pass(router: MIDIRouter) -> None:
    def no_controls(message: MIDIMessage) -> bool:
        return message.type != "control_change"

    router.add_route("in", "out", channels=[0, 2], filter_func=no_controls,
                     transform=Transpose(-24, mode="drop"))
    router.start()
    src, sink = _source(router, "in"), _sink(router, "out")
    xruns = Xruns(sink)
    try:
        big_sysex = MIDIMessage.sysex(bytes(range(1, 120))).bytes()
        sent = [b"\x90\x3c\x40", b"\x91\x3c\x40", b"\xb0\x07\x64", b"\x92\x30\x40",
                b"\x90\x10\x40", big_sysex, b"\xe2\x00\x40"]
        _send_all(src, sent)
        got = _collect(sink, 4, xruns)
        assert [e.data for e in got] == [b"\x90\x24\x40", b"\x92\x18\x40", big_sysex, b"\xe2\x00\x40"]
        wait_until(lambda: router.stats.received == 7, what="all messages counted")
        assert router.stats.dropped == 3
        assert sink.poll() is None
    finally:
        src.close()
        sink.close()


def test_errors_are_counted_and_routing_goes_on(router: MIDIRouter) -> None:
    def explode(message: MIDIMessage) -> bool:
        if message.type == "note_on" and message.note == 61:
            raise RuntimeError("boom")
        return True

    router.add_route("in", "out", filter_func=explode)
    src, sink = _source(router, "in"), _sink(router, "out")
    xruns = Xruns(sink)
    try:
        _send_all(src, [b"\x90\x3c\x40"])  # stopped: discarded
        wait_until(lambda: router.stats.discarded == 1, what="a discarded message")
        router.start()
        _send_all(src, [b"\x90\x3d\x40", b"\x90\x3e\x40"])
        assert [e.data for e in _collect(sink, 1, xruns)] == [b"\x90\x3e\x40"]
        wait_until(lambda: router.stats.errors == 1, what="the error counted")
        assert isinstance(router.errors[0], RuntimeError) and "boom" in str(router.errors[0])
        assert router.stats.received == 2
    finally:
        src.close()
        sink.close()


def test_validation_repr_and_close(router: MIDIRouter) -> None:
    with pytest.raises(ValueError, match="whole tracks"):
        router.add_route("in", "out", transform=Quantize("1/16"))
    with pytest.raises(TypeError, match="Transform"):
        router.add_route("in", "out", transform=lambda m: m)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"0\.\.15"):
        router.add_route("in", "out", channel_map={0: 16})
    with pytest.raises(ValueError, match="low <= high"):
        router.add_route("in", "out", note_range=(80, 20))
    route = router.add_route("in", "out", channels=[3])
    with pytest.raises(MIDIRouterError, match="already"):
        router.add_input("in")
    with pytest.raises(MIDIRouterError, match="no port named"):
        router.connect("nope", "x:y")
    with pytest.raises(MIDIRouterError, match="no output"):
        router.latency_of("nope")
    assert "channels=[3]" in repr(route) and "'in' -> 'out'" in repr(route)
    text = repr(router)
    assert "inputs=['in']" in text and "routes=1" in text and "stopped" in text
    router.remove_route(route)
    with pytest.raises(MIDIRouterError, match="not a route"):
        router.remove_route(route)
    assert router.routes == []
    with pytest.raises(ValueError, match="backend"):
        MIDIRouter(backend="alsa")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="latency"):
        MIDIRouter(latency=-1.0)
    router.close()
    router.close()
    assert router.closed and "closed" in repr(router)
    with pytest.raises(MIDIRouterError, match="closed"):
        router.add_route("in", "out")
    with pytest.raises(MIDIRouterError, match="closed"):
        router.start()


def test_route_process_without_ports() -> None:
    r = Route("a", "b", [15 - c for c in range(16)], Pipeline([Transpose(1), VelocityScale(2.0)]),
              channels=[0, 1])
    assert r.process(MIDIMessage.note_on(60, 50, channel=1)) == [MIDIMessage.note_on(61, 100, channel=14)]
    assert r.process(MIDIMessage.note_on(60, 50, channel=2)) == []
    assert r.process(MIDIMessage.clock()) == [MIDIMessage.clock()]


def test_output_adapter_keeps_merged_stamps_in_order(jack_server: str) -> None:
    """A message stamped before one already sent (two inputs' threads racing) goes out at
    that one's frame, counted late, instead of failing the port's order check."""
    from coremusic.midi.port_adapters import JackOutputAdapter

    sink = JackMIDIInput("sink", client_name="rt-order-sink")
    out = JackOutputAdapter("out", client_name="rt-order", connect=[sink.name])
    try:
        xruns = Xruns(sink)
        frame = out.now() + 4800
        out.send(MIDIMessage.note_on(60), frame + 100)
        out.send(MIDIMessage.note_on(61), frame)
        got = _collect(sink, 2, xruns)
        assert [e.data[1] for e in got] == [60, 61]
        xruns.check([e.frame for e in got], [(frame + 100) & U32] * 2)
        assert out.late >= 1 and out.rate == SAMPLE_RATE and out.period == PERIOD
        assert "rt-order" in repr(out)
    finally:
        out.close()
        sink.close()
    assert "closed" in repr(out)
