from __future__ import annotations

from typing import Any

import pytest

from coremusic._ffi import APPLE_FRAMEWORKS, _build


def is_apple(entry: _build.CdefFile) -> bool:
    """The cdef files that describe Apple's frameworks (types-only files have no library)."""
    return entry.library is None or entry.library in APPLE_FRAMEWORKS


class Parsed:
    """cdefs/ parsed in-line (independently of the generated module)."""

    def __init__(self) -> None:
        self.ffi, self.functions = _build.parse(select=is_apple)
        decls = self.ffi._parser._declarations
        self.records: dict[str, str] = {}   # cffi type name -> facts record key
        self.typedefs = sorted(k.split(" ", 1)[1] for k in decls if k.startswith("typedef "))
        self.int_constants: dict[str, int] = dict(self.ffi._parser._int_constants)
        self.structs = sorted(k.split(" ", 1)[1] for k in decls
                              if k.startswith(("struct ", "union ")) or k.startswith("anonymous "))
        self.decls = decls

    def typeof(self, spelling: str) -> Any:
        return self.ffi.typeof(spelling)

    def declared_type(self, kind: str, name: str) -> Any:
        """The backend ctype of a declaration, straight from cffi's parsed model
        (``ffi.typeof`` of a string would re-run pycparser for each name)."""
        from cffi import model

        tp, _quals = self.decls[f"{kind} {name}"]
        if isinstance(tp, model.RawFunctionType):
            tp = tp.as_function_pointer()
        with self.ffi._lock:  # cffi's contract for _get_cached_btype
            return self.ffi._get_cached_btype(tp)


@pytest.fixture(scope="session")
def parsed() -> Parsed:
    return Parsed()
