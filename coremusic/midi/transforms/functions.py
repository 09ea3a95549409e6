"""Function forms of the transforms: ``transpose(seq, 5)`` is ``Transpose(5).apply(seq)``.

Each function takes the sequence or track first, then exactly the
parameters of its class, and returns a new object (the input is unchanged).

Example
-------
>>> from coremusic.midi import MIDISequence
>>> from coremusic.midi.transforms import transpose, quantize, humanize
>>> seq = MIDISequence(); seq.add_track().add_note_ticks(100, 60, 100, 240)
>>> out = humanize(quantize(transpose(seq, 12), "1/8"), velocity=5, seed=1)
>>> out.notes()[["pitch", "start_tick", "end_tick"]].tolist()
[(72, 0, 240)]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Literal, TypeVar

from coremusic.midi.sequence import MIDISequence
from coremusic.midi.track import MIDITrack
from coremusic.midi.transforms._core import NoteLength, RangeMode
from coremusic.midi.transforms.filters import (
    ChannelFilter,
    ChannelRemap,
    EventTypeFilter,
    NoteFilter,
    ScaleFilter,
)
from coremusic.midi.transforms.generate import Arpeggiate, ArpMode, TrackMerge
from coremusic.midi.transforms.pitch import Harmonize, Invert, Transpose
from coremusic.midi.transforms.timing import (
    Humanize,
    Legato,
    Quantize,
    Reverse,
    Staccato,
    TimeShift,
    TimeStretch,
)
from coremusic.midi.transforms.velocity import (
    CurveKind,
    VelocityCompress,
    VelocityCurve,
    VelocityScale,
)
from coremusic.music.keys import Key
from coremusic.music.notes import Note
from coremusic.music.scales import Scale

__all__ = [
    "arpeggiate", "channel_map", "channel_remap", "filter_channels", "filter_event_types",
    "filter_notes", "filter_scale", "harmonize", "humanize", "invert", "legato", "merge_tracks",
    "quantize", "reverse", "staccato", "time_shift", "time_stretch", "transpose",
    "velocity_compress", "velocity_curve", "velocity_scale",
]

T = TypeVar("T", MIDISequence, MIDITrack)


def transpose(target: T, semitones: int, mode: RangeMode = "clamp") -> T:
    """:class:`Transpose` a copy of ``target``. Example: ``transpose(seq, -12)``."""
    return Transpose(semitones, mode).apply(target)


def invert(target: T, pivot: int | str | Note = 60, mode: RangeMode = "clamp",
           pivot2: int | str | Note | None = None) -> T:
    """:class:`Invert` a copy of ``target``. Example: ``invert(seq, 'C4')``."""
    return Invert(pivot, mode, pivot2).apply(target)


def harmonize(target: T, intervals: Iterable[int] | None = None, *, scale: Scale | Key | None = None,
              degrees: Iterable[int] = (2,), mode: Literal["drop", "raise"] = "drop") -> T:
    """:class:`Harmonize` a copy. Example: ``harmonize(seq, scale=Key('G'), degrees=[2, 4])``."""
    return Harmonize(intervals, scale=scale, degrees=degrees, mode=mode).apply(target)


def quantize(target: T, grid: NoteLength = "1/16", strength: float = 1.0, swing: float = 0.0,
             ends: Literal["grid", "length"] = "grid") -> T:
    """:class:`Quantize` a copy. Example: ``quantize(seq, "1/8", strength=0.8)``."""
    return Quantize(grid, strength, swing, ends).apply(target)


def humanize(target: T, timing: float = 0.0, velocity: int = 0, seed: int | None = None) -> T:
    """:class:`Humanize` a copy. Example: ``humanize(seq, timing=0.01, velocity=8, seed=1)``."""
    return Humanize(timing, velocity, seed).apply(target)


def time_stretch(target: T, factor: float) -> T:
    """:class:`TimeStretch` a copy. Example: ``time_stretch(seq, 2.0)``."""
    return TimeStretch(factor).apply(target)


def time_shift(target: T, beats: float | None = None, *, seconds: float | None = None,
               ticks: int | None = None) -> T:
    """:class:`TimeShift` a copy. Example: ``time_shift(seq, seconds=0.5)``."""
    return TimeShift(beats, seconds=seconds, ticks=ticks).apply(target)


def reverse(target: T) -> T:
    """:class:`Reverse` a copy. Example: ``reverse(seq)``."""
    return Reverse().apply(target)


def legato(target: T, gap: int = 0) -> T:
    """:class:`Legato` a copy. Example: ``legato(seq)``."""
    return Legato(gap).apply(target)


def staccato(target: T, factor: float = 0.5, *, length: NoteLength | None = None) -> T:
    """:class:`Staccato` a copy. Example: ``staccato(seq, 0.5)``."""
    return Staccato(factor, length=length).apply(target)


def velocity_scale(target: T, factor: float = 1.0, offset: float = 0.0) -> T:
    """:class:`VelocityScale` a copy. Example: ``velocity_scale(seq, 0.8)``."""
    return VelocityScale(factor, offset).apply(target)


def velocity_curve(target: T, curve: CurveKind | Callable[[float], float] | Sequence[float] = "exponential",
                   amount: float = 2.0) -> T:
    """:class:`VelocityCurve` a copy. Example: ``velocity_curve(seq, "log", 2)``."""
    return VelocityCurve(curve, amount).apply(target)


def velocity_compress(target: T, threshold: int = 64, ratio: float = 2.0, makeup: float = 0.0) -> T:
    """:class:`VelocityCompress` a copy. Example: ``velocity_compress(seq, 80, 3)``."""
    return VelocityCompress(threshold, ratio, makeup).apply(target)


def filter_notes(target: T, low: int = 0, high: int = 127, *, invert: bool = False) -> T:
    """:class:`NoteFilter` a copy. Example: ``filter_notes(seq, 36, 84)``."""
    return NoteFilter(low, high, invert=invert).apply(target)


def filter_channels(target: T, channels: Iterable[int], *, invert: bool = False) -> T:
    """:class:`ChannelFilter` a copy. Example: ``filter_channels(seq, [9], invert=True)``."""
    return ChannelFilter(channels, invert=invert).apply(target)


def filter_event_types(target: T, keep: Iterable[str] | None = None,
                       drop: Iterable[str] | None = None) -> T:
    """:class:`EventTypeFilter` a copy. Example: ``filter_event_types(seq, drop=["pitch_bend"])``."""
    return EventTypeFilter(keep, drop).apply(target)


def filter_scale(target: T, scale: Scale | Key, mode: Literal["drop", "snap"] = "drop",
                 prefer: Literal["down", "up"] = "down") -> T:
    """:class:`ScaleFilter` a copy. Example: ``filter_scale(seq, Key('D'), "snap")``."""
    return ScaleFilter(scale, mode, prefer).apply(target)


def channel_remap(target: T, mapping: Mapping[int, int] | Sequence[int]) -> T:
    """:class:`ChannelRemap` a copy. Example: ``channel_remap(seq, {0: 9})``."""
    return ChannelRemap(mapping).apply(target)


#: alias of :func:`channel_remap`
channel_map = channel_remap


def arpeggiate(target: T, mode: ArpMode = "up", rate: NoteLength = "1/16", octaves: int = 1,
               gate: float = 1.0, seed: int | None = None) -> T:
    """:class:`Arpeggiate` a copy. Example: ``arpeggiate(seq, "updown", "1/16", octaves=2)``."""
    return Arpeggiate(mode, rate, octaves, gate, seed).apply(target)


def merge_tracks(target: T, tracks: Iterable[int] | None = None, name: str | None = None) -> T:
    """:class:`TrackMerge` a copy. Example: ``merge_tracks(seq, [0, 1], name="Keys")``."""
    return TrackMerge(tracks, name).apply(target)
