"""CoreAudioTypes: time stamps, SMPTE time, generic CoreAudio and audio-session codes.

Values are Apple's, checked against the SDK facts by the test suite.
"""

from __future__ import annotations

from typing import Final

from coremusic.constants._base import AppleIntEnum, AppleIntFlag, FourCCEnum, _alias, _constant

__all__ = [
    "AUDIO_STREAM_ANY_RATE",
    "COREAUDIOTYPES_VERSION",
    "AVAudioSessionErrorCode",
    "AudioErrorCode",
    "AudioTimeStampFlag",
    "SMPTETimeFlag",
    "SMPTETimeType",
]

#: Version stamp of the CoreAudioTypes headers the values were taken from.
COREAUDIOTYPES_VERSION: Final = _constant("COREAUDIOTYPES_VERSION", 20211130)
#: Sample rate 0.0: a stream description that accepts any rate (``kAudioStreamAnyRate``).
AUDIO_STREAM_ANY_RATE: Final = _constant("kAudioStreamAnyRate", 0.0)


class AudioTimeStampFlag(AppleIntFlag):
    """Which fields of an ``AudioTimeStamp`` are valid (``AudioTimeStampFlags``).

    Apple's ``kAudioTimeStamp*Valid`` constants (CoreAudioTypes/CoreAudioBaseTypes.h).

    Example
    -------
    >>> from coremusic.constants import AudioTimeStampFlag, apple_name
    >>> AudioTimeStampFlag.NOTHING_VALID
    <AudioTimeStampFlag.NOTHING_VALID: 0>
    >>> apple_name(AudioTimeStampFlag.NOTHING_VALID)
    'kAudioTimeStampNothingValid'
    """

    NOTHING_VALID = 0, "kAudioTimeStampNothingValid"
    SAMPLE_TIME_VALID = 1, "kAudioTimeStampSampleTimeValid"
    HOST_TIME_VALID = 2, "kAudioTimeStampHostTimeValid"
    SAMPLE_HOST_TIME_VALID = 3, "kAudioTimeStampSampleHostTimeValid"
    RATE_SCALAR_VALID = 4, "kAudioTimeStampRateScalarValid"
    WORD_CLOCK_TIME_VALID = 8, "kAudioTimeStampWordClockTimeValid"
    SMPTE_TIME_VALID = 0x10, "kAudioTimeStampSMPTETimeValid"


class SMPTETimeType(AppleIntEnum):
    """SMPTE frame rate and drop-frame kind of an ``SMPTETime`` (``SMPTETimeType``).

    Apple's ``kSMPTETimeType*`` constants (CoreAudioTypes/CoreAudioBaseTypes.h).

    Members are named by frame rate: ``FPS_2997_DROP`` is 29.97 fps drop frame.

    Example
    -------
    >>> from coremusic.constants import SMPTETimeType, apple_name
    >>> SMPTETimeType.FPS_24
    <SMPTETimeType.FPS_24: 0>
    >>> apple_name(SMPTETimeType.FPS_24)
    'kSMPTETimeType24'
    """

    FPS_24 = 0, "kSMPTETimeType24"
    FPS_25 = 1, "kSMPTETimeType25"
    FPS_30_DROP = 2, "kSMPTETimeType30Drop"
    FPS_30 = 3, "kSMPTETimeType30"
    FPS_2997 = 4, "kSMPTETimeType2997"
    FPS_2997_DROP = 5, "kSMPTETimeType2997Drop"
    FPS_60 = 6, "kSMPTETimeType60"
    FPS_5994 = 7, "kSMPTETimeType5994"
    FPS_60_DROP = 8, "kSMPTETimeType60Drop"
    FPS_5994_DROP = 9, "kSMPTETimeType5994Drop"
    FPS_50 = 10, "kSMPTETimeType50"
    FPS_2398 = 11, "kSMPTETimeType2398"


class SMPTETimeFlag(AppleIntFlag):
    """State of an ``SMPTETime`` (``SMPTETimeFlags``).

    Apple's ``kSMPTETime*`` constants (CoreAudioTypes/CoreAudioBaseTypes.h).

    Example
    -------
    >>> from coremusic.constants import SMPTETimeFlag, apple_name
    >>> SMPTETimeFlag.UNKNOWN
    <SMPTETimeFlag.UNKNOWN: 0>
    >>> apple_name(SMPTETimeFlag.UNKNOWN)
    'kSMPTETimeUnknown'
    """

    UNKNOWN = 0, "kSMPTETimeUnknown"
    VALID = 1, "kSMPTETimeValid"
    RUNNING = 2, "kSMPTETimeRunning"


class AudioErrorCode(FourCCEnum):
    """Generic CoreAudio result codes shared by the audio frameworks (``kAudio_*Error``).

    Apple's ``kAudio_*Error`` constants (CoreAudioTypes/CoreAudioBaseTypes.h).

    Example
    -------
    >>> from coremusic.constants import AudioErrorCode, apple_name
    >>> AudioErrorCode.BAD_FILE_PATH
    <AudioErrorCode.BAD_FILE_PATH: '!pth'>
    >>> apple_name(AudioErrorCode.BAD_FILE_PATH)
    'kAudio_BadFilePathError'
    """

    BAD_FILE_PATH = 0x21707468, "kAudio_BadFilePathError"  # '!pth'
    FILE_NOT_FOUND = -43, "kAudio_FileNotFoundError"
    FILE_PERMISSION = -54, "kAudio_FilePermissionError"
    MEM_FULL = -108, "kAudio_MemFullError"
    NO_ERROR = 0, "kAudio_NoError"
    PARAM = -50, "kAudio_ParamError"
    TOO_MANY_FILES_OPEN = -42, "kAudio_TooManyFilesOpenError"
    UNIMPLEMENTED = -4, "kAudio_UnimplementedError"


class AVAudioSessionErrorCode(FourCCEnum):
    """Audio-session result codes (``AVAudioSessionErrorCode``).

    Apple's ``AVAudioSessionErrorCode*`` constants (CoreAudioTypes/AudioSessionTypes.h).

    Other Apple spellings bound to members (see ``apple_names``):
    ``AVAudioSessionErrorInsufficientPriority``.

    Example
    -------
    >>> from coremusic.constants import AVAudioSessionErrorCode, apple_name
    >>> AVAudioSessionErrorCode.BAD_PARAM
    <AVAudioSessionErrorCode.BAD_PARAM: -50>
    >>> apple_name(AVAudioSessionErrorCode.BAD_PARAM)
    'AVAudioSessionErrorCodeBadParam'
    """

    BAD_PARAM = -50, "AVAudioSessionErrorCodeBadParam"
    CANNOT_INTERRUPT_OTHERS = 0x21696E74, "AVAudioSessionErrorCodeCannotInterruptOthers"  # '!int'
    CANNOT_START_PLAYING = 0x21706C61, "AVAudioSessionErrorCodeCannotStartPlaying"  # '!pla'
    CANNOT_START_RECORDING = 0x21726563, "AVAudioSessionErrorCodeCannotStartRecording"  # '!rec'
    EXPIRED_SESSION = 0x21736573, "AVAudioSessionErrorCodeExpiredSession"  # '!ses'
    INCOMPATIBLE_CATEGORY = 0x21636174, "AVAudioSessionErrorCodeIncompatibleCategory"  # '!cat'
    INSUFFICIENT_PRIORITY = 0x21707269, "AVAudioSessionErrorCodeInsufficientPriority"  # '!pri'
    IS_BUSY = 0x21616374, "AVAudioSessionErrorCodeIsBusy"  # '!act'
    MEDIA_SERVICES_FAILED = 0x6D737276, "AVAudioSessionErrorCodeMediaServicesFailed"  # 'msrv'
    MISSING_ENTITLEMENT = 0x656E743F, "AVAudioSessionErrorCodeMissingEntitlement"  # 'ent?'
    NONE = 0, "AVAudioSessionErrorCodeNone"
    RESOURCE_NOT_AVAILABLE = 0x21726573, "AVAudioSessionErrorCodeResourceNotAvailable"  # '!res'
    SESSION_NOT_ACTIVE = 0x696E6163, "AVAudioSessionErrorCodeSessionNotActive"  # 'inac'
    SIRI_IS_RECORDING = 0x73697269, "AVAudioSessionErrorCodeSiriIsRecording"  # 'siri'
    UNSPECIFIED = 0x77686174, "AVAudioSessionErrorCodeUnspecified"  # 'what'


_alias(AVAudioSessionErrorCode.INSUFFICIENT_PRIORITY, "AVAudioSessionErrorInsufficientPriority")
