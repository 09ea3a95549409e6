"""CoreMIDI constants: errors, notifications, object types, MIDI 2.0 messages, thru.

Values are Apple's, checked against the SDK facts by the test suite.
"""

from __future__ import annotations

from typing import Final

from coremusic.constants._base import AppleIntEnum, AppleIntFlag, AppleSymbolEnum, _constant

__all__ = [
    "MIDI_INVALID_UNIQUE_ID",
    "MIDI_THRU_CONNECTION_MAX_ENDPOINTS",
    "MIDICVStatus",
    "MIDIErrorCode",
    "MIDIMessageType",
    "MIDINoteAttribute",
    "MIDINotificationMessageID",
    "MIDIObjectProperty",
    "MIDIObjectType",
    "MIDIPerNoteManagementOption",
    "MIDIProgramChangeOption",
    "MIDIProtocolID",
    "MIDISysExStatus",
    "MIDISystemStatus",
    "MIDITransformControlType",
    "MIDITransformType",
    "MIDIUtilityStatus",
]

#: The ``MIDIUniqueID`` no object has.
MIDI_INVALID_UNIQUE_ID: Final = _constant("kMIDIInvalidUniqueID", 0)
#: Most sources or destinations of one thru connection.
MIDI_THRU_CONNECTION_MAX_ENDPOINTS: Final = _constant("kMIDIThruConnection_MaxEndpoints", 8)


class MIDIErrorCode(AppleIntEnum):
    """Result codes of the CoreMIDI services.

    Apple's ``kMIDI*`` constants (CoreMIDI/MIDIServices.h).

    Example
    -------
    >>> from coremusic.constants import MIDIErrorCode, apple_name
    >>> MIDIErrorCode.UNKNOWN_ERROR
    <MIDIErrorCode.UNKNOWN_ERROR: -10845>
    >>> apple_name(MIDIErrorCode.UNKNOWN_ERROR)
    'kMIDIUnknownError'
    """

    UNKNOWN_ERROR = -10845, "kMIDIUnknownError"
    NOT_PERMITTED = -10844, "kMIDINotPermitted"
    ID_NOT_UNIQUE = -10843, "kMIDIIDNotUnique"
    OBJECT_NOT_FOUND = -10842, "kMIDIObjectNotFound"
    WRONG_THREAD = -10841, "kMIDIWrongThread"
    SETUP_FORMAT = -10840, "kMIDISetupFormatErr"
    SERVER_START = -10839, "kMIDIServerStartErr"
    MESSAGE_SEND = -10838, "kMIDIMessageSendErr"
    NO_CURRENT_SETUP = -10837, "kMIDINoCurrentSetup"
    WRONG_PROPERTY_TYPE = -10836, "kMIDIWrongPropertyType"
    UNKNOWN_PROPERTY = -10835, "kMIDIUnknownProperty"
    UNKNOWN_ENDPOINT = -10834, "kMIDIUnknownEndpoint"
    NO_CONNECTION = -10833, "kMIDINoConnection"
    WRONG_ENDPOINT_TYPE = -10832, "kMIDIWrongEndpointType"
    INVALID_PORT = -10831, "kMIDIInvalidPort"
    INVALID_CLIENT = -10830, "kMIDIInvalidClient"


class MIDINotificationMessageID(AppleIntEnum):
    """Kinds of ``MIDINotification`` (``MIDINotificationMessageID``).

    Apple's ``kMIDIMsg*`` constants (CoreMIDI/MIDIServices.h).

    Example
    -------
    >>> from coremusic.constants import MIDINotificationMessageID, apple_name
    >>> MIDINotificationMessageID.SETUP_CHANGED
    <MIDINotificationMessageID.SETUP_CHANGED: 1>
    >>> apple_name(MIDINotificationMessageID.SETUP_CHANGED)
    'kMIDIMsgSetupChanged'
    """

    SETUP_CHANGED = 1, "kMIDIMsgSetupChanged"
    OBJECT_ADDED = 2, "kMIDIMsgObjectAdded"
    OBJECT_REMOVED = 3, "kMIDIMsgObjectRemoved"
    PROPERTY_CHANGED = 4, "kMIDIMsgPropertyChanged"
    THRU_CONNECTIONS_CHANGED = 5, "kMIDIMsgThruConnectionsChanged"
    SERIAL_PORT_OWNER_CHANGED = 6, "kMIDIMsgSerialPortOwnerChanged"
    IO_ERROR = 7, "kMIDIMsgIOError"


class MIDIObjectType(AppleIntEnum):
    """Kinds of CoreMIDI objects (``MIDIObjectType``).

    Apple's ``kMIDIObjectType_*`` constants (CoreMIDI/MIDIServices.h).

    Example
    -------
    >>> from coremusic.constants import MIDIObjectType, apple_name
    >>> MIDIObjectType.OTHER
    <MIDIObjectType.OTHER: -1>
    >>> apple_name(MIDIObjectType.OTHER)
    'kMIDIObjectType_Other'
    """

    OTHER = -1, "kMIDIObjectType_Other"
    DEVICE = 0, "kMIDIObjectType_Device"
    ENTITY = 1, "kMIDIObjectType_Entity"
    SOURCE = 2, "kMIDIObjectType_Source"
    DESTINATION = 3, "kMIDIObjectType_Destination"
    EXTERNAL_DEVICE = 16, "kMIDIObjectType_ExternalDevice"
    EXTERNAL_ENTITY = 17, "kMIDIObjectType_ExternalEntity"
    EXTERNAL_SOURCE = 18, "kMIDIObjectType_ExternalSource"
    EXTERNAL_DESTINATION = 19, "kMIDIObjectType_ExternalDestination"


class MIDIProtocolID(AppleIntEnum):
    """MIDI protocol versions of event lists (``MIDIProtocolID``).

    Apple's ``kMIDIProtocol_*`` constants (CoreMIDI/MIDIServices.h).

    Example
    -------
    >>> from coremusic.constants import MIDIProtocolID, apple_name
    >>> MIDIProtocolID.MIDI_1_0
    <MIDIProtocolID.MIDI_1_0: 1>
    >>> apple_name(MIDIProtocolID.MIDI_1_0)
    'kMIDIProtocol_1_0'
    """

    MIDI_1_0 = 1, "kMIDIProtocol_1_0"
    MIDI_2_0 = 2, "kMIDIProtocol_2_0"


class MIDIMessageType(AppleIntEnum):
    """Universal MIDI Packet message types (``MIDIMessageType``).

    Apple's ``kMIDIMessageType*`` constants (CoreMIDI/MIDIMessages.h).

    Example
    -------
    >>> from coremusic.constants import MIDIMessageType, apple_name
    >>> MIDIMessageType.UTILITY
    <MIDIMessageType.UTILITY: 0>
    >>> apple_name(MIDIMessageType.UTILITY)
    'kMIDIMessageTypeUtility'
    """

    UTILITY = 0, "kMIDIMessageTypeUtility"
    SYSTEM = 1, "kMIDIMessageTypeSystem"
    CHANNEL_VOICE1 = 2, "kMIDIMessageTypeChannelVoice1"
    SYSEX = 3, "kMIDIMessageTypeSysEx"
    CHANNEL_VOICE2 = 4, "kMIDIMessageTypeChannelVoice2"
    DATA128 = 5, "kMIDIMessageTypeData128"
    UNKNOWN_F = 15, "kMIDIMessageTypeUnknownF"


class MIDICVStatus(AppleIntEnum):
    """Channel-voice status nibbles of MIDI 2.0 UMP messages (``MIDICVStatus``).

    Apple's ``kMIDICVStatus*`` constants (CoreMIDI/MIDIMessages.h).

    Example
    -------
    >>> from coremusic.constants import MIDICVStatus, apple_name
    >>> MIDICVStatus.REGISTERED_PNC
    <MIDICVStatus.REGISTERED_PNC: 0>
    >>> apple_name(MIDICVStatus.REGISTERED_PNC)
    'kMIDICVStatusRegisteredPNC'
    """

    REGISTERED_PNC = 0, "kMIDICVStatusRegisteredPNC"
    ASSIGNABLE_PNC = 1, "kMIDICVStatusAssignablePNC"
    REGISTERED_CONTROL = 2, "kMIDICVStatusRegisteredControl"
    ASSIGNABLE_CONTROL = 3, "kMIDICVStatusAssignableControl"
    REL_REGISTERED_CONTROL = 4, "kMIDICVStatusRelRegisteredControl"
    REL_ASSIGNABLE_CONTROL = 5, "kMIDICVStatusRelAssignableControl"
    PER_NOTE_PITCH_BEND = 6, "kMIDICVStatusPerNotePitchBend"
    NOTE_OFF = 8, "kMIDICVStatusNoteOff"
    NOTE_ON = 9, "kMIDICVStatusNoteOn"
    POLY_PRESSURE = 10, "kMIDICVStatusPolyPressure"
    CONTROL_CHANGE = 11, "kMIDICVStatusControlChange"
    PROGRAM_CHANGE = 12, "kMIDICVStatusProgramChange"
    CHANNEL_PRESSURE = 13, "kMIDICVStatusChannelPressure"
    PITCH_BEND = 14, "kMIDICVStatusPitchBend"
    PER_NOTE_MGMT = 15, "kMIDICVStatusPerNoteMgmt"


class MIDISystemStatus(AppleIntEnum):
    """System status bytes as CoreMIDI names them (``MIDISystemStatus``).

    Apple's ``kMIDIStatus*`` constants (CoreMIDI/MIDIMessages.h).

    ``ACTIVE_SENDING`` is Apple's misspelt alias of ``ACTIVE_SENSING``.

    Aliases (one member, several names): ``ACTIVE_SENDING`` = ``ACTIVE_SENSING``.

    Example
    -------
    >>> from coremusic.constants import MIDISystemStatus, apple_name
    >>> MIDISystemStatus.START_OF_EXCLUSIVE
    <MIDISystemStatus.START_OF_EXCLUSIVE: 240>
    >>> apple_name(MIDISystemStatus.START_OF_EXCLUSIVE)
    'kMIDIStatusStartOfExclusive'
    """

    START_OF_EXCLUSIVE = 240, "kMIDIStatusStartOfExclusive"
    MTC = 241, "kMIDIStatusMTC"
    SONG_POS_POINTER = 242, "kMIDIStatusSongPosPointer"
    SONG_SELECT = 243, "kMIDIStatusSongSelect"
    TUNE_REQUEST = 246, "kMIDIStatusTuneRequest"
    END_OF_EXCLUSIVE = 247, "kMIDIStatusEndOfExclusive"
    TIMING_CLOCK = 248, "kMIDIStatusTimingClock"
    START = 250, "kMIDIStatusStart"
    CONTINUE = 251, "kMIDIStatusContinue"
    STOP = 252, "kMIDIStatusStop"
    ACTIVE_SENSING = 254, "kMIDIStatusActiveSensing"
    ACTIVE_SENDING = 254, "kMIDIStatusActiveSending"  # alias of ACTIVE_SENSING
    SYSTEM_RESET = 255, "kMIDIStatusSystemReset"


class MIDISysExStatus(AppleIntEnum):
    """Status of UMP system-exclusive packets (``MIDISysExStatus``).

    Apple's ``kMIDISysExStatus*`` constants (CoreMIDI/MIDIMessages.h).

    Example
    -------
    >>> from coremusic.constants import MIDISysExStatus, apple_name
    >>> MIDISysExStatus.COMPLETE
    <MIDISysExStatus.COMPLETE: 0>
    >>> apple_name(MIDISysExStatus.COMPLETE)
    'kMIDISysExStatusComplete'
    """

    COMPLETE = 0, "kMIDISysExStatusComplete"
    START = 1, "kMIDISysExStatusStart"
    CONTINUE = 2, "kMIDISysExStatusContinue"
    END = 3, "kMIDISysExStatusEnd"
    MIXED_DATA_SET_HEADER = 8, "kMIDISysExStatusMixedDataSetHeader"
    MIXED_DATA_SET_PAYLOAD = 9, "kMIDISysExStatusMixedDataSetPayload"


class MIDIUtilityStatus(AppleIntEnum):
    """Status of UMP utility messages (``MIDIUtilityStatus``).

    Apple's ``kMIDIUtilityStatus*`` constants (CoreMIDI/MIDIMessages.h).

    Example
    -------
    >>> from coremusic.constants import MIDIUtilityStatus, apple_name
    >>> MIDIUtilityStatus.NOOP
    <MIDIUtilityStatus.NOOP: 0>
    >>> apple_name(MIDIUtilityStatus.NOOP)
    'kMIDIUtilityStatusNOOP'
    """

    NOOP = 0, "kMIDIUtilityStatusNOOP"
    JITTER_REDUCTION_CLOCK = 1, "kMIDIUtilityStatusJitterReductionClock"
    JITTER_REDUCTION_TIMESTAMP = 2, "kMIDIUtilityStatusJitterReductionTimestamp"


class MIDINoteAttribute(AppleIntEnum):
    """Attribute types of MIDI 2.0 note messages (``MIDINoteAttribute``).

    Apple's ``kMIDINoteAttribute*`` constants (CoreMIDI/MIDIMessages.h).

    Example
    -------
    >>> from coremusic.constants import MIDINoteAttribute, apple_name
    >>> MIDINoteAttribute.NONE
    <MIDINoteAttribute.NONE: 0>
    >>> apple_name(MIDINoteAttribute.NONE)
    'kMIDINoteAttributeNone'
    """

    NONE = 0, "kMIDINoteAttributeNone"
    MANUFACTURER_SPECIFIC = 1, "kMIDINoteAttributeManufacturerSpecific"
    PROFILE_SPECIFIC = 2, "kMIDINoteAttributeProfileSpecific"
    PITCH = 3, "kMIDINoteAttributePitch"


class MIDIPerNoteManagementOption(AppleIntFlag):
    """Options of MIDI 2.0 per-note management messages.

    Apple's ``kMIDIPerNoteManagement*`` constants (CoreMIDI/MIDIMessages.h).

    Example
    -------
    >>> from coremusic.constants import MIDIPerNoteManagementOption, apple_name
    >>> MIDIPerNoteManagementOption.RESET
    <MIDIPerNoteManagementOption.RESET: 1>
    >>> apple_name(MIDIPerNoteManagementOption.RESET)
    'kMIDIPerNoteManagementReset'
    """

    RESET = 1, "kMIDIPerNoteManagementReset"
    DETACH = 2, "kMIDIPerNoteManagementDetach"


class MIDIProgramChangeOption(AppleIntFlag):
    """Options of MIDI 2.0 program-change messages.

    Apple's constant ``kMIDIProgramChangeBankValid`` (CoreMIDI/MIDIMessages.h).

    Example
    -------
    >>> from coremusic.constants import MIDIProgramChangeOption, apple_name
    >>> MIDIProgramChangeOption.BANK_VALID
    <MIDIProgramChangeOption.BANK_VALID: 1>
    >>> apple_name(MIDIProgramChangeOption.BANK_VALID)
    'kMIDIProgramChangeBankValid'
    """

    BANK_VALID = 1, "kMIDIProgramChangeBankValid"


class MIDITransformType(AppleIntEnum):
    """Transforms of a MIDI thru connection (``MIDITransformType``).

    Apple's ``kMIDITransform_*`` constants (CoreMIDI/MIDIThruConnection.h).

    Example
    -------
    >>> from coremusic.constants import MIDITransformType, apple_name
    >>> MIDITransformType.NONE
    <MIDITransformType.NONE: 0>
    >>> apple_name(MIDITransformType.NONE)
    'kMIDITransform_None'
    """

    NONE = 0, "kMIDITransform_None"
    FILTER_OUT = 1, "kMIDITransform_FilterOut"
    MAP_CONTROL = 2, "kMIDITransform_MapControl"
    ADD = 8, "kMIDITransform_Add"
    SCALE = 9, "kMIDITransform_Scale"
    MIN_VALUE = 10, "kMIDITransform_MinValue"
    MAX_VALUE = 11, "kMIDITransform_MaxValue"
    MAP_VALUE = 12, "kMIDITransform_MapValue"


class MIDITransformControlType(AppleIntEnum):
    """Controller kinds of a thru connection's control transform (``MIDITransformControlType``).

    Apple's ``kMIDIControlType_*`` constants (CoreMIDI/MIDIThruConnection.h).

    Example
    -------
    >>> from coremusic.constants import MIDITransformControlType, apple_name
    >>> MIDITransformControlType.CONTROL_7_BIT
    <MIDITransformControlType.CONTROL_7_BIT: 0>
    >>> apple_name(MIDITransformControlType.CONTROL_7_BIT)
    'kMIDIControlType_7Bit'
    """

    CONTROL_7_BIT = 0, "kMIDIControlType_7Bit"
    CONTROL_14_BIT = 1, "kMIDIControlType_14Bit"
    CONTROL_7_BIT_RPN = 2, "kMIDIControlType_7BitRPN"
    CONTROL_14_BIT_RPN = 3, "kMIDIControlType_14BitRPN"
    CONTROL_7_BIT_NRPN = 4, "kMIDIControlType_7BitNRPN"
    CONTROL_14_BIT_NRPN = 5, "kMIDIControlType_14BitNRPN"


class MIDIObjectProperty(AppleSymbolEnum):
    """Properties of CoreMIDI objects, named by their exported ``CFStringRef`` symbol.

    Apple's ``kMIDIProperty*`` constants (CoreMIDI/MIDIServices.h).

    CoreMIDI property keys are ``CFStringRef`` globals, not numbers: each value
    is the symbol the binding reads from the CoreMIDI library (the strings
    themselves live there), e.g. ``MIDIObjectProperty.NAME == 'kMIDIPropertyName'``.

    Aliases (one member, several names): ``ADVANCE_SCHEDULE_TIME_MUSC`` =
    ``ADVANCE_SCHEDULE_TIME_MU_SEC`` (name kept from coremusic 0.2).

    Example
    -------
    >>> from coremusic.constants import MIDIObjectProperty, apple_name
    >>> MIDIObjectProperty.ADVANCE_SCHEDULE_TIME_MU_SEC
    <MIDIObjectProperty.ADVANCE_SCHEDULE_TIME_MU_SEC: 'kMIDIPropertyAdvanceScheduleTimeMuSec'>
    >>> apple_name(MIDIObjectProperty.ADVANCE_SCHEDULE_TIME_MU_SEC)
    'kMIDIPropertyAdvanceScheduleTimeMuSec'
    """

    ADVANCE_SCHEDULE_TIME_MU_SEC = "kMIDIPropertyAdvanceScheduleTimeMuSec"
    ADVANCE_SCHEDULE_TIME_MUSC = "kMIDIPropertyAdvanceScheduleTimeMuSec"  # coremusic 0.2 name
    CAN_ROUTE = "kMIDIPropertyCanRoute"
    CONNECTION_UNIQUE_ID = "kMIDIPropertyConnectionUniqueID"
    DEVICE_ID = "kMIDIPropertyDeviceID"
    DISPLAY_NAME = "kMIDIPropertyDisplayName"
    DRIVER_DEVICE_EDITOR_APP = "kMIDIPropertyDriverDeviceEditorApp"
    DRIVER_OWNER = "kMIDIPropertyDriverOwner"
    DRIVER_VERSION = "kMIDIPropertyDriverVersion"
    FACTORY_PATCH_NAME_FILE = "kMIDIPropertyFactoryPatchNameFile"
    IMAGE = "kMIDIPropertyImage"
    IS_BROADCAST = "kMIDIPropertyIsBroadcast"
    IS_DRUM_MACHINE = "kMIDIPropertyIsDrumMachine"
    IS_EFFECT_UNIT = "kMIDIPropertyIsEffectUnit"
    IS_EMBEDDED_ENTITY = "kMIDIPropertyIsEmbeddedEntity"
    IS_MIXER = "kMIDIPropertyIsMixer"
    IS_SAMPLER = "kMIDIPropertyIsSampler"
    MANUFACTURER = "kMIDIPropertyManufacturer"
    MAX_RECEIVE_CHANNELS = "kMIDIPropertyMaxReceiveChannels"
    MAX_SYSEX_SPEED = "kMIDIPropertyMaxSysExSpeed"
    MAX_TRANSMIT_CHANNELS = "kMIDIPropertyMaxTransmitChannels"
    MODEL = "kMIDIPropertyModel"
    NAME = "kMIDIPropertyName"
    NAME_CONFIGURATION = "kMIDIPropertyNameConfiguration"
    NAME_CONFIGURATION_DICTIONARY = "kMIDIPropertyNameConfigurationDictionary"
    OFFLINE = "kMIDIPropertyOffline"
    PAN_DISRUPTS_STEREO = "kMIDIPropertyPanDisruptsStereo"
    PRIVATE = "kMIDIPropertyPrivate"
    PROTOCOL_ID = "kMIDIPropertyProtocolID"
    RECEIVES_BANK_SELECT_LSB = "kMIDIPropertyReceivesBankSelectLSB"
    RECEIVES_BANK_SELECT_MSB = "kMIDIPropertyReceivesBankSelectMSB"
    RECEIVES_CLOCK = "kMIDIPropertyReceivesClock"
    RECEIVES_MTC = "kMIDIPropertyReceivesMTC"
    RECEIVES_NOTES = "kMIDIPropertyReceivesNotes"
    RECEIVES_PROGRAM_CHANGES = "kMIDIPropertyReceivesProgramChanges"
    RECEIVE_CHANNELS = "kMIDIPropertyReceiveChannels"
    SINGLE_REALTIME_ENTITY = "kMIDIPropertySingleRealtimeEntity"
    SUPPORTS_GENERAL_MIDI = "kMIDIPropertySupportsGeneralMIDI"
    SUPPORTS_MMC = "kMIDIPropertySupportsMMC"
    SUPPORTS_SHOW_CONTROL = "kMIDIPropertySupportsShowControl"
    TRANSMITS_BANK_SELECT_LSB = "kMIDIPropertyTransmitsBankSelectLSB"
    TRANSMITS_BANK_SELECT_MSB = "kMIDIPropertyTransmitsBankSelectMSB"
    TRANSMITS_CLOCK = "kMIDIPropertyTransmitsClock"
    TRANSMITS_MTC = "kMIDIPropertyTransmitsMTC"
    TRANSMITS_NOTES = "kMIDIPropertyTransmitsNotes"
    TRANSMITS_PROGRAM_CHANGES = "kMIDIPropertyTransmitsProgramChanges"
    TRANSMIT_CHANNELS = "kMIDIPropertyTransmitChannels"
    UMP_ACTIVE_GROUP_BITMAP = "kMIDIPropertyUMPActiveGroupBitmap"
    UMP_CAN_TRANSMIT_GROUPLESS = "kMIDIPropertyUMPCanTransmitGroupless"
    UNIQUE_ID = "kMIDIPropertyUniqueID"
    USER_PATCH_NAME_FILE = "kMIDIPropertyUserPatchNameFile"
