"""AudioComponent discovery: find installed AudioUnits by type, subtype and manufacturer.

Components are found through the system registry (``AudioComponentFindNext``),
never by parsing plug-in bundles.  Types, subtypes and manufacturers are
FourCCs (``'aufx'``, ``'dely'``, ``'appl'``) or, for types, the names
``'effect'``, ``'instrument'``, ``'generator'``, ``'mixer'``, ``'output'`` ...

These classes need Apple's AudioToolbox: on other platforms they import fine
and raise :class:`~coremusic.exceptions.PlatformNotSupportedError` when used.

Example
-------
>>> from coremusic.audio.au_component import AudioComponent      # doctest: +SKIP
>>> [c.name for c in AudioComponent.find(type="effect", manufacturer="appl")][:2]  # doctest: +SKIP
['Apple: AUBandpass', 'Apple: AUDelay']
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from coremusic import capi
from coremusic.exceptions import PlatformNotSupportedError
from coremusic.structs import AudioComponentDescription
from coremusic.utils.fourcc import as_fourcc_int, int_to_fourcc

if TYPE_CHECKING:
    from coremusic.audio.audiounit import AudioUnit

__all__ = ["AU_TYPE_NAMES", "AudioComponent", "require_audiotoolbox", "type_code"]

#: Friendly names of AudioUnit component types.
AU_TYPE_NAMES: dict[str, str] = {
    "effect": "aufx",
    "instrument": "aumu",
    "music_device": "aumu",
    "music_effect": "aumf",
    "generator": "augn",
    "mixer": "aumx",
    "output": "auou",
    "panner": "aupn",
    "format_converter": "aufc",
    "offline_effect": "auol",
    "midi_processor": "aumi",
}
_TYPE_LABELS = {v: k for k, v in reversed(AU_TYPE_NAMES.items())}
_ALTERNATIVE = "coremusic's numpy DSP and the DAW timeline"


def require_audiotoolbox(what: str) -> None:
    """Raise :class:`PlatformNotSupportedError` naming ``what`` unless AudioToolbox is available.

    Example
    -------
    >>> import sys
    >>> from coremusic.exceptions import PlatformNotSupportedError
    >>> try:
    ...     require_audiotoolbox("AudioUnit")
    ... except PlatformNotSupportedError as exc:
    ...     assert sys.platform != "darwin" and "AudioUnit" in str(exc)
    """
    from coremusic._ffi import load_library

    try:
        load_library("AudioToolbox")
    except PlatformNotSupportedError as exc:
        raise PlatformNotSupportedError(
            f"{what} hosts Apple AudioUnits, which need Apple's AudioToolbox framework (macOS only); "
            f"this platform is {sys.platform!r}. Use {_ALTERNATIVE} instead.",
            framework="AudioToolbox", platform=sys.platform, alternative=_ALTERNATIVE) from exc


def type_code(kind: str | int | None) -> int:
    """A component type as an int: a friendly name (``'effect'``), a FourCC or ``None`` (any).

    Example
    -------
    >>> type_code("effect") == type_code("aufx")
    True
    """
    if kind is None:
        return 0
    if isinstance(kind, str):
        key = kind.lower().replace("-", "_").replace(" ", "_")
        if key in AU_TYPE_NAMES:
            return as_fourcc_int(AU_TYPE_NAMES[key])
        if len(kind) != 4:
            raise ValueError(f"unknown AudioUnit type {kind!r}; use a FourCC or one of {sorted(AU_TYPE_NAMES)}")
    return _code(kind, "type")


def _code(value: str | int | None, what: str) -> int:
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, (str, bytes, int)):
        raise TypeError(f"{what} must be a FourCC str or int, not {type(value).__name__}")
    try:
        return as_fourcc_int(value)
    except ValueError as exc:
        raise ValueError(f"{what}: {exc}") from None


class AudioComponent:
    """One installed audio component (an AudioUnit class, not an instance).

    Get them from :meth:`find`, :meth:`find_first` or :meth:`list_installed`;
    :meth:`instantiate` makes an :class:`~coremusic.audio.audiounit.AudioUnit`.

    Attributes
    ----------
    handle : int
        The ``AudioComponent`` handle.

    Example
    -------
    >>> delay = AudioComponent.find_first(type="effect", subtype="dely")   # doctest: +SKIP
    >>> delay                                                              # doctest: +SKIP
    <AudioComponent 'Apple: AUDelay' aufx/dely/appl v1.0.0>
    """

    def __init__(self, handle: int) -> None:
        require_audiotoolbox(type(self).__name__)
        if isinstance(handle, bool) or not isinstance(handle, int) or handle == 0:
            raise ValueError(f"an AudioComponent needs a non-zero component handle, got {handle!r}")
        self.handle = handle
        self._name: str | None = None
        self._desc: AudioComponentDescription | None = None

    # -- discovery ------------------------------------------------------------
    @classmethod
    def find(cls, type: str | int | None = None, subtype: str | int | None = None,
             manufacturer: str | int | None = None) -> list[AudioComponent]:
        """Every component matching the given type, subtype and manufacturer (``None`` = any).

        Example
        -------
        >>> AudioComponent.find(type="instrument")                        # doctest: +SKIP
        [<AudioComponent 'Apple: DLSMusicDevice' aumu/dls /appl v1.0.0>, ...]
        """
        require_audiotoolbox(cls.__name__)
        desc = (type_code(type), _code(subtype, "subtype"), _code(manufacturer, "manufacturer"))
        found: list[AudioComponent] = []
        handle = capi.audio_component_find_next(0, desc)
        while handle:
            found.append(cls(handle))
            handle = capi.audio_component_find_next(handle, desc)
        return found

    @classmethod
    def find_first(cls, type: str | int | None = None, subtype: str | int | None = None,
                   manufacturer: str | int | None = None) -> AudioComponent:
        """The first matching component; ``LookupError`` naming the search when none.

        Example
        -------
        >>> AudioComponent.find_first("output", "def ", "appl").name       # doctest: +SKIP
        'Apple: DefaultOutputUnit'
        """
        require_audiotoolbox(cls.__name__)
        desc = (type_code(type), _code(subtype, "subtype"), _code(manufacturer, "manufacturer"))
        handle = capi.audio_component_find_next(0, desc)
        if not handle:
            shown = "/".join(int_to_fourcc(c) if c else "*" for c in desc)
            raise LookupError(f"no installed audio component matches {shown}")
        return cls(handle)

    @classmethod
    def from_name(cls, name: str, type: str | int | None = None) -> AudioComponent:
        """The component called ``name``: the full name (``'Apple: AUDelay'``) or the
        part after the manufacturer (``'AUDelay'``), case-insensitive.

        Raises
        ------
        LookupError
            No component has that name (the message lists close names), or
            several do (it lists them).

        Example
        -------
        >>> AudioComponent.from_name("AUDelay").subtype    # doctest: +SKIP
        'dely'
        """
        if not isinstance(name, str) or not name:
            raise TypeError(f"name must be a non-empty str, not {name!r}")
        candidates = cls.find(type=type)
        want = name.casefold()
        exact = [c for c in candidates if c.name.casefold() == want]
        if not exact:
            exact = [c for c in candidates if c.short_name.casefold() == want]
        if len(exact) == 1:
            return exact[0]
        if len(exact) > 1:
            listed = ", ".join(f"{c.name!r} ({c.type}/{c.subtype}/{c.manufacturer})" for c in exact)
            raise LookupError(f"{name!r} is ambiguous: {listed}; pass type= or use a description")
        close = [c.name for c in candidates if want in c.name.casefold()][:10]
        hint = f"; did you mean {close}?" if close else ""
        raise LookupError(f"no installed audio component is called {name!r}{hint}")

    @classmethod
    def list_installed(cls, type: str | int | None = None,
                       manufacturer: str | int | None = None) -> list[dict[str, Any]]:
        """A dict per installed component: name, manufacturer name, type, subtype,
        manufacturer code, version, flags (see :meth:`to_dict`).

        Example
        -------
        >>> AudioComponent.list_installed("effect")[0]["type"]     # doctest: +SKIP
        'aufx'
        """
        return [c.to_dict() for c in cls.find(type=type, manufacturer=manufacturer)]

    # -- what it is -------------------------------------------------------------
    @property
    def description(self) -> AudioComponentDescription:
        """Type, subtype, manufacturer and flags."""
        if self._desc is None:
            self._desc = capi.audio_component_get_description(self.handle)
        return self._desc

    @property
    def name(self) -> str:
        """The full name, ``'Manufacturer: Name'`` by convention."""
        if self._name is None:
            self._name = capi.audio_component_copy_name(self.handle)
        return self._name

    @property
    def manufacturer_name(self) -> str:
        """The part of :attr:`name` before ``': '`` (empty when there is none)."""
        head, sep, _ = self.name.partition(": ")
        return head if sep else ""

    @property
    def short_name(self) -> str:
        """The part of :attr:`name` after ``': '``."""
        _, sep, tail = self.name.partition(": ")
        return tail if sep else self.name

    @property
    def type(self) -> str:
        return int_to_fourcc(int(self.description.type))

    @property
    def type_name(self) -> str:
        """The friendly type name (``'effect'``), or the FourCC for unnamed types."""
        return _TYPE_LABELS.get(self.type, self.type)

    @property
    def subtype(self) -> str:
        return int_to_fourcc(int(self.description.subtype))

    @property
    def manufacturer(self) -> str:
        return int_to_fourcc(int(self.description.manufacturer))

    @property
    def version(self) -> int:
        """The version as ``0xMMMMmmbb``."""
        return capi.audio_component_get_version(self.handle)

    @property
    def version_string(self) -> str:
        """The version as ``'major.minor.bugfix'``."""
        v = self.version
        return f"{v >> 16}.{(v >> 8) & 0xFF}.{v & 0xFF}"

    @property
    def sandbox_safe(self) -> bool:
        """Whether the component declares ``kAudioComponentFlag_SandboxSafe``."""
        return bool(self.description.flags & 0x2)

    @property
    def configuration_info(self) -> dict[str, Any]:
        """``AudioComponentCopyConfigurationInfo`` as a dict."""
        return capi.audio_component_copy_configuration_info(self.handle)

    def validate(self, timeout: float | None = None) -> int:
        """Run Apple's validation; an ``AudioComponentValidationResult`` (1 = passed).

        Example
        -------
        >>> AudioComponent.find_first("effect", "dely").validate(timeout=10.0)   # doctest: +SKIP
        1
        """
        params = None if timeout is None else {"TimeOut": float(timeout)}
        return capi.audio_component_validate(self.handle, params)

    def to_dict(self) -> dict[str, Any]:
        """Name, manufacturer name, type (FourCC and friendly), subtype,
        manufacturer code, version and flags as plain values.

        Example
        -------
        >>> AudioComponent.find_first("effect", "dely").to_dict()["name"]   # doctest: +SKIP
        'Apple: AUDelay'
        """
        return {"name": self.name, "short_name": self.short_name,
                "manufacturer_name": self.manufacturer_name, "type": self.type,
                "type_name": self.type_name, "subtype": self.subtype,
                "manufacturer": self.manufacturer, "version": self.version,
                "version_string": self.version_string, "sandbox_safe": self.sandbox_safe,
                "flags": int(self.description.flags)}

    def instantiate(self) -> AudioUnit:
        """A new :class:`~coremusic.audio.audiounit.AudioUnit` of this component.

        Example
        -------
        >>> unit = AudioComponent.find_first("effect", "dely").instantiate()   # doctest: +SKIP
        """
        from coremusic.audio.audiounit import AudioUnit

        return AudioUnit(self)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, AudioComponent) and other.handle == self.handle

    def __hash__(self) -> int:
        return hash(self.handle)

    def __repr__(self) -> str:
        return (f"<AudioComponent {self.name!r} {self.type}/{self.subtype}/{self.manufacturer} "
                f"v{self.version_string}>")
