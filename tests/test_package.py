"""The package as users meet it: a cheap import, lazy exports, the command line."""

from __future__ import annotations

import json
import subprocess
import sys

import coremusic


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                          text=True).stdout


def test_import_is_light() -> None:
    out = _run("import sys, coremusic; print(sorted(m for m in sys.modules if m.split('.')[0] in "
               "('numpy', 'scipy', 'matplotlib', 'cffi', '_cffi_backend', 'soundfile') "
               "or m.startswith('coremusic._ffi')))")
    assert out.strip() == "[]", f"import coremusic pulled in heavy modules: {out}"


def test_lazy_exports_resolve() -> None:
    for name in coremusic.__all__:
        assert getattr(coremusic, name) is not None, name
    assert set(coremusic.__all__) <= set(dir(coremusic))


def test_star_import_works_without_the_optional_link_shim() -> None:
    # hide the compiled shim as if it were not installed
    out = _run("import sys; sys.modules['coremusic_link'] = None\n"
               "from coremusic import *\n"
               "import coremusic\n"
               "try:\n"
               "    coremusic.LinkSession\n"
               "except ImportError as exc:\n"
               "    print('pip install ./link_shim' in str(exc))\n")
    assert out.strip() == "True"
    assert coremusic._OPTIONAL <= set(coremusic._LAZY)
    assert not coremusic._OPTIONAL & set(coremusic.__all__)


def test_unknown_attribute_is_an_attribute_error() -> None:
    try:
        coremusic.NoSuchThing  # noqa: B018
    except AttributeError as exc:
        assert "NoSuchThing" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_capi_imports_without_frameworks() -> None:
    out = _run("import coremusic.capi as c; print(len(c.__all__))")
    assert int(out) > 3


def test_cli_info_json_reports_a_healthy_install() -> None:
    proc = subprocess.run([sys.executable, "-m", "coremusic", "info", "--json"],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["healthy"] is True
    assert report["ffi"]["declared_functions_and_data"] > 100
    if sys.platform != "darwin":
        assert all(v.startswith("not available") for v in report["apple_frameworks"].values())


def test_cli_info_text_and_version() -> None:
    proc = subprocess.run([sys.executable, "-m", "coremusic"], capture_output=True, text=True, check=False)
    assert proc.returncode == 0
    assert "coremusic" in proc.stdout and "FFI:" in proc.stdout
    proc = subprocess.run([sys.executable, "-m", "coremusic", "--version"], capture_output=True, text=True, check=False)
    assert proc.stdout.strip() == f"coremusic {coremusic.__version__}"
