"""What the builder makes of the constructs real specs use: allOf, unions, discriminators,
readOnly/writeOnly, references in unusual places.

Each test names the decision it pins down (``generator/building.py`` explains why each is sound):
``allOf`` of object schemas merges into one model, a one-member ``allOf`` stands for its member,
unions of primitives get a primitive (or ``Any``) type, constraint-only ``oneOf`` changes no type,
a discriminator on a base model is an annotation, and a required ``readOnly``/``writeOnly``
property is optional because one model serves requests and responses.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from generator.building import build_package
from generator.errors import SpecError
from generator.ir import Field, Model, Package, TypeKind, TypeRef
from generator.loading import parse_spec
from generator.resolving import resolve_references

STRING = TypeRef(TypeKind.PRIMITIVE, "str")
INTEGER = TypeRef(TypeKind.PRIMITIVE, "int")


def _build(schemas: dict[str, Any], **extra: Any) -> Package:
    spec = {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, **extra}
    spec["components"] = {**spec.get("components", {}), "schemas": schemas}
    document = parse_spec(json.dumps(spec, indent=1).encode(), Path("inline.json"))
    return build_package(resolve_references(document), generator_version="test")


def _model(package: Package, name: str) -> Model:
    return next(model for model in package.models if model.class_name == name)


def _fields(package: Package, name: str) -> dict[str, Field]:
    return {item.attribute: item for item in _model(package, name).fields}


def _error(schemas: dict[str, Any]) -> SpecError:
    with pytest.raises(SpecError) as caught:
        _build(schemas)
    return caught.value


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


# --- allOf ----------------------------------------------------------------------------------------


def test_all_of_objects_merge_into_one_model_inherited_fields_first() -> None:
    package = _build(
        {
            "NewPet": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string"}, "tag": {"type": "string"}},
            },
            "Pet": {
                "description": "A pet with an id.",
                "allOf": [
                    _ref("NewPet"),
                    {"required": ["id"], "properties": {"id": {"type": "integer"}}},
                ],
            },
        }
    )
    pet = _fields(package, "Pet")
    assert list(pet) == ["name", "tag", "id"]
    assert [item.required for item in pet.values()] == [True, False, True]
    assert pet["id"].type == INTEGER
    assert _model(package, "Pet").doc == "A pet with an id."
    assert [model.class_name for model in package.models] == ["NewPet", "Pet"]


def test_nested_all_of_flattens_and_a_redeclared_property_may_only_annotate() -> None:
    package = _build(
        {
            "Base": {"type": "object", "properties": {"id": {"type": "string"}}},
            "Middle": {"allOf": [_ref("Base"), {"properties": {"a": {"type": "integer"}}}]},
            "Leaf": {
                "allOf": [
                    _ref("Middle"),
                    {"properties": {"id": {"description": "Only documented here."}}},
                ],
                "properties": {"b": {"type": "boolean"}},
            },
        }
    )
    leaf = _fields(package, "Leaf")
    assert list(leaf) == ["id", "a", "b"]
    assert leaf["id"].type == STRING


def test_one_member_all_of_is_that_member() -> None:
    """OpenAPI 3.0 cannot annotate a ``$ref``, so ``allOf: [$ref]`` + description is the idiom."""
    package = _build(
        {
            "Id": {"type": "integer", "format": "int64"},
            "Tag": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Pet": {
                "type": "object",
                "properties": {
                    "id": {"allOf": [_ref("Id")], "description": "The id."},
                    "tag": {"allOf": [{"description": "annotation only"}, _ref("Tag")]},
                    "friend": {"allOf": [_ref("Pet")]},
                },
            },
        }
    )
    pet = _fields(package, "Pet")
    assert pet["id"].type == INTEGER and pet["id"].doc == "The id."
    assert pet["tag"].type == TypeRef(TypeKind.MODEL, "Tag")
    assert pet["friend"].type == TypeRef(TypeKind.MODEL, "Pet")
    assert [model.class_name for model in package.models] == ["Tag", "Pet"]


@pytest.mark.parametrize(
    ("schemas", "pointer", "message"),
    [
        (
            {"Name": {"type": "string"}, "A": {"allOf": [_ref("Name"), {"required": ["x"]}]}},
            "/components/schemas/A/allOf/0",
            "allOf can only merge object schemas into a model, this member is of type string",
        ),
        (
            {
                "A": {"allOf": [{"properties": {"x": {"type": "string"}}}, {"enum": ["a"]}]},
            },
            "/components/schemas/A/allOf/1",
            "allOf can only merge object schemas into a model, this member is an enum",
        ),
        (
            {
                "A": {
                    "allOf": [
                        {"properties": {"x": {"type": "string"}}},
                        {"properties": {"x": {"type": "integer"}}},
                    ]
                }
            },
            "/components/schemas/A/allOf/1/properties/x",
            "allOf members declare the property 'x' differently",
        ),
    ],
    ids=["string-member", "enum-member", "conflicting-property"],
)
def test_unmergeable_all_of_is_refused_where_the_member_is_listed(
    schemas: dict[str, Any], pointer: str, message: str
) -> None:
    error = _error(schemas)
    assert (error.pointer, error.line is not None) == (pointer, True)
    assert message in error.message


# --- unions ---------------------------------------------------------------------------------------


def test_unions_of_primitives_and_nullable_unions_are_typed() -> None:
    package = _build(
        {
            "A": {
                "type": "object",
                "properties": {
                    "when": {
                        "oneOf": [{"type": "string", "enum": ["now"]}, {"type": "string"}],
                    },
                    "loose": {"oneOf": [{"type": "string"}, {"format": "date"}]},
                    "strings": {"anyOf": [{"type": "string"}, {"type": "string", "minLength": 3}]},
                    "number": {"oneOf": [{"type": "integer"}, {"type": "number"}]},
                    "mixed": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                    "maybe": {"anyOf": [_ref("B"), {"type": "null", "description": "none"}]},
                    "maybe_text": {"oneOf": [{"type": ["string", "null"]}, {"type": "integer"}]},
                },
            },
            "B": {"type": "object", "properties": {"b": {"type": "string"}}},
        }
    )
    fields = _fields(package, "A")
    assert fields["when"].type == STRING
    # An option without a type matches values of every type: the union says nothing about it.
    assert fields["loose"].type == TypeRef(TypeKind.ANY)
    assert fields["strings"].type == STRING
    assert fields["number"].type == TypeRef(TypeKind.PRIMITIVE, "float")
    assert fields["mixed"].type == TypeRef(TypeKind.ANY)
    assert fields["maybe"].type == TypeRef(TypeKind.MODEL, "B", nullable=True)
    assert fields["maybe_text"].type == TypeRef(TypeKind.ANY, nullable=True)


def test_constraint_only_one_of_leaves_the_model_alone() -> None:
    package = _build(
        {
            "Contact": {
                "type": "object",
                "properties": {"email": {"type": "string"}, "phone": {"type": "string"}},
                "oneOf": [{"required": ["email"]}, {"required": ["phone"]}],
            }
        }
    )
    assert list(_fields(package, "Contact")) == ["email", "phone"]


def test_a_union_of_models_is_refused_naming_the_discriminator() -> None:
    error = _error(
        {
            "Cat": {"type": "object", "properties": {"kind": {"type": "string"}}},
            "Pet": {
                "oneOf": [_ref("Cat"), {"type": "array"}],
                "discriminator": {"propertyName": "kind"},
            },
        }
    )
    assert error.pointer == "/components/schemas/Pet/discriminator"
    assert "polymorphism ('discriminator' with 'oneOf')" in error.message


def test_a_model_with_a_shaped_union_beside_its_properties_is_refused() -> None:
    """Silently dropping the union would type values the spec forbids (and miss others)."""
    error = _error(
        {
            "A": {
                "type": "object",
                "properties": {"x": {"type": "string"}},
                "anyOf": [_ref("B"), {"type": "object", "properties": {"y": {}}}],
            },
            "B": {"type": "object", "properties": {"z": {"type": "string"}}},
        }
    )
    assert error.pointer == "/components/schemas/A/anyOf"


# --- discriminator, readOnly, writeOnly -----------------------------------------------------------


def test_a_discriminator_on_a_base_model_is_an_annotation() -> None:
    """Subtype payloads decode as the base; their extra keys survive in additional_properties."""
    package = _build(
        {
            "Pet": {
                "type": "object",
                "required": ["petType"],
                "properties": {"petType": {"type": "string"}},
                "discriminator": {
                    "propertyName": "petType",
                    "mapping": {"cat": "#/components/schemas/Cat"},
                },
            },
            "Cat": {"allOf": [_ref("Pet"), {"properties": {"lives": {"type": "integer"}}}]},
        }
    )
    assert list(_fields(package, "Pet")) == ["pet_type"]
    assert list(_fields(package, "Cat")) == ["pet_type", "lives"]


def test_required_read_only_and_write_only_properties_are_optional() -> None:
    package = _build(
        {
            "Id": {"type": "integer", "readOnly": True},
            "User": {
                "type": "object",
                "required": ["id", "password", "name", "created"],
                "properties": {
                    "id": {"allOf": [_ref("Id")], "description": "Assigned by the server."},
                    "password": {"type": "string", "writeOnly": True},
                    "name": {"type": "string"},
                    "created": {"$ref": "#/components/schemas/Id"},
                },
            },
        }
    )
    user = _fields(package, "User")
    assert {name: item.required for name, item in user.items()} == {
        "id": False,
        "password": False,
        "name": True,
        "created": False,
    }
    assert user["id"].doc == (
        "Assigned by the server.\n\nRequired in responses only (readOnly), so optional here."
    )
    assert user["password"].doc == "Required in requests only (writeOnly), so optional here."


# --- references in unusual places -----------------------------------------------------------------


def test_a_property_named_ref_and_ref_shaped_data_are_not_references() -> None:
    package = _build(
        {
            "Pet": {
                "type": "object",
                "properties": {"$ref": {"type": "string"}},
                "example": {"$ref": "#/nowhere"},
                "default": {"$ref": "#/nowhere/either"},
            }
        }
    )
    assert list(_fields(package, "Pet")) == ["ref"]


def test_a_path_item_reference_is_followed() -> None:
    package = _build(
        {"Pet": {"type": "object", "properties": {"id": {"type": "integer"}}}},
        paths={"/pets/{id}": {"$ref": "#/components/pathItems/PetById"}},
        components={
            "pathItems": {
                "PetById": {
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "get": {
                        "operationId": "showPetById",
                        "responses": {
                            "200": {
                                "description": "A pet.",
                                "content": {"application/json": {"schema": _ref("Pet")}},
                            }
                        },
                    },
                }
            }
        },
    )
    (operation,) = package.operations
    assert operation.function_name == "show_pet_by_id"
    assert [parameter.attribute for parameter in operation.parameters] == ["id"]
    assert operation.success is not None
    assert operation.success.type == TypeRef(TypeKind.MODEL, "Pet")


def test_an_alias_referenced_before_its_definition_is_generated_once() -> None:
    package = _build(
        {
            "A": {"type": "object", "properties": {"b": _ref("B")}},
            "B": {"type": "string"},
        }
    )
    assert [model.class_name for model in package.models] == ["A"]
    assert [(alias.name, alias.target) for alias in package.aliases] == [("B", STRING)]


# --- nullability across versions ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("openapi", "address", "priority"),
    [
        (
            "3.0.3",
            {"type": "object", "nullable": True, "properties": {"street": {"type": "string"}}},
            {"type": "integer", "nullable": True, "enum": [1, 2, None]},
        ),
        (
            "3.1.0",
            {"type": ["object", "null"], "properties": {"street": {"type": "string"}}},
            {"type": ["integer", "null"], "enum": [1, 2, None]},
        ),
    ],
    ids=["3.0", "3.1"],
)
def test_references_to_nullable_components_are_nullable(
    openapi: str, address: dict[str, Any], priority: dict[str, Any]
) -> None:
    package = _build(
        {
            "Address": address,
            "Priority": priority,
            "Order": {
                "type": "object",
                "properties": {"billing": _ref("Address"), "priority": _ref("Priority")},
            },
        }
    )
    order = _fields(package, "Order")
    assert order["billing"].type == TypeRef(TypeKind.MODEL, "Address", nullable=True)
    assert order["priority"].type == TypeRef(TypeKind.ENUM, "Priority", nullable=True)
    assert openapi  # both spellings, one result


# --- what client.py and operations.py import ------------------------------------------------------


def test_operations_are_ordered_and_client_imports_cover_every_signature() -> None:
    package = _build(
        {"Thing": {"type": "object", "properties": {"x": {"type": "string"}}}},
        paths={
            "/b": {
                "get": {
                    "operationId": "listThings",
                    "parameters": [
                        {"name": "state", "in": "query", "schema": {"enum": ["on", "off"]}}
                    ],
                    "responses": {
                        "200": {
                            "description": "Free-form.",
                            "content": {"application/json": {"schema": {}}},
                        }
                    },
                }
            },
            "/a": {"get": {"operationId": "addThing", "responses": {}}},
        },
    )
    assert [operation.constant_name for operation in package.operations] == [
        "ADD_THING",
        "LIST_THINGS",
    ]
    assert package.client_model_names == ("State",)
    assert package.client_takes_mappings  # the Any of the free-form response needs the import
    assert package.models_use_unset


# --- maps and inline objects --------------------------------------------------------------------


def test_additional_properties_maps_are_typed_dicts() -> None:
    package = _build(
        {
            "Pet": {"type": "object", "properties": {"name": {"type": "string"}}},
            "Inventory": {
                "type": "object",
                "properties": {
                    "pets": {"type": "object", "additionalProperties": _ref("Pet")},
                    "labels": {"additionalProperties": {"type": ["string", "null"]}},
                    "free": {"type": "object"},
                    "closed": {"type": "object", "additionalProperties": False},
                },
            },
        }
    )
    fields = _fields(package, "Inventory")
    pet = TypeRef(TypeKind.MODEL, "Pet")
    assert fields["pets"].type == TypeRef(TypeKind.MAP, item=pet)
    assert fields["labels"].type == TypeRef(TypeKind.MAP, item=replace(STRING, nullable=True))
    assert fields["free"].type == TypeRef(TypeKind.MAP, item=TypeRef(TypeKind.ANY))
    assert fields["closed"].type == TypeRef(TypeKind.MAP, item=TypeRef(TypeKind.ANY))


def test_inline_objects_and_enums_are_named_after_where_they_are() -> None:
    package = _build(
        {},
        paths={
            "/orders": {
                "post": {
                    "operationId": "createOrder",
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "lines": {
                                            "type": "array",
                                            "items": {
                                                "type": "object",
                                                "properties": {"sku": {"type": "string"}},
                                            },
                                        },
                                        "kind": {"enum": ["a", "b"]},
                                    },
                                }
                            }
                        }
                    },
                    "responses": {
                        "201": {
                            "description": "Created.",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {"id": {"type": "string"}},
                                    }
                                }
                            },
                        }
                    },
                }
            }
        },
    )
    assert [model.class_name for model in package.models] == [
        "CreateOrderBodyLinesItem",
        "CreateOrderBody",
        "CreateOrderResponse201",
    ]
    assert [enum.class_name for enum in package.enums] == ["CreateOrderBodyKind"]
    (operation,) = package.operations
    assert operation.body == TypeRef(TypeKind.MODEL, "CreateOrderBody")
