"""Audio data formats: format IDs and flags (CoreAudioTypes) and AudioFormat.h services.

Values are Apple's, checked against the SDK facts by the test suite.
"""

from __future__ import annotations

from typing import Final

from coremusic.constants._base import AppleIntEnum, AppleIntFlag, FourCCEnum, _constant

__all__ = [
    "LINEAR_PCM_SAMPLE_FRACTION_SHIFT",
    "AppleLosslessFormatFlag",
    "AudioBalanceFadeType",
    "AudioFormatErrorCode",
    "AudioFormatFlag",
    "AudioFormatID",
    "AudioFormatProperty",
    "AudioPanningMode",
    "LinearPCMFormatFlag",
    "MPEG4ObjectID",
]

#: Bit position of ``LinearPCMFormatFlag.SAMPLE_FRACTION_MASK`` (a shift, not a flag).
LINEAR_PCM_SAMPLE_FRACTION_SHIFT: Final = _constant("kLinearPCMFormatFlagsSampleFractionShift", 7)


class AudioFormatID(FourCCEnum):
    """Audio data formats: ``AudioStreamBasicDescription.mFormatID`` (``AudioFormatID``).

    Apple's ``kAudioFormat*`` constants (CoreAudioTypes/CoreAudioBaseTypes.h).

    ``DVI_INTEL_IMA`` and ``MICROSOFT_GSM`` are not printable FourCCs (``'ms'``
    followed by a WAVE format tag); they show as numbers.

    Aliases (one member, several names): ``QDESIGN_MUSIC`` = ``QDESIGN`` (name kept from
    coremusic 0.2), ``DVIINTEL_IMA`` = ``DVI_INTEL_IMA`` (name kept from coremusic 0.2).

    Example
    -------
    >>> from coremusic.constants import AudioFormatID, apple_name
    >>> AudioFormatID.AC3
    <AudioFormatID.AC3: 'ac-3'>
    >>> apple_name(AudioFormatID.AC3)
    'kAudioFormatAC3'
    """

    AC3 = 0x61632D33, "kAudioFormatAC3"  # 'ac-3'
    AC3_60958 = 0x63616333, "kAudioFormat60958AC3"  # 'cac3'
    AES3 = 0x61657333, "kAudioFormatAES3"  # 'aes3'
    ALAW = 0x616C6177, "kAudioFormatALaw"  # 'alaw'
    AMR = 0x73616D72, "kAudioFormatAMR"  # 'samr'
    AMR_WB = 0x73617762, "kAudioFormatAMR_WB"  # 'sawb'
    APPLE_IMA4 = 0x696D6134, "kAudioFormatAppleIMA4"  # 'ima4'
    APPLE_LOSSLESS = 0x616C6163, "kAudioFormatAppleLossless"  # 'alac'
    AUDIBLE = 0x41554442, "kAudioFormatAudible"  # 'AUDB'
    DVI_INTEL_IMA = 0x6D730011, "kAudioFormatDVIIntelIMA"
    DVIINTEL_IMA = 0x6D730011, "kAudioFormatDVIIntelIMA"  # coremusic 0.2 name
    ENHANCED_AC3 = 0x65632D33, "kAudioFormatEnhancedAC3"  # 'ec-3'
    FLAC = 0x666C6163, "kAudioFormatFLAC"  # 'flac'
    ILBC = 0x696C6263, "kAudioFormatiLBC"  # 'ilbc'
    LINEAR_PCM = 0x6C70636D, "kAudioFormatLinearPCM"  # 'lpcm'
    MACE3 = 0x4D414333, "kAudioFormatMACE3"  # 'MAC3'
    MACE6 = 0x4D414336, "kAudioFormatMACE6"  # 'MAC6'
    MICROSOFT_GSM = 0x6D730031, "kAudioFormatMicrosoftGSM"
    MIDI_STREAM = 0x6D696469, "kAudioFormatMIDIStream"  # 'midi'
    MPEG4_AAC = 0x61616320, "kAudioFormatMPEG4AAC"  # 'aac '
    MPEG4_AAC_ELD = 0x61616365, "kAudioFormatMPEG4AAC_ELD"  # 'aace'
    MPEG4_AAC_ELD_SBR = 0x61616366, "kAudioFormatMPEG4AAC_ELD_SBR"  # 'aacf'
    MPEG4_AAC_ELD_V2 = 0x61616367, "kAudioFormatMPEG4AAC_ELD_V2"  # 'aacg'
    MPEG4_AAC_HE = 0x61616368, "kAudioFormatMPEG4AAC_HE"  # 'aach'
    MPEG4_AAC_HE_V2 = 0x61616370, "kAudioFormatMPEG4AAC_HE_V2"  # 'aacp'
    MPEG4_AAC_LD = 0x6161636C, "kAudioFormatMPEG4AAC_LD"  # 'aacl'
    MPEG4_AAC_SPATIAL = 0x61616373, "kAudioFormatMPEG4AAC_Spatial"  # 'aacs'
    MPEG4_CELP = 0x63656C70, "kAudioFormatMPEG4CELP"  # 'celp'
    MPEG4_HVXC = 0x68767863, "kAudioFormatMPEG4HVXC"  # 'hvxc'
    MPEG4_TWINVQ = 0x74777671, "kAudioFormatMPEG4TwinVQ"  # 'twvq'
    MPEGD_USAC = 0x75736163, "kAudioFormatMPEGD_USAC"  # 'usac'
    MPEG_LAYER_1 = 0x2E6D7031, "kAudioFormatMPEGLayer1"  # '.mp1'
    MPEG_LAYER_2 = 0x2E6D7032, "kAudioFormatMPEGLayer2"  # '.mp2'
    MPEG_LAYER_3 = 0x2E6D7033, "kAudioFormatMPEGLayer3"  # '.mp3'
    OPUS = 0x6F707573, "kAudioFormatOpus"  # 'opus'
    PARAMETER_VALUE_STREAM = 0x61707673, "kAudioFormatParameterValueStream"  # 'apvs'
    QDESIGN = 0x51444D43, "kAudioFormatQDesign"  # 'QDMC'
    QDESIGN_MUSIC = 0x51444D43, "kAudioFormatQDesign"  # coremusic 0.2 name
    QDESIGN2 = 0x51444D32, "kAudioFormatQDesign2"  # 'QDM2'
    QUALCOMM = 0x51636C70, "kAudioFormatQUALCOMM"  # 'Qclp'
    TIME_CODE = 0x74696D65, "kAudioFormatTimeCode"  # 'time'
    ULAW = 0x756C6177, "kAudioFormatULaw"  # 'ulaw'


class AudioFormatFlag(AppleIntFlag):
    """Format flags of any format: ``AudioStreamBasicDescription.mFormatFlags``.

    Apple's ``kAudioFormatFlag*`` constants (CoreAudioTypes/CoreAudioBaseTypes.h).

    ``NATIVE_ENDIAN`` is 0: both macOS targets (arm64, x86_64) are little-endian.
    ``NATIVE_FLOAT_PACKED``, ``CANONICAL`` and ``AUDIO_UNIT_CANONICAL`` are
    combinations Apple names.

    Aliases (one member, several names): ``CANONICAL`` = ``NATIVE_FLOAT_PACKED``.

    Example
    -------
    >>> from coremusic.constants import AudioFormatFlag, apple_name
    >>> AudioFormatFlag.NATIVE_ENDIAN
    <AudioFormatFlag.NATIVE_ENDIAN: 0>
    >>> apple_name(AudioFormatFlag.NATIVE_ENDIAN)
    'kAudioFormatFlagsNativeEndian'
    """

    NATIVE_ENDIAN = 0, "kAudioFormatFlagsNativeEndian"
    IS_FLOAT = 1, "kAudioFormatFlagIsFloat"
    IS_BIG_ENDIAN = 2, "kAudioFormatFlagIsBigEndian"
    IS_SIGNED_INTEGER = 4, "kAudioFormatFlagIsSignedInteger"
    IS_PACKED = 8, "kAudioFormatFlagIsPacked"
    NATIVE_FLOAT_PACKED = 9, "kAudioFormatFlagsNativeFloatPacked"
    CANONICAL = 9, "kAudioFormatFlagsCanonical"  # alias of NATIVE_FLOAT_PACKED
    IS_ALIGNED_HIGH = 0x10, "kAudioFormatFlagIsAlignedHigh"
    IS_NON_INTERLEAVED = 0x20, "kAudioFormatFlagIsNonInterleaved"
    AUDIO_UNIT_CANONICAL = 0x29, "kAudioFormatFlagsAudioUnitCanonical"
    IS_NON_MIXABLE = 0x40, "kAudioFormatFlagIsNonMixable"
    ARE_ALL_CLEAR = 0x80000000, "kAudioFormatFlagsAreAllClear"


class LinearPCMFormatFlag(AppleIntFlag):
    """Format flags of linear PCM (``kLinearPCMFormatFlag*``), same bits as ``AudioFormatFlag``.

    Apple's ``kLinearPCMFormatFlag*`` constants (CoreAudioTypes/CoreAudioBaseTypes.h).

    ``SAMPLE_FRACTION_MASK`` selects the fixed-point fraction bits; shift them by
    ``LINEAR_PCM_SAMPLE_FRACTION_SHIFT``.

    Aliases (one member, several names): ``FLAGS_ALL_CLEAR`` = ``ARE_ALL_CLEAR`` (name kept
    from coremusic 0.2).

    Example
    -------
    >>> from coremusic.constants import LinearPCMFormatFlag, apple_name
    >>> LinearPCMFormatFlag.IS_FLOAT
    <LinearPCMFormatFlag.IS_FLOAT: 1>
    >>> apple_name(LinearPCMFormatFlag.IS_FLOAT)
    'kLinearPCMFormatFlagIsFloat'
    """

    IS_FLOAT = 1, "kLinearPCMFormatFlagIsFloat"
    IS_BIG_ENDIAN = 2, "kLinearPCMFormatFlagIsBigEndian"
    IS_SIGNED_INTEGER = 4, "kLinearPCMFormatFlagIsSignedInteger"
    IS_PACKED = 8, "kLinearPCMFormatFlagIsPacked"
    IS_ALIGNED_HIGH = 0x10, "kLinearPCMFormatFlagIsAlignedHigh"
    IS_NON_INTERLEAVED = 0x20, "kLinearPCMFormatFlagIsNonInterleaved"
    IS_NON_MIXABLE = 0x40, "kLinearPCMFormatFlagIsNonMixable"
    SAMPLE_FRACTION_MASK = 0x1F80, "kLinearPCMFormatFlagsSampleFractionMask"
    ARE_ALL_CLEAR = 0x80000000, "kLinearPCMFormatFlagsAreAllClear"
    FLAGS_ALL_CLEAR = 0x80000000, "kLinearPCMFormatFlagsAreAllClear"  # coremusic 0.2 name


class AppleLosslessFormatFlag(AppleIntEnum):
    """Source bit depth of Apple Lossless data (``mFormatFlags`` of ``'alac'``).

    Apple's ``kAppleLosslessFormatFlag_*BitSourceData`` constants
    (CoreAudioTypes/CoreAudioBaseTypes.h).

    Example
    -------
    >>> from coremusic.constants import AppleLosslessFormatFlag, apple_name
    >>> AppleLosslessFormatFlag.SOURCE_16_BIT
    <AppleLosslessFormatFlag.SOURCE_16_BIT: 1>
    >>> apple_name(AppleLosslessFormatFlag.SOURCE_16_BIT)
    'kAppleLosslessFormatFlag_16BitSourceData'
    """

    SOURCE_16_BIT = 1, "kAppleLosslessFormatFlag_16BitSourceData"
    SOURCE_20_BIT = 2, "kAppleLosslessFormatFlag_20BitSourceData"
    SOURCE_24_BIT = 3, "kAppleLosslessFormatFlag_24BitSourceData"
    SOURCE_32_BIT = 4, "kAppleLosslessFormatFlag_32BitSourceData"


class MPEG4ObjectID(AppleIntEnum):
    """MPEG-4 audio object types (``MPEG4ObjectID``), the ``mFormatFlags`` of ``'aac '``.

    Apple's ``kMPEG4Object_*`` constants (CoreAudioTypes/CoreAudioBaseTypes.h).

    Example
    -------
    >>> from coremusic.constants import MPEG4ObjectID, apple_name
    >>> MPEG4ObjectID.AAC_MAIN
    <MPEG4ObjectID.AAC_MAIN: 1>
    >>> apple_name(MPEG4ObjectID.AAC_MAIN)
    'kMPEG4Object_AAC_Main'
    """

    AAC_MAIN = 1, "kMPEG4Object_AAC_Main"
    AAC_LC = 2, "kMPEG4Object_AAC_LC"
    AAC_SSR = 3, "kMPEG4Object_AAC_SSR"
    AAC_LTP = 4, "kMPEG4Object_AAC_LTP"
    AAC_SBR = 5, "kMPEG4Object_AAC_SBR"
    AAC_SCALABLE = 6, "kMPEG4Object_AAC_Scalable"
    TWINVQ = 7, "kMPEG4Object_TwinVQ"
    CELP = 8, "kMPEG4Object_CELP"
    HVXC = 9, "kMPEG4Object_HVXC"


class AudioFormatProperty(FourCCEnum):
    """Properties of ``AudioFormatGetProperty`` / ``AudioFormatGetPropertyInfo``.

    Apple's ``kAudioFormatProperty_*`` constants (AudioToolbox/AudioFormat.h).

    Example
    -------
    >>> from coremusic.constants import AudioFormatProperty, apple_name
    >>> AudioFormatProperty.ARE_CHANNEL_LAYOUTS_EQUIVALENT
    <AudioFormatProperty.ARE_CHANNEL_LAYOUTS_EQUIVALENT: 'cheq'>
    >>> apple_name(AudioFormatProperty.ARE_CHANNEL_LAYOUTS_EQUIVALENT)
    'kAudioFormatProperty_AreChannelLayoutsEquivalent'
    """

    ARE_CHANNEL_LAYOUTS_EQUIVALENT = (
        0x63686571,
        "kAudioFormatProperty_AreChannelLayoutsEquivalent",
    )  # 'cheq'
    ASBD_FROM_ESDS = 0x65737364, "kAudioFormatProperty_ASBDFromESDS"  # 'essd'
    ASBD_FROM_MPEG_PACKET = 0x61646D70, "kAudioFormatProperty_ASBDFromMPEGPacket"  # 'admp'
    AVAILABLE_DECODE_NUMBER_CHANNELS = (
        0x61646E63,
        "kAudioFormatProperty_AvailableDecodeNumberChannels",
    )  # 'adnc'
    AVAILABLE_ENCODE_BIT_RATES = (
        0x61656272,
        "kAudioFormatProperty_AvailableEncodeBitRates",
    )  # 'aebr'
    AVAILABLE_ENCODE_CHANNEL_LAYOUT_TAGS = (
        0x6165636C,
        "kAudioFormatProperty_AvailableEncodeChannelLayoutTags",
    )  # 'aecl'
    AVAILABLE_ENCODE_NUMBER_CHANNELS = (
        0x61766E63,
        "kAudioFormatProperty_AvailableEncodeNumberChannels",
    )  # 'avnc'
    AVAILABLE_ENCODE_SAMPLE_RATES = (
        0x61657372,
        "kAudioFormatProperty_AvailableEncodeSampleRates",
    )  # 'aesr'
    BALANCE_FADE = 0x62616C66, "kAudioFormatProperty_BalanceFade"  # 'balf'
    BITMAP_FOR_LAYOUT_TAG = 0x626D7467, "kAudioFormatProperty_BitmapForLayoutTag"  # 'bmtg'
    CHANNEL_LAYOUT_FOR_BITMAP = 0x636D7062, "kAudioFormatProperty_ChannelLayoutForBitmap"  # 'cmpb'
    CHANNEL_LAYOUT_FOR_TAG = 0x636D706C, "kAudioFormatProperty_ChannelLayoutForTag"  # 'cmpl'
    CHANNEL_LAYOUT_FROM_ESDS = 0x6573636C, "kAudioFormatProperty_ChannelLayoutFromESDS"  # 'escl'
    CHANNEL_LAYOUT_HASH = 0x63686861, "kAudioFormatProperty_ChannelLayoutHash"  # 'chha'
    CHANNEL_LAYOUT_NAME = 0x6C6F6E6D, "kAudioFormatProperty_ChannelLayoutName"  # 'lonm'
    CHANNEL_LAYOUT_SIMPLE_NAME = (
        0x6C736E6D,
        "kAudioFormatProperty_ChannelLayoutSimpleName",
    )  # 'lsnm'
    CHANNEL_MAP = 0x63686D70, "kAudioFormatProperty_ChannelMap"  # 'chmp'
    CHANNEL_NAME = 0x636E616D, "kAudioFormatProperty_ChannelName"  # 'cnam'
    CHANNEL_SHORT_NAME = 0x63736E6D, "kAudioFormatProperty_ChannelShortName"  # 'csnm'
    DECODERS = 0x61766465, "kAudioFormatProperty_Decoders"  # 'avde'
    DECODE_FORMAT_IDS = 0x61636966, "kAudioFormatProperty_DecodeFormatIDs"  # 'acif'
    ENCODERS = 0x6176656E, "kAudioFormatProperty_Encoders"  # 'aven'
    ENCODE_FORMAT_IDS = 0x61636F66, "kAudioFormatProperty_EncodeFormatIDs"  # 'acof'
    FIRST_PLAYABLE_FORMAT_FROM_LIST = (
        0x6670666C,
        "kAudioFormatProperty_FirstPlayableFormatFromList",
    )  # 'fpfl'
    FORMAT_EMPLOYS_DEPENDENT_PACKETS = (
        0x66646570,
        "kAudioFormatProperty_FormatEmploysDependentPackets",
    )  # 'fdep'
    FORMAT_INFO = 0x666D7469, "kAudioFormatProperty_FormatInfo"  # 'fmti'
    FORMAT_IS_ENCRYPTED = 0x63727970, "kAudioFormatProperty_FormatIsEncrypted"  # 'cryp'
    FORMAT_IS_EXTERNALLY_FRAMED = (
        0x66657866,
        "kAudioFormatProperty_FormatIsExternallyFramed",
    )  # 'fexf'
    FORMAT_IS_VBR = 0x66766272, "kAudioFormatProperty_FormatIsVBR"  # 'fvbr'
    FORMAT_LIST = 0x666C7374, "kAudioFormatProperty_FormatList"  # 'flst'
    FORMAT_NAME = 0x666E616D, "kAudioFormatProperty_FormatName"  # 'fnam'
    ID3_TAG_SIZE = 0x69643373, "kAudioFormatProperty_ID3TagSize"  # 'id3s'
    ID3_TAG_TO_DICTIONARY = 0x69643364, "kAudioFormatProperty_ID3TagToDictionary"  # 'id3d'
    MATRIX_MIX_MAP = 0x6D6D6170, "kAudioFormatProperty_MatrixMixMap"  # 'mmap'
    NUMBER_OF_CHANNELS_FOR_LAYOUT = (
        0x6E63686D,
        "kAudioFormatProperty_NumberOfChannelsForLayout",
    )  # 'nchm'
    OUTPUT_FORMAT_LIST = 0x6F666C73, "kAudioFormatProperty_OutputFormatList"  # 'ofls'
    PANNING_MATRIX = 0x70616E6D, "kAudioFormatProperty_PanningMatrix"  # 'panm'
    TAGS_FOR_NUMBER_OF_CHANNELS = (
        0x74616763,
        "kAudioFormatProperty_TagsForNumberOfChannels",
    )  # 'tagc'
    TAG_FOR_CHANNEL_LAYOUT = 0x636D7074, "kAudioFormatProperty_TagForChannelLayout"  # 'cmpt'
    VALIDATE_CHANNEL_LAYOUT = 0x7661636C, "kAudioFormatProperty_ValidateChannelLayout"  # 'vacl'


class AudioFormatErrorCode(FourCCEnum):
    """Result codes of the AudioFormat services.

    Apple's ``kAudioFormat*Error`` constants (AudioToolbox/AudioFormat.h).

    Example
    -------
    >>> from coremusic.constants import AudioFormatErrorCode, apple_name
    >>> AudioFormatErrorCode.BAD_PROPERTY_SIZE
    <AudioFormatErrorCode.BAD_PROPERTY_SIZE: '!siz'>
    >>> apple_name(AudioFormatErrorCode.BAD_PROPERTY_SIZE)
    'kAudioFormatBadPropertySizeError'
    """

    BAD_PROPERTY_SIZE = 0x2173697A, "kAudioFormatBadPropertySizeError"  # '!siz'
    BAD_SPECIFIER_SIZE = 0x21737063, "kAudioFormatBadSpecifierSizeError"  # '!spc'
    UNKNOWN_FORMAT = 0x21666D74, "kAudioFormatUnknownFormatError"  # '!fmt'
    UNSPECIFIED = 0x77686174, "kAudioFormatUnspecifiedError"  # 'what'
    UNSUPPORTED_DATA_FORMAT = 0x666D743F, "kAudioFormatUnsupportedDataFormatError"  # 'fmt?'
    UNSUPPORTED_PROPERTY = 0x70726F70, "kAudioFormatUnsupportedPropertyError"  # 'prop'


class AudioBalanceFadeType(AppleIntEnum):
    """Gain law of ``kAudioFormatProperty_BalanceFade`` (``AudioBalanceFadeType``).

    Apple's ``kAudioBalanceFadeType_*`` constants (AudioToolbox/AudioFormat.h).

    Example
    -------
    >>> from coremusic.constants import AudioBalanceFadeType, apple_name
    >>> AudioBalanceFadeType.MAX_UNITY_GAIN
    <AudioBalanceFadeType.MAX_UNITY_GAIN: 0>
    >>> apple_name(AudioBalanceFadeType.MAX_UNITY_GAIN)
    'kAudioBalanceFadeType_MaxUnityGain'
    """

    MAX_UNITY_GAIN = 0, "kAudioBalanceFadeType_MaxUnityGain"
    EQUAL_POWER = 1, "kAudioBalanceFadeType_EqualPower"


class AudioPanningMode(AppleIntEnum):
    """Panning algorithm of ``kAudioFormatProperty_PanningMatrix`` (``AudioPanningMode``).

    Apple's ``kPanningMode_*`` constants (AudioToolbox/AudioFormat.h).

    Example
    -------
    >>> from coremusic.constants import AudioPanningMode, apple_name
    >>> AudioPanningMode.SOUND_FIELD
    <AudioPanningMode.SOUND_FIELD: 3>
    >>> apple_name(AudioPanningMode.SOUND_FIELD)
    'kPanningMode_SoundField'
    """

    SOUND_FIELD = 3, "kPanningMode_SoundField"
    VECTOR_BASED_PANNING = 4, "kPanningMode_VectorBasedPanning"
