"""Contract tests of AudioServices.h and AudioHardwareService.h through the
cffi-typed AudioToolbox and CF doubles.

The small model below stands in for the system sound server and the
hardware service: it keeps sounds, properties and listeners in Python and
calls the completion and listener trampolines coremusic hands it.  It proves
marshalling, ownership and error mapping, not Apple's behaviour.
"""

from __future__ import annotations

import gc
import struct
import weakref
from typing import Any

import pytest

from coremusic import capi
from coremusic._ffi import ffi
from coremusic.exceptions import AudioDeviceError, CoreAudioError

UNSUPPORTED_PROPERTY = int.from_bytes(b"pty?", "big")
BAD_SPECIFIER_SIZE = int.from_bytes(b"!spc", "big")
UNKNOWN_PROPERTY = int.from_bytes(b"who?", "big")
SPEAKERS = 73


def _code(text: str) -> int:
    return int.from_bytes(text.encode("ascii"), "big")


class ServicesModel:
    """System sounds, AudioServices properties and the hardware service, in Python."""

    def __init__(self, double: Any, cf: Any) -> None:
        self.double, self.cf = double, cf
        self.sounds: dict[int, str] = {}
        self.played: list[tuple[str, int]] = []
        self.completions: dict[int, tuple[Any, Any, Any, str | None]] = {}
        self.ui_sound: dict[int, int] = {}
        self.hw: dict[tuple[int, int, int, int], bytes] = {(SPEAKERS, _code("vmvc"), _code("outp"), 0):
                                                           struct.pack("=f", 0.5)}
        self.hw_listeners: list[tuple[int, tuple[int, int, int], Any, Any]] = []
        self._next = 4100
        self._install()

    def finish(self, sound: int) -> None:
        proc, _loop, client, _mode = self.completions[sound]
        proc(sound, client)

    def notify(self, oid: int, selector: str, scope: str = "outp", element: int = 0) -> int:
        arr = ffi.new("AudioObjectPropertyAddress[]", [{"mSelector": _code(selector), "mScope": _code(scope),
                                                        "mElement": element}])
        called = 0
        for lid, key, proc, client in list(self.hw_listeners):
            if lid == oid and key == (_code(selector), _code(scope), element):
                proc(oid, 1, arr, client)
                called += 1
        return called

    def _install(self) -> None:
        d = self.double

        @d.implement("AudioServicesCreateSystemSoundID")
        def _create(url: Any, out: Any) -> int:
            path = self.cf.value_of(url)
            if not path.endswith(".aiff"):
                return _code("fmt?")
            self._next += 1
            self.sounds[self._next] = path
            out[0] = self._next
            return 0

        @d.implement("AudioServicesDisposeSystemSoundID")
        def _dispose(sound: int) -> int:
            if self.sounds.pop(sound, None) is None:
                return -50
            self.completions.pop(sound, None)
            return 0

        d.implement("AudioServicesPlaySystemSound", lambda sound: self.played.append(("system", sound)))
        d.implement("AudioServicesPlayAlertSound", lambda sound: self.played.append(("alert", sound)))

        @d.implement("AudioServicesAddSystemSoundCompletion")
        def _add(sound: int, loop: Any, mode: Any, proc: Any, client: Any) -> int:
            if sound not in self.sounds:
                return -50
            mode_text = self.cf.value_of(mode) if mode != ffi.NULL else None
            self.completions[sound] = (proc, int(ffi.cast("uintptr_t", loop)), client, mode_text)
            return 0

        @d.implement("AudioServicesRemoveSystemSoundCompletion")
        def _remove(sound: int) -> None:
            self.completions.pop(sound, None)

        def spec_sound(size: int, spec: Any) -> int | None:
            if size != 4:
                return None
            return int(ffi.cast("SystemSoundID *", spec)[0])

        @d.implement("AudioServicesGetPropertyInfo")
        def _info(pid: int, size: int, spec: Any, out_size: Any, writable: Any) -> int:
            if pid != _code("isui"):
                return UNSUPPORTED_PROPERTY
            if spec_sound(size, spec) is None:
                return BAD_SPECIFIER_SIZE
            out_size[0] = 4
            writable[0] = True
            return 0

        @d.implement("AudioServicesGetProperty")
        def _get(pid: int, size: int, spec: Any, io: Any, out: Any) -> int:
            sound = spec_sound(size, spec)
            if pid != _code("isui") or sound is None:
                return UNSUPPORTED_PROPERTY
            ffi.memmove(out, struct.pack("=I", self.ui_sound.get(sound, 1)), 4)
            io[0] = 4
            return 0

        @d.implement("AudioServicesSetProperty")
        def _set(pid: int, size: int, spec: Any, data_size: int, data: Any) -> int:
            sound = spec_sound(size, spec)
            if pid != _code("isui") or sound is None or data_size != 4:
                return UNSUPPORTED_PROPERTY
            self.ui_sound[sound] = struct.unpack("=I", bytes(ffi.buffer(data, 4)))[0]
            return 0

        def key(oid: int, addr: Any) -> tuple[int, int, int, int]:
            return (oid, int(addr.mSelector), int(addr.mScope), int(addr.mElement))

        d.implement("AudioHardwareServiceHasProperty", lambda oid, addr: key(oid, addr) in self.hw)

        @d.implement("AudioHardwareServiceIsPropertySettable")
        def _settable(oid: int, addr: Any, out: Any) -> int:
            if key(oid, addr) not in self.hw:
                return UNKNOWN_PROPERTY
            out[0] = True
            return 0

        @d.implement("AudioHardwareServiceGetPropertyDataSize")
        def _size(oid: int, addr: Any, qsize: int, qdata: Any, out: Any) -> int:
            value = self.hw.get(key(oid, addr))
            if value is None:
                return UNKNOWN_PROPERTY
            out[0] = len(value)
            return 0

        @d.implement("AudioHardwareServiceGetPropertyData")
        def _get_data(oid: int, addr: Any, qsize: int, qdata: Any, io: Any, out: Any) -> int:
            value = self.hw[key(oid, addr)]
            ffi.memmove(out, value, len(value))
            io[0] = len(value)
            return 0

        @d.implement("AudioHardwareServiceSetPropertyData")
        def _set_data(oid: int, addr: Any, qsize: int, qdata: Any, size: int, data: Any) -> int:
            k = key(oid, addr)
            if k not in self.hw:
                return UNKNOWN_PROPERTY
            self.hw[k] = bytes(ffi.buffer(data, size))
            return 0

        @d.implement("AudioHardwareServiceAddPropertyListener")
        def _add_listener(oid: int, addr: Any, proc: Any, client: Any) -> int:
            if key(oid, addr) not in self.hw:
                return UNKNOWN_PROPERTY
            self.hw_listeners.append((oid, key(oid, addr)[1:], proc, client))
            return 0

        @d.implement("AudioHardwareServiceRemovePropertyListener")
        def _remove_listener(oid: int, addr: Any, proc: Any, client: Any) -> int:
            for entry in self.hw_listeners:
                if entry[0] == oid and entry[1] == key(oid, addr)[1:] and entry[2] == proc:
                    self.hw_listeners.remove(entry)
                    return 0
            return UNKNOWN_PROPERTY


@pytest.fixture
def model(framework_double, cf) -> ServicesModel:
    return ServicesModel(framework_double("AudioToolbox"), cf)


# ---------------------------------------------------------------- system sounds


def test_create_play_dispose(model, cf) -> None:
    sound = capi.audio_services_create_system_sound_id("/sounds/ping.aiff")
    assert model.sounds[sound] == "/sounds/ping.aiff"
    capi.audio_services_play_system_sound(sound)
    capi.audio_services_play_alert_sound(4096)
    assert model.played == [("system", sound), ("alert", 4096)]
    capi.audio_services_dispose_system_sound_id(sound)
    assert sound not in model.sounds
    with pytest.raises(CoreAudioError) as info:
        capi.audio_services_dispose_system_sound_id(sound)
    assert info.value.status == -50 and info.value.operation == "AudioServicesDisposeSystemSoundID"
    with pytest.raises(CoreAudioError) as info:
        capi.audio_services_create_system_sound_id("/sounds/ping.mp3")
    assert info.value.fourcc == "fmt?"
    with pytest.raises(ValueError, match="sound_id"):
        capi.audio_services_play_system_sound(-1)


def test_completion_callback_lifetime_and_errors(model, cf) -> None:
    sound = capi.audio_services_create_system_sound_id("/sounds/ping.aiff")
    finished: list[int] = []

    class Done:
        def __call__(self, sid: int) -> None:
            finished.append(sid)
            if len(finished) == 2:
                raise LookupError("second completion broke")

    done = Done()
    ref = weakref.ref(done)
    capi.audio_services_add_system_sound_completion(sound, done, run_loop_mode="kCFRunLoopDefaultMode")
    assert model.completions[sound][3] == "kCFRunLoopDefaultMode"
    del done
    gc.collect()
    assert ref() is not None  # kept while the sound server holds it
    model.finish(sound)
    model.finish(sound)
    assert finished == [sound, sound]
    with pytest.raises(LookupError):
        capi.audio_services_check_completion_errors(sound)
    capi.audio_services_check_completion_errors(sound)  # reported once
    capi.audio_services_remove_system_sound_completion(sound)
    assert sound not in model.completions
    gc.collect()
    assert ref() is None
    with pytest.raises(ValueError, match="no completion"):
        capi.audio_services_check_completion_errors(sound)
    # disposing a sound drops its callback too
    capi.audio_services_add_system_sound_completion(sound, finished.append)
    capi.audio_services_dispose_system_sound_id(sound)
    with pytest.raises(ValueError, match="no completion"):
        capi.audio_services_check_completion_errors(sound)


def test_failed_completion_registration_keeps_nothing(model) -> None:
    with pytest.raises(CoreAudioError) as info:
        capi.audio_services_add_system_sound_completion(9999, print)
    assert info.value.operation == "AudioServicesAddSystemSoundCompletion"
    with pytest.raises(TypeError, match="callable"):
        capi.audio_services_add_system_sound_completion(9999, None)  # type: ignore[arg-type]


def test_services_properties_with_sound_specifier(model) -> None:
    sound = capi.audio_services_create_system_sound_id("/sounds/ping.aiff")
    assert capi.audio_services_get_property_info("isui", sound) == (4, True)
    assert capi.audio_services_get_property("isui", sound) == struct.pack("=I", 1)
    capi.audio_services_set_property("isui", 0, specifier=sound)
    assert struct.unpack("=I", capi.audio_services_get_property("isui", sound, 4))[0] == 0
    capi.audio_services_set_property("isui", struct.pack("=I", 1), specifier=struct.pack("=I", sound))
    assert model.ui_sound[sound] == 1
    with pytest.raises(CoreAudioError) as info:
        capi.audio_services_get_property_info("isui", b"\x01")
    assert info.value.fourcc == "!spc"
    with pytest.raises(CoreAudioError) as info:
        capi.audio_services_get_property_info("ifdi")
    assert info.value.status == UNSUPPORTED_PROPERTY
    with pytest.raises(TypeError, match="specifier"):
        capi.audio_services_get_property("isui", "ping")  # type: ignore[arg-type]


# ---------------------------------------------------------------- hardware service


def test_hardware_service_properties(model) -> None:
    address = ("vmvc", "outp", 0)
    assert capi.audio_hardware_service_has_property(SPEAKERS, address) is True
    assert capi.audio_hardware_service_has_property(SPEAKERS, "vmvc") is False  # global scope
    assert capi.audio_hardware_service_is_property_settable(SPEAKERS, address) is True
    assert capi.audio_hardware_service_get_property_data_size(SPEAKERS, address) == 4
    assert struct.unpack("=f", capi.audio_hardware_service_get_property_data(SPEAKERS, address))[0] == 0.5
    capi.audio_hardware_service_set_property_data(SPEAKERS, address, struct.pack("=f", 0.25))
    assert model.hw[(SPEAKERS, _code("vmvc"), _code("outp"), 0)] == struct.pack("=f", 0.25)
    with pytest.raises(AudioDeviceError) as info:
        capi.audio_hardware_service_get_property_data(SPEAKERS, "vmbc")
    assert info.value.fourcc == "who?" and info.value.operation == "AudioHardwareServiceGetPropertyDataSize"
    with pytest.raises(AudioDeviceError):
        capi.audio_hardware_service_set_property_data(SPEAKERS, "vmbc", b"\x00" * 4)
    with pytest.raises(AudioDeviceError):
        capi.audio_hardware_service_is_property_settable(SPEAKERS, "vmbc")
    with pytest.raises(ValueError, match="kAudioObjectUnknown"):
        capi.audio_hardware_service_has_property(0, address)


def test_hardware_service_listener(model) -> None:
    seen = []

    class Watcher:
        def __call__(self, oid: int, addresses: tuple) -> None:
            seen.append((oid, addresses[0].selector))

    watcher = Watcher()
    ref = weakref.ref(watcher)
    listener = capi.audio_hardware_service_add_property_listener(SPEAKERS, ("vmvc", "outp", 0), watcher)
    assert "HardwareServiceListener object 73 'vmvc'/'outp'/0" in repr(listener)
    del watcher
    gc.collect()
    assert model.notify(SPEAKERS, "vmvc") == 1
    assert seen == [(SPEAKERS, _code("vmvc"))] and listener.call_count == 1
    with pytest.raises(TypeError):  # the AudioObject remover refuses a service listener
        capi.audio_object_remove_property_listener(listener)  # type: ignore[arg-type]
    capi.audio_hardware_service_remove_property_listener(listener)
    gc.collect()
    assert ref() is None and not listener.registered
    assert model.notify(SPEAKERS, "vmvc") == 0
    with pytest.raises(ValueError, match="not registered"):
        capi.audio_hardware_service_remove_property_listener(listener)
    with pytest.raises(AudioDeviceError):
        capi.audio_hardware_service_add_property_listener(SPEAKERS, "vmbc", print)
