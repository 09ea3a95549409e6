"""Load the SDK facts and translate cffi's view of cdefs/ into the facts' ``norm`` notation."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data" / "apple-sdk"
ARCHES = ("arm64", "x86_64")

# The headers whose C API cdefs/ declares completely (issue 2), mapped to their library.
COMPLETE_HEADERS = {
    "CoreAudioTypes/CoreAudioBaseTypes.h": "-",
    "CoreAudioTypes/AudioSessionTypes.h": "-",
    "CoreAudio/AudioHardwareBase.h": "CoreAudio",
    "CoreAudio/AudioHardware.h": "CoreAudio",
    "CoreAudio/AudioHardwareDeprecated.h": "CoreAudio",
    "CoreAudio/HostTime.h": "CoreAudio",
    "AudioToolbox/AudioFile.h": "AudioToolbox",
    "AudioToolbox/AudioFileStream.h": "AudioToolbox",
    "AudioToolbox/ExtendedAudioFile.h": "AudioToolbox",
    "AudioToolbox/AudioFormat.h": "AudioToolbox",
}

# Declarations of those headers that cdefs/ leaves out on purpose (also listed,
# with the same reasons, in cdefs/README.md; a test keeps the two in step).
OMITTED = {
    "AudioDeviceCreateIOProcIDWithBlock": "takes an Objective-C block",
    "AudioObjectAddPropertyListenerBlock": "takes an Objective-C block",
    "AudioObjectRemovePropertyListenerBlock": "takes an Objective-C block",
    "AudioDeviceIOBlock": "an Objective-C block type",
    "AudioObjectPropertyListenerBlock": "an Objective-C block type",
    "AudioChannelLayoutTag_GetNumberOfChannels": "static inline, not exported (coremusic.capi.inline)",
    "NextAudioFileRegion": "static inline, not exported (coremusic.capi.inline)",
    "NumAudioFileMarkersToNumBytes": "static inline, not exported (coremusic.capi.inline)",
    "NumBytesToNumAudioFileMarkers": "static inline, not exported (coremusic.capi.inline)",
}


@functools.cache
def load(name: str) -> Any:
    return json.loads((DATA / f"{name}.json").read_text())


def functions() -> dict[str, Any]:
    return load("functions")["functions"]  # type: ignore[no-any-return]


def records() -> dict[str, Any]:
    return load("layouts")["records"]  # type: ignore[no-any-return]


def constants() -> dict[str, Any]:
    return load("constants")["constants"]  # type: ignore[no-any-return]


def globals_() -> dict[str, Any]:
    return load("constants")["globals"]  # type: ignore[no-any-return]


def typedefs() -> dict[str, Any]:
    return load("typedefs")["typedefs"]  # type: ignore[no-any-return]


@functools.cache
def exported(library: str, arch: str) -> frozenset[str]:
    """Every symbol dlsym can find through ``library`` on ``arch``."""
    fw = load("symbols")["frameworks"][library]
    names = set(fw["exports"].get(arch, ())) | set(fw.get("reexports", {}).get(arch, ()))
    for sub in fw.get("via_reexported_libraries", {}).values():
        names |= set(sub["exports"].get(arch, ()))
    return frozenset(names)


_PRIMITIVES = {
    "char": "i8", "signed char": "i8", "unsigned char": "u8",
    "short": "i16", "unsigned short": "u16", "int": "i32", "unsigned int": "u32",
    "long": "i64", "unsigned long": "u64", "long long": "i64", "unsigned long long": "u64",
    "float": "f32", "double": "f64", "_Bool": "bool",
    "int8_t": "i8", "uint8_t": "u8", "int16_t": "i16", "uint16_t": "u16",
    "int32_t": "i32", "uint32_t": "u32", "int64_t": "i64", "uint64_t": "u64",
    "size_t": "u64", "ssize_t": "i64", "intptr_t": "i64", "uintptr_t": "u64",
}


def norm(ctype: Any) -> str:
    """cffi's ctype in the facts' ``norm`` notation (LP64: macOS arm64 and x86_64)."""
    kind = ctype.kind
    if kind == "primitive":
        return _PRIMITIVES[ctype.cname]
    if kind == "void":
        return "void"
    if kind == "pointer":
        return "*" + norm(ctype.item)
    if kind == "array":
        return f"[{ctype.length if ctype.length is not None else ''}]" + norm(ctype.item)
    if kind in ("struct", "union"):
        name = ctype.cname
        if not name.startswith(kind + " "):
            name = f"{kind} {name}"
        return name
    if kind == "function":
        args = ",".join(norm(a) for a in ctype.args)
        return f"*fn({args})->{norm(ctype.result)}"
    if kind == "enum":
        return "u32"
    raise AssertionError(f"unexpected cffi type kind {kind} for {ctype}")
