"""The JACK half of coremusic's portable audio streams.

:class:`JackStreamBackend` owns one JACK client with ``input_channels`` audio
input ports and ``output_channels`` audio output ports.  Its process trampoline
stores the cycle's port buffers into the engine's pointer lists and hands the
cycle to the backend-agnostic :class:`~coremusic.realtime.CallbackEngine`; the
trampoline's closure holds only cdata pointers and the engine, never the
client object.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from coremusic._ffi import ffi
from coremusic.backends.jack.client import JackClient, JackPort
from coremusic.backends.jack.errors import JackError
from coremusic.exceptions import AudioDeviceError
from coremusic.realtime.engine import CallbackEngine, is_c_function
from coremusic.realtime.stats import CallbackTimer

__all__ = ["JackStreamBackend"]


class JackStreamBackend:
    """One JACK client carrying one portable stream.

    Parameters
    ----------
    name : str
        JACK client name.
    input_channels, output_channels : int
        Audio ports to register (``in_1`` ... / ``out_1`` ...).
    server : str, optional
        JACK server name (default: ``JACK_DEFAULT_SERVER`` or 'default').

    Example
    -------
    >>> # backend = JackStreamBackend("player", 0, 2)
    >>> # backend.sample_rate, backend.buffer_size
    """

    name = "jack"

    def __init__(self, name: str, input_channels: int, output_channels: int, *,
                 server: str | None = None) -> None:
        self.client = JackClient(name, server=server)
        try:
            self.input_ports: list[JackPort] = [
                self.client.register_port(f"in_{i + 1}", "audio", "input")
                for i in range(input_channels)]
            self.output_ports: list[JackPort] = [
                self.client.register_port(f"out_{i + 1}", "audio", "output")
                for i in range(output_channels)]
        except BaseException:
            self.client.close()
            raise
        self.engine: CallbackEngine | None = None
        self._raw_arg: Any = None

    # ----------------------------------------------------------- facts
    @property
    def sample_rate(self) -> int:
        """The server's rate in Hz."""
        return self.client.sample_rate

    @property
    def buffer_size(self) -> int:
        """The server's period in frames."""
        return self.client.buffer_size

    def frames_to_seconds(self, frame: int) -> float:
        """Seconds on JACK's microsecond clock at frame time ``frame``."""
        return self.client.frames_to_time(frame) / 1e6

    def latency_frames(self, direction: str) -> int:
        """The largest latency range end of our ports in one direction.

        ``'output'``: playback latency of our output ports (what JACK computed
        from what they are connected to); ``'input'``: capture latency of our
        input ports.
        """
        if direction == "output":
            ranges = [p.latency_range("playback")[1] for p in self.output_ports]
        else:
            ranges = [p.latency_range("capture")[1] for p in self.input_ports]
        return max(ranges, default=0)

    @property
    def cpu_load(self) -> float:
        """The server's DSP load in percent."""
        return self.client.cpu_load

    @property
    def shutdown_reason(self) -> str | None:
        """Why the server shut our client down (None while it runs)."""
        return self.client.shutdown_reason

    def check_sample_rate(self, requested: float | None) -> None:
        """Refuse a requested rate other than the server's (JACK clients cannot change it)."""
        rate = self.sample_rate
        if requested is not None and float(requested) != float(rate):
            raise AudioDeviceError(
                f"the audio server runs at {rate} Hz but the stream asked for {requested} Hz; "
                f"a JACK client cannot change the server's rate: resample the audio or restart "
                f"the server at {requested} Hz", obj=self.client.server)

    def resolve_targets(self, device: Any, direction: Literal["input", "output"],
                        channels: int) -> list[str]:
        """The port names our ``direction`` ports connect to for ``device`` (see
        :func:`~coremusic.audio.devices.resolve_ports`)."""
        from coremusic.audio.devices import resolve_ports

        return resolve_ports(device, direction, channels, self.client)

    def connect_ports(self, ours: str, theirs: str, direction: str) -> None:
        """Connect our port ``ours`` to ``theirs`` (``'output'``) or ``theirs`` to ours."""
        if direction == "output":
            self.client.connect(ours, theirs)
        else:
            self.client.connect(theirs, ours)

    # ----------------------------------------------------------- wiring
    def attach(self, engine: CallbackEngine) -> None:
        """Route the process callback to ``engine`` (before :meth:`start`)."""
        lib = self.client._lib
        get_buffer = lib.jack_port_get_buffer
        last_frame_time = lib.jack_last_frame_time
        client_ptr = self.client.pointer
        in_ports = [p.pointer for p in self.input_ports]
        out_ports = [p.pointer for p in self.output_ports]
        in_ptrs = engine.input_pointers
        out_ptrs = engine.output_pointers
        n_in = len(in_ports)
        n_out = len(out_ports)
        process = engine.process
        now = CallbackTimer.now

        def on_process(frames: int) -> None:
            started = now()
            for i in range(n_in):
                in_ptrs[i] = get_buffer(in_ports[i], frames)
            for i in range(n_out):
                out_ptrs[i] = get_buffer(out_ports[i], frames)
            process(frames, last_frame_time(client_ptr), started)

        def silence(frames: int) -> None:
            for i in range(n_out):
                ffi.memmove(get_buffer(out_ports[i], frames), bytes(4 * frames), 4 * frames)

        self.client.set_process_callback(on_process, onerror=engine.onerror, on_stop=silence)
        self.client.add_listener("xrun", lambda: engine.note_backend_xrun())
        self.client.add_listener("buffer_size", lambda frames: engine.configure(frames))
        self.engine = engine

    def attach_c_callback(self, function: Any, user_data: Any = ffi.NULL) -> Any:
        """Register a raw C process function ``int f(jack_nframes_t, void *arg)``.

        ``arg`` points to a ``coremusic_jack_ports`` struct: the client, the
        input and output port arrays, and ``user_data``.  Returns that struct.
        """
        if not is_c_function(function):
            raise TypeError(f"expected a C function pointer, got {type(function).__name__}")
        n_in, n_out = len(self.input_ports), len(self.output_ports)
        inputs = ffi.new("jack_port_t *[]", [p.pointer for p in self.input_ports] or [ffi.NULL])
        outputs = ffi.new("jack_port_t *[]", [p.pointer for p in self.output_ports] or [ffi.NULL])
        arg = ffi.new("coremusic_jack_ports *", {
            "client": self.client.pointer, "n_inputs": n_in, "n_outputs": n_out,
            "inputs": inputs, "outputs": outputs, "user_data": user_data})
        self.client.keep_alive(inputs)
        self.client.keep_alive(outputs)
        self.client.keep_alive(user_data)
        self.client.set_process_callback(function, arg=arg)
        self._raw_arg = arg
        return arg

    def start(self, connect_outputs: Sequence[str] = (), connect_inputs: Sequence[str] = ()) -> None:
        """Activate and connect our ports to the given port names (in channel order)."""
        engine = self.engine
        if engine is not None:
            engine.configure(self.client.buffer_size)
            # JACK connects only active clients: hold the rings until the
            # connections exist, so no sample goes to an unconnected port
            engine.holding = bool(connect_outputs or connect_inputs)
        try:
            self.client.activate()
            for port, target in zip(self.output_ports, connect_outputs, strict=False):
                self.client.connect(port.name, target)
            for port, source in zip(self.input_ports, connect_inputs, strict=False):
                self.client.connect(source, port.name)
        finally:
            if engine is not None:
                engine.holding = False

    def stop(self) -> None:
        """Deactivate (connections are dropped by JACK)."""
        self.client.deactivate()

    @property
    def active(self) -> bool:
        """Whether the client is processing."""
        return self.client.active

    def close(self) -> None:
        """Deactivate and close the client (idempotent)."""
        self.client.close()

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self.client.closed

    def port_names(self, direction: str) -> list[str]:
        """Full names of our ``'input'`` or ``'output'`` ports."""
        ports = self.input_ports if direction == "input" else self.output_ports
        if self.client.closed:
            raise JackError("the stream is closed")
        return [p.name for p in ports]

    def __repr__(self) -> str:
        return (f"JackStreamBackend({self.client!r}, in={len(self.input_ports)}, "
                f"out={len(self.output_ports)})")
