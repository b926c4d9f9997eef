"""Stage 2: check every ``$ref`` of a loaded spec and know where each one finally points.

References stay in place (a recursive schema cannot be inlined); instead this stage proves that each
``$ref`` is local, well formed and lands on a node, follows chains of references to their end, and
rejects chains that loop without ever reaching a schema. Later stages then look targets up without
any error handling of their own. Remote references are refused: generation never touches the network.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from generator.loading import Document, child_pointer, unescape_pointer_token

#: An array index in a JSON pointer: canonical decimal, so ``01`` or ``²`` never name an item.
_ARRAY_INDEX = re.compile(r"0|[1-9][0-9]*")
_BAD_ESCAPE = re.compile(r"~(?![01])")


@dataclass(frozen=True)
class ResolvedDocument:
    """A loaded spec whose references are all known to be valid."""

    document: Document
    #: JSON pointer of every ``$ref``-bearing node → pointer of the first non-``$ref`` node it reaches.
    targets: dict[str, str]
    #: JSON pointer of every ``$ref``-bearing node → pointer its ``$ref`` names (one step).
    direct_targets: dict[str, str]
    #: Pointer → node, of every node :meth:`node_at` has passed so far. The later stages look up
    #: each schema several times, and nodes near the last one looked up, so a lookup is mostly a
    #: step or two from a known node instead of a walk from the root. The loaded data is never
    #: mutated, so what is known stays true.
    _nodes: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def node_at(self, pointer: str) -> Any:
        """The node at an (already validated) JSON pointer."""
        nodes = self._nodes
        if pointer in nodes:
            return nodes[pointer]
        # The walk from the root, resumed after the longest prefix that is known (each prefix
        # ending before a "/" is the pointer of a node the walk passes).
        end = pointer.rfind("/")
        while end >= 0 and pointer[:end] not in nodes:
            end = pointer.rfind("/", 0, end)
        if end >= 0:
            node = nodes[pointer[:end]]
        else:
            node, end = self.document.data, pointer.find("/")
        while end >= 0:
            following = pointer.find("/", end + 1)
            prefix = pointer if following < 0 else pointer[:following]
            token = unescape_pointer_token(prefix[end + 1 :])
            node = nodes[prefix] = node[int(token)] if isinstance(node, list) else node[token]
            end = following
        return node

    def follow(self, pointer: str) -> str:
        """The pointer of the node that ``pointer`` stands for, after following any ``$ref`` chain."""
        return self.targets.get(pointer, pointer)


def resolve_references(document: Document) -> ResolvedDocument:
    """Validate all ``$ref``s in ``document`` and compute their final targets."""
    direct: dict[str, str] = {}
    for pointer, node in _walk(document.data):
        if isinstance(node, dict) and "$ref" in node:
            direct[pointer] = _reference_target(document, pointer, node["$ref"])
    targets = {pointer: _final_target(document, pointer, direct) for pointer in direct}
    return ResolvedDocument(document=document, targets=targets, direct_targets=direct)


#: Keys whose value is a mapping of *names* (property names, status codes, media types, component
#: names, ...) to objects: there a key spelled ``$ref`` is a name, e.g. a property called ``$ref``.
_NAME_MAPS = frozenset(
    {
        # JSON Schema
        "properties",
        "patternProperties",
        "dependentSchemas",
        "$defs",
        "definitions",
        # OpenAPI
        "paths",
        "webhooks",
        "schemas",
        "responses",
        "parameters",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
        "pathItems",
        "content",
        "encoding",
        "variables",
        "scopes",
        "mapping",
    }
)
#: Keys whose value is instance data (or, for ``x-``, vendor data), never a schema or reference
#: object: a ``{"$ref": ...}`` inside an example or an enum is a value the API sends, not a link.
_DATA_KEYS = frozenset({"example", "default", "enum", "const", "value"})


def _walk(data: Any) -> Iterator[tuple[str, Any]]:
    """Every node that may be a Reference Object, with its pointer.

    Iterative and lazy, so that deep or big specs exhaust neither the stack nor memory. Context
    decides what a ``$ref`` key means: inside a name map (``properties``, ``responses``, ...) it is
    a name, and instance data (``example``, ``default``, ``enum``, ``const``, an Example's
    ``value``, schema ``examples`` lists, ``x-`` extensions) is skipped, since an API may well send
    ``{"$ref": "..."}`` as data.
    """
    # (pointer, node, whether the node is a name map); scalars, which hold no reference, are
    # never stacked (nor is their pointer built).
    stack: list[tuple[str, Any, bool]] = [("", data, False)]
    while stack:
        pointer, node, is_name_map = stack.pop()
        if isinstance(node, dict):
            if is_name_map:
                stack.extend(
                    (child_pointer(pointer, key), value, False)
                    for key, value in node.items()
                    if isinstance(value, (dict, list))
                )
                continue
            yield pointer, node
            for key, value in node.items():
                if not isinstance(value, (dict, list)) or _is_data(key, value):
                    continue
                is_names = key in _NAME_MAPS or (key == "examples" and isinstance(value, dict))
                stack.append((child_pointer(pointer, key), value, is_names))
        elif isinstance(node, list):
            stack.extend(
                (child_pointer(pointer, index), value, False)
                for index, value in enumerate(node)
                if isinstance(value, (dict, list))
            )


def _is_data(key: str, value: Any) -> bool:
    """Whether ``key: value`` (a member of an ordinary object) holds data rather than objects."""
    if key in _DATA_KEYS or key.startswith("x-"):
        return True
    # A schema's ``examples`` is a list of instances; the OpenAPI ``examples`` map is walked.
    return key == "examples" and isinstance(value, list)


def _reference_target(document: Document, pointer: str, ref: Any) -> str:
    ref_pointer = child_pointer(pointer, "$ref")
    if not isinstance(ref, str):
        raise document.error(ref_pointer, f"$ref must be a string, not {type(ref).__name__}")
    if not ref.startswith("#"):
        raise document.error(
            ref_pointer,
            f"remote $ref {ref!r} is not supported: only local references ('#/...') are resolved,"
            " generation never fetches files or URLs",
        )
    target = unquote(ref[1:])
    if target and not target.startswith("/"):
        raise document.error(ref_pointer, f"$ref {ref!r} is not a JSON pointer fragment")
    if _BAD_ESCAPE.search(target):
        raise document.error(ref_pointer, f"$ref {ref!r}: '~' must be escaped as '~0' or '~1'")
    node = document.data
    for token in _tokens(target):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and _ARRAY_INDEX.fullmatch(token) and int(token) < len(node):
            node = node[int(token)]
        else:
            raise document.error(ref_pointer, f"dangling $ref {ref!r}: no such node in the spec")
    return target


def _final_target(document: Document, start: str, direct: dict[str, str]) -> str:
    """Follow ``$ref`` → ``$ref`` → … until a node without ``$ref``; a loop is an error."""
    seen = [start]
    current = direct[start]
    while current in direct:
        if current in seen:
            chain = " -> ".join(f"#{pointer}" for pointer in [*seen, current])
            raise document.error(
                child_pointer(start, "$ref"), f"$ref cycle that never reaches a schema: {chain}"
            )
        seen.append(current)
        current = direct[current]
    return current


def _tokens(pointer: str) -> list[str]:
    return [unescape_pointer_token(token) for token in pointer.split("/")[1:]]
