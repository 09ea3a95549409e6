"""Contract tests of AUGraph.h: coremusic's calls go through the cffi-typed AudioToolbox
double, which drives the render callbacks through the trampolines coremusic gave it
(marshalling and callback plumbing, not Apple's graph behaviour)."""

from __future__ import annotations

import gc
import weakref
from typing import Any

import numpy as np
import pytest

from coremusic import capi
from coremusic._ffi import ffi
from coremusic.capi import augraph
from coremusic.exceptions import AUGraphError
from coremusic.structs import AudioComponentDescription, AudioTimeStamp
from tests.doubles.augraph import AUGraphDouble

OUTPUT = ("auou", "def ", "appl")
SYNTH = AudioComponentDescription("aumu", "dls ", "appl")
MIXER = ("aumx", "mcmx", "appl")


@pytest.fixture
def graphs(framework_double: Any) -> AUGraphDouble:
    return AUGraphDouble(framework_double("AudioToolbox"))


def test_graph_lifecycle_nodes_and_state(graphs: AUGraphDouble) -> None:
    g = capi.new_augraph()
    out = capi.augraph_add_node(g, OUTPUT)
    synth = capi.augraph_add_node(g, SYNTH)
    assert capi.augraph_get_node_count(g) == 2
    assert [capi.augraph_get_ind_node(g, i) for i in range(2)] == [out, synth]
    desc, unit = capi.augraph_node_info(g, synth)
    assert desc == SYNTH and unit == 0  # no AudioUnit before open
    assert not capi.augraph_is_open(g)
    capi.augraph_open(g)
    assert capi.augraph_is_open(g)
    desc, unit = capi.augraph_node_info(g, out)
    assert desc == AudioComponentDescription(*OUTPUT) and unit != 0
    capi.augraph_initialize(g)
    assert capi.augraph_is_initialized(g)
    capi.augraph_start(g)
    assert capi.augraph_is_running(g)
    graphs.graphs[g].cpu_load, graphs.graphs[g].max_cpu_load = 0.25, 0.5
    assert capi.augraph_get_cpu_load(g) == 0.25
    assert capi.augraph_get_max_cpu_load(g) == 0.5
    assert capi.augraph_update(g) is True
    assert capi.augraph_update(g, wait=True) is True
    assert graphs.double.called("AUGraphUpdate")[-1][1] == ffi.NULL  # blocking form: NULL out-param
    capi.augraph_stop(g)
    assert not capi.augraph_is_running(g)
    capi.augraph_uninitialize(g)
    assert not capi.augraph_is_initialized(g)
    capi.augraph_close(g)
    assert not capi.augraph_is_open(g)
    capi.augraph_remove_node(g, synth)
    assert capi.augraph_get_node_count(g) == 1
    capi.dispose_augraph(g)
    assert graphs.disposed == [g]


def test_connections_and_interactions(graphs: AUGraphDouble) -> None:
    g = capi.new_augraph()
    out, mixer, synth = (capi.augraph_add_node(g, d) for d in (OUTPUT, MIXER, SYNTH))
    capi.augraph_connect_node_input(g, synth, 0, mixer, 1)
    capi.augraph_connect_node_input(g, mixer, 0, out, 0)
    assert capi.augraph_get_number_of_interactions(g) == 2
    assert capi.augraph_get_interaction_info(g, 0) == {
        "type": "connection", "source_node": synth, "source_output": 0, "dest_node": mixer, "dest_input": 1}
    assert capi.augraph_count_node_interactions(g, mixer) == 2
    assert [i["dest_node"] for i in capi.augraph_get_node_interactions(g, mixer)] == [mixer, out]
    # the deprecated connection API sees the same
    assert capi.augraph_get_number_of_connections(g) == 2
    assert capi.augraph_get_connection_info(g, 1) == (mixer, 0, out, 0)
    assert capi.augraph_count_node_connections(g, out) == 1
    assert capi.augraph_get_node_connections(g, mixer) == [(synth, 0, mixer, 1), (mixer, 0, out, 0)]
    capi.augraph_disconnect_node_input(g, mixer, 1)
    assert capi.augraph_get_number_of_interactions(g) == 1
    capi.augraph_clear_connections(g)
    assert capi.augraph_get_number_of_interactions(g) == 0
    assert capi.augraph_get_node_interactions(g, mixer) == []
    capi.dispose_augraph(g)


def test_deprecated_nodes_and_subgraphs(graphs: AUGraphDouble) -> None:
    g = capi.new_augraph()
    node = capi.augraph_new_node(g, ("aufx", "dely", "appl"), b"\x01\x02")
    desc, class_data, unit = capi.augraph_get_node_info(g, node)
    assert desc == AudioComponentDescription("aufx", "dely", "appl")
    assert class_data == b"\x01\x02" and unit == 0
    sub = capi.augraph_new_node_sub_graph(g)
    assert capi.augraph_is_node_sub_graph(g, sub)
    assert not capi.augraph_is_node_sub_graph(g, node)
    inner = capi.augraph_get_node_info_sub_graph(g, sub)
    assert inner in graphs.graphs and inner != g
    assert capi.augraph_add_node(inner, OUTPUT) > 0
    capi.dispose_augraph(g)


def test_errors_map_to_augraph_error(graphs: AUGraphDouble) -> None:
    g = capi.new_augraph()
    out = capi.augraph_add_node(g, OUTPUT)
    with pytest.raises(AUGraphError) as info:
        capi.augraph_node_info(g, 999)
    assert info.value.status == -10860 and info.value.operation == "AUGraphNodeInfo"
    with pytest.raises(AUGraphError) as info:
        capi.augraph_initialize(g)  # not open
    assert info.value.status == -10863
    synth = capi.augraph_add_node(g, SYNTH)
    capi.augraph_connect_node_input(g, synth, 0, out, 0)
    with pytest.raises(AUGraphError) as info:
        capi.augraph_connect_node_input(g, synth, 0, out, 0)
    assert info.value.status == -10861 and info.value.name == "kAUGraphErr_InvalidConnection"
    graphs.double.returns("NewAUGraph", -108)
    with pytest.raises(AUGraphError) as info:
        capi.new_augraph()
    assert info.value.operation == "NewAUGraph"
    with pytest.raises(AUGraphError):
        capi.augraph_get_node_info_sub_graph(g, out)
    capi.dispose_augraph(g)


def test_arguments_are_checked(graphs: AUGraphDouble) -> None:
    with pytest.raises(ValueError, match="NULL handle"):
        capi.augraph_open(0)
    with pytest.raises(TypeError, match="integer handle"):
        capi.augraph_start("graph")  # type: ignore[arg-type]
    g = capi.new_augraph()
    with pytest.raises(TypeError, match="AudioComponentDescription"):
        capi.augraph_add_node(g, "auou")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="source_output"):
        capi.augraph_connect_node_input(g, 1, -1, 2, 0)
    with pytest.raises(TypeError, match="callable"):
        capi.augraph_add_render_notify(g, None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="class_data"):
        capi.augraph_new_node(g, OUTPUT, "x")  # type: ignore[arg-type]
    capi.dispose_augraph(g)
    assert graphs.double.errors == []


def _running_graph() -> tuple[int, int]:
    g = capi.new_augraph()
    out = capi.augraph_add_node(g, OUTPUT)
    capi.augraph_open(g)
    capi.augraph_initialize(g)
    capi.augraph_start(g)
    return g, out


def test_node_input_callback_fills_buffers_through_the_trampoline(graphs: AUGraphDouble) -> None:
    g, out = _running_graph()
    seen: list[tuple[int, AudioTimeStamp | None, int, int]] = []

    def fill(flags: int, ts: AudioTimeStamp | None, bus: int, frames: int, buffers: Any) -> None:
        seen.append((flags, ts, bus, frames))
        for a in buffers.arrays():
            a[:] = np.arange(frames, dtype=np.float32)[:, None]

    cb = capi.augraph_set_node_input_callback(g, out, 0, fill)
    (rendered,) = graphs.render(g, 8)
    assert np.array_equal(rendered[:, 1], np.arange(8, dtype=np.float32))
    assert seen[0][2:] == (0, 8) and seen[0][1] is not None and seen[0][1].sample_time == 0.0
    info = capi.augraph_get_interaction_info(g, 0)
    assert info["type"] == "input_callback" and info["dest_node"] == out and info["proc"] != 0
    assert cb.call_count == 1 and cb.registered
    assert augraph.graph_callbacks(g) == (cb,)
    capi.augraph_disconnect_node_input(g, out, 0)
    assert augraph.graph_callbacks(g) == () and not cb.registered
    capi.dispose_augraph(g)


def test_raw_input_callback_gets_pointers(graphs: AUGraphDouble) -> None:
    g, out = _running_graph()
    got: list[Any] = []

    def fill(flags: Any, ts: Any, bus: int, frames: int, data: Any) -> None:
        got.append((ffi.typeof(flags).cname, ffi.typeof(data).cname, int(data.mNumberBuffers)))

    capi.augraph_set_node_input_callback(g, out, 0, fill, raw=True)
    graphs.render(g, 4)
    assert got == [(ffi.typeof("AudioUnitRenderActionFlags *").cname, ffi.typeof("AudioBufferList *").cname, 1)]
    capi.dispose_augraph(g)
    assert augraph.graph_callbacks(g) == ()


def test_callback_exception_gives_silence_and_is_reported_later(graphs: AUGraphDouble) -> None:
    g, out = _running_graph()

    def bad(flags: int, ts: Any, bus: int, frames: int, buffers: Any) -> None:
        for a in buffers.arrays():
            a[:] = 1.0
        raise RuntimeError("render bug")

    cb = capi.augraph_set_node_input_callback(g, out, 0, bad)
    (rendered,) = graphs.render(g, 4)
    assert not rendered.any()  # silenced
    assert graphs.errors_from_callbacks == [0]  # noErr reached C
    assert cb.error_count == 1
    with pytest.raises(RuntimeError, match="render bug"):
        cb.check_errors()
    cb.check_errors()  # reported once
    capi.dispose_augraph(g)


def test_render_notify_pre_and_post(graphs: AUGraphDouble) -> None:
    g, out = _running_graph()
    flags: list[int] = []
    n1 = capi.augraph_add_render_notify(g, lambda f, ts, bus, n, bufs: flags.append(f))
    graphs.render(g, 16)
    assert flags == [4, 8]
    assert "notify" in repr(n1)
    capi.augraph_remove_render_notify(g, n1)
    graphs.render(g, 16)
    assert flags == [4, 8] and not n1.registered
    with pytest.raises(ValueError, match="not registered"):
        capi.augraph_remove_render_notify(g, n1)
    input_cb = capi.augraph_set_node_input_callback(g, out, 0, lambda *a: None)
    with pytest.raises(TypeError, match="RenderCallback"):
        capi.augraph_remove_render_notify(g, input_cb)
    graphs.double.returns("AUGraphRemoveRenderNotify", -10863)
    n2 = capi.augraph_add_render_notify(g, lambda *a: None)
    with pytest.raises(AUGraphError):
        capi.augraph_remove_render_notify(g, n2)
    assert n2 in augraph.graph_callbacks(g)  # still held by C after a failed removal
    capi.dispose_augraph(g)


def test_callbacks_live_while_c_holds_them(graphs: AUGraphDouble) -> None:
    g, out = _running_graph()

    class Filler:
        calls = 0

        def __call__(self, *args: Any) -> None:
            self.calls += 1

    filler = Filler()
    ref = weakref.ref(filler)
    capi.augraph_set_node_input_callback(g, out, 0, filler)
    notifier = Filler()
    nref = weakref.ref(notifier)
    capi.augraph_add_render_notify(g, notifier)
    del filler, notifier
    gc.collect()
    graphs.render(g, 2)
    assert ref() is not None and ref().calls == 1  # type: ignore[union-attr]
    assert nref() is not None and nref().calls == 2  # type: ignore[union-attr]
    capi.augraph_clear_connections(g)  # drops the input callback
    gc.collect()
    assert ref() is None and nref() is not None
    capi.dispose_augraph(g)  # drops the notify
    gc.collect()
    assert nref() is None


def test_replacing_an_input_callback_releases_the_old_one(graphs: AUGraphDouble) -> None:
    g, out = _running_graph()
    first = capi.augraph_set_node_input_callback(g, out, 0, lambda *a: None)
    second = capi.augraph_set_node_input_callback(g, out, 0, lambda *a: None)
    assert augraph.graph_callbacks(g) == (second,) and not first.registered
    capi.augraph_remove_node(g, out)
    assert augraph.graph_callbacks(g) == ()
    graphs.double.returns("AUGraphSetNodeInputCallback", -10860)
    with pytest.raises(AUGraphError):
        capi.augraph_set_node_input_callback(g, 5, 0, lambda *a: None)
    assert augraph.graph_callbacks(g) == ()
    capi.dispose_augraph(g)


def test_removed_trampolines_stay_callable_until_the_graph_is_disposed(graphs: AUGraphDouble) -> None:
    from coremusic.capi.augraph_callbacks import retired_count
    from coremusic.structs import AudioBufferList

    g, out = _running_graph()
    calls: list[int] = []
    capi.augraph_set_node_input_callback(g, out, 0, lambda *a: calls.append(1))
    proc, refcon = graphs.graphs[g].inputs[(out, 0)]
    capi.augraph_disconnect_node_input(g, out, 0)
    assert retired_count(g) == 1
    # a render already in flight calls the old pointer once more: silence, no Python call
    abl = AudioBufferList.allocate(1, 4, 2)
    abl.arrays()[0][:] = 1.0
    flags = ffi.new("AudioUnitRenderActionFlags *")
    stamp = ffi.new("AudioTimeStamp *")
    assert proc(refcon, flags, stamp, 0, 4, abl.pointer) == 0
    assert calls == [] and not abl.arrays()[0].any()
    capi.dispose_augraph(g)
    assert retired_count(g) == 0
