"""CallbackEngine driven the way a backend drives it, with numpy arrays standing in for C buffers."""

from __future__ import annotations

import gc

import numpy as np
import pytest

from coremusic._ffi import ffi
from coremusic.realtime import (
    CallbackAbort,
    CallbackEngine,
    CallbackStop,
    CallbackTimer,
    StreamStatus,
    is_c_function,
    realtime_section,
)


class FakeBackend:
    """Planar float32 buffers and a cffi trampoline, like a real backend."""

    def __init__(self, engine: CallbackEngine, frames: int) -> None:
        self.engine = engine
        self.frames = frames
        self.inputs = [np.zeros(frames, np.float32) for _ in range(engine.input_channels)]
        self.outputs = [np.full(frames, 9.0, np.float32) for _ in range(engine.output_channels)]
        self.frame_time = 1000
        engine.configure(frames)

        def process(nframes: int, arg: object) -> int:
            started = CallbackTimer.now()
            engine.input_pointers[:] = [ffi.from_buffer(a) for a in self.inputs]
            engine.output_pointers[:] = [ffi.from_buffer(a) for a in self.outputs]
            engine.process(nframes, self.frame_time, started)
            return 0

        self.trampoline = ffi.callback("int(uint32_t, void *)", process, error=0,
                                       onerror=engine.onerror)

    def cycle(self) -> None:
        assert self.trampoline(self.frames, ffi.NULL) == 0
        self.frame_time += self.frames


def test_output_ring_copies_to_planar_buffers_and_counts_underruns() -> None:
    engine = CallbackEngine(output_channels=2, sample_rate=48000, ring_frames=256)
    backend = FakeBackend(engine, 64)
    backend.cycle()  # nothing written yet: silence, not an underrun
    assert np.all(backend.outputs[0] == 0) and engine.underruns == 0
    assert engine.first_frame_time is None
    data = np.stack([np.arange(100), -np.arange(100)], axis=1).astype(np.float32)
    assert engine.output_ring is not None and engine.output_ring.write(data) == 100
    backend.cycle()
    assert engine.first_frame_time == 1064
    assert backend.outputs[0].tolist() == list(range(64))
    assert backend.outputs[1].tolist() == [-v for v in range(64)]
    backend.cycle()  # 36 frames left: partial block, then silence
    assert backend.outputs[0][:36].tolist() == list(range(64, 100))
    assert np.all(backend.outputs[0][36:] == 0)
    assert engine.underruns == 1
    backend.cycle()
    assert engine.underruns == 1  # one dry spell
    _ = engine.output_ring.write(data[:64])
    backend.cycle()
    backend.cycle()
    assert engine.underruns == 2
    stats = engine.stats()
    assert stats.callbacks == 6 and stats.frames == 384 and stats.xruns == 2
    assert 0 < stats.callback_median_us <= stats.callback_p99_us <= stats.callback_max_us
    assert stats.budget_us == pytest.approx(64 / 48000 * 1e6)


def test_input_ring_records_and_counts_overruns() -> None:
    engine = CallbackEngine(input_channels=1, sample_rate=48000, ring_frames=128)
    backend = FakeBackend(engine, 64)
    for k in range(3):
        backend.inputs[0][:] = np.arange(64) + 64 * k
        backend.cycle()
    assert engine.overruns == 1 and engine.frames_dropped == 64
    assert engine.input_ring is not None
    assert engine.input_ring.read_array()[:, 0].tolist() == list(range(128))
    assert engine.first_frame_time == 1000


def test_user_callback_exception_gives_silence_and_is_kept() -> None:
    calls = []

    def callback(outdata: np.ndarray, frames: int, time: object, status: StreamStatus) -> None:
        calls.append(frames)
        outdata[:] = 0.5
        if len(calls) == 2:
            raise ZeroDivisionError("boom")

    engine = CallbackEngine(output_channels=2, sample_rate=48000, callback=callback)
    backend = FakeBackend(engine, 32)
    backend.cycle()
    assert np.all(backend.outputs[1] == 0.5)
    backend.cycle()
    assert np.all(backend.outputs[0] == 0) and np.all(backend.outputs[1] == 0)
    backend.cycle()  # the stream survives
    assert np.all(backend.outputs[0] == 0.5)
    assert engine.errors == 1
    assert isinstance(engine.callback_errors[0], ZeroDivisionError)
    assert engine.stats().callbacks == 3 and engine.stats().errors == 1


def test_callback_stop_plays_the_block_then_silence() -> None:
    def callback(outdata: np.ndarray, frames: int, time: object, status: StreamStatus) -> None:
        outdata[:] = 0.25
        raise CallbackStop

    engine = CallbackEngine(output_channels=1, sample_rate=48000, callback=callback)
    backend = FakeBackend(engine, 16)
    backend.cycle()
    assert np.all(backend.outputs[0] == 0.25)
    assert engine.finished.is_set() and engine.stopped_by_callback and engine.errors == 0
    backend.cycle()
    assert np.all(backend.outputs[0] == 0)


def test_callback_abort_silences_the_block() -> None:
    def callback(outdata: np.ndarray, frames: int, time: object, status: StreamStatus) -> None:
        outdata[:] = 0.25
        raise CallbackAbort

    engine = CallbackEngine(output_channels=1, sample_rate=48000, callback=callback)
    backend = FakeBackend(engine, 16)
    backend.cycle()
    assert np.all(backend.outputs[0] == 0) and engine.finished.is_set()


def test_duplex_forms_and_status_flags() -> None:
    seen: list[tuple[int, int]] = []

    def full(indata: np.ndarray, outdata: np.ndarray, frames: int, time: object,
             status: StreamStatus) -> None:
        outdata[:] = indata * 2
        seen.append((time.frame, int(status)))  # type: ignore[attr-defined]

    engine = CallbackEngine(input_channels=2, output_channels=2, sample_rate=48000, callback=full)
    backend = FakeBackend(engine, 8)
    backend.inputs[0][:] = 1.0
    backend.inputs[1][:] = 3.0
    engine.note_backend_xrun()
    backend.cycle()
    backend.cycle()
    assert backend.outputs[0].tolist() == [2.0] * 8 and backend.outputs[1].tolist() == [6.0] * 8
    assert seen == [(1000, StreamStatus.BACKEND_XRUN), (1008, 0)]
    assert engine.stats().backend_xruns == 1

    simple = CallbackEngine(input_channels=1, output_channels=1, sample_rate=48000,
                            callback=lambda indata: -indata)
    b2 = FakeBackend(simple, 4)
    b2.inputs[0][:] = [1, 2, 3, 4]
    b2.cycle()
    assert b2.outputs[0].tolist() == [-1, -2, -3, -4]


def test_buffer_size_change_reconfigures() -> None:
    engine = CallbackEngine(output_channels=1, sample_rate=48000, ring_frames=64)
    backend = FakeBackend(engine, 16)
    assert engine.output_ring is not None
    engine.output_ring.write(np.arange(40, dtype=np.float32))
    backend.frames = 32
    backend.outputs = [np.zeros(32, np.float32)]
    backend.cycle()
    assert engine.frames == 32
    assert backend.outputs[0].tolist() == list(range(32))


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="input or output"):
        CallbackEngine(sample_rate=48000, ring_frames=8)
    with pytest.raises(ValueError, match="ring_frames"):
        CallbackEngine(output_channels=1, sample_rate=48000)
    with pytest.raises(TypeError, match=r"\(outdata, frames, time, status\)"):
        CallbackEngine(output_channels=1, sample_rate=48000, callback=lambda a, b: None)
    with pytest.raises(TypeError, match="duplex"):
        CallbackEngine(input_channels=1, output_channels=1, sample_rate=48000,
                       callback=lambda a, b: None)


def test_is_c_function() -> None:
    cb = ffi.callback("int(uint32_t, void *)", lambda n, a: 0)
    assert is_c_function(cb)
    assert not is_c_function(ffi.new("int *"))
    assert not is_c_function(lambda: 0)


def test_realtime_section_restores_gc_state() -> None:
    import sys

    assert gc.isenabled()
    interval = sys.getswitchinterval()
    with pytest.raises(ValueError, match="switch_interval"):
        with realtime_section(switch_interval=0):
            pass
    with realtime_section():
        assert sys.getswitchinterval() == pytest.approx(0.001)
        assert not gc.isenabled()
        assert gc.get_freeze_count() > 0
        with realtime_section():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    assert sys.getswitchinterval() == interval


def test_skipped_cycles_pad_the_input_ring_with_silence() -> None:
    engine = CallbackEngine(input_channels=1, sample_rate=48000, ring_frames=256)
    backend = FakeBackend(engine, 16)
    backend.inputs[0][:] = 1.0
    backend.cycle()
    backend.frame_time += 32  # the backend skipped two cycles
    backend.cycle()
    assert engine.discontinuities == 1 and engine.stats().discontinuities == 1
    assert engine.input_ring is not None
    got = engine.input_ring.read_array()[:, 0]
    assert got.tolist() == [1.0] * 16 + [0.0] * 32 + [1.0] * 16


def test_planar_buffers_are_reused_from_the_pool() -> None:
    """Reconfiguring (a buffer-size change) hands the old channel buffers back to
    the shared BufferPool and takes same-size ones from it instead of allocating."""
    from coremusic.realtime import engine as engine_module

    pool = engine_module._PLANAR_POOL
    eng = CallbackEngine(input_channels=2, output_channels=3, sample_rate=48000, ring_frames=256)
    eng.configure(96)
    eng.configure(160)
    hits_before = pool.stats.hits
    eng.configure(96)  # the 96-frame buffers from the first configure come back
    assert pool.stats.hits >= hits_before + 2
    assert eng._in_planar.shape == (2, 96) and not eng._in_planar.any()
    assert eng._out_planar.shape == (3, 96) and not eng._out_planar.any()
