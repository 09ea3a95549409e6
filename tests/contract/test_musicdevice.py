"""Contract tests of MusicDevice.h (coremusic.capi.musicdevice).

They run through the cffi-typed AudioToolbox double with the model of
tests/doubles/audiounit.py: they prove marshalling and error mapping, not
Apple's behaviour.
"""

from __future__ import annotations

import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic import capi
from coremusic.exceptions import AudioUnitError
from tests.doubles.audiounit import BAD_INSTANCE, AUModel


@pytest.fixture
def au(framework_double, cf) -> AUModel:
    return AUModel(framework_double("AudioToolbox"), cf)


@pytest.fixture
def synth(au) -> int:
    return capi.audio_component_instance_new(AUModel.SYNTH)


def test_midi_events_reach_the_unit(au, synth) -> None:
    capi.music_device_midi_event(synth, 0x91, 60, 100, 32)
    capi.music_device_midi_event(synth, 0xB1, 7, 90)
    assert au.instances[synth].midi == [(0x91, 60, 100, 32), (0xB1, 7, 90, 0)]
    assert au.instances[synth].notes == {(1 << 8) | 60: (60.0, 100.0, 1)}
    capi.music_device_midi_event(synth, 0x81, 60, 0)
    assert au.instances[synth].notes == {}


def test_midi_event_validates_bytes(au, synth) -> None:
    with pytest.raises(ValueError):
        capi.music_device_midi_event(synth, 0x40, 60, 100)  # not a status byte
    with pytest.raises(ValueError):
        capi.music_device_midi_event(synth, 0x90, 128, 100)
    with pytest.raises(TypeError):
        capi.music_device_midi_event(synth, 0x90, 60.0, 100)  # type: ignore[arg-type]
    au.fail["MusicDeviceMIDIEvent"] = -10873
    with pytest.raises(AudioUnitError) as info:
        capi.music_device_midi_event(synth, 0x90, 60, 100)
    assert info.value.status == -10873 and info.value.operation == "MusicDeviceMIDIEvent"


def test_sysex(au, synth) -> None:
    gm_on = bytes([0xF0, 0x7E, 0x7F, 0x09, 0x01, 0xF7])
    capi.music_device_sysex(synth, gm_on)
    capi.music_device_sysex(synth, bytearray(gm_on))
    assert au.instances[synth].sysex == [gm_on, gm_on]
    with pytest.raises(ValueError):
        capi.music_device_sysex(synth, b"\x7e\x7f")
    with pytest.raises(ValueError):
        capi.music_device_sysex(synth, b"\xf0")
    with pytest.raises(TypeError):
        capi.music_device_sysex(synth, "F0 F7")  # type: ignore[arg-type]
    with pytest.raises(AudioUnitError) as info:
        capi.music_device_sysex(0x99, gm_on)
    assert info.value.status == BAD_INSTANCE


def test_event_list_from_packets_and_bytes(au, synth) -> None:
    packets = [(0, [0x20903C64]), (2**40 + 5, [0x40903C00, 0xC0000000])]
    capi.music_device_midi_event_list(synth, 16, packets, protocol=2)
    raw = capi.pack_midi_event_list([(7, [0x20803C00])], protocol=1)
    capi.music_device_midi_event_list(synth, 0, raw)
    assert au.instances[synth].event_lists == [(2, 16, packets), (1, 0, [(7, [0x20803C00])])]
    with pytest.raises(ValueError):
        capi.music_device_midi_event_list(synth, 0, b"\x01")
    au.fail["MusicDeviceMIDIEventList"] = -50
    with pytest.raises(AudioUnitError):
        capi.music_device_midi_event_list(synth, 0, raw)


def test_pack_midi_event_list_rejects_bad_packets() -> None:
    with pytest.raises(ValueError):
        capi.pack_midi_event_list([(0, [])])
    with pytest.raises(ValueError):
        capi.pack_midi_event_list([(0, [0] * 65)])
    with pytest.raises(ValueError):
        capi.pack_midi_event_list([(0, [1])], protocol=3)
    with pytest.raises(TypeError):
        capi.pack_midi_event_list([[0, [1]]])  # type: ignore[list-item]
    with pytest.raises(ValueError):
        capi.pack_midi_event_list([(0, [2**32])])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2**64 - 1),
                          st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=4)),
                max_size=5))
def test_pack_midi_event_list_layout(packets: list[tuple[int, list[int]]]) -> None:
    raw = capi.pack_midi_event_list(packets)
    protocol, count = struct.unpack_from("=iI", raw)
    assert (protocol, count) == (2, len(packets))
    pos, decoded = 8, []
    for _ in range(count):
        stamp, n = struct.unpack_from("=QI", raw, pos)
        decoded.append((stamp, list(struct.unpack_from(f"={n}I", raw, pos + 12))))
        pos += 12 + 4 * n
    assert decoded == packets and pos == len(raw)


def test_start_and_stop_note(au, synth) -> None:
    note = capi.music_device_start_note(synth, 60.5, 90.0, group=2, offset=8, controls=[(5, 0.25)])
    inst = au.instances[synth]
    assert inst.notes[0x10000 + note] == (60.5, 90.0, 2)
    assert inst.midi[-1] == (-1, 2, 1, 8)
    (_, instrument, group, _, offset, params), = au.double.called("MusicDeviceStartNote")
    assert (instrument, group, offset, params.argCount) == (0xFFFFFFFF, 2, 8, 3)
    capi.music_device_stop_note(synth, note, group=2)
    assert 0x10000 + note not in inst.notes
    with pytest.raises(AudioUnitError) as info:
        capi.music_device_stop_note(synth, note)
    assert info.value.operation == "MusicDeviceStopNote"
    au.fail["MusicDeviceStartNote"] = -10873
    with pytest.raises(AudioUnitError):
        capi.music_device_start_note(synth, 60.0, 100.0)


def test_prepare_and_release_instrument(au, synth) -> None:
    capi.music_device_prepare_instrument(synth, 3)
    capi.music_device_release_instrument(synth, 3)
    assert au.instances[synth].instruments == [("Prepare", 3), ("Release", 3)]
    au.fail["MusicDevicePrepareInstrument"] = -10873
    with pytest.raises(AudioUnitError) as info:
        capi.music_device_prepare_instrument(synth, 3)
    assert info.value.status == -10873
    with pytest.raises(ValueError):
        capi.music_device_release_instrument(synth, -1)
