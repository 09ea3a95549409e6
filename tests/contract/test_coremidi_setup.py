"""Contract tests of MIDISetup.h, MIDIThruConnection.h, MIDIBluetoothConnection.h and
CoreMIDI's packet/event list builders, through the CoreMIDI double."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coremusic import capi
from coremusic._ffi import ffi
from coremusic.exceptions import MIDIError
from tests.doubles.coremidi import (
    ARM,
    DESTINATION,
    ENTITY,
    IAC,
    IAC_DST,
    IAC_SRC,
    NO_CURRENT_SETUP,
    OBJECT_NOT_FOUND,
    PAD,
    SETUP_FORMAT,
    SOURCE,
    CoreMIDIModel,
    read_packet_list,
)

RULE = "arm64" if ARM else "x86_64"


@pytest.fixture
def midi(framework_double, cf) -> CoreMIDIModel:
    return CoreMIDIModel(framework_double("CoreMIDI"), cf)


# ------------------------------------------------------------------ MIDISetup.h


def test_edit_a_device_graph(midi) -> None:
    entity = capi.midi_device_add_entity(IAC, "Bus 2", True, 2, 1)
    assert midi.objects[entity].kind == ENTITY and midi.objects[entity].props["embedded"] == 1
    assert capi.midi_device_get_number_of_entities(IAC) == 2
    assert capi.midi_entity_get_number_of_sources(entity) == 2
    ump = capi.midi_device_new_entity(IAC, "UMP", 2, False, 1, 1)
    assert midi.objects[ump].props["protocol"] == 2
    capi.midi_entity_add_or_remove_endpoints(entity, 0, 3)
    assert [midi.objects[c].kind for c in midi.objects[entity].children] == [DESTINATION] * 3
    capi.midi_device_remove_entity(IAC, ump)
    assert ump not in midi.objects
    with pytest.raises(MIDIError) as info:
        capi.midi_device_remove_entity(IAC, ump)
    assert info.value.status == OBJECT_NOT_FOUND and info.value.operation == "MIDIDeviceRemoveEntity"
    with pytest.raises(MIDIError):
        capi.midi_device_add_entity(0x999, "x", True, 1, 1)
    with pytest.raises(MIDIError):
        capi.midi_device_new_entity(0x999, "x", 1, True, 1, 1)
    with pytest.raises(MIDIError):
        capi.midi_entity_add_or_remove_endpoints(0x999, 1, 1)
    with pytest.raises(TypeError, match="embedded"):
        capi.midi_device_add_entity(IAC, "x", 1, 1, 1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="protocol"):
        capi.midi_device_new_entity(IAC, "x", 0, True, 1, 1)
    assert [midi.objects[c].kind for c in midi.objects[IAC].children[0:1]] == [ENTITY]
    assert SOURCE in {midi.objects[c].kind for c in midi.objects[midi.objects[IAC].children[0]].children}


def test_external_devices_and_the_setup(midi) -> None:
    synth = capi.midi_external_device_create("D-50", "Roland", "D-50")
    assert midi.objects[synth].props["manufacturer"] == "Roland"
    before = capi.midi_get_number_of_external_devices()
    capi.midi_setup_add_external_device(synth)
    assert capi.midi_get_number_of_external_devices() == before + 1
    capi.midi_setup_remove_external_device(synth)
    assert capi.midi_get_number_of_external_devices() == before
    capi.midi_setup_remove_device(PAD)
    assert capi.midi_get_number_of_devices() == 1
    capi.midi_setup_add_device(PAD)
    assert capi.midi_get_number_of_devices() == 2
    with pytest.raises(MIDIError):
        capi.midi_setup_add_device(synth)  # an external device is not a driver device
    with pytest.raises(MIDIError):
        capi.midi_setup_add_external_device(PAD)


def test_deprecated_setup_objects(midi) -> None:
    with pytest.raises(MIDIError) as info:
        capi.midi_setup_get_current()
    assert info.value.status == NO_CURRENT_SETUP
    setup = capi.midi_setup_create()
    capi.midi_setup_install(setup)
    assert capi.midi_setup_get_current() == setup
    xml = capi.midi_setup_to_data(setup)
    assert xml.startswith(b"<setup")
    copy = capi.midi_setup_from_data(xml)
    assert copy != setup and midi.setups[copy] == xml
    with pytest.raises(MIDIError) as info:
        capi.midi_setup_from_data(b"garbage")
    assert info.value.status == SETUP_FORMAT
    capi.midi_setup_dispose(copy)
    with pytest.raises(MIDIError):
        capi.midi_setup_dispose(copy)
    with pytest.raises(MIDIError):
        capi.midi_setup_to_data(copy)
    with pytest.raises(MIDIError):
        capi.midi_setup_install(copy)


def test_serial_ports(midi) -> None:
    assert capi.midi_get_serial_port_drivers() == ["com.apple.AppleMIDISerial"]
    assert capi.midi_get_serial_port_owner("modem") == "com.apple.AppleMIDISerial"
    capi.midi_set_serial_port_owner("printer", "com.example.Serial")
    assert capi.midi_get_serial_port_owner("printer") == "com.example.Serial"
    with pytest.raises(MIDIError):
        capi.midi_get_serial_port_owner("nope")
    midi.double.returns("MIDISetSerialPortOwner", -10844)
    with pytest.raises(MIDIError) as info:
        capi.midi_set_serial_port_owner("modem", "x")
    assert info.value.status == -10844


def test_bluetooth(midi) -> None:
    capi.midi_bluetooth_driver_activate_all_connections()
    uuid = "8B2F3C1E-0000-4000-8000-00805F9B34FB"
    capi.midi_bluetooth_driver_disconnect(uuid)
    assert midi.bluetooth == ["*", uuid]
    with pytest.raises(MIDIError) as info:
        capi.midi_bluetooth_driver_disconnect("short")
    assert info.value.status == OBJECT_NOT_FOUND and info.value.operation == "MIDIBluetoothDriverDisconnect"
    midi.double.returns("MIDIBluetoothDriverActivateAllConnections", -10845)
    with pytest.raises(MIDIError):
        capi.midi_bluetooth_driver_activate_all_connections()


# ------------------------------------------------------------------ thru connections


def test_thru_connection_lifecycle(midi) -> None:
    params = capi.midi_thru_connection_params_initialize()
    assert list(params.channelMap) == list(range(16)) and params.highNote == 127
    params.numSources = 1
    params.sources[0].endpointRef = IAC_SRC
    params.numDestinations = 1
    params.destinations[0].endpointRef = IAC_DST
    transforms = [capi.ControlTransform(0, 0, 7, 9, 2)]
    invert = bytes(127 - v for v in range(128))
    blob = capi.thru_params_to_bytes(params, transforms, [invert])
    assert len(blob) == capi.midi_thru_connection_params_size(params)
    conn = capi.midi_thru_connection_create("com.example.app", blob)
    temp = capi.midi_thru_connection_create(None, capi.midi_thru_connection_params_initialize())
    assert midi.thru[temp][0] is None
    assert capi.midi_thru_connection_find("com.example.app") == [conn]
    back, got_transforms, got_maps = capi.thru_params_from_bytes(capi.midi_thru_connection_get_params(conn))
    assert back.sources[0].endpointRef == IAC_SRC and got_transforms == transforms and got_maps == [invert]
    back.lowNote = 36
    capi.midi_thru_connection_set_params(conn, capi.thru_params_to_bytes(back))
    assert capi.thru_params_from_bytes(midi.thru[conn][1])[0].lowNote == 36
    capi.midi_thru_connection_dispose(conn)
    capi.midi_thru_connection_dispose(temp)
    assert capi.midi_thru_connection_find("com.example.app") == []
    with pytest.raises(MIDIError) as info:
        capi.midi_thru_connection_dispose(conn)
    assert info.value.status == OBJECT_NOT_FOUND
    with pytest.raises(MIDIError):
        capi.midi_thru_connection_get_params(conn)
    with pytest.raises(MIDIError):
        capi.midi_thru_connection_set_params(conn, capi.thru_params_to_bytes(back))


def test_thru_params_are_checked(midi) -> None:
    params = capi.midi_thru_connection_params_initialize()
    params.numMaps = 1
    with pytest.raises(ValueError, match="thru_params_to_bytes"):
        capi.midi_thru_connection_create(None, params)
    with pytest.raises(ValueError, match="need"):
        capi.midi_thru_connection_create(None, bytes(ffi.buffer(params)))
    with pytest.raises(ValueError, match="128"):
        capi.thru_params_to_bytes(params, maps=[b"short"])
    with pytest.raises(TypeError):
        capi.midi_thru_connection_params_size(ffi.new("int *"))
    with pytest.raises(TypeError):
        capi.midi_thru_connection_find(None)  # type: ignore[arg-type]
    midi.double.returns("MIDIThruConnectionCreate", -10844)
    with pytest.raises(MIDIError):
        capi.midi_thru_connection_create("x", capi.thru_params_to_bytes(params))


# ------------------------------------------------------------------ CoreMIDI's list builders


def test_packet_list_builder_round_trip(midi) -> None:
    size = 1024
    plist = capi.new_packet_list(size)
    cur = capi.midi_packet_list_init(plist)
    cur = capi.midi_packet_list_add(plist, size, cur, 100, b"\x90\x3c\x64")
    cur = capi.midi_packet_list_add(plist, size, cur, 100, b"\x90\x40\x64")  # same time: merged
    cur = capi.midi_packet_list_add(plist, size, cur, 200, b"\xf0\x01\x02\xf7")
    assert cur is not None
    expected = [(100, b"\x90\x3c\x64\x90\x40\x64"), (200, b"\xf0\x01\x02\xf7")]
    assert [tuple(p) for p in capi.parse_packet_list(plist, RULE)] == expected
    assert read_packet_list(plist) == expected  # the double's own walk agrees
    second = capi.midi_packet_next(ffi.addressof(plist.packet[0]), RULE)
    assert second.length == 4 and capi.packet_timestamp(second) == 200
    raw = capi.copy_packet_list(plist, RULE)
    assert len(raw) == capi.packet_list_byte_size(expected, RULE)
    # a full list returns None
    small = capi.new_packet_list(0)
    cur = capi.midi_packet_list_init(small)
    assert capi.midi_packet_list_add(small, 20, cur, 0, bytes(32)) is None
    with pytest.raises(TypeError, match="MIDIPacketList"):
        capi.midi_packet_list_init(ffi.new("int *"))
    with pytest.raises(TypeError, match="bytes"):
        capi.midi_packet_list_add(plist, size, cur, 0, "x")  # type: ignore[arg-type]


def test_event_list_builder_round_trip(midi) -> None:
    size = 512
    elist = capi.new_event_list(size)
    cur = capi.midi_event_list_init(elist, 2)
    on = capi.midi2_note_on(0, 0, 60, 0, 0, 0x8000)
    cur = capi.midi_event_list_add(elist, size, cur, 10, on)
    cur = capi.midi_event_list_add(elist, size, cur, 20, capi.midi2_pitch_bend(0, 0, 0x80000000))
    assert cur is not None
    protocol, packets = capi.parse_event_list(elist)
    assert protocol == 2 and packets == [(10, on), (20, (0x40E00000, 0x80000000))]
    assert capi.parse_event_list_bytes(capi.copy_event_list(elist)) == (protocol, packets)
    nxt = capi.midi_event_packet_next(ffi.addressof(elist.packet[0]))
    assert capi.packet_timestamp(nxt) == 20 and nxt.wordCount == 2
    with pytest.raises(TypeError):
        capi.midi_event_packet_next(ffi.new("int *"))
    assert capi.event_list_byte_size(packets) == len(capi.copy_event_list(elist))
    tiny = capi.new_event_list(0)
    cur = capi.midi_event_list_init(tiny, 1)
    assert capi.midi_event_list_add(tiny, 16, cur, 0, [1, 2, 3]) is None
    with pytest.raises(ValueError, match="protocol"):
        capi.midi_event_list_init(elist, 3)


def test_sysex_bytes_for_group_and_foreign_visitor(midi) -> None:
    words = [*capi.midi1_up_sys_ex(1, 1, 6, 0x7E, 0x7F, 0x06, 0x01, 0x02, 0x03),
             *capi.midi1_up_sys_ex(1, 3, 2, 0x04, 0x05, 0, 0, 0, 0)]
    elist = capi.pack_event_list(1, [(0, tuple(words))])
    pkt = ffi.addressof(elist.packet[0])
    assert capi.midi_event_packet_sysex_bytes_for_group(pkt, 1) == b"\xf0\x7e\x7f\x06\x01\x02\x03\x04\x05\xf7"
    assert capi.midi_event_packet_sysex_bytes_for_group(elist.packet, 1).startswith(b"\xf0")
    with pytest.raises(MIDIError) as info:
        capi.midi_event_packet_sysex_bytes_for_group(pkt, 2)
    assert info.value.operation == "MIDIEventPacketSysexBytesForGroup"
    with pytest.raises(ValueError, match="group_index"):
        capi.midi_event_packet_sysex_bytes_for_group(pkt, 16)
    # the visitor takes a union by value: only a C function pointer can be one
    visitor = ffi.cast("MIDIEventVisitor", 0x1234)
    capi.midi_event_list_for_each_event(elist, visitor, 0x99)
    capi.midi_event_list_for_each_event(elist, 0x5678)
    (first_list, first_visitor, ctx), (_, second_visitor, ctx2) = midi.visits
    assert first_list == elist
    assert int(ffi.cast("uintptr_t", first_visitor)) == 0x1234 and int(ffi.cast("uintptr_t", ctx)) == 0x99
    assert int(ffi.cast("uintptr_t", second_visitor)) == 0x5678 and ctx2 == ffi.NULL
    with pytest.raises(TypeError, match="parse_event_list"):
        capi.midi_event_list_for_each_event(elist, lambda *a: None)
    with pytest.raises(ValueError, match="NULL"):
        capi.midi_event_list_for_each_event(elist, 0)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payloads=st.lists(st.binary(min_size=1, max_size=40).map(lambda b: b"\x90" + b[1:]), max_size=8))
def test_coremidi_builder_and_python_packer_lay_out_the_same_bytes(midi, payloads: list[bytes]) -> None:
    """MIDIPacketListAdd (distinct times: no merging) and pack_packet_list agree byte for byte."""
    packets = [(i * 10, p) for i, p in enumerate(payloads)]
    size = capi.packet_list_byte_size(packets, RULE)
    plist = capi.new_packet_list(size)
    cur = capi.midi_packet_list_init(plist)
    for stamp, data in packets:
        cur = capi.midi_packet_list_add(plist, size, cur, stamp, data)
        assert cur is not None
    ours = capi.copy_packet_list(capi.pack_packet_list(packets, RULE), RULE)
    assert capi.copy_packet_list(plist, RULE) == ours and len(ours) == size
