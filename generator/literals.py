"""Spec text → Python source text that can only ever be data.

Everything the spec says ends up in generated code as either a literal (defaults, enum values, wire
names, patterns) or a docstring (descriptions). These functions are the only way spec text reaches the
IR, so no quote, backslash, newline, NUL or template syntax in a spec can close a string early and
become code. Literals use ``repr``, which Python guarantees to round-trip; docstrings escape just
enough to stay readable.
"""

from __future__ import annotations

import math
import textwrap
import unicodedata
from typing import Any

#: Unicode categories that must not appear raw inside a docstring: control characters (NUL, CR, …),
#: format characters (bidirectional overrides can make source read differently from what it does),
#: surrogates (not encodable as UTF-8) and the line/paragraph separators some tools treat as newlines.
_ESCAPED_CATEGORIES = {"Cc", "Cf", "Cs", "Zl", "Zp"}
_DOCSTRING_WIDTH = 80


def python_literal(value: Any) -> str:
    """Python source for a JSON value (str, int, float, bool, None, list, dict — or a tuple) that
    evaluates to it."""
    if isinstance(value, float) and not math.isfinite(value):
        return f'float("{value}")'
    if isinstance(value, list):
        return "[" + ", ".join(python_literal(item) for item in value) + "]"
    if isinstance(value, tuple):
        return "(" + "".join(f"{python_literal(item)}, " for item in value) + ")"
    if isinstance(value, dict):
        if not all(type(key) is str for key in value):
            raise TypeError("not a JSON value: object keys must be strings")
        items = (f"{python_literal(key)}: {python_literal(item)}" for key, item in value.items())
        return "{" + ", ".join(items) + "}"
    # Exact types: an IntEnum or str subclass would ``repr`` as something that is not source.
    if value is None or type(value) in (str, int, float, bool):
        return repr(value)
    raise TypeError(f"not a JSON value: {type(value).__name__}")


def docstring_body(text: str) -> str:
    """The body of a triple-double-quoted docstring that reads as ``text``, wrapped to 80 columns.

    Backslashes and unsafe characters are escaped; a double quote is escaped when another quote
    follows it or when it ends the text, so no run of three quotes — and no quote touching the
    closing delimiter — can ever form.
    """
    wrapped = "\n".join(_wrap_paragraph(line) for line in text.strip().splitlines())
    escaped = "".join(_escape_docstring_char(char) for char in wrapped.replace("\\", "\\\\"))
    result = []
    for index, char in enumerate(escaped):
        following = escaped[index + 1 : index + 2]
        if char == '"' and following in ('"', ""):
            result.append('\\"')
        else:
            result.append(char)
    return "".join(result)


def _wrap_paragraph(line: str) -> str:
    if not line:
        return ""
    # Never break inside words: a hyphenated id or URL must stay searchable as written.
    return textwrap.fill(
        line, width=_DOCSTRING_WIDTH, break_long_words=False, break_on_hyphens=False
    )


def _escape_docstring_char(char: str) -> str:
    if char == "\n" or unicodedata.category(char) not in _ESCAPED_CATEGORIES:
        return char
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
