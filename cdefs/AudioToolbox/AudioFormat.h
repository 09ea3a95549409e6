/* AudioToolbox/AudioFormat.h: cffi declarations for coremusic (framework: AudioToolbox).
   Written from the SDK ABI facts (MacOSX14.2.sdk); checked by tests/abi. */

/* ---- record tags ---- */
struct AudioBalanceFade;
struct AudioFormatInfo;
struct AudioPanningInfo;
struct ExtendedAudioFormatInfo;

/* ---- types ---- */
typedef struct AudioBalanceFade AudioBalanceFade;
typedef UInt32 AudioBalanceFadeType;
typedef struct AudioFormatInfo AudioFormatInfo;
typedef UInt32 AudioFormatPropertyID;
typedef struct AudioPanningInfo AudioPanningInfo;
typedef UInt32 AudioPanningMode;
typedef struct ExtendedAudioFormatInfo ExtendedAudioFormatInfo;
struct AudioBalanceFade {
    Float32 mLeftRightBalance;
    Float32 mBackFrontFade;
    AudioBalanceFadeType mType;
    const AudioChannelLayout *mChannelLayout;
};
struct AudioFormatInfo {
    AudioStreamBasicDescription mASBD;
    const void *mMagicCookie;
    UInt32 mMagicCookieSize;
};
struct AudioPanningInfo {
    AudioPanningMode mPanningMode;
    UInt32 mCoordinateFlags;
    Float32 mCoordinates[3];
    Float32 mGainScale;
    const AudioChannelLayout *mOutputChannelMap;
};
struct ExtendedAudioFormatInfo {
    AudioStreamBasicDescription mASBD;
    const void *mMagicCookie;
    UInt32 mMagicCookieSize;
    AudioClassDescription mClassDescription;
};

/* ---- constants ---- */
/* AudioBalanceFadeType */
enum {
    kAudioBalanceFadeType_MaxUnityGain = 0,
    kAudioBalanceFadeType_EqualPower = 1,
};
/* AudioPanningMode */
enum {
    kPanningMode_SoundField = 3,
    kPanningMode_VectorBasedPanning = 4,
};
/* AudioToolbox/AudioFormat.h:enum */
enum {
    kAudioFormatUnknownFormatError = 560360820,  /* '!fmt' */
    kAudioFormatBadPropertySizeError = 561211770,  /* '!siz' */
    kAudioFormatBadSpecifierSizeError = 561213539,  /* '!spc' */
    kAudioFormatProperty_DecodeFormatIDs = 1633904998,  /* 'acif' */
    kAudioFormatProperty_EncodeFormatIDs = 1633906534,  /* 'acof' */
    kAudioFormatProperty_ASBDFromMPEGPacket = 1633971568,  /* 'admp' */
    kAudioFormatProperty_AvailableDecodeNumberChannels = 1633971811,  /* 'adnc' */
    kAudioFormatProperty_AvailableEncodeBitRates = 1634034290,  /* 'aebr' */
    kAudioFormatProperty_AvailableEncodeChannelLayoutTags = 1634034540,  /* 'aecl' */
    kAudioFormatProperty_AvailableEncodeSampleRates = 1634038642,  /* 'aesr' */
    kAudioFormatProperty_Decoders = 1635148901,  /* 'avde' */
    kAudioFormatProperty_Encoders = 1635149166,  /* 'aven' */
    kAudioFormatProperty_AvailableEncodeNumberChannels = 1635151459,  /* 'avnc' */
    kAudioFormatProperty_BalanceFade = 1650551910,  /* 'balf' */
    kAudioFormatProperty_BitmapForLayoutTag = 1651340391,  /* 'bmtg' */
    kAudioFormatProperty_AreChannelLayoutsEquivalent = 1667786097,  /* 'cheq' */
    kAudioFormatProperty_ChannelLayoutHash = 1667786849,  /* 'chha' */
    kAudioFormatProperty_ChannelMap = 1667788144,  /* 'chmp' */
    kAudioFormatProperty_ChannelLayoutForBitmap = 1668116578,  /* 'cmpb' */
    kAudioFormatProperty_ChannelLayoutForTag = 1668116588,  /* 'cmpl' */
    kAudioFormatProperty_TagForChannelLayout = 1668116596,  /* 'cmpt' */
    kAudioFormatProperty_ChannelName = 1668178285,  /* 'cnam' */
    kAudioFormatProperty_FormatIsEncrypted = 1668446576,  /* 'cryp' */
    kAudioFormatProperty_ChannelShortName = 1668509293,  /* 'csnm' */
    kAudioFormatProperty_ChannelLayoutFromESDS = 1702060908,  /* 'escl' */
    kAudioFormatProperty_ASBDFromESDS = 1702064996,  /* 'essd' */
    kAudioFormatProperty_FormatEmploysDependentPackets = 1717855600,  /* 'fdep' */
    kAudioFormatProperty_FormatIsExternallyFramed = 1717925990,  /* 'fexf' */
    kAudioFormatProperty_FormatList = 1718383476,  /* 'flst' */
    kAudioFormatUnsupportedDataFormatError = 1718449215,  /* 'fmt?' */
    kAudioFormatProperty_FormatInfo = 1718449257,  /* 'fmti' */
    kAudioFormatProperty_FormatName = 1718509933,  /* 'fnam' */
    kAudioFormatProperty_FirstPlayableFormatFromList = 1718642284,  /* 'fpfl' */
    kAudioFormatProperty_FormatIsVBR = 1719034482,  /* 'fvbr' */
    kAudioFormatProperty_ID3TagToDictionary = 1768174436,  /* 'id3d' */
    kAudioFormatProperty_ID3TagSize = 1768174451,  /* 'id3s' */
    kAudioFormatProperty_ChannelLayoutName = 1819242093,  /* 'lonm' */
    kAudioFormatProperty_ChannelLayoutSimpleName = 1819504237,  /* 'lsnm' */
    kAudioFormatProperty_MatrixMixMap = 1835884912,  /* 'mmap' */
    kAudioFormatProperty_NumberOfChannelsForLayout = 1852008557,  /* 'nchm' */
    kAudioFormatProperty_OutputFormatList = 1868983411,  /* 'ofls' */
    kAudioFormatProperty_PanningMatrix = 1885433453,  /* 'panm' */
    kAudioFormatUnsupportedPropertyError = 1886547824,  /* 'prop' */
    kAudioFormatProperty_TagsForNumberOfChannels = 1952540515,  /* 'tagc' */
    kAudioFormatProperty_ValidateChannelLayout = 1986093932,  /* 'vacl' */
    kAudioFormatUnspecifiedError = 2003329396,  /* 'what' */
};

/* ---- functions ---- */
/* AudioFormat.h */
OSStatus AudioFormatGetProperty(AudioFormatPropertyID inPropertyID, UInt32 inSpecifierSize, const void *inSpecifier, UInt32 *ioPropertyDataSize, void *outPropertyData);
OSStatus AudioFormatGetPropertyInfo(AudioFormatPropertyID inPropertyID, UInt32 inSpecifierSize, const void *inSpecifier, UInt32 *outPropertyDataSize);

