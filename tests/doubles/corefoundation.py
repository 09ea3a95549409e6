"""A CoreFoundation double: CF objects kept in a Python table, handed out as typed pointers.

Every object records its retain count, so tests can prove that coremusic
releases what it creates exactly once (``leaks()`` / over-release errors).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from coremusic._ffi import ffi
from tests.doubles.framework import DoubleError, FrameworkDouble

# type ids (arbitrary but distinct, as CFGetTypeID values are)
TYPE_IDS = {"string": 7, "url": 29, "data": 20, "array": 19, "dictionary": 18,
            "number": 22, "boolean": 21, "null": 16, "runloop": 43, "runloopsource": 46}
UTF8 = 0x08000100
CF_NUMBER_SINT64 = 4
CF_NUMBER_FLOAT64 = 6


@dataclass
class CFObject:
    kind: str
    value: Any
    refcount: int = 1
    immortal: bool = False


class CoreFoundationDouble(FrameworkDouble):
    """The ``CoreFoundation`` library, implemented over a table of Python values."""

    def __init__(self) -> None:
        super().__init__("CoreFoundation")
        self.objects: dict[int, CFObject] = {}
        self._next = 0x7000_0000
        self.true = self._make("boolean", True, immortal=True)
        self.false = self._make("boolean", False, immortal=True)
        self.null = self._make("null", None, immortal=True)
        self._install()

    # -- the object table -----------------------------------------------------
    def _make(self, kind: str, value: Any, immortal: bool = False) -> int:
        self._next += 0x40
        self.objects[self._next] = CFObject(kind, value, 1, immortal)
        return self._next

    def _obj(self, ref: Any, kind: str | None = None) -> CFObject:
        addr = int(ffi.cast("uintptr_t", ref))
        obj = self.objects.get(addr)
        if obj is None:
            raise DoubleError(f"{hex(addr)} is not a live CF object")
        if obj.refcount <= 0 and not obj.immortal:
            raise DoubleError(f"use of released CF object {hex(addr)} ({obj.kind})")
        if kind is not None and obj.kind != kind:
            raise DoubleError(f"expected a CF {kind}, got a CF {obj.kind}")
        return obj

    def new(self, kind: str, value: Any, ctype: str = "void *") -> Any:
        """Create an owned CF object holding ``value`` and return it as ``ctype``."""
        return ffi.cast(ctype, self._make(kind, value))

    def make_python(self, value: Any) -> int:
        """Create a CF object from a Python value (as CF functions in other doubles return)."""
        if isinstance(value, bool):
            addr = self.true if value else self.false
            return addr
        if value is None:
            return self.null
        if isinstance(value, str):
            return self._make("string", value)
        if isinstance(value, bytes):
            return self._make("data", value)
        if isinstance(value, (int, float)):
            return self._make("number", value)
        if isinstance(value, dict):
            items = [(self.make_python(k), self.make_python(v)) for k, v in value.items()]
            return self._make("dictionary", items)
        if isinstance(value, (list, tuple)):
            return self._make("array", [self.make_python(v) for v in value])
        raise DoubleError(f"cannot make a CF object of {type(value).__name__}")

    def value_of(self, ref: Any) -> Any:
        """The Python value of a live CF object (recursively)."""
        obj = self._obj(ref)
        if obj.kind == "array":
            return [self.value_of(ffi.cast("void *", a)) for a in obj.value]
        if obj.kind == "dictionary":
            return {self.value_of(ffi.cast("void *", k)): self.value_of(ffi.cast("void *", v))
                    for k, v in obj.value}
        return obj.value

    def leaks(self) -> list[tuple[str, Any, int]]:
        """Objects still retained (kind, value, refcount)."""
        return [(o.kind, o.value, o.refcount) for o in self.objects.values()
                if o.refcount > 0 and not o.immortal]

    def _retain_addr(self, addr: int) -> None:
        obj = self.objects[addr]
        if not obj.immortal:
            obj.refcount += 1

    def _release_addr(self, addr: int) -> None:
        obj = self.objects.get(addr)
        if obj is None:
            raise DoubleError(f"CFRelease of unknown object {hex(addr)}")
        if obj.immortal:
            return
        if obj.refcount <= 0:
            raise DoubleError(f"CFRelease of already released {obj.kind} {obj.value!r}")
        obj.refcount -= 1
        if obj.refcount == 0:
            if obj.kind == "array":
                for a in obj.value:
                    self._release_addr(a)
            elif obj.kind == "dictionary":
                for k, v in obj.value:
                    self._release_addr(k)
                    self._release_addr(v)

    # -- the functions ----------------------------------------------------------
    def _install(self) -> None:
        imp = self.implement
        addr = lambda ref: int(ffi.cast("uintptr_t", ref))  # noqa: E731

        self.set_data("kCFAllocatorDefault", ffi.NULL)
        self.set_data("kCFAllocatorSystemDefault", ffi.NULL)
        self.set_data("kCFAllocatorMalloc", ffi.NULL)
        self.set_data("kCFAllocatorNull", ffi.NULL)
        self.set_data("kCFBooleanTrue", ffi.cast("void *", self.true))
        self.set_data("kCFBooleanFalse", ffi.cast("void *", self.false))
        self.set_data("kCFNull", ffi.cast("void *", self.null))
        for name in ("kCFTypeArrayCallBacks", "kCFTypeDictionaryKeyCallBacks",
                     "kCFCopyStringDictionaryKeyCallBacks", "kCFTypeDictionaryValueCallBacks"):
            self.set_data(name, {"version": 0})
        self.set_data("kCFRunLoopDefaultMode", ffi.cast("void *", self._make("string", "kCFRunLoopDefaultMode", True)))
        self.set_data("kCFRunLoopCommonModes", ffi.cast("void *", self._make("string", "kCFRunLoopCommonModes", True)))

        @imp("CFRetain")
        def _retain(ref: Any) -> Any:
            self._obj(ref)
            self._retain_addr(addr(ref))
            return ref

        @imp("CFRelease")
        def _release(ref: Any) -> None:
            if ref == ffi.NULL:
                raise DoubleError("CFRelease(NULL) crashes on macOS")
            self._release_addr(addr(ref))

        imp("CFGetRetainCount", lambda ref: self._obj(ref).refcount)
        imp("CFGetTypeID", lambda ref: TYPE_IDS[self._obj(ref).kind])
        imp("CFEqual", lambda a, b: self.value_of(a) == self.value_of(b))
        imp("CFHash", lambda ref: hash(repr(self.value_of(ref))) & 0xFFFFFFFF)
        imp("CFCopyDescription", lambda ref: ffi.cast("CFStringRef", self._make("string", repr(self.value_of(ref)))))
        imp("CFCopyTypeIDDescription", lambda tid: ffi.cast("CFStringRef", self._make("string", str(tid))))
        for kind, name in (("string", "CFStringGetTypeID"), ("url", "CFURLGetTypeID"),
                           ("data", "CFDataGetTypeID"), ("array", "CFArrayGetTypeID"),
                           ("dictionary", "CFDictionaryGetTypeID"), ("number", "CFNumberGetTypeID"),
                           ("boolean", "CFBooleanGetTypeID"), ("null", "CFNullGetTypeID"),
                           ("runloop", "CFRunLoopGetTypeID"),
                           ("runloopsource", "CFRunLoopSourceGetTypeID")):
            imp(name, lambda k=kind: TYPE_IDS[k])

        # strings
        @imp("CFStringCreateWithCString")
        def _s_cstr(alloc: Any, cstr: Any, enc: int) -> Any:
            if enc != UTF8:
                raise DoubleError(f"unexpected encoding {enc:#x}")
            return ffi.cast("CFStringRef", self._make("string", ffi.string(cstr).decode("utf-8")))

        @imp("CFStringCreateWithBytes")
        def _s_bytes(alloc: Any, raw: Any, n: int, enc: int, bom: int) -> Any:
            if enc != UTF8:
                raise DoubleError(f"unexpected encoding {enc:#x}")
            text = bytes(ffi.buffer(raw, n)).decode("utf-8") if n else ""
            return ffi.cast("CFStringRef", self._make("string", text))

        imp("CFStringGetLength", lambda ref: len(self._obj(ref, "string").value.encode("utf-16-le")) // 2)
        imp("CFStringGetMaximumSizeForEncoding", lambda n, enc: n * 3)

        @imp("CFStringGetCString")
        def _s_get(ref: Any, buf: Any, size: int, enc: int) -> int:
            raw = self._obj(ref, "string").value.encode("utf-8")
            if len(raw) + 1 > size:
                return 0
            ffi.memmove(buf, raw + b"\0", len(raw) + 1)
            return 1

        imp("CFStringGetCStringPtr", lambda ref, enc: ffi.NULL)

        @imp("CFStringGetBytes")
        def _s_getbytes(ref: Any, rng: Any, enc: int, loss: int, ext: int, buf: Any, maxlen: int, used: Any) -> int:
            # CF ranges count UTF-16 code units, as CFStringGetLength does
            units = self._obj(ref, "string").value.encode("utf-16-le")
            chunk = units[2 * rng.location: 2 * (rng.location + rng.length)]
            raw = chunk.decode("utf-16-le").encode("utf-8")
            if buf != ffi.NULL:
                if len(raw) > maxlen:
                    raise DoubleError("CFStringGetBytes buffer too small for the double")
                ffi.memmove(buf, raw, len(raw))
            if used != ffi.NULL:
                used[0] = len(raw)
            return len(chunk) // 2

        # URLs
        @imp("CFURLCreateFromFileSystemRepresentation")
        def _u_fs(alloc: Any, raw: Any, n: int, is_dir: int) -> Any:
            return ffi.cast("CFURLRef", self._make("url", os.fsdecode(bytes(ffi.buffer(raw, n)))))

        @imp("CFURLCreateWithFileSystemPath")
        def _u_path(alloc: Any, s: Any, style: int, is_dir: int) -> Any:
            return ffi.cast("CFURLRef", self._make("url", self._obj(s, "string").value))

        @imp("CFURLGetFileSystemRepresentation")
        def _u_get(ref: Any, resolve: int, buf: Any, size: int) -> int:
            raw = os.fsencode(self._obj(ref, "url").value)
            if len(raw) + 1 > size:
                return 0
            ffi.memmove(buf, raw + b"\0", len(raw) + 1)
            return 1

        imp("CFURLCopyFileSystemPath", lambda ref, style: ffi.cast("CFStringRef", self._make("string", self._obj(ref, "url").value)))
        imp("CFURLGetString", lambda ref: ffi.cast("CFStringRef", self._make("string", "file://" + self._obj(ref, "url").value)))

        # data
        imp("CFDataCreate", lambda alloc, raw, n: ffi.cast("CFDataRef", self._make("data", bytes(ffi.buffer(raw, n)) if n else b"")))
        imp("CFDataGetLength", lambda ref: len(self._obj(ref, "data").value))

        @imp("CFDataGetBytePtr")
        def _d_ptr(ref: Any) -> Any:
            obj = self._obj(ref, "data")
            keep = ffi.new("char[]", obj.value or b"\0")
            self._data[f"bytes@{addr(ref)}"] = keep
            return keep

        @imp("CFDataGetBytes")
        def _d_get(ref: Any, rng: Any, buf: Any) -> None:
            raw = self._obj(ref, "data").value[rng.location: rng.location + rng.length]
            ffi.memmove(buf, raw, len(raw))

        # arrays
        @imp("CFArrayCreate")
        def _a_new(alloc: Any, values: Any, n: int, cb: Any) -> Any:
            items = [addr(values[i]) for i in range(n)]
            for a in items:
                self._obj(ffi.cast("void *", a))
                self._retain_addr(a)
            return ffi.cast("CFArrayRef", self._make("array", items))

        imp("CFArrayGetCount", lambda ref: len(self._obj(ref, "array").value))

        @imp("CFArrayGetValueAtIndex")
        def _a_get(ref: Any, i: int) -> Any:
            items = self._obj(ref, "array").value
            if not 0 <= i < len(items):
                raise DoubleError(f"CFArrayGetValueAtIndex index {i} out of range")
            return ffi.cast("void *", items[i])

        @imp("CFArrayGetValues")
        def _a_values(ref: Any, rng: Any, out: Any) -> None:
            items = self._obj(ref, "array").value[rng.location: rng.location + rng.length]
            for i, a in enumerate(items):
                out[i] = ffi.cast("void *", a)

        # dictionaries
        @imp("CFDictionaryCreate")
        def _dict_new(alloc: Any, keys: Any, values: Any, n: int, kcb: Any, vcb: Any) -> Any:
            items = [(addr(keys[i]), addr(values[i])) for i in range(n)]
            for k, v in items:
                self._retain_addr(k)
                self._retain_addr(v)
            return ffi.cast("CFDictionaryRef", self._make("dictionary", items))

        imp("CFDictionaryCreateMutable", lambda alloc, cap, kcb, vcb: ffi.cast("CFMutableDictionaryRef", self._make("dictionary", [])))
        imp("CFDictionaryGetCount", lambda ref: len(self._obj(ref, "dictionary").value))

        @imp("CFDictionaryGetValue")
        def _dict_get(ref: Any, key: Any) -> Any:
            want = self.value_of(key)
            for k, v in self._obj(ref, "dictionary").value:
                if self.value_of(ffi.cast("void *", k)) == want:
                    return ffi.cast("void *", v)
            return ffi.NULL

        @imp("CFDictionaryGetKeysAndValues")
        def _dict_kv(ref: Any, keys: Any, values: Any) -> None:
            for i, (k, v) in enumerate(self._obj(ref, "dictionary").value):
                keys[i] = ffi.cast("void *", k)
                values[i] = ffi.cast("void *", v)

        @imp("CFDictionarySetValue")
        def _dict_set(ref: Any, key: Any, value: Any) -> None:
            obj = self._obj(ref, "dictionary")
            self._retain_addr(addr(key))
            self._retain_addr(addr(value))
            obj.value.append((addr(key), addr(value)))

        # numbers and booleans
        @imp("CFNumberCreate")
        def _n_new(alloc: Any, kind: int, ptr: Any) -> Any:
            if kind == CF_NUMBER_SINT64:
                value: Any = int(ffi.cast("SInt64 *", ptr)[0])
            elif kind == CF_NUMBER_FLOAT64:
                value = float(ffi.cast("Float64 *", ptr)[0])
            elif kind == 3:
                value = int(ffi.cast("SInt32 *", ptr)[0])
            else:
                raise DoubleError(f"CFNumberCreate type {kind} not supported by the double")
            return ffi.cast("CFNumberRef", self._make("number", value))

        imp("CFNumberGetType", lambda ref: CF_NUMBER_FLOAT64 if isinstance(self._obj(ref, "number").value, float) else CF_NUMBER_SINT64)
        imp("CFNumberIsFloatType", lambda ref: isinstance(self._obj(ref, "number").value, float))

        @imp("CFNumberGetValue")
        def _n_get(ref: Any, kind: int, out: Any) -> int:
            value = self._obj(ref, "number").value
            if kind == CF_NUMBER_SINT64:
                ffi.cast("SInt64 *", out)[0] = int(value)
            elif kind == CF_NUMBER_FLOAT64:
                ffi.cast("Float64 *", out)[0] = float(value)
            elif kind == 3:
                ffi.cast("SInt32 *", out)[0] = int(value)
            else:
                raise DoubleError(f"CFNumberGetValue type {kind} not supported by the double")
            return 1

        imp("CFBooleanGetValue", lambda ref: bool(self._obj(ref, "boolean").value))

        # run loops
        self.main_loop = self._make("runloop", "main", immortal=True)
        imp("CFRunLoopGetCurrent", lambda: ffi.cast("CFRunLoopRef", self.main_loop))
        imp("CFRunLoopGetMain", lambda: ffi.cast("CFRunLoopRef", self.main_loop))
        imp("CFRunLoopRun", lambda: None)
        imp("CFRunLoopRunInMode", lambda mode, seconds, ret: 3)  # kCFRunLoopRunTimedOut
        imp("CFRunLoopStop", lambda rl: None)
        imp("CFRunLoopWakeUp", lambda rl: None)
        imp("CFRunLoopAddSource", lambda rl, src, mode: None)
        imp("CFRunLoopRemoveSource", lambda rl, src, mode: None)
        imp("CFRunLoopSourceInvalidate", lambda src: None)
