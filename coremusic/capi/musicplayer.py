"""MusicPlayer.h, playback: the MusicPlayer and the MusicEventIterator.

A player (``MusicPlayer`` handle) plays one sequence; its time is in beats.
An iterator (``MusicEventIterator`` handle) walks and edits a track's events;
:func:`music_event_iterator_get_event_info` returns the event as
``(time, event_type, data)`` with the payload's bytes, and
:func:`music_event_iterator_get_event` decodes them into a dict.

Example
-------
>>> from coremusic import capi                                  # doctest: +SKIP
>>> p = capi.new_music_player()                                 # doctest: +SKIP
>>> capi.music_player_set_sequence(p, seq)                      # doctest: +SKIP
>>> capi.music_player_preroll(p); capi.music_player_start(p)    # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

from coremusic._ffi import ffi
from coremusic.capi import _musicevents as ev
from coremusic.capi._base import as_pointer, call, handle_of
from coremusic.capi._toolbox import int_arg, u32

__all__ = [
    "dispose_music_event_iterator",
    "dispose_music_player",
    "music_event_iterator_delete_event",
    "music_event_iterator_get_event",
    "music_event_iterator_get_event_info",
    "music_event_iterator_has_current_event",
    "music_event_iterator_has_next_event",
    "music_event_iterator_has_previous_event",
    "music_event_iterator_next_event",
    "music_event_iterator_previous_event",
    "music_event_iterator_seek",
    "music_event_iterator_set_event_info",
    "music_event_iterator_set_event_time",
    "music_player_get_beats_for_host_time",
    "music_player_get_host_time_for_beats",
    "music_player_get_play_rate_scalar",
    "music_player_get_sequence",
    "music_player_get_time",
    "music_player_is_playing",
    "music_player_preroll",
    "music_player_set_play_rate_scalar",
    "music_player_set_sequence",
    "music_player_set_time",
    "music_player_start",
    "music_player_stop",
    "new_music_event_iterator",
    "new_music_player",
]


def _player(handle: int) -> Any:
    return as_pointer("MusicPlayer", handle, "player")


def _iterator(handle: int) -> Any:
    return as_pointer("MusicEventIterator", handle, "iterator")


def _number(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{what} must be a number, not {type(value).__name__}")
    return float(value)


# ------------------------------------------------------------------ player


def new_music_player() -> int:
    """``NewMusicPlayer``.

    Example
    -------
    >>> p = new_music_player()                              # doctest: +SKIP
    """
    out = ffi.new("MusicPlayer *")
    call("NewMusicPlayer", out)
    return handle_of(out[0])


def dispose_music_player(player: int) -> None:
    """``DisposeMusicPlayer``.

    Example
    -------
    >>> dispose_music_player(p)                             # doctest: +SKIP
    """
    call("DisposeMusicPlayer", _player(player))


def music_player_set_sequence(player: int, sequence: int) -> None:
    """``MusicPlayerSetSequence``: the sequence to play (0 detaches it).

    Example
    -------
    >>> music_player_set_sequence(p, seq)                   # doctest: +SKIP
    """
    if isinstance(sequence, bool) or not isinstance(sequence, int):
        raise TypeError(f"sequence must be an integer handle, not {type(sequence).__name__}")
    call("MusicPlayerSetSequence", _player(player), ffi.cast("MusicSequence", sequence))


def music_player_get_sequence(player: int) -> int:
    """``MusicPlayerGetSequence``.

    Example
    -------
    >>> music_player_get_sequence(p) == seq                 # doctest: +SKIP
    True
    """
    out = ffi.new("MusicSequence *")
    call("MusicPlayerGetSequence", _player(player), out)
    return handle_of(out[0])


def music_player_set_time(player: int, beats: float) -> None:
    """``MusicPlayerSetTime``: move the play head to ``beats``.

    Example
    -------
    >>> music_player_set_time(p, 8.0)                       # doctest: +SKIP
    """
    call("MusicPlayerSetTime", _player(player), _number(beats, "beats"))


def music_player_get_time(player: int) -> float:
    """``MusicPlayerGetTime``: the play head in beats.

    Example
    -------
    >>> music_player_get_time(p)                            # doctest: +SKIP
    8.0
    """
    out = ffi.new("MusicTimeStamp *")
    call("MusicPlayerGetTime", _player(player), out)
    return float(out[0])


def music_player_get_host_time_for_beats(player: int, beats: float) -> int:
    """``MusicPlayerGetHostTimeForBeats``: the host time at which ``beats`` plays (while playing).

    Example
    -------
    >>> music_player_get_host_time_for_beats(p, 16.0)       # doctest: +SKIP
    123456789000
    """
    out = ffi.new("UInt64 *")
    call("MusicPlayerGetHostTimeForBeats", _player(player), _number(beats, "beats"), out)
    return int(out[0])


def music_player_get_beats_for_host_time(player: int, host_time: int) -> float:
    """``MusicPlayerGetBeatsForHostTime``: the beat playing at ``host_time`` (while playing).

    Example
    -------
    >>> music_player_get_beats_for_host_time(p, now)        # doctest: +SKIP
    3.5
    """
    out = ffi.new("MusicTimeStamp *")
    call("MusicPlayerGetBeatsForHostTime", _player(player),
         int_arg(host_time, "host_time", 0, 2**64 - 1), out)
    return float(out[0])


def music_player_preroll(player: int) -> None:
    """``MusicPlayerPreroll``: prepare to start with low latency.

    Example
    -------
    >>> music_player_preroll(p)                             # doctest: +SKIP
    """
    call("MusicPlayerPreroll", _player(player))


def music_player_start(player: int) -> None:
    """``MusicPlayerStart``.

    Example
    -------
    >>> music_player_start(p)                               # doctest: +SKIP
    """
    call("MusicPlayerStart", _player(player))


def music_player_stop(player: int) -> None:
    """``MusicPlayerStop``.

    Example
    -------
    >>> music_player_stop(p)                                # doctest: +SKIP
    """
    call("MusicPlayerStop", _player(player))


def music_player_is_playing(player: int) -> bool:
    """``MusicPlayerIsPlaying``.

    Example
    -------
    >>> music_player_is_playing(p)                          # doctest: +SKIP
    False
    """
    out = ffi.new("Boolean *")
    call("MusicPlayerIsPlaying", _player(player), out)
    return bool(out[0])


def music_player_set_play_rate_scalar(player: int, rate: float) -> None:
    """``MusicPlayerSetPlayRateScalar``: play faster (>1) or slower (<1) than the tempo map.

    Example
    -------
    >>> music_player_set_play_rate_scalar(p, 1.5)           # doctest: +SKIP
    """
    value = _number(rate, "rate")
    if not value > 0.0:
        raise ValueError(f"rate must be > 0, got {value}")
    call("MusicPlayerSetPlayRateScalar", _player(player), value)


def music_player_get_play_rate_scalar(player: int) -> float:
    """``MusicPlayerGetPlayRateScalar``.

    Example
    -------
    >>> music_player_get_play_rate_scalar(p)                # doctest: +SKIP
    1.5
    """
    out = ffi.new("Float64 *")
    call("MusicPlayerGetPlayRateScalar", _player(player), out)
    return float(out[0])


# ------------------------------------------------------------------ iterator


def new_music_event_iterator(track: int) -> int:
    """``NewMusicEventIterator``: an iterator on the first event of ``track``.

    Example
    -------
    >>> it = new_music_event_iterator(t)                    # doctest: +SKIP
    """
    out = ffi.new("MusicEventIterator *")
    call("NewMusicEventIterator", as_pointer("MusicTrack", track, "track"), out)
    return handle_of(out[0])


def dispose_music_event_iterator(iterator: int) -> None:
    """``DisposeMusicEventIterator``.

    Example
    -------
    >>> dispose_music_event_iterator(it)                    # doctest: +SKIP
    """
    call("DisposeMusicEventIterator", _iterator(iterator))


def music_event_iterator_seek(iterator: int, beats: float) -> None:
    """``MusicEventIteratorSeek``: go to the first event at or after ``beats``.

    Example
    -------
    >>> music_event_iterator_seek(it, 4.0)                  # doctest: +SKIP
    """
    call("MusicEventIteratorSeek", _iterator(iterator), _number(beats, "beats"))


def music_event_iterator_next_event(iterator: int) -> None:
    """``MusicEventIteratorNextEvent`` (past the last event is allowed: no current event then).

    Example
    -------
    >>> music_event_iterator_next_event(it)                 # doctest: +SKIP
    """
    call("MusicEventIteratorNextEvent", _iterator(iterator))


def music_event_iterator_previous_event(iterator: int) -> None:
    """``MusicEventIteratorPreviousEvent``.

    Example
    -------
    >>> music_event_iterator_previous_event(it)             # doctest: +SKIP
    """
    call("MusicEventIteratorPreviousEvent", _iterator(iterator))


def _has(name: str, iterator: int) -> bool:
    out = ffi.new("Boolean *")
    call(name, _iterator(iterator), out)
    return bool(out[0])


def music_event_iterator_has_previous_event(iterator: int) -> bool:
    """``MusicEventIteratorHasPreviousEvent``.

    Example
    -------
    >>> music_event_iterator_has_previous_event(it)         # doctest: +SKIP
    False
    """
    return _has("MusicEventIteratorHasPreviousEvent", iterator)


def music_event_iterator_has_next_event(iterator: int) -> bool:
    """``MusicEventIteratorHasNextEvent``.

    Example
    -------
    >>> music_event_iterator_has_next_event(it)             # doctest: +SKIP
    True
    """
    return _has("MusicEventIteratorHasNextEvent", iterator)


def music_event_iterator_has_current_event(iterator: int) -> bool:
    """``MusicEventIteratorHasCurrentEvent``.

    Example
    -------
    >>> music_event_iterator_has_current_event(it)          # doctest: +SKIP
    True
    """
    return _has("MusicEventIteratorHasCurrentEvent", iterator)


def music_event_iterator_get_event_info(iterator: int) -> tuple[float, int, bytes]:
    """``MusicEventIteratorGetEventInfo``: ``(time, event_type, data)`` of the current event.

    ``data`` is a copy of the event's payload (the framework's pointer is only
    valid until the track changes).

    Example
    -------
    >>> music_event_iterator_get_event_info(it)             # doctest: +SKIP
    (0.0, 6, b'\\x00<d\\x00\\x00\\x00\\x80?')
    """
    stamp = ffi.new("MusicTimeStamp *")
    kind = ffi.new("MusicEventType *")
    data = ffi.new("const void * *")
    size = ffi.new("UInt32 *")
    call("MusicEventIteratorGetEventInfo", _iterator(iterator), stamp, kind, data, size)
    n = int(size[0])
    raw = bytes(ffi.buffer(data[0], n)) if n and data[0] != ffi.NULL else b""
    return float(stamp[0]), int(kind[0]), raw


def music_event_iterator_get_event(iterator: int) -> tuple[float, dict[str, Any]]:
    """The current event decoded: ``(time, fields)`` where ``fields['type']`` names the kind
    (``'midi_note'``, ``'midi_channel'``, ``'meta'``, ``'extended_tempo'`` ...).

    Example
    -------
    >>> music_event_iterator_get_event(it)                  # doctest: +SKIP
    (0.0, {'type': 'midi_note', 'channel': 0, 'note': 60, 'velocity': 100, ...})
    """
    at, kind, raw = music_event_iterator_get_event_info(iterator)
    return at, ev.decode(kind, raw)


def music_event_iterator_set_event_info(iterator: int, event_type: int, data: bytes) -> None:
    """``MusicEventIteratorSetEventInfo``: replace the current event with ``data`` (the payload
    bytes of an ``event_type`` event, e.g. from :func:`music_event_iterator_get_event_info`).

    Example
    -------
    >>> at, kind, raw = music_event_iterator_get_event_info(it)   # doctest: +SKIP
    >>> music_event_iterator_set_event_info(it, kind, raw)        # doctest: +SKIP
    """
    ptr = _iterator(iterator)
    kind = u32(event_type, "event_type")
    if kind not in ev.EVENT_TYPES or kind == 0:
        raise ValueError(f"event_type must be a kMusicEventType_* value 1..10, got {kind}")
    if isinstance(data, str) or not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"data must be bytes, not {type(data).__name__}")
    raw = bytes(data)
    ev.decode(kind, raw)  # refuses payloads too short for their type
    buf = ffi.new("char[]", raw)
    call("MusicEventIteratorSetEventInfo", ptr, kind, buf)


def music_event_iterator_set_event_time(iterator: int, beats: float) -> None:
    """``MusicEventIteratorSetEventTime``: move the current event to ``beats``.

    Example
    -------
    >>> music_event_iterator_set_event_time(it, 2.0)        # doctest: +SKIP
    """
    call("MusicEventIteratorSetEventTime", _iterator(iterator), _number(beats, "beats"))


def music_event_iterator_delete_event(iterator: int) -> None:
    """``MusicEventIteratorDeleteEvent``: delete the current event (the next becomes current).

    Example
    -------
    >>> music_event_iterator_delete_event(it)               # doctest: +SKIP
    """
    call("MusicEventIteratorDeleteEvent", _iterator(iterator))
