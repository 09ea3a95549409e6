"""MusicPlayer.h implemented over Python state, on a cffi-typed AudioToolbox FrameworkDouble.

:class:`MusicPlayerDouble` keeps sequences, tracks (events as ``(time, type,
payload bytes)``), players and iterators.  It reads every event struct
coremusic passes by the size its type and header say (so a variable-length
struct allocated too short shows up as wrong bytes), converts beats and
seconds through the tempo track's tempo events, and "plays" a player with
:meth:`MusicPlayerDouble.play`, calling the sequence's user callback through
the trampoline coremusic installed.  Its file format is its own (a tag and
JSON), not a Standard MIDI File: it proves marshalling, not Apple's codecs.
"""

from __future__ import annotations

import bisect
import json
import os
from dataclasses import dataclass, field
from typing import Any

from coremusic._ffi import ffi
from tests.doubles.corefoundation import CoreFoundationDouble
from tests.doubles.framework import FrameworkDouble

TRACK_NOT_FOUND = -10858
END_OF_TRACK = -10857
START_OF_TRACK = -10856
NO_SEQUENCE = -10854
INVALID_EVENT_TYPE = -10853
INVALID_PLAYER_STATE = -10852
INVALID_SEQUENCE_TYPE = -10846
PARAM_ERR = -50
FILE_NOT_FOUND = -43
FILE_TAG = b"DOUBLESEQ1"

HOST_TICKS_PER_SECOND = 1_000_000_000


def addr(ptr: Any) -> int:
    return int(ffi.cast("uintptr_t", ptr))


def event_size(event_type: int, ptr: Any) -> int:
    """The byte size of an event struct of ``event_type`` at ``ptr`` (read from its header)."""
    fixed = {2: "ExtendedControlEvent", 3: "ExtendedTempoEvent", 6: "MIDINoteMessage",
             7: "MIDIChannelMessage", 9: "ParameterEvent", 10: "AUPresetEvent"}
    if event_type in fixed:
        return int(ffi.sizeof(fixed[event_type]))
    if event_type in (4, 8):
        name = "MusicEventUserData" if event_type == 4 else "MIDIRawData"
        return int(ffi.offsetof(name, "data")) + int(ffi.cast(f"{name} *", ptr).length)
    if event_type == 5:
        return int(ffi.offsetof("MIDIMetaEvent", "data")) + int(ffi.cast("MIDIMetaEvent *", ptr).dataLength)
    if event_type == 1:
        p = ffi.cast("ExtendedNoteOnEvent *", ptr)
        controls = max(int(p.extendedParams.argCount) - 2, 0)
        return (int(ffi.offsetof("ExtendedNoteOnEvent", "extendedParams"))
                + int(ffi.offsetof("MusicDeviceNoteParams", "mControls"))
                + controls * int(ffi.sizeof("NoteParamsControlValue")))
    raise ValueError(event_type)


@dataclass
class Track:
    sequence: int
    events: list[tuple[float, int, bytes]] = field(default_factory=list)
    dest_node: int = 0
    endpoint: int = 0
    properties: dict[int, bytes] = field(default_factory=dict)

    def insert(self, at: float, kind: int, raw: bytes) -> None:
        keys = [e[0] for e in self.events]
        self.events.insert(bisect.bisect_right(keys, at), (at, kind, raw))


@dataclass
class Sequence:
    tempo_track: int
    tracks: list[int] = field(default_factory=list)
    graph: int = 0
    endpoint: int = 0
    sequence_type: int = 0x62656174  # 'beat'
    user_callback: tuple[Any, Any] | None = None
    info: dict[str, Any] = field(default_factory=dict)


@dataclass
class Player:
    sequence: int = 0
    time: float = 0.0
    playing: bool = False
    prerolled: bool = False
    rate: float = 1.0
    start_host: int = 10 * HOST_TICKS_PER_SECOND


@dataclass
class Iterator:
    track: int
    index: int = 0
    keep: Any = None  # the buffer GetEventInfo pointed to


class MusicPlayerDouble:
    """The MusicPlayer.h functions of the AudioToolbox double."""

    def __init__(self, double: FrameworkDouble, cf: CoreFoundationDouble) -> None:
        self.double = double
        self.cf = cf
        self.sequences: dict[int, Sequence] = {}
        self.tracks: dict[int, Track] = {}
        self.players: dict[int, Player] = {}
        self.iterators: dict[int, Iterator] = {}
        self.files: dict[str, bytes] = {}
        self.disposed: list[int] = []
        self.callback_returns: list[Any] = []
        self.presets: list[Any] = []
        self._next = 0x5200_0000
        self._install()

    def _handle(self) -> int:
        self._next += 0x40
        return self._next

    # ------------------------------------------------------------ tempo maths
    def tempo_map(self, seq: int) -> list[tuple[float, float]]:
        tempo = self.tracks[self.sequences[seq].tempo_track]
        points = [(at, float(ffi.cast("ExtendedTempoEvent *", ffi.from_buffer(raw)).bpm))
                  for at, kind, raw in tempo.events if kind == 3]
        if not points or points[0][0] > 0.0:
            points.insert(0, (0.0, 120.0))
        return points

    def seconds_for_beats(self, seq: int, beats: float) -> float:
        points = self.tempo_map(seq)
        seconds = 0.0
        for i, (at, bpm) in enumerate(points):
            end = points[i + 1][0] if i + 1 < len(points) else float("inf")
            if beats <= end:
                return seconds + (beats - at) * 60.0 / bpm
            seconds += (end - at) * 60.0 / bpm
        return seconds

    def beats_for_seconds(self, seq: int, seconds: float) -> float:
        points = self.tempo_map(seq)
        elapsed = 0.0
        for i, (at, bpm) in enumerate(points):
            end = points[i + 1][0] if i + 1 < len(points) else float("inf")
            span = (end - at) * 60.0 / bpm
            if seconds <= elapsed + span:
                return at + (seconds - elapsed) * bpm / 60.0
            elapsed += span
        return points[-1][0]

    # ------------------------------------------------------------ playback
    def play(self, player: int, to_beat: float) -> None:
        """Advance a playing player to ``to_beat``, calling the user callback for user events."""
        p = self.players[player]
        if not p.playing:
            raise AssertionError("the double plays only started players")
        seq = self.sequences[p.sequence]
        if seq.user_callback is not None:
            proc, client = seq.user_callback
            for handle in seq.tracks:
                for at, kind, raw in self.tracks[handle].events:
                    if kind == 4 and p.time <= at < to_beat:
                        data = ffi.new("char[]", raw)
                        self.callback_returns.append(proc(
                            client, ffi.cast("MusicSequence", p.sequence), ffi.cast("MusicTrack", handle), at,
                            ffi.cast("MusicEventUserData *", data), p.time, to_beat))
        p.time = to_beat

    # ------------------------------------------------------------ files
    def _serialize(self, seq: int, resolution: int) -> bytes:
        s = self.sequences[seq]
        tracks = [s.tempo_track, *s.tracks]
        body = {"resolution": resolution,
                "tracks": [[[at, kind, raw.hex()] for at, kind, raw in self.tracks[t].events] for t in tracks]}
        return FILE_TAG + json.dumps(body).encode()

    def _load(self, seq: int, blob: bytes) -> int:
        if not blob.startswith(FILE_TAG):
            return PARAM_ERR
        body = json.loads(blob[len(FILE_TAG):])
        s = self.sequences[seq]
        for t in s.tracks:
            del self.tracks[t]
        s.tracks.clear()
        tracks = body["tracks"]
        self.tracks[s.tempo_track].events = [(at, k, bytes.fromhex(h)) for at, k, h in tracks[0]]
        for events in tracks[1:]:
            handle = self._handle()
            self.tracks[handle] = Track(seq, [(at, k, bytes.fromhex(h)) for at, k, h in events])
            s.tracks.append(handle)
        return 0

    # ------------------------------------------------------------ the functions
    def _install(self) -> None:
        imp = self.double.implement

        def seq_of(ptr: Any) -> Sequence:
            s = self.sequences.get(addr(ptr))
            if s is None:
                raise LookupError(f"{hex(addr(ptr))} is not a live MusicSequence")
            return s

        def track_of(ptr: Any) -> Track:
            t = self.tracks.get(addr(ptr))
            if t is None:
                raise LookupError(f"{hex(addr(ptr))} is not a live MusicTrack")
            return t

        def player_of(ptr: Any) -> Player:
            return self.players[addr(ptr)]

        def it_of(ptr: Any) -> Iterator:
            return self.iterators[addr(ptr)]

        # -- sequences
        @imp("NewMusicSequence")
        def _new_seq(out: Any) -> int:
            handle, tempo = self._handle(), self._handle()
            self.tracks[tempo] = Track(handle)
            self.sequences[handle] = Sequence(tempo)
            out[0] = ffi.cast("MusicSequence", handle)
            return 0

        @imp("DisposeMusicSequence")
        def _dispose_seq(ptr: Any) -> int:
            s = seq_of(ptr)
            if any(p.sequence == addr(ptr) for p in self.players.values()):
                return INVALID_PLAYER_STATE
            for t in [s.tempo_track, *s.tracks]:
                del self.tracks[t]
            del self.sequences[addr(ptr)]
            self.disposed.append(addr(ptr))
            return 0

        @imp("MusicSequenceNewTrack")
        def _new_track(ptr: Any, out: Any) -> int:
            s = seq_of(ptr)
            handle = self._handle()
            self.tracks[handle] = Track(addr(ptr))
            s.tracks.append(handle)
            out[0] = ffi.cast("MusicTrack", handle)
            return 0

        @imp("MusicSequenceDisposeTrack")
        def _dispose_track(ptr: Any, track: Any) -> int:
            s = seq_of(ptr)
            if addr(track) not in s.tracks:
                return TRACK_NOT_FOUND
            s.tracks.remove(addr(track))
            del self.tracks[addr(track)]
            return 0

        @imp("MusicSequenceGetTrackCount")
        def _count(ptr: Any, out: Any) -> int:
            out[0] = len(seq_of(ptr).tracks)
            return 0

        @imp("MusicSequenceGetIndTrack")
        def _ind(ptr: Any, index: int, out: Any) -> int:
            s = seq_of(ptr)
            if index >= len(s.tracks):
                return -10859  # kAudioToolboxErr_TrackIndexError
            out[0] = ffi.cast("MusicTrack", s.tracks[index])
            return 0

        @imp("MusicSequenceGetTrackIndex")
        def _index(ptr: Any, track: Any, out: Any) -> int:
            s = seq_of(ptr)
            if addr(track) not in s.tracks:
                return TRACK_NOT_FOUND
            out[0] = s.tracks.index(addr(track))
            return 0

        @imp("MusicSequenceGetTempoTrack")
        def _tempo(ptr: Any, out: Any) -> int:
            out[0] = ffi.cast("MusicTrack", seq_of(ptr).tempo_track)
            return 0

        @imp("MusicSequenceReverse")
        def _reverse(ptr: Any) -> int:
            s = seq_of(ptr)
            for t in [s.tempo_track, *s.tracks]:
                track = self.tracks[t]
                end = max((e[0] for e in track.events), default=0.0)
                track.events = sorted(((end - at, k, raw) for at, k, raw in track.events), key=lambda e: e[0])
            return 0

        @imp("MusicSequenceSetAUGraph")
        def _set_graph(ptr: Any, graph: Any) -> int:
            seq_of(ptr).graph = addr(graph) or self._handle()  # NULL: the framework makes a default graph
            return 0

        @imp("MusicSequenceGetAUGraph")
        def _get_graph(ptr: Any, out: Any) -> int:
            out[0] = ffi.cast("AUGraph", seq_of(ptr).graph)
            return 0

        @imp("MusicSequenceSetMIDIEndpoint")
        def _set_endpoint(ptr: Any, endpoint: int) -> int:
            s = seq_of(ptr)
            s.endpoint = endpoint
            for t in s.tracks:
                self.tracks[t].endpoint = endpoint
            return 0

        @imp("MusicSequenceSetSequenceType")
        def _set_type(ptr: Any, kind: int) -> int:
            if kind not in (0x62656174, 0x73656373, 0x73616D70):
                return INVALID_SEQUENCE_TYPE
            seq_of(ptr).sequence_type = kind
            return 0

        @imp("MusicSequenceGetSequenceType")
        def _get_type(ptr: Any, out: Any) -> int:
            out[0] = seq_of(ptr).sequence_type
            return 0

        @imp("MusicSequenceFileLoad")
        def _load(ptr: Any, url: Any, hint: int, flags: int) -> int:
            path = self.cf.value_of(url)
            path = path if isinstance(path, str) else os.fsdecode(path)
            if path in self.files:
                blob = self.files[path]
            elif os.path.exists(path):
                with open(path, "rb") as fh:
                    blob = fh.read()
            else:
                return FILE_NOT_FOUND
            return self._load(addr(ptr), blob)

        @imp("MusicSequenceFileLoadData")
        def _load_data(ptr: Any, data: Any, hint: int, flags: int) -> int:
            return self._load(addr(ptr), bytes(self.cf.value_of(data)))

        @imp("MusicSequenceLoadSMFDataWithFlags")
        def _load_smf_data(ptr: Any, data: Any, flags: int) -> int:
            return self._load(addr(ptr), bytes(self.cf.value_of(data)))

        @imp("MusicSequenceLoadSMFWithFlags")
        def _load_fsref(ptr: Any, fsref: Any, flags: int) -> int:
            key = bytes(ffi.buffer(fsref, 80)).rstrip(b"\0").decode()
            return self._load(addr(ptr), self.files[key]) if key in self.files else FILE_NOT_FOUND

        @imp("MusicSequenceFileCreate")
        def _create(ptr: Any, url: Any, kind: int, flags: int, resolution: int) -> int:
            path = self.cf.value_of(url)
            path = path if isinstance(path, str) else os.fsdecode(path)
            if os.path.exists(path) and not flags & 1:
                return -48  # dupFNErr: exists and EraseFile not given
            with open(path, "wb") as fh:
                fh.write(self._serialize(addr(ptr), resolution))
            return 0

        @imp("MusicSequenceFileCreateData")
        def _create_data(ptr: Any, kind: int, flags: int, resolution: int, out: Any) -> int:
            out[0] = self.cf.new("data", self._serialize(addr(ptr), resolution), "CFDataRef")
            return 0

        @imp("MusicSequenceSaveSMFData")
        def _save_smf(ptr: Any, out: Any, resolution: int) -> int:
            out[0] = self.cf.new("data", self._serialize(addr(ptr), resolution), "CFDataRef")
            return 0

        @imp("MusicSequenceSaveMIDIFile")
        def _save_file(ptr: Any, parent: Any, name: Any, resolution: int, flags: int) -> int:
            directory = bytes(ffi.buffer(parent, 80)).rstrip(b"\0").decode()
            self.files[f"{directory}/{self.cf.value_of(name)}"] = self._serialize(addr(ptr), resolution)
            return 0

        @imp("MusicSequenceGetInfoDictionary")
        def _info(ptr: Any) -> Any:
            s = self.sequences.get(addr(ptr))
            if s is None:
                return ffi.NULL
            return ffi.cast("CFDictionaryRef", self.cf.make_python(dict(s.info)))

        @imp("MusicSequenceGetSecondsForBeats")
        def _secs(ptr: Any, beats: float, out: Any) -> int:
            out[0] = self.seconds_for_beats(addr(ptr), beats)
            return 0

        @imp("MusicSequenceGetBeatsForSeconds")
        def _beats(ptr: Any, seconds: float, out: Any) -> int:
            out[0] = self.beats_for_seconds(addr(ptr), seconds)
            return 0

        @imp("MusicSequenceBeatsToBarBeatTime")
        def _to_bbt(ptr: Any, beats: float, divisor: int, out: Any) -> int:
            seq_of(ptr)
            whole = int(beats // 1)
            out.bar, out.beat = whole // 4 + 1, whole % 4 + 1  # 4/4: the double has no meter events
            out.subbeat = round((beats - whole) * divisor)
            out.subbeatDivisor = divisor
            return 0

        @imp("MusicSequenceBarBeatTimeToBeats")
        def _from_bbt(ptr: Any, bbt: Any, out: Any) -> int:
            seq_of(ptr)
            if bbt.subbeatDivisor == 0:
                return PARAM_ERR
            out[0] = (bbt.bar - 1) * 4 + (bbt.beat - 1) + bbt.subbeat / bbt.subbeatDivisor
            return 0

        @imp("MusicSequenceSetUserCallback")
        def _set_cb(ptr: Any, proc: Any, client: Any) -> int:
            seq_of(ptr).user_callback = None if proc == ffi.NULL else (proc, client)
            return 0

        # -- tracks
        @imp("MusicTrackGetSequence")
        def _track_seq(ptr: Any, out: Any) -> int:
            out[0] = ffi.cast("MusicSequence", track_of(ptr).sequence)
            return 0

        @imp("MusicTrackSetDestNode")
        def _set_node(ptr: Any, node: int) -> int:
            track_of(ptr).dest_node = node
            return 0

        @imp("MusicTrackGetDestNode")
        def _get_node(ptr: Any, out: Any) -> int:
            t = track_of(ptr)
            if not t.dest_node:
                return -66720  # kAudioToolboxError_NoTrackDestination
            out[0] = t.dest_node
            return 0

        @imp("MusicTrackSetDestMIDIEndpoint")
        def _set_ep(ptr: Any, endpoint: int) -> int:
            track_of(ptr).endpoint = endpoint
            return 0

        @imp("MusicTrackGetDestMIDIEndpoint")
        def _get_ep(ptr: Any, out: Any) -> int:
            t = track_of(ptr)
            if not t.endpoint:
                return -66720
            out[0] = t.endpoint
            return 0

        def track_length(t: Track) -> bytes:
            end = 0.0
            for at, kind, raw in t.events:
                length = float(ffi.cast("MIDINoteMessage *", ffi.from_buffer(raw)).duration) if kind == 6 else 0.0
                end = max(end, at + length)
            return bytes(ffi.buffer(ffi.new("MusicTimeStamp *", end)))

        @imp("MusicTrackGetProperty")
        def _get_prop(ptr: Any, pid: int, out: Any, io_len: Any) -> int:
            t = track_of(ptr)
            value = track_length(t) if pid == 5 else t.properties.get(pid)
            if value is None:
                return PARAM_ERR
            if out == ffi.NULL:
                io_len[0] = len(value)
                return 0
            n = min(len(value), int(io_len[0]))
            ffi.memmove(out, value, n)
            io_len[0] = n
            return 0

        @imp("MusicTrackSetProperty")
        def _set_prop(ptr: Any, pid: int, data: Any, length: int) -> int:
            if pid > 6:
                return PARAM_ERR
            track_of(ptr).properties[pid] = bytes(ffi.buffer(data, length)) if length else b""
            return 0

        def in_range(t: Track, start: float, end: float) -> list[tuple[float, int, bytes]]:
            return [e for e in t.events if start <= e[0] < end]

        @imp("MusicTrackMoveEvents")
        def _move(ptr: Any, start: float, end: float, by: float) -> int:
            t = track_of(ptr)
            moved = [(at + by, k, raw) for at, k, raw in in_range(t, start, end)]
            t.events = [e for e in t.events if not start <= e[0] < end]
            for e in moved:
                t.insert(*e)
            return 0

        @imp("MusicTrackClear")
        def _clear(ptr: Any, start: float, end: float) -> int:
            t = track_of(ptr)
            t.events = [e for e in t.events if not start <= e[0] < end]
            return 0

        @imp("MusicTrackCut")
        def _cut(ptr: Any, start: float, end: float) -> int:
            t = track_of(ptr)
            t.events = [(at - (end - start) if at >= end else at, k, raw)
                        for at, k, raw in t.events if not start <= at < end]
            return 0

        @imp("MusicTrackCopyInsert")
        def _copy_insert(src: Any, start: float, end: float, dst: Any, at: float) -> int:
            s, d = track_of(src), track_of(dst)
            copied = [(x - start + at, k, raw) for x, k, raw in in_range(s, start, end)]
            d.events = [(x + (end - start) if x >= at else x, k, raw) for x, k, raw in d.events]
            for e in copied:
                d.insert(*e)
            return 0

        @imp("MusicTrackMerge")
        def _merge(src: Any, start: float, end: float, dst: Any, at: float) -> int:
            s, d = track_of(src), track_of(dst)
            for x, k, raw in in_range(s, start, end):
                d.insert(x - start + at, k, raw)
            return 0

        @imp("NewMusicTrackFrom")
        def _track_from(src: Any, start: float, end: float, out: Any) -> int:
            s = track_of(src)
            handle = self._handle()
            self.tracks[handle] = Track(s.sequence, [(x - start, k, raw) for x, k, raw in in_range(s, start, end)])
            out[0] = ffi.cast("MusicTrack", handle)
            return 0

        def adder(name: str, kind: int) -> None:
            def fn(ptr: Any, at: float, data: Any) -> int:
                t = track_of(ptr)
                if kind == 10:  # AUPresetEvent: the double keeps the preset's value, not the object
                    self.presets.append(self.cf.value_of(ffi.cast("AUPresetEvent *", data).preset))
                t.insert(at, kind, bytes(ffi.buffer(ffi.cast("char *", data), event_size(kind, data))))
                return 0
            imp(name, fn)

        for name, kind in (("MusicTrackNewMIDINoteEvent", 6), ("MusicTrackNewMIDIChannelEvent", 7),
                           ("MusicTrackNewMIDIRawDataEvent", 8), ("MusicTrackNewMetaEvent", 5),
                           ("MusicTrackNewUserEvent", 4), ("MusicTrackNewExtendedNoteEvent", 1),
                           ("MusicTrackNewExtendedControlEvent", 2), ("MusicTrackNewParameterEvent", 9),
                           ("MusicTrackNewAUPresetEvent", 10)):
            adder(name, kind)

        @imp("MusicTrackNewExtendedTempoEvent")
        def _tempo_event(ptr: Any, at: float, bpm: float) -> int:
            if bpm <= 0:
                return PARAM_ERR
            track_of(ptr).insert(at, 3, bytes(ffi.buffer(ffi.new("ExtendedTempoEvent *", {"bpm": bpm}))))
            return 0

        # -- players
        @imp("NewMusicPlayer")
        def _new_player(out: Any) -> int:
            handle = self._handle()
            self.players[handle] = Player()
            out[0] = ffi.cast("MusicPlayer", handle)
            return 0

        @imp("DisposeMusicPlayer")
        def _dispose_player(ptr: Any) -> int:
            del self.players[addr(ptr)]
            self.disposed.append(addr(ptr))
            return 0

        @imp("MusicPlayerSetSequence")
        def _set_seq(ptr: Any, seq: Any) -> int:
            p = player_of(ptr)
            if p.playing:
                return INVALID_PLAYER_STATE
            p.sequence = addr(seq)
            return 0

        @imp("MusicPlayerGetSequence")
        def _get_seq(ptr: Any, out: Any) -> int:
            p = player_of(ptr)
            if not p.sequence:
                return NO_SEQUENCE
            out[0] = ffi.cast("MusicSequence", p.sequence)
            return 0

        @imp("MusicPlayerSetTime")
        def _set_time(ptr: Any, at: float) -> int:
            player_of(ptr).time = at
            return 0

        @imp("MusicPlayerGetTime")
        def _get_time(ptr: Any, out: Any) -> int:
            out[0] = player_of(ptr).time
            return 0

        @imp("MusicPlayerPreroll")
        def _preroll(ptr: Any) -> int:
            p = player_of(ptr)
            if not p.sequence:
                return NO_SEQUENCE
            p.prerolled = True
            return 0

        @imp("MusicPlayerStart")
        def _start(ptr: Any) -> int:
            p = player_of(ptr)
            if not p.sequence:
                return NO_SEQUENCE
            p.playing = True
            return 0

        @imp("MusicPlayerStop")
        def _stop(ptr: Any) -> int:
            player_of(ptr).playing = False
            return 0

        @imp("MusicPlayerIsPlaying")
        def _is_playing(ptr: Any, out: Any) -> int:
            out[0] = player_of(ptr).playing
            return 0

        @imp("MusicPlayerSetPlayRateScalar")
        def _set_rate(ptr: Any, rate: float) -> int:
            if rate <= 0:
                return PARAM_ERR
            player_of(ptr).rate = rate
            return 0

        @imp("MusicPlayerGetPlayRateScalar")
        def _get_rate(ptr: Any, out: Any) -> int:
            out[0] = player_of(ptr).rate
            return 0

        @imp("MusicPlayerGetHostTimeForBeats")
        def _host_for_beats(ptr: Any, beats: float, out: Any) -> int:
            p = player_of(ptr)
            if not p.playing:
                return INVALID_PLAYER_STATE
            out[0] = p.start_host + round(self.seconds_for_beats(p.sequence, beats) / p.rate
                                              * HOST_TICKS_PER_SECOND)
            return 0

        @imp("MusicPlayerGetBeatsForHostTime")
        def _beats_for_host(ptr: Any, host: int, out: Any) -> int:
            p = player_of(ptr)
            if not p.playing or host < p.start_host:
                return INVALID_PLAYER_STATE
            out[0] = self.beats_for_seconds(p.sequence, (host - p.start_host) / HOST_TICKS_PER_SECOND * p.rate)
            return 0

        # -- iterators
        @imp("NewMusicEventIterator")
        def _new_it(track: Any, out: Any) -> int:
            track_of(track)
            handle = self._handle()
            self.iterators[handle] = Iterator(addr(track))
            out[0] = ffi.cast("MusicEventIterator", handle)
            return 0

        @imp("DisposeMusicEventIterator")
        def _dispose_it(ptr: Any) -> int:
            del self.iterators[addr(ptr)]
            return 0

        def events(it: Iterator) -> list[tuple[float, int, bytes]]:
            return self.tracks[it.track].events

        @imp("MusicEventIteratorSeek")
        def _seek(ptr: Any, at: float) -> int:
            it = it_of(ptr)
            it.index = bisect.bisect_left([e[0] for e in events(it)], at)
            return 0

        @imp("MusicEventIteratorNextEvent")
        def _next(ptr: Any) -> int:
            it = it_of(ptr)
            if it.index >= len(events(it)):
                return END_OF_TRACK
            it.index += 1
            return 0

        @imp("MusicEventIteratorPreviousEvent")
        def _prev(ptr: Any) -> int:
            it = it_of(ptr)
            if it.index == 0:
                return START_OF_TRACK
            it.index -= 1
            return 0

        @imp("MusicEventIteratorHasCurrentEvent")
        def _has_cur(ptr: Any, out: Any) -> int:
            it = it_of(ptr)
            out[0] = it.index < len(events(it))
            return 0

        @imp("MusicEventIteratorHasNextEvent")
        def _has_next(ptr: Any, out: Any) -> int:
            it = it_of(ptr)
            out[0] = it.index + 1 < len(events(it))
            return 0

        @imp("MusicEventIteratorHasPreviousEvent")
        def _has_prev(ptr: Any, out: Any) -> int:
            out[0] = it_of(ptr).index > 0
            return 0

        @imp("MusicEventIteratorGetEventInfo")
        def _get_info(ptr: Any, stamp: Any, kind: Any, data: Any, size: Any) -> int:
            it = it_of(ptr)
            if it.index >= len(events(it)):
                return END_OF_TRACK
            at, k, raw = events(it)[it.index]
            it.keep = ffi.new("char[]", raw or b"\0")
            stamp[0], kind[0], data[0], size[0] = at, k, it.keep, len(raw)
            return 0

        @imp("MusicEventIteratorSetEventInfo")
        def _set_info(ptr: Any, kind: int, data: Any) -> int:
            it = it_of(ptr)
            if it.index >= len(events(it)):
                return END_OF_TRACK
            if not 1 <= kind <= 10:
                return INVALID_EVENT_TYPE
            at = events(it)[it.index][0]
            events(it)[it.index] = (at, kind, bytes(ffi.buffer(ffi.cast("char *", data), event_size(kind, data))))
            return 0

        @imp("MusicEventIteratorSetEventTime")
        def _set_time_it(ptr: Any, at: float) -> int:
            it = it_of(ptr)
            if it.index >= len(events(it)):
                return END_OF_TRACK
            _old, k, raw = events(it).pop(it.index)
            self.tracks[it.track].insert(at, k, raw)
            it.index = bisect.bisect_left([e[0] for e in events(it)], at)
            return 0

        @imp("MusicEventIteratorDeleteEvent")
        def _delete(ptr: Any) -> int:
            it = it_of(ptr)
            if it.index >= len(events(it)):
                return END_OF_TRACK
            del events(it)[it.index]
            return 0
