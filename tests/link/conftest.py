"""Fixtures for the Link tests: a private network namespace with Link peers in it.

Link discovers peers with UDP multicast. Nothing here may reach a real interface, so
every enabled session runs in a child process inside a network namespace made for
the test (``unshare --net``: only ``lo``, brought up, with a multicast route). The
test process itself only creates *disabled* sessions, which open no socket; the
``no_sockets`` fixture checks that.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip(
    "coremusic_link",
    reason="the Link shim is not installed: apt-get install ableton-link-dev libasio-dev; "
    "pip install ./link_shim",
)

ROOT = Path(__file__).resolve().parents[2]
PEER_SCRIPT = Path(__file__).with_name("_peer.py")
# Generous bound for anything that crosses the (loopback) network.
NETWORK_TIMEOUT = 20.0


def _socket_fds() -> set[str]:
    fds = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:"):
            fds.add(target)
    return fds


@pytest.fixture
def no_sockets() -> Iterator[None]:
    """Fail if the test process opened a socket (an enabled session outside a netns)."""
    before = _socket_fds()
    yield
    opened = _socket_fds() - before
    assert not opened, f"the test opened sockets outside the private namespace: {opened}"


class PeerProcess:
    """A Link peer (tests/link/_peer.py) inside the namespace, driven by JSON lines."""

    def __init__(self, proc: subprocess.Popen[str], name: str) -> None:
        self.proc = proc
        self.name = name
        self.call_raw_ready()

    def call_raw_ready(self) -> None:
        reply = self._read(NETWORK_TIMEOUT)
        assert reply.get("ready"), f"peer {self.name} did not start: {reply}"

    def _read(self, timeout: float) -> dict[str, Any]:
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        if not ready:
            raise AssertionError(f"peer {self.name} did not answer within {timeout} s")
        line = self.proc.stdout.readline()
        if not line:
            err = self.proc.stderr.read() if self.proc.stderr else ""
            raise AssertionError(f"peer {self.name} exited ({self.proc.poll()}): {err}")
        result: dict[str, Any] = json.loads(line)
        return result

    def call(self, op: str, **args: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"op": op, **args}) + "\n")
        self.proc.stdin.flush()
        wait = float(args.get("timeout", 0.0)) + NETWORK_TIMEOUT
        reply = self._read(wait)
        assert reply.pop("ok"), f"peer {self.name}: {op} failed: {reply.get('error')}"
        return reply

    def wait_for(self, what: str, value: Any, timeout: float = NETWORK_TIMEOUT) -> Any:
        """Bounded wait inside the peer (callback-driven); fail with a clear message."""
        reply = self.call("wait", what=what, value=value, timeout=timeout)
        assert reply["reached"], (
            f"peer {self.name}: {what} did not become {value!r} within {timeout} s "
            f"(last value {reply['value']!r}, callbacks saw {reply['seen']})"
        )
        return reply["value"]

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def shutdown(self) -> None:
        if self.proc.poll() is None:
            self.call("close")
        self.kill()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


class Namespace:
    """A private network namespace, held open by a child of ``unshare`` reading a pipe.

    The holder (``cat``) exits when its stdin closes: at teardown, or when the test
    process dies, so no namespace outlives the tests.
    """

    def __init__(self) -> None:
        script = (
            "set -e; ip link set lo up; ip route add 224.0.0.0/4 dev lo; "
            'echo "$$"; exec cat >/dev/null'
        )
        self.holder = subprocess.Popen(
            ["unshare", "--net", "--fork", "--kill-child", "sh", "-c", script],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert self.holder.stdout is not None
        ready, _, _ = select.select([self.holder.stdout], [], [], NETWORK_TIMEOUT)
        line = self.holder.stdout.readline().strip() if ready else ""
        if not line.isdigit():
            self.holder.kill()
            _, err = self.holder.communicate()
            pytest.skip(f"cannot create a private network namespace (unshare --net): {err}")
        self.pid = int(line)
        self.peers: list[PeerProcess] = []
        links = self.run(["ip", "-o", "link", "show"]).splitlines()
        names = [entry.split(":")[1].strip() for entry in links]
        assert names == ["lo"], f"namespace is not private, interfaces: {names}"

    def _enter(self) -> list[str]:
        return ["nsenter", f"--net=/proc/{self.pid}/ns/net", "--"]

    def run(self, argv: list[str]) -> str:
        done = subprocess.run(self._enter() + argv, capture_output=True, text=True,
                              check=True, timeout=NETWORK_TIMEOUT)
        return done.stdout

    @staticmethod
    def _env() -> dict[str, str]:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p
        )
        return env

    def run_python(self, code: str) -> str:
        """Run a Python snippet inside the namespace; its stdout (fails on error)."""
        done = subprocess.run(
            [*self._enter(), sys.executable, "-c", code], capture_output=True, text=True,
            env=self._env(), cwd=str(ROOT), timeout=NETWORK_TIMEOUT * 2,
        )
        assert done.returncode == 0, f"snippet failed in the namespace:\n{done.stderr}"
        return done.stdout

    def spawn(self, name: str, script: Path = PEER_SCRIPT) -> PeerProcess:
        """Start a peer process (``script``, by default tests/link/_peer.py) inside."""
        env = self._env()
        proc = subprocess.Popen(
            [*self._enter(), sys.executable, "-u", str(script)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, env=env, cwd=str(ROOT),
        )
        peer = PeerProcess(proc, name)
        self.peers.append(peer)
        return peer

    def close(self) -> None:
        for peer in self.peers:
            peer.shutdown()
        # EOF ends the holder, and with it unshare and the namespace.
        self.holder.communicate(timeout=NETWORK_TIMEOUT)


@pytest.fixture
def netns() -> Iterator[Namespace]:
    """A fresh private network namespace; peers spawned in it die with the test."""
    yield from namespace()


@pytest.fixture(scope="module")
def module_netns() -> Iterator[Namespace]:
    """One private network namespace shared by the tests of a module."""
    yield from namespace()


def namespace() -> Iterator[Namespace]:
    """Make a namespace (or skip with the reason), yield it, tear it down."""
    if sys.platform != "linux":
        pytest.skip("private network namespaces need Linux")
    if os.geteuid() != 0:
        pytest.skip("creating a network namespace needs root (unshare --net)")
    for tool in ("unshare", "nsenter", "ip"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (util-linux / iproute2)")
    ns = Namespace()
    try:
        yield ns
    finally:
        ns.close()


def wait_until_clock(peer: PeerProcess, micros: int) -> None:
    """Let a peer's Link clock pass ``micros`` (Link's session choice is time-based)."""
    now = int(peer.call("get")["micros"])
    if micros > now:
        time.sleep((micros - now) / 1e6)
