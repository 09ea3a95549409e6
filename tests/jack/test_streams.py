"""Streams against a real JACK server: bit-exact loopback with exact latency, errors, stats."""

from __future__ import annotations

import gc
import itertools
import weakref
from typing import Any

import numpy as np
import pytest

from coremusic._ffi import ffi
from coremusic.audio.streams import (
    AudioInputStream,
    AudioOutputStream,
    AudioProcessor,
    Loopback,
    create_loopback,
    play,
    playrec,
    record,
)
from coremusic.backends.jack import JackClient, JackServerNotRunningError
from coremusic.exceptions import AudioDeviceError
from coremusic.realtime import CallbackStop
from tests.jack.conftest import PERIOD, SAMPLE_RATE, wait_until

pytestmark = pytest.mark.jack


def _signal(frames: int, channels: int, seed: int) -> np.ndarray:
    sig = np.random.default_rng(seed).uniform(-1, 1, (frames, channels)).astype(np.float32)
    sig[0] = 0.75  # a non-zero onset to find
    return sig


def _onset(recorded: np.ndarray) -> int:
    nz = np.flatnonzero(recorded[:, 0])
    assert nz.size, "the signal never arrived"
    return int(nz[0])


def _xrun_counters(lb: Loopback) -> tuple[int, ...]:
    o, i = lb.output.stats, lb.input.stats
    return o.backend_xruns, i.backend_xruns, o.discontinuities, i.discontinuities, o.underruns


def _expected_latency(lb: Loopback) -> int:
    # JACK runs the writer's client before the reader's in every cycle (the
    # reader depends on it), so the cycle delay between two clients is 0; the
    # rest is the latency JACK computed for our ports from their connections.
    in_port = lb.input._backend.input_ports[0]
    out_port = lb.output._backend.output_ports[0]
    expected = in_port.latency_range("capture")[1] + out_port.latency_range("playback")[1]
    assert expected == lb.latency_frames
    return int(expected)


def test_loopback_is_bit_exact_with_the_expected_latency(jack_server: str) -> None:
    """Write a signal, read it back through JACK: identical samples, arriving at the
    expected frame.  On this non-realtime test server an xrun can hit any run;
    a run during which JACK reported one (or a stream skipped a cycle) proves
    nothing either way and is repeated, at most 6 times."""
    sig = _signal(6000, 2, 1)
    clean_runs = 0
    for _attempt in range(10):
        with create_loopback(2, ring_frames=1 << 17) as lb:
            wait_until(lambda: lb.input.stats.callbacks > 8 and lb.output.stats.callbacks > 8,
                       what="both streams running")
            expected = _expected_latency(lb)
            before = _xrun_counters(lb)
            in_base = lb.input.ring.frames_read + lb.input.ring.skip(lb.input.available)
            out_base = lb.output.ring.frames_written
            assert lb.write(sig, timeout=10) == len(sig)
            assert lb.output.drain(timeout=10)
            seen = lb.input.stats.callbacks
            # xrun notifications arrive asynchronously: let a few cycles pass
            wait_until(lambda: lb.input.stats.callbacks > seen + 20, what="settling")  # noqa: B023
            recorded = lb.input.ring.read_array()
            if _xrun_counters(lb) != before:
                continue
            clean_runs += 1
            start = _onset(recorded)
            played = lb.output._engine.output_frame_time_of(out_base)
            heard = lb.input._engine.input_frame_time_of(in_base + start)
            assert played is not None and heard is not None
            assert (heard - played) & 0xFFFFFFFF == expected == 0
            assert np.array_equal(recorded[start:start + len(sig)], sig)
            break
    assert clean_runs == 1, "JACK reported xruns during every attempt"


def test_per_cycle_latency_from_frame_stamps(jack_server: str) -> None:
    """The writer stamps each block with its cycle's frame time; the reader
    compares with its own: every regular cycle (both clocks advanced by one
    period) must show exactly the expected latency."""
    stamps: list[tuple[int, int]] = []

    def writer(outdata: np.ndarray, frames: int, time: Any, status: object) -> None:
        outdata[:, 0] = float(time.frame % (1 << 23))

    def reader(indata: np.ndarray, frames: int, time: Any, status: object) -> None:
        if len(stamps) < 400:
            stamps.append((time.frame % (1 << 23), int(indata[0, 0])))

    out = AudioOutputStream(1, callback=writer, connect=False, name="stamp-out")
    inp = AudioInputStream(1, callback=reader, connect=False, name="stamp-in")
    with inp, out:
        out.connect(inp.input_ports)
        expected = inp._backend.input_ports[0].latency_range("capture")[1]
        wait_until(lambda: len(stamps) >= 120, what="stamped cycles")
    latencies = [
        heard - stamp
        for (prev_heard, prev_stamp), (heard, stamp) in itertools.pairwise(stamps)
        if stamp and prev_stamp and heard - prev_heard == PERIOD and stamp - prev_stamp == PERIOD
    ]
    assert len(latencies) >= 20
    assert set(latencies) == {expected}
    assert expected == 0


def test_duplex_self_loop_arrives_one_period_later(jack_server: str) -> None:
    sig = _signal(4000, 2, 2)
    recorded = playrec(sig, loop=True, timeout=20)
    # Within one client a connection from our output to our input is a feedback
    # edge: the input reads the buffer before this cycle writes it, so the
    # signal arrives exactly one period later.
    assert recorded.shape == sig.shape
    assert _onset(recorded) == PERIOD
    assert np.array_equal(recorded[PERIOD:], sig[:-PERIOD])
    assert not recorded[:PERIOD].any()


def test_generator_feeds_the_ring_in_order(jack_server: str) -> None:
    ramp = (np.arange(12000, dtype=np.float32) + 1.0) / 32768.0
    blocks = [ramp[i:i + 1000] for i in range(0, len(ramp), 1000)]
    for _attempt in range(10):
        with create_loopback(1, ring_frames=1 << 17) as lb:
            wait_until(lambda: lb.output.stats.callbacks > 8 and lb.input.stats.callbacks > 8,
                       what="streams running")
            before = _xrun_counters(lb)
            lb.output.set_generator(iter(blocks))
            wait_until(lambda: lb.output.buffered_frames == 0 and lb.output._engine.draining,
                       timeout=15, what="generator exhausted and played")
            seen = lb.input.stats.callbacks
            wait_until(lambda: lb.input.stats.callbacks > seen + 20, what="settling")  # noqa: B023
            recorded = lb.input.ring.read_array()[:, 0]
            clean = _xrun_counters(lb) == before
        assert lb.output.generator_error is None
        if not clean:
            continue
        start = _onset(recorded[:, None])
        assert np.array_equal(recorded[start:start + len(ramp)], ramp)
        return
    pytest.fail("JACK reported xruns during every attempt")


def _health(*streams: Any) -> tuple[int, ...]:
    return tuple(v for st in streams for v in (st.stats.backend_xruns, st.stats.discontinuities))


def test_callback_exception_is_counted_silenced_and_survived(jack_server: str) -> None:
    for _attempt in range(8):
        state = {"calls": 0, "fail_at": -1}

        def callback(outdata: np.ndarray, frames: int, time: object, status: object,
                     state: dict[str, int] = state) -> None:
            state["calls"] += 1
            outdata[:] = 0.5
            if state["calls"] == state["fail_at"]:
                raise RuntimeError("bug in the user callback")

        out = AudioOutputStream(1, callback=callback, connect=False, name="cb-out")
        inp = AudioInputStream(1, connect=False, name="cb-in", ring_frames=1 << 16)
        with inp, out:
            out.connect(inp.input_ports)
            wait_until(lambda: inp.available > 8 * PERIOD, what="data flowing")  # noqa: B023
            before = _health(out, inp)
            state["fail_at"] = state["calls"] + 4
            wait_until(lambda: state["calls"] > state["fail_at"] + 24,  # noqa: B023
                       what="callbacks after the error")
            recorded = inp.ring.read_array()[:, 0]
            assert out.active
            clean = _health(out, inp) == before
        stats = out.stats
        assert stats.errors == 1
        assert isinstance(out.callback_errors[0], RuntimeError)
        assert stats.callbacks > state["fail_at"]
        if not clean:
            continue  # an xrun would add its own silence: not evidence either way
        # exactly one period of silence between blocks of 0.5
        body = recorded[_onset(recorded[:, None]):]
        silent = np.flatnonzero(body == 0.0)
        assert silent.size == PERIOD
        assert silent[-1] - silent[0] == PERIOD - 1
        assert np.all(body[silent[-1] + 1:] == 0.5)
        return
    pytest.fail("JACK reported xruns during every attempt")


def test_callback_stop_ends_the_stream(jack_server: str) -> None:
    def callback(outdata: np.ndarray, frames: int, time: object, status: object) -> None:
        outdata[:] = 0.0
        raise CallbackStop

    with AudioOutputStream(1, callback=callback, connect=False, name="stopper") as out:
        assert out.wait(timeout=10)
        assert not out.active
        assert out.stats.errors == 0


def test_stream_stats_are_sane(jack_server: str) -> None:
    with AudioOutputStream(2, connect=False, name="stats") as out:
        wait_until(lambda: out.stats.callbacks >= 50, what="50 callbacks")
        out.stop()
        stats = out.stats
    assert stats.frames == stats.callbacks * PERIOD
    assert 0 < stats.callback_median_us <= stats.callback_p99_us <= stats.callback_max_us
    assert stats.budget_us == pytest.approx(PERIOD / SAMPLE_RATE * 1e6)
    assert stats.errors == 0 and stats.underruns == 0 and stats.overruns == 0
    assert stats.window == min(stats.callbacks, 8192)
    assert "callbacks" in str(stats)
    assert out.closed and "closed" in repr(out)


def test_duplex_processor_applies_gain(jack_server: str) -> None:
    sig = _signal(3000, 1, 3)
    for _attempt in range(8):
        with AudioProcessor(lambda x: 0.5 * x, channels=1, connect=False, name="gain") as fx, \
                create_loopback(1, ring_frames=1 << 16) as lb:
            lb.output._backend.client.disconnect(lb.output.output_ports[0], lb.input.input_ports[0])
            fx.connect(lb.output.output_ports, "input")
            fx.connect(lb.input.input_ports, "output")
            wait_until(lambda: fx.stats.callbacks > 8, what="processor running")
            before = _health(fx, lb.output, lb.input)
            assert lb.write(sig, timeout=10) == len(sig)
            assert lb.output.drain(timeout=10)
            seen = lb.input.stats.callbacks
            wait_until(lambda: lb.input.stats.callbacks > seen + 20, what="settling")  # noqa: B023
            recorded = lb.input.ring.read_array()
            clean = _health(fx, lb.output, lb.input) == before
        if not clean:
            continue
        start = _onset(recorded)
        assert np.array_equal(recorded[start:start + len(sig)], 0.5 * sig)
        return
    pytest.fail("JACK reported xruns during every attempt")


def test_raw_c_function_pointer_as_process_callback(jack_server: str) -> None:
    from coremusic._ffi import load_library

    lib = load_library("jack")
    calls = []

    def raw(frames: int, arg: object) -> int:
        ports = ffi.cast("coremusic_jack_ports *", arg)
        buf = ffi.cast("float *", lib.jack_port_get_buffer(ports.outputs[0], frames))
        for i in range(frames):
            buf[i] = 0.25
        calls.append(ports.n_outputs)
        return 0

    c_function = ffi.callback("JackProcessCallback", raw, error=0)
    with AudioInputStream(1, connect=False, name="raw-in", ring_frames=1 << 15) as inp, \
            AudioOutputStream(1, callback=c_function, connect=False, name="raw-out") as out:
        out.connect(inp.input_ports)
        wait_until(lambda: np.any(inp.ring.read_array()[:, 0] == 0.25), what="raw output arriving")
    assert calls and calls[0] == 1
    assert out.stats.callbacks == 0  # no Python engine on the audio thread


def test_callback_lives_while_the_stream_does_and_is_freed_after_close(jack_server: str) -> None:
    class Gen:
        calls = 0

        def __call__(self, outdata: np.ndarray, frames: int, time: object, status: object) -> None:
            Gen.calls += 1
            outdata.fill(0.0)

    fn = Gen()
    ref = weakref.ref(fn)
    out = AudioOutputStream(1, callback=fn, connect=False, name="life")
    del fn
    gc.collect()
    out.start()
    before = Gen.calls
    wait_until(lambda: Gen.calls > before + 5, what="callback still alive after gc")
    assert ref() is not None
    out.close()
    del out
    gc.collect()
    assert ref() is None


def test_blocking_read_and_write_and_shortcuts(jack_server: str) -> None:
    assert play(np.zeros((PERIOD * 4, 2), np.float32), SAMPLE_RATE, timeout=10) is None
    taken = record(PERIOD * 3, channels=2, timeout=10)
    assert taken.shape == (PERIOD * 3, 2) and taken.dtype == np.float32
    assert not taken.any()  # the dummy driver captures silence
    with AudioInputStream(2, name="blocks") as inp:
        seen: list[np.ndarray] = []
        inp.add_callback(seen.append)
        wait_until(lambda: len(seen) >= 3, what="dispatched blocks")
        with pytest.raises(AudioDeviceError, match="add_callback"):
            inp.read(10)
    assert all(b.shape == (PERIOD, 2) for b in seen[:3])


def test_output_stream_facts_and_errors(jack_server: str) -> None:
    with pytest.raises(AudioDeviceError, match="44100"):
        AudioOutputStream(2, sample_rate=44100)
    with pytest.raises(ValueError, match="channels"):
        AudioOutputStream(0)
    with pytest.raises(TypeError, match="outdata, frames, time, status"):
        AudioOutputStream(1, callback=lambda a: None)
    out = AudioOutputStream(2, name="facts")
    assert out.sample_rate == SAMPLE_RATE and out.period == PERIOD
    assert out.output_ports[0].endswith(":out_1")
    out.start()
    # default device: system playback, whose ports report their own latency
    # (JACK recomputes latencies asynchronously after a connection)
    wait_until(lambda: out.latency_frames >= PERIOD, what="playback latency computed")
    assert out.latency == out.latency_frames / SAMPLE_RATE
    assert 0.0 <= out.cpu_load <= 100.0
    out.close()
    out.close()  # idempotent
    with pytest.raises(AudioDeviceError, match="closed"):
        out.write(np.zeros((4, 2)))
    with pytest.raises(AudioDeviceError, match="not started"):
        with AudioOutputStream(1, connect=False, ring_frames=4096, name="full") as full:
            full.stop()
            full.write(np.zeros(10000, np.float32))


def test_server_absent_raises_the_documented_error(jack_server: str) -> None:
    import gc

    gc.collect()  # clients of the session's server must be gone: one server per process
    with pytest.raises(JackServerNotRunningError, match="no JACK server running") as info:
        JackClient("nobody", server="coremusic-no-such-server")
    assert "JackServerFailed" in info.value.flags
    assert isinstance(info.value, ConnectionError) and isinstance(info.value, AudioDeviceError)
    with pytest.raises(JackServerNotRunningError, match="coremusic-no-such-server"):
        AudioOutputStream(2, server="coremusic-no-such-server")


def test_server_shutdown_is_reported_to_blocking_calls(jack_server: str) -> None:
    import gc

    from coremusic.backends.jack import DummyJackServer

    gc.collect()  # clients of the session's server must be gone: one server per process
    with DummyJackServer(rate=SAMPLE_RATE, period=PERIOD, prefix="coremusic-doomed",
                         pool=2) as server:
        with AudioInputStream(1, connect=False, server=server.name, name="doomed") as inp:
            wait_until(lambda: inp.stats.callbacks > 2, what="recording")
            server.stop()
            with pytest.raises(AudioDeviceError, match="shut this stream's client down"):
                inp.read(SAMPLE_RATE * 60, timeout=20)
