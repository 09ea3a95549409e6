/* AudioToolbox/AudioServices.h: cffi declarations for coremusic (framework: AudioToolbox).
   Written from the SDK ABI facts (MacOSX14.2.sdk); checked by tests/abi. */

/* ---- types ---- */
typedef UInt32 AudioServicesPropertyID;
typedef UInt32 SystemSoundID;
typedef void (*AudioServicesSystemSoundCompletionProc)(SystemSoundID, void *);

/* ---- constants ---- */
/* AudioToolbox/AudioHardwareService.h:enum */
enum {
    kAudioHardwareServiceProperty_ServiceRestarted = 1936880500,  /* 'srst' */
    kAudioHardwareServiceDeviceProperty_VirtualMainBalance = 1986880099,  /* 'vmbc' */
    kAudioHardwareServiceDeviceProperty_VirtualMasterBalance = 1986880099,  /* 'vmbc' */
    kAudioHardwareServiceDeviceProperty_VirtualMainVolume = 1986885219,  /* 'vmvc' */
    kAudioHardwareServiceDeviceProperty_VirtualMasterVolume = 1986885219,  /* 'vmvc' */
};
/* AudioToolbox/AudioServices.h:enum */
enum {
    kAudioServicesSystemSoundExceededMaximumDurationError = -1502,
    kAudioServicesSystemSoundClientTimedOutError = -1501,
    kAudioServicesSystemSoundUnspecifiedError = -1500,
    kAudioServicesNoError = 0,
    kSystemSoundID_FlashScreen = 4094,
    kSystemSoundID_Vibrate = 4095,
    kSystemSoundID_UserPreferredAlert = 4096,
    kUserPreferredAlert = 4096,
    kAudioServicesBadPropertySizeError = 561211770,  /* '!siz' */
    kAudioServicesBadSpecifierSizeError = 561213539,  /* '!spc' */
    kAudioServicesPropertyCompletePlaybackIfAppDies = 1768318057,  /* 'ifdi' */
    kAudioServicesPropertyIsUISound = 1769174377,  /* 'isui' */
    kAudioServicesUnsupportedPropertyError = 1886681407,  /* 'pty?' */
};

/* ---- functions ---- */
/* AudioHardwareService.h */
OSStatus AudioHardwareServiceAddPropertyListener(AudioObjectID inObjectID, const AudioObjectPropertyAddress *inAddress, AudioObjectPropertyListenerProc inListener, void *inClientData);  /* deprecated in macOS 10.11 */
OSStatus AudioHardwareServiceGetPropertyData(AudioObjectID inObjectID, const AudioObjectPropertyAddress *inAddress, UInt32 inQualifierDataSize, const void *inQualifierData, UInt32 *ioDataSize, void *outData);  /* deprecated in macOS 10.11 */
OSStatus AudioHardwareServiceGetPropertyDataSize(AudioObjectID inObjectID, const AudioObjectPropertyAddress *inAddress, UInt32 inQualifierDataSize, const void *inQualifierData, UInt32 *outDataSize);  /* deprecated in macOS 10.11 */
Boolean AudioHardwareServiceHasProperty(AudioObjectID inObjectID, const AudioObjectPropertyAddress *inAddress);  /* deprecated in macOS 10.11 */
OSStatus AudioHardwareServiceIsPropertySettable(AudioObjectID inObjectID, const AudioObjectPropertyAddress *inAddress, Boolean *outIsSettable);  /* deprecated in macOS 10.11 */
OSStatus AudioHardwareServiceRemovePropertyListener(AudioObjectID inObjectID, const AudioObjectPropertyAddress *inAddress, AudioObjectPropertyListenerProc inListener, void *inClientData);  /* deprecated in macOS 10.11 */
OSStatus AudioHardwareServiceSetPropertyData(AudioObjectID inObjectID, const AudioObjectPropertyAddress *inAddress, UInt32 inQualifierDataSize, const void *inQualifierData, UInt32 inDataSize, const void *inData);  /* deprecated in macOS 10.11 */
/* AudioServices.h */
OSStatus AudioServicesAddSystemSoundCompletion(SystemSoundID inSystemSoundID, CFRunLoopRef inRunLoop, CFStringRef inRunLoopMode, AudioServicesSystemSoundCompletionProc inCompletionRoutine, void *inClientData);
OSStatus AudioServicesCreateSystemSoundID(CFURLRef inFileURL, SystemSoundID *outSystemSoundID);
OSStatus AudioServicesDisposeSystemSoundID(SystemSoundID inSystemSoundID);
OSStatus AudioServicesGetProperty(AudioServicesPropertyID inPropertyID, UInt32 inSpecifierSize, const void *inSpecifier, UInt32 *ioPropertyDataSize, void *outPropertyData);
OSStatus AudioServicesGetPropertyInfo(AudioServicesPropertyID inPropertyID, UInt32 inSpecifierSize, const void *inSpecifier, UInt32 *outPropertyDataSize, Boolean *outWritable);
void AudioServicesPlayAlertSound(SystemSoundID inSystemSoundID);
void AudioServicesPlaySystemSound(SystemSoundID inSystemSoundID);
void AudioServicesRemoveSystemSoundCompletion(SystemSoundID inSystemSoundID);
OSStatus AudioServicesSetProperty(AudioServicesPropertyID inPropertyID, UInt32 inSpecifierSize, const void *inSpecifier, UInt32 inPropertyDataSize, const void *inPropertyData);

/* ---- not declared here ----
   AudioServicesPlayAlertSoundWithCompletion: takes an Objective-C block, which cffi cannot express
   AudioServicesPlaySystemSoundWithCompletion: takes an Objective-C block, which cffi cannot express
*/
