"""`AUGraph`: a graph of AudioUnit nodes (macOS AudioToolbox).

The class owns one ``AUGraph``: nodes are added by description and connected
output bus to input bus; ``start()`` opens and initializes the graph as
needed.  Python render callbacks feed node inputs or observe each render
cycle; they run on the render thread and their exceptions are kept (the
output is silenced) and re-raised by :meth:`AUGraph.check_errors`.

AudioToolbox exists only on macOS: elsewhere the constructor raises
:class:`~coremusic.exceptions.PlatformNotSupportedError` (the module imports
everywhere).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from coremusic import capi
from coremusic._ffi import load_library
from coremusic.audio._owner import HandleOwner
from coremusic.capi.augraph import RenderCallback
from coremusic.exceptions import PlatformNotSupportedError
from coremusic.structs import AudioComponentDescription

__all__ = ["AUGraph", "require_audiotoolbox"]

Description = AudioComponentDescription | tuple[Any, ...]


def require_audiotoolbox(what: str) -> None:
    """Raise :class:`PlatformNotSupportedError` naming ``what`` when AudioToolbox is missing.

    Example
    -------
    >>> import sys
    >>> if sys.platform != "darwin":
    ...     try:
    ...         require_audiotoolbox("AUGraph")
    ...     except PlatformNotSupportedError as e:
    ...         print(e.framework)
    ... else:
    ...     print("AudioToolbox")
    AudioToolbox
    """
    try:
        load_library("AudioToolbox")
    except PlatformNotSupportedError as exc:
        raise PlatformNotSupportedError(
            f"{what} needs Apple's AudioToolbox framework, which exists only on macOS "
            f"(this platform is {exc.platform!r}). Portable code can use coremusic's numpy DSP, "
            "streams and the DAW timeline instead.",
            framework="AudioToolbox", platform=exc.platform, alternative=exc.alternative) from None


def _dispose(handle: int) -> None:
    capi.dispose_augraph(handle)


class AUGraph(HandleOwner):
    """A processing graph of AudioUnit nodes.

    Example
    -------
    >>> graph = AUGraph()                                             # doctest: +SKIP
    >>> out = graph.add_node(("auou", "def ", "appl"))                # doctest: +SKIP
    >>> synth = graph.add_node(("aumu", "dls ", "appl"))              # doctest: +SKIP
    >>> graph.connect(synth, 0, out, 0)                               # doctest: +SKIP
    >>> graph.start()                                                 # doctest: +SKIP
    >>> graph.stop(); graph.close()                                   # doctest: +SKIP
    """

    _handle: int = 0

    def __init__(self) -> None:
        require_audiotoolbox("AUGraph")
        self._handle = capi.new_augraph()
        self._callbacks: list[RenderCallback] = []
        self._finalizer = weakref.finalize(self, _dispose, self._handle)

    # ------------------------------------------------------------ lifetime


    def close(self) -> None:
        """Stop the graph if it runs and dispose it (idempotent).

        Example
        -------
        >>> graph.close(); graph.closed                               # doctest: +SKIP
        True
        """
        if not self._handle:
            return
        handle = self._handle
        if capi.augraph_is_running(handle):
            capi.augraph_stop(handle)
        self._finalizer.detach()
        self._handle = 0
        capi.dispose_augraph(handle)
        self._callbacks.clear()


    # ------------------------------------------------------------ nodes
    def add_node(self, description: Description) -> int:
        """Add a node for an AudioUnit; returns its ``AUNode``.

        Parameters
        ----------
        description : AudioComponentDescription or tuple
            ``(type, subtype, manufacturer)`` FourCCs, e.g. ``("aumx", "mcmx", "appl")``.

        Example
        -------
        >>> mixer = graph.add_node(("aumx", "mcmx", "appl"))          # doctest: +SKIP
        """
        return capi.augraph_add_node(self.handle, description)

    def remove_node(self, node: int) -> None:
        """Remove a node (and its connections and input callbacks).

        Example
        -------
        >>> graph.remove_node(mixer)                                  # doctest: +SKIP
        """
        capi.augraph_remove_node(self.handle, node)
        self._prune()

    @property
    def nodes(self) -> list[int]:
        """Every node, in the graph's order.

        Example
        -------
        >>> graph.nodes                                               # doctest: +SKIP
        [1, 2]
        """
        handle = self.handle
        return [capi.augraph_get_ind_node(handle, i) for i in range(capi.augraph_get_node_count(handle))]

    def node_info(self, node: int) -> tuple[AudioComponentDescription, int]:
        """``(description, audio_unit_handle)`` of a node (the unit is 0 until the graph opens).

        Example
        -------
        >>> desc, unit = graph.node_info(out)                         # doctest: +SKIP
        """
        return capi.augraph_node_info(self.handle, node)

    # ------------------------------------------------------------ connections
    def connect(self, source_node: int, source_output: int, dest_node: int, dest_input: int) -> None:
        """Connect output bus ``source_output`` of ``source_node`` to input ``dest_input`` of ``dest_node``.

        Example
        -------
        >>> graph.connect(synth, 0, out, 0)                           # doctest: +SKIP
        """
        capi.augraph_connect_node_input(self.handle, source_node, source_output, dest_node, dest_input)

    def disconnect(self, dest_node: int, dest_input: int = 0) -> None:
        """Remove whatever feeds input ``dest_input`` of ``dest_node``.

        Example
        -------
        >>> graph.disconnect(out, 0)                                  # doctest: +SKIP
        """
        capi.augraph_disconnect_node_input(self.handle, dest_node, dest_input)
        self._prune()

    def clear_connections(self) -> None:
        """Remove every connection and input callback.

        Example
        -------
        >>> graph.clear_connections()                                 # doctest: +SKIP
        """
        capi.augraph_clear_connections(self.handle)
        self._prune()

    @property
    def connections(self) -> list[dict[str, Any]]:
        """Every interaction (connections and input callbacks) as dicts.

        Example
        -------
        >>> graph.connections[0]["type"]                              # doctest: +SKIP
        'connection'
        """
        handle = self.handle
        return [capi.augraph_get_interaction_info(handle, i)
                for i in range(capi.augraph_get_number_of_interactions(handle))]

    # ------------------------------------------------------------ state
    def open(self) -> None:
        """Open the graph's AudioUnits (:meth:`initialize` does it when needed).

        Example
        -------
        >>> graph.open(); graph.is_open                               # doctest: +SKIP
        True
        """
        capi.augraph_open(self.handle)

    def initialize(self) -> None:
        """Open (if needed) and initialize the graph.

        Example
        -------
        >>> graph.initialize()                                        # doctest: +SKIP
        """
        handle = self.handle
        if not capi.augraph_is_open(handle):
            capi.augraph_open(handle)
        capi.augraph_initialize(handle)

    def uninitialize(self) -> None:
        """Undo :meth:`initialize`.

        Example
        -------
        >>> graph.uninitialize()                                      # doctest: +SKIP
        """
        capi.augraph_uninitialize(self.handle)

    def start(self) -> None:
        """Start rendering (initializing first if needed).

        Example
        -------
        >>> graph.start(); graph.is_running                           # doctest: +SKIP
        True
        """
        handle = self.handle
        if not capi.augraph_is_initialized(handle):
            self.initialize()
        capi.augraph_start(handle)

    def stop(self) -> None:
        """Stop rendering.

        Example
        -------
        >>> graph.stop()                                              # doctest: +SKIP
        """
        capi.augraph_stop(self.handle)

    def update(self, *, wait: bool = False) -> bool:
        """Apply pending changes of a running graph; ``True`` when applied
        (``wait=True`` blocks until they are).

        Example
        -------
        >>> graph.update()                                            # doctest: +SKIP
        True
        """
        return capi.augraph_update(self.handle, wait=wait)

    @property
    def is_open(self) -> bool:
        """Whether the AudioUnits are open."""
        return capi.augraph_is_open(self.handle)

    @property
    def is_initialized(self) -> bool:
        """Whether the graph is initialized."""
        return capi.augraph_is_initialized(self.handle)

    @property
    def is_running(self) -> bool:
        """Whether the graph renders."""
        return capi.augraph_is_running(self.handle)

    @property
    def cpu_load(self) -> float:
        """Average render load since the last read (0.0 - 1.0)."""
        return capi.augraph_get_cpu_load(self.handle)

    @property
    def max_cpu_load(self) -> float:
        """Peak render load since the last read."""
        return capi.augraph_get_max_cpu_load(self.handle)

    # ------------------------------------------------------------ callbacks
    def set_input_callback(self, node: int, callback: Callable[..., Any], input_number: int = 0, *,
                           raw: bool = False) -> RenderCallback:
        """Render input ``input_number`` of ``node`` from ``callback(flags, timestamp, bus, frames,
        buffers)``; ``buffers`` is an :class:`~coremusic.structs.AudioBufferList` to fill.

        The callback runs on the render thread: no allocation, no locks, no I/O.
        An exception silences that cycle and is re-raised by :meth:`check_errors`.

        Example
        -------
        >>> def fill(flags, ts, bus, frames, buffers):
        ...     for a in buffers.arrays():
        ...         a[:] = 0.0
        >>> graph.set_input_callback(out, fill)                       # doctest: +SKIP
        """
        cb = capi.augraph_set_node_input_callback(self.handle, node, input_number, callback, raw=raw)
        self._prune()
        self._callbacks.append(cb)
        return cb

    def add_render_notify(self, callback: Callable[..., Any], *, raw: bool = False) -> RenderCallback:
        """Call ``callback(flags, timestamp, bus, frames, buffers)`` before (flags & 4) and after
        (flags & 8) every render.

        Example
        -------
        >>> note = graph.add_render_notify(lambda f, ts, bus, n, b: None)   # doctest: +SKIP
        """
        cb = capi.augraph_add_render_notify(self.handle, callback, raw=raw)
        self._callbacks.append(cb)
        return cb

    def remove_render_notify(self, callback: RenderCallback) -> None:
        """Remove a callback :meth:`add_render_notify` returned.

        Example
        -------
        >>> graph.remove_render_notify(note)                          # doctest: +SKIP
        """
        capi.augraph_remove_render_notify(self.handle, callback)
        self._prune()

    def check_errors(self) -> None:
        """Re-raise the first exception a render callback of this graph raised since the last check.

        Example
        -------
        >>> graph.check_errors()                                      # doctest: +SKIP
        """
        for cb in list(self._callbacks):
            cb.check_errors()

    @property
    def callbacks(self) -> tuple[RenderCallback, ...]:
        """The render callbacks this graph holds."""
        self._prune()
        return tuple(self._callbacks)

    def _prune(self) -> None:
        self._callbacks = [cb for cb in self._callbacks if cb.registered or cb.exceptions]

    def __repr__(self) -> str:
        if not self._handle:
            return "<AUGraph closed>"
        state = "running" if self.is_running else "initialized" if self.is_initialized else (
            "open" if self.is_open else "new")
        return (f"<AUGraph {self._handle:#x}: {capi.augraph_get_node_count(self._handle)} nodes, "
                f"{capi.augraph_get_number_of_interactions(self._handle)} connections, {state}>")
