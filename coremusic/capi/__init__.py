"""coremusic.capi: the functional layer, one snake_case function per C function.

Each area module mirrors one group of Apple headers; this package re-exports
all of them, so ``capi.audio_file_open_url`` and
``capi.audiofile.audio_file_open_url`` are the same function.  Importing it
loads coremusic's FFI but opens no framework: the first call does, and on a
platform without Apple's frameworks that first call raises
:class:`~coremusic.exceptions.PlatformNotSupportedError`.

Conventions are described in :mod:`coremusic.capi._base`.

Example
-------
>>> import coremusic.capi as capi
>>> callable(capi.audio_get_current_host_time)
True
"""

from __future__ import annotations

from types import ModuleType

from coremusic.capi import (
    audioclock,
    audiocomponent,
    audioconverter,
    audiofile,
    audiofilestream,
    audioformat,
    audioqueue,
    audioservices,
    audiounit,
    audiounit_props,
    augraph,
    auutilities,
    cf,
    extaudiofile,
    hal,
    hosttime,
    inline,
    midi_blocks,
    midi_io,
    midi_objects,
    midi_packets,
    midi_setup,
    midi_sysex,
    midi_thru,
    midi_ump,
    musicdevice,
    musicplayer,
    musicsequence,
    musictrack,
)
from coremusic.capi.audioclock import *  # noqa: F403
from coremusic.capi.audiocomponent import *  # noqa: F403
from coremusic.capi.audioconverter import *  # noqa: F403
from coremusic.capi.audiofile import *  # noqa: F403
from coremusic.capi.audiofilestream import *  # noqa: F403
from coremusic.capi.audioformat import *  # noqa: F403
from coremusic.capi.audioqueue import *  # noqa: F403
from coremusic.capi.audioservices import *  # noqa: F403
from coremusic.capi.audiounit import *  # noqa: F403
from coremusic.capi.audiounit_props import *  # noqa: F403
from coremusic.capi.augraph import *  # noqa: F403
from coremusic.capi.auutilities import *  # noqa: F403
from coremusic.capi.extaudiofile import *  # noqa: F403
from coremusic.capi.hal import *  # noqa: F403
from coremusic.capi.hosttime import *  # noqa: F403
from coremusic.capi.inline import *  # noqa: F403
from coremusic.capi.midi_blocks import *  # noqa: F403
from coremusic.capi.midi_io import *  # noqa: F403
from coremusic.capi.midi_objects import *  # noqa: F403
from coremusic.capi.midi_packets import *  # noqa: F403
from coremusic.capi.midi_setup import *  # noqa: F403
from coremusic.capi.midi_sysex import *  # noqa: F403
from coremusic.capi.midi_thru import *  # noqa: F403
from coremusic.capi.midi_ump import *  # noqa: F403
from coremusic.capi.musicdevice import *  # noqa: F403
from coremusic.capi.musicplayer import *  # noqa: F403
from coremusic.capi.musicsequence import *  # noqa: F403
from coremusic.capi.musictrack import *  # noqa: F403

AREA_MODULES: tuple[ModuleType, ...] = (
    hosttime,
    hal,
    audiofile,
    audiofilestream,
    extaudiofile,
    audioformat,
    inline,
    augraph,
    musicsequence,
    musictrack,
    musicplayer,
    audioclock,
    audioconverter,
    audioqueue,
    audioservices,
    audiocomponent,
    audiounit,
    audiounit_props,
    musicdevice,
    auutilities,
    midi_objects,
    midi_io,
    midi_blocks,
    midi_packets,
    midi_sysex,
    midi_ump,
    midi_setup,
    midi_thru,
)

__all__ = ["AREA_MODULES", "cf"]
for _module in AREA_MODULES:
    __all__ += list(_module.__all__)
del _module
