"""The exception hierarchy of coremusic.

Every non-zero ``OSStatus`` from an Apple framework becomes a
:class:`CoreAudioError` (or the subclass of the framework area that returned
it), carrying the status code, its FourCC when the code is four printable
characters, Apple's symbolic name, the operation and the object involved, and a
human message and suggestion from :mod:`coremusic.os_status`.

Where a builtin exception fits, the raised object also inherits it, so
``except FileNotFoundError`` catches a missing audio file and ``except
ValueError`` catches a malformed format description.

Example
-------
>>> from coremusic.exceptions import AudioFileError, error_for_status
>>> err = error_for_status(1954115647, "AudioFileOpenURL", obj="song.xyz")
>>> isinstance(err, AudioFileError)
True
>>> err.fourcc
'typ?'
"""

from __future__ import annotations

import sys
from typing import Any, ClassVar, NoReturn

__all__ = [
    "AUGraphError",
    "AudioConverterError",
    "AudioDeviceError",
    "AudioFileError",
    "AudioQueueError",
    "AudioUnitError",
    "BackendUnavailableError",
    "CoreAudioError",
    "MIDIError",
    "MusicPlayerError",
    "PlatformNotSupportedError",
    "check_status",
    "error_class_for",
    "error_for_status",
]


def _fourcc(code: int) -> str | None:
    raw = (code & 0xFFFFFFFF).to_bytes(4, "big")
    if code and all(0x20 <= b <= 0x7E for b in raw):
        return raw.decode("ascii")
    return None


class CoreAudioError(Exception):
    """An error reported by an Apple audio framework (or coremusic's use of it).

    Parameters
    ----------
    message : str
        What went wrong, in words.
    status_code : int, optional
        The ``OSStatus`` the framework returned (0 when there is none).
    operation : str, optional
        The C function or method that failed, e.g. ``'AudioFileOpenURL'``.
    obj : str, optional
        The object involved (a path, device name, AudioUnit name ...).

    Attributes
    ----------
    status, status_code : int
        The ``OSStatus`` value (both names hold the same number).
    fourcc : str or None
        The code as four characters when they are all printable (``'typ?'``).
    name : str or None
        Apple's symbolic name of the code when known.
    suggestion : str or None
        What to do about it, when known.

    Example
    -------
    >>> e = CoreAudioError("could not open", -50, operation="AudioFileOpenURL")
    >>> e.status
    -50
    """

    area: ClassVar[str | None] = None

    def __init__(
        self,
        message: str,
        status_code: int = 0,
        *,
        operation: str | None = None,
        obj: str | None = None,
        name: str | None = None,
        suggestion: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = self.status_code = int(status_code)
        self.fourcc = _fourcc(self.status)
        self.operation = operation
        self.obj = obj
        self.name = name
        self.suggestion = suggestion

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, {self.status})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _rebuild,
            (self.area, getattr(type(self), "_builtin", None), self.message, self.status,
             self.operation, self.obj, self.name, self.suggestion),
        )


class AudioFileError(CoreAudioError):
    """AudioFile, AudioFileStream, ExtAudioFile and the portable file readers."""

    area = "audiofile"


class AudioQueueError(CoreAudioError):
    """AudioQueue playback and recording."""

    area = "audioqueue"


class AudioUnitError(CoreAudioError):
    """AudioComponent / AudioUnit hosting and MusicDevice."""

    area = "audiounit"


class AudioConverterError(CoreAudioError):
    """AudioConverter format and sample-rate conversion."""

    area = "audioconverter"


class MIDIError(CoreAudioError):
    """CoreMIDI and the portable MIDI ports."""

    area = "midi"


class MusicPlayerError(CoreAudioError):
    """MusicPlayer, MusicSequence, MusicTrack and their event iterators."""

    area = "musicplayer"


class AudioDeviceError(CoreAudioError):
    """The CoreAudio HAL (AudioObject, AudioDevice, AudioStream) and portable devices."""

    area = "hardware"


class AUGraphError(CoreAudioError):
    """AUGraph processing graphs."""

    area = "augraph"


class PlatformNotSupportedError(CoreAudioError, NotImplementedError):
    """The feature needs a framework this platform does not have.

    Apple-only classes import everywhere and raise this at construction on
    other platforms; the message names the portable alternative when one exists.

    Example
    -------
    >>> err = PlatformNotSupportedError.for_framework("AudioToolbox", "linux")
    >>> err.framework
    'AudioToolbox'
    """

    def __init__(
        self,
        message: str,
        *,
        framework: str | None = None,
        platform: str | None = None,
        alternative: str | None = None,
    ) -> None:
        super().__init__(message, 0, obj=framework)
        self.framework = framework
        self.platform = platform
        self.alternative = alternative

    @classmethod
    def for_framework(
        cls, framework: str, platform: str | None = None, alternative: str | None = None
    ) -> PlatformNotSupportedError:
        """Build the error for ``framework`` missing on ``platform`` (default: this one)."""
        platform = platform or sys.platform
        msg = f"Apple's {framework} framework is only available on macOS; this platform is {platform!r}."
        if alternative:
            msg += f" Use {alternative} instead."
        return cls(msg, framework=framework, platform=platform, alternative=alternative)

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            _rebuild_platform,
            (self.message, self.framework, self.platform, self.alternative),
        )


class BackendUnavailableError(CoreAudioError, OSError):
    """A native library that a backend needs could not be loaded.

    The message lists every name and path that was tried.
    """

    def __init__(self, message: str, *, library: str | None = None, tried: tuple[str, ...] = ()) -> None:
        CoreAudioError.__init__(self, message, 0, obj=library)
        self.library = library
        self.tried = tried

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_backend, (self.message, self.library, self.tried))


# ---------------------------------------------------------------- status -> exception

# os_status area -> exception class (areas without an entry raise CoreAudioError)
_AREA_CLASSES: dict[str, type[CoreAudioError]] = {
    "audiofile": AudioFileError,
    "extaudiofile": AudioFileError,
    "audiofilestream": AudioFileError,
    "audioqueue": AudioQueueError,
    "audiounit": AudioUnitError,
    "audioconverter": AudioConverterError,
    "codec": AudioConverterError,
    "midi": MIDIError,
    "musicplayer": MusicPlayerError,
    "hardware": AudioDeviceError,
    "augraph": AUGraphError,
}

# operation-name prefix -> area; longest prefix wins
_PREFIX_AREAS: tuple[tuple[str, str], ...] = tuple(sorted(
    (
        ("AudioFileStream", "audiofilestream"),
        ("AudioFile", "audiofile"),
        ("ExtAudioFile", "extaudiofile"),
        ("AudioFormat", "audioformat"),
        ("AudioQueue", "audioqueue"),
        ("AudioConverter", "audioconverter"),
        ("AudioUnit", "audiounit"),
        ("AudioComponent", "audiounit"),
        ("AudioOutputUnit", "audiounit"),
        ("AudioCodec", "codec"),
        ("MusicDevice", "audiounit"),
        ("AUGraph", "augraph"),
        ("AUEventListener", "audiounit"),
        ("AUListener", "audiounit"),
        ("AUParameter", "audiounit"),
        ("CAClock", "clock"),
        ("MusicPlayer", "musicplayer"),
        ("MusicSequence", "musicplayer"),
        ("MusicTrack", "musicplayer"),
        ("MusicEventIterator", "musicplayer"),
        ("NewMusic", "musicplayer"),
        ("DisposeMusic", "musicplayer"),
        ("NewAUGraph", "augraph"),
        ("DisposeAUGraph", "augraph"),
        ("MIDI", "midi"),
        ("AudioObject", "hardware"),
        ("AudioDevice", "hardware"),
        ("AudioHardware", "hardware"),
        ("AudioStream", "hardware"),
        ("AudioServices", "services"),
    ),
    key=lambda pa: -len(pa[0]),
))

_BUILTINS: dict[str, type[Exception]] = {
    "FileNotFoundError": FileNotFoundError,
    "FileExistsError": FileExistsError,
    "PermissionError": PermissionError,
    "ValueError": ValueError,
    "NotImplementedError": NotImplementedError,
}
_MIXED: dict[tuple[type[CoreAudioError], str], type[CoreAudioError]] = {}


def area_for_operation(operation: str | None) -> str | None:
    """The framework area of a C function name (``'AudioFileOpenURL'`` -> ``'audiofile'``)."""
    if not operation:
        return None
    for prefix, area in _PREFIX_AREAS:
        if operation.startswith(prefix):
            return area
    return None


def error_class_for(area: str | None, builtin: str | None = None) -> type[CoreAudioError]:
    """The exception class for a framework area, mixed with a builtin where one fits.

    Example
    -------
    >>> cls = error_class_for("audiofile", "FileNotFoundError")
    >>> issubclass(cls, AudioFileError) and issubclass(cls, FileNotFoundError)
    True
    """
    base = _AREA_CLASSES.get(area or "", CoreAudioError)
    if builtin is None or builtin not in _BUILTINS:
        return base
    key = (base, builtin)
    cls = _MIXED.get(key)
    if cls is None:
        mixin = _BUILTINS[builtin]
        cls = type(base.__name__, (base, mixin), {
            "__module__": __name__,
            "__qualname__": f"{base.__name__}[{builtin}]",
            "__doc__": f"{base.__name__} that is also a {builtin}.",
            "_builtin": builtin,
        })
        _MIXED[key] = cls
    return cls


def error_for_status(
    status: int,
    operation: str | None = None,
    *,
    obj: str | None = None,
    area: str | None = None,
    detail: str | None = None,
) -> CoreAudioError:
    """Build (not raise) the exception for a non-zero ``OSStatus``.

    Parameters
    ----------
    status : int
        The code the framework returned.
    operation : str, optional
        The C function that returned it; its name selects the area when
        ``area`` is not given.
    obj : str, optional
        The object involved, shown in the message.
    area : str, optional
        Force the framework area (``'audiofile'``, ``'hardware'`` ...).
    detail : str, optional
        Extra words to add to the message.

    Example
    -------
    >>> str(error_for_status(-50, "AudioObjectGetPropertyData"))[:26]
    'AudioObjectGetPropertyData'
    """
    from coremusic import os_status

    area = area or area_for_operation(operation)
    info = os_status.lookup(status, area)
    cls = error_class_for(area, info.builtin if info else None)
    fourcc = _fourcc(status)
    code_text = f"{info.name} " if info else ""
    code_text += f"('{fourcc}', {status})" if fourcc else f"({status})"
    head = operation or "CoreAudio call"
    if obj:
        head += f" on {obj!r}"
    what = info.message if info else "unknown OSStatus code"
    message = f"{head} failed: {code_text}: {what}"
    if detail:
        message += f" {detail}"
    if info and info.suggestion:
        message += f" Suggestion: {info.suggestion}"
    return cls(
        message,
        status,
        operation=operation,
        obj=obj,
        name=info.name if info else None,
        suggestion=info.suggestion if info else None,
    )


def check_status(
    status: int, operation: str, *, obj: str | None = None, area: str | None = None
) -> None:
    """Raise the matching :class:`CoreAudioError` when ``status`` is non-zero.

    This is the one place that checks an ``OSStatus``.

    Example
    -------
    >>> check_status(0, "AudioFileClose")   # nothing happens
    """
    if status:
        _raise(status, operation, obj, area)


def _raise(status: int, operation: str, obj: str | None, area: str | None) -> NoReturn:
    raise error_for_status(status, operation, obj=obj, area=area)


def _rebuild(area: str | None, builtin: str | None, message: str, status: int,
             operation: str | None, obj: str | None, name: str | None,
             suggestion: str | None) -> CoreAudioError:
    cls = error_class_for(area, builtin)
    return cls(message, status, operation=operation, obj=obj, name=name, suggestion=suggestion)


def _rebuild_platform(message: str, framework: str | None, platform: str | None,
                      alternative: str | None) -> PlatformNotSupportedError:
    return PlatformNotSupportedError(message, framework=framework, platform=platform,
                                     alternative=alternative)


def _rebuild_backend(message: str, library: str | None, tried: tuple[str, ...]) -> BackendUnavailableError:
    return BackendUnavailableError(message, library=library, tried=tried)
