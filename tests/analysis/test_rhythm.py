"""Onsets, tempo, beats and downbeats against synthetic click tracks with known truth."""

from __future__ import annotations

import numpy as np
import pytest
from analysis_synth import SR, click_track

from coremusic.audio.analysis import (
    BeatInfo,
    beat_track,
    estimate_tempo,
    onset_detect,
    onset_strength,
    peak_pick,
)

TEMPI = [60, 72, 85, 97, 110, 120, 133, 145, 160, 172, 180]


@pytest.mark.parametrize("bpm", TEMPI)
def test_tempo_and_beats_with_swing_and_dropouts(bpm: int) -> None:
    y = click_track(bpm, duration=20.0, swing=0.17, dropout=0.1, seed=bpm)
    est = estimate_tempo(y, SR)
    assert est.tempo == pytest.approx(bpm, rel=0.02)
    assert est.candidates[0][0] == est.tempo
    assert 0.0 < est.confidence <= 1.0
    info = beat_track(y, SR)
    assert info.tempo == pytest.approx(bpm, rel=0.01)
    period = 60.0 / bpm
    # every beat lies on the click grid within the usual 70 ms evaluation window
    phase = (info.beats / period) - np.round(info.beats / period)
    assert np.max(np.abs(phase * period)) < 0.07
    # and beats cover the whole track: no gaps where clicks dropped out
    assert np.max(np.diff(info.beats)) < 1.5 * period
    # downbeats are the accented bar starts (every 4th click from t=0)
    bar_index = np.round(info.downbeats / period)
    assert info.beats_per_bar == 4
    assert np.all(bar_index % 4 == 0)
    assert info.downbeat_confidence > 0.3


@pytest.mark.parametrize("bpm", [75, 150])
def test_three_four_meter_is_found(bpm: int) -> None:
    info = beat_track(click_track(bpm, duration=20.0, accent=3), SR)
    assert info.beats_per_bar == 3
    assert np.all(np.round(info.downbeats / (60.0 / bpm)) % 3 == 0)


def test_unaccented_clicks_give_low_downbeat_confidence() -> None:
    flat = beat_track(click_track(100, duration=20.0, accent=0), SR)
    accented = beat_track(click_track(100, duration=20.0, accent=4), SR)
    assert flat.downbeat_confidence < 0.5 * accented.downbeat_confidence


def test_noise_has_low_confidence() -> None:
    noise = np.random.default_rng(5).standard_normal(SR * 20)
    clicks = click_track(120, duration=20.0)
    assert estimate_tempo(noise, SR).confidence < 0.2 * estimate_tempo(clicks, SR).confidence
    assert beat_track(noise, SR).confidence < 0.5 * beat_track(clicks, SR).confidence


def test_prior_moves_the_estimate_between_metrical_levels() -> None:
    y = click_track(100, duration=20.0, accent=0)
    slow = estimate_tempo(y, SR, start_bpm=50.0, std_bpm=0.3)
    assert slow.tempo == pytest.approx(50.0, rel=0.03)
    assert any(abs(b - 100.0) < 2.0 for b, _ in slow.candidates)


def test_silence_gives_empty_result() -> None:
    info = beat_track(np.zeros(SR * 5), SR)
    assert isinstance(info, BeatInfo)
    assert info.beats.size == 0 and info.confidence == 0.0 and info.tempo == 0.0
    assert estimate_tempo(np.zeros(SR * 5), SR).tempo == 0.0


def test_fixed_bpm_is_used() -> None:
    info = beat_track(click_track(120, duration=10.0), SR, bpm=120.0)
    assert info.tempo == pytest.approx(120.0, rel=0.005)
    assert info.tempo_candidates == ((120.0, 1.0),)


def test_onset_detect_finds_clicks_and_backtracks() -> None:
    times = np.array([0.5, 1.1, 1.7, 2.5, 3.2])
    y = np.zeros(4 * SR)
    rng = np.random.default_rng(0)
    for t in times:
        s = int(t * SR)
        y[s : s + 2000] += rng.standard_normal(2000) * np.exp(-np.arange(2000) / 300)
    found = onset_detect(y, SR, units="time")
    assert found.size == times.size
    assert np.allclose(found, times, atol=0.035)
    back = onset_detect(y, SR, units="frames", backtrack=True)
    plain = onset_detect(y, SR, units="frames")
    assert np.all(back <= plain)
    samples = onset_detect(y, SR, units="samples")
    assert np.array_equal(samples, plain * 512)


def test_onset_strength_shape_and_lag() -> None:
    y = click_track(120, duration=5.0)
    env = onset_strength(y, SR)
    assert env.shape == (1 + y.size // 512,)
    assert np.all(env >= 0)
    assert onset_strength(y, SR, max_size=3, lag=2).shape == env.shape


def test_peak_pick_wait_and_errors() -> None:
    x = np.array([0, 1, 0, 1, 0, 0, 0, 1, 0], dtype=float)
    assert peak_pick(
        x, pre_max=1, post_max=1, pre_avg=1, post_avg=1, delta=0.1, wait=0
    ).tolist() == [1, 3, 7]
    assert peak_pick(
        x, pre_max=1, post_max=1, pre_avg=1, post_avg=1, delta=0.1, wait=2
    ).tolist() == [1, 7]
    with pytest.raises(ValueError, match="post_max"):
        peak_pick(x, pre_max=1, post_max=0, pre_avg=1, post_avg=1, delta=0.1, wait=0)


def test_bad_parameters() -> None:
    y = click_track(120, duration=3.0)
    with pytest.raises(ValueError, match="start_bpm"):
        estimate_tempo(y, SR, start_bpm=0)
    with pytest.raises(ValueError, match="tightness"):
        beat_track(y, SR, tightness=-1)
    with pytest.raises(ValueError, match="beats_per_bar"):
        beat_track(y, SR, beats_per_bar=(0,))
    with pytest.raises(ValueError, match="either"):
        beat_track(None, SR)


librosa = pytest.importorskip("librosa")


def test_onset_strength_agrees_with_librosa() -> None:
    y = click_track(110, duration=10.0, swing=0.1).astype(np.float32)
    ours = onset_strength(y, SR)
    theirs = librosa.onset.onset_strength(y=y, sr=SR)
    assert ours.shape == theirs.shape
    assert np.corrcoef(ours, theirs)[0, 1] >= 0.99
