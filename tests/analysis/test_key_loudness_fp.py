"""Key detection, BS.1770 / EBU R128 loudness and fingerprint matching."""

from __future__ import annotations

import math

import numpy as np
import pytest
from analysis_synth import SR, chord_sequence, midi_hz, tone

from coremusic.audio.analysis import (
    PITCH_CLASSES,
    Fingerprint,
    KeyInfo,
    LoudnessInfo,
    detect_key,
    fingerprint,
    integrated_loudness,
    k_weighting,
    loudness_range,
    match,
    measure_loudness,
    momentary_loudness,
    normalize_loudness,
    short_term_loudness,
    true_peak,
)

# ------------------------------------------------------------------ key
MAJOR = [0, 2, 4, 5, 7, 9, 11]
MINOR = [0, 2, 3, 5, 7, 8, 10]  # natural minor


def cadence(tonic: int, mode: str) -> np.ndarray:
    """i/I - iv/IV - V - i/I chords plus a scale run, rooted on MIDI ``tonic``."""
    third = 3 if mode == "minor" else 4
    sixth = 8 if mode == "minor" else 9
    chords = [
        [tonic, tonic + third, tonic + 7],
        [tonic + 5, tonic + sixth, tonic + 12],
        [tonic + 7, tonic + 11, tonic + 14],
        [tonic, tonic + third, tonic + 7],
    ]
    steps = MINOR if mode == "minor" else MAJOR
    scale = [[tonic + 12 + s] for s in steps]
    return chord_sequence(chords + scale + [[tonic, tonic + 12]], dur=0.6)


@pytest.mark.parametrize("profile", ["krumhansl", "temperley"])
@pytest.mark.parametrize(
    ("tonic", "mode"),
    [(60, "major"), (62, "minor"), (67, "major"), (57, "minor"), (66, "major"), (65, "minor")],
)
def test_detect_key_on_cadences(tonic: int, mode: str, profile: str) -> None:
    info = detect_key(cadence(tonic, mode), SR, profile=profile)  # type: ignore[arg-type]
    assert info.as_tuple() == (PITCH_CLASSES[tonic % 12], mode)
    assert tuple(info) == info.as_tuple()
    assert 0.5 < info.confidence <= 1.0
    assert len(info.scores) == 24
    assert info.ranked()[0][1] == pytest.approx(info.confidence)


def test_detect_key_from_chroma_and_errors() -> None:
    chroma = np.zeros((12, 10))
    chroma[[2, 5, 9]] = 1.0  # D minor triad
    assert detect_key(chroma=chroma).as_tuple() == ("D", "minor")
    flat = detect_key(chroma=np.ones(12))
    assert flat.confidence == 0.0
    with pytest.raises(ValueError, match="shape"):
        detect_key(chroma=np.ones((11, 4)))
    with pytest.raises(ValueError, match="profile"):
        detect_key(chroma=np.ones(12), profile="nope")  # type: ignore[arg-type]
    assert KeyInfo("C", "major", 0.9).key == "C major"


# ------------------------------------------------------------------ loudness
def sine(level_dbfs: float, seconds: float, sr: int, freq: float = 1000.0) -> np.ndarray:
    t = np.arange(int(seconds * sr)) / sr
    return 10 ** (level_dbfs / 20) * np.sin(2 * np.pi * freq * t)


@pytest.mark.parametrize("sr", [16000, 22050, 44100, 48000, 96000])
def test_sine_at_minus_23_reads_minus_23(sr: int) -> None:
    # EBU Tech 3341 case 1: stereo 1 kHz at -23 dBFS per channel reads -23.0 LUFS
    a = sine(-23.0, 10.0, sr)
    assert integrated_loudness(np.stack([a, a]), sr) == pytest.approx(-23.0, abs=0.1)
    assert integrated_loudness(np.stack([a, a]).T, sr) == pytest.approx(-23.0, abs=0.1)
    # the same tone in mono is 3 dB lower; scaled up by 3.01 dB it reads -23
    assert integrated_loudness(a, sr) == pytest.approx(-26.0, abs=0.1)
    assert integrated_loudness(a * 10 ** (3.0103 / 20), sr) == pytest.approx(-23.0, abs=0.1)


def test_ebu_3341_gating_cases() -> None:
    sr = 16000  # the cases are defined by levels and durations; 16 kHz keeps the test fast

    def st(*parts: tuple[float, float]) -> np.ndarray:
        y = np.concatenate([sine(lv, d, sr) for lv, d in parts])
        return np.stack([y, y])

    assert integrated_loudness(st((-33.0, 20.0)), sr) == pytest.approx(-33.0, abs=0.1)
    # case 3: relative gate drops the -36 dBFS parts
    assert integrated_loudness(st((-36, 10), (-23, 60), (-36, 10)), sr) == pytest.approx(
        -23.0, abs=0.1
    )
    # case 4: absolute gate drops the -72 dBFS parts
    y = st((-72, 10), (-36, 10), (-23, 60), (-36, 10), (-72, 10))
    assert integrated_loudness(y, sr) == pytest.approx(-23.0, abs=0.1)


@pytest.mark.parametrize(
    ("levels", "lra"),
    [((-20, -30), 10.0), ((-20, -15), 5.0), ((-40, -20), 20.0), ((-50, -35, -20, -35, -50), 15.0)],
)
def test_ebu_3342_loudness_range(levels: tuple[float, ...], lra: float) -> None:
    sr = 16000
    y = np.concatenate([sine(lv, 20.0, sr) for lv in levels])
    assert loudness_range(np.stack([y, y]), sr) == pytest.approx(lra, abs=1.0)


def test_surround_weights_and_lfe() -> None:
    sr = 48000
    a = sine(-23.0, 5.0, sr)
    z = np.zeros_like(a)
    five_one = np.stack([a, a, z, a * 100, z, z])  # LFE is ignored
    assert integrated_loudness(five_one, sr) == pytest.approx(-23.0, abs=0.1)
    surround = np.stack([z, z, z, z, a, z])  # Ls weighted by 1.41 (+1.5 dB)
    assert integrated_loudness(surround, sr) == pytest.approx(-26.0 + 1.49, abs=0.1)
    with pytest.raises(ValueError, match="channel_weights"):
        integrated_loudness(np.stack([a, a]), sr, channel_weights=[1.0])


def test_short_term_momentary_and_summary() -> None:
    sr = 48000
    y = np.concatenate([sine(-30.0, 5.0, sr), sine(-20.0, 5.0, sr)])
    t, m = momentary_loudness(y, sr)
    assert t.shape == m.shape and t[0] == pytest.approx(0.4)
    assert m[5] == pytest.approx(-33.0, abs=0.1) and m[-1] == pytest.approx(-23.0, abs=0.1)
    t3, s3 = short_term_loudness(y, sr)
    assert t3[0] == pytest.approx(3.0) and s3[0] == pytest.approx(-33.0, abs=0.1)
    info = measure_loudness(y, sr)
    assert isinstance(info, LoudnessInfo)
    assert info.momentary_max == pytest.approx(-23.0, abs=0.1)
    assert info.short_term_max == pytest.approx(-23.0, abs=0.1)
    assert info.sample_peak == pytest.approx(-20.0, abs=0.01)
    assert info.integrated == pytest.approx(integrated_loudness(y, sr))
    assert "LUFS" in repr(info)


def test_silence_and_short_signals() -> None:
    sr = 48000
    assert integrated_loudness(np.zeros(sr), sr) == -math.inf
    assert integrated_loudness(np.ones(100) * 0.1, sr) == -math.inf
    assert true_peak(np.zeros(1000), sr) == -math.inf
    with pytest.raises(ValueError, match="silent"):
        normalize_loudness(np.zeros(sr), sr)


def test_true_peak_sees_intersample_peaks() -> None:
    sr = 48000
    n = np.arange(sr)
    y = np.sin(2 * np.pi * (sr / 4) * n / sr + np.pi / 4)
    assert 20 * np.log10(np.max(np.abs(y))) == pytest.approx(-3.01, abs=0.01)
    assert true_peak(y, sr) == pytest.approx(0.0, abs=0.2)


def test_normalize_loudness_with_peak_limit() -> None:
    sr = 44100
    y = sine(-6.0, 3.0, sr)
    out, gain = normalize_loudness(y, sr, target_lufs=-14.0)
    assert integrated_loudness(out, sr) == pytest.approx(-14.0, abs=0.05)
    loud, g2 = normalize_loudness(y, sr, target_lufs=-3.0, true_peak_limit=-1.0)
    assert true_peak(loud, sr) <= -1.0 + 1e-6
    assert g2 < -3.0 - integrated_loudness(y, sr)
    assert out.shape == y.shape and gain == pytest.approx(-14.0 - integrated_loudness(y, sr))


def test_k_weighting_response() -> None:
    sr = 48000
    lo = k_weighting(sine(0.0, 2.0, sr, 20.0), sr)[0, sr:]
    hi = k_weighting(sine(0.0, 2.0, sr, 8000.0), sr)[0, sr:]
    assert 20 * np.log10(np.std(lo) * np.sqrt(2)) < -10.0  # RLB high-pass
    assert 20 * np.log10(np.std(hi) * np.sqrt(2)) == pytest.approx(4.0, abs=0.3)  # head shelf


pyln = pytest.importorskip("pyloudnorm")


def test_agrees_with_pyloudnorm() -> None:
    sr = 44100
    rng = np.random.default_rng(0)
    y = rng.standard_normal((sr * 8, 2)) * np.linspace(0.01, 0.3, sr * 8)[:, None]
    ours = integrated_loudness(y, sr)
    theirs = pyln.Meter(sr).integrated_loudness(y)
    assert ours == pytest.approx(theirs, abs=0.1)


# ------------------------------------------------------------------ fingerprint
def melody(seed: int, n_notes: int = 60) -> np.ndarray:
    rng = np.random.default_rng(seed)
    parts = []
    for _ in range(n_notes):
        d = rng.uniform(0.1, 0.5)
        f = midi_hz(int(rng.integers(45, 93)))
        seg = tone(f, duration=d, harmonics=4) * np.exp(-np.arange(int(d * SR)) / SR * 3)
        parts.append(seg)
    return np.concatenate(parts)


def test_fingerprint_matches_noisy_excerpt() -> None:
    ref = melody(0)
    fp = fingerprint(ref, SR)
    assert isinstance(fp, Fingerprint) and len(fp) > 500
    rng = np.random.default_rng(1)
    start = 7.3
    clip = ref[int(start * SR) : int((start + 5.0) * SR)]
    noisy = 0.5 * clip + 0.5 * np.std(clip) * rng.standard_normal(clip.size)  # ~6 dB SNR, quieter
    result = match(noisy, fp, SR)
    assert result.offset == pytest.approx(start, abs=0.05)
    assert result.confidence > 0.8
    assert result.score >= 20
    # a clip from a different melody does not match convincingly
    other = melody(5)[: 5 * SR]
    miss = match(other, fp, SR)
    assert miss.score < 0.3 * result.score


def test_fingerprint_is_sample_rate_independent() -> None:
    ref = melody(2, n_notes=30)
    clip = ref[3 * SR : 7 * SR]
    import scipy.signal

    clip_44k = scipy.signal.resample_poly(clip, 2, 1)
    result = match(fingerprint(clip_44k, 2 * SR), fingerprint(ref, SR))
    assert result.offset == pytest.approx(3.0, abs=0.05)


def test_match_edge_cases() -> None:
    empty = fingerprint(np.zeros(SR), SR)
    assert len(empty) == 0
    assert match(empty, fingerprint(melody(3, 10), SR)).score == 0
    with pytest.raises(ValueError, match="sr is required"):
        match(np.zeros(100), empty)
    with pytest.raises(ValueError, match="max_dt"):
        fingerprint(np.zeros(SR), SR, max_dt=100)
    assert "hashes" in repr(empty)
