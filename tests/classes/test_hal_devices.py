"""AudioDevice / AudioDeviceManager (macOS HAL classes) driven through the HAL double:
listing, properties, validation, lookup, defaults and HAL errors (marshalling, not Apple's HAL)."""

from __future__ import annotations

import contextlib
import os
import struct
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.audio.hal_devices import (
    AmbiguousDeviceError,
    AudioDevice,
    AudioDeviceManager,
    AudioStream,
    active_subscriptions,
    drain_events,
)
from coremusic.constants import AudioTransportType
from coremusic.exceptions import AudioDeviceError, PlatformNotSupportedError
from coremusic.structs import AudioValueRange
from tests.doubles.coreaudio import fourcc
from tests.doubles.coreaudio_devices import (
    AGGREGATE_DEV,
    BUILTIN_MIC,
    BUILTIN_OUT,
    USB,
    DeviceGraphModel,
    DeviceSpec,
)
from tests.doubles.corefoundation import CoreFoundationDouble
from tests.doubles.framework import FrameworkDouble

SCARLETT_UID = "AppleUSBAudioEngine:Focusrite:Scarlett 2i2:1"


@pytest.mark.skipif(sys.platform == "darwin", reason="CoreAudio exists on macOS")
@pytest.mark.parametrize("make", [
    lambda: AudioDevice(73),
    AudioDeviceManager,
    AudioDeviceManager.get_devices,
    AudioDeviceManager.get_default_output_device,
    lambda: AudioDeviceManager.on_devices_changed(print),
])
def test_off_macos_names_the_portable_alternative(make: Any) -> None:
    with pytest.raises(PlatformNotSupportedError) as info:
        make()
    assert info.value.alternative == "coremusic.audio.devices (JACK backend)"
    assert "coremusic.audio.devices (JACK backend)" in str(info.value)
    assert info.value.framework == "CoreAudio"


@pytest.fixture
def graph(framework_double: Any, cf: Any) -> Iterator[DeviceGraphModel]:
    model = DeviceGraphModel(framework_double("CoreAudio"), cf)
    yield model
    model.join()
    assert drain_events(5.0)
    leftover = active_subscriptions()
    for sub in leftover:
        sub.remove()
    assert not leftover, f"subscriptions not removed: {leftover}"


def test_lists_the_graph_live(graph: DeviceGraphModel) -> None:
    names = [d.name for d in AudioDeviceManager.get_devices()]
    assert names == ["MacBook Pro Speakers", "MacBook Pro Microphone", "Scarlett 2i2 USB",
                     "Speakers + Mic"]
    assert [d.device_id for d in AudioDeviceManager.get_input_devices()] == [BUILTIN_MIC, USB,
                                                                             AGGREGATE_DEV]
    assert [d.device_id for d in AudioDeviceManager.get_output_devices()] == [BUILTIN_OUT, USB,
                                                                              AGGREGATE_DEV]
    assert AudioDeviceManager.get_default_output_device() == AudioDevice(BUILTIN_OUT)
    assert AudioDeviceManager.get_default_input_device() == AudioDevice(BUILTIN_MIC)
    assert AudioDeviceManager.get_default_system_output_device() == AudioDevice(BUILTIN_OUT)
    graph.unplug(USB)  # the next query sees it: nothing is frozen
    graph.join()
    assert USB not in [d.device_id for d in AudioDeviceManager().get_devices()]
    graph.props[(1, fourcc("dIn "), fourcc("glob"), 0)].value = struct.pack("=I", 0)
    assert AudioDeviceManager.get_default_input_device() is None


def test_device_properties(graph: DeviceGraphModel) -> None:
    usb = AudioDevice(USB)
    assert (usb.name, usb.manufacturer, usb.uid, usb.model_uid) == (
        "Scarlett 2i2 USB", "Focusrite", SCARLETT_UID, "Scarlett 2i2:1235:8006")
    assert usb.transport_type is AudioTransportType.USB and usb.is_physical
    agg = AudioDevice(AGGREGATE_DEV)
    assert agg.transport_type is AudioTransportType.AGGREGATE and not agg.is_physical
    assert usb.sample_rate == 44100.0
    assert usb.available_sample_rates == [44100.0, 48000.0, 88200.0, 96000.0, 176400.0, 192000.0]
    assert agg.sample_rate_ranges == [AudioValueRange(44100.0, 48000.0)]
    assert (usb.buffer_frame_size, usb.buffer_size, usb.buffer_frame_size_range) == (256, 256, (16, 2048))
    assert (usb.channel_count("input"), usb.channel_count("output")) == (2, 2)
    assert (usb.input_channels, AudioDevice(BUILTIN_MIC).output_channels) == (2, 0)
    assert [type(s) for s in usb.streams] == [AudioStream, AudioStream]
    assert [(s.scope, s.channels) for s in usb.streams] == [("input", 2), ("output", 2)]
    assert usb.get_streams("output")[0].latency == 12
    assert usb.latency("output") == 30 + 20 + 12 and usb.latency("input") == 40 + 10 + 12
    assert usb.latency_seconds("output") == pytest.approx(62 / 44100.0)
    assert usb.is_alive and not usb.is_running
    assert AudioDevice(BUILTIN_OUT).is_default_output and not usb.is_default_input
    with pytest.raises(ValueError, match="scope"):
        usb.channel_count("both")  # type: ignore[arg-type]


def test_unknown_transport_value_stays_an_int(graph: DeviceGraphModel) -> None:
    graph.props[(USB, fourcc("tran"), fourcc("glob"), 0)].value = struct.pack("=I", 0x7A7A7A7A)
    assert AudioDevice(USB).transport_type == 0x7A7A7A7A


def test_sample_rate_is_validated_against_the_available_rates(graph: DeviceGraphModel) -> None:
    usb = AudioDevice(USB)
    usb.sample_rate = 96000
    assert graph.value(USB, "nsrt") == struct.pack("=d", 96000.0)
    writes = len(graph.props[(USB, fourcc("nsrt"), fourcc("glob"), 0)].writes)
    with pytest.raises(ValueError) as info:
        usb.sample_rate = 22050.0
    message = str(info.value)
    assert "22050" in message and "44100, 48000, 88200, 96000, 176400, 192000 Hz" in message
    assert len(graph.props[(USB, fourcc("nsrt"), fourcc("glob"), 0)].writes) == writes
    agg = AudioDevice(AGGREGATE_DEV)
    agg.sample_rate = 46000.0  # inside the continuous range
    with pytest.raises(ValueError, match="44100-48000 Hz"):
        agg.sample_rate = 96000.0
    for bad, exc in ((float("nan"), ValueError), (-1.0, ValueError), ("48k", TypeError),
                     (True, TypeError)):
        with pytest.raises(exc):
            usb.sample_rate = bad  # type: ignore[assignment]


def test_buffer_frame_size_is_validated(graph: DeviceGraphModel) -> None:
    usb = AudioDevice(USB)
    usb.buffer_frame_size = 64
    assert usb.buffer_frame_size == 64
    usb.buffer_size = 128
    assert graph.value(USB, "fsiz") == struct.pack("=I", 128)
    with pytest.raises(ValueError, match="16-2048"):
        usb.buffer_frame_size = 4096
    with pytest.raises(TypeError):
        usb.buffer_frame_size = 64.0  # type: ignore[assignment]


def test_volume_and_mute_per_scope_and_channel(graph: DeviceGraphModel) -> None:
    speakers, usb, mic = AudioDevice(BUILTIN_OUT), AudioDevice(USB), AudioDevice(BUILTIN_MIC)
    assert speakers.get_volume() == 0.5
    speakers.set_volume(0.25)
    assert graph.value(BUILTIN_OUT, "volm", "outp") == struct.pack("=f", 0.25)
    assert mic.get_volume("input") == 0.75
    assert usb.get_volume(channel=1) == pytest.approx(0.8)
    usb.set_volume(1.0, "output", 2)
    assert usb.get_volume("output", 2) == 1.0
    assert usb.control_channels("volm") == [1, 2] and not usb.has_volume()
    with pytest.raises(AudioDeviceError) as info:
        usb.get_volume()  # no main-element volume on this interface
    assert info.value.fourcc == "who?" and "[1, 2]" in str(info.value)
    assert "Scarlett 2i2 USB" in str(info.value)
    with pytest.raises(ValueError, match=r"between 0\.0 and 1\.0"):
        speakers.set_volume(1.5)
    with pytest.raises(ValueError, match="channel"):
        speakers.get_volume(channel=-1)
    assert usb.get_mute() is True and speakers.get_mute() is False
    speakers.set_mute(True)
    assert speakers.get_mute() is True
    with pytest.raises(TypeError, match="bool"):
        speakers.set_mute(1)  # type: ignore[arg-type]
    with pytest.raises(AudioDeviceError, match="no input mute"):
        mic.get_mute("input")


def test_hog_mode(graph: DeviceGraphModel) -> None:
    usb = AudioDevice(USB)
    assert usb.hog_mode_owner is None
    usb.release_hog_mode()  # nothing to release
    usb.acquire_hog_mode()
    assert usb.hog_mode_owner == os.getpid()
    usb.acquire_hog_mode()  # already ours: no second write
    assert len(graph.props[(USB, fourcc("oink"), fourcc("glob"), 0)].writes) == 1
    usb.release_hog_mode()
    assert usb.hog_mode_owner is None
    graph.props[(USB, fourcc("oink"), fourcc("glob"), 0)].value = struct.pack("=i", 4242)
    with pytest.raises(AudioDeviceError, match="process 4242"):
        usb.acquire_hog_mode()
    with pytest.raises(AudioDeviceError, match="not this one"):
        usb.release_hog_mode()


def test_hal_errors_name_the_device(graph: DeviceGraphModel) -> None:
    usb = AudioDevice(USB)
    graph.unplug(USB)
    graph.join()
    with pytest.raises(AudioDeviceError) as info:
        usb.sample_rate  # noqa: B018
    err = info.value
    assert err.fourcc == "!obj" and err.operation == "AudioObjectGetPropertyData"
    assert "Scarlett 2i2 USB" in str(err) and "sample rate" in str(err)
    assert "Scarlett 2i2 USB" in (err.obj or "")
    assert "unavailable" in repr(usb) and "'!obj'" not in repr(usb).split("unavailable")[0]
    with pytest.raises(AudioDeviceError) as gone:
        AudioDevice(USB)
    assert gone.value.fourcc == "!obj" and "audio device 101" in str(gone.value)
    del graph.props[(BUILTIN_OUT, fourcc("muid"), fourcc("glob"), 0)]
    with pytest.raises(AudioDeviceError) as unknown:
        AudioDevice(BUILTIN_OUT).model_uid  # noqa: B018
    assert unknown.value.fourcc == "who?" and "MacBook Pro Speakers" in str(unknown.value)
    graph.fail["AudioObjectSetPropertyData"] = fourcc("nope")
    with pytest.raises(AudioDeviceError) as refused:
        AudioDevice(BUILTIN_OUT).sample_rate = 44100.0
    assert refused.value.fourcc == "nope" and "setting the sample rate" in str(refused.value)
    with pytest.raises(ValueError):
        AudioDevice(0)
    with pytest.raises(TypeError):
        AudioDevice("73")  # type: ignore[arg-type]


def test_listing_skips_a_device_unplugged_meanwhile(graph: DeviceGraphModel) -> None:
    graph.objects.discard(USB)  # still listed in 'dev#', but gone
    assert USB not in [d.device_id for d in AudioDeviceManager.get_devices()]
    graph.fail["AudioObjectGetPropertyData"] = fourcc("stop")
    with pytest.raises(AudioDeviceError) as info:
        AudioDeviceManager.get_devices()
    assert info.value.fourcc == "stop" and "audio system" in str(info.value)


def test_lookup_by_name_uid_id_and_substring(graph: DeviceGraphModel) -> None:
    usb = AudioDeviceManager.find_device_by_name("Scarlett 2i2 USB")
    assert usb.device_id == USB
    assert AudioDeviceManager.find_device_by_uid(SCARLETT_UID) == usb
    assert AudioDeviceManager.find_device(name_contains="scarlett") == usb
    assert AudioDeviceManager.find_device(USB) == usb
    assert AudioDeviceManager.find_device(SCARLETT_UID) == usb
    assert AudioDeviceManager.find_device(usb) is usb
    for device in AudioDeviceManager.get_devices():  # str() round-trips through lookup
        assert AudioDeviceManager.find_device(str(device)) == device
        assert AudioDeviceManager.find_device_by_name(str(device)) == device
    assert AudioDeviceManager.find_device(name_contains="MacBook", scope="input").device_id == BUILTIN_MIC
    with pytest.raises(AmbiguousDeviceError) as amb:
        AudioDeviceManager.find_device(name_contains="MacBook")
    assert "BuiltInSpeakerDevice" in str(amb.value) and "BuiltInMicrophoneDevice" in str(amb.value)
    with pytest.raises(AudioDeviceError, match="available: 'MacBook Pro Speakers'"):
        AudioDeviceManager.find_device_by_name("Scarlett")  # exact names only
    with pytest.raises(AudioDeviceError, match="no audio device has the UID"):
        AudioDeviceManager.find_device_by_uid("nope")
    with pytest.raises(AudioDeviceError, match="id 5"):
        AudioDeviceManager.find_device(5)
    with pytest.raises(TypeError):
        AudioDeviceManager.find_device()
    with pytest.raises(TypeError):
        AudioDeviceManager.find_device(1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        AudioDeviceManager.find_device_by_name(73)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="scope"):
        AudioDeviceManager.find_device(USB, scope="midi")  # type: ignore[arg-type]


def test_ambiguous_names_list_the_candidates_with_uids(graph: DeviceGraphModel) -> None:
    twin = DeviceSpec(111, "Scarlett 2i2 USB", "AppleUSBAudioEngine:Focusrite:Scarlett 2i2:2",
                      manufacturer="Focusrite", transport="usb ", inputs=(2,))
    graph.plug(twin)
    graph.join()
    with pytest.raises(AmbiguousDeviceError) as info:
        AudioDeviceManager.find_device_by_name("Scarlett 2i2 USB")
    message = str(info.value)
    assert SCARLETT_UID in message and "Scarlett 2i2:2" in message
    assert [d.device_id for d in info.value.candidates] == [USB, 111]
    assert isinstance(info.value, LookupError)
    assert AudioDeviceManager.find_device_by_uid("AppleUSBAudioEngine:Focusrite:Scarlett 2i2:2").device_id == 111


def test_set_default_devices(graph: DeviceGraphModel) -> None:
    AudioDeviceManager.set_default_output_device(AudioDevice(USB))
    assert graph.value(1, "dOut") == struct.pack("=I", USB)
    assert AudioDeviceManager.get_default_output_device() == AudioDevice(USB)
    AudioDeviceManager.set_default_input_device(SCARLETT_UID)
    assert graph.value(1, "dIn ") == struct.pack("=I", USB)
    AudioDeviceManager.set_default_system_output_device("Speakers + Mic")
    assert graph.value(1, "sOut") == struct.pack("=I", AGGREGATE_DEV)
    with pytest.raises(ValueError, match="no output channels"):
        AudioDeviceManager.set_default_output_device(BUILTIN_MIC)
    graph.fail["AudioObjectSetPropertyData"] = fourcc("nope")
    with pytest.raises(AudioDeviceError) as info:
        AudioDeviceManager.set_default_output_device(BUILTIN_OUT)
    assert info.value.fourcc == "nope" and "MacBook Pro Speakers" in str(info.value)


def test_str_and_repr(graph: DeviceGraphModel) -> None:
    usb = AudioDevice(USB)
    assert str(usb) == "Scarlett 2i2 USB"
    text = repr(usb)
    assert text.startswith("<AudioDevice 101 'Scarlett 2i2 USB'")
    assert SCARLETT_UID in text and "usb" in text and "2 in / 2 out" in text and "44100 Hz" in text
    assert "AudioDeviceManager" in repr(AudioDeviceManager())
    assert usb == AudioDevice(USB) and hash(usb) == hash(AudioDevice(USB))
    assert usb != AudioDevice(BUILTIN_OUT) and usb != "Scarlett 2i2 USB"


_names = st.sampled_from(["Out", "In", "Duo", "USB Audio"])
_rates = st.lists(st.sampled_from([22050.0, 44100.0, 48000.0, 96000.0]), min_size=1, max_size=3,
                  unique=True)


@contextlib.contextmanager
def _hal(specs: list[DeviceSpec]) -> Iterator[DeviceGraphModel]:
    cf = CoreFoundationDouble()
    with cf.installed(), FrameworkDouble("CoreAudio").installed() as double:
        model = DeviceGraphModel(double, cf, specs)
        yield model
        model.join()
    assert not cf.leaks()


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(_names, _rates), min_size=1, max_size=5))
def test_lookup_and_rate_validation_invariants(devices: list[tuple[str, list[float]]]) -> None:
    specs = [DeviceSpec(200 + i, name, f"uid-{i}", rates=[(r, r) for r in rates], rate=rates[0],
                        outputs=(2,))
             for i, (name, rates) in enumerate(devices)]
    with _hal(specs):
        for spec in specs:
            device = AudioDeviceManager.find_device_by_uid(spec.uid)
            assert device.device_id == spec.device_id  # the UID always round-trips
            twins = [s.uid for s in specs if s.name == spec.name]
            if len(twins) == 1:
                assert AudioDeviceManager.find_device(str(device)) == device
            else:
                with pytest.raises(AmbiguousDeviceError) as info:
                    AudioDeviceManager.find_device_by_name(str(device))
                assert all(uid in str(info.value) for uid in twins)
            for rate in (22050.0, 44100.0, 48000.0, 96000.0):
                if any(lo == rate for lo, _ in spec.rates):
                    device.sample_rate = rate
                    assert device.sample_rate == rate
                else:
                    with pytest.raises(ValueError, match="supported"):
                        device.sample_rate = rate
