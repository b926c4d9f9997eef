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
from urllib.parse import quote

import pytest
import yaml
from golden_cases import FIXTURE_SPECS, MAIN_SPEC, REPO
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from generator.errors import SpecError
from generator.exporting import DIALECT, export_schemas, schema_json_text
from generator.loading import escape_pointer_token, load_spec, parse_spec
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


def closure(schemas: dict[str, Any], name: str) -> set[str]:
    """Components reachable from ``name`` through one or more ``$ref``s, from the spec itself."""
    prefix = "#/components/schemas/"
    reached: set[str] = set()
    pending = [name]
    while pending:
        for ref in refs_in(schemas[pending.pop()]):
            target = ref.removeprefix(prefix)
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
        targets = {ref.removeprefix("#/$defs/") for ref in refs_in(document)}
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
    for body in ([], "task", 3, None, {"sub_tasks": [{}]}):
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
    suppress_health_check=[HealthCheck.function_scoped_fixture],
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
