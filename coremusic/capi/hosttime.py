"""HostTime.h: the host clock that timestamps CoreAudio and CoreMIDI events.

Example
-------
>>> from coremusic import capi                          # doctest: +SKIP
>>> now = capi.audio_get_current_host_time()            # doctest: +SKIP
>>> capi.audio_convert_host_time_to_nanos(now) > 0      # doctest: +SKIP
True
"""

from __future__ import annotations

from coremusic._ffi import lib

__all__ = [
    "audio_convert_host_time_to_nanos",
    "audio_convert_nanos_to_host_time",
    "audio_get_current_host_time",
    "audio_get_host_clock_frequency",
    "audio_get_host_clock_minimum_time_delta",
]

_U64_MAX = 0xFFFF_FFFF_FFFF_FFFF


def _u64(value: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what} must be an int, not {type(value).__name__}")
    if not 0 <= value <= _U64_MAX:
        raise ValueError(f"{what} must be in 0..2**64-1, got {value}")
    return value


def audio_get_current_host_time() -> int:
    """``AudioGetCurrentHostTime``: the current host time in host ticks."""
    return int(lib.AudioGetCurrentHostTime())


def audio_get_host_clock_frequency() -> float:
    """``AudioGetHostClockFrequency``: host ticks per second."""
    return float(lib.AudioGetHostClockFrequency())


def audio_get_host_clock_minimum_time_delta() -> int:
    """``AudioGetHostClockMinimumTimeDelta``: the smallest measurable tick difference."""
    return int(lib.AudioGetHostClockMinimumTimeDelta())


def audio_convert_host_time_to_nanos(host_time: int) -> int:
    """``AudioConvertHostTimeToNanos``: host ticks -> nanoseconds."""
    return int(lib.AudioConvertHostTimeToNanos(_u64(host_time, "host_time")))


def audio_convert_nanos_to_host_time(nanos: int) -> int:
    """``AudioConvertNanosToHostTime``: nanoseconds -> host ticks."""
    return int(lib.AudioConvertNanosToHostTime(_u64(nanos, "nanos")))
