"""Link + audio helpers (disabled sessions in the test process; the script in a netns)."""

from __future__ import annotations

import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.link import LinkSession
from coremusic.link.audio import (
    BufferTiming,
    HostTimeFilter,
    Metronome,
    buffer_timing,
    frame_beats,
)
from coremusic.link.metronome import render_wav
from tests.link.conftest import Namespace, wait_until_clock

pytestmark = pytest.mark.usefixtures("no_sockets")

SR = 48_000


@pytest.fixture
def session() -> Iterator[LinkSession]:
    s = LinkSession(bpm=120.0)
    # beat 0 exactly one second from now: every expectation below is exact
    s.t0 = s.clock.micros() + 1_000_000  # type: ignore[attr-defined]
    s.force_beat_at_time(0.0, s.t0)  # type: ignore[attr-defined]
    yield s
    s.close()


def test_buffer_timing_adds_the_latency(session: LinkSession) -> None:
    t0: int = session.t0  # type: ignore[attr-defined]
    state = session.capture_audio_session_state()
    timing = buffer_timing(state, t0 - 10_000, latency=10_000)
    assert isinstance(timing, BufferTiming) and timing.time == t0
    assert timing.beat == pytest.approx(0.0, abs=1e-9)
    half = buffer_timing(state, t0, latency=250_000, quantum=1.0)  # half a beat at 120
    assert half.beat == pytest.approx(0.5) and half.phase == pytest.approx(0.5)


def test_buffer_timing_validates(session: LinkSession) -> None:
    state = session.capture_audio_session_state()
    with pytest.raises(ValueError, match="latency must be >= 0"):
        buffer_timing(state, 0, latency=-1)
    with pytest.raises(TypeError, match="state must be a SessionState"):
        buffer_timing("state", 0)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="host_time must be an int"):
        buffer_timing(state, 1.5)  # type: ignore[arg-type]


@settings(max_examples=40, deadline=None)
@given(frames=st.integers(0, 2048), offset=st.integers(-2_000_000, 2_000_000),
       rate=st.sampled_from([22_050.0, 44_100.0, 48_000.0, 96_000.0]))
def test_frame_beats_match_link_at_every_frame(frames: int, offset: int, rate: float) -> None:
    with_session = LinkSession(bpm=133.0)
    try:
        state = with_session.capture_audio_session_state()
        t = with_session.clock.micros() + offset
        beats = frame_beats(state, t, frames, rate, latency=3_000)
        assert beats.shape == (frames,) and beats.dtype == np.float64
        for i in sorted({0, frames // 2, frames - 1}) if frames else []:
            at = t + 3_000 + round(i * 1e6 / rate)
            # Link's times are whole microseconds: 1 us of rounding at most
            assert beats[i] == pytest.approx(state.beat_at_time(at), abs=133.0 / 60e6 * 1.01)
    finally:
        with_session.close()


def test_frame_beats_validates(session: LinkSession) -> None:
    state = session.capture_audio_session_state()
    with pytest.raises(ValueError, match="frames must be an int"):
        frame_beats(state, 0, -1, SR)
    with pytest.raises(ValueError, match="sample_rate must be > 0"):
        frame_beats(state, 0, 16, 0.0)


def test_host_time_filter_recovers_a_clean_line() -> None:
    f = HostTimeFilter(window=16)
    out = [f.sample_time_to_host_time(n * 256.0, 5_000_000_000 + n * 5_333) for n in range(40)]
    assert out == [5_000_000_000 + n * 5_333 for n in range(40)]
    assert "points=16/16" in repr(f)


def test_host_time_filter_removes_jitter() -> None:
    rng = np.random.default_rng(7)
    f = HostTimeFilter(window=128)
    period_us = 256 / SR * 1e6
    true = [10**12 + round(n * period_us * 1.00005) for n in range(600)]  # 50 ppm drift
    noisy = [t + int(rng.integers(0, 2_000)) for t in true]  # callbacks up to 2 ms late
    fitted = [f.sample_time_to_host_time(n * 256.0, y) for n, y in enumerate(noisy)]
    raw_error = np.std(np.subtract(noisy[300:], true[300:]))
    fit_error = np.std(np.subtract(fitted[300:], true[300:]))
    assert fit_error < raw_error / 4, (fit_error, raw_error)
    f.reset()
    assert "points=0/128" in repr(f)
    with pytest.raises(ValueError, match="window must be an int >= 2"):
        HostTimeFilter(window=1)


def _click_starts(block: np.ndarray) -> list[int]:
    sounding = np.abs(block[:, 0]) > 0
    edges = np.flatnonzero(sounding[1:] & ~sounding[:-1]) + 1
    return [int(e) for e in edges]


def test_metronome_clicks_on_the_beats(session: LinkSession) -> None:
    t0: int = session.t0  # type: ignore[attr-defined]
    m = Metronome(session, SR, channels=2)
    state = session.capture_audio_session_state()
    start = t0 - 100_000  # render from 0.1 s before beat 0, for 2.2 s (beats 0..4)
    block = m.render(state, start, round(2.2 * SR))
    assert block.shape == (round(2.2 * SR), 2) and block.dtype == np.float32
    assert np.array_equal(block[:, 0], block[:, 1])
    assert not block[: round(0.1 * SR)].any(), "sound before the first beat"
    beat_frames = [round((0.1 + 0.5 * k) * SR) for k in range(5)]
    starts = _click_starts(block)
    # sin(0) == 0 at the beat frame itself: a click starts within a frame of its beat
    assert len(starts) == 5
    for got, want in zip(starts, beat_frames, strict=True):
        assert abs(got - want) <= 1
    # the bar click (beat 0 and 4, quantum 4) is an octave above the beat clicks
    def crossings(frame: int) -> int:
        seg = block[frame : frame + round(0.02 * SR), 0]
        return int(np.count_nonzero(np.diff(np.signbit(seg))))
    assert crossings(beat_frames[0]) == pytest.approx(2 * crossings(beat_frames[1]), rel=0.1)
    assert crossings(beat_frames[4]) == crossings(beat_frames[0])


def test_metronome_blocks_join_seamlessly(session: LinkSession) -> None:
    m = Metronome(session, SR)
    blocks = [m(256) for _ in range(200)]
    assert m._anchor is not None and m.frames_rendered == 256 * 200
    whole = m.render(session.capture_audio_session_state(), m._anchor, 256 * 200)
    np.testing.assert_allclose(np.concatenate(blocks), whole, atol=1e-6)
    assert whole.any(), "200 blocks (1.07 s) at 120 bpm must contain a click"
    assert "frames=51200" in repr(m)


def test_metronome_silent_while_stopped_when_asked(session: LinkSession) -> None:
    t0: int = session.t0  # type: ignore[attr-defined]
    m = Metronome(session, SR, only_when_playing=True)
    state = session.capture_audio_session_state()
    assert not m.render(state, t0 - 1_000, 4_800).any()
    session.set_is_playing(True, t0 - 2_000)
    state = session.capture_audio_session_state()
    assert m.render(state, t0 - 1_000, 4_800).any()


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"sample_rate": 0}, "sample_rate must be > 0"),
        ({"channels": 0}, "channels must be an int >= 1"),
        ({"latency": -5}, "latency must be >= 0"),
        ({"click_ms": 0.0}, "click_ms must be > 0"),
    ],
)
def test_metronome_validates(session: LinkSession, kwargs: dict[str, object],
                             match: str) -> None:
    args: dict[str, object] = {"sample_rate": SR, **kwargs}
    with pytest.raises(ValueError, match=match):
        Metronome(session, **args)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="session must be a LinkSession"):
        Metronome("session", SR)  # type: ignore[arg-type]


def test_render_wav(session: LinkSession, tmp_path: Path) -> None:
    path = tmp_path / "click.wav"
    assert render_wav(session, str(path), 2.5, sample_rate=SR) == round(2.5 * SR)
    with wave.open(str(path)) as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, SR)
        pcm = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
    assert pcm.shape == (round(2.5 * SR),)
    assert np.abs(pcm).max() > 10_000  # clicks at 0.5 of full scale
    with pytest.raises(ValueError, match="seconds must be > 0"):
        render_wav(session, str(path), 0.0)


@pytest.mark.link
def test_metronome_script_follows_the_session(netns: Namespace, tmp_path: Path) -> None:
    a = netns.spawn("A")
    a.call("new", bpm=93.0)
    a.call("enable")
    # Link keeps the older of two sessions (by more than 0.5 s): make A's older.
    wait_until_clock(a, int(a.call("get")["micros"]) + 1_000_000)
    path = tmp_path / "click.wav"
    out = netns.run_python(
        "from coremusic.link.metronome import main\n"
        f"main(['--wav', {str(path)!r}, '--seconds', '1', '--bpm', '150', '--peers', '1'])\n"
    )
    assert out.startswith("wrote 48000 frames at 93.00 bpm"), out
    assert path.stat().st_size > 96_000
