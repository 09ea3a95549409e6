"""Smoke tests against Apple's real frameworks (macOS only).

They run in the macOS workflow; on other platforms the ``macos`` marker skips
them with the reason.  Nothing here is claimed verified until that workflow
has run them.
"""

from __future__ import annotations

import numpy as np
import pytest

from coremusic import capi
from coremusic.formats import AudioFormat

pytestmark = pytest.mark.macos

SYSTEM_OBJECT = 1  # kAudioObjectSystemObject


def test_host_clock_runs() -> None:
    first = capi.audio_get_current_host_time()
    nanos = capi.audio_convert_host_time_to_nanos(first)
    assert first > 0 and nanos > 0
    assert capi.audio_get_host_clock_frequency() > 0
    assert capi.audio_get_current_host_time() >= first


def test_hal_lists_devices() -> None:
    devices = capi.audio_object_get_property_array_uint32(SYSTEM_OBJECT, ("dev#", "glob", 0))
    assert isinstance(devices, list)
    for device in devices:
        name = capi.audio_object_get_property_cfstring(device, ("lnam", "glob", 0))
        assert isinstance(name, str)


def test_audio_format_knows_pcm_and_aac() -> None:
    assert "lpcm" in capi.audio_format_get_decode_format_ids()
    assert "aac " in capi.audio_format_get_encode_format_ids()
    assert capi.audio_format_get_format_name(AudioFormat.pcm(44100.0, 2, 16))


def test_audio_file_write_then_read(tmp_path) -> None:
    fmt = AudioFormat.pcm(44100.0, channels=1, bits=16)
    path = tmp_path / "tone.wav"
    samples = (np.sin(np.arange(4410) * 2 * np.pi * 440 / 44100) * 20000).astype("<i2")
    handle = capi.audio_file_create_with_url(path, "WAVE", fmt, flags=1)
    try:
        assert capi.audio_file_write_bytes(handle, 0, samples.tobytes()) == samples.nbytes
    finally:
        capi.audio_file_close(handle)
    handle = capi.audio_file_open_url(path)
    try:
        data = capi.audio_file_read_bytes(handle, 0, samples.nbytes)
        assert AudioFormat.from_asbd_bytes(capi.audio_file_get_property(handle, "dfmt")) == fmt
    finally:
        capi.audio_file_close(handle)
    assert np.array_equal(np.frombuffer(data, "<i2"), samples)
