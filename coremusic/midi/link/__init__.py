"""MIDI on the Ableton Link timeline: a MIDI clock master and a sequencer.

* :class:`LinkMIDIClock` sends MIDI clock (24 ppqn), Start/Stop/Continue and Song
  Position Pointer, each message at the exact time where the Link timeline puts it.
* :class:`LinkMIDISequencer` plays a :class:`~coremusic.midi.MIDISequence` in the
  Link session: sequence beat ``b`` sounds at Link beat ``start + b``, with ``start``
  on a quantum boundary, looping and following tempo changes.

Both queue messages a short look-ahead in advance on a backend output: a JACK
:class:`~coremusic.backends.jack.midi.JackMIDIOutput` (frame-accurate, through
:class:`JackLinkTimebase`), a CoreMIDI output port and destination, or any
:class:`LinkMIDITarget`. Needs the Link module (:mod:`coremusic.link`).

Example
-------
>>> from coremusic.midi.link import LinkMIDIClock, LinkMIDISequencer, PPQN
>>> PPQN
24
"""

from __future__ import annotations

from coremusic.midi.link._clock import PPQN, ClockStats, LinkMIDIClock, song_position_pointer
from coremusic.midi.link._sequencer import LinkMIDISequencer, SequencerStats, sequence_events
from coremusic.midi.link._targets import (
    CoreMIDITarget,
    JackLinkTimebase,
    JackMIDITarget,
    LinkMIDITarget,
    TimebaseStats,
    make_target,
)

__all__ = [
    "PPQN",
    "ClockStats",
    "CoreMIDITarget",
    "JackLinkTimebase",
    "JackMIDITarget",
    "LinkMIDIClock",
    "LinkMIDISequencer",
    "LinkMIDITarget",
    "SequencerStats",
    "TimebaseStats",
    "make_target",
    "sequence_events",
    "song_position_pointer",
]
