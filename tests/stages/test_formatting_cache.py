"""Fast formatting gives black's exact bytes: chunks, the cache, processes, and the run memo.

The central claim (generator/formatting.py, ``split_chunks``) is that formatting a module chunk by
chunk and joining the results is byte-identical to formatting it whole; it is checked here against
whole-file black on every golden spec, a synthetic spec and hand-written corner cases.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import black
import pytest
from golden_cases import REPO, GoldenCase, golden_cases

from generator import caching, formatting, pipeline
from generator.caching import CACHE_DIR_ENV, TextCache, default_cache_dir
from generator.errors import SpecError
from generator.formatting import FormatterError, cache_key, format_files, split_chunks

CASES = golden_cases()


def _whole(text: str) -> str:
    """The reference: black on the whole file, exactly as the generator used to call it."""
    return black.format_str(text, mode=formatting._mode())


def _no_cache() -> TextCache:
    return TextCache(None, formatting.CACHE_NAMESPACE)


def _rendered(
    monkeypatch: pytest.MonkeyPatch, spec: Path, templates: Path | None = None
) -> dict[str, str]:
    """The files of a run before formatting."""
    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "format_files", lambda files: dict(files))
        return pipeline._generate(spec, None, package_name=None, templates=templates)


def _python(files: dict[str, str]) -> dict[str, str]:
    return {path: text for path, text in files.items() if path.endswith(".py")}


def _synthetic_spec_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "synthetic_spec", REPO / "bench/synthetic_spec.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- chunks: the same bytes as whole-file formatting -----------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_chunked_formatting_equals_whole_file_formatting(
    case: GoldenCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered = _python(_rendered(monkeypatch, case.spec, case.templates))
    for text in rendered.values():
        assert "".join(split_chunks(text)) == text
    cut = [path for path, text in rendered.items() if len(split_chunks(text)) > 1]
    assert cut, "no module was cut: the test would prove nothing"
    assert format_files(rendered, cache=_no_cache(), jobs=1) == {
        path: _whole(text) for path, text in rendered.items()
    }


def test_chunked_formatting_equals_whole_file_formatting_on_a_synthetic_spec(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synthetic = _synthetic_spec_module()
    spec = tmp_path / "synthetic.yaml"
    synthetic.write_spec(synthetic.build_spec(20), spec)
    rendered = _python(_rendered(monkeypatch, spec))
    expected = {path: _whole(text) for path, text in rendered.items()}
    assert format_files(rendered, cache=_no_cache(), jobs=1) == expected


#: Hand-written modules around every rule of split_chunks; each must format as the whole file does.
CORNER_CASES = {
    "plain": "import os\nx=1\n\ndef f( a ):\n  return a\n\nclass A :\n  pass\n",
    "many blank lines": "x = 1\n\n\n\n\n\ndef f():\n    pass\n\n\n\n\nclass A:\n    pass\n",
    "one blank line": "x = 1\n\ndef f(): return 1\n\ny = 2\n\nclass A: pass\n",
    "decorators": "x = 1\n\n@dec\n@dec2(1,2)\ndef f():\n    pass\n\n@dec\n\ndef g():\n    pass\n",
    "decorated class": "import a\n\n@dataclass(frozen=True)\nclass A:\n    x: int\n",
    "comment before def": "x = 1\n# about f\n\ndef f():\n    pass\n\n# hugging g\ndef g():\n    pass\n",
    "comment after body": "def f():\n    return 1\n    # trailing\n\ndef g():\n    pass\n",
    "column-0 comment after body": "def f():\n    return 1\n# top\n\ndef g():\n    pass\n",
    "stubs": "def f(): ...\n\ndef g(): ...\ndef h(): ...\n\nclass P(Protocol):\n    def m(self): ...\n\ndef k(): pass\n",
    "class docstring": 'class A:\n    """Doc."""\n\ndef f():\n    pass\n\nclass B:\n\n    """Doc."""\n\nx = 1\n',
    "module docstring": '"""Module."""\n\ndef f():\n    pass\n',
    "nested defs": "def f():\n    def g():\n        pass\n\n    return g\n\ndef h():\n    pass\n",
    "conditional defs": "if X:\n    def f():\n        return 1\n\ndef g():\n    pass\n\nif Y:\n    pass\nelse:\n    def k(): ...\n\ndef m():\n    pass\n",
    "async": "import asyncio\n\nasync def f():\n    await g()\n\nasync  def g():\n    pass\n",
    "def in a string": 'x = """\n\ndef fake():\n    pass\n"""\n\ndef real():\n    return x\n',
    "class in a string": "x = '''\n\nclass Fake:\n'''\n\nclass Real:\n    pass\n",
    "matmul in brackets": "y = (a\n\n@ b)\n\ndef f():\n    pass\n",
    "backslash": "x = 1 + \\\n    2\n\ndef f():\n    pass\n",
    "fmt off": "# fmt: off\nx = [1,\n  2]\n\ndef f( ):\n    pass\n# fmt: on\n\ndef g( ):\n    pass\n",
    "fmt skip": "x = [1,2]  # fmt: skip\n\ndef f( ):\n    pass\n",
    "crlf": "x = 1\r\n\r\ndef f():\r\n    pass\r\n",
    "form feed": "x = 1\n\f\ndef f():\n    pass\n",
    "overloads": "@overload\ndef f(x: int) -> int: ...\n@overload\ndef f(x: str) -> str: ...\n\ndef f(x): return x\n",
    "if type checking": "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    import os\n\ndef f():\n    pass\n",
    "imports then class": "import os\nimport sys\n\nclass A:\n    pass\n",
    "long lines": (
        "X = 1\n\ndef f(aaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccccc, ddddddddddddddddddd, "
        "eeeeeeeeeeeee):\n    return {'a': 1, 'b': [1, 2, 3,], 'c': (x for x in range(10) if x)}\n\n"
        "class A(Base, metaclass=Meta):\n    x: dict[str, list[int]] = {'k': [1]}\n"
    ),
    "trailing whitespace": "x = 1   \n   \n\t\ndef f():   \n    pass   \n\n\n\n",
    "no final newline": "x = 1\n\ndef f():\n    pass",
    "encoding declaration": "\n\n# -*- coding: latin-1 -*-\nx = 1\n\ndef f():\n    pass\n",
}


@pytest.mark.parametrize("name", list(CORNER_CASES))
def test_corner_cases_format_as_the_whole_file(name: str) -> None:
    text = CORNER_CASES[name]
    assert "".join(split_chunks(text)) == text
    assert format_files({"m.py": text}, cache=_no_cache(), jobs=1) == {"m.py": _whole(text)}


def test_only_proven_places_are_cut() -> None:
    assert len(split_chunks(CORNER_CASES["plain"])) == 3
    # Not after a decorator, a hugging comment, a stub, or without a blank line.
    for text in (
        "@dec\n\ndef g():\n    pass\n",
        "x = 1\n# hug\ndef g():\n    pass\n",
        "x = 1\n# hug\n\ndef g():\n    pass\n",
        "def f(): ...\n\ndef g():\n    pass\n",
        "x = 1\ndef g():\n    pass\n",
        "def f():\n    pass\n\n    def g():\n        pass\n",
    ):
        assert split_chunks(text) == [text]
    for name in ("fmt off", "fmt skip", "crlf", "form feed", "encoding declaration"):
        assert len(split_chunks(CORNER_CASES[name])) == 1, name


def test_a_wrong_cut_falls_back_to_the_whole_file() -> None:
    # The cut before "def fake" lands inside a string: that chunk does not parse, so the file is
    # formatted whole — and still gives black's bytes.
    text = CORNER_CASES["def in a string"]
    assert len(split_chunks(text)) == 3
    assert format_files({"m.py": text}, cache=_no_cache(), jobs=1)["m.py"] == _whole(text)


def test_invalid_python_in_one_chunk_is_reported_for_the_whole_file() -> None:
    text = "x = 1\n\ndef f():\n    pass\n\ndef (:\n    pass\n"
    assert len(split_chunks(text)) == 3
    with pytest.raises(
        FormatterError, match=r"internal error: the rendered m\.py is not valid.*6:"
    ):
        format_files({"m.py": text}, cache=_no_cache(), jobs=1)


def test_processes_give_the_same_bytes_and_fill_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(formatting, "PARALLEL_MIN_CHARS", 0)
    files = {f"m{index}.py": CORNER_CASES[name] for index, name in enumerate(CORNER_CASES)}
    cache = TextCache(tmp_path, formatting.CACHE_NAMESPACE)
    expected = {path: _whole(text) for path, text in files.items()}
    assert format_files(files, cache=cache, jobs=2) == expected
    monkeypatch.setattr(formatting, "_black", _no_black)
    assert format_files(files, cache=cache, jobs=2) == expected  # every chunk was stored


# --- the cache ---------------------------------------------------------------------------------------


def _no_black(text: str) -> str:
    raise AssertionError("black ran although everything was cached")


SAMPLE = {"a.py": "x=1\n\ndef f( a ):\n  return a\n", "b.json": '{"a": 1}\n', "c.py": "y = 2\n"}
SAMPLE_FORMATTED = {
    "a.py": "x = 1\n\n\ndef f(a):\n    return a\n",
    "b.json": '{"a": 1}\n',
    "c.py": "y = 2\n",
}


def _entries(root: Path) -> list[Path]:
    return sorted(path for path in root.rglob("*") if path.is_file())


def test_a_miss_stores_and_a_hit_skips_black(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = TextCache(tmp_path, formatting.CACHE_NAMESPACE)
    assert format_files(SAMPLE, cache=cache, jobs=1) == SAMPLE_FORMATTED
    entries = _entries(tmp_path)
    assert len(entries) == 3  # two chunks of a.py, one of c.py; JSON is not formatted
    assert all(path.parent.parent == tmp_path / formatting.CACHE_NAMESPACE for path in entries)
    monkeypatch.setattr(formatting, "_black", _no_black)
    assert format_files(SAMPLE, cache=cache, jobs=1) == SAMPLE_FORMATTED
    assert _entries(tmp_path) == entries


def test_cached_output_equals_uncached_output(tmp_path: Path) -> None:
    cache = TextCache(tmp_path, formatting.CACHE_NAMESPACE)
    uncached = format_files(SAMPLE, cache=_no_cache(), jobs=1)
    assert format_files(SAMPLE, cache=cache, jobs=1) == uncached
    assert format_files(SAMPLE, cache=cache, jobs=1) == uncached


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[:-3],
        lambda data: data[:-2] + b"!\n",
        lambda data: b"garbage",
        lambda data: data.replace(b" ", b"  ", 1),
        lambda data: b"\xff\xfe" + data,
    ],
    ids=["empty", "truncated", "changed payload", "garbage", "bad header", "not UTF-8"],
)
def test_a_corrupt_entry_is_ignored_and_rewritten(tmp_path: Path, damage: object) -> None:
    cache = TextCache(tmp_path, formatting.CACHE_NAMESPACE)
    format_files(SAMPLE, cache=cache, jobs=1)
    entries = {path: path.read_bytes() for path in _entries(tmp_path)}
    for path, data in entries.items():
        path.write_bytes(damage(data))  # type: ignore[operator]
    assert format_files(SAMPLE, cache=cache, jobs=1) == SAMPLE_FORMATTED
    assert {path: path.read_bytes() for path in _entries(tmp_path)} == entries


def test_an_entry_under_another_key_is_not_trusted(tmp_path: Path) -> None:
    cache = TextCache(tmp_path, "ns")
    cache.put("a" * 64, "first\n")
    cache.path("b" * 64).parent.mkdir(parents=True)
    cache.path("b" * 64).write_bytes(cache.path("a" * 64).read_bytes())
    assert cache.get("a" * 64) == "first\n"
    assert cache.get("b" * 64) is None


def test_an_unreadable_entry_is_a_miss(tmp_path: Path) -> None:
    cache = TextCache(tmp_path, "ns")
    cache.put("c" * 64, "text\n")
    cache.path("c" * 64).unlink()
    cache.path("c" * 64).mkdir()  # reading a directory fails, even for root
    assert cache.get("c" * 64) is None


def test_an_unwritable_cache_directory_disables_writing_cleanly(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("", encoding="utf-8")  # the cache root cannot be created below a file
    cache = TextCache(blocker, formatting.CACHE_NAMESPACE)
    assert format_files(SAMPLE, cache=cache, jobs=1) == SAMPLE_FORMATTED
    assert not cache.writable
    assert cache.get(cache_key("y = 2\n", formatting.PINNED_BLACK_VERSION)) is None


def test_no_temporary_files_are_left_behind(tmp_path: Path) -> None:
    cache = TextCache(tmp_path, formatting.CACHE_NAMESPACE)
    format_files(SAMPLE, cache=cache, jobs=1)
    assert not [path for path in tmp_path.rglob(".*") if path.is_file()]


def test_the_environment_chooses_the_cache_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "mine"))
    assert default_cache_dir() == tmp_path / "mine"
    assert formatting.format_cache().directory == tmp_path / "mine" / formatting.CACHE_NAMESPACE
    format_files(SAMPLE)
    assert _entries(tmp_path / "mine")
    monkeypatch.setenv(CACHE_DIR_ENV, "")
    assert default_cache_dir() is None
    assert not formatting.format_cache().enabled
    monkeypatch.delenv(CACHE_DIR_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "sms-codegen"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "sms-codegen"


def test_the_key_covers_black_version_mode_and_text(monkeypatch: pytest.MonkeyPatch) -> None:
    key = cache_key("x = 1\n", "26.10.1")
    assert len(key) == 64
    assert cache_key("x = 1\n", "26.10.1") == key
    assert cache_key("x = 1\n", "26.10.2") != key
    assert cache_key("x = 2\n", "26.10.1") != key
    monkeypatch.setattr(formatting, "LINE_LENGTH", 88)
    assert cache_key("x = 1\n", "26.10.1") != key
    monkeypatch.undo()
    monkeypatch.setattr(formatting, "TARGET_VERSIONS", ("PY312",))
    assert cache_key("x = 1\n", "26.10.1") != key


def test_the_mode_is_built_from_the_keyed_constants() -> None:
    mode = formatting._mode()
    assert mode.line_length == formatting.LINE_LENGTH
    assert {version.name for version in mode.target_versions} == set(formatting.TARGET_VERSIONS)


def test_the_pinned_version_is_checked_even_on_a_hit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = TextCache(tmp_path, formatting.CACHE_NAMESPACE)
    format_files(SAMPLE, cache=cache, jobs=1)
    monkeypatch.setattr(formatting, "version", lambda _name: "22.1.0")
    with pytest.raises(FormatterError, match="black 26.10.1 is required"):
        format_files(SAMPLE, cache=cache, jobs=1)


LAZY_BLACK = """
import sys
from pathlib import Path
import generator.pipeline, generator.cli
assert "black" not in sys.modules, "importing the generator imported black"
from generator.formatting import format_files
from generator.caching import TextCache
cache = TextCache(Path(sys.argv[1]), "format-1")
assert format_files({"c.py": "y = 2\\n"}, cache=cache) == {"c.py": "y = 2\\n"}
assert "black" not in sys.modules, "a cache hit imported black"
format_files({"d.py": "z=3\\n"}, cache=cache)
assert "black" in sys.modules
"""


def test_black_is_imported_only_on_a_miss(tmp_path: Path) -> None:
    format_files(SAMPLE, cache=TextCache(tmp_path, formatting.CACHE_NAMESPACE), jobs=1)
    result = subprocess.run(
        [sys.executable, "-c", LAZY_BLACK, str(tmp_path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


# --- the run memo ------------------------------------------------------------------------------------

SMALL_SPEC = REPO / "tests/fixtures/specs/ref_chains.yaml"


def _memo_entries(root: Path) -> list[Path]:
    return _entries(root / pipeline.MEMO_NAMESPACE)


def _no_run(*_args: object, **_kwargs: object) -> dict[str, str]:
    raise AssertionError("the pipeline ran although the run was memoized")


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv(CACHE_DIR_ENV, str(directory))
    # The generator's source may be edited while the tests run (which rightly stops memoizing);
    # these tests are about the memo, so they see the source as unchanged unless they say otherwise.
    monkeypatch.setattr(pipeline, "_sources_digest", lambda: pipeline._SOURCES)
    return directory


def test_a_memoized_run_is_read_back(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = pipeline.generate_files(SMALL_SPEC)
    assert len(_memo_entries(cache_dir)) == 1
    monkeypatch.setattr(pipeline, "_generate", _no_run)
    assert pipeline.generate_files(SMALL_SPEC) == first


def test_the_memo_sees_every_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec, data, sources = tmp_path / "spec.yaml", SMALL_SPEC.read_bytes(), pipeline._SOURCES
    templates = tmp_path / "templates"
    templates.mkdir()
    base = pipeline._memo_key(spec, data, None, None, sources)
    assert base is not None
    assert pipeline._memo_key(spec, data, None, None, sources) == base
    assert pipeline._memo_key(spec, data + b"\n# edited\n", None, None, sources) != base
    assert pipeline._memo_key(tmp_path / "other.yaml", data, None, None, sources) != base
    assert pipeline._memo_key(spec, data, "other_name", None, sources) != base
    assert pipeline._memo_key(spec, data, None, None, "edited generator") != base
    with_templates = pipeline._memo_key(spec, data, None, templates, sources)
    assert with_templates != base
    (templates / "models.py.jinja").write_text("x = 1\n", encoding="utf-8")
    assert pipeline._memo_key(spec, data, None, templates, sources) != with_templates
    monkeypatch.setattr(pipeline, "_installed", lambda name: "0" if name == "jinja2" else "1")
    assert pipeline._memo_key(spec, data, None, None, sources) != base
    monkeypatch.undo()
    monkeypatch.setattr(pipeline, "tree_digest", lambda root, suffix="": f"{root}{suffix} edited")
    assert pipeline._memo_key(spec, data, None, None, sources) != base  # the built-in templates


def test_a_run_is_not_memoized_when_the_generator_changed_under_it(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "_sources_digest", lambda: "edited after the import")
    pipeline.generate_files(SMALL_SPEC)
    assert not _memo_entries(cache_dir)


def test_a_run_is_not_memoized_when_its_templates_changed_under_it(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    run = pipeline._generate

    def edit_during_the_run(*args: object, **kwargs: object) -> dict[str, str]:
        (templates / "extra.jinja").write_text("edited", encoding="utf-8")
        return run(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_generate", edit_during_the_run)
    pipeline.generate_files(SMALL_SPEC, templates=templates)
    assert not _memo_entries(cache_dir)


def test_the_run_parses_the_bytes_its_key_was_made_of(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_bytes(SMALL_SPEC.read_bytes())
    original = spec.read_bytes()
    run = pipeline._generate

    def edit_spec_during_the_run(
        path: Path, data: bytes | None, **kwargs: object
    ) -> dict[str, str]:
        path.write_bytes(original.replace(b"Ref Chains", b"Edited Title"))
        assert data == original
        return run(path, data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_generate", edit_spec_during_the_run)
    files = pipeline.generate_files(spec)
    assert any("Ref Chains" in text for text in files.values())
    assert not any("Edited Title" in text for text in files.values())


def test_a_corrupt_memo_is_ignored_and_rewritten(cache_dir: Path) -> None:
    first = pipeline.generate_files(SMALL_SPEC)
    (entry,) = _memo_entries(cache_dir)
    for damage in (b"", entry.read_bytes()[:-5], b"x" * 64 + b" y\n{}"):
        entry.write_bytes(damage)
        assert pipeline.generate_files(SMALL_SPEC) == first
        assert pipeline.generate_files(SMALL_SPEC) == first
    assert json.loads(entry.read_bytes().partition(b"\n")[2]) == first


def test_failed_runs_are_not_memoized(cache_dir: Path, tmp_path: Path) -> None:
    spec = tmp_path / "bad.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: [1]\n", encoding="utf-8")
    with pytest.raises(SpecError):
        pipeline.generate_files(spec)
    assert not _memo_entries(cache_dir)


def test_old_memo_entries_are_pruned(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "MEMO_ENTRIES", 2)
    for name in ("one", "two", "three"):
        pipeline.generate_files(SMALL_SPEC, package_name=name)
    assert len(_memo_entries(cache_dir)) == 2
    monkeypatch.setattr(pipeline, "MEMO_BYTES", 1)
    pipeline.generate_files(SMALL_SPEC, package_name="four")
    assert len(_memo_entries(cache_dir)) == 1  # the newest always stays


def test_no_cache_means_no_memo(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_DIR_ENV, "")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    pipeline.generate_files(SMALL_SPEC)
    assert not list(tmp_path.rglob("*"))


def test_digests_are_unambiguous_and_prefixable() -> None:
    assert caching.digest("ab", "c") != caching.digest("a", "bc")
    assert caching.prefixed_digest("a", b"b")("c") == caching.digest("a", b"b", "c")


def test_tree_digest_ignores_bytecode_and_sees_renames(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text("x = 1\n", encoding="utf-8")
    before = caching.tree_digest(tmp_path, ".py")
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "a.cpython-311.py").write_text("junk", encoding="utf-8")
    assert caching.tree_digest(tmp_path, ".py") == before
    os.rename(tmp_path / "a.py", tmp_path / "b.py")
    assert caching.tree_digest(tmp_path, ".py") != before
