"""AudioHardwareDeprecated.h: the pre-AudioObject HAL calls Apple still exports.

Deprecated since macOS 10.5-10.7 in favour of the ``AudioObject*`` property
calls and ``AudioDeviceCreateIOProcID`` (:mod:`coremusic.capi.hal`), yet
still exported by CoreAudio; wrapped for code ported from old HAL programs.
They follow the same conventions as :mod:`coremusic.capi.hal`: property
getters query the size and return ``bytes``; listeners and IOProcs are Python
callables owned through a handle until removed; a non-zero ``OSStatus``
raises :class:`~coremusic.exceptions.AudioDeviceError`.

Prefer the ``audio_object_*`` functions in new code.  All names are also
available from :mod:`coremusic.capi.hal` and :mod:`coremusic.capi`.

Example
-------
>>> from coremusic.capi import hal                                        # doctest: +SKIP
>>> size, writable = hal.audio_hardware_get_property_info("dev#")         # doctest: +SKIP
>>> hal.audio_device_get_property(73, 0, False, "nsrt")                   # doctest: +SKIP
b'\\x00\\x00\\x00\\x00\\x00p\\xe7@'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from coremusic._ffi import ffi, lib
from coremusic.capi._base import as_pointer, buffer_from, call
from coremusic.capi.hal_base import (
    FourCCLike,
    as_callable,
    as_fourcc,
    as_object_id,
    as_timestamp,
    as_uint32,
    read_variable,
)
from coremusic.capi.hal_callbacks import (
    IOProc,
    PropertyListener,
    make_device_listener,
    make_hardware_listener,
    make_io_proc,
    make_stream_listener,
    registering,
    removing,
)
from coremusic.structs import AudioBufferList, AudioObjectPropertyAddress, AudioTimeStamp
from coremusic.utils.fourcc import int_to_fourcc

__all__ = [
    "audio_device_add_io_proc",
    "audio_device_add_property_listener",
    "audio_device_get_property",
    "audio_device_get_property_info",
    "audio_device_read",
    "audio_device_remove_io_proc",
    "audio_device_remove_property_listener",
    "audio_device_set_property",
    "audio_hardware_add_property_listener",
    "audio_hardware_add_run_loop_source",
    "audio_hardware_get_property",
    "audio_hardware_get_property_info",
    "audio_hardware_remove_property_listener",
    "audio_hardware_remove_run_loop_source",
    "audio_hardware_set_property",
    "audio_stream_add_property_listener",
    "audio_stream_get_property",
    "audio_stream_get_property_info",
    "audio_stream_remove_property_listener",
    "audio_stream_set_property",
]


def _is_input(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"is_input must be a bool, not {type(value).__name__}")
    return value


def _when(value: AudioTimeStamp | None) -> Any:
    return ffi.NULL if value is None else as_timestamp(value, "when").to_cdata()


def _device_what(device_id: int, channel: int, is_input: bool, property_id: int) -> str:
    return (f"device {device_id} channel {channel} {'input' if is_input else 'output'} "
            f"'{int_to_fourcc(property_id)}'")


def _stream_what(stream_id: int, channel: int, property_id: int) -> str:
    return f"stream {stream_id} channel {channel} '{int_to_fourcc(property_id)}'"


def _info(operation: str, args: tuple[Any, ...], what: str) -> tuple[int, bool]:
    size = ffi.new("UInt32 *")
    writable = ffi.new("Boolean *")
    call(operation, *args, size, writable, obj=what)
    return int(size[0]), bool(writable[0])


# ====================================================================== AudioDevice


def audio_device_get_property_info(device_id: int, channel: int, is_input: bool,
                                   property_id: FourCCLike) -> tuple[int, bool]:
    """``AudioDeviceGetPropertyInfo`` (deprecated): ``(size in bytes, writable)``.

    Parameters
    ----------
    device_id : int
        The ``AudioDeviceID``.
    channel : int
        ``0`` for the master channel, else 1-based.
    is_input : bool
        The input (``True``) or output (``False``) section.
    property_id : str or int
        The selector, e.g. ``'nsrt'``.

    Example
    -------
    >>> hal.audio_device_get_property_info(73, 0, False, "nsrt")    # doctest: +SKIP
    (8, True)
    """
    did = as_object_id(device_id, "device_id")
    ch = as_uint32(channel, "channel")
    inp = _is_input(is_input)
    pid = as_fourcc(property_id, "property_id")
    return _info("AudioDeviceGetPropertyInfo", (did, ch, inp, pid),
                 _device_what(did, ch, inp, pid))


def audio_device_get_property(device_id: int, channel: int, is_input: bool,
                              property_id: FourCCLike) -> bytes:
    """``AudioDeviceGetProperty`` (deprecated): the property's bytes (size queried first).

    Example
    -------
    >>> import struct
    >>> struct.unpack("=d", hal.audio_device_get_property(73, 0, False, "nsrt"))  # doctest: +SKIP
    (48000.0,)
    """
    size, _writable = audio_device_get_property_info(device_id, channel, is_input, property_id)
    did, ch, inp = int(device_id), int(channel), bool(is_input)
    pid = as_fourcc(property_id, "property_id")
    return read_variable(
        "AudioDeviceGetProperty", size,
        lambda io_size, buf: lib.AudioDeviceGetProperty(did, ch, inp, pid, io_size, buf),
        _device_what(did, ch, inp, pid))


def audio_device_set_property(device_id: int, channel: int, is_input: bool,
                              property_id: FourCCLike, data: bytes | bytearray | memoryview,
                              *, when: AudioTimeStamp | None = None) -> None:
    """``AudioDeviceSetProperty`` (deprecated): set the property from bytes,
    now (``when=None``) or at the device time ``when``.

    Example
    -------
    >>> hal.audio_device_set_property(73, 0, False, "fsiz", (256).to_bytes(4, "little"))  # doctest: +SKIP
    """
    did = as_object_id(device_id, "device_id")
    ch = as_uint32(channel, "channel")
    inp = _is_input(is_input)
    pid = as_fourcc(property_id, "property_id")
    pointer, size = buffer_from(data)
    call("AudioDeviceSetProperty", did, _when(when), ch, inp, pid, size, pointer,
         obj=_device_what(did, ch, inp, pid))


def audio_device_add_property_listener(
        device_id: int, channel: int, is_input: bool, property_id: FourCCLike,
        callback: Callable[[int, int, bool, int], object]) -> PropertyListener:
    """``AudioDeviceAddPropertyListener`` (deprecated): call
    ``callback(device_id, channel, is_input, property_id)`` on changes.

    Returns the :class:`PropertyListener` that
    :func:`audio_device_remove_property_listener` takes; the callback's
    exceptions are counted on it, never passed to C.

    Example
    -------
    >>> listener = hal.audio_device_add_property_listener(73, 0, False, "nsrt", print)  # doctest: +SKIP
    >>> hal.audio_device_remove_property_listener(listener)                         # doctest: +SKIP
    """
    did = as_object_id(device_id, "device_id")
    ch = as_uint32(channel, "channel")
    inp = _is_input(is_input)
    pid = as_fourcc(property_id, "property_id")
    fn = as_callable(callback, "callback")
    handle = PropertyListener("device", fn, object_id=did,
                              address=AudioObjectPropertyAddress(pid, element=ch),
                              channel=ch, is_input=inp)
    trampoline = make_device_listener(handle, fn)
    with registering(handle, trampoline):
        call("AudioDeviceAddPropertyListener", did, ch, inp, pid, trampoline, ffi.NULL,
             obj=_device_what(did, ch, inp, pid))
    return handle


def audio_device_remove_property_listener(listener: PropertyListener) -> None:
    """``AudioDeviceRemovePropertyListener`` (deprecated): stop a device listener.

    Example
    -------
    >>> hal.audio_device_remove_property_listener(listener)        # doctest: +SKIP
    """
    with removing(listener, PropertyListener, ("device",),
                  "audio_device_remove_property_listener"):
        did, ch, inp = listener.object_id, listener.channel, bool(listener.is_input)
        pid = listener.property_id
        call("AudioDeviceRemovePropertyListener", did, ch, inp, pid, listener._trampoline,
             obj=_device_what(did or 0, ch or 0, inp, pid))


def audio_device_add_io_proc(device_id: int, callback: Callable[..., object], *,
                             raw: bool = False) -> IOProc:
    """``AudioDeviceAddIOProc`` (deprecated): make ``callback`` an IOProc of the device.

    The callback is called as for
    :func:`~coremusic.capi.hal.audio_device_create_io_proc_id`; the returned
    :class:`IOProc` is started and stopped the same way and removed with
    :func:`audio_device_remove_io_proc`.

    Example
    -------
    >>> proc = hal.audio_device_add_io_proc(73, render)             # doctest: +SKIP
    >>> hal.audio_device_remove_io_proc(proc)                       # doctest: +SKIP
    """
    did = as_object_id(device_id, "device_id")
    fn = as_callable(callback, "callback")
    if not isinstance(raw, bool):
        raise TypeError(f"raw must be a bool, not {type(raw).__name__}")
    handle = IOProc("legacy", did, fn, raw)
    trampoline = make_io_proc(handle, fn, raw)
    with registering(handle, trampoline):
        call("AudioDeviceAddIOProc", did, trampoline, ffi.NULL, obj=f"device {did}")
    handle._proc_id = trampoline  # the old API names an IOProc by its function pointer
    return handle


def audio_device_remove_io_proc(io_proc: IOProc) -> None:
    """``AudioDeviceRemoveIOProc`` (deprecated): remove an IOProc added by
    :func:`audio_device_add_io_proc` and let go of its callback.

    Example
    -------
    >>> hal.audio_device_remove_io_proc(proc)                       # doctest: +SKIP
    """
    with removing(io_proc, IOProc, ("legacy",), "audio_device_remove_io_proc"):
        call("AudioDeviceRemoveIOProc", io_proc.device_id, io_proc._trampoline,
             obj=f"device {io_proc.device_id}")


def audio_device_read(device_id: int, start_time: AudioTimeStamp,
                      buffers: AudioBufferList) -> None:
    """``AudioDeviceRead`` (deprecated): copy input audio from ``start_time`` into ``buffers``.

    ``buffers`` is an :class:`~coremusic.structs.AudioBufferList` sized by the
    caller (``AudioBufferList.allocate(...)``); it is filled in place.

    Example
    -------
    >>> from coremusic.structs import AudioBufferList, AudioTimeStamp
    >>> abl = AudioBufferList.allocate(1, 512, channels_per_buffer=2)
    >>> hal.audio_device_read(81, AudioTimeStamp.from_sample_time(0.0), abl)   # doctest: +SKIP
    """
    did = as_object_id(device_id, "device_id")
    when = as_timestamp(start_time, "start_time").to_cdata()
    if not isinstance(buffers, AudioBufferList):
        raise TypeError("buffers must be a coremusic.structs.AudioBufferList, "
                        f"not {type(buffers).__name__}")
    call("AudioDeviceRead", did, when, buffers.pointer, obj=f"device {did}")


# ====================================================================== AudioHardware


def audio_hardware_get_property_info(property_id: FourCCLike) -> tuple[int, bool]:
    """``AudioHardwareGetPropertyInfo`` (deprecated): ``(size in bytes, writable)``
    of a system-object property.

    Example
    -------
    >>> hal.audio_hardware_get_property_info("dev#")               # doctest: +SKIP
    (8, False)
    """
    pid = as_fourcc(property_id, "property_id")
    return _info("AudioHardwareGetPropertyInfo", (pid,), f"hardware '{int_to_fourcc(pid)}'")


def audio_hardware_get_property(property_id: FourCCLike) -> bytes:
    """``AudioHardwareGetProperty`` (deprecated): a system-object property's bytes.

    Example
    -------
    >>> hal.audio_hardware_get_property("dev#")                    # doctest: +SKIP
    b'I\\x00\\x00\\x00Q\\x00\\x00\\x00'
    """
    size, _writable = audio_hardware_get_property_info(property_id)
    pid = as_fourcc(property_id, "property_id")
    return read_variable(
        "AudioHardwareGetProperty", size,
        lambda io_size, buf: lib.AudioHardwareGetProperty(pid, io_size, buf),
        f"hardware '{int_to_fourcc(pid)}'")


def audio_hardware_set_property(property_id: FourCCLike,
                                data: bytes | bytearray | memoryview) -> None:
    """``AudioHardwareSetProperty`` (deprecated): set a system-object property from bytes.

    Example
    -------
    >>> hal.audio_hardware_set_property("dOut", (73).to_bytes(4, "little"))   # doctest: +SKIP
    """
    pid = as_fourcc(property_id, "property_id")
    pointer, size = buffer_from(data)
    call("AudioHardwareSetProperty", pid, size, pointer, obj=f"hardware '{int_to_fourcc(pid)}'")


def audio_hardware_add_property_listener(
        property_id: FourCCLike, callback: Callable[[int], object]) -> PropertyListener:
    """``AudioHardwareAddPropertyListener`` (deprecated): call ``callback(property_id)``
    when a system-object property changes.

    Example
    -------
    >>> listener = hal.audio_hardware_add_property_listener("dev#", print)   # doctest: +SKIP
    >>> hal.audio_hardware_remove_property_listener(listener)              # doctest: +SKIP
    """
    pid = as_fourcc(property_id, "property_id")
    fn = as_callable(callback, "callback")
    handle = PropertyListener("hardware", fn, object_id=None,
                              address=AudioObjectPropertyAddress(pid))
    trampoline = make_hardware_listener(handle, fn)
    with registering(handle, trampoline):
        call("AudioHardwareAddPropertyListener", pid, trampoline, ffi.NULL,
             obj=f"hardware '{int_to_fourcc(pid)}'")
    return handle


def audio_hardware_remove_property_listener(listener: PropertyListener) -> None:
    """``AudioHardwareRemovePropertyListener`` (deprecated): stop a hardware listener.

    Example
    -------
    >>> hal.audio_hardware_remove_property_listener(listener)      # doctest: +SKIP
    """
    with removing(listener, PropertyListener, ("hardware",),
                  "audio_hardware_remove_property_listener"):
        pid = listener.property_id
        call("AudioHardwareRemovePropertyListener", pid, listener._trampoline,
             obj=f"hardware '{int_to_fourcc(pid)}'")


def _run_loop_source(source: object) -> Any:
    if isinstance(source, ffi.CData):
        if ffi.typeof(source).kind != "pointer":
            raise TypeError(f"source must be a CFRunLoopSourceRef, not {ffi.typeof(source).cname}")
        if source == ffi.NULL:
            raise ValueError("source is a NULL CFRunLoopSourceRef")
        return ffi.cast("CFRunLoopSourceRef", source)
    if isinstance(source, int) and not isinstance(source, bool):
        return as_pointer("CFRunLoopSourceRef", source, "source")
    raise TypeError("source must be a CFRunLoopSourceRef (an int handle or a cffi pointer), "
                    f"not {type(source).__name__}")


def audio_hardware_add_run_loop_source(source: object) -> None:
    """``AudioHardwareAddRunLoopSource`` (deprecated): have the HAL signal its
    notifications through a ``CFRunLoopSourceRef`` (an int handle or a cffi pointer).

    Example
    -------
    >>> hal.audio_hardware_add_run_loop_source(source)             # doctest: +SKIP
    """
    call("AudioHardwareAddRunLoopSource", _run_loop_source(source))


def audio_hardware_remove_run_loop_source(source: object) -> None:
    """``AudioHardwareRemoveRunLoopSource`` (deprecated): undo
    :func:`audio_hardware_add_run_loop_source`.

    Example
    -------
    >>> hal.audio_hardware_remove_run_loop_source(source)          # doctest: +SKIP
    """
    call("AudioHardwareRemoveRunLoopSource", _run_loop_source(source))


# ====================================================================== AudioStream


def audio_stream_get_property_info(stream_id: int, channel: int,
                                   property_id: FourCCLike) -> tuple[int, bool]:
    """``AudioStreamGetPropertyInfo`` (deprecated): ``(size in bytes, writable)``.

    Example
    -------
    >>> hal.audio_stream_get_property_info(120, 0, "sfmt")         # doctest: +SKIP
    (40, True)
    """
    sid = as_object_id(stream_id, "stream_id")
    ch = as_uint32(channel, "channel")
    pid = as_fourcc(property_id, "property_id")
    return _info("AudioStreamGetPropertyInfo", (sid, ch, pid), _stream_what(sid, ch, pid))


def audio_stream_get_property(stream_id: int, channel: int, property_id: FourCCLike) -> bytes:
    """``AudioStreamGetProperty`` (deprecated): the property's bytes (size queried first).

    Example
    -------
    >>> from coremusic.formats import AudioFormat
    >>> AudioFormat.from_asbd_bytes(hal.audio_stream_get_property(120, 0, "sfmt"))  # doctest: +SKIP
    AudioFormat(48000 Hz, 'lpcm', 2 ch, 32-bit float, interleaved)
    """
    size, _writable = audio_stream_get_property_info(stream_id, channel, property_id)
    sid, ch = int(stream_id), int(channel)
    pid = as_fourcc(property_id, "property_id")
    return read_variable(
        "AudioStreamGetProperty", size,
        lambda io_size, buf: lib.AudioStreamGetProperty(sid, ch, pid, io_size, buf),
        _stream_what(sid, ch, pid))


def audio_stream_set_property(stream_id: int, channel: int, property_id: FourCCLike,
                              data: bytes | bytearray | memoryview, *,
                              when: AudioTimeStamp | None = None) -> None:
    """``AudioStreamSetProperty`` (deprecated): set the property from bytes, now or at ``when``.

    Example
    -------
    >>> hal.audio_stream_set_property(120, 0, "sfmt", AudioFormat.pcm_float32_stereo(48000.0).to_bytes())  # doctest: +SKIP
    """
    sid = as_object_id(stream_id, "stream_id")
    ch = as_uint32(channel, "channel")
    pid = as_fourcc(property_id, "property_id")
    pointer, size = buffer_from(data)
    call("AudioStreamSetProperty", sid, _when(when), ch, pid, size, pointer,
         obj=_stream_what(sid, ch, pid))


def audio_stream_add_property_listener(
        stream_id: int, channel: int, property_id: FourCCLike,
        callback: Callable[[int, int, int], object]) -> PropertyListener:
    """``AudioStreamAddPropertyListener`` (deprecated): call
    ``callback(stream_id, channel, property_id)`` on changes.

    Example
    -------
    >>> listener = hal.audio_stream_add_property_listener(120, 0, "sfmt", print)  # doctest: +SKIP
    >>> hal.audio_stream_remove_property_listener(listener)                     # doctest: +SKIP
    """
    sid = as_object_id(stream_id, "stream_id")
    ch = as_uint32(channel, "channel")
    pid = as_fourcc(property_id, "property_id")
    fn = as_callable(callback, "callback")
    handle = PropertyListener("stream", fn, object_id=sid,
                              address=AudioObjectPropertyAddress(pid, element=ch), channel=ch)
    trampoline = make_stream_listener(handle, fn)
    with registering(handle, trampoline):
        call("AudioStreamAddPropertyListener", sid, ch, pid, trampoline, ffi.NULL,
             obj=_stream_what(sid, ch, pid))
    return handle


def audio_stream_remove_property_listener(listener: PropertyListener) -> None:
    """``AudioStreamRemovePropertyListener`` (deprecated): stop a stream listener.

    Example
    -------
    >>> hal.audio_stream_remove_property_listener(listener)        # doctest: +SKIP
    """
    with removing(listener, PropertyListener, ("stream",),
                  "audio_stream_remove_property_listener"):
        sid, ch, pid = listener.object_id, listener.channel, listener.property_id
        call("AudioStreamRemovePropertyListener", sid, ch, pid, listener._trampoline,
             obj=_stream_what(sid or 0, ch or 0, pid))
