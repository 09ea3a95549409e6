"""Vectorised conversion of raw PCM samples to float32 / float64.

The scaling convention is libsndfile's (and so ``soundfile``'s): a signed
``n``-bit integer ``x`` becomes ``x / 2**(n-1)``; unsigned 8-bit ``x`` becomes
``(x - 128) / 128``; 24-bit samples are widened to 32 bits (``x << 8``) and
scaled by ``2**-31``, which is the same number; float samples are cast.  Every
scale factor is a power of two, so the results are bit-identical to libsndfile's.

The conversions write into a caller-supplied output array (``out=``) and make
no full-size temporaries: 24-bit samples are assembled byte-wise in the output
buffer itself and converted there in place.

Example
-------
>>> import numpy as np
>>> out = np.empty((2, 1), np.float32)
>>> pcm_to_float(np.array([[16384], [-32768]], '<i2'), 'int16', out)
array([[ 0.5],
       [-1. ]], dtype=float32)
"""

from __future__ import annotations

from typing import Any

import numpy as np

from coremusic.audio.file_headers import Encoding

__all__ = ["pcm_to_float"]

_SCALE = {"int8": 2.0 ** -7, "int16": 2.0 ** -15, "int32": 2.0 ** -31, "int24": 2.0 ** -31}


def pcm_to_float(src: np.ndarray[Any, Any], encoding: Encoding, out: np.ndarray[Any, Any], *,
                 big_endian: bool = False) -> np.ndarray[Any, Any]:
    """Convert raw samples ``src`` into the float array ``out`` (same frames and channels).

    Parameters
    ----------
    src : np.ndarray [shape=(frames, channels)] or [shape=(frames, channels, 3)]
        The samples in their file dtype (any strides, e.g. a strided view of a
        memory map); for ``'int24'`` a ``uint8`` array whose last axis holds the 3 bytes.
    encoding : Encoding
        ``'uint8'``, ``'int8'``, ``'int16'``, ``'int24'``, ``'int32'``, ``'float32'`` or ``'float64'``.
    out : np.ndarray [shape=(frames, channels), dtype=float32 or float64]
        Preallocated, C-contiguous output.
    big_endian : bool
        Byte order of ``'int24'`` samples (the other encodings carry it in their dtype).

    Returns
    -------
    np.ndarray
        ``out``.

    Example
    -------
    >>> out = np.empty((1, 1), np.float32)
    >>> pcm_to_float(np.array([[[0, 0, 0x40]]], np.uint8), 'int24', out)[0, 0]
    np.float32(0.5)
    """
    if out.dtype not in (np.float32, np.float64):
        raise TypeError(f"out must be float32 or float64, not {out.dtype}")
    if out.shape != src.shape[:2]:
        raise ValueError(f"out has shape {out.shape}, the samples have {src.shape[:2]}")
    if out.size == 0:
        return out
    ftype = out.dtype.type
    if encoding in ("float32", "float64"):
        np.copyto(out, src, casting="unsafe")
    elif encoding == "uint8":
        np.multiply(src, ftype(2.0 ** -7), out=out, dtype=out.dtype, casting="unsafe")
        np.subtract(out, ftype(1.0), out=out)
    elif encoding == "int24":
        _int24_to_float(src, out, big_endian)
    else:
        np.multiply(src, ftype(_SCALE[encoding]), out=out, dtype=out.dtype, casting="unsafe")
    return out


def _int24_to_float(src: np.ndarray[Any, Any], out: np.ndarray[Any, Any], big_endian: bool) -> None:
    """Packed 24-bit -> float via an int32 ``x << 8`` built in the output buffer itself.

    ``src`` is either ``uint8`` ``(frames, channels, 3)`` (the bytes are placed
    into the upper three bytes of each little-endian word) or an int32 array of
    overlapping 4-byte *windows* that start one byte before each sample
    (``MMapAudioFile``'s strided view): then a mask (little-endian) or a shift
    (big-endian) leaves exactly ``x << 8``.
    """
    if out.dtype == np.float32 and out.flags.c_contiguous:
        work = out
    else:  # float64 output: assemble in a float32-sized scratch, then widen
        work = np.empty(out.shape, np.float32)
    as_int = work.view("=i4")
    if src.dtype.itemsize == 4:
        if big_endian:
            np.left_shift(src, 8, out=as_int, casting="unsafe")
        else:
            np.bitwise_and(src, -256, out=as_int, casting="unsafe")
    else:
        as_bytes = work.view(np.uint8).reshape(*work.shape, 4)
        if np.little_endian:
            as_bytes[..., 0] = 0
            as_bytes[..., 1:4] = src[..., ::-1] if big_endian else src
        else:  # pragma: no cover - big-endian hosts
            as_bytes[..., 3] = 0
            as_bytes[..., 0:3] = src if big_endian else src[..., ::-1]
    # same-position elementwise op: numpy converts each buffered chunk before writing it back
    np.multiply(as_int, np.float32(_SCALE["int24"]), out=work, dtype=np.float32, casting="unsafe")
    if work is not out:
        np.copyto(out, work)
