"""Contract tests of MIDIServices.h: the object graph, properties, clients, ports, virtual
endpoints, sending and the notify / read / sysex-completion callbacks, driven through the
CoreMIDI double (marshalling and ownership, not Apple's behaviour)."""

from __future__ import annotations

import gc
import queue
import weakref
from typing import Any

import pytest

from coremusic import capi
from coremusic._ffi import ffi
from coremusic.capi import midi_io
from coremusic.constants.coremidi import MIDIObjectProperty, MIDIObjectType
from coremusic.exceptions import MIDIError
from tests.doubles.coremidi import (
    IAC,
    IAC_BUS,
    IAC_DST,
    IAC_SRC,
    INVALID_CLIENT,
    INVALID_PORT,
    OBJECT_NOT_FOUND,
    PAD,
    PAD_DST,
    PAD_ENT,
    PAD_SRC,
    SYNTH,
    UNKNOWN_PROPERTY,
    WRONG_PROPERTY_TYPE,
    CoreMIDIModel,
)


@pytest.fixture
def midi(framework_double, cf) -> CoreMIDIModel:
    return CoreMIDIModel(framework_double("CoreMIDI"), cf)


# ------------------------------------------------------------------ the object graph


def test_walk_devices_entities_and_endpoints(midi) -> None:
    assert capi.midi_get_number_of_devices() == 2
    devices = [capi.midi_get_device(i) for i in range(capi.midi_get_number_of_devices())]
    assert devices == [IAC, PAD]
    assert capi.midi_device_get_number_of_entities(PAD) == 1
    entity = capi.midi_device_get_entity(PAD, 0)
    assert entity == PAD_ENT
    assert capi.midi_entity_get_number_of_sources(entity) == 1
    assert capi.midi_entity_get_number_of_destinations(entity) == 1
    assert capi.midi_entity_get_source(entity, 0) == PAD_SRC
    assert capi.midi_entity_get_destination(entity, 0) == PAD_DST
    assert capi.midi_entity_get_device(entity) == PAD
    assert capi.midi_endpoint_get_entity(PAD_SRC) == PAD_ENT
    assert capi.midi_get_number_of_sources() == 2
    assert [capi.midi_get_source(i) for i in range(2)] == [IAC_SRC, PAD_SRC]
    assert capi.midi_get_number_of_destinations() == 2
    assert capi.midi_get_destination(1) == PAD_DST
    assert capi.midi_get_number_of_external_devices() == 1
    assert capi.midi_get_external_device(0) == SYNTH
    obj, kind = capi.midi_object_find_by_unique_id(-1186632394)
    assert (obj, kind) == (IAC, MIDIObjectType.DEVICE)


def test_lookups_past_the_end_raise_index_error(midi) -> None:
    with pytest.raises(IndexError, match="device at index 2"):
        capi.midi_get_device(2)
    with pytest.raises(IndexError, match="entity 1 of device"):
        capi.midi_device_get_entity(IAC, 1)
    with pytest.raises(IndexError):
        capi.midi_entity_get_source(IAC_BUS, 3)
    with pytest.raises(IndexError):
        capi.midi_entity_get_destination(IAC_BUS, 3)
    with pytest.raises(IndexError):
        capi.midi_get_source(9)
    with pytest.raises(IndexError):
        capi.midi_get_destination(9)
    with pytest.raises(IndexError):
        capi.midi_get_external_device(1)
    with pytest.raises(ValueError, match=">= 0"):
        capi.midi_get_device(-1)
    with pytest.raises(ValueError, match="no CoreMIDI object"):
        capi.midi_device_get_number_of_entities(0)


def test_object_errors_carry_the_status(midi) -> None:
    with pytest.raises(MIDIError) as info:
        capi.midi_object_find_by_unique_id(424242)
    assert info.value.status == OBJECT_NOT_FOUND
    assert info.value.operation == "MIDIObjectFindByUniqueID"
    with pytest.raises(MIDIError) as info:
        capi.midi_entity_get_device(IAC_SRC)  # an endpoint is no entity
    assert info.value.status == OBJECT_NOT_FOUND
    with pytest.raises(MIDIError):
        capi.midi_endpoint_get_entity(IAC)


# ------------------------------------------------------------------ properties


def test_read_properties_of_every_type(midi, cf) -> None:
    assert capi.midi_object_get_string_property(IAC, "kMIDIPropertyName") == "IAC Driver"
    assert capi.midi_object_get_string_property(IAC_SRC, MIDIObjectProperty.DISPLAY_NAME) == "IAC Driver Bus 1"
    assert capi.midi_object_get_integer_property(IAC, MIDIObjectProperty.UNIQUE_ID) == -1186632394
    assert capi.midi_object_get_data_property(PAD, "kMIDIPropertyNameConfiguration") == b"<xml/>"
    assert capi.midi_object_get_dictionary_property(PAD, "kMIDIPropertyNameConfigurationDictionary") == {
        "master": "pad.midnam", "banks": [1, 2]}
    everything = capi.midi_object_get_properties(PAD, deep=True)
    assert everything["name"] == "Launchpad X"
    assert everything["entities"][0]["endpoints"][1]["name"] == "LPX MIDI In"
    assert "entities" not in capi.midi_object_get_properties(PAD)
    # every CF object CoreMIDI returned was released once (the cf fixture checks no leak)
    assert all(o.refcount == 0 for o in cf.objects.values() if not o.immortal)


def test_write_and_remove_properties(midi) -> None:
    capi.midi_object_set_string_property(IAC_SRC, "kMIDIPropertyName", "Bus One ♪")
    assert midi.objects[IAC_SRC].props["name"] == "Bus One ♪"
    capi.midi_object_set_integer_property(IAC_SRC, "kMIDIPropertyUniqueID", -5)
    assert capi.midi_object_get_integer_property(IAC_SRC, "kMIDIPropertyUniqueID") == -5
    capi.midi_object_set_data_property(IAC_SRC, "com.example.blob", bytearray(b"\x00\x01"))
    assert capi.midi_object_get_data_property(IAC_SRC, "com.example.blob") == b"\x00\x01"
    capi.midi_object_set_dictionary_property(IAC, "com.example.cfg", {"mode": 2, "tags": ["a"]})
    assert capi.midi_object_get_dictionary_property(IAC, "com.example.cfg") == {"mode": 2, "tags": ["a"]}
    capi.midi_object_remove_property(IAC_SRC, "com.example.blob")
    assert "com.example.blob" not in midi.objects[IAC_SRC].props


def test_property_errors(midi) -> None:
    with pytest.raises(MIDIError) as info:
        capi.midi_object_get_string_property(IAC, "kMIDIPropertyModel")
    assert info.value.status == UNKNOWN_PROPERTY
    with pytest.raises(MIDIError) as info:
        capi.midi_object_get_integer_property(IAC, "kMIDIPropertyName")
    assert info.value.status == WRONG_PROPERTY_TYPE
    with pytest.raises(MIDIError) as info:
        capi.midi_object_get_properties(0x999)
    assert info.value.status == OBJECT_NOT_FOUND
    with pytest.raises(MIDIError):
        capi.midi_object_remove_property(IAC, "never.set")
    with pytest.raises(MIDIError):
        capi.midi_object_set_integer_property(0x999, "kMIDIPropertyUniqueID", 1)
    with pytest.raises(ValueError, match="no CoreMIDI property constant"):
        capi.midi_object_get_integer_property(IAC, "kMIDIPropertyNope")
    with pytest.raises(TypeError, match="property must be a str"):
        capi.midi_object_get_integer_property(IAC, 7)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="in -2147483648"):
        capi.midi_object_set_integer_property(IAC, "kMIDIPropertyUniqueID", 2**31)
    with pytest.raises(TypeError):
        capi.midi_object_set_string_property(IAC, "kMIDIPropertyName", b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        capi.midi_object_set_data_property(IAC, "x", "text")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        capi.midi_object_set_dictionary_property(IAC, "x", [1])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        capi.midi_object_get_properties(IAC, deep=1)  # type: ignore[arg-type]
    midi.double.returns("MIDIObjectGetDataProperty", WRONG_PROPERTY_TYPE)
    with pytest.raises(MIDIError) as info:
        capi.midi_object_get_data_property(PAD, "kMIDIPropertyNameConfiguration")
    assert info.value.operation == "MIDIObjectGetDataProperty"


# ------------------------------------------------------------------ clients and notifications


def test_client_notifications_are_decoded(midi) -> None:
    seen: list[Any] = []
    client = capi.midi_client_create("coremusic", seen.append)
    assert midi.clients[client].name == "coremusic"
    midi.notify_setup_changed(client)
    midi.notify_added(client, IAC_BUS, IAC_SRC)
    midi.notify_property_changed(client, IAC_SRC, "name")
    midi.notify_io_error(client, PAD, -10838)
    assert seen[0] == capi.Notification(1, 8)
    assert seen[1] == capi.ObjectAddRemoveNotification(2, 24, IAC_BUS, 1, IAC_SRC, 2)
    assert seen[2] == capi.PropertyChangeNotification(4, 24, IAC_SRC, 2, "name")
    assert seen[3] == capi.IOErrorNotification(7, 16, PAD, -10838)
    capi.midi_client_dispose(client)
    assert client not in midi.clients and client not in midi_io.CLIENTS


def test_decode_notification_directly() -> None:
    raw = ffi.new("MIDIObjectAddRemoveNotification *", {"messageID": 3, "messageSize": 24, "parent": 1,
                                                        "parentType": 0, "child": 2, "childType": 1})
    note = capi.decode_notification(ffi.cast("MIDINotification *", raw))
    assert note == capi.ObjectAddRemoveNotification(3, 24, 1, 0, 2, 1)
    unknown = ffi.new("MIDINotification *", {"messageID": 99, "messageSize": 8})
    assert capi.decode_notification(unknown) == capi.Notification(99, 8)
    with pytest.raises(ValueError):
        capi.decode_notification(ffi.NULL)


def test_client_without_notify_and_client_errors(midi) -> None:
    client = capi.midi_client_create("quiet")
    assert midi.clients[client].proc is None and client not in midi_io.CLIENTS
    capi.midi_client_dispose(client)
    with pytest.raises(MIDIError) as info:
        capi.midi_client_dispose(client)
    assert info.value.status == INVALID_CLIENT and info.value.operation == "MIDIClientDispose"
    midi.double.returns("MIDIClientCreate", -10839)  # kMIDIServerStartErr
    with pytest.raises(MIDIError) as info:
        capi.midi_client_create("x", print)
    assert info.value.status == -10839
    assert len(midi_io.CLIENTS) == 0
    with pytest.raises(TypeError, match="notify must be callable"):
        capi.midi_client_create("x", 3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="name must be a str"):
        capi.midi_client_create(b"x")  # type: ignore[arg-type]


def test_notify_exceptions_stay_out_of_c_and_surface_at_dispose(midi) -> None:
    def boom(note: Any) -> None:
        raise RuntimeError("listener bug")

    client = capi.midi_client_create("c", boom)
    midi.notify_setup_changed(client)
    assert midi.double.errors == []
    # a pending notify error does not make later calls on the client fail (nor lose their objects)
    port = capi.midi_input_port_create(client, "in", lambda raw, ref: None)
    assert port in midi.ports and port in midi_io.RECEIVERS
    capi.midi_port_dispose(port)
    with pytest.raises(RuntimeError, match="listener bug"):
        capi.midi_client_dispose(client)
    assert client not in midi_io.CLIENTS


# ------------------------------------------------------------------ ports and receiving


def test_input_port_receives_copied_packet_lists(midi) -> None:
    inbox: queue.SimpleQueue[tuple[bytes, int]] = queue.SimpleQueue()
    client = capi.midi_client_create("c")
    port = capi.midi_input_port_create(client, "in", lambda raw, ref: inbox.put((raw, ref)))
    capi.midi_port_connect_source(port, PAD_SRC, 7)
    sysex = b"\xf0" + bytes(range(100)) * 3 + b"\xf7"
    packets = [(1000, b"\x90\x3c\x64"), (1000, b"\xf8"), (2000, b"\x80\x3c\x00"), (3000, sysex)]
    assert midi.deliver(PAD_SRC, packets) == 1
    raw, ref = inbox.get_nowait()
    assert ref == 7
    assert [tuple(p) for p in capi.parse_packet_list_bytes(raw)] == packets
    # a sysex split across packets is reassembled by the consumer
    chunks = capi.split_sysex(sysex, 64)
    midi.deliver(PAD_SRC, [(5000 + i, c) for i, c in enumerate(chunks)])
    raw, _ = inbox.get_nowait()
    assert capi.join_sysex(capi.parse_packet_list_bytes(raw)) == [(5000, sysex)]
    # ... also when CoreMIDI spreads it over several read-proc calls
    assembler = capi.SysexAssembler()
    midi.deliver(PAD_SRC, [(6000, chunks[0]), (6001, chunks[1])])
    midi.deliver(PAD_SRC, [(6002, b"\xf8"), *((6003 + i, c) for i, c in enumerate(chunks[2:]))])
    got = [p for _ in range(2) for p in assembler.feed(capi.parse_packet_list_bytes(inbox.get_nowait()[0]))]
    assert got == [(6002, b"\xf8"), (6000, sysex)] and assembler.pending_since is None
    capi.midi_port_disconnect_source(port, PAD_SRC)
    assert midi.deliver(PAD_SRC, packets) == 0
    capi.midi_port_dispose(port)
    capi.midi_client_dispose(client)
    assert port not in midi_io.RECEIVERS


def test_port_errors(midi) -> None:
    with pytest.raises(MIDIError) as info:
        capi.midi_input_port_create(0x4242, "in", lambda raw, ref: None)
    assert info.value.status == INVALID_CLIENT and info.value.operation == "MIDIInputPortCreate"
    assert len(midi_io.RECEIVERS) == 0
    with pytest.raises(MIDIError) as info:
        capi.midi_output_port_create(0x4242, "out")
    assert info.value.status == INVALID_CLIENT
    client = capi.midi_client_create("c")
    port = capi.midi_output_port_create(client, "out")
    with pytest.raises(MIDIError) as info:
        capi.midi_port_connect_source(port, IAC_DST)  # a destination is no source
    assert info.value.status == -10832
    with pytest.raises(MIDIError) as info:
        capi.midi_port_disconnect_source(port, IAC_SRC)
    assert info.value.status == -10833
    capi.midi_port_dispose(port)
    with pytest.raises(MIDIError) as info:
        capi.midi_port_dispose(port)
    assert info.value.status == INVALID_PORT
    with pytest.raises(TypeError, match="receiver must be callable"):
        capi.midi_input_port_create(client, "in", None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="conn_refcon"):
        capi.midi_port_connect_source(port, IAC_SRC, -1)
    capi.midi_client_dispose(client)


def test_receiver_exception_is_kept_and_reraised_at_dispose(midi) -> None:
    def bad(raw: bytes, ref: int) -> None:
        raise ValueError("consumer bug")

    client = capi.midi_client_create("c")
    port = capi.midi_input_port_create(client, "in", bad)
    capi.midi_port_connect_source(port, IAC_SRC)
    midi.deliver(IAC_SRC, [(0, b"\xfa")])
    assert midi.double.errors == []
    with pytest.raises(ValueError, match="consumer bug"):
        capi.midi_port_dispose(port)
    capi.midi_client_dispose(client)


def test_receivers_live_while_c_holds_them(midi) -> None:
    class Sink:
        def __init__(self) -> None:
            self.got: list[bytes] = []

        def __call__(self, raw: bytes, ref: int) -> None:
            self.got.append(raw)

        def note(self, notification: Any) -> None:
            self.got.append(b"")

    sink, notes = Sink(), Sink()
    sink_ref, note_ref = weakref.ref(sink), weakref.ref(notes)
    client = capi.midi_client_create("c", notes.note)
    port = capi.midi_input_port_create(client, "in", sink)
    capi.midi_port_connect_source(port, IAC_SRC)
    del sink
    gc.collect()
    midi.deliver(IAC_SRC, [(0, b"\xfc")])
    assert sink_ref() is not None and len(sink_ref().got) == 1  # type: ignore[union-attr]
    capi.midi_port_dispose(port)
    capi.midi_client_dispose(client)
    del notes
    gc.collect()
    assert sink_ref() is None and note_ref() is None


def test_open_close_many_times_under_gc(midi) -> None:
    for i in range(200):
        client = capi.midi_client_create(f"c{i}", lambda n: None)
        port = capi.midi_input_port_create(client, "in", lambda raw, ref: None)
        capi.midi_port_connect_source(port, IAC_SRC, i)
        midi.deliver(IAC_SRC, [(i, b"\xf8")])
        capi.midi_port_dispose(port)
        capi.midi_client_dispose(client)
        if i % 50 == 0:
            gc.collect()
    assert len(midi_io.RECEIVERS) == 0 and len(midi_io.CLIENTS) == 0


# ------------------------------------------------------------------ virtual endpoints and sending


def test_virtual_source_and_destination(midi) -> None:
    client = capi.midi_client_create("c")
    src = capi.midi_source_create(client, "coremusic out")
    ump_src = capi.midi_source_create_with_protocol(client, "coremusic UMP", 2)
    assert midi.objects[ump_src].props["protocol"] == 2
    capi.midi_received(src, [(0, b"\xf8"), (10, b"\xfa")])
    assert midi.received[-1] == (src, [(0, b"\xf8"), (10, b"\xfa")])
    note = capi.midi2_note_on(0, 0, 60, 0, 0, 0xFFFF)
    capi.midi_received_event_list(ump_src, [(5, note)])
    assert midi.received[-1] == (ump_src, (2, [(5, note)]))
    inbox: list[tuple[bytes, int]] = []
    dst = capi.midi_destination_create(client, "coremusic in", lambda raw, ref: inbox.append((raw, ref)))
    midi.deliver_to_destination(dst, [(1, b"\xb0\x07\x64")])
    assert [tuple(p) for p in capi.parse_packet_list_bytes(inbox[0][0])] == [(1, b"\xb0\x07\x64")]
    assert inbox[0][1] == 0
    for ref in (src, ump_src, dst):
        capi.midi_endpoint_dispose(ref)
    assert dst not in midi_io.RECEIVERS
    with pytest.raises(MIDIError) as info:
        capi.midi_endpoint_dispose(src)
    assert info.value.status == -10834
    with pytest.raises(MIDIError):
        capi.midi_received(src, [(0, b"\xf8")])
    with pytest.raises(MIDIError):
        capi.midi_received_event_list(src, [(0, (0x10F80000,))], protocol=1)
    with pytest.raises(MIDIError):
        capi.midi_source_create(0x4242, "x")
    with pytest.raises(MIDIError):
        capi.midi_source_create_with_protocol(0x4242, "x", 1)
    with pytest.raises(ValueError, match="protocol"):
        capi.midi_source_create_with_protocol(client, "x", 3)
    with pytest.raises(MIDIError):
        capi.midi_destination_create(0x4242, "x", lambda raw, ref: None)
    assert len(midi_io.RECEIVERS) == 0
    capi.midi_client_dispose(client)


def test_send_packets_and_event_lists(midi) -> None:
    client = capi.midi_client_create("c")
    port = capi.midi_output_port_create(client, "out")
    packets = [(0, b"\x90\x3c\x64"), (480, b"\x80\x3c\x00"), (960, b"\xf0\x7e\x7f\x06\x01\xf7")]
    capi.midi_send(port, PAD_DST, packets)
    assert midi.sent[-1] == (port, PAD_DST, packets)
    plist = capi.pack_packet_list(packets)
    capi.midi_send(port, IAC_DST, plist)  # a prepared list goes through as is
    assert midi.sent[-1][2] == packets
    words = capi.midi2_control_change(0, 1, 7, 0x80000000)
    capi.midi_send_event_list(port, PAD_DST, [(0, words), (10, (capi.midi1_up_note_on(0, 0, 60, 1),))])
    assert midi.sent_events[-1] == (port, PAD_DST, 2, [(0, words), (10, (0x20903C01,))])
    capi.midi_send_event_list(port, PAD_DST, capi.pack_event_list(1, [(0, (0x20903C01,))]))
    assert midi.sent_events[-1][2] == 1
    with pytest.raises(MIDIError) as info:
        capi.midi_send(port, PAD_SRC, packets)
    assert info.value.status == -10832 and info.value.operation == "MIDISend"
    with pytest.raises(MIDIError):
        capi.midi_send_event_list(0x4242, PAD_DST, [(0, words)])
    with pytest.raises(TypeError, match="MIDIPacketList"):
        capi.midi_send(port, PAD_DST, ffi.new("int *"))
    with pytest.raises(TypeError, match="MIDIEventList"):
        capi.midi_send_event_list(port, PAD_DST, ffi.new("int *"))
    with pytest.raises(ValueError, match="65535"):
        capi.midi_send(port, PAD_DST, [(0, bytes(70000))])
    capi.midi_flush_output(PAD_DST)
    capi.midi_flush_output()
    assert midi.flushed == [PAD_DST, 0]
    with pytest.raises(MIDIError):
        capi.midi_flush_output(0x4242)
    capi.midi_restart()
    assert midi.restarts == 1
    midi.double.returns("MIDIRestart", -10839)
    with pytest.raises(MIDIError):
        capi.midi_restart()
    capi.midi_client_dispose(client)


# ------------------------------------------------------------------ sysex


def test_sysex_request_lives_until_completion(midi) -> None:
    done: list[Any] = []
    message = b"\xf0" + bytes(range(0x70)) * 20 + b"\xf7"
    request = capi.midi_send_sysex(PAD_DST, bytearray(message), done.append)
    wref = weakref.ref(request)
    c_request = midi.sysex[0]
    assert bytes(ffi.buffer(c_request.data, c_request.bytesToSend)) == message
    assert request.remaining == len(message) and not request.finished and not request.complete
    assert "to 515" in repr(request)
    del request
    gc.collect()
    assert wref() is not None and capi.pending_sysex_requests() == (wref(),)
    # the data CoreMIDI reads is still intact after collection
    assert bytes(ffi.buffer(c_request.data, len(message))) == message
    assert midi.complete_sysex() == 1
    assert done == [wref()]
    finished = done[0]
    assert finished.finished and finished.complete and finished.remaining == 0
    assert capi.pending_sysex_requests() == ()
    done.clear()
    del finished
    gc.collect()
    assert wref() is None


def test_ump_sysex_requests_and_completion_errors(midi) -> None:
    words = capi.midi1_up_sys_ex_array(0, 0, b"\x7e\x7f\x09")
    a = capi.midi_send_ump_sysex(IAC_DST, words)
    assert a.kind == "ump" and list(midi.sysex[0].words[0:2]) == list(words)

    def fails(req: Any) -> None:
        raise KeyError("completion bug")

    b = capi.midi_send_ump_sysex8(IAC_DST, [0x50010000, 0, 0, 0], fails)
    b.cancel()
    assert b.complete
    assert midi.complete_sysex() == 2
    assert a.finished and b.finished and isinstance(b.exception, KeyError)
    assert midi.double.errors == []


def test_sysex_errors_release_the_request(midi) -> None:
    with pytest.raises(MIDIError) as info:
        capi.midi_send_sysex(PAD_SRC, b"\xf0\x01\xf7")
    assert info.value.status == -10832 and info.value.operation == "MIDISendSysex"
    with pytest.raises(MIDIError):
        capi.midi_send_ump_sysex(PAD_SRC, [0x30010100, 0])
    with pytest.raises(MIDIError):
        capi.midi_send_ump_sysex8(PAD_SRC, [0x50010000, 0, 0, 0])
    assert capi.pending_sysex_requests() == ()
    with pytest.raises(ValueError, match="0xF0"):
        capi.midi_send_sysex(PAD_DST, b"\x90\x3c\x64")
    with pytest.raises(TypeError):
        capi.midi_send_sysex(PAD_DST, "text")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="empty"):
        capi.midi_send_ump_sysex(PAD_DST, [])
    with pytest.raises(TypeError, match="completion must be callable"):
        capi.midi_send_sysex(PAD_DST, b"\xf0\xf7", 5)  # type: ignore[arg-type]
    assert midi.sysex == []


def test_every_ump_builder_reaches_coremidi_bit_exact(midi) -> None:
    """Messages from every MIDIMessages.h builder, sent as one event list, arrive word for word."""
    messages = [
        (capi.midi1_up_channel_voice_message(1, 0xB, 2, 7, 100),),
        (capi.midi1_up_note_off(0, 3, 60, 0),),
        (capi.midi1_up_control_change(0, 0, 64, 127),),
        (capi.midi1_up_pitch_bend(0, 0, 0, 64),),
        (capi.midi1_up_system_common(0, 0xF3, 5, 0),),
        capi.midi2_channel_voice_message(0, 0xD, 0, 0, 7),
        capi.midi2_note_off(0, 0, 60, 0, 0, 0),
        capi.midi2_poly_pressure(0, 0, 60, 1),
        capi.midi2_registered_pnc(0, 0, 60, 1, 2),
        capi.midi2_assignable_pnc(0, 0, 60, 1, 2),
        capi.midi2_per_note_managment(0, 0, 60, True, False),
        capi.midi2_registered_control(0, 0, 0, 6, 3),
        capi.midi2_assignable_control(0, 0, 1, 6, 3),
        capi.midi2_rel_registered_control(0, 0, 0, 6, 3),
        capi.midi2_rel_assignable_control(0, 0, 1, 6, 3),
        capi.midi2_program_change(0, 0, True, 5, 0, 1),
        capi.midi2_channel_pressure(0, 0, 9),
        capi.midi2_per_note_pitch_bend(0, 0, 60, 0x80000000),
    ]
    flat = tuple(w for m in messages for w in m)
    client = capi.midi_client_create("c")
    port = capi.midi_output_port_create(client, "out")
    capi.midi_send_event_list(port, PAD_DST, [(0, flat)])
    (_, _, protocol, [(stamp, got)]) = midi.sent_events[-1]
    assert (protocol, stamp) == (2, 0)
    assert got == flat and capi.split_ump_words(got) == messages
    assert [capi.midi_message_type_for_up_word(m[0]) for m in messages] == [2] * 4 + [1] + [4] * 13
    assert {capi.ump_word_count(m[0]) for m in messages[5:]} == {2}
    assert messages[0] == (0x21B20764,) and messages[10] == (0x40F03C02, 0)
    assert messages[15] == (0x40C00001, 0x05000001)
    capi.midi_client_dispose(client)


def test_timestamps_of_packets_coremidi_delivers(midi) -> None:
    """Host times above 32 bits survive the UInt32[2] timestamp declaration both ways."""
    stamp = 0x1_2345_6789_ABCD
    inbox: list[bytes] = []
    client = capi.midi_client_create("c")
    port = capi.midi_input_port_create(client, "in", lambda raw, ref: inbox.append(raw))
    capi.midi_port_connect_source(port, IAC_SRC)
    midi.deliver(IAC_SRC, [(stamp, b"\xf8")])
    rule = capi.packet_rule()
    plist = capi.pack_packet_list([(0, b"")], rule)
    capi.set_packet_timestamp(ffi.addressof(plist.packet[0]), stamp)
    assert capi.packet_timestamp(ffi.addressof(plist.packet[0])) == stamp
    assert capi.parse_packet_list_bytes(inbox[0], rule)[0].timestamp == stamp
    out = capi.midi_output_port_create(client, "out")
    capi.midi_send(out, IAC_DST, plist)
    assert midi.sent[-1][2] == [(stamp, b"")]
    capi.midi_client_dispose(client)


def test_read_proc_racing_a_dispose_finds_a_retired_state(midi) -> None:
    """CoreMIDI's receive thread may still call the read proc while the port is disposed."""
    got: list[bytes] = []
    client = capi.midi_client_create("c")
    port = capi.midi_input_port_create(client, "in", lambda raw, ref: got.append(raw))
    stale = midi.ports[port]
    capi.midi_port_dispose(port)
    gc.collect()
    storage = ffi.new("char[]", capi.packet_list_byte_size([(0, b"\xf8")]) + 272)
    late = ffi.cast("MIDIPacketList *", storage)
    late.numPackets = 0
    stale.proc(late, stale.refcon, ffi.NULL)  # no crash, and the user's callable is gone
    assert got == [] and midi.double.errors == []
    capi.midi_client_dispose(client)


def test_delivery_from_a_foreign_thread(midi) -> None:
    """The read proc runs on CoreMIDI's own thread: the trampoline must work from any thread."""
    import threading

    inbox: queue.SimpleQueue[bytes] = queue.SimpleQueue()
    client = capi.midi_client_create("c")
    port = capi.midi_input_port_create(client, "in", lambda raw, ref: inbox.put(raw))
    capi.midi_port_connect_source(port, IAC_SRC)
    threads = [threading.Thread(target=midi.deliver, args=(IAC_SRC, [(t, bytes([0x90, t, 1]))]))
               for t in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    notes = sorted(capi.parse_packet_list_bytes(inbox.get_nowait())[0].data[1] for _ in range(8))
    assert notes == list(range(8)) and inbox.empty()
    capi.midi_port_dispose(port)
    capi.midi_client_dispose(client)


def test_client_dispose_retires_the_receivers_of_its_ports_and_endpoints(midi) -> None:
    class Sink:
        def __call__(self, raw: bytes, ref: int) -> None:
            raise OSError("late consumer bug")

    sink = Sink()
    sink_ref = weakref.ref(sink)
    client = capi.midi_client_create("c")
    port = capi.midi_input_port_create(client, "in", sink)
    dst = capi.midi_destination_create(client, "virtual in", lambda raw, ref: None)
    capi.midi_port_connect_source(port, IAC_SRC)
    midi.deliver(IAC_SRC, [(0, b"\xf8")])
    del sink
    with pytest.raises(OSError, match="late consumer bug"):  # reported by the client's dispose
        capi.midi_client_dispose(client)
    assert port not in midi_io.RECEIVERS and dst not in midi_io.RECEIVERS and dst not in midi.objects
    gc.collect()
    assert sink_ref() is None
