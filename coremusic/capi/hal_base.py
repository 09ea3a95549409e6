"""Argument checking and property marshalling shared by the HAL modules.

Private to :mod:`coremusic.capi.hal` (and its ``hal_*`` siblings): it turns
the Python values those functions accept into what the C functions of
``CoreAudio/AudioHardware.h`` want, refusing bad input with an exception that
names the argument.

Example
-------
>>> from coremusic.capi.hal_base import as_address
>>> as_address(("nsrt", "glob", 0))
AudioObjectPropertyAddress(selector='nsrt', scope='glob', element=0)
>>> as_address("dev#").scope == as_address(("dev#", "glob")).scope
True
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeAlias

from coremusic._ffi import ffi
from coremusic.capi import cf
from coremusic.capi._base import buffer_from
from coremusic.exceptions import check_status
from coremusic.structs import AudioObjectPropertyAddress, AudioTimeStamp
from coremusic.utils.fourcc import as_fourcc_int, int_to_fourcc

__all__ = [
    "GLOBAL_SCOPE",
    "MAIN_ELEMENT",
    "UNKNOWN_OBJECT",
    "AddressLike",
    "FourCCLike",
    "Qualifier",
    "as_address",
    "as_callable",
    "as_fourcc",
    "as_object_id",
    "as_timestamp",
    "as_uint32",
    "check_cf_convertible",
    "describe",
    "qualifier_buffer",
    "read_variable",
]

GLOBAL_SCOPE = 0x676C6F62  # 'glob', kAudioObjectPropertyScopeGlobal
MAIN_ELEMENT = 0  # kAudioObjectPropertyElementMain
UNKNOWN_OBJECT = 0  # kAudioObjectUnknown

FourCCLike: TypeAlias = str | bytes | int
AddressLike: TypeAlias = (
    AudioObjectPropertyAddress
    | FourCCLike
    | tuple[FourCCLike]
    | tuple[FourCCLike, FourCCLike]
    | tuple[FourCCLike, FourCCLike, int]
)
Qualifier: TypeAlias = bytes | bytearray | memoryview | str | None

_U32_MAX = 0xFFFF_FFFF
_S64_MIN, _S64_MAX = -(2**63), 2**63 - 1


def as_uint32(value: object, what: str) -> int:
    """``value`` as a UInt32, or ``TypeError``/``ValueError`` naming ``what``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, not {type(value).__name__}")
    if not 0 <= value <= _U32_MAX:
        raise ValueError(f"{what} must be in 0..2**32-1 (UInt32), got {value}")
    return value


def as_object_id(value: object, what: str = "object_id") -> int:
    """An ``AudioObjectID``: a UInt32 other than ``kAudioObjectUnknown`` (0)."""
    oid = as_uint32(value, what)
    if oid == UNKNOWN_OBJECT:
        raise ValueError(f"{what} is 0 (kAudioObjectUnknown), which names no audio object")
    return oid


def as_fourcc(value: object, what: str) -> int:
    """A FourCC given as ``str``, ``bytes`` or ``int``, as the UInt32 C wants."""
    if isinstance(value, bool) or not isinstance(value, (str, bytes, int)):
        raise TypeError(f"{what} must be a FourCC str (like 'nsrt') or an int, "
                        f"not {type(value).__name__}")
    try:
        return as_fourcc_int(value)
    except (ValueError, UnicodeEncodeError):
        raise ValueError(f"{what} is not a FourCC (4 Latin-1 characters or a UInt32): "
                         f"{value!r}") from None


def as_address(value: object) -> AudioObjectPropertyAddress:
    """A property address from an :class:`AudioObjectPropertyAddress`, a
    ``(selector, scope, element)`` tuple (scope and element optional) or a bare
    selector (global scope, main element)."""
    if isinstance(value, AudioObjectPropertyAddress):
        return value
    if isinstance(value, (str, bytes, int)) and not isinstance(value, bool):
        return AudioObjectPropertyAddress(as_fourcc(value, "address selector"))
    if isinstance(value, (tuple, list)):
        if not 1 <= len(value) <= 3:
            raise ValueError("address must be (selector, scope, element) with scope and element "
                             f"optional; got {len(value)} items")
        selector = as_fourcc(value[0], "address selector")
        scope = as_fourcc(value[1], "address scope") if len(value) > 1 else GLOBAL_SCOPE
        element = as_uint32(value[2], "address element") if len(value) > 2 else MAIN_ELEMENT
        return AudioObjectPropertyAddress(selector, scope, element)
    raise TypeError("address must be an AudioObjectPropertyAddress, a (selector, scope, element) "
                    f"tuple or a selector, not {type(value).__name__}")


def as_timestamp(value: object, what: str) -> AudioTimeStamp:
    """An :class:`AudioTimeStamp` argument, checked."""
    if not isinstance(value, AudioTimeStamp):
        raise TypeError(f"{what} must be a coremusic.structs.AudioTimeStamp, "
                        f"not {type(value).__name__}")
    return value


def as_callable(value: object, what: str) -> Callable[..., Any]:
    """A Python callable argument, checked."""
    if not callable(value):
        raise TypeError(f"{what} must be callable, not {type(value).__name__}")
    return value


def describe(object_id: int, address: AudioObjectPropertyAddress) -> str:
    """How errors name a property of an object: ``object 73 'nsrt'/'glob'/0``."""
    return (f"object {object_id} '{int_to_fourcc(address.selector)}'/"
            f"'{int_to_fourcc(address.scope)}'/{address.element}")


@contextlib.contextmanager
def qualifier_buffer(qualifier: Qualifier) -> Iterator[tuple[int, Any]]:
    """``(inQualifierDataSize, inQualifierData)`` for a qualifier.

    ``None`` is no qualifier; a bytes-like object is passed as its bytes; a
    ``str`` is passed as a ``CFStringRef`` (as
    ``kAudioHardwarePropertyTranslateUIDToDevice`` wants), created here and
    released when the block ends.
    """
    if qualifier is None:
        yield 0, ffi.NULL
        return
    if isinstance(qualifier, str):
        ref = cf.string(qualifier)
        try:
            box = ffi.new("CFStringRef *", ref)
            yield ffi.sizeof("CFStringRef"), box
        finally:
            cf.release(ref)
        return
    if not isinstance(qualifier, (bytes, bytearray, memoryview)):
        raise TypeError("qualifier must be bytes-like, a str (passed as a CFString) or None, "
                        f"not {type(qualifier).__name__}")
    pointer, size = buffer_from(qualifier)
    yield size, pointer


def read_variable(operation: str, size: int, read: Callable[[Any, Any], int],
                  obj: str) -> bytes:
    """Read a property whose size was queried: ``read(io_size, buffer)`` returns
    the OSStatus; the bytes the call reported are returned."""
    if size == 0:
        return b""
    buf = ffi.new("char[]", size)
    io_size = ffi.new("UInt32 *", size)
    check_status(read(io_size, buf), operation, obj=obj)
    return bytes(ffi.buffer(buf, min(int(io_size[0]), size)))


def check_cf_convertible(value: object, path: str = "description") -> None:
    """Refuse, before any CF object is created, a value :func:`cf.from_python`
    cannot convert (so that no half-built CF tree is left behind)."""
    if value is None:
        raise TypeError(f"{path} is None, which has no CoreFoundation equivalent here")
    if isinstance(value, bool) or isinstance(value, (str, bytes, bytearray, memoryview, float)):
        return
    if isinstance(value, int):
        if not _S64_MIN <= value <= _S64_MAX:
            raise ValueError(f"{path} = {value} does not fit in a CFNumber (SInt64)")
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"{path} keys must be str, got {type(key).__name__} {key!r}")
            check_cf_convertible(item, f"{path}[{key!r}]")
        return
    if isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            check_cf_convertible(item, f"{path}[{i}]")
        return
    raise TypeError(f"{path} is a {type(value).__name__}, which cannot become a CoreFoundation "
                    "object (use str, bytes, bool, int, float, list or dict)")

