"""Class specifications for tools/constgen.py (which Apple names form which enum).

One file per framework area; ``MODULES`` lists the generated modules in order.
"""

from __future__ import annotations

from ._common import DEPRECATED_HEADERS
from .audiounit import AUDIOUNIT, AUEFFECTS, AUPARAMS, AUPROPERTIES, AUUNITS
from .coreaudio import AUDIOFORMAT, CHANNELS, CORETYPES, HARDWARE, HWOBJECTS
from .fileformats import AUDIOFILE, CAF, CODEC, CONVERTER
from .other import CF, CFENCODINGS, COREMIDI
from .playback import CLOCK, MUSICPLAYER, QUEUE, SESSION, TOOLBOX

__all__ = ["DEPRECATED_HEADERS", "MODULES"]

MODULES = [
    CORETYPES,
    CHANNELS,
    AUDIOFORMAT,
    AUDIOFILE,
    HARDWARE,
    HWOBJECTS,
    AUDIOUNIT,
    AUPROPERTIES,
    AUUNITS,
    AUPARAMS,
    AUEFFECTS,
    CONVERTER,
    QUEUE,
    TOOLBOX,
    MUSICPLAYER,
    COREMIDI,
    CODEC,
    CAF,
    CLOCK,
    SESSION,
    CF,
    CFENCODINGS,
]
