"""Private helpers of the CoreMIDI modules of :mod:`coremusic.capi`: object-reference
and count arguments, CF string arguments and property keys."""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Iterator
from typing import Any

from coremusic._ffi import ffi, is_declared, lib
from coremusic.capi import cf
from coremusic.capi._toolbox import int_arg

__all__ = ["cf_string_arg", "index_arg", "lookup", "obj_arg", "optional_cf_string", "property_key", "refcon"]

_U32_MAX = 0xFFFF_FFFF


def obj_arg(value: Any, what: str) -> int:
    """A ``MIDIObjectRef`` (UInt32, non-zero)."""
    ref = int_arg(value, what, 0, _U32_MAX)
    if ref == 0:
        raise ValueError(f"{what} is 0, which is no CoreMIDI object (disposed, or never created)")
    return ref


def index_arg(value: Any, what: str) -> int:
    return int_arg(value, what, 0, 2**63 - 1)


def lookup(name: str, *args: Any, what: str) -> int:
    """Call a CoreMIDI getter that returns 0 for "none" (an index out of range ...)."""
    ref = int(getattr(lib, name)(*args))
    if ref == 0:
        raise IndexError(f"{name}: no {what}")
    return ref


@contextlib.contextmanager
def cf_string_arg(text: Any, what: str) -> Iterator[Any]:
    """A ``CFStringRef`` made from ``text`` for the duration of the block."""
    if not isinstance(text, str):
        raise TypeError(f"{what} must be a str, not {type(text).__name__}")
    with cf.owned(cf.string(text)) as ref:
        yield ref


@contextlib.contextmanager
def optional_cf_string(text: Any, what: str) -> Iterator[Any]:
    """Like :func:`cf_string_arg`, with ``None`` passed as NULL."""
    if text is None:
        yield ffi.NULL
        return
    with cf_string_arg(text, what) as ref:
        yield ref


@contextlib.contextmanager
def property_key(prop: Any) -> Iterator[Any]:
    """The ``CFStringRef`` key of a property.

    ``'kMIDIProperty...'`` names (and :class:`~coremusic.constants.MIDIObjectProperty`
    members) read the key CoreMIDI exports; any other text is a custom
    property key (a CFString made here and released after the call).
    """
    if not isinstance(prop, str):
        raise TypeError(f"property must be a str (a kMIDIProperty* name or a custom key), "
                        f"not {type(prop).__name__}")
    name = str(prop.value) if isinstance(prop, enum.Enum) else prop
    if name.startswith("kMIDIProperty"):
        if not is_declared(name):
            raise ValueError(f"{name!r} is no CoreMIDI property constant")
        yield getattr(lib, name)
        return
    if not name:
        raise ValueError("a property key cannot be empty")
    with cf.owned(cf.string(name)) as ref:
        yield ref


def refcon(value: Any, what: str) -> Any:
    """A ``void *`` tag (an int, 0 = NULL) passed through CoreMIDI and given back."""
    tag = int_arg(value, what, 0, 2**64 - 1)
    return ffi.cast("void *", tag)
