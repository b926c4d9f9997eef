"""The IR builder: what each schema becomes, and the located errors for what it cannot represent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from golden_cases import MAIN_SPEC

from generator.building import build_package
from generator.errors import SpecError
from generator.ir import Model, Package, TypeKind, TypeRef
from generator.loading import load_spec, parse_spec
from generator.resolving import resolve_references


def _build(spec: dict[str, Any]) -> Package:
    document = parse_spec(json.dumps(spec, indent=1).encode(), Path("inline.json"))
    return build_package(resolve_references(document), generator_version="test")


def _spec(schemas: dict[str, Any], openapi: str = "3.1.0") -> dict[str, Any]:
    return {
        "openapi": openapi,
        "info": {"title": "t", "version": "1"},
        "components": {"schemas": schemas},
    }


def _model(package: Package, name: str) -> Model:
    return next(model for model in package.models if model.class_name == name)


def _field_type(package: Package, model: str, attribute: str) -> TypeRef:
    return next(item.type for item in _model(package, model).fields if item.attribute == attribute)


@pytest.fixture(scope="module")
def sms() -> Package:
    return build_package(resolve_references(load_spec(MAIN_SPEC)), generator_version="test")


def test_sms_operation_comes_from_the_spec(sms: Package) -> None:
    (operation,) = sms.operations
    assert (operation.function_name, operation.constant_name) == ("update_task", "UPDATE_TASK")
    assert (operation.method_literal, operation.path_literal) == ('"PUT"', '"/v3/tasks/{task_id}"')
    assert [(p.attribute, p.location, p.required) for p in operation.parameters] == [
        ("task_id", "path", True),
        ("x_auth_token", "header", False),
    ]
    assert operation.body == TypeRef(TypeKind.MODEL, "PutTaskReq") and operation.body_required
    assert [(r.status_literal, r.type) for r in operation.responses] == [
        ('"200"', TypeRef(TypeKind.MODEL, "UpdateTaskResponse")),
        ('"403"', TypeRef(TypeKind.MODEL, "ErrorResponse")),
    ]


def test_sms_models_have_every_doc_field(sms: Package) -> None:
    assert len(_model(sms, "PutTaskReq").fields) == 31
    assert len(sms.enums) == 18
    required = {item.attribute for item in _model(sms, "TargetServer").fields if item.required}
    assert required == {"name", "os_type", "disks"}
    assert _field_type(sms, "TargetServer", "disks") == TypeRef(
        TypeKind.LIST, item=TypeRef(TypeKind.MODEL, "TargetDisk")
    )
    assert _field_type(sms, "PutTaskReq", "clone_server") == TypeRef(
        TypeKind.MODEL, "CloneServer", nullable=True
    )
    assert _field_type(sms, "PutTaskReq", "priority") == TypeRef(
        TypeKind.ENUM, "PutTaskReqPriority", nullable=True
    )


def test_nullable_spellings_of_3_0_and_3_1_agree() -> None:
    modern = _build(_spec({"A": {"properties": {"x": {"type": ["string", "null"]}}}}))
    legacy = _build(
        _spec({"A": {"properties": {"x": {"type": "string", "nullable": True}}}}, openapi="3.0.3")
    )
    assert _field_type(modern, "A", "x") == _field_type(legacy, "A", "x")
    assert _field_type(modern, "A", "x") == TypeRef(TypeKind.PRIMITIVE, "str", nullable=True)


def test_nullable_enum_without_null_member_is_not_nullable() -> None:
    package = _build(
        _spec({"A": {"properties": {"x": {"type": ["string", "null"], "enum": ["a", "b"]}}}})
    )
    assert _field_type(package, "A", "x") == TypeRef(TypeKind.ENUM, "AX")


def test_inline_enums_and_objects_are_named_after_their_owner() -> None:
    package = _build(
        _spec(
            {
                "Box": {
                    "properties": {
                        "tags": {"type": "array", "items": {"type": "string", "enum": ["a"]}},
                        "inner": {"type": "object", "properties": {"v": {"type": "integer"}}},
                    }
                }
            }
        )
    )
    assert [item.class_name for item in package.enums] == ["BoxTagsItem"]
    assert [model.class_name for model in package.models] == ["BoxInner", "Box"]


def test_reserved_class_names_are_renamed() -> None:
    package = _build(_spec({"Any": {"properties": {"x": {"type": "string"}}}}))
    assert [model.class_name for model in package.models] == ["AnyModel"]


def test_exports_are_sorted_as_ruff_expects() -> None:
    schemas = {
        name: {"properties": {"x": {}}} for name in ["b", "A", "Item10", "Item9", "ItemB", "Itema"]
    }
    package = _build(_spec(schemas))
    assert package.public_names == ("A", "B", "Item9", "Item10", "Itema", "ItemB")
    assert package.exported_names == (
        "UNSET",
        "A",
        "B",
        "DecodeError",
        "Item9",
        "Item10",
        "ItemB",
        "Itema",
        "Unset",
    )


@pytest.mark.parametrize(
    ("schemas", "pointer", "message"),
    [
        (
            {"A": {"properties": {"x": {"oneOf": [{"type": "object"}, {"type": "array"}]}}}},
            "/components/schemas/A/properties/x/oneOf",
            "the keyword 'oneOf' is not supported by the model generator",
        ),
        (
            {"A": {"properties": {"x": {"enum": ["a", 1]}}}},
            "/components/schemas/A/properties/x/enum",
            "enum values must be all strings or all integers",
        ),
        (
            {"A": {"properties": {"x": {"enum": ["a-b", "a_b"]}}}},
            "/components/schemas/A/properties/x/enum",
            "in AX, enum values \"'a-b'\" and \"'a_b'\" both become the Python name 'A_B'",
        ),
        (
            {"A": {"properties": {"x": {"type": "text"}}}},
            "/components/schemas/A/properties/x/type",
            "unknown type 'text'",
        ),
        (
            {"A": {"properties": {"x": False}}},
            "/components/schemas/A/properties/x",
            "the schema 'false' accepts nothing",
        ),
        (
            {"A": {"properties": {"x": {"$ref": "#/info"}}}},
            "/components/schemas/A/properties/x/$ref",
            "only references to '#/components/schemas/<name>' are supported",
        ),
        (
            {"L": {"type": "array", "items": {"$ref": "#/components/schemas/L"}}},
            "/components/schemas/L",
            "a schema that refers to itself must be an object with properties",
        ),
        (
            {"A": {"properties": {"x": {}}, "required": "x"}},
            "/components/schemas/A/required",
            "required must be a list of strings",
        ),
    ],
    ids=[
        "unsupported-keyword",
        "mixed-enum",
        "enum-collision",
        "unknown-type",
        "false-schema",
        "ref-outside-schemas",
        "recursive-alias",
        "bad-required",
    ],
)
def test_unrepresentable_schemas_are_rejected_by_name(
    schemas: dict[str, Any], pointer: str, message: str
) -> None:
    with pytest.raises(SpecError) as caught:
        _build(_spec(schemas))
    assert caught.value.pointer == pointer
    assert message in caught.value.message
    assert caught.value.line is not None


def test_unsupported_openapi_version_is_rejected() -> None:
    with pytest.raises(SpecError, match="unsupported OpenAPI version '2.0'") as caught:
        _build({**_spec({}), "openapi": "2.0"})
    assert caught.value.pointer == "/openapi"


def test_spec_text_reaches_the_ir_only_escaped() -> None:
    hostile = 'x"""; import os #\\\n{{ 1 }}'
    package = _build(
        _spec({"A": {"description": hostile, "properties": {hostile: {"enum": [hostile]}}}})
    )
    field = _model(package, "A").fields[0]
    assert eval(field.wire_name_literal) == hostile
    assert eval(package.enums[0].members[0].value_literal) == hostile
    assert '"""' not in _model(package, "A").doc
    assert field.attribute.isidentifier()


def test_an_operation_constant_may_not_shadow_a_class() -> None:
    spec = _spec({"UPDATETASK": {"properties": {"x": {}}}})
    spec["paths"] = {"/t": {"get": {"operationId": "updatetask", "responses": {}}}}
    with pytest.raises(SpecError, match="both become the Python name 'UPDATETASK'") as caught:
        _build(spec)
    assert caught.value.pointer == "/paths/~1t/get"
