"""AudioConverter constants (AudioToolbox/AudioConverter.h).

Values are Apple's, checked against the SDK facts by the test suite.
"""

from __future__ import annotations

from coremusic.constants._base import AppleIntEnum, FourCCEnum

__all__ = [
    "AudioConverterErrorCode",
    "AudioConverterPrimeMethod",
    "AudioConverterProperty",
    "AudioConverterQuality",
    "AudioConverterSampleRateConverterComplexity",
    "DitherAlgorithm",
]


class AudioConverterProperty(FourCCEnum):
    """Properties of an ``AudioConverterRef`` (``AudioConverterPropertyID``).

    Apple's ``kAudioConverter*`` constants (AudioToolbox/AudioConverter.h).

    Aliases (one member, several names): ``MIN_INPUT_BUFFER_SIZE`` =
    ``MINIMUM_INPUT_BUFFER_SIZE`` (name kept from coremusic 0.2), ``MIN_OUTPUT_BUFFER_SIZE`` =
    ``MINIMUM_OUTPUT_BUFFER_SIZE`` (name kept from coremusic 0.2), ``MAX_INPUT_PACKET_SIZE`` =
    ``MAXIMUM_INPUT_PACKET_SIZE`` (name kept from coremusic 0.2), ``MAX_OUTPUT_PACKET_SIZE`` =
    ``MAXIMUM_OUTPUT_PACKET_SIZE`` (name kept from coremusic 0.2), ``PROPERTY_SETTINGS`` =
    ``SETTINGS`` (name kept from coremusic 0.2), ``BIT_RATE`` = ``ENCODE_BIT_RATE`` (name kept
    from coremusic 0.2).

    Example
    -------
    >>> from coremusic.constants import AudioConverterProperty, apple_name
    >>> AudioConverterProperty.APPLICABLE_ENCODE_BIT_RATES
    <AudioConverterProperty.APPLICABLE_ENCODE_BIT_RATES: 'aebr'>
    >>> apple_name(AudioConverterProperty.APPLICABLE_ENCODE_BIT_RATES)
    'kAudioConverterApplicableEncodeBitRates'
    """

    APPLICABLE_ENCODE_BIT_RATES = 0x61656272, "kAudioConverterApplicableEncodeBitRates"  # 'aebr'
    APPLICABLE_ENCODE_SAMPLE_RATES = (
        0x61657372,
        "kAudioConverterApplicableEncodeSampleRates",
    )  # 'aesr'
    AVAILABLE_ENCODE_BIT_RATES = 0x76656272, "kAudioConverterAvailableEncodeBitRates"  # 'vebr'
    AVAILABLE_ENCODE_CHANNEL_LAYOUT_TAGS = (
        0x6165636C,
        "kAudioConverterAvailableEncodeChannelLayoutTags",
    )  # 'aecl'
    AVAILABLE_ENCODE_SAMPLE_RATES = (
        0x76657372,
        "kAudioConverterAvailableEncodeSampleRates",
    )  # 'vesr'
    BIT_DEPTH_HINT = 0x61636264, "kAudioConverterPropertyBitDepthHint"  # 'acbd'
    CALCULATE_INPUT_BUFFER_SIZE = (
        0x63696273,
        "kAudioConverterPropertyCalculateInputBufferSize",
    )  # 'cibs'
    CALCULATE_OUTPUT_BUFFER_SIZE = (
        0x636F6273,
        "kAudioConverterPropertyCalculateOutputBufferSize",
    )  # 'cobs'
    CHANNEL_MAP = 0x63686D70, "kAudioConverterChannelMap"  # 'chmp'
    CODEC_QUALITY = 0x63647175, "kAudioConverterCodecQuality"  # 'cdqu'
    COMPRESSION_MAGIC_COOKIE = 0x636D6763, "kAudioConverterCompressionMagicCookie"  # 'cmgc'
    CURRENT_INPUT_STREAM_DESCRIPTION = (
        0x61636964,
        "kAudioConverterCurrentInputStreamDescription",
    )  # 'acid'
    CURRENT_OUTPUT_STREAM_DESCRIPTION = (
        0x61636F64,
        "kAudioConverterCurrentOutputStreamDescription",
    )  # 'acod'
    DECOMPRESSION_MAGIC_COOKIE = 0x646D6763, "kAudioConverterDecompressionMagicCookie"  # 'dmgc'
    DITHERING = 0x64697468, "kAudioConverterPropertyDithering"  # 'dith'
    DITHER_BIT_DEPTH = 0x64626974, "kAudioConverterPropertyDitherBitDepth"  # 'dbit'
    ENCODE_ADJUSTABLE_SAMPLE_RATE = (
        0x616A7372,
        "kAudioConverterEncodeAdjustableSampleRate",
    )  # 'ajsr'
    ENCODE_BIT_RATE = 0x62726174, "kAudioConverterEncodeBitRate"  # 'brat'
    BIT_RATE = 0x62726174, "kAudioConverterEncodeBitRate"  # coremusic 0.2 name
    FORMAT_LIST = 0x666C7374, "kAudioConverterPropertyFormatList"  # 'flst'
    INPUT_CHANNEL_LAYOUT = 0x69636C20, "kAudioConverterInputChannelLayout"  # 'icl '
    INPUT_CODEC_PARAMETERS = 0x69636470, "kAudioConverterPropertyInputCodecParameters"  # 'icdp'
    MAXIMUM_INPUT_BUFFER_SIZE = (
        0x78696273,
        "kAudioConverterPropertyMaximumInputBufferSize",
    )  # 'xibs'
    MAXIMUM_INPUT_PACKET_SIZE = (
        0x78697073,
        "kAudioConverterPropertyMaximumInputPacketSize",
    )  # 'xips'
    MAX_INPUT_PACKET_SIZE = (
        0x78697073,
        "kAudioConverterPropertyMaximumInputPacketSize",
    )  # coremusic 0.2 name
    MAXIMUM_OUTPUT_PACKET_SIZE = (
        0x786F7073,
        "kAudioConverterPropertyMaximumOutputPacketSize",
    )  # 'xops'
    MAX_OUTPUT_PACKET_SIZE = (
        0x786F7073,
        "kAudioConverterPropertyMaximumOutputPacketSize",
    )  # coremusic 0.2 name
    MINIMUM_INPUT_BUFFER_SIZE = (
        0x6D696273,
        "kAudioConverterPropertyMinimumInputBufferSize",
    )  # 'mibs'
    MIN_INPUT_BUFFER_SIZE = (
        0x6D696273,
        "kAudioConverterPropertyMinimumInputBufferSize",
    )  # coremusic 0.2 name
    MINIMUM_OUTPUT_BUFFER_SIZE = (
        0x6D6F6273,
        "kAudioConverterPropertyMinimumOutputBufferSize",
    )  # 'mobs'
    MIN_OUTPUT_BUFFER_SIZE = (
        0x6D6F6273,
        "kAudioConverterPropertyMinimumOutputBufferSize",
    )  # coremusic 0.2 name
    OUTPUT_CHANNEL_LAYOUT = 0x6F636C20, "kAudioConverterOutputChannelLayout"  # 'ocl '
    OUTPUT_CODEC_PARAMETERS = 0x6F636470, "kAudioConverterPropertyOutputCodecParameters"  # 'ocdp'
    PRIME_INFO = 0x7072696D, "kAudioConverterPrimeInfo"  # 'prim'
    PRIME_METHOD = 0x70726D6D, "kAudioConverterPrimeMethod"  # 'prmm'
    SAMPLE_RATE_CONVERTER_ALGORITHM = (
        0x73726369,
        "kAudioConverterSampleRateConverterAlgorithm",
    )  # 'srci'
    SAMPLE_RATE_CONVERTER_COMPLEXITY = (
        0x73726361,
        "kAudioConverterSampleRateConverterComplexity",
    )  # 'srca'
    SAMPLE_RATE_CONVERTER_INITIAL_PHASE = (
        0x73726370,
        "kAudioConverterSampleRateConverterInitialPhase",
    )  # 'srcp'
    SAMPLE_RATE_CONVERTER_QUALITY = (
        0x73726371,
        "kAudioConverterSampleRateConverterQuality",
    )  # 'srcq'
    SETTINGS = 0x61637073, "kAudioConverterPropertySettings"  # 'acps'
    PROPERTY_SETTINGS = 0x61637073, "kAudioConverterPropertySettings"  # coremusic 0.2 name


class AudioConverterErrorCode(FourCCEnum):
    """Result codes of the AudioConverter services.

    Apple's ``kAudioConverterErr_*`` constants (AudioToolbox/AudioConverter.h).

    Example
    -------
    >>> from coremusic.constants import AudioConverterErrorCode, apple_name
    >>> AudioConverterErrorCode.BAD_PROPERTY_SIZE
    <AudioConverterErrorCode.BAD_PROPERTY_SIZE: '!siz'>
    >>> apple_name(AudioConverterErrorCode.BAD_PROPERTY_SIZE)
    'kAudioConverterErr_BadPropertySizeError'
    """

    BAD_PROPERTY_SIZE = 0x2173697A, "kAudioConverterErr_BadPropertySizeError"  # '!siz'
    FORMAT_NOT_SUPPORTED = 0x666D743F, "kAudioConverterErr_FormatNotSupported"  # 'fmt?'
    INPUT_SAMPLE_RATE_OUT_OF_RANGE = (
        0x21697372,
        "kAudioConverterErr_InputSampleRateOutOfRange",
    )  # '!isr'
    INVALID_INPUT_SIZE = 0x696E737A, "kAudioConverterErr_InvalidInputSize"  # 'insz'
    INVALID_OUTPUT_SIZE = 0x6F74737A, "kAudioConverterErr_InvalidOutputSize"  # 'otsz'
    OPERATION_NOT_SUPPORTED = 0x6F703F3F, "kAudioConverterErr_OperationNotSupported"  # 'op??'
    OUTPUT_SAMPLE_RATE_OUT_OF_RANGE = (
        0x216F7372,
        "kAudioConverterErr_OutputSampleRateOutOfRange",
    )  # '!osr'
    PROPERTY_NOT_SUPPORTED = 0x70726F70, "kAudioConverterErr_PropertyNotSupported"  # 'prop'
    REQUIRES_PACKET_DESCRIPTIONS = (
        0x21706B64,
        "kAudioConverterErr_RequiresPacketDescriptionsError",
    )  # '!pkd'
    UNSPECIFIED = 0x77686174, "kAudioConverterErr_UnspecifiedError"  # 'what'


class AudioConverterQuality(AppleIntEnum):
    """Values of ``kAudioConverterCodecQuality`` and
    ``kAudioConverterSampleRateConverterQuality``.

    Apple's ``kAudioConverterQuality_*`` constants (AudioToolbox/AudioConverter.h).

    Example
    -------
    >>> from coremusic.constants import AudioConverterQuality, apple_name
    >>> AudioConverterQuality.MIN
    <AudioConverterQuality.MIN: 0>
    >>> apple_name(AudioConverterQuality.MIN)
    'kAudioConverterQuality_Min'
    """

    MIN = 0, "kAudioConverterQuality_Min"
    LOW = 32, "kAudioConverterQuality_Low"
    MEDIUM = 64, "kAudioConverterQuality_Medium"
    HIGH = 96, "kAudioConverterQuality_High"
    MAX = 127, "kAudioConverterQuality_Max"


class AudioConverterSampleRateConverterComplexity(FourCCEnum):
    """Values of ``kAudioConverterSampleRateConverterComplexity``.

    Apple's ``kAudioConverterSampleRateConverterComplexity_*`` constants
    (AudioToolbox/AudioConverter.h).

    Example
    -------
    >>> from coremusic.constants import AudioConverterSampleRateConverterComplexity, apple_name
    >>> AudioConverterSampleRateConverterComplexity.LINEAR
    <AudioConverterSampleRateConverterComplexity.LINEAR: 'line'>
    >>> apple_name(AudioConverterSampleRateConverterComplexity.LINEAR)
    'kAudioConverterSampleRateConverterComplexity_Linear'
    """

    LINEAR = 0x6C696E65, "kAudioConverterSampleRateConverterComplexity_Linear"  # 'line'
    MASTERING = 0x62617473, "kAudioConverterSampleRateConverterComplexity_Mastering"  # 'bats'
    MINIMUM_PHASE = (
        0x6D696E70,
        "kAudioConverterSampleRateConverterComplexity_MinimumPhase",
    )  # 'minp'
    NORMAL = 0x6E6F726D, "kAudioConverterSampleRateConverterComplexity_Normal"  # 'norm'


class AudioConverterPrimeMethod(AppleIntEnum):
    """Values of ``kAudioConverterPrimeMethod``.

    Apple's ``kConverterPrimeMethod_*`` constants (AudioToolbox/AudioConverter.h).

    Example
    -------
    >>> from coremusic.constants import AudioConverterPrimeMethod, apple_name
    >>> AudioConverterPrimeMethod.PRE
    <AudioConverterPrimeMethod.PRE: 0>
    >>> apple_name(AudioConverterPrimeMethod.PRE)
    'kConverterPrimeMethod_Pre'
    """

    PRE = 0, "kConverterPrimeMethod_Pre"
    NORMAL = 1, "kConverterPrimeMethod_Normal"
    NONE = 2, "kConverterPrimeMethod_None"


class DitherAlgorithm(AppleIntEnum):
    """Values of ``kAudioConverterPropertyDithering``.

    Apple's ``kDitherAlgorithm_*`` constants (AudioToolbox/AudioConverter.h).

    Example
    -------
    >>> from coremusic.constants import DitherAlgorithm, apple_name
    >>> DitherAlgorithm.TPDF
    <DitherAlgorithm.TPDF: 1>
    >>> apple_name(DitherAlgorithm.TPDF)
    'kDitherAlgorithm_TPDF'
    """

    TPDF = 1, "kDitherAlgorithm_TPDF"
    NOISE_SHAPING = 2, "kDitherAlgorithm_NoiseShaping"
