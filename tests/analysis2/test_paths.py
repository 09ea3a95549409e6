"""Every analysis entry point accepts a file path as well as an array."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from coremusic.audio import analysis as A
from coremusic.audio.analysis._input import _as_channels, _as_mono
from coremusic.audio.analysis.analyzer import load_audio
from coremusic.exceptions import AudioFileError

from .synth import plucks, write

SR = 22050


@pytest.fixture(scope="module")
def music(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, np.ndarray]:
    y = plucks(SR, [0.25 + 0.5 * k for k in range(6)], 3.2, channels=2)
    path = write(tmp_path_factory.mktemp("p") / "m.wav", y, SR)
    return path, y


def test_path_equals_array_for_every_entry_point(music: tuple[str, np.ndarray]) -> None:
    path, y = music
    chans = y.T  # (channels, n)
    mono = chans.mean(axis=0)
    same = [
        (A.melspectrogram, (SR,), {}),
        (A.mfcc, (SR,), {"n_mfcc": 13}),
        (A.chroma_stft, (SR,), {}),
        (A.spectral_centroid, (SR,), {}),
        (A.onset_strength, (SR,), {}),
    ]
    for fn, args, kw in same:
        np.testing.assert_allclose(fn(path, *args, **kw), fn(mono, *args, **kw), rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(A.rms(path), A.rms(mono), rtol=1e-6)
    np.testing.assert_allclose(A.zero_crossing_rate(path), A.zero_crossing_rate(mono))
    np.testing.assert_allclose(A.stft(path), A.stft(mono), atol=1e-5)
    assert A.integrated_loudness(path, SR) == pytest.approx(A.integrated_loudness(chans, SR), abs=1e-6)
    assert A.measure_loudness(path, SR).true_peak == pytest.approx(A.measure_loudness(chans, SR).true_peak)
    np.testing.assert_allclose(
        A.onset_detect(path, SR, units="time"), A.onset_detect(mono, SR, units="time")
    )
    assert A.beat_track(path, SR).tempo == pytest.approx(A.beat_track(mono, SR).tempo)
    assert tuple(A.detect_key(path, SR)) == tuple(A.detect_key(mono, SR))
    fp_path, fp_arr = A.fingerprint(path, SR), A.fingerprint(mono, SR)
    assert np.array_equal(fp_path.hashes, fp_arr.hashes)
    assert [p.midi_note for p in A.track_pitch(Path(path), SR)] == [
        p.midi_note for p in A.track_pitch(mono, SR)
    ]


def test_path_is_resampled_to_the_requested_rate(tmp_path: Path) -> None:
    sr_file = 44100
    t = np.arange(sr_file) / sr_file
    path = write(tmp_path / "hi.wav", 0.5 * np.sin(2 * np.pi * 1000 * t), sr_file)
    y, sr = _as_mono(path, 22050)
    assert sr == 22050 and y.size == 22050
    # the tone is still at 1 kHz after resampling (centroid measured at the new rate)
    assert np.median(A.spectral_centroid(path, 22050)) == pytest.approx(1000, rel=0.01)
    # sr=None keeps the file's rate
    assert _as_channels(path, None)[1] == sr_file


def test_offset_and_duration_read_only_that_part(tmp_path: Path) -> None:
    ramp = (np.arange(8000) / 8000).astype(np.float32)
    path = write(tmp_path / "ramp.wav", np.stack([ramp, -ramp], axis=1), 8000)
    y, sr = load_audio(path, offset=0.5, duration=0.25)
    assert sr == 8000 and y.shape == (2, 2000)
    assert y[0, 0] == pytest.approx(0.5) and y[1, -1] == pytest.approx(-(5999 / 8000))
    mono, _ = load_audio(path, mono=True)
    assert np.allclose(mono, 0.0)
    with pytest.raises(ValueError, match="offset"):
        load_audio(path, offset=-1.0)
    with pytest.raises(ValueError, match="no audio samples"):
        load_audio(path, offset=5.0)


def test_path_errors_are_precise(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        A.melspectrogram(str(tmp_path / "missing.wav"))
    with pytest.raises(TypeError, match="sample rate"):
        _as_mono(np.zeros(10), None)
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"RIFF\x00\x00\x00\x00WAVEjunk")
    with pytest.raises(AudioFileError, match=r"bad\.wav"):
        A.rms(str(bad))
