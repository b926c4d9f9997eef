"""The standalone JSON Schema export (``generator.exporting``) validates exactly what the spec does.

The reference throughout is ``jsonschema.Draft202012Validator`` run over the *original* spec (a
``$ref`` into its ``components``): for the doc example and for a set of broken payloads, an export
must report the same (instance path, keyword) errors, nested ``anyOf`` causes included.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import pytest
import yaml
from golden_cases import FIXTURE_SPECS, MAIN_SPEC, REPO
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from generator.errors import SpecError
from generator.exporting import DIALECT, export_schemas, schema_json_text
from generator.loading import (
    escape_pointer_token,
    load_spec,
    parse_spec,
    unescape_pointer_token,
)
from generator.resolving import ResolvedDocument, resolve_references

Json = Any
ErrorSet = set[tuple[tuple[str | int, ...], str]]

#: The request-side components PutTaskReq reaches, in spec order.
PUT_TASK_REQ_DEFS = [
    "PostSourceServerBody",
    "ServerDisk",
    "PhysicalVolume",
    "TargetServer",
    "BtrfsFileSystem",
    "BtrfsSubvolumn",
    "NetWork",
    "VolumeGroups",
    "LogicalVolumes",
    "TargetDisk",
    "TargetPhysicalVolumes",
    "CloneServer",
    "SubTask",
]


# --- helpers ---------------------------------------------------------------------------------


def resolve_text(text: str) -> ResolvedDocument:
    """Parse and resolve an inline spec, as if read from ``spec.yaml``."""
    return resolve_references(parse_spec(text.encode("utf-8"), Path("spec.yaml")))


def spec_validator(data: dict[str, Any], name: str) -> Draft202012Validator:
    """The reference: a 2020-12 validator for component ``name`` of the original spec."""
    ref = "#/components/schemas/" + quote(escape_pointer_token(name), safe="~")
    return Draft202012Validator({"$ref": ref, "components": data["components"]})


def error_set(validator: Draft202012Validator, instance: Json) -> ErrorSet:
    """Every (instance path, keyword) error, including the causes nested under anyOf/oneOf."""
    found: ErrorSet = set()
    pending = list(validator.iter_errors(instance))
    while pending:
        error = pending.pop()
        found.add((tuple(error.absolute_path), str(error.validator)))
        pending.extend(error.context or [])
    return found


def refs_in(node: Json) -> list[str]:
    """Every ``$ref`` string under ``node`` (a plain walk, independent of the exporter's)."""
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [ref for value in node.values() for ref in refs_in(value)]
    if isinstance(node, list):
        return [ref for item in node for ref in refs_in(item)]
    return []


def ref_name(ref: str, prefix: str) -> str:
    """The component name a ``prefix<token>`` reference names (percent- and pointer-decoded)."""
    assert ref.startswith(prefix), ref
    return unescape_pointer_token(unquote(ref.removeprefix(prefix)))


def closure(schemas: dict[str, Any], name: str) -> set[str]:
    """Components reachable from ``name`` through one or more ``$ref``s, from the spec itself."""
    reached: set[str] = set()
    pending = [name]
    while pending:
        for ref in refs_in(schemas[pending.pop()]):
            target = ref_name(ref, "#/components/schemas/")
            if target not in reached:
                reached.add(target)
                pending.append(target)
    return reached


def doc_example(data: dict[str, Any]) -> dict[str, Any]:
    """A fresh copy of the doc's UpdateTask request example."""
    operation = data["paths"]["/v3/tasks/{task_id}"]["put"]
    media = operation["requestBody"]["content"]["application/json"]
    return copy.deepcopy(media["examples"]["doc_example"]["value"])


@pytest.fixture(scope="module")
def sms() -> ResolvedDocument:
    return resolve_references(load_spec(MAIN_SPEC))


@pytest.fixture(scope="module")
def sms_data(sms: ResolvedDocument) -> dict[str, Any]:
    data: dict[str, Any] = sms.document.data
    return data


@pytest.fixture(scope="module")
def exports(sms: ResolvedDocument) -> dict[str, dict[str, Any]]:
    return export_schemas(sms)


# --- shape of the SMS exports ----------------------------------------------------------------


def test_every_component_schema_is_exported_in_spec_order(
    sms_data: dict[str, Any], exports: dict[str, dict[str, Any]]
) -> None:
    assert list(exports) == list(sms_data["components"]["schemas"])
    assert len(exports) == 17


def test_each_export_is_a_valid_2020_12_schema_with_header(
    exports: dict[str, dict[str, Any]],
) -> None:
    for name, document in exports.items():
        Draft202012Validator.check_schema(document)
        assert list(document)[:2] == ["$schema", "$id"], name
        assert document["$schema"] == DIALECT
        assert document["$id"] == f"https://sms-codegen.invalid/schemas/{name}.json"


def test_no_components_reference_remains(exports: dict[str, dict[str, Any]]) -> None:
    for name, document in exports.items():
        refs = refs_in(document)
        assert all(ref.startswith("#/$defs/") for ref in refs), name
        assert "#/components" not in json.dumps(document), name


def test_defs_are_exactly_the_transitive_closure_in_spec_order(
    sms_data: dict[str, Any], exports: dict[str, dict[str, Any]]
) -> None:
    schemas = sms_data["components"]["schemas"]
    for name, document in exports.items():
        expected = [other for other in schemas if other in closure(schemas, name)]
        assert list(document.get("$defs", {})) == expected, name
        # Every reference lands inside the document, and every definition is referenced.
        targets = {ref_name(ref, "#/$defs/") for ref in refs_in(document)}
        assert targets == set(expected), name


def test_defs_of_named_schemas(exports: dict[str, dict[str, Any]]) -> None:
    assert "$defs" not in exports["SubTask"]
    assert list(exports["PutTaskReq"]["$defs"]) == PUT_TASK_REQ_DEFS
    assert list(exports["ErrorResponse"]["$defs"]) == ["ErrorDetail"]
    assert list(exports["TargetDisk"]["$defs"]) == ["TargetPhysicalVolumes"]


def test_a_definition_is_rewritten_the_same_everywhere(exports: dict[str, dict[str, Any]]) -> None:
    """``$defs.X`` in any export equals X's own export without its header and ``$defs``."""
    bare = {
        name: {
            key: value for key, value in document.items() if key not in ("$schema", "$id", "$defs")
        }
        for name, document in exports.items()
    }
    for document in exports.values():
        for name, definition in document.get("$defs", {}).items():
            assert definition == bare[name]


def test_annotations_are_kept(exports: dict[str, dict[str, Any]]) -> None:
    start = exports["PutTaskReq"]["properties"]["start_target_server"]
    assert start == {
        "description": start["description"],
        "type": ["boolean", "null"],
        "default": True,
    }
    priority = exports["PutTaskReq"]["properties"]["priority"]
    assert priority["format"] == "int32" and priority["enum"] == [0, 1, 2, None]


# --- validation: the export against the original spec ----------------------------------------


def test_doc_example_is_valid_against_the_export(
    sms_data: dict[str, Any], exports: dict[str, dict[str, Any]]
) -> None:
    example = doc_example(sms_data)
    assert error_set(Draft202012Validator(exports["PutTaskReq"]), example) == set()
    assert error_set(spec_validator(sms_data, "PutTaskReq"), example) == set()


def test_response_examples_are_valid_against_their_exports(
    sms_data: dict[str, Any], exports: dict[str, dict[str, Any]]
) -> None:
    responses = sms_data["paths"]["/v3/tasks/{task_id}"]["put"]["responses"]
    for status, name in [("200", "UpdateTaskResponse"), ("403", "ErrorResponse")]:
        value = responses[status]["content"]["application/json"]["examples"]["doc_example"]["value"]
        assert error_set(Draft202012Validator(exports[name]), value) == set(), name


def _set(path: list[str | int], value: Json) -> Callable[[dict[str, Any]], None]:
    def mutate(payload: dict[str, Any]) -> None:
        node: Any = payload
        for token in path[:-1]:
            node = node[token]
        node[path[-1]] = value

    return mutate


def _delete(path: list[str | int]) -> Callable[[dict[str, Any]], None]:
    def mutate(payload: dict[str, Any]) -> None:
        node: Any = payload
        for token in path[:-1]:
            node = node[token]
        del node[path[-1]]

    return mutate


#: (id, mutation of the doc example, one (path, keyword) error it must cause).
INVALID_PAYLOADS: list[
    tuple[str, Callable[[dict[str, Any]], None], tuple[tuple[Any, ...], str]]
] = [
    ("wrong enum", _set(["os_type"], "MACOS"), (("os_type",), "enum")),
    ("enum out of range", _set(["priority"], 3), (("priority",), "maximum")),
    ("above maximum", _set(["speed_limit"], 10001), (("speed_limit",), "maximum")),
    ("below minimum", _set(["total_time"], -1), (("total_time",), "minimum")),
    (
        "nested out of range",
        _set(["sub_tasks", 0, "progress"], 101),
        (("sub_tasks", 0, "progress"), "maximum"),
    ),
    (
        "missing required in target_server",
        _delete(["target_server", "os_type"]),
        (("target_server",), "required"),
    ),
    (
        "missing required array in target_server",
        _delete(["target_server", "disks"]),
        (("target_server",), "required"),
    ),
    (
        "missing required in source_server.disks[0]",
        _set(
            ["source_server", "disks"],
            [{"name": "Disk 1", "device_use": "OS", "size": 1, "used_size": 1}],
        ),
        (("source_server", "disks", 0), "required"),
    ),
    (
        "wrong enum in target_server.disks[0]",
        _set(["target_server", "disks", 0, "device_use"], "SWAP"),
        (("target_server", "disks", 0, "device_use"), "enum"),
    ),
    (
        "wrong type in target_server.disks[0].physical_volumes[1]",
        _set(["target_server", "disks", 0, "physical_volumes", 1, "size"], "big"),
        (("target_server", "disks", 0, "physical_volumes", 1, "size"), "type"),
    ),
    ("wrong type", _set(["total_time"], "115"), (("total_time",), "type")),
    ("boolean as string", _set(["start_target_server"], "yes"), (("start_target_server",), "type")),
    ("object for array", _set(["sub_tasks"], {}), (("sub_tasks",), "type")),
    ("float for integer", _set(["create_date"], 1.5), (("create_date",), "type")),
    (
        "null in a required field",
        _set(["sub_tasks", 0, "progress"], None),
        (("sub_tasks", 0, "progress"), "type"),
    ),
    (
        "null in a required nested field",
        _set(["target_server", "name"], None),
        (("target_server", "name"), "type"),
    ),
]


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [pytest.param(mutate, expected, id=name) for name, mutate, expected in INVALID_PAYLOADS],
)
def test_invalid_payloads_give_the_same_errors(
    sms_data: dict[str, Any],
    exports: dict[str, dict[str, Any]],
    mutate: Callable[[dict[str, Any]], None],
    expected: tuple[tuple[Any, ...], str],
) -> None:
    payload = doc_example(sms_data)
    mutate(payload)
    from_export = error_set(Draft202012Validator(exports["PutTaskReq"]), payload)
    from_spec = error_set(spec_validator(sms_data, "PutTaskReq"), payload)
    assert expected in from_spec
    assert from_export == from_spec


def test_non_object_bodies_give_the_same_errors(
    sms_data: dict[str, Any], exports: dict[str, dict[str, Any]]
) -> None:
    bodies: list[Json] = [[], "task", 3, None, {"sub_tasks": [{}]}]
    for body in bodies:
        from_export = error_set(Draft202012Validator(exports["PutTaskReq"]), body)
        assert from_export == error_set(spec_validator(sms_data, "PutTaskReq"), body)
        assert from_export, body


def _paths(node: Json, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        return found + [
            path for key, value in node.items() for path in _paths(value, (*prefix, key))
        ]
    if isinstance(node, list):
        return found + [
            path for index, item in enumerate(node) for path in _paths(item, (*prefix, index))
        ]
    return found


#: Every node of the doc example, as a path of keys and indexes.
_DOC_PATHS = _paths(doc_example(yaml.safe_load(MAIN_SPEC.read_text(encoding="utf-8"))))
_JSON_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=2**63 + 3),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["", "WINDOWS", "LINUX", "MBR", "OS", "SWAP", "MIGRATE_BLOCK", "x"]),
    st.sampled_from([[], {}, [{}], [None], {"id": 1}]),
)


@settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
)
@given(path=st.sampled_from(_DOC_PATHS), value=st.one_of(st.just("<delete>"), _JSON_VALUES))
def test_random_changes_give_the_same_errors(
    sms_data: dict[str, Any], exports: dict[str, dict[str, Any]], path: tuple[Any, ...], value: Json
) -> None:
    """Replace or delete any node of the doc example: the export and the spec always agree."""
    payload = doc_example(sms_data)
    if value == "<delete>":
        _delete(list(path))(payload)
    else:
        _set(list(path), value)(payload)
    assert error_set(Draft202012Validator(exports["PutTaskReq"]), payload) == error_set(
        spec_validator(sms_data, "PutTaskReq"), payload
    )


# --- recursion, reference chains and the fixture specs ---------------------------------------


def test_recursive_fixture_exports_and_validates_nested_data() -> None:
    resolved = resolve_references(load_spec(FIXTURE_SPECS / "recursive_schema.yaml"))
    data = resolved.document.data
    exports = export_schemas(resolved)
    assert list(exports) == ["TreeNode", "Ping", "Pong"]
    # On a cycle, a schema is in its own $defs and refers to itself through it.
    tree = exports["TreeNode"]
    assert list(tree["$defs"]) == ["TreeNode"]
    assert tree["properties"]["children"]["items"] == {"$ref": "#/$defs/TreeNode"}
    assert list(exports["Ping"]["$defs"]) == ["Ping", "Pong"]
    assert list(exports["Pong"]["$defs"]) == ["Ping", "Pong"]

    deep: dict[str, Any] = {
        "label": "a",
        "children": [{"label": "b", "children": [{"label": "c", "parent": None}]}],
    }
    assert error_set(Draft202012Validator(tree), deep) == set()
    broken = copy.deepcopy(deep)
    del broken["children"][0]["children"][0]["label"]
    broken["children"][0]["parent"] = {"label": 7}
    expected = {
        (("children", 0, "children", 0), "required"),
        (("children", 0, "parent"), "anyOf"),
        (("children", 0, "parent", "label"), "type"),
        (("children", 0, "parent"), "type"),
    }
    assert error_set(Draft202012Validator(tree), broken) == expected
    assert error_set(spec_validator(data, "TreeNode"), broken) == expected

    ping = {"pong": {"ping": {"pong": {"ping": {"pong": "no"}}}}}
    for name in ("Ping", "Pong"):
        instance = ping if name == "Ping" else ping["pong"]
        from_export = error_set(Draft202012Validator(exports[name]), instance)
        assert from_export == error_set(spec_validator(data, name), instance)
        assert len(from_export) == 1


def test_reference_chains_keep_every_link() -> None:
    resolved = resolve_references(load_spec(FIXTURE_SPECS / "ref_chains.yaml"))
    exports = export_schemas(resolved)
    alias = exports["ItemAlias"]
    assert alias["$ref"] == "#/$defs/ItemAliasInner"
    assert list(alias["$defs"]) == ["ItemAlias", "ItemAliasInner", "Name", "Item"]
    assert list(exports["Name"]) == ["$schema", "$id", "type", "description"]
    data = resolved.document.data
    instances: list[Json] = [
        {"name": "a", "twin": {"name": "b"}},
        {"twin": {"name": 1}},
        [],
        {"name": None},
    ]
    for instance in instances:
        from_export = error_set(Draft202012Validator(alias), instance)
        assert from_export == error_set(spec_validator(data, "ItemAlias"), instance)


@pytest.mark.parametrize(
    "spec_path", sorted(FIXTURE_SPECS.glob("*.yaml")), ids=lambda path: path.stem
)
def test_every_fixture_spec_exports_valid_self_contained_schemas(spec_path: Path) -> None:
    resolved = resolve_references(load_spec(spec_path))
    schemas = resolved.document.data["components"]["schemas"]
    exports = export_schemas(resolved)
    assert list(exports) == list(schemas)
    for name, document in exports.items():
        Draft202012Validator.check_schema(document)
        targets = {ref_name(ref, "#/$defs/") for ref in refs_in(document)}
        assert targets == closure(schemas, name) == set(document.get("$defs", {}))
        # Every reference resolves: validating something walks them all without raising.
        error_set(Draft202012Validator(document), {})


# --- keywords ----------------------------------------------------------------------------------

OPENAPI_31_KEYWORDS = """
openapi: 3.1.0
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    A:
      type: object
      description: kept
      title: kept
      example: {example: dropped}
      examples: [{example: kept}]
      externalDocs: {url: "https://example.com"}
      xml: {name: a}
      discriminator: {propertyName: kind}
      x-internal: true
      nullable: true
      $comment: kept
      $defs:
        Unreachable: {type: string}
      properties:
        example: {type: string, example: dropped, x-foo: dropped, deprecated: true}
        x-foo: {type: integer, readOnly: true, writeOnly: false}
        kind: {type: string, default: {$ref: '#/components/schemas/B'}, const: x}
        b: {$ref: '#/components/schemas/B', description: a sibling is applied in 3.1}
      patternProperties:
        "^y-": {$ref: '#/components/schemas/B'}
      additionalProperties: false
    B: {type: string, minLength: 1, enum: [x, yy, {$ref: '#/components/schemas/A'}]}
"""


def test_openapi_only_extension_and_unknown_keywords_are_dropped_by_position() -> None:
    exports = export_schemas(resolve_text(OPENAPI_31_KEYWORDS))
    a = exports["A"]
    assert list(a) == [
        "$schema",
        "$id",
        "type",
        "description",
        "title",
        "examples",
        "$comment",
        "properties",
        "patternProperties",
        "additionalProperties",
        "$defs",
    ]
    # Properties named like dropped keywords are kept: only keyword positions are filtered.
    assert a["properties"] == {
        "example": {"type": "string", "deprecated": True},
        "x-foo": {"type": "integer", "readOnly": True, "writeOnly": False},
        # Data (default, const, enum) is copied verbatim, even when it looks like a reference.
        "kind": {"type": "string", "default": {"$ref": "#/components/schemas/B"}, "const": "x"},
        "b": {"$ref": "#/$defs/B", "description": "a sibling is applied in 3.1"},
    }
    assert a["patternProperties"] == {"^y-": {"$ref": "#/$defs/B"}}
    assert a["examples"] == [{"example": "kept"}]
    assert list(a["$defs"]) == ["B"]
    assert exports["B"]["enum"] == ["x", "yy", {"$ref": "#/components/schemas/A"}]
    assert "$defs" not in exports["B"]
    validator = Draft202012Validator(a)
    assert error_set(validator, {"b": "", "y-1": "x", "z": 1, "kind": "x"}) == {
        (("b",), "minLength"),
        (("b",), "enum"),
        ((), "additionalProperties"),
    }


def _spec_with_schema(schema_yaml: str, version: str = "3.1.0") -> str:
    return (
        f"openapi: {version}\ninfo: {{title: t, version: '1'}}\npaths: {{}}\n"
        "components:\n  parameters:\n    P: {name: p, in: query, schema: {type: string}}\n"
        "  schemas:\n    Other: {type: object, properties: {x: {type: string}}}\n"
        f"    A:\n{schema_yaml}"
    )


@pytest.mark.parametrize(
    ("schema_yaml", "pointer", "message"),
    [
        (
            "      properties:\n        p: {$ref: '#/components/schemas/Other/properties/x'}\n",
            "/components/schemas/A/properties/p/$ref",
            "$ref '#/components/schemas/Other/properties/x' cannot be exported",
        ),
        (
            "      items: {$ref: '#/components/parameters/P'}\n",
            "/components/schemas/A/items/$ref",
            "'#/components/schemas/<name>'",
        ),
        (
            "      $ref: '#/components/schemas'\n",
            "/components/schemas/A/$ref",
            "cannot be exported",
        ),
        ("      $ref: '#'\n", "/components/schemas/A/$ref", "cannot be exported"),
        (
            "      $id: 'https://example.com/a'\n",
            "/components/schemas/A/$id",
            "$id is not supported",
        ),
        ("      $dynamicRef: '#meta'\n", "/components/schemas/A/$dynamicRef", "not supported"),
        (
            "      $schema: 'http://json-schema.org/draft-07/schema#'\n",
            "/components/schemas/A/$schema",
            "dialect 'http://json-schema.org/draft-07/schema#' is not supported",
        ),
        (
            "      properties:\n        n: {type: integer, minimum: 0, exclusiveMinimum: true}\n",
            "/components/schemas/A/properties/n/exclusiveMinimum",
            "not valid JSON Schema 2020-12",
        ),
        (
            "      properties:\n        s: {type: string, pattern: '('}\n",
            "/components/schemas/A/properties/s/pattern",
            "not valid JSON Schema 2020-12",
        ),
        ("      type: objet\n", "/components/schemas/A/type", "not valid JSON Schema 2020-12"),
        ("      maximum: .inf\n", "/components/schemas/A/maximum", "inf is not a JSON number"),
        ("      anyOf: {type: string}\n", "/components/schemas/A/anyOf", "must be a list"),
        (
            "      properties:\n        p: 3\n",
            "/components/schemas/A/properties/p",
            "found a number",
        ),
    ],
    ids=[
        "ref into a component",
        "ref to a parameter",
        "ref to the schemas map",
        "ref to the root",
        "$id",
        "$dynamicRef",
        "draft-07 $schema",
        "3.0 exclusiveMinimum in 3.1",
        "bad pattern",
        "unknown type",
        "infinity",
        "anyOf not a list",
        "property not a schema",
    ],
)
def test_unexportable_schemas_are_located_spec_errors(
    schema_yaml: str, pointer: str, message: str
) -> None:
    resolved = resolve_text(_spec_with_schema(schema_yaml))
    with pytest.raises(SpecError) as caught:
        export_schemas(resolved)
    assert caught.value.pointer == pointer
    assert message in caught.value.message
    assert caught.value.file == "spec.yaml"
    assert caught.value.line is not None
    assert caught.value.line == resolved.document.line_of(pointer)


def test_bad_dialect_and_version_are_spec_errors() -> None:
    with pytest.raises(SpecError) as caught:
        export_schemas(resolve_text("openapi: 3.1.0\njsonSchemaDialect: urn:mine\npaths: {}\n"))
    assert caught.value.pointer == "/jsonSchemaDialect"
    with pytest.raises(SpecError) as caught:
        export_schemas(resolve_text("openapi: 2.0.0\npaths: {}\n"))
    assert caught.value.pointer == "/openapi"


def test_allowed_dialects_and_boolean_schemas() -> None:
    text = (
        "openapi: 3.1.1\njsonSchemaDialect: https://spec.openapis.org/oas/3.1/dialect/base\n"
        "paths: {}\ncomponents:\n  schemas:\n"
        "    T: true\n    F: false\n"
        "    S: {$schema: 'https://json-schema.org/draft/2020-12/schema', items: false}\n"
    )
    exports = export_schemas(resolve_text(text))
    header = {"$schema": DIALECT}
    assert exports["T"] == {**header, "$id": "https://sms-codegen.invalid/schemas/T.json"}
    assert exports["F"] == {
        **header,
        "$id": "https://sms-codegen.invalid/schemas/F.json",
        "not": {},
    }
    assert exports["S"] == {
        **header,
        "$id": "https://sms-codegen.invalid/schemas/S.json",
        "items": False,
    }
    assert not Draft202012Validator(exports["F"]).is_valid(None)
    assert Draft202012Validator(exports["T"]).is_valid(None)


def test_awkward_names_are_percent_encoded_and_resolve() -> None:
    text = (
        "openapi: 3.1.0\npaths: {}\ncomponents:\n  schemas:\n"
        "    'a b/c%~größe': {type: string}\n"
        "    User:\n      properties:\n        x: {$ref: '#/components/schemas/a%20b~1c%25~0gr%C3%B6%C3%9Fe'}\n"
    )
    exports = export_schemas(resolve_text(text))
    assert exports["a b/c%~größe"]["$id"] == (
        "https://sms-codegen.invalid/schemas/a%20b%2Fc%25~gr%C3%B6%C3%9Fe.json"
    )
    user = exports["User"]
    assert user["properties"]["x"] == {"$ref": "#/$defs/a%20b~1c%25~0gr%C3%B6%C3%9Fe"}
    assert list(user["$defs"]) == ["a b/c%~größe"]
    assert error_set(Draft202012Validator(user), {"x": 1}) == {(("x",), "type")}


# --- OpenAPI 3.0 -------------------------------------------------------------------------------

OPENAPI_30 = """
openapi: 3.0.3
info: {title: t, version: "1"}
paths: {}
components:
  schemas:
    Child:
      type: object
      properties:
        v: {type: string}
    N:
      type: object
      properties:
        s: {type: string, nullable: true}
        already: {type: [string, "null"], nullable: true}
        plain: {type: string, nullable: false}
        e: {type: string, enum: [a, b], nullable: true}
        en: {type: string, enum: [a, null], nullable: true}
        untyped: {nullable: true, minLength: 2}
        child: {$ref: '#/components/schemas/Child', nullable: true, description: ignored in 3.0}
        bounded: {type: integer, minimum: 0, exclusiveMinimum: true, maximum: 10, exclusiveMaximum: false}
        open: {type: number, maximum: 1, exclusiveMaximum: true}
        c: {type: string, const: not-a-3.0-keyword, example: dropped}
"""


def test_openapi_30_nullable_and_exclusive_bounds_are_translated() -> None:
    exports = export_schemas(resolve_text(OPENAPI_30))
    assert exports["N"]["properties"] == {
        "s": {"type": ["string", "null"]},
        "already": {"type": ["string", "null"]},
        "plain": {"type": "string"},
        # OpenAPI 3.0.3: nullable does not extend an enum; null is allowed only if listed.
        "e": {"type": ["string", "null"], "enum": ["a", "b"]},
        "en": {"type": ["string", "null"], "enum": ["a", None]},
        "untyped": {"minLength": 2},
        # 3.0 ignores every sibling of $ref.
        "child": {"$ref": "#/$defs/Child"},
        "bounded": {"type": "integer", "exclusiveMinimum": 0, "maximum": 10},
        "open": {"type": "number", "exclusiveMaximum": 1},
        "c": {"type": "string"},
    }
    validator = Draft202012Validator(exports["N"])
    valid = {"s": None, "en": None, "untyped": None, "bounded": 10, "open": 0.5, "c": "any"}
    assert error_set(validator, valid) == set()
    invalid = {"e": None, "plain": None, "child": None, "bounded": 0, "open": 1}
    assert error_set(validator, invalid) == {
        (("e",), "enum"),
        (("plain",), "type"),
        (("child",), "type"),
        (("bounded",), "exclusiveMinimum"),
        (("open",), "exclusiveMaximum"),
    }


@pytest.mark.parametrize(
    ("schema_yaml", "pointer"),
    [
        ("      nullable: 'yes'\n", "/components/schemas/A/nullable"),
        ("      minimum: 0\n      exclusiveMinimum: 0\n", "/components/schemas/A/exclusiveMinimum"),
    ],
)
def test_malformed_openapi_30_keywords_are_spec_errors(schema_yaml: str, pointer: str) -> None:
    with pytest.raises(SpecError) as caught:
        export_schemas(resolve_text(_spec_with_schema(schema_yaml, version="3.0.3")))
    assert caught.value.pointer == pointer


# --- purity and the file text ------------------------------------------------------------------


def containers(node: Json) -> list[int]:
    """The identity of every dict and list in ``node``."""
    if isinstance(node, dict):
        return [id(node), *(found for value in node.values() for found in containers(value))]
    if isinstance(node, list):
        return [id(node), *(found for item in node for found in containers(item))]
    return []


def test_the_loaded_document_is_not_mutated_or_shared(sms: ResolvedDocument) -> None:
    before = copy.deepcopy(sms.document.data)
    first = export_schemas(sms)
    second = export_schemas(sms)
    assert sms.document.data == before
    assert first == second
    # No dict or list is shared: with the spec, between exports, between calls, within $defs.
    trees = [sms.document.data, *first.values(), *second.values()]
    identities = [identity for tree in trees for identity in containers(tree)]
    assert len(identities) == len(set(identities))


def test_schema_json_text_is_deterministic_json_with_a_trailing_newline(
    exports: dict[str, dict[str, Any]], sms: ResolvedDocument
) -> None:
    again = export_schemas(sms)
    for name, document in exports.items():
        text = schema_json_text(document)
        assert text == schema_json_text(again[name])
        assert text.endswith("}\n") and not text.endswith("\n\n")
        assert text.startswith('{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n')
        assert json.loads(text) == document
        assert list(json.loads(text)) == list(document)
    subtask = schema_json_text(exports["SubTask"])
    assert '\n  "type": "object",\n  "description": "A subtask included' in subtask


def test_schema_json_text_keeps_non_ascii_and_refuses_nan() -> None:
    assert (
        schema_json_text({"description": "größe 名前"}) == '{\n  "description": "größe 名前"\n}\n'
    )
    with pytest.raises(ValueError):
        schema_json_text({"maximum": float("nan")})


def test_output_does_not_depend_on_the_hash_seed() -> None:
    program = (
        "import hashlib, sys\n"
        "from generator.exporting import export_schemas, schema_json_text\n"
        "from generator.loading import load_spec\n"
        "from generator.resolving import resolve_references\n"
        "exports = export_schemas(resolve_references(load_spec(__import__('pathlib').Path(sys.argv[1]))))\n"
        "print(hashlib.sha256(''.join(n + schema_json_text(d) for n, d in exports.items()).encode()).hexdigest())\n"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", program, str(MAIN_SPEC)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("0", "1", "4242")
    }
    assert len(digests) == 1
