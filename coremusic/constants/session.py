"""The deprecated C audio-session API of iOS (AudioToolbox/AudioSession.h).

Values are Apple's, checked against the SDK facts by the test suite.
"""

from __future__ import annotations

from coremusic.constants._base import AppleIntEnum, AppleIntFlag, AppleStrEnum, FourCCEnum

__all__ = [
    "AudioSessionCategory",
    "AudioSessionErrorCode",
    "AudioSessionInterruptionState",
    "AudioSessionInterruptionType",
    "AudioSessionMode",
    "AudioSessionOverrideAudioRoute",
    "AudioSessionProperty",
    "AudioSessionRouteChangeKey",
    "AudioSessionRouteChangeReason",
    "AudioSessionSetActiveFlag",
]


class AudioSessionProperty(FourCCEnum):
    """Properties of the (iOS) audio session.

    Apple's ``kAudioSessionProperty_*`` constants (AudioToolbox/AudioSession.h).

    Example
    -------
    >>> from coremusic.constants import AudioSessionProperty, apple_name
    >>> AudioSessionProperty.AUDIO_CATEGORY
    <AudioSessionProperty.AUDIO_CATEGORY: 'acat'>
    >>> apple_name(AudioSessionProperty.AUDIO_CATEGORY)
    'kAudioSessionProperty_AudioCategory'
    """

    AUDIO_CATEGORY = 0x61636174, "kAudioSessionProperty_AudioCategory"  # 'acat'
    AUDIO_INPUT_AVAILABLE = 0x61696176, "kAudioSessionProperty_AudioInputAvailable"  # 'aiav'
    AUDIO_ROUTE = 0x726F7574, "kAudioSessionProperty_AudioRoute"  # 'rout'
    AUDIO_ROUTE_CHANGE = 0x726F6368, "kAudioSessionProperty_AudioRouteChange"  # 'roch'
    AUDIO_ROUTE_DESCRIPTION = 0x63726172, "kAudioSessionProperty_AudioRouteDescription"  # 'crar'
    CURRENT_HARDWARE_INPUT_LATENCY = (
        0x63696C74,
        "kAudioSessionProperty_CurrentHardwareInputLatency",
    )  # 'cilt'
    CURRENT_HARDWARE_INPUT_NUMBER_CHANNELS = (
        0x63686963,
        "kAudioSessionProperty_CurrentHardwareInputNumberChannels",
    )  # 'chic'
    CURRENT_HARDWARE_IO_BUFFER_DURATION = (
        0x63686264,
        "kAudioSessionProperty_CurrentHardwareIOBufferDuration",
    )  # 'chbd'
    CURRENT_HARDWARE_OUTPUT_LATENCY = (
        0x636F6C74,
        "kAudioSessionProperty_CurrentHardwareOutputLatency",
    )  # 'colt'
    CURRENT_HARDWARE_OUTPUT_NUMBER_CHANNELS = (
        0x63686F63,
        "kAudioSessionProperty_CurrentHardwareOutputNumberChannels",
    )  # 'choc'
    CURRENT_HARDWARE_OUTPUT_VOLUME = (
        0x63686F76,
        "kAudioSessionProperty_CurrentHardwareOutputVolume",
    )  # 'chov'
    CURRENT_HARDWARE_SAMPLE_RATE = (
        0x63687372,
        "kAudioSessionProperty_CurrentHardwareSampleRate",
    )  # 'chsr'
    INPUT_GAIN_AVAILABLE = 0x69676176, "kAudioSessionProperty_InputGainAvailable"  # 'igav'
    INPUT_GAIN_SCALAR = 0x69677363, "kAudioSessionProperty_InputGainScalar"  # 'igsc'
    INPUT_SOURCE = 0x69737263, "kAudioSessionProperty_InputSource"  # 'isrc'
    INPUT_SOURCES = 0x73726373, "kAudioSessionProperty_InputSources"  # 'srcs'
    INTERRUPTION_TYPE = 0x74797065, "kAudioSessionProperty_InterruptionType"  # 'type'
    MODE = 0x6D6F6465, "kAudioSessionProperty_Mode"  # 'mode'
    OTHER_AUDIO_IS_PLAYING = 0x6F746872, "kAudioSessionProperty_OtherAudioIsPlaying"  # 'othr'
    OTHER_MIXABLE_AUDIO_SHOULD_DUCK = (
        0x6475636B,
        "kAudioSessionProperty_OtherMixableAudioShouldDuck",
    )  # 'duck'
    OUTPUT_DESTINATION = 0x6F647374, "kAudioSessionProperty_OutputDestination"  # 'odst'
    OUTPUT_DESTINATIONS = 0x64737473, "kAudioSessionProperty_OutputDestinations"  # 'dsts'
    OVERRIDE_AUDIO_ROUTE = 0x6F767264, "kAudioSessionProperty_OverrideAudioRoute"  # 'ovrd'
    OVERRIDE_CATEGORY_DEFAULT_TO_SPEAKER = (
        0x6373706B,
        "kAudioSessionProperty_OverrideCategoryDefaultToSpeaker",
    )  # 'cspk'
    OVERRIDE_CATEGORY_ENABLE_BLUETOOTH_INPUT = (
        0x63626C75,
        "kAudioSessionProperty_OverrideCategoryEnableBluetoothInput",
    )  # 'cblu'
    OVERRIDE_CATEGORY_MIX_WITH_OTHERS = (
        0x636D6978,
        "kAudioSessionProperty_OverrideCategoryMixWithOthers",
    )  # 'cmix'
    PREFERRED_HARDWARE_IO_BUFFER_DURATION = (
        0x696F6264,
        "kAudioSessionProperty_PreferredHardwareIOBufferDuration",
    )  # 'iobd'
    PREFERRED_HARDWARE_SAMPLE_RATE = (
        0x68777372,
        "kAudioSessionProperty_PreferredHardwareSampleRate",
    )  # 'hwsr'
    SERVER_DIED = 0x64696564, "kAudioSessionProperty_ServerDied"  # 'died'


class AudioSessionCategory(FourCCEnum):
    """Audio-session categories.

    Apple's ``kAudioSessionCategory_*`` constants (AudioToolbox/AudioSession.h).

    Example
    -------
    >>> from coremusic.constants import AudioSessionCategory, apple_name
    >>> AudioSessionCategory.AMBIENT_SOUND
    <AudioSessionCategory.AMBIENT_SOUND: 'ambi'>
    >>> apple_name(AudioSessionCategory.AMBIENT_SOUND)
    'kAudioSessionCategory_AmbientSound'
    """

    AMBIENT_SOUND = 0x616D6269, "kAudioSessionCategory_AmbientSound"  # 'ambi'
    AUDIO_PROCESSING = 0x70726F63, "kAudioSessionCategory_AudioProcessing"  # 'proc'
    LIVE_AUDIO = 0x6C697665, "kAudioSessionCategory_LiveAudio"  # 'live'
    MEDIA_PLAYBACK = 0x6D656469, "kAudioSessionCategory_MediaPlayback"  # 'medi'
    PLAY_AND_RECORD = 0x706C6172, "kAudioSessionCategory_PlayAndRecord"  # 'plar'
    RECORD_AUDIO = 0x72656361, "kAudioSessionCategory_RecordAudio"  # 'reca'
    SOLO_AMBIENT_SOUND = 0x736F6C6F, "kAudioSessionCategory_SoloAmbientSound"  # 'solo'
    USER_INTERFACE_SOUND_EFFECTS = (
        0x75696678,
        "kAudioSessionCategory_UserInterfaceSoundEffects",
    )  # 'uifx'


class AudioSessionMode(FourCCEnum):
    """Audio-session modes.

    Apple's ``kAudioSessionMode_*`` constants (AudioToolbox/AudioSession.h).

    Example
    -------
    >>> from coremusic.constants import AudioSessionMode, apple_name
    >>> AudioSessionMode.DEFAULT
    <AudioSessionMode.DEFAULT: 'dflt'>
    >>> apple_name(AudioSessionMode.DEFAULT)
    'kAudioSessionMode_Default'
    """

    DEFAULT = 0x64666C74, "kAudioSessionMode_Default"  # 'dflt'
    GAME_CHAT = 0x676D6374, "kAudioSessionMode_GameChat"  # 'gmct'
    MEASUREMENT = 0x6D736D74, "kAudioSessionMode_Measurement"  # 'msmt'
    VIDEO_RECORDING = 0x76726364, "kAudioSessionMode_VideoRecording"  # 'vrcd'
    VOICE_CHAT = 0x76636374, "kAudioSessionMode_VoiceChat"  # 'vcct'


class AudioSessionErrorCode(FourCCEnum):
    """Result codes of the audio-session API.

    Apple's ``kAudioSe*`` constants (AudioToolbox/AudioSession.h).

    Example
    -------
    >>> from coremusic.constants import AudioSessionErrorCode, apple_name
    >>> AudioSessionErrorCode.ALREADY_INITIALIZED
    <AudioSessionErrorCode.ALREADY_INITIALIZED: 'init'>
    >>> apple_name(AudioSessionErrorCode.ALREADY_INITIALIZED)
    'kAudioSessionAlreadyInitialized'
    """

    ALREADY_INITIALIZED = 0x696E6974, "kAudioSessionAlreadyInitialized"  # 'init'
    BAD_PROPERTY_SIZE = 0x2173697A, "kAudioSessionBadPropertySizeError"  # '!siz'
    INCOMPATIBLE_CATEGORY = 0x21636174, "kAudioSessionIncompatibleCategory"  # '!cat'
    INITIALIZATION = 0x696E693F, "kAudioSessionInitializationError"  # 'ini?'
    NOT_ACTIVE = 0x21616374, "kAudioSessionNotActiveError"  # '!act'
    NOT_INITIALIZED = 0x21696E69, "kAudioSessionNotInitialized"  # '!ini'
    NO_CATEGORY_SET = 0x3F636174, "kAudioSessionNoCategorySet"  # '?cat'
    NO_ERROR = 0, "kAudioSessionNoError"
    NO_HARDWARE = 0x6E6F6877, "kAudioServicesNoHardwareError"  # 'nohw'
    UNSPECIFIED = 0x77686174, "kAudioSessionUnspecifiedError"  # 'what'
    UNSUPPORTED_PROPERTY = 0x7074793F, "kAudioSessionUnsupportedPropertyError"  # 'pty?'


class AudioSessionInterruptionState(AppleIntEnum):
    """States passed to the interruption listener.

    Apple's ``kAudioSession*Interruption`` constants (AudioToolbox/AudioSession.h).

    Example
    -------
    >>> from coremusic.constants import AudioSessionInterruptionState, apple_name
    >>> AudioSessionInterruptionState.END
    <AudioSessionInterruptionState.END: 0>
    >>> apple_name(AudioSessionInterruptionState.END)
    'kAudioSessionEndInterruption'
    """

    END = 0, "kAudioSessionEndInterruption"
    BEGIN = 1, "kAudioSessionBeginInterruption"


class AudioSessionInterruptionType(FourCCEnum):
    """Whether playback should resume after an interruption.

    Apple's ``kAudioSessionInterruptionType_Should*Resume`` constants
    (AudioToolbox/AudioSession.h).

    Example
    -------
    >>> from coremusic.constants import AudioSessionInterruptionType, apple_name
    >>> AudioSessionInterruptionType.SHOULD_NOT_RESUME
    <AudioSessionInterruptionType.SHOULD_NOT_RESUME: '!rsm'>
    >>> apple_name(AudioSessionInterruptionType.SHOULD_NOT_RESUME)
    'kAudioSessionInterruptionType_ShouldNotResume'
    """

    SHOULD_NOT_RESUME = 0x2172736D, "kAudioSessionInterruptionType_ShouldNotResume"  # '!rsm'
    SHOULD_RESUME = 0x6972736D, "kAudioSessionInterruptionType_ShouldResume"  # 'irsm'


class AudioSessionOverrideAudioRoute(FourCCEnum):
    """Values of ``kAudioSessionProperty_OverrideAudioRoute``.

    Apple's ``kAudioSessionOverrideAudioRoute_*`` constants (AudioToolbox/AudioSession.h).

    Example
    -------
    >>> from coremusic.constants import AudioSessionOverrideAudioRoute, apple_name
    >>> AudioSessionOverrideAudioRoute.NONE
    <AudioSessionOverrideAudioRoute.NONE: 0>
    >>> apple_name(AudioSessionOverrideAudioRoute.NONE)
    'kAudioSessionOverrideAudioRoute_None'
    """

    NONE = 0, "kAudioSessionOverrideAudioRoute_None"
    SPEAKER = 0x73706B72, "kAudioSessionOverrideAudioRoute_Speaker"  # 'spkr'


class AudioSessionRouteChangeReason(AppleIntEnum):
    """Reasons of an audio route change.

    Apple's ``kAudioSessionRouteChangeReason_*`` constants (AudioToolbox/AudioSession.h).

    Example
    -------
    >>> from coremusic.constants import AudioSessionRouteChangeReason, apple_name
    >>> AudioSessionRouteChangeReason.UNKNOWN
    <AudioSessionRouteChangeReason.UNKNOWN: 0>
    >>> apple_name(AudioSessionRouteChangeReason.UNKNOWN)
    'kAudioSessionRouteChangeReason_Unknown'
    """

    UNKNOWN = 0, "kAudioSessionRouteChangeReason_Unknown"
    NEW_DEVICE_AVAILABLE = 1, "kAudioSessionRouteChangeReason_NewDeviceAvailable"
    OLD_DEVICE_UNAVAILABLE = 2, "kAudioSessionRouteChangeReason_OldDeviceUnavailable"
    CATEGORY_CHANGE = 3, "kAudioSessionRouteChangeReason_CategoryChange"
    OVERRIDE = 4, "kAudioSessionRouteChangeReason_Override"
    WAKE_FROM_SLEEP = 6, "kAudioSessionRouteChangeReason_WakeFromSleep"
    NO_SUITABLE_ROUTE_FOR_CATEGORY = 7, "kAudioSessionRouteChangeReason_NoSuitableRouteForCategory"
    ROUTE_CONFIGURATION_CHANGE = 8, "kAudioSessionRouteChangeReason_RouteConfigurationChange"


class AudioSessionSetActiveFlag(AppleIntFlag):
    """Options of ``AudioSessionSetActiveWithFlags``.

    Apple's constant ``kAudioSessionSetActiveFlag_NotifyOthersOnDeactivation``
    (AudioToolbox/AudioSession.h).

    Example
    -------
    >>> from coremusic.constants import AudioSessionSetActiveFlag, apple_name
    >>> AudioSessionSetActiveFlag.NOTIFY_OTHERS_ON_DEACTIVATION
    <AudioSessionSetActiveFlag.NOTIFY_OTHERS_ON_DEACTIVATION: 1>
    >>> apple_name(AudioSessionSetActiveFlag.NOTIFY_OTHERS_ON_DEACTIVATION)
    'kAudioSessionSetActiveFlag_NotifyOthersOnDeactivation'
    """

    NOTIFY_OTHERS_ON_DEACTIVATION = 1, "kAudioSessionSetActiveFlag_NotifyOthersOnDeactivation"


class AudioSessionRouteChangeKey(AppleStrEnum):
    """Keys of the route-change dictionary.

    Apple's ``kAudioSession_AudioRouteChangeKey_*`` constants (AudioToolbox/AudioSession.h).

    Example
    -------
    >>> from coremusic.constants import AudioSessionRouteChangeKey, apple_name
    >>> AudioSessionRouteChangeKey.OLD_ROUTE
    <AudioSessionRouteChangeKey.OLD_ROUTE: 'OutputDeviceDidChange_OldRoute'>
    >>> apple_name(AudioSessionRouteChangeKey.OLD_ROUTE)
    'kAudioSession_AudioRouteChangeKey_OldRoute'
    """

    OLD_ROUTE = "OutputDeviceDidChange_OldRoute", "kAudioSession_AudioRouteChangeKey_OldRoute"
    REASON = "OutputDeviceDidChange_Reason", "kAudioSession_AudioRouteChangeKey_Reason"
