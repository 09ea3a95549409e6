"""Shared pieces of the CoreMIDI classes: the platform check, host-time
conversion, received messages, input errors and the byte-stream splitter."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from coremusic import capi
from coremusic._ffi import load_library
from coremusic.exceptions import PlatformNotSupportedError
from coremusic.midi.messages import MIDIMessage

if TYPE_CHECKING:
    from coremusic.midi.coremidi.endpoints import MIDISource

__all__ = [
    "PORTABLE_ALTERNATIVE",
    "IncompleteSysexError",
    "MIDIInputError",
    "ReceivedMessage",
    "host_time_to_seconds",
    "require_coremidi",
    "seconds_to_host_time",
    "split_messages",
]

#: what to use instead of CoreMIDI off macOS
PORTABLE_ALTERNATIVE = "the JACK backend's MIDI ports (coremusic.backends.jack)"


def require_coremidi(what: str) -> None:
    """Raise :class:`PlatformNotSupportedError` naming ``what`` when CoreMIDI is missing.

    Example
    -------
    >>> import sys
    >>> if sys.platform != "darwin":
    ...     try:
    ...         require_coremidi("MIDIClient")
    ...     except PlatformNotSupportedError as e:
    ...         print(e.framework)
    ... else:
    ...     print("CoreMIDI")
    CoreMIDI
    """
    try:
        load_library("CoreMIDI")
    except PlatformNotSupportedError as exc:
        raise PlatformNotSupportedError(
            f"{what} needs Apple's CoreMIDI framework, which exists only on macOS "
            f"(this platform is {exc.platform!r}). Use {PORTABLE_ALTERNATIVE} instead.",
            framework="CoreMIDI", platform=exc.platform, alternative=PORTABLE_ALTERNATIVE) from None


@functools.cache
def _ticks_per_second() -> float:
    return float(capi.audio_get_host_clock_frequency())


def host_time_to_seconds(host_time: int) -> float:
    """Host ticks (``mach_absolute_time``) -> seconds on the same clock.

    Example
    -------
    >>> host_time_to_seconds(capi.audio_get_current_host_time())      # doctest: +SKIP
    81234.5021
    """
    return host_time / _ticks_per_second()


def seconds_to_host_time(seconds: float) -> int:
    """Seconds on the host clock -> host ticks, for scheduled sends.

    Example
    -------
    >>> now = capi.audio_get_current_host_time()                      # doctest: +SKIP
    >>> port.send(dest, msg, timestamp=now + seconds_to_host_time(0.5))  # doctest: +SKIP
    """
    if seconds < 0:
        raise ValueError(f"seconds must be >= 0, got {seconds}")
    return round(seconds * _ticks_per_second())


@dataclass(frozen=True, slots=True)
class ReceivedMessage:
    """One received MIDI message with its time and origin.

    Attributes
    ----------
    message : MIDIMessage
        The decoded message (sysex reassembled, whatever its length).
    host_time : int
        CoreMIDI's time stamp in host ticks (0: the sender said "now").
    timestamp : float
        ``host_time`` in seconds on the host clock.
    source : MIDISource or None
        The source it came from (``None`` for a virtual destination, whose
        senders are anonymous).

    Example
    -------
    >>> r = ReceivedMessage(MIDIMessage.note_on(60), 48_000, 0.002, None)
    >>> r.message.note, r.host_time
    (60, 48000)
    """

    message: MIDIMessage
    host_time: int
    timestamp: float
    source: MIDISource | None = None

    def bytes(self) -> bytes:
        """The message's wire bytes.

        Example
        -------
        >>> ReceivedMessage(MIDIMessage.clock(), 0, 0.0).bytes()
        b'\\xf8'
        """
        return self.message.bytes()


class MIDIInputError(ValueError):
    """Received bytes that are no valid MIDI message (kept, never dropped silently).

    Attributes
    ----------
    data : bytes
        The offending bytes.
    host_time : int
        The time stamp of the packet they came in.
    source : MIDISource or None
        Where they came from.

    Example
    -------
    >>> MIDIInputError("stray data byte", b"\\x40", 0, None).data
    b'@'
    """

    def __init__(self, message: str, data: bytes, host_time: int, source: Any) -> None:
        super().__init__(message)
        self.data = data
        self.host_time = host_time
        self.source = source

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.args[0], self.data, self.host_time, self.source))


class IncompleteSysexError(MIDIInputError):
    """A system-exclusive message interrupted by a status byte, or whose ``0xF7`` never came
    within the port's ``sysex_timeout``; ``data`` holds the partial message.

    Example
    -------
    >>> IncompleteSysexError("no F7 within 2.0 s", b"\\xf0\\x01", 0, None).data
    b'\\xf0\\x01'
    """


def _data_bytes(status: int) -> int:
    if status < 0xF0:
        return 1 if status & 0xF0 in (0xC0, 0xD0) else 2
    return {0xF1: 1, 0xF2: 2, 0xF3: 1}.get(status, 0)


def split_messages(data: bytes) -> list[bytes | str]:
    """Split one packet's bytes into complete messages.

    A CoreMIDI packet may hold several messages, running status, and
    real-time bytes interleaved anywhere (also inside a sysex).  Each item is
    a message's bytes, or a ``str`` describing bytes that form no message
    (the caller turns those into :class:`MIDIInputError`, with the bytes
    that follow in the next item).

    Example
    -------
    >>> split_messages(b"\\x90\\x3c\\x64\\x3e\\x64\\xf8\\xc0\\x05")
    [b'\\x90<d', b'\\x90>d', b'\\xf8', b'\\xc0\\x05']
    """
    out: list[bytes | str] = []
    i, n, running = 0, len(data), 0
    while i < n:
        b = data[i]
        if b >= 0xF8:
            out.append(bytes((b,)))
            i += 1
            continue
        if b == 0xF0:
            body = bytearray((b,))
            j = i + 1
            while j < n and data[j] != 0xF7:
                c = data[j]
                if c >= 0xF8:
                    out.append(bytes((c,)))
                elif c >= 0x80:
                    break
                else:
                    body.append(c)
                j += 1
            if j < n and data[j] == 0xF7:
                body.append(0xF7)
                out.append(bytes(body))
                i = j + 1
            else:
                out.append("system-exclusive message without 0xF7 inside a complete packet")
                out.append(bytes(body))
                i = j
            running = 0
            continue
        if b >= 0x80:
            status, start = b, i + 1
            running = b if b < 0xF0 else 0
        elif running:
            status, start = running, i
        else:
            out.append(f"data byte 0x{b:02X} without a status byte")
            out.append(bytes((b,)))
            i += 1
            continue
        need = _data_bytes(status)
        chunk = data[start:start + need]
        if len(chunk) < need or any(c > 0x7F for c in chunk):
            out.append(f"incomplete message after status 0x{status:02X}")
            good = bytes(c for c in chunk[:next((k for k, c in enumerate(chunk) if c > 0x7F), len(chunk))])
            out.append(bytes((status,)) + good)
            i = start + len(good)
            continue
        out.append(bytes((status,)) + chunk)
        i = start + need
    return out
