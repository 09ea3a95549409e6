"""The SDK's ``static inline`` helpers, which no framework exports, in Python.

Example
-------
>>> from coremusic.capi.inline import audio_channel_layout_tag_get_number_of_channels
>>> audio_channel_layout_tag_get_number_of_channels((101 << 16) | 2)   # Stereo
2
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "audio_channel_layout_tag_get_number_of_channels",
    "next_audio_file_region",
]
# NumAudioFileMarkersToNumBytes and NumBytesToNumAudioFileMarkers live beside the
# rest of AudioFile.h in coremusic.capi.audiofile.


def _ffi() -> Any:
    from coremusic._ffi import ffi

    return ffi


def audio_channel_layout_tag_get_number_of_channels(tag: int) -> int:
    """``AudioChannelLayoutTag_GetNumberOfChannels``: the channel count in a layout tag's low 16 bits."""
    if isinstance(tag, bool) or not isinstance(tag, int) or not 0 <= tag <= 0xFFFFFFFF:
        raise ValueError(f"an AudioChannelLayoutTag is a UInt32, got {tag!r}")
    return tag & 0xFFFF


def next_audio_file_region(region: object) -> object:
    """``NextAudioFileRegion``: a pointer to the region after ``region`` in an ``AudioFileRegionList``.

    ``region`` is a cffi ``AudioFileRegion *``; regions are variable-length
    (their ``mMarkers`` array holds ``mNumberMarkers`` entries).
    """
    ffi = _ffi()
    if ffi.typeof(region) is not ffi.typeof("AudioFileRegion *"):
        raise TypeError(f"expected an AudioFileRegion *, got {ffi.typeof(region)}")
    size = ffi.offsetof("AudioFileRegion", "mMarkers") + region.mNumberMarkers * ffi.sizeof("AudioFileMarker")  # type: ignore[attr-defined]
    return ffi.cast("AudioFileRegion *", ffi.cast("char *", region) + size)
