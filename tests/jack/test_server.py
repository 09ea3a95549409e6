"""DummyJackServer: pooled names, clean stop, clear errors."""

from __future__ import annotations

import gc

import pytest

from coremusic.backends.jack import (
    DummyJackServer,
    JackClient,
    JackError,
    JackServerNotRunningError,
)
from tests.jack.conftest import PERIOD, SAMPLE_RATE


def test_pool_gives_each_server_its_own_name(jack_server: str) -> None:
    gc.collect()  # clients of the session's server must be gone: one server per process
    with DummyJackServer(rate=SAMPLE_RATE, period=PERIOD, prefix="coremusic-pool", pool=3) as first:
        with DummyJackServer(rate=SAMPLE_RATE, period=PERIOD, prefix="coremusic-pool",
                             pool=3) as second:
            assert first.name == "coremusic-pool-0" and second.name == "coremusic-pool-1"
            with JackClient("visitor", server=second.name) as client:
                assert client.sample_rate == SAMPLE_RATE and client.buffer_size == PERIOD
            assert "running" in repr(second) and second.pid is not None
        assert not second.running
        with pytest.raises(JackServerNotRunningError):
            JackClient("late", server="coremusic-pool-1")
    # the first name is free again: a new server reuses it (and its registry slot)
    with DummyJackServer(rate=SAMPLE_RATE, period=PERIOD, prefix="coremusic-pool", pool=3) as again:
        assert again.name == "coremusic-pool-0"
    assert "stopped" in repr(again)


def test_every_name_taken_is_reported(jack_server: str) -> None:
    with pytest.raises(JackError, match="in use"):
        DummyJackServer(jack_server).start()


@pytest.mark.parametrize("kwargs, message", [
    ({"rate": 0}, "rate"), ({"period": 100}, "power of two"), ({"pool": 0}, "pool")])
def test_bad_arguments(kwargs: dict[str, int], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        DummyJackServer(**kwargs)


def test_one_server_per_process_is_enforced(jack_server: str) -> None:
    """libjack keeps one server's state per process: a client of a second server
    while clients of the first are open is refused with a clear error, not a crash."""
    with JackClient("first") as first:
        # the new server is probed from a child process (jack_wait): this one is busy
        with DummyJackServer(rate=SAMPLE_RATE, period=PERIOD, prefix="coremusic-other",
                             pool=2) as other:
            assert other.running and other.name is not None
            with pytest.raises(JackError, match="one server per process"):
                JackClient("second", server=other.name)
            assert not first.closed and first.sample_rate == SAMPLE_RATE
    # all closed: the next client may choose any server
    with JackClient("again", server=jack_server) as again:
        assert again.buffer_size == PERIOD
