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
    "num_audio_file_markers_to_num_bytes",
    "num_bytes_to_num_audio_file_markers",
]


def _ffi() -> Any:
    from coremusic._ffi import ffi

    return ffi


def audio_channel_layout_tag_get_number_of_channels(tag: int) -> int:
    """``AudioChannelLayoutTag_GetNumberOfChannels``: the channel count in a layout tag's low 16 bits."""
    if isinstance(tag, bool) or not isinstance(tag, int) or not 0 <= tag <= 0xFFFFFFFF:
        raise ValueError(f"an AudioChannelLayoutTag is a UInt32, got {tag!r}")
    return tag & 0xFFFF


def num_bytes_to_num_audio_file_markers(num_bytes: int) -> int:
    """``NumBytesToNumAudioFileMarkers``: markers that fit in an ``AudioFileMarkerList`` of that size."""
    ffi = _ffi()
    header = ffi.offsetof("AudioFileMarkerList", "mMarkers")
    if num_bytes < header:
        return 0
    return int((num_bytes - header) // ffi.sizeof("AudioFileMarker"))


def num_audio_file_markers_to_num_bytes(num_markers: int) -> int:
    """``NumAudioFileMarkersToNumBytes``: the size of an ``AudioFileMarkerList`` holding that many markers."""
    if num_markers < 0:
        raise ValueError(f"num_markers must be >= 0, got {num_markers}")
    ffi = _ffi()
    return int(ffi.offsetof("AudioFileMarkerList", "mMarkers") + num_markers * ffi.sizeof("AudioFileMarker"))


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
