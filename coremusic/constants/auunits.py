"""Properties and enums of Apple's built-in AudioUnits (mixers, sampler, reverb, I/O ...).

Values are Apple's, checked against the SDK facts by the test suite.
"""

from __future__ import annotations

from typing import Final

from coremusic.constants._base import AppleIntEnum, AppleIntFlag, _constant

__all__ = [
    "AU_NET_SEND_NUM_PRESET_FORMATS",
    "AUMIDISynthProperty",
    "AUNBandEQProperty",
    "AUNetReceiveProperty",
    "AUNetSendPresetFormat",
    "AUNetSendProperty",
    "AUSamplerDefault",
    "AUSamplerProperty",
    "AUVoiceIOErrorCode",
    "AUVoiceIOOtherAudioDuckingLevel",
    "AUVoiceIOProperty",
    "AUVoiceIOSpeechActivityEvent",
    "InstrumentType",
    "Mixer3DAttenuationCurve",
    "Mixer3DRenderingFlag",
    "ReverbRoomType",
    "ScheduledAudioSliceFlag",
    "SpatialMixerAttenuationCurve",
    "SpatialMixerOutputType",
    "SpatialMixerPersonalizedHRTFMode",
    "SpatialMixerPointSourceInHeadMode",
    "SpatialMixerRenderingFlag",
    "SpatialMixerSourceMode",
    "SpatializationAlgorithm",
    "SpeakerConfiguration",
]

#: Number of ``AUNetSendPresetFormat`` values.
AU_NET_SEND_NUM_PRESET_FORMATS: Final = _constant("kAUNetSendNumPresetFormats", 18)


class AUVoiceIOProperty(AppleIntEnum):
    """Properties of the VoiceProcessingIO unit.

    Apple's ``kAUVoiceIOProperty_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import AUVoiceIOProperty, apple_name
    >>> AUVoiceIOProperty.BYPASS_VOICE_PROCESSING
    <AUVoiceIOProperty.BYPASS_VOICE_PROCESSING: 2100>
    >>> apple_name(AUVoiceIOProperty.BYPASS_VOICE_PROCESSING)
    'kAUVoiceIOProperty_BypassVoiceProcessing'
    """

    BYPASS_VOICE_PROCESSING = 2100, "kAUVoiceIOProperty_BypassVoiceProcessing"
    VOICE_PROCESSING_ENABLE_AGC = 2101, "kAUVoiceIOProperty_VoiceProcessingEnableAGC"
    VOICE_PROCESSING_QUALITY = 2103, "kAUVoiceIOProperty_VoiceProcessingQuality"
    MUTE_OUTPUT = 2104, "kAUVoiceIOProperty_MuteOutput"
    MUTED_SPEECH_ACTIVITY_EVENT_LISTENER = (
        2106,
        "kAUVoiceIOProperty_MutedSpeechActivityEventListener",
    )
    OTHER_AUDIO_DUCKING_CONFIGURATION = 2108, "kAUVoiceIOProperty_OtherAudioDuckingConfiguration"


class AUNBandEQProperty(AppleIntEnum):
    """Properties of the N-band EQ unit.

    Apple's ``kAUNBandEQProperty_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import AUNBandEQProperty, apple_name
    >>> AUNBandEQProperty.NUMBER_OF_BANDS
    <AUNBandEQProperty.NUMBER_OF_BANDS: 2200>
    >>> apple_name(AUNBandEQProperty.NUMBER_OF_BANDS)
    'kAUNBandEQProperty_NumberOfBands'
    """

    NUMBER_OF_BANDS = 2200, "kAUNBandEQProperty_NumberOfBands"
    MAX_NUMBER_OF_BANDS = 2201, "kAUNBandEQProperty_MaxNumberOfBands"
    BIQUAD_COEFFICIENTS = 2203, "kAUNBandEQProperty_BiquadCoefficients"


class AUNetReceiveProperty(AppleIntEnum):
    """Properties of the AUNetReceive unit.

    Apple's ``kAUNetReceiveProperty_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import AUNetReceiveProperty, apple_name
    >>> AUNetReceiveProperty.HOSTNAME
    <AUNetReceiveProperty.HOSTNAME: 3511>
    >>> apple_name(AUNetReceiveProperty.HOSTNAME)
    'kAUNetReceiveProperty_Hostname'
    """

    HOSTNAME = 3511, "kAUNetReceiveProperty_Hostname"
    PASSWORD = 3512, "kAUNetReceiveProperty_Password"


class AUNetSendProperty(AppleIntEnum):
    """Properties of the AUNetSend unit.

    Apple's ``kAUNetSendProperty_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import AUNetSendProperty, apple_name
    >>> AUNetSendProperty.PORT_NUM
    <AUNetSendProperty.PORT_NUM: 3513>
    >>> apple_name(AUNetSendProperty.PORT_NUM)
    'kAUNetSendProperty_PortNum'
    """

    PORT_NUM = 3513, "kAUNetSendProperty_PortNum"
    TRANSMISSION_FORMAT = 3514, "kAUNetSendProperty_TransmissionFormat"
    TRANSMISSION_FORMAT_INDEX = 3515, "kAUNetSendProperty_TransmissionFormatIndex"
    SERVICE_NAME = 3516, "kAUNetSendProperty_ServiceName"
    DISCONNECT = 3517, "kAUNetSendProperty_Disconnect"
    PASSWORD = 3518, "kAUNetSendProperty_Password"


class AUNetSendPresetFormat(AppleIntEnum):
    """Transmission formats of AUNetSend (``kAUNetSendProperty_TransmissionFormatIndex``).

    Apple's ``kAUNetSendPresetFormat_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import AUNetSendPresetFormat, apple_name
    >>> AUNetSendPresetFormat.PCM_FLOAT32
    <AUNetSendPresetFormat.PCM_FLOAT32: 0>
    >>> apple_name(AUNetSendPresetFormat.PCM_FLOAT32)
    'kAUNetSendPresetFormat_PCMFloat32'
    """

    PCM_FLOAT32 = 0, "kAUNetSendPresetFormat_PCMFloat32"
    PCM_INT24 = 1, "kAUNetSendPresetFormat_PCMInt24"
    PCM_INT16 = 2, "kAUNetSendPresetFormat_PCMInt16"
    LOSSLESS24 = 3, "kAUNetSendPresetFormat_Lossless24"
    LOSSLESS16 = 4, "kAUNetSendPresetFormat_Lossless16"
    ULAW = 5, "kAUNetSendPresetFormat_ULaw"
    IMA4 = 6, "kAUNetSendPresetFormat_IMA4"
    AAC_128_KBPSPC = 7, "kAUNetSendPresetFormat_AAC_128kbpspc"
    AAC_96_KBPSPC = 8, "kAUNetSendPresetFormat_AAC_96kbpspc"
    AAC_80_KBPSPC = 9, "kAUNetSendPresetFormat_AAC_80kbpspc"
    AAC_64_KBPSPC = 10, "kAUNetSendPresetFormat_AAC_64kbpspc"
    AAC_48_KBPSPC = 11, "kAUNetSendPresetFormat_AAC_48kbpspc"
    AAC_40_KBPSPC = 12, "kAUNetSendPresetFormat_AAC_40kbpspc"
    AAC_32_KBPSPC = 13, "kAUNetSendPresetFormat_AAC_32kbpspc"
    AAC_LD_64_KBPSPC = 14, "kAUNetSendPresetFormat_AAC_LD_64kbpspc"
    AAC_LD_48_KBPSPC = 15, "kAUNetSendPresetFormat_AAC_LD_48kbpspc"
    AAC_LD_40_KBPSPC = 16, "kAUNetSendPresetFormat_AAC_LD_40kbpspc"
    AAC_LD_32_KBPSPC = 17, "kAUNetSendPresetFormat_AAC_LD_32kbpspc"


class AUSamplerProperty(AppleIntEnum):
    """Properties of the AUSampler unit.

    Apple's ``kAUSamplerProperty_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Aliases (one member, several names): ``BANK_AND_PRESET`` = ``LOAD_PRESET_FROM_BANK``.

    Example
    -------
    >>> from coremusic.constants import AUSamplerProperty, apple_name
    >>> AUSamplerProperty.LOAD_PRESET_FROM_BANK
    <AUSamplerProperty.LOAD_PRESET_FROM_BANK: 4100>
    >>> apple_name(AUSamplerProperty.LOAD_PRESET_FROM_BANK)
    'kAUSamplerProperty_LoadPresetFromBank'
    """

    LOAD_PRESET_FROM_BANK = 4100, "kAUSamplerProperty_LoadPresetFromBank"
    BANK_AND_PRESET = 4100, "kAUSamplerProperty_BankAndPreset"  # alias of LOAD_PRESET_FROM_BANK
    LOAD_AUDIO_FILES = 4101, "kAUSamplerProperty_LoadAudioFiles"
    LOAD_INSTRUMENT = 4102, "kAUSamplerProperty_LoadInstrument"


class AUSamplerDefault(AppleIntEnum):
    """Default bank numbers of the AUSampler.

    Apple's ``kAUSampler_Default*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import AUSamplerDefault, apple_name
    >>> AUSamplerDefault.BANK_LSB
    <AUSamplerDefault.BANK_LSB: 0>
    >>> apple_name(AUSamplerDefault.BANK_LSB)
    'kAUSampler_DefaultBankLSB'
    """

    BANK_LSB = 0, "kAUSampler_DefaultBankLSB"
    PERCUSSION_BANK_MSB = 120, "kAUSampler_DefaultPercussionBankMSB"
    MELODIC_BANK_MSB = 121, "kAUSampler_DefaultMelodicBankMSB"


class AUMIDISynthProperty(AppleIntEnum):
    """Properties of the AUMIDISynth unit.

    Apple's constant ``kAUMIDISynthProperty_EnablePreload``
    (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import AUMIDISynthProperty, apple_name
    >>> AUMIDISynthProperty.ENABLE_PRELOAD
    <AUMIDISynthProperty.ENABLE_PRELOAD: 4119>
    >>> apple_name(AUMIDISynthProperty.ENABLE_PRELOAD)
    'kAUMIDISynthProperty_EnablePreload'
    """

    ENABLE_PRELOAD = 4119, "kAUMIDISynthProperty_EnablePreload"


class SpeakerConfiguration(AppleIntEnum):
    """Values of ``kAudioUnitProperty_SpeakerConfiguration`` (3D mixer).

    Apple's ``kSpeakerConfiguration_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Aliases (one member, several names): ``SURROUND_5_1`` = ``SURROUND_5_0``.

    Example
    -------
    >>> from coremusic.constants import SpeakerConfiguration, apple_name
    >>> SpeakerConfiguration.HEAD_PHONES
    <SpeakerConfiguration.HEAD_PHONES: 0>
    >>> apple_name(SpeakerConfiguration.HEAD_PHONES)
    'kSpeakerConfiguration_HeadPhones'
    """

    HEAD_PHONES = 0, "kSpeakerConfiguration_HeadPhones"
    STEREO = 1, "kSpeakerConfiguration_Stereo"
    QUAD = 2, "kSpeakerConfiguration_Quad"
    SURROUND_5_0 = 3, "kSpeakerConfiguration_5_0"
    SURROUND_5_1 = 3, "kSpeakerConfiguration_5_1"  # alias of SURROUND_5_0


class InstrumentType(AppleIntEnum):
    """Instrument file kinds of ``AUSamplerInstrumentData``.

    Apple's ``kInstrumentType_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Aliases (one member, several names): ``SF2_PRESET`` = ``DLS_PRESET``.

    Example
    -------
    >>> from coremusic.constants import InstrumentType, apple_name
    >>> InstrumentType.DLS_PRESET
    <InstrumentType.DLS_PRESET: 1>
    >>> apple_name(InstrumentType.DLS_PRESET)
    'kInstrumentType_DLSPreset'
    """

    DLS_PRESET = 1, "kInstrumentType_DLSPreset"
    SF2_PRESET = 1, "kInstrumentType_SF2Preset"  # alias of DLS_PRESET
    AU_PRESET = 2, "kInstrumentType_AUPreset"
    AUDIOFILE = 3, "kInstrumentType_Audiofile"
    EXS24 = 4, "kInstrumentType_EXS24"


class AUVoiceIOOtherAudioDuckingLevel(AppleIntEnum):
    """Ducking of other audio by VoiceProcessingIO (``AUVoiceIOOtherAudioDuckingLevel``).

    Apple's ``kAUVoiceIOOtherAudioDuckingLevel*`` constants
    (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import AUVoiceIOOtherAudioDuckingLevel, apple_name
    >>> AUVoiceIOOtherAudioDuckingLevel.DEFAULT
    <AUVoiceIOOtherAudioDuckingLevel.DEFAULT: 0>
    >>> apple_name(AUVoiceIOOtherAudioDuckingLevel.DEFAULT)
    'kAUVoiceIOOtherAudioDuckingLevelDefault'
    """

    DEFAULT = 0, "kAUVoiceIOOtherAudioDuckingLevelDefault"
    MIN = 10, "kAUVoiceIOOtherAudioDuckingLevelMin"
    MID = 20, "kAUVoiceIOOtherAudioDuckingLevelMid"
    MAX = 30, "kAUVoiceIOOtherAudioDuckingLevelMax"


class AUVoiceIOSpeechActivityEvent(AppleIntEnum):
    """Events of the muted-speech activity listener.

    Apple's ``kAUVoiceIOSpeechActivityHas*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import AUVoiceIOSpeechActivityEvent, apple_name
    >>> AUVoiceIOSpeechActivityEvent.HAS_STARTED
    <AUVoiceIOSpeechActivityEvent.HAS_STARTED: 0>
    >>> apple_name(AUVoiceIOSpeechActivityEvent.HAS_STARTED)
    'kAUVoiceIOSpeechActivityHasStarted'
    """

    HAS_STARTED = 0, "kAUVoiceIOSpeechActivityHasStarted"
    HAS_ENDED = 1, "kAUVoiceIOSpeechActivityHasEnded"


class AUVoiceIOErrorCode(AppleIntEnum):
    """Result codes of the VoiceProcessingIO unit.

    Apple's constant ``kAUVoiceIOErr_UnexpectedNumberOfInputChannels``
    (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import AUVoiceIOErrorCode, apple_name
    >>> AUVoiceIOErrorCode.UNEXPECTED_NUMBER_OF_INPUT_CHANNELS
    <AUVoiceIOErrorCode.UNEXPECTED_NUMBER_OF_INPUT_CHANNELS: -66784>
    >>> apple_name(AUVoiceIOErrorCode.UNEXPECTED_NUMBER_OF_INPUT_CHANNELS)
    'kAUVoiceIOErr_UnexpectedNumberOfInputChannels'
    """

    UNEXPECTED_NUMBER_OF_INPUT_CHANNELS = -66784, "kAUVoiceIOErr_UnexpectedNumberOfInputChannels"


class ScheduledAudioSliceFlag(AppleIntFlag):
    """State flags of a ``ScheduledAudioSlice`` (``AUScheduledAudioSliceFlags``).

    Apple's ``kScheduledAudioSliceFlag_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import ScheduledAudioSliceFlag, apple_name
    >>> ScheduledAudioSliceFlag.COMPLETE
    <ScheduledAudioSliceFlag.COMPLETE: 1>
    >>> apple_name(ScheduledAudioSliceFlag.COMPLETE)
    'kScheduledAudioSliceFlag_Complete'
    """

    COMPLETE = 1, "kScheduledAudioSliceFlag_Complete"
    BEGAN_TO_RENDER = 2, "kScheduledAudioSliceFlag_BeganToRender"
    BEGAN_TO_RENDER_LATE = 4, "kScheduledAudioSliceFlag_BeganToRenderLate"
    LOOP = 8, "kScheduledAudioSliceFlag_Loop"
    INTERRUPT = 0x10, "kScheduledAudioSliceFlag_Interrupt"
    INTERRUPT_AT_LOOP = 0x20, "kScheduledAudioSliceFlag_InterruptAtLoop"


class ReverbRoomType(AppleIntEnum):
    """Room presets of the reverb units (``AUReverbRoomType``).

    Apple's ``kReverbRoomType_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import ReverbRoomType, apple_name
    >>> ReverbRoomType.SMALL_ROOM
    <ReverbRoomType.SMALL_ROOM: 0>
    >>> apple_name(ReverbRoomType.SMALL_ROOM)
    'kReverbRoomType_SmallRoom'
    """

    SMALL_ROOM = 0, "kReverbRoomType_SmallRoom"
    MEDIUM_ROOM = 1, "kReverbRoomType_MediumRoom"
    LARGE_ROOM = 2, "kReverbRoomType_LargeRoom"
    MEDIUM_HALL = 3, "kReverbRoomType_MediumHall"
    LARGE_HALL = 4, "kReverbRoomType_LargeHall"
    PLATE = 5, "kReverbRoomType_Plate"
    MEDIUM_CHAMBER = 6, "kReverbRoomType_MediumChamber"
    LARGE_CHAMBER = 7, "kReverbRoomType_LargeChamber"
    CATHEDRAL = 8, "kReverbRoomType_Cathedral"
    LARGE_ROOM2 = 9, "kReverbRoomType_LargeRoom2"
    MEDIUM_HALL2 = 10, "kReverbRoomType_MediumHall2"
    MEDIUM_HALL3 = 11, "kReverbRoomType_MediumHall3"
    LARGE_HALL2 = 12, "kReverbRoomType_LargeHall2"


class Mixer3DAttenuationCurve(AppleIntEnum):
    """Distance attenuation curves of the 3D mixer (``AU3DMixerAttenuationCurve``).

    Apple's ``k3DMixerAttenuationCurve_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import Mixer3DAttenuationCurve, apple_name
    >>> Mixer3DAttenuationCurve.POWER
    <Mixer3DAttenuationCurve.POWER: 0>
    >>> apple_name(Mixer3DAttenuationCurve.POWER)
    'k3DMixerAttenuationCurve_Power'
    """

    POWER = 0, "k3DMixerAttenuationCurve_Power"
    EXPONENTIAL = 1, "k3DMixerAttenuationCurve_Exponential"
    INVERSE = 2, "k3DMixerAttenuationCurve_Inverse"
    LINEAR = 3, "k3DMixerAttenuationCurve_Linear"


class Mixer3DRenderingFlag(AppleIntFlag):
    """Rendering flags of the 3D mixer (``AU3DMixerRenderingFlags``).

    Apple's ``k3DMixerRenderingFlags_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import Mixer3DRenderingFlag, apple_name
    >>> Mixer3DRenderingFlag.INTER_AURAL_DELAY
    <Mixer3DRenderingFlag.INTER_AURAL_DELAY: 1>
    >>> apple_name(Mixer3DRenderingFlag.INTER_AURAL_DELAY)
    'k3DMixerRenderingFlags_InterAuralDelay'
    """

    INTER_AURAL_DELAY = 1, "k3DMixerRenderingFlags_InterAuralDelay"
    DOPPLER_SHIFT = 2, "k3DMixerRenderingFlags_DopplerShift"
    DISTANCE_ATTENUATION = 4, "k3DMixerRenderingFlags_DistanceAttenuation"
    DISTANCE_FILTER = 8, "k3DMixerRenderingFlags_DistanceFilter"
    DISTANCE_DIFFUSION = 0x10, "k3DMixerRenderingFlags_DistanceDiffusion"
    LINEAR_DISTANCE_ATTENUATION = 0x20, "k3DMixerRenderingFlags_LinearDistanceAttenuation"
    CONSTANT_REVERB_BLEND = 0x40, "k3DMixerRenderingFlags_ConstantReverbBlend"


class SpatialMixerAttenuationCurve(AppleIntEnum):
    """Distance attenuation curves of the spatial mixer.

    Apple's ``kSpatialMixerAttenuationCurve_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import SpatialMixerAttenuationCurve, apple_name
    >>> SpatialMixerAttenuationCurve.POWER
    <SpatialMixerAttenuationCurve.POWER: 0>
    >>> apple_name(SpatialMixerAttenuationCurve.POWER)
    'kSpatialMixerAttenuationCurve_Power'
    """

    POWER = 0, "kSpatialMixerAttenuationCurve_Power"
    EXPONENTIAL = 1, "kSpatialMixerAttenuationCurve_Exponential"
    INVERSE = 2, "kSpatialMixerAttenuationCurve_Inverse"
    LINEAR = 3, "kSpatialMixerAttenuationCurve_Linear"


class SpatialMixerOutputType(AppleIntEnum):
    """Output kinds of the spatial mixer.

    Apple's ``kSpatialMixerOutputType_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import SpatialMixerOutputType, apple_name
    >>> SpatialMixerOutputType.HEADPHONES
    <SpatialMixerOutputType.HEADPHONES: 1>
    >>> apple_name(SpatialMixerOutputType.HEADPHONES)
    'kSpatialMixerOutputType_Headphones'
    """

    HEADPHONES = 1, "kSpatialMixerOutputType_Headphones"
    BUILT_IN_SPEAKERS = 2, "kSpatialMixerOutputType_BuiltInSpeakers"
    EXTERNAL_SPEAKERS = 3, "kSpatialMixerOutputType_ExternalSpeakers"


class SpatialMixerPersonalizedHRTFMode(AppleIntEnum):
    """Personalized-HRTF modes of the spatial mixer.

    Apple's ``kSpatialMixerPersonalizedHRTFMode_*`` constants
    (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import SpatialMixerPersonalizedHRTFMode, apple_name
    >>> SpatialMixerPersonalizedHRTFMode.OFF
    <SpatialMixerPersonalizedHRTFMode.OFF: 0>
    >>> apple_name(SpatialMixerPersonalizedHRTFMode.OFF)
    'kSpatialMixerPersonalizedHRTFMode_Off'
    """

    OFF = 0, "kSpatialMixerPersonalizedHRTFMode_Off"
    ON = 1, "kSpatialMixerPersonalizedHRTFMode_On"
    AUTO = 2, "kSpatialMixerPersonalizedHRTFMode_Auto"


class SpatialMixerPointSourceInHeadMode(AppleIntEnum):
    """In-head rendering of point sources by the spatial mixer.

    Apple's ``kSpatialMixerPointSourceInHeadMode_*`` constants
    (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import SpatialMixerPointSourceInHeadMode, apple_name
    >>> SpatialMixerPointSourceInHeadMode.MONO
    <SpatialMixerPointSourceInHeadMode.MONO: 0>
    >>> apple_name(SpatialMixerPointSourceInHeadMode.MONO)
    'kSpatialMixerPointSourceInHeadMode_Mono'
    """

    MONO = 0, "kSpatialMixerPointSourceInHeadMode_Mono"
    BYPASS = 1, "kSpatialMixerPointSourceInHeadMode_Bypass"


class SpatialMixerRenderingFlag(AppleIntFlag):
    """Rendering flags of the spatial mixer.

    Apple's ``kSpatialMixerRenderingFlags_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import SpatialMixerRenderingFlag, apple_name
    >>> SpatialMixerRenderingFlag.INTER_AURAL_DELAY
    <SpatialMixerRenderingFlag.INTER_AURAL_DELAY: 1>
    >>> apple_name(SpatialMixerRenderingFlag.INTER_AURAL_DELAY)
    'kSpatialMixerRenderingFlags_InterAuralDelay'
    """

    INTER_AURAL_DELAY = 1, "kSpatialMixerRenderingFlags_InterAuralDelay"
    DISTANCE_ATTENUATION = 4, "kSpatialMixerRenderingFlags_DistanceAttenuation"


class SpatialMixerSourceMode(AppleIntEnum):
    """Source modes of the spatial mixer.

    Apple's ``kSpatialMixerSourceMode_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import SpatialMixerSourceMode, apple_name
    >>> SpatialMixerSourceMode.SPATIALIZE_IF_MONO
    <SpatialMixerSourceMode.SPATIALIZE_IF_MONO: 0>
    >>> apple_name(SpatialMixerSourceMode.SPATIALIZE_IF_MONO)
    'kSpatialMixerSourceMode_SpatializeIfMono'
    """

    SPATIALIZE_IF_MONO = 0, "kSpatialMixerSourceMode_SpatializeIfMono"
    BYPASS = 1, "kSpatialMixerSourceMode_Bypass"
    POINT_SOURCE = 2, "kSpatialMixerSourceMode_PointSource"
    AMBIENCE_BED = 3, "kSpatialMixerSourceMode_AmbienceBed"


class SpatializationAlgorithm(AppleIntEnum):
    """Spatialization algorithms of the 3D and spatial mixers.

    Apple's ``kSpatializationAlgorithm_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import SpatializationAlgorithm, apple_name
    >>> SpatializationAlgorithm.EQUAL_POWER_PANNING
    <SpatializationAlgorithm.EQUAL_POWER_PANNING: 0>
    >>> apple_name(SpatializationAlgorithm.EQUAL_POWER_PANNING)
    'kSpatializationAlgorithm_EqualPowerPanning'
    """

    EQUAL_POWER_PANNING = 0, "kSpatializationAlgorithm_EqualPowerPanning"
    SPHERICAL_HEAD = 1, "kSpatializationAlgorithm_SphericalHead"
    HRTF = 2, "kSpatializationAlgorithm_HRTF"
    SOUND_FIELD = 3, "kSpatializationAlgorithm_SoundField"
    VECTOR_BASED_PANNING = 4, "kSpatializationAlgorithm_VectorBasedPanning"
    STEREO_PASS_THROUGH = 5, "kSpatializationAlgorithm_StereoPassThrough"
    HRTFHQ = 6, "kSpatializationAlgorithm_HRTFHQ"
    USE_OUTPUT_TYPE = 7, "kSpatializationAlgorithm_UseOutputType"
