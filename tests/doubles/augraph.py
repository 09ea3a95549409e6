"""AUGraph.h implemented over Python state, on a cffi-typed AudioToolbox FrameworkDouble.

:class:`AUGraphDouble` keeps graphs, nodes, connections and the render callback
pointers coremusic hands it, and :meth:`AUGraphDouble.render` drives those
pointers through libffi as a running graph would (pre-render notify, node
input callbacks with a real ``AudioBufferList``, post-render notify).  It
proves marshalling and callback plumbing, not Apple's graph behaviour.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from coremusic._ffi import ffi
from coremusic.structs import AudioBufferList
from tests.doubles.framework import FrameworkDouble

NODE_NOT_FOUND = -10860  # kAUGraphErr_NodeNotFound
INVALID_CONNECTION = -10861  # kAUGraphErr_InvalidConnection
CANNOT_DO_NOW = -10863  # kAUGraphErr_CannotDoInCurrentContext
PRE_RENDER = 4  # kAudioUnitRenderAction_PreRender
POST_RENDER = 8  # kAudioUnitRenderAction_PostRender


def addr(ptr: Any) -> int:
    return int(ffi.cast("uintptr_t", ptr))


@dataclass
class Node:
    description: tuple[int, int, int, int, int]
    unit: int = 0
    subgraph: int = 0
    class_data: bytes = b""


@dataclass
class Graph:
    nodes: dict[int, Node] = field(default_factory=dict)
    order: list[int] = field(default_factory=list)
    connections: list[tuple[int, int, int, int]] = field(default_factory=list)
    inputs: dict[tuple[int, int], tuple[Any, Any]] = field(default_factory=dict)  # (node, input) -> (proc, refcon)
    notifies: list[tuple[Any, Any]] = field(default_factory=list)
    is_open: bool = False
    initialized: bool = False
    running: bool = False
    cpu_load: float = 0.0
    max_cpu_load: float = 0.0
    pending: bool = False
    sample_time: float = 0.0


class AUGraphDouble:
    """The AUGraph functions of the AudioToolbox double, over :class:`Graph` records."""

    def __init__(self, double: FrameworkDouble) -> None:
        self.double = double
        self.graphs: dict[int, Graph] = {}
        self.disposed: list[int] = []
        self._next = 0x5100_0000
        self._next_node = 0
        self.errors_from_callbacks: list[int] = []  # statuses render callbacks returned
        self._install()

    def _handle(self) -> int:
        self._next += 0x40
        return self._next

    def graph(self, ptr: Any) -> Graph:
        g = self.graphs.get(addr(ptr))
        if g is None:
            raise LookupError(f"{hex(addr(ptr))} is not a live AUGraph")
        return g

    # ------------------------------------------------------------ rendering
    def render(self, graph: int, frames: int, channels: int = 2) -> list[np.ndarray[Any, Any]]:
        """Run one render cycle of ``graph``: notify (pre), every input callback, notify (post).

        Returns the buffers each input callback filled (one array per input, frames x channels).
        """
        g = self.graphs[graph]
        if not g.running:
            raise AssertionError("the double renders only running graphs")
        stamp = ffi.new("AudioTimeStamp *", {"mSampleTime": g.sample_time, "mFlags": 1})
        flags = ffi.new("AudioUnitRenderActionFlags *")
        filled = []
        for proc, refcon in list(g.notifies):
            flags[0] = PRE_RENDER
            self.errors_from_callbacks.append(proc(refcon, flags, stamp, 0, frames, ffi.NULL))
        for (_node, bus), (proc, refcon) in list(g.inputs.items()):
            abl = AudioBufferList.allocate(1, frames, channels)
            flags[0] = 0
            self.errors_from_callbacks.append(proc(refcon, flags, stamp, bus, frames, abl.pointer))
            filled.append(abl.arrays()[0].copy())
        for proc, refcon in list(g.notifies):
            flags[0] = POST_RENDER
            self.errors_from_callbacks.append(proc(refcon, flags, stamp, 0, frames, ffi.NULL))
        g.sample_time += frames
        return filled

    # ------------------------------------------------------------ the functions
    def _install(self) -> None:
        imp = self.double.implement

        def node_of(g: Graph, node: int) -> Node:
            n = g.nodes.get(int(node))
            if n is None:
                raise KeyError(node)
            return n

        def add(g: Graph, desc: Any, class_data: bytes = b"") -> int:
            self._next_node += 1
            key = (int(desc.componentType), int(desc.componentSubType), int(desc.componentManufacturer),
                   int(desc.componentFlags), int(desc.componentFlagsMask))
            g.nodes[self._next_node] = Node(key, class_data=class_data)
            g.order.append(self._next_node)
            if g.is_open:
                g.nodes[self._next_node].unit = self._handle()
            return self._next_node

        @imp("NewAUGraph")
        def _new(out: Any) -> int:
            handle = self._handle()
            self.graphs[handle] = Graph()
            out[0] = ffi.cast("AUGraph", handle)
            return 0

        @imp("DisposeAUGraph")
        def _dispose(ptr: Any) -> int:
            self.graph(ptr)
            self.disposed.append(addr(ptr))
            del self.graphs[addr(ptr)]
            return 0

        @imp("AUGraphAddNode")
        def _add_node(ptr: Any, desc: Any, out: Any) -> int:
            out[0] = add(self.graph(ptr), desc)
            return 0

        @imp("AUGraphNewNode")
        def _new_node(ptr: Any, desc: Any, size: int, data: Any, out: Any) -> int:
            raw = bytes(ffi.buffer(data, size)) if size else b""
            out[0] = add(self.graph(ptr), ffi.cast("AudioComponentDescription *", desc), raw)
            return 0

        @imp("AUGraphNewNodeSubGraph")
        def _new_sub(ptr: Any, out: Any) -> int:
            g = self.graph(ptr)
            sub = self._handle()
            self.graphs[sub] = Graph()
            self._next_node += 1
            g.nodes[self._next_node] = Node((0, 0, 0, 0, 0), subgraph=sub)
            g.order.append(self._next_node)
            out[0] = self._next_node
            return 0

        @imp("AUGraphIsNodeSubGraph")
        def _is_sub(ptr: Any, node: int, out: Any) -> int:
            try:
                out[0] = bool(node_of(self.graph(ptr), node).subgraph)
            except KeyError:
                return NODE_NOT_FOUND
            return 0

        @imp("AUGraphGetNodeInfoSubGraph")
        def _sub_info(ptr: Any, node: int, out: Any) -> int:
            try:
                n = node_of(self.graph(ptr), node)
            except KeyError:
                return NODE_NOT_FOUND
            if not n.subgraph:
                return NODE_NOT_FOUND
            out[0] = ffi.cast("AUGraph", n.subgraph)
            return 0

        @imp("AUGraphRemoveNode")
        def _remove(ptr: Any, node: int) -> int:
            g = self.graph(ptr)
            if node not in g.nodes:
                return NODE_NOT_FOUND
            del g.nodes[node]
            g.order.remove(node)
            g.connections = [c for c in g.connections if node not in (c[0], c[2])]
            g.inputs = {k: v for k, v in g.inputs.items() if k[0] != node}
            return 0

        @imp("AUGraphGetNodeCount")
        def _count(ptr: Any, out: Any) -> int:
            out[0] = len(self.graph(ptr).order)
            return 0

        @imp("AUGraphGetIndNode")
        def _ind(ptr: Any, index: int, out: Any) -> int:
            g = self.graph(ptr)
            if index >= len(g.order):
                return NODE_NOT_FOUND
            out[0] = g.order[index]
            return 0

        @imp("AUGraphNodeInfo")
        def _node_info(ptr: Any, node: int, desc: Any, unit: Any) -> int:
            try:
                n = node_of(self.graph(ptr), node)
            except KeyError:
                return NODE_NOT_FOUND
            if desc != ffi.NULL:
                (desc.componentType, desc.componentSubType, desc.componentManufacturer,
                 desc.componentFlags, desc.componentFlagsMask) = n.description
            if unit != ffi.NULL:
                unit[0] = ffi.cast("AudioUnit", n.unit)
            return 0

        @imp("AUGraphGetNodeInfo")
        def _get_node_info(ptr: Any, node: int, desc: Any, size: Any, data: Any, unit: Any) -> int:
            try:
                n = node_of(self.graph(ptr), node)
            except KeyError:
                return NODE_NOT_FOUND
            d = ffi.cast("AudioComponentDescription *", desc)
            (d.componentType, d.componentSubType, d.componentManufacturer,
             d.componentFlags, d.componentFlagsMask) = n.description
            keep = ffi.new("char[]", n.class_data or b"\0")
            self.__dict__.setdefault("_class_data", []).append(keep)
            size[0] = len(n.class_data)
            data[0] = keep if n.class_data else ffi.NULL
            unit[0] = ffi.cast("AudioUnit", n.unit)
            return 0

        @imp("AUGraphConnectNodeInput")
        def _connect(ptr: Any, src: int, src_out: int, dst: int, dst_in: int) -> int:
            g = self.graph(ptr)
            if src not in g.nodes or dst not in g.nodes:
                return NODE_NOT_FOUND
            if any(c[2:] == (dst, dst_in) for c in g.connections) or (dst, dst_in) in g.inputs:
                return INVALID_CONNECTION
            g.connections.append((src, src_out, dst, dst_in))
            g.pending = g.running
            return 0

        @imp("AUGraphDisconnectNodeInput")
        def _disconnect(ptr: Any, dst: int, dst_in: int) -> int:
            g = self.graph(ptr)
            if dst not in g.nodes:
                return NODE_NOT_FOUND
            g.connections = [c for c in g.connections if c[2:] != (dst, dst_in)]
            g.inputs.pop((dst, dst_in), None)
            return 0

        @imp("AUGraphSetNodeInputCallback")
        def _set_input(ptr: Any, dst: int, dst_in: int, cb: Any) -> int:
            g = self.graph(ptr)
            if dst not in g.nodes:
                return NODE_NOT_FOUND
            g.connections = [c for c in g.connections if c[2:] != (dst, dst_in)]
            g.inputs[(dst, dst_in)] = (cb.inputProc, cb.inputProcRefCon)
            return 0

        @imp("AUGraphClearConnections")
        def _clear(ptr: Any) -> int:
            g = self.graph(ptr)
            g.connections.clear()
            g.inputs.clear()
            return 0

        def interactions(g: Graph, node: int | None = None) -> list[tuple[int, Any]]:
            out: list[tuple[int, Any]] = [(1, c) for c in g.connections if node is None or node in (c[0], c[2])]
            out += [(2, (k, v)) for k, v in g.inputs.items() if node is None or k[0] == node]
            return out

        def fill(target: Any, item: tuple[int, Any]) -> None:
            kind, value = item
            target.nodeInteractionType = kind
            if kind == 1:
                con = target.nodeInteraction.connection
                con.sourceNode, con.sourceOutputNumber, con.destNode, con.destInputNumber = value
            else:
                (node, bus), (proc, refcon) = value
                cb = target.nodeInteraction.inputCallback
                cb.destNode, cb.destInputNumber = node, bus
                cb.cback.inputProc, cb.cback.inputProcRefCon = proc, refcon

        @imp("AUGraphGetNumberOfInteractions")
        def _n_inter(ptr: Any, out: Any) -> int:
            out[0] = len(interactions(self.graph(ptr)))
            return 0

        @imp("AUGraphGetInteractionInfo")
        def _inter(ptr: Any, index: int, out: Any) -> int:
            items = interactions(self.graph(ptr))
            if index >= len(items):
                return INVALID_CONNECTION
            fill(out, items[index])
            return 0

        @imp("AUGraphCountNodeInteractions")
        def _count_inter(ptr: Any, node: int, out: Any) -> int:
            g = self.graph(ptr)
            if node not in g.nodes:
                return NODE_NOT_FOUND
            out[0] = len(interactions(g, node))
            return 0

        @imp("AUGraphGetNodeInteractions")
        def _node_inter(ptr: Any, node: int, io_count: Any, out: Any) -> int:
            items = interactions(self.graph(ptr), node)[: int(io_count[0])]
            for i, item in enumerate(items):
                fill(out[i], item)
            io_count[0] = len(items)
            return 0

        @imp("AUGraphGetNumberOfConnections")
        def _n_con(ptr: Any, out: Any) -> int:
            out[0] = len(self.graph(ptr).connections)
            return 0

        @imp("AUGraphGetConnectionInfo")
        def _con_info(ptr: Any, index: int, src: Any, src_out: Any, dst: Any, dst_in: Any) -> int:
            g = self.graph(ptr)
            if index >= len(g.connections):
                return INVALID_CONNECTION
            src[0], src_out[0], dst[0], dst_in[0] = g.connections[index]
            return 0

        @imp("AUGraphCountNodeConnections")
        def _count_con(ptr: Any, node: int, out: Any) -> int:
            g = self.graph(ptr)
            out[0] = sum(1 for c in g.connections if node in (c[0], c[2]))
            return 0

        @imp("AUGraphGetNodeConnections")
        def _node_con(ptr: Any, node: int, out: Any, io_count: Any) -> int:
            g = self.graph(ptr)
            items = [c for c in g.connections if node in (c[0], c[2])][: int(io_count[0])]
            for i, c in enumerate(items):
                out[i].sourceNode, out[i].sourceOutputNumber, out[i].destNode, out[i].destInputNumber = c
            io_count[0] = len(items)
            return 0

        @imp("AUGraphUpdate")
        def _update(ptr: Any, out: Any) -> int:
            g = self.graph(ptr)
            if out != ffi.NULL:
                out[0] = True
            g.pending = False
            return 0

        def state(name: str, attr: str, value: bool, needs: str | None = None) -> None:
            def fn(ptr: Any) -> int:
                g = self.graph(ptr)
                if needs is not None and not getattr(g, needs):
                    return CANNOT_DO_NOW
                setattr(g, attr, value)
                if attr == "is_open":
                    for n in g.nodes.values():
                        n.unit = self._handle() if value else 0
                return 0
            imp(name, fn)

        state("AUGraphOpen", "is_open", True)
        state("AUGraphClose", "is_open", False)
        state("AUGraphInitialize", "initialized", True, needs="is_open")
        state("AUGraphUninitialize", "initialized", False)
        state("AUGraphStart", "running", True, needs="initialized")
        state("AUGraphStop", "running", False)

        def flag(name: str, attr: str) -> None:
            def fn(ptr: Any, out: Any) -> int:
                out[0] = getattr(self.graph(ptr), attr)
                return 0
            imp(name, fn)

        flag("AUGraphIsOpen", "is_open")
        flag("AUGraphIsInitialized", "initialized")
        flag("AUGraphIsRunning", "running")

        @imp("AUGraphGetCPULoad")
        def _cpu(ptr: Any, out: Any) -> int:
            out[0] = self.graph(ptr).cpu_load
            return 0

        @imp("AUGraphGetMaxCPULoad")
        def _max_cpu(ptr: Any, out: Any) -> int:
            out[0] = self.graph(ptr).max_cpu_load
            return 0

        @imp("AUGraphAddRenderNotify")
        def _add_notify(ptr: Any, proc: Any, refcon: Any) -> int:
            self.graph(ptr).notifies.append((proc, refcon))
            return 0

        @imp("AUGraphRemoveRenderNotify")
        def _remove_notify(ptr: Any, proc: Any, refcon: Any) -> int:
            g = self.graph(ptr)
            for i, (p, r) in enumerate(g.notifies):
                if addr(p) == addr(proc) and addr(r) == addr(refcon):
                    del g.notifies[i]
                    return 0
            return -50
