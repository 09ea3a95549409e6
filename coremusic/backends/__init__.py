"""Platform backends behind coremusic's portable audio and MIDI API.

A backend supplies what the backend-agnostic realtime engine
(:mod:`coremusic.realtime`) needs: a client/device, buffer pointers and frame
counts each cycle, and its notifications.  ``jack`` is the Linux backend
(libjack through cffi; PipeWire provides libjack on desktops); ``coreaudio``
is the macOS backend (the AUHAL output unit, statically verified).  The backend is
chosen by the ``COREMUSIC_AUDIO_BACKEND`` environment variable, else by
platform.

Example
-------
>>> from coremusic.backends import available_backends
>>> "jack" in available_backends()
True
"""

from __future__ import annotations

import importlib
import os
import sys
from types import ModuleType

__all__ = ["audio_backend", "available_backends", "backend_name"]

# backend name -> module implementing it
_BACKENDS: dict[str, str] = {
    "jack": "coremusic.backends.jack",
    "coreaudio": "coremusic.backends.coreaudio",
}


def available_backends() -> list[str]:
    """Names of the backends this installation knows."""
    return sorted(_BACKENDS)


def backend_name() -> str:
    """The backend streams and devices use: ``COREMUSIC_AUDIO_BACKEND``, else the platform's."""
    chosen = os.environ.get("COREMUSIC_AUDIO_BACKEND")
    if chosen:
        if chosen not in _BACKENDS:
            raise ValueError(f"COREMUSIC_AUDIO_BACKEND={chosen!r} is not a coremusic backend; "
                             f"choose one of {available_backends()}")
        return chosen
    if sys.platform == "darwin" and "coreaudio" in _BACKENDS:
        return "coreaudio"
    return "jack"


def audio_backend(name: str | None = None) -> ModuleType:
    """The backend module (default: :func:`backend_name`).

    Example
    -------
    >>> audio_backend("jack").__name__
    'coremusic.backends.jack'
    """
    name = name or backend_name()
    if name not in _BACKENDS:
        raise ValueError(f"unknown audio backend {name!r}; choose one of {available_backends()}")
    return importlib.import_module(_BACKENDS[name])
