"""AUGraph.h: graphs of AudioUnit nodes, their connections and render callbacks.

A graph is an ``AUGraph`` handle (``int``); nodes are ``AUNode`` ints.  Python
callables become ``AURenderCallback`` trampolines in two places:

- :func:`augraph_set_node_input_callback` feeds a node input from Python;
- :func:`augraph_add_render_notify` observes every render cycle of the graph.

Both return a :class:`RenderCallback` handle that owns the trampoline; a
module registry keeps it alive while C holds it (until the callback is
replaced or removed, or the graph is disposed).  The callable is called as
``callback(action_flags, timestamp, bus, frames, buffers)`` with an
:class:`~coremusic.structs.AudioTimeStamp` and an
:class:`~coremusic.structs.AudioBufferList` view over C's memory (``None`` for
NULL); ``raw=True`` passes the cffi pointers undecoded instead.  It runs on
the render thread: keep it short, allocate nothing.  An exception never
reaches C: the buffers are silenced, the render returns ``noErr``, the
exception is counted on the handle and re-raised by
:meth:`RenderCallback.check_errors` on the caller's thread.

Example
-------
>>> from coremusic import capi                                          # doctest: +SKIP
>>> g = capi.new_augraph()                                              # doctest: +SKIP
>>> out = capi.augraph_add_node(g, ("auou", "def ", "appl"))            # doctest: +SKIP
>>> capi.augraph_open(g); capi.augraph_initialize(g)                    # doctest: +SKIP
>>> capi.augraph_start(g)                                               # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

from coremusic._ffi import ffi
from coremusic.capi._base import as_pointer, call, handle_of
from coremusic.capi._toolbox import int_arg, u32
from coremusic.capi.augraph_callbacks import (
    RenderCallback,
    RenderFunction,
    _callbacks,
    _drop,
    _drop_input,
    _forget_graph,
    _keep,
    _lock,
    graph_callbacks,
)
from coremusic.structs import AudioComponentDescription

__all__ = [
    "RenderCallback",
    "augraph_add_node",
    "augraph_add_render_notify",
    "augraph_clear_connections",
    "augraph_close",
    "augraph_connect_node_input",
    "augraph_count_node_connections",
    "augraph_count_node_interactions",
    "augraph_disconnect_node_input",
    "augraph_get_connection_info",
    "augraph_get_cpu_load",
    "augraph_get_ind_node",
    "augraph_get_interaction_info",
    "augraph_get_max_cpu_load",
    "augraph_get_node_connections",
    "augraph_get_node_count",
    "augraph_get_node_info",
    "augraph_get_node_info_sub_graph",
    "augraph_get_node_interactions",
    "augraph_get_number_of_connections",
    "augraph_get_number_of_interactions",
    "augraph_initialize",
    "augraph_is_initialized",
    "augraph_is_node_sub_graph",
    "augraph_is_open",
    "augraph_is_running",
    "augraph_new_node",
    "augraph_new_node_sub_graph",
    "augraph_node_info",
    "augraph_open",
    "augraph_remove_node",
    "augraph_remove_render_notify",
    "augraph_set_node_input_callback",
    "augraph_start",
    "augraph_stop",
    "augraph_uninitialize",
    "augraph_update",
    "dispose_augraph",
    "graph_callbacks",
    "new_augraph",
]

NODE_INTERACTION_CONNECTION = 1  # kAUNodeInteraction_Connection
NODE_INTERACTION_INPUT_CALLBACK = 2  # kAUNodeInteraction_InputCallback
_S32 = (-(2**31), 2**31 - 1)

DescriptionArg = AudioComponentDescription | tuple[Any, ...]


# ------------------------------------------------------------------ helpers


def _graph(handle: int) -> Any:
    return as_pointer("AUGraph", handle, "graph")


def _node(node: int, what: str = "node") -> int:
    return int_arg(node, what, *_S32)


def _description(desc: DescriptionArg) -> Any:
    if isinstance(desc, tuple):
        desc = AudioComponentDescription(*desc)
    if not isinstance(desc, AudioComponentDescription):
        raise TypeError("description must be an AudioComponentDescription or a (type, subtype, "
                        f"manufacturer) tuple, not {type(desc).__name__}")
    return ffi.new("AudioComponentDescription *", desc.to_dict())


def _boolean(name: str, graph: int, *args: Any) -> bool:
    out = ffi.new("Boolean *")
    call(name, _graph(graph), *args, out)
    return bool(out[0])


def _interaction(c: Any) -> dict[str, Any]:
    """An ``AUNodeInteraction`` as a dict: ``type`` ('connection' or 'input_callback') and fields."""
    kind = int(c.nodeInteractionType)
    if kind == NODE_INTERACTION_CONNECTION:
        con = c.nodeInteraction.connection
        return {"type": "connection", "source_node": int(con.sourceNode),
                "source_output": int(con.sourceOutputNumber), "dest_node": int(con.destNode),
                "dest_input": int(con.destInputNumber)}
    if kind == NODE_INTERACTION_INPUT_CALLBACK:
        cb = c.nodeInteraction.inputCallback
        return {"type": "input_callback", "dest_node": int(cb.destNode),
                "dest_input": int(cb.destInputNumber),
                "proc": handle_of(cb.cback.inputProc), "ref_con": handle_of(cb.cback.inputProcRefCon)}
    return {"type": kind}


# ------------------------------------------------------------------ lifetime


def new_augraph() -> int:
    """``NewAUGraph``: a new empty graph.

    Returns
    -------
    int
        The ``AUGraph`` handle; dispose it with :func:`dispose_augraph`.

    Example
    -------
    >>> g = new_augraph()                                  # doctest: +SKIP
    """
    out = ffi.new("AUGraph *")
    call("NewAUGraph", out)
    return handle_of(out[0])


def dispose_augraph(graph: int) -> None:
    """``DisposeAUGraph``: dispose the graph and its nodes; its render callbacks are released.

    Example
    -------
    >>> dispose_augraph(g)                                 # doctest: +SKIP
    """
    call("DisposeAUGraph", _graph(graph))
    _forget_graph(graph)


def augraph_open(graph: int) -> None:
    """``AUGraphOpen``: open the graph's AudioUnits (they exist after this).

    Example
    -------
    >>> augraph_open(g)                                    # doctest: +SKIP
    """
    call("AUGraphOpen", _graph(graph))


def augraph_close(graph: int) -> None:
    """``AUGraphClose``: close the graph's AudioUnits.

    Example
    -------
    >>> augraph_close(g)                                   # doctest: +SKIP
    """
    call("AUGraphClose", _graph(graph))


def augraph_initialize(graph: int) -> None:
    """``AUGraphInitialize``: initialize the units and make the connections.

    Example
    -------
    >>> augraph_initialize(g)                              # doctest: +SKIP
    """
    call("AUGraphInitialize", _graph(graph))


def augraph_uninitialize(graph: int) -> None:
    """``AUGraphUninitialize``: undo :func:`augraph_initialize`.

    Example
    -------
    >>> augraph_uninitialize(g)                            # doctest: +SKIP
    """
    call("AUGraphUninitialize", _graph(graph))


def augraph_start(graph: int) -> None:
    """``AUGraphStart``: start rendering (the head output unit starts pulling).

    Example
    -------
    >>> augraph_start(g)                                   # doctest: +SKIP
    """
    call("AUGraphStart", _graph(graph))


def augraph_stop(graph: int) -> None:
    """``AUGraphStop``: stop rendering.

    Example
    -------
    >>> augraph_stop(g)                                    # doctest: +SKIP
    """
    call("AUGraphStop", _graph(graph))


def augraph_is_open(graph: int) -> bool:
    """``AUGraphIsOpen``.

    Example
    -------
    >>> augraph_is_open(g)                                 # doctest: +SKIP
    True
    """
    return _boolean("AUGraphIsOpen", graph)


def augraph_is_initialized(graph: int) -> bool:
    """``AUGraphIsInitialized``.

    Example
    -------
    >>> augraph_is_initialized(g)                          # doctest: +SKIP
    False
    """
    return _boolean("AUGraphIsInitialized", graph)


def augraph_is_running(graph: int) -> bool:
    """``AUGraphIsRunning``.

    Example
    -------
    >>> augraph_is_running(g)                              # doctest: +SKIP
    False
    """
    return _boolean("AUGraphIsRunning", graph)


def augraph_update(graph: int, *, wait: bool = False) -> bool:
    """``AUGraphUpdate``: apply the pending changes of a running graph.

    Parameters
    ----------
    wait : bool
        ``True`` passes NULL for ``outIsUpdated``, so the call blocks until the
        changes are applied (then returns ``True``); ``False`` returns at once
        with whether they were applied.

    Example
    -------
    >>> augraph_update(g)                                  # doctest: +SKIP
    True
    """
    if wait:
        call("AUGraphUpdate", _graph(graph), ffi.NULL)
        return True
    return _boolean("AUGraphUpdate", graph)


def augraph_get_cpu_load(graph: int) -> float:
    """``AUGraphGetCPULoad``: the average render load (0.0 - 1.0) since the last call.

    Example
    -------
    >>> augraph_get_cpu_load(g)                            # doctest: +SKIP
    0.04
    """
    out = ffi.new("Float32 *")
    call("AUGraphGetCPULoad", _graph(graph), out)
    return float(out[0])


def augraph_get_max_cpu_load(graph: int) -> float:
    """``AUGraphGetMaxCPULoad``: the peak render load since the last call.

    Example
    -------
    >>> augraph_get_max_cpu_load(g)                        # doctest: +SKIP
    0.11
    """
    out = ffi.new("Float32 *")
    call("AUGraphGetMaxCPULoad", _graph(graph), out)
    return float(out[0])


# ------------------------------------------------------------------ nodes


def augraph_add_node(graph: int, description: DescriptionArg) -> int:
    """``AUGraphAddNode``: add a node for the AudioUnit ``description`` names.

    Parameters
    ----------
    description : AudioComponentDescription or tuple
        ``(type, subtype, manufacturer)`` FourCCs, e.g. ``("aumu", "dls ", "appl")``.

    Returns
    -------
    int
        The ``AUNode``.

    Example
    -------
    >>> synth = augraph_add_node(g, ("aumu", "dls ", "appl"))   # doctest: +SKIP
    """
    desc = _description(description)
    out = ffi.new("AUNode *")
    call("AUGraphAddNode", _graph(graph), desc, out)
    return int(out[0])


def augraph_remove_node(graph: int, node: int) -> None:
    """``AUGraphRemoveNode``.

    Example
    -------
    >>> augraph_remove_node(g, synth)                      # doctest: +SKIP
    """
    call("AUGraphRemoveNode", _graph(graph), _node(node))
    with _lock:
        stale = [h for h in _callbacks.get(graph, []) if h.kind == "input" and h.node == node]
    for h in stale:
        _drop(h)


def augraph_new_node(graph: int, description: DescriptionArg, class_data: bytes = b"") -> int:
    """``AUGraphNewNode`` (deprecated since macOS 10.5; use :func:`augraph_add_node`).

    ``description`` fills the classic ``ComponentDescription`` (same five
    fields as ``AudioComponentDescription``); ``class_data`` is passed as is.

    Example
    -------
    >>> node = augraph_new_node(g, ("aufx", "dely", "appl"))    # doctest: +SKIP
    """
    desc = _description(description)
    if not isinstance(class_data, (bytes, bytearray)):
        raise TypeError(f"class_data must be bytes, not {type(class_data).__name__}")
    raw = bytes(class_data)
    out = ffi.new("AUNode *")
    call("AUGraphNewNode", _graph(graph), ffi.cast("struct ComponentDescription *", desc),
         len(raw), raw if raw else ffi.NULL, out)
    return int(out[0])


def augraph_new_node_sub_graph(graph: int) -> int:
    """``AUGraphNewNodeSubGraph``: a node that is itself a graph.

    Example
    -------
    >>> sub = augraph_new_node_sub_graph(g)                # doctest: +SKIP
    """
    out = ffi.new("AUNode *")
    call("AUGraphNewNodeSubGraph", _graph(graph), out)
    return int(out[0])


def augraph_is_node_sub_graph(graph: int, node: int) -> bool:
    """``AUGraphIsNodeSubGraph``.

    Example
    -------
    >>> augraph_is_node_sub_graph(g, sub)                  # doctest: +SKIP
    True
    """
    return _boolean("AUGraphIsNodeSubGraph", graph, _node(node))


def augraph_get_node_info_sub_graph(graph: int, node: int) -> int:
    """``AUGraphGetNodeInfoSubGraph``: the ``AUGraph`` handle of a sub-graph node.

    Example
    -------
    >>> inner = augraph_get_node_info_sub_graph(g, sub)    # doctest: +SKIP
    """
    out = ffi.new("AUGraph *")
    call("AUGraphGetNodeInfoSubGraph", _graph(graph), _node(node), out)
    return handle_of(out[0])


def augraph_get_node_count(graph: int) -> int:
    """``AUGraphGetNodeCount``.

    Example
    -------
    >>> augraph_get_node_count(g)                          # doctest: +SKIP
    2
    """
    out = ffi.new("UInt32 *")
    call("AUGraphGetNodeCount", _graph(graph), out)
    return int(out[0])


def augraph_get_ind_node(graph: int, index: int) -> int:
    """``AUGraphGetIndNode``: the node at ``index`` (0 .. node count - 1).

    Example
    -------
    >>> augraph_get_ind_node(g, 0)                         # doctest: +SKIP
    1
    """
    out = ffi.new("AUNode *")
    call("AUGraphGetIndNode", _graph(graph), u32(index, "index"), out)
    return int(out[0])


def augraph_node_info(graph: int, node: int) -> tuple[AudioComponentDescription, int]:
    """``AUGraphNodeInfo``: the node's description and its ``AudioUnit`` handle
    (0 while the graph is not open).

    Example
    -------
    >>> desc, unit = augraph_node_info(g, synth)           # doctest: +SKIP
    """
    desc = ffi.new("AudioComponentDescription *")
    unit = ffi.new("AudioUnit *")
    call("AUGraphNodeInfo", _graph(graph), _node(node), desc, unit)
    return AudioComponentDescription.from_cdata(desc), handle_of(unit[0])


def augraph_get_node_info(graph: int, node: int) -> tuple[AudioComponentDescription, bytes, int]:
    """``AUGraphGetNodeInfo`` (deprecated since macOS 10.5): description, class data, AudioUnit.

    Example
    -------
    >>> desc, class_data, unit = augraph_get_node_info(g, synth)   # doctest: +SKIP
    """
    desc = ffi.new("AudioComponentDescription *")
    size = ffi.new("UInt32 *")
    data = ffi.new("void * *")
    unit = ffi.new("AudioUnit *")
    call("AUGraphGetNodeInfo", _graph(graph), _node(node),
         ffi.cast("struct ComponentDescription *", desc), size, data, unit)
    n = int(size[0])
    raw = bytes(ffi.buffer(data[0], n)) if n and data[0] != ffi.NULL else b""
    return AudioComponentDescription.from_cdata(desc), raw, handle_of(unit[0])


# ------------------------------------------------------------------ connections


def augraph_connect_node_input(graph: int, source_node: int, source_output: int,
                               dest_node: int, dest_input: int) -> None:
    """``AUGraphConnectNodeInput``: connect an output bus of one node to an input of another.

    Example
    -------
    >>> augraph_connect_node_input(g, synth, 0, out, 0)    # doctest: +SKIP
    """
    call("AUGraphConnectNodeInput", _graph(graph), _node(source_node, "source_node"),
         u32(source_output, "source_output"), _node(dest_node, "dest_node"), u32(dest_input, "dest_input"))


def augraph_disconnect_node_input(graph: int, dest_node: int, dest_input: int) -> None:
    """``AUGraphDisconnectNodeInput``: remove the connection or input callback of an input.

    Example
    -------
    >>> augraph_disconnect_node_input(g, out, 0)           # doctest: +SKIP
    """
    call("AUGraphDisconnectNodeInput", _graph(graph), _node(dest_node, "dest_node"),
         u32(dest_input, "dest_input"))
    _drop_input(graph, dest_node, dest_input)


def augraph_clear_connections(graph: int) -> None:
    """``AUGraphClearConnections``: remove every connection and input callback.

    Example
    -------
    >>> augraph_clear_connections(g)                       # doctest: +SKIP
    """
    call("AUGraphClearConnections", _graph(graph))
    with _lock:
        inputs = [h for h in _callbacks.get(graph, []) if h.kind == "input"]
    for h in inputs:
        _drop(h)


def augraph_get_number_of_interactions(graph: int) -> int:
    """``AUGraphGetNumberOfInteractions``: connections plus input callbacks.

    Example
    -------
    >>> augraph_get_number_of_interactions(g)              # doctest: +SKIP
    1
    """
    out = ffi.new("UInt32 *")
    call("AUGraphGetNumberOfInteractions", _graph(graph), out)
    return int(out[0])


def augraph_get_interaction_info(graph: int, index: int) -> dict[str, Any]:
    """``AUGraphGetInteractionInfo``: interaction ``index`` as a dict.

    Returns
    -------
    dict
        ``{'type': 'connection', 'source_node', 'source_output', 'dest_node',
        'dest_input'}`` or ``{'type': 'input_callback', 'dest_node', 'dest_input',
        'proc', 'ref_con'}`` (addresses as ints).

    Example
    -------
    >>> augraph_get_interaction_info(g, 0)["type"]         # doctest: +SKIP
    'connection'
    """
    out = ffi.new("AUNodeInteraction *")
    call("AUGraphGetInteractionInfo", _graph(graph), u32(index, "index"), out)
    return _interaction(out)


def augraph_count_node_interactions(graph: int, node: int) -> int:
    """``AUGraphCountNodeInteractions``: interactions that involve ``node``.

    Example
    -------
    >>> augraph_count_node_interactions(g, out)            # doctest: +SKIP
    1
    """
    out = ffi.new("UInt32 *")
    call("AUGraphCountNodeInteractions", _graph(graph), _node(node), out)
    return int(out[0])


def augraph_get_node_interactions(graph: int, node: int) -> list[dict[str, Any]]:
    """``AUGraphGetNodeInteractions``: every interaction of ``node`` (count, then fetch).

    Example
    -------
    >>> [i["type"] for i in augraph_get_node_interactions(g, out)]   # doctest: +SKIP
    ['connection']
    """
    count = augraph_count_node_interactions(graph, node)
    io_count = ffi.new("UInt32 *", count)
    items = ffi.new("AUNodeInteraction[]", max(count, 1))
    call("AUGraphGetNodeInteractions", _graph(graph), _node(node), io_count, items)
    return [_interaction(items[i]) for i in range(min(int(io_count[0]), count))]


def augraph_get_number_of_connections(graph: int) -> int:
    """``AUGraphGetNumberOfConnections`` (deprecated since macOS 10.5).

    Example
    -------
    >>> augraph_get_number_of_connections(g)               # doctest: +SKIP
    1
    """
    out = ffi.new("UInt32 *")
    call("AUGraphGetNumberOfConnections", _graph(graph), out)
    return int(out[0])


def augraph_get_connection_info(graph: int, index: int) -> tuple[int, int, int, int]:
    """``AUGraphGetConnectionInfo`` (deprecated since macOS 10.5):
    ``(source_node, source_output, dest_node, dest_input)``.

    Example
    -------
    >>> augraph_get_connection_info(g, 0)                  # doctest: +SKIP
    (1, 0, 2, 0)
    """
    src, src_out = ffi.new("AUNode *"), ffi.new("UInt32 *")
    dst, dst_in = ffi.new("AUNode *"), ffi.new("UInt32 *")
    call("AUGraphGetConnectionInfo", _graph(graph), u32(index, "index"), src, src_out, dst, dst_in)
    return int(src[0]), int(src_out[0]), int(dst[0]), int(dst_in[0])


def augraph_count_node_connections(graph: int, node: int) -> int:
    """``AUGraphCountNodeConnections`` (deprecated since macOS 10.5).

    Example
    -------
    >>> augraph_count_node_connections(g, out)             # doctest: +SKIP
    1
    """
    out = ffi.new("UInt32 *")
    call("AUGraphCountNodeConnections", _graph(graph), _node(node), out)
    return int(out[0])


def augraph_get_node_connections(graph: int, node: int) -> list[tuple[int, int, int, int]]:
    """``AUGraphGetNodeConnections`` (deprecated since macOS 10.5): the node's connections
    as ``(source_node, source_output, dest_node, dest_input)`` tuples.

    Example
    -------
    >>> augraph_get_node_connections(g, out)               # doctest: +SKIP
    [(1, 0, 2, 0)]
    """
    count = augraph_count_node_connections(graph, node)
    items = ffi.new("AudioUnitNodeConnection[]", max(count, 1))
    io_count = ffi.new("UInt32 *", count)
    call("AUGraphGetNodeConnections", _graph(graph), _node(node), items, io_count)
    return [(int(c.sourceNode), int(c.sourceOutputNumber), int(c.destNode), int(c.destInputNumber))
            for c in (items[i] for i in range(min(int(io_count[0]), count)))]


# ------------------------------------------------------------------ callbacks


def augraph_set_node_input_callback(graph: int, dest_node: int, dest_input: int,
                                    callback: RenderFunction, *, raw: bool = False) -> RenderCallback:
    """``AUGraphSetNodeInputCallback``: render input ``dest_input`` of ``dest_node`` from Python.

    Parameters
    ----------
    callback : callable ``(action_flags, timestamp, bus, frames, buffers) -> None``
        Fills ``buffers`` (an :class:`~coremusic.structs.AudioBufferList` view)
        with ``frames`` frames.  Runs on the render thread.
    raw : bool
        Pass the cffi pointers undecoded (no allocation per cycle).

    Returns
    -------
    RenderCallback
        Owns the trampoline; it stays alive until the input is disconnected,
        given another callback, the node removed or the graph disposed.

    Example
    -------
    >>> def fill(flags, ts, bus, frames, buffers):
    ...     for a in buffers.arrays():
    ...         a[:] = 0.0
    >>> cb = augraph_set_node_input_callback(g, mixer, 0, fill)     # doctest: +SKIP
    """
    if not callable(callback):
        raise TypeError(f"callback must be callable, not {type(callback).__name__}")
    ptr = _graph(graph)
    handle = RenderCallback("input", graph, callback, raw, _node(dest_node, "dest_node"),
                            u32(dest_input, "dest_input"))
    box = ffi.new("AURenderCallbackStruct *", {"inputProc": handle._trampoline,
                                               "inputProcRefCon": handle.ref_con})
    call("AUGraphSetNodeInputCallback", ptr, dest_node, dest_input, box)
    _drop_input(graph, dest_node, dest_input)
    _keep(handle)
    return handle


def augraph_add_render_notify(graph: int, callback: RenderFunction, *, raw: bool = False) -> RenderCallback:
    """``AUGraphAddRenderNotify``: call ``callback`` before and after every render of the graph.

    ``action_flags`` tells which: ``kAudioUnitRenderAction_PreRender`` (4) or
    ``kAudioUnitRenderAction_PostRender`` (8).

    Returns
    -------
    RenderCallback
        Pass it to :func:`augraph_remove_render_notify`.

    Example
    -------
    >>> cb = augraph_add_render_notify(g, lambda flags, ts, bus, n, bufs: None)   # doctest: +SKIP
    """
    if not callable(callback):
        raise TypeError(f"callback must be callable, not {type(callback).__name__}")
    ptr = _graph(graph)
    handle = RenderCallback("notify", graph, callback, raw)
    call("AUGraphAddRenderNotify", ptr, handle._trampoline, handle.ref_con)
    _keep(handle)
    return handle


def augraph_remove_render_notify(graph: int, handle: RenderCallback) -> None:
    """``AUGraphRemoveRenderNotify``: remove a callback :func:`augraph_add_render_notify` returned.

    Example
    -------
    >>> augraph_remove_render_notify(g, cb)                # doctest: +SKIP
    """
    if not isinstance(handle, RenderCallback) or handle.kind != "notify":
        raise TypeError("augraph_remove_render_notify takes the RenderCallback that "
                        f"augraph_add_render_notify returned, not {handle!r}")
    if handle.graph != graph or handle not in graph_callbacks(graph):
        raise ValueError(f"{handle!r} is not registered on graph {graph:#x}")
    call("AUGraphRemoveRenderNotify", _graph(graph), handle._trampoline, handle.ref_con)
    _drop(handle)
