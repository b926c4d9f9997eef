"""Stage 1: YAML/JSON bytes → plain data, a line for every JSON pointer, located errors."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator import loading
from generator.errors import SpecError
from generator.loading import (
    Document,
    child_pointer,
    escape_pointer_token,
    load_spec,
    unescape_pointer_token,
)

ParseFn = Callable[[str | bytes], Document]

# Line numbers are written next to each line so that the expected values can be checked by eye.
YAML_SPEC = """\
openapi: 3.1.0
info:
  title: Tasks
  version: "1.0"
paths:
  /tasks/{id}:
    put:
      tags:
        - first
        - second
      responses:
        200:
          description: OK
"""
#  1 openapi  2 info  3 title  4 version  5 paths  6 /tasks/{id}  7 put  8 tags  9 first
# 10 second  11 responses  12 200  13 description

JSON_SPEC = """\
{
  "openapi": "3.1.0",
  "info": {
    "title": "Tasks",
    "version": "1.0"
  },
  "tags": [
    "first",
    {"name": "second"}
  ]
}
"""

PUT = "/paths/~1tasks~1{id}/put"


def _error(parse: ParseFn, text: str | bytes) -> SpecError:
    with pytest.raises(SpecError) as caught:
        parse(text)
    return caught.value


# --- plain data ------------------------------------------------------------------------------


def test_yaml_loads_to_plain_data(parse: ParseFn) -> None:
    assert parse(YAML_SPEC).data == {
        "openapi": "3.1.0",
        "info": {"title": "Tasks", "version": "1.0"},
        "paths": {
            "/tasks/{id}": {
                "put": {
                    "tags": ["first", "second"],
                    "responses": {"200": {"description": "OK"}},
                }
            }
        },
    }


def test_json_loads_to_the_same_data_as_the_json_module(parse: ParseFn) -> None:
    assert parse(JSON_SPEC).data == json.loads(JSON_SPEC)


def test_scalars_keep_their_json_types(parse: ParseFn) -> None:
    data = parse("i: 200\nf: 1.5\nt: true\nn: null\ns: '200'\nneg: -3\n").data
    assert data == {"i": 200, "f": 1.5, "t": True, "n": None, "s": "200", "neg": -3}
    assert [type(value) for value in data.values()] == [int, float, bool, type(None), str, int]


def test_unquoted_numeric_keys_become_strings(parse: ParseFn) -> None:
    data = parse("responses:\n  200: {description: OK}\n  '201': {description: Created}\n").data
    assert list(data["responses"]) == ["200", "201"]
    assert all(isinstance(key, str) for key in data["responses"])


def test_non_string_scalar_keys_keep_their_source_text(parse: ParseFn) -> None:
    data = parse("true: a\nnull: b\n1.5: c\n0x1F: d\n").data
    assert data == {"true": "a", "null": "b", "1.5": "c", "0x1F": "d"}


def test_an_alias_to_a_sibling_is_expanded(parse: ParseFn) -> None:
    data = parse("x: &v {k: 1}\ny: *v\n").data
    assert data == {"x": {"k": 1}, "y": {"k": 1}}


def test_a_utf8_byte_order_mark_is_ignored(parse: ParseFn) -> None:
    assert parse(b"\xef\xbb\xbfa: 1\n").data == {"a": 1}


def test_non_ascii_text_survives(parse: ParseFn) -> None:
    assert parse("größe: 名前\n").data == {"größe": "名前"}


def test_json_surrogate_pair_escape_is_one_character(parse: ParseFn) -> None:
    assert parse('{"a": "\\ud83d\\ude00"}').data == {"a": "\U0001f600"}


# --- line numbers ----------------------------------------------------------------------------


def test_yaml_lines_are_recorded_per_pointer(parse: ParseFn) -> None:
    lines = parse(YAML_SPEC).lines
    assert lines[""] == 1
    assert lines["/info"] == 2
    assert lines["/info/version"] == 4
    assert lines["/paths/~1tasks~1{id}"] == 6
    assert lines[f"{PUT}/tags/0"] == 9
    assert lines[f"{PUT}/tags/1"] == 10
    assert lines[f"{PUT}/responses/200/description"] == 13


def test_json_lines_are_recorded_per_pointer(parse: ParseFn) -> None:
    lines = parse(JSON_SPEC).lines
    assert lines["/openapi"] == 2
    assert lines["/info/title"] == 4
    assert lines["/tags"] == 7
    assert lines["/tags/1"] == 9
    assert lines["/tags/1/name"] == 9


def test_every_node_has_a_line(parse: ParseFn) -> None:
    document = parse(YAML_SPEC)
    expected = {
        "",
        "/openapi",
        "/info",
        "/info/title",
        "/info/version",
        "/paths",
        "/paths/~1tasks~1{id}",
        PUT,
        f"{PUT}/tags",
        f"{PUT}/tags/0",
        f"{PUT}/tags/1",
        f"{PUT}/responses",
        f"{PUT}/responses/200",
        f"{PUT}/responses/200/description",
    }
    assert set(document.lines) == expected


def test_line_of_falls_back_to_the_nearest_known_ancestor(parse: ParseFn) -> None:
    document = parse(YAML_SPEC)
    assert document.line_of("/info/title") == 3
    assert document.line_of("/info/title/not/there") == 3
    assert document.line_of(f"{PUT}/tags/7") == 8
    assert document.line_of("/nothing") == 1
    assert document.line_of("") == 1


def test_line_of_is_none_without_any_known_line() -> None:
    document = Document(path=Path("x.yaml"), data={}, sha256="", lines={})
    assert document.line_of("/a/b") is None
    assert document.line_of("") is None


def test_document_error_is_located_at_the_node(parse: ParseFn) -> None:
    error = parse(YAML_SPEC).error("/info/version/x", "bad version")
    assert (error.file, error.line, error.pointer, error.message) == (
        "spec.yaml",
        4,
        "/info/version/x",
        "bad version",
    )


# --- JSON pointer tokens ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "escaped"),
    [("a/b", "a~1b"), ("a~b", "a~0b"), ("~1", "~01"), ("/~", "~1~0"), ("plain", "plain")],
)
def test_pointer_token_escaping(token: str, escaped: str) -> None:
    assert escape_pointer_token(token) == escaped
    assert unescape_pointer_token(escaped) == token


@given(st.text())
def test_pointer_token_escaping_round_trips(token: str) -> None:
    escaped = escape_pointer_token(token)
    assert "/" not in escaped
    assert unescape_pointer_token(escaped) == token


def test_child_pointer_escapes_the_token() -> None:
    assert child_pointer("", "paths") == "/paths"
    assert child_pointer("/paths", "/tasks/{id}") == "/paths/~1tasks~1{id}"
    assert child_pointer("/tags", 0) == "/tags/0"


def test_keys_with_slash_and_tilde_get_escaped_pointers(parse: ParseFn) -> None:
    document = parse("'a/b':\n  '~x': 1\n")
    assert document.lines["/a~1b/~0x"] == 2


# --- errors ----------------------------------------------------------------------------------


def test_spec_error_formats_file_line_and_pointer() -> None:
    assert str(SpecError("s.yaml", 12, "/a/b", "boom")) == "s.yaml:12: #/a/b: boom"
    assert str(SpecError("s.yaml", None, "", "boom")) == "s.yaml: #: boom"


def test_malformed_yaml_reports_the_line_of_the_problem(parse: ParseFn) -> None:
    error = _error(parse, "openapi: 3.1.0\ninfo:\n  title: x\n   version: 1\n")
    assert (error.line, error.pointer) == (4, "")
    assert str(error).startswith("spec.yaml:4: #: malformed YAML or JSON: ")


def test_malformed_json_reports_the_line_of_the_problem(parse: ParseFn) -> None:
    error = _error(parse, '{\n  "a": [1, 2\n}\n')
    assert (error.file, error.line, error.pointer) == ("spec.yaml", 3, "")
    assert "malformed YAML or JSON" in error.message


def test_several_documents_are_refused(parse: ParseFn) -> None:
    error = _error(parse, "a: 1\n---\nb: 2\n")
    assert error.line == 2


def test_duplicate_key_reports_the_line_of_the_duplicate(parse: ParseFn) -> None:
    error = _error(parse, "a: 1\nb:\n  x: 1\n  y: 2\n  x: 3\n")
    assert str(error) == "spec.yaml:5: #/b/x: duplicate key 'x'"


def test_duplicate_key_in_json_is_refused(parse: ParseFn) -> None:
    error = _error(parse, '{\n  "a": 1,\n  "a": 2\n}\n')
    assert (error.line, error.pointer) == (3, "/a")


def test_quoted_and_unquoted_spellings_of_one_key_are_duplicates(parse: ParseFn) -> None:
    error = _error(parse, "200: a\n'200': b\n")
    assert (error.line, error.pointer) == (2, "/200")


def test_sequence_as_mapping_key_is_refused(parse: ParseFn) -> None:
    error = _error(parse, "x:\n  y: 1\n  ? [a, b]\n  : 1\n")
    assert str(error) == "spec.yaml:3: #/x: mapping keys must be strings"


def test_mapping_as_mapping_key_is_refused(parse: ParseFn) -> None:
    error = _error(parse, "? {a: 1}\n: 1\n")
    assert (error.line, error.pointer, error.message) == (1, "", "mapping keys must be strings")


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("a: 1\nb: !!set {x, y}\n", "tag:yaml.org,2002:set"),
        ("a: 1\nb: 2020-01-01\n", "tag:yaml.org,2002:timestamp"),
        ("a: 1\nb: !!binary aGVsbG8=\n", "tag:yaml.org,2002:binary"),
        ("a: 1\nb: !custom 12\n", "!custom"),
        ("a: 1\nb: !!omap [x: 1]\n", "tag:yaml.org,2002:omap"),
    ],
)
def test_values_with_non_json_tags_are_refused(parse: ParseFn, text: str, tag: str) -> None:
    error = _error(parse, text)
    assert str(error) == f"spec.yaml:2: #/b: unsupported YAML tag {tag!r}"


def test_timestamp_inside_a_list_is_refused_at_its_item(parse: ParseFn) -> None:
    error = _error(parse, "x:\n  - 1\n  - 2020-01-01\n")
    assert (error.line, error.pointer) == (3, "/x/1")


def test_dates_are_kept_as_strings_when_quoted_tagged_or_keys(parse: ParseFn) -> None:
    data = parse("a: '2020-01-01'\nb: !!str 2020-01-01\n2020-01-02: c\n").data
    assert data == {"a": "2020-01-01", "b": "2020-01-01", "2020-01-02": "c"}


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"])
def test_empty_spec_is_refused(parse: ParseFn, text: str) -> None:
    error = _error(parse, text)
    assert str(error) == "spec.yaml: #: the spec is empty"


def test_non_utf8_bytes_are_refused(parse: ParseFn) -> None:
    error = _error(parse, b"a: \xff\xfe\n")
    assert (error.file, error.line, error.pointer) == ("spec.yaml", None, "")
    assert error.message.startswith("the spec is not UTF-8")


def test_control_characters_are_refused(parse: ParseFn) -> None:
    error = _error(parse, b"a: 1\nb: x\x00y\n")
    assert "malformed YAML or JSON" in error.message


def test_alias_to_its_own_ancestor_is_refused(parse: ParseFn) -> None:
    error = _error(parse, "a: &x\n  b: *x\n")
    assert str(error) == "spec.yaml:2: #/a/b: a YAML alias refers to its own ancestor"


def test_alias_to_its_own_ancestor_inside_a_list_is_refused(parse: ParseFn) -> None:
    error = _error(parse, "a: &s\n  - 1\n  - *s\n")
    assert (error.pointer, error.message) == ("/a/1", "a YAML alias refers to its own ancestor")


def test_undefined_alias_is_refused(parse: ParseFn) -> None:
    error = _error(parse, "a: 1\nb: *nowhere\n")
    assert error.line == 2


# --- files -----------------------------------------------------------------------------------


def test_load_spec_reads_the_file_and_hashes_the_raw_bytes(
    write_spec: Callable[[str | bytes, str], Path],
) -> None:
    raw = b"\xef\xbb\xbfopenapi: 3.1.0\r\ninfo: {title: T}\r\n"
    path = write_spec(raw, "spec.yaml")
    document = load_spec(path)
    assert document.path == path
    assert document.data == {"openapi": "3.1.0", "info": {"title": "T"}}
    assert document.sha256 == hashlib.sha256(raw).hexdigest()
    # The hash is of the bytes, not of the decoded (BOM-less, newline-normalised) text.
    assert document.sha256 != hashlib.sha256(b"openapi: 3.1.0\ninfo: {title: T}\n").hexdigest()


def test_load_spec_reads_json_files(write_spec: Callable[[str | bytes, str], Path]) -> None:
    document = load_spec(write_spec(JSON_SPEC, "spec.json"))
    assert document.data == json.loads(JSON_SPEC)
    assert document.lines["/tags/1"] == 9


def test_errors_name_the_file_they_were_loaded_from(
    write_spec: Callable[[str | bytes, str], Path],
) -> None:
    path = write_spec("a: 1\na: 2\n", "dup.yaml")
    with pytest.raises(SpecError) as caught:
        load_spec(path)
    assert str(caught.value) == f"{path}:2: #/a: duplicate key 'a'"


def test_missing_file_is_a_spec_error(tmp_path: Path) -> None:
    path = tmp_path / "missing.yaml"
    with pytest.raises(SpecError) as caught:
        load_spec(path)
    error = caught.value
    assert (error.file, error.line, error.pointer) == (str(path), None, "")
    assert error.message == "cannot read the spec: No such file or directory"
    assert error.__cause__ is None and error.__suppress_context__


def test_directory_is_a_spec_error(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as caught:
        load_spec(tmp_path)
    assert caught.value.message.startswith("cannot read the spec: ")


# --- known bugs ------------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["1e5", "1.0e5", "2E3"])
def test_json_exponent_numbers_are_numbers(parse: ParseFn, number: str) -> None:
    assert parse(f'{{"maximum": {number}}}').data == json.loads(f'{{"maximum": {number}}}')


@pytest.mark.parametrize("value", ["!!int abc", "!!float abc", "!!bool maybe"])
def test_explicitly_tagged_scalar_that_cannot_convert_is_a_spec_error(
    parse: ParseFn, value: str
) -> None:
    error = _error(parse, f"a: 1\nb: {value}\n")
    assert (error.line, error.pointer) == (2, "/b")


def test_huge_integer_is_a_spec_error(parse: ParseFn) -> None:
    error = _error(parse, "a: 1\nb: " + "9" * 5000 + "\n")
    assert (error.line, error.pointer) == (2, "/b")


def test_yaml_merge_key_is_merged_or_refused(parse: ParseFn) -> None:
    try:
        data = parse("base: &b {x: 1}\nd:\n  <<: *b\n  y: 2\n").data
    except SpecError:
        return
    assert data["d"] == {"x": 1, "y": 2}


def test_yaml_flow_single_quoted_backslashes_are_literal(parse: ParseFn) -> None:
    assert parse("{a: '\\ud83d\\ude00'}").data == {"a": "\\ud83d\\ude00"}


def test_json_with_bom_and_surrogate_pair_loads(parse: ParseFn) -> None:
    assert parse(b'\xef\xbb\xbf{"a": "\\ud83d\\ude00"}').data == {"a": "\U0001f600"}


def test_control_character_error_has_its_line(parse: ParseFn) -> None:
    assert _error(parse, b"a: 1\nb: 2\nc: x\x00y\n").line == 3


def test_alias_to_ancestor_in_a_list_reports_the_alias_line(parse: ParseFn) -> None:
    assert _error(parse, "a: &s\n  - 1\n  - *s\n").line == 3


@pytest.mark.parametrize(
    ("text", "pointer", "line"),
    [
        ("x: &v 5\nl:\n  - 1\n  - *v\n", "/l/1", 4),  # anchored before the sequence
        ("l: [&a 1, *a]\n", "/l/1", 1),  # anchored in the same flow sequence
        ("m:\n  - {x: &b 2}\n  - *b\n", "/m/1", 3),  # anchored inside an earlier item
        ("o: &o {k: 1}\nl:\n  - *o\n", "/l/0/k", 1),  # what an alias stands for stays put
    ],
)
def test_an_alias_item_is_located_where_the_alias_is_written(
    parse: ParseFn, text: str, pointer: str, line: int
) -> None:
    assert parse(text).lines[pointer] == line


def test_alias_items_cost_no_second_parse_without_aliases(
    parse: ParseFn, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(text: str) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(loading, "_alias_item_lines", fail)
    assert parse("l: [1, [2, 3], {a: [4]}]\nm: {k: [x, y]}\n").lines["/l/2/a/0"] == 1


def test_deep_nesting_is_loaded_or_refused_with_a_spec_error(parse: ParseFn) -> None:
    depth = 900
    try:
        data = parse("x: " + "[" * depth + "1" + "]" * depth + "\n").data
    except SpecError:
        return
    for _ in range(depth):
        data = data["x"] if isinstance(data, dict) else data[0]
    assert data == [1]
