"""A private JACK server for the jack tests: ``jackd -d dummy`` under a unique name.

The session fixture starts ``jackd --no-realtime -t 5000 -n <unique> -d dummy
-r 48000 -p 256`` (``-p`` after ``-d dummy`` is the dummy driver's period), waits until a
client can connect (bounded poll), points ``JACK_DEFAULT_SERVER`` at it and
stops it at the end.  Without a ``jackd`` binary the jack tests are skipped
with that reason; with one they always run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
import uuid
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
    jackd = shutil.which("jackd")
    if jackd is None:
        pytest.skip("jackd is not installed (install jackd2 to run the JACK tests)")
    from coremusic.backends.jack import JackClient, JackServerNotRunningError

    name = f"coremusic-test-{os.getpid()}-{uuid.uuid4().hex[:6]}"
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(
        # -t: a generous client timeout, so that a busy test machine does not
        # get our Python clients zombified by the server
        [jackd, "--no-realtime", "-t", "5000", "-n", name, "-d", "dummy", "-r", str(SAMPLE_RATE),
         "-p", str(PERIOD)],
        stdout=log, stderr=subprocess.STDOUT)
    previous = os.environ.get("JACK_DEFAULT_SERVER")
    deadline = time.monotonic() + 15.0
    try:
        while True:
            if proc.poll() is not None:
                log.seek(0)
                output = log.read().decode(errors="replace")
                raise RuntimeError(f"jackd exited with {proc.returncode}: {output[-2000:]}")
            try:
                JackClient("probe", server=name).close()
                break
            except JackServerNotRunningError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        os.environ["JACK_DEFAULT_SERVER"] = name
        yield name
    finally:
        if previous is None:
            os.environ.pop("JACK_DEFAULT_SERVER", None)
        else:
            os.environ["JACK_DEFAULT_SERVER"] = previous
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0, what: str = "condition") -> None:
    """Bounded poll: return as soon as ``predicate()`` holds, fail after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.002)
