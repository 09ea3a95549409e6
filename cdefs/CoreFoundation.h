/* CoreFoundation.h: cffi declarations for coremusic (framework: CoreFoundation).
   Written from the SDK ABI facts (MacOSX14.2.sdk); checked by tests/abi. */

/* ---- record tags ---- */
struct __CFAllocator;
struct __CFArray;
struct __CFBoolean;
struct __CFData;
struct __CFDictionary;
struct __CFNull;
struct __CFNumber;
struct __CFRunLoop;
struct __CFRunLoopSource;
struct __CFString;
struct __CFURL;

/* ---- types ---- */
typedef const struct __CFAllocator *CFAllocatorRef;
typedef Boolean (*CFArrayEqualCallBack)(const void *, const void *);
typedef const struct __CFArray *CFArrayRef;
typedef void (*CFArrayReleaseCallBack)(CFAllocatorRef, const void *);
typedef const void *(*CFArrayRetainCallBack)(CFAllocatorRef, const void *);
typedef const struct __CFBoolean *CFBooleanRef;
typedef const struct __CFData *CFDataRef;
typedef Boolean (*CFDictionaryEqualCallBack)(const void *, const void *);
typedef const struct __CFDictionary *CFDictionaryRef;
typedef void (*CFDictionaryReleaseCallBack)(CFAllocatorRef, const void *);
typedef const void *(*CFDictionaryRetainCallBack)(CFAllocatorRef, const void *);
typedef unsigned long CFHashCode;
typedef long CFIndex;
typedef struct __CFDictionary *CFMutableDictionaryRef;
typedef const struct __CFNull *CFNullRef;
typedef const struct __CFNumber *CFNumberRef;
typedef CFIndex CFNumberType;
typedef struct {
    CFIndex location;
    CFIndex length;
} CFRange;
typedef struct __CFRunLoop *CFRunLoopRef;
typedef SInt32 CFRunLoopRunResult;
typedef struct __CFRunLoopSource *CFRunLoopSourceRef;
typedef UInt32 CFStringEncoding;
typedef const struct __CFString *CFStringRef;
typedef double CFTimeInterval;
typedef unsigned long CFTypeID;
typedef const void *CFTypeRef;
typedef CFIndex CFURLPathStyle;
typedef const struct __CFURL *CFURLRef;
typedef CFStringRef (*CFArrayCopyDescriptionCallBack)(const void *);
typedef CFIndex CFComparisonResult;
typedef CFStringRef (*CFDictionaryCopyDescriptionCallBack)(const void *);
typedef CFHashCode (*CFDictionaryHashCallBack)(const void *);
typedef struct {
    CFIndex version;
    CFDictionaryRetainCallBack retain;
    CFDictionaryReleaseCallBack release;
    CFDictionaryCopyDescriptionCallBack copyDescription;
    CFDictionaryEqualCallBack equal;
    CFDictionaryHashCallBack hash;
} CFDictionaryKeyCallBacks;
typedef struct {
    CFIndex version;
    CFDictionaryRetainCallBack retain;
    CFDictionaryReleaseCallBack release;
    CFDictionaryCopyDescriptionCallBack copyDescription;
    CFDictionaryEqualCallBack equal;
} CFDictionaryValueCallBacks;
typedef CFStringRef CFRunLoopMode;
typedef CFStringEncoding CFStringBuiltInEncodings;
typedef struct {
    CFIndex version;
    CFArrayRetainCallBack retain;
    CFArrayReleaseCallBack release;
    CFArrayCopyDescriptionCallBack copyDescription;
    CFArrayEqualCallBack equal;
} CFArrayCallBacks;

/* ---- constants ---- */
/* CFComparisonResult */
enum {
    kCFCompareLessThan = -1,
    kCFCompareEqualTo = 0,
    kCFCompareGreaterThan = 1,
};
/* CFNumberType */
enum {
    kCFNumberSInt8Type = 1,
    kCFNumberSInt16Type = 2,
    kCFNumberSInt32Type = 3,
    kCFNumberSInt64Type = 4,
    kCFNumberFloat32Type = 5,
    kCFNumberFloat64Type = 6,
    kCFNumberCharType = 7,
    kCFNumberShortType = 8,
    kCFNumberIntType = 9,
    kCFNumberLongType = 10,
    kCFNumberLongLongType = 11,
    kCFNumberFloatType = 12,
    kCFNumberDoubleType = 13,
    kCFNumberCFIndexType = 14,
    kCFNumberNSIntegerType = 15,
    kCFNumberCGFloatType = 16,
    kCFNumberMaxType = 16,
};
/* CFRunLoopRunResult */
enum {
    kCFRunLoopRunFinished = 1,
    kCFRunLoopRunStopped = 2,
    kCFRunLoopRunTimedOut = 3,
    kCFRunLoopRunHandledSource = 4,
};
/* CFStringBuiltInEncodings */
enum {
    kCFStringEncodingMacRoman = 0,
    kCFStringEncodingUTF16 = 256,
    kCFStringEncodingUnicode = 256,
    kCFStringEncodingISOLatin1 = 513,
    kCFStringEncodingWindowsLatin1 = 1280,
    kCFStringEncodingASCII = 1536,
    kCFStringEncodingNextStepLatin = 2817,
    kCFStringEncodingNonLossyASCII = 3071,
    kCFStringEncodingUTF8 = 134217984,
    kCFStringEncodingUTF32 = 201326848,
    kCFStringEncodingUTF16BE = 268435712,
    kCFStringEncodingUTF16LE = 335544576,
    kCFStringEncodingUTF32BE = 402653440,
    kCFStringEncodingUTF32LE = 469762304,
};
/* CFURLPathStyle */
enum {
    kCFURLPOSIXPathStyle = 0,
    kCFURLHFSPathStyle = 1,
    kCFURLWindowsPathStyle = 2,
};

/* ---- exported data ---- */
extern const CFAllocatorRef kCFAllocatorDefault;
extern const CFAllocatorRef kCFAllocatorMalloc;
extern const CFAllocatorRef kCFAllocatorNull;
extern const CFAllocatorRef kCFAllocatorSystemDefault;
extern const CFBooleanRef kCFBooleanFalse;
extern const CFBooleanRef kCFBooleanTrue;
extern const CFDictionaryKeyCallBacks kCFCopyStringDictionaryKeyCallBacks;
extern const CFNullRef kCFNull;
extern const CFRunLoopMode kCFRunLoopCommonModes;
extern const CFRunLoopMode kCFRunLoopDefaultMode;
extern const CFArrayCallBacks kCFTypeArrayCallBacks;
extern const CFDictionaryKeyCallBacks kCFTypeDictionaryKeyCallBacks;
extern const CFDictionaryValueCallBacks kCFTypeDictionaryValueCallBacks;

/* ---- functions ---- */
/* CFArray.h */
CFArrayRef CFArrayCreate(CFAllocatorRef allocator, const void **values, CFIndex numValues, const CFArrayCallBacks *callBacks);
CFIndex CFArrayGetCount(CFArrayRef theArray);
CFTypeID CFArrayGetTypeID(void);
const void *CFArrayGetValueAtIndex(CFArrayRef theArray, CFIndex idx);
void CFArrayGetValues(CFArrayRef theArray, CFRange range, const void **values);
/* CFBase.h */
CFStringRef CFCopyDescription(CFTypeRef cf);
CFStringRef CFCopyTypeIDDescription(CFTypeID type_id);
Boolean CFEqual(CFTypeRef cf1, CFTypeRef cf2);
CFIndex CFGetRetainCount(CFTypeRef cf);
CFTypeID CFGetTypeID(CFTypeRef cf);
CFHashCode CFHash(CFTypeRef cf);
CFTypeID CFNullGetTypeID(void);
void CFRelease(CFTypeRef cf);
CFTypeRef CFRetain(CFTypeRef cf);
/* CFData.h */
CFDataRef CFDataCreate(CFAllocatorRef allocator, const UInt8 *bytes, CFIndex length);
const UInt8 *CFDataGetBytePtr(CFDataRef theData);
void CFDataGetBytes(CFDataRef theData, CFRange range, UInt8 *buffer);
CFIndex CFDataGetLength(CFDataRef theData);
CFTypeID CFDataGetTypeID(void);
/* CFDictionary.h */
CFDictionaryRef CFDictionaryCreate(CFAllocatorRef allocator, const void **keys, const void **values, CFIndex numValues, const CFDictionaryKeyCallBacks *keyCallBacks, const CFDictionaryValueCallBacks *valueCallBacks);
CFMutableDictionaryRef CFDictionaryCreateMutable(CFAllocatorRef allocator, CFIndex capacity, const CFDictionaryKeyCallBacks *keyCallBacks, const CFDictionaryValueCallBacks *valueCallBacks);
CFIndex CFDictionaryGetCount(CFDictionaryRef theDict);
void CFDictionaryGetKeysAndValues(CFDictionaryRef theDict, const void **keys, const void **values);
CFTypeID CFDictionaryGetTypeID(void);
const void *CFDictionaryGetValue(CFDictionaryRef theDict, const void *key);
void CFDictionarySetValue(CFMutableDictionaryRef theDict, const void *key, const void *value);
/* CFNumber.h */
CFTypeID CFBooleanGetTypeID(void);
Boolean CFBooleanGetValue(CFBooleanRef boolean);
CFNumberRef CFNumberCreate(CFAllocatorRef allocator, CFNumberType theType, const void *valuePtr);
CFNumberType CFNumberGetType(CFNumberRef number);
CFTypeID CFNumberGetTypeID(void);
Boolean CFNumberGetValue(CFNumberRef number, CFNumberType theType, void *valuePtr);
Boolean CFNumberIsFloatType(CFNumberRef number);
/* CFRunLoop.h */
void CFRunLoopAddSource(CFRunLoopRef rl, CFRunLoopSourceRef source, CFRunLoopMode mode);
CFRunLoopRef CFRunLoopGetCurrent(void);
CFRunLoopRef CFRunLoopGetMain(void);
CFTypeID CFRunLoopGetTypeID(void);
void CFRunLoopRemoveSource(CFRunLoopRef rl, CFRunLoopSourceRef source, CFRunLoopMode mode);
void CFRunLoopRun(void);
CFRunLoopRunResult CFRunLoopRunInMode(CFRunLoopMode mode, CFTimeInterval seconds, Boolean returnAfterSourceHandled);
CFTypeID CFRunLoopSourceGetTypeID(void);
void CFRunLoopSourceInvalidate(CFRunLoopSourceRef source);
void CFRunLoopStop(CFRunLoopRef rl);
void CFRunLoopWakeUp(CFRunLoopRef rl);
/* CFString.h */
CFStringRef CFStringCreateWithBytes(CFAllocatorRef alloc, const UInt8 *bytes, CFIndex numBytes, CFStringEncoding encoding, Boolean isExternalRepresentation);
CFStringRef CFStringCreateWithCString(CFAllocatorRef alloc, const char *cStr, CFStringEncoding encoding);
CFIndex CFStringGetBytes(CFStringRef theString, CFRange range, CFStringEncoding encoding, UInt8 lossByte, Boolean isExternalRepresentation, UInt8 *buffer, CFIndex maxBufLen, CFIndex *usedBufLen);
Boolean CFStringGetCString(CFStringRef theString, char *buffer, CFIndex bufferSize, CFStringEncoding encoding);
const char *CFStringGetCStringPtr(CFStringRef theString, CFStringEncoding encoding);
CFIndex CFStringGetLength(CFStringRef theString);
CFIndex CFStringGetMaximumSizeForEncoding(CFIndex length, CFStringEncoding encoding);
CFTypeID CFStringGetTypeID(void);
/* CFURL.h */
CFStringRef CFURLCopyFileSystemPath(CFURLRef anURL, CFURLPathStyle pathStyle);
CFURLRef CFURLCreateFromFileSystemRepresentation(CFAllocatorRef allocator, const UInt8 *buffer, CFIndex bufLen, Boolean isDirectory);
CFURLRef CFURLCreateWithFileSystemPath(CFAllocatorRef allocator, CFStringRef filePath, CFURLPathStyle pathStyle, Boolean isDirectory);
Boolean CFURLGetFileSystemRepresentation(CFURLRef url, Boolean resolveAgainstBase, UInt8 *buffer, CFIndex maxBufLen);
CFStringRef CFURLGetString(CFURLRef anURL);
CFTypeID CFURLGetTypeID(void);

