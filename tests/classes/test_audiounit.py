"""AudioComponent and AudioUnit classes, driven through the cffi-typed AudioToolbox
double (tests/doubles/audiounit.py): they prove the classes' logic and their use
of coremusic.capi, not Apple's behaviour.
"""

from __future__ import annotations

import plistlib
import sys

import numpy as np
import pytest

from coremusic.audio.au_component import AudioComponent, type_code
from coremusic.audio.audiounit import AudioUnit, AUParameter, AUPreset
from coremusic.exceptions import AudioUnitError, PlatformNotSupportedError
from coremusic.formats import AudioFormat
from coremusic.structs import AudioComponentDescription
from tests.doubles.audiounit import AUModel


@pytest.fixture
def au(framework_double, cf) -> AUModel:
    return AUModel(framework_double("AudioToolbox"), cf)


@pytest.mark.skipif(sys.platform == "darwin", reason="checks the non-macOS behaviour")
def test_construction_raises_platform_not_supported_without_audiotoolbox() -> None:
    for make in (lambda: AudioUnit(("aufx", "dely", "appl")), AudioUnit.default_output,
                 lambda: AudioComponent.find(type="effect"), lambda: AudioComponent(1)):
        with pytest.raises(PlatformNotSupportedError) as info:
            make()
        assert info.value.framework == "AudioToolbox" and info.value.alternative


# ---------------------------------------------------------------- discovery


def test_find_by_type_names_and_fourccs(au) -> None:
    effects = AudioComponent.find(type="effect")
    assert [c.name for c in effects] == ["Apple: AUDelay", "Apple: AUMatrixReverb"]
    assert AudioComponent.find(type="aufx", subtype="mrev") == [effects[1]]
    assert AudioComponent.find(manufacturer="none") == []
    assert len(AudioComponent.find()) == 4
    assert type_code("instrument") == type_code("aumu")
    with pytest.raises(ValueError, match="unknown AudioUnit type"):
        AudioComponent.find(type="effects")
    with pytest.raises(TypeError):
        AudioComponent.find(subtype=1.5)  # type: ignore[arg-type]


def test_component_properties_and_dict(au) -> None:
    delay = AudioComponent.find_first("effect", "dely")
    assert (delay.type, delay.subtype, delay.manufacturer) == ("aufx", "dely", "appl")
    assert delay.type_name == "effect" and delay.short_name == "AUDelay"
    assert delay.manufacturer_name == "Apple" and delay.version_string == "1.0.0"
    assert delay.sandbox_safe and delay.configuration_info["HasCustomView"] is False
    assert delay.validate(timeout=5.0) == 1 and au.validations[-1][1] == {"TimeOut": 5.0}
    info = delay.to_dict()
    assert info["name"] == "Apple: AUDelay" and info["version"] == 0x10000 and info["type_name"] == "effect"
    assert "AUDelay" in repr(delay) and "aufx/dely/appl" in repr(delay)
    assert AudioComponent.list_installed("instrument")[0]["subtype"] == "dls "
    with pytest.raises(LookupError, match="aufx/none"):
        AudioComponent.find_first("effect", "none")
    with pytest.raises(ValueError):
        AudioComponent(0)


def test_from_name_full_short_and_errors(au) -> None:
    assert AudioComponent.from_name("Apple: AUDelay").subtype == "dely"
    assert AudioComponent.from_name("audelay").subtype == "dely"
    with pytest.raises(LookupError, match="did you mean"):
        AudioComponent.from_name("Delay")
    with pytest.raises(LookupError):
        AudioComponent.from_name("AUDelay", type="instrument")
    au.components[0xC0_0500] = au.components[AUModel.DELAY].__class__(
        (1, 2, 3), "Other: AUDelay", 1, {})
    with pytest.raises(LookupError, match="ambiguous"):
        AudioComponent.from_name("AUDelay")
    with pytest.raises(TypeError):
        AudioComponent.from_name("")


# ---------------------------------------------------------------- AudioUnit


def test_instantiate_forms_and_lifecycle(au) -> None:
    forms = [("aufx", "dely", "appl"), AudioComponentDescription("aufx", "dely", "appl"), "AUDelay",
             AudioComponent.find_first("effect", "dely")]
    for form in forms:
        with AudioUnit(form) as unit:
            assert unit.name == "Apple: AUDelay" and unit.handle in au.instances
            handle = unit.handle
        assert unit.closed and handle not in au.instances
    unit = AudioComponent.find_first("effect", "dely").instantiate()
    unit.initialize()
    unit.initialize()  # idempotent
    assert len(au.double.called("AudioUnitInitialize")) == 1
    assert "initialized" in repr(unit)
    unit.close()
    unit.close()
    assert len(au.double.called("AudioUnitUninitialize")) == 1
    assert "closed" in repr(unit)
    with pytest.raises(ValueError, match="closed"):
        unit.get_parameter(0)
    with pytest.raises(TypeError):
        AudioUnit(42)  # type: ignore[arg-type]


def test_default_output_and_from_name(au) -> None:
    with AudioUnit.default_output() as out:
        assert out.description.subtype == int.from_bytes(b"def ", "big")
    with AudioUnit.from_name("DLSMusicDevice", type="instrument") as synth:
        assert synth.is_instrument


def test_stream_formats_and_properties(au) -> None:
    with AudioUnit(("aufx", "dely", "appl")) as unit:
        formats = unit.stream_formats
        assert set(formats) == {"input", "output"} and formats["output"].channels_per_frame == 2
        assert unit.sample_rate == 44100.0
        unit.initialize()
        mono = AudioFormat.pcm(48000.0, 1, 32, True, interleaved=False)
        unit.set_stream_format(mono, "input")  # uninitializes around the change
        assert unit.get_stream_format("input") == mono and unit.initialized
        assert unit.max_frames_per_slice == 1156
        unit.max_frames_per_slice = 512
        assert unit.max_frames_per_slice == 512
        assert unit.latency == 0.0 and unit.tail_time == 0.0
        assert unit.bypass is False
        unit.bypass = True
        assert unit.bypass is True
        unit.reset()
        assert au.instances[unit.handle].resets == [(0, 0)]


def test_parameters_by_name_and_id(au) -> None:
    with AudioUnit(("aufx", "dely", "appl")) as unit:
        params = unit.parameters
        assert [p.name for p in params] == ["Dry/Wet Mix", "Delay Time", "Feedback", "Lowpass Cutoff Frequency"]
        mix = params[0]
        assert isinstance(mix, AUParameter) and mix.unit == "percent" and mix.value == 50.0
        assert mix.normalized == 0.5 and mix.to_dict()["max"] == 100.0
        assert params[3].unit == "hertz"
        unit["Dry/Wet Mix"] = 20.0
        assert unit["dry/wet mix"] == 20.0 and unit.get_parameter(0) == 20.0
        unit.set_parameter(1, 0.5)
        assert unit.parameter("Delay Time").value == 0.5
        with pytest.raises(ValueError, match=r"0.0..100.0"):
            unit["Dry/Wet Mix"] = 150.0
        with pytest.raises(KeyError, match="Dry/Wet Mix"):
            unit.get_parameter("Wetness")
        with pytest.raises(KeyError):
            unit.get_parameter(99)
        with pytest.raises(TypeError):
            unit.set_parameter("Feedback", "lots")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            unit.get_parameter(True)


def test_factory_presets_and_state_round_trip(au, cf) -> None:
    with AudioUnit(("aufx", "mrev", "appl")) as reverb:
        assert reverb.factory_presets == [AUPreset(0, "Small Room"), AUPreset(1, "Large Hall")]
        assert reverb.load_factory_preset("large hall") == AUPreset(1, "Large Hall")
        assert reverb.present_preset == AUPreset(1, "Large Hall") and reverb["Dry/Wet Mix"] == 80.0
        assert reverb.load_factory_preset(0).name == "Small Room"
        assert reverb.load_factory_preset(AUPreset(1, "x")).number == 1
        with pytest.raises(KeyError, match="Small Room"):
            reverb.load_factory_preset("Cathedral")
        with pytest.raises(TypeError):
            reverb.load_factory_preset(1.0)  # type: ignore[arg-type]
        reverb["Dry/Wet Mix"] = 33.0
        state = reverb.save_state()
        assert plistlib.loads(state)["name"] == "Large Hall"
        reverb["Dry/Wet Mix"] = 90.0
        reverb.restore_state(state)
        assert reverb["Dry/Wet Mix"] == 33.0
        with pytest.raises(ValueError, match="property list"):
            reverb.restore_state(b"not a plist")
        with pytest.raises(ValueError, match="dictionary"):
            reverb.restore_state(plistlib.dumps([1, 2]))
        with pytest.raises(TypeError):
            reverb.restore_state("state")  # type: ignore[arg-type]
    assert not cf.leaks()


def test_process_numpy_through_an_effect(au) -> None:
    with AudioUnit(("aufx", "dely", "appl")) as unit:
        unit["Dry/Wet Mix"] = 100.0  # the model's gain: 0.5
        rng = np.random.default_rng(1)
        data = (rng.standard_normal((3000, 2)) * 0.1).astype(np.float32)
        out = unit.process(data, sample_rate=48000.0)
        assert out.shape == (3000, 2) and out.dtype == np.float32
        assert np.allclose(out, data * 0.5, atol=1e-6)
        assert unit.get_stream_format("output").sample_rate == 48000.0
        assert len(au.double.called("AudioUnitRender")) == 3  # slices of MaximumFramesPerSlice
        mono = unit.process(np.linspace(-1, 1, 100), tail=0.001)
        assert mono.shape == (148, 2)
        assert np.allclose(mono[:100, 0], np.linspace(-1, 1, 100) * 0.5, atol=1e-6)
        assert np.all(mono[100:] == 0.0)
        assert au.instances[unit.handle].input_proc is None  # the source is removed after use
        with pytest.raises(ValueError):
            unit.process(np.zeros((4, 2, 2)))
        with pytest.raises(ValueError):
            unit.process(np.array([np.nan]))
        with pytest.raises(TypeError):
            unit.process(np.array(["a"]))
        with pytest.raises(ValueError):
            unit.process(np.zeros(4), tail=-1.0)


def test_process_surfaces_render_errors(au) -> None:
    with AudioUnit(("aufx", "dely", "appl")) as unit:
        au.fail["AudioUnitRender"] = -10874
        with pytest.raises(AudioUnitError) as info:
            unit.process(np.zeros(16))
        assert info.value.status == -10874
        assert au.instances[unit.handle].input_proc is None


def test_instrument_midi_and_render(au) -> None:
    with AudioUnit(("aumu", "dls ", "appl")) as synth:
        silent = synth.render(64)
        assert silent.shape == (64, 2) and np.all(silent == 0.0)
        synth.note_on(0, 60, 127)
        sound = synth.render(64)
        assert np.allclose(sound, 0.1)
        synth.note_off(0, 60)
        synth.control_change(1, 7, 100)
        synth.program_change(1, 5)
        synth.pitch_bend(1, -8192)
        synth.pitch_bend(1, 8191)
        synth.send_sysex(bytes([0xF0, 0x7E, 0x7F, 0x09, 0x01, 0xF7]))
        midi = au.instances[synth.handle].midi
        assert midi == [(0x90, 60, 127, 0), (0x80, 60, 0, 0), (0xB1, 7, 100, 0), (0xC1, 5, 0, 0),
                        (0xE1, 0, 0, 0), (0xE1, 0x7F, 0x7F, 0)]
        synth.note_on(2, 64, 100)
        synth.all_notes_off()
        assert au.instances[synth.handle].notes == {}
        assert sum(1 for m in au.instances[synth.handle].midi if m[0] & 0xF0 == 0xB0 and m[1] == 123) == 16
        with pytest.raises(ValueError):
            synth.note_on(16, 60, 100)
        with pytest.raises(ValueError):
            synth.pitch_bend(0, 9000)
        with pytest.raises(ValueError):
            synth.render(-1)


def test_output_unit_start_stop_with_input_callback(au) -> None:
    seen: list[int] = []

    def tone(flags, time, bus, frames, data):
        seen.append(frames)
        for a in data.arrays():
            a[:, 0] = 0.25

    with AudioUnit.default_output() as out:
        out.set_input_callback(tone)
        out.start()
        out.start()
        assert out.running and au.instances[out.handle].running
        assert len(au.double.called("AudioOutputUnitStart")) == 1
        # the model's output unit pulls through the callback as its IO thread would
        rendered = out.render(32)
        assert seen == [32] and np.allclose(rendered, 0.25)
        out.check_callback_errors()
        out.set_input_callback(None)
        assert au.instances[out.handle].input_proc is None
        handle = out.handle
    assert not au.instances.get(handle) and len(au.double.called("AudioOutputUnitStop")) == 1


def test_input_callback_errors_are_reported(au) -> None:
    def broken(*args):
        raise RuntimeError("callback bug")

    with AudioUnit(("aufx", "dely", "appl")) as unit:
        unit.set_input_callback(broken)
        assert np.all(unit.render(16) == 0.0)
        with pytest.raises(RuntimeError, match="callback bug"):
            unit.check_callback_errors()


def test_close_does_not_raise_old_callback_errors(au) -> None:
    unit = AudioUnit(("aufx", "dely", "appl"))
    unit.set_input_callback(lambda *a: 1 / 0)
    unit.render(8)
    unit.close()
    assert unit.closed


def test_process_reports_source_errors(au) -> None:
    with AudioUnit(("aufx", "dely", "appl")) as unit:
        unit.set_input_callback(lambda *a: 1 / 0)
        unit.render(8)
        with pytest.raises(ZeroDivisionError):
            unit.process(np.zeros(8))  # the previous source's error surfaces when it is replaced


def test_errors_name_the_unit_and_keep_the_status(au) -> None:
    au.fail["AudioComponentInstanceNew"] = -66750
    with pytest.raises(AudioUnitError) as info:
        AudioUnit(("aufx", "dely", "appl"))
    assert info.value.status == -66750 and "Apple: AUDelay (aufx/dely/appl)" in str(info.value)
    del au.fail["AudioComponentInstanceNew"]
    with AudioUnit(("aufx", "dely", "appl")) as unit:
        au.fail["AudioUnitInitialize"] = -10875
        with pytest.raises(AudioUnitError) as info:
            unit.initialize()
        err = info.value
        assert (err.status, err.operation, err.obj) == (-10875, "AudioUnitInitialize",
                                                       "Apple: AUDelay (aufx/dely/appl)")
        assert not unit.initialized


def test_instantiate_process_dispose_loop_leaves_nothing_behind(au, cf) -> None:
    from coremusic.capi._aucallbacks import active_au_callbacks

    before = len(active_au_callbacks())
    data = np.ones((300, 2), dtype=np.float32)
    for i in range(40):
        with AudioUnit(("aufx", "mrev" if i % 2 else "dely", "appl")) as unit:
            unit["Dry/Wet Mix"] = 100.0
            assert np.allclose(unit.process(data), 0.5)
    assert au.instances == {} and len(active_au_callbacks()) == before
    assert not cf.leaks()


def test_microtonal_notes_and_ump(au) -> None:
    with AudioUnit(("aumu", "dls ", "appl")) as synth:
        note = synth.start_note(60.5, 90.0, group=1)
        inst = au.instances[synth.handle]
        assert inst.notes[0x10000 + note] == (60.5, 90.0, 1)
        synth.stop_note(note, group=1)
        assert inst.notes == {}
        synth.send_ump([0x40903C00, 0xC0000000])
        synth.send_ump([0x20903C64], protocol=1, offset_frames=5)
        assert inst.event_lists == [(2, 0, [(0, [0x40903C00, 0xC0000000])]), (1, 5, [(0, [0x20903C64])])]
        with pytest.raises(ValueError):
            synth.start_note(128.0)
        with pytest.raises(ValueError):
            synth.start_note(60.0, 200.0)
        with pytest.raises(AudioUnitError) as info:
            synth.stop_note(note)
        assert "DLSMusicDevice" in str(info.value)
