/* AudioToolbox/AudioUnitUtilities.h: cffi declarations for coremusic (framework: AudioToolbox).
   Written from the SDK ABI facts (MacOSX14.2.sdk); checked by tests/abi. */

/* ---- record tags ---- */
struct AUListenerBase;
struct AudioUnitEvent;

/* ---- types ---- */
typedef void (*AUParameterListenerProc)(void *, void *, const AudioUnitParameter *, AudioUnitParameterValue);
typedef struct AUListenerBase *AUParameterListenerRef;
typedef struct AudioUnitEvent AudioUnitEvent;
typedef UInt32 AudioUnitEventType;
struct AudioUnitEvent {
    AudioUnitEventType mEventType;
    union {
        AudioUnitParameter mParameter;
        AudioUnitProperty mProperty;
    } mArgument;
};
typedef void (*AUEventListenerProc)(void *, void *, const AudioUnitEvent *, UInt64, AudioUnitParameterValue);
typedef AUParameterListenerRef AUEventListenerRef;

/* ---- constants ---- */
/* AudioToolbox/AudioUnitUtilities.h:enum */
enum {
    kAUParameterListener_AnyParameter = 4294967295,
};
/* AudioUnitEventType */
enum {
    kAudioUnitEvent_ParameterValueChange = 0,
    kAudioUnitEvent_BeginParameterChangeGesture = 1,
    kAudioUnitEvent_EndParameterChangeGesture = 2,
    kAudioUnitEvent_PropertyChange = 3,
};

/* ---- functions ---- */
/* AudioUnitUtilities.h */
OSStatus AUEventListenerAddEventType(AUEventListenerRef inListener, void *inObject, const AudioUnitEvent *inEvent);
OSStatus AUEventListenerCreate(AUEventListenerProc inProc, void *inUserData, CFRunLoopRef inRunLoop, CFStringRef inRunLoopMode, Float32 inNotificationInterval, Float32 inValueChangeGranularity, AUEventListenerRef *outListener);
OSStatus AUEventListenerNotify(AUEventListenerRef inSendingListener, void *inSendingObject, const AudioUnitEvent *inEvent);
OSStatus AUEventListenerRemoveEventType(AUEventListenerRef inListener, void *inObject, const AudioUnitEvent *inEvent);
OSStatus AUListenerAddParameter(AUParameterListenerRef inListener, void *inObject, const AudioUnitParameter *inParameter);
OSStatus AUListenerCreate(AUParameterListenerProc inProc, void *inUserData, CFRunLoopRef inRunLoop, CFStringRef inRunLoopMode, Float32 inNotificationInterval, AUParameterListenerRef *outListener);
OSStatus AUListenerDispose(AUParameterListenerRef inListener);
OSStatus AUListenerRemoveParameter(AUParameterListenerRef inListener, void *inObject, const AudioUnitParameter *inParameter);
char *AUParameterFormatValue(Float64 inParameterValue, const AudioUnitParameter *inParameter, char *inTextBuffer, UInt32 inDigits);
OSStatus AUParameterListenerNotify(AUParameterListenerRef inSendingListener, void *inSendingObject, const AudioUnitParameter *inParameter);
OSStatus AUParameterSet(AUParameterListenerRef inSendingListener, void *inSendingObject, const AudioUnitParameter *inParameter, AudioUnitParameterValue inValue, UInt32 inBufferOffsetInFrames);
AudioUnitParameterValue AUParameterValueFromLinear(Float32 inLinearValue, const AudioUnitParameter *inParameter);
Float32 AUParameterValueToLinear(AudioUnitParameterValue inParameterValue, const AudioUnitParameter *inParameter);

/* ---- not declared here ----
   AUEventListenerBlock: block type, which cffi cannot express
   AUEventListenerCreateWithDispatchQueue: takes an Objective-C block, which cffi cannot express
   AUListenerCreateWithDispatchQueue: takes an Objective-C block, which cffi cannot express
   AUParameterListenerBlock: block type, which cffi cannot express
*/
