"""Ableton Link: share tempo, beat phase and transport with other applications.

Built on the optional compiled module ``coremusic_link`` (``pip install ./link_shim``
after installing Debian's ``ableton-link-dev`` and ``libasio-dev``); importing this
package without it raises ImportError with those instructions.

Example
-------
>>> from coremusic.link import LinkSession
>>> s = LinkSession(bpm=120.0)          # disabled: a local timeline, no network yet
>>> state = s.capture_app_session_state()
>>> 0.0 <= state.phase_at_time(s.clock.micros(), quantum=4.0) < 4.0
True
>>> s.close()
"""

from __future__ import annotations

from coremusic.link._session import LinkSession
from coremusic.link._shim import native as _native
from coremusic.link._state import LinkClock, SessionState

__all__ = ["HAS_LINK_AUDIO", "LinkClock", "LinkSession", "SessionState"]

#: Whether the installed shim exposes Link 4's LinkAudio (Debian's Link 3 does not).
HAS_LINK_AUDIO: bool = bool(_native.LINK_AUDIO)
