/* MacTypes.h: cffi declarations for coremusic (framework: -).
   Written from the SDK ABI facts (MacOSX14.2.sdk); checked by tests/abi. */

/* ---- types ---- */
typedef unsigned char Boolean;
typedef unsigned long ByteCount;
typedef unsigned long ByteOffset;
typedef const void *ConstLogicalAddress;
typedef float Float32;
typedef double Float64;
typedef unsigned long ItemCount;
typedef void *LogicalAddress;
typedef char *Ptr;
typedef short SInt16;
typedef int SInt32;
typedef long long SInt64;
typedef signed char SInt8;
typedef void *SRefCon;
typedef SInt8 SignedByte;
typedef long Size;
typedef unsigned short UInt16;
typedef unsigned int UInt32;
typedef unsigned long long UInt64;
typedef unsigned char UInt8;
typedef void *URefCon;
typedef UInt16 UTF16Char;
typedef UInt32 UTF32Char;
typedef UInt8 UTF8Char;
typedef UInt16 UniChar;
typedef unsigned long UniCharCount;
typedef UInt32 UnicodeScalarValue;
typedef UInt32 UnsignedFixed;
typedef UInt8 Byte;
typedef SInt32 Fixed;
typedef UInt32 FourCharCode;
typedef SInt32 Fract;
typedef SInt16 OSErr;
typedef SInt32 OSStatus;
typedef FourCharCode OSType;
typedef UInt32 OptionBits;
typedef FourCharCode ResType;

