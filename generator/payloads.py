"""Read payload files — JSON or YAML — into JSON-model data for ``sms-codegen validate``.

A payload must be data the JSON Schema validators can judge: dicts with string keys, lists, strings,
numbers (``NaN`` and ``Infinity`` included, as ``json.loads`` reads them), booleans and ``None``.

How a file is read:

* ``-`` is standard input (shown as ``<stdin>``). Input must be UTF-8; a leading BOM is ignored.
* A file whose name ends in ``.json`` must be JSON: YAML would silently accept what is not JSON
  (trailing commas, comments, unquoted keys), and such a file is meant for JSON consumers.
* Anything else is decided by content: JSON first, then YAML 1.1 (PyYAML's safe subset, merge keys
  included). When both fail, the error reported is YAML's for ``.yaml``/``.yml`` files, JSON's for
  other text that starts like JSON (``{`` or ``[``), YAML's otherwise. YAML that does not map onto the JSON model is refused with its line and column:
  non-string keys (``1:``, ``yes:``, ``null:``), timestamps, binary, sets and other tags, duplicate
  keys, aliases that refer to their own ancestor or expand to more than :data:`MAX_EXPANDED_VALUES`
  values, integers too long to print.
* Nothing raises anything but :class:`PayloadError`: unreadable files, malformed or empty
  documents, and input nested too deeply for the parser (``json.loads`` raises ``RecursionError``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Literal, NoReturn, TypeAlias

import yaml

STDIN = "-"
"""The argument that names standard input."""

STDIN_NAME = "<stdin>"
"""How standard input is named in messages."""

MAX_EXPANDED_VALUES = 1_000_000
"""The most values a YAML document may expand to through aliases (a "billion laughs" guard)."""

_BIG_INT_BITS = 4096
"""Integers this long are checked for being printable (``sys.get_int_max_str_digits``)."""


Syntax: TypeAlias = Literal["json", "yaml"] | None
"""What a file's name says it holds: ``json`` (only JSON is accepted), ``yaml`` (JSON or YAML, and
YAML's error is the one reported), or nothing (JSON or YAML; when both fail, the JSON error is
reported for text that starts like JSON, ``{`` or ``[``, the YAML error otherwise)."""


class PayloadError(Exception):
    """A payload that cannot be read or parsed, located by file and (when known) line and column.

    Prints as ``FILE:LINE:COLUMN: message``, ``FILE:LINE: message`` or ``FILE: message``.
    """

    def __init__(self, file: str, line: int | None, column: int | None, message: str) -> None:
        super().__init__(message)
        self.file = file
        """The file as shown to users (``<stdin>`` for ``-``)."""
        self.line = line
        """The 1-based line, when known."""
        self.column = column
        """The 1-based column, when known (only together with a line)."""
        self.message = message
        """One sentence: what is wrong."""

    def __str__(self) -> str:
        location = self.file
        if self.line is not None:
            location += f":{self.line}"
            if self.column is not None:
                location += f":{self.column}"
        return f"{location}: {self.message}"


def display_name(path_or_dash: str) -> str:
    """How ``path_or_dash`` is named in messages: the path as given, ``<stdin>`` for ``-``."""
    return STDIN_NAME if path_or_dash == STDIN else path_or_dash


def load_payload(path_or_dash: str) -> Any:
    """Read and parse a payload file (``-`` for standard input) into JSON-model data.

    Raises :class:`PayloadError` for every failure: unreadable, not UTF-8, empty, malformed, nested
    too deeply, or YAML outside the JSON model.
    """
    file = display_name(path_or_dash)
    if path_or_dash == STDIN:
        if sys.stdin is None:
            raise PayloadError(file, None, None, "cannot read: standard input is closed")
        try:
            raw = sys.stdin.buffer.read()
        except (OSError, ValueError) as exc:
            raise PayloadError(file, None, None, f"cannot read: {exc}") from None
    else:
        try:
            raw = Path(path_or_dash).read_bytes()
        except OSError as exc:
            raise PayloadError(file, None, None, f"cannot read: {exc.strerror or exc}") from None
    suffix = "" if path_or_dash == STDIN else Path(path_or_dash).suffix.lower()
    syntax: Syntax = (
        "json" if suffix == ".json" else "yaml" if suffix in (".yaml", ".yml") else None
    )
    return parse_payload(raw, file, syntax=syntax)


def parse_payload(raw: bytes, file: str, *, syntax: Syntax = None) -> Any:
    """Parse payload bytes read from ``file`` (a name for messages): JSON first, then YAML unless
    ``syntax`` is ``"json"``. Raises :class:`PayloadError`."""
    text = _decode(raw, file)
    if not text.strip():
        raise PayloadError(file, None, None, "the file is empty: no JSON or YAML document")
    try:
        return json.loads(text, object_pairs_hook=_json_object)
    except json.JSONDecodeError as exc:
        json_error = exc
    except RecursionError:
        raise PayloadError(file, None, None, "nested too deeply to parse") from None
    except _DuplicateKey as exc:
        raise PayloadError(
            file, None, None, f"duplicate key {exc.key!r} in a JSON object"
        ) from None
    except ValueError as exc:  # an integer beyond sys.get_int_max_str_digits()
        raise PayloadError(file, None, None, f"unreadable number: {_first_clause(exc)}") from None
    if syntax == "json":
        raise _json_failure(file, json_error)
    try:
        return _load_yaml(text, file)
    except PayloadError:
        if syntax is None and text.lstrip()[:1] in ("{", "["):  # meant as JSON: say what is wrong
            raise _json_failure(file, json_error) from None
        raise


def _decode(raw: bytes, file: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        start = exc.start + (3 if raw.startswith(b"\xef\xbb\xbf") else 0)
        line = raw.count(b"\n", 0, start) + 1
        line_start = raw.rfind(b"\n", 0, start) + 1
        before = raw[line_start:start].removeprefix(b"\xef\xbb\xbf")
        column = len(before.decode("utf-8", errors="replace")) + 1  # in characters, as elsewhere
        message = f"not UTF-8: {exc.reason} (byte 0x{raw[start]:02x})"
        raise PayloadError(file, line, column, message) from None


def _json_failure(file: str, error: json.JSONDecodeError) -> PayloadError:
    return PayloadError(file, error.lineno, error.colno, f"malformed JSON: {error.msg}")


def _first_clause(exc: Exception) -> str:
    return str(exc).split(";", 1)[0]


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``json.loads``' object hook: a dict, refusing duplicate keys (JSON parsers disagree on them)."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


# --- YAML -------------------------------------------------------------------------------------------

_YAML_TAG_PREFIX = "tag:yaml.org,2002:"
_YAML_MERGE = _YAML_TAG_PREFIX + "merge"

_YAML_ONLY_TYPES = {
    "tag:yaml.org,2002:binary": "binary data",
    "tag:yaml.org,2002:set": "a set",
    "tag:yaml.org,2002:omap": "an ordered mapping",
    "tag:yaml.org,2002:pairs": "a list of pairs",
}

_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_LIBYAML = _Base is not yaml.SafeLoader


class _JsonModelLoader(_Base):  # type: ignore[valid-type,misc]
    """PyYAML's safe loader, narrowed to the JSON data model; refusals carry the node's position."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._explicit_keys: dict[int, int] = {}

    def flatten_mapping(self, node: yaml.MappingNode) -> None:
        # Remember how many keys the mapping spells out itself: merged keys (``<<: *base``) come
        # first after flattening and may be overridden; spelled-out keys may not repeat.
        if id(node) not in self._explicit_keys:
            explicit = sum(1 for key, _ in node.value if key.tag != _YAML_MERGE)
            self._explicit_keys[id(node)] = explicit
        super().flatten_mapping(node)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[str, Any]:
        if not isinstance(node, yaml.MappingNode):
            _refuse(node, "expected a mapping")
        self.flatten_mapping(node)
        first_explicit = len(node.value) - self._explicit_keys[id(node)]
        mapping: dict[str, Any] = {}
        spelled_out: set[str] = set()
        for index, (key_node, value_node) in enumerate(node.value):
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, str):
                if not isinstance(key_node, yaml.ScalarNode):
                    _refuse(key_node, "a mapping key is a collection, not a string")
                what = "null" if key is None else type(key).__name__
                _refuse(
                    key_node,
                    f"the mapping key {key_node.value!r} is not a string (YAML reads it as {what});"
                    " quote it",
                )
            if index >= first_explicit:
                if key in spelled_out:
                    _refuse(key_node, f"duplicate key {key!r}")
                spelled_out.add(key)
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        value: int = super().construct_yaml_int(node)
        if value.bit_length() > _BIG_INT_BITS:
            try:
                str(value)
            except ValueError as exc:
                _refuse(node, f"unreadable number: {_first_clause(exc)}")
        return value

    def construct_timestamp(self, node: yaml.ScalarNode) -> NoReturn:
        _refuse(
            node,
            f"{node.value!r} is a YAML timestamp, which JSON has no type for; quote it to keep it"
            " a string",
        )

    def construct_json_less(self, node: yaml.Node) -> NoReturn:
        _refuse(
            node,
            f"the YAML type {_short(node.tag)} ({_YAML_ONLY_TYPES[node.tag]}) has no JSON equivalent",
        )

    def construct_unknown(self, node: yaml.Node) -> NoReturn:
        _refuse(node, f"unsupported YAML tag {_short(node.tag)}: only JSON types are allowed")


_JsonModelLoader.add_constructor("tag:yaml.org,2002:int", _JsonModelLoader.construct_yaml_int)
_JsonModelLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", _JsonModelLoader.construct_timestamp
)
for _tag in _YAML_ONLY_TYPES:
    _JsonModelLoader.add_constructor(_tag, _JsonModelLoader.construct_json_less)
_JsonModelLoader.add_constructor(None, _JsonModelLoader.construct_unknown)


def _short(tag: str) -> str:
    """A tag as written in YAML: ``!!binary`` for ``tag:yaml.org,2002:binary``."""
    return "!!" + tag.removeprefix(_YAML_TAG_PREFIX) if tag.startswith(_YAML_TAG_PREFIX) else tag


def _refuse(node: yaml.Node, message: str) -> NoReturn:
    raise yaml.constructor.ConstructorError(None, None, message, node.start_mark)


def _load_yaml(text: str, file: str) -> Any:
    loader = _JsonModelLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise PayloadError(file, None, None, "the file is empty: no JSON or YAML document")
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = exc.problem or exc.context or "malformed YAML"
        if not isinstance(exc, yaml.constructor.ConstructorError):
            message = f"malformed YAML: {message}"
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
        raise PayloadError(file, line, column, message) from None
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow, by position
        # libyaml counts the position in UTF-8 bytes, PyYAML's pure-Python reader in characters.
        before = (
            text.encode()[: exc.position].decode(errors="ignore")
            if _LIBYAML
            else text[: exc.position]
        )
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        message = f"malformed YAML: unacceptable character #x{exc.character:04x}"
        raise PayloadError(file, line, column, message) from None
    except yaml.YAMLError as exc:
        first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise PayloadError(file, None, None, f"malformed YAML: {first_line}") from None
    except RecursionError:
        raise PayloadError(file, None, None, "nested too deeply to parse") from None
    finally:
        loader.dispose()
    _check_expansion(data, file)
    return data


def _check_expansion(data: Any, file: str) -> None:
    """Refuse aliases that make the data cyclic or expand it beyond :data:`MAX_EXPANDED_VALUES`.

    PyYAML shares the object of an aliased node, so a small document can stand for an enormous (or
    infinite) one that validation would walk value by value. Iterative: the data may be deep.
    """
    if not isinstance(data, (dict, list)):
        return
    sizes: dict[int, int] = {}  # id of a finished container -> values it expands to
    open_containers: set[int] = set()  # the containers on the current path
    distinct = 0
    stack: list[tuple[Any, bool]] = [(data, False)]
    while stack:
        value, leaving = stack.pop()
        children = value.values() if isinstance(value, dict) else value
        if leaving:
            open_containers.discard(id(value))
            sizes[id(value)] = 1 + sum(
                sizes[id(child)] if isinstance(child, (dict, list)) else 1 for child in children
            )
            continue
        if id(value) in sizes:
            continue
        if id(value) in open_containers:
            raise PayloadError(file, None, None, "a YAML alias refers to its own ancestor")
        open_containers.add(id(value))
        stack.append((value, True))
        for child in children:
            if isinstance(child, (dict, list)):
                stack.append((child, False))
            else:
                distinct += 1
        distinct += 1
    expanded = sizes[id(data)]
    if expanded > MAX_EXPANDED_VALUES and expanded > distinct:
        raise PayloadError(
            file,
            None,
            None,
            f"YAML aliases expand the document to {expanded:,} values (at most"
            f" {MAX_EXPANDED_VALUES:,} allowed)",
        )
