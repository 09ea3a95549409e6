"""AudioFile: backends, reading, seeking, blocks, packets, writing, metadata, errors."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coremusic.audio.file import AudioFile, available_formats, available_subtypes
from coremusic.audio.file_headers import UnsupportedEncodingError
from coremusic.exceptions import AudioFileError, PlatformNotSupportedError
from tests.files.pcm_writer import caf_bytes, encode, expected_float32, random_samples

sf = pytest.importorskip("soundfile")


def _ref(path: Path, dtype: str = "float32") -> np.ndarray:
    data: np.ndarray = sf.read(path, dtype=dtype, always_2d=True)[0]
    return data


@pytest.mark.parametrize(("fmt", "subtype", "backend", "format_id"), [
    ("WAV", "PCM_16", "mmap", "lpcm"),
    ("AIFF", "PCM_24", "mmap", "lpcm"),
    ("CAF", "FLOAT", "mmap", "lpcm"),
    ("RF64", "PCM_32", "mmap", "lpcm"),
    ("FLAC", "PCM_24", "libsndfile", "flac"),
    ("OGG", "VORBIS", "libsndfile", "vorb"),
    ("WAV", "ULAW", "libsndfile", "ulaw"),
    ("WAV", "ALAW", "libsndfile", "alaw"),
    ("W64", "PCM_16", "libsndfile", "lpcm"),
    ("AU", "PCM_16", "libsndfile", "lpcm"),
])
def test_backend_choice_and_decoding(fmt: str, subtype: str, backend: str, format_id: str,
                                     make_file: Callable[..., Path]) -> None:
    path = make_file(fmt, subtype, frames=2000, channels=2, rate=48000)
    with AudioFile(path) as f:
        assert f.backend == backend
        assert f.format.format_id == format_id
        assert (f.frames, f.channels, f.sample_rate, f.samplerate) == (2000, 2, 48000.0, 48000)
        assert f.subtype == subtype and f.file_format == ("RF64" if fmt == "RF64" else fmt)
        data = f.read_as_numpy()  # decoded, also for compressed files
        assert data.dtype == np.float32 and data.shape == (2000, 2)
        assert np.array_equal(data, _ref(path))
        assert f.duration == pytest.approx(2000 / 48000)


def test_mp3_is_decoded(make_file: Callable[..., Path]) -> None:
    if "MP3" not in sf.available_formats():
        pytest.skip("libsndfile without MP3")
    path = make_file("MP3", "MPEG_LAYER_III", frames=44100, channels=1)
    with AudioFile(path) as f:
        assert f.format.format_id == ".mp3" and f.format.is_compressed
        data = f.read()
        assert data.shape == (f.frames, 1) and np.array_equal(data, _ref(path))
        with pytest.raises(AudioFileError, match="compressed"):
            f.read_packets(0, 10)


def test_forced_backends(make_file: Callable[..., Path]) -> None:
    wav = make_file("WAV", "PCM_16")
    with AudioFile(wav, backend="libsndfile") as f:
        assert f.backend == "libsndfile" and np.array_equal(f.read(), _ref(wav))
    with pytest.raises(UnsupportedEncodingError):
        AudioFile(make_file("FLAC", "PCM_16"), backend="mmap")
    with pytest.raises(ValueError, match="backend"):
        AudioFile(wav, backend="ffmpeg")  # type: ignore[arg-type]


def test_file_only_the_mmap_reader_understands(write_bytes: Callable[..., Path]) -> None:
    """A CAF whose data chunk size is -1 ("to the end of the file") is valid; libsndfile rejects it."""
    values = random_samples(np.random.default_rng(3), "int24", 40, 2)
    path = write_bytes(caf_bytes(encode(values, "int24", False), 2, 22050, "int24", big_endian=False,
                                 unknown_size=True), ".caf")
    with AudioFile(path) as f:
        assert f.backend == "mmap" and np.array_equal(f.read(), expected_float32(values, "int24"))


@pytest.mark.parametrize("fmt", ["WAV", "FLAC"])
def test_read_seek_tell(fmt: str, make_file: Callable[..., Path]) -> None:
    path = make_file(fmt, "PCM_16", frames=1000)
    ref = _ref(path)
    with AudioFile(path) as f:
        assert f.tell() == 0
        assert np.array_equal(f.read(100), ref[:100]) and f.tell() == 100
        assert f.seek(500) == 500 and np.array_equal(f.read(10), ref[500:510])
        assert f.seek(-10, os.SEEK_CUR) == 500
        assert f.seek(-5, os.SEEK_END) == 995
        assert np.array_equal(f.read(), ref[995:]) and f.tell() == 1000
        assert f.read().shape == (0, 2) and f.read(10).shape == (0, 2)
        f.seek(0)
        out = np.zeros((300, 2), np.float64)
        got = f.read(out=out)
        assert got.base is out or got is out
        assert np.array_equal(got, _ref(path, "float64")[:300])
        assert f.read(5, out=np.empty((50, 2), np.float32)).shape == (5, 2)
        assert f.read(dtype="float64").dtype == np.float64
        with pytest.raises(ValueError, match="cannot seek to frame 1001"):
            f.seek(1001)
        with pytest.raises(ValueError, match="cannot seek"):
            f.seek(-1)
        with pytest.raises(ValueError, match="whence"):
            f.seek(0, 7)
        with pytest.raises(ValueError, match="dtype"):
            f.read(dtype="int16")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="shape"):
            f.read(out=np.empty((10, 3), np.float32))
        with pytest.raises(TypeError):
            f.read(out=np.empty((10, 2), np.int16))


def test_read_as_numpy_leaves_position(make_file: Callable[..., Path]) -> None:
    path = make_file("WAV", "PCM_24", frames=100)
    ref = _ref(path)
    with AudioFile(path) as f:
        f.seek(7)
        assert np.array_equal(f.read_as_numpy(10, 20), ref[10:30])
        assert np.array_equal(f.read_as_numpy(90), ref[90:])
        assert f.tell() == 7
        assert f.read_as_numpy(100).shape == (0, 2)
        with pytest.raises(ValueError, match="beyond"):
            f.read_as_numpy(101)


@pytest.mark.parametrize(("fmt", "subtype", "dtype", "width"), [
    ("WAV", "PCM_16", "<i2", 2), ("AIFF", "PCM_16", ">i2", 2), ("CAF", "DOUBLE", ">f8", 8),
    ("W64", "PCM_16", "<i2", 2), ("W64", "FLOAT", "<f4", 4), ("W64", "PCM_32", "<i4", 4),
])
def test_read_packets_is_raw_pcm(fmt: str, subtype: str, dtype: str, width: int,
                                 make_file: Callable[..., Path]) -> None:
    path = make_file(fmt, subtype, frames=50, channels=2)
    native = {"PCM_16": "int16", "PCM_32": "int32", "DOUBLE": "float64", "FLOAT": "float32"}[subtype]
    with AudioFile(path) as f:
        data, n = f.read_packets(10, 5)
        assert n == 5 and len(data) == 5 * 2 * width
        assert f.format.bytes_per_packet == 2 * width
        assert np.array_equal(np.frombuffer(data, dtype).reshape(5, 2), _ref(path, native)[10:15])
        assert f.read_packets(48, 10)[1] == 2
        assert f.read_packets(50, 10) == (b"", 0)
        with pytest.raises(ValueError):
            f.read_packets(51, 1)


@pytest.mark.parametrize(("fmt", "subtype"), [("WAV", "PCM_24"), ("WAV", "PCM_U8"), ("AIFF", "PCM_S8")])
def test_read_packets_same_from_both_backends(fmt: str, subtype: str, make_file: Callable[..., Path]) -> None:
    """libsndfile delivers 8/24-bit samples widened; its raw packets are repacked to the format's width."""
    path = make_file(fmt, subtype, frames=20, channels=2)
    with AudioFile(path, backend="libsndfile") as f, AudioFile(path) as g:
        assert (f.backend, g.backend) == ("libsndfile", "mmap")
        assert f.format.bytes_per_frame == g.format.bytes_per_frame
        data, n = f.read_packets(3, 15)
        assert (data, n) == g.read_packets(3, 15)
        assert len(data) == 15 * g.format.bytes_per_frame


@pytest.mark.parametrize(("blocksize", "overlap", "frames"), [(64, 0, 1000), (64, 16, 1000), (100, 99, 250),
                                                              (1000, 0, 1000), (7, 3, 5), (5, 0, 0)])
@pytest.mark.parametrize("copy", [True, False])
def test_blocks(blocksize: int, overlap: int, frames: int, copy: bool, make_file: Callable[..., Path]) -> None:
    path = make_file("WAV", "PCM_16", frames=frames, channels=2)
    ref = _ref(path)
    with AudioFile(path) as f:
        blocks = [b.copy() for b in f.blocks(blocksize, overlap, copy=copy)]
    step = blocksize - overlap
    starts = [0] if frames else []
    while starts and starts[-1] + blocksize < frames:
        starts.append(starts[-1] + step)
    assert len(blocks) == len(starts)
    for start, block in zip(starts, blocks, strict=True):
        assert np.array_equal(block, ref[start:start + blocksize])


def test_blocks_from_position_with_limit_and_pool(make_file: Callable[..., Path]) -> None:
    path = make_file("FLAC", "PCM_16", frames=1000)
    ref = _ref(path)
    with AudioFile(path) as f:
        f.seek(100)
        got = np.concatenate(list(f.blocks(128, frames=300)))
        assert np.array_equal(got, ref[100:400]) and f.tell() == 400
        before = f._pool.stats
        for _ in f.blocks(128, copy=False):
            pass
        after = f._pool.stats
        assert after.hits + after.misses == before.hits + before.misses + 1
        assert after.released == before.released + 1
        with pytest.raises(ValueError, match="overlap"):
            f.blocks(10, 10)
        with pytest.raises(ValueError, match=">= 1"):
            f.blocks(0)


def test_write_modes_and_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "out.wav"
    data = np.random.default_rng(0).uniform(-1, 1, (500, 3)).astype(np.float32)
    with AudioFile(path, mode="w", samplerate=96000, channels=3, subtype="FLOAT") as f:
        assert f.mode == "r+" and f.frames == 0
        f.write(data[:200])
        f.write(data[200:])
        assert f.frames == 500
    with AudioFile(path) as f:
        assert f.backend == "mmap" and np.array_equal(f.read(), data)
        with pytest.raises(AudioFileError, match="read-only"):
            f.write(data)
    with AudioFile(path, writable=True) as f:
        assert f.mode == "r+" and f.backend == "libsndfile"
        f.seek(0, os.SEEK_END)
        f.write(data[:10])
    assert sf.info(path).frames == 510
    with pytest.raises(AudioFileError, match="exists"):
        AudioFile(path, mode="x", samplerate=8000, channels=1)
    mono = tmp_path / "mono.flac"
    with AudioFile(mono, mode="w", samplerate=8000, channels=1) as f:
        f.write(np.zeros(10))
        with pytest.raises(ValueError, match="does not fit a 1-channel"):
            f.write(np.zeros((10, 2)))
        with pytest.raises(TypeError, match="numeric"):
            f.write(np.array(["a"]))
    with pytest.raises(ValueError, match="samplerate and channels"):
        AudioFile(tmp_path / "x.wav", mode="w")
    with pytest.raises(ValueError, match="conflicts"):
        AudioFile(path, writable=True, mode="r")
    with pytest.raises(ValueError, match="mode"):
        AudioFile(path, mode="a")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="cannot open"):
        AudioFile(tmp_path / "bad.wav", mode="w", samplerate=8000, channels=1, subtype="VORBIS")


@pytest.mark.parametrize("ext", ["wav", "aiff", "caf", "flac", "ogg"])
def test_metadata_round_trip(ext: str, tmp_path: Path) -> None:
    path = tmp_path / f"meta.{ext}"
    tags = {"title": "Étude", "artist": "someone", "comment": "2024"}  # fields every format here stores
    with AudioFile(path, mode="w", samplerate=8000, channels=1) as f:
        f.set_metadata(tags)
        f.write(np.zeros(100))
    with AudioFile(path) as f:
        assert {k: f.metadata[k] for k in tags} == tags
        with pytest.raises(AudioFileError, match="read-only"):
            f.set_metadata({"title": "x"})
        with pytest.raises(ValueError, match="unknown metadata field 'bpm'"):
            f.set_metadata({"bpm": "120"})
        with pytest.raises(TypeError, match="must be a str"):
            f.set_metadata({"title": 5})  # type: ignore[dict-item]


def test_flac_metadata_after_write_names_the_rule(tmp_path: Path) -> None:
    with AudioFile(tmp_path / "late.flac", mode="w", samplerate=8000, channels=1) as f:
        f.write(np.zeros(10))
        with pytest.raises(AudioFileError, match="before the first write"):
            f.set_metadata({"title": "late"})


def test_missing_file_and_corrupt_file(tmp_path: Path, write_bytes: Callable[..., Path]) -> None:
    with pytest.raises(FileNotFoundError) as info:
        AudioFile(tmp_path / "missing.flac")
    assert isinstance(info.value, AudioFileError)
    with pytest.raises(AudioFileError, match="libsndfile"):
        AudioFile(write_bytes(b"this is not audio at all" * 10, ".wav"))
    with pytest.raises(AudioFileError, match="truncated"):
        AudioFile(write_bytes(caf_bytes(b"\0" * 40, 2, 8000, "int16")[:-10], ".caf"))
    with pytest.raises(TypeError, match="path"):
        AudioFile(42)  # type: ignore[arg-type]


def test_close_guards_every_method(make_file: Callable[..., Path]) -> None:
    f = AudioFile(make_file("FLAC", "PCM_16", frames=10))
    f.close()
    f.close()
    assert f.closed and repr(f).endswith("closed)")
    calls: list[Callable[[], object]] = [lambda: f.format, lambda: f.frames, lambda: f.duration, lambda: f.sample_rate, lambda: f.channels,
             lambda: f.read(), lambda: f.read_as_numpy(), lambda: f.read_packets(0, 1), lambda: f.seek(0),
             lambda: f.tell(), lambda: f.blocks(4), lambda: f.write(np.zeros(1)), lambda: f.metadata,
             lambda: f.set_metadata({}), lambda: f.info, lambda: len(f), lambda: f.get_property(1)]
    for call in calls:
        with pytest.raises(AudioFileError, match="closed AudioFile") as info:
            call()
        assert isinstance(info.value, ValueError)
    assert f.open().frames == 10


def test_closing_during_block_iteration(make_file: Callable[..., Path]) -> None:
    f = AudioFile(make_file("WAV", "PCM_16", frames=100))
    it = f.blocks(10)
    next(it)
    f.close()
    with pytest.raises(ValueError, match="closed during iteration"):
        next(it)


def test_properties_and_format_lists(make_file: Callable[..., Path]) -> None:
    with AudioFile(make_file("WAV", "PCM_16")) as f:
        with pytest.raises(PlatformNotSupportedError, match="AudioToolbox"):
            f.get_property("dfmt")
        with pytest.raises(PlatformNotSupportedError):
            f.set_property("dfmt", b"")
        assert "mode='r', backend='mmap'" in repr(f)
    formats = available_formats()
    assert {"WAV", "AIFF", "CAF", "FLAC", "OGG"} <= set(formats)
    assert AudioFile.available_formats() == formats
    assert "PCM_24" in available_subtypes("WAV") and "VORBIS" in available_subtypes()


def test_duration_never_silently_zero(tmp_path: Path, write_bytes: Callable[..., Path]) -> None:
    """A header with sample rate 0 is rejected instead of reporting a duration of 0.0."""
    data = caf_bytes(b"\0" * 8, 2, 0.0, "int16")
    with pytest.raises(AudioFileError, match="sample rate"):
        _ = AudioFile(write_bytes(data, ".caf")).duration


@pytest.mark.slow
def test_long_ogg_write_does_not_crash(tmp_path: Path) -> None:
    """libsndfile's Vorbis encoder segfaults on one ~2.2 M-frame write; AudioFile writes in blocks.

    Run in a child process so that a regression fails this test instead of killing the run.
    """
    import subprocess
    import sys
    import textwrap

    out = tmp_path / "long.ogg"
    code = textwrap.dedent(f"""
        import numpy as np
        from coremusic.audio.file import AudioFile
        x = (np.random.default_rng(0).standard_normal((44100 * 55, 2)) * 0.03).astype(np.float32)
        with AudioFile({str(out)!r}, mode="w", samplerate=44100, channels=2, subtype="VORBIS") as f:
            f.write(x)
    """)
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(root)})
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert sf.info(out).frames == 44100 * 55


@pytest.mark.parametrize("ext", ["wav", "aiff"])
def test_writes_past_4gb_limit_are_refused(ext: str, tmp_path: Path) -> None:
    huge = np.broadcast_to(np.zeros((1, 2), np.float32), (2**30 + 10, 2))  # 4 GiB of 16-bit stereo, no memory
    with AudioFile(tmp_path / f"big.{ext}", mode="w", samplerate=8000, channels=2, subtype="PCM_16") as f:
        f.write(np.zeros((10, 2)))
        with pytest.raises(AudioFileError, match=r"past the 4 GiB limit.*RF64"):
            f.write(huge)
        assert f.frames == 10


@given(values=st.lists(st.integers(-(2**15), 2**15 - 1), min_size=0, max_size=200), channels=st.integers(1, 4),
       ext=st.sampled_from(["wav", "aiff", "caf"]), rate=st.sampled_from([8000, 44100, 384000]))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_int16_write_read_round_trip(values: list[int], channels: int, ext: str, rate: int,
                                     tmp_path: Path) -> None:
    frames = len(values) // channels
    data = np.array(values[:frames * channels], np.int16).reshape(frames, channels)
    path = tmp_path / f"rt.{ext}"
    with AudioFile(path, mode="w", samplerate=rate, channels=channels, subtype="PCM_16") as f:
        f.write(data)
    with AudioFile(path) as f:
        assert (f.backend, f.frames, f.channels, f.sample_rate) == ("mmap", frames, channels, rate)
        assert np.array_equal(f.read(), data / np.float32(32768))
        raw, n = f.read_packets(0, frames)
        order = ">" if f.format.is_big_endian else "<"
        assert n == frames and np.array_equal(np.frombuffer(raw, order + "i2").reshape(frames, channels), data)


def test_pipes_and_directories_are_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.wav"
    os.mkfifo(fifo)  # opening it for reading would block until a writer appears
    for backend in ("auto", "libsndfile"):
        with pytest.raises(AudioFileError, match="not a regular file"):
            AudioFile(fifo, backend=backend)
    with pytest.raises(AudioFileError, match="directory"):
        AudioFile(tmp_path)


def test_write_options_on_existing_files(tmp_path: Path, make_file: Callable[..., Path]) -> None:
    wav = make_file("WAV", "PCM_16", frames=10)
    with pytest.raises(ValueError, match="samplerate describe a new file"):
        AudioFile(wav, samplerate=8000)
    raw = tmp_path / "headerless.raw"
    raw.write_bytes(np.array([0, 16384, -16384, 32767], "<i2").tobytes())
    with AudioFile(raw, format="RAW", samplerate=8000, channels=1, subtype="PCM_16", endian="LITTLE") as f:
        assert f.backend == "libsndfile" and f.frames == 4
        assert f.read()[:, 0].tolist() == [0.0, 0.5, -0.5, 32767 / 32768]
def test_mode_x_refuses_an_existing_file(tmp_path) -> None:
    import numpy as np

    import coremusic as cm

    path = tmp_path / "exists.wav"
    with cm.AudioFile(path, mode="w", samplerate=8000, channels=1) as f:
        f.write(np.zeros((10, 1), np.float32))
    with pytest.raises(FileExistsError, match="exists"):
        cm.AudioFile(path, mode="x", samplerate=8000, channels=1)
    with pytest.raises(cm.AudioFileError):
        cm.AudioFile(path, mode="x", samplerate=8000, channels=1)
