"""Exceptions raised by coremusic's MIDI file and message code."""

from __future__ import annotations

__all__ = ["MIDIFileError"]


class MIDIFileError(ValueError):
    """A Standard MIDI File (or its bytes) is malformed.

    Parameters
    ----------
    reason : str
        What is wrong, e.g. ``"variable-length quantity longer than 4 bytes"``.
    offset : int or None
        Byte offset in the file (or byte string) where the problem was found,
        or ``None`` when the problem has no single location.

    Attributes
    ----------
    reason : str
        The reason, without the offset.
    offset : int or None
        The byte offset of the problem.

    Example
    -------
    >>> from coremusic.midi import read_smf, MIDIFileError
    >>> try:
    ...     read_smf(b"MThd\\x00\\x00")
    ... except MIDIFileError as exc:
    ...     print(exc.offset, exc.reason)
    4 truncated header chunk length
    """

    def __init__(self, reason: str, offset: int | None = None) -> None:
        self.reason = reason
        self.offset = offset
        where = f" at byte {offset}" if offset is not None else ""
        super().__init__(f"{reason}{where}")

    def __reduce__(self) -> tuple[type[MIDIFileError], tuple[str, int | None]]:
        return (type(self), (self.reason, self.offset))
