/* AudioToolbox/AudioQueue.h: cffi declarations for coremusic (framework: AudioToolbox).
   Written from the SDK ABI facts (MacOSX14.2.sdk); checked by tests/abi. */

/* ---- record tags ---- */
struct OpaqueAudioQueue;
struct OpaqueAudioQueueProcessingTap;
struct OpaqueAudioQueueTimeline;
struct AudioQueueBuffer;
struct AudioQueueChannelAssignment;
struct AudioQueueLevelMeterState;
struct AudioQueueParameterEvent;

/* ---- types ---- */
typedef struct AudioQueueBuffer AudioQueueBuffer;
typedef AudioQueueBuffer *AudioQueueBufferRef;
typedef struct AudioQueueChannelAssignment AudioQueueChannelAssignment;
typedef struct AudioQueueLevelMeterState AudioQueueLevelMeterState;
typedef struct AudioQueueParameterEvent AudioQueueParameterEvent;
typedef UInt32 AudioQueueParameterID;
typedef Float32 AudioQueueParameterValue;
typedef UInt32 AudioQueueProcessingTapFlags;
typedef struct OpaqueAudioQueueProcessingTap *AudioQueueProcessingTapRef;
typedef UInt32 AudioQueuePropertyID;
typedef struct OpaqueAudioQueue *AudioQueueRef;
typedef struct OpaqueAudioQueueTimeline *AudioQueueTimelineRef;
struct AudioQueueBuffer {
    const UInt32 mAudioDataBytesCapacity;
    void *const mAudioData;
    UInt32 mAudioDataByteSize;
    void *mUserData;
    const UInt32 mPacketDescriptionCapacity;
    AudioStreamPacketDescription *const mPacketDescriptions;
    UInt32 mPacketDescriptionCount;
};
struct AudioQueueChannelAssignment {
    CFStringRef mDeviceUID;
    UInt32 mChannelNumber;
};
struct AudioQueueLevelMeterState {
    Float32 mAveragePower;
    Float32 mPeakPower;
};
struct AudioQueueParameterEvent {
    AudioQueueParameterID mID;
    AudioQueueParameterValue mValue;
};
typedef void (*AudioQueueInputCallback)(void *, AudioQueueRef, AudioQueueBufferRef, const AudioTimeStamp *, UInt32, const AudioStreamPacketDescription *);
typedef void (*AudioQueueOutputCallback)(void *, AudioQueueRef, AudioQueueBufferRef);
typedef void (*AudioQueueProcessingTapCallback)(void *, AudioQueueProcessingTapRef, UInt32, AudioTimeStamp *, AudioQueueProcessingTapFlags *, UInt32 *, AudioBufferList *);
typedef void (*AudioQueuePropertyListenerProc)(void *, AudioQueueRef, AudioQueuePropertyID);

/* ---- constants ---- */
/* AudioQueueProcessingTapFlags */
enum {
    kAudioQueueProcessingTap_PreEffects = 1,
    kAudioQueueProcessingTap_PostEffects = 2,
    kAudioQueueProcessingTap_Siphon = 4,
    kAudioQueueProcessingTap_StartOfStream = 256,
    kAudioQueueProcessingTap_EndOfStream = 512,
};
/* AudioToolbox/AudioQueue.h:enum */
enum {
    kAudioQueueErr_InvalidBuffer = -66687,
    kAudioQueueErr_BufferEmpty = -66686,
    kAudioQueueErr_DisposalPending = -66685,
    kAudioQueueErr_InvalidProperty = -66684,
    kAudioQueueErr_InvalidPropertySize = -66683,
    kAudioQueueErr_InvalidParameter = -66682,
    kAudioQueueErr_CannotStart = -66681,
    kAudioQueueErr_InvalidDevice = -66680,
    kAudioQueueErr_BufferInQueue = -66679,
    kAudioQueueErr_InvalidRunState = -66678,
    kAudioQueueErr_InvalidQueueType = -66677,
    kAudioQueueErr_Permissions = -66676,
    kAudioQueueErr_InvalidPropertyValue = -66675,
    kAudioQueueErr_PrimeTimedOut = -66674,
    kAudioQueueErr_CodecNotFound = -66673,
    kAudioQueueErr_InvalidCodecAccess = -66672,
    kAudioQueueErr_QueueInvalidated = -66671,
    kAudioQueueErr_TooManyTaps = -66670,
    kAudioQueueErr_InvalidTapContext = -66669,
    kAudioQueueErr_RecordUnderrun = -66668,
    kAudioQueueErr_InvalidTapType = -66667,
    kAudioQueueErr_BufferEnqueuedTwice = -66666,
    kAudioQueueErr_CannotStartYet = -66665,
    kAudioQueueErr_EnqueueDuringReset = -66632,
    kAudioQueueErr_InvalidOfflineMode = -66626,
    kAudioQueueParam_Volume = 1,
    kAudioQueueParam_PlayRate = 2,
    kAudioQueueParam_Pitch = 3,
    kAudioQueueParam_VolumeRampTime = 4,
    kAudioQueueParam_Pan = 13,
    kAudioQueueProperty_ChannelAssignments = 1634820961,  /* 'aqca' */
    kAudioQueueProperty_CurrentDevice = 1634820964,  /* 'aqcd' */
    kAudioQueueProperty_ChannelLayout = 1634820972,  /* 'aqcl' */
    kAudioQueueDeviceProperty_NumberChannels = 1634821219,  /* 'aqdc' */
    kAudioQueueProperty_StreamDescription = 1634821748,  /* 'aqft' */
    kAudioQueueProperty_MagicCookie = 1634823523,  /* 'aqmc' */
    kAudioQueueProperty_CurrentLevelMeterDB = 1634823524,  /* 'aqmd' */
    kAudioQueueProperty_EnableLevelMetering = 1634823525,  /* 'aqme' */
    kAudioQueueProperty_CurrentLevelMeter = 1634823542,  /* 'aqmv' */
    kAudioQueueProperty_IsRunning = 1634824814,  /* 'aqrn' */
    kAudioQueueDeviceProperty_SampleRate = 1634825074,  /* 'aqsr' */
    kAudioQueueProperty_DecodeBufferSizeFrames = 1684234854,  /* 'dcbf' */
    kAudioQueueProperty_EnableTimePitch = 1902081136,  /* 'q_tp' */
    kAudioQueueProperty_ConverterError = 1902343781,  /* 'qcve' */
    kAudioQueueProperty_TimePitchAlgorithm = 1903456353,  /* 'qtpa' */
    kAudioQueueProperty_TimePitchBypass = 1903456354,  /* 'qtpb' */
    kAudioQueueTimePitchAlgorithm_Spectral = 1936745827,  /* 'spec' */
    kAudioQueueTimePitchAlgorithm_TimeDomain = 1953064047,  /* 'tido' */
    kAudioQueueTimePitchAlgorithm_Varispeed = 1987276900,  /* 'vspd' */
    kAudioQueueProperty_MaximumOutputPacketSize = 2020569203,  /* 'xops' */
};

/* ---- functions ---- */
/* AudioQueue.h */
OSStatus AudioQueueAddPropertyListener(AudioQueueRef inAQ, AudioQueuePropertyID inID, AudioQueuePropertyListenerProc inProc, void *inUserData);
OSStatus AudioQueueAllocateBuffer(AudioQueueRef inAQ, UInt32 inBufferByteSize, AudioQueueBufferRef *outBuffer);
OSStatus AudioQueueAllocateBufferWithPacketDescriptions(AudioQueueRef inAQ, UInt32 inBufferByteSize, UInt32 inNumberPacketDescriptions, AudioQueueBufferRef *outBuffer);
OSStatus AudioQueueCreateTimeline(AudioQueueRef inAQ, AudioQueueTimelineRef *outTimeline);
OSStatus AudioQueueDeviceGetCurrentTime(AudioQueueRef inAQ, AudioTimeStamp *outTimeStamp);
OSStatus AudioQueueDeviceGetNearestStartTime(AudioQueueRef inAQ, AudioTimeStamp *ioRequestedStartTime, UInt32 inFlags);
OSStatus AudioQueueDeviceTranslateTime(AudioQueueRef inAQ, const AudioTimeStamp *inTime, AudioTimeStamp *outTime);
OSStatus AudioQueueDispose(AudioQueueRef inAQ, Boolean inImmediate);
OSStatus AudioQueueDisposeTimeline(AudioQueueRef inAQ, AudioQueueTimelineRef inTimeline);
OSStatus AudioQueueEnqueueBuffer(AudioQueueRef inAQ, AudioQueueBufferRef inBuffer, UInt32 inNumPacketDescs, const AudioStreamPacketDescription *inPacketDescs);
OSStatus AudioQueueEnqueueBufferWithParameters(AudioQueueRef inAQ, AudioQueueBufferRef inBuffer, UInt32 inNumPacketDescs, const AudioStreamPacketDescription *inPacketDescs, UInt32 inTrimFramesAtStart, UInt32 inTrimFramesAtEnd, UInt32 inNumParamValues, const AudioQueueParameterEvent *inParamValues, const AudioTimeStamp *inStartTime, AudioTimeStamp *outActualStartTime);
OSStatus AudioQueueFlush(AudioQueueRef inAQ);
OSStatus AudioQueueFreeBuffer(AudioQueueRef inAQ, AudioQueueBufferRef inBuffer);
OSStatus AudioQueueGetCurrentTime(AudioQueueRef inAQ, AudioQueueTimelineRef inTimeline, AudioTimeStamp *outTimeStamp, Boolean *outTimelineDiscontinuity);
OSStatus AudioQueueGetParameter(AudioQueueRef inAQ, AudioQueueParameterID inParamID, AudioQueueParameterValue *outValue);
OSStatus AudioQueueGetProperty(AudioQueueRef inAQ, AudioQueuePropertyID inID, void *outData, UInt32 *ioDataSize);
OSStatus AudioQueueGetPropertySize(AudioQueueRef inAQ, AudioQueuePropertyID inID, UInt32 *outDataSize);
OSStatus AudioQueueNewInput(const AudioStreamBasicDescription *inFormat, AudioQueueInputCallback inCallbackProc, void *inUserData, CFRunLoopRef inCallbackRunLoop, CFStringRef inCallbackRunLoopMode, UInt32 inFlags, AudioQueueRef *outAQ);
OSStatus AudioQueueNewOutput(const AudioStreamBasicDescription *inFormat, AudioQueueOutputCallback inCallbackProc, void *inUserData, CFRunLoopRef inCallbackRunLoop, CFStringRef inCallbackRunLoopMode, UInt32 inFlags, AudioQueueRef *outAQ);
OSStatus AudioQueueOfflineRender(AudioQueueRef inAQ, const AudioTimeStamp *inTimestamp, AudioQueueBufferRef ioBuffer, UInt32 inNumberFrames);
OSStatus AudioQueuePause(AudioQueueRef inAQ);
OSStatus AudioQueuePrime(AudioQueueRef inAQ, UInt32 inNumberOfFramesToPrepare, UInt32 *outNumberOfFramesPrepared);
OSStatus AudioQueueProcessingTapDispose(AudioQueueProcessingTapRef inAQTap);
OSStatus AudioQueueProcessingTapGetQueueTime(AudioQueueProcessingTapRef inAQTap, Float64 *outQueueSampleTime, UInt32 *outQueueFrameCount);
OSStatus AudioQueueProcessingTapGetSourceAudio(AudioQueueProcessingTapRef inAQTap, UInt32 inNumberFrames, AudioTimeStamp *ioTimeStamp, AudioQueueProcessingTapFlags *outFlags, UInt32 *outNumberFrames, AudioBufferList *ioData);
OSStatus AudioQueueProcessingTapNew(AudioQueueRef inAQ, AudioQueueProcessingTapCallback inCallback, void *inClientData, AudioQueueProcessingTapFlags inFlags, UInt32 *outMaxFrames, AudioStreamBasicDescription *outProcessingFormat, AudioQueueProcessingTapRef *outAQTap);
OSStatus AudioQueueRemovePropertyListener(AudioQueueRef inAQ, AudioQueuePropertyID inID, AudioQueuePropertyListenerProc inProc, void *inUserData);
OSStatus AudioQueueReset(AudioQueueRef inAQ);
OSStatus AudioQueueSetOfflineRenderFormat(AudioQueueRef inAQ, const AudioStreamBasicDescription *inFormat, const AudioChannelLayout *inLayout);
OSStatus AudioQueueSetParameter(AudioQueueRef inAQ, AudioQueueParameterID inParamID, AudioQueueParameterValue inValue);
OSStatus AudioQueueSetProperty(AudioQueueRef inAQ, AudioQueuePropertyID inID, const void *inData, UInt32 inDataSize);
OSStatus AudioQueueStart(AudioQueueRef inAQ, const AudioTimeStamp *inStartTime);
OSStatus AudioQueueStop(AudioQueueRef inAQ, Boolean inImmediate);

/* ---- not declared here ----
   AudioQueueInputCallbackBlock: block type, which cffi cannot express
   AudioQueueNewInputWithDispatchQueue: takes an Objective-C block, which cffi cannot express
   AudioQueueNewOutputWithDispatchQueue: takes an Objective-C block, which cffi cannot express
   AudioQueueOutputCallbackBlock: block type, which cffi cannot express
*/
