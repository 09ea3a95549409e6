/* AudioToolbox/AudioUnit.h: cffi declarations for coremusic (framework: AudioToolbox).
   Written from the SDK ABI facts (MacOSX14.2.sdk); checked by tests/abi. */

/* ---- record tags ---- */
struct ComponentInstanceRecord;
struct OpaqueAudioComponent;
struct os_workgroup_s;
struct AUChannelInfo;
struct AUDependentParameter;
struct AUDistanceAttenuationData;
struct AUHostIdentifier;
struct AUHostVersionIdentifier;
struct AUInputSamplesInOutputCallbackStruct;
struct AUMIDIOutputCallbackStruct;
struct AUNumVersion;
struct AUParameterMIDIMapping;
struct AUPreset;
struct AURenderCallbackStruct;
struct AUSamplerBankPresetData;
struct AUSamplerInstrumentData;
struct AUVoiceIOOtherAudioDuckingConfiguration;
struct AudioComponentDescription;
struct AudioComponentPlugInInterface;
struct AudioOutputUnitMIDICallbacks;
struct AudioOutputUnitStartAtTimeParams;
struct AudioUnitCocoaViewInfo;
struct AudioUnitConnection;
struct AudioUnitExternalBuffer;
struct AudioUnitFrequencyResponseBin;
struct AudioUnitMIDIControlMapping;
struct AudioUnitMeterClipping;
struct AudioUnitOtherPluginDesc;
struct AudioUnitParameter;
struct AudioUnitParameterEvent;
struct AudioUnitParameterHistoryInfo;
struct AudioUnitParameterInfo;
struct AudioUnitParameterNameInfo;
struct AudioUnitParameterStringFromValue;
struct AudioUnitParameterValueFromString;
struct AudioUnitParameterValueName;
struct AudioUnitParameterValueTranslation;
struct AudioUnitPresetMAS_SettingData;
struct AudioUnitPresetMAS_Settings;
struct AudioUnitProperty;
struct AudioUnitRenderContext;
struct HostCallbackInfo;
struct MixerDistanceParams;
struct MusicDeviceNoteParams;
struct MusicDeviceStdNoteParams;
struct NoteParamsControlValue;
struct ScheduledAudioFileRegion;
struct ScheduledAudioSlice;

/* ---- types ---- */
typedef UInt32 AU3DMixerAttenuationCurve;
typedef UInt32 AU3DMixerRenderingFlags;
typedef struct AUChannelInfo AUChannelInfo;
typedef struct AUDependentParameter AUDependentParameter;
typedef struct AUDistanceAttenuationData AUDistanceAttenuationData;
typedef int64_t AUEventSampleTime;
typedef struct AUHostIdentifier AUHostIdentifier;
typedef struct AUHostVersionIdentifier AUHostVersionIdentifier;
typedef void (*AUInputSamplesInOutputCallback)(void *, const AudioTimeStamp *, Float64, Float64);
typedef struct AUInputSamplesInOutputCallbackStruct AUInputSamplesInOutputCallbackStruct;
typedef struct AUMIDIOutputCallbackStruct AUMIDIOutputCallbackStruct;
typedef struct AUNumVersion AUNumVersion;
typedef UInt32 AUParameterEventType;
typedef struct AUParameterMIDIMapping AUParameterMIDIMapping;
typedef UInt32 AUParameterMIDIMappingFlags;
typedef struct AUPreset AUPreset;
typedef struct AURenderCallbackStruct AURenderCallbackStruct;
typedef UInt32 AUReverbRoomType;
typedef struct AUSamplerBankPresetData AUSamplerBankPresetData;
typedef struct AUSamplerInstrumentData AUSamplerInstrumentData;
typedef UInt32 AUScheduledAudioSliceFlags;
typedef UInt32 AUSpatialMixerAttenuationCurve;
typedef UInt32 AUSpatialMixerOutputType;
typedef UInt32 AUSpatialMixerPersonalizedHRTFMode;
typedef UInt32 AUSpatialMixerPointSourceInHeadMode;
typedef UInt32 AUSpatialMixerRenderingFlags;
typedef UInt32 AUSpatialMixerSourceMode;
typedef UInt32 AUSpatializationAlgorithm;
typedef struct AUVoiceIOOtherAudioDuckingConfiguration AUVoiceIOOtherAudioDuckingConfiguration;
typedef UInt32 AUVoiceIOOtherAudioDuckingLevel;
typedef UInt32 AUVoiceIOSpeechActivityEvent;
typedef struct OpaqueAudioComponent *AudioComponent;
typedef struct AudioComponentDescription AudioComponentDescription;
typedef UInt32 AudioComponentFlags;
typedef struct ComponentInstanceRecord *AudioComponentInstance;
typedef UInt32 AudioComponentInstantiationOptions;
typedef OSStatus (*AudioComponentMethod)(void *, ...);
typedef struct AudioComponentPlugInInterface AudioComponentPlugInInterface;
typedef UInt32 AudioComponentValidationResult;
typedef struct AudioOutputUnitMIDICallbacks AudioOutputUnitMIDICallbacks;
typedef struct AudioOutputUnitStartAtTimeParams AudioOutputUnitStartAtTimeParams;
typedef OSStatus (*AudioOutputUnitStartProc)(void *);
typedef OSStatus (*AudioOutputUnitStopProc)(void *);
typedef AudioComponentInstance AudioUnit;
typedef struct AudioUnitCocoaViewInfo AudioUnitCocoaViewInfo;
typedef struct AudioUnitConnection AudioUnitConnection;
typedef UInt32 AudioUnitElement;
typedef struct AudioUnitExternalBuffer AudioUnitExternalBuffer;
typedef struct AudioUnitFrequencyResponseBin AudioUnitFrequencyResponseBin;
typedef OSStatus (*AudioUnitInitializeProc)(void *);
typedef struct AudioUnitMIDIControlMapping AudioUnitMIDIControlMapping;
typedef struct AudioUnitMeterClipping AudioUnitMeterClipping;
typedef struct AudioUnitOtherPluginDesc AudioUnitOtherPluginDesc;
typedef struct AudioUnitParameter AudioUnitParameter;
typedef struct AudioUnitParameterEvent AudioUnitParameterEvent;
typedef struct AudioUnitParameterHistoryInfo AudioUnitParameterHistoryInfo;
typedef UInt32 AudioUnitParameterID;
typedef struct AudioUnitParameterInfo AudioUnitParameterInfo;
typedef struct AudioUnitParameterNameInfo AudioUnitParameterNameInfo;
typedef UInt32 AudioUnitParameterOptions;
typedef struct AudioUnitParameterStringFromValue AudioUnitParameterStringFromValue;
typedef UInt32 AudioUnitParameterUnit;
typedef Float32 AudioUnitParameterValue;
typedef struct AudioUnitParameterValueFromString AudioUnitParameterValueFromString;
typedef struct AudioUnitParameterValueName AudioUnitParameterValueName;
typedef struct AudioUnitParameterValueTranslation AudioUnitParameterValueTranslation;
typedef struct AudioUnitPresetMAS_SettingData AudioUnitPresetMAS_SettingData;
typedef struct AudioUnitPresetMAS_Settings AudioUnitPresetMAS_Settings;
typedef struct AudioUnitProperty AudioUnitProperty;
typedef UInt32 AudioUnitPropertyID;
typedef UInt32 AudioUnitRemoteControlEvent;
typedef UInt32 AudioUnitRenderActionFlags;
typedef struct AudioUnitRenderContext AudioUnitRenderContext;
typedef OSStatus (*AudioUnitRenderProc)(void *, AudioUnitRenderActionFlags *, const AudioTimeStamp *, UInt32, UInt32, AudioBufferList *);
typedef OSStatus (*AudioUnitScheduleParametersProc)(void *, const AudioUnitParameterEvent *, UInt32);
typedef UInt32 AudioUnitScope;
typedef OSStatus (*AudioUnitSetParameterProc)(void *, AudioUnitParameterID, AudioUnitScope, AudioUnitElement, AudioUnitParameterValue, UInt32);
typedef OSStatus (*AudioUnitSetPropertyProc)(void *, AudioUnitPropertyID, AudioUnitScope, AudioUnitElement, const void *, UInt32);
typedef OSStatus (*AudioUnitUninitializeProc)(void *);
typedef struct HostCallbackInfo HostCallbackInfo;
typedef OSStatus (*HostCallback_GetBeatAndTempo)(void *, Float64 *, Float64 *);
typedef OSStatus (*HostCallback_GetMusicalTimeLocation)(void *, UInt32 *, Float32 *, UInt32 *, Float64 *);
typedef OSStatus (*HostCallback_GetTransportState)(void *, Boolean *, Boolean *, Float64 *, Boolean *, Float64 *, Float64 *);
typedef OSStatus (*HostCallback_GetTransportState2)(void *, Boolean *, Boolean *, Boolean *, Float64 *, Boolean *, Float64 *, Float64 *);
typedef struct MIDIEventList MIDIEventList;
typedef struct MIDIPacketList MIDIPacketList;
typedef struct MixerDistanceParams MixerDistanceParams;
typedef AudioComponentInstance MusicDeviceComponent;
typedef UInt32 MusicDeviceGroupID;
typedef UInt32 MusicDeviceInstrumentID;
typedef OSStatus (*MusicDeviceMIDIEventProc)(void *, UInt32, UInt32, UInt32, UInt32);
typedef struct MusicDeviceNoteParams MusicDeviceNoteParams;
typedef struct MusicDeviceStdNoteParams MusicDeviceStdNoteParams;
typedef OSStatus (*MusicDeviceSysExProc)(void *, const UInt8 *, UInt32);
typedef UInt32 NoteInstanceID;
typedef struct NoteParamsControlValue NoteParamsControlValue;
typedef struct ScheduledAudioFileRegion ScheduledAudioFileRegion;
typedef void (*ScheduledAudioFileRegionCompletionProc)(void *, ScheduledAudioFileRegion *, OSStatus);
typedef struct ScheduledAudioSlice ScheduledAudioSlice;
typedef void (*ScheduledAudioSliceCompletionProc)(void *, ScheduledAudioSlice *);
typedef struct os_workgroup_s *os_workgroup_t;
struct AUChannelInfo {
    SInt16 inChannels;
    SInt16 outChannels;
};
struct AUDependentParameter {
    AudioUnitScope mScope;
    AudioUnitParameterID mParameterID;
};
struct AUDistanceAttenuationData {
    UInt32 inNumberOfPairs;
    struct {
        Float32 inDistance;
        Float32 outGain;
    } pairs[1];
};
struct AUHostIdentifier {
    CFStringRef hostName;
    AUNumVersion hostVersion;
};
struct AUHostVersionIdentifier {
    CFStringRef hostName;
    UInt32 hostVersion;
};
struct AUInputSamplesInOutputCallbackStruct {
    AUInputSamplesInOutputCallback inputToOutputCallback;
    void *userData;
};
struct AUNumVersion {
    UInt8 nonRelRev;
    UInt8 stage;
    UInt8 minorAndBugRev;
    UInt8 majorRev;
};
struct AUParameterMIDIMapping {
    AudioUnitScope mScope;
    AudioUnitElement mElement;
    AudioUnitParameterID mParameterID;
    AUParameterMIDIMappingFlags mFlags;
    AudioUnitParameterValue mSubRangeMin;
    AudioUnitParameterValue mSubRangeMax;
    UInt8 mStatus;
    UInt8 mData1;
    UInt8 reserved1;
    UInt8 reserved2;
    UInt32 reserved3;
};
struct AUPreset {
    SInt32 presetNumber;
    CFStringRef presetName;
};
struct AUSamplerBankPresetData {
    CFURLRef bankURL;
    UInt8 bankMSB;
    UInt8 bankLSB;
    UInt8 presetID;
    UInt8 reserved;
};
struct AUSamplerInstrumentData {
    CFURLRef fileURL;
    UInt8 instrumentType;
    UInt8 bankMSB;
    UInt8 bankLSB;
    UInt8 presetID;
};
struct AUVoiceIOOtherAudioDuckingConfiguration {
    Boolean mEnableAdvancedDucking;
    AUVoiceIOOtherAudioDuckingLevel mDuckingLevel;
};
struct AudioComponentDescription {
    OSType componentType;
    OSType componentSubType;
    OSType componentManufacturer;
    UInt32 componentFlags;
    UInt32 componentFlagsMask;
};
struct AudioComponentPlugInInterface {
    OSStatus (*Open)(void *, AudioComponentInstance);
    OSStatus (*Close)(void *);
    AudioComponentMethod (*Lookup)(SInt16);
    void *reserved;
};
struct AudioOutputUnitMIDICallbacks {
    void *userData;
    void (*MIDIEventProc)(void *, UInt32, UInt32, UInt32, UInt32);
    void (*MIDISysExProc)(void *, const UInt8 *, UInt32);
};
struct AudioOutputUnitStartAtTimeParams {
    AudioTimeStamp mTimestamp;
    UInt32 mFlags;
};
struct AudioUnitCocoaViewInfo {
    CFURLRef mCocoaAUViewBundleLocation;
    CFStringRef mCocoaAUViewClass[1];
};
struct AudioUnitConnection {
    AudioUnit sourceAudioUnit;
    UInt32 sourceOutputNumber;
    UInt32 destInputNumber;
};
struct AudioUnitExternalBuffer {
    Byte *buffer;
    UInt32 size;
};
struct AudioUnitFrequencyResponseBin {
    Float64 mFrequency;
    Float64 mMagnitude;
};
struct AudioUnitMIDIControlMapping {
    UInt16 midiNRPN;
    UInt8 midiControl;
    UInt8 scope;
    AudioUnitElement element;
    AudioUnitParameterID parameter;
};
struct AudioUnitMeterClipping {
    Float32 peakValueSinceLastCall;
    Boolean sawInfinity;
    Boolean sawNotANumber;
};
struct AudioUnitOtherPluginDesc {
    UInt32 format;
    AudioClassDescription plugin;
};
struct AudioUnitParameter {
    AudioUnit mAudioUnit;
    AudioUnitParameterID mParameterID;
    AudioUnitScope mScope;
    AudioUnitElement mElement;
};
struct AudioUnitParameterEvent {
    AudioUnitScope scope;
    AudioUnitElement element;
    AudioUnitParameterID parameter;
    AUParameterEventType eventType;
    union {
        struct {
            SInt32 startBufferOffset;
            UInt32 durationInFrames;
            AudioUnitParameterValue startValue;
            AudioUnitParameterValue endValue;
        } ramp;
        struct {
            UInt32 bufferOffset;
            AudioUnitParameterValue value;
        } immediate;
    } eventValues;
};
struct AudioUnitParameterHistoryInfo {
    Float32 updatesPerSecond;
    Float32 historyDurationInSeconds;
};
struct AudioUnitParameterInfo {
    char name[52];
    CFStringRef unitName;
    UInt32 clumpID;
    CFStringRef cfNameString;
    AudioUnitParameterUnit unit;
    AudioUnitParameterValue minValue;
    AudioUnitParameterValue maxValue;
    AudioUnitParameterValue defaultValue;
    AudioUnitParameterOptions flags;
};
struct AudioUnitParameterNameInfo {
    AudioUnitParameterID inID;
    SInt32 inDesiredLength;
    CFStringRef outName;
};
struct AudioUnitParameterStringFromValue {
    AudioUnitParameterID inParamID;
    const AudioUnitParameterValue *inValue;
    CFStringRef outString;
};
struct AudioUnitParameterValueFromString {
    AudioUnitParameterID inParamID;
    CFStringRef inString;
    AudioUnitParameterValue outValue;
};
struct AudioUnitParameterValueName {
    AudioUnitParameterID inParamID;
    const Float32 *inValue;
    CFStringRef outName;
};
struct AudioUnitParameterValueTranslation {
    AudioUnitOtherPluginDesc otherDesc;
    UInt32 otherParamID;
    Float32 otherValue;
    AudioUnitParameterID auParamID;
    AudioUnitParameterValue auValue;
};
struct AudioUnitPresetMAS_SettingData {
    UInt32 isStockSetting;
    UInt32 settingID;
    UInt32 dataLen;
    UInt8 data[1];
};
struct AudioUnitPresetMAS_Settings {
    UInt32 manufacturerID;
    UInt32 effectID;
    UInt32 variantID;
    UInt32 settingsVersion;
    UInt32 numberOfSettings;
    AudioUnitPresetMAS_SettingData settings[1];
};
struct AudioUnitProperty {
    AudioUnit mAudioUnit;
    AudioUnitPropertyID mPropertyID;
    AudioUnitScope mScope;
    AudioUnitElement mElement;
};
struct AudioUnitRenderContext {
    os_workgroup_t workgroup;
    uint32_t reserved[6];
};
struct HostCallbackInfo {
    void *hostUserData;
    HostCallback_GetBeatAndTempo beatAndTempoProc;
    HostCallback_GetMusicalTimeLocation musicalTimeLocationProc;
    HostCallback_GetTransportState transportStateProc;
    HostCallback_GetTransportState2 transportStateProc2;
};
struct MixerDistanceParams {
    Float32 mReferenceDistance;
    Float32 mMaxDistance;
    Float32 mMaxAttenuation;
};
struct MusicDeviceNoteParams {
    UInt32 argCount;
    Float32 mPitch;
    Float32 mVelocity;
    NoteParamsControlValue mControls[1];
};
struct MusicDeviceStdNoteParams {
    UInt32 argCount;
    Float32 mPitch;
    Float32 mVelocity;
};
struct NoteParamsControlValue {
    AudioUnitParameterID mID;
    AudioUnitParameterValue mValue;
};
struct ScheduledAudioFileRegion {
    AudioTimeStamp mTimeStamp;
    ScheduledAudioFileRegionCompletionProc mCompletionProc;
    void *mCompletionProcUserData;
    struct OpaqueAudioFileID *mAudioFile;
    UInt32 mLoopCount;
    SInt64 mStartFrame;
    UInt32 mFramesToPlay;
};
struct ScheduledAudioSlice {
    AudioTimeStamp mTimeStamp;
    ScheduledAudioSliceCompletionProc mCompletionProc;
    void *mCompletionProcUserData;
    AUScheduledAudioSliceFlags mFlags;
    UInt32 mReserved;
    void *mReserved2;
    UInt32 mNumberFrames;
    AudioBufferList *mBufferList;
};
typedef OSStatus (*AUMIDIOutputCallback)(void *, const AudioTimeStamp *, UInt32, const struct MIDIPacketList *);
typedef OSStatus (*AURenderCallback)(void *, AudioUnitRenderActionFlags *, const AudioTimeStamp *, UInt32, UInt32, AudioBufferList *);
typedef AudioComponentPlugInInterface * (*AudioComponentFactoryFunction)(const AudioComponentDescription *);
typedef OSStatus (*AudioUnitAddRenderNotifyProc)(void *, AURenderCallback, void *);
typedef OSStatus (*AudioUnitComplexRenderProc)(void *, AudioUnitRenderActionFlags *, const AudioTimeStamp *, UInt32, UInt32, UInt32 *, AudioStreamPacketDescription *, AudioBufferList *, void *, UInt32 *);
typedef OSStatus (*AudioUnitGetParameterProc)(void *, AudioUnitParameterID, AudioUnitScope, AudioUnitElement, AudioUnitParameterValue *);
typedef OSStatus (*AudioUnitGetPropertyInfoProc)(void *, AudioUnitPropertyID, AudioUnitScope, AudioUnitElement, UInt32 *, Boolean *);
typedef OSStatus (*AudioUnitGetPropertyProc)(void *, AudioUnitPropertyID, AudioUnitScope, AudioUnitElement, void *, UInt32 *);
typedef struct AudioUnitParameterNameInfo AudioUnitParameterIDName;
typedef OSStatus (*AudioUnitProcessMultipleProc)(void *, AudioUnitRenderActionFlags *, const AudioTimeStamp *, UInt32, UInt32, const AudioBufferList * *, UInt32, AudioBufferList * *);
typedef OSStatus (*AudioUnitProcessProc)(void *, AudioUnitRenderActionFlags *, const AudioTimeStamp *, UInt32, AudioBufferList *);
typedef void (*AudioUnitPropertyListenerProc)(void *, AudioUnit, AudioUnitPropertyID, AudioUnitScope, AudioUnitElement);
typedef OSStatus (*AudioUnitRemovePropertyListenerProc)(void *, AudioUnitPropertyID, AudioUnitPropertyListenerProc);
typedef OSStatus (*AudioUnitRemovePropertyListenerWithUserDataProc)(void *, AudioUnitPropertyID, AudioUnitPropertyListenerProc, void *);
typedef OSStatus (*AudioUnitRemoveRenderNotifyProc)(void *, AURenderCallback, void *);
typedef OSStatus (*AudioUnitResetProc)(void *, AudioUnitScope, AudioUnitElement);
typedef OSStatus (*MusicDeviceStartNoteProc)(void *, MusicDeviceInstrumentID, MusicDeviceGroupID, NoteInstanceID *, UInt32, const MusicDeviceNoteParams *);
typedef OSStatus (*MusicDeviceStopNoteProc)(void *, MusicDeviceGroupID, NoteInstanceID, UInt32);
struct AUMIDIOutputCallbackStruct {
    AUMIDIOutputCallback midiOutputCallback;
    void *userData;
};
struct AURenderCallbackStruct {
    AURenderCallback inputProc;
    void *inputProcRefCon;
};
typedef OSStatus (*AudioUnitAddPropertyListenerProc)(void *, AudioUnitPropertyID, AudioUnitPropertyListenerProc, void *);

/* ---- constants ---- */
/* AU3DMixerAttenuationCurve */
enum {
    k3DMixerAttenuationCurve_Power = 0,
    k3DMixerAttenuationCurve_Exponential = 1,
    k3DMixerAttenuationCurve_Inverse = 2,
    k3DMixerAttenuationCurve_Linear = 3,
};
/* AU3DMixerRenderingFlags */
enum {
    k3DMixerRenderingFlags_InterAuralDelay = 1,
    k3DMixerRenderingFlags_DopplerShift = 2,
    k3DMixerRenderingFlags_DistanceAttenuation = 4,
    k3DMixerRenderingFlags_DistanceFilter = 8,
    k3DMixerRenderingFlags_DistanceDiffusion = 16,
    k3DMixerRenderingFlags_LinearDistanceAttenuation = 32,
    k3DMixerRenderingFlags_ConstantReverbBlend = 64,
};
/* AUParameterEventType */
enum {
    kParameterEvent_Immediate = 1,
    kParameterEvent_Ramped = 2,
};
/* AUParameterMIDIMappingFlags */
enum {
    kAUParameterMIDIMapping_AnyChannelFlag = 1,
    kAUParameterMIDIMapping_AnyNoteFlag = 2,
    kAUParameterMIDIMapping_SubRange = 4,
    kAUParameterMIDIMapping_Toggle = 8,
    kAUParameterMIDIMapping_Bipolar = 16,
    kAUParameterMIDIMapping_Bipolar_On = 32,
};
/* AUReverbRoomType */
enum {
    kReverbRoomType_SmallRoom = 0,
    kReverbRoomType_MediumRoom = 1,
    kReverbRoomType_LargeRoom = 2,
    kReverbRoomType_MediumHall = 3,
    kReverbRoomType_LargeHall = 4,
    kReverbRoomType_Plate = 5,
    kReverbRoomType_MediumChamber = 6,
    kReverbRoomType_LargeChamber = 7,
    kReverbRoomType_Cathedral = 8,
    kReverbRoomType_LargeRoom2 = 9,
    kReverbRoomType_MediumHall2 = 10,
    kReverbRoomType_MediumHall3 = 11,
    kReverbRoomType_LargeHall2 = 12,
};
/* AUScheduledAudioSliceFlags */
enum {
    kScheduledAudioSliceFlag_Complete = 1,
    kScheduledAudioSliceFlag_BeganToRender = 2,
    kScheduledAudioSliceFlag_BeganToRenderLate = 4,
    kScheduledAudioSliceFlag_Loop = 8,
    kScheduledAudioSliceFlag_Interrupt = 16,
    kScheduledAudioSliceFlag_InterruptAtLoop = 32,
};
/* AUSpatialMixerAttenuationCurve */
enum {
    kSpatialMixerAttenuationCurve_Power = 0,
    kSpatialMixerAttenuationCurve_Exponential = 1,
    kSpatialMixerAttenuationCurve_Inverse = 2,
    kSpatialMixerAttenuationCurve_Linear = 3,
};
/* AUSpatialMixerOutputType */
enum {
    kSpatialMixerOutputType_Headphones = 1,
    kSpatialMixerOutputType_BuiltInSpeakers = 2,
    kSpatialMixerOutputType_ExternalSpeakers = 3,
};
/* AUSpatialMixerPersonalizedHRTFMode */
enum {
    kSpatialMixerPersonalizedHRTFMode_Off = 0,
    kSpatialMixerPersonalizedHRTFMode_On = 1,
    kSpatialMixerPersonalizedHRTFMode_Auto = 2,
};
/* AUSpatialMixerPointSourceInHeadMode */
enum {
    kSpatialMixerPointSourceInHeadMode_Mono = 0,
    kSpatialMixerPointSourceInHeadMode_Bypass = 1,
};
/* AUSpatialMixerRenderingFlags */
enum {
    kSpatialMixerRenderingFlags_InterAuralDelay = 1,
    kSpatialMixerRenderingFlags_DistanceAttenuation = 4,
};
/* AUSpatialMixerSourceMode */
enum {
    kSpatialMixerSourceMode_SpatializeIfMono = 0,
    kSpatialMixerSourceMode_Bypass = 1,
    kSpatialMixerSourceMode_PointSource = 2,
    kSpatialMixerSourceMode_AmbienceBed = 3,
};
/* AUSpatializationAlgorithm */
enum {
    kSpatializationAlgorithm_EqualPowerPanning = 0,
    kSpatializationAlgorithm_SphericalHead = 1,
    kSpatializationAlgorithm_HRTF = 2,
    kSpatializationAlgorithm_SoundField = 3,
    kSpatializationAlgorithm_VectorBasedPanning = 4,
    kSpatializationAlgorithm_StereoPassThrough = 5,
    kSpatializationAlgorithm_HRTFHQ = 6,
    kSpatializationAlgorithm_UseOutputType = 7,
};
/* AUVoiceIOOtherAudioDuckingLevel */
enum {
    kAUVoiceIOOtherAudioDuckingLevelDefault = 0,
    kAUVoiceIOOtherAudioDuckingLevelMin = 10,
    kAUVoiceIOOtherAudioDuckingLevelMid = 20,
    kAUVoiceIOOtherAudioDuckingLevelMax = 30,
};
/* AUVoiceIOSpeechActivityEvent */
enum {
    kAUVoiceIOSpeechActivityHasStarted = 0,
    kAUVoiceIOSpeechActivityHasEnded = 1,
};
/* AudioComponentFlags */
enum {
    kAudioComponentFlag_Unsearchable = 1,
    kAudioComponentFlag_SandboxSafe = 2,
    kAudioComponentFlag_IsV3AudioUnit = 4,
    kAudioComponentFlag_RequiresAsyncInstantiation = 8,
    kAudioComponentFlag_CanLoadInProcess = 16,
};
/* AudioComponentInstantiationOptions */
enum {
    kAudioComponentInstantiation_LoadOutOfProcess = 1,
    kAudioComponentInstantiation_LoadInProcess = 2,
    kAudioComponentInstantiation_LoadedRemotely = 2147483648,  /* unavailable on macOS */
};
/* AudioComponentValidationResult */
enum {
    kAudioComponentValidationResult_Unknown = 0,
    kAudioComponentValidationResult_Passed = 1,
    kAudioComponentValidationResult_Failed = 2,
    kAudioComponentValidationResult_TimedOut = 3,
    kAudioComponentValidationResult_UnauthorizedError_Open = 4,
    kAudioComponentValidationResult_UnauthorizedError_Init = 5,
};
#define AU_SUPPORT_INTERAPP_AUDIO 1
/* AudioToolbox/AUComponent.h:enum */
enum {
    kAudioComponentErr_InstanceTimedOut = -66754,
    kAudioUnitErr_MIDIOutputBufferFull = -66753,
    kAudioComponentErr_DuplicateDescription = -66752,
    kAudioComponentErr_UnsupportedType = -66751,
    kAudioComponentErr_TooManyInstances = -66750,
    kAudioComponentErr_InstanceInvalidated = -66749,
    kAudioComponentErr_NotPermitted = -66748,
    kAudioComponentErr_InitializationTimedOut = -66747,
    kAudioComponentErr_InvalidFormat = -66746,
    kAudioUnitErr_RenderTimeout = -66745,
    kAudioUnitErr_ExtensionNotFound = -66744,
    kAudioUnitErr_InvalidParameterValue = -66743,
    kAudioUnitErr_InvalidFilePath = -66742,
    kAudioUnitErr_MissingKey = -66741,
    kAudioUnitErr_ComponentManagerNotSupported = -66740,
    kAudioUnitErr_InvalidProperty = -10879,
    kAudioUnitErr_InvalidParameter = -10878,
    kAudioUnitErr_InvalidElement = -10877,
    kAudioUnitErr_NoConnection = -10876,
    kAudioUnitErr_FailedInitialization = -10875,
    kAudioUnitErr_TooManyFramesToProcess = -10874,
    kAudioUnitErr_IllegalInstrument = -10873,
    kAudioUnitErr_InstrumentTypeNotFound = -10872,
    kAudioUnitErr_InvalidFile = -10871,
    kAudioUnitErr_UnknownFileType = -10870,
    kAudioUnitErr_FileNotSpecified = -10869,
    kAudioUnitErr_FormatNotSupported = -10868,
    kAudioUnitErr_Uninitialized = -10867,
    kAudioUnitErr_InvalidScope = -10866,
    kAudioUnitErr_PropertyNotWritable = -10865,
    kAudioUnitErr_CannotDoInCurrentContext = -10863,
    kAudioUnitErr_InvalidPropertyValue = -10851,
    kAudioUnitErr_PropertyNotInUse = -10850,
    kAudioUnitErr_Initialized = -10849,
    kAudioUnitErr_InvalidOfflineRender = -10848,
    kAudioUnitErr_Unauthorized = -10847,
    kAudioUnitRange = 0,
    kAudioUnitInitializeSelect = 1,
    kAudioUnitUninitializeSelect = 2,
    kAudioUnitGetPropertyInfoSelect = 3,
    kAudioUnitGetPropertySelect = 4,
    kAudioUnitSetPropertySelect = 5,
    kAudioUnitGetParameterSelect = 6,
    kAudioUnitSetParameterSelect = 7,
    kAudioUnitResetSelect = 9,
    kAudioUnitAddPropertyListenerSelect = 10,
    kAudioUnitRemovePropertyListenerSelect = 11,
    kAudioUnitRenderSelect = 14,
    kAudioUnitAddRenderNotifySelect = 15,
    kAudioUnitRemoveRenderNotifySelect = 16,
    kAudioUnitScheduleParametersSelect = 17,
    kAudioUnitRemovePropertyListenerWithUserDataSelect = 18,
    kAudioUnitComplexRenderSelect = 19,
    kAudioUnitProcessSelect = 20,
    kAudioUnitProcessMultipleSelect = 21,
    kAudioUnitSubType_SpatialMixer = 862217581,  /* '3dem' */
    kAudioUnitSubType_3DMixer = 862219640,  /* '3dmx' */
    kAudioUnitSubType_AudioFilePlayer = 1634103404,  /* 'afpl' */
    kAudioUnitSubType_HALOutput = 1634230636,  /* 'ahal' */
    kAudioUnitSubType_SoundFieldPanner = 1634558569,  /* 'ambi' */
    kAudioUnitManufacturer_Apple = 1634758764,  /* 'appl' */
    kAudioUnitType_FormatConverter = 1635083875,  /* 'aufc' */
    kAudioUnitType_Effect = 1635083896,  /* 'aufx' */
    kAudioUnitType_Generator = 1635084142,  /* 'augn' */
    kAudioUnitType_MusicEffect = 1635085670,  /* 'aumf' */
    kAudioUnitType_MIDIProcessor = 1635085673,  /* 'aumi' */
    kAudioUnitType_MusicDevice = 1635085685,  /* 'aumu' */
    kAudioUnitType_Mixer = 1635085688,  /* 'aumx' */
    kAudioUnitType_OfflineEffect = 1635086188,  /* 'auol' */
    kAudioUnitType_Output = 1635086197,  /* 'auou' */
    kAudioUnitType_Panner = 1635086446,  /* 'aupn' */
    kAudioUnitType_RemoteGenerator = 1635086951,  /* 'aurg' */
    kAudioUnitType_RemoteInstrument = 1635086953,  /* 'auri' */
    kAudioUnitType_RemoteMusicEffect = 1635086957,  /* 'aurm' */
    kAudioUnitType_RemoteEffect = 1635086968,  /* 'aurx' */
    kAudioUnitType_SpeechSynthesizer = 1635087216,  /* 'ausp' */
    kAudioUnitSubType_BandPassFilter = 1651532147,  /* 'bpas' */
    kAudioUnitSubType_AUConverter = 1668247158,  /* 'conv' */
    kAudioUnitSubType_DynamicsProcessor = 1684237680,  /* 'dcmp' */
    kAudioUnitSubType_DefaultOutput = 1684366880,  /* 'def ' */
    kAudioUnitSubType_DeferredRenderer = 1684366962,  /* 'defr' */
    kAudioUnitSubType_Delay = 1684368505,  /* 'dely' */
    kAudioUnitSubType_Distortion = 1684632436,  /* 'dist' */
    kAudioUnitSubType_DLSSynth = 1684828960,  /* 'dls ' */
    kAudioUnitSubType_AUFilter = 1718185076,  /* 'filt' */
    kAudioUnitSubType_GenericOutput = 1734700658,  /* 'genr' */
    kAudioUnitSubType_GraphicEQ = 1735550321,  /* 'greq' */
    kAudioUnitSubType_HighPassFilter = 1752195443,  /* 'hpas' */
    kAudioUnitSubType_HRTFPanner = 1752331366,  /* 'hrtf' */
    kAudioUnitSubType_HighShelfFilter = 1752393830,  /* 'hshf' */
    kAudioUnitSubType_AUiPodTimeOther = 1768977519,  /* 'ipto' */
    kAudioUnitSubType_PeakLimiter = 1819112562,  /* 'lmtr' */
    kAudioUnitSubType_LowPassFilter = 1819304307,  /* 'lpas' */
    kAudioUnitSubType_LowShelfFilter = 1819502694,  /* 'lshf' */
    kAudioUnitSubType_MultiBandCompressor = 1835232624,  /* 'mcmp' */
    kAudioUnitSubType_MultiChannelMixer = 1835232632,  /* 'mcmx' */
    kAudioUnitSubType_Merger = 1835364967,  /* 'merg' */
    kAudioUnitSubType_MatrixReverb = 1836213622,  /* 'mrev' */
    kAudioUnitSubType_MultiSplitter = 1836281964,  /* 'mspl' */
    kAudioUnitSubType_MIDISynth = 1836284270,  /* 'msyn' */
    kAudioUnitSubType_MatrixMixer = 1836608888,  /* 'mxmx' */
    kAudioUnitSubType_NBandEQ = 1851942257,  /* 'nbeq' */
    kAudioUnitSubType_NetReceive = 1852990326,  /* 'nrcv' */
    kAudioUnitSubType_NetSend = 1853058660,  /* 'nsnd' */
    kAudioUnitSubType_NewTimePitch = 1853191280,  /* 'nutp' */
    kAudioUnitSubType_ParametricEQ = 1886217585,  /* 'pmeq' */
    kAudioUnitSubType_RoundTripAAC = 1918984547,  /* 'raac' */
    kAudioUnitSubType_RogerBeep = 1919903602,  /* 'rogr' */
    kAudioUnitSubType_Reverb2 = 1920361010,  /* 'rvb2' */
    kAudioUnitSubType_Sampler = 1935764848,  /* 'samp' */
    kAudioUnitSubType_SampleDelay = 1935961209,  /* 'sdly' */
    kAudioUnitSubType_StereoMixer = 1936554098,  /* 'smxr' */
    kAudioUnitSubType_SphericalHeadPanner = 1936746610,  /* 'sphr' */
    kAudioUnitSubType_Splitter = 1936747636,  /* 'splt' */
    kAudioUnitSubType_ScheduledSoundPlayer = 1936945260,  /* 'sspl' */
    kAudioUnitSubType_SystemOutput = 1937339168,  /* 'sys ' */
    kAudioUnitSubType_Pitch = 1953329268,  /* 'tmpt' */
    kAudioUnitSubType_TimePitch = 1953329268,  /* 'tmpt' */
    kAudioUnitSubType_Varispeed = 1986097769,  /* 'vari' */
    kAudioUnitSubType_VectorPanner = 1986158963,  /* 'vbas' */
    kAudioUnitSubType_AUSoundIsolation = 1987012979,  /* 'vois' */
    kAudioUnitSubType_VoiceProcessingIO = 1987078511,  /* 'vpio' */
};
/* AudioToolbox/AudioOutputUnit.h:enum */
enum {
    kAudioOutputUnitRange = 512,
    kAudioOutputUnitStartSelect = 513,
    kAudioOutputUnitStopSelect = 514,
};
/* AudioToolbox/AudioUnitParameters.h:enum */
enum {
    k3DMixerParam_Azimuth = 0,
    kAULowShelfParam_CutoffFrequency = 0,
    kAUNBandEQFilterType_Parametric = 0,
    kAUNBandEQParam_GlobalGain = 0,
    kAUNetReceiveParam_Status = 0,
    kAUNetSendParam_Status = 0,
    kAUNetStatus_NotConnected = 0,
    kAUSoundIsolationParam_WetDryMixPercent = 0,
    kBandpassParam_CenterFrequency = 0,
    kDelayParam_WetDryMix = 0,
    kDistortionParam_Delay = 0,
    kDynamicsProcessorParam_Threshold = 0,
    kHighShelfParam_CutOffFrequency = 0,
    kHipassParam_CutoffFrequency = 0,
    kLimiterParam_AttackTime = 0,
    kLowPassParam_CutoffFrequency = 0,
    kMatrixMixerParam_Volume = 0,
    kMultiChannelMixerParam_Volume = 0,
    kMultibandCompressorParam_Pregain = 0,
    kMultibandFilter_LowFilterType = 0,
    kMusicDeviceParam_Tuning = 0,
    kNewTimePitchParam_Rate = 0,
    kPannerParam_Gain = 0,
    kParametricEQParam_CenterFreq = 0,
    kRandomParam_BoundA = 0,
    kReverb2Param_DryWetMix = 0,
    kReverbParam_DryWetMix = 0,
    kRogerBeepParam_InGateThreshold = 0,
    kRoundTripAACParam_Format = 0,
    kSampleDelayParam_DelayFrames = 0,
    kSpatialMixerParam_Azimuth = 0,
    kStereoMixerParam_Volume = 0,
    kTimePitchParam_Rate = 0,
    kVarispeedParam_PlaybackRate = 0,
    k3DMixerParam_Elevation = 1,
    kAUGroupParameterID_ModWheel = 1,
    kAULowShelfParam_Gain = 1,
    kAUNBandEQFilterType_2ndOrderButterworthLowPass = 1,
    kAUNetReceiveParam_NumParameters = 1,
    kAUNetSendParam_NumParameters = 1,
    kAUNetStatus_Connected = 1,
    kAUSoundIsolationParam_SoundToIsolate = 1,
    kAUSoundIsolationSoundType_Voice = 1,
    kBandpassParam_Bandwidth = 1,
    kDelayParam_DelayTime = 1,
    kDistortionParam_Decay = 1,
    kDynamicsProcessorParam_HeadRoom = 1,
    kHighShelfParam_Gain = 1,
    kHipassParam_Resonance = 1,
    kLimiterParam_DecayTime = 1,
    kLowPassParam_Resonance = 1,
    kMatrixMixerParam_Enable = 1,
    kMultiChannelMixerParam_Enable = 1,
    kMultibandCompressorParam_Postgain = 1,
    kMultibandFilter_LowFrequency = 1,
    kMusicDeviceParam_Volume = 1,
    kNewTimePitchParam_Pitch = 1,
    kPannerParam_Azimuth = 1,
    kParametricEQParam_Q = 1,
    kRandomParam_BoundB = 1,
    kReverb2Param_Gain = 1,
    kReverbParam_SmallLargeMix = 1,
    kRogerBeepParam_InGateThresholdTime = 1,
    kRoundTripAACParam_BitRate = 1,
    kRoundTripAACParam_EncodingStrategy = 1,
    kSpatialMixerParam_Elevation = 1,
    kStereoMixerParam_Pan = 1,
    kTimePitchParam_Pitch = 1,
    kVarispeedParam_PlaybackCents = 1,
    k3DMixerParam_Distance = 2,
    kAUNBandEQFilterType_2ndOrderButterworthHighPass = 2,
    kAUNetStatus_Overflow = 2,
    kDelayParam_Feedback = 2,
    kDistortionParam_DelayMix = 2,
    kDynamicsProcessorParam_ExpansionRatio = 2,
    kLimiterParam_PreGain = 2,
    kMultiChannelMixerParam_Pan = 2,
    kMultibandCompressorParam_Crossover1 = 2,
    kMultibandFilter_LowGain = 2,
    kMusicDeviceParam_ReverbVolume = 2,
    kPannerParam_Elevation = 2,
    kParametricEQParam_Gain = 2,
    kRandomParam_Curve = 2,
    kReverb2Param_MinDelayTime = 2,
    kReverbParam_SmallSize = 2,
    kRogerBeepParam_OutGateThreshold = 2,
    kRoundTripAACParam_Quality = 2,
    kRoundTripAACParam_RateOrQuality = 2,
    kSpatialMixerParam_Distance = 2,
    kTimePitchParam_EffectBlend = 2,
    k3DMixerParam_Gain = 3,
    kAUNBandEQFilterType_ResonantLowPass = 3,
    kAUNetStatus_Underflow = 3,
    kDelayParam_LopassCutoff = 3,
    kDistortionParam_Decimation = 3,
    kDynamicsProcessorParam_ExpansionThreshold = 3,
    kMultibandCompressorParam_Crossover2 = 3,
    kMultibandFilter_CenterFreq1 = 3,
    kPannerParam_Distance = 3,
    kReverb2Param_MaxDelayTime = 3,
    kReverbParam_LargeSize = 3,
    kRogerBeepParam_OutGateThresholdTime = 3,
    kRoundTripAACParam_CompressedFormatSampleRate = 3,
    kSpatialMixerParam_Gain = 3,
    k3DMixerParam_PlaybackRate = 4,
    kAUGroupParameterID_Foot = 4,
    kAUNBandEQFilterType_ResonantHighPass = 4,
    kAUNetStatus_Connecting = 4,
    kDistortionParam_Rounding = 4,
    kDynamicsProcessorParam_AttackTime = 4,
    kMultibandCompressorParam_Crossover3 = 4,
    kMultibandFilter_CenterGain1 = 4,
    kNewTimePitchParam_Overlap = 4,
    kNewTimePitchParam_Smoothness = 4,
    kPannerParam_CoordScale = 4,
    kReverb2Param_DecayTimeAt0Hz = 4,
    kReverbParam_PreDelay = 4,
    kRogerBeepParam_Sensitivity = 4,
    kSpatialMixerParam_PlaybackRate = 4,
    k3DMixerParam_ReverbBlend = 5,
    kAUNBandEQFilterType_BandPass = 5,
    kAUNetStatus_Listening = 5,
    kDistortionParam_DecimationMix = 5,
    kDynamicsProcessorParam_ReleaseTime = 5,
    kMultibandCompressorParam_Threshold1 = 5,
    kMultibandFilter_Bandwidth1 = 5,
    kPannerParam_RefDistance = 5,
    kReverb2Param_DecayTimeAtNyquist = 5,
    kReverbParam_LargeDelay = 5,
    kRogerBeepParam_RogerType = 5,
    kSpatialMixerParam_Enable = 5,
    k3DMixerParam_GlobalReverbGain = 6,
    kAUGroupParameterID_DataEntry = 6,
    kAUNBandEQFilterType_BandStop = 6,
    kDistortionParam_LinearTerm = 6,
    kDynamicsProcessorParam_MasterGain = 6,
    kDynamicsProcessorParam_OverallGain = 6,
    kMultibandCompressorParam_Threshold2 = 6,
    kMultibandFilter_CenterFreq2 = 6,
    kNewTimePitchParam_EnablePeakLocking = 6,
    kNewTimePitchParam_EnableSpectralCoherence = 6,
    kReverb2Param_RandomizeReflections = 6,
    kReverbParam_SmallDensity = 6,
    kRogerBeepParam_RogerGain = 6,
    kSpatialMixerParam_MinGain = 6,
    k3DMixerParam_OcclusionAttenuation = 7,
    kAUGroupParameterID_Volume = 7,
    kAUNBandEQFilterType_LowShelf = 7,
    kDistortionParam_SquaredTerm = 7,
    kMultibandCompressorParam_Threshold3 = 7,
    kMultibandFilter_CenterGain2 = 7,
    kNewTimePitchParam_EnableTransientPreservation = 7,
    kReverbParam_LargeDensity = 7,
    kSpatialMixerParam_MaxGain = 7,
    k3DMixerParam_ObstructionAttenuation = 8,
    kAUNBandEQFilterType_HighShelf = 8,
    kDistortionParam_CubicTerm = 8,
    kMultibandCompressorParam_Threshold4 = 8,
    kMultibandFilter_Bandwidth2 = 8,
    kReverbParam_LargeDelayRange = 8,
    kSpatialMixerParam_ReverbBlend = 8,
    k3DMixerParam_MinGain = 9,
    kAUNBandEQFilterType_ResonantLowShelf = 9,
    kDistortionParam_PolynomialMix = 9,
    kMultibandCompressorParam_Headroom1 = 9,
    kMultibandFilter_CenterFreq3 = 9,
    kReverbParam_SmallBrightness = 9,
    kSpatialMixerParam_GlobalReverbGain = 9,
    k3DMixerParam_MaxGain = 10,
    kAUGroupParameterID_Pan = 10,
    kAUNBandEQFilterType_ResonantHighShelf = 10,
    kDistortionParam_RingModFreq1 = 10,
    kMultibandCompressorParam_Headroom2 = 10,
    kMultibandFilter_CenterGain3 = 10,
    kReverbParam_LargeBrightness = 10,
    kSpatialMixerParam_OcclusionAttenuation = 10,
    kAUGroupParameterID_Expression = 11,
    kDistortionParam_RingModFreq2 = 11,
    kMultibandCompressorParam_Headroom3 = 11,
    kMultibandFilter_Bandwidth3 = 11,
    kNumAUNBandEQFilterTypes = 11,
    kReverbParam_SmallDelayRange = 11,
    kSpatialMixerParam_ObstructionAttenuation = 11,
    kDistortionParam_RingModBalance = 12,
    kMultibandCompressorParam_Headroom4 = 12,
    kMultibandFilter_HighFilterType = 12,
    kReverbParam_ModulationRate = 12,
    kDistortionParam_RingModMix = 13,
    kMultibandCompressorParam_AttackTime = 13,
    kMultibandFilter_HighFrequency = 13,
    kReverbParam_ModulationDepth = 13,
    kDistortionParam_SoftClipGain = 14,
    kHALOutputParam_Volume = 14,
    kMultibandCompressorParam_ReleaseTime = 14,
    kMultibandFilter_HighGain = 14,
    kReverbParam_FilterFrequency = 14,
    kDistortionParam_FinalMix = 15,
    kMultibandCompressorParam_EQ1 = 15,
    kReverbParam_FilterBandwidth = 15,
    kMultibandCompressorParam_EQ2 = 16,
    kReverbParam_FilterGain = 16,
    kMultibandCompressorParam_EQ3 = 17,
    kReverbParam_FilterType = 17,
    kMultibandCompressorParam_EQ4 = 18,
    kReverbParam_FilterEnable = 18,
    kSpatialMixerParam_HeadYaw = 19,
    k3DMixerParam_BusEnable = 20,
    kSpatialMixerParam_HeadPitch = 20,
    k3DMixerParam_MinGainInDecibels = 21,
    kSpatialMixerParam_HeadRoll = 21,
    k3DMixerParam_MaxGainInDecibels = 22,
    k3DMixerParam_DryWetReverbBlend = 23,
    k3DMixerParam_GlobalReverbGainInDecibels = 24,
    k3DMixerParam_OcclusionAttenuationInDecibels = 25,
    k3DMixerParam_ObstructionAttenuationInDecibels = 26,
    kAUGroupParameterID_ModWheel_LSB = 33,
    kAUGroupParameterID_Foot_LSB = 36,
    kAUGroupParameterID_DataEntry_LSB = 38,
    kAUGroupParameterID_Volume_LSB = 39,
    kAUGroupParameterID_Pan_LSB = 42,
    kAUGroupParameterID_Expression_LSB = 43,
    kAUGroupParameterID_Sustain = 64,
    kAUGroupParameterID_Sostenuto = 66,
    kAUGroupParameterID_AllSoundOff = 120,
    kAUGroupParameterID_ResetAllControllers = 121,
    kAUGroupParameterID_AllNotesOff = 123,
    kAUGroupParameterID_KeyPressure = 160,
    kAUGroupParameterID_ChannelPressure = 208,
    kAUGroupParameterID_PitchBend = 224,
    kAUGroupParameterID_KeyPressure_FirstKey = 256,
    kAUGroupParameterID_KeyPressure_LastKey = 383,
    kAUSamplerParam_Gain = 900,
    kAUSamplerParam_CoarseTuning = 901,
    kAUSamplerParam_FineTuning = 902,
    kAUSamplerParam_Pan = 903,
    k3DMixerParam_PreAveragePower = 1000,
    kAUNBandEQParam_BypassBand = 1000,
    kDynamicsProcessorParam_CompressionAmount = 1000,
    kMatrixMixerParam_PreAveragePower = 1000,
    kMultiChannelMixerParam_PreAveragePower = 1000,
    kMultibandCompressorParam_CompressionAmount1 = 1000,
    kStereoMixerParam_PreAveragePower = 1000,
    k3DMixerParam_PrePeakHoldLevel = 2000,
    kAUNBandEQParam_FilterType = 2000,
    kDynamicsProcessorParam_InputAmplitude = 2000,
    kMatrixMixerParam_PrePeakHoldLevel = 2000,
    kMultiChannelMixerParam_PrePeakHoldLevel = 2000,
    kMultibandCompressorParam_CompressionAmount2 = 2000,
    kStereoMixerParam_PrePeakHoldLevel = 2000,
    k3DMixerParam_PostAveragePower = 3000,
    kAUNBandEQParam_Frequency = 3000,
    kDynamicsProcessorParam_OutputAmplitude = 3000,
    kMatrixMixerParam_PostAveragePower = 3000,
    kMultiChannelMixerParam_PostAveragePower = 3000,
    kMultibandCompressorParam_CompressionAmount3 = 3000,
    kStereoMixerParam_PostAveragePower = 3000,
    k3DMixerParam_PostPeakHoldLevel = 4000,
    kAUNBandEQParam_Gain = 4000,
    kMatrixMixerParam_PostPeakHoldLevel = 4000,
    kMultiChannelMixerParam_PostPeakHoldLevel = 4000,
    kMultibandCompressorParam_CompressionAmount4 = 4000,
    kStereoMixerParam_PostPeakHoldLevel = 4000,
    kAUNBandEQParam_Bandwidth = 5000,
    kMatrixMixerParam_PreAveragePowerLinear = 5000,
    kMultibandCompressorParam_InputAmplitude1 = 5000,
    kMatrixMixerParam_PrePeakHoldLevelLinear = 6000,
    kMultibandCompressorParam_InputAmplitude2 = 6000,
    kMatrixMixerParam_PostAveragePowerLinear = 7000,
    kMultibandCompressorParam_InputAmplitude3 = 7000,
    kMatrixMixerParam_PostPeakHoldLevelLinear = 8000,
    kMultibandCompressorParam_InputAmplitude4 = 8000,
    kMultibandCompressorParam_OutputAmplitude1 = 9000,
    kGraphicEQParam_NumberOfBands = 10000,
    kMultibandCompressorParam_OutputAmplitude2 = 10000,
    kMultibandCompressorParam_OutputAmplitude3 = 11000,
    kMultibandCompressorParam_OutputAmplitude4 = 12000,
};
/* AudioToolbox/AudioUnitProperties.h:enum */
enum {
    kAUVoiceIOErr_UnexpectedNumberOfInputChannels = -66784,
    kAudioUnitParameterName_Full = -1,
    kAUNetSendPresetFormat_PCMFloat32 = 0,
    kAUSampler_DefaultBankLSB = 0,
    kAudioUnitClumpID_System = 0,
    kAudioUnitProperty_ClassInfo = 0,
    kAudioUnitScope_Global = 0,
    kOfflinePreflight_NotRequired = 0,
    kOtherPluginFormat_Undefined = 0,
    kRenderQuality_Min = 0,
    kSpeakerConfiguration_HeadPhones = 0,
    kAUNetSendPresetFormat_PCMInt24 = 1,
    kAudioUnitParameterFlag_Global = 1,
    kAudioUnitProperty_MakeConnection = 1,
    kAudioUnitScope_Input = 1,
    kInstrumentType_DLSPreset = 1,
    kInstrumentType_SF2Preset = 1,
    kOfflinePreflight_Optional = 1,
    kOtherPluginFormat_kMAS = 1,
    kSpeakerConfiguration_Stereo = 1,
    kAUNetSendPresetFormat_PCMInt16 = 2,
    kAudioUnitParameterFlag_Input = 2,
    kAudioUnitProperty_SampleRate = 2,
    kAudioUnitScope_Output = 2,
    kInstrumentType_AUPreset = 2,
    kOfflinePreflight_Required = 2,
    kOtherPluginFormat_kVST = 2,
    kSpeakerConfiguration_Quad = 2,
    kAUNetSendPresetFormat_Lossless24 = 3,
    kAudioUnitProperty_ParameterList = 3,
    kAudioUnitScope_Group = 3,
    kInstrumentType_Audiofile = 3,
    kOtherPluginFormat_AU = 3,
    kSpeakerConfiguration_5_0 = 3,
    kSpeakerConfiguration_5_1 = 3,
    kAUNetSendPresetFormat_Lossless16 = 4,
    kAudioUnitParameterFlag_Output = 4,
    kAudioUnitProperty_ParameterInfo = 4,
    kAudioUnitScope_Part = 4,
    kInstrumentType_EXS24 = 4,
    kAUNetSendPresetFormat_ULaw = 5,
    kAudioUnitProperty_FastDispatch = 5,
    kAudioUnitScope_Note = 5,
    kAUNetSendPresetFormat_IMA4 = 6,
    kAudioUnitProperty_CPULoad = 6,
    kAudioUnitScope_Layer = 6,
    kAUNetSendPresetFormat_AAC_128kbpspc = 7,
    kAudioUnitScope_LayerItem = 7,
    kAUNetSendPresetFormat_AAC_96kbpspc = 8,
    kAudioUnitParameterFlag_Group = 8,
    kAudioUnitProperty_StreamFormat = 8,
    kAUNetSendPresetFormat_AAC_80kbpspc = 9,
    kAudioUnitProperty_SRCAlgorithm = 9,
    kAUNetSendPresetFormat_AAC_64kbpspc = 10,
    kAudioUnitProperty_ReverbRoomType = 10,
    kAUNetSendPresetFormat_AAC_48kbpspc = 11,
    kAudioUnitProperty_BusCount = 11,
    kAudioUnitProperty_ElementCount = 11,
    kAUNetSendPresetFormat_AAC_40kbpspc = 12,
    kAudioUnitProperty_Latency = 12,
    kAUNetSendPresetFormat_AAC_32kbpspc = 13,
    kAudioUnitProperty_SupportedNumChannels = 13,
    kAUNetSendPresetFormat_AAC_LD_64kbpspc = 14,
    kAudioUnitProperty_MaximumFramesPerSlice = 14,
    kAUNetSendPresetFormat_AAC_LD_48kbpspc = 15,
    kAudioUnitProperty_SetExternalBuffer = 15,
    kAUNetSendPresetFormat_AAC_LD_40kbpspc = 16,
    kAudioUnitProperty_ParameterValueStrings = 16,
    kAUNetSendPresetFormat_AAC_LD_32kbpspc = 17,
    kAudioUnitProperty_MIDIControlMapping = 17,
    kAUNetSendNumPresetFormats = 18,
    kAudioUnitProperty_GetUIComponentList = 18,
    kAudioUnitProperty_AudioChannelLayout = 19,
    kAudioUnitProperty_TailTime = 20,
    kAudioUnitProperty_BypassEffect = 21,
    kAudioUnitProperty_LastRenderError = 22,
    kAudioUnitProperty_SetRenderCallback = 23,
    kAudioUnitProperty_FactoryPresets = 24,
    kAudioUnitProperty_ContextName = 25,
    kAudioUnitProperty_RenderQuality = 26,
    kAudioUnitProperty_HostCallbacks = 27,
    kAudioUnitProperty_CurrentPreset = 28,
    kAudioUnitProperty_InPlaceProcessing = 29,
    kAudioUnitProperty_ElementName = 30,
    kAudioUnitProperty_CocoaUI = 31,
    kAudioUnitProperty_SupportedChannelLayoutTags = 32,
    kRenderQuality_Low = 32,
    kAudioUnitProperty_ParameterStringFromValue = 33,
    kAudioUnitProperty_ParameterValueName = 33,
    kAudioUnitProperty_ParameterIDName = 34,
    kAudioUnitProperty_ParameterClumpName = 35,
    kAudioUnitProperty_PresentPreset = 36,
    kAudioUnitProperty_OfflineRender = 37,
    kAudioUnitProperty_ParameterValueFromString = 38,
    kAudioUnitProperty_IconLocation = 39,
    kAudioUnitProperty_PresentationLatency = 40,
    kAudioUnitProperty_AllParameterMIDIMappings = 41,
    kAudioUnitProperty_AddParameterMIDIMapping = 42,
    kAudioUnitProperty_RemoveParameterMIDIMapping = 43,
    kAudioUnitProperty_HotMapParameterMIDIMapping = 44,
    kAudioUnitProperty_DependentParameters = 45,
    kAudioUnitProperty_AUHostIdentifier = 46,
    kAudioUnitProperty_MIDIOutputCallbackInfo = 47,
    kAudioUnitProperty_MIDIOutputCallback = 48,
    kAudioUnitProperty_InputSamplesInOutput = 49,
    kAudioUnitProperty_ClassInfoFromDocument = 50,
    kAudioUnitProperty_ShouldAllocateBuffer = 51,
    kAudioUnitProperty_FrequencyResponse = 52,
    kAudioUnitProperty_ParameterHistoryInfo = 53,
    kAudioUnitProperty_NickName = 54,
    kAudioUnitProperty_RequestViewController = 56,
    kAudioUnitProperty_ParametersForOverview = 57,
    kAudioUnitProperty_SupportsMPE = 58,
    kAudioUnitProperty_RenderContextObserver = 60,
    kAudioUnitProperty_LastRenderSampleTime = 61,
    kAudioUnitProperty_LoadedOutOfProcess = 62,
    kAudioUnitProperty_MIDIOutputEventListCallback = 63,
    kAudioUnitProperty_AudioUnitMIDIProtocol = 64,
    kRenderQuality_Medium = 64,
    kAudioUnitProperty_HostMIDIProtocol = 65,
    kAudioUnitProperty_MIDIOutputBufferSizeHint = 66,
    kRenderQuality_High = 96,
    kAudioUnitProperty_RemoteControlEventListener = 100,
    kAudioUnitProperty_IsInterAppConnected = 101,
    kAudioUnitProperty_PeerURL = 102,
    kAUSampler_DefaultPercussionBankMSB = 120,
    kAUSampler_DefaultMelodicBankMSB = 121,
    kRenderQuality_Max = 127,
    kMusicDeviceProperty_InstrumentCount = 1000,
    kMusicDeviceProperty_InstrumentName = 1001,
    kMusicDeviceProperty_GroupOutputBus = 1002,
    kMusicDeviceProperty_SoundBankFSSpec = 1003,
    kMusicDeviceProperty_InstrumentNumber = 1004,
    kAudioUnitProperty_UsesInternalReverb = 1005,
    kMusicDeviceProperty_UsesInternalReverb = 1005,
    kMusicDeviceProperty_MIDIXMLNames = 1006,
    kMusicDeviceProperty_BankName = 1007,
    kMusicDeviceProperty_SoundBankData = 1008,
    kMusicDeviceProperty_PartGroup = 1010,
    kMusicDeviceProperty_StreamFromDisk = 1011,
    kMusicDeviceProperty_SoundBankFSRef = 1012,
    kMusicDeviceProperty_DualSchedulingMode = 1013,
    kMusicDeviceProperty_SupportsStartStopNote = 1014,
    kNumberOfResponseFrequencies = 1024,
    kMusicDeviceProperty_SoundBankURL = 1100,
    kAudioOutputUnitProperty_CurrentDevice = 2000,
    kAudioOutputUnitProperty_IsRunning = 2001,
    kAudioOutputUnitProperty_ChannelMap = 2002,
    kAudioOutputUnitProperty_EnableIO = 2003,
    kAudioOutputUnitProperty_StartTime = 2004,
    kAudioOutputUnitProperty_SetInputCallback = 2005,
    kAudioOutputUnitProperty_HasIO = 2006,
    kAudioOutputUnitProperty_StartTimestampsAtZero = 2007,
    kAudioOutputUnitProperty_MIDICallbacks = 2010,
    kAudioOutputUnitProperty_HostReceivesRemoteControlEvents = 2011,
    kAudioOutputUnitProperty_RemoteControlToHost = 2012,
    kAudioOutputUnitProperty_HostTransportState = 2013,
    kAudioOutputUnitProperty_NodeComponentDescription = 2014,
    kAudioOutputUnitProperty_OSWorkgroup = 2015,
    kAUVoiceIOProperty_BypassVoiceProcessing = 2100,
    kAUVoiceIOProperty_VoiceProcessingEnableAGC = 2101,
    kAUVoiceIOProperty_VoiceProcessingQuality = 2103,
    kAUVoiceIOProperty_MuteOutput = 2104,
    kAUVoiceIOProperty_MutedSpeechActivityEventListener = 2106,
    kAUVoiceIOProperty_OtherAudioDuckingConfiguration = 2108,
    kAUNBandEQProperty_NumberOfBands = 2200,
    kAUNBandEQProperty_MaxNumberOfBands = 2201,
    kAUNBandEQProperty_BiquadCoefficients = 2203,
    kAudioUnitProperty_SpatializationAlgorithm = 3000,
    kAudioUnitProperty_SpeakerConfiguration = 3001,
    kAudioUnitProperty_DopplerShift = 3002,
    kAudioUnitProperty_3DMixerRenderingFlags = 3003,
    kAudioUnitProperty_SpatialMixerRenderingFlags = 3003,
    kAudioUnitProperty_3DMixerDistanceAtten = 3004,
    kAudioUnitProperty_SpatialMixerSourceMode = 3005,
    kAudioUnitProperty_MatrixLevels = 3006,
    kAudioUnitProperty_MeteringMode = 3007,
    kAudioUnitProperty_PannerMode = 3008,
    kAudioUnitProperty_MatrixDimensions = 3009,
    kAudioUnitProperty_3DMixerDistanceParams = 3010,
    kAudioUnitProperty_SpatialMixerDistanceParams = 3010,
    kAudioUnitProperty_MeterClipping = 3011,
    kAudioUnitProperty_ReverbPreset = 3012,
    kAudioUnitProperty_3DMixerAttenuationCurve = 3013,
    kAudioUnitProperty_SpatialMixerAttenuationCurve = 3013,
    kAudioUnitProperty_SampleRateConverterComplexity = 3014,
    kAudioUnitProperty_InputAnchorTimeStamp = 3016,
    kAudioOfflineUnitProperty_InputSize = 3020,
    kAudioUnitOfflineProperty_InputSize = 3020,
    kAudioOfflineUnitProperty_OutputSize = 3021,
    kAudioUnitOfflineProperty_OutputSize = 3021,
    kAudioUnitOfflineProperty_StartOffset = 3022,
    kAudioUnitOfflineProperty_PreflightRequirements = 3023,
    kAudioUnitOfflineProperty_PreflightName = 3024,
    kAudioUnitProperty_SpatialMixerOutputType = 3100,
    kAudioUnitProperty_SpatialMixerPointSourceInHeadMode = 3103,
    kAudioUnitProperty_SpatialMixerEnableHeadTracking = 3111,
    kAudioUnitProperty_SpatialMixerPersonalizedHRTFMode = 3113,
    kAudioUnitProperty_SpatialMixerAnyInputIsUsingPersonalizedHRTF = 3116,
    kAudioUnitProperty_ScheduleAudioSlice = 3300,
    kAudioUnitProperty_ScheduleStartTimeStamp = 3301,
    kAudioUnitProperty_CurrentPlayTime = 3302,
    kAudioUnitProperty_ScheduledFileIDs = 3310,
    kAudioUnitProperty_ScheduledFileRegion = 3311,
    kAudioUnitProperty_ScheduledFilePrime = 3312,
    kAudioUnitProperty_ScheduledFileBufferSizeFrames = 3313,
    kAudioUnitProperty_ScheduledFileNumberBuffers = 3314,
    kAudioUnitProperty_DeferredRendererPullSize = 3320,
    kAudioUnitProperty_DeferredRendererExtraLatency = 3321,
    kAudioUnitProperty_DeferredRendererWaitFrames = 3322,
    kAUNetReceiveProperty_Hostname = 3511,
    kAUNetReceiveProperty_Password = 3512,
    kAUNetSendProperty_PortNum = 3513,
    kAUNetSendProperty_TransmissionFormat = 3514,
    kAUNetSendProperty_TransmissionFormatIndex = 3515,
    kAUNetSendProperty_ServiceName = 3516,
    kAUNetSendProperty_Disconnect = 3517,
    kAUNetSendProperty_Password = 3518,
    kAudioUnitProperty_DistanceAttenuationData = 3600,
    kAudioUnitMigrateProperty_FromPlugin = 4000,
    kAudioUnitMigrateProperty_OldAutomation = 4001,
    kAUSamplerProperty_BankAndPreset = 4100,
    kAUSamplerProperty_LoadPresetFromBank = 4100,
    kAUSamplerProperty_LoadAudioFiles = 4101,
    kAUSamplerProperty_LoadInstrument = 4102,
    kAUMIDISynthProperty_EnablePreload = 4119,
    kAudioUnitParameterFlag_HasName = 2097152,
    kMusicDeviceSampleFrameMask_SampleOffset = 16777215,
    kMusicDeviceSampleFrameMask_IsScheduled = 16777216,
    kAudioUnitSampleRateConverterComplexity_Mastering = 1650553971,  /* 'bats' */
    kAudioUnitSRCAlgorithm_MediumQuality = 1668510307,  /* 'csrc' */
    kAudioUnitSampleRateConverterComplexity_Linear = 1818848869,  /* 'line' */
    kAudioUnitSampleRateConverterComplexity_Normal = 1852797549,  /* 'norm' */
    kAudioUnitSRCAlgorithm_Polyphase = 1886350457,  /* 'poly' */
};
/* AudioToolbox/MusicDevice.h:enum */
enum {
    kMusicDeviceRange = 256,
    kMusicDeviceMIDIEventSelect = 257,
    kMusicDeviceSysExSelect = 258,
    kMusicDevicePrepareInstrumentSelect = 259,
    kMusicDeviceReleaseInstrumentSelect = 260,
    kMusicDeviceStartNoteSelect = 261,
    kMusicDeviceStopNoteSelect = 262,
    kMusicDeviceMIDIEventListSelect = 263,
    kMusicNoteEvent_Unused = 4294967295,
    kMusicNoteEvent_UseGroupInstrument = 4294967295,
};
/* AudioUnitParameterOptions */
enum {
    kAudioUnitParameterFlag_CFNameRelease = 16,
    kAudioUnitParameterFlag_OmitFromPresets = 8192,
    kAudioUnitParameterFlag_PlotHistory = 16384,
    kAudioUnitParameterFlag_MeterReadOnly = 32768,
    kAudioUnitParameterFlag_DisplaySquareRoot = 65536,
    kAudioUnitParameterFlag_DisplaySquared = 131072,
    kAudioUnitParameterFlag_DisplayCubed = 196608,
    kAudioUnitParameterFlag_DisplayCubeRoot = 262144,
    kAudioUnitParameterFlag_DisplayExponential = 327680,
    kAudioUnitParameterFlag_HasClump = 1048576,
    kAudioUnitParameterFlag_ValuesHaveStrings = 2097152,
    kAudioUnitParameterFlag_DisplayLogarithmic = 4194304,
    kAudioUnitParameterFlag_DisplayMask = 4653056,
    kAudioUnitParameterFlag_IsHighResolution = 8388608,
    kAudioUnitParameterFlag_NonRealTime = 16777216,
    kAudioUnitParameterFlag_CanRamp = 33554432,
    kAudioUnitParameterFlag_ExpertMode = 67108864,
    kAudioUnitParameterFlag_HasCFNameString = 134217728,
    kAudioUnitParameterFlag_IsGlobalMeta = 268435456,
    kAudioUnitParameterFlag_IsElementMeta = 536870912,
    kAudioUnitParameterFlag_IsReadable = 1073741824,
    kAudioUnitParameterFlag_IsWritable = 2147483648,
};
/* AudioUnitParameterUnit */
enum {
    kAudioUnitParameterUnit_Generic = 0,
    kAudioUnitParameterUnit_Indexed = 1,
    kAudioUnitParameterUnit_Boolean = 2,
    kAudioUnitParameterUnit_Percent = 3,
    kAudioUnitParameterUnit_Seconds = 4,
    kAudioUnitParameterUnit_SampleFrames = 5,
    kAudioUnitParameterUnit_Phase = 6,
    kAudioUnitParameterUnit_Rate = 7,
    kAudioUnitParameterUnit_Hertz = 8,
    kAudioUnitParameterUnit_Cents = 9,
    kAudioUnitParameterUnit_RelativeSemiTones = 10,
    kAudioUnitParameterUnit_MIDINoteNumber = 11,
    kAudioUnitParameterUnit_MIDIController = 12,
    kAudioUnitParameterUnit_Decibels = 13,
    kAudioUnitParameterUnit_LinearGain = 14,
    kAudioUnitParameterUnit_Degrees = 15,
    kAudioUnitParameterUnit_EqualPowerCrossfade = 16,
    kAudioUnitParameterUnit_MixerFaderCurve1 = 17,
    kAudioUnitParameterUnit_Pan = 18,
    kAudioUnitParameterUnit_Meters = 19,
    kAudioUnitParameterUnit_AbsoluteCents = 20,
    kAudioUnitParameterUnit_Octaves = 21,
    kAudioUnitParameterUnit_BPM = 22,
    kAudioUnitParameterUnit_Beats = 23,
    kAudioUnitParameterUnit_Milliseconds = 24,
    kAudioUnitParameterUnit_Ratio = 25,
    kAudioUnitParameterUnit_CustomUnit = 26,
    kAudioUnitParameterUnit_MIDI2Controller = 27,
};
/* AudioUnitRemoteControlEvent */
enum {
    kAudioUnitRemoteControlEvent_TogglePlayPause = 1,
    kAudioUnitRemoteControlEvent_ToggleRecord = 2,
    kAudioUnitRemoteControlEvent_Rewind = 3,
};
/* AudioUnitRenderActionFlags */
enum {
    kAudioUnitRenderAction_PreRender = 4,
    kAudioUnitRenderAction_PostRender = 8,
    kAudioUnitRenderAction_OutputIsSilence = 16,
    kAudioOfflineUnitRenderAction_Preflight = 32,
    kAudioOfflineUnitRenderAction_Render = 64,
    kAudioOfflineUnitRenderAction_Complete = 128,
    kAudioUnitRenderAction_PostRenderError = 256,
    kAudioUnitRenderAction_DoNotCheckRenderArgs = 512,
};

/* ---- exported data ---- */
extern const CFStringRef kAudioComponentInstanceInvalidationNotification;
extern const CFStringRef kAudioComponentRegistrationsChangedNotification;

/* ---- functions ---- */
/* AUComponent.h */
OSStatus AudioUnitAddPropertyListener(AudioUnit inUnit, AudioUnitPropertyID inID, AudioUnitPropertyListenerProc inProc, void *inProcUserData);
OSStatus AudioUnitAddRenderNotify(AudioUnit inUnit, AURenderCallback inProc, void *inProcUserData);
CFArrayRef AudioUnitExtensionCopyComponentList(CFStringRef extensionIdentifier);
OSStatus AudioUnitExtensionSetComponentList(CFStringRef extensionIdentifier, CFArrayRef audioComponentInfo);
OSStatus AudioUnitGetParameter(AudioUnit inUnit, AudioUnitParameterID inID, AudioUnitScope inScope, AudioUnitElement inElement, AudioUnitParameterValue *outValue);
OSStatus AudioUnitGetProperty(AudioUnit inUnit, AudioUnitPropertyID inID, AudioUnitScope inScope, AudioUnitElement inElement, void *outData, UInt32 *ioDataSize);
OSStatus AudioUnitGetPropertyInfo(AudioUnit inUnit, AudioUnitPropertyID inID, AudioUnitScope inScope, AudioUnitElement inElement, UInt32 *outDataSize, Boolean *outWritable);
OSStatus AudioUnitInitialize(AudioUnit inUnit);
OSStatus AudioUnitProcess(AudioUnit inUnit, AudioUnitRenderActionFlags *ioActionFlags, const AudioTimeStamp *inTimeStamp, UInt32 inNumberFrames, AudioBufferList *ioData);
OSStatus AudioUnitProcessMultiple(AudioUnit inUnit, AudioUnitRenderActionFlags *ioActionFlags, const AudioTimeStamp *inTimeStamp, UInt32 inNumberFrames, UInt32 inNumberInputBufferLists, const AudioBufferList * *inInputBufferLists, UInt32 inNumberOutputBufferLists, AudioBufferList * *ioOutputBufferLists);
OSStatus AudioUnitRemovePropertyListenerWithUserData(AudioUnit inUnit, AudioUnitPropertyID inID, AudioUnitPropertyListenerProc inProc, void *inProcUserData);
OSStatus AudioUnitRemoveRenderNotify(AudioUnit inUnit, AURenderCallback inProc, void *inProcUserData);
OSStatus AudioUnitRender(AudioUnit inUnit, AudioUnitRenderActionFlags *ioActionFlags, const AudioTimeStamp *inTimeStamp, UInt32 inOutputBusNumber, UInt32 inNumberFrames, AudioBufferList *ioData);
OSStatus AudioUnitReset(AudioUnit inUnit, AudioUnitScope inScope, AudioUnitElement inElement);
OSStatus AudioUnitScheduleParameters(AudioUnit inUnit, const AudioUnitParameterEvent *inParameterEvent, UInt32 inNumParamEvents);
OSStatus AudioUnitSetParameter(AudioUnit inUnit, AudioUnitParameterID inID, AudioUnitScope inScope, AudioUnitElement inElement, AudioUnitParameterValue inValue, UInt32 inBufferOffsetInFrames);
OSStatus AudioUnitSetProperty(AudioUnit inUnit, AudioUnitPropertyID inID, AudioUnitScope inScope, AudioUnitElement inElement, const void *inData, UInt32 inDataSize);
OSStatus AudioUnitUninitialize(AudioUnit inUnit);
/* AudioComponent.h */
OSStatus AudioComponentCopyConfigurationInfo(AudioComponent inComponent, CFDictionaryRef *outConfigurationInfo);
OSStatus AudioComponentCopyName(AudioComponent inComponent, CFStringRef *outName);
UInt32 AudioComponentCount(const AudioComponentDescription *inDesc);
AudioComponent AudioComponentFindNext(AudioComponent inComponent, const AudioComponentDescription *inDesc);
OSStatus AudioComponentGetDescription(AudioComponent inComponent, AudioComponentDescription *outDesc);
OSStatus AudioComponentGetVersion(AudioComponent inComponent, UInt32 *outVersion);
Boolean AudioComponentInstanceCanDo(AudioComponentInstance inInstance, SInt16 inSelectorID);
OSStatus AudioComponentInstanceDispose(AudioComponentInstance inInstance);
AudioComponent AudioComponentInstanceGetComponent(AudioComponentInstance inInstance);
OSStatus AudioComponentInstanceNew(AudioComponent inComponent, AudioComponentInstance *outInstance);
AudioComponent AudioComponentRegister(const AudioComponentDescription *inDesc, CFStringRef inName, UInt32 inVersion, AudioComponentFactoryFunction inFactory);
OSStatus AudioComponentValidate(AudioComponent inComponent, CFDictionaryRef inValidationParameters, AudioComponentValidationResult *outValidationResult);
/* AudioOutputUnit.h */
OSStatus AudioOutputUnitStart(AudioUnit ci);
OSStatus AudioOutputUnitStop(AudioUnit ci);
/* MusicDevice.h */
OSStatus MusicDeviceMIDIEvent(MusicDeviceComponent inUnit, UInt32 inStatus, UInt32 inData1, UInt32 inData2, UInt32 inOffsetSampleFrame);
OSStatus MusicDeviceMIDIEventList(MusicDeviceComponent inUnit, UInt32 inOffsetSampleFrame, const struct MIDIEventList *evtList);
OSStatus MusicDevicePrepareInstrument(MusicDeviceComponent inUnit, MusicDeviceInstrumentID inInstrument);  /* deprecated in macOS 10.5 */
OSStatus MusicDeviceReleaseInstrument(MusicDeviceComponent inUnit, MusicDeviceInstrumentID inInstrument);  /* deprecated in macOS 10.5 */
OSStatus MusicDeviceStartNote(MusicDeviceComponent inUnit, MusicDeviceInstrumentID inInstrument, MusicDeviceGroupID inGroupID, NoteInstanceID *outNoteInstanceID, UInt32 inOffsetSampleFrame, const MusicDeviceNoteParams *inParams);
OSStatus MusicDeviceStopNote(MusicDeviceComponent inUnit, MusicDeviceGroupID inGroupID, NoteInstanceID inNoteInstanceID, UInt32 inOffsetSampleFrame);
OSStatus MusicDeviceSysEx(MusicDeviceComponent inUnit, const UInt8 *inData, UInt32 inLength);

/* ---- not declared here ----
   AUMIDIEventListBlock: block type, which cffi cannot express
   AURenderContextObserver: block type, which cffi cannot express
   AUVoiceIOMutedSpeechActivityEventListener: block type, which cffi cannot express
   AudioComponentGetLastActiveTime: exported by neither architecture
   AudioComponentInstantiate: takes an Objective-C block, which cffi cannot express
   AudioComponentValidateWithResults: takes an Objective-C block, which cffi cannot express
   AudioOutputUnitPublish: exported by neither architecture
   AudioUnitRemoteControlEventListener: block type, which cffi cannot express
   GetAudioUnitParameterDisplayType: static inline in the SDK, not exported (capi implements it in Python)
   SetAudioUnitParameterDisplayType: static inline in the SDK, not exported (capi implements it in Python)
*/
