"""The macOS (ExtAudioFile) backend of AudioFile, driven through the AudioToolbox double,
and AudioFile's backend selection on darwin (sys.platform monkeypatched; on Linux the
automatic choice stays memory map + libsndfile)."""

from __future__ import annotations

import sys

import numpy as np
import pytest
import soundfile as sf

from coremusic.audio.file import AudioFile
from coremusic.audio.file_backend_macos import (
    ExtAudioFileBackend,
    available_formats,
    select_backend,
    writable_formats,
)
from coremusic.exceptions import AudioFileError
from coremusic.formats import AudioFormat
from coremusic.utils.fourcc import as_fourcc_int
from tests.doubles.audiotoolbox import AudioToolboxFiles
from tests.doubles.extaudio_codecs import CodecFiles

AAC = AudioFormat.aac(48000.0, 2)
TONE = (0.5 * np.sin(np.linspace(0, 40, 4000))).reshape(-1, 2).astype(np.float32)  # 2000 frames


@pytest.fixture
def atb(framework_double, cf) -> AudioToolboxFiles:
    return AudioToolboxFiles(framework_double("AudioToolbox"), cf)


@pytest.fixture
def codecs(atb) -> CodecFiles:
    return CodecFiles(atb)


@pytest.fixture
def m4a(codecs) -> str:
    packets = [bytes([i]) * (100 + i) for i in range(3)]
    f = codecs.add_compressed("/m/tone.m4a", AAC, TONE, "m4af", packets)
    f.info = {"title": "Tone", "comments": "sine", "year": "2026", "approximate duration in seconds": "0.042"}
    return "/m/tone.m4a"


def test_reads_compressed_file_to_float(m4a) -> None:
    b = ExtAudioFileBackend(m4a)
    info = b.info
    assert (info.container, info.subtype, info.backend) == ("M4A", "AAC", "extaudiofile")
    assert info.frames == 2000 and info.sample_rate == 48000.0 and info.channels == 2 and info.format == AAC
    assert repr(b) == "ExtAudioFileBackend('/m/tone.m4a', M4A/AAC, 2000 frames, mode='r')"
    out = np.empty((1500, 2), np.float32)
    assert b.read_into(out) == 1500 and b.tell() == 1500
    np.testing.assert_allclose(out, TONE[:1500])
    wide = np.empty((1000, 2), np.float64)
    assert b.read_into(wide) == 500  # to the end
    np.testing.assert_allclose(wide[:500], TONE[1500:], atol=1e-7)
    b.seek(10)
    assert b.tell() == 10 and b.read_into(out[:3]) == 3
    np.testing.assert_array_equal(out[:3], TONE[10:13])
    b.close()
    assert "closed" in repr(b)


def test_raw_packets_and_metadata(m4a) -> None:
    b = ExtAudioFileBackend(m4a)
    data, n = b.read_raw(1, 2)
    assert n == 2 and data == b"\x01" * 101 + b"\x02" * 102
    # Apple's info-dictionary keys become AudioFile's metadata names
    assert b.metadata() == {"title": "Tone", "comment": "sine", "date": "2026"}
    with pytest.raises(AudioFileError, match="read-only"):
        b.set_metadata({"title": "x"})
    with pytest.raises(AudioFileError, match="read-only"):
        b.write(np.zeros((1, 2), np.float32))
    b.close()


def test_available_formats_from_global_info(atb) -> None:
    readable, writable = available_formats(), writable_formats()
    assert list(readable) == ["WAV", "AIFF", "CAF", "M4A", "MP3"]
    assert readable["MP3"] == "MPEG layer 3"
    assert "MP3" not in writable and "M4A" in writable


@pytest.mark.parametrize(("name", "kwargs", "file_type", "expected"), [
    ("a.m4a", {}, "m4af", AudioFormat.aac(44100.0, 1)),
    ("b.caf", {"subtype": "ALAC_24"}, "caff", AudioFormat.alac(44100.0, 1, 24)),
    ("c.aiff", {"subtype": "PCM_32"}, "AIFF", AudioFormat.pcm(44100.0, 1, 32, big_endian=True)),
    ("d.wav", {"subtype": "FLOAT"}, "WAVE", AudioFormat.pcm(44100.0, 1, 32, True)),
    ("e.bin", {"format": "AAC"}, "adts", AudioFormat.aac(44100.0, 1)),
])
def test_writes_containers_and_codecs(atb, codecs, name, kwargs, file_type, expected) -> None:
    path = f"/out/{name}"
    b = ExtAudioFileBackend(path, "w", samplerate=44100, channels=1, **kwargs)
    ramp = np.linspace(-0.5, 0.5, 64, dtype=np.float32).reshape(-1, 1)
    b.write(ramp)
    b.write(ramp[:10].astype(np.float64))
    assert b.info.frames == 74 and b.tell() == 74 and b.info.format == expected
    b.close()
    stored = atb.disk[path]
    assert stored.file_type == as_fourcc_int(file_type) and stored.format == expected
    back = ExtAudioFileBackend(path)
    out = np.empty((100, 1), np.float32)
    assert back.read_into(out) == 74
    np.testing.assert_allclose(out[:64], ramp, atol=2.0 ** -15)
    back.close()


def test_write_errors_name_the_problem(atb, codecs, tmp_path) -> None:
    with pytest.raises(ValueError, match="no MP3 encoder"):
        ExtAudioFileBackend("/out/a.mp3", "w", samplerate=44100, channels=2)
    with pytest.raises(ValueError, match="no MP3 encoder"):
        ExtAudioFileBackend("/out/a.caf", "w", samplerate=44100, channels=2, subtype="MPEG_LAYER_III")
    with pytest.raises(ValueError, match="compressed audio"):
        ExtAudioFileBackend("/out/a.m4a", "w", samplerate=44100, channels=2, subtype="PCM_16")
    with pytest.raises(ValueError, match="ALAC goes in"):
        ExtAudioFileBackend("/out/a.wav", "w", samplerate=44100, channels=2, subtype="ALAC_16")
    with pytest.raises(ValueError, match="extension"):
        ExtAudioFileBackend("/out/a.xyz", "w", samplerate=44100, channels=2)
    with pytest.raises(ValueError, match="samplerate and channels"):
        ExtAudioFileBackend("/out/a.wav", "w")
    with pytest.raises(ValueError, match="'r', 'w' or 'x'"):
        ExtAudioFileBackend("/out/a.wav", "r+")
    existing = tmp_path / "there.caf"
    existing.write_bytes(b"x")
    with pytest.raises(FileExistsError):
        ExtAudioFileBackend(str(existing), "x", samplerate=8000, channels=1)
    assert not atb.open_files and not atb.ext_files


def test_metadata_written_with_apple_keys(atb, codecs) -> None:
    b = ExtAudioFileBackend("/out/m.m4a", "w", samplerate=44100, channels=2)
    b.set_metadata({"title": "Song", "comment": "take 2", "tracknumber": "3"})
    with pytest.raises(ValueError, match="'license'"):
        b.set_metadata({"license": "CC0"})
    b.close()
    assert atb.disk["/out/m.m4a"].info == {"title": "Song", "comments": "take 2", "track number": "3"}


def test_audiofile_over_the_extaudiofile_backend(m4a) -> None:
    with AudioFile(m4a, backend="extaudiofile") as f:
        assert f.backend == "extaudiofile" and f.file_format == "M4A" and f.subtype == "AAC"
        assert f.frames == 2000 and f.duration == pytest.approx(2000 / 48000)
        np.testing.assert_allclose(f.read(100), TONE[:100])
        blocks = list(f.blocks(800, overlap=100))
        assert [len(b) for b in blocks] == [800, 800, 500]  # from frame 100, 100 frames overlap
        np.testing.assert_allclose(f.read_as_numpy(0, 1), TONE[:1024])  # AAC: 1024 frames per packet
        assert f.tell() == 2000  # read_as_numpy leaves the position alone
        assert f.read_packets(0, 2) == (b"\0" * 100 + b"\1" * 101, 2)  # the compressed packets
        assert f.metadata["title"] == "Tone"
        assert "backend='extaudiofile'" in repr(f)


# ---------------------------------------------------------------- selection on darwin


@pytest.fixture
def darwin(monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")


def test_darwin_keeps_the_mmap_fast_path_for_pcm(atb, darwin, tmp_path) -> None:
    wav = tmp_path / "a.wav"
    sf.write(wav, np.zeros((10, 2)), 8000, subtype="PCM_16")
    with AudioFile(wav) as f:
        assert f.backend == "mmap"
    assert not atb.double.called("AudioFileOpenURL")


def test_darwin_reads_other_files_with_extaudiofile(codecs, darwin, tmp_path) -> None:
    path = tmp_path / "song.m4a"
    path.write_bytes(b"\0\0\0\x20ftypM4A " + bytes(64))  # not WAV/AIFF/CAF: the mmap reader declines
    codecs.add_compressed(str(path), AAC, TONE, "m4af")
    with AudioFile(path) as f:
        assert f.backend == "extaudiofile" and f.frames == 2000


def test_darwin_falls_back_to_libsndfile_when_the_os_cannot_read(atb, darwin, tmp_path) -> None:
    flac = tmp_path / "a.flac"
    sf.write(flac, np.zeros((10, 1)), 8000)
    atb.double.returns("AudioFileOpenURL", as_fourcc_int("typ?"))  # kAudioFileUnsupportedFileTypeError
    with AudioFile(flac) as f:
        assert f.backend == "libsndfile" and f.frames == 10


def test_darwin_writes_aac_with_extaudiofile_and_flac_with_libsndfile(atb, codecs, darwin, tmp_path) -> None:
    m4a = str(tmp_path / "out.m4a")
    with AudioFile(m4a, mode="w", samplerate=44100, channels=2) as f:
        f.write(np.zeros((100, 2), np.float32))
        assert f.backend == "extaudiofile" and f.format.format_id == "aac "
    assert atb.disk[m4a].format == AudioFormat.aac(44100.0, 2)
    with AudioFile(tmp_path / "out.flac", mode="w", samplerate=8000, channels=1) as f:
        assert f.backend == "libsndfile"
    assert select_backend(str(tmp_path / "x.wav"), "r+", format=None, subtype=None, samplerate=None,
                          channels=None) is None


def test_linux_automatic_choice_never_touches_audiotoolbox(atb, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    path = tmp_path / "a.ogg"
    sf.write(path, np.zeros((10, 1)), 8000)
    with AudioFile(path) as f:
        assert f.backend == "libsndfile"
    assert not atb.double.calls
