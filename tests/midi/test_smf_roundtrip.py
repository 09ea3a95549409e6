"""Standard MIDI File write -> read round trips and fast/reference parser agreement."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.midi.smf import MIDIFileData, TrackEvents, parse_track, read_smf, write_smf
from coremusic.midi.smf.reader import _parse_track_fast, _parse_track_reference
from coremusic.midi.smf.writer import encode_track

d7 = st.integers(0, 127)
FIXED = {0x00: 2, 0x20: 1, 0x21: 1, 0x51: 3, 0x54: 5, 0x58: 4, 0x59: 2}


@st.composite
def channel_event(draw: st.DrawFn) -> tuple[int, int, int, bytes | None]:
    hi = draw(st.sampled_from([0x80, 0x90, 0xA0, 0xB0, 0xC0, 0xD0, 0xE0]))
    s = hi | draw(st.integers(0, 15))
    a = draw(d7)
    b = 0 if hi in (0xC0, 0xD0) else draw(d7)
    return (s, a, b, None)


@st.composite
def meta_event(draw: st.DrawFn) -> tuple[int, int, int, bytes | None]:
    t = draw(st.sampled_from([0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x20,
                              0x21, 0x51, 0x54, 0x58, 0x59, 0x7F, 0x4B, 0x60]))
    n = FIXED.get(t)
    payload = draw(st.binary(min_size=n, max_size=n) if n is not None else st.binary(max_size=200))
    return (0xFF, t, 0, payload)


@st.composite
def sysex_event(draw: st.DrawFn) -> tuple[int, int, int, bytes | None]:
    s = draw(st.sampled_from([0xF0, 0xF7]))
    size = draw(st.sampled_from([0, 1, 5, 127, 128, 200, 16384]))
    payload = bytes(draw(st.binary(min_size=min(size, 50), max_size=min(size, 50)))) * (size // 50 or 1)
    return (s, 0, 0, payload[:size] if size else b"")


@st.composite
def tracks(draw: st.DrawFn, max_events: int = 60) -> TrackEvents:
    kinds = st.one_of(channel_event(), channel_event(), channel_event(), meta_event(), sysex_event())
    evs = draw(st.lists(kinds, max_size=max_events))
    deltas = draw(st.lists(st.one_of(st.integers(0, 3), st.integers(0, 0x0FFFFFFF // 1000),
                                     st.sampled_from([127, 128, 16383, 16384, 2097151, 2097152])),
                           min_size=len(evs), max_size=len(evs)))
    ticks = np.cumsum(np.asarray(deltas, dtype=np.int64)).tolist() if evs else []
    rows = [(t, s, a, b, p) for t, (s, a, b, p) in zip(ticks, evs, strict=True)]
    end = (ticks[-1] if ticks else 0) + draw(st.integers(0, 1000))
    rows.append((end, 0xFF, 0x2F, 0, b""))
    return TrackEvents.from_rows(rows)


@st.composite
def files(draw: st.DrawFn) -> MIDIFileData:
    fmt = draw(st.sampled_from([0, 1, 2]))
    n = 1 if fmt == 0 else draw(st.integers(0, 4))
    division = draw(st.one_of(st.integers(1, 0x7FFF),
                              st.tuples(st.sampled_from([24, 25, 29, 30]), st.integers(1, 255))
                              .map(lambda x: ((256 - x[0]) << 8) | x[1])))
    return MIDIFileData(fmt, division, [draw(tracks()) for _ in range(n)])


@settings(max_examples=100, deadline=None)
@given(files())
def test_write_read_write_is_byte_exact(data: MIDIFileData) -> None:
    raw = write_smf(data)
    back = read_smf(raw)
    assert back.format == data.format and back.division == data.division
    assert len(back.tracks) == len(data.tracks)
    for a, b in zip(data.tracks, back.tracks, strict=True):
        assert list(a.rows()) == list(b.rows())
    assert write_smf(back) == raw
    assert back.warnings == []


def _foreign_encode(rows: list[tuple[int, int, int, int, bytes | None]], use_running: list[bool],
                    vlq_pad: bool) -> bytes:
    """Encode like other tools may: running status kept across metas, optional status repeats."""
    out = bytearray()
    last_t = 0
    running = 0
    for (t, s, a, b, p), run in zip(rows, use_running, strict=True):
        d = t - last_t
        last_t = t
        groups = [d & 0x7F]
        d >>= 7
        while d:
            groups.append((d & 0x7F) | 0x80)
            d >>= 7
        out += bytes(reversed(groups))
        if s < 0xF0:
            if not (run and s == running):
                out.append(s)
            running = s
            out.append(a)
            if s & 0xE0 != 0xC0:
                out.append(b)
        else:
            assert p is not None
            n = len(p)
            lg = [n & 0x7F]
            n >>= 7
            while n:
                lg.append((n & 0x7F) | 0x80)
                n >>= 7
            if s == 0xFF:
                out += bytes((0xFF, a))
            else:
                out.append(s)
            out += bytes(reversed(lg)) + p
    return bytes(out)


@settings(max_examples=80, deadline=None)
@given(tracks(max_events=300), st.data())
def test_fast_and_reference_parsers_agree(track: TrackEvents, data: st.DataObject) -> None:
    rows = list(track.rows())
    running = data.draw(st.lists(st.booleans(), min_size=len(rows), max_size=len(rows)))
    buf = _foreign_encode(rows, running, False)
    ref = _parse_track_reference(buf, 0, True, [])
    assert list(ref.rows()) == rows
    fast = _parse_track_fast(buf)
    assert fast is not None
    assert list(fast.rows()) == rows
    # our own encoding parses identically too
    ours = encode_track(track)
    fast2 = _parse_track_fast(ours)
    assert fast2 is not None and list(fast2.rows()) == rows


@settings(max_examples=60, deadline=None)
@given(tracks(max_events=40), st.data())
def test_fast_parser_defers_on_corruption(track: TrackEvents, data: st.DataObject) -> None:
    mutable = bytearray(encode_track(track))
    for _ in range(data.draw(st.integers(1, 3))):
        i = data.draw(st.integers(0, len(mutable) - 1))
        mutable[i] = data.draw(st.integers(0, 255))
    buf = bytes(mutable)
    fast = _parse_track_fast(buf)
    try:
        ref = _parse_track_reference(buf, 0, True, [])
    except ValueError:
        assert fast is None  # whatever the reference rejects, the fast path must not accept
    else:
        if fast is not None:
            assert list(fast.rows()) == list(ref.rows())


def test_large_dense_track_uses_fast_path_and_matches() -> None:
    rng = np.random.default_rng(7)
    n = 20000
    rows: list[tuple[int, int, int, int, bytes | None]] = []
    t = 0
    for i in range(n):
        t += int(rng.integers(0, 300))
        rows.append((t, 0x90 | (i % 16), int(rng.integers(0, 128)), int(rng.integers(0, 128)), None))
    rows.append((t, 0xFF, 0x2F, 0, b""))
    tr = TrackEvents.from_rows(rows)
    buf = encode_track(tr)
    fast = _parse_track_fast(buf)
    assert fast is not None and fast.equals(tr)
    assert parse_track(buf).equals(tr)


def test_empty_track_and_file() -> None:
    raw = write_smf(MIDIFileData(1, 480, []))
    assert read_smf(raw).tracks == []
    assert encode_track(TrackEvents.empty()) == b"\x00\xff\x2f\x00"


@pytest.mark.parametrize(
    ("rows", "match"),
    [
        ([(5, 0x90, 1, 1, None), (4, 0x90, 1, 1, None)], "not in tick order"),
        ([(0, 0x90, 128, 1, None)], "data byte over 127"),
        ([(0, 0xF8, 0, 0, b"")], "cannot be stored"),
        ([(0, 0xFF, 0x2F, 0, b""), (1, 0x90, 1, 1, None)], "not the last event"),
        ([(0x10000000, 0x90, 1, 1, None)], "exceeds"),
    ],
)
def test_writer_rejects_bad_tracks(rows: list[tuple[int, int, int, int, bytes | None]], match: str) -> None:
    with pytest.raises(ValueError, match=match):
        encode_track(TrackEvents.from_rows(rows))


def test_writer_rejects_bad_file_shapes() -> None:
    with pytest.raises(ValueError, match="format 0"):
        write_smf(MIDIFileData(0, 480, []))
    with pytest.raises(ValueError, match="format must be"):
        write_smf(MIDIFileData(3, 480, []))
    with pytest.raises(ValueError, match="16 bits"):
        write_smf(MIDIFileData(1, 0x10000, []))


@settings(max_examples=60, deadline=None)
@given(tracks(max_events=200))
def test_small_and_vector_encoders_agree(track: TrackEvents) -> None:
    from coremusic.midi.smf.writer import _encode_small

    assert _encode_small(track) == encode_track(track)
    # force the vectorised encoder for short tracks too
    import coremusic.midi.smf.writer as w

    saved = w._SMALL_TRACK
    w._SMALL_TRACK = 0
    try:
        assert encode_track(track) == _encode_small(track)
    finally:
        w._SMALL_TRACK = saved


@pytest.mark.parametrize("small", [True, False])
@pytest.mark.parametrize(
    ("rows", "match"),
    [
        ([(5, 0x90, 1, 1, None), (4, 0x90, 1, 1, None)], "not in tick order"),
        ([(0, 0x90, 128, 1, None)], "data byte over 127"),
        ([(0, 0xF8, 0, 0, b"")], "cannot be stored"),
        ([(0, 0xFF, 0x2F, 0, b""), (1, 0x90, 1, 1, None)], "not the last event"),
        ([(0x10000000, 0x90, 1, 1, None)], "exceeds"),
        ([(0, 0x10, 1, 1, None)], "not a status byte"),
        ([(-1, 0x90, 1, 1, None)], "negative tick"),
    ],
)
def test_both_encoders_reject_bad_tracks(rows: list[tuple[int, int, int, int, bytes | None]],
                                         match: str, small: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    import coremusic.midi.smf.writer as w

    monkeypatch.setattr(w, "_SMALL_TRACK", 10**9 if small else 0)
    with pytest.raises(ValueError, match=match):
        encode_track(TrackEvents.from_rows(rows))


def test_parser_choice_by_density() -> None:
    from coremusic.midi.smf.reader import _count_events, _dense

    dense = encode_track(TrackEvents.from_rows([(i, 0x90, 60, 1, None) for i in range(2000)]))
    assert _dense(dense)
    sysex = encode_track(TrackEvents.from_rows([(0, 0xF0, 0, 0, bytes(20000) + b"\xf7")]))
    assert not _dense(sysex)
    assert parse_track(sysex).payload(0) == bytes(20000) + b"\xf7"
    assert _count_events(bytes([0, 0x90, 60, 100, 0x60, 60, 0, 0, 0xFF, 0x2F, 0]), 100) == 3
    assert _count_events(bytes([0, 0x3C, 0x40]), 100) == 0  # no running status: stops
