"""Specifications: AudioUnit components, properties and parameters."""

from __future__ import annotations

from constgen import Cls, Module

from ._common import _e, _split

# --------------------------------------------------------------------------- audiounit
AUC = "AudioToolbox/AUComponent.h"


AUDIOUNIT = Module(
    name="audiounit",
    summary="AudioUnit component constants (AUComponent.h): types, subtypes, render flags, errors.",
    headers=(AUC,),
    classes=[
        Cls(
            "AudioUnitType",
            "FourCCEnum",
            "AudioUnit component types (``AudioComponentDescription.componentType``).",
            r"kAudioUnitType_\w+",
            "kAudioUnitType_",
        ),
        Cls(
            "AudioUnitSubType",
            "FourCCEnum",
            "Apple's AudioUnit subtypes (``AudioComponentDescription.componentSubType``).",
            r"kAudioUnitSubType_\w+",
            "kAudioUnitSubType_",
            overrides={"kAudioUnitSubType_3DMixer": "MIXER_3D"},
            prefer=("kAudioUnitSubType_TimePitch",),
        ),
        Cls(
            "AudioUnitManufacturer",
            "FourCCEnum",
            "AudioUnit manufacturer codes (``AudioComponentDescription.componentManufacturer``).",
            r"kAudioUnitManufacturer_\w+",
            "kAudioUnitManufacturer_",
        ),
        Cls(
            "AudioUnitRenderActionFlags",
            "AppleIntFlag",
            "Flags passed to and from render calls (``AudioUnitRenderActionFlags``).",
            r"kAudio(Offline)?UnitRenderAction_\w+",
            "kAudioUnitRenderAction_",
            overrides={
                "kAudioOfflineUnitRenderAction_Preflight": "OFFLINE_PREFLIGHT",
                "kAudioOfflineUnitRenderAction_Render": "OFFLINE_RENDER",
                "kAudioOfflineUnitRenderAction_Complete": "OFFLINE_COMPLETE",
            },
        ),
        Cls(
            "AudioUnitErrorCode",
            "AppleIntEnum",
            "Result codes of AudioUnits (``kAudioUnitErr_*``).",
            r"kAudioUnitErr_\w+",
            "kAudioUnitErr_",
        ),
        Cls(
            "AudioComponentErrorCode",
            "AppleIntEnum",
            "Result codes of the AudioComponent services (``kAudioComponentErr_*``).",
            r"kAudioComponentErr_\w+",
            "kAudioComponentErr_",
        ),
        Cls(
            "AudioUnitSelector",
            "AppleIntEnum",
            "Component selectors of the AudioUnit API (``kAudioUnit*Select``), for plug-in authors.",
            r"kAudioUnit\w+Select|kAudioUnitRange",
            "kAudioUnit",
            suffix="Select",
            overrides={"kAudioUnitRange": "RANGE"},
        ),
        Cls(
            "AUParameterEventType",
            "AppleIntEnum",
            "Kind of an ``AudioUnitParameterEvent`` (``AUParameterEventType``).",
            r"kParameterEvent_\w+",
            "kParameterEvent_",
        ),
        Cls(
            "AudioComponentNotification",
            "AppleSymbolEnum",
            "Notification names posted by the AudioComponent registry.",
            r"kAudioComponent\w+Notification",
            "kAudioComponent",
            suffix="Notification",
            symbols=True,
            notes=(
                "The names are ``CFStringRef`` globals of AudioToolbox; each value is the\n"
                "exported symbol the binding reads them from."
            ),
        ),
    ],
    plain={
        "AU_SUPPORT_INTERAPP_AUDIO": (
            "AU_SUPPORT_INTERAPP_AUDIO",
            "1 when the SDK declares the inter-app audio API.",
        ),
    },
)


AUP = "AudioToolbox/AudioUnitProperties.h"


AUPROPERTIES = Module(
    name="auproperties",
    summary="AudioUnit properties, scopes, parameter units and flags (AudioUnitProperties.h).",
    headers=(AUP,),
    classes=[
        _e(
            "AudioUnitProperty",
            r"kAudioUnitProperty_\w+",
            "kAudioUnitProperty_",
            "Properties of every AudioUnit (``AudioUnitPropertyID``).",
            overrides={
                "kAudioUnitProperty_3DMixerAttenuationCurve": "MIXER_3D_ATTENUATION_CURVE",
                "kAudioUnitProperty_3DMixerDistanceAtten": "MIXER_3D_DISTANCE_ATTEN",
                "kAudioUnitProperty_3DMixerDistanceParams": "MIXER_3D_DISTANCE_PARAMS",
                "kAudioUnitProperty_3DMixerRenderingFlags": "MIXER_3D_RENDERING_FLAGS",
            },
            prefer=(
                "kAudioUnitProperty_ElementCount",
                "kAudioUnitProperty_ParameterStringFromValue",
                "kAudioUnitProperty_SpatialMixerAttenuationCurve",
                "kAudioUnitProperty_SpatialMixerDistanceParams",
                "kAudioUnitProperty_SpatialMixerRenderingFlags",
            ),
            compat={"COCOAUI": "kAudioUnitProperty_CocoaUI"},
        ),
        _e(
            "AudioUnitScope",
            r"kAudioUnitScope_\w+",
            "kAudioUnitScope_",
            "Scopes of AudioUnit properties and parameters (``AudioUnitScope``).",
        ),
        _e(
            "AudioOutputUnitProperty",
            r"kAudioOutputUnitProperty_\w+",
            "kAudioOutputUnitProperty_",
            "Properties of I/O units (AUHAL, VoiceProcessingIO ...).",
        ),
        _e(
            "AudioUnitOfflineProperty",
            r"kAudioUnitOfflineProperty_\w+",
            "kAudioUnitOfflineProperty_",
            "Properties of offline-effect units.",
            aliases={
                "kAudioOfflineUnitProperty_InputSize": "kAudioUnitOfflineProperty_InputSize",
                "kAudioOfflineUnitProperty_OutputSize": "kAudioUnitOfflineProperty_OutputSize",
            },
        ),
        _e(
            "AudioUnitMigrateProperty",
            r"kAudioUnitMigrateProperty_\w+",
            "kAudioUnitMigrateProperty_",
            "Properties for migrating settings from other plug-in formats.",
        ),
        _e(
            "MusicDeviceProperty",
            r"kMusicDeviceProperty_\w+",
            "kMusicDeviceProperty_",
            "Properties of music devices (instrument units).",
        ),
        _e(
            "AUVoiceIOProperty",
            r"kAUVoiceIOProperty_\w+",
            "kAUVoiceIOProperty_",
            "Properties of the VoiceProcessingIO unit.",
        ),
        _e(
            "AUNBandEQProperty",
            r"kAUNBandEQProperty_\w+",
            "kAUNBandEQProperty_",
            "Properties of the N-band EQ unit.",
        ),
        _e(
            "AUNetReceiveProperty",
            r"kAUNetReceiveProperty_\w+",
            "kAUNetReceiveProperty_",
            "Properties of the AUNetReceive unit.",
        ),
        _e(
            "AUNetSendProperty",
            r"kAUNetSendProperty_\w+",
            "kAUNetSendProperty_",
            "Properties of the AUNetSend unit.",
        ),
        _e(
            "AUNetSendPresetFormat",
            r"kAUNetSendPresetFormat_\w+",
            "kAUNetSendPresetFormat_",
            "Transmission formats of AUNetSend (``kAUNetSendProperty_TransmissionFormatIndex``).",
        ),
        _e(
            "AUSamplerProperty",
            r"kAUSamplerProperty_\w+",
            "kAUSamplerProperty_",
            "Properties of the AUSampler unit.",
            prefer=("kAUSamplerProperty_LoadPresetFromBank",),
        ),
        _e(
            "AUSamplerDefault",
            r"kAUSampler_Default\w+",
            "kAUSampler_Default",
            "Default bank numbers of the AUSampler.",
        ),
        _e(
            "AUMIDISynthProperty",
            r"kAUMIDISynthProperty_\w+",
            "kAUMIDISynthProperty_",
            "Properties of the AUMIDISynth unit.",
        ),
        _e(
            "AudioUnitParameterUnit",
            r"kAudioUnitParameterUnit_\w+",
            "kAudioUnitParameterUnit_",
            "Units of AudioUnit parameter values (``AudioUnitParameterUnit``).",
        ),
        _e(
            "AudioUnitParameterFlag",
            r"kAudioUnitParameterFlag_\w+",
            "kAudioUnitParameterFlag_",
            "Flags of ``AudioUnitParameterInfo`` (``AudioUnitParameterOptions``).",
            base="AppleIntFlag",
            prefer=("kAudioUnitParameterFlag_ValuesHaveStrings",),
            notes="The ``DISPLAY_*`` values form a small enumerated field inside the flags:\n"
            "compare ``flags & DISPLAY_MASK`` with them.",
        ),
        _e(
            "AUParameterMIDIMappingFlag",
            r"kAUParameterMIDIMapping_\w+",
            "kAUParameterMIDIMapping_",
            "Flags of an ``AUParameterMIDIMapping`` (``AUParameterMIDIMappingFlags``).",
            base="AppleIntFlag",
            suffix="Flag",
        ),
        _e(
            "AudioUnitClumpID",
            r"kAudioUnitClumpID_\w+",
            "kAudioUnitClumpID_",
            "Parameter clump IDs (groups of parameters).",
        ),
        _e(
            "AudioUnitRemoteControlEvent",
            r"kAudioUnitRemoteControlEvent_\w+",
            "kAudioUnitRemoteControlEvent_",
            "Transport events an inter-app audio node sends to its host.",
        ),
        _e(
            "AudioUnitSRCAlgorithm",
            r"kAudioUnitSRCAlgorithm_\w+",
            "kAudioUnitSRCAlgorithm_",
            "Sample-rate converter algorithms (``kAudioUnitProperty_SRCAlgorithm``).",
            base="FourCCEnum",
        ),
        _e(
            "AudioUnitSampleRateConverterComplexity",
            r"kAudioUnitSampleRateConverterComplexity_\w+",
            "kAudioUnitSampleRateConverterComplexity_",
            "Values of ``kAudioUnitProperty_SampleRateConverterComplexity``.",
            base="FourCCEnum",
        ),
        _e(
            "RenderQuality",
            r"kRenderQuality_\w+",
            "kRenderQuality_",
            "Values of ``kAudioUnitProperty_RenderQuality`` (0 lowest ... 127 highest).",
        ),
        _e(
            "OfflinePreflight",
            r"kOfflinePreflight_\w+",
            "kOfflinePreflight_",
            "Values of ``kAudioUnitOfflineProperty_PreflightRequirements``.",
        ),
        _e(
            "OtherPluginFormat",
            r"kOtherPluginFormat_\w+",
            "kOtherPluginFormat_",
            "Plug-in formats of ``AudioUnitOtherPluginDesc``.",
        ),
        _e(
            "SpeakerConfiguration",
            r"kSpeakerConfiguration_\w+",
            "kSpeakerConfiguration_",
            "Values of ``kAudioUnitProperty_SpeakerConfiguration`` (3D mixer).",
            digit_prefix="SURROUND_",
        ),
        _e(
            "InstrumentType",
            r"kInstrumentType_\w+",
            "kInstrumentType_",
            "Instrument file kinds of ``AUSamplerInstrumentData``.",
            prefer=("kInstrumentType_DLSPreset",),
        ),
        _e(
            "MusicDeviceSampleFrameMask",
            r"kMusicDeviceSampleFrameMask_\w+",
            "kMusicDeviceSampleFrameMask_",
            "Bit fields of a music-device ``inOffsetSampleFrame`` argument.",
            base="AppleIntFlag",
        ),
        _e(
            "AUVoiceIOOtherAudioDuckingLevel",
            r"kAUVoiceIOOtherAudioDuckingLevel\w+",
            "kAUVoiceIOOtherAudioDuckingLevel",
            "Ducking of other audio by VoiceProcessingIO (``AUVoiceIOOtherAudioDuckingLevel``).",
        ),
        _e(
            "AUVoiceIOSpeechActivityEvent",
            r"kAUVoiceIOSpeechActivity\w+",
            "kAUVoiceIOSpeechActivity",
            "Events of the muted-speech activity listener.",
        ),
        _e(
            "AUVoiceIOErrorCode",
            r"kAUVoiceIOErr_\w+",
            "kAUVoiceIOErr_",
            "Result codes of the VoiceProcessingIO unit.",
        ),
        _e(
            "ScheduledAudioSliceFlag",
            r"kScheduledAudioSliceFlag_\w+",
            "kScheduledAudioSliceFlag_",
            "State flags of a ``ScheduledAudioSlice`` (``AUScheduledAudioSliceFlags``).",
            base="AppleIntFlag",
        ),
        _e(
            "ReverbRoomType",
            r"kReverbRoomType_\w+",
            "kReverbRoomType_",
            "Room presets of the reverb units (``AUReverbRoomType``).",
        ),
        _e(
            "Mixer3DAttenuationCurve",
            r"k3DMixerAttenuationCurve_\w+",
            "k3DMixerAttenuationCurve_",
            "Distance attenuation curves of the 3D mixer (``AU3DMixerAttenuationCurve``).",
        ),
        _e(
            "Mixer3DRenderingFlag",
            r"k3DMixerRenderingFlags_\w+",
            "k3DMixerRenderingFlags_",
            "Rendering flags of the 3D mixer (``AU3DMixerRenderingFlags``).",
            base="AppleIntFlag",
        ),
        _e(
            "SpatialMixerAttenuationCurve",
            r"kSpatialMixerAttenuationCurve_\w+",
            "kSpatialMixerAttenuationCurve_",
            "Distance attenuation curves of the spatial mixer.",
        ),
        _e(
            "SpatialMixerOutputType",
            r"kSpatialMixerOutputType_\w+",
            "kSpatialMixerOutputType_",
            "Output kinds of the spatial mixer.",
        ),
        _e(
            "SpatialMixerPersonalizedHRTFMode",
            r"kSpatialMixerPersonalizedHRTFMode_\w+",
            "kSpatialMixerPersonalizedHRTFMode_",
            "Personalized-HRTF modes of the spatial mixer.",
        ),
        _e(
            "SpatialMixerPointSourceInHeadMode",
            r"kSpatialMixerPointSourceInHeadMode_\w+",
            "kSpatialMixerPointSourceInHeadMode_",
            "In-head rendering of point sources by the spatial mixer.",
        ),
        _e(
            "SpatialMixerRenderingFlag",
            r"kSpatialMixerRenderingFlags_\w+",
            "kSpatialMixerRenderingFlags_",
            "Rendering flags of the spatial mixer.",
            base="AppleIntFlag",
        ),
        _e(
            "SpatialMixerSourceMode",
            r"kSpatialMixerSourceMode_\w+",
            "kSpatialMixerSourceMode_",
            "Source modes of the spatial mixer.",
        ),
        _e(
            "SpatializationAlgorithm",
            r"kSpatializationAlgorithm_\w+",
            "kSpatializationAlgorithm_",
            "Spatialization algorithms of the 3D and spatial mixers.",
        ),
        Cls(
            "AUPresetKey",
            "AppleStrEnum",
            "Keys of an AudioUnit preset (``ClassInfo``) dictionary.",
            r"kAUPreset\w+",
            "kAUPreset",
            suffix="Key",
            strings=True,
        ),
        Cls(
            "AudioUnitConfigurationInfoKey",
            "AppleStrEnum",
            "Keys of the dictionary from ``AudioComponentGetConfigurationInfo``.",
            r"kAudioUnitConfigurationInfo_\w+",
            "kAudioUnitConfigurationInfo_",
            strings=True,
        ),
    ],
    plain={
        "kAUNetSendNumPresetFormats": (
            "AU_NET_SEND_NUM_PRESET_FORMATS",
            "Number of ``AUNetSendPresetFormat`` values.",
        ),
        "kNumberOfResponseFrequencies": (
            "NUMBER_OF_RESPONSE_FREQUENCIES",
            "Length of the ``kAudioUnitProperty_FrequencyResponse`` array.",
        ),
        "kAudioUnitParameterName_Full": (
            "AUDIO_UNIT_PARAMETER_NAME_FULL",
            "``AudioUnitParameterNameInfo.inDesiredLength`` asking for the full name.",
        ),
    },
)


# --------------------------------------------------------------------------- auparams
# family prefix -> (class name, what the parameters belong to)
_PARAM_FAMILIES = {
    "kAUGroupParameterID_": (
        "AUGroupParameterID",
        "MIDI-style group (part) parameters of music devices",
    ),
    "k3DMixerParam_": ("Mixer3DParam", "the 3D mixer (``AudioUnitSubType.MIXER_3D``)"),
    "kSpatialMixerParam_": (
        "SpatialMixerParam",
        "the spatial mixer (``AudioUnitSubType.SPATIAL_MIXER``)",
    ),
    "kStereoMixerParam_": (
        "StereoMixerParam",
        "the stereo mixer (``AudioUnitSubType.STEREO_MIXER``)",
    ),
    "kMultiChannelMixerParam_": (
        "MultiChannelMixerParam",
        "the multichannel mixer (``AudioUnitSubType.MULTI_CHANNEL_MIXER``)",
    ),
    "kMatrixMixerParam_": (
        "MatrixMixerParam",
        "the matrix mixer (``AudioUnitSubType.MATRIX_MIXER``)",
    ),
    "kHALOutputParam_": (
        "HALOutputParam",
        "the AUHAL output unit (``AudioUnitSubType.HAL_OUTPUT``)",
    ),
    "kTimePitchParam_": ("TimePitchParam", "the time-pitch unit (``AudioUnitSubType.TIME_PITCH``)"),
    "kNewTimePitchParam_": (
        "NewTimePitchParam",
        "the new time-pitch unit (``AudioUnitSubType.NEW_TIME_PITCH``)",
    ),
    "kVarispeedParam_": ("VarispeedParam", "the varispeed unit (``AudioUnitSubType.VARISPEED``)"),
    "kDelayParam_": ("DelayParam", "the delay unit (``AudioUnitSubType.DELAY``)"),
    "kSampleDelayParam_": (
        "SampleDelayParam",
        "the sample-delay unit (``AudioUnitSubType.SAMPLE_DELAY``)",
    ),
    "kDistortionParam_": (
        "DistortionParam",
        "the distortion unit (``AudioUnitSubType.DISTORTION``)",
    ),
    "kReverbParam_": ("ReverbParam", "the matrix reverb (``AudioUnitSubType.MATRIX_REVERB``)"),
    "kReverb2Param_": ("Reverb2Param", "the reverb 2 unit (``AudioUnitSubType.REVERB2``)"),
    "kDynamicsProcessorParam_": (
        "DynamicsProcessorParam",
        "the dynamics processor (``AudioUnitSubType.DYNAMICS_PROCESSOR``)",
    ),
    "kMultibandCompressorParam_": (
        "MultibandCompressorParam",
        "the multiband compressor (``AudioUnitSubType.MULTI_BAND_COMPRESSOR``)",
    ),
    "kLimiterParam_": ("LimiterParam", "the peak limiter (``AudioUnitSubType.PEAK_LIMITER``)"),
    "kMultibandFilter_": (
        "MultibandFilterParam",
        "the AUFilter unit (``AudioUnitSubType.AU_FILTER``)",
    ),
    "kGraphicEQParam_": ("GraphicEQParam", "the graphic EQ (``AudioUnitSubType.GRAPHIC_EQ``)"),
    "kParametricEQParam_": (
        "ParametricEQParam",
        "the parametric EQ (``AudioUnitSubType.PARAMETRIC_EQ``)",
    ),
    "kAUNBandEQParam_": ("AUNBandEQParam", "the N-band EQ (``AudioUnitSubType.N_BAND_EQ``)"),
    "kAUNBandEQFilterType_": (
        "AUNBandEQFilterType",
        "the filter types of the N-band EQ (values of ``AUNBandEQParam.FILTER_TYPE``)",
    ),
    "kLowPassParam_": (
        "LowPassParam",
        "the low-pass filter (``AudioUnitSubType.LOW_PASS_FILTER``)",
    ),
    "kHipassParam_": (
        "HipassParam",
        "the high-pass filter (``AudioUnitSubType.HIGH_PASS_FILTER``)",
    ),
    "kBandpassParam_": (
        "BandpassParam",
        "the band-pass filter (``AudioUnitSubType.BAND_PASS_FILTER``)",
    ),
    "kHighShelfParam_": (
        "HighShelfParam",
        "the high-shelf filter (``AudioUnitSubType.HIGH_SHELF_FILTER``)",
    ),
    "kAULowShelfParam_": (
        "AULowShelfParam",
        "the low-shelf filter (``AudioUnitSubType.LOW_SHELF_FILTER``)",
    ),
    "kPannerParam_": ("PannerParam", "Apple's panner units (``AudioUnitType.PANNER``)"),
    "kRogerBeepParam_": ("RogerBeepParam", "the roger-beep unit (``AudioUnitSubType.ROGER_BEEP``)"),
    "kRoundTripAACParam_": (
        "RoundTripAACParam",
        "the round-trip AAC unit (``AudioUnitSubType.ROUND_TRIP_AAC``)",
    ),
    "kRandomParam_": ("RandomParam", "the random-parameter generator of the graph"),
    "kAUNetReceiveParam_": ("AUNetReceiveParam", "the AUNetReceive unit"),
    "kAUNetSendParam_": ("AUNetSendParam", "the AUNetSend unit"),
    "kAUNetStatus_": (
        "AUNetStatus",
        "the connection states of AUNetSend / AUNetReceive (their ``STATUS``)",
    ),
    "kMusicDeviceParam_": ("MusicDeviceParam", "Apple's music devices (DLS synth ...)"),
    "kAUSamplerParam_": ("AUSamplerParam", "the sampler (``AudioUnitSubType.SAMPLER``)"),
    "kAUSoundIsolationParam_": (
        "AUSoundIsolationParam",
        "the sound-isolation unit (``AudioUnitSubType.AU_SOUND_ISOLATION``)",
    ),
    "kAUSoundIsolationSoundType_": (
        "AUSoundIsolationSoundType",
        "sound types of the sound-isolation unit (values of ``SOUND_TO_ISOLATE``)",
    ),
}


AUPARAMS = Module(
    name="auparams",
    summary="Parameter IDs of Apple's built-in AudioUnits (AudioToolbox/AudioUnitParameters.h).",
    headers=("AudioToolbox/AudioUnitParameters.h",),
    classes=[
        _e(
            name,
            rf"{prefix}\w+",
            prefix,
            "Parameters of " + what + "."
            if not name.endswith(("Type", "Status"))
            else "Values for " + what + ".",
            overrides={
                "kAUNBandEQFilterType_2ndOrderButterworthHighPass": "SECOND_ORDER_BUTTERWORTH_HIGH_PASS",
                "kAUNBandEQFilterType_2ndOrderButterworthLowPass": "SECOND_ORDER_BUTTERWORTH_LOW_PASS",
            },
            prefer=(
                "kDynamicsProcessorParam_OverallGain",
                "kNewTimePitchParam_EnableSpectralCoherence",
                "kNewTimePitchParam_Smoothness",
                "kRoundTripAACParam_EncodingStrategy",
                "kRoundTripAACParam_RateOrQuality",
            ),
        )
        for prefix, (name, what) in _PARAM_FAMILIES.items()
    ],
    plain={
        "kNumAUNBandEQFilterTypes": (
            "NUM_AU_NBAND_EQ_FILTER_TYPES",
            "Number of ``AUNBandEQFilterType`` values.",
        ),
    },
)


AUUNITS = _split(
    AUPROPERTIES,
    "auunits",
    "Properties and enums of Apple's built-in AudioUnits (mixers, sampler, reverb, I/O ...).",
    {
        "AUVoiceIOProperty",
        "AUNBandEQProperty",
        "AUNetReceiveProperty",
        "AUNetSendProperty",
        "AUNetSendPresetFormat",
        "AUSamplerProperty",
        "AUSamplerDefault",
        "AUMIDISynthProperty",
        "SpeakerConfiguration",
        "InstrumentType",
        "AUVoiceIOOtherAudioDuckingLevel",
        "AUVoiceIOSpeechActivityEvent",
        "AUVoiceIOErrorCode",
        "ScheduledAudioSliceFlag",
        "ReverbRoomType",
        "Mixer3DAttenuationCurve",
        "Mixer3DRenderingFlag",
        "SpatialMixerAttenuationCurve",
        "SpatialMixerOutputType",
        "SpatialMixerPersonalizedHRTFMode",
        "SpatialMixerPointSourceInHeadMode",
        "SpatialMixerRenderingFlag",
        "SpatialMixerSourceMode",
        "SpatializationAlgorithm",
    },
    plain=("kAUNetSendNumPresetFormats",),
)


AUPROPERTIES.handwritten_imports = "import enum"


AUPROPERTIES.handwritten_names = ("AudioUnitElement",)


AUPROPERTIES.handwritten = '''class AudioUnitElement(enum.IntEnum):
    """Bus (element) numbers of Apple's I/O units (AUHAL, VoiceProcessingIO).

    Not Apple constants: by convention element 0 of an I/O unit is the output
    (to the device) and element 1 the input (from the device), so
    ``kAudioOutputUnitProperty_EnableIO`` on ``(INPUT_SCOPE, AudioUnitElement.INPUT)``
    turns the microphone on.

    Example
    -------
    >>> from coremusic.constants import AudioUnitElement
    >>> int(AudioUnitElement.INPUT)
    1
    """

    OUTPUT = 0
    INPUT = 1
'''


AUEFFECTS = _split(
    AUPARAMS,
    "aueffects",
    "Parameter IDs of Apple's effect units: delay, reverb, dynamics, filters, EQ ...",
    {
        "DelayParam",
        "SampleDelayParam",
        "DistortionParam",
        "ReverbParam",
        "Reverb2Param",
        "DynamicsProcessorParam",
        "MultibandCompressorParam",
        "LimiterParam",
        "MultibandFilterParam",
        "GraphicEQParam",
        "ParametricEQParam",
        "AUNBandEQParam",
        "AUNBandEQFilterType",
        "LowPassParam",
        "HipassParam",
        "BandpassParam",
        "HighShelfParam",
        "AULowShelfParam",
        "RogerBeepParam",
        "RoundTripAACParam",
        "AUSoundIsolationParam",
        "AUSoundIsolationSoundType",
    },
    plain=("kNumAUNBandEQFilterTypes",),
)


AUPARAMS.summary = "Parameter IDs of Apple's mixers, I/O, time-pitch, sampler and network units."
