"""Corrupt and truncated files: AudioFileError or correct data, never a crash, hang or other exception."""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coremusic.audio.file import AudioFile
from coremusic.audio.file_convert import pcm_to_float
from coremusic.audio.file_headers import parse_pcm_header
from coremusic.audio.mmap_file import MMapAudioFile
from coremusic.exceptions import AudioFileError
from tests.files.pcm_writer import (
    aiff_bytes,
    caf_bytes,
    encode,
    expected_float32,
    random_samples,
    wav_bytes,
)

sf = pytest.importorskip("soundfile")

_RNG = np.random.default_rng(11)
_VALUES = {enc: random_samples(_RNG, enc, 24, 2) for enc in ("int16", "int24", "float32", "int8", "uint8")}
SEEDS: dict[str, bytes] = {
    "wav16": wav_bytes(encode(_VALUES["int16"], "int16", False), 2, 44100, "int16"),
    "wav-u8": wav_bytes(encode(_VALUES["uint8"], "uint8", False), 2, 8000, "uint8"),
    "rf64-24": wav_bytes(encode(_VALUES["int24"], "int24", False), 2, 48000, "int24", container=b"RF64"),
    "wavex-f32": wav_bytes(encode(_VALUES["float32"], "float32", False), 2, 96000, "float32", extensible=True),
    "aiff24": aiff_bytes(encode(_VALUES["int24"], "int24", True), 24, 2, 44100, 24),
    "aifc-sowt": aiff_bytes(encode(_VALUES["int16"], "int16", False), 24, 2, 22050, 16, compression=b"sowt"),
    "caf-f32": caf_bytes(encode(_VALUES["float32"], "float32", True), 2, 44100, "float32"),
    "caf-s8": caf_bytes(encode(_VALUES["int8"], "int8", False), 2, 8000, "int8", big_endian=False),
}
_TMP = Path(tempfile.mkdtemp(prefix="cm-fuzz-"))


def _mutate(seed: str, data: st.DataObject) -> bytes:
    raw = bytearray(SEEDS[seed])
    action = data.draw(st.sampled_from(["truncate", "flip", "both"]))
    if action in ("flip", "both"):
        for _ in range(data.draw(st.integers(1, 4))):
            pos = data.draw(st.integers(0, len(raw) - 1))
            raw[pos] = data.draw(st.integers(0, 255))
    if action in ("truncate", "both"):
        raw = raw[: data.draw(st.integers(0, len(raw)))]
    return bytes(raw)


def _check_result(arr: np.ndarray, channels: int, frames: int) -> None:
    assert arr.dtype == np.float32 and arr.shape == (frames, channels)


@given(seed=st.sampled_from(sorted(SEEDS)), data=st.data())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_mmap_reader_on_mutated_files(seed: str, data: st.DataObject) -> None:
    blob = _mutate(seed, data)
    path = _TMP / f"m-{seed}"
    path.write_bytes(blob)
    try:
        f = MMapAudioFile(path)
    except AudioFileError:
        return
    with f:
        got = f.read_as_numpy()
        _check_result(got, f.channels, f.frame_count)
        assert f.layout.data_offset + f.layout.data_bytes <= len(blob)
        assert f[:: 3].shape[0] == len(range(0, f.frame_count, 3))
        try:  # where libsndfile reads the same file the same way, the samples agree bit for bit
            ref, rate = sf.read(path, dtype="float32", always_2d=True)
        except Exception:
            return
        with AudioFile(path) as same:
            subtype = same.subtype
        if ref.shape == got.shape and rate == f.sample_rate and sf.info(path).subtype == subtype:
            assert np.array_equal(ref, got, equal_nan=True)


@given(seed=st.sampled_from(sorted(SEEDS)), data=st.data())
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_audio_file_on_mutated_files(seed: str, data: st.DataObject) -> None:
    """Through the fallback too: mutated magic numbers send the file to libsndfile."""
    blob = _mutate(seed, data)
    path = _TMP / f"a-{seed}.bin"
    path.write_bytes(blob)
    try:
        with AudioFile(path) as f:
            got = f.read()
            _check_result(got, f.channels, f.frames)
            blocks = list(f.blocks(7)) if f.seek(0) == 0 else []
            assert sum(len(b) for b in blocks) == f.frames
    except AudioFileError as exc:
        assert str(exc)


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_every_truncation_point(seed: str) -> None:
    """Each prefix of a valid file parses to whole frames inside the file, or raises AudioFileError."""
    blob = SEEDS[seed]
    for cut in range(len(blob) + 1):
        try:
            lay = parse_pcm_header(blob[:cut])
        except AudioFileError:
            continue
        assert lay.data_offset + lay.data_bytes <= cut
        assert lay.data_bytes == lay.frames * lay.block_align
    full = parse_pcm_header(blob)
    enc = full.encoding
    expected = expected_float32(_VALUES[enc if enc in _VALUES else "int16"], enc)
    path = _TMP / f"full-{seed}"
    path.write_bytes(blob)
    with MMapAudioFile(path) as f:
        assert np.array_equal(f.read_as_numpy(), expected)


@given(st.lists(st.integers(-(2**23), 2**23 - 1), min_size=0, max_size=64), st.booleans(),
       st.sampled_from([np.float32, np.float64]))
@settings(max_examples=80, deadline=None)
def test_int24_conversion(values: list[int], big_endian: bool, dtype: type) -> None:
    arr = np.array(values, np.int64).reshape(-1, 1)
    raw = np.frombuffer(encode(arr, "int24", big_endian), np.uint8).reshape(-1, 1, 3)
    out: np.ndarray = np.empty((len(values), 1), dtype)
    pcm_to_float(raw, "int24", out, big_endian=big_endian)
    assert np.array_equal(out, (arr / 2.0**23).astype(dtype))


@given(st.lists(st.integers(-(2**15), 2**15 - 1), min_size=1, max_size=64))
@settings(max_examples=50, deadline=None)
def test_int16_conversion_and_shape_checks(values: list[int]) -> None:
    arr = np.array(values, "<i2").reshape(-1, 1)
    out = np.empty(arr.shape, np.float32)
    assert np.array_equal(pcm_to_float(arr, "int16", out), (arr / 32768.0).astype(np.float32))
    with pytest.raises(ValueError, match="shape"):
        pcm_to_float(arr, "int16", np.empty((len(values) + 1, 1), np.float32))
    with pytest.raises(TypeError, match="float32 or float64"):
        pcm_to_float(arr, "int16", np.empty(arr.shape, np.int32))
