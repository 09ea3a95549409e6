"""A private JACK server on the dummy driver: headless tests, CI and offline work.

:class:`DummyJackServer` starts ``jackd --no-realtime -d dummy`` under a name
of its own, waits until a client can connect, and stops it again.  Nothing
needs a sound card, and nothing leaks past the owning process:

- the server is started so that it gets SIGTERM when its parent dies (through
  ``setpriv --pdeathsig`` where util-linux has it), so a crashed test run does
  not leave servers behind;
- names come from a small fixed pool (``<prefix>-0`` ... ``<prefix>-N``).
  JACK's shared server registry has eight slots, and a server that dies
  without unregistering keeps its slot until a server *of the same name*
  registers again.  Random names would fill the registry for good after eight
  such deaths; pooled names reclaim their own stale slots.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from typing import IO, Any

from coremusic.backends.jack.errors import JackError, JackServerNotRunningError

__all__ = ["DummyJackServer"]

_REGISTRY_FULL = "Too many servers already active"


class DummyJackServer:
    """A ``jackd -d dummy`` server owned by this process.

    Parameters
    ----------
    name : str, optional
        Server name; by default the first name of ``<prefix>-0 ... <prefix>-{pool-1}``
        that no running server uses.
    rate, period : int
        Sample rate and frames per cycle of the dummy driver.
    client_timeout_ms : int
        ``jackd -t``: how long the server waits for a client's cycle before
        dropping it; generous by default, for busy machines.
    prefix, pool : str, int
        The name pool (see the module notes).
    set_default : bool
        While running, point ``JACK_DEFAULT_SERVER`` at this server (and
        restore the previous value on :meth:`stop`).

    Raises
    ------
    JackError
        ``jackd`` is not installed, every pool name is taken, the registry is
        full, or the server did not come up within ``start_timeout`` seconds.

    Example
    -------
    >>> # with DummyJackServer(period=128) as server:
    >>> #     stream = AudioOutputStream(2, server=server.name)
    """

    def __init__(self, name: str | None = None, *, rate: int = 48000, period: int = 256,
                 client_timeout_ms: int = 5000, prefix: str = "coremusic", pool: int = 4,
                 set_default: bool = False, start_timeout: float = 15.0) -> None:
        if not isinstance(rate, int) or rate <= 0:
            raise ValueError(f"rate must be a positive int, got {rate!r}")
        if not isinstance(period, int) or period <= 0 or period & (period - 1):
            raise ValueError(f"period must be a positive power of two, got {period!r}")
        if pool < 1:
            raise ValueError(f"pool must be at least 1, got {pool!r}")
        self.rate = rate
        self.period = period
        self.client_timeout_ms = client_timeout_ms
        self._names = [name] if name is not None else [f"{prefix}-{i}" for i in range(pool)]
        self._set_default = set_default
        self._start_timeout = start_timeout
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._previous_default: str | None = None
        self.name: str | None = None

    # ------------------------------------------------------------ lifetime
    def start(self) -> DummyJackServer:
        """Start the server and wait until it accepts clients; returns ``self``."""
        if self._proc is not None:
            return self
        jackd = shutil.which("jackd")
        if jackd is None:
            raise JackError("jackd is not installed (Debian/Ubuntu: apt install jackd2)")
        reasons = []
        for candidate in self._names:
            if _server_answers(candidate):
                reasons.append(f"{candidate!r} is in use")
                continue
            outcome = self._try_start(jackd, candidate)
            if outcome is None:
                break
            reasons.append(f"{candidate!r}: {outcome}")
            if _REGISTRY_FULL in outcome:
                raise JackError(
                    "JACK's server registry is full: servers that died without unregistering "
                    "hold its eight slots until a server of the same name starts, or until the "
                    "shared-memory registry is cleared (a reboot clears it)")
        else:
            raise JackError("could not start a dummy JACK server: " + "; ".join(reasons))
        if self._set_default:
            self._previous_default = os.environ.get("JACK_DEFAULT_SERVER")
            assert self.name is not None
            os.environ["JACK_DEFAULT_SERVER"] = self.name
        return self

    def _try_start(self, jackd: str, name: str) -> str | None:
        """Start jackd as ``name``; None on success, else why it exited."""
        argv = [jackd, "--no-realtime", "-t", str(self.client_timeout_ms), "-n", name,
                "-d", "dummy", "-r", str(self.rate), "-p", str(self.period)]
        setpriv = shutil.which("setpriv")
        if setpriv is not None:
            argv = [setpriv, "--pdeathsig", "TERM", "--", *argv]
        log = tempfile.TemporaryFile()
        proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + self._start_timeout
        while True:
            if proc.poll() is not None:
                log.seek(0)
                output = log.read().decode(errors="replace")
                log.close()
                return f"jackd exited with {proc.returncode}: {output.strip()[-600:]}"
            if _server_answers(name):
                self._proc, self._log, self.name = proc, log, name
                return None
            if time.monotonic() > deadline:
                _terminate(proc)
                log.close()
                return f"no answer within {self._start_timeout} s"
            time.sleep(0.05)

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL after 10 s); idempotent."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if self._set_default:
            if self._previous_default is None:
                os.environ.pop("JACK_DEFAULT_SERVER", None)
            else:
                os.environ["JACK_DEFAULT_SERVER"] = self._previous_default
        _terminate(proc)
        if self._log is not None:
            self._log.close()
            self._log = None

    @property
    def running(self) -> bool:
        """Whether the server process is alive."""
        return self._proc is not None and self._proc.poll() is None

    @property
    def pid(self) -> int | None:
        """Process id of the server (``setpriv`` execs ``jackd`` in place)."""
        return None if self._proc is None else self._proc.pid

    def output(self) -> str:
        """What the server printed so far."""
        if self._log is None:
            return ""
        self._log.seek(0)
        text = self._log.read().decode(errors="replace")
        self._log.seek(0, os.SEEK_END)
        return text

    def __enter__(self) -> DummyJackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return (f"DummyJackServer({self.name or self._names[0]!r}, {self.rate} Hz, "
                f"{self.period} frames, {state})")


def _server_answers(name: str) -> bool:
    """Whether a server called ``name`` accepts clients.

    A probe client inside this process is possible only while it has no
    clients of another server (libjack serves one server per process); then
    the probe runs in a child process (``jack_wait``, shipped with jackd2).
    """
    from coremusic.backends.jack._lifetime import _ServerClaim
    from coremusic.backends.jack.client import JackClient

    current = _ServerClaim.current()
    jack_wait = shutil.which("jack_wait")
    if current is not None and current != name:
        if jack_wait is None:
            raise JackError(
                f"cannot probe JACK server {name!r} from a process with open clients of "
                f"{current!r} without the jack_wait tool (part of jackd2)")
        probe = subprocess.run([jack_wait, "-s", name, "-c"], capture_output=True, text=True,
                               timeout=30, check=False)
        return probe.stdout.strip() == "running"
    try:
        JackClient("coremusic-probe", server=name).close()
    except JackServerNotRunningError:
        return False
    return True


def _terminate(proc: subprocess.Popen[Any]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
