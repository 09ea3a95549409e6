"""MIDIPacketList and MIDIEventList: variable-length packers, parsers and the C list builders.

Both lists are variable-length C structs.  ``MIDIPacketList`` holds
``numPackets`` packets of ``(timeStamp, length, data[length])``; the next
packet starts right after ``data[length]``, rounded up to a 4-byte address on
ARM (arm64), and unaligned on x86_64 -- the SDK's ``MIDIPacketNext`` rule.
``MIDIEventList`` holds ``protocol``, ``numPackets`` and packets of
``(timeStamp, wordCount, words[wordCount])`` (Universal MIDI Packet words);
the next event packet starts at ``&words[wordCount]`` on every architecture
(``MIDIEventPacketNext``).  The SDK packs both packet structs to 4 bytes, so
the 64-bit ``timeStamp`` is declared as two ``UInt32`` (low word first):
:func:`packet_timestamp` / :func:`set_packet_timestamp` read and write it.

Lists are allocated by their computed byte size (never a fixed 256-byte
struct) and walked by pointer, never copied by value.  Packing and parsing
here are plain Python over cffi structs; :func:`midi_packet_list_add` and
friends call CoreMIDI's own builders.

The architecture rule is picked from the running machine (``arm64`` unless the
machine is x86); every function taking ``arch`` accepts ``'arm64'`` or
``'x86_64'`` to force one.

Example
-------
>>> from coremusic.capi import midi_packets as mp
>>> plist = mp.pack_packet_list([(0, b"\\x90\\x3c\\x64"), (480, b"\\x80\\x3c\\x00")])
>>> [tuple(p) for p in mp.parse_packet_list(plist)]
[(0, b'\\x90<d'), (480, b'\\x80<\\x00')]
"""

from __future__ import annotations

import platform
from collections.abc import Iterable, Sequence
from typing import Any, Literal, NamedTuple

from coremusic._ffi import ffi, lib
from coremusic.capi import cf
from coremusic.capi._base import call
from coremusic.capi._toolbox import int_arg

__all__ = [
    "EventPacket",
    "Packet",
    "copy_event_list",
    "copy_packet_list",
    "event_list_byte_size",
    "midi_event_list_add",
    "midi_event_list_for_each_event",
    "midi_event_list_init",
    "midi_event_packet_next",
    "midi_event_packet_sysex_bytes_for_group",
    "midi_packet_list_add",
    "midi_packet_list_init",
    "midi_packet_next",
    "new_event_list",
    "new_packet_list",
    "pack_event_list",
    "pack_packet_list",
    "packet_list_byte_size",
    "packet_rule",
    "packet_timestamp",
    "parse_event_list",
    "parse_event_list_bytes",
    "parse_packet_list",
    "parse_packet_list_bytes",
    "set_packet_timestamp",
]

Arch = Literal["arm64", "x86_64"]

_PACKET_LIST_HEADER = 4  # offsetof(MIDIPacketList, packet)
_PACKET_HEADER = 10  # offsetof(MIDIPacket, data): timeStamp (8) + length (2)
_EVENT_LIST_HEADER = 8  # offsetof(MIDIEventList, packet)
_EVENT_PACKET_HEADER = 12  # offsetof(MIDIEventPacket, words): timeStamp (8) + wordCount (4)
MAX_PACKET_DATA = 0xFFFF  # MIDIPacket.length is a UInt16
MAX_EVENT_WORDS = 64  # MIDIEventPacket.words capacity
_U64_MAX = 2**64 - 1


class Packet(NamedTuple):
    """One ``MIDIPacket``: host-time ``timestamp`` (0 = now) and the MIDI 1.0 bytes.

    Example
    -------
    >>> Packet(0, b"\\xf8")
    Packet(timestamp=0, data=b'\\xf8')
    """

    timestamp: int
    data: bytes


class EventPacket(NamedTuple):
    """One ``MIDIEventPacket``: host-time ``timestamp`` and its 32-bit UMP ``words``.

    Example
    -------
    >>> EventPacket(0, (0x20903C64,))
    EventPacket(timestamp=0, words=(546323556,))
    """

    timestamp: int
    words: tuple[int, ...]


# ------------------------------------------------------------------ architecture rule


def packet_rule(arch: str | None = None) -> Arch:
    """The ``MIDIPacketNext`` rule in force: ``'arm64'`` (4-byte aligned packets) or ``'x86_64'``.

    Parameters
    ----------
    arch : str, optional
        ``'arm64'``/``'aarch64'``/``'arm'`` or ``'x86_64'``/``'i386'``/``'amd64'``;
        default: the running machine (``arm64`` for anything not x86).

    Example
    -------
    >>> packet_rule("x86_64"), packet_rule("aarch64")
    ('x86_64', 'arm64')
    """
    name = (platform.machine() if arch is None else arch)
    if not isinstance(name, str):
        raise TypeError(f"arch must be a str, not {type(name).__name__}")
    low = name.lower()
    if low in ("x86_64", "amd64", "i386", "i686", "x86"):
        return "x86_64"
    if arch is not None and low not in ("arm64", "aarch64", "arm", "armv7", "arm64e"):
        raise ValueError(f"unknown architecture {arch!r}: use 'arm64' or 'x86_64'")
    return "arm64"


def _next_packet(address: int, rule: Arch) -> int:
    """The address after a packet's data ending at ``address``, per ``MIDIPacketNext``."""
    return (address + 3) & ~3 if rule == "arm64" else address


def midi_packet_next(pkt: Any, arch: str | None = None) -> Any:
    """``MIDIPacketNext``: the ``MIDIPacket *`` after ``pkt`` (SDK inline, not exported).

    Example
    -------
    >>> plist = pack_packet_list([(0, b"\\x90\\x3c\\x64"), (1, b"\\xf8")], "arm64")
    >>> second = midi_packet_next(ffi.addressof(plist.packet[0]), "arm64")
    >>> second.length, int(ffi.cast("uintptr_t", second)) - int(ffi.cast("uintptr_t", plist))
    (1, 20)
    """
    if not isinstance(pkt, ffi.CData) or ffi.typeof(pkt) is not ffi.typeof("MIDIPacket *") or pkt == ffi.NULL:
        raise TypeError(f"pkt must be a non-NULL MIDIPacket *, not {pkt!r}")
    end = _address(pkt) + _PACKET_HEADER + int(pkt.length)
    return ffi.cast("MIDIPacket *", _next_packet(end, packet_rule(arch)))


def midi_event_packet_next(pkt: Any) -> Any:
    """``MIDIEventPacketNext``: the ``MIDIEventPacket *`` after ``pkt`` (``&words[wordCount]``).

    Example
    -------
    >>> elist = pack_event_list(2, [(0, (1, 2)), (0, (3,))])
    >>> midi_event_packet_next(ffi.addressof(elist.packet[0])).wordCount
    1
    """
    if not isinstance(pkt, ffi.CData) or ffi.typeof(pkt) is not ffi.typeof("MIDIEventPacket *") or pkt == ffi.NULL:
        raise TypeError(f"pkt must be a non-NULL MIDIEventPacket *, not {pkt!r}")
    return ffi.cast("MIDIEventPacket *", _address(pkt) + _EVENT_PACKET_HEADER + 4 * int(pkt.wordCount))


# ------------------------------------------------------------------ timestamps


def packet_timestamp(packet: Any) -> int:
    """The 64-bit ``MIDITimeStamp`` of a ``MIDIPacket *`` or ``MIDIEventPacket *``.

    Example
    -------
    >>> p = ffi.new("MIDIPacket *")
    >>> set_packet_timestamp(p, 2**40 + 5)
    >>> packet_timestamp(p)
    1099511627781
    """
    stamp = packet.timeStamp
    return int(stamp[0]) | (int(stamp[1]) << 32)


def set_packet_timestamp(packet: Any, value: int) -> None:
    """Write a 64-bit ``MIDITimeStamp`` into a packet's two ``UInt32`` words (low word first).

    Example
    -------
    >>> p = ffi.new("MIDIEventPacket *")
    >>> set_packet_timestamp(p, 7)
    >>> list(p.timeStamp)
    [7, 0]
    """
    value = int_arg(value, "timestamp", 0, _U64_MAX)
    packet.timeStamp[0] = value & 0xFFFFFFFF
    packet.timeStamp[1] = value >> 32


def _address(pointer: Any) -> int:
    return int(ffi.cast("uintptr_t", pointer))


# ------------------------------------------------------------------ MIDIPacketList


def _packets_arg(packets: Iterable[Any]) -> list[Packet]:
    out: list[Packet] = []
    for i, item in enumerate(packets):
        try:
            stamp, data = item
        except (TypeError, ValueError):
            raise TypeError(f"packet {i} must be a (timestamp, bytes) pair, got {item!r}") from None
        stamp = int_arg(stamp, f"packet {i} timestamp", 0, _U64_MAX)
        if isinstance(data, str) or not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"packet {i} data must be bytes, not {type(data).__name__}")
        raw = bytes(data)
        if len(raw) > MAX_PACKET_DATA:
            raise ValueError(f"packet {i} holds {len(raw)} bytes; a MIDIPacket holds at most "
                             f"{MAX_PACKET_DATA} (split long sysex with coremusic.capi.midi_sysex.split_sysex)")
        out.append(Packet(stamp, raw))
    return out


def packet_list_byte_size(packets: Iterable[Any], arch: str | None = None) -> int:
    """The bytes a ``MIDIPacketList`` holding ``packets`` needs (exact, padding included).

    Parameters
    ----------
    packets : iterable of ``(timestamp, bytes)``
    arch : str, optional
        The packet rule (see :func:`packet_rule`).

    Example
    -------
    >>> packet_list_byte_size([(0, b"\\x90\\x3c\\x64"), (0, b"\\xf8")], "arm64")
    31
    >>> packet_list_byte_size([(0, b"\\x90\\x3c\\x64"), (0, b"\\xf8")], "x86_64")
    28
    """
    rule = packet_rule(arch)
    end = offset = _PACKET_LIST_HEADER
    for packet in _packets_arg(packets):
        end = offset + _PACKET_HEADER + len(packet.data)
        offset = _next_packet(end, rule)
    return end


def new_packet_list(byte_size: int) -> Any:
    """A zeroed ``MIDIPacketList *`` of ``byte_size`` bytes (at least ``sizeof(MIDIPacketList)``).

    The returned cdata owns its memory; keep it alive while C uses the list.

    Example
    -------
    >>> plist = new_packet_list(1024)
    >>> len(ffi.buffer(plist)) >= 272, plist.numPackets
    (True, 0)
    """
    size = int_arg(byte_size, "byte_size", 0, 2**31)
    size = max(size, ffi.sizeof("MIDIPacketList"))
    storage = ffi.new("UInt32[]", (size + 3) // 4)
    return ffi.from_buffer("MIDIPacketList *", ffi.buffer(storage))


def pack_packet_list(packets: Iterable[Any], arch: str | None = None) -> Any:
    """A new ``MIDIPacketList *`` holding ``packets``, one ``MIDIPacket`` each, in order.

    The list is allocated by its computed size (:func:`packet_list_byte_size`)
    and laid out with the ``MIDIPacketNext`` rule of ``arch``.

    Parameters
    ----------
    packets : iterable of ``(timestamp, bytes)``
        ``timestamp`` a host time (0 = now), ``bytes`` up to 65535 MIDI bytes.
    arch : str, optional
        The packet rule (see :func:`packet_rule`).

    Example
    -------
    >>> plist = pack_packet_list([(0, b"\\xb0\\x07\\x64")])
    >>> plist.numPackets, bytes(plist.packet[0].data[0:3])
    (1, b'\\xb0\\x07d')
    """
    items = _packets_arg(packets)
    rule = packet_rule(arch)
    plist = new_packet_list(packet_list_byte_size(items, rule))
    base = _address(plist)
    address = base + _PACKET_LIST_HEADER
    for stamp, data in items:
        packet = ffi.cast("MIDIPacket *", address)
        set_packet_timestamp(packet, stamp)
        packet.length = len(data)
        if data:
            ffi.memmove(ffi.cast("Byte *", address + _PACKET_HEADER), data, len(data))
        address = _next_packet(address + _PACKET_HEADER + len(data), rule)
    plist.numPackets = len(items)
    return plist


def _walk_packets(plist: Any, rule: Arch) -> tuple[list[tuple[int, int, int]], int]:
    """(timestamp, data address, length) of every packet and the list's end offset."""
    base = _address(plist)
    address = base + _PACKET_LIST_HEADER
    found: list[tuple[int, int, int]] = []
    end = address
    for _ in range(int(plist.numPackets)):
        packet = ffi.cast("MIDIPacket *", address)
        length = int(packet.length)
        found.append((packet_timestamp(packet), address + _PACKET_HEADER, length))
        end = address + _PACKET_HEADER + length
        address = _next_packet(end, rule)
    return found, end - base


def parse_packet_list(plist: Any, arch: str | None = None) -> list[Packet]:
    """Every packet of a ``MIDIPacketList *`` (from C or :func:`pack_packet_list`), in order.

    Example
    -------
    >>> parse_packet_list(pack_packet_list([(5, b"\\xfa")]))
    [Packet(timestamp=5, data=b'\\xfa')]
    """
    if plist == ffi.NULL:
        raise ValueError("the MIDIPacketList pointer is NULL")
    found, _ = _walk_packets(plist, packet_rule(arch))
    return [Packet(stamp, bytes(ffi.buffer(ffi.cast("Byte *", at), n)) if n else b"")
            for stamp, at, n in found]


def copy_packet_list(plist: Any, arch: str | None = None) -> bytes:
    """The raw bytes of a ``MIDIPacketList *``: one walk over the headers and one copy.

    This is all a read proc should do on CoreMIDI's thread; parse the copy
    later with :func:`parse_packet_list_bytes`.

    Example
    -------
    >>> raw = copy_packet_list(pack_packet_list([(1, b"\\xf8")]))
    >>> len(raw), parse_packet_list_bytes(raw)
    (15, [Packet(timestamp=1, data=b'\\xf8')])
    """
    if plist == ffi.NULL:
        raise ValueError("the MIDIPacketList pointer is NULL")
    aligned = packet_rule(arch) == "arm64"
    base = _address(plist)
    address = end = base + _PACKET_LIST_HEADER
    for _ in range(plist.numPackets):  # headers only: the length of each packet
        end = address + _PACKET_HEADER + ffi.cast("MIDIPacket *", address).length
        address = (end + 3) & ~3 if aligned else end
    raw: bytes = ffi.buffer(ffi.cast("char *", base), end - base)[:]
    return raw


def _from_bytes(raw: Any, ctype: str, minimum: int) -> Any:
    if isinstance(raw, str) or not isinstance(raw, (bytes, bytearray, memoryview)):
        raise TypeError(f"expected the bytes of a {ctype}, not {type(raw).__name__}")
    data = bytes(raw)
    if len(data) < minimum:
        raise ValueError(f"{len(data)} bytes cannot hold a {ctype} header ({minimum} bytes)")
    size = max(len(data), ffi.sizeof(ctype))
    storage = ffi.new("UInt32[]", (size + 3) // 4)
    ffi.memmove(storage, data, len(data))
    return ffi.from_buffer(f"{ctype} *", ffi.buffer(storage)), len(data)


def parse_packet_list_bytes(raw: bytes | bytearray | memoryview, arch: str | None = None) -> list[Packet]:
    """Parse a copied ``MIDIPacketList`` (:func:`copy_packet_list`), checking every bound.

    Raises
    ------
    ValueError
        When a packet runs past the end of ``raw`` (truncated or corrupt data).

    Example
    -------
    >>> parse_packet_list_bytes(copy_packet_list(pack_packet_list([(0, b"\\xfc")])))
    [Packet(timestamp=0, data=b'\\xfc')]
    """
    plist, size = _from_bytes(raw, "MIDIPacketList", _PACKET_LIST_HEADER)
    rule = packet_rule(arch)
    base = _address(plist)
    offset = _PACKET_LIST_HEADER
    out: list[Packet] = []
    for i in range(int(plist.numPackets)):
        if offset + _PACKET_HEADER > size:
            raise ValueError(f"packet {i} header at byte {offset} runs past the {size}-byte list")
        packet = ffi.cast("MIDIPacket *", base + offset)
        length = int(packet.length)
        if offset + _PACKET_HEADER + length > size:
            raise ValueError(f"packet {i} ({length} bytes at byte {offset}) runs past the {size}-byte list")
        data = bytes(ffi.buffer(ffi.cast("Byte *", base + offset + _PACKET_HEADER), length)) if length else b""
        out.append(Packet(packet_timestamp(packet), data))
        offset = _next_packet(offset + _PACKET_HEADER + length, rule)
    return out


# ------------------------------------------------------------------ MIDIEventList


def _event_packets_arg(packets: Iterable[Any]) -> list[EventPacket]:
    out: list[EventPacket] = []
    for i, item in enumerate(packets):
        try:
            stamp, words = item
        except (TypeError, ValueError):
            raise TypeError(f"event packet {i} must be a (timestamp, words) pair, got {item!r}") from None
        stamp = int_arg(stamp, f"event packet {i} timestamp", 0, _U64_MAX)
        if isinstance(words, (str, bytes)) or not isinstance(words, Sequence):
            raise TypeError(f"event packet {i} words must be a sequence of UInt32, not {type(words).__name__}")
        checked = tuple(int_arg(w, f"event packet {i} word", 0, 0xFFFFFFFF) for w in words)
        if len(checked) > MAX_EVENT_WORDS:
            raise ValueError(f"event packet {i} holds {len(checked)} words; a MIDIEventPacket holds "
                             f"at most {MAX_EVENT_WORDS}")
        out.append(EventPacket(stamp, checked))
    return out


def event_list_byte_size(packets: Iterable[Any]) -> int:
    """The bytes a ``MIDIEventList`` holding ``packets`` (``(timestamp, words)``) needs.

    Example
    -------
    >>> event_list_byte_size([(0, (0x20903C64,)), (0, (0x40903C00, 0xFFFF0000))])
    44
    """
    return _EVENT_LIST_HEADER + sum(_EVENT_PACKET_HEADER + 4 * len(p.words)
                                    for p in _event_packets_arg(packets))


def new_event_list(byte_size: int) -> Any:
    """A zeroed ``MIDIEventList *`` of ``byte_size`` bytes (at least ``sizeof(MIDIEventList)``).

    Example
    -------
    >>> new_event_list(0).numPackets
    0
    """
    size = int_arg(byte_size, "byte_size", 0, 2**31)
    size = max(size, ffi.sizeof("MIDIEventList"))
    storage = ffi.new("UInt32[]", (size + 3) // 4)
    return ffi.from_buffer("MIDIEventList *", ffi.buffer(storage))


def _protocol_arg(protocol: Any) -> int:
    value = int_arg(protocol, "protocol", -(2**31), 2**31 - 1)
    if value not in (1, 2):
        raise ValueError(f"protocol must be 1 (kMIDIProtocol_1_0) or 2 (kMIDIProtocol_2_0), got {value}")
    return value


def pack_event_list(protocol: int, packets: Iterable[Any]) -> Any:
    """A new ``MIDIEventList *`` of ``protocol`` (1 = MIDI 1.0 UMP, 2 = MIDI 2.0) holding ``packets``.

    Example
    -------
    >>> elist = pack_event_list(2, [(0, (0x40903C00, 0xFFFF0000))])
    >>> elist.protocol, elist.packet[0].wordCount
    (2, 2)
    """
    proto = _protocol_arg(protocol)
    items = _event_packets_arg(packets)
    elist = new_event_list(event_list_byte_size(items))
    elist.protocol = proto
    address = _address(elist) + _EVENT_LIST_HEADER
    for stamp, words in items:
        packet = ffi.cast("MIDIEventPacket *", address)
        set_packet_timestamp(packet, stamp)
        packet.wordCount = len(words)
        if words:
            ffi.memmove(ffi.cast("UInt32 *", address + _EVENT_PACKET_HEADER), ffi.new("UInt32[]", words),
                        4 * len(words))
        address += _EVENT_PACKET_HEADER + 4 * len(words)
    elist.numPackets = len(items)
    return elist


def _event_packet_words(address: int, count: int) -> tuple[int, ...]:
    if not count:
        return ()
    return tuple(ffi.unpack(ffi.cast("UInt32 *", address + _EVENT_PACKET_HEADER), count))


def parse_event_list(elist: Any) -> tuple[int, list[EventPacket]]:
    """The protocol and every packet of a ``MIDIEventList *``, in order.

    Example
    -------
    >>> parse_event_list(pack_event_list(1, [(9, (0x20903C64,))]))
    (1, [EventPacket(timestamp=9, words=(546323556,))])
    """
    if elist == ffi.NULL:
        raise ValueError("the MIDIEventList pointer is NULL")
    address = _address(elist) + _EVENT_LIST_HEADER
    out: list[EventPacket] = []
    for _ in range(int(elist.numPackets)):
        packet = ffi.cast("MIDIEventPacket *", address)
        count = int(packet.wordCount)
        out.append(EventPacket(packet_timestamp(packet), _event_packet_words(address, count)))
        address += _EVENT_PACKET_HEADER + 4 * count
    return int(elist.protocol), out


def copy_event_list(elist: Any) -> bytes:
    """The raw bytes of a ``MIDIEventList *`` (one walk over the headers, one copy).

    Example
    -------
    >>> len(copy_event_list(pack_event_list(2, [(0, (1, 2))])))
    28
    """
    if elist == ffi.NULL:
        raise ValueError("the MIDIEventList pointer is NULL")
    base = _address(elist)
    address = base + _EVENT_LIST_HEADER
    for _ in range(int(elist.numPackets)):
        address += _EVENT_PACKET_HEADER + 4 * int(ffi.cast("MIDIEventPacket *", address).wordCount)
    return bytes(ffi.buffer(ffi.cast("char *", base), address - base))


def parse_event_list_bytes(raw: bytes | bytearray | memoryview) -> tuple[int, list[EventPacket]]:
    """Parse a copied ``MIDIEventList`` (:func:`copy_event_list`), checking every bound.

    Example
    -------
    >>> parse_event_list_bytes(copy_event_list(pack_event_list(2, [(3, (7,))])))
    (2, [EventPacket(timestamp=3, words=(7,))])
    """
    elist, size = _from_bytes(raw, "MIDIEventList", _EVENT_LIST_HEADER)
    base = _address(elist)
    offset = _EVENT_LIST_HEADER
    out: list[EventPacket] = []
    for i in range(int(elist.numPackets)):
        if offset + _EVENT_PACKET_HEADER > size:
            raise ValueError(f"event packet {i} header at byte {offset} runs past the {size}-byte list")
        packet = ffi.cast("MIDIEventPacket *", base + offset)
        count = int(packet.wordCount)
        if count > MAX_EVENT_WORDS or offset + _EVENT_PACKET_HEADER + 4 * count > size:
            raise ValueError(f"event packet {i} ({count} words at byte {offset}) runs past the {size}-byte list")
        out.append(EventPacket(packet_timestamp(packet), _event_packet_words(base + offset, count)))
        offset += _EVENT_PACKET_HEADER + 4 * count
    return int(elist.protocol), out


# ------------------------------------------------------------------ CoreMIDI's builders


def _typed(pointer: Any, ctype: str, what: str) -> Any:
    if not isinstance(pointer, ffi.CData) or ffi.typeof(pointer) is not ffi.typeof(ctype):
        raise TypeError(f"{what} must be a cffi {ctype}, not {pointer!r}")
    if pointer == ffi.NULL:
        raise ValueError(f"{what} is NULL")
    return pointer


def midi_packet_list_init(pktlist: Any) -> Any:
    """``MIDIPacketListInit``: empty the list; returns the first ``MIDIPacket *``.

    Example
    -------
    >>> plist = new_packet_list(1024)                            # doctest: +SKIP
    >>> cur = midi_packet_list_init(plist)                      # doctest: +SKIP
    >>> cur = midi_packet_list_add(plist, 1024, cur, 0, b"\\x90\\x3c\\x64")  # doctest: +SKIP
    """
    return lib.MIDIPacketListInit(_typed(pktlist, "MIDIPacketList *", "pktlist"))


def midi_packet_list_add(pktlist: Any, list_size: int, cur_packet: Any, time: int,
                         data: bytes | bytearray | memoryview) -> Any | None:
    """``MIDIPacketListAdd``: append ``data`` at ``time``; the packet now holding it, or
    ``None`` when the list (``list_size`` bytes) is full.

    ``list_size`` must be the true byte size of the memory behind ``pktlist``
    (the ``byte_size`` given to :func:`new_packet_list`): CoreMIDI writes up to it.

    Example
    -------
    >>> cur = midi_packet_list_add(plist, 1024, cur, 0, b"\\xf8")  # doctest: +SKIP
    """
    _typed(pktlist, "MIDIPacketList *", "pktlist")
    _typed(cur_packet, "MIDIPacket *", "cur_packet")
    size = int_arg(list_size, "list_size", 0, 2**63 - 1)
    stamp = int_arg(time, "time", 0, _U64_MAX)
    if isinstance(data, str) or not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"data must be bytes, not {type(data).__name__}")
    raw = bytes(data)
    result = lib.MIDIPacketListAdd(pktlist, size, cur_packet, stamp, len(raw), raw)
    return None if result == ffi.NULL else result


def midi_event_list_init(evtlist: Any, protocol: int) -> Any:
    """``MIDIEventListInit``: empty the list for ``protocol``; returns the first ``MIDIEventPacket *``.

    Example
    -------
    >>> elist = new_event_list(1024)                            # doctest: +SKIP
    >>> cur = midi_event_list_init(elist, 2)                    # doctest: +SKIP
    """
    return lib.MIDIEventListInit(_typed(evtlist, "MIDIEventList *", "evtlist"), _protocol_arg(protocol))


def midi_event_list_add(evtlist: Any, list_size: int, cur_packet: Any, time: int,
                        words: Sequence[int]) -> Any | None:
    """``MIDIEventListAdd``: append UMP ``words`` at ``time``; the packet now holding them,
    or ``None`` when the list (``list_size`` bytes) is full.

    Example
    -------
    >>> cur = midi_event_list_add(elist, 1024, cur, 0, [0x40903C00, 0xFFFF0000])  # doctest: +SKIP
    """
    _typed(evtlist, "MIDIEventList *", "evtlist")
    _typed(cur_packet, "MIDIEventPacket *", "cur_packet")
    size = int_arg(list_size, "list_size", 0, 2**63 - 1)
    stamp = int_arg(time, "time", 0, _U64_MAX)
    (packet,) = _event_packets_arg([(stamp, words)])
    array = ffi.new("UInt32[]", packet.words) if packet.words else ffi.NULL
    result = lib.MIDIEventListAdd(evtlist, size, cur_packet, stamp, len(packet.words), array)
    return None if result == ffi.NULL else result


def midi_event_packet_sysex_bytes_for_group(pkt: Any, group_index: int) -> bytes:
    """``MIDIEventPacketSysexBytesForGroup``: the MIDI 1.0 sysex bytes of one group of a packet.

    Example
    -------
    >>> elist = pack_event_list(1, [(0, (0x30160001, 0x02030405))])  # doctest: +SKIP
    >>> midi_event_packet_sysex_bytes_for_group(elist.packet, 0)       # doctest: +SKIP
    b'\\xf0\\x00\\x01\\x02\\x03\\x04\\x05\\xf7'
    """
    if isinstance(pkt, ffi.CData) and ffi.typeof(pkt) is ffi.typeof("MIDIEventPacket[1]"):
        pkt = ffi.cast("MIDIEventPacket *", pkt)
    _typed(pkt, "MIDIEventPacket *", "pkt")
    group = int_arg(group_index, "group_index", 0, 15)
    out = ffi.new("CFDataRef *")
    call("MIDIEventPacketSysexBytesForGroup", pkt, group, out)
    with cf.owned(out[0]) as ref:
        return b"" if cf.is_null(ref) else bytes(cf.to_python(ref))


def midi_event_list_for_each_event(evtlist: Any, visitor: Any, context: Any = None) -> None:
    """``MIDIEventListForEachEvent`` with a C visitor function pointer.

    The visitor (``MIDIEventVisitor``) receives a ``MIDIUniversalMessage``
    *by value*, a struct holding unions, which cffi cannot turn into a Python
    callback: ``visitor`` must be a C function (a ``MIDIEventVisitor`` cdata
    or its address as an int, e.g. from a compiled helper library).  To visit
    the messages in Python, use :func:`parse_event_list` and
    :func:`coremusic.capi.midi_ump.split_ump_words` instead.

    Example
    -------
    >>> midi_event_list_for_each_event(elist, compiled_visitor, ffi.NULL)   # doctest: +SKIP
    """
    _typed(evtlist, "MIDIEventList *", "evtlist")
    if isinstance(visitor, int) and not isinstance(visitor, bool):
        if visitor == 0:
            raise ValueError("visitor is a NULL function pointer")
        visitor = ffi.cast("MIDIEventVisitor", visitor)
    elif not isinstance(visitor, ffi.CData) or ffi.typeof(visitor) is not ffi.typeof("MIDIEventVisitor"):
        raise TypeError("visitor must be a MIDIEventVisitor C function pointer (cdata or int address); "
                        "Python callables cannot receive the by-value union: use parse_event_list")
    elif visitor == ffi.NULL:
        raise ValueError("visitor is a NULL function pointer")
    if context is None:
        context = ffi.NULL
    elif isinstance(context, int) and not isinstance(context, bool):
        context = ffi.cast("void *", context)
    elif not isinstance(context, ffi.CData):
        raise TypeError(f"context must be a cdata pointer, an int address or None, not {type(context).__name__}")
    lib.MIDIEventListForEachEvent(evtlist, visitor, context)
