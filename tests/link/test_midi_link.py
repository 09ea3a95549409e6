"""coremusic.midi.link on a local Link timeline: disabled sessions, no network.

The clock and sequencer are driven with ``run_once`` (what their thread does each
wake-up) into a recording target, so every message's Link time is checked exactly.
The JACK timebase runs against the dummy JACK server of tests/jack.
"""

from __future__ import annotations

import doctest
import importlib
import itertools
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from coremusic.link import LinkSession
from coremusic.midi import MIDISequence
from coremusic.midi.link import (
    CoreMIDITarget,
    JackLinkTimebase,
    LinkMIDIClock,
    LinkMIDISequencer,
    LinkMIDITarget,
    make_target,
    sequence_events,
    song_position_pointer,
)

TICK_US = 60e6 / 120.0 / 24   # a clock tick at 120 bpm


def _until(predicate: Callable[[], bool], step: Callable[[], None] | None = None,
           timeout: float = 10.0) -> None:
    """Bounded wait: poll ``predicate`` (calling ``step`` between polls)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s")
        time.sleep(0.02)
        if step is not None:
            step()


class Recorder(LinkMIDITarget):
    """A target that keeps (bytes, Link time) of everything sent."""

    def __init__(self) -> None:
        self.sent: list[tuple[bytes, float]] = []
        self.refreshed = 0

    def refresh(self) -> None:
        self.refreshed += 1

    def timestamp(self, time: float) -> int:
        return round(time)

    def send(self, data: bytes, time: float) -> None:
        self.sent.append((data, time))

    def statuses(self) -> list[int]:
        return [d[0] for d, _ in self.sent]


class RecallingRecorder(Recorder):
    """A Recorder whose queue can be recalled (as a JACK target's)."""

    def __init__(self) -> None:
        super().__init__()
        self.recalled: list[tuple[bytes, float]] = []
        self.cuts: list[float] = []

    def cancel(self, time: float) -> bool:
        self.cuts.append(time)
        self.recalled += [(d, t) for d, t in self.sent if t >= time]
        self.sent = [(d, t) for d, t in self.sent if t < time]
        return True


@pytest.fixture
def session() -> Iterator[LinkSession]:
    """A disabled session at 120 bpm whose beat 0 falls 100 ms from now."""
    s = LinkSession(bpm=120.0)
    s.force_beat_at_time(0.0, s.clock.micros() + 100_000)
    yield s
    s.close()


def _t0(s: LinkSession) -> int:
    return s.time_at_beat(0.0)


@pytest.mark.usefixtures("no_sockets")
class TestClock:
    def test_ticks_are_a_24th_of_a_beat_apart(self, session: LinkSession) -> None:
        rec = Recorder()
        clock = LinkMIDIClock(session, rec, lookahead=1.0)
        clock.run_once()
        times = [t for d, t in rec.sent]
        assert set(rec.statuses()) == {0xF8} and len(times) >= 40
        assert all(abs(b - a - TICK_US) <= 1.0 for a, b in itertools.pairwise(times))
        state = session.capture_app_session_state()
        assert all(abs(state.beat_at_time(round(t)) * 24 - round(state.beat_at_time(round(t)) * 24))
                   < 1e-3 for t in times)
        assert rec.refreshed == 1 and clock.stats.ticks == len(times)

    def test_start_on_the_bar_and_stop_on_time(self, session: LinkSession) -> None:
        rec = Recorder()
        clock = LinkMIDIClock(session, rec, lookahead=0.5, rewind_on_stop=False)
        t0 = _t0(session)
        session.set_is_playing(True, t0 - 50_000)      # just before the bar line at beat 0
        clock.run_once()
        stop = t0 + 1_000_000                          # beyond what is queued
        session.set_is_playing(False, stop)
        clock.run_once()
        _until(lambda: rec.sent[-1][1] >= stop + 100_000, clock.run_once)
        statuses = rec.statuses()
        i_start, i_stop = statuses.index(0xFA), statuses.index(0xFC)
        assert rec.sent[i_start][1] == pytest.approx(t0, abs=1.0)
        assert rec.sent[i_start + 1] == (b"\xf8", rec.sent[i_start][1])
        assert rec.sent[i_stop][1] == pytest.approx(stop, abs=1.0)
        assert statuses[i_start:i_stop].count(0xF8) == 48        # 2 beats
        assert 0xF8 in statuses[i_stop:], "the clock runs on while stopped"
        s = clock.stats
        assert (s.starts, s.stops, s.playing, s.position) == (1, 1, False, 2.0)
        # Not rewound: the next start continues from beat 2 (sixteenth 8).
        session.set_is_playing(True, stop + 200_000)
        clock.run_once()
        _until(lambda: 0xFB in rec.statuses(), clock.run_once)
        i_spp = rec.statuses().index(0xF2)
        assert rec.sent[i_spp][0] == song_position_pointer(8)
        assert rec.statuses()[i_spp + 1: i_spp + 3] == [0xFB, 0xF8]
        assert session.capture_app_session_state().beat_at_time(
            round(rec.sent[i_spp][1])) == pytest.approx(4.0, abs=1e-6)
        assert clock.playing and "playing" in repr(clock)

    def test_seek_sends_song_position_and_only_while_stopped(self, session: LinkSession) -> None:
        rec = Recorder()
        clock = LinkMIDIClock(session, rec)
        with pytest.raises(ValueError, match="sixteenth"):
            clock.seek(1.1)
        with pytest.raises(ValueError, match="sixteenth"):
            clock.seek(-1.0)
        clock.seek(2.25)
        clock.run_once()
        assert rec.sent[0][0] == song_position_pointer(9) and clock.position == 2.25
        session.set_is_playing(True, _t0(session))
        clock.run_once()
        assert clock.stats.song_positions == 1
        with pytest.raises(RuntimeError, match="stopped"):
            clock.seek(0.0)

    def test_without_transport_following_it_starts_and_stops_with_the_clock(
            self, session: LinkSession) -> None:
        rec = Recorder()
        clock = LinkMIDIClock(session, rec, follow_transport=False, clock_while_stopped=False,
                              lookahead=0.5, interval=0.01)
        with clock:
            assert clock.running
            _until(lambda: 0xFA in rec.statuses())
        assert not clock.running and clock.closed
        statuses = rec.statuses()
        assert statuses[0] == 0xFA and statuses[-1] == 0xFC and set(statuses[1:-1]) == {0xF8}
        beat = session.capture_app_session_state().beat_at_time(round(rec.sent[0][1]))
        assert beat == pytest.approx(round(beat / 4) * 4, abs=1e-6)
        assert "closed" in repr(clock)
        with pytest.raises(RuntimeError, match="closed"):
            clock.start()

    def test_a_jump_of_the_timeline_relocates(self, session: LinkSession) -> None:
        rec = Recorder()
        clock = LinkMIDIClock(session, rec, lookahead=0.2)
        session.set_is_playing(True, _t0(session) - 200_000)
        clock.run_once()
        # Jump to just past bar line 32: on the new timeline Link started (about 0.2
        # beats ago) right before it. The clock stops after what it had queued and
        # continues on the next sixteenth with the song position from that bar line.
        session.force_beat_at_time(32.1, session.clock.micros())
        clock.run_once()
        s = clock.stats
        assert s.resyncs == 1 and s.stops == 1 and s.continues == 1 and s.song_positions == 1
        i_spp = rec.statuses().index(0xF2)
        assert rec.statuses()[i_spp - 1: i_spp + 3] == [0xFC, 0xF2, 0xFB, 0xF8]
        beat = session.capture_app_session_state().beat_at_time(round(rec.sent[i_spp][1]))
        assert beat * 4 == pytest.approx(round(beat * 4), abs=1e-5)
        assert rec.sent[i_spp][0] == song_position_pointer(round((beat - 32.0) * 4))

    def test_bad_arguments(self, session: LinkSession) -> None:
        rec = Recorder()
        with pytest.raises(TypeError, match="follow_transport"):
            LinkMIDIClock(session, rec, follow_transport=1)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="lookahead"):
            LinkMIDIClock(session, rec, lookahead=0.0)
        with pytest.raises(ValueError, match="interval"):
            LinkMIDIClock(session, rec, lookahead=0.1, interval=0.5)
        with pytest.raises(TypeError, match="LinkSession"):
            LinkMIDIClock(object(), rec)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="song position"):
            song_position_pointer(-1)
        assert song_position_pointer(16384) == song_position_pointer(0)


def _sequence(*notes: tuple[float, int, float]) -> MIDISequence:
    seq = MIDISequence(ppq=96)
    track = seq.add_track("t")
    for beat, pitch, length in notes:
        track.add_note_ticks(round(beat * 96), pitch, 90, round(length * 96))
    return seq


@pytest.mark.usefixtures("no_sockets")
def test_clock_stop_recalls_queued_ticks_where_the_target_can(session: LinkSession) -> None:
    rec = RecallingRecorder()
    clock = LinkMIDIClock(session, rec, lookahead=2.0, interval=0.01, rewind_on_stop=False)
    t0 = _t0(session)
    session.set_is_playing(True, t0 - 50_000)
    clock.start()
    _until(lambda: session.clock.micros() > t0 + 300_000 and 0xFA in rec.statuses())
    clock.stop()
    cut = rec.cuts[0]
    assert rec.recalled and all(t >= cut for _, t in rec.recalled)
    assert rec.sent[-1] == (b"\xfc", cut) and all(t < cut for _, t in rec.sent[:-1])
    statuses = rec.statuses()
    played = statuses[statuses.index(0xFA):].count(0xF8)
    s = clock.stats
    assert s.ticks == statuses.count(0xF8) and not s.playing
    # the song position counts the ticks heard, rounded up to a sixteenth when stopped
    assert round(s.position * 24) == -(-played // 6) * 6


@pytest.mark.usefixtures("no_sockets")
class TestSequencer:
    def test_events_in_beats(self) -> None:
        seq = _sequence((0.0, 60, 1.0), (1.0, 62, 0.5))
        seq.tracks[0].add_sysex(0.0, b"\x7e\x7f\x09\x01")
        seq.tracks[0].add_text(0.0, "meta events are not played")
        events, length = sequence_events(seq)
        # Everything else before the note-ons of the same instant (a program change
        # or sysex sets up the note it comes with).
        assert [(b, d[0]) for b, d in events] == [(0.0, 0xF0), (0.0, 0x90), (1.0, 0x80),
                                                  (1.0, 0x90), (1.5, 0x80)]
        assert length == 1.5
        with pytest.raises(TypeError, match="MIDISequence"):
            sequence_events([])  # type: ignore[arg-type]

    def test_plays_once_on_the_beats_from_a_bar(self, session: LinkSession) -> None:
        seq = _sequence((0.0, 60, 0.5), (1.0, 62, 0.5), (2.5, 64, 1.0))
        rec = Recorder()
        player = LinkMIDISequencer(session, seq, rec, loop=False, lookahead=3.0)
        assert player.loop_beats == 4.0
        player.run_once()
        state = session.capture_app_session_state()
        beats = [(d.hex(), round(state.beat_at_time(round(t)), 4)) for d, t in rec.sent]
        start = beats[0][1]
        assert start % 4 == 0
        assert [(h, b - start) for h, b in beats] == [
            ("903c5a", 0.0), ("803c00", 0.5), ("903e5a", 1.0), ("803e00", 1.5),
            ("90405a", 2.5), ("804000", 3.5)]
        assert player.finished and not player.playing
        s = player.stats
        assert (s.notes_on, s.notes_off, s.loops, s.skipped) == (3, 3, 1, 0)

    def test_loops_cut_at_loop_beats_and_release_held_notes(self, session: LinkSession) -> None:
        seq = _sequence((0.0, 60, 3.0), (2.0, 62, 0.5))
        rec = Recorder()
        player = LinkMIDISequencer(session, seq, rec, loop_beats=1.5, lookahead=2.5)
        player.run_once()
        state = session.capture_app_session_state()
        sent = [(d.hex(), round(state.beat_at_time(round(t)), 4)) for d, t in rec.sent]
        start = sent[0][1]
        assert [(h, b - start) for h, b in sent[:4]] == [
            ("903c5a", 0.0), ("803c00", 1.5), ("903c5a", 1.5), ("803c00", 3.0)]
        assert all(h[2:4] != "3e" for h, _ in sent), "the note after the loop end was played"

    def test_stop_sends_note_offs_after_the_queue(self, session: LinkSession) -> None:
        rec = Recorder()
        player = LinkMIDISequencer(session, _sequence((0.0, 60, 4.0), (0.0, 64, 4.0)), rec,
                                   lookahead=0.5, interval=0.01)
        player.start()
        _until(lambda: len(rec.sent) >= 2)
        with pytest.raises(RuntimeError, match="stopped"):
            player.sequence = _sequence()
        player.stop()
        assert [d.hex() for d, _ in rec.sent] == ["903c5a", "90405a", "803c00", "804000"]
        assert rec.sent[2][1] >= rec.sent[1][1]
        assert player.errors == [] and not player.playing

    def test_stop_recalls_the_queue_where_the_target_can(self, session: LinkSession) -> None:
        rec = RecallingRecorder()
        seq = _sequence((0.0, 60, 4.0), *[(0.5 * k, 70 + k, 0.25) for k in range(8)])
        player = LinkMIDISequencer(session, seq, rec, lookahead=2.0, interval=0.01)
        player.start()
        t0 = _t0(session)
        _until(lambda: session.clock.micros() > t0 + 300_000)  # beat 0.6: note 60 sounds
        player.stop()
        cut = rec.cuts[0]
        assert len(rec.cuts) == 1 and rec.recalled, "nothing queued ahead was recalled"
        assert all(t >= cut for _, t in rec.recalled)
        played = [(d, t) for d, t in rec.sent if t < cut]
        releases = rec.sent[len(played):]
        # the releases, at the cut: exactly the notes sounding there (note 60 among them)
        sounding: dict[int, int] = {}
        for d, _ in played:
            sounding[d[1]] = sounding.get(d[1], 0) + (1 if d[0] == 0x90 else -1)
        want = [bytes((0x80, n, 0)) for n, v in sorted(sounding.items()) if v > 0]
        assert b"\x80\x3c\x00" in want
        assert releases == [(d, cut) for d in want]
        balance: dict[int, int] = {}
        for d, _ in rec.sent:
            balance[d[1]] = balance.get(d[1], 0) + (1 if d[0] == 0x90 else -1)
        assert set(balance.values()) == {0}, "a note was left hanging"
        s = player.stats
        assert s.notes_on == s.notes_off == sum(d[0] == 0x90 for d, _ in rec.sent)

    def test_follows_link_start_and_joins_mid_loop(self, session: LinkSession) -> None:
        seq = _sequence(*[(float(b), 60 + b, 0.5) for b in range(4)])
        rec = Recorder()
        player = LinkMIDISequencer(session, seq, rec, follow_transport=True, lookahead=0.3)
        player.run_once()
        assert rec.sent == [] and not player.playing
        # Started 2 bars + 1.6 beats ago: this pass began 1.6 beats ago.
        session.force_beat_at_time(9.6, session.clock.micros())
        session.set_is_playing(True, session.time_at_beat(0.0))
        player.run_once()
        state = session.capture_app_session_state()
        first = rec.sent[0]
        assert first[0].hex() == "903e5a"       # sequence beat 2 (the next one)
        assert state.beat_at_time(round(first[1])) == pytest.approx(10.0, abs=1e-6)
        assert player.stats.skipped == 2        # beats 0 and 1 of the pass had passed
        session.set_is_playing(False, session.clock.micros() + 250_000)
        player.run_once()
        assert rec.sent[-1][0].hex() == "803e00" and not player.playing


    def test_a_jump_ahead_goes_to_the_current_pass(self, session: LinkSession) -> None:
        seq = _sequence(*[(float(b), 60 + b, 0.5) for b in range(4)])
        rec = Recorder()
        player = LinkMIDISequencer(session, seq, rec, lookahead=0.3)
        player.run_once()
        session.force_beat_at_time(session.beat_at_time() + 400.0)
        player.run_once()
        s = player.stats
        assert s.loops <= 1 and s.skipped <= 4, "the jump was played through pass by pass"
        assert s.start_beat is not None and s.start_beat >= 396.0
        assert s.notes_on == s.notes_off or s.notes_on == s.notes_off + 1


@pytest.mark.usefixtures("no_sockets")
def test_targets_and_their_errors(session: LinkSession) -> None:
    calls: list[tuple[Any, bytes, int]] = []

    class Port:
        def send_data(self, dest: Any, data: bytes, timestamp: int = 0) -> None:
            calls.append((dest, data, timestamp))

    target = make_target(session, Port(), "dest")
    assert isinstance(target, CoreMIDITarget)
    target.send(b"\xf8", 1_500_000.2)
    assert calls == [("dest", b"\xf8", session.clock.micros_to_ticks(1_500_000))]
    assert target.now() > 0 and "dest" in repr(target)
    with pytest.raises(ValueError, match="destination"):
        make_target(session, Port())
    rec = Recorder()
    assert make_target(session, rec) is rec
    with pytest.raises(ValueError, match="already"):
        make_target(session, rec, "dest")
    with pytest.raises(TypeError, match="JackMIDIOutput"):
        make_target(session, "port")
    assert rec.now() is None


@pytest.mark.jack
def test_jack_timebase_maps_link_time_to_frames(jack_server: str) -> None:
    from coremusic.backends.jack import JackClient
    from coremusic.backends.jack.midi import JackMIDIInput, JackMIDIOutput
    from coremusic.midi.link import JackMIDITarget

    s = LinkSession(bpm=120.0)
    client = JackClient("link-timebase")
    client.activate()
    try:
        tb = JackLinkTimebase(s, client, horizon=0.2)
        with pytest.raises(RuntimeError, match="update"):
            tb.frame_at(0.0)
        tb.update()
        now = s.clock.micros()
        frame = tb.frame_at(float(now))
        assert tb.time_at_frame(frame) == pytest.approx(now, abs=1e-3)
        assert abs(frame - client.frame_time()) < 4800   # 0.1 s: a busy machine reads late
        assert tb.unwrap(int(frame) & 0xFFFFFFFF) == int(frame)
        assert tb.frame_at(now + 1e6) - frame == pytest.approx(48000, rel=1e-3)
        stats = tb.stats()
        assert stats.updates == 1
        # Link's clock is CLOCK_MONOTONIC_RAW; the offset the timebase measured between
        # it and jack_get_time is the one read directly (whatever clock JACK uses).
        raw = time.CLOCK_MONOTONIC_RAW
        before = time.clock_gettime_ns(raw) // 1000
        link_now = s.clock.micros()
        assert before <= link_now <= time.clock_gettime_ns(raw) // 1000 + 1
        readings = []
        for _ in range(5):
            first_ns = time.clock_gettime_ns(raw)
            jack = client.get_time()
            width_ns = time.clock_gettime_ns(raw) - first_ns
            readings.append((width_ns, jack - (first_ns + width_ns / 2) / 1000))
        width_ns, jack_minus_raw = min(readings)
        assert abs(stats.clock_offset_us - jack_minus_raw) < 100 + width_ns / 1000
        print(f"\njack_get_time - CLOCK_MONOTONIC_RAW: {jack_minus_raw:+.1f} us")
        assert "JackLinkTimebase" in repr(tb)
        with pytest.raises(ValueError, match="horizon"):
            JackLinkTimebase(s, client, horizon=-1.0)
        with pytest.raises(TypeError, match="JackClient"):
            JackLinkTimebase(s, object())  # type: ignore[arg-type]
        # A clock on JACK through that timebase (local timeline, no network).
        received: list[Any] = []
        with JackMIDIInput("in", client_name="link-rx-local", callback=received.append) as inp, \
                JackMIDIOutput("out", client_name="link-tx-local", connect=[inp.name]) as out:
            with pytest.raises(ValueError, match="horizon"):
                LinkMIDIClock(s, out, timebase=tb, lookahead=0.5)
            with JackMIDIOutput("own", client_name="link-own") as other, \
                    LinkMIDIClock(s, other, lookahead=0.6) as own:   # a timebase of its own
                assert own.target.timebase.horizon >= 0.6  # type: ignore[attr-defined]
            target = JackMIDITarget(out, s, timebase=tb)
            with LinkMIDIClock(s, target, interval=0.01):
                _until(lambda: len(received) >= 30)
            frames = [e.frame for e in received]
        assert len(frames) >= 30 and target.late == 0
        assert all(abs(b - a - 1000) <= 1 for a, b in itertools.pairwise(frames))
    finally:
        client.close()
        s.close()


@pytest.mark.parametrize("name", ["coremusic.midi.link", "coremusic.midi.link._targets",
                                  "coremusic.midi.link._scheduler", "coremusic.midi.link._clock",
                                  "coremusic.midi.link._sequencer"])
@pytest.mark.usefixtures("no_sockets")
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
