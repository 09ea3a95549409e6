"""The macOS paths of coremusic.shortcuts (play, convert, render_midi, list_plugins),
driven through the cffi-typed framework doubles: AUHAL streams, ExtAudioFile +
AudioConverter, MusicSequence + an instrument AudioUnit, AudioComponent.
Marshalling and plumbing only (statically verified), not Apple's behaviour."""

from __future__ import annotations

import struct
import sys
import time

import numpy as np
import pytest

from coremusic import shortcuts
from coremusic.audio.file import AudioFile
from coremusic.audio.musicplayer import MusicSequence
from coremusic.exceptions import PlatformNotSupportedError
from coremusic.formats import AudioFormat
from tests.doubles.audioconverter import ConverterModel
from tests.doubles.audiotoolbox import AudioToolboxFiles
from tests.doubles.audiounit import AUModel
from tests.doubles.auhal import HALOutputModel
from tests.doubles.coreaudio_devices import DeviceGraphModel
from tests.doubles.extaudio_codecs import CodecFiles
from tests.doubles.musicplayer import MusicPlayerDouble

CD = AudioFormat.pcm_int16_stereo(44100.0)


def wait_until(predicate, timeout: float = 10.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.002)


# ---------------------------------------------------------------- platform refusals


@pytest.mark.skipif(sys.platform == "darwin", reason="AudioToolbox exists on macOS")
def test_render_midi_and_list_plugins_name_the_alternative_elsewhere(tmp_path) -> None:
    with pytest.raises(PlatformNotSupportedError) as info:
        shortcuts.list_plugins(type="effect")
    assert "coremusic.utils.dsp" in str(info.value) and info.value.framework == "AudioToolbox"
    with pytest.raises(PlatformNotSupportedError) as info:
        shortcuts.render_midi(None, tmp_path / "a.mid", tmp_path / "a.wav")
    assert "coremusic.midi" in str(info.value)


# ---------------------------------------------------------------- list_plugins


def test_list_plugins_through_audiocomponent(framework_double, cf) -> None:
    AUModel(framework_double("AudioToolbox"), cf)
    effects = shortcuts.list_plugins(type="effect")
    assert [p["name"] for p in effects] == ["Apple: AUDelay", "Apple: AUMatrixReverb"]
    assert {p["type"] for p in effects} == {"aufx"}
    everything = shortcuts.list_plugins()
    assert "Apple: DLSMusicDevice" in [p["name"] for p in everything]
    assert shortcuts.list_plugins(type="instrument", manufacturer="appl")[0]["subtype"] == "dls "


# ---------------------------------------------------------------- render_midi


def test_render_midi_through_musicsequence_and_the_instrument(framework_double, cf, tmp_path) -> None:
    double = framework_double("AudioToolbox")
    AUModel(double, cf)
    MusicPlayerDouble(double, cf)
    midi = tmp_path / "song.mid"
    with MusicSequence() as seq:
        seq.set_tempo(120.0)
        track = seq.new_track()
        track.add_note(0.0, 60, 127, 1.0)  # beats 0-1 = 0.0-0.5 s
        track.add_note(2.0, 64, 127, 1.0)  # 1.0-1.5 s
        seq.save(midi)
    out = tmp_path / "song.wav"
    duration = shortcuts.render_midi(None, midi, out, sample_rate=44100.0, tail=0.5)
    assert duration == pytest.approx(1.5 + 0.5)
    with AudioFile(out) as f:
        audio = f.read()
        assert f.samplerate == 44100 and f.channels == 2
    assert len(audio) == round(2.0 * 44100)
    level = 0.1  # the double's synth: velocity / 127 * 0.1 per sounding note
    assert audio[1000, 0] == pytest.approx(level, abs=1e-4)  # first note
    assert audio[int(0.75 * 44100), 0] == pytest.approx(0.0, abs=1e-4)  # between the notes
    assert audio[int(1.25 * 44100), 1] == pytest.approx(level, abs=1e-4)  # second note


def test_render_midi_rejects_a_bad_tail_and_unknown_plugin(framework_double, cf, tmp_path) -> None:
    double = framework_double("AudioToolbox")
    AUModel(double, cf)
    MusicPlayerDouble(double, cf)
    with pytest.raises(ValueError, match="tail"):
        shortcuts.render_midi(None, tmp_path / "x.mid", tmp_path / "x.wav", tail=-1)
    midi = tmp_path / "one.mid"
    with MusicSequence() as seq:
        seq.new_track().add_note(0.0, 60, 100, 1.0)
        seq.save(midi)
    with pytest.raises(LookupError, match="NoSuchSynth"):
        shortcuts.render_midi("NoSuchSynth", midi, tmp_path / "x.wav")


# ---------------------------------------------------------------- convert


@pytest.fixture
def atb(framework_double, cf) -> AudioToolboxFiles:
    return AudioToolboxFiles(framework_double("AudioToolbox"), cf)


def test_convert_with_extaudiofile_and_audioconverter(atb) -> None:
    ConverterModel(atb.double)
    frames = np.array([[1000, 3000], [2000, 6000], [3000, 9000], [4000, 12000]], "<i2")
    atb.add_file("/music/song.wav", CD, frames.tobytes())
    shortcuts.convert("/music/song.wav", "/music/half.aiff", sample_rate=22050, channels=1,
                      bit_depth=32)
    out = atb.disk["/music/half.aiff"]
    assert out.format.sample_rate == 22050.0 and out.format.channels_per_frame == 1
    assert out.format.bits_per_channel == 32 and out.format.is_big_endian
    assert out.file_type == int.from_bytes(b"AIFF", "big")
    # the double's converter halves the rate by nearest-neighbour picking and averages to mono
    got = np.frombuffer(bytes(out.data), ">i4") / 2.0**31
    assert len(got) == 2
    mono = frames.mean(axis=1) / 32768.0
    assert got == pytest.approx([mono[0], mono[2]], abs=1e-6) or got == pytest.approx(
        [mono[1], mono[3]], abs=1e-6)
    converters = [name for name, _ in atb.double.calls if name == "AudioConverterNew"]
    assert len(converters) == 1


def test_convert_to_aac_sets_the_encoder_bitrate(atb) -> None:
    codecs = CodecFiles(atb)
    frames = np.array([[0, 16384], [-16384, 8192]], "<i2")
    atb.add_file("/music/song.wav", CD, frames.tobytes())
    shortcuts.convert("/music/song.wav", "/music/song.m4a", bitrate=128_000)
    out = atb.disk["/music/song.m4a"]
    assert out.format.format_id == "aac " and out.format.sample_rate == 44100.0
    (props,) = codecs.encoders.values()
    assert props["brat"] == struct.pack("=I", 128_000)
    decoded = np.frombuffer(bytes(out.data), np.float32).reshape(-1, 2)
    np.testing.assert_allclose(decoded, frames / 32768.0)
    assert not any(name == "AudioConverterNew" for name, _ in atb.double.calls)


def test_convert_refuses_mp3_output_and_bad_options(atb) -> None:
    atb.add_file("/music/song.wav", CD, b"\0" * 8)
    with pytest.raises(ValueError, match="MP3"):
        shortcuts.convert("/music/song.wav", "/music/song.mp3")
    with pytest.raises(ValueError, match="bit_depth"):
        shortcuts.convert("/music/song.wav", "/music/song.wav", bit_depth=12)
    with pytest.raises(ValueError, match="backend"):
        shortcuts.convert("/music/song.wav", "/music/x.wav", backend="ffmpeg")


# ---------------------------------------------------------------- play (AUHAL)


@pytest.fixture
def rig(framework_double, cf, monkeypatch) -> HALOutputModel:
    monkeypatch.setenv("COREMUSIC_AUDIO_BACKEND", "coreaudio")
    hal = DeviceGraphModel(framework_double("CoreAudio"), cf)
    au = AUModel(framework_double("AudioToolbox"), cf)
    return HALOutputModel(au, hal)


def played(rig: HALOutputModel, unit: int) -> np.ndarray:
    return np.concatenate([np.array(b, np.float32).T for b in rig.state(unit).played])


def test_play_background_on_auhal_plays_the_file(rig, tmp_path) -> None:
    path = tmp_path / "tone.wav"
    tone = (0.25 * np.sin(np.arange(2000) / 10.0)).astype(np.float32)
    with AudioFile(path, mode="w", samplerate=48000, channels=1, subtype="FLOAT") as f:
        f.write(tone)
    with shortcuts.play_background(path, volume=0.5) as h:
        unit = h.stream._backend.unit
        assert rig.state(unit).device > 0 and h.stream.output_channels == 2
        rig.run_io(unit, 256)
        assert h.wait(timeout=10.0)
        assert h.finished and not h.is_playing and h.position == pytest.approx(2000 / 48000)
        wait_until(lambda: len(played(rig, unit)) >= 2000 + 256, what="the file played")
        out = played(rig, unit)
    start = int(np.flatnonzero(out[:, 0])[0]) - 1 if np.any(out[:, 0]) else 0
    np.testing.assert_allclose(out[start + 1:start + 2000, 0], 0.5 * tone[1:2000], atol=1e-7)
    np.testing.assert_array_equal(out[:, 0], out[:, 1])  # mono on both channels


def test_play_resamples_to_the_device_rate_and_blocks(rig, tmp_path) -> None:
    path = tmp_path / "low.wav"
    with AudioFile(path, mode="w", samplerate=24000, channels=2, subtype="FLOAT") as f:
        f.write(np.full((600, 2), 0.125, np.float32))
    rig.auto_io = 128  # the I/O thread runs as soon as the unit starts
    assert shortcuts.play(path) is None  # blocks until played, then closes
    assert rig.au.instances == {} and not rig.units
    (state,) = rig.disposed.values()
    out = np.concatenate([np.array(b, np.float32).T for b in state.played])
    sounding = np.flatnonzero(np.abs(out[:, 0]) > 1e-6)
    assert len(sounding) == pytest.approx(1200, abs=4)  # 600 frames at 24 kHz -> 1200 at 48 kHz
    middle = out[sounding[0] + 300:sounding[0] + 900]
    np.testing.assert_allclose(middle, 0.125, atol=2e-3)


def test_play_loop_needs_background_and_pause_resume(rig, tmp_path) -> None:
    path = tmp_path / "loop.wav"
    with AudioFile(path, mode="w", samplerate=48000, channels=2, subtype="FLOAT") as f:
        f.write(np.full((100, 2), 0.5, np.float32))
    with pytest.raises(ValueError, match="never return"):
        shortcuts.play(path, loop=True)
    with pytest.raises(ValueError, match="volume"):
        shortcuts.play(path, volume=-1.0)
    h = shortcuts.play_background(path, loop=True)
    try:
        unit = h.stream._backend.unit
        wait_until(lambda: h.stream.buffered_frames > 0, what="the producer filled the ring")
        for _ in range(3):
            rig.cycle(unit, 64)
        assert h.is_playing and h.position == pytest.approx((192 % 100) / 48000)
        assert not h.wait(timeout=0.01)  # a loop does not end by itself
        h.pause()
        assert not h.is_playing and rig.cycle(unit, 64) is None
        h.resume()
        assert h.is_playing and "loop=True" in repr(h)
    finally:
        h.stop()
    assert h.finished and not h.is_playing and "closed" in repr(h)
