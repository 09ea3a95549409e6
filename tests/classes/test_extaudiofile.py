"""coremusic.audio.extaudiofile.ExtendedAudioFile through the AudioToolbox double (contract style:
marshalling and plumbing, not Apple's codecs), and its refusal on platforms without AudioToolbox."""

from __future__ import annotations

import contextlib
import gc
import sys
import weakref
from collections.abc import Iterator

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.audio.extaudiofile import ExtendedAudioFile, _unpack24, from_float, to_float32
from coremusic.exceptions import AudioFileError, PlatformNotSupportedError
from coremusic.formats import AudioFormat
from tests.doubles import CoreFoundationDouble, FrameworkDouble
from tests.doubles.audiotoolbox import AudioToolboxFiles
from tests.doubles.extaudio_codecs import CodecFiles

CD = AudioFormat.pcm_int16_stereo(44100.0)
F32 = AudioFormat.pcm_float32_stereo(44100.0)
F32_PLANAR = AudioFormat.pcm(44100.0, 2, 32, True, interleaved=False)
I24 = AudioFormat.pcm(44100.0, 2, 24)
FRAMES = np.array([[0, 16384], [-16384, 8192], [32767, -32768], [4, -4], [100, 200]], dtype="<i2")
AAC = AudioFormat.aac(48000.0, 2)


@pytest.fixture
def atb(framework_double, cf) -> AudioToolboxFiles:
    return AudioToolboxFiles(framework_double("AudioToolbox"), cf)


@pytest.fixture
def codecs(atb) -> CodecFiles:
    return CodecFiles(atb)


@pytest.fixture
def song(atb) -> str:
    atb.add_file("/music/song.wav", CD, FRAMES.tobytes())
    return "/music/song.wav"


@pytest.mark.skipif(sys.platform == "darwin", reason="AudioToolbox exists on macOS")
def test_construction_names_the_portable_alternative_without_audiotoolbox(tmp_path) -> None:
    for make in (lambda: ExtendedAudioFile(tmp_path / "a.wav"),
                 lambda: ExtendedAudioFile.create(tmp_path / "b.caf", "caff", F32)):
        with pytest.raises(PlatformNotSupportedError) as info:
            make()
        assert info.value.framework == "AudioToolbox"
        assert "coremusic.AudioFile" in str(info.value) and "libsndfile" in str(info.value)


def test_open_defaults_to_float32_client_and_reads(atb, song) -> None:
    with ExtendedAudioFile(song) as f:
        assert f.file_format == CD
        assert f.client_format == AudioFormat.pcm(44100.0, 2, 32, True)
        assert f.frame_count == 5 and f.duration == pytest.approx(5 / 44100)
        block = f.read_numpy(2)
        assert block.dtype == np.float32 and block.shape == (2, 2)
        np.testing.assert_array_equal(block, FRAMES[:2] / 32768.0)
        assert f.tell() == 2
        data, n = f.read(10)  # asks past the end
        assert n == 3 and len(data) == 3 * 8
        np.testing.assert_array_equal(np.frombuffer(data, "<f4").reshape(3, 2), FRAMES[2:] / 32768.0)
        assert f.read(4) == (b"", 0) and f.read_numpy(4).shape == (0, 2)
        f.seek(1)
        np.testing.assert_array_equal(f.read_numpy(1), FRAMES[1:2] / 32768.0)
        assert "mode='read'" in repr(f) and "'lpcm'" in repr(f)
    assert f.closed and "closed" in repr(f)
    # the ExtAudioFile is disposed before the AudioFileID it wraps is closed
    assert len(atb.closed) == 2 and not atb.ext_files and not atb.open_files


def test_client_format_int16_planar_and_24_bit(atb, song) -> None:
    with ExtendedAudioFile(song) as f:
        f.client_format = CD
        data, n = f.read(5)
        assert n == 5 and data == FRAMES.tobytes()
        f.seek(0)
        np.testing.assert_array_equal(f.read_numpy(5), FRAMES / 32768.0)
        f.client_format = F32_PLANAR
        f.seek(0)
        data, n = f.read(2)
        assert n == 2 and len(data) == 2 * 2 * 4  # two 1-channel buffers, one after the other
        f.seek(0)
        np.testing.assert_array_equal(f.read_numpy(5), FRAMES / 32768.0)
        with pytest.raises(ValueError, match="linear PCM"):
            f.client_format = AAC
        with pytest.raises(TypeError, match="AudioFormat"):
            f.client_format = "lpcm"  # type: ignore[assignment]
        assert f.client_format == F32_PLANAR  # a refused format leaves the client format alone


@pytest.mark.parametrize("big_endian", [False, True])
@pytest.mark.parametrize("interleaved", [True, False])
def test_packed_24_bit_client_bytes_unpack_to_float(big_endian, interleaved) -> None:
    # the double has no 24-bit client; the unpacking read_numpy uses is checked on its own
    values = np.array([[0.5, -0.25], [-1.0, 0.75], [1 / 2**23, -1 / 2**23]])
    ints = np.rint(values * 2**23).astype("<i4")
    triples = ints.view(np.uint8).reshape(3, 2, 4)[..., :3]
    if big_endian:
        triples = triples[..., ::-1]
    layout = triples if interleaved else triples.transpose(1, 0, 2)
    fmt = AudioFormat.pcm(44100.0, 2, 24, interleaved=interleaved, big_endian=big_endian)
    np.testing.assert_array_equal(_unpack24(np.ascontiguousarray(layout).tobytes(), fmt),
                                  values.astype(np.float32))


def test_argument_and_closed_errors(atb, song) -> None:
    f = ExtendedAudioFile(song)
    with pytest.raises(TypeError, match="num_frames"):
        f.read(1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=">= 0"):
        f.read_numpy(-1)
    with pytest.raises(ValueError, match=">= 0"):
        f.seek(-1)
    with pytest.raises(AudioFileError):
        f.seek(99)  # the double refuses seeks past the end (kExtAudioFileError_InvalidSeek)
    with pytest.raises(AudioFileError, match="for reading"):
        f.write(1, np.zeros((1, 2), np.float32))
    with pytest.raises(ValueError, match="for reading"):
        f.set_encode_bitrate(128000)
    f.close()
    f.close()  # idempotent
    for op in (lambda: f.read(1), lambda: f.read_numpy(1), lambda: f.seek(0), f.tell, lambda: f.frame_count,
               lambda: f.file_format, lambda: f.client_format, lambda: f.metadata,
               lambda: f.write(1, b"\0" * 8)):
        with pytest.raises(ValueError, match="closed") as info:
            op()
        assert isinstance(info.value, AudioFileError)
    with pytest.raises(TypeError, match="path"):
        ExtendedAudioFile(3)  # type: ignore[arg-type]


def test_missing_file_is_file_not_found(atb) -> None:
    with pytest.raises(FileNotFoundError) as info:
        ExtendedAudioFile("/nowhere.m4a")
    assert isinstance(info.value, AudioFileError) and not atb.open_files


def test_dropped_file_is_closed_by_its_finalizer(atb, song) -> None:
    f = ExtendedAudioFile(song)
    ref = weakref.ref(f)
    del f
    gc.collect()
    assert ref() is None and not atb.ext_files and not atb.open_files


def test_create_write_numpy_bytes_and_floats(atb) -> None:
    with ExtendedAudioFile.create("/out/a.wav", "WAVE", CD) as out:
        assert out.file_format == CD and out.frame_count == 0
        out.write(2, FRAMES[:2].astype(np.float32) / 32768.0)  # floats, converted to the float32 client
        out.client_format = CD
        out.write(2, FRAMES[2:4])  # the client dtype itself
        out.write(1, FRAMES[4:].tobytes())  # raw client bytes
        out.write(0, b"")
        assert out.frame_count == 5 and out.tell() == 5
        with pytest.raises(ValueError, match="holds"):
            out.write(3, FRAMES[:2])
        with pytest.raises(ValueError, match="2-channel"):
            out.write(1, np.zeros((1, 3), np.int16))
        with pytest.raises(TypeError, match="dtype"):
            out.write(1, np.zeros((1, 2), np.int32))
        with pytest.raises(TypeError, match="bytes-like"):
            out.write(1, "ab")
    stored = atb.disk["/out/a.wav"]
    assert stored.file_type == int.from_bytes(b"WAVE", "big")
    np.testing.assert_array_equal(np.frombuffer(bytes(stored.data), "<i2").reshape(-1, 2), FRAMES)


def test_create_refuses_mp3_and_existing_files(atb, song) -> None:
    with pytest.raises(ValueError, match="no MP3 encoder"):
        ExtendedAudioFile.create("/out/a.mp3", "MPG3", AudioFormat(44100.0, ".mp3", 0, 0, 1152, 0, 2, 0))
    with pytest.raises(AudioFileError):
        ExtendedAudioFile.create(song, "WAVE", CD, overwrite=False)
    with pytest.raises(TypeError, match="AudioFormat"):
        ExtendedAudioFile.create("/out/b.wav", "WAVE", "lpcm")  # type: ignore[arg-type]


def test_compressed_file_decodes_through_the_client_format(atb, codecs) -> None:
    tone = np.sin(np.linspace(0, 20, 3000)).reshape(-1, 2) * 0.5
    codecs.add_compressed("/m/tone.m4a", AAC, tone)
    with ExtendedAudioFile("/m/tone.m4a") as f:
        assert f.file_format == AAC and f.file_format.is_compressed
        assert f.client_format == AudioFormat.pcm(48000.0, 2, 32, True)
        assert f.frame_count == 1500
        np.testing.assert_allclose(f.read_numpy(1500), tone, atol=1e-7)


def test_encode_bitrate_and_metadata_when_writing_aac(atb, codecs) -> None:
    out = ExtendedAudioFile.create("/out/a.m4a", "m4af", AAC)
    out.set_encode_bitrate(192_000)
    (encoder,) = codecs.encoders
    assert codecs.encoders[encoder]["brat"] == (192_000).to_bytes(4, sys.byteorder)
    assert codecs.config_resets == [out.handle]
    out.set_metadata({"title": "Take 3", "artist": "coremusic"})
    out.write(4, np.full((4, 2), 0.25, np.float32))
    assert out.metadata == {"title": "Take 3", "artist": "coremusic"}
    with pytest.raises(ValueError, match=r"1 \.\. 2"):
        out.set_encode_bitrate(0)
    with pytest.raises(TypeError, match="str"):
        out.set_metadata({"title": 3})  # type: ignore[dict-item]
    out.close()
    with ExtendedAudioFile("/out/a.m4a") as back:
        assert back.file_format == AAC and back.read_numpy(10).tolist() == [[0.25, 0.25]] * 4
    pcm = ExtendedAudioFile.create("/out/b.caf", "caff", CD)
    with pytest.raises(ValueError, match="linear PCM"):
        pcm.set_encode_bitrate(128_000)
    pcm.close()


def test_metadata_reads_the_info_dictionary(atb, song) -> None:
    atb.disk[song].info = {"title": "Song", "approximate duration in seconds": "0.000"}
    with ExtendedAudioFile(song) as f:
        assert f.metadata == {"title": "Song", "approximate duration in seconds": "0.000"}
        with pytest.raises(AudioFileError, match="for reading"):
            f.set_metadata({"title": "x"})


@contextlib.contextmanager
def fresh_toolbox() -> Iterator[AudioToolboxFiles]:
    """A new AudioToolbox + CF double (one per hypothesis example)."""
    cf = CoreFoundationDouble()
    with cf.installed(), FrameworkDouble("AudioToolbox").installed() as double:
        yield AudioToolboxFiles(double, cf)
    assert not cf.leaks()


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(-32768, 32767), min_size=2, max_size=200).filter(lambda v: len(v) % 2 == 0),
       st.integers(1, 64))
def test_block_reads_concatenate_to_the_file(values, block) -> None:
    frames = np.array(values, "<i2").reshape(-1, 2)
    with fresh_toolbox() as atb:
        atb.add_file("/p.wav", CD, frames.tobytes())
        with ExtendedAudioFile("/p.wav") as f:
            parts = []
            while (part := f.read_numpy(block)).shape[0]:
                parts.append(part)
        np.testing.assert_array_equal(np.concatenate(parts), frames / 32768.0)


@given(st.lists(st.floats(-1.0, 1.0, width=32), min_size=1, max_size=50),
       st.sampled_from([8, 16, 32]))
@settings(max_examples=50, deadline=None)
def test_float_integer_conversions_invert(values, bits) -> None:
    fmt = AudioFormat.pcm(8000.0, 1, bits)
    ints = from_float(np.array(values).reshape(-1, 1), fmt)
    back = to_float32(ints, fmt)
    assert back.dtype == np.float32
    np.testing.assert_allclose(back[:, 0], values, atol=1.0 / 2 ** (bits - 1) + 1e-7)


def test_low_aligned_24_in_32_bit_samples_scale_by_24_bits() -> None:
    low = AudioFormat(44100.0, "lpcm", 0x4, 8, 1, 8, 2, 24)  # signed int, 24 bits low in 4 bytes
    high = AudioFormat(44100.0, "lpcm", 0x4 | 0x10, 8, 1, 8, 2, 24)  # ... aligned high
    assert to_float32(np.array([[2**22, -(2**23)]], np.int32), low).tolist() == [[0.5, -1.0]]
    assert to_float32(np.array([[2**30, -(2**31)]], np.int32), high).tolist() == [[0.5, -1.0]]
    assert from_float(np.array([[0.5, -1.0]]), low).tolist() == [[2**22, -(2**23)]]
