"""coremusic.audio.converter.AudioConverter, driven through the cffi-typed
AudioToolbox converter double (contract style: marshalling and plumbing, not
Apple's converters), plus its refusal on platforms without AudioToolbox."""

from __future__ import annotations

import gc
import sys
import weakref

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic.audio.converter import AudioConverter, ConvertedPackets
from coremusic.exceptions import AudioConverterError, PlatformNotSupportedError
from coremusic.formats import AudioFormat
from coremusic.structs import AudioStreamPacketDescription
from tests.doubles import FrameworkDouble
from tests.doubles.audioconverter import ConverterModel

I16 = AudioFormat.pcm_int16_stereo(44100.0)
F32 = AudioFormat.pcm_float32_stereo(44100.0)
F32_PLANAR = AudioFormat.pcm(44100.0, 2, 32, True, interleaved=False)
MONO_48K = AudioFormat.pcm(48000.0, 1, 16)
STEREO_24K = AudioFormat.pcm(24000.0, 2, 32, True)
FAKE = AudioFormat(44100.0, "fake", 0, 0, 4, 0, 2, 0)
FRAMES = np.array([[0, 16384], [-16384, 8192], [32767, -32768], [4, -4], [100, 200]], dtype="<i2")


@pytest.fixture
def model(framework_double) -> ConverterModel:
    return ConverterModel(framework_double("AudioToolbox"))


@pytest.mark.skipif(sys.platform == "darwin", reason="AudioToolbox exists on macOS")
def test_construction_raises_platform_not_supported_without_audiotoolbox() -> None:
    with pytest.raises(PlatformNotSupportedError) as info:
        AudioConverter(I16, F32)
    assert "AudioToolbox" in str(info.value)


def test_lifetime_repr_and_context_manager(model) -> None:
    with AudioConverter(I16, F32) as conv:
        handle = conv.handle
        assert not conv.closed and conv.source_format == I16 and conv.dest_format == F32
        assert "open" in repr(conv) and "'lpcm'" in repr(conv)
    assert conv.closed and model.converters[handle].disposed and "closed" in repr(conv)
    conv.close()  # idempotent
    with pytest.raises(ValueError, match="closed"):
        conv.convert(FRAMES)
    with pytest.raises(TypeError, match="AudioFormat"):
        AudioConverter("lpcm", F32)  # type: ignore[arg-type]


def test_dropped_converter_is_disposed_by_its_finalizer(model) -> None:
    conv = AudioConverter(I16, F32)
    handle = conv.handle
    ref = weakref.ref(conv)
    del conv
    gc.collect()
    assert ref() is None and model.converters[handle].disposed


def test_convert_numpy_and_bytes_same_rate(model) -> None:
    with AudioConverter(I16, F32) as conv:
        out = conv.convert(FRAMES)
        assert out.dtype == np.float32 and out.shape == (5, 2)
        np.testing.assert_array_equal(out, FRAMES / 32768.0)
        raw = conv.convert(FRAMES.tobytes())
        assert isinstance(raw, bytes) and np.frombuffer(raw, np.float32).size == 10
    with AudioConverter(I16, F32_PLANAR) as planar:
        np.testing.assert_array_equal(planar.convert(FRAMES), FRAMES / 32768.0)
        with pytest.raises(TypeError, match="interleaved"):
            planar.convert(FRAMES.tobytes())  # raw bytes cannot fill a per-channel layout


def test_convert_with_rate_and_channel_change(model) -> None:
    ramp = np.arange(1000, dtype="<i2").reshape(-1, 1)
    with AudioConverter(MONO_48K, STEREO_24K) as conv:
        out = conv.convert(ramp)
        assert out.shape == (500, 2) and out.dtype == np.float32
        np.testing.assert_allclose(out[:, 0], ramp[::2, 0] / 32768.0, rtol=1e-6)
        again = conv.convert(ramp)  # reset between conversions: same result
        np.testing.assert_array_equal(again, out)
        assert model.converters[conv.handle].resets >= 2


def test_convert_with_callback_old_signature_and_callable(model) -> None:
    with AudioConverter(MONO_48K, STEREO_24K) as conv:
        raw = np.arange(200, dtype="<i2").reshape(-1, 1)
        out = conv.convert_with_callback(raw.tobytes(), 200)
        assert isinstance(out, bytes) and len(out) == 100 * 2 * 4
        capped = conv.convert_with_callback(raw, 200, output_packet_count=30)
        assert capped.shape == (30, 2)
        with pytest.raises(ValueError, match="holds 200 packets"):
            conv.convert_with_callback(raw, 199)
        blocks = iter([raw[:64], raw[64:128], raw[128:]])
        pulled = conv.convert_with_callback(lambda n: next(blocks, None))
        assert pulled.shape == (100, 2)


def test_convert_blocks_streams_lazily_with_leftovers(model) -> None:
    model.pull_size = 48  # the converter asks for less than a block: the pump keeps the rest
    ramp = np.arange(3000, dtype="<i2").reshape(-1, 1)
    handed = []

    def source():
        for start in range(0, 3000, 1000):
            handed.append(start)
            yield ramp[start:start + 1000]

    with AudioConverter(MONO_48K, STEREO_24K) as conv:
        stream = conv.convert_blocks(source(), block_packets=256)
        first = next(stream)
        assert first.shape == (256, 2) and handed == [0]  # only the first block was needed so far
        rest = list(stream)
    out = np.concatenate([first, *rest])
    assert out.shape == (1500, 2) and handed == [0, 1000, 2000]
    np.testing.assert_allclose(out[:, 1], ramp[::2, 0] / 32768.0, rtol=1e-6)
    assert all(asked == 48 and got <= 48 for asked, got in model.pulls)


def test_convert_blocks_compressed_in_and_out(model) -> None:
    packets = [FRAMES[:4].tobytes(), FRAMES[4:].tobytes()]
    data = b"".join(packets)
    descriptions = [AudioStreamPacketDescription(0, 0, 16), AudioStreamPacketDescription(16, 1, 4)]
    with AudioConverter(FAKE, I16) as decoder:
        decoded = b"".join(decoder.convert_blocks([(data, descriptions)]))
        assert decoded == FRAMES.tobytes()
        with pytest.raises(TypeError, match="pairs"):
            list(decoder.convert_blocks([data]))
    with AudioConverter(I16, FAKE) as encoder:
        encoded = encoder.convert(np.concatenate([FRAMES, FRAMES]))
        assert isinstance(encoded, ConvertedPackets) and encoded.packet_count == 3
        assert [d.start_offset for d in encoded.packet_descriptions] == [0, 16, 32]
        assert encoded.data == np.concatenate([FRAMES, FRAMES]).tobytes()


def test_errors_are_precise(model) -> None:
    with AudioConverter(I16, F32) as conv:
        with pytest.raises(ValueError, match="whole number"):
            list(conv.convert_blocks([b"\x00" * 3], block_packets=8))
        with pytest.raises(ValueError, match="block_packets"):
            list(conv.convert_blocks([FRAMES], block_packets=0))
        assert list(conv.convert_blocks([])) == []
        with pytest.raises(AudioConverterError):
            conv.get_property("nope")
        conv.set_property("srcq", (127).to_bytes(4, "little"))
        assert conv.get_property("srcq") == (127).to_bytes(4, "little")
        conv.reset()


@settings(max_examples=20, deadline=None)
@given(st.lists(st.integers(-32768, 32767), min_size=1, max_size=64), st.integers(1, 50))
def test_streamed_equals_whole(samples: list[int], chunk: int) -> None:
    data = np.array(samples, dtype="<i2").reshape(-1, 1)
    with FrameworkDouble("AudioToolbox").installed() as double:
        ConverterModel(double)
        with AudioConverter(MONO_48K, STEREO_24K) as conv:
            whole = conv.convert(data)
            chunks = [data[i:i + chunk] for i in range(0, len(data), chunk)]
            streamed = list(conv.convert_blocks(chunks, block_packets=7))
    joined = np.concatenate(streamed) if streamed else np.zeros((0, 2), np.float32)
    np.testing.assert_array_equal(joined, whole)
    assert len(whole) == (len(data) + 1) // 2


@pytest.mark.parametrize("module", ["converter", "queue"])
def test_docstring_examples_run(module: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(f"coremusic.audio.{module}"), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted > 0
