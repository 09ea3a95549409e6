"""coremusic.audio.async_file.AsyncAudioFile for real on this platform (libsndfile and the
memory-mapped reader): results through futures, one worker thread per file, the event loop
stays free while a file operation runs."""

from __future__ import annotations

import asyncio
import os
import threading
from typing import Any

import numpy as np
import pytest
import soundfile as sf
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.audio.async_file import AsyncAudioFile
from coremusic.exceptions import AudioFileError

RATE = 8000
TONE = (0.5 * np.sin(np.arange(4000) / 7.0)).astype(np.float32)
STEREO = np.stack([TONE, -TONE], axis=1)


def run(coro: Any) -> Any:
    return asyncio.run(coro)


@pytest.fixture
def wav(tmp_path) -> str:
    path = str(tmp_path / "tone.wav")
    sf.write(path, STEREO, RATE, subtype="FLOAT")
    return path


def test_read_seek_tell_and_snapshot(wav) -> None:
    async def main() -> None:
        async with await AsyncAudioFile.open(wav) as f:
            assert f.backend == "mmap" and f.frames == 4000 and f.channels == 2 and f.sample_rate == RATE
            assert f.duration == 0.5 and f.format.is_float and "backend='mmap'" in repr(f)
            head = await f.read(100)
            np.testing.assert_array_equal(head, STEREO[:100])
            assert await f.tell() == 100
            assert await f.seek(-10, os.SEEK_END) == 3990
            tail = await f.read()
            np.testing.assert_array_equal(tail, STEREO[3990:])
            middle = await f.read_as_numpy(2000, 5)
            np.testing.assert_array_equal(middle, STEREO[2000:2005])
            data, n = await f.read_packets(0, 2)
            assert n == 2 and np.frombuffer(data, "<f4").tolist() == STEREO[:2].ravel().tolist()
            wide = await f.read(3, dtype="float64")
            assert wide.shape == (0, 2)  # at the end
        assert f.closed and "closed" in repr(f)

    run(main())


def test_write_flac_with_metadata_then_blocks(tmp_path) -> None:
    path = str(tmp_path / "song.flac")

    async def main() -> list[np.ndarray]:
        f = await AsyncAudioFile.open(path, mode="w", samplerate=RATE, channels=1, subtype="PCM_24")
        await f.set_metadata({"title": "Tone"})
        await asyncio.gather(*(f.write(TONE[i:i + 1000]) for i in range(0, 4000, 1000)))  # kept in order
        assert f.frames == 4000 and f.backend == "libsndfile"  # the snapshot follows the writes
        await f.close()
        async with await AsyncAudioFile.open(path) as g:
            assert await g.metadata() == {"title": "Tone"}
            return [b async for b in g.blocks(1500, overlap=500)]

    blocks = run(main())
    assert [len(b) for b in blocks] == [1500, 1500, 1500, 1000]
    np.testing.assert_allclose(blocks[1][:, 0], TONE[1000:2500], atol=2.0 ** -23)
    assert not any(np.shares_memory(blocks[0], b) for b in blocks[1:])  # blocks are safe to keep
    data, _rate = sf.read(path, dtype="float32")
    np.testing.assert_allclose(data, TONE, atol=2.0 ** -23)


def test_operations_run_on_one_worker_thread_per_file(wav, tmp_path, monkeypatch) -> None:
    other = str(tmp_path / "other.wav")
    sf.write(other, STEREO[:10], RATE)
    threads: dict[str, set[int]] = {"a": set(), "b": set()}

    async def main() -> None:
        a = await AsyncAudioFile.open(wav)
        b = await AsyncAudioFile.open(other)
        for name, f in (("a", a), ("b", b)):
            for _ in range(3):
                await f._run(lambda _f, n=name: threads[n].add(threading.get_ident()))
        await a.close()
        await b.close()

    run(main())
    assert len(threads["a"]) == 1 and len(threads["b"]) == 1
    assert threads["a"] != threads["b"] and threading.get_ident() not in threads["a"] | threads["b"]
    assert not [t for t in threading.enumerate() if t.name.startswith("coremusic-file")]  # workers joined


def test_the_event_loop_runs_while_a_read_is_in_progress(wav) -> None:
    loop_ran = threading.Event()

    async def main() -> bool:
        async with await AsyncAudioFile.open(wav) as f:
            real_read = f._f().read

            def slow_read(*args: Any, **kwargs: Any) -> np.ndarray:
                # blocks until a coroutine on the loop has run: a blocked loop would never set it
                assert loop_ran.wait(timeout=10), "the event loop was blocked during the read"
                return real_read(*args, **kwargs)

            f._f().read = slow_read  # type: ignore[method-assign]

            async def other_work() -> None:
                await asyncio.sleep(0)
                loop_ran.set()

            block, _ = await asyncio.gather(f.read(10), other_work())
            return bool(block.shape == (10, 2))

    assert run(main()) and loop_ran.is_set()


def test_errors_propagate_and_closed_file_raises(wav, tmp_path) -> None:
    async def main() -> None:
        with pytest.raises(FileNotFoundError):
            await AsyncAudioFile.open(tmp_path / "missing.wav")
        f = await AsyncAudioFile.open(wav)
        with pytest.raises(AudioFileError, match="read-only"):
            await f.write(np.zeros((4, 2), np.float32))
        with pytest.raises(ValueError, match="cannot seek"):
            await f.seek(10**6)
        await f.close()
        await f.close()  # idempotent
        for op in (f.read(1), f.tell(), f.seek(0), f.write(np.zeros(1)), f.metadata()):
            with pytest.raises(ValueError, match="closed") as info:
                await op
            assert isinstance(info.value, AudioFileError)
        with pytest.raises(ValueError, match="closed"):
            f.frames  # noqa: B018
        with pytest.raises(TypeError, match="path"):
            await AsyncAudioFile.open(3)  # type: ignore[arg-type]

    run(main())
    assert not [t for t in threading.enumerate() if t.name.startswith("coremusic-file")]


@settings(max_examples=15, deadline=None)
@given(st.integers(1, 3000), st.data())
def test_async_blocks_cover_the_file(tmp_path_factory, blocksize, data) -> None:
    overlap = data.draw(st.integers(0, blocksize - 1))
    path = str(tmp_path_factory.mktemp("blocks") / "t.wav")
    sf.write(path, STEREO, RATE, subtype="FLOAT")

    async def main() -> list[np.ndarray]:
        async with await AsyncAudioFile.open(path) as f:
            return [b async for b in f.blocks(blocksize, overlap)]

    blocks = run(main())
    hop = blocksize - overlap
    rebuilt = np.concatenate([blocks[0]] + [b[overlap:] for b in blocks[1:]])
    np.testing.assert_array_equal(rebuilt, STEREO)
    assert all(len(b) == blocksize for b in blocks[:-1]) and len(blocks) >= -(-(4000 - overlap) // hop)
