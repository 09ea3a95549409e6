"""Developer sessions: ``nox -s tests lint typecheck docs bench``."""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "lint", "typecheck"]
nox.options.reuse_existing_virtualenvs = True


@nox.session(python=["3.11", "3.12", "3.13"])
def tests(session: nox.Session) -> None:
    """The test suite on each supported Python found here (``nox -s tests-3.12`` picks one).

    It starts its own JACK server where jackd is installed."""
    session.env["CC"] = "false"  # installing coremusic must never need a compiler
    session.install(".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    session.install("ruff")
    session.run("ruff", "check", "coremusic", "tests", "tools", "noxfile.py", "setup.py")


@nox.session
def typecheck(session: nox.Session) -> None:
    session.install("mypy", "numpy", "cffi", "types-cffi")
    session.run("mypy", "coremusic")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the documentation site with mkdocs-material (strict: warnings fail)."""
    session.install("mkdocs-material")
    session.run("mkdocs", "build", "--strict")


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks beside the peers, printed as ratios (results go in docs/performance.md)."""
    session.env["CC"] = "false"
    session.install(".[bench]")
    for script in sorted(session.posargs or ["tests/benchmarks/bench_import.py"]):
        session.run("python", script)
    import glob

    if not session.posargs:
        for script in sorted(glob.glob("tests/benchmarks/bench_*.py")):
            if not script.endswith("bench_import.py"):
                session.run("python", script)


@nox.session
def link(session: nox.Session) -> None:
    """Build the Link shim and run the Link tests (root: private network namespaces)."""
    session.install(".[test]", env={"CC": "false"})
    session.install("./link_shim")
    session.run("pytest", "tests/link", *session.posargs)
