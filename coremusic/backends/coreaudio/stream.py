"""The macOS half of coremusic's portable streams: the AUHAL output unit.

:class:`AUHALStreamBackend` owns one ``kAudioUnitSubType_HALOutput`` unit
bound to one HAL device (``kAudioOutputUnitProperty_CurrentDevice``).  Its
client formats are float32, non-interleaved, at the device's nominal rate:
``(input scope, element 0)`` for what we play and ``(output scope, element 1)``
for what we record.  ``kAudioOutputUnitProperty_EnableIO`` turns the input
element on for input and duplex streams.

Per I/O cycle AudioToolbox calls two C trampolines made here:

- the **input callback** (``kAudioOutputUnitProperty_SetInputCallback``) pulls
  the recorded frames with ``AudioUnitRender`` on element 1 into an
  ``AudioBufferList`` preallocated for the unit's maximum slice;
- the **render callback** (``kAudioUnitProperty_SetRenderCallback``) receives
  the buffers to fill.

Both store the cycle's buffer pointers into the engine's pointer lists and hand
the cycle to the backend-agnostic :class:`~coremusic.realtime.CallbackEngine`
(the same one the JACK backend drives), so the statistics are the same:
callbacks, xruns, errors and time in the callback.  The frame time handed to
the engine is the timestamp's ``mSampleTime`` (modulo 2**32).

This module is statically verified only (ABI conformance of every declaration
it uses, and contract tests through the cffi-typed framework doubles); nothing
here has been run against Apple's frameworks.
"""

from __future__ import annotations

import struct
import threading
from collections.abc import Sequence
from typing import Any, Literal

from coremusic._ffi import ffi, lib
from coremusic.audio.au_component import require_audiotoolbox
from coremusic.capi import audiocomponent, audiounit, audiounit_props
from coremusic.exceptions import AudioDeviceError, CoreAudioError, PlatformNotSupportedError
from coremusic.formats import AudioFormat
from coremusic.realtime.engine import CallbackEngine, is_c_function
from coremusic.realtime.stats import CallbackTimer
from coremusic.structs import AudioBufferList, AudioComponentDescription

__all__ = ["HAL_OUTPUT_DESCRIPTION", "AUHALStreamBackend", "InputErrors", "find_hal_device"]

# AudioUnit property IDs (AudioUnitProperties.h)
_STREAM_FORMAT = 8
_LATENCY = 12
_MAX_FRAMES = 14
_CURRENT_DEVICE = 2000
_ENABLE_IO = 2003
_SET_INPUT_CALLBACK = 2005
_GLOBAL, _INPUT, _OUTPUT = 0, 1, 2
_OUTPUT_ELEMENT, _INPUT_ELEMENT = 0, 1

HAL_OUTPUT_DESCRIPTION = AudioComponentDescription("auou", "ahal", "appl")
"""``kAudioUnitType_Output`` / ``kAudioUnitSubType_HALOutput`` / Apple."""


def _u32(value: int) -> bytes:
    return struct.pack("=I", value)


def _device_error(exc: CoreAudioError, step: str, device: str) -> AudioDeviceError:
    """An :class:`AudioDeviceError` for ``step`` keeping the OSStatus of ``exc``."""
    return AudioDeviceError(
        f"AUHAL stream on {device}: {step} failed: {exc.message}", exc.status,
        operation=exc.operation, obj=device, name=exc.name, suggestion=exc.suggestion)


def find_hal_device(device: Any, direction: Literal["input", "output"], channels: int) -> Any:
    """The HAL :class:`~coremusic.audio.hal_device.AudioDevice` a stream uses.

    ``device`` is None (the default device of ``direction``), a HAL
    ``AudioDevice``, a device id, a UID or an exact name, or any object with a
    ``uid`` attribute (a portable device description).  The device must have
    at least ``channels`` channels in ``direction``.

    Raises
    ------
    AudioDeviceError
        No such device, no default device, or too few channels.

    Example
    -------
    >>> find_hal_device(None, "output", 2)          # doctest: +SKIP
    <AudioDevice 73 'MacBook Pro Speakers'>
    """
    from coremusic.audio.hal_device import AudioDevice
    from coremusic.audio.hal_devices import AudioDeviceManager

    if device is None:
        found = (AudioDeviceManager.get_default_output_device() if direction == "output"
                 else AudioDeviceManager.get_default_input_device())
        if found is None:
            raise AudioDeviceError(f"there is no default {direction} device; pass device=")
        chosen = found
    elif isinstance(device, AudioDevice):
        chosen = device
    elif isinstance(device, int | str) and not isinstance(device, bool):
        chosen = AudioDeviceManager.find_device(device)
    elif isinstance(getattr(device, "uid", None), str):
        chosen = AudioDeviceManager.find_device_by_uid(device.uid)
    else:
        raise TypeError(f"device must be an AudioDevice, a device id, a UID or a name, "
                        f"got {type(device).__name__}")
    have = chosen.channel_count(direction)
    if have < channels:
        raise AudioDeviceError(
            f"{chosen.name!r} has {have} {direction} channel(s); the stream needs {channels}",
            obj=chosen.name)
    return chosen


class InputErrors:
    """What went wrong in the input callback: failed ``AudioUnitRender`` calls
    (or cycles larger than the preallocated buffers) and the last OSStatus.

    Example
    -------
    >>> InputErrors()
    InputErrors(count=0, status=0)
    """

    __slots__ = ("count", "status")

    def __init__(self) -> None:
        self.count = 0
        self.status = 0

    def __repr__(self) -> str:
        return f"InputErrors(count={self.count}, status={self.status})"


class AUHALStreamBackend:
    """One AUHAL output unit carrying one portable stream (macOS).

    Parameters
    ----------
    name : str
        A label for messages and ``repr`` (CoreAudio has no client names).
    input_channels, output_channels : int
        Channels recorded and played (0 for none; not both 0).
    server : str, optional
        Accepted for the JACK backend's signature; must be None here.
    device : optional
        The device (see :func:`find_hal_device`); for a duplex stream one
        device must have both directions (use an aggregate device otherwise).

    Raises
    ------
    PlatformNotSupportedError
        Off macOS.
    AudioDeviceError
        No such device, too few channels, no HAL output unit, or a refused
        property or format (the OSStatus is kept in ``status``).

    Example
    -------
    >>> backend = AUHALStreamBackend("player", 0, 2)            # doctest: +SKIP
    >>> backend.sample_rate, backend.buffer_size                # doctest: +SKIP
    (48000.0, 512)
    """

    name = "coreaudio"

    def __init__(self, name: str, input_channels: int, output_channels: int, *,
                 server: str | None = None, device: Any = None) -> None:
        require_audiotoolbox("AUHALStreamBackend")
        if server is not None:
            raise ValueError(f"the coreaudio backend has no servers (got server={server!r}); "
                             f"choose the device with device=")
        if input_channels < 0 or output_channels < 0 or input_channels + output_channels == 0:
            raise ValueError(f"a stream needs input or output channels (got input={input_channels}, "
                             f"output={output_channels})")
        self.label = name
        self.input_channels = input_channels
        self.output_channels = output_channels
        self.device = find_hal_device(device, "output" if output_channels else "input",
                                      output_channels or input_channels)
        if input_channels and output_channels:
            have = self.device.channel_count("input")
            if have < input_channels:
                raise AudioDeviceError(
                    f"{self.device.name!r} has {have} input channel(s) and a duplex AUHAL stream "
                    f"needs {input_channels} on the same device; make an aggregate device of the "
                    f"input and output devices and pass it as device=", obj=self.device.name)
        self.engine: CallbackEngine | None = None
        self._unit = 0
        self._running = False
        self._closed = False
        self._lock = threading.Lock()
        self._trampolines: list[Any] = []
        self._input_list: AudioBufferList | None = None
        self._rate = 0.0
        self._frames = 0
        self._max_frames = 0
        self.input_errors = InputErrors()
        self._open_unit()

    # ----------------------------------------------------------- setup
    def _step(self, step: str, fn: Any, *args: Any) -> Any:
        try:
            return fn(*args)
        except CoreAudioError as exc:
            if isinstance(exc, PlatformNotSupportedError):
                raise
            raise _device_error(exc, step, repr(self.device.name)) from exc

    def _open_unit(self) -> None:
        component = audiocomponent.audio_component_find_next(0, HAL_OUTPUT_DESCRIPTION)
        if not component:
            raise AudioDeviceError("no HAL output AudioUnit (auou/ahal/appl) is installed",
                                   obj=repr(self.device.name))
        self._unit = self._step("opening the HAL output unit",
                                audiocomponent.audio_component_instance_new, component)
        try:
            self._configure_unit()
        except BaseException:
            audiocomponent.audio_component_instance_dispose(self._unit)
            self._unit = 0
            raise

    def _configure_unit(self) -> None:
        unit = self._unit
        step = self._step
        set_property = audiounit.audio_unit_set_property
        step("enabling input (EnableIO)", set_property, unit, _ENABLE_IO, _INPUT, _INPUT_ELEMENT,
             _u32(1 if self.input_channels else 0))
        step("enabling output (EnableIO)", set_property, unit, _ENABLE_IO, _OUTPUT, _OUTPUT_ELEMENT,
             _u32(1 if self.output_channels else 0))
        step("selecting the device (CurrentDevice)", set_property, unit, _CURRENT_DEVICE, _GLOBAL,
             0, _u32(self.device.device_id))
        self._rate = float(self.device.sample_rate)
        self._frames = int(self.device.buffer_frame_size)
        if self.output_channels:
            fmt = AudioFormat.pcm(self._rate, self.output_channels, 32, True, interleaved=False)
            step(f"setting the output client format ({fmt})",
                 audiounit_props.audio_unit_set_stream_format, unit, _INPUT, _OUTPUT_ELEMENT, fmt)
        if self.input_channels:
            fmt = AudioFormat.pcm(self._rate, self.input_channels, 32, True, interleaved=False)
            step(f"setting the input client format ({fmt})",
                 audiounit_props.audio_unit_set_stream_format, unit, _OUTPUT, _INPUT_ELEMENT, fmt)
        self._max_frames = max(self._frames, int(step(
            "reading MaximumFramesPerSlice", audiounit_props.audio_unit_get_property_uint32,
            unit, _MAX_FRAMES, _GLOBAL, 0)))
        if self.input_channels:
            self._input_list = AudioBufferList.allocate(self.input_channels, self._max_frames)
        step("initializing the unit", audiounit.audio_unit_initialize, unit)

    # ----------------------------------------------------------- facts
    @property
    def unit(self) -> int:
        """The AudioUnit handle (raises once closed)."""
        if not self._unit:
            raise AudioDeviceError(f"the AUHAL stream {self.label!r} is closed")
        return self._unit

    @property
    def sample_rate(self) -> float:
        """The device's nominal rate in Hz when the stream was made (the client formats' rate)."""
        return self._rate

    @property
    def buffer_size(self) -> int:
        """The device's I/O buffer size in frames (``kAudioDevicePropertyBufferFrameSize``)."""
        return self._frames

    @property
    def max_frames(self) -> int:
        """The largest cycle the preallocated input buffers hold (``MaximumFramesPerSlice``)."""
        return self._max_frames

    def frames_to_seconds(self, frame: int) -> float:
        """Seconds of sample time ``frame`` at the stream's rate."""
        return frame / self._rate

    def latency_frames(self, direction: str) -> int:
        """Frames between the callback and the converters: the device's latency in
        ``direction`` (device latency, safety offset, stream latency), one I/O
        buffer, and the unit's own ``kAudioUnitProperty_Latency``."""
        if direction not in ("input", "output"):
            raise ValueError(f"direction must be 'input' or 'output', got {direction!r}")
        unit_seconds = self._step("reading the unit latency",
                                  audiounit_props.audio_unit_get_property_float64,
                                  self.unit, _LATENCY, _GLOBAL, 0)
        device = int(self.device.latency(direction))
        return device + self._frames + round(float(unit_seconds) * self._rate)

    @property
    def cpu_load(self) -> float:
        """Median callback time as a percentage of the buffer's duration (0 before any cycle)."""
        engine = self.engine
        if engine is None or not engine.budget_us:
            return 0.0
        median = engine.stats().callback_median_us
        return float(median) / engine.budget_us * 100.0

    @property
    def shutdown_reason(self) -> str | None:
        """Why the stream cannot run any more (None while its device is alive).

        Reads ``kAudioDevicePropertyDeviceIsAlive`` (the portable streams ask
        from their blocking loops): a device that is gone or no longer alive
        stops ``write()``/``read()``/``drain()`` with an ``AudioDeviceError``.
        """
        if self._closed:
            return None
        name = self.device._name
        try:
            alive = self.device.is_alive
        except AudioDeviceError as exc:
            return f"its device {name!r} disappeared ({exc.message})"
        return None if alive else f"its device {name!r} is no longer alive"

    def check_sample_rate(self, requested: float | None) -> None:
        """Refuse a requested rate other than the device's (AUHAL streams run at the device rate)."""
        if requested is not None and float(requested) != self._rate:
            raise AudioDeviceError(
                f"{self.device.name!r} runs at {self._rate:g} Hz but the stream asked for "
                f"{float(requested):g} Hz; set the device's sample_rate first or resample the audio",
                obj=self.device.name)

    def resolve_targets(self, device: Any, direction: str, channels: int) -> list[str]:
        """AUHAL streams are bound to their device at construction: nothing to connect."""
        return []

    def connect_ports(self, ours: str, theirs: str, direction: str) -> None:
        """Refused: an AUHAL stream has no ports to wire."""
        raise AudioDeviceError(
            f"the coreaudio backend has no ports to connect ({ours!r} -> {theirs!r}); an AUHAL "
            f"stream plays and records on the device chosen with device=")

    def port_names(self, direction: str) -> list[str]:
        """Channel labels ``'<device>:out_1'`` ... / ``'<device>:in_1'`` ... (not connectable)."""
        if self._closed:
            raise AudioDeviceError(f"the AUHAL stream {self.label!r} is closed")
        if direction == "input":
            return [f"{self.device.name}:in_{i + 1}" for i in range(self.input_channels)]
        return [f"{self.device.name}:out_{i + 1}" for i in range(self.output_channels)]

    # ----------------------------------------------------------- wiring
    def attach(self, engine: CallbackEngine) -> None:
        """Install the render and input trampolines driving ``engine`` (before :meth:`start`)."""
        unit_ptr = audiounit.unit_arg(self.unit)
        process = engine.process
        now = CallbackTimer.now
        out_ptrs = engine.output_pointers
        in_ptrs = engine.input_pointers
        n_out = self.output_channels
        n_in = self.input_channels
        duplex = bool(n_in and n_out)
        mask = 0xFFFFFFFF
        if n_out:
            def on_render(refcon: Any, flags: Any, stamp: Any, bus: int, frames: int,
                          data: Any) -> int:
                started = now()
                buffers = ffi.cast("AudioBuffer *", ffi.addressof(data.mBuffers[0]))
                for i in range(n_out):
                    out_ptrs[i] = buffers[i].mData
                process(frames, int(stamp.mSampleTime) & mask, started)
                return 0

            render_cb = ffi.callback("AURenderCallback", on_render, error=0, onerror=engine.onerror)
            self._install("render", render_cb,
                          23, _INPUT, _OUTPUT_ELEMENT)
        if n_in:
            abl = self._input_list
            assert abl is not None
            abl_ptr = abl.pointer
            in_buffers = ffi.cast("AudioBuffer *", ffi.addressof(abl_ptr.mBuffers[0]))
            for i in range(n_in):
                in_ptrs[i] = in_buffers[i].mData
            render = lib.AudioUnitRender
            flags_box = ffi.new("AudioUnitRenderActionFlags *")
            limit = self._max_frames
            errors = self.input_errors
            zeros = bytes(4 * limit)

            def on_input(refcon: Any, flags: Any, stamp: Any, bus: int, frames: int,
                         data: Any) -> int:
                started = now()
                ok = frames <= limit
                status = 0
                if ok:
                    for i in range(n_in):
                        in_buffers[i].mNumberChannels = 1
                        in_buffers[i].mDataByteSize = 4 * frames
                    flags_box[0] = 0
                    status = render(unit_ptr, flags_box, stamp, bus, frames, abl_ptr)
                if status or not ok:
                    errors.count += 1
                    errors.status = int(status)
                    engine.note_backend_xrun()
                    for i in range(n_in):
                        ffi.memmove(in_ptrs[i], zeros, 4 * min(frames, limit))
                if ok:
                    for i in range(n_in):
                        in_ptrs[i] = in_buffers[i].mData
                if not duplex and ok:
                    process(frames, int(stamp.mSampleTime) & mask, started)
                return 0

            input_cb = ffi.callback("AURenderCallback", on_input, error=0,
                                    onerror=self._input_onerror if duplex else engine.onerror)
            self._install("SetInputCallback", input_cb, _SET_INPUT_CALLBACK, _GLOBAL, 0)
        self.engine = engine

    def _input_onerror(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                       tb: object) -> None:
        # duplex input callback: the output buffers of this cycle are not ours yet
        self.input_errors.count += 1
        if self.engine is not None:
            self.engine.errors += 1
            if exc is not None and len(self.engine._kept_errors) < 16:
                self.engine._kept_errors.append(exc)

    def _install(self, what: str, trampoline: Any, property_id: int, scope: int, element: int) -> None:
        box = ffi.new("AURenderCallbackStruct *", {"inputProc": trampoline,
                                                   "inputProcRefCon": ffi.NULL})
        self._trampolines.append(trampoline)
        self._step(f"installing the {what} callback", audiounit.audio_unit_set_property,
                   self.unit, property_id, scope, element, bytes(ffi.buffer(box)))

    def attach_c_callback(self, function: Any, user_data: Any = ffi.NULL) -> Any:
        """Install a raw C ``AURenderCallback`` as the output render callback.

        ``function`` gets ``user_data`` as ``inRefCon`` and the unit's buffers;
        no Python runs on the audio thread.  Input streams need the engine's
        input callback and refuse a raw function.
        """
        if not is_c_function(function):
            raise TypeError(f"expected a C function pointer, got {type(function).__name__}")
        if self.input_channels:
            raise AudioDeviceError("a raw C callback drives output-only AUHAL streams; "
                                   "an input stream needs AudioUnitRender in its input callback")
        trampoline = ffi.cast("AURenderCallback", function)
        box = ffi.new("AURenderCallbackStruct *", {"inputProc": trampoline,
                                                   "inputProcRefCon": user_data})
        self._trampolines.extend((function, user_data))
        self._step("installing the raw render callback", audiounit.audio_unit_set_property,
                   self.unit, 23, _INPUT, _OUTPUT_ELEMENT, bytes(ffi.buffer(box)))
        return box

    # ----------------------------------------------------------- running
    def start(self, connect_outputs: Sequence[str] = (), connect_inputs: Sequence[str] = ()) -> None:
        """``AudioOutputUnitStart`` (the connect arguments must be empty)."""
        if connect_outputs or connect_inputs:
            raise AudioDeviceError("the coreaudio backend has no ports to connect; "
                                   "choose the device with device=")
        with self._lock:
            if self.engine is not None:
                self.engine.configure(self._frames)
            self._step("starting the unit", audiounit.audio_output_unit_start, self.unit)
            self._running = True

    def stop(self) -> None:
        """``AudioOutputUnitStop`` (idempotent)."""
        with self._lock:
            if not self._running or not self._unit:
                return
            self._step("stopping the unit", audiounit.audio_output_unit_stop, self._unit)
            self._running = False

    @property
    def active(self) -> bool:
        """Whether the unit was started and not stopped."""
        return self._running

    def close(self) -> None:
        """Stop, uninitialize and dispose the unit, then drop the trampolines (idempotent).

        The trampolines are released only after ``AudioComponentInstanceDispose``,
        when AudioToolbox can no longer call them.
        """
        if self._closed:
            return
        self._closed = True
        unit, self._unit = self._unit, 0
        if not unit:
            return
        try:
            if self._running:
                self._running = False
                audiounit.audio_output_unit_stop(unit)
            audiounit.audio_unit_uninitialize(unit)
        finally:
            audiocomponent.audio_component_instance_dispose(unit)
            self._trampolines.clear()
            self.engine = None

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._closed

    def __repr__(self) -> str:
        state = "closed" if self._closed else ("running" if self._running else "stopped")
        return (f"AUHALStreamBackend({self.label!r}, device={self.device.name!r}, "
                f"in={self.input_channels}, out={self.output_channels}, {self._rate:g} Hz, "
                f"{self._frames} frames, {state})")
