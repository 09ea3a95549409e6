/* AudioToolbox/AudioFile.h: cffi declarations for coremusic (framework: AudioToolbox).
   Written from the SDK ABI facts (MacOSX14.2.sdk); checked by tests/abi. */

/* ---- record tags ---- */
struct FSRef;
struct OpaqueAudioFileID;
struct AudioBytePacketTranslation;
struct AudioFileMarker;
struct AudioFileMarkerList;
struct AudioFilePacketTableInfo;
struct AudioFileRegion;
struct AudioFileRegionList;
struct AudioFileTypeAndFormatID;
struct AudioFile_SMPTE_Time;
struct AudioFramePacketTranslation;
struct AudioIndependentPacketTranslation;
struct AudioPacketDependencyInfoTranslation;
struct AudioPacketRangeByteCountTranslation;
struct AudioPacketRollDistanceTranslation;

/* ---- types ---- */
typedef struct AudioBytePacketTranslation AudioBytePacketTranslation;
typedef UInt32 AudioBytePacketTranslationFlags;
typedef UInt32 AudioFileFlags;
typedef struct OpaqueAudioFileID *AudioFileID;
typedef struct AudioFileMarker AudioFileMarker;
typedef struct AudioFileMarkerList AudioFileMarkerList;
typedef struct AudioFilePacketTableInfo AudioFilePacketTableInfo;
typedef SInt8 AudioFilePermissions;
typedef UInt32 AudioFilePropertyID;
typedef struct AudioFileRegion AudioFileRegion;
typedef UInt32 AudioFileRegionFlags;
typedef struct AudioFileRegionList AudioFileRegionList;
typedef struct AudioFileTypeAndFormatID AudioFileTypeAndFormatID;
typedef UInt32 AudioFileTypeID;
typedef SInt64 (*AudioFile_GetSizeProc)(void *);
typedef OSStatus (*AudioFile_ReadProc)(void *, SInt64, UInt32, void *, UInt32 *);
typedef struct AudioFile_SMPTE_Time AudioFile_SMPTE_Time;
typedef OSStatus (*AudioFile_SetSizeProc)(void *, SInt64);
typedef OSStatus (*AudioFile_WriteProc)(void *, SInt64, UInt32, const void *, UInt32 *);
typedef struct AudioFramePacketTranslation AudioFramePacketTranslation;
typedef struct AudioIndependentPacketTranslation AudioIndependentPacketTranslation;
typedef struct AudioPacketDependencyInfoTranslation AudioPacketDependencyInfoTranslation;
typedef struct AudioPacketRangeByteCountTranslation AudioPacketRangeByteCountTranslation;
typedef struct AudioPacketRollDistanceTranslation AudioPacketRollDistanceTranslation;
struct AudioBytePacketTranslation {
    SInt64 mByte;
    SInt64 mPacket;
    UInt32 mByteOffsetInPacket;
    AudioBytePacketTranslationFlags mFlags;
};
struct AudioFileMarker {
    Float64 mFramePosition;
    CFStringRef mName;
    SInt32 mMarkerID;
    AudioFile_SMPTE_Time mSMPTETime;
    UInt32 mType;
    UInt16 mReserved;
    UInt16 mChannel;
};
struct AudioFileMarkerList {
    UInt32 mSMPTE_TimeType;
    UInt32 mNumberMarkers;
    AudioFileMarker mMarkers[1];
};
struct AudioFilePacketTableInfo {
    SInt64 mNumberValidFrames;
    SInt32 mPrimingFrames;
    SInt32 mRemainderFrames;
};
struct AudioFileRegion {
    UInt32 mRegionID;
    CFStringRef mName;
    AudioFileRegionFlags mFlags;
    UInt32 mNumberMarkers;
    AudioFileMarker mMarkers[1];
};
struct AudioFileRegionList {
    UInt32 mSMPTE_TimeType;
    UInt32 mNumberRegions;
    AudioFileRegion mRegions[1];
};
struct AudioFileTypeAndFormatID {
    AudioFileTypeID mFileType;
    UInt32 mFormatID;
};
struct AudioFile_SMPTE_Time {
    SInt8 mHours;
    UInt8 mMinutes;
    UInt8 mSeconds;
    UInt8 mFrames;
    UInt32 mSubFrameSampleOffset;
};
struct AudioFramePacketTranslation {
    SInt64 mFrame;
    SInt64 mPacket;
    UInt32 mFrameOffsetInPacket;
};
struct AudioIndependentPacketTranslation {
    SInt64 mPacket;
    SInt64 mIndependentlyDecodablePacket;
};
struct AudioPacketDependencyInfoTranslation {
    SInt64 mPacket;
    UInt32 mIsIndependentlyDecodable;
    UInt32 mNumberPrerollPackets;
};
struct AudioPacketRangeByteCountTranslation {
    SInt64 mPacket;
    SInt64 mPacketCount;
    SInt64 mByteCountUpperBound;
};
struct AudioPacketRollDistanceTranslation {
    SInt64 mPacket;
    SInt64 mRollDistance;
};

/* ---- constants ---- */
/* AudioBytePacketTranslationFlags */
enum {
    kBytePacketTranslationFlag_IsEstimate = 1,
};
/* AudioFileFlags */
enum {
    kAudioFileFlags_EraseFile = 1,
    kAudioFileFlags_DontPageAlignAudioData = 2,
};
/* AudioFilePermissions */
enum {
    kAudioFileReadPermission = 1,
    kAudioFileWritePermission = 2,
    kAudioFileReadWritePermission = 3,
};
/* AudioFileRegionFlags */
enum {
    kAudioFileRegionFlag_LoopEnable = 1,
    kAudioFileRegionFlag_PlayForward = 2,
    kAudioFileRegionFlag_PlayBackward = 4,
};
/* AudioToolbox/AudioFile.h:enum */
enum {
    kAudioFileFileNotFoundError = -43,
    kAudioFilePositionError = -40,
    kAudioFileEndOfFileError = -39,
    kAudioFileNotOpenError = -38,
    kAudioFileLoopDirection_NoLooping = 0,
    kAudioFileMarkerType_Generic = 0,
    kAudioFileLoopDirection_Forward = 1,
    kAudioFileLoopDirection_ForwardAndBackward = 2,
    kAudioFileLoopDirection_Backward = 3,
    kAudioFileBadPropertySizeError = 561211770,  /* '!siz' */
    kAudioFile3GP2Type = 862416946,  /* '3gp2' */
    kAudioFile3GPType = 862417008,  /* '3gpp' */
    kAudioFileAIFCType = 1095321155,  /* 'AIFC' */
    kAudioFileAIFFType = 1095321158,  /* 'AIFF' */
    kAudioFileBW64Type = 1113011764,  /* 'BW64' */
    kAudioFileMP1Type = 1297106737,  /* 'MPG1' */
    kAudioFileMP2Type = 1297106738,  /* 'MPG2' */
    kAudioFileMP3Type = 1297106739,  /* 'MPG3' */
    kAudioFileNextType = 1315264596,  /* 'NeXT' */
    kAudioFileRF64Type = 1380333108,  /* 'RF64' */
    kAudioFileSoundDesigner2Type = 1399075430,  /* 'Sd2f' */
    kAudioFileWave64Type = 1463170150,  /* 'W64f' */
    kAudioFileWAVEType = 1463899717,  /* 'WAVE' */
    kAudioFilePropertyAlbumArtwork = 1633776244,  /* 'aart' */
    kAudioFileAC3Type = 1633889587,  /* 'ac-3' */
    kAudioFileAAC_ADTSType = 1633973363,  /* 'adts' */
    kAudioFileGlobalInfo_ReadableTypes = 1634103910,  /* 'afrf' */
    kAudioFileGlobalInfo_WritableTypes = 1634105190,  /* 'afwf' */
    kAudioFileGlobalInfo_AllHFSTypeCodes = 1634231923,  /* 'ahfs' */
    kAudioFileGlobalInfo_AllExtensions = 1634498676,  /* 'alxt' */
    kAudioFileGlobalInfo_AllMIMETypes = 1634560365,  /* 'amim' */
    kAudioFileAMRType = 1634562662,  /* 'amrf' */
    kAudioFilePropertyAudioTrackCount = 1635017588,  /* 'atct' */
    kAudioFileGlobalInfo_AllUTIs = 1635087465,  /* 'auti' */
    kAudioFilePropertyAudioDataByteCount = 1650683508,  /* 'bcnt' */
    kAudioFilePropertyBitRate = 1651663220,  /* 'brat' */
    kAudioFilePropertyByteToPacket = 1652125803,  /* 'bypk' */
    kAudioFileCAFType = 1667327590,  /* 'caff' */
    kAudioFilePropertyChunkIDs = 1667787108,  /* 'chid' */
    kAudioFileInvalidChunkError = 1667787583,  /* 'chk?' */
    kAudioFilePropertyChannelLayout = 1668112752,  /* 'cmap' */
    kAudioFileInvalidPacketDependencyError = 1684369471,  /* 'dep?' */
    kAudioFilePropertyDataFormat = 1684434292,  /* 'dfmt' */
    kAudioFilePropertyDataOffset = 1685022310,  /* 'doff' */
    kAudioFilePropertyDeferSizeUpdates = 1685289589,  /* 'dszu' */
    kAudioFileInvalidFileError = 1685348671,  /* 'dta?' */
    kAudioFilePropertyEstimatedDuration = 1701082482,  /* 'edur' */
    kAudioFileGlobalInfo_ExtensionsForType = 1717926004,  /* 'fext' */
    kAudioFilePropertyFileFormat = 1717988724,  /* 'ffmt' */
    kAudioFileGlobalInfo_HFSTypeCodesForType = 1718118003,  /* 'fhfs' */
    kAudioFileFLACType = 1718378851,  /* 'flac' */
    kAudioFilePropertyFormatList = 1718383476,  /* 'flst' */
    kAudioFileGlobalInfo_AvailableFormatIDs = 1718446436,  /* 'fmid' */
    kAudioFileGlobalInfo_MIMETypesForType = 1718446445,  /* 'fmim' */
    kAudioFileUnsupportedDataFormatError = 1718449215,  /* 'fmt?' */
    kAudioFilePropertyDataFormatName = 1718512997,  /* 'fnme' */
    kAudioFilePropertyFrameToPacket = 1718775915,  /* 'frpk' */
    kAudioFileGlobalInfo_FileTypeName = 1718906477,  /* 'ftnm' */
    kAudioFileGlobalInfo_UTIsForType = 1718973545,  /* 'futi' */
    kAudioFilePropertyID3TagOffset = 1768174447,  /* 'id3o' */
    kAudioFilePropertyID3Tag = 1768174452,  /* 'id3t' */
    kAudioFilePropertyInfoDictionary = 1768842863,  /* 'info' */
    kAudioFileLATMInLOASType = 1819238771,  /* 'loas' */
    kAudioFileM4AType = 1832149350,  /* 'm4af' */
    kAudioFileM4BType = 1832149606,  /* 'm4bf' */
    kAudioFilePropertyMagicCookieData = 1835493731,  /* 'mgic' */
    kAudioFilePropertyMarkerList = 1835756659,  /* 'mkls' */
    kAudioFileMPEG4Type = 1836069990,  /* 'mp4f' */
    kAudioFilePropertyNextIndependentPacket = 1852403300,  /* 'nind' */
    kAudioFileDoesNotAllow64BitDataSizeError = 1868981823,  /* 'off?' */
    kAudioFileOperationNotSupportedError = 1869627199,  /* 'op??' */
    kAudioFileNotOptimizedError = 1869640813,  /* 'optm' */
    kAudioFilePropertyIsOptimized = 1869640813,  /* 'optm' */
    kAudioFileInvalidPacketOffsetError = 1885563711,  /* 'pck?' */
    kAudioFilePropertyAudioDataPacketCount = 1885564532,  /* 'pcnt' */
    kAudioFilePropertyPreviousIndependentPacket = 1885957732,  /* 'pind' */
    kAudioFilePropertyPacketToByte = 1886085753,  /* 'pkby' */
    kAudioFilePropertyPacketToDependencyInfo = 1886086256,  /* 'pkdp' */
    kAudioFilePropertyPacketToFrame = 1886086770,  /* 'pkfr' */
    kAudioFilePropertyPacketToRollDistance = 1886089836,  /* 'pkrl' */
    kAudioFilePropertyPacketSizeUpperBound = 1886090594,  /* 'pkub' */
    kAudioFilePropertyPacketTableInfo = 1886283375,  /* 'pnfo' */
    kAudioFilePermissionsError = 1886547263,  /* 'prm?' */
    kAudioFilePropertyPacketRangeByteCountUpperBound = 1886549346,  /* 'prub' */
    kAudioFilePropertyMaximumPacketSize = 1886616165,  /* 'psze' */
    kAudioFileUnsupportedPropertyError = 1886681407,  /* 'pty?' */
    kAudioFilePropertyRegionList = 1919380595,  /* 'rgls' */
    kAudioFilePropertyRestrictsRandomAccess = 1920098672,  /* 'rrap' */
    kAudioFilePropertyReserveDuration = 1920168566,  /* 'rsrv' */
    kAudioFilePropertySourceBitDepth = 1935832164,  /* 'sbtd' */
    kAudioFileGlobalInfo_AvailableStreamDescriptionsForFormat = 1935960420,  /* 'sdid' */
    kAudioFileGlobalInfo_TypesForExtension = 1952807028,  /* 'text' */
    kAudioFileGlobalInfo_TypesForHFSTypeCode = 1952999027,  /* 'thfs' */
    kAudioFileGlobalInfo_TypesForMIMEType = 1953327469,  /* 'tmim' */
    kAudioFileGlobalInfo_TypesForUTI = 1953854569,  /* 'tuti' */
    kAudioFileUnsupportedFileTypeError = 1954115647,  /* 'typ?' */
    kAudioFilePropertyUseAudioTrack = 1969321067,  /* 'uatk' */
    kAudioFileUnspecifiedError = 2003334207,  /* 'wht?' */
};

/* ---- functions ---- */
/* AudioFile.h */
OSStatus AudioFileClose(AudioFileID inAudioFile);
OSStatus AudioFileCountUserData(AudioFileID inAudioFile, UInt32 inUserDataID, UInt32 *outNumberItems);
OSStatus AudioFileCreate(const struct FSRef *inParentRef, CFStringRef inFileName, AudioFileTypeID inFileType, const AudioStreamBasicDescription *inFormat, AudioFileFlags inFlags, struct FSRef *outNewFileRef, AudioFileID *outAudioFile);  /* deprecated in macOS 10.6 */
OSStatus AudioFileCreateWithURL(CFURLRef inFileRef, AudioFileTypeID inFileType, const AudioStreamBasicDescription *inFormat, AudioFileFlags inFlags, AudioFileID *outAudioFile);
OSStatus AudioFileGetGlobalInfo(AudioFilePropertyID inPropertyID, UInt32 inSpecifierSize, void *inSpecifier, UInt32 *ioDataSize, void *outPropertyData);
OSStatus AudioFileGetGlobalInfoSize(AudioFilePropertyID inPropertyID, UInt32 inSpecifierSize, void *inSpecifier, UInt32 *outDataSize);
OSStatus AudioFileGetProperty(AudioFileID inAudioFile, AudioFilePropertyID inPropertyID, UInt32 *ioDataSize, void *outPropertyData);
OSStatus AudioFileGetPropertyInfo(AudioFileID inAudioFile, AudioFilePropertyID inPropertyID, UInt32 *outDataSize, UInt32 *isWritable);
OSStatus AudioFileGetUserData(AudioFileID inAudioFile, UInt32 inUserDataID, UInt32 inIndex, UInt32 *ioUserDataSize, void *outUserData);
OSStatus AudioFileGetUserDataAtOffset(AudioFileID inAudioFile, UInt32 inUserDataID, UInt32 inIndex, SInt64 inOffset, UInt32 *ioUserDataSize, void *outUserData);
OSStatus AudioFileGetUserDataSize(AudioFileID inAudioFile, UInt32 inUserDataID, UInt32 inIndex, UInt32 *outUserDataSize);
OSStatus AudioFileGetUserDataSize64(AudioFileID inAudioFile, UInt32 inUserDataID, UInt32 inIndex, UInt64 *outUserDataSize);
OSStatus AudioFileInitialize(const struct FSRef *inFileRef, AudioFileTypeID inFileType, const AudioStreamBasicDescription *inFormat, AudioFileFlags inFlags, AudioFileID *outAudioFile);  /* deprecated in macOS 10.6 */
OSStatus AudioFileInitializeWithCallbacks(void *inClientData, AudioFile_ReadProc inReadFunc, AudioFile_WriteProc inWriteFunc, AudioFile_GetSizeProc inGetSizeFunc, AudioFile_SetSizeProc inSetSizeFunc, AudioFileTypeID inFileType, const AudioStreamBasicDescription *inFormat, AudioFileFlags inFlags, AudioFileID *outAudioFile);
OSStatus AudioFileOpen(const struct FSRef *inFileRef, AudioFilePermissions inPermissions, AudioFileTypeID inFileTypeHint, AudioFileID *outAudioFile);  /* deprecated in macOS 10.6 */
OSStatus AudioFileOpenURL(CFURLRef inFileRef, AudioFilePermissions inPermissions, AudioFileTypeID inFileTypeHint, AudioFileID *outAudioFile);
OSStatus AudioFileOpenWithCallbacks(void *inClientData, AudioFile_ReadProc inReadFunc, AudioFile_WriteProc inWriteFunc, AudioFile_GetSizeProc inGetSizeFunc, AudioFile_SetSizeProc inSetSizeFunc, AudioFileTypeID inFileTypeHint, AudioFileID *outAudioFile);
OSStatus AudioFileOptimize(AudioFileID inAudioFile);
OSStatus AudioFileReadBytes(AudioFileID inAudioFile, Boolean inUseCache, SInt64 inStartingByte, UInt32 *ioNumBytes, void *outBuffer);
OSStatus AudioFileReadPacketData(AudioFileID inAudioFile, Boolean inUseCache, UInt32 *ioNumBytes, AudioStreamPacketDescription *outPacketDescriptions, SInt64 inStartingPacket, UInt32 *ioNumPackets, void *outBuffer);
OSStatus AudioFileReadPackets(AudioFileID inAudioFile, Boolean inUseCache, UInt32 *outNumBytes, AudioStreamPacketDescription *outPacketDescriptions, SInt64 inStartingPacket, UInt32 *ioNumPackets, void *outBuffer);  /* deprecated in macOS 10.10 */
OSStatus AudioFileRemoveUserData(AudioFileID inAudioFile, UInt32 inUserDataID, UInt32 inIndex);
OSStatus AudioFileSetProperty(AudioFileID inAudioFile, AudioFilePropertyID inPropertyID, UInt32 inDataSize, const void *inPropertyData);
OSStatus AudioFileSetUserData(AudioFileID inAudioFile, UInt32 inUserDataID, UInt32 inIndex, UInt32 inUserDataSize, const void *inUserData);
OSStatus AudioFileWriteBytes(AudioFileID inAudioFile, Boolean inUseCache, SInt64 inStartingByte, UInt32 *ioNumBytes, const void *inBuffer);
OSStatus AudioFileWritePackets(AudioFileID inAudioFile, Boolean inUseCache, UInt32 inNumBytes, const AudioStreamPacketDescription *inPacketDescriptions, SInt64 inStartingPacket, UInt32 *ioNumPackets, const void *inBuffer);

/* ---- not declared here ----
   NextAudioFileRegion: static inline in the SDK, not exported (capi implements it in Python)
   NumAudioFileMarkersToNumBytes: static inline in the SDK, not exported (capi implements it in Python)
   NumBytesToNumAudioFileMarkers: static inline in the SDK, not exported (capi implements it in Python)
*/
