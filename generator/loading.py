"""Stage 1: read a YAML or JSON spec into plain Python data, remembering where every node came from.

The rest of the pipeline works on plain dicts, lists and scalars (the JSON data model), but errors must
point at a line of the file the user edits. So the loader composes the YAML node graph itself and records
the line of every node under its JSON pointer while converting it.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.errors import SpecError

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """The safe YAML 1.1 loader, plus JSON's exponent floats (``1e5``), which YAML 1.1 reads as strings."""


_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)[eE][-+]?[0-9]+$"),
    list("-+0123456789."),
)

#: YAML tags that map onto the JSON data model; anything else (timestamps, sets, binary) is refused
#: rather than silently turned into a Python object no JSON Schema can describe.
_JSON_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
}


def escape_pointer_token(token: str) -> str:
    """Escape one reference token for a JSON pointer (RFC 6901: ``~`` then ``/``)."""
    return token.replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    """Undo :func:`escape_pointer_token`."""
    return token.replace("~1", "/").replace("~0", "~")


def child_pointer(pointer: str, token: str | int) -> str:
    """The JSON pointer of ``token`` inside the node at ``pointer``."""
    return f"{pointer}/{escape_pointer_token(str(token))}"


@dataclass
class Document:
    """A loaded spec: its data, where it came from, and the line of every node."""

    path: Path
    data: Any
    sha256: str
    lines: dict[str, int] = field(default_factory=dict)

    def error(self, pointer: str, message: str) -> SpecError:
        """Build a :class:`SpecError` for the node at ``pointer``, with its line when known."""
        return SpecError(str(self.path), self.line_of(pointer), pointer, message)

    def line_of(self, pointer: str) -> int | None:
        """The 1-based line of the node at ``pointer``, or of its nearest known ancestor."""
        while True:
            if pointer in self.lines:
                return self.lines[pointer]
            if not pointer:
                return None
            pointer = pointer.rsplit("/", 1)[0]


def load_spec(path: Path) -> Document:
    """Read and parse ``path``; every failure becomes a located :class:`SpecError`."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError(str(path), None, "", f"cannot read the spec: {exc.strerror}") from None
    return parse_spec(raw, path)


def parse_spec(raw: bytes, path: Path) -> Document:
    """Parse spec bytes (YAML 1.1 or JSON, UTF-8) already read from ``path``."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError(str(path), None, "", f"the spec is not UTF-8: {exc.reason}") from None
    text = text.removeprefix("\ufeff")
    if _is_json(text):
        text = _join_surrogate_escapes(text)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark is not None else None
        problem = exc.problem or "malformed YAML"
        raise SpecError(str(path), line, "", f"malformed YAML or JSON: {problem}") from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        raise SpecError(str(path), line, "", f"malformed YAML or JSON: {exc.reason}") from None
    except yaml.YAMLError as exc:
        raise SpecError(str(path), None, "", f"malformed YAML or JSON: {exc}") from None
    except RecursionError:
        raise SpecError(str(path), None, "", "the spec is nested too deeply to parse") from None
    if node is None:
        raise SpecError(str(path), None, "", "the spec is empty")
    document = Document(path=path, data=None, sha256=hashlib.sha256(raw).hexdigest())
    try:
        document.data = _NodeConverter(document).convert(node, "")
    except RecursionError:
        raise SpecError(str(path), None, "", "the spec is nested too deeply to load") from None
    return document


def _is_json(text: str) -> bool:
    """Whether ``text`` is a JSON document (then every string in it is double-quoted)."""
    if text.lstrip()[:1] not in ("{", "["):
        return False
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


_SURROGATE_PAIR_ESCAPE = re.compile(
    r"(?<!\\)((?:\\\\)*)\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})", re.IGNORECASE
)


def _join_surrogate_escapes(json_text: str) -> str:
    """Rewrite JSON's ``\\ud83d\\ude00`` escape pairs as the ``\\U0001f600`` escapes YAML understands.

    ``json.dumps`` writes every character beyond the BMP as such a pair, which PyYAML rejects; in JSON
    every string is double-quoted, where both spellings mean the same character. An escaped backslash
    before ``u`` (an even run of backslashes) is left alone.
    """

    def join(match: re.Match[str]) -> str:
        high, low = int(match.group(2), 16), int(match.group(3), 16)
        code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        return f"{match.group(1)}\\U{code:08x}"

    return _SURROGATE_PAIR_ESCAPE.sub(join, json_text)


class _NodeConverter:
    """Turns a composed YAML node graph into JSON-model data, filling ``Document.lines``."""

    def __init__(self, document: Document) -> None:
        self._document = document
        self._scalars = yaml.constructor.SafeConstructor()
        self._in_progress: set[int] = set()

    def convert(self, node: yaml.Node, pointer: str) -> Any:
        self._document.lines.setdefault(pointer, node.start_mark.line + 1)
        if node.tag not in _JSON_TAGS:
            raise self._document.error(pointer, f"unsupported YAML tag {node.tag!r}")
        if isinstance(node, yaml.ScalarNode):
            try:
                return self._scalars.construct_object(node)  # type: ignore[no-untyped-call]
            except (ValueError, KeyError, yaml.YAMLError):
                raise self._document.error(
                    pointer, f"invalid {node.tag.rsplit(':', 1)[-1]} value {node.value[:40]!r}"
                ) from None
        if id(node) in self._in_progress:
            raise self._document.error(pointer, "a YAML alias refers to its own ancestor")
        self._in_progress.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                return [
                    self.convert(item, child_pointer(pointer, index))
                    for index, item in enumerate(node.value)
                ]
            return dict(self._mapping_items(node, pointer))
        finally:
            self._in_progress.discard(id(node))

    def _mapping_items(self, node: yaml.Node, pointer: str) -> Iterator[tuple[str, Any]]:
        seen: set[str] = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self._document.lines.setdefault(pointer, key_node.start_mark.line + 1)
                raise SpecError(
                    str(self._document.path),
                    key_node.start_mark.line + 1,
                    pointer,
                    "mapping keys must be strings",
                )
            # The key's source text, so that an unquoted ``200:`` stays the string "200" as in JSON.
            key = str(key_node.value)
            item_pointer = child_pointer(pointer, key)
            if key in seen:
                raise SpecError(
                    str(self._document.path),
                    key_node.start_mark.line + 1,
                    item_pointer,
                    f"duplicate key {key!r}",
                )
            seen.add(key)
            self._document.lines[item_pointer] = key_node.start_mark.line + 1
            yield key, self.convert(value_node, item_pointer)
