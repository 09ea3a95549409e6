"""AudioUnit component constants (AUComponent.h): types, subtypes, render flags, errors.

Values are Apple's, checked against the SDK facts by the test suite.
"""

from __future__ import annotations

from typing import Final

from coremusic.constants._base import (
    AppleIntEnum,
    AppleIntFlag,
    AppleSymbolEnum,
    FourCCEnum,
    _constant,
)

__all__ = [
    "AU_SUPPORT_INTERAPP_AUDIO",
    "AUParameterEventType",
    "AudioComponentErrorCode",
    "AudioComponentNotification",
    "AudioUnitErrorCode",
    "AudioUnitManufacturer",
    "AudioUnitRenderActionFlags",
    "AudioUnitSelector",
    "AudioUnitSubType",
    "AudioUnitType",
]

#: 1 when the SDK declares the inter-app audio API.
AU_SUPPORT_INTERAPP_AUDIO: Final = _constant("AU_SUPPORT_INTERAPP_AUDIO", 1)


class AudioUnitType(FourCCEnum):
    """AudioUnit component types (``AudioComponentDescription.componentType``).

    Apple's ``kAudioUnitType_*`` constants (AudioToolbox/AUComponent.h).

    Example
    -------
    >>> from coremusic.constants import AudioUnitType, apple_name
    >>> AudioUnitType.EFFECT
    <AudioUnitType.EFFECT: 'aufx'>
    >>> apple_name(AudioUnitType.EFFECT)
    'kAudioUnitType_Effect'
    """

    EFFECT = 0x61756678, "kAudioUnitType_Effect"  # 'aufx'
    FORMAT_CONVERTER = 0x61756663, "kAudioUnitType_FormatConverter"  # 'aufc'
    GENERATOR = 0x6175676E, "kAudioUnitType_Generator"  # 'augn'
    MIDI_PROCESSOR = 0x61756D69, "kAudioUnitType_MIDIProcessor"  # 'aumi'
    MIXER = 0x61756D78, "kAudioUnitType_Mixer"  # 'aumx'
    MUSIC_DEVICE = 0x61756D75, "kAudioUnitType_MusicDevice"  # 'aumu'
    MUSIC_EFFECT = 0x61756D66, "kAudioUnitType_MusicEffect"  # 'aumf'
    OFFLINE_EFFECT = 0x61756F6C, "kAudioUnitType_OfflineEffect"  # 'auol'
    OUTPUT = 0x61756F75, "kAudioUnitType_Output"  # 'auou'
    PANNER = 0x6175706E, "kAudioUnitType_Panner"  # 'aupn'
    REMOTE_EFFECT = 0x61757278, "kAudioUnitType_RemoteEffect"  # 'aurx'
    REMOTE_GENERATOR = 0x61757267, "kAudioUnitType_RemoteGenerator"  # 'aurg'
    REMOTE_INSTRUMENT = 0x61757269, "kAudioUnitType_RemoteInstrument"  # 'auri'
    REMOTE_MUSIC_EFFECT = 0x6175726D, "kAudioUnitType_RemoteMusicEffect"  # 'aurm'
    SPEECH_SYNTHESIZER = 0x61757370, "kAudioUnitType_SpeechSynthesizer"  # 'ausp'


class AudioUnitSubType(FourCCEnum):
    """Apple's AudioUnit subtypes (``AudioComponentDescription.componentSubType``).

    Apple's ``kAudioUnitSubType_*`` constants (AudioToolbox/AUComponent.h).

    Aliases (one member, several names): ``PITCH`` = ``TIME_PITCH``.

    Example
    -------
    >>> from coremusic.constants import AudioUnitSubType, apple_name
    >>> AudioUnitSubType.AUDIO_FILE_PLAYER
    <AudioUnitSubType.AUDIO_FILE_PLAYER: 'afpl'>
    >>> apple_name(AudioUnitSubType.AUDIO_FILE_PLAYER)
    'kAudioUnitSubType_AudioFilePlayer'
    """

    AUDIO_FILE_PLAYER = 0x6166706C, "kAudioUnitSubType_AudioFilePlayer"  # 'afpl'
    AU_CONVERTER = 0x636F6E76, "kAudioUnitSubType_AUConverter"  # 'conv'
    AU_FILTER = 0x66696C74, "kAudioUnitSubType_AUFilter"  # 'filt'
    AU_IPOD_TIME_OTHER = 0x6970746F, "kAudioUnitSubType_AUiPodTimeOther"  # 'ipto'
    AU_SOUND_ISOLATION = 0x766F6973, "kAudioUnitSubType_AUSoundIsolation"  # 'vois'
    BAND_PASS_FILTER = 0x62706173, "kAudioUnitSubType_BandPassFilter"  # 'bpas'
    DEFAULT_OUTPUT = 0x64656620, "kAudioUnitSubType_DefaultOutput"  # 'def '
    DEFERRED_RENDERER = 0x64656672, "kAudioUnitSubType_DeferredRenderer"  # 'defr'
    DELAY = 0x64656C79, "kAudioUnitSubType_Delay"  # 'dely'
    DISTORTION = 0x64697374, "kAudioUnitSubType_Distortion"  # 'dist'
    DLS_SYNTH = 0x646C7320, "kAudioUnitSubType_DLSSynth"  # 'dls '
    DYNAMICS_PROCESSOR = 0x64636D70, "kAudioUnitSubType_DynamicsProcessor"  # 'dcmp'
    GENERIC_OUTPUT = 0x67656E72, "kAudioUnitSubType_GenericOutput"  # 'genr'
    GRAPHIC_EQ = 0x67726571, "kAudioUnitSubType_GraphicEQ"  # 'greq'
    HAL_OUTPUT = 0x6168616C, "kAudioUnitSubType_HALOutput"  # 'ahal'
    HIGH_PASS_FILTER = 0x68706173, "kAudioUnitSubType_HighPassFilter"  # 'hpas'
    HIGH_SHELF_FILTER = 0x68736866, "kAudioUnitSubType_HighShelfFilter"  # 'hshf'
    HRTF_PANNER = 0x68727466, "kAudioUnitSubType_HRTFPanner"  # 'hrtf'
    LOW_PASS_FILTER = 0x6C706173, "kAudioUnitSubType_LowPassFilter"  # 'lpas'
    LOW_SHELF_FILTER = 0x6C736866, "kAudioUnitSubType_LowShelfFilter"  # 'lshf'
    MATRIX_MIXER = 0x6D786D78, "kAudioUnitSubType_MatrixMixer"  # 'mxmx'
    MATRIX_REVERB = 0x6D726576, "kAudioUnitSubType_MatrixReverb"  # 'mrev'
    MERGER = 0x6D657267, "kAudioUnitSubType_Merger"  # 'merg'
    MIDI_SYNTH = 0x6D73796E, "kAudioUnitSubType_MIDISynth"  # 'msyn'
    MIXER_3D = 0x33646D78, "kAudioUnitSubType_3DMixer"  # '3dmx'
    MULTI_BAND_COMPRESSOR = 0x6D636D70, "kAudioUnitSubType_MultiBandCompressor"  # 'mcmp'
    MULTI_CHANNEL_MIXER = 0x6D636D78, "kAudioUnitSubType_MultiChannelMixer"  # 'mcmx'
    MULTI_SPLITTER = 0x6D73706C, "kAudioUnitSubType_MultiSplitter"  # 'mspl'
    NET_RECEIVE = 0x6E726376, "kAudioUnitSubType_NetReceive"  # 'nrcv'
    NET_SEND = 0x6E736E64, "kAudioUnitSubType_NetSend"  # 'nsnd'
    NEW_TIME_PITCH = 0x6E757470, "kAudioUnitSubType_NewTimePitch"  # 'nutp'
    N_BAND_EQ = 0x6E626571, "kAudioUnitSubType_NBandEQ"  # 'nbeq'
    PARAMETRIC_EQ = 0x706D6571, "kAudioUnitSubType_ParametricEQ"  # 'pmeq'
    PEAK_LIMITER = 0x6C6D7472, "kAudioUnitSubType_PeakLimiter"  # 'lmtr'
    REVERB2 = 0x72766232, "kAudioUnitSubType_Reverb2"  # 'rvb2'
    ROGER_BEEP = 0x726F6772, "kAudioUnitSubType_RogerBeep"  # 'rogr'
    ROUND_TRIP_AAC = 0x72616163, "kAudioUnitSubType_RoundTripAAC"  # 'raac'
    SAMPLER = 0x73616D70, "kAudioUnitSubType_Sampler"  # 'samp'
    SAMPLE_DELAY = 0x73646C79, "kAudioUnitSubType_SampleDelay"  # 'sdly'
    SCHEDULED_SOUND_PLAYER = 0x7373706C, "kAudioUnitSubType_ScheduledSoundPlayer"  # 'sspl'
    SOUND_FIELD_PANNER = 0x616D6269, "kAudioUnitSubType_SoundFieldPanner"  # 'ambi'
    SPATIAL_MIXER = 0x3364656D, "kAudioUnitSubType_SpatialMixer"  # '3dem'
    SPHERICAL_HEAD_PANNER = 0x73706872, "kAudioUnitSubType_SphericalHeadPanner"  # 'sphr'
    SPLITTER = 0x73706C74, "kAudioUnitSubType_Splitter"  # 'splt'
    STEREO_MIXER = 0x736D7872, "kAudioUnitSubType_StereoMixer"  # 'smxr'
    SYSTEM_OUTPUT = 0x73797320, "kAudioUnitSubType_SystemOutput"  # 'sys '
    TIME_PITCH = 0x746D7074, "kAudioUnitSubType_TimePitch"  # 'tmpt'
    PITCH = 0x746D7074, "kAudioUnitSubType_Pitch"  # 'tmpt', alias of TIME_PITCH
    VARISPEED = 0x76617269, "kAudioUnitSubType_Varispeed"  # 'vari'
    VECTOR_PANNER = 0x76626173, "kAudioUnitSubType_VectorPanner"  # 'vbas'
    VOICE_PROCESSING_IO = 0x7670696F, "kAudioUnitSubType_VoiceProcessingIO"  # 'vpio'


class AudioUnitManufacturer(FourCCEnum):
    """AudioUnit manufacturer codes (``AudioComponentDescription.componentManufacturer``).

    Apple's constant ``kAudioUnitManufacturer_Apple`` (AudioToolbox/AUComponent.h).

    Example
    -------
    >>> from coremusic.constants import AudioUnitManufacturer, apple_name
    >>> AudioUnitManufacturer.APPLE
    <AudioUnitManufacturer.APPLE: 'appl'>
    >>> apple_name(AudioUnitManufacturer.APPLE)
    'kAudioUnitManufacturer_Apple'
    """

    APPLE = 0x6170706C, "kAudioUnitManufacturer_Apple"  # 'appl'


class AudioUnitRenderActionFlags(AppleIntFlag):
    """Flags passed to and from render calls (``AudioUnitRenderActionFlags``).

    Apple's ``kAudio*`` constants (AudioToolbox/AUComponent.h).

    Example
    -------
    >>> from coremusic.constants import AudioUnitRenderActionFlags, apple_name
    >>> AudioUnitRenderActionFlags.PRE_RENDER
    <AudioUnitRenderActionFlags.PRE_RENDER: 4>
    >>> apple_name(AudioUnitRenderActionFlags.PRE_RENDER)
    'kAudioUnitRenderAction_PreRender'
    """

    PRE_RENDER = 4, "kAudioUnitRenderAction_PreRender"
    POST_RENDER = 8, "kAudioUnitRenderAction_PostRender"
    OUTPUT_IS_SILENCE = 0x10, "kAudioUnitRenderAction_OutputIsSilence"
    OFFLINE_PREFLIGHT = 0x20, "kAudioOfflineUnitRenderAction_Preflight"
    OFFLINE_RENDER = 0x40, "kAudioOfflineUnitRenderAction_Render"
    OFFLINE_COMPLETE = 0x80, "kAudioOfflineUnitRenderAction_Complete"
    POST_RENDER_ERROR = 0x100, "kAudioUnitRenderAction_PostRenderError"
    DO_NOT_CHECK_RENDER_ARGS = 0x200, "kAudioUnitRenderAction_DoNotCheckRenderArgs"


class AudioUnitErrorCode(AppleIntEnum):
    """Result codes of AudioUnits (``kAudioUnitErr_*``).

    Apple's ``kAudioUnitErr_*`` constants (AudioToolbox/AUComponent.h).

    Example
    -------
    >>> from coremusic.constants import AudioUnitErrorCode, apple_name
    >>> AudioUnitErrorCode.MIDI_OUTPUT_BUFFER_FULL
    <AudioUnitErrorCode.MIDI_OUTPUT_BUFFER_FULL: -66753>
    >>> apple_name(AudioUnitErrorCode.MIDI_OUTPUT_BUFFER_FULL)
    'kAudioUnitErr_MIDIOutputBufferFull'
    """

    MIDI_OUTPUT_BUFFER_FULL = -66753, "kAudioUnitErr_MIDIOutputBufferFull"
    RENDER_TIMEOUT = -66745, "kAudioUnitErr_RenderTimeout"
    EXTENSION_NOT_FOUND = -66744, "kAudioUnitErr_ExtensionNotFound"
    INVALID_PARAMETER_VALUE = -66743, "kAudioUnitErr_InvalidParameterValue"
    INVALID_FILE_PATH = -66742, "kAudioUnitErr_InvalidFilePath"
    MISSING_KEY = -66741, "kAudioUnitErr_MissingKey"
    COMPONENT_MANAGER_NOT_SUPPORTED = -66740, "kAudioUnitErr_ComponentManagerNotSupported"
    INVALID_PROPERTY = -10879, "kAudioUnitErr_InvalidProperty"
    INVALID_PARAMETER = -10878, "kAudioUnitErr_InvalidParameter"
    INVALID_ELEMENT = -10877, "kAudioUnitErr_InvalidElement"
    NO_CONNECTION = -10876, "kAudioUnitErr_NoConnection"
    FAILED_INITIALIZATION = -10875, "kAudioUnitErr_FailedInitialization"
    TOO_MANY_FRAMES_TO_PROCESS = -10874, "kAudioUnitErr_TooManyFramesToProcess"
    ILLEGAL_INSTRUMENT = -10873, "kAudioUnitErr_IllegalInstrument"
    INSTRUMENT_TYPE_NOT_FOUND = -10872, "kAudioUnitErr_InstrumentTypeNotFound"
    INVALID_FILE = -10871, "kAudioUnitErr_InvalidFile"
    UNKNOWN_FILE_TYPE = -10870, "kAudioUnitErr_UnknownFileType"
    FILE_NOT_SPECIFIED = -10869, "kAudioUnitErr_FileNotSpecified"
    FORMAT_NOT_SUPPORTED = -10868, "kAudioUnitErr_FormatNotSupported"
    UNINITIALIZED = -10867, "kAudioUnitErr_Uninitialized"
    INVALID_SCOPE = -10866, "kAudioUnitErr_InvalidScope"
    PROPERTY_NOT_WRITABLE = -10865, "kAudioUnitErr_PropertyNotWritable"
    CANNOT_DO_IN_CURRENT_CONTEXT = -10863, "kAudioUnitErr_CannotDoInCurrentContext"
    INVALID_PROPERTY_VALUE = -10851, "kAudioUnitErr_InvalidPropertyValue"
    PROPERTY_NOT_IN_USE = -10850, "kAudioUnitErr_PropertyNotInUse"
    INITIALIZED = -10849, "kAudioUnitErr_Initialized"
    INVALID_OFFLINE_RENDER = -10848, "kAudioUnitErr_InvalidOfflineRender"
    UNAUTHORIZED = -10847, "kAudioUnitErr_Unauthorized"


class AudioComponentErrorCode(AppleIntEnum):
    """Result codes of the AudioComponent services (``kAudioComponentErr_*``).

    Apple's ``kAudioComponentErr_*`` constants (AudioToolbox/AUComponent.h).

    Example
    -------
    >>> from coremusic.constants import AudioComponentErrorCode, apple_name
    >>> AudioComponentErrorCode.INSTANCE_TIMED_OUT
    <AudioComponentErrorCode.INSTANCE_TIMED_OUT: -66754>
    >>> apple_name(AudioComponentErrorCode.INSTANCE_TIMED_OUT)
    'kAudioComponentErr_InstanceTimedOut'
    """

    INSTANCE_TIMED_OUT = -66754, "kAudioComponentErr_InstanceTimedOut"
    DUPLICATE_DESCRIPTION = -66752, "kAudioComponentErr_DuplicateDescription"
    UNSUPPORTED_TYPE = -66751, "kAudioComponentErr_UnsupportedType"
    TOO_MANY_INSTANCES = -66750, "kAudioComponentErr_TooManyInstances"
    INSTANCE_INVALIDATED = -66749, "kAudioComponentErr_InstanceInvalidated"
    NOT_PERMITTED = -66748, "kAudioComponentErr_NotPermitted"
    INITIALIZATION_TIMED_OUT = -66747, "kAudioComponentErr_InitializationTimedOut"
    INVALID_FORMAT = -66746, "kAudioComponentErr_InvalidFormat"


class AudioUnitSelector(AppleIntEnum):
    """Component selectors of the AudioUnit API (``kAudioUnit*Select``), for plug-in authors.

    Apple's ``kAudioUnit*`` constants (AudioToolbox/AUComponent.h).

    Example
    -------
    >>> from coremusic.constants import AudioUnitSelector, apple_name
    >>> AudioUnitSelector.RANGE
    <AudioUnitSelector.RANGE: 0>
    >>> apple_name(AudioUnitSelector.RANGE)
    'kAudioUnitRange'
    """

    RANGE = 0, "kAudioUnitRange"
    INITIALIZE = 1, "kAudioUnitInitializeSelect"
    UNINITIALIZE = 2, "kAudioUnitUninitializeSelect"
    GET_PROPERTY_INFO = 3, "kAudioUnitGetPropertyInfoSelect"
    GET_PROPERTY = 4, "kAudioUnitGetPropertySelect"
    SET_PROPERTY = 5, "kAudioUnitSetPropertySelect"
    GET_PARAMETER = 6, "kAudioUnitGetParameterSelect"
    SET_PARAMETER = 7, "kAudioUnitSetParameterSelect"
    RESET = 9, "kAudioUnitResetSelect"
    ADD_PROPERTY_LISTENER = 10, "kAudioUnitAddPropertyListenerSelect"
    REMOVE_PROPERTY_LISTENER = 11, "kAudioUnitRemovePropertyListenerSelect"
    RENDER = 14, "kAudioUnitRenderSelect"
    ADD_RENDER_NOTIFY = 15, "kAudioUnitAddRenderNotifySelect"
    REMOVE_RENDER_NOTIFY = 16, "kAudioUnitRemoveRenderNotifySelect"
    SCHEDULE_PARAMETERS = 17, "kAudioUnitScheduleParametersSelect"
    REMOVE_PROPERTY_LISTENER_WITH_USER_DATA = (
        18,
        "kAudioUnitRemovePropertyListenerWithUserDataSelect",
    )
    COMPLEX_RENDER = 19, "kAudioUnitComplexRenderSelect"
    PROCESS = 20, "kAudioUnitProcessSelect"
    PROCESS_MULTIPLE = 21, "kAudioUnitProcessMultipleSelect"


class AUParameterEventType(AppleIntEnum):
    """Kind of an ``AudioUnitParameterEvent`` (``AUParameterEventType``).

    Apple's ``kParameterEvent_*`` constants (AudioToolbox/AUComponent.h).

    Example
    -------
    >>> from coremusic.constants import AUParameterEventType, apple_name
    >>> AUParameterEventType.IMMEDIATE
    <AUParameterEventType.IMMEDIATE: 1>
    >>> apple_name(AUParameterEventType.IMMEDIATE)
    'kParameterEvent_Immediate'
    """

    IMMEDIATE = 1, "kParameterEvent_Immediate"
    RAMPED = 2, "kParameterEvent_Ramped"


class AudioComponentNotification(AppleSymbolEnum):
    """Notification names posted by the AudioComponent registry.

    Apple's ``kAudioComponent*Notification`` constants (AudioToolbox/AUComponent.h).

    The names are ``CFStringRef`` globals of AudioToolbox; each value is the
    exported symbol the binding reads them from.

    Example
    -------
    >>> from coremusic.constants import AudioComponentNotification, apple_name
    >>> AudioComponentNotification.INSTANCE_INVALIDATION
    <AudioComponentNotification.INSTANCE_INVALIDATION: 'kAudioComponentInstanceInvalidationNotification'>
    >>> apple_name(AudioComponentNotification.INSTANCE_INVALIDATION)
    'kAudioComponentInstanceInvalidationNotification'
    """

    INSTANCE_INVALIDATION = "kAudioComponentInstanceInvalidationNotification"
    REGISTRATIONS_CHANGED = "kAudioComponentRegistrationsChangedNotification"
