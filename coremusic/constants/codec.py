"""AudioCodec constants (AudioToolbox/AudioCodec.h): codec properties, settings, results.

Values are Apple's, checked against the SDK facts by the test suite.
"""

from __future__ import annotations

from coremusic.constants._base import AppleIntEnum, AppleIntFlag, AppleStrEnum, FourCCEnum, _alias

__all__ = [
    "AudioCodecBitRateControlMode",
    "AudioCodecBitRateFormat",
    "AudioCodecComponentType",
    "AudioCodecDelayMode",
    "AudioCodecErrorCode",
    "AudioCodecOutputPrecedence",
    "AudioCodecPrimeMethod",
    "AudioCodecProduceOutputPacketStatus",
    "AudioCodecProperty",
    "AudioCodecQuality",
    "AudioCodecSelector",
    "AudioSettingsFlag",
    "AudioSettingsHint",
    "AudioSettingsKey",
    "DynamicRangeCompressionProfile",
    "DynamicRangeControlMode",
    "ProgramTargetLevel",
]


class AudioCodecProperty(FourCCEnum):
    """Properties of an audio codec component (``AudioCodecPropertyID``).

    Apple's ``kAudioCodec*`` constants (AudioToolbox/AudioCodec.h).

    Aliases (one member, several names): ``AVAILABLE_INPUT_CHANNEL_LAYOUTS`` =
    ``AVAILABLE_INPUT_CHANNEL_LAYOUT_TAGS``, ``AVAILABLE_OUTPUT_CHANNEL_LAYOUTS`` =
    ``AVAILABLE_OUTPUT_CHANNEL_LAYOUT_TAGS``, ``CURRENT_INPUT_CHANNEL_LAYOUT`` =
    ``INPUT_CHANNEL_LAYOUT``, ``CURRENT_OUTPUT_CHANNEL_LAYOUT`` = ``OUTPUT_CHANNEL_LAYOUT``,
    ``PADDED_ZEROS`` = ``ZERO_FRAMES_PADDED``.

    Other Apple spellings bound to members (see ``apple_names``): ``kAudioCodecBitRateFormat``,
    ``kAudioCodecDoesSampleRateConversion``, ``kAudioCodecInputFormatsForOutputFormat``,
    ``kAudioCodecOutputFormatsForInputFormat``.

    Example
    -------
    >>> from coremusic.constants import AudioCodecProperty, apple_name
    >>> AudioCodecProperty.ADJUST_COMPRESSION_PROFILE
    <AudioCodecProperty.ADJUST_COMPRESSION_PROFILE: '^pro'>
    >>> apple_name(AudioCodecProperty.ADJUST_COMPRESSION_PROFILE)
    'kAudioCodecPropertyAdjustCompressionProfile'
    """

    ADJUST_COMPRESSION_PROFILE = 0x5E70726F, "kAudioCodecPropertyAdjustCompressionProfile"  # '^pro'
    ADJUST_LOCAL_QUALITY = 0x5E71616C, "kAudioCodecPropertyAdjustLocalQuality"  # '^qal'
    ADJUST_TARGET_LEVEL = 0x5E70746C, "kAudioCodecPropertyAdjustTargetLevel"  # '^ptl'
    ADJUST_TARGET_LEVEL_CONSTANT = (
        0x5E746C63,
        "kAudioCodecPropertyAdjustTargetLevelConstant",
    )  # '^tlc'
    APPLICABLE_BIT_RATE_RANGE = 0x62727461, "kAudioCodecPropertyApplicableBitRateRange"  # 'brta'
    APPLICABLE_INPUT_SAMPLE_RATES = (
        0x69737261,
        "kAudioCodecPropertyApplicableInputSampleRates",
    )  # 'isra'
    APPLICABLE_OUTPUT_SAMPLE_RATES = (
        0x6F737261,
        "kAudioCodecPropertyApplicableOutputSampleRates",
    )  # 'osra'
    AVAILABLE_BIT_RATES = 0x62727423, "kAudioCodecPropertyAvailableBitRates"  # 'brt#'
    AVAILABLE_BIT_RATE_RANGE = 0x61627274, "kAudioCodecPropertyAvailableBitRateRange"  # 'abrt'
    AVAILABLE_INPUT_CHANNEL_LAYOUT_TAGS = (
        0x6169636C,
        "kAudioCodecPropertyAvailableInputChannelLayoutTags",
    )  # 'aicl'
    AVAILABLE_INPUT_CHANNEL_LAYOUTS = (
        0x6169636C,
        "kAudioCodecPropertyAvailableInputChannelLayouts",
    )  # 'aicl', alias of AVAILABLE_INPUT_CHANNEL_LAYOUT_TAGS
    AVAILABLE_INPUT_SAMPLE_RATES = (
        0x61697372,
        "kAudioCodecPropertyAvailableInputSampleRates",
    )  # 'aisr'
    AVAILABLE_NUMBER_CHANNELS = 0x636D6E63, "kAudioCodecPropertyAvailableNumberChannels"  # 'cmnc'
    AVAILABLE_OUTPUT_CHANNEL_LAYOUT_TAGS = (
        0x616F636C,
        "kAudioCodecPropertyAvailableOutputChannelLayoutTags",
    )  # 'aocl'
    AVAILABLE_OUTPUT_CHANNEL_LAYOUTS = (
        0x616F636C,
        "kAudioCodecPropertyAvailableOutputChannelLayouts",
    )  # 'aocl', alias of AVAILABLE_OUTPUT_CHANNEL_LAYOUT_TAGS
    AVAILABLE_OUTPUT_SAMPLE_RATES = (
        0x616F7372,
        "kAudioCodecPropertyAvailableOutputSampleRates",
    )  # 'aosr'
    BIT_RATE_CONTROL_MODE = 0x61636266, "kAudioCodecPropertyBitRateControlMode"  # 'acbf'
    BIT_RATE_FOR_VBR = 0x76627262, "kAudioCodecPropertyBitRateForVBR"  # 'vbrb'
    CURRENT_INPUT_FORMAT = 0x69666D74, "kAudioCodecPropertyCurrentInputFormat"  # 'ifmt'
    CURRENT_INPUT_SAMPLE_RATE = 0x63697372, "kAudioCodecPropertyCurrentInputSampleRate"  # 'cisr'
    CURRENT_OUTPUT_FORMAT = 0x6F666D74, "kAudioCodecPropertyCurrentOutputFormat"  # 'ofmt'
    CURRENT_OUTPUT_SAMPLE_RATE = 0x636F7372, "kAudioCodecPropertyCurrentOutputSampleRate"  # 'cosr'
    CURRENT_TARGET_BIT_RATE = 0x62726174, "kAudioCodecPropertyCurrentTargetBitRate"  # 'brat'
    DELAY_MODE = 0x646D6F64, "kAudioCodecPropertyDelayMode"  # 'dmod'
    DOES_SAMPLE_RATE_CONVERSION = (
        0x6C6D7263,
        "kAudioCodecPropertyDoesSampleRateConversion",
    )  # 'lmrc'
    DYNAMIC_RANGE_CONTROL_MODE = 0x6D647263, "kAudioCodecPropertyDynamicRangeControlMode"  # 'mdrc'
    EMPLOYS_DEPENDENT_PACKETS = 0x64706B3F, "kAudioCodecPropertyEmploysDependentPackets"  # 'dpk?'
    EXTEND_FREQUENCIES = 0x61636566, "kAudioCodecExtendFrequencies"  # 'acef'
    FORMAT_CF_STRING = 0x6C666F72, "kAudioCodecPropertyFormatCFString"  # 'lfor'
    FORMAT_INFO = 0x61636669, "kAudioCodecPropertyFormatInfo"  # 'acfi'
    FORMAT_LIST = 0x6163666C, "kAudioCodecPropertyFormatList"  # 'acfl'
    HAS_VARIABLE_PACKET_BYTE_SIZES = (
        0x76706B3F,
        "kAudioCodecPropertyHasVariablePacketByteSizes",
    )  # 'vpk?'
    INPUT_BUFFER_SIZE = 0x74627566, "kAudioCodecPropertyInputBufferSize"  # 'tbuf'
    INPUT_CHANNEL_LAYOUT = 0x69636C20, "kAudioCodecPropertyInputChannelLayout"  # 'icl '
    CURRENT_INPUT_CHANNEL_LAYOUT = (
        0x69636C20,
        "kAudioCodecPropertyCurrentInputChannelLayout",
    )  # 'icl ', alias of INPUT_CHANNEL_LAYOUT
    INPUT_FORMATS_FOR_OUTPUT_FORMAT = (
        0x6966346F,
        "kAudioCodecPropertyInputFormatsForOutputFormat",
    )  # 'if4o'
    IS_INITIALIZED = 0x696E6974, "kAudioCodecPropertyIsInitialized"  # 'init'
    MAGIC_COOKIE = 0x6B756B69, "kAudioCodecPropertyMagicCookie"  # 'kuki'
    MANUFACTURER_CF_STRING = 0x6C6D616B, "kAudioCodecPropertyManufacturerCFString"  # 'lmak'
    MAXIMUM_PACKET_BYTE_SIZE = 0x70616B62, "kAudioCodecPropertyMaximumPacketByteSize"  # 'pakb'
    MINIMUM_DELAY_MODE = 0x6D64656C, "kAudioCodecPropertyMinimumDelayMode"  # 'mdel'
    MINIMUM_NUMBER_INPUT_PACKETS = (
        0x6D6E6970,
        "kAudioCodecPropertyMinimumNumberInputPackets",
    )  # 'mnip'
    MINIMUM_NUMBER_OUTPUT_PACKETS = (
        0x6D6E6F70,
        "kAudioCodecPropertyMinimumNumberOutputPackets",
    )  # 'mnop'
    NAME_CF_STRING = 0x6C6E616D, "kAudioCodecPropertyNameCFString"  # 'lnam'
    OUTPUT_CHANNEL_LAYOUT = 0x6F636C20, "kAudioCodecPropertyOutputChannelLayout"  # 'ocl '
    CURRENT_OUTPUT_CHANNEL_LAYOUT = (
        0x6F636C20,
        "kAudioCodecPropertyCurrentOutputChannelLayout",
    )  # 'ocl ', alias of OUTPUT_CHANNEL_LAYOUT
    OUTPUT_FORMATS_FOR_INPUT_FORMAT = (
        0x6F663469,
        "kAudioCodecPropertyOutputFormatsForInputFormat",
    )  # 'of4i'
    OUTPUT_PRECEDENCE = 0x6F707072, "kAudioCodecOutputPrecedence"  # 'oppr'
    PACKET_FRAME_SIZE = 0x70616B66, "kAudioCodecPropertyPacketFrameSize"  # 'pakf'
    PACKET_SIZE_LIMIT_FOR_VBR = 0x70616B6C, "kAudioCodecPropertyPacketSizeLimitForVBR"  # 'pakl'
    PRIME_INFO = 0x7072696D, "kAudioCodecPropertyPrimeInfo"  # 'prim'
    PRIME_METHOD = 0x70726D6D, "kAudioCodecPropertyPrimeMethod"  # 'prmm'
    PROGRAM_TARGET_LEVEL = 0x7070746C, "kAudioCodecPropertyProgramTargetLevel"  # 'pptl'
    PROGRAM_TARGET_LEVEL_CONSTANT = (
        0x70746C63,
        "kAudioCodecPropertyProgramTargetLevelConstant",
    )  # 'ptlc'
    QUALITY_SETTING = 0x73726371, "kAudioCodecPropertyQualitySetting"  # 'srcq'
    RECOMMENDED_BIT_RATE_RANGE = 0x62727472, "kAudioCodecPropertyRecommendedBitRateRange"  # 'brtr'
    REQUIRES_PACKET_DESCRIPTION = (
        0x70616B64,
        "kAudioCodecPropertyRequiresPacketDescription",
    )  # 'pakd'
    SETTINGS = 0x61637320, "kAudioCodecPropertySettings"  # 'acs '
    SOUND_QUALITY_FOR_VBR = 0x76627271, "kAudioCodecPropertySoundQualityForVBR"  # 'vbrq'
    SUPPORTED_INPUT_FORMATS = 0x69666D23, "kAudioCodecPropertySupportedInputFormats"  # 'ifm#'
    SUPPORTED_OUTPUT_FORMATS = 0x6F666D23, "kAudioCodecPropertySupportedOutputFormats"  # 'ofm#'
    USED_INPUT_BUFFER_SIZE = 0x75627566, "kAudioCodecPropertyUsedInputBufferSize"  # 'ubuf'
    USE_RECOMMENDED_SAMPLE_RATE = 0x75727372, "kAudioCodecUseRecommendedSampleRate"  # 'ursr'
    ZERO_FRAMES_PADDED = 0x70616430, "kAudioCodecPropertyZeroFramesPadded"  # 'pad0'
    PADDED_ZEROS = (
        0x70616430,
        "kAudioCodecPropertyPaddedZeros",
    )  # 'pad0', alias of ZERO_FRAMES_PADDED


_alias(AudioCodecProperty.DOES_SAMPLE_RATE_CONVERSION, "kAudioCodecDoesSampleRateConversion")
_alias(AudioCodecProperty.INPUT_FORMATS_FOR_OUTPUT_FORMAT, "kAudioCodecInputFormatsForOutputFormat")
_alias(AudioCodecProperty.OUTPUT_FORMATS_FOR_INPUT_FORMAT, "kAudioCodecOutputFormatsForInputFormat")
_alias(AudioCodecProperty.BIT_RATE_CONTROL_MODE, "kAudioCodecBitRateFormat")


class AudioCodecErrorCode(FourCCEnum):
    """Result codes of audio codecs.

    Apple's ``kAudioCodec*Error`` constants (AudioToolbox/AudioCodec.h).

    Example
    -------
    >>> from coremusic.constants import AudioCodecErrorCode, apple_name
    >>> AudioCodecErrorCode.BAD_DATA
    <AudioCodecErrorCode.BAD_DATA: 'bada'>
    >>> apple_name(AudioCodecErrorCode.BAD_DATA)
    'kAudioCodecBadDataError'
    """

    BAD_DATA = 0x62616461, "kAudioCodecBadDataError"  # 'bada'
    BAD_PROPERTY_SIZE = 0x2173697A, "kAudioCodecBadPropertySizeError"  # '!siz'
    ILLEGAL_OPERATION = 0x6E6F7065, "kAudioCodecIllegalOperationError"  # 'nope'
    NOT_ENOUGH_BUFFER_SPACE = 0x21627566, "kAudioCodecNotEnoughBufferSpaceError"  # '!buf'
    NO_ERROR = 0, "kAudioCodecNoError"
    STATE = 0x21737474, "kAudioCodecStateError"  # '!stt'
    UNKNOWN_PROPERTY = 0x77686F3F, "kAudioCodecUnknownPropertyError"  # 'who?'
    UNSPECIFIED = 0x77686174, "kAudioCodecUnspecifiedError"  # 'what'
    UNSUPPORTED_FORMAT = 0x21646174, "kAudioCodecUnsupportedFormatError"  # '!dat'


class AudioCodecSelector(AppleIntEnum):
    """Component selectors of the codec API, for codec authors.

    Apple's ``kAudioCodec*Select`` constants (AudioToolbox/AudioCodec.h).

    Example
    -------
    >>> from coremusic.constants import AudioCodecSelector, apple_name
    >>> AudioCodecSelector.GET_PROPERTY_INFO
    <AudioCodecSelector.GET_PROPERTY_INFO: 1>
    >>> apple_name(AudioCodecSelector.GET_PROPERTY_INFO)
    'kAudioCodecGetPropertyInfoSelect'
    """

    GET_PROPERTY_INFO = 1, "kAudioCodecGetPropertyInfoSelect"
    GET_PROPERTY = 2, "kAudioCodecGetPropertySelect"
    SET_PROPERTY = 3, "kAudioCodecSetPropertySelect"
    INITIALIZE = 4, "kAudioCodecInitializeSelect"
    UNINITIALIZE = 5, "kAudioCodecUninitializeSelect"
    APPEND_INPUT_DATA = 6, "kAudioCodecAppendInputDataSelect"
    PRODUCE_OUTPUT_DATA = 7, "kAudioCodecProduceOutputDataSelect"
    RESET = 8, "kAudioCodecResetSelect"
    APPEND_INPUT_BUFFER_LIST = 9, "kAudioCodecAppendInputBufferListSelect"
    PRODUCE_OUTPUT_BUFFER_LIST = 10, "kAudioCodecProduceOutputBufferListSelect"


class AudioCodecComponentType(FourCCEnum):
    """Component types of codecs (decoder, encoder, unity codec).

    Apple's ``kAudio*ComponentType`` constants (AudioToolbox/AudioCodec.h).

    Example
    -------
    >>> from coremusic.constants import AudioCodecComponentType, apple_name
    >>> AudioCodecComponentType.DECODER
    <AudioCodecComponentType.DECODER: 'adec'>
    >>> apple_name(AudioCodecComponentType.DECODER)
    'kAudioDecoderComponentType'
    """

    DECODER = 0x61646563, "kAudioDecoderComponentType"  # 'adec'
    ENCODER = 0x61656E63, "kAudioEncoderComponentType"  # 'aenc'
    UNITY_CODEC = 0x61636463, "kAudioUnityCodecComponentType"  # 'acdc'


class AudioCodecBitRateControlMode(AppleIntEnum):
    """Values of ``kAudioCodecPropertyBitRateControlMode``.

    Apple's ``kAudioCodecBitRateControlMode_*`` constants (AudioToolbox/AudioCodec.h).

    Example
    -------
    >>> from coremusic.constants import AudioCodecBitRateControlMode, apple_name
    >>> AudioCodecBitRateControlMode.CONSTANT
    <AudioCodecBitRateControlMode.CONSTANT: 0>
    >>> apple_name(AudioCodecBitRateControlMode.CONSTANT)
    'kAudioCodecBitRateControlMode_Constant'
    """

    CONSTANT = 0, "kAudioCodecBitRateControlMode_Constant"
    LONG_TERM_AVERAGE = 1, "kAudioCodecBitRateControlMode_LongTermAverage"
    VARIABLE_CONSTRAINED = 2, "kAudioCodecBitRateControlMode_VariableConstrained"
    VARIABLE = 3, "kAudioCodecBitRateControlMode_Variable"


class AudioCodecBitRateFormat(AppleIntEnum):
    """Older names of the bit-rate control modes (CBR, ABR, VBR).

    Apple's ``kAudioCodecBitRateFormat_*`` constants (AudioToolbox/AudioCodec.h).

    Example
    -------
    >>> from coremusic.constants import AudioCodecBitRateFormat, apple_name
    >>> AudioCodecBitRateFormat.CBR
    <AudioCodecBitRateFormat.CBR: 0>
    >>> apple_name(AudioCodecBitRateFormat.CBR)
    'kAudioCodecBitRateFormat_CBR'
    """

    CBR = 0, "kAudioCodecBitRateFormat_CBR"
    ABR = 1, "kAudioCodecBitRateFormat_ABR"
    VBR = 2, "kAudioCodecBitRateFormat_VBR"


class AudioCodecDelayMode(AppleIntEnum):
    """Values of ``kAudioCodecPropertyDelayMode``.

    Apple's ``kAudioCodecDelayMode_*`` constants (AudioToolbox/AudioCodec.h).

    Example
    -------
    >>> from coremusic.constants import AudioCodecDelayMode, apple_name
    >>> AudioCodecDelayMode.COMPATIBILITY
    <AudioCodecDelayMode.COMPATIBILITY: 0>
    >>> apple_name(AudioCodecDelayMode.COMPATIBILITY)
    'kAudioCodecDelayMode_Compatibility'
    """

    COMPATIBILITY = 0, "kAudioCodecDelayMode_Compatibility"
    MINIMUM = 1, "kAudioCodecDelayMode_Minimum"
    OPTIMAL = 2, "kAudioCodecDelayMode_Optimal"


class AudioCodecOutputPrecedence(AppleIntEnum):
    """Values of ``kAudioCodecPropertyOutputPrecedence``.

    Apple's ``kAudioCodecOutputPrecedence*`` constants (AudioToolbox/AudioCodec.h).

    Example
    -------
    >>> from coremusic.constants import AudioCodecOutputPrecedence, apple_name
    >>> AudioCodecOutputPrecedence.NONE
    <AudioCodecOutputPrecedence.NONE: 0>
    >>> apple_name(AudioCodecOutputPrecedence.NONE)
    'kAudioCodecOutputPrecedenceNone'
    """

    NONE = 0, "kAudioCodecOutputPrecedenceNone"
    BIT_RATE = 1, "kAudioCodecOutputPrecedenceBitRate"
    SAMPLE_RATE = 2, "kAudioCodecOutputPrecedenceSampleRate"


class AudioCodecPrimeMethod(AppleIntEnum):
    """Values of ``kAudioCodecPropertyPrimeMethod``.

    Apple's ``kAudioCodecPrimeMethod_*`` constants (AudioToolbox/AudioCodec.h).

    Example
    -------
    >>> from coremusic.constants import AudioCodecPrimeMethod, apple_name
    >>> AudioCodecPrimeMethod.PRE
    <AudioCodecPrimeMethod.PRE: 0>
    >>> apple_name(AudioCodecPrimeMethod.PRE)
    'kAudioCodecPrimeMethod_Pre'
    """

    PRE = 0, "kAudioCodecPrimeMethod_Pre"
    NORMAL = 1, "kAudioCodecPrimeMethod_Normal"
    NONE = 2, "kAudioCodecPrimeMethod_None"


class AudioCodecProduceOutputPacketStatus(AppleIntEnum):
    """Status returned by ``AudioCodecProduceOutputPackets``.

    Apple's ``kAudioCodecProduceOutputPacket*`` constants (AudioToolbox/AudioCodec.h).

    Example
    -------
    >>> from coremusic.constants import AudioCodecProduceOutputPacketStatus, apple_name
    >>> AudioCodecProduceOutputPacketStatus.FAILURE
    <AudioCodecProduceOutputPacketStatus.FAILURE: 1>
    >>> apple_name(AudioCodecProduceOutputPacketStatus.FAILURE)
    'kAudioCodecProduceOutputPacketFailure'
    """

    FAILURE = 1, "kAudioCodecProduceOutputPacketFailure"
    SUCCESS = 2, "kAudioCodecProduceOutputPacketSuccess"
    SUCCESS_HAS_MORE = 3, "kAudioCodecProduceOutputPacketSuccessHasMore"
    NEEDS_MORE_INPUT_DATA = 4, "kAudioCodecProduceOutputPacketNeedsMoreInputData"
    AT_EOF = 5, "kAudioCodecProduceOutputPacketAtEOF"
    SUCCESS_CONCEALED = 6, "kAudioCodecProduceOutputPacketSuccessConcealed"


class AudioCodecQuality(AppleIntEnum):
    """Values of ``kAudioCodecPropertyQualitySetting``.

    Apple's ``kAudioCodecQuality_*`` constants (AudioToolbox/AudioCodec.h).

    Example
    -------
    >>> from coremusic.constants import AudioCodecQuality, apple_name
    >>> AudioCodecQuality.MIN
    <AudioCodecQuality.MIN: 0>
    >>> apple_name(AudioCodecQuality.MIN)
    'kAudioCodecQuality_Min'
    """

    MIN = 0, "kAudioCodecQuality_Min"
    LOW = 32, "kAudioCodecQuality_Low"
    MEDIUM = 64, "kAudioCodecQuality_Medium"
    HIGH = 96, "kAudioCodecQuality_High"
    MAX = 127, "kAudioCodecQuality_Max"


class AudioSettingsFlag(AppleIntFlag):
    """Flags of a codec setting (``AudioSettingsFlags``).

    Apple's ``kAudioSettingsFlags_*Parameter`` constants (AudioToolbox/AudioCodec.h).

    Example
    -------
    >>> from coremusic.constants import AudioSettingsFlag, apple_name
    >>> AudioSettingsFlag.EXPERT_PARAMETER
    <AudioSettingsFlag.EXPERT_PARAMETER: 1>
    >>> apple_name(AudioSettingsFlag.EXPERT_PARAMETER)
    'kAudioSettingsFlags_ExpertParameter'
    """

    EXPERT_PARAMETER = 1, "kAudioSettingsFlags_ExpertParameter"
    INVISIBLE_PARAMETER = 2, "kAudioSettingsFlags_InvisibleParameter"
    META_PARAMETER = 4, "kAudioSettingsFlags_MetaParameter"
    USER_INTERFACE_PARAMETER = 8, "kAudioSettingsFlags_UserInterfaceParameter"


class AudioSettingsHint(AppleIntEnum):
    """How prominently a codec setting is shown (``kAudioSettings_Hint`` values).

    Apple's ``kHint*`` constants (AudioToolbox/AudioCodec.h).

    Example
    -------
    >>> from coremusic.constants import AudioSettingsHint, apple_name
    >>> AudioSettingsHint.BASIC
    <AudioSettingsHint.BASIC: 0>
    >>> apple_name(AudioSettingsHint.BASIC)
    'kHintBasic'
    """

    BASIC = 0, "kHintBasic"
    ADVANCED = 1, "kHintAdvanced"
    HIDDEN = 2, "kHintHidden"


class DynamicRangeCompressionProfile(AppleIntEnum):
    """Values of ``kAudioCodecPropertyAdjustCompressionProfile``.

    Apple's ``kDynamicRangeCompressionProfile_*`` constants (AudioToolbox/AudioCodec.h).

    Example
    -------
    >>> from coremusic.constants import DynamicRangeCompressionProfile, apple_name
    >>> DynamicRangeCompressionProfile.NONE
    <DynamicRangeCompressionProfile.NONE: 0>
    >>> apple_name(DynamicRangeCompressionProfile.NONE)
    'kDynamicRangeCompressionProfile_None'
    """

    NONE = 0, "kDynamicRangeCompressionProfile_None"
    LATE_NIGHT = 1, "kDynamicRangeCompressionProfile_LateNight"
    NOISY_ENVIRONMENT = 2, "kDynamicRangeCompressionProfile_NoisyEnvironment"
    LIMITED_PLAYBACK_RANGE = 3, "kDynamicRangeCompressionProfile_LimitedPlaybackRange"
    GENERAL_COMPRESSION = 6, "kDynamicRangeCompressionProfile_GeneralCompression"


class DynamicRangeControlMode(AppleIntEnum):
    """Values of ``kAudioCodecPropertyDynamicRangeControlMode``.

    Apple's ``kDynamicRangeControlMode_*`` constants (AudioToolbox/AudioCodec.h).

    Example
    -------
    >>> from coremusic.constants import DynamicRangeControlMode, apple_name
    >>> DynamicRangeControlMode.NONE
    <DynamicRangeControlMode.NONE: 0>
    >>> apple_name(DynamicRangeControlMode.NONE)
    'kDynamicRangeControlMode_None'
    """

    NONE = 0, "kDynamicRangeControlMode_None"
    LIGHT = 1, "kDynamicRangeControlMode_Light"
    HEAVY = 2, "kDynamicRangeControlMode_Heavy"


class ProgramTargetLevel(AppleIntEnum):
    """Values of ``kAudioCodecPropertyProgramTargetLevelConstant`` (loudness targets).

    Apple's ``kProgramTargetLevel_*`` constants (AudioToolbox/AudioCodec.h).

    Example
    -------
    >>> from coremusic.constants import ProgramTargetLevel, apple_name
    >>> ProgramTargetLevel.NONE
    <ProgramTargetLevel.NONE: 0>
    >>> apple_name(ProgramTargetLevel.NONE)
    'kProgramTargetLevel_None'
    """

    NONE = 0, "kProgramTargetLevel_None"
    MINUS_31_DB = 1, "kProgramTargetLevel_Minus31dB"
    MINUS_23_DB = 2, "kProgramTargetLevel_Minus23dB"
    MINUS_20_DB = 3, "kProgramTargetLevel_Minus20dB"


class AudioSettingsKey(AppleStrEnum):
    """Keys of a codec's settings dictionary (``kAudioCodecPropertySettings``).

    Apple's ``kAudioSettings_*`` constants (AudioToolbox/AudioCodec.h).

    Aliases (one member, several names): ``SETTING_NAME`` = ``TOP_LEVEL_KEY``.

    Example
    -------
    >>> from coremusic.constants import AudioSettingsKey, apple_name
    >>> AudioSettingsKey.AVAILABLE_VALUES
    <AudioSettingsKey.AVAILABLE_VALUES: 'available values'>
    >>> apple_name(AudioSettingsKey.AVAILABLE_VALUES)
    'kAudioSettings_AvailableValues'
    """

    AVAILABLE_VALUES = "available values", "kAudioSettings_AvailableValues"
    CURRENT_VALUE = "current value", "kAudioSettings_CurrentValue"
    HINT = "hint", "kAudioSettings_Hint"
    LIMITED_VALUES = "limited values", "kAudioSettings_LimitedValues"
    PARAMETERS = "parameters", "kAudioSettings_Parameters"
    SETTING_KEY = "key", "kAudioSettings_SettingKey"
    SUMMARY = "summary", "kAudioSettings_Summary"
    TOP_LEVEL_KEY = "name", "kAudioSettings_TopLevelKey"
    SETTING_NAME = "name", "kAudioSettings_SettingName"  # alias of TOP_LEVEL_KEY
    UNIT = "unit", "kAudioSettings_Unit"
    VALUE_TYPE = "value type", "kAudioSettings_ValueType"
    VERSION = "version", "kAudioSettings_Version"
