"""CoreFoundation enums used by the audio APIs: string encodings, number types, URLs.

Values are Apple's, checked against the SDK facts by the test suite.
"""

from __future__ import annotations

from coremusic.constants._base import AppleIntEnum, AppleIntFlag, _alias

__all__ = [
    "CFDataSearchFlag",
    "CFGregorianUnitFlag",
    "CFNumberType",
    "CFRunLoopActivity",
    "CFRunLoopRunResult",
    "CFStringBuiltInEncoding",
    "CFStringCompareFlag",
    "CFStringNormalizationForm",
    "CFURLBookmarkCreationOption",
    "CFURLBookmarkResolutionOption",
    "CFURLComponentType",
    "CFURLPathStyle",
]


class CFStringBuiltInEncoding(AppleIntEnum):
    """String encodings every CoreFoundation supports (``CFStringBuiltInEncodings``).

    Apple's ``kCFStringEncoding*`` constants (CoreFoundation/CFString.h).

    ``INVALID_ID`` (``kCFStringEncodingInvalidId``) marks a missing encoding.

    Aliases (one member, several names): ``UNICODE`` = ``UTF16``.

    Example
    -------
    >>> from coremusic.constants import CFStringBuiltInEncoding, apple_name
    >>> CFStringBuiltInEncoding.MAC_ROMAN
    <CFStringBuiltInEncoding.MAC_ROMAN: 0>
    >>> apple_name(CFStringBuiltInEncoding.MAC_ROMAN)
    'kCFStringEncodingMacRoman'
    """

    MAC_ROMAN = 0, "kCFStringEncodingMacRoman"
    UTF16 = 256, "kCFStringEncodingUTF16"
    UNICODE = 256, "kCFStringEncodingUnicode"  # alias of UTF16
    ISO_LATIN1 = 513, "kCFStringEncodingISOLatin1"
    WINDOWS_LATIN1 = 1280, "kCFStringEncodingWindowsLatin1"
    ASCII = 1536, "kCFStringEncodingASCII"
    NEXT_STEP_LATIN = 2817, "kCFStringEncodingNextStepLatin"
    NON_LOSSY_ASCII = 3071, "kCFStringEncodingNonLossyASCII"
    UTF8 = 134217984, "kCFStringEncodingUTF8"
    UTF32 = 201326848, "kCFStringEncodingUTF32"
    UTF16_BE = 268435712, "kCFStringEncodingUTF16BE"
    UTF16_LE = 335544576, "kCFStringEncodingUTF16LE"
    UTF32_BE = 402653440, "kCFStringEncodingUTF32BE"
    UTF32_LE = 469762304, "kCFStringEncodingUTF32LE"
    INVALID_ID = 4294967295, "kCFStringEncodingInvalidId"


class CFStringCompareFlag(AppleIntFlag):
    """Options of ``CFStringCompare`` (``CFStringCompareFlags``).

    Apple's ``kCFCompare*`` constants (CoreFoundation/CFString.h).

    Example
    -------
    >>> from coremusic.constants import CFStringCompareFlag, apple_name
    >>> CFStringCompareFlag.CASE_INSENSITIVE
    <CFStringCompareFlag.CASE_INSENSITIVE: 1>
    >>> apple_name(CFStringCompareFlag.CASE_INSENSITIVE)
    'kCFCompareCaseInsensitive'
    """

    CASE_INSENSITIVE = 1, "kCFCompareCaseInsensitive"
    BACKWARDS = 4, "kCFCompareBackwards"
    ANCHORED = 8, "kCFCompareAnchored"
    NONLITERAL = 0x10, "kCFCompareNonliteral"
    LOCALIZED = 0x20, "kCFCompareLocalized"
    NUMERICALLY = 0x40, "kCFCompareNumerically"
    DIACRITIC_INSENSITIVE = 0x80, "kCFCompareDiacriticInsensitive"
    WIDTH_INSENSITIVE = 0x100, "kCFCompareWidthInsensitive"
    FORCED_ORDERING = 0x200, "kCFCompareForcedOrdering"


class CFStringNormalizationForm(AppleIntEnum):
    """Unicode normalization forms (``CFStringNormalizationForm``).

    Apple's ``kCFStringNormalizationForm*`` constants (CoreFoundation/CFString.h).

    Example
    -------
    >>> from coremusic.constants import CFStringNormalizationForm, apple_name
    >>> CFStringNormalizationForm.D
    <CFStringNormalizationForm.D: 0>
    >>> apple_name(CFStringNormalizationForm.D)
    'kCFStringNormalizationFormD'
    """

    D = 0, "kCFStringNormalizationFormD"
    KD = 1, "kCFStringNormalizationFormKD"
    C = 2, "kCFStringNormalizationFormC"
    KC = 3, "kCFStringNormalizationFormKC"


class CFNumberType(AppleIntEnum):
    """C types a ``CFNumber`` can hold (``CFNumberType``).

    Apple's ``kCFNumber*Type`` constants (CoreFoundation/CFNumber.h).

    Aliases (one member, several names): ``MAX`` = ``CG_FLOAT``.

    Example
    -------
    >>> from coremusic.constants import CFNumberType, apple_name
    >>> CFNumberType.SINT8
    <CFNumberType.SINT8: 1>
    >>> apple_name(CFNumberType.SINT8)
    'kCFNumberSInt8Type'
    """

    SINT8 = 1, "kCFNumberSInt8Type"
    SINT16 = 2, "kCFNumberSInt16Type"
    SINT32 = 3, "kCFNumberSInt32Type"
    SINT64 = 4, "kCFNumberSInt64Type"
    FLOAT32 = 5, "kCFNumberFloat32Type"
    FLOAT64 = 6, "kCFNumberFloat64Type"
    CHAR = 7, "kCFNumberCharType"
    SHORT = 8, "kCFNumberShortType"
    INT = 9, "kCFNumberIntType"
    LONG = 10, "kCFNumberLongType"
    LONG_LONG = 11, "kCFNumberLongLongType"
    FLOAT = 12, "kCFNumberFloatType"
    DOUBLE = 13, "kCFNumberDoubleType"
    CF_INDEX = 14, "kCFNumberCFIndexType"
    NS_INTEGER = 15, "kCFNumberNSIntegerType"
    CG_FLOAT = 16, "kCFNumberCGFloatType"
    MAX = 16, "kCFNumberMaxType"  # alias of CG_FLOAT


class CFURLPathStyle(AppleIntEnum):
    """File-system path styles of ``CFURLCreateWithFileSystemPath`` (``CFURLPathStyle``).

    Apple's ``kCFURL*`` constants (CoreFoundation/CFURL.h).

    Example
    -------
    >>> from coremusic.constants import CFURLPathStyle, apple_name
    >>> CFURLPathStyle.POSIX
    <CFURLPathStyle.POSIX: 0>
    >>> apple_name(CFURLPathStyle.POSIX)
    'kCFURLPOSIXPathStyle'
    """

    POSIX = 0, "kCFURLPOSIXPathStyle"
    HFS = 1, "kCFURLHFSPathStyle"
    WINDOWS = 2, "kCFURLWindowsPathStyle"


class CFURLComponentType(AppleIntEnum):
    """Parts of a URL for ``CFURLGetByteRangeForComponent`` (``CFURLComponentType``).

    Apple's ``kCFURLComponent*`` constants (CoreFoundation/CFURL.h).

    Example
    -------
    >>> from coremusic.constants import CFURLComponentType, apple_name
    >>> CFURLComponentType.SCHEME
    <CFURLComponentType.SCHEME: 1>
    >>> apple_name(CFURLComponentType.SCHEME)
    'kCFURLComponentScheme'
    """

    SCHEME = 1, "kCFURLComponentScheme"
    NET_LOCATION = 2, "kCFURLComponentNetLocation"
    PATH = 3, "kCFURLComponentPath"
    RESOURCE_SPECIFIER = 4, "kCFURLComponentResourceSpecifier"
    USER = 5, "kCFURLComponentUser"
    PASSWORD = 6, "kCFURLComponentPassword"
    USER_INFO = 7, "kCFURLComponentUserInfo"
    HOST = 8, "kCFURLComponentHost"
    PORT = 9, "kCFURLComponentPort"
    PARAMETER_STRING = 10, "kCFURLComponentParameterString"
    QUERY = 11, "kCFURLComponentQuery"
    FRAGMENT = 12, "kCFURLComponentFragment"


class CFURLBookmarkCreationOption(AppleIntFlag):
    """Options of ``CFURLCreateBookmarkData`` (``CFURLBookmarkCreationOptions``).

    Apple's ``kCFURLBookmarkCreation*`` constants (CoreFoundation/CFURL.h).

    Example
    -------
    >>> from coremusic.constants import CFURLBookmarkCreationOption, apple_name
    >>> CFURLBookmarkCreationOption.PREFER_FILE_ID_RESOLUTION_MASK
    <CFURLBookmarkCreationOption.PREFER_FILE_ID_RESOLUTION_MASK: 256>
    >>> apple_name(CFURLBookmarkCreationOption.PREFER_FILE_ID_RESOLUTION_MASK)
    'kCFURLBookmarkCreationPreferFileIDResolutionMask'
    """

    PREFER_FILE_ID_RESOLUTION_MASK = 0x100, "kCFURLBookmarkCreationPreferFileIDResolutionMask"
    MINIMAL_BOOKMARK_MASK = 0x200, "kCFURLBookmarkCreationMinimalBookmarkMask"
    SUITABLE_FOR_BOOKMARK_FILE = 0x400, "kCFURLBookmarkCreationSuitableForBookmarkFile"
    WITH_SECURITY_SCOPE = 0x800, "kCFURLBookmarkCreationWithSecurityScope"
    SECURITY_SCOPE_ALLOW_ONLY_READ_ACCESS = (
        0x1000,
        "kCFURLBookmarkCreationSecurityScopeAllowOnlyReadAccess",
    )
    WITHOUT_IMPLICIT_SECURITY_SCOPE = (
        0x20000000,
        "kCFURLBookmarkCreationWithoutImplicitSecurityScope",
    )


class CFURLBookmarkResolutionOption(AppleIntFlag):
    """Options of ``CFURLCreateByResolvingBookmarkData`` (``CFURLBookmarkResolutionOptions``).

    Apple's ``kCFURLBookmarkResolutionWith*`` constants (CoreFoundation/CFURL.h).

    Other Apple spellings bound to members (see ``apple_names``):
    ``kCFBookmarkResolutionWithoutMountingMask``, ``kCFBookmarkResolutionWithoutUIMask``.

    Example
    -------
    >>> from coremusic.constants import CFURLBookmarkResolutionOption, apple_name
    >>> CFURLBookmarkResolutionOption.WITHOUT_UI_MASK
    <CFURLBookmarkResolutionOption.WITHOUT_UI_MASK: 256>
    >>> apple_name(CFURLBookmarkResolutionOption.WITHOUT_UI_MASK)
    'kCFURLBookmarkResolutionWithoutUIMask'
    """

    WITHOUT_UI_MASK = 0x100, "kCFURLBookmarkResolutionWithoutUIMask"
    WITHOUT_MOUNTING_MASK = 0x200, "kCFURLBookmarkResolutionWithoutMountingMask"
    WITH_SECURITY_SCOPE = 0x400, "kCFURLBookmarkResolutionWithSecurityScope"
    WITHOUT_IMPLICIT_START_ACCESSING = (
        0x8000,
        "kCFURLBookmarkResolutionWithoutImplicitStartAccessing",
    )


_alias(CFURLBookmarkResolutionOption.WITHOUT_UI_MASK, "kCFBookmarkResolutionWithoutUIMask")
_alias(
    CFURLBookmarkResolutionOption.WITHOUT_MOUNTING_MASK, "kCFBookmarkResolutionWithoutMountingMask"
)


class CFDataSearchFlag(AppleIntFlag):
    """Options of ``CFDataFind`` (``CFDataSearchFlags``).

    Apple's ``kCFDataSearch*`` constants (CoreFoundation/CFData.h).

    Example
    -------
    >>> from coremusic.constants import CFDataSearchFlag, apple_name
    >>> CFDataSearchFlag.BACKWARDS
    <CFDataSearchFlag.BACKWARDS: 1>
    >>> apple_name(CFDataSearchFlag.BACKWARDS)
    'kCFDataSearchBackwards'
    """

    BACKWARDS = 1, "kCFDataSearchBackwards"
    ANCHORED = 2, "kCFDataSearchAnchored"


class CFGregorianUnitFlag(AppleIntFlag):
    """Units of the old Gregorian-date API (``CFGregorianUnitFlags``).

    Apple's ``kCFGregorian*`` constants (CoreFoundation/CFDate.h).

    Example
    -------
    >>> from coremusic.constants import CFGregorianUnitFlag, apple_name
    >>> CFGregorianUnitFlag.YEARS
    <CFGregorianUnitFlag.YEARS: 1>
    >>> apple_name(CFGregorianUnitFlag.YEARS)
    'kCFGregorianUnitsYears'
    """

    YEARS = 1, "kCFGregorianUnitsYears"
    MONTHS = 2, "kCFGregorianUnitsMonths"
    DAYS = 4, "kCFGregorianUnitsDays"
    HOURS = 8, "kCFGregorianUnitsHours"
    MINUTES = 0x10, "kCFGregorianUnitsMinutes"
    SECONDS = 0x20, "kCFGregorianUnitsSeconds"
    ALL_UNITS = 0xFFFFFF, "kCFGregorianAllUnits"


class CFRunLoopActivity(AppleIntFlag):
    """Run-loop stages an observer can watch (``CFRunLoopActivity``).

    Apple's ``kCFRunLoop*`` constants (CoreFoundation/CFRunLoop.h).

    Example
    -------
    >>> from coremusic.constants import CFRunLoopActivity, apple_name
    >>> CFRunLoopActivity.ENTRY
    <CFRunLoopActivity.ENTRY: 1>
    >>> apple_name(CFRunLoopActivity.ENTRY)
    'kCFRunLoopEntry'
    """

    ENTRY = 1, "kCFRunLoopEntry"
    BEFORE_TIMERS = 2, "kCFRunLoopBeforeTimers"
    BEFORE_SOURCES = 4, "kCFRunLoopBeforeSources"
    BEFORE_WAITING = 0x20, "kCFRunLoopBeforeWaiting"
    AFTER_WAITING = 0x40, "kCFRunLoopAfterWaiting"
    EXIT = 0x80, "kCFRunLoopExit"
    ALL_ACTIVITIES = 0xFFFFFFF, "kCFRunLoopAllActivities"


class CFRunLoopRunResult(AppleIntEnum):
    """Why ``CFRunLoopRunInMode`` returned (``CFRunLoopRunResult``).

    Apple's ``kCFRunLoopRun*`` constants (CoreFoundation/CFRunLoop.h).

    Example
    -------
    >>> from coremusic.constants import CFRunLoopRunResult, apple_name
    >>> CFRunLoopRunResult.FINISHED
    <CFRunLoopRunResult.FINISHED: 1>
    >>> apple_name(CFRunLoopRunResult.FINISHED)
    'kCFRunLoopRunFinished'
    """

    FINISHED = 1, "kCFRunLoopRunFinished"
    STOPPED = 2, "kCFRunLoopRunStopped"
    TIMED_OUT = 3, "kCFRunLoopRunTimedOut"
    HANDLED_SOURCE = 4, "kCFRunLoopRunHandledSource"
