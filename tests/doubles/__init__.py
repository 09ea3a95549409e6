"""cffi-typed Apple framework doubles (the project's one sanctioned double).

They prove marshalling, not Apple behaviour: every function a test implements
is a real C trampoline (``ffi.callback`` of the declared function type), so
coremusic's calls convert and type-check every argument exactly as a call into
the real framework would.  What the double *returns* is chosen by the test.
"""

from tests.doubles.corefoundation import CoreFoundationDouble
from tests.doubles.framework import DoubleError, FrameworkDouble

__all__ = ["CoreFoundationDouble", "DoubleError", "FrameworkDouble"]
