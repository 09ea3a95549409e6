"""Contract tests of AudioFileStream.h: the double parses and calls the Python callbacks
through the C trampolines coremusic gave it (marshalling, not Apple's parser)."""

from __future__ import annotations

import gc
import struct
import sys
import weakref
from typing import Any

import pytest

from coremusic import capi
from coremusic.capi import audiofilestream
from coremusic.exceptions import AudioFileError
from coremusic.formats import AudioFormat
from coremusic.structs import AudioStreamPacketDescription
from tests.doubles.audiotoolbox import AudioToolboxFiles

CD = AudioFormat.pcm_int16_stereo(44100.0)
AAC = AudioFormat.aac(44100.0, 2)


@pytest.fixture
def atb(framework_double, cf) -> AudioToolboxFiles:
    return AudioToolboxFiles(framework_double("AudioToolbox"), cf)


class Recorder:
    def __init__(self) -> None:
        self.properties: list[tuple[int, str, int]] = []
        self.formats: list[AudioFormat] = []
        self.packets: list[tuple[bytes, int, list[AudioStreamPacketDescription]]] = []

    def on_property(self, stream: int, property_id: str, flags: int) -> int | None:
        self.properties.append((stream, property_id, flags))
        if property_id == "dfmt":  # re-entrant: ask the stream from inside its callback
            self.formats.append(AudioFormat.from_asbd_bytes(capi.audio_file_stream_get_property(stream, "dfmt")))
            return 2  # kAudioFileStreamPropertyFlag_CacheProperty
        return None

    def on_packets(self, data: bytes, count: int, descriptions: list[AudioStreamPacketDescription]) -> None:
        self.packets.append((data, count, descriptions))


def test_parse_constant_bit_rate_stream_in_pieces(atb) -> None:
    rec = Recorder()
    s = capi.audio_file_stream_open(rec.on_property, rec.on_packets, "caff")
    assert atb.streams[s].hint == 0x63616666
    stream = CD.to_bytes() + bytes(range(10))  # 2 whole packets + 2 bytes
    capi.audio_file_stream_parse_bytes(s, stream[:30])  # header not complete yet
    assert rec.properties == []
    capi.audio_file_stream_parse_bytes(s, bytearray(stream[30:]))
    assert rec.properties == [(s, "dfmt", 0), (s, "redy", 0)]
    assert rec.formats == [CD]
    assert atb.streams[s].listener_flags == [("dfmt", 2), ("redy", 0)]  # the returned flags reached C
    assert rec.packets == [(bytes(range(8)), 2, [])]
    capi.audio_file_stream_parse_bytes(s, b"\x0a\x0b", flags=1)
    assert rec.packets[-1] == (bytes(range(8, 12)), 1, [])
    assert capi.audio_file_stream_get_property_info(s, "pcnt") == (8, False)
    assert int.from_bytes(capi.audio_file_stream_get_property(s, "pcnt"), sys.byteorder) == 3
    assert capi.audio_file_stream_seek(s, 10) == (40 + 40, 0)
    capi.audio_file_stream_close(s)
    assert s in atb.closed and s not in audiofilestream.STREAMS


def test_variable_bit_rate_packets_arrive_with_descriptions(atb) -> None:
    rec = Recorder()
    s = capi.audio_file_stream_open(rec.on_property, rec.on_packets)
    body = b"".join(struct.pack("<H", len(p)) + p for p in (b"abc", b"defgh"))
    capi.audio_file_stream_parse_bytes(s, AAC.to_bytes() + body)
    data, count, descs = rec.packets[0]
    assert (data, count) == (b"abcdefgh", 2)
    assert descs == [AudioStreamPacketDescription(0, 1024, 3), AudioStreamPacketDescription(3, 1024, 5)]
    assert capi.audio_file_stream_seek(s, 4) == (40 + 4 * 256, 1)  # the double's estimate
    capi.audio_file_stream_set_property(s, "dfmt", CD.to_bytes())
    assert atb.streams[s].format == CD
    capi.audio_file_stream_close(s)


def test_stream_errors(atb) -> None:
    rec = Recorder()
    s = capi.audio_file_stream_open(rec.on_property, rec.on_packets)
    with pytest.raises(AudioFileError) as info:
        capi.audio_file_stream_get_property(s, "dfmt")  # nothing parsed yet
    assert info.value.fourcc == "unk?" and info.value.operation == "AudioFileStreamGetPropertyInfo"
    with pytest.raises(AudioFileError) as info:
        capi.audio_file_stream_seek(s, 0)
    assert info.value.fourcc == "nope"
    with pytest.raises(AudioFileError, match="pty"):
        capi.audio_file_stream_set_property(s, "mgic", b"cookie")
    atb.double.returns("AudioFileStreamParseBytes", 0x6474613F)  # kAudioFileStreamError_InvalidFile
    with pytest.raises(AudioFileError) as info:
        capi.audio_file_stream_parse_bytes(s, b"garbage")
    assert info.value.fourcc == "dta?"
    capi.audio_file_stream_close(s)
    atb.double.returns("AudioFileStreamOpen", 0x7479703F)
    with pytest.raises(AudioFileError) as info:
        capi.audio_file_stream_open(rec.on_property, rec.on_packets, "MPG3")
    assert info.value.fourcc == "typ?"
    assert len(audiofilestream.STREAMS) == 0


def test_callback_exceptions_stay_out_of_c_and_are_reraised(atb) -> None:
    def on_packets(data: bytes, count: int, descs: Any) -> None:
        raise KeyError("consumer full")

    s = capi.audio_file_stream_open(lambda *a: None, on_packets)
    with pytest.raises(KeyError, match="consumer full"):
        capi.audio_file_stream_parse_bytes(s, CD.to_bytes() + bytes(8))
    assert atb.double.errors == []  # the double's C frames never saw it
    # a listener returning a non-flag value is reported the same way
    s2 = capi.audio_file_stream_open(lambda *a: "yes", lambda *a: None)
    with pytest.raises(TypeError, match="UInt32 flags"):
        capi.audio_file_stream_parse_bytes(s2, CD.to_bytes())
    capi.audio_file_stream_close(s)
    capi.audio_file_stream_close(s2)


def test_stream_callbacks_lifetime(atb) -> None:
    rec = Recorder()
    ref = weakref.ref(rec)
    s = capi.audio_file_stream_open(rec.on_property, rec.on_packets)
    del rec
    gc.collect()
    assert ref() is not None
    capi.audio_file_stream_parse_bytes(s, CD.to_bytes())
    assert ref().properties[0][1] == "dfmt"  # type: ignore[union-attr]
    capi.audio_file_stream_close(s)
    gc.collect()
    assert ref() is None


def test_stream_arguments_are_checked(atb) -> None:
    with pytest.raises(TypeError, match="property_listener"):
        capi.audio_file_stream_open(None, lambda *a: None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="packets"):
        capi.audio_file_stream_open(lambda *a: None, 3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="NULL handle"):
        capi.audio_file_stream_parse_bytes(0, b"x")
    with pytest.raises(TypeError, match="bytes-like"):
        capi.audio_file_stream_parse_bytes(0x1000, "text")
    with pytest.raises(ValueError, match="packet_offset"):
        capi.audio_file_stream_seek(0x1000, 2**63)
    with pytest.raises(ValueError, match="flags"):
        capi.audio_file_stream_parse_bytes(0x1000, b"x", flags=-1)
    assert atb.double.calls == []
