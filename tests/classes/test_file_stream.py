"""coremusic.audio.file_stream.AudioFileStream through the AudioToolbox double (its "file" is
a 40-byte ASBD header followed by packets: fixed-size for PCM, UInt16-length-prefixed for
compressed formats), and its refusal without AudioToolbox."""

from __future__ import annotations

import gc
import struct
import sys
import weakref

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.audio.file_stream import AudioFileStream, ParsedPackets
from coremusic.exceptions import AudioFileError, PlatformNotSupportedError
from coremusic.formats import AudioFormat
from coremusic.structs import AudioStreamPacketDescription
from tests.doubles.audiotoolbox import AudioToolboxFiles

CD = AudioFormat.pcm_int16_stereo(44100.0)
AAC = AudioFormat.aac(44100.0, 2)


@pytest.fixture
def atb(framework_double, cf) -> AudioToolboxFiles:
    return AudioToolboxFiles(framework_double("AudioToolbox"), cf)


def vbr_stream(packets: list[bytes]) -> bytes:
    return AAC.to_bytes() + b"".join(struct.pack("<H", len(p)) + p for p in packets)


@pytest.mark.skipif(sys.platform == "darwin", reason="AudioToolbox exists on macOS")
def test_construction_raises_platform_not_supported_without_audiotoolbox() -> None:
    with pytest.raises(PlatformNotSupportedError, match="AudioToolbox"):
        AudioFileStream("MPG3")


def test_pcm_stream_properties_and_packets(atb) -> None:
    seen: list[tuple[str, object]] = []
    runs: list[ParsedPackets] = []
    data = CD.to_bytes() + bytes(range(40))  # 10 frames of 4 bytes
    with AudioFileStream("WAVE", on_property=lambda pid, v: seen.append((pid, v)), on_packets=runs.append) as s:
        assert s.format is None and not s.ready
        assert s.parse_bytes(data[:30]) == []  # header incomplete: nothing yet
        got = s.parse_bytes(data[30:50])  # header + 2.5 frames
        assert got == [ParsedPackets(bytes(range(8)), 2, [])]
        assert s.format == CD and s.ready and seen == [("dfmt", CD), ("redy", True)]
        rest = s.parse_bytes(data[50:])
        assert sum(r.packet_count for r in rest) == 8 and b"".join(r.data for r in rest) == bytes(range(8, 40))
        assert runs == got + rest and s.packets_parsed == 10
        assert s.properties == {"dfmt": CD, "redy": True}
        assert int.from_bytes(s.get_property("pcnt"), sys.byteorder) == 10
        assert s.seek(3) == (40 + 3 * 4, False)
        assert "packets_parsed=10" in repr(s)
    assert s.closed and "closed" in repr(s) and not atb.streams


def test_vbr_packets_come_with_descriptions(atb) -> None:
    packets = [b"a" * 5, b"bb" * 7, b"c"]
    with AudioFileStream("adts") as s:
        (run,) = s.parse_bytes(vbr_stream(packets))
        assert run.data == b"".join(packets) and run.packet_count == 3
        assert run.descriptions == [AudioStreamPacketDescription(0, 1024, 5), AudioStreamPacketDescription(5, 1024, 14),
                                    AudioStreamPacketDescription(19, 1024, 1)]
        assert s.seek(2)[1] is True  # VBR offsets are estimates
        s.parse_bytes(b"\x02\x00zz", discontinuity=True)
    assert atb.double.called("AudioFileStreamParseBytes")[-1][3] == 1  # kAudioFileStreamParseFlag_Discontinuity


def test_callback_errors_are_raised_by_parse_bytes(atb) -> None:
    def boom(parsed: ParsedPackets) -> None:
        raise RuntimeError("consumer failed")

    with AudioFileStream("adts", on_packets=boom) as s:
        with pytest.raises(RuntimeError, match="consumer failed"):
            s.parse_bytes(vbr_stream([b"x"]))


def test_argument_and_closed_errors(atb) -> None:
    with pytest.raises(TypeError, match="on_packets"):
        AudioFileStream(on_packets=3)  # type: ignore[arg-type]
    s = AudioFileStream()
    with pytest.raises(TypeError, match="bytes-like"):
        s.parse_bytes("abc")  # type: ignore[arg-type]
    with pytest.raises(AudioFileError):
        s.seek(0)  # no format yet: the parser refuses (kAudioFileStreamError_IllegalOperation)
    with pytest.raises(ValueError, match=">= 0"):
        s.seek(-1)
    s.close()
    s.close()
    for op in (lambda: s.parse_bytes(b""), lambda: s.seek(0), lambda: s.properties, lambda: s.handle):
        with pytest.raises(ValueError, match="closed"):
            op()


def test_dropped_stream_is_closed_and_its_callbacks_freed(atb) -> None:
    class Sink:
        def __call__(self, parsed: ParsedPackets) -> None:
            pass

    sink = Sink()
    sink_ref = weakref.ref(sink)
    s = AudioFileStream("adts", on_packets=sink)
    handle = s.handle
    s.parse_bytes(vbr_stream([b"p"]))
    del sink
    gc.collect()
    assert sink_ref() is not None  # kept alive while C can call it
    ref = weakref.ref(s)
    del s
    gc.collect()
    assert ref() is None and handle in atb.closed and sink_ref() is None


@settings(max_examples=30, deadline=None)
@given(st.lists(st.binary(min_size=1, max_size=40), min_size=1, max_size=12), st.integers(1, 23))
def test_any_chunking_yields_the_same_packets(packets, chunk) -> None:
    from tests.doubles import CoreFoundationDouble, FrameworkDouble

    data = vbr_stream(packets)
    cf = CoreFoundationDouble()
    with cf.installed(), FrameworkDouble("AudioToolbox").installed() as double:
        AudioToolboxFiles(double, cf)
        with AudioFileStream("adts") as s:
            runs = [r for i in range(0, len(data), chunk) for r in s.parse_bytes(data[i:i + chunk])]
    assert b"".join(r.data for r in runs) == b"".join(packets)
    sizes = [d.data_byte_size for r in runs for d in r.descriptions]
    assert sizes == [len(p) for p in packets]
