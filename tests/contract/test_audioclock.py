"""Contract tests of CoreAudioClock.h through the cffi-typed AudioToolbox double: CAClockTime
unions, SMPTE, MIDI packet lists built by computed size, listener trampolines."""

from __future__ import annotations

import gc
import struct
import weakref
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic import capi
from coremusic.capi import audioclock
from coremusic.capi.audioclock import ClockTime
from coremusic.exceptions import CoreAudioError
from coremusic.structs import SMPTETime
from tests.doubles.audioclock import AudioClockDouble


@pytest.fixture
def clocks(framework_double: Any) -> AudioClockDouble:
    return AudioClockDouble(framework_double("AudioToolbox"))


def test_transport_and_play_rate(clocks: AudioClockDouble) -> None:
    c = capi.ca_clock_new()
    capi.ca_clock_start(c)
    assert clocks.clocks[c].running
    capi.ca_clock_stop(c)
    capi.ca_clock_arm(c)
    assert clocks.clocks[c].armed
    capi.ca_clock_disarm(c)
    assert clocks.notified == [(c, "strt"), (c, "stop"), (c, "armd"), (c, "darm")]
    capi.ca_clock_set_play_rate(c, 0.5)
    assert capi.ca_clock_get_play_rate(c) == 0.5
    clocks.double.returns("CAClockSetPlayRate", -66806)
    with pytest.raises(CoreAudioError) as info:
        capi.ca_clock_set_play_rate(c, 3.0)
    assert info.value.status == -66806 and info.value.name == "kCAClock_InvalidPlayRateError"
    assert info.value.operation == "CAClockSetPlayRate"
    with pytest.raises(ValueError, match="rate"):
        capi.ca_clock_set_play_rate(c, -1.0)
    capi.ca_clock_dispose(c)
    assert clocks.disposed == [c]
    clocks.double.returns("CAClockNew", -108)
    with pytest.raises(CoreAudioError):
        capi.ca_clock_new()


def test_properties(clocks: AudioClockDouble) -> None:
    c = capi.ca_clock_new()
    assert capi.ca_clock_get_property_info(c, "synm") == (4, True)
    assert struct.unpack("<I", capi.ca_clock_get_property(c, "synm")) == (0x696E7472,)  # 'intr'
    capi.ca_clock_set_property(c, "synm", struct.pack("<I", 0x6D636C6B))  # 'mclk'
    assert capi.ca_clock_get_property(c, 0x73796E6D) == struct.pack("<I", 0x6D636C6B)
    with pytest.raises(CoreAudioError) as info:
        capi.ca_clock_get_property(c, "tmpo")
    assert info.value.name == "kCAClock_UnknownPropertyError"
    with pytest.raises(CoreAudioError) as info:
        capi.ca_clock_set_property(c, "synm", b"\x01")
    assert info.value.status == -66815
    with pytest.raises(TypeError, match="bytes"):
        capi.ca_clock_set_property(c, "name", "clock")  # type: ignore[arg-type]
    capi.ca_clock_dispose(c)


def test_times_in_every_format(clocks: AudioClockDouble) -> None:
    c = capi.ca_clock_new()
    capi.ca_clock_set_current_time(c, ClockTime("beat", 8.0))  # 4 s at 120 bpm
    assert capi.ca_clock_get_current_time(c, "secs") == ClockTime("secs", 4.0)
    assert capi.ca_clock_get_current_time(c, "samp") == ClockTime("samp", 192000.0)
    assert capi.ca_clock_get_current_time(c, "host") == ClockTime("host", 4_000_000_000)
    smpte = capi.ca_clock_get_current_time(c, "smpt")
    assert isinstance(smpte.value, SMPTETime) and smpte.value.seconds == 4
    capi.ca_clock_start(c)
    assert capi.ca_clock_get_start_time(c, "beat") == ClockTime("beat", 8.0)
    with pytest.raises(CoreAudioError) as info:
        capi.ca_clock_set_current_time(c, ClockTime("secs", 1.0))
    assert info.value.name == "kCAClock_CannotSetTimeError"
    assert capi.ca_clock_translate_time(c, ClockTime("host", 1_500_000_000), "beat") == ClockTime("beat", 3.0)
    back = capi.ca_clock_translate_time(c, smpte, "secs")
    assert back.value == pytest.approx(4.0)
    with pytest.raises(ValueError, match="time_format"):
        capi.ca_clock_get_current_time(c, "xxxx")
    with pytest.raises(TypeError, match="ClockTime"):
        capi.ca_clock_translate_time(c, 4.0, "secs")  # type: ignore[arg-type]
    capi.ca_clock_dispose(c)


def test_tempo_smpte_and_bar_beats(clocks: AudioClockDouble) -> None:
    c = capi.ca_clock_new()
    capi.ca_clock_set_current_tempo(c, 90.0)
    assert capi.ca_clock_get_current_tempo(c) == (90.0, ClockTime("beat", 0.0))
    capi.ca_clock_set_current_tempo(c, 60.0, ClockTime("secs", 2.0))
    assert capi.ca_clock_get_current_tempo(c) == (60.0, ClockTime("beat", 2.0))
    s = capi.ca_clock_seconds_to_smpte_time(c, 3661.5, 80)
    assert (s.hours, s.minutes, s.seconds, s.frames, s.subframe_divisor) == (1, 1, 1, 15, 80)
    assert capi.ca_clock_smpte_time_to_seconds(c, s) == pytest.approx(3661.5)
    assert capi.ca_clock_beats_to_bar_beat_time(c, 9.25, 4) == (3, 2, 1, 4)
    assert capi.ca_clock_bar_beat_time_to_beats(c, 3, 2, 1, 4) == 9.25
    with pytest.raises(ValueError, match="bpm"):
        capi.ca_clock_set_current_tempo(c, 0.0)
    with pytest.raises(TypeError, match="SMPTETime"):
        capi.ca_clock_smpte_time_to_seconds(c, 3.0)  # type: ignore[arg-type]
    capi.ca_clock_dispose(c)


def test_parse_midi_packet_list(clocks: AudioClockDouble) -> None:
    c = capi.ca_clock_new()
    packets = [(0, b"\xfa"), (2**40 + 5, b"\xf8"), (7, b"\xf2\x10\x00"), (9, bytes([0xF0] + [1] * 300 + [0xF7]))]
    capi.ca_clock_parse_midi(c, packets)
    assert clocks.clocks[c].parsed == packets
    with pytest.raises(ValueError, match="at least one"):
        capi.ca_clock_parse_midi(c, [])
    with pytest.raises(ValueError, match=r"1\.\.65535"):
        capi.ca_clock_parse_midi(c, [(0, b"")])
    with pytest.raises(TypeError, match="tuple"):
        capi.ca_clock_parse_midi(c, [b"\xf8"])  # type: ignore[list-item]
    clocks.double.returns("CAClockParseMIDI", -50)
    with pytest.raises(CoreAudioError):
        capi.ca_clock_parse_midi(c, packets)
    capi.ca_clock_dispose(c)


def test_listeners_through_the_trampoline(clocks: AudioClockDouble) -> None:
    c = capi.ca_clock_new()
    heard: list[tuple[str, int]] = []
    h = capi.ca_clock_add_listener(c, lambda msg, param: heard.append((msg, param)))
    capi.ca_clock_start(c)
    capi.ca_clock_set_property(c, "synm", struct.pack("<I", 0x6D636C6B))
    assert heard[0] == ("strt", 0)
    assert heard[1][0] == "pchg" and heard[1][1] != 0
    assert h.call_count == 2 and audioclock.clock_listeners(c) == (h,)
    capi.ca_clock_remove_listener(c, h)
    capi.ca_clock_stop(c)
    assert len(heard) == 2 and not h.registered
    with pytest.raises(ValueError, match="not registered"):
        capi.ca_clock_remove_listener(c, h)
    with pytest.raises(TypeError, match="ClockListener"):
        capi.ca_clock_remove_listener(c, print)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="callable"):
        capi.ca_clock_add_listener(c, 3)  # type: ignore[arg-type]
    capi.ca_clock_dispose(c)


def test_listener_errors_and_lifetime(clocks: AudioClockDouble) -> None:
    c = capi.ca_clock_new()

    class Listener:
        def __call__(self, msg: str, param: int) -> None:
            raise ValueError(f"bad {msg}")

    listener = Listener()
    ref = weakref.ref(listener)
    h = capi.ca_clock_add_listener(c, listener)
    del listener
    gc.collect()
    assert ref() is not None
    capi.ca_clock_arm(c)
    assert clocks.double.errors == [] and h.error_count == 1
    with pytest.raises(ValueError, match="bad armd"):
        h.check_errors()
    capi.ca_clock_dispose(c)
    gc.collect()
    assert ref() is None and audioclock.clock_listeners(c) == ()


@settings(max_examples=50, deadline=None)
@given(fmt=st.sampled_from(["samp", "beat", "secs", "smps", "asec"]), value=st.floats(-1e9, 1e9))
def test_clock_time_round_trips_through_cdata(fmt: str, value: float) -> None:
    t = ClockTime(fmt, value)
    assert ClockTime.from_cdata(t.to_cdata()) == t


def test_clock_time_validation() -> None:
    assert ClockTime.from_cdata(ClockTime("host", 2**63).to_cdata()).value == 2**63
    s = SMPTETime(subframe_divisor=80, hours=2, frames=29, type=3)
    assert ClockTime.from_cdata(ClockTime("smpt", s).to_cdata()).value == s
    assert ClockTime(0x62656174, 1).format == "beat"  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="format"):
        ClockTime("midi", 1.0)
    with pytest.raises(TypeError, match="SMPTETime"):
        ClockTime("smpt", 1.0)
    with pytest.raises(ValueError, match="host time"):
        ClockTime("host", -1)
    with pytest.raises(TypeError, match="number"):
        ClockTime("secs", "1")


def test_removed_listener_trampoline_is_retired_until_dispose(clocks: AudioClockDouble) -> None:
    from coremusic._ffi import ffi

    c = capi.ca_clock_new()
    heard: list[str] = []
    h = capi.ca_clock_add_listener(c, lambda msg, param: heard.append(msg))
    proc, user = clocks.clocks[c].listeners[0]
    capi.ca_clock_remove_listener(c, h)
    proc(user, 0x73746F70, ffi.NULL)  # a notification already in flight
    assert heard == [] and len(audioclock._retired[c]) == 1
    capi.ca_clock_dispose(c)
    assert c not in audioclock._retired
