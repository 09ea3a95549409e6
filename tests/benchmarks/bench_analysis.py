"""Analysis benchmark: coremusic vs librosa (and pyloudnorm) on the same clip, in one run.

Run from the repository root::

    python tests/benchmarks/bench_analysis.py            # 60 s clip
    python tests/benchmarks/bench_analysis.py --seconds 20 --skip-first-call

Prints markdown tables:

1. steady-state time per feature (median of repeats after two warm-up calls) for both
   libraries, the speed ratio (librosa / coremusic, > 1 means coremusic is faster) and
   an agreement figure (correlation of the outputs, or the difference that matters);
2. the first call of each feature in a fresh interpreter (import + first call; this is
   where numba's JIT shows up);
3. tempo accuracy on synthetic click tracks (60-180 BPM, swing, dropouts) for both.

Peers that are not installed are reported as missing; nothing here asserts timings.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from typing import Any

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, ROOT)

SR = 22050


def make_clip(seconds: float, sr: int = SR, seed: int = 0) -> np.ndarray:
    """Chords, a bass line, clicks at 120 BPM and noise: music-like, reproducible."""
    rng = np.random.default_rng(seed)
    n = int(seconds * sr)
    t = np.arange(n) / sr
    y = np.zeros(n)
    roots = [48, 53, 55, 50]
    bar = 2.0
    for k in range(int(seconds / bar) + 1):
        s, e = int(k * bar * sr), min(n, int((k + 1) * bar * sr))
        if s >= n:
            break
        root = roots[k % 4]
        seg_t = t[s:e] - t[s]
        env = np.exp(-seg_t * 0.8)
        for off in (0, 4, 7, 12):
            f = 440.0 * 2 ** ((root + off - 69) / 12)
            y[s:e] += 0.08 * env * sum(np.sin(2 * np.pi * f * h * t[s:e]) / h for h in (1, 2, 3))
        f_bass = 440.0 * 2 ** ((root - 12 - 69) / 12)
        y[s:e] += 0.15 * env * np.sin(2 * np.pi * f_bass * t[s:e])
    click_t = np.arange(int(0.02 * sr)) / sr
    click = np.sin(2 * np.pi * 1800 * click_t) * np.exp(-click_t * 200)
    for k in range(int(seconds * 2)):
        s = int(k * 0.5 * sr)
        m = min(click.size, n - s)
        y[s : s + m] += (0.6 if k % 4 == 0 else 0.3) * click[:m]
    y += 0.01 * rng.standard_normal(n)
    return (y / np.max(np.abs(y)) * 0.8).astype(np.float32)


def timeit(fn: Callable[[], Any], repeats: int) -> tuple[float, Any]:
    fn()  # warm-up (JIT, caches, lazy imports) ...
    out = fn()  # ... and a second one: the allocator of a fresh process settles its
    # thresholds over the first large allocations, which only the first row would pay
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), out


def corr(a: Any, b: Any) -> str:
    a = np.asarray(a, dtype=np.float64).ravel()
    b = np.asarray(b, dtype=np.float64).ravel()
    if a.shape != b.shape:
        return f"shape {a.shape} vs {b.shape}"
    return f"r = {np.corrcoef(a, b)[0, 1]:.4f}"


def steady_state(seconds: float, repeats: int) -> list[tuple[str, float, float | None, str]]:
    import coremusic.audio.analysis as cm

    try:
        import librosa
    except ImportError:
        librosa = None
    y = make_clip(seconds)
    rows: list[tuple[str, float, float | None, str]] = []

    def add(
        name: str,
        ours: Callable[[], Any],
        theirs: Callable[[], Any] | None,
        agree: Callable[[Any, Any], str] = corr,
        reps: int = repeats,
    ) -> None:
        t_ours, out_ours = timeit(ours, reps)
        if theirs is None or librosa is None:
            rows.append((name, t_ours, None, "librosa missing"))
            return
        t_theirs, out_theirs = timeit(theirs, reps)
        rows.append((name, t_ours, t_theirs, agree(out_ours, out_theirs)))
        print(
            f"  {name:<20} ours {t_ours * 1e3:8.1f} ms  librosa {t_theirs * 1e3:8.1f} ms",
            flush=True,
        )

    L = librosa
    D = cm.stft(y)
    add("stft", lambda: cm.stft(y), lambda: L.stft(y), lambda a, b: corr(np.abs(a), np.abs(b)))
    add("istft", lambda: cm.istft(D, length=y.size), lambda: L.istft(D, length=y.size))
    add(
        "melspectrogram",
        lambda: cm.melspectrogram(y, SR),
        lambda: L.feature.melspectrogram(y=y, sr=SR),
    )
    add("mfcc", lambda: cm.mfcc(y, SR, n_mfcc=20), lambda: L.feature.mfcc(y=y, sr=SR, n_mfcc=20))
    add(
        "chroma_stft",
        lambda: cm.chroma_stft(y, SR),
        lambda: L.feature.chroma_stft(y=y, sr=SR, tuning=0.0),
    )
    add(
        "chroma_cqt",
        lambda: cm.chroma_cqt(y, SR),
        lambda: L.feature.chroma_cqt(y=y, sr=SR, tuning=0.0),
    )
    add(
        "spectral_centroid",
        lambda: cm.spectral_centroid(y, SR),
        lambda: L.feature.spectral_centroid(y=y, sr=SR),
    )
    add(
        "spectral_bandwidth",
        lambda: cm.spectral_bandwidth(y, SR),
        lambda: L.feature.spectral_bandwidth(y=y, sr=SR),
    )
    add(
        "spectral_rolloff",
        lambda: cm.spectral_rolloff(y, SR),
        lambda: L.feature.spectral_rolloff(y=y, sr=SR),
    )
    add(
        "spectral_flatness",
        lambda: cm.spectral_flatness(y, SR),
        lambda: L.feature.spectral_flatness(y=y),
    )
    add(
        "spectral_contrast",
        lambda: cm.spectral_contrast(y, SR),
        lambda: L.feature.spectral_contrast(y=y, sr=SR),
    )
    add(
        "zero_crossing_rate",
        lambda: cm.zero_crossing_rate(y),
        lambda: L.feature.zero_crossing_rate(y),
    )
    add("rms", lambda: cm.rms(y), lambda: L.feature.rms(y=y))
    add(
        "onset_strength",
        lambda: cm.onset_strength(y, SR),
        lambda: L.onset.onset_strength(y=y, sr=SR),
    )
    add(
        "onset_detect",
        lambda: cm.onset_detect(y, SR),
        lambda: L.onset.onset_detect(y=y, sr=SR),
        lambda a, b: f"{len(a)} vs {len(b)} onsets",
    )
    add(
        "tempo",
        lambda: cm.estimate_tempo(y, SR).tempo,
        lambda: float(L.feature.tempo(y=y, sr=SR)[0]),
        lambda a, b: f"{a:.1f} vs {b:.1f} BPM (true 120)",
    )
    add(
        "beat_track",
        lambda: cm.beat_track(y, SR),
        lambda: L.beat.beat_track(y=y, sr=SR, units="time"),
        lambda a, b: (
            f"{a.tempo:.1f} vs {float(np.atleast_1d(b[0])[0]):.1f} BPM, {a.beats.size} vs {b[1].size} beats"
        ),
    )
    add(
        "yin",
        lambda: cm.yin(y, fmin=65, fmax=2093, sr=SR),
        lambda: L.yin(y, fmin=65, fmax=2093, sr=SR),
        lambda a, b: f"median |Δ| = {np.median(np.abs(1200 * np.log2(a / b))):.1f} cents",
    )
    add(
        "pyin",
        lambda: cm.pyin(y, fmin=65, fmax=2093, sr=SR),
        lambda: L.pyin(y, fmin=65, fmax=2093, sr=SR),
        lambda a, b: f"voicing agree {np.mean(a[1] == b[1]):.2f}",
        reps=1,
    )
    return rows


def loudness_rows(seconds: float, repeats: int) -> list[tuple[str, float, float | None, str]]:
    import coremusic.audio.analysis as cm

    sr = 48000
    rng = np.random.default_rng(1)
    mono = make_clip(seconds, sr=sr).astype(np.float64)
    stereo = np.stack(
        [mono, np.roll(mono, 1000) * 0.8 + 0.001 * rng.standard_normal(mono.size)], axis=1
    )
    try:
        import pyloudnorm as pyln
    except ImportError:
        pyln = None
    t_ours, ours = timeit(lambda: cm.integrated_loudness(stereo, sr), repeats)
    rows: list[tuple[str, float, float | None, str]] = []
    if pyln is None:
        rows.append(("integrated_loudness", t_ours, None, "pyloudnorm missing"))
    else:
        meter = pyln.Meter(sr)
        t_theirs, theirs = timeit(lambda: meter.integrated_loudness(stereo), repeats)
        rows.append(("integrated_loudness", t_ours, t_theirs, f"{ours:.3f} vs {theirs:.3f} LUFS"))
    t_lra, lra = timeit(lambda: cm.loudness_range(stereo, sr), repeats)
    rows.append(("loudness_range", t_lra, None, f"{lra:.2f} LU (no peer)"))
    t_tp, tp = timeit(lambda: cm.true_peak(stereo, sr), repeats)
    rows.append(("true_peak", t_tp, None, f"{tp:.2f} dBTP (no peer)"))
    return rows


FIRST_CALL = {
    "stft": (
        "import coremusic.audio.analysis as m",
        "m.stft(y)",
        "import librosa as m",
        "m.stft(y)",
    ),
    "melspectrogram": (
        "import coremusic.audio.analysis as m",
        "m.melspectrogram(y, 22050)",
        "import librosa as m",
        "m.feature.melspectrogram(y=y, sr=22050)",
    ),
    "mfcc": (
        "import coremusic.audio.analysis as m",
        "m.mfcc(y, 22050)",
        "import librosa as m",
        "m.feature.mfcc(y=y, sr=22050)",
    ),
    "istft (with its stft)": (
        "import coremusic.audio.analysis as m",
        "m.istft(m.stft(y))",
        "import librosa as m",
        "m.istft(m.stft(y))",
    ),
    "chroma_stft": (
        "import coremusic.audio.analysis as m",
        "m.chroma_stft(y, 22050)",
        "import librosa as m",
        "m.feature.chroma_stft(y=y, sr=22050, tuning=0.0)",
    ),
    "chroma_cqt": (
        "import coremusic.audio.analysis as m",
        "m.chroma_cqt(y, 22050)",
        "import librosa as m",
        "m.feature.chroma_cqt(y=y, sr=22050, tuning=0.0)",
    ),
    "spectral_centroid": (
        "import coremusic.audio.analysis as m",
        "m.spectral_centroid(y, 22050)",
        "import librosa as m",
        "m.feature.spectral_centroid(y=y, sr=22050)",
    ),
    "spectral_bandwidth": (
        "import coremusic.audio.analysis as m",
        "m.spectral_bandwidth(y, 22050)",
        "import librosa as m",
        "m.feature.spectral_bandwidth(y=y, sr=22050)",
    ),
    "spectral_rolloff": (
        "import coremusic.audio.analysis as m",
        "m.spectral_rolloff(y, 22050)",
        "import librosa as m",
        "m.feature.spectral_rolloff(y=y, sr=22050)",
    ),
    "spectral_flatness": (
        "import coremusic.audio.analysis as m",
        "m.spectral_flatness(y, 22050)",
        "import librosa as m",
        "m.feature.spectral_flatness(y=y)",
    ),
    "spectral_contrast": (
        "import coremusic.audio.analysis as m",
        "m.spectral_contrast(y, 22050)",
        "import librosa as m",
        "m.feature.spectral_contrast(y=y, sr=22050)",
    ),
    "rms": (
        "import coremusic.audio.analysis as m",
        "m.rms(y)",
        "import librosa as m",
        "m.feature.rms(y=y)",
    ),
    "zero_crossing_rate": (
        "import coremusic.audio.analysis as m",
        "m.zero_crossing_rate(y)",
        "import librosa as m",
        "m.feature.zero_crossing_rate(y)",
    ),
    "onset_strength": (
        "import coremusic.audio.analysis as m",
        "m.onset_strength(y, 22050)",
        "import librosa as m",
        "m.onset.onset_strength(y=y, sr=22050)",
    ),
    "onset_detect": (
        "import coremusic.audio.analysis as m",
        "m.onset_detect(y, 22050)",
        "import librosa as m",
        "m.onset.onset_detect(y=y, sr=22050)",
    ),
    "tempo": (
        "import coremusic.audio.analysis as m",
        "m.estimate_tempo(y, 22050)",
        "import librosa as m",
        "m.feature.tempo(y=y, sr=22050)",
    ),
    "beat_track": (
        "import coremusic.audio.analysis as m",
        "m.beat_track(y, 22050)",
        "import librosa as m",
        "m.beat.beat_track(y=y, sr=22050)",
    ),
    "yin": (
        "import coremusic.audio.analysis as m",
        "m.yin(y, fmin=65, fmax=2093, sr=22050)",
        "import librosa as m",
        "m.yin(y, fmin=65, fmax=2093, sr=22050)",
    ),
    "pyin": (
        "import coremusic.audio.analysis as m",
        "m.pyin(y, fmin=65, fmax=2093, sr=22050)",
        "import librosa as m",
        "m.pyin(y, fmin=65, fmax=2093, sr=22050)",
    ),
    "integrated_loudness": (
        "import coremusic.audio.analysis as m",
        "m.integrated_loudness(y, 22050)",
        "import pyloudnorm as m",
        "m.Meter(22050).integrated_loudness(y)",
    ),
}


def first_call(name: str, setup: str, call: str, seconds: float) -> tuple[float, float] | None:
    code = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {ROOT!r})
        import numpy as np
        y = (np.random.default_rng(0).standard_normal(int({seconds} * 22050)) * 0.1).astype(np.float32)
        t0 = time.perf_counter()
        {setup}
        t1 = time.perf_counter()
        {call}
        t2 = time.perf_counter()
        print(t1 - t0, t2 - t1)
    """)
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    if res.returncode != 0:
        return None
    a, b = res.stdout.split()
    return float(a), float(b)


def click_track(bpm: float, seconds: float, swing: float, dropout: float, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    y = np.zeros(int(seconds * SR))
    period = 60.0 / bpm
    t = np.arange(int(0.03 * SR)) / SR
    hi = np.sin(2 * np.pi * 1500 * t) * np.exp(-t * 150)
    lo = np.sin(2 * np.pi * 80 * t) * np.exp(-t * 60)
    for k in range(int(seconds / period)):
        if rng.random() < dropout:
            continue
        s = int(k * period * SR)
        c = (lo + 0.5 * hi) if k % 4 == 0 else 0.6 * hi
        m = min(c.size, y.size - s)
        y[s : s + m] += c[:m]
        if swing:
            s2 = int((k + 0.5 + swing) * period * SR)
            if s2 + t.size < y.size:
                y[s2 : s2 + t.size] += 0.3 * hi
    return (y + 0.01 * rng.standard_normal(y.size)).astype(np.float32)


def tempo_accuracy() -> list[tuple[str, str, str]]:
    import coremusic.audio.analysis as cm

    try:
        import librosa
    except ImportError:
        librosa = None
    tempi = list(range(60, 181, 8))
    results: dict[str, list[tuple[float, float]]] = {
        "coremusic tempo": [],
        "coremusic beat_track": [],
        "librosa tempo": [],
        "librosa beat_track": [],
    }
    for i, bpm in enumerate(tempi):
        for swing, dropout in ((0.0, 0.0), (0.17, 0.1)):
            y = click_track(bpm, 20.0, swing, dropout, seed=i)
            results["coremusic tempo"].append((bpm, cm.estimate_tempo(y, SR).tempo))
            results["coremusic beat_track"].append((bpm, cm.beat_track(y, SR).tempo))
            if librosa is not None:
                results["librosa tempo"].append((bpm, float(librosa.feature.tempo(y=y, sr=SR)[0])))
                bt = librosa.beat.beat_track(y=y, sr=SR, units="time")[1]
                est = 60.0 / float(np.median(np.diff(bt))) if len(bt) > 1 else 0.0
                results["librosa beat_track"].append((bpm, est))
    rows = []
    for name, pairs in results.items():
        if not pairs:
            continue
        truth = np.array([p[0] for p in pairs])
        est = np.array([p[1] for p in pairs])
        acc1 = np.mean(np.abs(est - truth) <= 0.04 * truth)
        ok2 = [
            any(abs(e - f * t) <= 0.04 * f * t for f in (1, 2, 0.5, 3, 1 / 3))
            for t, e in zip(truth, est, strict=True)
        ]
        rows.append((name, f"{acc1:.0%}", f"{np.mean(ok2):.0%}"))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--skip-first-call", action="store_true")
    args = ap.parse_args()
    print(
        f"# Analysis benchmark ({args.seconds:g} s clip at {SR} Hz, median of {args.repeats}; "
        f"{os.cpu_count()} CPUs)\n",
        flush=True,
    )
    rows = steady_state(args.seconds, args.repeats)
    rows += loudness_rows(args.seconds, args.repeats)
    print("\n| feature | coremusic | peer | speed-up (peer / coremusic) | agreement |")
    print("|---|---:|---:|---:|---|")
    for name, ours, theirs, agree in rows:
        peer = f"{theirs * 1e3:.1f} ms" if theirs is not None else "—"
        ratio = f"{theirs / ours:.2f}x" if theirs is not None else "—"
        print(f"| {name} | {ours * 1e3:.1f} ms | {peer} | {ratio} | {agree} |")
    if not args.skip_first_call:
        print("\n## First call in a fresh interpreter (import + first call on a 10 s signal)\n")
        print(
            "| feature | coremusic import | coremusic first call | peer import | peer first call |"
        )
        print("|---|---:|---:|---:|---:|")
        for name, (s1, c1, s2, c2) in FIRST_CALL.items():
            ours = first_call(name, s1, c1, 10.0)
            theirs = first_call(name, s2, c2, 10.0)
            o = f"{ours[0]:.3f} s | {ours[1]:.3f} s" if ours else "failed | failed"
            p = f"{theirs[0]:.3f} s | {theirs[1]:.3f} s" if theirs else "missing | missing"
            print(f"| {name} | {o} | {p} |", flush=True)
    print(
        "\n## Tempo accuracy on click tracks 60-180 BPM (plain, and swing 0.17 + 10 % dropouts)\n"
    )
    print("| estimator | Acc1 (±4 %) | Acc2 (±4 %, ×2 ×½ ×3 ×⅓ allowed) |")
    print("|---|---:|---:|")
    for name, a1, a2 in tempo_accuracy():
        print(f"| {name} | {a1} | {a2} |")


if __name__ == "__main__":
    main()
