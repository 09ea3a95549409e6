"""Shared fixtures: the cffi-typed Apple framework doubles and the contract-coverage ledger."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator

import pytest

from tests.doubles import CoreFoundationDouble, FrameworkDouble


@pytest.fixture
def cf() -> Iterator[CoreFoundationDouble]:
    """The CoreFoundation double, installed; fails the test on a CF leak."""
    double = CoreFoundationDouble()
    with double.installed():
        yield double
    leaks = double.leaks()
    assert not leaks, f"CF objects not released: {leaks}"


@pytest.fixture
def framework_double() -> Iterator[object]:
    """A factory: ``framework_double('CoreAudio')`` -> installed FrameworkDouble."""
    from contextlib import ExitStack

    with ExitStack() as stack:
        def make(library: str) -> FrameworkDouble:
            return stack.enter_context(FrameworkDouble(library).installed())

        yield make


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip ``macos``-marked tests (Apple's real frameworks) on other platforms."""
    if sys.platform == "darwin":
        return
    skip = pytest.mark.skip(reason=f"needs Apple's real frameworks (macOS); this platform is {sys.platform}")
    for item in items:
        if item.get_closest_marker("macos"):
            item.add_marker(skip)


# The JACK server of the whole session (one: libjack serves one server per process).
JACK_SAMPLE_RATE = 48000
JACK_PERIOD = 256


@pytest.fixture(scope="session")
def jack_server() -> Iterator[str]:
    """The name of a running private JACK server (also set as JACK_DEFAULT_SERVER)."""
    if shutil.which("jackd") is None:
        pytest.skip("jackd is not installed (install jackd2 to run the JACK tests)")
    from coremusic.backends.jack import DummyJackServer

    # -t 5000 (the default client timeout of DummyJackServer): a busy test
    # machine must not get our Python clients zombified by the server
    with DummyJackServer(rate=JACK_SAMPLE_RATE, period=JACK_PERIOD, prefix="coremusic-test",
                         set_default=True) as server:
        assert server.name is not None
        yield server.name
