"""The seam between :class:`~coremusic.midi.router.MIDIRouter` /
:class:`~coremusic.midi.player.MIDIPlayer` and a platform's MIDI ports.

Router and player speak to ports only through two small protocols:

* :class:`InputAdapter` -- ``open(deliver)`` makes the port call
  ``deliver(message, stamp)`` for every received message, on a Python
  thread of the port (never the realtime thread);
* :class:`OutputAdapter` -- ``send(message, stamp)`` with a timestamp on the
  port's clock, ``now()`` that clock, ``rate`` its ticks per second and
  ``queued`` the messages waiting in the port for their time.

Stamps are integers on the backend's clock: JACK frame times (wrapping at
2**32) for :class:`JackInputAdapter` / :class:`JackOutputAdapter`, host
ticks (``mach_absolute_time``) for :class:`CoreMIDIInputAdapter` /
:class:`CoreMIDIOutputAdapter`.  :func:`open_input` / :func:`open_output`
make the adapter of a backend by name.  The JACK adapters run for real in
the test suite; the CoreMIDI adapters use the CoreMIDI classes of
:mod:`coremusic.midi.coremidi` the same way and need macOS.

Example
-------
>>> from coremusic.midi.port_adapters import default_backend
>>> default_backend() in ("jack", "coremidi")
True
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, Literal, Protocol, runtime_checkable

from coremusic.midi.messages import MIDIMessage

__all__ = [
    "Backend",
    "CoreMIDIInputAdapter",
    "CoreMIDIOutputAdapter",
    "Deliver",
    "InputAdapter",
    "JackInputAdapter",
    "JackOutputAdapter",
    "OutputAdapter",
    "default_backend",
    "open_input",
    "open_output",
]

#: the backends the adapters cover
Backend = Literal["jack", "coremidi"]
#: ``deliver(message, stamp)``: what an input calls for each message
Deliver = Callable[[MIDIMessage, int], None]

_U32 = 0xFFFFFFFF


def default_backend() -> Backend:
    """``'coremidi'`` on macOS, ``'jack'`` elsewhere.

    Example
    -------
    >>> default_backend() == ("coremidi" if sys.platform == "darwin" else "jack")
    True
    """
    return "coremidi" if sys.platform == "darwin" else "jack"


@runtime_checkable
class InputAdapter(Protocol):
    """What the router needs from an input port.

    Example
    -------
    >>> isinstance(object(), InputAdapter)
    False
    """

    @property
    def name(self) -> str:
        """The port's full name."""
        ...

    def open(self, deliver: Deliver) -> None:
        """Start calling ``deliver(message, stamp)`` for received messages."""
        ...

    def close(self) -> None:
        """Stop delivering and release the port (idempotent)."""
        ...


@runtime_checkable
class OutputAdapter(Protocol):
    """What the router and player need from an output port.

    Example
    -------
    >>> isinstance(object(), OutputAdapter)
    False
    """

    @property
    def name(self) -> str:
        """The port's full name."""
        ...

    @property
    def rate(self) -> float:
        """Clock ticks per second of the stamps."""
        ...

    @property
    def late(self) -> int:
        """Messages that went out after their stamp."""
        ...

    @property
    def queued(self) -> int:
        """Messages waiting in the port for their time."""
        ...

    def now(self) -> int:
        """The port's clock now."""
        ...

    def send(self, message: MIDIMessage | bytes, stamp: int | None = None) -> None:
        """Send at ``stamp`` (None: as soon as possible)."""
        ...

    def cancel(self, from_stamp: int) -> int:
        """Recall messages sent so far stamped at or after ``from_stamp``; returns how many.

        Messages sent after the call are kept and may be stamped from
        ``from_stamp`` on, below the recalled ones.
        """
        ...

    def close(self) -> None:
        """Release the port (idempotent)."""
        ...


# -- JACK ------------------------------------------------------------------------------
class JackInputAdapter:
    """A :class:`~coremusic.backends.jack.midi.JackMIDIInput` made for a router; stamps are frames.

    Parameters
    ----------
    name : str
        Port name.
    connect : sequence of str
        JACK MIDI output ports to connect from.
    client_name, server : str
        JACK client name and server.

    Example
    -------
    >>> # adapter = JackInputAdapter("keys", connect=["a2j:Keyboard [20] (capture): MIDI 1"])
    >>> # adapter.open(lambda message, frame: print(message, frame))
    """

    def __init__(self, name: str, *, connect: Sequence[str] = (), client_name: str = "coremusic-router",
                 server: str | None = None) -> None:
        self._spec = (name, tuple(connect), client_name, server)
        self._port: Any = None

    @property
    def port(self) -> Any:
        """The JackMIDIInput (``None`` before :meth:`open`)."""
        return self._port

    @property
    def name(self) -> str:
        """Full JACK name of the port."""
        return str(self._port.name) if self._port is not None else self._spec[0]

    def open(self, deliver: Deliver) -> None:
        """Register the port and deliver every received message with its frame.

        Example
        -------
        >>> # adapter.open(lambda message, frame: print(message.type, frame))
        """
        from coremusic.backends.jack.midi import JackMIDIInput, MIDIEventData

        if self._port is not None:
            raise RuntimeError(f"input {self.name!r} is open already")
        name, connect, client_name, server = self._spec

        def on_event(event: MIDIEventData) -> None:
            deliver(MIDIMessage.from_bytes(event.data), event.frame)

        self._port = JackMIDIInput(name, callback=on_event, connect=connect,
                                   client_name=client_name, server=server)

    @property
    def errors(self) -> list[BaseException]:
        """Exceptions raised while delivering (kept by the port)."""
        return list(self._port.callback_errors) if self._port is not None else []

    def close(self) -> None:
        """Close the port (idempotent)."""
        if self._port is not None:
            self._port.close()

    def __repr__(self) -> str:
        return f"JackInputAdapter({self.name!r})"


class JackOutputAdapter:
    """A :class:`~coremusic.backends.jack.midi.JackMIDIOutput`; stamps are JACK frames.

    Stamps never go backwards on one output: a message stamped before the
    previous one (two inputs merged into one output) goes out at the
    previous one's frame and is counted in :attr:`late`.

    Parameters
    ----------
    name : str
        Port name.
    connect : sequence of str
        JACK MIDI input ports to connect to.
    client_name, server : str
        JACK client name and server.
    event_capacity : int
        Messages the port's ring holds (a power of two).

    Example
    -------
    >>> # out = JackOutputAdapter("synth", connect=["fluidsynth:midi_00"])
    >>> # out.send(MIDIMessage.note_on(60), out.now() + 4800)
    """

    def __init__(self, name: str, *, connect: Sequence[str] = (), client_name: str = "coremusic-router",
                 server: str | None = None, event_capacity: int = 4096) -> None:
        from coremusic.backends.jack.midi import JackMIDIOutput

        self._port = JackMIDIOutput(name, connect=connect, client_name=client_name, server=server,
                                    event_capacity=event_capacity, byte_capacity=max(65536, event_capacity * 16))
        self._lock = threading.Lock()
        self._last: int | None = None
        self._clamped = 0
        self._rate = float(self._port.sample_rate)

    @property
    def port(self) -> Any:
        """The JackMIDIOutput."""
        return self._port

    @property
    def name(self) -> str:
        """Full JACK name of the port."""
        return str(self._port.name)

    @property
    def rate(self) -> float:
        """Frames per second."""
        return self._rate

    @property
    def period(self) -> int:
        """Frames per JACK cycle."""
        return int(self._port.client.buffer_size)

    @property
    def late(self) -> int:
        """Messages sent after their frame (past when queued, or behind an earlier stamp)."""
        return int(self._port.late) + self._clamped

    @property
    def queued(self) -> int:
        """Messages in the ring waiting for their cycle."""
        return int(self._port.queued)

    def now(self) -> int:
        """JACK's frame time now (an estimate between cycles)."""
        return int(self._port.frame_time())

    def send(self, message: MIDIMessage | bytes, stamp: int | None = None) -> None:
        """Queue ``message`` for frame ``stamp`` (None: the next cycle).

        Example
        -------
        >>> # out.send(MIDIMessage.note_on(60), out.now() + 480)   # 10 ms ahead at 48 kHz
        """
        with self._lock:
            if stamp is not None:
                stamp &= _U32
                if self._last is not None:
                    back = ((self._last - stamp + 0x80000000) & _U32) - 0x80000000
                    if back > 0:
                        stamp = self._last
                        self._clamped += 1
                self._last = stamp
            self._port.send(message, frame=stamp)

    def cancel(self, from_stamp: int) -> int:
        """Recall the queued messages at frames ``>= from_stamp`` (see :meth:`JackMIDIOutput.cancel`).

        Example
        -------
        >>> # out.cancel(out.now() + 2 * out.period)   # then send note-offs at that frame
        """
        with self._lock:
            count = int(self._port.cancel(int(from_stamp)))
            self._last = self._port.last_frame
            return count

    def close(self) -> None:
        """Close the port (idempotent)."""
        self._port.close()

    def __repr__(self) -> str:
        return f"JackOutputAdapter({self._port.name if not self._port.closed else '<closed>'!r})"


# -- CoreMIDI ----------------------------------------------------------------------------
class CoreMIDIInputAdapter:
    """An input port of a CoreMIDI :class:`~coremusic.midi.coremidi.MIDIClient`; stamps are host ticks.

    Parameters
    ----------
    client : MIDIClient
        The client that owns the port.
    name : str
        Port name.
    connect : sequence of MIDISource, unique id or name
        Sources to connect (names and ids through ``find_source``).

    Example
    -------
    >>> # client = MIDIClient("router")
    >>> # adapter = CoreMIDIInputAdapter(client, "keys", connect=["LPK25"])
    """

    def __init__(self, client: Any, name: str, *, connect: Sequence[Any] = ()) -> None:
        self._client = client
        self._name = name
        self._connect = tuple(connect)
        self._port: Any = None

    @property
    def name(self) -> str:
        """The port name."""
        return self._name

    def open(self, deliver: Deliver) -> None:
        """Create the input port and connect its sources."""
        from coremusic.midi.coremidi import ReceivedMessage
        from coremusic.midi.coremidi.endpoints import find_source

        if self._port is not None:
            raise RuntimeError(f"input {self._name!r} is open already")

        def on_message(received: ReceivedMessage) -> None:
            deliver(received.message, received.host_time)

        self._port = self._client.create_input_port(self._name, on_message)
        for source in self._connect:
            self._port.connect_source(find_source(source) if isinstance(source, int | str) else source)

    def close(self) -> None:
        """Dispose of the port (idempotent)."""
        if self._port is not None:
            self._port.close()

    def __repr__(self) -> str:
        return f"CoreMIDIInputAdapter({self._name!r})"


class CoreMIDIOutputAdapter:
    """An output port of a CoreMIDI client sending to one destination; stamps are host ticks.

    CoreMIDI schedules timestamped packets itself, so :attr:`queued` is 0 and
    lateness is not observable here (:attr:`late` stays 0).

    Parameters
    ----------
    client : MIDIClient
        The client that owns the port.
    name : str
        Port name.
    destination : MIDIDestination, unique id or name
        Where messages go (names and ids through ``find_destination``).

    Example
    -------
    >>> # out = CoreMIDIOutputAdapter(MIDIClient("player"), "out", "IAC Driver Bus 1")
    >>> # out.send(MIDIMessage.note_on(60), out.now() + int(out.rate * 0.5))
    """

    def __init__(self, client: Any, name: str, destination: Any) -> None:
        from coremusic.midi.coremidi.endpoints import find_destination

        self._dest = find_destination(destination) if isinstance(destination, int | str) else destination
        self._name = name
        self._port = client.create_output_port(name)

    @property
    def name(self) -> str:
        """The port name."""
        return self._name

    @property
    def rate(self) -> float:
        """Host clock ticks per second."""
        from coremusic.midi.coremidi._common import _ticks_per_second

        return _ticks_per_second()

    @property
    def late(self) -> int:
        """Always 0: CoreMIDI does not report late packets."""
        return 0

    @property
    def queued(self) -> int:
        """Always 0: CoreMIDI holds scheduled packets itself."""
        return 0

    def now(self) -> int:
        """The host clock now."""
        from coremusic import capi

        return int(capi.audio_get_current_host_time())

    def send(self, message: MIDIMessage | bytes, stamp: int | None = None) -> None:
        """Send at host time ``stamp`` (None or 0: now)."""
        self._port.send(self._dest, message, timestamp=0 if stamp is None else int(stamp))

    def cancel(self, from_stamp: int) -> int:
        """Drop every scheduled message for the destination (``MIDIFlushOutput``); returns 0.

        CoreMIDI cannot recall scheduled packets selectively: this flushes
        everything still scheduled for the destination, also what is stamped
        before ``from_stamp``, and it does not say how many (so 0).

        Example
        -------
        >>> # out.cancel(out.now())
        """
        from coremusic import capi

        capi.midi_flush_output(int(self._dest.ref))
        return 0

    def close(self) -> None:
        """Dispose of the port (idempotent)."""
        self._port.close()

    def __repr__(self) -> str:
        return f"CoreMIDIOutputAdapter({self._name!r})"


def open_input(backend: Backend, name: str, *, connect: Sequence[Any] = (), client: Any = None,
               client_name: str = "coremusic-router", server: str | None = None) -> InputAdapter:
    """An input adapter of ``backend`` (not yet open: the router opens it).

    For ``'coremidi'`` pass the :class:`~coremusic.midi.coremidi.MIDIClient`
    as ``client``; ``server`` is JACK's.

    Example
    -------
    >>> open_input("jack", "keys").name
    'keys'
    """
    if backend == "jack":
        return JackInputAdapter(name, connect=[str(c) for c in connect], client_name=client_name,
                                server=server)
    if backend == "coremidi":
        if client is None:
            raise ValueError("a CoreMIDI input needs the MIDIClient that owns it (client=)")
        return CoreMIDIInputAdapter(client, name, connect=connect)
    raise ValueError(f"unknown MIDI backend {backend!r}: use 'jack' or 'coremidi'")


def open_output(backend: Backend, name: str, *, connect: Sequence[Any] = (), client: Any = None,
                client_name: str = "coremusic-router", server: str | None = None,
                event_capacity: int = 4096) -> OutputAdapter:
    """An open output adapter of ``backend``.

    JACK connects to every port in ``connect``; CoreMIDI sends to exactly one
    destination, ``connect[0]``.

    Example
    -------
    >>> # out = open_output("jack", "synth", connect=["fluidsynth:midi_00"])
    """
    if backend == "jack":
        return JackOutputAdapter(name, connect=[str(c) for c in connect], client_name=client_name,
                                 server=server, event_capacity=event_capacity)
    if backend == "coremidi":
        if client is None:
            raise ValueError("a CoreMIDI output needs the MIDIClient that owns it (client=)")
        if len(connect) != 1:
            raise ValueError(f"a CoreMIDI output sends to exactly one destination; got connect={list(connect)!r}")
        return CoreMIDIOutputAdapter(client, name, connect[0])
    raise ValueError(f"unknown MIDI backend {backend!r}: use 'jack' or 'coremidi'")
