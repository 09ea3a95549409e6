"""Benchmark: decoding whole files to float32 ``(frames, channels)``, coremusic vs its peers.

Run it as a script (it is not part of the test run)::

    python tests/benchmarks/bench_files.py [--seconds 60] [--repeat 7]

It writes test files with soundfile (16-bit, 24-bit and float WAV, FLAC, Ogg
Vorbis and, when libsndfile >= 1.1 can encode it, MP3), then times, in one run,
the best of ``--repeat`` full reads by:

* ``coremusic``   -- ``AudioFile(path).read()`` (memory-mapped for PCM, libsndfile otherwise)
* ``soundfile``   -- ``soundfile.read(path, dtype='float32', always_2d=True)``
* ``pedalboard``  -- ``pedalboard.io.AudioFile(path).read(frames)`` (its native (channels, frames))
* ``scipy``       -- ``scipy.io.wavfile.read`` + conversion to float32 (WAV only)
* ``librosa``     -- ``librosa.load(path, sr=None, mono=False)`` (its native (channels, frames))
* ``copyto``      -- ``np.copyto`` of the file's sample bytes between two preallocated
  buffers: the memory-bandwidth bound of touching the data once.

Peers that are not installed are shown as ``-``. Ratios are peer time divided by
coremusic time (> 1: coremusic is faster). A second table times a partial read:
2 seconds from the middle of the file.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import soundfile as sf

from coremusic.audio.file import AudioFile

CASES = [
    ("WAV 16-bit", "WAV", "PCM_16", "wav"),
    ("WAV 24-bit", "WAV", "PCM_24", "wav"),
    ("WAV float", "WAV", "FLOAT", "wav"),
    ("FLAC 16-bit", "FLAC", "PCM_16", "flac"),
    ("OGG Vorbis", "OGG", "VORBIS", "ogg"),
    ("MP3", "MP3", "MPEG_LAYER_III", "mp3"),
]


def best_of(fns: dict[str, Callable[[], Any] | None], repeat: int) -> dict[str, float | None]:
    """Best time of each reader; the readers take turns so that machine noise hits all alike."""
    live = {name: fn for name, fn in fns.items() if fn is not None}
    for fn in live.values():
        fn()  # warm the page cache and any lazy imports
    best = dict.fromkeys(live, float("inf"))
    for _ in range(repeat):
        for name, fn in live.items():
            t0 = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - t0)
    return {name: best.get(name) for name in fns}


def _optional(name: str) -> Any:
    try:
        return __import__(name)
    except ImportError:
        return None


def readers(path: Path, fmt: str, subtype: str) -> dict[str, Callable[[], Any] | None]:
    pedalboard = _optional("pedalboard")
    librosa = _optional("librosa")
    scipy_wav = None
    if fmt == "WAV":
        from scipy.io import wavfile

        def scipy_read() -> Any:
            _, data = wavfile.read(path)
            scale = {np.dtype("int16"): 2.0 ** -15, np.dtype("int32"): 2.0 ** -31}.get(data.dtype)
            if scale is None:
                return data.astype(np.float32, copy=False)
            out = np.empty(data.shape, np.float32)
            np.multiply(data, np.float32(scale), out=out, dtype=np.float32, casting="unsafe")
            return out

        scipy_wav = scipy_read

    def coremusic_read() -> np.ndarray:
        with AudioFile(path) as f:
            return f.read()

    def pedalboard_read() -> Any:
        with pedalboard.io.AudioFile(str(path)) as f:
            return f.read(f.frames)

    def librosa_read() -> Any:
        data, _ = librosa.load(path, sr=None, mono=False)
        return data

    return {
        "coremusic": coremusic_read,
        "soundfile": lambda: sf.read(path, dtype="float32", always_2d=True),
        "pedalboard": pedalboard_read if pedalboard is not None else None,
        "scipy": scipy_wav,
        "librosa": librosa_read if librosa is not None else None,
    }


def partial_readers(path: Path, start_s: float, dur_s: float) -> dict[str, Callable[[], Any] | None]:
    pedalboard = _optional("pedalboard")
    librosa = _optional("librosa")
    rate = sf.info(path).samplerate
    start, n = int(start_s * rate), int(dur_s * rate)

    def coremusic_read() -> np.ndarray:
        with AudioFile(path) as f:
            f.seek(start)
            return f.read(n)

    def pedalboard_read() -> Any:
        with pedalboard.io.AudioFile(str(path)) as f:
            f.seek(start)
            return f.read(n)

    return {
        "coremusic": coremusic_read,
        "soundfile": lambda: sf.read(path, start=start, frames=n, dtype="float32", always_2d=True),
        "pedalboard": pedalboard_read if pedalboard is not None else None,
        "scipy": None,
        "librosa": (lambda: librosa.load(path, sr=None, mono=False, offset=start_s, duration=dur_s))
        if librosa is not None else None,
    }


def copyto_bound(path: Path) -> Callable[[], Any]:
    """Copy as many bytes as the file's samples occupy (an upper bound on how fast any reader can be)."""
    info = sf.info(path)
    nbytes = info.frames * info.channels * {"PCM_16": 2, "PCM_24": 3}.get(info.subtype, 4)
    src = np.ones(nbytes, np.uint8)
    dst = np.empty(nbytes, np.uint8)
    return lambda: np.copyto(dst, src)


def table(title: str, rows: list[tuple[str, dict[str, float | None]]], columns: list[str]) -> str:
    head = f"| {title} | " + " | ".join(f"{c} ms (ratio)" for c in columns) + " |"
    lines = [head, "|" + "---|" * (len(columns) + 1)]
    for name, times in rows:
        base = times["coremusic"]
        cells = []
        for col in columns:
            t = times.get(col)
            if t is None:
                cells.append("-")
            elif col == "coremusic" or base is None:
                cells.append(f"{t * 1e3:.2f}")
            else:
                cells.append(f"{t * 1e3:.2f} ({t / base:.2f}x)")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="length of the test signal (s)")
    parser.add_argument("--repeat", type=int, default=7, help="timed repetitions (best is shown)")
    parser.add_argument("--channels", type=int, default=2)
    parser.add_argument("--rate", type=int, default=44100)
    args = parser.parse_args(argv)

    rng = np.random.default_rng(0)
    frames = int(args.seconds * args.rate)
    t = np.arange(frames) / args.rate
    signal = (0.3 * np.sin(2 * np.pi * 440.0 * t)[:, None]
              + 0.05 * rng.standard_normal((frames, args.channels))).astype(np.float32)
    columns = ["coremusic", "soundfile", "pedalboard", "scipy", "librosa", "copyto"]
    full_rows: list[tuple[str, dict[str, float | None]]] = []
    part_rows: list[tuple[str, dict[str, float | None]]] = []
    with tempfile.TemporaryDirectory(prefix="cm-bench-") as tmp:
        for label, fmt, subtype, ext in CASES:
            if fmt not in sf.available_formats() or subtype not in sf.available_subtypes(fmt):
                print(f"skipping {label}: libsndfile {sf.__libsndfile_version__} cannot write it", file=sys.stderr)
                continue
            path = Path(tmp) / f"bench-{subtype.lower()}.{ext}"
            # AudioFile writes in blocks (one large Vorbis write crashes libsndfile)
            with AudioFile(path, mode="w", samplerate=args.rate, channels=args.channels, format=fmt,
                           subtype=subtype) as out:
                out.write(signal)
            fns = readers(path, fmt, subtype)
            fns["copyto"] = copyto_bound(path) if fmt == "WAV" else None
            full_rows.append((label, best_of(fns, args.repeat)))
            part_rows.append((label, best_of(partial_readers(path, args.seconds / 2, 2.0), args.repeat)))
            with AudioFile(path) as f:
                backend = f.backend
            print(f"measured {label} ({os.path.getsize(path) / 1e6:.1f} MB, coremusic backend: {backend})",
                  file=sys.stderr)
    print(f"\nFull read to float32, {args.seconds:g} s, {args.channels} ch, {args.rate} Hz; best of {args.repeat}; "
          f"ratio = peer time / coremusic time; libsndfile {sf.__libsndfile_version__}, numpy {np.__version__}\n")
    print(table("file", full_rows, columns))
    print(f"\nPartial read: 2 s from the middle of the {args.seconds:g} s file\n")
    print(table("file", part_rows, columns[:-1]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
