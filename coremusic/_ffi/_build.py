"""Build coremusic's single FFI from the text declarations in ``cdefs/``.

cffi's *out-of-line ABI mode* turns the parsed declarations into a small
pure-Python module (``ffi.set_source(name, None)``): no C compiler is involved.
The module is generated at wheel-build time (``setup.py``) and, when running from a
source tree, on first use into a cache folder keyed by the hash of the cdefs.

Besides ``ffi``, the generated module defines ``FUNCTIONS``: for every declared
function and exported datum, the library that exports it and its C type, so that
libraries can be opened lazily and framework doubles can build typed trampolines.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["CdefFile", "cdefs_dir", "cdefs_hash", "emit_module", "parse", "read_manifest"]


@dataclass(frozen=True)
class CdefFile:
    """One line of ``cdefs/MANIFEST``."""

    path: Path
    library: str | None
    packed: bool


def cdefs_dir() -> Path:
    """The folder holding the cdefs: inside the package when installed, else the
    source tree's top-level ``cdefs/``."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "cdefs", here.parent / "cdefs"):
        if (candidate / "MANIFEST").is_file():
            return candidate
    raise FileNotFoundError(
        "coremusic's C declarations (cdefs/MANIFEST) were not found next to the package; "
        "the installation is incomplete"
    )


def read_manifest(folder: Path | None = None) -> list[CdefFile]:
    """The cdef files in parse order."""
    folder = folder or cdefs_dir()
    files = []
    for raw in (folder / "MANIFEST").read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        library = None if parts[1] == "-" else parts[1]
        files.append(CdefFile(folder / parts[0], library, "packed" in parts[2:]))
    return files


def cdefs_hash(folder: Path | None = None) -> str:
    """A digest of every cdef file and the manifest (cache key of the generated module)."""
    import cffi

    digest = hashlib.sha256(cffi.__version__.encode())
    digest.update(Path(__file__).read_bytes())
    folder = folder or cdefs_dir()
    digest.update((folder / "MANIFEST").read_bytes())
    for entry in read_manifest(folder):
        digest.update(entry.path.read_bytes())
    return digest.hexdigest()[:16]


def parse(folder: Path | None = None,
          select: Callable[[CdefFile], bool] | None = None) -> tuple[Any, dict[str, tuple[str, str]]]:
    """Parse every cdef file (or those ``select`` accepts) into one in-line ``cffi.FFI``.

    Returns the FFI and the ``FUNCTIONS`` table ``{name: (library, ctype)}``.
    """
    import cffi
    from cffi import model

    ffi: Any = cffi.FFI()  # its parser (a private attribute) lists what each file declared
    functions: dict[str, tuple[str, str]] = {}
    for entry in read_manifest(folder):
        if select is not None and not select(entry):
            continue
        before = set(ffi._parser._declarations)
        ffi.cdef(entry.path.read_text(), packed=entry.packed)
        added = set(ffi._parser._declarations) - before
        for key in added:
            kind, _, name = key.partition(" ")
            tp, _quals = ffi._parser._declarations[key]
            if kind == "function":
                if isinstance(tp, model.RawFunctionType):
                    tp = tp.as_function_pointer()
                ctype = tp.get_c_name()
            elif kind in ("variable", "constant"):
                ctype = tp.get_c_name()
            else:
                continue
            if entry.library is None:
                raise ValueError(f"{entry.path.name} declares {name} but names no library in MANIFEST")
            functions[name] = (entry.library, ctype)
    return ffi, functions


def emit_module(target: Path, folder: Path | None = None) -> Path:
    """Write the out-of-line ABI module to ``target`` (a ``.py`` path)."""
    ffi, functions = parse(folder)
    module_name = target.stem
    ffi.set_source(module_name, None)
    tmp = target.with_suffix(".tmp")
    with contextlib.redirect_stdout(io.StringIO()):  # cffi announces what it generates
        ffi.emit_python_code(str(tmp))
    text = tmp.read_text()
    tmp.unlink()
    lines = [text.rstrip("\n"), "", f"CDEFS_HASH = {cdefs_hash(folder)!r}", "FUNCTIONS = {"]
    for name in sorted(functions):
        lines.append(f"    {name!r}: {functions[name]!r},")
    lines.append("}")
    target.write_text("\n".join(lines) + "\n")
    return target


if __name__ == "__main__":  # pragma: no cover - used by setup.py and developers
    import sys

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("_generated.py")
    print(emit_module(out))
