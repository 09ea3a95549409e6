"""AudioQueue.h: buffer-queue playback and recording.

An output queue plays the buffers you enqueue and hands each one back to
your *output callback* once played; an input queue fills the buffers you
enqueue with recorded audio and hands each one to your *input callback*.
``AudioQueueRef``, ``AudioQueueBufferRef``, ``AudioQueueTimelineRef`` and
``AudioQueueProcessingTapRef`` values are ``int`` handles.

Callbacks run on AudioQueue's own thread (or on the run loop you name): keep
them short, copy between preallocated memory (:func:`audio_queue_buffer_memory`
gives a writable view of a buffer made once), and re-enqueue the buffer you
were handed, never one that is still queued.  Exceptions they raise never
reach C; see :mod:`coremusic.capi.audioqueue_callbacks`.

Example
-------
>>> from coremusic import capi                                                 # doctest: +SKIP
>>> fmt = AudioFormat.pcm_float32_stereo(48000.0)
>>> def refill(queue, buffer):
...     capi.audio_queue_buffer_fill(buffer, next_block())
...     capi.audio_queue_enqueue_buffer(queue, buffer)
>>> q = capi.audio_queue_new_output(fmt, refill)                               # doctest: +SKIP
>>> for _ in range(3):                                                         # doctest: +SKIP
...     refill(q, capi.audio_queue_allocate_buffer(q, 4096 * 8))
>>> capi.audio_queue_start(q)                                                  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from coremusic._ffi import ffi
from coremusic.capi import cf
from coremusic.capi._base import as_pointer, buffer_from, call, handle_of
from coremusic.capi._toolbox import CallbackState, asbd_arg, call_guarded, fourcc_arg, u32
from coremusic.capi.audioconverter import decode_packet_descriptions, packet_descriptions_arg
from coremusic.capi.audioqueue_callbacks import (
    AudioQueuePropertyListener,
    QueueCallback,
    is_listening,
    queue_call,
    queue_state,
    register_listener,
    register_queue,
    release_queue,
    trampoline,
    unregister_listener,
)
from coremusic.capi.audioqueue_tap import *  # noqa: F403
from coremusic.capi.audioqueue_tap import __all__ as _tap_all
from coremusic.formats import AudioFormat
from coremusic.structs import AudioStreamPacketDescription, AudioTimeStamp

__all__ = [
    "AudioQueueBufferInfo",
    "AudioQueuePropertyListener",
    "audio_queue_add_property_listener",
    "audio_queue_allocate_buffer",
    "audio_queue_allocate_buffer_with_packet_descriptions",
    "audio_queue_buffer_contents",
    "audio_queue_buffer_fill",
    "audio_queue_buffer_info",
    "audio_queue_buffer_memory",
    "audio_queue_buffer_packet_descriptions",
    "audio_queue_buffer_set_byte_size",
    "audio_queue_check_callback_errors",
    "audio_queue_create_timeline",
    "audio_queue_device_get_current_time",
    "audio_queue_device_get_nearest_start_time",
    "audio_queue_device_translate_time",
    "audio_queue_dispose",
    "audio_queue_dispose_timeline",
    "audio_queue_enqueue_buffer",
    "audio_queue_enqueue_buffer_with_parameters",
    "audio_queue_flush",
    "audio_queue_free_buffer",
    "audio_queue_get_current_time",
    "audio_queue_get_parameter",
    "audio_queue_get_property",
    "audio_queue_get_property_size",
    "audio_queue_new_input",
    "audio_queue_new_output",
    "audio_queue_offline_render",
    "audio_queue_pause",
    "audio_queue_prime",
    "audio_queue_remove_property_listener",
    "audio_queue_reset",
    "audio_queue_set_offline_render_format",
    "audio_queue_set_parameter",
    "audio_queue_set_property",
    "audio_queue_start",
    "audio_queue_stop",
]
__all__ += _tap_all


def _queue(handle: Any) -> Any:
    return as_pointer("AudioQueueRef", handle, "queue")


def _buffer(handle: Any) -> Any:
    return as_pointer("AudioQueueBufferRef", handle, "buffer")


def _timestamp_arg(value: Any, what: str) -> Any:
    if not isinstance(value, AudioTimeStamp):
        raise TypeError(f"{what} must be an AudioTimeStamp, not {type(value).__name__}")
    return value.to_cdata()


@contextlib.contextmanager
def _run_loop_args(run_loop: int | None, run_loop_mode: str | None) -> Iterator[tuple[Any, Any]]:
    """``(CFRunLoopRef, CFStringRef)`` for the C call; the mode string is released after it."""
    loop = ffi.NULL if run_loop is None else as_pointer("CFRunLoopRef", run_loop, "run_loop")
    if run_loop_mode is None:
        yield loop, ffi.NULL
        return
    if not isinstance(run_loop_mode, str):
        raise TypeError(f"run_loop_mode must be a str, not {type(run_loop_mode).__name__}")
    with cf.owned(cf.string(run_loop_mode)) as mode:
        yield loop, mode


# ------------------------------------------------------------------ creating and disposing


def _new(name: str, kind: Any, fmt: Any, callback: Any, run_loop: int | None,
         run_loop_mode: str | None, flags: int) -> int:
    asbd = asbd_arg(fmt, "fmt")
    state = CallbackState(name, QueueCallback(kind, callback))
    out = ffi.new("AudioQueueRef *")
    try:
        with _run_loop_args(run_loop, run_loop_mode) as (loop, mode):
            call_guarded(state, name, asbd, trampoline(kind), state.c_handle, loop, mode,
                         u32(flags, "flags"), out)
    except BaseException:
        state.detach()
        raise
    handle = handle_of(out[0])
    register_queue(handle, state)
    return handle


def audio_queue_new_output(fmt: AudioFormat | bytes, callback: Callable[[int, int], object], *,
                           run_loop: int | None = None, run_loop_mode: str | None = None,
                           flags: int = 0) -> int:
    """``AudioQueueNewOutput``: a playback queue.

    Parameters
    ----------
    fmt : AudioFormat or bytes
        The format of the data you enqueue (PCM or compressed).
    callback : callable ``(queue, buffer) -> None``
        Called with the handles of a buffer the queue has finished playing:
        refill it and enqueue it again (or keep it for later).
    run_loop : int, optional
        A ``CFRunLoopRef`` handle to run the callback on; by default one of
        AudioQueue's internal threads.
    run_loop_mode : str, optional
        The run loop mode (``'kCFRunLoopCommonModes'`` ...).
    flags : int
        Reserved; 0.

    Returns
    -------
    int
        The ``AudioQueueRef`` handle.  The callback is kept alive until
        :func:`audio_queue_dispose`.

    Example
    -------
    >>> q = audio_queue_new_output(AudioFormat.pcm_int16_stereo(), refill)  # doctest: +SKIP
    """
    return _new("AudioQueueNewOutput", "output", fmt, callback, run_loop, run_loop_mode, flags)


def audio_queue_new_input(fmt: AudioFormat | bytes,
                          callback: Callable[[int, int, AudioTimeStamp | None, int,
                                              tuple[AudioStreamPacketDescription, ...]], object], *,
                          run_loop: int | None = None, run_loop_mode: str | None = None,
                          flags: int = 0) -> int:
    """``AudioQueueNewInput``: a recording queue.

    Parameters
    ----------
    callback : callable ``(queue, buffer, start_time, packet_count, packet_descriptions)``
        Called with a filled buffer: read it (:func:`audio_queue_buffer_contents`
        or the view of :func:`audio_queue_buffer_memory`), then enqueue it
        again.  ``packet_descriptions`` is empty for PCM.

    Example
    -------
    >>> q = audio_queue_new_input(AudioFormat.pcm(44100.0, 1, 16), on_recorded)  # doctest: +SKIP
    """
    return _new("AudioQueueNewInput", "input", fmt, callback, run_loop, run_loop_mode, flags)


def audio_queue_dispose(queue: int, immediate: bool = True) -> None:
    """``AudioQueueDispose``: free the queue and its buffers.

    With ``immediate=False`` disposal waits until the enqueued buffers have
    played, and the callbacks may run until then (their Python state is
    kept for that).

    Example
    -------
    >>> audio_queue_dispose(q)                                              # doctest: +SKIP
    """
    ptr = _queue(queue)
    if not isinstance(immediate, bool):
        raise TypeError(f"immediate must be a bool, not {type(immediate).__name__}")
    state = queue_state(queue)
    call("AudioQueueDispose", ptr, immediate)  # on failure the queue and its callbacks stay alive
    release_queue(queue, immediate)
    if state is not None:
        state.raise_pending()  # what the callback raised before the queue went away


def audio_queue_check_callback_errors(queue: int) -> None:
    """Re-raise (on this thread) the first exception the queue's callback raised
    since the last check; do nothing when there was none.

    Example
    -------
    >>> audio_queue_check_callback_errors(q)                                # doctest: +SKIP
    """
    state = queue_state(queue)
    if state is None:
        raise ValueError(f"queue {queue:#x} is not a queue coremusic created (or it was disposed)")
    state.raise_pending()


# ------------------------------------------------------------------ buffers


def audio_queue_allocate_buffer(queue: int, size: int) -> int:
    """``AudioQueueAllocateBuffer``: a buffer of ``size`` bytes owned by the queue.

    Example
    -------
    >>> buf = audio_queue_allocate_buffer(q, 16384)                          # doctest: +SKIP
    """
    ptr = _queue(queue)
    out = ffi.new("AudioQueueBufferRef *")
    queue_call("AudioQueueAllocateBuffer", queue, ptr, u32(size, "size"), out)
    return handle_of(out[0])


def audio_queue_allocate_buffer_with_packet_descriptions(queue: int, size: int, packet_descriptions: int) -> int:
    """``AudioQueueAllocateBufferWithPacketDescriptions``: a buffer with room for
    ``packet_descriptions`` descriptions (for compressed formats).

    Example
    -------
    >>> buf = audio_queue_allocate_buffer_with_packet_descriptions(q, 8192, 16)  # doctest: +SKIP
    """
    ptr = _queue(queue)
    out = ffi.new("AudioQueueBufferRef *")
    queue_call("AudioQueueAllocateBufferWithPacketDescriptions", queue, ptr, u32(size, "size"),
               u32(packet_descriptions, "packet_descriptions"), out)
    return handle_of(out[0])


def audio_queue_free_buffer(queue: int, buffer: int) -> None:
    """``AudioQueueFreeBuffer``: free a buffer (not while it is enqueued).

    Example
    -------
    >>> audio_queue_free_buffer(q, buf)                                     # doctest: +SKIP
    """
    queue_call("AudioQueueFreeBuffer", queue, _queue(queue), _buffer(buffer))


class AudioQueueBufferInfo(NamedTuple):
    """The sizes of an ``AudioQueueBuffer``.

    Example
    -------
    >>> AudioQueueBufferInfo(4096, 0, 0, 0).capacity
    4096
    """

    capacity: int
    byte_size: int
    packet_description_capacity: int
    packet_description_count: int


def audio_queue_buffer_info(buffer: int) -> AudioQueueBufferInfo:
    """Capacity and filled size (bytes, packet descriptions) of a queue buffer.

    Example
    -------
    >>> audio_queue_buffer_info(buf).capacity                               # doctest: +SKIP
    16384
    """
    b = _buffer(buffer)
    return AudioQueueBufferInfo(int(b.mAudioDataBytesCapacity), int(b.mAudioDataByteSize),
                                int(b.mPacketDescriptionCapacity), int(b.mPacketDescriptionCount))


def audio_queue_buffer_memory(buffer: int) -> Any:
    """A writable buffer object over the whole capacity of a queue buffer.

    Make a numpy view of it once (``np.frombuffer(mem, np.float32)``) and
    copy into it in the callback; then :func:`audio_queue_buffer_set_byte_size`.
    The view is valid until the buffer is freed or its queue disposed.

    Example
    -------
    >>> view = np.frombuffer(audio_queue_buffer_memory(buf), np.float32)   # doctest: +SKIP
    """
    b = _buffer(buffer)
    return ffi.buffer(b.mAudioData, int(b.mAudioDataBytesCapacity))


def audio_queue_buffer_set_byte_size(buffer: int, nbytes: int) -> None:
    """Set how many bytes of a queue buffer hold audio (``mAudioDataByteSize``).

    Example
    -------
    >>> audio_queue_buffer_set_byte_size(buf, 4096 * 8)                     # doctest: +SKIP
    """
    b = _buffer(buffer)
    size = u32(nbytes, "nbytes")
    if size > int(b.mAudioDataBytesCapacity):
        raise ValueError(f"nbytes {size} exceeds the buffer's capacity of {int(b.mAudioDataBytesCapacity)} bytes")
    b.mAudioDataByteSize = size


def audio_queue_buffer_fill(buffer: int, data: Any,
                            packet_descriptions: Sequence[AudioStreamPacketDescription
                                                          | tuple[int, int, int]] | None = None) -> int:
    """Copy ``data`` (bytes-like or numpy) into a queue buffer and set its size
    (and its packet descriptions, for compressed data).  Returns the bytes copied.

    Example
    -------
    >>> audio_queue_buffer_fill(buf, block)                                 # doctest: +SKIP
    32768
    """
    b = _buffer(buffer)
    src, nbytes = buffer_from(data)
    capacity = int(b.mAudioDataBytesCapacity)
    if nbytes > capacity:
        raise ValueError(f"{nbytes} bytes do not fit in the buffer's {capacity}")
    descs, count = packet_descriptions_arg(packet_descriptions)
    if count > int(b.mPacketDescriptionCapacity):
        raise ValueError(f"{count} packet descriptions do not fit in the buffer's "
                         f"{int(b.mPacketDescriptionCapacity)} (allocate it with packet descriptions)")
    if nbytes:
        ffi.memmove(b.mAudioData, src, nbytes)
    b.mAudioDataByteSize = nbytes
    if count:
        ffi.memmove(b.mPacketDescriptions, descs, count * ffi.sizeof("AudioStreamPacketDescription"))
    if int(b.mPacketDescriptionCapacity):
        b.mPacketDescriptionCount = count
    return nbytes


def audio_queue_buffer_contents(buffer: int) -> bytes:
    """A copy of the filled part (``mAudioDataByteSize`` bytes) of a queue buffer.

    Example
    -------
    >>> np.frombuffer(audio_queue_buffer_contents(buf), np.int16)           # doctest: +SKIP
    """
    b = _buffer(buffer)
    size = min(int(b.mAudioDataByteSize), int(b.mAudioDataBytesCapacity))
    return bytes(ffi.buffer(b.mAudioData, size)) if size else b""


def audio_queue_buffer_packet_descriptions(buffer: int) -> tuple[AudioStreamPacketDescription, ...]:
    """The packet descriptions stored in a queue buffer.

    Example
    -------
    >>> audio_queue_buffer_packet_descriptions(buf)                         # doctest: +SKIP
    (AudioStreamPacketDescription(start_offset=0, ...),)
    """
    b = _buffer(buffer)
    count = min(int(b.mPacketDescriptionCount), int(b.mPacketDescriptionCapacity))
    return decode_packet_descriptions(b.mPacketDescriptions, count)


def audio_queue_enqueue_buffer(queue: int, buffer: int,
                               packet_descriptions: Sequence[AudioStreamPacketDescription
                                                             | tuple[int, int, int]] | None = None) -> None:
    """``AudioQueueEnqueueBuffer``: queue a buffer for playback (or for recording into).

    Parameters
    ----------
    packet_descriptions : sequence, optional
        For compressed data whose buffer holds no descriptions itself.

    Example
    -------
    >>> audio_queue_enqueue_buffer(q, buf)                                  # doctest: +SKIP
    """
    ptr, buf = _queue(queue), _buffer(buffer)
    descs, count = packet_descriptions_arg(packet_descriptions)
    queue_call("AudioQueueEnqueueBuffer", queue, ptr, buf, count, descs)


def audio_queue_enqueue_buffer_with_parameters(
        queue: int, buffer: int,
        packet_descriptions: Sequence[AudioStreamPacketDescription | tuple[int, int, int]] | None = None,
        *, trim_start: int = 0, trim_end: int = 0,
        parameters: Mapping[int, float] | None = None,
        start_time: AudioTimeStamp | None = None) -> AudioTimeStamp:
    """``AudioQueueEnqueueBufferWithParameters``: queue a buffer with trimming,
    parameter changes and a scheduled start time.

    Parameters
    ----------
    trim_start, trim_end : int
        Frames to skip at the start and end of the buffer.
    parameters : mapping of int to float, optional
        Parameter values applied when the buffer plays
        (``{AudioQueueParam.VOLUME: 0.5}``).
    start_time : AudioTimeStamp, optional
        When to play it (queue time); as soon as possible by default.

    Returns
    -------
    AudioTimeStamp
        When the buffer will actually start playing.

    Example
    -------
    >>> when = audio_queue_enqueue_buffer_with_parameters(q, buf, parameters={1: 0.5})  # doctest: +SKIP
    """
    ptr, buf = _queue(queue), _buffer(buffer)
    descs, count = packet_descriptions_arg(packet_descriptions)
    params = dict(parameters or {})
    events = ffi.new("AudioQueueParameterEvent[]", max(len(params), 1))
    for i, (pid, value) in enumerate(params.items()):
        events[i].mID = u32(pid, "parameter id")
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"parameter {pid} value must be a number, not {type(value).__name__}")
        events[i].mValue = float(value)
    when = ffi.NULL if start_time is None else _timestamp_arg(start_time, "start_time")
    actual = ffi.new("AudioTimeStamp *")
    queue_call("AudioQueueEnqueueBufferWithParameters", queue, ptr, buf, count, descs,
               u32(trim_start, "trim_start"), u32(trim_end, "trim_end"), len(params),
               events if params else ffi.NULL, when, actual)
    return AudioTimeStamp.from_cdata(actual)


# ------------------------------------------------------------------ running


def audio_queue_start(queue: int, start_time: AudioTimeStamp | None = None) -> None:
    """``AudioQueueStart``: start playing or recording (now, or at ``start_time``).

    Example
    -------
    >>> audio_queue_start(q)                                                # doctest: +SKIP
    """
    ptr = _queue(queue)
    when = ffi.NULL if start_time is None else _timestamp_arg(start_time, "start_time")
    queue_call("AudioQueueStart", queue, ptr, when)


def audio_queue_prime(queue: int, frames: int = 0) -> int:
    """``AudioQueuePrime``: decode enqueued buffers ahead of start; returns the frames prepared.

    Example
    -------
    >>> audio_queue_prime(q, 4096)                                          # doctest: +SKIP
    4096
    """
    ptr = _queue(queue)
    out = ffi.new("UInt32 *")
    queue_call("AudioQueuePrime", queue, ptr, u32(frames, "frames"), out)
    return int(out[0])


def audio_queue_stop(queue: int, immediate: bool = True) -> None:
    """``AudioQueueStop``: stop now, or (``immediate=False``) after the enqueued buffers play.

    Example
    -------
    >>> audio_queue_stop(q, immediate=False)                                # doctest: +SKIP
    """
    ptr = _queue(queue)
    if not isinstance(immediate, bool):
        raise TypeError(f"immediate must be a bool, not {type(immediate).__name__}")
    queue_call("AudioQueueStop", queue, ptr, immediate)


def audio_queue_pause(queue: int) -> None:
    """``AudioQueuePause``: pause; :func:`audio_queue_start` resumes.

    Example
    -------
    >>> audio_queue_pause(q)                                                # doctest: +SKIP
    """
    queue_call("AudioQueuePause", queue, _queue(queue))


def audio_queue_flush(queue: int) -> None:
    """``AudioQueueFlush``: play out what the decoder holds (at the end of a stream).

    Example
    -------
    >>> audio_queue_flush(q)                                                # doctest: +SKIP
    """
    queue_call("AudioQueueFlush", queue, _queue(queue))


def audio_queue_reset(queue: int) -> None:
    """``AudioQueueReset``: drop every enqueued buffer and the decoder state (after a seek).

    Example
    -------
    >>> audio_queue_reset(q)                                                # doctest: +SKIP
    """
    queue_call("AudioQueueReset", queue, _queue(queue))


# ------------------------------------------------------------------ parameters and properties


def audio_queue_get_parameter(queue: int, parameter_id: int) -> float:
    """``AudioQueueGetParameter``: a parameter's value (volume 1, play rate 2, pitch 3, pan 13 ...).

    Example
    -------
    >>> audio_queue_get_parameter(q, 1)                                     # doctest: +SKIP
    1.0
    """
    ptr = _queue(queue)
    out = ffi.new("AudioQueueParameterValue *")
    queue_call("AudioQueueGetParameter", queue, ptr, u32(parameter_id, "parameter_id"), out)
    return float(out[0])


def audio_queue_set_parameter(queue: int, parameter_id: int, value: float) -> None:
    """``AudioQueueSetParameter``: set a parameter now.

    Example
    -------
    >>> audio_queue_set_parameter(q, 1, 0.25)                               # doctest: +SKIP
    """
    ptr = _queue(queue)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"value must be a number, not {type(value).__name__}")
    queue_call("AudioQueueSetParameter", queue, ptr, u32(parameter_id, "parameter_id"), float(value))


def audio_queue_get_property_size(queue: int, property_id: str | int) -> int:
    """``AudioQueueGetPropertySize``: the size in bytes of a property's value.

    Example
    -------
    >>> audio_queue_get_property_size(q, "aqft")                            # doctest: +SKIP
    40
    """
    ptr = _queue(queue)
    out = ffi.new("UInt32 *")
    queue_call("AudioQueueGetPropertySize", queue, ptr, fourcc_arg(property_id, "property_id"), out)
    return int(out[0])


def audio_queue_get_property(queue: int, property_id: str | int, size: int | None = None) -> bytes:
    """``AudioQueueGetProperty``: a property's raw bytes (size queried when not given).

    Example
    -------
    >>> AudioFormat.from_asbd_bytes(audio_queue_get_property(q, "aqft"))   # doctest: +SKIP
    """
    ptr = _queue(queue)
    pid = fourcc_arg(property_id, "property_id")
    n = audio_queue_get_property_size(queue, pid) if size is None else u32(size, "size")
    io = ffi.new("UInt32 *", n)
    buf = ffi.new("char[]", max(n, 1))
    queue_call("AudioQueueGetProperty", queue, ptr, pid, buf, io)
    return bytes(ffi.buffer(buf, min(int(io[0]), n)))


def audio_queue_set_property(queue: int, property_id: str | int, data: Any) -> None:
    """``AudioQueueSetProperty``: set a property from raw bytes (or an AudioFormat).

    Example
    -------
    >>> import struct
    >>> audio_queue_set_property(q, "aqme", struct.pack("=I", 1))           # doctest: +SKIP
    """
    ptr = _queue(queue)
    pid = fourcc_arg(property_id, "property_id")
    if isinstance(data, AudioFormat):
        data = data.to_bytes()
    buf, size = buffer_from(data)
    queue_call("AudioQueueSetProperty", queue, ptr, pid, buf, u32(size, "len(data)"))


def audio_queue_add_property_listener(queue: int, property_id: str | int,
                                      callback: Callable[[int, int], object]) -> AudioQueuePropertyListener:
    """``AudioQueueAddPropertyListener``: call ``callback(queue, property_id)`` when
    the property changes (``'aqrn'``: the queue started or stopped running).

    Returns
    -------
    AudioQueuePropertyListener
        Give it to :func:`audio_queue_remove_property_listener`; it (and the
        callback) is kept alive until then or until the queue is disposed.

    Example
    -------
    >>> listener = audio_queue_add_property_listener(q, "aqrn", lambda q, p: print("running?"))  # doctest: +SKIP
    """
    ptr = _queue(queue)
    pid = fourcc_arg(property_id, "property_id")
    listener = AudioQueuePropertyListener(queue, pid, callback)
    state = listener._state
    assert state is not None
    register_listener(listener)
    try:
        queue_call("AudioQueueAddPropertyListener", queue, ptr, pid, trampoline("listener"), state.c_handle)
    except BaseException:
        unregister_listener(listener)
        raise
    return listener


def audio_queue_remove_property_listener(listener: AudioQueuePropertyListener) -> None:
    """``AudioQueueRemovePropertyListener``: stop a listener and let go of its callback.

    Raises
    ------
    TypeError
        ``listener`` is not from :func:`audio_queue_add_property_listener`.
    ValueError
        It was already removed (or its queue disposed).

    Example
    -------
    >>> audio_queue_remove_property_listener(listener)                      # doctest: +SKIP
    """
    if not isinstance(listener, AudioQueuePropertyListener):
        raise TypeError(f"expected an AudioQueuePropertyListener, not {type(listener).__name__}")
    state = listener._state
    if state is None or not is_listening(listener):
        raise ValueError(f"{listener!r} is not registered (removed, or its queue was disposed)")
    queue_call("AudioQueueRemovePropertyListener", listener.queue, _queue(listener.queue),
               listener.property_id, trampoline("listener"), state.c_handle)
    unregister_listener(listener)


# ------------------------------------------------------------------ time


def audio_queue_create_timeline(queue: int) -> int:
    """``AudioQueueCreateTimeline``: a timeline that reports discontinuities.

    Example
    -------
    >>> tl = audio_queue_create_timeline(q)                                 # doctest: +SKIP
    """
    ptr = _queue(queue)
    out = ffi.new("AudioQueueTimelineRef *")
    queue_call("AudioQueueCreateTimeline", queue, ptr, out)
    return handle_of(out[0])


def audio_queue_dispose_timeline(queue: int, timeline: int) -> None:
    """``AudioQueueDisposeTimeline``.

    Example
    -------
    >>> audio_queue_dispose_timeline(q, tl)                                 # doctest: +SKIP
    """
    queue_call("AudioQueueDisposeTimeline", queue, _queue(queue),
               as_pointer("AudioQueueTimelineRef", timeline, "timeline"))


def audio_queue_get_current_time(queue: int, timeline: int | None = None) -> tuple[AudioTimeStamp, bool]:
    """``AudioQueueGetCurrentTime``: the queue's time, and whether the timeline saw a
    discontinuity (always False without a timeline).

    Example
    -------
    >>> ts, jumped = audio_queue_get_current_time(q, tl)                    # doctest: +SKIP
    >>> ts.sample_time                                                      # doctest: +SKIP
    22050.0
    """
    ptr = _queue(queue)
    tl = ffi.NULL if timeline is None else as_pointer("AudioQueueTimelineRef", timeline, "timeline")
    out = ffi.new("AudioTimeStamp *")
    jumped = ffi.new("Boolean *")
    queue_call("AudioQueueGetCurrentTime", queue, ptr, tl, out, jumped if timeline is not None else ffi.NULL)
    return AudioTimeStamp.from_cdata(out), bool(jumped[0])


def audio_queue_device_get_current_time(queue: int) -> AudioTimeStamp:
    """``AudioQueueDeviceGetCurrentTime``: the device's time (sample and host time).

    Example
    -------
    >>> audio_queue_device_get_current_time(q).has_host_time                # doctest: +SKIP
    True
    """
    ptr = _queue(queue)
    out = ffi.new("AudioTimeStamp *")
    queue_call("AudioQueueDeviceGetCurrentTime", queue, ptr, out)
    return AudioTimeStamp.from_cdata(out)


def audio_queue_device_get_nearest_start_time(queue: int, requested: AudioTimeStamp, flags: int = 0) -> AudioTimeStamp:
    """``AudioQueueDeviceGetNearestStartTime``: the device time nearest ``requested``
    at which the queue could start.

    Example
    -------
    >>> audio_queue_device_get_nearest_start_time(q, AudioTimeStamp.from_sample_time(0.0))  # doctest: +SKIP
    """
    ptr = _queue(queue)
    io = _timestamp_arg(requested, "requested")
    queue_call("AudioQueueDeviceGetNearestStartTime", queue, ptr, io, u32(flags, "flags"))
    return AudioTimeStamp.from_cdata(io)


def audio_queue_device_translate_time(queue: int, time: AudioTimeStamp) -> AudioTimeStamp:
    """``AudioQueueDeviceTranslateTime``: fill in the other time fields of a device time.

    Example
    -------
    >>> audio_queue_device_translate_time(q, AudioTimeStamp.from_host_time(t))  # doctest: +SKIP
    """
    ptr = _queue(queue)
    out = ffi.new("AudioTimeStamp *")
    queue_call("AudioQueueDeviceTranslateTime", queue, ptr, _timestamp_arg(time, "time"), out)
    return AudioTimeStamp.from_cdata(out)


# ------------------------------------------------------------------ offline rendering


def audio_queue_set_offline_render_format(queue: int, fmt: AudioFormat | bytes | None,
                                          channel_layout: bytes | None = None) -> None:
    """``AudioQueueSetOfflineRenderFormat``: switch to offline rendering in ``fmt``
    (linear PCM), or back to the device with ``None``.

    Example
    -------
    >>> audio_queue_set_offline_render_format(q, AudioFormat.pcm(44100.0, 2, 16))  # doctest: +SKIP
    """
    from coremusic.capi.extaudiofile import _layout

    ptr = _queue(queue)
    asbd = ffi.NULL if fmt is None else asbd_arg(fmt, "fmt")
    layout, _keep = _layout(channel_layout)
    queue_call("AudioQueueSetOfflineRenderFormat", queue, ptr, asbd, layout)


def audio_queue_offline_render(queue: int, time_stamp: AudioTimeStamp, buffer: int, frames: int) -> bytes:
    """``AudioQueueOfflineRender``: render ``frames`` frames into ``buffer``; returns them.

    Start with a time stamp of sample time 0 and ``frames=0`` (after
    :func:`audio_queue_set_offline_render_format` and start), then advance
    the sample time by the frames rendered.

    Example
    -------
    >>> out = audio_queue_offline_render(q, AudioTimeStamp.from_sample_time(0.0), buf, 4096)  # doctest: +SKIP
    """
    ptr, buf = _queue(queue), _buffer(buffer)
    queue_call("AudioQueueOfflineRender", queue, ptr, _timestamp_arg(time_stamp, "time_stamp"), buf,
               u32(frames, "frames"))
    return audio_queue_buffer_contents(buffer)
