"""The cffi-typed framework double: typed C trampolines standing in for an Apple library."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from coremusic._ffi import ffi, function_type, library_for, override_library


class DoubleError(AssertionError):
    """The code under test used the double in a way the test did not prepare."""


class FrameworkDouble:
    """Stands in for one library (``'CoreAudio'``, ``'AudioToolbox'`` ...).

    ``implement(name)`` turns a Python function into ``ffi.callback(T, fn)``
    where ``T`` is the function type declared in ``cdefs/``; calling it from
    coremusic goes through libffi with full argument conversion, as the real
    call would.  Every call is recorded in ``calls`` as ``(name, args)``.
    Exceptions raised inside an implementation are collected in ``errors`` (the
    C return value is then ``error_status``) and re-raised by ``verify()``.
    """

    error_status = -123456  # returned when an implementation raised

    def __init__(self, library: str) -> None:
        self.library = library
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.errors: list[BaseException] = []
        self._impls: dict[str, Any] = {}
        self._data: dict[str, Any] = {}
        self._boxed: set[str] = set()  # data stored as a pointer to a struct value

    # -- preparing -----------------------------------------------------------
    def implement(self, name: str, fn: Callable[..., Any] | None = None) -> Any:
        """Register ``fn`` as the C function ``name`` (usable as a decorator)."""
        if library_for(name) != self.library:
            raise DoubleError(f"{name} is exported by {library_for(name)}, not {self.library}")

        def register(func: Callable[..., Any]) -> Callable[..., Any]:
            ctype = function_type(name)
            if ctype.kind != "function":
                raise DoubleError(f"{name} is a datum; use set_data()")

            def recorded(*args: Any) -> Any:
                self.calls.append((name, args))
                return func(*args)

            result = ctype.result
            kwargs: dict[str, Any] = {"onerror": self._onerror}
            if result.kind == "primitive":
                kwargs["error"] = self.error_status if result.cname in ("int", "long") else 0
            self._impls[name] = ffi.callback(ctype, recorded, **kwargs)
            return func

        return register(fn) if fn is not None else register

    def returns(self, name: str, status: int) -> None:
        """Make ``name`` do nothing but return ``status`` (for error paths)."""
        self.implement(name, lambda *args: status)

    def set_data(self, name: str, value: Any) -> None:
        """Provide the exported datum ``name`` (a cdata of its declared type)."""
        if library_for(name) != self.library:
            raise DoubleError(f"{name} is exported by {library_for(name)}, not {self.library}")
        ctype = function_type(name)
        if ctype.kind == "function":
            raise DoubleError(f"{name} is a function; use implement()")
        if ctype.kind == "struct":
            box = ffi.new(f"{ctype.cname} *", value)
            self._data[name] = box
            self._boxed.add(name)
        else:
            self._data[name] = ffi.cast(ctype, value) if not isinstance(value, ffi.CData) else value

    def _onerror(self, exc_type: type[BaseException], exc: BaseException, tb: Any) -> None:
        self.errors.append(exc)

    # -- what coremusic sees ----------------------------------------------------
    def __getattr__(self, name: str) -> Any:
        impls = self.__dict__.get("_impls", {})
        if name in impls:
            return impls[name]
        data = self.__dict__.get("_data", {})
        if name in data:
            value = data[name]
            return value[0] if name in self.__dict__.get("_boxed", ()) else value
        raise DoubleError(f"the {self.__dict__.get('library')} double has no implementation of {name}")

    def coremusic_address_of(self, name: str) -> Any:
        value = self._data.get(name)
        if value is None:
            raise DoubleError(f"the {self.library} double has no datum {name}")
        if name in self._boxed:
            return value
        box = ffi.new(f"{ffi.typeof(value).cname} *", value)
        self._data[f"&{name}"] = box
        return box

    # -- checking -------------------------------------------------------------
    def called(self, name: str) -> list[tuple[Any, ...]]:
        """The argument tuples of every call of ``name``."""
        return [args for n, args in self.calls if n == name]

    def verify(self) -> None:
        """Re-raise the first exception an implementation raised."""
        if self.errors:
            raise self.errors[0]

    @contextlib.contextmanager
    def installed(self) -> Iterator[FrameworkDouble]:
        """Use this double for its library inside the block, then verify it."""
        with override_library(self.library, self):
            yield self
        self.verify()

    def __repr__(self) -> str:
        return f"<FrameworkDouble {self.library}: {len(self._impls)} functions, {len(self.calls)} calls>"
