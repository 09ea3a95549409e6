"""coremusic.audio.async_queue.AsyncAudioQueue with a real asyncio loop, driven
through the cffi-typed AudioQueue double: the "device" plays and records on a
worker thread (as AudioQueue's own thread would), the queue's C callbacks post
completions to the loop.  Marshalling and plumbing, not Apple's behaviour."""

from __future__ import annotations

import asyncio
import gc
import sys
import threading
import weakref

import numpy as np
import pytest

from coremusic.audio.async_queue import AsyncAudioQueue, BufferCompletion
from coremusic.exceptions import PlatformNotSupportedError
from coremusic.formats import AudioFormat
from tests.doubles.audioqueue import QueueModel

I16 = AudioFormat.pcm_int16_stereo(44100.0)


@pytest.fixture
def model(framework_double, cf) -> QueueModel:
    return QueueModel(framework_double("AudioToolbox"), cf)


def ramp(frames: int) -> np.ndarray:
    return (np.arange(frames * 2) % 30000).astype("<i2").reshape(-1, 2)


class Device:
    """Plays the enqueued buffers of one queue on a worker thread while ``running``."""

    def __init__(self, model: QueueModel, handle: int) -> None:
        self.model = model
        self.handle = handle
        self.go = threading.Event()
        self.halt = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.halt.is_set():
            q = self.model.queues.get(self.handle)
            if q is None or q.disposed is not None:
                return
            if q.running and q.enqueued:
                self.model.play(self.handle)
            else:
                self.halt.wait(0.001)

    def stop(self) -> None:
        self.halt.set()
        self.thread.join()


@pytest.mark.skipif(sys.platform == "darwin", reason="AudioToolbox exists on macOS")
def test_construction_outside_macos_raises_and_needs_a_loop() -> None:
    with pytest.raises(RuntimeError, match="running asyncio event loop"):
        AsyncAudioQueue.output(I16)

    async def make() -> None:
        AsyncAudioQueue.output(I16)

    with pytest.raises(PlatformNotSupportedError, match="AudioToolbox"):
        asyncio.run(make())


def test_play_and_await_every_completion(model) -> None:
    data = ramp(16 * 5 + 3)

    async def main() -> list[BufferCompletion]:
        async with AsyncAudioQueue.output(I16, buffer_frames=16, buffer_count=3) as q:
            fake = model.queues[q.queue.handle]
            await q.play(data)
            assert fake.running and len(fake.enqueued) == 3
            device = Device(model, q.queue.handle)
            try:
                seen = [done async for done in q.completions()]
                assert await q.wait(5.0)
            finally:
                device.stop()
            assert b"".join(p.data for p in fake.played) == data.tobytes()
            assert q.position == len(data) and "completions" in repr(q)
            return seen

    seen = asyncio.run(main())
    assert [c.frames for c in seen] == [16, 16, 16, 16, 16, 3]
    assert all(c.kind == "output" for c in seen) and seen[-1].position == len(data)


def test_streamed_writes_apply_back_pressure_without_blocking_the_loop(model) -> None:
    blocks = [ramp(40) + i for i in range(6)]
    ticks = []

    async def ticker(stop: asyncio.Event) -> None:
        while not stop.is_set():
            ticks.append(1)
            await asyncio.sleep(0)

    async def main() -> bytes:
        q = AsyncAudioQueue.output(I16, buffer_frames=16, buffer_count=2, max_pending=48)
        fake = model.queues[q.queue.handle]
        stop = asyncio.Event()
        tick_task = asyncio.create_task(ticker(stop))
        device = Device(model, q.queue.handle)
        try:
            for block in blocks:
                assert await q.write(block, timeout=5.0) == 40
                assert q.pending_frames <= 48 + 40
            assert fake.running
            assert await q.drain(5.0)
            assert q.pending_frames == 0 and q.completion_count >= 15
        finally:
            device.stop()
            stop.set()
            await tick_task
            q.close()
        return b"".join(p.data for p in fake.played)

    played = asyncio.run(main())
    assert played == b"".join(b.tobytes() for b in blocks)
    assert len(ticks) > 1  # the loop ran other tasks while writes awaited completions


def test_next_completion_times_out_and_write_times_out_without_a_device(model) -> None:
    async def main() -> None:
        async with AsyncAudioQueue.output(I16, buffer_frames=8, buffer_count=2, max_pending=8) as q:
            with pytest.raises(TimeoutError):
                await q.next_completion(timeout=0.01)
            accepted = await q.write(ramp(64), timeout=0.05)
            assert accepted < 64 and q.pending_frames <= 16
            model.play(q.queue.handle)  # from the loop thread: posts via call_soon_threadsafe
            done = await q.next_completion(timeout=5.0)
            assert done.frames == 8 and done.buffer in q.queue.buffers
            q.stop()
            assert q.pending_frames == 0

    asyncio.run(main())


def test_record_awaits_the_input_callbacks(model) -> None:
    source = ramp(40)

    async def main() -> np.ndarray:
        async with AsyncAudioQueue.input(I16, buffer_frames=16, buffer_count=3) as q:
            handle = q.queue.handle

            def device() -> None:
                raw = source.tobytes()
                step = 16 * 4
                for offset in range(0, len(raw), step):
                    model.record(handle, raw[offset:offset + step])

            recording = asyncio.create_task(q.record(40, timeout=5.0))
            await asyncio.sleep(0)
            await asyncio.to_thread(device)
            taken = await recording
            assert q.completion_count == 3
            first = await q.next_completion(timeout=1.0)
            assert first.kind == "input" and first.frames == 16
            return taken

    np.testing.assert_array_equal(asyncio.run(main()), source)


def test_errors_and_closed_queue(model) -> None:
    async def main() -> None:
        q = AsyncAudioQueue.input(I16, buffer_frames=8)
        with pytest.raises(RuntimeError, match="output queue"):
            await q.write(ramp(8))
        q.close()
        q.close()
        assert q.closed and "closed" in repr(q)
        with pytest.raises(ValueError, match="closed"):
            await q.wait()
        out = AsyncAudioQueue.output(I16, buffer_frames=8)
        with pytest.raises(TypeError, match="dtype"):
            await out.write(np.zeros((8, 2), np.float32))
        with pytest.raises(ValueError, match="max_pending"):
            AsyncAudioQueue.output(I16, max_pending=0)
        waiter = asyncio.create_task(out.next_completion())
        await asyncio.sleep(0)
        out.close()
        with pytest.raises(ValueError, match="closed"):
            await waiter

    asyncio.run(main())


def test_a_dropped_queue_is_collected_and_disposed(model) -> None:
    async def main() -> int:
        q = AsyncAudioQueue.output(I16, buffer_frames=8)
        handle = q.queue.handle
        await q.write(ramp(8))
        ref = weakref.ref(q)
        del q
        gc.collect()
        assert ref() is None
        return handle

    handle = asyncio.run(main())
    assert model.queues[handle].disposed is True
