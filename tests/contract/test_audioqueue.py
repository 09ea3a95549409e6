"""Contract tests of AudioQueue.h through the cffi-typed AudioToolbox and CF doubles.

The queue double keeps real AudioQueueBuffer structs and calls the output,
input, listener and tap trampolines coremusic hands it; it proves
marshalling, callback plumbing, ownership and error mapping, not Apple's
behaviour.
"""

from __future__ import annotations

import gc
import struct
import weakref

import numpy as np
import pytest

from coremusic import capi
from coremusic.capi import audioqueue_callbacks
from coremusic.exceptions import AudioQueueError
from coremusic.formats import AudioFormat
from coremusic.structs import AudioBufferList, AudioStreamPacketDescription, AudioTimeStamp
from tests.doubles.audioqueue import (
    BUFFER_ENQUEUED_TWICE,
    INVALID_PARAMETER,
    INVALID_PROPERTY,
    INVALID_PROPERTY_SIZE,
    QueueModel,
)

I16 = AudioFormat.pcm_int16_stereo(44100.0)
BLOCK = np.arange(32, dtype="<i2").reshape(-1, 2)


@pytest.fixture
def model(framework_double, cf) -> QueueModel:
    return QueueModel(framework_double("AudioToolbox"), cf)


def _assert_error(info: pytest.ExceptionInfo[AudioQueueError], status: int, operation: str) -> None:
    assert isinstance(info.value, AudioQueueError)
    assert info.value.status == status
    assert info.value.operation == operation


# ---------------------------------------------------------------- output queue round trip


def test_output_queue_plays_and_hands_buffers_back(model, cf) -> None:
    handed: list[tuple[int, int]] = []
    q = capi.audio_queue_new_output(I16, lambda queue, buffer: handed.append((queue, buffer)),
                                    run_loop_mode="kCFRunLoopCommonModes")
    fake = model.queues[q]
    assert fake.fmt == I16 and fake.run_loop_mode == "kCFRunLoopCommonModes" and fake.run_loop == 0
    buf = capi.audio_queue_allocate_buffer(q, 128)
    assert capi.audio_queue_buffer_info(buf) == (128, 0, 0, 0)
    assert capi.audio_queue_buffer_fill(buf, BLOCK) == 64
    capi.audio_queue_enqueue_buffer(q, buf)
    capi.audio_queue_start(q)
    assert fake.running and fake.start_time is None
    played = model.play(q)
    assert played.data == BLOCK.tobytes()
    assert handed == [(q, buf)]
    capi.audio_queue_stop(q, immediate=False)
    assert fake.log == ["Start", "Stop(immediate=False)"]
    capi.audio_queue_free_buffer(q, buf)
    capi.audio_queue_dispose(q)
    assert fake.disposed is True
    assert audioqueue_callbacks.queue_state(q) is None


def test_buffer_memory_view_and_byte_size(model) -> None:
    q = capi.audio_queue_new_output(I16, lambda queue, buffer: None)
    buf = capi.audio_queue_allocate_buffer(q, 64)
    view = np.frombuffer(capi.audio_queue_buffer_memory(buf), dtype="<i2")
    assert view.shape == (32,)
    view[:8] = np.arange(8)
    capi.audio_queue_buffer_set_byte_size(buf, 16)
    assert capi.audio_queue_buffer_contents(buf) == np.arange(8, dtype="<i2").tobytes()
    with pytest.raises(ValueError, match="capacity"):
        capi.audio_queue_buffer_set_byte_size(buf, 65)
    with pytest.raises(ValueError, match="do not fit"):
        capi.audio_queue_buffer_fill(buf, bytes(65))
    with pytest.raises(ValueError, match="allocate it with packet descriptions"):
        capi.audio_queue_buffer_fill(buf, b"abcd", [(0, 0, 4)])
    capi.audio_queue_dispose(q)


def test_enqueueing_a_queued_buffer_twice_is_refused(model) -> None:
    q = capi.audio_queue_new_output(I16, lambda queue, buffer: None)
    buf = capi.audio_queue_allocate_buffer(q, 64)
    capi.audio_queue_enqueue_buffer(q, buf)
    with pytest.raises(AudioQueueError) as info:
        capi.audio_queue_enqueue_buffer(q, buf)
    _assert_error(info, BUFFER_ENQUEUED_TWICE, "AudioQueueEnqueueBuffer")
    assert info.value.name is None or "Twice" in info.value.name
    capi.audio_queue_dispose(q)


def test_compressed_buffers_carry_packet_descriptions(model) -> None:
    aac = AudioFormat.aac(44100.0)
    q = capi.audio_queue_new_output(aac, lambda queue, buffer: None)
    buf = capi.audio_queue_allocate_buffer_with_packet_descriptions(q, 256, 4)
    assert capi.audio_queue_buffer_info(buf) == (256, 0, 4, 0)
    descs = [AudioStreamPacketDescription(0, 0, 100), (100, 0, 50)]
    capi.audio_queue_buffer_fill(buf, bytes(150), descs)
    assert capi.audio_queue_buffer_packet_descriptions(buf) == (
        AudioStreamPacketDescription(0, 0, 100), AudioStreamPacketDescription(100, 0, 50))
    capi.audio_queue_enqueue_buffer(q, buf)
    assert model.queues[q].enqueued[0].descriptions == [(0, 0, 100), (100, 0, 50)]
    # descriptions passed with the call instead of stored in the buffer
    other = capi.audio_queue_allocate_buffer(q, 64)
    capi.audio_queue_buffer_fill(other, bytes(60))
    capi.audio_queue_enqueue_buffer(q, other, [(0, 0, 60)])
    assert model.queues[q].enqueued[1].descriptions == [(0, 0, 60)]
    capi.audio_queue_dispose(q)


def test_enqueue_with_parameters(model) -> None:
    q = capi.audio_queue_new_output(I16, lambda queue, buffer: None)
    buf = capi.audio_queue_allocate_buffer(q, 64)
    capi.audio_queue_buffer_fill(buf, BLOCK[:8])
    when = capi.audio_queue_enqueue_buffer_with_parameters(
        q, buf, trim_start=2, trim_end=1, parameters={1: 0.5, 13: -1.0},
        start_time=AudioTimeStamp.from_sample_time(1024.0))
    assert when.sample_time == 1024.0 and when.has_sample_time
    item = model.queues[q].enqueued[0]
    assert item.trim == (2, 1) and item.parameters == {1: 0.5, 13: -1.0}
    other = capi.audio_queue_allocate_buffer(q, 64)
    assert capi.audio_queue_enqueue_buffer_with_parameters(q, other).sample_time == 0.0
    with pytest.raises(TypeError, match="number"):
        capi.audio_queue_enqueue_buffer_with_parameters(q, other, parameters={1: "loud"})  # type: ignore[dict-item]
    with pytest.raises(TypeError, match="AudioTimeStamp"):
        capi.audio_queue_enqueue_buffer_with_parameters(q, other, start_time=1024.0)  # type: ignore[arg-type]
    capi.audio_queue_dispose(q)


def test_transport_calls(model) -> None:
    q = capi.audio_queue_new_output(I16, lambda queue, buffer: None)
    buf = capi.audio_queue_allocate_buffer(q, 64)
    capi.audio_queue_buffer_fill(buf, BLOCK)
    capi.audio_queue_enqueue_buffer(q, buf)
    assert capi.audio_queue_prime(q) == 16
    assert capi.audio_queue_prime(q, 4) == 4
    capi.audio_queue_start(q, AudioTimeStamp.from_sample_time(512.0))
    assert model.queues[q].start_time == 512.0
    capi.audio_queue_pause(q)
    capi.audio_queue_flush(q)
    capi.audio_queue_reset(q)
    capi.audio_queue_stop(q)
    assert model.queues[q].log == ["Prime(0)", "Prime(4)", "Start", "Pause", "Flush", "Reset",
                                   "Stop(immediate=True)"]
    assert model.queues[q].enqueued == []
    with pytest.raises(TypeError, match="bool"):
        capi.audio_queue_stop(q, 1)  # type: ignore[arg-type]
    capi.audio_queue_dispose(q, immediate=True)


def test_errors_map_to_audio_queue_error(model) -> None:
    model.double.returns("AudioQueueStart", -66681)  # kAudioQueueErr_CannotStart
    q = capi.audio_queue_new_output(I16, lambda queue, buffer: None)
    with pytest.raises(AudioQueueError) as info:
        capi.audio_queue_start(q)
    _assert_error(info, -66681, "AudioQueueStart")
    with pytest.raises(ValueError, match="NULL handle"):
        capi.audio_queue_pause(0)
    with pytest.raises(TypeError, match="AudioFormat"):
        capi.audio_queue_new_output("lpcm", lambda q, b: None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="callable"):
        capi.audio_queue_new_output(I16, None)  # type: ignore[arg-type]
    capi.audio_queue_dispose(q)


def test_failed_creation_keeps_nothing(model) -> None:
    model.double.returns("AudioQueueNewOutput", -50)
    before = len(audioqueue_callbacks._queues)
    with pytest.raises(AudioQueueError) as info:
        capi.audio_queue_new_output(I16, lambda queue, buffer: None, run_loop_mode="default")
    _assert_error(info, -50, "AudioQueueNewOutput")
    assert len(audioqueue_callbacks._queues) == before  # the cf fixture also checks the mode string


# ---------------------------------------------------------------- input queue


def test_input_queue_delivers_recorded_buffers(model) -> None:
    got: list[tuple[bytes, float | None, int, tuple]] = []

    def recorded(queue, buffer, start_time, packets, descriptions):
        got.append((capi.audio_queue_buffer_contents(buffer), start_time.sample_time, packets, descriptions))
        capi.audio_queue_enqueue_buffer(queue, buffer)  # hand it back for more

    q = capi.audio_queue_new_input(I16, recorded)
    for _ in range(2):
        capi.audio_queue_enqueue_buffer(q, capi.audio_queue_allocate_buffer(q, 64))
    capi.audio_queue_start(q)
    model.record(q, BLOCK[:4].tobytes(), sample_time=256.0)
    model.record(q, BLOCK[4:8].tobytes(), sample_time=260.0)
    model.record(q, BLOCK[8:9].tobytes(), sample_time=264.0)  # the first buffer came back
    assert [g[0] for g in got] == [BLOCK[:4].tobytes(), BLOCK[4:8].tobytes(), BLOCK[8:9].tobytes()]
    assert [g[1] for g in got] == [256.0, 260.0, 264.0]
    assert [g[2] for g in got] == [4, 4, 1] and got[0][3] == ()
    capi.audio_queue_stop(q)
    capi.audio_queue_dispose(q)


def test_input_queue_compressed_packet_descriptions(model) -> None:
    got = []
    q = capi.audio_queue_new_input(AudioFormat.aac(), lambda *args: got.append(args[3:]))
    capi.audio_queue_enqueue_buffer(q, capi.audio_queue_allocate_buffer(q, 64))
    model.record(q, bytes(30), descriptions=[(0, 0, 10), (10, 0, 20)])
    assert got == [(2, (AudioStreamPacketDescription(0, 0, 10), AudioStreamPacketDescription(10, 0, 20)))]
    capi.audio_queue_dispose(q)


# ---------------------------------------------------------------- callback errors and lifetime


def test_callback_exception_is_reraised_later(model) -> None:
    def broken(queue, buffer):
        raise ZeroDivisionError("bad block")

    q = capi.audio_queue_new_output(I16, broken)
    buf = capi.audio_queue_allocate_buffer(q, 64)
    capi.audio_queue_enqueue_buffer(q, buf)
    model.play(q)  # the exception did not reach C
    state = audioqueue_callbacks.queue_state(q)
    assert state is not None and state.target.error_count == 1
    with pytest.raises(ZeroDivisionError):
        capi.audio_queue_check_callback_errors(q)
    capi.audio_queue_check_callback_errors(q)  # reported once
    capi.audio_queue_enqueue_buffer(q, buf)
    model.play(q)
    with pytest.raises(ZeroDivisionError):  # the next call on the queue re-raises it
        capi.audio_queue_pause(q)
    assert model.queues[q].log == ["Pause"]  # after the call went through
    capi.audio_queue_enqueue_buffer(q, buf)
    model.play(q)
    with pytest.raises(ZeroDivisionError):  # and so does disposal, after disposing
        capi.audio_queue_dispose(q)
    assert model.queues[q].disposed is True
    with pytest.raises(ValueError, match="not a queue"):
        capi.audio_queue_check_callback_errors(q)


def test_callback_lives_while_the_queue_does(model) -> None:
    class Refill:
        def __init__(self) -> None:
            self.calls = 0

        def __call__(self, queue: int, buffer: int) -> None:
            self.calls += 1

    refill = Refill()
    ref = weakref.ref(refill)
    q = capi.audio_queue_new_output(I16, refill)
    del refill
    gc.collect()
    assert ref() is not None  # owned by the registry while C holds the trampoline
    capi.audio_queue_enqueue_buffer(q, capi.audio_queue_allocate_buffer(q, 8))
    model.play(q)
    assert ref().calls == 1  # type: ignore[union-attr]
    capi.audio_queue_dispose(q)
    gc.collect()
    assert ref() is None  # freed after an immediate dispose


def test_deferred_dispose_keeps_the_callback_for_draining_buffers(model) -> None:
    calls = []
    q = capi.audio_queue_new_output(I16, lambda queue, buffer: calls.append(buffer))
    buf = capi.audio_queue_allocate_buffer(q, 8)
    capi.audio_queue_enqueue_buffer(q, buf)
    capi.audio_queue_dispose(q, immediate=False)
    assert model.queues[q].disposed is False
    fake = model.queues[q]
    fake.disposed = None  # the double drains the enqueued buffer after the deferred dispose
    model.play(q)
    assert calls == [buf]


# ---------------------------------------------------------------- parameters and properties


def test_parameters(model) -> None:
    q = capi.audio_queue_new_output(I16, lambda queue, buffer: None)
    assert capi.audio_queue_get_parameter(q, 1) == 1.0
    capi.audio_queue_set_parameter(q, 1, 0.25)
    assert capi.audio_queue_get_parameter(q, 1) == 0.25
    with pytest.raises(AudioQueueError) as info:
        capi.audio_queue_set_parameter(q, 99, 1.0)
    _assert_error(info, INVALID_PARAMETER, "AudioQueueSetParameter")
    with pytest.raises(TypeError, match="number"):
        capi.audio_queue_set_parameter(q, 1, None)  # type: ignore[arg-type]
    capi.audio_queue_dispose(q)


def test_properties(model) -> None:
    q = capi.audio_queue_new_output(I16, lambda queue, buffer: None)
    assert capi.audio_queue_get_property_size(q, "aqft") == 40
    assert AudioFormat.from_asbd_bytes(capi.audio_queue_get_property(q, "aqft")) == I16
    assert capi.audio_queue_get_property(q, "aqrn") == struct.pack("=I", 0)
    capi.audio_queue_set_property(q, "aqme", struct.pack("=I", 1))
    assert capi.audio_queue_get_property(q, "aqme", 4) == struct.pack("=I", 1)
    with pytest.raises(AudioQueueError) as info:
        capi.audio_queue_get_property(q, "none")
    _assert_error(info, INVALID_PROPERTY, "AudioQueueGetPropertySize")
    with pytest.raises(AudioQueueError) as info:
        capi.audio_queue_get_property(q, "aqft", 8)
    _assert_error(info, INVALID_PROPERTY_SIZE, "AudioQueueGetProperty")
    with pytest.raises(AudioQueueError) as info:
        capi.audio_queue_set_property(q, "aqme", b"\x01")
    _assert_error(info, INVALID_PROPERTY_SIZE, "AudioQueueSetProperty")
    capi.audio_queue_dispose(q)


def test_property_listener_add_notify_remove(model) -> None:
    q = capi.audio_queue_new_output(I16, lambda queue, buffer: None)
    seen = []
    listener = capi.audio_queue_add_property_listener(q, "aqrn", lambda queue, pid: seen.append((queue, pid)))
    assert listener.registered and "'aqrn'" in repr(listener)
    assert model.notify(q, "aqrn") == 1
    assert seen == [(q, 0x6171726E)] and listener.call_count == 1
    capi.audio_queue_remove_property_listener(listener)
    assert not listener.registered and listener.callback is None
    assert model.notify(q, "aqrn") == 0
    with pytest.raises(ValueError, match="not registered"):
        capi.audio_queue_remove_property_listener(listener)
    with pytest.raises(TypeError, match="AudioQueuePropertyListener"):
        capi.audio_queue_remove_property_listener(q)  # type: ignore[arg-type]
    with pytest.raises(AudioQueueError) as info:
        capi.audio_queue_add_property_listener(q, "none", print)
    _assert_error(info, INVALID_PROPERTY, "AudioQueueAddPropertyListener")
    assert audioqueue_callbacks.listeners_of(q) == []
    capi.audio_queue_dispose(q)


def test_listener_errors_and_lifetime(model) -> None:
    q = capi.audio_queue_new_output(I16, lambda queue, buffer: None)

    class Watcher:
        def __call__(self, queue: int, pid: int) -> None:
            raise RuntimeError("listener broke")

    watcher = Watcher()
    ref = weakref.ref(watcher)
    listener = capi.audio_queue_add_property_listener(q, "aqrn", watcher)
    del watcher
    gc.collect()
    assert ref() is not None
    model.notify(q, "aqrn")
    assert listener.error_count == 1
    with pytest.raises(RuntimeError, match="broke"):
        listener.check_errors()
    capi.audio_queue_dispose(q)  # disposing the queue drops its listeners
    gc.collect()
    assert ref() is None and not listener.registered


# ---------------------------------------------------------------- time


def test_timeline_and_times(model) -> None:
    q = capi.audio_queue_new_output(I16, lambda queue, buffer: None)
    tl = capi.audio_queue_create_timeline(q)
    model.queues[q].sample_time = 2048.0
    model.queues[q].discontinuity = True
    now, jumped = capi.audio_queue_get_current_time(q, tl)
    assert now.sample_time == 2048.0 and jumped is True
    assert capi.audio_queue_get_current_time(q)[1] is False
    device = capi.audio_queue_device_get_current_time(q)
    assert device.has_host_time and device.host_time == 2048000
    nearest = capi.audio_queue_device_get_nearest_start_time(q, AudioTimeStamp.from_sample_time(1000.0))
    assert nearest.sample_time == 1024.0
    translated = capi.audio_queue_device_translate_time(q, AudioTimeStamp.from_sample_time(3.0))
    assert translated.host_time == 3000 and translated.has_sample_time
    capi.audio_queue_dispose_timeline(q, tl)
    with pytest.raises(AudioQueueError) as info:
        capi.audio_queue_dispose_timeline(q, tl)
    _assert_error(info, -50, "AudioQueueDisposeTimeline")
    capi.audio_queue_dispose(q)


# ---------------------------------------------------------------- offline rendering


def test_offline_render(model) -> None:
    q = capi.audio_queue_new_output(I16, lambda queue, buffer: None)
    src = capi.audio_queue_allocate_buffer(q, 64)
    capi.audio_queue_buffer_fill(src, BLOCK)
    capi.audio_queue_enqueue_buffer(q, src)
    out = capi.audio_queue_allocate_buffer(q, 64)
    with pytest.raises(AudioQueueError) as info:
        capi.audio_queue_offline_render(q, AudioTimeStamp.from_sample_time(0.0), out, 4)
    _assert_error(info, -66626, "AudioQueueOfflineRender")
    layout = struct.pack("=3I", 101 << 16 | 2, 0, 0) + bytes(20)  # kAudioChannelLayoutTag_Stereo
    capi.audio_queue_set_offline_render_format(q, I16, layout)
    assert model.queues[q].offline == I16 and model.queues[q].offline_layout[:4] == layout[:4]
    capi.audio_queue_start(q)
    rendered = capi.audio_queue_offline_render(q, AudioTimeStamp.from_sample_time(0.0), out, 4)
    assert rendered == BLOCK[:4].tobytes()
    capi.audio_queue_set_offline_render_format(q, None)
    assert model.queues[q].offline is None
    capi.audio_queue_dispose(q)


# ---------------------------------------------------------------- processing taps


def test_processing_tap_pulls_and_processes(model) -> None:
    q = capi.audio_queue_new_output(I16, lambda queue, buffer: None)
    seen = []

    def halve(tap, frames, time_stamp, flags, buffers):
        got, new_flags, when = capi.audio_queue_processing_tap_get_source_audio(tap, frames, time_stamp, buffers)
        seen.append((frames, flags, new_flags, when.sample_time, time_stamp.mSampleTime,
                     capi.audio_queue_processing_tap_get_queue_time(tap)))
        for block in buffers.arrays():
            block *= 0.5
        return got, new_flags

    tap = capi.audio_queue_processing_tap_new(q, halve, capi.TAP_POST_EFFECTS)
    assert tap.max_frames == 512
    assert tap.processing_format == AudioFormat.pcm(44100.0, 2, 32, True, interleaved=False)
    produced, flags, contents = model.run_tap(tap.tap, 8)
    assert (produced, flags) == (8, 256)
    np.testing.assert_array_equal(np.frombuffer(contents[0], np.float32), np.full(8, 0.25, np.float32))
    np.testing.assert_array_equal(np.frombuffer(contents[1], np.float32), np.full(8, 0.5, np.float32))
    # the C time stamp was updated in place; the queue time came back too
    assert seen == [(8, capi.TAP_POST_EFFECTS, 256, 4096.0, 4096.0, (0.0, 512))]
    # an AudioTimeStamp value works too (a copy)
    assert capi.audio_queue_processing_tap_get_source_audio(
        tap.tap, 4, AudioTimeStamp.from_sample_time(0.0),
        AudioBufferList.allocate(2, 4))[0] == 4
    capi.audio_queue_processing_tap_dispose(tap)
    assert model.taps[tap.tap].disposed
    capi.audio_queue_dispose(q)


def test_processing_tap_errors(model) -> None:
    q = capi.audio_queue_new_output(I16, lambda queue, buffer: None)
    with pytest.raises(AudioQueueError) as info:
        capi.audio_queue_processing_tap_new(q, lambda *a: 0, 0)
    _assert_error(info, -66667, "AudioQueueProcessingTapNew")

    def broken(tap, frames, time_stamp, flags, buffers):
        raise OverflowError("tap broke")

    tap = capi.audio_queue_processing_tap_new(q, broken, capi.TAP_PRE_EFFECTS)
    produced, _flags, contents = model.run_tap(tap.tap, 4)
    assert produced == 0 and contents == [bytes(16), bytes(16)]  # silenced
    with pytest.raises(OverflowError):  # re-raised by the dispose
        capi.audio_queue_processing_tap_dispose(tap.tap)
    with pytest.raises(AudioQueueError):
        capi.audio_queue_processing_tap_dispose(tap.tap)
    with pytest.raises(TypeError, match="AudioTimeStamp"):
        capi.audio_queue_processing_tap_get_source_audio(tap.tap, 4, 0.0, None)
    capi.audio_queue_dispose(q)


def test_tap_callback_lives_until_dispose(model) -> None:
    q = capi.audio_queue_new_output(I16, lambda queue, buffer: None)

    class Siphon:
        def __init__(self) -> None:
            self.frames = 0

        def __call__(self, tap, frames, time_stamp, flags, buffers):
            self.frames += frames
            return frames

    siphon = Siphon()
    ref = weakref.ref(siphon)
    tap = capi.audio_queue_processing_tap_new(q, siphon, capi.TAP_PRE_EFFECTS | capi.TAP_SIPHON)
    del siphon
    gc.collect()
    assert ref() is not None  # owned while C holds the tap
    assert model.run_tap(tap.tap, 16)[0] == 16
    assert ref().frames == 16  # type: ignore[union-attr]
    capi.audio_queue_processing_tap_dispose(tap)
    gc.collect()
    assert ref() is None
    capi.audio_queue_dispose(q)
