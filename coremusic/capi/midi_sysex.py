"""System-exclusive messages across MIDI 1.0 packets and packet lists: split and reassemble.

CoreMIDI delivers a long sysex in pieces -- several packets, often over
several read-proc calls -- and a sender may have to split one into packets of
a bounded size.  :func:`split_sysex` cuts one message into chunks,
:class:`SysexAssembler` reassembles them from a stream of packets (one per
source), :func:`join_sysex` is its strict one-list form.

Example
-------
>>> from coremusic.capi.midi_sysex import join_sysex, split_sysex
>>> chunks = split_sysex(b"\\xf0" + bytes(5) + b"\\xf7", 3)
>>> join_sysex([(i, c) for i, c in enumerate(chunks)])
[Packet(timestamp=0, data=b'\\xf0\\x00\\x00\\x00\\x00\\x00\\xf7')]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from coremusic.capi._toolbox import int_arg
from coremusic.capi.midi_packets import MAX_PACKET_DATA, Packet, _packets_arg

__all__ = ["SysexAssembler", "join_sysex", "split_sysex"]


def split_sysex(message: bytes | bytearray | memoryview, max_length: int = 256) -> list[bytes]:
    """Split one system-exclusive message (``F0 ... F7``) into chunks of at most ``max_length``
    bytes, for consecutive packets; :func:`join_sysex` reverses it.

    Example
    -------
    >>> split_sysex(b"\\xf0" + bytes(5) + b"\\xf7", 3)
    [b'\\xf0\\x00\\x00', b'\\x00\\x00\\x00', b'\\xf7']
    """
    if isinstance(message, str) or not isinstance(message, (bytes, bytearray, memoryview)):
        raise TypeError(f"message must be bytes, not {type(message).__name__}")
    raw = bytes(message)
    size = int_arg(max_length, "max_length", 1, MAX_PACKET_DATA)
    if len(raw) < 2 or raw[0] != 0xF0 or raw[-1] != 0xF7:
        raise ValueError("a system-exclusive message starts with 0xF0 and ends with 0xF7")
    bad = [b for b in raw[1:-1] if b > 0x7F]
    if bad:
        raise ValueError(f"a system-exclusive body holds 7-bit data bytes only, found 0x{bad[0]:02X}")
    return [raw[i:i + size] for i in range(0, len(raw), size)]


class SysexAssembler:
    """Reassemble system-exclusive messages split across packets *and* packet lists.

    CoreMIDI delivers a long sysex in pieces, possibly over several read-proc
    calls: feed every received list's packets, in order, to one assembler per
    source.  A packet starting with ``0xF0`` and not ending with ``0xF7``
    opens a message; the following packets are appended until one ends with
    ``0xF7``; the merged packet keeps the first packet's timestamp.
    Real-time bytes (``0xF8``-``0xFF``) arriving alone between chunks pass
    through.  A message interrupted by another status byte is moved to
    :attr:`abandoned` (its bytes, nothing is silently dropped) and the
    interrupting packet is handled normally.  Timeouts are the caller's:
    check :attr:`pending_since` and call :meth:`abandon` to give up on a
    message whose ``0xF7`` never came.

    Attributes
    ----------
    abandoned : list of bytes
        Interrupted or abandoned partial messages, oldest first.

    Example
    -------
    >>> asm = SysexAssembler()
    >>> asm.feed([(1, b"\\xf0\\x01")]), asm.pending_bytes
    ([], 2)
    >>> asm.feed([(2, b"\\xf8"), (3, b"\\x02\\xf7")])
    [Packet(timestamp=2, data=b'\\xf8'), Packet(timestamp=1, data=b'\\xf0\\x01\\x02\\xf7')]
    """

    def __init__(self) -> None:
        self._stamp: int | None = None
        self._parts: list[bytes] = []
        self.abandoned: list[bytes] = []

    @property
    def pending_since(self) -> int | None:
        """The timestamp of the open message's first packet (``None`` when none is open)."""
        return self._stamp

    @property
    def pending_bytes(self) -> int:
        """How many bytes of an open message are held."""
        return sum(map(len, self._parts))

    def abandon(self) -> bytes:
        """Give up the open message (a timeout): its bytes, also kept in :attr:`abandoned`.

        Example
        -------
        >>> asm = SysexAssembler(); _ = asm.feed([(0, b"\\xf0\\x01")])
        >>> asm.abandon(), asm.pending_since
        (b'\\xf0\\x01', None)
        """
        partial = b"".join(self._parts)
        if self._stamp is not None:
            self.abandoned.append(partial)
        self._stamp, self._parts = None, []
        return partial

    def feed(self, packets: Iterable[Any]) -> list[Packet]:
        """The complete packets (sysex merged) that ``packets`` finish, in order.

        Example
        -------
        >>> SysexAssembler().feed([(0, b"\\x90\\x3c\\x64")])
        [Packet(timestamp=0, data=b'\\x90<d')]
        """
        out: list[Packet] = []
        for stamp, data in _packets_arg(packets):
            if self._stamp is not None:
                if data and all(b >= 0xF8 for b in data):  # real-time bytes interleaved in a sysex
                    out.append(Packet(stamp, data))
                    continue
                body = data[:-1] if data[-1:] == b"\xf7" else data
                if not any(b > 0x7F for b in body):
                    self._parts.append(data)
                    if data[-1:] == b"\xf7":
                        out.append(Packet(self._stamp, b"".join(self._parts)))
                        self._stamp, self._parts = None, []
                    continue
                self.abandon()  # interrupted by a status byte: handle this packet normally
            if data[:1] == b"\xf0" and data[-1:] != b"\xf7":
                self._stamp, self._parts = stamp, [data]
            else:
                out.append(Packet(stamp, data))
        return out

    def __repr__(self) -> str:
        state = f"{self.pending_bytes} bytes pending since {self._stamp}" if self._stamp is not None else "idle"
        return f"<SysexAssembler {state}, {len(self.abandoned)} abandoned>"


def join_sysex(packets: Iterable[Any]) -> list[Packet]:
    """Merge system-exclusive messages split across consecutive packets of one list
    (strict, one-shot :class:`SysexAssembler`).

    Raises
    ------
    ValueError
        When a sysex is interrupted by another status byte, or the packets
        end before its ``0xF7`` (use :class:`SysexAssembler` across lists).

    Example
    -------
    >>> join_sysex([(1, b"\\xf0\\x01"), (2, b"\\x02"), (3, b"\\x03\\xf7"), (4, b"\\xf8")])
    [Packet(timestamp=1, data=b'\\xf0\\x01\\x02\\x03\\xf7'), Packet(timestamp=4, data=b'\\xf8')]
    """
    assembler = SysexAssembler()
    out = assembler.feed(packets)
    if assembler.abandoned:
        raise ValueError(f"a system-exclusive message was interrupted by a status byte after "
                         f"{len(assembler.abandoned[0])} bytes")
    if assembler.pending_since is not None:
        raise ValueError(f"unterminated system-exclusive message ({assembler.pending_bytes} bytes, no 0xF7)")
    return out
