"""MIDIMessage / MIDIEvent / MIDIStatus: construction, validation, byte round trips."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.midi.messages import MESSAGE_TYPES, MetaType, MIDIEvent, MIDIMessage, MIDIStatus

d7 = st.integers(0, 127)
ch = st.integers(0, 15)

messages = st.one_of(
    st.builds(MIDIMessage.note_on, d7, d7, ch),
    st.builds(MIDIMessage.note_off, d7, d7, ch),
    st.builds(MIDIMessage.poly_aftertouch, d7, d7, ch),
    st.builds(MIDIMessage.control_change, d7, d7, ch),
    st.builds(MIDIMessage.program_change, d7, ch),
    st.builds(MIDIMessage.channel_aftertouch, d7, ch),
    st.builds(MIDIMessage.pitch_bend, st.integers(-8192, 8191), ch),
    st.builds(MIDIMessage.sysex, st.binary(max_size=300).map(lambda b: bytes(x & 0x7F for x in b))),
    st.builds(MIDIMessage.mtc_quarter_frame, st.integers(0, 7), st.integers(0, 15)),
    st.builds(MIDIMessage.song_position, st.integers(0, 16383)),
    st.builds(MIDIMessage.song_select, d7),
    st.sampled_from([MIDIMessage(t) for t in
                     ("tune_request", "clock", "start", "continue", "stop", "active_sensing", "reset")]),
)


@settings(max_examples=300)
@given(messages)
def test_bytes_round_trip(msg: MIDIMessage) -> None:
    raw = msg.bytes()
    again = MIDIMessage.from_bytes(raw)
    assert again == msg
    assert hash(again) == hash(msg)
    assert again.type == msg.type
    assert again.fields() == msg.fields()
    assert pickle.loads(pickle.dumps(msg)) == msg
    assert eval(repr(msg), {"MIDIMessage": MIDIMessage}) == msg


@settings(max_examples=100)
@given(messages)
def test_copy_without_changes_is_equal_and_event_round_trip(msg: MIDIMessage) -> None:
    assert msg.copy() == msg
    if msg.type == "reset":
        with pytest.raises(ValueError, match="meta event"):
            MIDIEvent.from_bytes(msg.bytes())
    elif msg.type != "sysex":
        ev = MIDIEvent.from_bytes(msg.bytes(), time=1.5)
        assert ev.to_bytes() == msg.bytes()
        assert ev.message == msg


def test_every_type_constructs_with_defaults() -> None:
    for t in MESSAGE_TYPES:
        m = MIDIMessage(t)
        assert MIDIMessage.from_bytes(m.bytes()) == m


def test_known_encodings() -> None:
    assert MIDIMessage.note_on(60, 100, 2).bytes() == b"\x92\x3c\x64"
    assert MIDIMessage.pitch_bend(0).bytes() == b"\xe0\x00\x40"
    assert MIDIMessage.pitch_bend(8191).bytes() == b"\xe0\x7f\x7f"
    assert MIDIMessage.pitch_bend(-8192).bytes() == b"\xe0\x00\x00"
    assert MIDIMessage.song_position(16383).bytes() == b"\xf2\x7f\x7f"
    assert MIDIMessage.mtc_quarter_frame(7, 1).bytes() == b"\xf1\x71"
    assert MIDIMessage.sysex(b"\x01" * 1000).bytes() == b"\xf0" + b"\x01" * 1000 + b"\xf7"
    assert MIDIMessage.continue_().bytes() == b"\xfb"


def test_immutable_and_copy() -> None:
    m = MIDIMessage.control_change(7, 100)
    with pytest.raises(AttributeError):
        m.value = 3
    c = m.copy(value=3, channel=4)
    assert (c.value, c.channel, m.value) == (3, 4, 100)
    assert m.copy(type="note_on").type == "note_on"
    with pytest.raises(AttributeError, match="no attribute 'velocity'"):
        _ = m.velocity


@pytest.mark.parametrize(
    ("kwargs", "exc", "match"),
    [
        ({"type": "note_on", "note": 128}, ValueError, "note must be in 0..127"),
        ({"type": "note_on", "channel": 16}, ValueError, "channel"),
        ({"type": "pitch_bend", "pitch": 8192}, ValueError, "pitch"),
        ({"type": "note_on", "note": 1.0}, TypeError, "note must be an int"),
        ({"type": "note_on", "note": True}, TypeError, "note must be an int"),
        ({"type": "note_on", "value": 3}, ValueError, "no field 'value'"),
        ({"type": "bogus"}, ValueError, "unknown MIDI message type"),
        ({"type": "sysex", "data": b"\x80"}, ValueError, "data byte 0"),
        ({"type": "sysex", "data": "abc"}, TypeError, "not str"),
        ({"type": "song_position", "position": 16384}, ValueError, "position"),
    ],
)
def test_validation(kwargs: dict[str, object], exc: type[Exception], match: str) -> None:
    t = kwargs.pop("type")
    with pytest.raises(exc, match=match):
        MIDIMessage(t, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "match"),
    [
        (b"", "empty"),
        (b"\x3c", "not a status byte"),
        (b"\x90\x3c", "needs 2 data"),
        (b"\x90\x3c\x40\x00", "needs 2 data"),
        (b"\x90\x3c\x80", "not a data byte"),
        (b"\xf0\x01", "must end with F7"),
        (b"\xf0\x81\xf7", "data byte"),
        (b"\xf4", "undefined"),
        (b"\xf7", "stray"),
    ],
)
def test_from_bytes_rejects(raw: bytes, match: str) -> None:
    with pytest.raises(ValueError, match=match):
        MIDIMessage.from_bytes(raw)


def test_midi_event_established_api() -> None:
    ev = MIDIEvent(0.25, MIDIStatus.NOTE_ON, 3, 60, 100)
    assert ev.to_bytes() == b"\x93\x3c\x64"
    assert ev.is_note_on and not ev.is_note_off
    off = MIDIEvent.from_bytes(b"\x83\x3c\x00", time=1.0)
    assert (off.time, off.status, off.channel, off.data1, off.data2) == (1.0, 0x80, 3, 60, 0)
    assert off.is_note_off
    assert MIDIEvent(0, 0x90, 0, 60, 0).is_note_off
    full = MIDIEvent(0, 0x95, 0, 1, 2)
    assert (full.status, full.channel) == (0x90, 5)
    assert MIDIEvent(0, 0xC0, 1, 5).to_bytes() == b"\xc1\x05"
    meta = MIDIEvent(0, 0xFF, 0, MetaType.MARKER, data=b"A")
    assert meta.is_meta and meta.to_bytes() == b"\xff\x06\x01A"
    with pytest.raises(ValueError, match="meta events are not wire messages"):
        _ = meta.message
    with pytest.raises(ValueError, match="channel"):
        MIDIEvent(0, 0x90, 16, 1, 1)
    with pytest.raises(ValueError, match="data1"):
        MIDIEvent(0, 0x90, 0, 128, 1)
    with pytest.raises(ValueError, match="status"):
        MIDIEvent(0, 0x10, 0, 1, 1)
    with pytest.raises(ValueError, match="carries channel"):
        MIDIEvent(0, 0x95, 3, 1, 1)


def test_status_enum_values() -> None:
    values = {s.name: int(s) for s in MIDIStatus}
    assert values["NOTE_OFF"] == 0x80
    assert values["CHANNEL_AFTERTOUCH"] == 0xD0
    assert values["PITCH_BEND"] == 0xE0
    assert values["TIMING_CLOCK"] == 0xF8


def test_mido_message_conversion() -> None:
    mido = pytest.importorskip("mido")
    m = MIDIMessage.pitch_bend(-100, 3)
    mm = m.to_mido()
    assert mm.type == "pitchwheel" and mm.pitch == -100 and mm.channel == 3
    assert MIDIMessage.from_mido(mido.Message("control_change", control=1, value=2)) == \
        MIDIMessage.control_change(1, 2)
