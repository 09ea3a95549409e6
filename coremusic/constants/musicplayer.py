"""MusicPlayer, MusicSequence and MusicDevice constants (AudioToolbox).

Values are Apple's, checked against the SDK facts by the test suite.
"""

from __future__ import annotations

from typing import Final

from coremusic.constants._base import AppleIntEnum, AppleIntFlag, FourCCEnum, _constant

__all__ = [
    "MUSIC_TIME_STAMP_END_OF_TRACK",
    "MusicDeviceSelector",
    "MusicEventType",
    "MusicNoteEvent",
    "MusicPlayerErrorCode",
    "MusicSequenceFileFlag",
    "MusicSequenceFileType",
    "MusicSequenceLoadFlag",
    "MusicSequenceType",
    "SequenceTrackProperty",
]

#: Time stamp (in beats) meaning the end of a track: the largest double.
MUSIC_TIME_STAMP_END_OF_TRACK: Final = _constant(
    "kMusicTimeStamp_EndOfTrack", 1.7976931348623157e308
)


class MusicPlayerErrorCode(AppleIntEnum):
    """Result codes of MusicPlayer, MusicSequence and MusicTrack (``kAudioToolboxErr_*``).

    Apple's ``kAudioToolboxErr*`` constants (AudioToolbox/MusicPlayer.h).

    Example
    -------
    >>> from coremusic.constants import MusicPlayerErrorCode, apple_name
    >>> MusicPlayerErrorCode.NO_TRACK_DESTINATION
    <MusicPlayerErrorCode.NO_TRACK_DESTINATION: -66720>
    >>> apple_name(MusicPlayerErrorCode.NO_TRACK_DESTINATION)
    'kAudioToolboxError_NoTrackDestination'
    """

    NO_TRACK_DESTINATION = -66720, "kAudioToolboxError_NoTrackDestination"
    CANNOT_DO_IN_CURRENT_CONTEXT = -10863, "kAudioToolboxErr_CannotDoInCurrentContext"
    TRACK_INDEX_ERROR = -10859, "kAudioToolboxErr_TrackIndexError"
    TRACK_NOT_FOUND = -10858, "kAudioToolboxErr_TrackNotFound"
    END_OF_TRACK = -10857, "kAudioToolboxErr_EndOfTrack"
    START_OF_TRACK = -10856, "kAudioToolboxErr_StartOfTrack"
    ILLEGAL_TRACK_DESTINATION = -10855, "kAudioToolboxErr_IllegalTrackDestination"
    NO_SEQUENCE = -10854, "kAudioToolboxErr_NoSequence"
    INVALID_EVENT_TYPE = -10853, "kAudioToolboxErr_InvalidEventType"
    INVALID_PLAYER_STATE = -10852, "kAudioToolboxErr_InvalidPlayerState"
    INVALID_SEQUENCE_TYPE = -10846, "kAudioToolboxErr_InvalidSequenceType"


class MusicEventType(AppleIntEnum):
    """Kinds of events in a ``MusicTrack`` (``MusicEventType``).

    Apple's ``kMusicEventType_*`` constants (AudioToolbox/MusicPlayer.h).

    Example
    -------
    >>> from coremusic.constants import MusicEventType, apple_name
    >>> MusicEventType.NULL
    <MusicEventType.NULL: 0>
    >>> apple_name(MusicEventType.NULL)
    'kMusicEventType_NULL'
    """

    NULL = 0, "kMusicEventType_NULL"
    EXTENDED_NOTE = 1, "kMusicEventType_ExtendedNote"
    EXTENDED_CONTROL = 2, "kMusicEventType_ExtendedControl"
    EXTENDED_TEMPO = 3, "kMusicEventType_ExtendedTempo"
    USER = 4, "kMusicEventType_User"
    META = 5, "kMusicEventType_Meta"
    MIDI_NOTE_MESSAGE = 6, "kMusicEventType_MIDINoteMessage"
    MIDI_CHANNEL_MESSAGE = 7, "kMusicEventType_MIDIChannelMessage"
    MIDI_RAW_DATA = 8, "kMusicEventType_MIDIRawData"
    PARAMETER = 9, "kMusicEventType_Parameter"
    AU_PRESET = 10, "kMusicEventType_AUPreset"


class MusicSequenceFileFlag(AppleIntFlag):
    """Options of ``MusicSequenceFileCreate`` (``MusicSequenceFileFlags``).

    Apple's ``kMusicSequenceFileFlags_*`` constants (AudioToolbox/MusicPlayer.h).

    Example
    -------
    >>> from coremusic.constants import MusicSequenceFileFlag, apple_name
    >>> MusicSequenceFileFlag.DEFAULT
    <MusicSequenceFileFlag.DEFAULT: 0>
    >>> apple_name(MusicSequenceFileFlag.DEFAULT)
    'kMusicSequenceFileFlags_Default'
    """

    DEFAULT = 0, "kMusicSequenceFileFlags_Default"
    ERASE_FILE = 1, "kMusicSequenceFileFlags_EraseFile"


class MusicSequenceFileType(FourCCEnum):
    """File types of ``MusicSequenceFileLoad`` (``MusicSequenceFileTypeID``).

    Apple's ``kMusicSequenceFile_*`` constants (AudioToolbox/MusicPlayer.h).

    Example
    -------
    >>> from coremusic.constants import MusicSequenceFileType, apple_name
    >>> MusicSequenceFileType.ANY
    <MusicSequenceFileType.ANY: 0>
    >>> apple_name(MusicSequenceFileType.ANY)
    'kMusicSequenceFile_AnyType'
    """

    ANY = 0, "kMusicSequenceFile_AnyType"
    IMELODY = 0x696D656C, "kMusicSequenceFile_iMelodyType"  # 'imel'
    MIDI = 0x6D696469, "kMusicSequenceFile_MIDIType"  # 'midi'


class MusicSequenceLoadFlag(AppleIntFlag):
    """Options of ``MusicSequenceFileLoad`` (``MusicSequenceLoadFlags``).

    Apple's ``kMusicSequenceLoadSMF_*Tracks`` constants (AudioToolbox/MusicPlayer.h).

    Example
    -------
    >>> from coremusic.constants import MusicSequenceLoadFlag, apple_name
    >>> MusicSequenceLoadFlag.PRESERVE_TRACKS
    <MusicSequenceLoadFlag.PRESERVE_TRACKS: 0>
    >>> apple_name(MusicSequenceLoadFlag.PRESERVE_TRACKS)
    'kMusicSequenceLoadSMF_PreserveTracks'
    """

    PRESERVE_TRACKS = 0, "kMusicSequenceLoadSMF_PreserveTracks"
    CHANNELS_TO_TRACKS = 1, "kMusicSequenceLoadSMF_ChannelsToTracks"


class MusicSequenceType(FourCCEnum):
    """Time base of a ``MusicSequence`` (``MusicSequenceType``).

    Apple's ``kMusicSequenceType_*`` constants (AudioToolbox/MusicPlayer.h).

    Example
    -------
    >>> from coremusic.constants import MusicSequenceType, apple_name
    >>> MusicSequenceType.BEATS
    <MusicSequenceType.BEATS: 'beat'>
    >>> apple_name(MusicSequenceType.BEATS)
    'kMusicSequenceType_Beats'
    """

    BEATS = 0x62656174, "kMusicSequenceType_Beats"  # 'beat'
    SAMPLES = 0x73616D70, "kMusicSequenceType_Samples"  # 'samp'
    SECONDS = 0x73656373, "kMusicSequenceType_Seconds"  # 'secs'


class SequenceTrackProperty(AppleIntEnum):
    """Properties of a ``MusicTrack``.

    Apple's ``kSequenceTrackProperty_*`` constants (AudioToolbox/MusicPlayer.h).

    Example
    -------
    >>> from coremusic.constants import SequenceTrackProperty, apple_name
    >>> SequenceTrackProperty.LOOP_INFO
    <SequenceTrackProperty.LOOP_INFO: 0>
    >>> apple_name(SequenceTrackProperty.LOOP_INFO)
    'kSequenceTrackProperty_LoopInfo'
    """

    LOOP_INFO = 0, "kSequenceTrackProperty_LoopInfo"
    OFFSET_TIME = 1, "kSequenceTrackProperty_OffsetTime"
    MUTE_STATUS = 2, "kSequenceTrackProperty_MuteStatus"
    SOLO_STATUS = 3, "kSequenceTrackProperty_SoloStatus"
    AUTOMATED_PARAMETERS = 4, "kSequenceTrackProperty_AutomatedParameters"
    TRACK_LENGTH = 5, "kSequenceTrackProperty_TrackLength"
    TIME_RESOLUTION = 6, "kSequenceTrackProperty_TimeResolution"


class MusicDeviceSelector(AppleIntEnum):
    """Component selectors of music devices, for plug-in authors.

    Apple's ``kMusicDevice*`` constants (AudioToolbox/MusicDevice.h).

    Example
    -------
    >>> from coremusic.constants import MusicDeviceSelector, apple_name
    >>> MusicDeviceSelector.RANGE
    <MusicDeviceSelector.RANGE: 256>
    >>> apple_name(MusicDeviceSelector.RANGE)
    'kMusicDeviceRange'
    """

    RANGE = 256, "kMusicDeviceRange"
    MIDI_EVENT = 257, "kMusicDeviceMIDIEventSelect"
    SYSEX = 258, "kMusicDeviceSysExSelect"
    PREPARE_INSTRUMENT = 259, "kMusicDevicePrepareInstrumentSelect"
    RELEASE_INSTRUMENT = 260, "kMusicDeviceReleaseInstrumentSelect"
    START_NOTE = 261, "kMusicDeviceStartNoteSelect"
    STOP_NOTE = 262, "kMusicDeviceStopNoteSelect"
    MIDI_EVENT_LIST = 263, "kMusicDeviceMIDIEventListSelect"


class MusicNoteEvent(AppleIntEnum):
    """Special ``MusicDeviceGroupID`` / instrument values of ``MusicDeviceStartNote``.

    Apple's ``kMusicNoteEvent_U*`` constants (AudioToolbox/MusicDevice.h).

    Aliases (one member, several names): ``UNUSED`` = ``USE_GROUP_INSTRUMENT``.

    Example
    -------
    >>> from coremusic.constants import MusicNoteEvent, apple_name
    >>> MusicNoteEvent.USE_GROUP_INSTRUMENT
    <MusicNoteEvent.USE_GROUP_INSTRUMENT: 4294967295>
    >>> apple_name(MusicNoteEvent.USE_GROUP_INSTRUMENT)
    'kMusicNoteEvent_UseGroupInstrument'
    """

    USE_GROUP_INSTRUMENT = 4294967295, "kMusicNoteEvent_UseGroupInstrument"
    UNUSED = 4294967295, "kMusicNoteEvent_Unused"  # alias of USE_GROUP_INSTRUMENT
