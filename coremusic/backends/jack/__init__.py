"""The JACK backend: streams, devices and MIDI ports over libjack (cffi, ABI mode).

The server is chosen like every JACK client does: the ``server=`` argument,
else ``JACK_DEFAULT_SERVER``, else 'default'.

Example
-------
>>> from coremusic.backends import jack
>>> jack.JackServerNotRunningError.__mro__[1].__name__
'JackError'
"""

from __future__ import annotations

from typing import Any

from coremusic.backends.jack import devices
from coremusic.backends.jack.client import (
    AUDIO_TYPE,
    MIDI_TYPE,
    CycleTimes,
    JackClient,
    JackPort,
    PortFlags,
    TransportPosition,
    default_server_name,
)
from coremusic.backends.jack.errors import (
    JackError,
    JackMIDIError,
    JackServerNotRunningError,
    decode_status,
    recent_jack_messages,
)
from coremusic.backends.jack.server import DummyJackServer
from coremusic.backends.jack.stream import JackStreamBackend


def open_stream_backend(name: str, input_channels: int, output_channels: int, *,
                        server: str | None = None, device: Any = None) -> JackStreamBackend:
    """The stream backend the portable streams construct (one JACK client).

    ``device`` is resolved to ports when the stream starts, not here.

    Example
    -------
    >>> open_stream_backend("player", 0, 2)              # doctest: +SKIP
    JackStreamBackend(...)
    """
    return JackStreamBackend(name, input_channels, output_channels, server=server)

__all__ = [
    "AUDIO_TYPE",
    "MIDI_TYPE",
    "CycleTimes",
    "DummyJackServer",
    "JackClient",
    "JackError",
    "JackMIDIError",
    "JackPort",
    "JackServerNotRunningError",
    "JackStreamBackend",
    "PortFlags",
    "TransportPosition",
    "decode_status",
    "default_server_name",
    "devices",
    "open_stream_backend",
    "recent_jack_messages",
]
