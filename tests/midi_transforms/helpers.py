"""Small builders shared by the transform tests."""

from __future__ import annotations

from collections.abc import Iterable

from coremusic.midi import MIDIMessage, MIDISequence, MIDITrack


def seq_of(*notes: tuple[int, int, int, int], channel: int = 0, ppq: int = 480) -> MIDISequence:
    """A one-track sequence from (tick, pitch, velocity, length) notes."""
    seq = MIDISequence(ppq=ppq)
    tr = seq.add_track("t")
    for tick, pitch, vel, length in notes:
        tr.add_note_ticks(tick, pitch, vel, length, channel=channel)
    return seq


def note_list(obj: MIDISequence | MIDITrack) -> list[tuple[int, int, int, int, int]]:
    """(start_tick, end_tick, pitch, velocity, channel) of every note, sorted."""
    if isinstance(obj, MIDITrack):
        seq = MIDISequence()
        seq.tracks = [obj]
        obj = seq
    n = obj.notes()
    return sorted(zip(n["start_tick"].tolist(), n["end_tick"].tolist(), n["pitch"].tolist(),
                      n["velocity"].tolist(), n["channel"].tolist(), strict=True))


def rows(track: MIDITrack) -> list[tuple[int, int, int, int, bytes | None]]:
    return list(track.event_table.rows())


def tick_messages(track: MIDITrack) -> list[tuple[int, bytes]]:
    """(tick, bytes) of the channel messages of a track."""
    return [(t, m.bytes()) for t, m in track.messages() if isinstance(m, MIDIMessage)]


def stream(transform: object, track: MIDITrack) -> list[tuple[int, bytes]]:
    """Run every channel message of ``track`` through ``transform.process``."""
    out: list[tuple[int, bytes]] = []
    for t, m in track.messages():
        if isinstance(m, MIDIMessage):
            out.extend((t, r.bytes()) for r in transform.process(m))  # type: ignore[attr-defined]
    return out


def notes_of(items: Iterable[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    return sorted(items)
