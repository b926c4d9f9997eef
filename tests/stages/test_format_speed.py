"""The fast plan of formatting: the same chunks and verdicts as checking chunk by chunk.

:func:`generator.formatting.format_files` with ``trust_layout`` settles which chunks it takes
without black with a few scans of each whole file (``_fast_plan``) instead of
:func:`~generator.formatting.split_chunks` and :func:`~generator.formatting.is_black_layout` on
every chunk (``_checked_plan``, the definition). Checked here: both plans are equal on every spec
the generator is tested with and on thousands of damaged variants of its output; the texts where
the shortcut must not apply (or must leave a chunk to black) still format as black formats the whole
file; and the shortcut is what a large rendered file takes.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import black
import pytest
from black.parsing import InvalidInput

from generator import formatting
from generator.caching import TextCache
from generator.pipeline import render_files

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))
sys.path.insert(0, str(REPO / "tests"))

from golden_cases import golden_cases
from synthetic_spec import build_spec, write_spec


def _plans(text: str) -> tuple[formatting._Plan | None, formatting._Plan]:
    """(the fast plan or None, the checked plan) of a rendered file."""
    header_end = formatting._header_end(text)
    checked = formatting._checked_plan(text[:header_end], text[header_end:], True)
    return formatting._fast_plan(text, header_end), checked


def _assert_same_plan(text: str) -> formatting._Plan | None:
    fast, checked = _plans(text)
    if fast is not None:
        assert fast == checked
    return fast


def _black(text: str) -> str:
    return black.format_str(text, mode=formatting._mode())


def _format(text: str) -> str:
    no_cache = TextCache(None, formatting.CACHE_NAMESPACE)
    return formatting.format_files({"m.py": text}, cache=no_cache, jobs=1, trust_layout=True)[
        "m.py"
    ]


def _rendered_python(spec: Path, templates: Path | None = None) -> list[str]:
    files = render_files(spec, templates=templates)
    return [text for path, text in files.items() if path.endswith(".py")]


@pytest.fixture(scope="module")
def rendered() -> list[str]:
    """Every Python file the built-in templates render for the golden specs."""
    return [
        text
        for case in golden_cases()
        if case.templates is None
        for text in _rendered_python(case.spec)
    ]


# --- the same plan ---------------------------------------------------------------------------------


def test_rendered_files_take_the_fast_plan_with_the_same_chunks(rendered: list[str]) -> None:
    fast = [_assert_same_plan(text) for text in rendered]
    assert all(plan is not None for plan in fast)  # the shortcut applies to all rendered output
    assert sum(len(plan.done) for plan in fast if plan is not None) > 100


def test_custom_templates_give_the_same_plan() -> None:
    (case,) = [case for case in golden_cases() if case.templates is not None]
    for text in _rendered_python(case.spec, case.templates):
        _assert_same_plan(text)


def test_a_synthetic_spec_takes_the_fast_plan(tmp_path: Path) -> None:
    spec = tmp_path / "synthetic.yaml"
    write_spec(build_spec(60), spec)
    texts = _rendered_python(spec)
    assert all(_assert_same_plan(text) is not None for text in texts)
    assert max(map(len, texts)) > 200_000


#: Lines put into rendered files, and their ends, by the damage test: each one defeats some part of
#: the shortcut (a line too long, whitespace, tabs, text other than ASCII, black's directives, an
#: encoding declaration, lines that forbid a cut, definitions and blank lines in odd places).
_LINES = [
    "x = " + "1 + " * 30 + "1",
    '    "' + "s" * 110 + '",',
    '    """' + "d" * 100 + '"""',
    "y = 1  ",
    "\tz = 2",
    "w = 'é'",
    "v = '" + "中" * 60 + "'",
    "# fmt: off",
    "# yapf: disable",
    "# -*- coding: latin-1 -*-",
    "   ",
    "",
    "\x0b",
    "\u3000",
    "@decorator",
    "# a comment",
    "    # an indented comment",
    "x = ...",
    "t: tuple[int, ...] = ()",
    "def stub(): ...",
    "class Empty: pass",
    "async def coroutine(): pass",
    "  def indented(): pass",
    "default = 1",
    "classes = 2",
]
_ENDS = ["  ", " ", "\t", "x" * 100, "é", "...", "  # note", ""]
_RUNS = [
    "\n",
    "\n\n",
    "\n\n\n",
    "\n\n\n\n",
    "\n\n\n\n\n\n",
    "\n \n",
    "\n\n  \n",
    "\n\t\n",
    "\n\x0b\n",
]


def _damaged(text: str, rng: random.Random) -> str:
    """``text`` with a few lines inserted, extended or removed, some lines put before a cut of
    :func:`split_chunks`, and some blank lines before a cut changed."""
    lines = text.split("\n")
    for _ in range(rng.randint(0, 3)):
        index = rng.randrange(len(lines) + 1)
        action = rng.random()
        if action < 0.6:
            lines.insert(index, rng.choice(_LINES))
        elif index < len(lines) and action < 0.8:
            lines[index] += rng.choice(_ENDS)
        elif index < len(lines):
            del lines[index]
    parts = formatting._CUT.split("\n".join(lines))
    for index in range(len(parts) - 1):
        if rng.random() < 0.05:
            parts[index] += rng.choice(["\n", ""]) + rng.choice(_LINES)
        parts[index] += rng.choice(_RUNS) if rng.random() < 0.05 else "\n\n"
    damaged = "".join(parts)
    if rng.random() < 0.1:
        damaged = damaged.rstrip("\n") + rng.choice(["", "  ", "\n\n", "\n\n\n\n"])
    if rng.random() < 0.05:
        damaged = rng.choice(["\n", "\n\n", "  ", "\n\n\n\n"]) + damaged
    return damaged


def test_damaged_files_give_the_same_plan(rendered: list[str]) -> None:
    rng = random.Random(20250601)
    taken = 0
    for _ in range(3000):
        taken += _assert_same_plan(_damaged(rng.choice(rendered), rng)) is not None
    assert 500 < taken < 3000  # both ways were taken, many times


# --- texts where the shortcut must not apply, or must leave a chunk to black ---------------------------

_MODULE = '''"""A module."""

from __future__ import annotations

LIMIT = 3


def first(value: int) -> int:
    """Return the value."""
    return value


class Second:
    """A class."""

    def method(self) -> None:
        pass


def third() -> str:
    return "three"
'''


def _replace(old: str, new: str) -> str:
    assert _MODULE.count(old) == 1
    return _MODULE.replace(old, new)


#: (name, module, whether _fast_plan applies, how many chunks it leaves to black).
CASES = [
    ("plain", _MODULE, True, 0),
    ("three blank lines before a definition", _replace("\n\n\nclass", "\n\n\n\nclass"), True, 0),
    (
        "a long line",
        _replace("    return value\n", "    return value + " + " + ".join(["value"] * 20) + "\n"),
        True,
        1,
    ),
    ("whitespace after code", _replace("    pass\n", "    pass  \n"), True, 1),
    ("whitespace ending the file", _MODULE + "  ", False, 1),
    ("a blank line with spaces", _replace("\n\n\nclass", "\n\n    \nclass"), False, 1),
    ("a blank line with spaces first", "   \n" + _MODULE, False, 1),
    ("a tab", _replace('"three"', '"th\tree"'), False, 1),
    ("text other than ASCII, too wide", _replace('"three"', '"' + "中" * 45 + '"'), True, 1),
    ("text other than ASCII, narrow", _replace('"three"', '"thrée"'), True, 0),
    ("black's directive", _replace("LIMIT = 3\n", "LIMIT = 3  # fmt: skip\n"), False, 1),
    ("yapf's directive", _replace("LIMIT = 3\n", "LIMIT = 3  # yapf: disable\n"), False, 1),
    ("an encoding declaration", _replace("LIMIT = 3\n", "LIMIT = 3\n# coding: utf-8\n"), False, 0),
    (
        "three blank lines in a chunk",
        _replace("LIMIT = 3\n", "LIMIT = 3\n\n\n\nOTHER = 4\n"),
        False,
        1,
    ),
    ("a chunk starting with whitespace", " " + _MODULE, True, 1),
    (
        "an indented comment before a cut",
        _replace("    return value\n", "    return value\n    # note\n"),
        True,
        0,
    ),
    ("a comment before a cut", _replace("\n\n\nclass", "\n\n\n# note\n\n\nclass"), True, 0),
    ("a decorator", _replace("\n\n\nclass", "\n\n\n@decorator\nclass"), True, 0),
    ("an ellipsis before a cut", _replace("LIMIT = 3\n", "LIMIT = ...\n"), True, 0),
    ("a one-line stub before a cut", _replace("LIMIT = 3\n", "def stub(): ...\n"), True, 0),
    ("no final newline", _MODULE.rstrip("\n"), True, 0),
    ("a line black splits, last", _MODULE + "x = [" + "1, " * 40 + "1]\n", True, 1),
]


@pytest.mark.parametrize(
    ("module", "fast", "left"), [case[1:] for case in CASES], ids=[case[0] for case in CASES]
)
def test_what_the_shortcut_leaves_to_black(
    module: str, fast: bool, left: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan, checked = _plans(module)
    assert (plan is not None) is fast
    assert plan is None or plan == checked
    assert len(checked.todo) == left
    expected = _black_or_none(module)
    if expected is None:  # black rejects the file, as before
        with pytest.raises(formatting.FormatterError):
            _format(module)
        return
    formatted = _format(module)
    assert formatted == expected
    monkeypatch.setattr(formatting, "_fast_plan", lambda text, header_end: None)
    assert _format(module) == formatted  # as chunk by chunk


def _black_or_none(module: str) -> str | None:
    try:
        return _black(module)
    except InvalidInput:
        return None


def test_the_scan_for_directives_finds_each_marker() -> None:
    for marker in formatting._UNCUTTABLE:
        text = f"x = 1\ny = '{marker}'\n"
        assert formatting._uncuttable(text)
        assert formatting.split_chunks("def f(): pass\n\n\n" + text) == [
            "def f(): pass\n\n\n" + text
        ]
    assert not formatting._uncuttable("fmt = 1\nyapf = {'a': 2}\nx = 'fmt' + ':'\n")


# --- the shortcut is what a large file takes ----------------------------------------------------------


def test_a_large_file_is_planned_without_judging_every_chunk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The speed contract, counted rather than timed: on a rendered file of thousands of chunks,
    only a few chunks (the first and last, the rare long line) are judged one by one."""
    spec = tmp_path / "synthetic.yaml"
    write_spec(build_spec(200), spec)
    files = render_files(spec)
    judged: list[str] = []
    judge = formatting.is_black_layout

    def counted(chunk: str) -> bool:
        judged.append(chunk)
        return judge(chunk)

    monkeypatch.setattr(formatting, "is_black_layout", counted)
    monkeypatch.setattr(formatting, "split_chunks", None)  # the checked plan is not taken
    no_cache = TextCache(None, formatting.CACHE_NAMESPACE)
    output = formatting.format_files(files, cache=no_cache, jobs=1, trust_layout=True)
    assert len(judged) < 20
    monkeypatch.undo()
    validators = next(text for path, text in files.items() if path.endswith("validators.py"))
    assert len(_plans(validators)[1].done) > 2000
    monkeypatch.setattr(formatting, "_fast_plan", lambda text, header_end: None)
    assert output == formatting.format_files(files, cache=no_cache, jobs=1, trust_layout=True)
