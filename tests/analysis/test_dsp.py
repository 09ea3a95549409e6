"""coremusic.utils.dsp: filters, resampling, spectra, envelopes, gain, fades, mixing."""

from __future__ import annotations

import doctest

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.utils import dsp

SR = 8000


def sine(freq: float, sr: int = SR, seconds: float = 1.0, amp: float = 1.0) -> np.ndarray:
    return amp * np.sin(2 * np.pi * freq * np.arange(int(sr * seconds)) / sr)


def level_db(x: np.ndarray) -> float:
    return float(20 * np.log10(np.sqrt(np.mean(x**2)) * np.sqrt(2)))


def test_docstring_examples() -> None:
    result = doctest.testmod(dsp)
    assert result.attempted > 10 and result.failed == 0


@pytest.mark.parametrize("kind", ["butter", "cheby1", "cheby2", "ellip"])
def test_filter_kinds_pass_and_stop(kind: str) -> None:
    sos = dsp.design_filter(1000.0, SR, kind=kind, order=6)  # type: ignore[arg-type]
    passed = dsp.apply_filter(sine(200.0), sos)[SR // 2 :]
    stopped = dsp.apply_filter(sine(3000.0), sos)[SR // 2 :]
    assert level_db(passed) == pytest.approx(0.0, abs=1.1)  # cheby1/ellip ripple is 1 dB
    assert level_db(stopped) < -40.0


def test_highpass_bandpass_bandstop() -> None:
    assert level_db(dsp.highpass(sine(50.0), SR, 500.0)[SR // 2 :]) < -30.0
    x = sine(100.0) + sine(1000.0) + sine(3000.0)
    band = dsp.bandpass(x, SR, 700.0, 1400.0, order=6, zero_phase=True)
    assert np.allclose(band[1000:-1000], sine(1000.0)[1000:-1000], atol=0.05)
    sos = dsp.design_filter((900.0, 1100.0), SR, btype="bandstop", order=4)
    assert level_db(dsp.apply_filter(sine(1000.0), sos)[SR // 2 :]) < -30.0


def test_zero_phase_has_no_delay() -> None:
    x = sine(200.0)
    causal = dsp.lowpass(x, SR, 1000.0)
    zp = dsp.lowpass(x, SR, 1000.0, zero_phase=True)
    assert np.max(np.abs(zp[1000:-1000] - x[1000:-1000])) < 0.01
    assert np.max(np.abs(causal[1000:-1000] - x[1000:-1000])) > 0.05


def test_filter_axis_for_frames_by_channels() -> None:
    stereo = np.stack([sine(3000.0), sine(200.0)], axis=1)  # (n, channels)
    out = dsp.lowpass(stereo, SR, 1000.0, axis=0)
    assert out.shape == stereo.shape
    assert level_db(out[SR // 2 :, 0]) < -20 and level_db(out[SR // 2 :, 1]) > -1


def test_filter_errors() -> None:
    with pytest.raises(ValueError, match="Nyquist"):
        dsp.design_filter(5000.0, SR)
    with pytest.raises(ValueError, match="low < high"):
        dsp.design_filter((2000.0, 1000.0), SR, btype="bandpass")
    with pytest.raises(ValueError, match="kind"):
        dsp.design_filter(100.0, SR, kind="bessel")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="order"):
        dsp.design_filter(100.0, SR, order=0)
    with pytest.raises(ValueError, match="sos"):
        dsp.apply_filter(np.ones(10), np.ones((2, 5)))
    with pytest.raises(ValueError, match="NaN"):
        dsp.lowpass(np.array([np.nan, 1.0]), SR, 100.0)
    with pytest.raises(ValueError, match="sample rate"):
        dsp.lowpass(np.ones(10), -1, 100.0)


@pytest.mark.parametrize(("a", "b"), [(44100, 48000), (48000, 16000), (22050, 44100)])
def test_resample_keeps_frequency(a: int, b: int) -> None:
    y = sine(440.0, sr=a)
    out = dsp.resample(y, a, b)
    assert out.size == b
    f, p = dsp.welch(out, b, nperseg=4096)
    assert abs(float(f[np.argmax(p)]) - 440.0) < b / 4096
    with pytest.raises(ValueError, match="orig_sr"):
        dsp.resample(y, 0, 100)


def test_welch_density_integrates_to_power() -> None:
    x = np.random.default_rng(0).standard_normal(SR * 4)
    f, p = dsp.welch(x, SR, nperseg=512)
    assert np.sum(p) * (f[1] - f[0]) == pytest.approx(np.var(x), rel=0.05)


@pytest.mark.parametrize("method", ["hilbert", "rms", "peak"])
def test_envelopes_follow_amplitude(method: str) -> None:
    ramp = np.linspace(0.0, 1.0, SR)
    x = sine(500.0) * ramp
    env = dsp.envelope(x, method=method, window=64)  # type: ignore[arg-type]
    assert env.shape == x.shape
    scale = {"hilbert": 1.0, "rms": 1 / np.sqrt(2), "peak": 1.0}[method]
    assert np.allclose(env[500:-500], ramp[500:-500] * scale, atol=0.03)
    with pytest.raises(ValueError, match="method"):
        dsp.envelope(x, method="fancy")  # type: ignore[arg-type]


def test_normalisation() -> None:
    x = sine(100.0, amp=0.1)
    assert np.max(np.abs(dsp.normalize_peak(x, target_db=-1.0))) == pytest.approx(10 ** (-1 / 20))
    y = dsp.normalize_rms(x, target_db=-12.0)
    assert 20 * np.log10(np.sqrt(np.mean(y**2))) == pytest.approx(-12.0)
    with pytest.raises(ValueError, match="silent"):
        dsp.normalize_peak(np.zeros(10))
    with pytest.raises(ValueError, match="silent"):
        dsp.normalize_rms(np.zeros(10))


@pytest.mark.parametrize(
    "shape", ["linear", "exponential", "logarithmic", "equal_power", "s_curve"]
)
def test_fades_are_monotonic_and_bounded(shape: str) -> None:
    x = np.ones((2, SR))
    fi = dsp.fade_in(x, SR, 0.5, shape=shape)  # type: ignore[arg-type]
    fo = dsp.fade_out(x, SR, 0.5, shape=shape)  # type: ignore[arg-type]
    assert fi[0, 0] == pytest.approx(0.0) and fi[0, SR // 2 - 1] == pytest.approx(1.0)
    assert np.all(np.diff(fi[0, : SR // 2]) >= 0) and np.all(fi[:, SR // 2 :] == 1.0)
    assert np.all(np.diff(fo[1, SR // 2 :]) <= 0) and fo[1, -1] == pytest.approx(0.0)
    assert np.array_equal(fi[0], fi[1])
    assert np.all(x == 1.0)  # input untouched


def test_equal_power_crossfade_keeps_power() -> None:
    n = 1000
    a = dsp.fade_out(np.ones(n), n, 1.0, shape="equal_power")
    b = dsp.fade_in(np.ones(n), n, 1.0, shape="equal_power")
    assert np.allclose(a**2 + b**2, 1.0)


def test_mix_offsets_gains_and_normalise() -> None:
    a, b = np.ones((2, 4)), np.ones((2, 2))
    out = dsp.mix([a, b], offsets=[0, 3], gains_db=[0.0, 0.0])
    assert out.shape == (2, 5) and out[0].tolist() == [1, 1, 1, 2, 1]
    assert np.max(np.abs(dsp.mix([a, a, a], normalize=True))) == pytest.approx(1.0)
    with pytest.raises(ValueError, match="apart from time"):
        dsp.mix([np.ones(3), np.ones((2, 3))])
    with pytest.raises(ValueError, match="one entry per signal"):
        dsp.mix([a, b], gains_db=[0.0])


@settings(max_examples=40, deadline=None)
@given(db=st.floats(min_value=-120, max_value=40))
def test_db_gain_round_trip(db: float) -> None:
    assert float(dsp.gain_to_db(dsp.db_to_gain(db))) == pytest.approx(db, abs=1e-9)
