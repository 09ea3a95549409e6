"""MIDIPlayer's scheduling on an output with a clock the test sets: exact frames across
tempo changes, drift-free loops over hundreds of iterations, releases on stop/pause/seek,
hanging notes -- deterministic and without a server (the JACK tests run the real thing)."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.midi.messages import MIDIEvent, MIDIMessage
from coremusic.midi.player import MIDIPlayer, schedule_frames
from coremusic.midi.port_adapters import OutputAdapter
from coremusic.midi.sequence import MIDISequence

RATE = 44100  # frames per beat at odd tempos are not whole numbers


class ClockOutput:
    """An OutputAdapter whose clock is ``self.clock`` and which records what is sent."""

    name = "fake"
    rate = float(RATE)
    late = 0
    queued = 0

    def __init__(self) -> None:
        self.clock = 1_000_000
        self.sent: list[tuple[int, bytes]] = []

    def now(self) -> int:
        return self.clock

    def send(self, message: MIDIMessage | bytes, stamp: int | None = None) -> None:
        assert stamp is not None
        self.sent.append((stamp, bytes(message)))

    def cancel(self, from_stamp: int) -> int:
        self.cancelled = [(f, d) for f, d in self.sent if f >= from_stamp]
        self.sent = [(f, d) for f, d in self.sent if f < from_stamp]
        return len(self.cancelled)

    def close(self) -> None:
        self.sent.append((-1, b"closed"))


def test_fake_output_is_an_output_adapter() -> None:
    assert isinstance(ClockOutput(), OutputAdapter)


def _sequence(bpm: float = 97.0) -> MIDISequence:
    seq = MIDISequence(tempo=bpm, ppq=96)
    track = seq.add_track("t")
    for k in range(8):
        track.add_note_ticks(k * 96, 60 + k, 100, 50, channel=k % 2)
    return seq


def test_loops_never_drift_over_hundreds_of_iterations() -> None:
    seq = _sequence()
    out = ClockOutput()
    player = MIDIPlayer(seq, out, lookahead=400.0, start_delay=0.0)
    player.set_loop(96, 96 * 3, ticks=True)  # two beats at 97 BPM: 54556.7... frames
    try:
        first = player.start(at_frame=out.clock + 10)
        assert player.iterations > 300
        beat = seq.tempo_map.seconds_exact(96)  # 97 BPM as a file stores it: 618557 us per beat
        loop = 2 * beat * RATE
        ons = [f for f, d in out.sent if d[:2] == bytes([0x91, 61])]
        assert ons[0] == first + round(beat * RATE)
        # iteration k: exactly k loop lengths later, rounded once (never accumulated)
        assert ons == [first + round(beat * RATE + k * loop) for k in range(len(ons))]
    finally:
        player.close()


def test_stop_pause_seek_recall_the_queue_and_release_what_sounds_then() -> None:
    seq = _sequence()
    seq.tracks[0].add_control_change(0.0, 64, 127)
    out = ClockOutput()
    player = MIDIPlayer(seq, out, lookahead=0.7, start_delay=0.0)  # up to the 2nd note-on
    first = player.start(at_frame=out.clock)
    assert [d for _, d in out.sent][:3] == [b"\xb0\x40\x7f", b"\x90\x3c\x64", b"\x80\x3c\x00"]
    at = first + round(seq.tempo_map.seconds_exact(120) * RATE)  # the 2nd note (96..146) sounds
    out.clock = at
    with player._cond:
        player._feed()  # queue up to tick 120 + 0.7 s: beyond the 2nd note-off
    assert (first + round(seq.tempo_map.seconds_exact(146) * RATE), b"\x81\x3d\x00") in out.sent
    player.pause()
    # everything from the pause frame on is recalled; only what sounds there is released, there
    assert out.cancelled and all(f >= at for f, _ in out.cancelled)
    assert [d for f, d in out.sent if f < at] == [b"\xb0\x40\x7f", b"\x90\x3c\x64", b"\x80\x3c\x00",
                                                 b"\x91\x3d\x64"]
    release = [(f, d) for f, d in out.sent if f >= at]
    assert release == [(at, b"\x81\x3d\x00"), (at, b"\xb0\x40\x00"), (at, b"\xb0\x7b\x00"),
                       (at, b"\xb1\x7b\x00")]
    assert player.state == "paused" and player.position_ticks == 120
    # resuming goes on from the first recalled event; the released note-off is not sent again
    out.clock = at + 1000
    again = player.start()
    assert again == at + 1000
    resumed = [(f, d) for f, d in out.sent if f >= again]
    assert resumed[0] == (again + round((seq.tempo_map.seconds_exact(192) - seq.tempo_map.seconds_exact(120))
                                        * RATE), b"\x90\x3e\x64")
    # seek while paused only moves the position; starting plays from there
    player.pause()
    assert player.seek(tick=96 * 5) is None
    out.clock += 10_000
    again = player.start()
    assert (again, b"\x91\x41\x64") in out.sent
    player.stop()
    assert [d for _, d in out.sent][-2:] == [b"\xb0\x7b\x00", b"\xb1\x7b\x00"]
    assert all(f <= out.clock for f, _ in out.sent)  # nothing after the stop but the releases
    assert player.position_ticks == 0 and not player.is_playing
    assert first == 1_000_000
    player.close()
    assert out.sent[-1] != (-1, b"closed")  # an output given to the player stays open


def test_the_note_off_of_a_released_note_is_not_sent_again() -> None:
    seq = MIDISequence(ppq=96)
    seq.add_track("t").add_note_ticks(0, 60, 100, 96 * 4)
    out = ClockOutput()
    player = MIDIPlayer(seq, out, lookahead=0.1, start_delay=0.0)
    player.start(at_frame=out.clock)
    player.pause()
    player.start()
    out.clock += 10 * RATE
    with player._cond:  # run the feeder's step now instead of waiting for its thread
        player._feed()
    offs = [d for _, d in out.sent if d == b"\x80\x3c\x00"]
    assert len(offs) == 1 and player.state == "finished"
    player.close()


def test_hanging_notes_end_with_the_track() -> None:
    seq = MIDISequence(ppq=96)
    track = seq.add_track("t")
    track.add_message(MIDIMessage.note_on(62, 80), tick=0)
    track.end_tick = 96 * 2
    out = ClockOutput()
    player = MIDIPlayer(seq, out, lookahead=100.0, start_delay=0.0)
    first = player.start(at_frame=out.clock)
    assert out.sent == [(first, b"\x90\x3e\x50"), (first + RATE, b"\x80\x3e\x00")]
    assert player.state == "finished"
    player.close()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5000), st.integers(1, 4000)), max_size=4),
       st.lists(st.integers(0, 6000), min_size=1, max_size=30), st.sampled_from([24, 96, 480]))
def test_schedule_frames_are_the_exact_times_rounded_once(changes: list[tuple[int, int]],
                                                          ticks: list[int], ppq: int) -> None:
    seq = MIDISequence(ppq=ppq)
    for tick, usec in changes:
        seq.conductor.add_event(MIDIEvent(0.0, 0xFF, 0, 0x51, 0, tick=tick, data=(usec * 250).to_bytes(3, "big")))
    track = seq.add_track("t")
    for t in ticks:
        track.add_message(MIDIMessage.control_change(1, t % 128), tick=t)
    tm = seq.tempo_map
    got = schedule_frames(seq, RATE, start=7)
    want = sorted((7 + round(tm.seconds_exact(t) * RATE), t) for t in ticks)
    assert [f for f, _ in got] == [f for f, _ in want]
    assert [f for f, _ in got] == sorted(f for f, _ in got)


def test_validation() -> None:
    seq = _sequence()
    with pytest.raises(TypeError, match="OutputAdapter"):
        MIDIPlayer(seq, object())  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="start_delay"):
        MIDIPlayer(seq, ClockOutput(), start_delay=-1)
    with pytest.raises(ValueError, match="backend"):
        MIDIPlayer(seq, backend="alsa")  # type: ignore[arg-type]
    player = MIDIPlayer(seq, ClockOutput())
    with pytest.raises(ValueError, match=">= 0"):
        player.seek(-1.0)
    player.set_loop(0.5, 1.0)
    player.set_loop(None)
    assert player.loop is None
    assert player.duration == float(Fraction(618557, 10**6) * (7 * 96 + 50) / 96)
    player.close()


def test_position_follows_the_clock_through_loop_iterations() -> None:
    seq = MIDISequence(tempo=120.0, ppq=96)
    seq.add_track("t").add_note_ticks(0, 60, 100, 96 * 8)
    out = ClockOutput()
    player = MIDIPlayer(seq, out, lookahead=10.0, start_delay=0.0)
    player.set_loop(96, 96 * 3, ticks=True)  # beats 1-3: one second per iteration
    first = player.start(at_frame=out.clock)
    assert player.iterations >= 8  # scheduled ten seconds ahead
    half_beat = RATE // 4
    for k, (frame, tick) in enumerate([(first + half_beat, 48), (first + 2 * half_beat, 96),
                                       (first + 6 * half_beat, 96), (first + 7 * half_beat, 96 + 48),
                                       (first + 15 * half_beat, 96 + 48)]):
        out.clock = frame
        assert player.position_ticks == tick, k
    player.close()
