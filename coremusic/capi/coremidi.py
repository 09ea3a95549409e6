"""CoreMIDI (MIDIServices.h, MIDISetup.h, MIDIThruConnection.h, MIDIMessages.h,
MIDIBluetoothConnection.h): every function of the area, re-exported from its modules.

- :mod:`coremusic.capi.midi_objects` -- devices, entities, endpoints, properties;
- :mod:`coremusic.capi.midi_io` -- clients, notifications, ports, virtual
  endpoints, send/receive, sysex;
- :mod:`coremusic.capi.midi_packets` -- ``MIDIPacketList`` / ``MIDIEventList``
  packers, parsers and CoreMIDI's list builders;
- :mod:`coremusic.capi.midi_sysex` -- sysex split across packets and reassembly;
- :mod:`coremusic.capi.midi_ump` -- the Universal MIDI Packet builders of MIDIMessages.h;
- :mod:`coremusic.capi.midi_setup` -- MIDISetup.h and Bluetooth;
- :mod:`coremusic.capi.midi_thru` -- thru connections.

Example
-------
>>> from coremusic.capi import coremidi
>>> hex(coremidi.midi1_up_note_on(0, 0, 60, 100))
'0x20903c64'
"""

from __future__ import annotations

from coremusic.capi import (
    midi_io,
    midi_objects,
    midi_packets,
    midi_setup,
    midi_sysex,
    midi_thru,
    midi_ump,
)
from coremusic.capi.midi_io import *  # noqa: F403
from coremusic.capi.midi_objects import *  # noqa: F403
from coremusic.capi.midi_packets import *  # noqa: F403
from coremusic.capi.midi_setup import *  # noqa: F403
from coremusic.capi.midi_sysex import *  # noqa: F403
from coremusic.capi.midi_thru import *  # noqa: F403
from coremusic.capi.midi_ump import *  # noqa: F403

MODULES = (midi_objects, midi_io, midi_packets, midi_sysex, midi_ump, midi_setup, midi_thru)

__all__: list[str] = []
for _module in MODULES:
    __all__ += list(_module.__all__)
del _module
