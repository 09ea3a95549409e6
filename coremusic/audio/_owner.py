"""The lifetime protocol shared by classes that own one OS object handle."""

from __future__ import annotations

import abc
from types import TracebackType
from typing import Any

__all__ = ["HandleOwner"]


class HandleOwner(abc.ABC):
    """An owner of one OS object handle (``AUGraph``, ``CAClockRef`` ...).

    Subclasses set ``_handle`` on construction and implement :meth:`close`
    (idempotent; it sets ``_handle`` back to 0).  This base gives them the
    ``handle`` guard, ``closed`` and the context-manager protocol.
    """

    _handle: int = 0

    @property
    def handle(self) -> int:
        """The OS object's handle (raises ``ValueError`` once closed)."""
        if not self._handle:
            raise ValueError(f"the {type(self).__name__} is closed")
        return self._handle

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` disposed the object."""
        return not self._handle

    @abc.abstractmethod
    def close(self) -> None:
        """Dispose the OS object (idempotent)."""

    def __enter__(self) -> Any:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
