"""AudioServices, AudioComponent, AUGraph and I/O-unit constants (AudioToolbox).

Values are Apple's, checked against the SDK facts by the test suite.
"""

from __future__ import annotations

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
    "AUDIO_COMPONENT_CONFIGURATION_INFO_VALIDATION_RESULT",
    "AUDIO_TOOLBOX_VERSION",
    "AUDIO_UNIT_CARBON_VIEW_COMPONENT_TYPE",
    "AUDIO_UNIT_VERSION",
    "AU_CARBON_VIEW_SUBTYPE_GENERIC",
    "AU_PARAMETER_LISTENER_ANY_PARAMETER",
    "AUGraphErrorCode",
    "AUNodeInteractionType",
    "AudioComponentFlag",
    "AudioComponentInstantiationOption",
    "AudioComponentValidationParameterKey",
    "AudioComponentValidationResult",
    "AudioHardwareServiceProperty",
    "AudioOutputUnitSelector",
    "AudioServicesErrorCode",
    "AudioServicesProperty",
    "AudioUnitCarbonViewEvent",
    "AudioUnitCarbonViewSelector",
    "AudioUnitEventType",
    "InstrumentInfoKey",
    "SystemSoundID",
]

#: Version stamp of the AudioToolbox headers.
AUDIO_TOOLBOX_VERSION: Final = _constant("AUDIO_TOOLBOX_VERSION", 1060)
#: Version stamp of the AudioUnit headers.
AUDIO_UNIT_VERSION: Final = _constant("AUDIO_UNIT_VERSION", 1070)
#: Parameter ID that makes an ``AUParameterListener`` hear every parameter.
AU_PARAMETER_LISTENER_ANY_PARAMETER: Final = _constant(
    "kAUParameterListener_AnyParameter", 4294967295
)
#: Component type ``'auvw'`` of legacy Carbon AudioUnit views.
AUDIO_UNIT_CARBON_VIEW_COMPONENT_TYPE: Final = _constant(
    "kAudioUnitCarbonViewComponentType", 1635087991
)
#: Component subtype ``'gnrc'`` of the generic Carbon AudioUnit view.
AU_CARBON_VIEW_SUBTYPE_GENERIC: Final = _constant("kAUCarbonViewSubType_Generic", 1735291491)
#: Key of the validation result in ``AudioComponentCopyConfigurationInfo``.
AUDIO_COMPONENT_CONFIGURATION_INFO_VALIDATION_RESULT: Final = _constant(
    "kAudioComponentConfigurationInfo_ValidationResult", "ValidationResult"
)


class AudioServicesProperty(FourCCEnum):
    """Properties of system sounds (``AudioServicesPropertyID``).

    Apple's ``kAudioServicesProperty*`` constants (AudioToolbox/AudioServices.h).

    Example
    -------
    >>> from coremusic.constants import AudioServicesProperty, apple_name
    >>> AudioServicesProperty.COMPLETE_PLAYBACK_IF_APP_DIES
    <AudioServicesProperty.COMPLETE_PLAYBACK_IF_APP_DIES: 'ifdi'>
    >>> apple_name(AudioServicesProperty.COMPLETE_PLAYBACK_IF_APP_DIES)
    'kAudioServicesPropertyCompletePlaybackIfAppDies'
    """

    COMPLETE_PLAYBACK_IF_APP_DIES = (
        0x69666469,
        "kAudioServicesPropertyCompletePlaybackIfAppDies",
    )  # 'ifdi'
    IS_UI_SOUND = 0x69737569, "kAudioServicesPropertyIsUISound"  # 'isui'


class AudioServicesErrorCode(FourCCEnum):
    """Result codes of the AudioServices (system sound) API.

    Apple's ``kAudioServices*Error`` constants (AudioToolbox/AudioServices.h).

    Example
    -------
    >>> from coremusic.constants import AudioServicesErrorCode, apple_name
    >>> AudioServicesErrorCode.BAD_PROPERTY_SIZE
    <AudioServicesErrorCode.BAD_PROPERTY_SIZE: '!siz'>
    >>> apple_name(AudioServicesErrorCode.BAD_PROPERTY_SIZE)
    'kAudioServicesBadPropertySizeError'
    """

    BAD_PROPERTY_SIZE = 0x2173697A, "kAudioServicesBadPropertySizeError"  # '!siz'
    BAD_SPECIFIER_SIZE = 0x21737063, "kAudioServicesBadSpecifierSizeError"  # '!spc'
    NO_ERROR = 0, "kAudioServicesNoError"
    SYSTEM_SOUND_CLIENT_TIMED_OUT = -1501, "kAudioServicesSystemSoundClientTimedOutError"
    SYSTEM_SOUND_EXCEEDED_MAXIMUM_DURATION = (
        -1502,
        "kAudioServicesSystemSoundExceededMaximumDurationError",
    )
    SYSTEM_SOUND_UNSPECIFIED = -1500, "kAudioServicesSystemSoundUnspecifiedError"
    UNSUPPORTED_PROPERTY = 0x7074793F, "kAudioServicesUnsupportedPropertyError"  # 'pty?'


class SystemSoundID(AppleIntEnum):
    """Predefined ``SystemSoundID`` values.

    Apple's ``kSystemSoundID_*`` constants (AudioToolbox/AudioServices.h).

    Other Apple spellings bound to members (see ``apple_names``): ``kUserPreferredAlert``.

    Example
    -------
    >>> from coremusic.constants import SystemSoundID, apple_name
    >>> SystemSoundID.FLASH_SCREEN
    <SystemSoundID.FLASH_SCREEN: 4094>
    >>> apple_name(SystemSoundID.FLASH_SCREEN)
    'kSystemSoundID_FlashScreen'
    """

    FLASH_SCREEN = 4094, "kSystemSoundID_FlashScreen"
    VIBRATE = 4095, "kSystemSoundID_Vibrate"
    USER_PREFERRED_ALERT = 4096, "kSystemSoundID_UserPreferredAlert"


_alias(SystemSoundID.USER_PREFERRED_ALERT, "kUserPreferredAlert")


class AudioComponentFlag(AppleIntFlag):
    """Flags of an audio component (``AudioComponentFlags``).

    Apple's ``kAudioComponentFlag_*`` constants (AudioToolbox/AudioComponent.h).

    Example
    -------
    >>> from coremusic.constants import AudioComponentFlag, apple_name
    >>> AudioComponentFlag.UNSEARCHABLE
    <AudioComponentFlag.UNSEARCHABLE: 1>
    >>> apple_name(AudioComponentFlag.UNSEARCHABLE)
    'kAudioComponentFlag_Unsearchable'
    """

    UNSEARCHABLE = 1, "kAudioComponentFlag_Unsearchable"
    SANDBOX_SAFE = 2, "kAudioComponentFlag_SandboxSafe"
    IS_V3_AUDIO_UNIT = 4, "kAudioComponentFlag_IsV3AudioUnit"
    REQUIRES_ASYNC_INSTANTIATION = 8, "kAudioComponentFlag_RequiresAsyncInstantiation"
    CAN_LOAD_IN_PROCESS = 0x10, "kAudioComponentFlag_CanLoadInProcess"


class AudioComponentInstantiationOption(AppleIntFlag):
    """Options of ``AudioComponentInstantiate`` (``AudioComponentInstantiationOptions``).

    Apple's ``kAudioComponentInstantiation_Load*`` constants (AudioToolbox/AudioComponent.h).

    ``LOADED_REMOTELY`` is marked unavailable on macOS by the SDK.

    Example
    -------
    >>> from coremusic.constants import AudioComponentInstantiationOption, apple_name
    >>> AudioComponentInstantiationOption.LOAD_OUT_OF_PROCESS
    <AudioComponentInstantiationOption.LOAD_OUT_OF_PROCESS: 1>
    >>> apple_name(AudioComponentInstantiationOption.LOAD_OUT_OF_PROCESS)
    'kAudioComponentInstantiation_LoadOutOfProcess'
    """

    LOAD_OUT_OF_PROCESS = 1, "kAudioComponentInstantiation_LoadOutOfProcess"
    LOAD_IN_PROCESS = 2, "kAudioComponentInstantiation_LoadInProcess"
    LOADED_REMOTELY = 0x80000000, "kAudioComponentInstantiation_LoadedRemotely"


class AudioComponentValidationResult(AppleIntEnum):
    """Results of ``AudioComponentValidate`` (``AudioComponentValidationResult``).

    Apple's ``kAudioComponentValidationResult_*`` constants (AudioToolbox/AudioComponent.h).

    Example
    -------
    >>> from coremusic.constants import AudioComponentValidationResult, apple_name
    >>> AudioComponentValidationResult.UNKNOWN
    <AudioComponentValidationResult.UNKNOWN: 0>
    >>> apple_name(AudioComponentValidationResult.UNKNOWN)
    'kAudioComponentValidationResult_Unknown'
    """

    UNKNOWN = 0, "kAudioComponentValidationResult_Unknown"
    PASSED = 1, "kAudioComponentValidationResult_Passed"
    FAILED = 2, "kAudioComponentValidationResult_Failed"
    TIMED_OUT = 3, "kAudioComponentValidationResult_TimedOut"
    UNAUTHORIZED_ERROR_OPEN = 4, "kAudioComponentValidationResult_UnauthorizedError_Open"
    UNAUTHORIZED_ERROR_INIT = 5, "kAudioComponentValidationResult_UnauthorizedError_Init"


class AudioComponentValidationParameterKey(AppleStrEnum):
    """Keys of the parameter dictionary of ``AudioComponentValidate``.

    Apple's ``kAudioComponentValidationParameter_*`` constants (AudioToolbox/AudioComponent.h).

    Example
    -------
    >>> from coremusic.constants import AudioComponentValidationParameterKey, apple_name
    >>> AudioComponentValidationParameterKey.FORCE_VALIDATION
    <AudioComponentValidationParameterKey.FORCE_VALIDATION: 'ForceValidation'>
    >>> apple_name(AudioComponentValidationParameterKey.FORCE_VALIDATION)
    'kAudioComponentValidationParameter_ForceValidation'
    """

    FORCE_VALIDATION = "ForceValidation", "kAudioComponentValidationParameter_ForceValidation"
    LOAD_OUT_OF_PROCESS = "LoadOutOfProcess", "kAudioComponentValidationParameter_LoadOutOfProcess"
    TIME_OUT = "TimeOut", "kAudioComponentValidationParameter_TimeOut"


class AUGraphErrorCode(AppleIntEnum):
    """Result codes of the AUGraph services.

    Apple's ``kAUGraphErr_*`` constants (AudioToolbox/AUGraph.h).

    Example
    -------
    >>> from coremusic.constants import AUGraphErrorCode, apple_name
    >>> AUGraphErrorCode.INVALID_AUDIO_UNIT
    <AUGraphErrorCode.INVALID_AUDIO_UNIT: -10864>
    >>> apple_name(AUGraphErrorCode.INVALID_AUDIO_UNIT)
    'kAUGraphErr_InvalidAudioUnit'
    """

    INVALID_AUDIO_UNIT = -10864, "kAUGraphErr_InvalidAudioUnit"
    CANNOT_DO_IN_CURRENT_CONTEXT = -10863, "kAUGraphErr_CannotDoInCurrentContext"
    OUTPUT_NODE = -10862, "kAUGraphErr_OutputNodeErr"
    INVALID_CONNECTION = -10861, "kAUGraphErr_InvalidConnection"
    NODE_NOT_FOUND = -10860, "kAUGraphErr_NodeNotFound"


class AUNodeInteractionType(AppleIntEnum):
    """Kinds of ``AUNodeInteraction`` (connection or input callback).

    Apple's ``kAUNodeInteraction_*`` constants (AudioToolbox/AUGraph.h).

    Example
    -------
    >>> from coremusic.constants import AUNodeInteractionType, apple_name
    >>> AUNodeInteractionType.CONNECTION
    <AUNodeInteractionType.CONNECTION: 1>
    >>> apple_name(AUNodeInteractionType.CONNECTION)
    'kAUNodeInteraction_Connection'
    """

    CONNECTION = 1, "kAUNodeInteraction_Connection"
    INPUT_CALLBACK = 2, "kAUNodeInteraction_InputCallback"


class AudioOutputUnitSelector(AppleIntEnum):
    """Component selectors of I/O units (start, stop), for plug-in authors.

    Apple's ``kAudioOutputUnit*`` constants (AudioToolbox/AudioOutputUnit.h).

    Example
    -------
    >>> from coremusic.constants import AudioOutputUnitSelector, apple_name
    >>> AudioOutputUnitSelector.RANGE
    <AudioOutputUnitSelector.RANGE: 512>
    >>> apple_name(AudioOutputUnitSelector.RANGE)
    'kAudioOutputUnitRange'
    """

    RANGE = 512, "kAudioOutputUnitRange"
    START = 513, "kAudioOutputUnitStartSelect"
    STOP = 514, "kAudioOutputUnitStopSelect"


class AudioHardwareServiceProperty(FourCCEnum):
    """Properties of the AudioHardwareService layer (virtual main volume and balance).

    Apple's ``kAudioHardwareService*`` constants (AudioToolbox/AudioHardwareService.h).

    Aliases (one member, several names): ``VIRTUAL_MASTER_BALANCE`` = ``VIRTUAL_MAIN_BALANCE``,
    ``VIRTUAL_MASTER_VOLUME`` = ``VIRTUAL_MAIN_VOLUME``.

    Example
    -------
    >>> from coremusic.constants import AudioHardwareServiceProperty, apple_name
    >>> AudioHardwareServiceProperty.SERVICE_RESTARTED
    <AudioHardwareServiceProperty.SERVICE_RESTARTED: 'srst'>
    >>> apple_name(AudioHardwareServiceProperty.SERVICE_RESTARTED)
    'kAudioHardwareServiceProperty_ServiceRestarted'
    """

    SERVICE_RESTARTED = 0x73727374, "kAudioHardwareServiceProperty_ServiceRestarted"  # 'srst'
    VIRTUAL_MAIN_BALANCE = (
        0x766D6263,
        "kAudioHardwareServiceDeviceProperty_VirtualMainBalance",
    )  # 'vmbc'
    VIRTUAL_MASTER_BALANCE = (
        0x766D6263,
        "kAudioHardwareServiceDeviceProperty_VirtualMasterBalance",
    )  # 'vmbc', alias of VIRTUAL_MAIN_BALANCE
    VIRTUAL_MAIN_VOLUME = (
        0x766D7663,
        "kAudioHardwareServiceDeviceProperty_VirtualMainVolume",
    )  # 'vmvc'
    VIRTUAL_MASTER_VOLUME = (
        0x766D7663,
        "kAudioHardwareServiceDeviceProperty_VirtualMasterVolume",
    )  # 'vmvc', alias of VIRTUAL_MAIN_VOLUME


class AudioUnitEventType(AppleIntEnum):
    """Kinds of ``AudioUnitEvent`` (parameter changes, gestures, property changes).

    Apple's ``kAudioUnitEvent_*`` constants (AudioToolbox/AudioUnitUtilities.h).

    Example
    -------
    >>> from coremusic.constants import AudioUnitEventType, apple_name
    >>> AudioUnitEventType.PARAMETER_VALUE_CHANGE
    <AudioUnitEventType.PARAMETER_VALUE_CHANGE: 0>
    >>> apple_name(AudioUnitEventType.PARAMETER_VALUE_CHANGE)
    'kAudioUnitEvent_ParameterValueChange'
    """

    PARAMETER_VALUE_CHANGE = 0, "kAudioUnitEvent_ParameterValueChange"
    BEGIN_PARAMETER_CHANGE_GESTURE = 1, "kAudioUnitEvent_BeginParameterChangeGesture"
    END_PARAMETER_CHANGE_GESTURE = 2, "kAudioUnitEvent_EndParameterChangeGesture"
    PROPERTY_CHANGE = 3, "kAudioUnitEvent_PropertyChange"


class AudioUnitCarbonViewEvent(AppleIntEnum):
    """Mouse events of the legacy Carbon AudioUnit views.

    Apple's ``kAudioUnitCarbonViewEvent_Mouse*InControl`` constants
    (AudioToolbox/AudioUnitCarbonView.h).

    Example
    -------
    >>> from coremusic.constants import AudioUnitCarbonViewEvent, apple_name
    >>> AudioUnitCarbonViewEvent.MOUSE_DOWN_IN_CONTROL
    <AudioUnitCarbonViewEvent.MOUSE_DOWN_IN_CONTROL: 0>
    >>> apple_name(AudioUnitCarbonViewEvent.MOUSE_DOWN_IN_CONTROL)
    'kAudioUnitCarbonViewEvent_MouseDownInControl'
    """

    MOUSE_DOWN_IN_CONTROL = 0, "kAudioUnitCarbonViewEvent_MouseDownInControl"
    MOUSE_UP_IN_CONTROL = 1, "kAudioUnitCarbonViewEvent_MouseUpInControl"


class AudioUnitCarbonViewSelector(AppleIntEnum):
    """Component selectors of the legacy Carbon AudioUnit views.

    Apple's ``kAudioUnitCarbonView*`` constants (AudioToolbox/AudioUnitCarbonView.h).

    Example
    -------
    >>> from coremusic.constants import AudioUnitCarbonViewSelector, apple_name
    >>> AudioUnitCarbonViewSelector.RANGE
    <AudioUnitCarbonViewSelector.RANGE: 768>
    >>> apple_name(AudioUnitCarbonViewSelector.RANGE)
    'kAudioUnitCarbonViewRange'
    """

    RANGE = 768, "kAudioUnitCarbonViewRange"
    CREATE = 769, "kAudioUnitCarbonViewCreateSelect"
    SET_EVENT_LISTENER = 770, "kAudioUnitCarbonViewSetEventListenerSelect"


class InstrumentInfoKey(AppleStrEnum):
    """Keys of the instrument-info dictionaries of ``CopyInstrumentInfoFromSoundBank``.

    Apple's ``kInstrumentInfoKey_*`` constants (AudioToolbox/AudioToolbox.h).

    Example
    -------
    >>> from coremusic.constants import InstrumentInfoKey, apple_name
    >>> InstrumentInfoKey.LSB
    <InstrumentInfoKey.LSB: 'LSB'>
    >>> apple_name(InstrumentInfoKey.LSB)
    'kInstrumentInfoKey_LSB'
    """

    LSB = "LSB", "kInstrumentInfoKey_LSB"
    MSB = "MSB", "kInstrumentInfoKey_MSB"
    NAME = "name", "kInstrumentInfoKey_Name"
    PROGRAM = "program", "kInstrumentInfoKey_Program"
