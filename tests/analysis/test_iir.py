"""The numpy SOS filter behind K-weighting matches scipy.signal.sosfilt."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.audio.analysis._iir import sos_filter
from coremusic.audio.analysis.loudness import _biquad_coeffs


def _k_sos(sr: int) -> np.ndarray:
    (b1, a1), (b2, a2) = _biquad_coeffs(sr)
    return np.array([np.concatenate((b1, a1)), np.concatenate((b2, a2))])


@settings(max_examples=25, deadline=None)
@given(n=st.integers(1, 70000), channels=st.integers(1, 3), seed=st.integers(0, 2**16))
def test_matches_sosfilt_for_any_length(n: int, channels: int, seed: int) -> None:
    signal = pytest.importorskip("scipy.signal")
    x = np.random.default_rng(seed).standard_normal((channels, n))
    sos = _k_sos(48000)
    assert np.allclose(sos_filter(sos, x), signal.sosfilt(sos, x, axis=-1), atol=1e-10)


def test_other_filters_and_one_dimensional_input() -> None:
    signal = pytest.importorskip("scipy.signal")
    x = np.random.default_rng(1).standard_normal(100_000)
    for sos in (
        signal.butter(6, [100, 3000], btype="band", fs=48000, output="sos"),
        signal.ellip(4, 0.5, 60, 0.2, output="sos"),
        _k_sos(44100),
    ):
        got = sos_filter(sos, x)
        assert got.shape == x.shape
        assert np.allclose(got, signal.sosfilt(sos, x), atol=1e-9)


def test_impulse_response_of_a_one_pole_section() -> None:
    # y[n] = x[n] + 0.5 y[n-1]: impulse response 0.5 ** n
    sos = [[1.0, 0.0, 0.0, 1.0, -0.5, 0.0]]
    x = np.zeros(100)
    x[0] = 1.0
    assert np.allclose(sos_filter(sos, x), 0.5 ** np.arange(100))


def test_rejects_bad_sections() -> None:
    with pytest.raises(ValueError, match="shape"):
        sos_filter(np.ones((2, 5)), np.zeros(10))
    with pytest.raises(ValueError, match="a0"):
        sos_filter([[1.0, 0.0, 0.0, 0.0, 0.0, 0.0]], np.zeros(10))


def test_step_energies_equal_the_filtered_signal_squared() -> None:
    from coremusic.audio.analysis._iir import sos_filter_energy

    x = np.random.default_rng(3).standard_normal((2, 100_003))
    sos = _k_sos(44100)
    for step in (1, 7, 4410, 4800):
        m = x.shape[1] // step
        z = sos_filter(sos, x)[:, : m * step]
        expected = (z * z).reshape(2, m, step).sum(axis=-1)
        assert np.allclose(sos_filter_energy(sos, x, step), expected, rtol=1e-12, atol=1e-9)
    with pytest.raises(ValueError, match="step"):
        sos_filter_energy(sos, x, 0)
