"""Contract tests of AudioFile.h through the cffi-typed AudioToolbox and CF doubles.

They prove marshalling (argument conversion, out-parameters, status mapping,
callback trampolines and their lifetime), not Apple's behaviour.
"""

from __future__ import annotations

import gc
import io
import sys
import weakref

import numpy as np
import pytest

from coremusic import capi
from coremusic._ffi import ffi
from coremusic.capi import _filecallbacks
from coremusic.exceptions import AudioFileError
from coremusic.formats import AudioFormat
from coremusic.structs import AudioStreamPacketDescription
from tests.doubles.audiotoolbox import AudioToolboxFiles

CD = AudioFormat.pcm_int16_stereo(44100.0)  # 4 bytes per packet
AAC = AudioFormat.aac(44100.0, 2)
PCM = bytes(range(256)) * 4  # 1024 bytes = 256 packets


@pytest.fixture
def atb(framework_double, cf) -> AudioToolboxFiles:
    return AudioToolboxFiles(framework_double("AudioToolbox"), cf)


def u32(value: int) -> bytes:
    return value.to_bytes(4, sys.byteorder)


# ------------------------------------------------------------------ open, read, properties


def test_open_url_read_and_close(atb, cf) -> None:
    atb.add_file("/music/take 1.wav", CD, PCM)
    f = capi.audio_file_open_url("/music/take 1.wav", "r", "WAVE")
    assert isinstance(f, int) and f in atb.open_files
    (_url, perm, hint, _out), = atb.double.called("AudioFileOpenURL")
    assert (perm, hint) == (1, 0x57415645)
    assert capi.audio_file_read_bytes(f, 4, 8) == PCM[4:12]
    # a short read at the end is data, not an error (kAudioFileEndOfFileError)
    assert capi.audio_file_read_bytes(f, 1020, 100) == PCM[1020:]
    assert AudioFormat.from_asbd_bytes(capi.audio_file_get_property(f, "dfmt")) == CD
    assert capi.audio_file_get_property_info(f, "dfmt") == (40, True)
    assert capi.audio_file_get_property_info(f, "pcnt") == (8, False)
    assert int.from_bytes(capi.audio_file_get_property(f, "pcnt"), sys.byteorder) == 256
    capi.audio_file_close(f)
    assert f in atb.closed
    assert not cf.leaks()  # the URL was released


def test_open_url_errors_carry_status_and_release_the_url(atb, cf) -> None:
    with pytest.raises(AudioFileError) as info:
        capi.audio_file_open_url("/missing.wav")
    assert info.value.status == -43  # kAudioFileFileNotFoundError
    assert info.value.operation == "AudioFileOpenURL"
    assert info.value.obj == "/missing.wav"
    atb.double.returns("AudioFileOpenURL", 0x7479703F)  # kAudioFileUnsupportedFileTypeError
    with pytest.raises(AudioFileError) as info:
        capi.audio_file_open_url("/music/x.xyz")
    assert info.value.fourcc == "typ?"
    assert not cf.leaks()


def test_create_write_read_back(atb, cf) -> None:
    f = capi.audio_file_create_with_url("/out/new.wav", "WAVE", CD, flags=1)
    created = atb.disk["/out/new.wav"]
    assert created.format == CD and created.file_type == 0x57415645
    samples = np.arange(16, dtype="<i2")  # 8 stereo frames
    assert capi.audio_file_write_bytes(f, 0, samples) == 32
    assert capi.audio_file_write_packets(f, 8, samples.tobytes(), packet_count=8) == 8
    assert bytes(created.data) == samples.tobytes() * 2
    got = capi.audio_file_read_packet_data(f, 2, 4, descriptions=False)
    assert got.packet_count == 4 and got.data == samples.tobytes()[8:24] and got.descriptions == []
    # max_bytes defaulted to packet_count * 'psze'
    assert atb.double.called("AudioFileGetProperty")[-1][1] == 0x7073_7A65
    capi.audio_file_set_property(f, "dfmt", CD.replace(sample_rate=48000.0))
    assert created.format.sample_rate == 48000.0
    capi.audio_file_set_property(f, "sbtd", b"\x01\x02")
    assert capi.audio_file_get_property(f, "sbtd") == b"\x01\x02"
    capi.audio_file_optimize(f)
    assert created.optimized
    capi.audio_file_close(f)
    assert not cf.leaks()


def test_read_packet_data_into_numpy_out(atb, cf) -> None:
    atb.add_file("/a.wav", CD, PCM)
    f = capi.audio_file_open_url("/a.wav")
    out = np.zeros(64, dtype=np.uint8)
    got = capi.audio_file_read_packet_data(f, 0, 100, out=out, descriptions=False)
    assert got.packet_count == 16  # out holds 64 bytes = 16 packets
    assert bytes(got.data) == PCM[:64] and bytes(out) == PCM[:64]
    with pytest.raises(ValueError, match="writable"):
        capi.audio_file_read_packet_data(f, 0, 1, out=b"read-only")
    with pytest.raises(ValueError, match="contiguous"):
        capi.audio_file_read_packet_data(f, 0, 1, out=np.zeros((8, 8), np.uint8)[:, ::2])
    capi.audio_file_close(f)


def test_vbr_packets_come_with_descriptions(atb, cf) -> None:
    packets = [b"a" * 5, b"bb" * 7, b"c" * 9]
    atb.add_file("/a.m4a", AAC, file_type="m4af", packets=packets)
    f = capi.audio_file_open_url("/a.m4a", 3, "m4af")
    got = capi.audio_file_read_packet_data(f, 0, 5)  # asks for more than there are
    assert got.packet_count == 3
    assert got.data == b"".join(packets)
    assert got.descriptions == [AudioStreamPacketDescription(0, 1024, 5),
                                AudioStreamPacketDescription(5, 1024, 14),
                                AudioStreamPacketDescription(19, 1024, 9)]
    old = capi.audio_file_read_packets(f, 1, 2)
    assert old.packet_count == 2 and old.data == packets[1] + packets[2]
    assert [d.data_byte_size for d in old.descriptions] == [14, 9]
    descs = [AudioStreamPacketDescription(0, 0, 3), AudioStreamPacketDescription(3, 0, 2)]
    assert capi.audio_file_write_packets(f, 3, b"xyzuv", descs) == 2
    assert atb.disk["/a.m4a"].packets[3:] == [b"xyz", b"uv"]
    with pytest.raises(ValueError, match="outside"):
        capi.audio_file_write_packets(f, 0, b"xy", [AudioStreamPacketDescription(0, 0, 3)])
    with pytest.raises(ValueError, match="packet_count"):
        capi.audio_file_write_packets(f, 0, b"xy")
    capi.audio_file_close(f)


def test_user_data(atb, cf) -> None:
    atb.add_file("/a.wav", CD, PCM)
    f = capi.audio_file_open_url("/a.wav", "rw")
    assert capi.audio_file_count_user_data(f, "LIST") == 0
    capi.audio_file_set_user_data(f, "LIST", 0, b"INFOISFT\x05\x00\x00\x00hello")
    capi.audio_file_set_user_data(f, 0x4C495354, 1, bytearray(b"second"))
    assert capi.audio_file_count_user_data(f, "LIST") == 2
    assert capi.audio_file_get_user_data_size(f, "LIST", 0) == 17
    assert capi.audio_file_get_user_data_size64(f, "LIST", 1) == 6
    assert capi.audio_file_get_user_data(f, "LIST", 0) == b"INFOISFT\x05\x00\x00\x00hello"
    assert capi.audio_file_get_user_data_at_offset(f, "LIST", 0, 4, 4) == b"ISFT"
    capi.audio_file_remove_user_data(f, "LIST", 0)
    assert capi.audio_file_count_user_data(f, "LIST") == 1
    with pytest.raises(AudioFileError) as info:
        capi.audio_file_remove_user_data(f, "LIST", 5)
    assert info.value.fourcc == "pty?" and info.value.operation == "AudioFileRemoveUserData"
    capi.audio_file_close(f)


def test_user_data_too_small_buffer_reports_bad_size(atb, cf) -> None:
    atb.add_file("/a.wav", CD, PCM)
    f = capi.audio_file_open_url("/a.wav")
    capi.audio_file_set_user_data(f, "LIST", 0, b"second")
    with pytest.raises(AudioFileError) as info:
        capi.audio_file_get_user_data(f, "LIST", 0, size=3)
    assert info.value.fourcc == "!siz"
    capi.audio_file_close(f)


def test_property_errors(atb, cf) -> None:
    atb.add_file("/a.wav", CD, PCM)
    f = capi.audio_file_open_url("/a.wav")
    with pytest.raises(AudioFileError) as info:
        capi.audio_file_get_property(f, "rgls")
    assert info.value.fourcc == "pty?" and info.value.operation == "AudioFileGetPropertyInfo"
    atb.double.returns("AudioFileSetProperty", 0x70726D3F)
    with pytest.raises(AudioFileError) as info:
        capi.audio_file_set_property(f, "dfmt", CD)
    assert info.value.status == 0x70726D3F
    atb.double.returns("AudioFileOptimize", 0x6F70746D)  # 'optm'
    with pytest.raises(AudioFileError):
        capi.audio_file_optimize(f)
    capi.audio_file_close(f)
    with pytest.raises(AudioFileError) as info:
        capi.audio_file_close(f)  # the double no longer knows it
    assert info.value.status == -38  # kAudioFileNotOpenError


def test_read_write_errors(atb, cf) -> None:
    atb.add_file("/a.wav", CD, PCM)
    f = capi.audio_file_open_url("/a.wav", "r")
    with pytest.raises(AudioFileError) as info:
        capi.audio_file_write_bytes(f, 0, b"\x00\x01")
    assert info.value.fourcc == "prm?"
    atb.double.returns("AudioFileReadBytes", -40)  # kAudioFilePositionError
    with pytest.raises(AudioFileError) as info:
        capi.audio_file_read_bytes(f, 10**9, 4)
    assert info.value.status == -40
    atb.double.returns("AudioFileReadPacketData", 0x7063_6B3F)  # 'pck?'
    with pytest.raises(AudioFileError, match="pck"):
        capi.audio_file_read_packet_data(f, 0, 1, 4)
    capi.audio_file_close(f)


def test_info_dictionary_is_converted_and_released(atb, cf) -> None:
    song = atb.add_file("/a.m4a", AAC, file_type="m4af", packets=[b"x"])
    song.info = {"title": "Blue in Green", "artist": "Bill Evans", "year": "1959"}
    f = capi.audio_file_open_url("/a.m4a")
    assert capi.audio_file_get_info_dictionary(f) == song.info
    assert not cf.leaks()  # the CFDictionary and its keys and values were released once
    capi.audio_file_close(f)


def test_global_info(atb) -> None:
    size = capi.audio_file_get_global_info_size("afrf")
    raw = capi.audio_file_get_global_info("afrf")
    assert size == len(raw) == 20
    types = [raw[i:i + 4] for i in range(0, 20, 4)]
    assert u32(0x57415645) in types  # 'WAVE'
    formats = capi.audio_file_get_global_info("fmid", u32(0x57415645))
    assert formats == u32(0x6C70636D) + u32(0x756C6177)  # 'lpcm', 'ulaw'
    with pytest.raises(AudioFileError) as info:
        capi.audio_file_get_global_info("zzzz", size=4)
    assert info.value.fourcc == "pty?"


# ------------------------------------------------------------------ deprecated FSRef variants


def test_fsref_variants(atb, cf) -> None:
    folder = atb.fsref_for("/Users/me/Music")
    new_ref, f = capi.audio_file_create(folder, "song.aif", "AIFF", CD.to_bytes())
    assert len(new_ref) == 80 and atb.fsrefs[new_ref] == "/Users/me/Music/song.aif"
    capi.audio_file_close(f)
    f2 = capi.audio_file_initialize(new_ref, "AIFF", CD, 1)
    capi.audio_file_close(f2)
    f3 = capi.audio_file_open(new_ref, 3, "AIFF")
    assert atb.open_files[f3].path == "/Users/me/Music/song.aif"
    capi.audio_file_close(f3)
    with pytest.raises(AudioFileError) as info:
        capi.audio_file_open(atb.fsref_for("/nowhere"))
    assert info.value.status == -43
    assert not cf.leaks()  # the CFString name was released


def test_fsref_arguments_are_checked(atb) -> None:
    with pytest.raises(ValueError, match="80 bytes"):
        capi.audio_file_open(b"short")
    with pytest.raises(TypeError, match="FSRef"):
        capi.audio_file_open("/path/as/str")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="file_name"):
        capi.audio_file_create(bytes(80), b"name", "AIFF", CD)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="40 bytes"):
        capi.audio_file_initialize(bytes(80), "AIFF", b"\x00" * 12)
    assert atb.double.calls == []


# ------------------------------------------------------------------ argument validation


def test_arguments_are_checked_before_c(atb) -> None:
    with pytest.raises(ValueError, match="NULL handle"):
        capi.audio_file_read_bytes(0, 0, 4)
    with pytest.raises(TypeError, match="integer handle"):
        capi.audio_file_close("file")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="start must be >= 0"):
        capi.audio_file_read_bytes(0x1000, -1, 4)
    with pytest.raises(ValueError, match="count must be >= 0"):
        capi.audio_file_read_bytes(0x1000, 0, -4)
    with pytest.raises(ValueError, match="packet_count"):
        capi.audio_file_read_packet_data(0x1000, 0, -1)
    with pytest.raises(ValueError, match="C-contiguous"):
        capi.audio_file_write_bytes(0x1000, 0, np.zeros((4, 4), np.int16)[:, ::2])
    with pytest.raises(TypeError, match="bytes-like"):
        capi.audio_file_set_user_data(0x1000, "LIST", 0, "text")
    with pytest.raises(ValueError, match="user_data_id"):
        capi.audio_file_count_user_data(0x1000, "LONGER")
    with pytest.raises(TypeError, match="property_id"):
        capi.audio_file_get_property(0x1000, 1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="permissions"):
        capi.audio_file_open_url("/a.wav", "x")
    with pytest.raises(ValueError, match="permissions"):
        capi.audio_file_open_url("/a.wav", 7)
    with pytest.raises(TypeError, match="path"):
        capi.audio_file_open_url(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="AudioFormat"):
        capi.audio_file_create_with_url("/a.wav", "WAVE", {"rate": 44100})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="AudioStreamPacketDescription"):
        capi.audio_file_write_packets(0x1000, 0, b"ab", [(0, 0, 2)])  # type: ignore[list-item]
    assert atb.double.calls == []


def test_marker_list_sizes() -> None:
    assert capi.num_audio_file_markers_to_num_bytes(0) == 8
    assert capi.num_audio_file_markers_to_num_bytes(3) == 8 + 3 * 40
    assert capi.num_bytes_to_num_audio_file_markers(8 + 3 * 40) == 3
    assert capi.num_bytes_to_num_audio_file_markers(4) == 0
    with pytest.raises(ValueError):
        capi.num_audio_file_markers_to_num_bytes(-1)


# ------------------------------------------------------------------ Python-backed files


def header_file(data: bytes = PCM, fmt: AudioFormat = CD) -> io.BytesIO:
    """The double's container: a 40-byte ASBD then the audio bytes."""
    return io.BytesIO(fmt.to_bytes() + data)


def test_open_with_callbacks_reads_through_python(atb, cf) -> None:
    source = header_file()
    f = capi.audio_file_open_with_callbacks(source, "caff")
    assert atb.open_files[f].format == CD
    assert capi.audio_file_read_bytes(f, 100, 6) == PCM[100:106]
    (_client, _read, write, _get_size, set_size, hint, _out), = atb.double.called("AudioFileOpenWithCallbacks")
    assert write == ffi.NULL and set_size == ffi.NULL  # a read-only source
    assert hint == 0x63616666
    capi.audio_file_close(f)
    assert f not in _filecallbacks.FILES


def test_file_callbacks_receive_decoded_values(atb, cf) -> None:
    store = bytearray(header_file().getvalue())
    calls: list[tuple[str, int, int]] = []

    def read(position: int, count: int) -> bytes:
        calls.append(("read", position, count))
        return bytes(store[position:position + count])

    def write(position: int, data: bytes) -> int:
        calls.append(("write", position, len(data)))
        store[position:position + len(data)] = data
        return len(data)

    def set_size(size: int) -> None:
        calls.append(("set_size", size, 0))
        del store[size:]

    cbs = capi.FileCallbacks(read, lambda: len(store), write, set_size)
    f = capi.audio_file_open_with_callbacks(cbs, "caff")
    assert capi.audio_file_write_bytes(f, 4, b"\xAA\xBB") == 2
    assert store[44:46] == b"\xAA\xBB"
    assert ("write", 44, 2) in calls and calls[0] == ("read", 0, 40 + len(PCM))
    capi.audio_file_close(f)


def test_initialize_with_callbacks_writes_into_a_python_buffer(atb, cf) -> None:
    buf = io.BytesIO(b"old contents that must go")
    f = capi.audio_file_initialize_with_callbacks(buf, "WAVE", CD, 0)
    assert buf.getvalue() == CD.to_bytes()  # truncated, then the header written
    capi.audio_file_write_bytes(f, 0, b"\x01\x02\x03\x04")
    assert buf.getvalue() == CD.to_bytes() + b"\x01\x02\x03\x04"
    capi.audio_file_close(f)
    with pytest.raises(ValueError, match="writable"):
        capi.audio_file_initialize_with_callbacks(capi.FileCallbacks(lambda p, n: b"", lambda: 0), "WAVE", CD)
    with pytest.raises(TypeError, match="file object"):
        capi.audio_file_open_with_callbacks(object())
    with pytest.raises(TypeError, match="callable"):
        capi.FileCallbacks("not callable", lambda: 0)  # type: ignore[arg-type]


def test_callback_exception_is_reraised_after_the_c_call(atb, cf) -> None:
    class Boom(RuntimeError):
        pass

    def read(position: int, count: int) -> bytes:
        raise Boom(f"disk gone at {position}")

    with pytest.raises(Boom, match="disk gone at 0") as info:
        capi.audio_file_open_with_callbacks(capi.FileCallbacks(read, lambda: 100))
    # C saw an error status, not the exception
    assert isinstance(info.value.__context__, AudioFileError)
    assert info.value.__context__.fourcc == "wht?"
    assert atb.double.errors == []  # nothing escaped into the double's C frames
    assert len(_filecallbacks.FILES) == 0


def test_callback_exception_during_read_and_bad_return_values(atb, cf) -> None:
    store = header_file().getvalue()
    mode = {"fail": False, "oversize": False}

    def read(position: int, count: int) -> bytes:
        if mode["fail"]:
            raise OSError("network lost")
        if mode["oversize"]:
            return b"x" * (count + 1)
        return store[position:position + count]

    f = capi.audio_file_open_with_callbacks(capi.FileCallbacks(read, lambda: len(store)))
    mode["fail"] = True
    with pytest.raises(OSError, match="network lost"):
        capi.audio_file_read_bytes(f, 0, 4)
    mode.update(fail=False, oversize=True)
    with pytest.raises(ValueError, match="returned 5 bytes for a request of 4"):
        capi.audio_file_read_bytes(f, 0, 4)
    mode["oversize"] = False
    assert capi.audio_file_read_bytes(f, 0, 4) == PCM[:4]  # still usable
    capi.audio_file_close(f)


def test_callbacks_live_while_open_and_are_freed_after_close(atb, cf) -> None:
    source = header_file()
    cbs = capi.FileCallbacks.from_file(source)
    ref = weakref.ref(cbs)
    f = capi.audio_file_open_with_callbacks(cbs)
    del cbs
    gc.collect()
    assert ref() is not None  # C still holds the client data
    assert capi.audio_file_read_bytes(f, 0, 2) == PCM[:2]  # and the trampolines still work
    capi.audio_file_close(f)
    gc.collect()
    assert ref() is None


def test_failed_close_keeps_the_callbacks(atb, cf) -> None:
    cbs = capi.FileCallbacks.from_file(header_file())
    f = capi.audio_file_open_with_callbacks(cbs)
    atb.double.returns("AudioFileClose", -38)
    with pytest.raises(AudioFileError):
        capi.audio_file_close(f)
    assert f in _filecallbacks.FILES  # AudioToolbox may still call them
    _filecallbacks.FILES.discard(f)


@pytest.mark.parametrize(("broken", "error", "message"), [
    ("get_size", ValueError, "get_size\\(\\) result must be >= 0"),
    ("set_size", PermissionError, "read-only medium"),
    ("write", ValueError, "bytes written"),
])
def test_every_file_proc_keeps_exceptions_out_of_c(atb, cf, broken, error, message) -> None:
    store = bytearray()

    def set_size(size: int) -> None:
        if broken == "set_size":
            raise PermissionError("read-only medium")
        del store[size:]

    def write(position: int, data: bytes) -> int:
        store[position:position + len(data)] = data
        return len(data) + 1 if broken == "write" else len(data)

    def get_size() -> int:
        return -1 if broken == "get_size" else len(store)

    cbs = capi.FileCallbacks(lambda p, n: bytes(store[p:p + n]), get_size, write, set_size)
    opener = (capi.audio_file_open_with_callbacks if broken == "get_size"
              else lambda c: capi.audio_file_initialize_with_callbacks(c, "WAVE", CD))
    if broken == "get_size":
        store.extend(CD.to_bytes())
    with pytest.raises(error, match=message):
        opener(cbs)
    assert atb.double.errors == []
    assert len(_filecallbacks.FILES) == 0
