"""OSStatus codes: names, FourCCs, messages and suggestions (table pending)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["OSStatusInfo", "lookup", "os_status_to_string", "get_error_suggestion"]


@dataclass(frozen=True)
class OSStatusInfo:
    code: int
    name: str
    message: str
    suggestion: str
    area: str
    builtin: str | None = None


def lookup(code: int, area: str | None = None) -> OSStatusInfo | None:
    return None


def os_status_to_string(code: int) -> str:
    return str(code)


def get_error_suggestion(code: int) -> str | None:
    return None
