"""MIDI thru connections: CoreMIDI routes sources to destinations itself (no Python in
the path), optionally remapping channels, filtering and transforming.

A connection made with ``owner_id`` (your app's reverse-DNS ID) is *persistent*:
CoreMIDI keeps it across restarts until deleted; :func:`thru_connections` finds
them again.  Without one it lasts until this process exits or it is deleted.

Example
-------
>>> from coremusic.midi.coremidi import ThruConnection, find_source, find_destination  # doctest: +SKIP
>>> conn = ThruConnection([find_source("LPX MIDI Out")], [find_destination("Bus 1")],
...                       channel_map={0: 9})                              # doctest: +SKIP
>>> conn.delete()                                                          # doctest: +SKIP
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import Any

from coremusic import capi
from coremusic.constants.coremidi import MIDITransformType
from coremusic.midi.coremidi._common import require_coremidi
from coremusic.midi.coremidi.endpoints import MIDIDestination, MIDISource
from coremusic.midi.coremidi.ports import endpoint_ref

__all__ = ["ThruConnection", "delete_thru_connections", "thru_connections"]

_FILTERS = {"sysex": "filterOutSysEx", "mtc": "filterOutMTC", "clock": "filterOutBeatClock",
            "tune_request": "filterOutTuneRequest", "controls": "filterOutAllControls"}


def _endpoints(items: Iterable[Any], what: str) -> list[int]:
    refs = [endpoint_ref(e, what) for e in items]
    if not 1 <= len(refs) <= 8:
        raise ValueError(f"a thru connection takes 1..8 {what}s, got {len(refs)}")
    return refs


def _build(sources: list[int], destinations: list[int], channel_map: Mapping[int, int | None] | None,
           note_range: tuple[int, int], velocity_range: tuple[int, int], transpose: int,
           filter_out: Iterable[str]) -> Any:
    params = capi.midi_thru_connection_params_initialize()
    params.numSources = len(sources)
    for i, ref in enumerate(sources):
        params.sources[i].endpointRef = ref
    params.numDestinations = len(destinations)
    for i, ref in enumerate(destinations):
        params.destinations[i].endpointRef = ref
    for src, dst in (channel_map or {}).items():
        if not 0 <= src <= 15:
            raise ValueError(f"channel_map keys are channels 0..15, got {src}")
        if dst is not None and not 0 <= dst <= 15:
            raise ValueError(f"channel_map values are channels 0..15 or None (drop), got {dst}")
        params.channelMap[src] = 0xFF if dst is None else dst
    for (low, high), lo_f, hi_f, what in ((note_range, "lowNote", "highNote", "note_range"),
                                         (velocity_range, "lowVelocity", "highVelocity", "velocity_range")):
        if not 0 <= low <= 127 or not 0 <= high <= 127:
            raise ValueError(f"{what} bounds are 0..127, got {(low, high)}")
        setattr(params, lo_f, low)
        setattr(params, hi_f, high)
    if transpose:
        if not -127 <= transpose <= 127:
            raise ValueError(f"transpose must be -127..127 semitones, got {transpose}")
        params.noteNumber.transform = MIDITransformType.ADD
        params.noteNumber.param = transpose
    for name in filter_out:
        field = _FILTERS.get(name)
        if field is None:
            raise ValueError(f"unknown thru filter {name!r}; expected one of {sorted(_FILTERS)}")
        setattr(params, field, 1)
    return params


class ThruConnection:
    """A CoreMIDI thru connection from sources to destinations.

    Parameters
    ----------
    sources, destinations : iterable of MIDISource / MIDIDestination (or refs)
        1..8 of each.
    owner_id : str, optional
        Make it persistent under this owner ID (e.g. ``'com.example.app'``).
    channel_map : mapping, optional
        ``{source_channel: destination_channel or None}`` (0-based; ``None`` drops).
    note_range, velocity_range : (low, high)
        Pass only notes / velocities inside (inclusive).
    transpose : int
        Semitones added to note numbers.
    filter_out : iterable of str
        Any of ``'sysex'``, ``'mtc'``, ``'clock'``, ``'tune_request'``, ``'controls'``.

    Example
    -------
    >>> with ThruConnection([src], [dst], transpose=12) as conn:          # doctest: +SKIP
    ...     input("routing; press enter")
    """

    _ref: int = 0

    def __init__(self, sources: Iterable[MIDISource | int], destinations: Iterable[MIDIDestination | int], *,
                 owner_id: str | None = None, channel_map: Mapping[int, int | None] | None = None,
                 note_range: tuple[int, int] = (0, 127), velocity_range: tuple[int, int] = (0, 127),
                 transpose: int = 0, filter_out: Iterable[str] = ()) -> None:
        require_coremidi("ThruConnection")
        if owner_id is not None and (not isinstance(owner_id, str) or not owner_id):
            raise ValueError(f"owner_id must be a non-empty str or None, got {owner_id!r}")
        params = _build(_endpoints(sources, "source"), _endpoints(destinations, "destination"),
                        channel_map, note_range, velocity_range, transpose, filter_out)
        self.owner_id = owner_id
        self._ref = capi.midi_thru_connection_create(owner_id, capi.thru_params_to_bytes(params))
        # a connection without owner lasts until the process exits: delete it with the object
        self._finalizer: weakref.finalize[Any, Any] | None = None
        if owner_id is None:
            self._finalizer = weakref.finalize(self, capi.midi_thru_connection_dispose, self._ref)

    @classmethod
    def _existing(cls, ref: int, owner_id: str) -> ThruConnection:
        conn = cls.__new__(cls)
        conn.owner_id = owner_id
        conn._ref = ref
        conn._finalizer = None  # persistent: never deleted behind the user's back
        return conn

    @property
    def ref(self) -> int:
        """The ``MIDIThruConnectionRef`` (``ValueError`` once deleted)."""
        if not self._ref:
            raise ValueError("the thru connection was deleted")
        return self._ref

    @property
    def persistent(self) -> bool:
        """Whether it was made with an ``owner_id``."""
        return self.owner_id is not None

    @property
    def deleted(self) -> bool:
        """Whether :meth:`delete` ran."""
        return not self._ref

    def _params(self) -> tuple[Any, list[Any], list[bytes]]:
        return capi.thru_params_from_bytes(capi.midi_thru_connection_get_params(self.ref))

    @property
    def sources(self) -> list[MIDISource]:
        """The connected sources."""
        p = self._params()[0]
        return [MIDISource(int(p.sources[i].endpointRef)) for i in range(p.numSources)]

    @property
    def destinations(self) -> list[MIDIDestination]:
        """The destinations."""
        p = self._params()[0]
        return [MIDIDestination(int(p.destinations[i].endpointRef)) for i in range(p.numDestinations)]

    @property
    def channel_map(self) -> dict[int, int | None]:
        """``{source_channel: destination_channel or None}`` for the 16 channels."""
        p = self._params()[0]
        return {i: (None if p.channelMap[i] == 0xFF else int(p.channelMap[i])) for i in range(16)}

    @property
    def transpose(self) -> int:
        """Semitones added to notes (0 when no add transform is set)."""
        p = self._params()[0]
        return int(p.noteNumber.param) if int(p.noteNumber.transform) == MIDITransformType.ADD else 0

    @property
    def filters(self) -> set[str]:
        """The active ``filter_out`` names."""
        p = self._params()[0]
        return {name for name, field in _FILTERS.items() if getattr(p, field)}

    def update(self, *, channel_map: Mapping[int, int | None] | None = None, transpose: int | None = None,
               filter_out: Iterable[str] | None = None) -> None:
        """Change the routing in place (``MIDIThruConnectionSetParams``); unspecified settings stay.

        Example
        -------
        >>> conn.update(transpose=-12)                                     # doctest: +SKIP
        """
        p, transforms, maps = self._params()
        sources = [int(p.sources[i].endpointRef) for i in range(p.numSources)]
        dests = [int(p.destinations[i].endpointRef) for i in range(p.numDestinations)]
        current = self.channel_map
        new = _build(sources, dests, {**current, **(channel_map or {})},
                     (int(p.lowNote), int(p.highNote)), (int(p.lowVelocity), int(p.highVelocity)),
                     self.transpose if transpose is None else transpose,
                     self.filters if filter_out is None else filter_out)
        capi.midi_thru_connection_set_params(self.ref, capi.thru_params_to_bytes(new, transforms, maps))

    def delete(self) -> None:
        """Dispose the connection (persistent ones too); idempotent.

        Example
        -------
        >>> conn.delete()                                                  # doctest: +SKIP
        """
        if not self._ref:
            return
        ref, self._ref = self._ref, 0
        if self._finalizer is not None:
            self._finalizer.detach()
        capi.midi_thru_connection_dispose(ref)

    def close(self) -> None:
        """End this object's use: deletes a non-persistent connection, leaves a persistent
        one in place (use :meth:`delete` to remove it).

        Example
        -------
        >>> conn.close()                                                   # doctest: +SKIP
        """
        if self.persistent:
            self._ref = 0
        else:
            self.delete()

    def __enter__(self) -> ThruConnection:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        kind = f"persistent {self.owner_id!r}" if self.persistent else "transient"
        state = "deleted" if self.deleted else f"ref={self._ref:#x}"
        return f"<ThruConnection {kind} {state}>"


def thru_connections(owner_id: str) -> list[ThruConnection]:
    """The persistent thru connections of ``owner_id`` (``MIDIThruConnectionFind``).

    Example
    -------
    >>> [c.sources for c in thru_connections("com.example.app")]           # doctest: +SKIP
    """
    require_coremidi("thru_connections()")
    return [ThruConnection._existing(ref, owner_id) for ref in capi.midi_thru_connection_find(owner_id)]


def delete_thru_connections(owner_id: str) -> int:
    """Delete every persistent connection of ``owner_id``; how many were deleted.

    Example
    -------
    >>> delete_thru_connections("com.example.app")                         # doctest: +SKIP
    2
    """
    found = thru_connections(owner_id)
    for conn in found:
        conn.delete()
    return len(found)
