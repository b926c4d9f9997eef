"""Export every component schema as a standalone JSON Schema (Draft 2020-12) document.

Consumers that never see the OpenAPI document (other languages' validators, form builders, data
pipelines) need one self-contained file per schema. Each export therefore carries its own ``$schema``
and ``$id`` and a ``$defs`` holding exactly the components it reaches, with every
``#/components/schemas/X`` reference rewritten to ``#/$defs/X``. The rule throughout: **an export
accepts exactly the values the spec accepts**; whatever cannot be carried over faithfully is a
located :class:`~generator.errors.SpecError`, never a silent approximation.

Decisions, each chosen so that validation is unchanged:

* **Self and mutual references.** Every component is rewritten once, the same way wherever it
  appears, and ``$defs`` is the set of components reachable through at least one ``$ref``. A
  component on a reference cycle (``TreeNode`` → ``TreeNode``, ``Ping`` → ``Pong`` → ``Ping``)
  therefore appears in its own ``$defs`` and its self-references read ``#/$defs/<Self>``: the root
  duplicates that entry's keywords, in exchange for a ``$defs`` entry that is byte-identical in every
  export and references that never mean different things in different files (``#`` would). A schema
  without references has no ``$defs`` at all. ``$defs`` follows the spec's component order.
* **Keywords kept.** Only Draft 2020-12 keywords (applicators, validation, format, content, meta-data
  — ``description``, ``default``, ``examples``, ``title``, ``readOnly``, ``writeOnly``, ``deprecated``
  — and ``$comment``) are copied. Everything else is dropped: the OpenAPI vocabulary (``example``,
  ``xml``, ``externalDocs``, ``discriminator``), ``x-`` extensions, and unknown keywords. A JSON
  Schema validator ignores all of them, so dropping cannot change validation, while keeping them would
  make strict validators (Ajv's default strict mode) refuse the schema. The data inside ``default``,
  ``examples``, ``enum`` and ``const`` is copied verbatim: an object there is a value, not a schema.
* **Keywords refused.** ``$id``, ``$anchor``, ``$dynamicAnchor`` and ``$dynamicRef`` change what a
  reference means (resolving treats every ``$ref`` as a pointer into the spec file) and ``$schema``
  may only name the 2020-12 or OpenAPI 3.1 dialect. A component's own ``$defs``/``definitions`` are
  dropped: no accepted reference can reach into them (see below).
* **References.** Only ``#/components/schemas/<name>`` is accepted; a reference into the middle of a
  component, or to another part of the spec, is an error at that ``$ref``.
* **OpenAPI 3.0 documents** are translated to the 2020-12 meaning: only the 3.0 Schema Object's
  keywords are kept (``const``, ``prefixItems``, … are not keywords in 3.0 and are ignored there);
  siblings of ``$ref`` are dropped because 3.0 ignores them; boolean ``exclusiveMinimum`` /
  ``exclusiveMaximum`` become the numeric form; ``nullable: true`` adds ``"null"`` to an explicit
  ``type`` and is dropped otherwise. As OpenAPI 3.0.3 specifies ("other Schema Object constraints
  retain their defined behavior"), an ``enum`` is *not* extended: a nullable enum accepts null only
  if it lists null, which is also how ``generator.building`` types it. ``nullable`` is not a 3.1
  keyword, but a 3.1 spec that says ``nullable: true`` (often a leftover of a conversion from 3.0)
  means it, and the models and validators honor it: so the export does too, as in 3.0.
* **Safety net.** Each rewritten component is checked against the 2020-12 meta-schema, so a spec
  with, say, a 3.1 boolean ``exclusiveMinimum`` or a malformed ``pattern`` fails at its line instead
  of producing a schema file that validators reject; non-finite numbers (YAML ``.inf``) are refused
  because JSON cannot spell them. (Plain type tests pass what is surely valid; jsonschema judges,
  and words the error for, everything else.)

The export is pure (no I/O) and never mutates or shares the loaded data: every output is a fresh tree.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote

from generator.errors import SpecError
from generator.loading import (
    child_pointer,
    cycle_collection_paused,
    deep_recursion,
    escape_pointer_token,
    nesting_guard,
    unescape_pointer_token,
)
from generator.resolving import ResolvedDocument
from generator.schema_shapes import OPENAPI_30_EXCLUSIVE, is_openapi_30

#: The dialect every export declares.
DIALECT = "https://json-schema.org/draft/2020-12/schema"
#: Base of every export's ``$id``; ``.invalid`` (RFC 2606) so that no tool ever tries to fetch it.
ID_BASE = "https://sms-codegen.invalid/schemas/"

_SCHEMAS_POINTER = "/components/schemas"
#: The dialects a 3.1 spec may declare (``jsonSchemaDialect``, ``$schema``) with 2020-12 semantics.
_OAS_DIALECT_PREFIX = "https://spec.openapis.org/oas/3.1/dialect/"
#: Characters a URI fragment may hold unescaped besides letters, digits and ``-._~`` (RFC 3986).
_FRAGMENT_SAFE = "!$&'()*+,;=:@/?"

# --- keyword tables ---------------------------------------------------------------------------

#: Keywords whose value is one subschema.
_SCHEMA_KEYWORDS = frozenset(
    {
        "additionalProperties",
        "contains",
        "contentSchema",
        "else",
        "if",
        "items",
        "not",
        "propertyNames",
        "then",
        "unevaluatedItems",
        "unevaluatedProperties",
    }
)
#: Keywords whose value is a list of subschemas.
_SCHEMA_LIST_KEYWORDS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
#: Keywords whose value maps names (or patterns) to subschemas.
_SCHEMA_MAP_KEYWORDS = frozenset({"dependentSchemas", "patternProperties", "properties"})
#: Keywords whose value is data, copied verbatim.
_VALUE_KEYWORDS = frozenset(
    {
        "$comment",
        "const",
        "contentEncoding",
        "contentMediaType",
        "default",
        "dependentRequired",
        "deprecated",
        "description",
        "enum",
        "examples",
        "exclusiveMaximum",
        "exclusiveMinimum",
        "format",
        "maxContains",
        "maxItems",
        "maxLength",
        "maxProperties",
        "maximum",
        "minContains",
        "minItems",
        "minLength",
        "minProperties",
        "minimum",
        "multipleOf",
        "pattern",
        "readOnly",
        "required",
        "title",
        "type",
        "uniqueItems",
        "writeOnly",
    }
)
#: Keywords that would make ``#/$defs/X`` (or any rewritten reference) mean something else.
_REFUSED_KEYWORDS = ("$id", "$anchor", "$dynamicAnchor", "$dynamicRef")
#: The OpenAPI 3.0 Schema Object's JSON Schema keywords (``nullable`` is translated separately).
_OPENAPI_30_KEYWORDS = frozenset(
    {
        "additionalProperties",
        "allOf",
        "anyOf",
        "default",
        "deprecated",
        "description",
        "enum",
        "exclusiveMaximum",
        "exclusiveMinimum",
        "format",
        "items",
        "maxItems",
        "maxLength",
        "maxProperties",
        "maximum",
        "minItems",
        "minLength",
        "minProperties",
        "minimum",
        "multipleOf",
        "not",
        "oneOf",
        "pattern",
        "properties",
        "readOnly",
        "required",
        "title",
        "type",
        "uniqueItems",
        "writeOnly",
    }
)


def export_schemas(
    resolved: ResolvedDocument, only: Collection[str] | None = None
) -> dict[str, dict[str, Any]]:
    """One standalone Draft 2020-12 document per ``#/components/schemas`` entry, in spec order.

    With ``only``, just the documents of those components (a caller has the others' text, see
    ``generator.incremental``); only the schemas they reach are rewritten and checked.
    """
    with nesting_guard(resolved.document), cycle_collection_paused():
        return _Exporter(resolved).export(only)


def schema_json_text(document: dict[str, Any]) -> str:
    """The exact text of an exported schema file.

    Deterministic so that regenerating is a no-op: keys keep the order they were built in (the spec's),
    two-space indentation, UTF-8 characters unescaped (the files are UTF-8), one trailing newline.
    ``allow_nan=False`` because ``NaN``/``Infinity`` are not JSON (the exporter already refuses them).
    """
    with deep_recursion():  # as deep as the export itself, which has been built by now
        return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def schema_id(name: str) -> str:
    """The ``$id`` of the export of component ``name`` (percent-encoded: any name is a valid URI)."""
    return f"{ID_BASE}{quote(name, safe='')}.json"


def defs_reference(name: str) -> str:
    """The ``$ref`` that points at component ``name`` inside an export's ``$defs``."""
    return "#/$defs/" + quote(escape_pointer_token(name), safe=_FRAGMENT_SAFE)


@dataclass
class _Exporter:
    resolved: ResolvedDocument
    #: Whether the spec is OpenAPI 3.0 (translate its dialect) rather than 3.1 (2020-12 already).
    openapi_30: bool = False
    #: The spec's ``#/components/schemas``.
    schemas: dict[str, Any] = field(default_factory=dict)
    #: Component name → its rewritten schema, in spec order.
    rewritten: dict[str, Any] = field(default_factory=dict)
    #: Component name → the components its ``$ref``s name directly, in order of first appearance.
    references: dict[str, list[str]] = field(default_factory=dict)
    #: Component name → its position in the spec (the order of every ``$defs``).
    positions: dict[str, int] = field(default_factory=dict)

    def export(self, only: Collection[str] | None = None) -> dict[str, dict[str, Any]]:
        root = self._mapping(self.resolved.document.data, "")
        self.openapi_30 = self._is_openapi_30(root)
        components = self._mapping(root.get("components", {}), "/components")
        self.schemas = self._mapping(components.get("schemas", {}), _SCHEMAS_POINTER)
        self.positions = {name: position for position, name in enumerate(self.schemas)}
        names = [name for name in self.schemas if only is None or name in only]
        for name in names:  # in spec order, so that the first error reported is the first one
            self._rewrite(name)
        return {name: self._document(name) for name in names}

    def _rewrite(self, name: str) -> Any:
        """Component ``name`` rewritten for export (once), its references noted."""
        if name not in self.rewritten:
            pointer = child_pointer(_SCHEMAS_POINTER, name)
            found: list[str] = []
            self.rewritten[name] = self._schema(self.schemas[name], pointer, found)
            self.references[name] = list(dict.fromkeys(found))
            if not _surely_meta_valid(self.rewritten[name]):
                self._check_meta_schema(_meta_schema_checkers(), self.rewritten[name], pointer)
        return self.rewritten[name]

    # --- documents -----------------------------------------------------------------------------

    def _document(self, name: str) -> dict[str, Any]:
        document: dict[str, Any] = {"$schema": DIALECT, "$id": schema_id(name)}
        # The rewritten tree is fresh and this is its only uncopied use; each $defs entry is a copy.
        schema = self.rewritten[name]
        if schema is False:
            document["not"] = {}
        elif schema is not True:
            document.update(schema)
        reachable = self._reachable(name)
        if reachable:
            document["$defs"] = {
                other: _fresh_copy(self.rewritten[other])  # rewritten by _reachable
                for other in sorted(reachable, key=self.positions.__getitem__)
            }
        return document

    def _reachable(self, name: str) -> set[str]:
        """Components reached from ``name`` through one or more ``$ref`` (``name`` iff recursive)."""
        reached: set[str] = set()
        pending = list(self.references[name])
        while pending:
            current = pending.pop()
            if current not in reached:
                reached.add(current)
                self._rewrite(current)
                pending.extend(self.references[current])
        return reached

    # --- schemas -------------------------------------------------------------------------------

    def _schema(self, node: Any, pointer: str, found: list[str]) -> Any:
        """``node`` rewritten for export; the component names its ``$ref``s reach go to ``found``."""
        if isinstance(node, bool):
            return node
        schema = self._mapping(node, pointer, "a schema (a mapping or a boolean)")
        if self.openapi_30 and "$ref" in schema:
            # OpenAPI 3.0: "any sibling elements of a $ref are ignored".
            return {"$ref": self._reference(schema["$ref"], child_pointer(pointer, "$ref"), found)}
        rewritten: dict[str, Any] = {}
        for keyword, value in schema.items():
            if self.openapi_30 and self._openapi_30_keyword(schema, keyword, rewritten, pointer):
                continue
            if keyword == "type":
                rewritten[keyword] = self._nullable_type(schema, pointer)
            elif keyword in _VALUE_KEYWORDS:
                rewritten[keyword] = self._value(value, pointer, keyword)
            elif keyword == "$ref":
                rewritten[keyword] = self._reference(value, child_pointer(pointer, "$ref"), found)
            elif keyword in _REFUSED_KEYWORDS:
                raise self._error(
                    child_pointer(pointer, keyword),
                    f"{keyword} is not supported in an exported schema: every reference is resolved"
                    " as a JSON pointer into the spec, which this keyword would change",
                )
            elif keyword == "$schema":
                self._check_dialect(value, child_pointer(pointer, keyword))
            elif keyword in _SCHEMA_KEYWORDS:
                rewritten[keyword] = self._schema(value, child_pointer(pointer, keyword), found)
            elif keyword in _SCHEMA_LIST_KEYWORDS:
                keyword_pointer = child_pointer(pointer, keyword)
                if not isinstance(value, list):
                    raise self._error(keyword_pointer, f"{keyword} must be a list of schemas")
                rewritten[keyword] = [
                    self._schema(item, child_pointer(keyword_pointer, index), found)
                    for index, item in enumerate(value)
                ]
            elif keyword in _SCHEMA_MAP_KEYWORDS:
                keyword_pointer = child_pointer(pointer, keyword)
                members = self._mapping(value, keyword_pointer, "a mapping of schemas")
                rewritten[keyword] = {
                    key: self._schema(member, child_pointer(keyword_pointer, key), found)
                    for key, member in members.items()
                }
            # Anything else (OpenAPI-only, x- extensions, unknown) has no validation meaning.
        return rewritten

    def _openapi_30_keyword(
        self, schema: dict[str, Any], keyword: str, rewritten: dict[str, Any], pointer: str
    ) -> bool:
        """Translate one keyword of a 3.0 schema into ``rewritten``; False if 2020-12 reads it alike."""
        value = schema[keyword]
        if keyword not in _OPENAPI_30_KEYWORDS:
            # Not a keyword in 3.0, so 3.0 ignores it; only ``nullable`` means something (``type``).
            if keyword == "nullable" and not isinstance(value, bool):
                raise self._error(child_pointer(pointer, keyword), "nullable must be true or false")
        elif keyword in OPENAPI_30_EXCLUSIVE.values():
            # A boolean flag in 3.0, folded into the bound it qualifies (below).
            if not isinstance(value, bool):
                raise self._error(
                    child_pointer(pointer, keyword),
                    f"in OpenAPI 3.0, {keyword} must be true or false",
                )
        elif keyword in OPENAPI_30_EXCLUSIVE:
            exclusive = OPENAPI_30_EXCLUSIVE[keyword]
            as_keyword = exclusive if schema.get(exclusive) is True else keyword
            rewritten[as_keyword] = self._value(value, pointer, keyword)
        else:
            return False
        return True

    def _nullable_type(self, schema: dict[str, Any], pointer: str) -> Any:
        """``type`` with ``"null"`` added when the schema says ``nullable: true``."""
        types = self._value(schema["type"], pointer, "type")
        if schema.get("nullable") is not True:
            return types
        types = types if isinstance(types, list) else [types]
        return types if "null" in types else [*types, "null"]

    def _reference(self, ref: Any, pointer: str, found: list[str]) -> str:
        """The ``#/$defs/<name>`` form of a ``$ref`` to ``#/components/schemas/<name>``."""
        prefix = f"#{_SCHEMAS_POINTER}/"
        target = unquote(ref) if isinstance(ref, str) else ""
        token = target.removeprefix(prefix)
        name = unescape_pointer_token(token)
        if not target.startswith(prefix) or "/" in token or name not in self.schemas:
            raise self._error(
                pointer,
                f"$ref {ref!r} cannot be exported: a standalone JSON Schema can only refer to a"
                " whole component, '#/components/schemas/<name>'",
            )
        found.append(name)
        return defs_reference(name)

    def _value(self, value: Any, parent: str, token: str | int) -> Any:
        """A deep copy of keyword data (member ``token`` of ``parent``), refusing numbers that JSON
        cannot write. Its pointer is built only when needed: most keyword data is one scalar."""
        if isinstance(value, float) and not math.isfinite(value):
            raise self._error(child_pointer(parent, token), f"{value} is not a JSON number")
        if isinstance(value, dict):
            pointer = child_pointer(parent, token)
            return {key: self._value(item, pointer, key) for key, item in value.items()}
        if isinstance(value, list):
            pointer = child_pointer(parent, token)
            return [self._value(item, pointer, index) for index, item in enumerate(value)]
        return value

    # --- checks --------------------------------------------------------------------------------

    def _is_openapi_30(self, root: dict[str, Any]) -> bool:
        version = root.get("openapi")
        if not isinstance(version, str) or not re.fullmatch(r"3\.[01]\.\d+", version):
            raise self._error(
                "/openapi", f"unsupported OpenAPI version {version!r}: use 3.0.x or 3.1.x"
            )
        if "jsonSchemaDialect" in root:
            self._check_dialect(root["jsonSchemaDialect"], "/jsonSchemaDialect")
        return is_openapi_30(root)

    def _check_dialect(self, dialect: Any, pointer: str) -> None:
        if dialect != DIALECT and not (
            isinstance(dialect, str) and dialect.startswith(_OAS_DIALECT_PREFIX)
        ):
            raise self._error(
                pointer,
                f"dialect {dialect!r} is not supported: the exported schemas are JSON Schema"
                f" 2020-12 ({DIALECT}) or the OpenAPI 3.1 dialect built on it",
            )

    def _check_meta_schema(self, checker: tuple[Any, Any], schema: Any, pointer: str) -> None:
        """Refuse, at its location, a schema that would not be valid JSON Schema 2020-12.

        ``checker`` is (fast, exact): the fast one decides, the exact one (the official
        meta-schema) explains, so messages never depend on the fast one.
        """
        from jsonschema.exceptions import (  # type: ignore[import-untyped, unused-ignore]
            best_match,
        )

        fast, exact = checker
        if fast.is_valid(schema):
            return
        error = best_match(exact.iter_errors(schema))
        if error is not None:
            location = pointer
            for token in error.absolute_path:
                location = child_pointer(location, token)
            raise self._error(
                location, f"not valid JSON Schema 2020-12, cannot be exported: {error.message}"
            )

    # --- errors and shapes ---------------------------------------------------------------------

    def _error(self, pointer: str, message: str) -> SpecError:
        return self.resolved.document.error(pointer, message)

    def _mapping(self, node: Any, pointer: str, expected: str = "a mapping") -> dict[str, Any]:
        if not isinstance(node, dict):
            raise self._error(pointer, f"expected {expected}, found {_json_type(node)}")
        return node


def _fresh_copy(node: Any) -> Any:
    """A copy of rewritten ``node`` sharing no dict or list with it: what ``copy.deepcopy`` gives
    for such a tree (JSON values, no container reached twice), without its bookkeeping."""
    if type(node) is dict:
        return {key: _fresh_copy(value) for key, value in node.items()}
    if type(node) is list:
        return [_fresh_copy(item) for item in node]
    return node


# --- the meta-schema check, fast path -----------------------------------------------------------

#: Subschema nesting past which :func:`_surely_meta_valid` leaves the verdict to jsonschema: its
#: validators recurse (up to eight frames a level), so that a schema deep enough to exhaust the
#: recursion limit there still fails as "nested too deeply", exactly as it always has.
_SURE_DEPTH = 100
_SIMPLE_TYPES = frozenset({"array", "boolean", "integer", "null", "number", "object", "string"})


def _compiles(pattern: str) -> bool:
    """The ``regex`` format as jsonschema checks it (``re.compile``); False also when unsure."""
    try:
        re.compile(pattern)
    except Exception:  # noqa: BLE001 - jsonschema meets it again, and handles it as it always has
        return False
    return True


def _is_non_negative_integer(value: Any) -> bool:
    # jsonschema's "integer" includes floats with an integral value, such as 2.0.
    if type(value) is float:
        return value.is_integer() and value >= 0
    return type(value) is int and value >= 0


def _is_string_array(value: Any) -> bool:
    """The meta-schema's ``stringArray``: strings, each once."""
    return (
        type(value) is list
        and all(type(item) is str for item in value)
        and len(set(value)) == len(value)
    )


def _is_type(value: Any) -> bool:
    if type(value) is str:
        return value in _SIMPLE_TYPES
    return bool(value) and _is_string_array(value) and _SIMPLE_TYPES.issuperset(value)


#: Value keyword → whether a value is surely valid for it in the 2020-12 meta-schema. Each test
#: accepts a subset of what the meta-schema accepts (exact ``str``/``int``/``float``/``bool``/
#: ``list`` classes: the loader makes no others); what it refuses goes to jsonschema to judge.
_VALUE_RULES: dict[str, Callable[[Any], bool]] = {
    **dict.fromkeys(
        ("$comment", "contentEncoding", "contentMediaType", "description", "format", "title"),
        lambda value: type(value) is str,
    ),
    **dict.fromkeys(("const", "default"), lambda value: True),
    **dict.fromkeys(("enum", "examples"), lambda value: type(value) is list),
    **dict.fromkeys(
        ("deprecated", "readOnly", "uniqueItems", "writeOnly"), lambda value: type(value) is bool
    ),
    **dict.fromkeys(
        ("exclusiveMaximum", "exclusiveMinimum", "maximum", "minimum"),
        lambda value: type(value) in (int, float),
    ),
    **dict.fromkeys(
        (
            "maxContains",
            "maxItems",
            "maxLength",
            "maxProperties",
            "minContains",
            "minItems",
            "minLength",
            "minProperties",
        ),
        _is_non_negative_integer,
    ),
    "multipleOf": lambda value: type(value) in (int, float) and value > 0,
    "pattern": lambda value: type(value) is str and _compiles(value),
    "required": _is_string_array,
    "dependentRequired": lambda value: type(value) is dict
    and all(map(_is_string_array, value.values())),
    "type": _is_type,
    # Every rewritten $ref is made by defs_reference: "#/$defs/" and a percent-encoded name, a
    # valid URI reference (RFC 3986) whatever checker jsonschema has for "uri-reference".
    "$ref": lambda value: type(value) is str,
}


def _surely_meta_valid(schema: Any) -> bool:
    """True only if rewritten ``schema`` is valid against the 2020-12 meta-schema; False when it
    is not, or may not be, valid: then jsonschema decides (and explains), as it did for every
    schema before this fast path.

    The official meta-schema (even flattened, see ``_flat_meta_schema``) was most of the export
    time of a big spec; this walks a schema once with plain type tests. It knows only the keywords
    a rewritten schema can hold (see ``_schema``), each with the meta-schema's rule for it, and the
    ``regex`` format through the same ``re.compile`` that jsonschema uses; anything else is left
    to jsonschema. Checked against jsonschema in tests/stages/test_fast_paths.py.
    """
    pending: list[tuple[Any, int]] = [(schema, 0)]
    while pending:
        node, depth = pending.pop()
        if type(node) is bool:
            continue
        if type(node) is not dict or depth >= _SURE_DEPTH:
            return False
        depth += 1
        for keyword, value in node.items():
            if keyword in _SCHEMA_KEYWORDS:
                pending.append((value, depth))
            elif keyword in _SCHEMA_LIST_KEYWORDS:
                if type(value) is not list or not value:
                    return False
                pending.extend((item, depth) for item in value)
            elif keyword in _SCHEMA_MAP_KEYWORDS:
                if type(value) is not dict:
                    return False
                if keyword == "patternProperties" and not all(map(_compiles, value)):
                    return False
                pending.extend((member, depth) for member in value.values())
            else:
                rule = _VALUE_RULES.get(keyword)
                if rule is None or not rule(value):
                    return False
    return True


_META_SCHEMA_BASE = "https://json-schema.org/draft/2020-12/meta/"
_VOCABULARIES = (
    "core",
    "applicator",
    "unevaluated",
    "validation",
    "meta-data",
    "format-annotation",
    "content",
)


@functools.cache
def _meta_schema_checkers() -> tuple[Any, Any]:
    """(fast, exact) validators of the Draft 2020-12 meta-schema (see ``_flat_meta_schema``).

    jsonschema is imported here, not with this module: most runs never need it (see
    :func:`_surely_meta_valid`), and importing it is a good part of a small spec's run.
    """
    from jsonschema import Draft202012Validator  # type: ignore[import-untyped, unused-ignore]

    format_checker = Draft202012Validator.FORMAT_CHECKER
    exact = Draft202012Validator(Draft202012Validator.META_SCHEMA, format_checker=format_checker)
    try:
        flat = _flat_meta_schema()
    except (ImportError, LookupError, ValueError):
        return exact, exact  # another jsonschema layout: correct, only slower
    return Draft202012Validator(flat, format_checker=format_checker), exact


def _flat_meta_schema() -> dict[str, Any]:
    """The 2020-12 meta-schema as one schema, validating exactly what the official one does.

    The official meta-schema is an ``allOf`` of seven vocabulary meta-schemas that refer to
    subschemas through ``$dynamicRef: "#meta"``, which ``jsonschema`` resolves through the dynamic
    scope on every use: most of the export time of a big spec. The vocabularies declare disjoint
    properties and ``$defs``, and ``#meta`` resolves to the whole meta-schema, so merging them
    into one schema whose ``$dynamicRef``s become ``$ref: "#"`` changes nothing but the speed
    (five times faster). A clash would make the merge unsound: it raises and the caller falls back.
    """
    from jsonschema import Draft202012Validator  # type: ignore[import-untyped, unused-ignore]
    from jsonschema_specifications import (  # type: ignore[import-untyped, unused-ignore]
        REGISTRY,  # jsonschema's own meta-schema store
    )

    flat: dict[str, Any] = {"type": ["object", "boolean"], "properties": {}, "$defs": {}}
    parts = [REGISTRY.contents(_META_SCHEMA_BASE + name) for name in _VOCABULARIES]
    for part in [*parts, Draft202012Validator.META_SCHEMA]:
        for section in ("properties", "$defs"):
            for key, value in part.get(section, {}).items():
                if key in flat[section]:
                    raise ValueError(f"meta-schema vocabularies both define {section}/{key}")
                flat[section][key] = _static_meta_references(value)
    return flat


_VOCABULARY_REFERENCE = re.compile(r"meta/[a-z-]+(#/\$defs/.*)")


def _static_meta_references(node: Any) -> Any:
    """A copy of meta-schema ``node`` whose references point into the flat meta-schema.

    ``$dynamicRef: "#meta"`` becomes ``$ref: "#"``, and a vocabulary's ``$defs`` entry
    (``meta/validation#/$defs/stringArray``) becomes the flat schema's (``#/$defs/stringArray``).
    """
    if isinstance(node, list):
        return [_static_meta_references(item) for item in node]
    if not isinstance(node, dict):
        return node
    flat: dict[str, Any] = {}
    for key, value in node.items():
        if key == "$dynamicRef" and value == "#meta":
            flat["$ref"] = "#"
        elif key == "$ref" and isinstance(value, str) and _VOCABULARY_REFERENCE.fullmatch(value):
            flat["$ref"] = _VOCABULARY_REFERENCE.sub(r"\1", value)
        else:
            flat[key] = _static_meta_references(value)
    return flat


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "a list" if isinstance(value, list) else "a mapping"
