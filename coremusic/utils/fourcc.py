"""FourCC helpers (minimal; the full module replaces this)."""

from __future__ import annotations

__all__ = ["as_fourcc_int", "int_to_fourcc"]


def as_fourcc_int(code: str | bytes | int) -> int:
    if isinstance(code, int) and not isinstance(code, bool):
        if not 0 <= code <= 0xFFFFFFFF:
            raise ValueError(f"FourCC integer out of range: {code}")
        return code
    if isinstance(code, str):
        code = code.encode("latin-1")
    if isinstance(code, bytes) and len(code) == 4:
        return int.from_bytes(code, "big")
    raise ValueError(f"not a FourCC: {code!r}")


def int_to_fourcc(value: int) -> str:
    return (value & 0xFFFFFFFF).to_bytes(4, "big").decode("latin-1")
