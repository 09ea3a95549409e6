"""UMP <-> MIDI 1.0 translation."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.midi.messages import MIDIMessage
from coremusic.midi.ump import from_ump, scale_down, scale_up, to_ump, ump_words

d7 = st.integers(0, 127)
ch = st.integers(0, 15)
channel_msgs = st.one_of(
    st.builds(MIDIMessage.note_on, d7, st.integers(1, 127), ch),
    st.builds(MIDIMessage.note_off, d7, d7, ch),
    st.builds(MIDIMessage.poly_aftertouch, d7, d7, ch),
    st.builds(MIDIMessage.control_change, d7, d7, ch),
    st.builds(MIDIMessage.program_change, d7, ch),
    st.builds(MIDIMessage.channel_aftertouch, d7, ch),
    st.builds(MIDIMessage.pitch_bend, st.integers(-8192, 8191), ch),
)
system_msgs = st.one_of(
    st.builds(MIDIMessage.mtc_quarter_frame, st.integers(0, 7), st.integers(0, 15)),
    st.builds(MIDIMessage.song_position, st.integers(0, 16383)),
    st.builds(MIDIMessage.song_select, d7),
    st.sampled_from([MIDIMessage(t) for t in ("tune_request", "clock", "start", "continue", "stop",
                                              "active_sensing", "reset")]),
)
sysex_msgs = st.builds(MIDIMessage.sysex, st.binary(max_size=40).map(lambda b: bytes(x & 0x7F for x in b)))


@settings(max_examples=200)
@given(st.lists(st.one_of(channel_msgs, system_msgs, sysex_msgs), max_size=8), st.integers(0, 15))
def test_midi1_ump_round_trip(msgs: list[MIDIMessage], group: int) -> None:
    packets = [p for m in msgs for p in to_ump(m, group)]
    assert from_ump(packets) == msgs
    flat = [w for p in packets for w in p]
    assert ump_words(flat) == packets
    for p in packets:
        assert (p[0] >> 24) & 0x0F == group


@settings(max_examples=200)
@given(channel_msgs)
def test_midi2_channel_voice_round_trip(msg: MIDIMessage) -> None:
    packets = to_ump(msg, midi2=True)
    assert len(packets) == 1 and len(packets[0]) == 2 and packets[0][0] >> 28 == 4
    assert from_ump(packets) == [msg]


def test_midi2_note_on_velocity_zero_becomes_note_off() -> None:
    (w0, w1), = to_ump(MIDIMessage.note_on(60, 0, 1), midi2=True)
    assert (w0 >> 16) & 0xFF == 0x81
    assert w1 >> 16 == 0x8000
    assert from_ump([(w0, w1)]) == [MIDIMessage.note_off(60, 64, 1)]
    # a MIDI 2.0 note on whose velocity scales down to 0 still sounds
    assert from_ump([(0x40903C00, 0x00010000)]) == [MIDIMessage.note_on(60, 1)]


@given(st.integers(0, 127))
def test_scaling_7_bit(v: int) -> None:
    for bits in (16, 32):
        up = scale_up(v, 7, bits)
        assert scale_down(up, bits, 7) == v
        assert 0 <= up < 1 << bits
    if v < 127:
        assert scale_up(v, 7, 32) < scale_up(v + 1, 7, 32)


def test_scaling_anchor_points() -> None:
    assert scale_up(0, 7, 32) == 0
    assert scale_up(64, 7, 32) == 0x80000000
    assert scale_up(127, 7, 32) == 0xFFFFFFFF
    assert scale_up(0x3FFF, 14, 32) == 0xFFFFFFFF
    assert scale_up(0x2000, 14, 32) == 0x80000000
    assert scale_up(127, 7, 16) == 0xFFFF
    with pytest.raises(ValueError, match="does not fit"):
        scale_up(128, 7, 16)


def test_sysex_split_into_packets() -> None:
    data = bytes(range(20))
    packets = to_ump(MIDIMessage.sysex(data))
    assert [(p[0] >> 20) & 0xF for p in packets] == [1, 2, 2, 3]
    assert [(p[0] >> 16) & 0xF for p in packets] == [6, 6, 6, 2]
    assert from_ump(packets) == [MIDIMessage.sysex(data)]
    assert [(p[0] >> 20) & 0xF for p in to_ump(MIDIMessage.sysex(b""))] == [0]


def test_malformed_ump() -> None:
    with pytest.raises(ValueError, match="needs 2 words"):
        from_ump([(0x40903C00,)])
    with pytest.raises(ValueError, match="without a start"):
        from_ump([(0x30210000, 0)])
    with pytest.raises(ValueError, match="ends inside"):
        ump_words([0x40903C00])
    with pytest.raises(ValueError, match="32-bit"):
        ump_words([1 << 32])
    with pytest.raises(ValueError, match="group"):
        to_ump(MIDIMessage.clock(), group=16)
    # utility (type 0) packets have no MIDI 1.0 meaning: skipped
    assert from_ump([(0x00000000,)]) == []
