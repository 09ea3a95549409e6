"""AudioFileStream.h: parse audio files that arrive in pieces (network streams, pipes).

:func:`audio_file_stream_open` takes two Python callables that receive decoded
values while :func:`audio_file_stream_parse_bytes` runs:

- ``property_listener(stream, property_id, flags)`` -- ``stream`` is the
  ``AudioFileStreamID`` handle, ``property_id`` the FourCC ``str`` of the
  property that became available (``'dfmt'``, ``'redy'`` ...), ``flags`` the
  ``AudioFileStreamPropertyFlags`` int; return ``None`` or new flags (e.g.
  ``kAudioFileStreamPropertyFlag_CacheProperty`` = 2).
- ``packets(data, packet_count, descriptions)`` -- ``data`` the packets'
  ``bytes``, ``descriptions`` a list of
  :class:`~coremusic.structs.AudioStreamPacketDescription` (empty for
  constant-bit-rate data).

Both run on the thread calling ``parse_bytes``.  An exception in either is kept
away from C and re-raised by the ``parse_bytes`` (or ``seek``/``close``) call
during which it happened.  The callables stay alive until
:func:`audio_file_stream_close`.

Example
-------
>>> from coremusic import capi                                            # doctest: +SKIP
>>> chunks = []
>>> s = capi.audio_file_stream_open(lambda s, pid, fl: None,
...                                 lambda data, n, descs: chunks.append(data),
...                                 "MPG3")                               # doctest: +SKIP
>>> capi.audio_file_stream_parse_bytes(s, first_4k)                       # doctest: +SKIP
>>> capi.audio_file_stream_close(s)                                       # doctest: +SKIP
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from coremusic._ffi import ffi
from coremusic.capi._base import as_pointer, handle_of
from coremusic.capi._toolbox import (
    CallbackState,
    Registry,
    buffer_arg,
    call_guarded,
    fourcc_arg,
    property_bytes,
    s64,
    u32,
)
from coremusic.structs import AudioStreamPacketDescription
from coremusic.utils.fourcc import int_to_fourcc

__all__ = [
    "audio_file_stream_close",
    "audio_file_stream_get_property",
    "audio_file_stream_get_property_info",
    "audio_file_stream_open",
    "audio_file_stream_parse_bytes",
    "audio_file_stream_seek",
    "audio_file_stream_set_property",
]

PropertyListener = Callable[[int, str, int], "int | None"]
PacketsCallback = Callable[[bytes, int, list[AudioStreamPacketDescription]], None]

STREAMS = Registry("AudioFileStream")


class _StreamCallbacks:
    __slots__ = ("__weakref__", "packets", "property_listener")

    def __init__(self, property_listener: PropertyListener, packets: PacketsCallback) -> None:
        self.property_listener = property_listener
        self.packets = packets

    def __repr__(self) -> str:
        return f"<AudioFileStream callbacks {self.property_listener!r}, {self.packets!r}>"


def _listener_proc(client: Any, stream: Any, property_id: int, io_flags: Any) -> None:
    state: CallbackState = ffi.from_handle(client)
    try:
        flags = int(io_flags[0]) if io_flags != ffi.NULL else 0
        result = state.target.property_listener(handle_of(stream), int_to_fourcc(int(property_id)), flags)
        if result is not None:
            if isinstance(result, bool) or not isinstance(result, int) or not 0 <= result <= 0xFFFFFFFF:
                raise TypeError(f"property_listener must return None or UInt32 flags, got {result!r}")
            if io_flags != ffi.NULL:
                io_flags[0] = result
    except BaseException as exc:  # never let it reach C; re-raised after parse_bytes returns
        state.fail(exc)


def _packets_proc(client: Any, num_bytes: int, num_packets: int, data: Any, descriptions: Any) -> None:
    state: CallbackState = ffi.from_handle(client)
    try:
        raw = bytes(ffi.buffer(data, num_bytes)) if num_bytes and data != ffi.NULL else b""
        if descriptions == ffi.NULL:
            listing: list[AudioStreamPacketDescription] = []
        else:
            listing = [AudioStreamPacketDescription.from_cdata(descriptions[i]) for i in range(num_packets)]
        state.target.packets(raw, int(num_packets), listing)
    except BaseException as exc:
        state.fail(exc)


@functools.cache
def _trampolines() -> tuple[Any, Any]:
    return (ffi.callback("AudioFileStream_PropertyListenerProc", _listener_proc),
            ffi.callback("AudioFileStream_PacketsProc", _packets_proc))


def _stream(handle: Any) -> Any:
    return as_pointer("AudioFileStreamID", handle, "stream")


def _checked(name: str, stream: int, *args: Any) -> None:
    call_guarded(STREAMS.get(stream), name, *args)


def audio_file_stream_open(property_listener: PropertyListener, packets: PacketsCallback,
                           file_type_hint: str | int = 0) -> int:
    """``AudioFileStreamOpen``: a new stream parser calling ``property_listener`` and ``packets``.

    Parameters
    ----------
    property_listener : callable ``(stream, property_id, flags) -> int | None``
        Called when a property (``'dfmt'``, ``'redy'`` ...) becomes known.
    packets : callable ``(data, packet_count, descriptions) -> None``
        Called with parsed audio packets.
    file_type_hint : str or int
        ``'MPG3'``, ``'adts'``, ``'caff'`` ... or 0.

    Returns
    -------
    int
        The ``AudioFileStreamID`` handle.

    Example
    -------
    >>> s = audio_file_stream_open(on_property, on_packets, "adts")          # doctest: +SKIP
    """
    if not callable(property_listener):
        raise TypeError(f"property_listener must be callable, not {type(property_listener).__name__}")
    if not callable(packets):
        raise TypeError(f"packets must be callable, not {type(packets).__name__}")
    hint = fourcc_arg(file_type_hint, "file_type_hint")
    state = CallbackState("AudioFileStreamOpen", _StreamCallbacks(property_listener, packets))
    listener, packets_proc = _trampolines()
    out = ffi.new("AudioFileStreamID *")
    try:
        call_guarded(state, "AudioFileStreamOpen", state.c_handle, listener, packets_proc, hint, out)
    except BaseException:
        state.detach()
        raise
    handle = handle_of(out[0])
    STREAMS.add(handle, state)
    return handle


def audio_file_stream_parse_bytes(stream: int, data: Any, flags: int = 0) -> None:
    """``AudioFileStreamParseBytes``: feed the next bytes; callbacks run during the call.

    Parameters
    ----------
    data : bytes-like
        The next piece of the file (C-contiguous).
    flags : int
        ``kAudioFileStreamParseFlag_Discontinuity`` (1) after a seek or a gap.

    Example
    -------
    >>> audio_file_stream_parse_bytes(s, chunk)                              # doctest: +SKIP
    """
    ptr = _stream(stream)
    buf, size = buffer_arg(data)
    _checked("AudioFileStreamParseBytes", stream, ptr, u32(size, "len(data)"), buf, u32(flags, "flags"))


def audio_file_stream_seek(stream: int, packet_offset: int, flags: int = 0) -> tuple[int, int]:
    """``AudioFileStreamSeek``: the byte offset where ``packet_offset`` starts.

    Returns
    -------
    (int, int)
        ``(byte_offset, flags)``; flag ``kAudioFileStreamSeekFlag_OffsetIsEstimated``
        (1) says the offset is an estimate.

    Example
    -------
    >>> audio_file_stream_seek(s, 100)                                       # doctest: +SKIP
    (41800, 0)
    """
    ptr = _stream(stream)
    offset = ffi.new("SInt64 *")
    io_flags = ffi.new("AudioFileStreamSeekFlags *", u32(flags, "flags"))
    _checked("AudioFileStreamSeek", stream, ptr, s64(packet_offset, "packet_offset"), offset, io_flags)
    return int(offset[0]), int(io_flags[0])


def audio_file_stream_get_property_info(stream: int, property_id: str | int) -> tuple[int, bool]:
    """``AudioFileStreamGetPropertyInfo``: ``(size in bytes, writable)``.

    Example
    -------
    >>> audio_file_stream_get_property_info(s, "dfmt")                       # doctest: +SKIP
    (40, False)
    """
    ptr = _stream(stream)
    size = ffi.new("UInt32 *")
    writable = ffi.new("Boolean *")
    _checked("AudioFileStreamGetPropertyInfo", stream, ptr, fourcc_arg(property_id, "property_id"),
             size, writable)
    return int(size[0]), bool(writable[0])


def audio_file_stream_get_property(stream: int, property_id: str | int, size: int | None = None) -> bytes:
    """``AudioFileStreamGetProperty``: the raw bytes of a property (size queried when not given).

    Example
    -------
    >>> AudioFormat.from_asbd_bytes(audio_file_stream_get_property(s, "dfmt"))  # doctest: +SKIP
    AudioFormat(44100 Hz, '.mp3', 2 ch, 1152 frames/packet, flags=0x0)
    """
    ptr = _stream(stream)
    pid = fourcc_arg(property_id, "property_id")
    n = audio_file_stream_get_property_info(stream, pid)[0] if size is None else u32(size, "size")
    return property_bytes(
        lambda io, buf: _checked("AudioFileStreamGetProperty", stream, ptr, pid, io, buf), n)


def audio_file_stream_set_property(stream: int, property_id: str | int, data: Any) -> None:
    """``AudioFileStreamSetProperty``: set a property from its raw bytes.

    Example
    -------
    >>> audio_file_stream_set_property(s, "dfmt", AudioFormat.aac().to_bytes())  # doctest: +SKIP
    """
    ptr = _stream(stream)
    pid = fourcc_arg(property_id, "property_id")
    buf, size = buffer_arg(data)
    _checked("AudioFileStreamSetProperty", stream, ptr, pid, u32(size, "len(data)"), buf)


def audio_file_stream_close(stream: int) -> None:
    """``AudioFileStreamClose``: dispose of the parser and drop its callbacks.

    Example
    -------
    >>> audio_file_stream_close(s)                                           # doctest: +SKIP
    """
    ptr = _stream(stream)
    _checked("AudioFileStreamClose", stream, ptr)
    STREAMS.discard(stream)
