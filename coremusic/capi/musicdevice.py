"""MusicDevice.h: MIDI and notes to instrument AudioUnits (``'aumu'``).

One function per C function; the unit is an ``int`` handle.  Channel-voice
messages are given as status and data bytes; ``offset`` is the sample frame
in the next render buffer at which the event takes effect.

Example
-------
>>> from coremusic import capi                               # doctest: +SKIP
>>> capi.music_device_midi_event(synth, 0x90, 60, 100)       # note on, middle C  # doctest: +SKIP
>>> capi.music_device_midi_event(synth, 0x80, 60, 0)         # doctest: +SKIP
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from typing import Any

from coremusic._ffi import ffi
from coremusic.capi._base import buffer_from, call
from coremusic.capi._toolbox import int_arg, u32
from coremusic.capi.audiounit import unit_arg

__all__ = [
    "music_device_midi_event",
    "music_device_midi_event_list",
    "music_device_prepare_instrument",
    "music_device_release_instrument",
    "music_device_start_note",
    "music_device_stop_note",
    "music_device_sysex",
    "pack_midi_event_list",
]

MIDI_PROTOCOL_1_0 = 1
MIDI_PROTOCOL_2_0 = 2
_MAX_WORDS = 64  # words per MIDIEventPacket
USE_GROUP_INSTRUMENT = 0xFFFFFFFF  # kMusicNoteEvent_UseGroupInstrument


def _byte(value: Any, what: str, high: int = 0x7F) -> int:
    return int_arg(value, what, 0, high)


def music_device_midi_event(unit: int, status: int, data1: int, data2: int = 0, offset: int = 0) -> None:
    """``MusicDeviceMIDIEvent``: send one MIDI 1.0 channel message.

    Parameters
    ----------
    status : int
        Status byte with channel (``0x90 | channel`` for note on ...), 0x80..0xFF.
    data1, data2 : int
        Data bytes, 0..127.
    offset : int
        Sample frame offset into the next render buffer.

    Example
    -------
    >>> capi.music_device_midi_event(synth, 0xB0, 7, 100)   # volume   # doctest: +SKIP
    """
    st = int_arg(status, "status", 0x80, 0xFF)
    call("MusicDeviceMIDIEvent", unit_arg(unit), st, _byte(data1, "data1"), _byte(data2, "data2"),
         u32(offset, "offset"))


def music_device_sysex(unit: int, data: bytes | bytearray | memoryview) -> None:
    """``MusicDeviceSysEx``: send a complete system-exclusive message (``F0 ... F7``).

    Example
    -------
    >>> capi.music_device_sysex(synth, bytes([0xF0, 0x7E, 0x7F, 0x09, 0x01, 0xF7]))  # GM on  # doctest: +SKIP
    """
    ptr, n = buffer_from(data, "data")
    if n < 2:
        raise ValueError(f"a sysex message needs at least F0 and F7, got {n} bytes")
    raw = bytes(data)
    if raw[0] != 0xF0 or raw[-1] != 0xF7:
        raise ValueError("a sysex message starts with 0xF0 and ends with 0xF7")
    call("MusicDeviceSysEx", unit_arg(unit), ffi.cast("const UInt8 *", ptr), n)


def pack_midi_event_list(packets: Sequence[tuple[int, Sequence[int]]],
                         protocol: int = MIDI_PROTOCOL_2_0) -> bytes:
    """The bytes of a ``MIDIEventList``: ``packets`` as ``(timestamp, words)`` with
    32-bit Universal MIDI Packet words, each packet ``12 + 4 * len(words)`` bytes
    (the SDK's ``#pragma pack(4)`` layout).

    Example
    -------
    >>> raw = pack_midi_event_list([(0, [0x20903C64])], protocol=1)   # UMP MIDI 1.0 note on
    >>> len(raw)
    24
    """
    if protocol not in (MIDI_PROTOCOL_1_0, MIDI_PROTOCOL_2_0):
        raise ValueError(f"protocol must be 1 (MIDI 1.0) or 2 (MIDI 2.0), got {protocol!r}")
    out = [struct.pack("=iI", protocol, len(packets))]
    for i, item in enumerate(packets):
        if not isinstance(item, tuple) or len(item) != 2:
            raise TypeError(f"packet {i} must be a (timestamp, words) tuple")
        stamp, words = item
        int_arg(stamp, f"packet {i} timestamp", 0, 2**64 - 1)
        words = list(words)
        if not 1 <= len(words) <= _MAX_WORDS:
            raise ValueError(f"packet {i} needs 1..{_MAX_WORDS} words, got {len(words)}")
        for w in words:
            u32(w, f"packet {i} word")
        out.append(struct.pack(f"=QI{len(words)}I", stamp, len(words), *words))
    return b"".join(out)


def music_device_midi_event_list(unit: int, offset: int,
                                 events: bytes | Sequence[tuple[int, Sequence[int]]],
                                 protocol: int = MIDI_PROTOCOL_2_0) -> None:
    """``MusicDeviceMIDIEventList``: send Universal MIDI Packets (MIDI 1.0 or 2.0).

    ``events`` is either the bytes of a ``MIDIEventList`` or ``(timestamp,
    words)`` packets, packed by :func:`pack_midi_event_list` with ``protocol``.

    Example
    -------
    >>> capi.music_device_midi_event_list(synth, 0, [(0, [0x40903C00, 0xC0000000])])   # doctest: +SKIP
    """
    raw = bytes(events) if isinstance(events, (bytes, bytearray, memoryview)) \
        else pack_midi_event_list(events, protocol)
    header = ffi.offsetof("MIDIEventList", "packet")
    if len(raw) < header:
        raise ValueError(f"a MIDIEventList is at least {header} bytes, got {len(raw)}")
    storage = ffi.new("char[]", max(len(raw), ffi.sizeof("MIDIEventList")))
    ffi.memmove(storage, raw, len(raw))
    call("MusicDeviceMIDIEventList", unit_arg(unit), u32(offset, "offset"),
         ffi.cast("const struct MIDIEventList *", storage))


def music_device_start_note(unit: int, pitch: float, velocity: float, *, group: int = 0,
                            instrument: int = USE_GROUP_INSTRUMENT, offset: int = 0,
                            controls: Sequence[tuple[int, float]] = ()) -> int:
    """``MusicDeviceStartNote``: start a note with fractional pitch and velocity.

    Parameters
    ----------
    pitch : float
        MIDI note number, fractional for microtones (60.5 = a quarter tone above middle C).
    velocity : float
        0..127.
    group : int
        The group (MIDI channel for most synths).
    instrument : int
        ``kMusicNoteEvent_UseGroupInstrument`` (default) or an instrument ID.
    controls : sequence of (parameter_id, value)
        Extra per-note controls (``NoteParamsControlValue``).

    Returns
    -------
    int
        The ``NoteInstanceID`` to give :func:`music_device_stop_note`.

    Example
    -------
    >>> note = capi.music_device_start_note(synth, 60.0, 100.0)   # doctest: +SKIP
    >>> capi.music_device_stop_note(synth, note)                  # doctest: +SKIP
    """
    ctrls = list(controls)
    size = ffi.offsetof("MusicDeviceNoteParams", "mControls") + \
        max(len(ctrls), 1) * ffi.sizeof("NoteParamsControlValue")
    storage = ffi.new("char[]", size)
    params = ffi.cast("MusicDeviceNoteParams *", storage)
    params.argCount = 2 + len(ctrls)
    params.mPitch = float(pitch)
    params.mVelocity = float(velocity)
    items = ffi.cast("NoteParamsControlValue *", ffi.addressof(params.mControls[0]))
    for i, (pid, value) in enumerate(ctrls):
        items[i].mID = u32(pid, "control parameter id")
        items[i].mValue = float(value)
    out = ffi.new("NoteInstanceID *")
    call("MusicDeviceStartNote", unit_arg(unit), u32(instrument, "instrument"), u32(group, "group"),
         out, u32(offset, "offset"), params)
    return int(out[0])


def music_device_stop_note(unit: int, note: int, *, group: int = 0, offset: int = 0) -> None:
    """``MusicDeviceStopNote``: stop a note started by :func:`music_device_start_note`.

    Example
    -------
    >>> capi.music_device_stop_note(synth, note)   # doctest: +SKIP
    """
    call("MusicDeviceStopNote", unit_arg(unit), u32(group, "group"), u32(note, "note"),
         u32(offset, "offset"))


def music_device_prepare_instrument(unit: int, instrument: int) -> None:
    """``MusicDevicePrepareInstrument`` (deprecated since macOS 10.5): load an instrument.

    Example
    -------
    >>> capi.music_device_prepare_instrument(synth, 0)   # doctest: +SKIP
    """
    call("MusicDevicePrepareInstrument", unit_arg(unit), u32(instrument, "instrument"))


def music_device_release_instrument(unit: int, instrument: int) -> None:
    """``MusicDeviceReleaseInstrument`` (deprecated since macOS 10.5): unload an instrument.

    Example
    -------
    >>> capi.music_device_release_instrument(synth, 0)   # doctest: +SKIP
    """
    call("MusicDeviceReleaseInstrument", unit_arg(unit), u32(instrument, "instrument"))
