"""Python callables behind AudioQueue's C callbacks: trampolines and their owners.

AudioQueue calls four kinds of C function pointers: the output and input
buffer callbacks given at creation, property listeners, and processing taps.
Each trampoline is made once (``ffi.callback`` of the declared type); the
object C passes back as user data is the ``ffi.new_handle`` of a
:class:`~coremusic.capi._toolbox.CallbackState` whose ``target`` is a
:class:`QueueCallback` (or a :class:`AudioQueuePropertyListener`).  The
registries of this module keep those states alive while C holds them:

- a queue's state from ``AudioQueueNew*`` until an immediate
  ``AudioQueueDispose``; after a *deferred* dispose (``immediate=False``)
  AudioQueue may still call back while the enqueued buffers drain, so the
  state is retired, not freed (it is small, and kept for the process);
- a listener's state from add to remove (or to its queue's disposal);
- a tap's state from ``AudioQueueProcessingTapNew`` to its dispose.

Exceptions raised by the Python callables never reach C: they are counted
(``error_count``) and kept (at most 16 per callback) to be re-raised on the
caller's thread by the next coremusic call on that queue made outside a
callback, or by :func:`coremusic.capi.audio_queue_check_callback_errors`.

Example
-------
>>> from coremusic.capi.audioqueue_callbacks import QueueCallback
>>> cb = QueueCallback("output", lambda queue, buffer: None)
>>> cb
<QueueCallback output: 0 calls, 0 errors>
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any, Literal

from coremusic._ffi import ffi
from coremusic.capi._base import handle_of
from coremusic.capi._toolbox import CallbackState, call_guarded
from coremusic.capi.audioconverter import decode_packet_descriptions
from coremusic.structs import AudioBufferList, AudioTimeStamp
from coremusic.utils.fourcc import int_to_fourcc

__all__ = [
    "PENDING_LIMIT",
    "AudioQueuePropertyListener",
    "QueueCallback",
    "listeners_of",
    "queue_call",
    "queue_state",
    "register_listener",
    "register_queue",
    "register_tap",
    "release_queue",
    "tap_state",
    "trampoline",
    "unregister_listener",
    "unregister_tap",
]

PENDING_LIMIT = 16  # exceptions kept per callback for re-raising

CallbackKind = Literal["output", "input", "listener", "tap"]


class QueueCallback:
    """A Python callable C calls back through one AudioQueue trampoline.

    Attributes
    ----------
    kind : str
        ``'output'``, ``'input'``, ``'listener'`` or ``'tap'``.
    fn : callable or None
        The Python callable (``None`` once released).
    call_count, error_count : int
        Calls from C, and how many of them raised in Python.

    Example
    -------
    >>> QueueCallback("input", print).kind
    'input'
    """

    __slots__ = ("__weakref__", "call_count", "depth", "error_count", "fn", "kind")

    def __init__(self, kind: CallbackKind, fn: Callable[..., Any]) -> None:
        if not callable(fn):
            raise TypeError(f"the {kind} callback must be callable, not {type(fn).__name__}")
        self.kind = kind
        self.fn: Callable[..., Any] | None = fn
        self.call_count = 0
        self.error_count = 0
        self.depth = 0  # calls in progress (C -> Python)

    def __repr__(self) -> str:
        return f"<QueueCallback {self.kind}: {self.call_count} calls, {self.error_count} errors>"


class AudioQueuePropertyListener:
    """A Python callable registered with ``AudioQueueAddPropertyListener``.

    Give it to :func:`~coremusic.capi.audio_queue_remove_property_listener`.

    Attributes
    ----------
    queue : int
        The queue listened to.
    property_id : int
        The property (``'aqrn'`` for "is running" ...).
    registered : bool
        Whether C still holds it.

    Example
    -------
    >>> listener = capi.audio_queue_add_property_listener(q, "aqrn", on_running)  # doctest: +SKIP
    >>> listener                                                           # doctest: +SKIP
    <AudioQueuePropertyListener 'aqrn' of queue 0x...: registered, 0 calls, 0 errors>
    """

    def __init__(self, queue: int, property_id: int, fn: Callable[..., Any]) -> None:
        self.queue = queue
        self.property_id = property_id
        self._callback = QueueCallback("listener", fn)
        self._state: CallbackState | None = CallbackState("AudioQueuePropertyListener", self._callback)

    @property
    def registered(self) -> bool:
        return self._state is not None and self._state.c_handle is not None

    @property
    def callback(self) -> Callable[..., Any] | None:
        """The Python callable, or ``None`` once removed."""
        return self._callback.fn

    @property
    def call_count(self) -> int:
        return self._callback.call_count

    @property
    def error_count(self) -> int:
        return self._callback.error_count

    def check_errors(self) -> None:
        """Re-raise the first exception the callable raised since the last check.

        Example
        -------
        >>> listener.check_errors()                                        # doctest: +SKIP
        """
        if self._state is not None:
            self._state.raise_pending()

    def __repr__(self) -> str:
        state = "registered" if self.registered else "removed"
        return (f"<AudioQueuePropertyListener '{int_to_fourcc(self.property_id)}' of queue "
                f"{self.queue:#x}: {state}, {self.call_count} calls, {self.error_count} errors>")


# ------------------------------------------------------------------ trampolines


def _fail(state: CallbackState, exc: BaseException) -> None:
    target: QueueCallback = state.target
    target.error_count += 1
    if len(state.errors) < PENDING_LIMIT:
        state.fail(exc)


def _output(client: Any, queue: Any, buffer: Any) -> None:
    state: CallbackState = ffi.from_handle(client)
    target: QueueCallback = state.target
    target.call_count += 1
    target.depth += 1
    try:
        if target.fn is not None:
            target.fn(handle_of(queue), handle_of(buffer))
    except BaseException as exc:  # never let it reach C
        _fail(state, exc)
    finally:
        target.depth -= 1


def _input(client: Any, queue: Any, buffer: Any, start_time: Any, packets: int, descriptions: Any) -> None:
    state: CallbackState = ffi.from_handle(client)
    target: QueueCallback = state.target
    target.call_count += 1
    target.depth += 1
    try:
        if target.fn is not None:
            when = None if start_time == ffi.NULL else AudioTimeStamp.from_cdata(start_time)
            target.fn(handle_of(queue), handle_of(buffer), when, int(packets),
                      decode_packet_descriptions(descriptions, int(packets)))
    except BaseException as exc:
        _fail(state, exc)
    finally:
        target.depth -= 1


def _listener(client: Any, queue: Any, property_id: int) -> None:
    state: CallbackState = ffi.from_handle(client)
    target: QueueCallback = state.target
    target.call_count += 1
    target.depth += 1
    try:
        if target.fn is not None:
            target.fn(handle_of(queue), int(property_id))
    except BaseException as exc:
        _fail(state, exc)
    finally:
        target.depth -= 1


def _silence(abl: Any) -> None:
    if abl == ffi.NULL:
        return
    buffers = ffi.cast("AudioBuffer *", ffi.addressof(abl.mBuffers[0]))
    for i in range(int(abl.mNumberBuffers)):
        size = int(buffers[i].mDataByteSize)
        if buffers[i].mData != ffi.NULL and size:
            ffi.memmove(buffers[i].mData, bytes(size), size)


def _tap(client: Any, tap: Any, frames: int, time_stamp: Any, flags: Any, out_frames: Any, data: Any) -> None:
    state: CallbackState = ffi.from_handle(client)
    target: QueueCallback = state.target
    target.call_count += 1
    target.depth += 1
    try:
        if target.fn is None:
            raise RuntimeError("the processing tap was disposed")
        result = target.fn(handle_of(tap), int(frames), time_stamp, int(flags[0]),
                           AudioBufferList.from_pointer(data))
        if isinstance(result, tuple):
            produced, new_flags = result
            flags[0] = int(new_flags)
        else:
            produced = result
        if isinstance(produced, bool) or not isinstance(produced, int) or not 0 <= produced <= frames:
            raise ValueError(f"a processing tap returns the frames it produced (0..{frames}), got {produced!r}")
        out_frames[0] = produced
    except BaseException as exc:
        _fail(state, exc)
        _silence(data)
        out_frames[0] = 0
    finally:
        target.depth -= 1


@functools.cache
def _trampolines() -> dict[str, Any]:
    return {
        "output": ffi.callback("AudioQueueOutputCallback", _output),
        "input": ffi.callback("AudioQueueInputCallback", _input),
        "listener": ffi.callback("AudioQueuePropertyListenerProc", _listener),
        "tap": ffi.callback("AudioQueueProcessingTapCallback", _tap),
    }


def trampoline(kind: CallbackKind) -> Any:
    """The C function pointer of one callback kind (made once)."""
    return _trampolines()[kind]


# ------------------------------------------------------------------ registries

_lock = threading.Lock()
_queues: dict[int, CallbackState] = {}
_listeners: dict[int, AudioQueuePropertyListener] = {}
_taps: dict[int, tuple[int, CallbackState]] = {}  # tap -> (queue, state)
_retired: list[Any] = []  # states of queues disposed with immediate=False


def register_queue(queue: int, state: CallbackState) -> None:
    with _lock:
        _queues[queue] = state


def queue_state(queue: int) -> CallbackState | None:
    return _queues.get(queue)


def tap_state(tap: int) -> CallbackState | None:
    entry = _taps.get(tap)
    return entry[1] if entry is not None else None


def release_queue(queue: int, immediate: bool) -> None:
    """Forget a disposed queue and everything registered on it.

    After an immediate dispose C can no longer call back: the states are
    detached and freed.  After a deferred one they are retired (kept).
    """
    with _lock:
        states: list[CallbackState] = []
        state = _queues.pop(queue, None)
        if state is not None:
            states.append(state)
        for key, listener in list(_listeners.items()):
            if listener.queue == queue:
                del _listeners[key]
                if listener._state is not None:
                    states.append(listener._state)
                    if immediate:
                        listener._state = None
                        listener._callback.fn = None
        for tap, (owner, tap_st) in list(_taps.items()):
            if owner == queue:
                del _taps[tap]
                states.append(tap_st)
        if not immediate:
            _retired.extend(states)
            return
    for st in states:
        st.target.fn = None
        st.detach()


def register_listener(listener: AudioQueuePropertyListener) -> None:
    with _lock:
        _listeners[id(listener)] = listener


def unregister_listener(listener: AudioQueuePropertyListener) -> None:
    with _lock:
        _listeners.pop(id(listener), None)
        state = listener._state
        listener._state = None
    listener._callback.fn = None
    if state is not None:
        state.detach()


def listeners_of(queue: int) -> list[AudioQueuePropertyListener]:
    return [item for item in _listeners.values() if item.queue == queue]


def is_listening(listener: AudioQueuePropertyListener) -> bool:
    return _listeners.get(id(listener)) is listener


def register_tap(tap: int, queue: int, state: CallbackState) -> None:
    with _lock:
        _taps[tap] = (queue, state)


def unregister_tap(tap: int) -> None:
    with _lock:
        entry = _taps.pop(tap, None)
    if entry is not None:
        entry[1].target.fn = None
        entry[1].detach()


def queue_call(name: str, queue: int, *args: Any) -> None:
    """Call ``name``; then re-raise what the queue's callbacks raised, unless
    this call is made from inside one of them (it would bounce back there)."""
    state = _queues.get(queue)
    if state is None or state.target.depth:
        call_guarded(None, name, *args)
    else:
        call_guarded(state, name, *args)
