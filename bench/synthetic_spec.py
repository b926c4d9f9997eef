"""Synthetic OpenAPI 3.0 specs of a chosen size, for the generation benchmark (bench/generate.py).

The schemas come in families of ten, the way real APIs group a resource with its parts: the first
schema of a family is a reusable string enum (the family's status), the other nine are realistic
objects of about eight properties of mixed types (a required id, a length-limited string, a bounded
integer, a number, a boolean, an inline string enum, a nullable date-time string, an array of
strings) plus references: a nested ``$ref`` to an earlier object of the same family, the family's
status enum, and an array of ``$ref`` to a shared object of the first family (the "common types").
So every schema reaches a bounded number of others (its family and the common family) and the
reference graph is a DAG with depth, as in hand-written specs; the total work of anything that walks
the references of every schema (such as exporting standalone JSON Schema documents) grows linearly
with the size, not quadratically. There is one operation per family (a ``PUT`` with a path and a
query parameter, a JSON request body and a JSON response).

The output is deterministic for a given size (a fixed seed): two runs write byte-identical specs,
so timings of different runs compare the same input. :func:`add_properties` and
:func:`edit_description` make one-schema edits for the warm-regeneration measurements.

Usage: ``python bench/synthetic_spec.py 1000 /tmp/spec-1000.yaml``
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path
from typing import Any

import yaml

_WORDS = [
    "account",
    "archive",
    "backup",
    "bucket",
    "cluster",
    "disk",
    "endpoint",
    "flavor",
    "gateway",
    "host",
    "image",
    "instance",
    "key",
    "listener",
    "member",
    "network",
    "node",
    "policy",
    "port",
    "quota",
    "region",
    "replica",
    "route",
    "rule",
    "server",
    "snapshot",
    "subnet",
    "tag",
    "task",
    "tenant",
    "token",
    "user",
    "volume",
    "zone",
]


def schema_name(index: int) -> str:
    """The component name of schema ``index`` (unique, CamelCase, stable across sizes)."""
    word = _WORDS[index % len(_WORDS)].capitalize()
    return f"{word}Item{index:04d}"


#: Schemas per family: one enum, then objects.
FAMILY = 10


def _is_enum(index: int) -> bool:
    return index % FAMILY == 0


def _enum_schema(index: int, rng: random.Random) -> dict[str, Any]:
    size = rng.randint(3, 6)
    values = [f"{_WORDS[(index + k) % len(_WORDS)].upper()}_{k}" for k in range(size)]
    return {"type": "string", "description": f"A reusable status of kind {index}.", "enum": values}


def _object_schema(index: int, size: int, rng: random.Random) -> dict[str, Any]:
    word = _WORDS[index % len(_WORDS)]
    family = index - index % FAMILY
    properties: dict[str, Any] = {
        "id": {"type": "string", "format": "uuid", "description": f"The {word} ID."},
        "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64,
            "description": f"The {word} name, chosen by the user.",
        },
        "size": {
            "type": "integer",
            "format": "int64",
            "minimum": 0,
            "maximum": 1 << 40,
            "description": "The size in bytes.",
        },
        "ratio": {"type": "number", "minimum": 0, "maximum": 1, "description": "A fraction."},
        "enabled": {"type": "boolean", "default": True, "description": "Whether it is active."},
        "mode": {
            "type": "string",
            "enum": ["AUTO", "MANUAL", "DISABLED"],
            "description": "How it is managed.",
        },
        "created_at": {
            "type": "string",
            "format": "date-time",
            "nullable": True,
            "description": "When it was created, if known.",
        },
        "labels": {
            "type": "array",
            "items": {"type": "string", "maxLength": 32},
            "maxItems": 20,
            "description": "Free-form labels.",
        },
        "status": {"$ref": f"#/components/schemas/{schema_name(family)}"},
    }
    earlier = list(range(family + 1, index))
    if earlier:
        parent = rng.choice(earlier)
        properties["parent"] = {"$ref": f"#/components/schemas/{schema_name(parent)}"}
    common = [other for other in range(1, min(FAMILY, size)) if other != index and family > 0]
    if common:
        properties["children"] = {
            "type": "array",
            "items": {"$ref": f"#/components/schemas/{schema_name(rng.choice(common))}"},
            "description": "The shared parts it is made of.",
        }
    return {
        "type": "object",
        "description": f"A {word} resource (synthetic schema {index}).",
        "required": ["id", "name"],
        "properties": properties,
    }


def build_spec(size: int) -> dict[str, Any]:
    """An OpenAPI 3.0.3 document with ``size`` component schemas and ``size // 10`` operations."""
    rng = random.Random(size)
    schemas = {
        schema_name(index): (
            _enum_schema(index, rng) if _is_enum(index) else _object_schema(index, size, rng)
        )
        for index in range(size)
    }
    paths: dict[str, Any] = {}
    for number in range(max(1, size // FAMILY)):
        last = min(size, (number + 1) * FAMILY) - 1
        body = schema_name(last)
        answer = schema_name(number * FAMILY + 1 if number * FAMILY + 1 < size else last)
        paths[f"/v1/resources{number}/{{resource_id}}"] = {
            "put": {
                "operationId": f"updateResource{number}",
                "summary": f"Update resource {number}",
                "parameters": [
                    {
                        "name": "resource_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    },
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": f"#/components/schemas/{body}"}}
                    },
                },
                "responses": {
                    "200": {
                        "description": "The updated resource.",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": f"#/components/schemas/{answer}"}
                            }
                        },
                    }
                },
            }
        }
    return {
        "openapi": "3.0.3",
        "info": {
            "title": f"Synthetic API with {size} schemas",
            "version": "1.0.0",
            "x-package-name": "synthetic",
        },
        "servers": [{"url": "https://api.example.com"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


def _middle_object(spec: dict[str, Any]) -> str:
    names = [
        name for name, schema in spec["components"]["schemas"].items() if "properties" in schema
    ]
    return names[len(names) // 2]


def add_properties(spec: dict[str, Any], count: int) -> str:
    """Add ``count`` optional properties, ``note1`` … ``note<count>``, to one object schema in the
    middle of ``spec``; returns the schema's name. ``count`` and ``count + 1`` differ by one
    property of one schema: successive counts are successive one-schema edits."""
    name = _middle_object(spec)
    for number in range(1, count + 1):
        spec["components"]["schemas"][name]["properties"][f"note{number}"] = {
            "type": "string",
            "description": f"A note added after the first generation (edit {number}).",
        }
    return name


def edit_description(spec: dict[str, Any], variant: int) -> str:
    """Reword the description of one property of the same schema; returns the schema's name.
    Unlike :func:`add_properties`, the schema keeps its shape: the smallest edit there is."""
    name = _middle_object(spec)
    described = spec["components"]["schemas"][name]["properties"]["name"]
    described["description"] = f"The name, chosen by the user (wording {variant})."
    return name


def write_spec(spec: dict[str, Any], path: Path) -> None:
    """Write ``spec`` as YAML (key order kept, so the file reads like a hand-written spec)."""
    path.write_text(yaml.safe_dump(spec, sort_keys=False, width=100), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", type=int, help="the number of component schemas")
    parser.add_argument("out", type=Path, help="the YAML file to write")
    parser.add_argument(
        "--touch", action="store_true", help="add one property to one schema (a one-schema edit)"
    )
    arguments = parser.parse_args()
    spec = build_spec(arguments.size)
    if arguments.touch:
        add_properties(spec, 1)
    write_spec(spec, arguments.out)


if __name__ == "__main__":
    main()
