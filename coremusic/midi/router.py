"""MIDIRouter: live routes from input ports to output ports, with channel maps,
filters and streaming transforms, on the platform's MIDI ports.

Each message received on an input runs through every route from that input,
in the order the routes were added:

1. the route's filters see the incoming message: ``channels`` (channel
   messages on other channels are dropped; system messages pass),
   ``note_range`` (notes outside ``low..high`` are dropped, with their
   note-offs and polyphonic aftertouch), then ``filter_func(message)``
   (a false result drops it);
2. ``transform``: any streaming :class:`~coremusic.midi.transforms.Transform`
   or :class:`~coremusic.midi.transforms.Pipeline` (its ``process`` may
   return zero, one or several messages);
3. ``channel_map``: ``{source channel: destination channel}`` (through
   :class:`~coremusic.midi.transforms.ChannelRemap`).

Sysex and system messages pass every stage unless a filter removes them.

Timing: the backend stamps every received message (JACK: its frame).  The
router sends it at that stamp plus a fixed ``latency`` (JACK default: one
period), so the spacing of events is kept exactly, to the frame, as long
as the router's thread handles a message within that latency; what comes
later goes out at the next cycle and is counted in ``stats.late``.  Two
inputs merged into one output keep their order of arrival: a message
stamped before one already sent to that output goes out at that one's
frame (also counted as late).

Ports come from :mod:`coremusic.midi.port_adapters`: JACK on Linux,
CoreMIDI on macOS (the same router code; only JACK runs in this project's
test suite), or any object implementing its adapter protocols.

Example
-------
>>> from coremusic.midi.transforms import Transpose
>>> router = MIDIRouter(backend="jack")   # ports are made when routes or ports are added
>>> router.routes, router.running
([], False)
>>> # router.add_input("keys", connect=["a2j:Keyboard (capture): MIDI 1"])
>>> # router.add_output("synth", connect=["fluidsynth:midi_00"])
>>> # router.add_route("keys", "synth", channel_map={0: 9}, transform=Transpose(12))
>>> # with router: input("routing; Enter stops")
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from coremusic.midi.messages import MIDIMessage
from coremusic.midi.port_adapters import (
    Backend,
    InputAdapter,
    OutputAdapter,
    default_backend,
    open_input,
    open_output,
)
from coremusic.midi.transforms import ChannelFilter, ChannelRemap, NoteFilter, Transform

__all__ = ["MIDIRouter", "MIDIRouterError", "Route", "RouterStats"]

FilterFunc = Callable[[MIDIMessage], bool]
_MAX_ERRORS = 16


class MIDIRouterError(RuntimeError):
    """A router operation that cannot be done (closed router, unknown port, duplicate name).

    Example
    -------
    >>> str(MIDIRouterError("no input named 'x'"))
    "no input named 'x'"
    """


@dataclass(frozen=True)
class RouterStats:
    """A snapshot of a router's counters.

    Attributes
    ----------
    received : int
        Messages received while running.
    routed : int
        Messages sent to outputs (one message routed to two outputs counts 2).
    dropped : int
        (route, message) pairs that a filter or transform turned into nothing.
    discarded : int
        Messages received while the router was stopped.
    errors : int
        Exceptions in filters, transforms or sends (see ``MIDIRouter.errors``).
    late : int
        Messages the outputs sent after their due time (input stamp + latency).

    Example
    -------
    >>> RouterStats(3, 4, 1, 0, 0, 0).routed
    4
    """

    received: int
    routed: int
    dropped: int
    discarded: int
    errors: int
    late: int


class Route:
    """One route of a :class:`MIDIRouter` (made by :meth:`MIDIRouter.add_route`).

    Attributes
    ----------
    src, dst : str
        Names of the router's input and output.
    routed, dropped : int
        Messages this route sent, and messages it removed.

    Example
    -------
    >>> r = Route("keys", "synth", channels=[0], note_range=(36, 60))
    >>> [len(m) for m in map(r.process, [MIDIMessage.note_on(40), MIDIMessage.note_on(72)])]
    [1, 0]
    """

    def __init__(self, src: str, dst: str, channel_map: Mapping[int, int] | Sequence[int] | None = None,
                 transform: Transform | None = None, filter_func: FilterFunc | None = None, *,
                 channels: Iterable[int] | None = None, note_range: tuple[int, int] | None = None) -> None:
        if transform is not None:
            if not isinstance(transform, Transform):
                raise TypeError(f"transform must be a coremusic.midi.transforms Transform or Pipeline, "
                                f"got {type(transform).__name__}")
            if not transform.streaming:
                raise ValueError(f"{transform!r} needs whole tracks and cannot run on live messages; "
                                 "use streaming transforms (Transpose, VelocityScale, NoteFilter, ...)")
        if filter_func is not None and not callable(filter_func):
            raise TypeError(f"filter_func must be callable, got {type(filter_func).__name__}")
        self.src = src
        self.dst = dst
        self.channel_map = ChannelRemap(channel_map) if channel_map is not None else None
        self.transform = transform
        self.filter_func = filter_func
        self.channel_filter = ChannelFilter(channels) if channels is not None else None
        self.note_filter = NoteFilter(*note_range) if note_range is not None else None
        self.routed = 0
        self.dropped = 0

    def process(self, message: MIDIMessage) -> list[MIDIMessage]:
        """What this route sends for one incoming message (filters, transform, channel map).

        Example
        -------
        >>> from coremusic.midi.transforms import Transpose
        >>> Route("a", "b", {0: 3}, Transpose(2)).process(MIDIMessage.note_on(60))
        [MIDIMessage('note_on', channel=3, note=62, velocity=64)]
        """
        if self.channel_filter is not None and not self.channel_filter.process(message):
            return []
        if self.note_filter is not None and not self.note_filter.process(message):
            return []
        if self.filter_func is not None and not self.filter_func(message):
            return []
        out = [message] if self.transform is None else self.transform.process(message)
        if self.channel_map is not None:
            out = [m for msg in out for m in self.channel_map.process(msg)]
        return out

    def __repr__(self) -> str:
        parts = [f"{self.src!r} -> {self.dst!r}"]
        if self.channel_filter is not None:
            parts.append(f"channels={self.channel_filter.channels}")
        if self.note_filter is not None:
            parts.append(f"note_range=({self.note_filter.low}, {self.note_filter.high})")
        if self.filter_func is not None:
            parts.append(f"filter_func={getattr(self.filter_func, '__name__', repr(self.filter_func))}")
        if self.transform is not None:
            parts.append(f"transform={self.transform!r}")
        if self.channel_map is not None:
            parts.append(f"channel_map={self.channel_map.mapping}")
        return f"Route({', '.join(parts)}, routed={self.routed}, dropped={self.dropped})"


class MIDIRouter:
    """Routes MIDI from input ports to output ports, message by message.

    Parameters
    ----------
    backend : {'jack', 'coremidi'}, optional
        Where the ports live (default: CoreMIDI on macOS, JACK elsewhere).
    client_name : str
        Name of the JACK clients (or of the CoreMIDI client) the router makes.
    server : str, optional
        JACK server name (default: ``JACK_DEFAULT_SERVER`` or 'default').
    latency : float, optional
        Seconds between a message's arrival stamp and its departure.  JACK:
        default one period (the least that keeps every frame); CoreMIDI:
        default 0 (sent as soon as routed, timestamp "now").
    client : MIDIClient, optional
        CoreMIDI only: an existing client to make the ports on.

    Notes
    -----
    Input callbacks run on each input port's Python thread; routes are read
    without locks (adding or removing a route swaps in a new list) and the
    counters are updated under one lock.  Exceptions in a filter,
    transform or send are counted and kept in :attr:`errors` (the last 16);
    routing goes on.

    Example
    -------
    >>> from coremusic.midi.transforms import Transpose
    >>> r = MIDIRouter(backend="jack", client_name="demo")
    >>> r                                                     # doctest: +ELLIPSIS
    MIDIRouter(backend='jack', inputs=[], outputs=[], routes=0, stopped, ...)
    >>> # r.add_route("keys", "synth", transform=Transpose(-12), note_range=(48, 96))
    >>> # r.connect("keys", "a2j:Keyboard (capture): MIDI 1")
    >>> # with r: ...
    """

    def __init__(self, *, backend: Backend | None = None, client_name: str = "coremusic-router",
                 server: str | None = None, latency: float | None = None, client: Any = None) -> None:
        self.backend: Backend = default_backend() if backend is None else backend
        if self.backend not in ("jack", "coremidi"):
            raise ValueError(f"unknown MIDI backend {backend!r}: use 'jack' or 'coremidi'")
        if latency is not None and not latency >= 0:
            raise ValueError(f"latency must be >= 0 seconds, got {latency!r}")
        self.client_name = client_name
        self.server = server
        self.latency = latency
        self._coremidi_client = client
        self._own_client = False
        self._inputs: dict[str, InputAdapter] = {}
        self._outputs: dict[str, OutputAdapter] = {}
        self._latency_stamps: dict[str, int] = {}
        self._routes: tuple[Route, ...] = ()
        self._lock = threading.Lock()
        self._counts = {"received": 0, "routed": 0, "dropped": 0, "discarded": 0, "errors": 0}
        self.errors: list[BaseException] = []
        self._running = False
        self._closed = False

    # -- ports -------------------------------------------------------------------------
    def _client(self) -> Any:
        if self.backend == "coremidi" and self._coremidi_client is None:
            from coremusic.midi.coremidi import MIDIClient

            self._coremidi_client = MIDIClient(self.client_name)
            self._own_client = True
        return self._coremidi_client

    def _check_open(self) -> None:
        if self._closed:
            raise MIDIRouterError("the MIDIRouter is closed")

    def add_input(self, name: str, *, connect: Sequence[Any] = (),
                  port: InputAdapter | None = None) -> InputAdapter:
        """Make an input port (or adopt ``port``, any :class:`~coremusic.midi.port_adapters.InputAdapter`).

        Parameters
        ----------
        name : str
            The router's name for it (routes refer to it).
        connect : sequence
            Ports to connect from (JACK port names; CoreMIDI sources).
        port : InputAdapter, optional
            A ready-made adapter to use instead of a new port.

        Example
        -------
        >>> # router.add_input("keys", connect=["a2j:Keyboard (capture): MIDI 1"])
        """
        self._check_open()
        if name in self._inputs:
            raise MIDIRouterError(f"the router has an input named {name!r} already")
        adapter = port if port is not None else open_input(
            self.backend, name, connect=connect, client=self._client() if self.backend == "coremidi" else None,
            client_name=self.client_name, server=self.server)
        if not isinstance(adapter, InputAdapter):
            raise TypeError(f"port must implement InputAdapter (name, open, close), got {type(adapter).__name__}")

        def deliver(message: MIDIMessage, stamp: int) -> None:
            self._on_message(name, message, stamp)

        adapter.open(deliver)
        self._inputs[name] = adapter
        return adapter

    def add_output(self, name: str, *, connect: Sequence[Any] = (),
                   port: OutputAdapter | None = None) -> OutputAdapter:
        """Make an output port (or adopt ``port``, any :class:`~coremusic.midi.port_adapters.OutputAdapter`).

        Example
        -------
        >>> # router.add_output("synth", connect=["fluidsynth:midi_00"])
        """
        self._check_open()
        if name in self._outputs:
            raise MIDIRouterError(f"the router has an output named {name!r} already")
        adapter = port if port is not None else open_output(
            self.backend, name, connect=connect, client=self._client() if self.backend == "coremidi" else None,
            client_name=self.client_name, server=self.server)
        if not isinstance(adapter, OutputAdapter):
            raise TypeError(f"port must implement OutputAdapter, got {type(adapter).__name__}")
        if self.latency is not None:
            stamps = round(self.latency * adapter.rate)
        elif self.backend == "jack":
            stamps = int(getattr(adapter, "period", 0))
        else:
            stamps = 0
        self._latency_stamps[name] = stamps
        self._outputs[name] = adapter
        return adapter

    @property
    def inputs(self) -> dict[str, InputAdapter]:
        """The input adapters by name (a copy)."""
        return dict(self._inputs)

    @property
    def outputs(self) -> dict[str, OutputAdapter]:
        """The output adapters by name (a copy)."""
        return dict(self._outputs)

    def latency_of(self, output: str) -> int:
        """The latency added on ``output``, in its clock's units (JACK: frames).

        Example
        -------
        >>> # router.latency_of("synth")   # 256 with a 256-frame JACK period
        """
        try:
            return self._latency_stamps[output]
        except KeyError:
            raise MIDIRouterError(f"no output named {output!r}; outputs: {sorted(self._outputs)}") from None

    # -- routes ----------------------------------------------------------------------
    def add_route(self, src: str, dst: str, channel_map: Mapping[int, int] | Sequence[int] | None = None,
                  transform: Transform | None = None, filter_func: FilterFunc | None = None, *,
                  channels: Iterable[int] | None = None, note_range: tuple[int, int] | None = None) -> Route:
        """Route messages from input ``src`` to output ``dst``.

        Ports that do not exist yet are made with default settings
        (:meth:`add_input` / :meth:`add_output` first to connect them).

        Parameters
        ----------
        src, dst : str
            Input and output names.
        channel_map : mapping or sequence of 16 ints, optional
            ``{source channel: destination channel}``, applied last.
        transform : Transform or Pipeline, optional
            A streaming transform (``transform.streaming`` must be true).
        filter_func : callable, optional
            ``filter_func(message) -> bool``; False drops the message.
        channels : iterable of int, optional
            Only channel messages on these channels pass.
        note_range : (int, int), optional
            Only notes ``low..high`` pass.

        Returns
        -------
        Route

        Example
        -------
        >>> # router.add_route("keys", "bass", note_range=(0, 59), channel_map={0: 1})
        >>> # router.add_route("keys", "lead", note_range=(60, 127), transform=Transpose(12))
        """
        self._check_open()
        route = Route(src, dst, channel_map, transform, filter_func, channels=channels, note_range=note_range)
        if src not in self._inputs:
            self.add_input(src)
        if dst not in self._outputs:
            self.add_output(dst)
        with self._lock:
            self._routes = (*self._routes, route)
        return route

    def remove_route(self, route: Route) -> None:
        """Remove a route returned by :meth:`add_route`.

        Example
        -------
        >>> # router.remove_route(route)
        """
        with self._lock:
            if route not in self._routes:
                raise MIDIRouterError(f"{route!r} is not a route of this router")
            self._routes = tuple(r for r in self._routes if r is not route)

    @property
    def routes(self) -> list[Route]:
        """The routes, in the order messages go through them."""
        return list(self._routes)

    def connect(self, port: str, other: str) -> None:
        """Connect one of the router's JACK ports to another client's port.

        Example
        -------
        >>> # router.connect("keys", "a2j:Keyboard (capture): MIDI 1")
        """
        self._check_open()
        adapter: Any = self._inputs.get(port) or self._outputs.get(port)
        if adapter is None:
            raise MIDIRouterError(f"no port named {port!r}; inputs: {sorted(self._inputs)}, "
                                  f"outputs: {sorted(self._outputs)}")
        jack_port = getattr(adapter, "port", None)
        if jack_port is None or not hasattr(jack_port, "connect"):
            raise MIDIRouterError(f"port {port!r} cannot be connected by name on backend {self.backend!r}")
        jack_port.connect(other)

    # -- running ---------------------------------------------------------------------
    def start(self) -> MIDIRouter:
        """Start routing (messages received while stopped are discarded).

        Example
        -------
        >>> # router.start(); ...; router.stop()
        """
        self._check_open()
        self._running = True
        return self

    def stop(self) -> None:
        """Stop routing; ports stay open and connected (idempotent).

        Example
        -------
        >>> MIDIRouter(backend="jack").stop()
        """
        self._running = False

    @property
    def running(self) -> bool:
        """Whether messages are being routed."""
        return self._running

    def _on_message(self, src: str, message: MIDIMessage, stamp: int) -> None:
        if not self._running:
            with self._lock:
                self._counts["discarded"] += 1
            return
        routed = dropped = errors = 0
        for route in self._routes:
            if route.src != src:
                continue
            try:
                out = route.process(message)
                if not out:
                    route.dropped += 1
                    dropped += 1
                    continue
                output = self._outputs[route.dst]
                due = stamp + self._latency_stamps[route.dst]
                for msg in out:
                    output.send(msg, due)
                route.routed += len(out)
                routed += len(out)
            except Exception as exc:  # a user filter/transform or a full queue: count, keep, go on
                errors += 1
                with self._lock:
                    if len(self.errors) < _MAX_ERRORS:
                        self.errors.append(exc)
        with self._lock:
            self._counts["received"] += 1
            self._counts["routed"] += routed
            self._counts["dropped"] += dropped
            self._counts["errors"] += errors

    @property
    def stats(self) -> RouterStats:
        """The counters now (see :class:`RouterStats`)."""
        with self._lock:
            c = dict(self._counts)
        late = sum(o.late for o in self._outputs.values())
        return RouterStats(c["received"], c["routed"], c["dropped"], c["discarded"], c["errors"], late)

    # -- lifetime --------------------------------------------------------------------
    def close(self) -> None:
        """Stop, close every input, then every output (idempotent).

        Example
        -------
        >>> r = MIDIRouter(backend="jack"); r.close(); r.closed
        True
        """
        if self._closed:
            return
        self._running = False
        self._closed = True
        for adapter in self._inputs.values():
            adapter.close()
        for out in self._outputs.values():
            out.close()
        if self._own_client:
            self._coremidi_client.close()

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` ran."""
        return self._closed

    def __enter__(self) -> MIDIRouter:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        if self._closed:
            return f"MIDIRouter(backend={self.backend!r}, <closed>)"
        s = self.stats
        state = "running" if self._running else "stopped"
        return (f"MIDIRouter(backend={self.backend!r}, inputs={sorted(self._inputs)}, "
                f"outputs={sorted(self._outputs)}, routes={len(self._routes)}, {state}, "
                f"received={s.received}, routed={s.routed}, dropped={s.dropped}, errors={s.errors})")
