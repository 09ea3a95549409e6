"""Format, sample-rate and channel conversion with Apple's AudioConverter (macOS).

:class:`AudioConverter` wraps an ``AudioConverterRef`` with a context-manager
lifetime.  It converts whole buffers (:meth:`AudioConverter.convert`), pulls
input through a callable (:meth:`AudioConverter.convert_with_callback`), and
streams blocks (:meth:`AudioConverter.convert_blocks`), numpy in, numpy out.

It needs AudioToolbox: on other platforms the constructor raises
:class:`~coremusic.exceptions.PlatformNotSupportedError` (resample with
numpy/scipy there).

Example
-------
>>> import numpy as np                                                      # doctest: +SKIP
>>> from coremusic.audio.converter import AudioConverter
>>> from coremusic.formats import AudioFormat
>>> src, dst = AudioFormat.pcm(48000.0, 1, 16), AudioFormat.pcm(44100.0, 2, 32, True)
>>> with AudioConverter(src, dst) as conv:                                  # doctest: +SKIP
...     out = conv.convert(np.zeros((48000, 1), np.int16))
>>> out.shape                                                               # doctest: +SKIP
(44100, 2)
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import Any

import numpy as np

from coremusic import capi
from coremusic.capi.audioconverter import ConvertedPackets, pcm_geometry
from coremusic.formats import AudioFormat

__all__ = ["AudioConverter", "ConvertedPackets"]

DEFAULT_BLOCK_PACKETS = 4096


def _dispose(handle: int) -> None:
    capi.audio_converter_dispose(handle)


def _join_packets(parts: list[ConvertedPackets]) -> ConvertedPackets:
    """One :class:`ConvertedPackets` from several, with the descriptions' offsets shifted."""
    from coremusic.structs import AudioStreamPacketDescription

    descriptions: list[AudioStreamPacketDescription] = []
    base = 0
    for part in parts:
        descriptions.extend(AudioStreamPacketDescription(d.start_offset + base, d.variable_frames_in_packet,
                                                         d.data_byte_size) for d in part.packet_descriptions)
        base += len(part.data)
    return ConvertedPackets(b"".join(p.data for p in parts), sum(p.packet_count for p in parts),
                            tuple(descriptions))


class _BlockPump:
    """An input proc over an iterator of blocks: hands out at most what the
    converter asks for, keeping the rest of a block for the next request."""

    __slots__ = ("blocks", "compressed", "frame_bytes", "offset", "pending", "supplied")

    def __init__(self, blocks: Iterator[Any], src: AudioFormat) -> None:
        self.blocks = blocks
        self.compressed = not src.is_pcm
        self.frame_bytes = 0 if self.compressed else pcm_geometry(src, "the source format")[3]
        self.pending: Any = None
        self.offset = 0
        self.supplied = 0

    def _length(self, block: Any) -> int:
        if self.compressed:
            return len(block[1])
        if isinstance(block, np.ndarray):
            return int(block.shape[0])
        with memoryview(block) as view:
            if view.nbytes % self.frame_bytes:
                raise ValueError(f"a block of {view.nbytes} bytes is not a whole number of "
                                 f"{self.frame_bytes}-byte frames")
            return view.nbytes // self.frame_bytes

    def __call__(self, requested: int) -> Any:
        while self.pending is None or self.offset >= self._length(self.pending):
            block = next(self.blocks, None)
            if block is None:
                return None
            if self.compressed and not (isinstance(block, tuple) and len(block) == 2):
                raise TypeError("blocks of compressed input are (bytes, packet_descriptions) pairs")
            self.pending, self.offset = block, 0
        start = self.offset
        take = min(requested, self._length(self.pending) - start)
        self.offset += take
        self.supplied += take
        if self.compressed:
            data, descriptions = self.pending
            return data, list(descriptions[start:start + take])
        if isinstance(self.pending, np.ndarray):
            return self.pending[start:start + take]
        return memoryview(self.pending)[start * self.frame_bytes:(start + take) * self.frame_bytes]


class AudioConverter:
    """Convert audio from ``src_format`` to ``dst_format`` with AudioToolbox.

    Parameters
    ----------
    src_format, dst_format : AudioFormat
        Linear PCM of any sample type, channel count (1 <-> N, or N -> N),
        interleaving and sample rate, or compressed formats the system has
        codecs for.

    Raises
    ------
    PlatformNotSupportedError
        Outside macOS.
    AudioConverterError
        The system has no converter between the formats.

    Example
    -------
    >>> with AudioConverter(AudioFormat.pcm_int16_stereo(), AudioFormat.pcm_float32_stereo()) as c:  # doctest: +SKIP
    ...     floats = c.convert(int16_frames)
    """

    _handle: int = 0  # 0 when closed

    def __init__(self, src_format: AudioFormat, dst_format: AudioFormat) -> None:
        for what, fmt in (("src_format", src_format), ("dst_format", dst_format)):
            if not isinstance(fmt, AudioFormat):
                raise TypeError(f"{what} must be an AudioFormat, not {type(fmt).__name__}")
        self._src = src_format
        self._dst = dst_format
        self._handle = capi.audio_converter_new(src_format, dst_format)
        self._finalizer = weakref.finalize(self, _dispose, self._handle)

    # ------------------------------------------------------------ lifetime
    @property
    def source_format(self) -> AudioFormat:
        """The format converted from."""
        return self._src

    @property
    def dest_format(self) -> AudioFormat:
        """The format converted to."""
        return self._dst

    @property
    def handle(self) -> int:
        """The ``AudioConverterRef`` handle (0 once closed)."""
        return self._handle

    @property
    def closed(self) -> bool:
        return self._handle == 0

    def close(self) -> None:
        """Dispose the converter (idempotent).

        Example
        -------
        >>> conv.close(); conv.closed                                        # doctest: +SKIP
        True
        """
        if self._handle:
            self._handle = 0
            self._finalizer()

    def __enter__(self) -> AudioConverter:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def _live(self) -> int:
        if not self._handle:
            raise ValueError("the AudioConverter is closed")
        return self._handle

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return f"<AudioConverter {self._src!r} -> {self._dst!r}, {state}>"

    # ------------------------------------------------------------ properties
    def get_property(self, property_id: str | int, size: int | None = None) -> bytes:
        """The raw bytes of a converter property (``'acod'``, ``'srcq'`` ...).

        Example
        -------
        >>> conv.get_property("srcq")                                        # doctest: +SKIP
        b'@\\x00\\x00\\x00'
        """
        return capi.audio_converter_get_property(self._live(), property_id, size)

    def set_property(self, property_id: str | int, data: bytes) -> None:
        """Set a converter property from raw bytes.

        Example
        -------
        >>> conv.set_property("srcq", struct.pack("=I", 127))                # doctest: +SKIP
        """
        capi.audio_converter_set_property(self._live(), property_id, data)

    def reset(self) -> None:
        """Drop the converter's buffered state (before converting an unrelated stream).

        Example
        -------
        >>> conv.reset()                                                     # doctest: +SKIP
        """
        capi.audio_converter_reset(self._live())

    @property
    def _simple(self) -> bool:
        return (self._src.is_pcm and self._dst.is_pcm and self._src.sample_rate == self._dst.sample_rate)

    # ------------------------------------------------------------ converting
    def convert(self, data: Any) -> Any:
        """Convert a whole buffer.

        Parameters
        ----------
        data : np.ndarray [shape=(frames, channels)] or bytes-like
            Input in the source format (raw bytes: interleaved frames).

        Returns
        -------
        np.ndarray [shape=(frames_out, channels_out)] or bytes or ConvertedPackets
            An array for array input, bytes for bytes input
            (:class:`ConvertedPackets` for compressed output).  With a
            sample-rate change the converter is pulled until it is flushed,
            and reset afterwards.

        Example
        -------
        >>> conv.convert(np.zeros((512, 2), np.int16)).dtype                 # doctest: +SKIP
        dtype('float32')
        """
        handle = self._live()
        if self._simple:
            if isinstance(data, np.ndarray):
                return capi.audio_converter_convert_complex_buffer(handle, data, self._src, self._dst)
            if self._src.is_interleaved and self._dst.is_interleaved:
                return capi.audio_converter_convert_buffer(handle, data)
        return self._collect(self.convert_blocks([data]), as_array=isinstance(data, np.ndarray))

    def convert_with_callback(self, input_data: Any, input_packet_count: int | None = None,
                              output_packet_count: int | None = None) -> Any:
        """Convert with the pulling API (``AudioConverterFillComplexBuffer``): any
        sample-rate, sample-type and channel change.

        Parameters
        ----------
        input_data : np.ndarray, bytes-like or callable
            The whole input, or an input proc ``(packets_requested) -> block or None``
            returning at most ``packets_requested`` packets per call.
        input_packet_count : int, optional
            Packets in ``input_data``; checked against the data when given.
        output_packet_count : int, optional
            The most packets to produce (all of them by default).

        Returns
        -------
        np.ndarray or bytes or ConvertedPackets
            An array for array input (or callable input in a PCM format),
            bytes otherwise; :class:`ConvertedPackets` for compressed output.

        Example
        -------
        >>> out = conv.convert_with_callback(pcm_bytes, 44100)               # doctest: +SKIP
        """
        self._live()
        if callable(input_data):
            as_array = self._dst.is_pcm
            return self._collect(self._pull(input_data, output_packet_count, not as_array), as_array=as_array)
        if input_packet_count is not None:
            counted = _BlockPump(iter(()), self._src)._length(input_data)
            if counted != input_packet_count:
                raise ValueError(f"input_packet_count is {input_packet_count} but the data holds {counted} packets")
        as_array = isinstance(input_data, np.ndarray)
        pump = _BlockPump(iter([input_data]), self._src)
        return self._collect(self._pull(pump, output_packet_count, not as_array), as_array=as_array)

    def convert_blocks(self, blocks: Iterable[Any], *,
                       block_packets: int = DEFAULT_BLOCK_PACKETS) -> Iterator[Any]:
        """Stream a conversion: input blocks in, output blocks out.

        Input is pulled lazily from ``blocks`` (arrays or bytes in the source
        format; ``(bytes, packet_descriptions)`` pairs for compressed input),
        in whatever amounts the converter asks for; output comes in blocks of
        up to ``block_packets`` packets.  The converter is reset before and
        after, so it can be reused.

        Yields
        ------
        np.ndarray [shape=(frames, channels)] or bytes or ConvertedPackets
            Arrays when the input blocks are arrays, bytes for bytes input,
            :class:`ConvertedPackets` for compressed output.

        Example
        -------
        >>> for block in conv.convert_blocks(chunks):                        # doctest: +SKIP
        ...     sink.write(block)
        """
        self._live()
        iterator = iter(blocks)
        first = next(iterator, None)
        if first is None:
            return
        as_bytes = not isinstance(first, np.ndarray)

        def chained() -> Iterator[Any]:
            yield first
            yield from iterator

        yield from self._pull(_BlockPump(chained(), self._src), None, as_bytes, block_packets)

    def _pull(self, proc: Callable[[int], Any], limit: int | None, as_bytes: bool,
              block_packets: int = DEFAULT_BLOCK_PACKETS) -> Iterator[Any]:
        if isinstance(block_packets, bool) or not isinstance(block_packets, int) or block_packets < 1:
            raise ValueError(f"block_packets must be an int >= 1, got {block_packets!r}")
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
            raise ValueError(f"output_packet_count must be an int >= 0, got {limit!r}")
        if as_bytes and self._dst.is_pcm and not self._dst.is_interleaved:
            raise TypeError("bytes output needs an interleaved destination format; "
                            "pass numpy arrays to get (frames, channels) arrays")
        handle = self._live()
        capi.audio_converter_reset(handle)
        produced = 0
        try:
            while limit is None or produced < limit:
                want = block_packets if limit is None else min(block_packets, limit - produced)
                result = capi.audio_converter_fill_complex_buffer(handle, proc, self._src, self._dst, want,
                                                                  as_bytes=as_bytes)
                if result.packet_count == 0:
                    break
                produced += result.packet_count
                yield result if not self._dst.is_pcm else result.data
        finally:
            if self._handle:
                capi.audio_converter_reset(self._handle)

    def _collect(self, blocks: Iterator[Any], as_array: bool) -> Any:
        parts = list(blocks)
        if not self._dst.is_pcm:
            return _join_packets(parts)
        if as_array:
            if not parts:
                return np.zeros((0, self._dst.channels_per_frame), self._dst.to_numpy_dtype())
            return np.concatenate(parts)
        return b"".join(parts)
