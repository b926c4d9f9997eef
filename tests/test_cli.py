"""The command line: exit codes, --check, error format, and an untouched output on failure."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from golden_cases import MAIN_SPEC, REPO, tree_files

from generator.cli import main

BROKEN_PROPERTY = textwrap.dedent("""\
    openapi: 3.1.0
    info: {title: Broken, version: "1"}
    paths: {}
    components:
      schemas:
        Thing:
          type: object
          properties:
            a-b: {type: string}
            a_b: {type: string}
    """)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _generated_copy(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    assert main(["generate", "--spec", str(MAIN_SPEC), "--out", str(out)]) == 0
    return out


def test_generate_writes_the_package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _generated_copy(tmp_path)
    assert (out / "sms_v3" / "models.py").is_file()
    assert "8 written, 0 unchanged, 0 removed" in capsys.readouterr().out


def test_check_passes_on_an_up_to_date_tree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _generated_copy(tmp_path)
    capsys.readouterr()
    assert main(["generate", "--spec", str(MAIN_SPEC), "--out", str(out), "--check"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_check_reports_a_stale_tree_with_a_diff_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _generated_copy(tmp_path)
    models = out / "sms_v3" / "models.py"
    models.write_text(models.read_text(encoding="utf-8").replace("class SubTask:", "class Sub:"))
    (out / "sms_v3" / "operations.py").unlink()
    before = tree_files(out)
    capsys.readouterr()
    assert main(["generate", "--spec", str(MAIN_SPEC), "--out", str(out), "--check"]) == 1
    captured = capsys.readouterr()
    assert "--- a/sms_v3/models.py\n+++ b/sms_v3/models.py\n" in captured.out
    assert "-class Sub:\n+class SubTask:\n" in captured.out
    assert "--- /dev/null\n+++ b/sms_v3/operations.py\n" in captured.out
    assert "is stale" in captured.err
    assert tree_files(out) == before


def test_check_of_a_missing_directory_creates_nothing(tmp_path: Path) -> None:
    out = tmp_path / "missing"
    assert main(["generate", "--spec", str(MAIN_SPEC), "--out", str(out), "--check"]) == 1
    assert not out.exists()


@pytest.mark.parametrize(
    ("spec_text", "expected"),
    [
        (
            BROKEN_PROPERTY,
            (
                ":8: #/components/schemas/Thing/properties: in Thing, properties 'a-b'"
                " and 'a_b' both become the Python name 'a_b'"
            ),
        ),
        ("openapi: 3.1.0\ninfo: {title: x\n", ":3: #: malformed YAML or JSON:"),
        (
            BROKEN_PROPERTY.replace("a-b: {type: string}", "a-b: {type: strin}"),
            ":9: #/components/schemas/Thing/properties/a-b/type: unknown type 'strin'",
        ),
        (
            BROKEN_PROPERTY.replace("a-b: {type: string}", "a-b: {$ref: '#/nowhere'}"),
            ":9: #/components/schemas/Thing/properties/a-b/$ref: dangling $ref '#/nowhere'",
        ),
    ],
    ids=["property-collision", "malformed-yaml", "unknown-type", "dangling-ref"],
)
def test_spec_errors_exit_2_with_location_and_leave_the_output_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spec_text: str, expected: str
) -> None:
    out = _generated_copy(tmp_path)
    before = tree_files(out)
    spec = _write(tmp_path, "broken.yaml", spec_text)
    capsys.readouterr()
    assert main(["generate", "--spec", str(spec), "--out", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith(f"{spec}{expected}"), captured.err
    assert captured.out == ""
    assert tree_files(out) == before


def test_colliding_class_names_are_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _write(
        tmp_path,
        "classes.yaml",
        "openapi: 3.1.0\ninfo: {title: x, version: '1'}\ncomponents:\n  schemas:\n"
        "    foo-bar: {type: object, properties: {a: {type: string}}}\n"
        "    FooBar: {type: object, properties: {b: {type: string}}}\n",
    )
    assert main(["generate", "--spec", str(spec), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{spec}:6: #/components/schemas/FooBar: the schemas")
    assert "both become the Python name 'FooBar'" in err
    assert not (tmp_path / "out").exists()


def test_missing_spec_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.yaml"
    assert main(["generate", "--spec", str(missing), "--out", str(tmp_path / "out")]) == 2
    assert (
        capsys.readouterr().err
        == f"{missing}: #: cannot read the spec: No such file or directory\n"
    )


def test_errors_never_print_a_traceback_from_the_real_process(tmp_path: Path) -> None:
    spec = _write(tmp_path, "broken.yaml", BROKEN_PROPERTY)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--spec",
            str(spec),
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONWARNINGS": "error"},
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1


def test_defaults_regenerate_the_committed_tree_from_the_repository_root(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--check"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_unchanged_files_are_not_rewritten(tmp_path: Path) -> None:
    out = _generated_copy(tmp_path)
    models = out / "sms_v3" / "models.py"
    os.utime(models, (1_000_000, 1_000_000))
    assert main(["generate", "--spec", str(MAIN_SPEC), "--out", str(out)]) == 0
    assert models.stat().st_mtime == 1_000_000


def test_the_real_process_flushes_all_its_output_before_it_exits(tmp_path: Path) -> None:
    """``python -m generator`` ends with ``os._exit`` (see ``cli.run``): a long diff must still
    reach the pipe whole, and the exit code must be the run's."""
    out = tmp_path / "out"
    assert main(["generate", "--out", str(out)]) == 0
    models = out / "sms_v3" / "models.py"
    models.write_text(
        models.read_text(encoding="utf-8").replace("\n", "\n# edited\n"), encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--check", "--out", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert result.stdout.count("\n-# edited\n") == models.read_text(encoding="utf-8").count(
        "# edited"
    )
    assert result.stderr.endswith("commit the result\n")
