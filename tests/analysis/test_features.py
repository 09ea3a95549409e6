"""Spectral features: shapes, invariants, errors, and agreement with librosa."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.audio.analysis import (
    amplitude_to_db,
    chroma_cqt,
    chroma_stft,
    cqt,
    db_to_amplitude,
    db_to_power,
    get_window,
    hz_to_mel,
    istft,
    magphase,
    mel_filterbank,
    mel_to_hz,
    melspectrogram,
    mfcc,
    power_to_db,
    rms,
    spectral_bandwidth,
    spectral_centroid,
    spectral_contrast,
    spectral_flatness,
    spectral_rolloff,
    stft,
    zero_crossing_rate,
)

SR = 22050


def corr(a: np.ndarray, b: np.ndarray) -> float:
    a = np.asarray(a, float).ravel()
    b = np.asarray(b, float).ravel()
    assert a.shape == b.shape
    return float(np.corrcoef(a, b)[0, 1])


# ------------------------------------------------------------------ shapes and invariants
def test_stft_shape_and_peak_bin() -> None:
    y = np.sin(2 * np.pi * 1000 * np.arange(SR) / SR)
    D = stft(y, n_fft=1024, hop_length=256)
    assert D.shape == (513, 1 + SR // 256)
    assert D.dtype == np.complex64
    assert int(np.abs(D[:, 30]).argmax()) == round(1000 * 1024 / SR)


@pytest.mark.parametrize("pad_mode", ["constant", "reflect", "edge"])
@pytest.mark.parametrize("window", ["hann", "hamming", "blackman"])
def test_istft_round_trip(pad_mode: str, window: str) -> None:
    y = np.random.default_rng(1).standard_normal(5000).astype(np.float32)
    D = stft(y, n_fft=512, hop_length=128, window=window, pad_mode=pad_mode)  # type: ignore[arg-type]
    y2 = istft(D, hop_length=128, window=window, length=y.size)
    assert np.allclose(y, y2, atol=2e-4)


def test_istft_uneven_hop_and_short_window() -> None:
    y = np.random.default_rng(2).standard_normal(4000).astype(np.float32)
    D = stft(y, n_fft=512, hop_length=100, win_length=400)
    y2 = istft(D, hop_length=100, win_length=400, length=y.size)
    assert np.allclose(y[300:-300], y2[300:-300], atol=2e-3)


@settings(max_examples=25, deadline=None)
@given(
    n=st.integers(min_value=600, max_value=3000),
    hop=st.sampled_from([64, 128, 256]),
    seed=st.integers(0, 1000),
)
def test_istft_round_trip_property(n: int, hop: int, seed: int) -> None:
    y = np.random.default_rng(seed).uniform(-1, 1, n).astype(np.float32)
    y2 = istft(stft(y, n_fft=512, hop_length=hop), hop_length=hop, length=n)
    assert np.max(np.abs(y - y2)) < 1e-3


def test_get_window_hann_periodic() -> None:
    w = get_window("hann", 8)
    assert w[0] == 0.0 and w[4] == pytest.approx(1.0)
    with pytest.raises(ValueError, match="window array must have shape"):
        get_window(np.ones(3), 4)


def test_db_round_trips() -> None:
    p = np.array([1.0, 0.5, 1e-3])
    assert np.allclose(db_to_power(power_to_db(p, top_db=None)), p)
    a = np.array([1.0, 0.5, 1e-3])
    assert np.allclose(db_to_amplitude(amplitude_to_db(a, top_db=None)), a)
    assert power_to_db(np.array([1.0, 1e-20]), top_db=80.0).min() == pytest.approx(-80.0)
    assert power_to_db(np.array([4.0, 1.0]), ref=np.max)[0] == pytest.approx(0.0)


def test_magphase_reconstructs() -> None:
    D = stft(np.random.default_rng(3).standard_normal(2048), n_fft=256)
    mag, phase = magphase(D)
    assert np.allclose(mag * phase, D, atol=1e-5)


def test_mel_scale_round_trip() -> None:
    f = np.array([0.0, 100.0, 999.0, 1000.0, 5000.0])
    for htk in (False, True):
        assert np.allclose(mel_to_hz(hz_to_mel(f, htk=htk), htk=htk), f)


def test_mel_filterbank_shape_and_coverage() -> None:
    fb = mel_filterbank(sr=SR, n_fft=2048, n_mels=40)
    assert fb.shape == (40, 1025)
    assert not fb.flags.writeable
    assert np.all(fb.sum(axis=1) > 0)
    with pytest.raises(ValueError, match="fmax"):
        mel_filterbank(sr=SR, n_fft=2048, fmax=SR)


def test_feature_shapes(music: np.ndarray) -> None:
    t = 1 + music.size // 512
    assert melspectrogram(music, SR).shape == (128, t)
    assert mfcc(music, SR, n_mfcc=13).shape == (13, t)
    assert chroma_stft(music, SR).shape == (12, t)
    assert chroma_cqt(music, SR).shape == (12, t)
    assert spectral_contrast(music, SR).shape == (7, t)
    for f in (spectral_centroid, spectral_bandwidth, spectral_rolloff, spectral_flatness):
        assert f(music, SR).shape == (1, t)
    assert zero_crossing_rate(music).shape == (1, t)
    assert rms(music).shape == (1, t)


def test_multichannel_is_averaged(music: np.ndarray) -> None:
    stereo = np.stack([music, music])
    assert np.allclose(melspectrogram(stereo, SR), melspectrogram(music, SR), rtol=1e-4, atol=1e-6)
    assert np.allclose(rms(stereo.T), rms(music))


def test_int16_input_is_scaled() -> None:
    y = (0.5 * np.sin(2 * np.pi * 440 * np.arange(SR) / SR) * 32767).astype(np.int16)
    assert float(np.median(rms(y))) == pytest.approx(0.5 / np.sqrt(2), rel=1e-3)


def test_cqt_peak_and_chroma_classes() -> None:
    y = np.sin(2 * np.pi * 440.0 * np.arange(2 * SR) / SR)
    C = np.abs(cqt(y, SR))
    assert int(C[:, 40].argmax()) == 45
    assert float(C[45, 40]) == pytest.approx(0.5, rel=0.05)  # amplitude / 2
    for note, cls in ((60, 0), (62, 2), (67, 7), (71, 11)):
        f = 440.0 * 2 ** ((note - 69) / 12)
        z = np.sin(2 * np.pi * f * np.arange(SR) / SR)
        assert int(chroma_cqt(z, SR).mean(axis=1).argmax()) == cls
        assert int(chroma_stft(z, SR, n_fft=4096).mean(axis=1).argmax()) == cls


def test_descriptors_on_known_signals() -> None:
    t = np.arange(SR) / SR
    sine = np.sin(2 * np.pi * 2000 * t)
    noise = np.random.default_rng(0).standard_normal(SR)
    assert np.median(spectral_centroid(sine, SR)) == pytest.approx(2000, rel=0.02)
    assert np.median(spectral_flatness(noise, SR)) > 50 * np.median(spectral_flatness(sine, SR))
    assert np.median(spectral_bandwidth(noise, SR)) > 10 * np.median(spectral_bandwidth(sine, SR))
    assert np.median(zero_crossing_rate(sine)) == pytest.approx(2 * 2000 / SR, rel=0.01)


def test_rms_from_spectrogram_matches_time_domain() -> None:
    y = np.random.default_rng(4).standard_normal(SR).astype(np.float32)
    S = np.abs(stft(y, n_fft=2048, hop_length=512, window="ones"))
    assert np.allclose(rms(S=S)[0, 4:-4], rms(y)[0, 4:-4], rtol=1e-3)


# ------------------------------------------------------------------ errors
def test_bad_inputs_raise_precisely() -> None:
    with pytest.raises(FileNotFoundError, match=r"song\.wav"):
        melspectrogram("song.wav", SR)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="NaN"):
        melspectrogram(np.array([0.0, np.nan] * 100), SR)
    with pytest.raises(ValueError, match="empty"):
        rms(np.zeros(0))
    with pytest.raises(ValueError, match=r"sr must be positive|sample rate"):
        melspectrogram(np.zeros(100), -1)
    with pytest.raises(TypeError, match="dtype"):
        rms(np.array(["a", "b"]))
    with pytest.raises(ValueError, match="n_fft"):
        stft(np.zeros(100), n_fft=2048, center=False)
    with pytest.raises(ValueError, match="n_mfcc"):
        mfcc(np.zeros(SR), SR, n_mfcc=200, n_mels=40)
    with pytest.raises(ValueError, match="hop_length"):
        cqt(np.zeros(SR), SR, hop_length=100)
    with pytest.raises(ValueError, match="channels"):
        rms(np.zeros((100, 100)))


# ------------------------------------------------------------------ agreement with librosa
librosa = pytest.importorskip("librosa")


@pytest.mark.parametrize(
    ("name", "ours", "theirs"),
    [
        ("stft", lambda y: np.abs(stft(y)), lambda y: np.abs(librosa.stft(y))),
        (
            "stft_reflect",
            lambda y: np.abs(stft(y, n_fft=1024, hop_length=300, pad_mode="reflect")),
            lambda y: np.abs(librosa.stft(y, n_fft=1024, hop_length=300, pad_mode="reflect")),
        ),
        (
            "mel",
            lambda y: melspectrogram(y, SR),
            lambda y: librosa.feature.melspectrogram(y=y, sr=SR),
        ),
        (
            "mel_htk",
            lambda y: melspectrogram(y, SR, htk=True, norm=None, n_mels=40),
            lambda y: librosa.feature.melspectrogram(y=y, sr=SR, htk=True, norm=None, n_mels=40),
        ),
        (
            "mfcc",
            lambda y: mfcc(y, SR, n_mfcc=13, lifter=22),
            lambda y: librosa.feature.mfcc(y=y, sr=SR, n_mfcc=13, lifter=22),
        ),
        (
            "chroma_stft",
            lambda y: chroma_stft(y, SR),
            lambda y: librosa.feature.chroma_stft(y=y, sr=SR, tuning=0.0),
        ),
        (
            "chroma_cqt",
            lambda y: chroma_cqt(y, SR),
            lambda y: librosa.feature.chroma_cqt(y=y, sr=SR, tuning=0.0),
        ),
        (
            "centroid",
            lambda y: spectral_centroid(y, SR),
            lambda y: librosa.feature.spectral_centroid(y=y, sr=SR),
        ),
        (
            "bandwidth",
            lambda y: spectral_bandwidth(y, SR),
            lambda y: librosa.feature.spectral_bandwidth(y=y, sr=SR),
        ),
        (
            "rolloff",
            lambda y: spectral_rolloff(y, SR),
            lambda y: librosa.feature.spectral_rolloff(y=y, sr=SR),
        ),
        (
            "flatness",
            lambda y: spectral_flatness(y, SR),
            lambda y: librosa.feature.spectral_flatness(y=y),
        ),
        (
            "contrast",
            lambda y: spectral_contrast(y, SR),
            lambda y: librosa.feature.spectral_contrast(y=y, sr=SR),
        ),
        ("zcr", lambda y: zero_crossing_rate(y), lambda y: librosa.feature.zero_crossing_rate(y)),
        ("rms", lambda y: rms(y), lambda y: librosa.feature.rms(y=y)),
    ],
)
def test_agrees_with_librosa(name: str, ours, theirs, music: np.ndarray) -> None:  # type: ignore[no-untyped-def]
    a, b = ours(music), theirs(music)
    assert a.shape == b.shape, name
    assert corr(a, b) >= 0.99, name


def test_istft_agrees_with_librosa(music: np.ndarray) -> None:
    D = stft(music)
    assert np.allclose(istft(D, length=music.size), librosa.istft(D, length=music.size), atol=1e-4)
