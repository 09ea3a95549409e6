/* AudioToolbox/AudioConverter.h: cffi declarations for coremusic (framework: AudioToolbox).
   Written from the SDK ABI facts (MacOSX14.2.sdk); checked by tests/abi. */

/* ---- record tags ---- */
struct OpaqueAudioConverter;
struct AudioConverterPrimeInfo;

/* ---- types ---- */
typedef struct AudioConverterPrimeInfo AudioConverterPrimeInfo;
typedef UInt32 AudioConverterPropertyID;
typedef struct OpaqueAudioConverter *AudioConverterRef;
struct AudioConverterPrimeInfo {
    UInt32 leadingFrames;
    UInt32 trailingFrames;
};
typedef OSStatus (*AudioConverterComplexInputDataProc)(AudioConverterRef, UInt32 *, AudioBufferList *, AudioStreamPacketDescription * *, void *);
typedef OSStatus (*AudioConverterInputDataProc)(AudioConverterRef, UInt32 *, void * *, void *);

/* ---- constants ---- */
/* AudioToolbox/AudioConverter.h:enum */
enum {
    kAudioConverterQuality_Min = 0,
    kConverterPrimeMethod_Pre = 0,
    kConverterPrimeMethod_Normal = 1,
    kDitherAlgorithm_TPDF = 1,
    kConverterPrimeMethod_None = 2,
    kDitherAlgorithm_NoiseShaping = 2,
    kAudioConverterQuality_Low = 32,
    kAudioConverterQuality_Medium = 64,
    kAudioConverterQuality_High = 96,
    kAudioConverterQuality_Max = 127,
    kAudioConverterErr_InputSampleRateOutOfRange = 560558962,  /* '!isr' */
    kAudioConverterErr_OutputSampleRateOutOfRange = 560952178,  /* '!osr' */
    kAudioConverterErr_RequiresPacketDescriptionsError = 561015652,  /* '!pkd' */
    kAudioConverterErr_BadPropertySizeError = 561211770,  /* '!siz' */
    kAudioConverterPropertyBitDepthHint = 1633903204,  /* 'acbd' */
    kAudioConverterCurrentInputStreamDescription = 1633904996,  /* 'acid' */
    kAudioConverterCurrentOutputStreamDescription = 1633906532,  /* 'acod' */
    kAudioConverterPropertySettings = 1633906803,  /* 'acps' */
    kAudioConverterApplicableEncodeBitRates = 1634034290,  /* 'aebr' */
    kAudioConverterAvailableEncodeChannelLayoutTags = 1634034540,  /* 'aecl' */
    kAudioConverterApplicableEncodeSampleRates = 1634038642,  /* 'aesr' */
    kAudioConverterEncodeAdjustableSampleRate = 1634366322,  /* 'ajsr' */
    kAudioConverterSampleRateConverterComplexity_Mastering = 1650553971,  /* 'bats' */
    kAudioConverterEncodeBitRate = 1651663220,  /* 'brat' */
    kAudioConverterCodecQuality = 1667527029,  /* 'cdqu' */
    kAudioConverterChannelMap = 1667788144,  /* 'chmp' */
    kAudioConverterPropertyCalculateInputBufferSize = 1667850867,  /* 'cibs' */
    kAudioConverterCompressionMagicCookie = 1668114275,  /* 'cmgc' */
    kAudioConverterPropertyCalculateOutputBufferSize = 1668244083,  /* 'cobs' */
    kAudioConverterPropertyDitherBitDepth = 1684171124,  /* 'dbit' */
    kAudioConverterPropertyDithering = 1684632680,  /* 'dith' */
    kAudioConverterDecompressionMagicCookie = 1684891491,  /* 'dmgc' */
    kAudioConverterPropertyFormatList = 1718383476,  /* 'flst' */
    kAudioConverterErr_FormatNotSupported = 1718449215,  /* 'fmt?' */
    kAudioConverterPropertyInputCodecParameters = 1768121456,  /* 'icdp' */
    kAudioConverterInputChannelLayout = 1768123424,  /* 'icl ' */
    kAudioConverterErr_InvalidInputSize = 1768846202,  /* 'insz' */
    kAudioConverterSampleRateConverterComplexity_Linear = 1818848869,  /* 'line' */
    kAudioConverterPropertyMinimumInputBufferSize = 1835623027,  /* 'mibs' */
    kAudioConverterSampleRateConverterComplexity_MinimumPhase = 1835626096,  /* 'minp' */
    kAudioConverterPropertyMinimumOutputBufferSize = 1836016243,  /* 'mobs' */
    kAudioConverterSampleRateConverterComplexity_Normal = 1852797549,  /* 'norm' */
    kAudioConverterPropertyOutputCodecParameters = 1868784752,  /* 'ocdp' */
    kAudioConverterOutputChannelLayout = 1868786720,  /* 'ocl ' */
    kAudioConverterErr_OperationNotSupported = 1869627199,  /* 'op??' */
    kAudioConverterErr_InvalidOutputSize = 1869902714,  /* 'otsz' */
    kAudioConverterPrimeInfo = 1886546285,  /* 'prim' */
    kAudioConverterPrimeMethod = 1886547309,  /* 'prmm' */
    kAudioConverterErr_PropertyNotSupported = 1886547824,  /* 'prop' */
    kAudioConverterSampleRateConverterComplexity = 1936876385,  /* 'srca' */
    kAudioConverterSampleRateConverterAlgorithm = 1936876393,  /* 'srci' */
    kAudioConverterSampleRateConverterInitialPhase = 1936876400,  /* 'srcp' */
    kAudioConverterSampleRateConverterQuality = 1936876401,  /* 'srcq' */
    kAudioConverterAvailableEncodeBitRates = 1986355826,  /* 'vebr' */
    kAudioConverterAvailableEncodeSampleRates = 1986360178,  /* 'vesr' */
    kAudioConverterErr_UnspecifiedError = 2003329396,  /* 'what' */
    kAudioConverterPropertyMaximumInputBufferSize = 2020172403,  /* 'xibs' */
    kAudioConverterPropertyMaximumInputPacketSize = 2020175987,  /* 'xips' */
    kAudioConverterPropertyMaximumOutputPacketSize = 2020569203,  /* 'xops' */
};

/* ---- functions ---- */
/* AudioConverter.h */
OSStatus AudioConverterConvertBuffer(AudioConverterRef inAudioConverter, UInt32 inInputDataSize, const void *inInputData, UInt32 *ioOutputDataSize, void *outOutputData);
OSStatus AudioConverterConvertComplexBuffer(AudioConverterRef inAudioConverter, UInt32 inNumberPCMFrames, const AudioBufferList *inInputData, AudioBufferList *outOutputData);
OSStatus AudioConverterDispose(AudioConverterRef inAudioConverter);
OSStatus AudioConverterFillBuffer(AudioConverterRef inAudioConverter, AudioConverterInputDataProc inInputDataProc, void *inInputDataProcUserData, UInt32 *ioOutputDataSize, void *outOutputData);  /* deprecated in macOS 10.5 */
OSStatus AudioConverterFillComplexBuffer(AudioConverterRef inAudioConverter, AudioConverterComplexInputDataProc inInputDataProc, void *inInputDataProcUserData, UInt32 *ioOutputDataPacketSize, AudioBufferList *outOutputData, AudioStreamPacketDescription *outPacketDescription);
OSStatus AudioConverterGetProperty(AudioConverterRef inAudioConverter, AudioConverterPropertyID inPropertyID, UInt32 *ioPropertyDataSize, void *outPropertyData);
OSStatus AudioConverterGetPropertyInfo(AudioConverterRef inAudioConverter, AudioConverterPropertyID inPropertyID, UInt32 *outSize, Boolean *outWritable);
OSStatus AudioConverterNew(const AudioStreamBasicDescription *inSourceFormat, const AudioStreamBasicDescription *inDestinationFormat, AudioConverterRef *outAudioConverter);
OSStatus AudioConverterNewSpecific(const AudioStreamBasicDescription *inSourceFormat, const AudioStreamBasicDescription *inDestinationFormat, UInt32 inNumberClassDescriptions, const AudioClassDescription *inClassDescriptions, AudioConverterRef *outAudioConverter);
OSStatus AudioConverterReset(AudioConverterRef inAudioConverter);
OSStatus AudioConverterSetProperty(AudioConverterRef inAudioConverter, AudioConverterPropertyID inPropertyID, UInt32 inPropertyDataSize, const void *inPropertyData);

