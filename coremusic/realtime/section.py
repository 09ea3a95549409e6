"""``realtime_section()``: keep the garbage collector out of the audio thread's way."""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

__all__ = ["realtime_section"]

_lock = threading.Lock()
_depth = 0
_was_enabled = True


@contextlib.contextmanager
def realtime_section() -> Iterator[None]:
    """Freeze and disable the cyclic garbage collector while streaming.

    A collection of the older generations can stop every Python thread, the
    audio callback included, for milliseconds.  Inside the block the objects
    that exist now are moved to the permanent generation (``gc.freeze()``)
    and automatic collection is off (``gc.disable()``); reference counting
    still frees most objects.  On exit the previous state is restored.  Nested
    sections are fine.

    Keep the block to the streaming part of a program: reference cycles made
    inside it are only collected after it ends.

    Example
    -------
    >>> import gc
    >>> with realtime_section():
    ...     gc.isenabled()
    False
    """
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.freeze()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.unfreeze()
                if _was_enabled:
                    gc.enable()
