"""Run one function over many items in parallel, keeping every result and every error.

One failing item never stops the batch: its exception is captured (type, message and
the formatted traceback text) and the other items go on. Results come back in the
order of the items, whatever order the workers finish in.

Example
-------
>>> from coremusic.utils.batch import batch_process_parallel
>>> r = batch_process_parallel([1, 2, 0, 4], lambda x: 12 // x, max_workers=2)
>>> r.results, r.succeeded, r.failed, r.errors[0].error_type
([12, 6, None, 3], 3, 1, 'ZeroDivisionError')
"""

from __future__ import annotations

import concurrent.futures as cf
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TextIO, TypeVar

__all__ = [
    "BatchError",
    "BatchOptions",
    "BatchResult",
    "ProgressBar",
    "batch_process_parallel",
    "format_progress",
]

T = TypeVar("T")
R = TypeVar("R")
ProgressCallback = Callable[[int, int], Any]


@dataclass(frozen=True)
class BatchError:
    """One item that raised.

    Attributes
    ----------
    index : int
        Position of the item in the input.
    item : object
        The item (its ``repr`` when it could not be kept, e.g. from a dead process).
    error_type : str
        Exception class name.
    message : str
        ``str(exception)``.
    traceback : str
        The formatted traceback, as text (exceptions from worker processes cannot
        always be pickled; the text always can).

    Example
    -------
    >>> BatchError(3, 'bad.wav', 'ValueError', 'corrupt', 'Traceback ...')
    BatchError(index=3, item='bad.wav', ValueError: corrupt)
    """

    index: int
    item: Any
    error_type: str
    message: str
    traceback: str = field(repr=False)

    def __repr__(self) -> str:
        return f"BatchError(index={self.index}, item={self.item!r}, {self.error_type}: {self.message})"


@dataclass
class BatchResult(Generic[R]):
    """Outcome of :func:`batch_process_parallel`.

    Attributes
    ----------
    results : list
        One entry per item, in input order; ``None`` where the item failed.
    errors : list of BatchError
        The failures, in input order.
    durations : list of float
        Seconds each item took in its worker (``nan`` if it never ran).
    elapsed : float
        Wall-clock seconds for the whole batch.

    Example
    -------
    >>> r = batch_process_parallel(['a', 'bb'], len)
    >>> r.ok, r.total, r.results
    (True, 2, [1, 2])
    """

    results: list[R | None]
    errors: list[BatchError]
    durations: list[float]
    elapsed: float

    @property
    def total(self) -> int:
        """Number of items."""
        return len(self.results)

    @property
    def failed(self) -> int:
        """Items that raised."""
        return len(self.errors)

    @property
    def succeeded(self) -> int:
        """Items that returned."""
        return self.total - self.failed

    @property
    def ok(self) -> bool:
        """True when no item failed."""
        return not self.errors

    @property
    def failed_indices(self) -> list[int]:
        """Positions of the failed items."""
        return [e.index for e in self.errors]

    def successful(self) -> list[R]:
        """Results of the items that did not fail, in input order.

        Example
        -------
        >>> batch_process_parallel([1, 0, 2], lambda x: 1 / x).successful()
        [1.0, 0.5]
        """
        bad = set(self.failed_indices)
        return [r for i, r in enumerate(self.results) if i not in bad]  # type: ignore[misc]

    def raise_on_error(self) -> None:
        """Raise ``RuntimeError`` describing every failure (with the first traceback) if any.

        Example
        -------
        >>> batch_process_parallel([1], str).raise_on_error()
        """
        if self.errors:
            lines = "\n".join(f"  [{e.index}] {e.item!r}: {e.error_type}: {e.message}" for e in self.errors)
            raise RuntimeError(
                f"{self.failed} of {self.total} items failed:\n{lines}\n\nfirst traceback:\n{self.errors[0].traceback}"
            )

    def __repr__(self) -> str:
        return (
            f"BatchResult(total={self.total}, succeeded={self.succeeded}, failed={self.failed}, "
            f"elapsed={self.elapsed:.3f} s)"
        )


@dataclass(frozen=True)
class BatchOptions:
    """How :func:`batch_process_parallel` runs.

    Attributes
    ----------
    executor : {'thread', 'process'}
        Threads suit I/O and numpy code that releases the GIL; processes suit pure
        Python work (``func`` and the items must then be picklable: a module-level
        function, not a lambda).
    timeout : float or None
        Seconds to wait for the whole batch; items not finished by then are recorded
        as ``TimeoutError`` failures and the call returns without waiting for them
        (a thread still running one finishes in the background; its result is dropped).
    stop_on_error : bool
        Cancel the items that have not started after the first failure (they are
        recorded as ``CancelledError`` failures).

    Example
    -------
    >>> BatchOptions(executor='process').executor
    'process'
    """

    executor: Literal["thread", "process"] = "thread"
    timeout: float | None = None
    stop_on_error: bool = False

    def __post_init__(self) -> None:
        if self.executor not in ("thread", "process"):
            raise ValueError(f"executor must be 'thread' or 'process', got {self.executor!r}")
        if self.timeout is not None and not self.timeout > 0:
            raise ValueError(f"timeout must be positive seconds or None, got {self.timeout!r}")


def _run_one(func: Callable[[Any], Any], item: Any) -> tuple[bool, Any, str, str, str, float]:
    """Call ``func(item)`` in the worker; return picklable outcome data."""
    t0 = time.perf_counter()
    try:
        value = func(item)
    except Exception as exc:  # captured for the caller, never swallowed
        return False, None, type(exc).__name__, str(exc), traceback.format_exc(), time.perf_counter() - t0
    return True, value, "", "", "", time.perf_counter() - t0


def _options(options: BatchOptions | Mapping[str, Any] | None) -> BatchOptions:
    if options is None:
        return BatchOptions()
    if isinstance(options, BatchOptions):
        return options
    if isinstance(options, Mapping):
        unknown = set(options) - {"executor", "timeout", "stop_on_error"}
        if unknown:
            raise TypeError(f"unknown batch options: {', '.join(sorted(unknown))}")
        return BatchOptions(**options)
    raise TypeError(f"options must be BatchOptions, a dict or None, got {type(options).__name__}")


def batch_process_parallel(
    items: Iterable[T],
    func: Callable[[T], R],
    max_workers: int | None = None,
    progress_callback: ProgressCallback | None = None,
    options: BatchOptions | Mapping[str, Any] | None = None,
) -> BatchResult[R]:
    """Apply ``func`` to every item in a thread or process pool.

    Parameters
    ----------
    items : iterable
        Consumed into a list first.
    func : callable
        Called once per item.
    max_workers : int, optional
        Pool size (default: ``min(len(items), os.cpu_count())``).
    progress_callback : callable, optional
        ``progress_callback(done, total)`` on the calling thread after each item
        finishes (``done`` counts failures too). Its own exceptions propagate.
    options : BatchOptions or dict, optional
        ``executor`` ('thread' or 'process'), ``timeout``, ``stop_on_error``.

    Returns
    -------
    BatchResult
        Ordered results, captured errors with traceback text, per-item durations.

    Example
    -------
    >>> seen = []
    >>> r = batch_process_parallel(range(5), abs, progress_callback=lambda d, t: seen.append(d))
    >>> r.results, seen
    ([0, 1, 2, 3, 4], [1, 2, 3, 4, 5])
    """
    if not callable(func):
        raise TypeError(f"func must be callable, got {type(func).__name__}")
    if progress_callback is not None and not callable(progress_callback):
        raise TypeError(f"progress_callback must be callable, got {type(progress_callback).__name__}")
    opts = _options(options)
    todo = list(items)
    n = len(todo)
    if max_workers is not None and (
        isinstance(max_workers, bool) or not isinstance(max_workers, int) or max_workers < 1
    ):
        raise ValueError(f"max_workers must be a positive integer or None, got {max_workers!r}")
    workers = max(1, min(n, max_workers or os.cpu_count() or 1))
    results: list[R | None] = [None] * n
    errors: dict[int, BatchError] = {}
    durations = [float("nan")] * n
    t0 = time.perf_counter()
    if n == 0:
        return BatchResult(results, [], durations, 0.0)
    pool: cf.Executor = (
        cf.ThreadPoolExecutor(max_workers=workers)
        if opts.executor == "thread"
        else cf.ProcessPoolExecutor(max_workers=workers)
    )
    done_count = 0
    timed_out = False
    try:
        futures = {pool.submit(_run_one, func, item): i for i, item in enumerate(todo)}
        try:
            for fut in cf.as_completed(futures, timeout=opts.timeout):
                i = futures[fut]
                try:
                    ok, value, etype, msg, tb, dt = fut.result()
                except cf.CancelledError:
                    ok, value, etype, msg, tb, dt = (
                        False, None, "CancelledError", "cancelled after an earlier failure", "", float("nan")
                    )
                except Exception as exc:  # the worker process died or could not pickle
                    ok, value, etype, msg, tb, dt = (
                        False, None, type(exc).__name__, str(exc),
                        "".join(traceback.format_exception(exc)), float("nan"),
                    )
                durations[i] = dt
                if ok:
                    results[i] = value
                else:
                    errors[i] = BatchError(i, todo[i], etype, msg, tb)
                    if opts.stop_on_error:
                        for f in futures:
                            f.cancel()
                done_count += 1
                if progress_callback is not None:
                    progress_callback(done_count, n)
        except cf.TimeoutError:
            timed_out = True
            for fut, i in futures.items():
                if not fut.done():
                    fut.cancel()
                    errors[i] = BatchError(
                        i, todo[i], "TimeoutError", f"not finished within the {opts.timeout} s batch timeout", ""
                    )
    finally:
        # after a timeout, do not wait for items still running (threads cannot be killed;
        # they finish in the background and their results are dropped)
        pool.shutdown(wait=not timed_out, cancel_futures=True)
    return BatchResult(results, [errors[i] for i in sorted(errors)], durations, time.perf_counter() - t0)


def format_progress(done: int, total: int, *, width: int = 30, elapsed: float | None = None) -> str:
    """A one-line text progress bar.

    Example
    -------
    >>> format_progress(3, 12, width=12, elapsed=6.0)
    '[###.........]  3/12  25% ETA 18s'
    """
    if total < 0 or not 0 <= done <= max(total, 0):
        raise ValueError(f"need 0 <= done <= total, got done={done}, total={total}")
    frac = done / total if total else 1.0
    filled = round(width * frac)
    digits = len(str(total))
    line = f"[{'#' * filled}{'.' * (width - filled)}] {done:>{digits}}/{total} {frac * 100:3.0f}%"
    if elapsed is not None and 0 < done < total:
        line += f" ETA {elapsed / done * (total - done):.0f}s"
    elif elapsed is not None and done == total:
        line += f" in {elapsed:.1f}s"
    return line


class ProgressBar:
    """A progress callback that redraws a text bar on a stream (stderr by default).

    Example
    -------
    >>> import io
    >>> out = io.StringIO()
    >>> r = batch_process_parallel(range(4), abs, progress_callback=ProgressBar(width=8, stream=out))
    >>> out.getvalue().rstrip().split('\\r')[-1].startswith('[########] 4/4 100%')
    True
    """

    def __init__(self, *, width: int = 30, stream: TextIO | None = None, label: str = "") -> None:
        self.width = width
        self.stream = stream if stream is not None else sys.stderr
        self.label = label
        self._t0: float | None = None

    def __call__(self, done: int, total: int) -> None:
        if self._t0 is None:
            self._t0 = time.perf_counter()
        text = format_progress(done, total, width=self.width, elapsed=time.perf_counter() - self._t0)
        self.stream.write(f"\r{self.label + ' ' if self.label else ''}{text}")
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()

    def __repr__(self) -> str:
        return f"ProgressBar(width={self.width}, label={self.label!r})"

    def iter(self, iterable: Iterable[T], total: int) -> Iterator[T]:
        """Wrap a plain loop: yields the items, redrawing after each.

        Example
        -------
        >>> import io
        >>> list(ProgressBar(stream=io.StringIO()).iter('ab', 2))
        ['a', 'b']
        """
        done = 0
        for x in iterable:
            yield x
            done += 1
            self(done, total)
