"""AudioFormat.h: questions about formats, codecs and channel layouts.

The two C functions take a property ID and a *specifier* (the property's input,
as raw bytes); :func:`audio_format_get_property` returns the answer as raw
bytes.  Typed helpers cover the everyday properties: the full description of a
format (``'fmti'``), its format list (``'flst'``), its name (``'fnam'``),
whether it is VBR (``'fvbr'``), and the format IDs the system can encode
(``'acof'``) and decode (``'acif'``).

Errors raise :class:`~coremusic.exceptions.CoreAudioError` (AudioFormat has
no narrower area).

Example
-------
>>> from coremusic import capi                                        # doctest: +SKIP
>>> "aac " in capi.audio_format_get_encode_format_ids()               # doctest: +SKIP
True
>>> capi.audio_format_get_format_name(AudioFormat.aac())              # doctest: +SKIP
'AAC, 2 channels, 44100 Hz'
"""

from __future__ import annotations

import sys
from typing import Any

from coremusic._ffi import ffi
from coremusic.capi import cf
from coremusic.capi._base import call
from coremusic.capi._toolbox import buffer_arg, fourcc_arg, u32
from coremusic.formats import AudioFormat
from coremusic.utils.fourcc import int_to_fourcc

__all__ = [
    "audio_format_get_decode_format_ids",
    "audio_format_get_encode_format_ids",
    "audio_format_get_format_info",
    "audio_format_get_format_is_vbr",
    "audio_format_get_format_list",
    "audio_format_get_format_name",
    "audio_format_get_property",
    "audio_format_get_property_info",
]

_FORMAT_INFO = 0x666D_7469  # kAudioFormatProperty_FormatInfo 'fmti'
_FORMAT_LIST = 0x666C_7374  # kAudioFormatProperty_FormatList 'flst'
_FORMAT_NAME = 0x666E_616D  # kAudioFormatProperty_FormatName 'fnam'
_FORMAT_IS_VBR = 0x6676_6272  # kAudioFormatProperty_FormatIsVBR 'fvbr'
_ENCODE_IDS = 0x6163_6F66  # kAudioFormatProperty_EncodeFormatIDs 'acof'
_DECODE_IDS = 0x6163_6966  # kAudioFormatProperty_DecodeFormatIDs 'acif'


def _format(fmt: Any) -> AudioFormat:
    if not isinstance(fmt, AudioFormat):
        raise TypeError(f"fmt must be an AudioFormat, not {type(fmt).__name__}")
    return fmt


def audio_format_get_property_info(property_id: str | int, specifier: Any = b"") -> int:
    """``AudioFormatGetPropertyInfo``: the byte size of a property's value.

    Parameters
    ----------
    property_id : str or int
        ``'fmti'``, ``'flst'``, ``'acof'`` ...
    specifier : bytes-like
        The property's input as raw bytes (empty when it takes none).

    Example
    -------
    >>> audio_format_get_property_info("acof")                           # doctest: +SKIP
    96
    """
    pid = fourcc_arg(property_id, "property_id")
    spec, spec_size = buffer_arg(specifier, "specifier")
    out = ffi.new("UInt32 *")
    call("AudioFormatGetPropertyInfo", pid, u32(spec_size, "len(specifier)"), spec, out)
    return int(out[0])


def audio_format_get_property(property_id: str | int, specifier: Any = b"", size: int | None = None,
                              *, initial: Any = None) -> bytes:
    """``AudioFormatGetProperty``: a property's value as raw bytes.

    Parameters
    ----------
    property_id : str or int
        The property.
    specifier : bytes-like
        Its input (empty when it takes none).
    size : int, optional
        Capacity for the answer; queried with
        :func:`audio_format_get_property_info` when neither it nor
        ``initial`` is given.
    initial : bytes-like, optional
        Bytes to place in the value buffer before the call, for in/out
        properties such as ``'fmti'`` (size defaults to its length).

    Example
    -------
    >>> raw = audio_format_get_property("acof")                          # doctest: +SKIP
    """
    pid = fourcc_arg(property_id, "property_id")
    spec, spec_size = buffer_arg(specifier, "specifier")
    u32(spec_size, "len(specifier)")
    prefill = b"" if initial is None else bytes(memoryview(initial).cast("B"))
    if size is not None:
        n = u32(size, "size")
    elif initial is not None:
        n = len(prefill)
    else:
        n = audio_format_get_property_info(pid, specifier)
    if len(prefill) > n:
        raise ValueError(f"initial holds {len(prefill)} bytes, more than size {n}")
    buf = ffi.new("char[]", max(n, 1))
    if prefill:
        ffi.memmove(buf, prefill, len(prefill))
    io = ffi.new("UInt32 *", n)
    call("AudioFormatGetProperty", pid, spec_size, spec, io, buf)
    return bytes(ffi.buffer(buf, min(int(io[0]), n)))


def audio_format_get_format_info(fmt: AudioFormat, magic_cookie: bytes = b"") -> AudioFormat:
    """``'fmti'``: ``fmt`` completed by the codec (at least ``format_id`` must be set).

    Example
    -------
    >>> audio_format_get_format_info(AudioFormat(44100.0, "aac ", channels_per_frame=2,
    ...                                          bits_per_channel=0))    # doctest: +SKIP
    AudioFormat(44100 Hz, 'aac ', 2 ch, 1024 frames/packet, flags=0x0)
    """
    raw = audio_format_get_property(_FORMAT_INFO, magic_cookie, initial=_format(fmt).to_bytes())
    return AudioFormat.from_asbd_bytes(raw)


def audio_format_get_format_list(fmt: AudioFormat, magic_cookie: bytes = b"") -> list[tuple[AudioFormat, int]]:
    """``'flst'``: the formats a (layered) format can be decoded as, best first.

    Returns
    -------
    list of (AudioFormat, int)
        Each format with its ``AudioChannelLayoutTag``.

    Example
    -------
    >>> audio_format_get_format_list(AudioFormat.aac(), cookie)[0][0].format_id  # doctest: +SKIP
    'aach'
    """
    cookie, cookie_size = buffer_arg(magic_cookie, "magic_cookie")
    info = ffi.new("AudioFormatInfo *")
    ffi.memmove(ffi.addressof(info.mASBD), _format(fmt).to_bytes(), ffi.sizeof("AudioStreamBasicDescription"))
    info.mMagicCookie = cookie
    info.mMagicCookieSize = u32(cookie_size, "len(magic_cookie)")
    specifier = ffi.buffer(info)
    raw = audio_format_get_property(_FORMAT_LIST, specifier)
    item = ffi.sizeof("AudioFormatListItem")
    if len(raw) % item:
        raise ValueError(f"the format list is {len(raw)} bytes, not a whole number of {item}-byte items")
    if not raw:
        return []
    items = ffi.cast("AudioFormatListItem *", ffi.from_buffer(raw))
    return [(AudioFormat.from_cdata(items[i].mASBD), int(items[i].mChannelLayoutTag))
            for i in range(len(raw) // item)]


def _format_ids(property_id: int) -> list[str]:
    raw = audio_format_get_property(property_id)
    if len(raw) % 4:
        raise ValueError(f"a format-ID list must be a multiple of 4 bytes, got {len(raw)}")
    return [int_to_fourcc(int.from_bytes(raw[i:i + 4], sys.byteorder)) for i in range(0, len(raw), 4)]


def audio_format_get_encode_format_ids() -> list[str]:
    """``'acof'``: the format IDs this system can encode to, as FourCC strings.

    Example
    -------
    >>> "aac " in audio_format_get_encode_format_ids()                   # doctest: +SKIP
    True
    """
    return _format_ids(_ENCODE_IDS)


def audio_format_get_decode_format_ids() -> list[str]:
    """``'acif'``: the format IDs this system can decode, as FourCC strings.

    Example
    -------
    >>> ".mp3" in audio_format_get_decode_format_ids()                   # doctest: +SKIP
    True
    """
    return _format_ids(_DECODE_IDS)


def audio_format_get_format_name(fmt: AudioFormat) -> str:
    """``'fnam'``: a human name of the format (the CFString is released here).

    Example
    -------
    >>> audio_format_get_format_name(AudioFormat.pcm())                  # doctest: +SKIP
    '16-bit little-endian signed integer, 2 channels, 44100 Hz'
    """
    raw = audio_format_get_property(_FORMAT_NAME, _format(fmt).to_bytes(), ffi.sizeof("CFStringRef"))
    if len(raw) != ffi.sizeof("CFStringRef"):
        raise ValueError(f"kAudioFormatProperty_FormatName returned {len(raw)} bytes, not a CFStringRef")
    ref = ffi.cast("CFStringRef *", ffi.from_buffer(raw))[0]
    if ref == ffi.NULL:
        raise ValueError("kAudioFormatProperty_FormatName returned no name")
    with cf.owned(ref):
        name = cf.to_python(ref)
    if not isinstance(name, str):
        raise TypeError(f"kAudioFormatProperty_FormatName returned a {type(name).__name__}, not a string")
    return name


def audio_format_get_format_is_vbr(fmt: AudioFormat) -> bool:
    """``'fvbr'``: whether the format has variable-size packets.

    Example
    -------
    >>> audio_format_get_format_is_vbr(AudioFormat.aac())                # doctest: +SKIP
    True
    """
    raw = audio_format_get_property(_FORMAT_IS_VBR, _format(fmt).to_bytes(), 4)
    if len(raw) != 4:
        raise ValueError(f"kAudioFormatProperty_FormatIsVBR returned {len(raw)} bytes, not a UInt32")
    return int.from_bytes(raw, sys.byteorder) != 0
