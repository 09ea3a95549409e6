"""The single input normaliser every analysis entry point goes through."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.audio.analysis._input import _as_channels, _as_mono


@settings(max_examples=30, deadline=None)
@given(channels=st.integers(1, 16), n=st.integers(17, 400), first=st.booleans())
def test_channel_axis_is_detected(channels: int, n: int, first: bool) -> None:
    data = np.arange(channels * n, dtype=np.float64).reshape(channels, n) / (channels * n)
    arr = data if first else data.T
    out, sr = _as_channels(arr, 44100)
    assert sr == 44100 and out.shape == (channels, n)
    assert np.array_equal(out, data)
    mono, _ = _as_mono(arr, 44100)
    assert mono.shape == (n,) and mono.flags.c_contiguous
    assert np.allclose(mono, data.mean(axis=0), atol=1e-6)


def test_integer_pcm_is_scaled() -> None:
    assert _as_mono(np.array([-32768, 0, 16384], dtype=np.int16), 8000)[0].tolist() == [
        -1.0,
        0.0,
        0.5,
    ]
    assert _as_mono(np.array([0, 128, 255], dtype=np.uint8), 8000)[0].tolist() == pytest.approx(
        [-1.0, 0.0, 127 / 128]
    )
    assert _as_mono(np.array([2**31 - 1], dtype=np.int32), 8000)[0][0] == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("value", "sr", "exc", "match"),
    [
        (np.zeros((20, 20)), 8000, ValueError, "channels"),
        (np.zeros((2, 3, 4)), 8000, ValueError, "1-D"),
        (np.zeros(0), 8000, ValueError, "empty"),
        (np.array([1.0, np.inf]), 8000, ValueError, "NaN or infinite"),
        (np.array([True, False]), 8000, TypeError, "dtype"),
        (np.array([1 + 1j]), 8000, TypeError, "dtype"),
        # paths are read through AudioFile (coremusic.audio.analysis accepts files too)
        ("take.wav", 8000, FileNotFoundError, "take.wav"),
        (Path("take.wav"), 8000, FileNotFoundError, "take.wav"),
        (np.zeros(10), 0, ValueError, "sample rate"),
        (np.zeros(10), 44100.5, ValueError, "sample rate"),
        (np.zeros(10), "44100", TypeError, "sample rate"),
        (np.zeros(10), True, TypeError, "sample rate"),
    ],
)
def test_bad_inputs(value: object, sr: object, exc: type[Exception], match: str) -> None:
    with pytest.raises(exc, match=match):
        _as_mono(value, sr)
