"""Base classes and the Apple-name registry of :mod:`coremusic.constants`.

Every enum class of the package derives from one of the bases defined here:

- :class:`AppleIntEnum` for enumerated integers,
- :class:`FourCCEnum` for four-character codes (``'lpcm'``), shown as text,
- :class:`AppleIntFlag` for bit masks,
- :class:`AppleStrEnum` for string keys (info dictionaries, presets),
- :class:`AppleSymbolEnum` for keys exported as ``CFStringRef`` symbols.

A member is written ``NAME = value, "kAppleName"``: the second item records the
Apple constant it stands for.  Aliases (two Apple names with one value inside a
class) are ordinary enum aliases; both Apple names resolve to the one member.
Names from another Apple family that share a member's value (a deprecated
spelling, for example) are attached with :func:`_alias` and have no attribute.
:func:`apple_name`, :func:`from_apple_name`, :data:`APPLE_NAMES` and
:func:`members_for_value` query the registry; the first query imports every
submodule.

Example
-------
>>> from coremusic.constants import AudioFormatID, apple_name, from_apple_name
>>> AudioFormatID.LINEAR_PCM
<AudioFormatID.LINEAR_PCM: 'lpcm'>
>>> apple_name(AudioFormatID.LINEAR_PCM)
'kAudioFormatLinearPCM'
>>> from_apple_name("kAudioFormatLinearPCM") is AudioFormatID.LINEAR_PCM
True
"""

from __future__ import annotations

import enum
import importlib
import threading
from collections import deque
from collections.abc import Iterator, Mapping
from typing import Any, Self, TypeAlias, TypeVar, cast

__all__ = [
    "APPLE_CONSTANTS",
    "APPLE_NAMES",
    "AppleIntEnum",
    "AppleIntFlag",
    "AppleMember",
    "AppleStrEnum",
    "AppleSymbolEnum",
    "FourCCEnum",
    "apple_name",
    "apple_names",
    "fourcc_to_int",
    "from_apple_name",
    "int_to_fourcc",
    "members_for_value",
]

_T = TypeVar("_T", int, float, str)

# the modules that define Apple enums; all are loaded before a name lookup
_MODULES = (
    "coretypes",
    "channels",
    "audioformat",
    "audiofile",
    "hardware",
    "hwobjects",
    "audiounit",
    "auproperties",
    "auunits",
    "auparams",
    "aueffects",
    "converter",
    "queue",
    "toolbox",
    "musicplayer",
    "coremidi",
    "codec",
    "caf",
    "clock",
    "session",
    "cf",
    "cfencodings",
)
# (class, value, Apple name) in definition order, recorded by the members' __new__
_PENDING: deque[tuple[type[enum.Enum], object, str]] = deque()
# (member, Apple name) of other families' spellings, recorded by _alias
_PENDING_ALIASES: deque[tuple[AppleMember, str]] = deque()
# Apple name -> member, and (class, canonical member name) -> Apple names
_BY_APPLE: dict[str, AppleMember] = {}
_NAMES_OF: dict[tuple[type[enum.Enum], str], list[str]] = {}
# plain (non-enumerated) constants: Apple name -> value
_PLAIN: dict[str, int | float | str] = {}
# binding the queues is not atomic: one thread at a time
_LOCK = threading.RLock()


def fourcc_to_int(code: str | bytes) -> int:
    """Convert a four-character code to its 32-bit big-endian integer.

    Parameters
    ----------
    code : str or bytes
        Exactly four characters (Latin-1) or four bytes, e.g. ``'lpcm'``.

    Returns
    -------
    int
        The unsigned 32-bit value, first character in the most significant byte.

    Raises
    ------
    TypeError
        If `code` is not a str or bytes.
    ValueError
        If `code` is not exactly four bytes long or not Latin-1 encodable.

    Example
    -------
    >>> fourcc_to_int("lpcm")
    1819304813
    """
    if isinstance(code, str):
        try:
            raw = code.encode("latin-1")
        except UnicodeEncodeError as exc:
            raise ValueError(f"FourCC {code!r} has characters outside Latin-1") from exc
    elif isinstance(code, bytes | bytearray):
        raw = bytes(code)
    else:
        raise TypeError(f"a FourCC must be str or bytes, not {type(code).__name__}")
    if len(raw) != 4:
        raise ValueError(f"a FourCC has exactly 4 characters, got {len(raw)}: {code!r}")
    return int.from_bytes(raw, "big")


def int_to_fourcc(value: int) -> str | None:
    """Return the printable four-character code of `value`, or None.

    Parameters
    ----------
    value : int
        A 32-bit code (a negative OSStatus is never a FourCC).

    Returns
    -------
    str or None
        The four characters when all four bytes are printable ASCII
        (0x20-0x7E), otherwise None.

    Example
    -------
    >>> int_to_fourcc(0x6C70636D)
    'lpcm'
    >>> int_to_fourcc(-50) is None
    True
    """
    if not 0 <= value <= 0xFFFFFFFF:
        return None
    raw = value.to_bytes(4, "big")
    if all(0x20 <= b <= 0x7E for b in raw):
        return raw.decode("ascii")
    return None


def _record(cls: type[enum.Enum], value: object, name: str) -> None:
    if not name:
        raise TypeError(f"{cls.__name__} members are defined as `NAME = value, 'kAppleName'`")
    _PENDING.append((cls, value, name))


def _add(name: str, member: AppleMember) -> None:
    known = _BY_APPLE.get(name)
    if known is not None:
        if known is member:
            return
        raise RuntimeError(f"Apple name {name} is bound twice: {known!r} and {member!r}")
    _BY_APPLE[name] = member
    _NAMES_OF.setdefault((type(member), member.name or ""), []).append(name)


def _resolve() -> None:
    for module in _MODULES:
        importlib.import_module(f"coremusic.constants.{module}")
    with _LOCK:
        # an entry leaves the queue only once bound, so a clash is reported every time
        while _PENDING:
            cls, value, name = _PENDING[0]
            _add(name, cast("AppleMember", cls(value)))
            _PENDING.popleft()
        while _PENDING_ALIASES:
            member, name = _PENDING_ALIASES[0]
            _add(name, member)
            _PENDING_ALIASES.popleft()


def _alias(member: AppleMember, name: str) -> None:
    """Bind one more Apple name (another family's spelling) to `member`."""
    _PENDING_ALIASES.append((member, name))


def _constant(name: str, value: _T) -> _T:
    """Record a plain (non-enumerated) Apple constant and return its value."""
    if name in _PLAIN:
        raise RuntimeError(f"Apple constant {name} is defined twice")
    _PLAIN[name] = value
    return value


def apple_name(member: enum.Enum) -> str:
    """Return the Apple name of an enum member of :mod:`coremusic.constants`.

    For an alias the primary (first defined, non-deprecated) name is returned;
    :func:`apple_names` lists all of them.

    Parameters
    ----------
    member : enum.Enum
        A member of one of the package's Apple enum classes.

    Returns
    -------
    str
        Apple's C name, e.g. ``'kAudioFileWAVEType'``.

    Raises
    ------
    TypeError
        If `member` is not an enum member.
    ValueError
        If `member` has no Apple name (a MIDI-spec enum, or a flag combination
        that Apple does not name).

    Example
    -------
    >>> from coremusic.constants import AudioFileType
    >>> apple_name(AudioFileType.WAVE)
    'kAudioFileWAVEType'
    """
    return apple_names(member)[0]


def apple_names(member: enum.Enum) -> tuple[str, ...]:
    """Return every Apple name bound to `member`, the primary one first.

    Parameters
    ----------
    member : enum.Enum
        A member of one of the package's Apple enum classes.

    Returns
    -------
    tuple of str
        The Apple names, primary first, then aliases and deprecated spellings.

    Raises
    ------
    TypeError
        If `member` is not an enum member.
    ValueError
        If `member` has no Apple name.

    Example
    -------
    >>> from coremusic.constants import AudioObjectPropertyElement
    >>> apple_names(AudioObjectPropertyElement.MAIN)
    ('kAudioObjectPropertyElementMain', 'kAudioObjectPropertyElementMaster')
    """
    if not isinstance(member, enum.Enum):
        raise TypeError(f"expected an enum member, got {type(member).__name__}")
    _resolve()
    names = _NAMES_OF.get((type(member), member.name or ""))
    if not names:
        raise ValueError(f"{member!r} has no Apple constant name")
    return tuple(names)


def from_apple_name(name: str) -> AppleMember:
    """Return the enum member that stands for Apple's constant `name`.

    Parameters
    ----------
    name : str
        Apple's C name, with its ``k`` prefix, e.g. ``'kAudioFormatLinearPCM'``.

    Returns
    -------
    AppleMember
        The member (an :class:`AppleIntEnum`, :class:`FourCCEnum`,
        :class:`AppleIntFlag` or :class:`AppleStrEnum`).

    Raises
    ------
    TypeError
        If `name` is not a str.
    KeyError
        If no member stands for `name`; the message says when `name` is a plain
        constant (see :data:`APPLE_CONSTANTS`) rather than an enum member.

    Example
    -------
    >>> from_apple_name("kAudioUnitScope_Output")
    <AudioUnitScope.OUTPUT: 2>
    """
    if not isinstance(name, str):
        raise TypeError(f"an Apple constant name is a str, not {type(name).__name__}")
    _resolve()
    member = _BY_APPLE.get(name)
    if member is not None:
        return member
    if name in _PLAIN:
        raise KeyError(
            f"{name} is a plain constant ({_PLAIN[name]!r}), not an enum member; "
            "look it up in coremusic.constants.APPLE_CONSTANTS"
        )
    raise KeyError(f"no coremusic.constants member stands for Apple constant {name!r}")


class _AppleEnumType(enum.EnumType):
    """Lookup takes exactly one value, on every Python version.

    ``Enum(value, extra)`` means the functional API on Python 3.11 and a tuple
    lookup on 3.12+; for these finished enums either is a mistake, reported
    the same way everywhere.
    """

    def __call__(cls, value: Any, *args: Any, **kwargs: Any) -> Any:
        if cls._member_map_ and (args or kwargs):
            extra = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
            raise TypeError(f"{cls.__name__}() looks up one member by its value; "
                            f"got the extra argument(s) {', '.join(extra)}")
        return super().__call__(value, *args, **kwargs)


class AppleIntEnum(enum.IntEnum, metaclass=_AppleEnumType):
    """An :class:`enum.IntEnum` whose members record their Apple constant name.

    Example
    -------
    >>> from coremusic.constants import AudioUnitScope
    >>> AudioUnitScope.INPUT == 1
    True
    """

    def __new__(cls, value: int | str, apple: str = "") -> Self:
        if not isinstance(value, int):
            raise TypeError(f"{cls.__name__} values are int, got {value!r}")
        obj = int.__new__(cls, value)
        obj._value_ = value
        _record(cls, value, apple)
        return obj


class FourCCEnum(AppleIntEnum):
    """An integer enum of four-character codes, shown as their text.

    ``repr``, ``str`` and ``format`` show the code (``'lpcm'``) when all four
    bytes are printable, else the number; an integer format such as ``'08x'``
    formats the number.  Lookup accepts the code as a str or bytes:
    ``AudioFormatID('lpcm') is AudioFormatID.LINEAR_PCM``.

    Example
    -------
    >>> from coremusic.constants import AudioFormatID
    >>> AudioFormatID("lpcm")
    <AudioFormatID.LINEAR_PCM: 'lpcm'>
    >>> str(AudioFormatID.LINEAR_PCM), int(AudioFormatID.LINEAR_PCM)
    ('lpcm', 1819304813)
    >>> AudioFormatID.LINEAR_PCM.fourcc
    'lpcm'
    >>> f"[{AudioFormatID.MPEG4_AAC:>6}] {AudioFormatID.MPEG4_AAC:#x}"
    '[  aac ] 0x61616320'
    """

    @property
    def fourcc(self) -> str | None:
        """The four-character code, or None if its bytes are not printable."""
        return int_to_fourcc(int(self))

    def __repr__(self) -> str:
        code = self.fourcc
        shown = repr(code) if code is not None else str(int(self))
        return f"<{type(self).__name__}.{self.name}: {shown}>"

    def __str__(self) -> str:
        code = self.fourcc
        return code if code is not None else str(int(self))

    def __format__(self, spec: str) -> str:
        # integer presentation types format the number, anything else the code
        if spec and spec[-1] in "bcdoxXn":
            return format(int(self), spec)
        return format(str(self), spec)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, str | bytes | bytearray) and len(value) == 4:
            try:
                number = fourcc_to_int(value if isinstance(value, str) else bytes(value))
            except ValueError:
                return None
            return cls._value2member_map_.get(number)
        return None


class AppleIntFlag(enum.IntFlag, metaclass=_AppleEnumType):
    """An :class:`enum.IntFlag` whose members record their Apple constant name.

    Example
    -------
    >>> from coremusic.constants import LinearPCMFormatFlag as F
    >>> int(F.IS_FLOAT | F.IS_PACKED)
    9
    """

    def __new__(cls, value: int | str, apple: str = "") -> Self:
        if not isinstance(value, int):
            raise TypeError(f"{cls.__name__} values are int, got {value!r}")
        obj = int.__new__(cls, value)
        obj._value_ = value
        _record(cls, value, apple)
        return obj


class AppleStrEnum(enum.StrEnum, metaclass=_AppleEnumType):
    """A :class:`enum.StrEnum` whose members record their Apple constant name.

    Example
    -------
    >>> from coremusic.constants import AudioFileInfoKey
    >>> AudioFileInfoKey.ALBUM == "album"
    True
    """

    def __new__(cls, value: str, apple: str = "") -> Self:
        if not isinstance(value, str):
            raise TypeError(f"{cls.__name__} values are str, got {value!r}")
        obj = str.__new__(cls, value)
        obj._value_ = value
        _record(cls, value, apple)
        return obj


class AppleSymbolEnum(AppleStrEnum):
    """String keys that Apple exports as ``CFStringRef`` globals.

    Their text lives in the framework, not in a header, so each member's value
    is the exported symbol's name (its Apple name): the binding reads the
    ``CFStringRef`` from the library by that name.

    Example
    -------
    >>> from coremusic.constants import MIDIObjectProperty
    >>> MIDIObjectProperty.NAME.value
    'kMIDIPropertyName'
    """

    def __new__(cls, value: str, apple: str = "") -> Self:
        if not isinstance(value, str):
            raise TypeError(f"{cls.__name__} values are str, got {value!r}")
        if apple and apple != value:
            raise TypeError(f"{cls.__name__} values are their own Apple names, got {apple!r}")
        obj = str.__new__(cls, value)
        obj._value_ = value
        _record(cls, value, value)
        return obj


#: Any member of the package's Apple enum classes.
AppleMember: TypeAlias = "AppleIntEnum | AppleIntFlag | AppleStrEnum"


def members_for_value(value: int | str) -> list[AppleMember]:
    """Find every member, in every class, whose value is `value`.

    Handy to decode a number met in the wild, such as an ``OSStatus``: the same
    code often has a name in several frameworks.

    Parameters
    ----------
    value : int or str
        An integer, or a four-character code (matched against the integer
        enums) or a string (matched against the string keys).

    Returns
    -------
    list of AppleMember
        Canonical members (aliases appear once), sorted by class name.

    Raises
    ------
    TypeError
        If `value` is neither an int nor a str.

    Example
    -------
    >>> from coremusic.constants import members_for_value
    >>> [f"{type(m).__name__}.{m.name}" for m in members_for_value("fmt?")]
    ['AudioConverterErrorCode.FORMAT_NOT_SUPPORTED', 'AudioFileErrorCode.UNSUPPORTED_DATA_FORMAT', 'AudioFileStreamErrorCode.UNSUPPORTED_DATA_FORMAT', 'AudioFormatErrorCode.UNSUPPORTED_DATA_FORMAT']
    """
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError(f"expected an int or a str, got {type(value).__name__}")
    _resolve()
    number: int | None = value if isinstance(value, int) else None
    if isinstance(value, str) and len(value) == 4:
        try:
            number = fourcc_to_int(value)
        except ValueError:
            number = None
    found: dict[int, AppleMember] = {}
    for member in _BY_APPLE.values():
        if isinstance(member, AppleStrEnum):
            if member.value == value:
                found[id(member)] = member
        elif number is not None and int(member) == number:
            found[id(member)] = member
    return sorted(found.values(), key=lambda m: (type(m).__name__, m.name or ""))


class _AppleNameMap(Mapping[str, AppleMember]):
    """Read-only view: Apple name -> enum member (every class of the package)."""

    def __getitem__(self, key: str) -> AppleMember:
        _resolve()
        return _BY_APPLE[key]

    def __iter__(self) -> Iterator[str]:
        _resolve()
        return iter(dict(_BY_APPLE))

    def __len__(self) -> int:
        _resolve()
        return len(_BY_APPLE)

    def __repr__(self) -> str:
        return f"<APPLE_NAMES: {len(self)} Apple constants>"


class _PlainMap(Mapping[str, "int | float | str"]):
    """Read-only view: Apple name -> value of the plain module constants."""

    def __getitem__(self, key: str) -> int | float | str:
        _resolve()
        return _PLAIN[key]

    def __iter__(self) -> Iterator[str]:
        _resolve()
        return iter(dict(_PLAIN))

    def __len__(self) -> int:
        _resolve()
        return len(_PLAIN)

    def __repr__(self) -> str:
        return f"<APPLE_CONSTANTS: {len(self)} plain constants>"


#: Every Apple constant that an enum member stands for: name -> member.
APPLE_NAMES: Mapping[str, AppleMember] = _AppleNameMap()
#: Apple constants that are plain module constants (no enum): name -> value.
APPLE_CONSTANTS: Mapping[str, int | float | str] = _PlainMap()
