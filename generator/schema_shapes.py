"""What a schema looks like: pure predicates on the JSON of one schema.

They are the vocabulary the model builder (``generator.building``) phrases its decisions in: whether
a schema is an object with properties, admits null, only annotates, only constrains, is a union of
primitives… Each answers from the schema's own keywords alone: no reference followed, no location,
no error, no IR. Kept apart from the builder, they can be read (and tested) one by one, and the
builder's decisions (which class, which type, which refusal) read as sentences over them.
"""

from __future__ import annotations

import json
from typing import Any

#: OpenAPI 3.0's bounds, each with the boolean flag that makes it exclusive (JSON Schema draft 5):
#: ``minimum: 0, exclusiveMinimum: true`` is Draft 2020-12's ``exclusiveMinimum: 0``.
OPENAPI_30_EXCLUSIVE = {"minimum": "exclusiveMinimum", "maximum": "exclusiveMaximum"}


def is_openapi_30(document: Any) -> bool:
    """Whether a spec's root says OpenAPI 3.0.x (whose schemas read some keywords differently)."""
    version = document.get("openapi") if isinstance(document, dict) else None
    return isinstance(version, str) and version.startswith("3.0.")


#: The JSON type names that are Python primitives, and the Python name of each.
PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
#: Every type name JSON Schema knows.
JSON_TYPES = {*PRIMITIVES, "array", "object", "null"}
#: Keywords that say nothing about the shape of a value, so a schema made only of them accepts
#: anything as far as the Python type is concerned (an allOf member ``{description: ...}``).
_ANNOTATIONS = frozenset(
    {
        "title",
        "description",
        "default",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "externalDocs",
        "xml",
        "$comment",
        "nullable",
        "discriminator",
        "format",
    }
)
#: Keywords that decide the shape (Python type) of a value; a ``oneOf``/``anyOf`` option without
#: any of them only adds constraints (``oneOf: [{required: [a]}, {required: [b]}]``).
SHAPE_KEYWORDS = frozenset(
    {
        "$ref",
        "type",
        "properties",
        "items",
        "prefixItems",
        "additionalProperties",
        "enum",
        "const",
        "allOf",
        "oneOf",
        "anyOf",
    }
)


def declared_types(schema: dict[str, Any]) -> list[str]:
    """The names in ``type``; a value that is not a name is shown as JSON (and then unknown)."""
    declared = schema.get("type", [])
    if isinstance(declared, str):
        return [declared]
    if isinstance(declared, list):
        return [item if isinstance(item, str) else json.dumps(item) for item in declared]
    return [json.dumps(declared)]


def non_null_types(schema: dict[str, Any]) -> list[str]:
    return [name for name in declared_types(schema) if name != "null"]


def allows_null(schema: dict[str, Any]) -> bool:
    """Whether the schema's type admits null (3.1 ``type: [..., "null"]``, 3.0 ``nullable``)."""
    return "null" in declared_types(schema) or schema.get("nullable") is True


def is_annotation_only(schema: Any) -> bool:
    """Whether ``schema`` constrains nothing (``{}``, ``true``, or only annotations)."""
    if schema is True:
        return True
    return isinstance(schema, dict) and all(
        key in _ANNOTATIONS or key.startswith("x-") for key in schema
    )


def is_constraint_only(schema: Any) -> bool:
    """Whether ``schema`` only narrows values (``{required: [a]}``), never deciding their type."""
    if schema is True:
        return True
    return isinstance(schema, dict) and not SHAPE_KEYWORDS.intersection(schema)


def has_shaped_union(schema: dict[str, Any]) -> bool:
    """Whether ``oneOf``/``anyOf`` may decide the schema's type (then it is built as a union)."""
    return any(
        isinstance(schema.get(keyword), list)
        and not all(is_constraint_only(option) for option in schema[keyword])
        for keyword in ("oneOf", "anyOf")
    )


def primitive_names(schema: Any) -> set[str] | None:
    """The Python primitives a union option stands for (``{"any"}`` untyped), ``None`` if it is an
    object, an array or a composition."""
    if schema is True:
        return {"any"}
    if not isinstance(schema, dict):
        return None
    if any(key in schema for key in ("properties", "items", "allOf", "oneOf", "anyOf", "$ref")):
        return None
    types = non_null_types(schema)
    if not types:
        values = enum_values(schema) or ([schema["const"]] if "const" in schema else None)
        if values is None:
            return None if "additionalProperties" in schema else {"any"}
        types = [value_type(value) for value in values if value is not None]
    if not all(name in PRIMITIVES for name in types):
        return None
    return {PRIMITIVES[name] for name in types}


def value_type(value: Any) -> str:
    """The JSON Schema type name of a JSON value (``integer`` for whole numbers written so)."""
    return "integer" if type(value) is int else json_type(value)


def implied_type(schema: dict[str, Any]) -> str:
    """The JSON type a schema without ``type`` describes, judged by its keywords."""
    if "properties" in schema or "additionalProperties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return "any"


def is_object_with_properties(schema: dict[str, Any]) -> bool:
    return bool(schema.get("properties")) and _implied_or_declared_object(schema)


def _implied_or_declared_object(schema: dict[str, Any]) -> bool:
    types = non_null_types(schema)
    return types == ["object"] or (not types and "properties" in schema)


def is_null_schema(schema: Any) -> bool:
    """``{type: "null"}``, possibly with annotations: the null option of a nullable union."""
    return (
        isinstance(schema, dict)
        and declared_types(schema) == ["null"]
        and all(key == "type" or key in _ANNOTATIONS or key.startswith("x-") for key in schema)
    )


def enum_values(schema: dict[str, Any]) -> list[Any] | None:
    values = schema.get("enum")
    return values if isinstance(values, list) else None


def json_type(value: Any) -> str:
    """The JSON type name of a JSON value (``number`` for every number), for messages too."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"
