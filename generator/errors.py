"""The one exception type every generator stage raises for bad input.

Users fix specs by jumping to a location, so every error carries the spec file, the line (when the
loader knows it) and the JSON pointer of the offending node, and prints as
``FILE:LINE: #/json/pointer: message`` — the format editors and CI annotations understand.
"""

from __future__ import annotations


class SpecError(Exception):
    """A problem in the input spec, located by file, line and JSON pointer."""

    def __init__(self, file: str, line: int | None, pointer: str, message: str) -> None:
        super().__init__(message)
        self.file = file
        self.line = line
        self.pointer = pointer
        self.message = message

    def __str__(self) -> str:
        location = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{location}: #{self.pointer}: {self.message}"
