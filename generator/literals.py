"""Spec text → Python source text that can only ever be data.

Everything the spec says ends up in generated code as either a literal (defaults, enum values, wire
names, patterns) or a docstring (descriptions). These functions are the only way spec text reaches the
IR, so no quote, backslash, newline, NUL or template syntax in a spec can close a string early and
become code. Literals use ``repr``, which Python guarantees to round-trip; docstrings escape just
enough to stay readable.

Both are also written exactly as black writes them (its quote preference, number spelling and
docstring indentation), so that generated code is black's output without running black on it: see
:mod:`generator.formatting`.
"""

from __future__ import annotations

import math
import re
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
        members = [python_literal(item) for item in value]
        return f"({members[0]},)" if len(members) == 1 else "(" + ", ".join(members) + ")"
    if isinstance(value, dict):
        if not all(type(key) is str for key in value):
            raise TypeError("not a JSON value: object keys must be strings")
        items = (f"{python_literal(key)}: {python_literal(item)}" for key, item in value.items())
        return "{" + ", ".join(items) + "}"
    # Exact types: an IntEnum or str subclass would ``repr`` as something that is not source.
    if type(value) is str:
        return string_literal(value)
    if type(value) is float:
        # black spells exponents without "+": 1e16, not repr's 1e+16.
        return repr(value).replace("e+", "e")
    if value is None or type(value) in (int, bool):
        return repr(value)
    raise TypeError(f"not a JSON value: {type(value).__name__}")


#: A run of text without quotes, or one quote.
_QUOTE_SPLIT = re.compile(r"(['\"])")


def string_literal(text: str) -> str:
    """``repr(text)`` with black's choice of quotes: double quotes unless they need more escapes.

    black rewrites a string to double quotes when that adds no backslash, and to single quotes
    when that removes one; so the double-quoted spelling is kept iff the text holds no more ``"``
    than ``'``. Everything but the quotes is escaped as ``repr`` does (``repr`` of a run without
    quotes escapes no quote).
    """
    quote = '"' if text.count('"') <= text.count("'") else "'"
    body = "".join(
        f"\\{part}" if part == quote else part if part in "'\"" else repr(part)[1:-1]
        for part in _QUOTE_SPLIT.split(text)
        if part
    )
    return quote + body + quote


def docstring_body(text: str) -> str:
    """The body of a triple-double-quoted docstring that reads as ``text``, wrapped to 80 columns.

    Backslashes and unsafe characters are escaped; a double quote is escaped when another quote
    follows it, when it ends the text or when it starts it, so no run of three quotes — and no quote
    touching a delimiter — can ever form; a final quote is also followed by a space, as black does.
    Lines come out as black leaves them (see :func:`_as_black_leaves_lines`); the template indents
    every line after the first by the docstring's indentation, as black does.
    """
    if _is_plain_line(text):
        return text  # what the general path gives for it, at a fraction of the cost
    return _docstring_body(text)


def _is_plain_line(text: str) -> bool:
    """Short printable ASCII without quotes or backslashes, unpadded: nothing to wrap or escape.

    Most docstrings of a big spec are such lines (one per validator function), and
    :func:`_docstring_body` would wrap, escape and strip them character by character for nothing.
    """
    return (
        len(text) <= _DOCSTRING_WIDTH
        and text.isascii()
        and text.isprintable()
        and '"' not in text
        and "\\" not in text
        and text == text.strip()
    )


def _docstring_body(text: str) -> str:
    wrapped = "\n".join(_wrap_paragraph(line) for line in text.strip().splitlines())
    escaped = "".join(_escape_docstring_char(char) for char in wrapped.replace("\\", "\\\\"))
    escaped = _as_black_leaves_lines(escaped)
    result = []
    for index, char in enumerate(escaped):
        following = escaped[index + 1 : index + 2]
        if char == '"' and (following in ('"', "") or index == 0):
            result.append('\\"')
        else:
            result.append(char)
    if escaped.endswith('"'):
        result.append(" ")  # black pads a docstring that ends with a quote (escaped or not)
    return "".join(result)


def _as_black_leaves_lines(body: str) -> str:
    """``body`` with its lines stripped as black strips a docstring's (PEP 257 handling).

    black strips the first line, removes the indentation common to the other lines and trailing
    whitespace from every line, with ``str.strip`` — which also strips the Unicode spaces that
    ``textwrap`` keeps — so the same is done here, before quotes are escaped.
    """
    first, *rest = body.split("\n")
    indents = [len(line) - len(line.lstrip()) for line in rest if line.strip()]
    common = min(indents, default=0)
    return "\n".join([first.strip(), *(line[common:].rstrip() for line in rest)])


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
