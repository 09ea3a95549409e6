"""YIN, pYIN and the live detector on tones with known pitch (errors in cents)."""

from __future__ import annotations

import numpy as np
import pytest
from analysis_synth import SR, midi_hz, tone
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.audio.analysis import LivePitchDetector, PitchInfo, pyin, track_pitch, yin


def cents(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.abs(1200.0 * np.log2(np.asarray(a) / np.asarray(b)))


@pytest.mark.parametrize("note", [40, 52, 57, 64, 69, 76, 88])
def test_yin_and_pyin_on_harmonic_tones(note: int) -> None:
    f = midi_hz(note)
    y = tone(f, duration=1.0, harmonics=5)
    est = yin(y, fmin=65, fmax=2093, sr=SR)
    assert np.median(cents(est[3:-3], f)) < 2.0
    f0, voiced, prob = pyin(y, fmin=65, fmax=2093, sr=SR)
    assert voiced[3:-3].all()
    assert np.median(cents(f0[3:-3], f)) < 2.0
    assert np.median(prob[3:-3]) > 0.5


def test_pyin_follows_vibrato_and_detects_silence() -> None:
    dur, rate, depth, f = 3.0, 5.0, 50.0, 220.0
    y = tone(f, duration=dur, vibrato_cents=depth, vibrato_rate=rate, harmonics=3)
    t = np.arange(y.size) / SR
    y = y * ((t > 0.5) & (t < 2.5)) + 0.001 * np.random.default_rng(0).standard_normal(y.size)
    f0, voiced, _ = pyin(y, fmin=65, fmax=2093, sr=SR)
    times = np.arange(f0.size) * 512 / SR
    truth = f * 2 ** (depth / 1200 * np.sin(2 * np.pi * rate * times))
    inside = (times > 0.6) & (times < 2.4)
    outside = (times < 0.4) | (times > 2.6)
    assert voiced[inside].mean() > 0.95
    assert voiced[outside].mean() < 0.1
    assert np.isnan(f0[~voiced]).all()
    assert np.median(cents(f0[inside & voiced], truth[inside & voiced])) < 10.0


def test_pyin_fill_na_none_keeps_a_guess() -> None:
    y = np.concatenate([np.zeros(SR // 2), tone(330.0, duration=0.5)])
    f0, voiced, _ = pyin(y, fmin=100, fmax=1000, sr=SR, fill_na=None)
    assert np.all(np.isfinite(f0))
    assert not voiced[:5].any()


def test_track_pitch_records() -> None:
    y = np.concatenate([tone(midi_hz(60), duration=0.5), tone(midi_hz(67), duration=0.5)])
    for method in ("pyin", "yin"):
        recs = track_pitch(y, SR, method=method)
        notes = [r.midi_note for r in recs]
        assert notes[2] == 60 and notes[-3] == 67, method
        assert all(0.0 <= r.confidence <= 1.0 for r in recs)
        assert all(abs(r.cents_offset) <= 50 for r in recs)
        assert recs[-1].time > recs[0].time
    with pytest.raises(ValueError, match="method"):
        track_pitch(y, SR, method="crepe")


def test_pitch_info_from_frequency() -> None:
    info = PitchInfo.from_frequency(466.16, confidence=0.7, time=1.5)
    assert info.midi_note == 70 and info.note_name == "A#4"
    assert abs(info.cents_offset) < 0.1
    assert "A#4" in repr(info)
    with pytest.raises(ValueError, match="positive"):
        PitchInfo.from_frequency(0.0, confidence=1.0)


@settings(max_examples=30, deadline=None)
@given(freq=st.floats(min_value=60.0, max_value=1500.0))
def test_live_detector_cents_error(freq: float) -> None:
    sr = 44100
    det = LivePitchDetector(sr, 2048, fmin=55.0, fmax=2000.0)
    y = np.sin(2 * np.pi * freq * np.arange(4096) / sr)
    info = None
    for k in range(0, 4096, 512):
        info = det.process(y[k : k + 512])
    assert info is not None
    assert abs(1200 * np.log2(info.frequency / freq)) < 3.0
    assert info.confidence > 0.9


def test_live_detector_states_and_buffers() -> None:
    det = LivePitchDetector(16000, 1024, fmin=80.0, fmax=1000.0)
    assert det.process(np.zeros(100)) is None  # still filling
    assert det.process(np.zeros(2000)) is None  # silence
    noise = np.random.default_rng(0).standard_normal(1024)
    assert det.process(noise) is None  # aperiodic
    ring_id = id(det._ring)
    y = np.sin(2 * np.pi * 200 * np.arange(3000) / 16000)
    info = det.process(y)
    assert info is not None and info.midi_note == 55
    assert id(det._ring) == ring_id  # buffers are reused, not reallocated
    det.reset()
    assert det.process(y[:100]) is None
    assert "buffer_size=1024" in repr(det)


def test_live_detector_rejects_bad_input() -> None:
    with pytest.raises(ValueError, match="frame_length"):
        LivePitchDetector(44100, 256, fmin=50.0)
    with pytest.raises(ValueError, match="threshold"):
        LivePitchDetector(44100, 2048, threshold=1.5)
    det = LivePitchDetector(44100, 2048)
    with pytest.raises(ValueError, match="1-D"):
        det.process(np.zeros((2, 10)))
    with pytest.raises(TypeError, match="dtype"):
        det.process(np.array(["x"]))


def test_parameter_errors() -> None:
    y = tone(220.0)
    with pytest.raises(ValueError, match="fmin"):
        yin(y, fmin=500, fmax=100, sr=SR)
    with pytest.raises(ValueError, match="Nyquist"):
        pyin(y, fmin=100, fmax=20000, sr=SR)
    with pytest.raises(ValueError, match="frame_length"):
        yin(y, fmin=20, fmax=1000, sr=SR)


librosa = pytest.importorskip("librosa")


def test_pyin_agrees_with_librosa() -> None:
    y = tone(196.0, duration=2.0, vibrato_cents=30, harmonics=4).astype(np.float32)
    f0, voiced, prob = pyin(y, fmin=65, fmax=2093, sr=SR)
    lf0, lvoiced, lprob = librosa.pyin(y, fmin=65, fmax=2093, sr=SR)
    both = voiced & lvoiced
    assert both.mean() > 0.9
    # librosa reports 10-cent bin centres; we report the trough frequency
    assert np.median(cents(f0[both], lf0[both])) < 10.0
    # voicing probabilities differ a little: librosa integrates the whole frame, YIN a window
    assert np.corrcoef(prob, lprob)[0, 1] > 0.8


def test_yin_agrees_with_librosa_on_voiced_frames() -> None:
    y = tone(261.63, duration=1.0, harmonics=3).astype(np.float32)
    ours = yin(y, fmin=65, fmax=2093, sr=SR)
    theirs = librosa.yin(y, fmin=65, fmax=2093, sr=SR)
    assert np.median(cents(ours[3:-3], theirs[3:-3])) < 2.0
