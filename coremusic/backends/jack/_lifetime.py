"""How a JACK client ends without crashing the interpreter or libjack.

libjack stops a client's threads with ``pthread_cancel`` and shares one
server's state per process.  Python code must never be cancelled mid-call,
and two servers must never meet in one process; the pieces here see to it:

- :class:`_ProcessGate` lets a Python process callback end JACK's process
  thread from inside JACK, and waits until that thread has exited;
- :class:`_Notifications` unregisters and drains the Python notification
  callbacks before ``jack_client_close``;
- :class:`_ServerClaim` refuses a client of a second server;
- :func:`_close_client` runs the whole sequence (it is each client's finalizer).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from typing import Any

from coremusic._ffi import ffi
from coremusic.backends.jack.errors import JackError


class _ProcessGate:
    """Lets a Python process callback end JACK's process thread from inside JACK.

    ``jack_deactivate`` (and ``jack_client_close``) stop a client's process
    thread with ``pthread_cancel``.  If that thread is inside the Python
    callback at that moment, it dies holding (or acquiring) the GIL and the
    interpreter deadlocks.  So coremusic never deactivates a running Python
    callback that way: it sets ``stopping`` and waits; the callback's next cycle
    writes silence, sets ``finished`` and returns non-zero, and JACK then ends
    the thread itself, outside Python (``JackClient::End``).
    """

    __slots__ = ("active", "finished", "on_stop", "python", "stopping", "thread_id")

    def __init__(self) -> None:
        self.python = False  # a Python process callback is installed
        self.active = False  # jack_activate succeeded and nothing stopped it yet
        self.stopping = False
        self.finished = threading.Event()
        self.thread_id: int | None = None  # kernel id of the process thread that ended
        self.on_stop: Callable[[int], None] | None = None

    def reset(self) -> None:
        self.stopping = False
        self.thread_id = None
        self.finished.clear()

    def stop(self, timeout: float) -> bool:
        """Ask the callback to end the process thread; whether it did in time.

        Returning non-zero is not the end: JACK's thread then sends the
        server its own deactivate request over the client's socket and exits.
        Until it has, ``jack_deactivate``/``jack_client_close`` on another
        thread would share that socket and free the client under it (a
        use-after-free crash in libjack), so this also waits for the thread
        to be gone.
        """
        deadline = time.monotonic() + timeout
        self.stopping = True
        if not self.finished.wait(timeout):
            return False
        return _wait_thread_gone(self.thread_id, deadline)


def _wait_thread_gone(thread_id: int | None, deadline: float) -> bool:
    """Wait until the kernel thread ``thread_id`` of this process has exited."""
    task = f"/proc/self/task/{thread_id}"
    if thread_id is None or not os.path.isdir("/proc/self/task"):
        # no per-thread view of the process (not Linux): allow the request a
        # generous round trip to the server instead
        time.sleep(min(0.25, max(0.0, deadline - time.monotonic())))
        return True
    while os.path.exists(task):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.001)
    return True


class _Notifications:
    """Keeps Python notification callbacks out of ``jack_client_close``'s way.

    ``jack_client_close`` ends the client's notification thread with
    ``pthread_cancel``; a thread cancelled inside Python (or while waiting for
    the GIL to enter it) takes the interpreter down with it.  So before the
    close, :meth:`quiesce` unregisters every notification callback (allowed
    once the client is inactive), makes late arrivals return at once, and
    waits for the ones already running to leave Python.
    """

    __slots__ = ("closing", "running", "setters")

    def __init__(self) -> None:
        self.closing = False
        self.running: list[int] = []  # one entry per callback inside Python (append/pop are atomic)
        self.setters: list[Any] = []

    def quiesce(self, lib: Any, ptr: Any) -> None:
        self.closing = True
        for setter in self.setters:
            setter(ptr, ffi.NULL, ffi.NULL)
        lib.jack_on_info_shutdown(ptr, ffi.NULL, ffi.NULL)
        deadline = time.monotonic() + _GATE_TIMEOUT
        # A thread that read a callback pointer just before it was cleared may
        # still be waiting for the GIL at the trampoline's door: sleeping hands
        # it the GIL, it sees ``closing`` and returns.
        time.sleep(0.005)
        while self.running and time.monotonic() < deadline:
            time.sleep(0.001)


class _ServerClaim:
    """The JACK server this process is a client of.

    libjack keeps the shared state of ONE server per process (its globals are
    set up by the first client and reused by the next ones, whatever server
    they name), so a client of a second server while clients of the first are
    open corrupts that state and crashes.  coremusic refuses it instead.
    """

    lock = threading.Lock()
    server: str | None = None
    clients = 0

    @classmethod
    def claim(cls, server: str) -> None:
        with cls.lock:
            if cls.clients and cls.server != server:
                raise JackError(
                    f"this process has {cls.clients} open client(s) of JACK server "
                    f"{cls.server!r}; libjack serves one server per process, so a client of "
                    f"{server!r} can open only after those are closed")
            cls.server = server
            cls.clients += 1

    @classmethod
    def release(cls) -> None:
        with cls.lock:
            cls.clients = max(0, cls.clients - 1)
            if not cls.clients:
                cls.server = None

    @classmethod
    def current(cls) -> str | None:
        """The server this process has open clients of (None: no client open)."""
        return cls.server if cls.clients else None


def _close_client(lib: Any, ptr: Any, holder: list[Any], gate: _ProcessGate | None = None,
                  notes: _Notifications | None = None) -> None:
    if gate is not None and gate.python and gate.active and not gate.finished.is_set():
        gate.stop(_GATE_TIMEOUT)
    lib.jack_deactivate(ptr)
    if notes is not None:
        notes.quiesce(lib, ptr)
    lib.jack_client_close(ptr)
    holder.clear()
    _ServerClaim.release()


# How long to wait for a Python process callback to end JACK's thread (seconds):
# generous, since a loaded machine can miss cycles; the fallback is jack_deactivate.
_GATE_TIMEOUT = 2.0
