"""CoreMIDI object layer: platform check, devices/entities/endpoints and their properties,
lookups, thru connections -- driven through the CoreMIDI double (marshalling, not Apple's
behaviour)."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from coremusic.exceptions import MIDIError, PlatformNotSupportedError
from coremusic.midi import coremidi as cm
from coremusic.midi.coremidi import _common
from tests.doubles.coremidi import (
    IAC,
    IAC_BUS,
    IAC_DST,
    IAC_SRC,
    PAD,
    PAD_DST,
    PAD_ENT,
    PAD_SRC,
    SYNTH,
)
from tests.doubles.coremidi_model import DUP_SRC, MIDIModel


@pytest.fixture
def midi(framework_double: Any, cf: Any) -> MIDIModel:
    _common._ticks_per_second.cache_clear()
    model = MIDIModel(framework_double, cf)
    yield model
    _common._ticks_per_second.cache_clear()


# ------------------------------------------------------------------ platform


@pytest.mark.skipif(sys.platform == "darwin", reason="CoreMIDI exists on macOS")
@pytest.mark.parametrize("make", [
    lambda: cm.MIDIClient("x"), lambda: cm.VirtualSource("x"), lambda: cm.VirtualDestination("x"),
    lambda: cm.ThruConnection([1], [2]), cm.sources, cm.destinations, cm.devices, cm.external_devices,
    lambda: cm.find_object(1),
])
def test_construction_off_macos_names_the_jack_alternative(make: Any) -> None:
    with pytest.raises(PlatformNotSupportedError) as info:
        make()
    assert info.value.framework == "CoreMIDI"
    assert info.value.alternative == "the JACK backend's MIDI ports (coremusic.backends.jack)"
    assert "coremusic.backends.jack" in str(info.value)


# ------------------------------------------------------------------ listings and properties


def test_devices_entities_and_endpoints(midi: MIDIModel) -> None:
    devs = cm.devices()
    assert [d.ref for d in devs] == [IAC, PAD]
    pad = devs[1]
    assert isinstance(pad, cm.MIDIDevice)
    assert (pad.name, pad.manufacturer, pad.model, pad.unique_id) == ("Launchpad X", "Focusrite", "LPX", 200)
    assert pad.driver_owned and pad.driver_owner == "com.novation.driver" and pad.driver_version == 3
    assert [e.ref for e in pad.entities] == [PAD_ENT]
    ent = pad.entities[0]
    assert ent.embedded and ent.device == pad
    assert [s.ref for s in ent.sources] == [PAD_SRC, DUP_SRC]
    assert PAD_DST in [d.ref for d in pad.destinations]
    src = cm.MIDISource(PAD_SRC)
    assert src.entity == ent and src.device == pad and not src.virtual
    assert src.offline and src.max_sysex_speed == 3125 and src.transmit_channels == 0xFFFF
    assert cm.MIDIDestination(PAD_DST).receive_channels == 1
    assert cm.MIDIDestination(PAD_DST).device_id == 16
    iac = devs[0]
    assert not iac.driver_owned and iac.model is None and not iac.offline and not iac.private
    assert iac.entities[0].ref == IAC_BUS and not iac.entities[0].embedded
    assert [s.ref for s in iac.sources] == [IAC_SRC]
    assert [s.ref for s in cm.sources()] == [IAC_SRC, PAD_SRC, DUP_SRC]
    assert IAC_DST in [d.ref for d in cm.destinations()]
    assert cm.MIDISource(IAC_SRC).display_name == "IAC Driver Bus 1"
    assert cm.MIDIDestination(IAC_DST).display_name == "Bus 1"  # falls back to the name
    assert [d.name for d in cm.external_devices()] == ["JV-1080"]
    assert cm.external_devices()[0].ref == SYNTH
    assert cm.MIDISource(PAD_SRC).protocol is None


def test_objects_are_hashable_views_with_informative_repr(midi: MIDIModel) -> None:
    a, b = cm.MIDISource(PAD_SRC), cm.sources()[1]
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != cm.MIDISource(IAC_SRC)
    assert "LPX MIDI Out" in repr(a) and "0x202" in repr(a)
    with pytest.raises(ValueError, match="non-zero"):
        cm.MIDISource(0)
    with pytest.raises(TypeError):
        cm.MIDISource("1")  # type: ignore[arg-type]


def test_set_remove_and_list_properties(midi: MIDIModel) -> None:
    src = cm.MIDISource(IAC_SRC)
    src.set_property("com.example.colour", "red")
    src.set_property("com.example.level", 7)
    src.set_property("com.example.blob", b"\x01\x02")
    src.set_property("com.example.map", {"a": 1})
    assert midi.objects[IAC_SRC].props["com.example.colour"] == "red"
    assert src.get_int("com.example.level") == 7
    assert src.properties()["com.example.blob"] == b"\x01\x02"
    assert src.properties()["com.example.map"] == {"a": 1}
    src.remove_property("com.example.colour")
    assert src.get_str("com.example.colour") is None
    assert src.get_str("com.example.level") is None  # wrong type reads as absent
    with pytest.raises(TypeError, match="int, str, bytes or dict"):
        src.set_property("x", 1.5)  # type: ignore[arg-type]
    src.unique_id = 4242
    assert midi.objects[IAC_SRC].props["uniqueID"] == 4242
    with pytest.raises(ValueError, match="SInt32"):
        src.unique_id = 2**31
    with pytest.raises(MIDIError) as info:
        _ = cm.MIDISource(0xDEAD).name
    assert info.value.status == -10842


def test_lookup_by_unique_id_and_exact_name(midi: MIDIModel) -> None:
    assert cm.find_source(202).ref == PAD_SRC
    assert cm.find_source("LPX MIDI Out").ref == PAD_SRC
    assert cm.find_source("IAC Driver Bus 1").ref == IAC_SRC  # display name
    assert cm.find_destination("LPX MIDI In").ref == PAD_DST
    assert cm.find_destination(103).ref == IAC_DST
    assert cm.find_device("Launchpad X").ref == PAD
    assert isinstance(cm.find_object(300), cm.MIDIExternalDevice)
    assert isinstance(cm.find_object(101), cm.MIDIEntity)
    with pytest.raises(LookupError, match="ambiguous") as info:
        cm.find_source("Bus 1")
    assert "unique ID 102" in str(info.value) and "unique ID 204" in str(info.value)
    midi.hide_duplicate()
    assert cm.find_source("Bus 1").ref == IAC_SRC
    with pytest.raises(LookupError, match="no source named 'Nope'") as info:
        cm.find_source("Nope")
    assert "'LPX MIDI Out'" in str(info.value)
    with pytest.raises(LookupError, match="names a MIDIDestination, not a source"):
        cm.find_source(203)
    with pytest.raises(LookupError, match="no CoreMIDI object has unique ID 999"):
        cm.find_source(999)
    with pytest.raises(TypeError, match="unique ID"):
        cm.find_source(2.0)  # type: ignore[arg-type]


# ------------------------------------------------------------------ thru connections


def test_thru_connection_create_read_update_delete(midi: MIDIModel) -> None:
    with cm.ThruConnection([cm.MIDISource(PAD_SRC)], [cm.MIDIDestination(IAC_DST), PAD_DST],
                           channel_map={0: 9, 1: None}, transpose=12, filter_out={"sysex", "clock"},
                           note_range=(36, 96)) as conn:
        assert conn.ref in midi.thru and midi.thru[conn.ref][0] is None
        assert not conn.persistent
        assert [s.ref for s in conn.sources] == [PAD_SRC]
        assert [d.ref for d in conn.destinations] == [IAC_DST, PAD_DST]
        cmap = conn.channel_map
        assert cmap[0] == 9 and cmap[1] is None and cmap[2] == 2
        assert conn.transpose == 12 and conn.filters == {"sysex", "clock"}
        conn.update(transpose=-5, channel_map={0: 0})
        assert conn.transpose == -5 and conn.channel_map[0] == 0 and conn.channel_map[1] is None
        assert conn.filters == {"sysex", "clock"}
        ref = conn.ref
        assert "transient" in repr(conn)
    assert ref not in midi.thru and conn.deleted
    conn.close()  # idempotent
    with pytest.raises(ValueError, match="deleted"):
        _ = conn.ref


def test_persistent_thru_connections_survive_close_and_are_found(midi: MIDIModel) -> None:
    conn = cm.ThruConnection([PAD_SRC], [IAC_DST], owner_id="com.example.app")
    ref = conn.ref
    assert midi.thru[ref][0] == "com.example.app" and conn.persistent
    conn.close()
    assert ref in midi.thru  # persistent: left in place
    cm.ThruConnection([IAC_SRC], [PAD_DST], owner_id="com.example.app")
    found = cm.thru_connections("com.example.app")
    assert len(found) == 2 and ref in [c.ref for c in found]
    assert "persistent 'com.example.app'" in repr(found[0])
    assert cm.delete_thru_connections("com.example.app") == 2
    assert midi.thru == {}


def test_thru_connection_bad_arguments(midi: MIDIModel) -> None:
    with pytest.raises(ValueError, match=r"1\.\.8 sources"):
        cm.ThruConnection([], [IAC_DST])
    with pytest.raises(ValueError, match="channel_map keys"):
        cm.ThruConnection([PAD_SRC], [IAC_DST], channel_map={16: 0})
    with pytest.raises(ValueError, match="unknown thru filter"):
        cm.ThruConnection([PAD_SRC], [IAC_DST], filter_out=["notes"])
    with pytest.raises(ValueError, match="transpose"):
        cm.ThruConnection([PAD_SRC], [IAC_DST], transpose=200)
    with pytest.raises(ValueError, match="owner_id"):
        cm.ThruConnection([PAD_SRC], [IAC_DST], owner_id="")
    midi.double.returns("MIDIThruConnectionCreate", -10845)
    with pytest.raises(MIDIError) as info:
        cm.ThruConnection([PAD_SRC], [IAC_DST])
    assert info.value.status == -10845
    assert midi.thru == {}
