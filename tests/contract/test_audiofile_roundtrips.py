"""Hypothesis round trips through the AudioToolbox double: whatever the sizes, offsets
and chunkings, the bytes, packets and samples coremusic marshals arrive intact."""

from __future__ import annotations

import io
import itertools
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from coremusic import capi
from coremusic.formats import AudioFormat
from coremusic.structs import AudioStreamPacketDescription
from tests.doubles import CoreFoundationDouble, FrameworkDouble
from tests.doubles.audiotoolbox import AudioToolboxFiles

CD = AudioFormat.pcm_int16_stereo(44100.0)
F32 = AudioFormat.pcm_float32_stereo(44100.0)
AAC = AudioFormat.aac(44100.0, 2)
SETTINGS = settings(max_examples=30, deadline=None)


@contextmanager
def toolbox() -> Iterator[AudioToolboxFiles]:
    """A fresh double per example (function-scoped fixtures don't reset between examples)."""
    cf = CoreFoundationDouble()
    with cf.installed(), FrameworkDouble("AudioToolbox").installed() as double:
        yield AudioToolboxFiles(double, cf)
    assert not cf.leaks()


@SETTINGS
@given(data=st.binary(min_size=0, max_size=600), start=st.integers(0, 700), count=st.integers(0, 700))
def test_read_bytes_through_python_callbacks(data: bytes, start: int, count: int) -> None:
    with toolbox():
        f = capi.audio_file_open_with_callbacks(io.BytesIO(CD.to_bytes() + data))
        assert capi.audio_file_read_bytes(f, start, count) == data[start:start + count]
        capi.audio_file_close(f)


@SETTINGS
@given(packets=st.lists(st.binary(min_size=1, max_size=40), min_size=1, max_size=12),
       first=st.integers(0, 12), count=st.integers(1, 12))
def test_vbr_packets_round_trip(packets: list[bytes], first: int, count: int) -> None:
    with toolbox() as atb:
        f = capi.audio_file_create_with_url("/out/a.caf", "caff", AAC)
        offsets = np.cumsum([0] + [len(p) for p in packets[:-1]])
        descs = [AudioStreamPacketDescription(int(o), 0, len(p)) for o, p in zip(offsets, packets, strict=True)]
        assert capi.audio_file_write_packets(f, 0, b"".join(packets), descs) == len(packets)
        got = capi.audio_file_read_packet_data(f, first, count)
        expected = packets[first:first + count]
        assert got.packet_count == len(expected)
        assert got.data == b"".join(expected)
        assert [d.data_byte_size for d in got.descriptions] == [len(p) for p in expected]
        assert atb.disk["/out/a.caf"].packets == packets
        capi.audio_file_close(f)


@SETTINGS
@given(body=st.binary(min_size=0, max_size=64).map(lambda b: b[: len(b) // 4 * 4]),
       cuts=st.lists(st.integers(0, 104), max_size=6))
def test_stream_packets_do_not_depend_on_chunking(body: bytes, cuts: list[int]) -> None:
    stream = CD.to_bytes() + body
    bounds = sorted({0, len(stream), *(c for c in cuts if c < len(stream))})
    received: list[bytes] = []
    with toolbox():
        s = capi.audio_file_stream_open(lambda *a: None, lambda data, n, d: received.append(data))
        for a, b in itertools.pairwise(bounds):
            capi.audio_file_stream_parse_bytes(s, stream[a:b])
        capi.audio_file_stream_close(s)
    assert b"".join(received) == body


@SETTINGS
@given(samples=st.lists(st.tuples(st.floats(-1.0, 1.0, width=32), st.floats(-1.0, 1.0, width=32)),
                        min_size=0, max_size=50),
       planar=st.booleans())
def test_ext_audio_file_float_round_trip(samples: list[tuple[float, float]], planar: bool) -> None:
    client = AudioFormat.pcm(44100.0, 2, 32, True, interleaved=not planar)
    block = np.array(samples, dtype=np.float32).reshape(-1, 2)
    with toolbox():
        out = capi.ext_audio_file_create_with_url("/out/x.wav", "WAVE", CD)
        capi.ext_audio_file_set_client_format(out, client)
        capi.ext_audio_file_write(out, block, client)
        capi.ext_audio_file_dispose(out)
        ext = capi.ext_audio_file_open_url("/out/x.wav")
        capi.ext_audio_file_set_client_format(ext, client)
        back = capi.ext_audio_file_read(ext, len(samples) + 3, client)
        capi.ext_audio_file_dispose(ext)
    assert back.shape == block.shape
    # through 16-bit storage: within one quantisation step
    np.testing.assert_allclose(back, block, atol=1.0 / 32768.0 + 1e-7)
