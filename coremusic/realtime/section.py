"""``realtime_section()``: keep the garbage collector and other threads out of the audio thread's way."""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
from collections.abc import Iterator

__all__ = ["realtime_section"]

_lock = threading.Lock()
_depth = 0
_was_enabled = True
_previous_interval = 0.005


@contextlib.contextmanager
def realtime_section(switch_interval: float | None = 0.001) -> Iterator[None]:
    """Freeze and disable the cyclic garbage collector, and shorten GIL hand-offs, while streaming.

    A collection of the older generations can stop every Python thread, the
    audio callback included, for milliseconds.  Inside the block the objects
    that exist now are moved to the permanent generation (``gc.freeze()``)
    and automatic collection is off (``gc.disable()``); reference counting
    still frees most objects.

    The audio callback gives up the GIL during every call into C (cffi
    releases it); if another Python thread takes it meanwhile, the callback
    waits until that thread is told to hand it back, after
    ``sys.getswitchinterval()`` (5 ms by default, about one buffer at 256
    frames / 48 kHz).  ``switch_interval`` (seconds) shortens that wait inside
    the block; None leaves it alone.

    On exit the previous state is restored.  Nested sections are fine (the
    outermost one decides).  Keep the block to the streaming part of a
    program: reference cycles made inside it are only collected after it ends.

    Parameters
    ----------
    switch_interval : float or None, default 0.001
        ``sys.setswitchinterval`` value inside the block.

    Example
    -------
    >>> import gc
    >>> with realtime_section():
    ...     gc.isenabled()
    False
    """
    global _depth, _was_enabled, _previous_interval
    if switch_interval is not None and switch_interval <= 0:
        raise ValueError(f"switch_interval must be positive seconds, got {switch_interval}")
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            _previous_interval = sys.getswitchinterval()
            gc.freeze()
            gc.disable()
            if switch_interval is not None:
                sys.setswitchinterval(switch_interval)
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                sys.setswitchinterval(_previous_interval)
                gc.unfreeze()
                if _was_enabled:
                    gc.enable()
