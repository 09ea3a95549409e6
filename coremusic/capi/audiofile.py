"""AudioFile.h: audio files by URL, by (deprecated) FSRef, or through Python callbacks.

Every C function of ``AudioToolbox/AudioFile.h`` has one snake_case function
here.  ``AudioFileID`` values are ``int`` handles; paths are ``str`` or
``os.PathLike`` (the ``CFURLRef`` is made and released inside the call);
FourCC arguments (file types, property IDs, user-data IDs) accept ``str`` or
``int``; property getters return ``bytes``.

The deprecated FSRef variants take the raw 80-byte ``FSRef`` as ``bytes``
(``FSRef`` is opaque; obtain one from another API).

Files backed by Python (``audio_file_open_with_callbacks`` and
``audio_file_initialize_with_callbacks``) call back into Python through C
trampolines; their state is held by a registry entry tied to the
``AudioFileID`` until :func:`audio_file_close`.  An exception raised by a
callback never crosses into C: the trampoline returns an error status to
AudioToolbox and the exception is re-raised in Python when the C call returns.

Example
-------
>>> from coremusic import capi                                     # doctest: +SKIP
>>> f = capi.audio_file_open_url("song.wav")                       # doctest: +SKIP
>>> asbd = capi.audio_file_get_property(f, "dfmt")                 # doctest: +SKIP
>>> capi.audio_file_read_bytes(f, 0, 1024)[:4]                     # doctest: +SKIP
b'\\x00\\x00\\x01\\x00'
>>> capi.audio_file_close(f)                                       # doctest: +SKIP
"""

from __future__ import annotations

import os
import sys
from typing import Any, NamedTuple

from coremusic._ffi import ffi
from coremusic.capi import cf
from coremusic.capi._base import as_pointer, call, handle_of
from coremusic.capi._filecallbacks import FILES, FileCallbacks, open_with_callbacks
from coremusic.capi._toolbox import (
    FSREF_SIZE,
    asbd_arg,
    buffer_arg,
    call_guarded,
    fourcc_arg,
    fsref_arg,
    int_arg,
    nonneg64,
    path_arg,
    property_bytes,
    u32,
)
from coremusic.exceptions import CoreAudioError
from coremusic.formats import AudioFormat
from coremusic.structs import AudioStreamPacketDescription

__all__ = [
    "FileCallbacks",
    "PacketData",
    "audio_file_close",
    "audio_file_count_user_data",
    "audio_file_create",
    "audio_file_create_with_url",
    "audio_file_get_global_info",
    "audio_file_get_global_info_size",
    "audio_file_get_info_dictionary",
    "audio_file_get_property",
    "audio_file_get_property_info",
    "audio_file_get_user_data",
    "audio_file_get_user_data_at_offset",
    "audio_file_get_user_data_size",
    "audio_file_get_user_data_size64",
    "audio_file_initialize",
    "audio_file_initialize_with_callbacks",
    "audio_file_open",
    "audio_file_open_url",
    "audio_file_open_with_callbacks",
    "audio_file_optimize",
    "audio_file_read_bytes",
    "audio_file_read_packet_data",
    "audio_file_read_packets",
    "audio_file_remove_user_data",
    "audio_file_set_property",
    "audio_file_set_user_data",
    "audio_file_write_bytes",
    "audio_file_write_packets",
    "num_audio_file_markers_to_num_bytes",
    "num_bytes_to_num_audio_file_markers",
]

_MAX_PACKET_SIZE = 0x7073_7A65  # kAudioFilePropertyMaximumPacketSize 'psze'
_INFO_DICTIONARY = 0x696E_666F  # kAudioFilePropertyInfoDictionary 'info'


def _file(audio_file: Any) -> Any:
    return as_pointer("AudioFileID", audio_file, "audio_file")


def _checked(name: str, audio_file: int, *args: Any) -> None:
    call_guarded(FILES.get(audio_file), name, *args)


def audio_file_open_with_callbacks(source: FileCallbacks | Any, file_type_hint: str | int = 0) -> int:
    """``AudioFileOpenWithCallbacks``: open audio data that Python code provides.

    Parameters
    ----------
    source : FileCallbacks or binary file object
        The data: explicit callables, or a seekable file object (read-only
        unless ``source`` is :class:`FileCallbacks` with write and set_size).
    file_type_hint : str or int
        ``'WAVE'``, ``'caff'`` ... or 0 to let AudioToolbox guess.

    Returns
    -------
    int
        The ``AudioFileID`` handle; the callbacks stay alive until
        :func:`audio_file_close`.

    Example
    -------
    >>> f = audio_file_open_with_callbacks(io.BytesIO(wav_bytes), "WAVE")   # doctest: +SKIP
    """
    hint = fourcc_arg(file_type_hint, "file_type_hint")
    return open_with_callbacks("AudioFileOpenWithCallbacks", source, False, hint)


def audio_file_initialize_with_callbacks(source: FileCallbacks | Any, file_type: str | int,
                                         fmt: AudioFormat | bytes, flags: int = 0) -> int:
    """``AudioFileInitializeWithCallbacks``: create a new audio file in Python-provided storage.

    ``source`` must be writable: :class:`FileCallbacks` with all four
    callables, or a binary file object with ``write`` and ``truncate``.

    Example
    -------
    >>> buf = io.BytesIO()                                                  # doctest: +SKIP
    >>> f = audio_file_initialize_with_callbacks(buf, "WAVE", AudioFormat.pcm())  # doctest: +SKIP
    """
    ftype = fourcc_arg(file_type, "file_type")
    return open_with_callbacks("AudioFileInitializeWithCallbacks", source, True, ftype, asbd_arg(fmt),
                           u32(flags, "flags"))


# ------------------------------------------------------------------ create / open / close


def audio_file_create_with_url(path: str | os.PathLike[str], file_type: str | int,
                               fmt: AudioFormat | bytes, flags: int = 0) -> int:
    """``AudioFileCreateWithURL``: create (``flags=1`` erases an existing) file.

    Parameters
    ----------
    path : str or os.PathLike
        Where to create the file.
    file_type : str or int
        ``'WAVE'``, ``'AIFF'``, ``'caff'``, ``'m4af'`` ...
    fmt : AudioFormat or bytes
        The data format (an :class:`~coremusic.formats.AudioFormat` or the
        40 bytes of an ASBD).
    flags : int
        ``kAudioFileFlags_EraseFile`` (1), ``..._DontPageAlignAudioData`` (2).

    Returns
    -------
    int
        The ``AudioFileID`` handle.

    Example
    -------
    >>> f = audio_file_create_with_url("out.wav", "WAVE", AudioFormat.pcm(), 1)  # doctest: +SKIP
    """
    path = path_arg(path)
    ftype = fourcc_arg(file_type, "file_type")
    asbd = asbd_arg(fmt)
    out = ffi.new("AudioFileID *")
    with cf.owned(cf.url_from_path(path)) as url:
        call("AudioFileCreateWithURL", url, ftype, asbd, u32(flags, "flags"), out, obj=os.fspath(path))
    return handle_of(out[0])


def audio_file_create(parent: bytes, file_name: str, file_type: str | int,
                      fmt: AudioFormat | bytes, flags: int = 0) -> tuple[bytes, int]:
    """``AudioFileCreate`` (deprecated since macOS 10.6): create ``file_name`` in the
    folder ``parent`` (80 FSRef bytes).

    Returns
    -------
    (bytes, int)
        The new file's FSRef bytes and its ``AudioFileID`` handle.

    Example
    -------
    >>> new_ref, f = audio_file_create(folder_ref, "a.aif", "AIFF", AudioFormat.pcm())  # doctest: +SKIP
    """
    parent_ptr, _keep = fsref_arg(parent, "parent")
    if not isinstance(file_name, str):
        raise TypeError(f"file_name must be a str, not {type(file_name).__name__}")
    ftype = fourcc_arg(file_type, "file_type")
    asbd = asbd_arg(fmt)
    new_ref = ffi.new(f"char[{FSREF_SIZE}]")
    out = ffi.new("AudioFileID *")
    with cf.owned(cf.string(file_name)) as name:
        call("AudioFileCreate", parent_ptr, name, ftype, asbd, u32(flags, "flags"),
             ffi.cast("struct FSRef *", new_ref), out, obj=file_name)
    return bytes(ffi.buffer(new_ref, FSREF_SIZE)), handle_of(out[0])


def audio_file_initialize(file_ref: bytes, file_type: str | int, fmt: AudioFormat | bytes,
                          flags: int = 0) -> int:
    """``AudioFileInitialize`` (deprecated since macOS 10.6): overwrite an existing
    file (80 FSRef bytes) with an empty audio file.

    Example
    -------
    >>> f = audio_file_initialize(file_ref, "WAVE", AudioFormat.pcm())   # doctest: +SKIP
    """
    ref, _keep = fsref_arg(file_ref, "file_ref")
    ftype = fourcc_arg(file_type, "file_type")
    out = ffi.new("AudioFileID *")
    call("AudioFileInitialize", ref, ftype, asbd_arg(fmt), u32(flags, "flags"), out)
    return handle_of(out[0])


def _permissions(value: Any) -> int:
    if isinstance(value, str):
        table = {"r": 1, "w": 2, "rw": 3}
        if value not in table:
            raise ValueError(f"permissions must be 'r', 'w' or 'rw' (or 1, 2, 3), got {value!r}")
        return table[value]
    return int_arg(value, "permissions", 1, 3)


def audio_file_open_url(path: str | os.PathLike[str], permissions: int | str = 1,
                        file_type_hint: str | int = 0) -> int:
    """``AudioFileOpenURL``: open an existing audio file.

    Parameters
    ----------
    path : str or os.PathLike
        The file.
    permissions : int or {'r', 'w', 'rw'}
        ``kAudioFileReadPermission`` (1), write (2) or read-write (3).
    file_type_hint : str or int
        A type to try first, or 0.

    Example
    -------
    >>> f = audio_file_open_url("song.aiff", "r", "AIFF")                  # doctest: +SKIP
    """
    path = path_arg(path)
    perm = _permissions(permissions)
    hint = fourcc_arg(file_type_hint, "file_type_hint")
    out = ffi.new("AudioFileID *")
    with cf.owned(cf.url_from_path(path)) as url:
        call("AudioFileOpenURL", url, perm, hint, out, obj=os.fspath(path))
    return handle_of(out[0])


def audio_file_open(file_ref: bytes, permissions: int | str = 1, file_type_hint: str | int = 0) -> int:
    """``AudioFileOpen`` (deprecated since macOS 10.6): open a file given as 80 FSRef bytes.

    Example
    -------
    >>> f = audio_file_open(file_ref)                                       # doctest: +SKIP
    """
    ref, _keep = fsref_arg(file_ref, "file_ref")
    perm = _permissions(permissions)
    hint = fourcc_arg(file_type_hint, "file_type_hint")
    out = ffi.new("AudioFileID *")
    call("AudioFileOpen", ref, perm, hint, out)
    return handle_of(out[0])


def audio_file_close(audio_file: int) -> None:
    """``AudioFileClose``: close the file and drop its Python callbacks, if any.

    When the close itself fails the callbacks are kept (AudioToolbox may
    still hold them) and the error is raised.

    Example
    -------
    >>> audio_file_close(f)                                                 # doctest: +SKIP
    """
    ptr = _file(audio_file)
    _checked("AudioFileClose", audio_file, ptr)
    FILES.discard(audio_file)


def audio_file_optimize(audio_file: int) -> None:
    """``AudioFileOptimize``: move the audio data to the end and finish the layout.

    Example
    -------
    >>> audio_file_optimize(f)                                              # doctest: +SKIP
    """
    _checked("AudioFileOptimize", audio_file, _file(audio_file))


# ------------------------------------------------------------------ reading and writing


def audio_file_read_bytes(audio_file: int, start: int, count: int, use_cache: bool = False) -> bytes:
    """``AudioFileReadBytes``: up to ``count`` bytes of audio data from byte ``start``.

    Returns fewer bytes at the end of the data (Apple reports
    ``kAudioFileEndOfFileError`` then; that status is not an error here).

    Example
    -------
    >>> audio_file_read_bytes(f, 0, 4096)                                   # doctest: +SKIP
    """
    ptr = _file(audio_file)
    start = nonneg64(start, "start")
    count = u32(count, "count")
    io = ffi.new("UInt32 *", count)
    buf = ffi.new("char[]", max(count, 1))
    try:
        _checked("AudioFileReadBytes", audio_file, ptr, bool(use_cache), start, io, buf)
    except CoreAudioError as exc:
        if exc.status != -39:  # kAudioFileEndOfFileError: a short read
            raise
    return bytes(ffi.buffer(buf, min(int(io[0]), count)))


class PacketData(NamedTuple):
    """What a packet read returns.

    Attributes
    ----------
    data : bytes or memoryview
        The packets' bytes (a view into ``out`` when one was given).
    packet_count : int
        Packets actually read (fewer at the end of the file).
    descriptions : list of AudioStreamPacketDescription
        One per packet for variable-size formats; empty when not asked for.

    Example
    -------
    >>> PacketData(b"", 0, []).packet_count
    0
    """

    data: bytes | memoryview
    packet_count: int
    descriptions: list[AudioStreamPacketDescription]


def _max_packet_size(audio_file: int) -> int:
    raw = audio_file_get_property(audio_file, _MAX_PACKET_SIZE, 4)
    if len(raw) != 4:
        raise ValueError(f"kAudioFilePropertyMaximumPacketSize should be 4 bytes, AudioToolbox returned {len(raw)}")
    return int.from_bytes(raw, sys.byteorder)


def _read_target(out: Any, size: int | None, what: str) -> tuple[Any, int, Any]:
    """(C pointer, capacity, keep-alive) for a packet read."""
    if out is None:
        if size is None:
            raise ValueError(f"{what}: give max_bytes or out")
        buf = ffi.new("char[]", max(size, 1))
        return buf, size, buf
    buf, nbytes = buffer_arg(out, "out", writable=True)
    if nbytes == 0:
        raise ValueError("out is an empty buffer")
    capacity = nbytes if size is None else min(size, nbytes)
    return buf, capacity, out


def _packet_read(name: str, audio_file: int, start_packet: int, packet_count: int,
                 max_bytes: int | None, out: Any, descriptions: bool, use_cache: bool) -> PacketData:
    ptr = _file(audio_file)
    start = nonneg64(start_packet, "start_packet")
    count = u32(packet_count, "packet_count")
    if max_bytes is not None:
        max_bytes = u32(max_bytes, "max_bytes")
    elif out is None:
        max_bytes = count * _max_packet_size(audio_file)
    buf, capacity, _keep = _read_target(out, max_bytes, name)
    descs = ffi.new("AudioStreamPacketDescription[]", max(count, 1)) if descriptions else ffi.NULL
    io_bytes = ffi.new("UInt32 *", capacity)
    io_packets = ffi.new("UInt32 *", count)
    try:
        _checked(name, audio_file, ptr, bool(use_cache), io_bytes, descs, start, io_packets, buf)
    except CoreAudioError as exc:
        if exc.status != -39:  # kAudioFileEndOfFileError: fewer packets than asked
            raise
    nbytes = min(int(io_bytes[0]), capacity)
    got = min(int(io_packets[0]), count)
    data: bytes | memoryview = (bytes(ffi.buffer(buf, nbytes)) if out is None
                                else memoryview(ffi.buffer(buf, nbytes)))
    listing = [AudioStreamPacketDescription.from_cdata(descs[i]) for i in range(got)] if descriptions else []
    return PacketData(data, got, listing)


def audio_file_read_packet_data(audio_file: int, start_packet: int, packet_count: int,
                                max_bytes: int | None = None, *, out: Any = None,
                                descriptions: bool = True, use_cache: bool = False) -> PacketData:
    """``AudioFileReadPacketData``: read packets, with their descriptions.

    Parameters
    ----------
    audio_file : int
        The ``AudioFileID`` handle.
    start_packet, packet_count : int
        Which packets.
    max_bytes : int, optional
        Buffer capacity in bytes; default ``packet_count`` times the file's
        maximum packet size (one extra property query), or ``len(out)``.
    out : writable buffer, optional
        Read into this (bytearray, numpy array); ``data`` is then a view of it.
    descriptions : bool
        Ask for packet descriptions (needed for variable-size formats).
    use_cache : bool
        Let AudioToolbox cache the data.

    Returns
    -------
    PacketData

    Example
    -------
    >>> got = audio_file_read_packet_data(f, 0, 16)                          # doctest: +SKIP
    >>> got.packet_count, len(got.descriptions)                             # doctest: +SKIP
    (16, 16)
    """
    return _packet_read("AudioFileReadPacketData", audio_file, start_packet, packet_count,
                        max_bytes, out, descriptions, use_cache)


def audio_file_read_packets(audio_file: int, start_packet: int, packet_count: int,
                            max_bytes: int | None = None, *, out: Any = None,
                            descriptions: bool = True, use_cache: bool = False) -> PacketData:
    """``AudioFileReadPackets`` (deprecated since macOS 10.10): like
    :func:`audio_file_read_packet_data`, but C assumes the buffer holds
    ``packet_count`` maximum-size packets, so ``max_bytes`` defaults to that.

    Example
    -------
    >>> audio_file_read_packets(f, 0, 4).packet_count                       # doctest: +SKIP
    4
    """
    return _packet_read("AudioFileReadPackets", audio_file, start_packet, packet_count,
                        max_bytes, out, descriptions, use_cache)


def audio_file_write_bytes(audio_file: int, start: int, data: Any, use_cache: bool = False) -> int:
    """``AudioFileWriteBytes``: write a bytes-like object at byte ``start``; returns bytes written.

    Example
    -------
    >>> audio_file_write_bytes(f, 0, pcm.tobytes())                          # doctest: +SKIP
    4096
    """
    ptr = _file(audio_file)
    start = nonneg64(start, "start")
    buf, size = buffer_arg(data)
    io = ffi.new("UInt32 *", u32(size, "len(data)"))
    _checked("AudioFileWriteBytes", audio_file, ptr, bool(use_cache), start, io, buf)
    return int(io[0])


def audio_file_write_packets(audio_file: int, start_packet: int, data: Any,
                             descriptions: list[AudioStreamPacketDescription] | None = None,
                             packet_count: int | None = None, use_cache: bool = False) -> int:
    """``AudioFileWritePackets``: write packets; returns the packets written.

    Parameters
    ----------
    data : bytes-like
        The packets' bytes (C-contiguous).
    descriptions : list of AudioStreamPacketDescription, optional
        Required for variable-size formats; their count is the packet count.
    packet_count : int, optional
        For constant-size formats without descriptions.

    Example
    -------
    >>> audio_file_write_packets(f, 0, pcm16.tobytes(), packet_count=len(pcm16))  # doctest: +SKIP
    1024
    """
    ptr = _file(audio_file)
    start = nonneg64(start_packet, "start_packet")
    buf, size = buffer_arg(data)
    if descriptions is not None:
        if not all(isinstance(d, AudioStreamPacketDescription) for d in descriptions):
            raise TypeError("descriptions must be AudioStreamPacketDescription objects")
        count = len(descriptions)
        if packet_count is not None and packet_count != count:
            raise ValueError(f"packet_count {packet_count} != {count} descriptions")
        for d in descriptions:
            if d.start_offset < 0 or d.data_byte_size < 0 or d.start_offset + d.data_byte_size > size:
                raise ValueError(f"packet description {d} lies outside the {size} data bytes")
        descs = ffi.new("AudioStreamPacketDescription[]", [d.to_dict() for d in descriptions]) if count else ffi.NULL
    elif packet_count is None:
        raise ValueError("give descriptions (variable-size formats) or packet_count")
    else:
        count = u32(packet_count, "packet_count")
        descs = ffi.NULL
    io = ffi.new("UInt32 *", count)
    _checked("AudioFileWritePackets", audio_file, ptr, bool(use_cache), u32(size, "len(data)"), descs,
             start, io, buf)
    return int(io[0])


# ------------------------------------------------------------------ user data


def audio_file_count_user_data(audio_file: int, user_data_id: str | int) -> int:
    """``AudioFileCountUserData``: how many chunks of a type (``'LIST'``, ``'ID3 '`` ...).

    Example
    -------
    >>> audio_file_count_user_data(f, "LIST")                               # doctest: +SKIP
    1
    """
    ptr = _file(audio_file)
    out = ffi.new("UInt32 *")
    _checked("AudioFileCountUserData", audio_file, ptr, fourcc_arg(user_data_id, "user_data_id"), out)
    return int(out[0])


def audio_file_get_user_data_size(audio_file: int, user_data_id: str | int, index: int = 0) -> int:
    """``AudioFileGetUserDataSize``: the byte size of one chunk (UInt32).

    Example
    -------
    >>> audio_file_get_user_data_size(f, "LIST", 0)                         # doctest: +SKIP
    120
    """
    ptr = _file(audio_file)
    out = ffi.new("UInt32 *")
    _checked("AudioFileGetUserDataSize", audio_file, ptr, fourcc_arg(user_data_id, "user_data_id"),
             u32(index, "index"), out)
    return int(out[0])


def audio_file_get_user_data_size64(audio_file: int, user_data_id: str | int, index: int = 0) -> int:
    """``AudioFileGetUserDataSize64``: the byte size of one chunk (UInt64, for huge chunks).

    Example
    -------
    >>> audio_file_get_user_data_size64(f, "data", 0)                       # doctest: +SKIP
    5000000000
    """
    ptr = _file(audio_file)
    out = ffi.new("UInt64 *")
    _checked("AudioFileGetUserDataSize64", audio_file, ptr, fourcc_arg(user_data_id, "user_data_id"),
             u32(index, "index"), out)
    return int(out[0])


def audio_file_get_user_data(audio_file: int, user_data_id: str | int, index: int = 0,
                             size: int | None = None) -> bytes:
    """``AudioFileGetUserData``: the bytes of one chunk (its size is queried when not given).

    Example
    -------
    >>> audio_file_get_user_data(f, "LIST", 0)[:4]                          # doctest: +SKIP
    b'INFO'
    """
    ptr = _file(audio_file)
    uid = fourcc_arg(user_data_id, "user_data_id")
    idx = u32(index, "index")
    n = audio_file_get_user_data_size(audio_file, uid, idx) if size is None else u32(size, "size")
    return property_bytes(lambda io, buf: _checked("AudioFileGetUserData", audio_file, ptr, uid, idx, io, buf), n)


def audio_file_get_user_data_at_offset(audio_file: int, user_data_id: str | int, index: int,
                                       offset: int, size: int) -> bytes:
    """``AudioFileGetUserDataAtOffset``: ``size`` bytes of a chunk from byte ``offset``.

    Example
    -------
    >>> audio_file_get_user_data_at_offset(f, "LIST", 0, 4, 4)              # doctest: +SKIP
    b'ISFT'
    """
    ptr = _file(audio_file)
    uid = fourcc_arg(user_data_id, "user_data_id")
    idx = u32(index, "index")
    off = nonneg64(offset, "offset")
    n = u32(size, "size")
    return property_bytes(
        lambda io, buf: _checked("AudioFileGetUserDataAtOffset", audio_file, ptr, uid, idx, off, io, buf), n)


def audio_file_set_user_data(audio_file: int, user_data_id: str | int, index: int, data: Any) -> None:
    """``AudioFileSetUserData``: replace (or add) chunk ``index`` of a type.

    Example
    -------
    >>> audio_file_set_user_data(f, "LIST", 0, b"INFO...")                  # doctest: +SKIP
    """
    ptr = _file(audio_file)
    uid = fourcc_arg(user_data_id, "user_data_id")
    idx = u32(index, "index")
    buf, size = buffer_arg(data)
    _checked("AudioFileSetUserData", audio_file, ptr, uid, idx, u32(size, "len(data)"), buf)


def audio_file_remove_user_data(audio_file: int, user_data_id: str | int, index: int = 0) -> None:
    """``AudioFileRemoveUserData``: delete chunk ``index`` of a type.

    Example
    -------
    >>> audio_file_remove_user_data(f, "LIST", 0)                           # doctest: +SKIP
    """
    ptr = _file(audio_file)
    _checked("AudioFileRemoveUserData", audio_file, ptr, fourcc_arg(user_data_id, "user_data_id"),
             u32(index, "index"))


# ------------------------------------------------------------------ properties


def audio_file_get_property_info(audio_file: int, property_id: str | int) -> tuple[int, bool]:
    """``AudioFileGetPropertyInfo``: ``(size in bytes, writable)``.

    Example
    -------
    >>> audio_file_get_property_info(f, "dfmt")                             # doctest: +SKIP
    (40, False)
    """
    ptr = _file(audio_file)
    size = ffi.new("UInt32 *")
    writable = ffi.new("UInt32 *")
    _checked("AudioFileGetPropertyInfo", audio_file, ptr, fourcc_arg(property_id, "property_id"),
             size, writable)
    return int(size[0]), bool(writable[0])


def audio_file_get_property(audio_file: int, property_id: str | int, size: int | None = None) -> bytes:
    """``AudioFileGetProperty``: the raw bytes of a property (size queried when not given).

    Example
    -------
    >>> AudioFormat.from_asbd_bytes(audio_file_get_property(f, "dfmt"))    # doctest: +SKIP
    AudioFormat(44100 Hz, 'lpcm', 2 ch, 16-bit int, interleaved)
    """
    ptr = _file(audio_file)
    pid = fourcc_arg(property_id, "property_id")
    n = audio_file_get_property_info(audio_file, pid)[0] if size is None else u32(size, "size")
    return property_bytes(lambda io, buf: _checked("AudioFileGetProperty", audio_file, ptr, pid, io, buf), n)


def audio_file_set_property(audio_file: int, property_id: str | int, data: Any) -> None:
    """``AudioFileSetProperty``: set a property from its raw bytes (or an AudioFormat).

    Example
    -------
    >>> audio_file_set_property(f, "dfmt", AudioFormat.pcm())               # doctest: +SKIP
    """
    ptr = _file(audio_file)
    pid = fourcc_arg(property_id, "property_id")
    if isinstance(data, AudioFormat):
        data = data.to_bytes()
    buf, size = buffer_arg(data)
    _checked("AudioFileSetProperty", audio_file, ptr, pid, u32(size, "len(data)"), buf)


def audio_file_get_info_dictionary(audio_file: int) -> dict[str, Any]:
    """``'info'``: the file's metadata (title, artist, approximate duration ...) as a dict.

    AudioToolbox returns a ``CFDictionaryRef`` the caller owns; it is
    converted and released here, exactly once.

    Example
    -------
    >>> audio_file_get_info_dictionary(f)["approximate duration in seconds"]   # doctest: +SKIP
    '187.2'
    """
    size = ffi.sizeof("CFDictionaryRef")
    raw = audio_file_get_property(audio_file, _INFO_DICTIONARY, size)
    if len(raw) != size:
        raise ValueError(f"kAudioFilePropertyInfoDictionary returned {len(raw)} bytes, not a CFDictionaryRef")
    ref = ffi.cast("CFDictionaryRef *", ffi.from_buffer(raw))[0]
    if ref == ffi.NULL:
        return {}
    with cf.owned(ref):
        value = cf.to_python(ref)
    if not isinstance(value, dict):
        raise TypeError(f"kAudioFilePropertyInfoDictionary returned a {type(value).__name__}, not a dictionary")
    return value


def audio_file_get_global_info_size(property_id: str | int, specifier: Any = b"") -> int:
    """``AudioFileGetGlobalInfoSize``: the byte size of a global-info property.

    ``specifier`` is the raw bytes the property wants (e.g. a file type as 4
    native-endian bytes), or empty.

    Example
    -------
    >>> audio_file_get_global_info_size("afrf")                             # doctest: +SKIP
    96
    """
    pid = fourcc_arg(property_id, "property_id")
    spec, spec_size = buffer_arg(specifier, "specifier")
    out = ffi.new("UInt32 *")
    call("AudioFileGetGlobalInfoSize", pid, u32(spec_size, "len(specifier)"), spec, out)
    return int(out[0])


def audio_file_get_global_info(property_id: str | int, specifier: Any = b"", size: int | None = None) -> bytes:
    """``AudioFileGetGlobalInfo``: the raw bytes of a global-info property
    (readable types, extensions for a type ...).

    Example
    -------
    >>> raw = audio_file_get_global_info("afrf")                            # doctest: +SKIP
    """
    pid = fourcc_arg(property_id, "property_id")
    spec, spec_size = buffer_arg(specifier, "specifier")
    n = audio_file_get_global_info_size(pid, specifier) if size is None else u32(size, "size")
    return property_bytes(lambda io, buf: call("AudioFileGetGlobalInfo", pid, spec_size, spec, io, buf), n)


# ------------------------------------------------------------------ inline helpers of the SDK


def num_bytes_to_num_audio_file_markers(num_bytes: int) -> int:
    """``NumBytesToNumAudioFileMarkers`` (inline in the SDK): markers that fit in a
    ``AudioFileMarkerList`` of ``num_bytes``.

    Example
    -------
    >>> num_bytes_to_num_audio_file_markers(num_audio_file_markers_to_num_bytes(3))
    3
    """
    n = nonneg64(num_bytes, "num_bytes")
    head = ffi.offsetof("AudioFileMarkerList", "mMarkers")
    if n < head:
        return 0
    return int((n - head) // ffi.sizeof("AudioFileMarker"))


def num_audio_file_markers_to_num_bytes(num_markers: int) -> int:
    """``NumAudioFileMarkersToNumBytes`` (inline in the SDK): the byte size of an
    ``AudioFileMarkerList`` holding ``num_markers`` markers.

    Example
    -------
    >>> num_audio_file_markers_to_num_bytes(0)
    8
    """
    n = u32(num_markers, "num_markers")
    return int(ffi.offsetof("AudioFileMarkerList", "mMarkers") + n * ffi.sizeof("AudioFileMarker"))
