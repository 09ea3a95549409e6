"""AudioUnitHost, AudioUnitPlugin and AudioUnitChain, driven through the cffi-typed
AudioToolbox double (tests/doubles/audiounit.py): they prove the classes' logic
and their use of coremusic.capi, not Apple's behaviour.
"""

from __future__ import annotations

import gc
import sys

import numpy as np
import pytest

from coremusic.audio.au_host import AudioUnitChain, AudioUnitHost, AudioUnitPlugin
from coremusic.audio.audiounit import AudioUnit, AUPreset
from coremusic.exceptions import PlatformNotSupportedError
from coremusic.formats import AudioFormat
from tests.doubles.audiounit import AUModel


@pytest.fixture
def au(framework_double, cf) -> AUModel:
    return AUModel(framework_double("AudioToolbox"), cf)


@pytest.mark.skipif(sys.platform == "darwin", reason="checks the non-macOS behaviour")
def test_host_classes_raise_platform_not_supported() -> None:
    for make in (AudioUnitHost, AudioUnitChain, lambda: AudioUnitPlugin.from_name("AUDelay")):
        with pytest.raises(PlatformNotSupportedError, match="AudioToolbox"):
            make()


def test_discover_plugins(au) -> None:
    host = AudioUnitHost()
    effects = host.discover_plugins(type="effect")
    assert [p["name"] for p in effects] == ["Apple: AUDelay", "Apple: AUMatrixReverb"]
    assert effects[0]["manufacturer"] == "appl" and effects[0]["version_string"] == "1.0.0"
    assert [p["name"] for p in host.discover_plugins(type="instrument", manufacturer="appl")] == [
        "Apple: DLSMusicDevice"]
    assert host.discover_plugins(manufacturer="Acme") == []
    assert len(host.discover_plugins()) == 4 and host.plugin_count("output") == 1
    assert host.get_plugin_info("AUMatrixReverb")["subtype"] == "mrev"
    assert repr(host) == "<AudioUnitHost>"


def test_load_plugin_parameters_and_presets(au) -> None:
    host = AudioUnitHost()
    with host.load_plugin("AUMatrixReverb", type="effect") as reverb:
        assert isinstance(reverb, AudioUnitPlugin) and reverb.name == "Apple: AUMatrixReverb"
        assert [p.name for p in reverb.parameters] == ["Dry/Wet Mix", "Small/Large Mix"]
        reverb["Dry/Wet Mix"] = 40.0
        assert reverb.get_parameter("Dry/Wet Mix") == 40.0
        reverb.set_parameter("Small/Large Mix", 10.0)
        assert reverb["Small/Large Mix"] == 10.0
        assert reverb.factory_presets[1] == AUPreset(1, "Large Hall")
        reverb.load_factory_preset(reverb.factory_presets[0])
        assert reverb["Dry/Wet Mix"] == 30.0
        state = reverb.save_state()
        reverb["Dry/Wet Mix"] = 1.0
        reverb.restore_state(state)
        assert reverb["Dry/Wet Mix"] == 30.0
        assert reverb.info["type_name"] == "effect"
        reverb.bypass = True
        assert reverb.bypass
        assert "AUMatrixReverb" in repr(reverb)
    assert reverb.closed and "closed" in repr(reverb)
    with pytest.raises(LookupError):
        host.load_plugin("NoSuchPlugin")
    with pytest.raises(TypeError):
        AudioUnitPlugin("AUDelay")  # type: ignore[arg-type]


def test_plugin_process_numpy_and_bytes(au) -> None:
    with AudioUnitPlugin.from_name("AUDelay") as delay:
        delay["Dry/Wet Mix"] = 100.0
        data = np.full((200, 2), 0.5, dtype=np.float32)
        out = delay.process(data)
        assert out.shape == (200, 2) and np.allclose(out, 0.25)
        assert delay.process(data, num_frames=50).shape == (50, 2)
        raw = delay.process(data.tobytes(), audio_format=AudioFormat.pcm(44100.0, 2, 32, True))
        assert isinstance(raw, bytes) and np.allclose(np.frombuffer(raw, np.float32), 0.25)
        with pytest.raises(ValueError, match="divide"):
            delay.process(b"\0" * 12)
        with pytest.raises(ValueError):
            delay.process(data, num_frames=-1)


def test_plugin_midi_and_render_midi(au) -> None:
    with AudioUnitPlugin.from_name("DLSMusicDevice", type="instrument") as synth:
        synth.note_on(0, 60, 127)
        assert np.allclose(synth.render(32), 0.1)
        synth.note_off(0, 60)
        synth.control_change(0, 1, 64)
        synth.program_change(0, 3)
        synth.pitch_bend(0, 0)
        synth.note_on(3, 62, 127)
        synth.all_notes_off(3)
        inst = au.instances[synth.unit.handle]
        assert inst.notes == {}
        assert inst.midi[-1] == (0xB3, 123, 0, 0)
        inst.midi.clear()
        audio = synth.render_midi([(0.01, 0x90, 60, 127), (0.0, 0x90, 64, 127), (0.02, 0x80, 60, 0)],
                                  duration=0.03)
        assert audio.shape == (1323, 2)
        # events arrive in time order, each in the slice holding its frame, with its offset
        assert inst.midi == [(0x90, 64, 127, 0), (0x90, 60, 127, 441), (0x80, 60, 0, 882)]
        # the model renders whole slices with the notes sounding at the slice's start
        assert np.allclose(audio[:, 0], 0.1)
        inst.midi.clear()
        synth.render_midi([], 0.01, sample_rate=48000.0)
        assert synth.unit.sample_rate == 48000.0
        with pytest.raises(TypeError):
            synth.render_midi([(0.0, 0x90, 60)], 0.1)  # type: ignore[list-item]
        with pytest.raises(ValueError):
            synth.render_midi([(-1.0, 0x90, 60, 1)], 0.1)
        with pytest.raises(ValueError):
            synth.render_midi([], -0.1)


def test_chain_processes_in_order_with_mix_and_bypass(au) -> None:
    with AudioUnitChain() as chain:
        delay = chain.add_plugin("AUDelay")
        reverb = chain.add_plugin(AudioUnitPlugin.from_name("AUMatrixReverb"))
        delay["Dry/Wet Mix"] = 100.0   # x0.5
        reverb["Dry/Wet Mix"] = 100.0  # x0.5
        assert len(chain) == 2 and list(chain) == [delay, reverb]
        data = np.ones((100, 2), dtype=np.float32)
        assert np.allclose(chain.process(data), 0.25)
        assert np.allclose(chain.process(data, wet_dry_mix=0.0), 1.0)
        assert np.allclose(chain.process(data, wet_dry_mix=0.5), 0.625)
        chain.bypass_plugin(0)
        assert chain.is_bypassed(0) and "(bypassed)" in repr(chain)
        assert np.allclose(chain.process(data), 0.5)
        chain.bypass_plugin(-2, False)
        assert np.allclose(chain.process(np.ones(100)), 0.25)  # mono in, stereo out
        with pytest.raises(IndexError):
            chain.bypass_plugin(2)
        with pytest.raises(TypeError):
            chain.bypass_plugin("0")  # type: ignore[arg-type]
        with pytest.raises(ValueError):
            chain.process(data, wet_dry_mix=1.5)
        with pytest.raises(TypeError):
            chain.add_plugin(3)  # type: ignore[arg-type]
        removed = chain.remove_plugin(0)
        assert chain.plugins == [reverb]
        removed.close()
    assert reverb.closed and len(chain) == 0


def test_unclosed_units_are_disposed_by_the_safety_net(au) -> None:
    unit = AudioUnit(("aufx", "dely", "appl"))
    handle = unit.handle
    del unit
    gc.collect()
    assert handle not in au.instances
