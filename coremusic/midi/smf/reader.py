"""Standard MIDI File reader.

Two track parsers produce identical results:

* a vectorised numpy parser for large tracks.  It computes, for every byte
  position and both possible running-status data lengths, where the next
  event would start, then follows that successor graph from the first byte
  by pointer doubling (``log2(events)`` whole-array gathers instead of one
  Python iteration per event);
* a byte-by-byte reference parser, used for small tracks and whenever the
  fast parser sees anything unusual.  It alone produces errors and warnings,
  so every malformed input gets the same precise offset and reason.

Example
-------
>>> from coremusic.midi.smf.writer import write_smf
>>> from coremusic.midi.smf.events import TrackEvents
>>> tr = TrackEvents.from_rows([(0, 0x90, 60, 90, None), (240, 0x80, 60, 0, None)])
>>> data = read_smf(write_smf(MIDIFileData(0, 480, [tr])))
>>> data.format, data.ppq, len(data.tracks[0])
(0, 480, 3)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import BinaryIO, Final

import numpy as np
import numpy.typing as npt

from coremusic.midi.errors import MIDIFileError
from coremusic.midi.smf.events import TrackEvents

__all__ = ["FAST_PATH_MIN_BYTES", "MIDIFileData", "MIDIFileWarning", "parse_track", "read_smf"]

#: tracks at least this long (bytes) go through the vectorised parser first
FAST_PATH_MIN_BYTES: Final = 3072

# meta types whose payload length is fixed by the SMF specification
_META_LENGTHS: Final[dict[int, tuple[int, ...]]] = {
    0x00: (0, 2),
    0x20: (1,),
    0x21: (1,),
    0x2F: (0,),
    0x51: (3,),
    0x54: (5,),
    0x58: (4,),
    0x59: (2,),
}

_SMPTE_RATES: Final = frozenset((24, 25, 29, 30))

# the same as a lookup table by meta type (-1: any length; sequence number
# may also have length 0, checked separately)
_META_FIXED: Final = np.full(256, -1, dtype=np.int64)
for _t, _lens in _META_LENGTHS.items():
    _META_FIXED[_t] = max(_lens)

# density probe: the first _PROBE_BYTES bytes must average at most
# _PROBE_MAX_AVG_BYTES bytes per event for the vectorised parser to be used
_PROBE_BYTES: Final = 256
_PROBE_MAX_AVG_BYTES: Final = 12

# rounds of graph shrinking before pointer doubling in the fast parser
_SHRINK_ROUNDS: Final = 3


@dataclass(frozen=True, slots=True)
class MIDIFileWarning:
    """Something the lenient reader skipped or repaired.

    Attributes
    ----------
    offset : int
        Byte offset in the file.
    reason : str
        What was wrong and what the reader did.

    Example
    -------
    >>> MIDIFileWarning(14, "track ends without end_of_track; added one")
    MIDIFileWarning(offset=14, reason='track ends without end_of_track; added one')
    """

    offset: int
    reason: str


@dataclass
class MIDIFileData:
    """The contents of a Standard MIDI File at the chunk level.

    Attributes
    ----------
    format : int
        0 (one track), 1 (simultaneous tracks) or 2 (independent patterns).
    division : int
        The raw 16-bit division word: ticks per quarter note, or SMPTE
        (negative frame rate in the high byte, ticks per frame in the low).
    tracks : list of TrackEvents
        One entry per ``MTrk`` chunk, in file order.
    warnings : list of MIDIFileWarning
        What a lenient read skipped or repaired (empty for clean files), and
        unknown chunks that were skipped.

    Example
    -------
    >>> MIDIFileData(1, 96, []).ppq
    96
    >>> MIDIFileData(1, (256 - 25) << 8 | 40, []).smpte
    (25, 40)
    """

    format: int
    division: int
    tracks: list[TrackEvents]
    warnings: list[MIDIFileWarning] = field(default_factory=list)

    @property
    def ppq(self) -> int | None:
        """Ticks per quarter note, or None for an SMPTE division."""
        return None if self.division & 0x8000 else self.division

    @property
    def smpte(self) -> tuple[int, int] | None:
        """``(frames per second, ticks per frame)`` for SMPTE divisions, else None."""
        if not self.division & 0x8000:
            return None
        return 256 - (self.division >> 8), self.division & 0xFF

    def __repr__(self) -> str:
        div = f"ppq={self.ppq}" if self.ppq is not None else f"smpte={self.smpte}"
        return (
            f"MIDIFileData(format={self.format}, {div}, tracks={len(self.tracks)}, "
            f"events={sum(len(t) for t in self.tracks)}, warnings={len(self.warnings)})"
        )


def read_smf(
    source: bytes | bytearray | memoryview | str | os.PathLike[str] | BinaryIO,
    *,
    strict: bool = True,
) -> MIDIFileData:
    """Read a Standard MIDI File.

    Parameters
    ----------
    source : bytes, path or binary file object
        The file contents, a path, or an open binary file.
    strict : bool
        If True (default) any malformation raises :class:`MIDIFileError`
        with the byte offset and reason.  If False the reader recovers what
        it can (events up to a broken spot, a missing end-of-track, a
        truncated chunk) and lists what it skipped in ``warnings``.

    Returns
    -------
    MIDIFileData

    Raises
    ------
    MIDIFileError
        Malformed data (strict mode), or data that cannot be recovered at
        all (lenient mode: no header).

    Example
    -------
    >>> bad = b"MThd\\x00\\x00\\x00\\x06\\x00\\x00\\x00\\x01\\x01\\xe0MTrk\\x00\\x00\\x00\\x03\\x00\\x90\\x3c"
    >>> try:
    ...     read_smf(bad)
    ... except MIDIFileError as e:
    ...     print(e)
    event runs past the end of the track at byte 22
    >>> read_smf(bad, strict=False).warnings[0].reason
    'event runs past the end of the track; dropped it and the rest of the track'
    """
    data = _read_bytes(source)
    warnings: list[MIDIFileWarning] = []
    pos = _find_header(data, strict, warnings)
    if len(data) - pos < 8:
        raise MIDIFileError("truncated header chunk length", pos + 4 if len(data) >= pos + 4 else pos)
    hlen = int.from_bytes(data[pos + 4 : pos + 8], "big")
    if hlen < 6:
        raise MIDIFileError(f"header chunk length {hlen} is less than 6", pos + 4)
    if pos + 8 + 6 > len(data):
        raise MIDIFileError("truncated header chunk", pos + 8)
    fmt = int.from_bytes(data[pos + 8 : pos + 10], "big")
    ntracks = int.from_bytes(data[pos + 10 : pos + 12], "big")
    division = int.from_bytes(data[pos + 12 : pos + 14], "big")
    if fmt > 2:
        _problem(strict, warnings, f"unknown file format {fmt}", pos + 8, "read it as format 1")
        fmt = 1
    if division & 0x8000:
        fps = 256 - (division >> 8)
        if fps not in _SMPTE_RATES or division & 0xFF == 0:
            _problem(
                strict, warnings, f"invalid SMPTE division (fps {fps}, ticks/frame {division & 0xFF})",
                pos + 12, "used 480 ticks per quarter note",
            )
            division = 480
    elif division == 0:
        _problem(strict, warnings, "division of 0 ticks per quarter note", pos + 12,
                 "used 480 ticks per quarter note")
        division = 480
    pos = pos + 8 + hlen
    if pos > len(data):
        _problem(strict, warnings, f"header chunk length {hlen} runs past the end of the file",
                 pos - hlen - 4, "ignored it")
        pos = len(data)
    tracks: list[TrackEvents] = []
    n = len(data)
    while pos < n:
        if n - pos < 8:
            _problem(strict, warnings, f"truncated chunk header ({n - pos} trailing bytes)", pos,
                     "ignored them")
            break
        cid = data[pos : pos + 4]
        length = int.from_bytes(data[pos + 4 : pos + 8], "big")
        start = pos + 8
        end = start + length
        if cid == b"MTrk":
            if end > n:
                _problem(
                    strict, warnings,
                    f"track chunk length {length} runs past the end of the file ({n - start} bytes left)",
                    pos + 4, "parsed the bytes that are there",
                )
                end = n
            tracks.append(parse_track(data[start:end], start, strict=strict, warnings=warnings))
            pos = end
        elif all(0x20 <= c < 0x7F for c in cid):
            if end > n:
                _problem(strict, warnings, f"chunk {cid.decode()!r} length {length} runs past the end of the file",
                         pos + 4, "ignored the rest of the file")
                break
            warnings.append(MIDIFileWarning(pos, f"skipped unknown chunk {cid.decode()!r} ({length} bytes)"))
            pos = end
        else:
            nxt = data.find(b"MTrk", pos + 1)
            _problem(strict, warnings, "garbage where a chunk header should be", pos,
                     f"skipped {(nxt if nxt >= 0 else n) - pos} bytes")
            if nxt < 0:
                break
            pos = nxt
    if len(tracks) != ntracks:
        _problem(strict, warnings, f"header announces {ntracks} track(s) but the file has {len(tracks)}",
                 10 + _header_pos(data), "kept the tracks found")
    if fmt == 0 and len(tracks) > 1:
        _problem(strict, warnings, f"format 0 file with {len(tracks)} tracks", 8 + _header_pos(data),
                 "read it as format 1")
        fmt = 1
    return MIDIFileData(fmt, division, tracks, warnings)


def _read_bytes(source: bytes | bytearray | memoryview | str | os.PathLike[str] | BinaryIO) -> bytes:
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source)
    if isinstance(source, str | os.PathLike):
        with open(source, "rb") as fh:
            return fh.read()
    if hasattr(source, "read"):
        content = source.read()
        if not isinstance(content, bytes | bytearray):
            raise TypeError("file object must be opened in binary mode")
        return bytes(content)
    raise TypeError(f"cannot read a MIDI file from {type(source).__name__}")


def _header_pos(data: bytes) -> int:
    return max(data.find(b"MThd"), 0)


def _find_header(data: bytes, strict: bool, warnings: list[MIDIFileWarning]) -> int:
    if data[:4] == b"MThd":
        return 0
    if data[:4] == b"RIFF" and data[8:12] == b"RMID":
        pos = data.find(b"MThd", 12)
        if pos >= 0:
            return pos
    if len(data) < 4:
        raise MIDIFileError("file too short for a MIDI header", 0)
    pos = data.find(b"MThd")
    if strict or pos < 0:
        raise MIDIFileError("not a Standard MIDI File (no 'MThd' header chunk at the start)", 0)
    warnings.append(MIDIFileWarning(0, f"skipped {pos} bytes before the 'MThd' header"))
    return pos


def _problem(strict: bool, warnings: list[MIDIFileWarning], reason: str, offset: int, action: str) -> None:
    if strict:
        raise MIDIFileError(reason, offset)
    warnings.append(MIDIFileWarning(offset, f"{reason}; {action}"))


def parse_track(
    buf: bytes,
    base: int = 0,
    *,
    strict: bool = True,
    warnings: list[MIDIFileWarning] | None = None,
) -> TrackEvents:
    """Parse the data of one ``MTrk`` chunk (without its 8-byte chunk header).

    Parameters
    ----------
    buf : bytes
        The track chunk's data.
    base : int
        Offset of ``buf`` in the file, added to error offsets.
    strict : bool
        Raise on malformations (True) or recover and warn (False).
    warnings : list, optional
        Where lenient mode appends :class:`MIDIFileWarning` entries.

    Example
    -------
    >>> parse_track(bytes([0, 0x90, 60, 100, 0x60, 60, 0, 0, 0xFF, 0x2F, 0])).ticks.tolist()
    [0, 96, 96]
    """
    if len(buf) >= FAST_PATH_MIN_BYTES and _dense(buf):
        fast = _parse_track_fast(buf)
        if fast is not None:
            return fast
    return _parse_track_reference(buf, base, strict, warnings if warnings is not None else [])


def _dense(buf: bytes) -> bool:
    """True when the track starts with many small events (the vectorised parser's strength).

    The vectorised parser costs time per byte, the reference parser per
    event, so tracks of a few large sysex dumps go to the reference parser.
    """
    limit = min(len(buf), _PROBE_BYTES)
    return _count_events(buf, limit) * _PROBE_MAX_AVG_BYTES >= limit


def _count_events(buf: bytes, limit: int) -> int:
    """Number of complete events in ``buf[:limit]`` (stops quietly at anything odd)."""
    n = min(len(buf), limit)
    i = 0
    count = 0
    running = 0
    while i < n:
        while i < n and buf[i] & 0x80:
            i += 1
        i += 1
        if i >= n:
            break
        s = buf[i]
        if s < 0x80:
            if not running:
                break
            s = running
        else:
            i += 1
            if s < 0xF0:
                running = s
        if s < 0xF0:
            i += 1 if s & 0xE0 == 0xC0 else 2
        elif s in (0xFF, 0xF0, 0xF7):
            if s == 0xFF:
                i += 1
            length = 0
            while i < n:
                b = buf[i]
                i += 1
                length = (length << 7) | (b & 0x7F)
                if b < 0x80:
                    break
            i += length
        else:
            break
        if i <= n:
            count += 1
    return count


def _parse_track_reference(
    buf: bytes, base: int, strict: bool, warnings: list[MIDIFileWarning]
) -> TrackEvents:
    rows: list[int] = []  # flat: tick, status, data1, data2, blob index per event
    blobs: list[bytes] = []
    try:
        _scan(buf, base, rows, blobs)
    except MIDIFileError as exc:
        if strict:
            raise
        t = rows[-5] if rows else 0
        if exc.reason.startswith("track ends without"):
            reason = f"{exc.reason}; added one at tick {t}"
        else:
            reason = f"{exc.reason}; dropped it and the rest of the track"
        # any end_of_track already read stays the last event; otherwise add one
        if not (rows and rows[-4] == 0xFF and rows[-3] == 0x2F):
            rows.extend((t, 0xFF, 0x2F, 0, len(blobs)))
            blobs.append(b"")
        warnings.append(MIDIFileWarning(exc.offset if exc.offset is not None else base, reason))
    cols = np.array(rows, dtype=np.int64).reshape(-1, 5)
    return TrackEvents(cols[:, 0], cols[:, 1], cols[:, 2], cols[:, 3], cols[:, 4], blobs)


def _scan(buf: bytes, base: int, rows: list[int], blobs: list[bytes]) -> None:
    """Byte-by-byte track scan; extends ``rows``/``blobs``, raises MIDIFileError on the first problem."""
    n = len(buf)
    i = 0
    tick = 0
    running = 0
    add = rows.extend
    while i < n:
        start = i
        # delta time
        b = buf[i]
        i += 1
        if b < 0x80:
            tick += b
        else:
            v = b & 0x7F
            for count in range(2, 6):
                if i >= n:
                    raise MIDIFileError("truncated variable-length quantity", base + start)
                b = buf[i]
                i += 1
                v = (v << 7) | (b & 0x7F)
                if b < 0x80:
                    break
                if count == 4:
                    raise MIDIFileError("variable-length quantity longer than 4 bytes", base + start)
            tick += v
        if i >= n:
            raise MIDIFileError("event runs past the end of the track", base + start)
        s = buf[i]
        if s < 0x80:
            if not running:
                raise MIDIFileError(f"data byte {s:#04x} without a running status", base + i)
            s = running
        elif s < 0xF0:
            running = s
            i += 1
        else:
            i += 1
        if s < 0xF0:
            if s & 0xE0 == 0xC0:
                if i >= n:
                    raise MIDIFileError("event runs past the end of the track", base + start)
                a = buf[i]
                if a > 0x7F:
                    raise MIDIFileError(f"expected a data byte, found {a:#04x}", base + i)
                i += 1
                add((tick, s, a, 0, -1))
            else:
                if i + 1 >= n:
                    raise MIDIFileError("event runs past the end of the track", base + start)
                a = buf[i]
                c = buf[i + 1]
                if a > 0x7F or c > 0x7F:
                    bad = i if a > 0x7F else i + 1
                    raise MIDIFileError(f"expected a data byte, found {buf[bad]:#04x}", base + bad)
                i += 2
                add((tick, s, a, c, -1))
            continue
        if s == 0xFF:
            if i >= n:
                raise MIDIFileError("event runs past the end of the track", base + start)
            mtype = buf[i]
            if mtype > 0x7F:
                raise MIDIFileError(f"meta event type {mtype:#04x} is not 0..0x7F", base + i)
            i += 1
        elif s == 0xF0 or s == 0xF7:
            mtype = 0
        else:
            raise MIDIFileError(f"status byte {s:#04x} is not allowed in a MIDI file", base + i - 1)
        # length VLQ
        lstart = i
        if i >= n:
            raise MIDIFileError("event runs past the end of the track", base + start)
        b = buf[i]
        i += 1
        length = b & 0x7F
        count = 1
        while b >= 0x80:
            if i >= n:
                raise MIDIFileError("truncated variable-length quantity", base + lstart)
            if count == 4:
                raise MIDIFileError("variable-length quantity longer than 4 bytes", base + lstart)
            b = buf[i]
            i += 1
            count += 1
            length = (length << 7) | (b & 0x7F)
        end = i + length
        if end > n:
            raise MIDIFileError(
                f"event length {length} runs past the end of the track", base + lstart
            )
        payload = buf[i:end]
        i = end
        if s == 0xFF:
            allowed = _META_LENGTHS.get(mtype)
            if allowed is not None and length not in allowed:
                raise MIDIFileError(
                    f"meta event {mtype:#04x} has length {length}, expected {' or '.join(map(str, allowed))}",
                    base + start,
                )
        add((tick, s, mtype, 0, len(blobs)))
        blobs.append(payload)
        if s == 0xFF and mtype == 0x2F:
            if i < n:
                raise MIDIFileError(f"{n - i} byte(s) after end_of_track", base + i)
            return
    raise MIDIFileError("track ends without an end_of_track event", base + n)


def _vlq_at(a: npt.NDArray[np.uint8], vlen: npt.NDArray[np.uint8],
            p: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """Values of the variable-length quantities starting at positions ``p``."""
    ln = vlen[p]
    val = (a[p] & 0x7F).astype(np.int64)
    for i in (1, 2, 3):
        more = ln > i
        if not more.any():
            break
        val = np.where(more, (val << 7) | (a[p + i] & 0x7F), val)
    return val


def _parse_track_fast(buf: bytes) -> TrackEvents | None:
    """Vectorised parse of a well-formed track; None when anything looks unusual.

    Node ``2 * pos + (s - 1)`` stands for "an event starts at byte ``pos``
    while the running status has ``s`` data bytes"; ``jump`` maps each node
    to the node of the following event.
    """
    n = len(buf)
    m = n + 5
    a = np.frombuffer(buf + bytes(9), dtype=np.uint8)
    hi = (a >= 0x80).view(np.uint8)
    h0, h1, h2, h3 = hi[:m], hi[1 : m + 1], hi[2 : m + 2], hi[3 : m + 3]
    c1 = h0 & h1
    c2 = c1 & h2
    vlen = 1 + h0 + c1 + c2
    j = np.arange(n, dtype=np.int32)
    j += vlen[:n]
    b = a[j]
    chan = (b >= 0x80) & (b < 0xF0)
    k = 2 - ((b & 0xE0) == 0xC0).view(np.uint8)
    base = 2 * j
    end_node = 2 * n
    bad_node = 2 * n + 1
    # channel status: next node = 2*(j+1+k) + (k-1); running: 2*(j+s) + (s-1)
    chan_node = base + (3 * k + 1)
    node1 = np.where(chan, chan_node, base + 2)
    node2 = np.where(chan, chan_node, base + 5)
    sysrows = np.flatnonzero(b >= 0xF0)
    if len(sysrows):
        sb = b[sysrows]
        sj = j[sysrows].astype(np.int64)
        meta = sb == 0xFF
        lpos = np.where(meta, sj + 2, sj + 1)
        lpos_c = np.minimum(lpos, m - 1)
        nxt = lpos + vlen[lpos_c] + _vlq_at(a, vlen, lpos_c)
        nxt = np.minimum(nxt, n + 1)
        ok = meta | (sb == 0xF0) | (sb == 0xF7)
        ok &= (c2[lpos_c] & h3[lpos_c]) == 0
        nb1 = np.where(ok, 2 * nxt, bad_node)
        node1[sysrows] = nb1
        node2[sysrows] = np.where(ok, 2 * nxt + 1, bad_node)
    too_long = np.flatnonzero((c2 & h3)[:n])
    node1[too_long] = bad_node
    node2[too_long] = bad_node
    jump = np.empty(2 * n + 2, dtype=np.int32)
    jump[0 : 2 * n : 2] = node1
    jump[1 : 2 * n : 2] = node2
    over = np.flatnonzero(jump >= end_node)
    jump[over] = np.where(jump[over] <= end_node + 1, end_node, bad_node)
    # pos < n - ... entries pointing exactly to end_node+1 (pos n, state 2) become end_node above
    jump[end_node] = end_node
    jump[bad_node] = bad_node
    # Shrink the graph to the nodes that can still be on the chain: the
    # image of the jump map, iterated a few times (this drops most byte
    # positions that no parse can reach), always keeping the start and the
    # sinks; the set stays closed under the jump map.
    mask = np.zeros(2 * n + 2, dtype=bool)
    mask[jump] = True
    mask[1] = True
    live = np.flatnonzero(mask)
    for _ in range(_SHRINK_ROUNDS - 1):
        mask = np.zeros(2 * n + 2, dtype=bool)
        mask[jump[live]] = True
        mask[1] = True
        mask[end_node] = True
        mask[bad_node] = True
        live = np.flatnonzero(mask)
    rank = np.cumsum(mask, dtype=np.int32) - 1
    jk = rank[jump[live]]
    c_end = int(rank[end_node])
    c_bad = int(rank[bad_node])
    chain = np.array([rank[1]], dtype=np.int32)
    while True:
        nxt_chain = jk[chain]
        chain = np.concatenate((chain, nxt_chain))
        if nxt_chain[-1] >= c_end:
            break
        jk = jk[jk]
    stop = int(np.argmax(chain >= c_end))
    if chain[stop] == c_bad:
        return None
    p = (live[chain[:stop]] >> 1).astype(np.int64)
    # a bad delta VLQ at the first event is not covered by the jump table
    if len(p) == 0 or (c2[p] & h3[p]).any():
        return None
    ticks = np.cumsum(_vlq_at(a, vlen, p))
    jj = j[p].astype(np.int64)
    bb = b[p]
    is_stat = bb >= 0x80
    ch = is_stat & (bb < 0xF0)
    run = ~is_stat
    status = bb.copy()
    if run.any():
        idx = np.where(ch, np.arange(len(p)), -1)
        np.maximum.accumulate(idx, out=idx)
        ridx = idx[run]
        if (ridx < 0).any():
            return None
        status[run] = bb[ridx]
    is_ch = status < 0xF0
    dpos = jj + is_stat
    two = is_ch & ((status & 0xE0) != 0xC0)
    d1 = np.where(is_ch, a[dpos], 0).astype(np.uint8)
    d2 = np.where(two, a[dpos + 1], 0).astype(np.uint8)
    if ((d1 | d2) & 0x80).any():
        return None
    other = np.flatnonzero(~is_ch)
    if len(other) == 0 or status[-1] != 0xFF:
        return None
    oj = jj[other]
    om = status[other] == 0xFF
    mtype = np.where(om, a[oj + 1], 0).astype(np.uint8)
    olpos = np.where(om, oj + 2, oj + 1)
    ostart = olpos + vlen[olpos]
    olen = _vlq_at(a, vlen, olpos)
    d1[other] = mtype
    eot = om & (mtype == 0x2F)
    if int(eot.sum()) != 1 or not eot[-1] or (mtype > 0x7F).any():
        return None
    # fixed-length metas must have their specified length
    if om.any():
        mt = mtype[om]
        ml = olen[om]
        want = _META_FIXED[mt]
        if not ((want < 0) | (ml == want) | ((mt == 0) & (ml == 0))).all():
            return None
    blobs = [buf[s:e] for s, e in zip(ostart.tolist(), (ostart + olen).tolist(), strict=True)]
    blob = np.full(len(p), -1, dtype=np.int32)
    blob[other] = np.arange(len(other), dtype=np.int32)
    return TrackEvents(ticks, status, d1, d2, blob, blobs)
