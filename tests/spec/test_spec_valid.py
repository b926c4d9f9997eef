"""The curated spec is valid OpenAPI 3.1, its examples are the doc's, its schemas really constrain.

Also checks the structural conventions that the generator relies on (nullable iff optional, only
local refs, no additionalProperties/nullable/oneOf/allOf), so a hand edit breaking them fails here.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from doc_tables import doc_examples
from jsonschema import Draft202012Validator, ValidationError
from openapi_spec_validator import validate

SCHEMA_PREFIX = "#/components/schemas/"
FORBIDDEN_KEYWORDS = frozenset({"additionalProperties", "nullable", "oneOf", "allOf"})
FORMAT_BOUNDS: dict[tuple[str, str | None], tuple[int, int] | None] = {
    ("integer", "int32"): (-(2**31), 2**31 - 1),
    ("integer", "int64"): (-(2**63), 2**63 - 1),
    ("number", "double"): None,
    ("string", None): None,
    ("boolean", None): None,
    ("array", None): None,
}


def validator_for(spec: dict[str, Any], schema_name: str) -> Draft202012Validator:
    """A 2020-12 validator for one component schema, with the spec's local $refs resolvable."""
    schema = {"$ref": SCHEMA_PREFIX + schema_name, "components": spec["components"]}
    return Draft202012Validator(schema)


def leaf_errors(errors: Iterator[ValidationError]) -> Iterator[ValidationError]:
    """The innermost errors: one under anyOf (nullable objects) has the real cause in .context."""
    for error in errors:
        if error.context:
            yield from leaf_errors(iter(error.context))
        else:
            yield error


def media_examples(spec: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """(where, schema name, example value) for every example of the request and the responses."""
    operation = spec["paths"]["/v3/tasks/{task_id}"]["put"]
    media = [("request", operation["requestBody"]["content"]["application/json"])]
    media += [
        (status, body["content"]["application/json"])
        for status, body in operation["responses"].items()
    ]
    return [
        (where, content["schema"]["$ref"].removeprefix(SCHEMA_PREFIX), example["value"])
        for where, content in media
        for example in content["examples"].values()
    ]


def test_openapi_spec_validator_accepts_spec(spec: dict[str, Any]) -> None:
    """openapi-spec-validator raises on any OpenAPI 3.1 violation; the version is 3.1.0 exactly."""
    validate(spec)
    assert spec["openapi"] == "3.1.0"


def test_examples_are_copied_from_the_doc(spec: dict[str, Any], seed_text: str) -> None:
    """The spec's examples equal the doc's JSON, key order and number types (0.0 vs 0) included."""
    from_doc = doc_examples(seed_text)
    in_spec = {where: value for where, _, value in media_examples(spec)}
    assert set(in_spec) == {"request", "200", "403"}
    for where, value in in_spec.items():
        assert json.dumps(value) == json.dumps(from_doc[where]), where


@pytest.mark.parametrize("where", ["request", "200", "403"])
def test_doc_examples_validate(spec: dict[str, Any], where: str) -> None:
    """Each example validates against its media type's schema (PutTaskReq, ErrorResponse, ...)."""
    [(schema_name, value)] = [
        (name, value) for at, name, value in media_examples(spec) if at == where
    ]
    errors = [
        f"{list(e.absolute_path)}: {e.message}"
        for e in validator_for(spec, schema_name).iter_errors(value)
    ]
    assert errors == []


def example_request(spec: dict[str, Any]) -> dict[str, Any]:
    """A deep copy of the spec's copy of the doc's example request: a valid body to mutate."""
    [value] = [value for where, _, value in media_examples(spec) if where == "request"]
    body: dict[str, Any] = copy.deepcopy(value)
    return body


def _parent(body: dict[str, Any], path: tuple[str | int, ...]) -> Any:
    """The container that holds the last step of ``path`` in ``body``."""
    node: Any = body
    for key in path[:-1]:
        node = node[key]
    return node


def _set(path: tuple[str | int, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    """A mutation that sets the value at ``path`` in the example request."""

    def mutate(body: dict[str, Any]) -> None:
        _parent(body, path)[path[-1]] = value

    return mutate


def _delete(path: tuple[str | int, ...]) -> Callable[[dict[str, Any]], None]:
    """A mutation that removes the key at ``path`` in the example request."""

    def mutate(body: dict[str, Any]) -> None:
        del _parent(body, path)[path[-1]]

    return mutate


VALID_SERVER_DISK: dict[str, Any] = {
    "name": "Disk 0",
    "device_use": "OS",
    "size": 42949672960,
    "used_size": 0,
    "physical_volumes": [],
}

# (mutation of the doc's example request, expected JSON Schema keyword, path of the failing value)
NEGATIVE_CASES: dict[str, tuple[Callable[[dict[str, Any]], None], str, tuple[str | int, ...]]] = {
    "os_type as prose says it": (_set(("os_type",), "Windows"), "enum", ("os_type",)),
    "priority out of enum": (_set(("priority",), 3), "enum", ("priority",)),
    "negative speed_limit": (_set(("speed_limit",), -1), "minimum", ("speed_limit",)),
    "migrate_speed above range": (_set(("migrate_speed",), 10000.5), "maximum", ("migrate_speed",)),
    "string for a Long": (_set(("total_time",), "115"), "type", ("total_time",)),
    "fraction for an Integer": (_set(("speed_limit",), 1.5), "type", ("speed_limit",)),
    "object for a string": (_set(("name",), {"n": 1}), "type", ("name",)),
    "nested enum behind anyOf": (
        _set(("source_server", "os_type"), "Linux"),
        "enum",
        ("source_server", "os_type"),
    ),
    "ServerDisk without size": (
        _set(
            ("source_server", "disks"),
            [{k: v for k, v in VALID_SERVER_DISK.items() if k != "size"}],
        ),
        "required",
        ("source_server", "disks", 0),
    ),
    "target server without name": (
        _delete(("target_server", "name")),
        "required",
        ("target_server",),
    ),
    "null for required os_type": (
        _set(("target_server", "os_type"), None),
        "type",
        ("target_server", "os_type"),
    ),
    "target disk device_use": (
        _set(("target_server", "disks", 0, "device_use"), "GENERAL"),
        "enum",
        ("target_server", "disks", 0, "device_use"),
    ),
    "subtask progress above 100": (
        _set(("sub_tasks", 0, "progress"), 101),
        "maximum",
        ("sub_tasks", 0, "progress"),
    ),
    "subtask without progress": (
        _delete(("sub_tasks", 1, "progress")),
        "required",
        ("sub_tasks", 1),
    ),
    "sub_tasks not an array": (_set(("sub_tasks",), {"id": 1}), "type", ("sub_tasks",)),
}


@pytest.mark.parametrize("case", list(NEGATIVE_CASES))
def test_schema_rejects_bad_request(spec: dict[str, Any], case: str) -> None:
    """Each mutation of the valid example fails, for the expected keyword at the expected place."""
    mutate, keyword, path = NEGATIVE_CASES[case]
    body = example_request(spec)
    mutate(body)
    failures = {
        (e.validator, tuple(e.absolute_path))
        for e in leaf_errors(validator_for(spec, "PutTaskReq").iter_errors(body))
    }
    assert (keyword, path) in failures, failures


POSITIVE_CASES: dict[str, Callable[[dict[str, Any]], None]] = {
    "complete ServerDisk": _set(("source_server", "disks"), [VALID_SERVER_DISK]),
    "optional enum set to null": _set(("os_type",), None),
    "optional object set to null": _set(("source_server",), None),
    "optional field left out": _delete(("target_server", "ip")),
    "empty start_type is a member": _set(("source_server", "start_type"), ""),
    "unknown key (objects stay open)": _set(("not_in_the_doc",), 1),
}


@pytest.mark.parametrize("case", list(POSITIVE_CASES))
def test_schema_accepts_valid_variants(spec: dict[str, Any], case: str) -> None:
    """Controls for the negative cases: nearby valid bodies pass, so those failures are specific."""
    body = example_request(spec)
    POSITIVE_CASES[case](body)
    assert list(validator_for(spec, "PutTaskReq").iter_errors(body)) == []


def test_error_response_rejects_non_string_error_param(spec: dict[str, Any]) -> None:
    """The 403 schema constrains too: error_param items are strings."""
    errors = list(validator_for(spec, "ErrorResponse").iter_errors({"error_param": [1]}))
    assert [(e.validator, list(e.absolute_path)) for e in errors] == [("type", ["error_param", 0])]


def walk(node: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    """Every mapping of the spec with its path, skipping examples (they are data, not schema)."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            if key not in ("examples", "example"):
                yield from walk(value, (*path, str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, (*path, str(index)))


def test_only_allowed_constructs(spec: dict[str, Any]) -> None:
    """No keyword the generator does not handle, and every $ref is local and resolves."""
    schemas = spec["components"]["schemas"]
    for path, node in walk(spec):
        assert not FORBIDDEN_KEYWORDS & node.keys(), path
        if "$ref" in node:
            assert node["$ref"].startswith(SCHEMA_PREFIX), path
            assert node["$ref"].removeprefix(SCHEMA_PREFIX) in schemas, path


def base_type(prop: dict[str, Any]) -> tuple[str, bool]:
    """(base JSON type or "$ref", nullable) for a property written in one of the allowed forms."""
    if "$ref" in prop:
        assert set(prop) == {"$ref", "description"}
        return "$ref", False
    if "anyOf" in prop:
        assert set(prop) == {"anyOf", "description"}
        ref, null = prop["anyOf"]
        assert set(ref) == {"$ref"} and null == {"type": "null"}
        return "$ref", True
    declared = prop["type"]
    if isinstance(declared, list):
        assert len(declared) == 2 and declared[1] == "null", declared
        return declared[0], True
    return declared, False


def all_properties(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], bool]]:
    """(schema, property, property schema, required) for every property of every schema."""
    for name, schema in spec["components"]["schemas"].items():
        required = set(schema.get("required", []))
        assert required <= schema["properties"].keys(), name
        for prop_name, prop in schema["properties"].items():
            yield name, prop_name, prop, prop_name in required


def test_schemas_are_described_objects(spec: dict[str, Any]) -> None:
    """Every component schema is an open object with a description and properties."""
    for name, schema in spec["components"]["schemas"].items():
        assert schema["type"] == "object", name
        assert schema["description"].strip(), name
        assert schema["properties"], name


def test_nullable_exactly_when_optional(spec: dict[str, Any]) -> None:
    """Optional properties accept null, required ones do not (the generator emits Optional[...])."""
    wrong = [
        f"{schema}.{name}"
        for schema, name, prop, required in all_properties(spec)
        if base_type(prop)[1] == required
    ]
    assert wrong == []


def test_property_keywords_are_consistent(spec: dict[str, Any]) -> None:
    """Formats fit types, ranges fit formats, enums and defaults are valid property values."""
    for schema, name, prop, _ in all_properties(spec):
        where = f"{schema}.{name}"
        assert prop["description"].strip(), where
        base, nullable = base_type(prop)
        if base == "$ref":
            continue
        assert (base, prop.get("format")) in FORMAT_BOUNDS, where
        bounds = FORMAT_BOUNDS[(base, prop.get("format"))]
        for keyword in ("minimum", "maximum"):
            if keyword in prop:
                assert base in ("integer", "number"), where
                assert bounds is None or bounds[0] <= prop[keyword] <= bounds[1], where
        if base == "array":
            assert set(prop["items"]) in ({"$ref"}, {"type"}), where
        property_validator = Draft202012Validator(prop)
        if "enum" in prop:
            values = prop["enum"]
            assert (values[-1] is None) == nullable and values.count(None) == int(nullable), where
            assert len(set(map(json.dumps, values))) == len(values), where
            for value in values:
                assert property_validator.is_valid(value), (where, value)
        if "default" in prop:
            assert prop["default"] is not None, where
            assert property_validator.is_valid(prop["default"]), where


def test_parameters(spec: dict[str, Any]) -> None:
    """The path and header parameters of the doc, with plain (non-nullable) string schemas."""
    operation = spec["paths"]["/v3/tasks/{task_id}"]["put"]
    assert operation["operationId"] == "UpdateTask"
    assert [(p["name"], p["in"], p["required"], p["schema"]) for p in operation["parameters"]] == [
        ("task_id", "path", True, {"type": "string"}),
        ("X-Auth-Token", "header", False, {"type": "string"}),
    ]
    assert operation["requestBody"]["required"] is True


def test_security_and_server(spec: dict[str, Any]) -> None:
    """Both auth schemes are declared and offered as alternatives; the endpoint is a variable."""
    schemes = spec["components"]["securitySchemes"]
    for name, header in (("TokenAuth", "X-Auth-Token"), ("AkSkAuth", "Authorization")):
        assert (schemes[name]["type"], schemes[name]["in"], schemes[name]["name"]) == (
            "apiKey",
            "header",
            header,
        )
    assert "SDK-HMAC-SHA256" in schemes["AkSkAuth"]["description"]
    assert spec["security"] == [{"TokenAuth": []}, {"AkSkAuth": []}]
    [server] = spec["servers"]
    assert server["url"] == "https://{endpoint}"
    assert server["variables"]["endpoint"]["default"] == "sms.ap-southeast-1.myhuaweicloud.com"
    assert spec["info"]["version"] == "3.1.176" and spec["info"]["x-package-name"] == "sms_v3"
