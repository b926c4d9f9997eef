"""Build-time regeneration: a downstream project with only a spec and a pyproject.toml builds a
wheel holding freshly generated, importable code (offline: the build uses this environment)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

from golden_cases import FIXTURE_SPECS, REPO, golden_cases, tree_files

from generator import generate_files

PYPROJECT = textwrap.dedent("""\
    [build-system]
    requires = ["hatchling", "sms-codegen"]
    build-backend = "hatchling.build"

    [project]
    name = "downstream"
    version = "1.0"

    [tool.hatch.build.hooks.sms-codegen]
    spec = "api.yaml"
    package = "downstream_api"

    [tool.hatch.build.targets.wheel]
    bypass-selection = true
    """)


def _build_wheel(project: Path) -> Path:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
        + ["--wheel-dir", str(project / "dist"), str(project)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = (project / "dist").glob("*.whl")
    return wheel


def _project(tmp_path: Path, spec: Path) -> Path:
    project = tmp_path / "downstream"
    project.mkdir()
    (project / "api.yaml").write_bytes(spec.read_bytes())
    (project / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    return project


def test_a_downstream_wheel_contains_freshly_generated_importable_code(tmp_path: Path) -> None:
    spec = FIXTURE_SPECS / "nested_arrays_of_objects.yaml"
    wheel = _build_wheel(_project(tmp_path, spec))
    expected = generate_files(spec, package_name="downstream_api")
    with zipfile.ZipFile(wheel) as archive:
        shipped = {name: archive.read(name).decode() for name in archive.namelist()}
    for path, text in expected.items():
        if path.startswith("downstream_api/"):
            assert shipped[path] == text, path
    assert "downstream_api/py.typed" in shipped
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(target), str(wheel)],
        capture_output=True,
        check=True,
    )
    probe = (
        f"import sys; sys.path.insert(0, {str(target)!r}); from downstream_api import Disk;"
        "print(Disk.from_dict({'volumes': [{'name': 'v'}]}).to_dict())"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", probe],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "{'volumes': [{'name': 'v'}]}"


def test_a_spec_change_is_picked_up_by_the_next_build(tmp_path: Path) -> None:
    project = _project(tmp_path, FIXTURE_SPECS / "nested_arrays_of_objects.yaml")
    _build_wheel(project)
    spec = project / "api.yaml"
    spec.write_text(spec.read_text().replace("    Disk:", "    Drive:"), encoding="utf-8")
    for old in (project / "dist").glob("*.whl"):
        old.unlink()
    with zipfile.ZipFile(_build_wheel(project)) as archive:
        models = archive.read("downstream_api/models.py").decode()
    assert "class Drive:" in models and "class Disk:" not in models


def test_a_broken_spec_fails_the_build_with_its_location(tmp_path: Path) -> None:
    project = _project(tmp_path, FIXTURE_SPECS / "nested_arrays_of_objects.yaml")
    (project / "api.yaml").write_text("openapi: 3.1.0\ninfo: {title: x\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", str(project)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode != 0
    assert f"sms-codegen: {project / 'api.yaml'}:3: #: malformed YAML or JSON" in (
        result.stdout + result.stderr
    )


def test_an_installed_sms_codegen_wheel_generates_with_its_packaged_templates(
    tmp_path: Path,
) -> None:
    """A plain (non-editable) install has no checkout: templates ship inside the wheel."""
    wheels = tmp_path / "wheels"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
        + ["--wheel-dir", str(wheels), str(REPO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = wheels.glob("sms_codegen-*.whl")
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(target), str(wheel)],
        capture_output=True,
        check=True,
    )
    case = next(case for case in golden_cases() if case.name == "recursive_schema")
    out = tmp_path / "out"
    probe = (
        f"import sys; sys.path.insert(0, {str(target)!r});"
        "import generator.rendering as r; from generator.cli import main;"
        f"assert r.TEMPLATES_DIR.is_relative_to({str(target)!r}), r.TEMPLATES_DIR;"
        # ...and so do the precompiled templates, recognized as current.
        "import jinja2; assert isinstance(r._builtin_loader(), jinja2.ModuleLoader);"
        f"sys.exit(main(['generate', '--spec', {str(case.spec)!r}, '--out', {str(out)!r}]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert tree_files(out) == tree_files(case.golden)
