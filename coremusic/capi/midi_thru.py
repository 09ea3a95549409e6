"""MIDIThruConnection.h: play-through connections routed inside the MIDI server.

A connection's parameters are a ``MIDIThruConnectionParams`` struct followed
by ``numControlTransforms`` ``MIDIControlTransform`` and ``numMaps``
``MIDIValueMap`` (128 bytes each), passed to CoreMIDI as one CFData.
:func:`thru_params_to_bytes` and :func:`thru_params_from_bytes` build and
split that blob; :func:`midi_thru_connection_params_size` is the SDK's static
inline ``MIDIThruConnectionParamsSize``.

Example
-------
>>> from coremusic import capi                                             # doctest: +SKIP
>>> params = capi.midi_thru_connection_params_initialize()                # doctest: +SKIP
>>> params.numSources = 1; params.sources[0].endpointRef = src           # doctest: +SKIP
>>> params.numDestinations = 1; params.destinations[0].endpointRef = dst # doctest: +SKIP
>>> conn = capi.midi_thru_connection_create("com.example.app", capi.thru_params_to_bytes(params))  # doctest: +SKIP
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from coremusic._ffi import ffi, lib
from coremusic.capi import cf
from coremusic.capi._base import call
from coremusic.capi._midi import obj_arg, optional_cf_string
from coremusic.capi._toolbox import int_arg

__all__ = [
    "ControlTransform",
    "midi_thru_connection_create",
    "midi_thru_connection_dispose",
    "midi_thru_connection_find",
    "midi_thru_connection_get_params",
    "midi_thru_connection_params_initialize",
    "midi_thru_connection_params_size",
    "midi_thru_connection_set_params",
    "thru_params_from_bytes",
    "thru_params_to_bytes",
]

_PARAMS = "MIDIThruConnectionParams"
_VALUE_MAP = 128


class ControlTransform(NamedTuple):
    """One ``MIDIControlTransform`` (controller remapping of a thru connection).

    Example
    -------
    >>> ControlTransform(0, 0, 7, 9, 2).control_number
    7
    """

    control_type: int
    remapped_control_type: int
    control_number: int
    transform: int
    param: int


def _params_arg(params: Any) -> Any:
    if not isinstance(params, ffi.CData) or ffi.typeof(params) is not ffi.typeof(f"{_PARAMS} *"):
        raise TypeError(f"params must be a cffi {_PARAMS} * (see midi_thru_connection_params_initialize)")
    if params == ffi.NULL:
        raise ValueError("params is NULL")
    return params


def midi_thru_connection_params_initialize() -> Any:
    """``MIDIThruConnectionParamsInitialize``: new default parameters (no endpoints, no transforms).

    Returns
    -------
    cdata ``MIDIThruConnectionParams *``
        Owned by the returned object.

    Example
    -------
    >>> params = capi.midi_thru_connection_params_initialize()   # doctest: +SKIP
    >>> params.highNote                                          # doctest: +SKIP
    127
    """
    params = ffi.new(f"{_PARAMS} *")
    lib.MIDIThruConnectionParamsInitialize(params)
    return params


def midi_thru_connection_params_size(params: Any) -> int:
    """``MIDIThruConnectionParamsSize``: the struct plus its control transforms and value maps.

    Example
    -------
    >>> p = ffi.new("MIDIThruConnectionParams *", {"numControlTransforms": 2, "numMaps": 1})
    >>> midi_thru_connection_params_size(p)
    348
    """
    p = _params_arg(params)
    size: int = ffi.sizeof(_PARAMS) + int(p.numControlTransforms) * ffi.sizeof("MIDIControlTransform")
    return size + int(p.numMaps) * _VALUE_MAP


def thru_params_to_bytes(params: Any, control_transforms: Iterable[Sequence[int]] = (),
                         maps: Iterable[bytes | bytearray | Sequence[int]] = ()) -> bytes:
    """The CFData blob of ``params`` followed by ``control_transforms`` and ``maps``.

    ``numControlTransforms`` and ``numMaps`` of ``params`` are set to the
    counts given.

    Example
    -------
    >>> p = ffi.new("MIDIThruConnectionParams *")
    >>> len(thru_params_to_bytes(p, [ControlTransform(0, 0, 7, 1, 0)], [bytes(range(128))]))
    340
    """
    p = _params_arg(params)
    transforms = [ControlTransform(*(int_arg(v, "control transform field", -(2**15), 2**16 - 1) for v in t))
                  for t in control_transforms]
    value_maps: list[bytes] = []
    for m in maps:
        raw = bytes(m)
        if len(raw) != _VALUE_MAP:
            raise ValueError(f"a MIDIValueMap holds exactly {_VALUE_MAP} values, got {len(raw)}")
        value_maps.append(raw)
    if len(transforms) > 0xFFFF or len(value_maps) > 0xFFFF:
        raise ValueError("at most 65535 control transforms and value maps")
    p.numControlTransforms = len(transforms)
    p.numMaps = len(value_maps)
    out = bytearray(ffi.buffer(p))
    for t in transforms:
        c = ffi.new("MIDIControlTransform *", {"controlType": t.control_type,
                                               "remappedControlType": t.remapped_control_type,
                                               "controlNumber": t.control_number,
                                               "transform": t.transform, "param": t.param})
        out += ffi.buffer(c)
    for raw in value_maps:
        out += raw
    return bytes(out)


def thru_params_from_bytes(raw: bytes | bytearray | memoryview) -> tuple[Any, list[ControlTransform], list[bytes]]:
    """Split a parameters blob into ``(params, control_transforms, maps)``.

    Raises
    ------
    ValueError
        When ``raw`` is shorter than its counts say.

    Example
    -------
    >>> p = ffi.new("MIDIThruConnectionParams *", {"lowNote": 36})
    >>> params, transforms, maps = thru_params_from_bytes(thru_params_to_bytes(p))
    >>> params.lowNote, transforms, maps
    (36, [], [])
    """
    if isinstance(raw, str) or not isinstance(raw, (bytes, bytearray, memoryview)):
        raise TypeError(f"raw must be bytes, not {type(raw).__name__}")
    data = bytes(raw)
    head = ffi.sizeof(_PARAMS)
    if len(data) < head:
        raise ValueError(f"{len(data)} bytes cannot hold a {_PARAMS} ({head} bytes)")
    params = ffi.new(f"{_PARAMS} *")
    ffi.memmove(params, data, head)
    n_t, n_m = int(params.numControlTransforms), int(params.numMaps)
    ct = ffi.sizeof("MIDIControlTransform")
    need = head + n_t * ct + n_m * _VALUE_MAP
    if len(data) < need:
        raise ValueError(f"{len(data)} bytes, but {n_t} control transforms and {n_m} maps need {need}")
    transforms: list[ControlTransform] = []
    for i in range(n_t):
        c = ffi.new("MIDIControlTransform *")
        ffi.memmove(c, data[head + i * ct: head + (i + 1) * ct], ct)
        transforms.append(ControlTransform(int(c.controlType), int(c.remappedControlType),
                                           int(c.controlNumber), int(c.transform), int(c.param)))
    start = head + n_t * ct
    maps = [data[start + i * _VALUE_MAP: start + (i + 1) * _VALUE_MAP] for i in range(n_m)]
    return params, transforms, maps


def _blob(params: Any) -> bytes:
    if isinstance(params, ffi.CData):
        p = _params_arg(params)
        if int(p.numControlTransforms) or int(p.numMaps):
            raise ValueError("params announces control transforms or maps: pass "
                             "thru_params_to_bytes(params, control_transforms, maps) instead of the bare struct")
        return bytes(ffi.buffer(p))
    if isinstance(params, str) or not isinstance(params, (bytes, bytearray, memoryview)):
        raise TypeError(f"params must be thru_params_to_bytes() bytes or a {_PARAMS} *, "
                        f"not {type(params).__name__}")
    data = bytes(params)
    thru_params_from_bytes(data)  # validates the counts against the length
    return data


def midi_thru_connection_create(persistent_owner_id: str | None, params: Any) -> int:
    """``MIDIThruConnectionCreate``: a thru connection; persistent when ``persistent_owner_id`` is given.

    Parameters
    ----------
    persistent_owner_id : str or None
        An owner ID (e.g. the app's bundle ID) to keep the connection across
        restarts; ``None`` makes it last until the process exits.
    params : bytes or cdata ``MIDIThruConnectionParams *``
        :func:`thru_params_to_bytes` output, or a struct without extras.

    Example
    -------
    >>> conn = capi.midi_thru_connection_create(None, params)       # doctest: +SKIP
    """
    blob = _blob(params)
    out = ffi.new("MIDIThruConnectionRef *")
    with optional_cf_string(persistent_owner_id, "persistent_owner_id") as owner, \
            cf.owned(cf.data(blob)) as data:
        call("MIDIThruConnectionCreate", owner, data, out)
    return int(out[0])


def midi_thru_connection_dispose(connection: int) -> None:
    """``MIDIThruConnectionDispose``.

    Example
    -------
    >>> capi.midi_thru_connection_dispose(conn)                    # doctest: +SKIP
    """
    call("MIDIThruConnectionDispose", obj_arg(connection, "connection"))


def midi_thru_connection_get_params(connection: int) -> bytes:
    """``MIDIThruConnectionGetParams``: the parameters blob (split it with :func:`thru_params_from_bytes`).

    Example
    -------
    >>> params, transforms, maps = capi.thru_params_from_bytes(capi.midi_thru_connection_get_params(conn))  # doctest: +SKIP
    """
    out = ffi.new("CFDataRef *")
    call("MIDIThruConnectionGetParams", obj_arg(connection, "connection"), out)
    with cf.owned(out[0]) as data:
        value = cf.to_python(data)
    if not isinstance(value, bytes):
        raise TypeError(f"MIDIThruConnectionGetParams returned a {type(value).__name__}, not data")
    return value


def midi_thru_connection_set_params(connection: int, params: Any) -> None:
    """``MIDIThruConnectionSetParams``.

    Example
    -------
    >>> capi.midi_thru_connection_set_params(conn, capi.thru_params_to_bytes(params))   # doctest: +SKIP
    """
    ref = obj_arg(connection, "connection")
    with cf.owned(cf.data(_blob(params))) as data:
        call("MIDIThruConnectionSetParams", ref, data)


def midi_thru_connection_find(persistent_owner_id: str) -> list[int]:
    """``MIDIThruConnectionFind``: the persistent connections of an owner ID.

    Example
    -------
    >>> capi.midi_thru_connection_find("com.example.app")          # doctest: +SKIP
    [1234]
    """
    if not isinstance(persistent_owner_id, str):
        raise TypeError(f"persistent_owner_id must be a str, not {type(persistent_owner_id).__name__}")
    out = ffi.new("CFDataRef *")
    with optional_cf_string(persistent_owner_id, "persistent_owner_id") as owner:
        call("MIDIThruConnectionFind", owner, out, obj=persistent_owner_id)
    with cf.owned(out[0]) as data:
        raw = cf.to_python(data) or b""
    size = ffi.sizeof("MIDIThruConnectionRef")
    if len(raw) % size:
        raise ValueError(f"MIDIThruConnectionFind returned {len(raw)} bytes, not a whole number of refs")
    return [int.from_bytes(raw[i:i + size], sys.byteorder) for i in range(0, len(raw), size)]
