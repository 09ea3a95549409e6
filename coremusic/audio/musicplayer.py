"""`MusicSequence`, `MusicTrack`, `MusicPlayer`: Apple's sequencer (macOS AudioToolbox).

A :class:`MusicSequence` holds tracks of timed events (notes, control
changes, tempo and meta events ...) and reads and writes Standard MIDI Files
through the framework; a :class:`MusicPlayer` plays one sequence into an
:class:`~coremusic.audio.augraph.AUGraph` or CoreMIDI endpoints.  Times here
are **beats** (``MusicTimeStamp``); :meth:`MusicSequence.seconds_for_beats`
converts through the tempo track.

AudioToolbox exists only on macOS: elsewhere the constructors raise
:class:`~coremusic.exceptions.PlatformNotSupportedError`.  For portable MIDI
files and sequencing use coremusic's ``MIDISequence``.

Example
-------
>>> seq = MusicSequence()                                        # doctest: +SKIP
>>> seq.set_tempo(96.0)                                          # doctest: +SKIP
>>> piano = seq.new_track()                                      # doctest: +SKIP
>>> piano.add_note(0.0, 60, 100, 1.0)                            # doctest: +SKIP
>>> seq.save("song.mid")                                         # doctest: +SKIP
>>> with MusicPlayer(seq) as player:                             # doctest: +SKIP
...     player.preroll(); player.start()
"""

from __future__ import annotations

import os
import struct
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from coremusic import capi
from coremusic.audio._owner import HandleOwner
from coremusic.audio.augraph import AUGraph, require_audiotoolbox
from coremusic.capi.musicsequence import SequenceUserCallback

__all__ = ["MusicEvent", "MusicPlayer", "MusicSequence", "MusicTrack"]

_LOOP_INFO, _OFFSET_TIME, _MUTE, _SOLO, _LENGTH, _RESOLUTION = 0, 1, 2, 3, 5, 6


@dataclass(frozen=True)
class MusicEvent:
    """One event of a track: its time in beats, its kind and its fields.

    ``type`` is ``'midi_note'``, ``'midi_channel'``, ``'meta'``, ``'extended_tempo'``,
    ``'midi_raw_data'``, ``'user'``, ``'parameter'``, ``'extended_note'``,
    ``'extended_control'`` or ``'au_preset'``.

    Example
    -------
    >>> MusicEvent(0.0, "extended_tempo", {"bpm": 120.0}).fields["bpm"]
    120.0
    """

    time: float
    type: str
    fields: dict[str, Any] = field(default_factory=dict)

    __hash__ = None  # type: ignore[assignment]  # the fields dict is mutable


def _dispose_sequence(handle: int) -> None:
    capi.dispose_music_sequence(handle)


def _dispose_player(handle: int) -> None:
    capi.dispose_music_player(handle)


class MusicTrack:
    """A track of a :class:`MusicSequence` (made by :meth:`MusicSequence.new_track`).

    Example
    -------
    >>> t = seq.new_track()                                        # doctest: +SKIP
    >>> t.add_note(0.0, 60, 100, 0.5); t.add_control_change(0.0, 7, 90)   # doctest: +SKIP
    >>> [e.type for e in t.events()]                                # doctest: +SKIP
    ['midi_note', 'midi_channel']
    """

    def __init__(self, sequence: MusicSequence, handle: int) -> None:
        self._sequence = sequence
        self._handle = handle

    @property
    def handle(self) -> int:
        """The ``MusicTrack`` handle (raises ``ValueError`` once its sequence is closed)."""
        self._sequence.handle  # noqa: B018 - raises when the sequence is closed
        if not self._handle:
            raise ValueError("the track was removed from its sequence")
        return self._handle

    @property
    def sequence(self) -> MusicSequence:
        """The owning sequence."""
        return self._sequence

    # ------------------------------------------------------------ events
    def add_note(self, time: float, note: int, velocity: int = 100, duration: float = 1.0,
                 channel: int = 0, release_velocity: int = 0) -> None:
        """Add a note at ``time`` beats lasting ``duration`` beats.

        Example
        -------
        >>> t.add_note(1.0, 64, 90, 0.5, channel=1)                 # doctest: +SKIP
        """
        capi.music_track_new_midi_note_event(self.handle, time, note, velocity, duration, channel,
                                             release_velocity)

    def add_control_change(self, time: float, controller: int, value: int, channel: int = 0) -> None:
        """Add a control change (CC).

        Example
        -------
        >>> t.add_control_change(0.0, 64, 127)  # sustain on        # doctest: +SKIP
        """
        capi.music_track_new_midi_channel_event(self.handle, time, 0xB0 | _channel(channel), controller, value)

    def add_program_change(self, time: float, program: int, channel: int = 0) -> None:
        """Add a program change.

        Example
        -------
        >>> t.add_program_change(0.0, 0)                            # doctest: +SKIP
        """
        capi.music_track_new_midi_channel_event(self.handle, time, 0xC0 | _channel(channel), program, 0)

    def add_pitch_bend(self, time: float, value: int, channel: int = 0) -> None:
        """Add a pitch bend, ``value`` in -8192..8191 (0 = centre).

        Example
        -------
        >>> t.add_pitch_bend(2.0, 4096)                             # doctest: +SKIP
        """
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"pitch bend value must be an int, not {type(value).__name__}")
        if not -8192 <= value <= 8191:
            raise ValueError(f"pitch bend value must be in -8192..8191, got {value}")
        raw = value + 8192
        capi.music_track_new_midi_channel_event(self.handle, time, 0xE0 | _channel(channel), raw & 0x7F, raw >> 7)

    def add_tempo(self, time: float, bpm: float) -> None:
        """Add a tempo change (meaningful on the sequence's tempo track).

        Example
        -------
        >>> seq.tempo_track.add_tempo(8.0, 140.0)                   # doctest: +SKIP
        """
        capi.music_track_new_extended_tempo_event(self.handle, time, bpm)

    def add_meta(self, time: float, meta_type: int, data: bytes) -> None:
        """Add a meta event (``0x01`` text, ``0x03`` track name, ``0x58`` time signature ...).

        Example
        -------
        >>> t.add_meta(0.0, 0x01, b"verse")                         # doctest: +SKIP
        """
        capi.music_track_new_meta_event(self.handle, time, meta_type, data)

    def add_sysex(self, time: float, data: bytes) -> None:
        """Add raw MIDI bytes (a SysEx message from ``0xF0`` to ``0xF7``).

        Example
        -------
        >>> t.add_sysex(0.0, bytes([0xF0, 0x7E, 0x7F, 0x09, 0x01, 0xF7]))   # doctest: +SKIP
        """
        capi.music_track_new_midi_raw_data_event(self.handle, time, data)

    def add_user_event(self, time: float, data: bytes) -> None:
        """Add opaque bytes delivered to the sequence's user callback during playback.

        Example
        -------
        >>> t.add_user_event(4.0, b"chorus")                        # doctest: +SKIP
        """
        capi.music_track_new_user_event(self.handle, time, data)

    def add_parameter(self, time: float, parameter_id: int, value: float, scope: int = 0,
                      element: int = 0) -> None:
        """Add an AudioUnit parameter change for the track's destination node.

        Example
        -------
        >>> t.add_parameter(2.0, 0, 0.5)                            # doctest: +SKIP
        """
        capi.music_track_new_parameter_event(self.handle, time, parameter_id, scope, element, value)

    @property
    def name(self) -> str | None:
        """The first track-name meta event (``0x03``), or ``None``; setting adds one at beat 0."""
        for event in self.events():
            if event.type == "meta" and event.fields["meta_type"] == 0x03:
                return bytes(event.fields["data"]).decode("utf-8", errors="replace")
        return None

    @name.setter
    def name(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"name must be a str, not {type(value).__name__}")
        self.add_meta(0.0, 0x03, value.encode("utf-8"))

    def events(self, start: float = 0.0, end: float | None = None) -> list[MusicEvent]:
        """The events in ``[start, end)`` beats (all by default), in time order.

        Example
        -------
        >>> [(e.time, e.fields["note"]) for e in t.events() if e.type == "midi_note"]   # doctest: +SKIP
        [(0.0, 60)]
        """
        return list(self._iter_events(start, end))

    def __iter__(self) -> Iterator[MusicEvent]:
        return self._iter_events(0.0, None)

    def _iter_events(self, start: float, end: float | None) -> Iterator[MusicEvent]:
        it = capi.new_music_event_iterator(self.handle)
        try:
            if start:
                capi.music_event_iterator_seek(it, start)
            while capi.music_event_iterator_has_current_event(it):
                at, fields = capi.music_event_iterator_get_event(it)
                if end is not None and at >= end:
                    break
                kind = fields.pop("type")
                yield MusicEvent(at, str(kind), fields)
                capi.music_event_iterator_next_event(it)
        finally:
            capi.dispose_music_event_iterator(it)

    @property
    def event_count(self) -> int:
        """The number of events on the track."""
        return sum(1 for _ in self)

    # ------------------------------------------------------------ editing
    def clear(self, start: float, end: float) -> None:
        """Remove the events in ``[start, end)`` beats (later events stay put).

        Example
        -------
        >>> t.clear(4.0, 8.0)                                       # doctest: +SKIP
        """
        capi.music_track_clear(self.handle, start, end)

    def cut(self, start: float, end: float) -> None:
        """Remove ``[start, end)`` and move later events earlier.

        Example
        -------
        >>> t.cut(4.0, 8.0)                                         # doctest: +SKIP
        """
        capi.music_track_cut(self.handle, start, end)

    def move_events(self, start: float, end: float, by: float) -> None:
        """Shift the events in ``[start, end)`` by ``by`` beats.

        Example
        -------
        >>> t.move_events(0.0, 4.0, 0.5)                            # doctest: +SKIP
        """
        capi.music_track_move_events(self.handle, start, end, by)

    def copy_to(self, dest: MusicTrack, start: float, end: float, at: float, *, merge: bool = False) -> None:
        """Copy ``[start, end)`` into ``dest`` at ``at``: inserted (later events move) or merged.

        Example
        -------
        >>> t.copy_to(t2, 0.0, 4.0, 8.0, merge=True)                # doctest: +SKIP
        """
        if not isinstance(dest, MusicTrack):
            raise TypeError(f"dest must be a MusicTrack, not {type(dest).__name__}")
        op = capi.music_track_merge if merge else capi.music_track_copy_insert
        op(self.handle, start, end, dest.handle, at)

    # ------------------------------------------------------------ properties
    def set_loop(self, duration: float, count: int = 0) -> None:
        """Loop the first ``duration`` beats ``count`` times (0 = forever).

        Example
        -------
        >>> t.set_loop(4.0, 2)                                      # doctest: +SKIP
        """
        if isinstance(duration, bool) or not isinstance(duration, (int, float)) or duration <= 0:
            raise ValueError(f"loop duration must be a positive number of beats, got {duration!r}")
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise ValueError(f"loop count must be an int >= 0, got {count!r}")
        capi.music_track_set_property(self.handle, _LOOP_INFO, struct.pack("=di4x", float(duration), count))

    @property
    def loop(self) -> tuple[float, int]:
        """``(duration_beats, count)`` of the track's loop (count 0 = forever)."""
        duration, count = struct.unpack("=di4x", capi.music_track_get_property(self.handle, _LOOP_INFO))
        return float(duration), int(count)

    @property
    def muted(self) -> bool:
        """Whether the track is muted."""
        return capi.music_track_get_property(self.handle, _MUTE)[:1] not in (b"", b"\x00")

    @muted.setter
    def muted(self, value: bool) -> None:
        capi.music_track_set_property(self.handle, _MUTE, bytes([bool(value)]))

    @property
    def solo(self) -> bool:
        """Whether the track is soloed."""
        return capi.music_track_get_property(self.handle, _SOLO)[:1] not in (b"", b"\x00")

    @solo.setter
    def solo(self, value: bool) -> None:
        capi.music_track_set_property(self.handle, _SOLO, bytes([bool(value)]))

    @property
    def offset(self) -> float:
        """Beats by which the whole track is shifted when played."""
        return float(struct.unpack("=d", capi.music_track_get_property(self.handle, _OFFSET_TIME))[0])

    @offset.setter
    def offset(self, beats: float) -> None:
        capi.music_track_set_property(self.handle, _OFFSET_TIME, struct.pack("=d", float(beats)))

    @property
    def length(self) -> float:
        """The track's length in beats (end of its last event)."""
        return float(struct.unpack("=d", capi.music_track_get_property(self.handle, _LENGTH))[0])

    @property
    def dest_node(self) -> int:
        """The ``AUNode`` of the sequence's graph the track plays into."""
        return capi.music_track_get_dest_node(self.handle)

    @dest_node.setter
    def dest_node(self, node: int) -> None:
        capi.music_track_set_dest_node(self.handle, node)

    @property
    def dest_endpoint(self) -> int:
        """The CoreMIDI endpoint the track sends to."""
        return capi.music_track_get_dest_midi_endpoint(self.handle)

    @dest_endpoint.setter
    def dest_endpoint(self, endpoint: int) -> None:
        capi.music_track_set_dest_midi_endpoint(self.handle, endpoint)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, MusicTrack) and other._handle == self._handle

    def __hash__(self) -> int:
        return hash(self._handle)

    def __repr__(self) -> str:
        if not self._handle or self._sequence.closed:
            return "<MusicTrack (gone)>"
        return f"<MusicTrack {self._handle:#x} of sequence {self._sequence.handle:#x}>"


def _channel(channel: int) -> int:
    if isinstance(channel, bool) or not isinstance(channel, int) or not 0 <= channel <= 15:
        raise ValueError(f"channel must be an int in 0..15, got {channel!r}")
    return channel


class MusicSequence(HandleOwner):
    """A sequence of tracks; reads and writes Standard MIDI Files through the framework.

    Example
    -------
    >>> seq = MusicSequence().load_from_file("song.mid")          # doctest: +SKIP
    >>> len(seq.tracks), seq.tempo                                # doctest: +SKIP
    (3, 96.0)
    """

    _handle: int = 0

    def __init__(self) -> None:
        require_audiotoolbox("MusicSequence")
        self._handle = capi.new_music_sequence()
        self._tracks: dict[int, MusicTrack] = {}
        self._user_callback: SequenceUserCallback | None = None
        self._finalizer = weakref.finalize(self, _dispose_sequence, self._handle)

    # ------------------------------------------------------------ lifetime


    def close(self) -> None:
        """Dispose the sequence and its tracks (idempotent; not while a player holds it).

        Example
        -------
        >>> seq.close()                                           # doctest: +SKIP
        """
        if not self._handle:
            return
        capi.dispose_music_sequence(self._handle)
        self._finalizer.detach()
        self._handle = 0
        self._tracks.clear()


    # ------------------------------------------------------------ files
    @classmethod
    def from_file(cls, path: str | os.PathLike[str], *, channels_to_tracks: bool = False) -> MusicSequence:
        """A new sequence loaded from a MIDI file.

        Example
        -------
        >>> seq = MusicSequence.from_file("song.mid")             # doctest: +SKIP
        """
        return cls().load_from_file(path, channels_to_tracks=channels_to_tracks)

    def load_from_file(self, path: str | os.PathLike[str], *, channels_to_tracks: bool = False) -> MusicSequence:
        """Replace the contents with a MIDI file's; returns ``self``.

        Example
        -------
        >>> seq = MusicSequence().load_from_file("song.mid")      # doctest: +SKIP
        """
        if not isinstance(path, (str, os.PathLike)):
            raise TypeError(f"path must be a str or os.PathLike, not {type(path).__name__}")
        if not os.path.exists(path):
            raise FileNotFoundError(f"no such MIDI file: {os.fspath(path)!r}")
        capi.music_sequence_file_load(self.handle, path, "midi", int(bool(channels_to_tracks)))
        self._tracks.clear()
        return self

    def load_from_bytes(self, data: bytes, *, channels_to_tracks: bool = False) -> MusicSequence:
        """Replace the contents with a Standard MIDI File held in memory; returns ``self``.

        Example
        -------
        >>> seq = MusicSequence().load_from_bytes(smf_bytes)      # doctest: +SKIP
        """
        capi.music_sequence_file_load_data(self.handle, data, "midi", int(bool(channels_to_tracks)))
        self._tracks.clear()
        return self

    def save(self, path: str | os.PathLike[str], *, resolution: int = 480, overwrite: bool = True) -> None:
        """Write a Standard MIDI File (``resolution`` ticks per quarter note).

        Example
        -------
        >>> seq.save("out.mid")                                   # doctest: +SKIP
        """
        if not overwrite and os.path.exists(path):
            raise FileExistsError(f"{os.fspath(path)!r} exists (pass overwrite=True to replace it)")
        capi.music_sequence_file_create(self.handle, path, "midi", 1 if overwrite else 0, resolution)

    def to_bytes(self, *, resolution: int = 480) -> bytes:
        """The sequence as Standard MIDI File bytes.

        Example
        -------
        >>> seq.to_bytes()[:4]                                    # doctest: +SKIP
        b'MThd'
        """
        return capi.music_sequence_file_create_data(self.handle, "midi", 0, resolution)

    @property
    def info(self) -> dict[str, Any]:
        """The file's info dictionary (title, copyright ... when the file had them)."""
        return capi.music_sequence_get_info_dictionary(self.handle)

    # ------------------------------------------------------------ tracks
    def _track(self, handle: int) -> MusicTrack:
        track = self._tracks.get(handle)
        if track is None:
            track = self._tracks[handle] = MusicTrack(self, handle)
        return track

    def new_track(self) -> MusicTrack:
        """Append a new empty track.

        Example
        -------
        >>> drums = seq.new_track()                               # doctest: +SKIP
        """
        return self._track(capi.music_sequence_new_track(self.handle))

    add_track = new_track

    def remove_track(self, track: MusicTrack) -> None:
        """Remove and dispose ``track``.

        Example
        -------
        >>> seq.remove_track(drums)                               # doctest: +SKIP
        """
        if not isinstance(track, MusicTrack) or track.sequence is not self:
            raise ValueError(f"{track!r} is not a track of this sequence")
        capi.music_sequence_dispose_track(self.handle, track.handle)
        self._tracks.pop(track._handle, None)
        track._handle = 0

    @property
    def tracks(self) -> list[MusicTrack]:
        """The tracks, in order (the tempo track not included)."""
        handle = self.handle
        return [self._track(capi.music_sequence_get_ind_track(handle, i))
                for i in range(capi.music_sequence_get_track_count(handle))]

    @property
    def track_count(self) -> int:
        """The number of tracks (the tempo track not counted)."""
        return capi.music_sequence_get_track_count(self.handle)

    @property
    def tempo_track(self) -> MusicTrack:
        """The tempo track (tempo and time-signature events)."""
        return self._track(capi.music_sequence_get_tempo_track(self.handle))

    def set_tempo(self, bpm: float, at: float = 0.0) -> None:
        """Add a tempo change at ``at`` beats to the tempo track.

        Example
        -------
        >>> seq.set_tempo(96.0)                                   # doctest: +SKIP
        """
        self.tempo_track.add_tempo(at, bpm)

    @property
    def tempo(self) -> float:
        """The tempo at beat 0 (120.0 when the tempo track has none there)."""
        for event in self.tempo_track.events(0.0, 1e-9):
            if event.type == "extended_tempo":
                return float(event.fields["bpm"])
        return 120.0

    @tempo.setter
    def tempo(self, bpm: float) -> None:
        self.set_tempo(bpm, 0.0)

    @property
    def duration(self) -> float:
        """The length in seconds of the longest track."""
        beats = max((t.length for t in self.tracks), default=0.0)
        return self.seconds_for_beats(beats)

    # ------------------------------------------------------------ time
    def seconds_for_beats(self, beats: float) -> float:
        """Seconds at ``beats`` through the tempo map.

        Example
        -------
        >>> seq.seconds_for_beats(4.0)                            # doctest: +SKIP
        2.0
        """
        return capi.music_sequence_get_seconds_for_beats(self.handle, beats)

    def beats_for_seconds(self, seconds: float) -> float:
        """Beats at ``seconds`` through the tempo map.

        Example
        -------
        >>> seq.beats_for_seconds(2.0)                            # doctest: +SKIP
        4.0
        """
        return capi.music_sequence_get_beats_for_seconds(self.handle, seconds)

    def beats_to_bar_beat(self, beats: float, subbeat_divisor: int = 480) -> tuple[int, int, int, int]:
        """``(bar, beat, subbeat, subbeat_divisor)`` through the time signatures.

        Example
        -------
        >>> seq.beats_to_bar_beat(4.5, 4)                         # doctest: +SKIP
        (2, 1, 2, 4)
        """
        return capi.music_sequence_beats_to_bar_beat_time(self.handle, beats, subbeat_divisor)

    def bar_beat_to_beats(self, bar: int, beat: int, subbeat: int = 0, subbeat_divisor: int = 480) -> float:
        """Beats of a bar/beat/subbeat position.

        Example
        -------
        >>> seq.bar_beat_to_beats(2, 1)                           # doctest: +SKIP
        4.0
        """
        return capi.music_sequence_bar_beat_time_to_beats(self.handle, bar, beat, subbeat, subbeat_divisor)

    # ------------------------------------------------------------ destinations
    @property
    def graph(self) -> int:
        """The ``AUGraph`` handle the sequence plays into (set an :class:`AUGraph` or a handle)."""
        return capi.music_sequence_get_au_graph(self.handle)

    @graph.setter
    def graph(self, graph: AUGraph | int) -> None:
        capi.music_sequence_set_au_graph(self.handle, graph.handle if isinstance(graph, AUGraph) else graph)

    def set_midi_endpoint(self, endpoint: int) -> None:
        """Send every track to a CoreMIDI endpoint.

        Example
        -------
        >>> seq.set_midi_endpoint(dest)                           # doctest: +SKIP
        """
        capi.music_sequence_set_midi_endpoint(self.handle, endpoint)

    def set_user_callback(self, callback: Callable[..., Any] | None) -> SequenceUserCallback | None:
        """Call ``callback(sequence, track, time, data, start_beat, end_beat)`` for each user event
        the player plays (``None`` removes it); exceptions are kept for :meth:`check_errors`.

        Example
        -------
        >>> seq.set_user_callback(lambda *a: print(a[3]))         # doctest: +SKIP
        """
        self._user_callback = capi.music_sequence_set_user_callback(self.handle, callback)
        return self._user_callback

    def check_errors(self) -> None:
        """Re-raise the first exception the user callback raised since the last check."""
        if self._user_callback is not None:
            self._user_callback.check_errors()

    def reverse(self) -> None:
        """Reverse every track in time.

        Example
        -------
        >>> seq.reverse()                                         # doctest: +SKIP
        """
        capi.music_sequence_reverse(self.handle)

    def __repr__(self) -> str:
        if not self._handle:
            return "<MusicSequence closed>"
        return (f"<MusicSequence {self._handle:#x}: {self.track_count} tracks, "
                f"{capi.music_sequence_get_sequence_type(self._handle)!r} time, {self.tempo:g} bpm>")


class MusicPlayer(HandleOwner):
    """Plays a :class:`MusicSequence`.

    Example
    -------
    >>> player = MusicPlayer()                                    # doctest: +SKIP
    >>> player.sequence = MusicSequence().load_from_file("song.mid")   # doctest: +SKIP
    >>> player.preroll(); player.start()                          # doctest: +SKIP
    >>> player.time, player.is_playing                            # doctest: +SKIP
    (0.5, True)
    >>> player.stop(); player.close()                             # doctest: +SKIP
    """

    _handle: int = 0

    def __init__(self, sequence: MusicSequence | None = None) -> None:
        require_audiotoolbox("MusicPlayer")
        self._handle = capi.new_music_player()
        self._sequence: MusicSequence | None = None
        self._finalizer = weakref.finalize(self, _dispose_player, self._handle)
        if sequence is not None:
            self.sequence = sequence



    def close(self) -> None:
        """Stop, let go of the sequence and dispose the player (idempotent).

        Example
        -------
        >>> player.close()                                        # doctest: +SKIP
        """
        if not self._handle:
            return
        handle = self._handle
        if capi.music_player_is_playing(handle):
            capi.music_player_stop(handle)
        if self._sequence is not None:
            capi.music_player_set_sequence(handle, 0)
            self._sequence = None
        self._finalizer.detach()
        self._handle = 0
        capi.dispose_music_player(handle)


    @property
    def sequence(self) -> MusicSequence | None:
        """The sequence to play (set it while stopped; ``None`` detaches it)."""
        return self._sequence

    @sequence.setter
    def sequence(self, sequence: MusicSequence | None) -> None:
        if sequence is not None and not isinstance(sequence, MusicSequence):
            raise TypeError(f"sequence must be a MusicSequence or None, not {type(sequence).__name__}")
        capi.music_player_set_sequence(self.handle, 0 if sequence is None else sequence.handle)
        self._sequence = sequence

    def _need_sequence(self, what: str) -> None:
        if self._sequence is None:
            raise ValueError(f"MusicPlayer.{what}() needs a sequence: set player.sequence first")

    def preroll(self) -> None:
        """Prepare to start with low latency.

        Example
        -------
        >>> player.preroll()                                      # doctest: +SKIP
        """
        self._need_sequence("preroll")
        capi.music_player_preroll(self.handle)

    def start(self) -> None:
        """Start playing from :attr:`time`.

        Example
        -------
        >>> player.start()                                        # doctest: +SKIP
        """
        self._need_sequence("start")
        capi.music_player_start(self.handle)

    def stop(self) -> None:
        """Stop playing (the position stays).

        Example
        -------
        >>> player.stop()                                         # doctest: +SKIP
        """
        capi.music_player_stop(self.handle)

    @property
    def is_playing(self) -> bool:
        """Whether the player is playing."""
        return capi.music_player_is_playing(self.handle)

    @property
    def time(self) -> float:
        """The play position in beats; setting it seeks."""
        return capi.music_player_get_time(self.handle)

    @time.setter
    def time(self, beats: float) -> None:
        capi.music_player_set_time(self.handle, beats)

    def seek(self, beats: float) -> None:
        """Move the play position to ``beats``.

        Example
        -------
        >>> player.seek(16.0)                                     # doctest: +SKIP
        """
        self.time = beats

    @property
    def play_rate(self) -> float:
        """Speed relative to the tempo map (1.0 = as written; must be > 0)."""
        return capi.music_player_get_play_rate_scalar(self.handle)

    @play_rate.setter
    def play_rate(self, rate: float) -> None:
        capi.music_player_set_play_rate_scalar(self.handle, rate)

    def host_time_for_beats(self, beats: float) -> int:
        """The host time at which ``beats`` plays (while playing).

        Example
        -------
        >>> player.host_time_for_beats(8.0)                       # doctest: +SKIP
        """
        return capi.music_player_get_host_time_for_beats(self.handle, beats)

    def beats_for_host_time(self, host_time: int) -> float:
        """The beat playing at ``host_time`` (while playing).

        Example
        -------
        >>> player.beats_for_host_time(now)                       # doctest: +SKIP
        """
        return capi.music_player_get_beats_for_host_time(self.handle, host_time)

    def __repr__(self) -> str:
        if not self._handle:
            return "<MusicPlayer closed>"
        state = "playing" if self.is_playing else "stopped"
        seq = "no sequence" if self._sequence is None else f"sequence {self._sequence._handle:#x}"
        return f"<MusicPlayer {self._handle:#x}: {state} at beat {self.time:g}, rate {self.play_rate:g}, {seq}>"
