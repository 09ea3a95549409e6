"""Contract tests of AudioComponent.h (coremusic.capi.audiocomponent).

They run through the cffi-typed AudioToolbox double with the model of
tests/doubles/audiounit.py: they prove marshalling, ownership and error
mapping, not Apple's behaviour.
"""

from __future__ import annotations

import gc
import weakref

import pytest

from coremusic import capi
from coremusic._ffi import ffi
from coremusic.capi._aucallbacks import ComponentFactory, active_au_callbacks
from coremusic.exceptions import AudioUnitError
from coremusic.structs import AudioComponentDescription
from tests.doubles.audiounit import BAD_INSTANCE, AUModel, fourcc


@pytest.fixture
def au(framework_double, cf) -> AUModel:
    return AUModel(framework_double("AudioToolbox"), cf)


def test_find_next_walks_matches_in_order(au) -> None:
    first = capi.audio_component_find_next(0, ("aufx", 0, "appl"))
    second = capi.audio_component_find_next(first, ("aufx", 0, "appl"))
    assert (first, second) == (AUModel.DELAY, AUModel.REVERB)
    assert capi.audio_component_find_next(second, ("aufx", 0, "appl")) == 0
    (_, desc), *_ = au.double.called("AudioComponentFindNext")
    assert (desc.componentType, desc.componentSubType, desc.componentManufacturer) == (fourcc("aufx"), 0, fourcc("appl"))


def test_description_forms_are_equivalent(au) -> None:
    forms = [("aumu", "dls ", "appl"), AudioComponentDescription("aumu", "dls ", "appl"),
             [fourcc("aumu"), "dls ", b"appl"]]
    assert {capi.audio_component_find_next(0, f) for f in forms} == {AUModel.SYNTH}


def test_bad_descriptions_raise_precisely(au) -> None:
    with pytest.raises(TypeError):
        capi.audio_component_find_next(0, "aufx")
    with pytest.raises(ValueError):
        capi.audio_component_count(())
    with pytest.raises(ValueError):
        capi.audio_component_count(("toolong",))
    with pytest.raises(TypeError):
        capi.audio_component_find_next("x", ("aufx",))  # type: ignore[arg-type]


def test_count_uses_wildcards(au) -> None:
    assert capi.audio_component_count((0, 0, 0)) == 4
    assert capi.audio_component_count(("aufx",)) == 2
    assert capi.audio_component_count(("aufx", "none", 0)) == 0


def test_copy_name_releases_the_string_once(au, cf) -> None:
    assert capi.audio_component_copy_name(AUModel.REVERB) == "Apple: AUMatrixReverb"
    strings = [o for o in cf.objects.values() if o.kind == "string" and o.value == "Apple: AUMatrixReverb"]
    assert strings and all(o.refcount == 0 for o in strings)


def test_description_and_version(au) -> None:
    desc = capi.audio_component_get_description(AUModel.DELAY)
    assert desc == AudioComponentDescription("aufx", "dely", "appl", flags=2)
    assert capi.audio_component_get_version(AUModel.REVERB) == 0x10100


def test_component_errors_map_to_audio_unit_error(au) -> None:
    for fn in (capi.audio_component_copy_name, capi.audio_component_get_description,
               capi.audio_component_get_version, capi.audio_component_instance_new,
               capi.audio_component_copy_configuration_info):
        with pytest.raises(AudioUnitError) as info:
            fn(0x1234)
        assert info.value.status == BAD_INSTANCE
        assert info.value.operation.startswith("AudioComponent")
    with pytest.raises(ValueError):
        capi.audio_component_get_version(0)


def test_instance_lifecycle(au) -> None:
    unit = capi.audio_component_instance_new(AUModel.DELAY)
    assert unit in au.instances
    assert capi.audio_component_instance_get_component(unit) == AUModel.DELAY
    assert capi.audio_component_instance_can_do(unit, 14) is True   # render
    assert capi.audio_component_instance_can_do(unit, 19) is False  # complex render
    with pytest.raises(ValueError):
        capi.audio_component_instance_can_do(unit, 1 << 20)
    capi.audio_component_instance_dispose(unit)
    assert unit not in au.instances
    with pytest.raises(AudioUnitError) as info:
        capi.audio_component_instance_dispose(unit)
    assert info.value.status == BAD_INSTANCE
    assert capi.audio_component_instance_get_component(unit) == 0


def test_instance_new_error_status(au) -> None:
    au.fail["AudioComponentInstanceNew"] = -66750  # too many instances
    with pytest.raises(AudioUnitError) as info:
        capi.audio_component_instance_new(AUModel.DELAY)
    assert info.value.status == -66750 and info.value.operation == "AudioComponentInstanceNew"


def test_configuration_info_converts_and_releases(au, cf) -> None:
    assert capi.audio_component_copy_configuration_info(AUModel.DELAY) == {
        "BusCountWritable": False, "HasCustomView": False}
    assert capi.audio_component_copy_configuration_info(AUModel.SYNTH) == {}
    assert not cf.leaks()


def test_validate_passes_parameters_as_cf(au, cf) -> None:
    assert capi.audio_component_validate(AUModel.DELAY) == 1
    assert capi.audio_component_validate(AUModel.DELAY, {"TimeOut": 10.0, "ForceValidation": True}) == 1
    assert au.validations == [(AUModel.DELAY, None),
                              (AUModel.DELAY, {"TimeOut": 10.0, "ForceValidation": True})]
    with pytest.raises(TypeError):
        capi.audio_component_validate(AUModel.DELAY, [("TimeOut", 1.0)])  # type: ignore[arg-type]
    au.fail["AudioComponentValidate"] = -50
    with pytest.raises(AudioUnitError):
        capi.audio_component_validate(AUModel.DELAY)


def _interface_factory(opened: list[int], closed: list[int]):
    """A Python AudioComponentPlugInInterface: Open/Close trampolines, Lookup returning NULL."""
    @ffi.callback("OSStatus(void *, AudioComponentInstance)")
    def open_(self_ptr, instance):
        opened.append(int(ffi.cast("uintptr_t", instance)))
        return 0

    @ffi.callback("OSStatus(void *)")
    def close(self_ptr):
        closed.append(1)
        return 0

    @ffi.callback("AudioComponentMethod(SInt16)")
    def lookup(selector):
        return ffi.NULL

    iface = ffi.new("AudioComponentPlugInInterface *",
                    {"Open": open_, "Close": close, "Lookup": lookup})
    keep = (open_, close, lookup, iface)

    def factory(desc: AudioComponentDescription) -> object:
        assert desc.subtype == fourcc("gain")
        return keep[3]

    return factory, keep


def test_register_calls_the_python_factory_on_instantiation(au, cf) -> None:
    opened: list[int] = []
    closed: list[int] = []
    factory, _keep = _interface_factory(opened, closed)
    reg = capi.audio_component_register(("aufx", "gain", "Demo"), "Demo: Gain", 0x10000, factory)
    assert isinstance(reg, ComponentFactory) and reg.registered and reg in active_au_callbacks()
    assert capi.audio_component_copy_name(reg.component) == "Demo: Gain"
    unit = capi.audio_component_instance_new(reg.component)
    assert opened == [unit] and reg.call_count == 1
    capi.audio_component_instance_dispose(unit)
    assert closed == [1]
    assert "Demo" in repr(reg)


def test_register_factory_failure_returns_null_and_is_kept(au, cf) -> None:
    def broken(desc: AudioComponentDescription) -> object:
        raise RuntimeError("no interface today")

    reg = capi.audio_component_register(("aufx", "brk!", "Demo"), "Demo: Broken", 1, broken)
    with pytest.raises(AudioUnitError):
        capi.audio_component_instance_new(reg.component)
    assert reg.error_count == 1
    with pytest.raises(RuntimeError, match="no interface"):
        reg.check_errors()


def test_register_rejects_bad_arguments_and_refusal(au, cf) -> None:
    with pytest.raises(TypeError):
        capi.audio_component_register(("aufx", "x   ", "Demo"), 5, 1, lambda d: 0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        capi.audio_component_register(("aufx", "x   ", "Demo"), "n", 1, 42)
    with pytest.raises(TypeError):
        capi.audio_component_register(("aufx", "x   ", "Demo"), "n", 1, ffi.cast("void *", 0))
    au.fail["AudioComponentRegister"] = 1
    before = len(active_au_callbacks())
    with pytest.raises(ValueError, match="refused"):
        capi.audio_component_register(("aufx", "x   ", "Demo"), "Demo: X", 1, lambda d: 0)
    assert len(active_au_callbacks()) == before


def test_register_accepts_a_raw_factory_pointer(au, cf) -> None:
    raw = ffi.callback("AudioComponentFactoryFunction", lambda d: ffi.NULL)
    reg = capi.audio_component_register(("aufx", "raw ", "Demo"), "Demo: Raw", 1, raw)
    assert au.components[reg.component].factory == raw


def test_factory_lives_while_registered(au, cf) -> None:
    opened: list[int] = []
    factory, _keep = _interface_factory(opened, [])
    reg = capi.audio_component_register(("aufx", "gain", "Demo"), "Demo: Gain2", 1, factory)
    ref = weakref.ref(reg)
    comp = reg.component
    del reg
    gc.collect()
    assert ref() is not None  # the registry holds it: C may call the factory at any time
    capi.audio_component_instance_new(comp)
    assert len(opened) == 1
