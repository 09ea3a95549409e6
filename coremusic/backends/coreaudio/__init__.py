"""The macOS backend of the portable streams and devices: CoreAudio's AUHAL output unit.

:class:`AUHALStreamBackend` is what :class:`~coremusic.audio.streams.AudioOutputStream`,
:class:`~coremusic.audio.streams.AudioInputStream` and
:class:`~coremusic.audio.streams.AudioProcessor` run on under macOS; it drives
the same :class:`~coremusic.realtime.CallbackEngine` as the JACK backend.
Statically verified only (ABI conformance and contract tests through the
cffi-typed framework doubles).

Example
-------
>>> from coremusic.backends import coreaudio
>>> coreaudio.AUHALStreamBackend.name
'coreaudio'
"""

from __future__ import annotations

from typing import Any

from coremusic.backends.coreaudio import devices
from coremusic.backends.coreaudio.stream import (
    HAL_OUTPUT_DESCRIPTION,
    AUHALStreamBackend,
    InputErrors,
    find_hal_device,
)

__all__ = [
    "HAL_OUTPUT_DESCRIPTION",
    "AUHALStreamBackend",
    "InputErrors",
    "devices",
    "find_hal_device",
    "open_stream_backend",
]


def open_stream_backend(name: str, input_channels: int, output_channels: int, *,
                        server: str | None = None, device: Any = None) -> AUHALStreamBackend:
    """The stream backend the portable streams construct (an AUHAL unit on ``device``).

    Example
    -------
    >>> open_stream_backend("player", 0, 2)              # doctest: +SKIP
    AUHALStreamBackend('player', device='MacBook Pro Speakers', ...)
    """
    return AUHALStreamBackend(name, input_channels, output_channels, server=server, device=device)
