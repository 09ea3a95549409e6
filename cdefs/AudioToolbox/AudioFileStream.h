/* AudioToolbox/AudioFileStream.h: cffi declarations for coremusic (framework: AudioToolbox).
   Written from the SDK ABI facts (MacOSX14.2.sdk); checked by tests/abi. */

/* ---- record tags ---- */
struct OpaqueAudioFileStreamID;

/* ---- types ---- */
typedef struct OpaqueAudioFileStreamID *AudioFileStreamID;
typedef UInt32 AudioFileStreamParseFlags;
typedef UInt32 AudioFileStreamPropertyFlags;
typedef UInt32 AudioFileStreamPropertyID;
typedef UInt32 AudioFileStreamSeekFlags;
typedef void (*AudioFileStream_PacketsProc)(void *, UInt32, UInt32, const void *, AudioStreamPacketDescription *);
typedef void (*AudioFileStream_PropertyListenerProc)(void *, AudioFileStreamID, AudioFileStreamPropertyID, AudioFileStreamPropertyFlags *);

/* ---- constants ---- */
/* AudioFileStreamParseFlags */
enum {
    kAudioFileStreamParseFlag_Discontinuity = 1,
};
/* AudioFileStreamPropertyFlags */
enum {
    kAudioFileStreamPropertyFlag_PropertyIsCached = 1,
    kAudioFileStreamPropertyFlag_CacheProperty = 2,
};
/* AudioFileStreamSeekFlags */
enum {
    kAudioFileStreamSeekFlag_OffsetIsEstimated = 1,
};
/* AudioToolbox/AudioFileStream.h:enum */
enum {
    kAudioFileStreamError_BadPropertySize = 561211770,  /* '!siz' */
    kAudioFileStreamProperty_AverageBytesPerPacket = 1633841264,  /* 'abpp' */
    kAudioFileStreamProperty_AudioDataByteCount = 1650683508,  /* 'bcnt' */
    kAudioFileStreamProperty_BitRate = 1651663220,  /* 'brat' */
    kAudioFileStreamProperty_ByteToPacket = 1652125803,  /* 'bypk' */
    kAudioFileStreamProperty_ChannelLayout = 1668112752,  /* 'cmap' */
    kAudioFileStreamProperty_DataFormat = 1684434292,  /* 'dfmt' */
    kAudioFileStreamProperty_DataOffset = 1685022310,  /* 'doff' */
    kAudioFileStreamError_DiscontinuityCantRecover = 1685283617,  /* 'dsc!' */
    kAudioFileStreamError_InvalidFile = 1685348671,  /* 'dta?' */
    kAudioFileStreamProperty_FileFormat = 1717988724,  /* 'ffmt' */
    kAudioFileStreamProperty_FormatList = 1718383476,  /* 'flst' */
    kAudioFileStreamError_UnsupportedDataFormat = 1718449215,  /* 'fmt?' */
    kAudioFileStreamProperty_FrameToPacket = 1718775915,  /* 'frpk' */
    kAudioFileStreamProperty_InfoDictionary = 1768842863,  /* 'info' */
    kAudioFileStreamProperty_MagicCookieData = 1835493731,  /* 'mgic' */
    kAudioFileStreamError_DataUnavailable = 1836020325,  /* 'more' */
    kAudioFileStreamProperty_NextIndependentPacket = 1852403300,  /* 'nind' */
    kAudioFileStreamError_IllegalOperation = 1852797029,  /* 'nope' */
    kAudioFileStreamError_NotOptimized = 1869640813,  /* 'optm' */
    kAudioFileStreamError_InvalidPacketOffset = 1885563711,  /* 'pck?' */
    kAudioFileStreamProperty_AudioDataPacketCount = 1885564532,  /* 'pcnt' */
    kAudioFileStreamProperty_PreviousIndependentPacket = 1885957732,  /* 'pind' */
    kAudioFileStreamProperty_PacketToByte = 1886085753,  /* 'pkby' */
    kAudioFileStreamProperty_PacketToDependencyInfo = 1886086256,  /* 'pkdp' */
    kAudioFileStreamProperty_PacketToFrame = 1886086770,  /* 'pkfr' */
    kAudioFileStreamProperty_PacketToRollDistance = 1886089836,  /* 'pkrl' */
    kAudioFileStreamProperty_PacketSizeUpperBound = 1886090594,  /* 'pkub' */
    kAudioFileStreamProperty_PacketTableInfo = 1886283375,  /* 'pnfo' */
    kAudioFileStreamProperty_MaximumPacketSize = 1886616165,  /* 'psze' */
    kAudioFileStreamError_UnsupportedProperty = 1886681407,  /* 'pty?' */
    kAudioFileStreamProperty_ReadyToProducePackets = 1919247481,  /* 'redy' */
    kAudioFileStreamProperty_RestrictsRandomAccess = 1920098672,  /* 'rrap' */
    kAudioFileStreamError_UnsupportedFileType = 1954115647,  /* 'typ?' */
    kAudioFileStreamError_ValueUnknown = 1970170687,  /* 'unk?' */
    kAudioFileStreamError_UnspecifiedError = 2003334207,  /* 'wht?' */
};

/* ---- functions ---- */
/* AudioFileStream.h */
OSStatus AudioFileStreamClose(AudioFileStreamID inAudioFileStream);
OSStatus AudioFileStreamGetProperty(AudioFileStreamID inAudioFileStream, AudioFileStreamPropertyID inPropertyID, UInt32 *ioPropertyDataSize, void *outPropertyData);
OSStatus AudioFileStreamGetPropertyInfo(AudioFileStreamID inAudioFileStream, AudioFileStreamPropertyID inPropertyID, UInt32 *outPropertyDataSize, Boolean *outWritable);
OSStatus AudioFileStreamOpen(void *inClientData, AudioFileStream_PropertyListenerProc inPropertyListenerProc, AudioFileStream_PacketsProc inPacketsProc, AudioFileTypeID inFileTypeHint, AudioFileStreamID *outAudioFileStream);
OSStatus AudioFileStreamParseBytes(AudioFileStreamID inAudioFileStream, UInt32 inDataByteSize, const void *inData, AudioFileStreamParseFlags inFlags);
OSStatus AudioFileStreamSeek(AudioFileStreamID inAudioFileStream, SInt64 inPacketOffset, SInt64 *outDataByteOffset, AudioFileStreamSeekFlags *ioFlags);
OSStatus AudioFileStreamSetProperty(AudioFileStreamID inAudioFileStream, AudioFileStreamPropertyID inPropertyID, UInt32 inPropertyDataSize, const void *inPropertyData);

