"""The CoreMIDI model extended for the object layer's tests: every property key the
classes read, a host clock on the CoreAudio double, and a driver-owned source.

``MIDIModel(framework_double, cf)`` installs the CoreMIDI model of
``tests.doubles.coremidi`` plus ``AudioGetHostClockFrequency`` /
``AudioGetCurrentHostTime`` on the CoreAudio double (``TICKS_PER_SECOND``).
"""

from __future__ import annotations

from typing import Any

from coremusic._ffi import ffi
from tests.doubles.coremidi import DESTINATION, PAD_ENT, SOURCE, CoreMIDIModel

TICKS_PER_SECOND = 24_000_000.0  # an Apple-silicon-like host clock

EXTRA_KEYS = {
    "kMIDIPropertyDriverOwner": "driver", "kMIDIPropertyDriverVersion": "driverVersion",
    "kMIDIPropertyDeviceID": "deviceID", "kMIDIPropertyReceiveChannels": "receiveChannels",
    "kMIDIPropertyTransmitChannels": "transmitChannels", "kMIDIPropertyMaxSysExSpeed": "maxSysExSpeed",
    "kMIDIPropertyIsEmbeddedEntity": "embedded",
}

#: a second source named like the IAC bus (for ambiguous-name lookups) and its driver
DUP_SRC = 0x204
DUP_DST = 0x205


class MIDIModel(CoreMIDIModel):
    """The CoreMIDI model plus what the classes need."""

    def __init__(self, framework_double: Any, cf: Any) -> None:
        super().__init__(framework_double("CoreMIDI"), cf)
        for symbol, text in EXTRA_KEYS.items():
            self.double._data[symbol] = ffi.cast("void *", cf._make("string", text, immortal=True))
        self.now = 0
        audio = framework_double("CoreAudio")
        audio.implement("AudioGetHostClockFrequency", lambda: TICKS_PER_SECOND)
        audio.implement("AudioGetCurrentHostTime", lambda: self.now)
        pad = self.objects[PAD_ENT]
        pad.props.update(embedded=1)
        self.objects[0x200].props.update(driver="com.novation.driver", driverVersion=3, model="LPX")
        self.objects[0x202].props.update(maxSysExSpeed=3125, transmitChannels=0xFFFF, offline=1)
        self.objects[0x203].props.update(receiveChannels=1, deviceID=16)
        self.add(DUP_SRC, SOURCE, PAD_ENT, name="Bus 1", uniqueID=204)
        self.add(DUP_DST, DESTINATION, PAD_ENT, name="LPX DAW In", uniqueID=205)

    def hide_duplicate(self) -> None:
        """Make the second 'Bus 1' source private (unlisted)."""
        self.objects[DUP_SRC].props["private"] = 1
