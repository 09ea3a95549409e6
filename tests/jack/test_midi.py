"""JACK MIDI ports against a real server: frame-exact round trips and every way of reading."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import pytest

from coremusic.backends.jack import JackMIDIError
from coremusic.backends.jack.midi import (
    JackMIDIInput,
    JackMIDIOutput,
    MIDIEventData,
    list_midi_ports,
    to_midi_bytes,
)

pytestmark = pytest.mark.jack


@pytest.fixture
def midi_pair(jack_server: str) -> Iterator[tuple[JackMIDIOutput, JackMIDIInput]]:
    inp = JackMIDIInput("in", client_name="midi-rx")
    out = JackMIDIOutput("out", client_name="midi-tx", connect=[inp.name])
    try:
        yield out, inp
    finally:
        out.close()
        inp.close()


def test_round_trip_keeps_every_event_frame(midi_pair: tuple[JackMIDIOutput, JackMIDIInput]) -> None:
    out, inp = midi_pair
    base = out.frame_time() + 4800  # 100 ms ahead: every event is scheduled in the future
    sent = []
    for k in range(40):
        data = bytes([0x90 | (k % 16), 40 + k, 1 + k])
        frame = (base + k * 61) & 0xFFFFFFFF  # several events per 256-frame cycle
        out.send(data, frame=frame)
        sent.append((data, frame))
    sysex = bytes([0xF0, 0x7E, 0x7F, 0x09, 0x01, 0xF7])
    out.send(sysex, frame=base + 5000)
    sent.append((sysex, (base + 5000) & 0xFFFFFFFF))
    got = []
    for _ in sent:
        event = inp.receive(timeout=5)
        assert event is not None, "a MIDI event was lost"
        got.append(event)
    # Two clients in one JACK cycle: the receiver sees each event at the very
    # frame it was scheduled for.
    assert [(e.data, e.frame) for e in got] == sent
    assert out.late == 0 and inp.lost == 0
    times = [e.time for e in got]
    assert times == sorted(times)
    assert got[1].time - got[0].time == pytest.approx(61 / 48000, abs=2e-4)


def test_immediate_send_and_message_objects(midi_pair: tuple[JackMIDIOutput, JackMIDIInput]) -> None:
    out, inp = midi_pair

    class Note:
        def bytes(self) -> list[int]:
            return [0x80, 60, 0]

    before = out.frame_time()
    out.send(Note())
    out.send(MIDIEventData(b"\xb0\x07\x64", 0, 0.0))
    first = inp.receive(timeout=5)
    second = inp.receive(timeout=5)
    assert first is not None and second is not None, (
        inp.callback_errors, out.process_errors, out.queued, inp.lost)
    assert first.data == b"\x80\x3c\x00" and second.data == b"\xb0\x07\x64"
    # "as soon as possible": the first cycle the sender processes after send();
    # frame_time() is an estimate that may already be inside that cycle
    delta = ((first.frame - before + 2**31) & 0xFFFFFFFF) - 2**31
    assert -4 * 256 <= delta < 48000
    assert inp.poll() is None and inp.pending() == []


def test_shared_message_model_round_trip(midi_pair: tuple[JackMIDIOutput, JackMIDIInput]) -> None:
    """coremusic's MIDIMessage goes out and comes back as the same MIDIMessage."""
    from coremusic.midi.messages import MIDIMessage

    out, inp = midi_pair
    sent = [MIDIMessage.note_on(64, 90, channel=3), MIDIMessage.control_change(7, 100, channel=3),
            MIDIMessage.sysex(bytes(range(1, 100))), MIDIMessage.pitch_bend(-8192, channel=3)]
    for message in sent:
        out.send(message)
    received = [inp.receive(timeout=5) for _ in sent]
    assert all(r is not None for r in received), (out.process_errors, inp.lost)
    assert [r.message for r in received if r is not None] == sent


def test_callback_and_async_delivery(midi_pair: tuple[JackMIDIOutput, JackMIDIInput],
                                     jack_server: str) -> None:
    out, _ = midi_pair
    received: list[MIDIEventData] = []
    done = threading.Event()

    def on_event(event: MIDIEventData) -> None:
        received.append(event)
        if len(received) == 3:
            done.set()

    with JackMIDIInput("cb", client_name="midi-cb", callback=on_event) as cb_port:
        out.connect(cb_port.name)
        for note in (60, 62, 64):
            out.send([0x90, note, 90])
        assert done.wait(5)
        with pytest.raises(JackMIDIError, match="callback"):
            cb_port.receive(timeout=0)
    assert [e.data[1] for e in received] == [60, 62, 64]

    async def first_async(port: JackMIDIInput) -> MIDIEventData:
        async for event in port:
            return event
        raise AssertionError("iteration ended")

    with JackMIDIInput("aio", client_name="midi-aio") as aio_port:
        out.connect(aio_port.name)
        out.send(b"\xe0\x00\x40")
        event = asyncio.run(asyncio.wait_for(first_async(aio_port), 5))
    assert event.data == b"\xe0\x00\x40"


def test_ports_listing_and_errors(midi_pair: tuple[JackMIDIOutput, JackMIDIInput]) -> None:
    out, inp = midi_pair
    assert out.name in list_midi_ports(direction="output")
    assert inp.name in list_midi_ports(direction="input")
    assert inp.name in out.connections
    with pytest.raises(ValueError, match="status byte"):
        out.send(b"\x3c\x40")
    with pytest.raises(ValueError, match="empty"):
        out.send(b"")
    with pytest.raises(TypeError, match="MIDI"):
        out.send(3.5)
    now = out.frame_time()
    out.send(b"\x90\x3c\x40", frame=now + 96000)
    with pytest.raises(ValueError, match="must not decrease"):
        out.send(b"\x80\x3c\x40", frame=now + 48000)
    assert out.queued == 1
    assert to_midi_bytes((0xC0, 5)) == b"\xc0\x05"
    out.close()
    out.close()
    with pytest.raises(JackMIDIError, match="closed"):
        out.send(b"\x90\x3c\x40")
    assert "closed" in repr(out)


def test_full_queue_raises(jack_server: str) -> None:
    with JackMIDIOutput("tiny", client_name="midi-tiny", event_capacity=4) as out:
        far = out.frame_time() + 480000
        for _ in range(4):
            out.send(b"\x90\x3c\x40", frame=far)
        with pytest.raises(JackMIDIError, match="queue is full"):
            out.send(b"\x90\x3c\x40", frame=far)
