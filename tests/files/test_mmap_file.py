"""MMapAudioFile: bit-exact against libsndfile, slicing, views, lifetime and edge cases."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from coremusic.audio.file_headers import UnsupportedEncodingError
from coremusic.audio.mmap_file import MMapAudioFile
from coremusic.exceptions import AudioFileError

sf = pytest.importorskip("soundfile")

SUBTYPES = {
    "WAV": ["PCM_U8", "PCM_16", "PCM_24", "PCM_32", "FLOAT", "DOUBLE"],
    "WAVEX": ["PCM_U8", "PCM_16", "PCM_24", "PCM_32", "FLOAT", "DOUBLE"],
    "RF64": ["PCM_U8", "PCM_16", "PCM_24", "PCM_32", "FLOAT", "DOUBLE"],
    "AIFF": ["PCM_S8", "PCM_16", "PCM_24", "PCM_32", "FLOAT", "DOUBLE"],
    "CAF": ["PCM_S8", "PCM_16", "PCM_24", "PCM_32", "FLOAT", "DOUBLE"],
}
CASES = [(fmt, sub) for fmt, subs in SUBTYPES.items() for sub in subs]


def _reference(path: Path) -> np.ndarray:
    data: np.ndarray = sf.read(path, dtype="float32", always_2d=True)[0]
    return data


@pytest.mark.parametrize("frames", [0, 1, 257])
@pytest.mark.parametrize(("fmt", "subtype"), CASES)
def test_bit_exact_with_libsndfile(fmt: str, subtype: str, frames: int, make_file: Callable[..., Path]) -> None:
    path = make_file(fmt, subtype, frames=frames, channels=2)
    ref = _reference(path)
    with MMapAudioFile(path) as f:
        got = f.read_as_numpy()
        assert got.dtype == np.float32 and got.shape == (frames, 2)
        assert np.array_equal(got, ref)
        assert len(f) == f.frame_count == frames
        assert np.array_equal(f[::3], ref[::3])


@pytest.mark.parametrize("endian", ["LITTLE", "BIG"])
@pytest.mark.parametrize("fmt", ["AIFF", "CAF"])
@pytest.mark.parametrize("subtype", ["PCM_16", "PCM_24", "PCM_32", "FLOAT"])
def test_both_byte_orders(fmt: str, subtype: str, endian: str, make_file: Callable[..., Path]) -> None:
    try:
        path = make_file(fmt, subtype, endian=endian)
    except (RuntimeError, ValueError) as exc:  # libsndfile writes some combinations only one way
        pytest.skip(f"libsndfile cannot write {fmt}/{subtype}/{endian}: {exc}")
    try:
        f = MMapAudioFile(path)
    except UnsupportedEncodingError:
        pytest.skip(f"libsndfile wrote {fmt}/{subtype}/{endian} with a compression tag the PCM reader leaves to it")
    with f:
        assert f.format.is_big_endian == (endian == "BIG" and f.layout.sample_bytes > 1)
        assert np.array_equal(f.read_as_numpy(), _reference(path))


@pytest.mark.parametrize("channels", [1, 3, 64, 65, 128])
@pytest.mark.parametrize("fmt", ["WAV", "AIFF", "CAF"])
def test_many_channels(fmt: str, channels: int, make_file: Callable[..., Path]) -> None:
    path = make_file(fmt, "PCM_24", frames=31, channels=channels)
    with MMapAudioFile(path) as f:
        assert f.channels == f.format.channels_per_frame == channels
        assert np.array_equal(f.read_as_numpy(), _reference(path))
        assert f[5].shape == (channels,)


@pytest.mark.parametrize("rate", [8000, 11025, 16000, 22050, 44100, 48000, 88200, 96000, 176400, 192000,
                                  352800, 384000])
@pytest.mark.parametrize("fmt", ["WAV", "AIFF", "CAF"])
def test_sample_rates(fmt: str, rate: int, make_file: Callable[..., Path]) -> None:
    path = make_file(fmt, "PCM_16", frames=rate // 100, channels=1, rate=rate)
    with MMapAudioFile(path) as f:
        assert f.sample_rate == f.format.sample_rate == rate
        assert f.duration == pytest.approx(0.01, abs=1e-4)
        assert np.array_equal(f.read_as_numpy(), _reference(path))


def test_single_sample_file(make_file: Callable[..., Path]) -> None:
    path = make_file("WAV", "PCM_16", frames=1, channels=1)
    with MMapAudioFile(path) as f:
        assert f.read_as_numpy().tolist() == [[-1.0]]
        assert f[0].tolist() == [-1.0] and f[-1].tolist() == [-1.0]
        assert f[1:].shape == (0, 1)


def test_empty_file_has_zero_frames(make_file: Callable[..., Path]) -> None:
    path = make_file("AIFF", "PCM_24", frames=0, channels=2)
    with MMapAudioFile(path) as f:
        assert f.frame_count == 0 and f.duration == 0.0
        assert f.read_as_numpy().shape == (0, 2)
        assert f.view.shape == (0, 2, 3)
        assert f.read_frames(0, 10) == b""
        with pytest.raises(IndexError):
            f[0]


@pytest.mark.parametrize("key", [slice(None), slice(10, 200), slice(10, 200, 7), slice(None, None, -1),
                                 slice(-50, None), slice(200, 10, -3), slice(300, 400), slice(5, 5)])
@pytest.mark.parametrize("subtype", ["PCM_16", "PCM_24", "DOUBLE"])
def test_slicing_matches_numpy_semantics(subtype: str, key: slice, make_file: Callable[..., Path]) -> None:
    path = make_file("WAV", subtype, frames=257, channels=2)
    ref = _reference(path)
    with MMapAudioFile(path) as f:
        assert np.array_equal(f[key], ref[key])


def test_indexing_errors(make_file: Callable[..., Path]) -> None:
    with MMapAudioFile(make_file("WAV", "PCM_16", frames=10)) as f:
        with pytest.raises(IndexError, match="out of range"):
            f[10]
        with pytest.raises(IndexError):
            f[-11]
        with pytest.raises(TypeError, match="ints or slices"):
            f["a"]  # type: ignore[call-overload]
        with pytest.raises(ValueError, match="outside"):
            f.read_as_numpy(11)
        with pytest.raises(ValueError, match=">= 0"):
            f.read_as_numpy(0, -1)
        with pytest.raises(TypeError):
            f.read_frames(1.5, 2)  # type: ignore[arg-type]


def test_read_frames_and_view_are_the_file_bytes(make_file: Callable[..., Path]) -> None:
    path = make_file("WAV", "PCM_16", frames=100, channels=2)
    raw, _ = sf.read(path, dtype="int16", always_2d=True)
    with MMapAudioFile(path) as f:
        assert f.read_frames(10, 5) == raw[10:15].tobytes()
        assert len(f.read_frames(98, 10)) == 2 * 4
        view = f.view
        assert view.dtype == np.dtype("<i2") and view.shape == (100, 2)
        assert not view.flags.writeable and not view.flags.owndata
        assert np.array_equal(view, raw)
        out = np.empty((20, 2), np.float64)
        assert f.read_as_numpy(0, 20, out=out) is out
        assert np.array_equal(out, raw[:20] / 32768.0)


def test_view_is_big_endian_for_aiff(make_file: Callable[..., Path]) -> None:
    path = make_file("AIFF", "PCM_32", frames=10)
    with MMapAudioFile(path) as f:
        assert f.view.dtype == np.dtype(">i4")
        assert np.array_equal(f.view, sf.read(path, dtype="int32", always_2d=True)[0])


def test_close_is_idempotent_and_guards_every_method(make_file: Callable[..., Path]) -> None:
    f = MMapAudioFile(make_file("WAV", "PCM_16", frames=10))
    view = f.view
    f.close()
    f.close()
    assert f.closed and "closed" in repr(f)
    for call in (lambda: f.format, lambda: f.frame_count, lambda: f.duration, lambda: len(f), lambda: f.view,
                 lambda: f.read_frames(0, 1), lambda: f.read_as_numpy(), lambda: f[0], lambda: f.layout):
        with pytest.raises(AudioFileError, match="closed") as info:
            call()
        assert isinstance(info.value, ValueError)
    assert view.shape == (10, 2) and int(view[0, 0]) == -32768  # views outlive close()
    del view
    gc.collect()
    assert f.open() is f and not f.closed and f.frame_count == 10
    f.close()


def test_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as info:
        MMapAudioFile(tmp_path / "nope.wav")
    assert isinstance(info.value, AudioFileError) and "nope.wav" in str(info.value)
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    with pytest.raises(AudioFileError, match="empty"):
        MMapAudioFile(empty)
    with pytest.raises(AudioFileError):
        MMapAudioFile(tmp_path)  # a directory


def test_compressed_files_are_unsupported(make_file: Callable[..., Path]) -> None:
    with pytest.raises(UnsupportedEncodingError):
        MMapAudioFile(make_file("FLAC", "PCM_16"))
    with pytest.raises(UnsupportedEncodingError, match="0x0007"):
        MMapAudioFile(make_file("WAV", "ULAW"))


def test_repr_and_format(make_file: Callable[..., Path]) -> None:
    with MMapAudioFile(make_file("CAF", "PCM_24", frames=12, channels=3, rate=96000)) as f:
        assert repr(f).endswith("CAF, 96000 Hz, 3 ch, int24 big-endian, 12 frames)")
        fmt = f.format
        assert (fmt.format_id, fmt.bits_per_channel, fmt.bytes_per_frame, fmt.channels_per_frame) == ("lpcm", 24, 9, 3)


def test_dropped_files_release_their_mapping(make_file: Callable[..., Path]) -> None:
    """The weakref.finalize safety net unmaps and closes files that were never closed."""
    from coremusic.audio.file import AudioFile

    path = make_file("WAV", "PCM_16", frames=10)
    f = MMapAudioFile(path)
    fin = f._finalizer
    assert fin is not None and fin.alive
    del f
    gc.collect()
    assert not fin.alive
    a = AudioFile(path)
    backend = a._backend
    assert backend is not None
    fin = backend.mmap_file._finalizer
    del a, backend
    gc.collect()
    assert fin is not None and not fin.alive


@pytest.mark.parametrize(("fmt", "subtype"), CASES)
def test_float64_reads_bit_exact_with_libsndfile(fmt: str, subtype: str, make_file: Callable[..., Path]) -> None:
    path = make_file(fmt, subtype, frames=65, channels=3)
    ref = sf.read(path, dtype="float64", always_2d=True)[0]
    with MMapAudioFile(path) as f:
        out = np.empty((65, 3), np.float64)
        assert np.array_equal(f.read_as_numpy(out=out), ref)
        assert np.array_equal(f.read_as_numpy(5, 7, out=np.empty((9, 3))), ref[5:12])
