"""Smoke tests of the device classes against the real CoreAudio HAL (macOS only; the
``macos`` marker skips them elsewhere).  Nothing here is claimed verified until the
macOS workflow has run them."""

from __future__ import annotations

import pytest

from coremusic.audio.hal_devices import AudioDeviceManager, drain_events

pytestmark = pytest.mark.macos


def test_devices_round_trip_by_uid() -> None:
    devices = AudioDeviceManager.get_devices()
    for device in devices:
        assert AudioDeviceManager.find_device_by_uid(device.uid) == device
        assert device.channel_count("input") >= 0 and device.channel_count("output") >= 0
        assert device.sample_rate > 0
        assert any(r.contains(device.sample_rate) for r in device.sample_rate_ranges)
        low, high = device.buffer_frame_size_range
        assert low <= device.buffer_frame_size <= high
    default = AudioDeviceManager.get_default_output_device()
    if default is not None:
        assert default in devices and default.channel_count("output") > 0


def test_listeners_register_and_remove() -> None:
    seen: list[object] = []
    with AudioDeviceManager.on_devices_changed(seen.append) as sub:
        assert sub.active
    assert not sub.active and drain_events(5.0)
    sub.check_errors()
