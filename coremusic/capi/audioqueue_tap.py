"""AudioQueue processing taps: Python code inside a queue's signal path.

A tap's callback runs on AudioQueue's render thread for every slice of
audio.  A non-siphon tap pulls the source audio with
:func:`audio_queue_processing_tap_get_source_audio` into the buffer list it
was handed, processes it in place and returns the frames it produced; a
siphon tap only looks at the audio.  Re-exported by
:mod:`coremusic.capi.audioqueue`.

Example
-------
>>> from coremusic import capi                                             # doctest: +SKIP
>>> def halve(tap, frames, time_stamp, flags, buffers):
...     got, flags, _ = capi.audio_queue_processing_tap_get_source_audio(tap, frames, time_stamp, buffers)
...     for block in buffers.arrays():
...         block *= 0.5
...     return got, flags
>>> tap = capi.audio_queue_processing_tap_new(q, halve, 2)                # doctest: +SKIP
>>> tap.processing_format                                                 # doctest: +SKIP
AudioFormat(44100 Hz, 'lpcm', 2 ch, 32-bit float, non-interleaved)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from coremusic._ffi import ffi
from coremusic.capi._base import as_pointer, call, handle_of
from coremusic.capi._toolbox import CallbackState, call_guarded, u32
from coremusic.capi.audioqueue_callbacks import (
    QueueCallback,
    queue_call,
    register_tap,
    tap_state,
    trampoline,
    unregister_tap,
)
from coremusic.formats import AudioFormat
from coremusic.structs import AudioBufferList, AudioTimeStamp

__all__ = [
    "TAP_END_OF_STREAM",
    "TAP_POST_EFFECTS",
    "TAP_PRE_EFFECTS",
    "TAP_SIPHON",
    "TAP_START_OF_STREAM",
    "ProcessingTap",
    "audio_queue_processing_tap_dispose",
    "audio_queue_processing_tap_get_queue_time",
    "audio_queue_processing_tap_get_source_audio",
    "audio_queue_processing_tap_new",
]

TAP_PRE_EFFECTS = 1  # kAudioQueueProcessingTap_PreEffects
TAP_POST_EFFECTS = 2  # kAudioQueueProcessingTap_PostEffects
TAP_SIPHON = 4  # kAudioQueueProcessingTap_Siphon
TAP_START_OF_STREAM = 256  # kAudioQueueProcessingTap_StartOfStream
TAP_END_OF_STREAM = 512  # kAudioQueueProcessingTap_EndOfStream

TapCallback = Callable[[int, int, Any, int, AudioBufferList], "int | tuple[int, int]"]


class ProcessingTap(NamedTuple):
    """What :func:`audio_queue_processing_tap_new` returns.

    Attributes
    ----------
    tap : int
        The ``AudioQueueProcessingTapRef`` handle.
    max_frames : int
        The most frames a callback will be asked for.
    processing_format : AudioFormat
        The format of the buffer lists the callback sees.

    Example
    -------
    >>> ProcessingTap(1, 512, AudioFormat.pcm_float32_stereo()).max_frames
    512
    """

    tap: int
    max_frames: int
    processing_format: AudioFormat


def _tap(handle: Any) -> Any:
    return as_pointer("AudioQueueProcessingTapRef", handle, "tap")


def audio_queue_processing_tap_new(queue: int, callback: TapCallback, flags: int) -> ProcessingTap:
    """``AudioQueueProcessingTapNew``: insert a Python tap into a queue.

    Parameters
    ----------
    callback : callable ``(tap, frames, time_stamp, flags, buffers) -> frames_out``
        ``time_stamp`` is the raw ``AudioTimeStamp *`` C passed (hand it to
        :func:`audio_queue_processing_tap_get_source_audio`, or decode it with
        ``AudioTimeStamp.from_cdata``); ``buffers`` an
        :class:`~coremusic.structs.AudioBufferList` over C's memory.  Return
        the frames produced, or ``(frames, flags)``.  If it raises, the
        buffers are silenced, 0 frames are reported, and the exception is
        kept for :func:`~coremusic.capi.audio_queue_check_callback_errors`-style
        re-raising by the next call on the tap.
    flags : int
        ``TAP_PRE_EFFECTS`` or ``TAP_POST_EFFECTS``, optionally ``| TAP_SIPHON``.

    Example
    -------
    >>> tap = audio_queue_processing_tap_new(q, halve, TAP_POST_EFFECTS)   # doctest: +SKIP
    """
    ptr = as_pointer("AudioQueueRef", queue, "queue")
    state = CallbackState("AudioQueueProcessingTapNew", QueueCallback("tap", callback))
    max_frames = ffi.new("UInt32 *")
    fmt = ffi.new("AudioStreamBasicDescription *")
    out = ffi.new("AudioQueueProcessingTapRef *")
    try:
        queue_call("AudioQueueProcessingTapNew", queue, ptr, trampoline("tap"), state.c_handle,
                   u32(flags, "flags"), max_frames, fmt, out)
    except BaseException:
        state.detach()
        raise
    tap = handle_of(out[0])
    register_tap(tap, queue, state)
    return ProcessingTap(tap, int(max_frames[0]), AudioFormat.from_cdata(fmt))


def audio_queue_processing_tap_dispose(tap: int | ProcessingTap) -> None:
    """``AudioQueueProcessingTapDispose``: remove the tap and let go of its callback;
    then re-raise what the callback raised, if anything.

    Example
    -------
    >>> audio_queue_processing_tap_dispose(tap)                             # doctest: +SKIP
    """
    handle = tap.tap if isinstance(tap, ProcessingTap) else tap
    ptr = _tap(handle)
    state = tap_state(handle)
    call("AudioQueueProcessingTapDispose", ptr)
    unregister_tap(handle)
    if state is not None:
        state.raise_pending()


def audio_queue_processing_tap_get_source_audio(tap: int, frames: int, time_stamp: Any,
                                                buffers: Any) -> tuple[int, int, AudioTimeStamp]:
    """``AudioQueueProcessingTapGetSourceAudio``: pull source audio into ``buffers``
    (call it from the tap callback).

    Parameters
    ----------
    time_stamp : AudioTimeStamp or cdata ``AudioTimeStamp *``
        The callback's time stamp; a cdata pointer is updated in place.
    buffers : AudioBufferList or cdata ``AudioBufferList *``
        Where the audio goes (the callback's ``buffers``).

    Returns
    -------
    (frames, flags, time_stamp)
        Frames delivered, tap flags (start/end of stream) and the time of the
        first frame.

    Example
    -------
    >>> got, flags, when = audio_queue_processing_tap_get_source_audio(tap, frames, ts, buffers)  # doctest: +SKIP
    """
    ptr = _tap(tap)
    count = u32(frames, "frames")
    if isinstance(time_stamp, AudioTimeStamp):
        ts = time_stamp.to_cdata()
    elif isinstance(time_stamp, ffi.CData) and ffi.typeof(time_stamp) == ffi.typeof("AudioTimeStamp *"):
        ts = time_stamp
    else:
        raise TypeError(f"time_stamp must be an AudioTimeStamp or an AudioTimeStamp *, not {type(time_stamp).__name__}")
    if isinstance(buffers, AudioBufferList):
        abl = buffers.pointer
    elif isinstance(buffers, ffi.CData) and ffi.typeof(buffers) == ffi.typeof("AudioBufferList *"):
        abl = buffers
    else:
        raise TypeError(f"buffers must be an AudioBufferList or an AudioBufferList *, not {type(buffers).__name__}")
    flags = ffi.new("AudioQueueProcessingTapFlags *")
    got = ffi.new("UInt32 *")
    call("AudioQueueProcessingTapGetSourceAudio", ptr, count, ts, flags, got, abl)
    return int(got[0]), int(flags[0]), AudioTimeStamp.from_cdata(ts)


def audio_queue_processing_tap_get_queue_time(tap: int) -> tuple[float, int]:
    """``AudioQueueProcessingTapGetQueueTime``: ``(queue sample time, frames queued)``
    (call it from the tap callback).

    Example
    -------
    >>> audio_queue_processing_tap_get_queue_time(tap)                      # doctest: +SKIP
    (1024.0, 512)
    """
    ptr = _tap(tap)
    sample_time = ffi.new("Float64 *")
    frame_count = ffi.new("UInt32 *")
    call_guarded(None, "AudioQueueProcessingTapGetQueueTime", ptr, sample_time, frame_count)
    return float(sample_time[0]), int(frame_count[0])
