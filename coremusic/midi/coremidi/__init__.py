"""CoreMIDI as Python objects: clients, ports, endpoints, virtual endpoints, thru.

macOS only: on other platforms the classes import fine and raise
:class:`~coremusic.exceptions.PlatformNotSupportedError` when constructed,
naming the portable alternative, the JACK backend's MIDI ports
(``coremusic.backends.jack``).

* :class:`MIDIClient` -- ``create_output_port(name)`` -> :class:`MIDIOutputPort`,
  ``create_input_port(name, callback=None)`` -> :class:`MIDIInputPort`;
* :class:`MIDISource`, :class:`MIDIDestination`, :class:`MIDIDevice`,
  :class:`MIDIEntity` with :func:`sources`, :func:`destinations`,
  :func:`devices`, :func:`find_source`, :func:`find_destination` ...;
* :class:`VirtualSource`, :class:`VirtualDestination`;
* :class:`ThruConnection`;
* :class:`ReceivedMessage` -- what input delivers: a
  :class:`~coremusic.midi.messages.MIDIMessage` with host time, seconds and source.

Example
-------
>>> from coremusic.midi.coremidi import MIDIClient, find_source          # doctest: +SKIP
>>> with MIDIClient("coremusic") as client:                             # doctest: +SKIP
...     port = client.create_input_port("in")
...     port.connect_source(find_source("LPX MIDI Out"))
...     for msg in port:
...         print(msg.timestamp, msg.message)
"""

from __future__ import annotations

from coremusic.midi.coremidi._common import (
    PORTABLE_ALTERNATIVE,
    IncompleteSysexError,
    MIDIInputError,
    ReceivedMessage,
    host_time_to_seconds,
    seconds_to_host_time,
    split_messages,
)
from coremusic.midi.coremidi._umpin import ReceivedUMP
from coremusic.midi.coremidi.client import MIDIClient
from coremusic.midi.coremidi.endpoints import (
    MIDIDestination,
    MIDIDevice,
    MIDIEndpoint,
    MIDIEntity,
    MIDIExternalDevice,
    MIDIObject,
    MIDISource,
    destinations,
    devices,
    external_devices,
    find_destination,
    find_device,
    find_object,
    find_source,
    sources,
)
from coremusic.midi.coremidi.ports import MIDIInputPort, MIDIOutputPort
from coremusic.midi.coremidi.thru import ThruConnection, delete_thru_connections, thru_connections
from coremusic.midi.coremidi.virtual import VirtualDestination, VirtualSource

__all__ = [
    "PORTABLE_ALTERNATIVE",
    "IncompleteSysexError",
    "MIDIClient",
    "MIDIDestination",
    "MIDIDevice",
    "MIDIEndpoint",
    "MIDIEntity",
    "MIDIExternalDevice",
    "MIDIInputError",
    "MIDIInputPort",
    "MIDIObject",
    "MIDIOutputPort",
    "MIDISource",
    "ReceivedMessage",
    "ReceivedUMP",
    "ThruConnection",
    "VirtualDestination",
    "VirtualSource",
    "delete_thru_connections",
    "destinations",
    "devices",
    "external_devices",
    "find_destination",
    "find_device",
    "find_object",
    "find_source",
    "host_time_to_seconds",
    "seconds_to_host_time",
    "sources",
    "split_messages",
    "thru_connections",
]
