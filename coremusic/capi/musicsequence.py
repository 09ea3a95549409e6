"""MusicPlayer.h, sequences: MusicSequence creation, tracks, files, tempo maths, user callback.

A sequence is a ``MusicSequence`` handle (``int``); its tracks are
``MusicTrack`` handles (see :mod:`coremusic.capi.musictrack`).  Times are
``MusicTimeStamp`` beats (``float``).  Files go through CoreFoundation: paths
become ``CFURLRef``\\ s and in-memory Standard MIDI Files ``CFDataRef``\\ s,
each released exactly once.

The user callback (:func:`music_sequence_set_user_callback`) is called by the
player for every user event (``MusicTrackNewUserEvent``) it plays, on the
player's thread, as ``callback(sequence, track, event_time, data, start_beat,
end_beat)``.  Exceptions stay out of C; they are counted on the returned
:class:`SequenceUserCallback` and re-raised by its ``check_errors()``.

Example
-------
>>> from coremusic import capi                                  # doctest: +SKIP
>>> seq = capi.new_music_sequence()                             # doctest: +SKIP
>>> capi.music_sequence_file_load(seq, "song.mid")              # doctest: +SKIP
>>> capi.music_sequence_get_track_count(seq)                    # doctest: +SKIP
3
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Any

from coremusic._ffi import ffi, lib
from coremusic.capi import cf
from coremusic.capi._base import as_pointer, call, handle_of
from coremusic.capi._toolbox import fourcc_arg, fsref_arg, int_arg, path_arg, u32
from coremusic.capi.hal_callbacks import CallbackHandle
from coremusic.exceptions import MusicPlayerError
from coremusic.utils.fourcc import int_to_fourcc

__all__ = [
    "SequenceUserCallback",
    "dispose_music_sequence",
    "music_sequence_bar_beat_time_to_beats",
    "music_sequence_beats_to_bar_beat_time",
    "music_sequence_dispose_track",
    "music_sequence_file_create",
    "music_sequence_file_create_data",
    "music_sequence_file_load",
    "music_sequence_file_load_data",
    "music_sequence_get_au_graph",
    "music_sequence_get_beats_for_seconds",
    "music_sequence_get_ind_track",
    "music_sequence_get_info_dictionary",
    "music_sequence_get_seconds_for_beats",
    "music_sequence_get_sequence_type",
    "music_sequence_get_smpte_resolution",
    "music_sequence_get_tempo_track",
    "music_sequence_get_track_count",
    "music_sequence_get_track_index",
    "music_sequence_load_smf_data_with_flags",
    "music_sequence_load_smf_with_flags",
    "music_sequence_new_track",
    "music_sequence_reverse",
    "music_sequence_save_midi_file",
    "music_sequence_save_smf_data",
    "music_sequence_set_au_graph",
    "music_sequence_set_midi_endpoint",
    "music_sequence_set_sequence_type",
    "music_sequence_set_smpte_resolution",
    "music_sequence_set_user_callback",
    "new_music_sequence",
    "user_callback_of",
]

MIDI_FILE_TYPE = 0x6D696469  # kMusicSequenceFile_MIDIType 'midi'
_SEQUENCE_TYPES = {"beat", "secs", "samp"}

UserCallbackFunction = Callable[[int, int, float, bytes, float, float], Any]


def _seq(handle: int) -> Any:
    return as_pointer("MusicSequence", handle, "sequence")


def _track(handle: int) -> Any:
    return as_pointer("MusicTrack", handle, "track")


def _beats(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{what} must be a number of beats, not {type(value).__name__}")
    return float(value)


def _resolution(value: int, what: str = "resolution") -> int:
    return int_arg(value, what, 1, 0x7FFF)


# ------------------------------------------------------------------ lifetime and tracks


def new_music_sequence() -> int:
    """``NewMusicSequence``: an empty sequence (it already has a tempo track).

    Example
    -------
    >>> seq = new_music_sequence()                         # doctest: +SKIP
    """
    out = ffi.new("MusicSequence *")
    call("NewMusicSequence", out)
    return handle_of(out[0])


def dispose_music_sequence(sequence: int) -> None:
    """``DisposeMusicSequence``: dispose the sequence and its tracks (not while a player holds it).

    Example
    -------
    >>> dispose_music_sequence(seq)                        # doctest: +SKIP
    """
    call("DisposeMusicSequence", _seq(sequence))
    _drop_user_callback(sequence)
    with _lock:
        _retired.pop(sequence, None)


def music_sequence_new_track(sequence: int) -> int:
    """``MusicSequenceNewTrack``: append a new empty track; returns its handle.

    Example
    -------
    >>> track = music_sequence_new_track(seq)              # doctest: +SKIP
    """
    out = ffi.new("MusicTrack *")
    call("MusicSequenceNewTrack", _seq(sequence), out)
    return handle_of(out[0])


def music_sequence_dispose_track(sequence: int, track: int) -> None:
    """``MusicSequenceDisposeTrack``: remove ``track`` from the sequence and dispose it.

    Example
    -------
    >>> music_sequence_dispose_track(seq, track)           # doctest: +SKIP
    """
    call("MusicSequenceDisposeTrack", _seq(sequence), _track(track))


def music_sequence_get_track_count(sequence: int) -> int:
    """``MusicSequenceGetTrackCount``: the number of tracks (the tempo track not counted).

    Example
    -------
    >>> music_sequence_get_track_count(seq)                # doctest: +SKIP
    1
    """
    out = ffi.new("UInt32 *")
    call("MusicSequenceGetTrackCount", _seq(sequence), out)
    return int(out[0])


def music_sequence_get_ind_track(sequence: int, index: int) -> int:
    """``MusicSequenceGetIndTrack``: the track at ``index``.

    Example
    -------
    >>> music_sequence_get_ind_track(seq, 0) == track      # doctest: +SKIP
    True
    """
    out = ffi.new("MusicTrack *")
    call("MusicSequenceGetIndTrack", _seq(sequence), u32(index, "index"), out)
    return handle_of(out[0])


def music_sequence_get_track_index(sequence: int, track: int) -> int:
    """``MusicSequenceGetTrackIndex``: where ``track`` is in the sequence.

    Example
    -------
    >>> music_sequence_get_track_index(seq, track)         # doctest: +SKIP
    0
    """
    out = ffi.new("UInt32 *")
    call("MusicSequenceGetTrackIndex", _seq(sequence), _track(track), out)
    return int(out[0])


def music_sequence_get_tempo_track(sequence: int) -> int:
    """``MusicSequenceGetTempoTrack``: the tempo track (tempo and time signature events).

    Example
    -------
    >>> tempo = music_sequence_get_tempo_track(seq)        # doctest: +SKIP
    """
    out = ffi.new("MusicTrack *")
    call("MusicSequenceGetTempoTrack", _seq(sequence), out)
    return handle_of(out[0])


def music_sequence_reverse(sequence: int) -> None:
    """``MusicSequenceReverse``: reverse the time order of every event of every track.

    Example
    -------
    >>> music_sequence_reverse(seq)                        # doctest: +SKIP
    """
    call("MusicSequenceReverse", _seq(sequence))


# ------------------------------------------------------------------ destinations and type


def music_sequence_set_au_graph(sequence: int, graph: int) -> None:
    """``MusicSequenceSetAUGraph``: play the sequence's tracks into ``graph`` (0: a default graph).

    Example
    -------
    >>> music_sequence_set_au_graph(seq, g)                # doctest: +SKIP
    """
    if isinstance(graph, bool) or not isinstance(graph, int):
        raise TypeError(f"graph must be an integer handle, not {type(graph).__name__}")
    call("MusicSequenceSetAUGraph", _seq(sequence), ffi.cast("AUGraph", graph))


def music_sequence_get_au_graph(sequence: int) -> int:
    """``MusicSequenceGetAUGraph``: the graph the sequence plays into.

    Example
    -------
    >>> music_sequence_get_au_graph(seq) == g              # doctest: +SKIP
    True
    """
    out = ffi.new("AUGraph *")
    call("MusicSequenceGetAUGraph", _seq(sequence), out)
    return handle_of(out[0])


def music_sequence_set_midi_endpoint(sequence: int, endpoint: int) -> None:
    """``MusicSequenceSetMIDIEndpoint``: send every track to a CoreMIDI endpoint.

    Example
    -------
    >>> music_sequence_set_midi_endpoint(seq, dest)        # doctest: +SKIP
    """
    call("MusicSequenceSetMIDIEndpoint", _seq(sequence), u32(endpoint, "endpoint"))


def music_sequence_set_sequence_type(sequence: int, sequence_type: str | int) -> None:
    """``MusicSequenceSetSequenceType``: ``'beat'``, ``'secs'`` or ``'samp'``.

    Example
    -------
    >>> music_sequence_set_sequence_type(seq, "secs")      # doctest: +SKIP
    """
    code = fourcc_arg(sequence_type, "sequence_type")
    if int_to_fourcc(code) not in _SEQUENCE_TYPES:
        raise ValueError(f"sequence_type must be 'beat', 'secs' or 'samp', got {int_to_fourcc(code)!r}")
    call("MusicSequenceSetSequenceType", _seq(sequence), code)


def music_sequence_get_sequence_type(sequence: int) -> str:
    """``MusicSequenceGetSequenceType``: ``'beat'``, ``'secs'`` or ``'samp'``.

    Example
    -------
    >>> music_sequence_get_sequence_type(seq)              # doctest: +SKIP
    'beat'
    """
    out = ffi.new("MusicSequenceType *")
    call("MusicSequenceGetSequenceType", _seq(sequence), out)
    return int_to_fourcc(int(out[0]))


# ------------------------------------------------------------------ files


def music_sequence_file_load(sequence: int, path: str | os.PathLike[str], file_type_hint: str | int = 0,
                             flags: int = 0) -> None:
    """``MusicSequenceFileLoad``: replace the sequence's contents with a file.

    Parameters
    ----------
    file_type_hint : str or int
        ``'midi'``, ``'imel'`` or 0 (any).
    flags : int
        ``kMusicSequenceLoadSMF_ChannelsToTracks`` (1) splits channels into tracks.

    Example
    -------
    >>> music_sequence_file_load(seq, "song.mid", "midi")  # doctest: +SKIP
    """
    ptr = _seq(sequence)
    hint = fourcc_arg(file_type_hint, "file_type_hint")
    with cf.owned(cf.url_from_path(path_arg(path))) as url:
        call("MusicSequenceFileLoad", ptr, url, hint, u32(flags, "flags"), obj=os.fspath(path))


def music_sequence_file_load_data(sequence: int, data: bytes | bytearray | memoryview,
                                  file_type_hint: str | int = 0, flags: int = 0) -> None:
    """``MusicSequenceFileLoadData``: load a Standard MIDI File (or iMelody) from bytes.

    Example
    -------
    >>> music_sequence_file_load_data(seq, open("song.mid", "rb").read())  # doctest: +SKIP
    """
    ptr = _seq(sequence)
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"data must be bytes-like, not {type(data).__name__}")
    hint = fourcc_arg(file_type_hint, "file_type_hint")
    with cf.owned(cf.data(data)) as ref:
        call("MusicSequenceFileLoadData", ptr, ref, hint, u32(flags, "flags"))


def music_sequence_file_create(sequence: int, path: str | os.PathLike[str], file_type: str | int = "midi",
                               flags: int = 0, resolution: int = 480) -> None:
    """``MusicSequenceFileCreate``: write the sequence as a file.

    Parameters
    ----------
    flags : int
        ``kMusicSequenceFileFlags_EraseFile`` (1) overwrites an existing file.
    resolution : int
        Ticks per quarter note (1..32767).

    Example
    -------
    >>> music_sequence_file_create(seq, "out.mid", flags=1)  # doctest: +SKIP
    """
    ptr = _seq(sequence)
    kind = fourcc_arg(file_type, "file_type")
    with cf.owned(cf.url_from_path(path_arg(path))) as url:
        call("MusicSequenceFileCreate", ptr, url, kind, u32(flags, "flags"), _resolution(resolution),
             obj=os.fspath(path))


def _take_data(out: Any) -> bytes:
    if out[0] == ffi.NULL:
        raise MusicPlayerError("the framework returned no CFData", 0, operation="MusicSequenceFileCreateData")
    with cf.owned(out[0]) as ref:
        return bytes(cf.to_python(ref))


def music_sequence_file_create_data(sequence: int, file_type: str | int = "midi", flags: int = 0,
                                    resolution: int = 480) -> bytes:
    """``MusicSequenceFileCreateData``: the sequence as file bytes (a Standard MIDI File).

    Example
    -------
    >>> smf = music_sequence_file_create_data(seq)         # doctest: +SKIP
    >>> smf[:4]                                            # doctest: +SKIP
    b'MThd'
    """
    ptr = _seq(sequence)
    out = ffi.new("CFDataRef *")
    call("MusicSequenceFileCreateData", ptr, fourcc_arg(file_type, "file_type"), u32(flags, "flags"),
         _resolution(resolution), out)
    return _take_data(out)


def music_sequence_load_smf_with_flags(sequence: int, fsref: bytes, flags: int = 0) -> None:
    """``MusicSequenceLoadSMFWithFlags`` (deprecated since macOS 10.5): load from an FSRef's 80 bytes.

    Example
    -------
    >>> music_sequence_load_smf_with_flags(seq, fsref_bytes)   # doctest: +SKIP
    """
    ptr = _seq(sequence)
    ref, _storage = fsref_arg(fsref, "fsref")
    call("MusicSequenceLoadSMFWithFlags", ptr, ref, u32(flags, "flags"))


def music_sequence_load_smf_data_with_flags(sequence: int, data: bytes | bytearray | memoryview,
                                            flags: int = 0) -> None:
    """``MusicSequenceLoadSMFDataWithFlags`` (deprecated since macOS 10.5): load SMF bytes.

    Example
    -------
    >>> music_sequence_load_smf_data_with_flags(seq, smf)  # doctest: +SKIP
    """
    ptr = _seq(sequence)
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"data must be bytes-like, not {type(data).__name__}")
    with cf.owned(cf.data(data)) as ref:
        call("MusicSequenceLoadSMFDataWithFlags", ptr, ref, u32(flags, "flags"))


def music_sequence_save_midi_file(sequence: int, parent_fsref: bytes, file_name: str,
                                  resolution: int = 480, flags: int = 0) -> None:
    """``MusicSequenceSaveMIDIFile`` (deprecated since macOS 10.5): save into a directory FSRef.

    Example
    -------
    >>> music_sequence_save_midi_file(seq, dir_fsref, "out.mid")   # doctest: +SKIP
    """
    ptr = _seq(sequence)
    ref, _storage = fsref_arg(parent_fsref, "parent_fsref")
    with cf.owned(cf.string(file_name)) as name:
        call("MusicSequenceSaveMIDIFile", ptr, ref, name, int_arg(resolution, "resolution", 1, 0xFFFF),
             u32(flags, "flags"))


def music_sequence_save_smf_data(sequence: int, resolution: int = 480) -> bytes:
    """``MusicSequenceSaveSMFData`` (deprecated since macOS 10.5): the sequence as SMF bytes.

    Example
    -------
    >>> music_sequence_save_smf_data(seq)[:4]              # doctest: +SKIP
    b'MThd'
    """
    ptr = _seq(sequence)
    out = ffi.new("CFDataRef *")
    call("MusicSequenceSaveSMFData", ptr, out, int_arg(resolution, "resolution", 1, 0xFFFF))
    return _take_data(out)


def music_sequence_get_info_dictionary(sequence: int) -> dict[str, Any]:
    """``MusicSequenceGetInfoDictionary``: the file's info (``kAFInfoDictionary_*`` keys).

    The dictionary the framework returns is converted and released.

    Example
    -------
    >>> music_sequence_get_info_dictionary(seq).get("title")   # doctest: +SKIP
    'Prelude'
    """
    ref = lib.MusicSequenceGetInfoDictionary(_seq(sequence))
    if ref == ffi.NULL:
        raise MusicPlayerError("MusicSequenceGetInfoDictionary returned NULL (the call failed)", 0,
                               operation="MusicSequenceGetInfoDictionary")
    with cf.owned(ref):
        value = cf.to_python(ref)
    if not isinstance(value, dict):
        raise MusicPlayerError(f"MusicSequenceGetInfoDictionary returned a {type(value).__name__}, "
                               "not a dictionary", 0, operation="MusicSequenceGetInfoDictionary")
    return {str(k): v for k, v in value.items()}


# ------------------------------------------------------------------ time


def music_sequence_get_seconds_for_beats(sequence: int, beats: float) -> float:
    """``MusicSequenceGetSecondsForBeats``: seconds at a beat, through the tempo track.

    Example
    -------
    >>> music_sequence_get_seconds_for_beats(seq, 4.0)     # doctest: +SKIP
    2.0
    """
    out = ffi.new("Float64 *")
    call("MusicSequenceGetSecondsForBeats", _seq(sequence), _beats(beats, "beats"), out)
    return float(out[0])


def music_sequence_get_beats_for_seconds(sequence: int, seconds: float) -> float:
    """``MusicSequenceGetBeatsForSeconds``: the beat at a time in seconds.

    Example
    -------
    >>> music_sequence_get_beats_for_seconds(seq, 2.0)     # doctest: +SKIP
    4.0
    """
    out = ffi.new("MusicTimeStamp *")
    call("MusicSequenceGetBeatsForSeconds", _seq(sequence), _beats(seconds, "seconds"), out)
    return float(out[0])


def music_sequence_beats_to_bar_beat_time(sequence: int, beats: float,
                                          subbeat_divisor: int = 480) -> tuple[int, int, int, int]:
    """``MusicSequenceBeatsToBarBeatTime``: ``(bar, beat, subbeat, subbeat_divisor)``, 1-based
    bars and beats, through the sequence's time signatures.

    Example
    -------
    >>> music_sequence_beats_to_bar_beat_time(seq, 4.5, 4)     # doctest: +SKIP
    (2, 1, 2, 4)
    """
    out = ffi.new("CABarBeatTime *")
    call("MusicSequenceBeatsToBarBeatTime", _seq(sequence), _beats(beats, "beats"),
         u32(subbeat_divisor, "subbeat_divisor"), out)
    return int(out.bar), int(out.beat), int(out.subbeat), int(out.subbeatDivisor)


def _bar_beat_time(bar: int, beat: int, subbeat: int = 0, subbeat_divisor: int = 480) -> Any:
    """A new ``CABarBeatTime *`` with checked fields (shared with the clock module)."""
    return ffi.new("CABarBeatTime *", {
        "bar": int_arg(bar, "bar", -(2**31), 2**31 - 1), "beat": int_arg(beat, "beat", 0, 0xFFFF),
        "subbeat": int_arg(subbeat, "subbeat", 0, 0xFFFF),
        "subbeatDivisor": int_arg(subbeat_divisor, "subbeat_divisor", 0, 0xFFFF)})


def music_sequence_bar_beat_time_to_beats(sequence: int, bar: int, beat: int, subbeat: int = 0,
                                          subbeat_divisor: int = 480) -> float:
    """``MusicSequenceBarBeatTimeToBeats``: the beat position of a bar/beat/subbeat time.

    Example
    -------
    >>> music_sequence_bar_beat_time_to_beats(seq, 2, 1, 2, 4)  # doctest: +SKIP
    4.5
    """
    box = _bar_beat_time(bar, beat, subbeat, subbeat_divisor)
    out = ffi.new("MusicTimeStamp *")
    call("MusicSequenceBarBeatTimeToBeats", _seq(sequence), box, out)
    return float(out[0])


def music_sequence_get_smpte_resolution(resolution: int) -> tuple[int, int]:
    """``MusicSequenceGetSMPTEResolution`` (inline in the SDK, done here in Python):
    split a SMPTE file resolution into ``(frames_per_second, ticks_per_frame)``;
    ``frames_per_second`` is negative (-24, -25, -29 or -30) as in the file header.

    Example
    -------
    >>> music_sequence_get_smpte_resolution(music_sequence_set_smpte_resolution(-25, 40))
    (-25, 40)
    """
    value = int_arg(resolution, "resolution", -(2**15), 2**15 - 1)
    high = (value >> 8) & 0xFF
    fps = high - 256 if high & 0x80 else high
    return fps, value & 0x7F


def music_sequence_set_smpte_resolution(frames_per_second: int, ticks_per_frame: int) -> int:
    """``MusicSequenceSetSMPTEResolution`` (inline in the SDK, done here in Python):
    the signed 16-bit SMPTE resolution for ``frames_per_second`` (24, 25, 29, 30,
    either sign) and ``ticks_per_frame`` (0..127).

    Example
    -------
    >>> music_sequence_set_smpte_resolution(25, 40)
    -6360
    """
    fps = int_arg(frames_per_second, "frames_per_second", -128, 127)
    if abs(fps) not in (24, 25, 29, 30):
        raise ValueError(f"frames_per_second must be 24, 25, 29 or 30 (either sign), got {fps}")
    ticks = int_arg(ticks_per_frame, "ticks_per_frame", 0, 127)
    raw = ((-abs(fps) & 0xFF) << 8) | ticks
    return raw - 0x10000 if raw & 0x8000 else raw


# ------------------------------------------------------------------ user callback


class SequenceUserCallback(CallbackHandle):
    """A Python callable installed as a sequence's ``MusicSequenceUserCallback``.

    Example
    -------
    >>> cb = music_sequence_set_user_callback(seq, on_user_event)   # doctest: +SKIP
    >>> cb.call_count, cb.error_count                               # doctest: +SKIP
    (0, 0)
    """

    def __init__(self, sequence: int, callback: UserCallbackFunction) -> None:
        super().__init__(callback)
        self.sequence = sequence
        self.client_data = ffi.new_handle(self)
        handle = self

        def trampoline(client: Any, seq: Any, track: Any, event_time: float, data: Any,
                       start: float, end: float) -> None:
            callback = handle._callback
            if callback is None:  # replaced or removed while the player still called it
                return
            handle.call_count += 1
            handle._depth += 1
            try:
                raw = b"" if data == ffi.NULL else bytes(ffi.buffer(data.data, int(data.length)))
                callback(handle_of(seq), handle_of(track), float(event_time), raw, float(start), float(end))
            finally:
                handle._depth -= 1

        self._trampoline = ffi.callback("MusicSequenceUserCallback", trampoline, onerror=self._onerror)

    def _release(self) -> None:
        """Drop the callable; retire the trampoline until the sequence is disposed (the
        player thread may still be inside it or about to call it)."""
        if self._trampoline is not None:
            with _lock:
                _retired.setdefault(self.sequence, []).append((self._trampoline, self.client_data))
        self._trampoline = None
        self._callback = None

    def __repr__(self) -> str:
        return f"<SequenceUserCallback of sequence {self.sequence:#x}: {self._state()}>"


_lock = threading.Lock()
_user_callbacks: dict[int, SequenceUserCallback] = {}
_retired: dict[int, list[tuple[Any, Any]]] = {}  # sequence -> (trampoline, client data) C may still call


def _drop_user_callback(sequence: int) -> None:
    with _lock:
        old = _user_callbacks.pop(sequence, None)
    if old is not None:
        old._release()


def user_callback_of(sequence: int) -> SequenceUserCallback | None:
    """The user callback coremusic installed on ``sequence`` (``None`` if none).

    Example
    -------
    >>> user_callback_of(12345) is None
    True
    """
    return _user_callbacks.get(sequence)


def music_sequence_set_user_callback(sequence: int,
                                     callback: UserCallbackFunction | None) -> SequenceUserCallback | None:
    """``MusicSequenceSetUserCallback``: call ``callback`` for each user event the player plays.

    Parameters
    ----------
    callback : callable ``(sequence, track, event_time, data, start_beat, end_beat)`` or None
        ``data`` is the event's bytes; ``None`` removes the callback (NULL).

    Returns
    -------
    SequenceUserCallback or None
        Owns the trampoline until replaced, removed or the sequence disposed.

    Example
    -------
    >>> cb = music_sequence_set_user_callback(seq, lambda *a: print(a))  # doctest: +SKIP
    """
    ptr = _seq(sequence)
    if callback is None:
        call("MusicSequenceSetUserCallback", ptr, ffi.NULL, ffi.NULL)
        _drop_user_callback(sequence)
        return None
    if not callable(callback):
        raise TypeError(f"callback must be callable or None, not {type(callback).__name__}")
    handle = SequenceUserCallback(sequence, callback)
    call("MusicSequenceSetUserCallback", ptr, handle._trampoline, handle.client_data)
    _drop_user_callback(sequence)
    with _lock:
        _user_callbacks[sequence] = handle
    return handle

