"""Real Link sessions between processes, inside a private network namespace."""

from __future__ import annotations

import pytest

from tests.link.conftest import NETWORK_TIMEOUT, Namespace, PeerProcess, wait_until_clock

pytestmark = pytest.mark.link

# Tempi cross the network through a measured clock mapping (millionths of a bpm off).
TEMPO_TOLERANCE = 0.01


def _pair(netns: Namespace, bpm_a: float = 120.0, bpm_b: float = 120.0,
          start_stop_sync: bool = False) -> tuple[PeerProcess, PeerProcess]:
    a = netns.spawn("A")
    b = netns.spawn("B")
    a.call("new", bpm=bpm_a, start_stop_sync=start_stop_sync)
    b.call("new", bpm=bpm_b, start_stop_sync=start_stop_sync)
    a.call("enable")
    b.call("enable")
    a.wait_for("num_peers", 1)
    b.wait_for("num_peers", 1)
    return a, b


def test_two_processes_discover_each_other(netns: Namespace) -> None:
    a, b = netns.spawn("A"), netns.spawn("B")
    a.call("new", bpm=120.0)
    a.call("enable")
    b.call("new", bpm=120.0, enabled=True)  # enabled by the constructor
    a.wait_for("num_peers", 1)
    b.wait_for("num_peers", 1)
    assert a.call("get")["num_peers"] == 1
    assert b.call("get")["num_peers"] == 1
    assert a.call("get")["enabled"] and b.call("get")["enabled"]


def test_tempo_set_on_one_reaches_the_other(netns: Namespace) -> None:
    a, b = _pair(netns)
    a.call("set_tempo", bpm=97.5)
    assert b.wait_for("tempo", 97.5) == pytest.approx(97.5, abs=TEMPO_TOLERANCE)
    b.call("set_tempo", bpm=143.0)
    assert a.wait_for("tempo", 143.0) == pytest.approx(143.0, abs=TEMPO_TOLERANCE)


def test_joining_adopts_the_session_tempo(netns: Namespace) -> None:
    # Link keeps the older session when two meet (by more than 0.5 s of ghost time):
    # A's session is made older than that, then B joins with another tempo.
    a = netns.spawn("A")
    a.call("new", bpm=91.0)
    a.call("enable")
    enabled_at = int(a.call("get")["micros"])
    b = netns.spawn("B")
    b.call("new", bpm=155.0)
    wait_until_clock(a, enabled_at + 1_000_000)
    b.call("enable")
    b.wait_for("num_peers", 1)
    assert b.wait_for("tempo", 91.0) == pytest.approx(91.0, abs=TEMPO_TOLERANCE)
    assert a.call("get")["tempo"] == pytest.approx(91.0, abs=TEMPO_TOLERANCE), "joining pushed its tempo"


def test_start_stop_sync_propagates(netns: Namespace) -> None:
    a, b = _pair(netns, start_stop_sync=True)
    assert b.call("get")["is_playing"] is False
    a.call("set_playing", playing=True)
    assert b.wait_for("is_playing", True) is True
    b.call("set_playing", playing=False)
    assert a.wait_for("is_playing", False) is False


def test_start_stop_stays_local_without_sync(netns: Namespace) -> None:
    a, b = _pair(netns, start_stop_sync=False)
    a.call("set_playing", playing=True)
    assert a.call("get")["is_playing"] is True
    # A tempo change sent after the transport change arrives after it would have:
    a.call("set_tempo", bpm=133.0)
    b.wait_for("tempo", 133.0)
    assert b.call("get")["is_playing"] is False


def test_peers_agree_on_phase_within_a_millisecond(netns: Namespace) -> None:
    a, b = _pair(netns, bpm_a=128.0, bpm_b=128.0)
    a.call("set_tempo", bpm=128.0)
    b.wait_for("tempo", 128.0)
    quantum = 4.0
    # The same host time for both (one machine, one monotonic clock), in the future.
    when = int(a.call("get")["micros"]) + 250_000
    pa = a.call("at", time=when, quantum=quantum)
    pb = b.call("at", time=when, quantum=quantum)
    diff = (pa["phase"] - pb["phase"] + quantum / 2) % quantum - quantum / 2
    diff_ms = abs(diff) * 60_000.0 / pa["tempo"]
    assert diff_ms < 1.0, f"phases differ by {diff_ms:.3f} ms ({pa} vs {pb})"
    # beat_at_time and phase_at_time agree within each peer too
    assert pa["beat"] % quantum == pytest.approx(pa["phase"], abs=1e-9)


def test_killing_one_peer_leaves_the_other_alone(netns: Namespace) -> None:
    a, b = _pair(netns)
    b.kill()
    # No goodbye was sent: A drops B when B's announcements time out (a few seconds).
    assert a.wait_for("num_peers", 0, timeout=NETWORK_TIMEOUT) == 0
    a.call("set_tempo", bpm=111.0)
    state = a.call("get")
    assert state["enabled"] and state["tempo"] == pytest.approx(111.0, abs=TEMPO_TOLERANCE)


def test_disable_leaves_the_session(netns: Namespace) -> None:
    a, b = _pair(netns)
    b.call("disable")
    assert a.wait_for("num_peers", 0) == 0
    b.call("enable")
    assert a.wait_for("num_peers", 1) == 1


def test_context_manager_enables_and_leaves(netns: Namespace) -> None:
    a = netns.spawn("A")
    a.call("new", bpm=120.0)
    a.call("enable")
    code = (
        "from coremusic.link import LinkSession\n"
        "import threading\n"
        "joined = threading.Event()\n"
        "s = LinkSession(bpm=150.0)\n"
        "s.set_num_peers_callback(lambda n: n == 1 and joined.set())\n"
        "with s:\n"
        "    print('enabled', s.enabled)\n"
        "    print('joined', joined.wait(20.0))\n"
        "print('closed', s.closed)\n"
    )
    out = netns.run_python(code).split("\n")
    assert out[:3] == ["enabled True", "joined True", "closed True"]
    assert a.wait_for("num_peers", 0) == 0


def test_async_sync_lands_on_the_shared_bar(netns: Namespace) -> None:
    a = netns.spawn("A")
    a.call("new", bpm=200.0)
    a.call("enable")
    code = (
        "import asyncio\n"
        "from coremusic.link import LinkSession\n"
        "async def main():\n"
        "    with LinkSession(bpm=200.0) as s:\n"
        "        while s.num_peers == 0:\n"
        "            await asyncio.sleep(0.01)\n"
        "        bar = await s.next_bar()\n"
        "        print(bar, s.time_at_beat(bar))\n"
        "asyncio.run(asyncio.wait_for(main(), 20.0))\n"
    )
    bar_text, when_text = netns.run_python(code).split()
    at = a.call("at", time=int(when_text), quantum=4.0)
    # the joiner's bar start is a bar start of A too (phase 0, within 1 ms)
    phase = min(at["phase"], 4.0 - at["phase"])
    assert phase * 60_000.0 / at["tempo"] < 1.0, f"bar {bar_text}: A's phase is {at}"
