"""Slice audio at onsets, transients, a grid or given times; edit, export and recombine slices.

Example
-------
>>> import numpy as np
>>> from coremusic.audio.slicing import AudioSlicer, SliceRecombinator
>>> sr = 8000
>>> y = np.random.default_rng(0).uniform(-0.5, 0.5, 4 * sr).astype(np.float32)
>>> slices = AudioSlicer(y, sr, method='grid').detect_slices(slice_duration=1.0)
>>> out = SliceRecombinator(slices).recombine('reverse', crossfade_duration=0.01)
>>> out.shape
(31760, 1)
"""

from .collection import SliceCollection
from .recombine import SliceRecombinator
from .slice import Slice, write_audio
from .slicer import AudioSlicer

__all__ = ["AudioSlicer", "Slice", "SliceCollection", "SliceRecombinator", "write_audio"]
