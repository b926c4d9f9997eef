"""Stage 3: build the IR (``generator.ir``) from a resolved spec.

All decisions about the generated code are made here: which schema becomes a dataclass, an enum or an
alias; the Python type of every field; every name (through ``generator.naming``); and the escaping of
every piece of spec text (through ``generator.literals``). A construct the generator cannot represent
faithfully is rejected with a located error that names it — never approximated silently.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from generator import naming
from generator.errors import SpecError
from generator.ir import (
    Alias,
    EnumClass,
    EnumMember,
    Field,
    Model,
    Operation,
    Package,
    Parameter,
    Response,
    TypeKind,
    TypeRef,
)
from generator.literals import docstring_body, python_literal
from generator.loading import child_pointer, unescape_pointer_token
from generator.resolving import ResolvedDocument

_SCHEMAS_POINTER = "/components/schemas"
_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PRIMITIVES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
_JSON_TYPES = {*_PRIMITIVES, "array", "object", "null"}
#: Keywords whose meaning a dataclass cannot carry; rejected by name instead of ignored.
_UNSUPPORTED_KEYWORDS = ("allOf", "oneOf", "anyOf", "not", "discriminator", "if", "$dynamicRef")
#: Names every generated package exports besides its classes (defined in the ``_serde`` template).
_RUNTIME_EXPORTS = ("UNSET", "Unset", "DecodeError")
_PEP440_VERSION = re.compile(r"\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?")


def build_package(resolved: ResolvedDocument, generator_version: str) -> Package:
    """Build the IR for every schema and operation of ``resolved``."""
    return _Builder(resolved).build(generator_version)


@dataclass
class _Builder:
    resolved: ResolvedDocument
    enums: list[EnumClass] = field(default_factory=list)
    models: list[Model] = field(default_factory=list)
    aliases: list[Alias] = field(default_factory=list)
    #: pointer of a component schema → its type, filled before any field is built so that
    #: references (including recursive ones) resolve to the component's class.
    component_types: dict[str, TypeRef | None] = field(default_factory=dict)
    aliases_in_progress: set[str] = field(default_factory=set)
    #: (operation pointer, constant name) of every operation, checked against the class names.
    operation_constants: list[tuple[str, str]] = field(default_factory=list)
    #: (source pointer, class name) of every generated class, to detect collisions.
    class_names: list[tuple[str, str]] = field(default_factory=list)

    def build(self, generator_version: str) -> Package:
        root = self._mapping(self.resolved.document.data, "")
        self._check_openapi_version(root)
        info = self._mapping(root.get("info", {}), "/info")
        components = self._component_schemas(root)
        for name, pointer in components:
            self.component_types[pointer] = self._component_type(name, pointer)
        for name, pointer in components:
            self._build_component(name, pointer)
        operations = tuple(self._operations(root))
        class_names = [name for _, name in self.class_names]
        operation_types = [
            type_ref
            for operation in operations
            for type_ref in [operation.body, *(response.type for response in operation.responses)]
            if type_ref is not None
        ]
        self._check_class_names()
        title = str(info.get("title", "api"))
        package_name = info.get("x-package-name") or naming.attribute_name(title)
        if not isinstance(package_name, str) or not package_name.isidentifier():
            raise self._error("/info/x-package-name", "x-package-name must be a Python identifier")
        version = str(info.get("version", "0.0.0"))
        return Package(
            name=package_name,
            distribution_toml=json.dumps(package_name.replace("_", "-")),
            version_toml=json.dumps(version if _PEP440_VERSION.fullmatch(version) else "0.0.0"),
            title_doc=docstring_body(f"{title} (API version {version})."),
            spec_sha256=self.resolved.document.sha256,
            generator_version=generator_version,
            enums=tuple(self.enums),
            models=tuple(self.models),
            aliases=tuple(self.aliases),
            operations=operations,
            needs_any=bool(self.models)
            or any(_mentions_any(alias.target) for alias in self.aliases),
            public_names=naming.import_order(class_names),
            exported_names=naming.dunder_all_order([*class_names, *_RUNTIME_EXPORTS]),
            operation_model_names=tuple(
                sorted({name for type_ref in operation_types for name in _class_names(type_ref)})
            ),
            operations_use_serde=any(_needs_serde(type_ref) for type_ref in operation_types),
        )

    # --- errors and shape checks -------------------------------------------------------------

    def _error(self, pointer: str, message: str) -> SpecError:
        return self.resolved.document.error(pointer, message)

    def _mapping(self, node: Any, pointer: str) -> dict[str, Any]:
        if not isinstance(node, dict):
            raise self._error(pointer, f"expected a mapping, found {_json_type(node)}")
        return node

    def _check_openapi_version(self, root: dict[str, Any]) -> None:
        version = root.get("openapi")
        if not isinstance(version, str) or not re.fullmatch(r"3\.[01]\.\d+", version):
            raise self._error(
                "/openapi", f"unsupported OpenAPI version {version!r}: use 3.0.x or 3.1.x"
            )

    def _check_class_names(self) -> None:
        labelled = [
            (f"#{pointer}", name) for pointer, name in self.class_names + self.operation_constants
        ]
        try:
            naming.check_unique(labelled, "the schemas and operations")
        except naming.NameCollisionError as exc:
            raise self._error(exc.second[1:], str(exc)) from None

    # --- component schemas ---------------------------------------------------------------------

    def _component_schemas(self, root: dict[str, Any]) -> list[tuple[str, str]]:
        components = self._mapping(root.get("components", {}), "/components")
        schemas = self._mapping(components.get("schemas", {}), _SCHEMAS_POINTER)
        return [(name, child_pointer(_SCHEMAS_POINTER, name)) for name in schemas]

    def _component_type(self, name: str, pointer: str) -> TypeRef | None:
        """The type a reference to this component stands for; ``None`` for aliases (built lazily)."""
        schema = self._schema(pointer)
        values = _enum_values(schema)
        if "$ref" not in schema and values is not None:
            nullable = None in values and "null" in _declared_types(schema)
            return TypeRef(TypeKind.ENUM, naming.class_name(name), nullable=nullable)
        if "$ref" not in schema and _is_object_with_properties(schema):
            return TypeRef(TypeKind.MODEL, naming.class_name(name))
        return None

    def _build_component(self, name: str, pointer: str) -> None:
        schema = self._schema(pointer)
        known = self.component_types[pointer]
        if known is None:
            self._alias(pointer)
        elif known.kind is TypeKind.ENUM:
            self._enum(pointer, schema, naming.class_name(name))
        else:
            self._model(pointer, schema, naming.class_name(name))

    def _alias(self, pointer: str) -> TypeRef:
        """Build (once) the alias for a component that is neither an object nor an enum."""
        known = self.component_types.get(pointer)
        if known is not None:
            return known
        if pointer in self.aliases_in_progress:
            raise self._error(
                pointer,
                "a schema that refers to itself must be an object with properties"
                " (a recursive alias of an array or union cannot be generated)",
            )
        self.aliases_in_progress.add(pointer)
        alias_name = naming.class_name(unescape_pointer_token(pointer.rsplit("/", 1)[1]))
        target = self._type(pointer, self._schema(pointer), owner=alias_name, role="")
        self.aliases_in_progress.discard(pointer)
        self.component_types[pointer] = target
        self.class_names.append((pointer, alias_name))
        self.aliases.append(Alias(name=alias_name, target=target))
        return target

    def _schema(self, pointer: str) -> dict[str, Any]:
        node = self.resolved.node_at(pointer)
        if node is True:
            return {}
        if node is False:
            raise self._error(pointer, "the schema 'false' accepts nothing and cannot be generated")
        return self._mapping(node, pointer)

    # --- models and enums ----------------------------------------------------------------------

    def _model(self, pointer: str, schema: dict[str, Any], class_name: str) -> TypeRef:
        self.class_names.append((pointer, class_name))
        properties_pointer = child_pointer(pointer, "properties")
        properties = self._mapping(schema.get("properties", {}), properties_pointer)
        required = schema.get("required", [])
        if not isinstance(required, list) or not all(isinstance(item, str) for item in required):
            raise self._error(
                child_pointer(pointer, "required"), "required must be a list of strings"
            )
        fields = []
        for wire_name in properties:
            property_pointer = child_pointer(properties_pointer, wire_name)
            property_schema = self._schema(property_pointer)
            fields.append(
                Field(
                    wire_name_literal=python_literal(wire_name),
                    attribute=naming.attribute_name(wire_name),
                    type=self._type(property_pointer, property_schema, class_name, wire_name),
                    required=wire_name in required,
                    doc=_field_doc(property_schema),
                )
            )
        try:
            naming.check_unique(
                zip(properties, (item.attribute for item in fields)), f"in {class_name}, properties"
            )
        except naming.NameCollisionError as exc:
            raise self._error(properties_pointer, str(exc)) from None
        self.models.append(
            Model(class_name=class_name, doc=_schema_doc(schema), fields=tuple(fields))
        )
        return TypeRef(TypeKind.MODEL, class_name)

    def _enum(self, pointer: str, schema: dict[str, Any], class_name: str) -> TypeRef:
        self.class_names.append((pointer, class_name))
        values = [value for value in _enum_values(schema) or [] if value is not None]
        enum_pointer = child_pointer(pointer, "enum")
        if values and all(isinstance(value, str) for value in values):
            base = "str"
        elif values and all(type(value) is int for value in values):
            base = "int"
        else:
            raise self._error(
                enum_pointer,
                "enum values must be all strings or all integers (besides null)"
                f" to generate an enum class, found {[_json_type(value) for value in values]}",
            )
        names = [naming.enum_member_name(value) for value in values]
        try:
            naming.check_unique(zip(map(repr, values), names), f"in {class_name}, enum values")
        except naming.NameCollisionError as exc:
            raise self._error(enum_pointer, str(exc)) from None
        members = tuple(
            EnumMember(name=name, value_literal=python_literal(value))
            for name, value in zip(names, values)
        )
        self.enums.append(
            EnumClass(class_name=class_name, base=base, doc=_schema_doc(schema), members=members)
        )
        return TypeRef(TypeKind.ENUM, class_name)

    # --- types ---------------------------------------------------------------------------------

    def _type(self, pointer: str, schema: dict[str, Any], owner: str, role: str) -> TypeRef:
        """The Python type of ``schema``; inline objects and enums get classes named owner+role."""
        if "$ref" in schema:
            return self._reference_type(pointer)
        null_option = self._non_null_option(pointer, schema)
        if null_option is not None:
            option_pointer, option = null_option
            return _with_nullable(self._type(option_pointer, option, owner, role), True)
        nullable = "null" in _declared_types(schema) or schema.get("nullable") is True
        for keyword in _UNSUPPORTED_KEYWORDS:
            if keyword in schema:
                raise self._error(
                    child_pointer(pointer, keyword),
                    f"the keyword {keyword!r} is not supported by the model generator",
                )
        enum_values = _enum_values(schema)
        if enum_values is not None:
            inline_name = owner + naming.class_name(role) if role else owner
            enum_type = self._enum(pointer, schema, inline_name)
            return _with_nullable(enum_type, nullable and None in enum_values)
        return _with_nullable(self._typed(pointer, schema, owner, role), nullable)

    def _typed(self, pointer: str, schema: dict[str, Any], owner: str, role: str) -> TypeRef:
        types = [name for name in _declared_types(schema) if name != "null"]
        for name in types:
            if name not in _JSON_TYPES:
                raise self._error(child_pointer(pointer, "type"), f"unknown type {name!r}")
        if len(types) > 1:
            return TypeRef(TypeKind.ANY)
        json_type = types[0] if types else _implied_type(schema)
        if json_type in _PRIMITIVES:
            return TypeRef(TypeKind.PRIMITIVE, _PRIMITIVES[json_type])
        if json_type == "array":
            items_pointer = child_pointer(pointer, "items")
            items = self._schema(items_pointer) if "items" in schema else {}
            return TypeRef(
                TypeKind.LIST, item=self._type(items_pointer, items, owner, f"{role} item")
            )
        if json_type == "object" and _is_object_with_properties(schema):
            inline_name = owner + naming.class_name(role) if role else owner
            return self._model(pointer, schema, inline_name)
        if json_type == "object":
            return TypeRef(TypeKind.MAP, item=self._map_item(pointer, schema, owner, role))
        return TypeRef(TypeKind.ANY)

    def _map_item(self, pointer: str, schema: dict[str, Any], owner: str, role: str) -> TypeRef:
        extra = schema.get("additionalProperties", True)
        if isinstance(extra, bool):
            return TypeRef(TypeKind.ANY)
        extra_pointer = child_pointer(pointer, "additionalProperties")
        return self._type(extra_pointer, self._schema(extra_pointer), owner, f"{role} value")

    def _reference_type(self, pointer: str) -> TypeRef:
        target = self.resolved.follow(pointer)
        if target not in self.component_types:
            raise self._error(
                child_pointer(pointer, "$ref"),
                "only references to '#/components/schemas/<name>' are supported in schemas",
            )
        return self.component_types[target] or self._alias(target)

    def _non_null_option(
        self, pointer: str, schema: dict[str, Any]
    ) -> tuple[str, dict[str, Any]] | None:
        """For the nullable form ``anyOf``/``oneOf: [X, {type: "null"}]``: X and its pointer."""
        for keyword in ("anyOf", "oneOf"):
            options = schema.get(keyword)
            if isinstance(options, list) and len(options) == 2:
                is_null = [_is_null_schema(option) for option in options]
                if is_null.count(True) == 1:
                    option_pointer = child_pointer(
                        child_pointer(pointer, keyword), is_null.index(False)
                    )
                    return option_pointer, self._schema(option_pointer)
        return None

    # --- operations ----------------------------------------------------------------------------

    def _operations(self, root: dict[str, Any]) -> Iterator[Operation]:
        paths = self._mapping(root.get("paths", {}), "/paths")
        seen: list[tuple[str, str]] = []
        for path, path_item in paths.items():
            path_pointer = child_pointer("/paths", path)
            path_item = self._mapping(path_item, path_pointer)
            for method in _HTTP_METHODS:
                if method not in path_item:
                    continue
                operation_pointer = child_pointer(path_pointer, method)
                operation = self._operation(
                    path,
                    method,
                    path_item,
                    self._mapping(path_item[method], operation_pointer),
                    operation_pointer,
                )
                seen.append((operation_pointer, operation.function_name))
                # operations.py defines the constant next to the classes it imports.
                self.operation_constants.append((operation_pointer, operation.constant_name))
                yield operation
        try:
            naming.check_unique(seen, "the operations")
        except naming.NameCollisionError as exc:
            raise self._error("/paths", str(exc)) from None

    def _operation(
        self,
        path: str,
        method: str,
        path_item: dict[str, Any],
        operation: dict[str, Any],
        pointer: str,
    ) -> Operation:
        operation_id = operation.get("operationId") or f"{method} {path}"
        parameters = self._parameters(path_item, operation, pointer)
        try:
            naming.check_unique(
                ((item.wire_name_literal, item.attribute) for item in parameters),
                f"in {operation_id}, parameters",
            )
        except naming.NameCollisionError as exc:
            raise self._error(child_pointer(pointer, "parameters"), str(exc)) from None
        body, body_required = self._request_body(operation, pointer, operation_id)
        text = operation.get("description") or operation.get("summary") or ""
        return Operation(
            function_name=naming.function_name(str(operation_id)),
            constant_name=naming.constant_name(str(operation_id)),
            operation_id_literal=python_literal(str(operation_id)),
            method_literal=python_literal(method.upper()),
            path_literal=python_literal(path),
            doc=docstring_body(str(text)),
            parameters=parameters,
            body=body,
            body_required=body_required,
            responses=tuple(self._responses(operation, pointer, operation_id)),
        )

    def _parameters(
        self, path_item: dict[str, Any], operation: dict[str, Any], pointer: str
    ) -> tuple[Parameter, ...]:
        """Path-level parameters overridden by operation-level ones with the same name and place."""
        collected: dict[tuple[str, str], Parameter] = {}
        path_pointer = pointer.rsplit("/", 1)[0]
        for owner, owner_pointer in ((path_item, path_pointer), (operation, pointer)):
            list_pointer = child_pointer(owner_pointer, "parameters")
            entries = owner.get("parameters", [])
            if not isinstance(entries, list):
                raise self._error(list_pointer, "parameters must be a list")
            for index in range(len(entries)):
                entry_pointer = self.resolved.follow(child_pointer(list_pointer, index))
                entry = self._mapping(self.resolved.node_at(entry_pointer), entry_pointer)
                name, location = entry.get("name"), entry.get("in")
                if not isinstance(name, str) or location not in (
                    "path",
                    "query",
                    "header",
                    "cookie",
                ):
                    raise self._error(
                        entry_pointer, "a parameter needs a string 'name' and a valid 'in'"
                    )
                schema_pointer = child_pointer(entry_pointer, "schema")
                schema = self._schema(schema_pointer) if "schema" in entry else {}
                collected[(name, location)] = Parameter(
                    wire_name_literal=python_literal(name),
                    attribute=naming.attribute_name(name),
                    location=location,
                    required=bool(entry.get("required", location == "path")),
                    type=self._type(schema_pointer, schema, naming.class_name(name), ""),
                )
        return tuple(collected.values())

    def _request_body(
        self, operation: dict[str, Any], pointer: str, operation_id: str
    ) -> tuple[TypeRef | None, bool]:
        if "requestBody" not in operation:
            return None, False
        body_pointer = self.resolved.follow(child_pointer(pointer, "requestBody"))
        body = self._mapping(self.resolved.node_at(body_pointer), body_pointer)
        return self._json_content_type(body, body_pointer, operation_id, "Body"), bool(
            body.get("required", False)
        )

    def _responses(
        self, operation: dict[str, Any], pointer: str, operation_id: str
    ) -> Iterator[Response]:
        responses_pointer = child_pointer(pointer, "responses")
        responses = self._mapping(operation.get("responses", {}), responses_pointer)
        for status in responses:
            response_pointer = self.resolved.follow(child_pointer(responses_pointer, status))
            response = self._mapping(self.resolved.node_at(response_pointer), response_pointer)
            yield Response(
                status_literal=python_literal(status),
                type=self._json_content_type(
                    response, response_pointer, operation_id, f"Response {status}"
                ),
                doc=docstring_body(str(response.get("description", ""))),
            )

    def _json_content_type(
        self, owner: dict[str, Any], pointer: str, operation_id: str, role: str
    ) -> TypeRef | None:
        content_pointer = child_pointer(pointer, "content")
        content = self._mapping(owner.get("content", {}), content_pointer)
        for media_type in content:
            if media_type.split(";")[0].strip() in (
                "application/json",
                "*/*",
            ) or media_type.endswith("+json"):
                media_pointer = child_pointer(content_pointer, media_type)
                media = self._mapping(content[media_type], media_pointer)
                if "schema" not in media:
                    return TypeRef(TypeKind.ANY)
                schema_pointer = child_pointer(media_pointer, "schema")
                return self._type(
                    schema_pointer,
                    self._schema(schema_pointer),
                    naming.class_name(operation_id),
                    role,
                )
        return None


def _declared_types(schema: dict[str, Any]) -> list[str]:
    declared = schema.get("type", [])
    return [declared] if isinstance(declared, str) else [str(item) for item in declared]


def _implied_type(schema: dict[str, Any]) -> str:
    """The JSON type a schema without ``type`` describes, judged by its keywords."""
    if "properties" in schema or "additionalProperties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return "any"


def _is_object_with_properties(schema: dict[str, Any]) -> bool:
    return bool(schema.get("properties")) and _implied_or_declared_object(schema)


def _implied_or_declared_object(schema: dict[str, Any]) -> bool:
    types = [name for name in _declared_types(schema) if name != "null"]
    return types == ["object"] or (not types and "properties" in schema)


def _is_null_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and _declared_types(schema) == ["null"] and len(schema) == 1


def _enum_values(schema: dict[str, Any]) -> list[Any] | None:
    values = schema.get("enum")
    return values if isinstance(values, list) else None


def _with_nullable(type_ref: TypeRef, nullable: bool) -> TypeRef:
    if not nullable or type_ref.nullable:
        return type_ref
    return TypeRef(type_ref.kind, type_ref.name, type_ref.item, nullable=True)


def _class_names(type_ref: TypeRef) -> set[str]:
    """The generated classes a type's decoder mentions."""
    names = {type_ref.name} if type_ref.kind in (TypeKind.MODEL, TypeKind.ENUM) else set()
    return names | (_class_names(type_ref.item) if type_ref.item else set())


def _needs_serde(type_ref: TypeRef) -> bool:
    """Whether a type's decoder is more than ``Model.from_dict``."""
    return type_ref.kind is not TypeKind.MODEL or type_ref.nullable


def _mentions_any(type_ref: TypeRef | None) -> bool:
    if type_ref is None:
        return False
    return type_ref.kind is TypeKind.ANY or _mentions_any(type_ref.item)


def _schema_doc(schema: dict[str, Any]) -> str:
    return docstring_body(str(schema.get("description") or schema.get("title") or ""))


def _field_doc(schema: dict[str, Any]) -> str:
    text = str(schema.get("description") or schema.get("title") or "")
    if "default" in schema:
        text = f"{text}\n\nServer default: {json.dumps(schema['default'], ensure_ascii=False)}"
    return docstring_body(text)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"
