"""Specifications: CoreMIDI and CoreFoundation."""

from __future__ import annotations

from constgen import Cls, Module

from ._common import _e

# --------------------------------------------------------------------------- cf
CF = Module(
    name="cf",
    summary="CoreFoundation enums used by the audio APIs: string encodings, number types, URLs.",
    headers=(
        "CoreFoundation/CFString.h",
        "CoreFoundation/CFNumber.h",
        "CoreFoundation/CFURL.h",
        "CoreFoundation/CFData.h",
        "CoreFoundation/CFDate.h",
        "CoreFoundation/CFRunLoop.h",
    ),
    classes=[
        _e(
            "CFStringBuiltInEncoding",
            r"kCFStringEncoding\w+",
            "kCFStringEncoding",
            "String encodings every CoreFoundation supports (``CFStringBuiltInEncodings``).",
            prefer=("kCFStringEncodingUTF16",),
            notes="``INVALID_ID`` (``kCFStringEncodingInvalidId``) marks a missing encoding.",
        ),
        _e(
            "CFStringCompareFlag",
            r"kCFCompare\w+",
            "kCFCompare",
            "Options of ``CFStringCompare`` (``CFStringCompareFlags``).",
            base="AppleIntFlag",
        ),
        _e(
            "CFStringNormalizationForm",
            r"kCFStringNormalizationForm\w+",
            "kCFStringNormalizationForm",
            "Unicode normalization forms (``CFStringNormalizationForm``).",
        ),
        _e(
            "CFNumberType",
            r"kCFNumber\w+Type",
            "kCFNumber",
            "C types a ``CFNumber`` can hold (``CFNumberType``).",
            suffix="Type",
            prefer=("kCFNumberCGFloatType",),
        ),
        _e(
            "CFURLPathStyle",
            r"kCFURL\w+PathStyle",
            "kCFURL",
            "File-system path styles of ``CFURLCreateWithFileSystemPath`` (``CFURLPathStyle``).",
            suffix="PathStyle",
        ),
        _e(
            "CFURLComponentType",
            r"kCFURLComponent\w+",
            "kCFURLComponent",
            "Parts of a URL for ``CFURLGetByteRangeForComponent`` (``CFURLComponentType``).",
        ),
        _e(
            "CFURLBookmarkCreationOption",
            r"kCFURLBookmarkCreation\w+",
            "kCFURLBookmarkCreation",
            "Options of ``CFURLCreateBookmarkData`` (``CFURLBookmarkCreationOptions``).",
            base="AppleIntFlag",
        ),
        _e(
            "CFURLBookmarkResolutionOption",
            r"kCFURLBookmarkResolution\w+",
            "kCFURLBookmarkResolution",
            "Options of ``CFURLCreateByResolvingBookmarkData`` (``CFURLBookmarkResolutionOptions``).",
            base="AppleIntFlag",
            aliases={
                "kCFBookmarkResolutionWithoutUIMask": "kCFURLBookmarkResolutionWithoutUIMask",
                "kCFBookmarkResolutionWithoutMountingMask": "kCFURLBookmarkResolutionWithoutMountingMask",
            },
        ),
        _e(
            "CFDataSearchFlag",
            r"kCFDataSearch\w+",
            "kCFDataSearch",
            "Options of ``CFDataFind`` (``CFDataSearchFlags``).",
            base="AppleIntFlag",
        ),
        _e(
            "CFGregorianUnitFlag",
            r"kCFGregorian\w+",
            ("kCFGregorianUnits", "kCFGregorian"),
            "Units of the old Gregorian-date API (``CFGregorianUnitFlags``).",
            base="AppleIntFlag",
        ),
        _e(
            "CFRunLoopActivity",
            r"kCFRunLoop(Entry|BeforeTimers|BeforeSources|BeforeWaiting|AfterWaiting|Exit|AllActivities)",
            "kCFRunLoop",
            "Run-loop stages an observer can watch (``CFRunLoopActivity``).",
            base="AppleIntFlag",
        ),
        _e(
            "CFRunLoopRunResult",
            r"kCFRunLoopRun\w+",
            "kCFRunLoopRun",
            "Why ``CFRunLoopRunInMode`` returned (``CFRunLoopRunResult``).",
        ),
    ],
)


# --------------------------------------------------------------------------- coremidi
COREMIDI = Module(
    name="coremidi",
    summary="CoreMIDI constants: errors, notifications, object types, MIDI 2.0 messages, thru.",
    headers=(
        "CoreMIDI/MIDIServices.h",
        "CoreMIDI/MIDIMessages.h",
        "CoreMIDI/MIDIThruConnection.h",
    ),
    classes=[
        _e(
            "MIDIErrorCode",
            r"kMIDI(InvalidClient|InvalidPort|WrongEndpointType|NoConnection|UnknownEndpoint"
            r"|UnknownProperty|WrongPropertyType|NoCurrentSetup|MessageSendErr|ServerStartErr"
            r"|SetupFormatErr|WrongThread|ObjectNotFound|IDNotUnique|NotPermitted|UnknownError)",
            "kMIDI",
            "Result codes of the CoreMIDI services.",
            suffix="Err",
        ),
        _e(
            "MIDINotificationMessageID",
            r"kMIDIMsg\w+",
            "kMIDIMsg",
            "Kinds of ``MIDINotification`` (``MIDINotificationMessageID``).",
        ),
        _e(
            "MIDIObjectType",
            r"kMIDIObjectType_\w+",
            "kMIDIObjectType_",
            "Kinds of CoreMIDI objects (``MIDIObjectType``).",
        ),
        _e(
            "MIDIProtocolID",
            r"kMIDIProtocol_\w+",
            "kMIDIProtocol_",
            "MIDI protocol versions of event lists (``MIDIProtocolID``).",
            digit_prefix="MIDI_",
        ),
        _e(
            "MIDIMessageType",
            r"kMIDIMessageType\w+",
            "kMIDIMessageType",
            "Universal MIDI Packet message types (``MIDIMessageType``).",
        ),
        _e(
            "MIDICVStatus",
            r"kMIDICVStatus\w+",
            "kMIDICVStatus",
            "Channel-voice status nibbles of MIDI 2.0 UMP messages (``MIDICVStatus``).",
        ),
        _e(
            "MIDISystemStatus",
            r"kMIDIStatus\w+",
            "kMIDIStatus",
            "System status bytes as CoreMIDI names them (``MIDISystemStatus``).",
            prefer=("kMIDIStatusActiveSensing",),
            notes="``ACTIVE_SENDING`` is Apple's misspelt alias of ``ACTIVE_SENSING``.",
        ),
        _e(
            "MIDISysExStatus",
            r"kMIDISysExStatus\w+",
            "kMIDISysExStatus",
            "Status of UMP system-exclusive packets (``MIDISysExStatus``).",
        ),
        _e(
            "MIDIUtilityStatus",
            r"kMIDIUtilityStatus\w+",
            "kMIDIUtilityStatus",
            "Status of UMP utility messages (``MIDIUtilityStatus``).",
        ),
        _e(
            "MIDINoteAttribute",
            r"kMIDINoteAttribute\w+",
            "kMIDINoteAttribute",
            "Attribute types of MIDI 2.0 note messages (``MIDINoteAttribute``).",
        ),
        _e(
            "MIDIPerNoteManagementOption",
            r"kMIDIPerNoteManagement\w+",
            "kMIDIPerNoteManagement",
            "Options of MIDI 2.0 per-note management messages.",
            base="AppleIntFlag",
        ),
        _e(
            "MIDIProgramChangeOption",
            r"kMIDIProgramChange\w+",
            "kMIDIProgramChange",
            "Options of MIDI 2.0 program-change messages.",
            base="AppleIntFlag",
        ),
        _e(
            "MIDITransformType",
            r"kMIDITransform_\w+",
            "kMIDITransform_",
            "Transforms of a MIDI thru connection (``MIDITransformType``).",
        ),
        _e(
            "MIDITransformControlType",
            r"kMIDIControlType_\w+",
            "kMIDIControlType_",
            "Controller kinds of a thru connection's control transform (``MIDITransformControlType``).",
            digit_prefix="CONTROL_",
        ),
        Cls(
            "MIDIObjectProperty",
            "AppleSymbolEnum",
            "Properties of CoreMIDI objects, named by their exported ``CFStringRef`` symbol.",
            r"kMIDIProperty\w+",
            "kMIDIProperty",
            symbols=True,
            compat={"ADVANCE_SCHEDULE_TIME_MUSC": "kMIDIPropertyAdvanceScheduleTimeMuSec"},
            notes=(
                "CoreMIDI property keys are ``CFStringRef`` globals, not numbers: each value\n"
                "is the symbol the binding reads from the CoreMIDI library (the strings\n"
                "themselves live there), e.g. ``MIDIObjectProperty.NAME == 'kMIDIPropertyName'``."
            ),
        ),
    ],
    plain={
        "kMIDIInvalidUniqueID": ("MIDI_INVALID_UNIQUE_ID", "The ``MIDIUniqueID`` no object has."),
        "kMIDIThruConnection_MaxEndpoints": (
            "MIDI_THRU_CONNECTION_MAX_ENDPOINTS",
            "Most sources or destinations of one thru connection.",
        ),
    },
)


# --------------------------------------------------------------------------- cfencodings
CFENCODINGS = Module(
    name="cfencodings",
    summary="CoreFoundation's external string encodings (CFStringEncodingExt.h).",
    headers=("CoreFoundation/CFStringEncodingExt.h",),
    classes=[
        _e(
            "CFStringEncodings",
            r"kCFStringEncoding\w+",
            "kCFStringEncoding",
            "Encodings beyond the built-in ones (``CFStringEncodings``): Mac, ISO, DOS, Windows, CJK ...",
            prefer=("kCFStringEncodingShiftJIS_X0213",),
        ),
    ],
)
