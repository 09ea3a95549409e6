/* AudioToolbox/MusicPlayer.h: cffi declarations for coremusic (framework: AudioToolbox).
   Written from the SDK ABI facts (MacOSX14.2.sdk); checked by tests/abi. */

/* ---- record tags ---- */
struct OpaqueMusicEventIterator;
struct OpaqueMusicPlayer;
struct OpaqueMusicSequence;
struct OpaqueMusicTrack;
struct AUPresetEvent;
struct CABarBeatTime;
struct ExtendedControlEvent;
struct ExtendedNoteOnEvent;
struct ExtendedTempoEvent;
struct MIDIChannelMessage;
struct MIDIMetaEvent;
struct MIDINoteMessage;
struct MIDIRawData;
struct MusicEventUserData;
struct MusicTrackLoopInfo;
struct ParameterEvent;

/* ---- types ---- */
typedef struct AUPresetEvent AUPresetEvent;
typedef struct CABarBeatTime CABarBeatTime;
typedef CFTypeRef CFPropertyListRef;
typedef struct ExtendedControlEvent ExtendedControlEvent;
typedef struct ExtendedNoteOnEvent ExtendedNoteOnEvent;
typedef struct ExtendedTempoEvent ExtendedTempoEvent;
typedef struct MIDIChannelMessage MIDIChannelMessage;
typedef struct MIDIMetaEvent MIDIMetaEvent;
typedef struct MIDINoteMessage MIDINoteMessage;
typedef UInt32 MIDIObjectRef;
typedef struct MIDIRawData MIDIRawData;
typedef struct OpaqueMusicEventIterator *MusicEventIterator;
typedef UInt32 MusicEventType;
typedef struct MusicEventUserData MusicEventUserData;
typedef struct OpaqueMusicPlayer *MusicPlayer;
typedef struct OpaqueMusicSequence *MusicSequence;
typedef UInt32 MusicSequenceFileFlags;
typedef UInt32 MusicSequenceFileTypeID;
typedef UInt32 MusicSequenceLoadFlags;
typedef UInt32 MusicSequenceType;
typedef Float64 MusicTimeStamp;
typedef struct OpaqueMusicTrack *MusicTrack;
typedef struct MusicTrackLoopInfo MusicTrackLoopInfo;
typedef struct ParameterEvent ParameterEvent;
struct AUPresetEvent {
    AudioUnitScope scope;
    AudioUnitElement element;
    CFPropertyListRef preset;
};
struct CABarBeatTime {
    SInt32 bar;
    UInt16 beat;
    UInt16 subbeat;
    UInt16 subbeatDivisor;
    UInt16 reserved;
};
struct ExtendedControlEvent {
    MusicDeviceGroupID groupID;
    AudioUnitParameterID controlID;
    AudioUnitParameterValue value;
};
struct ExtendedNoteOnEvent {
    MusicDeviceInstrumentID instrumentID;
    MusicDeviceGroupID groupID;
    Float32 duration;
    MusicDeviceNoteParams extendedParams;
};
struct ExtendedTempoEvent {
    Float64 bpm;
};
struct MIDIChannelMessage {
    UInt8 status;
    UInt8 data1;
    UInt8 data2;
    UInt8 reserved;
};
struct MIDIMetaEvent {
    UInt8 metaEventType;
    UInt8 unused1;
    UInt8 unused2;
    UInt8 unused3;
    UInt32 dataLength;
    UInt8 data[1];
};
struct MIDINoteMessage {
    UInt8 channel;
    UInt8 note;
    UInt8 velocity;
    UInt8 releaseVelocity;
    Float32 duration;
};
struct MIDIRawData {
    UInt32 length;
    UInt8 data[1];
};
struct MusicEventUserData {
    UInt32 length;
    UInt8 data[1];
};
struct MusicTrackLoopInfo {
    MusicTimeStamp loopDuration;
    SInt32 numberOfLoops;
};
struct ParameterEvent {
    AudioUnitParameterID parameterID;
    AudioUnitScope scope;
    AudioUnitElement element;
    AudioUnitParameterValue value;
};
typedef MIDIObjectRef MIDIEndpointRef;
typedef void (*MusicSequenceUserCallback)(void *, MusicSequence, MusicTrack, MusicTimeStamp, const MusicEventUserData *, MusicTimeStamp, MusicTimeStamp);

/* ---- constants ---- */
/* AudioToolbox/MusicPlayer.h:enum */
enum {
    kAudioToolboxError_NoTrackDestination = -66720,
    kAudioToolboxErr_CannotDoInCurrentContext = -10863,
    kAudioToolboxErr_TrackIndexError = -10859,
    kAudioToolboxErr_TrackNotFound = -10858,
    kAudioToolboxErr_EndOfTrack = -10857,
    kAudioToolboxErr_StartOfTrack = -10856,
    kAudioToolboxErr_IllegalTrackDestination = -10855,
    kAudioToolboxErr_NoSequence = -10854,
    kAudioToolboxErr_InvalidEventType = -10853,
    kAudioToolboxErr_InvalidPlayerState = -10852,
    kAudioToolboxErr_InvalidSequenceType = -10846,
    kMusicEventType_NULL = 0,
    kSequenceTrackProperty_LoopInfo = 0,
    kMusicEventType_ExtendedNote = 1,
    kSequenceTrackProperty_OffsetTime = 1,
    kMusicEventType_ExtendedControl = 2,
    kSequenceTrackProperty_MuteStatus = 2,
    kMusicEventType_ExtendedTempo = 3,
    kSequenceTrackProperty_SoloStatus = 3,
    kMusicEventType_User = 4,
    kSequenceTrackProperty_AutomatedParameters = 4,
    kMusicEventType_Meta = 5,
    kSequenceTrackProperty_TrackLength = 5,
    kMusicEventType_MIDINoteMessage = 6,
    kSequenceTrackProperty_TimeResolution = 6,
    kMusicEventType_MIDIChannelMessage = 7,
    kMusicEventType_MIDIRawData = 8,
    kMusicEventType_Parameter = 9,
    kMusicEventType_AUPreset = 10,
};
/* MusicSequenceFileFlags */
enum {
    kMusicSequenceFileFlags_Default = 0,
    kMusicSequenceFileFlags_EraseFile = 1,
};
/* MusicSequenceFileTypeID */
enum {
    kMusicSequenceFile_AnyType = 0,
    kMusicSequenceFile_iMelodyType = 1768777068,  /* 'imel' */
    kMusicSequenceFile_MIDIType = 1835623529,  /* 'midi' */
};
/* MusicSequenceLoadFlags */
enum {
    kMusicSequenceLoadSMF_PreserveTracks = 0,
    kMusicSequenceLoadSMF_ChannelsToTracks = 1,
};
/* MusicSequenceType */
enum {
    kMusicSequenceType_Beats = 1650811252,  /* 'beat' */
    kMusicSequenceType_Samples = 1935764848,  /* 'samp' */
    kMusicSequenceType_Seconds = 1936024435,  /* 'secs' */
};

/* ---- functions ---- */
/* MusicPlayer.h */
OSStatus DisposeMusicEventIterator(MusicEventIterator inIterator);
OSStatus DisposeMusicPlayer(MusicPlayer inPlayer);
OSStatus DisposeMusicSequence(MusicSequence inSequence);
OSStatus MusicEventIteratorDeleteEvent(MusicEventIterator inIterator);
OSStatus MusicEventIteratorGetEventInfo(MusicEventIterator inIterator, MusicTimeStamp *outTimeStamp, MusicEventType *outEventType, const void * *outEventData, UInt32 *outEventDataSize);
OSStatus MusicEventIteratorHasCurrentEvent(MusicEventIterator inIterator, Boolean *outHasCurEvent);
OSStatus MusicEventIteratorHasNextEvent(MusicEventIterator inIterator, Boolean *outHasNextEvent);
OSStatus MusicEventIteratorHasPreviousEvent(MusicEventIterator inIterator, Boolean *outHasPrevEvent);
OSStatus MusicEventIteratorNextEvent(MusicEventIterator inIterator);
OSStatus MusicEventIteratorPreviousEvent(MusicEventIterator inIterator);
OSStatus MusicEventIteratorSeek(MusicEventIterator inIterator, MusicTimeStamp inTimeStamp);
OSStatus MusicEventIteratorSetEventInfo(MusicEventIterator inIterator, MusicEventType inEventType, const void *inEventData);
OSStatus MusicEventIteratorSetEventTime(MusicEventIterator inIterator, MusicTimeStamp inTimeStamp);
OSStatus MusicPlayerGetBeatsForHostTime(MusicPlayer inPlayer, UInt64 inHostTime, MusicTimeStamp *outBeats);
OSStatus MusicPlayerGetHostTimeForBeats(MusicPlayer inPlayer, MusicTimeStamp inBeats, UInt64 *outHostTime);
OSStatus MusicPlayerGetPlayRateScalar(MusicPlayer inPlayer, Float64 *outScaleRate);
OSStatus MusicPlayerGetSequence(MusicPlayer inPlayer, MusicSequence *outSequence);
OSStatus MusicPlayerGetTime(MusicPlayer inPlayer, MusicTimeStamp *outTime);
OSStatus MusicPlayerIsPlaying(MusicPlayer inPlayer, Boolean *outIsPlaying);
OSStatus MusicPlayerPreroll(MusicPlayer inPlayer);
OSStatus MusicPlayerSetPlayRateScalar(MusicPlayer inPlayer, Float64 inScaleRate);
OSStatus MusicPlayerSetSequence(MusicPlayer inPlayer, MusicSequence inSequence);
OSStatus MusicPlayerSetTime(MusicPlayer inPlayer, MusicTimeStamp inTime);
OSStatus MusicPlayerStart(MusicPlayer inPlayer);
OSStatus MusicPlayerStop(MusicPlayer inPlayer);
OSStatus MusicSequenceBarBeatTimeToBeats(MusicSequence inSequence, const CABarBeatTime *inBarBeatTime, MusicTimeStamp *outBeats);
OSStatus MusicSequenceBeatsToBarBeatTime(MusicSequence inSequence, MusicTimeStamp inBeats, UInt32 inSubbeatDivisor, CABarBeatTime *outBarBeatTime);
OSStatus MusicSequenceDisposeTrack(MusicSequence inSequence, MusicTrack inTrack);
OSStatus MusicSequenceFileCreate(MusicSequence inSequence, CFURLRef inFileRef, MusicSequenceFileTypeID inFileType, MusicSequenceFileFlags inFlags, SInt16 inResolution);
OSStatus MusicSequenceFileCreateData(MusicSequence inSequence, MusicSequenceFileTypeID inFileType, MusicSequenceFileFlags inFlags, SInt16 inResolution, CFDataRef *outData);
OSStatus MusicSequenceFileLoad(MusicSequence inSequence, CFURLRef inFileRef, MusicSequenceFileTypeID inFileTypeHint, MusicSequenceLoadFlags inFlags);
OSStatus MusicSequenceFileLoadData(MusicSequence inSequence, CFDataRef inData, MusicSequenceFileTypeID inFileTypeHint, MusicSequenceLoadFlags inFlags);
OSStatus MusicSequenceGetAUGraph(MusicSequence inSequence, AUGraph *outGraph);
OSStatus MusicSequenceGetBeatsForSeconds(MusicSequence inSequence, Float64 inSeconds, MusicTimeStamp *outBeats);
OSStatus MusicSequenceGetIndTrack(MusicSequence inSequence, UInt32 inTrackIndex, MusicTrack *outTrack);
CFDictionaryRef MusicSequenceGetInfoDictionary(MusicSequence inSequence);
OSStatus MusicSequenceGetSecondsForBeats(MusicSequence inSequence, MusicTimeStamp inBeats, Float64 *outSeconds);
OSStatus MusicSequenceGetSequenceType(MusicSequence inSequence, MusicSequenceType *outType);
OSStatus MusicSequenceGetTempoTrack(MusicSequence inSequence, MusicTrack *outTrack);
OSStatus MusicSequenceGetTrackCount(MusicSequence inSequence, UInt32 *outNumberOfTracks);
OSStatus MusicSequenceGetTrackIndex(MusicSequence inSequence, MusicTrack inTrack, UInt32 *outTrackIndex);
OSStatus MusicSequenceLoadSMFDataWithFlags(MusicSequence inSequence, CFDataRef inData, MusicSequenceLoadFlags inFlags);  /* deprecated in macOS 10.5 */
OSStatus MusicSequenceLoadSMFWithFlags(MusicSequence inSequence, const struct FSRef *inFileRef, MusicSequenceLoadFlags inFlags);  /* deprecated in macOS 10.5 */
OSStatus MusicSequenceNewTrack(MusicSequence inSequence, MusicTrack *outTrack);
OSStatus MusicSequenceReverse(MusicSequence inSequence);
OSStatus MusicSequenceSaveMIDIFile(MusicSequence inSequence, const struct FSRef *inParentDirectory, CFStringRef inFileName, UInt16 inResolution, UInt32 inFlags);  /* deprecated in macOS 10.5 */
OSStatus MusicSequenceSaveSMFData(MusicSequence inSequence, CFDataRef *outData, UInt16 inResolution);  /* deprecated in macOS 10.5 */
OSStatus MusicSequenceSetAUGraph(MusicSequence inSequence, AUGraph inGraph);
OSStatus MusicSequenceSetMIDIEndpoint(MusicSequence inSequence, MIDIEndpointRef inEndpoint);
OSStatus MusicSequenceSetSequenceType(MusicSequence inSequence, MusicSequenceType inType);
OSStatus MusicSequenceSetUserCallback(MusicSequence inSequence, MusicSequenceUserCallback inCallback, void *inClientData);
OSStatus MusicTrackClear(MusicTrack inTrack, MusicTimeStamp inStartTime, MusicTimeStamp inEndTime);
OSStatus MusicTrackCopyInsert(MusicTrack inSourceTrack, MusicTimeStamp inSourceStartTime, MusicTimeStamp inSourceEndTime, MusicTrack inDestTrack, MusicTimeStamp inDestInsertTime);
OSStatus MusicTrackCut(MusicTrack inTrack, MusicTimeStamp inStartTime, MusicTimeStamp inEndTime);
OSStatus MusicTrackGetDestMIDIEndpoint(MusicTrack inTrack, MIDIEndpointRef *outEndpoint);
OSStatus MusicTrackGetDestNode(MusicTrack inTrack, AUNode *outNode);
OSStatus MusicTrackGetProperty(MusicTrack inTrack, UInt32 inPropertyID, void *outData, UInt32 *ioLength);
OSStatus MusicTrackGetSequence(MusicTrack inTrack, MusicSequence *outSequence);
OSStatus MusicTrackMerge(MusicTrack inSourceTrack, MusicTimeStamp inSourceStartTime, MusicTimeStamp inSourceEndTime, MusicTrack inDestTrack, MusicTimeStamp inDestInsertTime);
OSStatus MusicTrackMoveEvents(MusicTrack inTrack, MusicTimeStamp inStartTime, MusicTimeStamp inEndTime, MusicTimeStamp inMoveTime);
OSStatus MusicTrackNewAUPresetEvent(MusicTrack inTrack, MusicTimeStamp inTimeStamp, const AUPresetEvent *inPresetEvent);
OSStatus MusicTrackNewExtendedControlEvent(MusicTrack inTrack, MusicTimeStamp inTimeStamp, const ExtendedControlEvent *inInfo);  /* deprecated in macOS 10.7 */
OSStatus MusicTrackNewExtendedNoteEvent(MusicTrack inTrack, MusicTimeStamp inTimeStamp, const ExtendedNoteOnEvent *inInfo);
OSStatus MusicTrackNewExtendedTempoEvent(MusicTrack inTrack, MusicTimeStamp inTimeStamp, Float64 inBPM);
OSStatus MusicTrackNewMIDIChannelEvent(MusicTrack inTrack, MusicTimeStamp inTimeStamp, const MIDIChannelMessage *inMessage);
OSStatus MusicTrackNewMIDINoteEvent(MusicTrack inTrack, MusicTimeStamp inTimeStamp, const MIDINoteMessage *inMessage);
OSStatus MusicTrackNewMIDIRawDataEvent(MusicTrack inTrack, MusicTimeStamp inTimeStamp, const MIDIRawData *inRawData);
OSStatus MusicTrackNewMetaEvent(MusicTrack inTrack, MusicTimeStamp inTimeStamp, const MIDIMetaEvent *inMetaEvent);
OSStatus MusicTrackNewParameterEvent(MusicTrack inTrack, MusicTimeStamp inTimeStamp, const ParameterEvent *inInfo);
OSStatus MusicTrackNewUserEvent(MusicTrack inTrack, MusicTimeStamp inTimeStamp, const MusicEventUserData *inUserData);
OSStatus MusicTrackSetDestMIDIEndpoint(MusicTrack inTrack, MIDIEndpointRef inEndpoint);
OSStatus MusicTrackSetDestNode(MusicTrack inTrack, AUNode inNode);
OSStatus MusicTrackSetProperty(MusicTrack inTrack, UInt32 inPropertyID, void *inData, UInt32 inLength);
OSStatus NewMusicEventIterator(MusicTrack inTrack, MusicEventIterator *outIterator);
OSStatus NewMusicPlayer(MusicPlayer *outPlayer);
OSStatus NewMusicSequence(MusicSequence *outSequence);
OSStatus NewMusicTrackFrom(MusicTrack inSourceTrack, MusicTimeStamp inSourceStartTime, MusicTimeStamp inSourceEndTime, MusicTrack *outNewTrack);  /* deprecated in macOS 10.6 */

/* ---- not declared here ----
   MusicSequenceGetSMPTEResolution: static inline in the SDK, not exported (capi implements it in Python)
   MusicSequenceSetSMPTEResolution: static inline in the SDK, not exported (capi implements it in Python)
*/
