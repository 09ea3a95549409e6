"""coremusic.audio.queue.AudioQueue, driven through the cffi-typed AudioQueue
double (contract style: the double plays and records by calling the queue's C
callbacks; it proves the plumbing and buffer rotation, not Apple's
behaviour), plus its refusal on platforms without AudioToolbox."""

from __future__ import annotations

import gc
import sys
import weakref

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.audio.queue import AudioQueue
from coremusic.capi import audioqueue_callbacks
from coremusic.exceptions import AudioQueueError, PlatformNotSupportedError
from coremusic.formats import AudioFormat
from tests.doubles.audioqueue import QueueModel

I16 = AudioFormat.pcm_int16_stereo(44100.0)
MONO_F32 = AudioFormat.pcm(48000.0, 1, 32, True)


@pytest.fixture
def model(framework_double, cf) -> QueueModel:
    return QueueModel(framework_double("AudioToolbox"), cf)


def _ramp(frames: int) -> np.ndarray:
    return np.arange(frames * 2, dtype="<i2").reshape(-1, 2)


@pytest.mark.skipif(sys.platform == "darwin", reason="AudioToolbox exists on macOS")
def test_construction_raises_platform_not_supported_without_audiotoolbox() -> None:
    with pytest.raises(PlatformNotSupportedError) as info:
        AudioQueue.output(I16)
    assert "AudioToolbox" in str(info.value)


def test_playback_rotates_a_fixed_set_of_buffers(model) -> None:
    data = _ramp(10 * 16 + 5)  # ten full buffers and a partial one
    with AudioQueue.output(I16, buffer_frames=16, buffer_count=3) as q:
        fake = model.queues[q.handle]
        q.play(data)
        assert fake.running and len(fake.enqueued) == 3
        played = []
        while fake.enqueued:
            played.append(model.play(q.handle))
        assert b"".join(p.data for p in played) == data.tobytes()
        order = [p.buffer for p in played]
        assert set(order) == set(q.buffers) and len(order) == 11
        assert order[:6] == order[:3] * 2  # the buffers go round in turn
        assert all(order[i] != order[i + 1] for i in range(len(order) - 1))
        assert q.wait(0) is True and q.error_count == 0
        assert q.callback_count == 11 and q.position == len(data)
        handle = q.handle
    assert model.queues[handle].disposed is True


def test_loop_wraps_around(model) -> None:
    data = _ramp(10)
    with AudioQueue.output(I16, buffer_frames=4, buffer_count=2) as q:
        q.play(data, loop=True)
        chunks = [model.play(q.handle).data for _ in range(6)]
        stream = np.frombuffer(b"".join(chunks), dtype="<i2").reshape(-1, 2)
        np.testing.assert_array_equal(stream, np.concatenate([data, data, data])[:24])
        assert q.wait(0) is False  # a looping queue never drains by itself
        q.stop()
        assert not q.is_running and q.wait(0) is True


def test_recording_fills_a_preallocated_array(model) -> None:
    fed = np.arange(50, dtype=np.float32).reshape(-1, 1) / 50
    with AudioQueue.input(MONO_F32, buffer_frames=8, buffer_count=3) as q:
        q.record(40)
        fake = model.queues[q.handle]
        assert fake.running and len(fake.enqueued) == 3
        for start in range(0, 48, 8):
            if not fake.enqueued:
                break
            model.record(q.handle, fed[start:start + 8].tobytes(), sample_time=float(start))
        assert q.wait(0) is True
        np.testing.assert_array_equal(q.recording, fed[:40])
        assert q.recording.shape == (40, 1) and q.position == 40
        assert q.error_count == 0


def test_partial_buffers_are_recorded_exactly(model) -> None:
    with AudioQueue.input(I16, buffer_frames=8, buffer_count=2) as q:
        q.record(5)
        model.record(q.handle, _ramp(3).tobytes())
        assert q.wait(0) is False and q.recording.shape == (3, 2)
        model.record(q.handle, _ramp(8).tobytes())
        assert q.wait(0) is True
        np.testing.assert_array_equal(q.recording, np.concatenate([_ramp(3), _ramp(2)]))


def test_properties_repr_and_controls(model) -> None:
    q = AudioQueue(I16, buffer_frames=32)
    assert q.kind == "output" and q.format == I16 and q.buffer_frames == 32 and len(q.buffers) == 3
    assert "output" in repr(q) and "3 x 32 frames" in repr(q)
    assert q.volume == 1.0
    q.volume = 0.5
    assert q.volume == 0.5
    with pytest.raises(ValueError, match="volume"):
        q.volume = 2.0
    q.play(_ramp(64))
    model.play(q.handle)
    assert q.current_time == 32 / 44100.0
    q.pause()
    q.start()
    q.stop(immediate=False)
    assert model.queues[q.handle].log[-3:] == ["Pause", "Start", "Stop(immediate=False)"]
    q.close()
    q.close()
    assert q.closed and "closed" in repr(q)
    with pytest.raises(ValueError, match="closed"):
        q.play(_ramp(4))


def test_bad_input_is_refused(model) -> None:
    with pytest.raises(ValueError, match="interleaved linear PCM"):
        AudioQueue(AudioFormat.aac())
    with pytest.raises(ValueError, match="interleaved linear PCM"):
        AudioQueue(AudioFormat.pcm(44100.0, 2, 32, True, interleaved=False))
    with pytest.raises(ValueError, match="buffer_count"):
        AudioQueue(I16, buffer_count=1)
    with pytest.raises(ValueError, match="kind"):
        AudioQueue(I16, kind="duplex")  # type: ignore[arg-type]
    with AudioQueue.output(I16) as q:
        with pytest.raises(TypeError, match="dtype"):
            q.play(np.zeros((4, 2), np.float32))
        with pytest.raises(ValueError, match="shape"):
            q.play(np.zeros((4, 3), "<i2"))
        with pytest.raises(RuntimeError, match="input queue"):
            q.record(10)
        q.play(np.zeros((0, 2), "<i2"))  # nothing to play: done at once, queue not started
        assert q.wait(0) is True and not model.queues[q.handle].running
    with AudioQueue.input(I16) as q:
        with pytest.raises(RuntimeError, match="output queue"):
            q.play(_ramp(4))
        with pytest.raises(ValueError, match="frames"):
            q.record(0)


def test_callback_failure_surfaces_on_wait(model) -> None:
    with AudioQueue.output(I16, buffer_frames=4, buffer_count=2) as q:
        q.play(_ramp(20))
        model.double.returns("AudioQueueEnqueueBuffer", -66632)  # kAudioQueueErr_EnqueueDuringReset
        model.play(q.handle)
        assert q.error_count == 1
        with pytest.raises(AudioQueueError) as info:
            q.wait(0)
        assert info.value.status == -66632 and info.value.operation == "AudioQueueEnqueueBuffer"


def test_dropped_queue_is_disposed_and_its_engine_freed(model) -> None:
    q = AudioQueue.output(I16)
    handle = q.handle
    engine = weakref.ref(q._engine)
    del q
    gc.collect()
    assert model.queues[handle].disposed is True
    assert audioqueue_callbacks.queue_state(handle) is None
    assert engine() is None


def test_0_2_names_and_restart_guard(model) -> None:
    with AudioQueue.new_output(I16, buffer_frames=4) as out, AudioQueue.new_input(I16) as rec:
        assert out.is_input is False and rec.is_input is True
        out.play(_ramp(40))
        with pytest.raises(RuntimeError, match="still playing"):
            out.play(_ramp(4))  # its buffers are queued: they are not enqueued a second time
        out.stop()
        out.play(_ramp(4))  # after a stop the buffers are free again
        assert len(model.queues[out.handle].enqueued) == 1


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 200), st.integers(1, 32), st.integers(2, 5))
def test_playback_delivers_exactly_the_data(frames: int, buffer_frames: int, buffer_count: int) -> None:
    from tests.doubles import CoreFoundationDouble, FrameworkDouble

    data = _ramp(frames)
    with CoreFoundationDouble().installed() as cf, FrameworkDouble("AudioToolbox").installed() as double:
        model = QueueModel(double, cf)
        with AudioQueue.output(I16, buffer_frames=buffer_frames, buffer_count=buffer_count) as q:
            q.play(data)
            played = []
            while model.queues[q.handle].enqueued:
                played.append(model.play(q.handle).data)
            assert q.wait(0) is True and q.error_count == 0
    assert b"".join(played) == data.tobytes()
