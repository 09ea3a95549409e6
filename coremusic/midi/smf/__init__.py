"""Standard MIDI File reading and writing at the chunk/event level.

Example
-------
>>> from coremusic.midi.smf import MIDIFileData, TrackEvents, read_smf, write_smf
>>> tr = TrackEvents.from_rows([(0, 0xC0, 4, 0, None)])
>>> read_smf(write_smf(MIDIFileData(0, 96, [tr]))).tracks[0].status.tolist()
[192, 255]
"""

from coremusic.midi.smf.events import EventRow, TrackEvents
from coremusic.midi.smf.reader import MIDIFileData, MIDIFileWarning, parse_track, read_smf
from coremusic.midi.smf.writer import encode_track, write_smf

__all__ = [
    "EventRow",
    "MIDIFileData",
    "MIDIFileWarning",
    "TrackEvents",
    "encode_track",
    "parse_track",
    "read_smf",
    "write_smf",
]
