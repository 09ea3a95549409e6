"""AudioConverter.h: convert audio between formats (sample rate, sample type,
channel count, interleaving, and encoding/decoding of compressed formats).

``AudioConverterRef`` values are ``int`` handles.  Two families of calls:

- *simple*: :func:`audio_converter_convert_buffer` (interleaved PCM to PCM,
  same sample rate) and :func:`audio_converter_convert_complex_buffer`
  (PCM to PCM with buffer lists, same sample rate);
- *pulling*: :func:`audio_converter_fill_complex_buffer` asks for output
  packets and the converter pulls input through a Python *input proc*
  (sample-rate changes, compressed input or output).  The C trampoline is
  made once; each call passes its own state as client data, and the data
  the input proc returns is kept alive until the next pull or the end of the
  call, as AudioToolbox requires.

An exception raised by an input proc never reaches C: the trampoline returns
``kAudioConverterErr_UnspecifiedError`` ('what') and the exception is
re-raised by the fill call, chained to the converter's error.

Example
-------
>>> import numpy as np
>>> from coremusic import capi
>>> from coremusic.formats import AudioFormat
>>> src, dst = AudioFormat.pcm(48000.0, 1, 16), AudioFormat.pcm(44100.0, 2, 32, True)
>>> conv = capi.audio_converter_new(src, dst)                                # doctest: +SKIP
>>> blocks = iter([np.zeros((4800, 1), np.int16)])
>>> out = capi.audio_converter_fill_complex_buffer(
...     conv, lambda n: next(blocks, None), src, dst, 4410)                  # doctest: +SKIP
>>> out.data.shape                                                           # doctest: +SKIP
(4410, 2)
>>> capi.audio_converter_dispose(conv)                                       # doctest: +SKIP
"""

from __future__ import annotations

import functools
import struct
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from coremusic._ffi import ffi
from coremusic.capi._base import as_pointer, call, handle_of
from coremusic.capi._toolbox import (
    CallbackState,
    asbd_arg,
    buffer_arg,
    call_guarded,
    fourcc_arg,
    property_bytes,
    u32,
)
from coremusic.formats import AudioFormat
from coremusic.structs import AudioStreamPacketDescription

__all__ = [
    "ConvertedPackets",
    "audio_converter_convert_buffer",
    "audio_converter_convert_complex_buffer",
    "audio_converter_dispose",
    "audio_converter_fill_buffer",
    "audio_converter_fill_complex_buffer",
    "audio_converter_get_property",
    "audio_converter_get_property_info",
    "audio_converter_new",
    "audio_converter_new_specific",
    "audio_converter_reset",
    "audio_converter_set_property",
]

# kAudioConverterErr_UnspecifiedError ('what'): what a trampoline returns to the
# converter when the Python input proc raised (the exception is re-raised in Python).
INPUT_PROC_ERROR = 0x77686174
_CALCULATE_OUTPUT_BUFFER_SIZE = 0x636F6273  # 'cobs'
_MAXIMUM_OUTPUT_PACKET_SIZE = 0x786F7073  # 'xops'

PacketDescriptionLike = AudioStreamPacketDescription | tuple[int, int, int]
InputProc = Callable[[int], Any]
"""``input_proc(packets_requested) -> data | (data, packet_descriptions) | None``."""


class ConvertedPackets(NamedTuple):
    """What :func:`audio_converter_fill_complex_buffer` produced.

    Attributes
    ----------
    data : np.ndarray or bytes
        PCM output as a ``(frames, channels)`` array of the destination dtype
        (or raw bytes with ``as_bytes=True``); compressed output as bytes.
    packet_count : int
        Packets produced (frames for PCM); 0 means the input is exhausted.
    packet_descriptions : tuple of AudioStreamPacketDescription
        Where each compressed packet lies in ``data`` (empty for PCM).

    Example
    -------
    >>> ConvertedPackets(b"", 0, ()).packet_count
    0
    """

    data: Any
    packet_count: int
    packet_descriptions: tuple[AudioStreamPacketDescription, ...]


def _conv(handle: Any) -> Any:
    return as_pointer("AudioConverterRef", handle, "converter")


# ------------------------------------------------------------------ PCM buffer helpers


def pcm_geometry(fmt: Any, what: str) -> tuple[AudioFormat, int, int, int]:
    """``(format, buffers, channels per buffer, bytes per frame of one buffer)`` of linear PCM."""
    if not isinstance(fmt, AudioFormat):
        raise TypeError(f"{what} must be an AudioFormat, not {type(fmt).__name__}")
    if not fmt.is_pcm:
        raise ValueError(f"{what} must be linear PCM here, not {fmt.format_id!r}")
    if fmt.bytes_per_frame == 0:
        raise ValueError(f"{what} has bytes_per_frame = 0")
    channels = fmt.channels_per_frame
    if fmt.is_interleaved:
        return fmt, 1, channels, fmt.bytes_per_frame
    return fmt, channels, 1, fmt.bytes_per_frame


def pcm_storages(data: Any, fmt: AudioFormat, what: str) -> tuple[int, list[Any]]:
    """``(frames, one contiguous storage per buffer)`` for numpy samples or raw bytes.

    A numpy array must be ``(frames, channels)`` of the format's dtype (a 1-D
    array is one channel); raw bytes must be interleaved whole frames.
    """
    import numpy as np

    fmt, nbuf, _per_buffer, frame_bytes = pcm_geometry(fmt, what + " format")
    channels = fmt.channels_per_frame
    if isinstance(data, np.ndarray):
        arr = data.reshape(-1, 1) if data.ndim == 1 else data
        if arr.ndim != 2 or arr.shape[1] != channels:
            raise ValueError(f"{what} must have shape (frames, {channels}), got {data.shape}")
        dtype = fmt.to_numpy_dtype()
        if arr.dtype != dtype:
            raise TypeError(f"{what} dtype {arr.dtype} does not match the format's {dtype}")
        if nbuf == 1:
            return arr.shape[0], [np.ascontiguousarray(arr)]
        return arr.shape[0], [np.ascontiguousarray(arr[:, c]) for c in range(channels)]
    if isinstance(data, str) or not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"{what} must be a numpy array or a bytes-like object, not {type(data).__name__}")
    if nbuf != 1:
        raise TypeError(f"raw bytes can only be {what} in an interleaved format; "
                        "pass a (frames, channels) numpy array")
    with memoryview(data) as view:
        if not view.c_contiguous:
            raise ValueError(f"{what} must be a C-contiguous buffer")
        nbytes = view.nbytes
    if nbytes % frame_bytes:
        raise ValueError(f"{what}: {nbytes} bytes is not a whole number of {frame_bytes}-byte frames")
    return nbytes // frame_bytes, [data]


def buffer_list(storages: Sequence[Any], channels_per_buffer: int, *, writable: bool = False) -> tuple[Any, Any]:
    """An ``AudioBufferList *`` over byte storages (kept alive by the caller),
    allocated by its true size; ``writable`` for lists C writes into."""
    count = len(storages)
    size = ffi.offsetof("AudioBufferList", "mBuffers") + max(count, 1) * ffi.sizeof("AudioBuffer")
    raw = ffi.new("char[]", size)
    abl = ffi.cast("AudioBufferList *", raw)
    abl.mNumberBuffers = count
    buffers = ffi.cast("AudioBuffer *", ffi.addressof(abl.mBuffers[0]))
    for i, storage in enumerate(storages):
        ptr, nbytes = buffer_arg(storage, writable=writable)
        buffers[i].mNumberChannels = channels_per_buffer
        buffers[i].mDataByteSize = u32(nbytes, "buffer size in bytes")
        buffers[i].mData = ptr
    return abl, raw


def buffer_sizes(abl: Any) -> list[int]:
    """The ``mDataByteSize`` of every buffer of a list."""
    buffers = ffi.cast("AudioBuffer *", ffi.addressof(abl.mBuffers[0]))
    return [int(buffers[i].mDataByteSize) for i in range(int(abl.mNumberBuffers))]


def gather_pcm(storages: Sequence[Any], frames: int, fmt: AudioFormat, as_bytes: bool) -> Any:
    """The first ``frames`` frames of output storages (``uint8`` arrays) as an array or bytes."""
    import numpy as np

    _fmt, nbuf, per_buffer, frame_bytes = pcm_geometry(fmt, "the destination format")
    valid = frames * frame_bytes
    if as_bytes:
        return b"".join(bytes(memoryview(s)[:valid]) for s in storages)
    dtype = fmt.to_numpy_dtype()
    if nbuf == 1:
        return storages[0][:valid].view(dtype).reshape(frames, per_buffer)
    return np.stack([s[:valid].view(dtype) for s in storages], axis=1)


def packet_descriptions_arg(descriptions: Any, what: str = "packet_descriptions") -> tuple[Any, int]:
    """``(AudioStreamPacketDescription[] or NULL, count)`` from descriptions or ``(offset, frames, size)`` tuples."""
    if descriptions is None:
        return ffi.NULL, 0
    if isinstance(descriptions, (str, bytes)) or not isinstance(descriptions, Sequence):
        raise TypeError(f"{what} must be a sequence of AudioStreamPacketDescription, "
                        f"not {type(descriptions).__name__}")
    count = len(descriptions)
    if count == 0:
        return ffi.NULL, 0
    array = ffi.new("AudioStreamPacketDescription[]", count)
    for i, d in enumerate(descriptions):
        if isinstance(d, AudioStreamPacketDescription):
            fields = (d.start_offset, d.variable_frames_in_packet, d.data_byte_size)
        elif isinstance(d, tuple) and len(d) == 3:
            fields = d
        else:
            raise TypeError(f"{what}[{i}] must be an AudioStreamPacketDescription or an "
                            f"(offset, frames, size) tuple, not {d!r}")
        offset, frames_in_packet, size = fields
        if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
            raise ValueError(f"{what}[{i}]: start offset must be an int >= 0, got {offset!r}")
        array[i].mStartOffset = offset
        array[i].mVariableFramesInPacket = u32(frames_in_packet, f"{what}[{i}] frames")
        array[i].mDataByteSize = u32(size, f"{what}[{i}] size")
    return array, count


def decode_packet_descriptions(pointer: Any, count: int) -> tuple[AudioStreamPacketDescription, ...]:
    if pointer == ffi.NULL or count == 0:
        return ()
    return tuple(AudioStreamPacketDescription.from_cdata(pointer[i]) for i in range(count))


# ------------------------------------------------------------------ creating and disposing


def audio_converter_new(src_format: AudioFormat | bytes, dst_format: AudioFormat | bytes) -> int:
    """``AudioConverterNew``: a converter from ``src_format`` to ``dst_format``.

    Example
    -------
    >>> conv = audio_converter_new(AudioFormat.pcm_int16_stereo(), AudioFormat.pcm_float32_stereo())  # doctest: +SKIP
    """
    src = asbd_arg(src_format, "src_format")
    dst = asbd_arg(dst_format, "dst_format")
    out = ffi.new("AudioConverterRef *")
    call("AudioConverterNew", src, dst, out)
    return handle_of(out[0])


def audio_converter_new_specific(src_format: AudioFormat | bytes, dst_format: AudioFormat | bytes,
                                 class_descriptions: Sequence[tuple[str | int, str | int, str | int]]) -> int:
    """``AudioConverterNewSpecific``: a converter using the given codecs.

    Parameters
    ----------
    class_descriptions : sequence of (type, subtype, manufacturer)
        ``AudioClassDescription`` values as FourCCs, e.g.
        ``[("aenc", "aac ", "appl")]`` for Apple's software AAC encoder.

    Example
    -------
    >>> conv = audio_converter_new_specific(AudioFormat.pcm_float32_stereo(), AudioFormat.aac(),
    ...                                     [("aenc", "aac ", "appl")])      # doctest: +SKIP
    """
    src = asbd_arg(src_format, "src_format")
    dst = asbd_arg(dst_format, "dst_format")
    if isinstance(class_descriptions, (str, bytes)) or not isinstance(class_descriptions, Sequence):
        raise TypeError("class_descriptions must be a sequence of (type, subtype, manufacturer) tuples")
    if not class_descriptions:
        raise ValueError("class_descriptions must name at least one codec")
    array = ffi.new("AudioClassDescription[]", len(class_descriptions))
    for i, item in enumerate(class_descriptions):
        if not isinstance(item, tuple) or len(item) != 3:
            raise TypeError(f"class_descriptions[{i}] must be a (type, subtype, manufacturer) tuple, not {item!r}")
        array[i].mType = fourcc_arg(item[0], f"class_descriptions[{i}] type")
        array[i].mSubType = fourcc_arg(item[1], f"class_descriptions[{i}] subtype")
        array[i].mManufacturer = fourcc_arg(item[2], f"class_descriptions[{i}] manufacturer")
    out = ffi.new("AudioConverterRef *")
    call("AudioConverterNewSpecific", src, dst, len(class_descriptions), array, out)
    return handle_of(out[0])


def audio_converter_dispose(converter: int) -> None:
    """``AudioConverterDispose``: free the converter.

    Example
    -------
    >>> audio_converter_dispose(conv)                                       # doctest: +SKIP
    """
    call("AudioConverterDispose", _conv(converter))


def audio_converter_reset(converter: int) -> None:
    """``AudioConverterReset``: drop buffered data (call it after a seek or a discontinuity).

    Example
    -------
    >>> audio_converter_reset(conv)                                         # doctest: +SKIP
    """
    call("AudioConverterReset", _conv(converter))


# ------------------------------------------------------------------ properties


def audio_converter_get_property_info(converter: int, property_id: str | int) -> tuple[int, bool]:
    """``AudioConverterGetPropertyInfo``: ``(size in bytes, writable)``.

    Example
    -------
    >>> audio_converter_get_property_info(conv, "acid")                     # doctest: +SKIP
    (40, False)
    """
    ptr = _conv(converter)
    size = ffi.new("UInt32 *")
    writable = ffi.new("Boolean *")
    call("AudioConverterGetPropertyInfo", ptr, fourcc_arg(property_id, "property_id"), size, writable)
    return int(size[0]), bool(writable[0])


def audio_converter_get_property(converter: int, property_id: str | int, size: int | None = None,
                                 *, value: bytes | None = None) -> bytes:
    """``AudioConverterGetProperty``: the raw bytes of a property.

    Parameters
    ----------
    size : int, optional
        Bytes to read (queried with the info call when not given).
    value : bytes, optional
        Bytes to place in the buffer before the call, for the properties that
        read their argument from it (``'cobs'``/``'cibs'``: the buffer size to
        calculate from).

    Example
    -------
    >>> import struct
    >>> struct.unpack("=I", audio_converter_get_property(conv, "xops"))[0]  # doctest: +SKIP
    1536
    """
    ptr = _conv(converter)
    pid = fourcc_arg(property_id, "property_id")
    n = audio_converter_get_property_info(converter, pid)[0] if size is None else u32(size, "size")
    if value is None:
        return property_bytes(lambda io, buf: call("AudioConverterGetProperty", ptr, pid, io, buf), n)
    raw = bytes(value)
    n = max(n, len(raw))
    io_size = ffi.new("UInt32 *", n)
    buf = ffi.new("char[]", max(n, 1))
    ffi.memmove(buf, raw, len(raw))
    call("AudioConverterGetProperty", ptr, pid, io_size, buf)
    return bytes(ffi.buffer(buf, min(int(io_size[0]), n)))


def audio_converter_set_property(converter: int, property_id: str | int, data: Any) -> None:
    """``AudioConverterSetProperty``: set a property from raw bytes (or an AudioFormat).

    Example
    -------
    >>> import struct
    >>> audio_converter_set_property(conv, "srcq", struct.pack("=I", 127))  # doctest: +SKIP
    """
    ptr = _conv(converter)
    pid = fourcc_arg(property_id, "property_id")
    if isinstance(data, AudioFormat):
        data = data.to_bytes()
    buf, size = buffer_arg(data)
    call("AudioConverterSetProperty", ptr, pid, u32(size, "len(data)"), buf)


def _u32_property(converter: int, pid: int, argument: int | None = None) -> int:
    value = None if argument is None else struct.pack("=I", argument)
    raw = audio_converter_get_property(converter, pid, 4, value=value)
    if len(raw) != 4:
        raise ValueError(f"the converter returned {len(raw)} bytes for a UInt32 property")
    return int(struct.unpack("=I", raw)[0])


# ------------------------------------------------------------------ simple conversions


def audio_converter_convert_buffer(converter: int, data: Any, output_size: int | None = None) -> bytes:
    """``AudioConverterConvertBuffer``: convert interleaved PCM at the same sample rate.

    Parameters
    ----------
    data : bytes-like or np.ndarray
        Input samples in the source format (C-contiguous).
    output_size : int, optional
        Bytes of output room; by default the converter calculates it from the
        input size (``'cobs'``).

    Returns
    -------
    bytes
        The converted samples (as many bytes as the converter wrote).

    Example
    -------
    >>> out = audio_converter_convert_buffer(conv, int16_block.tobytes())   # doctest: +SKIP
    >>> np.frombuffer(out, np.float32)                                      # doctest: +SKIP
    """
    ptr = _conv(converter)
    inp, nbytes = buffer_arg(data)
    room = (_u32_property(converter, _CALCULATE_OUTPUT_BUFFER_SIZE, nbytes) if output_size is None
            else u32(output_size, "output_size"))
    out = ffi.new("char[]", max(room, 1))
    io = ffi.new("UInt32 *", room)
    call("AudioConverterConvertBuffer", ptr, u32(nbytes, "len(data)"), inp, io, out)
    return bytes(ffi.buffer(out, min(int(io[0]), room)))


def audio_converter_convert_complex_buffer(converter: int, data: Any, src_format: AudioFormat,
                                           dst_format: AudioFormat, *, as_bytes: bool = False) -> Any:
    """``AudioConverterConvertComplexBuffer``: convert PCM frames (buffer lists, same sample rate).

    Parameters
    ----------
    data : np.ndarray [shape=(frames, channels)] or bytes-like
        Input in ``src_format`` (raw bytes only for interleaved formats).
    src_format, dst_format : AudioFormat
        The converter's linear PCM formats; they size the buffer lists.
    as_bytes : bool
        Return raw bytes (buffer after buffer) instead of an array.

    Returns
    -------
    np.ndarray [shape=(frames, dst channels)] or bytes

    Example
    -------
    >>> out = audio_converter_convert_complex_buffer(conv, block, src, dst)  # doctest: +SKIP
    """
    import numpy as np

    ptr = _conv(converter)
    frames, inputs = pcm_storages(data, src_format, "data")
    _src, _nin, in_per_buffer, _in_bytes = pcm_geometry(src_format, "src_format")
    dst, nout, out_per_buffer, out_bytes = pcm_geometry(dst_format, "dst_format")
    in_abl, _keep_in = buffer_list(inputs, in_per_buffer)
    outputs = [np.zeros(frames * out_bytes, dtype=np.uint8) for _ in range(nout)]
    out_abl, _keep_out = buffer_list(outputs, out_per_buffer, writable=True)
    call("AudioConverterConvertComplexBuffer", ptr, u32(frames, "frames"), in_abl, out_abl)
    return gather_pcm(outputs, frames, dst, as_bytes)


# ------------------------------------------------------------------ pulling conversions


class _InputFeed:
    """Runs the Python input proc for one fill call and keeps its data alive."""

    __slots__ = ("__weakref__", "compressed", "ended", "frame_bytes", "keep", "nbuf", "per_buffer",
                 "proc", "pulls", "src")

    def __init__(self, proc: Callable[[int], Any], src: AudioFormat) -> None:
        self.proc = proc
        self.src = src
        self.compressed = not src.is_pcm
        if self.compressed:
            self.nbuf, self.per_buffer, self.frame_bytes = 1, src.channels_per_frame, 0
        else:
            _f, self.nbuf, self.per_buffer, self.frame_bytes = pcm_geometry(src, "src_format")
        self.keep: Any = None
        self.ended = False
        self.pulls = 0

    def supply(self, requested: int, abl: Any, desc_out: Any) -> int:
        """Fill the converter's input buffer list; return the packets supplied."""
        self.pulls += 1
        self.keep = None  # the previous data may go now: the converter asked for more
        if self.ended:
            return 0
        result = self.proc(requested)
        descriptions = None
        if isinstance(result, tuple):
            if len(result) != 2:
                raise TypeError("an input proc returns data, (data, packet_descriptions) or None")
            result, descriptions = result
        if result is None:
            self.ended = True
            return 0
        if self.compressed:
            return self._supply_packets(result, descriptions, requested, abl, desc_out)
        if descriptions is not None:
            raise ValueError("packet descriptions are only for compressed input; the source is linear PCM")
        frames, storages = pcm_storages(result, self.src, "the input proc's data")
        if frames == 0:
            self.ended = True
            return 0
        if frames > requested:
            raise ValueError(f"the input proc returned {frames} frames for a request of {requested}")
        self._point(abl, storages)
        return frames

    def _supply_packets(self, data: Any, descriptions: Any, requested: int, abl: Any, desc_out: Any) -> int:
        array, count = packet_descriptions_arg(descriptions, "the input proc's packet descriptions")
        _ptr, nbytes = buffer_arg(data, "the input proc's data")
        if count == 0:
            if nbytes:
                raise ValueError("compressed input needs packet descriptions: return (data, descriptions)")
            self.ended = True
            return 0
        if count > requested:
            raise ValueError(f"the input proc returned {count} packets for a request of {requested}")
        last = array[count - 1]
        if int(last.mStartOffset) + int(last.mDataByteSize) > nbytes:
            raise ValueError("the packet descriptions reach past the end of the data")
        self._point(abl, [data])
        if desc_out != ffi.NULL:
            desc_out[0] = array
        self.keep = (self.keep, array)
        return count

    def _point(self, abl: Any, storages: list[Any]) -> None:
        have = int(abl.mNumberBuffers)
        if have != len(storages):
            raise ValueError(f"the converter asked for {have} input buffers, the source format has {len(storages)}")
        buffers = ffi.cast("AudioBuffer *", ffi.addressof(abl.mBuffers[0]))
        pointers = []
        for i, storage in enumerate(storages):
            ptr, nbytes = buffer_arg(storage)
            buffers[i].mData = ptr
            buffers[i].mDataByteSize = nbytes
            buffers[i].mNumberChannels = self.per_buffer
            pointers.append(ptr)
        self.keep = (storages, pointers)


def _complex_input_proc(converter: Any, io_packets: Any, abl: Any, desc_out: Any, client: Any) -> int:
    state: CallbackState = ffi.from_handle(client)
    try:
        io_packets[0] = state.target.supply(int(io_packets[0]), abl, desc_out)
        return 0
    except BaseException as exc:  # never let it reach C; re-raised after the C call
        state.fail(exc)
        io_packets[0] = 0
        return INPUT_PROC_ERROR


class _BytesFeed:
    __slots__ = ("__weakref__", "keep", "proc")

    def __init__(self, proc: Callable[[int], Any]) -> None:
        self.proc = proc
        self.keep: Any = None

    def supply(self, requested: int, out_data: Any) -> int:
        self.keep = None
        data = self.proc(requested)
        if data is None:
            out_data[0] = ffi.NULL
            return 0
        ptr, nbytes = buffer_arg(data, "the input proc's data")
        self.keep = (data, ptr)
        out_data[0] = ptr
        return nbytes


def _simple_input_proc(converter: Any, io_size: Any, out_data: Any, client: Any) -> int:
    state: CallbackState = ffi.from_handle(client)
    try:
        io_size[0] = state.target.supply(int(io_size[0]), out_data)
        return 0
    except BaseException as exc:
        state.fail(exc)
        io_size[0] = 0
        return INPUT_PROC_ERROR


@functools.cache
def _trampolines() -> tuple[Any, Any]:
    """The two input-proc trampolines, made once; each call's state travels as client data."""
    return (ffi.callback("AudioConverterComplexInputDataProc", _complex_input_proc, error=INPUT_PROC_ERROR),
            ffi.callback("AudioConverterInputDataProc", _simple_input_proc, error=INPUT_PROC_ERROR))


def _callable(fn: Any, what: str) -> Callable[[int], Any]:
    if not callable(fn):
        raise TypeError(f"{what} must be callable, not {type(fn).__name__}")
    return fn  # type: ignore[no-any-return]


def audio_converter_fill_complex_buffer(converter: int, input_proc: InputProc, src_format: AudioFormat,
                                        dst_format: AudioFormat, output_packets: int, *,
                                        max_output_packet_size: int | None = None,
                                        as_bytes: bool = False) -> ConvertedPackets:
    """``AudioConverterFillComplexBuffer``: produce up to ``output_packets`` packets,
    pulling input from ``input_proc``.

    Parameters
    ----------
    input_proc : callable ``(packets_requested) -> data``
        Called (on this thread) whenever the converter needs input.  Return
        at most ``packets_requested`` packets: for PCM a ``(frames, channels)``
        array of the source dtype or interleaved bytes; for compressed input
        ``(bytes, packet_descriptions)`` with one
        :class:`~coremusic.structs.AudioStreamPacketDescription` (or
        ``(offset, frames, size)`` tuple) per packet.  Return ``None`` (or
        empty data) at the end of the input; the converter then flushes what
        it holds.  The returned object is kept alive until the next request.
    src_format, dst_format : AudioFormat
        The converter's formats (they size the buffers).
    output_packets : int
        Packets wanted (frames for PCM output).
    max_output_packet_size : int, optional
        Bytes per output packet for variable-size compressed output; queried
        from the converter (``'xops'``) when not given.
    as_bytes : bool
        Return PCM output as raw bytes instead of an array.

    Returns
    -------
    ConvertedPackets
        ``packet_count == 0`` means the input is exhausted and flushed.

    Example
    -------
    >>> chunks = iter([block1, block2])                                  # doctest: +SKIP
    >>> out = audio_converter_fill_complex_buffer(conv, lambda n: next(chunks, None),
    ...                                           src, dst, 1024)            # doctest: +SKIP
    """
    import numpy as np

    ptr = _conv(converter)
    proc = _callable(input_proc, "input_proc")
    if not isinstance(src_format, AudioFormat):
        raise TypeError(f"src_format must be an AudioFormat, not {type(src_format).__name__}")
    if not isinstance(dst_format, AudioFormat):
        raise TypeError(f"dst_format must be an AudioFormat, not {type(dst_format).__name__}")
    wanted = u32(output_packets, "output_packets")
    descs: Any = ffi.NULL
    if dst_format.is_pcm:
        dst, nout, per_buffer, frame_bytes = pcm_geometry(dst_format, "dst_format")
        outputs: list[Any] = [np.zeros(wanted * frame_bytes, dtype=np.uint8) for _ in range(nout)]
    else:
        if dst_format.bytes_per_packet:
            packet_bytes = dst_format.bytes_per_packet
        elif max_output_packet_size is None:
            packet_bytes = _u32_property(converter, _MAXIMUM_OUTPUT_PACKET_SIZE)
        else:
            packet_bytes = u32(max_output_packet_size, "max_output_packet_size")
        if packet_bytes == 0:
            raise ValueError("the output packet size is 0; pass max_output_packet_size")
        per_buffer = dst_format.channels_per_frame
        outputs = [np.zeros(wanted * packet_bytes, dtype=np.uint8)]
        descs = ffi.new("AudioStreamPacketDescription[]", max(wanted, 1))
    abl, _keep = buffer_list(outputs, per_buffer, writable=True)
    feed = _InputFeed(proc, src_format)
    state = CallbackState("AudioConverterFillComplexBuffer", feed)
    io = ffi.new("UInt32 *", wanted)
    try:
        call_guarded(state, "AudioConverterFillComplexBuffer", ptr, _trampolines()[0], state.c_handle,
                     io, abl, descs)
    finally:
        feed.keep = None
        state.detach()
    produced = min(int(io[0]), wanted)
    if dst_format.is_pcm:
        return ConvertedPackets(gather_pcm(outputs, produced, dst, as_bytes), produced, ())
    nbytes = min(buffer_sizes(abl)[0], len(outputs[0]))
    return ConvertedPackets(outputs[0][:nbytes].tobytes(), produced, decode_packet_descriptions(descs, produced))


def audio_converter_fill_buffer(converter: int, input_proc: Callable[[int], Any], output_size: int) -> bytes:
    """``AudioConverterFillBuffer`` (deprecated since macOS 10.5): produce up to
    ``output_size`` bytes of interleaved output, pulling input bytes.

    Parameters
    ----------
    input_proc : callable ``(bytes_requested) -> bytes-like or None``
        Return input in the source format; ``None`` or empty at the end.

    Example
    -------
    >>> chunks = iter([b"..."])
    >>> out = audio_converter_fill_buffer(conv, lambda n: next(chunks, None), 4096)  # doctest: +SKIP
    """
    ptr = _conv(converter)
    proc = _callable(input_proc, "input_proc")
    room = u32(output_size, "output_size")
    out = ffi.new("char[]", max(room, 1))
    io = ffi.new("UInt32 *", room)
    feed = _BytesFeed(proc)
    state = CallbackState("AudioConverterFillBuffer", feed)
    try:
        call_guarded(state, "AudioConverterFillBuffer", ptr, _trampolines()[1], state.c_handle, io, out)
    finally:
        feed.keep = None
        state.detach()
    return bytes(ffi.buffer(out, min(int(io[0]), room)))
