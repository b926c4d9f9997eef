"""Stage 3b: compile the spec's component schemas into the validator IR (``ir.ValidatorModule``).

In the spirit of fastjsonschema, each (sub)schema becomes one Python function, so ``$ref`` — including
recursive ``$ref`` — is a plain call; unlike it, the code is printed by templates from this IR, one
macro per keyword. Semantics are JSON Schema 2020-12 as implemented by ``jsonschema``: every keyword
applies independently, and every error is reported. A keyword this compiler does not implement is a
located error naming it, never silently ignored.

Speed without changing a verdict: where a subschema is a plain scalar test (``type``, ``enum``,
``const``, numeric bounds — or a ``$ref`` to, or an ``anyOf`` of, such), the compiler also derives
``FastAccept`` guards, printed inline before the call to its node. A guard accepts only values the
node accepts (exact classes, no ``bool`` for a number, bounds checked), and everything else goes to
the node, so error lists are the same with or without guards.
"""

from __future__ import annotations

import json
import math
import re
from collections import deque
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from generator import naming
from generator.errors import SpecError
from generator.ir import (
    Check,
    CheckBlock,
    Child,
    Constant,
    EntryPoint,
    FastAccept,
    SchemaNode,
    ValidatorModule,
    ValidatorSection,
)
from generator.literals import docstring_body, python_literal
from generator.loading import child_pointer, cycle_collection_paused
from generator.resolving import ResolvedDocument
from generator.schema_shapes import OPENAPI_30_EXCLUSIVE, is_openapi_30

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
#: Keywords of a schema that a ``FastAccept`` guard can decide on its own.
_GUARDED_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
_GUARDED_KEYWORDS = frozenset({"type", "enum", "const", *_GUARDED_BOUNDS})
#: Keyword → the JSON type of data it applies to (it passes any other); absent: it applies to all.
_SUBJECTS = {
    **dict.fromkeys(_NUMBER_BOUNDS, "number"),
    **dict.fromkeys(("minLength", "maxLength", "pattern"), "string"),
    **dict.fromkeys(("minItems", "maxItems", "prefixItems", "items", "uniqueItems"), "array"),
    **dict.fromkeys(
        (
            "minProperties",
            "maxProperties",
            "required",
            "properties",
            "patternProperties",
            "additionalProperties",
        ),
        "object",
    ),
}


def compile_validators(
    resolved: ResolvedDocument, only: Collection[str] | None = None
) -> ValidatorModule:
    """Compile every ``#/components/schemas`` entry; see :func:`compile_schemas` for the rules."""
    return compile_schemas(resolved, component_roots(resolved), only)


def component_roots(resolved: ResolvedDocument) -> dict[str, str]:
    """Component schema name → its JSON pointer, in spec order."""
    schemas = resolved.document.data.get("components", {}).get("schemas", {})
    if not isinstance(schemas, dict):
        raise resolved.document.error("/components/schemas", "expected a mapping of schemas")
    return {name: child_pointer("/components/schemas", name) for name in schemas}


def compile_schemas(
    resolved: ResolvedDocument, roots: dict[str, str], only: Collection[str] | None = None
) -> ValidatorModule:
    """Compile the schemas at ``roots`` (public name → JSON pointer) and everything they reach.

    Each root gets a section of its own (:class:`ValidatorSection`), compiled on its own: its
    functions and constants are named after the root, a ``$ref`` to another root calls that root's
    function, and anything else it reaches (a subschema inside another root included) is compiled
    into its own section. So a section depends only on the schemas its root reaches, and ``only``
    (names of ``roots``) can leave out the sections whose text a caller already has; the entry
    points are always complete.
    """
    stems = {name: naming.schema_function_stem(name) for name in roots}
    try:
        naming.check_unique(list(stems.items()), "the schemas")
    except naming.NameCollisionError as exc:
        raise resolved.document.error(roots[exc.second], str(exc)) from None
    openapi_30 = is_openapi_30(resolved.document.data)
    root_functions = {pointer: _function_name(stems[name], 0) for name, pointer in roots.items()}
    literals: dict[str, str] = {}  # shared: messages and property names recur in every section
    compilers = {
        name: _Compiler(resolved, roots[name], stems[name], root_functions, openapi_30, literals)
        for name in roots
    }
    entry_points = tuple(
        EntryPoint(
            schema_name_literal=python_literal(name),
            snake_name=stems[name],
            function=compilers[name].function_for(pointer),
        )
        for name, pointer in roots.items()
    )
    sections = {}
    with cycle_collection_paused():
        for name, compiler in compilers.items():
            if only is None or name in only:
                compiler.run()
                sections[name] = ValidatorSection(
                    constants=tuple(compiler.constants), nodes=tuple(compiler.nodes)
                )
    return ValidatorModule(sections=sections, entry_points=entry_points)


def _function_name(stem: str, index: int) -> str:
    """The node function ``index`` of the section ``stem``; its root's is the first (0)."""
    return f"_v_{stem}_{index}"


@dataclass
class _Compiler:
    """Compiles one section: the root it is named after (``stem``) and what that reaches."""

    resolved: ResolvedDocument
    #: The pointer of the section's root: the first schema it is asked for (its entry point).
    root: str
    #: The section's name part: ``_v_<stem>_<n>`` functions, ``_<KIND>_<stem>_<n>`` constants. The
    #: number comes last, so two sections' names differ whenever their stems do.
    stem: str
    #: Pointer of every root → its node function: a ``$ref`` to another root calls it.
    root_functions: dict[str, str]
    #: An OpenAPI 3.0 document: its numeric bounds are read as 3.0 spells them (see _keywords).
    openapi_30: bool = False
    #: Text → its literal, for the texts that recur (messages, property names): see ``_literal``.
    literals: dict[str, str] = field(default_factory=dict)
    functions: dict[str, str] = field(default_factory=dict)
    pending: deque[str] = field(default_factory=deque)
    nodes: list[SchemaNode] = field(default_factory=list)
    constants: list[Constant] = field(default_factory=list)
    constant_names: dict[tuple[str, str], str] = field(default_factory=dict)
    #: ``_fast_accept`` results by schema pointer (``None`` while one is being computed).
    guards: dict[str, tuple[FastAccept, ...] | None] = field(default_factory=dict)

    def function_for(self, pointer: str) -> str:
        """The node function for the schema at ``pointer`` ("" when it accepts everything)."""
        if pointer in self.functions:
            return self.functions[pointer]  # its schema was checked when it got the function
        if self._schema(pointer) is True or self._is_annotation_only(pointer):
            return ""
        if pointer != self.root and pointer in self.root_functions:
            return self.root_functions[pointer]  # another section compiles it
        self.functions[pointer] = _function_name(self.stem, len(self.functions))
        self.pending.append(pointer)
        return self.functions[pointer]

    def run(self) -> None:
        while self.pending:
            pointer = self.pending.popleft()
            self.nodes.append(
                SchemaNode(
                    function=self.functions[pointer],
                    pointer_doc=docstring_body(f"Validate against #{pointer}."),
                    blocks=_blocks(self._checks(pointer)),
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

    def _literal(self, text: str) -> str:
        """``python_literal(text)``, computed once per text: messages and property names recur
        in every schema of a big spec, and a literal is built character run by run."""
        literal = self.literals.get(text)
        if literal is None:
            literal = self.literals[text] = python_literal(text)
        return literal

    def _is_annotation_only(self, pointer: str) -> bool:
        schema = self._schema(pointer)
        return isinstance(schema, dict) and all(_is_ignored(key) for key in schema)

    def _constant(self, kind: str, value: Any) -> str:
        literal = python_literal(value)
        key = (kind, literal)
        if key not in self.constant_names:
            name = f"_{kind.upper()}_{self.stem}_{len(self.constant_names)}"
            self.constant_names[key] = name
            items = tuple(map(python_literal, value)) if isinstance(value, (list, tuple)) else ()
            self.constants.append(
                Constant(name=name, kind=kind, value_literal=literal, item_literals=items)
            )
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
                key_literal=self._literal(key) if isinstance(key, str) else python_literal(key),
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
        for keyword, value, written_as in self._keywords(schema):
            if _is_ignored(keyword) or (keyword == "$id" and pointer == ""):
                continue
            keyword_pointer = child_pointer(pointer, written_as)
            path = python_literal(keyword_pointer)
            checks.extend(self._keyword(schema, keyword, value, keyword_pointer, path))
        return checks

    def _keywords(self, schema: dict[str, Any]) -> list[tuple[str, Any, str]]:
        """(keyword, value, the key it is written under) of ``schema``, as Draft 2020-12 reads them.

        The same as the schema's own items, except in an OpenAPI 3.0 document, where
        ``exclusiveMinimum``/``exclusiveMaximum`` are booleans that qualify ``minimum``/``maximum``
        (JSON Schema draft 5): ``minimum: 0, exclusiveMinimum: true`` reads as 2020-12's
        ``exclusiveMinimum: 0`` (written under ``minimum``), and a false flag, or a flag without
        its bound, adds nothing. A flag that is no boolean is left for the exporter to refuse.
        """
        items = [(keyword, value, keyword) for keyword, value in schema.items()]
        if not self.openapi_30:
            return items
        flags = {
            bound: schema.get(flag)
            for bound, flag in OPENAPI_30_EXCLUSIVE.items()
            if isinstance(schema.get(flag), bool)
        }
        if not flags:
            return items
        return [
            (OPENAPI_30_EXCLUSIVE[keyword] if flags.get(keyword) is True else keyword, value, at)
            for keyword, value, at in items
            if not (keyword in OPENAPI_30_EXCLUSIVE.values() and isinstance(value, bool))
        ]

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
                Check(keyword, path, self._literal(tail), constant=self._constant("frozen", values))
            ]
        if keyword in _NUMBER_BOUNDS or keyword in _COUNT_BOUNDS:
            return [self._bound(keyword, value, pointer, path)]
        if keyword == "pattern":
            tail = f" does not match {_json(value)}"
            return [
                Check(keyword, path, self._literal(tail), constant=self._pattern(pointer, value))
            ]
        if keyword == "required":
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                raise self._error(pointer, "required must be an array of strings")
            names = self._constant("names", tuple(dict.fromkeys(value)))
            return [Check(keyword, path, self._literal(" is a required property"), constant=names)]
        if keyword == "uniqueItems":
            if not isinstance(value, bool):
                raise self._error(pointer, "uniqueItems must be a boolean")
            return (
                [Check(keyword, path, self._literal(" has non-unique elements"))] if value else []
            )
        if keyword in ("properties", "patternProperties"):
            children = self._subschemas(pointer, value, mapping=True)
            if not any(child.function for child in children):
                return []  # every property accepts everything
            if keyword == "properties":
                guarded = tuple(
                    Child(child.function, child.key_literal, self._guards(child, pointer, key))
                    for child, key in zip(children, value)
                )
                return [Check(keyword, path, children=guarded)]
            # For patternProperties, each child's key is the compiled pattern's constant name.
            patterned = tuple(
                Child(child.function, self._pattern(child_pointer(pointer, key), key))
                for child, key in zip(children, value)
            )
            return [Check(keyword, path, children=patterned)]
        if keyword == "additionalProperties":
            return self._additional_properties(schema, value, pointer, path)
        if keyword in ("prefixItems", "allOf", "anyOf", "oneOf"):
            children = self._subschemas(pointer, value)
            if keyword in ("prefixItems", "allOf") and not any(c.function for c in children):
                return []  # every subschema accepts everything
            guards: tuple[FastAccept, ...] = ()
            if keyword == "anyOf" and all(child.function for child in children):
                guards = self._any_of_fast_accept(pointer)
            message = _combinator_message(keyword)
            return [Check(keyword, path, message, children=children, fast_accept=guards)]
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
        return Check("type", path, self._literal(tail), type_names=tuple(dict.fromkeys(types)))

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
            # Named as the spec writes it: a 3.0 exclusive bound is written as minimum/maximum.
            written_as = pointer.rsplit("/", 1)[-1]
            raise self._error(pointer, f"invalid value {_json(value)} for {written_as}")
        limit = int(value) if keyword in _COUNT_BOUNDS else value
        return Check(
            keyword,
            path,
            self._literal(_BOUND_MESSAGES[keyword] + _json(limit)),
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
                self._literal(message),
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
        if not function:
            return []
        guards = self._fast_accept(pointer)
        return [Check("items", path, limit_literal=start, function=function, fast_accept=guards)]

    # --- fast-accept guards ----------------------------------------------------------------------

    def _guards(self, child: Child, pointer: str, key: str | int) -> tuple[FastAccept, ...]:
        """The guards of a child that is called at all (no constants for the others)."""
        return self._fast_accept(child_pointer(pointer, key)) if child.function else ()

    def _fast_accept(self, pointer: str) -> tuple[FastAccept, ...]:
        """Guards accepting part of what the schema at ``pointer`` accepts (``()``: none).

        Only a subset is ever claimed, so a schema this does not understand (or a malformed one:
        its node reports that when compiled) simply gets no guard, and so does a ``$ref`` cycle
        (cut where it closes). Results are cached: any of them is sound, a cut one included.
        """
        if pointer in self.guards:
            return self.guards[pointer] or ()
        self.guards[pointer] = None
        schema = self.resolved.node_at(pointer)
        keywords: set[str] = set()
        if isinstance(schema, dict):
            if self.openapi_30:  # as 2020-12 reads it (see _keywords); other documents already are
                schema = {keyword: value for keyword, value, _ in self._keywords(schema)}
            keywords = {key for key in schema if not _is_ignored(key)}
        guards: tuple[FastAccept, ...] = ()
        if keywords == {"$ref"}:
            target = self.resolved.direct_targets.get(pointer)
            guards = self._fast_accept(target) if target is not None else ()
        elif keywords == {"anyOf"}:
            guards = self._any_of_fast_accept(child_pointer(pointer, "anyOf"))
        elif keywords and keywords <= _GUARDED_KEYWORDS and not {"enum", "const"} <= keywords:
            guards = self._scalar_fast_accept(schema)
        self.guards[pointer] = guards
        return guards

    def _any_of_fast_accept(self, pointer: str) -> tuple[FastAccept, ...]:
        """Guards of an ``anyOf`` (at ``pointer``): passing any branch's guard passes the keyword."""
        branches = self.resolved.node_at(pointer)
        if not isinstance(branches, list):
            return ()
        guards = (
            guard
            for index in range(len(branches))
            for guard in self._fast_accept(child_pointer(pointer, index))
        )
        return tuple(dict.fromkeys(guards))

    def _scalar_fast_accept(self, schema: dict[str, Any]) -> tuple[FastAccept, ...]:
        """Guards of a schema of ``type``, ``enum`` or ``const`` and numeric bounds only."""
        types: Any = schema.get("type", list(_JSON_TYPES))
        types = [types] if isinstance(types, str) else types
        if not isinstance(types, list) or not all(name in _JSON_TYPES for name in types):
            return ()
        if "type" in schema and schema.get("nullable") is True:
            types = [*types, "null"]  # as in _type
        values: Any = [schema["const"]] if "const" in schema else schema.get("enum")
        bounds = {key: schema[key] for key in _GUARDED_BOUNDS if key in schema}
        if not isinstance(values, (list, type(None))) or not all(
            isinstance(limit, (int, float)) and not isinstance(limit, bool)
            for limit in bounds.values()
        ):
            return ()
        guards: list[FastAccept] = []
        for name in dict.fromkeys(types):
            if name == "string":
                guards.extend(self._member_guard("string", str, values))
            elif name == "boolean":
                guards.extend(
                    FastAccept(kind)
                    for flag, kind in ((True, "true"), (False, "false"))
                    if values is None or any(value is flag for value in values)
                )
            elif name in ("integer", "number") and not (name == "integer" and "number" in types):
                if values is None:
                    guards.append(_bounded(name, bounds))
                else:
                    members = [value for value in values if _within(value, bounds)]
                    guards.extend(self._member_guard("integer", int, members))
        if "null" in types and (values is None or any(value is None for value in values)):
            guards.append(FastAccept("null"))
        return tuple(guards)

    def _member_guard(self, kind: str, cls: type, values: Any) -> list[FastAccept]:
        """A guard for the values of exactly class ``cls`` (any, when ``values`` is None)."""
        if values is None:
            return [FastAccept(kind)]
        members = list(dict.fromkeys(value for value in values if type(value) is cls))
        constant = self._constant(f"{kind}s", members) if members else ""
        return [FastAccept(kind, constant=constant)] if constant else []


def _blocks(checks: list[Check]) -> tuple[CheckBlock, ...]:
    """``checks`` in order, consecutive ones of the same subject (see ``_SUBJECTS``) in one block."""
    blocks: list[CheckBlock] = []
    for check in checks:
        subject = _SUBJECTS.get(check.keyword, "")
        if blocks and blocks[-1].subject == subject:
            blocks[-1] = CheckBlock(subject, (*blocks[-1].checks, check))
        else:
            blocks.append(CheckBlock(subject, (check,)))
    return tuple(blocks)


def _bounded(kind: str, bounds: dict[str, Any]) -> FastAccept:
    """An ``integer`` or ``number`` guard with the tightest lower and upper bound of ``bounds``."""
    lower, lower_inclusive = _tightest(bounds, "minimum", "exclusiveMinimum", 1)
    upper, upper_inclusive = _tightest(bounds, "maximum", "exclusiveMaximum", -1)
    return FastAccept(
        kind,
        lower_literal="" if lower is None else python_literal(lower),
        lower_inclusive=lower_inclusive,
        upper_literal="" if upper is None else python_literal(upper),
        upper_inclusive=upper_inclusive,
    )


def _tightest(
    bounds: dict[str, Any], inclusive: str, exclusive: str, sign: int
) -> tuple[float | None, bool]:
    """The bound (and whether it is inclusive) that implies the other; ``sign`` 1 for lower bounds.

    A NaN bound is left out: every comparison with it is false, so the node never reports it.
    """
    candidates = [
        (bounds[key], key == inclusive)
        for key in (inclusive, exclusive)
        if key in bounds and not (isinstance(bounds[key], float) and math.isnan(bounds[key]))
    ]
    if not candidates:
        return None, True
    # Tighter: further in the bound's direction; at a tie, the exclusive one.
    return max(candidates, key=lambda item: (sign * item[0], not item[1]))


def _within(value: Any, bounds: dict[str, Any]) -> bool:
    """Whether ``value`` is a Python int (not a bool) that no numeric bound rejects at run time."""
    if type(value) is not int:
        return False
    rejected = {
        "minimum": lambda limit: value < limit,
        "maximum": lambda limit: value > limit,
        "exclusiveMinimum": lambda limit: value <= limit,
        "exclusiveMaximum": lambda limit: value >= limit,
    }
    return not any(rejected[key](limit) for key, limit in bounds.items())


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
