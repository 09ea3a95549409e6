"""CoreFoundation helpers: Python values <-> CF objects, with exact ownership.

The audio APIs take and return a few CoreFoundation types (``CFStringRef``
names, ``CFURLRef`` paths, ``CFDictionaryRef`` info dictionaries,
``CFArrayRef`` lists, ``CFDataRef`` blobs).  These helpers convert them; every
``*_create``-style helper returns an *owned* reference that the caller releases
with :func:`release` exactly once (or uses through :func:`owned`).

Example
-------
>>> from coremusic.capi import cf
>>> with cf.owned(cf.string("hello")) as ref:      # doctest: +SKIP
...     cf.to_python(ref)
'hello'
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from coremusic._ffi import address_of, ffi, lib

__all__ = [
    "array",
    "data",
    "dictionary",
    "from_python",
    "is_null",
    "number",
    "owned",
    "path_from_url",
    "release",
    "retain",
    "string",
    "to_python",
    "url_from_path",
]

kCFStringEncodingUTF8 = 0x08000100
kCFNumberSInt64Type = 4
kCFNumberFloat64Type = 6
kCFURLPOSIXPathStyle = 0


def is_null(ref: Any) -> bool:
    """Whether a CF reference is NULL."""
    return bool(ref == ffi.NULL)


def release(ref: Any) -> None:
    """``CFRelease`` a non-NULL reference (NULL is ignored)."""
    if ref != ffi.NULL:
        lib.CFRelease(ref)


def retain(ref: Any) -> Any:
    """``CFRetain`` a reference and return it."""
    return lib.CFRetain(ref)


@contextlib.contextmanager
def owned(ref: Any) -> Iterator[Any]:
    """Release ``ref`` when the block ends."""
    try:
        yield ref
    finally:
        release(ref)


# ------------------------------------------------------------------ Python -> CF


def string(text: str) -> Any:
    """A new ``CFStringRef`` holding ``text`` (owned)."""
    if not isinstance(text, str):
        raise TypeError(f"expected str, not {type(text).__name__}")
    raw = text.encode("utf-8")
    ref = lib.CFStringCreateWithBytes(lib.kCFAllocatorDefault, raw, len(raw),
                                      kCFStringEncodingUTF8, False)
    if ref == ffi.NULL:
        raise ValueError(f"CoreFoundation could not make a string of {text!r}")
    return ref


def url_from_path(path: str | os.PathLike[str]) -> Any:
    """A new file ``CFURLRef`` for a filesystem path (owned)."""
    raw = os.fsencode(os.fspath(path))
    if not raw:
        raise ValueError("empty path")
    is_dir = raw.endswith(b"/")
    ref = lib.CFURLCreateFromFileSystemRepresentation(lib.kCFAllocatorDefault, raw, len(raw), is_dir)
    if ref == ffi.NULL:
        raise ValueError(f"CoreFoundation could not make a URL of {os.fsdecode(raw)!r}")
    return ref


def data(blob: bytes | bytearray | memoryview) -> Any:
    """A new ``CFDataRef`` holding a copy of ``blob`` (owned)."""
    raw = bytes(blob)
    ref = lib.CFDataCreate(lib.kCFAllocatorDefault, raw, len(raw))
    if ref == ffi.NULL:
        raise MemoryError("CFDataCreate failed")
    return ref


def number(value: int | float) -> Any:
    """A new ``CFNumberRef`` (SInt64 for ints, Float64 for floats; owned)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"expected int or float, not {type(value).__name__}")
    if isinstance(value, int):
        box = ffi.new("SInt64 *", value)
        kind = kCFNumberSInt64Type
    else:
        box = ffi.new("Float64 *", value)
        kind = kCFNumberFloat64Type
    return lib.CFNumberCreate(lib.kCFAllocatorDefault, kind, box)


def _convert_all(values: Sequence[Any], convert: Any) -> list[Any]:
    """Convert every value, releasing those already made if one fails."""
    refs: list[Any] = []
    try:
        for value in values:
            refs.append(convert(value))
    except BaseException:
        for ref in refs:
            release(ref)
        raise
    return refs


def array(items: Sequence[Any]) -> Any:
    """A new ``CFArrayRef`` of Python values converted by :func:`from_python` (owned)."""
    refs = _convert_all(list(items), from_python)
    try:
        values = ffi.new("void *[]", refs) if refs else ffi.NULL
        return lib.CFArrayCreate(lib.kCFAllocatorDefault, values, len(refs),
                                 address_of("kCFTypeArrayCallBacks"))
    finally:
        for ref in refs:  # the array retained them
            release(ref)


def dictionary(mapping: Mapping[str, Any]) -> Any:
    """A new ``CFDictionaryRef`` with string keys (owned)."""
    bad = [k for k in mapping if not isinstance(k, str)]
    if bad:
        raise TypeError(f"CFDictionary keys must be str, got {type(bad[0]).__name__} {bad[0]!r}")
    keys = _convert_all(list(mapping), string)
    try:
        values = _convert_all(list(mapping.values()), from_python)
    except BaseException:
        for ref in keys:
            release(ref)
        raise
    try:
        n = len(keys)
        return lib.CFDictionaryCreate(
            lib.kCFAllocatorDefault,
            ffi.new("void *[]", keys) if n else ffi.NULL,
            ffi.new("void *[]", values) if n else ffi.NULL,
            n,
            address_of("kCFTypeDictionaryKeyCallBacks"),
            address_of("kCFTypeDictionaryValueCallBacks"),
        )
    finally:
        for ref in keys + values:
            release(ref)


def from_python(value: Any) -> Any:
    """Convert a Python value to a new CF object (owned): str, bytes, bool, int,
    float, list/tuple, dict with str keys."""
    if isinstance(value, bool):
        return retain(lib.kCFBooleanTrue if value else lib.kCFBooleanFalse)
    if isinstance(value, str):
        return string(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return data(value)
    if isinstance(value, (int, float)):
        return number(value)
    if isinstance(value, Mapping):
        return dictionary(value)
    if isinstance(value, (list, tuple)):
        return array(value)
    raise TypeError(f"cannot convert {type(value).__name__} to a CoreFoundation object")


# ------------------------------------------------------------------ CF -> Python


def _string_to_python(ref: Any) -> str:
    """The whole string (embedded NULs included) through ``CFStringGetBytes``."""
    length = lib.CFStringGetLength(ref)
    if length == 0:
        return ""
    size = lib.CFStringGetMaximumSizeForEncoding(length, kCFStringEncodingUTF8)
    buf = ffi.new("UInt8[]", max(size, 1))
    used = ffi.new("CFIndex *")
    converted = lib.CFStringGetBytes(ref, {"location": 0, "length": length},
                                     kCFStringEncodingUTF8, 0, False, buf, size, used)
    if converted != length:
        raise ValueError("CFStringGetBytes could not convert the whole string to UTF-8")
    return bytes(ffi.buffer(buf, used[0])).decode("utf-8")


def _number_to_python(ref: Any) -> int | float:
    if lib.CFNumberIsFloatType(ref):
        out = ffi.new("Float64 *")
        lib.CFNumberGetValue(ref, kCFNumberFloat64Type, out)
        return float(out[0])
    out_i = ffi.new("SInt64 *")
    lib.CFNumberGetValue(ref, kCFNumberSInt64Type, out_i)
    return int(out_i[0])


def _data_to_python(ref: Any) -> bytes:
    n = lib.CFDataGetLength(ref)
    if n == 0:
        return b""
    return bytes(ffi.buffer(lib.CFDataGetBytePtr(ref), n))


def _array_to_python(ref: Any) -> list[Any]:
    n = lib.CFArrayGetCount(ref)
    return [to_python(lib.CFArrayGetValueAtIndex(ref, i)) for i in range(n)]


def _dict_to_python(ref: Any) -> dict[Any, Any]:
    n = lib.CFDictionaryGetCount(ref)
    if n == 0:
        return {}
    keys = ffi.new("void *[]", n)
    values = ffi.new("void *[]", n)
    lib.CFDictionaryGetKeysAndValues(ref, keys, values)
    return {to_python(keys[i]): to_python(values[i]) for i in range(n)}


def to_python(ref: Any) -> Any:
    """Convert a CF object (borrowed, not released) to a Python value.

    CFString -> str, CFNumber -> int/float, CFBoolean -> bool, CFData -> bytes,
    CFArray -> list, CFDictionary -> dict, CFURL -> str (path), NULL/kCFNull -> None.
    """
    if ref == ffi.NULL:
        return None
    type_id = lib.CFGetTypeID(ref)
    if type_id == lib.CFStringGetTypeID():
        return _string_to_python(ref)
    if type_id == lib.CFNumberGetTypeID():
        return _number_to_python(ref)
    if type_id == lib.CFBooleanGetTypeID():
        return bool(lib.CFBooleanGetValue(ref))
    if type_id == lib.CFDataGetTypeID():
        return _data_to_python(ref)
    if type_id == lib.CFArrayGetTypeID():
        return _array_to_python(ref)
    if type_id == lib.CFDictionaryGetTypeID():
        return _dict_to_python(ref)
    if type_id == lib.CFURLGetTypeID():
        return path_from_url(ref)
    if type_id == lib.CFNullGetTypeID():
        return None
    raise TypeError(f"unsupported CoreFoundation type id {type_id}")


def path_from_url(ref: Any) -> str:
    """The filesystem path of a file ``CFURLRef`` (borrowed)."""
    size = 4096
    buf = ffi.new("UInt8[]", size)
    if not lib.CFURLGetFileSystemRepresentation(ref, True, buf, size):
        raise ValueError("the URL has no filesystem representation")
    return os.fsdecode(ffi.string(ffi.cast("char *", buf)))
