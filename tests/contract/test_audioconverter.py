"""Contract tests of AudioConverter.h through the cffi-typed AudioToolbox double.

The double converts linear PCM with numpy and pulls input through the input
proc trampoline as AudioToolbox does; it proves marshalling, callback plumbing
and error mapping, not Apple's converters.
"""

from __future__ import annotations

import gc
import struct
import weakref

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic import capi
from coremusic.exceptions import AudioConverterError
from coremusic.formats import AudioFormat
from coremusic.structs import AudioStreamPacketDescription
from tests.doubles.audioconverter import (
    BAD_PROPERTY_SIZE,
    INVALID_OUTPUT_SIZE,
    PROPERTY_NOT_SUPPORTED,
    ConverterModel,
)

I16 = AudioFormat.pcm_int16_stereo(44100.0)
F32 = AudioFormat.pcm_float32_stereo(44100.0)
F32_PLANAR = AudioFormat.pcm(44100.0, 2, 32, True, interleaved=False)
MONO_48K = AudioFormat.pcm(48000.0, 1, 16)
STEREO_24K = AudioFormat.pcm(24000.0, 2, 32, True)
FAKE = AudioFormat(44100.0, "fake", 0, 0, 4, 0, 2, 0)  # the double's codec: 4 frames per packet
FRAMES = np.array([[0, 16384], [-16384, 8192], [32767, -32768], [4, -4], [100, 200]], dtype="<i2")


@pytest.fixture
def model(framework_double) -> ConverterModel:
    return ConverterModel(framework_double("AudioToolbox"))


def _assert_error(info: pytest.ExceptionInfo[AudioConverterError], status: int, operation: str) -> None:
    assert isinstance(info.value, AudioConverterError)
    assert info.value.status == status
    assert info.value.operation == operation


# ---------------------------------------------------------------- lifetime and properties


def test_new_reset_dispose(model) -> None:
    conv = capi.audio_converter_new(I16, F32)
    fake = model.converters[conv]
    assert (fake.src, fake.dst) == (I16, F32)
    capi.audio_converter_reset(conv)
    assert fake.resets == 1
    capi.audio_converter_dispose(conv)
    assert fake.disposed


def test_new_accepts_asbd_bytes_and_maps_errors(model) -> None:
    conv = capi.audio_converter_new(I16.to_bytes(), F32.to_bytes())
    assert model.converters[conv].dst == F32
    with pytest.raises(AudioConverterError) as info:
        capi.audio_converter_new(I16, AudioFormat.aac())
    _assert_error(info, int.from_bytes(b"fmt?", "big"), "AudioConverterNew")
    assert info.value.fourcc == "fmt?"
    with pytest.raises(ValueError, match="40 bytes"):
        capi.audio_converter_new(b"\x00" * 12, F32)
    with pytest.raises(TypeError, match="AudioFormat"):
        capi.audio_converter_new(44100, F32)  # type: ignore[arg-type]


def test_new_specific_passes_class_descriptions(model) -> None:
    conv = capi.audio_converter_new_specific(F32, FAKE, [("aenc", "fake", "appl"), (1, 2, 3)])
    assert model.converters[conv].codecs == [(0x61656E63, 0x66616B65, 0x6170706C), (1, 2, 3)]
    with pytest.raises(ValueError, match="at least one"):
        capi.audio_converter_new_specific(F32, FAKE, [])
    with pytest.raises(TypeError, match="tuple"):
        capi.audio_converter_new_specific(F32, FAKE, ["aenc"])  # type: ignore[list-item]


def test_properties(model) -> None:
    conv = capi.audio_converter_new(I16, F32)
    assert capi.audio_converter_get_property_info(conv, "acid") == (40, False)
    assert capi.audio_converter_get_property_info(conv, "srcq") == (4, True)
    assert AudioFormat.from_asbd_bytes(capi.audio_converter_get_property(conv, "acod")) == F32
    capi.audio_converter_set_property(conv, "srcq", struct.pack("=I", 127))
    assert capi.audio_converter_get_property(conv, "srcq", 4) == struct.pack("=I", 127)
    # 'cobs' reads its argument (an input size) from the buffer
    out = capi.audio_converter_get_property(conv, "cobs", 4, value=struct.pack("=I", 400))
    assert struct.unpack("=I", out)[0] == 800
    with pytest.raises(AudioConverterError) as info:
        capi.audio_converter_get_property(conv, "what")
    _assert_error(info, PROPERTY_NOT_SUPPORTED, "AudioConverterGetPropertyInfo")
    with pytest.raises(AudioConverterError) as info:
        capi.audio_converter_set_property(conv, "srcq", b"\x01")
    _assert_error(info, BAD_PROPERTY_SIZE, "AudioConverterSetProperty")
    with pytest.raises(AudioConverterError) as info:
        capi.audio_converter_get_property(conv, "acod", 8)
    _assert_error(info, BAD_PROPERTY_SIZE, "AudioConverterGetProperty")


def test_closed_handle_is_refused(model) -> None:
    with pytest.raises(ValueError, match="NULL handle"):
        capi.audio_converter_reset(0)
    with pytest.raises(TypeError, match="integer handle"):
        capi.audio_converter_dispose("conv")  # type: ignore[arg-type]
    assert model.double.calls == []


# ---------------------------------------------------------------- simple conversions


def test_convert_buffer_sizes_output_with_cobs(model) -> None:
    conv = capi.audio_converter_new(I16, F32)
    out = capi.audio_converter_convert_buffer(conv, FRAMES.tobytes())
    np.testing.assert_array_equal(np.frombuffer(out, np.float32).reshape(-1, 2), FRAMES / 32768.0)
    names = [n for n, _ in model.double.calls]
    assert names[-2:] == ["AudioConverterGetProperty", "AudioConverterConvertBuffer"]
    out = capi.audio_converter_convert_buffer(conv, FRAMES, output_size=40)  # numpy input
    assert len(out) == 40
    with pytest.raises(AudioConverterError) as info:
        capi.audio_converter_convert_buffer(conv, FRAMES.tobytes(), output_size=8)
    _assert_error(info, INVALID_OUTPUT_SIZE, "AudioConverterConvertBuffer")
    with pytest.raises(TypeError, match="bytes-like"):
        capi.audio_converter_convert_buffer(conv, "samples")


def test_convert_complex_buffer_interleaved_to_planar(model) -> None:
    conv = capi.audio_converter_new(I16, F32_PLANAR)
    out = capi.audio_converter_convert_complex_buffer(conv, FRAMES, I16, F32_PLANAR)
    assert out.dtype == np.float32 and out.shape == (5, 2)
    np.testing.assert_array_equal(out, FRAMES / 32768.0)
    # interleaved in: one buffer; planar out: one buffer per channel
    assert model.complex_calls == [(5, [20], [20, 20])]
    raw = capi.audio_converter_convert_complex_buffer(conv, FRAMES.tobytes(), I16, F32_PLANAR, as_bytes=True)
    assert raw == (FRAMES[:, 0] / 32768.0).astype(np.float32).tobytes() + \
        (FRAMES[:, 1] / 32768.0).astype(np.float32).tobytes()
    with pytest.raises(ValueError, match="shape"):
        capi.audio_converter_convert_complex_buffer(conv, np.zeros((3, 3), "<i2"), I16, F32_PLANAR)
    with pytest.raises(TypeError, match="dtype"):
        capi.audio_converter_convert_complex_buffer(conv, np.zeros((3, 2), np.float32), I16, F32_PLANAR)
    with pytest.raises(ValueError, match="linear PCM"):
        capi.audio_converter_convert_complex_buffer(conv, FRAMES, I16, AudioFormat.aac())


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.integers(-32768, 32767), st.integers(-32768, 32767)), max_size=40))
def test_int16_float_round_trip(frames: list[tuple[int, int]]) -> None:
    from tests.doubles import FrameworkDouble

    data = np.array(frames, dtype="<i2").reshape(-1, 2)
    with FrameworkDouble("AudioToolbox").installed() as double:
        ConverterModel(double)
        to_float = capi.audio_converter_new(I16, F32)
        back = capi.audio_converter_new(F32, I16)
        floats = capi.audio_converter_convert_complex_buffer(to_float, data, I16, F32)
        again = capi.audio_converter_convert_complex_buffer(back, floats, F32, I16)
    np.testing.assert_array_equal(again, data)


# ---------------------------------------------------------------- pulling conversions


def test_fill_complex_buffer_resamples_and_maps_channels(model) -> None:
    conv = capi.audio_converter_new(MONO_48K, STEREO_24K)
    ramp = np.arange(1000, dtype="<i2").reshape(-1, 1)
    blocks = iter([ramp[i:i + 256] for i in range(0, 1000, 256)])
    asked: list[int] = []

    def feed(n: int):
        asked.append(n)
        return next(blocks, None)

    first = capi.audio_converter_fill_complex_buffer(conv, feed, MONO_48K, STEREO_24K, 300)
    assert first.packet_count == 300 and first.packet_descriptions == ()
    assert first.data.shape == (300, 2) and first.data.dtype == np.float32
    expected = ramp[0:600:2, 0] / 32768.0
    np.testing.assert_allclose(first.data[:, 0], expected, rtol=1e-6)
    np.testing.assert_array_equal(first.data[:, 0], first.data[:, 1])
    assert asked and all(n == 256 for n in asked)
    rest = capi.audio_converter_fill_complex_buffer(conv, feed, MONO_48K, STEREO_24K, 300)
    assert rest.packet_count == 200  # 1000 input frames -> 500 output frames in all
    done = capi.audio_converter_fill_complex_buffer(conv, feed, MONO_48K, STEREO_24K, 300)
    assert done.packet_count == 0 and done.data.shape == (0, 2)


def test_fill_complex_buffer_planar_source_and_bytes_output(model) -> None:
    conv = capi.audio_converter_new(F32_PLANAR, I16)
    samples = (FRAMES / 32768.0).astype(np.float32)
    chunks = iter([samples])
    out = capi.audio_converter_fill_complex_buffer(conv, lambda n: next(chunks, None), F32_PLANAR, I16, 16,
                                                   as_bytes=True)
    assert out.packet_count == 5 and out.data == FRAMES.tobytes()


def test_fill_complex_buffer_compressed_input_uses_packet_descriptions(model) -> None:
    conv = capi.audio_converter_new(FAKE, I16)
    packet1, packet2 = FRAMES[:4].tobytes(), FRAMES[4:].tobytes()
    payload = b"junk" + packet1 + packet2
    descriptions = [AudioStreamPacketDescription(4, 0, len(packet1)), (4 + len(packet1), 1, len(packet2))]
    sent = iter([(payload, descriptions)])
    out = capi.audio_converter_fill_complex_buffer(conv, lambda n: next(sent, None), FAKE, I16, 10)
    assert out.packet_count == 5
    np.testing.assert_array_equal(out.data, FRAMES)


def test_fill_complex_buffer_compressed_output(model) -> None:
    conv = capi.audio_converter_new(I16, FAKE)
    blocks = iter([FRAMES, FRAMES])
    out = capi.audio_converter_fill_complex_buffer(conv, lambda n: next(blocks, None), I16, FAKE, 3)
    assert out.packet_count == 3  # 10 frames in 4-frame packets: 4 + 4 + 2
    assert [d.data_byte_size for d in out.packet_descriptions] == [16, 16, 8]
    assert [d.start_offset for d in out.packet_descriptions] == [0, 16, 32]
    assert out.packet_descriptions[2].variable_frames_in_packet == 2
    assert out.data == np.concatenate([FRAMES, FRAMES]).tobytes()
    # the output buffer was sized from the converter's maximum packet size ('xops')
    assert any(args[1] == 0x786F7073 for args in model.double.called("AudioConverterGetProperty"))
    again = capi.audio_converter_fill_complex_buffer(conv, lambda n: None, I16, FAKE, 3, max_output_packet_size=4)
    assert again.packet_count == 0


def test_input_proc_exception_is_reraised_after_the_call(model) -> None:
    conv = capi.audio_converter_new(I16, F32)

    def broken(n: int):
        raise RuntimeError("decoder fell over")

    with pytest.raises(RuntimeError, match="fell over") as info:
        capi.audio_converter_fill_complex_buffer(conv, broken, I16, F32, 8)
    assert isinstance(info.value.__context__, AudioConverterError)
    assert info.value.__context__.fourcc == "what"
    assert model.pull_statuses == [capi.audioconverter.INPUT_PROC_ERROR]


def test_input_proc_bad_data_is_reported_precisely(model) -> None:
    conv = capi.audio_converter_new(I16, F32)
    with pytest.raises(ValueError, match="frames for a request of 256"):
        capi.audio_converter_fill_complex_buffer(conv, lambda n: np.zeros((n + 1, 2), "<i2"), I16, F32, 8)
    with pytest.raises(TypeError, match="dtype"):
        capi.audio_converter_fill_complex_buffer(conv, lambda n: np.zeros((4, 2), "f8"), I16, F32, 8)
    with pytest.raises(ValueError, match="only for compressed"):
        capi.audio_converter_fill_complex_buffer(conv, lambda n: (FRAMES, [(0, 0, 4)]), I16, F32, 8)
    fake = capi.audio_converter_new(FAKE, I16)
    with pytest.raises(ValueError, match="needs packet descriptions"):
        capi.audio_converter_fill_complex_buffer(fake, lambda n: b"abcd", FAKE, I16, 8)
    with pytest.raises(ValueError, match="past the end"):
        capi.audio_converter_fill_complex_buffer(fake, lambda n: (b"abcd", [(0, 0, 8)]), FAKE, I16, 8)
    with pytest.raises(TypeError, match="callable"):
        capi.audio_converter_fill_complex_buffer(conv, None, I16, F32, 8)  # type: ignore[arg-type]


def test_input_proc_and_its_data_live_while_c_holds_them(model) -> None:
    conv = capi.audio_converter_new(I16, F32)

    class Source:
        def __init__(self) -> None:
            self.blocks = [FRAMES.copy(), FRAMES.copy()]

        def __call__(self, n: int):
            return self.blocks.pop() if self.blocks else None

    source = Source()
    ref = weakref.ref(source)
    model.before_pull = gc.collect  # collect garbage while C holds the trampoline and data
    out = capi.audio_converter_fill_complex_buffer(conv, source, I16, F32, 20)
    del source
    assert out.packet_count == 10
    np.testing.assert_array_equal(out.data, np.concatenate([FRAMES, FRAMES]) / 32768.0)
    gc.collect()
    assert ref() is None  # nothing keeps the input proc once the call returned


def test_fill_buffer_pulls_bytes(model) -> None:
    conv = capi.audio_converter_new(I16, F32)
    chunks = iter([FRAMES[:2].tobytes(), FRAMES[2:].tobytes()])
    out = capi.audio_converter_fill_buffer(conv, lambda n: next(chunks, None), 64)
    np.testing.assert_array_equal(np.frombuffer(out, np.float32).reshape(-1, 2), FRAMES / 32768.0)
    assert model.pulls[0] == (32, 8)  # asked for 64 output bytes' worth of input

    def broken(n: int):
        raise KeyError("no more")

    with pytest.raises(KeyError):
        capi.audio_converter_fill_buffer(conv, broken, 64)


@pytest.mark.parametrize("module", ["audioconverter", "audioqueue", "audioqueue_callbacks", "audioqueue_tap",
                                    "audioservices"])
def test_docstring_examples_run(module: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(f"coremusic.capi.{module}"), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
