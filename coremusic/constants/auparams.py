"""Parameter IDs of Apple's mixers, I/O, time-pitch, sampler and network units.

Values are Apple's, checked against the SDK facts by the test suite.
"""

from __future__ import annotations

from coremusic.constants._base import AppleIntEnum

__all__ = [
    "AUGroupParameterID",
    "AUNetReceiveParam",
    "AUNetSendParam",
    "AUNetStatus",
    "AUSamplerParam",
    "HALOutputParam",
    "MatrixMixerParam",
    "Mixer3DParam",
    "MultiChannelMixerParam",
    "MusicDeviceParam",
    "NewTimePitchParam",
    "PannerParam",
    "RandomParam",
    "SpatialMixerParam",
    "StereoMixerParam",
    "TimePitchParam",
    "VarispeedParam",
]


class AUGroupParameterID(AppleIntEnum):
    """Parameters of MIDI-style group (part) parameters of music devices.

    Apple's ``kAUGroupParameterID_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import AUGroupParameterID, apple_name
    >>> AUGroupParameterID.MOD_WHEEL
    <AUGroupParameterID.MOD_WHEEL: 1>
    >>> apple_name(AUGroupParameterID.MOD_WHEEL)
    'kAUGroupParameterID_ModWheel'
    """

    MOD_WHEEL = 1, "kAUGroupParameterID_ModWheel"
    FOOT = 4, "kAUGroupParameterID_Foot"
    DATA_ENTRY = 6, "kAUGroupParameterID_DataEntry"
    VOLUME = 7, "kAUGroupParameterID_Volume"
    PAN = 10, "kAUGroupParameterID_Pan"
    EXPRESSION = 11, "kAUGroupParameterID_Expression"
    MOD_WHEEL_LSB = 33, "kAUGroupParameterID_ModWheel_LSB"
    FOOT_LSB = 36, "kAUGroupParameterID_Foot_LSB"
    DATA_ENTRY_LSB = 38, "kAUGroupParameterID_DataEntry_LSB"
    VOLUME_LSB = 39, "kAUGroupParameterID_Volume_LSB"
    PAN_LSB = 42, "kAUGroupParameterID_Pan_LSB"
    EXPRESSION_LSB = 43, "kAUGroupParameterID_Expression_LSB"
    SUSTAIN = 64, "kAUGroupParameterID_Sustain"
    SOSTENUTO = 66, "kAUGroupParameterID_Sostenuto"
    ALL_SOUND_OFF = 120, "kAUGroupParameterID_AllSoundOff"
    RESET_ALL_CONTROLLERS = 121, "kAUGroupParameterID_ResetAllControllers"
    ALL_NOTES_OFF = 123, "kAUGroupParameterID_AllNotesOff"
    KEY_PRESSURE = 160, "kAUGroupParameterID_KeyPressure"
    CHANNEL_PRESSURE = 208, "kAUGroupParameterID_ChannelPressure"
    PITCH_BEND = 224, "kAUGroupParameterID_PitchBend"
    KEY_PRESSURE_FIRST_KEY = 256, "kAUGroupParameterID_KeyPressure_FirstKey"
    KEY_PRESSURE_LAST_KEY = 383, "kAUGroupParameterID_KeyPressure_LastKey"


class Mixer3DParam(AppleIntEnum):
    """Parameters of the 3D mixer (``AudioUnitSubType.MIXER_3D``).

    Apple's ``k3DMixerParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import Mixer3DParam, apple_name
    >>> Mixer3DParam.AZIMUTH
    <Mixer3DParam.AZIMUTH: 0>
    >>> apple_name(Mixer3DParam.AZIMUTH)
    'k3DMixerParam_Azimuth'
    """

    AZIMUTH = 0, "k3DMixerParam_Azimuth"
    ELEVATION = 1, "k3DMixerParam_Elevation"
    DISTANCE = 2, "k3DMixerParam_Distance"
    GAIN = 3, "k3DMixerParam_Gain"
    PLAYBACK_RATE = 4, "k3DMixerParam_PlaybackRate"
    REVERB_BLEND = 5, "k3DMixerParam_ReverbBlend"
    GLOBAL_REVERB_GAIN = 6, "k3DMixerParam_GlobalReverbGain"
    OCCLUSION_ATTENUATION = 7, "k3DMixerParam_OcclusionAttenuation"
    OBSTRUCTION_ATTENUATION = 8, "k3DMixerParam_ObstructionAttenuation"
    MIN_GAIN = 9, "k3DMixerParam_MinGain"
    MAX_GAIN = 10, "k3DMixerParam_MaxGain"
    BUS_ENABLE = 20, "k3DMixerParam_BusEnable"
    MIN_GAIN_IN_DECIBELS = 21, "k3DMixerParam_MinGainInDecibels"
    MAX_GAIN_IN_DECIBELS = 22, "k3DMixerParam_MaxGainInDecibels"
    DRY_WET_REVERB_BLEND = 23, "k3DMixerParam_DryWetReverbBlend"
    GLOBAL_REVERB_GAIN_IN_DECIBELS = 24, "k3DMixerParam_GlobalReverbGainInDecibels"
    OCCLUSION_ATTENUATION_IN_DECIBELS = 25, "k3DMixerParam_OcclusionAttenuationInDecibels"
    OBSTRUCTION_ATTENUATION_IN_DECIBELS = 26, "k3DMixerParam_ObstructionAttenuationInDecibels"
    PRE_AVERAGE_POWER = 1000, "k3DMixerParam_PreAveragePower"
    PRE_PEAK_HOLD_LEVEL = 2000, "k3DMixerParam_PrePeakHoldLevel"
    POST_AVERAGE_POWER = 3000, "k3DMixerParam_PostAveragePower"
    POST_PEAK_HOLD_LEVEL = 4000, "k3DMixerParam_PostPeakHoldLevel"


class SpatialMixerParam(AppleIntEnum):
    """Parameters of the spatial mixer (``AudioUnitSubType.SPATIAL_MIXER``).

    Apple's ``kSpatialMixerParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import SpatialMixerParam, apple_name
    >>> SpatialMixerParam.AZIMUTH
    <SpatialMixerParam.AZIMUTH: 0>
    >>> apple_name(SpatialMixerParam.AZIMUTH)
    'kSpatialMixerParam_Azimuth'
    """

    AZIMUTH = 0, "kSpatialMixerParam_Azimuth"
    ELEVATION = 1, "kSpatialMixerParam_Elevation"
    DISTANCE = 2, "kSpatialMixerParam_Distance"
    GAIN = 3, "kSpatialMixerParam_Gain"
    PLAYBACK_RATE = 4, "kSpatialMixerParam_PlaybackRate"
    ENABLE = 5, "kSpatialMixerParam_Enable"
    MIN_GAIN = 6, "kSpatialMixerParam_MinGain"
    MAX_GAIN = 7, "kSpatialMixerParam_MaxGain"
    REVERB_BLEND = 8, "kSpatialMixerParam_ReverbBlend"
    GLOBAL_REVERB_GAIN = 9, "kSpatialMixerParam_GlobalReverbGain"
    OCCLUSION_ATTENUATION = 10, "kSpatialMixerParam_OcclusionAttenuation"
    OBSTRUCTION_ATTENUATION = 11, "kSpatialMixerParam_ObstructionAttenuation"
    HEAD_YAW = 19, "kSpatialMixerParam_HeadYaw"
    HEAD_PITCH = 20, "kSpatialMixerParam_HeadPitch"
    HEAD_ROLL = 21, "kSpatialMixerParam_HeadRoll"


class StereoMixerParam(AppleIntEnum):
    """Parameters of the stereo mixer (``AudioUnitSubType.STEREO_MIXER``).

    Apple's ``kStereoMixerParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import StereoMixerParam, apple_name
    >>> StereoMixerParam.VOLUME
    <StereoMixerParam.VOLUME: 0>
    >>> apple_name(StereoMixerParam.VOLUME)
    'kStereoMixerParam_Volume'
    """

    VOLUME = 0, "kStereoMixerParam_Volume"
    PAN = 1, "kStereoMixerParam_Pan"
    PRE_AVERAGE_POWER = 1000, "kStereoMixerParam_PreAveragePower"
    PRE_PEAK_HOLD_LEVEL = 2000, "kStereoMixerParam_PrePeakHoldLevel"
    POST_AVERAGE_POWER = 3000, "kStereoMixerParam_PostAveragePower"
    POST_PEAK_HOLD_LEVEL = 4000, "kStereoMixerParam_PostPeakHoldLevel"


class MultiChannelMixerParam(AppleIntEnum):
    """Parameters of the multichannel mixer (``AudioUnitSubType.MULTI_CHANNEL_MIXER``).

    Apple's ``kMultiChannelMixerParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import MultiChannelMixerParam, apple_name
    >>> MultiChannelMixerParam.VOLUME
    <MultiChannelMixerParam.VOLUME: 0>
    >>> apple_name(MultiChannelMixerParam.VOLUME)
    'kMultiChannelMixerParam_Volume'
    """

    VOLUME = 0, "kMultiChannelMixerParam_Volume"
    ENABLE = 1, "kMultiChannelMixerParam_Enable"
    PAN = 2, "kMultiChannelMixerParam_Pan"
    PRE_AVERAGE_POWER = 1000, "kMultiChannelMixerParam_PreAveragePower"
    PRE_PEAK_HOLD_LEVEL = 2000, "kMultiChannelMixerParam_PrePeakHoldLevel"
    POST_AVERAGE_POWER = 3000, "kMultiChannelMixerParam_PostAveragePower"
    POST_PEAK_HOLD_LEVEL = 4000, "kMultiChannelMixerParam_PostPeakHoldLevel"


class MatrixMixerParam(AppleIntEnum):
    """Parameters of the matrix mixer (``AudioUnitSubType.MATRIX_MIXER``).

    Apple's ``kMatrixMixerParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import MatrixMixerParam, apple_name
    >>> MatrixMixerParam.VOLUME
    <MatrixMixerParam.VOLUME: 0>
    >>> apple_name(MatrixMixerParam.VOLUME)
    'kMatrixMixerParam_Volume'
    """

    VOLUME = 0, "kMatrixMixerParam_Volume"
    ENABLE = 1, "kMatrixMixerParam_Enable"
    PRE_AVERAGE_POWER = 1000, "kMatrixMixerParam_PreAveragePower"
    PRE_PEAK_HOLD_LEVEL = 2000, "kMatrixMixerParam_PrePeakHoldLevel"
    POST_AVERAGE_POWER = 3000, "kMatrixMixerParam_PostAveragePower"
    POST_PEAK_HOLD_LEVEL = 4000, "kMatrixMixerParam_PostPeakHoldLevel"
    PRE_AVERAGE_POWER_LINEAR = 5000, "kMatrixMixerParam_PreAveragePowerLinear"
    PRE_PEAK_HOLD_LEVEL_LINEAR = 6000, "kMatrixMixerParam_PrePeakHoldLevelLinear"
    POST_AVERAGE_POWER_LINEAR = 7000, "kMatrixMixerParam_PostAveragePowerLinear"
    POST_PEAK_HOLD_LEVEL_LINEAR = 8000, "kMatrixMixerParam_PostPeakHoldLevelLinear"


class HALOutputParam(AppleIntEnum):
    """Parameters of the AUHAL output unit (``AudioUnitSubType.HAL_OUTPUT``).

    Apple's constant ``kHALOutputParam_Volume`` (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import HALOutputParam, apple_name
    >>> HALOutputParam.VOLUME
    <HALOutputParam.VOLUME: 14>
    >>> apple_name(HALOutputParam.VOLUME)
    'kHALOutputParam_Volume'
    """

    VOLUME = 14, "kHALOutputParam_Volume"


class TimePitchParam(AppleIntEnum):
    """Parameters of the time-pitch unit (``AudioUnitSubType.TIME_PITCH``).

    Apple's ``kTimePitchParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import TimePitchParam, apple_name
    >>> TimePitchParam.RATE
    <TimePitchParam.RATE: 0>
    >>> apple_name(TimePitchParam.RATE)
    'kTimePitchParam_Rate'
    """

    RATE = 0, "kTimePitchParam_Rate"
    PITCH = 1, "kTimePitchParam_Pitch"
    EFFECT_BLEND = 2, "kTimePitchParam_EffectBlend"


class NewTimePitchParam(AppleIntEnum):
    """Parameters of the new time-pitch unit (``AudioUnitSubType.NEW_TIME_PITCH``).

    Apple's ``kNewTimePitchParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Aliases (one member, several names): ``OVERLAP`` = ``SMOOTHNESS``, ``ENABLE_PEAK_LOCKING``
    = ``ENABLE_SPECTRAL_COHERENCE``.

    Example
    -------
    >>> from coremusic.constants import NewTimePitchParam, apple_name
    >>> NewTimePitchParam.RATE
    <NewTimePitchParam.RATE: 0>
    >>> apple_name(NewTimePitchParam.RATE)
    'kNewTimePitchParam_Rate'
    """

    RATE = 0, "kNewTimePitchParam_Rate"
    PITCH = 1, "kNewTimePitchParam_Pitch"
    SMOOTHNESS = 4, "kNewTimePitchParam_Smoothness"
    OVERLAP = 4, "kNewTimePitchParam_Overlap"  # alias of SMOOTHNESS
    ENABLE_SPECTRAL_COHERENCE = 6, "kNewTimePitchParam_EnableSpectralCoherence"
    ENABLE_PEAK_LOCKING = (
        6,
        "kNewTimePitchParam_EnablePeakLocking",
    )  # alias of ENABLE_SPECTRAL_COHERENCE
    ENABLE_TRANSIENT_PRESERVATION = 7, "kNewTimePitchParam_EnableTransientPreservation"


class VarispeedParam(AppleIntEnum):
    """Parameters of the varispeed unit (``AudioUnitSubType.VARISPEED``).

    Apple's ``kVarispeedParam_Playback*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import VarispeedParam, apple_name
    >>> VarispeedParam.PLAYBACK_RATE
    <VarispeedParam.PLAYBACK_RATE: 0>
    >>> apple_name(VarispeedParam.PLAYBACK_RATE)
    'kVarispeedParam_PlaybackRate'
    """

    PLAYBACK_RATE = 0, "kVarispeedParam_PlaybackRate"
    PLAYBACK_CENTS = 1, "kVarispeedParam_PlaybackCents"


class PannerParam(AppleIntEnum):
    """Parameters of Apple's panner units (``AudioUnitType.PANNER``).

    Apple's ``kPannerParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import PannerParam, apple_name
    >>> PannerParam.GAIN
    <PannerParam.GAIN: 0>
    >>> apple_name(PannerParam.GAIN)
    'kPannerParam_Gain'
    """

    GAIN = 0, "kPannerParam_Gain"
    AZIMUTH = 1, "kPannerParam_Azimuth"
    ELEVATION = 2, "kPannerParam_Elevation"
    DISTANCE = 3, "kPannerParam_Distance"
    COORD_SCALE = 4, "kPannerParam_CoordScale"
    REF_DISTANCE = 5, "kPannerParam_RefDistance"


class RandomParam(AppleIntEnum):
    """Parameters of the random-parameter generator of the graph.

    Apple's ``kRandomParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import RandomParam, apple_name
    >>> RandomParam.BOUND_A
    <RandomParam.BOUND_A: 0>
    >>> apple_name(RandomParam.BOUND_A)
    'kRandomParam_BoundA'
    """

    BOUND_A = 0, "kRandomParam_BoundA"
    BOUN_DB = 1, "kRandomParam_BoundB"
    CURVE = 2, "kRandomParam_Curve"


class AUNetReceiveParam(AppleIntEnum):
    """Parameters of the AUNetReceive unit.

    Apple's ``kAUNetReceiveParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import AUNetReceiveParam, apple_name
    >>> AUNetReceiveParam.STATUS
    <AUNetReceiveParam.STATUS: 0>
    >>> apple_name(AUNetReceiveParam.STATUS)
    'kAUNetReceiveParam_Status'
    """

    STATUS = 0, "kAUNetReceiveParam_Status"
    NUM_PARAMETERS = 1, "kAUNetReceiveParam_NumParameters"


class AUNetSendParam(AppleIntEnum):
    """Parameters of the AUNetSend unit.

    Apple's ``kAUNetSendParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import AUNetSendParam, apple_name
    >>> AUNetSendParam.STATUS
    <AUNetSendParam.STATUS: 0>
    >>> apple_name(AUNetSendParam.STATUS)
    'kAUNetSendParam_Status'
    """

    STATUS = 0, "kAUNetSendParam_Status"
    NUM_PARAMETERS = 1, "kAUNetSendParam_NumParameters"


class AUNetStatus(AppleIntEnum):
    """Values for the connection states of AUNetSend / AUNetReceive (their ``STATUS``).

    Apple's ``kAUNetStatus_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import AUNetStatus, apple_name
    >>> AUNetStatus.NOT_CONNECTED
    <AUNetStatus.NOT_CONNECTED: 0>
    >>> apple_name(AUNetStatus.NOT_CONNECTED)
    'kAUNetStatus_NotConnected'
    """

    NOT_CONNECTED = 0, "kAUNetStatus_NotConnected"
    CONNECTED = 1, "kAUNetStatus_Connected"
    OVERFLOW = 2, "kAUNetStatus_Overflow"
    UNDERFLOW = 3, "kAUNetStatus_Underflow"
    CONNECTING = 4, "kAUNetStatus_Connecting"
    LISTENING = 5, "kAUNetStatus_Listening"


class MusicDeviceParam(AppleIntEnum):
    """Parameters of Apple's music devices (DLS synth ...).

    Apple's ``kMusicDeviceParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import MusicDeviceParam, apple_name
    >>> MusicDeviceParam.TUNING
    <MusicDeviceParam.TUNING: 0>
    >>> apple_name(MusicDeviceParam.TUNING)
    'kMusicDeviceParam_Tuning'
    """

    TUNING = 0, "kMusicDeviceParam_Tuning"
    VOLUME = 1, "kMusicDeviceParam_Volume"
    REVERB_VOLUME = 2, "kMusicDeviceParam_ReverbVolume"


class AUSamplerParam(AppleIntEnum):
    """Parameters of the sampler (``AudioUnitSubType.SAMPLER``).

    Apple's ``kAUSamplerParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import AUSamplerParam, apple_name
    >>> AUSamplerParam.GAIN
    <AUSamplerParam.GAIN: 900>
    >>> apple_name(AUSamplerParam.GAIN)
    'kAUSamplerParam_Gain'
    """

    GAIN = 900, "kAUSamplerParam_Gain"
    COARSE_TUNING = 901, "kAUSamplerParam_CoarseTuning"
    FINE_TUNING = 902, "kAUSamplerParam_FineTuning"
    PAN = 903, "kAUSamplerParam_Pan"
