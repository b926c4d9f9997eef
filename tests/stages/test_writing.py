"""Stage 6: write the generated tree atomically, touch only what changed, diff against disk."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.writing import GENERATED_PREFIXES, diff_tree, stale_files, write_tree

MARKER = GENERATED_PREFIXES[0].decode()
OLD_TIME = 1_000_000_000  # 2001-09-09: any time clearly before the test runs

FILES = {
    "pyproject.toml": f"{MARKER}0.1.0\n[project]\n",
    "pkg/__init__.py": f"{MARKER}0.1.0\n",
    "pkg/sub/models.py": f"{MARKER}0.1.0\nclass A:\n    pass\n",
}


def _tree(root: Path) -> dict[str, str]:
    """Every file under ``root`` (relative POSIX path → text)."""
    return {
        path.relative_to(root).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def _age(path: Path) -> None:
    os.utime(path, (OLD_TIME, OLD_TIME))


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """An output directory already holding ``FILES``, all with an old modification time."""
    directory = tmp_path / "out"
    write_tree(directory, FILES)
    for path in directory.rglob("*"):
        _age(path)
    return directory


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


# --- write_tree ------------------------------------------------------------------------------


def test_write_tree_creates_files_and_directories(tmp_path: Path) -> None:
    directory = tmp_path / "new" / "out"
    report = write_tree(directory, FILES)
    assert _tree(directory) == FILES
    assert report.written == ["pkg/__init__.py", "pkg/sub/models.py", "pyproject.toml"]
    assert (report.unchanged, report.removed) == ([], [])


def test_write_tree_writes_utf8_bytes_exactly(tmp_path: Path) -> None:
    text = f"{MARKER}x\r\nname = 'größe 名前'\n"
    write_tree(tmp_path, {"m.py": text})
    assert (tmp_path / "m.py").read_bytes() == text.encode("utf-8")


def test_unchanged_files_are_not_rewritten(out: Path) -> None:
    report = write_tree(out, FILES)
    assert report.written == []
    assert report.unchanged == sorted(FILES)
    assert all((out / relative).stat().st_mtime == OLD_TIME for relative in FILES)


def test_changed_file_is_replaced_and_others_kept(out: Path) -> None:
    changed = {**FILES, "pkg/__init__.py": f"{MARKER}0.2.0\n"}
    report = write_tree(out, changed)
    assert report.written == ["pkg/__init__.py"]
    assert _tree(out) == changed
    assert (out / "pkg/__init__.py").stat().st_mtime != OLD_TIME
    assert (out / "pyproject.toml").stat().st_mtime == OLD_TIME


def test_stale_generated_files_are_removed(out: Path) -> None:
    (out / "pkg/old.py").write_text(f"{MARKER}0.0.9\nstale = True\n")
    (out / "pkg/sub/older.py").write_text(f"{MARKER}0.0.1\n")
    report = write_tree(out, FILES)
    assert report.removed == ["pkg/old.py", "pkg/sub/older.py"]
    assert _tree(out) == FILES


def test_a_renamed_package_leaves_nothing_behind(out: Path) -> None:
    """The old package's py.typed (empty: it cannot carry the header) and its directories go too."""
    (out / "pkg/py.typed").write_bytes(b"")
    (out / "pkg/__pycache__").mkdir()
    (out / "pkg/__pycache__/models.cpython-311.pyc").write_bytes(b"\0")
    renamed = {path.replace("pkg/", "renamed/"): text for path, text in FILES.items()}
    renamed["renamed/py.typed"] = ""
    report = write_tree(out, renamed)
    assert report.removed == ["pkg/__init__.py", "pkg/py.typed", "pkg/sub/models.py"]
    assert not (out / "pkg/sub").exists()
    assert sorted(path.name for path in (out / "pkg").rglob("*")) == [
        "__pycache__",
        "models.cpython-311.pyc",
    ]
    assert _tree(out) == renamed | {"pkg/__pycache__/models.cpython-311.pyc": "\0"}


def test_a_py_typed_beside_foreign_files_is_kept(out: Path) -> None:
    (out / "mine").mkdir()
    (out / "mine/py.typed").write_bytes(b"")
    (out / "mine/code.py").write_text("hand written\n")
    (out / "pkg/py.typed").write_bytes(b"")
    (out / "pkg/notes.txt").write_text("mine\n")
    report = write_tree(
        out, {path: text for path, text in FILES.items() if path != "pkg/__init__.py"}
    )
    assert report.removed == ["pkg/__init__.py"]
    assert (out / "mine/py.typed").exists() and (out / "pkg/py.typed").exists()


def test_files_without_the_marker_are_never_touched(out: Path) -> None:
    readme = out / "README.md"
    readme.write_text("# Hand written\n")
    late_marker = out / "pkg/notes.py"
    late_marker.write_text(f"# notes\n{MARKER}is not on the first line\n")
    marker_prefix = out / "pkg/partial.py"
    marker_prefix.write_text(MARKER[:-1])
    for path in (readme, late_marker, marker_prefix):
        _age(path)
    report = write_tree(out, FILES)
    assert report.removed == []
    assert readme.read_text() == "# Hand written\n"
    assert late_marker.read_text() == f"# notes\n{MARKER}is not on the first line\n"
    assert marker_prefix.read_text() == MARKER[:-1]
    assert all(path.stat().st_mtime == OLD_TIME for path in (readme, late_marker, marker_prefix))


def test_a_file_the_generator_owns_is_overwritten_even_without_the_marker(out: Path) -> None:
    (out / "pkg/__init__.py").write_text("hand edited\n")
    report = write_tree(out, FILES)
    assert report.written == ["pkg/__init__.py"]
    assert (out / "pkg/__init__.py").read_text() == FILES["pkg/__init__.py"]


def test_no_temporary_files_are_left_behind(tmp_path: Path) -> None:
    write_tree(tmp_path, FILES)
    write_tree(tmp_path, {**FILES, "pyproject.toml": f"{MARKER}0.2.0\n"})
    assert sorted(_tree(tmp_path)) == sorted(FILES)
    assert not [path for path in tmp_path.rglob("*") if path.name.endswith(".tmp")]


def test_failure_midway_leaves_complete_old_or_new_files(
    out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new = {
        "pkg/__init__.py": f"{MARKER}0.2.0\n" + "x = 1\n" * 1000,
        "pkg/sub/models.py": f"{MARKER}0.2.0\nclass B:\n    pass\n",
        "pyproject.toml": FILES["pyproject.toml"],
    }
    stale = out / "pkg/old.py"
    stale.write_text(f"{MARKER}0.0.9\n")
    real_replace = os.replace
    calls: list[str] = []

    def replace_failing_on_second_call(source: str | Path, target: str | Path) -> None:
        calls.append(str(target))
        if len(calls) == 2:
            raise OSError(28, "No space left on device", str(target))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace_failing_on_second_call)
    with pytest.raises(OSError, match="No space left"):
        write_tree(out, new)
    monkeypatch.undo()

    assert calls == [str(out / "pkg/__init__.py"), str(out / "pkg/sub/models.py")]
    assert (out / "pkg/__init__.py").read_text() == new["pkg/__init__.py"]
    assert (out / "pkg/sub/models.py").read_text() == FILES["pkg/sub/models.py"]
    assert stale.exists(), "nothing is removed when writing failed"
    assert not [path for path in out.rglob("*") if path.name.endswith(".tmp")]


def test_stale_files_lists_only_marked_files_not_in_the_tree(out: Path) -> None:
    (out / "gone.py").write_text(f"{MARKER}0\n")
    (out / "README.md").write_text("mine\n")
    assert stale_files(out, FILES) == ["gone.py"]
    assert stale_files(out / "missing", FILES) == []


def test_written_files_get_the_usual_permissions(tmp_path: Path, umask_022: None) -> None:
    write_tree(tmp_path, {"m.py": f"{MARKER}0\n"})
    assert stat.S_IMODE((tmp_path / "m.py").stat().st_mode) == 0o644


# --- diff_tree -------------------------------------------------------------------------------


def test_diff_is_empty_for_an_up_to_date_tree(out: Path) -> None:
    (out / "README.md").write_text("not generated\n")
    assert diff_tree(out, FILES) == ""


def test_diff_of_a_changed_file(out: Path) -> None:
    (out / "pkg/__init__.py").write_text(f"{MARKER}0.1.0\none\ntwo\n")
    files = {**FILES, "pkg/__init__.py": f"{MARKER}0.1.0\none\n2\n"}
    assert diff_tree(out, files) == (
        "--- a/pkg/__init__.py\n"
        "+++ b/pkg/__init__.py\n"
        "@@ -1,3 +1,3 @@\n"
        f" {MARKER}0.1.0\n"
        " one\n"
        "-two\n"
        "+2\n"
    )


def test_diff_of_a_missing_file(out: Path) -> None:
    files = {**FILES, "pkg/new.py": "a\nb\n"}
    assert diff_tree(out, files) == "--- /dev/null\n+++ b/pkg/new.py\n@@ -0,0 +1,2 @@\n+a\n+b\n"


def test_diff_of_a_stale_file(out: Path) -> None:
    (out / "pkg/old.py").write_text(f"{MARKER}0\nx = 1\n")
    assert diff_tree(out, FILES) == (
        f"--- a/pkg/old.py\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-{MARKER}0\n-x = 1\n"
    )


def test_diff_marks_a_missing_final_newline(out: Path) -> None:
    files = {**FILES, "pkg/new.py": "a"}
    assert diff_tree(out, files) == (
        "--- /dev/null\n+++ b/pkg/new.py\n@@ -0,0 +1 @@\n+a\n\\ No newline at end of file\n"
    )


def test_diff_of_a_missing_output_directory_adds_every_file(tmp_path: Path) -> None:
    diff = diff_tree(tmp_path / "missing", {"a.py": "x\n", "b/c.py": "y\n"})
    assert diff == (
        "--- /dev/null\n+++ b/a.py\n@@ -0,0 +1 @@\n+x\n"
        "--- /dev/null\n+++ b/b/c.py\n@@ -0,0 +1 @@\n+y\n"
    )


def test_diff_changes_nothing_on_disk(out: Path) -> None:
    (out / "pkg/old.py").write_text(f"{MARKER}0\n")
    _age(out / "pkg/old.py")
    before = _tree(out)
    assert diff_tree(out, {**FILES, "pyproject.toml": "changed\n", "new.py": "n\n"}) != ""
    assert _tree(out) == before
    assert all(path.stat().st_mtime == OLD_TIME for path in out.rglob("*") if path.is_file())


def test_diff_of_a_file_with_a_form_feed_is_a_valid_patch(out: Path) -> None:
    (out / "pkg/__init__.py").write_text(f"{MARKER}0.1.0\nform\x0cfeed\n")
    diff = diff_tree(out, FILES)
    assert "No newline at end of file" not in diff
    assert "-form\x0cfeed\n" in diff


def test_a_generated_json_schema_is_recognised_by_its_opening_comment(tmp_path: Path) -> None:
    stale = tmp_path / "pkg" / "schemas" / "Old.json"
    stale.parent.mkdir(parents=True)
    stale.write_text('{\n  "$comment": "Generated by sms-codegen 0.1.0 ..."\n}\n')
    mine = tmp_path / "pkg" / "schemas" / "Mine.json"
    mine.write_text('{\n  "title": "Generated by sms-codegen is mentioned later"\n}\n')
    assert stale_files(tmp_path, {}) == ["pkg/schemas/Old.json"]
