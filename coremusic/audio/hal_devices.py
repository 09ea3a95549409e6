"""CoreAudio devices on macOS: `AudioDeviceManager` and `AudioDevice`.

The macOS implementation of the portable API of ``coremusic.audio.devices``
(same class and method names).  Every call queries the HAL anew, so hot-plugged
devices and changed defaults show up without restarting anything; listeners
(:meth:`AudioDeviceManager.on_devices_changed` ...) report such changes on a
Python dispatcher thread or an asyncio loop, never on the HAL's own thread.

Devices are found by stable UID, exact name, id, or an explicit substring;
an ambiguous name raises :class:`AmbiguousDeviceError` listing the candidates
with their UIDs.

CoreAudio exists only on macOS: elsewhere every entry point raises
:class:`~coremusic.exceptions.PlatformNotSupportedError` naming
``coremusic.audio.devices`` (JACK backend) as the portable alternative.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from coremusic.capi import hal
from coremusic.exceptions import AudioDeviceError

from .hal_device import (
    SYSTEM_OBJECT,
    AudioDevice,
    AudioStream,
    Scope,
    check_scope,
    require_coreaudio,
)
from .hal_listeners import (
    DeviceSubscription,
    active_subscriptions,
    drain_events,
    remove_all_subscriptions,
)

if TYPE_CHECKING:
    import asyncio

__all__ = ["AmbiguousDeviceError", "AudioDevice", "AudioDeviceManager", "AudioStream",
           "DeviceSubscription", "active_subscriptions", "drain_events", "remove_all_subscriptions"]

_BAD_OBJECT = 0x216F626A  # '!obj' kAudioHardwareBadObjectError
_DEFAULTS: dict[str, str] = {"output": "dOut", "input": "dIn ", "system output": "sOut"}


class AmbiguousDeviceError(AudioDeviceError, LookupError):
    """A device name matched several devices; the message lists them with their UIDs.

    Attributes
    ----------
    candidates : list of AudioDevice
        The matching devices.

    Example
    -------
    >>> issubclass(AmbiguousDeviceError, LookupError)
    True
    """

    def __init__(self, message: str, candidates: Sequence[AudioDevice] = ()) -> None:
        super().__init__(message)
        self.candidates = list(candidates)


def _read_system(what: str, selector: str) -> int:
    try:
        return hal.audio_object_get_property_uint32(SYSTEM_OBJECT, selector)
    except AudioDeviceError as exc:
        raise AudioDeviceError(f"the audio system: {what} failed: {exc.message}", exc.status,
                               operation=exc.operation, obj="the audio system", name=exc.name,
                               suggestion=exc.suggestion) from exc


def _listing(devices: Sequence[AudioDevice]) -> str:
    return ", ".join(f"{d.name!r} (uid {d.uid!r})" for d in devices) or "none"


class AudioDeviceManager:
    """Find, inspect and select CoreAudio devices; every method queries the HAL anew.

    All methods are class methods (``AudioDeviceManager.get_devices()``);
    making an instance is allowed and checks the platform.

    Example
    -------
    >>> out = AudioDeviceManager.get_default_output_device()          # doctest: +SKIP
    >>> usb = AudioDeviceManager.find_device(name_contains="scarlett")  # doctest: +SKIP
    >>> AudioDeviceManager.set_default_output_device(usb)             # doctest: +SKIP
    >>> sub = AudioDeviceManager.on_devices_changed(print)            # doctest: +SKIP
    """

    def __init__(self) -> None:
        require_coreaudio("AudioDeviceManager")

    # ------------------------------------------------------------ listing
    @staticmethod
    def get_devices() -> list[AudioDevice]:
        """Every device the HAL lists now (``kAudioHardwarePropertyDevices``).

        A device that disappears between listing and reading its name is left out.

        Example
        -------
        >>> [d.name for d in AudioDeviceManager.get_devices()]       # doctest: +SKIP
        ['MacBook Pro Speakers', 'MacBook Pro Microphone']
        """
        require_coreaudio("AudioDeviceManager")
        try:
            ids = hal.audio_object_get_property_array_uint32(SYSTEM_OBJECT, "dev#")
        except AudioDeviceError as exc:
            raise AudioDeviceError(f"the audio system: listing devices failed: {exc.message}",
                                   exc.status, operation=exc.operation, obj="the audio system",
                                   name=exc.name) from exc
        devices = []
        for device_id in ids:
            try:
                devices.append(AudioDevice(device_id))
            except AudioDeviceError as exc:
                if exc.status != _BAD_OBJECT:  # anything but "unplugged meanwhile" is an error
                    raise
        return devices

    @classmethod
    def get_input_devices(cls) -> list[AudioDevice]:
        """Devices with input channels.

        Example
        -------
        >>> AudioDeviceManager.get_input_devices()                  # doctest: +SKIP
        """
        return [d for d in cls.get_devices() if d.channel_count("input")]

    @classmethod
    def get_output_devices(cls) -> list[AudioDevice]:
        """Devices with output channels.

        Example
        -------
        >>> AudioDeviceManager.get_output_devices()                 # doctest: +SKIP
        """
        return [d for d in cls.get_devices() if d.channel_count("output")]

    @staticmethod
    def _default(kind: str) -> AudioDevice | None:
        require_coreaudio("AudioDeviceManager")
        device_id = _read_system(f"reading the default {kind} device", _DEFAULTS[kind])
        return AudioDevice(device_id) if device_id else None

    @classmethod
    def get_default_output_device(cls) -> AudioDevice | None:
        """The device streams play to by default (``None`` when there is none).

        Example
        -------
        >>> AudioDeviceManager.get_default_output_device().name     # doctest: +SKIP
        'MacBook Pro Speakers'
        """
        return cls._default("output")

    @classmethod
    def get_default_input_device(cls) -> AudioDevice | None:
        """The device streams record from by default (``None`` when there is none).

        Example
        -------
        >>> AudioDeviceManager.get_default_input_device()           # doctest: +SKIP
        """
        return cls._default("input")

    @classmethod
    def get_default_system_output_device(cls) -> AudioDevice | None:
        """The device alerts and sound effects play to (``None`` when there is none).

        Example
        -------
        >>> AudioDeviceManager.get_default_system_output_device()   # doctest: +SKIP
        """
        return cls._default("system output")

    # ------------------------------------------------------------ lookup
    @classmethod
    def find_device_by_name(cls, name: str) -> AudioDevice:
        """The device whose name is exactly ``name``.

        Raises
        ------
        AmbiguousDeviceError
            Several devices have this name; the message lists them with UIDs.
        AudioDeviceError
            None has; the message lists the available devices.

        Example
        -------
        >>> AudioDeviceManager.find_device_by_name("MacBook Pro Speakers")  # doctest: +SKIP
        """
        if not isinstance(name, str):
            raise TypeError(f"a device name must be a str, got {type(name).__name__}")
        devices = cls.get_devices()
        found = [d for d in devices if d.name == name]
        if len(found) > 1:
            raise AmbiguousDeviceError(
                f"{len(found)} audio devices are named {name!r}: {_listing(found)}; "
                "use find_device_by_uid()", found)
        if not found:
            raise AudioDeviceError(f"no audio device is named {name!r}; available: "
                                   f"{_listing(devices)}")
        return found[0]

    @classmethod
    def find_device_by_uid(cls, uid: str) -> AudioDevice:
        """The device with this stable UID (``kAudioHardwarePropertyTranslateUIDToDevice``).

        Example
        -------
        >>> AudioDeviceManager.find_device_by_uid("BuiltInSpeakerDevice")  # doctest: +SKIP
        """
        if not isinstance(uid, str):
            raise TypeError(f"a device UID must be a str, got {type(uid).__name__}")
        require_coreaudio("AudioDeviceManager")
        try:
            device_id = hal.audio_object_get_property_uint32(SYSTEM_OBJECT, "uidd", qualifier=uid)
        except AudioDeviceError as exc:
            raise AudioDeviceError(f"the audio system: translating the UID {uid!r} failed: "
                                   f"{exc.message}", exc.status, operation=exc.operation,
                                   obj="the audio system", name=exc.name) from exc
        if not device_id:
            raise AudioDeviceError(f"no audio device has the UID {uid!r}; available: "
                                   f"{_listing(cls.get_devices())}")
        return AudioDevice(device_id)

    @classmethod
    def find_device(cls, key: int | str | AudioDevice | None = None, *,
                    name_contains: str | None = None,
                    scope: Scope | None = None) -> AudioDevice:
        """Find one device by ``key`` or by a substring of its name.

        Parameters
        ----------
        key : int, str or AudioDevice, optional
            A device id, a UID, or an exact name (``str(device)`` finds the
            device again); an :class:`AudioDevice` is returned as it is.
        name_contains : str, optional
            A case-insensitive substring of the name (instead of ``key``).
        scope : {'input', 'output'}, optional
            Only devices with channels in this scope.

        Raises
        ------
        AmbiguousDeviceError
            Several devices match; the message lists them with UIDs.
        AudioDeviceError
            None matches; the message lists the available devices.

        Example
        -------
        >>> AudioDeviceManager.find_device(name_contains="scarlett", scope="input")  # doctest: +SKIP
        """
        if (key is None) == (name_contains is None):
            raise TypeError("find_device() takes a key or name_contains=, exactly one of them")
        if scope is not None:
            check_scope(scope)
        if isinstance(key, AudioDevice):
            return key
        devices = cls.get_devices()
        if scope is not None:
            devices = [d for d in devices if d.channel_count(scope)]
        where = f" with {scope} channels" if scope else ""
        if name_contains is not None:
            if not isinstance(name_contains, str) or not name_contains:
                raise ValueError(f"name_contains must be a non-empty str, got {name_contains!r}")
            needle = name_contains.casefold()
            found = [d for d in devices if needle in d.name.casefold()]
            what = f"name containing {name_contains!r}"
        elif isinstance(key, bool) or not isinstance(key, int | str):
            raise TypeError(f"key must be a device id, a UID or a name, got {type(key).__name__}")
        elif isinstance(key, int):
            found = [d for d in devices if d.device_id == key]
            what = f"id {key}"
        else:
            found = [d for d in devices if d.uid == key] or [d for d in devices if d.name == key]
            what = f"UID or name {key!r}"
        if len(found) > 1:
            raise AmbiguousDeviceError(f"{len(found)} audio devices{where} match the {what}: "
                                       f"{_listing(found)}; use find_device_by_uid()", found)
        if not found:
            raise AudioDeviceError(f"no audio device{where} matches the {what}; available: "
                                   f"{_listing(devices)}")
        return found[0]

    # ------------------------------------------------------------ defaults
    @classmethod
    def _set_default(cls, kind: str, device: AudioDevice | int | str, scope: Scope) -> None:
        chosen = cls.find_device(device)
        if not chosen.channel_count(scope):
            raise ValueError(f"{chosen.name!r} has no {scope} channels and cannot be the "
                             f"default {kind} device")
        try:
            hal.audio_object_set_property_uint32(SYSTEM_OBJECT, _DEFAULTS[kind], chosen.device_id)
        except AudioDeviceError as exc:
            raise AudioDeviceError(f"the audio system: making {chosen.name!r} the default {kind} "
                                   f"device failed: {exc.message}", exc.status,
                                   operation=exc.operation, obj=chosen.name, name=exc.name) from exc

    @classmethod
    def set_default_output_device(cls, device: AudioDevice | int | str) -> None:
        """Make ``device`` (an AudioDevice, id, UID or exact name) the default output.

        Example
        -------
        >>> AudioDeviceManager.set_default_output_device("BuiltInSpeakerDevice")  # doctest: +SKIP
        """
        cls._set_default("output", device, "output")

    @classmethod
    def set_default_input_device(cls, device: AudioDevice | int | str) -> None:
        """Make ``device`` (an AudioDevice, id, UID or exact name) the default input.

        Example
        -------
        >>> AudioDeviceManager.set_default_input_device(mic)        # doctest: +SKIP
        """
        cls._set_default("input", device, "input")

    @classmethod
    def set_default_system_output_device(cls, device: AudioDevice | int | str) -> None:
        """Make ``device`` the output for alerts and sound effects.

        Example
        -------
        >>> AudioDeviceManager.set_default_system_output_device(speakers)  # doctest: +SKIP
        """
        cls._set_default("system output", device, "output")

    # ------------------------------------------------------------ listeners
    @classmethod
    def _subscribe(cls, description: str, selector: str, callback: Callable[..., object],
                   produce: Callable[[], tuple[object, ...]],
                   loop: asyncio.AbstractEventLoop | None) -> DeviceSubscription:
        require_coreaudio("AudioDeviceManager")
        sub = DeviceSubscription(description, callback, produce, loop=loop)
        sub._listen([(SYSTEM_OBJECT, (selector, "glob", 0))])
        return sub

    @classmethod
    def on_devices_changed(cls, callback: Callable[[list[AudioDevice]], object], *,
                           loop: asyncio.AbstractEventLoop | None = None) -> DeviceSubscription:
        """Call ``callback(devices)`` with the new device list when devices come or go.

        Delivered on coremusic's dispatcher thread, or on ``loop`` through
        ``call_soon_threadsafe``.  Keep the returned subscription to ``remove()`` it.

        Example
        -------
        >>> sub = AudioDeviceManager.on_devices_changed(                     # doctest: +SKIP
        ...     lambda devices: print([d.name for d in devices]))
        >>> sub.remove()                                                     # doctest: +SKIP
        """
        return cls._subscribe("device list", "dev#", callback, lambda: (cls.get_devices(),), loop)

    @classmethod
    def on_default_output_device_changed(
            cls, callback: Callable[[AudioDevice | None], object], *,
            loop: asyncio.AbstractEventLoop | None = None) -> DeviceSubscription:
        """Call ``callback(device)`` with the new default output device.

        Example
        -------
        >>> sub = AudioDeviceManager.on_default_output_device_changed(print)  # doctest: +SKIP
        """
        return cls._subscribe("default output device", "dOut", callback,
                              lambda: (cls.get_default_output_device(),), loop)

    @classmethod
    def on_default_input_device_changed(
            cls, callback: Callable[[AudioDevice | None], object], *,
            loop: asyncio.AbstractEventLoop | None = None) -> DeviceSubscription:
        """Call ``callback(device)`` with the new default input device.

        Example
        -------
        >>> sub = AudioDeviceManager.on_default_input_device_changed(print)   # doctest: +SKIP
        """
        return cls._subscribe("default input device", "dIn ", callback,
                              lambda: (cls.get_default_input_device(),), loop)

    def __repr__(self) -> str:
        return f"<AudioDeviceManager (CoreAudio HAL), {len(active_subscriptions())} subscriptions>"

