"""Four-character codes (FourCCs): conversion, validation and display.

Apple identifies formats, file types, properties and many error codes with a
32-bit integer whose four bytes, read big-endian, spell four characters:
``'lpcm'`` is ``0x6C70636D``. Everywhere in coremusic a FourCC may be given as
a 4-character ``str``, 4 ``bytes`` or an ``int``, and is shown as ``'lpcm'``.

Characters map one-to-one to bytes (ASCII, and Latin-1 for the upper half), so
that every 32-bit value has exactly one string form and converting back and
forth never loses information. Negative values, as signed ``OSStatus`` codes
arrive, are read as their unsigned 32-bit pattern by :func:`int_to_fourcc`,
:func:`is_printable_fourcc` and :func:`format_fourcc`.

Example
-------
>>> from coremusic.utils.fourcc import fourcc_to_int, int_to_fourcc, format_fourcc
>>> hex(fourcc_to_int('lpcm'))
'0x6c70636d'
>>> int_to_fourcc(1954115647)
'typ?'
>>> format_fourcc(-10863)
'0xFFFFD591 (-10863)'
"""

from __future__ import annotations

import operator

__all__ = [
    "FourCCLike",
    "as_fourcc_int",
    "format_fourcc",
    "fourcc_to_int",
    "int_to_fourcc",
    "is_printable_fourcc",
    "validate_fourcc",
]

#: What the API accepts wherever a FourCC is expected.
FourCCLike = str | bytes | bytearray | int

_MAX_U32 = 0xFFFFFFFF
_MIN_S32 = -0x80000000


def _from_text(code: str) -> int:
    if len(code) != 4:
        hint = ""
        if 0 < len(code) < 4:
            hint = f"; Apple pads short codes with spaces, e.g. {code.ljust(4)!r}"
        raise ValueError(
            f"FourCC {code!r} has {len(code)} characters, expected exactly 4{hint}"
        )
    for index, char in enumerate(code):
        if ord(char) > 0xFF:
            raise ValueError(
                f"FourCC {code!r} contains the non-ASCII character {char!r} "
                f"(U+{ord(char):04X}) at index {index}; a FourCC is four single-byte "
                f"characters such as 'lpcm'"
            )
    return int.from_bytes(code.encode("latin-1"), "big")


def _from_bytes(code: bytes | bytearray) -> int:
    if len(code) != 4:
        raise ValueError(
            f"FourCC {bytes(code)!r} has {len(code)} bytes, expected exactly 4"
        )
    return int.from_bytes(code, "big")


def _index(value: object) -> int:
    """Return ``value`` as a Python int (accepts numpy integers), rejecting bool."""
    if isinstance(value, bool):
        raise TypeError(f"FourCC must be a str, bytes or int, not bool ({value!r})")
    try:
        return operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        raise TypeError(
            f"FourCC must be a str, bytes or int, not {type(value).__name__} ({value!r})"
        ) from None


def fourcc_to_int(code: FourCCLike) -> int:
    """Convert a FourCC to its unsigned 32-bit integer value (big-endian).

    Parameters
    ----------
    code : str, bytes or int
        Four characters (``'lpcm'``), four bytes (``b'lpcm'``), or an int that
        is already the value (checked to lie in ``0 .. 0xFFFFFFFF``).

    Returns
    -------
    int
        The value in ``0 .. 0xFFFFFFFF``; the first character is the most
        significant byte.

    Raises
    ------
    ValueError
        If the text is not exactly four single-byte characters, the bytes are
        not exactly four, or the int is negative or above ``0xFFFFFFFF``.
    TypeError
        If ``code`` is of any other type.

    Example
    -------
    >>> fourcc_to_int('lpcm') == 0x6C70636D
    True
    >>> fourcc_to_int(b'aac ')
    1633772320
    """
    if isinstance(code, str):
        return _from_text(code)
    if isinstance(code, bytes | bytearray):
        return _from_bytes(code)
    value = _index(code)
    if not 0 <= value <= _MAX_U32:
        raise ValueError(
            f"FourCC value {value} is out of range: expected 0 .. 0xFFFFFFFF (4294967295)"
        )
    return value


def _to_unsigned(value: object) -> int:
    number = _index(value)
    if not _MIN_S32 <= number <= _MAX_U32:
        raise ValueError(
            f"{number} does not fit in 32 bits: a FourCC or OSStatus lies in "
            f"-2147483648 .. 4294967295"
        )
    return number & _MAX_U32


def int_to_fourcc(value: int) -> str:
    """Convert a 32-bit integer to its four-character string.

    Negative numbers (signed ``OSStatus`` codes) are read as their unsigned
    32-bit bit pattern. Each byte becomes the character with the same code
    point, so ``fourcc_to_int(int_to_fourcc(v))`` gives back ``v & 0xFFFFFFFF``
    for every value; use :func:`format_fourcc` for display.

    Parameters
    ----------
    value : int
        A value in ``-2**31 .. 2**32 - 1``.

    Returns
    -------
    str
        Exactly four characters.

    Raises
    ------
    ValueError
        If ``value`` does not fit in 32 bits.
    TypeError
        If ``value`` is not an integer.

    Example
    -------
    >>> int_to_fourcc(0x6C70636D)
    'lpcm'
    >>> int_to_fourcc(-10863) == '\\xff\\xff\\xd5\\x91'
    True
    """
    return _to_unsigned(value).to_bytes(4, "big").decode("latin-1")


def is_printable_fourcc(value: FourCCLike) -> bool:
    """Tell whether all four bytes of a value are printable ASCII (0x20..0x7E).

    Parameters
    ----------
    value : int, str or bytes
        An int in ``-2**31 .. 2**32 - 1`` (negative values are read as their
        unsigned bit pattern) or a FourCC in text or bytes form.

    Returns
    -------
    bool
        True when the value reads as four printable characters, such as
        ``'typ?'``; False for small or negative numbers such as ``-50``.

    Example
    -------
    >>> is_printable_fourcc(1954115647)
    True
    >>> is_printable_fourcc(-50)
    False
    """
    if isinstance(value, str | bytes | bytearray):
        number = fourcc_to_int(value)
    else:
        number = _to_unsigned(value)
    return all(0x20 <= byte <= 0x7E for byte in number.to_bytes(4, "big"))


def format_fourcc(value: FourCCLike) -> str:
    """Format a FourCC for people: ``'lpcm'`` when printable, else hex and decimal.

    Parameters
    ----------
    value : int, str or bytes
        The code; ints may be negative (signed ``OSStatus``).

    Returns
    -------
    str
        The quoted characters (``"'lpcm'"``) when all four bytes are printable
        ASCII, otherwise ``"0xHHHHHHHH (decimal)"`` where the decimal is the
        number as given (so ``-50`` stays ``-50``).

    Example
    -------
    >>> format_fourcc('lpcm')
    "'lpcm'"
    >>> format_fourcc(1)
    '0x00000001 (1)'
    >>> format_fourcc(-50)
    '0xFFFFFFCE (-50)'
    """
    if isinstance(value, str | bytes | bytearray):
        number = fourcc_to_int(value)
    else:
        number = _index(value)
        _to_unsigned(number)
    if is_printable_fourcc(number):
        return repr(int_to_fourcc(number))
    return f"0x{number & _MAX_U32:08X} ({number})"


def as_fourcc_int(value: FourCCLike) -> int:
    """Normalise a FourCC argument given as str, bytes or int to its int value.

    This is what every coremusic function that takes a format ID, file type,
    property ID or other FourCC calls on its argument.

    Parameters
    ----------
    value : str, bytes or int
        ``'lpcm'``, ``b'lpcm'`` or ``0x6C70636D``.

    Returns
    -------
    int
        The unsigned 32-bit value.

    Raises
    ------
    ValueError
        Wrong length, a character that is not a single byte, or an int outside
        ``0 .. 0xFFFFFFFF``; the message names the bad input.
    TypeError
        Any other type (including ``bool`` and ``float``).

    Example
    -------
    >>> as_fourcc_int('lpcm') == as_fourcc_int(0x6C70636D) == 1819304813
    True
    """
    return fourcc_to_int(value)


def validate_fourcc(value: FourCCLike) -> str:
    """Check a FourCC argument and return its canonical 4-character string.

    Parameters
    ----------
    value : str, bytes or int
        ``'lpcm'``, ``b'lpcm'`` or ``0x6C70636D``.

    Returns
    -------
    str
        The four characters, e.g. ``'lpcm'``.

    Raises
    ------
    ValueError
        Wrong length, a character that is not a single byte, or an int outside
        ``0 .. 0xFFFFFFFF``; the message names the bad input.
    TypeError
        Any other type.

    Example
    -------
    >>> validate_fourcc(0x6C70636D)
    'lpcm'
    >>> validate_fourcc('aac')
    Traceback (most recent call last):
    ...
    ValueError: FourCC 'aac' has 3 characters, expected exactly 4; Apple pads short codes with spaces, e.g. 'aac '
    """
    return int_to_fourcc(fourcc_to_int(value))
