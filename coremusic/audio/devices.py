"""Audio devices: listing, defaults and selection by name or stable UID.

On Linux a device is a group of JACK ports (see
:mod:`coremusic.backends.jack.devices`); the API is the one the macOS backend
serves from the CoreAudio HAL.  Lists are queried live on every call.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from coremusic.exceptions import AudioDeviceError

__all__ = ["AmbiguousDeviceError", "AudioDevice", "AudioDeviceManager", "resolve_ports",
           "select_device"]


class AmbiguousDeviceError(AudioDeviceError, LookupError):
    """A device name matched several devices; the message lists them with their UIDs.

    Example
    -------
    >>> issubclass(AmbiguousDeviceError, LookupError)
    True
    """


@dataclass(frozen=True)
class AudioDevice:
    """One audio device.

    Attributes
    ----------
    name : str
        Display name (the JACK client name, e.g. ``'system'``).
    uid : str
        Stable identifier (``'jack:<server>:<client>'``).
    input_ports, output_ports : tuple of str
        Backend port names carrying the device's input (capture) and output
        (playback) channels, in channel order.

    Example
    -------
    >>> d = AudioDevice("system", "jack:default:system", input_ports=("system:capture_1",))
    >>> d.input_channels, d.channel_count("output"), str(d)
    (1, 0, 'system')
    """

    name: str
    uid: str
    manufacturer: str = "JACK"
    transport_type: str = "jack"
    sample_rate: float = 0.0
    buffer_size: int = 0
    input_ports: tuple[str, ...] = ()
    output_ports: tuple[str, ...] = ()
    is_physical: bool = True
    is_default_input: bool = False
    is_default_output: bool = False

    @property
    def input_channels(self) -> int:
        """Channels the device records."""
        return len(self.input_ports)

    @property
    def output_channels(self) -> int:
        """Channels the device plays."""
        return len(self.output_ports)

    def channel_count(self, scope: Literal["input", "output"] = "output") -> int:
        """Channels in ``scope`` (``'input'`` or ``'output'``)."""
        if scope not in ("input", "output"):
            raise ValueError(f"scope must be 'input' or 'output', got {scope!r}")
        return self.input_channels if scope == "input" else self.output_channels

    def __str__(self) -> str:
        return self.name


def select_device(devices: Sequence[AudioDevice], name: str) -> AudioDevice:
    """Pick a device by exact name, else case-insensitive name, else unique substring.

    Raises
    ------
    AmbiguousDeviceError
        Several devices match; the message lists them with their UIDs.
    AudioDeviceError
        Nothing matches; the message lists the available devices.

    Example
    -------
    >>> devs = [AudioDevice("Analog", "u1"), AudioDevice("Alt Analog", "u2")]
    >>> select_device(devs, "Analog").uid
    'u1'
    """
    if not isinstance(name, str):
        raise TypeError(f"a device name must be a str, got {type(name).__name__}")
    for matcher in (lambda d: d.name == name,
                    lambda d: d.name.casefold() == name.casefold(),
                    lambda d: name.casefold() in d.name.casefold()):
        found = [d for d in devices if matcher(d)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            listing = ", ".join(f"{d.name!r} (uid {d.uid!r})" for d in found)
            raise AmbiguousDeviceError(
                f"device name {name!r} matches {len(found)} devices: {listing}; "
                f"pass the exact name or the uid")
    available = ", ".join(f"{d.name!r} (uid {d.uid!r})" for d in devices) or "none"
    raise AudioDeviceError(f"no audio device named {name!r}; available: {available}")


class AudioDeviceManager:
    """Find audio devices (every method queries the audio server anew).

    Example
    -------
    >>> # AudioDeviceManager.get_default_output_device().name  -> 'system'
    """

    @staticmethod
    def get_devices(*, server: str | None = None, include_software: bool = False,
                    backend: str | None = None) -> list[AudioDevice]:
        """Every device (physical first; software clients with ``include_software``)."""
        from coremusic.backends import audio_backend

        module = audio_backend(backend)
        devices: list[AudioDevice] = module.devices.list_devices(
            server, include_software=include_software)
        return devices

    @classmethod
    def get_input_devices(cls, **kwargs: Any) -> list[AudioDevice]:
        """Devices with input channels."""
        return [d for d in cls.get_devices(**kwargs) if d.input_channels]

    @classmethod
    def get_output_devices(cls, **kwargs: Any) -> list[AudioDevice]:
        """Devices with output channels."""
        return [d for d in cls.get_devices(**kwargs) if d.output_channels]

    @classmethod
    def get_default_output_device(cls, **kwargs: Any) -> AudioDevice | None:
        """The device streams play to by default (None when there is none)."""
        return next((d for d in cls.get_devices(**kwargs) if d.is_default_output), None)

    @classmethod
    def get_default_input_device(cls, **kwargs: Any) -> AudioDevice | None:
        """The device streams record from by default (None when there is none)."""
        return next((d for d in cls.get_devices(**kwargs) if d.is_default_input), None)

    @classmethod
    def find_device_by_name(cls, name: str, **kwargs: Any) -> AudioDevice:
        """Exact name, case-insensitive name, or unique substring; ambiguity raises."""
        return select_device(cls.get_devices(**kwargs), name)

    @classmethod
    def find_device_by_uid(cls, uid: str, **kwargs: Any) -> AudioDevice:
        """The device with this stable UID."""
        kwargs.setdefault("include_software", True)
        devices = cls.get_devices(**kwargs)
        for d in devices:
            if d.uid == uid:
                return d
        raise AudioDeviceError(f"no audio device with uid {uid!r}; available: "
                               + (", ".join(repr(d.uid) for d in devices) or "none"))


def resolve_ports(device: AudioDevice | str | Sequence[str] | None,
                  direction: Literal["input", "output"], channels: int, client: Any) -> list[str]:
    """The backend port names a stream's channels connect to.

    ``device`` may be None (the default device), an :class:`AudioDevice`, a
    device name or uid, or an explicit sequence of port names.

    Example
    -------
    >>> resolve_ports(["system:playback_1"], "output", 2, client=None)
    ['system:playback_1']
    """
    from coremusic.backends.jack.devices import list_devices

    if device is not None and not isinstance(device, AudioDevice | str):
        names = list(device)
        if not all(isinstance(n, str) for n in names):
            raise TypeError("device as a sequence must contain port names (str)")
        return names[:channels]
    if isinstance(device, AudioDevice):
        chosen: AudioDevice | None = device
    else:
        devices = list_devices(client=client, include_software=isinstance(device, str))
        if device is None:
            flag = "is_default_output" if direction == "output" else "is_default_input"
            chosen = next((d for d in devices if getattr(d, flag)), None)
        else:
            chosen = next((d for d in devices if d.uid == device), None) or select_device(devices, device)
    if chosen is None:
        return []
    ports = chosen.output_ports if direction == "output" else chosen.input_ports
    return list(ports[:channels])
