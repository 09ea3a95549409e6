"""ExtendedAudioFile.h: audio files with a built-in converter to a PCM *client format*.

ExtAudioFile reads and writes files in their own format (``'ffmt'``) while
your code sees a linear PCM *client format* (``'cfmt'``) that you set with
:func:`ext_audio_file_set_client_format`.  Reads return numpy arrays shaped
``(frames, channels)`` of the client format's dtype (``float32`` for the usual
float client format); writes take such arrays.  ``ExtAudioFileRef`` values are
``int`` handles.

Example
-------
>>> from coremusic import capi                                              # doctest: +SKIP
>>> from coremusic.formats import AudioFormat
>>> ext = capi.ext_audio_file_open_url("song.m4a")                          # doctest: +SKIP
>>> client = AudioFormat.pcm_float32_stereo(44100.0)
>>> capi.ext_audio_file_set_client_format(ext, client)                      # doctest: +SKIP
>>> block = capi.ext_audio_file_read(ext, 4096, client)                     # doctest: +SKIP
>>> block.shape, block.dtype                                                # doctest: +SKIP
((4096, 2), dtype('float32'))
>>> capi.ext_audio_file_dispose(ext)                                        # doctest: +SKIP
"""

from __future__ import annotations

import os
import struct
from typing import TYPE_CHECKING, Any

from coremusic._ffi import ffi
from coremusic.capi import cf
from coremusic.capi._base import as_pointer, call, handle_of
from coremusic.capi._filecallbacks import FILES
from coremusic.capi._toolbox import (
    asbd_arg,
    buffer_arg,
    call_guarded,
    fourcc_arg,
    fsref_arg,
    path_arg,
    property_bytes,
    s64,
    u32,
)
from coremusic.formats import AudioFormat

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

__all__ = [
    "ext_audio_file_create_new",
    "ext_audio_file_create_with_url",
    "ext_audio_file_dispose",
    "ext_audio_file_get_data_format",
    "ext_audio_file_get_property",
    "ext_audio_file_get_property_info",
    "ext_audio_file_open",
    "ext_audio_file_open_url",
    "ext_audio_file_read",
    "ext_audio_file_seek",
    "ext_audio_file_set_client_format",
    "ext_audio_file_set_property",
    "ext_audio_file_tell",
    "ext_audio_file_wrap_audio_file_id",
    "ext_audio_file_write",
    "ext_audio_file_write_async",
]

_FILE_DATA_FORMAT = 0x6666_6D74  # kExtAudioFileProperty_FileDataFormat 'ffmt'
_CLIENT_DATA_FORMAT = 0x6366_6D74  # kExtAudioFileProperty_ClientDataFormat 'cfmt'


# ExtAudioFile handle -> the wrapped AudioFileID handle, so that an exception a
# Python-backed AudioFile's callback raised during an ExtAudioFile call is
# re-raised by that call (not by some later AudioFile call).
_WRAPPED: dict[int, int] = {}


def _ext(handle: Any) -> Any:
    return as_pointer("ExtAudioFileRef", handle, "ext_file")


def _call(name: str, ext_file: int, *args: Any) -> None:
    wrapped = _WRAPPED.get(ext_file)
    call_guarded(FILES.get(wrapped) if wrapped is not None else None, name, *args)


def _layout(channel_layout: Any) -> tuple[Any, Any]:
    """``(const AudioChannelLayout *, storage)`` from raw layout bytes or None."""
    if channel_layout is None:
        return ffi.NULL, None
    if isinstance(channel_layout, str) or not isinstance(channel_layout, (bytes, bytearray, memoryview)):
        raise TypeError(f"channel_layout must be the raw bytes of an AudioChannelLayout or None, "
                        f"not {type(channel_layout).__name__}")
    raw = bytes(channel_layout)
    head = ffi.offsetof("AudioChannelLayout", "mChannelDescriptions")
    each = ffi.sizeof("AudioChannelDescription")
    if len(raw) < head:
        raise ValueError(f"an AudioChannelLayout is at least {head} bytes, got {len(raw)}")
    described = struct.unpack_from("=I", raw, 8)[0]
    if len(raw) < head + described * each:
        raise ValueError(f"the layout declares {described} channel descriptions but holds only "
                         f"{(len(raw) - head) // each}")
    storage = ffi.new("char[]", max(len(raw), ffi.sizeof("AudioChannelLayout")))
    ffi.memmove(storage, raw, len(raw))
    return ffi.cast("AudioChannelLayout *", storage), storage


# ------------------------------------------------------------------ open / create / dispose


def ext_audio_file_open_url(path: str | os.PathLike[str]) -> int:
    """``ExtAudioFileOpenURL``: open a file for reading.

    Example
    -------
    >>> ext = ext_audio_file_open_url("song.m4a")                           # doctest: +SKIP
    """
    path = path_arg(path)
    out = ffi.new("ExtAudioFileRef *")
    with cf.owned(cf.url_from_path(path)) as url:
        call("ExtAudioFileOpenURL", url, out, obj=os.fspath(path))
    return handle_of(out[0])


def ext_audio_file_open(file_ref: bytes) -> int:
    """``ExtAudioFileOpen`` (deprecated since macOS 10.6): open a file given as 80 FSRef bytes.

    Example
    -------
    >>> ext = ext_audio_file_open(file_ref)                                 # doctest: +SKIP
    """
    ref, _keep = fsref_arg(file_ref, "file_ref")
    out = ffi.new("ExtAudioFileRef *")
    call("ExtAudioFileOpen", ref, out)
    return handle_of(out[0])


def ext_audio_file_wrap_audio_file_id(audio_file: int, for_writing: bool = False) -> int:
    """``ExtAudioFileWrapAudioFileID``: an ExtAudioFile over an open ``AudioFileID``.

    The ``AudioFileID`` stays yours: dispose the ExtAudioFile first, then
    close the AudioFile.

    Example
    -------
    >>> ext = ext_audio_file_wrap_audio_file_id(f, for_writing=True)        # doctest: +SKIP
    """
    ptr = as_pointer("AudioFileID", audio_file, "audio_file")
    if not isinstance(for_writing, bool):
        raise TypeError(f"for_writing must be a bool, not {type(for_writing).__name__}")
    out = ffi.new("ExtAudioFileRef *")
    call_guarded(FILES.get(audio_file), "ExtAudioFileWrapAudioFileID", ptr, for_writing, out)
    handle = handle_of(out[0])
    _WRAPPED[handle] = audio_file
    return handle


def ext_audio_file_create_with_url(path: str | os.PathLike[str], file_type: str | int,
                                   fmt: AudioFormat | bytes, channel_layout: bytes | None = None,
                                   flags: int = 0) -> int:
    """``ExtAudioFileCreateWithURL``: create a file in format ``fmt``.

    Parameters
    ----------
    path : str or os.PathLike
        Where to create it.
    file_type : str or int
        ``'WAVE'``, ``'caff'``, ``'m4af'`` ...
    fmt : AudioFormat or bytes
        The file's data format (may be compressed: ``AudioFormat.aac()``).
    channel_layout : bytes, optional
        Raw ``AudioChannelLayout`` bytes, or None.
    flags : int
        ``kAudioFileFlags_EraseFile`` (1) to replace an existing file.

    Example
    -------
    >>> ext = ext_audio_file_create_with_url("out.m4a", "m4af", AudioFormat.aac(), flags=1)  # doctest: +SKIP
    """
    path = path_arg(path)
    ftype = fourcc_arg(file_type, "file_type")
    asbd = asbd_arg(fmt)
    layout, _keep = _layout(channel_layout)
    out = ffi.new("ExtAudioFileRef *")
    with cf.owned(cf.url_from_path(path)) as url:
        call("ExtAudioFileCreateWithURL", url, ftype, asbd, layout, u32(flags, "flags"), out,
             obj=os.fspath(path))
    return handle_of(out[0])


def ext_audio_file_create_new(parent: bytes, file_name: str, file_type: str | int,
                              fmt: AudioFormat | bytes, channel_layout: bytes | None = None) -> int:
    """``ExtAudioFileCreateNew`` (deprecated since macOS 10.6): create ``file_name``
    in the folder ``parent`` (80 FSRef bytes).

    Example
    -------
    >>> ext = ext_audio_file_create_new(folder_ref, "a.caf", "caff", AudioFormat.pcm())  # doctest: +SKIP
    """
    parent_ptr, _keep = fsref_arg(parent, "parent")
    if not isinstance(file_name, str):
        raise TypeError(f"file_name must be a str, not {type(file_name).__name__}")
    ftype = fourcc_arg(file_type, "file_type")
    asbd = asbd_arg(fmt)
    layout, _keep_layout = _layout(channel_layout)
    out = ffi.new("ExtAudioFileRef *")
    with cf.owned(cf.string(file_name)) as name:
        call("ExtAudioFileCreateNew", parent_ptr, name, ftype, asbd, layout, out, obj=file_name)
    return handle_of(out[0])


def ext_audio_file_dispose(ext_file: int) -> None:
    """``ExtAudioFileDispose``: close the file (flushing pending writes).

    Example
    -------
    >>> ext_audio_file_dispose(ext)                                         # doctest: +SKIP
    """
    _call("ExtAudioFileDispose", ext_file, _ext(ext_file))
    _WRAPPED.pop(ext_file, None)


# ------------------------------------------------------------------ reading and writing


def _client_geometry(client_format: Any) -> tuple[AudioFormat, int, int, int]:
    """(format, buffers, channels per buffer, bytes per frame of one buffer)."""
    if not isinstance(client_format, AudioFormat):
        raise TypeError(f"client_format must be an AudioFormat, not {type(client_format).__name__}")
    if not client_format.is_pcm:
        raise ValueError(f"the client format must be linear PCM, not {client_format.format_id!r}")
    if client_format.bytes_per_frame == 0:
        raise ValueError("the client format has bytes_per_frame = 0")
    channels = client_format.channels_per_frame
    if client_format.is_interleaved:
        return client_format, 1, channels, client_format.bytes_per_frame
    return client_format, channels, 1, client_format.bytes_per_frame


def _buffer_list(storages: list[Any], channels_per_buffer: int) -> tuple[Any, Any]:
    """An ``AudioBufferList *`` over byte storages, allocated by its true size."""
    count = len(storages)
    size = ffi.offsetof("AudioBufferList", "mBuffers") + count * ffi.sizeof("AudioBuffer")
    raw = ffi.new("char[]", size)
    abl = ffi.cast("AudioBufferList *", raw)
    abl.mNumberBuffers = count
    buffers = ffi.cast("AudioBuffer *", ffi.addressof(abl.mBuffers[0]))
    for i, storage in enumerate(storages):
        ptr, nbytes = buffer_arg(storage)
        buffers[i].mNumberChannels = channels_per_buffer
        buffers[i].mDataByteSize = u32(nbytes, "buffer size in bytes")
        buffers[i].mData = ptr
    return abl, raw


def ext_audio_file_read(ext_file: int, frames: int, client_format: AudioFormat, *,
                        as_bytes: bool = False) -> np.ndarray[Any, Any] | bytes:
    """``ExtAudioFileRead``: read up to ``frames`` frames in the client format.

    Parameters
    ----------
    ext_file : int
        The ``ExtAudioFileRef`` handle.
    frames : int
        Frames to read (fewer come back at the end of the file; 0 frames there).
    client_format : AudioFormat
        The client format set on the file (linear PCM); it sizes the buffers.
    as_bytes : bool
        Return the raw bytes (buffer after buffer) instead of an array, e.g.
        for 24-bit packed samples that have no numpy dtype.

    Returns
    -------
    np.ndarray [shape=(frames_read, channels)] or bytes
        Samples of the client format's dtype (non-interleaved buffers are
        gathered into columns).

    Example
    -------
    >>> ext_audio_file_read(ext, 1024, AudioFormat.pcm_float32_stereo()).shape  # doctest: +SKIP
    (1024, 2)
    """
    import numpy as np

    ptr = _ext(ext_file)
    count = u32(frames, "frames")
    fmt, nbuf, per_buffer, frame_bytes = _client_geometry(client_format)
    dtype = None if as_bytes else fmt.to_numpy_dtype()
    storages = [np.zeros(count * frame_bytes, dtype=np.uint8) for _ in range(nbuf)]
    abl, _keep = _buffer_list(storages, per_buffer)
    io = ffi.new("UInt32 *", count)
    _call("ExtAudioFileRead", ext_file, ptr, io, abl)
    got = min(int(io[0]), count)
    valid = got * frame_bytes
    if dtype is None:
        return b"".join(s[:valid].tobytes() for s in storages)
    if nbuf == 1:
        return storages[0][:valid].view(dtype).reshape(got, per_buffer)
    return np.stack([s[:valid].view(dtype) for s in storages], axis=1)


def _write_buffers(data: Any, client_format: AudioFormat) -> tuple[int, Any, Any]:
    """``(frames, AudioBufferList *, keep-alive)`` for numpy samples or raw bytes."""
    import numpy as np

    fmt, nbuf, per_buffer, frame_bytes = _client_geometry(client_format)
    channels = fmt.channels_per_frame
    if isinstance(data, np.ndarray):
        arr = data.reshape(-1, 1) if data.ndim == 1 else data
        if arr.ndim != 2 or arr.shape[1] != channels:
            raise ValueError(f"data must have shape (frames, {channels}), got {data.shape}")
        dtype = fmt.to_numpy_dtype()
        if arr.dtype != dtype:
            raise TypeError(f"data dtype {arr.dtype} does not match the client format's {dtype}")
        frames = arr.shape[0]
        if nbuf == 1:
            if not arr.flags.c_contiguous:
                raise ValueError("data must be C-contiguous for an interleaved client format "
                                 "(use numpy.ascontiguousarray)")
            storages: list[Any] = [arr]
        else:
            storages = [np.ascontiguousarray(arr[:, c]) for c in range(channels)]
    else:
        if nbuf != 1:
            raise TypeError("raw bytes can only be written in an interleaved client format; "
                            "pass a (frames, channels) numpy array")
        view = memoryview(data) if not isinstance(data, str) else None
        if view is None:
            raise TypeError("data must be a numpy array or a bytes-like object, not str")
        if not view.c_contiguous:
            raise ValueError("data must be a C-contiguous buffer")
        if view.nbytes % frame_bytes:
            raise ValueError(f"{view.nbytes} bytes is not a whole number of {frame_bytes}-byte frames")
        frames = view.nbytes // frame_bytes
        storages = [view]
    abl, raw = _buffer_list(storages, per_buffer)
    return frames, abl, (raw, storages)


def ext_audio_file_write(ext_file: int, data: Any, client_format: AudioFormat) -> None:
    """``ExtAudioFileWrite``: write frames given in the client format (synchronously).

    Parameters
    ----------
    data : np.ndarray [shape=(frames, channels)] or bytes-like
        Samples of the client format's dtype (C-contiguous for interleaved
        formats), or raw interleaved bytes.
    client_format : AudioFormat
        The client format set on the file.

    Example
    -------
    >>> ext_audio_file_write(ext, np.zeros((512, 2), np.float32),
    ...                      AudioFormat.pcm_float32_stereo())              # doctest: +SKIP
    """
    ptr = _ext(ext_file)
    frames, abl, _keep = _write_buffers(data, client_format)
    _call("ExtAudioFileWrite", ext_file, ptr, u32(frames, "frames"), abl)


def ext_audio_file_write_async(ext_file: int, data: Any, client_format: AudioFormat) -> None:
    """``ExtAudioFileWriteAsync``: queue frames for writing on a background thread.

    ExtAudioFile copies the frames before returning.  Pass ``data=None`` once
    first (0 frames) to set up the asynchronous machinery outside a realtime
    context, as Apple recommends.  Over a Python-backed AudioFile, its
    callbacks may then run on AudioToolbox's writer thread; an exception
    there is re-raised by the next call on this file.

    Example
    -------
    >>> ext_audio_file_write_async(ext, None, client)                        # doctest: +SKIP
    >>> ext_audio_file_write_async(ext, block, client)                       # doctest: +SKIP
    """
    ptr = _ext(ext_file)
    if data is None:
        _client_geometry(client_format)
        _call("ExtAudioFileWriteAsync", ext_file, ptr, 0, ffi.NULL)
        return
    frames, abl, _keep = _write_buffers(data, client_format)
    _call("ExtAudioFileWriteAsync", ext_file, ptr, u32(frames, "frames"), abl)


def ext_audio_file_seek(ext_file: int, frame: int) -> None:
    """``ExtAudioFileSeek``: move the read position to ``frame`` (in file frames).

    Example
    -------
    >>> ext_audio_file_seek(ext, 44100)                                     # doctest: +SKIP
    """
    ptr = _ext(ext_file)
    position = s64(frame, "frame")
    if position < 0:
        raise ValueError(f"frame must be >= 0, got {position}")
    _call("ExtAudioFileSeek", ext_file, ptr, position)


def ext_audio_file_tell(ext_file: int) -> int:
    """``ExtAudioFileTell``: the current frame position.

    Example
    -------
    >>> ext_audio_file_tell(ext)                                            # doctest: +SKIP
    44100
    """
    ptr = _ext(ext_file)
    out = ffi.new("SInt64 *")
    _call("ExtAudioFileTell", ext_file, ptr, out)
    return int(out[0])


# ------------------------------------------------------------------ properties


def ext_audio_file_get_property_info(ext_file: int, property_id: str | int) -> tuple[int, bool]:
    """``ExtAudioFileGetPropertyInfo``: ``(size in bytes, writable)``.

    Example
    -------
    >>> ext_audio_file_get_property_info(ext, "cfmt")                       # doctest: +SKIP
    (40, True)
    """
    ptr = _ext(ext_file)
    size = ffi.new("UInt32 *")
    writable = ffi.new("Boolean *")
    _call("ExtAudioFileGetPropertyInfo", ext_file, ptr, fourcc_arg(property_id, "property_id"), size, writable)
    return int(size[0]), bool(writable[0])


def ext_audio_file_get_property(ext_file: int, property_id: str | int, size: int | None = None) -> bytes:
    """``ExtAudioFileGetProperty``: the raw bytes of a property (size queried when not given).

    Example
    -------
    >>> int.from_bytes(ext_audio_file_get_property(ext, "#frm"), "little")  # doctest: +SKIP
    441000
    """
    ptr = _ext(ext_file)
    pid = fourcc_arg(property_id, "property_id")
    n = ext_audio_file_get_property_info(ext_file, pid)[0] if size is None else u32(size, "size")
    return property_bytes(lambda io, buf: _call("ExtAudioFileGetProperty", ext_file, ptr, pid, io, buf), n)


def ext_audio_file_set_property(ext_file: int, property_id: str | int, data: Any) -> None:
    """``ExtAudioFileSetProperty``: set a property from raw bytes (or an AudioFormat).

    Example
    -------
    >>> ext_audio_file_set_property(ext, "cfmt", AudioFormat.pcm_float32_stereo())  # doctest: +SKIP
    """
    ptr = _ext(ext_file)
    pid = fourcc_arg(property_id, "property_id")
    if isinstance(data, AudioFormat):
        data = data.to_bytes()
    buf, size = buffer_arg(data)
    _call("ExtAudioFileSetProperty", ext_file, ptr, pid, u32(size, "len(data)"), buf)


def ext_audio_file_get_data_format(ext_file: int, client: bool = False) -> AudioFormat:
    """The file's data format (``'ffmt'``), or the client format (``'cfmt'``) when ``client``.

    Example
    -------
    >>> ext_audio_file_get_data_format(ext)                                 # doctest: +SKIP
    AudioFormat(44100 Hz, 'aac ', 2 ch, 1024 frames/packet, flags=0x0)
    """
    size = ffi.sizeof("AudioStreamBasicDescription")
    raw = ext_audio_file_get_property(ext_file, _CLIENT_DATA_FORMAT if client else _FILE_DATA_FORMAT, size)
    return AudioFormat.from_asbd_bytes(raw)


def ext_audio_file_set_client_format(ext_file: int, fmt: AudioFormat) -> None:
    """Set the client data format (``'cfmt'``): the linear PCM your reads and writes use.

    Example
    -------
    >>> ext_audio_file_set_client_format(ext, AudioFormat.pcm_float32_stereo(48000.0))  # doctest: +SKIP
    """
    if not isinstance(fmt, AudioFormat):
        raise TypeError(f"fmt must be an AudioFormat, not {type(fmt).__name__}")
    if not fmt.is_pcm:
        raise ValueError(f"the client format must be linear PCM, not {fmt.format_id!r}")
    ext_audio_file_set_property(ext_file, _CLIENT_DATA_FORMAT, fmt.to_bytes())
