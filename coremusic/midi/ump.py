"""Universal MIDI Packet (UMP) <-> MIDI 1.0 byte-stream translation.

Covers the common cases of the UMP specification:

* message type 0x1, system common / real-time (one 32-bit word);
* message type 0x2, MIDI 1.0 channel voice (one word);
* message type 0x3, 7-bit system exclusive data (two words per packet of up
  to 6 data bytes: complete, start, continue, end);
* message type 0x4, MIDI 2.0 channel voice (two words), with the standard
  min-centre-max bit-repeat up-scaling of velocity, controller values,
  pressure and pitch bend, and plain shifts for down-scaling, so that
  MIDI 1.0 -> 2.0 -> 1.0 is exact.

Words are Python ints (0 .. 2**32-1); a packet is a tuple of words.

Example
-------
>>> from coremusic.midi.messages import MIDIMessage
>>> to_ump(MIDIMessage.note_on(60, 100))
[(0x20903c64,)]
>>> [hex(w) for w in to_ump(MIDIMessage.note_on(60, 100), midi2=True)[0]]
['0x40903c00', '0xc9240000']
>>> from_ump(to_ump(MIDIMessage.note_on(60, 100), midi2=True))
[MIDIMessage('note_on', channel=0, note=60, velocity=100)]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

from coremusic.midi.messages import MIDIMessage

__all__ = ["UMPWords", "from_ump", "scale_down", "scale_up", "to_ump", "ump_words"]

#: one packet: a tuple of 32-bit words
UMPWords = tuple[int, ...]

# words per packet for each message type (UMP specification table)
_PACKET_WORDS: Final = (1, 1, 1, 2, 2, 4, 1, 1, 2, 2, 2, 3, 3, 4, 4, 4)


class _HexInt(int):
    """An int that reprs in hex (for readable packets in docs and the REPL)."""

    def __repr__(self) -> str:
        return f"{int(self):#010x}"


def scale_up(value: int, src_bits: int, dst_bits: int) -> int:
    """Up-scale with the UMP min-centre-max rule (bit repeat above the centre).

    Example
    -------
    >>> scale_up(64, 7, 16), scale_up(127, 7, 16), scale_up(0, 7, 16)
    (32768, 65535, 0)
    """
    if not 0 <= value < (1 << src_bits):
        raise ValueError(f"value {value} does not fit {src_bits} bits")
    scale = dst_bits - src_bits
    shifted = value << scale
    center = 1 << (src_bits - 1)
    if value <= center:
        return shifted
    repeat_bits = src_bits - 1
    repeat = value & ((1 << repeat_bits) - 1)
    repeat = repeat << (scale - repeat_bits) if scale > repeat_bits else repeat >> (repeat_bits - scale)
    while repeat:
        shifted |= repeat
        repeat >>= repeat_bits
    return shifted


def scale_down(value: int, src_bits: int, dst_bits: int) -> int:
    """Down-scale by dropping the low bits.

    Example
    -------
    >>> scale_down(65535, 16, 7), scale_down(0x80000000, 32, 14)
    (127, 8192)
    """
    if not 0 <= value < (1 << src_bits):
        raise ValueError(f"value {value} does not fit {src_bits} bits")
    return value >> (src_bits - dst_bits)


def to_ump(message: MIDIMessage, group: int = 0, *, midi2: bool = False) -> list[UMPWords]:
    """Translate one message into UMP packets.

    Parameters
    ----------
    message : MIDIMessage
        Any message; sysex becomes as many type-3 packets as needed.
    group : int
        UMP group 0..15.
    midi2 : bool
        Encode channel voice messages as MIDI 2.0 (type 4) instead of
        MIDI 1.0 (type 2).  A MIDI 1.0 note on with velocity 0 becomes a
        MIDI 2.0 note off (velocity 0x8000), as the translation rules ask.

    Example
    -------
    >>> [[hex(w) for w in p] for p in to_ump(MIDIMessage.sysex(b"\\x01\\x02"), group=1)]
    [['0x31020102', '0x0']]
    """
    if not 0 <= group <= 15:
        raise ValueError(f"UMP group must be 0..15, got {group}")
    raw = message.bytes()
    s = raw[0]
    if s == 0xF0:
        return _sysex_packets(raw[1:-1], group)
    if s >= 0xF0:
        b1 = raw[1] if len(raw) > 1 else 0
        b2 = raw[2] if len(raw) > 2 else 0
        return [(_HexInt(0x10000000 | group << 24 | s << 16 | b1 << 8 | b2),)]
    b1 = raw[1]
    b2 = raw[2] if len(raw) > 2 else 0
    if not midi2:
        return [(_HexInt(0x20000000 | group << 24 | s << 16 | b1 << 8 | b2),)]
    hi = s & 0xF0
    ch = s & 0x0F
    head = 0x40000000 | group << 24
    if hi == 0x90 and b2 == 0:
        hi = 0x80
        velocity16 = 0x8000
        return [(_HexInt(head | (hi | ch) << 16 | b1 << 8), _HexInt(velocity16 << 16))]
    if hi in (0x80, 0x90):
        return [(_HexInt(head | (hi | ch) << 16 | b1 << 8), _HexInt(scale_up(b2, 7, 16) << 16))]
    if hi in (0xA0, 0xB0):
        return [(_HexInt(head | s << 16 | b1 << 8), _HexInt(scale_up(b2, 7, 32)))]
    if hi == 0xC0:
        return [(_HexInt(head | s << 16), _HexInt(b1 << 24))]
    if hi == 0xD0:
        return [(_HexInt(head | s << 16), _HexInt(scale_up(b1, 7, 32)))]
    value14 = b1 | b2 << 7
    return [(_HexInt(head | s << 16), _HexInt(scale_up(value14, 14, 32)))]


def _sysex_packets(data: bytes, group: int) -> list[UMPWords]:
    chunks = [data[i : i + 6] for i in range(0, len(data), 6)] or [b""]
    out: list[UMPWords] = []
    last = len(chunks) - 1
    for i, chunk in enumerate(chunks):
        status = 0 if last == 0 else (1 if i == 0 else (3 if i == last else 2))
        padded = chunk + bytes(6 - len(chunk))
        w0 = 0x30000000 | group << 24 | status << 20 | len(chunk) << 16 | padded[0] << 8 | padded[1]
        w1 = int.from_bytes(padded[2:6], "big")
        out.append((_HexInt(w0), _HexInt(w1)))
    return out


def ump_words(words: Iterable[int]) -> list[UMPWords]:
    """Split a flat stream of 32-bit words into packets by message type.

    Raises
    ------
    ValueError
        A word out of range or a stream that ends inside a packet.

    Example
    -------
    >>> ump_words([0x20903C64, 0x40903C00, 0xC9240000])
    [(546323556,), (1083194368, 3374579712)]
    """
    flat = list(words)
    out: list[UMPWords] = []
    i = 0
    while i < len(flat):
        w = flat[i]
        if not 0 <= w <= 0xFFFFFFFF:
            raise ValueError(f"UMP word {w!r} at index {i} is not a 32-bit value")
        n = _PACKET_WORDS[w >> 28]
        if i + n > len(flat):
            raise ValueError(f"UMP stream ends inside a {n}-word packet starting at index {i}")
        out.append(tuple(flat[i : i + n]))
        i += n
    return out


def from_ump(packets: Iterable[Sequence[int]]) -> list[MIDIMessage]:
    """Translate UMP packets (types 1, 2, 3, 4) into MIDI 1.0 messages.

    Sysex packets are reassembled (start/continue/end per group).  Other
    message types (utility, MIDI 2.0-only messages such as per-note
    controllers, data messages) have no MIDI 1.0 equivalent and are skipped.

    Raises
    ------
    ValueError
        Wrong packet sizes, a sysex continue/end without a start, or a
        field that decodes out of range.

    Example
    -------
    >>> from_ump([(0x10F80000,), (0x20B00740,)])
    [MIDIMessage('clock'), MIDIMessage('control_change', channel=0, control=7, value=64)]
    """
    out: list[MIDIMessage] = []
    pending: dict[int, bytearray] = {}
    for packet in packets:
        words = tuple(packet)
        if not words:
            raise ValueError("empty UMP packet")
        w0 = words[0]
        mt = w0 >> 28
        if len(words) != _PACKET_WORDS[mt]:
            raise ValueError(f"UMP type {mt:#x} packet needs {_PACKET_WORDS[mt]} words, got {len(words)}")
        group = (w0 >> 24) & 0x0F
        if mt == 0x1:
            s = (w0 >> 16) & 0xFF
            raw = bytes((s, (w0 >> 8) & 0x7F, w0 & 0x7F))
            n = {0xF1: 1, 0xF3: 1, 0xF2: 2}.get(s, 0)
            out.append(MIDIMessage.from_bytes(raw[: n + 1]))
        elif mt == 0x2:
            s = (w0 >> 16) & 0xFF
            n = 1 if s & 0xE0 == 0xC0 else 2
            out.append(MIDIMessage.from_bytes(bytes((s, (w0 >> 8) & 0xFF, w0 & 0xFF))[: n + 1]))
        elif mt == 0x3:
            status = (w0 >> 20) & 0x0F
            count = (w0 >> 16) & 0x0F
            if count > 6:
                raise ValueError(f"sysex7 packet claims {count} bytes (max 6)")
            data = (w0 & 0xFFFF).to_bytes(2, "big") + words[1].to_bytes(4, "big")
            chunk = data[:count]
            if status == 0:
                out.append(MIDIMessage.sysex(chunk))
            elif status == 1:
                pending[group] = bytearray(chunk)
            elif status in (2, 3):
                if group not in pending:
                    raise ValueError(f"sysex7 continue/end packet without a start in group {group}")
                pending[group] += chunk
                if status == 3:
                    out.append(MIDIMessage.sysex(bytes(pending.pop(group))))
            else:
                raise ValueError(f"sysex7 packet with unknown status {status}")
        elif mt == 0x4:
            msg = _midi2_voice(w0, words[1])
            if msg is not None:
                out.append(msg)
    return out


def _midi2_voice(w0: int, w1: int) -> MIDIMessage | None:
    hi = (w0 >> 16) & 0xF0
    ch = (w0 >> 16) & 0x0F
    idx = (w0 >> 8) & 0x7F
    if hi in (0x80, 0x90):
        vel = scale_down(w1 >> 16, 16, 7)
        if hi == 0x90:
            return MIDIMessage.note_on(idx, max(vel, 1), ch)
        return MIDIMessage.note_off(idx, vel, ch)
    if hi == 0xA0:
        return MIDIMessage.poly_aftertouch(idx, scale_down(w1, 32, 7), ch)
    if hi == 0xB0:
        return MIDIMessage.control_change(idx, scale_down(w1, 32, 7), ch)
    if hi == 0xC0:
        return MIDIMessage.program_change((w1 >> 24) & 0x7F, ch)
    if hi == 0xD0:
        return MIDIMessage.channel_aftertouch(scale_down(w1, 32, 7), ch)
    if hi == 0xE0:
        return MIDIMessage.pitch_bend(scale_down(w1, 32, 14) - 8192, ch)
    return None
