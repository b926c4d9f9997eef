"""Hypothesis strategies for valid ``PutTaskReq`` bodies, from the exported standalone schema.

The schema is ``generated/sms_v3/schemas/PutTaskReq.json`` (``$defs`` and ``#/$defs/...`` refs).
Objects, arrays, ``anyOf`` and ``$ref`` are built here; leaves (strings, numbers, booleans, enums)
come from ``hypothesis_jsonschema.from_schema``. Its own object strategy is not used:
hypothesis-jsonschema 0.23.1 calls ``many.more()``, which the pinned hypothesis no longer has.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from golden_cases import REPO
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

SCHEMA_FILE = REPO / "generated" / "sms_v3" / "schemas" / "PutTaskReq.json"
SCHEMA: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
_STRUCTURAL = {"properties", "required", "additionalProperties", "items", "anyOf", "$ref"}
_ANNOTATIONS = {"description", "default", "examples", "$comment"}


#: JavaScript's ``Number.MAX_SAFE_INTEGER``: Prism (Node.js) rejects larger ``int64`` values.
JS_SAFE_INTEGER = 2**53 - 1


@dataclass(frozen=True)
class _Options:
    nulls: bool
    extra_keys: bool
    max_integer: int | None


def put_task_bodies(
    *, nulls: bool, extra_keys: bool, max_integer: int | None = None
) -> st.SearchStrategy[dict[str, Any]]:
    """Bodies valid against PutTaskReq.

    ``nulls``: explicit ``null`` members may appear (every optional field is nullable);
    ``extra_keys``: objects may carry keys the schema does not name (it allows them);
    ``max_integer``: integers stay within ``±max_integer`` (the schema's own bounds still apply).
    """
    return _values(SCHEMA, _Options(nulls, extra_keys, max_integer))


def _values(schema: dict[str, Any], options: _Options) -> st.SearchStrategy[Any]:
    if "$ref" in schema:
        return _values(SCHEMA["$defs"][schema["$ref"].removeprefix("#/$defs/")], options)
    if "anyOf" in schema:
        branches = schema["anyOf"]
        if not options.nulls:
            branches = [branch for branch in branches if branch.get("type") != "null"]
        return st.one_of([_values(branch, options) for branch in branches])
    types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    strategies = []
    for json_type in types:
        if json_type == "null":
            if options.nulls:
                strategies.append(st.none())
        elif json_type == "object":
            strategies.append(_objects(schema, options))
        elif json_type == "array":
            strategies.append(st.lists(_values(schema["items"], options), max_size=2))
        else:
            leaf = {
                key: value
                for key, value in schema.items()
                if key not in _STRUCTURAL and key not in _ANNOTATIONS
            }
            if "enum" in leaf:
                leaf["enum"] = [value for value in leaf["enum"] if value is not None]
            if json_type == "integer" and options.max_integer is not None:
                leaf["minimum"] = max(
                    leaf.get("minimum", -options.max_integer), -options.max_integer
                )
                leaf["maximum"] = min(leaf.get("maximum", options.max_integer), options.max_integer)
            strategies.append(from_schema({**leaf, "type": json_type}))
    return st.one_of(strategies)


def _objects(schema: dict[str, Any], options: _Options) -> st.SearchStrategy[Any]:
    properties = schema.get("properties", {})
    required = schema.get("required", [])

    def member(key: str) -> st.SearchStrategy[Any]:
        return _values(properties[key], options)

    known = st.fixed_dictionaries(
        {key: member(key) for key in required},
        optional={key: member(key) for key in properties if key not in required},
    )
    if not options.extra_keys:
        return known
    extras = st.dictionaries(
        st.text(max_size=8).filter(lambda key: key not in properties),
        st.none() | st.booleans() | st.integers() | st.text(max_size=8),
        max_size=1,
    )
    return st.builds(lambda fields, more: {**more, **fields}, known, extras)
