"""Contract tests of ExtendedAudioFile.h through the cffi-typed AudioToolbox and CF doubles.

The double converts between the file's 16-bit PCM and the client format with
numpy, so values can be checked end to end; it proves the AudioBufferList
marshalling, not Apple's converters.
"""

from __future__ import annotations

import numpy as np
import pytest

from coremusic import capi
from coremusic.exceptions import AudioFileError
from coremusic.formats import AudioFormat
from tests.doubles.audiotoolbox import AudioToolboxFiles

CD = AudioFormat.pcm_int16_stereo(44100.0)
F32 = AudioFormat.pcm_float32_stereo(44100.0)
F32_PLANAR = AudioFormat.pcm(44100.0, 2, 32, True, interleaved=False)
FRAMES = np.array([[0, 16384], [-16384, 8192], [32767, -32768], [4, -4], [100, 200]], dtype="<i2")


@pytest.fixture
def atb(framework_double, cf) -> AudioToolboxFiles:
    return AudioToolboxFiles(framework_double("AudioToolbox"), cf)


@pytest.fixture
def song(atb) -> str:
    atb.add_file("/music/song.wav", CD, FRAMES.tobytes())
    return "/music/song.wav"


def test_open_read_float32_seek_tell(atb, cf, song) -> None:
    ext = capi.ext_audio_file_open_url(song)
    assert capi.ext_audio_file_get_data_format(ext) == CD
    capi.ext_audio_file_set_client_format(ext, F32)
    assert capi.ext_audio_file_get_data_format(ext, client=True) == F32
    block = capi.ext_audio_file_read(ext, 2, F32)
    assert isinstance(block, np.ndarray) and block.dtype == np.float32 and block.shape == (2, 2)
    np.testing.assert_array_equal(block, FRAMES[:2] / 32768.0)
    assert capi.ext_audio_file_tell(ext) == 2
    rest = capi.ext_audio_file_read(ext, 10, F32)  # asks past the end
    assert rest.shape == (3, 2)
    np.testing.assert_array_equal(rest, FRAMES[2:] / 32768.0)
    assert capi.ext_audio_file_read(ext, 4, F32).shape == (0, 2)  # end of file
    capi.ext_audio_file_seek(ext, 1)
    np.testing.assert_array_equal(capi.ext_audio_file_read(ext, 1, F32), FRAMES[1:2] / 32768.0)
    # the buffer list C received: one interleaved buffer of 2 channels sized for the request
    assert atb.buffer_lists[0] == ("ExtAudioFileRead", [(2, 2 * 8)])
    capi.ext_audio_file_dispose(ext)
    assert ext in atb.closed
    assert not cf.leaks()


def test_read_non_interleaved_and_as_bytes(atb, song) -> None:
    ext = capi.ext_audio_file_open_url(song)
    capi.ext_audio_file_set_property(ext, "cfmt", F32_PLANAR)
    block = capi.ext_audio_file_read(ext, 5, F32_PLANAR)
    assert block.shape == (5, 2)
    np.testing.assert_array_equal(block, FRAMES / 32768.0)
    assert atb.buffer_lists[0] == ("ExtAudioFileRead", [(1, 5 * 4), (1, 5 * 4)])  # one per channel
    capi.ext_audio_file_seek(ext, 0)
    capi.ext_audio_file_set_client_format(ext, CD)
    raw = capi.ext_audio_file_read(ext, 5, CD, as_bytes=True)
    assert raw == FRAMES.tobytes()
    capi.ext_audio_file_dispose(ext)


def test_create_write_and_write_async(atb, cf) -> None:
    ext = capi.ext_audio_file_create_with_url("/out/mix.wav", "WAVE", CD, flags=1)
    created = atb.disk["/out/mix.wav"]
    assert created.format == CD and created.file_type == 0x57415645
    capi.ext_audio_file_set_client_format(ext, F32)
    samples = (FRAMES / 32768.0).astype(np.float32)
    capi.ext_audio_file_write(ext, samples, F32)
    capi.ext_audio_file_write_async(ext, None, F32)  # prime outside realtime
    assert atb.ext_files[ext].async_primed
    capi.ext_audio_file_write_async(ext, samples[:2], F32)
    stored = np.frombuffer(bytes(created.data), dtype="<i2").reshape(-1, 2)
    np.testing.assert_array_equal(stored, np.concatenate([FRAMES, FRAMES[:2]]))
    capi.ext_audio_file_set_client_format(ext, CD)
    capi.ext_audio_file_write(ext, FRAMES[:1].tobytes(), CD)  # raw interleaved bytes
    assert bytes(created.data[-4:]) == FRAMES[:1].tobytes()
    capi.ext_audio_file_set_client_format(ext, F32_PLANAR)
    capi.ext_audio_file_write(ext, samples[:3], F32_PLANAR)  # gathered into per-channel buffers
    assert atb.buffer_lists[-1] == ("ExtAudioFileWrite", [(1, 3 * 4), (1, 3 * 4)])
    tail = np.frombuffer(bytes(created.data[-12:]), dtype="<i2").reshape(-1, 2)
    np.testing.assert_array_equal(tail, FRAMES[:3])
    assert capi.ext_audio_file_get_property_info(ext, "#frm") == (8, True)
    assert int.from_bytes(capi.ext_audio_file_get_property(ext, "#frm"), "little") == 5 + 2 + 1 + 3
    capi.ext_audio_file_dispose(ext)
    assert not cf.leaks()


def test_write_arguments_are_checked(atb) -> None:
    ext = capi.ext_audio_file_create_with_url("/out/x.wav", "WAVE", CD)
    capi.ext_audio_file_set_client_format(ext, F32)
    calls = len(atb.double.calls)
    wide = np.zeros((4, 4), np.float32)
    with pytest.raises(ValueError, match="C-contiguous"):
        capi.ext_audio_file_write(ext, wide[:, ::2], F32)
    with pytest.raises(TypeError, match="dtype"):
        capi.ext_audio_file_write(ext, np.zeros((4, 2), np.float64), F32)
    with pytest.raises(ValueError, match="shape"):
        capi.ext_audio_file_write(ext, np.zeros((4, 3), np.float32), F32)
    with pytest.raises(ValueError, match="whole number"):
        capi.ext_audio_file_write(ext, b"\x00" * 7, F32)
    with pytest.raises(TypeError, match="interleaved"):
        capi.ext_audio_file_write(ext, b"\x00" * 8, F32_PLANAR)
    with pytest.raises(TypeError, match="str"):
        capi.ext_audio_file_write(ext, "samples", F32)
    with pytest.raises(ValueError, match="linear PCM"):
        capi.ext_audio_file_read(ext, 4, AudioFormat.aac())
    with pytest.raises(TypeError, match="AudioFormat"):
        capi.ext_audio_file_read(ext, 4, F32.to_bytes())  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="frames must be >= 0"):
        capi.ext_audio_file_read(ext, -1, F32)
    with pytest.raises(ValueError, match="frame must be >= 0"):
        capi.ext_audio_file_seek(ext, -5)
    with pytest.raises(ValueError, match="linear PCM"):
        capi.ext_audio_file_set_client_format(ext, AudioFormat.aac())
    with pytest.raises(ValueError, match="NULL handle"):
        capi.ext_audio_file_tell(0)
    with pytest.raises(TypeError, match="for_writing"):
        capi.ext_audio_file_wrap_audio_file_id(0x1000, 1)  # type: ignore[arg-type]
    assert len(atb.double.calls) == calls  # nothing reached C
    capi.ext_audio_file_dispose(ext)


def test_status_errors(atb, cf, song) -> None:
    with pytest.raises(AudioFileError) as info:
        capi.ext_audio_file_open_url("/music/missing.m4a")
    assert info.value.status == -43 and info.value.operation == "ExtAudioFileOpenURL"
    ext = capi.ext_audio_file_open_url(song)
    with pytest.raises(AudioFileError) as info:
        capi.ext_audio_file_set_property(ext, "cfmt", AudioFormat.aac().to_bytes())
    assert info.value.status == -66563  # kExtAudioFileError_NonPCMClientFormat
    with pytest.raises(AudioFileError) as info:
        capi.ext_audio_file_get_property(ext, "acnv")
    assert info.value.status == -66561 and info.value.operation == "ExtAudioFileGetPropertyInfo"
    with pytest.raises(AudioFileError) as info:
        capi.ext_audio_file_seek(ext, 10_000)
    assert info.value.status == -66568  # kExtAudioFileError_InvalidSeek
    atb.double.returns("ExtAudioFileRead", -66565)
    with pytest.raises(AudioFileError):
        capi.ext_audio_file_read(ext, 4, F32)
    atb.double.returns("ExtAudioFileWrite", -66565)  # kExtAudioFileError_InvalidOperationOrder
    with pytest.raises(AudioFileError) as info:
        capi.ext_audio_file_write(ext, np.zeros((1, 2), np.float32), F32)
    assert info.value.status == -66565
    atb.double.returns("ExtAudioFileWriteAsync", -66570)
    with pytest.raises(AudioFileError):
        capi.ext_audio_file_write_async(ext, np.zeros((1, 2), np.float32), F32)
    atb.double.returns("ExtAudioFileTell", -50)
    with pytest.raises(AudioFileError):
        capi.ext_audio_file_tell(ext)
    capi.ext_audio_file_dispose(ext)
    with pytest.raises(AudioFileError):
        atb.double.returns("ExtAudioFileDispose", -38)
        capi.ext_audio_file_dispose(ext)
    assert not cf.leaks()


def test_wrap_audio_file_id(atb, cf, song) -> None:
    f = capi.audio_file_open_url(song, "rw")
    ext = capi.ext_audio_file_wrap_audio_file_id(f, for_writing=False)
    (_ptr, for_writing, _out), = atb.double.called("ExtAudioFileWrapAudioFileID")
    assert for_writing == 0
    assert atb.ext_files[ext].file is atb.open_files[f]
    capi.ext_audio_file_dispose(ext)
    capi.audio_file_close(f)


def test_fsref_variants_and_channel_layout(atb, cf, song) -> None:
    ext = capi.ext_audio_file_open(atb.fsref_for(song))
    assert capi.ext_audio_file_get_data_format(ext) == CD
    capi.ext_audio_file_dispose(ext)
    folder = atb.fsref_for("/out")
    stereo = (101 << 16 | 2).to_bytes(4, "little") + bytes(8)  # kAudioChannelLayoutTag_Stereo
    ext2 = capi.ext_audio_file_create_new(folder, "new.caf", "caff", F32, stereo)
    assert "/out/new.caf" in atb.disk
    assert atb.layout_tags == [101 << 16 | 2]
    capi.ext_audio_file_dispose(ext2)
    with pytest.raises(AudioFileError) as info:
        capi.ext_audio_file_open(atb.fsref_for("/nope"))
    assert info.value.status == -43
    with pytest.raises(ValueError, match="at least 12 bytes"):
        capi.ext_audio_file_create_with_url("/out/a.caf", "caff", F32, b"\x00" * 4)
    with pytest.raises(ValueError, match="declares 2 channel descriptions"):
        capi.ext_audio_file_create_with_url("/out/a.caf", "caff", F32, bytes(8) + (2).to_bytes(4, "little"))
    with pytest.raises(TypeError, match="AudioChannelLayout"):
        capi.ext_audio_file_create_with_url("/out/a.caf", "caff", F32, "stereo")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="80 bytes"):
        capi.ext_audio_file_create_new(b"x", "a.caf", "caff", F32)
    assert not cf.leaks()


def test_wrapped_python_backed_file_reraises_callback_errors_from_ext_calls(atb, cf) -> None:
    store = CD.to_bytes() + FRAMES.tobytes()
    broken = {"now": False}

    def read(position: int, count: int) -> bytes:
        if broken["now"]:
            raise ConnectionError("source went away")
        return store[position:position + count]

    f = capi.audio_file_open_with_callbacks(capi.FileCallbacks(read, lambda: len(store)))
    ext = capi.ext_audio_file_wrap_audio_file_id(f)
    capi.ext_audio_file_set_client_format(ext, F32)
    np.testing.assert_array_equal(capi.ext_audio_file_read(ext, 2, F32), FRAMES[:2] / 32768.0)
    broken["now"] = True
    with pytest.raises(ConnectionError, match="went away") as info:
        capi.ext_audio_file_read(ext, 2, F32)
    assert isinstance(info.value.__context__, AudioFileError)
    assert info.value.__context__.operation == "ExtAudioFileRead"
    broken["now"] = False
    assert capi.audio_file_read_bytes(f, 0, 4) == FRAMES.tobytes()[:4]  # nothing stale left behind
    capi.ext_audio_file_dispose(ext)
    capi.audio_file_close(f)
