"""The ``coremusic`` command (also ``python -m coremusic``).

Example
-------
.. code-block:: console

    $ coremusic info
    $ coremusic info --json
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

__all__ = ["main"]


def _build_parser() -> argparse.ArgumentParser:
    from coremusic import __version__

    parser = argparse.ArgumentParser(
        prog="coremusic",
        description="Audio and MIDI for Python: CoreAudio/CoreMIDI binding and portable tools.",
    )
    parser.add_argument("--version", action="version", version=f"coremusic {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    info = sub.add_parser("info", help="report the platform, backends, frameworks and versions")
    info.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit status."""
    parser = _build_parser()
    args = parser.parse_args(list(argv) if argv is not None else None)
    command = args.command or "info"
    if command == "info":
        from coremusic.cli.info import run_info

        return run_info(as_json=getattr(args, "json", False))
    parser.error(f"unknown command {command!r}")  # pragma: no cover - argparse exits first
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
