"""Devices from JACK ports, and the client layer: time, transport, notifications."""

from __future__ import annotations

import threading

import pytest

from coremusic.audio.devices import (
    AmbiguousDeviceError,
    AudioDevice,
    AudioDeviceManager,
    select_device,
)
from coremusic.backends.jack import JackClient, JackError, PortFlags, decode_status
from coremusic.exceptions import AudioDeviceError
from tests.jack.conftest import PERIOD, SAMPLE_RATE, wait_until

pytestmark = pytest.mark.jack


def test_system_ports_form_the_default_device(jack_server: str) -> None:
    devices = AudioDeviceManager.get_devices()
    system = AudioDeviceManager.find_device_by_name("system")
    assert [d.name for d in devices] == ["system"]
    assert system.uid == f"jack:{jack_server}:system"
    assert system.input_ports == ("system:capture_1", "system:capture_2")
    assert system.output_ports == ("system:playback_1", "system:playback_2")
    assert system.channel_count("output") == 2 and system.input_channels == 2
    assert system.sample_rate == SAMPLE_RATE and system.buffer_size == PERIOD
    assert AudioDeviceManager.get_default_output_device() == system
    assert AudioDeviceManager.get_default_input_device() == system
    assert AudioDeviceManager.get_input_devices() == [system]
    assert AudioDeviceManager.get_output_devices() == [system]
    assert AudioDeviceManager.find_device_by_uid(system.uid) == system
    with pytest.raises(AudioDeviceError, match="no audio device with uid"):
        AudioDeviceManager.find_device_by_uid("jack:nowhere:x")


def test_software_clients_and_ambiguous_names(jack_server: str) -> None:
    clients = [JackClient(name, use_exact_name=True) for name in ("synth one", "synth two")]
    try:
        for c in clients:
            c.register_port("out_1", "audio", "output")
            c.activate()
        devices = AudioDeviceManager.get_devices(include_software=True)
        assert {"synth one", "synth two"} <= {d.name for d in devices}
        with pytest.raises(AmbiguousDeviceError, match=r"synth one.*synth two") as info:
            AudioDeviceManager.find_device_by_name("synth", include_software=True)
        assert f"jack:{jack_server}:synth one" in str(info.value)
        one = AudioDeviceManager.find_device_by_name("SYNTH ONE", include_software=True)
        assert one.input_ports == ("synth one:out_1",) and not one.is_physical
    finally:
        for c in clients:
            c.close()


def test_select_device_prefers_exact_names() -> None:
    devs = [AudioDevice("Analog", "u1"), AudioDevice("Alt Analog", "u2")]
    assert select_device(devs, "Analog").uid == "u1"
    assert select_device(devs, "alt").uid == "u2"
    with pytest.raises(AmbiguousDeviceError, match=r"u1.*u2"):
        select_device(devs, "nalo")
    with pytest.raises(AudioDeviceError, match="available"):
        select_device(devs, "Digital")


def test_client_facts_time_and_transport(jack_server: str) -> None:
    with JackClient("facts") as client:
        assert client.sample_rate == SAMPLE_RATE and client.buffer_size == PERIOD
        assert client.name == "facts" and not client.realtime
        port = client.register_port("in_1", "midi", "input")
        assert port.is_midi and port.is_input and port.is_mine
        assert port.flags & PortFlags.IS_INPUT
        client.activate()
        cycles = client.cycle_times()
        assert cycles.period_usecs > 0 and cycles.next_usecs > cycles.current_usecs
        f1 = client.frame_time()
        wait_until(lambda: client.frame_time() - f1 >= 2 * PERIOD, what="frames advancing")
        assert client.last_frame_time() % PERIOD == 0
        # a starved (non-realtime) server can be late by several periods: only rule out garbage
        assert 0 <= client.frames_since_cycle_start() < 10 * SAMPLE_RATE
        # frames -> time -> frames within one cycle (JACK's estimate moves at
        # cycle boundaries, so retry when one came between the calls)
        for _ in range(100):
            last = client.last_frame_time()
            back = client.time_to_frames(client.frames_to_time(last))
            if client.last_frame_time() == last:
                break
        assert abs(back - last) <= 1
        position = client.transport_query()
        assert position.state == "stopped" and position.frame_rate == SAMPLE_RATE
        client.transport_locate(48000)
        wait_until(lambda: client.transport_query().frame == 48000, what="transport moved")
        capture = client.port_by_name("system:capture_1")
        assert capture.is_physical and capture.is_output and capture.is_audio
        assert capture.latency_range("capture")[1] >= PERIOD
        assert client.get_ports("system:playback_.*") == ["system:playback_1", "system:playback_2"]
        assert 0.0 <= client.cpu_load <= 100.0
        port.unregister()
        assert "unregistered" in repr(port)
        with pytest.raises(JackError, match="no JACK port named"):
            client.port_by_name("nobody:nothing")
        with pytest.raises(JackError, match="could not connect"):
            client.connect("system:capture_1", "system:capture_2")
    assert client.closed and "closed" in repr(client)
    with pytest.raises(JackError, match="closed"):
        _ = client.sample_rate


def test_notifications_arrive(jack_server: str) -> None:
    registered = threading.Event()
    connected = threading.Event()
    with JackClient("watcher") as watcher, JackClient("other") as other:
        watcher.add_listener("port_registration",
                             lambda name, on: registered.set() if name == "other:p" and on else None)
        watcher.add_listener("port_connect",
                             lambda a, b, on: connected.set() if (a, b) == ("other:p", "watcher:sink") else None)
        sink = watcher.register_port("sink", "audio", "input")
        watcher.activate()
        other.register_port("p", "audio", "output")
        other.activate()
        assert registered.wait(5)
        other.connect("other:p", sink.name)
        assert connected.wait(5)
        wait_until(lambda: sink.connections == ["other:p"], what="connection visible")
        with pytest.raises(ValueError, match="unknown JACK notification"):
            watcher.add_listener("nonsense", print)  # type: ignore[arg-type]
    assert watcher.notification_errors == []


def test_status_decoding() -> None:
    assert [n for n, _ in decode_status(0x31)] == ["JackFailure", "JackServerFailed",
                                                   "JackServerError"]


def test_backend_selection(monkeypatch: pytest.MonkeyPatch) -> None:
    from coremusic.backends import audio_backend, available_backends, backend_name

    assert "jack" in available_backends()
    monkeypatch.setenv("COREMUSIC_AUDIO_BACKEND", "jack")
    assert backend_name() == "jack"
    assert audio_backend().__name__ == "coremusic.backends.jack"
    monkeypatch.setenv("COREMUSIC_AUDIO_BACKEND", "nonsense")
    with pytest.raises(ValueError, match="not a coremusic backend"):
        backend_name()
    with pytest.raises(ValueError, match="unknown audio backend"):
        audio_backend("nonsense")
