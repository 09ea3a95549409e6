"""The received-data path without CoreMIDI: packet bytes split into messages, sysex reassembled
across packet lists, nothing dropped (property tests)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic import capi
from coremusic.midi.coremidi import (
    IncompleteSysexError,
    MIDIInputError,
    ReceivedMessage,
    _common,
    split_messages,
)
from coremusic.midi.coremidi._dispatch import InputDecoder
from coremusic.midi.coremidi.ports import encode_packets
from coremusic.midi.messages import MIDIMessage
from tests.doubles import FrameworkDouble
from tests.doubles.coremidi_model import TICKS_PER_SECOND


@pytest.fixture(scope="module", autouse=True)
def host_clock() -> Iterator[None]:
    """Seconds need the host clock frequency (CoreAudio): a double of it."""
    double = FrameworkDouble("CoreAudio")
    double.implement("AudioGetHostClockFrequency", lambda: TICKS_PER_SECOND)
    _common._ticks_per_second.cache_clear()
    with double.installed():
        yield
    _common._ticks_per_second.cache_clear()

_seven = st.integers(0, 127)
_channel = st.integers(0, 15)

messages = st.one_of(
    st.builds(MIDIMessage.note_on, _seven, _seven, _channel),
    st.builds(MIDIMessage.note_off, _seven, _seven, _channel),
    st.builds(MIDIMessage.control_change, _seven, _seven, _channel),
    st.builds(MIDIMessage.program_change, _seven, _channel),
    st.builds(MIDIMessage.channel_aftertouch, _seven, _channel),
    st.builds(MIDIMessage.pitch_bend, st.integers(-8192, 8191), _channel),
    st.builds(MIDIMessage.song_position, st.integers(0, 16383)),
    st.builds(MIDIMessage.mtc_quarter_frame, st.integers(0, 7), st.integers(0, 15)),
    st.builds(MIDIMessage.sysex, st.binary(max_size=40).map(lambda b: bytes(x & 0x7F for x in b))),
    st.sampled_from([MIDIMessage.clock(), MIDIMessage.start(), MIDIMessage.stop(),
                     MIDIMessage.active_sensing(), MIDIMessage.tune_request(), MIDIMessage.reset()]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(messages, min_size=1, max_size=12))
def test_split_messages_recovers_concatenated_messages(msgs: list[MIDIMessage]) -> None:
    data = b"".join(m.bytes() for m in msgs)
    assert [MIDIMessage.from_bytes(b) for b in split_messages(data)] == msgs  # type: ignore[arg-type]


def test_realtime_bytes_inside_a_sysex_come_out_first() -> None:
    assert split_messages(b"\xf0\x01\xf8\x02\xf7") == [b"\xf8", b"\xf0\x01\x02\xf7"]
    assert split_messages(b"\xf0\x01\x90") == [
        "system-exclusive message without 0xF7 inside a complete packet", b"\xf0\x01",
        "incomplete message after status 0x90", b"\x90"]


def _decoder() -> InputDecoder:
    return InputDecoder({1: "src"}.get, sysex_timeout=None)


@settings(max_examples=60, deadline=None)
@given(st.lists(messages, min_size=1, max_size=8), st.integers(1, 64), st.data())
def test_decoder_reassembles_sysex_cut_anywhere_across_lists(msgs: list[MIDIMessage], cut: int,
                                                             data: Any) -> None:
    """Each message sent in packets of at most ``cut`` bytes (sysex split, others whole),
    the packets spread over several packet lists: everything comes back, in order."""
    packets: list[tuple[int, bytes]] = []
    for i, m in enumerate(msgs):
        raw = m.bytes()
        if raw[0] == 0xF0 and len(raw) > cut:
            packets.extend((i, c) for c in capi.split_sysex(raw, cut))
        else:
            packets.append((i, raw))
    decoder, got = _decoder(), []
    at = 0
    while at < len(packets):
        n = data.draw(st.integers(1, len(packets) - at))
        raw_list = capi.copy_packet_list(capi.pack_packet_list(packets[at:at + n]))
        got.extend(decoder.decode(raw_list, 1))
        at += n
    assert all(isinstance(g, ReceivedMessage) for g in got)
    assert [g.message for g in got] == msgs
    assert [g.host_time for g in got] == list(range(len(msgs)))
    assert {g.source for g in got} == {"src"}
    assert [g.timestamp for g in got] == [i / TICKS_PER_SECOND for i in range(len(msgs))]


def test_decoder_reports_corrupt_lists_and_interruptions() -> None:
    decoder = _decoder()
    (bad,) = decoder.decode(b"\x05\x00", 1)
    assert isinstance(bad, MIDIInputError) and "corrupt" in str(bad)
    assert decoder.decode(capi.copy_packet_list(capi.pack_packet_list([(1, b"\xf0\x01")])), 1) == []
    out = decoder.decode(capi.copy_packet_list(capi.pack_packet_list([(2, b"\x90\x3c\x64")])), 1)
    assert isinstance(out[0], IncompleteSysexError) and out[0].data == b"\xf0\x01"
    assert isinstance(out[1], ReceivedMessage) and out[1].message == MIDIMessage.note_on(60, 100)


def test_encode_packets_splits_only_sysex() -> None:
    assert encode_packets([(3, MIDIMessage.clock())]) == [(3, b"\xf8")]
    big = MIDIMessage.sysex(bytes(70_000))
    assert [len(d) for _, d in encode_packets([(0, big)])] == [65535, 70002 - 65535]
    try:
        encode_packets([(0, b"\x90" * 70_000)])
    except ValueError as exc:
        assert "no sysex" in str(exc)
    else:
        raise AssertionError("an oversized non-sysex packet was accepted")


@pytest.mark.parametrize("module", ["_common", "_dispatch", "client", "endpoints", "ports", "thru", "virtual"])
def test_module_examples_run(module: str) -> None:
    """The Example sections of the CoreMIDI class modules are passing doctests (macOS-only
    ones are marked to skip)."""
    import doctest
    import importlib

    mod = importlib.import_module(f"coremusic.midi.coremidi.{module}")
    result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
