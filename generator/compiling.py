"""Stage 3b: compile the spec's component schemas into the validator IR (``ir.ValidatorModule``).

In the spirit of fastjsonschema, each (sub)schema becomes one Python function, so ``$ref`` — including
recursive ``$ref`` — is a plain call; unlike it, the code is printed by templates from this IR, one
macro per keyword. Semantics are JSON Schema 2020-12 as implemented by ``jsonschema``: every keyword
applies independently, and every error is reported. A keyword this compiler does not implement is a
located error naming it, never silently ignored.
"""

from __future__ import annotations

import json
import re
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from generator import naming
from generator.errors import SpecError
from generator.ir import Check, Child, Constant, EntryPoint, SchemaNode, ValidatorModule
from generator.literals import docstring_body, python_literal
from generator.loading import child_pointer
from generator.resolving import ResolvedDocument

#: Keywords that never make data invalid: annotations, OpenAPI extras, and containers of definitions.
_IGNORED_KEYWORDS = frozenset(
    {
        "title",
        "description",
        "default",
        "examples",
        "example",
        "deprecated",
        "readOnly",
        "writeOnly",
        "$comment",
        "format",
        "contentMediaType",
        "contentEncoding",
        "xml",
        "externalDocs",
        "discriminator",
        "$defs",
        "definitions",
        "$schema",
        "nullable",
    }
)
_JSON_TYPES = ("array", "boolean", "integer", "null", "number", "object", "string")
#: Keyword → the fixed tail of its error message (the value is shown before it).
_BOUND_MESSAGES = {
    "minimum": " is less than the minimum of ",
    "maximum": " is greater than the maximum of ",
    "exclusiveMinimum": " is less than or equal to the exclusive minimum of ",
    "exclusiveMaximum": " is greater than or equal to the exclusive maximum of ",
    "multipleOf": " is not a multiple of ",
    "minLength": " is shorter than the minimum length of ",
    "maxLength": " is longer than the maximum length of ",
    "minItems": " has fewer items than the minimum of ",
    "maxItems": " has more items than the maximum of ",
    "minProperties": " has fewer properties than the minimum of ",
    "maxProperties": " has more properties than the maximum of ",
}
_NUMBER_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")
_COUNT_BOUNDS = ("minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties")


def compile_validators(resolved: ResolvedDocument) -> ValidatorModule:
    """Compile every ``#/components/schemas`` entry; see :func:`compile_schemas` for the rules."""
    schemas = resolved.document.data.get("components", {}).get("schemas", {})
    if not isinstance(schemas, dict):
        raise resolved.document.error("/components/schemas", "expected a mapping of schemas")
    return compile_schemas(
        resolved, {name: f"/components/schemas/{_escape(name)}" for name in schemas}
    )


def compile_schemas(resolved: ResolvedDocument, roots: dict[str, str]) -> ValidatorModule:
    """Compile the schemas at ``roots`` (public name → JSON pointer) and everything they reach."""
    compiler = _Compiler(resolved)
    entry_points = tuple(
        EntryPoint(
            schema_name_literal=python_literal(name),
            snake_name=naming.schema_function_stem(name),
            function=compiler.function_for(pointer),
        )
        for name, pointer in roots.items()
    )
    labelled = [(name, entry.snake_name) for name, entry in zip(roots, entry_points)]
    try:
        naming.check_unique(labelled, "the schemas")
    except naming.NameCollisionError as exc:
        raise resolved.document.error(roots[exc.second], str(exc)) from None
    compiler.run()
    return ValidatorModule(
        constants=tuple(compiler.constants), nodes=tuple(compiler.nodes), entry_points=entry_points
    )


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


@dataclass
class _Compiler:
    resolved: ResolvedDocument
    functions: dict[str, str] = field(default_factory=dict)
    pending: deque[str] = field(default_factory=deque)
    nodes: list[SchemaNode] = field(default_factory=list)
    constants: list[Constant] = field(default_factory=list)
    constant_names: dict[tuple[str, str], str] = field(default_factory=dict)

    def function_for(self, pointer: str) -> str:
        """The node function for the schema at ``pointer`` ("" when it accepts everything)."""
        if self._schema(pointer) is True or self._is_annotation_only(pointer):
            return ""
        if pointer not in self.functions:
            self.functions[pointer] = f"_v{len(self.functions)}"
            self.pending.append(pointer)
        return self.functions[pointer]

    def run(self) -> None:
        while self.pending:
            pointer = self.pending.popleft()
            self.nodes.append(
                SchemaNode(
                    function=self.functions[pointer],
                    pointer_doc=docstring_body(f"Validate against #{pointer}."),
                    checks=tuple(self._checks(pointer)),
                )
            )

    # --- helpers -------------------------------------------------------------------------------

    def _error(self, pointer: str, message: str) -> SpecError:
        return self.resolved.document.error(pointer, message)

    def _schema(self, pointer: str) -> Any:
        schema = self.resolved.node_at(pointer)
        if not isinstance(schema, (dict, bool)):
            raise self._error(pointer, f"a schema must be an object or a boolean, not {schema!r}")
        return schema

    def _is_annotation_only(self, pointer: str) -> bool:
        schema = self._schema(pointer)
        return isinstance(schema, dict) and all(_is_ignored(key) for key in schema)

    def _constant(self, kind: str, value: Any) -> str:
        literal = python_literal(value)
        key = (kind, literal)
        if key not in self.constant_names:
            name = f"_{kind.upper()}_{len(self.constant_names)}"
            self.constant_names[key] = name
            self.constants.append(Constant(name=name, kind=kind, value_literal=literal))
        return self.constant_names[key]

    def _pattern(self, pointer: str, pattern: Any) -> str:
        if not isinstance(pattern, str):
            raise self._error(pointer, "a pattern must be a string")
        try:
            re.compile(pattern)
        except re.error as exc:
            raise self._error(pointer, f"invalid regular expression {pattern!r}: {exc}") from None
        return self._constant("pattern", pattern)

    def _subschemas(self, pointer: str, value: Any, *, mapping: bool = False) -> tuple[Child, ...]:
        if mapping:
            if not isinstance(value, dict):
                raise self._error(pointer, "expected an object of schemas")
            keys: list[str | int] = list(value)
        else:
            if not isinstance(value, list) or not value:
                raise self._error(pointer, "expected a non-empty array of schemas")
            keys = list(range(len(value)))
        return tuple(
            Child(
                function=self.function_for(child_pointer(pointer, key)),
                key_literal=python_literal(key),
            )
            for key in keys
        )

    # --- keywords ------------------------------------------------------------------------------

    def _checks(self, pointer: str) -> list[Check]:
        schema = self._schema(pointer)
        if schema is False:
            message = python_literal(" is not allowed by the schema false")
            return [Check("false", python_literal(pointer), message)]
        checks = []
        for keyword, value in schema.items():
            keyword_pointer = child_pointer(pointer, keyword)
            path = python_literal(keyword_pointer)
            if _is_ignored(keyword) or (keyword == "$id" and pointer == ""):
                continue
            checks.extend(self._keyword(schema, keyword, value, keyword_pointer, path))
        return checks

    def _keyword(
        self, schema: dict[str, Any], keyword: str, value: Any, pointer: str, path: str
    ) -> list[Check]:
        if keyword == "type":
            return [self._type(schema, value, pointer, path)]
        if keyword in ("enum", "const"):
            values = value if keyword == "enum" else [value]
            if keyword == "enum" and not isinstance(value, list):
                raise self._error(pointer, "enum must be an array")
            shown = _json(value)
            tail = f" is not one of {shown}" if keyword == "enum" else f" is not {shown}"
            return [
                Check(
                    keyword, path, python_literal(tail), constant=self._constant("frozen", values)
                )
            ]
        if keyword in _NUMBER_BOUNDS or keyword in _COUNT_BOUNDS:
            return [self._bound(keyword, value, pointer, path)]
        if keyword == "pattern":
            tail = f" does not match {_json(value)}"
            return [
                Check(keyword, path, python_literal(tail), constant=self._pattern(pointer, value))
            ]
        if keyword == "required":
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                raise self._error(pointer, "required must be an array of strings")
            names = self._constant("names", tuple(dict.fromkeys(value)))
            return [Check(keyword, path, python_literal(" is a required property"), constant=names)]
        if keyword == "uniqueItems":
            if not isinstance(value, bool):
                raise self._error(pointer, "uniqueItems must be a boolean")
            return (
                [Check(keyword, path, python_literal(" has non-unique elements"))] if value else []
            )
        if keyword in ("properties", "patternProperties"):
            children = self._subschemas(pointer, value, mapping=True)
            if keyword == "properties":
                return [Check(keyword, path, children=children)]
            # For patternProperties, each child's key is the compiled pattern's constant name.
            patterned = tuple(
                Child(child.function, self._pattern(child_pointer(pointer, key), key))
                for child, key in zip(children, value)
            )
            return [Check(keyword, path, children=patterned)]
        if keyword == "additionalProperties":
            return self._additional_properties(schema, value, pointer, path)
        if keyword in ("prefixItems", "allOf", "anyOf", "oneOf"):
            return [
                Check(
                    keyword,
                    path,
                    _combinator_message(keyword),
                    children=self._subschemas(pointer, value),
                )
            ]
        if keyword == "items":
            return self._items(schema, value, pointer, path)
        if keyword == "not":
            # An empty ``function`` means the subschema accepts everything, so ``not`` always fails.
            message = python_literal(" should not be valid under #" + pointer)
            return [Check(keyword, path, message, function=self.function_for(pointer))]
        if keyword == "$ref":
            target = self.resolved.direct_targets[pointer.rsplit("/", 1)[0]]
            function = self.function_for(target)
            return [Check(keyword, path, function=function)] if function else []
        raise self._error(
            pointer, f"the keyword {keyword!r} is not supported by the validator generator"
        )

    def _type(self, schema: dict[str, Any], value: Any, pointer: str, path: str) -> Check:
        types = [value] if isinstance(value, str) else value
        if not isinstance(types, list) or not types or not all(t in _JSON_TYPES for t in types):
            raise self._error(
                pointer,
                f"type must be one of {', '.join(_JSON_TYPES)} (or an array of them), not {_json(value)}",
            )
        if schema.get("nullable") is True and "null" not in types:
            types = [*types, "null"]  # OpenAPI 3.0's spelling of a nullable type
        tail = " is not of type " + ", ".join(repr(name) for name in types)
        return Check("type", path, python_literal(tail), type_names=tuple(dict.fromkeys(types)))

    def _bound(self, keyword: str, value: Any, pointer: str, path: str) -> Check:
        if keyword in _COUNT_BOUNDS:
            valid = (
                type(value) is int
                and value >= 0
                or (isinstance(value, float) and value.is_integer() and value >= 0)
            )
        else:
            valid = isinstance(value, (int, float)) and not isinstance(value, bool)
            valid = valid and (keyword != "multipleOf" or value > 0)
        if not valid:
            raise self._error(pointer, f"invalid value {_json(value)} for {keyword}")
        limit = int(value) if keyword in _COUNT_BOUNDS else value
        return Check(
            keyword,
            path,
            python_literal(_BOUND_MESSAGES[keyword] + _json(limit)),
            limit_literal=python_literal(limit),
        )

    def _additional_properties(
        self, schema: dict[str, Any], value: Any, pointer: str, path: str
    ) -> list[Check]:
        function = "" if value is False else self.function_for(pointer)
        if value is not False and not function:
            return []
        properties = schema.get("properties", {})
        names = self._constant("nameset", list(properties) if isinstance(properties, dict) else [])
        patterns = schema.get("patternProperties", {})
        pattern_constants = tuple(
            self._pattern(
                child_pointer(child_pointer(pointer.rsplit("/", 1)[0], "patternProperties"), key),
                key,
            )
            for key in (patterns if isinstance(patterns, dict) else {})
        )
        message = "additional properties are not allowed: "
        return [
            Check(
                "additionalProperties",
                path,
                python_literal(message),
                constant=names,
                function=function,
                pattern_constants=pattern_constants,
            )
        ]

    def _items(self, schema: dict[str, Any], value: Any, pointer: str, path: str) -> list[Check]:
        prefix = schema.get("prefixItems", [])
        start = python_literal(len(prefix) if isinstance(prefix, list) else 0)
        if value is False:
            message = " has more items than the prefixItems allow"
            return [Check("items", path, python_literal(message), limit_literal=start)]
        function = self.function_for(pointer)
        return [Check("items", path, limit_literal=start, function=function)] if function else []


def _is_ignored(keyword: str) -> bool:
    return keyword in _IGNORED_KEYWORDS or keyword.startswith("x-")


def _combinator_message(keyword: str) -> str:
    messages = {
        "prefixItems": "",
        "allOf": "",
        "anyOf": " is not valid under any of the given schemas",
        "oneOf": " is not valid under exactly one of the given schemas",
    }
    return python_literal(messages[keyword])


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
