"""AudioServices.h and AudioHardwareService.h: system sounds and the
hardware-service property API.

*System sounds* are short sounds (UI clicks, alerts) played by the system
sound server: create a ``SystemSoundID`` from a file, play it, and optionally
get a completion callback.  Sound IDs are plain ``int`` values.

*AudioHardwareService* (deprecated since macOS 10.11, still exported) is an
older front of the HAL's property API; it adds the virtual main volume and
balance properties (``'vmvc'``, ``'vmbc'``).  Its functions take the same
object IDs and property addresses as :mod:`coremusic.capi.hal`, and errors
map to :class:`~coremusic.exceptions.AudioDeviceError`.

Example
-------
>>> from coremusic import capi
>>> sound = capi.audio_services_create_system_sound_id("/System/Library/Sounds/Ping.aiff")  # doctest: +SKIP
>>> capi.audio_services_play_system_sound(sound)                            # doctest: +SKIP
>>> capi.audio_services_dispose_system_sound_id(sound)                      # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import os
import struct
import threading
from collections.abc import Callable, Iterator
from typing import Any

from coremusic._ffi import ffi, lib
from coremusic.capi import cf
from coremusic.capi._base import as_pointer, buffer_from, call
from coremusic.capi._toolbox import CallbackState, fourcc_arg, path_arg, u32
from coremusic.capi.hal_base import (
    AddressLike,
    Qualifier,
    as_address,
    as_callable,
    as_object_id,
    describe,
    qualifier_buffer,
    read_variable,
)
from coremusic.capi.hal_callbacks import (
    PropertyListener,
    make_object_listener,
    registering,
    removing,
)
from coremusic.structs import AudioObjectPropertyAddress
from coremusic.utils.fourcc import int_to_fourcc

__all__ = [
    "HardwareServiceListener",
    "audio_hardware_service_add_property_listener",
    "audio_hardware_service_get_property_data",
    "audio_hardware_service_get_property_data_size",
    "audio_hardware_service_has_property",
    "audio_hardware_service_is_property_settable",
    "audio_hardware_service_remove_property_listener",
    "audio_hardware_service_set_property_data",
    "audio_services_add_system_sound_completion",
    "audio_services_check_completion_errors",
    "audio_services_create_system_sound_id",
    "audio_services_dispose_system_sound_id",
    "audio_services_get_property",
    "audio_services_get_property_info",
    "audio_services_play_alert_sound",
    "audio_services_play_system_sound",
    "audio_services_remove_system_sound_completion",
    "audio_services_set_property",
]

SpecifierLike = int | bytes | bytearray | memoryview | None


# ------------------------------------------------------------------ system sounds


def _sound(value: Any) -> int:
    return u32(value, "sound_id")


def audio_services_create_system_sound_id(path: str | os.PathLike[str]) -> int:
    """``AudioServicesCreateSystemSoundID``: a system sound from a short audio file.

    Example
    -------
    >>> sound = audio_services_create_system_sound_id("click.aiff")         # doctest: +SKIP
    """
    path = path_arg(path)
    out = ffi.new("SystemSoundID *")
    with cf.owned(cf.url_from_path(path)) as url:
        call("AudioServicesCreateSystemSoundID", url, out, obj=os.fspath(path))
    return int(out[0])


def audio_services_dispose_system_sound_id(sound_id: int) -> None:
    """``AudioServicesDisposeSystemSoundID``: free a system sound (and drop its completion callback).

    Example
    -------
    >>> audio_services_dispose_system_sound_id(sound)                      # doctest: +SKIP
    """
    sid = _sound(sound_id)
    call("AudioServicesDisposeSystemSoundID", sid)
    _forget_completion(sid)


def audio_services_play_system_sound(sound_id: int) -> None:
    """``AudioServicesPlaySystemSound``: play a system sound (returns at once).

    Example
    -------
    >>> audio_services_play_system_sound(sound)                            # doctest: +SKIP
    """
    lib.AudioServicesPlaySystemSound(_sound(sound_id))


def audio_services_play_alert_sound(sound_id: int) -> None:
    """``AudioServicesPlayAlertSound``: play a sound as an alert (``4096``: the user's alert sound).

    Example
    -------
    >>> audio_services_play_alert_sound(4096)                              # doctest: +SKIP
    """
    lib.AudioServicesPlayAlertSound(_sound(sound_id))


# sound id -> state of its completion callback (AudioServices keeps one per sound)
_completions: dict[int, CallbackState] = {}
_lock = threading.Lock()


def _completion_proc(sound_id: int, client: Any) -> None:
    state: CallbackState = ffi.from_handle(client)
    try:
        state.target(int(sound_id))
    except BaseException as exc:  # never let it reach C
        if len(state.errors) < 16:
            state.fail(exc)


@contextlib.contextmanager
def _run_loop(run_loop: int | None, run_loop_mode: str | None) -> Iterator[tuple[Any, Any]]:
    loop = ffi.NULL if run_loop is None else as_pointer("CFRunLoopRef", run_loop, "run_loop")
    if run_loop_mode is None:
        yield loop, ffi.NULL
        return
    if not isinstance(run_loop_mode, str):
        raise TypeError(f"run_loop_mode must be a str, not {type(run_loop_mode).__name__}")
    with cf.owned(cf.string(run_loop_mode)) as mode:
        yield loop, mode


_trampoline: list[Any] = []


def _completion_trampoline() -> Any:
    if not _trampoline:
        _trampoline.append(ffi.callback("AudioServicesSystemSoundCompletionProc", _completion_proc))
    return _trampoline[0]


def _forget_completion(sid: int) -> None:
    with _lock:
        state = _completions.pop(sid, None)
    if state is not None:
        state.detach()


def audio_services_add_system_sound_completion(sound_id: int, callback: Callable[[int], object], *,
                                               run_loop: int | None = None,
                                               run_loop_mode: str | None = None) -> None:
    """``AudioServicesAddSystemSoundCompletion``: call ``callback(sound_id)`` each
    time the sound finishes playing.

    One callback per sound: adding another replaces it.  It is kept alive
    until :func:`audio_services_remove_system_sound_completion` or the
    sound's disposal.  It runs on ``run_loop`` (a ``CFRunLoopRef`` handle),
    by default the main run loop; an exception it raises is kept for
    :func:`audio_services_check_completion_errors`.

    Example
    -------
    >>> audio_services_add_system_sound_completion(sound, lambda s: print("done", s))  # doctest: +SKIP
    """
    sid = _sound(sound_id)
    fn = as_callable(callback, "callback")
    state = CallbackState("AudioServicesAddSystemSoundCompletion", fn)
    try:
        with _run_loop(run_loop, run_loop_mode) as (loop, mode):
            call("AudioServicesAddSystemSoundCompletion", sid, loop, mode, _completion_trampoline(),
                 state.c_handle)
    except BaseException:
        state.detach()
        raise
    with _lock:
        previous = _completions.get(sid)
        _completions[sid] = state
    if previous is not None:
        previous.detach()


def audio_services_remove_system_sound_completion(sound_id: int) -> None:
    """``AudioServicesRemoveSystemSoundCompletion``: stop calling the sound's completion callback.

    Example
    -------
    >>> audio_services_remove_system_sound_completion(sound)                # doctest: +SKIP
    """
    sid = _sound(sound_id)
    lib.AudioServicesRemoveSystemSoundCompletion(sid)
    _forget_completion(sid)


def audio_services_check_completion_errors(sound_id: int) -> None:
    """Re-raise the first exception the sound's completion callback raised since the last check.

    Example
    -------
    >>> audio_services_check_completion_errors(sound)                       # doctest: +SKIP
    """
    state = _completions.get(_sound(sound_id))
    if state is None:
        raise ValueError(f"sound {sound_id} has no completion callback from coremusic")
    state.raise_pending()


# ------------------------------------------------------------------ AudioServices properties


@contextlib.contextmanager
def _specifier(specifier: SpecifierLike) -> Iterator[tuple[int, Any]]:
    """``(inSpecifierSize, inSpecifier)``: an int is a ``SystemSoundID``."""
    if specifier is None:
        yield 0, ffi.NULL
        return
    if isinstance(specifier, int) and not isinstance(specifier, bool):
        box = ffi.new("SystemSoundID *", u32(specifier, "specifier"))
        yield ffi.sizeof("SystemSoundID"), box
        return
    if not isinstance(specifier, (bytes, bytearray, memoryview)):
        raise TypeError(f"specifier must be a sound id (int), bytes or None, not {type(specifier).__name__}")
    pointer, size = buffer_from(specifier)
    yield size, pointer


def audio_services_get_property_info(property_id: str | int, specifier: SpecifierLike = None) -> tuple[int, bool]:
    """``AudioServicesGetPropertyInfo``: ``(size in bytes, writable)``.

    Example
    -------
    >>> audio_services_get_property_info("isui", sound)                    # doctest: +SKIP
    (4, True)
    """
    pid = fourcc_arg(property_id, "property_id")
    size = ffi.new("UInt32 *")
    writable = ffi.new("Boolean *")
    with _specifier(specifier) as (spec_size, spec):
        call("AudioServicesGetPropertyInfo", pid, spec_size, spec, size, writable)
    return int(size[0]), bool(writable[0])


def audio_services_get_property(property_id: str | int, specifier: SpecifierLike = None,
                                size: int | None = None) -> bytes:
    """``AudioServicesGetProperty``: a property's raw bytes (size queried when not given).

    Example
    -------
    >>> struct.unpack("=I", audio_services_get_property("isui", sound))[0]  # doctest: +SKIP
    1
    """
    pid = fourcc_arg(property_id, "property_id")
    n = audio_services_get_property_info(pid, specifier)[0] if size is None else u32(size, "size")
    io = ffi.new("UInt32 *", n)
    buf = ffi.new("char[]", max(n, 1))
    with _specifier(specifier) as (spec_size, spec):
        call("AudioServicesGetProperty", pid, spec_size, spec, io, buf)
    return bytes(ffi.buffer(buf, min(int(io[0]), n)))


def audio_services_set_property(property_id: str | int, data: Any, specifier: SpecifierLike = None) -> None:
    """``AudioServicesSetProperty``: set a property from raw bytes (an int is packed as UInt32).

    Example
    -------
    >>> audio_services_set_property("isui", 0, specifier=sound)            # doctest: +SKIP
    """
    pid = fourcc_arg(property_id, "property_id")
    if isinstance(data, int) and not isinstance(data, bool):
        data = struct.pack("=I", u32(data, "data"))
    pointer, nbytes = buffer_from(data)
    with _specifier(specifier) as (spec_size, spec):
        call("AudioServicesSetProperty", pid, spec_size, spec, u32(nbytes, "len(data)"), pointer)


# ------------------------------------------------------------------ AudioHardwareService


def _target(object_id: int, address: AddressLike) -> tuple[int, AudioObjectPropertyAddress, Any, str]:
    oid = as_object_id(object_id)
    addr = as_address(address)
    return oid, addr, addr.to_cdata(), describe(oid, addr)


def audio_hardware_service_has_property(object_id: int, address: AddressLike) -> bool:
    """``AudioHardwareServiceHasProperty`` (deprecated since macOS 10.11).

    Example
    -------
    >>> audio_hardware_service_has_property(73, ("vmvc", "outp", 0))       # doctest: +SKIP
    True
    """
    oid, _addr, c_addr, _what = _target(object_id, address)
    return bool(lib.AudioHardwareServiceHasProperty(oid, c_addr))


def audio_hardware_service_is_property_settable(object_id: int, address: AddressLike) -> bool:
    """``AudioHardwareServiceIsPropertySettable`` (deprecated since macOS 10.11).

    Example
    -------
    >>> audio_hardware_service_is_property_settable(73, ("vmvc", "outp", 0))  # doctest: +SKIP
    True
    """
    oid, _addr, c_addr, what = _target(object_id, address)
    out = ffi.new("Boolean *")
    call("AudioHardwareServiceIsPropertySettable", oid, c_addr, out, obj=what)
    return bool(out[0])


def audio_hardware_service_get_property_data_size(object_id: int, address: AddressLike,
                                                  qualifier: Qualifier = None) -> int:
    """``AudioHardwareServiceGetPropertyDataSize`` (deprecated since macOS 10.11).

    Example
    -------
    >>> audio_hardware_service_get_property_data_size(73, ("vmvc", "outp", 0))  # doctest: +SKIP
    4
    """
    oid, _addr, c_addr, what = _target(object_id, address)
    out = ffi.new("UInt32 *")
    with qualifier_buffer(qualifier) as (qsize, qdata):
        call("AudioHardwareServiceGetPropertyDataSize", oid, c_addr, qsize, qdata, out, obj=what)
    return int(out[0])


def audio_hardware_service_get_property_data(object_id: int, address: AddressLike,
                                             qualifier: Qualifier = None) -> bytes:
    """``AudioHardwareServiceGetPropertyData`` (deprecated since macOS 10.11): raw bytes.

    Example
    -------
    >>> raw = audio_hardware_service_get_property_data(73, ("vmvc", "outp", 0))  # doctest: +SKIP
    >>> struct.unpack("=f", raw)[0]                                        # doctest: +SKIP
    0.5
    """
    oid, _addr, c_addr, what = _target(object_id, address)
    size = ffi.new("UInt32 *")
    with qualifier_buffer(qualifier) as (qsize, qdata):
        call("AudioHardwareServiceGetPropertyDataSize", oid, c_addr, qsize, qdata, size, obj=what)
        return read_variable(
            "AudioHardwareServiceGetPropertyData", int(size[0]),
            lambda io, buf: lib.AudioHardwareServiceGetPropertyData(oid, c_addr, qsize, qdata, io, buf),
            what)


def audio_hardware_service_set_property_data(object_id: int, address: AddressLike, data: Any,
                                             qualifier: Qualifier = None) -> None:
    """``AudioHardwareServiceSetPropertyData`` (deprecated since macOS 10.11).

    Example
    -------
    >>> audio_hardware_service_set_property_data(73, ("vmvc", "outp", 0), struct.pack("=f", 0.5))  # doctest: +SKIP
    """
    oid, _addr, c_addr, what = _target(object_id, address)
    pointer, nbytes = buffer_from(data)
    with qualifier_buffer(qualifier) as (qsize, qdata):
        call("AudioHardwareServiceSetPropertyData", oid, c_addr, qsize, qdata, u32(nbytes, "len(data)"),
             pointer, obj=what)


class HardwareServiceListener(PropertyListener):
    """A Python callable registered with ``AudioHardwareServiceAddPropertyListener``;
    only :func:`audio_hardware_service_remove_property_listener` takes it.

    Example
    -------
    >>> listener = audio_hardware_service_add_property_listener(73, ("vmvc", "outp", 0), cb)  # doctest: +SKIP
    >>> listener                                                            # doctest: +SKIP
    <HardwareServiceListener object 73 'vmvc'/'outp'/0: registered, 0 calls, 0 errors>
    """

    def __init__(self, callback: Callable[..., Any], *, object_id: int,
                 address: AudioObjectPropertyAddress) -> None:
        super().__init__("object", callback, object_id=object_id, address=address)
        self.kind = "service"  # type: ignore[assignment]  # not removable by the AudioObject remover

    def __repr__(self) -> str:
        a = self.address
        return (f"<HardwareServiceListener object {self.object_id} '{int_to_fourcc(a.selector)}'/"
                f"'{int_to_fourcc(a.scope)}'/{a.element}: {self._state()}>")


def audio_hardware_service_add_property_listener(
        object_id: int, address: AddressLike,
        callback: Callable[[int, tuple[AudioObjectPropertyAddress, ...]], object]) -> HardwareServiceListener:
    """``AudioHardwareServiceAddPropertyListener`` (deprecated since macOS 10.11):
    call ``callback(object_id, addresses)`` when the property changes.

    The returned handle keeps the callback alive until
    :func:`audio_hardware_service_remove_property_listener`; an exception the
    callback raises is counted on it and re-raised by its ``check_errors()``.

    Example
    -------
    >>> listener = audio_hardware_service_add_property_listener(
    ...     73, ("vmvc", "outp", 0), lambda oid, addrs: print("volume changed"))  # doctest: +SKIP
    """
    oid = as_object_id(object_id)
    addr = as_address(address)
    fn = as_callable(callback, "callback")
    handle = HardwareServiceListener(fn, object_id=oid, address=addr)
    trampoline = make_object_listener(handle, fn)
    with registering(handle, trampoline):
        call("AudioHardwareServiceAddPropertyListener", oid, handle._c_address, trampoline, ffi.NULL,
             obj=describe(oid, addr))
    return handle


def audio_hardware_service_remove_property_listener(listener: HardwareServiceListener) -> None:
    """``AudioHardwareServiceRemovePropertyListener`` (deprecated since macOS 10.11).

    Raises
    ------
    TypeError
        ``listener`` is not from :func:`audio_hardware_service_add_property_listener`.
    ValueError
        It was already removed.

    Example
    -------
    >>> audio_hardware_service_remove_property_listener(listener)          # doctest: +SKIP
    """
    with removing(listener, HardwareServiceListener, ("service",),
                  "audio_hardware_service_remove_property_listener"):
        oid = listener.object_id or 0
        call("AudioHardwareServiceRemovePropertyListener", oid, listener._c_address, listener._trampoline,
             ffi.NULL, obj=describe(oid, listener.address))
