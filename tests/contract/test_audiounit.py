"""Contract tests of AUComponent.h and AudioOutputUnit.h (coremusic.capi.audiounit,
coremusic.capi.audiounit_props).

They run through the cffi-typed AudioToolbox double with the model of
tests/doubles/audiounit.py: they prove marshalling, ownership, callbacks and
error mapping, not Apple's behaviour.
"""

from __future__ import annotations

import struct

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic import capi
from coremusic._ffi import ffi
from coremusic.capi.audiounit import ParameterEvent
from coremusic.exceptions import AudioUnitError
from coremusic.formats import AudioFormat
from coremusic.structs import AudioBufferList, AudioTimeStamp
from tests.doubles.audiounit import (
    INITIALIZED,
    INVALID_PARAMETER,
    INVALID_PROPERTY,
    NO_CONNECTION,
    NOT_WRITABLE,
    TOO_MANY_FRAMES,
    UNINITIALIZED,
    AUModel,
)


@pytest.fixture
def au(framework_double, cf) -> AUModel:
    return AUModel(framework_double("AudioToolbox"), cf)


@pytest.fixture
def delay(au) -> int:
    return capi.audio_component_instance_new(AUModel.DELAY)


def _err(info: pytest.ExceptionInfo[AudioUnitError], status: int, operation: str) -> None:
    assert isinstance(info.value, AudioUnitError)
    assert info.value.status == status and info.value.operation == operation


# ---------------------------------------------------------------- lifecycle


def test_initialize_uninitialize_reset(au, delay) -> None:
    capi.audio_unit_initialize(delay)
    assert au.instances[delay].initialized
    capi.audio_unit_reset(delay, "global", 0)
    capi.audio_unit_reset(delay, 1, 0)
    assert au.instances[delay].resets == [(0, 0), (1, 0)]
    capi.audio_unit_uninitialize(delay)
    assert not au.instances[delay].initialized
    with pytest.raises(ValueError, match="unknown AudioUnit scope"):
        capi.audio_unit_reset(delay, "sideways")


def test_lifecycle_errors(au, delay) -> None:
    au.fail["AudioUnitInitialize"] = -10875
    with pytest.raises(AudioUnitError) as info:
        capi.audio_unit_initialize(delay)
    _err(info, -10875, "AudioUnitInitialize")
    au.fail["AudioUnitUninitialize"] = -10863
    with pytest.raises(AudioUnitError):
        capi.audio_unit_uninitialize(delay)
    au.fail["AudioUnitReset"] = -10866
    with pytest.raises(AudioUnitError) as info:
        capi.audio_unit_reset(delay)
    _err(info, -10866, "AudioUnitReset")
    with pytest.raises(ValueError):
        capi.audio_unit_initialize(0)


def test_output_unit_start_stop(au) -> None:
    out = capi.audio_component_instance_new(AUModel.OUTPUT_UNIT)
    with pytest.raises(AudioUnitError) as info:
        capi.audio_output_unit_start(out)
    _err(info, UNINITIALIZED, "AudioOutputUnitStart")
    capi.audio_unit_initialize(out)
    capi.audio_output_unit_start(out)
    assert au.instances[out].running
    capi.audio_output_unit_stop(out)
    assert not au.instances[out].running
    au.fail["AudioOutputUnitStop"] = -50
    with pytest.raises(AudioUnitError):
        capi.audio_output_unit_stop(out)


# ---------------------------------------------------------------- properties


def test_property_info_and_raw_get_set(au, delay) -> None:
    assert capi.audio_unit_get_property_info(delay, 8, "output", 0) == (40, True)
    assert capi.audio_unit_get_property_info(delay, 3) == (16, False)
    capi.audio_unit_set_property(delay, 1000, "global", 0, b"\x01\x02\x03\x04")
    assert capi.audio_unit_get_property(delay, 1000) == b"\x01\x02\x03\x04"
    capi.audio_unit_set_property(delay, 1001, 0, 0, None)
    assert capi.audio_unit_get_property(delay, 1001) == b""
    with pytest.raises(AudioUnitError) as info:
        capi.audio_unit_get_property_info(delay, 9999)
    _err(info, INVALID_PROPERTY, "AudioUnitGetPropertyInfo")
    with pytest.raises(AudioUnitError) as info:
        capi.audio_unit_set_property(delay, 3, 0, 0, b"\0\0\0\0")
    _err(info, NOT_WRITABLE, "AudioUnitSetProperty")
    with pytest.raises(TypeError):
        capi.audio_unit_set_property(delay, 1000, 0, 0, "text")


def test_get_property_error_status(au, delay) -> None:
    au.fail["AudioUnitGetProperty"] = INVALID_PROPERTY
    with pytest.raises(AudioUnitError) as info:
        capi.audio_unit_get_property(delay, 14, size=4)
    _err(info, INVALID_PROPERTY, "AudioUnitGetProperty")


def test_typed_number_properties(au, delay) -> None:
    assert capi.audio_unit_get_property_uint32(delay, 14) == 1156
    capi.audio_unit_set_property_uint32(delay, 14, "global", 0, 4096)
    assert capi.audio_unit_get_property_uint32(delay, 14) == 4096
    assert capi.audio_unit_get_property_float64(delay, 12) == 0.0
    capi.audio_unit_set_property_float64(delay, 2, "output", 0, 48000.0)
    assert capi.audio_unit_get_property_float64(delay, 2, "output", 0) == 48000.0
    with pytest.raises(TypeError):
        capi.audio_unit_set_property_float64(delay, 2, "output", 0, "fast")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        capi.audio_unit_set_property_uint32(delay, 14, 0, 0, -1)
    capi.audio_unit_set_property(delay, 1002, 0, 0, b"\0\0")
    with pytest.raises(ValueError, match="not a UInt32"):
        capi.audio_unit_get_property_uint32(delay, 1002)
    with pytest.raises(ValueError, match="not a Float64"):
        capi.audio_unit_get_property_float64(delay, 1002)


def test_stream_format_round_trip_and_initialized_error(au, delay) -> None:
    fmt = capi.audio_unit_get_stream_format(delay, "input", 0)
    assert fmt.sample_rate == 44100.0 and fmt.channels_per_frame == 2 and fmt.is_float
    mono = AudioFormat.pcm(48000.0, 1, 32, True, interleaved=False)
    capi.audio_unit_set_stream_format(delay, "input", 0, mono)
    assert capi.audio_unit_get_stream_format(delay, "input", 0) == mono
    with pytest.raises(TypeError):
        capi.audio_unit_set_stream_format(delay, "input", 0, b"raw")  # type: ignore[arg-type]
    capi.audio_unit_initialize(delay)
    with pytest.raises(AudioUnitError) as info:
        capi.audio_unit_set_stream_format(delay, "output", 0, mono)
    _err(info, INITIALIZED, "AudioUnitSetProperty")


def test_parameter_list_and_info_release_cf_names(au, delay, cf) -> None:
    assert capi.audio_unit_get_parameter_list(delay) == [0, 1, 2, 3]
    assert capi.audio_unit_get_parameter_list(delay, "input") == []
    info = capi.audio_unit_get_parameter_info(delay, 3)
    assert info.name == "Lowpass Cutoff Frequency" and info.unit == 8
    assert (info.min_value, info.max_value, info.default_value) == (10.0, 22050.0, 15000.0)
    assert info.is_readable and info.is_writable
    assert not cf.leaks()
    with pytest.raises(AudioUnitError) as err:
        capi.audio_unit_get_parameter_info(delay, 42)
    _err(err, INVALID_PARAMETER, "AudioUnitGetProperty")


def test_factory_presets_and_present_preset(au, cf) -> None:
    reverb = capi.audio_component_instance_new(AUModel.REVERB)
    assert capi.audio_unit_get_factory_presets(reverb) == [(0, "Small Room"), (1, "Large Hall")]
    assert capi.audio_unit_get_present_preset(reverb) == (-1, "Untitled")
    capi.audio_unit_set_present_preset(reverb, 1, "Large Hall")
    assert capi.audio_unit_get_present_preset(reverb) == (1, "Large Hall")
    assert capi.audio_unit_get_parameter(reverb, 0) == 80.0
    assert capi.audio_unit_get_factory_presets(capi.audio_component_instance_new(AUModel.DELAY)) == []
    with pytest.raises(AudioUnitError):
        capi.audio_unit_set_present_preset(reverb, 7)
    with pytest.raises(TypeError):
        capi.audio_unit_set_present_preset(reverb, "Large Hall")  # type: ignore[arg-type]
    assert not cf.leaks()


def test_class_info_round_trip(au, delay, cf) -> None:
    capi.audio_unit_set_parameter(delay, 0, "global", 0, 12.5)
    state = capi.audio_unit_get_class_info(delay)
    assert state["name"] == "Untitled" and isinstance(state["data"], bytes)
    capi.audio_unit_set_parameter(delay, 0, "global", 0, 99.0)
    capi.audio_unit_set_class_info(delay, state)
    assert capi.audio_unit_get_parameter(delay, 0) == 12.5
    with pytest.raises(TypeError):
        capi.audio_unit_set_class_info(delay, [1, 2])  # type: ignore[arg-type]
    assert not cf.leaks()


# ---------------------------------------------------------------- parameters


def test_parameters_get_set_and_errors(au, delay) -> None:
    assert capi.audio_unit_get_parameter(delay, 0, "global", 0) == 50.0
    capi.audio_unit_set_parameter(delay, 0, "global", 0, 25.0, 128)
    assert capi.audio_unit_get_parameter(delay, 0) == 25.0
    (_, pid, scope, element, value, offset), = au.double.called("AudioUnitSetParameter")
    assert (pid, scope, element, value, offset) == (0, 0, 0, 25.0, 128)
    with pytest.raises(AudioUnitError) as info:
        capi.audio_unit_get_parameter(delay, 99)
    _err(info, INVALID_PARAMETER, "AudioUnitGetParameter")
    with pytest.raises(AudioUnitError) as info:
        capi.audio_unit_set_parameter(delay, 0, "global", 0, 1000.0)
    _err(info, -66743, "AudioUnitSetParameter")
    with pytest.raises(TypeError):
        capi.audio_unit_set_parameter(delay, 0, 0, 0, "loud")  # type: ignore[arg-type]


def test_schedule_parameters_immediate_and_ramped(au, delay) -> None:
    events = [ParameterEvent(0, 10.0, offset=5),
              ParameterEvent(2, 0.0, end_value=40.0, duration=512, offset=-3)]
    capi.audio_unit_schedule_parameters(delay, events)
    assert au.instances[delay].scheduled == [(0, 1, 0, 5, (10.0,)), (2, 2, 0, -3, (0.0, 40.0, 512.0))]
    assert capi.audio_unit_get_parameter(delay, 2) == 40.0
    capi.audio_unit_schedule_parameters(delay, [])
    with pytest.raises(TypeError):
        capi.audio_unit_schedule_parameters(delay, [(0, 1.0)])  # type: ignore[list-item]
    with pytest.raises(AudioUnitError) as info:
        capi.audio_unit_schedule_parameters(delay, [ParameterEvent(77, 1.0)])
    _err(info, INVALID_PARAMETER, "AudioUnitScheduleParameters")


def test_parameter_display_type_helpers() -> None:
    flags = 0xC0000000 | 0x10000  # readable, writable, square root
    assert capi.get_audio_unit_parameter_display_type(flags) == 0x10000
    assert capi.set_audio_unit_parameter_display_type(flags, 0x400000) == 0xC0400000
    with pytest.raises(ValueError):
        capi.set_audio_unit_parameter_display_type(flags, 0x1)


# ---------------------------------------------------------------- rendering


def _source(values: list[float]):
    calls: list[tuple[int, int, int]] = []

    def source(flags, time, bus, frames, data):
        calls.append((bus, frames, len(data)))
        for i, a in enumerate(data.arrays()):
            a[:, 0] = values[i]

    return source, calls


def test_render_pulls_input_through_the_callback(au, delay) -> None:
    source, calls = _source([0.5, -0.25])
    cb = capi.audio_unit_set_render_callback(delay, source)
    capi.audio_unit_set_parameter(delay, 0, "global", 0, 100.0)  # gain 0.5 in the model
    capi.audio_unit_initialize(delay)
    abl = AudioBufferList.allocate(2, 64)
    flags = capi.audio_unit_render(delay, 0, AudioTimeStamp.from_sample_time(0.0), 0, 64, abl)
    assert flags == 0
    left, right = abl.arrays()
    assert np.allclose(left, 0.25) and np.allclose(right, -0.125)
    assert calls == [(0, 64, 2)] and cb.call_count == 1
    (_, _, ts, bus, frames, _), = au.double.called("AudioUnitRender")
    assert ts.mSampleTime == 0.0 and (bus, frames) == (0, 64)
    capi.audio_unit_clear_render_callback(cb)
    assert not cb.registered
    with pytest.raises(AudioUnitError) as info:
        capi.audio_unit_render(delay, 0, 64.0, 0, 64, abl)
    _err(info, NO_CONNECTION, "AudioUnitRender")
    with pytest.raises(ValueError):
        capi.audio_unit_clear_render_callback(cb)


def test_render_errors(au, delay) -> None:
    abl = AudioBufferList.allocate(2, 2048)
    with pytest.raises(AudioUnitError) as info:
        capi.audio_unit_render(delay, 0, None, 0, 64, abl)
    _err(info, UNINITIALIZED, "AudioUnitRender")
    capi.audio_unit_initialize(delay)
    with pytest.raises(AudioUnitError) as info:
        capi.audio_unit_render(delay, 0, None, 0, 2048, abl)
    _err(info, TOO_MANY_FRAMES, "AudioUnitRender")
    with pytest.raises(TypeError):
        capi.audio_unit_render(delay, 0, "now", 0, 64, abl)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        capi.audio_unit_render(delay, 0, None, 0, 64, b"buffers")  # type: ignore[arg-type]


def test_render_callback_exception_gives_silence_and_is_reported(au, delay) -> None:
    def broken(flags, time, bus, frames, data):
        for a in data.arrays():
            a[:] = 1.0
        raise ZeroDivisionError("bug in the source")

    cb = capi.audio_unit_set_render_callback(delay, broken)
    capi.audio_unit_initialize(delay)
    abl = AudioBufferList.allocate(2, 32)
    abl.arrays()[0][:] = 9.0
    capi.audio_unit_render(delay, 0, 0.0, 0, 32, abl)
    assert all(np.all(a == 0.0) for a in abl.arrays())  # silence, not the half-written buffer
    assert cb.error_count == 1
    with pytest.raises(ZeroDivisionError):
        cb.check_errors()
    capi.audio_unit_clear_render_callback(cb)


def test_raw_render_callback_gets_pointers_and_status(au, delay) -> None:
    seen: list[str] = []

    def raw(flags, time, bus, frames, data):
        seen.append(capi.audiounit.ffi.typeof(data).cname)
        return 0

    cb = capi.audio_unit_set_render_callback(delay, raw, "input", 0, raw=True)
    capi.audio_unit_initialize(delay)
    capi.audio_unit_render(delay, 0, 0.0, 0, 16, AudioBufferList.allocate(2, 16))
    assert seen == ["struct AudioBufferList *"]
    assert "raw" in repr(cb)
    capi.audio_unit_clear_render_callback(cb)


def test_set_render_callback_failure_unregisters(au, delay) -> None:
    from coremusic.capi._aucallbacks import active_au_callbacks

    before = len(active_au_callbacks())
    au.fail["AudioUnitSetProperty"] = -10879
    with pytest.raises(AudioUnitError):
        capi.audio_unit_set_render_callback(delay, lambda *a: None)
    assert len(active_au_callbacks()) == before
    with pytest.raises(TypeError):
        capi.audio_unit_set_render_callback(delay, 5)  # type: ignore[arg-type]


def test_render_notify_called_pre_and_post(au, delay) -> None:
    source, _ = _source([1.0, 1.0])
    cb = capi.audio_unit_set_render_callback(delay, source)
    phases: list[int] = []
    notify = capi.audio_unit_add_render_notify(delay, lambda flags, t, b, f, d: phases.append(flags))
    capi.audio_unit_initialize(delay)
    capi.audio_unit_render(delay, 0, 0.0, 0, 8, AudioBufferList.allocate(2, 8))
    assert phases == [4, 8]  # PreRender, PostRender
    capi.audio_unit_remove_render_notify(notify)
    assert not au.instances[delay].notifies and not notify.registered
    with pytest.raises(ValueError):
        capi.audio_unit_remove_render_notify(notify)
    with pytest.raises(TypeError):
        capi.audio_unit_remove_render_notify(cb)  # an input callback, not a notification
    capi.audio_unit_clear_render_callback(cb)


def test_render_notify_errors(au, delay) -> None:
    au.fail["AudioUnitAddRenderNotify"] = -50
    with pytest.raises(AudioUnitError):
        capi.audio_unit_add_render_notify(delay, print)
    del au.fail["AudioUnitAddRenderNotify"]
    notify = capi.audio_unit_add_render_notify(delay, print)
    au.fail["AudioUnitRemoveRenderNotify"] = -50
    with pytest.raises(AudioUnitError):
        capi.audio_unit_remove_render_notify(notify)
    assert notify.registered  # a refused removal keeps it alive
    del au.fail["AudioUnitRemoveRenderNotify"]
    capi.audio_unit_remove_render_notify(notify)
    with pytest.raises(TypeError):
        capi.audio_unit_add_render_notify(delay, None)  # type: ignore[arg-type]


def test_process_in_place_and_multiple(au, delay) -> None:
    capi.audio_unit_set_parameter(delay, 0, "global", 0, 100.0)
    capi.audio_unit_initialize(delay)
    abl = AudioBufferList.allocate(2, 16)
    for a in abl.arrays():
        a[:] = 0.8
    assert capi.audio_unit_process(delay, 0, 0.0, 16, abl) == 0
    assert all(np.allclose(a, 0.4) for a in abl.arrays())
    a_in, b_in, out = (AudioBufferList.allocate(2, 16) for _ in range(3))
    for x in a_in.arrays():
        x[:] = 0.2
    for x in b_in.arrays():
        x[:] = 0.4
    capi.audio_unit_process_multiple(delay, 0, 0.0, 16, [a_in, b_in], [out])
    assert all(np.allclose(x, 0.3) for x in out.arrays())
    with pytest.raises(AudioUnitError) as info:
        capi.audio_unit_process_multiple(delay, 0, 0.0, 16, [a_in], [])
    _err(info, -50, "AudioUnitProcessMultiple")
    capi.audio_unit_uninitialize(delay)
    with pytest.raises(AudioUnitError) as info:
        capi.audio_unit_process(delay, 0, 0.0, 16, abl)
    _err(info, UNINITIALIZED, "AudioUnitProcess")


# ---------------------------------------------------------------- property listeners


def test_property_listener_called_on_change_and_removed(au, delay) -> None:
    seen: list[tuple[int, int, int, int]] = []
    listener = capi.audio_unit_add_property_listener(delay, 1000, lambda *a: seen.append(a))
    capi.audio_unit_set_property(delay, 1000, "output", 1, b"\0\0\0\0")
    capi.audio_unit_set_property(delay, 1001, "output", 1, b"\0\0\0\0")
    assert seen == [(delay, 1000, 2, 1)]
    assert listener.call_count == 1 and "property 1000" in repr(listener)
    capi.audio_unit_remove_property_listener_with_user_data(listener)
    au.fire_property(delay, 1000)
    assert len(seen) == 1 and not listener.registered
    with pytest.raises(ValueError):
        capi.audio_unit_remove_property_listener_with_user_data(listener)
    with pytest.raises(TypeError):
        capi.audio_unit_remove_property_listener_with_user_data("listener")  # type: ignore[arg-type]


def test_property_listener_exception_stays_in_python(au, delay) -> None:
    def bad(*args):
        raise KeyError("listener bug")

    listener = capi.audio_unit_add_property_listener(delay, 1000, bad)
    au.fire_property(delay, 1000)
    au.fire_property(delay, 1000)
    assert listener.error_count == 2
    with pytest.raises(KeyError):
        listener.check_errors()
    listener.check_errors()  # reported once
    capi.audio_unit_remove_property_listener_with_user_data(listener)


def test_property_listener_errors(au, delay) -> None:
    au.fail["AudioUnitAddPropertyListener"] = -10879
    with pytest.raises(AudioUnitError) as info:
        capi.audio_unit_add_property_listener(delay, 8, print)
    _err(info, -10879, "AudioUnitAddPropertyListener")
    del au.fail["AudioUnitAddPropertyListener"]
    listener = capi.audio_unit_add_property_listener(delay, 8, print)
    au.fail["AudioUnitRemovePropertyListenerWithUserData"] = -50
    with pytest.raises(AudioUnitError):
        capi.audio_unit_remove_property_listener_with_user_data(listener)
    assert listener.registered
    del au.fail["AudioUnitRemovePropertyListenerWithUserData"]
    capi.audio_unit_remove_property_listener_with_user_data(listener)
    with pytest.raises(TypeError):
        capi.audio_unit_add_property_listener(delay, 8, "print")  # type: ignore[arg-type]


# ---------------------------------------------------------------- AUv3 extensions


def test_extension_component_lists_round_trip(au, cf) -> None:
    ident = "com.example.Gain.ext"
    assert capi.audio_unit_extension_copy_component_list(ident) == []
    comps = [{"type": "aufx", "subtype": "gain", "manufacturer": "Demo", "version": 1}]
    capi.audio_unit_extension_set_component_list(ident, comps)
    assert capi.audio_unit_extension_copy_component_list(ident) == comps
    with pytest.raises(TypeError):
        capi.audio_unit_extension_set_component_list(ident, "aufx")
    with pytest.raises(TypeError):
        capi.audio_unit_extension_copy_component_list(5)  # type: ignore[arg-type]
    au.fail["AudioUnitExtensionSetComponentList"] = -66744
    with pytest.raises(AudioUnitError) as info:
        capi.audio_unit_extension_set_component_list(ident, comps)
    _err(info, -66744, "AudioUnitExtensionSetComponentList")
    assert not cf.leaks()


def test_raw_property_bytes_are_exact(au, delay) -> None:
    raw = capi.audio_unit_get_property(delay, 8, "input", 0)
    assert struct.unpack_from("=d", raw)[0] == 44100.0 and len(raw) == 40


# ---------------------------------------------------------------- lifetime


def test_callbacks_live_while_registered_and_are_freed_after(au, delay) -> None:
    import gc
    import weakref

    class Sink:
        def __call__(self, *args: object) -> None:
            self.last = args

    sink, notify_sink, source_sink = Sink(), Sink(), Sink()
    listener = capi.audio_unit_add_property_listener(delay, 1000, sink)
    notify = capi.audio_unit_add_render_notify(delay, notify_sink)
    source = capi.audio_unit_set_render_callback(delay, source_sink)
    refs = [weakref.ref(x) for x in (sink, notify_sink, source_sink, listener, notify, source)]
    del sink, notify_sink, source_sink
    gc.collect()
    assert all(r() is not None for r in refs)
    au.fire_property(delay, 1000, 2, 0)  # C still calls the trampoline safely
    assert refs[0]().last == (delay, 1000, 2, 0)
    capi.audio_unit_remove_property_listener_with_user_data(listener)
    capi.audio_unit_remove_render_notify(notify)
    capi.audio_unit_clear_render_callback(source)
    del listener, notify, source
    gc.collect()
    assert all(r() is None for r in refs)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**32 - 1), st.floats(-1e6, 1e6, width=32), st.integers(0, 2**31 - 1),
       st.one_of(st.none(), st.floats(-1e6, 1e6, width=32)), st.integers(0, 2**32 - 1))
def test_parameter_event_fills_the_union(pid: int, value: float, offset: int,
                                         end: float | None, duration: int) -> None:
    ev = ParameterEvent(pid, value, scope="output", element=3, offset=offset,
                        end_value=end, duration=duration)
    c = ffi.new("AudioUnitParameterEvent *")
    ev.fill(c)
    assert (c.parameter, c.scope, c.element) == (pid, 2, 3)
    if end is None:
        assert c.eventType == 1
        assert (c.eventValues.immediate.bufferOffset, c.eventValues.immediate.value) == (offset, value)
    else:
        r = c.eventValues.ramp
        assert c.eventType == 2
        assert (r.startBufferOffset, r.durationInFrames, r.startValue, r.endValue) == (offset, duration, value, end)
