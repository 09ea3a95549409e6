"""AudioAnalyzer and the shortcuts: a file written by AudioFile gives the array's results."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from coremusic import shortcuts
from coremusic.audio import analysis as A
from coremusic.audio.analysis.analyzer import AudioAnalyzer, AudioInfo

from .synth import plucks, write

SR = 22050


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[AudioAnalyzer, AudioAnalyzer, np.ndarray]:
    beats = [0.1 + 0.5 * k for k in range(12)]  # 120 BPM
    y = plucks(SR, beats, 6.2, channels=2)
    path = write(tmp_path_factory.mktemp("a") / "clicks.wav", y, SR)
    return AudioAnalyzer(path), AudioAnalyzer(y, SR), y


def test_file_and_array_analyses_agree(pair: tuple[AudioAnalyzer, AudioAnalyzer, np.ndarray]) -> None:
    f, a, _ = pair
    assert (f.sample_rate, f.channels, f.n_samples) == (a.sample_rate, a.channels, a.n_samples)
    bf, ba = f.detect_beats(), a.detect_beats()
    assert bf.tempo == pytest.approx(ba.tempo) and np.allclose(bf.beats, ba.beats)
    assert bf.tempo == pytest.approx(120, rel=0.02)
    assert f.detect_beats() is bf  # cached
    np.testing.assert_allclose(f.extract_mfcc(), a.extract_mfcc(), rtol=1e-5, atol=1e-4)
    assert f.extract_mfcc(20).shape == (20, 1 + f.n_samples // 512)
    assert tuple(f.detect_key()) == tuple(a.detect_key())
    assert f.calculate_loudness() == pytest.approx(a.calculate_loudness())
    assert f.loudness() == a.loudness()
    assert f.measure_loudness().integrated == pytest.approx(f.calculate_loudness())
    assert f.loudness_range() == pytest.approx(a.loudness_range())
    assert np.array_equal(f.get_audio_fingerprint().hashes, a.get_audio_fingerprint().hashes)
    np.testing.assert_allclose(f.detect_onsets(), np.arange(12) * 0.5 + 0.1, atol=0.03)
    assert "clicks.wav" in repr(f) and "<array>" in repr(a)


def test_pitch_time_range_is_absolute() -> None:
    t = np.arange(2 * SR) / SR
    y = np.where(t < 1.0, np.sin(2 * np.pi * 220 * t), np.sin(2 * np.pi * 440 * t))
    an = AudioAnalyzer(y, SR)
    late = an.detect_pitch((1.2, 1.8))
    assert {p.midi_note for p in late} == {69}
    assert min(p.time for p in late) == pytest.approx(1.2, abs=1e-3)
    assert max(p.time for p in late) < 1.8
    assert {p.midi_note for p in an.detect_pitch((0.1, 0.9), method="yin")} == {57}
    with pytest.raises(ValueError, match="start < end"):
        an.detect_pitch((1.0, 0.5))
    with pytest.raises(ValueError, match="after the end"):
        an.detect_pitch((5.0, 6.0))


def test_spectrum_peaks_centroid_rolloff() -> None:
    t = np.arange(SR) / SR
    y = 0.5 * np.sin(2 * np.pi * 1000 * t) + 0.25 * np.sin(2 * np.pi * 3000 * t)
    s = AudioAnalyzer(y, SR).analyze_spectrum(0.3, 0.1)
    (f1, m1), (f2, m2) = s["peaks"][:2]
    assert f1 == pytest.approx(1000, abs=2) and m1 == pytest.approx(0.5, rel=0.02)
    assert f2 == pytest.approx(3000, abs=2) and m2 == pytest.approx(0.25, rel=0.02)
    assert s["frequencies"].shape == s["magnitudes"].shape
    # amplitude-weighted centroid between the two tones, rolloff at the upper one
    assert s["centroid"] == pytest.approx((1000 * 0.5 + 3000 * 0.25) / 0.75, rel=0.05)
    assert s["rolloff"] == pytest.approx(3000, rel=0.02)
    with pytest.raises(ValueError, match="time"):
        AudioAnalyzer(y, SR).analyze_spectrum(2.0)


def test_static_helpers(tmp_path: Path) -> None:
    sr = 8000
    y = np.concatenate([0.5 * np.ones(sr), np.zeros(sr // 2), 0.25 * np.ones(sr), np.zeros(sr // 4)])
    path = write(tmp_path / "s.wav", y, sr, subtype="PCM_16")
    assert AudioAnalyzer.detect_silence(path, -40, 0.2) == [(1.0, 1.5), (2.5, 2.75)]
    assert AudioAnalyzer.detect_silence(path, -40, 0.3) == [(1.0, 1.5)]
    assert AudioAnalyzer.detect_silence(y, -9, 0.1, sample_rate=sr) == [(1.0, 2.75)]
    assert AudioAnalyzer.get_peak_amplitude(path) == pytest.approx(0.5, abs=1e-4)
    rms = np.sqrt((0.25 * sr + 0.0625 * sr) / y.size)
    assert AudioAnalyzer.calculate_rms(path) == pytest.approx(rms, rel=1e-3)
    info = AudioAnalyzer.get_file_info(path)
    assert info == AudioInfo(path, sr, 1, y.size, y.size / sr, "WAV", "PCM_16")
    with pytest.raises(TypeError, match="sample rate"):
        AudioAnalyzer.calculate_rms(y)
    with pytest.raises(TypeError, match="path"):
        AudioAnalyzer.get_file_info(y)  # type: ignore[arg-type]


def test_constructor_errors_and_views(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="sample rate"):
        AudioAnalyzer(np.zeros(100))
    with pytest.raises(ValueError, match="offset"):
        AudioAnalyzer(np.zeros(100), 8000, offset=1.0)
    with pytest.raises(FileNotFoundError):
        AudioAnalyzer(tmp_path / "nope.wav")
    a = AudioAnalyzer(np.ones((2, 100)), 100)
    assert a.data.shape == (2, 100) and a.samples.shape == (100,) and a.duration == 1.0
    with pytest.raises(ValueError):
        a.samples[0] = 2.0
    part = AudioAnalyzer(write(tmp_path / "p.wav", np.arange(1000) / 1000, 1000), offset=0.5, duration=0.1)
    assert part.n_samples == 100 and part.samples[0] == pytest.approx(0.5)


def test_shortcuts(tmp_path: Path) -> None:
    sr = 22050
    t = np.arange(3 * sr) / sr
    dminor = sum(np.sin(2 * np.pi * f * t) for f in (146.83, 293.66, 349.23, 440.0)) / 4
    path = write(tmp_path / "dm.flac", dminor, sr, subtype="PCM_16")
    assert shortcuts.analyze_key(path) == ("D", "minor")
    assert shortcuts.get_duration(path) == pytest.approx(3.0)
    assert shortcuts.get_info(path).format == "FLAC"
    assert shortcuts.analyze_loudness(path) == pytest.approx(
        A.integrated_loudness(dminor, sr), abs=0.05
    )
    clicks = write(tmp_path / "c.wav", plucks(sr, [0.1 + 0.5 * k for k in range(12)], 6.2), sr)
    assert shortcuts.analyze_tempo(clicks) == pytest.approx(120, rel=0.02)


def test_spectrum_argument_errors() -> None:
    a = AudioAnalyzer(np.ones(100), 100)
    with pytest.raises(TypeError, match="time must be a number"):
        a.analyze_spectrum("0.5")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="window_size"):
        a.analyze_spectrum(0.1, 0.0)
    with pytest.raises(ValueError, match="less than two samples"):
        a.analyze_spectrum(0.995)
