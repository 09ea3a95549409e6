"""batch_process_parallel: order, captured failures, executors, progress."""

from __future__ import annotations

import io
import os
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from coremusic.audio.analysis.analyzer import AudioAnalyzer
from coremusic.utils.batch import (
    BatchOptions,
    BatchResult,
    ProgressBar,
    batch_process_parallel,
    format_progress,
)

from .synth import write


def _slow_square(x: int) -> int:
    time.sleep(0.002 * ((7 * x) % 5))  # finish out of order
    if x % 4 == 3:
        raise ValueError(f"item {x} is bad")
    return x * x


def _pid(_: int) -> int:
    time.sleep(0.05)
    return os.getpid()


@pytest.mark.parametrize("executor", ["thread", "process"])
def test_results_in_input_order_with_failures_captured(executor: str) -> None:
    items = list(range(12))
    r = batch_process_parallel(items, _slow_square, max_workers=3, options={"executor": executor})
    assert isinstance(r, BatchResult)
    assert r.results == [None if x % 4 == 3 else x * x for x in items]
    assert (r.total, r.succeeded, r.failed) == (12, 9, 3)
    assert r.failed_indices == [3, 7, 11]
    e = r.errors[0]
    assert (e.index, e.item, e.error_type, e.message) == (3, 3, "ValueError", "item 3 is bad")
    assert "Traceback" in e.traceback and "_slow_square" in e.traceback
    assert r.successful() == [x * x for x in items if x % 4 != 3]
    assert len(r.durations) == 12 and all(d >= 0 for d in r.durations)
    assert r.elapsed > 0 and not r.ok


def test_process_executor_uses_other_processes() -> None:
    r = batch_process_parallel(range(4), _pid, max_workers=2, options=BatchOptions(executor="process"))
    assert r.ok and os.getpid() not in r.results


def test_progress_callback_runs_on_the_calling_thread() -> None:
    calls: list[tuple[int, int, int]] = []
    main = threading.get_ident()
    batch_process_parallel(
        range(6), _slow_square, max_workers=3,
        progress_callback=lambda d, t: calls.append((d, t, threading.get_ident())),
    )
    assert [(d, t) for d, t, _ in calls] == [(i, 6) for i in range(1, 7)]
    assert {tid for _, _, tid in calls} == {main}


def test_raise_on_error_and_empty_batch() -> None:
    r = batch_process_parallel([1, 3], _slow_square)
    with pytest.raises(RuntimeError, match=r"1 of 2 items failed(.|\n)*item 3 is bad"):
        r.raise_on_error()
    empty = batch_process_parallel([], _slow_square)
    assert empty.total == 0 and empty.ok and empty.results == []


def test_stop_on_error_cancels_pending_items() -> None:
    def f(x: int) -> int:
        if x == 0:
            raise KeyError("first")
        time.sleep(0.01)
        return x

    r = batch_process_parallel(range(40), f, max_workers=1, options={"stop_on_error": True})
    assert r.errors[0].error_type == "KeyError"
    assert any(e.error_type == "CancelledError" for e in r.errors)
    assert r.failed + r.succeeded == 40


def test_timeout_marks_unfinished_items() -> None:
    gate = threading.Event()

    def f(x: int) -> int:
        if x == 1:
            gate.wait(2.0)
        return x

    r = batch_process_parallel([0, 1], f, max_workers=2, options={"timeout": 0.2})
    gate.set()
    assert r.results[0] == 0
    assert [(e.index, e.error_type) for e in r.errors] == [(1, "TimeoutError")]


def test_bad_arguments() -> None:
    with pytest.raises(TypeError, match="callable"):
        batch_process_parallel([1], 3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_workers"):
        batch_process_parallel([1], str, max_workers=0)
    with pytest.raises(ValueError, match="executor"):
        batch_process_parallel([1], str, options={"executor": "gpu"})
    with pytest.raises(TypeError, match="unknown batch options"):
        batch_process_parallel([1], str, options={"retries": 2})


def test_one_corrupt_file_does_not_stop_a_batch_of_analyses(tmp_path: Path) -> None:
    sr = 8000
    files = [write(tmp_path / f"{i}.wav", 0.1 * (i + 1) * np.ones(sr), sr) for i in range(3)]
    bad = tmp_path / "corrupt.wav"
    bad.write_bytes(b"RIFF1234WAVEfmt garbage")
    items = [files[0], str(bad), files[1], files[2]]
    r = batch_process_parallel(items, AudioAnalyzer.get_peak_amplitude, max_workers=2)
    assert r.failed_indices == [1] and "corrupt.wav" in r.errors[0].message
    assert r.results[0] == pytest.approx(0.1) and r.results[3] == pytest.approx(0.3)


def test_progress_text() -> None:
    assert format_progress(0, 4, width=4) == "[....] 0/4   0%"
    assert format_progress(2, 4, width=4, elapsed=1.0) == "[##..] 2/4  50% ETA 1s"
    assert format_progress(4, 4, width=4, elapsed=2.0) == "[####] 4/4 100% in 2.0s"
    with pytest.raises(ValueError):
        format_progress(5, 4)
    out = io.StringIO()
    bar = ProgressBar(width=4, stream=out, label="files")
    batch_process_parallel(range(3), abs, progress_callback=bar)
    frames = out.getvalue().split("\r")[1:]
    assert len(frames) == 3 and frames[-1].startswith("files [####] 3/3 100%")
    assert out.getvalue().endswith("\n")
