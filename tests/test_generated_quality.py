"""The committed generated code is type-checked, lint-clean, black-formatted and installable."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from golden_cases import REPO, golden_cases, tree_files

from generator.formatting import format_files

PACKAGE_DIRS = [
    str(path.parent)
    for case in golden_cases()
    for path in sorted(case.golden.glob("*/__init__.py"))
]


def _run(*command: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, check=False, cwd=cwd, capture_output=True, text=True)


def test_every_golden_tree_holds_one_package() -> None:
    assert len(PACKAGE_DIRS) == len(golden_cases())


def test_generated_code_passes_mypy_strict() -> None:
    result = _run(sys.executable, "-m", "mypy", "--strict", "--no-incremental", *PACKAGE_DIRS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_code_passes_ruff_with_its_default_rules() -> None:
    result = _run(sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache", *PACKAGE_DIRS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_code_is_black_formatted() -> None:
    for case in golden_cases():
        files = {
            path: data.decode("utf-8")
            for path, data in tree_files(case.golden).items()
            if path.endswith(".py")
        }
        assert files and format_files(files) == files, case.name


def test_generated_package_installs_standalone(tmp_path: Path) -> None:
    """``pip install ./generated`` works: build a wheel of it and import from the installed copy."""
    wheel_dir, target = tmp_path / "wheels", tmp_path / "site"
    source = tmp_path / "generated"
    for relative, data in tree_files(REPO / "generated").items():
        (source / relative).parent.mkdir(parents=True, exist_ok=True)
        (source / relative).write_bytes(data)
    built = _run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "--wheel-dir",
        str(wheel_dir),
        str(source),
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = wheel_dir.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert {"sms_v3/py.typed", "sms_v3/models.py", "sms_v3/__init__.py"} <= names
    installed = _run(
        sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(target), str(wheel)
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    imported = _run(
        sys.executable,
        "-I",
        "-c",
        f"import sys; sys.path.insert(0, {str(target)!r}); import sms_v3;"
        "print(sms_v3.__file__, sms_v3.PutTaskReq(name='x').to_dict())",
        cwd=tmp_path,
    )
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith(str(target))
    assert "{'name': 'x'}" in imported.stdout


@pytest.mark.parametrize("name", ["sms-codegen"])
def test_console_script_is_installed(name: str) -> None:
    script = Path(sys.executable).parent / name
    result = _run(str(script), "--version")
    assert result.returncode == 0 and result.stdout.strip() == "sms-codegen 0.1.0"
