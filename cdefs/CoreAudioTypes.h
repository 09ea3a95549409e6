/* CoreAudioTypes.h: cffi declarations for coremusic (framework: CoreAudio).
   Written from the SDK ABI facts (MacOSX14.2.sdk); checked by tests/abi. */

/* ---- record tags ---- */
struct AudioBuffer;
struct AudioBufferList;
struct AudioChannelDescription;
struct AudioChannelLayout;
struct AudioClassDescription;
struct AudioFormatListItem;
struct AudioStreamBasicDescription;
struct AudioStreamPacketDescription;
struct AudioTimeStamp;
struct AudioValueRange;
struct AudioValueTranslation;
struct SMPTETime;

/* ---- types ---- */
typedef long AVAudioInteger;
typedef AVAudioInteger AVAudioSessionErrorCode;
typedef unsigned long AVAudioUInteger;
typedef struct AudioBuffer AudioBuffer;
typedef struct AudioBufferList AudioBufferList;
typedef UInt32 AudioChannelBitmap;
typedef UInt32 AudioChannelCoordinateIndex;
typedef struct AudioChannelDescription AudioChannelDescription;
typedef UInt32 AudioChannelFlags;
typedef UInt32 AudioChannelLabel;
typedef struct AudioChannelLayout AudioChannelLayout;
typedef UInt32 AudioChannelLayoutTag;
typedef struct AudioClassDescription AudioClassDescription;
typedef UInt32 AudioFormatFlags;
typedef UInt32 AudioFormatID;
typedef struct AudioFormatListItem AudioFormatListItem;
typedef Float32 AudioSampleType;
typedef uint32_t AudioSessionID;
typedef struct AudioStreamBasicDescription AudioStreamBasicDescription;
typedef struct AudioStreamPacketDescription AudioStreamPacketDescription;
typedef struct AudioTimeStamp AudioTimeStamp;
typedef UInt32 AudioTimeStampFlags;
typedef Float32 AudioUnitSampleType;
typedef struct AudioValueRange AudioValueRange;
typedef struct AudioValueTranslation AudioValueTranslation;
typedef long MPEG4ObjectID;
typedef struct SMPTETime SMPTETime;
typedef UInt32 SMPTETimeFlags;
typedef UInt32 SMPTETimeType;
struct AudioBuffer {
    UInt32 mNumberChannels;
    UInt32 mDataByteSize;
    void *mData;
};
struct AudioBufferList {
    UInt32 mNumberBuffers;
    AudioBuffer mBuffers[1];
};
struct AudioChannelDescription {
    AudioChannelLabel mChannelLabel;
    AudioChannelFlags mChannelFlags;
    Float32 mCoordinates[3];
};
struct AudioChannelLayout {
    AudioChannelLayoutTag mChannelLayoutTag;
    AudioChannelBitmap mChannelBitmap;
    UInt32 mNumberChannelDescriptions;
    AudioChannelDescription mChannelDescriptions[1];
};
struct AudioClassDescription {
    OSType mType;
    OSType mSubType;
    OSType mManufacturer;
};
struct AudioFormatListItem {
    AudioStreamBasicDescription mASBD;
    AudioChannelLayoutTag mChannelLayoutTag;
};
struct AudioStreamBasicDescription {
    Float64 mSampleRate;
    AudioFormatID mFormatID;
    AudioFormatFlags mFormatFlags;
    UInt32 mBytesPerPacket;
    UInt32 mFramesPerPacket;
    UInt32 mBytesPerFrame;
    UInt32 mChannelsPerFrame;
    UInt32 mBitsPerChannel;
    UInt32 mReserved;
};
struct AudioStreamPacketDescription {
    SInt64 mStartOffset;
    UInt32 mVariableFramesInPacket;
    UInt32 mDataByteSize;
};
struct AudioTimeStamp {
    Float64 mSampleTime;
    UInt64 mHostTime;
    Float64 mRateScalar;
    UInt64 mWordClockTime;
    SMPTETime mSMPTETime;
    AudioTimeStampFlags mFlags;
    UInt32 mReserved;
};
struct AudioValueRange {
    Float64 mMinimum;
    Float64 mMaximum;
};
struct AudioValueTranslation {
    void *mInputData;
    UInt32 mInputDataSize;
    void *mOutputData;
    UInt32 mOutputDataSize;
};
struct SMPTETime {
    SInt16 mSubframes;
    SInt16 mSubframeDivisor;
    UInt32 mCounter;
    SMPTETimeType mType;
    SMPTETimeFlags mFlags;
    SInt16 mHours;
    SInt16 mMinutes;
    SInt16 mSeconds;
    SInt16 mFrames;
};

/* ---- constants ---- */
/* AVAudioSessionErrorCode */
enum {
    AVAudioSessionErrorCodeBadParam = -50,
    AVAudioSessionErrorCodeNone = 0,
    AVAudioSessionErrorCodeIsBusy = 560030580,  /* '!act' */
    AVAudioSessionErrorCodeIncompatibleCategory = 560161140,  /* '!cat' */
    AVAudioSessionErrorCodeCannotInterruptOthers = 560557684,  /* '!int' */
    AVAudioSessionErrorCodeCannotStartPlaying = 561015905,  /* '!pla' */
    AVAudioSessionErrorCodeInsufficientPriority = 561017449,  /* '!pri' */
    AVAudioSessionErrorCodeCannotStartRecording = 561145187,  /* '!rec' */
    AVAudioSessionErrorCodeResourceNotAvailable = 561145203,  /* '!res' */
    AVAudioSessionErrorCodeExpiredSession = 561210739,  /* '!ses' */
    AVAudioSessionErrorCodeMissingEntitlement = 1701737535,  /* 'ent?' */
    AVAudioSessionErrorCodeSessionNotActive = 1768841571,  /* 'inac' */
    AVAudioSessionErrorCodeMediaServicesFailed = 1836282486,  /* 'msrv' */
    AVAudioSessionErrorCodeSiriIsRecording = 1936290409,  /* 'siri' */
    AVAudioSessionErrorCodeUnspecified = 2003329396,  /* 'what' */
};
/* AudioChannelBitmap */
enum {
    kAudioChannelBit_Left = 1,
    kAudioChannelBit_Right = 2,
    kAudioChannelBit_Center = 4,
    kAudioChannelBit_LFEScreen = 8,
    kAudioChannelBit_LeftSurround = 16,
    kAudioChannelBit_RightSurround = 32,
    kAudioChannelBit_LeftCenter = 64,
    kAudioChannelBit_RightCenter = 128,
    kAudioChannelBit_CenterSurround = 256,
    kAudioChannelBit_LeftSurroundDirect = 512,
    kAudioChannelBit_RightSurroundDirect = 1024,
    kAudioChannelBit_CenterTopMiddle = 2048,
    kAudioChannelBit_TopCenterSurround = 2048,
    kAudioChannelBit_LeftTopFront = 4096,
    kAudioChannelBit_VerticalHeightLeft = 4096,
    kAudioChannelBit_CenterTopFront = 8192,
    kAudioChannelBit_VerticalHeightCenter = 8192,
    kAudioChannelBit_RightTopFront = 16384,
    kAudioChannelBit_VerticalHeightRight = 16384,
    kAudioChannelBit_TopBackLeft = 32768,
    kAudioChannelBit_TopBackCenter = 65536,
    kAudioChannelBit_TopBackRight = 131072,
    kAudioChannelBit_LeftTopMiddle = 2097152,
    kAudioChannelBit_RightTopMiddle = 8388608,
    kAudioChannelBit_LeftTopRear = 16777216,
    kAudioChannelBit_CenterTopRear = 33554432,
    kAudioChannelBit_RightTopRear = 67108864,
};
/* AudioChannelCoordinateIndex */
enum {
    kAudioChannelCoordinates_Azimuth = 0,
    kAudioChannelCoordinates_LeftRight = 0,
    kAudioChannelCoordinates_BackFront = 1,
    kAudioChannelCoordinates_Elevation = 1,
    kAudioChannelCoordinates_Distance = 2,
    kAudioChannelCoordinates_DownUp = 2,
};
/* AudioChannelFlags */
enum {
    kAudioChannelFlags_AllOff = 0,
    kAudioChannelFlags_RectangularCoordinates = 1,
    kAudioChannelFlags_SphericalCoordinates = 2,
    kAudioChannelFlags_Meters = 4,
};
/* AudioTimeStampFlags */
enum {
    kAudioTimeStampNothingValid = 0,
    kAudioTimeStampSampleTimeValid = 1,
    kAudioTimeStampHostTimeValid = 2,
    kAudioTimeStampSampleHostTimeValid = 3,
    kAudioTimeStampRateScalarValid = 4,
    kAudioTimeStampWordClockTimeValid = 8,
    kAudioTimeStampSMPTETimeValid = 16,
};
/* CoreAudioTypes/AudioSessionTypes.h:enum */
enum {
    AVAudioSessionErrorInsufficientPriority = 561017449,  /* '!pri' */  /* unavailable on macOS */
};
#define COREAUDIOTYPES_VERSION 20211130
/* CoreAudioTypes/CoreAudioBaseTypes.h:enum */
enum {
    kAudio_MemFullError = -108,
    kAudio_FilePermissionError = -54,
    kAudio_ParamError = -50,
    kAudio_FileNotFoundError = -43,
    kAudio_TooManyFilesOpenError = -42,
    kAudio_UnimplementedError = -4,
    kAudioChannelLabel_Unused = 0,
    kAudioChannelLayoutTag_UseChannelDescriptions = 0,
    kAudioFormatFlagsNativeEndian = 0,
    kAudio_NoError = 0,
    kAppleLosslessFormatFlag_16BitSourceData = 1,
    kAudioChannelLabel_Left = 1,
    kAudioFormatFlagIsFloat = 1,
    kLinearPCMFormatFlagIsFloat = 1,
    kAppleLosslessFormatFlag_20BitSourceData = 2,
    kAudioChannelLabel_Right = 2,
    kAudioFormatFlagIsBigEndian = 2,
    kLinearPCMFormatFlagIsBigEndian = 2,
    kAppleLosslessFormatFlag_24BitSourceData = 3,
    kAudioChannelLabel_Center = 3,
    kAppleLosslessFormatFlag_32BitSourceData = 4,
    kAudioChannelLabel_LFEScreen = 4,
    kAudioFormatFlagIsSignedInteger = 4,
    kLinearPCMFormatFlagIsSignedInteger = 4,
    kAudioChannelLabel_LeftSurround = 5,
    kAudioChannelLabel_RightSurround = 6,
    kAudioChannelLabel_LeftCenter = 7,
    kLinearPCMFormatFlagsSampleFractionShift = 7,
    kAudioChannelLabel_RightCenter = 8,
    kAudioFormatFlagIsPacked = 8,
    kLinearPCMFormatFlagIsPacked = 8,
    kAudioChannelLabel_CenterSurround = 9,
    kAudioFormatFlagsCanonical = 9,
    kAudioFormatFlagsNativeFloatPacked = 9,
    kAudioChannelLabel_LeftSurroundDirect = 10,
    kAudioChannelLabel_RightSurroundDirect = 11,
    kAudioChannelLabel_CenterTopMiddle = 12,
    kAudioChannelLabel_TopCenterSurround = 12,
    kAudioChannelLabel_LeftTopFront = 13,
    kAudioChannelLabel_VerticalHeightLeft = 13,
    kAudioChannelLabel_CenterTopFront = 14,
    kAudioChannelLabel_VerticalHeightCenter = 14,
    kAudioChannelLabel_RightTopFront = 15,
    kAudioChannelLabel_VerticalHeightRight = 15,
    kAudioChannelLabel_TopBackLeft = 16,
    kAudioFormatFlagIsAlignedHigh = 16,
    kLinearPCMFormatFlagIsAlignedHigh = 16,
    kAudioChannelLabel_TopBackCenter = 17,
    kAudioChannelLabel_TopBackRight = 18,
    kAudioFormatFlagIsNonInterleaved = 32,
    kLinearPCMFormatFlagIsNonInterleaved = 32,
    kAudioChannelLabel_RearSurroundLeft = 33,
    kAudioChannelLabel_RearSurroundRight = 34,
    kAudioChannelLabel_LeftWide = 35,
    kAudioChannelLabel_RightWide = 36,
    kAudioChannelLabel_LFE2 = 37,
    kAudioChannelLabel_LeftTotal = 38,
    kAudioChannelLabel_RightTotal = 39,
    kAudioChannelLabel_HearingImpaired = 40,
    kAudioChannelLabel_Narration = 41,
    kAudioFormatFlagsAudioUnitCanonical = 41,
    kAudioChannelLabel_Mono = 42,
    kAudioChannelLabel_DialogCentricMix = 43,
    kAudioChannelLabel_CenterSurroundDirect = 44,
    kAudioChannelLabel_Haptic = 45,
    kAudioChannelLabel_LeftTopMiddle = 49,
    kAudioChannelLabel_RightTopMiddle = 51,
    kAudioChannelLabel_LeftTopRear = 52,
    kAudioChannelLabel_CenterTopRear = 53,
    kAudioChannelLabel_RightTopRear = 54,
    kAudioChannelLabel_LeftSideSurround = 55,
    kAudioChannelLabel_RightSideSurround = 56,
    kAudioChannelLabel_LeftBottom = 57,
    kAudioChannelLabel_RightBottom = 58,
    kAudioChannelLabel_CenterBottom = 59,
    kAudioChannelLabel_LeftTopSurround = 60,
    kAudioChannelLabel_RightTopSurround = 61,
    kAudioChannelLabel_LFE3 = 62,
    kAudioChannelLabel_LeftBackSurround = 63,
    kAudioChannelLabel_RightBackSurround = 64,
    kAudioFormatFlagIsNonMixable = 64,
    kLinearPCMFormatFlagIsNonMixable = 64,
    kAudioChannelLabel_LeftEdgeOfScreen = 65,
    kAudioChannelLabel_RightEdgeOfScreen = 66,
    kAudioChannelLabel_UseCoordinates = 100,
    kAudioChannelLabel_Ambisonic_W = 200,
    kAudioChannelLabel_Ambisonic_X = 201,
    kAudioChannelLabel_Ambisonic_Y = 202,
    kAudioChannelLabel_Ambisonic_Z = 203,
    kAudioChannelLabel_MS_Mid = 204,
    kAudioChannelLabel_MS_Side = 205,
    kAudioChannelLabel_XY_X = 206,
    kAudioChannelLabel_XY_Y = 207,
    kAudioChannelLabel_BinauralLeft = 208,
    kAudioChannelLabel_BinauralRight = 209,
    kAudioChannelLabel_HeadphonesLeft = 301,
    kAudioChannelLabel_HeadphonesRight = 302,
    kAudioChannelLabel_ClickTrack = 304,
    kAudioChannelLabel_ForeignLanguage = 305,
    kAudioChannelLabel_Discrete = 400,
    kAudioChannelLabel_HOA_ACN = 500,
    kLinearPCMFormatFlagsSampleFractionMask = 8064,
    kAudioChannelLabel_Discrete_0 = 65536,
    kAudioChannelLayoutTag_UseChannelBitmap = 65536,
    kAudioChannelLabel_Discrete_1 = 65537,
    kAudioChannelLabel_Discrete_2 = 65538,
    kAudioChannelLabel_Discrete_3 = 65539,
    kAudioChannelLabel_Discrete_4 = 65540,
    kAudioChannelLabel_Discrete_5 = 65541,
    kAudioChannelLabel_Discrete_6 = 65542,
    kAudioChannelLabel_Discrete_7 = 65543,
    kAudioChannelLabel_Discrete_8 = 65544,
    kAudioChannelLabel_Discrete_9 = 65545,
    kAudioChannelLabel_Discrete_10 = 65546,
    kAudioChannelLabel_Discrete_11 = 65547,
    kAudioChannelLabel_Discrete_12 = 65548,
    kAudioChannelLabel_Discrete_13 = 65549,
    kAudioChannelLabel_Discrete_14 = 65550,
    kAudioChannelLabel_Discrete_15 = 65551,
    kAudioChannelLabel_Discrete_65535 = 131071,
    kAudioChannelLabel_HOA_ACN_0 = 131072,
    kAudioChannelLabel_HOA_SN3D = 131072,
    kAudioChannelLabel_HOA_ACN_1 = 131073,
    kAudioChannelLabel_HOA_ACN_2 = 131074,
    kAudioChannelLabel_HOA_ACN_3 = 131075,
    kAudioChannelLabel_HOA_ACN_4 = 131076,
    kAudioChannelLabel_HOA_ACN_5 = 131077,
    kAudioChannelLabel_HOA_ACN_6 = 131078,
    kAudioChannelLabel_HOA_ACN_7 = 131079,
    kAudioChannelLabel_HOA_ACN_8 = 131080,
    kAudioChannelLabel_HOA_ACN_9 = 131081,
    kAudioChannelLabel_HOA_ACN_10 = 131082,
    kAudioChannelLabel_HOA_ACN_11 = 131083,
    kAudioChannelLabel_HOA_ACN_12 = 131084,
    kAudioChannelLabel_HOA_ACN_13 = 131085,
    kAudioChannelLabel_HOA_ACN_14 = 131086,
    kAudioChannelLabel_HOA_ACN_15 = 131087,
    kAudioChannelLabel_HOA_ACN_65024 = 196096,
    kAudioChannelLabel_HOA_N3D = 196608,
    kAudioChannelLabel_Object = 262144,
    kAudioChannelLayoutTag_CICP_1 = 6553601,
    kAudioChannelLayoutTag_DVD_0 = 6553601,
    kAudioChannelLayoutTag_ITU_1_0 = 6553601,
    kAudioChannelLayoutTag_Logic_Mono = 6553601,
    kAudioChannelLayoutTag_MPEG_1_0 = 6553601,
    kAudioChannelLayoutTag_Mono = 6553601,
    kAudioChannelLayoutTag_CICP_2 = 6619138,
    kAudioChannelLayoutTag_DVD_1 = 6619138,
    kAudioChannelLayoutTag_ITU_2_0 = 6619138,
    kAudioChannelLayoutTag_Logic_Stereo = 6619138,
    kAudioChannelLayoutTag_MPEG_2_0 = 6619138,
    kAudioChannelLayoutTag_Stereo = 6619138,
    kAudioChannelLayoutTag_StereoHeadphones = 6684674,
    kAudioChannelLayoutTag_MatrixStereo = 6750210,
    kAudioChannelLayoutTag_MidSide = 6815746,
    kAudioChannelLayoutTag_XY = 6881282,
    kAudioChannelLayoutTag_Binaural = 6946818,
    kAudioChannelLayoutTag_Ambisonic_B_Format = 7012356,
    kAudioChannelLayoutTag_AAC_Quadraphonic = 7077892,
    kAudioChannelLayoutTag_AudioUnit_4 = 7077892,
    kAudioChannelLayoutTag_Logic_Quadraphonic = 7077892,
    kAudioChannelLayoutTag_Quadraphonic = 7077892,
    kAudioChannelLayoutTag_AudioUnit_5 = 7143429,
    kAudioChannelLayoutTag_Pentagonal = 7143429,
    kAudioChannelLayoutTag_AudioUnit_6 = 7208966,
    kAudioChannelLayoutTag_Hexagonal = 7208966,
    kAudioChannelLayoutTag_AudioUnit_8 = 7274504,
    kAudioChannelLayoutTag_Octagonal = 7274504,
    kAudioChannelLayoutTag_Cube = 7340040,
    kAudioChannelLayoutTag_CICP_3 = 7405571,
    kAudioChannelLayoutTag_DVD_7 = 7405571,
    kAudioChannelLayoutTag_ITU_3_0 = 7405571,
    kAudioChannelLayoutTag_MPEG_3_0_A = 7405571,
    kAudioChannelLayoutTag_WAVE_3_0 = 7405571,
    kAudioChannelLayoutTag_AAC_3_0 = 7471107,
    kAudioChannelLayoutTag_MPEG_3_0_B = 7471107,
    kAudioChannelLayoutTag_CICP_4 = 7536644,
    kAudioChannelLayoutTag_DVD_13 = 7536644,
    kAudioChannelLayoutTag_DVD_8 = 7536644,
    kAudioChannelLayoutTag_ITU_3_1 = 7536644,
    kAudioChannelLayoutTag_Logic_4_0_A = 7536644,
    kAudioChannelLayoutTag_MPEG_4_0_A = 7536644,
    kAudioChannelLayoutTag_AAC_4_0 = 7602180,
    kAudioChannelLayoutTag_Logic_4_0_B = 7602180,
    kAudioChannelLayoutTag_MPEG_4_0_B = 7602180,
    kAudioChannelLayoutTag_CICP_5 = 7667717,
    kAudioChannelLayoutTag_DVD_14 = 7667717,
    kAudioChannelLayoutTag_DVD_9 = 7667717,
    kAudioChannelLayoutTag_ITU_3_2 = 7667717,
    kAudioChannelLayoutTag_Logic_5_0_A = 7667717,
    kAudioChannelLayoutTag_MPEG_5_0_A = 7667717,
    kAudioChannelLayoutTag_WAVE_5_0_A = 7667717,
    kAudioChannelLayoutTag_AudioUnit_5_0 = 7733253,
    kAudioChannelLayoutTag_DVD_19 = 7733253,
    kAudioChannelLayoutTag_Logic_5_0_B = 7733253,
    kAudioChannelLayoutTag_MPEG_5_0_B = 7733253,
    kAudioChannelLayoutTag_Logic_5_0_C = 7798789,
    kAudioChannelLayoutTag_MPEG_5_0_C = 7798789,
    kAudioChannelLayoutTag_AAC_5_0 = 7864325,
    kAudioChannelLayoutTag_Logic_5_0_D = 7864325,
    kAudioChannelLayoutTag_MPEG_5_0_D = 7864325,
    kAudioChannelLayoutTag_AudioUnit_5_1 = 7929862,
    kAudioChannelLayoutTag_CICP_6 = 7929862,
    kAudioChannelLayoutTag_DVD_12 = 7929862,
    kAudioChannelLayoutTag_DVD_17 = 7929862,
    kAudioChannelLayoutTag_ITU_3_2_1 = 7929862,
    kAudioChannelLayoutTag_Logic_5_1_A = 7929862,
    kAudioChannelLayoutTag_MPEG_5_1_A = 7929862,
    kAudioChannelLayoutTag_WAVE_5_1_A = 7929862,
    kAudioChannelLayoutTag_DVD_20 = 7995398,
    kAudioChannelLayoutTag_Logic_5_1_B = 7995398,
    kAudioChannelLayoutTag_MPEG_5_1_B = 7995398,
    kAudioChannelLayoutTag_Logic_5_1_C = 8060934,
    kAudioChannelLayoutTag_MPEG_5_1_C = 8060934,
    kAudioChannelLayoutTag_AAC_5_1 = 8126470,
    kAudioChannelLayoutTag_Logic_5_1_D = 8126470,
    kAudioChannelLayoutTag_MPEG_5_1_D = 8126470,
    kAudioChannelLayoutTag_AudioUnit_6_1 = 8192007,
    kAudioChannelLayoutTag_CICP_11 = 8192007,
    kAudioChannelLayoutTag_Logic_6_1_C = 8192007,
    kAudioChannelLayoutTag_MPEG_6_1_A = 8192007,
    kAudioChannelLayoutTag_AudioUnit_7_1_Front = 8257544,
    kAudioChannelLayoutTag_Logic_7_1_SDDS_A = 8257544,
    kAudioChannelLayoutTag_MPEG_7_1_A = 8257544,
    kAudioChannelLayoutTag_AAC_7_1 = 8323080,
    kAudioChannelLayoutTag_CICP_7 = 8323080,
    kAudioChannelLayoutTag_Logic_7_1_SDDS_B = 8323080,
    kAudioChannelLayoutTag_MPEG_7_1_B = 8323080,
    kAudioChannelLayoutTag_AudioUnit_7_1 = 8388616,
    kAudioChannelLayoutTag_CICP_12 = 8388616,
    kAudioChannelLayoutTag_ITU_3_4_1 = 8388616,
    kAudioChannelLayoutTag_Logic_7_1_A = 8388616,
    kAudioChannelLayoutTag_Logic_7_1_C = 8388616,
    kAudioChannelLayoutTag_MPEG_7_1_C = 8388616,
    kAudioChannelLayoutTag_Emagic_Default_7_1 = 8454152,
    kAudioChannelLayoutTag_Logic_7_1_SDDS_C = 8454152,
    kAudioChannelLayoutTag_SMPTE_DTV = 8519688,
    kAudioChannelLayoutTag_CICP_9 = 8585219,
    kAudioChannelLayoutTag_DVD_2 = 8585219,
    kAudioChannelLayoutTag_ITU_2_1 = 8585219,
    kAudioChannelLayoutTag_CICP_10 = 8650756,
    kAudioChannelLayoutTag_DVD_3 = 8650756,
    kAudioChannelLayoutTag_ITU_2_2 = 8650756,
    kAudioChannelLayoutTag_WAVE_4_0_A = 8650756,
    kAudioChannelLayoutTag_DVD_4 = 8716291,
    kAudioChannelLayoutTag_WAVE_2_1 = 8716291,
    kAudioChannelLayoutTag_DVD_5 = 8781828,
    kAudioChannelLayoutTag_DVD_6 = 8847365,
    kAudioChannelLayoutTag_DVD_10 = 8912900,
    kAudioChannelLayoutTag_DVD_15 = 8912900,
    kAudioChannelLayoutTag_DVD_11 = 8978437,
    kAudioChannelLayoutTag_DVD_16 = 8978437,
    kAudioChannelLayoutTag_DVD_18 = 9043973,
    kAudioChannelLayoutTag_AudioUnit_6_0 = 9109510,
    kAudioChannelLayoutTag_Logic_6_0_C = 9109510,
    kAudioChannelLayoutTag_AudioUnit_7_0 = 9175047,
    kAudioChannelLayoutTag_AAC_6_0 = 9240582,
    kAudioChannelLayoutTag_Logic_6_0_A = 9240582,
    kAudioChannelLayoutTag_AAC_6_1 = 9306119,
    kAudioChannelLayoutTag_Logic_6_1_A = 9306119,
    kAudioChannelLayoutTag_AAC_7_0 = 9371655,
    kAudioChannelLayoutTag_AAC_Octagonal = 9437192,
    kAudioChannelLayoutTag_TMH_10_2_std = 9502736,
    kAudioChannelLayoutTag_TMH_10_2_full = 9568277,
    kAudioChannelLayoutTag_DiscreteInOrder = 9633792,
    kAudioChannelLayoutTag_AudioUnit_7_0_Front = 9699335,
    kAudioChannelLayoutTag_AC3_1_0_1 = 9764866,
    kAudioChannelLayoutTag_AC3_3_0 = 9830403,
    kAudioChannelLayoutTag_Ogg_3_0 = 9830403,
    kAudioChannelLayoutTag_AC3_3_1 = 9895940,
    kAudioChannelLayoutTag_AC3_3_0_1 = 9961476,
    kAudioChannelLayoutTag_AC3_2_1_1 = 10027012,
    kAudioChannelLayoutTag_AC3_3_1_1 = 10092549,
    kAudioChannelLayoutTag_EAC_6_0_A = 10158086,
    kAudioChannelLayoutTag_EAC_7_0_A = 10223623,
    kAudioChannelLayoutTag_EAC3_6_1_A = 10289159,
    kAudioChannelLayoutTag_EAC3_6_1_B = 10354695,
    kAudioChannelLayoutTag_EAC3_6_1_C = 10420231,
    kAudioChannelLayoutTag_EAC3_7_1_A = 10485768,
    kAudioChannelLayoutTag_EAC3_7_1_B = 10551304,
    kAudioChannelLayoutTag_EAC3_7_1_C = 10616840,
    kAudioChannelLayoutTag_EAC3_7_1_D = 10682376,
    kAudioChannelLayoutTag_EAC3_7_1_E = 10747912,
    kAudioChannelLayoutTag_EAC3_7_1_F = 10813448,
    kAudioChannelLayoutTag_EAC3_7_1_G = 10878984,
    kAudioChannelLayoutTag_EAC3_7_1_H = 10944520,
    kAudioChannelLayoutTag_DTS_3_1 = 11010052,
    kAudioChannelLayoutTag_DTS_4_1 = 11075589,
    kAudioChannelLayoutTag_DTS_6_0_A = 11141126,
    kAudioChannelLayoutTag_DTS_6_0_B = 11206662,
    kAudioChannelLayoutTag_DTS_6_0_C = 11272198,
    kAudioChannelLayoutTag_DTS_6_1_A = 11337735,
    kAudioChannelLayoutTag_DTS_6_1_B = 11403271,
    kAudioChannelLayoutTag_DTS_6_1_C = 11468807,
    kAudioChannelLayoutTag_DTS_7_0 = 11534343,
    kAudioChannelLayoutTag_DTS_7_1 = 11599880,
    kAudioChannelLayoutTag_DTS_8_0_A = 11665416,
    kAudioChannelLayoutTag_DTS_8_0_B = 11730952,
    kAudioChannelLayoutTag_DTS_8_1_A = 11796489,
    kAudioChannelLayoutTag_DTS_8_1_B = 11862025,
    kAudioChannelLayoutTag_DTS_6_1_D = 11927559,
    kAudioChannelLayoutTag_AAC_7_1_B = 11993096,
    kAudioChannelLayoutTag_AAC_7_1_C = 12058632,
    kAudioChannelLayoutTag_Ogg_4_0 = 12124164,
    kAudioChannelLayoutTag_WAVE_4_0_B = 12124164,
    kAudioChannelLayoutTag_WAVE_5_0_B = 12189701,
    kAudioChannelLayoutTag_WAVE_5_1_B = 12255238,
    kAudioChannelLayoutTag_WAVE_6_1 = 12320775,
    kAudioChannelLayoutTag_WAVE_7_1 = 12386312,
    kAudioChannelLayoutTag_HOA_ACN_SN3D = 12451840,
    kAudioChannelLayoutTag_HOA_ACN_N3D = 12517376,
    kAudioChannelLayoutTag_Atmos_7_1_4 = 12582924,
    kAudioChannelLayoutTag_Logic_Atmos_7_1_4_A = 12582924,
    kAudioChannelLayoutTag_Atmos_9_1_6 = 12648464,
    kAudioChannelLayoutTag_Atmos_5_1_2 = 12713992,
    kAudioChannelLayoutTag_Logic_Atmos_5_1_2 = 12713992,
    kAudioChannelLayoutTag_Atmos_5_1_4 = 12779530,
    kAudioChannelLayoutTag_Logic_Atmos_5_1_4 = 12779530,
    kAudioChannelLayoutTag_Atmos_7_1_2 = 12845066,
    kAudioChannelLayoutTag_Logic_Atmos_7_1_2 = 12845066,
    kAudioChannelLayoutTag_Logic_4_0_C = 12910596,
    kAudioChannelLayoutTag_Logic_6_0_B = 12976134,
    kAudioChannelLayoutTag_Logic_6_1_B = 13041671,
    kAudioChannelLayoutTag_Logic_6_1_D = 13107207,
    kAudioChannelLayoutTag_Logic_7_1_B = 13172744,
    kAudioChannelLayoutTag_Logic_Atmos_7_1_4_B = 13238284,
    kAudioChannelLayoutTag_Logic_Atmos_7_1_6 = 13303822,
    kAudioChannelLayoutTag_CICP_13 = 13369368,
    kAudioChannelLayoutTag_CICP_14 = 13434888,
    kAudioChannelLayoutTag_CICP_15 = 13500428,
    kAudioChannelLayoutTag_CICP_16 = 13565962,
    kAudioChannelLayoutTag_CICP_17 = 13631500,
    kAudioChannelLayoutTag_CICP_18 = 13697038,
    kAudioChannelLayoutTag_CICP_19 = 13762572,
    kAudioChannelLayoutTag_CICP_20 = 13828110,
    kAudioChannelLayoutTag_Ogg_5_0 = 13893637,
    kAudioChannelLayoutTag_Ogg_5_1 = 13959174,
    kAudioChannelLayoutTag_Ogg_6_1 = 14024711,
    kAudioChannelLayoutTag_Ogg_7_1 = 14090248,
    kAudio_BadFilePathError = 561017960,  /* '!pth' */
    kAudioFormatMPEGLayer1 = 778924081,  /* '.mp1' */
    kAudioFormatMPEGLayer2 = 778924082,  /* '.mp2' */
    kAudioFormatMPEGLayer3 = 778924083,  /* '.mp3' */
    kAudioFormatAudible = 1096107074,  /* 'AUDB' */
    kAudioFormatMACE3 = 1296122675,  /* 'MAC3' */
    kAudioFormatMACE6 = 1296122678,  /* 'MAC6' */
    kAudioFormatQDesign2 = 1363430706,  /* 'QDM2' */
    kAudioFormatQDesign = 1363430723,  /* 'QDMC' */
    kAudioFormatQUALCOMM = 1365470320,  /* 'Qclp' */
    kAudioFormatMPEG4AAC = 1633772320,  /* 'aac ' */
    kAudioFormatMPEG4AAC_ELD = 1633772389,  /* 'aace' */
    kAudioFormatMPEG4AAC_ELD_SBR = 1633772390,  /* 'aacf' */
    kAudioFormatMPEG4AAC_ELD_V2 = 1633772391,  /* 'aacg' */
    kAudioFormatMPEG4AAC_HE = 1633772392,  /* 'aach' */
    kAudioFormatMPEG4AAC_LD = 1633772396,  /* 'aacl' */
    kAudioFormatMPEG4AAC_HE_V2 = 1633772400,  /* 'aacp' */
    kAudioFormatMPEG4AAC_Spatial = 1633772403,  /* 'aacs' */
    kAudioFormatAC3 = 1633889587,  /* 'ac-3' */
    kAudioFormatAES3 = 1634038579,  /* 'aes3' */
    kAudioFormatAppleLossless = 1634492771,  /* 'alac' */
    kAudioFormatALaw = 1634492791,  /* 'alaw' */
    kAudioFormatParameterValueStream = 1634760307,  /* 'apvs' */
    kAudioFormat60958AC3 = 1667326771,  /* 'cac3' */
    kAudioFormatMPEG4CELP = 1667591280,  /* 'celp' */
    kAudioFormatEnhancedAC3 = 1700998451,  /* 'ec-3' */
    kAudioFormatFLAC = 1718378851,  /* 'flac' */
    kAudioFormatMPEG4HVXC = 1752594531,  /* 'hvxc' */
    kAudioFormatiLBC = 1768710755,  /* 'ilbc' */
    kAudioFormatAppleIMA4 = 1768775988,  /* 'ima4' */
    kAudioFormatLinearPCM = 1819304813,  /* 'lpcm' */
    kAudioFormatMIDIStream = 1835623529,  /* 'midi' */
    kAudioFormatDVIIntelIMA = 1836253201,
    kAudioFormatMicrosoftGSM = 1836253233,
    kAudioFormatOpus = 1869641075,  /* 'opus' */
    kAudioFormatAMR = 1935764850,  /* 'samr' */
    kAudioFormatAMR_WB = 1935767394,  /* 'sawb' */
    kAudioFormatTimeCode = 1953066341,  /* 'time' */
    kAudioFormatMPEG4TwinVQ = 1953986161,  /* 'twvq' */
    kAudioFormatULaw = 1970037111,  /* 'ulaw' */
    kAudioFormatMPEGD_USAC = 1970495843,  /* 'usac' */
    kAudioFormatFlagsAreAllClear = 2147483648,
    kLinearPCMFormatFlagsAreAllClear = 2147483648,
    kAudioChannelLabel_BeginReserved = 4026531840,
    kAudioChannelLayoutTag_BeginReserved = 4026531840,
    kAudioChannelLayoutTag_EndReserved = 4294901759,
    kAudioChannelLayoutTag_Unknown = 4294901760,
    kAudioChannelLabel_EndReserved = 4294967294,
    kAudioChannelLabel_Unknown = 4294967295,
};
/* MPEG4ObjectID */
enum {
    kMPEG4Object_AAC_Main = 1,
    kMPEG4Object_AAC_LC = 2,
    kMPEG4Object_AAC_SSR = 3,
    kMPEG4Object_AAC_LTP = 4,
    kMPEG4Object_AAC_SBR = 5,
    kMPEG4Object_AAC_Scalable = 6,
    kMPEG4Object_TwinVQ = 7,
    kMPEG4Object_CELP = 8,
    kMPEG4Object_HVXC = 9,
};
/* SMPTETimeFlags */
enum {
    kSMPTETimeUnknown = 0,
    kSMPTETimeValid = 1,
    kSMPTETimeRunning = 2,
};
/* SMPTETimeType */
enum {
    kSMPTETimeType24 = 0,
    kSMPTETimeType25 = 1,
    kSMPTETimeType30Drop = 2,
    kSMPTETimeType30 = 3,
    kSMPTETimeType2997 = 4,
    kSMPTETimeType2997Drop = 5,
    kSMPTETimeType60 = 6,
    kSMPTETimeType5994 = 7,
    kSMPTETimeType60Drop = 8,
    kSMPTETimeType5994Drop = 9,
    kSMPTETimeType50 = 10,
    kSMPTETimeType2398 = 11,
};

/* ---- not declared here ----
   AudioChannelLayoutTag_GetNumberOfChannels: static inline in the SDK, not exported (capi implements it in Python)
*/
