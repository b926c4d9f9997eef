"""The built-in templates lay code out as black does, so trusted chunks need no black run.

generator.formatting takes a chunk without running black when :func:`is_black_layout` accepts it.
That is only correct if black would leave every such chunk exactly as it is: checked here chunk by
chunk, against black itself, on every spec the generator is tested with; plus the pieces the claim
rests on (string literals, docstrings, line widths) on random text.
"""

from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path

import black
import pytest
from black.strings import char_width
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import formatting
from generator.errors import SpecError
from generator.formatting import LINE_LENGTH, is_black_layout, line_width
from generator.literals import docstring_body, python_literal, string_literal
from generator.pipeline import render_files

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "tests"))

from golden_cases import golden_cases
from synthetic_spec import build_spec, write_spec

REALWORLD = sorted(
    path
    for path in (REPO / "tests" / "realworld" / "specs").rglob("*")
    if path.suffix in (".yaml", ".json")
)


def _black(text: str) -> str:
    return black.format_str(text, mode=formatting._mode())


def _rendered_chunks(spec: Path) -> list[tuple[str, str]]:
    """(path, chunk) for every chunk of every Python file the built-in templates render."""
    files = render_files(spec)
    return [
        (path, chunk)
        for path, text in files.items()
        if path.endswith(".py")
        for chunk in formatting.split_chunks(formatting.split_header(text)[1])
    ]


def _assert_trusted_chunks_are_black(spec: Path) -> tuple[int, int]:
    """Every chunk :func:`is_black_layout` accepts is what black makes of it; (trusted, all)."""
    chunks = _rendered_chunks(spec)
    trusted = [(path, chunk) for path, chunk in chunks if is_black_layout(chunk)]
    for path, chunk in trusted:
        expected = chunk.strip("\n") + "\n"
        formatted = _black(chunk)
        assert formatted == expected, f"{spec.name} {path}:\n" + "".join(
            difflib.unified_diff(expected.splitlines(True), formatted.splitlines(True))
        )
    return len(trusted), len(chunks)


@pytest.mark.parametrize(
    "spec",
    [case.spec for case in golden_cases() if case.templates is None],
    ids=lambda spec: spec.stem,
)
def test_golden_specs_render_in_black_layout(spec: Path) -> None:
    trusted, total = _assert_trusted_chunks_are_black(spec)
    assert trusted >= total - 1  # at most one chunk with a line black must judge


def test_the_sms_spec_needs_no_black_run() -> None:
    """The speed contract: regenerating the SMS spec formats nothing with black."""
    trusted, total = _assert_trusted_chunks_are_black(REPO / "spec" / "sms-update-task.yaml")
    assert trusted == total


@pytest.mark.parametrize("spec", REALWORLD, ids=lambda path: path.relative_to(REPO).as_posix())
def test_realworld_specs_render_in_black_layout(spec: Path) -> None:
    try:
        trusted, total = _assert_trusted_chunks_are_black(spec)
    except SpecError:
        pytest.skip("refused by the generator (tests/realworld covers the message)")
    assert trusted > total // 2


def test_synthetic_specs_render_in_black_layout(tmp_path: Path) -> None:
    spec = tmp_path / "synthetic.yaml"
    write_spec(build_spec(40), spec)
    trusted, total = _assert_trusted_chunks_are_black(spec)
    assert trusted == total


def test_long_names_take_each_of_black_s_layouts(tmp_path: Path) -> None:
    """Names of growing length push each construct through its one-line, parenthesized and
    split layouts (the fixtures' names are short); e.g. a nullable model property's encoding
    (models.py.jinja, ``nullable_encoding``) takes all three for 5, 20 and 28 characters."""
    properties = {
        "p" * length: {"anyOf": [{"$ref": "#/components/schemas/Leaf"}, {"type": "null"}]}
        for length in (5, 20, 28, 35)
    }
    spec = tmp_path / "long_names.json"
    spec.write_text(
        json.dumps(
            {
                "openapi": "3.1.0",
                "info": {"title": "Long", "version": "1"},
                "paths": {},
                "components": {
                    "schemas": {
                        "Leaf": {"type": "object", "properties": {"x": {"type": "string"}}},
                        "Holder": {
                            "type": "object",
                            "required": ["p" * 28, "p" * 35],
                            "properties": properties,
                        },
                    }
                },
            }
        ),
        encoding="utf-8",
    )
    trusted, total = _assert_trusted_chunks_are_black(spec)
    assert trusted == total


def test_trusting_the_layout_changes_no_byte() -> None:
    """Whole files, headers and joins included: the fast path equals black on every file."""
    from generator.caching import TextCache

    rendered = render_files(REPO / "spec" / "sms-update-task.yaml")
    no_cache = TextCache(None, "unused")
    fast = formatting.format_files(rendered, cache=no_cache, jobs=1, trust_layout=True)
    assert fast == formatting.format_files(rendered, cache=no_cache, jobs=1)


# --- what the layout rests on ------------------------------------------------------------------

#: Text with the characters that matter to black's string and docstring handling.
_TEXT = st.text(
    st.one_of(
        st.sampled_from(list("'\"\\ \t\n\r\x00\x0c\x1c\xa0\u3000\u2028\u00e9\u4e2d\U0001f600")),
        st.characters(),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_string_literals_are_spelled_as_black_spells_them(text: str) -> None:
    source = f"x = {string_literal(text)}\n"
    if line_width(source) <= LINE_LENGTH:
        assert _black(source) == source


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.integers()))
def test_numbers_are_spelled_as_black_spells_them(number: float) -> None:
    source = f"x = {python_literal(number)}\n"
    assert _black(source) == source


@settings(max_examples=300, deadline=None)
@given(st.text(st.one_of(st.sampled_from(list(" \n\"'\\\xa0x")), st.characters()), max_size=200))
def test_docstrings_are_laid_out_as_black_lays_them_out(text: str) -> None:
    body = docstring_body(text)
    if not body:
        return
    indented = body.replace("\n", "\n        ").replace("\n        \n", "\n\n")
    source = f'class C:\n    def f(self) -> None:\n        """{indented}"""\n'
    source = "\n".join(line if line.strip() else "" for line in source.split("\n"))
    if is_black_layout(source):
        assert _black(source) == source


def test_line_width_never_undercounts_black() -> None:
    """Checked for every code point: an undercount could let a too-long line through."""
    undercounted = [
        code
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF and line_width(chr(code)) < char_width(chr(code))
    ]
    assert undercounted == []


@pytest.mark.parametrize(
    ("chunk", "accepted"),
    [
        ("def f() -> None:\n    pass\n", True),
        ("x = 1\n\n\n", True),
        ("x = " + "1 + " * 30 + "1\n", False),  # too long: black splits it
        ('def f() -> None:\n    """' + "word " * 30 + 'end"""\n', True),  # one-line docstring
        ("f(\n    " + '"' + "w" * 120 + '",\n)\n', True),  # a lone string item
        ("f(\n    " + '"' + "w" * 120 + '" + x,\n)\n', False),
        ("x = 1  \n", False),  # trailing whitespace
        ("x = 1\n\n\n\n\ny = 2\n", False),  # more blank lines than black keeps
        ("x = 1  # fmt: skip\n", False),
        ("if x:\n\ty = 1\n", False),
        ("    x = 1\n", False),  # indented first line: not a module chunk
        ("\n\n", False),
        ("x = '中" + "文" * 48 + "'\n", False),  # 100 characters, but wider than 100 columns
    ],
)
def test_is_black_layout(chunk: str, accepted: bool) -> None:
    assert is_black_layout(chunk) is accepted
    if accepted:
        assert _black(chunk) == chunk.strip("\n") + "\n"
