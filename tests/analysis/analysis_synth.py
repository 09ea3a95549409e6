"""Synthetic ground truth for the analysis tests: clicks, tones, chords.

A plain module with a unique name (not conftest.py), so it cannot collide with the
conftest modules of other test folders.
"""

from __future__ import annotations

import numpy as np
import pytest

SR = 22050


def click_track(
    bpm: float,
    *,
    sr: int = SR,
    duration: float = 30.0,
    swing: float = 0.0,
    dropout: float = 0.0,
    accent: int = 4,
    seed: int = 0,
) -> np.ndarray:
    """Clicks on every beat at ``bpm``; bar starts get a bass thump when ``accent``.

    ``swing`` adds quieter off-beat clicks delayed by ``swing`` beats from the half beat;
    ``dropout`` removes that fraction of the beat clicks at random.
    """
    rng = np.random.default_rng(seed)
    y = np.zeros(int(duration * sr))
    period = 60.0 / bpm
    t = np.arange(int(0.03 * sr)) / sr
    hi = np.sin(2 * np.pi * 1500 * t) * np.exp(-t * 150)
    lo = np.sin(2 * np.pi * 80 * t) * np.exp(-t * 60)
    for k in range(int(duration / period)):
        if rng.random() < dropout:
            continue
        s = int(k * period * sr)
        click = (lo + 0.5 * hi) if (accent and k % accent == 0) else 0.6 * hi
        n = min(click.size, y.size - s)
        y[s : s + n] += click[:n]
        if swing:
            s2 = int((k + 0.5 + swing) * period * sr)
            if s2 + t.size < y.size:
                y[s2 : s2 + t.size] += 0.3 * hi
    return y + 0.01 * rng.standard_normal(y.size)


def tone(
    freq: float,
    *,
    sr: int = SR,
    duration: float = 1.0,
    amp: float = 0.5,
    harmonics: int = 1,
    vibrato_cents: float = 0.0,
    vibrato_rate: float = 5.0,
) -> np.ndarray:
    """A (harmonic) tone; with vibrato the instantaneous frequency is returned by ``tone_f0``."""
    t = np.arange(int(duration * sr)) / sr
    f_inst = freq * 2.0 ** (vibrato_cents / 1200.0 * np.sin(2 * np.pi * vibrato_rate * t))
    phase = 2 * np.pi * np.cumsum(f_inst) / sr
    y = sum(np.sin(h * phase) / h for h in range(1, harmonics + 1))
    return amp * np.asarray(y) / max(1, harmonics) ** 0.5


def midi_hz(note: float) -> float:
    return 440.0 * 2.0 ** ((note - 69) / 12.0)


def chord_sequence(notes_list: list[list[int]], *, sr: int = SR, dur: float = 1.0) -> np.ndarray:
    """Consecutive chords of harmonic tones (MIDI note numbers)."""
    parts = []
    for notes in notes_list:
        seg = sum(tone(midi_hz(n), sr=sr, duration=dur, amp=0.3, harmonics=4) for n in notes)
        env = np.minimum(1.0, np.linspace(0, 20, int(dur * sr))) * np.linspace(
            1, 0.6, int(dur * sr)
        )
        parts.append(np.asarray(seg) * env)
    return np.concatenate(parts)


@pytest.fixture(scope="session")
def music() -> np.ndarray:
    """5 s of chords, noise and clicks: a busy signal for feature comparisons."""
    rng = np.random.default_rng(0)
    t = np.arange(SR * 5) / SR
    y = (
        0.3 * np.sin(2 * np.pi * 220 * t)
        + 0.2 * np.sin(2 * np.pi * 277.2 * t)
        + 0.2 * np.sin(2 * np.pi * 329.6 * t) * (t > 2)
        + 0.05 * rng.standard_normal(t.size)
    ).astype(np.float32)
    y[:: SR // 2] += 0.8
    return y
