"""Stage 5: format generated Python with black, in process, at one pinned version.

The golden files are black's output, so a different black release could change them without any
change to the spec or templates. The generator therefore refuses to run with any other black version
than the one ``pyproject.toml`` pins, instead of producing output that differs from the golden record.
"""

from __future__ import annotations

from importlib.metadata import version

import black
from black.mode import Mode, TargetVersion
from black.parsing import InvalidInput

#: Must match the ``black==`` pin in pyproject.toml.
PINNED_BLACK_VERSION = "26.10.1"

_MODE = Mode(target_versions={TargetVersion.PY311}, line_length=100)


class FormatterError(Exception):
    """black is missing at the pinned version, or rejected a rendered file."""


def check_black_version() -> None:
    """Fail unless the installed black is the pinned one."""
    installed = version("black")
    if installed != PINNED_BLACK_VERSION:
        raise FormatterError(
            f"black {PINNED_BLACK_VERSION} is required (the golden output depends on it),"
            f" but black {installed} is installed: run `pip install -e .[dev]`"
        )


def format_files(files: dict[str, str]) -> dict[str, str]:
    """Format every ``.py`` file of ``files`` (path → text); other files pass through unchanged."""
    check_black_version()
    return {
        path: _format(path, text) if path.endswith(".py") else text for path, text in files.items()
    }


def _format(path: str, text: str) -> str:
    try:
        return black.format_str(text, mode=_MODE)
    except InvalidInput as exc:
        # Rendered code that does not parse is a template bug, never the user's: say where.
        raise FormatterError(
            f"internal error: the rendered {path} is not valid Python: {exc}"
        ) from None
