"""Plotters render real PNG files without pyplot or a display."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("matplotlib")

from matplotlib.figure import Figure

from coremusic.audio.analysis import BeatInfo, PitchInfo
from coremusic.audio.visualization import (
    ChromagramPlotter,
    FrequencySpectrumPlotter,
    SpectrogramPlotter,
    WaveformPlotter,
    add_beats,
    add_onsets,
    add_pitch,
)

from .synth import plucks, write

SR = 16000
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def song(tmp_path_factory: pytest.TempPathFactory) -> str:
    y = plucks(SR, [0.1 + 0.5 * k for k in range(4)], 2.0, channels=2)
    return write(tmp_path_factory.mktemp("v") / "song.wav", y, SR)


def _png(path: str) -> tuple[int, int]:
    data = Path(path).read_bytes()
    assert data[:8] == PNG
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_waveform_png_and_axes(song: str, tmp_path: Path) -> None:
    w = WaveformPlotter(song)
    fig = w.plot(show_rms=True, show_peak=True, onsets=[0.1, 0.6], beats=BeatInfo(
        120.0, np.array([0.1, 0.6, 1.1, 1.6]), np.array([0.1]), 0.9))
    assert isinstance(fig, Figure) and w.figure is fig
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert {"ch 1", "ch 2", "ch 1 RMS", "ch 1 peak", "onsets", "beats", "downbeats"} <= set(labels)
    assert ax.get_xlim() == pytest.approx((0.0, 2.0))
    assert _png(w.save(tmp_path / "wave.png", dpi=50)) == (500, 150)
    # a time range shows absolute times
    zoom = w.plot(time_range=(0.5, 1.0), channels="mono")
    assert zoom.axes[0].get_xlim() == pytest.approx((0.5, 1.0))
    assert "matplotlib.pyplot" not in sys.modules or not __import__("matplotlib.pyplot").pyplot.get_fignums()


def test_long_signals_are_drawn_as_a_band(tmp_path: Path) -> None:
    y = np.random.default_rng(0).uniform(-1, 1, 200_000)
    fig = WaveformPlotter(y, 44100).plot()
    ax = fig.axes[0]
    assert not ax.lines and len(ax.collections) == 1  # one min/max band, not 200k points
    assert _png(WaveformPlotter(y, 44100).save(tmp_path / "band.png", dpi=40))[0] == 400


@pytest.mark.parametrize("scale", ["linear", "log", "mel"])
def test_spectrogram_scales(song: str, tmp_path: Path, scale: str) -> None:
    p = SpectrogramPlotter(song)
    pitches = [PitchInfo.from_frequency(330.0, confidence=0.8, time=t / 10) for t in range(1, 5)]
    fig = p.plot(scale=scale, n_fft=1024, hop_length=256, db_range=60, cmap="viridis",  # type: ignore[arg-type]
                 pitch=pitches, onsets=[0.1])
    ax = fig.axes[0]
    mesh = ax.collections[0]
    assert mesh.get_clim()[1] - mesh.get_clim()[0] == pytest.approx(60)
    assert mesh.get_cmap().name == "viridis"
    assert ax.get_yscale() == {"linear": "linear", "log": "log", "mel": "function"}[scale]
    assert len(fig.axes) == 2  # with colorbar
    assert _png(p.save(tmp_path / f"spec_{scale}.png", dpi=40)) == (400, 160)


def test_spectrogram_shows_the_tone_where_it_is() -> None:
    t = np.arange(SR) / SR
    fig = SpectrogramPlotter(np.sin(2 * np.pi * 2000 * t), SR).plot(n_fft=1024, hop_length=512)
    mesh = fig.axes[0].collections[0]
    db = np.asarray(mesh.get_array()).reshape(513, -1)
    assert np.argmax(db[:, 10]) == round(2000 / (SR / 1024))


def test_frequency_spectrum_modes(song: str, tmp_path: Path) -> None:
    t = np.arange(SR) / SR
    y = 0.5 * np.sin(2 * np.pi * 1000 * t) + 0.05 * np.sin(2 * np.pi * 3000 * t)
    fsp = FrequencySpectrumPlotter(y, SR)
    f, db = fsp.spectrum(mode="average", n_fft=2048)
    assert f[np.argmax(db)] == pytest.approx(1000, abs=SR / 2048)
    assert db.max() == pytest.approx(20 * np.log10(0.5), abs=0.5)
    fig = fsp.plot(mode="instant", time=0.5, n_peaks=2, log_freq=False)
    texts = sorted(tx.get_text() for tx in fig.axes[0].texts)
    assert texts == ["1000 Hz", "3000 Hz"]
    assert fig.axes[0].get_xscale() == "linear"
    assert _png(FrequencySpectrumPlotter(song).save(tmp_path / "fs.png", dpi=40, mode="average"))[0] == 320
    with pytest.raises(ValueError, match="mode"):
        fsp.plot(mode="peak")  # type: ignore[arg-type]


def test_chromagram(tmp_path: Path) -> None:
    sr = 22050
    t = np.arange(sr) / sr
    p = ChromagramPlotter(np.sin(2 * np.pi * 440 * t) + np.sin(2 * np.pi * 659.26 * t), sr)
    fig = p.plot(beats=[0.25, 0.5])
    ax = fig.axes[0]
    chroma = np.asarray(ax.collections[0].get_array()).reshape(12, -1)
    top = set(np.argsort(chroma.mean(axis=1))[-2:].tolist())
    assert top == {9, 4}  # A and E
    assert [tx.get_text() for tx in ax.get_yticklabels()][:3] == ["C", "C#", "D"]
    assert _png(p.save(tmp_path / "chroma.png", dpi=40))[0] == 400


def test_overlays_on_user_axes() -> None:
    fig = Figure()
    ax = fig.add_subplot()
    lines = add_onsets(ax, np.array([0.5, 1.5]))
    assert len(lines.get_segments()) == 2
    assert len(add_beats(ax, [0.0, 0.5, 1.0], downbeats=[0.0])) == 2
    dots = add_pitch(ax, (np.array([0.0, 0.1]), np.array([220.0, 221.0])))
    assert dots.get_offsets().tolist() == [[0.0, 220.0], [0.1, 221.0]]
    # a plotter draws into axes it is given
    out = WaveformPlotter(np.zeros(100), 100).plot(ax=ax)
    assert out is fig
    with pytest.raises(ValueError, match="NaN"):
        add_onsets(ax, [np.nan])
    with pytest.raises(TypeError, match="PitchInfo"):
        add_pitch(ax, [1.0, 2.0])  # type: ignore[list-item]


def test_errors(song: str) -> None:
    with pytest.raises(ValueError, match="time_range"):
        WaveformPlotter(song).plot(time_range=(1.0, 0.5))
    with pytest.raises(ValueError, match="scale"):
        SpectrogramPlotter(song).plot(scale="bark")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="db_range"):
        SpectrogramPlotter(song).plot(db_range=0)
    with pytest.raises(TypeError, match="sample rate"):
        WaveformPlotter(np.zeros(10))
    assert "song.wav" in repr(WaveformPlotter(song))
