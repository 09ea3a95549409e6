"""Portable device descriptions of the CoreAudio HAL devices (macOS backend).

:func:`list_devices` serves :class:`coremusic.audio.devices.AudioDeviceManager`
on macOS: every HAL device as a portable
:class:`~coremusic.audio.devices.AudioDevice` whose ``uid`` is the HAL UID
(what :func:`~coremusic.backends.coreaudio.stream.find_hal_device` looks up)
and whose port names are channel labels (AUHAL streams are bound to a device,
not wired through ports).  Statically verified only.
"""

from __future__ import annotations

from typing import Any

from coremusic.audio.devices import AudioDevice

__all__ = ["list_devices", "portable_device"]


def portable_device(device: Any, *, default_output: int = 0, default_input: int = 0) -> AudioDevice:
    """The portable description of a HAL ``AudioDevice``.

    Example
    -------
    >>> portable_device(hal_device).uid                  # doctest: +SKIP
    'BuiltInSpeakerDevice'
    """
    name = device.name
    return AudioDevice(
        name=name, uid=device.uid, manufacturer=device.manufacturer,
        transport_type=str(device.transport_type), sample_rate=float(device.sample_rate),
        buffer_size=int(device.buffer_frame_size),
        input_ports=tuple(f"{name}:in_{i + 1}" for i in range(device.channel_count("input"))),
        output_ports=tuple(f"{name}:out_{i + 1}" for i in range(device.channel_count("output"))),
        is_physical=bool(device.is_physical),
        is_default_input=device.device_id == default_input,
        is_default_output=device.device_id == default_output)


def list_devices(server: str | None = None, *, include_software: bool = False,
                 client: Any = None) -> list[AudioDevice]:
    """Every HAL device, physical ones first (virtual ones with ``include_software``).

    ``server`` and ``client`` exist for the JACK backend's signature and must be None.

    Example
    -------
    >>> [d.name for d in list_devices()]                 # doctest: +SKIP
    ['MacBook Pro Speakers', 'MacBook Pro Microphone']
    """
    from coremusic.audio.hal_devices import AudioDeviceManager

    if server is not None:
        raise ValueError(f"the coreaudio backend has no servers (got server={server!r})")
    out = AudioDeviceManager.get_default_output_device()
    inp = AudioDeviceManager.get_default_input_device()
    found = [portable_device(d, default_output=out.device_id if out else 0,
                             default_input=inp.device_id if inp else 0)
             for d in AudioDeviceManager.get_devices()]
    physical = [d for d in found if d.is_physical]
    virtual = [d for d in found if not d.is_physical]
    return physical + (virtual if include_software else [])
