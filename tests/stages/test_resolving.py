"""Stage 2: every ``$ref`` is local, well formed and lands on a node; chains end; cycles are errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.errors import SpecError
from generator.loading import Document
from generator.resolving import ResolvedDocument, resolve_references

ResolveFn = Callable[[str], ResolvedDocument]

SCHEMAS = "/components/schemas"

# Line numbers in comments: error lines below are checked against them.
CHAIN_SPEC = """\
components:
  schemas:
    A:
      $ref: '#/components/schemas/B'
    B:
      $ref: '#/components/schemas/C'
    C:
      type: object
      properties:
        a: {$ref: '#/components/schemas/A'}
        items:
          type: array
          items:
            - {$ref: '#/components/schemas/C'}
"""


def _error(resolve: ResolveFn, text: str) -> SpecError:
    with pytest.raises(SpecError) as caught:
        resolve(text)
    return caught.value


def _one_ref(ref: str) -> str:
    """A spec whose only ``$ref`` (``#/x/$ref``, line 3) is ``ref``."""
    return f"target: {{type: string}}\nx:\n  $ref: {ref}\n"


# --- valid references ------------------------------------------------------------------------


def test_direct_reference_maps_to_its_target(resolve: ResolveFn) -> None:
    resolved = resolve("a: {type: string}\nb: {$ref: '#/a'}\n")
    assert resolved.targets == {"/b": "/a"}


def test_chain_resolves_to_the_final_target(resolve: ResolveFn) -> None:
    targets = resolve(CHAIN_SPEC).targets
    assert targets == {
        f"{SCHEMAS}/A": f"{SCHEMAS}/C",
        f"{SCHEMAS}/B": f"{SCHEMAS}/C",
        f"{SCHEMAS}/C/properties/a": f"{SCHEMAS}/C",
        f"{SCHEMAS}/C/properties/items/items/0": f"{SCHEMAS}/C",
    }


def test_direct_targets_record_one_step_of_each_chain(resolve: ResolveFn) -> None:
    direct = resolve(CHAIN_SPEC).direct_targets
    assert direct[f"{SCHEMAS}/A"] == f"{SCHEMAS}/B"
    assert direct[f"{SCHEMAS}/B"] == f"{SCHEMAS}/C"
    assert direct.keys() == resolve(CHAIN_SPEC).targets.keys()


def test_every_target_is_a_node_without_ref(resolve: ResolveFn) -> None:
    resolved = resolve(CHAIN_SPEC)
    for target in resolved.targets.values():
        node = resolved.node_at(target)
        assert isinstance(node, dict) and "$ref" not in node


def test_reference_to_the_whole_document(resolve: ResolveFn) -> None:
    resolved = resolve("a: {$ref: '#'}\n")
    assert resolved.targets == {"/a": ""}
    assert resolved.node_at("") == {"a": {"$ref": "#"}}


def test_reference_into_a_list(resolve: ResolveFn) -> None:
    resolved = resolve("list: [zero, {type: string}]\nr: {$ref: '#/list/1'}\n")
    assert resolved.targets == {"/r": "/list/1"}
    assert resolved.node_at("/list/1") == {"type": "string"}


def test_tilde_escapes_in_reference_pointers(resolve: ResolveFn) -> None:
    resolved = resolve(
        "paths:\n  /a/b: {get: {}}\n  'x~y': {put: {}}\n"
        "r1: {$ref: '#/paths/~1a~1b'}\nr2: {$ref: '#/paths/x~0y'}\n"
    )
    assert resolved.targets == {"/r1": "/paths/~1a~1b", "/r2": "/paths/x~0y"}
    assert resolved.node_at("/paths/~1a~1b") == {"get": {}}
    assert resolved.node_at("/paths/x~0y") == {"put": {}}


def test_percent_escapes_in_reference_pointers(resolve: ResolveFn) -> None:
    resolved = resolve("'c%d': {y: 1}\n'a b': {z: 2}\nr: {$ref: '#/c%25d'}\ns: {$ref: '#/a%20b'}\n")
    assert resolved.targets == {"/r": "/c%d", "/s": "/a b"}
    assert resolved.node_at("/c%d") == {"y": 1}


def test_percent_and_tilde_escapes_combine(resolve: ResolveFn) -> None:
    # %7E is '~': percent-decoding comes first, then '~1' means '/'.
    resolved = resolve("'a/b': {y: 1}\nr: {$ref: '#/a%7E1b'}\n")
    assert resolved.targets == {"/r": "/a~1b"}


def test_spec_without_references_has_no_targets(resolve: ResolveFn) -> None:
    assert resolve("a: {b: [1, 2, {c: 3}]}\n").targets == {}


def test_deep_nesting_does_not_exhaust_the_stack() -> None:
    # Built directly: deeper than both the YAML parser and Python's recursion limit allow.
    depth = 5000
    nested: Any = {"$ref": "#/t"}
    for _ in range(depth):
        nested = [nested]
    document = Document(path=Path("deep.yaml"), data={"t": 1, "x": nested}, sha256="")
    resolved = resolve_references(document)
    assert resolved.targets == {"/x" + "/0" * depth: "/t"}
    assert resolved.node_at("/x" + "/0" * depth) == {"$ref": "#/t"}


# --- node_at and follow ----------------------------------------------------------------------


def test_node_at_walks_mappings_and_lists(resolve: ResolveFn) -> None:
    resolved = resolve(CHAIN_SPEC)
    assert resolved.node_at(f"{SCHEMAS}/C/properties/items/type") == "array"
    assert resolved.node_at(f"{SCHEMAS}/C/properties/items/items/0") == {
        "$ref": "#/components/schemas/C"
    }


def test_follow_returns_the_final_target_of_a_reference(resolve: ResolveFn) -> None:
    resolved = resolve(CHAIN_SPEC)
    assert resolved.follow(f"{SCHEMAS}/A") == f"{SCHEMAS}/C"
    assert resolved.follow(f"{SCHEMAS}/C/properties/a") == f"{SCHEMAS}/C"


def test_follow_returns_other_pointers_unchanged(resolve: ResolveFn) -> None:
    resolved = resolve(CHAIN_SPEC)
    assert resolved.follow(f"{SCHEMAS}/C") == f"{SCHEMAS}/C"
    assert resolved.follow(f"{SCHEMAS}/C/properties") == f"{SCHEMAS}/C/properties"


# --- invalid references ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("'#/nothing'", "dangling $ref '#/nothing': no such node in the spec"),
        ("'#/target/type/deeper'", "dangling $ref '#/target/type/deeper'"),
        ("'#/target/0'", "dangling $ref '#/target/0'"),
        ("'https://example.com/s.yaml#/x'", "remote $ref 'https://example.com/s.yaml#/x'"),
        ("'other.yaml#/x'", "remote $ref 'other.yaml#/x' is not supported"),
        ("'other.yaml'", "remote $ref 'other.yaml' is not supported"),
        ("5", "$ref must be a string, not int"),
        ("[a]", "$ref must be a string, not list"),
        ("null", "$ref must be a string, not NoneType"),
        ("'#target'", "$ref '#target' is not a JSON pointer fragment"),
    ],
)
def test_bad_reference_names_the_ref_pointer_and_line(
    resolve: ResolveFn, ref: str, message: str
) -> None:
    error = _error(resolve, _one_ref(ref))
    assert (error.file, error.line, error.pointer) == ("spec.yaml", 3, "/x/$ref")
    assert message in error.message


def test_dangling_reference_into_a_list_past_its_end(resolve: ResolveFn) -> None:
    error = _error(resolve, "list: [a]\nr: {$ref: '#/list/1'}\n")
    assert str(error) == "spec.yaml:2: #/r/$ref: dangling $ref '#/list/1': no such node in the spec"


@pytest.mark.parametrize("index", ["-", "-1", "x"])
def test_non_numeric_list_index_is_dangling(resolve: ResolveFn, index: str) -> None:
    error = _error(resolve, f"list: [a, b]\nr: {{$ref: '#/list/{index}'}}\n")
    assert (error.line, error.pointer) == (2, "/r/$ref")


def test_reference_cannot_pass_through_another_reference(resolve: ResolveFn) -> None:
    # JSON pointers address the document as written: B's properties are not A's.
    error = _error(
        resolve,
        "A: {$ref: '#/B'}\nB: {properties: {p: {type: string}}}\nr: {$ref: '#/A/properties/p'}\n",
    )
    assert (error.line, error.pointer) == (3, "/r/$ref")


def test_two_node_cycle_is_refused(resolve: ResolveFn) -> None:
    error = _error(resolve, "A:\n  $ref: '#/B'\nB:\n  $ref: '#/A'\n")
    assert "$ref cycle that never reaches a schema" in error.message
    assert "#/A" in error.message and "#/B" in error.message
    assert error.line is not None
    assert error.pointer in {"/A", "/A/$ref", "/B", "/B/$ref"}


def test_self_reference_is_refused(resolve: ResolveFn) -> None:
    error = _error(resolve, "x: 1\nA:\n  $ref: '#/A'\n")
    assert error.message == "$ref cycle that never reaches a schema: #/A -> #/A"
    assert error.line in {2, 3}


def test_chain_into_a_cycle_is_refused(resolve: ResolveFn) -> None:
    error = _error(resolve, "S: {$ref: '#/A'}\nA: {$ref: '#/B'}\nB: {$ref: '#/A'}\n")
    assert "$ref cycle" in error.message


def test_recursive_schema_through_properties_is_not_a_cycle(resolve: ResolveFn) -> None:
    resolved = resolve("Node:\n  type: object\n  properties:\n    next: {$ref: '#/Node'}\n")
    assert resolved.targets == {"/Node/properties/next": "/Node"}


# --- known bugs ------------------------------------------------------------------------------


def test_cycle_error_names_the_ref_pointer_and_its_line(resolve: ResolveFn) -> None:
    error = _error(resolve, "x: 1\nA:\n  $ref: '#/A'\n")
    assert (error.line, error.pointer) == (3, "/A/$ref")


def test_unicode_digit_list_index_is_a_spec_error(resolve: ResolveFn) -> None:
    error = _error(resolve, "list: [a]\nr: {$ref: '#/list/²'}\n")
    assert (error.line, error.pointer) == (2, "/r/$ref")


def test_reference_with_leading_zero_index_is_refused_or_followed(resolve: ResolveFn) -> None:
    text = "list: [a, {$ref: '#/c'}]\nb: {$ref: '#/list/01'}\nc: {type: string}\n"
    try:
        resolved = resolve(text)
    except SpecError:
        return
    assert resolved.follow("/b") == "/c"
