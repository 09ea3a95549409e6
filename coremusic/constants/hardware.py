"""CoreAudio HAL: audio objects, the system object, devices, streams, errors.

Values are Apple's, checked against the SDK facts by the test suite.
"""

from __future__ import annotations

from typing import Final

from coremusic.constants._base import AppleIntEnum, AppleIntFlag, FourCCEnum, _alias, _constant

__all__ = [
    "AUDIO_HARDWARE_RUN_LOOP_MODE",
    "AUDIO_PROPERTY_WILDCARD_SECTION",
    "AUDIO_SERVER_PLUG_IN_HOST_CLIENT_ID",
    "AudioClassID",
    "AudioDeviceProperty",
    "AudioDeviceStartTimeFlag",
    "AudioHardwareErrorCode",
    "AudioHardwarePowerHint",
    "AudioHardwareProperty",
    "AudioObjectID",
    "AudioObjectProperty",
    "AudioObjectPropertyElement",
    "AudioObjectPropertyScope",
    "AudioStreamProperty",
    "AudioStreamTerminalType",
    "AudioTransportType",
]

#: Client ID the HAL uses for itself in server plug-in calls.
AUDIO_SERVER_PLUG_IN_HOST_CLIENT_ID: Final = _constant("kAudioServerPlugInHostClientID", 0)
#: Deprecated wildcard for the old ``isInput`` section argument.
AUDIO_PROPERTY_WILDCARD_SECTION: Final = _constant("kAudioPropertyWildcardSection", 255)
#: Run-loop mode the HAL uses for notifications (deprecated).
AUDIO_HARDWARE_RUN_LOOP_MODE: Final = _constant(
    "kAudioHardwareRunLoopMode", "com.apple.audio.CoreAudio"
)


class AudioObjectID(AppleIntEnum):
    """Well-known ``AudioObjectID`` values.

    Apple's ``kAudioObject*`` constants (CoreAudio/AudioHardware.h,
    CoreAudio/AudioHardwareBase.h, CoreAudio/AudioServerPlugIn.h).

    In a server plug-in, object 1 is the plug-in itself (``PLUG_IN_OBJECT``).

    Aliases (one member, several names): ``PLUG_IN_OBJECT`` = ``SYSTEM_OBJECT``.

    Other Apple spellings bound to members (see ``apple_names``): ``kAudioDeviceUnknown``,
    ``kAudioStreamUnknown``.

    Example
    -------
    >>> from coremusic.constants import AudioObjectID, apple_name
    >>> AudioObjectID.UNKNOWN
    <AudioObjectID.UNKNOWN: 0>
    >>> apple_name(AudioObjectID.UNKNOWN)
    'kAudioObjectUnknown'
    """

    UNKNOWN = 0, "kAudioObjectUnknown"
    SYSTEM_OBJECT = 1, "kAudioObjectSystemObject"
    PLUG_IN_OBJECT = 1, "kAudioObjectPlugInObject"  # alias of SYSTEM_OBJECT


_alias(AudioObjectID.UNKNOWN, "kAudioDeviceUnknown")
_alias(AudioObjectID.UNKNOWN, "kAudioStreamUnknown")


class AudioClassID(FourCCEnum):
    """Classes of HAL audio objects (``AudioClassID``), from ``kAudioObjectPropertyClass``.

    Apple's ``kAudio*`` constants (CoreAudio/AudioHardware.h, CoreAudio/AudioHardwareBase.h,
    CoreAudio/AudioHardwareDeprecated.h).

    Example
    -------
    >>> from coremusic.constants import AudioClassID, apple_name
    >>> AudioClassID.AGGREGATE_DEVICE
    <AudioClassID.AGGREGATE_DEVICE: 'aagg'>
    >>> apple_name(AudioClassID.AGGREGATE_DEVICE)
    'kAudioAggregateDeviceClassID'
    """

    AGGREGATE_DEVICE = 0x61616767, "kAudioAggregateDeviceClassID"  # 'aagg'
    BOOLEAN_CONTROL = 0x746F676C, "kAudioBooleanControlClassID"  # 'togl'
    BOOT_CHIME_VOLUME_CONTROL = (
        0x7072616D,
        "kAudioBootChimeVolumeControlClassID",
    )  # 'pram', deprecated
    BOX = 0x61626F78, "kAudioBoxClassID"  # 'abox'
    CLIP_LIGHT_CONTROL = 0x636C6970, "kAudioClipLightControlClassID"  # 'clip'
    CLOCK_DEVICE = 0x61636C6B, "kAudioClockDeviceClassID"  # 'aclk'
    CLOCK_SOURCE_CONTROL = 0x636C636B, "kAudioClockSourceControlClassID"  # 'clck'
    CONTROL = 0x6163746C, "kAudioControlClassID"  # 'actl'
    DATA_DESTINATION_CONTROL = 0x64657374, "kAudioDataDestinationControlClassID"  # 'dest'
    DATA_SOURCE_CONTROL = 0x64737263, "kAudioDataSourceControlClassID"  # 'dsrc'
    DEVICE = 0x61646576, "kAudioDeviceClassID"  # 'adev'
    END_POINT = 0x656E6470, "kAudioEndPointClassID"  # 'endp'
    END_POINT_DEVICE = 0x65646576, "kAudioEndPointDeviceClassID"  # 'edev'
    HIGH_PASS_FILTER_CONTROL = 0x68697066, "kAudioHighPassFilterControlClassID"  # 'hipf'
    ISUB_OWNER_CONTROL = 0x61746368, "kAudioISubOwnerControlClassID"  # 'atch', deprecated
    JACK_CONTROL = 0x6A61636B, "kAudioJackControlClassID"  # 'jack'
    LEVEL_CONTROL = 0x6C65766C, "kAudioLevelControlClassID"  # 'levl'
    LFE_MUTE_CONTROL = 0x7375626D, "kAudioLFEMuteControlClassID"  # 'subm'
    LFE_VOLUME_CONTROL = 0x73756276, "kAudioLFEVolumeControlClassID"  # 'subv'
    LINE_LEVEL_CONTROL = 0x6E6C766C, "kAudioLineLevelControlClassID"  # 'nlvl'
    LISTENBACK_CONTROL = 0x6C736E62, "kAudioListenbackControlClassID"  # 'lsnb'
    MUTE_CONTROL = 0x6D757465, "kAudioMuteControlClassID"  # 'mute'
    OBJECT = 0x616F626A, "kAudioObjectClassID"  # 'aobj'
    PHANTOM_POWER_CONTROL = 0x7068616E, "kAudioPhantomPowerControlClassID"  # 'phan'
    PHASE_INVERT_CONTROL = 0x70687369, "kAudioPhaseInvertControlClassID"  # 'phsi'
    PLUG_IN = 0x61706C67, "kAudioPlugInClassID"  # 'aplg'
    PROCESS = 0x636C6E74, "kAudioProcessClassID"  # 'clnt'
    SELECTOR_CONTROL = 0x736C6374, "kAudioSelectorControlClassID"  # 'slct'
    SLIDER_CONTROL = 0x736C6472, "kAudioSliderControlClassID"  # 'sldr'
    SOLO_CONTROL = 0x736F6C6F, "kAudioSoloControlClassID"  # 'solo'
    STEREO_PAN_CONTROL = 0x7370616E, "kAudioStereoPanControlClassID"  # 'span'
    STREAM = 0x61737472, "kAudioStreamClassID"  # 'astr'
    SUB_DEVICE = 0x61737562, "kAudioSubDeviceClassID"  # 'asub'
    SUB_TAP = 0x73746170, "kAudioSubTapClassID"  # 'stap'
    SYSTEM_OBJECT = 0x61737973, "kAudioSystemObjectClassID"  # 'asys'
    TALKBACK_CONTROL = 0x74616C62, "kAudioTalkbackControlClassID"  # 'talb'
    TAP = 0x74636C73, "kAudioTapClassID"  # 'tcls'
    TRANSPORT_MANAGER = 0x7472706D, "kAudioTransportManagerClassID"  # 'trpm'
    VOLUME_CONTROL = 0x766C6D65, "kAudioVolumeControlClassID"  # 'vlme'
    WILDCARD = 0x2A2A2A2A, "kAudioObjectClassIDWildcard"  # '****'


class AudioObjectProperty(FourCCEnum):
    """Property selectors every ``AudioObject`` has (``AudioObjectPropertySelector``).

    Apple's ``kAudioObjectProperty*`` constants (CoreAudio/AudioHardware.h,
    CoreAudio/AudioHardwareBase.h, CoreAudio/AudioServerPlugIn.h).

    Other Apple spellings bound to members (see ``apple_names``):
    ``kAudioPropertyWildcardPropertyID``.

    Example
    -------
    >>> from coremusic.constants import AudioObjectProperty, apple_name
    >>> AudioObjectProperty.BASE_CLASS
    <AudioObjectProperty.BASE_CLASS: 'bcls'>
    >>> apple_name(AudioObjectProperty.BASE_CLASS)
    'kAudioObjectPropertyBaseClass'
    """

    BASE_CLASS = 0x62636C73, "kAudioObjectPropertyBaseClass"  # 'bcls'
    CLASS = 0x636C6173, "kAudioObjectPropertyClass"  # 'clas'
    CONTROL_LIST = 0x6374726C, "kAudioObjectPropertyControlList"  # 'ctrl'
    CREATOR = 0x6F706C67, "kAudioObjectPropertyCreator"  # 'oplg'
    CUSTOM_PROPERTY_INFO_LIST = 0x63757374, "kAudioObjectPropertyCustomPropertyInfoList"  # 'cust'
    ELEMENT_CATEGORY_NAME = 0x6C63636E, "kAudioObjectPropertyElementCategoryName"  # 'lccn'
    ELEMENT_NAME = 0x6C63686E, "kAudioObjectPropertyElementName"  # 'lchn'
    ELEMENT_NUMBER_NAME = 0x6C636E6E, "kAudioObjectPropertyElementNumberName"  # 'lcnn'
    FIRMWARE_VERSION = 0x6677766E, "kAudioObjectPropertyFirmwareVersion"  # 'fwvn'
    IDENTIFY = 0x6964656E, "kAudioObjectPropertyIdentify"  # 'iden'
    LISTENER_ADDED = 0x6C697361, "kAudioObjectPropertyListenerAdded"  # 'lisa'
    LISTENER_REMOVED = 0x6C697372, "kAudioObjectPropertyListenerRemoved"  # 'lisr'
    MANUFACTURER = 0x6C6D616B, "kAudioObjectPropertyManufacturer"  # 'lmak'
    MODEL_NAME = 0x6C6D6F64, "kAudioObjectPropertyModelName"  # 'lmod'
    NAME = 0x6C6E616D, "kAudioObjectPropertyName"  # 'lnam'
    OWNED_OBJECTS = 0x6F776E64, "kAudioObjectPropertyOwnedObjects"  # 'ownd'
    OWNER = 0x73746476, "kAudioObjectPropertyOwner"  # 'stdv'
    SELECTOR_WILDCARD = 0x2A2A2A2A, "kAudioObjectPropertySelectorWildcard"  # '****'
    SERIAL_NUMBER = 0x736E756D, "kAudioObjectPropertySerialNumber"  # 'snum'


_alias(AudioObjectProperty.SELECTOR_WILDCARD, "kAudioPropertyWildcardPropertyID")


class AudioObjectPropertyScope(FourCCEnum):
    """Scopes of an ``AudioObjectPropertyAddress`` (``AudioObjectPropertyScope``).

    Apple's ``kAudioObjectPropertyScope*`` constants (CoreAudio/AudioHardwareBase.h).

    Other Apple spellings bound to members (see ``apple_names``):
    ``kAudioDevicePropertyScopeInput``, ``kAudioDevicePropertyScopeOutput``,
    ``kAudioDevicePropertyScopePlayThrough``.

    Example
    -------
    >>> from coremusic.constants import AudioObjectPropertyScope, apple_name
    >>> AudioObjectPropertyScope.GLOBAL
    <AudioObjectPropertyScope.GLOBAL: 'glob'>
    >>> apple_name(AudioObjectPropertyScope.GLOBAL)
    'kAudioObjectPropertyScopeGlobal'
    """

    GLOBAL = 0x676C6F62, "kAudioObjectPropertyScopeGlobal"  # 'glob'
    INPUT = 0x696E7074, "kAudioObjectPropertyScopeInput"  # 'inpt'
    OUTPUT = 0x6F757470, "kAudioObjectPropertyScopeOutput"  # 'outp'
    PLAY_THROUGH = 0x70747275, "kAudioObjectPropertyScopePlayThrough"  # 'ptru'
    WILDCARD = 0x2A2A2A2A, "kAudioObjectPropertyScopeWildcard"  # '****'


_alias(AudioObjectPropertyScope.INPUT, "kAudioDevicePropertyScopeInput")
_alias(AudioObjectPropertyScope.OUTPUT, "kAudioDevicePropertyScopeOutput")
_alias(AudioObjectPropertyScope.PLAY_THROUGH, "kAudioDevicePropertyScopePlayThrough")


class AudioObjectPropertyElement(AppleIntEnum):
    """Special elements of an ``AudioObjectPropertyAddress`` (``AudioObjectPropertyElement``).

    Apple's ``kAudioObjectPropertyElement*`` constants (CoreAudio/AudioHardwareBase.h).

    Elements are numbered from 1; ``MAIN`` (0) is the master element.

    Aliases (one member, several names): ``MASTER`` = ``MAIN``.

    Other Apple spellings bound to members (see ``apple_names``):
    ``kAudioPropertyWildcardChannel``.

    Example
    -------
    >>> from coremusic.constants import AudioObjectPropertyElement, apple_name
    >>> AudioObjectPropertyElement.MAIN
    <AudioObjectPropertyElement.MAIN: 0>
    >>> apple_name(AudioObjectPropertyElement.MAIN)
    'kAudioObjectPropertyElementMain'
    """

    MAIN = 0, "kAudioObjectPropertyElementMain"
    MASTER = 0, "kAudioObjectPropertyElementMaster"  # alias of MAIN
    WILDCARD = 4294967295, "kAudioObjectPropertyElementWildcard"


_alias(AudioObjectPropertyElement.WILDCARD, "kAudioPropertyWildcardChannel")


class AudioHardwareProperty(FourCCEnum):
    """Properties of the system object ``AudioObjectID.SYSTEM_OBJECT``.

    Apple's ``kAudioHardwareProperty*`` constants (CoreAudio/AudioHardware.h,
    CoreAudio/AudioHardwareDeprecated.h).

    Example
    -------
    >>> from coremusic.constants import AudioHardwareProperty, apple_name
    >>> AudioHardwareProperty.BOOT_CHIME_VOLUME_DECIBELS
    <AudioHardwareProperty.BOOT_CHIME_VOLUME_DECIBELS: 'bbvd'>
    >>> apple_name(AudioHardwareProperty.BOOT_CHIME_VOLUME_DECIBELS)
    'kAudioHardwarePropertyBootChimeVolumeDecibels'
    """

    BOOT_CHIME_VOLUME_DECIBELS = (
        0x62627664,
        "kAudioHardwarePropertyBootChimeVolumeDecibels",
    )  # 'bbvd', deprecated
    BOOT_CHIME_VOLUME_DECIBELS_TO_SCALAR = (
        0x62643276,
        "kAudioHardwarePropertyBootChimeVolumeDecibelsToScalar",
    )  # 'bd2v', deprecated
    BOOT_CHIME_VOLUME_DECIBELS_TO_SCALAR_TRANSFER_FUNCTION = (
        0x62767466,
        "kAudioHardwarePropertyBootChimeVolumeDecibelsToScalarTransferFunction",
    )  # 'bvtf', deprecated
    BOOT_CHIME_VOLUME_RANGE_DECIBELS = (
        0x62626423,
        "kAudioHardwarePropertyBootChimeVolumeRangeDecibels",
    )  # 'bbd#', deprecated
    BOOT_CHIME_VOLUME_SCALAR = (
        0x62627673,
        "kAudioHardwarePropertyBootChimeVolumeScalar",
    )  # 'bbvs', deprecated
    BOOT_CHIME_VOLUME_SCALAR_TO_DECIBELS = (
        0x62763264,
        "kAudioHardwarePropertyBootChimeVolumeScalarToDecibels",
    )  # 'bv2d', deprecated
    BOX_LIST = 0x626F7823, "kAudioHardwarePropertyBoxList"  # 'box#'
    CLOCK_DEVICE_LIST = 0x636C6B23, "kAudioHardwarePropertyClockDeviceList"  # 'clk#'
    DEFAULT_INPUT_DEVICE = 0x64496E20, "kAudioHardwarePropertyDefaultInputDevice"  # 'dIn '
    DEFAULT_OUTPUT_DEVICE = 0x644F7574, "kAudioHardwarePropertyDefaultOutputDevice"  # 'dOut'
    DEFAULT_SYSTEM_OUTPUT_DEVICE = (
        0x734F7574,
        "kAudioHardwarePropertyDefaultSystemOutputDevice",
    )  # 'sOut'
    DEVICES = 0x64657623, "kAudioHardwarePropertyDevices"  # 'dev#'
    DEVICE_FOR_UID = 0x64756964, "kAudioHardwarePropertyDeviceForUID"  # 'duid', deprecated
    HOG_MODE_IS_ALLOWED = 0x686F6772, "kAudioHardwarePropertyHogModeIsAllowed"  # 'hogr'
    IS_INITING_OR_EXITING = 0x696E6F74, "kAudioHardwarePropertyIsInitingOrExiting"  # 'inot'
    MIX_STEREO_TO_MONO = 0x73746D6F, "kAudioHardwarePropertyMixStereoToMono"  # 'stmo'
    PLUG_IN_FOR_BUNDLE_ID = (
        0x70696269,
        "kAudioHardwarePropertyPlugInForBundleID",
    )  # 'pibi', deprecated
    PLUG_IN_LIST = 0x706C6723, "kAudioHardwarePropertyPlugInList"  # 'plg#'
    POWER_HINT = 0x706F7768, "kAudioHardwarePropertyPowerHint"  # 'powh'
    PROCESS_INPUT_MUTE = 0x706D696E, "kAudioHardwarePropertyProcessInputMute"  # 'pmin'
    PROCESS_IS_AUDIBLE = 0x706D7574, "kAudioHardwarePropertyProcessIsAudible"  # 'pmut'
    PROCESS_IS_MAIN = 0x6D61696E, "kAudioHardwarePropertyProcessIsMain"  # 'main'
    PROCESS_IS_MASTER = 0x6D617374, "kAudioHardwarePropertyProcessIsMaster"  # 'mast', deprecated
    PROCESS_OBJECT_LIST = 0x70727323, "kAudioHardwarePropertyProcessObjectList"  # 'prs#'
    RUN_LOOP = 0x726E6C70, "kAudioHardwarePropertyRunLoop"  # 'rnlp', deprecated
    SERVICE_RESTARTED = 0x73727374, "kAudioHardwarePropertyServiceRestarted"  # 'srst'
    SLEEPING_IS_ALLOWED = 0x736C6570, "kAudioHardwarePropertySleepingIsAllowed"  # 'slep'
    TAP_LIST = 0x74707323, "kAudioHardwarePropertyTapList"  # 'tps#'
    TRANSLATE_BUNDLE_ID_TO_PLUG_IN = (
        0x62696470,
        "kAudioHardwarePropertyTranslateBundleIDToPlugIn",
    )  # 'bidp'
    TRANSLATE_BUNDLE_ID_TO_TRANSPORT_MANAGER = (
        0x746D6269,
        "kAudioHardwarePropertyTranslateBundleIDToTransportManager",
    )  # 'tmbi'
    TRANSLATE_PID_TO_PROCESS_OBJECT = (
        0x69643270,
        "kAudioHardwarePropertyTranslatePIDToProcessObject",
    )  # 'id2p'
    TRANSLATE_UID_TO_BOX = 0x75696462, "kAudioHardwarePropertyTranslateUIDToBox"  # 'uidb'
    TRANSLATE_UID_TO_CLOCK_DEVICE = (
        0x75696463,
        "kAudioHardwarePropertyTranslateUIDToClockDevice",
    )  # 'uidc'
    TRANSLATE_UID_TO_DEVICE = 0x75696464, "kAudioHardwarePropertyTranslateUIDToDevice"  # 'uidd'
    TRANSLATE_UID_TO_TAP = 0x75696474, "kAudioHardwarePropertyTranslateUIDToTap"  # 'uidt'
    TRANSPORT_MANAGER_LIST = 0x746D6723, "kAudioHardwarePropertyTransportManagerList"  # 'tmg#'
    UNLOADING_IS_ALLOWED = 0x756E6C64, "kAudioHardwarePropertyUnloadingIsAllowed"  # 'unld'
    USER_ID_CHANGED = 0x65756964, "kAudioHardwarePropertyUserIDChanged"  # 'euid'
    USER_SESSION_IS_ACTIVE_OR_HEADLESS = (
        0x75736572,
        "kAudioHardwarePropertyUserSessionIsActiveOrHeadless",
    )  # 'user'


class AudioHardwarePowerHint(AppleIntEnum):
    """Values of ``kAudioHardwarePropertyPowerHint`` (``AudioHardwarePowerHint``).

    Apple's ``kAudioHardwarePowerHint*`` constants (CoreAudio/AudioHardware.h).

    Example
    -------
    >>> from coremusic.constants import AudioHardwarePowerHint, apple_name
    >>> AudioHardwarePowerHint.NONE
    <AudioHardwarePowerHint.NONE: 0>
    >>> apple_name(AudioHardwarePowerHint.NONE)
    'kAudioHardwarePowerHintNone'
    """

    NONE = 0, "kAudioHardwarePowerHintNone"
    FAVOR_SAVING_POWER = 1, "kAudioHardwarePowerHintFavorSavingPower"


class AudioHardwareErrorCode(FourCCEnum):
    """Result codes of the HAL (``kAudioHardware*Error``, ``kAudioDevice*Error``).

    Apple's ``kAudio*Error`` constants (CoreAudio/AudioHardwareBase.h).

    Example
    -------
    >>> from coremusic.constants import AudioHardwareErrorCode, apple_name
    >>> AudioHardwareErrorCode.BAD_DEVICE
    <AudioHardwareErrorCode.BAD_DEVICE: '!dev'>
    >>> apple_name(AudioHardwareErrorCode.BAD_DEVICE)
    'kAudioHardwareBadDeviceError'
    """

    BAD_DEVICE = 0x21646576, "kAudioHardwareBadDeviceError"  # '!dev'
    BAD_OBJECT = 0x216F626A, "kAudioHardwareBadObjectError"  # '!obj'
    BAD_PROPERTY_SIZE = 0x2173697A, "kAudioHardwareBadPropertySizeError"  # '!siz'
    BAD_STREAM = 0x21737472, "kAudioHardwareBadStreamError"  # '!str'
    DEVICE_PERMISSIONS = 0x21686F67, "kAudioDevicePermissionsError"  # '!hog'
    DEVICE_UNSUPPORTED_FORMAT = 0x21646174, "kAudioDeviceUnsupportedFormatError"  # '!dat'
    ILLEGAL_OPERATION = 0x6E6F7065, "kAudioHardwareIllegalOperationError"  # 'nope'
    NOT_READY = 0x6E726479, "kAudioHardwareNotReadyError"  # 'nrdy'
    NOT_RUNNING = 0x73746F70, "kAudioHardwareNotRunningError"  # 'stop'
    NO_ERROR = 0, "kAudioHardwareNoError"
    UNKNOWN_PROPERTY = 0x77686F3F, "kAudioHardwareUnknownPropertyError"  # 'who?'
    UNSPECIFIED = 0x77686174, "kAudioHardwareUnspecifiedError"  # 'what'
    UNSUPPORTED_OPERATION = 0x756E6F70, "kAudioHardwareUnsupportedOperationError"  # 'unop'


class AudioDeviceProperty(FourCCEnum):
    """Properties of audio devices (``AudioDeviceID``).

    Apple's ``kAudioDevicePro*`` constants (CoreAudio/AudioHardware.h,
    CoreAudio/AudioHardwareBase.h, CoreAudio/AudioHardwareDeprecated.h,
    CoreAudio/AudioServerPlugIn.h).

    Deprecated selectors (from AudioHardwareDeprecated.h) are marked in the source.

    Example
    -------
    >>> from coremusic.constants import AudioDeviceProperty, apple_name
    >>> AudioDeviceProperty.ACTUAL_SAMPLE_RATE
    <AudioDeviceProperty.ACTUAL_SAMPLE_RATE: 'asrt'>
    >>> apple_name(AudioDeviceProperty.ACTUAL_SAMPLE_RATE)
    'kAudioDevicePropertyActualSampleRate'
    """

    ACTUAL_SAMPLE_RATE = 0x61737274, "kAudioDevicePropertyActualSampleRate"  # 'asrt'
    AVAILABLE_NOMINAL_SAMPLE_RATES = (
        0x6E737223,
        "kAudioDevicePropertyAvailableNominalSampleRates",
    )  # 'nsr#'
    BUFFER_FRAME_SIZE = 0x6673697A, "kAudioDevicePropertyBufferFrameSize"  # 'fsiz'
    BUFFER_FRAME_SIZE_RANGE = 0x66737A23, "kAudioDevicePropertyBufferFrameSizeRange"  # 'fsz#'
    BUFFER_SIZE = 0x6273697A, "kAudioDevicePropertyBufferSize"  # 'bsiz', deprecated
    BUFFER_SIZE_RANGE = 0x62737A23, "kAudioDevicePropertyBufferSizeRange"  # 'bsz#', deprecated
    CHANNEL_CATEGORY_NAME = (
        0x63636E6D,
        "kAudioDevicePropertyChannelCategoryName",
    )  # 'ccnm', deprecated
    CHANNEL_CATEGORY_NAME_CF_STRING = (
        0x6C63636E,
        "kAudioDevicePropertyChannelCategoryNameCFString",
    )  # 'lccn', deprecated
    CHANNEL_NAME = 0x63686E6D, "kAudioDevicePropertyChannelName"  # 'chnm', deprecated
    CHANNEL_NAME_CF_STRING = (
        0x6C63686E,
        "kAudioDevicePropertyChannelNameCFString",
    )  # 'lchn', deprecated
    CHANNEL_NOMINAL_LINE_LEVEL = 0x6E6C766C, "kAudioDevicePropertyChannelNominalLineLevel"  # 'nlvl'
    CHANNEL_NOMINAL_LINE_LEVELS = (
        0x6E6C7623,
        "kAudioDevicePropertyChannelNominalLineLevels",
    )  # 'nlv#'
    CHANNEL_NOMINAL_LINE_LEVEL_NAME_FOR_ID = (
        0x636E6C76,
        "kAudioDevicePropertyChannelNominalLineLevelNameForID",
    )  # 'cnlv', deprecated
    CHANNEL_NOMINAL_LINE_LEVEL_NAME_FOR_ID_CF_STRING = (
        0x6C636E6C,
        "kAudioDevicePropertyChannelNominalLineLevelNameForIDCFString",
    )  # 'lcnl'
    CHANNEL_NUMBER_NAME = 0x636E6E6D, "kAudioDevicePropertyChannelNumberName"  # 'cnnm', deprecated
    CHANNEL_NUMBER_NAME_CF_STRING = (
        0x6C636E6E,
        "kAudioDevicePropertyChannelNumberNameCFString",
    )  # 'lcnn', deprecated
    CLIP_LIGHT = 0x636C6970, "kAudioDevicePropertyClipLight"  # 'clip'
    CLOCK_ALGORITHM = 0x636C6F6B, "kAudioDevicePropertyClockAlgorithm"  # 'clok'
    CLOCK_DEVICE = 0x61706364, "kAudioDevicePropertyClockDevice"  # 'apcd'
    CLOCK_DOMAIN = 0x636C6B64, "kAudioDevicePropertyClockDomain"  # 'clkd'
    CLOCK_IS_STABLE = 0x63737462, "kAudioDevicePropertyClockIsStable"  # 'cstb'
    CLOCK_SOURCE = 0x63737263, "kAudioDevicePropertyClockSource"  # 'csrc'
    CLOCK_SOURCES = 0x63736323, "kAudioDevicePropertyClockSources"  # 'csc#'
    CLOCK_SOURCE_KIND_FOR_ID = 0x6373636B, "kAudioDevicePropertyClockSourceKindForID"  # 'csck'
    CLOCK_SOURCE_NAME_FOR_ID = (
        0x6373636E,
        "kAudioDevicePropertyClockSourceNameForID",
    )  # 'cscn', deprecated
    CLOCK_SOURCE_NAME_FOR_ID_CF_STRING = (
        0x6C63736E,
        "kAudioDevicePropertyClockSourceNameForIDCFString",
    )  # 'lcsn'
    CONFIGURATION_APPLICATION = 0x63617070, "kAudioDevicePropertyConfigurationApplication"  # 'capp'
    DATA_SOURCE = 0x73737263, "kAudioDevicePropertyDataSource"  # 'ssrc'
    DATA_SOURCES = 0x73736323, "kAudioDevicePropertyDataSources"  # 'ssc#'
    DATA_SOURCE_KIND_FOR_ID = 0x7373636B, "kAudioDevicePropertyDataSourceKindForID"  # 'ssck'
    DATA_SOURCE_NAME_FOR_ID = (
        0x7373636E,
        "kAudioDevicePropertyDataSourceNameForID",
    )  # 'sscn', deprecated
    DATA_SOURCE_NAME_FOR_ID_CF_STRING = (
        0x6C73636E,
        "kAudioDevicePropertyDataSourceNameForIDCFString",
    )  # 'lscn'
    DEVICE_CAN_BE_DEFAULT_DEVICE = (
        0x64666C74,
        "kAudioDevicePropertyDeviceCanBeDefaultDevice",
    )  # 'dflt'
    DEVICE_CAN_BE_DEFAULT_SYSTEM_DEVICE = (
        0x73666C74,
        "kAudioDevicePropertyDeviceCanBeDefaultSystemDevice",
    )  # 'sflt'
    DEVICE_HAS_CHANGED = 0x64696666, "kAudioDevicePropertyDeviceHasChanged"  # 'diff'
    DEVICE_IS_ALIVE = 0x6C69766E, "kAudioDevicePropertyDeviceIsAlive"  # 'livn'
    DEVICE_IS_RUNNING = 0x676F696E, "kAudioDevicePropertyDeviceIsRunning"  # 'goin'
    DEVICE_IS_RUNNING_SOMEWHERE = (
        0x676F6E65,
        "kAudioDevicePropertyDeviceIsRunningSomewhere",
    )  # 'gone'
    DEVICE_MANUFACTURER = 0x6D616B72, "kAudioDevicePropertyDeviceManufacturer"  # 'makr', deprecated
    DEVICE_MANUFACTURER_CF_STRING = (
        0x6C6D616B,
        "kAudioDevicePropertyDeviceManufacturerCFString",
    )  # 'lmak', deprecated
    DEVICE_NAME = 0x6E616D65, "kAudioDevicePropertyDeviceName"  # 'name', deprecated
    DEVICE_NAME_CF_STRING = (
        0x6C6E616D,
        "kAudioDevicePropertyDeviceNameCFString",
    )  # 'lnam', deprecated
    DEVICE_UID = 0x75696420, "kAudioDevicePropertyDeviceUID"  # 'uid '
    DRIVER_SHOULD_OWN_ISUB = (
        0x69737562,
        "kAudioDevicePropertyDriverShouldOwniSub",
    )  # 'isub', deprecated
    HIGH_PASS_FILTER_SETTING = 0x68697066, "kAudioDevicePropertyHighPassFilterSetting"  # 'hipf'
    HIGH_PASS_FILTER_SETTINGS = 0x68697023, "kAudioDevicePropertyHighPassFilterSettings"  # 'hip#'
    HIGH_PASS_FILTER_SETTING_NAME_FOR_ID = (
        0x63686970,
        "kAudioDevicePropertyHighPassFilterSettingNameForID",
    )  # 'chip', deprecated
    HIGH_PASS_FILTER_SETTING_NAME_FOR_ID_CF_STRING = (
        0x6869706C,
        "kAudioDevicePropertyHighPassFilterSettingNameForIDCFString",
    )  # 'hipl'
    HOG_MODE = 0x6F696E6B, "kAudioDevicePropertyHogMode"  # 'oink'
    ICON = 0x69636F6E, "kAudioDevicePropertyIcon"  # 'icon'
    IO_CYCLE_USAGE = 0x6E637963, "kAudioDevicePropertyIOCycleUsage"  # 'ncyc'
    IO_PROC_STREAM_USAGE = 0x73757365, "kAudioDevicePropertyIOProcStreamUsage"  # 'suse'
    IO_STOPPED_ABNORMALLY = 0x73747064, "kAudioDevicePropertyIOStoppedAbnormally"  # 'stpd'
    IO_THREAD_OS_WORKGROUP = 0x6F737767, "kAudioDevicePropertyIOThreadOSWorkgroup"  # 'oswg'
    IS_HIDDEN = 0x6869646E, "kAudioDevicePropertyIsHidden"  # 'hidn'
    JACK_IS_CONNECTED = 0x6A61636B, "kAudioDevicePropertyJackIsConnected"  # 'jack'
    LATENCY = 0x6C746E63, "kAudioDevicePropertyLatency"  # 'ltnc'
    LISTENBACK = 0x6C736E62, "kAudioDevicePropertyListenback"  # 'lsnb'
    MODEL_UID = 0x6D756964, "kAudioDevicePropertyModelUID"  # 'muid'
    MUTE = 0x6D757465, "kAudioDevicePropertyMute"  # 'mute'
    NOMINAL_SAMPLE_RATE = 0x6E737274, "kAudioDevicePropertyNominalSampleRate"  # 'nsrt'
    PHANTOM_POWER = 0x7068616E, "kAudioDevicePropertyPhantomPower"  # 'phan'
    PHASE_INVERT = 0x70687369, "kAudioDevicePropertyPhaseInvert"  # 'phsi'
    PLAY_THRU = 0x74687275, "kAudioDevicePropertyPlayThru"  # 'thru'
    PLAY_THRU_DESTINATION = 0x6D646473, "kAudioDevicePropertyPlayThruDestination"  # 'mdds'
    PLAY_THRU_DESTINATIONS = 0x6D646423, "kAudioDevicePropertyPlayThruDestinations"  # 'mdd#'
    PLAY_THRU_DESTINATION_NAME_FOR_ID = (
        0x6D64646E,
        "kAudioDevicePropertyPlayThruDestinationNameForID",
    )  # 'mddn', deprecated
    PLAY_THRU_DESTINATION_NAME_FOR_ID_CF_STRING = (
        0x6D646463,
        "kAudioDevicePropertyPlayThruDestinationNameForIDCFString",
    )  # 'mddc'
    PLAY_THRU_SOLO = 0x74687273, "kAudioDevicePropertyPlayThruSolo"  # 'thrs'
    PLAY_THRU_STEREO_PAN = 0x6D73706E, "kAudioDevicePropertyPlayThruStereoPan"  # 'mspn'
    PLAY_THRU_STEREO_PAN_CHANNELS = (
        0x6D737023,
        "kAudioDevicePropertyPlayThruStereoPanChannels",
    )  # 'msp#'
    PLAY_THRU_VOLUME_DECIBELS = 0x6D766462, "kAudioDevicePropertyPlayThruVolumeDecibels"  # 'mvdb'
    PLAY_THRU_VOLUME_DECIBELS_TO_SCALAR = (
        0x6D763273,
        "kAudioDevicePropertyPlayThruVolumeDecibelsToScalar",
    )  # 'mv2s'
    PLAY_THRU_VOLUME_DECIBELS_TO_SCALAR_TRANSFER_FUNCTION = (
        0x6D767466,
        "kAudioDevicePropertyPlayThruVolumeDecibelsToScalarTransferFunction",
    )  # 'mvtf', deprecated
    PLAY_THRU_VOLUME_RANGE_DECIBELS = (
        0x6D766423,
        "kAudioDevicePropertyPlayThruVolumeRangeDecibels",
    )  # 'mvd#'
    PLAY_THRU_VOLUME_SCALAR = 0x6D767363, "kAudioDevicePropertyPlayThruVolumeScalar"  # 'mvsc'
    PLAY_THRU_VOLUME_SCALAR_TO_DECIBELS = (
        0x6D763264,
        "kAudioDevicePropertyPlayThruVolumeScalarToDecibels",
    )  # 'mv2d'
    PLUG_IN = 0x706C7567, "kAudioDevicePropertyPlugIn"  # 'plug'
    PREFERRED_CHANNELS_FOR_STEREO = (
        0x64636832,
        "kAudioDevicePropertyPreferredChannelsForStereo",
    )  # 'dch2'
    PREFERRED_CHANNEL_LAYOUT = 0x73726E64, "kAudioDevicePropertyPreferredChannelLayout"  # 'srnd'
    PROCESSOR_OVERLOAD = 0x6F766572, "kAudioDeviceProcessorOverload"  # 'over'
    PROCESS_MUTE = 0x6170706D, "kAudioDevicePropertyProcessMute"  # 'appm'
    REGISTER_BUFFER_LIST = (
        0x72627566,
        "kAudioDevicePropertyRegisterBufferList",
    )  # 'rbuf', deprecated
    RELATED_DEVICES = 0x616B696E, "kAudioDevicePropertyRelatedDevices"  # 'akin'
    SAFETY_OFFSET = 0x73616674, "kAudioDevicePropertySafetyOffset"  # 'saft'
    SOLO = 0x736F6C6F, "kAudioDevicePropertySolo"  # 'solo'
    STEREO_PAN = 0x7370616E, "kAudioDevicePropertyStereoPan"  # 'span'
    STEREO_PAN_CHANNELS = 0x73706E23, "kAudioDevicePropertyStereoPanChannels"  # 'spn#'
    STREAMS = 0x73746D23, "kAudioDevicePropertyStreams"  # 'stm#'
    STREAM_CONFIGURATION = 0x736C6179, "kAudioDevicePropertyStreamConfiguration"  # 'slay'
    STREAM_FORMAT = 0x73666D74, "kAudioDevicePropertyStreamFormat"  # 'sfmt', deprecated
    STREAM_FORMATS = 0x73666D23, "kAudioDevicePropertyStreamFormats"  # 'sfm#', deprecated
    STREAM_FORMAT_MATCH = 0x73666D6D, "kAudioDevicePropertyStreamFormatMatch"  # 'sfmm', deprecated
    STREAM_FORMAT_SUPPORTED = (
        0x73666D3F,
        "kAudioDevicePropertyStreamFormatSupported",
    )  # 'sfm?', deprecated
    SUB_MUTE = 0x736D7574, "kAudioDevicePropertySubMute"  # 'smut'
    SUB_VOLUME_DECIBELS = 0x73766C64, "kAudioDevicePropertySubVolumeDecibels"  # 'svld'
    SUB_VOLUME_DECIBELS_TO_SCALAR = (
        0x73643276,
        "kAudioDevicePropertySubVolumeDecibelsToScalar",
    )  # 'sd2v'
    SUB_VOLUME_DECIBELS_TO_SCALAR_TRANSFER_FUNCTION = (
        0x73767466,
        "kAudioDevicePropertySubVolumeDecibelsToScalarTransferFunction",
    )  # 'svtf', deprecated
    SUB_VOLUME_RANGE_DECIBELS = 0x73766423, "kAudioDevicePropertySubVolumeRangeDecibels"  # 'svd#'
    SUB_VOLUME_SCALAR = 0x73766C6D, "kAudioDevicePropertySubVolumeScalar"  # 'svlm'
    SUB_VOLUME_SCALAR_TO_DECIBELS = (
        0x73763264,
        "kAudioDevicePropertySubVolumeScalarToDecibels",
    )  # 'sv2d'
    SUPPORTS_MIXING = 0x6D69783F, "kAudioDevicePropertySupportsMixing"  # 'mix?', deprecated
    TALKBACK = 0x74616C62, "kAudioDevicePropertyTalkback"  # 'talb'
    TRANSPORT_TYPE = 0x7472616E, "kAudioDevicePropertyTransportType"  # 'tran'
    USES_VARIABLE_BUFFER_FRAME_SIZES = (
        0x7666737A,
        "kAudioDevicePropertyUsesVariableBufferFrameSizes",
    )  # 'vfsz'
    VOICE_ACTIVITY_DETECTION_ENABLE = (
        0x7641642B,
        "kAudioDevicePropertyVoiceActivityDetectionEnable",
    )  # 'vAd+'
    VOICE_ACTIVITY_DETECTION_STATE = (
        0x76416453,
        "kAudioDevicePropertyVoiceActivityDetectionState",
    )  # 'vAdS'
    VOLUME_DECIBELS = 0x766F6C64, "kAudioDevicePropertyVolumeDecibels"  # 'vold'
    VOLUME_DECIBELS_TO_SCALAR = 0x64623276, "kAudioDevicePropertyVolumeDecibelsToScalar"  # 'db2v'
    VOLUME_DECIBELS_TO_SCALAR_TRANSFER_FUNCTION = (
        0x76637466,
        "kAudioDevicePropertyVolumeDecibelsToScalarTransferFunction",
    )  # 'vctf', deprecated
    VOLUME_RANGE_DECIBELS = 0x76646223, "kAudioDevicePropertyVolumeRangeDecibels"  # 'vdb#'
    VOLUME_SCALAR = 0x766F6C6D, "kAudioDevicePropertyVolumeScalar"  # 'volm'
    VOLUME_SCALAR_TO_DECIBELS = 0x76326462, "kAudioDevicePropertyVolumeScalarToDecibels"  # 'v2db'
    ZERO_TIME_STAMP_PERIOD = 0x72696E67, "kAudioDevicePropertyZeroTimeStampPeriod"  # 'ring'


class AudioDeviceStartTimeFlag(AppleIntFlag):
    """Flags of ``AudioDeviceGetNearestStartTime`` / ``AudioDeviceStartAtTime``.

    Apple's ``kAudioDeviceStartTime*`` constants (CoreAudio/AudioHardware.h).

    Example
    -------
    >>> from coremusic.constants import AudioDeviceStartTimeFlag, apple_name
    >>> AudioDeviceStartTimeFlag.IS_INPUT
    <AudioDeviceStartTimeFlag.IS_INPUT: 1>
    >>> apple_name(AudioDeviceStartTimeFlag.IS_INPUT)
    'kAudioDeviceStartTimeIsInputFlag'
    """

    IS_INPUT = 1, "kAudioDeviceStartTimeIsInputFlag"
    DONT_CONSULT_DEVICE = 2, "kAudioDeviceStartTimeDontConsultDeviceFlag"
    DONT_CONSULT_HAL = 4, "kAudioDeviceStartTimeDontConsultHALFlag"


class AudioTransportType(FourCCEnum):
    """Values of ``kAudioDevicePropertyTransportType`` (``kAudioDeviceTransportType*``).

    Apple's ``kAudioDeviceTransportType*`` constants (CoreAudio/AudioHardwareBase.h,
    CoreAudio/AudioHardwareDeprecated.h).

    Example
    -------
    >>> from coremusic.constants import AudioTransportType, apple_name
    >>> AudioTransportType.AGGREGATE
    <AudioTransportType.AGGREGATE: 'grup'>
    >>> apple_name(AudioTransportType.AGGREGATE)
    'kAudioDeviceTransportTypeAggregate'
    """

    AGGREGATE = 0x67727570, "kAudioDeviceTransportTypeAggregate"  # 'grup'
    AIR_PLAY = 0x61697270, "kAudioDeviceTransportTypeAirPlay"  # 'airp'
    AUTO_AGGREGATE = 0x66677270, "kAudioDeviceTransportTypeAutoAggregate"  # 'fgrp', deprecated
    AVB = 0x65617662, "kAudioDeviceTransportTypeAVB"  # 'eavb'
    BLUETOOTH = 0x626C7565, "kAudioDeviceTransportTypeBluetooth"  # 'blue'
    BLUETOOTH_LE = 0x626C6561, "kAudioDeviceTransportTypeBluetoothLE"  # 'blea'
    BUILT_IN = 0x626C746E, "kAudioDeviceTransportTypeBuiltIn"  # 'bltn'
    CONTINUITY_CAPTURE = 0x63636170, "kAudioDeviceTransportTypeContinuityCapture"  # 'ccap'
    CONTINUITY_CAPTURE_WIRED = (
        0x63637764,
        "kAudioDeviceTransportTypeContinuityCaptureWired",
    )  # 'ccwd'
    CONTINUITY_CAPTURE_WIRELESS = (
        0x6363776C,
        "kAudioDeviceTransportTypeContinuityCaptureWireless",
    )  # 'ccwl'
    DISPLAY_PORT = 0x64707274, "kAudioDeviceTransportTypeDisplayPort"  # 'dprt'
    FIRE_WIRE = 0x31333934, "kAudioDeviceTransportTypeFireWire"  # '1394'
    HDMI = 0x68646D69, "kAudioDeviceTransportTypeHDMI"  # 'hdmi'
    PCI = 0x70636920, "kAudioDeviceTransportTypePCI"  # 'pci '
    THUNDERBOLT = 0x7468756E, "kAudioDeviceTransportTypeThunderbolt"  # 'thun'
    UNKNOWN = 0, "kAudioDeviceTransportTypeUnknown"
    USB = 0x75736220, "kAudioDeviceTransportTypeUSB"  # 'usb '
    VIRTUAL = 0x76697274, "kAudioDeviceTransportTypeVirtual"  # 'virt'


class AudioStreamProperty(FourCCEnum):
    """Properties of audio streams (``AudioStreamID``).

    Apple's ``kAudioStreamProperty*`` constants (CoreAudio/AudioHardwareBase.h,
    CoreAudio/AudioHardwareDeprecated.h).

    Example
    -------
    >>> from coremusic.constants import AudioStreamProperty, apple_name
    >>> AudioStreamProperty.AVAILABLE_PHYSICAL_FORMATS
    <AudioStreamProperty.AVAILABLE_PHYSICAL_FORMATS: 'pfta'>
    >>> apple_name(AudioStreamProperty.AVAILABLE_PHYSICAL_FORMATS)
    'kAudioStreamPropertyAvailablePhysicalFormats'
    """

    AVAILABLE_PHYSICAL_FORMATS = (
        0x70667461,
        "kAudioStreamPropertyAvailablePhysicalFormats",
    )  # 'pfta'
    AVAILABLE_VIRTUAL_FORMATS = 0x73666D61, "kAudioStreamPropertyAvailableVirtualFormats"  # 'sfma'
    DIRECTION = 0x73646972, "kAudioStreamPropertyDirection"  # 'sdir'
    IS_ACTIVE = 0x73616374, "kAudioStreamPropertyIsActive"  # 'sact'
    LATENCY = 0x6C746E63, "kAudioStreamPropertyLatency"  # 'ltnc'
    OWNING_DEVICE = 0x73746476, "kAudioStreamPropertyOwningDevice"  # 'stdv', deprecated
    PHYSICAL_FORMAT = 0x70667420, "kAudioStreamPropertyPhysicalFormat"  # 'pft '
    PHYSICAL_FORMATS = 0x70667423, "kAudioStreamPropertyPhysicalFormats"  # 'pft#', deprecated
    PHYSICAL_FORMAT_MATCH = (
        0x7066746D,
        "kAudioStreamPropertyPhysicalFormatMatch",
    )  # 'pftm', deprecated
    PHYSICAL_FORMAT_SUPPORTED = (
        0x7066743F,
        "kAudioStreamPropertyPhysicalFormatSupported",
    )  # 'pft?', deprecated
    STARTING_CHANNEL = 0x7363686E, "kAudioStreamPropertyStartingChannel"  # 'schn'
    TERMINAL_TYPE = 0x7465726D, "kAudioStreamPropertyTerminalType"  # 'term'
    VIRTUAL_FORMAT = 0x73666D74, "kAudioStreamPropertyVirtualFormat"  # 'sfmt'


class AudioStreamTerminalType(FourCCEnum):
    """Values of ``kAudioStreamPropertyTerminalType``.

    Apple's ``kAudioStreamTerminalType*`` constants (CoreAudio/AudioHardwareBase.h).

    Example
    -------
    >>> from coremusic.constants import AudioStreamTerminalType, apple_name
    >>> AudioStreamTerminalType.DIGITAL_AUDIO_INTERFACE
    <AudioStreamTerminalType.DIGITAL_AUDIO_INTERFACE: 'spdf'>
    >>> apple_name(AudioStreamTerminalType.DIGITAL_AUDIO_INTERFACE)
    'kAudioStreamTerminalTypeDigitalAudioInterface'
    """

    DIGITAL_AUDIO_INTERFACE = 0x73706466, "kAudioStreamTerminalTypeDigitalAudioInterface"  # 'spdf'
    DISPLAY_PORT = 0x64707274, "kAudioStreamTerminalTypeDisplayPort"  # 'dprt'
    HDMI = 0x68646D69, "kAudioStreamTerminalTypeHDMI"  # 'hdmi'
    HEADPHONES = 0x68647068, "kAudioStreamTerminalTypeHeadphones"  # 'hdph'
    HEADSET_MICROPHONE = 0x686D6963, "kAudioStreamTerminalTypeHeadsetMicrophone"  # 'hmic'
    LFE_SPEAKER = 0x6C666573, "kAudioStreamTerminalTypeLFESpeaker"  # 'lfes'
    LINE = 0x6C696E65, "kAudioStreamTerminalTypeLine"  # 'line'
    MICROPHONE = 0x6D696372, "kAudioStreamTerminalTypeMicrophone"  # 'micr'
    RECEIVER_MICROPHONE = 0x726D6963, "kAudioStreamTerminalTypeReceiverMicrophone"  # 'rmic'
    RECEIVER_SPEAKER = 0x7273706B, "kAudioStreamTerminalTypeReceiverSpeaker"  # 'rspk'
    SPEAKER = 0x73706B72, "kAudioStreamTerminalTypeSpeaker"  # 'spkr'
    TTY = 0x7474795F, "kAudioStreamTerminalTypeTTY"  # 'tty_'
    UNKNOWN = 0, "kAudioStreamTerminalTypeUnknown"
