"""Realtime building blocks shared by every audio backend.

- :class:`RingBuffer`: lock-free single-producer single-consumer ring of float32
  frames; :class:`PlanarRingBuffer`: the same with one contiguous row per
  channel, copied to and from C channel buffers by the audio thread (the
  streams' rings); :class:`EventRing`: the same for byte messages (MIDI).
- :class:`CallbackEngine`: copies between a backend's C buffers and the rings
  or a user callback, catches exceptions, counts xruns and times callbacks.
- :class:`StreamStats`, :class:`CallbackStop`, :class:`CallbackAbort`,
  :class:`StreamStatus`, :func:`realtime_section`.

Example
-------
>>> import numpy as np
>>> from coremusic.realtime import RingBuffer
>>> rb = RingBuffer(1024, channels=2)
>>> rb.write(np.zeros((256, 2), np.float32))
256
"""

from __future__ import annotations

from coremusic.realtime.engine import (
    CallbackAbort,
    CallbackEngine,
    CallbackStop,
    CallbackTime,
    StreamStatus,
    is_c_function,
)
from coremusic.realtime.ringbuffer import (
    EventRing,
    PlanarRingBuffer,
    RingBuffer,
    next_power_of_two,
)
from coremusic.realtime.section import realtime_section
from coremusic.realtime.stats import CallbackTimer, StreamStats

__all__ = [
    "CallbackAbort",
    "CallbackEngine",
    "CallbackStop",
    "CallbackTime",
    "CallbackTimer",
    "EventRing",
    "PlanarRingBuffer",
    "RingBuffer",
    "StreamStats",
    "StreamStatus",
    "is_c_function",
    "next_power_of_two",
    "realtime_section",
]
