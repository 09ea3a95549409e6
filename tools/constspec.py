"""Class specifications for tools/constgen.py (which Apple names form which enum)."""

from __future__ import annotations

from constgen import Cls, Module

DEPRECATED_HEADERS = {"CoreAudio/AudioHardwareDeprecated.h"}

BASE = "CoreAudioTypes/CoreAudioBaseTypes.h"

LAYOUT_TAG_BODY = '''
    @property
    def number_of_channels(self) -> int:
        """Number of channels of the layout: the tag's low 16 bits.

        Zero for ``USE_CHANNEL_DESCRIPTIONS`` and ``USE_CHANNEL_BITMAP``, whose
        channel count lives in the ``AudioChannelLayout`` itself.

        Example
        -------
        >>> from coremusic.constants import AudioChannelLayoutTag
        >>> AudioChannelLayoutTag.MPEG_5_1_A.number_of_channels
        6
        """
        return int(self) & 0xFFFF
'''


# --------------------------------------------------------------------------- coretypes
CORETYPES = Module(
    name="coretypes",
    summary="CoreAudioTypes: time stamps, SMPTE time, generic CoreAudio and audio-session codes.",
    headers=(BASE, "CoreAudioTypes/AudioSessionTypes.h"),
    classes=[
        Cls(
            "AudioTimeStampFlag",
            "AppleIntFlag",
            "Which fields of an ``AudioTimeStamp`` are valid (``AudioTimeStampFlags``).",
            r"kAudioTimeStamp\w+Valid",
            "kAudioTimeStamp",
        ),
        Cls(
            "SMPTETimeType",
            "AppleIntEnum",
            "SMPTE frame rate and drop-frame kind of an ``SMPTETime`` (``SMPTETimeType``).",
            r"kSMPTETimeType\w+",
            "kSMPTETimeType",
            digit_prefix="FPS_",
            notes="Members are named by frame rate: ``FPS_2997_DROP`` is 29.97 fps drop frame.",
        ),
        Cls(
            "SMPTETimeFlag",
            "AppleIntFlag",
            "State of an ``SMPTETime`` (``SMPTETimeFlags``).",
            r"kSMPTETime(Unknown|Valid|Running)",
            "kSMPTETime",
        ),
        Cls(
            "AudioErrorCode",
            "FourCCEnum",
            "Generic CoreAudio result codes shared by the audio frameworks (``kAudio_*Error``).",
            r"kAudio_\w+",
            "kAudio_",
            suffix="Error",
            overrides={"kAudio_NoError": "NO_ERROR"},
        ),
        Cls(
            "AVAudioSessionErrorCode",
            "FourCCEnum",
            "Audio-session result codes (``AVAudioSessionErrorCode``).",
            r"AVAudioSessionErrorCode\w+",
            "AVAudioSessionErrorCode",
            aliases={
                "AVAudioSessionErrorInsufficientPriority": "AVAudioSessionErrorCodeInsufficientPriority"
            },
        ),
    ],
    plain={
        "COREAUDIOTYPES_VERSION": (
            "COREAUDIOTYPES_VERSION",
            "Version stamp of the CoreAudioTypes headers the values were taken from.",
        ),
    },
    extra_plain=[
        (
            "AUDIO_STREAM_ANY_RATE",
            "kAudioStreamAnyRate",
            "0.0",
            "Sample rate 0.0: a stream description that accepts any rate (``kAudioStreamAnyRate``).",
        ),
    ],
)

# --------------------------------------------------------------------------- channels
CHANNELS = Module(
    name="channels",
    summary="Channel labels, channel-layout tags and channel bitmaps (CoreAudioTypes).",
    headers=(BASE,),
    classes=[
        Cls(
            "AudioChannelLabel",
            "AppleIntEnum",
            "The role of one channel of an ``AudioChannelLayout`` (``AudioChannelLabel``).",
            r"kAudioChannelLabel_\w+",
            "kAudioChannelLabel_",
            prefer=(
                "kAudioChannelLabel_LeftTopFront",
                "kAudioChannelLabel_CenterTopFront",
                "kAudioChannelLabel_RightTopFront",
                "kAudioChannelLabel_CenterTopMiddle",
                "kAudioChannelLabel_HOA_ACN_0",
            ),
            notes=(
                "``DISCRETE_0`` .. ``DISCRETE_65535`` and ``HOA_ACN_0`` .. ``HOA_ACN_65024`` are\n"
                "ranges: Apple names only a few values of them; ``HOA_SN3D`` / ``HOA_N3D`` are the\n"
                "normalisation bits added to an ACN label."
            ),
        ),
        Cls(
            "AudioChannelLayoutTag",
            "AppleIntEnum",
            "Predefined channel layouts (``AudioChannelLayoutTag``).",
            r"kAudioChannelLayoutTag_\w+",
            "kAudioChannelLayoutTag_",
            prefer=(
                "kAudioChannelLayoutTag_Mono",
                "kAudioChannelLayoutTag_Stereo",
                "kAudioChannelLayoutTag_Quadraphonic",
                "kAudioChannelLayoutTag_Pentagonal",
                "kAudioChannelLayoutTag_Hexagonal",
                "kAudioChannelLayoutTag_Octagonal",
                "kAudioChannelLayoutTag_MPEG_3_0_A",
                "kAudioChannelLayoutTag_MPEG_3_0_B",
                "kAudioChannelLayoutTag_MPEG_4_0_A",
                "kAudioChannelLayoutTag_MPEG_4_0_B",
                "kAudioChannelLayoutTag_MPEG_5_0_A",
                "kAudioChannelLayoutTag_MPEG_5_0_B",
                "kAudioChannelLayoutTag_MPEG_5_0_C",
                "kAudioChannelLayoutTag_MPEG_5_0_D",
                "kAudioChannelLayoutTag_MPEG_5_1_A",
                "kAudioChannelLayoutTag_MPEG_5_1_B",
                "kAudioChannelLayoutTag_MPEG_5_1_C",
                "kAudioChannelLayoutTag_MPEG_5_1_D",
                "kAudioChannelLayoutTag_MPEG_6_1_A",
                "kAudioChannelLayoutTag_MPEG_7_1_A",
                "kAudioChannelLayoutTag_MPEG_7_1_B",
                "kAudioChannelLayoutTag_MPEG_7_1_C",
                "kAudioChannelLayoutTag_ITU_2_1",
                "kAudioChannelLayoutTag_ITU_2_2",
                "kAudioChannelLayoutTag_DVD_4",
                "kAudioChannelLayoutTag_DVD_5",
                "kAudioChannelLayoutTag_DVD_6",
                "kAudioChannelLayoutTag_DVD_10",
                "kAudioChannelLayoutTag_DVD_11",
                "kAudioChannelLayoutTag_DVD_18",
                "kAudioChannelLayoutTag_AudioUnit_6_0",
                "kAudioChannelLayoutTag_AudioUnit_7_0",
                "kAudioChannelLayoutTag_AAC_6_0",
                "kAudioChannelLayoutTag_AAC_6_1",
                "kAudioChannelLayoutTag_AC3_3_0",
                "kAudioChannelLayoutTag_Atmos_5_1_2",
                "kAudioChannelLayoutTag_Atmos_5_1_4",
                "kAudioChannelLayoutTag_Atmos_7_1_2",
                "kAudioChannelLayoutTag_Atmos_7_1_4",
                "kAudioChannelLayoutTag_WAVE_4_0_B",
                "kAudioChannelLayoutTag_Emagic_Default_7_1",
            ),
            notes=(
                "A tag's low 16 bits are its number of channels: see ``number_of_channels``.\n"
                "Many standards name the same layout, so this class has many aliases; the\n"
                "canonical member is the generic or MPEG name."
            ),
            body=LAYOUT_TAG_BODY,
        ),
        Cls(
            "AudioChannelBitmap",
            "AppleIntFlag",
            "Channel bits of ``kAudioChannelLayoutTag_UseChannelBitmap`` layouts (``AudioChannelBitmap``).",
            r"kAudioChannelBit_\w+",
            "kAudioChannelBit_",
            prefer=(
                "kAudioChannelBit_CenterTopMiddle",
                "kAudioChannelBit_LeftTopFront",
                "kAudioChannelBit_CenterTopFront",
                "kAudioChannelBit_RightTopFront",
            ),
        ),
        Cls(
            "AudioChannelFlag",
            "AppleIntFlag",
            "How an ``AudioChannelDescription``'s coordinates are given (``AudioChannelFlags``).",
            r"kAudioChannelFlags_\w+",
            "kAudioChannelFlags_",
        ),
        Cls(
            "AudioChannelCoordinateIndex",
            "AppleIntEnum",
            "Index into ``AudioChannelDescription.mCoordinates`` (``AudioChannelCoordinateIndex``).",
            r"kAudioChannelCoordinates_\w+",
            "kAudioChannelCoordinates_",
            prefer=(
                "kAudioChannelCoordinates_LeftRight",
                "kAudioChannelCoordinates_BackFront",
                "kAudioChannelCoordinates_DownUp",
            ),
            notes="Rectangular (LEFT_RIGHT, BACK_FRONT, DOWN_UP) and spherical (AZIMUTH,\n"
            "ELEVATION, DISTANCE) indices share the values 0, 1, 2.",
        ),
    ],
)

# --------------------------------------------------------------------------- audioformat
AUDIOFORMAT = Module(
    name="audioformat",
    summary="Audio data formats: format IDs and flags (CoreAudioTypes) and AudioFormat.h services.",
    headers=(BASE, "AudioToolbox/AudioFormat.h"),
    classes=[
        Cls(
            "AudioFormatID",
            "FourCCEnum",
            "Audio data formats: ``AudioStreamBasicDescription.mFormatID`` (``AudioFormatID``).",
            r"kAudioFormat(?!Flag|Property_|BadP|BadS|Unknown|Unspec|Unsupp)\w+",
            "kAudioFormat",
            overrides={
                "kAudioFormat60958AC3": "AC3_60958",
                "kAudioFormatMPEGLayer1": "MPEG_LAYER_1",
                "kAudioFormatMPEGLayer2": "MPEG_LAYER_2",
                "kAudioFormatMPEGLayer3": "MPEG_LAYER_3",
            },
            compat={
                "QDESIGN_MUSIC": "kAudioFormatQDesign",
                "DVIINTEL_IMA": "kAudioFormatDVIIntelIMA",
            },
            notes="``DVI_INTEL_IMA`` and ``MICROSOFT_GSM`` are not printable FourCCs (``'ms'``\n"
            "followed by a WAVE format tag); they show as numbers.",
        ),
        Cls(
            "AudioFormatFlag",
            "AppleIntFlag",
            "Format flags of any format: ``AudioStreamBasicDescription.mFormatFlags``.",
            r"kAudioFormatFlags?\w+",
            ("kAudioFormatFlag", "kAudioFormatFlags"),
            prefer=("kAudioFormatFlagsNativeFloatPacked",),
            notes="``NATIVE_ENDIAN`` is 0: both macOS targets (arm64, x86_64) are little-endian.\n"
            "``NATIVE_FLOAT_PACKED``, ``CANONICAL`` and ``AUDIO_UNIT_CANONICAL`` are\n"
            "combinations Apple names.",
        ),
        Cls(
            "LinearPCMFormatFlag",
            "AppleIntFlag",
            "Format flags of linear PCM (``kLinearPCMFormatFlag*``), same bits as ``AudioFormatFlag``.",
            r"kLinearPCMFormatFlag(?!sSampleFractionShift)\w+",
            ("kLinearPCMFormatFlag", "kLinearPCMFormatFlags"),
            compat={"FLAGS_ALL_CLEAR": "kLinearPCMFormatFlagsAreAllClear"},
            notes="``SAMPLE_FRACTION_MASK`` selects the fixed-point fraction bits; shift them by\n"
            "``LINEAR_PCM_SAMPLE_FRACTION_SHIFT``.",
        ),
        Cls(
            "AppleLosslessFormatFlag",
            "AppleIntEnum",
            "Source bit depth of Apple Lossless data (``mFormatFlags`` of ``'alac'``).",
            r"kAppleLosslessFormatFlag_\w+",
            "kAppleLosslessFormatFlag_",
            overrides={
                "kAppleLosslessFormatFlag_16BitSourceData": "SOURCE_16_BIT",
                "kAppleLosslessFormatFlag_20BitSourceData": "SOURCE_20_BIT",
                "kAppleLosslessFormatFlag_24BitSourceData": "SOURCE_24_BIT",
                "kAppleLosslessFormatFlag_32BitSourceData": "SOURCE_32_BIT",
            },
        ),
        Cls(
            "MPEG4ObjectID",
            "AppleIntEnum",
            "MPEG-4 audio object types (``MPEG4ObjectID``), the ``mFormatFlags`` of ``'aac '``.",
            r"kMPEG4Object_\w+",
            "kMPEG4Object_",
        ),
        Cls(
            "AudioFormatProperty",
            "FourCCEnum",
            "Properties of ``AudioFormatGetProperty`` / ``AudioFormatGetPropertyInfo``.",
            r"kAudioFormatProperty_\w+",
            "kAudioFormatProperty_",
        ),
        Cls(
            "AudioFormatErrorCode",
            "FourCCEnum",
            "Result codes of the AudioFormat services.",
            r"kAudioFormat(BadPropertySize|BadSpecifierSize|UnknownFormat|Unspecified|UnsupportedDataFormat|UnsupportedProperty)Error",
            "kAudioFormat",
            suffix="Error",
        ),
        Cls(
            "AudioBalanceFadeType",
            "AppleIntEnum",
            "Gain law of ``kAudioFormatProperty_BalanceFade`` (``AudioBalanceFadeType``).",
            r"kAudioBalanceFadeType_\w+",
            "kAudioBalanceFadeType_",
        ),
        Cls(
            "AudioPanningMode",
            "AppleIntEnum",
            "Panning algorithm of ``kAudioFormatProperty_PanningMatrix`` (``AudioPanningMode``).",
            r"kPanningMode_\w+",
            "kPanningMode_",
        ),
    ],
    plain={
        "kLinearPCMFormatFlagsSampleFractionShift": (
            "LINEAR_PCM_SAMPLE_FRACTION_SHIFT",
            "Bit position of ``LinearPCMFormatFlag.SAMPLE_FRACTION_MASK`` (a shift, not a flag).",
        ),
    },
)

# --------------------------------------------------------------------------- audiofile
AF = "AudioToolbox/AudioFile.h"
AUDIOFILE = Module(
    name="audiofile",
    summary="AudioFile, AudioFileStream and ExtAudioFile constants (AudioToolbox).",
    headers=(
        AF,
        "AudioToolbox/AudioFileStream.h",
        "AudioToolbox/ExtendedAudioFile.h",
        "AudioToolbox/AudioFileComponent.h",
    ),
    classes=[
        Cls(
            "AudioFileType",
            "FourCCEnum",
            "Audio file container types (``AudioFileTypeID``).",
            r"kAudioFile(?!GlobalInfo|Stream|Component)\w+Type",
            "kAudioFile",
            suffix="Type",
            overrides={"kAudioFile3GPType": "THREEGP", "kAudioFile3GP2Type": "THREEGP2"},
        ),
        Cls(
            "AudioFileProperty",
            "FourCCEnum",
            "Properties of an open audio file (``AudioFilePropertyID``).",
            r"kAudioFileProperty\w+",
            "kAudioFileProperty",
        ),
        Cls(
            "AudioFileGlobalInfo",
            "FourCCEnum",
            "Selectors of ``AudioFileGetGlobalInfo`` (readable/writable types, extensions ...).",
            r"kAudioFileGlobalInfo_\w+",
            "kAudioFileGlobalInfo_",
        ),
        Cls(
            "AudioFileErrorCode",
            "FourCCEnum",
            "Result codes of the AudioFile services.",
            r"kAudioFile(?!Stream)\w+Error",
            "kAudioFile",
            suffix="Error",
        ),
        Cls(
            "AudioFilePermissions",
            "AppleIntFlag",
            "Access mode of ``AudioFileOpenURL`` (``AudioFilePermissions``).",
            r"kAudioFile(Read|Write|ReadWrite)Permission",
            "kAudioFile",
            suffix="Permission",
        ),
        Cls(
            "AudioFileFlags",
            "AppleIntFlag",
            "Options of ``AudioFileCreateWithURL`` (``AudioFileFlags``).",
            r"kAudioFileFlags_\w+",
            "kAudioFileFlags_",
        ),
        Cls(
            "AudioFileLoopDirection",
            "AppleIntEnum",
            "Loop direction of an ``AudioFileRegion``.",
            r"kAudioFileLoopDirection_\w+",
            "kAudioFileLoopDirection_",
        ),
        Cls(
            "AudioFileMarkerType",
            "AppleIntEnum",
            "Kind of an ``AudioFileMarker``.",
            r"kAudioFileMarkerType_\w+",
            "kAudioFileMarkerType_",
        ),
        Cls(
            "AudioFileRegionFlag",
            "AppleIntFlag",
            "Playback flags of an ``AudioFileRegion`` (``AudioFileRegionFlags``).",
            r"kAudioFileRegionFlag_\w+",
            "kAudioFileRegionFlag_",
        ),
        Cls(
            "AudioBytePacketTranslationFlag",
            "AppleIntFlag",
            "Flags of an ``AudioBytePacketTranslation`` (``AudioBytePacketTranslationFlags``).",
            r"kBytePacketTranslationFlag_\w+",
            "kBytePacketTranslationFlag_",
        ),
        Cls(
            "AudioFileComponentProperty",
            "FourCCEnum",
            "Properties of AudioFile components, for file-format plug-in authors.",
            r"kAudioFileComponent_\w+",
            "kAudioFileComponent_",
        ),
        Cls(
            "AudioFileComponentSelector",
            "AppleIntEnum",
            "Component selectors of AudioFile components, for file-format plug-in authors.",
            r"kAudioFile\w+Select",
            "kAudioFile",
            suffix="Select",
        ),
        Cls(
            "AudioFileInfoKey",
            "AppleStrEnum",
            "Keys of ``kAudioFilePropertyInfoDictionary`` (``kAFInfoDictionary_*``).",
            r"kAFInfoDictionary_\w+",
            "kAFInfoDictionary_",
            strings=True,
        ),
        Cls(
            "AudioFileStreamProperty",
            "FourCCEnum",
            "Properties of an ``AudioFileStreamID`` parser (``AudioFileStreamPropertyID``).",
            r"kAudioFileStreamProperty_\w+",
            "kAudioFileStreamProperty_",
        ),
        Cls(
            "AudioFileStreamErrorCode",
            "FourCCEnum",
            "Result codes of the AudioFileStream services.",
            r"kAudioFileStreamError_\w+",
            "kAudioFileStreamError_",
            overrides={"kAudioFileStreamError_UnspecifiedError": "UNSPECIFIED"},
        ),
        Cls(
            "AudioFileStreamParseFlag",
            "AppleIntFlag",
            "Flags of ``AudioFileStreamParseBytes`` (``AudioFileStreamParseFlags``).",
            r"kAudioFileStreamParseFlag_\w+",
            "kAudioFileStreamParseFlag_",
        ),
        Cls(
            "AudioFileStreamPropertyFlag",
            "AppleIntFlag",
            "Flags of the property-listener callback (``AudioFileStreamPropertyFlags``).",
            r"kAudioFileStreamPropertyFlag_\w+",
            "kAudioFileStreamPropertyFlag_",
        ),
        Cls(
            "AudioFileStreamSeekFlag",
            "AppleIntFlag",
            "Flags returned by ``AudioFileStreamSeek`` (``AudioFileStreamSeekFlags``).",
            r"kAudioFileStreamSeekFlag_\w+",
            "kAudioFileStreamSeekFlag_",
        ),
        Cls(
            "ExtAudioFileProperty",
            "FourCCEnum",
            "Properties of an ``ExtAudioFileRef`` (``ExtAudioFilePropertyID``).",
            r"kExtAudioFileProperty_\w+",
            "kExtAudioFileProperty_",
        ),
        Cls(
            "ExtAudioFileErrorCode",
            "AppleIntEnum",
            "Result codes of the ExtAudioFile services.",
            r"kExtAudioFileError_\w+",
            "kExtAudioFileError_",
        ),
        Cls(
            "ExtAudioFilePacketTableInfoOverride",
            "AppleIntEnum",
            "Special values of ``AudioFilePacketTableInfo`` fields for ``kExtAudioFileProperty_PacketTable``.",
            r"kExtAudioFilePacketTableInfoOverride_\w+",
            "kExtAudioFilePacketTableInfoOverride_",
        ),
    ],
)

# --------------------------------------------------------------------------- hardware
HW = (
    "CoreAudio/AudioHardwareBase.h",
    "CoreAudio/AudioHardware.h",
    "CoreAudio/AudioHardwareDeprecated.h",
    "CoreAudio/AudioServerPlugIn.h",
)


def _prop(name: str, apple: str, what: str, **kw) -> Cls:
    return Cls(name, "FourCCEnum", what, rf"{apple}\w+", apple, **kw)


HARDWARE = Module(
    name="hardware",
    summary="CoreAudio HAL: audio objects, the system object, devices, streams, plug-ins, taps.",
    headers=HW,
    classes=[
        Cls(
            "AudioObjectID",
            "AppleIntEnum",
            "Well-known ``AudioObjectID`` values.",
            r"kAudioObject(Unknown|SystemObject|PlugInObject)",
            "kAudioObject",
            notes="In a server plug-in, object 1 is the plug-in itself (``PLUG_IN_OBJECT``).",
            aliases={
                "kAudioDeviceUnknown": "kAudioObjectUnknown",
                "kAudioStreamUnknown": "kAudioObjectUnknown",
            },
        ),
        Cls(
            "AudioClassID",
            "FourCCEnum",
            "Classes of HAL audio objects (``AudioClassID``), from ``kAudioObjectPropertyClass``.",
            r"kAudio\w+ClassID(Wildcard)?",
            "kAudio",
            suffix="ClassID",
            overrides={"kAudioObjectClassIDWildcard": "WILDCARD"},
        ),
        Cls(
            "AudioObjectProperty",
            "FourCCEnum",
            "Property selectors every ``AudioObject`` has (``AudioObjectPropertySelector``).",
            r"kAudioObjectProperty(?!Scope|Element(Main|Master|Wildcard)$)\w+",
            "kAudioObjectProperty",
            aliases={"kAudioPropertyWildcardPropertyID": "kAudioObjectPropertySelectorWildcard"},
        ),
        Cls(
            "AudioObjectPropertyScope",
            "FourCCEnum",
            "Scopes of an ``AudioObjectPropertyAddress`` (``AudioObjectPropertyScope``).",
            r"kAudioObjectPropertyScope\w+",
            "kAudioObjectPropertyScope",
            aliases={
                "kAudioDevicePropertyScopeInput": "kAudioObjectPropertyScopeInput",
                "kAudioDevicePropertyScopeOutput": "kAudioObjectPropertyScopeOutput",
                "kAudioDevicePropertyScopePlayThrough": "kAudioObjectPropertyScopePlayThrough",
            },
        ),
        Cls(
            "AudioObjectPropertyElement",
            "AppleIntEnum",
            "Special elements of an ``AudioObjectPropertyAddress`` (``AudioObjectPropertyElement``).",
            r"kAudioObjectPropertyElement(Main|Master|Wildcard)",
            "kAudioObjectPropertyElement",
            aliases={"kAudioPropertyWildcardChannel": "kAudioObjectPropertyElementWildcard"},
            notes="Elements are numbered from 1; ``MAIN`` (0) is the master element.",
        ),
        _prop(
            "AudioHardwareProperty",
            "kAudioHardwareProperty",
            "Properties of the system object ``AudioObjectID.SYSTEM_OBJECT``.",
        ),
        Cls(
            "AudioHardwarePowerHint",
            "AppleIntEnum",
            "Values of ``kAudioHardwarePropertyPowerHint`` (``AudioHardwarePowerHint``).",
            r"kAudioHardwarePowerHint\w+",
            "kAudioHardwarePowerHint",
        ),
        Cls(
            "AudioHardwareErrorCode",
            "FourCCEnum",
            "Result codes of the HAL (``kAudioHardware*Error``, ``kAudioDevice*Error``).",
            r"kAudioHardware\w+Error|kAudioDevice(UnsupportedFormat|Permissions)Error",
            "kAudioHardware",
            suffix="Error",
            overrides={
                "kAudioHardwareNoError": "NO_ERROR",
                "kAudioDeviceUnsupportedFormatError": "DEVICE_UNSUPPORTED_FORMAT",
                "kAudioDevicePermissionsError": "DEVICE_PERMISSIONS",
            },
        ),
        Cls(
            "AudioPlugInProperty",
            "FourCCEnum",
            "Properties of HAL plug-in objects.",
            r"kAudioPlugInProperty\w+|kAudioPlugIn(Create|Destroy)AggregateDevice",
            ("kAudioPlugInProperty", "kAudioPlugIn"),
        ),
        Cls(
            "AudioTransportManagerProperty",
            "FourCCEnum",
            "Properties of transport-manager objects.",
            r"kAudioTransportManagerProperty\w+|kAudioTransportManager(Create|Destroy)EndPointDevice",
            ("kAudioTransportManagerProperty", "kAudioTransportManager"),
        ),
        _prop(
            "AudioBoxProperty", "kAudioBoxProperty", "Properties of audio boxes (``AudioBoxID``)."
        ),
        Cls(
            "AudioDeviceProperty",
            "FourCCEnum",
            "Properties of audio devices (``AudioDeviceID``).",
            r"kAudioDeviceProperty(?!Scope)\w+|kAudioDeviceProcessorOverload",
            ("kAudioDeviceProperty", "kAudioDevice"),
            notes="Deprecated selectors (from AudioHardwareDeprecated.h) are marked in the source.",
        ),
        Cls(
            "AudioDeviceStartTimeFlag",
            "AppleIntFlag",
            "Flags of ``AudioDeviceGetNearestStartTime`` / ``AudioDeviceStartAtTime``.",
            r"kAudioDeviceStartTime\w+Flag",
            "kAudioDeviceStartTime",
            suffix="Flag",
        ),
        Cls(
            "AudioTransportType",
            "FourCCEnum",
            "Values of ``kAudioDevicePropertyTransportType`` (``kAudioDeviceTransportType*``).",
            r"kAudioDeviceTransportType\w+",
            "kAudioDeviceTransportType",
        ),
        _prop(
            "AudioClockDeviceProperty", "kAudioClockDeviceProperty", "Properties of clock devices."
        ),
        _prop(
            "AudioEndPointDeviceProperty",
            "kAudioEndPointDeviceProperty",
            "Properties of end-point devices.",
        ),
        _prop(
            "AudioStreamProperty",
            "kAudioStreamProperty",
            "Properties of audio streams (``AudioStreamID``).",
        ),
        _prop(
            "AudioStreamTerminalType",
            "kAudioStreamTerminalType",
            "Values of ``kAudioStreamPropertyTerminalType``.",
        ),
        _prop(
            "AudioControlProperty", "kAudioControlProperty", "Properties every audio control has."
        ),
        _prop(
            "AudioSliderControlProperty",
            "kAudioSliderControlProperty",
            "Properties of slider controls.",
        ),
        _prop(
            "AudioLevelControlProperty",
            "kAudioLevelControlProperty",
            "Properties of level controls.",
        ),
        _prop(
            "AudioBooleanControlProperty",
            "kAudioBooleanControlProperty",
            "Properties of boolean controls.",
        ),
        _prop(
            "AudioSelectorControlProperty",
            "kAudioSelectorControlProperty",
            "Properties of selector controls.",
            aliases={
                "kAudioClockSourceControlPropertyItemKind": "kAudioSelectorControlPropertyItemKind"
            },
        ),
        _prop(
            "AudioStereoPanControlProperty",
            "kAudioStereoPanControlProperty",
            "Properties of stereo-pan controls.",
        ),
        Cls(
            "AudioSelectorControlItemKind",
            "FourCCEnum",
            "Values of ``kAudioSelectorControlPropertyItemKind``.",
            r"kAudioSelectorControlItemKind\w+|kAudioClockSourceItemKindInternal",
            "kAudioSelectorControlItemKind",
            overrides={"kAudioClockSourceItemKindInternal": "CLOCK_SOURCE_INTERNAL"},
        ),
        Cls(
            "AudioLevelControlTransferFunction",
            "AppleIntEnum",
            "Transfer curves of level controls (deprecated ``AudioLevelControlTransferFunction``).",
            r"kAudioLevelControlTranferFunction\w+",
            "kAudioLevelControlTranferFunction",
            split_digits=True,
            digit_prefix="POWER_",
            notes="Apple spells the constants ``kAudioLevelControlTranferFunction...`` (sic).\n"
            "``POWER_1_OVER_3`` is y = x ** (1 / 3).",
        ),
        _prop(
            "AudioAggregateDeviceProperty",
            "kAudioAggregateDeviceProperty",
            "Properties of aggregate devices.",
        ),
        Cls(
            "AudioDriftCompensationQuality",
            "AppleIntEnum",
            "Drift-compensation quality of sub-devices and sub-taps of an aggregate device.",
            r"kAudioAggregateDriftCompensation\w+Quality",
            "kAudioAggregateDriftCompensation",
            suffix="Quality",
            aliases={
                f"kAudioSubDeviceDriftCompensation{q}Quality": f"kAudioAggregateDriftCompensation{q}Quality"
                for q in ("Min", "Low", "Medium", "High", "Max")
            },
        ),
        _prop("AudioSubDeviceProperty", "kAudioSubDeviceProperty", "Properties of sub-devices."),
        _prop("AudioSubTapProperty", "kAudioSubTapProperty", "Properties of sub-taps."),
        _prop("AudioTapProperty", "kAudioTapProperty", "Properties of process taps."),
        _prop("AudioProcessProperty", "kAudioProcessProperty", "Properties of process objects."),
        Cls(
            "AudioDeviceClockAlgorithm",
            "FourCCEnum",
            "Values of ``kAudioDevicePropertyClockAlgorithm`` (``AudioDeviceClockAlgorithmSelector``).",
            r"kAudioDeviceClockAlgorithm\w+",
            "kAudioDeviceClockAlgorithm",
            overrides={
                "kAudioDeviceClockAlgorithm12PtMovingWindowAverage": "MOVING_WINDOW_AVERAGE_12_PT"
            },
        ),
        _prop(
            "AudioServerPlugInIOOperation",
            "kAudioServerPlugInIOOperation",
            "IO operations of an audio server plug-in's IO cycle (``AudioServerPlugInIOOperation``).",
        ),
        _prop(
            "AudioServerPlugInCustomPropertyDataType",
            "kAudioServerPlugInCustomPropertyDataType",
            "Data types of a server plug-in's custom properties.",
        ),
        Cls(
            "AudioAggregateDeviceKey",
            "AppleStrEnum",
            "Keys of the description dictionary of ``AudioHardwareCreateAggregateDevice``.",
            r"kAudioAggregateDevice\w+Key",
            "kAudioAggregateDevice",
            suffix="Key",
            strings=True,
        ),
        Cls(
            "AudioSubDeviceKey",
            "AppleStrEnum",
            "Keys of a sub-device entry of an aggregate-device description.",
            r"kAudioSubDevice\w+Key",
            "kAudioSubDevice",
            suffix="Key",
            strings=True,
        ),
        Cls(
            "AudioSubTapKey",
            "AppleStrEnum",
            "Keys of a sub-tap entry of an aggregate-device description.",
            r"kAudioSubTap\w+Key",
            "kAudioSubTap",
            suffix="Key",
            strings=True,
        ),
        Cls(
            "AudioEndPointDeviceKey",
            "AppleStrEnum",
            "Keys of an end-point device's composition dictionary.",
            r"kAudioEndPointDevice\w+Key",
            "kAudioEndPointDevice",
            suffix="Key",
            strings=True,
        ),
        Cls(
            "AudioEndPointKey",
            "AppleStrEnum",
            "Keys of an end point's entry in an end-point device's composition.",
            r"kAudioEndPoint(?!Device)\w+Key",
            "kAudioEndPoint",
            suffix="Key",
            strings=True,
        ),
    ],
    plain={
        "kAudioServerPlugInHostClientID": (
            "AUDIO_SERVER_PLUG_IN_HOST_CLIENT_ID",
            "Client ID the HAL uses for itself in server plug-in calls.",
        ),
        "kAudioPropertyWildcardSection": (
            "AUDIO_PROPERTY_WILDCARD_SECTION",
            "Deprecated wildcard for the old ``isInput`` section argument.",
        ),
        "kAudioHardwareRunLoopMode": (
            "AUDIO_HARDWARE_RUN_LOOP_MODE",
            "Run-loop mode the HAL uses for notifications (deprecated).",
        ),
    },
)

# --------------------------------------------------------------------------- audiounit
AUC = "AudioToolbox/AUComponent.h"
AUDIOUNIT = Module(
    name="audiounit",
    summary="AudioUnit component constants (AUComponent.h): types, subtypes, render flags, errors.",
    headers=(AUC,),
    classes=[
        Cls(
            "AudioUnitType",
            "FourCCEnum",
            "AudioUnit component types (``AudioComponentDescription.componentType``).",
            r"kAudioUnitType_\w+",
            "kAudioUnitType_",
        ),
        Cls(
            "AudioUnitSubType",
            "FourCCEnum",
            "Apple's AudioUnit subtypes (``AudioComponentDescription.componentSubType``).",
            r"kAudioUnitSubType_\w+",
            "kAudioUnitSubType_",
            overrides={"kAudioUnitSubType_3DMixer": "MIXER_3D"},
            prefer=("kAudioUnitSubType_TimePitch",),
        ),
        Cls(
            "AudioUnitManufacturer",
            "FourCCEnum",
            "AudioUnit manufacturer codes (``AudioComponentDescription.componentManufacturer``).",
            r"kAudioUnitManufacturer_\w+",
            "kAudioUnitManufacturer_",
        ),
        Cls(
            "AudioUnitRenderActionFlags",
            "AppleIntFlag",
            "Flags passed to and from render calls (``AudioUnitRenderActionFlags``).",
            r"kAudio(Offline)?UnitRenderAction_\w+",
            "kAudioUnitRenderAction_",
            overrides={
                "kAudioOfflineUnitRenderAction_Preflight": "OFFLINE_PREFLIGHT",
                "kAudioOfflineUnitRenderAction_Render": "OFFLINE_RENDER",
                "kAudioOfflineUnitRenderAction_Complete": "OFFLINE_COMPLETE",
            },
        ),
        Cls(
            "AudioUnitErrorCode",
            "AppleIntEnum",
            "Result codes of AudioUnits (``kAudioUnitErr_*``).",
            r"kAudioUnitErr_\w+",
            "kAudioUnitErr_",
        ),
        Cls(
            "AudioComponentErrorCode",
            "AppleIntEnum",
            "Result codes of the AudioComponent services (``kAudioComponentErr_*``).",
            r"kAudioComponentErr_\w+",
            "kAudioComponentErr_",
        ),
        Cls(
            "AudioUnitSelector",
            "AppleIntEnum",
            "Component selectors of the AudioUnit API (``kAudioUnit*Select``), for plug-in authors.",
            r"kAudioUnit\w+Select|kAudioUnitRange",
            "kAudioUnit",
            suffix="Select",
            overrides={"kAudioUnitRange": "RANGE"},
        ),
        Cls(
            "AUParameterEventType",
            "AppleIntEnum",
            "Kind of an ``AudioUnitParameterEvent`` (``AUParameterEventType``).",
            r"kParameterEvent_\w+",
            "kParameterEvent_",
        ),
    ],
    plain={
        "AU_SUPPORT_INTERAPP_AUDIO": (
            "AU_SUPPORT_INTERAPP_AUDIO",
            "1 when the SDK declares the inter-app audio API.",
        ),
    },
)

AUP = "AudioToolbox/AudioUnitProperties.h"


def _e(name: str, pattern: str, prefix: str, what: str, base: str = "AppleIntEnum", **kw) -> Cls:
    return Cls(name, base, what, pattern, prefix, **kw)


AUPROPERTIES = Module(
    name="auproperties",
    summary="AudioUnit properties, scopes, parameter units and flags (AudioUnitProperties.h).",
    headers=(AUP,),
    classes=[
        _e(
            "AudioUnitProperty",
            r"kAudioUnitProperty_\w+",
            "kAudioUnitProperty_",
            "Properties of every AudioUnit (``AudioUnitPropertyID``).",
            overrides={
                "kAudioUnitProperty_3DMixerAttenuationCurve": "MIXER_3D_ATTENUATION_CURVE",
                "kAudioUnitProperty_3DMixerDistanceAtten": "MIXER_3D_DISTANCE_ATTEN",
                "kAudioUnitProperty_3DMixerDistanceParams": "MIXER_3D_DISTANCE_PARAMS",
                "kAudioUnitProperty_3DMixerRenderingFlags": "MIXER_3D_RENDERING_FLAGS",
            },
            prefer=(
                "kAudioUnitProperty_ElementCount",
                "kAudioUnitProperty_ParameterStringFromValue",
                "kAudioUnitProperty_SpatialMixerAttenuationCurve",
                "kAudioUnitProperty_SpatialMixerDistanceParams",
                "kAudioUnitProperty_SpatialMixerRenderingFlags",
            ),
            compat={"COCOAUI": "kAudioUnitProperty_CocoaUI"},
        ),
        _e(
            "AudioUnitScope",
            r"kAudioUnitScope_\w+",
            "kAudioUnitScope_",
            "Scopes of AudioUnit properties and parameters (``AudioUnitScope``).",
        ),
        _e(
            "AudioOutputUnitProperty",
            r"kAudioOutputUnitProperty_\w+",
            "kAudioOutputUnitProperty_",
            "Properties of I/O units (AUHAL, VoiceProcessingIO ...).",
        ),
        _e(
            "AudioUnitOfflineProperty",
            r"kAudioUnitOfflineProperty_\w+",
            "kAudioUnitOfflineProperty_",
            "Properties of offline-effect units.",
            aliases={
                "kAudioOfflineUnitProperty_InputSize": "kAudioUnitOfflineProperty_InputSize",
                "kAudioOfflineUnitProperty_OutputSize": "kAudioUnitOfflineProperty_OutputSize",
            },
        ),
        _e(
            "AudioUnitMigrateProperty",
            r"kAudioUnitMigrateProperty_\w+",
            "kAudioUnitMigrateProperty_",
            "Properties for migrating settings from other plug-in formats.",
        ),
        _e(
            "MusicDeviceProperty",
            r"kMusicDeviceProperty_\w+",
            "kMusicDeviceProperty_",
            "Properties of music devices (instrument units).",
        ),
        _e(
            "AUVoiceIOProperty",
            r"kAUVoiceIOProperty_\w+",
            "kAUVoiceIOProperty_",
            "Properties of the VoiceProcessingIO unit.",
        ),
        _e(
            "AUNBandEQProperty",
            r"kAUNBandEQProperty_\w+",
            "kAUNBandEQProperty_",
            "Properties of the N-band EQ unit.",
        ),
        _e(
            "AUNetReceiveProperty",
            r"kAUNetReceiveProperty_\w+",
            "kAUNetReceiveProperty_",
            "Properties of the AUNetReceive unit.",
        ),
        _e(
            "AUNetSendProperty",
            r"kAUNetSendProperty_\w+",
            "kAUNetSendProperty_",
            "Properties of the AUNetSend unit.",
        ),
        _e(
            "AUNetSendPresetFormat",
            r"kAUNetSendPresetFormat_\w+",
            "kAUNetSendPresetFormat_",
            "Transmission formats of AUNetSend (``kAUNetSendProperty_TransmissionFormatIndex``).",
        ),
        _e(
            "AUSamplerProperty",
            r"kAUSamplerProperty_\w+",
            "kAUSamplerProperty_",
            "Properties of the AUSampler unit.",
            prefer=("kAUSamplerProperty_LoadPresetFromBank",),
        ),
        _e(
            "AUSamplerDefault",
            r"kAUSampler_Default\w+",
            "kAUSampler_Default",
            "Default bank numbers of the AUSampler.",
        ),
        _e(
            "AUMIDISynthProperty",
            r"kAUMIDISynthProperty_\w+",
            "kAUMIDISynthProperty_",
            "Properties of the AUMIDISynth unit.",
        ),
        _e(
            "AudioUnitParameterUnit",
            r"kAudioUnitParameterUnit_\w+",
            "kAudioUnitParameterUnit_",
            "Units of AudioUnit parameter values (``AudioUnitParameterUnit``).",
        ),
        _e(
            "AudioUnitParameterFlag",
            r"kAudioUnitParameterFlag_\w+",
            "kAudioUnitParameterFlag_",
            "Flags of ``AudioUnitParameterInfo`` (``AudioUnitParameterOptions``).",
            base="AppleIntFlag",
            prefer=("kAudioUnitParameterFlag_ValuesHaveStrings",),
            notes="The ``DISPLAY_*`` values form a small enumerated field inside the flags:\n"
            "compare ``flags & DISPLAY_MASK`` with them.",
        ),
        _e(
            "AUParameterMIDIMappingFlag",
            r"kAUParameterMIDIMapping_\w+",
            "kAUParameterMIDIMapping_",
            "Flags of an ``AUParameterMIDIMapping`` (``AUParameterMIDIMappingFlags``).",
            base="AppleIntFlag",
            suffix="Flag",
        ),
        _e(
            "AudioUnitClumpID",
            r"kAudioUnitClumpID_\w+",
            "kAudioUnitClumpID_",
            "Parameter clump IDs (groups of parameters).",
        ),
        _e(
            "AudioUnitRemoteControlEvent",
            r"kAudioUnitRemoteControlEvent_\w+",
            "kAudioUnitRemoteControlEvent_",
            "Transport events an inter-app audio node sends to its host.",
        ),
        _e(
            "AudioUnitSRCAlgorithm",
            r"kAudioUnitSRCAlgorithm_\w+",
            "kAudioUnitSRCAlgorithm_",
            "Sample-rate converter algorithms (``kAudioUnitProperty_SRCAlgorithm``).",
            base="FourCCEnum",
        ),
        _e(
            "AudioUnitSampleRateConverterComplexity",
            r"kAudioUnitSampleRateConverterComplexity_\w+",
            "kAudioUnitSampleRateConverterComplexity_",
            "Values of ``kAudioUnitProperty_SampleRateConverterComplexity``.",
            base="FourCCEnum",
        ),
        _e(
            "RenderQuality",
            r"kRenderQuality_\w+",
            "kRenderQuality_",
            "Values of ``kAudioUnitProperty_RenderQuality`` (0 lowest ... 127 highest).",
        ),
        _e(
            "OfflinePreflight",
            r"kOfflinePreflight_\w+",
            "kOfflinePreflight_",
            "Values of ``kAudioUnitOfflineProperty_PreflightRequirements``.",
        ),
        _e(
            "OtherPluginFormat",
            r"kOtherPluginFormat_\w+",
            "kOtherPluginFormat_",
            "Plug-in formats of ``AudioUnitOtherPluginDesc``.",
        ),
        _e(
            "SpeakerConfiguration",
            r"kSpeakerConfiguration_\w+",
            "kSpeakerConfiguration_",
            "Values of ``kAudioUnitProperty_SpeakerConfiguration`` (3D mixer).",
            digit_prefix="SURROUND_",
        ),
        _e(
            "InstrumentType",
            r"kInstrumentType_\w+",
            "kInstrumentType_",
            "Instrument file kinds of ``AUSamplerInstrumentData``.",
            prefer=("kInstrumentType_DLSPreset",),
        ),
        _e(
            "MusicDeviceSampleFrameMask",
            r"kMusicDeviceSampleFrameMask_\w+",
            "kMusicDeviceSampleFrameMask_",
            "Bit fields of a music-device ``inOffsetSampleFrame`` argument.",
            base="AppleIntFlag",
        ),
        _e(
            "AUVoiceIOOtherAudioDuckingLevel",
            r"kAUVoiceIOOtherAudioDuckingLevel\w+",
            "kAUVoiceIOOtherAudioDuckingLevel",
            "Ducking of other audio by VoiceProcessingIO (``AUVoiceIOOtherAudioDuckingLevel``).",
        ),
        _e(
            "AUVoiceIOSpeechActivityEvent",
            r"kAUVoiceIOSpeechActivity\w+",
            "kAUVoiceIOSpeechActivity",
            "Events of the muted-speech activity listener.",
        ),
        _e(
            "AUVoiceIOErrorCode",
            r"kAUVoiceIOErr_\w+",
            "kAUVoiceIOErr_",
            "Result codes of the VoiceProcessingIO unit.",
        ),
        _e(
            "ScheduledAudioSliceFlag",
            r"kScheduledAudioSliceFlag_\w+",
            "kScheduledAudioSliceFlag_",
            "State flags of a ``ScheduledAudioSlice`` (``AUScheduledAudioSliceFlags``).",
            base="AppleIntFlag",
        ),
        _e(
            "ReverbRoomType",
            r"kReverbRoomType_\w+",
            "kReverbRoomType_",
            "Room presets of the reverb units (``AUReverbRoomType``).",
        ),
        _e(
            "Mixer3DAttenuationCurve",
            r"k3DMixerAttenuationCurve_\w+",
            "k3DMixerAttenuationCurve_",
            "Distance attenuation curves of the 3D mixer (``AU3DMixerAttenuationCurve``).",
        ),
        _e(
            "Mixer3DRenderingFlag",
            r"k3DMixerRenderingFlags_\w+",
            "k3DMixerRenderingFlags_",
            "Rendering flags of the 3D mixer (``AU3DMixerRenderingFlags``).",
            base="AppleIntFlag",
        ),
        _e(
            "SpatialMixerAttenuationCurve",
            r"kSpatialMixerAttenuationCurve_\w+",
            "kSpatialMixerAttenuationCurve_",
            "Distance attenuation curves of the spatial mixer.",
        ),
        _e(
            "SpatialMixerOutputType",
            r"kSpatialMixerOutputType_\w+",
            "kSpatialMixerOutputType_",
            "Output kinds of the spatial mixer.",
        ),
        _e(
            "SpatialMixerPersonalizedHRTFMode",
            r"kSpatialMixerPersonalizedHRTFMode_\w+",
            "kSpatialMixerPersonalizedHRTFMode_",
            "Personalized-HRTF modes of the spatial mixer.",
        ),
        _e(
            "SpatialMixerPointSourceInHeadMode",
            r"kSpatialMixerPointSourceInHeadMode_\w+",
            "kSpatialMixerPointSourceInHeadMode_",
            "In-head rendering of point sources by the spatial mixer.",
        ),
        _e(
            "SpatialMixerRenderingFlag",
            r"kSpatialMixerRenderingFlags_\w+",
            "kSpatialMixerRenderingFlags_",
            "Rendering flags of the spatial mixer.",
            base="AppleIntFlag",
        ),
        _e(
            "SpatialMixerSourceMode",
            r"kSpatialMixerSourceMode_\w+",
            "kSpatialMixerSourceMode_",
            "Source modes of the spatial mixer.",
        ),
        _e(
            "SpatializationAlgorithm",
            r"kSpatializationAlgorithm_\w+",
            "kSpatializationAlgorithm_",
            "Spatialization algorithms of the 3D and spatial mixers.",
        ),
        Cls(
            "AUPresetKey",
            "AppleStrEnum",
            "Keys of an AudioUnit preset (``ClassInfo``) dictionary.",
            r"kAUPreset\w+",
            "kAUPreset",
            suffix="Key",
            strings=True,
        ),
        Cls(
            "AudioUnitConfigurationInfoKey",
            "AppleStrEnum",
            "Keys of the dictionary from ``AudioComponentGetConfigurationInfo``.",
            r"kAudioUnitConfigurationInfo_\w+",
            "kAudioUnitConfigurationInfo_",
            strings=True,
        ),
    ],
    plain={
        "kAUNetSendNumPresetFormats": (
            "AU_NET_SEND_NUM_PRESET_FORMATS",
            "Number of ``AUNetSendPresetFormat`` values.",
        ),
        "kNumberOfResponseFrequencies": (
            "NUMBER_OF_RESPONSE_FREQUENCIES",
            "Length of the ``kAudioUnitProperty_FrequencyResponse`` array.",
        ),
        "kAudioUnitParameterName_Full": (
            "AUDIO_UNIT_PARAMETER_NAME_FULL",
            "``AudioUnitParameterNameInfo.inDesiredLength`` asking for the full name.",
        ),
    },
)

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

# --------------------------------------------------------------------------- converter
CONVERTER = Module(
    name="converter",
    summary="AudioConverter constants (AudioToolbox/AudioConverter.h).",
    headers=("AudioToolbox/AudioConverter.h",),
    classes=[
        _e(
            "AudioConverterProperty",
            r"kAudioConverter(?!Err_|Quality_|SampleRateConverterComplexity_)\w+",
            ("kAudioConverterProperty", "kAudioConverter"),
            "Properties of an ``AudioConverterRef`` (``AudioConverterPropertyID``).",
            base="FourCCEnum",
            compat={
                "MIN_INPUT_BUFFER_SIZE": "kAudioConverterPropertyMinimumInputBufferSize",
                "MIN_OUTPUT_BUFFER_SIZE": "kAudioConverterPropertyMinimumOutputBufferSize",
                "MAX_INPUT_PACKET_SIZE": "kAudioConverterPropertyMaximumInputPacketSize",
                "MAX_OUTPUT_PACKET_SIZE": "kAudioConverterPropertyMaximumOutputPacketSize",
                "PROPERTY_SETTINGS": "kAudioConverterPropertySettings",
                "BIT_RATE": "kAudioConverterEncodeBitRate",
            },
        ),
        _e(
            "AudioConverterErrorCode",
            r"kAudioConverterErr_\w+",
            "kAudioConverterErr_",
            "Result codes of the AudioConverter services.",
            base="FourCCEnum",
            suffix="Error",
        ),
        _e(
            "AudioConverterQuality",
            r"kAudioConverterQuality_\w+",
            "kAudioConverterQuality_",
            "Values of ``kAudioConverterCodecQuality`` and ``kAudioConverterSampleRateConverterQuality``.",
        ),
        _e(
            "AudioConverterSampleRateConverterComplexity",
            r"kAudioConverterSampleRateConverterComplexity_\w+",
            "kAudioConverterSampleRateConverterComplexity_",
            "Values of ``kAudioConverterSampleRateConverterComplexity``.",
            base="FourCCEnum",
        ),
        _e(
            "AudioConverterPrimeMethod",
            r"kConverterPrimeMethod_\w+",
            "kConverterPrimeMethod_",
            "Values of ``kAudioConverterPrimeMethod``.",
        ),
        _e(
            "DitherAlgorithm",
            r"kDitherAlgorithm_\w+",
            "kDitherAlgorithm_",
            "Values of ``kAudioConverterPropertyDithering``.",
        ),
    ],
)

# --------------------------------------------------------------------------- queue
QUEUE = Module(
    name="queue",
    summary="AudioQueue constants (AudioToolbox/AudioQueue.h).",
    headers=("AudioToolbox/AudioQueue.h",),
    classes=[
        _e(
            "AudioQueueProperty",
            r"kAudioQueue(Device)?Property_\w+",
            "kAudioQueueProperty_",
            "Properties of an ``AudioQueueRef`` (``AudioQueuePropertyID``).",
            base="FourCCEnum",
            overrides={
                "kAudioQueueDeviceProperty_SampleRate": "DEVICE_SAMPLE_RATE",
                "kAudioQueueDeviceProperty_NumberChannels": "DEVICE_NUMBER_CHANNELS",
            },
        ),
        _e(
            "AudioQueueParameter",
            r"kAudioQueueParam_\w+",
            "kAudioQueueParam_",
            "Parameters of ``AudioQueueSetParameter`` (``AudioQueueParameterID``).",
            compat={
                "PLAYBACK_RATE": "kAudioQueueParam_PlayRate",
                "VolumeRampTime": "kAudioQueueParam_VolumeRampTime",
            },
        ),
        _e(
            "AudioQueueErrorCode",
            r"kAudioQueueErr_\w+",
            "kAudioQueueErr_",
            "Result codes of the AudioQueue services.",
        ),
        _e(
            "AudioQueueProcessingTapFlag",
            r"kAudioQueueProcessingTap_\w+",
            "kAudioQueueProcessingTap_",
            "Flags of an audio-queue processing tap (``AudioQueueProcessingTapFlags``).",
            base="AppleIntFlag",
        ),
        _e(
            "AudioQueueTimePitchAlgorithm",
            r"kAudioQueueTimePitchAlgorithm_\w+",
            "kAudioQueueTimePitchAlgorithm_",
            "Values of ``kAudioQueueProperty_TimePitchAlgorithm``.",
            base="FourCCEnum",
        ),
    ],
)

# --------------------------------------------------------------------------- toolbox
TOOLBOX = Module(
    name="toolbox",
    summary="AudioServices, AudioComponent, AUGraph and I/O-unit constants (AudioToolbox).",
    headers=(
        "AudioToolbox/AudioServices.h",
        "AudioToolbox/AudioComponent.h",
        "AudioToolbox/AUGraph.h",
        "AudioToolbox/AudioOutputUnit.h",
        "AudioToolbox/AudioHardwareService.h",
        "AudioToolbox/AudioUnitUtilities.h",
        "AudioToolbox/AudioUnitCarbonView.h",
        "AudioToolbox/AudioToolbox.h",
        "AudioToolbox/AudioUnit.h",
    ),
    classes=[
        _e(
            "AudioServicesProperty",
            r"kAudioServicesProperty\w+",
            "kAudioServicesProperty",
            "Properties of system sounds (``AudioServicesPropertyID``).",
            base="FourCCEnum",
        ),
        _e(
            "AudioServicesErrorCode",
            r"kAudioServices\w+Error|kAudioServicesNoError",
            "kAudioServices",
            "Result codes of the AudioServices (system sound) API.",
            base="FourCCEnum",
            suffix="Error",
            overrides={"kAudioServicesNoError": "NO_ERROR"},
        ),
        _e(
            "SystemSoundID",
            r"kSystemSoundID_\w+",
            "kSystemSoundID_",
            "Predefined ``SystemSoundID`` values.",
            aliases={"kUserPreferredAlert": "kSystemSoundID_UserPreferredAlert"},
        ),
        _e(
            "AudioComponentFlag",
            r"kAudioComponentFlag_\w+",
            "kAudioComponentFlag_",
            "Flags of an audio component (``AudioComponentFlags``).",
            base="AppleIntFlag",
        ),
        _e(
            "AudioComponentInstantiationOption",
            r"kAudioComponentInstantiation_\w+",
            "kAudioComponentInstantiation_",
            "Options of ``AudioComponentInstantiate`` (``AudioComponentInstantiationOptions``).",
            base="AppleIntFlag",
            notes="``LOADED_REMOTELY`` is marked unavailable on macOS by the SDK.",
        ),
        _e(
            "AudioComponentValidationResult",
            r"kAudioComponentValidationResult_\w+",
            "kAudioComponentValidationResult_",
            "Results of ``AudioComponentValidate`` (``AudioComponentValidationResult``).",
        ),
        Cls(
            "AudioComponentValidationParameterKey",
            "AppleStrEnum",
            "Keys of the parameter dictionary of ``AudioComponentValidate``.",
            r"kAudioComponentValidationParameter_\w+",
            "kAudioComponentValidationParameter_",
            strings=True,
        ),
        _e(
            "AUGraphErrorCode",
            r"kAUGraphErr_\w+",
            "kAUGraphErr_",
            "Result codes of the AUGraph services.",
            suffix="Err",
        ),
        _e(
            "AUNodeInteractionType",
            r"kAUNodeInteraction_\w+",
            "kAUNodeInteraction_",
            "Kinds of ``AUNodeInteraction`` (connection or input callback).",
        ),
        _e(
            "AudioOutputUnitSelector",
            r"kAudioOutputUnit\w+",
            "kAudioOutputUnit",
            "Component selectors of I/O units (start, stop), for plug-in authors.",
            suffix="Select",
        ),
        _e(
            "AudioHardwareServiceProperty",
            r"kAudioHardwareService(Device)?Property_\w+",
            ("kAudioHardwareServiceProperty_", "kAudioHardwareServiceDeviceProperty_"),
            "Properties of the AudioHardwareService layer (virtual main volume and balance).",
            base="FourCCEnum",
        ),
        _e(
            "AudioUnitEventType",
            r"kAudioUnitEvent_\w+",
            "kAudioUnitEvent_",
            "Kinds of ``AudioUnitEvent`` (parameter changes, gestures, property changes).",
        ),
        _e(
            "AudioUnitCarbonViewEvent",
            r"kAudioUnitCarbonViewEvent_\w+",
            "kAudioUnitCarbonViewEvent_",
            "Mouse events of the legacy Carbon AudioUnit views.",
        ),
        _e(
            "AudioUnitCarbonViewSelector",
            r"kAudioUnitCarbonView(Range|CreateSelect|SetEventListenerSelect)",
            "kAudioUnitCarbonView",
            "Component selectors of the legacy Carbon AudioUnit views.",
            suffix="Select",
            overrides={"kAudioUnitCarbonViewRange": "RANGE"},
        ),
        Cls(
            "InstrumentInfoKey",
            "AppleStrEnum",
            "Keys of the instrument-info dictionaries of ``CopyInstrumentInfoFromSoundBank``.",
            r"kInstrumentInfoKey_\w+",
            "kInstrumentInfoKey_",
            strings=True,
        ),
    ],
    plain={
        "AUDIO_TOOLBOX_VERSION": (
            "AUDIO_TOOLBOX_VERSION",
            "Version stamp of the AudioToolbox headers.",
        ),
        "AUDIO_UNIT_VERSION": ("AUDIO_UNIT_VERSION", "Version stamp of the AudioUnit headers."),
        "kAUParameterListener_AnyParameter": (
            "AU_PARAMETER_LISTENER_ANY_PARAMETER",
            "Parameter ID that makes an ``AUParameterListener`` hear every parameter.",
        ),
        "kAudioUnitCarbonViewComponentType": (
            "AUDIO_UNIT_CARBON_VIEW_COMPONENT_TYPE",
            "Component type ``'auvw'`` of legacy Carbon AudioUnit views.",
        ),
        "kAUCarbonViewSubType_Generic": (
            "AU_CARBON_VIEW_SUBTYPE_GENERIC",
            "Component subtype ``'gnrc'`` of the generic Carbon AudioUnit view.",
        ),
        "kAudioComponentConfigurationInfo_ValidationResult": (
            "AUDIO_COMPONENT_CONFIGURATION_INFO_VALIDATION_RESULT",
            "Key of the validation result in ``AudioComponentCopyConfigurationInfo``.",
        ),
    },
)

# --------------------------------------------------------------------------- musicplayer
MUSICPLAYER = Module(
    name="musicplayer",
    summary="MusicPlayer, MusicSequence and MusicDevice constants (AudioToolbox).",
    headers=("AudioToolbox/MusicPlayer.h", "AudioToolbox/MusicDevice.h"),
    classes=[
        _e(
            "MusicPlayerErrorCode",
            r"kAudioToolboxErr(or)?_\w+",
            ("kAudioToolboxErr_", "kAudioToolboxError_"),
            "Result codes of MusicPlayer, MusicSequence and MusicTrack (``kAudioToolboxErr_*``).",
        ),
        _e(
            "MusicEventType",
            r"kMusicEventType_\w+",
            "kMusicEventType_",
            "Kinds of events in a ``MusicTrack`` (``MusicEventType``).",
        ),
        _e(
            "MusicSequenceFileFlag",
            r"kMusicSequenceFileFlags_\w+",
            "kMusicSequenceFileFlags_",
            "Options of ``MusicSequenceFileCreate`` (``MusicSequenceFileFlags``).",
            base="AppleIntFlag",
        ),
        _e(
            "MusicSequenceFileType",
            r"kMusicSequenceFile_\w+Type",
            "kMusicSequenceFile_",
            "File types of ``MusicSequenceFileLoad`` (``MusicSequenceFileTypeID``).",
            base="FourCCEnum",
            suffix="Type",
        ),
        _e(
            "MusicSequenceLoadFlag",
            r"kMusicSequenceLoadSMF_\w+",
            "kMusicSequenceLoadSMF_",
            "Options of ``MusicSequenceFileLoad`` (``MusicSequenceLoadFlags``).",
            base="AppleIntFlag",
        ),
        _e(
            "MusicSequenceType",
            r"kMusicSequenceType_\w+",
            "kMusicSequenceType_",
            "Time base of a ``MusicSequence`` (``MusicSequenceType``).",
            base="FourCCEnum",
        ),
        _e(
            "SequenceTrackProperty",
            r"kSequenceTrackProperty_\w+",
            "kSequenceTrackProperty_",
            "Properties of a ``MusicTrack``.",
        ),
        _e(
            "MusicDeviceSelector",
            r"kMusicDevice\w+Select|kMusicDeviceRange",
            "kMusicDevice",
            "Component selectors of music devices, for plug-in authors.",
            suffix="Select",
            overrides={"kMusicDeviceRange": "RANGE"},
        ),
        _e(
            "MusicNoteEvent",
            r"kMusicNoteEvent_\w+",
            "kMusicNoteEvent_",
            "Special ``MusicDeviceGroupID`` / instrument values of ``MusicDeviceStartNote``.",
            prefer=("kMusicNoteEvent_UseGroupInstrument",),
        ),
    ],
    extra_plain=[
        (
            "MUSIC_TIME_STAMP_END_OF_TRACK",
            "kMusicTimeStamp_EndOfTrack",
            "1.7976931348623157e308",
            "Time stamp (in beats) meaning the end of a track: the largest double.",
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
    ],
    plain={
        "kMIDIInvalidUniqueID": ("MIDI_INVALID_UNIQUE_ID", "The ``MIDIUniqueID`` no object has."),
        "kMIDIThruConnection_MaxEndpoints": (
            "MIDI_THRU_CONNECTION_MAX_ENDPOINTS",
            "Most sources or destinations of one thru connection.",
        ),
    },
)

# --------------------------------------------------------------------------- auparams
# family prefix -> (class name, what the parameters belong to)
_PARAM_FAMILIES = {
    "kAUGroupParameterID_": (
        "AUGroupParameterID",
        "MIDI-style group (part) parameters of music devices",
    ),
    "k3DMixerParam_": ("Mixer3DParam", "the 3D mixer (``AudioUnitSubType.MIXER_3D``)"),
    "kSpatialMixerParam_": (
        "SpatialMixerParam",
        "the spatial mixer (``AudioUnitSubType.SPATIAL_MIXER``)",
    ),
    "kStereoMixerParam_": (
        "StereoMixerParam",
        "the stereo mixer (``AudioUnitSubType.STEREO_MIXER``)",
    ),
    "kMultiChannelMixerParam_": (
        "MultiChannelMixerParam",
        "the multichannel mixer (``AudioUnitSubType.MULTI_CHANNEL_MIXER``)",
    ),
    "kMatrixMixerParam_": (
        "MatrixMixerParam",
        "the matrix mixer (``AudioUnitSubType.MATRIX_MIXER``)",
    ),
    "kHALOutputParam_": (
        "HALOutputParam",
        "the AUHAL output unit (``AudioUnitSubType.HAL_OUTPUT``)",
    ),
    "kTimePitchParam_": ("TimePitchParam", "the time-pitch unit (``AudioUnitSubType.TIME_PITCH``)"),
    "kNewTimePitchParam_": (
        "NewTimePitchParam",
        "the new time-pitch unit (``AudioUnitSubType.NEW_TIME_PITCH``)",
    ),
    "kVarispeedParam_": ("VarispeedParam", "the varispeed unit (``AudioUnitSubType.VARISPEED``)"),
    "kDelayParam_": ("DelayParam", "the delay unit (``AudioUnitSubType.DELAY``)"),
    "kSampleDelayParam_": (
        "SampleDelayParam",
        "the sample-delay unit (``AudioUnitSubType.SAMPLE_DELAY``)",
    ),
    "kDistortionParam_": (
        "DistortionParam",
        "the distortion unit (``AudioUnitSubType.DISTORTION``)",
    ),
    "kReverbParam_": ("ReverbParam", "the matrix reverb (``AudioUnitSubType.MATRIX_REVERB``)"),
    "kReverb2Param_": ("Reverb2Param", "the reverb 2 unit (``AudioUnitSubType.REVERB2``)"),
    "kDynamicsProcessorParam_": (
        "DynamicsProcessorParam",
        "the dynamics processor (``AudioUnitSubType.DYNAMICS_PROCESSOR``)",
    ),
    "kMultibandCompressorParam_": (
        "MultibandCompressorParam",
        "the multiband compressor (``AudioUnitSubType.MULTI_BAND_COMPRESSOR``)",
    ),
    "kLimiterParam_": ("LimiterParam", "the peak limiter (``AudioUnitSubType.PEAK_LIMITER``)"),
    "kMultibandFilter_": (
        "MultibandFilterParam",
        "the AUFilter unit (``AudioUnitSubType.AU_FILTER``)",
    ),
    "kGraphicEQParam_": ("GraphicEQParam", "the graphic EQ (``AudioUnitSubType.GRAPHIC_EQ``)"),
    "kParametricEQParam_": (
        "ParametricEQParam",
        "the parametric EQ (``AudioUnitSubType.PARAMETRIC_EQ``)",
    ),
    "kAUNBandEQParam_": ("AUNBandEQParam", "the N-band EQ (``AudioUnitSubType.N_BAND_EQ``)"),
    "kAUNBandEQFilterType_": (
        "AUNBandEQFilterType",
        "the filter types of the N-band EQ (values of ``AUNBandEQParam.FILTER_TYPE``)",
    ),
    "kLowPassParam_": (
        "LowPassParam",
        "the low-pass filter (``AudioUnitSubType.LOW_PASS_FILTER``)",
    ),
    "kHipassParam_": (
        "HipassParam",
        "the high-pass filter (``AudioUnitSubType.HIGH_PASS_FILTER``)",
    ),
    "kBandpassParam_": (
        "BandpassParam",
        "the band-pass filter (``AudioUnitSubType.BAND_PASS_FILTER``)",
    ),
    "kHighShelfParam_": (
        "HighShelfParam",
        "the high-shelf filter (``AudioUnitSubType.HIGH_SHELF_FILTER``)",
    ),
    "kAULowShelfParam_": (
        "AULowShelfParam",
        "the low-shelf filter (``AudioUnitSubType.LOW_SHELF_FILTER``)",
    ),
    "kPannerParam_": ("PannerParam", "Apple's panner units (``AudioUnitType.PANNER``)"),
    "kRogerBeepParam_": ("RogerBeepParam", "the roger-beep unit (``AudioUnitSubType.ROGER_BEEP``)"),
    "kRoundTripAACParam_": (
        "RoundTripAACParam",
        "the round-trip AAC unit (``AudioUnitSubType.ROUND_TRIP_AAC``)",
    ),
    "kRandomParam_": ("RandomParam", "the random-parameter generator of the graph"),
    "kAUNetReceiveParam_": ("AUNetReceiveParam", "the AUNetReceive unit"),
    "kAUNetSendParam_": ("AUNetSendParam", "the AUNetSend unit"),
    "kAUNetStatus_": (
        "AUNetStatus",
        "the connection states of AUNetSend / AUNetReceive (their ``STATUS``)",
    ),
    "kMusicDeviceParam_": ("MusicDeviceParam", "Apple's music devices (DLS synth ...)"),
    "kAUSamplerParam_": ("AUSamplerParam", "the sampler (``AudioUnitSubType.SAMPLER``)"),
    "kAUSoundIsolationParam_": (
        "AUSoundIsolationParam",
        "the sound-isolation unit (``AudioUnitSubType.AU_SOUND_ISOLATION``)",
    ),
    "kAUSoundIsolationSoundType_": (
        "AUSoundIsolationSoundType",
        "sound types of the sound-isolation unit (values of ``SOUND_TO_ISOLATE``)",
    ),
}

AUPARAMS = Module(
    name="auparams",
    summary="Parameter IDs of Apple's built-in AudioUnits (AudioToolbox/AudioUnitParameters.h).",
    headers=("AudioToolbox/AudioUnitParameters.h",),
    classes=[
        _e(
            name,
            rf"{prefix}\w+",
            prefix,
            "Parameters of " + what + "."
            if not name.endswith(("Type", "Status"))
            else "Values for " + what + ".",
            overrides={
                "kAUNBandEQFilterType_2ndOrderButterworthHighPass": "SECOND_ORDER_BUTTERWORTH_HIGH_PASS",
                "kAUNBandEQFilterType_2ndOrderButterworthLowPass": "SECOND_ORDER_BUTTERWORTH_LOW_PASS",
            },
            prefer=(
                "kDynamicsProcessorParam_OverallGain",
                "kNewTimePitchParam_EnableSpectralCoherence",
                "kNewTimePitchParam_Smoothness",
                "kRoundTripAACParam_EncodingStrategy",
                "kRoundTripAACParam_RateOrQuality",
            ),
        )
        for prefix, (name, what) in _PARAM_FAMILIES.items()
    ],
    plain={
        "kNumAUNBandEQFilterTypes": (
            "NUM_AU_NBAND_EQ_FILTER_TYPES",
            "Number of ``AUNBandEQFilterType`` values.",
        ),
    },
)

# --------------------------------------------------------------------------- codec
CODEC = Module(
    name="codec",
    summary="AudioCodec constants (AudioToolbox/AudioCodec.h): codec properties, settings, results.",
    headers=("AudioToolbox/AudioCodec.h",),
    classes=[
        _e(
            "AudioCodecProperty",
            r"kAudioCodecProperty\w+|kAudioCodec(ExtendFrequencies|OutputPrecedence|UseRecommendedSampleRate)",
            ("kAudioCodecProperty", "kAudioCodec"),
            "Properties of an audio codec component (``AudioCodecPropertyID``).",
            base="FourCCEnum",
            prefer=(
                "kAudioCodecPropertyAvailableInputChannelLayoutTags",
                "kAudioCodecPropertyAvailableOutputChannelLayoutTags",
                "kAudioCodecPropertyInputChannelLayout",
                "kAudioCodecPropertyOutputChannelLayout",
                "kAudioCodecPropertyZeroFramesPadded",
            ),
            aliases={
                "kAudioCodecDoesSampleRateConversion": "kAudioCodecPropertyDoesSampleRateConversion",
                "kAudioCodecInputFormatsForOutputFormat": "kAudioCodecPropertyInputFormatsForOutputFormat",
                "kAudioCodecOutputFormatsForInputFormat": "kAudioCodecPropertyOutputFormatsForInputFormat",
                "kAudioCodecBitRateFormat": "kAudioCodecPropertyBitRateControlMode",
            },
        ),
        _e(
            "AudioCodecErrorCode",
            r"kAudioCodec\w+Error|kAudioCodecNoError",
            "kAudioCodec",
            "Result codes of audio codecs.",
            base="FourCCEnum",
            suffix="Error",
            overrides={"kAudioCodecNoError": "NO_ERROR"},
        ),
        _e(
            "AudioCodecSelector",
            r"kAudioCodec\w+Select",
            "kAudioCodec",
            "Component selectors of the codec API, for codec authors.",
            suffix="Select",
        ),
        _e(
            "AudioCodecComponentType",
            r"kAudio\w+ComponentType",
            "kAudio",
            "Component types of codecs (decoder, encoder, unity codec).",
            base="FourCCEnum",
            suffix="ComponentType",
        ),
        _e(
            "AudioCodecBitRateControlMode",
            r"kAudioCodecBitRateControlMode_\w+",
            "kAudioCodecBitRateControlMode_",
            "Values of ``kAudioCodecPropertyBitRateControlMode``.",
        ),
        _e(
            "AudioCodecBitRateFormat",
            r"kAudioCodecBitRateFormat_\w+",
            "kAudioCodecBitRateFormat_",
            "Older names of the bit-rate control modes (CBR, ABR, VBR).",
        ),
        _e(
            "AudioCodecDelayMode",
            r"kAudioCodecDelayMode_\w+",
            "kAudioCodecDelayMode_",
            "Values of ``kAudioCodecPropertyDelayMode``.",
        ),
        _e(
            "AudioCodecOutputPrecedence",
            r"kAudioCodecOutputPrecedence(None|BitRate|SampleRate)",
            "kAudioCodecOutputPrecedence",
            "Values of ``kAudioCodecPropertyOutputPrecedence``.",
        ),
        _e(
            "AudioCodecPrimeMethod",
            r"kAudioCodecPrimeMethod_\w+",
            "kAudioCodecPrimeMethod_",
            "Values of ``kAudioCodecPropertyPrimeMethod``.",
        ),
        _e(
            "AudioCodecProduceOutputPacketStatus",
            r"kAudioCodecProduceOutputPacket\w+",
            "kAudioCodecProduceOutputPacket",
            "Status returned by ``AudioCodecProduceOutputPackets``.",
        ),
        _e(
            "AudioCodecQuality",
            r"kAudioCodecQuality_\w+",
            "kAudioCodecQuality_",
            "Values of ``kAudioCodecPropertyQualitySetting``.",
        ),
        _e(
            "AudioSettingsFlag",
            r"kAudioSettingsFlags_\w+",
            "kAudioSettingsFlags_",
            "Flags of a codec setting (``AudioSettingsFlags``).",
            base="AppleIntFlag",
        ),
        _e(
            "AudioSettingsHint",
            r"kHint\w+",
            "kHint",
            "How prominently a codec setting is shown (``kAudioSettings_Hint`` values).",
        ),
        _e(
            "DynamicRangeCompressionProfile",
            r"kDynamicRangeCompressionProfile_\w+",
            "kDynamicRangeCompressionProfile_",
            "Values of ``kAudioCodecPropertyAdjustCompressionProfile``.",
        ),
        _e(
            "DynamicRangeControlMode",
            r"kDynamicRangeControlMode_\w+",
            "kDynamicRangeControlMode_",
            "Values of ``kAudioCodecPropertyDynamicRangeControlMode``.",
        ),
        _e(
            "ProgramTargetLevel",
            r"kProgramTargetLevel_\w+",
            "kProgramTargetLevel_",
            "Values of ``kAudioCodecPropertyProgramTargetLevelConstant`` (loudness targets).",
            split_digits=True,
        ),
        Cls(
            "AudioSettingsKey",
            "AppleStrEnum",
            "Keys of a codec's settings dictionary (``kAudioCodecPropertySettings``).",
            r"kAudioSettings_\w+",
            "kAudioSettings_",
            strings=True,
            prefer=("kAudioSettings_TopLevelKey",),
        ),
    ],
)

# --------------------------------------------------------------------------- caf
CAF = Module(
    name="caf",
    summary="CAF (Core Audio Format) file constants: chunk IDs, marker types, flags (CAFFile.h).",
    headers=("AudioToolbox/CAFFile.h",),
    classes=[
        _e(
            "CAFChunkID",
            r"kCAF_\w+ID",
            "kCAF_",
            "Chunk types of a CAF file.",
            base="FourCCEnum",
            suffix="ChunkID",
            overrides={"kCAF_FormatListID": "FORMAT_LIST", "kCAF_MagicCookieID": "MAGIC_COOKIE"},
        ),
        _e(
            "CAFMarkerType",
            r"kCAFMarkerType_\w+",
            "kCAFMarkerType_",
            "Kinds of ``CAFMarker`` in a marker chunk.",
            base="FourCCEnum",
        ),
        _e(
            "CAFSMPTETimeType",
            r"kCAF_SMPTE_TimeType\w+",
            "kCAF_SMPTE_TimeType",
            "SMPTE time types of CAF markers (not the same numbers as ``SMPTETimeType``).",
            digit_prefix="FPS_",
        ),
        _e(
            "CAFFormatFlag",
            r"kCAFLinearPCMFormatFlag\w+",
            "kCAFLinearPCMFormatFlag",
            "Linear PCM flags of a CAF audio description (``CAFFormatFlags``).",
            base="AppleIntFlag",
        ),
        _e(
            "CAFRegionFlag",
            r"kCAFRegionFlag_\w+",
            "kCAFRegionFlag_",
            "Playback flags of a CAF region (``CAFRegionFlags``).",
            base="AppleIntFlag",
        ),
    ],
    plain={
        "kCAF_FileType": ("CAF_FILE_TYPE", "The ``'caff'`` code at the start of every CAF file."),
        "kCAF_FileVersion_Initial": (
            "CAF_FILE_VERSION_INITIAL",
            "The CAF file version written by Apple.",
        ),
        "kCAFMarkerChunkHdrSize": (
            "CAF_MARKER_CHUNK_HEADER_SIZE",
            "Bytes before the markers of a marker chunk.",
        ),
        "kCAFRegionChunkHdrSize": (
            "CAF_REGION_CHUNK_HEADER_SIZE",
            "Bytes before the regions of a region chunk.",
        ),
    },
)

# --------------------------------------------------------------------------- clock
CLOCK = Module(
    name="clock",
    summary="CoreAudioClock constants (AudioToolbox/CoreAudioClock.h).",
    headers=("AudioToolbox/CoreAudioClock.h",),
    classes=[
        _e(
            "CAClockProperty",
            r"kCAClockProperty_\w+",
            "kCAClockProperty_",
            "Properties of a ``CAClockRef`` (``CAClockPropertyID``).",
            base="FourCCEnum",
        ),
        _e(
            "CAClockMessage",
            r"kCAClockMessage_\w+",
            "kCAClockMessage_",
            "Notifications of a clock listener (``CAClockMessage``).",
            base="FourCCEnum",
        ),
        _e(
            "CAClockSyncMode",
            r"kCAClockSyncMode_\w+",
            "kCAClockSyncMode_",
            "Synchronisation modes of a clock (``CAClockSyncMode``).",
            base="FourCCEnum",
        ),
        _e(
            "CAClockTimeFormat",
            r"kCAClockTimeFormat_\w+",
            "kCAClockTimeFormat_",
            "Time formats a clock converts between (``CAClockTimeFormat``).",
            base="FourCCEnum",
        ),
        _e(
            "CAClockTimebase",
            r"kCAClockTimebase_\w+",
            "kCAClockTimebase_",
            "Time bases a clock can follow (``CAClockTimebase``).",
            base="FourCCEnum",
        ),
        _e(
            "CAClockErrorCode",
            r"kCAClock_\w+Error",
            "kCAClock_",
            "Result codes of the CoreAudioClock services.",
            suffix="Error",
        ),
    ],
)

# --------------------------------------------------------------------------- session
SESSION = Module(
    name="session",
    summary="The deprecated C audio-session API of iOS (AudioToolbox/AudioSession.h).",
    headers=("AudioToolbox/AudioSession.h",),
    classes=[
        _e(
            "AudioSessionProperty",
            r"kAudioSessionProperty_\w+",
            "kAudioSessionProperty_",
            "Properties of the (iOS) audio session.",
            base="FourCCEnum",
        ),
        _e(
            "AudioSessionCategory",
            r"kAudioSessionCategory_\w+",
            "kAudioSessionCategory_",
            "Audio-session categories.",
            base="FourCCEnum",
        ),
        _e(
            "AudioSessionMode",
            r"kAudioSessionMode_\w+",
            "kAudioSessionMode_",
            "Audio-session modes.",
            base="FourCCEnum",
        ),
        _e(
            "AudioSessionErrorCode",
            r"kAudioSession\w+Error|kAudioSessionNoError|kAudioServicesNoHardwareError"
            r"|kAudioSession(AlreadyInitialized|IncompatibleCategory|NoCategorySet|NotInitialized)",
            "kAudioSession",
            "Result codes of the audio-session API.",
            base="FourCCEnum",
            suffix="Error",
            overrides={
                "kAudioSessionNoError": "NO_ERROR",
                "kAudioServicesNoHardwareError": "NO_HARDWARE",
            },
        ),
        _e(
            "AudioSessionInterruptionState",
            r"kAudioSession(Begin|End)Interruption",
            "kAudioSession",
            "States passed to the interruption listener.",
            suffix="Interruption",
        ),
        _e(
            "AudioSessionInterruptionType",
            r"kAudioSessionInterruptionType_\w+",
            "kAudioSessionInterruptionType_",
            "Whether playback should resume after an interruption.",
            base="FourCCEnum",
        ),
        _e(
            "AudioSessionOverrideAudioRoute",
            r"kAudioSessionOverrideAudioRoute_\w+",
            "kAudioSessionOverrideAudioRoute_",
            "Values of ``kAudioSessionProperty_OverrideAudioRoute``.",
            base="FourCCEnum",
        ),
        _e(
            "AudioSessionRouteChangeReason",
            r"kAudioSessionRouteChangeReason_\w+",
            "kAudioSessionRouteChangeReason_",
            "Reasons of an audio route change.",
        ),
        _e(
            "AudioSessionSetActiveFlag",
            r"kAudioSessionSetActiveFlag_\w+",
            "kAudioSessionSetActiveFlag_",
            "Options of ``AudioSessionSetActiveWithFlags``.",
            base="AppleIntFlag",
        ),
        Cls(
            "AudioSessionRouteChangeKey",
            "AppleStrEnum",
            "Keys of the route-change dictionary.",
            r"kAudioSession_AudioRouteChangeKey_\w+",
            "kAudioSession_AudioRouteChangeKey_",
            strings=True,
        ),
    ],
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


def _split(
    mod: Module, name: str, summary: str, names: set[str], plain: tuple[str, ...] = ()
) -> Module:
    moved = [c for c in mod.classes if c.name in names]
    if len(moved) != len(names):
        raise SystemExit(f"{name}: unknown classes {names - {c.name for c in moved}}")
    mod.classes = [c for c in mod.classes if c.name not in names]
    return Module(
        name=name,
        summary=summary,
        headers=mod.headers,
        classes=moved,
        plain={k: mod.plain.pop(k) for k in plain},
    )


HWOBJECTS = _split(
    HARDWARE,
    "hwobjects",
    "CoreAudio HAL: plug-ins, boxes, clock and end-point devices, controls, aggregates, taps.",
    {
        "AudioPlugInProperty",
        "AudioTransportManagerProperty",
        "AudioBoxProperty",
        "AudioClockDeviceProperty",
        "AudioEndPointDeviceProperty",
        "AudioControlProperty",
        "AudioSliderControlProperty",
        "AudioLevelControlProperty",
        "AudioBooleanControlProperty",
        "AudioSelectorControlProperty",
        "AudioStereoPanControlProperty",
        "AudioSelectorControlItemKind",
        "AudioLevelControlTransferFunction",
        "AudioAggregateDeviceProperty",
        "AudioDriftCompensationQuality",
        "AudioSubDeviceProperty",
        "AudioSubTapProperty",
        "AudioTapProperty",
        "AudioProcessProperty",
        "AudioDeviceClockAlgorithm",
        "AudioServerPlugInIOOperation",
        "AudioServerPlugInCustomPropertyDataType",
        "AudioAggregateDeviceKey",
        "AudioSubDeviceKey",
        "AudioSubTapKey",
        "AudioEndPointDeviceKey",
        "AudioEndPointKey",
    },
)
HARDWARE.summary = "CoreAudio HAL: audio objects, the system object, devices, streams, errors."

AUUNITS = _split(
    AUPROPERTIES,
    "auunits",
    "Properties and enums of Apple's built-in AudioUnits (mixers, sampler, reverb, I/O ...).",
    {
        "AUVoiceIOProperty",
        "AUNBandEQProperty",
        "AUNetReceiveProperty",
        "AUNetSendProperty",
        "AUNetSendPresetFormat",
        "AUSamplerProperty",
        "AUSamplerDefault",
        "AUMIDISynthProperty",
        "SpeakerConfiguration",
        "InstrumentType",
        "AUVoiceIOOtherAudioDuckingLevel",
        "AUVoiceIOSpeechActivityEvent",
        "AUVoiceIOErrorCode",
        "ScheduledAudioSliceFlag",
        "ReverbRoomType",
        "Mixer3DAttenuationCurve",
        "Mixer3DRenderingFlag",
        "SpatialMixerAttenuationCurve",
        "SpatialMixerOutputType",
        "SpatialMixerPersonalizedHRTFMode",
        "SpatialMixerPointSourceInHeadMode",
        "SpatialMixerRenderingFlag",
        "SpatialMixerSourceMode",
        "SpatializationAlgorithm",
    },
    plain=("kAUNetSendNumPresetFormats",),
)

AUPROPERTIES.handwritten_imports = "import enum"
AUPROPERTIES.handwritten_names = ("AudioUnitElement",)
AUPROPERTIES.handwritten = '''class AudioUnitElement(enum.IntEnum):
    """Bus (element) numbers of Apple's I/O units (AUHAL, VoiceProcessingIO).

    Not Apple constants: by convention element 0 of an I/O unit is the output
    (to the device) and element 1 the input (from the device), so
    ``kAudioOutputUnitProperty_EnableIO`` on ``(INPUT_SCOPE, AudioUnitElement.INPUT)``
    turns the microphone on.

    Example
    -------
    >>> from coremusic.constants import AudioUnitElement
    >>> int(AudioUnitElement.INPUT)
    1
    """

    OUTPUT = 0
    INPUT = 1
'''

AUEFFECTS = _split(
    AUPARAMS,
    "aueffects",
    "Parameter IDs of Apple's effect units: delay, reverb, dynamics, filters, EQ ...",
    {
        "DelayParam",
        "SampleDelayParam",
        "DistortionParam",
        "ReverbParam",
        "Reverb2Param",
        "DynamicsProcessorParam",
        "MultibandCompressorParam",
        "LimiterParam",
        "MultibandFilterParam",
        "GraphicEQParam",
        "ParametricEQParam",
        "AUNBandEQParam",
        "AUNBandEQFilterType",
        "LowPassParam",
        "HipassParam",
        "BandpassParam",
        "HighShelfParam",
        "AULowShelfParam",
        "RogerBeepParam",
        "RoundTripAACParam",
        "AUSoundIsolationParam",
        "AUSoundIsolationSoundType",
    },
    plain=("kNumAUNBandEQFilterTypes",),
)
AUPARAMS.summary = "Parameter IDs of Apple's mixers, I/O, time-pitch, sampler and network units."

MODULES = [
    CORETYPES,
    CHANNELS,
    AUDIOFORMAT,
    AUDIOFILE,
    HARDWARE,
    HWOBJECTS,
    AUDIOUNIT,
    AUPROPERTIES,
    AUUNITS,
    AUPARAMS,
    AUEFFECTS,
    CONVERTER,
    QUEUE,
    TOOLBOX,
    MUSICPLAYER,
    COREMIDI,
    CODEC,
    CAF,
    CLOCK,
    SESSION,
    CF,
    CFENCODINGS,
]
