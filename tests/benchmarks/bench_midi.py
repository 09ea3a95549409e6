"""Standard MIDI File parse/write speed: coremusic vs mido vs pretty_midi, in one run.

Run::

    python tests/benchmarks/bench_midi.py            # ~300 files, ~1e6 events
    python tests/benchmarks/bench_midi.py --scale 0.1 --repeat 3

A varied corpus is generated in a temporary directory (dense piano with
sustain pedal, drums, files with a tempo change on every beat, large sysex
dumps, format 0 and format 1), then every library parses every file from
memory and writes it back to memory.  Speeds are events per second (events
as counted by mido, including end-of-track), best of ``--repeat`` runs, with
ratios against mido measured in the same run.
"""

from __future__ import annotations

import argparse
import importlib
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from coremusic.midi.sequence import MIDISequence
from coremusic.midi.smf import MIDIFileData, TrackEvents, read_smf, write_smf


def _track(rows: list[tuple[int, int, int, int, bytes | None]], name: str) -> TrackEvents:
    rows = [(0, 0xFF, 0x03, 0, name.encode()), *rows]
    rows.sort(key=lambda r: r[0])
    return TrackEvents.from_rows(rows)


def _piano(rng: np.random.Generator, n_notes: int) -> TrackEvents:
    rows: list[tuple[int, int, int, int, bytes | None]] = []
    t = 0
    for _ in range(n_notes):
        t += int(rng.integers(0, 120))
        p = int(rng.integers(21, 109))
        rows.append((t, 0x90, p, int(rng.integers(20, 128)), None))
        rows.append((t + int(rng.integers(30, 900)), 0x80, p, 64, None))
        if rng.random() < 0.05:
            rows.append((t, 0xB0, 64, int(rng.choice([0, 127])), None))
    return _track(rows, "Piano")


def _drums(rng: np.random.Generator, n_hits: int) -> TrackEvents:
    rows: list[tuple[int, int, int, int, bytes | None]] = []
    for i in range(n_hits):
        t = i * 60
        p = int(rng.choice([36, 38, 42, 46, 49]))
        rows.append((t, 0x99, p, int(rng.integers(60, 128)), None))
        rows.append((t + 30, 0x99, p, 0, None))
    return _track(rows, "Drums")


def _conductor(rng: np.random.Generator, beats: int, every_beat: bool) -> TrackEvents:
    rows: list[tuple[int, int, int, int, bytes | None]] = [
        (0, 0xFF, 0x58, 0, bytes((4, 2, 24, 8))), (0, 0xFF, 0x59, 0, b"\x00\x00")]
    for b in range(beats if every_beat else 1):
        usec = int(rng.integers(300_000, 900_000))
        rows.append((b * 480, 0xFF, 0x51, 0, usec.to_bytes(3, "big")))
        if every_beat and b % 16 == 0:
            rows.append((b * 480, 0xFF, 0x06, 0, f"bar {b // 4}".encode()))
    return _track(rows, "Conductor")


def _sysex_track(rng: np.random.Generator, n: int, size: int) -> TrackEvents:
    rows: list[tuple[int, int, int, int, bytes | None]] = []
    for i in range(n):
        body = rng.integers(0, 128, size=size, dtype=np.uint8).tobytes() + b"\xf7"
        rows.append((i * 240, 0xF0, 0, 0, body))
        rows.append((i * 240 + 10, 0xB0, 7, int(rng.integers(0, 128)), None))
    return _track(rows, "Sysex")


def make_corpus(directory: Path, scale: float, seed: int = 1) -> list[Path]:
    """Write the benchmark corpus; returns the file paths."""
    rng = np.random.default_rng(seed)
    paths: list[Path] = []

    def emit(kind: str, fmt: int, tracks: list[TrackEvents]) -> None:
        if fmt == 0:
            tracks = [TrackEvents.concat(tracks)]
        p = directory / f"{kind}_{len(paths):04d}.mid"
        p.write_bytes(write_smf(MIDIFileData(fmt, 480, tracks)))
        paths.append(p)

    n = max(1, int(100 * scale))
    for _ in range(n):  # dense piano, format 1
        emit("piano", 1, [_conductor(rng, 64, False), _piano(rng, int(rng.integers(1000, 3000)))])
    for _ in range(n):  # drums + piano, format 0
        emit("drums", 0, [_conductor(rng, 64, False), _drums(rng, int(rng.integers(500, 2000))),
                          _piano(rng, 300)])
    for _ in range(max(1, n // 2)):  # tempo change on every beat
        emit("tempo", 1, [_conductor(rng, 2000, True), _piano(rng, 1500)])
    for _ in range(max(1, n // 2)):  # large sysex dumps
        emit("sysex", 1, [_conductor(rng, 8, False), _sysex_track(rng, 40, int(rng.integers(1000, 20000)))])
    return paths


def _bind(fn: Callable[[Any], object], items: list[Any]) -> Callable[[], object]:
    """A no-argument callable applying ``fn`` to every item."""
    return lambda: [fn(x) for x in items]


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=float, default=1.0, help="corpus size factor (1.0: ~300 files)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per measurement (best is kept)")
    args = ap.parse_args()
    try:
        import mido
    except ImportError:
        sys.exit("this benchmark compares against mido: pip install mido pretty_midi")
    pretty_midi: Any
    try:
        pretty_midi = importlib.import_module("pretty_midi")
    except ImportError:
        pretty_midi = None

    with tempfile.TemporaryDirectory() as tmp:
        paths = make_corpus(Path(tmp), args.scale)
        blobs = [p.read_bytes() for p in paths]
    total_bytes = sum(len(b) for b in blobs)
    mido_files = [mido.MidiFile(file=io.BytesIO(b)) for b in blobs]
    n_events = sum(len(t) for mf in mido_files for t in mf.tracks)
    ours = [read_smf(b) for b in blobs]
    assert sum(len(t) for f in ours for t in f.tracks) == n_events
    print(f"corpus: {len(blobs)} files, {n_events:,} events, {total_bytes / 1e6:.1f} MB "
          f"(python {sys.version.split()[0]}, {os.cpu_count()} CPUs)")

    rows: list[tuple[str, str, float]] = []
    rows.append(("parse", "coremusic read_smf", best(lambda: [read_smf(b) for b in blobs], args.repeat)))
    rows.append(("parse", "coremusic MIDISequence",
                 best(lambda: [MIDISequence.from_bytes(b) for b in blobs], args.repeat)))
    rows.append(("parse", "mido MidiFile",
                 best(lambda: [mido.MidiFile(file=io.BytesIO(b)) for b in blobs], args.repeat)))
    if pretty_midi is not None:
        rows.append(("parse", "pretty_midi PrettyMIDI",
                     best(lambda: [pretty_midi.PrettyMIDI(io.BytesIO(b)) for b in blobs], args.repeat)))
    seqs = [MIDISequence.from_bytes(b) for b in blobs]
    rows.append(("write", "coremusic write_smf", best(lambda: [write_smf(f) for f in ours], args.repeat)))
    rows.append(("write", "coremusic MIDISequence",
                 best(lambda: [s.to_bytes() for s in seqs], args.repeat)))

    def mido_write() -> None:
        for mf in mido_files:
            mf.save(file=io.BytesIO())

    rows.append(("write", "mido MidiFile.save", best(mido_write, args.repeat)))
    if pretty_midi is not None:
        pms = [pretty_midi.PrettyMIDI(io.BytesIO(b)) for b in blobs]

        def pm_write() -> None:
            for pm in pms:
                pm.write(io.BytesIO())

        rows.append(("write", "pretty_midi write", best(pm_write, args.repeat)))

    base = {op: sec for op, name, sec in rows if name.startswith("mido")}
    print("\n| operation | library | seconds | events/s | vs mido |\n|---|---|---:|---:|---:|")
    for op, name, sec in rows:
        print(f"| {op} | {name} | {sec:.3f} | {n_events / sec:,.0f} | {base[op] / sec:.1f}x |")
    print("\nPer corpus part (coremusic read_smf / write_smf vs mido):\n")
    print("| part | files | events | parse vs mido | write vs mido |\n|---|---:|---:|---:|---:|")
    kinds = sorted({p.name.split("_")[0] for p in paths})
    for kind in kinds:
        idx = [i for i, p in enumerate(paths) if p.name.startswith(kind + "_")]
        kb = [blobs[i] for i in idx]
        kev = sum(len(t) for i in idx for t in mido_files[i].tracks)
        kf = [ours[i] for i in idx]
        km = [mido_files[i] for i in idx]
        p_ours = best(_bind(lambda b: read_smf(b), kb), args.repeat)
        p_mido = best(_bind(lambda b: mido.MidiFile(file=io.BytesIO(b)), kb), args.repeat)
        w_ours = best(_bind(write_smf, kf), args.repeat)
        w_mido = best(_bind(lambda m: m.save(file=io.BytesIO()), km), args.repeat)
        print(f"| {kind} | {len(idx)} | {kev:,} | {p_mido / p_ours:.1f}x | {w_mido / w_ours:.1f}x |")
    print("\npretty_midi builds note objects (and drops some events) on load; its write re-encodes "
          "from those objects, so it does different work than a raw event reader/writer.")


if __name__ == "__main__":
    main()
