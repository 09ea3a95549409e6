"""JACK errors: ``jack_status_t`` bits decoded into readable exceptions."""

from __future__ import annotations

import collections
import threading
from typing import Any

from coremusic.exceptions import AudioDeviceError, MIDIError

__all__ = [
    "JackError",
    "JackMIDIError",
    "JackServerNotRunningError",
    "decode_status",
    "recent_jack_messages",
]

# (bit, symbolic name, meaning) for jack_status_t
_STATUS_BITS: tuple[tuple[int, str, str], ...] = (
    (0x01, "JackFailure", "the operation failed"),
    (0x02, "JackInvalidOption", "the operation contained an invalid or unsupported option"),
    (0x04, "JackNameNotUnique", "the client name was not unique"),
    (0x08, "JackServerStarted", "the JACK server was started for this client"),
    (0x10, "JackServerFailed", "unable to connect to the JACK server"),
    (0x20, "JackServerError", "communication error with the JACK server"),
    (0x40, "JackNoSuchClient", "the requested client does not exist"),
    (0x80, "JackLoadFailure", "unable to load an internal client"),
    (0x100, "JackInitFailure", "unable to initialize the client"),
    (0x200, "JackShmFailure", "unable to access JACK's shared memory"),
    (0x400, "JackVersionError", "the client's protocol version does not match the server's"),
    (0x800, "JackBackendError", "the server's audio backend failed"),
    (0x1000, "JackClientZombie", "the client was made a zombie by the server"),
)

_messages: collections.deque[str] = collections.deque(maxlen=32)
_messages_lock = threading.Lock()


def note_jack_message(text: str) -> None:
    """Keep a message that libjack printed through its error/info hook."""
    with _messages_lock:
        _messages.append(text)


def recent_jack_messages(clear: bool = False) -> list[str]:
    """The last messages libjack reported (its error and info output).

    Example
    -------
    >>> isinstance(recent_jack_messages(), list)
    True
    """
    with _messages_lock:
        out = list(_messages)
        if clear:
            _messages.clear()
    return out


def decode_status(status: int) -> list[tuple[str, str]]:
    """The ``(name, meaning)`` of every bit set in a ``jack_status_t``.

    Example
    -------
    >>> decode_status(0x11)[1][0]
    'JackServerFailed'
    """
    return [(name, text) for bit, name, text in _STATUS_BITS if status & bit]


class JackError(AudioDeviceError):
    """A JACK call failed.

    Attributes
    ----------
    status : int
        The ``jack_status_t`` bits (or the call's return code).
    flags : list of str
        The symbolic names of the status bits that were set.

    Example
    -------
    >>> err = JackError("jack_connect failed", 0x21)
    >>> err.flags
    ['JackFailure', 'JackServerError']
    """

    def __init__(self, message: str, status_code: int = 0, *, operation: str | None = None,
                 obj: str | None = None) -> None:
        super().__init__(message, status_code, operation=operation, obj=obj)
        self.flags = [name for name, _ in decode_status(status_code)] if status_code > 0 else []

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.message, self.status, self.operation, self.obj))


class JackServerNotRunningError(JackError, ConnectionRefusedError):
    """No JACK server is running under the requested name.

    Example
    -------
    >>> issubclass(JackServerNotRunningError, ConnectionError)
    True
    """


class JackMIDIError(MIDIError):
    """A JACK MIDI operation failed (port registration, a full queue ...).

    Example
    -------
    >>> str(JackMIDIError("queue full"))
    'queue full'
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.message, self.status, self.operation, self.obj))


def _rebuild(cls: type[Any], message: str, status: int, operation: str | None,
             obj: str | None) -> Any:
    return cls(message, status, operation=operation, obj=obj)


def client_open_error(status: int, client_name: str, server: str | None) -> JackError:
    """The exception for a failed ``jack_client_open``."""
    where = f"JACK server {server!r}" if server else "the default JACK server"
    reasons = "; ".join(f"{text} ({name})" for name, text in decode_status(status)) or "no reason given"
    detail = recent_jack_messages(clear=True)
    tail = f" libjack said: {' | '.join(detail[-3:])}" if detail else ""
    if status & 0x10 or status & 0x20:
        return JackServerNotRunningError(
            f"no JACK server running: could not connect client {client_name!r} to {where} "
            f"({reasons}). Start one (for example `jackd -d alsa`, or `jackd -d dummy` without "
            f"audio hardware; PipeWire provides one through pipewire-jack), or choose another "
            f"server with server=... or the JACK_DEFAULT_SERVER environment variable.{tail}",
            status, operation="jack_client_open", obj=server)
    if status & 0x400:
        return JackError(f"could not open JACK client {client_name!r} on {where}: {reasons}. "
                         f"The libjack in use does not match the running server; install the "
                         f"libjack that comes with it.{tail}", status,
                         operation="jack_client_open", obj=server)
    return JackError(f"could not open JACK client {client_name!r} on {where}: {reasons}.{tail}",
                     status, operation="jack_client_open", obj=server)
