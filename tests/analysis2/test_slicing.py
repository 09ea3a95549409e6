"""Slicing: boundaries at known onsets, slice edits, export round trips, recombination."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.audio.file import AudioFile
from coremusic.audio.slicing import AudioSlicer, Slice, SliceCollection, SliceRecombinator

from .synth import plucks, write

SR = 22050
ONSETS = [0.3, 0.75, 1.1, 1.62, 2.05, 2.5]


@pytest.fixture(scope="module")
def notes() -> np.ndarray:
    return plucks(SR, ONSETS, 3.0, noise_db=-70)


@pytest.mark.parametrize("method", ["onset", "transient", "zero_crossing"])
def test_detected_slices_start_at_the_known_onsets(notes: np.ndarray, method: str) -> None:
    c = AudioSlicer(notes, SR, method=method).detect_slices()  # type: ignore[arg-type]
    starts = [s.start for s in c]
    assert starts[0] == 0.0  # the pre-roll before the first note
    np.testing.assert_allclose(starts[1:], ONSETS, atol=0.002)  # within 2 ms
    assert all(s.label == method for s in c)


def test_slices_tile_the_source(notes: np.ndarray) -> None:
    c = AudioSlicer(notes, SR, method="transient").detect_slices()
    assert np.array_equal(np.concatenate([s.data[:, 0] for s in c]), notes)
    assert [s.index for s in c] == list(range(len(c)))
    for a, b in itertools.pairwise(c):
        assert a.end == b.start


def test_zero_crossing_boundaries_are_at_sign_changes() -> None:
    rng = np.random.default_rng(3)
    y = plucks(SR, [0.2, 0.6], 1.0) + rng.normal(0, 0.01, SR).astype(np.float32)
    slicer = AudioSlicer(y, SR, method="zero_crossing")
    for b in slicer.boundaries()[1:]:
        assert y[b] == 0 or np.sign(y[b]) != np.sign(y[b - 1])


def test_sensitivity_controls_how_many_onsets() -> None:
    # over a -30 dB noise bed, strong notes rise ~23 dB and weak ones ~7 dB:
    # only a sensitive detector finds the weak ones
    bed = np.random.default_rng(5).normal(0, 0.03, 2 * SR).astype(np.float32)
    y = bed + plucks(SR, [0.2, 0.7], 2.0, noise_db=-200) + 0.13 * plucks(SR, [1.2, 1.7], 2.0, noise_db=-200)
    few = len(AudioSlicer(y, SR, method="transient", sensitivity=0.1).detect_slices())
    many = len(AudioSlicer(y, SR, method="transient", sensitivity=0.9).detect_slices())
    assert few == 3 and many == 5


def test_grid_and_manual(notes: np.ndarray) -> None:
    c = AudioSlicer(notes, SR, method="grid").detect_slices(bpm=120, division=0.5)
    assert len(c) == 12 and {s.n_frames for s in c} == {SR // 4, SR // 4 + 1}  # 5512.5 samples
    c2 = AudioSlicer(notes, SR, method="grid").detect_slices(slice_duration=1.0, grid_offset=0.5)
    assert [round(s.start, 6) for s in c2] == [0.0, 0.5, 1.5, 2.5]
    m = AudioSlicer(notes, SR, method="manual").detect_slices(positions=[2.0, 1.0])
    assert [(s.start, s.end) for s in m] == [(0.0, 1.0), (1.0, 2.0), (2.0, 3.0)]
    with pytest.raises(ValueError, match="positions"):
        AudioSlicer(notes, SR, method="manual").detect_slices()
    with pytest.raises(ValueError, match="within"):
        AudioSlicer(notes, SR, method="manual").detect_slices(positions=[4.0])


def test_min_slice_duration_merges_close_boundaries() -> None:
    s = AudioSlicer(np.ones(1000), 100, method="manual", min_slice_duration=0.5)
    assert s.boundaries(positions=[1.0, 1.2, 2.0, 9.8]).tolist() == [0, 100, 200]


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="method"):
        AudioSlicer(np.ones(100), 100, method="beats")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="sensitivity"):
        AudioSlicer(np.ones(100), 100, sensitivity=2.0)
    with pytest.raises(TypeError, match="sample rate"):
        AudioSlicer(np.ones(100))


def test_slicer_reads_files(tmp_path: Path, notes: np.ndarray) -> None:
    path = write(tmp_path / "n.wav", np.stack([notes, notes], axis=1), SR)
    c = AudioSlicer(path, method="transient").detect_slices()
    assert c[0].channels == 2
    np.testing.assert_allclose([s.start for s in c][1:], ONSETS, atol=0.002)
    assert "n.wav" in repr(AudioSlicer(path))


# ------------------------------------------------------------------ Slice
def test_slice_export_round_trip(tmp_path: Path) -> None:
    data = np.random.default_rng(0).uniform(-0.9, 0.9, (500, 2)).astype(np.float32)
    s = Slice(data, 8000, start=1.0, end=1.0625, index=4)
    p = s.export(tmp_path / "s.wav", subtype="FLOAT")
    with AudioFile(p) as f:
        assert f.sample_rate == 8000 and np.array_equal(f.read(), data)
    p16 = s.export(tmp_path / "s.flac")
    with AudioFile(p16) as f:
        assert np.allclose(f.read(), data, atol=1 / 32768 + 1e-7)


def test_slice_edits() -> None:
    s = Slice(np.linspace(0.1, 0.4, 100, dtype=np.float32), 100, start=2.0, end=3.0)
    assert s.normalize().peak == pytest.approx(1.0)
    assert s.normalize(-6).peak_db == pytest.approx(-6.0, abs=1e-5)
    assert np.array_equal(s.reverse().data[:, 0], s.data[::-1, 0])
    assert s.repeat(3).n_frames == 300 and s.repeat(3).data[100, 0] == s.data[0, 0]
    f = s.fade(0.5, 0.2)
    assert f.data[0, 0] == 0.0 and f.data[50:80, 0] == pytest.approx(s.data[50:80, 0])
    assert f.data[-1, 0] == 0.0 and f.data[25, 0] == pytest.approx(s.data[25, 0] * 0.5)
    ep = s.fade(0.5, shape="equal_power")
    assert ep.data[25, 0] == pytest.approx(s.data[25, 0] * np.sin(np.pi / 4), rel=1e-5)
    assert s.gain(-6.0206).peak == pytest.approx(0.2, rel=1e-4)
    quiet = np.concatenate([np.zeros(30), np.full(40, 0.5), np.full(30, 1e-5)]).astype(np.float32)
    t = Slice(quiet, 100, start=1.0, end=2.0).trim(-60)
    assert (t.n_frames, t.start, t.end) == (40, 1.3, 1.7)
    with pytest.raises(ValueError, match="entirely below"):
        Slice(np.zeros(10, np.float32), 100).trim()
    with pytest.raises(ValueError, match="times"):
        s.repeat(0)
    with pytest.raises(ValueError, match="NaN"):
        Slice(np.array([np.nan], np.float32), 100)
    with pytest.raises(ValueError, match="fade_in"):
        s.fade(-1.0)


def test_slice_levels() -> None:
    sr = 48000
    tone = 0.1 * np.sin(2 * np.pi * 1000 * np.arange(sr) / sr)
    assert Slice(tone.astype(np.float32), sr).loudness() == pytest.approx(-23.0, abs=0.1)
    short = Slice(tone[: sr // 10].astype(np.float32), sr)
    assert short.loudness() == pytest.approx(-23.0, abs=0.3)  # one block of its own length
    assert short.rms_db == pytest.approx(20 * np.log10(0.1 / np.sqrt(2)), abs=0.01)
    assert Slice(np.zeros(10, np.float32), sr).peak_db == float("-inf")


# ------------------------------------------------------------------ SliceCollection
def test_collection_filter_sort_stats_export(tmp_path: Path) -> None:
    c = SliceCollection(
        Slice(np.full(n, a, np.float32), 1000, start=i, end=i + n / 1000, index=i)
        for i, (n, a) in enumerate([(100, 0.5), (300, 0.1), (200, 0.9)])
    )
    assert [s.index for s in c.sort("duration")] == [0, 2, 1]
    assert [s.index for s in c.sort("peak", reverse=True)] == [2, 0, 1]
    assert [s.index for s in c.sort(lambda s: -s.start)] == [2, 1, 0]
    assert [s.index for s in c.filter(min_duration=0.15, min_peak_db=-10)] == [2]
    st_ = c.stats()
    assert st_["count"] == 3 and st_["total_duration"] == pytest.approx(0.6)
    assert st_["max_peak_db"] == pytest.approx(20 * np.log10(0.9))
    paths = c.export(tmp_path / "out", prefix="hit", subtype="FLOAT")
    assert [Path(p).name for p in paths] == ["hit_000.wav", "hit_001.wav", "hit_002.wav"]
    with AudioFile(paths[2]) as f:
        assert f.frames == 200 and f.read()[0, 0] == pytest.approx(0.9)
    assert len(c[1:]) == 2 and isinstance(c[1:], SliceCollection)
    with pytest.raises(ValueError, match="sample rates"):
        SliceCollection([Slice(np.ones(2, np.float32), 100), Slice(np.ones(2, np.float32), 200)])
    with pytest.raises(ValueError, match="sort key"):
        c.sort("colour")  # type: ignore[arg-type]


# ------------------------------------------------------------------ recombination
def _parts(lengths: list[int], sr: int = 1000) -> list[Slice]:
    return [Slice(np.full(n, i + 1, np.float32) / 10, sr, index=i) for i, n in enumerate(lengths)]


@settings(max_examples=40, deadline=None)
@given(
    lengths=st.lists(st.integers(1, 400), min_size=1, max_size=8),
    xf=st.integers(0, 300),
    shape=st.sampled_from(["linear", "equal_power"]),
)
def test_recombined_length_is_exact(lengths: list[int], xf: int, shape: str) -> None:
    parts = _parts(lengths)
    y = SliceRecombinator(parts).recombine(crossfade_duration=xf / 1000, crossfade_shape=shape)  # type: ignore[arg-type]
    overlaps = [min(xf, a // 2, b // 2) for a, b in itertools.pairwise(lengths)]
    assert y.shape == (sum(lengths) - sum(overlaps), 1)


def test_linear_crossfade_is_exact() -> None:
    a, b = _parts([100, 100])
    y = SliceRecombinator([a, b]).recombine(crossfade_duration=0.02)[:, 0]
    assert y.size == 180
    assert np.allclose(y[:80], 0.1) and np.allclose(y[100:], 0.2)
    ramp = np.arange(20) / 20
    np.testing.assert_allclose(y[80:100], 0.1 * (1 - ramp) + 0.2 * ramp, rtol=1e-6)
    same = SliceRecombinator([a, a]).recombine(crossfade_duration=0.02)
    assert np.allclose(same, 0.1)  # linear gains sum to one
    ep = SliceRecombinator([a, b]).recombine(crossfade_duration=0.02, crossfade_shape="equal_power")[:, 0]
    g = np.sin(0.5 * np.pi * ramp)
    np.testing.assert_allclose(ep[80:100], 0.1 * np.sqrt(1 - g**2) + 0.2 * g, rtol=1e-5)


def test_recombine_orders() -> None:
    parts = _parts([10, 20, 30])
    r = SliceRecombinator(SliceCollection(parts))

    def levels(y: np.ndarray) -> list[float]:
        return [round(float(v), 1) for v in np.unique(y[:, 0], return_index=True)[0][
            np.argsort(np.unique(y[:, 0], return_index=True)[1])]]

    assert levels(r.recombine("original")) == [0.1, 0.2, 0.3]
    assert levels(r.recombine("reverse")) == [0.3, 0.2, 0.1]
    y = r.recombine("pattern", pattern=[2, 0, 0, -1])
    assert y.shape[0] == 30 + 10 + 10 + 30 and y[0, 0] == pytest.approx(0.3)
    a = r.recombine("random", seed=7)
    assert np.array_equal(a, r.recombine("random", seed=7)) and a.shape[0] == 60
    assert sorted(s.index for s in r.order("random", seed=7)) == [0, 1, 2]
    c = r.recombine("custom", custom=lambda s: [s[1], 1, s[0]])
    assert c.shape[0] == 50 and c[0, 0] == pytest.approx(0.2)
    n = r.recombine(normalize=True, peak_db=-6.0)
    assert float(np.max(np.abs(n))) == pytest.approx(10 ** (-6 / 20), rel=1e-6)
    with pytest.raises(IndexError):
        r.recombine("pattern", pattern=[3])
    with pytest.raises(ValueError, match="pattern"):
        r.recombine("pattern")
    with pytest.raises(ValueError, match="method"):
        r.recombine("shuffle")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="at least one"):
        SliceRecombinator([])


def test_recombine_export_round_trip(tmp_path: Path, notes: np.ndarray) -> None:
    c = AudioSlicer(notes, SR, method="transient").detect_slices()
    r = SliceRecombinator(c)
    p = r.export(tmp_path / "r.wav", "reverse", subtype="FLOAT", crossfade_duration=0.005)
    expect = r.recombine("reverse", crossfade_duration=0.005)
    with AudioFile(p) as f:
        assert np.array_equal(f.read(), expect)
    # the original order without crossfades rebuilds the source exactly
    assert np.array_equal(r.recombine()[:, 0], notes)


@settings(max_examples=30, deadline=None)
@given(
    positions=st.lists(st.floats(0.0, 0.99), max_size=12),
    min_dur=st.sampled_from([0.0, 0.01, 0.1]),
    channels=st.integers(1, 3),
)
def test_manual_slices_always_tile_the_source(positions: list[float], min_dur: float, channels: int) -> None:
    y = np.random.default_rng(len(positions)).uniform(-1, 1, (1000, channels)).astype(np.float32)
    c = AudioSlicer(y, 1000, method="manual", min_slice_duration=min_dur).detect_slices(positions=positions)
    assert np.array_equal(np.concatenate([s.data for s in c]), y)
    assert c[0].start == 0.0 and c[len(c) - 1].end == pytest.approx(1.0)
    assert all(s.duration >= min_dur - 1e-9 for s in c) or len(c) == 1


def test_slice_default_end_and_bad_positions() -> None:
    s = Slice(np.ones(50, np.float32), 100, start=1.0)
    assert s.end == 1.5
    with pytest.raises(ValueError, match="end"):
        Slice(np.ones(50, np.float32), 100, start=1.0, end=0.5)
    with pytest.raises(ValueError, match="start"):
        Slice(np.ones(50, np.float32), 100, start=-1.0)
