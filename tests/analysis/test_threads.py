"""Long jobs are split over a thread pool: results equal the single-threaded ones,
concurrent callers are safe, and a forked child process does not wait for threads
it does not have."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

import coremusic
from coremusic.audio.analysis import _threads, melspectrogram, spectral_contrast, stft

_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(coremusic.__file__)))
_SIGNAL = np.random.default_rng(7).standard_normal(22050 * 30).astype(np.float32)


def test_parallel_blocks_equal_serial(monkeypatch: pytest.MonkeyPatch) -> None:
    parallel = (np.abs(stft(_SIGNAL)), melspectrogram(_SIGNAL, 22050), spectral_contrast(_SIGNAL))
    monkeypatch.setattr(_threads, "_PARALLEL_WORK", 1 << 62)
    serial = (np.abs(stft(_SIGNAL)), melspectrogram(_SIGNAL, 22050), spectral_contrast(_SIGNAL))
    for a, b in zip(parallel, serial, strict=True):
        assert np.array_equal(a, b)


def test_parallel_covers_every_item_once() -> None:
    seen = np.zeros(1000, dtype=np.int64)

    def mark(start: int, stop: int) -> None:
        seen[start:stop] += 1

    _threads._parallel(1000, 7, 1 << 30, mark)
    assert (seen == 1).all()


def test_concurrent_callers_get_their_own_results() -> None:
    signals = [_SIGNAL * g for g in (0.5, 1.0, 2.0, 4.0)]
    expected = [melspectrogram(s, 22050) for s in signals]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda s: melspectrogram(s, 22050), signals))
    for a, b in zip(expected, got, strict=True):
        assert np.array_equal(a, b)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_forked_child_after_parallel_job_does_not_hang() -> None:
    code = textwrap.dedent("""
        import multiprocessing as mp
        import numpy as np
        from coremusic.audio.analysis import melspectrogram
        y = np.random.default_rng(0).standard_normal(22050 * 60).astype(np.float32)
        def work(_):
            return melspectrogram(y, 22050).shape
        if __name__ == "__main__":
            melspectrogram(y, 22050)          # starts the parent's pool
            with mp.get_context("fork").Pool(1) as p:
                print(p.map(work, [0])[0])
    """)
    env = {**os.environ, "PYTHONPATH": _ROOT + os.pathsep + os.environ.get("PYTHONPATH", "")}
    res = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "(128, 2584)"
