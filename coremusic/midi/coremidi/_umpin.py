"""MIDI 2.0 / UMP input: received Universal MIDI Packets and their decoder.

A port or virtual destination created with ``protocol=1`` or ``protocol=2``
receives CoreMIDI's ``MIDIEventList`` through a hand-built block (see
:mod:`coremusic.capi.midi_blocks`).  The event list is copied into the port's
bounded input queue on CoreMIDI's thread; the port's dispatcher thread decodes
it here into one :class:`ReceivedUMP` per Universal MIDI Packet, in arrival
order, with the MIDI 1.0 translation of the packet (protocol conversion by
:func:`coremusic.midi.ump.from_ump`) where one exists.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from coremusic import capi
from coremusic.midi.coremidi._common import (
    IncompleteSysexError,
    MIDIInputError,
    host_time_to_seconds,
)
from coremusic.midi.messages import MIDIMessage
from coremusic.midi.ump import UMPWords, from_ump, ump_words

if TYPE_CHECKING:
    from coremusic.midi.coremidi.endpoints import MIDISource

__all__ = ["ReceivedUMP", "UMPDecoder"]


@dataclass(frozen=True, slots=True)
class ReceivedUMP:
    """One received Universal MIDI Packet with its time, origin and MIDI 1.0 translation.

    Attributes
    ----------
    words : tuple of int
        The packet's 32-bit words (1 to 4, by message type).
    host_time : int
        CoreMIDI's time stamp of the event packet it came in (host ticks; 0 = "now").
    timestamp : float
        ``host_time`` in seconds on the host clock.
    source : MIDISource or None
        The source it came from (``None`` for a virtual destination).
    protocol : int
        The event list's protocol (1: MIDI 1.0 UMP, 2: MIDI 2.0).
    message : MIDIMessage or None
        The MIDI 1.0 message this packet translates to (MIDI 2.0 voice messages
        scaled down; a UMP sysex on the packet that completes it, reassembled);
        ``None`` for packets without a MIDI 1.0 equivalent (utility, per-note
        controllers, a sysex start/continue, data messages ...).

    Example
    -------
    >>> r = ReceivedUMP((0x40903C00, 0xC9240000), 0, 0.0, None, 2, MIDIMessage.note_on(60, 100))
    >>> r.message_type, r.group, r.message.note
    (4, 0, 60)
    """

    words: UMPWords
    host_time: int
    timestamp: float
    source: MIDISource | None
    protocol: int
    message: MIDIMessage | None = None

    @property
    def message_type(self) -> int:
        """The UMP message type (the first word's top nibble).

        Example
        -------
        >>> ReceivedUMP((0x20903C64,), 0, 0.0, None, 1).message_type
        2
        """
        return self.words[0] >> 28

    @property
    def group(self) -> int:
        """The UMP group (0-15).

        Example
        -------
        >>> ReceivedUMP((0x23903C64,), 0, 0.0, None, 1).group
        3
        """
        return (self.words[0] >> 24) & 0x0F

    def __repr__(self) -> str:
        words = " ".join(f"{w:08X}" for w in self.words)
        return (f"ReceivedUMP([{words}], host_time={self.host_time}, protocol={self.protocol}, "
                f"message={self.message!r})")


def _raw(words: Iterable[int]) -> bytes:
    flat = [w & 0xFFFFFFFF for w in words]
    return struct.pack(f">{len(flat)}I", *flat)


def _sysex_data(packets: list[UMPWords]) -> bytes:
    """The bytes of unfinished sysex7 packets, as a MIDI 1.0 message start (``F0 ...``)."""
    data = bytearray(b"\xf0")
    for w0, w1 in packets:
        count = min((w0 >> 16) & 0x0F, 6)
        data += ((w0 & 0xFFFF).to_bytes(2, "big") + w1.to_bytes(4, "big"))[:count]
    return bytes(data)


class UMPDecoder:
    """Copied event lists -> :class:`ReceivedUMP` values (and :class:`MIDIInputError` items
    for corrupt lists, packets cut short, sysex continue/end without a start, and
    fields out of range).  UMP sysex is reassembled per connection and group;
    a sysex start that interrupts another one reports the first as
    :class:`IncompleteSysexError`.  ``ignore`` drops packets whose MIDI 1.0
    translation has one of those types.

    Example
    -------
    >>> dec = UMPDecoder(lambda ref: None)
    >>> raw = capi.copy_event_list(capi.pack_event_list(2, [(0, (0x40903C00, 0xC9240000))]))
    >>> dec.decode(raw, 0)[0].message                                   # doctest: +SKIP
    MIDIMessage('note_on', channel=0, note=60, velocity=100)
    """

    def __init__(self, sources: Callable[[int], Any], ignore: Iterable[str] = ()) -> None:
        self._sources = sources
        self.ignore = frozenset(ignore)
        self._sysex: dict[tuple[int, int], list[UMPWords]] = {}

    def _sysex_message(self, key: tuple[int, int], packet: UMPWords) -> MIDIMessage | str | None:
        """Feed one sysex7 packet; the completed message, None, or an error text."""
        status = (packet[0] >> 20) & 0x0F
        if status == 0:
            return from_ump([packet])[0]
        if status == 1:
            self._sysex[key] = [packet]
            return None
        if status in (2, 3):
            pending = self._sysex.get(key)
            if pending is None:
                return f"UMP sysex {'continue' if status == 2 else 'end'} packet without a start in group {key[1]}"
            pending.append(packet)
            if status == 2:
                return None
            del self._sysex[key]
            return from_ump(pending)[0]
        return f"UMP sysex packet with unknown status {status}"

    def decode(self, raw: bytes, ref: int) -> list[ReceivedUMP | MIDIInputError]:
        """Decode one copied ``MIDIEventList`` received through connection ``ref``.

        Example
        -------
        >>> UMPDecoder(lambda ref: None).decode(b"", 0)[0]                 # doctest: +SKIP
        MIDIInputError('corrupt event list: ...')
        """
        source = self._sources(ref)
        try:
            protocol, packets = capi.parse_event_list_bytes(raw)
        except ValueError as exc:
            return [MIDIInputError(f"corrupt event list: {exc}", bytes(raw), 0, source)]
        out: list[ReceivedUMP | MIDIInputError] = []
        for stamp, words in packets:
            seconds = host_time_to_seconds(stamp)
            try:
                umps = ump_words(words)
            except ValueError as exc:
                out.append(MIDIInputError(str(exc), _raw(words), stamp, source))
                continue
            for packet in umps:
                message: MIDIMessage | str | None
                try:
                    if packet[0] >> 28 == 0x3:
                        key = (ref, (packet[0] >> 24) & 0x0F)
                        if (packet[0] >> 20) & 0x0F == 1 and key in self._sysex:
                            partial = _sysex_data(self._sysex.pop(key))
                            out.append(IncompleteSysexError("UMP sysex interrupted by another start",
                                                            partial, stamp, source))
                        message = self._sysex_message(key, packet)
                    else:
                        found = from_ump([packet])
                        message = found[0] if found else None
                except ValueError as exc:
                    message = str(exc)
                if isinstance(message, str):
                    out.append(MIDIInputError(message, _raw(packet), stamp, source))
                    continue
                if message is not None and message.type in self.ignore:
                    continue
                out.append(ReceivedUMP(packet, stamp, seconds, source, protocol, message))
        return out
