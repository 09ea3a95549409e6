"""AudioUnit properties, scopes, parameter units and flags (AudioUnitProperties.h).

Values are Apple's, checked against the SDK facts by the test suite.
"""

from __future__ import annotations

import enum
from typing import Final

from coremusic.constants._base import (
    AppleIntEnum,
    AppleIntFlag,
    AppleStrEnum,
    FourCCEnum,
    _alias,
    _constant,
)

__all__ = [
    "AUDIO_UNIT_PARAMETER_NAME_FULL",
    "NUMBER_OF_RESPONSE_FREQUENCIES",
    "AUParameterMIDIMappingFlag",
    "AUPresetKey",
    "AudioOutputUnitProperty",
    "AudioUnitClumpID",
    "AudioUnitConfigurationInfoKey",
    "AudioUnitElement",
    "AudioUnitMigrateProperty",
    "AudioUnitOfflineProperty",
    "AudioUnitParameterFlag",
    "AudioUnitParameterUnit",
    "AudioUnitProperty",
    "AudioUnitRemoteControlEvent",
    "AudioUnitSRCAlgorithm",
    "AudioUnitSampleRateConverterComplexity",
    "AudioUnitScope",
    "MusicDeviceProperty",
    "MusicDeviceSampleFrameMask",
    "OfflinePreflight",
    "OtherPluginFormat",
    "RenderQuality",
]

#: Length of the ``kAudioUnitProperty_FrequencyResponse`` array.
NUMBER_OF_RESPONSE_FREQUENCIES: Final = _constant("kNumberOfResponseFrequencies", 1024)
#: ``AudioUnitParameterNameInfo.inDesiredLength`` asking for the full name.
AUDIO_UNIT_PARAMETER_NAME_FULL: Final = _constant("kAudioUnitParameterName_Full", -1)


class AudioUnitProperty(AppleIntEnum):
    """Properties of every AudioUnit (``AudioUnitPropertyID``).

    Apple's ``kAudioUnitProperty_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Aliases (one member, several names): ``BUS_COUNT`` = ``ELEMENT_COUNT``,
    ``PARAMETER_VALUE_NAME`` = ``PARAMETER_STRING_FROM_VALUE``, ``MIXER_3D_RENDERING_FLAGS`` =
    ``SPATIAL_MIXER_RENDERING_FLAGS``, ``MIXER_3D_DISTANCE_PARAMS`` =
    ``SPATIAL_MIXER_DISTANCE_PARAMS``, ``MIXER_3D_ATTENUATION_CURVE`` =
    ``SPATIAL_MIXER_ATTENUATION_CURVE``, ``COCOAUI`` = ``COCOA_UI`` (name kept from coremusic
    0.2).

    Example
    -------
    >>> from coremusic.constants import AudioUnitProperty, apple_name
    >>> AudioUnitProperty.CLASS_INFO
    <AudioUnitProperty.CLASS_INFO: 0>
    >>> apple_name(AudioUnitProperty.CLASS_INFO)
    'kAudioUnitProperty_ClassInfo'
    """

    CLASS_INFO = 0, "kAudioUnitProperty_ClassInfo"
    MAKE_CONNECTION = 1, "kAudioUnitProperty_MakeConnection"
    SAMPLE_RATE = 2, "kAudioUnitProperty_SampleRate"
    PARAMETER_LIST = 3, "kAudioUnitProperty_ParameterList"
    PARAMETER_INFO = 4, "kAudioUnitProperty_ParameterInfo"
    FAST_DISPATCH = 5, "kAudioUnitProperty_FastDispatch"
    CPU_LOAD = 6, "kAudioUnitProperty_CPULoad"
    STREAM_FORMAT = 8, "kAudioUnitProperty_StreamFormat"
    SRC_ALGORITHM = 9, "kAudioUnitProperty_SRCAlgorithm"
    REVERB_ROOM_TYPE = 10, "kAudioUnitProperty_ReverbRoomType"
    ELEMENT_COUNT = 11, "kAudioUnitProperty_ElementCount"
    BUS_COUNT = 11, "kAudioUnitProperty_BusCount"  # alias of ELEMENT_COUNT
    LATENCY = 12, "kAudioUnitProperty_Latency"
    SUPPORTED_NUM_CHANNELS = 13, "kAudioUnitProperty_SupportedNumChannels"
    MAXIMUM_FRAMES_PER_SLICE = 14, "kAudioUnitProperty_MaximumFramesPerSlice"
    SET_EXTERNAL_BUFFER = 15, "kAudioUnitProperty_SetExternalBuffer"
    PARAMETER_VALUE_STRINGS = 16, "kAudioUnitProperty_ParameterValueStrings"
    MIDI_CONTROL_MAPPING = 17, "kAudioUnitProperty_MIDIControlMapping"
    GET_UI_COMPONENT_LIST = 18, "kAudioUnitProperty_GetUIComponentList"
    AUDIO_CHANNEL_LAYOUT = 19, "kAudioUnitProperty_AudioChannelLayout"
    TAIL_TIME = 20, "kAudioUnitProperty_TailTime"
    BYPASS_EFFECT = 21, "kAudioUnitProperty_BypassEffect"
    LAST_RENDER_ERROR = 22, "kAudioUnitProperty_LastRenderError"
    SET_RENDER_CALLBACK = 23, "kAudioUnitProperty_SetRenderCallback"
    FACTORY_PRESETS = 24, "kAudioUnitProperty_FactoryPresets"
    CONTEXT_NAME = 25, "kAudioUnitProperty_ContextName"
    RENDER_QUALITY = 26, "kAudioUnitProperty_RenderQuality"
    HOST_CALLBACKS = 27, "kAudioUnitProperty_HostCallbacks"
    CURRENT_PRESET = 28, "kAudioUnitProperty_CurrentPreset"
    IN_PLACE_PROCESSING = 29, "kAudioUnitProperty_InPlaceProcessing"
    ELEMENT_NAME = 30, "kAudioUnitProperty_ElementName"
    COCOA_UI = 31, "kAudioUnitProperty_CocoaUI"
    COCOAUI = 31, "kAudioUnitProperty_CocoaUI"  # coremusic 0.2 name
    SUPPORTED_CHANNEL_LAYOUT_TAGS = 32, "kAudioUnitProperty_SupportedChannelLayoutTags"
    PARAMETER_STRING_FROM_VALUE = 33, "kAudioUnitProperty_ParameterStringFromValue"
    PARAMETER_VALUE_NAME = (
        33,
        "kAudioUnitProperty_ParameterValueName",
    )  # alias of PARAMETER_STRING_FROM_VALUE
    PARAMETER_ID_NAME = 34, "kAudioUnitProperty_ParameterIDName"
    PARAMETER_CLUMP_NAME = 35, "kAudioUnitProperty_ParameterClumpName"
    PRESENT_PRESET = 36, "kAudioUnitProperty_PresentPreset"
    OFFLINE_RENDER = 37, "kAudioUnitProperty_OfflineRender"
    PARAMETER_VALUE_FROM_STRING = 38, "kAudioUnitProperty_ParameterValueFromString"
    ICON_LOCATION = 39, "kAudioUnitProperty_IconLocation"
    PRESENTATION_LATENCY = 40, "kAudioUnitProperty_PresentationLatency"
    ALL_PARAMETER_MIDI_MAPPINGS = 41, "kAudioUnitProperty_AllParameterMIDIMappings"
    ADD_PARAMETER_MIDI_MAPPING = 42, "kAudioUnitProperty_AddParameterMIDIMapping"
    REMOVE_PARAMETER_MIDI_MAPPING = 43, "kAudioUnitProperty_RemoveParameterMIDIMapping"
    HOT_MAP_PARAMETER_MIDI_MAPPING = 44, "kAudioUnitProperty_HotMapParameterMIDIMapping"
    DEPENDENT_PARAMETERS = 45, "kAudioUnitProperty_DependentParameters"
    AU_HOST_IDENTIFIER = 46, "kAudioUnitProperty_AUHostIdentifier"
    MIDI_OUTPUT_CALLBACK_INFO = 47, "kAudioUnitProperty_MIDIOutputCallbackInfo"
    MIDI_OUTPUT_CALLBACK = 48, "kAudioUnitProperty_MIDIOutputCallback"
    INPUT_SAMPLES_IN_OUTPUT = 49, "kAudioUnitProperty_InputSamplesInOutput"
    CLASS_INFO_FROM_DOCUMENT = 50, "kAudioUnitProperty_ClassInfoFromDocument"
    SHOULD_ALLOCATE_BUFFER = 51, "kAudioUnitProperty_ShouldAllocateBuffer"
    FREQUENCY_RESPONSE = 52, "kAudioUnitProperty_FrequencyResponse"
    PARAMETER_HISTORY_INFO = 53, "kAudioUnitProperty_ParameterHistoryInfo"
    NICK_NAME = 54, "kAudioUnitProperty_NickName"
    REQUEST_VIEW_CONTROLLER = 56, "kAudioUnitProperty_RequestViewController"
    PARAMETERS_FOR_OVERVIEW = 57, "kAudioUnitProperty_ParametersForOverview"
    SUPPORTS_MPE = 58, "kAudioUnitProperty_SupportsMPE"
    RENDER_CONTEXT_OBSERVER = 60, "kAudioUnitProperty_RenderContextObserver"
    LAST_RENDER_SAMPLE_TIME = 61, "kAudioUnitProperty_LastRenderSampleTime"
    LOADED_OUT_OF_PROCESS = 62, "kAudioUnitProperty_LoadedOutOfProcess"
    MIDI_OUTPUT_EVENT_LIST_CALLBACK = 63, "kAudioUnitProperty_MIDIOutputEventListCallback"
    AUDIO_UNIT_MIDI_PROTOCOL = 64, "kAudioUnitProperty_AudioUnitMIDIProtocol"
    HOST_MIDI_PROTOCOL = 65, "kAudioUnitProperty_HostMIDIProtocol"
    MIDI_OUTPUT_BUFFER_SIZE_HINT = 66, "kAudioUnitProperty_MIDIOutputBufferSizeHint"
    REMOTE_CONTROL_EVENT_LISTENER = 100, "kAudioUnitProperty_RemoteControlEventListener"
    IS_INTER_APP_CONNECTED = 101, "kAudioUnitProperty_IsInterAppConnected"
    PEER_URL = 102, "kAudioUnitProperty_PeerURL"
    USES_INTERNAL_REVERB = 1005, "kAudioUnitProperty_UsesInternalReverb"
    SPATIALIZATION_ALGORITHM = 3000, "kAudioUnitProperty_SpatializationAlgorithm"
    SPEAKER_CONFIGURATION = 3001, "kAudioUnitProperty_SpeakerConfiguration"
    DOPPLER_SHIFT = 3002, "kAudioUnitProperty_DopplerShift"
    SPATIAL_MIXER_RENDERING_FLAGS = 3003, "kAudioUnitProperty_SpatialMixerRenderingFlags"
    MIXER_3D_RENDERING_FLAGS = (
        3003,
        "kAudioUnitProperty_3DMixerRenderingFlags",
    )  # alias of SPATIAL_MIXER_RENDERING_FLAGS
    MIXER_3D_DISTANCE_ATTEN = 3004, "kAudioUnitProperty_3DMixerDistanceAtten"
    SPATIAL_MIXER_SOURCE_MODE = 3005, "kAudioUnitProperty_SpatialMixerSourceMode"
    MATRIX_LEVELS = 3006, "kAudioUnitProperty_MatrixLevels"
    METERING_MODE = 3007, "kAudioUnitProperty_MeteringMode"
    PANNER_MODE = 3008, "kAudioUnitProperty_PannerMode"
    MATRIX_DIMENSIONS = 3009, "kAudioUnitProperty_MatrixDimensions"
    SPATIAL_MIXER_DISTANCE_PARAMS = 3010, "kAudioUnitProperty_SpatialMixerDistanceParams"
    MIXER_3D_DISTANCE_PARAMS = (
        3010,
        "kAudioUnitProperty_3DMixerDistanceParams",
    )  # alias of SPATIAL_MIXER_DISTANCE_PARAMS
    METER_CLIPPING = 3011, "kAudioUnitProperty_MeterClipping"
    REVERB_PRESET = 3012, "kAudioUnitProperty_ReverbPreset"
    SPATIAL_MIXER_ATTENUATION_CURVE = 3013, "kAudioUnitProperty_SpatialMixerAttenuationCurve"
    MIXER_3D_ATTENUATION_CURVE = (
        3013,
        "kAudioUnitProperty_3DMixerAttenuationCurve",
    )  # alias of SPATIAL_MIXER_ATTENUATION_CURVE
    SAMPLE_RATE_CONVERTER_COMPLEXITY = 3014, "kAudioUnitProperty_SampleRateConverterComplexity"
    INPUT_ANCHOR_TIME_STAMP = 3016, "kAudioUnitProperty_InputAnchorTimeStamp"
    SPATIAL_MIXER_OUTPUT_TYPE = 3100, "kAudioUnitProperty_SpatialMixerOutputType"
    SPATIAL_MIXER_POINT_SOURCE_IN_HEAD_MODE = (
        3103,
        "kAudioUnitProperty_SpatialMixerPointSourceInHeadMode",
    )
    SPATIAL_MIXER_ENABLE_HEAD_TRACKING = 3111, "kAudioUnitProperty_SpatialMixerEnableHeadTracking"
    SPATIAL_MIXER_PERSONALIZED_HRTF_MODE = (
        3113,
        "kAudioUnitProperty_SpatialMixerPersonalizedHRTFMode",
    )
    SPATIAL_MIXER_ANY_INPUT_IS_USING_PERSONALIZED_HRTF = (
        3116,
        "kAudioUnitProperty_SpatialMixerAnyInputIsUsingPersonalizedHRTF",
    )
    SCHEDULE_AUDIO_SLICE = 3300, "kAudioUnitProperty_ScheduleAudioSlice"
    SCHEDULE_START_TIME_STAMP = 3301, "kAudioUnitProperty_ScheduleStartTimeStamp"
    CURRENT_PLAY_TIME = 3302, "kAudioUnitProperty_CurrentPlayTime"
    SCHEDULED_FILE_IDS = 3310, "kAudioUnitProperty_ScheduledFileIDs"
    SCHEDULED_FILE_REGION = 3311, "kAudioUnitProperty_ScheduledFileRegion"
    SCHEDULED_FILE_PRIME = 3312, "kAudioUnitProperty_ScheduledFilePrime"
    SCHEDULED_FILE_BUFFER_SIZE_FRAMES = 3313, "kAudioUnitProperty_ScheduledFileBufferSizeFrames"
    SCHEDULED_FILE_NUMBER_BUFFERS = 3314, "kAudioUnitProperty_ScheduledFileNumberBuffers"
    DEFERRED_RENDERER_PULL_SIZE = 3320, "kAudioUnitProperty_DeferredRendererPullSize"
    DEFERRED_RENDERER_EXTRA_LATENCY = 3321, "kAudioUnitProperty_DeferredRendererExtraLatency"
    DEFERRED_RENDERER_WAIT_FRAMES = 3322, "kAudioUnitProperty_DeferredRendererWaitFrames"
    DISTANCE_ATTENUATION_DATA = 3600, "kAudioUnitProperty_DistanceAttenuationData"


class AudioUnitScope(AppleIntEnum):
    """Scopes of AudioUnit properties and parameters (``AudioUnitScope``).

    Apple's ``kAudioUnitScope_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import AudioUnitScope, apple_name
    >>> AudioUnitScope.GLOBAL
    <AudioUnitScope.GLOBAL: 0>
    >>> apple_name(AudioUnitScope.GLOBAL)
    'kAudioUnitScope_Global'
    """

    GLOBAL = 0, "kAudioUnitScope_Global"
    INPUT = 1, "kAudioUnitScope_Input"
    OUTPUT = 2, "kAudioUnitScope_Output"
    GROUP = 3, "kAudioUnitScope_Group"
    PART = 4, "kAudioUnitScope_Part"
    NOTE = 5, "kAudioUnitScope_Note"
    LAYER = 6, "kAudioUnitScope_Layer"
    LAYER_ITEM = 7, "kAudioUnitScope_LayerItem"


class AudioOutputUnitProperty(AppleIntEnum):
    """Properties of I/O units (AUHAL, VoiceProcessingIO ...).

    Apple's ``kAudioOutputUnitProperty_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import AudioOutputUnitProperty, apple_name
    >>> AudioOutputUnitProperty.CURRENT_DEVICE
    <AudioOutputUnitProperty.CURRENT_DEVICE: 2000>
    >>> apple_name(AudioOutputUnitProperty.CURRENT_DEVICE)
    'kAudioOutputUnitProperty_CurrentDevice'
    """

    CURRENT_DEVICE = 2000, "kAudioOutputUnitProperty_CurrentDevice"
    IS_RUNNING = 2001, "kAudioOutputUnitProperty_IsRunning"
    CHANNEL_MAP = 2002, "kAudioOutputUnitProperty_ChannelMap"
    ENABLE_IO = 2003, "kAudioOutputUnitProperty_EnableIO"
    START_TIME = 2004, "kAudioOutputUnitProperty_StartTime"
    SET_INPUT_CALLBACK = 2005, "kAudioOutputUnitProperty_SetInputCallback"
    HAS_IO = 2006, "kAudioOutputUnitProperty_HasIO"
    START_TIMESTAMPS_AT_ZERO = 2007, "kAudioOutputUnitProperty_StartTimestampsAtZero"
    MIDI_CALLBACKS = 2010, "kAudioOutputUnitProperty_MIDICallbacks"
    HOST_RECEIVES_REMOTE_CONTROL_EVENTS = (
        2011,
        "kAudioOutputUnitProperty_HostReceivesRemoteControlEvents",
    )
    REMOTE_CONTROL_TO_HOST = 2012, "kAudioOutputUnitProperty_RemoteControlToHost"
    HOST_TRANSPORT_STATE = 2013, "kAudioOutputUnitProperty_HostTransportState"
    NODE_COMPONENT_DESCRIPTION = 2014, "kAudioOutputUnitProperty_NodeComponentDescription"
    OS_WORKGROUP = 2015, "kAudioOutputUnitProperty_OSWorkgroup"


class AudioUnitOfflineProperty(AppleIntEnum):
    """Properties of offline-effect units.

    Apple's ``kAudioUnitOfflineProperty_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Other Apple spellings bound to members (see ``apple_names``):
    ``kAudioOfflineUnitProperty_InputSize``, ``kAudioOfflineUnitProperty_OutputSize``.

    Example
    -------
    >>> from coremusic.constants import AudioUnitOfflineProperty, apple_name
    >>> AudioUnitOfflineProperty.INPUT_SIZE
    <AudioUnitOfflineProperty.INPUT_SIZE: 3020>
    >>> apple_name(AudioUnitOfflineProperty.INPUT_SIZE)
    'kAudioUnitOfflineProperty_InputSize'
    """

    INPUT_SIZE = 3020, "kAudioUnitOfflineProperty_InputSize"
    OUTPUT_SIZE = 3021, "kAudioUnitOfflineProperty_OutputSize"
    START_OFFSET = 3022, "kAudioUnitOfflineProperty_StartOffset"
    PREFLIGHT_REQUIREMENTS = 3023, "kAudioUnitOfflineProperty_PreflightRequirements"
    PREFLIGHT_NAME = 3024, "kAudioUnitOfflineProperty_PreflightName"


_alias(AudioUnitOfflineProperty.INPUT_SIZE, "kAudioOfflineUnitProperty_InputSize")
_alias(AudioUnitOfflineProperty.OUTPUT_SIZE, "kAudioOfflineUnitProperty_OutputSize")


class AudioUnitMigrateProperty(AppleIntEnum):
    """Properties for migrating settings from other plug-in formats.

    Apple's ``kAudioUnitMigrateProperty_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import AudioUnitMigrateProperty, apple_name
    >>> AudioUnitMigrateProperty.FROM_PLUGIN
    <AudioUnitMigrateProperty.FROM_PLUGIN: 4000>
    >>> apple_name(AudioUnitMigrateProperty.FROM_PLUGIN)
    'kAudioUnitMigrateProperty_FromPlugin'
    """

    FROM_PLUGIN = 4000, "kAudioUnitMigrateProperty_FromPlugin"
    OLD_AUTOMATION = 4001, "kAudioUnitMigrateProperty_OldAutomation"


class MusicDeviceProperty(AppleIntEnum):
    """Properties of music devices (instrument units).

    Apple's ``kMusicDeviceProperty_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import MusicDeviceProperty, apple_name
    >>> MusicDeviceProperty.INSTRUMENT_COUNT
    <MusicDeviceProperty.INSTRUMENT_COUNT: 1000>
    >>> apple_name(MusicDeviceProperty.INSTRUMENT_COUNT)
    'kMusicDeviceProperty_InstrumentCount'
    """

    INSTRUMENT_COUNT = 1000, "kMusicDeviceProperty_InstrumentCount"
    INSTRUMENT_NAME = 1001, "kMusicDeviceProperty_InstrumentName"
    GROUP_OUTPUT_BUS = 1002, "kMusicDeviceProperty_GroupOutputBus"
    SOUND_BANK_FS_SPEC = 1003, "kMusicDeviceProperty_SoundBankFSSpec"
    INSTRUMENT_NUMBER = 1004, "kMusicDeviceProperty_InstrumentNumber"
    USES_INTERNAL_REVERB = 1005, "kMusicDeviceProperty_UsesInternalReverb"
    MIDI_XML_NAMES = 1006, "kMusicDeviceProperty_MIDIXMLNames"
    BANK_NAME = 1007, "kMusicDeviceProperty_BankName"
    SOUND_BANK_DATA = 1008, "kMusicDeviceProperty_SoundBankData"
    PART_GROUP = 1010, "kMusicDeviceProperty_PartGroup"
    STREAM_FROM_DISK = 1011, "kMusicDeviceProperty_StreamFromDisk"
    SOUND_BANK_FS_REF = 1012, "kMusicDeviceProperty_SoundBankFSRef"
    DUAL_SCHEDULING_MODE = 1013, "kMusicDeviceProperty_DualSchedulingMode"
    SUPPORTS_START_STOP_NOTE = 1014, "kMusicDeviceProperty_SupportsStartStopNote"
    SOUND_BANK_URL = 1100, "kMusicDeviceProperty_SoundBankURL"


class AudioUnitParameterUnit(AppleIntEnum):
    """Units of AudioUnit parameter values (``AudioUnitParameterUnit``).

    Apple's ``kAudioUnitParameterUnit_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import AudioUnitParameterUnit, apple_name
    >>> AudioUnitParameterUnit.GENERIC
    <AudioUnitParameterUnit.GENERIC: 0>
    >>> apple_name(AudioUnitParameterUnit.GENERIC)
    'kAudioUnitParameterUnit_Generic'
    """

    GENERIC = 0, "kAudioUnitParameterUnit_Generic"
    INDEXED = 1, "kAudioUnitParameterUnit_Indexed"
    BOOLEAN = 2, "kAudioUnitParameterUnit_Boolean"
    PERCENT = 3, "kAudioUnitParameterUnit_Percent"
    SECONDS = 4, "kAudioUnitParameterUnit_Seconds"
    SAMPLE_FRAMES = 5, "kAudioUnitParameterUnit_SampleFrames"
    PHASE = 6, "kAudioUnitParameterUnit_Phase"
    RATE = 7, "kAudioUnitParameterUnit_Rate"
    HERTZ = 8, "kAudioUnitParameterUnit_Hertz"
    CENTS = 9, "kAudioUnitParameterUnit_Cents"
    RELATIVE_SEMITONES = 10, "kAudioUnitParameterUnit_RelativeSemiTones"
    MIDI_NOTE_NUMBER = 11, "kAudioUnitParameterUnit_MIDINoteNumber"
    MIDI_CONTROLLER = 12, "kAudioUnitParameterUnit_MIDIController"
    DECIBELS = 13, "kAudioUnitParameterUnit_Decibels"
    LINEAR_GAIN = 14, "kAudioUnitParameterUnit_LinearGain"
    DEGREES = 15, "kAudioUnitParameterUnit_Degrees"
    EQUAL_POWER_CROSSFADE = 16, "kAudioUnitParameterUnit_EqualPowerCrossfade"
    MIXER_FADER_CURVE1 = 17, "kAudioUnitParameterUnit_MixerFaderCurve1"
    PAN = 18, "kAudioUnitParameterUnit_Pan"
    METERS = 19, "kAudioUnitParameterUnit_Meters"
    ABSOLUTE_CENTS = 20, "kAudioUnitParameterUnit_AbsoluteCents"
    OCTAVES = 21, "kAudioUnitParameterUnit_Octaves"
    BPM = 22, "kAudioUnitParameterUnit_BPM"
    BEATS = 23, "kAudioUnitParameterUnit_Beats"
    MILLISECONDS = 24, "kAudioUnitParameterUnit_Milliseconds"
    RATIO = 25, "kAudioUnitParameterUnit_Ratio"
    CUSTOM_UNIT = 26, "kAudioUnitParameterUnit_CustomUnit"
    MIDI2_CONTROLLER = 27, "kAudioUnitParameterUnit_MIDI2Controller"


class AudioUnitParameterFlag(AppleIntFlag):
    """Flags of ``AudioUnitParameterInfo`` (``AudioUnitParameterOptions``).

    Apple's ``kAudioUnitParameterFlag_*`` constants (AudioToolbox/AudioUnitProperties.h).

    The ``DISPLAY_*`` values form a small enumerated field inside the flags:
    compare ``flags & DISPLAY_MASK`` with them.

    Aliases (one member, several names): ``HAS_NAME`` = ``VALUES_HAVE_STRINGS``.

    Example
    -------
    >>> from coremusic.constants import AudioUnitParameterFlag, apple_name
    >>> AudioUnitParameterFlag.GLOBAL
    <AudioUnitParameterFlag.GLOBAL: 1>
    >>> apple_name(AudioUnitParameterFlag.GLOBAL)
    'kAudioUnitParameterFlag_Global'
    """

    GLOBAL = 1, "kAudioUnitParameterFlag_Global"
    INPUT = 2, "kAudioUnitParameterFlag_Input"
    OUTPUT = 4, "kAudioUnitParameterFlag_Output"
    GROUP = 8, "kAudioUnitParameterFlag_Group"
    CF_NAME_RELEASE = 0x10, "kAudioUnitParameterFlag_CFNameRelease"
    OMIT_FROM_PRESETS = 0x2000, "kAudioUnitParameterFlag_OmitFromPresets"
    PLOT_HISTORY = 0x4000, "kAudioUnitParameterFlag_PlotHistory"
    METER_READ_ONLY = 0x8000, "kAudioUnitParameterFlag_MeterReadOnly"
    DISPLAY_SQUARE_ROOT = 0x10000, "kAudioUnitParameterFlag_DisplaySquareRoot"
    DISPLAY_SQUARED = 0x20000, "kAudioUnitParameterFlag_DisplaySquared"
    DISPLAY_CUBED = 0x30000, "kAudioUnitParameterFlag_DisplayCubed"
    DISPLAY_CUBE_ROOT = 0x40000, "kAudioUnitParameterFlag_DisplayCubeRoot"
    DISPLAY_EXPONENTIAL = 0x50000, "kAudioUnitParameterFlag_DisplayExponential"
    HAS_CLUMP = 0x100000, "kAudioUnitParameterFlag_HasClump"
    VALUES_HAVE_STRINGS = 0x200000, "kAudioUnitParameterFlag_ValuesHaveStrings"
    HAS_NAME = 0x200000, "kAudioUnitParameterFlag_HasName"  # alias of VALUES_HAVE_STRINGS
    DISPLAY_LOGARITHMIC = 0x400000, "kAudioUnitParameterFlag_DisplayLogarithmic"
    DISPLAY_MASK = 0x470000, "kAudioUnitParameterFlag_DisplayMask"
    IS_HIGH_RESOLUTION = 0x800000, "kAudioUnitParameterFlag_IsHighResolution"
    NON_REAL_TIME = 0x1000000, "kAudioUnitParameterFlag_NonRealTime"
    CAN_RAMP = 0x2000000, "kAudioUnitParameterFlag_CanRamp"
    EXPERT_MODE = 0x4000000, "kAudioUnitParameterFlag_ExpertMode"
    HAS_CF_NAME_STRING = 0x8000000, "kAudioUnitParameterFlag_HasCFNameString"
    IS_GLOBAL_META = 0x10000000, "kAudioUnitParameterFlag_IsGlobalMeta"
    IS_ELEMENT_META = 0x20000000, "kAudioUnitParameterFlag_IsElementMeta"
    IS_READABLE = 0x40000000, "kAudioUnitParameterFlag_IsReadable"
    IS_WRITABLE = 0x80000000, "kAudioUnitParameterFlag_IsWritable"


class AUParameterMIDIMappingFlag(AppleIntFlag):
    """Flags of an ``AUParameterMIDIMapping`` (``AUParameterMIDIMappingFlags``).

    Apple's ``kAUParameterMIDIMapping_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import AUParameterMIDIMappingFlag, apple_name
    >>> AUParameterMIDIMappingFlag.ANY_CHANNEL
    <AUParameterMIDIMappingFlag.ANY_CHANNEL: 1>
    >>> apple_name(AUParameterMIDIMappingFlag.ANY_CHANNEL)
    'kAUParameterMIDIMapping_AnyChannelFlag'
    """

    ANY_CHANNEL = 1, "kAUParameterMIDIMapping_AnyChannelFlag"
    ANY_NOTE = 2, "kAUParameterMIDIMapping_AnyNoteFlag"
    SUB_RANGE = 4, "kAUParameterMIDIMapping_SubRange"
    TOGGLE = 8, "kAUParameterMIDIMapping_Toggle"
    BIPOLAR = 0x10, "kAUParameterMIDIMapping_Bipolar"
    BIPOLAR_ON = 0x20, "kAUParameterMIDIMapping_Bipolar_On"


class AudioUnitClumpID(AppleIntEnum):
    """Parameter clump IDs (groups of parameters).

    Apple's constant ``kAudioUnitClumpID_System`` (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import AudioUnitClumpID, apple_name
    >>> AudioUnitClumpID.SYSTEM
    <AudioUnitClumpID.SYSTEM: 0>
    >>> apple_name(AudioUnitClumpID.SYSTEM)
    'kAudioUnitClumpID_System'
    """

    SYSTEM = 0, "kAudioUnitClumpID_System"


class AudioUnitRemoteControlEvent(AppleIntEnum):
    """Transport events an inter-app audio node sends to its host.

    Apple's ``kAudioUnitRemoteControlEvent_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import AudioUnitRemoteControlEvent, apple_name
    >>> AudioUnitRemoteControlEvent.TOGGLE_PLAY_PAUSE
    <AudioUnitRemoteControlEvent.TOGGLE_PLAY_PAUSE: 1>
    >>> apple_name(AudioUnitRemoteControlEvent.TOGGLE_PLAY_PAUSE)
    'kAudioUnitRemoteControlEvent_TogglePlayPause'
    """

    TOGGLE_PLAY_PAUSE = 1, "kAudioUnitRemoteControlEvent_TogglePlayPause"
    TOGGLE_RECORD = 2, "kAudioUnitRemoteControlEvent_ToggleRecord"
    REWIND = 3, "kAudioUnitRemoteControlEvent_Rewind"


class AudioUnitSRCAlgorithm(FourCCEnum):
    """Sample-rate converter algorithms (``kAudioUnitProperty_SRCAlgorithm``).

    Apple's ``kAudioUnitSRCAlgorithm_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import AudioUnitSRCAlgorithm, apple_name
    >>> AudioUnitSRCAlgorithm.MEDIUM_QUALITY
    <AudioUnitSRCAlgorithm.MEDIUM_QUALITY: 'csrc'>
    >>> apple_name(AudioUnitSRCAlgorithm.MEDIUM_QUALITY)
    'kAudioUnitSRCAlgorithm_MediumQuality'
    """

    MEDIUM_QUALITY = 0x63737263, "kAudioUnitSRCAlgorithm_MediumQuality"  # 'csrc'
    POLYPHASE = 0x706F6C79, "kAudioUnitSRCAlgorithm_Polyphase"  # 'poly'


class AudioUnitSampleRateConverterComplexity(FourCCEnum):
    """Values of ``kAudioUnitProperty_SampleRateConverterComplexity``.

    Apple's ``kAudioUnitSampleRateConverterComplexity_*`` constants
    (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import AudioUnitSampleRateConverterComplexity, apple_name
    >>> AudioUnitSampleRateConverterComplexity.LINEAR
    <AudioUnitSampleRateConverterComplexity.LINEAR: 'line'>
    >>> apple_name(AudioUnitSampleRateConverterComplexity.LINEAR)
    'kAudioUnitSampleRateConverterComplexity_Linear'
    """

    LINEAR = 0x6C696E65, "kAudioUnitSampleRateConverterComplexity_Linear"  # 'line'
    MASTERING = 0x62617473, "kAudioUnitSampleRateConverterComplexity_Mastering"  # 'bats'
    NORMAL = 0x6E6F726D, "kAudioUnitSampleRateConverterComplexity_Normal"  # 'norm'


class RenderQuality(AppleIntEnum):
    """Values of ``kAudioUnitProperty_RenderQuality`` (0 lowest ... 127 highest).

    Apple's ``kRenderQuality_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import RenderQuality, apple_name
    >>> RenderQuality.MIN
    <RenderQuality.MIN: 0>
    >>> apple_name(RenderQuality.MIN)
    'kRenderQuality_Min'
    """

    MIN = 0, "kRenderQuality_Min"
    LOW = 32, "kRenderQuality_Low"
    MEDIUM = 64, "kRenderQuality_Medium"
    HIGH = 96, "kRenderQuality_High"
    MAX = 127, "kRenderQuality_Max"


class OfflinePreflight(AppleIntEnum):
    """Values of ``kAudioUnitOfflineProperty_PreflightRequirements``.

    Apple's ``kOfflinePreflight_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import OfflinePreflight, apple_name
    >>> OfflinePreflight.NOT_REQUIRED
    <OfflinePreflight.NOT_REQUIRED: 0>
    >>> apple_name(OfflinePreflight.NOT_REQUIRED)
    'kOfflinePreflight_NotRequired'
    """

    NOT_REQUIRED = 0, "kOfflinePreflight_NotRequired"
    OPTIONAL = 1, "kOfflinePreflight_Optional"
    REQUIRED = 2, "kOfflinePreflight_Required"


class OtherPluginFormat(AppleIntEnum):
    """Plug-in formats of ``AudioUnitOtherPluginDesc``.

    Apple's ``kOtherPluginFormat_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import OtherPluginFormat, apple_name
    >>> OtherPluginFormat.UNDEFINED
    <OtherPluginFormat.UNDEFINED: 0>
    >>> apple_name(OtherPluginFormat.UNDEFINED)
    'kOtherPluginFormat_Undefined'
    """

    UNDEFINED = 0, "kOtherPluginFormat_Undefined"
    MAS = 1, "kOtherPluginFormat_kMAS"
    VST = 2, "kOtherPluginFormat_kVST"
    AU = 3, "kOtherPluginFormat_AU"


class MusicDeviceSampleFrameMask(AppleIntFlag):
    """Bit fields of a music-device ``inOffsetSampleFrame`` argument.

    Apple's ``kMusicDeviceSampleFrameMask_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import MusicDeviceSampleFrameMask, apple_name
    >>> MusicDeviceSampleFrameMask.SAMPLE_OFFSET
    <MusicDeviceSampleFrameMask.SAMPLE_OFFSET: 16777215>
    >>> apple_name(MusicDeviceSampleFrameMask.SAMPLE_OFFSET)
    'kMusicDeviceSampleFrameMask_SampleOffset'
    """

    SAMPLE_OFFSET = 0xFFFFFF, "kMusicDeviceSampleFrameMask_SampleOffset"
    IS_SCHEDULED = 0x1000000, "kMusicDeviceSampleFrameMask_IsScheduled"


class AUPresetKey(AppleStrEnum):
    """Keys of an AudioUnit preset (``ClassInfo``) dictionary.

    Apple's ``kAUPreset*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import AUPresetKey, apple_name
    >>> AUPresetKey.CPU_LOAD
    <AUPresetKey.CPU_LOAD: 'cpu-load'>
    >>> apple_name(AUPresetKey.CPU_LOAD)
    'kAUPresetCPULoadKey'
    """

    CPU_LOAD = "cpu-load", "kAUPresetCPULoadKey"
    DATA = "data", "kAUPresetDataKey"
    ELEMENT_NAME = "element-name", "kAUPresetElementNameKey"
    EXTERNAL_FILE_REFS = "file-references", "kAUPresetExternalFileRefs"
    MANUFACTURER = "manufacturer", "kAUPresetManufacturerKey"
    MAS_DATA = "masdata", "kAUPresetMASDataKey"
    NAME = "name", "kAUPresetNameKey"
    NUMBER = "preset-number", "kAUPresetNumberKey"
    PART = "part", "kAUPresetPartKey"
    RENDER_QUALITY = "render-quality", "kAUPresetRenderQualityKey"
    SUBTYPE = "subtype", "kAUPresetSubtypeKey"
    TYPE = "type", "kAUPresetTypeKey"
    VERSION = "version", "kAUPresetVersionKey"
    VST_DATA = "vstdata", "kAUPresetVSTDataKey"
    VST_PRESET = "vstpreset", "kAUPresetVSTPresetKey"


class AudioUnitConfigurationInfoKey(AppleStrEnum):
    """Keys of the dictionary from ``AudioComponentGetConfigurationInfo``.

    Apple's ``kAudioUnitConfigurationInfo_*`` constants (AudioToolbox/AudioUnitProperties.h).

    Example
    -------
    >>> from coremusic.constants import AudioUnitConfigurationInfoKey, apple_name
    >>> AudioUnitConfigurationInfoKey.AVAILABLE_ARCHITECTURES
    <AudioUnitConfigurationInfoKey.AVAILABLE_ARCHITECTURES: 'AvailableArchitectures'>
    >>> apple_name(AudioUnitConfigurationInfoKey.AVAILABLE_ARCHITECTURES)
    'kAudioUnitConfigurationInfo_AvailableArchitectures'
    """

    AVAILABLE_ARCHITECTURES = (
        "AvailableArchitectures",
        "kAudioUnitConfigurationInfo_AvailableArchitectures",
    )
    BUS_COUNT_WRITABLE = "BusCountWritable", "kAudioUnitConfigurationInfo_BusCountWritable"
    CHANNEL_CONFIGURATIONS = (
        "ChannelConfigurations",
        "kAudioUnitConfigurationInfo_ChannelConfigurations",
    )
    HAS_CUSTOM_VIEW = "HasCustomView", "kAudioUnitConfigurationInfo_HasCustomView"
    ICON_URL = "IconURL", "kAudioUnitConfigurationInfo_IconURL"
    INITIAL_INPUTS = "InitialInputs", "kAudioUnitConfigurationInfo_InitialInputs"
    INITIAL_OUTPUTS = "InitialOutputs", "kAudioUnitConfigurationInfo_InitialOutputs"
    MIDI_PROTOCOL = "MIDIProtocol", "kAudioUnitConfigurationInfo_MIDIProtocol"
    MIGRATE_FROM_PLUGIN = "MigrateFromPlugin", "kAudioUnitConfigurationInfo_MigrateFromPlugin"
    SUPPORTED_CHANNEL_LAYOUT_TAGS = (
        "SupportedChannelLayoutTags",
        "kAudioUnitConfigurationInfo_SupportedChannelLayoutTags",
    )


class AudioUnitElement(enum.IntEnum):
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
