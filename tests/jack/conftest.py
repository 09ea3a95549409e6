"""A private JACK server for the jack tests: ``jackd -d dummy`` under a pooled name.

The session fixture starts ``jackd --no-realtime -t 5000 -n <name> -d dummy
-r 48000 -p 256`` through :class:`coremusic.backends.jack.DummyJackServer`
(a pooled name, a server that dies with its parent), waits until a client can
connect (bounded poll), points ``JACK_DEFAULT_SERVER`` at it and stops it at
the end.  Without a ``jackd`` binary the jack tests are skipped
with that reason; with one they always run.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterator

import pytest

SAMPLE_RATE = 48000
PERIOD = 256


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.jack)


@pytest.fixture(scope="session")
def jack_server() -> Iterator[str]:
    """The name of a running private JACK server (also set as JACK_DEFAULT_SERVER)."""
    if shutil.which("jackd") is None:
        pytest.skip("jackd is not installed (install jackd2 to run the JACK tests)")
    from coremusic.backends.jack import DummyJackServer

    # -t 5000 (the default client timeout of DummyJackServer): a busy test
    # machine must not get our Python clients zombified by the server
    with DummyJackServer(rate=SAMPLE_RATE, period=PERIOD, prefix="coremusic-test",
                         set_default=True) as server:
        assert server.name is not None
        yield server.name


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0, what: str = "condition") -> None:
    """Bounded poll: return as soon as ``predicate()`` holds, fail after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.002)
