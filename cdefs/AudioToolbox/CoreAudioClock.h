/* AudioToolbox/CoreAudioClock.h: cffi declarations for coremusic (framework: AudioToolbox).
   Written from the SDK ABI facts (MacOSX14.2.sdk); checked by tests/abi. */

/* ---- record tags ---- */
struct OpaqueCAClock;
struct CAClockTime;
struct CAMeterTrackEntry;
struct CATempoMapEntry;

/* ---- types ---- */
typedef Float64 CAClockBeats;
typedef UInt32 CAClockMessage;
typedef UInt32 CAClockPropertyID;
typedef struct OpaqueCAClock *CAClockRef;
typedef SMPTETimeType CAClockSMPTEFormat;
typedef Float64 CAClockSamples;
typedef Float64 CAClockSeconds;
typedef UInt32 CAClockSyncMode;
typedef Float64 CAClockTempo;
typedef struct CAClockTime CAClockTime;
typedef UInt32 CAClockTimeFormat;
typedef UInt32 CAClockTimebase;
typedef struct CAMeterTrackEntry CAMeterTrackEntry;
typedef struct CATempoMapEntry CATempoMapEntry;
struct CAClockTime {
    CAClockTimeFormat format;
    UInt32 reserved;
    union {
        UInt64 hostTime;
        CAClockSamples samples;
        CAClockBeats beats;
        CAClockSeconds seconds;
        SMPTETime smpte;
    } time;
};
struct CAMeterTrackEntry {
    CAClockBeats beats;
    UInt16 meterNumer;
    UInt16 meterDenom;
};
struct CATempoMapEntry {
    CAClockBeats beats;
    CAClockTempo tempoBPM;
};
typedef void (*CAClockListenerProc)(void *, CAClockMessage, const void *);

/* ---- constants ---- */
/* AudioToolbox/CoreAudioClock.h:enum */
enum {
    kCAClock_UnknownPropertyError = -66816,
    kCAClock_InvalidPropertySizeError = -66815,
    kCAClock_InvalidTimeFormatError = -66814,
    kCAClock_InvalidSyncModeError = -66813,
    kCAClock_InvalidSyncSourceError = -66812,
    kCAClock_InvalidTimebaseError = -66811,
    kCAClock_InvalidTimebaseSourceError = -66810,
    kCAClock_InvalidSMPTEFormatError = -66809,
    kCAClock_InvalidSMPTEOffsetError = -66808,
    kCAClock_InvalidUnitError = -66807,
    kCAClock_InvalidPlayRateError = -66806,
    kCAClock_CannotSetTimeError = -66805,
};
/* CAClockMessage */
enum {
    kCAClockMessage_WrongSMPTEFormat = 1064529264,  /* '?smp' */
    kCAClockMessage_Armed = 1634889060,  /* 'armd' */
    kCAClockMessage_Disarmed = 1684107885,  /* 'darm' */
    kCAClockMessage_PropertyChanged = 1885562983,  /* 'pchg' */
    kCAClockMessage_StartTimeSet = 1937009005,  /* 'stim' */
    kCAClockMessage_Stopped = 1937010544,  /* 'stop' */
    kCAClockMessage_Started = 1937011316,  /* 'strt' */
};
/* CAClockPropertyID */
enum {
    kCAClockProperty_InternalTimebase = 1768846434,  /* 'intb' */
    kCAClockProperty_TimebaseSource = 1769235059,  /* 'itbs' */
    kCAClockProperty_MIDIClockDestinations = 1835164516,  /* 'mbcd' */
    kCAClockProperty_MeterTrack = 1835365490,  /* 'metr' */
    kCAClockProperty_SendMIDISPP = 1836281968,  /* 'mspp' */
    kCAClockProperty_MTCDestinations = 1836344164,  /* 'mtcd' */
    kCAClockProperty_MTCFreewheelTime = 1836344951,  /* 'mtfw' */
    kCAClockProperty_Name = 1851878757,  /* 'name' */
    kCAClockProperty_SMPTEFormat = 1936552038,  /* 'smpf' */
    kCAClockProperty_SMPTEOffset = 1936552047,  /* 'smpo' */
    kCAClockProperty_SyncMode = 1937337965,  /* 'synm' */
    kCAClockProperty_SyncSource = 1937337971,  /* 'syns' */
    kCAClockProperty_TempoMap = 1953329263,  /* 'tmpo' */
};
/* CAClockSyncMode */
enum {
    kCAClockSyncMode_Internal = 1768846450,  /* 'intr' */
    kCAClockSyncMode_MIDIClockTransport = 1835232363,  /* 'mclk' */
    kCAClockSyncMode_MTCTransport = 1835889763,  /* 'mmtc' */
};
/* CAClockTimeFormat */
enum {
    kCAClockTimeFormat_AbsoluteSeconds = 1634952547,  /* 'asec' */
    kCAClockTimeFormat_Beats = 1650811252,  /* 'beat' */
    kCAClockTimeFormat_HostTime = 1752134516,  /* 'host' */
    kCAClockTimeFormat_Samples = 1935764848,  /* 'samp' */
    kCAClockTimeFormat_Seconds = 1936024435,  /* 'secs' */
    kCAClockTimeFormat_SMPTESeconds = 1936552051,  /* 'smps' */
    kCAClockTimeFormat_SMPTETime = 1936552052,  /* 'smpt' */
};
/* CAClockTimebase */
enum {
    kCAClockTimebase_AudioDevice = 1635083369,  /* 'audi' */
    kCAClockTimebase_AudioOutputUnit = 1635086197,  /* 'auou' */
    kCAClockTimebase_HostTime = 1752134516,  /* 'host' */
};

/* ---- functions ---- */
/* CoreAudioClock.h */
OSStatus CAClockAddListener(CAClockRef inCAClock, CAClockListenerProc inListenerProc, void *inUserData);
OSStatus CAClockArm(CAClockRef inCAClock);
OSStatus CAClockBarBeatTimeToBeats(CAClockRef inCAClock, const CABarBeatTime *inBarBeatTime, CAClockBeats *outBeats);
OSStatus CAClockBeatsToBarBeatTime(CAClockRef inCAClock, CAClockBeats inBeats, UInt16 inSubbeatDivisor, CABarBeatTime *outBarBeatTime);
OSStatus CAClockDisarm(CAClockRef inCAClock);
OSStatus CAClockDispose(CAClockRef inCAClock);
OSStatus CAClockGetCurrentTempo(CAClockRef inCAClock, CAClockTempo *outTempo, CAClockTime *outTimestamp);
OSStatus CAClockGetCurrentTime(CAClockRef inCAClock, CAClockTimeFormat inTimeFormat, CAClockTime *outTime);
OSStatus CAClockGetPlayRate(CAClockRef inCAClock, Float64 *outPlayRate);
OSStatus CAClockGetProperty(CAClockRef inCAClock, CAClockPropertyID inPropertyID, UInt32 *ioPropertyDataSize, void *outPropertyData);
OSStatus CAClockGetPropertyInfo(CAClockRef inCAClock, CAClockPropertyID inPropertyID, UInt32 *outSize, Boolean *outWritable);
OSStatus CAClockGetStartTime(CAClockRef inCAClock, CAClockTimeFormat inTimeFormat, CAClockTime *outTime);
OSStatus CAClockNew(UInt32 inReservedFlags, CAClockRef *outCAClock);
OSStatus CAClockParseMIDI(CAClockRef inCAClock, const struct MIDIPacketList *inMIDIPacketList);
OSStatus CAClockRemoveListener(CAClockRef inCAClock, CAClockListenerProc inListenerProc, void *inUserData);
OSStatus CAClockSMPTETimeToSeconds(CAClockRef inCAClock, const SMPTETime *inSMPTETime, CAClockSeconds *outSeconds);
OSStatus CAClockSecondsToSMPTETime(CAClockRef inCAClock, CAClockSeconds inSeconds, UInt16 inSubframeDivisor, SMPTETime *outSMPTETime);
OSStatus CAClockSetCurrentTempo(CAClockRef inCAClock, CAClockTempo inTempo, const CAClockTime *inTimestamp);
OSStatus CAClockSetCurrentTime(CAClockRef inCAClock, const CAClockTime *inTime);
OSStatus CAClockSetPlayRate(CAClockRef inCAClock, Float64 inPlayRate);
OSStatus CAClockSetProperty(CAClockRef inCAClock, CAClockPropertyID inPropertyID, UInt32 inPropertyDataSize, const void *inPropertyData);
OSStatus CAClockStart(CAClockRef inCAClock);
OSStatus CAClockStop(CAClockRef inCAClock);
OSStatus CAClockTranslateTime(CAClockRef inCAClock, const CAClockTime *inTime, CAClockTimeFormat inOutputTimeFormat, CAClockTime *outTime);

