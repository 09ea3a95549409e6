"""Contract tests of AudioFormat.h through the cffi-typed AudioToolbox and CF doubles
(specifier and in/out marshalling, CF ownership of returned names, status mapping)."""

from __future__ import annotations

import sys

import pytest

from coremusic import capi
from coremusic.exceptions import AudioFileError, CoreAudioError
from coremusic.formats import AudioFormat
from tests.doubles.audiotoolbox import AudioToolboxFiles

AAC_BARE = AudioFormat(44100.0, "aac ", 0, 0, 0, 0, 2, 0)


@pytest.fixture
def atb(framework_double, cf) -> AudioToolboxFiles:
    return AudioToolboxFiles(framework_double("AudioToolbox"), cf)


def test_raw_property_calls(atb) -> None:
    size = capi.audio_format_get_property_info("acof")
    raw = capi.audio_format_get_property("acof")
    assert size == len(raw) == 20
    assert int.from_bytes(raw[:4], sys.byteorder) == 0x6C70636D  # 'lpcm'
    # an explicit size skips the info query
    calls = len(atb.double.called("AudioFormatGetPropertyInfo"))
    assert capi.audio_format_get_property("fvbr", AAC_BARE.to_bytes(), 4) == (1).to_bytes(4, sys.byteorder)
    assert len(atb.double.called("AudioFormatGetPropertyInfo")) == calls
    # in/out property: the initial bytes reach C
    done = capi.audio_format_get_property("fmti", initial=AAC_BARE.to_bytes())
    assert AudioFormat.from_asbd_bytes(done).frames_per_packet == 1024


def test_typed_helpers(atb, cf) -> None:
    assert capi.audio_format_get_encode_format_ids() == ["lpcm", "aac ", "alac", "ima4", "ulaw"]
    assert ".mp3" in capi.audio_format_get_decode_format_ids()
    info = capi.audio_format_get_format_info(AAC_BARE)
    assert info == AAC_BARE.replace(frames_per_packet=1024)
    assert capi.audio_format_get_format_is_vbr(AudioFormat.aac()) is True
    assert capi.audio_format_get_format_is_vbr(AudioFormat.pcm()) is False
    name = capi.audio_format_get_format_name(AudioFormat.aac(48000.0, 1))
    assert name == "aac, 1 channels, 48000 Hz"
    assert not cf.leaks()  # the CFString the property returned was released once
    formats = capi.audio_format_get_format_list(AudioFormat.aac(), b"\x05\x10cookie")
    assert [f.format_id for f, _tag in formats] == ["aach", "aac "]
    assert all(tag == (101 << 16 | 2) for _f, tag in formats)


def test_format_errors_are_core_audio_errors(atb) -> None:
    with pytest.raises(CoreAudioError) as info:
        capi.audio_format_get_property_info("zzzz")
    assert info.value.fourcc == "prop" and not isinstance(info.value, AudioFileError)
    assert info.value.operation == "AudioFormatGetPropertyInfo"
    with pytest.raises(CoreAudioError) as info:
        capi.audio_format_get_property("fnam", b"short", 8)
    assert info.value.fourcc == "!spc"
    atb.double.returns("AudioFormatGetProperty", 0x77686174)  # kAudioFormatUnspecifiedError
    with pytest.raises(CoreAudioError) as info:
        capi.audio_format_get_encode_format_ids()
    assert info.value.fourcc == "what"


def test_format_arguments_are_checked(atb) -> None:
    with pytest.raises(TypeError, match="AudioFormat"):
        capi.audio_format_get_format_name(AAC_BARE.to_bytes())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="specifier"):
        capi.audio_format_get_property_info("fnam", "text")
    with pytest.raises(ValueError, match="initial holds 40 bytes"):
        capi.audio_format_get_property("fmti", size=4, initial=AAC_BARE.to_bytes())
    with pytest.raises(ValueError, match="property_id"):
        capi.audio_format_get_property("toolong")
    assert atb.double.calls == []
