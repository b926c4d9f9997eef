"""Python names for spec names: always valid, stable, distinct, and collisions reported."""

from __future__ import annotations

import builtins
import keyword
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.naming import (
    RESERVED_CLASS_NAMES,
    NameCollisionError,
    attribute_name,
    check_unique,
    class_name,
    constant_name,
    dunder_all_order,
    enum_member_name,
    function_name,
    import_order,
    words,
)

#: Any text, including surrogates and other characters ``st.text()`` leaves out by default.
ANY_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(),
        st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
        st.sampled_from("_-:. 0123456789AZaz\x00\t\n\u0301ßéİ名"),
    )
)


def _is_python_identifier(name: str) -> bool:
    return name.isascii() and name.isidentifier() and not keyword.iskeyword(name)


# --- words -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("camelCase", ["camel", "case"]),
        ("PascalCase", ["pascal", "case"]),
        ("HTTPServer", ["http", "server"]),
        ("getHTTPResponseCode", ["get", "http", "response", "code"]),
        ("snake_case-and.dots", ["snake", "case", "and", "dots"]),
        ("g:EnterpriseProjectId", ["g", "enterprise", "project", "id"]),
        ("ab12Cd", ["ab12", "cd"]),
        ("café", ["cafe"]),
        ("", []),
        ("__", []),
    ],
)
def test_words_split_on_case_and_separators(name: str, expected: list[str]) -> None:
    assert words(name) == expected


# --- attribute_name --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("class", "class_"),
        ("from", "from_"),
        ("None", "none"),  # lowercased: no longer a keyword
        ("match", "match_"),
        ("case", "case_"),
        ("type", "type_"),
        ("str", "str_"),
        ("list", "list_"),
        ("print", "print_"),
        ("self", "self_"),
        ("id", "id"),
        ("g:EnterpriseProjectId", "g_enterprise_project_id"),
        ("1st", "field_1st"),
        ("2", "field_2"),
        ("camelCase", "camel_case"),
        ("HTTPServer", "http_server"),
        ("task-id", "task_id"),
        ("to_dict", "to_dict_"),
        ("from_dict", "from_dict_"),
        ("additional_properties", "additional_properties_"),
        ("wire_names", "wire_names_"),
        ("field", "field_"),
        ("dataclass", "dataclass_"),
    ],
)
def test_attribute_name(name: str, expected: str) -> None:
    assert attribute_name(name) == expected


def test_empty_attribute_name_is_field_but_not_the_reserved_field() -> None:
    # An empty name falls back to "field", which models reserve (the class body calls
    # dataclasses.field), so it gets the trailing underscore like any reserved name.
    assert attribute_name("") == "field_"
    assert attribute_name("-") == "field_"
    assert attribute_name("_") == "field_"


def test_non_ascii_attribute_names_are_ascii_and_distinct() -> None:
    # ö loses its accent; ß and CJK have no ASCII decomposition and become u + code point.
    assert attribute_name("größe") == "gro_u00df_e"
    assert attribute_name("名前") == "u540d_u524d"
    assert attribute_name("名後") == "u540d_u5f8c"
    assert attribute_name("café") == "cafe"


def test_distinct_ascii_words_stay_distinct() -> None:
    names = ["taskId", "task_id2", "task", "id_task", "taskI_d"]
    assert len({attribute_name(name) for name in names}) == len(names)


@given(ANY_TEXT)
def test_attribute_name_is_always_a_safe_identifier(name: str) -> None:
    result = attribute_name(name)
    assert _is_python_identifier(result)
    assert not keyword.issoftkeyword(result)
    assert result == "id" or result not in dir(builtins)
    assert result not in {"to_dict", "from_dict", "additional_properties", "wire_names", "field"}
    assert attribute_name(name) == result


def test_function_and_constant_names() -> None:
    assert function_name("UpdateTask") == "update_task"
    assert constant_name("UpdateTask") == "UPDATE_TASK"
    assert constant_name("class") == "CLASS"
    assert constant_name("1st-Task") == "FIELD_1ST_TASK"


# --- class_name ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["PutTaskReq", "NetWork", "BtrfsSubvolumn", "A", "V2Task"])
def test_plain_class_names_keep_their_spelling(name: str) -> None:
    assert class_name(name) == name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("lowerCamel", "LowerCamel"),
        ("error-response", "ErrorResponse"),
        ("error_response", "ErrorResponse"),
        ("g:EnterpriseProject", "GEnterpriseProject"),
        ("1st", "Model1st"),
        ("1st-place", "Model1stPlace"),
        ("", "Model"),
        ("---", "Model"),
        ("名前", "U540dU524d"),
        ("Any", "AnyModel"),
        ("Enum", "EnumModel"),
        ("UNSET", "UNSETModel"),
        ("Unset", "UnsetModel"),
        ("DecodeError", "DecodeErrorModel"),
        ("str", "Str"),
        ("true", "TrueModel"),
        ("None", "NoneModel"),
        ("Exception", "ExceptionModel"),
    ],
)
def test_class_name(name: str, expected: str) -> None:
    assert class_name(name) == expected


@given(ANY_TEXT)
def test_class_name_is_always_a_safe_class_identifier(name: str) -> None:
    result = class_name(name)
    assert _is_python_identifier(result)
    assert result[0].isascii() and result[0].isupper()
    assert result not in RESERVED_CLASS_NAMES
    assert class_name(name) == result


@pytest.mark.parametrize(
    "name", ["Callable", "Mapping", "ParameterInfo", "OperationInfo", "OPERATIONS"]
)
def test_class_names_avoid_the_generated_operations_module_names(name: str) -> None:
    assert class_name(name) != name


# --- enum_member_name ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", "EMPTY"),
        ("-", "EMPTY"),
        ("a-b", "A_B"),
        ("running", "RUNNING"),
        ("inProgress", "IN_PROGRESS"),
        ("1x", "VALUE_1X"),
        ("2", "VALUE_2"),
        (0, "VALUE_0"),
        (7, "VALUE_7"),
        (-1, "VALUE_MINUS_1"),
        ("class", "CLASS"),
        ("名", "U540D"),
    ],
)
def test_enum_member_name(value: str | int, expected: str) -> None:
    assert enum_member_name(value) == expected


@given(st.one_of(ANY_TEXT, st.integers()))
def test_enum_member_name_is_always_an_upper_case_identifier(value: str | int) -> None:
    result = enum_member_name(value)
    assert _is_python_identifier(result)
    assert result == result.upper()
    assert not result.startswith("_")
    assert enum_member_name(value) == result


# --- check_unique ----------------------------------------------------------------------------


def test_check_unique_reports_both_spec_names_and_the_python_name() -> None:
    pairs = [("taskId", "task_id"), ("name", "name"), ("task-id", "task_id")]
    with pytest.raises(NameCollisionError) as caught:
        check_unique(pairs, "the properties")
    error = caught.value
    assert (error.first, error.second, error.python_name) == ("taskId", "task-id", "task_id")
    assert str(error) == (
        "the properties 'taskId' and 'task-id' both become the Python name 'task_id'"
    )
    assert isinstance(error, ValueError)


def test_check_unique_accepts_repeated_identical_pairs() -> None:
    check_unique([("a", "a"), ("b", "b"), ("a", "a")], "the properties")


def test_check_unique_accepts_distinct_names() -> None:
    check_unique([("class", "class_"), ("class_", "class__")], "the properties")


# --- import and __all__ order ----------------------------------------------------------------

TRICKY_NAMES = [
    "Model10",
    "Model2",
    "ABc",
    "Aa",
    "X",
    "item9",
    "Item10",
    "ITEM_10",
    "ITEM_2",
    "UNSET",
    "Unset",
    "DecodeError",
    "x_y",
]


def test_import_order_groups_constants_classes_then_the_rest() -> None:
    # Constants (more than one letter, all upper case), then classes, then the rest;
    # natural order (2 before 10), case ignored ("Aa" before "ABc").
    assert import_order(TRICKY_NAMES) == (
        "ITEM_2",
        "ITEM_10",
        "UNSET",
        "Aa",
        "ABc",
        "DecodeError",
        "Item10",
        "Model2",
        "Model10",
        "Unset",
        "X",
        "item9",
        "x_y",
    )


def test_dunder_all_order_is_case_sensitive_within_groups() -> None:
    assert dunder_all_order(TRICKY_NAMES)[3:5] == ("ABc", "Aa")
    assert dunder_all_order(["b", "B", "BB"]) == ("BB", "B", "b")


def test_orders_satisfy_ruff(tmp_path: Path) -> None:
    source = tmp_path / "exports.py"
    imports = "".join(f"    {name},\n" for name in import_order(TRICKY_NAMES))
    exported = "".join(f'    "{name}",\n' for name in dunder_all_order(TRICKY_NAMES))
    source.write_text(f"from m import (\n{imports})\n\n__all__ = [\n{exported}]\n")
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache"]
        + ["--select", "I001,RUF022", str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
