"""JACK MIDI input and output ports, with timestamps in frames and seconds.

Every port made here is a *virtual* port: other JACK clients (synths, DAWs,
``a2jmidid`` bridges to ALSA hardware) see it and can connect to it; pass
``connect=[...]`` to connect to existing ports yourself.

At this layer messages are raw ``bytes``.  :meth:`JackMIDIOutput.send` also
takes any object that converts to bytes (``bytes(msg)``, or a ``bytes()``
method such as the message classes of :mod:`coremusic.midi`).

Realtime rules, as for audio streams: JACK's process thread only copies
bytes between the port buffer and a preallocated :class:`~coremusic.realtime.EventRing`
with ``ffi.memmove``.  The only Python objects made there are the small ints
and cdata wrappers that cffi creates for every call; no ``bytes``, lists or
arrays.  When input arrives, the process thread writes one byte to a
non-blocking pipe to wake the reader; the reader (iteration, a callback
thread, or ``async for`` through the event loop's ``add_reader``) builds the
:class:`MIDIEventData` objects on its own thread.
"""

from __future__ import annotations

import asyncio
import os
import select
import threading
import time as _time
import weakref
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from coremusic._ffi import ffi
from coremusic.backends.jack.client import JackClient
from coremusic.backends.jack.errors import JackMIDIError
from coremusic.midi.messages import MIDIMessage
from coremusic.realtime.ringbuffer import EventRing

__all__ = ["JackMIDIInput", "JackMIDIOutput", "MIDIEventData", "list_midi_ports", "to_midi_bytes"]

_ASAP = -1
_U32 = 0xFFFFFFFF


@dataclass(frozen=True)
class MIDIEventData:
    """One received MIDI message.

    Attributes
    ----------
    data : bytes
        The complete message (status byte first; sysex includes F0 ... F7).
    frame : int
        JACK frame time of the message (cycle start + offset in the buffer).
    time : float
        The same instant in seconds on JACK's microsecond clock
        (``jack_get_time``), the clock :meth:`JackMIDIOutput.send` accepts:
        the cycle's start time from ``jack_get_cycle_times`` plus the event's
        offset, so times increase with frames.

    Example
    -------
    >>> MIDIEventData(b"\\x90\\x3c\\x64", 4800, 0.1).data[0] == 0x90
    True
    """

    data: bytes
    frame: int
    time: float

    def __bytes__(self) -> bytes:
        return self.data

    @property
    def message(self) -> MIDIMessage:
        """The data as coremusic's shared :class:`~coremusic.midi.messages.MIDIMessage`.

        Example
        -------
        >>> MIDIEventData(b"\\x90\\x3c\\x64", 4800, 0.1).message.type
        'note_on'
        """
        return MIDIMessage.from_bytes(self.data)


def to_midi_bytes(message: Any) -> bytes:
    """Bytes of a MIDI message given as bytes, a list of ints, or an object with
    ``__bytes__`` or a ``bytes()`` method; validated to start with a status byte.

    Example
    -------
    >>> to_midi_bytes([0x90, 60, 100])
    b'\\x90<d'
    """
    if isinstance(message, bytes | bytearray | memoryview):
        data = bytes(message)
    elif hasattr(message, "__bytes__"):
        data = bytes(message)
    elif callable(getattr(message, "bytes", None)):
        raw = message.bytes()
        data = bytes(raw)
    elif isinstance(message, list | tuple):
        data = bytes(message)
    else:
        raise TypeError(f"cannot send {type(message).__name__} as MIDI: give bytes, a list of "
                        f"ints, or a message object with bytes()")
    if not data:
        raise ValueError("a MIDI message cannot be empty")
    if data[0] < 0x80:
        raise ValueError(f"a MIDI message must start with a status byte (>= 0x80), got {data[:4]!r}")
    return data


def list_midi_ports(*, server: str | None = None, direction: str = "output",
                    client: JackClient | None = None) -> list[str]:
    """Names of the server's MIDI ports: ``'output'`` (sources you can read from)
    or ``'input'`` (destinations you can send to).

    Example
    -------
    >>> # list_midi_ports(direction="output")
    """
    own = client is None
    c = client or JackClient("coremusic-midi-list", server=server)
    try:
        return c.get_ports(kind="midi", is_output=direction == "output",
                           is_input=direction == "input")
    finally:
        if own:
            c.close()


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


def _drain_fd(fd: int) -> None:
    while True:
        try:
            if not os.read(fd, 4096):
                return
        except BlockingIOError:
            return


class _MIDIPort:
    """What input and output ports share: the client, the port, lifetime."""

    _direction = "input"

    def __init__(self, name: str, *, client_name: str, server: str | None,
                 byte_capacity: int, event_capacity: int) -> None:
        if not isinstance(name, str) or not name:
            raise ValueError(f"a MIDI port name must be a non-empty str, got {name!r}")
        self._client = JackClient(client_name, server=server)
        try:
            self._port = self._client.register_port(name, "midi", self._direction)  # type: ignore[arg-type]
        except BaseException:
            self._client.close()
            raise
        self._ring = EventRing(byte_capacity, event_capacity)
        self._finalizer = weakref.finalize(self, self._client.close)
        self._closed = False
        self.lost = 0

    @property
    def name(self) -> str:
        """Full JACK name of the port (``'client:port'``)."""
        self._check_open()
        return self._port.name

    @property
    def client(self) -> JackClient:
        """The JACK client owning the port."""
        return self._client

    @property
    def sample_rate(self) -> int:
        """The server's rate (frames per second of the timestamps)."""
        return self._client.sample_rate

    def frame_time(self) -> int:
        """The current JACK frame time (estimate between cycles)."""
        return self._client.frame_time()

    def jack_time(self) -> float:
        """JACK's clock now, in seconds (the clock of ``MIDIEventData.time``)."""
        return self._client.get_time() / 1e6

    def connect(self, port: str) -> None:
        """Connect to another client's MIDI port (direction follows ours)."""
        self._check_open()
        self._port.connect(port)

    def disconnect(self, port: str | None = None) -> None:
        """Disconnect from ``port`` or from everything."""
        self._check_open()
        self._port.disconnect(port)

    @property
    def connections(self) -> list[str]:
        """Ports connected to ours."""
        self._check_open()
        return self._port.connections

    def _check_open(self) -> None:
        if self._closed:
            raise JackMIDIError(f"{type(self).__name__} is closed")

    def _start(self, connect: Sequence[str]) -> None:
        try:
            self._client.activate()
            for other in connect:
                self._port.connect(other)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Deactivate and close the client (idempotent)."""
        if self._closed:
            return
        self._closed = True
        self._finalizer()

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._closed

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        if self._closed:
            return f"{type(self).__name__}(<closed>)"
        return f"{type(self).__name__}({self.name!r})"


class JackMIDIInput(_MIDIPort):
    """A JACK MIDI input port delivering :class:`MIDIEventData`.

    Deliver input one way at a time: iterate (``for ev in port``), call
    :meth:`receive` / :meth:`poll`, ``async for ev in port``, or pass
    ``callback`` (runs on a Python thread of the port, never on JACK's).

    Parameters
    ----------
    name : str
        Port name (``'midi_in'``).
    callback : callable, optional
        ``callback(event)`` on the port's dispatcher thread; its exceptions are
        kept in ``callback_errors``.
    connect : sequence of str
        MIDI output ports to connect from.
    client_name, server
        JACK client name and server.
    byte_capacity, event_capacity : int
        Ring sizes (powers of two); messages that do not fit are counted in ``lost``.

    Example
    -------
    >>> # with JackMIDIInput("in", connect=["a2j:keyboard"]) as port:
    >>> #     for event in port:
    >>> #         print(event.data.hex(), event.frame)
    """

    _direction = "input"

    def __init__(self, name: str = "midi_in", *, callback: Callable[[MIDIEventData], Any] | None = None,
                 connect: Sequence[str] = (), client_name: str = "coremusic-midi-in",
                 server: str | None = None, byte_capacity: int = 65536,
                 event_capacity: int = 4096) -> None:
        super().__init__(name, client_name=client_name, server=server,
                         byte_capacity=byte_capacity, event_capacity=event_capacity)
        self._rfd, self._wfd = os.pipe()
        os.set_blocking(self._rfd, False)
        os.set_blocking(self._wfd, False)
        self._signalled = False
        self.callback_errors: list[BaseException] = []
        self._callback = callback
        self._dispatcher: threading.Thread | None = None
        self._install()
        self._start(connect)
        if callback is not None:
            self._dispatcher = threading.Thread(target=self._dispatch, name="coremusic-midi-in",
                                                daemon=True)
            self._dispatcher.start()

    def _install(self) -> None:
        lib = self._client._lib
        get_buffer = lib.jack_port_get_buffer
        event_count = lib.jack_midi_get_event_count
        event_get = lib.jack_midi_event_get
        cycle_times = lib.jack_get_cycle_times
        client_ptr = self._client.pointer
        port_ptr = self._port.pointer
        event = ffi.new("jack_midi_event_t *")
        c_frames = ffi.new("jack_nframes_t *")
        c_now = ffi.new("jack_time_t *")
        c_next = ffi.new("jack_time_t *")
        c_period = ffi.new("float *")
        for keep in (event, c_frames, c_now, c_next, c_period):
            self._client.keep_alive(keep)
        ring = self._ring
        wfd = self._wfd
        write = os.write
        wake = b"\x00"
        me = self

        def process(frames: int) -> None:
            buf = get_buffer(port_ptr, frames)
            count = event_count(buf)
            if not count:
                return
            cycle_times(client_ptr, c_frames, c_now, c_next, c_period)
            start = c_frames[0]
            usecs = c_now[0]
            span = c_next[0] - usecs
            for i in range(count):
                if event_get(event, buf, i) == 0:
                    offset = event.time
                    if not ring.push(event.buffer, start + offset, event.size,
                                     usecs + offset * span // frames):
                        me.lost += 1
            if not me._signalled:
                me._signalled = True
                try:
                    write(wfd, wake)
                except BlockingIOError:
                    # the pipe is full: the reader has wake-ups pending already
                    me._signalled = True

        self._client.set_process_callback(process, onerror=self._on_process_error)

    def _on_process_error(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if len(self.callback_errors) < 16 and exc is not None:
            self.callback_errors.append(exc)

    # ------------------------------------------------------------ consumer side
    @staticmethod
    def _convert(item: tuple[bytes, int, int]) -> MIDIEventData:
        data, frame, usecs = item
        return MIDIEventData(data, frame & _U32, usecs / 1e6)

    def poll(self) -> MIDIEventData | None:
        """The next received message, or None at once when there is none."""
        self._check_open()
        self._signalled = False
        _drain_fd(self._rfd)
        item = self._ring.pop_event()
        return None if item is None else self._convert(item)

    def receive(self, timeout: float | None = None) -> MIDIEventData | None:
        """Wait for the next message; None when ``timeout`` seconds pass first."""
        if self._dispatcher is not None:
            raise JackMIDIError("this port delivers input to its callback")
        deadline = None if timeout is None else _time.monotonic() + timeout
        while True:
            event = self.poll()
            if event is not None:
                return event
            remaining = None if deadline is None else deadline - _time.monotonic()
            if remaining is not None and remaining <= 0:
                return None
            select.select([self._rfd], [], [], 0.5 if remaining is None else min(remaining, 0.5))

    def pending(self) -> list[MIDIEventData]:
        """Every message received so far, without waiting."""
        out = []
        while (event := self.poll()) is not None:
            out.append(event)
        return out

    def __iter__(self) -> Iterator[MIDIEventData]:
        """Block for messages until the port is closed."""
        while not self._closed:
            event = self.receive(timeout=0.5)
            if event is not None:
                yield event

    def __aiter__(self) -> AsyncIterator[MIDIEventData]:
        return self._aiter()

    async def _aiter(self) -> AsyncIterator[MIDIEventData]:
        if self._dispatcher is not None:
            raise JackMIDIError("this port delivers input to its callback")
        loop = asyncio.get_running_loop()
        while not self._closed:
            event = self.poll()
            if event is not None:
                yield event
                continue
            ready: asyncio.Future[None] = loop.create_future()
            loop.add_reader(self._rfd, _resolve, ready)
            try:
                await asyncio.wait_for(ready, 0.5)
            except TimeoutError:
                continue
            finally:
                loop.remove_reader(self._rfd)

    def _dispatch(self) -> None:
        callback = self._callback
        assert callback is not None
        while not self._closed:
            select.select([self._rfd], [], [], 0.2)
            if self._closed:
                return
            self._signalled = False
            _drain_fd(self._rfd)
            while (item := self._ring.pop_event()) is not None:
                try:
                    callback(self._convert(item))
                except Exception as exc:
                    if len(self.callback_errors) < 16:
                        self.callback_errors.append(exc)

    def close(self) -> None:
        """Stop the dispatcher, close the client, then the pipe (idempotent)."""
        if self._closed:
            return
        super().close()
        if self._dispatcher is not None and self._dispatcher is not threading.current_thread():
            os.write(self._wfd, b"\x00")
            self._dispatcher.join()
        os.close(self._rfd)
        os.close(self._wfd)


class JackMIDIOutput(_MIDIPort):
    """A JACK MIDI output port sending timestamped messages.

    Parameters
    ----------
    name : str
        Port name (``'midi_out'``).
    connect : sequence of str
        MIDI input ports to connect to.
    client_name, server, byte_capacity, event_capacity
        As for :class:`JackMIDIInput`.

    Notes
    -----
    Messages are queued in a ring and written by JACK's process thread into
    the cycle containing their frame, at the exact offset.  Messages whose
    frame has passed go out at the start of the next cycle (counted in
    ``late``).  Frames must not decrease from one message to the next
    (except right after :meth:`cancel`, which recalls queued messages from a
    frame on: stop a sequence at once although it is queued far ahead).

    Example
    -------
    >>> # with JackMIDIOutput("out", connect=["fluidsynth:midi_00"]) as out:
    >>> #     out.send(b"\\x90\\x3c\\x64")
    >>> #     out.send([0x80, 60, 0], frame=out.frame_time() + 24000)
    """

    _direction = "output"

    def __init__(self, name: str = "midi_out", *, connect: Sequence[str] = (),
                 client_name: str = "coremusic-midi-out", server: str | None = None,
                 byte_capacity: int = 65536, event_capacity: int = 4096) -> None:
        super().__init__(name, client_name=client_name, server=server,
                         byte_capacity=byte_capacity, event_capacity=event_capacity)
        self._send_lock = threading.Lock()
        self._last_frame: int | None = None
        # pending cancel requests: (push count at the call, first cancelled frame), oldest first;
        # replaced as a whole (one attribute store), read by the process thread
        self._cancels: tuple[tuple[int, int], ...] = ()
        self._cancel_expected = 0
        self.late = 0
        self.cancelled = 0
        self.process_errors: list[BaseException] = []
        self._install()
        self._start(connect)

    def _install(self) -> None:
        lib = self._client._lib
        get_buffer = lib.jack_port_get_buffer
        clear = lib.jack_midi_clear_buffer
        reserve = lib.jack_midi_event_reserve
        last_frame_time = lib.jack_last_frame_time
        client_ptr = self._client.pointer
        port_ptr = self._port.pointer
        ring = self._ring
        null = ffi.NULL
        me = self

        def cancelled(frame: int | None, position: int, requests: tuple[tuple[int, int], ...]) -> bool:
            if frame is None:
                return False
            for until, first in requests:
                if position < until and ((frame - first) & _U32) < 0x80000000:
                    return True
            return False

        def process(frames: int) -> None:
            buf = get_buffer(port_ptr, frames)
            clear(buf)
            if not ring.events_available:
                return
            start = last_frame_time(client_ptr)
            floor = 0
            requests = me._cancels
            while ring.events_available:
                frame = ring.peek_frame()
                if (requests and frame != _ASAP and ring.events_popped < requests[-1][0]
                        and cancelled(frame, ring.events_popped, requests)):
                    ring.drop()
                    me.cancelled += 1
                    continue
                if frame == _ASAP:
                    offset = floor
                else:
                    delta = ((frame - start + 0x80000000) & _U32) - 0x80000000
                    if delta >= frames:
                        break
                    if delta < floor:
                        if delta < 0:
                            me.late += 1
                        delta = floor
                    offset = delta
                ptr = reserve(buf, offset, ring.peek_size())
                if ptr == null:
                    break  # the port buffer is full: the rest goes out next cycle
                ring.pop_into(ptr)
                floor = offset

        self._client.set_process_callback(process, onerror=self._on_process_error)

    def _on_process_error(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if len(self.process_errors) < 16 and exc is not None:
            self.process_errors.append(exc)

    def send(self, message: Any, *, frame: int | None = None, time: float | None = None) -> None:
        """Queue one message.

        Parameters
        ----------
        message : bytes, list of int, or an object with ``bytes()``
            A complete MIDI message.
        frame : int, optional
            Absolute JACK frame time at which it plays (see :meth:`frame_time`).
        time : float, optional
            Or: seconds on JACK's clock (:meth:`jack_time`).  Neither: the
            next cycle, at its start.

        Raises
        ------
        JackMIDIError
            The queue is full (the receiver is not keeping up) or the port is closed.
        """
        self._check_open()
        data = to_midi_bytes(message)
        if frame is not None and time is not None:
            raise ValueError("give frame or time, not both")
        if time is not None:
            frame = self._client.time_to_frames(int(time * 1e6))
        stamp = _ASAP if frame is None else int(frame) & _U32
        with self._send_lock:
            if stamp != _ASAP and self._last_frame is not None:
                back = ((self._last_frame - stamp + 0x80000000) & _U32) - 0x80000000
                if back > 0:
                    raise ValueError(f"MIDI frames must not decrease: {stamp} after {self._last_frame}")
            if not self._ring.push(data, stamp):
                raise JackMIDIError(
                    f"the MIDI output queue is full ({self._ring.event_capacity} messages / "
                    f"{self._ring.byte_capacity} bytes); send less at once or use larger capacities")
            if stamp != _ASAP:
                self._last_frame = stamp

    def cancel(self, from_frame: int) -> int:
        """Recall every message queued so far whose frame is at or after ``from_frame``.

        Messages sent after this call are kept, whatever their frame: a
        player stopping at ``from_frame`` cancels what it queued ahead, then
        sends its note-offs at ``from_frame``.  The next frame sent may
        therefore be lower than frames sent before the call (down to the
        last frame kept).  Messages sent without a frame (as soon as
        possible) are never cancelled.

        Only JACK's process thread takes messages out of the queue, so this
        records a request that the thread honours as the messages reach the
        head of the queue (dropping them without writing them; they count
        in :attr:`cancelled`).  Give a ``from_frame`` at least one period
        after :meth:`frame_time`: a message of the cycle being written when
        the call comes is written already.

        Parameters
        ----------
        from_frame : int
            Absolute JACK frame time (wraps at 2**32 like every stamp).

        Returns
        -------
        int
            How many queued messages the request covers: those messages do
            not play, unless their cycle was being written during the call.

        Example
        -------
        >>> # out.send(b"\\x90\\x3c\\x64", frame=out.frame_time() + 96000)
        >>> # out.cancel(out.frame_time() + 2 * out.client.buffer_size)   # -> 1: it never plays
        """
        self._check_open()
        if isinstance(from_frame, bool) or not isinstance(from_frame, int):
            raise TypeError(f"from_frame must be an int frame time, got {type(from_frame).__name__}")
        first = from_frame & _U32
        ring = self._ring
        with self._send_lock:
            until = ring.events_pushed
            popped = ring.events_popped
            pending = tuple(r for r in self._cancels if r[0] > popped)
            self._cancels = (*pending, (until, first))
            count = 0
            last: int | None = None
            for position in range(popped, until):
                frame = ring.frame_at(position)
                if frame == _ASAP:
                    continue
                if any(position < u and ((frame - f) & _U32) < 0x80000000
                       for u, f in self._cancels):
                    count += 1
                else:
                    last = frame
            self._last_frame = last
            self._cancel_expected = self.cancelled + count
            return count

    @property
    def last_frame(self) -> int | None:
        """The highest frame queued (None before any): the next frame sent must not be lower."""
        return self._last_frame

    @property
    def cancelling(self) -> int:
        """Messages still in the queue that a :meth:`cancel` recalled (dropped within a cycle or two)."""
        requests = self._cancels
        if not requests or self._ring.events_popped >= requests[-1][0]:
            return 0
        return max(0, self._cancel_expected - self.cancelled)

    @property
    def queued(self) -> int:
        """Messages waiting for their cycle (not counting those :meth:`cancel` recalled)."""
        return max(0, self._ring.events_available - self.cancelling)
