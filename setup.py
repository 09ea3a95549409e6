"""Build hook: ship cdefs/ inside the package and pre-generate the FFI module.

cffi's out-of-line ABI mode writes a pure-Python module from the parsed
declarations, so this needs cffi (a build requirement) but no C compiler.
Everything else about the package is in pyproject.toml.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithFFI(build_py):
    def run(self) -> None:
        super().run()
        if self.dry_run:
            return
        package = Path(self.build_lib) / "coremusic"
        target = package / "cdefs"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(HERE / "cdefs", target,
                        ignore=shutil.ignore_patterns("*.md~", "*.orig", "__pycache__"))
        spec = importlib.util.spec_from_file_location(
            "_coremusic_ffi_build", HERE / "coremusic" / "_ffi" / "_build.py")
        assert spec is not None and spec.loader is not None
        builder = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = builder  # dataclasses look their module up there
        spec.loader.exec_module(builder)
        builder.emit_module(package / "_ffi" / "_generated.py", folder=HERE / "cdefs")


setup(cmdclass={"build_py": BuildWithFFI})
