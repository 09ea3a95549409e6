"""Contract tests of AudioUnitUtilities.h (coremusic.capi.auutilities).

They run through the cffi-typed AudioToolbox double with the model of
tests/doubles/audiounit.py: they prove marshalling, listener trampolines and
error mapping, not Apple's behaviour.
"""

from __future__ import annotations

import gc
import weakref

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic import capi
from coremusic.capi.auutilities import AudioUnitEvent, AudioUnitParameter
from coremusic.exceptions import AudioUnitError
from tests.doubles.audiounit import AUModel


@pytest.fixture
def au(framework_double, cf) -> AUModel:
    return AUModel(framework_double("AudioToolbox"), cf)


@pytest.fixture
def delay(au) -> int:
    return capi.audio_component_instance_new(AUModel.DELAY)


def test_parameter_listener_hears_other_senders_only(au, delay, cf) -> None:
    heard: list[tuple[int, AudioUnitParameter, float]] = []
    listener = capi.au_listener_create(lambda obj, p, v: heard.append((obj, p, v)),
                                       run_loop_mode="default", notification_interval=0.05)
    entry = au.listeners[listener.ref]
    assert entry["mode"] == "kCFRunLoopDefaultMode" and abs(entry["interval"] - 0.05) < 1e-6
    param = AudioUnitParameter(delay, 0)
    capi.au_listener_add_parameter(listener, 7, param)
    capi.au_parameter_set(None, 0, param, 30.0)
    assert heard == [(7, param, 30.0)]
    capi.au_parameter_set(listener, 7, param, 40.0)  # the sender itself is not told
    assert len(heard) == 1 and capi.audio_unit_get_parameter(delay, 0) == 40.0
    capi.au_parameter_listener_notify(None, 0, param)
    assert heard[-1] == (7, param, 40.0)
    capi.au_listener_remove_parameter(listener, 7, param)
    capi.au_parameter_set(None, 0, param, 10.0)
    assert len(heard) == 2
    capi.au_listener_dispose(listener)
    assert listener.ref == 0 and not listener.registered
    with pytest.raises(ValueError, match="disposed"):
        capi.au_listener_dispose(listener)


def test_event_listener_property_and_parameter_events(au, delay, cf) -> None:
    events: list[tuple[int, AudioUnitEvent, int, float]] = []
    listener = capi.au_event_listener_create(lambda *a: events.append(a), run_loop=cf.main_loop,
                                             run_loop_mode="my mode", value_change_granularity=0.2)
    entry = au.listeners[listener.ref]
    assert entry["loop"] == cf.main_loop and entry["mode"] == "my mode"
    prop_event = AudioUnitEvent.property_change(delay, 8, "output", 0)
    capi.au_event_listener_add_event_type(listener, 3, prop_event)
    capi.au_event_listener_notify(None, 0, prop_event)
    assert events == [(3, prop_event, 777, 0.0)]
    param_event = AudioUnitEvent.parameter_change(delay, 1)
    capi.au_event_listener_add_event_type(listener, 3, param_event)
    capi.au_parameter_set(None, 0, AudioUnitParameter(delay, 1), 0.5)
    assert events[-1] == (3, param_event, 12345, 0.5)
    capi.au_event_listener_remove_event_type(listener, 3, prop_event)
    capi.au_event_listener_notify(None, 0, prop_event)
    assert len(events) == 2
    with pytest.raises(AudioUnitError):
        capi.au_event_listener_remove_event_type(listener, 3, prop_event)
    capi.au_listener_dispose(listener)
    assert not cf.leaks()


def test_listener_kinds_are_checked(au, delay) -> None:
    plistener = capi.au_listener_create(print)
    with pytest.raises(TypeError):
        capi.au_event_listener_add_event_type(plistener, 0, AudioUnitEvent.property_change(delay, 8))
    with pytest.raises(TypeError):
        capi.au_listener_add_parameter("listener", 0, AudioUnitParameter(delay, 0))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        capi.au_listener_add_parameter(plistener, 0, (delay, 0))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        capi.au_event_listener_notify(None, 0, (3, delay, 8))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        capi.au_listener_create(print, notification_interval=-1.0)
    with pytest.raises(TypeError):
        capi.au_event_listener_create(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        capi.au_listener_create(print, run_loop_mode=5)  # type: ignore[arg-type]
    capi.au_listener_dispose(plistener)


def test_listener_exceptions_stay_in_python(au, delay) -> None:
    def bad(obj, p, v):
        raise ValueError("listener bug")

    listener = capi.au_listener_create(bad)
    param = AudioUnitParameter(delay, 0)
    capi.au_listener_add_parameter(listener, 0, param)
    capi.au_parameter_set(None, 1, param, 20.0)
    assert listener.error_count == 1
    with pytest.raises(ValueError, match="listener bug"):
        listener.check_errors()
    capi.au_listener_dispose(listener)


def test_utility_error_statuses(au, delay) -> None:
    au.fail["AUListenerCreate"] = -50
    with pytest.raises(AudioUnitError) as info:
        capi.au_listener_create(print)
    assert info.value.operation == "AUListenerCreate"
    au.fail["AUEventListenerCreate"] = -50
    with pytest.raises(AudioUnitError):
        capi.au_event_listener_create(print)
    with pytest.raises(AudioUnitError) as info:
        capi.au_parameter_set(None, 0, AudioUnitParameter(delay, 99), 1.0)
    assert info.value.status == -10878
    with pytest.raises(AudioUnitError):
        capi.au_parameter_listener_notify(None, 0, AudioUnitParameter(0x77, 0))
    au.fail["AUEventListenerNotify"] = -50
    with pytest.raises(AudioUnitError):
        capi.au_event_listener_notify(None, 0, AudioUnitEvent.property_change(delay, 8))


def test_dispose_failure_keeps_the_listener(au) -> None:
    listener = capi.au_listener_create(print)
    au.fail["AUListenerDispose"] = -50
    with pytest.raises(AudioUnitError):
        capi.au_listener_dispose(listener)
    assert listener.registered and listener.ref
    del au.fail["AUListenerDispose"]
    capi.au_listener_dispose(listener)


def test_linear_mapping_and_formatting(au, delay) -> None:
    cutoff = AudioUnitParameter(delay, 3)
    assert capi.au_parameter_value_from_linear(0.0, cutoff) == 10.0
    assert capi.au_parameter_value_from_linear(1.0, cutoff) == 22050.0
    assert capi.au_parameter_value_to_linear(22050.0, cutoff) == 1.0
    assert capi.au_parameter_format_value(0.123456, cutoff, 3) == "0.123"
    assert capi.au_parameter_format_value(15000.0, cutoff, 2) == "1.5e+04"
    with pytest.raises(ValueError):
        capi.au_parameter_format_value(1.0, cutoff, 0)
    with pytest.raises(TypeError):
        capi.au_parameter_value_to_linear("x", cutoff)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        capi.au_parameter_value_from_linear(None, cutoff)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        capi.au_parameter_format_value("1", cutoff)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        capi.au_parameter_set(None, 0, cutoff, "1")  # type: ignore[arg-type]


def test_event_and_parameter_structs_round_trip(au) -> None:
    ev = AudioUnitEvent.property_change(0x1234, 8, "output", 1)
    assert AudioUnitEvent.from_cdata(ev.to_cdata()) == AudioUnitEvent(3, 0x1234, 8, 2, 1)
    pev = AudioUnitEvent(1, 0x1234, 5)
    assert AudioUnitEvent.from_cdata(pev.to_cdata()) == pev
    p = AudioUnitParameter(0x1234, 9, "input", 3)
    assert AudioUnitParameter.from_cdata(p.to_cdata()) == AudioUnitParameter(0x1234, 9, 1, 3)


def test_listener_lifetime(au, delay) -> None:
    class Sink:
        def __call__(self, *args: object) -> None:
            self.args = args

    sink = Sink()
    listener = capi.au_listener_create(sink)
    refs = (weakref.ref(sink), weakref.ref(listener))
    param = AudioUnitParameter(delay, 0)
    capi.au_listener_add_parameter(listener, 0, param)
    del sink
    gc.collect()
    capi.au_parameter_set(None, 1, param, 5.0)
    assert refs[0]().args[2] == 5.0
    capi.au_listener_dispose(listener)
    del listener
    gc.collect()
    assert refs[0]() is None and refs[1]() is None


_u32 = st.integers(0, 2**32 - 1)
_handles = st.integers(1, 2**63)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 3), _handles, _u32, st.integers(0, 7), _u32)
def test_audio_unit_event_round_trips(kind: int, unit: int, ident: int, scope: int, element: int) -> None:
    ev = AudioUnitEvent(kind, unit, ident, scope, element)
    assert AudioUnitEvent.from_cdata(ev.to_cdata()) == ev


@settings(max_examples=60, deadline=None)
@given(_handles, _u32, st.sampled_from(["global", "input", "output", 0, 1, 2]), _u32)
def test_audio_unit_parameter_round_trips(unit: int, pid: int, scope: int | str, element: int) -> None:
    p = AudioUnitParameter(unit, pid, scope, element)
    back = AudioUnitParameter.from_cdata(p.to_cdata())
    assert back == p and isinstance(back.scope, int)
