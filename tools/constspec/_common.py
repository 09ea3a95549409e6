"""Helpers shared by the class specifications of tools/constgen.py."""

from __future__ import annotations

from constgen import Cls, Module

DEPRECATED_HEADERS = {"CoreAudio/AudioHardwareDeprecated.h"}


def _prop(name: str, apple: str, what: str, **kw) -> Cls:
    return Cls(name, "FourCCEnum", what, rf"{apple}\w+", apple, **kw)


def _e(name: str, pattern: str, prefix: str, what: str, base: str = "AppleIntEnum", **kw) -> Cls:
    return Cls(name, base, what, pattern, prefix, **kw)


def _split(
    mod: Module, name: str, summary: str, names: set[str], plain: tuple[str, ...] = ()
) -> Module:
    moved = [c for c in mod.classes if c.name in names]
    if len(moved) != len(names):
        raise SystemExit(f"{name}: unknown classes {names - {c.name for c in moved}}")
    mod.classes = [c for c in mod.classes if c.name not in names]
    return Module(
        name=name,
        summary=summary,
        headers=mod.headers,
        classes=moved,
        plain={k: mod.plain.pop(k) for k in plain},
    )
