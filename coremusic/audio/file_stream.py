"""``AudioFileStream``: parse an audio file that arrives in pieces (network, pipes) on macOS.

Feed bytes as they arrive with :meth:`AudioFileStream.parse_bytes`; Apple's
parser finds the header, reports properties (the data format ``'dfmt'``,
``'redy'`` when packets follow ...) and cuts the audio into packets. Each call
returns the packets parsed from the bytes given (a list of
:class:`ParsedPackets`), and optional callbacks see properties and packets as
they are found. Hand the packets to an ``AudioConverter`` or an
``AudioQueue`` to decode or play them.

Needs AudioToolbox: elsewhere the constructor raises
:class:`~coremusic.exceptions.PlatformNotSupportedError`.

Example
-------
>>> from coremusic.audio.file_stream import AudioFileStream                # doctest: +SKIP
>>> with AudioFileStream("MPG3") as stream:                                 # doctest: +SKIP
...     for chunk in iter(lambda: sock.recv(4096), b""):
...         for packets in stream.parse_bytes(chunk):
...             decode(packets.data, packets.descriptions)
...     stream.format
AudioFormat(44100 Hz, '.mp3', 2 ch, 1152 frames/packet, flags=0x0)
"""

from __future__ import annotations

import sys
import weakref
from collections.abc import Callable
from types import TracebackType
from typing import Any, NamedTuple

from coremusic import capi
from coremusic.audio.extaudiofile import require_audiotoolbox
from coremusic.exceptions import error_class_for
from coremusic.formats import AudioFormat
from coremusic.structs import AudioStreamPacketDescription

__all__ = ["AudioFileStream", "ParsedPackets"]

_PARSE_DISCONTINUITY = 1  # kAudioFileStreamParseFlag_Discontinuity
_SEEK_ESTIMATED = 1  # kAudioFileStreamSeekFlag_OffsetIsEstimated
# properties read when announced: id -> (size, decoder)
_UNSIGNED = {"bcnt": 8, "pcnt": 8, "brat": 4, "psze": 4, "ffmt": 4}
_SIGNED = {"doff": 8}


class ParsedPackets(NamedTuple):
    """Packets the parser cut from the bytes given.

    Attributes
    ----------
    data : bytes
        The packets back to back.
    packet_count : int
        How many.
    descriptions : list of AudioStreamPacketDescription
        Where each packet lies in ``data`` (empty for constant-size packets,
        e.g. linear PCM).

    Example
    -------
    >>> ParsedPackets(b'\\0' * 8, 2, []).packet_count
    2
    """

    data: bytes
    packet_count: int
    descriptions: list[AudioStreamPacketDescription]


PropertyCallback = Callable[[str, Any], None]
PacketsCallback = Callable[[ParsedPackets], None]


class _Collector:
    """What the C callbacks fill; holds no reference to the AudioFileStream (no cycle)."""

    def __init__(self, on_property: PropertyCallback | None, on_packets: PacketsCallback | None) -> None:
        self.on_property = on_property
        self.on_packets = on_packets
        self.properties: dict[str, Any] = {}
        self.pending: list[ParsedPackets] = []
        self.packets_parsed = 0

    def property(self, stream: int, property_id: str, flags: int) -> None:
        value: Any
        if property_id == "dfmt":
            value = AudioFormat.from_asbd_bytes(capi.audio_file_stream_get_property(stream, "dfmt", 40))
        elif property_id == "redy":
            value = True
        elif property_id in _UNSIGNED:
            raw = capi.audio_file_stream_get_property(stream, property_id, _UNSIGNED[property_id])
            value = int.from_bytes(raw, sys.byteorder)
        elif property_id in _SIGNED:
            raw = capi.audio_file_stream_get_property(stream, property_id, _SIGNED[property_id])
            value = int.from_bytes(raw, sys.byteorder, signed=True)
        else:  # announced; its bytes can be read with get_property()
            value = None
        self.properties[property_id] = value
        if self.on_property is not None:
            self.on_property(property_id, value)

    def packets(self, data: bytes, count: int, descriptions: list[AudioStreamPacketDescription]) -> None:
        parsed = ParsedPackets(data, count, descriptions)
        self.pending.append(parsed)
        self.packets_parsed += count
        if self.on_packets is not None:
            self.on_packets(parsed)


class AudioFileStream:
    """An incremental audio file parser (Apple ``AudioFileStream``).

    Parameters
    ----------
    file_type_hint : str or int
        The expected file type: ``'MPG3'``, ``'adts'``, ``'m4af'``, ``'caff'``,
        ``'WAVE'`` ... or 0 to let the parser guess.
    on_property : callable ``(property_id, value)``, optional
        Called during :meth:`parse_bytes` when a property becomes known
        (``'dfmt'`` with an AudioFormat, ``'redy'`` with True, ``'doff'``, ``'bcnt'``,
        ``'pcnt'``, ``'brat'`` with ints, others with None).
    on_packets : callable ``(ParsedPackets)``, optional
        Called during :meth:`parse_bytes` with each run of packets.

    Notes
    -----
    An exception raised by a callback is re-raised by the :meth:`parse_bytes`
    call during which it happened. :meth:`close` is idempotent; a dropped
    stream is closed by a finalizer.

    Example
    -------
    >>> stream = AudioFileStream("adts", on_property=lambda pid, v: print(pid, v))  # doctest: +SKIP
    """

    _handle: int | None = None
    _finalizer: Any = None

    def __init__(self, file_type_hint: str | int = 0, *, on_property: PropertyCallback | None = None,
                 on_packets: PacketsCallback | None = None) -> None:
        for name, fn in (("on_property", on_property), ("on_packets", on_packets)):
            if fn is not None and not callable(fn):
                raise TypeError(f"{name} must be callable or None, not {type(fn).__name__}")
        require_audiotoolbox()
        self.file_type_hint = file_type_hint
        self._collector = _Collector(on_property, on_packets)
        handle = capi.audio_file_stream_open(self._collector.property, self._collector.packets, file_type_hint)
        self._handle = handle
        self._finalizer = weakref.finalize(self, capi.audio_file_stream_close, handle)

    def _h(self) -> int:
        if self._handle is None:
            raise error_class_for("audiofile", "ValueError")("operation on a closed AudioFileStream")
        return self._handle

    @property
    def handle(self) -> int:
        """The ``AudioFileStreamID`` handle."""
        return self._h()

    def parse_bytes(self, data: bytes | bytearray | memoryview, *, discontinuity: bool = False) -> list[ParsedPackets]:
        """Parse the next piece of the file; return the packets cut from it.

        Parameters
        ----------
        data : bytes-like
            The next bytes, in order.
        discontinuity : bool
            The bytes do not follow the previous ones (after :meth:`seek` or a gap).

        Returns
        -------
        list of ParsedPackets
            Packets completed by these bytes (possibly none: the parser buffers
            partial headers and packets).

        Example
        -------
        >>> runs = stream.parse_bytes(chunk)                                  # doctest: +SKIP
        >>> sum(r.packet_count for r in runs)                                 # doctest: +SKIP
        12
        """
        handle = self._h()
        if isinstance(data, str) or not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"data must be bytes-like, not {type(data).__name__}")
        self._collector.pending = []
        capi.audio_file_stream_parse_bytes(handle, data, _PARSE_DISCONTINUITY if discontinuity else 0)
        parsed, self._collector.pending = self._collector.pending, []
        return parsed

    @property
    def properties(self) -> dict[str, Any]:
        """The properties announced so far, by FourCC (decoded values where known)."""
        self._h()
        return dict(self._collector.properties)

    @property
    def format(self) -> AudioFormat | None:
        """The stream's data format, once the parser has read it (else None)."""
        value = self.properties.get("dfmt")
        return value if isinstance(value, AudioFormat) else None

    @property
    def ready(self) -> bool:
        """Whether the header is parsed and packets follow (``'redy'``)."""
        return bool(self.properties.get("redy", False))

    @property
    def packets_parsed(self) -> int:
        """Packets delivered since the stream was opened."""
        self._h()
        return self._collector.packets_parsed

    def get_property(self, property_id: str | int) -> bytes:
        """The raw bytes of a stream property (``'dfmt'``, ``'doff'`` ...).

        Example
        -------
        >>> stream.get_property('dfmt')                                       # doctest: +SKIP
        """
        return capi.audio_file_stream_get_property(self._h(), property_id)

    def seek(self, packet: int) -> tuple[int, bool]:
        """Where packet ``packet`` starts: ``(byte_offset, is_estimate)``.

        Fetch bytes from that offset and pass them with ``discontinuity=True``.

        Example
        -------
        >>> stream.seek(100)                                                  # doctest: +SKIP
        (41840, False)
        """
        handle = self._h()
        if isinstance(packet, bool) or not isinstance(packet, int):
            raise TypeError(f"packet must be an int, not {type(packet).__name__}")
        if packet < 0:
            raise error_class_for("audiofile", "ValueError")(f"packet must be >= 0, got {packet}")
        offset, flags = capi.audio_file_stream_seek(handle, packet)
        return offset, bool(flags & _SEEK_ESTIMATED)

    def close(self) -> None:
        """Dispose of the parser and its callbacks (idempotent)."""
        finalizer, self._finalizer = self._finalizer, None
        self._handle = None
        if finalizer is not None:
            finalizer()

    @property
    def closed(self) -> bool:
        """Whether the stream is closed."""
        return self._handle is None

    def __enter__(self) -> AudioFileStream:
        self._h()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        if self._handle is None:
            return f"AudioFileStream({self.file_type_hint!r}, closed)"
        fmt = self._collector.properties.get("dfmt")
        return (f"AudioFileStream({self.file_type_hint!r}, format={fmt!r}, "
                f"packets_parsed={self._collector.packets_parsed})")
