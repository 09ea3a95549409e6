"""AudioFormat (the Pythonic AudioStreamBasicDescription) and the struct wrappers."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from coremusic._ffi import ffi
from coremusic.buffer_utils import AudioStreamBasicDescription
from coremusic.formats import AudioFormat, LinearPCMFlags
from coremusic.structs import (
    AudioBufferList,
    AudioComponentDescription,
    AudioObjectPropertyAddress,
    AudioStreamPacketDescription,
    AudioTimeStamp,
    AudioValueRange,
    SMPTETime,
)
from tests.abi import facts

u32 = st.integers(0, 0xFFFFFFFF)
formats = st.builds(
    AudioFormat,
    st.floats(1.0, 1e6, allow_nan=False),
    st.sampled_from(["aac ", "alac", "flac", ".mp3", "ima4"]) | u32.filter(lambda v: v != 0x6C70636D),
    u32, u32, u32, u32, u32, u32,
)


def test_flag_values_match_the_sdk() -> None:
    consts = facts.constants()
    assert LinearPCMFlags.IS_FLOAT == consts["kAudioFormatFlagIsFloat"]["value"]
    assert LinearPCMFlags.IS_BIG_ENDIAN == consts["kAudioFormatFlagIsBigEndian"]["value"]
    assert LinearPCMFlags.IS_SIGNED_INTEGER == consts["kAudioFormatFlagIsSignedInteger"]["value"]
    assert LinearPCMFlags.IS_PACKED == consts["kAudioFormatFlagIsPacked"]["value"]
    assert LinearPCMFlags.IS_ALIGNED_HIGH == consts["kAudioFormatFlagIsAlignedHigh"]["value"]
    assert LinearPCMFlags.IS_NON_INTERLEAVED == consts["kAudioFormatFlagIsNonInterleaved"]["value"]
    assert LinearPCMFlags.IS_NON_MIXABLE == consts["kAudioFormatFlagIsNonMixable"]["value"]


@given(formats)
def test_bytes_and_cdata_round_trip(fmt: AudioFormat) -> None:
    assert AudioFormat.from_asbd_bytes(fmt.to_bytes()) == fmt
    c = fmt.to_cdata()
    assert bytes(ffi.buffer(c)) == fmt.to_bytes()
    assert AudioFormat.from_cdata(c) == fmt
    assert hash(AudioFormat.from_cdata(c)) == hash(fmt)


@pytest.mark.parametrize(("bits", "is_float", "dtype"), [
    (8, False, "i1"), (16, False, "<i2"), (32, False, "<i4"), (32, True, "<f4"), (64, True, "<f8")])
def test_pcm_factory(bits: int, is_float: bool, dtype: str) -> None:
    fmt = AudioFormat.pcm(48000.0, channels=3, bits=bits, is_float=is_float)
    assert fmt.is_pcm and not fmt.is_compressed
    assert fmt.is_float is is_float
    assert fmt.bytes_per_frame == 3 * bits // 8
    assert fmt.to_numpy_dtype() == np.dtype(dtype)
    assert fmt.bytes_for_frames(10) == 30 * bits // 8
    assert fmt.frames_for_bytes(fmt.bytes_for_frames(10) + 1) == 10
    assert fmt.duration_for_frames(24000) == 0.5


def test_non_interleaved_and_big_endian() -> None:
    fmt = AudioFormat.pcm(44100.0, 2, 16, interleaved=False, big_endian=True)
    assert not fmt.is_interleaved and fmt.is_big_endian
    assert fmt.bytes_per_frame == 2
    assert fmt.bytes_for_frames(4) == 16
    assert fmt.to_numpy_dtype() == np.dtype(">i2")
    assert "non-interleaved, big-endian" in repr(fmt)


def test_24_bit_has_no_numpy_dtype() -> None:
    with pytest.raises(ValueError, match="24-bit"):
        AudioFormat.pcm(44100.0, 2, 24).to_numpy_dtype()


def test_compressed_factories() -> None:
    assert AudioFormat.aac().frames_per_packet == 1024
    assert AudioFormat.alac(bits=24).format_flags == 3
    assert AudioFormat.flac(48000.0, 1).is_mono
    assert AudioFormat.aac().is_compressed and AudioFormat.aac().is_stereo
    with pytest.raises(ValueError, match="compressed"):
        AudioFormat.aac().to_numpy_dtype()
    with pytest.raises(ValueError, match="bytes per frame"):
        AudioFormat.aac().bytes_for_frames(1)


def test_aliases_and_factories_users_write() -> None:
    assert AudioStreamBasicDescription is AudioFormat
    assert AudioStreamBasicDescription.pcm_float32_stereo(44100.0).is_float
    assert AudioStreamBasicDescription.pcm_int16_stereo().bytes_for_frames(100) == 400
    fmt = AudioFormat(44100.0, 0x6C70636D, LinearPCMFlags.IS_SIGNED_INTEGER | LinearPCMFlags.IS_PACKED, 4, 1, 4, 2, 16)
    assert fmt.format_id == "lpcm" and fmt.format_id_int == 0x6C70636D
    assert fmt.to_dict()["format_id"] == "lpcm"
    assert fmt.replace(sample_rate=48000.0).sample_rate == 48000.0


@pytest.mark.parametrize(("kwargs", "error", "match"), [
    ({"sample_rate": -1.0}, ValueError, "sample_rate"),
    ({"sample_rate": float("nan")}, ValueError, "sample_rate"),
    ({"sample_rate": "44100"}, TypeError, "sample_rate"),
    ({"sample_rate": 44100.0, "format_id": "lpc"}, ValueError, "lpc"),
    ({"sample_rate": 44100.0, "format_flags": -1}, ValueError, "format_flags"),
    ({"sample_rate": 44100.0, "channels_per_frame": 2.0}, TypeError, "channels_per_frame"),
    ({"sample_rate": 44100.0, "channels_per_frame": 0}, ValueError, "channel"),
    ({"sample_rate": 44100.0, "bits_per_channel": 0}, ValueError, "bits_per_channel"),
])
def test_bad_input_is_named(kwargs, error, match) -> None:
    with pytest.raises(error, match=match):
        AudioFormat(**kwargs)


def test_bad_factory_input() -> None:
    with pytest.raises(ValueError, match="bits"):
        AudioFormat.pcm(44100.0, 2, 12)
    with pytest.raises(ValueError, match="channels"):
        AudioFormat.pcm(44100.0, 0)
    with pytest.raises(ValueError, match="40 bytes"):
        AudioFormat.from_asbd_bytes(b"\0" * 39)
    with pytest.raises(ValueError, match="ALAC"):
        AudioFormat.alac(bits=8)


# ---------------------------------------------------------------- structs


@given(st.floats(allow_nan=False), st.integers(0, 2**64 - 1), st.floats(allow_nan=False),
       st.integers(0, 2**64 - 1), u32, st.integers(0, 23), st.integers(0, 59))
def test_timestamp_round_trip(sample, host, rate, word, flags, hours, minutes) -> None:
    ts = AudioTimeStamp(sample, host, rate, word, SMPTETime(hours=hours, minutes=minutes), flags)
    assert AudioTimeStamp.from_cdata(ts.to_cdata()) == ts


def test_timestamp_flags() -> None:
    consts = facts.constants()
    assert AudioTimeStamp.SAMPLE_TIME_VALID == consts["kAudioTimeStampSampleTimeValid"]["value"]
    assert AudioTimeStamp.HOST_TIME_VALID == consts["kAudioTimeStampHostTimeValid"]["value"]
    assert AudioTimeStamp.SMPTE_TIME_VALID == consts["kAudioTimeStampSMPTETimeValid"]["value"]
    assert AudioTimeStamp.from_host_time(5).has_host_time
    assert not AudioTimeStamp.from_host_time(5).has_sample_time


def test_value_range_and_address() -> None:
    r = AudioValueRange(44100.0, 48000.0)
    assert AudioValueRange.from_cdata(r.to_cdata()) == r
    assert r.contains(48000.0) and not r.contains(96000.0)
    addr = AudioObjectPropertyAddress("nsrt", "outp", 0)
    assert addr.selector == 0x6E737274
    assert AudioObjectPropertyAddress.from_cdata(addr.to_cdata()) == addr
    assert repr(addr) == "AudioObjectPropertyAddress(selector='nsrt', scope='outp', element=0)"
    with pytest.raises(ValueError):
        AudioObjectPropertyAddress("toolong")


def test_component_description() -> None:
    d = AudioComponentDescription("aufx", "dely", "appl")
    c = ffi.new("AudioComponentDescription *", d.to_dict()) if _declared("AudioComponentDescription") else None
    if c is not None:
        assert AudioComponentDescription.from_cdata(c) == d
    assert repr(d) == "AudioComponentDescription(type='aufx', subtype='dely', manufacturer='appl')"


def _declared(name: str) -> bool:
    try:
        ffi.typeof(name)
    except ffi.error:
        return False
    return True


def test_packet_description() -> None:
    p = AudioStreamPacketDescription(10, 0, 371)
    c = ffi.new("AudioStreamPacketDescription *", p.to_dict())
    assert AudioStreamPacketDescription.from_cdata(c) == p


def test_buffer_list_is_sized_and_viewed_in_place() -> None:
    abl = AudioBufferList.allocate(3, 128)
    assert len(abl) == 3
    arrays = abl.arrays()
    assert [a.shape for a in arrays] == [(128, 1)] * 3
    arrays[2][:, 0] = np.arange(128, dtype=np.float32)
    again = AudioBufferList.from_pointer(abl.pointer).arrays()
    assert np.array_equal(again[2][:, 0], np.arange(128, dtype=np.float32))
    raw_size = ffi.offsetof("AudioBufferList", "mBuffers") + 3 * ffi.sizeof("AudioBuffer")
    assert raw_size == 8 + 3 * 16
    interleaved = AudioBufferList.allocate(1, 64, channels_per_buffer=2)
    assert interleaved.arrays()[0].shape == (64, 2)
    with pytest.raises(ValueError):
        AudioBufferList.allocate(0, 16)
