"""CoreMIDI's object graph as Python objects: devices, entities, sources, destinations.

Every object is a thin, hashable view of a ``MIDIObjectRef``: properties are
read from CoreMIDI on access (``None`` when the object does not have one), so
they follow hot-plugging and renames.  Look endpoints up by unique ID or exact
name; an ambiguous name raises ``LookupError`` listing the candidates.

Example
-------
>>> from coremusic.midi.coremidi import sources, find_destination   # doctest: +SKIP
>>> [s.display_name for s in sources()]                             # doctest: +SKIP
['IAC Driver Bus 1', 'Launchpad X LPX MIDI Out']
>>> find_destination("LPX MIDI In").unique_id                       # doctest: +SKIP
203
"""

from __future__ import annotations

from typing import Any, TypeVar

from coremusic import capi
from coremusic.constants.coremidi import MIDIObjectType
from coremusic.exceptions import MIDIError
from coremusic.midi.coremidi._common import require_coremidi

__all__ = [
    "MIDIDestination",
    "MIDIDevice",
    "MIDIEndpoint",
    "MIDIEntity",
    "MIDIExternalDevice",
    "MIDIObject",
    "MIDISource",
    "destinations",
    "devices",
    "external_devices",
    "find_destination",
    "find_device",
    "find_object",
    "find_source",
    "sources",
]

_UNKNOWN_PROPERTY = -10835
_WRONG_PROPERTY_TYPE = -10836


def _absent(exc: MIDIError) -> bool:
    return exc.status in (_UNKNOWN_PROPERTY, _WRONG_PROPERTY_TYPE)


class MIDIObject:
    """A CoreMIDI object (``MIDIObjectRef``) and its properties.

    Two objects are equal when they name the same ref.

    Example
    -------
    >>> dev = devices()[0]                                             # doctest: +SKIP
    >>> dev.name, dev.manufacturer, dev.unique_id                      # doctest: +SKIP
    ('IAC Driver', 'Apple Inc.', -1186632394)
    """

    __slots__ = ("ref",)

    def __init__(self, ref: int) -> None:
        if isinstance(ref, bool) or not isinstance(ref, int):
            raise TypeError(f"ref must be an int MIDIObjectRef, not {type(ref).__name__}")
        if not 0 < ref <= 0xFFFFFFFF:
            raise ValueError(f"ref must be a non-zero UInt32, got {ref}")
        self.ref = ref

    # ------------------------------------------------------------ raw access
    def get_int(self, prop: str) -> int | None:
        """An integer property, ``None`` when absent.

        Example
        -------
        >>> src.get_int("kMIDIPropertyMaxSysExSpeed")                 # doctest: +SKIP
        3125
        """
        try:
            return capi.midi_object_get_integer_property(self.ref, prop)
        except MIDIError as exc:
            if _absent(exc):
                return None
            raise

    def get_str(self, prop: str) -> str | None:
        """A string property, ``None`` when absent.

        Example
        -------
        >>> src.get_str("kMIDIPropertyModel")                         # doctest: +SKIP
        'Launchpad X'
        """
        try:
            return capi.midi_object_get_string_property(self.ref, prop)
        except MIDIError as exc:
            if _absent(exc):
                return None
            raise

    def set_property(self, prop: str, value: int | str | bytes | dict[str, Any]) -> None:
        """Set a property (int, str, bytes or dict picks the setter).

        Example
        -------
        >>> src.set_property("com.example.colour", "red")              # doctest: +SKIP
        """
        if isinstance(value, bool) or isinstance(value, int):
            capi.midi_object_set_integer_property(self.ref, prop, int(value))
        elif isinstance(value, str):
            capi.midi_object_set_string_property(self.ref, prop, value)
        elif isinstance(value, (bytes, bytearray, memoryview)):
            capi.midi_object_set_data_property(self.ref, prop, value)
        elif isinstance(value, dict):
            capi.midi_object_set_dictionary_property(self.ref, prop, value)
        else:
            raise TypeError(f"property values are int, str, bytes or dict, not {type(value).__name__}")

    def remove_property(self, prop: str) -> None:
        """Remove a (custom) property.

        Example
        -------
        >>> src.remove_property("com.example.colour")                  # doctest: +SKIP
        """
        capi.midi_object_remove_property(self.ref, prop)

    def properties(self, deep: bool = False) -> dict[str, Any]:
        """Every property as Python values (``deep`` includes children).

        Example
        -------
        >>> sorted(dev.properties())[:3]                                # doctest: +SKIP
        ['driver', 'manufacturer', 'model']
        """
        value = capi.midi_object_get_properties(self.ref, deep)
        return dict(value) if isinstance(value, dict) else {}

    # ------------------------------------------------------------ common properties
    @property
    def name(self) -> str | None:
        """``kMIDIPropertyName``."""
        return self.get_str("kMIDIPropertyName")

    @property
    def manufacturer(self) -> str | None:
        """``kMIDIPropertyManufacturer``."""
        return self.get_str("kMIDIPropertyManufacturer")

    @property
    def model(self) -> str | None:
        """``kMIDIPropertyModel``."""
        return self.get_str("kMIDIPropertyModel")

    @property
    def display_name(self) -> str | None:
        """``kMIDIPropertyDisplayName`` (falls back to :attr:`name`)."""
        return self.get_str("kMIDIPropertyDisplayName") or self.name

    @property
    def unique_id(self) -> int | None:
        """``kMIDIPropertyUniqueID``; assign to persist an ID (virtual endpoints)."""
        return self.get_int("kMIDIPropertyUniqueID")

    @unique_id.setter
    def unique_id(self, value: int) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"unique_id must be an int, not {type(value).__name__}")
        if not -(2**31) <= value < 2**31:
            raise ValueError(f"unique_id must be a SInt32, got {value}")
        capi.midi_object_set_integer_property(self.ref, "kMIDIPropertyUniqueID", value)

    @property
    def offline(self) -> bool:
        """``kMIDIPropertyOffline`` (absent = online)."""
        return bool(self.get_int("kMIDIPropertyOffline"))

    @property
    def private(self) -> bool:
        """``kMIDIPropertyPrivate``: hidden from other clients."""
        return bool(self.get_int("kMIDIPropertyPrivate"))

    @property
    def driver_owner(self) -> str | None:
        """``kMIDIPropertyDriverOwner``: the driver that owns the object, if any."""
        return self.get_str("kMIDIPropertyDriverOwner")

    @property
    def driver_owned(self) -> bool:
        """Whether a driver owns the object (``kMIDIPropertyDriverOwner`` is set)."""
        return self.driver_owner is not None

    @property
    def driver_version(self) -> int | None:
        """``kMIDIPropertyDriverVersion``."""
        return self.get_int("kMIDIPropertyDriverVersion")

    @property
    def device_id(self) -> int | None:
        """``kMIDIPropertyDeviceID`` (the sysex device ID)."""
        return self.get_int("kMIDIPropertyDeviceID")

    @property
    def receive_channels(self) -> int | None:
        """``kMIDIPropertyReceiveChannels`` (bitmap of channels 1-16)."""
        return self.get_int("kMIDIPropertyReceiveChannels")

    @property
    def transmit_channels(self) -> int | None:
        """``kMIDIPropertyTransmitChannels`` (bitmap of channels 1-16)."""
        return self.get_int("kMIDIPropertyTransmitChannels")

    @property
    def max_sysex_speed(self) -> int | None:
        """``kMIDIPropertyMaxSysExSpeed`` in bytes per second."""
        return self.get_int("kMIDIPropertyMaxSysExSpeed")

    @property
    def protocol(self) -> int | None:
        """``kMIDIPropertyProtocolID``: 1 (MIDI 1.0) or 2 (MIDI 2.0)."""
        return self.get_int("kMIDIPropertyProtocolID")

    def __eq__(self, other: object) -> bool:
        # refs are unique across every kind of CoreMIDI object
        return isinstance(other, MIDIObject) and other.ref == self.ref

    def __hash__(self) -> int:
        return hash(("MIDIObject", self.ref))

    def __repr__(self) -> str:
        try:
            label = repr(self.display_name)
        except Exception as exc:  # a disposed object: still show what it was
            label = f"<{type(exc).__name__}>"
        return f"<{type(self).__name__} {label} ref={self.ref:#x}>"


class MIDIDevice(MIDIObject):
    """A MIDI device (a driver's hardware or the IAC driver) and its entities.

    Example
    -------
    >>> [e.name for e in find_device("IAC Driver").entities]          # doctest: +SKIP
    ['Bus 1']
    """

    __slots__ = ()

    @property
    def entities(self) -> list[MIDIEntity]:
        """The device's entities, in CoreMIDI's order."""
        n = capi.midi_device_get_number_of_entities(self.ref)
        return [MIDIEntity(capi.midi_device_get_entity(self.ref, i)) for i in range(n)]

    @property
    def sources(self) -> list[MIDISource]:
        """The sources of all entities."""
        return [s for e in self.entities for s in e.sources]

    @property
    def destinations(self) -> list[MIDIDestination]:
        """The destinations of all entities."""
        return [d for e in self.entities for d in e.destinations]


class MIDIExternalDevice(MIDIDevice):
    """An external device the user added in Audio MIDI Setup (a synth on a cable).

    Example
    -------
    >>> [d.name for d in external_devices()]                          # doctest: +SKIP
    ['JV-1080']
    """

    __slots__ = ()


class MIDIEntity(MIDIObject):
    """A group of endpoints of one device (a port pair, a bus ...).

    Example
    -------
    >>> ent = devices()[0].entities[0]                                 # doctest: +SKIP
    >>> ent.device, ent.sources                                        # doctest: +SKIP
    """

    __slots__ = ()

    @property
    def device(self) -> MIDIDevice:
        """The device owning this entity."""
        return MIDIDevice(capi.midi_entity_get_device(self.ref))

    @property
    def sources(self) -> list[MIDISource]:
        """The entity's sources."""
        n = capi.midi_entity_get_number_of_sources(self.ref)
        return [MIDISource(capi.midi_entity_get_source(self.ref, i)) for i in range(n)]

    @property
    def destinations(self) -> list[MIDIDestination]:
        """The entity's destinations."""
        n = capi.midi_entity_get_number_of_destinations(self.ref)
        return [MIDIDestination(capi.midi_entity_get_destination(self.ref, i)) for i in range(n)]

    @property
    def embedded(self) -> bool:
        """``kMIDIPropertyIsEmbeddedEntity``: part of the device rather than a connector."""
        return bool(self.get_int("kMIDIPropertyIsEmbeddedEntity"))


class MIDIEndpoint(MIDIObject):
    """A source or destination.

    Example
    -------
    >>> src = sources()[0]                                             # doctest: +SKIP
    >>> src.entity.device.name                                         # doctest: +SKIP
    'IAC Driver'
    """

    __slots__ = ()

    @property
    def entity(self) -> MIDIEntity | None:
        """The owning entity (``None`` for a virtual endpoint)."""
        try:
            ref = capi.midi_endpoint_get_entity(self.ref)
        except MIDIError as exc:
            if exc.status == -10842:  # kMIDIObjectNotFound: a virtual endpoint
                return None
            raise
        return MIDIEntity(ref) if ref else None

    @property
    def device(self) -> MIDIDevice | None:
        """The owning device (``None`` for a virtual endpoint)."""
        entity = self.entity
        return entity.device if entity is not None else None

    @property
    def virtual(self) -> bool:
        """Whether an application created it (no entity)."""
        return self.entity is None


class MIDISource(MIDIEndpoint):
    """A source: MIDI arrives *from* it (connect an input port to it).

    Example
    -------
    >>> port.connect_source(find_source("Bus 1"))                      # doctest: +SKIP
    """

    __slots__ = ()


class MIDIDestination(MIDIEndpoint):
    """A destination: MIDI is sent *to* it (an output port's ``send``).

    Example
    -------
    >>> out.send(find_destination("LPX MIDI In"), MIDIMessage.note_on(60))  # doctest: +SKIP
    """

    __slots__ = ()


# ------------------------------------------------------------ listings


def devices() -> list[MIDIDevice]:
    """The MIDI devices CoreMIDI knows.

    Example
    -------
    >>> [d.name for d in devices()]                                    # doctest: +SKIP
    ['IAC Driver', 'Launchpad X']
    """
    require_coremidi("devices()")
    return [MIDIDevice(capi.midi_get_device(i)) for i in range(capi.midi_get_number_of_devices())]


def external_devices() -> list[MIDIExternalDevice]:
    """The external devices of the current MIDI setup.

    Example
    -------
    >>> [d.manufacturer for d in external_devices()]                   # doctest: +SKIP
    ['Roland']
    """
    require_coremidi("external_devices()")
    return [MIDIExternalDevice(capi.midi_get_external_device(i))
            for i in range(capi.midi_get_number_of_external_devices())]


def sources() -> list[MIDISource]:
    """Every source (hardware and virtual, online ones first as CoreMIDI lists them).

    Example
    -------
    >>> [s.name for s in sources()]                                    # doctest: +SKIP
    ['Bus 1', 'LPX MIDI Out']
    """
    require_coremidi("sources()")
    return [MIDISource(capi.midi_get_source(i)) for i in range(capi.midi_get_number_of_sources())]


def destinations() -> list[MIDIDestination]:
    """Every destination.

    Example
    -------
    >>> [d.name for d in destinations()]                               # doctest: +SKIP
    ['Bus 1', 'LPX MIDI In']
    """
    require_coremidi("destinations()")
    return [MIDIDestination(capi.midi_get_destination(i)) for i in range(capi.midi_get_number_of_destinations())]


_KINDS: dict[int, type[MIDIObject]] = {
    MIDIObjectType.DEVICE: MIDIDevice, MIDIObjectType.ENTITY: MIDIEntity,
    MIDIObjectType.SOURCE: MIDISource, MIDIObjectType.DESTINATION: MIDIDestination,
    MIDIObjectType.EXTERNAL_DEVICE: MIDIExternalDevice, MIDIObjectType.EXTERNAL_ENTITY: MIDIEntity,
    MIDIObjectType.EXTERNAL_SOURCE: MIDISource, MIDIObjectType.EXTERNAL_DESTINATION: MIDIDestination,
}


def find_object(unique_id: int) -> MIDIObject:
    """The object with ``unique_id``, as its class (``MIDISource``, ``MIDIDevice`` ...).

    Raises
    ------
    LookupError
        No object has this ID.

    Example
    -------
    >>> find_object(202)                                                # doctest: +SKIP
    <MIDISource 'LPX MIDI Out' ref=0x202>
    """
    require_coremidi("find_object()")
    try:
        ref, kind = capi.midi_object_find_by_unique_id(unique_id)
    except MIDIError as exc:
        if exc.status == -10842:
            raise LookupError(f"no CoreMIDI object has unique ID {unique_id}") from None
        raise
    return _KINDS.get(int(kind), MIDIObject)(ref)


_O = TypeVar("_O", bound=MIDIObject)


def _find(key: int | str, kind: type[_O], listing: list[_O], what: str) -> _O:
    if isinstance(key, bool) or not isinstance(key, (int, str)):
        raise TypeError(f"look {what}s up by unique ID (int) or exact name (str), not {type(key).__name__}")
    if isinstance(key, int):
        found = find_object(key)
        if not isinstance(found, kind):
            raise LookupError(f"unique ID {key} names a {type(found).__name__}, not a {what}")
        return found
    exact = [o for o in listing if key in (o.name, o.display_name)]
    if len(exact) == 1:
        return exact[0]
    names = [f"{o.display_name!r} (unique ID {o.unique_id})" for o in (exact or listing)]
    if exact:
        raise LookupError(f"{what} name {key!r} is ambiguous: {', '.join(names)}; use the unique ID")
    raise LookupError(f"no {what} named {key!r}; available: {', '.join(names) or 'none'}")


def find_source(key: int | str) -> MIDISource:
    """The source with unique ID ``key`` (int) or exact name / display name ``key`` (str).

    Raises
    ------
    LookupError
        None matches, or the name is ambiguous (the message lists the candidates).

    Example
    -------
    >>> find_source("LPX MIDI Out").unique_id                          # doctest: +SKIP
    202
    """
    return _find(key, MIDISource, sources(), "source")


def find_destination(key: int | str) -> MIDIDestination:
    """The destination with unique ID or exact name ``key`` (see :func:`find_source`).

    Example
    -------
    >>> find_destination(203).name                                     # doctest: +SKIP
    'LPX MIDI In'
    """
    return _find(key, MIDIDestination, destinations(), "destination")


def find_device(key: int | str) -> MIDIDevice:
    """The device with unique ID or exact name ``key`` (see :func:`find_source`).

    Example
    -------
    >>> find_device("Launchpad X").manufacturer                        # doctest: +SKIP
    'Focusrite'
    """
    return _find(key, MIDIDevice, devices(), "device")
