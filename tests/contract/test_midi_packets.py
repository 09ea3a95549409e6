"""MIDIPacketList / MIDIEventList packers and parsers and the UMP builders of MIDIMessages.h:
property-tested round trips through real cffi structs, and the SDK's bit layouts."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic._ffi import ffi
from coremusic.capi import midi_packets as mp
from coremusic.capi import midi_sysex as sx
from coremusic.capi import midi_ump as ump

stamps = st.integers(0, 2**64 - 1)
payloads = st.binary(min_size=0, max_size=300)
packet_lists = st.lists(st.tuples(stamps, payloads), max_size=12)
rules = st.sampled_from(["arm64", "x86_64"])
words = st.integers(0, 2**32 - 1)
event_packets = st.lists(st.tuples(stamps, st.lists(words, max_size=64).map(tuple)), max_size=8)


def walk_with_structs(plist: object, rule: str) -> list[tuple[int, bytes]]:
    """An independent walk: MIDIPacket fields through cffi, the SDK's next-packet rule by hand."""
    out = []
    packet = ffi.addressof(plist.packet[0])  # type: ignore[attr-defined]
    for _ in range(plist.numPackets):  # type: ignore[attr-defined]
        stamp = packet.timeStamp[0] | packet.timeStamp[1] << 32
        data = bytes(ffi.buffer(ffi.cast("Byte *", packet.data), packet.length))
        out.append((stamp, data))
        end = int(ffi.cast("uintptr_t", packet.data)) + packet.length
        packet = ffi.cast("MIDIPacket *", (end + 3) & ~3 if rule == "arm64" else end)
    return out


@settings(max_examples=60, deadline=None)
@given(packets=packet_lists, rule=rules)
def test_packet_list_round_trip_through_cffi_structs(packets: list[tuple[int, bytes]], rule: str) -> None:
    plist = mp.pack_packet_list(packets, rule)
    assert ffi.typeof(plist) is ffi.typeof("MIDIPacketList *")
    assert walk_with_structs(plist, rule) == packets
    if packets:  # MIDIPacketNext agrees with the hand-written rule
        packet, walked = ffi.addressof(plist.packet[0]), []
        for _ in packets:
            walked.append(mp.packet_timestamp(packet))
            packet = mp.midi_packet_next(packet, rule)
        assert walked == [p[0] for p in packets]
    assert [tuple(p) for p in mp.parse_packet_list(plist, rule)] == packets
    raw = mp.copy_packet_list(plist, rule)
    assert len(raw) == mp.packet_list_byte_size(packets, rule)
    assert [tuple(p) for p in mp.parse_packet_list_bytes(raw, rule)] == packets


def test_packet_layout_per_architecture() -> None:
    packets = [(1, b"\x90\x3c\x64"), (2, b"\xf8")]
    arm = mp.copy_packet_list(mp.pack_packet_list(packets, "arm64"), "arm64")
    x86 = mp.copy_packet_list(mp.pack_packet_list(packets, "x86_64"), "x86_64")
    # header 4, packet 10 + 3 -> next packet at 17 (x86) or 20 (arm64, 4-byte aligned)
    assert struct.unpack_from("<QH", x86, 17) == (2, 1)
    assert struct.unpack_from("<QH", arm, 20) == (2, 1)
    assert (len(arm), len(x86)) == (31, 28)
    assert mp.packet_rule("aarch64") == "arm64" and mp.packet_rule("AMD64") == "x86_64"
    assert mp.packet_rule() in ("arm64", "x86_64")
    with pytest.raises(ValueError, match="architecture"):
        mp.packet_rule("sparc")


def test_large_packets_exceed_the_declared_256_bytes() -> None:
    sysex = b"\xf0" + bytes(1000) + b"\xf7"
    plist = mp.pack_packet_list([(0, sysex), (5, b"\xf8")])
    assert mp.parse_packet_list(plist) == [(0, sysex), (5, b"\xf8")]
    with pytest.raises(ValueError, match="65535"):
        mp.pack_packet_list([(0, bytes(65536))])
    with pytest.raises(TypeError, match="pair"):
        mp.pack_packet_list([b"\x90\x3c\x64"])
    with pytest.raises(ValueError, match="timestamp"):
        mp.pack_packet_list([(-1, b"\xf8")])
    with pytest.raises(TypeError, match="bytes"):
        mp.pack_packet_list([(0, "text")])


def test_corrupt_copies_are_rejected() -> None:
    raw = mp.copy_packet_list(mp.pack_packet_list([(0, b"\x90\x3c\x64")]))
    with pytest.raises(ValueError, match="runs past"):
        mp.parse_packet_list_bytes(raw[:-1])
    with pytest.raises(ValueError, match="runs past"):
        mp.parse_packet_list_bytes(struct.pack("<I", 3) + raw[4:])
    with pytest.raises(ValueError, match="header"):
        mp.parse_packet_list_bytes(b"\x01")
    with pytest.raises(TypeError):
        mp.parse_packet_list_bytes("text")  # type: ignore[arg-type]
    events = mp.copy_event_list(mp.pack_event_list(2, [(0, (1, 2))]))
    with pytest.raises(ValueError, match="runs past"):
        mp.parse_event_list_bytes(events[:-4])
    with pytest.raises(ValueError, match="NULL"):
        mp.parse_packet_list(ffi.cast("MIDIPacketList *", 0))


@settings(max_examples=60, deadline=None)
@given(packets=event_packets, protocol=st.sampled_from([1, 2]))
def test_event_list_round_trip_through_cffi_structs(packets: list[tuple[int, tuple[int, ...]]],
                                                    protocol: int) -> None:
    elist = mp.pack_event_list(protocol, packets)
    assert elist.protocol == protocol and elist.numPackets == len(packets)
    packet = ffi.addressof(elist.packet[0])
    for stamp, ws in packets:  # walk with MIDIEventPacketNext: &words[wordCount]
        assert mp.packet_timestamp(packet) == stamp and tuple(packet.words[0:packet.wordCount]) == ws
        packet = ffi.cast("MIDIEventPacket *", ffi.cast("UInt32 *", packet.words) + packet.wordCount)
    assert mp.parse_event_list(elist) == (protocol, packets)
    raw = mp.copy_event_list(elist)
    assert len(raw) == mp.event_list_byte_size(packets)
    assert mp.parse_event_list_bytes(raw) == (protocol, packets)


def test_event_list_limits() -> None:
    with pytest.raises(ValueError, match="at most 64"):
        mp.pack_event_list(2, [(0, tuple(range(65)))])
    with pytest.raises(ValueError, match="protocol"):
        mp.pack_event_list(0, [])
    with pytest.raises(TypeError, match="sequence"):
        mp.pack_event_list(2, [(0, b"\x00")])
    with pytest.raises(ValueError, match="word"):
        mp.pack_event_list(2, [(0, (2**32,))])


@settings(max_examples=80, deadline=None)
@given(value=stamps)
def test_timestamp_words_low_first(value: int) -> None:
    for ctype in ("MIDIPacket *", "MIDIEventPacket *"):
        p = ffi.new(ctype)
        mp.set_packet_timestamp(p, value)
        assert (p.timeStamp[0], p.timeStamp[1]) == (value & 0xFFFFFFFF, value >> 32)
        assert mp.packet_timestamp(p) == value
        assert bytes(ffi.buffer(p))[:8] == struct.pack("<Q", value)
    with pytest.raises(ValueError):
        mp.set_packet_timestamp(ffi.new("MIDIPacket *"), 2**64)


sysex_bodies = st.binary(max_size=700).map(lambda b: bytes(x & 0x7F for x in b))


@settings(max_examples=60, deadline=None)
@given(body=sysex_bodies, size=st.integers(1, 300), stamp=st.integers(0, 2**40))
def test_sysex_split_and_join(body: bytes, size: int, stamp: int) -> None:
    message = b"\xf0" + body + b"\xf7"
    chunks = sx.split_sysex(message, size)
    assert b"".join(chunks) == message and all(len(c) <= size for c in chunks)
    packets = [(stamp + i, c) for i, c in enumerate(chunks)]
    if len(packets) > 1:  # a clock tick interleaved between chunks passes through
        packets.insert(1, (stamp, b"\xf8"))
    plist = mp.pack_packet_list([(0, b"\x90\x3c\x64"), *packets])
    joined = sx.join_sysex(mp.parse_packet_list(plist))
    assert joined[0] == (0, b"\x90\x3c\x64")
    assert (stamp, message) in joined
    assert [p for p in joined if p.data == b"\xf8"] == ([(stamp, b"\xf8")] if len(chunks) > 1 else [])


def test_sysex_errors() -> None:
    with pytest.raises(ValueError, match="unterminated"):
        sx.join_sysex([(0, b"\xf0\x01")])
    with pytest.raises(ValueError, match="interrupted"):
        sx.join_sysex([(0, b"\xf0\x01"), (1, b"\x90\x3c\x64")])
    with pytest.raises(ValueError, match="0xF0"):
        sx.split_sysex(b"\x90\x3c\x64")
    with pytest.raises(ValueError, match="7-bit"):
        sx.split_sysex(b"\xf0\x80\xf7")
    assert sx.join_sysex([(0, b"\xf0\x01\xf7")]) == [(0, b"\xf0\x01\xf7")]


# ------------------------------------------------------------------ UMP builders

nib = st.integers(0, 15)
b7 = st.integers(0, 127)
b8 = st.integers(0, 255)
u16 = st.integers(0, 0xFFFF)


@settings(max_examples=80, deadline=None)
@given(group=nib, channel=nib, status=st.integers(8, 14), d1=b7, d2=b7)
def test_midi1_up_matches_the_midi1_bytes(group: int, channel: int, status: int, d1: int, d2: int) -> None:
    word = ump.midi1_up_channel_voice_message(group, status, channel, d1, d2)
    assert word.to_bytes(4, "big") == bytes([0x20 | group, status << 4 | channel, d1, d2])
    assert ump.midi_message_type_for_up_word(word) == 2 and ump.ump_word_count(word) == 1
    assert ump.midi1_up_note_on(group, channel, d1, d2) == ump.midi1_up_channel_voice_message(group, 9, channel, d1, d2)
    assert ump.midi1_up_note_off(group, channel, d1, d2) >> 20 & 0xF == 8
    assert ump.midi1_up_control_change(group, channel, d1, d2) >> 20 & 0xF == 0xB
    assert ump.midi1_up_pitch_bend(group, channel, d1, d2) & 0x7F7F == d1 << 8 | d2
    assert ump.midi1_up_system_common(group, 0xF2, d1, d2).to_bytes(4, "big") == bytes([0x10 | group, 0xF2, d1, d2])


@settings(max_examples=80, deadline=None)
@given(group=nib, channel=nib, note=b7, attr_type=b8, attr=u16, vel=u16, value=words)
def test_midi2_layouts(group: int, channel: int, note: int, attr_type: int, attr: int, vel: int,
                       value: int) -> None:
    w0, w1 = ump.midi2_note_on(group, channel, note, attr_type, attr, vel)
    assert w0.to_bytes(4, "big") == bytes([0x40 | group, 0x90 | channel, note, attr_type])
    assert w1 == vel << 16 | attr
    assert ump.midi2_note_off(group, channel, note, attr_type, attr, vel)[0] >> 20 & 0xF == 8
    assert ump.midi2_poly_pressure(group, channel, note, value) == (
        ump.midi2_channel_voice_message(group, 0xA, channel, note << 8, value))
    assert ump.midi2_registered_pnc(group, channel, note, 3, value)[0] & 0xFFFF == note << 8 | 3
    assert ump.midi2_assignable_pnc(group, channel, note, 3, value)[0] >> 20 & 0xF == 1
    assert ump.midi2_control_change(group, channel, note, value) == (
        (0x40 | group) << 24 | (0xB0 | channel) << 16 | note << 8, value)
    for fn, status in ((ump.midi2_registered_control, 2), (ump.midi2_assignable_control, 3),
                       (ump.midi2_rel_registered_control, 4), (ump.midi2_rel_assignable_control, 5)):
        c0, c1 = fn(group, channel, 1, note, value)
        assert (c0 >> 20 & 0xF, c0 & 0xFFFF, c1) == (status, 1 << 8 | note, value)
    assert ump.midi2_channel_pressure(group, channel, value) == ((0x40 | group) << 24 | (0xD0 | channel) << 16, value)
    assert ump.midi2_pitch_bend(group, channel, value)[0] >> 20 & 0xF == 0xE
    assert ump.midi2_per_note_pitch_bend(group, channel, note, value)[0] & 0xFF00 == note << 8
    assert ump.midi2_program_change(group, channel, True, note, 1, 2) == (
        (0x40 | group) << 24 | (0xC0 | channel) << 16 | 1, note << 24 | 1 << 8 | 2)
    assert ump.midi2_per_note_managment(group, channel, note, True, True)[0] & 0xFF == 3
    assert ump.midi2_per_note_managment(group, channel, note, False, True)[0] & 0xFF == 1
    assert ump.split_ump_words([w0, w1, 0x20903C64]) == [(w0, w1), (0x20903C64,)]


def test_sysex_ump_and_ranges() -> None:
    assert ump.midi1_up_sys_ex(2, 1, 6, 1, 2, 3, 4, 5, 6) == (0x32160102, 0x03040506)
    assert ump.midi1_up_sys_ex_array(2, 1, b"\x01\x02\x03\x04\x05\x06") == (0x32160102, 0x03040506)
    assert ump.midi1_up_sys_ex_array(0, 0, []) == (0x30000000, 0)
    with pytest.raises(ValueError, match="at most 6"):
        ump.midi1_up_sys_ex_array(0, 0, bytes(7))
    with pytest.raises(ValueError, match="data1"):
        ump.midi1_up_note_on(0, 0, 128, 0)
    with pytest.raises(ValueError, match="group"):
        ump.midi2_note_on(16, 0, 60, 0, 0, 0)
    with pytest.raises(TypeError, match="bool"):
        ump.midi2_per_note_managment(0, 0, 60, 2, False)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="needs 2 words"):
        ump.split_ump_words([0x40903C00])
    assert [ump.ump_word_count(t << 28) for t in range(16)] == [1, 1, 1, 2, 2, 4, 1, 1, 2, 2, 2, 3, 3, 4, 4, 4]


@settings(max_examples=40, deadline=None)
@given(body=sysex_bodies, size=st.integers(1, 64), cut=st.integers(0, 20))
def test_assembler_across_packet_lists(body: bytes, size: int, cut: int) -> None:
    message = b"\xf0" + body + b"\xf7"
    packets = [(i, c) for i, c in enumerate(sx.split_sysex(message, size))]
    cut = min(cut, len(packets))
    first = mp.parse_packet_list_bytes(mp.copy_packet_list(mp.pack_packet_list(packets[:cut])))
    second = mp.parse_packet_list_bytes(mp.copy_packet_list(mp.pack_packet_list(packets[cut:])))
    asm = sx.SysexAssembler()
    assert asm.feed(first) + asm.feed(second) == [(0, message)]
    assert asm.pending_since is None and asm.abandoned == []


def test_assembler_keeps_interrupted_and_abandoned_messages() -> None:
    asm = sx.SysexAssembler()
    assert asm.feed([(0, b"\xf0\x01\x02"), (1, b"\x90\x3c\x64")]) == [(1, b"\x90\x3c\x64")]
    assert asm.abandoned == [b"\xf0\x01\x02"]
    assert asm.feed([(2, b"\xf0\x05")]) == [] and asm.pending_since == 2 and asm.pending_bytes == 2
    assert "pending since 2" in repr(asm)
    assert asm.abandon() == b"\xf0\x05" and asm.abandoned[-1] == b"\xf0\x05"
    assert asm.abandon() == b"" and len(asm.abandoned) == 2
    assert asm.feed([(3, b"\xf0\x06"), (4, b"\xf0\x07\xf7")]) == [(4, b"\xf0\x07\xf7")]
