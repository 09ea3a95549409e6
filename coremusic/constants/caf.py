"""CAF (Core Audio Format) file constants: chunk IDs, marker types, flags (CAFFile.h).

Values are Apple's, checked against the SDK facts by the test suite.
"""

from __future__ import annotations

from typing import Final

from coremusic.constants._base import AppleIntEnum, AppleIntFlag, FourCCEnum, _constant

__all__ = [
    "CAF_FILE_TYPE",
    "CAF_FILE_VERSION_INITIAL",
    "CAF_MARKER_CHUNK_HEADER_SIZE",
    "CAF_REGION_CHUNK_HEADER_SIZE",
    "CAFChunkID",
    "CAFFormatFlag",
    "CAFMarkerType",
    "CAFRegionFlag",
    "CAFSMPTETimeType",
]

#: The ``'caff'`` code at the start of every CAF file.
CAF_FILE_TYPE: Final = _constant("kCAF_FileType", 1667327590)
#: The CAF file version written by Apple.
CAF_FILE_VERSION_INITIAL: Final = _constant("kCAF_FileVersion_Initial", 1)
#: Bytes before the markers of a marker chunk.
CAF_MARKER_CHUNK_HEADER_SIZE: Final = _constant("kCAFMarkerChunkHdrSize", 8)
#: Bytes before the regions of a region chunk.
CAF_REGION_CHUNK_HEADER_SIZE: Final = _constant("kCAFRegionChunkHdrSize", 8)


class CAFChunkID(FourCCEnum):
    """Chunk types of a CAF file.

    Apple's ``kCAF_*ID`` constants (AudioToolbox/CAFFile.h).

    Example
    -------
    >>> from coremusic.constants import CAFChunkID, apple_name
    >>> CAFChunkID.AUDIO_DATA
    <CAFChunkID.AUDIO_DATA: 'data'>
    >>> apple_name(CAFChunkID.AUDIO_DATA)
    'kCAF_AudioDataChunkID'
    """

    AUDIO_DATA = 0x64617461, "kCAF_AudioDataChunkID"  # 'data'
    CHANNEL_LAYOUT = 0x6368616E, "kCAF_ChannelLayoutChunkID"  # 'chan'
    EDIT_COMMENTS = 0x65646374, "kCAF_EditCommentsChunkID"  # 'edct'
    FILLER = 0x66726565, "kCAF_FillerChunkID"  # 'free'
    FORMAT_LIST = 0x6C647363, "kCAF_FormatListID"  # 'ldsc'
    INFO_STRINGS = 0x696E666F, "kCAF_InfoStringsChunkID"  # 'info'
    INSTRUMENT = 0x696E7374, "kCAF_InstrumentChunkID"  # 'inst'
    IXML = 0x69584D4C, "kCAF_iXMLChunkID"  # 'iXML'
    MAGIC_COOKIE = 0x6B756B69, "kCAF_MagicCookieID"  # 'kuki'
    MARKER = 0x6D61726B, "kCAF_MarkerChunkID"  # 'mark'
    MIDI = 0x6D696469, "kCAF_MIDIChunkID"  # 'midi'
    OVERVIEW = 0x6F767677, "kCAF_OverviewChunkID"  # 'ovvw'
    PACKET_TABLE = 0x70616B74, "kCAF_PacketTableChunkID"  # 'pakt'
    PEAK = 0x7065616B, "kCAF_PeakChunkID"  # 'peak'
    REGION = 0x7265676E, "kCAF_RegionChunkID"  # 'regn'
    STREAM_DESCRIPTION = 0x64657363, "kCAF_StreamDescriptionChunkID"  # 'desc'
    STRINGS = 0x73747267, "kCAF_StringsChunkID"  # 'strg'
    UMID = 0x756D6964, "kCAF_UMIDChunkID"  # 'umid'
    UUID = 0x75756964, "kCAF_UUIDChunkID"  # 'uuid'


class CAFMarkerType(FourCCEnum):
    """Kinds of ``CAFMarker`` in a marker chunk.

    Apple's ``kCAFMarkerType_*`` constants (AudioToolbox/CAFFile.h).

    Example
    -------
    >>> from coremusic.constants import CAFMarkerType, apple_name
    >>> CAFMarkerType.EDIT_DESTINATION_BEGIN
    <CAFMarkerType.EDIT_DESTINATION_BEGIN: 'dbeg'>
    >>> apple_name(CAFMarkerType.EDIT_DESTINATION_BEGIN)
    'kCAFMarkerType_EditDestinationBegin'
    """

    EDIT_DESTINATION_BEGIN = 0x64626567, "kCAFMarkerType_EditDestinationBegin"  # 'dbeg'
    EDIT_DESTINATION_END = 0x64656E64, "kCAFMarkerType_EditDestinationEnd"  # 'dend'
    EDIT_SOURCE_BEGIN = 0x63626567, "kCAFMarkerType_EditSourceBegin"  # 'cbeg'
    EDIT_SOURCE_END = 0x63656E64, "kCAFMarkerType_EditSourceEnd"  # 'cend'
    GENERIC = 0, "kCAFMarkerType_Generic"
    INDEX = 0x696E6478, "kCAFMarkerType_Index"  # 'indx'
    KEY_SIGNATURE = 0x6B736967, "kCAFMarkerType_KeySignature"  # 'ksig'
    PROGRAM_END = 0x70656E64, "kCAFMarkerType_ProgramEnd"  # 'pend'
    PROGRAM_START = 0x70626567, "kCAFMarkerType_ProgramStart"  # 'pbeg'
    REGION_END = 0x72656E64, "kCAFMarkerType_RegionEnd"  # 'rend'
    REGION_START = 0x72626567, "kCAFMarkerType_RegionStart"  # 'rbeg'
    REGION_SYNC_POINT = 0x72737963, "kCAFMarkerType_RegionSyncPoint"  # 'rsyc'
    RELEASE_LOOP_END = 0x726C656E, "kCAFMarkerType_ReleaseLoopEnd"  # 'rlen'
    RELEASE_LOOP_START = 0x726C6267, "kCAFMarkerType_ReleaseLoopStart"  # 'rlbg'
    SAVED_PLAY_POSITION = 0x73706C79, "kCAFMarkerType_SavedPlayPosition"  # 'sply'
    SELECTION_END = 0x73656E64, "kCAFMarkerType_SelectionEnd"  # 'send'
    SELECTION_START = 0x73626567, "kCAFMarkerType_SelectionStart"  # 'sbeg'
    SUSTAIN_LOOP_END = 0x736C656E, "kCAFMarkerType_SustainLoopEnd"  # 'slen'
    SUSTAIN_LOOP_START = 0x736C6267, "kCAFMarkerType_SustainLoopStart"  # 'slbg'
    TEMPO = 0x746D706F, "kCAFMarkerType_Tempo"  # 'tmpo'
    TIME_SIGNATURE = 0x74736967, "kCAFMarkerType_TimeSignature"  # 'tsig'
    TRACK_END = 0x74656E64, "kCAFMarkerType_TrackEnd"  # 'tend'
    TRACK_START = 0x74626567, "kCAFMarkerType_TrackStart"  # 'tbeg'


class CAFSMPTETimeType(AppleIntEnum):
    """SMPTE time types of CAF markers (not the same numbers as ``SMPTETimeType``).

    Apple's ``kCAF_SMPTE_TimeType*`` constants (AudioToolbox/CAFFile.h).

    Example
    -------
    >>> from coremusic.constants import CAFSMPTETimeType, apple_name
    >>> CAFSMPTETimeType.NONE
    <CAFSMPTETimeType.NONE: 0>
    >>> apple_name(CAFSMPTETimeType.NONE)
    'kCAF_SMPTE_TimeTypeNone'
    """

    NONE = 0, "kCAF_SMPTE_TimeTypeNone"
    FPS_24 = 1, "kCAF_SMPTE_TimeType24"
    FPS_25 = 2, "kCAF_SMPTE_TimeType25"
    FPS_30_DROP = 3, "kCAF_SMPTE_TimeType30Drop"
    FPS_30 = 4, "kCAF_SMPTE_TimeType30"
    FPS_2997 = 5, "kCAF_SMPTE_TimeType2997"
    FPS_2997_DROP = 6, "kCAF_SMPTE_TimeType2997Drop"
    FPS_60 = 7, "kCAF_SMPTE_TimeType60"
    FPS_5994 = 8, "kCAF_SMPTE_TimeType5994"
    FPS_60_DROP = 9, "kCAF_SMPTE_TimeType60Drop"
    FPS_5994_DROP = 10, "kCAF_SMPTE_TimeType5994Drop"
    FPS_50 = 11, "kCAF_SMPTE_TimeType50"
    FPS_2398 = 12, "kCAF_SMPTE_TimeType2398"


class CAFFormatFlag(AppleIntFlag):
    """Linear PCM flags of a CAF audio description (``CAFFormatFlags``).

    Apple's ``kCAFLinearPCMFormatFlagIs*`` constants (AudioToolbox/CAFFile.h).

    Example
    -------
    >>> from coremusic.constants import CAFFormatFlag, apple_name
    >>> CAFFormatFlag.IS_FLOAT
    <CAFFormatFlag.IS_FLOAT: 1>
    >>> apple_name(CAFFormatFlag.IS_FLOAT)
    'kCAFLinearPCMFormatFlagIsFloat'
    """

    IS_FLOAT = 1, "kCAFLinearPCMFormatFlagIsFloat"
    IS_LITTLE_ENDIAN = 2, "kCAFLinearPCMFormatFlagIsLittleEndian"


class CAFRegionFlag(AppleIntFlag):
    """Playback flags of a CAF region (``CAFRegionFlags``).

    Apple's ``kCAFRegionFlag_*`` constants (AudioToolbox/CAFFile.h).

    Example
    -------
    >>> from coremusic.constants import CAFRegionFlag, apple_name
    >>> CAFRegionFlag.LOOP_ENABLE
    <CAFRegionFlag.LOOP_ENABLE: 1>
    >>> apple_name(CAFRegionFlag.LOOP_ENABLE)
    'kCAFRegionFlag_LoopEnable'
    """

    LOOP_ENABLE = 1, "kCAFRegionFlag_LoopEnable"
    PLAY_FORWARD = 2, "kCAFRegionFlag_PlayForward"
    PLAY_BACKWARD = 4, "kCAFRegionFlag_PlayBackward"
