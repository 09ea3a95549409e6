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
    "recent_jack_messages",
]
