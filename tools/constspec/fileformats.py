"""Specifications: AudioToolbox file formats, converters and codecs."""

from __future__ import annotations

from constgen import Cls, Module

from ._common import _e

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


AUDIOFILE.handwritten_names = ("AudioFilePermission", "ExtendedAudioFileProperty")
AUDIOFILE.handwritten = """#: The coremusic 0.2 name of :class:`AudioFilePermissions`.
AudioFilePermission = AudioFilePermissions
#: The coremusic 0.2 name of :class:`ExtAudioFileProperty`.
ExtendedAudioFileProperty = ExtAudioFileProperty
"""
