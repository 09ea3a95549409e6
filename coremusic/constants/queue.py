"""AudioQueue constants (AudioToolbox/AudioQueue.h).

Values are Apple's, checked against the SDK facts by the test suite.
"""

from __future__ import annotations

from coremusic.constants._base import AppleIntEnum, AppleIntFlag, FourCCEnum

__all__ = [
    "AudioQueueErrorCode",
    "AudioQueueParameter",
    "AudioQueueProcessingTapFlag",
    "AudioQueueProperty",
    "AudioQueueTimePitchAlgorithm",
]


class AudioQueueProperty(FourCCEnum):
    """Properties of an ``AudioQueueRef`` (``AudioQueuePropertyID``).

    Apple's ``kAudioQueue*`` constants (AudioToolbox/AudioQueue.h).

    Example
    -------
    >>> from coremusic.constants import AudioQueueProperty, apple_name
    >>> AudioQueueProperty.CHANNEL_ASSIGNMENTS
    <AudioQueueProperty.CHANNEL_ASSIGNMENTS: 'aqca'>
    >>> apple_name(AudioQueueProperty.CHANNEL_ASSIGNMENTS)
    'kAudioQueueProperty_ChannelAssignments'
    """

    CHANNEL_ASSIGNMENTS = 0x61716361, "kAudioQueueProperty_ChannelAssignments"  # 'aqca'
    CHANNEL_LAYOUT = 0x6171636C, "kAudioQueueProperty_ChannelLayout"  # 'aqcl'
    CONVERTER_ERROR = 0x71637665, "kAudioQueueProperty_ConverterError"  # 'qcve'
    CURRENT_DEVICE = 0x61716364, "kAudioQueueProperty_CurrentDevice"  # 'aqcd'
    CURRENT_LEVEL_METER = 0x61716D76, "kAudioQueueProperty_CurrentLevelMeter"  # 'aqmv'
    CURRENT_LEVEL_METER_DB = 0x61716D64, "kAudioQueueProperty_CurrentLevelMeterDB"  # 'aqmd'
    DECODE_BUFFER_SIZE_FRAMES = 0x64636266, "kAudioQueueProperty_DecodeBufferSizeFrames"  # 'dcbf'
    DEVICE_NUMBER_CHANNELS = 0x61716463, "kAudioQueueDeviceProperty_NumberChannels"  # 'aqdc'
    DEVICE_SAMPLE_RATE = 0x61717372, "kAudioQueueDeviceProperty_SampleRate"  # 'aqsr'
    ENABLE_LEVEL_METERING = 0x61716D65, "kAudioQueueProperty_EnableLevelMetering"  # 'aqme'
    ENABLE_TIME_PITCH = 0x715F7470, "kAudioQueueProperty_EnableTimePitch"  # 'q_tp'
    IS_RUNNING = 0x6171726E, "kAudioQueueProperty_IsRunning"  # 'aqrn'
    MAGIC_COOKIE = 0x61716D63, "kAudioQueueProperty_MagicCookie"  # 'aqmc'
    MAXIMUM_OUTPUT_PACKET_SIZE = 0x786F7073, "kAudioQueueProperty_MaximumOutputPacketSize"  # 'xops'
    STREAM_DESCRIPTION = 0x61716674, "kAudioQueueProperty_StreamDescription"  # 'aqft'
    TIME_PITCH_ALGORITHM = 0x71747061, "kAudioQueueProperty_TimePitchAlgorithm"  # 'qtpa'
    TIME_PITCH_BYPASS = 0x71747062, "kAudioQueueProperty_TimePitchBypass"  # 'qtpb'


class AudioQueueParameter(AppleIntEnum):
    """Parameters of ``AudioQueueSetParameter`` (``AudioQueueParameterID``).

    Apple's ``kAudioQueueParam_*`` constants (AudioToolbox/AudioQueue.h).

    Aliases (one member, several names): ``PLAYBACK_RATE`` = ``PLAY_RATE`` (name kept from
    coremusic 0.2), ``VolumeRampTime`` = ``VOLUME_RAMP_TIME`` (name kept from coremusic 0.2).

    Example
    -------
    >>> from coremusic.constants import AudioQueueParameter, apple_name
    >>> AudioQueueParameter.VOLUME
    <AudioQueueParameter.VOLUME: 1>
    >>> apple_name(AudioQueueParameter.VOLUME)
    'kAudioQueueParam_Volume'
    """

    VOLUME = 1, "kAudioQueueParam_Volume"
    PLAY_RATE = 2, "kAudioQueueParam_PlayRate"
    PLAYBACK_RATE = 2, "kAudioQueueParam_PlayRate"  # coremusic 0.2 name
    PITCH = 3, "kAudioQueueParam_Pitch"
    VOLUME_RAMP_TIME = 4, "kAudioQueueParam_VolumeRampTime"
    VolumeRampTime = 4, "kAudioQueueParam_VolumeRampTime"  # coremusic 0.2 name
    PAN = 13, "kAudioQueueParam_Pan"


class AudioQueueErrorCode(AppleIntEnum):
    """Result codes of the AudioQueue services.

    Apple's ``kAudioQueueErr_*`` constants (AudioToolbox/AudioQueue.h).

    Example
    -------
    >>> from coremusic.constants import AudioQueueErrorCode, apple_name
    >>> AudioQueueErrorCode.INVALID_BUFFER
    <AudioQueueErrorCode.INVALID_BUFFER: -66687>
    >>> apple_name(AudioQueueErrorCode.INVALID_BUFFER)
    'kAudioQueueErr_InvalidBuffer'
    """

    INVALID_BUFFER = -66687, "kAudioQueueErr_InvalidBuffer"
    BUFFER_EMPTY = -66686, "kAudioQueueErr_BufferEmpty"
    DISPOSAL_PENDING = -66685, "kAudioQueueErr_DisposalPending"
    INVALID_PROPERTY = -66684, "kAudioQueueErr_InvalidProperty"
    INVALID_PROPERTY_SIZE = -66683, "kAudioQueueErr_InvalidPropertySize"
    INVALID_PARAMETER = -66682, "kAudioQueueErr_InvalidParameter"
    CANNOT_START = -66681, "kAudioQueueErr_CannotStart"
    INVALID_DEVICE = -66680, "kAudioQueueErr_InvalidDevice"
    BUFFER_IN_QUEUE = -66679, "kAudioQueueErr_BufferInQueue"
    INVALID_RUN_STATE = -66678, "kAudioQueueErr_InvalidRunState"
    INVALID_QUEUE_TYPE = -66677, "kAudioQueueErr_InvalidQueueType"
    PERMISSIONS = -66676, "kAudioQueueErr_Permissions"
    INVALID_PROPERTY_VALUE = -66675, "kAudioQueueErr_InvalidPropertyValue"
    PRIME_TIMED_OUT = -66674, "kAudioQueueErr_PrimeTimedOut"
    CODEC_NOT_FOUND = -66673, "kAudioQueueErr_CodecNotFound"
    INVALID_CODEC_ACCESS = -66672, "kAudioQueueErr_InvalidCodecAccess"
    QUEUE_INVALIDATED = -66671, "kAudioQueueErr_QueueInvalidated"
    TOO_MANY_TAPS = -66670, "kAudioQueueErr_TooManyTaps"
    INVALID_TAP_CONTEXT = -66669, "kAudioQueueErr_InvalidTapContext"
    RECORD_UNDERRUN = -66668, "kAudioQueueErr_RecordUnderrun"
    INVALID_TAP_TYPE = -66667, "kAudioQueueErr_InvalidTapType"
    BUFFER_ENQUEUED_TWICE = -66666, "kAudioQueueErr_BufferEnqueuedTwice"
    CANNOT_START_YET = -66665, "kAudioQueueErr_CannotStartYet"
    ENQUEUE_DURING_RESET = -66632, "kAudioQueueErr_EnqueueDuringReset"
    INVALID_OFFLINE_MODE = -66626, "kAudioQueueErr_InvalidOfflineMode"


class AudioQueueProcessingTapFlag(AppleIntFlag):
    """Flags of an audio-queue processing tap (``AudioQueueProcessingTapFlags``).

    Apple's ``kAudioQueueProcessingTap_*`` constants (AudioToolbox/AudioQueue.h).

    Example
    -------
    >>> from coremusic.constants import AudioQueueProcessingTapFlag, apple_name
    >>> AudioQueueProcessingTapFlag.PRE_EFFECTS
    <AudioQueueProcessingTapFlag.PRE_EFFECTS: 1>
    >>> apple_name(AudioQueueProcessingTapFlag.PRE_EFFECTS)
    'kAudioQueueProcessingTap_PreEffects'
    """

    PRE_EFFECTS = 1, "kAudioQueueProcessingTap_PreEffects"
    POST_EFFECTS = 2, "kAudioQueueProcessingTap_PostEffects"
    SIPHON = 4, "kAudioQueueProcessingTap_Siphon"
    START_OF_STREAM = 0x100, "kAudioQueueProcessingTap_StartOfStream"
    END_OF_STREAM = 0x200, "kAudioQueueProcessingTap_EndOfStream"


class AudioQueueTimePitchAlgorithm(FourCCEnum):
    """Values of ``kAudioQueueProperty_TimePitchAlgorithm``.

    Apple's ``kAudioQueueTimePitchAlgorithm_*`` constants (AudioToolbox/AudioQueue.h).

    Example
    -------
    >>> from coremusic.constants import AudioQueueTimePitchAlgorithm, apple_name
    >>> AudioQueueTimePitchAlgorithm.SPECTRAL
    <AudioQueueTimePitchAlgorithm.SPECTRAL: 'spec'>
    >>> apple_name(AudioQueueTimePitchAlgorithm.SPECTRAL)
    'kAudioQueueTimePitchAlgorithm_Spectral'
    """

    SPECTRAL = 0x73706563, "kAudioQueueTimePitchAlgorithm_Spectral"  # 'spec'
    TIME_DOMAIN = 0x7469646F, "kAudioQueueTimePitchAlgorithm_TimeDomain"  # 'tido'
    VARISPEED = 0x76737064, "kAudioQueueTimePitchAlgorithm_Varispeed"  # 'vspd'
