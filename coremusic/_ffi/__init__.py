"""coremusic's single FFI and its lazily opened libraries.

``ffi`` is cffi's out-of-line ABI-mode FFI built from every file in ``cdefs/``
(see :mod:`coremusic._ffi._build`).  ``lib`` resolves a declared function or
exported datum to the library that exports it, opening that library on first
use: Apple frameworks by absolute path on macOS, other libraries (libjack) by
soname.  On a platform without Apple's frameworks the first call into one
raises :class:`~coremusic.exceptions.PlatformNotSupportedError` naming the
framework and the platform.

Tests replace a library with a *cffi-typed framework double* through
:func:`override_library`; nothing else in coremusic changes.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from coremusic.exceptions import BackendUnavailableError, PlatformNotSupportedError

__all__ = [
    "APPLE_FRAMEWORKS",
    "address_of",
    "declared_names",
    "ffi",
    "function_type",
    "is_declared",
    "lib",
    "library_for",
    "load_library",
    "override_library",
]

APPLE_FRAMEWORKS = ("CoreFoundation", "CoreAudio", "AudioToolbox", "AudioUnit", "CoreMIDI")

# Apple system libraries outside the frameworks (libSystem: the Objective-C block
# runtime's _NSConcreteGlobalBlock), opened by absolute path on macOS only
_APPLE_DYLIBS: dict[str, str] = {"System": "/usr/lib/libSystem.B.dylib"}

# other (non-Apple) libraries: names tried in order
_SONAMES: dict[str, tuple[str, ...]] = {
    "jack": ("libjack.so.0", "libjack.so", "libjack.0.dylib", "/usr/local/lib/libjack.0.dylib",
             "/opt/homebrew/lib/libjack.0.dylib"),
}

# Portable alternatives named in PlatformNotSupportedError messages.
_ALTERNATIVES: dict[str, str] = {
    "CoreAudio": "coremusic's portable streams and devices (JACK backend)",
    "CoreMIDI": "coremusic's portable MIDI ports (JACK MIDI)",
    "AudioToolbox": "coremusic.AudioFile (libsndfile backend) for files",
}


def _cache_dir() -> Path:
    env = os.environ.get("COREMUSIC_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "coremusic"


def _import_file(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:  # pragma: no cover - importlib contract
        raise ImportError(f"cannot import the generated FFI module from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _load_generated() -> ModuleType:
    """The generated out-of-line module: the one built into the wheel when it is
    current, else one generated into the cache (source trees, edited cdefs)."""
    from coremusic._ffi import _build

    wanted = _build.cdefs_hash()
    try:  # the module the wheel build wrote, when this is an installed copy
        from coremusic._ffi import _generated  # type: ignore[attr-defined]
    except ImportError:  # a source tree: generate into the cache below
        _generated = None
    if _generated is not None and getattr(_generated, "CDEFS_HASH", None) == wanted:
        return _generated  # type: ignore[no-any-return]
    for folder in (_cache_dir(), Path(tempfile.gettempdir()) / f"coremusic-{os.getuid()}"):
        target = folder / f"ffi_{wanted}.py"
        if not target.is_file():
            try:
                folder.mkdir(parents=True, exist_ok=True)
                tmp = folder / f"ffi_{wanted}.{os.getpid()}.{threading.get_ident()}.py"
                _build.emit_module(tmp)
                os.replace(tmp, target)
            except OSError:
                continue
        return _import_file(f"coremusic._ffi.ffi_{wanted}", target)
    raise ImportError("coremusic could not write its generated FFI module to any cache folder; "
                      "set COREMUSIC_CACHE_DIR to a writable folder")


_generated_module = _load_generated()
ffi: Any = _generated_module.ffi
_FUNCTIONS: dict[str, tuple[str, str]] = _generated_module.FUNCTIONS

_lock = threading.Lock()
_opened: dict[str, Any] = {}
_overrides: dict[str, Any] = {}


def library_for(name: str) -> str:
    """The library that exports the declared function or datum ``name``."""
    try:
        return _FUNCTIONS[name][0]
    except KeyError:
        raise AttributeError(f"{name!r} is not declared in coremusic's cdefs") from None


def function_type(name: str) -> Any:
    """The cffi type (``ctype``) of the declared function pointer or datum ``name``."""
    try:
        return ffi.typeof(_FUNCTIONS[name][1])
    except KeyError:
        raise AttributeError(f"{name!r} is not declared in coremusic's cdefs") from None


def is_declared(name: str) -> bool:
    """Whether ``name`` is a function or datum declared in ``cdefs/``."""
    return name in _FUNCTIONS


def declared_names(library: str | None = None) -> list[str]:
    """Every declared function and datum (of one library when given), sorted."""
    return sorted(n for n, (lb, _t) in _FUNCTIONS.items() if library in (None, lb))


def _framework_path(name: str) -> str:
    return f"/System/Library/Frameworks/{name}.framework/{name}"


def load_library(library: str) -> Any:
    """Open ``library`` (once) and return its cffi library object.

    Raises
    ------
    PlatformNotSupportedError
        For an Apple framework on a platform other than macOS.
    BackendUnavailableError
        When the library cannot be opened; the message lists what was tried.
    """
    override = _overrides.get(library)
    if override is not None:
        return override
    handle = _opened.get(library)
    if handle is not None:
        return handle
    with _lock:
        handle = _opened.get(library)
        if handle is not None:
            return handle
        if library in APPLE_FRAMEWORKS or library in _APPLE_DYLIBS:
            if sys.platform != "darwin":
                raise PlatformNotSupportedError.for_framework(
                    library, sys.platform, _ALTERNATIVES.get(library))
            candidates: tuple[str, ...] = (
                (_APPLE_DYLIBS[library],) if library in _APPLE_DYLIBS else (_framework_path(library),))
        else:
            candidates = _SONAMES.get(library, (library,))
        errors = []
        for candidate in candidates:
            try:
                handle = ffi.dlopen(candidate)
            except OSError as exc:
                errors.append(f"{candidate}: {exc}")
                continue
            _opened[library] = handle
            return handle
        raise BackendUnavailableError(
            f"could not load the {library} library; tried: " + "; ".join(errors),
            library=library, tried=candidates)


def address_of(name: str) -> Any:
    """A pointer to the exported datum ``name`` (``&kCFTypeArrayCallBacks``)."""
    target = load_library(library_for(name))
    hook = getattr(target, "coremusic_address_of", None)
    if hook is not None:
        return hook(name)
    return ffi.addressof(target, name)


class _Lib:
    """Attribute access to every declared function and datum, library by library."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        return getattr(load_library(library_for(name)), name)

    def __dir__(self) -> list[str]:
        return declared_names()

    def __repr__(self) -> str:
        return f"<coremusic lib: {len(_FUNCTIONS)} declared functions and data>"


lib: Any = _Lib()


@contextlib.contextmanager
def override_library(library: str, replacement: Any) -> Iterator[Any]:
    """Use ``replacement`` for every function of ``library`` inside the block.

    Used by the test suite's cffi-typed framework doubles.

    Example
    -------
    >>> class Fake:
    ...     def AudioGetCurrentHostTime(self):
    ...         return 42
    >>> with override_library("CoreAudio", Fake()):
    ...     lib.AudioGetCurrentHostTime()
    42
    """
    previous = _overrides.get(library)
    _overrides[library] = replacement
    try:
        yield replacement
    finally:
        if previous is None:
            _overrides.pop(library, None)
        else:
            _overrides[library] = previous
