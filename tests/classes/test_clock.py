"""AudioClock class: construction fails off macOS; time formats, tempo, rate and listeners are
driven through the CAClock double (marshalling, not Apple's clock)."""

from __future__ import annotations

import asyncio
import gc
import sys
import weakref
from typing import Any

import pytest

from coremusic.audio.clock import AudioClock, ClockTime
from coremusic.exceptions import CoreAudioError, PlatformNotSupportedError
from coremusic.structs import SMPTETime
from tests.doubles.audioclock import AudioClockDouble


@pytest.mark.skipif(sys.platform == "darwin", reason="AudioToolbox exists on macOS")
def test_construction_raises_platform_not_supported_off_macos() -> None:
    with pytest.raises(PlatformNotSupportedError, match="AudioClock"):
        AudioClock()


@pytest.fixture
def clocks(framework_double: Any) -> AudioClockDouble:
    return AudioClockDouble(framework_double("AudioToolbox"))


def test_time_in_every_unit(clocks: AudioClockDouble) -> None:
    with AudioClock() as clock:
        clock.tempo = 60.0
        assert clock.tempo == 60.0
        clock.set_time(90.5, "secs")
        assert clock.seconds == 90.5
        assert clock.beats == 90.5
        assert clock.samples == 90.5 * 48000
        assert clock.host_time == 90_500_000_000
        assert clock.smpte == SMPTETime(subframes=0, subframe_divisor=80, type=3, minutes=1, seconds=30,
                                        frames=15)
        assert clock.time("beat") == ClockTime("beat", 90.5)
        clock.set_time(ClockTime("beat", 4.0))
        assert clock.seconds == 4.0
        assert clock.translate(2.0, "beat", "samp") == 96000.0
        assert clock.seconds_to_smpte(61.0).minutes == 1
        assert clock.smpte_to_seconds(SMPTETime(hours=1, frames=15)) == 3600.5
        assert clock.beats_to_bar_beat(5.0, 4) == (2, 2, 0, 4)
        assert clock.bar_beat_to_beats(2, 2) == 5.0
        clock.set_tempo(120.0, ClockTime("secs", 1.0))
        assert clock.tempo == 120.0


def test_transport_rate_and_properties(clocks: AudioClockDouble) -> None:
    clock = AudioClock()
    clock.set_time(2.0)
    clock.start()
    assert clock.is_running and clock.start_time("secs").value == 2.0
    assert "running" in repr(clock)
    with pytest.raises(CoreAudioError) as info:
        clock.set_time(5.0)  # not while running
    assert info.value.name == "kCAClock_CannotSetTimeError"
    clock.play_rate = 0.5
    assert clock.play_rate == 0.5
    with pytest.raises(ValueError, match="rate"):
        clock.play_rate = 0.0
    assert clock.sync_mode == "intr"
    clock.sync_mode = "mclk"
    assert clock.sync_mode == "mclk"
    with pytest.raises(ValueError, match="sync_mode"):
        clock.sync_mode = "link"  # type: ignore[assignment]
    assert clock.smpte_format == 3
    clock.smpte_format = 2
    assert clock.smpte_format == 2
    clock.arm()
    clock.disarm()
    clock.parse_midi([(0, b"\xfa"), (10, b"\xf8")])
    handle = clock.handle
    assert clocks.clocks[handle].parsed == [(0, b"\xfa"), (10, b"\xf8")]
    clock.close()
    assert [m for _, m in clocks.notified][-1] == "stop"  # close stopped it
    assert clocks.disposed == [handle] and clock.closed and repr(clock) == "<AudioClock closed>"
    with pytest.raises(ValueError, match="closed"):
        clock.start()


def test_listener_on_the_clock_thread(clocks: AudioClockDouble) -> None:
    with AudioClock() as clock:
        heard: list[str] = []
        h = clock.add_listener(lambda msg, param: heard.append(msg))
        clock.start()
        clock.stop()
        assert heard == ["strt", "stop"]
        clock.remove_listener(h)
        clock.start()
        assert heard == ["strt", "stop"]
        with pytest.raises(TypeError, match="callable"):
            clock.add_listener(None)  # type: ignore[arg-type]


def test_listener_delivered_on_an_asyncio_loop(clocks: AudioClockDouble) -> None:
    async def main() -> list[tuple[str, bool]]:
        loop = asyncio.get_running_loop()
        got: list[tuple[str, bool]] = []
        done = asyncio.Event()

        def on_message(msg: str, param: int) -> None:
            got.append((msg, asyncio.get_running_loop() is loop))
            if msg == "stop":
                done.set()

        with AudioClock() as clock:
            clock.add_listener(on_message, loop=loop)
            clock.start()
            clock.stop()
            assert got == []  # not delivered inside the C callback
            await asyncio.wait_for(done.wait(), 5)
        return got

    assert asyncio.run(main()) == [("strt", True), ("stop", True)]


def test_listener_errors_are_kept_for_check_errors(clocks: AudioClockDouble) -> None:
    with AudioClock() as clock:
        def broken(msg: str, param: int) -> None:
            raise RuntimeError(f"listener failed on {msg}")

        clock.add_listener(broken)
        clock.arm()
        assert clocks.double.errors == []
        with pytest.raises(RuntimeError, match="armd"):
            clock.check_errors()
        clock.check_errors()


def test_clock_is_disposed_when_collected(clocks: AudioClockDouble) -> None:
    clock = AudioClock()
    handle = clock.handle
    ref = weakref.ref(clock)
    del clock
    gc.collect()
    assert ref() is None and clocks.disposed == [handle]


def test_listener_called_from_another_thread_reaches_the_loop_thread(clocks: AudioClockDouble) -> None:
    import threading

    async def main() -> list[tuple[str, bool]]:
        loop = asyncio.get_running_loop()
        loop_thread = threading.get_ident()
        got: list[tuple[str, bool]] = []
        done = asyncio.Event()

        def on_message(msg: str, param: int) -> None:
            got.append((msg, threading.get_ident() == loop_thread))
            done.set()

        with AudioClock() as clock:
            clock.add_listener(on_message, loop=loop)
            # the framework notifies from its own thread: do the same through the C pointer
            worker = threading.Thread(target=clocks.notify, args=(clock.handle, "stim"))
            worker.start()
            await asyncio.wait_for(done.wait(), 5)
            worker.join(5)
            assert not worker.is_alive()
        return got

    assert asyncio.run(main()) == [("stim", True)]
