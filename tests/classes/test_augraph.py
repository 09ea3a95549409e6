"""AUGraph class: construction fails off macOS; its methods are driven through the AUGraph double
(marshalling and callback plumbing, not Apple's graph behaviour)."""

from __future__ import annotations

import gc
import sys
import weakref
from typing import Any

import numpy as np
import pytest

from coremusic.audio.augraph import AUGraph
from coremusic.exceptions import AUGraphError, PlatformNotSupportedError
from coremusic.structs import AudioComponentDescription
from tests.doubles.augraph import AUGraphDouble

OUTPUT = ("auou", "def ", "appl")
SYNTH = ("aumu", "dls ", "appl")


@pytest.mark.skipif(sys.platform == "darwin", reason="AudioToolbox exists on macOS")
def test_construction_raises_platform_not_supported_off_macos() -> None:
    with pytest.raises(PlatformNotSupportedError) as info:
        AUGraph()
    assert info.value.framework == "AudioToolbox" and "AUGraph" in str(info.value)
    assert isinstance(info.value, NotImplementedError)


@pytest.fixture
def graphs(framework_double: Any) -> AUGraphDouble:
    return AUGraphDouble(framework_double("AudioToolbox"))


def test_build_connect_start_stop(graphs: AUGraphDouble) -> None:
    with AUGraph() as graph:
        out = graph.add_node(OUTPUT)
        synth = graph.add_node(AudioComponentDescription(*SYNTH))
        assert graph.nodes == [out, synth]
        graph.connect(synth, 0, out, 0)
        assert graph.connections == [{"type": "connection", "source_node": synth, "source_output": 0,
                                      "dest_node": out, "dest_input": 0}]
        assert "2 nodes, 1 connections, new" in repr(graph)
        graph.start()  # opens and initializes on the way
        assert graph.is_open and graph.is_initialized and graph.is_running
        assert graph.node_info(out)[1] != 0
        assert "running" in repr(graph)
        graphs.graphs[graph.handle].cpu_load = 0.125
        assert graph.cpu_load == 0.125 and graph.max_cpu_load == 0.0
        assert graph.update()
        graph.stop()
        assert not graph.is_running
        graph.uninitialize()
        assert not graph.is_initialized
        graph.disconnect(out)
        assert graph.connections == []
        graph.remove_node(synth)
        assert graph.nodes == [out]
        handle = graph.handle
    assert graph.closed and graphs.disposed == [handle] and repr(graph) == "<AUGraph closed>"
    graph.close()  # idempotent
    with pytest.raises(ValueError, match="closed"):
        graph.add_node(OUTPUT)


def test_close_stops_a_running_graph(graphs: AUGraphDouble) -> None:
    graph = AUGraph()
    graph.add_node(OUTPUT)
    graph.open()
    graph.initialize()
    graph.start()
    handle = graph.handle
    state = graphs.graphs[handle]
    graph.close()
    names = [n for n, _ in graphs.double.calls]
    assert names[-2:] == ["AUGraphStop", "DisposeAUGraph"]  # stopped, then disposed
    assert not state.running and graphs.disposed == [handle]


def test_errors(graphs: AUGraphDouble) -> None:
    with AUGraph() as graph:
        out = graph.add_node(OUTPUT)
        with pytest.raises(AUGraphError) as info:
            graph.connect(out, 0, 999, 0)
        assert info.value.name == "kAUGraphErr_NodeNotFound"
        with pytest.raises(TypeError):
            graph.add_node("auou")  # type: ignore[arg-type]


def test_input_callback_and_render_notify(graphs: AUGraphDouble) -> None:
    with AUGraph() as graph:
        out = graph.add_node(OUTPUT)
        phases: list[int] = []

        def tone(flags: int, ts: Any, bus: int, frames: int, buffers: Any) -> None:
            for a in buffers.arrays():
                a[:] = 0.5

        cb = graph.set_input_callback(out, tone)
        note = graph.add_render_notify(lambda f, ts, bus, n, bufs: phases.append(f))
        graph.start()
        (rendered,) = graphs.render(graph.handle, 32)
        assert np.all(rendered == 0.5) and phases == [4, 8]
        assert graph.callbacks == (cb, note)
        graph.remove_render_notify(note)
        graphs.render(graph.handle, 32)
        assert phases == [4, 8] and graph.callbacks == (cb,)
        graph.clear_connections()
        assert graph.callbacks == ()


def test_callback_errors_are_reported_on_the_caller_thread(graphs: AUGraphDouble) -> None:
    with AUGraph() as graph:
        out = graph.add_node(OUTPUT)

        def broken(*args: Any) -> None:
            raise ZeroDivisionError("dsp bug")

        graph.set_input_callback(out, broken)
        graph.start()
        (rendered,) = graphs.render(graph.handle, 8)
        assert not rendered.any()
        with pytest.raises(ZeroDivisionError, match="dsp bug"):
            graph.check_errors()
        graph.check_errors()


def test_graph_is_disposed_when_collected(graphs: AUGraphDouble) -> None:
    graph = AUGraph()
    handle = graph.handle
    ref = weakref.ref(graph)
    del graph
    gc.collect()
    assert ref() is None and graphs.disposed == [handle]


def test_render_on_another_thread_reports_errors_on_this_one(graphs: AUGraphDouble) -> None:
    import threading

    with AUGraph() as graph:
        out = graph.add_node(OUTPUT)
        threads: list[int] = []

        def render(flags: int, ts: Any, bus: int, frames: int, buffers: Any) -> None:
            threads.append(threading.get_ident())
            raise OverflowError("render thread bug")

        graph.set_input_callback(out, render)
        graph.start()
        results: list[Any] = []
        worker = threading.Thread(target=lambda: results.append(graphs.render(graph.handle, 16)))
        worker.start()
        worker.join(5)
        assert not worker.is_alive() and threads and threads[0] != threading.get_ident()
        assert not results[0][0].any()  # silence
        with pytest.raises(OverflowError, match="render thread bug"):
            graph.check_errors()


@pytest.mark.parametrize("module_name", [
    "coremusic.capi.augraph", "coremusic.capi.augraph_callbacks", "coremusic.capi.musicsequence",
    "coremusic.capi.musictrack", "coremusic.capi.musicplayer", "coremusic.capi.audioclock",
    "coremusic.capi._musicevents", "coremusic.audio.augraph", "coremusic.audio.clock",
    "coremusic.audio.musicplayer"])
def test_docstring_examples_that_run_anywhere(module_name: str) -> None:
    """Examples not marked ``+SKIP`` (they need macOS) run here and must hold."""
    import doctest
    import importlib

    module = importlib.import_module(module_name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
