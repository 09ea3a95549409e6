"""Compact column storage for the events of one track.

A track's events are held as parallel numpy columns rather than one Python
object per event, so that files with millions of events parse, write and
convert quickly.  Channel events live entirely in the columns; sysex and
meta events also keep their payload bytes in a side list (``blobs``).

Columns (one row per event, in file order):

``ticks`` (int64)
    absolute time in ticks.
``status`` (uint8)
    full status byte (0x80..0xEF with channel), 0xF0 / 0xF7 for sysex
    (and escapes), 0xFF for meta events.
``data1``, ``data2`` (uint8)
    data bytes of channel events; ``data1`` is the meta type for metas.
``blob`` (int32)
    index into ``blobs`` for sysex/meta payloads, -1 for channel events.

Example
-------
>>> ev = TrackEvents.from_rows([(0, 0x90, 60, 100, None), (480, 0x80, 60, 0, None),
...                             (480, 0xFF, 0x2F, 0, b"")])
>>> len(ev), ev.ticks.tolist(), ev.end_tick
(3, [0, 480, 480], 480)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["EventRow", "TrackEvents"]

#: one event as a tuple: (tick, status, data1, data2, payload or None)
EventRow = tuple[int, int, int, int, bytes | None]

_EMPTY_I64 = np.zeros(0, dtype=np.int64)


class TrackEvents:
    """The events of one track as numpy columns (see the module docs).

    Parameters
    ----------
    ticks, status, data1, data2, blob : numpy arrays
        Equal-length columns (converted to int64/uint8/uint8/uint8/int32).
    blobs : list of bytes
        Payloads referenced by ``blob``.

    Example
    -------
    >>> ev = TrackEvents.empty()
    >>> len(ev)
    0
    """

    __slots__ = ("blob", "blobs", "data1", "data2", "status", "ticks")

    def __init__(
        self,
        ticks: npt.ArrayLike,
        status: npt.ArrayLike,
        data1: npt.ArrayLike,
        data2: npt.ArrayLike,
        blob: npt.ArrayLike,
        blobs: list[bytes],
    ) -> None:
        self.ticks: npt.NDArray[np.int64] = np.asarray(ticks, dtype=np.int64)
        self.status: npt.NDArray[np.uint8] = np.asarray(status, dtype=np.uint8)
        self.data1: npt.NDArray[np.uint8] = np.asarray(data1, dtype=np.uint8)
        self.data2: npt.NDArray[np.uint8] = np.asarray(data2, dtype=np.uint8)
        self.blob: npt.NDArray[np.int32] = np.asarray(blob, dtype=np.int32)
        self.blobs: list[bytes] = blobs
        n = len(self.ticks)
        if not (len(self.status) == len(self.data1) == len(self.data2) == len(self.blob) == n):
            raise ValueError("TrackEvents columns must all have the same length")

    @classmethod
    def empty(cls) -> TrackEvents:
        """A track with no events."""
        z = _EMPTY_I64
        return cls(z, z, z, z, z, [])

    @classmethod
    def from_rows(cls, rows: Iterable[EventRow]) -> TrackEvents:
        """Build from ``(tick, status, data1, data2, payload)`` tuples (payload None for channel events).

        Example
        -------
        >>> TrackEvents.from_rows([(0, 0xC0, 5, 0, None)]).status.tolist()
        [192]
        """
        ticks: list[int] = []
        status: list[int] = []
        d1: list[int] = []
        d2: list[int] = []
        bl: list[int] = []
        blobs: list[bytes] = []
        for t, s, a, b, p in rows:
            ticks.append(t)
            status.append(s)
            d1.append(a)
            d2.append(b)
            if p is None:
                bl.append(-1)
            else:
                bl.append(len(blobs))
                blobs.append(bytes(p))
        return cls(ticks, status, d1, d2, bl, blobs)

    def __len__(self) -> int:
        return len(self.ticks)

    @property
    def end_tick(self) -> int:
        """Tick of the last event (0 for an empty track)."""
        return int(self.ticks[-1]) if len(self.ticks) else 0

    def payload(self, i: int) -> bytes | None:
        """Payload of event ``i`` (None for channel events)."""
        k = int(self.blob[i])
        return None if k < 0 else self.blobs[k]

    def rows(self) -> Iterator[EventRow]:
        """Iterate ``(tick, status, data1, data2, payload)`` tuples in order.

        Example
        -------
        >>> list(TrackEvents.from_rows([(5, 0xFF, 1, 0, b"hi")]).rows())
        [(5, 255, 1, 0, b'hi')]
        """
        blobs = self.blobs
        for t, s, a, b, k in zip(
            self.ticks.tolist(),
            self.status.tolist(),
            self.data1.tolist(),
            self.data2.tolist(),
            self.blob.tolist(),
            strict=True,
        ):
            yield (t, s, a, b, None if k < 0 else blobs[k])

    def take(self, index: npt.ArrayLike) -> TrackEvents:
        """A new TrackEvents with the rows selected by ``index`` (bool mask or indices).

        Example
        -------
        >>> ev = TrackEvents.from_rows([(0, 0x90, 1, 1, None), (1, 0xFF, 1, 0, b"x")])
        >>> list(ev.take([1]).rows())
        [(1, 255, 1, 0, b'x')]
        """
        idx = np.asarray(index)
        if idx.dtype == bool:
            idx = np.flatnonzero(idx)
        blob = self.blob[idx]
        used = blob >= 0
        new_blob = np.full(len(blob), -1, dtype=np.int32)
        new_blob[used] = np.arange(int(used.sum()), dtype=np.int32)
        blobs = [self.blobs[k] for k in blob[used].tolist()]
        return TrackEvents(
            self.ticks[idx], self.status[idx], self.data1[idx], self.data2[idx], new_blob, blobs
        )

    @staticmethod
    def concat(parts: Sequence[TrackEvents], *, sort: bool = True) -> TrackEvents:
        """Concatenate tracks (stable-sorted by tick when ``sort``).

        Events at the same tick keep the order of ``parts``, then of rows.

        Example
        -------
        >>> a = TrackEvents.from_rows([(10, 0x90, 1, 1, None)])
        >>> b = TrackEvents.from_rows([(0, 0xFF, 3, 0, b"n")])
        >>> TrackEvents.concat([a, b]).ticks.tolist()
        [0, 10]
        """
        if not parts:
            return TrackEvents.empty()
        blobs: list[bytes] = []
        blob_cols = []
        for p in parts:
            col = p.blob.copy()
            col[col >= 0] += len(blobs)
            blob_cols.append(col)
            blobs.extend(p.blobs)
        out = TrackEvents(
            np.concatenate([p.ticks for p in parts]),
            np.concatenate([p.status for p in parts]),
            np.concatenate([p.data1 for p in parts]),
            np.concatenate([p.data2 for p in parts]),
            np.concatenate(blob_cols),
            blobs,
        )
        if sort and len(out) > 1 and bool(np.any(np.diff(out.ticks) < 0)):
            order = np.argsort(out.ticks, kind="stable")
            out = TrackEvents(
                out.ticks[order], out.status[order], out.data1[order], out.data2[order],
                out.blob[order], out.blobs,
            )
        return out

    def equals(self, other: TrackEvents) -> bool:
        """Event-by-event equality (ticks, bytes and payloads).

        Example
        -------
        >>> TrackEvents.empty().equals(TrackEvents.empty())
        True
        """
        return list(self.rows()) == list(other.rows())

    def __eq__(self, other: Any) -> bool:
        if not isinstance(other, TrackEvents):
            return NotImplemented
        return self.equals(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"TrackEvents(events={len(self)}, end_tick={self.end_tick}, payloads={len(self.blobs)})"
