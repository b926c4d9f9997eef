"""Differential testing: the committed generated validators against ``jsonschema``.

For every component schema of the SMS spec and of the fixture specs, random valid payloads and
mutated invalid ones must give exactly the same multiset of ``(instance JSON pointer, keyword)``
errors from the generated ``validate(name, data)`` as from ``jsonschema.Draft202012Validator``
(the reference implementation the generator's semantics are defined by). The conformance suite
proves each keyword on tiny schemas; this proves their combination on the real ones, including the
error locations clients rely on.

Valid payloads are built from the schema by :func:`valid_values`: objects, arrays, ``anyOf`` and
``$ref`` by hand, leaves (strings, numbers, enums) by ``hypothesis_jsonschema.from_schema``. Its own
object strategy is not used: hypothesis-jsonschema 0.23.1 calls ``many.more()``, which the pinned
hypothesis no longer has (``AttributeError`` for any object schema). Invalid payloads apply one to
three small, composable mutations at random places of a valid one.
"""

from __future__ import annotations

import importlib
import math
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import jsonschema
import pytest
from golden_cases import GoldenCase, golden_cases
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from generator import naming
from generator.exporting import export_schemas
from generator.loading import load_spec
from generator.resolving import resolve_references

#: How deep ``valid_values`` follows ``$ref``s: recursive schemas must still give finite payloads.
REF_DEPTH = 3
EXAMPLES = 60
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,  # no .hypothesis/ directory in the repository
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
ErrorKey = tuple[str, str]
Path_ = tuple[str | int, ...]


# --- the schemas under test ------------------------------------------------------------------


class SpecUnderTest:
    """One spec: its component schemas, their jsonschema validators and the generated module."""

    def __init__(self, case: GoldenCase) -> None:
        self.name = case.name
        loaded = load_spec(case.spec)
        self.document: dict[str, Any] = loaded.data
        self.components: dict[str, Any] = self.document["components"]
        # The reference is jsonschema on the standalone 2020-12 export: for an OpenAPI 3.0 spec it
        # has 3.0's `nullable` spelled the 2020-12 way, which raw 3.0 schemas would not give it.
        self._exported = export_schemas(resolve_references(loaded))
        self.validators = _generated_validators(case.golden)
        self._references: dict[str, jsonschema.Draft202012Validator] = {}

    @property
    def schema_names(self) -> list[str]:
        return list(self.components["schemas"])

    def reference(self, name: str) -> jsonschema.Draft202012Validator:
        """jsonschema's validator for a component, its ``$ref`` resolved in the same document."""
        if name not in self._references:
            self._references[name] = jsonschema.Draft202012Validator(self._exported[name])
        return self._references[name]

    def resolve(self, ref: str) -> Any:
        """The node a local ``#/...`` reference names."""
        node: Any = self.document
        for token in ref.removeprefix("#/").split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node


def _generated_validators(golden: Path) -> ModuleType:
    """The committed generated package's ``validators`` (its directory is on ``sys.path``)."""
    packages = [path.parent.name for path in golden.glob("*/validators.py")]
    assert len(packages) == 1, f"expected one generated package under {golden}"
    return importlib.import_module(f"{packages[0]}.validators")


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


SPECS = {case.name: SpecUnderTest(case) for case in golden_cases()}
SCHEMAS = [(spec, name) for spec in SPECS for name in SPECS[spec].schema_names]


# --- comparing the two validators ------------------------------------------------------------


def pointer(path: Iterable[str | int]) -> str:
    """RFC 6901 pointer of an instance location."""
    return "".join("/" + str(key).replace("~", "~0").replace("/", "~1") for key in path)


def reference_errors(spec: SpecUnderTest, name: str, data: Any) -> Counter[ErrorKey]:
    """jsonschema's errors as ``(pointer, keyword)``; a ``false`` schema's error has no keyword.

    (jsonschema 4.26 also reports a ``false`` *subschema*'s error at the parent's location, as
    ``descend`` returns before adding the path; no spec here has one, so it cannot skew this.)
    """
    return Counter(
        (pointer(error.absolute_path), "false" if error.validator is None else str(error.validator))
        for error in spec.reference(name).iter_errors(data)
    )


def check_agreement(spec: SpecUnderTest, name: str, data: Any) -> Counter[ErrorKey]:
    """Assert that the generated validator reports what jsonschema reports; return the errors."""
    errors = spec.validators.validate(name, data)
    ours = Counter((error.path, error.keyword) for error in errors)
    theirs = reference_errors(spec, name, data)
    assert ours == theirs, f"{spec.name}/{name}: ours {dict(ours)} != jsonschema {dict(theirs)}"
    is_valid = getattr(spec.validators, f"is_valid_{naming.schema_function_stem(name)}")
    assert is_valid(data) is (not errors)
    for error in errors:
        for location in (error.path, error.schema_path):
            assert isinstance(location, str) and (location == "" or location.startswith("/"))
        assert error.message
    return ours


# --- valid payloads --------------------------------------------------------------------------

_JSON_TYPES = ("null", "boolean", "integer", "number", "string", "array", "object")
_STRUCTURAL = {"properties", "required", "additionalProperties", "items", "anyOf", "oneOf", "$ref"}


def valid_values(
    spec: SpecUnderTest, schema: Any, depth: int = REF_DEPTH
) -> st.SearchStrategy[Any]:
    """Payloads valid against ``schema`` (within the keywords the specs use)."""
    if schema is True or schema == {}:
        return json_values()
    if schema is False:
        return st.nothing()
    if "$ref" in schema:
        return (
            st.nothing()
            if depth == 0
            else valid_values(spec, spec.resolve(schema["$ref"]), depth - 1)
        )
    for keyword in ("anyOf", "oneOf"):  # the specs' branches are disjoint (X or null)
        if keyword in schema:
            return st.one_of([valid_values(spec, branch, depth) for branch in schema[keyword]])
    types = schema.get("type", list(_JSON_TYPES))
    strategies = []
    for json_type in [types] if isinstance(types, str) else types:
        if json_type == "object":
            strategies.append(valid_objects(spec, schema, depth))
        elif json_type == "array":
            items = valid_values(spec, schema.get("items", True), depth)
            strategies.append(st.just([]) if items.is_empty else st.lists(items, max_size=3))
        else:
            leaf = {key: value for key, value in schema.items() if key not in _STRUCTURAL}
            strategies.append(from_schema({**leaf, "type": json_type}))
    return st.one_of(strategies)


def valid_objects(spec: SpecUnderTest, schema: Any, depth: int) -> st.SearchStrategy[Any]:
    """Objects with every required property, some optional ones, and allowed extra keys."""
    properties = schema.get("properties", {})
    required = schema.get("required", [])
    fields = {key: valid_values(spec, properties.get(key, True), depth) for key in required}
    optional = {
        key: strategy
        for key, strategy in (
            (key, valid_values(spec, value, depth)) for key, value in properties.items()
        )
        if key not in required and not strategy.is_empty
    }
    additional = schema.get("additionalProperties", True)
    extra_keys = st.text(max_size=8).filter(lambda key: key not in properties)
    if additional is False:
        extras: st.SearchStrategy[dict[str, Any]] = st.just({})
    elif additional is True:
        extras = st.dictionaries(extra_keys, json_values(), max_size=1)
    else:
        extras = st.dictionaries(extra_keys, valid_values(spec, additional, depth), max_size=2)
    return st.builds(
        lambda known, more: {**more, **known},
        st.fixed_dictionaries(fields, optional=optional),
        extras,
    )


@cache
def json_values() -> st.SearchStrategy[Any]:
    """Any JSON value (finite floats: NaN and infinity are the mutations' business)."""
    scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
    return st.recursive(scalars, _json_containers, max_leaves=8)


def _json_containers(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.lists(children, max_size=3) | st.dictionaries(
        st.text(max_size=5), children, max_size=3
    )


@cache
def component_values(spec_name: str, schema_name: str) -> st.SearchStrategy[Any]:
    """Valid payloads for a component schema, built once: building is slow, drawing is not."""
    spec = SPECS[spec_name]
    return valid_values(spec, spec.components["schemas"][schema_name])


# --- one full payload per schema, for exhaustive edits -----------------------------------------

_MISSING: Any = object()  #: no payload fits (a recursive ``$ref`` cut short)


def full_payload(
    spec: SpecUnderTest, schema: Any, owned: list[Path_] | None = None, path: Path_ = ()
) -> Any:
    """A deterministic valid payload with every property present and one item per array.

    Random payloads leave most optional fields out, so a mutation rarely lands on a given field;
    this one has them all, and ``null`` only where nothing else is allowed. The locations the
    schema itself describes (not through a ``$ref`` to another component) are added to ``owned``.
    """
    if owned is not None:
        owned.append(path)
    if schema is True or not isinstance(schema, dict):
        return _MISSING if schema is False else {"free": ["form"]}
    if "$ref" in schema:
        if len(path) > 2 * REF_DEPTH:
            return _MISSING
        return full_payload(spec, spec.resolve(schema["$ref"]), None, path)
    for keyword in ("anyOf", "oneOf"):
        if keyword in schema:
            branches = sorted(schema[keyword], key=lambda branch: branch == {"type": "null"})
            for branch in branches:
                value = full_payload(spec, branch, None, path)
                if value is not _MISSING:
                    return value
            return _MISSING
    types = schema.get("type", "object")
    types = [types] if isinstance(types, str) else sorted(types, key=lambda name: name == "null")
    if "enum" in schema:
        allowed = [value for value in schema["enum"] if _json_type(value) in types]
        return min(allowed, key=lambda value: value is None)
    return _full_of_type(spec, schema, types[0], owned, path)


def _full_of_type(
    spec: SpecUnderTest, schema: Any, json_type: str, owned: list[Path_] | None, path: Path_
) -> Any:
    if json_type == "object":
        payload = {}
        for key, value in schema.get("properties", {}).items():
            payload[key] = full_payload(spec, value, owned, (*path, key))
            if payload[key] is _MISSING:
                if key in schema.get("required", []):
                    return _MISSING
                del payload[key]
        additional = schema.get("additionalProperties", True)
        if isinstance(additional, dict):  # a key that needs escaping in a JSON pointer
            payload["a/b~c"] = full_payload(spec, additional, owned, (*path, "a/b~c"))
        return payload
    if json_type == "array":
        item = full_payload(spec, schema.get("items", True), owned, (*path, 0))
        return [] if item is _MISSING else [item]
    defaults = {"string": "text", "integer": 1, "number": 1.5, "boolean": True, "null": None}
    if json_type in ("integer", "number"):
        return max(defaults[json_type], schema.get("minimum", 0))
    return defaults[json_type]


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    return {float: "number", str: "string", list: "array", dict: "object"}[type(value)]


#: Values that break most fields: wrong types, bounds, bools for numbers, NaN, huge ints, nesting.
BAD_VALUES: tuple[Any, ...] = (
    None,
    True,
    False,
    "",
    "not in any enum",
    -1,
    0,
    1.0,
    2.5,
    10001,
    2**31,
    2**63,
    -(2**63) - 1,
    10**30,
    1e308,
    math.nan,
    math.inf,
    -math.inf,
    [],
    {},
    [[[[[1]]]]],
    {"nested": {"nested": {}}},
)


# --- mutations: each turns one value of a payload into (usually) an invalid one -------------

Draw = Callable[[st.SearchStrategy[Any]], Any]  #: hypothesis' ``draw`` or ``data.draw``
Mutation = Callable[[Draw, Any], Any]


def wrong_type(draw: Draw, value: Any) -> Any:
    """A value of another JSON type (bools are not numbers, 1.0 is an integer)."""
    others = [
        v
        for v in ("text", 7, 2.5, True, None, [], {}, [1, "a"], {"k": 1})
        if type(v) is not type(value)
    ]
    return draw(st.sampled_from(others))


def out_of_range(draw: Draw, value: Any) -> Any:
    """Numbers just and far outside the specs' bounds (int32/int64, 0..10000 rates, -1)."""
    bounds = [-1, -0.5, 3, 10000.5, 10001, 65536, 2**31, 2**63, -(2**63) - 1, 1e308, -1e308]
    return draw(st.sampled_from(bounds))


def null(draw: Draw, value: Any) -> Any:
    """``null`` where the schema may not allow it."""
    return None


def bool_for_number(draw: Draw, value: Any) -> Any:
    """``true``/``false`` where an integer or number is expected (Python: ``bool`` is an ``int``)."""
    return draw(st.booleans())


def special_float(draw: Draw, value: Any) -> Any:
    """NaN and infinities: JSON cannot spell them, Python's json module reads them anyway."""
    return draw(st.sampled_from([math.nan, math.inf, -math.inf, -0.0]))


def huge_int(draw: Draw, value: Any) -> Any:
    """Integers beyond int64 and beyond float precision."""
    return draw(st.integers(min_value=2**63, max_value=10**40) | st.integers(max_value=-(2**63)))


def integral_float(draw: Draw, value: Any) -> Any:
    """A float with no fraction (an integer in JSON Schema) or just off one."""
    return draw(st.sampled_from([0.0, 1.0, 2.0, 1e20, 0.1, 2.5]))


def foreign_string(draw: Draw, value: Any) -> Any:
    """A string outside any enum: empty, case-changed, or random."""
    candidates = [st.just(""), st.text(max_size=6)]
    if isinstance(value, str) and value:
        candidates.append(st.just(value.swapcase() + " "))
    return draw(st.one_of(candidates))


def deep_nesting(draw: Draw, value: Any) -> Any:
    """The value buried under up to 150 arrays or objects (three times stays within the stack)."""
    for _ in range(draw(st.integers(min_value=1, max_value=150))):
        value = [value] if draw(st.booleans()) else {"nested": value}
    return value


def drop_key(draw: Draw, value: Any) -> Any:
    """An object missing one of its keys (perhaps a required one)."""
    if not isinstance(value, dict) or not value:
        return value
    key = draw(st.sampled_from(sorted(value)))
    return {k: v for k, v in value.items() if k != key}


def extra_key(draw: Draw, value: Any) -> Any:
    """An object with a key the schema does not name, including JSON-pointer-hostile ones."""
    if not isinstance(value, dict):
        return value
    key = draw(st.sampled_from(["extra", "a/b", "m~n", "~1", "", "名前"]) | st.text(max_size=4))
    return {**value, key: draw(json_values())}


MUTATIONS: tuple[Mutation, ...] = (
    wrong_type,
    out_of_range,
    null,
    bool_for_number,
    special_float,
    huge_int,
    integral_float,
    foreign_string,
    deep_nesting,
    drop_key,
    extra_key,
)


def locations(value: Any, path: Path_ = ()) -> list[Path_]:
    """Every location in a payload, the root first."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(locations(item, (*path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(locations(item, (*path, index)))
    return found


def replace_at(value: Any, path: Path_, new: Any) -> Any:
    """A copy of ``value`` with the item at ``path`` replaced (containers on the way are copied)."""
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: replace_at(value[head], rest, new)}
    copy = list(value)
    copy[head] = replace_at(value[head], rest, new)  # type: ignore[index]
    return copy


def get_at(value: Any, path: Path_) -> Any:
    for key in path:
        value = value[key]
    return value


def exists(value: Any, path: Path_) -> bool:
    """Whether ``path`` is a location in ``value``."""
    for key in path:
        in_list = isinstance(value, list) and isinstance(key, int) and key < len(value)
        if not (in_list or isinstance(value, dict) and key in value):
            return False
        value = value[key]
    return True


@st.composite
def mutated(draw: st.DrawFn, valid: st.SearchStrategy[Any]) -> Any:
    """A valid payload after one to three mutations, each at a random location."""
    value = draw(valid)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        path = draw(st.sampled_from(locations(value)))
        mutation = draw(st.sampled_from(MUTATIONS))
        value = replace_at(value, path, mutation(draw, get_at(value, path)))
    return value


# --- the tests -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec_name", "schema_name"), SCHEMAS, ids=[f"{s}/{n}" for s, n in SCHEMAS]
)
def test_valid_payloads_agree(spec_name: str, schema_name: str) -> None:
    """Generated payloads are valid for both validators (so the generator's happy path is right)."""
    spec = SPECS[spec_name]

    @SETTINGS
    @given(component_values(spec_name, schema_name))
    def check(data: Any) -> None:
        assert not check_agreement(spec, schema_name, data)

    check()


@pytest.mark.parametrize(
    ("spec_name", "schema_name"), SCHEMAS, ids=[f"{s}/{n}" for s, n in SCHEMAS]
)
def test_mutated_payloads_agree(spec_name: str, schema_name: str) -> None:
    """Mutated payloads get the same errors, at the same locations, from both validators."""
    spec = SPECS[spec_name]
    invalid_seen: list[bool] = []

    @SETTINGS
    @given(mutated(component_values(spec_name, schema_name)))
    def check(data: Any) -> None:
        invalid_seen.append(bool(check_agreement(spec, schema_name, data)))

    check()
    # Not every mutation breaks a payload (an extra key is usually allowed), but most must.
    assert sum(invalid_seen) >= len(invalid_seen) // 3, "the mutations rarely made payloads invalid"


@pytest.mark.parametrize("mutation", MUTATIONS, ids=[mutation.__name__ for mutation in MUTATIONS])
def test_each_mutation_alone_agrees(mutation: Mutation) -> None:
    """Every mutation on its own, at a random location of a PutTaskReq payload: none is drowned
    out by the others, so a disagreement points at one kind of bad input."""
    spec = SPECS["sms-update-task"]

    @settings(SETTINGS, max_examples=EXAMPLES // 2)  # x11 mutations: keep the total moderate
    @given(component_values("sms-update-task", "PutTaskReq"), st.data())
    def check(payload: Any, data: st.DataObject) -> None:
        path = data.draw(st.sampled_from(locations(payload)))
        changed = replace_at(payload, path, mutation(data.draw, get_at(payload, path)))
        check_agreement(spec, "PutTaskReq", changed)

    check()


@pytest.mark.parametrize(
    ("spec_name", "schema_name"), SCHEMAS, ids=[f"{s}/{n}" for s, n in SCHEMAS]
)
def test_every_field_with_every_bad_value(spec_name: str, schema_name: str) -> None:
    """Exhaustively: each location the schema describes itself (other components are tested at
    their own top level) replaced by each bad value, and each object there missing each key or
    with extra keys that need escaping in a JSON pointer."""
    spec = SPECS[spec_name]
    owned: list[Path_] = []
    payload = full_payload(spec, spec.components["schemas"][schema_name], owned)
    assert not check_agreement(spec, schema_name, payload), "the full payload must be valid"
    found = Counter[ErrorKey]()
    for path in dict.fromkeys(owned):
        if not exists(payload, path):
            continue  # an optional property left out (a recursion cut short)
        for bad in BAD_VALUES:
            found += check_agreement(spec, schema_name, replace_at(payload, path, bad))
        target = get_at(payload, path)
        if isinstance(target, dict):
            for key in [*target, "a/b", "m~n"]:
                edited = (
                    {k: v for k, v in target.items() if k != key}
                    if key in target
                    else {
                        **target,
                        key: math.nan,
                    }
                )
                found += check_agreement(spec, schema_name, replace_at(payload, path, edited))
    assert found, "no edit made the payload invalid"


def test_every_component_schema_is_covered() -> None:
    """The generated module knows exactly the spec's component schemas, all of them tested here."""
    for spec in SPECS.values():
        assert list(spec.validators.SCHEMAS) == spec.schema_names
    assert len(SPECS["sms-update-task"].schema_names) == 17
