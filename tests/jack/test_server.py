"""DummyJackServer: pooled names, clean stop, clear errors."""

from __future__ import annotations

import pytest

from coremusic.backends.jack import (
    DummyJackServer,
    JackClient,
    JackError,
    JackServerNotRunningError,
)
from tests.jack.conftest import PERIOD, SAMPLE_RATE


def test_pool_gives_each_server_its_own_name(jack_server: str) -> None:
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
