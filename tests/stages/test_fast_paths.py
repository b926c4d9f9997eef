"""The stages' fast paths change nothing but the time: each is checked against what it stands for.

* The exporter decides most meta-schema checks itself (``_surely_meta_valid``) and leaves the rest,
  and every explanation, to jsonschema: it must never accept a schema jsonschema refuses.
* ``$defs`` entries are copied by ``_fresh_copy`` instead of ``copy.deepcopy``.
* ``ResolvedDocument.node_at`` remembers the nodes it has passed.
* The loader pauses the cyclic garbage collector while it builds the data, and leaves no
  reference cycle behind.
"""

from __future__ import annotations

import copy
import gc
import random
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from golden_cases import FIXTURE_SPECS, MAIN_SPEC, REPO
from jsonschema import Draft202012Validator
from meta_schema_cases import INVALID

from generator import exporting, loading
from generator.errors import SpecError
from generator.exporting import (
    _compiles,
    _Exporter,
    _fresh_copy,
    _meta_schema_checkers,
    _surely_meta_valid,
    defs_reference,
)
from generator.loading import Document, deep_recursion, load_spec, parse_spec
from generator.resolving import _tokens, resolve_references

# --- the meta-schema check ---------------------------------------------------------------------

#: Values of every JSON type, several of them wrong for any one keyword.
_VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    3,
    2.0,
    1.5,
    -0.0,
    "",
    "string",
    "a+",
    "(",
    "[a",
    "^x$",
    "(?<=a)b",
    "objet",
    "#/$defs/A",
    [],
    ["string"],
    ["string", "null"],
    ["string", "string"],
    ["a", 1],
    [1, 1],
    {},
    {"a": ["b"]},
    {"a": ["b", "b"]},
    {"a": 1},
    {"(": {}},
]
# The keyword families the exporter walks, in a fixed order (random schemas are drawn from them).
_SCHEMA_KEYWORDS = sorted(exporting._SCHEMA_KEYWORDS)
_LIST_KEYWORDS = sorted(exporting._SCHEMA_LIST_KEYWORDS)
_MAP_KEYWORDS = sorted(exporting._SCHEMA_MAP_KEYWORDS)
_VALUE_KEYWORDS = sorted(exporting._VALUE_KEYWORDS | {"$ref"})
#: Valid values for the value keywords, so that random schemas are often valid as a whole.
_GOOD_VALUES: dict[str, list[Any]] = {
    "type": ["string", ["integer", "null"], "object"],
    "required": [[], ["a", "b"]],
    "minLength": [0, 2, 3.0],
    "maximum": [10, 2.5, -1],
    "multipleOf": [2, 0.5],
    "pattern": ["^[a-z]+$", "a|b"],
    "enum": [["a", 1, None]],
    "$ref": ["#/$defs/A", "#/$defs/a%20b~1c"],
    "dependentRequired": [{"a": ["b"]}],
}


def _random_schema(rng: random.Random, depth: int = 0) -> Any:
    """A schema made of the keywords an exported schema can hold, with values right or wrong."""
    if depth > 3 or rng.random() < 0.15:
        return rng.choice([True, False, {}, 5, None, "x"] if rng.random() < 0.2 else [True, {}])
    schema: dict[str, Any] = {}
    for _ in range(rng.randint(0, 4)):
        kind = rng.random()
        if kind < 0.25:
            schema[rng.choice(_SCHEMA_KEYWORDS)] = _random_schema(rng, depth + 1)
        elif kind < 0.4:
            items = [_random_schema(rng, depth + 1) for _ in range(rng.randint(0, 2))]
            schema[rng.choice(_LIST_KEYWORDS)] = items if rng.random() < 0.9 else {}
        elif kind < 0.55:
            names = rng.sample(["a", "^b", "(", "[x", "c"], rng.randint(0, 2))
            members = {name: _random_schema(rng, depth + 1) for name in names}
            schema[rng.choice(_MAP_KEYWORDS)] = members if rng.random() < 0.9 else []
        else:
            keyword = rng.choice(_VALUE_KEYWORDS)
            good = _GOOD_VALUES.get(keyword)
            schema[keyword] = rng.choice(good if good and rng.random() < 0.6 else _VALUES)
    return schema


def test_the_fast_check_never_accepts_a_schema_the_meta_schema_refuses() -> None:
    fast, exact = _meta_schema_checkers()
    rng = random.Random(2020_12)
    accepted = valid = 0
    for _ in range(4000):
        schema = _random_schema(rng)
        is_valid = exact.is_valid(schema)
        assert fast.is_valid(schema) == is_valid, schema
        if _surely_meta_valid(schema):
            assert is_valid, schema
            accepted += 1
        valid += is_valid
    # Not vacuous: most valid schemas are decided without jsonschema.
    assert valid > 1000 and accepted > 0.9 * valid, (accepted, valid)


@pytest.mark.parametrize("schema", INVALID, ids=repr)
def test_the_fast_check_refuses_invalid_schemas(schema: Any) -> None:
    assert not _surely_meta_valid(schema)
    assert not _meta_schema_checkers()[1].is_valid(schema)


@pytest.mark.parametrize(
    "schema",
    [
        {"$id": "https://example.com/x"},
        {"$defs": {"a": {}}},
        {"definitions": {"a": {}}},
        {"dependencies": {"a": ["b"]}},
        {"$anchor": "a"},
        {"unknown-keyword": 1},
        {"multipleOf": float("nan")},  # valid (NaN > 0 is false, and so is NaN <= 0)
    ],
)
def test_what_the_fast_check_does_not_know_is_left_to_jsonschema(schema: Any) -> None:
    """Keywords an export never holds, and values outside the exact classes tested."""
    assert not _surely_meta_valid(schema)


def test_deeply_nested_schemas_are_left_to_jsonschema() -> None:
    """jsonschema recurses for each level: past the depth the fast check decides, its verdict
    (and "nested too deeply", when it runs out of stack) is what the exporter reports."""

    def nested(depth: int) -> Any:
        schema: Any = {"type": "string"}
        for _ in range(depth):
            schema = {"items": schema}
        return schema

    assert _surely_meta_valid(nested(50))
    assert not _surely_meta_valid(nested(500))
    with deep_recursion():
        assert _meta_schema_checkers()[0].is_valid(nested(500))


@pytest.mark.parametrize(
    "pattern",
    ["^a+$", "(", "[a", "(?<=a)b", "(?<=a+)b", r"\p{L}", r"\u0041", "a{2,1}", "(?P<x>a)(?P=x)", ""],
)
def test_the_regex_format_is_what_jsonschema_checks(pattern: str) -> None:
    assert _compiles(pattern) == Draft202012Validator.FORMAT_CHECKER.conforms(pattern, "regex")


#: RFC 3986: ``"#" fragment``, fragment = *( pchar / "/" / "?" ).
_URI_FRAGMENT_REFERENCE = re.compile(r"#(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-F]{2})*")


@pytest.mark.parametrize("name", ["User", "a b/c%~größe", "#x", "名前", "a\x00b", "'\"", "", "%zz"])
def test_defs_references_are_uri_references(name: str) -> None:
    """The fast check takes a rewritten ``$ref`` as a valid ``uri-reference`` by construction."""
    reference = defs_reference(name)
    assert _URI_FRAGMENT_REFERENCE.fullmatch(reference)
    assert Draft202012Validator.FORMAT_CHECKER.conforms(reference, "uri-reference")


@pytest.mark.parametrize("spec", [MAIN_SPEC, *sorted(FIXTURE_SPECS.glob("*.yaml"))])
def test_the_fast_check_decides_every_real_schema(spec: Path) -> None:
    exporter = _Exporter(resolve_references(load_spec(spec)))
    exporter.export()
    assert exporter.rewritten
    assert all(map(_surely_meta_valid, exporter.rewritten.values()))


def test_exporting_a_valid_spec_does_not_import_jsonschema() -> None:
    program = (
        "import sys\n"
        "from pathlib import Path\n"
        "from generator.exporting import export_schemas\n"
        "from generator.loading import load_spec\n"
        "from generator.resolving import resolve_references\n"
        "assert export_schemas(resolve_references(load_spec(Path(sys.argv[1]))))\n"
        "assert 'jsonschema' not in sys.modules, 'jsonschema imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program, str(MAIN_SPEC)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


# --- $defs copies ------------------------------------------------------------------------------


def _containers(node: Any) -> list[int]:
    if isinstance(node, dict):
        return [id(node), *(found for value in node.values() for found in _containers(value))]
    if isinstance(node, list):
        return [id(node), *(found for item in node for found in _containers(item))]
    return []


def test_fresh_copy_is_deepcopy_for_json_trees() -> None:
    tree: Any = {
        "b": [1, 2.5, {"c": None, "a": [True, "x", []]}],
        "a": {},
        "n": -0.0,
        "big": 10**30,
    }
    copied = _fresh_copy(tree)
    assert copied == copy.deepcopy(tree)
    assert repr(copied) == repr(tree)  # key order, -0.0, int vs float
    assert not set(_containers(copied)) & set(_containers(tree))
    assert copied["b"][1] is tree["b"][1]  # immutable leaves are shared, as deepcopy does


# --- node_at -----------------------------------------------------------------------------------


def _walk(data: Any, pointer: str) -> Any:
    """``node_at`` as a plain walk from the root, each time."""
    node = data
    for token in _tokens(pointer):
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def test_node_at_answers_as_a_walk_from_the_root_in_any_order() -> None:
    data = {
        "a": [{"b~/c": {"x": None, "": [1, 2, {"y": "z"}]}}],
        "": {"": {"q": 1}},
        "0": [[[]]],
    }
    pointers = [
        "",
        "/a",
        "/a/0",
        "/a/0/b~0~1c",
        "/a/0/b~0~1c/x",
        "/a/0/b~0~1c/",
        "/a/0/b~0~1c//2/y",
        "//",
        "///q",
        "/0/0/0",
        "abc",
        "abc/a",
        "/a/01",
        "/a/-0",
        "/nope",
        "/a/5",
        "/a/0/b~0~1c/x/y",
        "/a/0/b~1c",
    ]

    def outcome(lookup: Any, pointer: str) -> tuple[Any, ...]:
        try:
            return ("node", id(lookup(pointer)))
        except Exception as exc:  # noqa: BLE001 - the very exception is compared
            return (type(exc), str(exc))

    rng = random.Random(7)
    for _ in range(200):
        resolved = resolve_references(Document(path=Path("x.yaml"), data=data, sha256=""))
        order = pointers * 2
        rng.shuffle(order)
        for pointer in order:
            expected = outcome(lambda p: _walk(data, p), pointer)
            assert outcome(resolved.node_at, pointer) == expected, pointer


# --- the loader and the garbage collector ------------------------------------------------------


def test_parsing_leaves_no_reference_cycle_behind() -> None:
    """The YAML node graph is freed when parsing returns (with it, the loader and the JSON check's
    exception), not by a later full collection that would have to traverse it all first."""
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        parse_spec(MAIN_SPEC.read_bytes(), MAIN_SPEC)
        with pytest.raises(SpecError):
            parse_spec(b"openapi: 3.1.0\ninfo: {title: x\n", Path("broken.yaml"))
        assert gc.collect() < 20  # a handful of interpreter internals at most, no node graph
    finally:
        if was_enabled:
            gc.enable()


@pytest.mark.parametrize("enabled", [True, False])
@pytest.mark.parametrize("text", [b"openapi: 3.1.0\n", b"a: [1\n", b"a: !!python/none ''\n"])
def test_parsing_leaves_the_garbage_collector_as_it_was(enabled: bool, text: bytes) -> None:
    was_enabled = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        try:
            parse_spec(text, Path("spec.yaml"))
        except SpecError:
            pass
        assert gc.isenabled() == enabled
    finally:
        (gc.enable if was_enabled else gc.disable)()


def test_the_alias_guard_runs_only_for_a_spec_with_an_alias(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    guard = loading._check_alias_expansion

    def counted(*args: Any) -> None:
        calls.append(1)
        guard(*args)

    monkeypatch.setattr(loading, "_check_alias_expansion", counted)
    parse_spec(b"openapi: 3.1.0\ninfo: {title: T, version: '1'}\n", Path("plain.yaml"))
    assert calls == []
    aliased = b"openapi: 3.1.0\ninfo: &i {title: T, version: '1'}\nx-copy: *i\n"
    assert parse_spec(aliased, Path("alias.yaml")).data["x-copy"] == {"title": "T", "version": "1"}
    assert calls == [1]


def test_without_an_alias_the_converter_still_refuses_a_spec_nested_too_deeply(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(loading, "MAX_POINTER_CHARACTERS", 2_000)
    levels = 300  # flow style: the text grows linearly, the pointers quadratically
    deep = "x-deep: " + "".join(f"{{k{level}: " for level in range(levels)) + "1" + "}" * levels
    with pytest.raises(SpecError, match="nested too deeply"):
        parse_spec(f"openapi: 3.1.0\n{deep}\n".encode(), Path("deep.yaml"))
