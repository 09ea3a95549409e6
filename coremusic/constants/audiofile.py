"""AudioFile, AudioFileStream and ExtAudioFile constants (AudioToolbox).

Values are Apple's, checked against the SDK facts by the test suite.
"""

from __future__ import annotations

from coremusic.constants._base import AppleIntEnum, AppleIntFlag, AppleStrEnum, FourCCEnum

__all__ = [
    "AudioBytePacketTranslationFlag",
    "AudioFileComponentProperty",
    "AudioFileComponentSelector",
    "AudioFileErrorCode",
    "AudioFileFlags",
    "AudioFileGlobalInfo",
    "AudioFileInfoKey",
    "AudioFileLoopDirection",
    "AudioFileMarkerType",
    "AudioFilePermission",
    "AudioFilePermissions",
    "AudioFileProperty",
    "AudioFileRegionFlag",
    "AudioFileStreamErrorCode",
    "AudioFileStreamParseFlag",
    "AudioFileStreamProperty",
    "AudioFileStreamPropertyFlag",
    "AudioFileStreamSeekFlag",
    "AudioFileType",
    "ExtAudioFileErrorCode",
    "ExtAudioFilePacketTableInfoOverride",
    "ExtAudioFileProperty",
    "ExtendedAudioFileProperty",
]


class AudioFileType(FourCCEnum):
    """Audio file container types (``AudioFileTypeID``).

    Apple's ``kAudioFile*`` constants (AudioToolbox/AudioFile.h).

    Example
    -------
    >>> from coremusic.constants import AudioFileType, apple_name
    >>> AudioFileType.AAC_ADTS
    <AudioFileType.AAC_ADTS: 'adts'>
    >>> apple_name(AudioFileType.AAC_ADTS)
    'kAudioFileAAC_ADTSType'
    """

    AAC_ADTS = 0x61647473, "kAudioFileAAC_ADTSType"  # 'adts'
    AC3 = 0x61632D33, "kAudioFileAC3Type"  # 'ac-3'
    AIFC = 0x41494643, "kAudioFileAIFCType"  # 'AIFC'
    AIFF = 0x41494646, "kAudioFileAIFFType"  # 'AIFF'
    AMR = 0x616D7266, "kAudioFileAMRType"  # 'amrf'
    BW64 = 0x42573634, "kAudioFileBW64Type"  # 'BW64'
    CAF = 0x63616666, "kAudioFileCAFType"  # 'caff'
    FLAC = 0x666C6163, "kAudioFileFLACType"  # 'flac'
    LATM_IN_LOAS = 0x6C6F6173, "kAudioFileLATMInLOASType"  # 'loas'
    M4A = 0x6D346166, "kAudioFileM4AType"  # 'm4af'
    M4B = 0x6D346266, "kAudioFileM4BType"  # 'm4bf'
    MP1 = 0x4D504731, "kAudioFileMP1Type"  # 'MPG1'
    MP2 = 0x4D504732, "kAudioFileMP2Type"  # 'MPG2'
    MP3 = 0x4D504733, "kAudioFileMP3Type"  # 'MPG3'
    MPEG4 = 0x6D703466, "kAudioFileMPEG4Type"  # 'mp4f'
    NEXT = 0x4E655854, "kAudioFileNextType"  # 'NeXT'
    RF64 = 0x52463634, "kAudioFileRF64Type"  # 'RF64'
    SOUND_DESIGNER2 = 0x53643266, "kAudioFileSoundDesigner2Type"  # 'Sd2f'
    THREEGP = 0x33677070, "kAudioFile3GPType"  # '3gpp'
    THREEGP2 = 0x33677032, "kAudioFile3GP2Type"  # '3gp2'
    WAVE = 0x57415645, "kAudioFileWAVEType"  # 'WAVE'
    WAVE64 = 0x57363466, "kAudioFileWave64Type"  # 'W64f'


class AudioFileProperty(FourCCEnum):
    """Properties of an open audio file (``AudioFilePropertyID``).

    Apple's ``kAudioFileProperty*`` constants (AudioToolbox/AudioFile.h).

    Example
    -------
    >>> from coremusic.constants import AudioFileProperty, apple_name
    >>> AudioFileProperty.ALBUM_ARTWORK
    <AudioFileProperty.ALBUM_ARTWORK: 'aart'>
    >>> apple_name(AudioFileProperty.ALBUM_ARTWORK)
    'kAudioFilePropertyAlbumArtwork'
    """

    ALBUM_ARTWORK = 0x61617274, "kAudioFilePropertyAlbumArtwork"  # 'aart'
    AUDIO_DATA_BYTE_COUNT = 0x62636E74, "kAudioFilePropertyAudioDataByteCount"  # 'bcnt'
    AUDIO_DATA_PACKET_COUNT = 0x70636E74, "kAudioFilePropertyAudioDataPacketCount"  # 'pcnt'
    AUDIO_TRACK_COUNT = 0x61746374, "kAudioFilePropertyAudioTrackCount"  # 'atct'
    BIT_RATE = 0x62726174, "kAudioFilePropertyBitRate"  # 'brat'
    BYTE_TO_PACKET = 0x6279706B, "kAudioFilePropertyByteToPacket"  # 'bypk'
    CHANNEL_LAYOUT = 0x636D6170, "kAudioFilePropertyChannelLayout"  # 'cmap'
    CHUNK_IDS = 0x63686964, "kAudioFilePropertyChunkIDs"  # 'chid'
    DATA_FORMAT = 0x64666D74, "kAudioFilePropertyDataFormat"  # 'dfmt'
    DATA_FORMAT_NAME = 0x666E6D65, "kAudioFilePropertyDataFormatName"  # 'fnme'
    DATA_OFFSET = 0x646F6666, "kAudioFilePropertyDataOffset"  # 'doff'
    DEFER_SIZE_UPDATES = 0x64737A75, "kAudioFilePropertyDeferSizeUpdates"  # 'dszu'
    ESTIMATED_DURATION = 0x65647572, "kAudioFilePropertyEstimatedDuration"  # 'edur'
    FILE_FORMAT = 0x66666D74, "kAudioFilePropertyFileFormat"  # 'ffmt'
    FORMAT_LIST = 0x666C7374, "kAudioFilePropertyFormatList"  # 'flst'
    FRAME_TO_PACKET = 0x6672706B, "kAudioFilePropertyFrameToPacket"  # 'frpk'
    ID3_TAG = 0x69643374, "kAudioFilePropertyID3Tag"  # 'id3t'
    ID3_TAG_OFFSET = 0x6964336F, "kAudioFilePropertyID3TagOffset"  # 'id3o'
    INFO_DICTIONARY = 0x696E666F, "kAudioFilePropertyInfoDictionary"  # 'info'
    IS_OPTIMIZED = 0x6F70746D, "kAudioFilePropertyIsOptimized"  # 'optm'
    MAGIC_COOKIE_DATA = 0x6D676963, "kAudioFilePropertyMagicCookieData"  # 'mgic'
    MARKER_LIST = 0x6D6B6C73, "kAudioFilePropertyMarkerList"  # 'mkls'
    MAXIMUM_PACKET_SIZE = 0x70737A65, "kAudioFilePropertyMaximumPacketSize"  # 'psze'
    NEXT_INDEPENDENT_PACKET = 0x6E696E64, "kAudioFilePropertyNextIndependentPacket"  # 'nind'
    PACKET_RANGE_BYTE_COUNT_UPPER_BOUND = (
        0x70727562,
        "kAudioFilePropertyPacketRangeByteCountUpperBound",
    )  # 'prub'
    PACKET_SIZE_UPPER_BOUND = 0x706B7562, "kAudioFilePropertyPacketSizeUpperBound"  # 'pkub'
    PACKET_TABLE_INFO = 0x706E666F, "kAudioFilePropertyPacketTableInfo"  # 'pnfo'
    PACKET_TO_BYTE = 0x706B6279, "kAudioFilePropertyPacketToByte"  # 'pkby'
    PACKET_TO_DEPENDENCY_INFO = 0x706B6470, "kAudioFilePropertyPacketToDependencyInfo"  # 'pkdp'
    PACKET_TO_FRAME = 0x706B6672, "kAudioFilePropertyPacketToFrame"  # 'pkfr'
    PACKET_TO_ROLL_DISTANCE = 0x706B726C, "kAudioFilePropertyPacketToRollDistance"  # 'pkrl'
    PREVIOUS_INDEPENDENT_PACKET = (
        0x70696E64,
        "kAudioFilePropertyPreviousIndependentPacket",
    )  # 'pind'
    REGION_LIST = 0x72676C73, "kAudioFilePropertyRegionList"  # 'rgls'
    RESERVE_DURATION = 0x72737276, "kAudioFilePropertyReserveDuration"  # 'rsrv'
    RESTRICTS_RANDOM_ACCESS = 0x72726170, "kAudioFilePropertyRestrictsRandomAccess"  # 'rrap'
    SOURCE_BIT_DEPTH = 0x73627464, "kAudioFilePropertySourceBitDepth"  # 'sbtd'
    USE_AUDIO_TRACK = 0x7561746B, "kAudioFilePropertyUseAudioTrack"  # 'uatk'


class AudioFileGlobalInfo(FourCCEnum):
    """Selectors of ``AudioFileGetGlobalInfo`` (readable/writable types, extensions ...).

    Apple's ``kAudioFileGlobalInfo_*`` constants (AudioToolbox/AudioFile.h).

    Example
    -------
    >>> from coremusic.constants import AudioFileGlobalInfo, apple_name
    >>> AudioFileGlobalInfo.ALL_EXTENSIONS
    <AudioFileGlobalInfo.ALL_EXTENSIONS: 'alxt'>
    >>> apple_name(AudioFileGlobalInfo.ALL_EXTENSIONS)
    'kAudioFileGlobalInfo_AllExtensions'
    """

    ALL_EXTENSIONS = 0x616C7874, "kAudioFileGlobalInfo_AllExtensions"  # 'alxt'
    ALL_HFS_TYPE_CODES = 0x61686673, "kAudioFileGlobalInfo_AllHFSTypeCodes"  # 'ahfs'
    ALL_MIME_TYPES = 0x616D696D, "kAudioFileGlobalInfo_AllMIMETypes"  # 'amim'
    ALL_UTIS = 0x61757469, "kAudioFileGlobalInfo_AllUTIs"  # 'auti'
    AVAILABLE_FORMAT_IDS = 0x666D6964, "kAudioFileGlobalInfo_AvailableFormatIDs"  # 'fmid'
    AVAILABLE_STREAM_DESCRIPTIONS_FOR_FORMAT = (
        0x73646964,
        "kAudioFileGlobalInfo_AvailableStreamDescriptionsForFormat",
    )  # 'sdid'
    EXTENSIONS_FOR_TYPE = 0x66657874, "kAudioFileGlobalInfo_ExtensionsForType"  # 'fext'
    FILE_TYPE_NAME = 0x66746E6D, "kAudioFileGlobalInfo_FileTypeName"  # 'ftnm'
    HFS_TYPE_CODES_FOR_TYPE = 0x66686673, "kAudioFileGlobalInfo_HFSTypeCodesForType"  # 'fhfs'
    MIME_TYPES_FOR_TYPE = 0x666D696D, "kAudioFileGlobalInfo_MIMETypesForType"  # 'fmim'
    READABLE_TYPES = 0x61667266, "kAudioFileGlobalInfo_ReadableTypes"  # 'afrf'
    TYPES_FOR_EXTENSION = 0x74657874, "kAudioFileGlobalInfo_TypesForExtension"  # 'text'
    TYPES_FOR_HFS_TYPE_CODE = 0x74686673, "kAudioFileGlobalInfo_TypesForHFSTypeCode"  # 'thfs'
    TYPES_FOR_MIME_TYPE = 0x746D696D, "kAudioFileGlobalInfo_TypesForMIMEType"  # 'tmim'
    TYPES_FOR_UTI = 0x74757469, "kAudioFileGlobalInfo_TypesForUTI"  # 'tuti'
    UTIS_FOR_TYPE = 0x66757469, "kAudioFileGlobalInfo_UTIsForType"  # 'futi'
    WRITABLE_TYPES = 0x61667766, "kAudioFileGlobalInfo_WritableTypes"  # 'afwf'


class AudioFileErrorCode(FourCCEnum):
    """Result codes of the AudioFile services.

    Apple's ``kAudioFile*Error`` constants (AudioToolbox/AudioFile.h).

    Example
    -------
    >>> from coremusic.constants import AudioFileErrorCode, apple_name
    >>> AudioFileErrorCode.BAD_PROPERTY_SIZE
    <AudioFileErrorCode.BAD_PROPERTY_SIZE: '!siz'>
    >>> apple_name(AudioFileErrorCode.BAD_PROPERTY_SIZE)
    'kAudioFileBadPropertySizeError'
    """

    BAD_PROPERTY_SIZE = 0x2173697A, "kAudioFileBadPropertySizeError"  # '!siz'
    DOES_NOT_ALLOW_64_BIT_DATA_SIZE = (
        0x6F66663F,
        "kAudioFileDoesNotAllow64BitDataSizeError",
    )  # 'off?'
    END_OF_FILE = -39, "kAudioFileEndOfFileError"
    FILE_NOT_FOUND = -43, "kAudioFileFileNotFoundError"
    INVALID_CHUNK = 0x63686B3F, "kAudioFileInvalidChunkError"  # 'chk?'
    INVALID_FILE = 0x6474613F, "kAudioFileInvalidFileError"  # 'dta?'
    INVALID_PACKET_DEPENDENCY = 0x6465703F, "kAudioFileInvalidPacketDependencyError"  # 'dep?'
    INVALID_PACKET_OFFSET = 0x70636B3F, "kAudioFileInvalidPacketOffsetError"  # 'pck?'
    NOT_OPEN = -38, "kAudioFileNotOpenError"
    NOT_OPTIMIZED = 0x6F70746D, "kAudioFileNotOptimizedError"  # 'optm'
    OPERATION_NOT_SUPPORTED = 0x6F703F3F, "kAudioFileOperationNotSupportedError"  # 'op??'
    PERMISSIONS = 0x70726D3F, "kAudioFilePermissionsError"  # 'prm?'
    POSITION = -40, "kAudioFilePositionError"
    UNSPECIFIED = 0x7768743F, "kAudioFileUnspecifiedError"  # 'wht?'
    UNSUPPORTED_DATA_FORMAT = 0x666D743F, "kAudioFileUnsupportedDataFormatError"  # 'fmt?'
    UNSUPPORTED_FILE_TYPE = 0x7479703F, "kAudioFileUnsupportedFileTypeError"  # 'typ?'
    UNSUPPORTED_PROPERTY = 0x7074793F, "kAudioFileUnsupportedPropertyError"  # 'pty?'


class AudioFilePermissions(AppleIntFlag):
    """Access mode of ``AudioFileOpenURL`` (``AudioFilePermissions``).

    Apple's ``kAudioFile*Permission`` constants (AudioToolbox/AudioFile.h).

    Example
    -------
    >>> from coremusic.constants import AudioFilePermissions, apple_name
    >>> AudioFilePermissions.READ
    <AudioFilePermissions.READ: 1>
    >>> apple_name(AudioFilePermissions.READ)
    'kAudioFileReadPermission'
    """

    READ = 1, "kAudioFileReadPermission"
    WRITE = 2, "kAudioFileWritePermission"
    READ_WRITE = 3, "kAudioFileReadWritePermission"


class AudioFileFlags(AppleIntFlag):
    """Options of ``AudioFileCreateWithURL`` (``AudioFileFlags``).

    Apple's ``kAudioFileFlags_*`` constants (AudioToolbox/AudioFile.h).

    Example
    -------
    >>> from coremusic.constants import AudioFileFlags, apple_name
    >>> AudioFileFlags.ERASE_FILE
    <AudioFileFlags.ERASE_FILE: 1>
    >>> apple_name(AudioFileFlags.ERASE_FILE)
    'kAudioFileFlags_EraseFile'
    """

    ERASE_FILE = 1, "kAudioFileFlags_EraseFile"
    DONT_PAGE_ALIGN_AUDIO_DATA = 2, "kAudioFileFlags_DontPageAlignAudioData"


class AudioFileLoopDirection(AppleIntEnum):
    """Loop direction of an ``AudioFileRegion``.

    Apple's ``kAudioFileLoopDirection_*`` constants (AudioToolbox/AudioFile.h).

    Example
    -------
    >>> from coremusic.constants import AudioFileLoopDirection, apple_name
    >>> AudioFileLoopDirection.NO_LOOPING
    <AudioFileLoopDirection.NO_LOOPING: 0>
    >>> apple_name(AudioFileLoopDirection.NO_LOOPING)
    'kAudioFileLoopDirection_NoLooping'
    """

    NO_LOOPING = 0, "kAudioFileLoopDirection_NoLooping"
    FORWARD = 1, "kAudioFileLoopDirection_Forward"
    FORWARD_AND_BACKWARD = 2, "kAudioFileLoopDirection_ForwardAndBackward"
    BACKWARD = 3, "kAudioFileLoopDirection_Backward"


class AudioFileMarkerType(AppleIntEnum):
    """Kind of an ``AudioFileMarker``.

    Apple's constant ``kAudioFileMarkerType_Generic`` (AudioToolbox/AudioFile.h).

    Example
    -------
    >>> from coremusic.constants import AudioFileMarkerType, apple_name
    >>> AudioFileMarkerType.GENERIC
    <AudioFileMarkerType.GENERIC: 0>
    >>> apple_name(AudioFileMarkerType.GENERIC)
    'kAudioFileMarkerType_Generic'
    """

    GENERIC = 0, "kAudioFileMarkerType_Generic"


class AudioFileRegionFlag(AppleIntFlag):
    """Playback flags of an ``AudioFileRegion`` (``AudioFileRegionFlags``).

    Apple's ``kAudioFileRegionFlag_*`` constants (AudioToolbox/AudioFile.h).

    Example
    -------
    >>> from coremusic.constants import AudioFileRegionFlag, apple_name
    >>> AudioFileRegionFlag.LOOP_ENABLE
    <AudioFileRegionFlag.LOOP_ENABLE: 1>
    >>> apple_name(AudioFileRegionFlag.LOOP_ENABLE)
    'kAudioFileRegionFlag_LoopEnable'
    """

    LOOP_ENABLE = 1, "kAudioFileRegionFlag_LoopEnable"
    PLAY_FORWARD = 2, "kAudioFileRegionFlag_PlayForward"
    PLAY_BACKWARD = 4, "kAudioFileRegionFlag_PlayBackward"


class AudioBytePacketTranslationFlag(AppleIntFlag):
    """Flags of an ``AudioBytePacketTranslation`` (``AudioBytePacketTranslationFlags``).

    Apple's constant ``kBytePacketTranslationFlag_IsEstimate`` (AudioToolbox/AudioFile.h).

    Example
    -------
    >>> from coremusic.constants import AudioBytePacketTranslationFlag, apple_name
    >>> AudioBytePacketTranslationFlag.IS_ESTIMATE
    <AudioBytePacketTranslationFlag.IS_ESTIMATE: 1>
    >>> apple_name(AudioBytePacketTranslationFlag.IS_ESTIMATE)
    'kBytePacketTranslationFlag_IsEstimate'
    """

    IS_ESTIMATE = 1, "kBytePacketTranslationFlag_IsEstimate"


class AudioFileComponentProperty(FourCCEnum):
    """Properties of AudioFile components, for file-format plug-in authors.

    Apple's ``kAudioFileComponent_*`` constants (AudioToolbox/AudioFileComponent.h).

    Example
    -------
    >>> from coremusic.constants import AudioFileComponentProperty, apple_name
    >>> AudioFileComponentProperty.AVAILABLE_FORMAT_IDS
    <AudioFileComponentProperty.AVAILABLE_FORMAT_IDS: 'fmid'>
    >>> apple_name(AudioFileComponentProperty.AVAILABLE_FORMAT_IDS)
    'kAudioFileComponent_AvailableFormatIDs'
    """

    AVAILABLE_FORMAT_IDS = 0x666D6964, "kAudioFileComponent_AvailableFormatIDs"  # 'fmid'
    AVAILABLE_STREAM_DESCRIPTIONS_FOR_FORMAT = (
        0x73646964,
        "kAudioFileComponent_AvailableStreamDescriptionsForFormat",
    )  # 'sdid'
    CAN_READ = 0x636E7264, "kAudioFileComponent_CanRead"  # 'cnrd'
    CAN_WRITE = 0x636E7772, "kAudioFileComponent_CanWrite"  # 'cnwr'
    EXTENSIONS_FOR_TYPE = 0x66657874, "kAudioFileComponent_ExtensionsForType"  # 'fext'
    FAST_DISPATCH_TABLE = 0x66646674, "kAudioFileComponent_FastDispatchTable"  # 'fdft'
    FILE_TYPE_NAME = 0x66746E6D, "kAudioFileComponent_FileTypeName"  # 'ftnm'
    HFS_TYPE_CODES_FOR_TYPE = 0x66686673, "kAudioFileComponent_HFSTypeCodesForType"  # 'fhfs'
    MIME_TYPES_FOR_TYPE = 0x666D696D, "kAudioFileComponent_MIMETypesForType"  # 'fmim'
    UTIS_FOR_TYPE = 0x66757469, "kAudioFileComponent_UTIsForType"  # 'futi'


class AudioFileComponentSelector(AppleIntEnum):
    """Component selectors of AudioFile components, for file-format plug-in authors.

    Apple's ``kAudioFile*`` constants (AudioToolbox/AudioFileComponent.h).

    Example
    -------
    >>> from coremusic.constants import AudioFileComponentSelector, apple_name
    >>> AudioFileComponentSelector.CREATE
    <AudioFileComponentSelector.CREATE: 1>
    >>> apple_name(AudioFileComponentSelector.CREATE)
    'kAudioFileCreateSelect'
    """

    CREATE = 1, "kAudioFileCreateSelect"
    OPEN = 2, "kAudioFileOpenSelect"
    INITIALIZE = 3, "kAudioFileInitializeSelect"
    OPEN_WITH_CALLBACKS = 4, "kAudioFileOpenWithCallbacksSelect"
    INITIALIZE_WITH_CALLBACKS = 5, "kAudioFileInitializeWithCallbacksSelect"
    CLOSE = 6, "kAudioFileCloseSelect"
    OPTIMIZE = 7, "kAudioFileOptimizeSelect"
    READ_BYTES = 8, "kAudioFileReadBytesSelect"
    WRITE_BYTES = 9, "kAudioFileWriteBytesSelect"
    READ_PACKETS = 10, "kAudioFileReadPacketsSelect"
    WRITE_PACKETS = 11, "kAudioFileWritePacketsSelect"
    GET_PROPERTY_INFO = 12, "kAudioFileGetPropertyInfoSelect"
    GET_PROPERTY = 13, "kAudioFileGetPropertySelect"
    SET_PROPERTY = 14, "kAudioFileSetPropertySelect"
    EXTENSION_IS_THIS_FORMAT = 15, "kAudioFileExtensionIsThisFormatSelect"
    FILE_IS_THIS_FORMAT = 16, "kAudioFileFileIsThisFormatSelect"
    DATA_IS_THIS_FORMAT = 17, "kAudioFileDataIsThisFormatSelect"
    GET_GLOBAL_INFO_SIZE = 18, "kAudioFileGetGlobalInfoSizeSelect"
    GET_GLOBAL_INFO = 19, "kAudioFileGetGlobalInfoSelect"
    COUNT_USER_DATA = 20, "kAudioFileCountUserDataSelect"
    GET_USER_DATA_SIZE = 21, "kAudioFileGetUserDataSizeSelect"
    GET_USER_DATA = 22, "kAudioFileGetUserDataSelect"
    SET_USER_DATA = 23, "kAudioFileSetUserDataSelect"
    REMOVE_USER_DATA = 24, "kAudioFileRemoveUserDataSelect"
    CREATE_URL = 25, "kAudioFileCreateURLSelect"
    OPEN_URL = 26, "kAudioFileOpenURLSelect"
    FILE_DATA_IS_THIS_FORMAT = 27, "kAudioFileFileDataIsThisFormatSelect"
    READ_PACKET_DATA = 28, "kAudioFileReadPacketDataSelect"
    GET_USER_DATA_SIZE64 = 29, "kAudioFileGetUserDataSize64Select"
    GET_USER_DATA_AT_OFFSET = 30, "kAudioFileGetUserDataAtOffsetSelect"


class AudioFileInfoKey(AppleStrEnum):
    """Keys of ``kAudioFilePropertyInfoDictionary`` (``kAFInfoDictionary_*``).

    Apple's ``kAFInfoDictionary_*`` constants (AudioToolbox/AudioFile.h).

    Example
    -------
    >>> from coremusic.constants import AudioFileInfoKey, apple_name
    >>> AudioFileInfoKey.ALBUM
    <AudioFileInfoKey.ALBUM: 'album'>
    >>> apple_name(AudioFileInfoKey.ALBUM)
    'kAFInfoDictionary_Album'
    """

    ALBUM = "album", "kAFInfoDictionary_Album"
    APPROXIMATE_DURATION_IN_SECONDS = (
        "approximate duration in seconds",
        "kAFInfoDictionary_ApproximateDurationInSeconds",
    )
    ARTIST = "artist", "kAFInfoDictionary_Artist"
    CHANNEL_LAYOUT = "channel layout", "kAFInfoDictionary_ChannelLayout"
    COMMENTS = "comments", "kAFInfoDictionary_Comments"
    COMPOSER = "composer", "kAFInfoDictionary_Composer"
    COPYRIGHT = "copyright", "kAFInfoDictionary_Copyright"
    ENCODING_APPLICATION = "encoding application", "kAFInfoDictionary_EncodingApplication"
    GENRE = "genre", "kAFInfoDictionary_Genre"
    ISRC = "ISRC", "kAFInfoDictionary_ISRC"
    KEY_SIGNATURE = "key signature", "kAFInfoDictionary_KeySignature"
    LYRICIST = "lyricist", "kAFInfoDictionary_Lyricist"
    NOMINAL_BIT_RATE = "nominal bit rate", "kAFInfoDictionary_NominalBitRate"
    RECORDED_DATE = "recorded date", "kAFInfoDictionary_RecordedDate"
    SOURCE_BIT_DEPTH = "source bit depth", "kAFInfoDictionary_SourceBitDepth"
    SOURCE_ENCODER = "source encoder", "kAFInfoDictionary_SourceEncoder"
    SUB_TITLE = "subtitle", "kAFInfoDictionary_SubTitle"
    TEMPO = "tempo", "kAFInfoDictionary_Tempo"
    TIME_SIGNATURE = "time signature", "kAFInfoDictionary_TimeSignature"
    TITLE = "title", "kAFInfoDictionary_Title"
    TRACK_NUMBER = "track number", "kAFInfoDictionary_TrackNumber"
    YEAR = "year", "kAFInfoDictionary_Year"


class AudioFileStreamProperty(FourCCEnum):
    """Properties of an ``AudioFileStreamID`` parser (``AudioFileStreamPropertyID``).

    Apple's ``kAudioFileStreamProperty_*`` constants (AudioToolbox/AudioFileStream.h).

    Example
    -------
    >>> from coremusic.constants import AudioFileStreamProperty, apple_name
    >>> AudioFileStreamProperty.AUDIO_DATA_BYTE_COUNT
    <AudioFileStreamProperty.AUDIO_DATA_BYTE_COUNT: 'bcnt'>
    >>> apple_name(AudioFileStreamProperty.AUDIO_DATA_BYTE_COUNT)
    'kAudioFileStreamProperty_AudioDataByteCount'
    """

    AUDIO_DATA_BYTE_COUNT = 0x62636E74, "kAudioFileStreamProperty_AudioDataByteCount"  # 'bcnt'
    AUDIO_DATA_PACKET_COUNT = 0x70636E74, "kAudioFileStreamProperty_AudioDataPacketCount"  # 'pcnt'
    AVERAGE_BYTES_PER_PACKET = (
        0x61627070,
        "kAudioFileStreamProperty_AverageBytesPerPacket",
    )  # 'abpp'
    BIT_RATE = 0x62726174, "kAudioFileStreamProperty_BitRate"  # 'brat'
    BYTE_TO_PACKET = 0x6279706B, "kAudioFileStreamProperty_ByteToPacket"  # 'bypk'
    CHANNEL_LAYOUT = 0x636D6170, "kAudioFileStreamProperty_ChannelLayout"  # 'cmap'
    DATA_FORMAT = 0x64666D74, "kAudioFileStreamProperty_DataFormat"  # 'dfmt'
    DATA_OFFSET = 0x646F6666, "kAudioFileStreamProperty_DataOffset"  # 'doff'
    FILE_FORMAT = 0x66666D74, "kAudioFileStreamProperty_FileFormat"  # 'ffmt'
    FORMAT_LIST = 0x666C7374, "kAudioFileStreamProperty_FormatList"  # 'flst'
    FRAME_TO_PACKET = 0x6672706B, "kAudioFileStreamProperty_FrameToPacket"  # 'frpk'
    INFO_DICTIONARY = 0x696E666F, "kAudioFileStreamProperty_InfoDictionary"  # 'info'
    MAGIC_COOKIE_DATA = 0x6D676963, "kAudioFileStreamProperty_MagicCookieData"  # 'mgic'
    MAXIMUM_PACKET_SIZE = 0x70737A65, "kAudioFileStreamProperty_MaximumPacketSize"  # 'psze'
    NEXT_INDEPENDENT_PACKET = 0x6E696E64, "kAudioFileStreamProperty_NextIndependentPacket"  # 'nind'
    PACKET_SIZE_UPPER_BOUND = 0x706B7562, "kAudioFileStreamProperty_PacketSizeUpperBound"  # 'pkub'
    PACKET_TABLE_INFO = 0x706E666F, "kAudioFileStreamProperty_PacketTableInfo"  # 'pnfo'
    PACKET_TO_BYTE = 0x706B6279, "kAudioFileStreamProperty_PacketToByte"  # 'pkby'
    PACKET_TO_DEPENDENCY_INFO = (
        0x706B6470,
        "kAudioFileStreamProperty_PacketToDependencyInfo",
    )  # 'pkdp'
    PACKET_TO_FRAME = 0x706B6672, "kAudioFileStreamProperty_PacketToFrame"  # 'pkfr'
    PACKET_TO_ROLL_DISTANCE = 0x706B726C, "kAudioFileStreamProperty_PacketToRollDistance"  # 'pkrl'
    PREVIOUS_INDEPENDENT_PACKET = (
        0x70696E64,
        "kAudioFileStreamProperty_PreviousIndependentPacket",
    )  # 'pind'
    READY_TO_PRODUCE_PACKETS = (
        0x72656479,
        "kAudioFileStreamProperty_ReadyToProducePackets",
    )  # 'redy'
    RESTRICTS_RANDOM_ACCESS = 0x72726170, "kAudioFileStreamProperty_RestrictsRandomAccess"  # 'rrap'


class AudioFileStreamErrorCode(FourCCEnum):
    """Result codes of the AudioFileStream services.

    Apple's ``kAudioFileStreamError_*`` constants (AudioToolbox/AudioFileStream.h).

    Example
    -------
    >>> from coremusic.constants import AudioFileStreamErrorCode, apple_name
    >>> AudioFileStreamErrorCode.BAD_PROPERTY_SIZE
    <AudioFileStreamErrorCode.BAD_PROPERTY_SIZE: '!siz'>
    >>> apple_name(AudioFileStreamErrorCode.BAD_PROPERTY_SIZE)
    'kAudioFileStreamError_BadPropertySize'
    """

    BAD_PROPERTY_SIZE = 0x2173697A, "kAudioFileStreamError_BadPropertySize"  # '!siz'
    DATA_UNAVAILABLE = 0x6D6F7265, "kAudioFileStreamError_DataUnavailable"  # 'more'
    DISCONTINUITY_CANT_RECOVER = (
        0x64736321,
        "kAudioFileStreamError_DiscontinuityCantRecover",
    )  # 'dsc!'
    ILLEGAL_OPERATION = 0x6E6F7065, "kAudioFileStreamError_IllegalOperation"  # 'nope'
    INVALID_FILE = 0x6474613F, "kAudioFileStreamError_InvalidFile"  # 'dta?'
    INVALID_PACKET_OFFSET = 0x70636B3F, "kAudioFileStreamError_InvalidPacketOffset"  # 'pck?'
    NOT_OPTIMIZED = 0x6F70746D, "kAudioFileStreamError_NotOptimized"  # 'optm'
    UNSPECIFIED = 0x7768743F, "kAudioFileStreamError_UnspecifiedError"  # 'wht?'
    UNSUPPORTED_DATA_FORMAT = 0x666D743F, "kAudioFileStreamError_UnsupportedDataFormat"  # 'fmt?'
    UNSUPPORTED_FILE_TYPE = 0x7479703F, "kAudioFileStreamError_UnsupportedFileType"  # 'typ?'
    UNSUPPORTED_PROPERTY = 0x7074793F, "kAudioFileStreamError_UnsupportedProperty"  # 'pty?'
    VALUE_UNKNOWN = 0x756E6B3F, "kAudioFileStreamError_ValueUnknown"  # 'unk?'


class AudioFileStreamParseFlag(AppleIntFlag):
    """Flags of ``AudioFileStreamParseBytes`` (``AudioFileStreamParseFlags``).

    Apple's constant ``kAudioFileStreamParseFlag_Discontinuity``
    (AudioToolbox/AudioFileStream.h).

    Example
    -------
    >>> from coremusic.constants import AudioFileStreamParseFlag, apple_name
    >>> AudioFileStreamParseFlag.DISCONTINUITY
    <AudioFileStreamParseFlag.DISCONTINUITY: 1>
    >>> apple_name(AudioFileStreamParseFlag.DISCONTINUITY)
    'kAudioFileStreamParseFlag_Discontinuity'
    """

    DISCONTINUITY = 1, "kAudioFileStreamParseFlag_Discontinuity"


class AudioFileStreamPropertyFlag(AppleIntFlag):
    """Flags of the property-listener callback (``AudioFileStreamPropertyFlags``).

    Apple's ``kAudioFileStreamPropertyFlag_*`` constants (AudioToolbox/AudioFileStream.h).

    Example
    -------
    >>> from coremusic.constants import AudioFileStreamPropertyFlag, apple_name
    >>> AudioFileStreamPropertyFlag.PROPERTY_IS_CACHED
    <AudioFileStreamPropertyFlag.PROPERTY_IS_CACHED: 1>
    >>> apple_name(AudioFileStreamPropertyFlag.PROPERTY_IS_CACHED)
    'kAudioFileStreamPropertyFlag_PropertyIsCached'
    """

    PROPERTY_IS_CACHED = 1, "kAudioFileStreamPropertyFlag_PropertyIsCached"
    CACHE_PROPERTY = 2, "kAudioFileStreamPropertyFlag_CacheProperty"


class AudioFileStreamSeekFlag(AppleIntFlag):
    """Flags returned by ``AudioFileStreamSeek`` (``AudioFileStreamSeekFlags``).

    Apple's constant ``kAudioFileStreamSeekFlag_OffsetIsEstimated``
    (AudioToolbox/AudioFileStream.h).

    Example
    -------
    >>> from coremusic.constants import AudioFileStreamSeekFlag, apple_name
    >>> AudioFileStreamSeekFlag.OFFSET_IS_ESTIMATED
    <AudioFileStreamSeekFlag.OFFSET_IS_ESTIMATED: 1>
    >>> apple_name(AudioFileStreamSeekFlag.OFFSET_IS_ESTIMATED)
    'kAudioFileStreamSeekFlag_OffsetIsEstimated'
    """

    OFFSET_IS_ESTIMATED = 1, "kAudioFileStreamSeekFlag_OffsetIsEstimated"


class ExtAudioFileProperty(FourCCEnum):
    """Properties of an ``ExtAudioFileRef`` (``ExtAudioFilePropertyID``).

    Apple's ``kExtAudioFileProperty_*`` constants (AudioToolbox/ExtendedAudioFile.h).

    Example
    -------
    >>> from coremusic.constants import ExtAudioFileProperty, apple_name
    >>> ExtAudioFileProperty.AUDIO_CONVERTER
    <ExtAudioFileProperty.AUDIO_CONVERTER: 'acnv'>
    >>> apple_name(ExtAudioFileProperty.AUDIO_CONVERTER)
    'kExtAudioFileProperty_AudioConverter'
    """

    AUDIO_CONVERTER = 0x61636E76, "kExtAudioFileProperty_AudioConverter"  # 'acnv'
    AUDIO_FILE = 0x6166696C, "kExtAudioFileProperty_AudioFile"  # 'afil'
    CLIENT_CHANNEL_LAYOUT = 0x63636C6F, "kExtAudioFileProperty_ClientChannelLayout"  # 'cclo'
    CLIENT_DATA_FORMAT = 0x63666D74, "kExtAudioFileProperty_ClientDataFormat"  # 'cfmt'
    CLIENT_MAX_PACKET_SIZE = 0x636D7073, "kExtAudioFileProperty_ClientMaxPacketSize"  # 'cmps'
    CODEC_MANUFACTURER = 0x636D616E, "kExtAudioFileProperty_CodecManufacturer"  # 'cman'
    CONVERTER_CONFIG = 0x61636366, "kExtAudioFileProperty_ConverterConfig"  # 'accf'
    FILE_CHANNEL_LAYOUT = 0x66636C6F, "kExtAudioFileProperty_FileChannelLayout"  # 'fclo'
    FILE_DATA_FORMAT = 0x66666D74, "kExtAudioFileProperty_FileDataFormat"  # 'ffmt'
    FILE_LENGTH_FRAMES = 0x2366726D, "kExtAudioFileProperty_FileLengthFrames"  # '#frm'
    FILE_MAX_PACKET_SIZE = 0x666D7073, "kExtAudioFileProperty_FileMaxPacketSize"  # 'fmps'
    IO_BUFFER = 0x696F6266, "kExtAudioFileProperty_IOBuffer"  # 'iobf'
    IO_BUFFER_SIZE_BYTES = 0x696F6273, "kExtAudioFileProperty_IOBufferSizeBytes"  # 'iobs'
    PACKET_TABLE = 0x78707469, "kExtAudioFileProperty_PacketTable"  # 'xpti'


class ExtAudioFileErrorCode(AppleIntEnum):
    """Result codes of the ExtAudioFile services.

    Apple's ``kExtAudioFileError_*`` constants (AudioToolbox/ExtendedAudioFile.h).

    Example
    -------
    >>> from coremusic.constants import ExtAudioFileErrorCode, apple_name
    >>> ExtAudioFileErrorCode.ASYNC_WRITE_BUFFER_OVERFLOW
    <ExtAudioFileErrorCode.ASYNC_WRITE_BUFFER_OVERFLOW: -66570>
    >>> apple_name(ExtAudioFileErrorCode.ASYNC_WRITE_BUFFER_OVERFLOW)
    'kExtAudioFileError_AsyncWriteBufferOverflow'
    """

    ASYNC_WRITE_BUFFER_OVERFLOW = -66570, "kExtAudioFileError_AsyncWriteBufferOverflow"
    ASYNC_WRITE_TOO_LARGE = -66569, "kExtAudioFileError_AsyncWriteTooLarge"
    INVALID_SEEK = -66568, "kExtAudioFileError_InvalidSeek"
    MAX_PACKET_SIZE_UNKNOWN = -66567, "kExtAudioFileError_MaxPacketSizeUnknown"
    INVALID_DATA_FORMAT = -66566, "kExtAudioFileError_InvalidDataFormat"
    INVALID_OPERATION_ORDER = -66565, "kExtAudioFileError_InvalidOperationOrder"
    INVALID_CHANNEL_MAP = -66564, "kExtAudioFileError_InvalidChannelMap"
    NON_PCM_CLIENT_FORMAT = -66563, "kExtAudioFileError_NonPCMClientFormat"
    INVALID_PROPERTY_SIZE = -66562, "kExtAudioFileError_InvalidPropertySize"
    INVALID_PROPERTY = -66561, "kExtAudioFileError_InvalidProperty"


class ExtAudioFilePacketTableInfoOverride(AppleIntEnum):
    """Special values of ``AudioFilePacketTableInfo`` fields for
    ``kExtAudioFileProperty_PacketTable``.

    Apple's ``kExtAudioFilePacketTableInfoOverride_UseFileValue*`` constants
    (AudioToolbox/ExtendedAudioFile.h).

    Example
    -------
    >>> from coremusic.constants import ExtAudioFilePacketTableInfoOverride, apple_name
    >>> ExtAudioFilePacketTableInfoOverride.USE_FILE_VALUE_IF_VALID
    <ExtAudioFilePacketTableInfoOverride.USE_FILE_VALUE_IF_VALID: -2>
    >>> apple_name(ExtAudioFilePacketTableInfoOverride.USE_FILE_VALUE_IF_VALID)
    'kExtAudioFilePacketTableInfoOverride_UseFileValueIfValid'
    """

    USE_FILE_VALUE_IF_VALID = -2, "kExtAudioFilePacketTableInfoOverride_UseFileValueIfValid"
    USE_FILE_VALUE = -1, "kExtAudioFilePacketTableInfoOverride_UseFileValue"


#: The coremusic 0.2 name of :class:`AudioFilePermissions`.
AudioFilePermission = AudioFilePermissions
#: The coremusic 0.2 name of :class:`ExtAudioFileProperty`.
ExtendedAudioFileProperty = ExtAudioFileProperty
