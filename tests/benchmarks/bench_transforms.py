"""MIDI transform speed: coremusic.midi.transforms vs the same edits written with mido and pretty_midi.

Run::

    python tests/benchmarks/bench_transforms.py                 # 100k notes
    python tests/benchmarks/bench_transforms.py --notes 20000 --repeat 3

One piano track with random notes (plus a sustain pedal) is built once and
loaded by each library from the same bytes (loading is not timed).  Each
operation makes a transformed copy, as coremusic does:

* transpose +3 (every note on/off);
* velocity x0.8 (note-ons, clamped 1..127);
* quantize starts and ends to a sixteenth grid (ends kept after starts);
* a pipeline of the three.

mido baseline: a loop over each message with ``copy(...)``, absolute ticks
for quantizing (note-on/off pairing per channel and pitch).  pretty_midi
baseline: ``copy.deepcopy`` of the ``PrettyMIDI`` object, then a loop over its
``Note`` objects (it quantizes in seconds through its tick scale).  Speeds
are notes per second, best of ``--repeat``, with ratios against mido from
the same run.  The results are checked to contain the same notes.
"""

from __future__ import annotations

import argparse
import copy
import importlib
import io
import sys
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from coremusic.midi import MIDISequence
from coremusic.midi.smf import MIDIFileData, TrackEvents, write_smf
from coremusic.midi.transforms import Pipeline, Quantize, Transpose, VelocityScale

PPQ = 480
GRID = PPQ // 4


def make_file(n_notes: int, seed: int = 0) -> bytes:
    rng = np.random.default_rng(seed)
    rows: list[tuple[int, int, int, int, bytes | None]] = [(0, 0xFF, 0x03, 0, b"Piano")]
    t = 0
    for _ in range(n_notes):
        t += int(rng.integers(0, 120))
        p = int(rng.integers(21, 106))
        rows.append((t, 0x90, p, int(rng.integers(20, 128)), None))
        rows.append((t + int(rng.integers(10, 900)), 0x80, p, 64, None))
        if rng.random() < 0.05:
            rows.append((t, 0xB0, 64, int(rng.choice([0, 127])), None))
    rows.sort(key=lambda r: r[0])
    end = rows[-1][0]
    rows.append((end, 0xFF, 0x2F, 0, b""))
    cond = TrackEvents.from_rows([(0, 0xFF, 0x51, 0, (500_000).to_bytes(3, "big")), (0, 0xFF, 0x2F, 0, b"")])
    return write_smf(MIDIFileData(1, PPQ, [cond, TrackEvents.from_rows(rows)]))


# -- coremusic ------------------------------------------------------------------
def cm_ops() -> dict[str, Callable[[Any], Any]]:
    q = Quantize("1/16")
    return {
        "transpose": Transpose(3).apply,
        "velocity": VelocityScale(0.8).apply,
        "quantize": q.apply,
        "pipeline": Pipeline([Transpose(3), VelocityScale(0.8), q]).apply,
    }


def cm_notes(seq: MIDISequence) -> list[tuple[int, int, int, int]]:
    n = seq.notes()
    return sorted(zip(n["start_tick"].tolist(), n["end_tick"].tolist(), n["pitch"].tolist(),
                      n["velocity"].tolist(), strict=True))


# -- mido -------------------------------------------------------------------------
def _snap(t: int) -> int:
    return (t + GRID // 2 - 1) // GRID * GRID  # ties to the earlier line, as Quantize


def mido_transpose(mid: Any, n: int = 3) -> Any:
    out = mid.__class__(type=mid.type, ticks_per_beat=mid.ticks_per_beat)
    for tr in mid.tracks:
        new = tr.__class__()
        for m in tr:
            new.append(m.copy(note=m.note + n) if m.type in ("note_on", "note_off") else m)
        out.tracks.append(new)
    return out


def mido_velocity(mid: Any, f: float = 0.8) -> Any:
    out = mid.__class__(type=mid.type, ticks_per_beat=mid.ticks_per_beat)
    for tr in mid.tracks:
        new = tr.__class__()
        for m in tr:
            if m.type == "note_on" and m.velocity > 0:
                m = m.copy(velocity=min(max(round(m.velocity * f), 1), 127))
            new.append(m)
        out.tracks.append(new)
    return out


def mido_quantize(mid: Any) -> Any:
    import mido

    out = mido.MidiFile(type=mid.type, ticks_per_beat=mid.ticks_per_beat)
    for tr in mid.tracks:
        absolute: list[list[Any]] = []
        t = 0
        for m in tr:
            t += m.time
            absolute.append([t, m])
        open_: dict[tuple[int, int], deque[int]] = {}
        for i, (t, m) in enumerate(absolute):
            if m.type == "note_on" and m.velocity > 0:
                open_.setdefault((m.channel, m.note), deque()).append(i)
            elif m.type in ("note_on", "note_off"):
                q = open_.get((m.channel, m.note))
                if q:
                    j = q.popleft()
                    s, e = _snap(absolute[j][0]), _snap(t)
                    if e <= s:
                        e = s + GRID
                    absolute[j][0], absolute[i][0] = s, e
        absolute.sort(key=lambda x: x[0])
        new = mido.MidiTrack()
        last = 0
        for t, m in absolute:
            new.append(m.copy(time=t - last))
            last = t
        out.tracks.append(new)
    return out


def mido_notes(mid: Any) -> list[tuple[int, int, int, int]]:
    seq = MIDISequence.from_mido(mid)
    return cm_notes(seq)


# -- pretty_midi --------------------------------------------------------------------
def pm_transpose(pm: Any) -> Any:
    out = copy.deepcopy(pm)
    for inst in out.instruments:
        for note in inst.notes:
            note.pitch += 3
    return out


def pm_velocity(pm: Any) -> Any:
    out = copy.deepcopy(pm)
    for inst in out.instruments:
        for note in inst.notes:
            note.velocity = min(max(round(note.velocity * 0.8), 1), 127)
    return out


def pm_quantize(pm: Any) -> Any:
    out = copy.deepcopy(pm)
    for inst in out.instruments:
        for note in inst.notes:
            s = _snap(int(out.time_to_tick(note.start)))
            e = _snap(int(out.time_to_tick(note.end)))
            if e <= s:
                e = s + GRID
            note.start, note.end = out.tick_to_time(s), out.tick_to_time(e)
    return out


def best(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times = []
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), result


def _bind(fn: Callable[[Any], Any], arg: Any) -> Callable[[], Any]:
    return lambda: fn(arg)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--notes", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    data = make_file(args.notes)
    seq = MIDISequence.from_bytes(data)
    results: dict[str, dict[str, float]] = {}
    outputs: dict[str, Any] = {}
    for op, fn in cm_ops().items():
        sec, outputs[op] = best(_bind(fn, seq), args.repeat)
        results.setdefault(op, {})["coremusic"] = sec
    try:
        mido = importlib.import_module("mido")
    except ImportError:
        mido = None
    if mido is not None:
        mid = mido.MidiFile(file=io.BytesIO(data))
        m_ops: dict[str, Callable[[Any], Any]] = {
            "transpose": mido_transpose, "velocity": mido_velocity, "quantize": mido_quantize,
            "pipeline": lambda m: mido_quantize(mido_velocity(mido_transpose(m)))}
        for op, fn in m_ops.items():
            sec, out = best(_bind(fn, mid), args.repeat)
            results[op]["mido"] = sec
            if op != "pipeline":
                assert mido_notes(out) == cm_notes(outputs[op]), f"mido and coremusic differ on {op}"
    try:
        pretty_midi = importlib.import_module("pretty_midi")
    except ImportError:
        pretty_midi = None
    if pretty_midi is not None:
        pm = pretty_midi.PrettyMIDI(io.BytesIO(data))
        p_ops: dict[str, Callable[[Any], Any]] = {
            "transpose": pm_transpose, "velocity": pm_velocity, "quantize": pm_quantize,
            "pipeline": lambda p: pm_quantize(pm_velocity(pm_transpose(p)))}
        for op, fn in p_ops.items():
            sec, _ = best(_bind(fn, pm), args.repeat)
            results[op]["pretty_midi"] = sec
    print(f"{args.notes:,} notes in one track, best of {args.repeat}\n")
    print("| operation | library | seconds | notes/s | vs mido |\n|---|---|---:|---:|---:|")
    for op, per in results.items():
        base = per.get("mido")
        for name, sec in per.items():
            ratio = f"{base / sec:.1f}x" if base else "-"
            print(f"| {op} | {name} | {sec:.3f} | {args.notes / sec:,.0f} | {ratio} |")


if __name__ == "__main__":
    main()
