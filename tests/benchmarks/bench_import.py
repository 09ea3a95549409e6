"""Import time of coremusic beside sounddevice, soundfile and numpy.

Median of N fresh interpreter starts of ``python -c "import X"`` minus the
median of ``python -c pass``, all measured in one run, interleaved so machine
noise hits every library alike.

    python tests/benchmarks/bench_import.py [--runs 25]
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CANDIDATES = ["coremusic", "sounddevice", "soundfile", "numpy"]


def _start(code: str) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=25)
    args = parser.parse_args()
    libs = [m for m in CANDIDATES if m == "coremusic" or importlib.util.find_spec(m)]
    samples: dict[str, list[float]] = {m: [] for m in ["<pass>", *libs]}
    for name in samples:  # warm the disk cache once
        _start("pass" if name == "<pass>" else f"import {name}")
    for _ in range(args.runs):
        for name in samples:
            samples[name].append(_start("pass" if name == "<pass>" else f"import {name}"))
    base = statistics.median(samples["<pass>"])
    ours = statistics.median(samples["coremusic"]) - base
    print(f"python -c pass: {base * 1000:.1f} ms (median of {args.runs})")
    print(f"{'module':<12} {'import ms':>10} {'vs coremusic':>13}")
    for name in libs:
        t = statistics.median(samples[name]) - base
        print(f"{name:<12} {t * 1000:>10.1f} {t / ours if ours > 0 else float('nan'):>12.2f}x")


if __name__ == "__main__":
    main()
