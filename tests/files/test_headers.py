"""The PCM header parser: every container and encoding, and precise errors for malformed headers."""

from __future__ import annotations

import os
import struct
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.audio.file_headers import (
    UnsupportedEncodingError,
    _extended_to_float,
    parse_pcm_header,
)
from coremusic.audio.mmap_file import MMapAudioFile
from coremusic.exceptions import AudioFileError
from tests.files.pcm_writer import (
    BITS,
    aiff_bytes,
    caf_bytes,
    encode,
    expected_float32,
    float80,
    random_samples,
    wav_bytes,
)

ENCODINGS = ["uint8", "int8", "int16", "int24", "int32", "float32", "float64"]


def _own_files(encoding: str, values: np.ndarray, rate: int = 44100) -> dict[str, bytes]:
    """Every container our writer makes for an encoding."""
    frames, channels = values.shape
    le, be = encode(values, encoding, False), encode(values, encoding, True)
    files: dict[str, bytes] = {}
    if encoding != "int8":  # WAV 8-bit is unsigned
        files["wav"] = wav_bytes(le, channels, rate, encoding)
        files["wav-extensible"] = wav_bytes(le, channels, rate, encoding, extensible=True)
        files["rf64"] = wav_bytes(le, channels, rate, encoding, container=b"RF64")
        files["bw64"] = wav_bytes(le, channels, rate, encoding, container=b"BW64", extensible=True)
    if encoding != "uint8":  # AIFF and CAF 8-bit are signed
        files["caf-be"] = caf_bytes(be, channels, rate, encoding)
        files["caf-le-open-ended"] = caf_bytes(le, channels, rate, encoding, big_endian=False, unknown_size=True)
        if encoding.startswith("float"):
            comp = b"fl32" if encoding == "float32" else b"fl64"
            files["aifc-float"] = aiff_bytes(be, frames, channels, rate, BITS[encoding], compression=comp)
        else:
            files["aiff"] = aiff_bytes(be, frames, channels, rate, BITS[encoding])
            files["aifc-none"] = aiff_bytes(be, frames, channels, rate, BITS[encoding], compression=b"NONE")
            files["aifc-sowt"] = aiff_bytes(le, frames, channels, rate, BITS[encoding], compression=b"sowt",
                                            ssnd_offset=5)
    return files


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_own_writer_files_decode_exactly(encoding: str, write_bytes: Callable[..., Path]) -> None:
    rng = np.random.default_rng(7)
    values = random_samples(rng, encoding, 33, 3)
    expected = expected_float32(values, encoding)
    for name, data in _own_files(encoding, values).items():
        layout = parse_pcm_header(data, name=name)
        assert (layout.frames, layout.channels, layout.encoding) == (33, 3, encoding), name
        with MMapAudioFile(write_bytes(data)) as f:
            got = f.read_as_numpy()
            assert got.dtype == np.float32
            assert np.array_equal(got, expected), name
            assert np.array_equal(f[3:30:4], expected[3:30:4]), name


def test_layout_describes_format() -> None:
    values = np.zeros((4, 2), np.int64)
    lay = parse_pcm_header(aiff_bytes(encode(values, "int24", True), 4, 2, 48000, 24))
    fmt = lay.audio_format()
    assert (lay.container, lay.big_endian, lay.block_align, lay.numpy_dtype) == ("AIFF", True, 6, None)
    assert fmt.is_big_endian and fmt.is_signed_integer and fmt.bits_per_channel == 24
    assert fmt.bytes_per_frame == 6 and fmt.sample_rate == 48000.0
    lay8 = parse_pcm_header(wav_bytes(b"\x80\x80", 2, 8000, "uint8"))
    assert lay8.numpy_dtype == "u1" and not lay8.audio_format().is_signed_integer


@given(st.sampled_from([8000, 11025, 22050, 44100, 48000, 88200, 96000, 176400, 192000, 352800, 384000])
       | st.floats(1.0, 1e7, allow_nan=False))
@settings(max_examples=60, deadline=None)
def test_float80_round_trip(rate: float) -> None:
    assert _extended_to_float(float80(rate), "test") == rate


# ----------------------------------------------------------------- malformed headers

def _wav16(frames: int = 4, channels: int = 2, **kw: object) -> bytes:
    return wav_bytes(b"\x01\x00" * frames * channels, channels, 8000, "int16", **kw)  # type: ignore[arg-type]


def _patch(data: bytes, offset: int, fmt: str, *values: object) -> bytes:
    buf = bytearray(data)
    struct.pack_into(fmt, buf, offset, *values)
    return bytes(buf)


WAV_FMT = 20  # offset of the fmt chunk body in _wav16()
MALFORMED: list[tuple[str, bytes, str]] = [
    ("short", b"RIFF\0\0", "too short"),
    ("no fmt", b"RIFF\x10\0\0\0WAVEdata\x04\0\0\0\0\0\0\0", "no 'fmt ' chunk"),
    ("no data", b"RIFF\x1c\0\0\0WAVEfmt \x10\0\0\0" + struct.pack("<HHIIHH", 1, 1, 8000, 16000, 2, 16),
     "no 'data' chunk"),
    ("data beyond eof", _wav16()[:-3], "declares 16 bytes but only 13 remain"),
    ("chunk beyond eof", _wav16()[:30], "chunk b'fmt ' at byte 12 declares 16 bytes"),
    ("fmt too short", b"RIFF\x14\0\0\0WAVEfmt \x04\0\0\0\x01\0\x01\0data\0\0\0\0", "needs at least 16"),
    ("zero channels", _patch(_wav16(), WAV_FMT + 2, "<H", 0), "channel count must be >= 1"),
    ("zero rate", _patch(_wav16(), WAV_FMT + 4, "<I", 0), "implausible sample rate"),
    ("zero bits", _patch(_wav16(), WAV_FMT + 14, "<H", 0), "must be > 0"),
    ("block align", _patch(_wav16(), WAV_FMT + 12, "<H", 3), "block align 3 does not match"),
    ("float16", _patch(_patch(_wav16(), WAV_FMT, "<H", 3), WAV_FMT + 14, "<H", 16), "must be 32 or 64 bits"),
    ("rf64 no ds64", b"RF64\xff\xff\xff\xffWAVE" + _wav16()[12:36] + b"data\xff\xff\xff\xff" + b"\0" * 8,
     "needs a preceding 'ds64'"),
    ("ds64 in riff", b"RIFF\0\0\0\0WAVEds64\x1c\0\0\0" + b"\0" * 28 + _wav16()[12:], "'ds64' chunk in a plain RIFF"),
    ("aiff no comm", b"FORM\0\0\0\x14AIFFSSND\0\0\0\x08" + b"\0" * 8, "no 'COMM' chunk"),
    ("aiff short data", aiff_bytes(b"\0" * 6, 4, 1, 8000, 16), "declares 4 frames \\(8 bytes\\) but 'SSND' holds only 6"),
    ("aiff frames no ssnd", b"FORM\0\0\0\x1eAIFFCOMM\0\0\0\x12\0\x01\0\0\0\x05\0\x10" + float80(8000.0),
     "declares 5 frames but has no 'SSND'"),
    ("aiff ssnd offset", _patch(aiff_bytes(b"\0" * 8, 4, 1, 8000, 16), 46, ">I", 100), "data offset 100 lies beyond"),
    ("aiff inf rate", aiff_bytes(b"", 0, 1, 8000, 16)[:28] + b"\x7f\xff" + b"\0" * 8 + aiff_bytes(b"", 0, 1, 8000, 16)[38:],
     "infinite or NaN"),
    ("aiff negative rate", aiff_bytes(b"", 0, 1, 8000, 16)[:28] + b"\xc0\x0b" + b"\xfa" + b"\0" * 7
     + aiff_bytes(b"", 0, 1, 8000, 16)[38:], "negative sample rate"),
    ("caf version", _patch(caf_bytes(b"\0\0", 1, 8000, "int16"), 4, ">H", 2), "version 2"),
    ("caf negative size", _patch(caf_bytes(b"\0\0", 1, 8000, "int16"), 12, ">q", -5), "negative size -5"),
    ("caf short desc", b"caff\0\x01\0\0desc" + struct.pack(">q", 8) + b"\0" * 8 + b"data" + struct.pack(">q", 4)
     + b"\0" * 4, "needs 32"),
    ("caf packet size", _patch(caf_bytes(b"\0\0", 1, 8000, "int16"), 36, ">I", 3), "3 bytes per packet"),
    ("caf no data", caf_bytes(b"", 1, 8000, "int16")[:-16], "no 'data' chunk"),
]


@pytest.mark.parametrize(("name", "data", "reason"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_headers_raise_with_reason(name: str, data: bytes, reason: str,
                                             write_bytes: Callable[..., Path]) -> None:
    with pytest.raises(AudioFileError, match=reason) as info:
        parse_pcm_header(data, name=name)
    assert not isinstance(info.value, UnsupportedEncodingError)
    with pytest.raises(AudioFileError, match=reason):
        MMapAudioFile(write_bytes(data))


UNSUPPORTED: list[tuple[str, bytes, str]] = [
    ("unknown magic", b"OggS" + b"\0" * 40, "not a WAV, AIFF or CAF"),
    ("riff not wave", b"RIFF\x04\0\0\0AVI " + b"\0" * 8, "not a PCM audio file"),
    ("adpcm tag", _patch(_wav16(), WAV_FMT, "<H", 2), "format tag 0x0002"),
    ("extensible guid", wav_bytes(b"\0" * 4, 1, 8000, "int16", extensible=True, guid_tail=b"\x11" * 14),
     "sub-format GUID"),
    ("aifc ulaw", aiff_bytes(b"\0" * 4, 4, 1, 8000, 8, compression=b"ulaw"), "compression b'ulaw'"),
    ("caf aac", caf_bytes(b"\0" * 4, 1, 8000, "int16", format_id=b"aac "), "is not linear PCM"),
    ("wav 40-bit", _patch(_patch(_wav16(2, 1), WAV_FMT + 14, "<H", 40), WAV_FMT + 12, "<H", 5), "40-bit"),
]


@pytest.mark.parametrize(("name", "data", "reason"), UNSUPPORTED, ids=[u[0] for u in UNSUPPORTED])
def test_unsupported_encodings_are_flagged_for_fallback(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(UnsupportedEncodingError, match=reason):
        parse_pcm_header(data, name=name)


def test_partial_trailing_frame_and_trailing_junk_are_ignored() -> None:
    data = wav_bytes(b"\x01\x00" * 5, 2, 8000, "int16") + b"xyz"  # 2.5 frames, then 3 junk bytes
    layout = parse_pcm_header(data)
    assert layout.frames == 2 and layout.data_bytes == 8


def test_data_before_fmt_and_odd_chunks() -> None:
    fmt = struct.pack("<HHIIHH", 1, 1, 8000, 16000, 2, 16)
    body = b"WAVE" + b"LIST\x03\0\0\0abc\0" + b"data\x04\0\0\0\x00\x40\x00\xc0" + b"fmt \x10\0\0\0" + fmt
    layout = parse_pcm_header(b"RIFF" + struct.pack("<I", len(body)) + body)
    assert (layout.frames, layout.data_offset) == (2, 32)


def test_rf64_over_4gb_sparse_header(tmp_path: Path) -> None:
    """A 5 GB RF64 file, sparse: only the header and a few frames are ever read."""
    data_size = 5 * 2**30 + 4  # 5 GiB of 16-bit stereo + one frame
    header = wav_bytes(b"", 2, 48000, "int16", container=b"RF64", data_size=data_size)
    path = tmp_path / "huge.wav"
    with open(path, "wb") as fh:
        fh.write(header)
        fh.write(struct.pack("<hh", 16384, -16384))
    try:
        os.truncate(path, len(header) + data_size)
    except OSError as exc:  # pragma: no cover - filesystem without sparse files
        pytest.skip(f"cannot create a sparse file here: {exc}")
    with MMapAudioFile(path) as f:
        assert f.frame_count == data_size // 4 > 2**32 // 4
        assert f.format.sample_rate == 48000.0
        assert f.duration == pytest.approx(data_size / 4 / 48000)
        assert f[0].tolist() == [0.5, -0.5]
        assert np.all(f[-3:] == 0)
        strided = f[:: 2**28]  # 6 frames spread over 5 GiB, without touching the rest
        assert strided.shape == (6, 2) and strided[0].tolist() == [0.5, -0.5]
        assert f.view.shape == (data_size // 4, 2) and f.view.dtype == np.dtype("<i2")


def test_riff_placeholder_size_reads_to_end_of_file() -> None:
    """An unfinished recording keeps the 0xFFFFFFFF placeholder: its data runs to the end of the file."""
    data = wav_bytes(b"\x00\x40" * 6, 2, 8000, "int16", data_size=0xFFFFFFFF)
    layout = parse_pcm_header(data)
    assert (layout.frames, layout.data_bytes) == (3, 12)


def test_riff_over_4gb_with_wrapped_size(tmp_path: Path) -> None:
    """A plain RIFF WAV past 4 GiB whose writer stored the data size modulo 2**32 (sparse file)."""
    real = 2**32 + 400  # bytes of 16-bit mono
    header = wav_bytes(b"", 1, 8000, "int16", data_size=real % 2**32)
    path = tmp_path / "wrapped.wav"
    path.write_bytes(header)
    try:
        os.truncate(path, len(header) + real)
    except OSError as exc:  # pragma: no cover - filesystem without sparse files
        pytest.skip(f"cannot create a sparse file here: {exc}")
    with MMapAudioFile(path) as f:
        assert f.frame_count == real // 2
        assert f.layout.data_offset + f.layout.data_bytes == len(header) + real
