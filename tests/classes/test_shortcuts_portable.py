"""The portable (libsndfile) path of shortcuts.convert, run for real."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic import shortcuts
from coremusic.audio.file import AudioFile
from coremusic.audio.shortcut_tools import mix_channels, output_container
from coremusic.utils.dsp import resample


def _write(path, data: np.ndarray, rate: int, subtype: str = "FLOAT") -> None:
    with AudioFile(path, mode="w", samplerate=rate, channels=data.shape[1], subtype=subtype) as f:
        f.write(data)


def _read(path) -> tuple[np.ndarray, int]:
    with AudioFile(path) as f:
        return f.read(), f.samplerate


def test_convert_resamples_and_downmixes(tmp_path) -> None:
    t = np.arange(8000) / 8000
    data = np.stack([0.3 * np.sin(2 * np.pi * 200 * t), 0.1 * np.sin(2 * np.pi * 200 * t)], 1)
    src, dst = tmp_path / "a.wav", tmp_path / "b.flac"
    _write(src, data.astype(np.float32), 8000)
    shortcuts.convert(src, dst, sample_rate=16000, channels=1, bit_depth=24)
    info = shortcuts.get_info(dst)
    assert (info.format, info.sample_rate, info.channels, info.frames) == ("FLAC", 16000, 1, 16000)
    got, _ = _read(dst)
    expected = resample(data.astype(np.float32).mean(axis=1, keepdims=True), 8000, 16000, axis=0)
    np.testing.assert_allclose(got, expected, atol=2e-6)  # 24-bit quantisation


def test_convert_upmixes_mono_and_sets_the_bit_depth(tmp_path) -> None:
    src, dst = tmp_path / "m.wav", tmp_path / "s.wav"
    _write(src, np.full((100, 1), 0.5, np.float32), 22050)
    shortcuts.convert(src, dst, channels=2, bit_depth=16)
    info = shortcuts.get_info(dst)
    assert info.channels == 2 and info.sample_rate == 22050 and info.subtype == "PCM_16"
    got, _ = _read(dst)
    np.testing.assert_array_equal(got, np.full((100, 2), 0.5, np.float32))


def test_convert_refuses_what_libsndfile_cannot_do(tmp_path) -> None:
    src = tmp_path / "three.wav"
    _write(src, np.zeros((10, 3), np.float32), 8000)
    with pytest.raises(ValueError, match="only to or from mono"):
        shortcuts.convert(src, tmp_path / "x.wav", channels=2)
    with pytest.raises(ValueError, match="bitrate"):
        shortcuts.convert(src, tmp_path / "x.wav", bitrate=128000)
    with pytest.raises(ValueError, match="sample_rate"):
        shortcuts.convert(src, tmp_path / "x.wav", sample_rate=0)
    with pytest.raises(ValueError, match="output format"):
        output_container("x.ogg")


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 4), st.integers(1, 40))
def test_mix_channels_keeps_mono_content(channels: int, frames: int) -> None:
    mono = np.linspace(-1, 1, frames, dtype=np.float32)[:, None]
    up = mix_channels(mono, channels)
    assert up.shape == (frames, channels)
    np.testing.assert_allclose(mix_channels(up, 1), mono, atol=1e-6)
