"""Filters and channel remapping.

Filters remove events; the note-offs and polyphonic aftertouch of removed
notes go with them, since they share the note's pitch and channel.  Events a
filter does not look at pass through unchanged.

Example
-------
>>> from coremusic.midi import MIDIMessage
>>> from coremusic.midi.transforms import ChannelRemap, NoteFilter, ScaleFilter
>>> from coremusic.music.theory import Key
>>> NoteFilter(36, 84).process(MIDIMessage.note_on(30))
[]
>>> ScaleFilter(Key('C'), mode="snap").process(MIDIMessage.note_on(61))[0].note
60
>>> ChannelRemap({0: 9}).process(MIDIMessage.note_on(36))[0].channel
9
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from coremusic.midi.messages import MESSAGE_TYPES, MIDIMessage
from coremusic.midi.transforms._core import TrackData, Transform, note_field
from coremusic.midi.transforms.pitch import PitchMap
from coremusic.music.keys import Key
from coremusic.music.scales import Scale

__all__ = ["ChannelFilter", "ChannelRemap", "EventTypeFilter", "NoteFilter", "ScaleFilter"]

# status high nibble -> message type name, as MIDIMessage names them
_CHANNEL_TYPES = {0x80: "note_off", 0x90: "note_on", 0xA0: "poly_aftertouch",
                  0xB0: "control_change", 0xC0: "program_change",
                  0xD0: "channel_aftertouch", 0xE0: "pitch_bend"}
#: names EventTypeFilter understands: message types, 'meta' and the group 'note'
EVENT_TYPES = (*MESSAGE_TYPES, "meta", "note")


class NoteFilter(Transform):
    """Keep notes with pitch in ``low..high`` (inclusive); others are removed.

    Parameters
    ----------
    low, high : int
        Pitch range 0..127.
    invert : bool
        Keep the notes *outside* the range instead.

    Example
    -------
    >>> from coremusic.midi import MIDISequence
    >>> seq = MIDISequence(); t = seq.add_track()
    >>> t.add_note_ticks(0, 36, 100, 10); t.add_note_ticks(0, 60, 100, 10)
    >>> NoteFilter(48, 72).apply(seq).notes()["pitch"].tolist()
    [60]
    """

    streaming = True

    def __init__(self, low: int = 0, high: int = 127, *, invert: bool = False) -> None:
        if not 0 <= low <= high <= 127:
            raise ValueError(f"need 0 <= low <= high <= 127, got low={low}, high={high}")
        self.low = int(low)
        self.high = int(high)
        self.invert = bool(invert)

    def _keep(self, pitch: npt.NDArray[np.int64]) -> npt.NDArray[np.bool_]:
        inside = (pitch >= self.low) & (pitch <= self.high)
        return ~inside if self.invert else inside

    def _apply_track(self, track: TrackData, state: Any) -> TrackData:
        ev = track.events
        hi = ev.status & 0xF0
        noteish = (hi == 0x80) | (hi == 0x90) | (hi == 0xA0)
        drop = noteish & ~self._keep(ev.data1.astype(np.int64))
        return track.with_events(ev.take(~drop))

    def process(self, message: MIDIMessage) -> list[MIDIMessage]:
        """Pass or drop one message."""
        if note_field(message) and not bool(self._keep(np.array([message.note]))[0]):
            return []
        return [message]


class ChannelFilter(Transform):
    """Keep channel events on some channels; non-channel events always pass.

    Parameters
    ----------
    channels : iterable of int
        Channels 0..15.
    invert : bool
        Remove the listed channels instead of keeping only them.

    Example
    -------
    >>> ChannelFilter([9], invert=True).process(MIDIMessage.note_on(36, channel=9))
    []
    """

    streaming = True

    def __init__(self, channels: Iterable[int], *, invert: bool = False) -> None:
        self.channels = sorted({_check_channel(c) for c in channels})
        self.invert = bool(invert)
        keep = np.zeros(16, dtype=bool)
        keep[self.channels] = True
        self._keep = ~keep if self.invert else keep

    def _apply_track(self, track: TrackData, state: Any) -> TrackData:
        ev = track.events
        chan = ev.status < 0xF0
        drop = chan & ~self._keep[ev.status & 0x0F]
        return track.with_events(ev.take(~drop))

    def process(self, message: MIDIMessage) -> list[MIDIMessage]:
        """Pass or drop one message."""
        if message.is_channel and not bool(self._keep[message.channel]):
            return []
        return [message]


class EventTypeFilter(Transform):
    """Keep only, or remove, events of some types.

    Parameters
    ----------
    keep, drop : iterable of str
        Exactly one of them: message type names (``'note_on'``,
        ``'control_change'``, ``'pitch_bend'``, ``'sysex'`` ...), ``'note'``
        for both note-on and note-off, and ``'meta'`` for meta events (track
        names, markers, lyrics ...).  The conductor track (tempo map) is
        never filtered.

    Example
    -------
    >>> f = EventTypeFilter(drop=["control_change", "pitch_bend"])
    >>> f.process(MIDIMessage.control_change(64, 127)), len(f.process(MIDIMessage.note_on(60)))
    ([], 1)
    """

    streaming = True

    def __init__(self, keep: Iterable[str] | None = None, drop: Iterable[str] | None = None) -> None:
        if (keep is None) == (drop is None):
            raise ValueError("give exactly one of keep= or drop=")
        names = list(keep if keep is not None else drop)  # type: ignore[arg-type]
        for n in names:
            if n not in EVENT_TYPES:
                raise ValueError(f"unknown event type {n!r}; expected one of {EVENT_TYPES}")
        selected = set(names)
        if "note" in selected:
            selected |= {"note_on", "note_off"}
        self.keep = None if keep is None else names
        self.drop = None if drop is None else names
        self._selected = frozenset(selected - {"note"})
        # keep-table by status byte: channel types by high nibble, then sysex and meta
        lut = np.zeros(256, dtype=bool)
        for status in range(0x80, 0x100):
            if status < 0xF0:
                lut[status] = self._wanted(_CHANNEL_TYPES[status & 0xF0])
            elif status in (0xF0, 0xF7):
                lut[status] = self._wanted("sysex")
            elif status == 0xFF:
                lut[status] = self._wanted("meta")
        self._lut = lut

    def _wanted(self, type_name: str) -> bool:
        return (type_name in self._selected) == (self.keep is not None)

    def _apply_track(self, track: TrackData, state: Any) -> TrackData:
        return track.with_events(track.events.take(self._lut[track.events.status]))

    def process(self, message: MIDIMessage) -> list[MIDIMessage]:
        """Pass or drop one message."""
        return [message] if self._wanted(message.type) else []

    def _params(self) -> dict[str, Any]:
        return {"keep": self.keep} if self.keep is not None else {"drop": self.drop}


class ScaleFilter(PitchMap):
    """Remove notes outside a scale, or move them to the nearest scale tone.

    Parameters
    ----------
    scale : Scale or Key
        The allowed pitch classes.
    mode : {'drop', 'snap'}
        ``'drop'`` removes out-of-scale notes; ``'snap'`` moves them to the
        nearest scale tone (``prefer`` breaks ties).
    prefer : {'down', 'up'}
        Direction of a snap when two scale tones are equally near.

    Example
    -------
    >>> from coremusic.music.theory import Scale, ScaleType
    >>> f = ScaleFilter(Scale('A', ScaleType.MINOR_PENTATONIC), mode="snap", prefer="up")
    >>> [f.map_pitch(p) for p in (56, 57, 58, 59, 61)]
    [57, 57, 57, 60, 62]
    """

    def __init__(self, scale: Scale | Key, mode: Literal["drop", "snap"] = "drop",
                 prefer: Literal["down", "up"] = "down") -> None:
        super().__init__("drop")
        sc = scale.scale if isinstance(scale, Key) else scale
        if not isinstance(sc, Scale):
            raise TypeError(f"scale must be a Scale or Key, got {scale!r}")
        if mode not in ("drop", "snap"):
            raise ValueError(f"mode must be 'drop' or 'snap', got {mode!r}")
        if prefer not in ("down", "up"):
            raise ValueError(f"prefer must be 'down' or 'up', got {prefer!r}")
        self.scale = sc
        self.filter_mode = mode
        self.prefer = prefer
        pcs = sc.pitch_classes
        allowed = np.array([p for p in range(128) if p % 12 in pcs], dtype=np.int64)
        pitches = np.arange(128, dtype=np.int64)
        in_scale = np.isin(pitches % 12, list(pcs))
        if mode == "drop":
            table = np.where(in_scale, pitches, -1)
        else:
            dist = np.abs(pitches[:, None] - allowed[None, :])
            best = dist.min(axis=1, keepdims=True)
            cand = np.where(dist == best, allowed[None, :], -1 if prefer == "up" else 128)
            table = cand.max(axis=1) if prefer == "up" else cand.min(axis=1)
        self._table = table.astype(np.int64)

    def _map_array(self, pitches: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        out: npt.NDArray[np.int64] = self._table[pitches]
        return out

    def _params(self) -> dict[str, Any]:
        return {"scale": self.scale, "mode": self.filter_mode, "prefer": self.prefer}


class ChannelRemap(Transform):
    """Move channel events to other channels.

    Parameters
    ----------
    mapping : mapping of int to int, or sequence of 16 ints
        ``{old: new}`` (unlisted channels stay) or a full 16-entry table.

    Example
    -------
    >>> r = ChannelRemap({1: 2, 2: 1})
    >>> [r.process(MIDIMessage.program_change(0, channel=c))[0].channel for c in (0, 1, 2)]
    [0, 2, 1]
    """

    streaming = True

    def __init__(self, mapping: Mapping[int, int] | Sequence[int]) -> None:
        table = np.arange(16, dtype=np.uint8)
        if isinstance(mapping, Mapping):
            for old, new in mapping.items():
                table[_check_channel(old)] = _check_channel(new)
        else:
            if len(mapping) != 16:
                raise ValueError(f"a channel table needs 16 entries, got {len(mapping)}")
            table[:] = [_check_channel(c) for c in mapping]
        self.mapping = {i: int(c) for i, c in enumerate(table.tolist()) if c != i}
        self._table = table

    def _apply_track(self, track: TrackData, state: Any) -> TrackData:
        ev = track.events
        chan = ev.status < 0xF0
        ev.status[chan] = (ev.status[chan] & 0xF0) | self._table[ev.status[chan] & 0x0F]
        return track.with_events(ev)

    def process(self, message: MIDIMessage) -> list[MIDIMessage]:
        """Remap the channel of a channel message."""
        if message.is_channel:
            return [message.copy(channel=int(self._table[message.channel]))]
        return [message]


def _check_channel(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int | np.integer) or not 0 <= value <= 15:
        raise ValueError(f"MIDI channels are 0..15, got {value!r}")
    return int(value)
