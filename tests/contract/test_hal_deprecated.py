"""Contract tests of the still-exported AudioHardwareDeprecated.h functions.

Through the cffi-typed CoreAudio double and the HAL model of
tests/doubles/coreaudio.py (which files the deprecated device properties
under the input/output scope and the channel as element): marshalling,
ownership and error mapping, not Apple's behaviour.
"""

from __future__ import annotations

import gc
import struct
import weakref

import numpy as np
import pytest

from coremusic import capi
from coremusic.capi._base import handle_of
from coremusic.exceptions import AudioDeviceError
from coremusic.formats import AudioFormat
from coremusic.structs import AudioBufferList, AudioTimeStamp
from tests.doubles.coreaudio import (
    BAD_OBJECT,
    ILLEGAL,
    MICROPHONE,
    OUTPUT_STREAM,
    SPEAKERS,
    UNKNOWN_PROPERTY,
    HALModel,
    fourcc,
)


@pytest.fixture
def hal(framework_double, cf) -> HALModel:
    return HALModel(framework_double("CoreAudio"), cf)


def _check(info: pytest.ExceptionInfo[AudioDeviceError], status: int, operation: str) -> None:
    assert isinstance(info.value, AudioDeviceError)
    assert info.value.status == status
    assert info.value.operation == operation
    assert info.value.fourcc == status.to_bytes(4, "big").decode("latin-1")


# ---------------------------------------------------------------- properties


def test_device_properties(hal) -> None:
    assert capi.audio_device_get_property_info(SPEAKERS, 0, False, "nsrt") == (8, True)
    raw = capi.audio_device_get_property(SPEAKERS, 0, False, "nsrt")
    assert struct.unpack("=d", raw) == (48000.0,)
    (dev, ch, is_input, pid, _io, _out), = hal.double.called("AudioDeviceGetProperty")
    assert (dev, ch, is_input, pid) == (SPEAKERS, 0, 0, fourcc("nsrt"))
    when = AudioTimeStamp.from_sample_time(2048.0)
    capi.audio_device_set_property(SPEAKERS, 0, False, fourcc("nsrt"), struct.pack("=d", 44100.0),
                                   when=when)
    (_d, c_when, *_rest), = hal.double.called("AudioDeviceSetProperty")
    assert c_when.mSampleTime == 2048.0
    assert struct.unpack("=d", capi.audio_device_get_property(SPEAKERS, 0, False, "nsrt")) == (44100.0,)
    capi.audio_device_set_property(SPEAKERS, 0, False, "nsrt", struct.pack("=d", 96000.0))
    (_d, now, *_rest) = hal.double.called("AudioDeviceSetProperty")[1]
    assert now == capi.hal.ffi.NULL


def test_device_property_errors(hal) -> None:
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_device_get_property_info(SPEAKERS, 0, True, "nsrt")  # only the output has it
    _check(info, UNKNOWN_PROPERTY, "AudioDeviceGetPropertyInfo")
    assert "input 'nsrt'" in (info.value.obj or "")
    hal.fail["AudioDeviceGetProperty"] = BAD_OBJECT
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_device_get_property(SPEAKERS, 0, False, "nsrt")
    _check(info, BAD_OBJECT, "AudioDeviceGetProperty")
    hal.fail["AudioDeviceSetProperty"] = ILLEGAL
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_device_set_property(SPEAKERS, 0, False, "nsrt", b"\0" * 8)
    _check(info, ILLEGAL, "AudioDeviceSetProperty")
    with pytest.raises(TypeError, match="is_input"):
        capi.audio_device_get_property_info(SPEAKERS, 0, 1, "nsrt")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="channel"):
        capi.audio_device_get_property(SPEAKERS, -1, False, "nsrt")
    with pytest.raises(TypeError, match="when"):
        capi.audio_device_set_property(SPEAKERS, 0, False, "nsrt", b"", when=2048.0)  # type: ignore[arg-type]


def test_hardware_properties(hal) -> None:
    assert capi.audio_hardware_get_property_info("dev#") == (8, False)
    assert struct.unpack("=2I", capi.audio_hardware_get_property("dev#")) == (SPEAKERS, MICROPHONE)
    capi.audio_hardware_set_property("dOut", struct.pack("=I", MICROPHONE))
    assert capi.audio_object_get_property_uint32(1, "dOut") == MICROPHONE
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_hardware_set_property("dev#", b"\0\0\0\0")
    _check(info, ILLEGAL, "AudioHardwareSetProperty")
    hal.fail["AudioHardwareGetProperty"] = BAD_OBJECT
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_hardware_get_property("dev#")
    _check(info, BAD_OBJECT, "AudioHardwareGetProperty")
    with pytest.raises(ValueError, match="property_id"):
        capi.audio_hardware_get_property_info("dev")


def test_stream_properties(hal) -> None:
    assert capi.audio_stream_get_property_info(OUTPUT_STREAM, 1, "sfmt") == (40, True)
    fmt = AudioFormat.from_asbd_bytes(capi.audio_stream_get_property(OUTPUT_STREAM, 1, "sfmt"))
    assert fmt.sample_rate == 48000.0 and fmt.channels_per_frame == 2
    new = AudioFormat.pcm_float32_stereo(44100.0)
    capi.audio_stream_set_property(OUTPUT_STREAM, 1, "sfmt", new.to_bytes(),
                                   when=AudioTimeStamp.from_host_time(10))
    assert AudioFormat.from_asbd_bytes(capi.audio_stream_get_property(OUTPUT_STREAM, 1, "sfmt")) == new
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_stream_get_property(999, 1, "sfmt")
    _check(info, BAD_OBJECT, "AudioStreamGetPropertyInfo")
    hal.fail["AudioStreamSetProperty"] = ILLEGAL
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_stream_set_property(OUTPUT_STREAM, 1, "sfmt", new.to_bytes())
    _check(info, ILLEGAL, "AudioStreamSetProperty")
    with pytest.raises(ValueError, match="stream_id"):
        capi.audio_stream_get_property_info(0, 1, "sfmt")


# ---------------------------------------------------------------- listeners


def test_device_listener(hal) -> None:
    seen = []
    listener = capi.audio_device_add_property_listener(
        SPEAKERS, 0, False, "nsrt", lambda *args: seen.append(args))
    assert listener.kind == "device" and "device 73 channel 0 output 'nsrt'" in repr(listener)
    assert hal.notify_legacy("device", SPEAKERS, 0, False, fourcc("nsrt")) == [0]
    assert seen == [(SPEAKERS, 0, False, fourcc("nsrt"))]
    with pytest.raises(TypeError, match="'device'"):
        capi.audio_stream_remove_property_listener(listener)
    capi.audio_device_remove_property_listener(listener)
    assert hal.legacy_listeners == []
    with pytest.raises(ValueError, match="not registered"):
        capi.audio_device_remove_property_listener(listener)
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_device_add_property_listener(999, 0, True, "nsrt", print)
    _check(info, BAD_OBJECT, "AudioDeviceAddPropertyListener")


def test_stream_listener_reports_exceptions_later(hal) -> None:
    def broken(stream_id, channel, property_id):
        raise KeyError(stream_id)

    listener = capi.audio_stream_add_property_listener(OUTPUT_STREAM, 1, "sfmt", broken)
    assert "stream 120 channel 1 'sfmt'" in repr(listener)
    assert hal.notify_legacy("stream", OUTPUT_STREAM, 1, fourcc("sfmt")) == [0]
    assert listener.error_count == 1
    with pytest.raises(KeyError):
        listener.check_errors()
    hal.fail["AudioStreamRemovePropertyListener"] = ILLEGAL
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_stream_remove_property_listener(listener)
    _check(info, ILLEGAL, "AudioStreamRemovePropertyListener")
    del hal.fail["AudioStreamRemovePropertyListener"]
    capi.audio_stream_remove_property_listener(listener)
    assert not listener.registered


def test_hardware_listener_lifetime(hal) -> None:
    hits = []

    class Counter:
        def __call__(self, property_id: int) -> None:
            hits.append(property_id)

    counter = Counter()
    ref = weakref.ref(counter)
    listener = capi.audio_hardware_add_property_listener("dev#", counter)
    del counter
    gc.collect()
    assert ref() is not None
    assert "hardware 'dev#'" in repr(listener)
    assert hal.notify_legacy("hardware", fourcc("dev#")) == [0]
    assert hits == [fourcc("dev#")]
    hal.fail["AudioHardwareRemovePropertyListener"] = BAD_OBJECT
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_hardware_remove_property_listener(listener)
    _check(info, BAD_OBJECT, "AudioHardwareRemovePropertyListener")
    del hal.fail["AudioHardwareRemovePropertyListener"]
    capi.audio_hardware_remove_property_listener(listener)
    del info  # its traceback's frames hold the trampoline passed to the failed call
    gc.collect()
    assert ref() is None


# ---------------------------------------------------------------- IOProcs and reading


def test_legacy_io_proc(hal) -> None:
    cycles = []

    def render(device_id, now, input_data, input_time, output_data, output_time):
        cycles.append(now.sample_time)
        for out in output_data.arrays():
            out[:] = -1.0

    proc = capi.audio_device_add_io_proc(SPEAKERS, render)
    assert proc.kind == "legacy"
    (dev, c_proc, client), = hal.double.called("AudioDeviceAddIOProc")
    assert dev == SPEAKERS and client == capi.hal.ffi.NULL
    assert proc.proc_id == handle_of(c_proc)  # the old API names it by its function pointer
    capi.audio_device_start(SPEAKERS, proc)
    assert hal.run_io_cycle(SPEAKERS, frames=2, channels=1)[proc.proc_id] == [-1.0, -1.0]
    assert cycles == [1024.0]
    capi.audio_device_stop(SPEAKERS, proc)
    with pytest.raises(TypeError, match="'legacy'"):
        capi.audio_device_destroy_io_proc_id(proc)
    capi.audio_device_remove_io_proc(proc)
    assert hal.io_procs == {}
    with pytest.raises(ValueError, match="not registered"):
        capi.audio_device_remove_io_proc(proc)
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_device_add_io_proc(999, render, raw=True)
    _check(info, BAD_OBJECT, "AudioDeviceAddIOProc")
    with pytest.raises(TypeError, match="raw"):
        capi.audio_device_add_io_proc(SPEAKERS, render, raw="yes")  # type: ignore[arg-type]


def test_legacy_io_proc_remove_error_keeps_it(hal) -> None:
    proc = capi.audio_device_add_io_proc(SPEAKERS, print)
    hal.fail["AudioDeviceRemoveIOProc"] = ILLEGAL
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_device_remove_io_proc(proc)
    _check(info, ILLEGAL, "AudioDeviceRemoveIOProc")
    assert proc.registered and proc in capi.active_callbacks()
    del hal.fail["AudioDeviceRemoveIOProc"]
    capi.audio_device_remove_io_proc(proc)


def test_device_read_fills_the_buffer_list(hal) -> None:
    abl = AudioBufferList.allocate(2, 4)
    capi.audio_device_read(MICROPHONE, AudioTimeStamp.from_sample_time(100.0), abl)
    for array in abl.arrays():
        np.testing.assert_allclose(array[:, 0], [0.1, 0.101, 0.102, 0.103], rtol=1e-6)
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_device_read(999, AudioTimeStamp.from_sample_time(0.0), abl)
    _check(info, BAD_OBJECT, "AudioDeviceRead")
    with pytest.raises(TypeError, match="AudioBufferList"):
        capi.audio_device_read(MICROPHONE, AudioTimeStamp(), bytearray(64))  # type: ignore[arg-type]


# ---------------------------------------------------------------- run loop sources


def test_run_loop_sources(hal, cf) -> None:
    source = cf.new("runloopsource", "HAL notifications", "CFRunLoopSourceRef")
    capi.audio_hardware_add_run_loop_source(handle_of(source))
    assert hal.run_loop_sources == [handle_of(source)]
    capi.audio_hardware_remove_run_loop_source(source)  # a cffi pointer works too
    assert hal.run_loop_sources == []
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_hardware_remove_run_loop_source(source)
    _check(info, ILLEGAL, "AudioHardwareRemoveRunLoopSource")
    hal.fail["AudioHardwareAddRunLoopSource"] = BAD_OBJECT
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_hardware_add_run_loop_source(source)
    _check(info, BAD_OBJECT, "AudioHardwareAddRunLoopSource")
    with pytest.raises(ValueError, match="NULL"):
        capi.audio_hardware_add_run_loop_source(0)
    with pytest.raises(ValueError, match="NULL"):
        capi.audio_hardware_add_run_loop_source(capi.hal.ffi.NULL)
    with pytest.raises(TypeError, match="source"):
        capi.audio_hardware_add_run_loop_source("source")
    capi.cf.release(source)
