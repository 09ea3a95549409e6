"""MIDISetup.h and MIDIBluetoothConnection.h: editing the device graph, setups, serial
ports and Bluetooth MIDI.

The device-editing calls (``midi_device_add_entity`` ...) are for drivers and
setup editors; ``midi_external_device_create`` + ``midi_setup_add_external_device``
add an "external device" as Audio MIDI Setup does.  The ``MIDISetup*`` object
functions and the serial-port functions are deprecated since macOS 10.6 and
kept for completeness.

Example
-------
>>> from coremusic import capi                                               # doctest: +SKIP
>>> synth = capi.midi_external_device_create("JV-1080", "Roland", "JV-1080")  # doctest: +SKIP
>>> capi.midi_setup_add_external_device(synth)                               # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

from coremusic._ffi import ffi
from coremusic.capi import cf
from coremusic.capi._base import call
from coremusic.capi._midi import cf_string_arg, index_arg, obj_arg
from coremusic.capi._toolbox import int_arg

__all__ = [
    "midi_bluetooth_driver_activate_all_connections",
    "midi_bluetooth_driver_disconnect",
    "midi_device_add_entity",
    "midi_device_new_entity",
    "midi_device_remove_entity",
    "midi_entity_add_or_remove_endpoints",
    "midi_external_device_create",
    "midi_get_serial_port_drivers",
    "midi_get_serial_port_owner",
    "midi_set_serial_port_owner",
    "midi_setup_add_device",
    "midi_setup_add_external_device",
    "midi_setup_create",
    "midi_setup_dispose",
    "midi_setup_from_data",
    "midi_setup_get_current",
    "midi_setup_install",
    "midi_setup_remove_device",
    "midi_setup_remove_external_device",
    "midi_setup_to_data",
]


def _bool(value: Any, what: str) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{what} must be a bool, not {type(value).__name__}")
    return value


def midi_device_add_entity(device: int, name: str, embedded: bool, num_source_endpoints: int,
                           num_destination_endpoints: int) -> int:
    """``MIDIDeviceAddEntity``: add an entity with that many sources and destinations.

    Example
    -------
    >>> ent = capi.midi_device_add_entity(dev, "Port 2", True, 1, 1)   # doctest: +SKIP
    """
    ref = obj_arg(device, "device")
    flag = _bool(embedded, "embedded")
    n_src = index_arg(num_source_endpoints, "num_source_endpoints")
    n_dst = index_arg(num_destination_endpoints, "num_destination_endpoints")
    out = ffi.new("MIDIEntityRef *")
    with cf_string_arg(name, "name") as cfname:
        call("MIDIDeviceAddEntity", ref, cfname, flag, n_src, n_dst, out, obj=name)
    return int(out[0])


def midi_device_new_entity(device: int, name: str, protocol: int, embedded: bool,
                           num_source_endpoints: int, num_destination_endpoints: int) -> int:
    """``MIDIDeviceNewEntity``: :func:`midi_device_add_entity` with a MIDI ``protocol`` (1 or 2).

    Example
    -------
    >>> ent = capi.midi_device_new_entity(dev, "UMP port", 2, True, 1, 1)   # doctest: +SKIP
    """
    ref = obj_arg(device, "device")
    proto = int_arg(protocol, "protocol", 1, 2)
    flag = _bool(embedded, "embedded")
    n_src = index_arg(num_source_endpoints, "num_source_endpoints")
    n_dst = index_arg(num_destination_endpoints, "num_destination_endpoints")
    out = ffi.new("MIDIEntityRef *")
    with cf_string_arg(name, "name") as cfname:
        call("MIDIDeviceNewEntity", ref, cfname, proto, flag, n_src, n_dst, out, obj=name)
    return int(out[0])


def midi_device_remove_entity(device: int, entity: int) -> None:
    """``MIDIDeviceRemoveEntity``.

    Example
    -------
    >>> capi.midi_device_remove_entity(dev, ent)                       # doctest: +SKIP
    """
    call("MIDIDeviceRemoveEntity", obj_arg(device, "device"), obj_arg(entity, "entity"))


def midi_entity_add_or_remove_endpoints(entity: int, num_source_endpoints: int,
                                        num_destination_endpoints: int) -> None:
    """``MIDIEntityAddOrRemoveEndpoints``: make the entity have exactly that many endpoints.

    Example
    -------
    >>> capi.midi_entity_add_or_remove_endpoints(ent, 2, 2)            # doctest: +SKIP
    """
    call("MIDIEntityAddOrRemoveEndpoints", obj_arg(entity, "entity"),
         index_arg(num_source_endpoints, "num_source_endpoints"),
         index_arg(num_destination_endpoints, "num_destination_endpoints"))


def midi_external_device_create(name: str, manufacturer: str, model: str) -> int:
    """``MIDIExternalDeviceCreate``: a new external device (add it with
    :func:`midi_setup_add_external_device`).

    Example
    -------
    >>> synth = capi.midi_external_device_create("JV-1080", "Roland", "JV-1080")   # doctest: +SKIP
    """
    out = ffi.new("MIDIDeviceRef *")
    with cf_string_arg(name, "name") as n, cf_string_arg(manufacturer, "manufacturer") as m, \
            cf_string_arg(model, "model") as md:
        call("MIDIExternalDeviceCreate", n, m, md, out, obj=name)
    return int(out[0])


def midi_setup_add_device(device: int) -> None:
    """``MIDISetupAddDevice`` (drivers).

    Example
    -------
    >>> capi.midi_setup_add_device(dev)                                # doctest: +SKIP
    """
    call("MIDISetupAddDevice", obj_arg(device, "device"))


def midi_setup_remove_device(device: int) -> None:
    """``MIDISetupRemoveDevice`` (drivers).

    Example
    -------
    >>> capi.midi_setup_remove_device(dev)                             # doctest: +SKIP
    """
    call("MIDISetupRemoveDevice", obj_arg(device, "device"))


def midi_setup_add_external_device(device: int) -> None:
    """``MIDISetupAddExternalDevice``.

    Example
    -------
    >>> capi.midi_setup_add_external_device(synth)                     # doctest: +SKIP
    """
    call("MIDISetupAddExternalDevice", obj_arg(device, "device"))


def midi_setup_remove_external_device(device: int) -> None:
    """``MIDISetupRemoveExternalDevice``.

    Example
    -------
    >>> capi.midi_setup_remove_external_device(synth)                  # doctest: +SKIP
    """
    call("MIDISetupRemoveExternalDevice", obj_arg(device, "device"))


# ------------------------------------------------------------------ deprecated setup objects


def midi_setup_create() -> int:
    """``MIDISetupCreate`` (deprecated in macOS 10.6): a new setup object.

    Example
    -------
    >>> setup = capi.midi_setup_create()                              # doctest: +SKIP
    """
    out = ffi.new("MIDISetupRef *")
    call("MIDISetupCreate", out)
    return int(out[0])


def midi_setup_dispose(setup: int) -> None:
    """``MIDISetupDispose`` (deprecated).

    Example
    -------
    >>> capi.midi_setup_dispose(setup)                                # doctest: +SKIP
    """
    call("MIDISetupDispose", obj_arg(setup, "setup"))


def midi_setup_install(setup: int) -> None:
    """``MIDISetupInstall`` (deprecated): make ``setup`` the current one.

    Example
    -------
    >>> capi.midi_setup_install(setup)                                # doctest: +SKIP
    """
    call("MIDISetupInstall", obj_arg(setup, "setup"))


def midi_setup_get_current() -> int:
    """``MIDISetupGetCurrent`` (deprecated).

    Example
    -------
    >>> setup = capi.midi_setup_get_current()                         # doctest: +SKIP
    """
    out = ffi.new("MIDISetupRef *")
    call("MIDISetupGetCurrent", out)
    return int(out[0])


def midi_setup_to_data(setup: int) -> bytes:
    """``MIDISetupToData`` (deprecated): the setup as XML bytes.

    Example
    -------
    >>> xml = capi.midi_setup_to_data(setup)                          # doctest: +SKIP
    """
    out = ffi.new("CFDataRef *")
    call("MIDISetupToData", obj_arg(setup, "setup"), out)
    with cf.owned(out[0]) as blob:
        value = cf.to_python(blob)
    if not isinstance(value, bytes):
        raise TypeError(f"MIDISetupToData returned a {type(value).__name__}, not data")
    return value


def midi_setup_from_data(data: bytes | bytearray | memoryview) -> int:
    """``MIDISetupFromData`` (deprecated): a setup object from :func:`midi_setup_to_data` bytes.

    Example
    -------
    >>> setup = capi.midi_setup_from_data(xml)                        # doctest: +SKIP
    """
    if isinstance(data, str) or not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"data must be bytes, not {type(data).__name__}")
    out = ffi.new("MIDISetupRef *")
    with cf.owned(cf.data(data)) as blob:
        call("MIDISetupFromData", blob, out)
    return int(out[0])


def midi_get_serial_port_drivers() -> list[str]:
    """``MIDIGetSerialPortDrivers`` (deprecated): the names of the serial-port MIDI drivers.

    Example
    -------
    >>> capi.midi_get_serial_port_drivers()                          # doctest: +SKIP
    []
    """
    out = ffi.new("CFArrayRef *")
    call("MIDIGetSerialPortDrivers", out)
    with cf.owned(out[0]) as names:
        value = cf.to_python(names)
    return [str(v) for v in (value or [])]


def midi_get_serial_port_owner(port_name: str) -> str:
    """``MIDIGetSerialPortOwner`` (deprecated): the driver owning serial port ``port_name``.

    Example
    -------
    >>> capi.midi_get_serial_port_owner("modem")                     # doctest: +SKIP
    """
    out = ffi.new("CFStringRef *")
    with cf_string_arg(port_name, "port_name") as name:
        call("MIDIGetSerialPortOwner", name, out, obj=port_name)
    with cf.owned(out[0]) as owner:
        return str(cf.to_python(owner) or "")


def midi_set_serial_port_owner(port_name: str, driver_name: str) -> None:
    """``MIDISetSerialPortOwner`` (deprecated).

    Example
    -------
    >>> capi.midi_set_serial_port_owner("modem", "com.apple.AppleMIDISerial")   # doctest: +SKIP
    """
    with cf_string_arg(port_name, "port_name") as name, cf_string_arg(driver_name, "driver_name") as drv:
        call("MIDISetSerialPortOwner", name, drv, obj=port_name)


# ------------------------------------------------------------------ Bluetooth


def midi_bluetooth_driver_activate_all_connections() -> None:
    """``MIDIBluetoothDriverActivateAllConnections``: reconnect every known Bluetooth MIDI peripheral.

    Example
    -------
    >>> capi.midi_bluetooth_driver_activate_all_connections()         # doctest: +SKIP
    """
    call("MIDIBluetoothDriverActivateAllConnections")


def midi_bluetooth_driver_disconnect(uuid: str) -> None:
    """``MIDIBluetoothDriverDisconnect``: disconnect the peripheral with ``uuid``.

    Example
    -------
    >>> capi.midi_bluetooth_driver_disconnect("8B2F3C1E-0000-4000-8000-00805F9B34FB")   # doctest: +SKIP
    """
    with cf_string_arg(uuid, "uuid") as ref:
        call("MIDIBluetoothDriverDisconnect", ref, obj=uuid)
