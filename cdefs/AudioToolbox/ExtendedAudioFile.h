/* AudioToolbox/ExtendedAudioFile.h: cffi declarations for coremusic (framework: AudioToolbox).
   Written from the SDK ABI facts (MacOSX14.2.sdk); checked by tests/abi. */

/* ---- record tags ---- */
struct OpaqueExtAudioFile;

/* ---- types ---- */
typedef SInt32 ExtAudioFilePacketTableInfoOverride;
typedef UInt32 ExtAudioFilePropertyID;
typedef struct OpaqueExtAudioFile *ExtAudioFileRef;

/* ---- constants ---- */
/* AudioToolbox/ExtendedAudioFile.h:enum */
enum {
    kExtAudioFileError_AsyncWriteBufferOverflow = -66570,
    kExtAudioFileError_AsyncWriteTooLarge = -66569,
    kExtAudioFileError_InvalidSeek = -66568,
    kExtAudioFileError_MaxPacketSizeUnknown = -66567,
    kExtAudioFileError_InvalidDataFormat = -66566,
    kExtAudioFileError_InvalidOperationOrder = -66565,
    kExtAudioFileError_InvalidChannelMap = -66564,
    kExtAudioFileError_NonPCMClientFormat = -66563,
    kExtAudioFileError_InvalidPropertySize = -66562,
    kExtAudioFileError_InvalidProperty = -66561,
    kExtAudioFilePacketTableInfoOverride_UseFileValueIfValid = -2,
    kExtAudioFilePacketTableInfoOverride_UseFileValue = -1,
    kExtAudioFileProperty_FileLengthFrames = 593916525,  /* '#frm' */
    kExtAudioFileProperty_ConverterConfig = 1633903462,  /* 'accf' */
    kExtAudioFileProperty_AudioConverter = 1633906294,  /* 'acnv' */
    kExtAudioFileProperty_AudioFile = 1634101612,  /* 'afil' */
    kExtAudioFileProperty_ClientChannelLayout = 1667460207,  /* 'cclo' */
    kExtAudioFileProperty_ClientDataFormat = 1667657076,  /* 'cfmt' */
    kExtAudioFileProperty_CodecManufacturer = 1668112750,  /* 'cman' */
    kExtAudioFileProperty_ClientMaxPacketSize = 1668116595,  /* 'cmps' */
    kExtAudioFileProperty_FileChannelLayout = 1717791855,  /* 'fclo' */
    kExtAudioFileProperty_FileDataFormat = 1717988724,  /* 'ffmt' */
    kExtAudioFileProperty_FileMaxPacketSize = 1718448243,  /* 'fmps' */
    kExtAudioFileProperty_IOBuffer = 1768907366,  /* 'iobf' */
    kExtAudioFileProperty_IOBufferSizeBytes = 1768907379,  /* 'iobs' */
    kExtAudioFileProperty_PacketTable = 2020635753,  /* 'xpti' */
};

/* ---- functions ---- */
/* ExtendedAudioFile.h */
OSStatus ExtAudioFileCreateNew(const struct FSRef *inParentDir, CFStringRef inFileName, AudioFileTypeID inFileType, const AudioStreamBasicDescription *inStreamDesc, const AudioChannelLayout *inChannelLayout, ExtAudioFileRef *outExtAudioFile);  /* deprecated in macOS 10.6 */
OSStatus ExtAudioFileCreateWithURL(CFURLRef inURL, AudioFileTypeID inFileType, const AudioStreamBasicDescription *inStreamDesc, const AudioChannelLayout *inChannelLayout, UInt32 inFlags, ExtAudioFileRef *outExtAudioFile);
OSStatus ExtAudioFileDispose(ExtAudioFileRef inExtAudioFile);
OSStatus ExtAudioFileGetProperty(ExtAudioFileRef inExtAudioFile, ExtAudioFilePropertyID inPropertyID, UInt32 *ioPropertyDataSize, void *outPropertyData);
OSStatus ExtAudioFileGetPropertyInfo(ExtAudioFileRef inExtAudioFile, ExtAudioFilePropertyID inPropertyID, UInt32 *outSize, Boolean *outWritable);
OSStatus ExtAudioFileOpen(const struct FSRef *inFSRef, ExtAudioFileRef *outExtAudioFile);  /* deprecated in macOS 10.6 */
OSStatus ExtAudioFileOpenURL(CFURLRef inURL, ExtAudioFileRef *outExtAudioFile);
OSStatus ExtAudioFileRead(ExtAudioFileRef inExtAudioFile, UInt32 *ioNumberFrames, AudioBufferList *ioData);
OSStatus ExtAudioFileSeek(ExtAudioFileRef inExtAudioFile, SInt64 inFrameOffset);
OSStatus ExtAudioFileSetProperty(ExtAudioFileRef inExtAudioFile, ExtAudioFilePropertyID inPropertyID, UInt32 inPropertyDataSize, const void *inPropertyData);
OSStatus ExtAudioFileTell(ExtAudioFileRef inExtAudioFile, SInt64 *outFrameOffset);
OSStatus ExtAudioFileWrapAudioFileID(AudioFileID inFileID, Boolean inForWriting, ExtAudioFileRef *outExtAudioFile);
OSStatus ExtAudioFileWrite(ExtAudioFileRef inExtAudioFile, UInt32 inNumberFrames, const AudioBufferList *ioData);
OSStatus ExtAudioFileWriteAsync(ExtAudioFileRef inExtAudioFile, UInt32 inNumberFrames, const AudioBufferList *ioData);

