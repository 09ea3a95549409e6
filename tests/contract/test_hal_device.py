"""Contract tests of AudioDevice IOProcs and times, and AudioHardware aggregate devices.

Through the cffi-typed CoreAudio double and the HAL model of
tests/doubles/coreaudio.py: marshalling, ownership and error mapping, not
Apple's behaviour.
"""

from __future__ import annotations

import gc
import weakref

import numpy as np
import pytest

from coremusic import capi
from coremusic.exceptions import AudioDeviceError
from coremusic.structs import AudioBufferList, AudioTimeStamp
from tests.doubles.coreaudio import (
    AGGREGATE,
    BAD_OBJECT,
    ILLEGAL,
    MICROPHONE,
    NOT_RUNNING,
    SPEAKERS,
    TICKS_PER_SAMPLE,
    HALModel,
)


@pytest.fixture
def hal(framework_double, cf) -> HALModel:
    return HALModel(framework_double("CoreAudio"), cf)


def _check(info: pytest.ExceptionInfo[AudioDeviceError], status: int, operation: str) -> None:
    assert isinstance(info.value, AudioDeviceError)
    assert info.value.status == status
    assert info.value.operation == operation
    assert info.value.fourcc == status.to_bytes(4, "big").decode("latin-1")


# ---------------------------------------------------------------- IOProcs


def test_io_proc_sees_decoded_times_and_buffers(hal) -> None:
    seen = []

    def render(device_id, now, input_data, input_time, output_data, output_time):
        seen.append((device_id, now, input_time, output_time))
        assert isinstance(input_data, AudioBufferList) and isinstance(output_data, AudioBufferList)
        (inp,), (out,) = input_data.arrays(), output_data.arrays()
        assert inp.shape == (4, 2)
        out[:] = inp * 2.0  # fill the output in place

    proc = capi.audio_device_create_io_proc_id(SPEAKERS, render)
    assert proc.kind == "id" and proc.proc_id != 0 and proc in capi.active_callbacks()
    (dev, c_proc, client, _out), = hal.double.called("AudioDeviceCreateIOProcID")
    assert dev == SPEAKERS and c_proc == proc.c_pointer and client == capi.hal.ffi.NULL
    capi.audio_device_start(SPEAKERS, proc)
    outputs = hal.run_io_cycle(SPEAKERS, frames=4, channels=2, input_value=0.25)
    assert outputs[proc.proc_id] == [0.5] * 8
    device_id, now, input_time, output_time = seen[0]
    assert device_id == SPEAKERS
    assert now == AudioTimeStamp(1024.0, 512_000, 1.0, flags=7)
    assert input_time.sample_time == 512.0 and output_time.sample_time == 1536.0
    capi.audio_device_stop(SPEAKERS, proc)
    assert hal.run_io_cycle(SPEAKERS) == {}
    capi.audio_device_destroy_io_proc_id(proc)
    assert hal.io_procs == {} and not proc.registered and proc.proc_id == 0


def test_raw_io_proc_gets_the_pointers(hal) -> None:
    kinds = []

    def render(device_id, now, input_data, input_time, output_data, output_time):
        kinds.append(capi.hal.ffi.typeof(output_data) is capi.hal.ffi.typeof("AudioBufferList *"))
        samples = capi.hal.ffi.cast("float *", output_data.mBuffers[0].mData)
        for i in range(output_data.mBuffers[0].mDataByteSize // 4):
            samples[i] = 0.125

    proc = capi.audio_device_create_io_proc_id(SPEAKERS, render, raw=True)
    assert "raw" in repr(proc)
    capi.audio_device_start(SPEAKERS, proc)
    assert hal.run_io_cycle(SPEAKERS, frames=2, channels=1)[proc.proc_id] == [0.125, 0.125]
    assert kinds == [True]
    capi.audio_device_stop(SPEAKERS, proc)
    capi.audio_device_destroy_io_proc_id(proc)


def test_io_proc_exception_silences_output_and_is_reported(hal) -> None:
    def broken(*args):
        raise ZeroDivisionError("render bug")

    proc = capi.audio_device_create_io_proc_id(SPEAKERS, broken)
    capi.audio_device_start(SPEAKERS, proc)
    outputs = hal.run_io_cycle(SPEAKERS, frames=3, channels=2)  # asserts the proc returned 0
    assert outputs[proc.proc_id] == [0.0] * 6  # the stale 0.5s were silenced
    assert proc.error_count == 1
    with pytest.raises(ZeroDivisionError, match="render bug"):
        proc.check_errors()
    capi.audio_device_stop(SPEAKERS, proc)
    capi.audio_device_destroy_io_proc_id(proc)


def test_io_proc_lifetime(hal) -> None:
    def make():
        buffer = np.zeros(1)

        def render(*args):
            buffer[0] += 1

        return render

    render = make()
    ref = weakref.ref(render)
    proc = capi.audio_device_create_io_proc_id(SPEAKERS, render)
    del render
    gc.collect()
    assert ref() is not None
    capi.audio_device_start(SPEAKERS, proc)
    hal.run_io_cycle(SPEAKERS)
    assert proc.call_count == 1
    capi.audio_device_stop(SPEAKERS, proc)
    capi.audio_device_destroy_io_proc_id(proc)
    gc.collect()
    assert ref() is None


def test_io_proc_handles_are_checked(hal) -> None:
    proc = capi.audio_device_create_io_proc_id(SPEAKERS, print)
    with pytest.raises(ValueError, match="belongs to device 73"):
        capi.audio_device_start(MICROPHONE, proc)
    with pytest.raises(TypeError, match="IOProc handle or None"):
        capi.audio_device_start(SPEAKERS, 0x1D010)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="'id'"):
        capi.audio_device_remove_io_proc(proc)
    capi.audio_device_destroy_io_proc_id(proc)
    with pytest.raises(ValueError, match="not registered"):
        capi.audio_device_destroy_io_proc_id(proc)
    with pytest.raises(ValueError, match="already removed"):
        capi.audio_device_start(SPEAKERS, proc)
    with pytest.raises(TypeError, match="IOProc"):
        capi.audio_device_destroy_io_proc_id(object())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="raw"):
        capi.audio_device_create_io_proc_id(SPEAKERS, print, raw=1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="callable"):
        capi.audio_device_create_io_proc_id(SPEAKERS, None)  # type: ignore[arg-type]
    assert not [h for h in capi.active_callbacks() if getattr(h, "device_id", None) == SPEAKERS]


def test_io_proc_errors(hal) -> None:
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_device_create_io_proc_id(999, print)
    _check(info, BAD_OBJECT, "AudioDeviceCreateIOProcID")
    proc = capi.audio_device_create_io_proc_id(SPEAKERS, print)
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_device_stop(SPEAKERS, proc)
    _check(info, NOT_RUNNING, "AudioDeviceStop")
    hal.fail["AudioDeviceStart"] = BAD_OBJECT
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_device_start(SPEAKERS, proc)
    _check(info, BAD_OBJECT, "AudioDeviceStart")
    hal.fail["AudioDeviceDestroyIOProcID"] = ILLEGAL
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_device_destroy_io_proc_id(proc)
    _check(info, ILLEGAL, "AudioDeviceDestroyIOProcID")
    assert proc.registered
    del hal.fail["AudioDeviceDestroyIOProcID"]
    capi.audio_device_destroy_io_proc_id(proc)


def test_start_and_stop_the_hardware_alone(hal) -> None:
    capi.audio_device_start(SPEAKERS)
    assert (SPEAKERS, 0) in hal.running
    (dev, proc_id), = hal.double.called("AudioDeviceStart")
    assert dev == SPEAKERS and proc_id == capi.hal.ffi.NULL
    capi.audio_device_stop(SPEAKERS, None)
    assert hal.running == set()


# ---------------------------------------------------------------- times


def test_device_times(hal) -> None:
    proc = capi.audio_device_create_io_proc_id(SPEAKERS, print)
    actual = capi.audio_device_start_at_time(SPEAKERS, proc, AudioTimeStamp.from_sample_time(1000.0))
    assert actual.sample_time == 1024.0 and actual.has_sample_time
    (_d, _p, _when, flags), = hal.double.called("AudioDeviceStartAtTime")
    assert flags == 0
    now = capi.audio_device_get_current_time(SPEAKERS)
    assert now.sample_time == 4096.0 and now.has_host_time and now.rate_scalar == 1.0
    near = capi.audio_device_get_nearest_start_time(SPEAKERS, AudioTimeStamp.from_sample_time(5000.0))
    assert near.sample_time == 5120.0
    near_in = capi.audio_device_get_nearest_start_time(
        SPEAKERS, AudioTimeStamp.from_sample_time(5000.0), flags=1)
    assert near_in.sample_time == 5632.0
    host = 96_000 * TICKS_PER_SAMPLE
    translated = capi.audio_device_translate_time(SPEAKERS, AudioTimeStamp.from_host_time(host))
    assert translated.sample_time == 96_000.0 and translated.host_time == host
    only_sample = capi.audio_device_translate_time(
        SPEAKERS, AudioTimeStamp.from_host_time(host), fields=AudioTimeStamp.SAMPLE_TIME_VALID)
    assert only_sample.has_sample_time and not only_sample.has_host_time
    capi.audio_device_stop(SPEAKERS, proc)
    capi.audio_device_destroy_io_proc_id(proc)


def test_time_errors_and_validation(hal) -> None:
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_device_get_current_time(SPEAKERS)  # not running
    _check(info, NOT_RUNNING, "AudioDeviceGetCurrentTime")
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_device_translate_time(999, AudioTimeStamp.from_sample_time(0.0))
    _check(info, BAD_OBJECT, "AudioDeviceTranslateTime")
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_device_get_nearest_start_time(999, AudioTimeStamp.from_sample_time(0.0))
    _check(info, BAD_OBJECT, "AudioDeviceGetNearestStartTime")
    hal.fail["AudioDeviceStartAtTime"] = BAD_OBJECT
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_device_start_at_time(SPEAKERS, None, AudioTimeStamp.from_sample_time(0.0))
    _check(info, BAD_OBJECT, "AudioDeviceStartAtTime")
    with pytest.raises(TypeError, match="AudioTimeStamp"):
        capi.audio_device_get_nearest_start_time(SPEAKERS, 1000.0)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="flags"):
        capi.audio_device_get_nearest_start_time(SPEAKERS, AudioTimeStamp(), flags=-1)
    with pytest.raises(ValueError, match="device_id"):
        capi.audio_device_get_current_time(0)


# ---------------------------------------------------------------- aggregate devices


def test_aggregate_device_round_trip(hal, cf) -> None:
    description = {"uid": "com.example.agg", "name": "My Aggregate", "private": True,
                   "subdevices": [{"uid": "BuiltInSpeakerDevice"}, {"uid": "BuiltInMicrophoneDevice"}]}
    device = capi.audio_hardware_create_aggregate_device(description)
    assert device == AGGREGATE
    assert hal.aggregates[AGGREGATE] == description  # the double saw the CFDictionary
    assert not cf.leaks()  # the dictionary was released after the call
    capi.audio_hardware_destroy_aggregate_device(device)
    assert hal.aggregates == {}
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_hardware_destroy_aggregate_device(device)
    _check(info, BAD_OBJECT, "AudioHardwareDestroyAggregateDevice")


def test_aggregate_device_errors_leak_nothing(hal, cf) -> None:
    hal.fail["AudioHardwareCreateAggregateDevice"] = ILLEGAL
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_hardware_create_aggregate_device({"uid": "x", "name": "X"})
    _check(info, ILLEGAL, "AudioHardwareCreateAggregateDevice")
    assert info.value.obj == "X"
    with pytest.raises(TypeError, match="mapping"):
        capi.audio_hardware_create_aggregate_device([("uid", "x")])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="keys must be str"):
        capi.audio_hardware_create_aggregate_device({"uid": "x", 5: "y"})  # type: ignore[dict-item]
    with pytest.raises(TypeError, match=r"description\['subdevices'\]\[0\]\['uid'\]"):
        capi.audio_hardware_create_aggregate_device({"uid": "x", "subdevices": [{"uid": object()}]})
    with pytest.raises(ValueError, match="SInt64"):
        capi.audio_hardware_create_aggregate_device({"uid": "x", "big": 2**70})
    assert not cf.leaks()
    assert len(hal.double.called("AudioHardwareCreateAggregateDevice")) == 1  # bad input never reached C


def test_unload(hal) -> None:
    capi.audio_hardware_unload()
    assert hal.double.called("AudioHardwareUnload") == [()]
    hal.fail["AudioHardwareUnload"] = ILLEGAL
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_hardware_unload()
    _check(info, ILLEGAL, "AudioHardwareUnload")
