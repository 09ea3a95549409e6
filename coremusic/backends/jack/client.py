"""A JACK client: lifetime, ports, connections, notifications, time and transport.

Every cffi trampoline handed to libjack is stored on the :class:`JackClient`
that registered it and dropped only after the client is closed (JACK may call
it until then).  Notification callbacks (xrun, buffer size, sample rate,
shutdown, port and client registration, connections) are registered once when
the client opens and dispatch to Python listeners added with
:meth:`JackClient.add_listener`; they run on JACK's notification thread, never
on the process thread.
"""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from coremusic._ffi import ffi, load_library
from coremusic.backends.jack._lifetime import (
    _GATE_TIMEOUT,
    _close_client,
    _Notifications,
    _ProcessGate,
    _ServerClaim,
)
from coremusic.backends.jack.errors import (
    JackError,
    client_open_error,
    note_jack_message,
)
from coremusic.realtime.engine import is_c_function

__all__ = [
    "AUDIO_TYPE",
    "MIDI_TYPE",
    "CycleTimes",
    "JackClient",
    "JackPort",
    "PortFlags",
    "TransportPosition",
    "default_server_name",
    "jack_lib",
]

AUDIO_TYPE = "32 bit float mono audio"
MIDI_TYPE = "8 bit raw midi"


class PortFlags:
    """``JackPortFlags`` bits."""

    IS_INPUT = 0x1
    IS_OUTPUT = 0x2
    IS_PHYSICAL = 0x4
    CAN_MONITOR = 0x8
    IS_TERMINAL = 0x10


_CAPTURE, _PLAYBACK = 0, 1
_OPTION_NO_START_SERVER = 0x01
_OPTION_USE_EXACT_NAME = 0x02
_OPTION_SERVER_NAME = 0x04

ListenerKind = Literal["xrun", "buffer_size", "sample_rate", "shutdown", "port_registration",
                       "client_registration", "port_connect"]

_hooks_lock = threading.Lock()
_hooks: list[Any] = []


def jack_lib() -> Any:
    """The opened libjack (raises BackendUnavailableError listing what was tried).

    Example
    -------
    >>> jack_lib().jack_get_version_string() is not None
    True
    """
    lib = load_library("jack")
    with _hooks_lock:
        if not _hooks:
            # Route libjack's printed errors and info into a small buffer that
            # error messages quote, instead of the process's stderr.
            def on_message(text: Any) -> None:
                note_jack_message(ffi.string(text).decode("utf-8", "replace"))

            hook = ffi.callback("JackMessageFunction", on_message)
            _hooks.append(hook)
            lib.jack_set_error_function(hook)
            lib.jack_set_info_function(hook)
    return lib


def default_server_name() -> str:
    """The server a client connects to when none is named (``JACK_DEFAULT_SERVER`` or 'default').

    Example
    -------
    >>> isinstance(default_server_name(), str)
    True
    """
    return os.environ.get("JACK_DEFAULT_SERVER") or "default"


def _strings(lib: Any, array: Any) -> list[str]:
    """Convert a NULL-terminated ``const char **`` from libjack and free it."""
    if array == ffi.NULL:
        return []
    out = []
    i = 0
    while array[i] != ffi.NULL:
        out.append(ffi.string(array[i]).decode("utf-8", "replace"))
        i += 1
    lib.jack_free(array)
    return out


@dataclass(frozen=True)
class CycleTimes:
    """``jack_get_cycle_times``: the current cycle on the frame and microsecond clocks."""

    current_frames: int
    current_usecs: int
    next_usecs: int
    period_usecs: float


@dataclass(frozen=True)
class TransportPosition:
    """A ``jack_transport_query`` snapshot.

    ``bar``, ``beat``, ``tick`` and ``bpm`` are None unless a timebase master
    provides bar/beat/tick information.
    """

    state: Literal["stopped", "rolling", "looping", "starting", "net_starting"]
    frame: int
    frame_rate: int
    usecs: int
    bar: int | None = None
    beat: int | None = None
    tick: int | None = None
    beats_per_bar: float | None = None
    beat_type: float | None = None
    ticks_per_beat: float | None = None
    bpm: float | None = None


_TRANSPORT_STATES = ("stopped", "rolling", "looping", "starting", "net_starting")


class JackPort:
    """A JACK port (ours, or another client's looked up by name).

    Example
    -------
    >>> # port = client.register_port("out_1", "audio", "output")
    >>> # port.name -> 'coremusic:out_1'
    """

    __slots__ = ("__weakref__", "_client", "_lib", "_mine", "_ptr")

    def __init__(self, client: JackClient, ptr: Any, mine: bool) -> None:
        self._client = client
        self._lib = client._lib
        self._ptr = ptr
        self._mine = mine

    def _check(self) -> Any:
        if self._ptr == ffi.NULL or self._client.closed:
            raise JackError("the JACK port was unregistered or its client closed")
        return self._ptr

    @property
    def pointer(self) -> Any:
        """The ``jack_port_t *``."""
        return self._check()

    @property
    def name(self) -> str:
        """Full name, ``'client:port'``."""
        return str(ffi.string(self._lib.jack_port_name(self._check())).decode())

    @property
    def short_name(self) -> str:
        """The name without the client prefix."""
        return str(ffi.string(self._lib.jack_port_short_name(self._check())).decode())

    @property
    def flags(self) -> int:
        """``JackPortFlags`` bits (see :class:`PortFlags`)."""
        return int(self._lib.jack_port_flags(self._check()))

    @property
    def type(self) -> str:
        """The port type string (audio or MIDI)."""
        return str(ffi.string(self._lib.jack_port_type(self._check())).decode())

    @property
    def is_audio(self) -> bool:
        """Whether this is an audio port."""
        return self.type == AUDIO_TYPE

    @property
    def is_midi(self) -> bool:
        """Whether this is a MIDI port."""
        return self.type == MIDI_TYPE

    @property
    def is_input(self) -> bool:
        """Whether the port receives data (a sink)."""
        return bool(self.flags & PortFlags.IS_INPUT)

    @property
    def is_output(self) -> bool:
        """Whether the port produces data (a source)."""
        return bool(self.flags & PortFlags.IS_OUTPUT)

    @property
    def is_physical(self) -> bool:
        """Whether the port belongs to hardware (``system:`` ports)."""
        return bool(self.flags & PortFlags.IS_PHYSICAL)

    @property
    def is_mine(self) -> bool:
        """Whether our client registered this port."""
        return self._mine

    @property
    def aliases(self) -> list[str]:
        """The port's aliases (at most two)."""
        size = self._lib.jack_port_name_size()
        bufs = [ffi.new("char[]", size) for _ in range(2)]
        arr = ffi.new("char *[2]", bufs)
        n = self._lib.jack_port_get_aliases(self._check(), arr)
        return [ffi.string(bufs[i]).decode() for i in range(max(n, 0))]

    @property
    def connections(self) -> list[str]:
        """Names of the ports connected to this one."""
        return _strings(self._lib, self._lib.jack_port_get_all_connections(
            self._client.pointer, self._check()))

    def latency_range(self, mode: Literal["capture", "playback"]) -> tuple[int, int]:
        """``(min, max)`` latency in frames for ``'capture'`` or ``'playback'``."""
        rng = ffi.new("jack_latency_range_t *")
        self._lib.jack_port_get_latency_range(
            self._check(), _CAPTURE if mode == "capture" else _PLAYBACK, rng)
        return int(rng.min), int(rng.max)

    def connect(self, other: str | JackPort) -> None:
        """Connect this port to ``other`` (direction follows the port kinds)."""
        other_name = other.name if isinstance(other, JackPort) else other
        if self.is_output:
            self._client.connect(self.name, other_name)
        else:
            self._client.connect(other_name, self.name)

    def disconnect(self, other: str | JackPort | None = None) -> None:
        """Disconnect from ``other``, or from everything when None."""
        if other is None:
            rc = self._lib.jack_port_disconnect(self._client.pointer, self._check())
            if rc:
                raise JackError(f"jack_port_disconnect failed on {self.name!r}", rc,
                                operation="jack_port_disconnect")
            return
        other_name = other.name if isinstance(other, JackPort) else other
        if self.is_output:
            self._client.disconnect(self.name, other_name)
        else:
            self._client.disconnect(other_name, self.name)

    def unregister(self) -> None:
        """Remove our port from the server (idempotent)."""
        if not self._mine or self._ptr == ffi.NULL:
            return
        if not self._client.closed:
            rc = self._lib.jack_port_unregister(self._client.pointer, self._ptr)
            if rc:
                raise JackError(f"jack_port_unregister failed on {self.name!r}", rc,
                                operation="jack_port_unregister")
        self._ptr = ffi.NULL

    def __eq__(self, other: object) -> bool:
        return isinstance(other, JackPort) and self._ptr == other._ptr

    def __hash__(self) -> int:
        return hash(int(ffi.cast("uintptr_t", self._ptr)))

    def __repr__(self) -> str:
        if self._ptr == ffi.NULL or self._client.closed:
            return "JackPort(<unregistered>)"
        kind = "midi" if self.is_midi else "audio"
        direction = "input" if self.is_input else "output"
        return f"JackPort({self.name!r}, {kind}, {direction})"


class JackClient:
    """A connection to a JACK server.

    Parameters
    ----------
    name : str
        The client name (JACK makes it unique unless ``use_exact_name``).
    server : str, optional
        The server to connect to; default ``JACK_DEFAULT_SERVER`` or 'default'.
    use_exact_name : bool
        Fail instead of renaming when the name is taken.
    start_server : bool
        Let libjack start a server when none runs (off by default).

    Raises
    ------
    JackServerNotRunningError
        No server runs under that name.
    JackError
        Any other failure; the message decodes the ``jack_status_t`` bits.
        Also: clients of another server are open in this process (libjack
        serves one server per process; close them first).
    BackendUnavailableError
        libjack itself is missing.

    Example
    -------
    >>> # with JackClient("probe") as client:
    >>> #     client.sample_rate, client.buffer_size
    """

    _ptr: Any = ffi.NULL

    def __init__(self, name: str = "coremusic", *, server: str | None = None,
                 use_exact_name: bool = False, start_server: bool = False) -> None:
        if not isinstance(name, str) or not name:
            raise ValueError(f"a JACK client name must be a non-empty str, got {name!r}")
        lib = jack_lib()
        self._lib = lib
        self.server = server or default_server_name()
        options = 0 if start_server else _OPTION_NO_START_SERVER
        if use_exact_name:
            options |= _OPTION_USE_EXACT_NAME
        status = ffi.new("jack_status_t *")
        _ServerClaim.claim(self.server)
        if server:
            ptr = lib.jack_client_open(name.encode(), options | _OPTION_SERVER_NAME, status,
                                       ffi.new("char[]", server.encode()))
        else:
            ptr = lib.jack_client_open(name.encode(), options, status)
        if ptr == ffi.NULL:
            _ServerClaim.release()
            raise client_open_error(int(status[0]), name, server or os.environ.get("JACK_DEFAULT_SERVER"))
        self._ptr = ptr
        self._keepalive: list[Any] = []
        self._ports: list[JackPort] = []
        self._active = False
        self._process_set = False
        self._gate = _ProcessGate()
        self._listeners: dict[str, list[Callable[..., None]]] = {
            k: [] for k in ("xrun", "buffer_size", "sample_rate", "shutdown", "port_registration",
                            "client_registration", "port_connect")}
        self.shutdown_reason: str | None = None
        self.shutdown_event = threading.Event()
        self._notes = _Notifications()
        self._finalizer = weakref.finalize(self, _close_client, lib, ptr, self._keepalive, self._gate,
                                           self._notes)
        self._install_notifications()

    # ------------------------------------------------------------ lifetime
    @property
    def pointer(self) -> Any:
        """The ``jack_client_t *`` (raises once closed)."""
        if self._ptr == ffi.NULL:
            raise JackError("the JACK client is closed")
        return self._ptr

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return bool(self._ptr == ffi.NULL)

    def close(self) -> None:
        """Deactivate, close the client, then drop its trampolines (idempotent)."""
        if self._ptr == ffi.NULL:
            return
        self._ptr = ffi.NULL
        self._active = False
        if self.shutdown_reason is not None:
            self._gate.active = False  # the server is gone: no cycle will come
        self._finalizer()  # jack_deactivate, jack_client_close, drop the trampolines
        for port in self._ports:
            port._ptr = ffi.NULL
        self._ports.clear()

    def __enter__(self) -> JackClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def activate(self) -> None:
        """Start processing (``jack_activate``)."""
        self._gate.reset()
        rc = self._lib.jack_activate(self.pointer)
        if rc:
            raise JackError(f"jack_activate failed for client {self.name!r}", rc,
                            operation="jack_activate")
        self._active = True
        self._gate.active = True

    def deactivate(self) -> None:
        """Stop processing (``jack_deactivate``); ports and connections are dropped."""
        if self._ptr == ffi.NULL or not self._active:
            return
        if self._gate.python and self.shutdown_reason is None:
            # end the process thread from inside JACK first (see _ProcessGate)
            self._gate.stop(_GATE_TIMEOUT)
        rc = self._lib.jack_deactivate(self._ptr)
        self._gate.active = False
        self._active = False
        if rc and self.shutdown_reason is None:  # after a shutdown there is nothing to stop
            raise JackError(f"jack_deactivate failed for client {self.name!r}", rc,
                            operation="jack_deactivate")

    @property
    def active(self) -> bool:
        """Whether the client is activated."""
        return self._active and self._ptr != ffi.NULL

    # ------------------------------------------------------------ server facts
    @property
    def name(self) -> str:
        """The actual client name (may differ from the requested one)."""
        return str(ffi.string(self._lib.jack_get_client_name(self.pointer)).decode())

    @property
    def sample_rate(self) -> int:
        """The server's sample rate in Hz."""
        return int(self._lib.jack_get_sample_rate(self.pointer))

    @property
    def buffer_size(self) -> int:
        """Frames per process cycle (the server's period)."""
        return int(self._lib.jack_get_buffer_size(self.pointer))

    def set_buffer_size(self, frames: int) -> None:
        """Change the server's period (affects every client of the server)."""
        rc = self._lib.jack_set_buffer_size(self.pointer, frames)
        if rc:
            raise JackError(f"jack_set_buffer_size({frames}) failed", rc,
                            operation="jack_set_buffer_size")

    @property
    def cpu_load(self) -> float:
        """The server's DSP load in percent."""
        return float(self._lib.jack_cpu_load(self.pointer))

    @property
    def realtime(self) -> bool:
        """Whether the server runs its process thread with realtime priority."""
        return bool(self._lib.jack_is_realtime(self.pointer))

    # ------------------------------------------------------------ time
    def frame_time(self) -> int:
        """The estimated current frame time (``jack_frame_time``)."""
        return int(self._lib.jack_frame_time(self.pointer))

    def last_frame_time(self) -> int:
        """Frame time at the start of the current cycle (``jack_last_frame_time``)."""
        return int(self._lib.jack_last_frame_time(self.pointer))

    def frames_since_cycle_start(self) -> int:
        """Frames elapsed since the current cycle began."""
        return int(self._lib.jack_frames_since_cycle_start(self.pointer))

    def cycle_times(self) -> CycleTimes:
        """``jack_get_cycle_times`` (call from the process callback or just after a cycle)."""
        frames = ffi.new("jack_nframes_t *")
        cur = ffi.new("jack_time_t *")
        nxt = ffi.new("jack_time_t *")
        period = ffi.new("float *")
        rc = self._lib.jack_get_cycle_times(self.pointer, frames, cur, nxt, period)
        if rc:
            raise JackError("jack_get_cycle_times failed", rc, operation="jack_get_cycle_times")
        return CycleTimes(int(frames[0]), int(cur[0]), int(nxt[0]), float(period[0]))

    def frames_to_time(self, frames: int) -> int:
        """Microseconds on JACK's clock at frame time ``frames``."""
        return int(self._lib.jack_frames_to_time(self.pointer, frames & 0xFFFFFFFF))

    def time_to_frames(self, usecs: int) -> int:
        """The frame time at ``usecs`` on JACK's clock."""
        return int(self._lib.jack_time_to_frames(self.pointer, usecs))

    def get_time(self) -> int:
        """JACK's microsecond clock now (``jack_get_time``)."""
        return int(self._lib.jack_get_time())

    # ------------------------------------------------------------ transport
    def transport_query(self) -> TransportPosition:
        """The transport state and position."""
        pos = ffi.new("jack_position_t *")
        state = int(self._lib.jack_transport_query(self.pointer, pos))
        name = _TRANSPORT_STATES[state] if 0 <= state < len(_TRANSPORT_STATES) else "stopped"
        if pos.valid & 0x10:
            return TransportPosition(name, int(pos.frame), int(pos.frame_rate), int(pos.usecs),  # type: ignore[arg-type]
                                     int(pos.bar), int(pos.beat), int(pos.tick),
                                     float(pos.beats_per_bar), float(pos.beat_type),
                                     float(pos.ticks_per_beat), float(pos.beats_per_minute))
        return TransportPosition(name, int(pos.frame), int(pos.frame_rate), int(pos.usecs))  # type: ignore[arg-type]

    def transport_start(self) -> None:
        """Start the JACK transport."""
        self._lib.jack_transport_start(self.pointer)

    def transport_stop(self) -> None:
        """Stop the JACK transport."""
        self._lib.jack_transport_stop(self.pointer)

    def transport_locate(self, frame: int) -> None:
        """Move the transport to ``frame``."""
        rc = self._lib.jack_transport_locate(self.pointer, frame)
        if rc:
            raise JackError(f"jack_transport_locate({frame}) failed", rc,
                            operation="jack_transport_locate")

    # ------------------------------------------------------------ ports
    def register_port(self, name: str, kind: Literal["audio", "midi"] = "audio",
                      direction: Literal["input", "output"] = "output", *,
                      is_terminal: bool = False, is_physical: bool = False) -> JackPort:
        """Register a port of this client.

        Example
        -------
        >>> # client.register_port("out_1", "audio", "output")
        """
        if kind not in ("audio", "midi"):
            raise ValueError(f"port kind must be 'audio' or 'midi', got {kind!r}")
        if direction not in ("input", "output"):
            raise ValueError(f"port direction must be 'input' or 'output', got {direction!r}")
        flags = PortFlags.IS_INPUT if direction == "input" else PortFlags.IS_OUTPUT
        if is_terminal:
            flags |= PortFlags.IS_TERMINAL
        if is_physical:
            flags |= PortFlags.IS_PHYSICAL
        ptr = self._lib.jack_port_register(
            self.pointer, name.encode(), (AUDIO_TYPE if kind == "audio" else MIDI_TYPE).encode(),
            flags, 0)
        if ptr == ffi.NULL:
            raise JackError(f"could not register JACK {kind} {direction} port {name!r} on "
                            f"client {self.name!r} (name taken or too long?)",
                            operation="jack_port_register", obj=name)
        port = JackPort(self, ptr, True)
        self._ports.append(port)
        return port

    @property
    def ports(self) -> list[JackPort]:
        """The ports this client registered."""
        return [p for p in self._ports if p._ptr != ffi.NULL]

    def port_by_name(self, name: str) -> JackPort:
        """Look up any port by its full name."""
        ptr = self._lib.jack_port_by_name(self.pointer, name.encode())
        if ptr == ffi.NULL:
            raise JackError(f"no JACK port named {name!r}; available: {self.get_ports()}",
                            operation="jack_port_by_name", obj=name)
        return JackPort(self, ptr, bool(self._lib.jack_port_is_mine(self.pointer, ptr)))

    def get_ports(self, name_pattern: str = "", *, kind: Literal["audio", "midi"] | None = None,
                  is_input: bool = False, is_output: bool = False, is_physical: bool = False,
                  is_terminal: bool = False) -> list[str]:
        """Names of the server's ports matching a regular expression and flags.

        Example
        -------
        >>> # client.get_ports(kind="audio", is_physical=True, is_input=True)
        >>> # ['system:playback_1', 'system:playback_2']
        """
        flags = ((PortFlags.IS_INPUT if is_input else 0) | (PortFlags.IS_OUTPUT if is_output else 0)
                 | (PortFlags.IS_PHYSICAL if is_physical else 0)
                 | (PortFlags.IS_TERMINAL if is_terminal else 0))
        type_pattern = {"audio": "audio", "midi": "midi", None: ""}[kind]
        return _strings(self._lib, self._lib.jack_get_ports(
            self.pointer, name_pattern.encode() if name_pattern else ffi.NULL,
            type_pattern.encode() if type_pattern else ffi.NULL, flags))

    def connect(self, source: str, destination: str) -> None:
        """Connect an output port to an input port (already connected is fine)."""
        rc = self._lib.jack_connect(self.pointer, source.encode(), destination.encode())
        if rc and rc != 17:  # EEXIST: already connected
            raise JackError(f"could not connect JACK port {source!r} to {destination!r} "
                            f"(is the client active, do both ports exist, output -> input?)",
                            rc, operation="jack_connect")

    def disconnect(self, source: str, destination: str) -> None:
        """Remove a connection."""
        rc = self._lib.jack_disconnect(self.pointer, source.encode(), destination.encode())
        if rc:
            raise JackError(f"could not disconnect JACK port {source!r} from {destination!r}",
                            rc, operation="jack_disconnect")

    def port_latency(self, name: str, mode: Literal["capture", "playback"]) -> tuple[int, int]:
        """``(min, max)`` latency range of any port, in frames."""
        return self.port_by_name(name).latency_range(mode)

    # ------------------------------------------------------------ callbacks
    def keep_alive(self, obj: Any) -> Any:
        """Keep ``obj`` (a trampoline, a buffer C holds) alive until the client closes."""
        self._keepalive.append(obj)
        return obj

    def set_process_callback(self, callback: Any, *, onerror: Callable[..., Any] | None = None,
                             arg: Any = ffi.NULL,
                             on_stop: Callable[[int], None] | None = None) -> None:
        """Set the process callback (before :meth:`activate`).

        Parameters
        ----------
        callback : callable or C function pointer
            ``callback(frames)`` runs on JACK's realtime thread each cycle; keep
            it short, allocate nothing, take no locks.  A raw C function of
            type ``int (*)(jack_nframes_t, void *)`` (a cffi or numba cfunc
            pointer) is registered as is, with ``arg``.
        onerror : callable, optional
            cffi ``onerror`` handler for exceptions raised by ``callback``.
        on_stop : callable, optional
            ``on_stop(frames)`` runs in the last cycle, when the client is being
            deactivated (write silence there).
        """
        if self._active:
            raise JackError("the process callback must be set before the client is activated")
        if is_c_function(callback):
            fn = ffi.cast("JackProcessCallback", callback)
        elif callable(callback):
            py = callback
            gate = self._gate
            gate.python = True

            def process(frames: int, _arg: Any) -> int:
                if gate.stopping:
                    if gate.on_stop is not None:
                        gate.on_stop(frames)
                    gate.thread_id = threading.get_native_id()
                    gate.finished.set()
                    return 1  # JACK ends this thread itself, outside Python
                py(frames)
                return 0

            fn = ffi.callback("JackProcessCallback", process, error=0, onerror=onerror)
        else:
            raise TypeError(f"process callback must be callable or a C function pointer, "
                            f"got {type(callback).__name__}")
        self._gate.on_stop = on_stop
        self.keep_alive(fn)
        self.keep_alive(arg)
        rc = self._lib.jack_set_process_callback(self.pointer, fn, arg)
        if rc:
            raise JackError("jack_set_process_callback failed", rc,
                            operation="jack_set_process_callback")
        self._process_set = True

    def add_listener(self, kind: ListenerKind, fn: Callable[..., None]) -> None:
        """Call ``fn`` on a JACK notification (JACK's notification thread).

        ``'xrun'``: ``fn()``; ``'buffer_size'`` / ``'sample_rate'``: ``fn(value)``;
        ``'shutdown'``: ``fn(reason)``; ``'port_registration'``: ``fn(port_name, registered)``;
        ``'client_registration'``: ``fn(client_name, registered)``;
        ``'port_connect'``: ``fn(source_name, destination_name, connected)``.
        """
        if kind not in self._listeners:
            raise ValueError(f"unknown JACK notification {kind!r}; one of {sorted(self._listeners)}")
        self._listeners[kind].append(fn)

    def remove_listener(self, kind: ListenerKind, fn: Callable[..., None]) -> None:
        """Undo :meth:`add_listener`."""
        self._listeners[kind].remove(fn)

    def _dispatch(self, kind: str, *args: Any) -> None:
        for fn in tuple(self._listeners[kind]):
            fn(*args)

    def _port_name(self, port_id: int) -> str:
        ptr = self._lib.jack_port_by_id(self._ptr, port_id)
        if ptr == ffi.NULL:
            return f"<port {port_id}>"
        return str(ffi.string(self._lib.jack_port_name(ptr)).decode())

    def _install_notifications(self) -> None:
        lib, ptr = self._lib, self._ptr
        me = weakref.ref(self)

        def report(exc_type: Any, exc: Any, tb: Any) -> None:
            client = me()
            if client is not None:
                client.notification_errors.append(exc)

        self.notification_errors: list[BaseException] = []

        def xrun(_arg: Any) -> int:
            client = me()
            if client is not None:
                client._dispatch("xrun")
            return 0

        def buffer_size(frames: int, _arg: Any) -> int:
            client = me()
            if client is not None:
                client._dispatch("buffer_size", frames)
            return 0

        def sample_rate(rate: int, _arg: Any) -> int:
            client = me()
            if client is not None:
                client._dispatch("sample_rate", rate)
            return 0

        def shutdown(code: int, reason: Any, _arg: Any) -> None:
            client = me()
            if client is not None:
                client.shutdown_reason = ffi.string(reason).decode("utf-8", "replace")
                client.shutdown_event.set()
                client._dispatch("shutdown", client.shutdown_reason)

        def port_registration(port_id: int, registered: int, _arg: Any) -> None:
            client = me()
            if client is not None and client._listeners["port_registration"]:
                client._dispatch("port_registration", client._port_name(port_id), bool(registered))

        def client_registration(name: Any, registered: int, _arg: Any) -> None:
            client = me()
            if client is not None:
                client._dispatch("client_registration", ffi.string(name).decode(), bool(registered))

        def port_connect(a: int, b: int, connected: int, _arg: Any) -> None:
            client = me()
            if client is not None and client._listeners["port_connect"]:
                client._dispatch("port_connect", client._port_name(a), client._port_name(b),
                                 bool(connected))

        notes = self._notes

        def guarded(fn: Callable[..., Any], result: int | None) -> Callable[..., Any]:
            def call(*args: Any) -> Any:
                if notes.closing:
                    return result
                notes.running.append(1)
                try:
                    return fn(*args)
                finally:
                    notes.running.pop()
            return call

        cbs: list[tuple[Any, str, Callable[..., Any], int | None]] = [
            (lib.jack_set_xrun_callback, "JackXRunCallback", xrun, 0),
            (lib.jack_set_buffer_size_callback, "JackBufferSizeCallback", buffer_size, 0),
            (lib.jack_set_sample_rate_callback, "JackSampleRateCallback", sample_rate, 0),
            (lib.jack_set_port_registration_callback, "JackPortRegistrationCallback",
             port_registration, None),
            (lib.jack_set_client_registration_callback, "JackClientRegistrationCallback",
             client_registration, None),
            (lib.jack_set_port_connect_callback, "JackPortConnectCallback", port_connect, None),
        ]
        for setter, ctype, fn, result in cbs:
            if result is None:
                cb = ffi.callback(ctype, guarded(fn, result), onerror=report)
            else:
                cb = ffi.callback(ctype, guarded(fn, result), error=result, onerror=report)
            self.keep_alive(cb)
            rc = setter(ptr, cb, ffi.NULL)
            if rc:
                raise JackError(f"registering a JACK notification callback failed ({ctype})", rc)
            notes.setters.append(setter)
        cb = ffi.callback("JackInfoShutdownCallback", guarded(shutdown, None), onerror=report)
        self.keep_alive(cb)
        lib.jack_on_info_shutdown(ptr, cb, ffi.NULL)

    def __repr__(self) -> str:
        if self.closed:
            return "JackClient(<closed>)"
        state = "active" if self._active else "inactive"
        return (f"JackClient({self.name!r}, server={self.server!r}, {self.sample_rate} Hz, "
                f"{self.buffer_size} frames, {state})")
