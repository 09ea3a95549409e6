"""MIDIRouter and MIDIPlayer on the CoreMIDI adapters, driven through the CoreMIDI framework
double: this proves what the adapters hand to CoreMIDI (ports, destinations, host-time
stamps, bytes), not Apple's behaviour, which only the macOS workflow runs."""

from __future__ import annotations

import time
from collections.abc import Iterator
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.midi import coremidi as cm
from coremusic.midi.coremidi import _common
from coremusic.midi.player import MIDIPlayer
from coremusic.midi.router import MIDIRouter
from coremusic.midi.sequence import MIDISequence
from coremusic.midi.transforms import Transpose
from tests.doubles.coremidi import IAC_DST, PAD_DST, PAD_SRC
from tests.doubles.coremidi_model import TICKS_PER_SECOND, MIDIModel


@pytest.fixture
def midi(framework_double: Any, cf: Any) -> Iterator[MIDIModel]:
    _common._ticks_per_second.cache_clear()
    model = MIDIModel(framework_double, cf)
    yield model
    _common._ticks_per_second.cache_clear()


def _wait_for(predicate: Any, what: str) -> None:
    deadline = time.monotonic() + 10
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.002)


def test_router_routes_with_host_time_plus_latency(midi: MIDIModel) -> None:
    router = MIDIRouter(backend="coremidi", client_name="router", latency=0.001)
    router.add_input("pad", connect=[cm.MIDISource(PAD_SRC)])
    router.add_output("iac", connect=[cm.MIDIDestination(IAC_DST)])
    router.add_output("pad-out", connect=[cm.MIDIDestination(PAD_DST)])
    router.add_route("pad", "iac", channel_map={0: 9}, transform=Transpose(12))
    router.add_route("pad", "pad-out", note_range=(0, 59))
    assert router.latency_of("iac") == 24_000
    with router:
        stamp = int(TICKS_PER_SECOND * 3)
        midi.deliver(PAD_SRC, [(stamp, b"\x90\x3c\x64"), (stamp + 10, b"\x90\x30\x40")])
        _wait_for(lambda: router.stats.received == 2, "two messages routed")
        sent = sorted((dest, packets) for _, dest, packets in midi.sent)
        assert sent == sorted([
            (IAC_DST, [(stamp + 24_000, b"\x99\x48\x64")]),
            (IAC_DST, [(stamp + 24_010, b"\x99\x3c\x40")]),
            (PAD_DST, [(stamp + 24_010, b"\x90\x30\x40")])])
        assert router.stats.dropped == 1 and router.stats.late == 0
    assert router.closed


def test_player_schedules_with_host_time_stamps(midi: MIDIModel) -> None:
    seq = MIDISequence(tempo=120.0)
    track = seq.add_track("t")
    track.add_note_ticks(0, 60, 90, 480)
    track.add_note_ticks(960, 64, 90, 480)
    seq.add_tempo_change(0.75, 60.0)
    midi.now = 10**9
    player = MIDIPlayer(seq, backend="coremidi", connect=[cm.MIDIDestination(PAD_DST)],
                        lookahead=100.0, start_delay=0.5)
    try:
        first = player.start()
        assert first == 10**9 + 12_000_000
        sent = [packets[0] for _, _, packets in midi.sent]
        rate = Fraction(int(TICKS_PER_SECOND))
        # tick 720 (0.75 s) switches to 60 BPM: 480 ticks per second from there
        seconds = [Fraction(0), Fraction(1, 2), Fraction(3, 4) + Fraction(240, 480), Fraction(3, 4) + Fraction(720, 480)]
        assert sent == [(first + round(s * rate), d) for s, d in zip(
            seconds, [b"\x90\x3c\x5a", b"\x80\x3c\x00", b"\x90\x40\x5a", b"\x80\x40\x00"], strict=True)]
        midi.now = first + int(3 * TICKS_PER_SECOND)
        assert player.wait(10) and player.state == "finished"
    finally:
        player.close()
    assert player.closed


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=40).map(lambda b: bytes(x & 0x7F for x in b)), st.integers(-24, 24),
       st.dictionaries(st.integers(0, 15), st.integers(0, 15)), st.integers(0, 127), st.integers(0, 127))
def test_routes_pass_sysex_and_system_messages_unchanged(body: bytes, shift: int, table: dict[int, int],
                                                         low: int, high: int) -> None:
    """Whatever a route's channel map, note range and transposition, sysex and system
    messages pass unchanged (nothing is filtered by default)."""
    from coremusic.midi.messages import MIDIMessage
    from coremusic.midi.router import Route

    route = Route("a", "b", table, Transpose(shift), note_range=(min(low, high), max(low, high)))
    for message in (MIDIMessage.sysex(body), MIDIMessage.clock(), MIDIMessage.start(),
                    MIDIMessage.song_position(17)):
        assert route.process(message) == [message]
