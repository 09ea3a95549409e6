"""Buffer helpers and the ``AudioStreamBasicDescription`` name users already import.

``AudioStreamBasicDescription`` is :class:`coremusic.formats.AudioFormat`: one
implementation serves both names.

Example
-------
>>> from coremusic.buffer_utils import AudioStreamBasicDescription
>>> asbd = AudioStreamBasicDescription.pcm_int16_stereo(44100.0)
>>> asbd.bytes_for_frames(100)
400
"""

from __future__ import annotations

from coremusic.formats import AudioFormat as AudioStreamBasicDescription

__all__ = ["AudioStreamBasicDescription"]
