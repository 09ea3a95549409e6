"""The SDK's static inline helpers, reimplemented in Python, against the SDK's layouts."""

from __future__ import annotations

import pytest

from coremusic import capi
from coremusic._ffi import ffi
from coremusic.capi import inline
from tests.abi import facts


def test_channel_count_from_tag() -> None:
    consts = facts.constants()
    stereo = consts["kAudioChannelLayoutTag_Stereo"]["value"]
    surround = consts["kAudioChannelLayoutTag_MPEG_5_1_A"]["value"]
    assert inline.audio_channel_layout_tag_get_number_of_channels(stereo) == 2
    assert inline.audio_channel_layout_tag_get_number_of_channels(surround) == 6
    with pytest.raises(ValueError):
        inline.audio_channel_layout_tag_get_number_of_channels(-1)


def test_marker_list_sizes_follow_the_sdk_layout() -> None:
    rec = facts.records()
    header = rec["AudioFileMarkerList"]["targets"]["arm64"]["offsets"][2]
    marker = rec["AudioFileMarker"]["targets"]["arm64"]["size"]
    assert capi.num_audio_file_markers_to_num_bytes(3) == header + 3 * marker
    assert capi.num_bytes_to_num_audio_file_markers(header + 3 * marker) == 3
    assert capi.num_bytes_to_num_audio_file_markers(header - 1) == 0
    with pytest.raises(ValueError):
        capi.num_audio_file_markers_to_num_bytes(-1)


def test_next_region_walks_variable_length_regions() -> None:
    marker = ffi.sizeof("AudioFileMarker")
    head = ffi.offsetof("AudioFileRegion", "mMarkers")
    raw = ffi.new("char[]", 2 * head + 3 * marker)
    first = ffi.cast("AudioFileRegion *", raw)
    first.mRegionID = 1
    first.mNumberMarkers = 2
    second = inline.next_audio_file_region(first)
    assert int(ffi.cast("uintptr_t", second)) - int(ffi.cast("uintptr_t", first)) == head + 2 * marker
    with pytest.raises(TypeError):
        inline.next_audio_file_region(ffi.new("int *"))
