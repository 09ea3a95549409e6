"""The portable streams on the macOS backend (AUHAL output unit), driven through
the cffi-typed AudioToolbox and CoreAudio doubles (tests/doubles/auhal.py).

The double calls the backend's real C trampolines the way CoreAudio's I/O
thread would (input callback, then render callback), so these tests prove the
marshalling, buffer handling, engine wiring, statistics and error mapping;
they do not prove Apple's AUHAL behaviour (statically verified only).
"""

from __future__ import annotations

import gc
import struct
import sys
import time
import weakref
from collections.abc import Callable

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coremusic._ffi import ffi
from coremusic.audio.hal_device import AudioDevice as HALDevice
from coremusic.audio.streams import AudioInputStream, AudioOutputStream, AudioProcessor
from coremusic.backends import audio_backend, backend_name
from coremusic.backends.coreaudio import AUHALStreamBackend
from coremusic.exceptions import AudioDeviceError, PlatformNotSupportedError
from coremusic.realtime import CallbackStop
from tests.doubles.audiounit import FORMAT_NOT_SUPPORTED, INPUT, OUTPUT, AUModel
from tests.doubles.auhal import HAL_COMPONENT, HALOutputModel, recorded_sample
from tests.doubles.coreaudio_devices import BUILTIN_MIC, BUILTIN_OUT, USB, DeviceGraphModel

SPEAKER_RATE, SPEAKER_FRAMES = 48000.0, 512
USB_RATE, USB_FRAMES = 44100.0, 256


@pytest.fixture
def rig(framework_double, cf) -> HALOutputModel:
    hal = DeviceGraphModel(framework_double("CoreAudio"), cf)
    au = AUModel(framework_double("AudioToolbox"), cf)
    return HALOutputModel(au, hal)


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.002)


def unit_of(stream: object) -> int:
    return stream._backend.unit  # type: ignore[attr-defined]


def asbd(raw: bytes) -> tuple[float, int, int, int]:
    rate, _fmt, flags = struct.unpack_from("=dII", raw, 0)
    channels, bits = struct.unpack_from("=II", raw, 28)
    return rate, flags, channels, bits


# ---------------------------------------------------------------- platform


@pytest.mark.skipif(sys.platform == "darwin", reason="AudioToolbox exists on macOS")
def test_linux_streams_keep_jack_and_coreaudio_refuses_without_the_framework(monkeypatch) -> None:
    monkeypatch.delenv("COREMUSIC_AUDIO_BACKEND", raising=False)
    assert backend_name() == "jack"
    with pytest.raises(PlatformNotSupportedError) as info:
        audio_backend("coreaudio").open_stream_backend("x", 0, 2)
    assert "AudioToolbox" in str(info.value)


def test_darwin_selects_coreaudio_unless_the_env_var_says_otherwise(monkeypatch) -> None:
    import coremusic.backends as backends

    monkeypatch.delenv("COREMUSIC_AUDIO_BACKEND", raising=False)
    monkeypatch.setattr(backends.sys, "platform", "darwin")
    assert backend_name() == "coreaudio"
    assert audio_backend().open_stream_backend.__module__ == "coremusic.backends.coreaudio"
    monkeypatch.setenv("COREMUSIC_AUDIO_BACKEND", "jack")
    assert backend_name() == "jack"


def test_env_var_selects_the_coreaudio_backend(rig, monkeypatch) -> None:
    monkeypatch.setenv("COREMUSIC_AUDIO_BACKEND", "coreaudio")
    with AudioOutputStream(2) as out:
        assert isinstance(out._backend, AUHALStreamBackend)
        assert out.sample_rate == int(SPEAKER_RATE)


# ---------------------------------------------------------------- output


def test_output_unit_is_configured_for_the_default_device(rig) -> None:
    out = AudioOutputStream(2, backend="coreaudio")
    try:
        unit = unit_of(out)
        inst, st = rig.instance(unit), rig.state(unit)
        assert inst.component == HAL_COMPONENT
        assert st.device == BUILTIN_OUT  # the default output device
        assert st.output_enabled and not st.input_enabled
        rate, flags, channels, bits = asbd(inst.formats[(INPUT, 0)])
        assert (rate, channels, bits) == (SPEAKER_RATE, 2, 32)
        assert flags & 0x1 and flags & 0x20  # float, non-interleaved
        assert inst.initialized and not inst.running
        assert out.period == SPEAKER_FRAMES and out.sample_rate == 48000
        assert out.output_ports == ["MacBook Pro Speakers:out_1", "MacBook Pro Speakers:out_2"]
        assert "AUHALStreamBackend" in repr(out._backend) and "stopped" in repr(out._backend)
    finally:
        out.close()
    assert unit not in rig.au.instances and out._backend._trampolines == []


def test_ring_output_is_played_by_the_render_callback(rig) -> None:
    data = (np.arange(4 * SPEAKER_FRAMES * 2, dtype=np.float32).reshape(-1, 2) / 8192.0)
    with AudioOutputStream(2, backend="coreaudio") as out:
        unit = unit_of(out)
        assert rig.instance(unit).running
        out.write(data)
        blocks = [rig.cycle(unit, SPEAKER_FRAMES) for _ in range(4)]
        played = np.concatenate([np.array(b, np.float32).T for b in blocks])
        np.testing.assert_array_equal(played, data)
        stats = out.stats
        assert stats.callbacks == 4 and stats.frames == 4 * SPEAKER_FRAMES
        assert stats.underruns == 0 and stats.callback_max_us > 0
        assert out.first_frame_time == 0
        # running dry while primed is an underrun, and the buffers get silence
        silent = rig.cycle(unit, SPEAKER_FRAMES)
        assert silent is not None and set(silent[0]) == {0.0}
        assert out.underruns == 1 and out.stats.underruns == 1
        assert out.cpu_load > 0.0
        out.stop()
        assert not rig.instance(unit).running


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.integers(1, 700), min_size=1, max_size=6), st.integers(1, 2))
def test_ring_output_survives_any_cycle_sizes(rig, cycles, channels) -> None:
    total = sum(cycles)
    data = np.random.default_rng(total).uniform(-1, 1, (total, channels)).astype(np.float32)
    with AudioOutputStream(channels, backend="coreaudio", device="Scarlett 2i2 USB") as out:
        unit = unit_of(out)
        out.write(data)
        blocks = [rig.cycle(unit, n) for n in cycles]
        played = np.concatenate([np.array(b, np.float32).T for b in blocks])
        np.testing.assert_array_equal(played, data)
        assert out.stats.callbacks == len(cycles) and out.stats.frames == total
        assert out.underruns == 0


def test_callback_output_gets_numpy_views_and_errors_give_silence(rig) -> None:
    calls = []

    def fill(outdata, frames, time_info, status):
        calls.append((frames, time_info.frame))
        if len(calls) == 2:
            raise ValueError("boom")
        outdata[:] = 0.25

    with AudioOutputStream(2, backend="coreaudio", callback=fill) as out:
        unit = unit_of(out)
        first = rig.cycle(unit, SPEAKER_FRAMES)
        second = rig.cycle(unit, SPEAKER_FRAMES)
        assert first is not None and set(first[1]) == {0.25}
        assert second is not None and set(second[0]) == {0.0}  # silenced by onerror
        assert calls == [(SPEAKER_FRAMES, 0), (SPEAKER_FRAMES, SPEAKER_FRAMES)]
        assert out.stats.errors == 1 and isinstance(out.callback_errors[0], ValueError)
        assert out.active  # an ordinary exception does not stop the stream
        assert rig.state(unit).io_statuses == [0, 0]


def test_callback_stop_plays_the_block_and_finishes(rig) -> None:
    def once(outdata, frames, time_info, status):
        outdata[:] = 0.5
        raise CallbackStop

    with AudioOutputStream(1, backend="coreaudio", callback=once) as out:
        unit = unit_of(out)
        block = rig.cycle(unit, 64)
        assert block is not None and set(block[0]) == {0.5}
        assert out.wait(0) and not out.active
        after = rig.cycle(unit, 64)
        assert after is not None and set(after[0]) == {0.0}
        assert out.stats.callbacks == 2


def test_variable_cycle_sizes_reconfigure_the_engine(rig) -> None:
    with AudioOutputStream(1, backend="coreaudio", callback=lambda o, f, t, s: o.fill(f)) as out:
        unit = unit_of(out)
        assert set(rig.cycle(unit, 100)[0]) == {100.0}  # type: ignore[index]
        assert set(rig.cycle(unit, 37)[0]) == {37.0}  # type: ignore[index]
        assert out.stats.frames == 137


def test_drain_with_the_io_thread(rig) -> None:
    tone = np.full((3000, 2), 0.125, np.float32)
    with AudioOutputStream(2, backend="coreaudio") as out:
        unit = unit_of(out)
        rig.run_io(unit, 256)
        out.write(tone)
        assert out.drain(timeout=10.0)
        assert out.buffered_frames == 0 and out.underruns == 0
        wait_until(lambda: rig.played_frames(unit) >= 3000, what="the tone played")
        out.stop()
        assert rig.state(unit).io_thread is None  # AudioOutputUnitStop ended the I/O thread
        played = np.concatenate([np.array(b, np.float32).T for b in rig.state(unit).played])
    start = int(np.argmax(played[:, 0] != 0.0))
    np.testing.assert_array_equal(played[start:start + 3000], tone)


def test_latency_adds_device_buffer_and_unit_latency(rig) -> None:
    with AudioOutputStream(2, backend="coreaudio") as out:
        rig.instance(unit_of(out)).props[(12, 0, 0)] = struct.pack("=d", 0.001)
        device = HALDevice(BUILTIN_OUT)
        expected = device.latency("output") + SPEAKER_FRAMES + 48
        assert out.latency_frames == expected
        assert out.latency == pytest.approx(expected / 48000)


def test_raw_c_render_callback(rig) -> None:
    def c_render(refcon, flags, stamp, bus, frames, data):
        buf = ffi.cast("AudioBuffer *", ffi.addressof(data.mBuffers[0]))
        for ch in range(int(data.mNumberBuffers)):
            samples = ffi.cast("float *", buf[ch].mData)
            for i in range(frames):
                samples[i] = 0.75
        return 0

    fn = ffi.callback("AURenderCallback", c_render)
    with AudioOutputStream(2, backend="coreaudio", callback=fn) as out:
        block = rig.cycle(unit_of(out), 32)
        assert block is not None and set(block[0]) == {0.75} and set(block[1]) == {0.75}


# ---------------------------------------------------------------- input and duplex


def test_input_stream_renders_element_one_into_preallocated_buffers(rig) -> None:
    with AudioInputStream(2, backend="coreaudio", device="Scarlett 2i2 USB") as mic:
        unit = unit_of(mic)
        st = rig.state(unit)
        assert st.device == USB and st.input_enabled and not st.output_enabled
        rate, _flags, channels, _bits = asbd(rig.instance(unit).formats[(OUTPUT, 1)])
        assert (rate, channels) == (USB_RATE, 2)
        for _ in range(3):
            rig.cycle(unit, USB_FRAMES)
        renders = rig.au.double.called("AudioUnitRender")
        assert len(renders) == 3 and all(int(args[3]) == 1 for args in renders)
        assert len({int(ffi.cast("uintptr_t", args[5])) for args in renders}) == 1  # one ABL
        taken = mic.read(3 * USB_FRAMES, timeout=0)
        expected = np.array([[recorded_sample(ch, t) for ch in range(2)]
                             for t in range(3 * USB_FRAMES)], np.float32)
        np.testing.assert_array_equal(taken, expected)
        assert mic.stats.callbacks == 3 and mic.overruns == 0
        assert mic.input_ports == ["Scarlett 2i2 USB:in_1", "Scarlett 2i2 USB:in_2"]


def test_input_render_failure_counts_an_xrun_and_records_silence(rig) -> None:
    with AudioInputStream(1, backend="coreaudio", device=BUILTIN_MIC) as mic:
        unit = unit_of(mic)
        rig.render_status = -10863  # kAudioUnitErr_CannotDoInCurrentContext
        rig.cycle(unit, 128)
        rig.render_status = 0
        rig.cycle(unit, 128)
        taken = mic.read(256, timeout=0)
        assert set(taken[:128, 0]) == {0.0}
        assert taken[128, 0] == pytest.approx(recorded_sample(0, 128))
        errors = mic._backend.input_errors
        assert errors.count == 1 and errors.status == -10863
        assert mic.stats.backend_xruns == 1 and mic.stats.callbacks == 2


def test_input_cycle_larger_than_the_preallocated_list_is_refused(rig) -> None:
    with AudioInputStream(1, backend="coreaudio", device=BUILTIN_MIC) as mic:
        unit = unit_of(mic)
        rig.cycle(unit, mic._backend.max_frames + 1)
        assert mic._backend.input_errors.count == 1 and mic.available == 0
        assert len(rig.au.double.called("AudioUnitRender")) == 0


def test_duplex_processor_sees_the_same_cycle_input(rig) -> None:
    with AudioProcessor(lambda x: 0.5 * x, channels=2, backend="coreaudio",
                        device="Scarlett 2i2 USB") as fx:
        unit = unit_of(fx)
        st = rig.state(unit)
        assert st.input_enabled and st.output_enabled
        rig.cycle(unit, USB_FRAMES)
        block = rig.cycle(unit, USB_FRAMES)
        assert block is not None
        for ch in range(2):
            expected = [0.5 * recorded_sample(ch, USB_FRAMES + i) for i in range(USB_FRAMES)]
            assert block[ch] == pytest.approx(expected)
        assert fx.stats.callbacks == 2  # one engine cycle per I/O cycle


def test_duplex_needs_input_channels_on_the_same_device(rig) -> None:
    with pytest.raises(AudioDeviceError, match="aggregate device"):
        AudioProcessor(lambda x: x, channels=2, backend="coreaudio")  # speakers have no input
    assert not rig.units


def test_input_stream_refuses_a_raw_c_callback(rig) -> None:
    fn = ffi.callback("AURenderCallback", lambda *a: 0)
    with pytest.raises(AudioDeviceError, match="output-only"):
        AudioInputStream(1, backend="coreaudio", device=BUILTIN_MIC, callback=fn)
    assert not rig.units  # the unit was disposed


# ---------------------------------------------------------------- errors


def test_missing_device_and_too_few_channels(rig) -> None:
    with pytest.raises(AudioDeviceError, match="Nope"):
        AudioOutputStream(2, backend="coreaudio", device="Nope")
    with pytest.raises(AudioDeviceError, match="2 output channel"):
        AudioOutputStream(8, backend="coreaudio")
    with pytest.raises(TypeError):
        AudioOutputStream(2, backend="coreaudio", device=2.5)  # type: ignore[arg-type]
    assert not rig.units


def test_refused_client_format_maps_the_status_and_disposes(rig) -> None:
    rig.refuse_formats = True
    with pytest.raises(AudioDeviceError) as info:
        AudioOutputStream(2, backend="coreaudio")
    assert info.value.status == FORMAT_NOT_SUPPORTED
    assert info.value.operation == "AudioUnitSetProperty"
    assert "client format" in str(info.value)
    assert not rig.units and not rig.au.instances


def test_start_failure_maps_the_status(rig) -> None:
    out = AudioOutputStream(2, backend="coreaudio")
    try:
        rig.au.fail["AudioOutputUnitStart"] = 0x73746F70  # 'stop' kAudioHardwareNotRunningError
        with pytest.raises(AudioDeviceError) as info:
            out.start()
        assert info.value.status == 0x73746F70 and info.value.fourcc == "stop"
        assert info.value.operation == "AudioOutputUnitStart"
        assert not out.active
        del rig.au.fail["AudioOutputUnitStart"]
        out.start()
        assert out.active
    finally:
        out.close()


def test_missing_component_instance_failure_and_rate_mismatch(rig) -> None:
    rig.au.fail["AudioComponentInstanceNew"] = -66748
    with pytest.raises(AudioDeviceError) as info:
        AudioOutputStream(2, backend="coreaudio")
    assert info.value.status == -66748
    del rig.au.fail["AudioComponentInstanceNew"]
    with pytest.raises(AudioDeviceError, match="44100 Hz"):
        AudioOutputStream(2, 44100, backend="coreaudio")
    assert not rig.au.instances
    del rig.au.components[HAL_COMPONENT]
    with pytest.raises(AudioDeviceError, match="no HAL output AudioUnit"):
        AudioOutputStream(2, backend="coreaudio")


def test_blocking_write_stops_when_the_device_disappears(rig) -> None:
    with AudioOutputStream(2, backend="coreaudio", device=USB, ring_frames=4096) as out:
        assert out._backend.shutdown_reason is None
        rig.hal.unplug(USB)
        rig.hal.join()
        with pytest.raises(AudioDeviceError, match="disappeared"):
            out.write(np.zeros((10000, 2), np.float32))
        assert out.buffered_frames == 4096  # what fitted before the check


def test_ports_cannot_be_connected_and_server_is_refused(rig) -> None:
    with AudioOutputStream(2, backend="coreaudio", connect=False) as out:
        with pytest.raises(AudioDeviceError, match="no ports"):
            out.connect(["system:playback_1"])
    with pytest.raises(ValueError, match="no servers"):
        AudioOutputStream(2, backend="coreaudio", server="default")


# ---------------------------------------------------------------- lifetime, devices


def test_closing_releases_the_unit_and_the_trampolines(rig) -> None:
    out = AudioOutputStream(2, backend="coreaudio")
    out.start()
    unit = unit_of(out)
    backend = out._backend
    engine_ref = weakref.ref(out._engine)
    stream_ref = weakref.ref(out)
    del out
    gc.collect()
    assert stream_ref() is None and engine_ref() is None
    assert unit not in rig.au.instances and backend.closed and backend._trampolines == []


def test_portable_device_listing_on_coreaudio(rig) -> None:
    devices = audio_backend("coreaudio").devices.list_devices()
    by_uid = {d.uid: d for d in devices}
    speakers = by_uid["BuiltInSpeakerDevice"]
    assert speakers.is_default_output and speakers.output_channels == 2
    assert speakers.sample_rate == SPEAKER_RATE and speakers.buffer_size == SPEAKER_FRAMES
    with AudioOutputStream(2, backend="coreaudio", device=by_uid[
            "AppleUSBAudioEngine:Focusrite:Scarlett 2i2:1"]) as out:
        assert rig.state(unit_of(out)).device == USB
    with pytest.raises(ValueError):
        audio_backend("coreaudio").devices.list_devices("default")
