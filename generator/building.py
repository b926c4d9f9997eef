"""Stage 3: build the IR (``generator.ir``) from a resolved spec.

All decisions about the generated code are made in this stage: which schema becomes a dataclass, an
enum or an alias; the Python type of every field; every name (through ``generator.naming``); and the
escaping of every piece of spec text (through ``generator.literals``). A construct the generator
cannot represent faithfully is rejected with a located error that names it — never approximated
silently. This module builds the types (models, enums, aliases) and assembles the package;
``generator.building_operations`` builds the operations and the client with it, and
``generator.schema_shapes`` holds the predicates on schemas that the type decisions are phrased in.

"Faithfully" means: a field's type accepts every value the schema accepts (it may accept more: the
generated validators enforce every constraint), and ``from_dict`` → ``to_dict`` gives back what it
was given. Hence what real specs use is handled, not refused:

* ``allOf`` of object schemas (references followed, nested ``allOf`` flattened) merges into one
  model, inherited properties first; a one-member ``allOf`` (OpenAPI 3.0's way to annotate a
  ``$ref``) is its member. Members that are not objects, or declare one property differently,
  are refused: no single model would be right.
* ``oneOf``/``anyOf``: ``[X, {type: "null"}]`` is a nullable X, a union of primitives is the
  primitive (or ``Any`` when mixed), options that only add constraints change no type. Unions of
  objects or arrays (with or without a ``discriminator``) would need tagged unions: refused.
* A ``discriminator`` on a base model is an annotation: a subtype's payload decodes as the base and
  its extra keys stay in ``additional_properties``.
* A required ``readOnly``/``writeOnly`` property is optional: it is required in one direction only,
  and one model serves requests and responses.
* ``additionalProperties`` without ``properties`` is a ``dict[str, X]``; next to ``properties``,
  the undeclared keys stay as JSON in ``additional_properties``.
* Validation-only keywords (bounds, ``not``, ``if``, ``additionalProperties: false``, …) only
  narrow values; the validators check them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from generator import naming
from generator.building_operations import OperationsBuilder
from generator.errors import SpecError
from generator.ir import Alias, EnumClass, EnumMember, Field, Model, Package, TypeKind, TypeRef
from generator.literals import docstring_body, python_literal
from generator.loading import (
    child_pointer,
    cycle_collection_paused,
    nesting_guard,
    unescape_pointer_token,
)
from generator.resolving import ResolvedDocument
from generator.schema_shapes import (
    JSON_TYPES,
    PRIMITIVES,
    SHAPE_KEYWORDS,
    allows_null,
    enum_values,
    has_shaped_union,
    implied_type,
    is_annotation_only,
    is_constraint_only,
    is_null_schema,
    is_object_with_properties,
    json_type,
    non_null_types,
    primitive_names,
)
from generator.type_imports import mentions_any

_SCHEMAS_POINTER = "/components/schemas"
#: Keywords whose meaning a dataclass cannot carry; rejected by name instead of ignored.
#: (``oneOf``/``anyOf`` are typed when they can be, see ``_Builder._union_type``; ``allOf`` is
#: merged, see ``_Builder._object_parts``.) Validation-only keywords (``not``, ``if``/``then``/
#: ``else``, bounds, ``additionalProperties: false``, …) only narrow the values a type accepts, so
#: the type stays right without them: the generated validators enforce them.
_UNSUPPORTED_KEYWORDS = {
    "prefixItems": "tuple validation ('prefixItems') is not supported by the model generator",
    "$dynamicRef": "the keyword '$dynamicRef' is not supported by the model generator",
}
#: Names every generated package exports besides its classes (defined in the ``_serde`` template).
_RUNTIME_EXPORTS = ("UNSET", "Unset", "DecodeError")
#: How deeply arrays and maps may nest in one Python type (``list[list[...]]``): far beyond any
#: real API, and well within what the templates' recursive macros can print.
MAX_TYPE_NESTING = 64
_PEP440_VERSION = re.compile(r"\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?")


def build_package(
    resolved: ResolvedDocument, generator_version: str, package_name: str | None = None
) -> Package:
    """Build the IR for every schema and operation of ``resolved``.

    ``package_name`` (already checked to be an identifier) overrides the spec's
    ``info.x-package-name`` and the name derived from its title.
    """
    with nesting_guard(resolved.document), cycle_collection_paused():
        return _Builder(resolved).build(generator_version, package_name)


@dataclass
class _Builder:
    """The model builder: the type of every schema, the classes and aliases it needs, the package."""

    resolved: ResolvedDocument
    enums: list[EnumClass] = field(default_factory=list)
    models: list[Model] = field(default_factory=list)
    aliases: list[Alias] = field(default_factory=list)
    #: pointer of a component schema → its type, filled before any field is built so that
    #: references (including recursive ones) resolve to the component's class.
    component_types: dict[str, TypeRef | None] = field(default_factory=dict)
    aliases_in_progress: set[str] = field(default_factory=set)
    #: Components that are aliases (``component_types`` says so only until the alias is built).
    alias_pointers: set[str] = field(default_factory=set)
    #: (source pointer, class name) of every generated class, to detect collisions.
    class_names: list[tuple[str, str]] = field(default_factory=list)
    #: (function, text) → ``function(text)`` for the pure text functions of :meth:`_once`.
    memo: dict[tuple[Callable[[str], str], str], str] = field(default_factory=dict)

    def build(self, generator_version: str, package_override: str | None) -> Package:
        root = self.resolved.document.data
        if not isinstance(root, dict):
            raise self.error(
                "", f"the spec must be a mapping (an OpenAPI document), found {json_type(root)}"
            )
        self._check_openapi_version(root)
        info = self.mapping(root.get("info", {}), "/info")
        components = self._component_schemas(root)
        for name, pointer in components:
            self.component_types[pointer] = self._component_type(name, pointer)
            if self.component_types[pointer] is None:
                self.alias_pointers.add(pointer)
        for name, pointer in components:
            self._build_component(name, pointer)
        # Operations type their inline schemas with this builder, adding classes of their own.
        api = OperationsBuilder(self)
        operations = api.operations(root)
        class_names = [name for _, name in self.class_names]
        self._check_class_names(api.constants)
        title = str(info.get("title", "api"))
        package_name = (
            package_override or info.get("x-package-name") or naming.attribute_name(title)
        )
        if not isinstance(package_name, str) or not package_name.isidentifier():
            raise self.error("/info/x-package-name", "x-package-name must be a Python identifier")
        version = str(info.get("version", "0.0.0"))
        return Package(
            name=package_name,
            distribution_toml=json.dumps(package_name.replace("_", "-")),
            version_toml=json.dumps(version if _PEP440_VERSION.fullmatch(version) else "0.0.0"),
            title_doc=docstring_body(f"{title} (API version {version})."),
            spec_sha256=self.resolved.document.sha256,
            generator_version=generator_version,
            # The notice does not name the spec's digest (``SPEC_SHA256`` in ``__init__`` does):
            # a file whose own content did not change then stays byte for byte the same.
            notice=(
                f"Generated by sms-codegen {generator_version}. Do not edit: regenerate with"
                " `python -m generator generate`."
            ),
            enums=tuple(self.enums),
            models=tuple(self.models),
            aliases=tuple(self.aliases),
            needs_any=bool(self.models)
            or any(mentions_any(alias.target) for alias in self.aliases),
            public_names=naming.import_order(class_names),
            exported_names=naming.dunder_all_order([*class_names, *_RUNTIME_EXPORTS]),
            models_use_unset=any(
                not item.required for model in self.models for item in model.fields
            ),
            **api.package_fields(operations, root, info, package_name),
        )

    def _once(self, function: Callable[[str], str], text: str) -> str:
        """``function(text)`` for a pure function of spec text, computed once per distinct text.

        Docstrings, literals and names are built character by character, and the same few texts
        (shared property names and descriptions, "Server default: ...") recur throughout a big spec.
        """
        key = (function, text)
        result = self.memo.get(key)
        if result is None:
            result = self.memo[key] = function(text)
        return result

    def docstring(self, text: str) -> str:
        """The docstring body of spec text (see ``generator.literals``)."""
        return self._once(docstring_body, text)

    # --- errors and shape checks -------------------------------------------------------------

    def error(self, pointer: str, message: str) -> SpecError:
        """The error to raise about the node at ``pointer`` (with its line when known)."""
        return self.resolved.document.error(pointer, message)

    def mapping(self, node: Any, pointer: str) -> dict[str, Any]:
        """``node``, the value at ``pointer``, refused unless it is a mapping."""
        if not isinstance(node, dict):
            raise self.error(pointer, f"expected a mapping, found {json_type(node)}")
        return node

    def _check_openapi_version(self, root: dict[str, Any]) -> None:
        if "openapi" not in root:
            found = "it is Swagger 2.0" if "swagger" in root else "it has no 'openapi' field"
            raise self.error(
                "", f"not an OpenAPI 3.0 or 3.1 document ({found}): use 3.0.x or 3.1.x"
            )
        version = root["openapi"]
        if not isinstance(version, str):
            raise self.error(
                "/openapi",
                "the OpenAPI version must be a string such as '3.1.0', not the"
                f" {json_type(version)} {json.dumps(version)} (quote it in YAML)",
            )
        if not re.fullmatch(r"3\.[01]\.\d+", version):
            raise self.error(
                "/openapi", f"unsupported OpenAPI version {version!r}: use 3.0.x or 3.1.x"
            )

    def _check_class_names(self, operation_constants: list[tuple[str, str]]) -> None:
        labelled = [
            (f"#{pointer}", name) for pointer, name in self.class_names + operation_constants
        ]
        try:
            naming.check_unique(labelled, "the schemas and operations")
        except naming.NameCollisionError as exc:
            raise self.error(exc.second[1:], str(exc)) from None

    # --- component schemas ---------------------------------------------------------------------

    def _component_schemas(self, root: dict[str, Any]) -> list[tuple[str, str]]:
        components = self.mapping(root.get("components", {}), "/components")
        schemas = self.mapping(components.get("schemas", {}), _SCHEMAS_POINTER)
        return [(name, child_pointer(_SCHEMAS_POINTER, name)) for name in schemas]

    def component_name(self, pointer: str) -> str | None:
        """The name of the component schema at ``pointer``, ``None`` if it is not one."""
        if pointer.startswith(_SCHEMAS_POINTER + "/") and pointer.count("/") == 3:
            return unescape_pointer_token(pointer.rsplit("/", 1)[1])
        return None

    def _component_type(self, name: str, pointer: str) -> TypeRef | None:
        """The type a reference to this component stands for; ``None`` for aliases (built lazily).

        Decided for every component before any is built, so that references (recursive ones too)
        resolve to the component's class without building it first.
        """
        schema = self.schema(pointer)
        if "$ref" in schema or has_shaped_union(schema):
            return None
        values = enum_values(schema)
        if values is not None:
            nullable = None in values and allows_null(schema)
            return TypeRef(TypeKind.ENUM, naming.class_name(name), nullable=nullable)
        if "allOf" in schema and self._is_merged_model(pointer, schema):
            return TypeRef(
                TypeKind.MODEL,
                naming.class_name(name),
                nullable=self._merged_nullable(pointer, schema),
            )
        if "allOf" not in schema and is_object_with_properties(schema):
            return TypeRef(TypeKind.MODEL, naming.class_name(name), nullable=allows_null(schema))
        return None

    def _build_component(self, name: str, pointer: str) -> None:
        schema = self.schema(pointer)
        known = self.component_types[pointer]
        if known is None or pointer in self.alias_pointers:
            # An alias may already be built (and its type recorded) by an earlier reference.
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
            raise self.error(
                pointer,
                "a schema that refers to itself must be an object with properties"
                " (a recursive alias of an array or union cannot be generated)",
            )
        self.aliases_in_progress.add(pointer)
        alias_name = naming.class_name(unescape_pointer_token(pointer.rsplit("/", 1)[1]))
        target = self.type_of(pointer, self.schema(pointer), owner=alias_name, role="")
        self.aliases_in_progress.discard(pointer)
        self.component_types[pointer] = target
        self.class_names.append((pointer, alias_name))
        self.aliases.append(Alias(name=alias_name, target=target))
        return target

    def schema(self, pointer: str) -> dict[str, Any]:
        """The schema at ``pointer`` as a mapping (``true`` is ``{}``, ``false`` is refused)."""
        node = self.resolved.node_at(pointer)
        if node is True:
            return {}
        if node is False:
            raise self.error(pointer, "the schema 'false' accepts nothing and cannot be generated")
        return self.mapping(node, pointer)

    # --- models and enums ----------------------------------------------------------------------

    def _model(self, pointer: str, schema: dict[str, Any], class_name: str) -> TypeRef:
        """The dataclass of an object schema, or of the merge of an ``allOf`` of object schemas."""
        self.class_names.append((pointer, class_name))
        properties, required = self._merged_properties(self._object_parts(pointer, schema))
        fields = []
        for wire_name, property_pointer in properties.items():
            property_schema = self.schema(property_pointer)
            # OpenAPI: a required readOnly property is required in responses only, a writeOnly one
            # in requests only; one model serves both directions, so neither can be required.
            one_way = self._one_way(property_pointer)
            fields.append(
                Field(
                    wire_name_literal=self._once(python_literal, wire_name),
                    attribute=self._once(naming.attribute_name, wire_name),
                    type=self.type_of(property_pointer, property_schema, class_name, wire_name),
                    required=wire_name in required and not one_way,
                    doc=self.docstring(
                        _field_doc(property_schema, one_way if wire_name in required else "")
                    ),
                )
            )
        try:
            naming.check_unique(
                zip(properties, (item.attribute for item in fields)), f"in {class_name}, properties"
            )
        except naming.NameCollisionError as exc:
            second = properties[exc.second]
            raise self.error(second.rsplit("/", 1)[0], str(exc)) from None
        self.models.append(
            Model(
                class_name=class_name,
                doc=self.docstring(_schema_doc(schema)),
                fields=tuple(fields),
            )
        )
        return TypeRef(TypeKind.MODEL, class_name)

    # --- allOf -----------------------------------------------------------------------------------

    def _is_merged_model(self, pointer: str, schema: dict[str, Any]) -> bool:
        """Whether an ``allOf`` schema becomes a class of its own (else it stands for its member).

        ``allOf: [{$ref: X}]`` plus annotations is how OpenAPI 3.0 documents a reference (``$ref``
        siblings are ignored there), so it is X itself, as is any one-member ``allOf`` whose own
        keywords only narrow values; with properties of its own or more members it is merged into a
        new model.
        Unmergeable schemas are reported when the type is built, at the offending member.
        """
        if self._single_member(pointer, schema) is not None:
            return False
        try:
            self._object_parts(pointer, schema)
        except SpecError:
            return False
        return True

    def _single_member(self, pointer: str, schema: dict[str, Any]) -> str | None:
        """The pointer of the one member an ``allOf`` schema amounts to, if it amounts to one."""
        # Keywords that only narrow values (bounds, ``required``) keep the member's type right.
        if SHAPE_KEYWORDS.intersection(schema) - {"allOf", "type"}:
            return None
        members = self._all_of_members(pointer, schema)
        return members[0] if len(members) == 1 else None

    def _all_of_members(self, pointer: str, schema: dict[str, Any]) -> list[str]:
        """The pointers of an ``allOf``'s members, without annotation-only members."""
        all_of_pointer = child_pointer(pointer, "allOf")
        members = schema["allOf"]
        if not isinstance(members, list) or not members:
            raise self.error(all_of_pointer, "allOf must be a non-empty list of schemas")
        found = []
        for index in range(len(members)):
            member_pointer = child_pointer(all_of_pointer, index)
            member = self.schema(member_pointer)
            if "$ref" in member or not is_annotation_only(member):
                found.append(member_pointer)
        return found

    def _object_parts(
        self, pointer: str, schema: dict[str, Any], trail: tuple[str, ...] = ()
    ) -> list[tuple[str, dict[str, Any]]]:
        """The object schemas (pointer, schema) whose properties and ``required`` make a model.

        For a plain object that is the schema itself; for ``allOf``, the members' parts first
        (inherited properties come first, references followed, nested ``allOf`` flattened), then
        the schema's own. Every part must describe objects: merging is sound only then, because a
        value valid against all of them is one object holding all of their properties.
        """
        if pointer in trail:
            chain = " -> ".join(f"#{item}" for item in [*trail, pointer])
            raise self.error(pointer, f"allOf cycle, a schema cannot contain itself: {chain}")
        self._check_object_part(pointer, schema, pointer)
        parts: list[tuple[str, dict[str, Any]]] = []
        if "allOf" in schema:
            for member_pointer in self._all_of_members(pointer, schema):
                target = self.resolved.follow(member_pointer)
                member = self.schema(target)
                # A member that is no object is reported where the allOf lists it.
                self._check_object_part(target, member, member_pointer)
                parts.extend(self._object_parts(target, member, (*trail, pointer)))
        parts.append((pointer, schema))
        return parts

    def _check_supported(self, pointer: str, schema: dict[str, Any]) -> None:
        for keyword, message in _UNSUPPORTED_KEYWORDS.items():
            if keyword in schema:
                raise self.error(child_pointer(pointer, keyword), message)

    def _check_object_part(self, pointer: str, schema: dict[str, Any], listed_at: str) -> None:
        """Refuse a part that does not describe objects (reported at ``listed_at``)."""
        self._check_supported(pointer, schema)
        types = non_null_types(schema)
        if types and types != ["object"]:
            shape = f"of type {' or '.join(types)}"
        elif "enum" in schema or "const" in schema:
            shape = "an enum"
        elif "items" in schema or "prefixItems" in schema:
            shape = "an array schema"
        else:
            self._union_type(pointer, schema, "", "", check_only=True)
            return
        raise self.error(
            listed_at, f"allOf can only merge object schemas into a model, this member is {shape}"
        )

    def _merged_properties(
        self, parts: list[tuple[str, dict[str, Any]]]
    ) -> tuple[dict[str, str], set[str]]:
        """Wire name → pointer of its schema, in order, and the required names, over all parts."""
        properties: dict[str, str] = {}
        required: set[str] = set()
        for part_pointer, part in parts:
            properties_pointer = child_pointer(part_pointer, "properties")
            for wire_name in self.mapping(part.get("properties", {}), properties_pointer):
                property_pointer = child_pointer(properties_pointer, wire_name)
                known = properties.setdefault(wire_name, property_pointer)
                if known != property_pointer:
                    properties[wire_name] = self._same_property(known, property_pointer, wire_name)
            names = part.get("required", [])
            if not isinstance(names, list) or not all(isinstance(item, str) for item in names):
                raise self.error(
                    child_pointer(part_pointer, "required"), "required must be a list of strings"
                )
            required.update(names)
        return properties, required

    def _same_property(self, first: str, second: str, wire_name: str) -> str:
        """Of a property declared by two ``allOf`` parts, the declaration that decides its type."""
        if self.resolved.follow(first) == self.resolved.follow(second):
            return first
        first_schema, second_schema = self.schema(first), self.schema(second)
        if first_schema == second_schema or is_annotation_only(second_schema):
            return first
        if is_annotation_only(first_schema):
            return second
        raise self.error(
            second,
            f"allOf members declare the property {wire_name!r} differently (also at #{first});"
            " they cannot be merged into one model",
        )

    def _merged_nullable(self, pointer: str, schema: dict[str, Any]) -> bool:
        """Whether null passes every part of a merged ``allOf`` (each part that has a type)."""
        typed = [part for _, part in self._object_parts(pointer, schema) if "type" in part]
        return bool(typed) and all(allows_null(part) for part in typed)

    def _one_way(self, pointer: str) -> str:
        """``"readOnly"``/``"writeOnly"`` when the property schema at ``pointer`` is marked so."""
        seen: set[str] = set()
        while pointer not in seen:
            seen.add(pointer)
            schema = self.resolved.node_at(pointer)
            if not isinstance(schema, dict):
                return ""
            for keyword in ("readOnly", "writeOnly"):
                if schema.get(keyword) is True:
                    return keyword
            member = self._single_member(pointer, schema) if "allOf" in schema else None
            if "$ref" in schema:
                pointer = self.resolved.follow(pointer)
            elif member is not None:
                pointer = member
            else:
                return ""
        return ""

    def _enum(self, pointer: str, schema: dict[str, Any], class_name: str) -> TypeRef:
        self.class_names.append((pointer, class_name))
        values = [value for value in enum_values(schema) or [] if value is not None]
        enum_pointer = child_pointer(pointer, "enum")
        if values and all(isinstance(value, str) for value in values):
            base = "str"
        elif values and all(type(value) is int for value in values):
            base = "int"
        else:
            raise self.error(
                enum_pointer,
                "enum values must be all strings or all integers (besides null)"
                f" to generate an enum class, found {[json_type(value) for value in values]}",
            )
        names = [naming.enum_member_name(value) for value in values]
        try:
            naming.check_unique(zip(map(repr, values), names), f"in {class_name}, enum values")
        except naming.NameCollisionError as exc:
            raise self.error(enum_pointer, str(exc)) from None
        members = tuple(
            EnumMember(name=name, value_literal=python_literal(value))
            for name, value in zip(names, values)
        )
        self.enums.append(
            EnumClass(
                class_name=class_name,
                base=base,
                doc=self.docstring(_schema_doc(schema)),
                members=members,
            )
        )
        return TypeRef(TypeKind.ENUM, class_name)

    # --- types ---------------------------------------------------------------------------------

    def type_of(self, pointer: str, schema: dict[str, Any], owner: str, role: str) -> TypeRef:
        """The Python type of ``schema``; inline objects and enums get classes named owner+role."""
        if "$ref" in schema:
            return self._reference_type(pointer)
        self._check_supported(pointer, schema)
        union = self._union_type(pointer, schema, owner, role)
        if union is not None:
            return union
        if "allOf" in schema:
            return self._all_of_type(pointer, schema, owner, role)
        nullable = allows_null(schema)
        values = enum_values(schema)
        if values is not None:
            inline_name = naming.inline_class_name(owner, role)
            enum_type = self._enum(pointer, schema, inline_name)
            return _with_nullable(enum_type, nullable and None in values)
        return _with_nullable(self._typed(pointer, schema, owner, role), nullable)

    def _typed(self, pointer: str, schema: dict[str, Any], owner: str, role: str) -> TypeRef:
        types = non_null_types(schema)
        for name in types:
            if name not in JSON_TYPES:
                raise self.error(child_pointer(pointer, "type"), f"unknown type {name!r}")
        if len(types) > 1:
            return TypeRef(TypeKind.ANY)
        type_name = types[0] if types else implied_type(schema)
        if type_name in PRIMITIVES:
            return TypeRef(TypeKind.PRIMITIVE, PRIMITIVES[type_name])
        if type_name == "array":
            items_pointer = child_pointer(pointer, "items")
            if isinstance(schema.get("items"), list):
                raise self.error(
                    items_pointer,
                    "items must be one schema, not a list: tuple validation is not supported by"
                    " the model generator",
                )
            items = self.schema(items_pointer) if "items" in schema else {}
            item = self.type_of(items_pointer, items, owner, f"{role} item")
            return self._container(TypeKind.LIST, item, pointer)
        if type_name == "object" and is_object_with_properties(schema):
            inline_name = naming.inline_class_name(owner, role)
            return self._model(pointer, schema, inline_name)
        if type_name == "object":
            item = self._map_item(pointer, schema, owner, role)
            return self._container(TypeKind.MAP, item, pointer)
        return TypeRef(TypeKind.ANY)

    def _container(self, kind: TypeKind, item: TypeRef, pointer: str) -> TypeRef:
        """``list[item]`` or ``dict[str, item]``, refused when nested beyond what can be printed.

        Arrays of arrays (also through chains of array components, which aliases spell out)
        become nested annotations and decoders; the templates print those recursively.
        """
        depth, inner = 1, item
        while inner.item is not None:
            depth, inner = depth + 1, inner.item
        if depth > MAX_TYPE_NESTING:
            raise self.error(
                pointer,
                f"arrays and maps nested more than {MAX_TYPE_NESTING} levels deep (directly or"
                " through references to array or map schemas) cannot be generated",
            )
        return TypeRef(kind, item=item)

    def _map_item(self, pointer: str, schema: dict[str, Any], owner: str, role: str) -> TypeRef:
        extra = schema.get("additionalProperties", True)
        if isinstance(extra, bool):
            return TypeRef(TypeKind.ANY)
        extra_pointer = child_pointer(pointer, "additionalProperties")
        return self.type_of(extra_pointer, self.schema(extra_pointer), owner, f"{role} value")

    def _reference_type(self, pointer: str) -> TypeRef:
        target = self.resolved.follow(pointer)
        if target not in self.component_types:
            raise self.error(
                child_pointer(pointer, "$ref"),
                "only references to '#/components/schemas/<name>' are supported in schemas",
            )
        return self.component_types[target] or self._alias(target)

    def _all_of_type(self, pointer: str, schema: dict[str, Any], owner: str, role: str) -> TypeRef:
        """An inline ``allOf``: its one member's type, or a model merging its object members."""
        member = self._single_member(pointer, schema)
        if member is not None:
            member_type = self.type_of(member, self.schema(member), owner, role)
            # allOf intersects: null passes only if the member and the schema's own type allow it.
            if member_type.nullable and "type" in schema and not allows_null(schema):
                return replace(member_type, nullable=False)
            return member_type
        inline_name = naming.inline_class_name(owner, role)
        model = self._model(pointer, schema, inline_name)
        return _with_nullable(model, self._merged_nullable(pointer, schema))

    def _union_type(
        self,
        pointer: str,
        schema: dict[str, Any],
        owner: str,
        role: str,
        *,
        check_only: bool = False,
    ) -> TypeRef | None:
        """The type of a ``oneOf``/``anyOf`` schema; ``None`` when it has no union that decides it.

        Typed: the nullable form ``[X, {type: "null"}]`` (X, nullable); unions of primitive types
        (``str`` when every option is a string, ``Any`` for mixed primitives: a value stays as it
        came); unions with an option that only adds constraints, such as ``[{required: [a]},
        {required: [b]}]`` (the rest of the schema decides). Unions of objects or arrays would need
        a tagged union of models, so they are rejected by name, naming the ``discriminator`` when
        there is one.
        """
        found: TypeRef | None = None
        for keyword in ("oneOf", "anyOf"):
            if keyword not in schema:
                continue
            keyword_pointer = child_pointer(pointer, keyword)
            options = schema[keyword]
            if not isinstance(options, list) or not options:
                raise self.error(keyword_pointer, f"{keyword} must be a non-empty list of schemas")
            option_pointers = [
                child_pointer(keyword_pointer, index) for index in range(len(options))
            ]
            shaped = [
                option
                for option in option_pointers
                if not is_constraint_only(self.resolved.node_at(option))
            ]
            if len(shaped) < len(options):
                # An option that only constrains matches values of any type: the union does not
                # narrow the type, the rest of the schema decides it (``Any`` if nothing does).
                continue
            non_null = [
                option
                for option in shaped
                if not is_null_schema(self.resolved.node_at(self.resolved.follow(option)))
            ]
            own_shape = [key for key in schema if key in SHAPE_KEYWORDS and key != keyword]
            own_types = non_null_types(schema)
            if (
                own_shape == ["type"]
                and own_types
                and all(name in PRIMITIVES for name in own_types)
                and self._primitive_union(non_null) is not None
            ):
                continue  # ``type: string, oneOf: [...strings]``: the declared type decides
            typed: TypeRef | None
            if own_shape or found is not None:
                typed = None  # a union next to a shape of its own: no one type says both
            elif len(non_null) == 1:
                option = non_null[0]
                typed = (
                    TypeRef(TypeKind.ANY)
                    if check_only
                    else self.type_of(option, self.schema(option), owner, role)
                )
            else:
                typed = self._primitive_union(non_null)
            if typed is None:
                if "discriminator" in schema:
                    raise self.error(
                        child_pointer(pointer, "discriminator"),
                        f"polymorphism ('discriminator' with '{keyword}') is not supported by the"
                        " model generator",
                    )
                raise self.error(
                    keyword_pointer,
                    f"the keyword {keyword!r} is not supported by the model generator for a union"
                    " of objects or arrays (only for [X, {type: 'null'}] and unions of primitive"
                    " types)",
                )
            null_allowed = len(non_null) < len(shaped) or any(
                allows_null(self.schema(self.resolved.follow(option))) for option in non_null
            )
            found = _with_nullable(typed, null_allowed)
        return found

    def _primitive_union(self, options: list[str]) -> TypeRef | None:
        """``str``/``int``/``float``/``bool`` when all options are that primitive, ``Any`` when they
        are mixed primitives, ``None`` when some option is an object or array."""
        names: set[str] = set()
        for option in options:
            option_names = primitive_names(self.resolved.node_at(self.resolved.follow(option)))
            if option_names is None:
                return None
            names |= option_names
        if names == {"int", "float"}:
            return TypeRef(TypeKind.PRIMITIVE, "float")
        if len(names) == 1 and "any" not in names:
            return TypeRef(TypeKind.PRIMITIVE, names.pop())
        return TypeRef(TypeKind.ANY)


def _with_nullable(type_ref: TypeRef, nullable: bool) -> TypeRef:
    if not nullable or type_ref.nullable:
        return type_ref
    return TypeRef(type_ref.kind, type_ref.name, type_ref.item, nullable=True)


def _schema_doc(schema: dict[str, Any]) -> str:
    """The text of a class's docstring (see :meth:`_Builder.docstring`)."""
    return str(schema.get("description") or schema.get("title") or "")


def _field_doc(schema: dict[str, Any], one_way: str = "") -> str:
    """The text of a field's docstring (see :meth:`_Builder.docstring`)."""
    text = str(schema.get("description") or schema.get("title") or "")
    if one_way:
        direction = "responses" if one_way == "readOnly" else "requests"
        note = f"Required in {direction} only ({one_way}), so optional here."
        text = f"{text}\n\n{note}" if text else note
    if "default" in schema:
        text = f"{text}\n\nServer default: {json.dumps(schema['default'], ensure_ascii=False)}"
    return text
