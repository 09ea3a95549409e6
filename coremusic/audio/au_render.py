"""Offline rendering through an AudioUnit: numpy in, numpy out.

The unit pulls its input through a render callback that copies from the
caller's array (no allocation per call beyond the views cffi makes), and
:func:`render_frames` renders in slices no larger than the unit's
``MaximumFramesPerSlice``.  Used by :class:`~coremusic.audio.audiounit.AudioUnit`.

Example
-------
>>> import numpy as np
>>> as_frames_by_channels(np.zeros(8)).shape
(8, 1)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from coremusic import capi
from coremusic.structs import AudioBufferList, AudioTimeStamp

__all__ = ["ArraySource", "as_frames_by_channels", "render_frames"]


def as_frames_by_channels(data: Any, what: str = "data") -> np.ndarray[Any, np.dtype[np.float32]]:
    """``data`` as a C-contiguous float32 ``(frames, channels)`` array.

    A 1-D array is one channel.  Raises ``TypeError``/``ValueError`` naming
    ``what`` for non-numeric or badly shaped input.

    Example
    -------
    >>> as_frames_by_channels([[0.0, 1.0], [0.5, 0.5]]).shape
    (2, 2)
    """
    arr = np.asarray(data)
    if arr.dtype.kind not in "fiu":
        raise TypeError(f"{what} must be a numeric array, not {arr.dtype}")
    if arr.ndim == 1:
        arr = arr[:, None]
    if arr.ndim != 2:
        raise ValueError(f"{what} must have shape (frames,) or (frames, channels), got {arr.shape}")
    if arr.shape[1] == 0 or arr.shape[1] > 64:
        raise ValueError(f"{what} must have 1..64 channels, got {arr.shape[1]}")
    if not np.all(np.isfinite(arr)):
        raise ValueError(f"{what} contains NaN or infinity")
    return np.ascontiguousarray(arr, dtype=np.float32)


class ArraySource:
    """A render callback that feeds an AudioUnit's input from a ``(frames, channels)`` array.

    Reads past the end give silence.  ``position`` is the next frame to read.

    Example
    -------
    >>> src = ArraySource(np.ones((4, 2), dtype=np.float32))
    >>> src.position
    0
    """

    def __init__(self, data: np.ndarray[Any, np.dtype[np.float32]]) -> None:
        self.data = data
        self.position = 0

    def __call__(self, flags: int, time: AudioTimeStamp | None, bus: int, frames: int,
                 buffers: AudioBufferList | None) -> None:
        if buffers is None:
            return
        start = self.position
        block = self.data[start:start + frames]
        self.position = start + frames
        arrays = buffers.arrays()
        n = block.shape[0]
        channels = self.data.shape[1]
        if len(arrays) == 1:  # interleaved
            out = arrays[0]
            width = out.shape[1]
            out[:n, :] = block[:, [min(c, channels - 1) for c in range(width)]]
            out[n:, :] = 0.0
            return
        for ch, out in enumerate(arrays):
            out[:n, 0] = block[:, min(ch, channels - 1)]
            out[n:, 0] = 0.0


def render_frames(unit: int, frames: int, channels: int, max_slice: int, *,
                  bus: int = 0, start_sample: float = 0.0,
                  before_slice: Callable[[int, int], None] | None = None
                  ) -> np.ndarray[Any, np.dtype[np.float32]]:
    """Render ``frames`` frames of output bus ``bus`` as a ``(frames, channels)`` array.

    ``before_slice(offset, length)`` runs before each slice (to schedule MIDI
    events that fall inside it).

    Example
    -------
    >>> out = render_frames(unit, 44100, 2, 512)     # doctest: +SKIP
    """
    if frames < 0:
        raise ValueError(f"frames must be >= 0, got {frames}")
    out = np.zeros((frames, channels), dtype=np.float32)
    step = max(1, max_slice)
    abl = AudioBufferList.allocate(channels, step)
    views = abl.arrays()
    pos = 0
    while pos < frames:
        n = min(step, frames - pos)
        for v in views:
            v[:] = 0.0
        if before_slice is not None:
            before_slice(pos, n)
        _set_sizes(abl, n)
        capi.audio_unit_render(unit, 0, AudioTimeStamp.from_sample_time(start_sample + pos), bus, n, abl)
        for ch, v in enumerate(abl.arrays()):
            out[pos:pos + n, ch] = v[:n, 0]
        pos += n
    return out


def _set_sizes(abl: AudioBufferList, frames: int) -> None:
    """Tell the unit how many frames each buffer holds for this slice."""
    from coremusic._ffi import ffi

    ptr = abl.pointer
    buffers = ffi.cast("AudioBuffer *", ffi.addressof(ptr.mBuffers[0]))
    for i in range(int(ptr.mNumberBuffers)):
        buffers[i].mDataByteSize = frames * 4 * int(buffers[i].mNumberChannels)
