"""A model of AudioComponent / AudioUnit hosting installed on the AudioToolbox double.

``AUModel(framework_double("AudioToolbox"), cf)`` implements every function of
AudioComponent.h, AUComponent.h, AudioOutputUnit.h, MusicDevice.h and
AudioUnitUtilities.h as typed trampolines over a small table of components
(Apple's AUDelay, AUMatrixReverb, DLSMusicDevice and DefaultOutputUnit, by
their real descriptions) and the instances made from them.  It fills
out-parameters through the cdata pointers coremusic passes, hands out CF
objects made in the CoreFoundation double (so the ``cf`` fixture catches leaks
and over-releases), and calls back every C function pointer it receives the
way AudioToolbox would: render callbacks to pull input, render notifications
around each render, property/parameter/event listeners on changes, the
factory of a registered component on instantiation.

It proves marshalling and ownership, not Apple's behaviour: the DSP (an
effect scales its input by ``1 - mix/200``; a synth writes a DC level per
sounding note), the parameters and the error codes are chosen here.
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from coremusic._ffi import ffi
from tests.doubles.auutilities import install_utilities
from tests.doubles.corefoundation import CFObject, CoreFoundationDouble
from tests.doubles.framework import FrameworkDouble


def fourcc(code: str) -> int:
    return int.from_bytes(code.encode("latin-1"), "big")


# AudioUnit error codes (AudioUnitErrorCode / AudioComponentErrorCode)
INVALID_PROPERTY = -10879
INVALID_PARAMETER = -10878
INVALID_ELEMENT = -10877
NO_CONNECTION = -10876
TOO_MANY_FRAMES = -10874
FORMAT_NOT_SUPPORTED = -10868
UNINITIALIZED = -10867
INVALID_SCOPE = -10866
NOT_WRITABLE = -10865
INITIALIZED = -10849
BAD_INSTANCE = -66749  # kAudioComponentErr_InstanceInvalidated
PARAM_ERR = -50

GLOBAL, INPUT, OUTPUT = 0, 1, 2
READ_WRITE = 0xC0000000
HAS_CF_NAME, CF_NAME_RELEASE = 0x08000000, 0x10
PRE_RENDER, POST_RENDER = 4, 8
CAN_DO = {1, 2, 3, 4, 5, 6, 7, 9, 10, 14, 15, 16, 17, 18, 20}


@dataclass
class Param:
    name: str
    unit: int
    min: float
    max: float
    default: float


@dataclass
class Component:
    desc: tuple[int, int, int]
    name: str
    version: int
    params: dict[int, Param]
    presets: list[tuple[int, str, dict[int, float]]] = field(default_factory=list)
    flags: int = 2  # kAudioComponentFlag_SandboxSafe
    factory: Any = None  # the factory pointer of a registered component
    config: dict[str, Any] = field(default_factory=dict)


@dataclass
class Instance:
    component: int
    params: dict[int, float]
    formats: dict[tuple[int, int], bytes]
    props: dict[tuple[int, int, int], bytes] = field(default_factory=dict)
    initialized: bool = False
    running: bool = False
    input_proc: Any = None
    input_refcon: Any = None
    notifies: list[tuple[Any, Any]] = field(default_factory=list)
    listeners: list[tuple[int, Any, Any]] = field(default_factory=list)
    midi: list[tuple[int, int, int, int]] = field(default_factory=list)
    sysex: list[bytes] = field(default_factory=list)
    event_lists: list[tuple[int, int, list[tuple[int, list[int]]]]] = field(default_factory=list)
    notes: dict[int, tuple[float, float, int]] = field(default_factory=dict)
    scheduled: list[tuple[int, int, int, int, tuple[float, ...]]] = field(default_factory=list)
    resets: list[tuple[int, int]] = field(default_factory=list)
    preset: tuple[int, str] = (-1, "Untitled")
    instruments: list[tuple[str, int]] = field(default_factory=list)
    interface: Any = None


def stereo_float_format(rate: float = 44100.0, channels: int = 2) -> bytes:
    """An ASBD: native float32, packed, non-interleaved."""
    flags = 0x1 | 0x8 | 0x20  # float, packed, non-interleaved
    return struct.pack("=dIIIIIIII", rate, fourcc("lpcm"), flags, 4, 1, 4, channels, 32, 0)


DELAY_PARAMS = {0: Param("Dry/Wet Mix", 3, 0.0, 100.0, 50.0), 1: Param("Delay Time", 4, 0.0, 2.0, 1.0),
                2: Param("Feedback", 3, -99.9, 99.9, 50.0),
                3: Param("Lowpass Cutoff Frequency", 8, 10.0, 22050.0, 15000.0)}
REVERB_PARAMS = {0: Param("Dry/Wet Mix", 3, 0.0, 100.0, 100.0), 1: Param("Small/Large Mix", 3, 0.0, 100.0, 50.0)}
SYNTH_PARAMS = {0: Param("Tuning", 9, -1200.0, 1200.0, 0.0), 1: Param("Volume", 13, -120.0, 40.0, 0.0)}


class AUModel:
    """AudioComponent and AudioUnit, as far as coremusic's tests need them."""

    DELAY, REVERB, SYNTH, OUTPUT_UNIT = 0xC0_0100, 0xC0_0200, 0xC0_0300, 0xC0_0400

    def __init__(self, double: FrameworkDouble, cf: CoreFoundationDouble) -> None:
        self.double = double
        self.cf = cf
        self.components: dict[int, Component] = {
            self.DELAY: Component((fourcc("aufx"), fourcc("dely"), fourcc("appl")), "Apple: AUDelay",
                                  0x10000, DELAY_PARAMS),
            self.REVERB: Component((fourcc("aufx"), fourcc("mrev"), fourcc("appl")), "Apple: AUMatrixReverb",
                                   0x10100, REVERB_PARAMS,
                                   [(0, "Small Room", {0: 30.0, 1: 10.0}), (1, "Large Hall", {0: 80.0, 1: 90.0})]),
            self.SYNTH: Component((fourcc("aumu"), fourcc("dls "), fourcc("appl")), "Apple: DLSMusicDevice",
                                  0x10200, SYNTH_PARAMS),
            self.OUTPUT_UNIT: Component((fourcc("auou"), fourcc("def "), fourcc("appl")),
                                        "Apple: DefaultOutputUnit", 0x10000, {}),
        }
        self.components[self.DELAY].config = {"BusCountWritable": False, "HasCustomView": False}
        self.instances: dict[int, Instance] = {}
        self.fail: dict[str, int] = {}  # function name -> OSStatus to return
        self.listeners: dict[int, dict[str, Any]] = {}  # AUListener refs
        self.extension_lists: dict[str, Any] = {}
        self.validations: list[tuple[int, Any]] = []
        self._next_instance = 0xA0_0000
        self._next_listener = 0xB0_0000
        self._next_component = 0xC1_0000
        self._next_note = 1
        self._keep: list[Any] = []
        self._preset_cache: dict[int, Any] = {}
        self.py_impls: dict[str, Callable[..., Any]] = {}
        self._install()

    # -- helpers ---------------------------------------------------------------
    @staticmethod
    def addr(ptr: Any) -> int:
        return int(ffi.cast("uintptr_t", ptr))

    def inst(self, unit: Any) -> Instance | None:
        return self.instances.get(self.addr(unit))

    def comp_of(self, inst: Instance) -> Component:
        return self.components[inst.component]

    def _matches(self, comp: Component, d: Any) -> bool:
        want = (int(d.componentType), int(d.componentSubType), int(d.componentManufacturer))
        return all(w == 0 or w == have for w, have in zip(want, comp.desc, strict=True))

    def immortal_string(self, text: str) -> int:
        return self.cf._make("string", text, immortal=True)

    def notify_property(self, inst: Instance, unit_addr: int, pid: int, scope: int, element: int) -> None:
        for lpid, proc, refcon in list(inst.listeners):
            if lpid == pid:
                proc(refcon, ffi.cast("AudioUnit", unit_addr), pid, scope, element)

    def _gain(self, inst: Instance) -> float:
        if struct.unpack("=I", inst.props.get((21, GLOBAL, 0), b"\0\0\0\0"))[0]:
            return 1.0  # bypassed
        return 1.0 - inst.params.get(0, 0.0) / 200.0

    @staticmethod
    def buffers(abl: Any) -> list[Any]:
        bufs = ffi.cast("AudioBuffer *", ffi.addressof(abl.mBuffers[0]))
        return [bufs[i] for i in range(int(abl.mNumberBuffers))]

    @staticmethod
    def floats(buf: Any) -> Any:
        return ffi.cast("Float32 *", buf.mData)

    def channels(self, inst: Instance, scope: int) -> int:
        return int(struct.unpack_from("=I", inst.formats[(scope, 0)], 28)[0])

    def pull_input(self, inst: Instance, unit_addr: int, flags: Any, ts: Any, frames: int) -> list[list[float]]:
        """Call the input render callback with a buffer list the model owns."""
        n = self.channels(inst, INPUT)
        size = ffi.offsetof("AudioBufferList", "mBuffers") + n * ffi.sizeof("AudioBuffer")
        raw = ffi.new("char[]", size)
        abl = ffi.cast("AudioBufferList *", raw)
        abl.mNumberBuffers = n
        store = [ffi.new("Float32[]", max(frames, 1)) for _ in range(n)]
        for b, s in zip(self.buffers(abl), store, strict=True):
            b.mNumberChannels, b.mDataByteSize, b.mData = 1, frames * 4, s
        status = inst.input_proc(inst.input_refcon, flags, ts, 0, frames, abl)
        if status:
            raise RuntimeError(f"input callback returned {status}")
        return [[float(s[i]) for i in range(frames)] for s in store]

    # -- the functions -----------------------------------------------------------
    def _install(self) -> None:
        imp = self.double.implement
        model = self

        def failing(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
            def deco(fn: Callable[..., Any]) -> Callable[..., Any]:
                def wrapper(*args: Any) -> Any:
                    if name in model.fail:
                        return model.fail[name]
                    return fn(*args)
                imp(name, wrapper)
                model.py_impls[name] = fn  # extensions (tests/doubles/auhal.py) delegate here
                return fn
            return deco

        # ---- AudioComponent.h
        @imp("AudioComponentFindNext")
        def _find(after: Any, d: Any) -> Any:
            keys = sorted(self.components)
            start = 0 if after == ffi.NULL else keys.index(self.addr(after)) + 1
            for key in keys[start:]:
                if self._matches(self.components[key], d):
                    return ffi.cast("AudioComponent", key)
            return ffi.NULL

        imp("AudioComponentCount", lambda d: sum(self._matches(c, d) for c in self.components.values()))

        @failing("AudioComponentCopyName")
        def _name(comp: Any, out: Any) -> int:
            c = self.components.get(self.addr(comp))
            if c is None:
                return BAD_INSTANCE
            out[0] = ffi.cast("CFStringRef", self.cf.make_python(c.name))
            return 0

        @failing("AudioComponentGetDescription")
        def _desc(comp: Any, out: Any) -> int:
            c = self.components.get(self.addr(comp))
            if c is None:
                return BAD_INSTANCE
            out.componentType, out.componentSubType, out.componentManufacturer = c.desc
            out.componentFlags, out.componentFlagsMask = c.flags, 0
            return 0

        @failing("AudioComponentGetVersion")
        def _version(comp: Any, out: Any) -> int:
            c = self.components.get(self.addr(comp))
            if c is None:
                return BAD_INSTANCE
            out[0] = c.version
            return 0

        @failing("AudioComponentInstanceNew")
        def _new(comp: Any, out: Any) -> int:
            key = self.addr(comp)
            c = self.components.get(key)
            if c is None:
                return BAD_INSTANCE
            self._next_instance += 0x100
            inst = Instance(key, {pid: p.default for pid, p in c.params.items()},
                            {(INPUT, 0): stereo_float_format(), (OUTPUT, 0): stereo_float_format()})
            inst.props[(14, GLOBAL, 0)] = struct.pack("=I", 1156)
            if c.factory is not None:
                d = ffi.new("AudioComponentDescription *", {
                    "componentType": c.desc[0], "componentSubType": c.desc[1],
                    "componentManufacturer": c.desc[2]})
                iface = c.factory(d)
                if iface == ffi.NULL:
                    return -66748  # not permitted: the factory made nothing
                status = iface.Open(ffi.cast("void *", iface), ffi.cast("AudioComponentInstance",
                                                                        self._next_instance))
                if status:
                    return int(status)
                inst.interface = iface
            self.instances[self._next_instance] = inst
            out[0] = ffi.cast("AudioComponentInstance", self._next_instance)
            return 0

        @failing("AudioComponentInstanceDispose")
        def _dispose(unit: Any) -> int:
            inst = self.instances.pop(self.addr(unit), None)
            if inst is None:
                return BAD_INSTANCE
            if inst.interface is not None:
                inst.interface.Close(ffi.cast("void *", inst.interface))
            return 0

        @imp("AudioComponentInstanceGetComponent")
        def _get_comp(unit: Any) -> Any:
            inst = self.inst(unit)
            return ffi.NULL if inst is None else ffi.cast("AudioComponent", inst.component)

        imp("AudioComponentInstanceCanDo", lambda unit, sel: self.inst(unit) is not None and sel in CAN_DO)

        @imp("AudioComponentRegister")
        def _register(d: Any, name: Any, version: int, factory: Any) -> Any:
            if "AudioComponentRegister" in self.fail:
                return ffi.NULL
            self._next_component += 0x100
            self.components[self._next_component] = Component(
                (int(d.componentType), int(d.componentSubType), int(d.componentManufacturer)),
                self.cf.value_of(name), int(version), {}, factory=factory)
            return ffi.cast("AudioComponent", self._next_component)

        @failing("AudioComponentCopyConfigurationInfo")
        def _config(comp: Any, out: Any) -> int:
            c = self.components.get(self.addr(comp))
            if c is None:
                return BAD_INSTANCE
            out[0] = ffi.cast("CFDictionaryRef", self.cf.make_python(c.config))
            return 0

        @failing("AudioComponentValidate")
        def _validate(comp: Any, params: Any, out: Any) -> int:
            self.validations.append((self.addr(comp), None if params == ffi.NULL else self.cf.value_of(params)))
            out[0] = 1  # passed
            return 0

        # ---- AUComponent.h: lifecycle
        @failing("AudioUnitInitialize")
        def _init(unit: Any) -> int:
            inst = self.inst(unit)
            if inst is None:
                return BAD_INSTANCE
            inst.initialized = True
            return 0

        @failing("AudioUnitUninitialize")
        def _uninit(unit: Any) -> int:
            inst = self.inst(unit)
            if inst is None:
                return BAD_INSTANCE
            inst.initialized = False
            return 0

        @failing("AudioUnitReset")
        def _reset(unit: Any, scope: int, element: int) -> int:
            inst = self.inst(unit)
            if inst is None:
                return BAD_INSTANCE
            inst.resets.append((scope, element))
            return 0

        @failing("AudioOutputUnitStart")
        def _start(unit: Any) -> int:
            inst = self.inst(unit)
            if inst is None:
                return BAD_INSTANCE
            if not inst.initialized:
                return UNINITIALIZED
            inst.running = True
            return 0

        @failing("AudioOutputUnitStop")
        def _stop(unit: Any) -> int:
            inst = self.inst(unit)
            if inst is None:
                return BAD_INSTANCE
            inst.running = False
            return 0

        # ---- properties
        def prop_size(inst: Instance, pid: int, scope: int, element: int) -> tuple[int, bool] | int:
            if pid == 8:
                return (40, True) if (scope, element) in inst.formats else INVALID_ELEMENT
            if pid in (0, 24):
                return ffi.sizeof("void *"), pid == 0
            if pid == 3:
                return 4 * len(self.comp_of(inst).params) if scope == GLOBAL else 0, False
            if pid == 4:
                return ffi.sizeof("AudioUnitParameterInfo"), False
            if pid == 36:
                return ffi.sizeof("AUPreset"), True
            if pid == 23:
                return ffi.sizeof("AURenderCallbackStruct"), True
            if (pid, scope, element) in inst.props:
                return len(inst.props[(pid, scope, element)]), True
            if pid in (12, 20):
                return 8, False
            return INVALID_PROPERTY

        @failing("AudioUnitGetPropertyInfo")
        def _info(unit: Any, pid: int, scope: int, element: int, size: Any, writable: Any) -> int:
            inst = self.inst(unit)
            if inst is None:
                return BAD_INSTANCE
            res = prop_size(inst, pid, scope, element)
            if isinstance(res, int):
                return res
            if size != ffi.NULL:
                size[0] = res[0]
            if writable != ffi.NULL:
                writable[0] = res[1]
            return 0

        def write_out(raw: bytes, out: Any, io_size: Any) -> int:
            if int(io_size[0]) < len(raw):
                return PARAM_ERR
            ffi.memmove(out, raw, len(raw))
            io_size[0] = len(raw)
            return 0

        @failing("AudioUnitGetProperty")
        def _get(unit: Any, pid: int, scope: int, element: int, out: Any, io_size: Any) -> int:
            inst = self.inst(unit)
            if inst is None:
                return BAD_INSTANCE
            comp = self.comp_of(inst)
            if pid == 8:
                if (scope, element) not in inst.formats:
                    return INVALID_ELEMENT
                return write_out(inst.formats[(scope, element)], out, io_size)
            if pid == 3:
                ids = sorted(comp.params) if scope == GLOBAL else []
                return write_out(struct.pack(f"={len(ids)}I", *ids), out, io_size)
            if pid == 4:
                p = comp.params.get(element)
                if p is None:
                    return INVALID_PARAMETER
                info = ffi.cast("AudioUnitParameterInfo *", out)
                short = p.name.encode()[:51]
                ffi.memmove(info.name, short + b"\0", len(short) + 1)
                info.cfNameString = ffi.cast("CFStringRef", self.cf.make_python(p.name))
                info.unitName = ffi.NULL
                info.unit, info.minValue, info.maxValue, info.defaultValue = p.unit, p.min, p.max, p.default
                info.flags = READ_WRITE | HAS_CF_NAME | CF_NAME_RELEASE
                info.clumpID = 0
                io_size[0] = ffi.sizeof("AudioUnitParameterInfo")
                return 0
            if pid == 0:
                state = {"type": comp.desc[0], "subtype": comp.desc[1], "manufacturer": comp.desc[2],
                         "version": 0, "name": inst.preset[1],
                         "data": struct.pack(f"={2 * len(inst.params)}f",
                                             *[x for k, v in sorted(inst.params.items()) for x in (k, v)])}
                ffi.cast("CFPropertyListRef *", out)[0] = ffi.cast("void *", self.cf.make_python(state))
                return 0
            if pid == 24:
                arr = self.preset_array(inst)
                ffi.cast("CFArrayRef *", out)[0] = ffi.cast("CFArrayRef", arr)
                return 0
            if pid == 36:
                preset = ffi.cast("AUPreset *", out)
                preset.presetNumber = inst.preset[0]
                preset.presetName = ffi.cast("CFStringRef", self.cf.make_python(inst.preset[1]))
                return 0
            if pid in (12, 20) and (pid, scope, element) not in inst.props:
                return write_out(struct.pack("=d", 0.0), out, io_size)
            raw = inst.props.get((pid, scope, element))
            if raw is None:
                return INVALID_PROPERTY
            return write_out(raw, out, io_size)

        @failing("AudioUnitSetProperty")
        def _set(unit: Any, pid: int, scope: int, element: int, data: Any, size: int) -> int:
            inst = self.inst(unit)
            if inst is None:
                return BAD_INSTANCE
            comp = self.comp_of(inst)
            unit_addr = self.addr(unit)
            if pid == 8:
                if inst.initialized:
                    return INITIALIZED
                if size != 40:
                    return PARAM_ERR
                raw = bytes(ffi.buffer(data, 40))
                if struct.unpack_from("=I", raw, 8)[0] != fourcc("lpcm"):
                    return FORMAT_NOT_SUPPORTED
                inst.formats[(scope, element)] = raw
            elif pid == 23:
                cb = ffi.cast("AURenderCallbackStruct *", data)
                inst.input_proc = None if cb.inputProc == ffi.NULL else cb.inputProc
                inst.input_refcon = cb.inputProcRefCon
            elif pid == 36:
                preset = ffi.cast("AUPreset *", data)
                number = int(preset.presetNumber)
                match = [p for p in comp.presets if p[0] == number]
                if not match:
                    return INVALID_PROPERTY_VALUE
                inst.params.update(match[0][2])
                inst.preset = (number, match[0][1])
            elif pid == 0:
                state = self.cf.value_of(ffi.cast("CFPropertyListRef *", data)[0])
                blob = state["data"]
                values = struct.unpack(f"={len(blob) // 4}f", blob)
                for k, v in zip(values[::2], values[1::2], strict=True):
                    inst.params[int(k)] = v
                inst.preset = (-1, state["name"])
            elif pid in (3, 4, 24, 12, 20):
                return NOT_WRITABLE
            else:
                inst.props[(pid, scope, element)] = b"" if data == ffi.NULL else bytes(ffi.buffer(data, size))
            self.notify_property(inst, unit_addr, pid, scope, element)
            return 0

        @failing("AudioUnitAddPropertyListener")
        def _add_listener(unit: Any, pid: int, proc: Any, refcon: Any) -> int:
            inst = self.inst(unit)
            if inst is None:
                return BAD_INSTANCE
            inst.listeners.append((pid, proc, refcon))
            return 0

        @failing("AudioUnitRemovePropertyListenerWithUserData")
        def _remove_listener(unit: Any, pid: int, proc: Any, refcon: Any) -> int:
            inst = self.inst(unit)
            if inst is None:
                return BAD_INSTANCE
            before = len(inst.listeners)
            inst.listeners = [x for x in inst.listeners
                              if not (x[0] == pid and x[1] == proc and x[2] == refcon)]
            return 0 if len(inst.listeners) < before else PARAM_ERR

        @failing("AudioUnitAddRenderNotify")
        def _add_notify(unit: Any, proc: Any, refcon: Any) -> int:
            inst = self.inst(unit)
            if inst is None:
                return BAD_INSTANCE
            inst.notifies.append((proc, refcon))
            return 0

        @failing("AudioUnitRemoveRenderNotify")
        def _remove_notify(unit: Any, proc: Any, refcon: Any) -> int:
            inst = self.inst(unit)
            if inst is None:
                return BAD_INSTANCE
            before = len(inst.notifies)
            inst.notifies = [x for x in inst.notifies if not (x[0] == proc and x[1] == refcon)]
            return 0 if len(inst.notifies) < before else PARAM_ERR

        # ---- parameters
        @failing("AudioUnitGetParameter")
        def _get_param(unit: Any, pid: int, scope: int, element: int, out: Any) -> int:
            inst = self.inst(unit)
            if inst is None:
                return BAD_INSTANCE
            if pid not in inst.params or scope != GLOBAL:
                return INVALID_PARAMETER
            out[0] = inst.params[pid]
            return 0

        def set_param(inst: Instance, pid: int, scope: int, value: float) -> int:
            p = self.comp_of(inst).params.get(pid)
            if p is None or scope != GLOBAL:
                return INVALID_PARAMETER
            if not p.min <= value <= p.max:
                return -66743  # kAudioUnitErr_InvalidParameterValue
            inst.params[pid] = value
            return 0

        @failing("AudioUnitSetParameter")
        def _set_param(unit: Any, pid: int, scope: int, element: int, value: float, offset: int) -> int:
            inst = self.inst(unit)
            return BAD_INSTANCE if inst is None else set_param(inst, pid, scope, value)

        @failing("AudioUnitScheduleParameters")
        def _schedule(unit: Any, events: Any, n: int) -> int:
            inst = self.inst(unit)
            if inst is None:
                return BAD_INSTANCE
            for i in range(n):
                e = events[i]
                if e.eventType == 1:
                    vals: tuple[float, ...] = (float(e.eventValues.immediate.value),)
                    offset = int(e.eventValues.immediate.bufferOffset)
                else:
                    r = e.eventValues.ramp
                    vals = (float(r.startValue), float(r.endValue), float(r.durationInFrames))
                    offset = int(r.startBufferOffset)
                status = set_param(inst, int(e.parameter), int(e.scope), vals[0] if e.eventType == 1 else vals[1])
                if status:
                    return status
                inst.scheduled.append((int(e.parameter), int(e.eventType), int(e.scope), offset, vals))
            return 0

        # ---- rendering
        def notify(inst: Instance, phase: int, flags: Any, ts: Any, bus: int, frames: int, abl: Any) -> None:
            for proc, refcon in list(inst.notifies):
                flags[0] = (int(flags[0]) & ~(PRE_RENDER | POST_RENDER)) | phase
                proc(refcon, flags, ts, bus, frames, abl)
            flags[0] = int(flags[0]) & ~(PRE_RENDER | POST_RENDER)

        @failing("AudioUnitRender")
        def _render(unit: Any, flags: Any, ts: Any, bus: int, frames: int, abl: Any) -> int:
            inst = self.inst(unit)
            if inst is None:
                return BAD_INSTANCE
            if not inst.initialized:
                return UNINITIALIZED
            if frames > struct.unpack("=I", inst.props[(14, GLOBAL, 0)])[0]:
                return TOO_MANY_FRAMES
            comp = self.comp_of(inst)
            notify(inst, PRE_RENDER, flags, ts, bus, frames, abl)
            outs = self.buffers(abl)
            if comp.desc[0] == fourcc("aumu"):
                level = sum(v / 127.0 * 0.1 for _, v, _ in inst.notes.values())
                for b in outs:
                    f = self.floats(b)
                    for i in range(frames):
                        f[i] = level
                if not inst.notes:
                    flags[0] = int(flags[0]) | 16  # OutputIsSilence
            else:
                if inst.input_proc is None:
                    return NO_CONNECTION
                data = self.pull_input(inst, self.addr(unit), flags, ts, frames)
                gain = self._gain(inst)
                for ch, b in enumerate(outs):
                    f = self.floats(b)
                    src = data[min(ch, len(data) - 1)]
                    for i in range(frames):
                        f[i] = src[i] * gain
            notify(inst, POST_RENDER, flags, ts, bus, frames, abl)
            return 0

        @failing("AudioUnitProcess")
        def _process(unit: Any, flags: Any, ts: Any, frames: int, abl: Any) -> int:
            inst = self.inst(unit)
            if inst is None:
                return BAD_INSTANCE
            if not inst.initialized:
                return UNINITIALIZED
            gain = self._gain(inst)
            for b in self.buffers(abl):
                f = self.floats(b)
                for i in range(min(frames, int(b.mDataByteSize) // 4)):
                    f[i] *= gain
            return 0

        @failing("AudioUnitProcessMultiple")
        def _process_multi(unit: Any, flags: Any, ts: Any, frames: int, n_in: int, ins: Any,
                           n_out: int, outs: Any) -> int:
            inst = self.inst(unit)
            if inst is None:
                return BAD_INSTANCE
            if not inst.initialized:
                return UNINITIALIZED
            if n_out < 1:
                return PARAM_ERR
            gain = self._gain(inst)
            for ob_i, ob in enumerate(self.buffers(outs[0])):
                f = self.floats(ob)
                for i in range(frames):
                    total = 0.0
                    for k in range(n_in):
                        ib = self.buffers(ins[k])[ob_i]
                        total += float(self.floats(ib)[i])
                    f[i] = total * gain
            return 0

        # ---- extensions
        @imp("AudioUnitExtensionCopyComponentList")
        def _ext_copy(ident: Any) -> Any:
            value = self.extension_lists.get(self.cf.value_of(ident))
            return ffi.NULL if value is None else ffi.cast("CFArrayRef", self.cf.make_python(value))

        @failing("AudioUnitExtensionSetComponentList")
        def _ext_set(ident: Any, arr: Any) -> int:
            self.extension_lists[self.cf.value_of(ident)] = self.cf.value_of(arr)
            return 0

        # ---- MusicDevice.h
        @failing("MusicDeviceMIDIEvent")
        def _midi(unit: Any, status: int, d1: int, d2: int, offset: int) -> int:
            inst = self.inst(unit)
            if inst is None:
                return BAD_INSTANCE
            inst.midi.append((status, d1, d2, offset))
            kind, channel = status & 0xF0, status & 0x0F
            if kind == 0x90 and d2 > 0:
                inst.notes[(channel << 8) | d1] = (float(d1), float(d2), channel)
            elif kind == 0x80 or (kind == 0x90 and d2 == 0):
                inst.notes.pop((channel << 8) | d1, None)
            elif kind == 0xB0 and d1 in (120, 123):
                inst.notes = {k: v for k, v in inst.notes.items() if v[2] != channel}
            return 0

        @failing("MusicDeviceSysEx")
        def _sysex(unit: Any, data: Any, n: int) -> int:
            inst = self.inst(unit)
            if inst is None:
                return BAD_INSTANCE
            inst.sysex.append(bytes(ffi.buffer(data, n)))
            return 0

        @failing("MusicDeviceMIDIEventList")
        def _event_list(unit: Any, offset: int, evl: Any) -> int:
            inst = self.inst(unit)
            if inst is None:
                return BAD_INSTANCE
            packets = []
            p = ffi.cast("char *", ffi.addressof(evl.packet[0]))
            for _ in range(int(evl.numPackets)):
                pk = ffi.cast("MIDIEventPacket *", p)
                stamp = int(pk.timeStamp[0]) | (int(pk.timeStamp[1]) << 32)
                packets.append((stamp, [int(pk.words[i]) for i in range(int(pk.wordCount))]))
                p += 12 + 4 * int(pk.wordCount)
            inst.event_lists.append((int(evl.protocol), offset, packets))
            return 0

        @failing("MusicDeviceStartNote")
        def _start_note(unit: Any, instrument: int, group: int, out: Any, offset: int, params: Any) -> int:
            inst = self.inst(unit)
            if inst is None:
                return BAD_INSTANCE
            self._next_note += 1
            inst.notes[0x10000 + self._next_note] = (float(params.mPitch), float(params.mVelocity), group)
            controls = ffi.cast("NoteParamsControlValue *", ffi.addressof(params.mControls[0]))
            extra = [(int(controls[i].mID), float(controls[i].mValue)) for i in range(int(params.argCount) - 2)]
            inst.midi.append((-1, group, len(extra), offset))
            self._keep.append(extra)
            out[0] = self._next_note
            return 0

        @failing("MusicDeviceStopNote")
        def _stop_note(unit: Any, group: int, note: int, offset: int) -> int:
            inst = self.inst(unit)
            if inst is None:
                return BAD_INSTANCE
            return 0 if inst.notes.pop(0x10000 + note, None) is not None else PARAM_ERR

        for verb in ("Prepare", "Release"):
            def instrument_call(unit: Any, instrument: int, verb: str = verb) -> int:
                inst = self.inst(unit)
                if inst is None:
                    return BAD_INSTANCE
                inst.instruments.append((verb, instrument))
                return 0
            failing(f"MusicDevice{verb}Instrument")(instrument_call)

        install_utilities(self, failing)

    def preset_array(self, inst: Instance) -> int:
        """A +1 CFArray of ``AUPreset *`` (its items belong to the unit, as on macOS)."""
        comp = self.comp_of(inst)
        items = []
        for number, name, _ in comp.presets:
            key = id(comp) * 1000 + number
            if key not in self._preset_cache:
                p = ffi.new("AUPreset *", {"presetNumber": number,
                                          "presetName": ffi.cast("CFStringRef", self.immortal_string(name))})
                self._preset_cache[key] = p
                self.cf.objects[self.addr(p)] = CFObject("preset", None, 1, immortal=True)
            items.append(self.addr(self._preset_cache[key]))
        return self.cf._make("array", items)

    # -- driving callbacks from the "framework" side ------------------------------
    def fire_property(self, unit: int, pid: int, scope: int = GLOBAL, element: int = 0) -> None:
        """Tell the property listeners of ``unit`` that ``pid`` changed."""
        self.notify_property(self.instances[unit], unit, pid, scope, element)


INVALID_PROPERTY_VALUE = -10851
