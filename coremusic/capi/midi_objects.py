"""MIDIServices.h: the object graph (devices, entities, endpoints) and object properties.

CoreMIDI objects are ``MIDIObjectRef`` integers (``MIDIDeviceRef``,
``MIDIEntityRef``, ``MIDIEndpointRef`` ...), passed around as plain ``int``.
The ``*_get_*`` lookups raise :class:`IndexError` where CoreMIDI returns 0
(an index out of range, an object without that child).

Properties are named by a ``kMIDIProperty*`` constant name (or a
:class:`~coremusic.constants.MIDIObjectProperty` member), whose key CoreMIDI
exports, or by any other text for a custom property.  String, data and
dictionary values cross as Python ``str``, ``bytes`` and ``dict``; the CF
objects CoreMIDI returns are released here, exactly once.

Example
-------
>>> from coremusic import capi                                          # doctest: +SKIP
>>> for i in range(capi.midi_get_number_of_sources()):                  # doctest: +SKIP
...     src = capi.midi_get_source(i)
...     print(capi.midi_object_get_string_property(src, "kMIDIPropertyDisplayName"))
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from coremusic._ffi import ffi, lib
from coremusic.capi import cf
from coremusic.capi._base import call
from coremusic.capi._midi import index_arg, lookup, obj_arg, property_key
from coremusic.capi._toolbox import int_arg

__all__ = [
    "midi_device_get_entity",
    "midi_device_get_number_of_entities",
    "midi_endpoint_get_entity",
    "midi_entity_get_destination",
    "midi_entity_get_device",
    "midi_entity_get_number_of_destinations",
    "midi_entity_get_number_of_sources",
    "midi_entity_get_source",
    "midi_get_destination",
    "midi_get_device",
    "midi_get_external_device",
    "midi_get_number_of_destinations",
    "midi_get_number_of_devices",
    "midi_get_number_of_external_devices",
    "midi_get_number_of_sources",
    "midi_get_source",
    "midi_object_find_by_unique_id",
    "midi_object_get_data_property",
    "midi_object_get_dictionary_property",
    "midi_object_get_integer_property",
    "midi_object_get_properties",
    "midi_object_get_string_property",
    "midi_object_remove_property",
    "midi_object_set_data_property",
    "midi_object_set_dictionary_property",
    "midi_object_set_integer_property",
    "midi_object_set_string_property",
]


# ------------------------------------------------------------------ the system's objects


def midi_get_number_of_devices() -> int:
    """``MIDIGetNumberOfDevices``: how many devices the system has.

    Example
    -------
    >>> capi.midi_get_number_of_devices()      # doctest: +SKIP
    3
    """
    return int(lib.MIDIGetNumberOfDevices())


def midi_get_device(device_index0: int) -> int:
    """``MIDIGetDevice``: the device at ``device_index0`` (``IndexError`` if none).

    Example
    -------
    >>> dev = capi.midi_get_device(0)          # doctest: +SKIP
    """
    index = index_arg(device_index0, "device_index0")
    return lookup("MIDIGetDevice", index, what=f"device at index {index}")


def midi_get_number_of_external_devices() -> int:
    """``MIDIGetNumberOfExternalDevices``: how many external devices (added in Audio MIDI Setup).

    Example
    -------
    >>> capi.midi_get_number_of_external_devices()   # doctest: +SKIP
    0
    """
    return int(lib.MIDIGetNumberOfExternalDevices())


def midi_get_external_device(device_index0: int) -> int:
    """``MIDIGetExternalDevice``: the external device at ``device_index0``.

    Example
    -------
    >>> ext = capi.midi_get_external_device(0)       # doctest: +SKIP
    """
    index = index_arg(device_index0, "device_index0")
    return lookup("MIDIGetExternalDevice", index, what=f"external device at index {index}")


def midi_get_number_of_sources() -> int:
    """``MIDIGetNumberOfSources``: how many sources (virtual ones included) the system has.

    Example
    -------
    >>> capi.midi_get_number_of_sources()            # doctest: +SKIP
    2
    """
    return int(lib.MIDIGetNumberOfSources())


def midi_get_source(source_index0: int) -> int:
    """``MIDIGetSource``: the source endpoint at ``source_index0``.

    Example
    -------
    >>> src = capi.midi_get_source(0)                # doctest: +SKIP
    """
    index = index_arg(source_index0, "source_index0")
    return lookup("MIDIGetSource", index, what=f"source at index {index}")


def midi_get_number_of_destinations() -> int:
    """``MIDIGetNumberOfDestinations``: how many destinations the system has.

    Example
    -------
    >>> capi.midi_get_number_of_destinations()       # doctest: +SKIP
    2
    """
    return int(lib.MIDIGetNumberOfDestinations())


def midi_get_destination(dest_index0: int) -> int:
    """``MIDIGetDestination``: the destination endpoint at ``dest_index0``.

    Example
    -------
    >>> dst = capi.midi_get_destination(0)           # doctest: +SKIP
    """
    index = index_arg(dest_index0, "dest_index0")
    return lookup("MIDIGetDestination", index, what=f"destination at index {index}")


# ------------------------------------------------------------------ devices and entities


def midi_device_get_number_of_entities(device: int) -> int:
    """``MIDIDeviceGetNumberOfEntities``.

    Example
    -------
    >>> capi.midi_device_get_number_of_entities(dev)   # doctest: +SKIP
    1
    """
    return int(lib.MIDIDeviceGetNumberOfEntities(obj_arg(device, "device")))


def midi_device_get_entity(device: int, entity_index0: int) -> int:
    """``MIDIDeviceGetEntity``: the entity at ``entity_index0`` of ``device``.

    Example
    -------
    >>> ent = capi.midi_device_get_entity(dev, 0)      # doctest: +SKIP
    """
    ref = obj_arg(device, "device")
    index = index_arg(entity_index0, "entity_index0")
    return lookup("MIDIDeviceGetEntity", ref, index, what=f"entity {index} of device {ref}")


def midi_entity_get_number_of_sources(entity: int) -> int:
    """``MIDIEntityGetNumberOfSources``.

    Example
    -------
    >>> capi.midi_entity_get_number_of_sources(ent)    # doctest: +SKIP
    1
    """
    return int(lib.MIDIEntityGetNumberOfSources(obj_arg(entity, "entity")))


def midi_entity_get_source(entity: int, source_index0: int) -> int:
    """``MIDIEntityGetSource``: the source at ``source_index0`` of ``entity``.

    Example
    -------
    >>> src = capi.midi_entity_get_source(ent, 0)      # doctest: +SKIP
    """
    ref = obj_arg(entity, "entity")
    index = index_arg(source_index0, "source_index0")
    return lookup("MIDIEntityGetSource", ref, index, what=f"source {index} of entity {ref}")


def midi_entity_get_number_of_destinations(entity: int) -> int:
    """``MIDIEntityGetNumberOfDestinations``.

    Example
    -------
    >>> capi.midi_entity_get_number_of_destinations(ent)   # doctest: +SKIP
    1
    """
    return int(lib.MIDIEntityGetNumberOfDestinations(obj_arg(entity, "entity")))


def midi_entity_get_destination(entity: int, dest_index0: int) -> int:
    """``MIDIEntityGetDestination``: the destination at ``dest_index0`` of ``entity``.

    Example
    -------
    >>> dst = capi.midi_entity_get_destination(ent, 0)     # doctest: +SKIP
    """
    ref = obj_arg(entity, "entity")
    index = index_arg(dest_index0, "dest_index0")
    return lookup("MIDIEntityGetDestination", ref, index, what=f"destination {index} of entity {ref}")


def midi_entity_get_device(entity: int) -> int:
    """``MIDIEntityGetDevice``: the device owning ``entity``.

    Example
    -------
    >>> capi.midi_entity_get_device(ent) == dev            # doctest: +SKIP
    True
    """
    out = ffi.new("MIDIDeviceRef *")
    call("MIDIEntityGetDevice", obj_arg(entity, "entity"), out)
    return int(out[0])


def midi_endpoint_get_entity(endpoint: int) -> int:
    """``MIDIEndpointGetEntity``: the entity owning ``endpoint`` (0 for a virtual endpoint).

    Example
    -------
    >>> capi.midi_endpoint_get_entity(src) == ent          # doctest: +SKIP
    True
    """
    out = ffi.new("MIDIEntityRef *")
    call("MIDIEndpointGetEntity", obj_arg(endpoint, "endpoint"), out)
    return int(out[0])


def midi_object_find_by_unique_id(unique_id: int) -> tuple[int, int]:
    """``MIDIObjectFindByUniqueID``: ``(object, MIDIObjectType)`` of the object with ``unique_id``.

    Raises
    ------
    MIDIError
        ``kMIDIObjectNotFound`` when no object has that ID.

    Example
    -------
    >>> obj, kind = capi.midi_object_find_by_unique_id(-1186632394)   # doctest: +SKIP
    """
    uid = int_arg(unique_id, "unique_id", -(2**31), 2**31 - 1)
    out = ffi.new("MIDIObjectRef *")
    kind = ffi.new("MIDIObjectType *")
    call("MIDIObjectFindByUniqueID", uid, out, kind, obj=f"unique ID {uid}")
    return int(out[0]), int(kind[0])


# ------------------------------------------------------------------ properties


def _prop_name(prop: Any) -> str:
    return str(getattr(prop, "value", prop))


def midi_object_get_integer_property(obj: int, prop: str) -> int:
    """``MIDIObjectGetIntegerProperty``: an SInt32 property (``kMIDIPropertyUniqueID`` ...).

    Example
    -------
    >>> capi.midi_object_get_integer_property(src, "kMIDIPropertyUniqueID")   # doctest: +SKIP
    -1186632394
    """
    ref = obj_arg(obj, "obj")
    out = ffi.new("SInt32 *")
    with property_key(prop) as key:
        call("MIDIObjectGetIntegerProperty", ref, key, out, obj=_prop_name(prop))
    return int(out[0])


def midi_object_set_integer_property(obj: int, prop: str, value: int) -> None:
    """``MIDIObjectSetIntegerProperty``.

    Example
    -------
    >>> capi.midi_object_set_integer_property(src, "kMIDIPropertyUniqueID", 12345)   # doctest: +SKIP
    """
    ref = obj_arg(obj, "obj")
    number = int_arg(value, "value", -(2**31), 2**31 - 1)
    with property_key(prop) as key:
        call("MIDIObjectSetIntegerProperty", ref, key, number, obj=_prop_name(prop))


def _copied(name: str, ctype: str, obj: int, prop: str) -> Any:
    """Run a ``Get...Property`` returning a +1 CF object; its Python value (released)."""
    ref = obj_arg(obj, "obj")
    out = ffi.new(f"{ctype} *")
    with property_key(prop) as key:
        call(name, ref, key, out, obj=_prop_name(prop))
    with cf.owned(out[0]) as value:
        return cf.to_python(value)


def midi_object_get_string_property(obj: int, prop: str) -> str:
    """``MIDIObjectGetStringProperty``: a string property (``kMIDIPropertyName`` ...).

    Example
    -------
    >>> capi.midi_object_get_string_property(dev, "kMIDIPropertyName")   # doctest: +SKIP
    'IAC Driver'
    """
    value = _copied("MIDIObjectGetStringProperty", "CFStringRef", obj, prop)
    if not isinstance(value, str):
        raise TypeError(f"CoreMIDI returned a {type(value).__name__} for string property {_prop_name(prop)!r}")
    return value


def midi_object_set_string_property(obj: int, prop: str, value: str) -> None:
    """``MIDIObjectSetStringProperty``.

    Example
    -------
    >>> capi.midi_object_set_string_property(src, "kMIDIPropertyName", "coremusic out")   # doctest: +SKIP
    """
    ref = obj_arg(obj, "obj")
    if not isinstance(value, str):
        raise TypeError(f"value must be a str, not {type(value).__name__}")
    with property_key(prop) as key, cf.owned(cf.string(value)) as text:
        call("MIDIObjectSetStringProperty", ref, key, text, obj=_prop_name(prop))


def midi_object_get_data_property(obj: int, prop: str) -> bytes:
    """``MIDIObjectGetDataProperty``: a data property, as bytes.

    Example
    -------
    >>> capi.midi_object_get_data_property(dev, "kMIDIPropertyNameConfiguration")   # doctest: +SKIP
    """
    value = _copied("MIDIObjectGetDataProperty", "CFDataRef", obj, prop)
    if not isinstance(value, bytes):
        raise TypeError(f"CoreMIDI returned a {type(value).__name__} for data property {_prop_name(prop)!r}")
    return value


def midi_object_set_data_property(obj: int, prop: str, data: bytes | bytearray | memoryview) -> None:
    """``MIDIObjectSetDataProperty``.

    Example
    -------
    >>> capi.midi_object_set_data_property(src, "com.example.state", b"\\x01\\x02")   # doctest: +SKIP
    """
    ref = obj_arg(obj, "obj")
    if isinstance(data, str) or not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"data must be bytes-like, not {type(data).__name__}")
    with property_key(prop) as key, cf.owned(cf.data(data)) as blob:
        call("MIDIObjectSetDataProperty", ref, key, blob, obj=_prop_name(prop))


def midi_object_get_dictionary_property(obj: int, prop: str) -> dict[Any, Any]:
    """``MIDIObjectGetDictionaryProperty``: a dictionary property, as a dict.

    Example
    -------
    >>> capi.midi_object_get_dictionary_property(dev, "kMIDIPropertyNameConfigurationDictionary")   # doctest: +SKIP
    """
    value = _copied("MIDIObjectGetDictionaryProperty", "CFDictionaryRef", obj, prop)
    if not isinstance(value, dict):
        raise TypeError(f"CoreMIDI returned a {type(value).__name__} for dictionary property "
                        f"{_prop_name(prop)!r}")
    return value


def midi_object_set_dictionary_property(obj: int, prop: str, value: Mapping[str, Any]) -> None:
    """``MIDIObjectSetDictionaryProperty`` (string keys; values str, bytes, numbers, lists, dicts).

    Example
    -------
    >>> capi.midi_object_set_dictionary_property(dev, "com.example.cfg", {"mode": 2})   # doctest: +SKIP
    """
    ref = obj_arg(obj, "obj")
    if not isinstance(value, Mapping):
        raise TypeError(f"value must be a mapping, not {type(value).__name__}")
    with property_key(prop) as key, cf.owned(cf.dictionary(value)) as mapping:
        call("MIDIObjectSetDictionaryProperty", ref, key, mapping, obj=_prop_name(prop))


def midi_object_remove_property(obj: int, prop: str) -> None:
    """``MIDIObjectRemoveProperty``.

    Example
    -------
    >>> capi.midi_object_remove_property(src, "com.example.state")   # doctest: +SKIP
    """
    ref = obj_arg(obj, "obj")
    with property_key(prop) as key:
        call("MIDIObjectRemoveProperty", ref, key, obj=_prop_name(prop))


def midi_object_get_properties(obj: int, deep: bool = False) -> Any:
    """``MIDIObjectGetProperties``: every property of ``obj`` as a dict (``deep``: with its children).

    Example
    -------
    >>> capi.midi_object_get_properties(dev, deep=True)["name"]   # doctest: +SKIP
    'IAC Driver'
    """
    ref = obj_arg(obj, "obj")
    if not isinstance(deep, bool):
        raise TypeError(f"deep must be a bool, not {type(deep).__name__}")
    out = ffi.new("CFPropertyListRef *")
    call("MIDIObjectGetProperties", ref, out, deep)
    with cf.owned(out[0]) as plist:
        return cf.to_python(plist)
