"""``coremusic info``: what this installation can do here.

The report says which platform and backends are present, which Apple
frameworks load (they load only on macOS), whether libjack and libsndfile are
available, the versions of coremusic's dependencies, and what the FFI
declares.  It exits with status 0 when coremusic itself is healthy (its FFI
loads), whatever the platform offers, and 1 when it is not.
"""

from __future__ import annotations

import importlib
import json
import platform
import sys
from typing import Any

__all__ = ["collect_info", "run_info"]


def _version(module: str) -> str | None:
    try:
        mod = importlib.import_module(module)
    except Exception:  # an optional package that is absent or broken is reported, not fatal
        return None
    return str(getattr(mod, "__version__", "installed"))


def collect_info() -> dict[str, Any]:
    """The report as a dict (what ``coremusic info --json`` prints)."""
    from coremusic import __version__
    from coremusic.exceptions import CoreAudioError

    report: dict[str, Any] = {
        "coremusic": __version__,
        "python": platform.python_version(),
        "platform": sys.platform,
        "machine": platform.machine(),
        "healthy": True,
    }
    try:
        from coremusic import _ffi

        report["ffi"] = {
            "declared_functions_and_data": len(_ffi.declared_names()),
            "module": _ffi._generated_module.__name__,
        }
    except Exception as exc:  # the one failure that makes coremusic unhealthy
        report["healthy"] = False
        report["ffi"] = {"error": f"{type(exc).__name__}: {exc}"}
        return report

    frameworks = {}
    for name in _ffi.APPLE_FRAMEWORKS:
        try:
            _ffi.load_library(name)
        except CoreAudioError as exc:
            frameworks[name] = f"not available ({type(exc).__name__})"
        else:
            frameworks[name] = "loaded"
    report["apple_frameworks"] = frameworks
    try:
        _ffi.load_library("jack")
    except CoreAudioError as exc:
        report["libjack"] = f"not available: {exc}"
    except AttributeError:
        report["libjack"] = "not declared"
    else:
        report["libjack"] = "loaded"
    sf = _version("soundfile")
    if sf is not None:
        import soundfile

        report["libsndfile"] = str(getattr(soundfile, "__libsndfile_version__", "loaded"))
    else:
        report["libsndfile"] = "soundfile not installed"
    report["backend"] = "CoreAudio/CoreMIDI" if sys.platform == "darwin" else "portable (JACK, libsndfile)"
    report["packages"] = {name: _version(name) for name in
                          ("numpy", "cffi", "scipy", "matplotlib", "soundfile", "coremusic_link")}
    return report


def run_info(as_json: bool = False) -> int:
    """Print the report; exit status 0 when healthy."""
    report = collect_info()
    if as_json:
        print(json.dumps(report, indent=2, sort_keys=True))
        return 0 if report["healthy"] else 1
    print(f"coremusic {report['coremusic']} on Python {report['python']} "
          f"({report['platform']}, {report['machine']})")
    ffi = report["ffi"]
    if "error" in ffi:
        print(f"  FFI: FAILED: {ffi['error']}")
        return 1
    print(f"  FFI: {ffi['declared_functions_and_data']} declared functions and data")
    print(f"  backend: {report['backend']}")
    print("  Apple frameworks:")
    for name, state in report["apple_frameworks"].items():
        print(f"    {name:<15} {state}")
    print(f"  libjack: {report['libjack']}")
    print(f"  libsndfile: {report['libsndfile']}")
    print("  packages:")
    for name, version in report["packages"].items():
        print(f"    {name:<15} {version or 'not installed'}")
    return 0
