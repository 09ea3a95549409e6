"""Typed AudioUnit properties over ``AudioUnitGetProperty`` / ``AudioUnitSetProperty``.

:mod:`coremusic.capi.audiounit` returns and takes raw bytes; these helpers
decode the properties a host uses every day (numbers, stream formats,
parameter lists and infos, factory presets, the present preset, class info)
and install render callbacks (``kAudioUnitProperty_SetRenderCallback``), with
exact CoreFoundation ownership: what a property hands over is released once.

Example
-------
>>> from coremusic import capi                                    # doctest: +SKIP
>>> capi.audio_unit_get_stream_format(unit, "output", 0)          # doctest: +SKIP
AudioFormat(sample_rate=44100.0, format_id='lpcm', ...)
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from coremusic._ffi import ffi, lib
from coremusic.capi import cf
from coremusic.capi._aucallbacks import (
    RenderCallback,
    make_render_callback,
    registering,
    removing,
)
from coremusic.capi._base import call
from coremusic.capi._toolbox import u32
from coremusic.capi.audiounit import (
    audio_unit_get_property,
    audio_unit_set_property,
    scope_arg,
    unit_arg,
)
from coremusic.formats import AudioFormat

__all__ = [
    "ParameterInfo",
    "audio_unit_clear_render_callback",
    "audio_unit_get_class_info",
    "audio_unit_get_factory_presets",
    "audio_unit_get_parameter_info",
    "audio_unit_get_parameter_list",
    "audio_unit_get_present_preset",
    "audio_unit_get_property_float64",
    "audio_unit_get_property_uint32",
    "audio_unit_get_stream_format",
    "audio_unit_set_class_info",
    "audio_unit_set_present_preset",
    "audio_unit_set_property_float64",
    "audio_unit_set_property_uint32",
    "audio_unit_set_render_callback",
    "audio_unit_set_stream_format",
]

STREAM_FORMAT = 8
PARAMETER_LIST = 3
PARAMETER_INFO = 4
CLASS_INFO = 0
SET_RENDER_CALLBACK = 23
FACTORY_PRESETS = 24
PRESENT_PRESET = 36
_HAS_CF_NAME = 0x08000000  # kAudioUnitParameterFlag_HasCFNameString
_CF_NAME_RELEASE = 0x10  # kAudioUnitParameterFlag_CFNameRelease
_CUSTOM_UNIT = 26  # kAudioUnitParameterUnit_CustomUnit: unitName is valid


def audio_unit_get_property_uint32(unit: int, property_id: int, scope: int | str = 0,
                                   element: int = 0) -> int:
    """A ``UInt32`` property (``MaximumFramesPerSlice``, ``ElementCount``, ``BypassEffect`` ...).

    Example
    -------
    >>> capi.audio_unit_get_property_uint32(unit, 14)   # MaximumFramesPerSlice  # doctest: +SKIP
    1156
    """
    raw = audio_unit_get_property(unit, property_id, scope, element, size=4)
    if len(raw) != 4:
        raise ValueError(f"property {property_id} is {len(raw)} bytes, not a UInt32")
    return int(struct.unpack("=I", raw)[0])


def audio_unit_set_property_uint32(unit: int, property_id: int, scope: int | str, element: int,
                                   value: int) -> None:
    """Set a ``UInt32`` property.

    Example
    -------
    >>> capi.audio_unit_set_property_uint32(unit, 21, "global", 0, 1)   # bypass  # doctest: +SKIP
    """
    audio_unit_set_property(unit, property_id, scope, element, struct.pack("=I", u32(value, "value")))


def audio_unit_get_property_float64(unit: int, property_id: int, scope: int | str = 0,
                                    element: int = 0) -> float:
    """A ``Float64`` property (``Latency``, ``TailTime``, ``SampleRate`` ...).

    Example
    -------
    >>> capi.audio_unit_get_property_float64(unit, 12)   # Latency  # doctest: +SKIP
    0.0
    """
    raw = audio_unit_get_property(unit, property_id, scope, element, size=8)
    if len(raw) != 8:
        raise ValueError(f"property {property_id} is {len(raw)} bytes, not a Float64")
    return float(struct.unpack("=d", raw)[0])


def audio_unit_set_property_float64(unit: int, property_id: int, scope: int | str, element: int,
                                    value: float) -> None:
    """Set a ``Float64`` property.

    Example
    -------
    >>> capi.audio_unit_set_property_float64(unit, 2, "output", 0, 48000.0)   # doctest: +SKIP
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"value must be a number, not {type(value).__name__}")
    audio_unit_set_property(unit, property_id, scope, element, struct.pack("=d", float(value)))


def audio_unit_get_stream_format(unit: int, scope: int | str, element: int = 0) -> AudioFormat:
    """``kAudioUnitProperty_StreamFormat`` of a scope's element.

    Example
    -------
    >>> capi.audio_unit_get_stream_format(unit, "input", 0).channels_per_frame   # doctest: +SKIP
    2
    """
    size = ffi.sizeof("AudioStreamBasicDescription")
    raw = audio_unit_get_property(unit, STREAM_FORMAT, scope, element, size=size)
    if len(raw) != size:
        raise ValueError(f"StreamFormat returned {len(raw)} bytes, not an AudioStreamBasicDescription")
    return AudioFormat.from_asbd_bytes(raw)


def audio_unit_set_stream_format(unit: int, scope: int | str, element: int, fmt: AudioFormat) -> None:
    """Set ``kAudioUnitProperty_StreamFormat`` of a scope's element.

    Example
    -------
    >>> capi.audio_unit_set_stream_format(unit, "input", 0,
    ...     AudioFormat.pcm(44100.0, 2, 32, True, interleaved=False))   # doctest: +SKIP
    """
    if not isinstance(fmt, AudioFormat):
        raise TypeError(f"fmt must be an AudioFormat, not {type(fmt).__name__}")
    audio_unit_set_property(unit, STREAM_FORMAT, scope, element, fmt.to_bytes())


def audio_unit_get_parameter_list(unit: int, scope: int | str = 0) -> list[int]:
    """``kAudioUnitProperty_ParameterList``: the parameter IDs of a scope.

    Example
    -------
    >>> capi.audio_unit_get_parameter_list(unit)   # doctest: +SKIP
    [0, 1, 2, 3]
    """
    raw = audio_unit_get_property(unit, PARAMETER_LIST, scope, 0)
    return list(struct.unpack(f"={len(raw) // 4}I", raw[: len(raw) // 4 * 4]))


@dataclass(frozen=True)
class ParameterInfo:
    """``AudioUnitParameterInfo``, decoded: a parameter's name, unit, range and flags.

    Example
    -------
    >>> info = ParameterInfo(0, "Dry/Wet Mix", 3, 0.0, 100.0, 50.0, 0xC0000000)
    >>> info.is_writable, info.unit_name
    (True, '')
    """

    parameter_id: int
    name: str
    unit: int
    min_value: float
    max_value: float
    default_value: float
    flags: int
    unit_name: str = ""
    clump_id: int = 0

    @property
    def is_readable(self) -> bool:
        return bool(self.flags & 0x40000000)

    @property
    def is_writable(self) -> bool:
        return bool(self.flags & 0x80000000)


def audio_unit_get_parameter_info(unit: int, parameter_id: int, scope: int | str = 0) -> ParameterInfo:
    """``kAudioUnitProperty_ParameterInfo`` of one parameter (element = the parameter ID).

    The CF name is preferred over the 52-byte C name when the unit provides
    one, and released when ``kAudioUnitParameterFlag_CFNameRelease`` says so.

    Example
    -------
    >>> capi.audio_unit_get_parameter_info(unit, 0).name   # doctest: +SKIP
    'Dry/Wet Mix'
    """
    pid = u32(parameter_id, "parameter_id")
    size = ffi.sizeof("AudioUnitParameterInfo")
    info = ffi.new("AudioUnitParameterInfo *")
    io_size = ffi.new("UInt32 *", size)
    call("AudioUnitGetProperty", unit_arg(unit), PARAMETER_INFO, scope_arg(scope), pid, info, io_size)
    flags = int(info.flags)
    name = ffi.string(info.name).decode("utf-8", "replace")
    try:
        if flags & _HAS_CF_NAME and info.cfNameString != ffi.NULL:
            name = str(cf.to_python(info.cfNameString))
        custom = int(info.unit) == _CUSTOM_UNIT and info.unitName != ffi.NULL
        unit_name = str(cf.to_python(info.unitName)) if custom else ""
    finally:
        if flags & _CF_NAME_RELEASE:
            cf.release(info.cfNameString if flags & _HAS_CF_NAME else ffi.NULL)
    return ParameterInfo(pid, name, int(info.unit), float(info.minValue), float(info.maxValue),
                         float(info.defaultValue), flags, unit_name, int(info.clumpID))


def audio_unit_get_factory_presets(unit: int) -> list[tuple[int, str]]:
    """``kAudioUnitProperty_FactoryPresets``: ``(number, name)`` of every factory preset.

    The property hands over a CFArray of ``AUPreset`` pointers, released here.

    Example
    -------
    >>> capi.audio_unit_get_factory_presets(unit)   # doctest: +SKIP
    [(0, 'Small Room'), (1, 'Large Hall')]
    """
    out = ffi.new("CFArrayRef *")
    io_size = ffi.new("UInt32 *", ffi.sizeof("CFArrayRef"))
    call("AudioUnitGetProperty", unit_arg(unit), FACTORY_PRESETS, 0, 0, out, io_size)
    presets: list[tuple[int, str]] = []
    with cf.owned(out[0]) as arr:
        if cf.is_null(arr):
            return presets
        for i in range(int(lib.CFArrayGetCount(arr))):
            preset = ffi.cast("AUPreset *", lib.CFArrayGetValueAtIndex(arr, i))
            name = "" if preset.presetName == ffi.NULL else str(cf.to_python(preset.presetName))
            presets.append((int(preset.presetNumber), name))
    return presets


def audio_unit_get_present_preset(unit: int) -> tuple[int, str]:
    """``kAudioUnitProperty_PresentPreset``: ``(number, name)`` of the current preset
    (number < 0 for a user preset); the name the unit hands over is released.

    Example
    -------
    >>> capi.audio_unit_get_present_preset(unit)   # doctest: +SKIP
    (0, 'Small Room')
    """
    preset = ffi.new("AUPreset *")
    io_size = ffi.new("UInt32 *", ffi.sizeof("AUPreset"))
    call("AudioUnitGetProperty", unit_arg(unit), PRESENT_PRESET, 0, 0, preset, io_size)
    with cf.owned(preset.presetName) as name:
        return int(preset.presetNumber), "" if cf.is_null(name) else str(cf.to_python(name))


def audio_unit_set_present_preset(unit: int, number: int, name: str = "") -> None:
    """Set ``kAudioUnitProperty_PresentPreset`` (load a factory preset by number).

    Example
    -------
    >>> capi.audio_unit_set_present_preset(unit, 1, "Large Hall")   # doctest: +SKIP
    """
    if isinstance(number, bool) or not isinstance(number, int):
        raise TypeError(f"number must be an int, not {type(number).__name__}")
    with cf.owned(cf.string(name)) as c_name:
        preset = ffi.new("AUPreset *", {"presetNumber": number, "presetName": c_name})
        call("AudioUnitSetProperty", unit_arg(unit), PRESENT_PRESET, 0, 0, preset, ffi.sizeof("AUPreset"))


def audio_unit_get_class_info(unit: int) -> dict[str, Any]:
    """``kAudioUnitProperty_ClassInfo``: the unit's full state as a property list
    (a dict of Python values; ``plistlib.dumps`` makes an ``.aupreset`` of it).

    Example
    -------
    >>> state = capi.audio_unit_get_class_info(unit)   # doctest: +SKIP
    >>> state["name"]                                  # doctest: +SKIP
    'Untitled'
    """
    out = ffi.new("CFPropertyListRef *")
    io_size = ffi.new("UInt32 *", ffi.sizeof("CFPropertyListRef"))
    call("AudioUnitGetProperty", unit_arg(unit), CLASS_INFO, 0, 0, out, io_size)
    with cf.owned(out[0]) as ref:
        value = cf.to_python(ref)
    if not isinstance(value, dict):
        raise TypeError(f"ClassInfo is a {type(value).__name__}, not a dictionary")
    return value


def audio_unit_set_class_info(unit: int, state: Mapping[str, Any]) -> None:
    """Restore a unit's state from :func:`audio_unit_get_class_info`'s dictionary.

    Example
    -------
    >>> capi.audio_unit_set_class_info(unit, state)   # doctest: +SKIP
    """
    if not isinstance(state, Mapping):
        raise TypeError(f"state must be a mapping, not {type(state).__name__}")
    with cf.owned(cf.dictionary(state)) as ref:
        box = ffi.new("CFPropertyListRef *", ref)
        call("AudioUnitSetProperty", unit_arg(unit), CLASS_INFO, 0, 0, box, ffi.sizeof("CFPropertyListRef"))


def audio_unit_set_render_callback(unit: int, callback: Callable[..., Any], scope: int | str = "input",
                                   element: int = 0, *, raw: bool = False) -> RenderCallback:
    """Install ``callback(flags, time, bus, frames, data)`` as the unit's input
    (``kAudioUnitProperty_SetRenderCallback``): the unit calls it to pull the
    audio it processes, and ``callback`` fills ``data``.

    It runs on the render thread; an exception silences the buffers and is
    kept on the handle (``check_errors()``).

    Returns
    -------
    RenderCallback
        Give it to :func:`audio_unit_clear_render_callback`.

    Example
    -------
    >>> def source(flags, time, bus, frames, data):                     # doctest: +SKIP
    ...     for a in data.arrays(): a[:, 0] = next_block(frames)
    >>> cb = capi.audio_unit_set_render_callback(unit, source)          # doctest: +SKIP
    """
    if not callable(callback):
        raise TypeError(f"callback must be callable, not {type(callback).__name__}")
    c_unit = unit_arg(unit)
    sc, el = scope_arg(scope), u32(element, "element")
    handle = RenderCallback("input", unit, callback, raw, sc, el)
    trampoline = make_render_callback(handle, callback)
    box = ffi.new("AURenderCallbackStruct *", {"inputProc": trampoline, "inputProcRefCon": handle.user_data})
    with registering(handle, trampoline):
        call("AudioUnitSetProperty", c_unit, SET_RENDER_CALLBACK, sc, el, box,
             ffi.sizeof("AURenderCallbackStruct"))
    return handle


def audio_unit_clear_render_callback(callback: RenderCallback) -> None:
    """Remove an input render callback (sets ``SetRenderCallback`` to a NULL proc).

    Example
    -------
    >>> capi.audio_unit_clear_render_callback(cb)   # doctest: +SKIP
    """
    with removing(callback, RenderCallback, ("input",), "audio_unit_clear_render_callback"):
        box = ffi.new("AURenderCallbackStruct *", {"inputProc": ffi.NULL, "inputProcRefCon": ffi.NULL})
        call("AudioUnitSetProperty", unit_arg(callback.unit), SET_RENDER_CALLBACK, callback.scope,
             callback.element, box, ffi.sizeof("AURenderCallbackStruct"))
