"""Contract tests: coremusic.capi driven through the cffi-typed framework doubles.

The ledger below wraps every public capi function and records which ones a
contract test called directly; ``test_capi_coverage.py`` fails when any was
never called.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any

import pytest

import coremusic.capi as capi

CALLED: set[str] = set()
ALL_FUNCTIONS: dict[str, Callable[..., Any]] = {}


def _wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def ledger(*args: Any, **kwargs: Any) -> Any:
        caller = sys._getframe(1).f_globals.get("__name__", "")
        if caller.startswith("tests."):
            CALLED.add(name)
        return fn(*args, **kwargs)

    ledger.__wrapped_by_ledger__ = True  # type: ignore[attr-defined]
    return ledger


def _install_ledger() -> None:
    for module in capi.AREA_MODULES:
        for name in module.__all__:
            fn = getattr(module, name)
            if not callable(fn) or isinstance(fn, type) or getattr(fn, "__wrapped_by_ledger__", False):
                continue
            ALL_FUNCTIONS[name] = fn
            wrapped = _wrap(name, fn)
            setattr(module, name, wrapped)
            setattr(capi, name, wrapped)


_install_ledger()


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config,
                                  items: list[pytest.Item]) -> None:
    """Run the coverage check after every other contract test."""
    last = [i for i in items if i.nodeid.endswith("test_every_capi_function_is_called")]
    for item in last:
        items.remove(item)
        items.append(item)
    for item in items:
        if "/contract/" in item.nodeid or item.nodeid.startswith("tests/contract"):
            item.add_marker(pytest.mark.contract)
