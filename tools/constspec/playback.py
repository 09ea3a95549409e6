"""Specifications: AudioToolbox queues, services, players, clock, audio session."""

from __future__ import annotations

from constgen import Cls, Module

from ._common import _e

# --------------------------------------------------------------------------- queue
QUEUE = Module(
    name="queue",
    summary="AudioQueue constants (AudioToolbox/AudioQueue.h).",
    headers=("AudioToolbox/AudioQueue.h",),
    classes=[
        _e(
            "AudioQueueProperty",
            r"kAudioQueue(Device)?Property_\w+",
            "kAudioQueueProperty_",
            "Properties of an ``AudioQueueRef`` (``AudioQueuePropertyID``).",
            base="FourCCEnum",
            overrides={
                "kAudioQueueDeviceProperty_SampleRate": "DEVICE_SAMPLE_RATE",
                "kAudioQueueDeviceProperty_NumberChannels": "DEVICE_NUMBER_CHANNELS",
            },
        ),
        _e(
            "AudioQueueParameter",
            r"kAudioQueueParam_\w+",
            "kAudioQueueParam_",
            "Parameters of ``AudioQueueSetParameter`` (``AudioQueueParameterID``).",
            compat={
                "PLAYBACK_RATE": "kAudioQueueParam_PlayRate",
                "VolumeRampTime": "kAudioQueueParam_VolumeRampTime",
            },
        ),
        _e(
            "AudioQueueErrorCode",
            r"kAudioQueueErr_\w+",
            "kAudioQueueErr_",
            "Result codes of the AudioQueue services.",
        ),
        _e(
            "AudioQueueProcessingTapFlag",
            r"kAudioQueueProcessingTap_\w+",
            "kAudioQueueProcessingTap_",
            "Flags of an audio-queue processing tap (``AudioQueueProcessingTapFlags``).",
            base="AppleIntFlag",
        ),
        _e(
            "AudioQueueTimePitchAlgorithm",
            r"kAudioQueueTimePitchAlgorithm_\w+",
            "kAudioQueueTimePitchAlgorithm_",
            "Values of ``kAudioQueueProperty_TimePitchAlgorithm``.",
            base="FourCCEnum",
        ),
    ],
)


# --------------------------------------------------------------------------- toolbox
TOOLBOX = Module(
    name="toolbox",
    summary="AudioServices, AudioComponent, AUGraph and I/O-unit constants (AudioToolbox).",
    headers=(
        "AudioToolbox/AudioServices.h",
        "AudioToolbox/AudioComponent.h",
        "AudioToolbox/AUGraph.h",
        "AudioToolbox/AudioOutputUnit.h",
        "AudioToolbox/AudioHardwareService.h",
        "AudioToolbox/AudioUnitUtilities.h",
        "AudioToolbox/AudioUnitCarbonView.h",
        "AudioToolbox/AudioToolbox.h",
        "AudioToolbox/AudioUnit.h",
    ),
    classes=[
        _e(
            "AudioServicesProperty",
            r"kAudioServicesProperty\w+",
            "kAudioServicesProperty",
            "Properties of system sounds (``AudioServicesPropertyID``).",
            base="FourCCEnum",
        ),
        _e(
            "AudioServicesErrorCode",
            r"kAudioServices\w+Error|kAudioServicesNoError",
            "kAudioServices",
            "Result codes of the AudioServices (system sound) API.",
            base="FourCCEnum",
            suffix="Error",
            overrides={"kAudioServicesNoError": "NO_ERROR"},
        ),
        _e(
            "SystemSoundID",
            r"kSystemSoundID_\w+",
            "kSystemSoundID_",
            "Predefined ``SystemSoundID`` values.",
            aliases={"kUserPreferredAlert": "kSystemSoundID_UserPreferredAlert"},
        ),
        _e(
            "AudioComponentFlag",
            r"kAudioComponentFlag_\w+",
            "kAudioComponentFlag_",
            "Flags of an audio component (``AudioComponentFlags``).",
            base="AppleIntFlag",
        ),
        _e(
            "AudioComponentInstantiationOption",
            r"kAudioComponentInstantiation_\w+",
            "kAudioComponentInstantiation_",
            "Options of ``AudioComponentInstantiate`` (``AudioComponentInstantiationOptions``).",
            base="AppleIntFlag",
            notes="``LOADED_REMOTELY`` is marked unavailable on macOS by the SDK.",
        ),
        _e(
            "AudioComponentValidationResult",
            r"kAudioComponentValidationResult_\w+",
            "kAudioComponentValidationResult_",
            "Results of ``AudioComponentValidate`` (``AudioComponentValidationResult``).",
        ),
        Cls(
            "AudioComponentValidationParameterKey",
            "AppleStrEnum",
            "Keys of the parameter dictionary of ``AudioComponentValidate``.",
            r"kAudioComponentValidationParameter_\w+",
            "kAudioComponentValidationParameter_",
            strings=True,
        ),
        _e(
            "AUGraphErrorCode",
            r"kAUGraphErr_\w+",
            "kAUGraphErr_",
            "Result codes of the AUGraph services.",
            suffix="Err",
        ),
        _e(
            "AUNodeInteractionType",
            r"kAUNodeInteraction_\w+",
            "kAUNodeInteraction_",
            "Kinds of ``AUNodeInteraction`` (connection or input callback).",
        ),
        _e(
            "AudioOutputUnitSelector",
            r"kAudioOutputUnit\w+",
            "kAudioOutputUnit",
            "Component selectors of I/O units (start, stop), for plug-in authors.",
            suffix="Select",
        ),
        _e(
            "AudioHardwareServiceProperty",
            r"kAudioHardwareService(Device)?Property_\w+",
            ("kAudioHardwareServiceProperty_", "kAudioHardwareServiceDeviceProperty_"),
            "Properties of the AudioHardwareService layer (virtual main volume and balance).",
            base="FourCCEnum",
        ),
        _e(
            "AudioUnitEventType",
            r"kAudioUnitEvent_\w+",
            "kAudioUnitEvent_",
            "Kinds of ``AudioUnitEvent`` (parameter changes, gestures, property changes).",
        ),
        _e(
            "AudioUnitCarbonViewEvent",
            r"kAudioUnitCarbonViewEvent_\w+",
            "kAudioUnitCarbonViewEvent_",
            "Mouse events of the legacy Carbon AudioUnit views.",
        ),
        _e(
            "AudioUnitCarbonViewSelector",
            r"kAudioUnitCarbonView(Range|CreateSelect|SetEventListenerSelect)",
            "kAudioUnitCarbonView",
            "Component selectors of the legacy Carbon AudioUnit views.",
            suffix="Select",
            overrides={"kAudioUnitCarbonViewRange": "RANGE"},
        ),
        Cls(
            "InstrumentInfoKey",
            "AppleStrEnum",
            "Keys of the instrument-info dictionaries of ``CopyInstrumentInfoFromSoundBank``.",
            r"kInstrumentInfoKey_\w+",
            "kInstrumentInfoKey_",
            strings=True,
        ),
    ],
    plain={
        "AUDIO_TOOLBOX_VERSION": (
            "AUDIO_TOOLBOX_VERSION",
            "Version stamp of the AudioToolbox headers.",
        ),
        "AUDIO_UNIT_VERSION": ("AUDIO_UNIT_VERSION", "Version stamp of the AudioUnit headers."),
        "kAUParameterListener_AnyParameter": (
            "AU_PARAMETER_LISTENER_ANY_PARAMETER",
            "Parameter ID that makes an ``AUParameterListener`` hear every parameter.",
        ),
        "kAudioUnitCarbonViewComponentType": (
            "AUDIO_UNIT_CARBON_VIEW_COMPONENT_TYPE",
            "Component type ``'auvw'`` of legacy Carbon AudioUnit views.",
        ),
        "kAUCarbonViewSubType_Generic": (
            "AU_CARBON_VIEW_SUBTYPE_GENERIC",
            "Component subtype ``'gnrc'`` of the generic Carbon AudioUnit view.",
        ),
        "kAudioComponentConfigurationInfo_ValidationResult": (
            "AUDIO_COMPONENT_CONFIGURATION_INFO_VALIDATION_RESULT",
            "Key of the validation result in ``AudioComponentCopyConfigurationInfo``.",
        ),
    },
)


# --------------------------------------------------------------------------- musicplayer
MUSICPLAYER = Module(
    name="musicplayer",
    summary="MusicPlayer, MusicSequence and MusicDevice constants (AudioToolbox).",
    headers=("AudioToolbox/MusicPlayer.h", "AudioToolbox/MusicDevice.h"),
    classes=[
        _e(
            "MusicPlayerErrorCode",
            r"kAudioToolboxErr(or)?_\w+",
            ("kAudioToolboxErr_", "kAudioToolboxError_"),
            "Result codes of MusicPlayer, MusicSequence and MusicTrack (``kAudioToolboxErr_*``).",
        ),
        _e(
            "MusicEventType",
            r"kMusicEventType_\w+",
            "kMusicEventType_",
            "Kinds of events in a ``MusicTrack`` (``MusicEventType``).",
        ),
        _e(
            "MusicSequenceFileFlag",
            r"kMusicSequenceFileFlags_\w+",
            "kMusicSequenceFileFlags_",
            "Options of ``MusicSequenceFileCreate`` (``MusicSequenceFileFlags``).",
            base="AppleIntFlag",
        ),
        _e(
            "MusicSequenceFileType",
            r"kMusicSequenceFile_\w+Type",
            "kMusicSequenceFile_",
            "File types of ``MusicSequenceFileLoad`` (``MusicSequenceFileTypeID``).",
            base="FourCCEnum",
            suffix="Type",
        ),
        _e(
            "MusicSequenceLoadFlag",
            r"kMusicSequenceLoadSMF_\w+",
            "kMusicSequenceLoadSMF_",
            "Options of ``MusicSequenceFileLoad`` (``MusicSequenceLoadFlags``).",
            base="AppleIntFlag",
        ),
        _e(
            "MusicSequenceType",
            r"kMusicSequenceType_\w+",
            "kMusicSequenceType_",
            "Time base of a ``MusicSequence`` (``MusicSequenceType``).",
            base="FourCCEnum",
        ),
        _e(
            "SequenceTrackProperty",
            r"kSequenceTrackProperty_\w+",
            "kSequenceTrackProperty_",
            "Properties of a ``MusicTrack``.",
        ),
        _e(
            "MusicDeviceSelector",
            r"kMusicDevice\w+Select|kMusicDeviceRange",
            "kMusicDevice",
            "Component selectors of music devices, for plug-in authors.",
            suffix="Select",
            overrides={"kMusicDeviceRange": "RANGE"},
        ),
        _e(
            "MusicNoteEvent",
            r"kMusicNoteEvent_\w+",
            "kMusicNoteEvent_",
            "Special ``MusicDeviceGroupID`` / instrument values of ``MusicDeviceStartNote``.",
            prefer=("kMusicNoteEvent_UseGroupInstrument",),
        ),
    ],
    extra_plain=[
        (
            "MUSIC_TIME_STAMP_END_OF_TRACK",
            "kMusicTimeStamp_EndOfTrack",
            "1.7976931348623157e308",
            "Time stamp (in beats) meaning the end of a track: the largest double.",
        ),
    ],
)


# --------------------------------------------------------------------------- clock
CLOCK = Module(
    name="clock",
    summary="CoreAudioClock constants (AudioToolbox/CoreAudioClock.h).",
    headers=("AudioToolbox/CoreAudioClock.h",),
    classes=[
        _e(
            "CAClockProperty",
            r"kCAClockProperty_\w+",
            "kCAClockProperty_",
            "Properties of a ``CAClockRef`` (``CAClockPropertyID``).",
            base="FourCCEnum",
        ),
        _e(
            "CAClockMessage",
            r"kCAClockMessage_\w+",
            "kCAClockMessage_",
            "Notifications of a clock listener (``CAClockMessage``).",
            base="FourCCEnum",
        ),
        _e(
            "CAClockSyncMode",
            r"kCAClockSyncMode_\w+",
            "kCAClockSyncMode_",
            "Synchronisation modes of a clock (``CAClockSyncMode``).",
            base="FourCCEnum",
        ),
        _e(
            "CAClockTimeFormat",
            r"kCAClockTimeFormat_\w+",
            "kCAClockTimeFormat_",
            "Time formats a clock converts between (``CAClockTimeFormat``).",
            base="FourCCEnum",
        ),
        _e(
            "CAClockTimebase",
            r"kCAClockTimebase_\w+",
            "kCAClockTimebase_",
            "Time bases a clock can follow (``CAClockTimebase``).",
            base="FourCCEnum",
        ),
        _e(
            "CAClockErrorCode",
            r"kCAClock_\w+Error",
            "kCAClock_",
            "Result codes of the CoreAudioClock services.",
            suffix="Error",
        ),
    ],
)


# --------------------------------------------------------------------------- session
SESSION = Module(
    name="session",
    summary="The deprecated C audio-session API of iOS (AudioToolbox/AudioSession.h).",
    headers=("AudioToolbox/AudioSession.h",),
    classes=[
        _e(
            "AudioSessionProperty",
            r"kAudioSessionProperty_\w+",
            "kAudioSessionProperty_",
            "Properties of the (iOS) audio session.",
            base="FourCCEnum",
        ),
        _e(
            "AudioSessionCategory",
            r"kAudioSessionCategory_\w+",
            "kAudioSessionCategory_",
            "Audio-session categories.",
            base="FourCCEnum",
        ),
        _e(
            "AudioSessionMode",
            r"kAudioSessionMode_\w+",
            "kAudioSessionMode_",
            "Audio-session modes.",
            base="FourCCEnum",
        ),
        _e(
            "AudioSessionErrorCode",
            r"kAudioSession\w+Error|kAudioSessionNoError|kAudioServicesNoHardwareError"
            r"|kAudioSession(AlreadyInitialized|IncompatibleCategory|NoCategorySet|NotInitialized)",
            "kAudioSession",
            "Result codes of the audio-session API.",
            base="FourCCEnum",
            suffix="Error",
            overrides={
                "kAudioSessionNoError": "NO_ERROR",
                "kAudioServicesNoHardwareError": "NO_HARDWARE",
            },
        ),
        _e(
            "AudioSessionInterruptionState",
            r"kAudioSession(Begin|End)Interruption",
            "kAudioSession",
            "States passed to the interruption listener.",
            suffix="Interruption",
        ),
        _e(
            "AudioSessionInterruptionType",
            r"kAudioSessionInterruptionType_\w+",
            "kAudioSessionInterruptionType_",
            "Whether playback should resume after an interruption.",
            base="FourCCEnum",
        ),
        _e(
            "AudioSessionOverrideAudioRoute",
            r"kAudioSessionOverrideAudioRoute_\w+",
            "kAudioSessionOverrideAudioRoute_",
            "Values of ``kAudioSessionProperty_OverrideAudioRoute``.",
            base="FourCCEnum",
        ),
        _e(
            "AudioSessionRouteChangeReason",
            r"kAudioSessionRouteChangeReason_\w+",
            "kAudioSessionRouteChangeReason_",
            "Reasons of an audio route change.",
        ),
        _e(
            "AudioSessionSetActiveFlag",
            r"kAudioSessionSetActiveFlag_\w+",
            "kAudioSessionSetActiveFlag_",
            "Options of ``AudioSessionSetActiveWithFlags``.",
            base="AppleIntFlag",
        ),
        Cls(
            "AudioSessionRouteChangeKey",
            "AppleStrEnum",
            "Keys of the route-change dictionary.",
            r"kAudioSession_AudioRouteChangeKey_\w+",
            "kAudioSession_AudioRouteChangeKey_",
            strings=True,
        ),
    ],
)
