"""AudioComponent.h: finding, describing and instantiating audio components.

One function per C function.  Components (``AudioComponent``) and their
instances (``AudioComponentInstance``, which is what an ``AudioUnit`` is) are
``int`` handles; descriptions are
:class:`~coremusic.structs.AudioComponentDescription` (or a ``(type,
subtype, manufacturer)`` tuple of FourCCs); CF results are converted to
Python values and released exactly once.

Example
-------
>>> from coremusic import capi                                          # doctest: +SKIP
>>> comp = capi.audio_component_find_next(0, ("aufx", "dely", "appl"))  # doctest: +SKIP
>>> capi.audio_component_copy_name(comp)                                # doctest: +SKIP
'Apple: AUDelay'
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from coremusic._ffi import ffi, lib
from coremusic.capi import cf
from coremusic.capi._aucallbacks import ComponentFactory, make_factory, register, unregister
from coremusic.capi._base import as_pointer, call, handle_of
from coremusic.capi._toolbox import int_arg, u32
from coremusic.structs import AudioComponentDescription

__all__ = [
    "audio_component_copy_configuration_info",
    "audio_component_copy_name",
    "audio_component_count",
    "audio_component_find_next",
    "audio_component_get_description",
    "audio_component_get_version",
    "audio_component_instance_can_do",
    "audio_component_instance_dispose",
    "audio_component_instance_get_component",
    "audio_component_instance_new",
    "audio_component_register",
    "audio_component_validate",
]

DescriptionLike = AudioComponentDescription | Sequence[str | int]


def description_arg(desc: Any, what: str = "description") -> AudioComponentDescription:
    """An :class:`AudioComponentDescription` from one or a ``(type, subtype,
    manufacturer[, flags, flags_mask])`` sequence; 0 fields match anything."""
    if isinstance(desc, AudioComponentDescription):
        return desc
    if isinstance(desc, (str, bytes)) or not isinstance(desc, Sequence):
        raise TypeError(f"{what} must be an AudioComponentDescription or a (type, subtype, "
                        f"manufacturer) tuple, not {type(desc).__name__}")
    if not 1 <= len(desc) <= 5:
        raise ValueError(f"{what} needs 1 to 5 fields (type, subtype, manufacturer, flags, "
                         f"flags_mask), got {len(desc)}")
    try:
        return AudioComponentDescription(*desc)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{what}: {exc}") from None


def _desc_cdata(desc: Any) -> Any:
    return ffi.new("AudioComponentDescription *", description_arg(desc).to_dict())


def _component(handle: int, what: str = "component") -> Any:
    return as_pointer("AudioComponent", handle, what)


def _instance(handle: int, what: str = "instance") -> Any:
    return as_pointer("AudioComponentInstance", handle, what)


def audio_component_find_next(after: int, description: DescriptionLike) -> int:
    """``AudioComponentFindNext``: the next component matching ``description``.

    Parameters
    ----------
    after : int
        The component to search after, or ``0`` to start from the first.
    description : AudioComponentDescription or tuple
        What to match; ``0`` fields are wildcards.

    Returns
    -------
    int
        The component handle, or ``0`` when there are no more.

    Example
    -------
    >>> comp = capi.audio_component_find_next(0, ("aufx", 0, "appl"))   # doctest: +SKIP
    """
    start = ffi.NULL if after == 0 else _component(after, "after")
    return handle_of(lib.AudioComponentFindNext(start, _desc_cdata(description)))


def audio_component_count(description: DescriptionLike) -> int:
    """``AudioComponentCount``: how many components match ``description``.

    Example
    -------
    >>> capi.audio_component_count(("aufx", 0, 0))     # doctest: +SKIP
    41
    """
    return int(lib.AudioComponentCount(_desc_cdata(description)))


def audio_component_copy_name(component: int) -> str:
    """``AudioComponentCopyName``: the component's name (``'Apple: AUDelay'``).

    Example
    -------
    >>> capi.audio_component_copy_name(comp)      # doctest: +SKIP
    'Apple: AUDelay'
    """
    out = ffi.new("CFStringRef *")
    call("AudioComponentCopyName", _component(component), out)
    with cf.owned(out[0]) as ref:
        return "" if cf.is_null(ref) else str(cf.to_python(ref))


def audio_component_get_description(component: int) -> AudioComponentDescription:
    """``AudioComponentGetDescription``: the component's type, subtype, manufacturer and flags.

    Example
    -------
    >>> capi.audio_component_get_description(comp)   # doctest: +SKIP
    AudioComponentDescription(type='aufx', subtype='dely', manufacturer='appl', flags=0x2)
    """
    out = ffi.new("AudioComponentDescription *")
    call("AudioComponentGetDescription", _component(component), out)
    return AudioComponentDescription.from_cdata(out[0])


def audio_component_get_version(component: int) -> int:
    """``AudioComponentGetVersion``: the version as ``0xMMMMmmbb`` (major, minor, bugfix).

    Example
    -------
    >>> hex(capi.audio_component_get_version(comp))   # doctest: +SKIP
    '0x10000'
    """
    out = ffi.new("UInt32 *")
    call("AudioComponentGetVersion", _component(component), out)
    return int(out[0])


def audio_component_instance_new(component: int) -> int:
    """``AudioComponentInstanceNew``: a new instance (an AudioUnit) of the component.

    Dispose of it with :func:`audio_component_instance_dispose`.

    Example
    -------
    >>> unit = capi.audio_component_instance_new(comp)   # doctest: +SKIP
    """
    out = ffi.new("AudioComponentInstance *")
    call("AudioComponentInstanceNew", _component(component), out)
    if out[0] == ffi.NULL:
        raise RuntimeError("AudioComponentInstanceNew succeeded but returned no instance")
    return handle_of(out[0])


def audio_component_instance_dispose(instance: int) -> None:
    """``AudioComponentInstanceDispose``: close an instance.

    Example
    -------
    >>> capi.audio_component_instance_dispose(unit)   # doctest: +SKIP
    """
    call("AudioComponentInstanceDispose", _instance(instance))


def audio_component_instance_get_component(instance: int) -> int:
    """``AudioComponentInstanceGetComponent``: the component an instance was made from.

    Example
    -------
    >>> capi.audio_component_instance_get_component(unit) == comp   # doctest: +SKIP
    True
    """
    return handle_of(lib.AudioComponentInstanceGetComponent(_instance(instance)))


def audio_component_instance_can_do(instance: int, selector: int) -> bool:
    """``AudioComponentInstanceCanDo``: whether the instance implements a selector
    (``kAudioUnitRenderSelect`` ... see ``constants.AudioUnitSelector``).

    Example
    -------
    >>> capi.audio_component_instance_can_do(unit, 14)   # kAudioUnitRenderSelect  # doctest: +SKIP
    True
    """
    sel = int_arg(selector, "selector", -(2**15), 2**15 - 1)
    return bool(lib.AudioComponentInstanceCanDo(_instance(instance), sel))


def audio_component_register(description: DescriptionLike, name: str, version: int,
                             factory: Callable[[AudioComponentDescription], Any] | Any
                             ) -> ComponentFactory:
    """``AudioComponentRegister``: register an in-process component.

    Parameters
    ----------
    description : AudioComponentDescription or tuple
        The new component's type, subtype and manufacturer.
    name : str
        Its name, ``'Manufacturer: Name'`` by convention.
    version : int
        Its version (``0xMMMMmmbb``).
    factory : callable or cffi function pointer
        Called as ``factory(description)`` when an instance is made; returns the
        address or cffi pointer of an ``AudioComponentPlugInInterface``.  A cffi
        ``AudioComponentFactoryFunction`` pointer is passed to C unchanged.

    Returns
    -------
    ComponentFactory
        The handle keeping the factory alive (for the life of the process,
        since components cannot be unregistered); ``.component`` is the new
        component's handle.

    Example
    -------
    >>> reg = capi.audio_component_register(("aufx", "gain", "Demo"), "Demo: Gain",
    ...                                     0x10000, make_interface)    # doctest: +SKIP
    """
    desc = description_arg(description)
    if not isinstance(name, str):
        raise TypeError(f"name must be a str, not {type(name).__name__}")
    ver = u32(version, "version")
    if isinstance(factory, ffi.CData):
        if ffi.typeof(factory) is not ffi.typeof("AudioComponentFactoryFunction"):
            raise TypeError(f"factory must be an AudioComponentFactoryFunction, not {ffi.typeof(factory).cname}")
        handle = ComponentFactory(desc, name, lambda d: None)
        trampoline = factory
    elif callable(factory):
        handle = ComponentFactory(desc, name, factory)
        trampoline = make_factory(handle, factory)
    else:
        raise TypeError(f"factory must be callable, not {type(factory).__name__}")
    c_desc = ffi.new("AudioComponentDescription *", desc.to_dict())
    with cf.owned(cf.string(name)) as c_name:
        register(handle, trampoline)
        component = lib.AudioComponentRegister(c_desc, c_name, ver, trampoline)
    if component == ffi.NULL:
        unregister(handle)
        raise ValueError(f"AudioComponentRegister refused {desc!r} ({name!r})")
    handle.component = handle_of(component)
    return handle


def audio_component_copy_configuration_info(component: int) -> dict[str, Any]:
    """``AudioComponentCopyConfigurationInfo``: the component's configuration
    dictionary (bus counts, ``SupportedChannelLayoutTags`` ...), converted to Python.

    Example
    -------
    >>> capi.audio_component_copy_configuration_info(comp)["HasCustomView"]   # doctest: +SKIP
    False
    """
    out = ffi.new("CFDictionaryRef *")
    call("AudioComponentCopyConfigurationInfo", _component(component), out)
    with cf.owned(out[0]) as ref:
        value = cf.to_python(ref)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise TypeError(f"AudioComponentCopyConfigurationInfo returned a {type(value).__name__}, not a dictionary")
    return value


def audio_component_validate(component: int, parameters: Mapping[str, Any] | None = None) -> int:
    """``AudioComponentValidate``: run Apple's validation of the component.

    Parameters
    ----------
    component : int
        The component.
    parameters : mapping, optional
        Validation parameters (``{'TimeOut': 30.0, 'ForceValidation': True}``,
        keys from ``constants.AudioComponentValidationParameterKey``).

    Returns
    -------
    int
        An ``AudioComponentValidationResult`` (0 unknown, 1 passed, 2 failed,
        3 timed out, 4 unauthorized error on open, 5 unauthorized error on init).

    Example
    -------
    >>> capi.audio_component_validate(comp, {"TimeOut": 10.0})   # doctest: +SKIP
    1
    """
    out = ffi.new("AudioComponentValidationResult *")
    if parameters is None:
        call("AudioComponentValidate", _component(component), ffi.NULL, out)
    else:
        if not isinstance(parameters, Mapping):
            raise TypeError(f"parameters must be a mapping, not {type(parameters).__name__}")
        with cf.owned(cf.dictionary(parameters)) as ref:
            call("AudioComponentValidate", _component(component), ref, out)
    return int(out[0])
