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
    # the rest of AudioToolbox (issue 4) and CoreMIDI (issue 5)
    "AudioToolbox/AudioConverter.h": "AudioToolbox",
    "AudioToolbox/AudioComponent.h": "AudioToolbox",
    "AudioToolbox/AUComponent.h": "AudioToolbox",
    "AudioToolbox/AudioUnitProperties.h": "AudioToolbox",
    "AudioToolbox/AudioUnitParameters.h": "AudioToolbox",
    "AudioToolbox/AudioOutputUnit.h": "AudioToolbox",
    "AudioToolbox/MusicDevice.h": "AudioToolbox",
    "AudioToolbox/AudioQueue.h": "AudioToolbox",
    "AudioToolbox/AudioServices.h": "AudioToolbox",
    "AudioToolbox/AudioHardwareService.h": "AudioToolbox",
    "AudioToolbox/AUGraph.h": "AudioToolbox",
    "AudioToolbox/MusicPlayer.h": "AudioToolbox",
    "AudioToolbox/AudioUnitUtilities.h": "AudioToolbox",
    "AudioToolbox/CoreAudioClock.h": "AudioToolbox",
    "CoreMIDI/MIDIServices.h": "CoreMIDI",
    "CoreMIDI/MIDISetup.h": "CoreMIDI",
    "CoreMIDI/MIDIThruConnection.h": "CoreMIDI",
    "CoreMIDI/MIDIMessages.h": "CoreMIDI",
    "CoreMIDI/MIDIBluetoothConnection.h": "CoreMIDI",
}

# Fields declared with another type of the same size and alignment to reproduce
# a #pragma pack(4) that cffi's out-of-line ABI mode cannot express: our norm,
# the SDK's norm.  Size, alignment and every offset are still checked.
FIELD_OVERRIDES = {
    ("MIDIPacket", "timeStamp"): ("[2]u32", "u64"),
    ("MIDIEventPacket", "timeStamp"): ("[2]u32", "u64"),
}

# Block parameters declared as ``void *``: a block is passed as a pointer to its
# literal (``struct Block_literal_1`` of cdefs/Blocks.h, built by coremusic), so the
# calling convention is the SDK's.  (function, parameter index): (our norm, the SDK's).
PARAM_OVERRIDES = {
    ("MIDIInputPortCreateWithProtocol", 4): ("*void", "^fn(*struct MIDIEventList,*void)->void"),
    ("MIDIDestinationCreateWithProtocol", 4): ("*void", "^fn(*struct MIDIEventList,*void)->void"),
    ("MIDIClientCreateWithBlock", 2): ("*void", "^fn(*struct MIDINotification)->void"),
    ("MIDIInputPortCreateWithBlock", 3): ("*void", "^fn(*struct MIDIPacketList,*void)->void"),
    ("MIDIDestinationCreateWithBlock", 3): ("*void", "^fn(*struct MIDIPacketList,*void)->void"),
}

# Typedefs from headers outside the extracted subset, with the facts' canonical type.
EXTERNAL_TYPEDEFS = {"os_workgroup_t": "*struct os_workgroup_s"}

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
    "NumAudioFileMarkersToNumBytes": "static inline, not exported (coremusic.capi.audiofile)",
    "NumBytesToNumAudioFileMarkers": "static inline, not exported (coremusic.capi.audiofile)",
    # AudioToolbox (issue 4 headers)
    "AudioComponentInstantiate": "takes an Objective-C block (AudioComponentInstanceNew is the C equivalent)",
    "AudioComponentValidateWithResults": "takes an Objective-C block (AudioComponentValidate is the C equivalent)",
    "AudioComponentGetLastActiveTime": "marked unavailable on macOS; exported by neither architecture",
    "AudioOutputUnitPublish": "marked unavailable on macOS; exported by neither architecture",
    "AUMIDIEventListBlock": "an Objective-C block type",
    "AURenderContextObserver": "an Objective-C block type",
    "AUVoiceIOMutedSpeechActivityEventListener": "an Objective-C block type",
    "AudioUnitRemoteControlEventListener": "an Objective-C block type",
    "GetAudioUnitParameterDisplayType": "static inline, not exported (coremusic.capi.inline)",
    "SetAudioUnitParameterDisplayType": "static inline, not exported (coremusic.capi.inline)",
    "AudioQueueInputCallbackBlock": "an Objective-C block type",
    "AudioQueueOutputCallbackBlock": "an Objective-C block type",
    "AudioQueueNewInputWithDispatchQueue": "takes an Objective-C block (AudioQueueNewInput is the C equivalent)",
    "AudioQueueNewOutputWithDispatchQueue": "takes an Objective-C block (AudioQueueNewOutput is the C equivalent)",
    "AudioServicesPlayAlertSoundWithCompletion": "takes an Objective-C block (AudioServicesAddSystemSoundCompletion is the C route)",
    "AudioServicesPlaySystemSoundWithCompletion": "takes an Objective-C block (AudioServicesAddSystemSoundCompletion is the C route)",
    "MusicSequenceGetSMPTEResolution": "static inline, not exported (coremusic.capi.inline)",
    "MusicSequenceSetSMPTEResolution": "static inline, not exported (coremusic.capi.inline)",
    "AUEventListenerBlock": "an Objective-C block type",
    "AUParameterListenerBlock": "an Objective-C block type",
    "AUEventListenerCreateWithDispatchQueue": "takes an Objective-C block (AUEventListenerCreate is the C equivalent)",
    "AUListenerCreateWithDispatchQueue": "takes an Objective-C block (AUListenerCreate is the C equivalent)",
    # CoreMIDI (issue 5 headers)
    "MIDINotifyBlock": "an Objective-C block type",
    "MIDIReadBlock": "an Objective-C block type",
    "MIDIReceiveBlock": "an Objective-C block type",
    "MIDIPacketNext": "static inline, not exported (walk packets in Python)",
    "MIDIEventPacketNext": "static inline, not exported (walk packets in Python)",
    "MIDIThruConnectionParamsSize": "static inline, not exported",
    "MIDIMessageTypeForUPWord": "static inline, not exported (UMP helpers in Python)",
    **{name: "static inline UMP builder, not exported (UMP helpers in Python)" for name in (
        "MIDI1UPChannelVoiceMessage", "MIDI1UPControlChange", "MIDI1UPNoteOff", "MIDI1UPNoteOn",
        "MIDI1UPPitchBend", "MIDI1UPSysEx", "MIDI1UPSysExArray", "MIDI1UPSystemCommon",
        "MIDI2AssignableControl", "MIDI2AssignablePNC", "MIDI2ChannelPressure",
        "MIDI2ChannelVoiceMessage", "MIDI2ControlChange", "MIDI2NoteOff", "MIDI2NoteOn",
        "MIDI2PerNoteManagment", "MIDI2PerNotePitchBend", "MIDI2PitchBend", "MIDI2PolyPressure",
        "MIDI2ProgramChange", "MIDI2RegisteredControl", "MIDI2RegisteredPNC",
        "MIDI2RelAssignableControl", "MIDI2RelRegisteredControl")},
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
        if name.startswith(("struct $", "union $")):
            return f"{kind} <anon>"
        if not name.startswith(kind + " "):
            name = f"{kind} {name}"
        return name
    if kind == "function":
        # ctype.ellipsis is also true for types libffi cannot describe (a union passed
        # by value, as MIDIEventVisitor's MIDIUniversalMessage).
        by_value = any(t.kind in ("struct", "union") for t in (*ctype.args, ctype.result))
        variadic = ctype.ellipsis and not by_value
        args = ",".join([norm(a) for a in ctype.args] + (["..."] if variadic else []))
        return f"*fn({args})->{norm(ctype.result)}"
    if kind == "enum":
        return "u32"
    raise AssertionError(f"unexpected cffi type kind {kind} for {ctype}")
