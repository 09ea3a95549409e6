"""Velocity maps, filters and channel remapping: exact results and streaming."""

from __future__ import annotations

import pytest

from coremusic.midi import MIDIMessage, MIDISequence
from coremusic.midi.transforms import (
    ChannelFilter,
    ChannelRemap,
    EventTypeFilter,
    NoteFilter,
    ScaleFilter,
    VelocityCompress,
    VelocityCurve,
    VelocityMap,
    VelocityScale,
    channel_map,
    filter_scale,
)
from coremusic.music.theory import Key, Scale, ScaleType

from .helpers import note_list, seq_of, stream, tick_messages


def test_velocity_scale_clamps_to_1_127_and_keeps_note_offs() -> None:
    seq = seq_of((0, 60, 100, 10), (0, 62, 3, 10))
    tr = seq.tracks[0]
    tr.add_message(MIDIMessage.note_off(70, velocity=64), tick=20)
    out = VelocityScale(1.5).apply(seq)
    assert [n[3] for n in note_list(out)] == [127, 4]  # 150 -> 127, 4.5 -> 4 (half to even)
    offs = [r for r in out.tracks[0].event_table.rows() if r[1] == 0x80]
    assert [r[3] for r in offs] == [0, 0, 64]  # release velocities unchanged
    assert [n[3] for n in note_list(VelocityScale(0.0).apply(seq))] == [1, 1]


def test_velocity_curves_by_hand() -> None:
    assert VelocityCurve("exponential", 2).table[[0, 1, 64, 127]].tolist() == [0, 1, 32, 127]
    assert VelocityCurve("linear").table.tolist() == [0, *range(1, 128)]
    k = 2.0 ** 2 - 1
    import math
    assert VelocityCurve("log", 2).table[50] == round(127 * math.log1p(k * 50 / 127) / math.log1p(k))
    s = VelocityCurve("s-curve", 3).table
    assert all(s[v] + s[127 - v] == 127 for v in range(20, 108))  # symmetric about the middle
    assert s[20] < 20 and s[107] > 107
    custom = VelocityCurve(list(range(127, -1, -1)))
    assert custom.table[[1, 100, 127]].tolist() == [126, 27, 1]
    with pytest.raises(ValueError, match="128 entries"):
        VelocityMap([1, 2, 3])
    with pytest.raises(ValueError, match="unknown curve"):
        VelocityCurve("cubic")  # type: ignore[arg-type]


def test_velocity_compress_by_hand() -> None:
    c = VelocityCompress(threshold=80, ratio=4, makeup=5)
    # 40 -> 45; 120 -> 80 + 40/4 + 5 = 95; 127 -> 80 + 11.75 + 5 = 96.75 -> 97
    assert c.table[[40, 120, 127]].tolist() == [45, 95, 97]
    with pytest.raises(ValueError, match="ratio"):
        VelocityCompress(ratio=0.5)


def test_note_filter_removes_whole_notes() -> None:
    seq = seq_of((0, 30, 100, 10), (0, 60, 100, 10), (0, 100, 100, 10))
    assert [n[2] for n in note_list(NoteFilter(36, 96).apply(seq))] == [60]
    assert [n[2] for n in note_list(NoteFilter(36, 96, invert=True).apply(seq))] == [30, 100]
    assert len(NoteFilter(36, 96).apply(seq).tracks[0]) == 3  # name + on + off


def test_channel_filter_and_remap() -> None:
    seq = MIDISequence()
    tr = seq.add_track("x")
    tr.add_note_ticks(0, 36, 100, 10, channel=9)
    tr.add_note_ticks(0, 60, 100, 10, channel=0)
    tr.add_sysex(0.0, b"\x01\x02")
    out = ChannelFilter([9], invert=True).apply(seq)
    assert [n[4] for n in note_list(out)] == [0]
    assert any(r[1] == 0xF0 for r in out.tracks[0].event_table.rows())  # sysex passes
    remapped = channel_map(seq, {9: 10, 0: 1})
    assert sorted(n[4] for n in note_list(remapped)) == [1, 10]
    with pytest.raises(ValueError, match=r"0\.\.15"):
        ChannelRemap({0: 16})
    with pytest.raises(ValueError, match="16 entries"):
        ChannelRemap([0, 1])


def test_event_type_filter() -> None:
    seq = seq_of((0, 60, 100, 10))
    tr = seq.tracks[0]
    tr.add_control_change(0.0, 64, 127)
    tr.add_pitch_bend(0.0, 9000)
    tr.add_text(0.0, "hello")
    kept = EventTypeFilter(keep=["note"]).apply(seq).tracks[0].event_table
    assert sorted({r[1] & 0xF0 for r in kept.rows()}) == [0x80, 0x90]
    dropped = EventTypeFilter(drop=["control_change", "meta"]).apply(seq).tracks[0].event_table
    assert sorted({r[1] for r in dropped.rows()}) == [0x80, 0x90, 0xE0]
    # the conductor (tempo map) is never filtered
    assert EventTypeFilter(keep=["note"]).apply(seq).tempo == 120.0
    with pytest.raises(ValueError, match="unknown event type"):
        EventTypeFilter(keep=["notes"])
    with pytest.raises(ValueError, match="exactly one"):
        EventTypeFilter()


def test_scale_filter_drop_and_snap() -> None:
    seq = seq_of((0, 60, 100, 10), (0, 61, 100, 10), (0, 66, 100, 10))
    assert [n[2] for n in note_list(ScaleFilter(Key("C")).apply(seq))] == [60]
    # C#: C and D equally near -> down (60) or up (62); F#: F or G -> 65 / 67
    assert [n[2] for n in note_list(filter_scale(seq, Key("C"), "snap"))] == [60, 60, 65]
    assert [n[2] for n in note_list(filter_scale(seq, Key("C"), "snap", "up"))] == [60, 62, 67]
    blues = ScaleFilter(Scale("C", ScaleType.MAJOR_PENTATONIC), mode="snap")
    assert blues.map_pitch(65) == 64 and blues.map_pitch(71) == 72


@pytest.mark.parametrize("transform", [
    VelocityScale(0.7, 5), VelocityCurve("log", 2), VelocityCompress(70, 3), NoteFilter(61, 64),
    ChannelFilter([1]), ChannelRemap({0: 5, 1: 0}), EventTypeFilter(drop=["note_off"]),
    ScaleFilter(Key("G"), mode="snap"), ScaleFilter(Key("F"))])
def test_streaming_matches_sequence_form(transform: object) -> None:
    seq = MIDISequence()
    tr = seq.add_track()
    for i, p in enumerate([60, 62, 64, 65, 61, 66]):
        tr.add_note_ticks(i * 100, p, 40 + 15 * i, 150, channel=i % 2)
        tr.add_control_change(i * 0.1, 1, i)
    out = transform.apply(seq)  # type: ignore[attr-defined]
    assert sorted(stream(transform, tr)) == sorted(tick_messages(out.tracks[0]))
