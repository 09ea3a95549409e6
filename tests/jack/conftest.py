"""A private JACK server for the jack tests: ``jackd -d dummy`` under a pooled name.

The session fixture ``jack_server`` lives in the root ``tests/conftest.py``, so
that every test folder shares ONE server: libjack serves one server per
process.  It starts ``jackd --no-realtime -t 5000 -n <name> -d dummy -r 48000
-p 256`` through :class:`coremusic.backends.jack.DummyJackServer` (a pooled
name, a server that dies with its parent), points ``JACK_DEFAULT_SERVER`` at
it and stops it at the end.  Without a ``jackd`` binary the jack tests are
skipped with that reason; with one they always run.  This file keeps the
server's parameters, the ``jack`` marker for this folder and ``wait_until``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

import pytest

from tests.conftest import JACK_PERIOD, JACK_SAMPLE_RATE

SAMPLE_RATE = JACK_SAMPLE_RATE
PERIOD = JACK_PERIOD


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.jack)


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0, what: str = "condition") -> None:
    """Bounded poll: return as soon as ``predicate()`` holds, fail after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.002)
