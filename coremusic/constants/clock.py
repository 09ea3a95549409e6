"""CoreAudioClock constants (AudioToolbox/CoreAudioClock.h).

Values are Apple's, checked against the SDK facts by the test suite.
"""

from __future__ import annotations

from coremusic.constants._base import AppleIntEnum, FourCCEnum

__all__ = [
    "CAClockErrorCode",
    "CAClockMessage",
    "CAClockProperty",
    "CAClockSyncMode",
    "CAClockTimeFormat",
    "CAClockTimebase",
]


class CAClockProperty(FourCCEnum):
    """Properties of a ``CAClockRef`` (``CAClockPropertyID``).

    Apple's ``kCAClockProperty_*`` constants (AudioToolbox/CoreAudioClock.h).

    Example
    -------
    >>> from coremusic.constants import CAClockProperty, apple_name
    >>> CAClockProperty.INTERNAL_TIMEBASE
    <CAClockProperty.INTERNAL_TIMEBASE: 'intb'>
    >>> apple_name(CAClockProperty.INTERNAL_TIMEBASE)
    'kCAClockProperty_InternalTimebase'
    """

    INTERNAL_TIMEBASE = 0x696E7462, "kCAClockProperty_InternalTimebase"  # 'intb'
    METER_TRACK = 0x6D657472, "kCAClockProperty_MeterTrack"  # 'metr'
    MIDI_CLOCK_DESTINATIONS = 0x6D626364, "kCAClockProperty_MIDIClockDestinations"  # 'mbcd'
    MTC_DESTINATIONS = 0x6D746364, "kCAClockProperty_MTCDestinations"  # 'mtcd'
    MTC_FREEWHEEL_TIME = 0x6D746677, "kCAClockProperty_MTCFreewheelTime"  # 'mtfw'
    NAME = 0x6E616D65, "kCAClockProperty_Name"  # 'name'
    SEND_MIDI_SPP = 0x6D737070, "kCAClockProperty_SendMIDISPP"  # 'mspp'
    SMPTE_FORMAT = 0x736D7066, "kCAClockProperty_SMPTEFormat"  # 'smpf'
    SMPTE_OFFSET = 0x736D706F, "kCAClockProperty_SMPTEOffset"  # 'smpo'
    SYNC_MODE = 0x73796E6D, "kCAClockProperty_SyncMode"  # 'synm'
    SYNC_SOURCE = 0x73796E73, "kCAClockProperty_SyncSource"  # 'syns'
    TEMPO_MAP = 0x746D706F, "kCAClockProperty_TempoMap"  # 'tmpo'
    TIMEBASE_SOURCE = 0x69746273, "kCAClockProperty_TimebaseSource"  # 'itbs'


class CAClockMessage(FourCCEnum):
    """Notifications of a clock listener (``CAClockMessage``).

    Apple's ``kCAClockMessage_*`` constants (AudioToolbox/CoreAudioClock.h).

    Example
    -------
    >>> from coremusic.constants import CAClockMessage, apple_name
    >>> CAClockMessage.ARMED
    <CAClockMessage.ARMED: 'armd'>
    >>> apple_name(CAClockMessage.ARMED)
    'kCAClockMessage_Armed'
    """

    ARMED = 0x61726D64, "kCAClockMessage_Armed"  # 'armd'
    DISARMED = 0x6461726D, "kCAClockMessage_Disarmed"  # 'darm'
    PROPERTY_CHANGED = 0x70636867, "kCAClockMessage_PropertyChanged"  # 'pchg'
    STARTED = 0x73747274, "kCAClockMessage_Started"  # 'strt'
    START_TIME_SET = 0x7374696D, "kCAClockMessage_StartTimeSet"  # 'stim'
    STOPPED = 0x73746F70, "kCAClockMessage_Stopped"  # 'stop'
    WRONG_SMPTE_FORMAT = 0x3F736D70, "kCAClockMessage_WrongSMPTEFormat"  # '?smp'


class CAClockSyncMode(FourCCEnum):
    """Synchronisation modes of a clock (``CAClockSyncMode``).

    Apple's ``kCAClockSyncMode_*`` constants (AudioToolbox/CoreAudioClock.h).

    Example
    -------
    >>> from coremusic.constants import CAClockSyncMode, apple_name
    >>> CAClockSyncMode.INTERNAL
    <CAClockSyncMode.INTERNAL: 'intr'>
    >>> apple_name(CAClockSyncMode.INTERNAL)
    'kCAClockSyncMode_Internal'
    """

    INTERNAL = 0x696E7472, "kCAClockSyncMode_Internal"  # 'intr'
    MIDI_CLOCK_TRANSPORT = 0x6D636C6B, "kCAClockSyncMode_MIDIClockTransport"  # 'mclk'
    MTC_TRANSPORT = 0x6D6D7463, "kCAClockSyncMode_MTCTransport"  # 'mmtc'


class CAClockTimeFormat(FourCCEnum):
    """Time formats a clock converts between (``CAClockTimeFormat``).

    Apple's ``kCAClockTimeFormat_*`` constants (AudioToolbox/CoreAudioClock.h).

    Example
    -------
    >>> from coremusic.constants import CAClockTimeFormat, apple_name
    >>> CAClockTimeFormat.ABSOLUTE_SECONDS
    <CAClockTimeFormat.ABSOLUTE_SECONDS: 'asec'>
    >>> apple_name(CAClockTimeFormat.ABSOLUTE_SECONDS)
    'kCAClockTimeFormat_AbsoluteSeconds'
    """

    ABSOLUTE_SECONDS = 0x61736563, "kCAClockTimeFormat_AbsoluteSeconds"  # 'asec'
    BEATS = 0x62656174, "kCAClockTimeFormat_Beats"  # 'beat'
    HOST_TIME = 0x686F7374, "kCAClockTimeFormat_HostTime"  # 'host'
    SAMPLES = 0x73616D70, "kCAClockTimeFormat_Samples"  # 'samp'
    SECONDS = 0x73656373, "kCAClockTimeFormat_Seconds"  # 'secs'
    SMPTE_SECONDS = 0x736D7073, "kCAClockTimeFormat_SMPTESeconds"  # 'smps'
    SMPTE_TIME = 0x736D7074, "kCAClockTimeFormat_SMPTETime"  # 'smpt'


class CAClockTimebase(FourCCEnum):
    """Time bases a clock can follow (``CAClockTimebase``).

    Apple's ``kCAClockTimebase_*`` constants (AudioToolbox/CoreAudioClock.h).

    Example
    -------
    >>> from coremusic.constants import CAClockTimebase, apple_name
    >>> CAClockTimebase.AUDIO_DEVICE
    <CAClockTimebase.AUDIO_DEVICE: 'audi'>
    >>> apple_name(CAClockTimebase.AUDIO_DEVICE)
    'kCAClockTimebase_AudioDevice'
    """

    AUDIO_DEVICE = 0x61756469, "kCAClockTimebase_AudioDevice"  # 'audi'
    AUDIO_OUTPUT_UNIT = 0x61756F75, "kCAClockTimebase_AudioOutputUnit"  # 'auou'
    HOST_TIME = 0x686F7374, "kCAClockTimebase_HostTime"  # 'host'


class CAClockErrorCode(AppleIntEnum):
    """Result codes of the CoreAudioClock services.

    Apple's ``kCAClock_*Error`` constants (AudioToolbox/CoreAudioClock.h).

    Example
    -------
    >>> from coremusic.constants import CAClockErrorCode, apple_name
    >>> CAClockErrorCode.UNKNOWN_PROPERTY
    <CAClockErrorCode.UNKNOWN_PROPERTY: -66816>
    >>> apple_name(CAClockErrorCode.UNKNOWN_PROPERTY)
    'kCAClock_UnknownPropertyError'
    """

    UNKNOWN_PROPERTY = -66816, "kCAClock_UnknownPropertyError"
    INVALID_PROPERTY_SIZE = -66815, "kCAClock_InvalidPropertySizeError"
    INVALID_TIME_FORMAT = -66814, "kCAClock_InvalidTimeFormatError"
    INVALID_SYNC_MODE = -66813, "kCAClock_InvalidSyncModeError"
    INVALID_SYNC_SOURCE = -66812, "kCAClock_InvalidSyncSourceError"
    INVALID_TIMEBASE = -66811, "kCAClock_InvalidTimebaseError"
    INVALID_TIMEBASE_SOURCE = -66810, "kCAClock_InvalidTimebaseSourceError"
    INVALID_SMPTE_FORMAT = -66809, "kCAClock_InvalidSMPTEFormatError"
    INVALID_SMPTE_OFFSET = -66808, "kCAClock_InvalidSMPTEOffsetError"
    INVALID_UNIT = -66807, "kCAClock_InvalidUnitError"
    INVALID_PLAY_RATE = -66806, "kCAClock_InvalidPlayRateError"
    CANNOT_SET_TIME = -66805, "kCAClock_CannotSetTimeError"
