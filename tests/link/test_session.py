"""LinkSession in the test process: disabled sessions only (they open no socket)."""

from __future__ import annotations

import asyncio
import gc
import subprocess
import sys
import threading
import weakref
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.link import LinkClock, LinkSession, SessionState
from tests.jack.conftest import wait_until
from tests.link.conftest import ROOT

pytestmark = pytest.mark.usefixtures("no_sockets")

WAIT = 10.0  # bound for waits on the event threads


@pytest.fixture
def session() -> Iterator[LinkSession]:
    s = LinkSession(bpm=120.0)
    yield s
    assert not s.closed and not s.enabled, "in-process sessions must stay disabled"
    s.close()


# -- construction and validation -------------------------------------------------------


def test_new_session_is_disabled_alone_and_uses_its_tempo(session: LinkSession) -> None:
    assert session.enabled is False
    assert session.num_peers == 0
    assert session.tempo == pytest.approx(120.0)
    assert session.is_playing is False
    assert session.quantum == 4.0
    assert session.start_stop_sync_enabled is False
    assert "disabled" in repr(session) and "tempo=120.000" in repr(session)


@pytest.mark.parametrize("bpm", [0.0, 19.9, 1000.0, float("nan"), float("inf")])
def test_tempo_out_of_links_range_is_refused(bpm: float) -> None:
    with pytest.raises(ValueError, match=r"tempo must be (between 20 and 999|finite)"):
        LinkSession(bpm=bpm)


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"bpm": "120"}, TypeError, "tempo must be a number"),
        ({"quantum": 0}, ValueError, "quantum must be a finite number"),
        ({"quantum": -4.0}, ValueError, "quantum"),
        ({"quantum": True}, TypeError, "quantum must be a number"),
        ({"enabled": 1}, TypeError, "enabled must be a bool"),
        ({"start_stop_sync": "yes"}, TypeError, "start_stop_sync must be a bool"),
    ],
)
def test_bad_arguments_name_the_problem(
    kwargs: dict[str, object], error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        LinkSession(**kwargs)  # type: ignore[arg-type]


def test_start_stop_sync_flag(session: LinkSession) -> None:
    session.start_stop_sync_enabled = True
    assert session.start_stop_sync_enabled is True
    with pytest.raises(TypeError, match="must be a bool"):
        session.start_stop_sync_enabled = 1  # type: ignore[assignment]


# -- tempo, beats, transport -----------------------------------------------------------


def test_setting_the_tempo(session: LinkSession) -> None:
    session.tempo = 97.25
    assert session.tempo == pytest.approx(97.25)
    with pytest.raises(ValueError, match="between 20 and 999"):
        session.tempo = 5.0
    assert session.tempo == pytest.approx(97.25)


def test_captured_state_changes_nothing_until_committed(session: LinkSession) -> None:
    state = session.capture_app_session_state()
    assert isinstance(state, SessionState) and state.kind == "app"
    state.set_tempo(140.0, session.clock.micros())
    assert state.tempo == pytest.approx(140.0)
    assert session.tempo == pytest.approx(120.0)
    session.commit_app_session_state(state)
    assert session.tempo == pytest.approx(140.0)
    assert "tempo=140.000" in repr(state)


def test_audio_state_capture_and_commit(session: LinkSession) -> None:
    state = session.capture_audio_session_state()
    assert state.kind == "audio"
    state.set_tempo(150.0, session.clock.micros())
    session.commit_audio_session_state(state)
    assert session.capture_audio_session_state().tempo == pytest.approx(150.0)


def test_commit_refuses_other_objects(session: LinkSession) -> None:
    with pytest.raises(TypeError, match="state must be a SessionState"):
        session.commit_app_session_state(object())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="state must be a SessionState"):
        session.commit_audio_session_state(None)  # type: ignore[arg-type]


def test_request_beat_at_time_alone_maps_the_beat_exactly(session: LinkSession) -> None:
    t = session.clock.micros() + 100_000
    session.request_beat_at_time(8.0, t)
    assert session.beat_at_time(t) == pytest.approx(8.0, abs=1e-6)
    assert session.phase_at_time(t) == pytest.approx(0.0, abs=1e-6)
    assert session.time_at_beat(8.0) == pytest.approx(t, abs=1)


def test_force_beat_at_time(session: LinkSession) -> None:
    t = session.clock.micros()
    session.force_beat_at_time(2.5, t, quantum=4.0)
    assert session.beat_at_time(t) == pytest.approx(2.5, abs=1e-6)
    assert session.phase_at_time(t, quantum=2.0) == pytest.approx(0.5, abs=1e-6)


def test_transport_start_and_beat_at_start(session: LinkSession) -> None:
    t = session.clock.micros() + 50_000
    session.set_is_playing(True, t)
    assert session.is_playing is True
    session.request_beat_at_start_playing_time(0.0)
    state = session.capture_app_session_state()
    assert state.time_for_is_playing == t
    assert state.beat_at_time(t) == pytest.approx(0.0, abs=1e-6)
    session.is_playing = False
    assert session.is_playing is False
    with pytest.raises(TypeError, match="is_playing must be a bool"):
        session.is_playing = 1  # type: ignore[assignment]


def test_set_is_playing_and_request_beat_in_one_step(session: LinkSession) -> None:
    state = session.capture_app_session_state()
    t = session.clock.micros()
    state.set_is_playing_and_request_beat_at_time(True, t, 4.0)
    session.commit_app_session_state(state)
    after = session.capture_app_session_state()
    assert after.is_playing and after.beat_at_time(t) == pytest.approx(4.0, abs=1e-6)


def test_state_copy_is_independent(session: LinkSession) -> None:
    state = session.capture_app_session_state()
    twin = state.copy()
    twin.set_tempo(60.0, session.clock.micros())
    assert state.tempo == pytest.approx(120.0) and twin.tempo == pytest.approx(60.0)


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda st, t: st.beat_at_time(float(t)), TypeError, "int number of microseconds"),
        (lambda st, t: st.beat_at_time(True), TypeError, "time must be an int"),
        (lambda st, t: st.beat_at_time(t, 0.0), ValueError, "quantum"),
        (lambda st, t: st.time_at_beat(float("nan")), ValueError, "beat must be finite"),
        (lambda st, t: st.set_tempo(2000.0, t), ValueError, "between 20 and 999"),
        (lambda st, t: st.set_is_playing("on", t), TypeError, "is_playing must be a bool"),
        (lambda st, t: st.request_beat_at_time("1", t), TypeError, "beat must be a number"),
    ],
)
def test_state_validates_its_arguments(
    session: LinkSession, call: object, error: type[Exception], match: str
) -> None:
    state = session.capture_app_session_state()
    with pytest.raises(error, match=match):
        call(state, session.clock.micros())  # type: ignore[operator]


_ROUND_TRIP_SESSION: list[LinkSession] = []


def _shared_session() -> LinkSession:
    if not _ROUND_TRIP_SESSION:
        _ROUND_TRIP_SESSION.append(LinkSession())
    return _ROUND_TRIP_SESSION[0]


@settings(max_examples=80, deadline=None)
@given(
    offset=st.integers(min_value=-10**9, max_value=10**9),
    bpm=st.floats(min_value=20.0, max_value=999.0),
    quantum=st.sampled_from([0.5, 1.0, 3.0, 4.0, 7.0]),
)
def test_beat_time_round_trip(offset: int, bpm: float, quantum: float) -> None:
    s = _shared_session()
    state = s.capture_app_session_state()
    now = s.clock.micros()
    state.set_tempo(bpm, now)
    t = now + offset
    beat = state.beat_at_time(t, quantum)
    assert abs(state.time_at_beat(beat, quantum) - t) <= 1
    phase = state.phase_at_time(t, quantum)
    assert 0.0 <= phase < quantum
    wrapped = (beat % quantum - phase + quantum / 2) % quantum - quantum / 2
    assert abs(wrapped) < 1e-6


def teardown_module() -> None:
    for s in _ROUND_TRIP_SESSION:
        s.close()


# -- clock -----------------------------------------------------------------------------


def test_clock(session: LinkSession) -> None:
    clock = session.clock
    assert isinstance(clock, LinkClock)
    a, b = clock.micros(), clock.micros()
    assert isinstance(a, int) and b >= a
    ticks = clock.ticks()
    assert clock.ticks_to_micros(clock.micros_to_ticks(a)) == a
    assert abs(clock.ticks_to_micros(ticks) - clock.micros()) < 1_000_000
    with pytest.raises(TypeError, match="ticks must be an int"):
        clock.ticks_to_micros(1.5)  # type: ignore[arg-type]
    assert repr(clock).startswith("<LinkClock micros=")


# -- callbacks -------------------------------------------------------------------------


def test_tempo_callback_runs_on_a_python_thread(session: LinkSession) -> None:
    got: list[tuple[float, str]] = []
    done = threading.Event()

    def on_tempo(bpm: float) -> None:
        got.append((bpm, threading.current_thread().name))
        done.set()

    session.set_tempo_callback(on_tempo)
    session.tempo = 133.0
    assert done.wait(WAIT), "tempo callback not called"
    assert got[0][0] == pytest.approx(133.0)
    assert got[0][1] == "coremusic-link-events"


def test_start_stop_callback_and_replacing_callbacks(session: LinkSession) -> None:
    first: list[bool] = []
    second: list[bool] = []
    e1, e2 = threading.Event(), threading.Event()

    def on_first(playing: bool) -> None:
        first.append(playing)
        e1.set()

    def on_second(playing: bool) -> None:
        second.append(playing)
        e2.set()

    session.set_start_stop_callback(on_first)
    session.is_playing = True
    assert e1.wait(WAIT)
    session.set_start_stop_callback(on_second)
    session.is_playing = False
    assert e2.wait(WAIT)
    assert first == [True] and second == [False]


def test_callbacks_on_an_asyncio_loop(session: LinkSession) -> None:
    async def main() -> tuple[float, bool]:
        loop = asyncio.get_running_loop()
        got: asyncio.Future[float] = loop.create_future()
        loop_thread = threading.get_ident()
        on_loop: list[bool] = []

        def on_tempo(bpm: float) -> None:
            on_loop.append(threading.get_ident() == loop_thread)
            if not got.done():
                got.set_result(bpm)

        session.set_tempo_callback(on_tempo, loop=loop)
        session.tempo = 88.0
        bpm = await asyncio.wait_for(got, WAIT)
        return bpm, all(on_loop)

    bpm, on_loop = asyncio.run(main())
    assert bpm == pytest.approx(88.0) and on_loop


def test_bad_callbacks_are_refused(session: LinkSession) -> None:
    with pytest.raises(TypeError, match="callback must be callable"):
        session.set_tempo_callback(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="loop must be an asyncio event loop"):
        session.set_num_peers_callback(print, loop="loop")  # type: ignore[arg-type]


def test_a_failing_callback_is_recorded_and_reported_on_close() -> None:
    s = LinkSession()
    called = threading.Event()

    def broken(bpm: float) -> None:
        called.set()
        raise ZeroDivisionError("user bug")

    s.set_tempo_callback(broken)
    s.tempo = 100.0
    assert called.wait(WAIT)
    s.tempo = 101.0  # delivery goes on after the error
    with pytest.warns(RuntimeWarning, match="Link callback error"):
        s.close()
    assert any(isinstance(e, ZeroDivisionError) for e in s.callback_errors)


# -- asyncio sync ----------------------------------------------------------------------


def test_sync_resumes_on_the_beat_grid() -> None:
    s = LinkSession(bpm=999.0)  # 60 ms beats keep the test short

    async def main() -> list[tuple[float, float]]:
        out = []
        for step in (1.0, 1.0, 0.5, 2.0):
            before = s.beat_at_time()
            target = await s.sync(step)
            out.append((before, target))
            assert s.beat_at_time() >= target - 1e-9
        bar = await s.next_bar()
        beat = await s.next_beat()
        out.append((bar, beat))
        return out

    try:
        results = asyncio.run(main())
    finally:
        s.close()
    steps = (1.0, 1.0, 0.5, 2.0)
    for (before, target), step in zip(results[:4], steps, strict=True):
        assert target > before and target - before <= step + 1e-9
        assert target / step == pytest.approx(round(target / step), abs=1e-9)
    # consecutive calls land on consecutive grid points, not "n beats later"
    assert results[1][1] == results[0][1] + 1.0
    bar, beat = results[4]
    assert bar % 4.0 == 0.0 and beat == bar + 1.0


def test_sync_validates_and_cancels(session: LinkSession) -> None:
    async def main() -> None:
        with pytest.raises(ValueError, match="beat must be > 0"):
            await session.sync(0)
        task = asyncio.ensure_future(session.sync(1000.0))
        await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    assert session._scheduler._waiters == []


def test_close_fails_pending_syncs() -> None:
    s = LinkSession()

    async def main() -> None:
        task = asyncio.ensure_future(s.sync(10_000.0))
        await asyncio.sleep(0)
        s.close()
        with pytest.raises(RuntimeError, match="closed"):
            await asyncio.wait_for(task, WAIT)

    asyncio.run(main())


# -- lifetime --------------------------------------------------------------------------


def test_close_is_idempotent_and_final() -> None:
    s = LinkSession()
    s.close()
    s.close()
    assert s.closed and repr(s) == "<LinkSession closed>"
    with pytest.raises(RuntimeError, match="closed"):
        _ = s.tempo
    with pytest.raises(RuntimeError, match="closed"):
        s.enable()
    with pytest.raises(RuntimeError, match="closed"):
        _ = s.clock


def test_a_forgotten_session_stops_its_threads() -> None:
    s = LinkSession()
    s.set_tempo_callback(lambda bpm: None)
    thread = s._events._thread
    assert thread.is_alive()
    ref = weakref.ref(s)
    del s
    gc.collect()
    assert ref() is None
    thread.join(WAIT)
    assert not thread.is_alive()


def test_many_sessions_open_and_close_with_callbacks() -> None:
    for _ in range(30):
        s = LinkSession()
        s.set_num_peers_callback(lambda n: None)
        s.set_tempo_callback(lambda bpm: None)
        s.tempo = 130.0
        s.close()
    gc.collect()
    names = {t.name for t in threading.enumerate()}
    assert "coremusic-link-events" not in names and "coremusic-link-beats" not in names


def test_missing_shim_gives_the_install_command() -> None:
    code = (
        "import sys; sys.modules['coremusic_link'] = None\n"
        "try:\n    import coremusic.link\n"
        "except ImportError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout
    assert "pip install ./link_shim" in out and "ableton-link-dev" in out


def test_a_slow_callback_blocks_nothing_and_sees_the_latest_value() -> None:
    s = LinkSession()
    entered, release, finished = threading.Event(), threading.Event(), threading.Event()
    got: list[float] = []

    def slow(bpm: float) -> None:
        got.append(bpm)
        entered.set()
        if len(got) == 1:
            assert release.wait(WAIT)
        if bpm == pytest.approx(103.0):
            finished.set()

    s.set_tempo_callback(slow)
    s.tempo = 100.0
    assert entered.wait(WAIT)
    for bpm in (101.0, 102.0, 103.0):  # Link and the session go on meanwhile
        s.tempo = bpm
    # Link applies each commit at once and again on its own thread, where the
    # session timing of an earlier commit can briefly overwrite a later one
    # (Controller::handleClientState); the last commit wins once that settles
    wait_until(lambda: s.tempo == pytest.approx(103.0), WAIT, "the last committed tempo")
    release.set()
    assert finished.wait(WAIT)
    s.close()
    # changes made during the slow call were coalesced into the latest value
    assert got[0] == pytest.approx(100.0) and got[-1] == pytest.approx(103.0)
    assert len(got) <= 4


def test_closing_from_inside_a_callback() -> None:
    s = LinkSession()
    closed = threading.Event()

    def close_me(bpm: float) -> None:
        s.close()
        closed.set()

    s.set_tempo_callback(close_me)
    s.tempo = 90.0
    assert closed.wait(WAIT)
    assert s.closed
    s._events._thread.join(WAIT)
    assert not s._events._thread.is_alive()
