"""Recalling queued MIDI on a real JACK server: JackMIDIOutput.cancel, and a MIDIPlayer that
stops at once although it queued seconds ahead."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from coremusic.backends.jack.midi import JackMIDIInput, JackMIDIOutput
from coremusic.midi.player import MIDIPlayer, schedule_frames
from coremusic.midi.port_adapters import JackOutputAdapter
from coremusic.midi.sequence import MIDISequence

from ._frames import Xruns, receive
from .conftest import wait_until

pytestmark = pytest.mark.jack

U32 = 0xFFFFFFFF


@pytest.fixture
def pair(jack_server: str) -> Iterator[tuple[JackMIDIOutput, JackMIDIInput]]:
    inp = JackMIDIInput("in", client_name="cancel-rx", event_capacity=8192, byte_capacity=1 << 17)
    out = JackMIDIOutput("out", client_name="cancel-tx", connect=[inp.name])
    try:
        yield out, inp
    finally:
        out.close()
        inp.close()


def test_cancel_drops_exactly_the_queued_messages_from_a_frame(
        pair: tuple[JackMIDIOutput, JackMIDIInput]) -> None:
    out, inp = pair
    xruns = Xruns(inp)
    base = (out.frame_time() + 72000) & U32  # 1.5 s ahead: nothing plays before the checks below
    old = [(bytes([0x90, 40 + k, 100]), (base + k * 4800) & U32) for k in range(20)]  # up to 3.5 s ahead
    for data, frame in old:
        out.send(data, frame=frame)
    out.send(b"\xb0\x07\x64")  # as soon as possible: behind the queue, never recalled
    cut = (base + 5 * 4800 + 100) & U32  # keeps the first 6
    assert out.cancel(cut) == 14
    assert out.queued == 7 and out.cancelling == 14
    # sent after the cancel: from the cut on, below the recalled frames
    new = [(bytes([0x80, 40 + k, 0]), (cut + k * 10) & U32) for k in range(6)]
    for data, frame in new:
        out.send(data, frame=frame)
    with pytest.raises(ValueError, match="must not decrease"):
        out.send(b"\x80\x00\x00", frame=(old[5][1] - 1) & U32)
    want = old[:6] + new
    got = [receive(inp, xruns, f"message {k + 1}") for k in range(len(want) + 1)]
    asap = [e for e in got if e.data == b"\xb0\x07\x64"]
    assert len(asap) == 1
    timed = [e for e in got if e is not asap[0]]
    assert [e.data for e in timed] == [d for d, _ in want]
    xruns.check([e.frame for e in timed], [f for _, f in want])
    wait_until(lambda: out.queued == 0, what="the queue drains")
    assert out.cancelled == 14 and out.cancelling == 0
    assert inp.receive(timeout=0.3) is None  # nothing recalled ever arrives


def test_cancel_validates(pair: tuple[JackMIDIOutput, JackMIDIInput]) -> None:
    out, _ = pair
    assert out.cancel(out.frame_time()) == 0
    with pytest.raises(TypeError, match="from_frame"):
        out.cancel(1.5)  # type: ignore[arg-type]
    out.close()
    with pytest.raises(Exception, match="closed"):
        out.cancel(0)


def test_player_stops_at_once_though_it_queued_seconds_ahead(
        pair: tuple[JackMIDIOutput, JackMIDIInput]) -> None:
    _, sink = pair
    seq = MIDISequence(tempo=120, ppq=480)
    track = seq.add_track("t")
    track.add_control_change(0.0, 64, 127, channel=0)  # pedal down on channel 0
    for k in range(80):  # a note every 0.1 s lasting 0.25 s: two or three sound at any time
        track.add_note_ticks(k * 96, 40 + k % 30, 100, 240, channel=k % 2)
    xruns = Xruns(sink)
    player = MIDIPlayer(seq, port_name="out", client_name="cancel-pl", connect=[sink.name],
                        lookahead=2.0)
    try:
        first = player.start(at_frame=(player.output.now() + 12000) & U32)
        schedule = [((f & U32), d) for f, d in schedule_frames(seq, 48000, start=first)]
        heard = [receive(sink, xruns, f"event {k + 1}") for k in range(6)]
        wait_until(lambda: player.sent > 30, what="two seconds queued")
        player.stop()
        assert isinstance(player.output, JackOutputAdapter)
        assert player.output.port.cancelled + player.output.port.cancelling > 0
        while [e.data for e in heard[-2:]] != [b"\xb0\x7b\x00", b"\xb1\x7b\x00"]:
            heard.append(receive(sink, xruns, "the releases"))
        wait_until(lambda: player.output.queued == 0, what="the queue drains")
        assert sink.pending() == []  # nothing recalled arrives after the releases
    finally:
        player.close()
    # the releases share one frame; before it exactly the scheduled events due before it arrived
    cut = heard[-1].frame
    at = next(k for k, e in enumerate(heard) if e.frame == cut)
    played, releases = heard[:at], heard[at:]
    assert [e.data for e in played] == [d for _, d in schedule[:len(played)]]
    xruns.check([e.frame for e in played], [f for f, _ in schedule[:len(played)]])
    if xruns.count == 0:
        assert schedule[len(played)][0] >= cut  # the first event not played was due at or after the stop
    assert all(e.frame == cut for e in releases)
    # released: exactly the notes sounding at the cut, then the pedal, then all notes off
    sounding: dict[tuple[int, int], int] = {}
    for e in played:
        key = (e.data[0] & 0x0F, e.data[1])
        if e.data[0] & 0xF0 == 0x90:
            sounding[key] = sounding.get(key, 0) + 1
        elif e.data[0] & 0xF0 == 0x80:
            sounding[key] -= 1
    want = [bytes((0x80 | c, n, 0)) for (c, n), v in sorted(sounding.items()) if v > 0]
    assert want, "the stop came while notes sounded"
    assert [e.data for e in releases] == [*want, b"\xb0\x40\x00", b"\xb0\x7b\x00", b"\xb1\x7b\x00"]
    # no note is left hanging: every note-on has its note-off
    balance: dict[tuple[int, int], int] = {}
    for e in heard:
        key = (e.data[0] & 0x0F, e.data[1])
        if e.data[0] & 0xF0 in (0x80, 0x90):
            balance[key] = balance.get(key, 0) + (1 if e.data[0] & 0xF0 == 0x90 else -1)
    assert set(balance.values()) == {0}
