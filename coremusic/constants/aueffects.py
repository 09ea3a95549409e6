"""Parameter IDs of Apple's effect units: delay, reverb, dynamics, filters, EQ ...

Values are Apple's, checked against the SDK facts by the test suite.
"""

from __future__ import annotations

from typing import Final

from coremusic.constants._base import AppleIntEnum, _constant

__all__ = [
    "NUM_AU_NBAND_EQ_FILTER_TYPES",
    "AULowShelfParam",
    "AUNBandEQFilterType",
    "AUNBandEQParam",
    "AUSoundIsolationParam",
    "AUSoundIsolationSoundType",
    "BandpassParam",
    "DelayParam",
    "DistortionParam",
    "DynamicsProcessorParam",
    "GraphicEQParam",
    "HighShelfParam",
    "HipassParam",
    "LimiterParam",
    "LowPassParam",
    "MultibandCompressorParam",
    "MultibandFilterParam",
    "ParametricEQParam",
    "Reverb2Param",
    "ReverbParam",
    "RogerBeepParam",
    "RoundTripAACParam",
    "SampleDelayParam",
]

#: Number of ``AUNBandEQFilterType`` values.
NUM_AU_NBAND_EQ_FILTER_TYPES: Final = _constant("kNumAUNBandEQFilterTypes", 11)


class DelayParam(AppleIntEnum):
    """Parameters of the delay unit (``AudioUnitSubType.DELAY``).

    Apple's ``kDelayParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import DelayParam, apple_name
    >>> DelayParam.WET_DRY_MIX
    <DelayParam.WET_DRY_MIX: 0>
    >>> apple_name(DelayParam.WET_DRY_MIX)
    'kDelayParam_WetDryMix'
    """

    WET_DRY_MIX = 0, "kDelayParam_WetDryMix"
    DELAY_TIME = 1, "kDelayParam_DelayTime"
    FEEDBACK = 2, "kDelayParam_Feedback"
    LOPASS_CUTOFF = 3, "kDelayParam_LopassCutoff"


class SampleDelayParam(AppleIntEnum):
    """Parameters of the sample-delay unit (``AudioUnitSubType.SAMPLE_DELAY``).

    Apple's constant ``kSampleDelayParam_DelayFrames`` (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import SampleDelayParam, apple_name
    >>> SampleDelayParam.DELAY_FRAMES
    <SampleDelayParam.DELAY_FRAMES: 0>
    >>> apple_name(SampleDelayParam.DELAY_FRAMES)
    'kSampleDelayParam_DelayFrames'
    """

    DELAY_FRAMES = 0, "kSampleDelayParam_DelayFrames"


class DistortionParam(AppleIntEnum):
    """Parameters of the distortion unit (``AudioUnitSubType.DISTORTION``).

    Apple's ``kDistortionParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import DistortionParam, apple_name
    >>> DistortionParam.DELAY
    <DistortionParam.DELAY: 0>
    >>> apple_name(DistortionParam.DELAY)
    'kDistortionParam_Delay'
    """

    DELAY = 0, "kDistortionParam_Delay"
    DECAY = 1, "kDistortionParam_Decay"
    DELAY_MIX = 2, "kDistortionParam_DelayMix"
    DECIMATION = 3, "kDistortionParam_Decimation"
    ROUNDING = 4, "kDistortionParam_Rounding"
    DECIMATION_MIX = 5, "kDistortionParam_DecimationMix"
    LINEAR_TERM = 6, "kDistortionParam_LinearTerm"
    SQUARED_TERM = 7, "kDistortionParam_SquaredTerm"
    CUBIC_TERM = 8, "kDistortionParam_CubicTerm"
    POLYNOMIAL_MIX = 9, "kDistortionParam_PolynomialMix"
    RING_MOD_FREQ1 = 10, "kDistortionParam_RingModFreq1"
    RING_MOD_FREQ2 = 11, "kDistortionParam_RingModFreq2"
    RING_MOD_BALANCE = 12, "kDistortionParam_RingModBalance"
    RING_MOD_MIX = 13, "kDistortionParam_RingModMix"
    SOFT_CLIP_GAIN = 14, "kDistortionParam_SoftClipGain"
    FINAL_MIX = 15, "kDistortionParam_FinalMix"


class ReverbParam(AppleIntEnum):
    """Parameters of the matrix reverb (``AudioUnitSubType.MATRIX_REVERB``).

    Apple's ``kReverbParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import ReverbParam, apple_name
    >>> ReverbParam.DRY_WET_MIX
    <ReverbParam.DRY_WET_MIX: 0>
    >>> apple_name(ReverbParam.DRY_WET_MIX)
    'kReverbParam_DryWetMix'
    """

    DRY_WET_MIX = 0, "kReverbParam_DryWetMix"
    SMALL_LARGE_MIX = 1, "kReverbParam_SmallLargeMix"
    SMALL_SIZE = 2, "kReverbParam_SmallSize"
    LARGE_SIZE = 3, "kReverbParam_LargeSize"
    PRE_DELAY = 4, "kReverbParam_PreDelay"
    LARGE_DELAY = 5, "kReverbParam_LargeDelay"
    SMALL_DENSITY = 6, "kReverbParam_SmallDensity"
    LARGE_DENSITY = 7, "kReverbParam_LargeDensity"
    LARGE_DELAY_RANGE = 8, "kReverbParam_LargeDelayRange"
    SMALL_BRIGHTNESS = 9, "kReverbParam_SmallBrightness"
    LARGE_BRIGHTNESS = 10, "kReverbParam_LargeBrightness"
    SMALL_DELAY_RANGE = 11, "kReverbParam_SmallDelayRange"
    MODULATION_RATE = 12, "kReverbParam_ModulationRate"
    MODULATION_DEPTH = 13, "kReverbParam_ModulationDepth"
    FILTER_FREQUENCY = 14, "kReverbParam_FilterFrequency"
    FILTER_BANDWIDTH = 15, "kReverbParam_FilterBandwidth"
    FILTER_GAIN = 16, "kReverbParam_FilterGain"
    FILTER_TYPE = 17, "kReverbParam_FilterType"
    FILTER_ENABLE = 18, "kReverbParam_FilterEnable"


class Reverb2Param(AppleIntEnum):
    """Parameters of the reverb 2 unit (``AudioUnitSubType.REVERB2``).

    Apple's ``kReverb2Param_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import Reverb2Param, apple_name
    >>> Reverb2Param.DRY_WET_MIX
    <Reverb2Param.DRY_WET_MIX: 0>
    >>> apple_name(Reverb2Param.DRY_WET_MIX)
    'kReverb2Param_DryWetMix'
    """

    DRY_WET_MIX = 0, "kReverb2Param_DryWetMix"
    GAIN = 1, "kReverb2Param_Gain"
    MIN_DELAY_TIME = 2, "kReverb2Param_MinDelayTime"
    MAX_DELAY_TIME = 3, "kReverb2Param_MaxDelayTime"
    DECAY_TIME_AT_0_HZ = 4, "kReverb2Param_DecayTimeAt0Hz"
    DECAY_TIME_AT_NYQUIST = 5, "kReverb2Param_DecayTimeAtNyquist"
    RANDOMIZE_REFLECTIONS = 6, "kReverb2Param_RandomizeReflections"


class DynamicsProcessorParam(AppleIntEnum):
    """Parameters of the dynamics processor (``AudioUnitSubType.DYNAMICS_PROCESSOR``).

    Apple's ``kDynamicsProcessorParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Aliases (one member, several names): ``MASTER_GAIN`` = ``OVERALL_GAIN``.

    Example
    -------
    >>> from coremusic.constants import DynamicsProcessorParam, apple_name
    >>> DynamicsProcessorParam.THRESHOLD
    <DynamicsProcessorParam.THRESHOLD: 0>
    >>> apple_name(DynamicsProcessorParam.THRESHOLD)
    'kDynamicsProcessorParam_Threshold'
    """

    THRESHOLD = 0, "kDynamicsProcessorParam_Threshold"
    HEAD_ROOM = 1, "kDynamicsProcessorParam_HeadRoom"
    EXPANSION_RATIO = 2, "kDynamicsProcessorParam_ExpansionRatio"
    EXPANSION_THRESHOLD = 3, "kDynamicsProcessorParam_ExpansionThreshold"
    ATTACK_TIME = 4, "kDynamicsProcessorParam_AttackTime"
    RELEASE_TIME = 5, "kDynamicsProcessorParam_ReleaseTime"
    OVERALL_GAIN = 6, "kDynamicsProcessorParam_OverallGain"
    MASTER_GAIN = 6, "kDynamicsProcessorParam_MasterGain"  # alias of OVERALL_GAIN
    COMPRESSION_AMOUNT = 1000, "kDynamicsProcessorParam_CompressionAmount"
    INPUT_AMPLITUDE = 2000, "kDynamicsProcessorParam_InputAmplitude"
    OUTPUT_AMPLITUDE = 3000, "kDynamicsProcessorParam_OutputAmplitude"


class MultibandCompressorParam(AppleIntEnum):
    """Parameters of the multiband compressor (``AudioUnitSubType.MULTI_BAND_COMPRESSOR``).

    Apple's ``kMultibandCompressorParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import MultibandCompressorParam, apple_name
    >>> MultibandCompressorParam.PREGAIN
    <MultibandCompressorParam.PREGAIN: 0>
    >>> apple_name(MultibandCompressorParam.PREGAIN)
    'kMultibandCompressorParam_Pregain'
    """

    PREGAIN = 0, "kMultibandCompressorParam_Pregain"
    POSTGAIN = 1, "kMultibandCompressorParam_Postgain"
    CROSSOVER1 = 2, "kMultibandCompressorParam_Crossover1"
    CROSSOVER2 = 3, "kMultibandCompressorParam_Crossover2"
    CROSSOVER3 = 4, "kMultibandCompressorParam_Crossover3"
    THRESHOLD1 = 5, "kMultibandCompressorParam_Threshold1"
    THRESHOLD2 = 6, "kMultibandCompressorParam_Threshold2"
    THRESHOLD3 = 7, "kMultibandCompressorParam_Threshold3"
    THRESHOLD4 = 8, "kMultibandCompressorParam_Threshold4"
    HEADROOM1 = 9, "kMultibandCompressorParam_Headroom1"
    HEADROOM2 = 10, "kMultibandCompressorParam_Headroom2"
    HEADROOM3 = 11, "kMultibandCompressorParam_Headroom3"
    HEADROOM4 = 12, "kMultibandCompressorParam_Headroom4"
    ATTACK_TIME = 13, "kMultibandCompressorParam_AttackTime"
    RELEASE_TIME = 14, "kMultibandCompressorParam_ReleaseTime"
    EQ1 = 15, "kMultibandCompressorParam_EQ1"
    EQ2 = 16, "kMultibandCompressorParam_EQ2"
    EQ3 = 17, "kMultibandCompressorParam_EQ3"
    EQ4 = 18, "kMultibandCompressorParam_EQ4"
    COMPRESSION_AMOUNT1 = 1000, "kMultibandCompressorParam_CompressionAmount1"
    COMPRESSION_AMOUNT2 = 2000, "kMultibandCompressorParam_CompressionAmount2"
    COMPRESSION_AMOUNT3 = 3000, "kMultibandCompressorParam_CompressionAmount3"
    COMPRESSION_AMOUNT4 = 4000, "kMultibandCompressorParam_CompressionAmount4"
    INPUT_AMPLITUDE1 = 5000, "kMultibandCompressorParam_InputAmplitude1"
    INPUT_AMPLITUDE2 = 6000, "kMultibandCompressorParam_InputAmplitude2"
    INPUT_AMPLITUDE3 = 7000, "kMultibandCompressorParam_InputAmplitude3"
    INPUT_AMPLITUDE4 = 8000, "kMultibandCompressorParam_InputAmplitude4"
    OUTPUT_AMPLITUDE1 = 9000, "kMultibandCompressorParam_OutputAmplitude1"
    OUTPUT_AMPLITUDE2 = 10000, "kMultibandCompressorParam_OutputAmplitude2"
    OUTPUT_AMPLITUDE3 = 11000, "kMultibandCompressorParam_OutputAmplitude3"
    OUTPUT_AMPLITUDE4 = 12000, "kMultibandCompressorParam_OutputAmplitude4"


class LimiterParam(AppleIntEnum):
    """Parameters of the peak limiter (``AudioUnitSubType.PEAK_LIMITER``).

    Apple's ``kLimiterParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import LimiterParam, apple_name
    >>> LimiterParam.ATTACK_TIME
    <LimiterParam.ATTACK_TIME: 0>
    >>> apple_name(LimiterParam.ATTACK_TIME)
    'kLimiterParam_AttackTime'
    """

    ATTACK_TIME = 0, "kLimiterParam_AttackTime"
    DECAY_TIME = 1, "kLimiterParam_DecayTime"
    PRE_GAIN = 2, "kLimiterParam_PreGain"


class MultibandFilterParam(AppleIntEnum):
    """Parameters of the AUFilter unit (``AudioUnitSubType.AU_FILTER``).

    Apple's ``kMultibandFilter_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import MultibandFilterParam, apple_name
    >>> MultibandFilterParam.LOW_FILTER_TYPE
    <MultibandFilterParam.LOW_FILTER_TYPE: 0>
    >>> apple_name(MultibandFilterParam.LOW_FILTER_TYPE)
    'kMultibandFilter_LowFilterType'
    """

    LOW_FILTER_TYPE = 0, "kMultibandFilter_LowFilterType"
    LOW_FREQUENCY = 1, "kMultibandFilter_LowFrequency"
    LOW_GAIN = 2, "kMultibandFilter_LowGain"
    CENTER_FREQ1 = 3, "kMultibandFilter_CenterFreq1"
    CENTER_GAIN1 = 4, "kMultibandFilter_CenterGain1"
    BANDWIDTH1 = 5, "kMultibandFilter_Bandwidth1"
    CENTER_FREQ2 = 6, "kMultibandFilter_CenterFreq2"
    CENTER_GAIN2 = 7, "kMultibandFilter_CenterGain2"
    BANDWIDTH2 = 8, "kMultibandFilter_Bandwidth2"
    CENTER_FREQ3 = 9, "kMultibandFilter_CenterFreq3"
    CENTER_GAIN3 = 10, "kMultibandFilter_CenterGain3"
    BANDWIDTH3 = 11, "kMultibandFilter_Bandwidth3"
    HIGH_FILTER_TYPE = 12, "kMultibandFilter_HighFilterType"
    HIGH_FREQUENCY = 13, "kMultibandFilter_HighFrequency"
    HIGH_GAIN = 14, "kMultibandFilter_HighGain"


class GraphicEQParam(AppleIntEnum):
    """Parameters of the graphic EQ (``AudioUnitSubType.GRAPHIC_EQ``).

    Apple's constant ``kGraphicEQParam_NumberOfBands`` (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import GraphicEQParam, apple_name
    >>> GraphicEQParam.NUMBER_OF_BANDS
    <GraphicEQParam.NUMBER_OF_BANDS: 10000>
    >>> apple_name(GraphicEQParam.NUMBER_OF_BANDS)
    'kGraphicEQParam_NumberOfBands'
    """

    NUMBER_OF_BANDS = 10000, "kGraphicEQParam_NumberOfBands"


class ParametricEQParam(AppleIntEnum):
    """Parameters of the parametric EQ (``AudioUnitSubType.PARAMETRIC_EQ``).

    Apple's ``kParametricEQParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import ParametricEQParam, apple_name
    >>> ParametricEQParam.CENTER_FREQ
    <ParametricEQParam.CENTER_FREQ: 0>
    >>> apple_name(ParametricEQParam.CENTER_FREQ)
    'kParametricEQParam_CenterFreq'
    """

    CENTER_FREQ = 0, "kParametricEQParam_CenterFreq"
    Q = 1, "kParametricEQParam_Q"
    GAIN = 2, "kParametricEQParam_Gain"


class AUNBandEQParam(AppleIntEnum):
    """Parameters of the N-band EQ (``AudioUnitSubType.N_BAND_EQ``).

    Apple's ``kAUNBandEQParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import AUNBandEQParam, apple_name
    >>> AUNBandEQParam.GLOBAL_GAIN
    <AUNBandEQParam.GLOBAL_GAIN: 0>
    >>> apple_name(AUNBandEQParam.GLOBAL_GAIN)
    'kAUNBandEQParam_GlobalGain'
    """

    GLOBAL_GAIN = 0, "kAUNBandEQParam_GlobalGain"
    BYPASS_BAND = 1000, "kAUNBandEQParam_BypassBand"
    FILTER_TYPE = 2000, "kAUNBandEQParam_FilterType"
    FREQUENCY = 3000, "kAUNBandEQParam_Frequency"
    GAIN = 4000, "kAUNBandEQParam_Gain"
    BANDWIDTH = 5000, "kAUNBandEQParam_Bandwidth"


class AUNBandEQFilterType(AppleIntEnum):
    """Values for the filter types of the N-band EQ (values of ``AUNBandEQParam.FILTER_TYPE``).

    Apple's ``kAUNBandEQFilterType_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import AUNBandEQFilterType, apple_name
    >>> AUNBandEQFilterType.PARAMETRIC
    <AUNBandEQFilterType.PARAMETRIC: 0>
    >>> apple_name(AUNBandEQFilterType.PARAMETRIC)
    'kAUNBandEQFilterType_Parametric'
    """

    PARAMETRIC = 0, "kAUNBandEQFilterType_Parametric"
    SECOND_ORDER_BUTTERWORTH_LOW_PASS = 1, "kAUNBandEQFilterType_2ndOrderButterworthLowPass"
    SECOND_ORDER_BUTTERWORTH_HIGH_PASS = 2, "kAUNBandEQFilterType_2ndOrderButterworthHighPass"
    RESONANT_LOW_PASS = 3, "kAUNBandEQFilterType_ResonantLowPass"
    RESONANT_HIGH_PASS = 4, "kAUNBandEQFilterType_ResonantHighPass"
    BAND_PASS = 5, "kAUNBandEQFilterType_BandPass"
    BAND_STOP = 6, "kAUNBandEQFilterType_BandStop"
    LOW_SHELF = 7, "kAUNBandEQFilterType_LowShelf"
    HIGH_SHELF = 8, "kAUNBandEQFilterType_HighShelf"
    RESONANT_LOW_SHELF = 9, "kAUNBandEQFilterType_ResonantLowShelf"
    RESONANT_HIGH_SHELF = 10, "kAUNBandEQFilterType_ResonantHighShelf"


class LowPassParam(AppleIntEnum):
    """Parameters of the low-pass filter (``AudioUnitSubType.LOW_PASS_FILTER``).

    Apple's ``kLowPassParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import LowPassParam, apple_name
    >>> LowPassParam.CUTOFF_FREQUENCY
    <LowPassParam.CUTOFF_FREQUENCY: 0>
    >>> apple_name(LowPassParam.CUTOFF_FREQUENCY)
    'kLowPassParam_CutoffFrequency'
    """

    CUTOFF_FREQUENCY = 0, "kLowPassParam_CutoffFrequency"
    RESONANCE = 1, "kLowPassParam_Resonance"


class HipassParam(AppleIntEnum):
    """Parameters of the high-pass filter (``AudioUnitSubType.HIGH_PASS_FILTER``).

    Apple's ``kHipassParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import HipassParam, apple_name
    >>> HipassParam.CUTOFF_FREQUENCY
    <HipassParam.CUTOFF_FREQUENCY: 0>
    >>> apple_name(HipassParam.CUTOFF_FREQUENCY)
    'kHipassParam_CutoffFrequency'
    """

    CUTOFF_FREQUENCY = 0, "kHipassParam_CutoffFrequency"
    RESONANCE = 1, "kHipassParam_Resonance"


class BandpassParam(AppleIntEnum):
    """Parameters of the band-pass filter (``AudioUnitSubType.BAND_PASS_FILTER``).

    Apple's ``kBandpassParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import BandpassParam, apple_name
    >>> BandpassParam.CENTER_FREQUENCY
    <BandpassParam.CENTER_FREQUENCY: 0>
    >>> apple_name(BandpassParam.CENTER_FREQUENCY)
    'kBandpassParam_CenterFrequency'
    """

    CENTER_FREQUENCY = 0, "kBandpassParam_CenterFrequency"
    BANDWIDTH = 1, "kBandpassParam_Bandwidth"


class HighShelfParam(AppleIntEnum):
    """Parameters of the high-shelf filter (``AudioUnitSubType.HIGH_SHELF_FILTER``).

    Apple's ``kHighShelfParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import HighShelfParam, apple_name
    >>> HighShelfParam.CUT_OFF_FREQUENCY
    <HighShelfParam.CUT_OFF_FREQUENCY: 0>
    >>> apple_name(HighShelfParam.CUT_OFF_FREQUENCY)
    'kHighShelfParam_CutOffFrequency'
    """

    CUT_OFF_FREQUENCY = 0, "kHighShelfParam_CutOffFrequency"
    GAIN = 1, "kHighShelfParam_Gain"


class AULowShelfParam(AppleIntEnum):
    """Parameters of the low-shelf filter (``AudioUnitSubType.LOW_SHELF_FILTER``).

    Apple's ``kAULowShelfParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import AULowShelfParam, apple_name
    >>> AULowShelfParam.CUTOFF_FREQUENCY
    <AULowShelfParam.CUTOFF_FREQUENCY: 0>
    >>> apple_name(AULowShelfParam.CUTOFF_FREQUENCY)
    'kAULowShelfParam_CutoffFrequency'
    """

    CUTOFF_FREQUENCY = 0, "kAULowShelfParam_CutoffFrequency"
    GAIN = 1, "kAULowShelfParam_Gain"


class RogerBeepParam(AppleIntEnum):
    """Parameters of the roger-beep unit (``AudioUnitSubType.ROGER_BEEP``).

    Apple's ``kRogerBeepParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import RogerBeepParam, apple_name
    >>> RogerBeepParam.IN_GATE_THRESHOLD
    <RogerBeepParam.IN_GATE_THRESHOLD: 0>
    >>> apple_name(RogerBeepParam.IN_GATE_THRESHOLD)
    'kRogerBeepParam_InGateThreshold'
    """

    IN_GATE_THRESHOLD = 0, "kRogerBeepParam_InGateThreshold"
    IN_GATE_THRESHOLD_TIME = 1, "kRogerBeepParam_InGateThresholdTime"
    OUT_GATE_THRESHOLD = 2, "kRogerBeepParam_OutGateThreshold"
    OUT_GATE_THRESHOLD_TIME = 3, "kRogerBeepParam_OutGateThresholdTime"
    SENSITIVITY = 4, "kRogerBeepParam_Sensitivity"
    ROGER_TYPE = 5, "kRogerBeepParam_RogerType"
    ROGER_GAIN = 6, "kRogerBeepParam_RogerGain"


class RoundTripAACParam(AppleIntEnum):
    """Parameters of the round-trip AAC unit (``AudioUnitSubType.ROUND_TRIP_AAC``).

    Apple's ``kRoundTripAACParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Aliases (one member, several names): ``BIT_RATE`` = ``ENCODING_STRATEGY``, ``QUALITY`` =
    ``RATE_OR_QUALITY``.

    Example
    -------
    >>> from coremusic.constants import RoundTripAACParam, apple_name
    >>> RoundTripAACParam.FORMAT
    <RoundTripAACParam.FORMAT: 0>
    >>> apple_name(RoundTripAACParam.FORMAT)
    'kRoundTripAACParam_Format'
    """

    FORMAT = 0, "kRoundTripAACParam_Format"
    ENCODING_STRATEGY = 1, "kRoundTripAACParam_EncodingStrategy"
    BIT_RATE = 1, "kRoundTripAACParam_BitRate"  # alias of ENCODING_STRATEGY
    RATE_OR_QUALITY = 2, "kRoundTripAACParam_RateOrQuality"
    QUALITY = 2, "kRoundTripAACParam_Quality"  # alias of RATE_OR_QUALITY
    COMPRESSED_FORMAT_SAMPLE_RATE = 3, "kRoundTripAACParam_CompressedFormatSampleRate"


class AUSoundIsolationParam(AppleIntEnum):
    """Parameters of the sound-isolation unit (``AudioUnitSubType.AU_SOUND_ISOLATION``).

    Apple's ``kAUSoundIsolationParam_*`` constants (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import AUSoundIsolationParam, apple_name
    >>> AUSoundIsolationParam.WET_DRY_MIX_PERCENT
    <AUSoundIsolationParam.WET_DRY_MIX_PERCENT: 0>
    >>> apple_name(AUSoundIsolationParam.WET_DRY_MIX_PERCENT)
    'kAUSoundIsolationParam_WetDryMixPercent'
    """

    WET_DRY_MIX_PERCENT = 0, "kAUSoundIsolationParam_WetDryMixPercent"
    SOUND_TO_ISOLATE = 1, "kAUSoundIsolationParam_SoundToIsolate"


class AUSoundIsolationSoundType(AppleIntEnum):
    """Values for sound types of the sound-isolation unit (values of ``SOUND_TO_ISOLATE``).

    Apple's constant ``kAUSoundIsolationSoundType_Voice`` (AudioToolbox/AudioUnitParameters.h).

    Example
    -------
    >>> from coremusic.constants import AUSoundIsolationSoundType, apple_name
    >>> AUSoundIsolationSoundType.VOICE
    <AUSoundIsolationSoundType.VOICE: 1>
    >>> apple_name(AUSoundIsolationSoundType.VOICE)
    'kAUSoundIsolationSoundType_Voice'
    """

    VOICE = 1, "kAUSoundIsolationSoundType_Voice"
