"""Conformance: files written by mido parse to the same event stream as mido reads."""

from __future__ import annotations

import io
import random

import pytest

from coremusic.midi import MIDISequence, read_smf
from coremusic.midi.smf.events import TrackEvents

mido = pytest.importorskip("mido")


def _random_track(rng: random.Random, n: int) -> list[object]:
    msgs: list[object] = []
    for _ in range(n):
        dt = rng.choice([0, 0, 1, 10, 120, 480, 20000, 3_000_000])
        ch = rng.randrange(16)
        kind = rng.randrange(14)
        if kind < 4:
            msgs.append(mido.Message(rng.choice(["note_on", "note_off"]), channel=ch,
                                     note=rng.randrange(128), velocity=rng.randrange(128), time=dt))
        elif kind == 4:
            msgs.append(mido.Message("polytouch", channel=ch, note=rng.randrange(128),
                                     value=rng.randrange(128), time=dt))
        elif kind == 5:
            msgs.append(mido.Message("control_change", channel=ch, control=rng.randrange(128),
                                     value=rng.randrange(128), time=dt))
        elif kind == 6:
            msgs.append(mido.Message("program_change", channel=ch, program=rng.randrange(128), time=dt))
        elif kind == 7:
            msgs.append(mido.Message("aftertouch", channel=ch, value=rng.randrange(128), time=dt))
        elif kind == 8:
            msgs.append(mido.Message("pitchwheel", channel=ch, pitch=rng.randrange(-8192, 8192), time=dt))
        elif kind == 9:
            size = rng.choice([0, 3, 200, 5000])
            msgs.append(mido.Message("sysex", data=[rng.randrange(128) for _ in range(size)], time=dt))
        elif kind == 10:
            msgs.append(mido.MetaMessage("set_tempo", tempo=rng.randrange(1, 0xFFFFFF), time=dt))
        elif kind == 11:
            kind_name = rng.choice(["text", "copyright", "track_name", "instrument_name", "lyrics",
                                    "marker", "cue_marker"])
            field = "name" if kind_name in ("track_name", "instrument_name") else "text"
            msgs.append(mido.MetaMessage(kind_name, **{field: "x" * rng.randrange(300)}, time=dt))
        elif kind == 12:
            msgs.append(rng.choice([
                mido.MetaMessage("time_signature", numerator=rng.randrange(1, 13), denominator=8, time=dt),
                mido.MetaMessage("key_signature", key=rng.choice(["C", "F#m", "Bb"]), time=dt),
                mido.MetaMessage("smpte_offset", hours=1, minutes=2, seconds=3, frames=4, time=dt),
                mido.MetaMessage("channel_prefix", channel=ch, time=dt),
                mido.MetaMessage("midi_port", port=rng.randrange(128), time=dt),
                mido.MetaMessage("sequence_number", number=rng.randrange(65536), time=dt),
                mido.MetaMessage("sequencer_specific", data=[1, 2, 3], time=dt),
            ]))
        else:
            msgs.append(mido.Message("note_on", channel=ch, note=60, velocity=0, time=dt))
    return msgs


def _corpus(count: int) -> list[bytes]:
    out = []
    for seed in range(count):
        rng = random.Random(seed)
        fmt = rng.choice([0, 1, 1, 2])
        mf = mido.MidiFile(type=fmt, ticks_per_beat=rng.choice([24, 96, 480, 960]))
        for _ in range(1 if fmt == 0 else rng.randrange(1, 5)):
            mf.tracks.append(mido.MidiTrack(_random_track(rng, rng.choice([0, 5, 50, 600]))))
        buf = io.BytesIO()
        mf.save(file=buf)
        out.append(buf.getvalue())
    return out


def _mido_stream(mf: object) -> list[list[tuple[int, bytes]]]:
    tracks = []
    for tr in mf.tracks:  # type: ignore[attr-defined]
        tick = 0
        rows = []
        for msg in tr:
            tick += msg.time
            rows.append((tick, bytes(msg.bin()) if msg.is_meta else bytes(msg.bytes())))
        tracks.append(rows)
    return tracks


def _our_stream(tr: TrackEvents) -> list[tuple[int, bytes]]:
    rows = []
    for t, s, a, b, p in tr.rows():
        if s < 0xF0:
            raw = bytes((s, a, b)) if s & 0xE0 != 0xC0 else bytes((s, a))
        elif s == 0xFF:
            assert p is not None
            n = len(p)
            vlq = [n & 0x7F]
            n >>= 7
            while n:
                vlq.append((n & 0x7F) | 0x80)
                n >>= 7
            raw = bytes((0xFF, a)) + bytes(reversed(vlq)) + p
        else:
            assert p is not None
            raw = bytes((s,)) + p
        rows.append((t, raw))
    return rows


@pytest.mark.parametrize("raw", _corpus(40), ids=lambda r: f"{len(r)}B")
def test_same_event_stream_as_mido(raw: bytes) -> None:
    mf = mido.MidiFile(file=io.BytesIO(raw))
    ours = read_smf(raw)
    assert ours.format == mf.type
    assert ours.ppq == mf.ticks_per_beat
    assert [_our_stream(t) for t in ours.tracks] == _mido_stream(mf)
    # and through the sequence model: save -> mido reads the same events
    seq = MIDISequence.from_bytes(raw)
    again = mido.MidiFile(file=io.BytesIO(seq.to_bytes()))
    assert _mido_stream(again) == _mido_stream(mf)
