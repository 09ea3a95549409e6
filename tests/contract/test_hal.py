"""Contract tests of AudioObject properties and listeners (coremusic.capi.hal).

They run through the cffi-typed CoreAudio double with the HAL model of
tests/doubles/coreaudio.py: they prove marshalling, ownership and error
mapping, not Apple's behaviour.
"""

from __future__ import annotations

import gc
import struct
import weakref

import pytest

from coremusic import capi
from coremusic.exceptions import AudioDeviceError
from coremusic.formats import AudioFormat
from coremusic.structs import AudioObjectPropertyAddress, AudioValueRange
from tests.doubles.coreaudio import (
    BAD_OBJECT,
    BAD_SIZE,
    ILLEGAL,
    MICROPHONE,
    OUTPUT_STREAM,
    SPEAKERS,
    SYSTEM,
    UNKNOWN_PROPERTY,
    HALModel,
    fourcc,
)


@pytest.fixture
def hal(framework_double, cf) -> HALModel:
    return HALModel(framework_double("CoreAudio"), cf)


def _assert_hal_error(info: pytest.ExceptionInfo[AudioDeviceError], status: int,
                      operation: str, code: str) -> None:
    err = info.value
    assert isinstance(err, AudioDeviceError)
    assert err.status == status
    assert err.fourcc == code
    assert err.operation == operation


# ---------------------------------------------------------------- raw properties


def test_get_property_data_queries_size_then_reads(hal) -> None:
    raw = capi.audio_object_get_property_data(SYSTEM, ("dev#", "glob", 0))
    assert struct.unpack("=2I", raw) == (SPEAKERS, MICROPHONE)
    names = [n for n, _ in hal.double.calls]
    assert names == ["AudioObjectGetPropertyDataSize", "AudioObjectGetPropertyData"]
    (oid, _addr, qsize, qdata, _io_size, _out), = hal.double.called("AudioObjectGetPropertyData")
    assert oid == SYSTEM and qsize == 0 and qdata == capi.hal.ffi.NULL


def test_address_forms_are_equivalent(hal) -> None:
    forms = ["nsrt", b"nsrt", fourcc("nsrt"), ("nsrt",), ("nsrt", "glob"), ("nsrt", "glob", 0),
             ["nsrt", fourcc("glob"), 0], AudioObjectPropertyAddress("nsrt")]
    for form in forms:
        assert capi.audio_object_get_property_data_size(SPEAKERS, form) == 8
    for _oid, addr, *_ in hal.double.called("AudioObjectGetPropertyDataSize"):
        assert (addr.mSelector, addr.mScope, addr.mElement) == (fourcc("nsrt"), fourcc("glob"), 0)


def test_empty_property_reads_as_empty_bytes(hal) -> None:
    assert capi.audio_object_get_property_data(SYSTEM, "tmg#") == b""
    assert capi.audio_object_get_property_array_uint32(SYSTEM, "tmg#") == []


def test_set_property_data_passes_the_bytes(hal) -> None:
    capi.audio_object_set_property_data(SPEAKERS, "nsrt", struct.pack("=d", 44100.0))
    assert hal.props[(SPEAKERS, fourcc("nsrt"), fourcc("glob"), 0)].writes == [struct.pack("=d", 44100.0)]
    capi.audio_object_set_property_data(SPEAKERS, ("fsiz", "glob", 0), bytearray(struct.pack("=I", 256)))
    assert capi.audio_object_get_property_uint32(SPEAKERS, "fsiz") == 256


def test_has_property_and_is_settable(hal) -> None:
    assert capi.audio_object_has_property(SPEAKERS, ("nsrt", "glob", 0)) is True
    assert capi.audio_object_has_property(SPEAKERS, ("nsrt", "inpt", 0)) is False
    assert capi.audio_object_is_property_settable(SPEAKERS, "nsrt") is True
    assert capi.audio_object_is_property_settable(SYSTEM, "dev#") is False


def test_show_passes_the_object(hal) -> None:
    capi.audio_object_show(SPEAKERS)
    assert hal.shown == [SPEAKERS]


# ---------------------------------------------------------------- typed helpers


def test_typed_getters_decode(hal) -> None:
    assert capi.audio_object_get_property_array_uint32(SYSTEM, "dev#") == [SPEAKERS, MICROPHONE]
    assert capi.audio_object_get_property_uint32(SYSTEM, "dOut") == SPEAKERS
    assert capi.audio_object_get_property_float64(SPEAKERS, "nsrt") == 48000.0
    assert capi.audio_object_get_property_value_ranges(SPEAKERS, "nsr#") == [
        AudioValueRange(44100.0, 44100.0), AudioValueRange(48000.0, 48000.0)]
    assert capi.audio_object_get_property_buffer_list_channels(SPEAKERS, ("slay", "outp")) == [2, 1]
    fmt = capi.audio_object_get_property_format(OUTPUT_STREAM, "sfmt")
    assert fmt == AudioFormat(48000.0, "lpcm", 9, 8, 1, 8, 2, 32)


def test_cfstring_getter_releases_exactly_once(hal, cf) -> None:
    # the cf fixture fails the test on a leak; the double raises on a second release
    assert capi.audio_object_get_property_cfstring(SPEAKERS, "lnam") == "MacBook Pro Speakers"
    assert capi.audio_object_get_property_cfstring(MICROPHONE, "lnam") == "MacBook Pro Microphone"
    made = [o for o in cf.objects.values() if o.kind == "string" and not o.immortal]
    assert len(made) == 2 and all(o.refcount == 0 for o in made)
    cf.verify()


def test_cf_getter_converts_containers_and_releases(hal, cf) -> None:
    value = capi.audio_object_get_property_cf(SPEAKERS, "acom")
    assert value == {"uid": "agg", "name": "Aggregate", "subdevices": [1, 2]}
    assert capi.audio_object_get_property_cf(SPEAKERS, "lmod") is None
    assert not cf.leaks()


def test_cfstring_getter_refuses_other_types_without_leaking(hal, cf) -> None:
    with pytest.raises(TypeError, match="CFString"):
        capi.audio_object_get_property_cfstring(SPEAKERS, "lmak")
    with pytest.raises(ValueError, match="NULL"):
        capi.audio_object_get_property_cfstring(SPEAKERS, "lmod")
    assert not cf.leaks()


def test_str_qualifier_is_a_cfstring_released_after_the_call(hal, cf) -> None:
    found = capi.audio_object_get_property_uint32(SYSTEM, "uidd", qualifier="BuiltInSpeakerDevice")
    assert found == SPEAKERS
    assert capi.audio_object_get_property_uint32(SYSTEM, "uidd", qualifier="nope") == 0
    (_o, _a, qsize, _q, _io, _out), _ = hal.double.called("AudioObjectGetPropertyData")
    assert qsize == capi.hal.ffi.sizeof("CFStringRef")
    assert not cf.leaks()


def test_bytes_qualifier_is_passed_through(hal) -> None:
    seen = []
    hal.add(SYSTEM, "id2p", lambda qsize, qdata: seen.append(bytes(capi.hal.ffi.buffer(qdata, qsize))) or b"\x05\0\0\0")
    assert capi.audio_object_get_property_data(SYSTEM, "id2p", qualifier=struct.pack("=i", 4242)) == b"\x05\0\0\0"
    assert seen[-1] == struct.pack("=i", 4242)


def test_typed_setters_encode(hal) -> None:
    capi.audio_object_set_property_uint32(SPEAKERS, "fsiz", 1024)
    capi.audio_object_set_property_float64(SPEAKERS, "nsrt", 44100)
    fmt = AudioFormat.pcm_float32_stereo(44100.0)
    capi.audio_object_set_property_format(OUTPUT_STREAM, "sfmt", fmt)
    assert capi.audio_object_get_property_uint32(SPEAKERS, "fsiz") == 1024
    assert capi.audio_object_get_property_float64(SPEAKERS, "nsrt") == 44100.0
    assert capi.audio_object_get_property_format(OUTPUT_STREAM, "sfmt") == fmt


def test_typed_getters_check_sizes(hal) -> None:
    with pytest.raises(ValueError, match="3 bytes"):
        capi.audio_object_get_property_uint32(SPEAKERS, "odd!")
    with pytest.raises(ValueError, match="UInt32"):
        capi.audio_object_get_property_array_uint32(SPEAKERS, "odd!")
    with pytest.raises(ValueError, match="AudioValueRange"):
        capi.audio_object_get_property_value_ranges(SPEAKERS, "odd!")
    with pytest.raises(ValueError, match="too few"):
        capi.audio_object_get_property_buffer_list_channels(SPEAKERS, "odd!")
    hal.add(SPEAKERS, "bad#", struct.pack("=II", 3, 0))
    with pytest.raises(ValueError, match="3 buffers"):
        capi.audio_object_get_property_buffer_list_channels(SPEAKERS, "bad#")


# ---------------------------------------------------------------- errors


@pytest.mark.parametrize(("object_id", "selector", "status", "code"), [
    (999, "nsrt", BAD_OBJECT, "!obj"),
    (SPEAKERS, "zzzz", UNKNOWN_PROPERTY, "who?"),
])
def test_status_becomes_audio_device_error(hal, object_id, selector, status, code) -> None:
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_object_get_property_data(object_id, selector)
    _assert_hal_error(info, status, "AudioObjectGetPropertyDataSize", code)
    assert f"object {object_id} '{selector}'" in (info.value.obj or "")
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_object_is_property_settable(object_id, selector)
    _assert_hal_error(info, status, "AudioObjectIsPropertySettable", code)


def test_read_and_write_errors(hal) -> None:
    hal.fail["AudioObjectGetPropertyData"] = BAD_SIZE
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_object_get_property_data(SYSTEM, "dev#")
    _assert_hal_error(info, BAD_SIZE, "AudioObjectGetPropertyData", "!siz")
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_object_get_property_float64(SPEAKERS, "nsrt")
    _assert_hal_error(info, BAD_SIZE, "AudioObjectGetPropertyData", "!siz")
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_object_set_property_uint32(SYSTEM, "dev#", 1)
    _assert_hal_error(info, ILLEGAL, "AudioObjectSetPropertyData", "nope")


def test_cf_error_path_leaks_no_qualifier(hal, cf) -> None:
    hal.fail["AudioObjectGetPropertyData"] = BAD_OBJECT
    with pytest.raises(AudioDeviceError):
        capi.audio_object_get_property_uint32(SYSTEM, "uidd", qualifier="BuiltInSpeakerDevice")
    assert not cf.leaks()


def test_arguments_are_validated(hal) -> None:
    with pytest.raises(ValueError, match="kAudioObjectUnknown"):
        capi.audio_object_get_property_data(0, "dev#")
    with pytest.raises(TypeError, match="object_id"):
        capi.audio_object_has_property("73", "nsrt")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="UInt32"):
        capi.audio_object_has_property(2**32, "nsrt")
    with pytest.raises(ValueError, match="selector"):
        capi.audio_object_has_property(SPEAKERS, "nsrtx")
    with pytest.raises(TypeError, match="scope"):
        capi.audio_object_has_property(SPEAKERS, ("nsrt", 1.5))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="element"):
        capi.audio_object_has_property(SPEAKERS, ("nsrt", "glob", -1))
    with pytest.raises(ValueError, match="got 4 items"):
        capi.audio_object_has_property(SPEAKERS, ("nsrt", "glob", 0, 0))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="address"):
        capi.audio_object_has_property(SPEAKERS, 1.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="bytes-like"):
        capi.audio_object_set_property_data(SPEAKERS, "nsrt", "48000")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="qualifier"):
        capi.audio_object_get_property_data(SYSTEM, "uidd", qualifier=5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="finite"):
        capi.audio_object_set_property_float64(SPEAKERS, "nsrt", float("nan"))
    with pytest.raises(TypeError, match="float"):
        capi.audio_object_set_property_float64(SPEAKERS, "nsrt", True)
    with pytest.raises(ValueError, match="value"):
        capi.audio_object_set_property_uint32(SPEAKERS, "fsiz", -1)
    with pytest.raises(TypeError, match="AudioFormat"):
        capi.audio_object_set_property_format(OUTPUT_STREAM, "sfmt", b"\0" * 40)  # type: ignore[arg-type]
    assert hal.double.calls == []  # nothing reached C


# ---------------------------------------------------------------- listeners


def test_listener_sees_decoded_addresses(hal) -> None:
    seen = []
    listener = capi.audio_object_add_property_listener(
        SYSTEM, ("dev#", "glob", 0), lambda oid, addresses: seen.append((oid, addresses)))
    assert listener.registered and listener in capi.active_callbacks()
    assert "object 1 'dev#'/'glob'/0: registered" in repr(listener)
    (oid, addr, proc, client), = hal.double.called("AudioObjectAddPropertyListener")
    assert client == capi.hal.ffi.NULL
    assert (oid, addr.mSelector) == (SYSTEM, fourcc("dev#"))
    assert proc == listener.c_pointer
    # the HAL thread calls the trampoline with typed arguments
    assert hal.notify(SYSTEM, [("dev#", "glob", 0)]) == [0]
    assert seen == [(SYSTEM, (AudioObjectPropertyAddress("dev#", "glob", 0),))]
    assert listener.call_count == 1
    capi.audio_object_remove_property_listener(listener)
    assert not listener.registered and listener not in capi.active_callbacks()
    assert hal.listeners == []
    assert hal.notify(SYSTEM, [("dev#", "glob", 0)]) == []


def test_listener_exceptions_are_counted_not_propagated(hal) -> None:
    def broken(oid, addresses):
        raise RuntimeError(f"bug in listener for {oid}")

    listener = capi.audio_object_add_property_listener(SPEAKERS, "nsrt", broken)
    assert hal.notify(SPEAKERS, [("nsrt", "glob", 0)]) == [0]  # C sees success
    assert hal.notify(SPEAKERS, [("nsrt", "glob", 0)]) == [0]
    assert listener.error_count == 2 and listener.call_count == 2
    assert len(listener.exceptions) == 2
    with pytest.raises(RuntimeError, match="bug in listener for 73"):
        listener.check_errors()
    listener.check_errors()  # reported once: nothing pending now
    assert hal.double.errors == []
    capi.audio_object_remove_property_listener(listener)


def test_remove_twice_or_a_wrong_handle_is_refused(hal) -> None:
    listener = capi.audio_object_add_property_listener(SPEAKERS, "nsrt", print)
    capi.audio_object_remove_property_listener(listener)
    with pytest.raises(ValueError, match="not registered"):
        capi.audio_object_remove_property_listener(listener)
    with pytest.raises(TypeError, match="PropertyListener"):
        capi.audio_object_remove_property_listener("listener")  # type: ignore[arg-type]
    legacy = capi.audio_hardware_add_property_listener("dev#", print)
    with pytest.raises(TypeError, match="'hardware'"):
        capi.audio_object_remove_property_listener(legacy)
    capi.audio_hardware_remove_property_listener(legacy)


def test_failed_add_and_remove_keep_the_registry_consistent(hal) -> None:
    before = len(capi.active_callbacks())
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_object_add_property_listener(999, "nsrt", print)
    _assert_hal_error(info, BAD_OBJECT, "AudioObjectAddPropertyListener", "!obj")
    assert len(capi.active_callbacks()) == before
    listener = capi.audio_object_add_property_listener(SPEAKERS, "nsrt", print)
    hal.fail["AudioObjectRemovePropertyListener"] = BAD_OBJECT
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_object_remove_property_listener(listener)
    _assert_hal_error(info, BAD_OBJECT, "AudioObjectRemovePropertyListener", "!obj")
    assert listener.registered  # C still holds it, so we do too
    del hal.fail["AudioObjectRemovePropertyListener"]
    capi.audio_object_remove_property_listener(listener)
    with pytest.raises(TypeError, match="callable"):
        capi.audio_object_add_property_listener(SPEAKERS, "nsrt", "not callable")  # type: ignore[arg-type]


def test_listener_lifetime(hal) -> None:
    class Watcher:
        def __init__(self) -> None:
            self.hits = 0

        def __call__(self, oid, addresses) -> None:
            self.hits += 1

    watcher = Watcher()
    ref = weakref.ref(watcher)
    listener = capi.audio_object_add_property_listener(SYSTEM, "dOut", watcher)
    del watcher
    gc.collect()
    assert ref() is not None  # owned by the registry while C holds it
    hal.notify(SYSTEM, [("dOut", "glob", 0)])
    assert ref().hits == 1  # type: ignore[union-attr]
    capi.audio_object_remove_property_listener(listener)
    gc.collect()
    assert ref() is None  # freed after removal, though the handle is still held
    assert listener.callback is None and listener.c_pointer == capi.hal.ffi.NULL


def test_listener_can_remove_itself(hal) -> None:
    from coremusic.capi import hal_callbacks

    calls = []

    def once(oid, addresses):
        calls.append(oid)
        capi.audio_object_remove_property_listener(listener)

    listener = capi.audio_object_add_property_listener(SYSTEM, "dev#", once)
    assert hal.notify(SYSTEM, [("dev#", "glob", 0)]) == [0]
    assert calls == [SYSTEM] and listener.error_count == 0 and not listener.registered
    # its trampoline was running when it was removed: retired, not freed under its feet
    assert [h for h, _ in hal_callbacks._retired] == [listener]
    capi.active_callbacks()  # any later registry operation frees it once idle
    assert hal_callbacks._retired == []
    assert hal.notify(SYSTEM, [("dev#", "glob", 0)]) == []


def test_without_the_framework_calls_raise_platform_error_and_register_nothing() -> None:
    import sys

    from coremusic.exceptions import PlatformNotSupportedError

    if sys.platform == "darwin":
        pytest.skip("the real framework is present")
    before = capi.active_callbacks()
    with pytest.raises(PlatformNotSupportedError, match="CoreAudio"):
        capi.audio_object_get_property_data(SYSTEM, "dev#")
    with pytest.raises(PlatformNotSupportedError):
        capi.audio_object_add_property_listener(SYSTEM, "dev#", print)
    with pytest.raises(PlatformNotSupportedError):
        capi.audio_device_create_io_proc_id(SPEAKERS, print)
    assert capi.active_callbacks() == before


def test_removal_in_progress_is_not_repeated(hal) -> None:
    listener = capi.audio_object_add_property_listener(SPEAKERS, "nsrt", print)
    refused = []

    def remove_while_removing(oid, addr, proc, client):
        # as if another thread removed the same listener while the HAL is busy
        with pytest.raises(ValueError, match="being removed"):
            capi.audio_object_remove_property_listener(listener)
        refused.append(oid)
        return 0

    hal.double.implement("AudioObjectRemovePropertyListener", remove_while_removing)
    capi.audio_object_remove_property_listener(listener)
    assert refused == [SPEAKERS] and not listener.registered
