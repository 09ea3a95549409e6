"""Standard MIDI File writer (vectorised with numpy).

Output is canonical, so files we write read back to the same events and
write again to the same bytes: running status for consecutive channel
events, reset after every sysex/meta event (as the specification asks),
shortest variable-length quantities, exactly one end-of-track per track.

Example
-------
>>> from coremusic.midi.smf.events import TrackEvents
>>> tr = TrackEvents.from_rows([(0, 0x90, 60, 100, None), (96, 0x90, 60, 0, None)])
>>> encode_track(tr).hex()
'00903c64603c0000ff2f00'
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from coremusic.midi.smf.events import TrackEvents
from coremusic.midi.smf.reader import MIDIFileData

__all__ = ["encode_track", "write_smf"]

_MAX_VLQ = 0x0FFFFFFF
# sysex/meta payloads are copied one slice at a time up to this many per track
_SLICE_COPY_MAX = 64
# tracks with fewer events are encoded by a plain loop (numpy call overhead dominates)
_SMALL_TRACK = 150


def _vlq(value: int) -> bytes:
    out = [value & 0x7F]
    value >>= 7
    while value:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    return bytes(reversed(out))


def _vlq_lengths(values: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """Bytes needed for each variable-length quantity."""
    return 1 + (values >= 1 << 7).astype(np.int64) + (values >= 1 << 14) + (values >= 1 << 21)


def _put_vlq(out: npt.NDArray[np.uint8], at: npt.NDArray[np.int64],
             values: npt.NDArray[np.int64], lengths: npt.NDArray[np.int64]) -> None:
    """Write variable-length quantities (most significant group first) at offsets ``at``."""
    for i in range(4):
        mask = lengths > i
        if not mask.any():
            break
        vm = lengths[mask]
        byte = (values[mask] >> (7 * (vm - 1 - i))) & 0x7F
        byte |= np.where(i < vm - 1, 0x80, 0)
        out[at[mask] + i] = byte


def encode_track(events: TrackEvents) -> bytes:
    """Encode one track's events as ``MTrk`` chunk data (without the chunk header).

    An end-of-track meta event is appended at the last event's tick when the
    track does not end with one.

    Raises
    ------
    ValueError
        Ticks out of order or negative, a delta over 0x0FFFFFFF, a data byte
        over 127, a status byte that cannot appear in a file (F1..FE other
        than F7), an end-of-track before the last event, or a payload longer
        than 0x0FFFFFFF bytes.

    Example
    -------
    >>> encode_track(TrackEvents.empty()).hex()
    '00ff2f00'
    """
    if len(events) < _SMALL_TRACK:
        return _encode_small(events)
    ticks = events.ticks
    status = events.status
    data1 = events.data1
    data2 = events.data2
    blob = events.blob
    blobs = events.blobs
    n = len(ticks)
    if n == 0 or not (status[-1] == 0xFF and data1[-1] == 0x2F):
        t_end = int(ticks[-1]) if n else 0
        ticks = np.append(ticks, np.int64(t_end))
        status = np.append(status, np.uint8(0xFF))
        data1 = np.append(data1, np.uint8(0x2F))
        data2 = np.append(data2, np.uint8(0))
        blob = np.append(blob, np.int32(len(blobs)))
        blobs = [*blobs, b""]
        n += 1
    if ticks[0] < 0:
        raise ValueError(f"negative tick {int(ticks[0])} at event 0")
    delta = np.diff(ticks, prepend=np.int64(0))
    if n > 1 and (delta < 0).any():
        i = int(np.argmax(delta < 0))
        raise ValueError(f"events are not in tick order: event {i} (tick {int(ticks[i])}) "
                         f"comes after tick {int(ticks[i - 1])}")
    if (delta > _MAX_VLQ).any():
        i = int(np.argmax(delta > _MAX_VLQ))
        raise ValueError(f"delta time {int(delta[i])} at event {i} exceeds 0x0FFFFFFF ticks")
    if (status < 0x80).any():
        i = int(np.argmax(status < 0x80))
        raise ValueError(f"status {int(status[i]):#04x} at event {i} is not a status byte")
    is_ch = status < 0xF0
    blob_rows = np.flatnonzero(~is_ch)
    bstat = status[blob_rows]
    ok = (bstat == 0xFF) | (bstat == 0xF0) | (bstat == 0xF7)
    if not ok.all():
        i = int(blob_rows[np.argmax(~ok)])
        raise ValueError(f"status {int(status[i]):#04x} at event {i} cannot be stored in a MIDI file")
    eot = (status == 0xFF) & (data1 == 0x2F)
    if int(eot.sum()) != 1:
        i = int(np.argmax(eot))
        raise ValueError(f"end_of_track at event {i} is not the last event")
    bad = is_ch & ((data1 > 0x7F) | (data2 > 0x7F))
    if bad.any():
        i = int(np.argmax(bad))
        raise ValueError(f"data byte over 127 in channel event {i}")
    if ((status == 0xFF) & (data1 > 0x7F)).any():
        raise ValueError("meta type over 0x7F")
    # running status: a status byte is written unless the previous event was a
    # channel event with the same status (sysex and meta events reset it)
    eff = np.where(is_ch, status, 0)
    need = np.empty(n, dtype=bool)
    need[0] = True
    need[1:] = eff[1:] != eff[:-1]
    k = np.where(is_ch, np.where((status & 0xE0) == 0xC0, 1, 2), 0)
    # sysex/meta events: lead byte(s), VLQ length, payload
    payloads = [blobs[i] for i in blob[blob_rows].tolist()]
    plen = np.fromiter(map(len, payloads), dtype=np.int64, count=len(payloads))
    if (plen > _MAX_VLQ).any():
        raise ValueError(f"payload of {int(plen.max())} bytes is too long for a MIDI file")
    lead = np.where(bstat == 0xFF, 2, 1)
    lvl = _vlq_lengths(plen)
    body_len = np.where(is_ch, need.astype(np.int64) + k, 0)
    body_len[blob_rows] = lead + lvl + plen
    vl = _vlq_lengths(delta)
    size = vl + body_len
    off = np.cumsum(size) - size
    out = np.zeros(int(size.sum()), dtype=np.uint8)
    _put_vlq(out, off, delta, vl)
    pos = off + vl
    wst = is_ch & need
    out[pos[wst]] = status[wst]
    dp = pos + wst
    out[dp[is_ch]] = data1[is_ch]
    two = k == 2
    out[dp[two] + 1] = data2[two]
    if len(payloads):
        bpos = pos[blob_rows]
        out[bpos] = bstat
        meta = bstat == 0xFF
        out[bpos[meta] + 1] = data1[blob_rows][meta]
        lpos = bpos + lead
        _put_vlq(out, lpos, plen, lvl)
        starts = lpos + lvl
        if len(payloads) <= _SLICE_COPY_MAX or int(plen.sum()) > 64 * len(payloads):
            for st, body in zip(starts.tolist(), payloads, strict=True):
                if body:
                    out[st : st + len(body)] = np.frombuffer(body, dtype=np.uint8)
        else:
            joined = np.frombuffer(b"".join(payloads), dtype=np.uint8)
            rel = np.arange(len(joined), dtype=np.int64) - np.repeat(np.cumsum(plen) - plen, plen)
            out[np.repeat(starts, plen) + rel] = joined
    return out.tobytes()


def _encode_small(events: TrackEvents) -> bytes:
    """Plain-loop version of :func:`encode_track` for short tracks (same bytes, same errors)."""
    out = bytearray()
    rows = list(events.rows())
    if not rows or not (rows[-1][1] == 0xFF and rows[-1][2] == 0x2F):
        rows.append((rows[-1][0] if rows else 0, 0xFF, 0x2F, 0, b""))
    last = 0
    running = 0
    final = len(rows) - 1
    for i, (t, s, a, b, p) in enumerate(rows):
        if t < 0 and i == 0:
            raise ValueError(f"negative tick {t} at event 0")
        d = t - last
        if d < 0:
            raise ValueError(f"events are not in tick order: event {i} (tick {t}) comes after tick {last}")
        if d > _MAX_VLQ:
            raise ValueError(f"delta time {d} at event {i} exceeds 0x0FFFFFFF ticks")
        last = t
        if s < 0x80:
            raise ValueError(f"status {s:#04x} at event {i} is not a status byte")
        out += _vlq(d)
        if s < 0xF0:
            if a > 0x7F or b > 0x7F:
                raise ValueError(f"data byte over 127 in channel event {i}")
            if s != running:
                out.append(s)
                running = s
            if s & 0xE0 == 0xC0:
                out.append(a)
            else:
                out.append(a)
                out.append(b)
            continue
        if s not in (0xF0, 0xF7, 0xFF):
            raise ValueError(f"status {s:#04x} at event {i} cannot be stored in a MIDI file")
        if s == 0xFF and a == 0x2F and i != final:
            raise ValueError(f"end_of_track at event {i} is not the last event")
        if s == 0xFF and a > 0x7F:
            raise ValueError("meta type over 0x7F")
        payload = p or b""
        if len(payload) > _MAX_VLQ:
            raise ValueError(f"payload of {len(payload)} bytes is too long for a MIDI file")
        running = 0
        out += bytes((0xFF, a)) if s == 0xFF else bytes((s,))
        out += _vlq(len(payload))
        out += payload
    return bytes(out)


def write_smf(data: MIDIFileData) -> bytes:
    """Encode a whole Standard MIDI File.

    Raises
    ------
    ValueError
        A format outside 0..2, a format 0 file without exactly one track, a
        division that does not fit 16 bits, or a track that cannot be
        encoded (see :func:`encode_track`).

    Example
    -------
    >>> write_smf(MIDIFileData(1, 480, [TrackEvents.empty()]))[:14].hex()
    '4d546864000000060001000101e0'
    """
    if data.format not in (0, 1, 2):
        raise ValueError(f"MIDI file format must be 0, 1 or 2, got {data.format}")
    if data.format == 0 and len(data.tracks) != 1:
        raise ValueError(f"a format 0 file holds exactly one track, got {len(data.tracks)}")
    if not 0 < data.division <= 0xFFFF:
        raise ValueError(f"division {data.division} does not fit 16 bits")
    if len(data.tracks) > 0xFFFF:
        raise ValueError("too many tracks for a MIDI file (max 65535)")
    parts = [
        b"MThd",
        (6).to_bytes(4, "big"),
        data.format.to_bytes(2, "big"),
        len(data.tracks).to_bytes(2, "big"),
        data.division.to_bytes(2, "big"),
    ]
    for tr in data.tracks:
        body = encode_track(tr)
        parts.append(b"MTrk")
        parts.append(len(body).to_bytes(4, "big"))
        parts.append(body)
    return b"".join(parts)
