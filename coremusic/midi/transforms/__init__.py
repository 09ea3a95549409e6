"""MIDI transforms: pure functions on sequences and tracks, and streaming
processors for live messages, composable into pipelines.

* pitch: :class:`Transpose`, :class:`Invert`, :class:`Harmonize`;
* velocity: :class:`VelocityScale`, :class:`VelocityCurve`, :class:`VelocityCompress`;
* time: :class:`Quantize`, :class:`Humanize`, :class:`TimeStretch`,
  :class:`TimeShift`, :class:`Reverse`, :class:`Legato`, :class:`Staccato`;
* filters: :class:`NoteFilter`, :class:`ChannelFilter`, :class:`EventTypeFilter`,
  :class:`ScaleFilter`; :class:`ChannelRemap`;
* generators: :class:`Arpeggiate`, :class:`TrackMerge`;
* :class:`Pipeline` and the function forms (:func:`transpose`, :func:`quantize`,
  :func:`humanize` ...).

``apply(seq)`` returns a new sequence (the input is never changed);
``process(message)`` returns a list of messages for live routing.

Example
-------
>>> from coremusic.midi import MIDISequence, MIDIMessage
>>> from coremusic.midi.transforms import Pipeline, Transpose, Quantize, Humanize
>>> seq = MIDISequence(); seq.add_track("Lead").add_note(0.51, 60, 100, 0.2)
>>> out = Pipeline([Transpose(5), Quantize("1/16"), Humanize(velocity=10, seed=1)]).apply(seq)
>>> out.notes()[["pitch", "start"]].tolist(), seq.notes()["pitch"].tolist()
([(65, 0.5)], [60])
>>> Pipeline([Transpose(5)]).process(MIDIMessage.note_on(60)) == [MIDIMessage.note_on(65)]
True
"""

from coremusic.midi.transforms._core import (
    NoteLength,
    Pipeline,
    RangeMode,
    StreamingNotSupported,
    Transform,
    note_value_ticks,
)
from coremusic.midi.transforms.filters import (
    EVENT_TYPES,
    ChannelFilter,
    ChannelRemap,
    EventTypeFilter,
    NoteFilter,
    ScaleFilter,
)
from coremusic.midi.transforms.functions import (
    arpeggiate,
    channel_map,
    channel_remap,
    filter_channels,
    filter_event_types,
    filter_notes,
    filter_scale,
    harmonize,
    humanize,
    invert,
    legato,
    merge_tracks,
    quantize,
    reverse,
    staccato,
    time_shift,
    time_stretch,
    transpose,
    velocity_compress,
    velocity_curve,
    velocity_scale,
)
from coremusic.midi.transforms.generate import Arpeggiate, TrackMerge
from coremusic.midi.transforms.pitch import Harmonize, Invert, PitchMap, Transpose
from coremusic.midi.transforms.timing import (
    Humanize,
    Legato,
    Quantize,
    Reverse,
    Staccato,
    TimeShift,
    TimeStretch,
)
from coremusic.midi.transforms.velocity import (
    VelocityCompress,
    VelocityCurve,
    VelocityMap,
    VelocityScale,
)

__all__ = [
    "EVENT_TYPES",
    "Arpeggiate",
    "ChannelFilter",
    "ChannelRemap",
    "EventTypeFilter",
    "Harmonize",
    "Humanize",
    "Invert",
    "Legato",
    "NoteFilter",
    "NoteLength",
    "Pipeline",
    "PitchMap",
    "Quantize",
    "RangeMode",
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
    "VelocityMap",
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
    "note_value_ticks",
    "quantize",
    "reverse",
    "staccato",
    "time_shift",
    "time_stretch",
    "transpose",
    "velocity_compress",
    "velocity_curve",
    "velocity_scale",
]
