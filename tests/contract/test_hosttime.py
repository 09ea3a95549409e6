"""Contract tests of HostTime.h through the CoreAudio double."""

from __future__ import annotations

import pytest

from coremusic import capi


@pytest.fixture
def coreaudio(framework_double):
    double = framework_double("CoreAudio")
    double.implement("AudioGetCurrentHostTime", lambda: 123_456_789_012)
    double.implement("AudioGetHostClockFrequency", lambda: 24_000_000.0)
    double.implement("AudioGetHostClockMinimumTimeDelta", lambda: 1)
    # 125/3 ns per tick, as on Apple silicon
    double.implement("AudioConvertHostTimeToNanos", lambda t: t * 125 // 3)
    double.implement("AudioConvertNanosToHostTime", lambda ns: ns * 3 // 125)
    return double


def test_host_time_round_trip(coreaudio) -> None:
    now = capi.audio_get_current_host_time()
    assert now == 123_456_789_012
    nanos = capi.audio_convert_host_time_to_nanos(now)
    assert nanos == now * 125 // 3
    assert capi.audio_convert_nanos_to_host_time(nanos) == now
    assert capi.audio_get_host_clock_frequency() == 24_000_000.0
    assert capi.audio_get_host_clock_minimum_time_delta() == 1
    assert [name for name, _ in coreaudio.calls][:2] == ["AudioGetCurrentHostTime", "AudioConvertHostTimeToNanos"]


def test_host_time_arguments_are_checked(coreaudio) -> None:
    with pytest.raises(ValueError, match="host_time"):
        capi.audio_convert_host_time_to_nanos(-1)
    with pytest.raises(TypeError, match="nanos"):
        capi.audio_convert_nanos_to_host_time(1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        capi.audio_convert_nanos_to_host_time(2**64)


def test_linux_raises_platform_error_without_double() -> None:
    import sys

    from coremusic.exceptions import PlatformNotSupportedError

    if sys.platform == "darwin":
        pytest.skip("the real framework is present")
    with pytest.raises(PlatformNotSupportedError, match=r"CoreAudio.*linux"):
        capi.audio_get_current_host_time()
