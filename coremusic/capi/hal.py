"""AudioHardware.h: the CoreAudio HAL's objects, properties, devices and IOProcs.

One snake_case function per C function of ``CoreAudio/AudioHardware.h``
(``AudioObjectGetPropertyData`` -> :func:`audio_object_get_property_data`),
plus the still-exported functions of ``AudioHardwareDeprecated.h``
(re-exported from :mod:`coremusic.capi.hal_deprecated`) and typed helpers for
the common property shapes (``audio_object_get_property_uint32``, ``_float64``,
``_cfstring``, ``_array_uint32`` ...).

Conventions, beyond those of :mod:`coremusic.capi._base`:

- an object is an ``AudioObjectID`` ``int`` (``1`` is the system object; ``0``,
  ``kAudioObjectUnknown``, is refused);
- a property address is an :class:`~coremusic.structs.AudioObjectPropertyAddress`,
  a ``(selector, scope, element)`` tuple whose scope and element may be left
  out (global scope, main element), or a bare selector; selectors and scopes
  are FourCC strings (``'nsrt'``, ``'outp'``) or ints;
- property getters query the size, then read, and return ``bytes``; a
  qualifier is bytes-like, or a ``str`` passed as a ``CFStringRef``;
- CF objects the HAL returns are converted and released exactly once;
- listeners and IOProcs are Python callables; the add/create function returns
  a handle (:class:`PropertyListener`, :class:`IOProc`) that the matching
  remove/destroy function takes; see :mod:`coremusic.capi.hal_callbacks` for
  their lifetime and error rules;
- a non-zero ``OSStatus`` raises :class:`~coremusic.exceptions.AudioDeviceError`
  naming the operation and the object/property.

macOS only; on Linux these functions are verified statically (declarations
against the SDK) and by contract tests through a cffi-typed double.

Example
-------
>>> from coremusic.capi import hal                                        # doctest: +SKIP
>>> devices = hal.audio_object_get_property_array_uint32(1, "dev#")       # doctest: +SKIP
>>> hal.audio_object_get_property_cfstring(devices[0], "lnam")            # doctest: +SKIP
'MacBook Pro Speakers'
>>> hal.audio_object_get_property_float64(devices[0], "nsrt")             # doctest: +SKIP
48000.0
"""

from __future__ import annotations

import math
import struct
from collections.abc import Callable, Mapping
from typing import Any

from coremusic._ffi import ffi, lib
from coremusic.capi import cf
from coremusic.capi._base import buffer_from, call
from coremusic.capi.hal_base import (
    AddressLike,
    Qualifier,
    as_address,
    as_callable,
    as_object_id,
    as_timestamp,
    as_uint32,
    check_cf_convertible,
    describe,
    qualifier_buffer,
    read_variable,
)
from coremusic.capi.hal_callbacks import (
    CallbackHandle,
    IOProc,
    PropertyListener,
    active_callbacks,
    make_io_proc,
    make_object_listener,
    registering,
    removing,
)
from coremusic.capi.hal_deprecated import *  # noqa: F403
from coremusic.capi.hal_deprecated import __all__ as _deprecated_all
from coremusic.formats import AudioFormat
from coremusic.structs import AudioTimeStamp, AudioValueRange

__all__ = [
    "CallbackHandle",
    "IOProc",
    "PropertyListener",
    "active_callbacks",
    "audio_device_create_io_proc_id",
    "audio_device_destroy_io_proc_id",
    "audio_device_get_current_time",
    "audio_device_get_nearest_start_time",
    "audio_device_start",
    "audio_device_start_at_time",
    "audio_device_stop",
    "audio_device_translate_time",
    "audio_hardware_create_aggregate_device",
    "audio_hardware_destroy_aggregate_device",
    "audio_hardware_unload",
    "audio_object_add_property_listener",
    "audio_object_get_property_array_uint32",
    "audio_object_get_property_buffer_list_channels",
    "audio_object_get_property_cf",
    "audio_object_get_property_cfstring",
    "audio_object_get_property_data",
    "audio_object_get_property_data_size",
    "audio_object_get_property_float64",
    "audio_object_get_property_format",
    "audio_object_get_property_uint32",
    "audio_object_get_property_value_ranges",
    "audio_object_has_property",
    "audio_object_is_property_settable",
    "audio_object_remove_property_listener",
    "audio_object_set_property_data",
    "audio_object_set_property_float64",
    "audio_object_set_property_format",
    "audio_object_set_property_uint32",
    "audio_object_show",
    *_deprecated_all,
]

_DEFAULT_TRANSLATE_FIELDS = AudioTimeStamp.SAMPLE_TIME_VALID | AudioTimeStamp.HOST_TIME_VALID


# ====================================================================== AudioObject


def audio_object_has_property(object_id: int, address: AddressLike) -> bool:
    """``AudioObjectHasProperty``: whether the object has the property.

    Parameters
    ----------
    object_id : int
        The ``AudioObjectID`` (``1`` is the system object).
    address : AudioObjectPropertyAddress or tuple or str
        ``(selector, scope, element)``; scope and element may be omitted.

    Example
    -------
    >>> hal.audio_object_has_property(73, ("nsrt", "glob", 0))   # doctest: +SKIP
    True
    """
    oid = as_object_id(object_id)
    addr = as_address(address)
    return bool(lib.AudioObjectHasProperty(oid, addr.to_cdata()))


def audio_object_is_property_settable(object_id: int, address: AddressLike) -> bool:
    """``AudioObjectIsPropertySettable``: whether the property can be set.

    Example
    -------
    >>> hal.audio_object_is_property_settable(73, "nsrt")        # doctest: +SKIP
    True
    """
    oid = as_object_id(object_id)
    addr = as_address(address)
    out = ffi.new("Boolean *")
    call("AudioObjectIsPropertySettable", oid, addr.to_cdata(), out, obj=describe(oid, addr))
    return bool(out[0])


def audio_object_get_property_data_size(object_id: int, address: AddressLike,
                                        qualifier: Qualifier = None) -> int:
    """``AudioObjectGetPropertyDataSize``: the property's current size in bytes.

    Parameters
    ----------
    object_id : int
        The ``AudioObjectID``.
    address : AudioObjectPropertyAddress or tuple or str
        The property.
    qualifier : bytes-like or str, optional
        Qualifier data; a ``str`` is passed as a ``CFStringRef``.

    Example
    -------
    >>> hal.audio_object_get_property_data_size(1, "dev#")        # doctest: +SKIP
    8
    """
    oid = as_object_id(object_id)
    addr = as_address(address)
    out = ffi.new("UInt32 *")
    with qualifier_buffer(qualifier) as (qsize, qdata):
        call("AudioObjectGetPropertyDataSize", oid, addr.to_cdata(), qsize, qdata, out,
             obj=describe(oid, addr))
    return int(out[0])


def audio_object_get_property_data(object_id: int, address: AddressLike,
                                   qualifier: Qualifier = None) -> bytes:
    """``AudioObjectGetPropertyData``: the property's value as raw bytes.

    Queries the size (``AudioObjectGetPropertyDataSize``), then reads; returns
    as many bytes as the read reported.

    Example
    -------
    >>> raw = hal.audio_object_get_property_data(1, ("dev#", "glob", 0))   # doctest: +SKIP
    >>> len(raw) % 4                                                       # doctest: +SKIP
    0
    """
    oid = as_object_id(object_id)
    addr = as_address(address)
    what = describe(oid, addr)
    c_addr = addr.to_cdata()
    size = ffi.new("UInt32 *")
    with qualifier_buffer(qualifier) as (qsize, qdata):
        call("AudioObjectGetPropertyDataSize", oid, c_addr, qsize, qdata, size, obj=what)
        return read_variable(
            "AudioObjectGetPropertyData", int(size[0]),
            lambda io_size, buf: lib.AudioObjectGetPropertyData(oid, c_addr, qsize, qdata,
                                                                io_size, buf),
            what)


def audio_object_set_property_data(object_id: int, address: AddressLike,
                                   data: bytes | bytearray | memoryview,
                                   qualifier: Qualifier = None) -> None:
    """``AudioObjectSetPropertyData``: set the property from raw bytes.

    Example
    -------
    >>> import struct
    >>> hal.audio_object_set_property_data(73, "nsrt", struct.pack("=d", 44100.0))  # doctest: +SKIP
    """
    oid = as_object_id(object_id)
    addr = as_address(address)
    pointer, size = buffer_from(data)
    with qualifier_buffer(qualifier) as (qsize, qdata):
        call("AudioObjectSetPropertyData", oid, addr.to_cdata(), qsize, qdata, size, pointer,
             obj=describe(oid, addr))


def audio_object_show(object_id: int) -> None:
    """``AudioObjectShow``: print the object's description to the process's stderr (a debugging aid).

    Example
    -------
    >>> hal.audio_object_show(1)                                  # doctest: +SKIP
    """
    lib.AudioObjectShow(as_object_id(object_id))


def audio_object_add_property_listener(
        object_id: int, address: AddressLike,
        callback: Callable[[int, tuple[Any, ...]], object]) -> PropertyListener:
    """``AudioObjectAddPropertyListener``: call ``callback`` when the property changes.

    Parameters
    ----------
    object_id : int
        The object to listen to.
    address : AudioObjectPropertyAddress or tuple or str
        The property (wildcards ``'****'`` / ``0xFFFFFFFF`` are allowed by the HAL).
    callback : callable
        ``callback(object_id, addresses)`` with ``addresses`` a tuple of
        :class:`~coremusic.structs.AudioObjectPropertyAddress`.  It runs on a
        HAL thread: keep it short and hand work to your own thread or event
        loop.  An exception it raises is counted on the returned handle and
        re-raised by its ``check_errors()``; it never reaches C.

    Returns
    -------
    PropertyListener
        Give it to :func:`audio_object_remove_property_listener`.  The module
        keeps it (and the callback) alive until then.

    Example
    -------
    >>> def devices_changed(object_id, addresses):
    ...     print("devices changed")
    >>> listener = hal.audio_object_add_property_listener(1, "dev#", devices_changed)  # doctest: +SKIP
    >>> hal.audio_object_remove_property_listener(listener)                          # doctest: +SKIP
    """
    oid = as_object_id(object_id)
    addr = as_address(address)
    fn = as_callable(callback, "callback")
    handle = PropertyListener("object", fn, object_id=oid, address=addr)
    trampoline = make_object_listener(handle, fn)
    with registering(handle, trampoline):
        call("AudioObjectAddPropertyListener", oid, handle._c_address, trampoline, ffi.NULL,
             obj=describe(oid, addr))
    return handle


def audio_object_remove_property_listener(listener: PropertyListener) -> None:
    """``AudioObjectRemovePropertyListener``: stop a listener and let go of its callback.

    Raises
    ------
    TypeError
        ``listener`` is not a handle from :func:`audio_object_add_property_listener`.
    ValueError
        It was already removed.
    AudioDeviceError
        The HAL refused; the listener then stays registered.

    Example
    -------
    >>> hal.audio_object_remove_property_listener(listener)      # doctest: +SKIP
    """
    with removing(listener, PropertyListener, ("object",),
                  "audio_object_remove_property_listener"):
        oid = listener.object_id
        call("AudioObjectRemovePropertyListener", oid, listener._c_address, listener._trampoline,
             ffi.NULL, obj=describe(oid or 0, listener.address))


# ------------------------------------------------------------ typed property helpers


def _read_fixed(operation_obj: tuple[int, Any], ctype: str, qualifier: Qualifier) -> Any:
    """Read a property of one C value of type ``ctype`` (no size query needed)."""
    oid, addr = operation_obj
    want = ffi.sizeof(ctype)
    box = ffi.new(f"{ctype} *")
    size = ffi.new("UInt32 *", want)
    what = describe(oid, addr)
    with qualifier_buffer(qualifier) as (qsize, qdata):
        call("AudioObjectGetPropertyData", oid, addr.to_cdata(), qsize, qdata, size, box, obj=what)
    if int(size[0]) != want:
        raise ValueError(f"{what} returned {int(size[0])} bytes, not one {ctype} ({want} bytes)")
    return box


def _target(object_id: int, address: AddressLike) -> tuple[int, Any]:
    return as_object_id(object_id), as_address(address)


def audio_object_get_property_uint32(object_id: int, address: AddressLike,
                                     qualifier: Qualifier = None) -> int:
    """A ``UInt32`` property (buffer frame size, transport type, a translated device id ...).

    Raises ``ValueError`` when the property is not 4 bytes.

    Example
    -------
    >>> hal.audio_object_get_property_uint32(1, "dOut")               # doctest: +SKIP
    73
    >>> hal.audio_object_get_property_uint32(1, "uidd", qualifier="BuiltInSpeakerDevice")  # doctest: +SKIP
    73
    """
    return int(_read_fixed(_target(object_id, address), "UInt32", qualifier)[0])


def audio_object_get_property_float64(object_id: int, address: AddressLike,
                                      qualifier: Qualifier = None) -> float:
    """A ``Float64`` property (nominal sample rate, actual sample rate ...).

    Example
    -------
    >>> hal.audio_object_get_property_float64(73, "nsrt")            # doctest: +SKIP
    48000.0
    """
    return float(_read_fixed(_target(object_id, address), "Float64", qualifier)[0])


def audio_object_get_property_cf(object_id: int, address: AddressLike,
                                 qualifier: Qualifier = None) -> Any:
    """A property holding a CF object, as a Python value (released once read).

    CFString -> ``str``, CFNumber -> ``int``/``float``, CFArray -> ``list``,
    CFDictionary -> ``dict`` (e.g. an aggregate device's composition), NULL -> ``None``.

    Example
    -------
    >>> hal.audio_object_get_property_cf(91, "acom")["name"]          # doctest: +SKIP
    'My Aggregate'
    """
    ref = _read_fixed(_target(object_id, address), "CFTypeRef", qualifier)[0]
    with cf.owned(ref):
        return cf.to_python(ref)


def audio_object_get_property_cfstring(object_id: int, address: AddressLike,
                                       qualifier: Qualifier = None) -> str:
    """A ``CFStringRef`` property (name, manufacturer, UID ...) as ``str``.

    The CFString the HAL returns is released exactly once.  Raises
    ``ValueError`` for a NULL string and ``TypeError`` when the property holds
    another CF type.

    Example
    -------
    >>> hal.audio_object_get_property_cfstring(73, "lnam")           # doctest: +SKIP
    'MacBook Pro Speakers'
    """
    target = _target(object_id, address)
    ref = _read_fixed(target, "CFStringRef", qualifier)[0]
    if cf.is_null(ref):
        raise ValueError(f"{describe(*target)} returned a NULL CFString")
    with cf.owned(ref):
        value = cf.to_python(ref)
    if not isinstance(value, str):
        raise TypeError(f"{describe(*target)} holds a {type(value).__name__}, not a CFString")
    return value


def audio_object_get_property_array_uint32(object_id: int, address: AddressLike,
                                           qualifier: Qualifier = None) -> list[int]:
    """A property holding an array of ``UInt32`` (device, stream or control ids ...).

    Example
    -------
    >>> hal.audio_object_get_property_array_uint32(1, "dev#")        # doctest: +SKIP
    [73, 81]
    """
    raw = audio_object_get_property_data(object_id, address, qualifier)
    if len(raw) % 4:
        raise ValueError(f"{describe(*_target(object_id, address))} returned {len(raw)} bytes, "
                         "not a whole number of UInt32")
    return list(struct.unpack(f"={len(raw) // 4}I", raw))


def audio_object_get_property_value_ranges(object_id: int, address: AddressLike,
                                           qualifier: Qualifier = None) -> list[AudioValueRange]:
    """A property holding ``AudioValueRange`` items (available nominal sample rates ...).

    Example
    -------
    >>> hal.audio_object_get_property_value_ranges(73, "nsr#")       # doctest: +SKIP
    [AudioValueRange(minimum=44100.0, maximum=44100.0), AudioValueRange(minimum=48000.0, maximum=48000.0)]
    """
    raw = audio_object_get_property_data(object_id, address, qualifier)
    item = ffi.sizeof("AudioValueRange")
    if len(raw) % item:
        raise ValueError(f"{describe(*_target(object_id, address))} returned {len(raw)} bytes, "
                         f"not a whole number of AudioValueRange ({item} bytes)")
    return [AudioValueRange(lo, hi) for lo, hi in struct.iter_unpack("=dd", raw)]


def audio_object_get_property_format(object_id: int, address: AddressLike,
                                     qualifier: Qualifier = None) -> AudioFormat:
    """An ``AudioStreamBasicDescription`` property (a stream's virtual or physical format).

    Example
    -------
    >>> hal.audio_object_get_property_format(120, "sfmt")            # doctest: +SKIP
    AudioFormat(48000 Hz, 'lpcm', 2 ch, 32-bit float, interleaved)
    """
    box = _read_fixed(_target(object_id, address), "AudioStreamBasicDescription", qualifier)
    return AudioFormat.from_cdata(box[0])


def audio_object_get_property_buffer_list_channels(object_id: int, address: AddressLike,
                                                   qualifier: Qualifier = None) -> list[int]:
    """The channel count of each buffer of an ``AudioBufferList`` property
    (``kAudioDevicePropertyStreamConfiguration``, ``'slay'``): one int per stream.

    Example
    -------
    >>> hal.audio_object_get_property_buffer_list_channels(73, ("slay", "outp"))  # doctest: +SKIP
    [2]
    """
    raw = audio_object_get_property_data(object_id, address, qualifier)
    head = ffi.offsetof("AudioBufferList", "mBuffers")
    item = ffi.sizeof("AudioBuffer")
    what = describe(*_target(object_id, address))
    if len(raw) < head:
        raise ValueError(f"{what} returned {len(raw)} bytes, too few for an AudioBufferList")
    storage = ffi.new("char[]", raw)
    abl = ffi.cast("AudioBufferList *", storage)
    count = int(abl.mNumberBuffers)
    if len(raw) < head + count * item:
        raise ValueError(f"{what} returned {len(raw)} bytes for an AudioBufferList of "
                         f"{count} buffers (needs {head + count * item})")
    buffers = ffi.cast("AudioBuffer *", storage + head)
    return [int(buffers[i].mNumberChannels) for i in range(count)]


def audio_object_set_property_uint32(object_id: int, address: AddressLike, value: int) -> None:
    """Set a ``UInt32`` property (buffer frame size, hog mode, a default device ...).

    Example
    -------
    >>> hal.audio_object_set_property_uint32(73, "fsiz", 256)        # doctest: +SKIP
    """
    number = as_uint32(value, "value")
    audio_object_set_property_data(object_id, address, struct.pack("=I", number))


def audio_object_set_property_float64(object_id: int, address: AddressLike, value: float) -> None:
    """Set a ``Float64`` property (nominal sample rate ...); ``value`` must be finite.

    Example
    -------
    >>> hal.audio_object_set_property_float64(73, "nsrt", 44100.0)   # doctest: +SKIP
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"value must be a float, not {type(value).__name__}")
    if not math.isfinite(value):
        raise ValueError(f"value must be a finite number, got {value}")
    audio_object_set_property_data(object_id, address, struct.pack("=d", float(value)))


def audio_object_set_property_format(object_id: int, address: AddressLike,
                                     fmt: AudioFormat) -> None:
    """Set an ``AudioStreamBasicDescription`` property from an :class:`AudioFormat`.

    Example
    -------
    >>> from coremusic.formats import AudioFormat
    >>> hal.audio_object_set_property_format(120, "sfmt", AudioFormat.pcm_float32_stereo(48000.0))  # doctest: +SKIP
    """
    if not isinstance(fmt, AudioFormat):
        raise TypeError(f"fmt must be a coremusic.formats.AudioFormat, not {type(fmt).__name__}")
    audio_object_set_property_data(object_id, address, fmt.to_bytes())


# ====================================================================== AudioDevice


def _io_proc_arg(device_id: int, io_proc: IOProc | None, operation: str) -> Any:
    """The ``AudioDeviceIOProcID`` for Start/Stop: NULL for ``None``, else a live handle's id."""
    if io_proc is None:
        return ffi.cast("AudioDeviceIOProcID", 0)
    if not isinstance(io_proc, IOProc):
        raise TypeError(f"{operation}: io_proc must be an IOProc handle or None, "
                        f"not {type(io_proc).__name__}")
    if not io_proc.registered:
        raise ValueError(f"{operation}: {io_proc!r} was already removed")
    if io_proc.device_id != device_id:
        raise ValueError(f"{operation}: {io_proc!r} belongs to device {io_proc.device_id}, "
                         f"not device {device_id}")
    return io_proc._proc_id


def audio_device_create_io_proc_id(device_id: int, callback: Callable[..., object], *,
                                   raw: bool = False) -> IOProc:
    """``AudioDeviceCreateIOProcID``: make ``callback`` an IOProc of the device.

    Parameters
    ----------
    device_id : int
        The ``AudioDeviceID``.
    callback : callable
        ``callback(device_id, now, input_data, input_time, output_data, output_time)``,
        called on the device's realtime IO thread once per IO cycle.  By
        default the times are :class:`~coremusic.structs.AudioTimeStamp` and
        the buffers :class:`~coremusic.structs.AudioBufferList` views over C's
        memory (``None`` where C passes NULL); fill ``output_data``'s arrays in
        place.  Keep it short: no allocation, locks or I/O.  An exception is
        counted on the handle, the output is silenced for that cycle, and
        ``check_errors()`` re-raises it later.
    raw : bool
        Pass the raw cffi pointers instead (nothing decoded or allocated per cycle).

    Returns
    -------
    IOProc
        Give it to :func:`audio_device_start` / :func:`audio_device_stop` and
        finally :func:`audio_device_destroy_io_proc_id`.

    Example
    -------
    >>> def render(device_id, now, input_data, input_time, output_data, output_time):
    ...     for array in output_data.arrays():
    ...         array[:] = 0.0
    >>> proc = hal.audio_device_create_io_proc_id(73, render)       # doctest: +SKIP
    >>> hal.audio_device_start(73, proc)                            # doctest: +SKIP
    >>> hal.audio_device_stop(73, proc)                             # doctest: +SKIP
    >>> hal.audio_device_destroy_io_proc_id(proc)                   # doctest: +SKIP
    """
    did = as_object_id(device_id, "device_id")
    fn = as_callable(callback, "callback")
    if not isinstance(raw, bool):
        raise TypeError(f"raw must be a bool, not {type(raw).__name__}")
    handle = IOProc("id", did, fn, raw)
    trampoline = make_io_proc(handle, fn, raw)
    out = ffi.new("AudioDeviceIOProcID *")
    with registering(handle, trampoline):
        call("AudioDeviceCreateIOProcID", did, trampoline, ffi.NULL, out, obj=f"device {did}")
    handle._proc_id = out[0]
    return handle


def audio_device_destroy_io_proc_id(io_proc: IOProc) -> None:
    """``AudioDeviceDestroyIOProcID``: unregister an IOProc and let go of its callback.

    Stop it first (:func:`audio_device_stop`).  A second call raises
    ``ValueError``; if the HAL refuses, the IOProc stays registered.

    Example
    -------
    >>> hal.audio_device_destroy_io_proc_id(proc)                   # doctest: +SKIP
    """
    with removing(io_proc, IOProc, ("id",), "audio_device_destroy_io_proc_id"):
        call("AudioDeviceDestroyIOProcID", io_proc.device_id, io_proc._proc_id,
             obj=f"device {io_proc.device_id}")


def audio_device_start(device_id: int, io_proc: IOProc | None = None) -> None:
    """``AudioDeviceStart``: start the device's IO for ``io_proc`` (``None``: the hardware only).

    Example
    -------
    >>> hal.audio_device_start(73, proc)                            # doctest: +SKIP
    """
    did = as_object_id(device_id, "device_id")
    call("AudioDeviceStart", did, _io_proc_arg(did, io_proc, "audio_device_start"),
         obj=f"device {did}")


def audio_device_stop(device_id: int, io_proc: IOProc | None = None) -> None:
    """``AudioDeviceStop``: stop the device's IO for ``io_proc`` (``None``: the hardware only).

    Example
    -------
    >>> hal.audio_device_stop(73, proc)                             # doctest: +SKIP
    """
    did = as_object_id(device_id, "device_id")
    call("AudioDeviceStop", did, _io_proc_arg(did, io_proc, "audio_device_stop"),
         obj=f"device {did}")


def audio_device_start_at_time(device_id: int, io_proc: IOProc | None,
                               start_time: AudioTimeStamp, flags: int = 0) -> AudioTimeStamp:
    """``AudioDeviceStartAtTime``: start IO at (or near) ``start_time``; returns the
    time the HAL actually chose.

    ``flags``: ``kAudioDeviceStartTime*Flag`` bits (1 is-input, 2 don't consult
    the device, 4 don't consult the HAL).

    Example
    -------
    >>> from coremusic.structs import AudioTimeStamp
    >>> hal.audio_device_start_at_time(73, proc, AudioTimeStamp.from_sample_time(48000.0))  # doctest: +SKIP
    AudioTimeStamp(sample_time=48000.0, ...)
    """
    did = as_object_id(device_id, "device_id")
    when = as_timestamp(start_time, "start_time").to_cdata()
    call("AudioDeviceStartAtTime", did, _io_proc_arg(did, io_proc, "audio_device_start_at_time"),
         when, as_uint32(flags, "flags"), obj=f"device {did}")
    return AudioTimeStamp.from_cdata(when)


def audio_device_get_current_time(device_id: int) -> AudioTimeStamp:
    """``AudioDeviceGetCurrentTime``: the running device's current time.

    Example
    -------
    >>> hal.audio_device_get_current_time(73).has_host_time         # doctest: +SKIP
    True
    """
    did = as_object_id(device_id, "device_id")
    out = ffi.new("AudioTimeStamp *")
    call("AudioDeviceGetCurrentTime", did, out, obj=f"device {did}")
    return AudioTimeStamp.from_cdata(out)


def audio_device_get_nearest_start_time(device_id: int, requested: AudioTimeStamp,
                                        flags: int = 0) -> AudioTimeStamp:
    """``AudioDeviceGetNearestStartTime``: the valid start time nearest ``requested``.

    Example
    -------
    >>> hal.audio_device_get_nearest_start_time(73, AudioTimeStamp.from_sample_time(1000.0))  # doctest: +SKIP
    AudioTimeStamp(sample_time=1024.0, ...)
    """
    did = as_object_id(device_id, "device_id")
    io = as_timestamp(requested, "requested").to_cdata()
    call("AudioDeviceGetNearestStartTime", did, io, as_uint32(flags, "flags"),
         obj=f"device {did}")
    return AudioTimeStamp.from_cdata(io)


def audio_device_translate_time(device_id: int, time: AudioTimeStamp,
                                fields: int = _DEFAULT_TRANSLATE_FIELDS) -> AudioTimeStamp:
    """``AudioDeviceTranslateTime``: express ``time`` in the device's other time bases.

    Parameters
    ----------
    time : AudioTimeStamp
        The time to translate (its ``flags`` say which fields are valid).
    fields : int
        The ``AudioTimeStamp.*_VALID`` bits wanted in the result (default:
        sample time and host time); passed as the output's ``mFlags``.

    Example
    -------
    >>> hal.audio_device_translate_time(73, AudioTimeStamp.from_host_time(10**9)).sample_time  # doctest: +SKIP
    480.0
    """
    did = as_object_id(device_id, "device_id")
    source = as_timestamp(time, "time").to_cdata()
    out = AudioTimeStamp(flags=as_uint32(fields, "fields")).to_cdata()
    call("AudioDeviceTranslateTime", did, source, out, obj=f"device {did}")
    return AudioTimeStamp.from_cdata(out)


# ====================================================================== AudioHardware


def audio_hardware_create_aggregate_device(description: Mapping[str, Any]) -> int:
    """``AudioHardwareCreateAggregateDevice``: make an aggregate device; returns its id.

    Parameters
    ----------
    description : Mapping[str, Any]
        The composition dictionary, with the string keys of Apple's
        ``kAudioAggregateDevice*Key`` constants (``"uid"``, ``"name"``,
        ``"subdevices"`` -- a list of dicts with a ``"uid"`` each --,
        ``"private"`` ...).  Values are str, bytes, bool, int, float, lists
        and dicts; they become a ``CFDictionary`` released after the call.

    Example
    -------
    >>> hal.audio_hardware_create_aggregate_device({              # doctest: +SKIP
    ...     "uid": "com.example.agg", "name": "My Aggregate",
    ...     "subdevices": [{"uid": "BuiltInSpeakerDevice"}], "private": True})
    91
    """
    if not isinstance(description, Mapping):
        raise TypeError(f"description must be a mapping (dict), not {type(description).__name__}")
    check_cf_convertible(description)
    ref = cf.dictionary(description)
    out = ffi.new("AudioObjectID *")
    with cf.owned(ref):
        call("AudioHardwareCreateAggregateDevice", ref, out,
             obj=str(description.get("name", description.get("uid", "aggregate device"))))
    return int(out[0])


def audio_hardware_destroy_aggregate_device(device_id: int) -> None:
    """``AudioHardwareDestroyAggregateDevice``: remove an aggregate device made by
    :func:`audio_hardware_create_aggregate_device`.

    Example
    -------
    >>> hal.audio_hardware_destroy_aggregate_device(91)             # doctest: +SKIP
    """
    did = as_object_id(device_id, "device_id")
    call("AudioHardwareDestroyAggregateDevice", did, obj=f"device {did}")


def audio_hardware_unload() -> None:
    """``AudioHardwareUnload``: let the HAL release its resources when the process no longer uses it.

    Example
    -------
    >>> hal.audio_hardware_unload()                                 # doctest: +SKIP
    """
    call("AudioHardwareUnload")
