"""The generated validators on hostile input: deep nesting, big payloads, unknown names, many errors.

Validators run on untrusted request bodies, so they must never crash (a ``RecursionError`` would be
a 500, not a 400), must stay linear in the payload size, and must report every problem in an order
and wording that does not depend on chance, so clients and tests can rely on it.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import Any

import pytest
from golden_cases import MAIN_SPEC
from recursive import validators as recursive_validators
from sms_v3 import _validation as rt
from sms_v3 import validators

from generator.loading import load_spec


def nested_lists(depth: int, leaf: Any = None) -> Any:
    """``[[[...leaf...]]]``, built without recursion (and too deep for ``json.dumps``)."""
    value = leaf
    for _ in range(depth):
        value = [value]
    return value


def tree(depth: int) -> dict[str, Any]:
    """A TreeNode chain ``depth`` children deep."""
    node: dict[str, Any] = {"label": "leaf"}
    for level in range(depth):
        node = {"label": f"level-{level}", "children": [node]}
    return node


# --- deep nesting ------------------------------------------------------------------------------


def test_deep_free_form_field_is_not_descended() -> None:
    """100,000 nested arrays under a field the schema does not describe: free-form content is not
    validated, so nothing recurses into it and the payload is valid."""
    payload = {"name": "task", "x-vendor-data": nested_lists(100_000)}
    assert validators.validate("PutTaskReq", payload) == []
    assert validators.is_valid_put_task_req(payload)


def test_deep_free_form_field_does_not_hide_other_errors() -> None:
    """Next to the deep field, a real problem is still reported, and only it."""
    payload = {"x-vendor-data": nested_lists(100_000), "priority": 7}
    errors = validators.validate("PutTaskReq", payload)
    assert [(error.path, error.keyword) for error in errors] == [
        ("/priority", "enum"),
        ("/priority", "maximum"),
    ]


def test_deep_value_in_a_typed_field_is_one_type_error() -> None:
    """A deep array where a string or an array of objects is expected fails at the first level; the
    message describes the value without rendering it."""
    deep = nested_lists(100_000)
    errors = validators.validate("PutTaskReq", {"name": deep, "sub_tasks": deep})
    assert [(error.path, error.keyword) for error in errors] == [
        ("/name", "type"),
        ("/sub_tasks/0", "type"),
    ]
    assert errors[0].message == "array of 1 item is not of type 'string', 'null'"


def test_deep_recursive_schema_reports_one_depth_error() -> None:
    """50,000 nested TreeNodes exceed Python's stack: ``rt.run`` turns the RecursionError into a
    single error at the root instead of raising, and the interpreter is left usable."""
    limit = sys.getrecursionlimit()
    errors = recursive_validators.validate("TreeNode", tree(50_000))
    assert len(errors) == 1
    error = errors[0]
    assert (error.path, error.keyword, error.schema_path) == ("", "$ref", "")
    assert error.message == "the data is nested too deeply to validate"
    assert not recursive_validators.is_valid_tree_node(tree(50_000))
    assert sys.getrecursionlimit() == limit
    assert recursive_validators.validate("TreeNode", tree(3)) == []


def test_moderately_deep_recursive_schema_is_validated_exactly() -> None:
    """Recursion that fits the stack is validated fully: the error at the bottom has its path."""
    depth = 100
    bottom = tree(depth)
    node = bottom
    for _ in range(depth):
        node = node["children"][0]
    node["label"] = 42
    errors = recursive_validators.validate("TreeNode", bottom)
    assert [(error.path, error.keyword) for error in errors] == [
        ("/children/0" * depth + "/label", "type")
    ]


# --- size --------------------------------------------------------------------------------------


def sub_tasks_payload(count: int) -> dict[str, Any]:
    """A PutTaskReq with ``count`` sub-tasks (~55 bytes of JSON each)."""
    return {
        "name": "big",
        "sub_tasks": [
            {"name": f"sub-{index:07d}", "progress": index % 101, "migrate_speed": 12.5}
            for index in range(count)
        ],
    }


def best_time(function: Callable[[], object], repeat: int = 2) -> tuple[float, object]:
    """The fastest of ``repeat`` runs (the least disturbed by other load), and the result."""
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        timings.append(time.perf_counter() - start)
    return min(timings), result


def test_ten_megabyte_payload_validates_in_linear_time() -> None:
    """4x the sub-tasks (10 MB of JSON) takes about 4x the time: a ratio under 8 leaves room for
    noise, while anything quadratic (re-walking the list, building paths eagerly) gives 16."""
    small, large = sub_tasks_payload(50_000), sub_tasks_payload(200_000)
    assert len(json.dumps(large)) > 10_000_000
    small_time, small_errors = best_time(lambda: validators.validate("PutTaskReq", small))
    large_time, large_errors = best_time(lambda: validators.validate("PutTaskReq", large))
    assert small_errors == large_errors == []
    assert large_time / small_time < 8, (small_time, large_time)


def test_big_payload_reports_every_bad_item() -> None:
    """Errors scattered through a 100,000-item array are all found, with their indexes."""
    payload = sub_tasks_payload(100_000)
    bad = [0, 1234, 99_999]
    for index in bad:
        payload["sub_tasks"][index]["progress"] = 101
    errors = validators.validate("PutTaskReq", payload)
    assert [(error.path, error.keyword) for error in errors] == [
        (f"/sub_tasks/{index}/progress", "maximum") for index in bad
    ]


# --- the lookup API ----------------------------------------------------------------------------


def test_unknown_schema_name_raises_key_error_listing_known_names() -> None:
    with pytest.raises(KeyError) as raised:
        validators.validate("NoSuchSchema", {})
    message = str(raised.value)
    assert "NoSuchSchema" in message
    for name in validators.SCHEMAS:
        assert name in message


def test_schemas_lists_every_component_schema() -> None:
    names = list(load_spec(MAIN_SPEC).data["components"]["schemas"])
    assert len(names) == 17
    assert list(validators.SCHEMAS) == names
    for name in names:
        assert isinstance(validators.validate(name, {}), list)


# --- messages and order --------------------------------------------------------------------------

#: One payload with many problems, at the top level and nested.
MANY_PROBLEMS: dict[str, Any] = {
    "name": 3,
    "type": "BAD",
    "priority": 5,
    "speed_limit": True,
    "source_server": {"cpu_quantity": -1},
    "estimate_complete_time": 2**64,
    "migrate_speed": 1e5,
    "sub_tasks": [{"name": 1}, {"progress": 100}, {"progress": 1.5}],
}
#: In schema order (keywords in order, properties in order), whatever the payload's key order.
EXPECTED = [
    ("/name", "type", "3 is not of type 'string', 'null'"),
    ("/type", "enum", '"BAD" is not one of ["MIGRATE_FILE", "MIGRATE_BLOCK", null]'),
    ("/priority", "enum", "5 is not one of [0, 1, 2, null]"),
    ("/priority", "maximum", "5 is greater than the maximum of 2"),
    ("/speed_limit", "type", "true is not of type 'integer', 'null'"),
    (
        "/source_server",
        "anyOf",
        (
            "object with 1 property is not valid under any of the given schemas"
            " (closest match: /source_server/cpu_quantity: -1 is less than the minimum of 0)"
        ),
    ),
    (
        "/estimate_complete_time",
        "maximum",
        "18446744073709551616 is greater than the maximum of 9223372036854775807",
    ),
    ("/migrate_speed", "maximum", "100000.0 is greater than the maximum of 10000"),
    ("/sub_tasks/0", "required", '"progress" is a required property'),
    ("/sub_tasks/0/name", "type", "1 is not of type 'string', 'null'"),
    ("/sub_tasks/2/progress", "type", "1.5 is not of type 'integer'"),
]


def test_every_error_is_reported_in_schema_order() -> None:
    errors = validators.validate("PutTaskReq", MANY_PROBLEMS)
    assert [(error.path, error.keyword, error.message) for error in errors] == EXPECTED


def test_errors_are_deterministic() -> None:
    """The same list twice, and for the same payload with its keys inserted in reverse order."""
    first = validators.validate("PutTaskReq", MANY_PROBLEMS)
    assert validators.validate("PutTaskReq", MANY_PROBLEMS) == first
    reversed_payload = dict(reversed(list(MANY_PROBLEMS.items())))
    assert validators.validate("PutTaskReq", reversed_payload) == first


def test_messages_name_the_value_and_the_expectation() -> None:
    """Each message starts with the offending value as rendered for humans and names the schema's
    expectation; the error's schema path points at the keyword that failed."""
    document = load_spec(MAIN_SPEC).data
    for error in validators.validate("PutTaskReq", MANY_PROBLEMS):
        if error.keyword == "required":
            continue  # names the missing property instead: checked in EXPECTED
        value = at_pointer(MANY_PROBLEMS, error.path)
        assert error.message.startswith(rt.show(value) + " "), error
        expectation = at_pointer(document, error.schema_path)
        if error.keyword in ("maximum", "minimum"):
            assert error.message.endswith(f" of {expectation}"), error
        assert error.schema_path.rsplit("/", 1)[-1] == error.keyword
        assert str(error) == f"{error.path}: {error.message}"


def test_messages_stay_short_for_big_values() -> None:
    """A huge string or object is summarised, never copied into the message."""
    errors = validators.validate("PutTaskReq", {"type": "x" * 100_000, "name": {"k": "v" * 10**5}})
    assert [error.keyword for error in errors] == ["type", "enum"]
    for error in errors:
        assert len(error.message) < 200, error.message
    assert errors[0].message == "object with 1 property is not of type 'string', 'null'"


def at_pointer(document: Any, pointer: str) -> Any:
    """The value at an RFC 6901 pointer."""
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        document = document[int(token)] if isinstance(document, list) else document[token]
    return document
