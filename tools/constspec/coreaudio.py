"""Specifications: CoreAudioTypes and the CoreAudio HAL."""

from __future__ import annotations

from constgen import Cls, Module

from ._common import _prop, _split

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


# --------------------------------------------------------------------------- hardware
HW = (
    "CoreAudio/AudioHardwareBase.h",
    "CoreAudio/AudioHardware.h",
    "CoreAudio/AudioHardwareDeprecated.h",
    "CoreAudio/AudioServerPlugIn.h",
)


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
