"""Schemas the Draft 2020-12 meta-schema refuses (one per way a keyword's value can be wrong) and
a few it accepts: shared by the tests of the exporter's meta-schema checks."""

from __future__ import annotations

from typing import Any

INVALID: list[Any] = [
    {"type": "objet"},
    {"type": ["string", "string"]},
    {"type": 5},
    {"minimum": "5"},
    {"maxLength": -1},
    {"maxItems": 1.5},
    {"multipleOf": 0},
    {"exclusiveMinimum": True},
    {"pattern": "("},
    {"pattern": 5},
    {"required": "x"},
    {"required": ["a", "a"]},
    {"enum": 5},
    {"properties": {"a": 5}},
    {"properties": 5},
    {"patternProperties": {"(": {}}},
    {"items": [{}]},
    {"prefixItems": []},
    {"allOf": []},
    {"anyOf": {}},
    {"not": {"type": "objet"}},
    {"$defs": {"a": 3}},
    {"dependentRequired": {"a": [1]}},
    {"dependentSchemas": {"a": 1}},
    {"dependencies": {"a": 5}},
    {"$ref": 5},
    {"$anchor": "1bad"},
    {"contentSchema": 3},
    {"unevaluatedProperties": 5},
    {"format": 3},
    {"deprecated": "yes"},
    {"title": 1},
    {"properties": {"a": {"items": {"properties": {"b": {"type": "objet"}}}}}},
    {"additionalProperties": {"allOf": [{"minLength": "1"}]}},
    5,
    "schema",
    None,
]

VALID: list[Any] = [
    True,
    False,
    {},
    {"type": ["string", "null"], "minLength": 1, "pattern": "^a+$"},
    {"dependencies": {"a": ["b"], "c": {"required": ["d"]}}},
    {"definitions": {"a": {"type": "integer"}}},
    {"$anchor": "good", "$comment": "x", "examples": [1, "a"], "unknown-keyword": {"type": 5}},
    {"prefixItems": [{"type": "string"}], "items": False, "contains": {"const": 1}},
    {"if": {"required": ["a"]}, "then": {"minProperties": 2}, "else": True},
]
