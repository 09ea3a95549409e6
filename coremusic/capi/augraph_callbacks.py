"""Python callables as AURenderCallback functions of an AUGraph: trampolines and their owner.

A :class:`RenderCallback` owns one ``ffi.callback`` of type ``AURenderCallback``
(decoding or raw, chosen once at construction).  A registry keyed by the graph
keeps the handle alive while C holds its pointer.  When coremusic removes a
callback, C may still be inside it (or about to call it once more) on the
render thread, so the trampoline itself is *retired*, not freed: it stays
alive, its Python callable is dropped (later calls output silence), and it is
freed when the graph is disposed, after which C can no longer call it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Literal

from coremusic._ffi import ffi
from coremusic.capi.hal_callbacks import CallbackHandle
from coremusic.structs import AudioBufferList, AudioTimeStamp

__all__ = ["RenderCallback", "RenderFunction", "graph_callbacks", "retired_count"]

RenderFunction = Callable[..., Any]


class RenderCallback(CallbackHandle):
    """A Python callable installed as an ``AURenderCallback`` of a graph.

    ``kind`` is ``'notify'`` (from :func:`augraph_add_render_notify`) or
    ``'input'`` (from :func:`augraph_set_node_input_callback`, for ``node``
    and ``input_number``).

    Attributes
    ----------
    graph : int
        The ``AUGraph`` handle.
    call_count, error_count : int
        Calls from C, and how many of them raised in Python.

    Example
    -------
    >>> cb = capi.augraph_add_render_notify(g, lambda *a: None)     # doctest: +SKIP
    >>> cb                                                          # doctest: +SKIP
    <RenderCallback notify of graph 0x...: registered, 0 calls, 0 errors>
    """

    def __init__(self, kind: Literal["notify", "input"], graph: int, callback: RenderFunction,
                 raw: bool, node: int | None = None, input_number: int | None = None) -> None:
        super().__init__(callback)
        self.kind = kind
        self.graph = graph
        self.raw = raw
        self.node = node
        self.input_number = input_number
        self._trampoline = _make_trampoline(self, raw)
        self.ref_con = ffi.new_handle(self)

    def _release(self) -> None:
        """C no longer holds this callback (or soon will not): drop the callable, retire the
        trampoline until the graph is disposed."""
        if self._trampoline is not None:
            with _lock:
                _retired.setdefault(self.graph, []).append((self._trampoline, self.ref_con))
        self._trampoline = None
        self._callback = None

    def __repr__(self) -> str:
        where = f"notify of graph {self.graph:#x}" if self.kind == "notify" else (
            f"input of graph {self.graph:#x} node {self.node} input {self.input_number}")
        return f"<RenderCallback {where}{' raw' if self.raw else ''}: {self._state()}>"


def _silence(pointer: Any) -> None:
    if pointer == ffi.NULL:
        return
    buffers = ffi.cast("AudioBuffer *", ffi.addressof(pointer.mBuffers[0]))
    for i in range(int(pointer.mNumberBuffers)):
        size = int(buffers[i].mDataByteSize)
        if buffers[i].mData != ffi.NULL and size:
            ffi.memmove(buffers[i].mData, bytes(size), size)


def _make_trampoline(handle: RenderCallback, raw: bool) -> Any:
    """One ``AURenderCallback`` per handle, decoding or raw as chosen here (once).

    The callable is read from the handle on each call, so a removed callback
    (callable dropped) outputs silence instead of running.
    """
    if raw:
        def trampoline(ref_con: Any, flags: Any, timestamp: Any, bus: int, frames: int, data: Any) -> int:
            callback = handle._callback
            if callback is None:
                _silence(data)
                return 0
            handle.call_count += 1
            handle._depth += 1
            try:
                callback(flags, timestamp, bus, frames, data)
            except BaseException:
                _silence(data)
                raise
            finally:
                handle._depth -= 1
            return 0
    else:
        def trampoline(ref_con: Any, flags: Any, timestamp: Any, bus: int, frames: int, data: Any) -> int:
            callback = handle._callback
            if callback is None:
                _silence(data)
                return 0
            handle.call_count += 1
            handle._depth += 1
            try:
                callback(int(flags[0]) if flags != ffi.NULL else 0,
                         None if timestamp == ffi.NULL else AudioTimeStamp.from_cdata(timestamp),
                         int(bus), int(frames),
                         None if data == ffi.NULL else AudioBufferList.from_pointer(data))
            except BaseException:
                _silence(data)
                raise
            finally:
                handle._depth -= 1
            return 0

    return ffi.callback("AURenderCallback", trampoline, error=0, onerror=handle._onerror)


_lock = threading.RLock()
_callbacks: dict[int, list[RenderCallback]] = {}  # graph handle -> live callbacks
_retired: dict[int, list[tuple[Any, Any]]] = {}  # graph handle -> (trampoline, ref_con) C may still call


def _keep(handle: RenderCallback) -> None:
    with _lock:
        _callbacks.setdefault(handle.graph, []).append(handle)


def _drop(handle: RenderCallback) -> None:
    with _lock:
        live = _callbacks.get(handle.graph, [])
        if handle in live:
            live.remove(handle)
        if not live:
            _callbacks.pop(handle.graph, None)
    handle._release()


def _drop_input(graph: int, node: int, input_number: int) -> None:
    with _lock:
        old = [h for h in _callbacks.get(graph, [])
               if h.kind == "input" and h.node == node and h.input_number == input_number]
    for h in old:
        _drop(h)


def graph_callbacks(graph: int) -> tuple[RenderCallback, ...]:
    """The render callbacks coremusic installed on ``graph`` that C still holds.

    Example
    -------
    >>> graph_callbacks(12345)
    ()
    """
    with _lock:
        return tuple(_callbacks.get(graph, ()))


def _forget_graph(graph: int) -> None:
    """The graph was disposed: release its callbacks and free its retired trampolines."""
    for h in graph_callbacks(graph):
        _drop(h)
    with _lock:
        _retired.pop(graph, None)


def retired_count(graph: int) -> int:
    """How many removed trampolines of ``graph`` are kept until it is disposed.

    Example
    -------
    >>> retired_count(12345)
    0
    """
    with _lock:
        return len(_retired.get(graph, ()))

