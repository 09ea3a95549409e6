"""The AUHAL output unit (``auou``/``ahal``/``appl``) on the AudioToolbox double.

``HALOutputModel(au_model, hal_model)`` adds Apple's HAL output unit to an
:class:`tests.doubles.audiounit.AUModel` and binds it to the devices of a
:class:`tests.doubles.coreaudio_devices.DeviceGraphModel`.  It re-implements,
for HAL instances only, what the output unit does beyond a plain AudioUnit
(other instances are delegated to AUModel's implementations):

- ``kAudioOutputUnitProperty_EnableIO`` per element (output on, input off by
  default; refused once initialized), ``kAudioOutputUnitProperty_CurrentDevice``
  (an id the device graph does not know is refused), and
  ``kAudioOutputUnitProperty_SetInputCallback``;
- client stream formats validated against the device: linear PCM, at the
  device's nominal rate, no more channels than the device has in that direction;
- ``AudioUnitRender`` on element 1 (input) fills the caller's buffers with the
  "recorded" signal ``channel + (sample_time + i) / 65536``;
- :meth:`cycle` is one I/O cycle as CoreAudio's I/O thread runs it: the input
  callback (with a NULL buffer list, as AUHAL passes), then the render callback
  with buffer lists the model owns; it returns what was "played".
  :meth:`run_io` runs cycles on a background thread while the unit runs.

The error codes and the recorded signal are chosen here: it proves that
coremusic's AUHAL backend marshals, allocates and drives the realtime engine
correctly, not what Apple's AUHAL does.
"""

from __future__ import annotations

import struct
import threading
from dataclasses import dataclass, field
from typing import Any

from coremusic._ffi import ffi
from tests.doubles.audiounit import (
    FORMAT_NOT_SUPPORTED,
    GLOBAL,
    INITIALIZED,
    INPUT,
    INVALID_PROPERTY_VALUE,
    OUTPUT,
    UNINITIALIZED,
    AUModel,
    Component,
    Instance,
    fourcc,
    stereo_float_format,
)
from tests.doubles.coreaudio_devices import DeviceGraphModel

HAL_COMPONENT = 0xC0_0500
CURRENT_DEVICE, ENABLE_IO, SET_INPUT_CALLBACK, SET_RENDER_CALLBACK = 2000, 2003, 2005, 23
NO_INPUT = -10876  # kAudioUnitErr_NoConnection: input not enabled
TOO_MANY_FRAMES = -10874


def recorded_sample(channel: int, sample_time: int) -> float:
    """What the model's "microphone" records on ``channel`` at ``sample_time``."""
    return float(channel) + (sample_time % 65536) / 65536.0


@dataclass
class HALState:
    """What the model knows about one HAL instance beyond AUModel's Instance."""

    device: int = 0
    input_enabled: bool = False
    output_enabled: bool = True
    input_proc: Any = None
    input_refcon: Any = None
    sample_time: int = 0
    renders: int = 0
    played: list[list[list[float]]] = field(default_factory=list)
    io_thread: threading.Thread | None = None
    io_stop: threading.Event = field(default_factory=threading.Event)
    io_statuses: list[int] = field(default_factory=list)


class HALOutputModel:
    """The HAL output unit on an AUModel, bound to a DeviceGraphModel's devices."""

    def __init__(self, au: AUModel, hal: DeviceGraphModel) -> None:
        self.au = au
        self.hal = hal
        self.units: dict[int, HALState] = {}
        self.disposed: dict[int, HALState] = {}  # what disposed units played, for tests
        self.auto_io: int | None = None  # frames per cycle of an I/O thread started with the unit
        self.render_status = 0  # what AudioUnitRender on element 1 returns when non-zero
        self.refuse_formats = False  # refuse every client stream format (FormatNotSupported)
        au.components[HAL_COMPONENT] = Component(
            (fourcc("auou"), fourcc("ahal"), fourcc("appl")), "Apple: AUHAL", 0x10000, {})
        self._install()

    # -- helpers ---------------------------------------------------------------
    def state(self, unit: int) -> HALState:
        return self.units[unit]

    def instance(self, unit: int) -> Instance:
        return self.au.instances[unit]

    def device_spec(self, device: int) -> Any:
        return next((s for s in self.hal._specs if s.device_id == device), None)

    def _is_hal(self, unit: Any) -> int:
        key = self.au.addr(unit)
        return key if key in self.units else 0

    def client_channels(self, unit: int, scope: int, element: int) -> int:
        return int(struct.unpack_from("=I", self.instance(unit).formats[(scope, element)], 28)[0])

    # -- the functions ---------------------------------------------------------
    def _install(self) -> None:
        au = self.au
        impls = au.py_impls
        imp = au.double.implement
        model = self

        def hal_or(name: str, fn: Any) -> None:
            base = impls[name]

            def wrapper(*args: Any) -> Any:
                if name in au.fail:
                    return au.fail[name]
                return fn(base, *args)
            imp(name, wrapper)

        def new(base: Any, comp: Any, out: Any) -> int:
            status = int(base(comp, out))
            if status == 0 and au.addr(comp) == HAL_COMPONENT:
                key = au.addr(out[0])
                inst = au.instances[key]
                inst.formats[(INPUT, 1)] = stereo_float_format()
                inst.formats[(OUTPUT, 1)] = stereo_float_format()
                model.units[key] = HALState()
            return status

        def dispose(base: Any, unit: Any) -> int:
            key = self._is_hal(unit)
            if key:
                model.stop_io(key)
                model.disposed[key] = model.units.pop(key)
            return int(base(unit))

        def set_prop(base: Any, unit: Any, pid: int, scope: int, element: int, data: Any,
                     size: int) -> int:
            key = self._is_hal(unit)
            if not key:
                return int(base(unit, pid, scope, element, data, size))
            st, inst = model.units[key], au.instances[key]
            if pid == ENABLE_IO:
                if inst.initialized:
                    return INITIALIZED
                value = bool(struct.unpack("=I", bytes(ffi.buffer(data, 4)))[0])
                if (scope, element) == (INPUT, 1):
                    st.input_enabled = value
                elif (scope, element) == (OUTPUT, 0):
                    st.output_enabled = value
                else:
                    return -10877  # kAudioUnitErr_InvalidElement
                return 0
            if pid == CURRENT_DEVICE:
                device = struct.unpack("=I", bytes(ffi.buffer(data, 4)))[0]
                if model.device_spec(device) is None:
                    return INVALID_PROPERTY_VALUE
                st.device = device
                return 0
            if pid == SET_INPUT_CALLBACK:
                cb = ffi.cast("AURenderCallbackStruct *", data)
                st.input_proc = None if cb.inputProc == ffi.NULL else cb.inputProc
                st.input_refcon = cb.inputProcRefCon
                return 0
            if pid == 8 and (scope, element) in ((INPUT, 0), (OUTPUT, 1)):
                raw = bytes(ffi.buffer(data, 40))
                rate, fmt_id = struct.unpack_from("=dI", raw, 0)
                channels = struct.unpack_from("=I", raw, 28)[0]
                spec = model.device_spec(st.device)
                if model.refuse_formats:
                    return FORMAT_NOT_SUPPORTED
                if spec is not None:
                    have = sum(spec.outputs if element == 0 else spec.inputs)
                    if fmt_id == fourcc("lpcm") and (rate != spec.rate or channels > have):
                        return FORMAT_NOT_SUPPORTED
            return int(base(unit, pid, scope, element, data, size))

        def render(base: Any, unit: Any, flags: Any, ts: Any, bus: int, frames: int, abl: Any) -> int:
            key = self._is_hal(unit)
            if not key:
                return int(base(unit, flags, ts, bus, frames, abl))
            st, inst = model.units[key], au.instances[key]
            if bus != 1 or not st.input_enabled:
                return NO_INPUT
            if not inst.initialized:
                return UNINITIALIZED
            if frames > struct.unpack("=I", inst.props[(14, GLOBAL, 0)])[0]:
                return TOO_MANY_FRAMES
            st.renders += 1
            if model.render_status:
                return model.render_status
            start = int(ts.mSampleTime)
            for ch, buf in enumerate(au.buffers(abl)):
                if int(buf.mDataByteSize) < 4 * frames or buf.mData == ffi.NULL:
                    return -50
                f = au.floats(buf)
                for i in range(frames):
                    f[i] = recorded_sample(ch, start + i)
            return 0

        def stop(base: Any, unit: Any) -> int:
            key = self._is_hal(unit)
            status = int(base(unit))
            if key:
                model.stop_io(key)
            return status

        hal_or("AudioComponentInstanceNew", new)
        hal_or("AudioComponentInstanceDispose", dispose)
        hal_or("AudioUnitSetProperty", set_prop)
        hal_or("AudioUnitRender", render)
        def start(base: Any, unit: Any) -> int:
            key = self._is_hal(unit)
            status = int(base(unit))
            if key and status == 0 and model.auto_io and model.units[key].io_thread is None:
                model.run_io(key, model.auto_io)
            return status

        hal_or("AudioOutputUnitStart", start)
        hal_or("AudioOutputUnitStop", stop)

    # -- driving the unit, as CoreAudio's I/O thread would ------------------------
    def cycle(self, unit: int, frames: int) -> list[list[float]] | None:
        """One I/O cycle of a running unit: input callback, then render callback.

        Returns what the render callback wrote, per channel (None when the unit
        is not running or has no output).
        """
        st, inst = self.units[unit], self.au.instances[unit]
        if not inst.running:
            return None
        ts = ffi.new("AudioTimeStamp *", {"mSampleTime": float(st.sample_time),
                                          "mHostTime": st.sample_time * 1000, "mRateScalar": 1.0,
                                          "mFlags": 7})
        flags = ffi.new("AudioUnitRenderActionFlags *")
        if st.input_enabled and st.input_proc is not None:
            status = st.input_proc(st.input_refcon, flags, ts, 1, frames, ffi.NULL)
            st.io_statuses.append(int(status))
        played = None
        if st.output_enabled and inst.input_proc is not None:
            n = self.client_channels(unit, INPUT, 0)
            size = ffi.offsetof("AudioBufferList", "mBuffers") + n * ffi.sizeof("AudioBuffer")
            raw = ffi.new("char[]", size)
            abl = ffi.cast("AudioBufferList *", raw)
            abl.mNumberBuffers = n
            store = [ffi.new("Float32[]", [-9.0] * max(frames, 1)) for _ in range(n)]
            for b, s in zip(self.au.buffers(abl), store, strict=True):
                b.mNumberChannels, b.mDataByteSize, b.mData = 1, frames * 4, s
            flags[0] = 0
            status = inst.input_proc(inst.input_refcon, flags, ts, 0, frames, abl)
            st.io_statuses.append(int(status))
            played = [[float(s[i]) for i in range(frames)] for s in store]
            st.played.append(played)
        st.sample_time += frames
        return played

    def run_io(self, unit: int, frames: int, period: float = 0.001) -> None:
        """Run :meth:`cycle` on a background thread until the unit stops or is disposed."""
        st = self.units[unit]
        st.io_stop.clear()

        def loop() -> None:
            while not st.io_stop.is_set() and self.au.instances.get(unit) is not None:
                if self.au.instances[unit].running:
                    self.cycle(unit, frames)
                st.io_stop.wait(period)

        st.io_thread = threading.Thread(target=loop, name="auhal-io", daemon=True)
        st.io_thread.start()

    def stop_io(self, unit: int) -> None:
        st = self.units.get(unit)
        if st is None or st.io_thread is None:
            return
        st.io_stop.set()
        if st.io_thread is not threading.current_thread():
            st.io_thread.join()
        st.io_thread = None

    def played_frames(self, unit: int) -> int:
        return sum(len(block[0]) for block in self.units[unit].played if block)
