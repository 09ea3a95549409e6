"""MIDI for coremusic: messages, Standard MIDI Files, sequences and tracks.

Names are imported on first use, so ``import coremusic.midi`` stays cheap.

* :mod:`coremusic.midi.messages` -- :class:`MIDIMessage`, :class:`MIDIEvent`,
  :class:`MIDIStatus`, :class:`MetaType` (shared by every backend);
* :mod:`coremusic.midi.ump` -- Universal MIDI Packet translation;
* :mod:`coremusic.midi.smf` -- fast Standard MIDI File reading/writing;
* :mod:`coremusic.midi.sequence` -- :class:`MIDISequence`, :class:`MIDITrack`;
* :mod:`coremusic.midi.tempo` -- :class:`TempoMap` (exact tick/seconds);
* :mod:`coremusic.midi.transforms` -- :class:`Pipeline`, :class:`Transpose`,
  :class:`Quantize` ... and the function forms (:func:`transpose` ...).
* :mod:`coremusic.midi.router` / :mod:`coremusic.midi.player` --
  :class:`MIDIRouter` (live routes between ports) and :class:`MIDIPlayer`
  (sample-accurate playback), on JACK or CoreMIDI ports;
* :mod:`coremusic.midi.coremidi` -- live MIDI on macOS: :class:`MIDIClient`,
  ports, endpoints, :class:`VirtualSource` / :class:`VirtualDestination`,
  :class:`ThruConnection`.

Example
-------
>>> from coremusic.midi import MIDISequence, MIDIMessage
>>> seq = MIDISequence()
>>> seq.add_track("Lead").add_message(MIDIMessage.note_on(60), tick=0)
>>> len(seq.tracks[0])
2
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_LAZY: dict[str, str] = {
    "MIDIFileError": "coremusic.midi.errors",
    "MIDIEvent": "coremusic.midi.messages",
    "MIDIMessage": "coremusic.midi.messages",
    "MIDIStatus": "coremusic.midi.messages",
    "MetaType": "coremusic.midi.messages",
    "MESSAGE_TYPES": "coremusic.midi.messages",
    "from_ump": "coremusic.midi.ump",
    "to_ump": "coremusic.midi.ump",
    "ump_words": "coremusic.midi.ump",
    "MIDIFileData": "coremusic.midi.smf",
    "MIDIFileWarning": "coremusic.midi.smf",
    "TrackEvents": "coremusic.midi.smf",
    "read_smf": "coremusic.midi.smf",
    "write_smf": "coremusic.midi.smf",
    "MIDIFileFormat": "coremusic.midi.sequence",
    "MIDISequence": "coremusic.midi.sequence",
    "MIDITrack": "coremusic.midi.sequence",
    "NOTE_DTYPE": "coremusic.midi.sequence",
    "TempoMap": "coremusic.midi.tempo",
    "MIDIRouter": "coremusic.midi.router",
    "MIDIRouterError": "coremusic.midi.router",
    "Route": "coremusic.midi.router",
    "RouterStats": "coremusic.midi.router",
    "MIDIPlayer": "coremusic.midi.player",
    "IncompleteSysexError": "coremusic.midi.coremidi",
    "MIDIClient": "coremusic.midi.coremidi",
    "MIDIDestination": "coremusic.midi.coremidi",
    "MIDIDevice": "coremusic.midi.coremidi",
    "MIDIEntity": "coremusic.midi.coremidi",
    "MIDIInputError": "coremusic.midi.coremidi",
    "MIDIInputPort": "coremusic.midi.coremidi",
    "MIDIOutputPort": "coremusic.midi.coremidi",
    "MIDISource": "coremusic.midi.coremidi",
    "ReceivedMessage": "coremusic.midi.coremidi",
    "ReceivedUMP": "coremusic.midi.coremidi",
    "ThruConnection": "coremusic.midi.coremidi",
    "VirtualDestination": "coremusic.midi.coremidi",
    "VirtualSource": "coremusic.midi.coremidi",
}
# MIDI transforms (coremusic.midi.transforms): classes, Pipeline and function forms
_TRANSFORMS = (
    "Arpeggiate",
    "ChannelFilter",
    "ChannelRemap",
    "EventTypeFilter",
    "Harmonize",
    "Humanize",
    "Invert",
    "Legato",
    "NoteFilter",
    "Pipeline",
    "Quantize",
    "Reverse",
    "ScaleFilter",
    "Staccato",
    "StreamingNotSupported",
    "TimeShift",
    "TimeStretch",
    "TrackMerge",
    "Transform",
    "Transpose",
    "VelocityCompress",
    "VelocityCurve",
    "VelocityScale",
    "arpeggiate",
    "channel_map",
    "channel_remap",
    "filter_channels",
    "filter_event_types",
    "filter_notes",
    "filter_scale",
    "harmonize",
    "humanize",
    "invert",
    "legato",
    "merge_tracks",
    "quantize",
    "reverse",
    "staccato",
    "time_shift",
    "time_stretch",
    "transpose",
    "velocity_compress",
    "velocity_curve",
    "velocity_scale",
)
_LAZY.update(dict.fromkeys(_TRANSFORMS, "coremusic.midi.transforms"))

__all__ = [
    "MESSAGE_TYPES",
    "NOTE_DTYPE",
    "IncompleteSysexError",
    "MIDIClient",
    "MIDIDestination",
    "MIDIDevice",
    "MIDIEntity",
    "MIDIEvent",
    "MIDIFileData",
    "MIDIFileError",
    "MIDIFileFormat",
    "MIDIFileWarning",
    "MIDIInputError",
    "MIDIInputPort",
    "MIDIMessage",
    "MIDIOutputPort",
    "MIDIPlayer",
    "MIDIRouter",
    "MIDIRouterError",
    "MIDISequence",
    "MIDISource",
    "MIDIStatus",
    "MIDITrack",
    "MetaType",
    "ReceivedMessage",
    "ReceivedUMP",
    "Route",
    "RouterStats",
    "TempoMap",
    "ThruConnection",
    "TrackEvents",
    "VirtualDestination",
    "VirtualSource",
    "from_ump",
    "read_smf",
    "to_ump",
    "ump_words",
    "write_smf",
    *_TRANSFORMS,
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'coremusic.midi' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


if TYPE_CHECKING:  # pragma: no cover
    from coremusic.midi.coremidi import (
        IncompleteSysexError,
        MIDIClient,
        MIDIDestination,
        MIDIDevice,
        MIDIEntity,
        MIDIInputError,
        MIDIInputPort,
        MIDIOutputPort,
        MIDISource,
        ReceivedMessage,
        ReceivedUMP,
        ThruConnection,
        VirtualDestination,
        VirtualSource,
    )
    from coremusic.midi.errors import MIDIFileError
    from coremusic.midi.messages import MESSAGE_TYPES, MetaType, MIDIEvent, MIDIMessage, MIDIStatus
    from coremusic.midi.player import MIDIPlayer
    from coremusic.midi.router import MIDIRouter, MIDIRouterError, Route, RouterStats
    from coremusic.midi.sequence import NOTE_DTYPE, MIDIFileFormat, MIDISequence, MIDITrack
    from coremusic.midi.smf import MIDIFileData, MIDIFileWarning, TrackEvents, read_smf, write_smf
    from coremusic.midi.tempo import TempoMap
    from coremusic.midi.transforms import *  # noqa: F403
    from coremusic.midi.ump import from_ump, to_ump, ump_words
